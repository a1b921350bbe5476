"""Story battery, part AO — Canada, events in 2026.

Written by engineer AO1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six invented events set in Canada (real institutions and places as scenery only; all
outlets, reporters, companies, candidates, most officials and every figure invented).
Three stories are controls with nothing planted; three carry exactly three planted
errors each, every one made by a single outlet while at least two others carry the
right value. Every story is loaded with legitimate variation that must NOT be reported.
Time zones: ET (EDT, UTC-4), CDT (UTC-5) for Winnipeg, ADT (UTC-3) for the Maritimes,
PST (UTC-8) for British Columbia after daylight time ended on 1 November 2026.

---------------------------------------------------------------------------------------
cb-AO1 — central bank — CONTROL — fetched 2026-04-24
  TRUE FACTS: Bank of Canada, Wednesday 15 April 2026, 9:45 a.m. ET (13:45 GMT): overnight
    rate cut 50 bp (half a percentage point) from 2.25% to 1.75%; Bank Rate 2.00%, deposit
    rate 1.70%. Governor Claudette Rousseau; Senior Deputy Governor Owen Kerrigan; press
    conference 10:30 a.m. ET. Previous decision 11 March (hold at 2.25%, level since
    October 2025); first half-point move since December 2024; cumulative 3.25 points since
    June 2024 (peak 5%). MPR: 2026 growth 0.6% (January forecast 1.1%), 2027 1.5%; CPI 2.1%
    in February, seen dipping to about 1.6% in Q3, back at 2% in 2027; Q4-2025 GDP -1.4%
    annualized; unemployment 7.6% in March. Big-bank prime 4.95% -> 4.45% effective
    Thursday 16 April. Northwind poll: 14 economists, nine expected 25 bp, five 50 bp.
    Loonie -0.4 US cent to 70.85 US cents; 2-year yield -9 bp to 2.02%. Next decision
    3 June; summary of deliberations 29 April.
  OUTLETS: Northwind Press Wire (wire, meta); The Ottawa Ledger (newspaper, line);
    MBN News (broadcaster explainer, jsonld); The Loonie Letter (newsletter, none —
    text says "Wednesday, April 15").
  PLANTED: none.
  LEGITIMATE TRAPS: 50 basis points / half a point / half a percentage point; "1.75%" vs
    "1.75 per cent"; 9:45 a.m. ET vs 13:45 GMT vs "Toronto time"; previous rate 2.25% and
    the old 5% peak; January vs April growth forecasts; Q3 inflation forecast 1.6% vs
    February 2.1% vs March consensus 1.9%; prime old/new; five-year yield 2.41% (MBN) vs
    two-year 2.02% (wire); economists' poll and swaps odds (60%); terminal-rate guesses
    1.5%; the "needs more support, and it needs it now" quote with a dash in one outlet;
    housing starts, GTA sales, Fed dates; sidebars with markets and other stories' figures.

el-AO2 — election — 3 PLANTED — fetched 2026-06-30
  TRUE FACTS: New Brunswick provincial by-election, Saint John Harbour, Monday 22 June 2026,
    polls 10 a.m.-8 p.m. ADT (7 p.m. ET). Danielle Arseneault-Kirby (PC) 3,847 = 46.2%;
    Marcus Oyelaran (Liberal) 2,951 = 35.4%; Priya Haldane (Green) 1,102 = 13.2%;
    Thomas Boudreau (NDP) 431 = 5.2%; valid 8,331; margin 896; turnout 42.6% of 19,640
    electors; 34 polling divisions; advance voting 13 and 15 June, 2,214 voters. Seat
    vacated by Liberal Gerald Whitcombe (resigned 31 March; 2024: 51.8% vs PC 33.9%,
    turnout 57.3%). House after: Liberals 30, PCs 17, Greens 2 of 49. Oyelaran concedes
    10:52 p.m.; results validated Thursday 25 June. Opposition Leader Colin MacAskill.
  OUTLETS: Atlantic Newswire (wire, jsonld); The Fundy Courier (newspaper, line "Tuesday,
    June 23, 2026"); Harbour One News (LIVE BLOG newest-first, ADT stamps, meta);
    MTN News (broadcaster, none — text says "Monday, June 22").
  PLANTED:
    1. loser's surname misspelt: right "Oyelaran", wrong "Oyelarin" — The Fundy Courier
       (repeated throughout).
    2. winner's vote count, digits swapped: right 3,847, wrong 3,874 — Atlantic Newswire.
    3. winner's vote share: right 46.2%, wrong 48.2% — MTN News.
  LEGITIMATE TRAPS: live-blog partial counts (88/71, 1,036/902, 2,511/1,998, 27-poll lead
    of 771, lead of 513); advance-poll count 2,214; 2024 result 51.8%/33.9% and turnout
    57.3%; "nearly 900 votes" / "nearly 18 points" / "16 points"; 8 p.m. ADT vs 7 p.m. in
    Ontario; Liberals won 31 seats in 2024 and hold 30; a Dieppe municipal by-election
    result the same night (1,274 to 1,019); the winner's and loser's remarks worded
    slightly differently by different outlets; PC internal poll "within five points";
    date line Tuesday (newspaper) vs Monday vote; sidebars.

ct-AO3 — court — CONTROL — fetched 2026-10-02
  TRUE FACTS: Supreme Court of Canada, R. v. Kessler, Friday 25 September 2026, released
    9:45 a.m. ET (8:45 a.m. Winnipeg time, CDT). 6-3: tower-dump production order
    overbroad, s. 8 breach, evidence excluded under s. 24(2), conviction set aside, new
    trial ordered. Majority Justice Miriam Desrosiers; dissent Justice Alan Pettigrew
    (for three). Jonah Kessler, 34, convicted 2023 of three armed pharmacy robberies in
    Winnipeg in early 2021, sentenced to seven years, now on parole. Order of April 2021:
    11 towers, three two-hour windows, 9,412 numbers. Manitoba Court of Appeal upheld 2-1
    in June 2024; SCC hearing 14 January 2026; 94-page decision; 11 intervenors. Defence
    Sarah Nakamura-Blythe; Crown Derek Olafson (Manitoba Prosecution Service).
  OUTLETS: Northwind Press Wire (wire, line); The Prairie Sentinel (Winnipeg newspaper,
    meta); Bench & Bar Weekly (legal newsletter, none — text says "Friday, September 25").
  PLANTED: none.
  LEGITIMATE TRAPS: 9:45 a.m. ET vs 8:45 a.m. Winnipeg; 6-3 vs the appeal court's 2-1 vs
    Bykovets 5-4 (2024); "more than 9,000" / "more than 9,400" / 9,412 vs the defence's
    "nearly ten thousand people"; RCMP's 46 orders in 2025 vs "several hundred more";
    hearing date vs ruling date vs 2021/2023/2024 dates; "Eleven parties" vs 11; the
    "fishing licence" and "chasing ghosts" remarks quoted in different forms; Spencer
    (2014); sidebars.

tr-AO4 — trade — 3 PLANTED — fetched 2026-07-27
  TRUE FACTS: Finance Minister Gordon Achterberg, Thursday 16 July 2026, at Bayfront Wire
    Ltd. in Hamilton, Ont.: tariff-rate quota on steel wire and wire products from
    countries without a free trade agreement; 412,000 tonnes a year (half of the 824,000
    tonnes imported from them in 2025), four quarterly tranches of 103,000 t; 25% surtax
    over quota; in force 1 August 2026; 30-day consultation (to 15 August); review after
    12 months; about C$140 million (US$102 million) in year one; those imports +38% in 2025;
    about 600 industry jobs lost since start of 2024. Lorne Baptiste, president, Canadian
    Wire Producers Association; Fiona Drummond-Saks, Canadian Residential Builders Council
    (6-9% price rise). Main sources China, Turkey, Egypt, India.
  OUTLETS: Dominion Wire Service (wire, meta); The Hamilton Forge (newspaper, jsonld);
    MBN News (broadcaster, line "Thursday, July 16, 2026"); Border & Tariff Brief
    (newsletter, none — text says "Thursday, July 16").
  PLANTED:
    1. effective date: right August 1 / Aug. 1, wrong September 1 — Dominion Wire Service.
    2. minister's office: right finance minister, wrong industry minister — The Hamilton
       Forge (twice).
    3. quota, digits swapped: right 412,000 tonnes, wrong 421,000 — MBN News.
  LEGITIMATE TRAPS: announced 16 July vs in force 1 August vs consultation close 15 August
    vs review August 2027; 412,000 a year vs 103,000 a quarter vs 824,000 in 2025; "half"
    vs "50 per cent"; C$140 million vs US$102 million vs "$140 million"; U.S. 50% steel
    tariff; 6% to 9% / six to nine per cent; plant's 230 staff, 85 layoffs and 30% price gap;
    "18 months" of lobbying vs "since early 2025"; quotes worded differently; sidebars.

rk-AO5 — rocket — CONTROL — fetched 2026-10-09
  TRUE FACTS: Tidewater Orbital Inc. (Halifax), suborbital Osprey-2, Saturday 3 October
    2026, lifted off 10:14 a.m. ADT (13:14 UTC, 9:14 a.m. ET) from a leased pad near Canso,
    N.S.; window opened 10 a.m. (to 1 p.m.); engine burn 96 s; apogee 118 km (about 73 mi),
    target 105 km; capsule splashdown 14 min 20 s after liftoff, about 62 km southeast of
    the pad, recovered by Cape Sable Provider shortly after noon (12:07 p.m.); four
    experiments, 31 kg; scrubs Tuesday 29 Sept (wind) and Thursday 1 Oct (valve sensor);
    Osprey-1 in November 2025 failed after 41 s at about 9 km. CEO Marisol Ferreira-Lund;
    flight director Andrew MacPhee; CSA $4.5 million; Transport Canada licence in August;
    orbital Gannet targeted late 2027; about 140 employees.
  OUTLETS: Atlantic Newswire (wire, line); The Chronicle Beacon (LIVE BLOG newest-first,
    ADT stamps, meta); Orbit North (newsletter, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: live blog's preliminary "about 115 kilometres" before the confirmed
    118 km; target 105 km; 100-km line; km vs miles; ADT vs UTC vs Toronto time; 96 seconds
    vs "just over a minute and a half"; Osprey-1's 41 s and 9 km; Gannet's 30 m and 250 kg;
    7.8 km/s; CSA call of $12 million; rival firms; a 300-second hot-fire elsewhere; the
    CEO's "been to space" remark worded two ways; sidebars.

eq-AO6 — earthquake — 3 PLANTED — fetched 2026-11-26
  TRUE FACTS: Tuesday 17 November 2026, 3:42 a.m. PST (11:42 UTC), offshore about 45 km
    southwest of Tofino, B.C., depth 22 km; magnitude 6.9 (Natural Resources Canada),
    7.0 (USGS, first 7.1). Tsunami warning 3:58 a.m. to 5:58 a.m. (two hours); 38 cm wave
    at the Tofino gauge. Two dead (man, 71, Port Alberni, chimney; woman, 54, rockslide on
    Highway 4 near Kennedy Hill); 37 injured, nine in hospital; 212 buildings damaged,
    19 unsafe; BC Hydro peak 48,000 customers; largest aftershock M5.2 at 7:18 a.m.;
    64 aftershocks by Wednesday evening; Highway 4 one lane from Thursday 19 November.
    Tofino Mayor Elise Tremblay-Watts; Emergency Management Minister Harjit Sandhu-Clarke.
  OUTLETS: Northwind Press Wire (wire, jsonld); The Island Tidings (newspaper, line
    "Wednesday, November 18, 2026"); Coast 104 News (LIVE BLOG newest-first, PST stamps,
    meta); Westcoast Dispatch (newsletter, none — text says "Tuesday, November 17").
  PLANTED:
    1. clock time of the quake: right 3:42 a.m., wrong 4:42 a.m. — The Island Tidings.
    2. place of the epicentre: right southwest of Tofino, wrong southwest of Port Hardy —
       Westcoast Dispatch.
    3. duration of the tsunami warning: right two hours, wrong three hours — Northwind
       Press Wire.
  LEGITIMATE TRAPS: magnitude 6.9 (NRCan) vs 7.0 / preliminary 7.1 (USGS); live-blog
    provisional tolls (one dead, 12 then 29 injured) before final two and 37; aftershock
    counts 41, 47, "more than 50", 64 at different times; 1142 GMT vs 3:42 a.m. PST;
    1946 quake (M7.3, two dead); Cascadia M9 and January 1700; power 48,000 peak vs
    17,000 still out; 5% odds of a larger quake; relief fund $186,000; ministers' and
    mayor's remarks on different occasions; sidebars.
---------------------------------------------------------------------------------------
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Canada", "Politics", "Business", "World", "Opinion", "Sports", "Video"]


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

NORTHWIND = ("Northwind Press Wire", "northwindpress.example")
LEDGER = ("The Ottawa Ledger", "ottawaledger.example")
MBN = ("MBN News", "mbnnews.example")
LOONIE = ("The Loonie Letter", "loonieletter.example")
ATLANTIC = ("Atlantic Newswire", "atlanticnewswire.example")
FUNDY = ("The Fundy Courier", "fundycourier.example")
HARBOUR1 = ("Harbour One News", "harbourone.example")
MTN = ("MTN News", "mtnnews.example")
PRAIRIE = ("The Prairie Sentinel", "prairiesentinel.example")
BENCH = ("Bench & Bar Weekly", "benchandbar.example")
DOMINION = ("Dominion Wire Service", "dominionwire.example")
FORGE = ("The Hamilton Forge", "hamiltonforge.example")
TARIFFBRIEF = ("Border & Tariff Brief", "tariffbrief.example")
BEACON = ("The Chronicle Beacon", "chroniclebeacon.example")
ORBIT = ("Orbit North", "orbitnorth.example")
TIDINGS = ("The Island Tidings", "islandtidings.example")
COAST104 = ("Coast 104 News", "coast104.example")
WESTCOAST = ("Westcoast Dispatch", "westcoastdispatch.example")


# ---------------------------------------------------------------------------
# cb-AO1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

CB_WIRE = article(
    NORTHWIND, "business/2026/04/15/bank-of-canada-cuts-rate-half-point",
    "Bank of Canada cuts key rate by half a point to 1.75% as economy shrinks",
    "Larger-than-expected move comes as the central bank slashes its growth forecast",
    "Nadia Ferreira-Holt",
    paras("""
