"""Story battery, part AQ — Japan and South Korea, events in 2026.

Written by engineer AQ1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six invented events (outlets, reporters, companies, candidates, most officials and all
figures are made up; real institutions and places appear only as scenery).  Korea and
Japan both keep UTC+9 (KST / JST).  Three stories are controls with nothing planted;
the other three carry exactly three planted errors each, every one by a single outlet
while at least two other outlets give the right value.  Every story is packed with
legitimate variation that a good tool must NOT report.

cb-AQ1 — central bank — CONTROL — fetched 2026-03-05
  TRUE FACTS: Bank of Korea Monetary Policy Board, Thursday 26 February 2026, cuts the
  base rate 25 bp (a quarter of a percentage point) from 2.50% to 2.25%; first cut since
  May 2025; vote 6-1, board member Jeong Yu-na dissented (favoured a hold); Governor
  Baek Seung-ho; decision announced 10 a.m. KST (01:00 GMT); 2026 growth forecast cut to
  1.7% (from 1.9% in November); 2026 inflation forecast 2.0% unchanged; January CPI 2.2%;
  won closed at 1,452.3 per dollar (down 0.4%); KOSPI closed up 0.9%; 3-year treasury
  yield down 6 bp to 2.41%; gap with the Fed's 3.75% upper bound now 1.50 points;
  household debt 1,936 trillion won; next meeting Thursday 9 April.
  OUTLETS: Harbour Line Wire (wire, jsonld); The Seoul Ledger (newspaper, line);
  Market Pulse Asia (live blog, meta); The Won Brief (newsletter, none).
  PLANTED: none.
  LEGITIMATE TRAPS: 25 basis points / a quarter point / 0.25 percentage point; midday
  KOSPI +0.6% on the live blog vs close +0.9%; previous rate 2.50% and the May 2025 cut
  from 2.75%; November forecasts (1.9%); poll expectations (15 of 19 economists); the
  Fed's range; live-blog stamps; governor's remarks quoted with slightly different
  wording; sidebars with Bank of Japan, yen and other figures.

el-AQ2 — election — 3 PLANTED — fetched 2026-08-19
  TRUE FACTS: Nagano gubernatorial election, Sunday 9 August 2026; Keiko Shimazaki (58,
  ex-deputy mayor of Matsumoto, independent) 412,863 votes (47.8%); Tatsuya Mogami (63,
  ex-vice governor) 389,507 (45.1%); Yuji Hanawa (45) 61,214 (7.1%); margin 23,356;
  turnout 51.55% (43.28% four years earlier); 231,406 early votes (a record); first woman
  governor of Nagano; takes office 1 September; outgoing governor Hideo Kurata (three
  terms); count finished about 2:20 a.m. Monday.
  OUTLETS: Pacific Rim Press (wire, meta); Shinshu Evening Post (newspaper, line);
  Japan Desk Live (live blog, jsonld); NTK World (broadcaster, none).
  PLANTED: (1) surname Shimazaki vs wrong "Shimasaki" — Pacific Rim Press;
  (2) winner's votes 412,863 vs wrong 421,863 (digits swapped) — Shinshu Evening Post;
  (3) polling day Sunday vs wrong "Saturday" — NTK World.
  LEGITIMATE TRAPS: live-blog partial counts (22%, 58% counted); NTK exit poll 49% vs 44%;
  interim 6 p.m. turnout 33.06%; previous election's turnout; shares rounded vs exact;
  "about 23,000 votes"; several dates (vote, count into Monday, 1 September start,
  18 August assembly session); sidebars with other elections' numbers.

ct-AQ3 — court — CONTROL — fetched 2026-06-01
  TRUE FACTS: Seoul Central District Court, Civil Agreement Division 22, presiding judge
  Oh Min-jae, Thursday 21 May 2026; card issuer Narae Card must pay 100,000 won each to
  2,271 of 2,318 plaintiffs (47 claims dismissed) — 227.1 million won in all (about
  $157,000); plaintiffs had sought 300,000 won each; breach disclosed September 2025,
  9.6 million customers; administrator password unchanged for 14 months; regulator's fine
  15.3 billion won (December 2025); separate suit by 1,140 customers, hearing 9 July;
  two weeks to appeal; lawyer Kang Ha-eun (law firm Daon).
  OUTLETS: Korea Morning Standard (newspaper, meta); Continental Newswire (wire, jsonld);
  Privacy Watch Asia (newsletter, none).
  PLANTED: none.
  LEGITIMATE TRAPS: sought vs awarded amounts; plaintiffs filed vs plaintiffs paid; won
  vs dollars; the 2014 card-leak precedents; other pending suit's figures; fine amount;
  sidebars with unrelated privacy cases.

tr-AQ4 — trade — 3 PLANTED — fetched 2026-06-29
  TRUE FACTS: Japan-South Korea fisheries committee talks in Tokyo, Wednesday-Thursday
  17-18 June 2026 (two days); first access deal since talks collapsed in 2016; each side
  may catch 58,600 tonnes in the other's exclusive economic zone in the fishing year
  1 July 2026 - 30 June 2027 (60,000 tonnes under the 2015 deal); up to 1,190 vessels
  each; 140 Korean longline licences (Korea sought 206, Japan offered 73); Korean
  delegation led by Director-General Ryu Jae-won (Ministry of Oceans and Fisheries);
  Japan's by Deputy Director-General Kenta Otsuki (Fisheries Agency); notes to be
  exchanged in Seoul on 26 June; fishing from 1 July.
  OUTLETS: Pacific Rim Press (wire, meta); Busan Harbour Daily (newspaper, line);
  NTK World (broadcaster, none); Fishing Economy Brief (newsletter, jsonld).
  PLANTED: (1) Ryu's title director-general vs wrong "vice minister" — Pacific Rim Press;
  (2) quota 58,600 tonnes vs wrong 56,800 (digits swapped) — NTK World;
  (3) length of talks two days vs wrong "three days" — Fishing Economy Brief.
  LEGITIMATE TRAPS: East Sea vs Sea of Japan; tonnes vs metric tons; 2015 quota; both
  sides' opening positions (206 vs 73 licences); attributed competing loss estimates (30
  billion won by the fishermen, 18 billion by the ministry); several dates (talks,
  announcement, signing, entry into force, fishing year end); phase-down to 120 by 2029.

rk-AQ5 — rocket — CONTROL — fetched 2026-10-27
  TRUE FACTS: Seoryong Aerospace's two-stage Mirinae-1 (24.6 m, 48 tonnes) lifted off
  from Naro Space Center, Goheung, Tuesday 20 October 2026 at 3:42 p.m. KST (06:42 UTC)
  after a 12-minute hold; window opened 3:30 p.m.; scrubs on Friday 16 October (winds) and
  Sunday 18 October (valve pressure reading); stage separation 2 min 31 s; fairing 3 min
  5 s; three satellites (38 kg: 26 kg Dasom plus two 6 kg cubesats) deployed about 13
  minutes after liftoff into a roughly 500 km orbit (497 x 509 km); first signal from
  Dasom at 5:21 p.m.; CEO Kwon Tae-hyun; 2025 suborbital test reached 116 km.
  OUTLETS: KBN World (broadcaster, jsonld); Orbit Watch (live blog, meta);
  The Seoul Ledger (newspaper, line); Launch Notes (newsletter, none).
  PLANTED: none.
  LEGITIMATE TRAPS: local vs UTC times; planned vs actual liftoff; scrub dates; metres vs
  feet; target vs achieved orbit; payload parts vs total; earlier test's altitude; Nuri
  background; price and funding figures; sidebars with other launches.

eq-AQ6 — earthquake — 3 PLANTED — fetched 2026-11-24
  TRUE FACTS: quake at 4:17 a.m. JST Saturday 14 November 2026 (19:17 UTC Friday); JMA
  magnitude 6.9 (USGS 6.7), depth 40 km (USGS 35 km); epicentre off the Pacific coast of
  Iwate, about 60 km east of Miyako; intensity upper 6 in Miyako, upper 5 elsewhere;
  11 dead, 186 injured; 38 homes destroyed, 342 damaged; 6,240 evacuees at the peak;
  tsunami advisory 4:20 a.m. to 9:05 a.m., top wave 40 cm at Kuji; aftershock M5.4 at
  6:02 a.m.; 41,000 households lost power.
  OUTLETS: Northern Cable (wire, jsonld); Tohoku Daily Chronicle (newspaper, line);
  Quake Desk Live (live blog, meta); NTK World (broadcaster, none).
  PLANTED: (1) epicentre off Iwate vs wrong "Aomori" — Northern Cable;
  (2) time 4:17 a.m. vs wrong 4:47 a.m. — Tohoku Daily Chronicle;
  (3) intensity upper 6 vs wrong "lower 6" — NTK World.
  LEGITIMATE TRAPS: JMA vs USGS magnitude and depth; JST vs UTC (and the UTC date is
  Friday); provisional tolls on the live blog (2, then 7 dead); peak vs remaining
  evacuees; power cuts at peak vs remaining; the 2011 disaster's figures; aftershock
  figures; sidebars.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Korea", "Japan", "Asia", "Business", "World", "Opinion", "Video"]


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
# cb-AQ1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

HLW = ("Harbour Line Wire", "harbourlinewire.example")
LEDGER = ("The Seoul Ledger", "seoulledger.example")
PULSE = ("Market Pulse Asia", "marketpulse-asia.example")
WONBRIEF = ("The Won Brief", "wonbrief.example")

cb_wire = article(
    HLW, "markets/2026/02/26/bok-cuts-rate-to-2-25",
    "Bank of Korea cuts rate to 2.25% as growth outlook dims",
    "The central bank lowers borrowing costs for the first time since May and trims its growth forecast.",
    "By Lee Ji-hoon and Daniel Marsh",
    paras("""
SEOUL, Feb 26 (Harbour Line) - The Bank of Korea cut its benchmark interest rate by 25 basis points to 2.25% on Thursday, ending a nine-month pause as weak exports and sluggish household spending outweighed worries about a weak won and rising home prices in the capital.

The Monetary Policy Board voted six to one for the cut, the bank said in a statement released at 10 a.m. (0100 GMT). Board member Jeong Yu-na dissented, arguing for keeping the rate at 2.50%. It was the first reduction since May 2025, when the bank lowered the rate from 2.75%.

Fifteen of 19 economists polled by Harbour Line last week had expected a cut, though several had said the board might wait until April to see how the won behaved.

"Growth is losing more momentum than we expected in November, and inflation is no longer the obstacle it was," Governor Baek Seung-ho told a news conference after the decision.

## Forecasts lowered

The bank now expects the economy to grow 1.7% this year, down from the 1.9% it projected in November. It left its 2026 consumer inflation forecast at 2.0%. Consumer prices rose 2.2% in January from a year earlier, according to Statistics Korea.

Baek said four of the seven board members believed the door should stay open to another reduction in the next three months, while the other three preferred to assess the impact of Thursday's move first. He declined to say how he himself had leaned.

##AD##

The won weakened after the announcement and closed at 1,452.3 per dollar in onshore trade, down 0.4% on the day. The yield on three-year treasury bonds fell 6 basis points to 2.41%, while the benchmark KOSPI stock index closed 0.9% higher.

With the U.S. Federal Reserve's policy range at 3.50%-3.75%, the gap between the upper end of the U.S. range and the Korean base rate has widened to 1.50 percentage points, the widest since the autumn of 2023.

## Housing caveat

The governor repeatedly stressed that lower rates should not be read as a green light for property speculation. Household debt stood at 1,936 trillion won at the end of last year, the bank estimates, and apartment prices in Seoul have been rising for most of the past year.

"We will not allow a rate cut to become fuel for housing in Seoul," Baek said, adding that the bank would coordinate with financial regulators on lending rules.

Economists at several brokerages said the statement leaned dovish. "The message is that the easing cycle has restarted, not that it has finished," said Oh Se-rin, chief economist at Dongbang Securities. She expects one more cut, to 2.00%, by the middle of the year.

The next rate-setting meeting is scheduled for April 9.
"""),
    date_mode="jsonld", when="2026-02-26T10:41:00+09:00",
    sidebar=("Most read", (
        "Bank of Japan keeps policy rate at 0.75%, signals patience",
        "Yen slips past 157 per dollar as Tokyo watches",
        "Korea's January exports fall 3.1% as chip prices ease",
        "Australia's central bank holds at 3.60%",
    )),
    related=(("Korean household debt hits record in fourth quarter", "markets/2026/02/19/korea-household-debt"),
             ("Preview: BOK seen cutting as growth stalls", "markets/2026/02/23/bok-preview")),
    section="Markets",
)

cb_ledger = article(
    LEDGER, "economy/bok-rate-cut-feb-2026",
    "BOK trims base rate a quarter point, warns against housing frenzy",
    "Governor Baek says the cut is about growth, not property, and leaves the door ajar for more.",
    "Park Soo-min, Economy Editor",
    paras("""
The Bank of Korea lowered its base rate by a quarter of a percentage point to 2.25 percent, betting that cheaper money will help a stalling economy without reigniting the apartment boom that has made policymakers nervous for more than a year.

The decision, reached at the Monetary Policy Board meeting in central Seoul, was not unanimous. One of the seven members, Jeong Yu-na, wanted to hold the rate at 2.5 percent, citing the currency's weakness and the speed of household borrowing.

For Governor Baek Seung-ho, the arithmetic of the economy had shifted. At the late-morning news conference he described a recovery that had "lost more steam than we had assumed in November" and inflation that was "no longer standing in the way". The bank cut its growth projection for this year to 1.7 percent from 1.9 percent and kept its inflation projection at 2 percent.

## Who benefits

For borrowers, the effect will be gradual. Most Korean mortgages are tied to bank funding-cost indices that adjust with a lag, and lenders have been told by regulators to keep loan growth in check. A family with a 300 million won floating-rate mortgage could expect its monthly payment to fall by roughly 60,000 won once the cut passes through, according to a rough estimate by the Ledger's economy desk.

Small business owners were more enthusiastic. "Every quarter point matters when your sales are flat," said Choi Dong-wook, who runs two bakeries in Mapo district.

##AD##

## The property question

Baek devoted much of the hour-long briefing to housing. Household debt reached 1,936 trillion won at the end of 2025, according to the central bank, and apartment prices in Seoul's southern districts have outpaced the rest of the country.

"A rate cut must not turn into fuel for Seoul housing," he said. "If we see that happening, we will respond together with the government."

He pointed to lending curbs introduced by the Financial Services Commission last summer and said the bank would watch weekly price data closely.

## What comes next

The governor said four board members saw room for a further cut within three months. Markets took that as a signal for April or May. The won ended the day at 1,452.3 to the dollar, and three-year government bond yields slid to 2.41 percent.

The previous cut came in May last year, when the board took the rate down to 2.5 percent from 2.75 percent. Since then it had held steady at five consecutive meetings, most recently in January.

The dissent by Jeong, a former finance ministry official appointed to the board in 2024, was her first since joining. She is expected to explain her view in the minutes, due in two weeks.
"""),
    date_mode="line", date_line="Thursday, 26 February 2026",
    sidebar=("Most read in Economy", (
        "Jeonse deposits in Seoul rise for 40th straight week",
        "Hyundai, Kia report 4.8% rise in January overseas sales",
        "Minimum wage panel to meet in April for 2027 rate",
        "Japan's core inflation slows to 2.4% in January",
    )),
    related=(("Explainer: how the BOK's board votes", "economy/explainer-bok-board"),
             ("Opinion: the won is not the enemy", "opinion/the-won-is-not-the-enemy")),
    section="Economy",
)

cb_live = article(
    PULSE, "live/bank-of-korea-decision-february-2026",
    "Live: Bank of Korea rate decision - markets react",
    "Follow the Monetary Policy Board decision, the governor's news conference and the market reaction as it happens.",
    "Market Pulse Asia live team",
    updates([
        ("15:48 KST", "Closing wrap",
         """The KOSPI finished the session 0.9% higher, extending its midday gain as foreign investors turned net buyers of chipmakers in the final hour.

The won closed at 1,452.3 per dollar, 0.4% weaker than Wednesday's close. Three-year treasury yields settled at 2.41%, down 6 basis points on the day.

That's it from us for today. Thanks for following along."""),
        ("14:05 KST", "Analysts: 'a dovish cut'",
         """Notes are piling into our inbox. The common thread: the board has signalled more to come.

Kim Hye-jin of Ansan Investment writes that the guidance that four members see room for another cut "makes April a live meeting". She forecasts the base rate at 2.00% by July.

A more cautious take from Haneul Asset Management: the dissent and the housing warnings suggest the bar for a second cut is high."""),
        ("11:52 KST", "Midday check",
         """At the lunch break the KOSPI is up 0.6%, with builders and brokers leading. The won is hovering around 1,449 per dollar, a little weaker than before the decision."""),
        ("11:31 KST", "Baek on housing",
         """Governor Baek is pressed on Seoul apartment prices. His answer, in short: "We will not let this cut become fuel for housing in Seoul." He says the bank will coordinate closely with regulators."""),
        ("11:14 KST", "Governor's news conference begins",
         """Governor Baek Seung-ho opens the briefing. Key line so far: the economy has lost more momentum than the bank expected in November. The bank now forecasts 1.7% growth for 2026, down from 1.9%; the inflation forecast is unchanged at 2.0%.

He says four of the seven board members want to keep the option of another cut over the next three months."""),
        ("10:07 KST", "One dissent",
         """The statement shows the vote was 6-1. Board member Jeong Yu-na preferred to hold at 2.50%."""),
        ("10:01 KST", "BREAKING: BOK cuts to 2.25%",
         """The Bank of Korea has lowered its base rate by 25 basis points to 2.25% from 2.50%. It is the first cut since May of last year."""),
        ("09:30 KST", "What to expect",
         """Good morning from Seoul. The Monetary Policy Board's decision is due at 10 a.m. local time (01:00 GMT).

Most economists expect a quarter-point cut. Fifteen of 19 in one wire survey predicted a reduction, and swap markets are pricing roughly an 80% chance. The base rate has been at 2.50% since last May.

January consumer inflation came in at 2.2%, within reach of the bank's 2% target, and exports have disappointed for three months running."""),
    ]),
    date_mode="meta", when="2026-02-26T15:48:00+09:00",
    sidebar=("Markets now", (
        "Nikkei 225 closes 0.3% lower",
        "Hang Seng up 1.2% on tech rally",
        "Brent crude at $71.40 a barrel",
        "Gold steady near record",
    )),
    related=(("Live: Bank of Japan decision, January 2026", "live/bank-of-japan-january-2026"),
             ("Chart: Korea's rate cycle since 2021", "charts/korea-rate-cycle")),
    section="Live",
)

cb_brief = article(
    WONBRIEF, "issues/2026-02-27",
    "The cut, the dissent and the Seoul problem",
    "Your Friday briefing on Korea's economy, after the central bank's first move in nine months.",
    "Written by Hana Seo",
    paras("""
Good morning. The Bank of Korea did what most of us expected on Thursday, February 26, and took its base rate down to 2.25 percent from 2.5 percent. The more interesting parts of the day were everything around the cut.

## 1. The vote

It was 6-1. Jeong Yu-na, who has sat on the Monetary Policy Board since 2024, wanted no change. Dissents at this bank are rarely loud, but they tend to be read as an early signal of where the board's centre of gravity is moving. With inflation near target, her argument rests on the currency and on household leverage rather than on prices.

## 2. The guidance

Governor Baek Seung-ho said four of the seven members wanted to keep open the possibility of another reduction in the next three months. In plainer language: April 9, the next meeting, is now in play, and May is a strong candidate if April passes.

Baek's summary of the economy was blunt. In his words, growth "is losing more momentum than we had expected in November, and inflation is no longer the obstacle it once was." The bank's 2026 growth projection is now 1.7 percent, having been 1.9 percent three months ago. Its inflation projection stays at 2 percent.

##AD##

## 3. Seoul housing

This was the governor's recurring theme. Household debt ended last year at 1,936 trillion won. He said the bank would not allow the cut to turn into fuel for Seoul housing, and regulators are expected to keep mortgage quotas tight. Remember that the last easing cycle, in 2024 and 2025, coincided with a sharp run-up in apartment prices in Gangnam and Songpa, and nobody at the bank wants a repeat.

## 4. Markets

The reaction was orderly. The KOSPI closed up 0.9 percent. The won slipped 0.4 percent to end at 1,452.3 per dollar, and three-year yields fell to 2.41 percent. With the Fed's range topping out at 3.75 percent, Korea's rate now sits 1.5 percentage points below the U.S. upper bound. That gap is a standing reason for the board to go slowly.

## 5. What we are watching

February trade figures land on Sunday. A second month of falling chip exports would strengthen the case for an April move. February inflation is due next Thursday; a reading above 2.5 percent would strengthen Jeong's hand.

One more thing: Tokyo. The Bank of Japan is in the opposite phase of its cycle, slowly raising rates, and the yen has been weak as well. If the yen weakens further, Korean exporters lose some of their relative edge and the won tends to follow.

See you Monday.
"""),
    date_mode="none",
    sidebar=("From the archive", (
        "Issue of 16 January: why the board held at 2.50%",
        "Issue of 30 January: exports fall for a third month",
        "Reader survey: 62% expect two cuts in 2026",
    )),
    related=(("Subscribe to The Won Brief", "subscribe"),
             ("Issue of 20 February: the case for a cut", "issues/2026-02-20")),
    section="Newsletter",
)