OTTAWA (Northwind) — The Bank of Canada cut its benchmark overnight rate by 50 basis
points to 1.75% on Wednesday, a bigger move than most economists had expected, saying
the economy had slipped into contraction and needed more support quickly.

The cut, announced at 9:45 a.m. ET (1345 GMT), was the central bank's first since October
and its first half-point move since December 2024. The bank had left the rate at 2.25% at
its previous decision on March 11.

"With output falling and slack building across the economy, Governing Council judged
that a larger step was warranted at this decision," Governor Claudette Rousseau said in
the statement accompanying the decision.

Of 14 economists surveyed by Northwind last week, nine had forecast a quarter-point cut
and five had called for the larger reduction.

##AD##

In its quarterly Monetary Policy Report, released alongside the decision, the bank now
expects gross domestic product to grow 0.6% this year, down from the 1.1% it projected
in January, before picking up to 1.5% in 2027. Canada's economy shrank at an annualized
rate of 1.4% in the fourth quarter of 2025, and the jobless rate climbed to 7.6% in March.

Inflation has not stood in the bank's way. Annual consumer price inflation was 2.1% in
February, and the bank projects it will dip to about 1.6% in the third quarter as weaker
demand and softer energy prices feed through, before returning to the 2% target in 2027.

The Canadian dollar weakened after the announcement, slipping 0.4 U.S. cent to 70.85
U.S. cents, while the yield on the two-year Government of Canada bond fell 9 basis points
to 2.02%.

## Banks follow

Within an hour, Frontenac Bank and Cabot Trust said they would lower their prime lending
rates to 4.45% from 4.95%, effective Thursday. Other large lenders were expected to follow.

"This is the bank telling us it sees real damage in the pipeline," said Priya Vandermeer,
chief economist at Frontenac Bank, who had been among the minority forecasting a
half-point cut. "I would not rule out another quarter point in June."

The bank's next scheduled decision is on June 3. A summary of Governing Council's
deliberations on Wednesday's decision will be published on April 29.

Rousseau and Senior Deputy Governor Owen Kerrigan were due to hold a news conference at
10:30 a.m. ET.

The decision also lowers the Bank Rate to 2.00% and the deposit rate to 1.70%, the bank
said.

(Reporting by Nadia Ferreira-Holt; additional reporting by Ben Achterhof in Toronto;
editing by Graham Pike)
"""),
    date_mode="meta", when="2026-04-15T10:04:00-04:00",
    sidebar=("Markets at a glance", [
        "S&P/TSX composite: 27,412.55, up 0.9%",
        "Canadian dollar: 70.85 U.S. cents",
        "WTI crude: US$61.20 a barrel",
        "Gold: US$3,390 an ounce",
        "10-year Canada yield: 2.88%",
    ]),
    related=[
        ("Bank of Canada holds rate at 2.25%, flags tariff damage", "business/2026/03/11/boc-holds"),
        ("Canada's economy contracted 1.4% in fourth quarter", "business/2026/02/27/gdp-q4"),
        ("Jobless rate climbs to 7.6% as manufacturers cut staff", "business/2026/04/10/jobs-march"),
    ],
    section="Business",
)

CB_LEDGER = article(
    LEDGER, "business/bank-of-canada-goes-big-half-point-cut",
    "Bank of Canada goes big with half-point cut as recession fears mount",
    "Governor Claudette Rousseau says the economy 'needs more support, and it needs it now' as the policy rate falls to 1.75 per cent",
    "By Martin Szabo, Economics Reporter",
    paras("""
For the first time in well over a year, the Bank of Canada reached for the bigger lever.

The central bank lowered its policy interest rate by half a percentage point on Wednesday,
taking it to 1.75 per cent, and its governor left little doubt that the decision was
driven by a darkening picture of the economy rather than by any victory over inflation.

"The economy needs more support, and it needs it now," Governor Claudette Rousseau told
reporters at the bank's headquarters on Wellington Street, about 45 minutes after the
decision was released. "We looked at a quarter-point move. We concluded it would not
have been enough."

The cut is the bank's largest since December 2024, when it also moved by 50 basis points,
and brings the total reduction since the easing cycle began in June 2024 to 3.25
percentage points. At the peak, the rate stood at 5 per cent.

##AD##

## A shrinking economy

The numbers that forced the bank's hand have been piling up since the winter. Statistics
Canada reported in late February that real gross domestic product shrank at an annualized
pace of 1.4 per cent in the final three months of 2025. Employers shed jobs in two of the
first three months of this year, and the unemployment rate reached 7.6 per cent in March.

In the Monetary Policy Report published with Wednesday's decision, the bank cut its
forecast for growth this year to 0.6 per cent, from 1.1 per cent in January. It sees the
economy expanding 1.5 per cent in 2027, assuming trade tensions with the United States
do not intensify.

Senior Deputy Governor Owen Kerrigan said the outlook was unusually sensitive to what
happens at the border. "If the tariffs on our exports come down, the picture brightens
quickly," he said. "If they stay or rise, we have more work to do."

## Inflation out of the way

Inflation, the bank's legal target, is not a constraint for now. Consumer prices rose 2.1
per cent in the year to February, and the bank expects the rate to dip to around 1.6 per
cent in the third quarter as weak demand cools price pressures.

Hamish Ogilvie, a senior economist at Cabot Trust, said the bank had been right not to
wait for the June meeting. "When the central bank is cutting its growth forecast by almost
half in one quarter, a quarter-point cut looks timid," he said. Ogilvie expects the rate
to bottom out at 1.5 per cent by the summer.

Not everyone was convinced. Some economists had warned that a large move risked looking
like panic, and most private-sector forecasters had expected the bank to move by only a
quarter point.

##AD##

For households, the relief is immediate for some and delayed for others. Canada's big
lenders moved quickly to cut their prime rates to 4.45 per cent from 4.95 per cent,
effective Thursday, lowering payments on variable-rate mortgages and lines of credit.
Homeowners on fixed-rate loans will feel little until they renew.

Rousseau would not commit to further cuts, saying the bank was "not on a pre-set path."
The next rate announcement is scheduled for June 3.
"""),
    date_mode="line", date_line="Wednesday, April 15, 2026",
    sidebar=("Most read", [
        "Light-rail line shut for 11 days after switch failure",
        "Council approves 3.9% property tax increase for 2027",
        "Senators blow 3-1 lead, fall 4-3 in overtime",
        "Ottawa rents fall for sixth straight month",
    ]),
    related=[
        ("What a lower prime rate means for your mortgage", "business/prime-rate-mortgage-explainer"),
        ("Opinion: The bank is right to move fast", "opinion/bank-right-to-move-fast"),
        ("March 11: Bank of Canada holds at 2.25% as tariffs bite", "business/boc-holds-march"),
    ],
    section="Business",
)

CB_MBN = article(
    MBN, "business/bank-of-canada-rate-cut-what-it-means-1.7214490",
    "Bank of Canada cuts rate to 1.75%: what it means for your mortgage",
    "The half-point cut was bigger than many expected. Here's what changed and who benefits",
    "Alisha Mercer-Dunn, MBN News",
    paras("""
The Bank of Canada delivered a bigger-than-expected interest rate cut Wednesday morning,
lowering its key rate by 50 basis points as the economy shows signs of shrinking. Here's
a look at what happened and what it could mean for you.

## What did the bank do?

At its scheduled announcement at 9:45 a.m. Eastern, the bank lowered its target for the
overnight rate from 2.25 per cent to 1.75 per cent. The overnight rate is what big banks
charge each other for one-day loans, and it influences the rates Canadians pay on
mortgages, car loans and lines of credit.

It's the first change since October, when the bank trimmed the rate by a quarter point
to 2.25 per cent. The bank held steady in December, January and March.

## Why such a big cut?

Governor Claudette Rousseau pointed to an economy that went into reverse at the end of
last year and has not recovered. Output fell at an annualized rate of 1.4 per cent in the
fourth quarter, unemployment has climbed to 7.6 per cent and the bank now expects growth
of only 0.6 per cent for all of 2026.

"The economy needs more support — and it needs it now," Rousseau said at a news conference
in Ottawa.

She said U.S. tariffs on Canadian steel, aluminum, autos and lumber were weighing heavily
on exporters, and that business investment intentions had fallen to their weakest level
since 2020.

##AD##

## What does it mean for my mortgage?

If you have a variable-rate mortgage, probably good news soon. Several of the country's
biggest lenders, including Frontenac Bank and Cabot Trust, announced they would cut their
prime rates by half a point to 4.45 per cent starting Thursday.