CB_AQ1 = {"id": "cb-AQ1", "part": "AQ", "domain": "central bank", "fetched": "2026-03-05",
          "articles": [cb_wire, cb_ledger, cb_live, cb_brief], "planted": []}

# ---------------------------------------------------------------------------
# el-AQ2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

PRP = ("Pacific Rim Press", "pacrimpress.example")
SHINSHU = ("Shinshu Evening Post", "shinshu-post.example")
JDL = ("Japan Desk Live", "japandesk.example")
NTK = ("NTK World", "ntkworld.example")

el_wire = article(
    PRP, "asia/japan/2026/08/10/nagano-elects-first-woman-governor",
    "Nagano elects its first woman governor in close race",
    "Former deputy mayor beats the outgoing governor's chosen successor by about 23,000 votes.",
    "By Aiko Brennan",
    paras("""
NAGANO, Japan, Aug 10 (PRP) - Keiko Shimasaki, a former deputy mayor of Matsumoto, won Sunday's election for governor of Nagano prefecture, becoming the first woman to lead the mountainous central Japanese prefecture after a campaign dominated by depopulation, rural hospitals and a surge in bear encounters.

Shimasaki, 58, who ran as an independent, received 412,863 votes, according to final results released by the prefectural election board early on Monday. Tatsuya Mogami, 63, a former vice governor endorsed by outgoing Governor Hideo Kurata, took 389,507 votes. Yuji Hanawa, 45, a former high-school teacher backed by the Japanese Communist Party, won 61,214.

Turnout was 51.55%, up sharply from 43.28% at the previous election four years ago, as a record number of voters cast ballots early.

"Nagano chose to look forward tonight. I intend to govern for the villages as much as for the cities," Shimasaki told cheering supporters at her campaign office in Matsumoto shortly after midnight.

## Successor stumbles

Kurata, 71, is stepping down after three four-year terms. He had campaigned hard for Mogami, who served as his deputy for six years and was widely seen as the front-runner when the campaign officially began on July 23.

Mogami conceded in the early hours. "I was not able to get my message across. The responsibility is mine alone," he told reporters in Nagano city.

Analysts said Shimasaki benefited from frustration in the prefecture's smaller towns, where clinic closures and a shortage of bus drivers have become pressing issues, and from her visibility during the 2025 bear crisis, when she led Matsumoto's emergency response.

##AD##

She also drew support from voters who wanted a break from a governor's office seen as too close to construction interests around the Linear Chuo Shinkansen maglev project, which will cross the southern part of the prefecture.

## National echoes

The race was watched in Tokyo as a test of local organisation ahead of next year's nationwide local elections. National parties formally kept their distance, but several prefectural assembly factions that usually back the governing coalition split between the two leading candidates.

Shimasaki will take office on September 1. She has promised to publish a plan for rural medical care within her first 100 days and to review the prefecture's support for regional railway lines.

Japan has only a handful of women governors among its 47 prefectures. Shimasaki said she hoped her victory would encourage more women to stand for local office. "If a deputy mayor from Matsumoto can do it, anyone can," she said.
"""),
    date_mode="meta", when="2026-08-10T04:12:00+09:00",
    sidebar=("Top stories", (
        "Yen firms to 149 as exporters repatriate profits",
        "Tokyo heat: 38.2 C recorded in Nerima",
        "Typhoon Lingling weakens to tropical storm off Okinawa",
        "South Korea's jobless rate steady at 2.7%",
    )),
    related=(("Nagano race too close to call, polls show", "asia/japan/2026/08/03/nagano-race-tight"),
             ("Japan's governors: who they are", "asia/japan/factbox-governors")),
    section="Asia",
)

el_paper = article(
    SHINSHU, "politics/governor-election-2026-result",
    "Shimazaki wins the governorship: a new era for Shinshu",
    "The former Matsumoto deputy mayor overturns the establishment candidate as turnout jumps.",
    "By Ryota Inoue and Mayumi Tsuchida, Political Desk",
    paras("""
Keiko Shimazaki will be the next governor of Nagano. In a contest that went deep into the night, the 58-year-old former deputy mayor of Matsumoto defeated Tatsuya Mogami, the former vice governor who had the blessing of Governor Hideo Kurata and most of the prefecture's business organisations.

The final tally announced by the prefectural election administration commission gave Shimazaki 421,863 votes against 389,507 for Mogami. Yuji Hanawa, the Communist-backed candidate, received 61,214 votes.

Turnout reached 51.55 percent, an increase of more than eight points on the 43.28 percent recorded four years ago. Officials said 231,406 people voted early, the highest number for any election in the prefecture.

## In Matsumoto, tears and drums

At Shimazaki's campaign office near Matsumoto Castle, supporters who had watched the early counts with anxiety broke into applause when the broadcasters called the race late on Sunday night. Taiko drummers from a local youth group played as she arrived.

"I was told many times that a woman from the Chushin area could not win the whole prefecture. Tonight the voters answered that," she said. Later, speaking to this newspaper, she said her first calls as governor-elect would be to the mayors of the smallest villages. "They are the ones who told me what was broken."

##AD##

## Why Mogami fell short

Mogami was strong in Nagano city and the northern Hokushin region, where he led comfortably. But he lost ground in the Chushin and Nanshin areas, where Shimazaki's pledges on hospital consolidation and bus services resonated. In the town of Kiso, one voter, a retired forestry worker, said he had backed the governor's party line for decades. "This time I wanted someone who had actually been to our clinic," he said.

Speaking to supporters, Mogami said he had failed to convey his policies and took full responsibility. He did not say whether he would seek another public office.

## The work ahead

Shimazaki takes office on September 1, when Kurata's third term ends. The prefectural assembly, where her supporters are in a minority, will open its September session shortly afterwards, and she will need to negotiate a supplementary budget for bear-countermeasures and flood repairs.

Her campaign platform also included free school lunches across the prefecture, a review of the maglev construction spoil sites in the south, and a pledge to fill 120 rural nursing posts within two years.

Kurata, who governed for 12 years, issued a brief statement congratulating his successor and promising a smooth handover. He remains popular, and his endorsement had been expected to carry Mogami over the line.
"""),
    date_mode="line", date_line="Monday, 10 August 2026",
    sidebar=("Most read", (
        "Obon traffic: Chuo Expressway jams expected to reach 35 km",
        "Karuizawa hotel occupancy hits 94% in July",
        "Bear sightings in July down to 212 from last year's 389",
        "Matsumoto Yamaga FC win 2-1 at home",
    )),
    related=(("Full results by municipality", "politics/governor-election-2026-results-table"),
             ("Candidate profiles", "politics/governor-election-2026-candidates")),
    section="Politics",
)

el_live = article(
    JDL, "live/nagano-governor-election-2026",
    "Nagano governor election results: live updates",
    "Vote counting in the race to succeed Governor Hideo Kurata, as it happened.",
    "Japan Desk Live team in Tokyo and Nagano",
    updates([
        ("Mon 02:24 JST", "Final count: Shimazaki 412,863, Mogami 389,507",
         """The prefectural election board has finished counting. Final results: Keiko Shimazaki 412,863 votes, Tatsuya Mogami 389,507, Yuji Hanawa 61,214. Turnout 51.55%.

Shimazaki's margin is 23,356 votes. She takes about 47.8% of the valid vote to Mogami's 45.1%.

We are closing this live page now. Thanks for staying up with us."""),
        ("Mon 01:35 JST", "Kurata congratulates successor",
         """Outgoing Governor Hideo Kurata, who is retiring after three terms, has issued a short statement congratulating Shimazaki and promising "a smooth and complete handover" before she takes office on September 1. He does not mention Mogami, whom he campaigned for across the prefecture."""),
        ("Mon 00:47 JST", "Mogami concedes",
         """Tatsuya Mogami has spoken to reporters in Nagano city. "I could not get my message across to the voters. That is my responsibility alone." He bowed deeply to his staff."""),
        ("Mon 00:12 JST", "Shimazaki speaks",
         """The governor-elect, in a green scarf, thanks volunteers in Matsumoto: "Nagano chose to look forward. I will govern for the villages as well as the cities." She says she will be the prefecture's first woman governor "but not the last"."""),
        ("Mon 00:02 JST", "Where the race was won",
         """A quick look at the municipal returns so far. Mogami is ahead in Nagano city and much of the north, but Shimazaki is running up big margins in Matsumoto, Azumino and the Ina valley. In several villages in the Kiso area she is taking close to 60% of the vote, a sign her focus on clinics and buses landed."""),
        ("Sun 23:41 JST", "NTK projects Shimazaki win",
         """Broadcaster NTK World is projecting a win for Keiko Shimazaki, citing its exit poll and counts so far. Other broadcasters follow within minutes."""),
        ("Sun 23:15 JST", "Shimazaki edges ahead",
         """With roughly 58% of votes counted, Shimazaki has about 241,900 votes to Mogami's 236,100. The Matsumoto and Ina counts have swung it."""),
        ("Sun 22:30 JST", "Early count favours Mogami",
         """About 22% counted. Mogami leads with roughly 101,300 votes to Shimazaki's 96,800, helped by Nagano city reporting first. Hanawa has around 14,000."""),
        ("Sun 21:05 JST", "Counting under way",
         """Ballot boxes from 1,564 polling stations are arriving at counting centres across the prefecture. Officials expect the final result after midnight. Hanawa's camp tells us it hopes to pass 10% of the vote."""),
        ("Sun 20:00 JST", "Polls close - exit poll",
         """Polls closed at 8 p.m. on Sunday. NTK World's exit poll puts Shimazaki on 49% and Mogami on 44%, with Hanawa on 7%. The broadcaster says the race is still too close to call."""),
        ("Sun 18:30 JST", "Turnout up",
         """Interim turnout at 6 p.m., not counting early votes, was 33.06%. A record 231,406 people voted early. Four years ago, final turnout was 43.28%."""),
    ]),
    date_mode="jsonld", when="2026-08-09T18:30:00+09:00",
    sidebar=("Elsewhere in Japan", (
        "Okayama mayor re-elected with 61% of the vote",
        "Upper house by-election set for October 25",
        "Tokyo assembly passes 2.1 trillion yen heat relief package",
    )),
    related=(("Live: Shiga governor election, July 2026", "live/shiga-governor-election-2026"),
             ("Who is Keiko Shimazaki?", "news/who-is-keiko-shimazaki")),
    section="Live",
)

el_tv = article(
    NTK, "news/20260810/nagano-governor-shimazaki",
    "Shimazaki elected Nagano governor, first woman in the post",
    "Independent wins by narrow margin; turnout above 50% for the first time in 20 years.",
    "NTK World political news team",
    paras("""
Voters in Nagano prefecture have elected Keiko Shimazaki as their next governor. She is the first woman to hold the post.

Shimazaki, an independent and former deputy mayor of Matsumoto, won Saturday's election with 412,863 votes. Former vice governor Tatsuya Mogami received 389,507 votes and Yuji Hanawa, backed by the Communist Party, 61,214.

NTK World projected Shimazaki's victory at 11:41 p.m., based on its exit poll and early counting. The prefectural election board completed the count at around 2:20 a.m. on Monday.

## A campaign about daily life

Over the 17-day campaign, Shimazaki focused on what she called "the basics of living in the mountains": hospitals, buses, schools and protection from bears. Last year she oversaw Matsumoto's response when bears entered residential areas on several occasions, and she regularly referred to that experience in her speeches.

Mogami, 63, presented himself as the candidate of continuity. He was backed by the outgoing governor, Hideo Kurata, who is retiring after three terms, and stressed infrastructure investment linked to the maglev Chuo Shinkansen.

In an interview with NTK World on Monday morning, Shimazaki said her first task would be to meet the municipal leaders. "I want to hear directly from the mayors and village heads, especially those with the smallest populations," she said.

##AD##

## High turnout

Turnout was 51.55 percent, up from 43.28 percent four years earlier. The prefecture said the last time turnout topped 50 percent in a governor's race was in 2006.

Voters cast ballots on Saturday, August 9, at 1,564 polling stations across the prefecture, and the number of early votes, 231,406, set a record.

At a polling station in Ueda, a 34-year-old mother of two said she had voted with her children's future in mind. "The school bus route here was cut last year. I want someone who will notice these things," she said.

## What's next

Shimazaki will take office on September 1. The prefectural assembly is due to hold an extraordinary session on August 18 to approve emergency funding for flood damage from July's heavy rain, one of the last acts of the Kurata administration.

Political analyst Noriko Hasebe of Shinshu University said the result showed voters were willing to look beyond party endorsements. "Organisational support still matters in local elections, but it no longer guarantees victory," she said.
"""),
    date_mode="none",
    sidebar=("NTK World - latest", (
        "Heavy rain warning for Kyushu; 180 mm possible in 24 hours",
        "Nikkei average ends week up 1.4%",
        "High school baseball: Tokai Dai Suwa advances to third round",
        "Rice price index falls for fourth month",
    )),
    related=(("Video: Shimazaki's victory speech", "video/20260810/shimazaki-speech"),
             ("Exit poll: how Nagano voted", "news/20260809/nagano-exit-poll")),
    section="Politics",
)

EL_AQ2 = {"id": "el-AQ2", "part": "AQ", "domain": "election", "fetched": "2026-08-19",
          "articles": [el_wire, el_paper, el_live, el_tv],
          "planted": [
              ("winner's surname: Shimazaki (Shinshu Evening Post, Japan Desk Live, NTK World) vs 'Shimasaki' (Pacific Rim Press)",
               r"\bshimazaki\b", r"\bshimasaki\b"),
              ("winner's vote total: 412,863 (Pacific Rim Press, Japan Desk Live, NTK World) vs 421,863 (Shinshu Evening Post)",
               r"\b412,?863\b", r"\b421,?863\b"),
              ("polling day: Sunday 9 August (Pacific Rim Press, Shinshu Evening Post, Japan Desk Live) vs 'Saturday' (NTK World)",
               r"\bsunday\b", r"\bsaturday\b"),
          ]}

# ---------------------------------------------------------------------------
# ct-AQ3 — court (CONTROL)
# ---------------------------------------------------------------------------

KMS = ("Korea Morning Standard", "kmstandard.example")
CONTWIRE = ("Continental Newswire", "contwire.example")
PRIVACYWATCH = ("Privacy Watch Asia", "privacywatch-asia.example")

ct_paper = article(
    KMS, "national/court/narae-card-breach-ruling",
    "Court orders Narae Card to compensate leak victims",
    "Seoul judges award 100,000 won each to more than 2,200 customers whose card data was stolen in 2025.",
    "By Yoon Chae-won",
    paras("""
A Seoul court on Thursday ordered Narae Card to pay 100,000 won in damages to each of 2,271 customers whose personal and card information was exposed in the company's 2025 data breach, the first judgment in a string of lawsuits over one of the largest leaks in the country's financial sector.

Civil Agreement Division 22 of the Seoul Central District Court, presided over by Judge Oh Min-jae, found that the card issuer had failed to take basic security measures required under the Personal Information Protection Act and the Electronic Financial Transactions Act. The total award comes to 227.1 million won.

The plaintiffs, 2,318 customers represented by law firm Daon, had asked for 300,000 won each. The court dismissed the claims of 47 plaintiffs, saying they had not shown that their data was among the records taken.

## 'Negligence, not sophistication'

Narae Card disclosed the breach in September 2025, saying an intruder had accessed a server holding data on 9.6 million customers, including names, phone numbers, card numbers and expiry dates. Security codes and passwords were not taken, the company said at the time.

In its ruling, the court said the attacker had entered through an administrator account whose default password had not been changed for 14 months. "The breach resulted not from an unusually sophisticated attack but from the defendant's failure to observe elementary precautions," the judgment read.

The court also noted that the company had taken 11 days to notify customers after discovering the intrusion, longer than the period required by law.

##AD##

## Modest sum, larger signal

Kang Ha-eun, the lawyer who led the case, said the amount per person was modest but the finding of liability was what mattered. "This is a meaningful first step. The court has made clear that a card company cannot treat its customers' data as an afterthought," she told reporters outside the courthouse in Seocho district.

Narae Card said in a statement that it respected the court's decision and would review the judgment carefully before deciding whether to appeal. Either side has two weeks from receiving the written judgment to lodge an appeal.

The Personal Information Protection Commission fined the company 15.3 billion won in December and ordered it to overhaul its access controls.

The 100,000 won figure mirrors the amount courts settled on after the 2014 leak at three card companies, which affected tens of millions of accounts and remains the benchmark for such claims. Legal experts said that the court's refusal to raise the amount, despite inflation since then, would disappoint consumer groups.

A separate lawsuit filed by 1,140 Narae Card customers is pending before another division of the same court, with the next hearing set for July 9.
"""),
    date_mode="meta", when="2026-05-21T17:20:00+09:00",
    sidebar=("Most viewed", (
        "Seoul subway fares to rise 150 won in October",
        "KOSPI ends at record high on chip rally",
        "Supreme Court upholds 18-month sentence for ex-lawmaker",
        "Rainy season to start in Jeju around June 19",
    )),
    related=(("Narae Card fined 15.3 billion won over data leak", "national/narae-card-fined"),
             ("Timeline: Korea's biggest data breaches", "national/data-breach-timeline")),
    section="National",
)

ct_wire = article(
    CONTWIRE, "world/asia/20260521-korea-card-leak-damages",
    "South Korean court awards damages over card data breach",
    "Narae Card ordered to pay a total of 227.1 million won; company weighing appeal.",
    "Continental Newswire, Seoul bureau",
    paras("""
SEOUL, May 21 (Continental) - A South Korean court ordered credit card issuer Narae Card on Thursday to pay damages to 2,271 customers affected by a 2025 hacking incident, ruling that the company's lax security had made the breach possible.

The Seoul Central District Court awarded each plaintiff 100,000 won (about $69), for a total of 227.1 million won, or roughly $157,000. The customers had sought 300,000 won each.

It is the first court judgment over the breach, which Narae Card disclosed last September. The company said at the time that data on 9.6 million customers, including card numbers and expiry dates, had been accessed.

The three-judge panel, led by Judge Oh Min-jae, said the hacker had used an administrator account with a default password that was left unchanged for 14 months. Of the 2,318 people who brought the suit, 47 were excluded because they could not establish that their information had been compromised.

"The court has made it clear that a card company cannot treat customers' data as an afterthought," said Kang Ha-eun of law firm Daon, which represented the plaintiffs.

Narae Card, the country's sixth-largest card issuer by transaction volume, said it respected the ruling and would consider whether to appeal after reviewing it. Parties have two weeks from receipt of the written ruling to appeal.

##AD##

Data breaches have become a sensitive political issue in South Korea, one of the world's most connected countries, after a series of large leaks at telecom operators, retailers and financial firms in 2024 and 2025. Lawmakers have proposed raising the maximum fines regulators can impose and introducing statutory damages of up to 3 million won per person in cases of gross negligence, though the bills have yet to pass.

The country's privacy regulator, the Personal Information Protection Commission, fined Narae Card 15.3 billion won in December. The company's shares have fallen about 18% since the breach was disclosed.

Korean courts have historically kept damages for data leaks low. After the 2014 theft of customer data from three card companies, courts generally awarded 100,000 won per victim, a figure the Supreme Court later upheld.

Another group of 1,140 customers has filed a separate suit against Narae Card in the same court. A hearing in that case is scheduled for July 9. Consumer groups have said they are preparing additional suits that could involve more than 10,000 plaintiffs.

(Reporting by Choi Min-seo; Editing by Paul Adair)
"""),
    date_mode="jsonld", when="2026-05-21T15:05:00+09:00",
    sidebar=("Trending", (
        "Samsung Electronics to invest 12 trillion won in new packaging plant",
        "Japan's April exports rise 5.6% on car shipments",
        "Won ends at 1,447 per dollar",
    )),
    related=(("South Korea's privacy watchdog fines card firm over hack", "world/asia/20251218-korea-card-fine"),),
    section="World",
)