For a homeowner with a $500,000 variable-rate mortgage amortized over 25 years, a
half-point cut works out to a saving of roughly $130 a month, depending on the lender
and the terms.

Fixed-rate mortgages are tied more closely to bond yields, which had already been falling
in anticipation of cuts. The yield on the five-year Government of Canada bond was at 2.41
per cent late Wednesday morning.

## What about savers?

Rates on high-interest savings accounts and GICs are likely to drift lower. "If you were
thinking about locking in a GIC, the best rates are probably behind us," said Toronto
financial planner Deepa Raghunathan.

## Is inflation a worry?

Not at the moment, according to the bank. Inflation was 2.1 per cent in February, close
to the bank's 2 per cent target, and the central bank expects it to ease further over the
summer before settling back at target next year.

## What's next?

Rousseau said the bank is "not on a pre-set path" and will make decisions "one meeting at
a time." The next announcement is June 3. Some economists, including Frontenac Bank's
Priya Vandermeer, think one more quarter-point cut is likely before the summer is out;
others say the bank may want to wait and see how the economy responds to this one.
"""),
    date_mode="jsonld", when="2026-04-15T15:05:00Z",
    sidebar=("Latest from MBN News", [
        "Ontario to cap auto insurance increases at 5% for 2027",
        "Air passenger complaints backlog tops 80,000",
        "Prairie wildfire season forecast: drier than normal",
        "Maple Leafs clinch playoff spot with 5-2 win",
    ]),
    related=[
        ("Should you lock in your variable mortgage now?", "business/lock-in-variable-mortgage-1.7214611"),
        ("Canada's jobless rate hits 7.6%", "business/jobs-report-march-1.7209905"),
    ],
    section="Business",
)

CB_LOONIE = article(
    LOONIE, "issues/212-after-the-big-cut",
    "The Loonie Letter: After the big cut, how low can the bank go?",
    "Issue 212 · This week: the Bank of Canada's surprise-sized move, the swaps market, housing, and the data calendar",
    "Written by Theo Castellane",
    paras("""
Good morning. If you had "50 basis points" on your April bingo card, congratulations —
you were in the minority.

The Bank of Canada lowered its policy rate by half a point on Wednesday, April 15, taking
the overnight target to 1.75 per cent from 2.25 per cent. The move landed at 9:45 a.m.
Toronto time (13:45 GMT, for our readers in London) and the loonie took the news about
the way you'd expect, giving up close to half a U.S. cent in the first hour.

## The reasoning

Governor Claudette Rousseau's message was blunt. The bank's statement said a larger step
was warranted "with output falling and slack building," and at the press conference she
went further: "The economy needs more support, and it needs it now." That is not the
language of a central bank planning a long pause.

The new Monetary Policy Report tells you why. The bank has slashed its 2026 growth call
to 0.6 per cent from 1.1 per cent three months ago, and its projection has inflation
sliding to about 1.6 per cent in the third quarter. With a jobless rate of 7.6 per cent,
there isn't a lot for the hawks to hang on to.

## What markets think

By Thursday's close, overnight index swaps implied roughly a 60 per cent chance of another
quarter-point cut on June 3, and a low point somewhere near 1.5 per cent. Our take: the
bank has front-loaded. A June cut is likelier than not, but we would not bet the cottage
on anything below 1.5 per cent without a further shock from Washington.

##AD##

## The mortgage angle

Prime at the big lenders drops to 4.45 per cent from 4.95 per cent as of Thursday,
April 16. Variable-rate borrowers win this round. For the roughly 1.2 million fixed-rate
mortgages coming up for renewal this year, many of them signed at rock-bottom pandemic
rates, the shock is smaller than it would have been a year ago, but it is still real.

Ottawa broker Renée Tshibanda told us her phones "lit up before 10 a.m." on Wednesday.
"People on variable want to know whether to lock in. My honest answer is: not yet."

## Elsewhere this week

Housing starts ran at an annualized 231,400 units in March, down from 248,900 in
February, according to CMHC.

Existing home sales in the Greater Toronto Area fell 6 per cent from a year earlier.

The U.S. Federal Reserve meets April 28–29; futures point to no change.

## Coming up

March CPI lands Tuesday, April 21. The consensus is 1.9 per cent year over year, down from
2.1 per cent in February. The bank's summary of deliberations for this week's decision is
due April 29 — we'll be reading it for any hint that Governing Council seriously debated
going by a quarter point instead.

That's it for this week. Reply to this e-mail with your questions; we answer the best ones
in next Friday's issue.
"""),
    date_mode="none",
    sidebar=("From the archive", [
        "Issue 211: Why the March hold was closer than it looked",
        "Issue 209: Ten charts on the 2026 mortgage renewal wave",
        "Issue 204: The loonie below 70 cents — again?",
    ]),
    related=[
        ("Issue 211: The March hold", "issues/211-the-march-hold"),
        ("Subscribe to The Loonie Letter", "subscribe"),
    ],
    section="Newsletter",
)

CB_AO1 = {
    "id": "cb-AO1", "part": "AO", "domain": "central bank", "fetched": "2026-04-24",
    "articles": [CB_WIRE, CB_LEDGER, CB_MBN, CB_LOONIE],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AO2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

EL_WIRE = article(
    ATLANTIC, "politics/2026/06/22/saint-john-harbour-by-election-result",
    "PCs take Saint John Harbour from Liberals in New Brunswick by-election",
    "Progressive Conservative Danielle Arseneault-Kirby wins a seat the governing Liberals took in the 2024 general election",
    "Paul Doiron-Mackay",
    paras("""
SAINT JOHN, N.B. (Atlantic Newswire) — Progressive Conservative Danielle Arseneault-Kirby
won the provincial by-election in Saint John Harbour on Monday, taking the seat from the
governing Liberals in the government's first electoral test since its 2024 victory.

With all 34 polling divisions reporting, along with advance and special ballots,
Arseneault-Kirby took 3,874 votes, or 46.2 per cent, according to unofficial results
posted by Elections New Brunswick. Liberal candidate Marcus Oyelaran, a former city
councillor, finished second with 2,951 votes, or 35.4 per cent.

Green Priya Haldane received 1,102 votes and New Democrat Thomas Boudreau 431.

Turnout was 42.6 per cent of the 19,640 electors on the list, well below the 57.3 per cent
recorded in the riding in the October 2024 general election.

##AD##

The seat became vacant when Liberal Gerald Whitcombe resigned on March 31 to take a job
in the private sector. Whitcombe won the riding in 2024 with 51.8 per cent of the vote.

"Saint John Harbour sent a message tonight," Arseneault-Kirby told supporters at a rented
hall on Prince William Street. "People want the cost of living dealt with, not talked
about."

Oyelaran conceded shortly before 11 p.m. "We came up short, and I own that," he said.

Housing costs and emergency-room waits at the Saint John Regional Hospital dominated the
campaign. Oyelaran had promised to push for a provincial cap on rent increases, while
Arseneault-Kirby, a pharmacist making her first run for office, campaigned mainly on
health care.

The result does not threaten the Liberal majority. The party now holds 30 of the
legislature's 49 seats, the Progressive Conservatives 17 and the Greens two.

Opposition Leader Colin MacAskill, who campaigned in the riding several times, called the
win "the first crack in a government that stopped listening."

The Liberals' campaign co-chair, Ruth Anne Grady, said the party would "listen carefully"
to voters. "By-elections are a chance for people to send a message, and they did," she
said.

Polls closed at 8 p.m. Atlantic time. Elections New Brunswick said the results would be
validated by the returning officer on Thursday, June 25, after which Arseneault-Kirby can be
sworn in. The legislature is not scheduled to sit again until the fall.
"""),
    date_mode="jsonld", when="2026-06-22T23:58:00-03:00",
    sidebar=("Top stories", [
        "Nova Scotia ferry service cancelled for 3 days after engine fault",
        "P.E.I. potato farmers expect 8% smaller crop after dry spring",
        "Halifax council approves 1,200-unit housing plan",
    ]),
    related=[
        ("Saint John Harbour by-election: meet the four candidates", "politics/2026/06/10/saint-john-harbour-candidates"),
        ("Whitcombe resigns seat to take private-sector job", "politics/2026/03/31/whitcombe-resigns"),
    ],
    section="Politics",
)

EL_COURIER = article(
    FUNDY, "news/politics/harbour-turns-blue-arseneault-kirby-wins",
    "Harbour turns blue: Arseneault-Kirby wins by-election by nearly 900 votes",
    "The Tory candidate's win in Saint John Harbour is the first seat the Liberals have lost since taking power",
    "By Colleen Ashworth and Kwame Osei-Bonsu, Staff Reporters",
    paras("""
It took a little over an hour and a half after the polls closed for the cheering to start
in the back room of the Prince William Street hall where Danielle Arseneault-Kirby's
volunteers had gathered.

By the time the last of the 34 polling divisions reported, the Progressive Conservative
candidate had 3,847 votes, 896 more than Liberal Marcus Oyelarin, and Saint John Harbour
had a new MLA.

"I knocked on doors on every street in this riding, some of them three times,"
Arseneault-Kirby, a 41-year-old pharmacist and mother of two, said after taking the stage
shortly after 11 p.m. "What I heard was simple: people are tired of waiting. Waiting for
a doctor, waiting for housing, waiting for somebody in Fredericton to notice."

Arseneault-Kirby won 46.2 per cent of the votes cast, to 35.4 per cent for Oyelarin, 13.2
per cent for Green candidate Priya Haldane and 5.2 per cent for the NDP's Thomas Boudreau,
according to unofficial results from Elections New Brunswick.

##AD##

## A seat the Liberals expected to hold

The riding had been held by Liberal Gerald Whitcombe, who won it comfortably in the
October 2024 general election before resigning at the end of March for a job outside
politics. Liberal organizers privately described the seat as safe as recently as May.

Oyelarin, a former city councillor first elected to council in 2016, conceded before 11
p.m. in a short speech at the Liberal campaign office on Union Street.

"We came up short tonight, and I own that," he told about 60 supporters. "But I'm not going
anywhere, and neither are the issues we ran on."

The campaign's central issue was the cost of housing in the city's uptown and north end,
where rents have climbed sharply in the past three years. Oyelarin had campaigned on a
promise to push for a provincial rent cap; Arseneault-Kirby focused on emergency-room wait
times at the Saint John Regional Hospital and on the province's property tax system.

## Low turnout

Fewer than half of eligible voters cast ballots. Turnout was 42.6 per cent, down sharply
from the 2024 general election, when 57.3 per cent of the riding's electors voted. Advance
voting on June 13 and 15 drew 2,214 voters.

Political scientist Aurélie Comeau of the University of New Brunswick Saint John said
by-election turnout is almost always lower, but the swing was hard to dismiss. "The
Liberals lost something like 16 points of vote share here, and that is not only about who
stayed home," she said.

The Greens, who had hoped Haldane's profile as a tenant organizer would push them past 15
per cent, finished a distant third.

## What changes in Fredericton

Arithmetically, not much. The Liberals keep a majority with 30 of 49 seats; the
Progressive Conservatives rise to 17 and the Greens hold two. But Opposition Leader Colin
MacAskill wasted no time framing the result as a verdict on the government.

"This is the first crack," he said in a statement. "A government that stops listening
gets told."

The result will be validated by the returning officer on Thursday, after which
Arseneault-Kirby is expected to be sworn in before the legislature resumes in the fall.
"""),
    date_mode="line", date_line="Tuesday, June 23, 2026",
    sidebar=("Most read", [
        "Reversing Falls bridge to close for 6 weeks of repairs",
        "Sea Dogs pick up 19-year-old defenceman in trade",
        "Uptown parking rates rise 25 cents an hour July 1",
        "Obituary: longtime harbour pilot dies at 88",
    ]),
    related=[
        ("Editorial: A message from the Harbour", "opinion/editorial-message-from-the-harbour"),
        ("Dieppe elects new Ward 2 councillor", "news/dieppe-ward-2-by-election"),
    ],
    section="Politics",
)

EL_LIVE = article(
    HARBOUR1, "live/saint-john-harbour-by-election-results",
    "LIVE: Saint John Harbour by-election results",
    "Follow results as they come in from all 34 polling divisions. All times Atlantic.",
    "Harbour One News team",
    paras("""
Voters in Saint John Harbour went to the polls Monday to choose a replacement for former
Liberal MLA Gerald Whitcombe. Polls were open from 10 a.m. to 8 p.m. ADT. Newest updates
are at the top; refresh the page for the latest.
""") + "\n" + updates([
        ("11:24 p.m. ADT", "That's a wrap", """
Thanks for following along. Final unofficial margin: 896 votes. Elections New Brunswick
says the returning officer will validate the results on Thursday, June 25. Full coverage
on Harbour One News at 6 tomorrow morning.
"""),
        ("11:08 p.m. ADT", "Arseneault-Kirby: 'People want the cost of living dealt with'", """
The winner took the stage on Prince William Street to chants of her first name. "Saint
John Harbour sent a message tonight. People want the cost of living dealt with, not just
talked about," she said. She thanked Oyelaran for what she called a clean, decent campaign.
"""),
        ("10:52 p.m. ADT", "Oyelaran concedes", """
Liberal Marcus Oyelaran has conceded at his Union Street campaign office. "We came up
short, and I own that," he told supporters, adding that he had called Arseneault-Kirby to
congratulate her.
"""),
        ("10:26 p.m. ADT", "All polls in", """
All 34 polling divisions have now reported, along with advance and special ballots.
Unofficial totals: Arseneault-Kirby (PC) 3,847, or 46.2%; Oyelaran (Lib) 2,951, or 35.4%;
Haldane (Grn) 1,102, or 13.2%; Boudreau (NDP) 431, or 5.2%. Turnout: 42.6% of 19,640
registered electors.
"""),
        ("10:05 p.m. ADT", "Meanwhile in Dieppe", """
In the Dieppe municipal by-election, Yvon LeBlanc-Gallant wins the Ward 2 council seat
with 1,274 votes to 1,019 for Chantal Robichaud, according to the city clerk.
"""),
        ("9:41 p.m. ADT", "Harbour One projects PC win", """
Based on the results so far, Harbour One News projects that Progressive Conservative
Danielle Arseneault-Kirby will win Saint John Harbour. With 27 of 34 polls and the advance
vote counted, she leads by 771 votes.
"""),
        ("9:18 p.m. ADT", "Advance ballots counted", """
The advance vote — 2,214 ballots cast on June 13 and 15 — has been added. With 20 of 34
polls also in: Arseneault-Kirby 2,511, Oyelaran 1,998, Haldane 701, Boudreau 287. The PC
lead is now 513.
"""),
        ("8:47 p.m. ADT", "PC lead grows", """
With 9 of 34 polls reporting: Arseneault-Kirby 1,036, Oyelaran 902, Haldane 318,
Boudreau 122.
"""),
        ("8:22 p.m. ADT", "First poll in", """
The first polling division, at a north-end school gym, has reported: Arseneault-Kirby 88,
Oyelaran 71, Haldane 25, Boudreau 9. Early days.
"""),
        ("8:00 p.m. ADT", "Polls closed", """