ct_news = article(
    PRIVACYWATCH, "briefings/narae-card-judgment",
    "Narae Card loses the first breach lawsuit. What the judgment actually says",
    "A close reading of the Seoul ruling: liability found, damages kept at the 2014 benchmark.",
    "By Sung Da-eun, Seoul correspondent",
    paras("""
On Thursday, May 21, the Seoul Central District Court handed down the first judgment in the civil litigation over last year's Narae Card breach. We have read the 38-page ruling. Here is what matters for practitioners.

## The numbers

The suit was brought by 2,318 customers. The court awarded damages to 2,271 of them and dismissed the remaining 47 claims. Each successful plaintiff gets 100,000 won, against the 300,000 won they asked for, so the company owes 227.1 million won in total, plus late-payment interest from the date the complaint was served.

That is small change for a firm of Narae Card's size. The administrative fine imposed by the Personal Information Protection Commission last December, 15.3 billion won, is roughly 67 times larger.

## Liability: the password problem

The interesting part is the court's reasoning on fault. The judges, led by presiding Judge Oh Min-jae of Civil Agreement Division 22, accepted the plaintiffs' account that the intruder got in through an administrator account that still used its factory-default password, 14 months after the system went live. The court called this a failure of "elementary precautions" and rejected the company's argument that the attack was too advanced to have been prevented.

It also criticised the delay in notifying customers: 11 days passed between the discovery of the intrusion and the notice to affected customers.

##AD##

## Causation: why 47 lost

The 47 dismissed plaintiffs could not show that their records were in the stolen data set. The court relied on the forensic report prepared for the regulator, which listed which customer identifiers were exfiltrated. Expect future plaintiffs' lawyers to request that list early.

## Damages: anchored to 2014

The court declined to go beyond 100,000 won per head, the figure that became the benchmark after the 2014 card-data theft. It reasoned that no fraudulent transactions had been proven among the plaintiffs and that card security codes were not stolen. Kang Ha-eun, who argued the case for law firm Daon, told us she would discuss an appeal with her clients. "Liability is established. Now the question is what a person's data is worth in 2026," she said.

Narae Card's statement was short: it respects the ruling and will review it before deciding whether to appeal. Each side has two weeks from service of the judgment.

## What's next

A second suit, by 1,140 customers, is before another division of the same court, with a hearing on July 9. If the National Assembly passes the pending statutory-damages bill, which would allow awards of up to 3 million won per person without proof of specific loss in cases of gross negligence, later plaintiffs could be in a far stronger position than Thursday's.

Out of the 9.6 million customers whose data was exposed, fewer than 3,500 have so far gone to court.
"""),
    date_mode="none",
    sidebar=("Also this week", (
        "Japan's PPC issues guidance on AI training data",
        "Taiwan fines retailer NT$2 million over leak",
        "Singapore telco breach: 1.2 million users notified",
    )),
    related=(("Narae Card breach: our original analysis", "briefings/narae-card-breach"),
             ("Korea's statutory damages bill explained", "briefings/korea-statutory-damages")),
    section="Briefings",
)

CT_AQ3 = {"id": "ct-AQ3", "part": "AQ", "domain": "court", "fetched": "2026-06-01",
          "articles": [ct_paper, ct_wire, ct_news], "planted": []}

# ---------------------------------------------------------------------------
# tr-AQ4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

BUSANHD = ("Busan Harbour Daily", "busanharbour.example")
FEB = ("Fishing Economy Brief", "fishingeconomy.example")

tr_wire = article(
    PRP, "asia/2026/06/18/japan-korea-fisheries-deal",
    "Japan, South Korea agree to reopen fishing grounds after decade-long standoff",
    "Fleets from both countries will be allowed back into each other's waters from July 1.",
    "By Min-jun Kang and Aiko Brennan",
    paras("""
TOKYO, June 18 (PRP) - Japan and South Korea agreed on Thursday to let each other's fishing fleets back into their exclusive economic zones for the first time since 2016, ending a dispute that had kept hundreds of Korean longline boats away from rich hairtail grounds off Japan's southwest.

Under the deal, reached after two days of talks in Tokyo, vessels from each country will be allowed to catch up to 58,600 tonnes of fish in the other's zone during the fishing year that runs from July 1 to June 30, 2027. Up to 1,190 vessels from each side may operate.

The Korean delegation was led by Vice Minister Ryu Jae-won of the Ministry of Oceans and Fisheries, and the Japanese side by Deputy Director-General Kenta Otsuki of the Fisheries Agency.

"Our fishermen have waited ten years for this day. It is not everything we wanted, but it is a fair start," Ryu told reporters after the final session.

## Longline compromise

The talks broke down in 2016 mainly over the number of Korean longline boats, which target hairtail, or cutlassfish, in waters near the Japanese islands of Tsushima and the Goto chain. Japanese fishermen complained that the long lines, which can stretch for dozens of kilometres, tangled their gear and left debris.

Seoul had sought 206 longline licences in the latest round, while Tokyo had initially offered 73. The two sides settled on 140, to be reduced to 120 by 2029, according to a joint statement. Korean longliners will also be required to carry satellite position transmitters at all times while inside Japan's zone.

The previous arrangement, for 2015, allowed each side a quota of 60,000 tonnes.

##AD##

## Fishermen cautious

In Jeju, home port for most of Korea's longline fleet, reaction was mixed. Ko Seong-su, head of the Jeju Longline Fishermen's Association, welcomed the return to Japanese waters but said the licence cut would force some owners out of business. His association estimates the industry has lost about 30 billion won a year since 2016; the Korean fisheries ministry puts the figure at around 18 billion won.

In Japan, cooperatives in Yamaguchi and Shimane prefectures urged Tokyo to enforce the rules strictly. "If the rules are broken, the agreement should be suspended," said Hiroshi Nakagawa, a senior official of a Yamaguchi fisheries cooperative.

The deal still needs to be formalised through an exchange of notes, which officials said would take place in Seoul on June 26.

The agreement follows a gradual thaw in relations between the two neighbours, whose ties have been strained by historical disputes. Officials on both sides said the two-day session in Tokyo was conducted in a "constructive atmosphere", a phrase absent from statements after previous rounds.
"""),
    date_mode="meta", when="2026-06-18T21:35:00+09:00",
    sidebar=("Most read", (
        "Toyota to build $2.1 billion battery plant in North Carolina",
        "China's May exports rise 4.4%",
        "Nikkei ends at 41,280 as yen weakens",
        "Philippines, Vietnam hold coast guard drills",
    )),
    related=(("Explainer: why Korean boats left Japanese waters", "asia/explainer-japan-korea-fisheries"),
             ("Japan, South Korea leaders pledge 'future-oriented' ties", "asia/2026/05/14/japan-korea-summit")),
    section="Asia",
)

tr_paper = article(
    BUSANHD, "fisheries/korea-japan-fisheries-agreement-2026",
    "Korea-Japan fisheries pact revived: longliners to return to Japanese waters from July 1",
    "Ten years after talks collapsed, the two sides set a 58,600-tonne mutual quota and 140 longline licences.",
    "By Heo Jung-ah, Fisheries Reporter",
    paras("""
Korean fishing boats will be able to operate in Japan's exclusive economic zone again from July 1, after negotiators from the two countries agreed new terms under the bilateral fisheries pact at a two-day session of the Korea-Japan fisheries committee in Tokyo that ended on Thursday.

The Ministry of Oceans and Fisheries said on Thursday evening that each side would be permitted to catch 58,600 metric tons in the other's waters in the 2026 fishing year, which ends on June 30 next year. The number of vessels allowed to enter the other side's zone was capped at 1,190 per country.

Director-General Ryu Jae-won, head of the ministry's international cooperation bureau, who led the Korean delegation, said the outcome would "restore the livelihoods of fishing communities in Busan, Tongyeong and Jeju". He added: "It is not all that we asked for, but it is a fair beginning."

## Hairtail boats

The biggest winners and losers are in the longline fleet. Korea had asked for 206 licences for longliners fishing hairtail in Japanese waters near Tsushima; Japan's opening offer was 73. The compromise is 140 licences this year, falling to 120 by 2029.

Ko Seong-su, chairman of the Jeju Longline Fishermen's Association, said around 30 owners would be left without a licence. "We are glad to return, but we cannot celebrate while our neighbours lose their boats," he said. The association estimates the losses of the Jeju longline industry at 30 billion won a year since 2016, while the ministry's own estimate is closer to 18 billion won.

##AD##

## Background

The last successful negotiation covered the 2015 fishing year and set the mutual quota at 60,000 tons. Talks for 2016 broke down in June of that year, mainly over longline numbers, and boats from each country have been excluded from the other's zone since July 2016. Korean vessels that used to fish mackerel and hairtail in the Japanese zone were forced to crowd into waters closer to home in the East Sea and off Jeju, which researchers at the National Institute of Fisheries Science have linked to falling catches.

Japan's delegation was led by Deputy Director-General Kenta Otsuki of the Fisheries Agency. The Japanese side pressed for stricter monitoring; under the new terms, Korean longliners must keep satellite transmitters switched on while in Japanese waters and submit catch reports daily.

The agreement will be formalised through an exchange of notes in Seoul on June 26. The ministry said it would hold briefings for fishermen in Busan on June 22 and in Jeju on June 23 to explain the licensing procedures.

Busan Cooperative Fish Market traders welcomed the news, saying higher hairtail landings could bring down prices that have nearly doubled over the past decade.
"""),
    date_mode="line", date_line="Friday, 19 June 2026",
    sidebar=("Port news", (
        "Busan port container volume up 3.8% in May",
        "Hanjin to add two 24,000 TEU ships",
        "Red tide warning lifted for Tongyeong",
        "Squid catch falls to record low of 13,500 tons",
    )),
    related=(("Jeju longliners count the cost of a lost decade", "fisheries/jeju-longliners-lost-decade"),
             ("Editorial: a pact worth keeping", "opinion/editorial-fisheries-pact")),
    section="Fisheries",
)

tr_tv = article(
    NTK, "news/20260618/japan-korea-fisheries-agreement",
    "Japan and South Korea agree on fishing access for first time in 10 years",
    "Korean longline fleet to be capped at 140 boats in Japanese waters.",
    "NTK World economic news team",
    paras("""
Japan and South Korea have agreed to allow each other's fishing boats to operate in their exclusive economic zones again, for the first time in 10 years.

The agreement was reached on Thursday at a meeting of the Japan-South Korea fisheries committee in Tokyo, which had been held over two days. Japan's Fisheries Agency announced that each country will be allowed a catch quota of 56,800 tons in the other's waters for the fishing year starting July 1.

Japanese officials said the biggest issue in the negotiations was the number of South Korean longline boats permitted to fish for hairtail. Under the deal, 140 boats will be allowed this year, and the number will be cut to 120 by 2029. South Korea had initially requested 206, while Japan had proposed 73.

## Otsuki: 'compliance is the key'

Speaking after the meeting, Fisheries Agency Deputy Director-General Kenta Otsuki said the key to the agreement's success would be compliance. "We have agreed on a system of satellite monitoring and daily catch reports. If there are violations, we will respond firmly," he said.

The South Korean delegation was led by Director-General Ryu Jae-won of the Ministry of Oceans and Fisheries.

##AD##

## Concern in western Japan

Fishing communities in western Japan, which faces the Sea of Japan and the East China Sea, have long complained about South Korean longline fishing, saying the lines damage their nets and interfere with their own operations.

In Hagi, Yamaguchi prefecture, a local fisherman in his 60s said he was worried. "Before, our squid boats had to move every time the Korean lines came through. We want the government to make sure the rules are kept," he said.

Some Japanese fishermen, however, welcomed the chance to return to South Korean waters, where boats from Kyushu and Yamaguchi once caught mackerel and sea bream.

## Ten-year gap

Negotiations broke down in 2016, and since July of that year boats from neither country have been able to operate in the other's zone. Before that, the two sides had agreed on a quota of 60,000 tons for 2015.

The agreement will be formalised by an exchange of documents in Seoul on June 26, and operations will be allowed from July 1. Up to 1,190 boats from each country can enter the other's waters.

Japan's Fisheries Agency plans to strengthen patrols in the Sea of Japan in July and August, when the number of foreign fishing boats is expected to be highest.
"""),
    date_mode="none",
    sidebar=("NTK World - economy", (
        "Rice futures fall 6% on bumper crop outlook",
        "Japan's May trade deficit narrows to 420 billion yen",
        "Eel prices ease as glass eel catch recovers",
    )),
    related=(("Video: Korean boats in Japanese waters, 2015", "video/archive/2015-korean-boats"),),
    section="Business",
)

tr_news = article(
    FEB, "newsletter/2026-06-20-japan-korea-quota",
    "Quota, licences, satellites: reading the Japan-Korea fishing deal",
    "Our take on what the new access terms mean for catches, prices and the longline fleets.",
    "By Tomasz Lind, editor",
    paras("""
After three days of talks in Tokyo, Japanese and Korean negotiators produced the first fisheries access agreement between the two countries since the 2015 season. Below is what the deal contains and what it leaves out.

## The quota

Each side may take 58,600 tonnes in the other's exclusive economic zone during the fishing year from July 1, 2026 to June 30, 2027. The old arrangement allowed 60,000 tonnes, so the new ceiling is about 2% lower. In practice neither fleet filled its quota in the early 2010s; the Korean side typically landed well under half of it in the Japanese zone. The quota is therefore less binding than the licence cap.

Vessel numbers are capped at 1,190 per side, covering trawlers, purse seiners, squid jiggers and longliners.

## The licences

This is where the fight was. Korea entered the talks seeking 206 longline licences; Japan offered 73. The result, 140 falling to 120 by 2029, is closer to Seoul's number than Tokyo's, but Japan extracted monitoring rules in return: satellite transmitters must stay on at all times inside the Japanese zone, and catch logs must be filed daily rather than weekly.

Korea's chief negotiator, Director-General Ryu Jae-won of the Ministry of Oceans and Fisheries, called it "a fair beginning". His Japanese counterpart, Deputy Director-General Kenta Otsuki of the Fisheries Agency, put the stress on enforcement, saying Japan would respond firmly to violations.

##AD##

## Money

Estimates of what the standoff has cost differ widely. The Jeju Longline Fishermen's Association says its members have lost about 30 billion won a year since 2016. The Korean fisheries ministry puts the annual loss closer to 18 billion won. Neither figure includes the knock-on effect on hairtail prices at Korean auctions, which have roughly doubled in ten years.

For Japan, the economic stakes are smaller. Japanese boats used to fish mackerel and sea bream in Korean waters, but the number doing so had dwindled even before 2016.

## Timetable

Notes will be exchanged in Seoul on June 26, and boats can enter from July 1. Korea's ministry will hold licensing briefings in Busan and Jeju next week.

## Our view

The deal is modest, and the licence cuts will hurt some Jeju owners. But a decade without any access did far more damage to both sides, and the new monitoring rules give Japan a reason to keep the agreement alive. The real test is the winter hairtail season, from December to February, when the Tsushima grounds are busiest.

Next week: Pacific bluefin tuna quotas ahead of the July WCPFC meeting.
"""),
    date_mode="jsonld", when="2026-06-20T07:00:00+00:00",
    sidebar=("Prices this week", (
        "Hairtail, Busan auction: 18,400 won per kg",
        "Mackerel, Toyosu: 620 yen per kg",
        "Frozen squid, Busan: down 3.2% on the week",
    )),
    related=(("Why Korea's longliners left Japan in 2016", "newsletter/2024-07-05-longline-history"),),
    section="Newsletter",
)

TR_AQ4 = {"id": "tr-AQ4", "part": "AQ", "domain": "trade", "fetched": "2026-06-29",
          "articles": [tr_wire, tr_paper, tr_tv, tr_news],
          "planted": [
              ("Korean chief negotiator Ryu Jae-won's title: director-general (Busan Harbour Daily, NTK World, Fishing Economy Brief) vs 'vice minister' (Pacific Rim Press)",
               r"director[- ]general", r"vice[- ]minister"),
              ("mutual catch quota: 58,600 tonnes (Pacific Rim Press, Busan Harbour Daily, Fishing Economy Brief) vs 56,800 (NTK World)",
               r"\b58,?600\b", r"\b56,?800\b"),
              ("length of the Tokyo talks: two days (Pacific Rim Press, Busan Harbour Daily, NTK World) vs 'three days' (Fishing Economy Brief)",
               r"\b(?:two|2)[- ]days?\b", r"\b(?:three|3)[- ]days?\b"),
          ]}

# ---------------------------------------------------------------------------
# rk-AQ5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

KBN = ("KBN World", "kbnworld.example")
ORBITWATCH = ("Orbit Watch", "orbitwatch.example")
LAUNCHNOTES = ("Launch Notes", "launchnotes.example")

rk_tv = article(
    KBN, "news/science/20261020-mirinae-1-orbit",
    "Mirinae-1 reaches orbit: first Korean private rocket to succeed from home soil",
    "Seoryong Aerospace puts three small satellites into orbit on its first orbital attempt.",
    "KBN World science desk",
    paras("""
A rocket developed by the South Korean startup Seoryong Aerospace has successfully placed three small satellites into orbit, making it the first privately built Korean launch vehicle to reach orbit from a launch site in the country.

The two-stage Mirinae-1 lifted off from the Naro Space Center in Goheung, South Jeolla Province, at 3:42 p.m. on Tuesday, after a 12-minute hold caused by an irregular reading from a ground sensor. The company confirmed about 13 minutes later that all three satellites had separated from the upper stage.

"Today a Korean company built a rocket in Korea and flew it to orbit from Korea. That sentence did not exist this morning," chief executive Kwon Tae-hyun said at a news conference at the launch site, his voice breaking at times.

## Third time lucky

The launch was the third attempt in five days. A first try on Friday was called off because of strong upper-level winds, and on Sunday the countdown was halted at less than two minutes when a pressure reading in a second-stage valve fell outside its limits.

The rocket, 24.6 metres tall and weighing 48 tonnes at liftoff, burns kerosene and liquid oxygen. Its first stage separated 2 minutes and 31 seconds into the flight, and the protective fairing was jettisoned at 3 minutes and 5 seconds.

##AD##

## Satellites signal home

The payload totalled 38 kilograms. The largest satellite, the 26-kilogram Earth-observation satellite Dasom built by researchers at Namhae Polytechnic University, sent its first signal to a ground station in Daejeon at 5:21 p.m. Two 6-kilogram cubesats built by the Seoul startup Pixelnuri are expected to make contact later tonight.

Seoryong said the satellites were released into an orbit about 500 kilometres above the Earth. The company said initial tracking data showed an orbit very close to the planned one, and that it would release precise figures after analysis.

The Ministry of Science and ICT congratulated the company, saying in a statement that the launch "opens the era of private space transport in Korea". The government has been trying to nurture a private launch industry alongside the state-developed Nuri rocket, which made its fourth flight in November last year.

## From suborbital to orbital

Seoryong, founded in 2017, flew a suborbital test rocket to an altitude of 116 kilometres in March last year. It has raised 152 billion won from investors and says it plans to offer launches for around 9.8 billion won each. The company's next launch is planned for late 2027.

Kwon said the company had already signed contracts with two foreign customers but declined to name them.
"""),
    date_mode="jsonld", when="2026-10-20T18:05:00+09:00",
    sidebar=("KBN World - top stories", (
        "Autumn downpour brings 210 mm of rain to Jeju",
        "Nuri rocket's fifth launch set for 2027",
        "Japan's H3 rocket flight 8 delayed to November",
        "KOSPI closes up 1.1%",
    )),
    related=(("Seoryong Aerospace: from garage to Goheung", "news/science/20261015-seoryong-profile"),
             ("Korea's space budget tops 1 trillion won", "news/science/20260902-space-budget")),
    section="Science",
)

rk_live = article(
    ORBITWATCH, "live/seoryong-mirinae-1-launch",
    "Live: Seoryong Mirinae-1 launch from Naro Space Center",
    "Countdown, liftoff and satellite deployment for the first orbital attempt by a Korean private rocket company.",
    "Orbit Watch live desk",
    updates([
        ("17:40 KST", "Dasom phones home",
         """Seoryong says the Dasom satellite made contact with the Daejeon ground station at 5:21 p.m. Telemetry shows its solar panels deployed and batteries charging. The two Pixelnuri cubesats have not been heard from yet; the company says their first pass over Korea comes later in the evening.

Orbit: the company's preliminary figures put it at 497 by 509 km, against a 500 km target. The Ministry of Science and ICT has congratulated the company, calling the launch the start of "the era of private space transport in Korea". That closes our live coverage. Full story to follow."""),
        ("16:20 KST", "Kwon: 'that sentence did not exist this morning'",
         """At the post-launch briefing, CEO Kwon Tae-hyun, visibly emotional, says the flight proves a Korean startup can design, build and launch an orbital rocket at home."""),
        ("15:56 KST", "Satellites deployed",
         """Confirmation from the launch director: all three satellites have separated. Applause in the control room. That was roughly 13 minutes after liftoff."""),
        ("15:53 KST", "Second stage cutoff",
         """The second stage engine has shut down on schedule. Coasting before deployment."""),
        ("15:46 KST", "Fairing off",
         """First-stage separation came at T+2:31, fairing jettison at T+3:05. Everything nominal so far."""),
        ("15:42 KST", "LIFTOFF",
         """Mirinae-1 is off the pad at 3:42 p.m. local time (06:42 UTC), climbing steadily over the sea south of Goheung."""),
        ("15:36 KST", "Back in the count",
         """The sensor issue is cleared. The launch director has polled the team and everyone is go. Terminal count resumes for a 15:42 liftoff. The range safety officer confirms the sea zone south of the pad is clear of ships."""),
        ("15:30 KST", "Hold, hold, hold",
         """The window opened at 3:30 p.m., but the team has called a hold for a ground sensor reading. New target time 15:42."""),
        ("14:55 KST", "Propellant loading complete",
         """Kerosene and liquid oxygen loading is complete. Weather is clear with light winds at altitude, unlike Friday."""),
        ("15:10 KST", "Weather is go",
         """The weather officer reports upper-level winds well inside limits today. On Friday they were roughly twice the allowable speed. The company's webcast has started, and several hundred spectators are on the viewing hill."""),
        ("14:00 KST", "Welcome",
         """Good afternoon from the Naro Space Center. This is Seoryong Aerospace's third attempt to launch Mirinae-1 in five days, after scrubs on Friday, October 16 (winds aloft) and Sunday, October 18 (a second-stage valve pressure reading).

The 24.6 m, two-stage rocket carries three satellites with a combined mass of 38 kg: Dasom, a 26 kg Earth-imaging satellite, and two 6 kg cubesats. Target: a sun-synchronous orbit at about 500 km."""),
    ]),
    date_mode="meta", when="2026-10-20T17:40:00+09:00",
    sidebar=("Upcoming launches", (
        "Oct 24: Falcon 9, Starlink group 17-9, Vandenberg",
        "Oct 29: Long March 6A, Taiyuan",
        "Nov 5: H3, Tanegashima",
        "Nov 11: Electron, Mahia",
    )),
    related=(("Live: Nuri fourth launch, November 2025", "live/nuri-fourth-launch"),
             ("Scrubbed: Mirinae-1 stands down on Sunday", "news/mirinae-1-scrub-october-18")),
    section="Live",
)