Polls are now closed in Saint John Harbour (it's 7 p.m. in Ontario and Quebec). Elections
New Brunswick will post results poll by poll on its website. For context: in the October
2024 general election, Liberal Gerald Whitcombe won here with 51.8% of the vote to 33.9%
for the PC candidate, on turnout of 57.3%.
"""),
        ("6:45 p.m. ADT", "What to watch", """
Four candidates are on the ballot: PC Danielle Arseneault-Kirby, Liberal Marcus Oyelaran,
Green Priya Haldane and New Democrat Thomas Boudreau. The Liberals won 31 of 49 seats in
2024 and hold 30 with this one vacant, so the government's majority is not at stake. Also
tonight: voters in Dieppe are choosing a city councillor in a municipal by-election, and
we'll bring you that result too.
"""),
    ]),
    date_mode="meta", when="2026-06-22T18:45:00-03:00",
    sidebar=("Also on Harbour One", [
        "Saint John water rates to rise 4.5% in 2027",
        "Fog delays 4 cruise ship arrivals this week",
        "Fundy trail closed after 2 hikers rescued",
    ]),
    related=[
        ("Candidates' debate: rent cap and ER waits", "news/saint-john-harbour-debate"),
        ("Why Whitcombe quit", "news/whitcombe-explains-resignation"),
    ],
    section="Live",
)

EL_MTN = article(
    MTN, "news/new-brunswick/liberals-lose-saint-john-harbour",
    "Liberals lose Saint John Harbour as PC candidate wins by-election",
    "Danielle Arseneault-Kirby's win is a warning shot for the government, analysts say",
    "Jordan Thibodeau · MTN News",
    paras("""
New Brunswick's governing Liberals lost a seat they had won easily less than two years
ago, as Progressive Conservative Danielle Arseneault-Kirby captured the Saint John Harbour
by-election on Monday, June 22.

Arseneault-Kirby, a community pharmacist making her first run for office, finished with
3,847 votes — 48.2 per cent of the valid ballots — according to unofficial results released
by Elections New Brunswick after all polls had reported.

Liberal Marcus Oyelaran, a former Saint John city councillor, was second with 2,951 votes.
Green Priya Haldane placed third and New Democrat Thomas Boudreau fourth.

The margin of 896 votes was wider than either campaign had predicted. Internal PC polling
circulated to reporters last week suggested a race within five points; the Liberals had
told supporters they expected to hold the riding.

##AD##

"I think people were just ready for something different," said Shauna Keirstead, who voted
at a church hall in the north end on Monday afternoon. "My rent went up $300 this year.
Nobody could tell me why."

## 'A warning shot'

The seat was vacated in March when Liberal MLA Gerald Whitcombe stepped down. Whitcombe had
won it by nearly 18 points in 2024.

"By-elections are where voters feel safe sending a message," said Mount Allison University
political scientist Geoffrey Labelle. "But a swing of this size in a city seat is a
warning shot the premier's office will take seriously."

In a brief statement Monday night, the premier congratulated Arseneault-Kirby and said the
government had "heard the concerns of Saint John residents loud and clear."

Opposition Leader Colin MacAskill, who joined Arseneault-Kirby on stage, said the result
showed his party was "back in the cities." The PCs now hold 17 seats, the Liberals 30 and
the Greens two in the 49-seat legislature.

## Turnout down

Only 42.6 per cent of eligible voters cast ballots, compared with 57.3 per cent in the
riding at the 2024 general election. Elections New Brunswick said 2,214 people voted at
the advance polls.

Oyelaran, speaking to supporters at his campaign office, said he had no regrets. "We came
up short and I own that. I'd run the same campaign again tomorrow."

Arseneault-Kirby told MTN News she would focus first on the hospital. "The emergency
department at the Regional is the number one thing I heard about at the doors," she said.

The results are to be validated on Thursday. Arseneault-Kirby will be sworn in on a date
to be set by the clerk of the legislature.
"""),
    date_mode="none",
    sidebar=("Trending", [
        "Moncton shelter adds 40 beds ahead of winter",
        "Lobster landings down 12% in spring season",
        "Fredericton's new bus routes start Sept. 8",
    ]),
    related=[
        ("Video: Arseneault-Kirby's victory speech", "video/arseneault-kirby-victory-speech"),
        ("Analysis: What the Harbour result tells the Liberals", "news/analysis-harbour-result"),
    ],
    section="New Brunswick",
)

EL_AO2 = {
    "id": "el-AO2", "part": "AO", "domain": "election", "fetched": "2026-06-30",
    "articles": [EL_WIRE, EL_COURIER, EL_LIVE, EL_MTN],
    "planted": [
        ("Liberal runner-up's surname: Oyelaran, misspelt Oyelarin by The Fundy Courier",
         r"\boyelaran\b", r"\boyelarin\b"),
        ("Winner's vote total: 3,847, given as 3,874 (digits swapped) by Atlantic Newswire",
         r"\b3,?847\b", r"\b3,?874\b"),
        ("Winner's vote share: 46.2%, given as 48.2% by MTN News",
         r"\b46\.2\b", r"\b48\.2\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AO3 — court (CONTROL)
# ---------------------------------------------------------------------------

CT_WIRE = article(
    NORTHWIND, "world/2026/09/25/supreme-court-tower-dump-ruling",
    "Supreme Court of Canada limits police 'tower dumps', orders new trial in Winnipeg robbery case",
    "Court rules 6-3 that an order sweeping up records of more than 9,000 phones breached the Charter",
    "Rahul Bhattacharjee",
    paras("""
OTTAWA (Northwind) — Canada's top court ruled on Friday that police violated the Charter of
Rights and Freedoms when they obtained the cellphone records of more than 9,000 people
while hunting for a pharmacy robber in Winnipeg, and ordered a new trial for the man
convicted in the case.

In a 6-3 decision, the Supreme Court of Canada said the production order, which compelled
wireless carriers to hand over a so-called "tower dump" of every phone connected to 11
cell towers near three robbed pharmacies, was far broader than the investigation
justified and amounted to an unreasonable search under Section 8 of the Charter.

"A tower dump is not a fishing licence," Justice Miriam Desrosiers wrote for the
majority. "Judges who authorize them must insist on a tight fit between what police seek
and what they need."

The majority excluded the phone evidence and set aside the conviction of Jonah Kessler,
now 34, who was found guilty in 2023 of three armed robberies committed in early 2021 and
sentenced to seven years in prison. It sent the case back for a new trial rather than
entering an acquittal, noting that the Crown had other evidence, including surveillance
video.

##AD##

Writing for the three dissenting judges, Justice Alan Pettigrew said the order had been
approved by a judge and carried out in good faith, and that excluding the evidence would
"leave investigators chasing ghosts in cases where a phone is the only witness."

The records obtained in April 2021 covered 9,412 phone numbers during three two-hour
windows around the times of the robberies, according to the ruling. Police then
cross-referenced the lists to find numbers that appeared near all three pharmacies.

The Manitoba Court of Appeal had upheld Kessler's conviction in a 2-1 ruling in June 2024.
The Supreme Court heard the appeal on Jan. 14.

Kessler's lawyer, Sarah Nakamura-Blythe, called the decision "a good day for the privacy
of everyone who carries a phone." The Manitoba Prosecution Service said it was reviewing
the ruling and had not decided whether to retry Kessler, who has been on parole since
last year.

The court set out guidance for future orders, saying judges should limit the time windows
and the number of towers, require police to explain why less intrusive methods would not
work, and direct that data about people unconnected to the investigation be destroyed.

The ruling was released at 9:45 a.m. ET.

(Reporting by Rahul Bhattacharjee; editing by Graham Pike)
"""),
    date_mode="line", date_line="Friday, September 25, 2026",
    sidebar=("Most read", [
        "Canada's wildfire season ends with 5.1 million hectares burned",
        "Ottawa to spend $3.4 billion on new coast guard ships",
        "Quebec court strikes down 2 provisions of language law",
        "Loonie rises to 73.2 U.S. cents on oil rally",
    ]),
    related=[
        ("2024: Supreme Court says IP addresses are private", "world/2024/03/01/supreme-court-ip-address"),
        ("Police use of phone data under scrutiny", "world/2026/01/14/supreme-court-hears-tower-dump-case"),
    ],
    section="Canada",
)

CT_SENTINEL = article(
    PRAIRIE, "local/crime-courts/supreme-court-tower-dump-kessler-new-trial",
    "Top court tosses conviction in Winnipeg pharmacy robberies over 'tower dump'",
    "Supreme Court says police swept up too much when they collected the phone records of thousands of Winnipeggers; a new trial is ordered",
    "By Lindsay Friesen, Justice Reporter",
    paras("""
The phones of more than 9,400 people who happened to be near three Winnipeg pharmacies on
the wrong days in 2021 have ended up at the centre of a landmark Supreme Court of Canada
decision.

In a ruling released at 8:45 a.m. Winnipeg time on Friday, the court threw out the
conviction of Jonah Kessler for a string of armed pharmacy robberies and ordered a new
trial, finding that the Winnipeg Police Service's use of a "tower dump" had violated the
Charter's protection against unreasonable search and seizure.

The vote was 6-3.

Kessler was convicted in 2023 of robbing pharmacies on Pembina Highway, Portage Avenue and
Main Street between February and March 2021, in two cases brandishing what witnesses
described as a handgun. He was sentenced to seven years.

##AD##

## How the tower dump worked

Investigators had little to go on until they obtained a production order requiring three
wireless carriers to hand over records of every device that connected to 11 towers near
the pharmacies during two-hour windows around each robbery. The data covered 9,412 phone
numbers. One of them, police said, was the only number to appear near all three stores.

Justice Miriam Desrosiers, writing for the majority, said there was nothing wrong in
principle with tower dumps, but that this one was drawn far too wide. "The officers asked
for what was convenient, not for what was necessary," she wrote.

Justice Alan Pettigrew, joined by two colleagues, disagreed. He wrote that the issuing
judge had carefully considered the request and that police had no other practical way to
identify a suspect.

## Reaction

Sarah Nakamura-Blythe, Kessler's lawyer, spoke to reporters outside the court in Ottawa.
"This is a good day for the privacy of every person who carries a phone in this country,"
she said. "Nearly ten thousand people had their movements handed to police, and not one of
them was ever told."

Crown attorney Derek Olafson, who argued the appeal, said the Manitoba Prosecution Service
would take time to study the 94-page decision. "We respect the court's ruling and will
decide on next steps in the coming weeks," he said.

A spokesperson for the Winnipeg Police Service said the force had already changed its
practices after the Manitoba Court of Appeal's 2024 decision, which upheld the conviction
but drew a sharp dissent about the breadth of the order. "We now seek narrower windows and
fewer towers as a matter of routine," said Const. Mireille Dufort.

The Canadian Civil Liberties Association, one of 11 intervenors, said the ruling should
prompt a wider look at how often such orders are sought. The RCMP told a House of Commons
committee this spring that it had obtained 46 tower-dump orders in 2025; the association
says provincial and municipal forces obtain several hundred more each year, but that no
one keeps count.

Kessler, who is on parole, did not comment. His mother, reached by phone in Transcona,
said the family was "relieved and tired."
"""),
    date_mode="meta", when="2026-09-25T13:05:00-05:00",
    sidebar=("Trending in Winnipeg", [
        "Bombers clinch home playoff game with 31-24 win",
        "City to add 14 new snow-clearing contractors",
        "Transit fares frozen at $3.35 for 2027",
    ]),
    related=[
        ("2024: Appeal court upholds robbery conviction in split ruling", "local/crime-courts/appeal-court-kessler-2024"),
        ("Explainer: What is a tower dump?", "local/crime-courts/explainer-tower-dump"),
    ],
    section="Crime & Courts",
)

CT_BENCH = article(
    BENCH, "analysis/r-v-kessler-tower-dump-guardrails",
    "R. v. Kessler: what the Supreme Court's tower-dump ruling asks of issuing judges",
    "A 6–3 majority sets out guardrails for production orders that cover thousands of strangers. Our analysis",
    "By Geneviève Harcourt-Lamb, contributing editor",
    paras("""
The Supreme Court of Canada's decision in R. v. Kessler, released on Friday, September 25,
will be read for years by the judges and justices of the peace who sign production orders
— and by the police officers who draft them.

The facts are simple enough. Investigating three armed pharmacy robberies in Winnipeg in
the winter of 2021, police obtained a production order under the Criminal Code requiring
carriers to disclose records for every device connected to 11 cell towers during three
two-hour windows. The order netted data for 9,412 numbers. Cross-referencing produced one
number, which led police to Jonah Kessler. He was convicted in 2023, and the Manitoba
Court of Appeal, by a 2–1 majority, upheld the conviction in 2024.

Six judges of the Supreme Court disagreed. Writing for the majority, Justice Miriam
Desrosiers held that the order was overbroad and that the search was therefore
unreasonable under s. 8 of the Charter. She excluded the evidence under s. 24(2) and
ordered a new trial.

##AD##

## The guardrails

The most practical part of the judgment is a list of factors that the majority says
issuing judges should weigh. In summary:

1. Time windows should be as short as the investigation permits, justified minute by
minute where possible.

2. The number of towers should be tied to the geography of the offence, not to what the
carrier finds convenient to produce.

3. Police should explain why less intrusive techniques — canvassing, video, targeted
orders — are inadequate.

4. The order should provide for the destruction of data about people who are not suspects,
with a report back to the court.

"A tower dump is not a fishing licence," the majority wrote, in a line that will appear in
a great many factums.

## The dissent

Justice Alan Pettigrew, writing for three judges, accepted that the order was broad but
found no Charter breach, stressing that an independent judge had authorized it and that
the records revealed location only at the level of a tower sector, not the content of any
communication. He warned that the majority's approach would leave investigators "chasing
ghosts" in cases where a phone is the only link to an offender.

## Where it fits

Kessler continues the line running from R. v. Spencer (2014) through R. v. Bykovets, in
which a 5–4 court held in 2024 that an internet protocol address attracts a reasonable
expectation of privacy. The common thread: metadata is not trivial merely because a
machine generates it.

For defence counsel, the immediate question is what happens to the many cases built on
tower dumps that are now working their way through trial courts. For the Crown, it is
whether evidence from existing orders can survive the s. 24(2) analysis; the majority's
discussion of good faith suggests that police who followed the law as it then stood may
fare better than the officers in this case did.

The appeal was heard on January 14, 2026. Counsel for the appellant was Sarah
Nakamura-Blythe; for the respondent Crown, Derek Olafson. Eleven parties intervened.
"""),
    date_mode="none",
    sidebar=("This week in Bench & Bar", [
        "Ontario raises small claims limit to $50,000",
        "Law society fee to rise 4% in 2027",
        "Federal Court clears backlog of 1,100 immigration files",
    ]),
    related=[
        ("Bykovets, two years on", "analysis/bykovets-two-years-on"),
        ("Drafting production orders after Kessler: a checklist", "practice/production-orders-checklist"),
    ],
    section="Analysis",
)

CT_AO3 = {
    "id": "ct-AO3", "part": "AO", "domain": "court", "fetched": "2026-10-02",
    "articles": [CT_WIRE, CT_SENTINEL, CT_BENCH],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AO4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

TR_WIRE = article(
    DOMINION, "business/2026-07-16/canada-steel-wire-import-quota-surtax",
    "Canada to cap steel wire imports from non-trade-deal countries, slap 25% surtax on excess",
    "Quota set at half of last year's volumes from countries without a free trade agreement",
    "Caroline Ostrowski",
    paras("""
HAMILTON, Ont. (Dominion) — Canada will limit imports of steel wire and wire products from
countries with which it has no free trade agreement and impose a 25% surtax on shipments
above the limit, Finance Minister Gordon Achterberg said on Thursday.

The tariff-rate quota, which takes effect on September 1, sets an annual ceiling of
412,000 tonnes on imports of wire rod, nails, welded mesh, fencing and stranded wire from
those countries. That is half of the 824,000 tonnes Canada imported from them in 2025.

"Our wire-makers have been fighting with one hand tied behind their backs," Achterberg
told workers at the Bayfront Wire Ltd. plant in Hamilton's north end. "Dumped product has
been pouring in while our biggest market put up a wall. Today we're evening the odds."

Imports of steel wire products from non-free-trade partners rose 38% in 2025, according to
finance department figures, as producers diverted shipments away from the United States,
which has imposed tariffs of 50% on most foreign steel.

##AD##

The department estimates the surtax will raise about C$140 million ($102 million) in its
first year. The quota will be divided into four quarterly allocations of 103,000 tonnes.

China, Turkey, Egypt and India are the largest sources of the affected imports, according
to trade data. Products from the United States, Mexico and Canada's other free trade
partners are not covered.

The measure extends to wire products the quota system Ottawa first applied to several
categories of flat and long steel last year, which industry groups say pushed some
overseas mills to redirect wire to Canada instead.

Lorne Baptiste, president of the Canadian Wire Producers Association, said the measure
"buys our members time," noting that the industry has cut about 600 jobs since the start
of 2024.

Builders were less enthusiastic. Fiona Drummond-Saks, chief economist at the Canadian
Residential Builders Council, said nail and mesh prices could rise 6% to 9% as a result,
adding to construction costs at a time when Ottawa is trying to speed up homebuilding.

The government will hold a 30-day consultation on the list of covered products and review
the measure after 12 months, the department said. The regulations are to be published in
the Canada Gazette.

China's embassy in Ottawa did not immediately respond to a request for comment.

(Reporting by Caroline Ostrowski; editing by Marc-André Vézina)
"""),
    date_mode="meta", when="2026-07-16T11:48:00-04:00",
    sidebar=("Markets", [
        "S&P/TSX composite: 28,105.30, down 0.2%",
        "Hot-rolled coil futures: US$905 a short ton",
        "Canadian dollar: 72.4 U.S. cents",
    ]),
    related=[
        ("Steelmakers' shipments to U.S. fall 31% in first half", "business/2026-07-08/steel-shipments-us-first-half"),
        ("Hamilton mill idles second furnace", "business/2026-06-19/hamilton-mill-idles-furnace"),
    ],
    section="Business",
)

TR_FORGE = article(
    FORGE, "business/evening-the-odds-ottawa-caps-wire-imports",
    "'Evening the odds': Ottawa caps wire imports at Hamilton plant event",
    "Bayfront Wire workers cheer a new quota and 25 per cent surtax; builders warn of higher costs for nails and mesh",
    "By Teresa Vukovic",
    paras("""
For the 230 people who still work at Bayfront Wire Ltd. on Sherman Avenue North, Thursday's
announcement sounded like a reprieve.

Standing between coils of galvanized wire on the plant floor, Industry Minister Gordon
Achterberg unveiled a quota on imports of steel wire and wire products from countries that
do not have a free trade agreement with Canada. Starting Aug. 1, once those countries have
shipped a combined 412,000 tonnes in a year, anything more will be hit with a 25 per cent
surtax.

"We're not going to stand by while our market becomes the dumping ground for steel that
can't get into the United States," Achterberg said to applause. "Today we're evening the
odds."

Plant manager Nick Papadakis said Bayfront had laid off 85 workers since 2024 as imported
nails and mesh undercut its prices by as much as 30 per cent. "We could compete with
anybody on a level field," he said. "This wasn't a level field."

##AD##

## What's covered

The quota applies to wire rod, nails, welded wire mesh, fencing, barbed wire and stranded
wire. The 412,000-tonne ceiling is half of what came into Canada from countries without
trade deals last year, when those imports jumped 38 per cent. The largest sources were
China, Turkey, Egypt and India.

Canadian producers have been squeezed from two sides, said Lorne Baptiste, president of
the Canadian Wire Producers Association, who attended the event. The United States' 50
per cent tariff on Canadian steel has closed off their biggest export market, while cheap
wire from overseas has flooded in. "This buys our members time," he said. "It does not
solve the American problem."

## Builders push back

Not everyone was pleased. The Canadian Residential Builders Council warned the surtax
could push up the prices of nails and reinforcing mesh by between 6 and 9 per cent.

"Every cost we add to a new home is a cost that ends up in the price," said the council's
chief economist, Fiona Drummond-Saks. She urged Ottawa to exempt products that are not
made in Canada in sufficient quantities.

The government says it will consult for 30 days on the product list and review the quota
after a year. It expects the surtax to bring in roughly $140 million in the first year,
though officials acknowledged that the point of the measure is to discourage the imports,
not to collect the tax.

## Local impact

Hamilton's steel sector has been hit hard since the U.S. tariffs took effect, with two
mills idling furnaces this year. City councillor Ravi Deshpande, whose ward includes the
Bayfront plant, said the Industry Minister's visit was the first by a federal cabinet
minister to the north end in years.

"People in this neighbourhood have watched shifts disappear for two years," Deshpande said.
"Anything that brings a shift back is welcome."

Papadakis said Bayfront could recall about 20 workers by the end of the year if orders pick
up as expected.
"""),
    date_mode="jsonld", when="2026-07-16T19:20:00-04:00",
    sidebar=("Most read", [
        "Tiger-Cats fall 27-20 in Winnipeg",
        "LRT construction closes King Street for 3 weeks",
        "Hamilton home prices down 4.1% from a year ago",
        "Beach strip water advisory lifted",
    ]),
    related=[
        ("Hamilton mill idles second furnace as U.S. tariffs bite", "business/hamilton-mill-idles-second-furnace"),
        ("Opinion: Quotas alone won't save steel city", "opinion/quotas-alone-wont-save-steel-city"),
    ],
    section="Business",
)

TR_MBN = article(
    MBN, "business/steel-wire-quota-surtax-1.7312048",
    "Ottawa slaps quota, 25% surtax on steel wire imports",
    "Finance minister says the measure protects Canadian jobs; home builders fear higher costs",
    "Sunil Ramkissoon · MBN News",
    paras("""
The federal government is putting a cap on imports of steel wire from countries that don't
have free trade deals with Canada, a move it says will protect jobs at home as U.S. tariffs
continue to squeeze the industry.

Finance Minister Gordon Achterberg announced the measure Thursday in Hamilton. Once
imports from those countries reach 421,000 tonnes in a year, further shipments will face a
surtax of 25 per cent.

The limit kicks in on Aug. 1.

"Dumped steel has been pouring in while our biggest market put up a wall," Achterberg
said. "This is about making sure Canadian workers get a fair shot."

## Why now?

Steel producers around the world have been looking for new markets since the United States
raised its tariffs on most foreign steel to 50 per cent last year. Much of that steel,
industry groups say, ended up in Canada. Imports of wire products from non-free-trade
partners jumped 38 per cent in 2025.

Canada's wire producers say they've lost about 600 jobs since the start of 2024.

##AD##

## Who's affected?

Products from the U.S., Mexico and countries such as South Korea and the members of the
European Union — all of which have trade deals with Canada — aren't covered. The biggest
suppliers hit by the quota are China, Turkey, Egypt and India.

The measure covers a range of products including nails, fencing and welded mesh, which are
widely used in home construction.

"Home builders are already dealing with higher costs for lumber, labour and land," said
Fiona Drummond-Saks of the Canadian Residential Builders Council. "Now we're adding nails
to the list." She estimated the quota could raise prices for the affected products by six
to nine per cent.

## What happens next?

The government will take comments on the product list for 30 days and review the measure
after one year. Ottawa expects to collect about $140 million from the surtax in the first
year.

China's embassy issued a statement Thursday evening saying Beijing "firmly opposes" the
measure and "reserves the right to take necessary steps to protect the legitimate
interests of Chinese companies."

Lorne Baptiste, president of the Canadian Wire Producers Association, called the quota
overdue. "We've been asking for this for 18 months," he said. "Every month we waited cost
us jobs."
"""),
    date_mode="line", date_line="Thursday, July 16, 2026",
    sidebar=("Latest from MBN News", [
        "Gas prices up 6 cents a litre ahead of long weekend",
        "Discount airline adds 12 routes for winter season",
        "Ontario heat warning: humidex near 40",
    ]),
    related=[
        ("U.S. steel tariffs: a timeline", "business/us-steel-tariffs-timeline-1.7290011"),
        ("Canada's steel towns brace for a long fight", "business/steel-towns-brace-1.7288760"),
    ],
    section="Business",
)

TR_BRIEF = article(
    TARIFFBRIEF, "briefs/2026/wire-trq-fine-print",
    "Wire quota: the fine print behind Ottawa's newest steel measure",
    "Border & Tariff Brief · For importers, customs brokers and trade counsel",
    "Prepared by the Brief's trade desk",
    paras("""
On Thursday, July 16, Finance Minister Gordon Achterberg announced a tariff-rate quota
(TRQ) on steel wire and wire products originating in countries that do not have a free
trade agreement with Canada. For clients who import these goods, here is what we know and
what we are still waiting for.

## Key dates

Announced: July 16, 2026.

In force: August 1, 2026, for goods released from CBSA control on or after that date.

Consultation on product scope: 30 days from the announcement, closing August 15.

Review: after 12 months of operation, so from August 2027.

## The numbers

Annual quota: 412,000 tonnes across all non-FTA origins, allocated in four quarterly
tranches of 103,000 tonnes. The total is set at 50 per cent of 2025 import volumes from
those origins (824,000 tonnes).

Over-quota surtax: 25 per cent, applied on top of any most-favoured-nation duty and any
anti-dumping or countervailing duties already in place.

Finance's revenue estimate: about $140 million in year one.

Quota is first-come, first-served at the border within each quarter; the government has
not signalled country-specific allocations. Based on the technical briefing, unused quota
does not carry forward to the next quarter.

##AD##

## Product scope

The announcement lists wire rod, nails and staples, welded wire mesh, chain-link and other
fencing, barbed wire, and stranded wire, strand and cable. We expect the tariff items to be
listed when the order appears in the Canada Gazette, Part II. Until then, importers should
not assume that a product outside these headings is exempt.

## Origins

Goods originating in the United States, Mexico, the EU, the U.K., CPTPP partners and
Canada's other FTA partners are outside the quota. Note that the test is origin, not the
country of export: product of China shipped through a CPTPP country remains subject.

## Context

Imports of these goods from non-FTA sources rose 38 per cent in 2025. Achterberg framed the
measure as a response to diversion from the U.S. market, where the 50 per cent steel tariff
remains in place. The Canadian Wire Producers Association, whose president Lorne Baptiste
has lobbied for a wire-specific quota since early 2025, welcomed it. The Canadian
Residential Builders Council warned of price increases of 6 to 9 per cent on affected
items.

## What we would do now

If you have shipments on the water from non-FTA origins, check arrival dates against
August 1. Talk to us about whether goods can be released before then, and keep documents
supporting origin close at hand.

Also watch for retaliation. Beijing's embassy said it "firmly opposes" the move. We have no
indication yet of any specific countermeasure.
"""),
    date_mode="none",
    sidebar=("Recent briefs", [
        "CBSA's new CARM deadline: what changes October 1",
        "Aluminum surtax list expanded by 9 tariff items",
        "Remission orders: 3 new applications approved",
    ]),
    related=[
        ("Steel TRQs one year on: utilisation by quarter", "briefs/2026/steel-trq-one-year-on"),
        ("Origin vs export: a refresher", "briefs/2025/origin-vs-export-refresher"),
    ],
    section="Trade brief",
)

TR_AO4 = {
    "id": "tr-AO4", "part": "AO", "domain": "trade", "fetched": "2026-07-27",
    "articles": [TR_WIRE, TR_FORGE, TR_MBN, TR_BRIEF],
    "planted": [
        ("Date the quota takes effect: August 1, given as September 1 by Dominion Wire Service",
         r"\baug(?:ust|\.)?\s*1(?:st)?\b", r"\bsep(?:t(?:ember)?)?\.?\s*1(?:st)?\b"),
        ("Achterberg's office: finance minister, given as industry minister by The Hamilton Forge",
         r"\bfinance minister\b|\bminister of finance\b", r"\bindustry minister\b|\bminister of industry\b"),
        ("Annual quota: 412,000 tonnes, given as 421,000 (digits swapped) by MBN News",
         r"\b412,?000\b", r"\b421,?000\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AO5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

RK_WIRE = article(
    ATLANTIC, "business/2026/10/03/tidewater-orbital-osprey-reaches-space",
    "Nova Scotia start-up Tidewater Orbital reaches space on second try",
    "Osprey rocket climbs to 118 km above the Atlantic after lifting off near Canso",
    "Fiona MacLellan",
    paras("""
CANSO, N.S. (Atlantic Newswire) — A suborbital rocket built by Halifax-based Tidewater
Orbital Inc. reached space on Saturday, climbing to an altitude of 118 kilometres before
its payload capsule parachuted into the Atlantic, in what the company called the first
time a privately developed Canadian rocket has crossed the 100-kilometre boundary.

The single-stage Osprey lifted off from the company's leased pad near Canso at 10:14 a.m.
Atlantic time, 14 minutes after its launch window opened. Its kerosene-and-liquid-oxygen
engine burned for 96 seconds.

"Today we became a company that has been to space," chief executive Marisol Ferreira-Lund
told reporters at a briefing in Canso in the afternoon. "Eleven months ago we were
picking pieces of Osprey-1 out of the water. Nobody on this team forgot that."

The first Osprey flight, in November 2025, ended 41 seconds after liftoff when the engine
shut down early; that rocket reached only about nine kilometres.

##AD##

Saturday's flight carried four experiments weighing a combined 31 kilograms, including a
radiation sensor from Dalhousie University and a plant-growth experiment built by students
at a Cape Breton high school. The capsule splashed down about 62 km southeast of the pad
14 minutes and 20 seconds after liftoff and was hoisted aboard the recovery vessel Cape
Sable Provider shortly after noon.

The company had targeted an apogee of 105 km. Flight director Andrew MacPhee said the
engine performed slightly better than modelled. "It was about as clean a flight as you
could ask for," he said.

Two earlier attempts this week were called off: on Tuesday because of high winds, and on
Thursday after a sensor on a propellant valve gave a faulty reading.

The Canadian Space Agency contributed $4.5 million toward the Osprey program, and
Transport Canada issued the company's launch licence in August. Tidewater is developing a
larger, orbital rocket called Gannet, which it aims to fly for the first time in late
2027.

Ferreira-Lund said the company, which employs about 140 people, would now concentrate on
raising money for Gannet. She declined to say how much the Osprey-2 flight cost.

Residents of Canso, a fishing town of fewer than 1,000 people, watched from the waterfront
and from boats anchored outside the hazard zone.
"""),
    date_mode="line", date_line="Saturday, October 3, 2026",
    sidebar=("Top stories", [
        "Cape Breton hospital reopens ER after 9-day closure",
        "Halifax Stanfield passenger traffic up 7% in September",
        "Snow crab quota cut by 15% for 2027",
    ]),
    related=[
        ("Tidewater's first rocket fails 41 seconds into flight", "business/2025/11/tidewater-osprey-1-failure"),
        ("Tidewater Orbital wins launch licence", "business/2026/08/tidewater-launch-licence"),
    ],
    section="Business",
)

RK_LIVE = article(
    BEACON, "news/live-tidewater-orbital-osprey-2-launch-canso",
    "Live: Tidewater Orbital's Osprey-2 launch from Canso",
    "Follow along as the Halifax company tries again to reach space. All times Atlantic Daylight Time.",
    "Beacon staff: Ian Gillis (at Canso) and Mahsa Rahimi (Halifax)",
    paras("""
Tidewater Orbital is making its third attempt this week to launch the 13.5-metre Osprey
suborbital rocket from its pad near Canso in Guysborough County. This page is updated
through the day, with the latest posts at the top.
""") + "\n" + updates([
        ("3:52 p.m.", "Official: 118 km", """
At the post-flight briefing, flight director Andrew MacPhee says tracking data confirm
Osprey-2 peaked at 118 kilometres — about 73 miles — higher than the 105 km target and
above the roughly 115 km figure given on the webcast this morning. "The engine gave us a
little more than we modelled," he said.
"""),
        ("3:40 p.m.", "Ferreira-Lund: 'We've been to space'", """
CEO Marisol Ferreira-Lund opens the briefing: "As of this morning, we are a company that
has been to space." She thanks the people of Canso and the Guysborough County volunteer
fire crews who stood by all week.
"""),
        ("12:07 p.m.", "Capsule on deck", """
The recovery ship Cape Sable Provider has the payload capsule on board, the company says.
It came down roughly 62 km southeast of the pad. The spent rocket was not designed to be
recovered.
"""),
        ("10:29 a.m.", "Splashdown", """
Parachutes worked. The capsule hit the water 14 minutes 20 seconds after liftoff,
according to the webcast clock.
"""),
        ("10:21 a.m.", "Apogee", """
The webcast commentator says preliminary tracking puts the peak altitude at "about 115
kilometres." That would put Osprey well past the 100 km line most people use to mark the
edge of space. We'll wait for confirmed numbers.
"""),
        ("10:16 a.m.", "Engine cutoff", """
Main engine cutoff after 96 seconds, right on the timeline. The rocket is coasting upward.
"""),
        ("10:14 a.m.", "LIFTOFF", """
Osprey-2 is off the pad! Loud even from the public viewing area on the Canso waterfront,
about 8 km away. For those keeping score elsewhere, that's 13:14 UTC.
"""),
        ("9:50 a.m.", "Short hold", """
The count is holding at T-minus 10 minutes while a fishing boat moves out of the hazard
zone. The window stays open until 1 p.m.
"""),
        ("8:40 a.m.", "Weather is go", """
Light winds, high cloud. The company is aiming for the opening of the window at 10 a.m.
Tuesday's try was scrubbed for gusts of more than 60 km/h at altitude; Thursday's for a bad
reading from a valve sensor, which engineers traced to a wiring fault.
"""),
        ("8:05 a.m.", "Good morning from Canso", """
Third time lucky? The first Osprey, launched last November, lost its engine 41 seconds
into flight and fell into the sea after reaching about 9 km. This one carries four
experiments, 31 kg in all, including a Dalhousie University radiation sensor and a
plant-growth project from a Cape Breton high school.
"""),
    ]),
    date_mode="meta", when="2026-10-03T08:05:00-03:00",
    sidebar=("Most read", [
        "Province announces 2,400 new long-term care beds",
        "Bluenose II wraps season with 38 port visits",
        "Ferry to Newfoundland delayed 6 hours by storm",
    ]),
    related=[
        ("Explainer: Where is the edge of space?", "news/explainer-edge-of-space"),
        ("Meet the students whose experiment is flying on Osprey", "news/students-experiment-osprey"),
    ],
    section="Live",
)

RK_ORBIT = article(
    ORBIT, "issues/88-osprey-makes-it",
    "Orbit North: Osprey makes it. Now the hard part",
    "Issue No. 88 — Canada's commercial launch sector, weekly",
    "Dana Whitford-Arsenault",
    paras("""
Canada has a rocket that has been to space, and it was built in a former fish plant on the
Halifax waterfront.

Tidewater Orbital's Osprey-2 lifted off from its pad near Canso, N.S., at 10:14 a.m. ADT
on Saturday (9:14 a.m. in Toronto and Ottawa), burned its engine for just over a minute
and a half, and coasted to 118 km — roughly 73 miles, comfortably above the Kármán line.
The payload capsule came down under parachutes and was picked up by the company's
recovery vessel. By any standard, it was a clean flight.

"We are now a company that has been to space," chief executive Marisol Ferreira-Lund said
at the afternoon briefing, and for once a launch-company superlative was simply accurate.

## Why it matters

It is worth remembering how this started. Osprey-1, last November, got 41 seconds into
flight. The team went back, rebuilt the engine's turbopump seals and changed suppliers for
two valves. A sensor on one of those valves scrubbed Thursday's attempt.

For the Canadian Space Agency, which put $4.5 million into the Osprey program, the flight
is a modest return on a modest bet. For Transport Canada, which issued Tidewater's licence
in August after what the company describes as fourteen months of back-and-forth, it is the
first real test of a licensing regime that until recently had nothing to license.

## The numbers, as Tidewater reported them

Apogee: 118 km (target: 105 km).

Engine burn: 96 seconds.

Liftoff to splashdown: 14 min 20 s.

Splashdown: about 62 km southeast of the pad.

Payload: four experiments, 31 kg.

##AD##

## The hard part

Suborbital is not orbital. Reaching 118 km straight up takes a small fraction of the energy
needed to stay in orbit at roughly 7.8 km/s. Tidewater's Gannet — two stages, about 30
metres tall, designed to put 250 kg into low Earth orbit — is where the real money and the
real risk lie. The company says late 2027 for a first flight. We would treat that as a
target, not a date.

Ferreira-Lund was candid on Saturday about funding. The company, with about 140 employees,
needs what she called "a significant raise" within the next 12 months. Two rivals — a
Saskatchewan firm planning launches from a former air weapons range, and a Quebec start-up
working on a small reusable booster — are chasing the same investors. Neither has flown.

## Elsewhere in the sector

The CSA opened applications for its next round of launch-related funding, with up to $12
million available; the deadline is January 29.

An Alberta propulsion company completed a 300-second hot-fire test of its methane engine at
a test stand near Drumheller.

The federal consultation on a national space strategy closes October 30.
"""),
    date_mode="jsonld", when="2026-10-05T07:00:00-04:00",
    sidebar=("Launch calendar", [
        "Oct. 9 — Kourou: Vega C, Earth-observation payload",
        "Oct. 14 — Wallops: Antares 330 cargo flight",
        "Nov. 2 — Andøya: orbital test flight, second attempt",
    ]),
    related=[
        ("Issue 87: Osprey-2 by the numbers, before the flight", "issues/87-osprey-2-preview"),
        ("Issue 80: Inside Transport Canada's launch licence", "issues/80-launch-licence"),
    ],
    section="Newsletter",
)

RK_AO5 = {
    "id": "rk-AO5", "part": "AO", "domain": "rocket", "fetched": "2026-10-09",
    "articles": [RK_WIRE, RK_LIVE, RK_ORBIT],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AO6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

EQ_WIRE = article(
    NORTHWIND, "world/2026/11/18/vancouver-island-earthquake-two-dead",
    "Two dead as strong earthquake shakes Vancouver Island",
    "Magnitude 6.9 quake off Tofino injures 37, damages more than 200 buildings and cuts a key highway",
    "Kelsey Awad-Morrison",
    paras("""
VANCOUVER (Northwind) — A powerful earthquake struck off the west coast of Vancouver Island
before dawn on Tuesday, killing two people, injuring 37 and damaging more than 200
buildings in communities from Tofino to Port Alberni, officials said.

The quake hit at 3:42 a.m. PST (1142 GMT) about 45 km southwest of Tofino at a depth of
22 km, according to Natural Resources Canada, which measured its magnitude at 6.9. The
U.S. Geological Survey put the magnitude at 7.0.

A tsunami warning issued for the outer coast of the island sent hundreds of residents of
Tofino and Ucluelet to higher ground in the dark. The warning was lifted about three hours
later, after a wave of 38 cm was recorded at Tofino.

A 71-year-old man died in Port Alberni when a chimney collapsed onto his bedroom, and a
54-year-old woman was killed when a rockslide struck her car on Highway 4 near Kennedy
Hill, the BC Coroners Service said. Nine of the injured remained in hospital on Wednesday.

"This is a hard morning for the island," Emergency Management Minister Harjit
Sandhu-Clarke told reporters in Victoria on Tuesday. "Two families have lost someone they
love."

##AD##

Building inspectors had found 212 damaged structures by Wednesday morning, 19 of which
were declared unsafe to enter. Tofino declared a local state of emergency on Tuesday.

Highway 4, the only paved road linking Tofino and Ucluelet to the rest of the island, was
closed by several rockslides. The transportation ministry said it hoped to reopen one lane
with alternating traffic by Thursday.

BC Hydro said about 48,000 customers lost power at the peak of the outages. Crews had
restored service to most of them by Wednesday morning.

Shaking was felt as far away as Victoria, Vancouver and Seattle. Earthquakes Canada had
recorded more than 50 aftershocks by Wednesday morning, the largest a magnitude 5.2
tremor at 7:18 a.m. on Tuesday.

The region sits above the Cascadia subduction zone, where scientists say a far larger
earthquake, of magnitude 9 or more, is possible. The last such quake struck in January
1700. The largest earthquake on record on Vancouver Island itself, a magnitude 7.3 event
in 1946, also killed two people.

(Reporting by Kelsey Awad-Morrison in Vancouver and Tom Ikeda in Tofino; editing by
Graham Pike)
"""),
    date_mode="jsonld", when="2026-11-18T10:30:00-08:00",
    sidebar=("Most read", [
        "Ottawa unveils $2.1-billion plan for rural broadband",
        "Toronto condo sales fall to 15-year low",
        "Canada's inflation rate eases to 1.8% in October",
        "Grey Cup ticket prices hit record $1,450",
    ]),
    related=[
        ("Explainer: Why B.C. gets earthquakes", "world/2026/11/17/explainer-bc-earthquakes"),
        ("Photos: Damage on Vancouver Island", "world/2026/11/17/photos-vancouver-island-quake"),
    ],
    section="Canada",
)

EQ_TIDINGS = article(
    TIDINGS, "news/whole-house-moved-west-coast-counts-cost-quake",
    "'The whole house moved': West Coast counts the cost after deadly quake",
    "Two killed, dozens hurt and Highway 4 cut as a magnitude 6.9 earthquake rocks Tofino, Ucluelet and Port Alberni",
    "By Graham Iwasaki-Reid and Shannon O'Dowd",
    paras("""
Marnie Clayton was awake feeding her baby when the floor of her Ucluelet kitchen started to
roll.

"It wasn't a jolt, it was like being on a boat," she said Tuesday, standing outside her home
on Peninsula Road, where a cracked foundation had left the front steps hanging in mid-air.
"The whole house moved, and it kept moving. I thought it would never stop."

The earthquake that struck off the west coast of Vancouver Island at 4:42 a.m. Tuesday
killed two people, injured 37 and damaged at least 212 buildings, according to provincial
officials, making it the most destructive quake to hit the province in living memory.

Natural Resources Canada measured the quake at magnitude 6.9, centred about 45 kilometres
southwest of Tofino and 22 km below the sea floor. The U.S. Geological Survey, which first
reported a magnitude of 7.1, later revised its estimate to 7.0.

##AD##

## Two lives lost

In Port Alberni, a 71-year-old man was killed when the brick chimney of his home in the
city's south end collapsed through the roof of his bedroom. Neighbours described him as a
retired millwright who kept a vegetable garden that fed half the street.

On Highway 4, a rockslide near Kennedy Hill struck a car driven by a 54-year-old woman on
her way to an early shift in Tofino. She died at the scene. The BC Coroners Service has not
released either victim's name.

Of the 37 people injured, most suffered cuts and fractures from falling objects. Nine were
still in hospital Wednesday, three of them in serious condition at West Coast General
Hospital in Port Alberni.

## Sirens in the dark

Within minutes of the shaking, Emergency Info BC issued a tsunami warning for the outer
coast. Residents of low-lying parts of Tofino and Ucluelet streamed uphill in cars and on
foot, many in pyjamas, some carrying pets.

The warning stayed in place for two hours before it was cancelled. The only wave of note,
38 centimetres, was recorded by the tide gauge at Tofino.

"We practise this every year, and honestly, it worked," Tofino Mayor Elise Tremblay-Watts
said. "People knew where to go." The district declared a local state of emergency Tuesday
morning.

## Road cut

The bigger worry for the West Coast now is access. Highway 4, the only paved route from
Tofino and Ucluelet to Port Alberni and the east side of the island, was closed by at least
four rockslides. The Ministry of Transportation said geotechnical crews were working to
stabilize the slope at Kennedy Hill and hoped to open a single lane by Thursday.

Grocery shelves in Tofino were thinning by Tuesday afternoon. "We've got maybe four days of
fresh stock," said Co-op manager Dev Amarasekara.

Emergency Management Minister Harjit Sandhu-Clarke said the province would bring in
supplies by sea and air if the highway stayed closed longer than expected. "Nobody on the
West Coast is going to be left on their own," she said.

Earthquakes Canada had recorded 47 aftershocks by late Tuesday night, the strongest of
magnitude 5.2.

"This was not the Cascadia megathrust, which would be far larger," said Hana Kowalczyk, a
seismologist with the Geological Survey of Canada in Sidney. "But it is a reminder of what
this coast lives with."
"""),
    date_mode="line", date_line="Wednesday, November 18, 2026",
    sidebar=("Most read", [
        "Victoria council votes 6-3 for new bike lanes on Fort Street",
        "Ferry fares to rise 3.2% in April",
        "Royals win fourth straight at home",
        "Saanich approves 480-unit rental project",
    ]),
    related=[
        ("How to build a grab-and-go earthquake kit", "life/how-to-build-earthquake-kit"),
        ("Is your building seismically safe? What to ask", "news/is-your-building-seismically-safe"),
    ],
    section="News",
)

EQ_LIVE = article(
    COAST104, "news/live-earthquake-vancouver-island",
    "LIVE: Earthquake off Vancouver Island — tsunami warning, damage, road closures",
    "Updates through the day from the Coast 104 newsroom in Port Alberni. Times are Pacific.",
    "Coast 104 News staff",
    paras("""
A strong earthquake struck off the west coast of Vancouver Island early Tuesday. This page
is updated as we learn more; the newest posts are at the top.
""") + "\n" + updates([
        ("Wed 9:10 a.m. PST", "Injury count rises to 37", """
Island Health now says 37 people were hurt in Tuesday's quake; nine remain in hospital.
Building inspectors have tagged 212 structures as damaged, 19 of them unsafe to enter.
Earthquakes Canada has logged more than 50 aftershocks.
"""),
        ("Tue 8:50 p.m. PST", "Highway 4 stays closed overnight", """
The Ministry of Transportation says Highway 4 will stay closed overnight at Kennedy Hill
while geotechnical crews assess the slope. Earthquakes Canada has recorded 41 aftershocks
so far.
"""),
        ("Tue 4:30 p.m. PST", "Minister: 'Two families have lost someone'", """
Emergency Management Minister Harjit Sandhu-Clarke, speaking in Victoria: "Two families
have lost someone they love today." She says 29 people have been treated for injuries so
far. BC Hydro says 48,000 customers lost power at the peak; about 17,000 are still out.
"""),
        ("Tue 11:05 a.m. PST", "Second death confirmed", """
The BC Coroners Service confirms a second death: a 54-year-old woman whose car was struck
by a rockslide on Highway 4 near Kennedy Hill.
"""),
        ("Tue 7:25 a.m. PST", "Strong aftershock", """
That was a big one. Earthquakes Canada says a magnitude 5.2 aftershock hit at 7:18 a.m.,
centred close to the main quake. No new damage reported yet.
"""),
        ("Tue 6:15 a.m. PST", "One dead in Port Alberni", """
RCMP confirm a 71-year-old man died when a chimney fell through the roof of his Port
Alberni home. West Coast General Hospital says it has treated 12 people so far, mostly for
cuts. The District of Tofino has declared a local state of emergency.
"""),
        ("Tue 5:58 a.m. PST", "Tsunami warning cancelled", """
Emergency Info BC has cancelled the tsunami warning for the west coast of Vancouver
Island, two hours after it was issued. The tide gauge at Tofino recorded a wave of 38 cm.
It is safe to leave evacuation sites, but check your home for damage before going inside.
"""),
        ("Tue 4:20 a.m. PST", "USGS says 7.1", """
The U.S. Geological Survey's preliminary estimate is magnitude 7.1. Natural Resources
Canada puts it at 6.9, centred about 45 km southwest of Tofino and 22 km deep. Estimates
often change in the first hours.
"""),
        ("Tue 4:05 a.m. PST", "Strong quake, tsunami warning", """
A strong earthquake shook Vancouver Island at 3:42 a.m. Emergency Info BC issued a tsunami
warning for the outer coast at 3:58 a.m. If you are in a low-lying area of Tofino,
Ucluelet, Bamfield or Port Renfrew, move to higher ground now. Do not call 911 unless it is
an emergency.
"""),
    ]),
    date_mode="meta", when="2026-11-17T04:05:00-08:00",
    sidebar=("Coast 104 community board", [
        "Alberni Valley food bank needs 200 volunteers",
        "Warming centre open nightly at 7 p.m.",
        "Bulldogs home opener moved to Saturday",
    ]),
    related=[
        ("Tsunami evacuation routes for the West Coast", "community/tsunami-evacuation-routes"),
        ("Road report: Highway 4", "traffic/highway-4"),
    ],
    section="Live",
)

EQ_NEWSLETTER = article(
    WESTCOAST, "letters/after-the-shaking",
    "After the shaking: what this week's quake means for the West Coast",
    "Westcoast Dispatch · A weekly letter from Tofino, Ucluelet and the Alberni Valley",
    "By Rowan Achebe-Lindqvist",
    paras("""
It has been a long week out here.

At 3:42 a.m. on Tuesday, November 17, a magnitude 6.9 earthquake — Natural Resources
Canada's figure; the U.S. Geological Survey settled on 7.0 — ruptured about 45 kilometres
southwest of Port Hardy, under the Pacific off the island's west coast. If you live on this
coast you felt it. If you are reading this in Vancouver or Victoria, you probably felt it
too.

Two of our neighbours died: a retired millwright in Port Alberni, killed when his chimney
came through the roof, and a woman on her way to work in Tofino whose car was caught by a
slide on Highway 4 at Kennedy Hill. The coroner has not released their names, and we will
not speculate. Thirty-seven people were injured.

## The sirens worked

Emergency Info BC's tsunami warning went out at 3:58 a.m. and was cancelled at 5:58 a.m. —
two hours in which a lot of people stood on cold hillsides in the dark. The wave that
arrived at the Tofino tide gauge was 38 cm. That is the good news, and it is worth saying
plainly: the evacuation routes worked, people used them, and nobody drowned.

"We practise this every year," Tofino Mayor Elise Tremblay-Watts told us on Wednesday.
"This week the practice paid for itself."

##AD##

## The road

Highway 4 reopened to single-lane, alternating traffic at Kennedy Hill on Thursday
afternoon, after two days in which Tofino and Ucluelet were cut off by road. Expect delays
of up to an hour, and closures with little notice when crews are working above the road.
The ministry says a full reopening depends on how the slope behaves through this weekend's
rain.

## The damage

Inspectors have now looked at every building reported damaged. The count stands at 212,
with 19 red-tagged as unsafe to enter. Most are in Port Alberni's older neighbourhoods and
on the Ucluelet peninsula. If your building has a yellow tag, you can go in to collect
belongings but not to stay.

BC Hydro had 48,000 customers in the dark at the peak; power was back for almost everyone
by Wednesday night.

## The aftershocks

Earthquakes Canada had counted 64 aftershocks by Wednesday evening, the largest a
magnitude 5.2 at 7:18 a.m. Tuesday. They are getting smaller and less frequent, which is
what should happen. Seismologists put the odds of a larger quake in the coming week at
about 5 per cent: low, but not zero.

## What this wasn't

This was not the big one. The Cascadia subduction zone, which last ruptured in January
1700, is capable of a magnitude 9 earthquake and a tsunami many metres high. This week was
a reminder, not a rehearsal. If your grab-and-go kit was missing a flashlight on Tuesday
morning, now is the time to fix that.

## How to help

The Tofino-Ucluelet Community Fund has opened an earthquake relief account; it had raised
$186,000 by Thursday night. Volunteers are needed at the Ucluelet Community Centre to sort
donated supplies.
"""),
    date_mode="none",
    sidebar=("In past letters", [
        "The surf season in numbers: 41 days over 3 metres",
        "Why the Ucluelet water plant needs $14 million",
        "Clayoquot Sound: a 30-year look back",
    ]),
    related=[
        ("Letter: Is the West Coast ready for the big one?", "letters/ready-for-the-big-one"),
        ("Letter: Highway 4, again", "letters/highway-4-again"),
    ],
    section="Weekly letter",
)

EQ_AO6 = {
    "id": "eq-AO6", "part": "AO", "domain": "earthquake", "fetched": "2026-11-26",
    "articles": [EQ_WIRE, EQ_TIDINGS, EQ_LIVE, EQ_NEWSLETTER],
    "planted": [
        ("Time the quake struck: 3:42 a.m. PST, given as 4:42 a.m. by The Island Tidings",
         r"\b3:42\b", r"\b4:42\b"),
        ("Epicentre: southwest of Tofino, placed southwest of Port Hardy by Westcoast Dispatch",
         r"\btofino\b", r"\bport hardy\b"),
        ("Duration of the tsunami warning: two hours, given as three hours by Northwind Press Wire",
         r"\b(?:two|2)\s*(?:hours?|hrs?|h)\b", r"\b(?:three|3)\s*(?:hours?|hrs?|h)\b"),
    ],
}


STORIES = [CB_AO1, EL_AO2, CT_AO3, TR_AO4, RK_AO5, EQ_AO6]