rk_paper = article(
    LEDGER, "science/mirinae-1-launch-success",
    "Seoryong's Mirinae-1 makes it to orbit at the third try",
    "The startup's success is a milestone for Korea's push to create a private space launch industry.",
    "Jang Woo-seok, Science Correspondent",
    paras("""
GOHEUNG - The sound reached the spectators on the hills above the Naro Space Center a few seconds after the flame: a deep crackle that rolled over the bay as Seoryong Aerospace's Mirinae-1 climbed into a clear afternoon sky.

Thirteen minutes later, South Korea had its first privately developed rocket to put satellites into orbit from Korean territory.

The launch at 3:42 p.m. on Tuesday came after two scrubs in five days and a last-minute 12-minute hold. The small crowd of employees' families, engineers and local residents who had returned each time cheered when the company's announcer read out the confirmation that all three satellites were free.

## A small rocket with big ambitions

Mirinae-1 is small by global standards: 24.6 meters tall, about 81 feet, with a liftoff mass of 48 tons. It is designed to carry up to 150 kilograms to a 500-kilometer sun-synchronous orbit. On this flight it carried 38 kilograms, spread across a 26-kilogram imaging satellite named Dasom and two cubesats of 6 kilograms each.

Kwon Tae-hyun, the former state research engineer who co-founded Seoryong in 2017, told reporters that the company had spent nine years reaching this point. "We failed in the workshop more often than anyone will know. Today the rocket did not fail," he said.

##AD##

## The business case

The market Seoryong is chasing is crowded. American, Chinese and European small-launch companies are competing for the same customers, and SpaceX's rideshare flights undercut most dedicated small rockets on price. Seoryong says it can offer a launch for about 9.8 billion won, roughly $6.8 million, and that customers value a dedicated ride and a launch date they choose themselves.

Investors have so far put 152 billion won into the company. Its next flight is scheduled for late 2027, and it is developing a larger, partly reusable rocket for the 2030s.

## Government backing

Officials from the Ministry of Science and ICT and the Korea AeroSpace Administration, which oversees the national space programme, attended the launch. The government has been opening the Naro site to private companies and plans a dedicated commercial launch pad there.

The state-developed Nuri rocket, which carried satellites on its fourth flight last November, remains the country's main heavy launcher. Seoryong's March 2025 suborbital test, which reached 116 kilometers, was the first step on the company's road to orbit.

By early evening, Dasom had sent its first signal to the ground station in Daejeon, at 5:21 p.m. "It is alive and healthy," said a Namhae Polytechnic University team member, holding up a phone with a screenshot of the telemetry.
"""),
    date_mode="line", date_line="Wednesday, 21 October 2026",
    sidebar=("Most read in Science", (
        "KAIST team grows 3 cm mini-liver in lab",
        "Danuri lunar orbiter mission extended to 2028",
        "Korea's first private weather satellite due in 2027",
    )),
    related=(("Profile: Kwon Tae-hyun, the engineer who bet on rockets", "science/profile-kwon-tae-hyun"),
             ("Goheung prepares for a private launch pad", "science/goheung-private-pad")),
    section="Science",
)

rk_news = article(
    LAUNCHNOTES, "issues/mirinae-1-orbit",
    "Mirinae-1: what worked, what we still don't know",
    "Korea's newest orbital launcher, reviewed the morning after.",
    "Launch Notes, by Elena Vasquez",
    paras("""
Seoryong Aerospace's Mirinae-1 reached orbit on Tuesday, October 20, lifting off from the Naro Space Center at 06:42 UTC (3:42 p.m. in Korea). Three satellites were deployed about 13 minutes into the flight. A first orbital attempt that works is rare; most new small launchers of the past decade failed at least once before succeeding. So congratulations are in order. A few notes for readers who want more than the headline.

## The vehicle

Two stages, kerosene and liquid oxygen, 24.6 m tall, 48 t at liftoff. Seoryong quotes a capacity of 150 kg to a 500 km sun-synchronous orbit. That puts it in the same weight class as several Western and Chinese small launchers. The first stage separated at T+2:31, the fairing at T+3:05, and the company says the second-stage burn ended close to the predicted time.

## The orbit

Seoryong's preliminary numbers give an orbit of 497 by 509 km, against a 500 km target. We have not yet seen independent tracking, which usually becomes available a day or two after launch. Until then, treat the figures as the company's own.

## The payload

38 kg in total: the 26 kg Dasom imaging satellite from Namhae Polytechnic University, which checked in with a ground station in Daejeon at 5:21 p.m. local time, and two 6 kg cubesats from Pixelnuri, whose first passes were due later in the evening. Carrying a university satellite on a first flight is a gamble for both parties; it paid off.

##AD##

## The road here

The attempt was the company's third in five days. Friday, October 16, was called off for upper-level winds. Sunday, October 18, ended under two minutes before liftoff when a second-stage valve pressure reading strayed. On Tuesday a ground-sensor issue added a 12-minute hold; the window had opened at 3:30 p.m. local time.

Seoryong's only previous flight was a suborbital test in March 2025 that reached 116 km.

## The money

The company has raised 152 billion won (a little over $100 million) and lists a price of about 9.8 billion won per launch. It says it has two foreign customers under contract. The next flight is planned for late 2027, which is a long gap if the aim is to build a launch cadence.

## What we don't know

How much margin the second stage had left. Whether the ground-sensor hold and Sunday's valve reading were related. And how quickly Seoryong can build the second vehicle. We asked; the company said it would share more after its post-flight review, expected in about six weeks.

Next issue: the H3's next flight from Tanegashima.
"""),
    date_mode="none",
    sidebar=("This week in launches", (
        "Falcon 9 flies 400th mission of its booster fleet",
        "Rocket Lab Neutron static fire completed",
        "ISRO PSLV-C64 lifts 9 satellites",
    )),
    related=(("Subscribe to Launch Notes", "subscribe"),),
    section="Newsletter",
)

RK_AQ5 = {"id": "rk-AQ5", "part": "AQ", "domain": "rocket", "fetched": "2026-10-27",
          "articles": [rk_tv, rk_live, rk_paper, rk_news], "planted": []}

# ---------------------------------------------------------------------------
# eq-AQ6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

NCABLE = ("Northern Cable", "northerncable.example")
TOHOKU = ("Tohoku Daily Chronicle", "tohoku-chronicle.example")
QDL = ("Quake Desk Live", "quakedesk.example")

eq_wire = article(
    NCABLE, "world/asia/2026-11-14/japan-quake-kills-11",
    "Strong earthquake off northeast Japan kills 11, brief tsunami advisory",
    "Magnitude 6.9 quake topples old wooden homes in coastal towns; nuclear plants report no abnormalities.",
    "By Haruto Ellis and Mei Nakamura",
    paras("""
TOKYO, Nov 14 (Northern Cable) - A strong earthquake struck off the coast of Aomori prefecture in northeastern Japan before dawn on Saturday, killing at least 11 people, injuring 186 and forcing thousands from their homes as aftershocks rattled the region.

The Japan Meteorological Agency said the quake, at 4:17 a.m. (1917 GMT Friday), had a magnitude of 6.9 and a depth of about 40 km. The U.S. Geological Survey measured it at magnitude 6.7 and a depth of 35 km.

The shaking reached upper 6 on Japan's seven-tier intensity scale in the coastal city of Miyako, strong enough to make it hard to stand and to bring down older wooden houses. Most of the dead were elderly residents trapped when their homes collapsed, local officials said. Six of the deaths were in Miyako.

A tsunami advisory was issued three minutes after the quake for parts of the Pacific coast and lifted at 9:05 a.m. The highest wave, 40 cm, was observed at the port of Kuji.

## 'Like the floor was thrown'

"It was like the floor was thrown upward. I could not reach the door," said Mitsuko Arai, 74, who spent the rest of the night in a school gymnasium in Miyako with her husband.

At the peak, about 6,240 people were in evacuation centres, and more than 4,000 were still there on Saturday evening. Around 41,000 households lost power, though most supplies had been restored by nightfall.

##AD##

The prime minister's office set up a task force and dispatched Self-Defense Forces to help search collapsed buildings. Operators of nuclear plants in the region, including the Onagawa plant in Miyagi and the decommissioning Fukushima Daiichi site, reported no abnormalities.

Bullet train services on the Tohoku Shinkansen were suspended between Sendai and Morioka for inspections and resumed in the early afternoon.

## Warning of more quakes

The meteorological agency warned that a quake of similar strength could occur over the next week or so, particularly in the next two to three days. A magnitude 5.4 aftershock struck at 6:02 a.m.

"Please stay away from damaged buildings and steep slopes, and keep emergency supplies at hand," Junpei Sakuragi, a senior official in the agency's earthquake and tsunami observations division, told a news conference.

At least 25 homes were completely destroyed, according to a preliminary tally, and local authorities said the number was likely to rise as inspections continued.

The region was devastated by a magnitude 9.0 earthquake and tsunami in March 2011 that left more than 18,000 people dead or missing. Saturday's quake was the deadliest in northeastern Japan since then, according to a Northern Cable tally of agency data.
"""),
    date_mode="jsonld", when="2026-11-14T20:30:00+09:00",
    sidebar=("Most read", (
        "Tokyo stocks end week up 0.8%",
        "Mount Sakurajima eruption sends ash 3,200 metres high",
        "Japan's October tourist arrivals hit 3.9 million",
        "South Korea to raise electricity rates 4.5% in January",
    )),
    related=(("Factbox: Japan's deadliest earthquakes since 1995", "world/asia/factbox-japan-quakes"),
             ("Japan's seismic intensity scale explained", "world/asia/explainer-shindo")),
    section="World",
)

eq_paper = article(
    TOHOKU, "news/iwate-earthquake-2026-11-14",
    "Iwate quake: 11 dead as homes collapse in Miyako and Yamada",
    "Aftershocks keep thousands in shelters; prefecture counts 38 homes destroyed.",
    "By Kazuki Sasaki, Miyako bureau, and Rina Kudo",
    paras("""
The death toll from the earthquake that struck off Iwate prefecture early on Saturday stood at 11 on Sunday morning, with 186 people injured, according to the prefectural disaster headquarters. Six people died in Miyako, three in Yamada and two in Iwaizumi.

The quake hit at 4:47 a.m. with its epicentre about 60 kilometres east of Miyako at a depth of 40 kilometres, according to the Japan Meteorological Agency. The agency put its magnitude at 6.9. Miyako recorded an intensity of upper 6, and Morioka, Yamada and Kamaishi upper 5.

## Collapsed homes on narrow lanes

In Miyako's old town, where two-storey wooden houses built before modern earthquake standards line narrow lanes, the damage was severe. Roof tiles covered the streets on Sunday morning and several houses leaned at sharp angles. The prefecture said 38 homes had been completely destroyed and 342 damaged, figures it expects to rise.

Miyako Mayor Noriko Takeda said rescue teams had checked every house in the worst-hit districts by Saturday night. "We are grieving, but we are also grateful that the 2011 lessons saved lives. People knew where to go," she said.

Many older residents in the city still remember the 2011 tsunami. When the shaking stopped at 4:47 a.m. on Saturday, many headed for higher ground without waiting for instructions, even though the agency only issued an advisory, not a warning.

##AD##

## Shelters

At the peak, 6,240 people were staying at evacuation centres in 14 municipalities. On Sunday morning 2,180 remained, mostly residents whose homes were damaged or who feared further shocks. At Miyako's Chuo Elementary School, volunteers served rice balls and miso soup, and a team from the Iwate Medical Association checked on elderly evacuees.

"My house is standing, but the walls are cracked and I am afraid to sleep there," said Shigeru Ono, 81, a retired fisherman.

## Infrastructure

Tohoku Shinkansen services between Sendai and Morioka resumed at 1:40 p.m. on Saturday after track inspections. Power was restored to most of the 41,000 households that lost it, but about 1,300 households in Miyako and Iwaizumi were still without electricity late on Saturday.

The tsunami advisory for the Iwate coast was lifted at 9:05 a.m. A wave of 40 centimetres was recorded at Kuji and 20 centimetres at Miyako.

## More shaking possible

The agency has warned of aftershocks of similar strength for about a week. The largest so far, magnitude 5.4, struck at 6:02 a.m. on Saturday and registered 4 in Miyako.

The prefecture has opened a disaster donations account and is asking for volunteers to register through the Miyako social welfare council rather than travel to the area independently.
"""),
    date_mode="line", date_line="Sunday, 15 November 2026",
    sidebar=("Iwate news", (
        "Morioka to host 2027 national sports festival events",
        "Salmon returns to Iwate rivers fall 20% from last year",
        "Hiraizumi records 1.2 million visitors",
    )),
    related=(("Photos: Miyako's morning after", "photos/miyako-morning-after"),
             ("How to check your house after an earthquake", "life/check-house-after-quake")),
    section="News",
)

eq_live = article(
    QDL, "live/2026-11-14-iwate-earthquake",
    "Live: M6.9 earthquake off Iwate - latest updates",
    "Casualties, tsunami advisory and aftershocks after a strong quake hit northeastern Japan before dawn.",
    "Quake Desk Live editors",
    updates([
        ("Sat 18:05 JST", "Toll rises to 11 dead",
         """Iwate's disaster headquarters now says 11 people have died and 186 were injured. Six deaths in Miyako, three in Yamada, two in Iwaizumi. We're pausing the live page here; a full report follows."""),
        ("Sat 15:20 JST", "JMA: stay alert for a week",
         """At an afternoon briefing, Junpei Sakuragi of the JMA's earthquake and tsunami observations division says a quake of similar strength is possible over roughly the next week, with the highest risk in the next two to three days. He urges people not to re-enter damaged homes."""),
        ("Sat 13:45 JST", "Shinkansen back",
         """Tohoku Shinkansen services between Sendai and Morioka resumed at 1:40 p.m."""),
        ("Sat 12:10 JST", "Power and water",
         """Power has been restored to most of the roughly 41,000 households that lost it, the regional utility says, but parts of Miyako and Iwaizumi are still dark. Water supply has been cut in some hillside districts of Yamada, and Self-Defense Forces trucks are delivering water."""),
        ("Sat 10:30 JST", "7 dead, 94 injured",
         """Updated figures from the prefecture: 7 dead and 94 injured. At least 25 homes destroyed, according to an early count. Evacuees peaked at about 6,240 across 14 municipalities earlier this morning."""),
        ("Sat 09:10 JST", "Tsunami advisory lifted",
         """The JMA lifted the tsunami advisory at 9:05 a.m. Highest observed wave: 40 cm at Kuji."""),
        ("Sat 07:35 JST", "Task force set up",
         """The prime minister's office has set up a task force. Self-Defense Forces units are heading to Miyako to help search collapsed houses. Nuclear plant operators in the region, including the Onagawa plant in Miyagi, report no abnormalities."""),
        ("Sat 06:40 JST", "USGS: M6.7",
         """The U.S. Geological Survey puts the magnitude at 6.7, at a depth of 35 km. The JMA has revised its own estimate to 6.9 from the preliminary 6.8, with a depth of about 40 km."""),
        ("Sat 06:10 JST", "First deaths reported",
         """Police say at least two people have died in Miyako, both found in a collapsed house. About 41,000 households are without power in Iwate. A magnitude 5.4 aftershock struck at 6:02 a.m."""),
        ("Sat 05:02 JST", "Upper 6 in Miyako",
         """The JMA says the strongest shaking, upper 6 on the Japanese scale, was recorded in Miyako. Upper 5 in Morioka, Yamada and Kamaishi."""),
        ("Sat 04:31 JST", "Strong quake hits off Iwate",
         """A strong earthquake struck at 4:17 a.m. local time (19:17 UTC Friday) off the Pacific coast of Iwate prefecture. The JMA's preliminary magnitude is 6.8, with the epicentre about 60 km east of Miyako. A tsunami advisory was issued at 4:20 a.m. for the Iwate coast, with waves of up to 1 metre possible."""),
    ]),
    date_mode="meta", when="2026-11-14T18:05:00+09:00",
    sidebar=("Recent quakes", (
        "Nov 2: M5.1, Chiba, intensity 4",
        "Oct 19: M4.8, Noto Peninsula",
        "Sep 30: M6.2, off Hualien, Taiwan",
    )),
    related=(("Live: Noto aftershock, October 2026", "live/2026-10-19-noto"),
             ("Japan's quake early warning: how it works", "explainers/eew")),
    section="Live",
)

eq_tv = article(
    NTK, "news/20261115/iwate-earthquake-toll",
    "Iwate earthquake: 11 confirmed dead, over 2,000 still in shelters",
    "Residents in Miyako clear debris as aftershocks continue.",
    "NTK World news team",
    paras("""
Eleven people have died and 186 have been injured after a strong earthquake off the coast of Iwate prefecture, according to the prefectural government. More than 2,000 people remained in evacuation shelters on Sunday.

The earthquake struck at 4:17 a.m. on Saturday, November 14. The Japan Meteorological Agency said it had a magnitude of 6.9 and that the epicentre was off the Pacific coast of Iwate at a depth of about 40 kilometres. The city of Miyako registered an intensity of lower 6 on the Japanese scale, while several other municipalities, including Morioka, recorded upper 5.

## Clearing up in Miyako

In Miyako, residents spent Sunday clearing fallen roof tiles and broken glass. Volunteers from neighbouring towns arrived with trucks to carry debris to temporary collection points.

"My parents' house, where I grew up, is gone. But my mother is alive, and that is what matters," said a woman in her 50s who had driven from Morioka.

According to the prefecture, 38 houses were completely destroyed and 342 were damaged. Officials say the number may rise as inspections continue.

##AD##

## Elderly victims

Most of those who died were aged 70 or older. Police said many were sleeping on the ground floor of old wooden houses that collapsed in the shaking. Experts have long warned that houses built before the 1981 revision of Japan's building code are especially vulnerable.

Junpei Sakuragi of the Meteorological Agency's earthquake and tsunami observations division urged residents to remain cautious. "There is a possibility of an earthquake of similar size for about one week. Please do not go back into damaged houses," he said.

A magnitude 5.4 aftershock occurred at 6:02 a.m. on Saturday.

## Tsunami advisory

A tsunami advisory was issued shortly after the quake for the coast of Iwate and was lifted at 9:05 a.m. A 40-centimetre wave was recorded at Kuji port.

## Support for evacuees

The prefecture said 2,180 people were still in shelters on Sunday morning, down from 6,240 at the peak. The central government has decided to apply the Disaster Relief Act to 14 municipalities, allowing the costs of shelters and temporary housing to be covered by the state.

The Japan Red Cross has sent medical teams to Miyako and Yamada, and the Self-Defense Forces are delivering water to areas where supplies were cut.

About 1,300 households remained without power late on Saturday, out of some 41,000 that lost electricity after the quake.
"""),
    date_mode="none",
    sidebar=("NTK World - latest", (
        "Heavy snow forecast for Hokkaido, up to 60 cm",
        "Japan's GDP shrinks at annualised 0.6% in July-September",
        "Sumo: Kyushu tournament opens in Fukuoka",
    )),
    related=(("Video: the moment the quake struck in Miyako", "video/20261114/miyako-quake-moment"),
             ("Earthquake preparedness checklist", "life/quake-checklist")),
    section="News",
)

EQ_AQ6 = {"id": "eq-AQ6", "part": "AQ", "domain": "earthquake", "fetched": "2026-11-24",
          "articles": [eq_wire, eq_paper, eq_live, eq_tv],
          "planted": [
              ("epicentre: off Iwate prefecture (Tohoku Daily Chronicle, Quake Desk Live, NTK World) vs off 'Aomori' (Northern Cable)",
               r"\biwate\b", r"\baomori\b"),
              ("time of the quake: 4:17 a.m. JST (Northern Cable, Quake Desk Live, NTK World) vs 4:47 a.m. (Tohoku Daily Chronicle)",
               r"\b4:17\b", r"\b4:47\b"),
              ("seismic intensity in Miyako: upper 6 (Northern Cable, Tohoku Daily Chronicle, Quake Desk Live) vs 'lower 6' (NTK World)",
               r"upper[- ]6|6[- ]upper|upper six|\b6\+", r"lower[- ]6|6[- ]lower|lower six"),
          ]}

STORIES = [CB_AQ1, EL_AQ2, CT_AQ3, TR_AQ4, RK_AQ5, EQ_AQ6]
