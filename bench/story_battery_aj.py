"""Story battery, part AJ — the United States (Washington, the federal courts, the states), events in 2026.

Written by engineer AJ1 on 2026-12-07 for the thirty-third batch, a precision batch.

All outlets (every domain ends in .example), reporters, companies, candidates, most officials
and all figures are invented. Real institutions and places (the Federal Reserve, the Commerce
Department, the Southern District of New York, Cape Canaveral, Michigan's 4th District, Fresno
County, the USGS and so on) appear only as scenery. Time zones: stories 1-5 use US Eastern
daylight time (EDT, UTC-4; daylight saving runs 2026-03-08 to 2026-11-01); story 6 uses
Pacific daylight time (PDT, UTC-7). Pages give their dates four ways: an
article:published_time meta tag, a JSON-LD datePublished, a visible date line only, or no
date at all (the text then names the day).

1. cb-AJ1 — central bank — CONTROL (planted = []). Fetched 2026-03-30.
   TRUE FACTS: the FOMC decision, Wednesday 2026-03-18, statement at 2 p.m. EDT (18:00 GMT),
   press conference from 2:30 p.m.; a cut of a quarter point (25 basis points) to a target
   range of 3.25%-3.50% from 3.50%-3.75%; vote 10-2; Governor Lydia Ferrante dissented for no
   change, Governor Thomas J. Albrecht for a half-point (50 bp) cut; Chair Daniel R.
   Whitcombe; the fourth cut since September 2025, 100 bp in all; interest on reserve
   balances 3.40% from March 19; median dot for end-2026 3.1% (3.4% in December), end-2027
   2.9%; growth forecast 1.9% (from 2.1%), unemployment seen at 4.5% at year-end, core PCE
   2.6% at year-end; unemployment 4.4% in February; core PCE 2.8% in the year to January
   (2.9% in December); futures had priced a 78% chance of the cut (22% hold); at the close
   the S&P 500 +1.1%, the Dow +487 points (1.0%), the Nasdaq +1.4%, the 10-year yield 4.03%
   (down 6 bp), the 2-year 3.41% (down 9 bp); balance sheet about $6.6 trillion; next
   meeting April 28-29.
   OUTLETS: Capitol Wire Service (wire; meta published_time 2026-03-18T18:04Z); The Potomac
   Ledger (newspaper; JSON-LD 2026-03-19T09:30Z, says "yesterday"); MarketDesk Live (live
   blog; visible date line "Wednesday, March 18, 2026", ET timestamps newest first); The Rate
   Sheet (newsletter; no date, says "on Wednesday" and "the March 18 decision").
   LEGITIMATE TRAPS: "a quarter point" / "25 basis points" / "3.25-3.5 percent"; the old
   range 3.50%-3.75%; the December dot 3.4% vs the new 3.1%; the 78%/22% futures odds before
   the decision; the live blog's intraday S&P +0.2%, +0.3%, +0.6% and 10-year 4.05% before
   the close; "487 points" / "nearly 500 points"; 2 p.m. EDT / 18:00 GMT; the IORB rate
   3.40% "effective March 19"; Whitcombe with and without "R.", Albrecht with and without
   "J."; different Whitcombe quotes from one news conference; the newsletter's forecast of
   a June cut to 3.00%-3.25%; a reader poll (14%, 51%, 35%); a sidebar of other central
   banks (ECB 2.00%, Bank of England 3.75%, Bank of Canada 2.25%, Bank of Japan 0.75%, RBA
   3.60%) and a sidebar of past Fed moves (2025 ranges); a 30-year mortgage rate 6.11% vs
   6.84% a year earlier.

2. el-AJ2 — election — 3 PLANTED. Fetched 2026-05-14.
   TRUE FACTS: special election for Michigan's 4th Congressional District, Tuesday
   2026-05-05, polls closed 8 p.m. EDT; Democrat Elena (R.) Marchetti, 44, 118,472 votes
   (51.6%); Republican Gordon Teague, 58, 107,915 (47.0%); Libertarian Sam Oduya 3,214
   (1.4%); 229,601 votes cast; margin 10,557 (4.6 points); race called by Union Press Wire at
   10:58 p.m.; Teague conceded at 11:40 p.m. in Holland; Marchetti spoke in Kalamazoo after
   midnight; turnout 38.2% (71.5% in 2024); seat vacated by Rep. Harlan Dekker (R), who
   resigned Jan. 16 and won 55.1% to 42.8% in 2024; Allegan County Clerk Doreen Vandermolen;
   the Board of State Canvassers certifies on May 18; House 218 R, 215 D, two vacancies
   once she is sworn in; spending $14 million outside, $6.3 million Marchetti, $4.1 million
   Teague.
   OUTLETS: Union Press Wire (wire; meta published_time 2026-05-06T04:12Z); The Lakeshore
   Gazette (newspaper; JSON-LD 2026-05-06T14:00Z, says "yesterday"); Great Lakes Ledger Live
   (live blog; visible date line "Tuesday, May 5, 2026", ET timestamps newest first, the
   last after midnight); Riverbend Public Media (broadcaster; no date, says "on Tuesday, May
   5").
   PLANTED: Teague's vote 107,915 (right: wire, live blog, broadcaster) vs 107,195 (wrong:
   Lakeshore Gazette); the clerk's surname Vandermolen (right: wire, Gazette, broadcaster)
   vs Vandermeulen (wrong: live blog); certification on May 18 (right: wire, Gazette, live
   blog) vs May 21 (wrong: broadcaster).
   LEGITIMATE TRAPS: the live blog's partial counts (18% of precincts: Teague 24,310,
   Marchetti 21,877, Oduya 640; 64%: Marchetti 74,905, Teague 70,118, Oduya 2,011) before the
   final count; "10,557 votes" / "about 10,600 votes"; 4.6 points vs Dekker's 12.3 points in
   2024; district turnout 38.2% vs Allegan County's 36.9% and the 2024 turnout 71.5%;
   county shares in the Gazette (Kalamazoo 63.4% Marchetti, Allegan 61.8% Teague, Van Buren
   55.7% Teague); "yesterday" on a page dated the next day; a live blog dated May 5 with a
   12:35 a.m. update and a 9:30 a.m. post from the morning of the vote; Marchetti with and without "R."; two Marchetti quotes and two
   Teague quotes from different occasions; two Vandermolen quotes from two interviews; a
   sidebar of other special elections (58.3%, 53.9%, 50.8%); Dekker's term ending January
   2027; roughly 601,000 registered voters.

3. ct-AJ3 — court — CONTROL (planted = []). Fetched 2026-07-28.
   TRUE FACTS: a federal jury in Manhattan convicted Owen Castellane, 41, founder of
   Ledgerline Capital, on Thursday 2026-07-16, verdict read at 3:15 p.m. EDT (19:15 GMT);
   guilty on five of seven counts (securities fraud, two counts of wire fraud, conspiracy to
   commit wire fraud, conspiracy to commit money laundering), acquitted of commodities fraud
   and of false statements to a bank; about 14 hours of deliberation over three days (from
   July 14); trial opened June 17; 23 government witnesses; customers lost $412 million;
   about 9,800 customers; advertised yields up to 11%; froze withdrawals June 2024; U.S.
   District Judge Harriet M. Coles; sentencing Nov. 19; 20 years maximum per count (100 in
   all); free on a $5 million bond; U.S. Attorney Miriam Sato; AUSA Daniel Reyes; defence
   lawyer Peter Lindqvist; cooperator Nadia Ferris, 38, pleaded guilty October 2025, to be
   sentenced Sept. 10; jury of eight women and four men.
   OUTLETS: The Hudson Courier (newspaper; meta published_time 2026-07-16T21:40Z); ABS News
   (broadcaster; JSON-LD 2026-07-16T20:05Z, British date style "19 November"); Docket Notes
   (legal newsletter; no date, says "on Thursday, July 16").
   LEGITIMATE TRAPS: "five of seven counts" / "five counts, acquitted on two"; "$412
   million" / "more than $400m (about £305m)"; "about 9,800" / "nearly 10,000"; 3:15 p.m.
   / 19:15 GMT; "Harriet M. Coles" / "Harriet Coles" / "Judge Coles"; 20 years per count /
   100 years in all; the Ferris plea (October 2025) and her sentencing (Sept. 10) beside
   Castellane's (Nov. 19); Ledgerline's peak assets $1.6 billion; 31 cents on the dollar
   returned by the bankruptcy trust; forfeiture sought of $190 million; the jury's four
   notes; two different Lindqvist quotes (courthouse steps, television interview); sidebars
   of other, invented cases with their own sentences and dates.

4. tr-AJ4 — trade — 3 PLANTED. Fetched 2026-06-12.
   TRUE FACTS: the April 2026 trade report released Thursday 2026-06-04 at 8:30 a.m. EDT
   (12:30 GMT); deficit $61.4 billion, down 10.9% from a revised $68.9 billion in March
   (first reported $69.3 billion); consensus forecast $64.0 billion; exports $283.7 billion
   (up $3.2 billion, 1.1%); imports $345.1 billion (down $4.3 billion, 1.2%); goods deficit
   $88.6 billion, services surplus $27.2 billion; goods deficits EU $19.7 billion, China
   $17.8 billion, Mexico $16.9 billion; civilian aircraft exports +$1.4 billion; industrial
   supplies imports -$2.9 billion, pharmaceuticals -$1.6 billion; January-April deficit
   $262.3 billion vs $523.0 billion a year earlier; U.S. Trade Representative Dana (M.)
   Whitfield; economist Gareth Munroe, chief economist at Pellham Advisory.
   OUTLETS: Northstar Wire (wire; meta published_time 2026-06-04T12:41Z); The Markets Minute
   (live blog; visible date line "Thursday, June 4, 2026", ET timestamps newest first); The
   Customs House (newsletter; JSON-LD 2026-06-05T11:00Z); Heartland Business Radio
   (broadcaster; no date, says "on Thursday, June 4").
   PLANTED: exports $283.7 billion (right: wire, live blog, newsletter) vs $287.3 billion
   (wrong: Heartland Business Radio); the release day Thursday (right: wire, live blog,
   Heartland) vs Wednesday (wrong: The Customs House, "Wednesday's trade report"); Whitfield's
   title U.S. Trade Representative (right: wire, newsletter, Heartland) vs Deputy Commerce
   Secretary (wrong: live blog).
   LEGITIMATE TRAPS: "$61.4 billion" / "about $61 billion"; March revised $68.9 billion vs
   first reported $69.3 billion; forecast $64.0 billion and the survey range $58.5-70.4
   billion before the release; 8:30 a.m. ET / 12:30 GMT; the EU gap also in euros (about
   €17.3 billion); monthly deficits in a sidebar (January 66.2, February 65.8); customs duties
   $29.6 billion vs $16.3 billion a year earlier; soybean exports $2.1 billion vs $1.5
   billion a year earlier; two different Whitfield quotes (statement, television) and two
   Munroe quotes (statement, interview); a sidebar of other countries' trade (Germany
   €15.2 billion, China +4.8%, Canada C$3.1 billion); a sidebar of farm prices; Pellham's
   growth estimate 2.4% (from 2.1%); the May report due July 7; a second economist, Laila
   Voss, senior economist at Kestrel Bank.

5. rk-AJ5 — rocket — CONTROL (planted = []). Fetched 2026-09-02.
   TRUE FACTS: Corvane Aerospace's Halberd launched 24 Meridian Orbital broadband satellites
   from Space Launch Complex 15, Cape Canaveral Space Force Station, on Saturday 2026-08-22
   at 6:42 a.m. EDT (10:42 UTC); the Thursday (Aug. 20) attempt, targeting 6:51 a.m., was
   scrubbed at T-minus 47 seconds by a ground liquid-oxygen valve sensor, replaced on
   Friday; seven Vesper engines, about 1.9 million pounds of thrust; booster C-04 on its
   fourth flight landed on the droneship Tidewater Resolve about 600 km (370 miles)
   downrange, 8 min 34 s after liftoff; satellites released about 62 minutes after liftoff
   (7:44 a.m.) into a 550 km (340-mile) orbit at 53 degrees; each about 585 kg, about 14
   metric tons in all (about 31,000 pounds); constellation now 312 (288 before); plan of
   about 1,100 by 2028; 38th Halberd flight, Corvane's 11th launch of 2026; weather forecast
   85% favourable; CEO Rosalind K. Pruitt; launch director Marco Delgado; Meridian president
   Hal Okafor.
   OUTLETS: Orbital Dispatch (space site; JSON-LD 2026-08-22T11:30Z); Brevard Beacon Live
   (live blog; visible date line "Saturday, Aug. 22, 2026", EDT timestamps newest first);
   Atlantic Newswire (wire; meta published_time 2026-08-22T11:20Z, written before the
   satellites were released).
   LEGITIMATE TRAPS: 6:42 a.m. EDT / 10:42 UTC / 10:42 GMT; Thursday's scrub (6:51 a.m.
   target) beside Saturday's launch, and a live-blog post stamped 6:51 a.m. for the landing;
   "Friday" for the repair; 600 km / 370 miles; 550 km / 340 miles; 14 metric tons / 31,000
   pounds / 585 kg each; 312 in orbit / 288 before the launch; "due to separate about an
   hour after liftoff" (forecast) vs 62 minutes (actual); 85% forecast; Pruitt with and
   without "K." and two Pruitt quotes (post-launch, call with reporters); 14 launches in the
   Meridian contract (about $980 million), the eighth under it; a sidebar launch tally for
   other (invented) launchers; upcoming launches with their own dates and times.

6. eq-AJ6 — earthquake — 3 PLANTED. Fetched 2026-10-24.
   TRUE FACTS: a magnitude 6.2 earthquake (first estimated 6.4) struck on Tuesday
   2026-10-13 at 3:47 a.m. PDT (10:47 UTC), centred about 14 km (9 miles) northwest of
   Coalinga, Fresno County, at a depth of 9.4 km (5.8 miles); two dead (a woman of 79, a man
   of 52); 37 injured; 112 buildings red-tagged, 260 yellow-tagged; about 41,000 PG&E
   customers lost power at the peak; more than 180 aftershocks, the largest M4.8 at 5:12
   a.m.; ShakeAlert warnings to about 2.1 million phones; State Route 198 closed; state of
   emergency for Fresno County; Sheriff Gail Renner; Mayor Teresa Villaseñor; USGS
   geophysicist Keiko Arnaud.
   OUTLETS: Pacific Coast Wire (wire; meta published_time 2026-10-14T02:10Z, i.e. Tuesday
   evening local time); The Central Valley Sentinel (newspaper; JSON-LD 2026-10-14T13:00Z,
   says "yesterday"); Valley 24 News Live (broadcaster's live blog; visible date line
   "Tuesday, October 13, 2026", PDT timestamps newest first); Golden State Public Radio
   (public radio explainer; no date, says "on Tuesday, Oct. 13").
   PLANTED: peak outages 41,000 customers (right: wire, live blog, public radio) vs 14,000
   (wrong: Sentinel); the time 3:47 a.m. (right: wire, Sentinel, public radio) vs 4:47 a.m.
   (wrong: live blog); the epicentre northwest of Coalinga (right: wire, Sentinel, live blog)
   vs northwest of Avenal (wrong: public radio).
   LEGITIMATE TRAPS: the preliminary magnitude 6.4 vs the revised 6.2; the live blog's
   early counts (one death, at least 20 injured, about 38,000 customers out, more than 150
   aftershocks) before the final figures; "at least 37" / 37; 14 km / 9 miles; 9.4 km / 5.8 miles; 3:47 a.m. PDT / 10:47
   UTC; a wire page stamped 02:10Z on the 14th about Tuesday's quake; "yesterday" on a page
   dated the next day; the 1983 Coalinga earthquake; the aftershock forecast (4%, 27%, 15 to
   70); a sidebar of other California quakes (M7.1 2019, M7.0 2024, M6.0 2014); two
   different Arnaud quotes and two different Renner quotes; about 140 people in a shelter.
"""

import json
import re

_NAVS = {
    "wire": ["World", "U.S.", "Politics", "Business", "Markets", "Technology", "Photos"],
    "newspaper": ["News", "Politics", "Economy", "Local", "Opinion", "Sports", "Obituaries"],
    "live": ["Latest", "Markets", "Economy", "Politics", "Podcasts", "Newsletters"],
    "newsletter": ["Latest issue", "Archive", "About", "Subscribe"],
    "broadcaster": ["News", "Weather", "Traffic", "Watch live", "Listen", "Schedule"],
    "site": ["Launches", "Science", "Industry", "Policy", "Podcast", "Newsletters"],
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64]


def _body(text: str) -> str:
    """Paragraphs separated by blank lines; '## ' starts a subhead, '@@ stamp | heading' a live post."""
    out, live = [], False
    for block in text.strip().split("\n\n"):
        block = " ".join(block.split())
        if block.startswith("@@ "):
            stamp, _, heading = block[3:].partition(" | ")
            if live:
                out.append("</div>")
            out.append(f'<div class="live-post"><p class="post-stamp"><span>{stamp}</span></p><h3>{heading}</h3>')
            live = True
        elif block.startswith("## "):
            out.append(f"<h2>{block[3:]}</h2>")
        else:
            out.append(f"<p>{block}</p>")
    if live:
        out.append("</div>")
    return "\n".join(out)


def page(name: str, domain: str, kind: str, *, path: str, section: str, headline: str,
         standfirst: str, byline: str, body: str, dated: tuple[str, str] = ("none", ""),
         sidebar: tuple[str, list[str]] = ("", []), related: tuple[str, ...] = ()) -> dict[str, str]:
    """One complete web page around an article; `dated` is (meta|jsonld|visible|none, value)."""
    url = f"https://{domain}/{path}"
    mode, value = dated
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{headline} | {name}</title>",
        f'<meta name="description" content="{standfirst}">',
        f'<meta property="og:title" content="{headline}">',
        f'<meta property="og:site_name" content="{name}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="article:section" content="{section}">',
        f'<link rel="canonical" href="{url}">',
        f'<link rel="stylesheet" href="https://static.{domain}/css/site.min.css">',
    ]
    if mode == "meta":
        head.append(f'<meta property="article:published_time" content="{value}">')
    if mode == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": value, "author": {"@type": "Person", "name": byline.removeprefix("By ").split(",")[0]},
              "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    nav = "".join(f'<li><a href="/{_slug(item)}">{item}</a></li>' for item in _NAVS[kind])
    extra = {
        "live": '<p class="live-badge">LIVE</p><p class="live-note">This page is updated as news develops. Newest posts appear first.</p>',
        "broadcaster": f'<div class="player-promo"><a href="/watch-live">Watch {name} live</a> <a href="/listen">Listen to this story</a></div>',
        "newsletter": f'<div class="subscribe-box"><p>Get {name} in your inbox.</p><form action="/subscribe"><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>',
    }.get(kind, "")
    dateline = f'<p class="dateline">{value}</p>' if mode == "visible" else ""
    title, items = sidebar
    side = "".join(f"<li>{item}</li>" for item in items)
    links = "".join(f'<li><a href="/{section.lower()}/{_slug(t)}">{t}</a></li>' for t in related)
    share = (f'<div class="share-tools"><span>Share this article</span>'
             f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
             f'<a href="https://x.com/intent/post?url={url}">X</a>'
             f'<a href="https://www.linkedin.com/shareArticle?url={url}">LinkedIn</a>'
             f'<a href="mailto:?subject={_slug(headline)}">Email</a><button>Copy link</button></div>')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="{kind}">
<div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to remember your preferences, measure traffic and show you relevant ads. Click "Accept all" to agree, or choose "Manage preferences" to decide which cookies we may use. <a href="/privacy">Privacy policy</a></p><button>Accept all</button><button>Manage preferences</button></div>
<header class="masthead"><a class="logo" href="/">{name}</a><nav aria-label="Main"><ul>{nav}</ul></nav><a class="account" href="/login">Sign in</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main>
<article>
<p class="kicker"><a href="/{section.lower()}">{section}</a></p>
<h1>{headline}</h1>
<p class="standfirst">{standfirst}</p>
<p class="byline">{byline}</p>
{dateline}
{extra}
{share}
<div class="article-body">
{_body(body)}
</div>
{share}
</article>
<aside class="sidebar"><h2>{title}</h2><ul>{side}</ul><div class="ad-slot ad-rectangle"><span>Advertisement</span></div></aside>
<section class="related"><h2>Related coverage</h2><ul>{links}</ul></section>
</main>
<div class="ad-slot ad-footer"><span>Advertisement</span></div>
<footer><nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/careers">Careers</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/cookies">Cookie settings</a></nav><p>© 2026 {name}. All rights reserved.</p></footer>
</body>
</html>
"""
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# 1. cb-AJ1 — central bank — CONTROL
# ---------------------------------------------------------------------------------------------

CB_WIRE = page(
    "Capitol Wire Service", "capitolwire.example", "wire",
    path="business/2026/03/fed-cuts-rates-quarter-point-two-dissents", section="Business",
    headline="Fed cuts rates by a quarter point, signals patience on further moves",
    standfirst="Two governors dissent in opposite directions as the central bank lowers its benchmark range to 3.25%-3.50%.",
    byline="By Nora Quillfeather and Ben Aderinto, Capitol Wire Service",
    dated=("meta", "2026-03-18T18:04:00Z"),
    body="""
WASHINGTON (CWS) — The Federal Reserve cut its benchmark interest rate by a quarter of a percentage point on Wednesday, its fourth reduction since September, and signaled that policymakers are in no rush to move again while inflation remains stuck above their 2% goal.

The Federal Open Market Committee voted 10-2 to lower the target range for the federal funds rate to 3.25% to 3.50%, from 3.50% to 3.75%. The decision was released at 2 p.m. EDT (18:00 GMT) at the end of a two-day meeting in Washington.

The two dissents pulled in opposite directions. Governor Lydia Ferrante preferred to leave the range unchanged, while Governor Thomas J. Albrecht voted for a half-point cut.

"We judged that a further step toward a more neutral setting was appropriate, but we are not on a preset course," Fed Chair Daniel R. Whitcombe told reporters at his post-meeting news conference.

"Inflation has come down a long way, but it has not finished the trip," he added.

In its statement, the committee said job gains "have slowed" and the unemployment rate "has edged up," while inflation "remains somewhat elevated." The jobless rate was 4.4% in February. The core personal consumption expenditures price index, the Fed's preferred inflation gauge, which excludes food and energy, rose 2.8% in the 12 months through January, down from 2.9% in December.

## Projections point to one more cut

Quarterly projections released with the decision showed the median official expects the federal funds rate to end 2026 at 3.1%, consistent with one more quarter-point cut this year. In December, the median projection for the end of 2026 had been 3.4%.

Officials lowered their forecast for economic growth this year to 1.9% from 2.1% and now expect the unemployment rate to finish 2026 at 4.5%. They see core PCE inflation at 2.6% by the end of the year.

Before the meeting, futures markets had priced in about a 78% chance of a quarter-point cut.

The Fed also lowered the interest rate it pays banks on reserve balances to 3.40%, effective March 19, and said it would keep reinvesting the proceeds of maturing Treasury securities, holding its balance sheet near $6.6 trillion.

## Markets rally

Stocks, already higher before the announcement, extended their gains. The S&P 500 closed up 1.1%, the Dow Jones Industrial Average rose 487 points, or 1.0%, and the Nasdaq Composite added 1.4%. The yield on the 10-year Treasury note fell 6 basis points to 4.03%, and the two-year yield dropped 9 basis points to 3.41%.

"The Fed bought itself some insurance today without promising a series," said Marisol Eberhart, chief U.S. economist at Cobalt Harbor Securities. "The bar for another cut in April looks high."

In a statement posted on the Fed's website after the meeting, Ferrante said she "would have preferred to hold the rate steady until there is clearer evidence that services inflation is cooling." Albrecht did not issue a statement.

The cut brings the total reduction since September to a full percentage point. The committee's next meeting is scheduled for April 28-29.
""",
    sidebar=("Fed rate moves since September", [
        "Sept. 17, 2025: cut to 4.00%–4.25%",
        "Oct. 29, 2025: cut to 3.75%–4.00%",
        "Dec. 10, 2025: cut to 3.50%–3.75%",
        "Jan. 28, 2026: no change",
        "March 18, 2026: cut to 3.25%–3.50%",
    ]),
    related=("What the Fed's dot plot is and how to read it",
             "February jobs report: hiring slows, unemployment rate edges up",
             "Treasury yields slide as traders bet on a spring cut"),
)

CB_PAPER = page(
    "The Potomac Ledger", "potomacledger.example", "newspaper",
    path="economy/2026/03/19/split-fed-trims-rates-whitcombe-options-open", section="Economy",
    headline="A split Fed trims rates again, and Whitcombe keeps his options open",
    standfirst="The quarter-point cut was no surprise. Two dissents from opposite flanks of the committee were.",
    byline="By Theodore Vance, Economics Correspondent",
    dated=("jsonld", "2026-03-19T09:30:00Z"),
    body="""
The Federal Reserve lowered borrowing costs by 25 basis points yesterday, taking its target range for the federal funds rate to 3.25-3.5 percent. Investors had expected the move. What they had not expected was the shape of the vote.

Ten members of the Federal Open Market Committee backed the cut. Two did not, and they objected for opposite reasons: Governor Lydia Ferrante wanted to hold rates where they were, while Governor Thomas Albrecht argued for a cut twice as large.

Dissents from both directions at a single meeting are unusual, and they leave Chair Daniel Whitcombe presiding over a committee whose center is narrower than the 10-2 tally suggests.

"Disagreement around this table is a feature, not a flaw," Whitcombe said at his news conference, when asked whether the split complicated his job. "If the labor market softens faster than we expect, we are prepared to respond."

## Where rates go next

The Fed's updated projections, published alongside the decision, show the median policymaker expecting one more quarter-point reduction by the end of the year, for a year-end rate of 3.1 percent. Three months ago that median stood at 3.4 percent.

That path is shallower than the one traders had been betting on earlier in the winter, but financial markets took the news calmly. The S&P 500 finished the day 1.1 percent higher and the yield on the 10-year Treasury note slipped to 4.03 percent.

"Two dissents in opposite directions tell you the middle of the committee is thin," said Devin Castellanos, a portfolio manager at Lanyard Asset Management. "Whitcombe can hold it together for now, but every data release between now and the next meeting is going to feel like a vote."

## What it means for borrowers

For households, the effect of a single quarter-point move is modest. Credit-card rates, which are tied closely to the Fed's benchmark, should begin drifting lower within one or two billing cycles. A cardholder carrying a $10,000 balance would save about $25 a year in interest from this cut alone.

Mortgage rates follow longer-term bond yields more than the Fed's overnight rate. The average 30-year fixed mortgage rate stood at 6.11 percent last week, according to a weekly survey of lenders, down from 6.84 percent a year earlier.

## The labor market question

The central bank's own statement acknowledged that hiring has cooled. The unemployment rate rose to 4.4 percent in February, and officials now expect it to end the year at 4.5 percent.

Inflation, meanwhile, has been slow to finish its descent. Core PCE prices were up 2.8 percent in the year to January, and the Fed's projections show that measure at 2.6 percent by the end of 2026.

Ferrante, in a statement released after the meeting, said she "would have preferred to hold the rate steady until there is clearer evidence that services inflation is cooling." Albrecht, a former labor economist, has argued in recent speeches that the Fed risks waiting too long and letting unemployment climb further than it needs to.

Neither the White House nor congressional leaders commented on the decision. The next rate decision is due April 29.
""",
    sidebar=("By the numbers", [
        "3.25%–3.50%: the new target range",
        "25 basis points: size of the cut",
        "10–2: the committee vote",
        "3.1%: median projection for the end of 2026",
        "4.4%: unemployment rate in February",
    ]),
    related=("Opinion: The Fed's quiet split is louder than it looks",
             "Mortgage rates edge lower for a third straight week",
             "Who is Lydia Ferrante, the Fed's most hawkish governor?"),
)

CB_LIVE = page(
    "MarketDesk", "marketdesk.example", "live",
    path="live/fed-decision-march-2026", section="Markets",
    headline="Fed decision live: Central bank cuts rates by a quarter point; stocks close higher",
    standfirst="Follow our live coverage of the Federal Reserve's March decision, Chair Daniel Whitcombe's news conference and the market reaction. All times Eastern.",
    byline="By the MarketDesk team: Alina Rourke, Jonah Pemberton and Sasha Wilkes",
    dated=("visible", "Wednesday, March 18, 2026"),
    body="""
@@ 4:12 p.m. ET | Stocks close higher on Fed day

The closing bell is in. The S&P 500 finished up 1.1%, the Dow Jones Industrial Average gained 487 points, or 1.0%, and the Nasdaq Composite climbed 1.4%. Small caps did even better, with the Russell 2000 up 2.3%.

The 10-year Treasury yield settled at 4.03%, down 6 basis points on the day. Regional bank stocks lagged, as lower rates squeeze what lenders earn on deposits. That's all from us — thanks for following along.

@@ 3:24 p.m. ET | Whitcombe: the job is not finished on inflation

Asked whether the Fed could declare victory on prices, Chair Daniel Whitcombe said: "Inflation has come down a long way, but it has not finished the trip."

He declined to say whether another cut was likely at the April 28-29 meeting, noting that the committee will see two more inflation reports before then. On the balance sheet, which stands at about $6.6 trillion, he said it was "not a tool we are actively using right now."

@@ 2:48 p.m. ET | On the two dissents

Whitcombe was asked about the unusual split — one governor wanting no cut, another wanting a bigger one. "Disagreement around this table is a feature, not a flaw," he said.

@@ 2:31 p.m. ET | News conference under way

Whitcombe has taken the podium. Stocks are holding onto their gains: the S&P 500 is up 0.6% and the 10-year yield is at 4.05%.

@@ 2:06 p.m. ET | The dot plot

The new projections show a median year-end 2026 federal funds rate of 3.1%, down from 3.4% in December's projections. That points to one more quarter-point cut this year. The median for the end of 2027 is 2.9%.

The growth forecast for 2026 was trimmed to 1.9% from 2.1%. Unemployment is seen at 4.5% at the end of the year, and core PCE inflation at 2.6%.

@@ 2:00 p.m. ET | BREAKING: Fed cuts by 25 basis points

The Federal Reserve has lowered its federal funds target range by a quarter point to 3.25%-3.50%. The vote was 10-2. Governor Lydia Ferrante dissented in favor of holding rates steady; Governor Thomas J. Albrecht dissented in favor of a 50-basis-point cut.

The statement says job gains "have slowed" and inflation "remains somewhat elevated."

@@ 1:15 p.m. ET | What traders expect

Futures pricing implies a 78% probability of a quarter-point cut this afternoon and a 22% chance the Fed stands pat. The S&P 500 is up 0.3% at midday.

"A hold would be a genuine shock at this point," said Rafael Ortega-Lind, head of trading at Birchmont Capital. "The real question is what the dots say about the rest of the year."

@@ 9:45 a.m. ET | Good morning

Welcome to our live coverage of Fed day. Stocks opened modestly higher, with the S&P 500 up 0.2% in early trade. The decision is due at 2 p.m. ET, with Chair Whitcombe's news conference at 2:30 p.m.
""",
    sidebar=("Central banks at a glance", [
        "European Central Bank (deposit rate): 2.00%",
        "Bank of England: 3.75%",
        "Bank of Canada: 2.25%",
        "Bank of Japan: 0.75%",
        "Reserve Bank of Australia: 3.60%",
    ]),
    related=("Live: February jobs report", "Oil slips as inventories build", "Chart: How the Fed's dots have shifted"),
)

CB_LETTER = page(
    "The Rate Sheet", "ratesheet.example", "newsletter",
    path="issues/a-cut-two-dissents-and-a-high-bar-for-april", section="Issues",
    headline="The Rate Sheet: a cut, two dissents and a high bar for April",
    standfirst="What the Fed's March 18 decision tells us about the months ahead, and why we now expect the next move in June.",
    byline="By Gemma Strathairn, editor",
    body="""
Good morning, and welcome to The Rate Sheet. If you were hoping for drama from the Federal Reserve on Wednesday, you got it, though not where most people were looking.

The headline decision was exactly as advertised: a quarter-point cut that takes the federal funds target range to 3.25%–3.50%. That is the fourth cut since September and brings the cumulative easing in this cycle to 100 basis points. The statement landed at 2 p.m. Eastern, right on schedule.

The drama was in the vote. Governor Lydia Ferrante dissented because she wanted no cut at all. Governor Thomas Albrecht dissented because he wanted 50 basis points. The final count was 10–2.

## Reading the dots

The median projection for the end of 2026 moved down to 3.1% from 3.4% in December. Translate that into moves and the committee is pencilling in just one more quarter-point cut this year, after this one.

We think that is roughly right, but the timing matters. Chair Daniel Whitcombe was careful to say the committee is "not on a preset course," and his line on prices — "Inflation has come down a long way, but it has not finished the trip" — was the most hawkish thing said all afternoon.

Our call: no change at the April 28–29 meeting, and a final cut of the year in June that would take the range to 3.00%–3.25%. The main risk to that view is a sharp rise in unemployment, which was 4.4% in February and which the committee sees ending the year at 4.5%.

## The plumbing

Two technical details for the rates crowd. The interest rate on reserve balances drops to 3.40%, keeping it 10 basis points below the top of the range. And the Fed made no change to its balance-sheet plans, continuing to reinvest maturing securities rather than letting them roll off.

## Market check

The bond market's reaction was orderly. Ten-year yields closed at 4.03%, down 6 basis points, and two-year yields fell to 3.41%. Equities liked it too: the Dow gained nearly 500 points and the S&P 500 rose 1.1%.

"The Fed has moved from cutting because it can to cutting only when it must," said Priyanka Solberg, head of rates strategy at Wexmoor Bank, on a call with clients after the decision. "That is a different regime, and the curve has to price it."

## What we're watching

The next big test is the PCE inflation report for February, due later this month, followed by the March jobs report. If core inflation holds at 2.8% or drifts higher, April is off the table entirely. If payrolls disappoint badly, Albrecht may find he has company.

Thanks for reading. If a colleague forwarded this to you, you can subscribe below — it's free, and it arrives before the market opens.
""",
    sidebar=("Reader poll: when is the next cut?", [
        "April: 14%",
        "June: 51%",
        "July or later: 35%",
    ]),
    related=("Last issue: Why the January pause was not a pivot", "Explainer: interest on reserve balances",
             "From the archive: the 2025 cutting cycle in five charts"),
)

# ---------------------------------------------------------------------------------------------
# 2. el-AJ2 — election — 3 PLANTED
# ---------------------------------------------------------------------------------------------

EL_WIRE = page(
    "Union Press Wire", "unionpress.example", "wire",
    path="politics/2026/05/marchetti-wins-michigan-4th-district-special", section="Politics",
    headline="Democrat Elena Marchetti wins special election for Michigan's 4th District",
    standfirst="Marchetti flips a House seat Republicans won by more than 12 points in 2024, defeating former state Sen. Gordon Teague.",
    byline="By Corinne Haverford, Union Press Wire",
    dated=("meta", "2026-05-06T04:12:00Z"),
    body="""
LANSING, Mich. (UPW) — Democrat Elena Marchetti won a special election for Michigan's 4th Congressional District on Tuesday, capturing a seat that Republicans carried by more than 12 points in 2024 and trimming the GOP's narrow majority in the U.S. House.

With all precincts reporting, Marchetti, a former assistant county prosecutor and two-term state representative, had 118,472 votes, or 51.6%, according to unofficial results. Republican Gordon Teague, a farm-equipment dealer and former state senator, had 107,915 votes, or 47.0%. Libertarian Sam Oduya received 3,214 votes, or 1.4%.

Union Press Wire declared Marchetti the winner at 10:58 p.m. Teague conceded at 11:40 p.m., telling supporters at a banquet hall in Holland that he had called Marchetti to congratulate her.

"The voters have spoken, and I called Elena to congratulate her," Teague said. "I'd ask everyone in this room to give her the same fair chance they would have given me."

Marchetti, 44, spoke to supporters in Kalamazoo shortly after midnight. "Tonight, voters in southwest Michigan chose someone who will pick up the phone," she said.

The seat has been vacant since Republican Rep. Harlan Dekker resigned on Jan. 16 to become president of a private college. Dekker won a third term in 2024 with 55.1% of the vote to 42.8% for his Democratic opponent.

Turnout was 38.2% of registered voters, according to the Michigan Department of State, far below the 71.5% who voted in the district in the 2024 general election.

Marchetti's margin of 10,557 votes came largely from Kalamazoo County, where she ran up a wide lead in the city and its suburbs. Teague carried the district's rural counties, but by smaller margins than Dekker had two years ago.

Allegan County Clerk Doreen Vandermolen said voting went smoothly across her county. "We had a few long lines at lunchtime, but no machine problems and no ballots left uncounted," she said.

The state Board of Canvassers is scheduled to certify the results on May 18. Marchetti could be sworn in as soon as the following week.

Once she takes her seat, Republicans will hold 218 seats in the House and Democrats 215, with two vacancies.

Outside groups spent more than $14 million on the race, according to Federal Election Commission filings. Marchetti's campaign raised $6.3 million, compared with $4.1 million for Teague.

Oduya, a software developer from Plainwell, said he had run to give voters "a third door" and would not endorse either candidate.

House Democratic leaders have said they want Marchetti on the Agriculture Committee, a nod to the district's farm economy, though committee assignments will not be settled until she is sworn in.

Both parties treated the contest as an early test ahead of November's midterm elections. Republican strategists said privately that weak turnout in the district's farm counties had hurt Teague, while Democrats pointed to gains among suburban voters who had backed Dekker two years ago.
""",
    sidebar=("Recent special elections", [
        "Florida Senate District 11 (March 24): Republican hold, 58.3%",
        "Arizona House District 9 (April 14): Democratic hold, 53.9%",
        "New Hampshire House, Hillsborough 37 (Feb. 10): Democratic gain, 50.8%",
    ]),
    related=("Who is Elena Marchetti?", "Harlan Dekker leaves Congress for college presidency",
             "House majority math: what each vacancy means"),
)

EL_PAPER = page(
    "The Lakeshore Gazette", "lakeshoregazette.example", "newspaper",
    path="news/politics/2026/05/06/how-marchetti-turned-red-district-blue", section="Politics",
    headline="How Elena Marchetti turned a red Michigan district blue",
    standfirst="Suburban precincts around Kalamazoo and Portage swung hard to the Democrat, while Gordon Teague's rural base turned out in smaller numbers than in 2024.",
    byline="By Wendell Okonjo and Priya Castellano, Staff writers",
    dated=("jsonld", "2026-05-06T14:00:00Z"),
    body="""
Elena R. Marchetti's victory in yesterday's special election for the 4th Congressional District was built on a simple formula: win big where the voters are, and lose by less where they are not.

Marchetti, a Democrat from Portage, finished with 118,472 votes to 107,195 for Republican Gordon Teague, according to unofficial results posted by county clerks overnight. That works out to 51.6% for Marchetti and 47.0% for Teague, a margin of 4.6 percentage points in a district that former Rep. Harlan Dekker carried by 12.3 points less than two years ago. Libertarian Sam Oduya drew 1.4%.

## The suburbs moved

The biggest shift came in Kalamazoo County's portion of the district, where Marchetti won 63.4% of the vote. Dekker had lost the same precincts in 2024, but only narrowly. In Portage, her hometown, she carried every precinct.

"I knocked on doors in Otsego in January when it was nine degrees out, and people still opened them," Marchetti said in an interview yesterday morning, hours after declaring victory. "That told me this race was winnable."

## The rural vote stayed home

Teague won Allegan County with 61.8% of the vote and carried Van Buren County comfortably, but turnout in both lagged behind the suburbs. District-wide turnout was 38.2%.

Allegan County Clerk Doreen Vandermolen said turnout in her county came in at 36.9%. "For a special election in May, with nothing else on the ballot, that's about what we planned for," she said.

Teague, 58, conceded at 11:40 p.m. in a speech to supporters in Holland. "The voters have spoken, and I called Elena to congratulate her," he said.

Republicans pointed to the calendar. "Special elections in May are turnout contests, and we lost the turnout contest," said Mark Ridderhof, chairman of the Allegan County Republican Party. "November will be a different electorate."

## What comes next

The Board of State Canvassers is due to certify the result on May 18. Once Marchetti is sworn in, Republicans' House majority will stand at 218 seats to 215.

Alana Griffiths, a political scientist at Western Michigan University, said national Democrats would read too much into the result at their peril. "A win of this size in a seat like this is real, but a special-election electorate is older and more engaged than a midterm electorate," she said.

Marchetti will serve the remainder of Dekker's term, which ends in January 2027. She has already filed to run for a full term in November, and Teague has not said whether he will seek a rematch.

Her campaign leaned heavily on health care costs and on the restart of the Palisades nuclear plant in Van Buren County, which she supported and which Teague's allies had accused Democrats of undermining. Local union halls supplied much of her door-knocking operation, and the campaign said volunteers had reached voters at more than 90,000 homes in the final month.
""",
    sidebar=("Results by county (unofficial)", [
        "Kalamazoo County (part): Marchetti 63.4%",
        "Allegan County: Teague 61.8%",
        "Van Buren County: Teague 55.7%",
    ]),
    related=("Editorial: A short term with a long to-do list", "Palisades restart: where things stand",
             "Photos: Election night in Kalamazoo and Holland"),
)

EL_LIVE = page(
    "Great Lakes Ledger", "greatlakesledger.example", "live",
    path="live/michigan-4th-district-special-election-results", section="Politics",
    headline="Michigan 4th District special election live results: Marchetti wins, Teague concedes",
    standfirst="Live updates and results from the special election to replace former Rep. Harlan Dekker. All times Eastern.",
    byline="By Great Lakes Ledger staff",
    dated=("visible", "Tuesday, May 5, 2026"),
    body="""
@@ 12:35 a.m. | Final unofficial results

All precincts have now reported. Unofficial totals: Elena Marchetti (D) 118,472 votes (51.6%); Gordon Teague (R) 107,915 (47.0%); Sam Oduya (L) 3,214 (1.4%). Total votes cast: 229,601.

The Board of State Canvassers is scheduled to certify the result on May 18. We'll have full analysis in the morning. Thanks for staying up with us.

@@ 12:08 a.m. | Marchetti: "someone who will pick up the phone"

Marchetti took the stage in Kalamazoo to loud cheers. "Tonight, voters in southwest Michigan chose someone who will pick up the phone," she said. She thanked Teague for what she called "a gracious call" and promised to open district offices in both Kalamazoo and Allegan counties.

@@ 11:40 p.m. | Teague concedes

Republican Gordon Teague has conceded. Speaking at a banquet hall in Holland, he told supporters he had called Marchetti. "The voters have spoken, and I called Elena to congratulate her," he said.

@@ 10:58 p.m. | Race called for Marchetti

Union Press Wire has called the race for Democrat Elena Marchetti. Her lead has grown steadily as Kalamazoo County precincts report.

@@ 10:20 p.m. | Marchetti pulls ahead

With 64% of precincts reporting, Marchetti leads with 74,905 votes to 70,118 for Teague. Oduya has 2,011. Most of the outstanding vote is in Kalamazoo County, which is good news for the Democrat. A Teague campaign aide told us the mood in Holland is "quiet but not over."


@@ 9:15 p.m. | Early returns favor Teague

With 18% of precincts reporting — mostly rural precincts in Allegan and Van Buren counties — Teague leads 24,310 to 21,877. Oduya has 640. Expect this to tighten as the bigger precincts come in.

@@ 8:40 p.m. | Clerk: a smooth day

Allegan County Clerk Doreen Vandermeulen told the Ledger that voting went off without problems. "We had a few long lines at lunchtime, but no machine problems and no ballots left uncounted," she said.

@@ 8:00 p.m. | Polls are closed

Polls have closed across the district, and results will start coming in shortly. A reminder of the stakes: the seat has been empty since Rep. Harlan Dekker resigned on Jan. 16, and whoever wins will serve out the rest of his term.

@@ 6:30 p.m. | Turnout looking light

Election officials in several counties are reporting steady but light turnout. The Michigan Department of State had projected turnout below 40%. Marchetti, 44, is a former assistant county prosecutor and two-term state representative; Teague, 58, owns a farm-equipment dealership and served two terms in the state Senate.

@@ 9:30 a.m. | Both candidates have voted

Good morning and welcome to our election day coverage. Marchetti cast her ballot at an elementary school in Portage shortly after polls opened, with her two teenage sons beside her. Teague voted at his township hall near Hamilton and then headed to a diner in Allegan to shake hands. Polls are open until 8 p.m.
""",
    sidebar=("Key numbers", [
        "2024 result: Dekker (R) 55.1%, Democrat 42.8%",
        "2024 turnout in the district: 71.5%",
        "Registered voters: about 601,000",
    ]),
    related=("Results map: every precinct in the 4th District", "Where Marchetti and Teague stand on farm tariffs",
             "Newsletter: Great Lakes Politics"),
)

EL_RADIO = page(
    "Riverbend Public Media", "riverbendpublic.example", "broadcaster",
    path="news/marchetti-wins-4th-district-special-election-teague-concedes", section="News",
    headline="Marchetti wins 4th District special election; Teague says he is going back to the dealership",
    standfirst="The Democrat will serve the rest of former Rep. Harlan Dekker's term once the results are certified.",
    byline="By Simone Achterhof, Riverbend Public Media",
    body="""
Democrat Elena Marchetti won the special election for Michigan's 4th Congressional District on Tuesday, May 5, defeating Republican Gordon Teague by about 10,600 votes in a seat that had been in Republican hands for more than a decade.

Unofficial results show Marchetti with 118,472 votes, or 51.6%, and Teague with 107,915, or 47.0%. Libertarian Sam Oduya received 3,214 votes.

Teague conceded at 11:40 p.m. on election night. In an interview with Riverbend Public Media the next morning, he sounded at peace with the result. "I'm going back to the dealership; we have planters to fix and it's May," he said. "Elena ran a good race. I hope she remembers the farm counties."

Marchetti, speaking to supporters in Kalamazoo just after midnight, promised to be accessible. "Tonight, voters in southwest Michigan chose someone who will pick up the phone," she said.

Turnout was 38.2%, meaning fewer than four in ten registered voters cast a ballot. Allegan County Clerk Doreen Vandermolen said her office had counted every ballot by late evening and reported no equipment problems.

## Certification and swearing-in

The results will be certified by the Board of State Canvassers on May 21, after which Marchetti can be sworn in. She will serve until January 2027 and is running for a full term in November.

Her arrival in Washington will leave Republicans with 218 seats to the Democrats' 215.

## Issues on the ballot

Voters who spoke to Riverbend Public Media outside polling places in Kalamazoo, Allegan and Van Buren counties named the cost of health insurance, farm tariffs and the future of the Palisades nuclear plant as their main concerns.

"My premium went up again in January. That's my whole vote," said Renee Okoth, a nurse who voted at a church in Portage.

In Allegan County, several farmers said they backed Teague but worried about export markets. "He knows what a combine costs," said Lyle Baarsma, who grows corn and soybeans near Hopkins. "I just wish more of my neighbors had shown up."

The special election was triggered when Republican Rep. Harlan Dekker resigned in January to become president of a private college. Dekker had held the seat since 2021.

Until Marchetti is sworn in, constituent services for the district are being handled by the Clerk of the House, which took over Dekker's district offices in Kalamazoo and Holland after he left.

Oduya, the Libertarian, told Riverbend Public Media he was proud of a campaign run almost entirely by volunteers and would consider running again in November.

Marchetti's campaign raised $6.3 million, compared with $4.1 million for Teague, while outside groups spent more than $14 million on advertising and mailers, much of it on Kalamazoo and Grand Rapids television stations.
""",
    sidebar=("More from Riverbend", [
        "Listen: The Morning Report election recap",
        "Podcast: Inside the 4th District campaign",
        "Weather: Frost advisory for Allegan and Van Buren counties",
    ]),
    related=("Palisades restart draws new scrutiny", "Farmers brace for another tariff season",
             "Michigan's congressional delegation, explained"),
)

# ---------------------------------------------------------------------------------------------
# 3. ct-AJ3 — court — CONTROL
# ---------------------------------------------------------------------------------------------

CT_PAPER = page(
    "The Hudson Courier", "hudsoncourier.example", "newspaper",
    path="nyregion/2026/07/16/ledgerline-owen-castellane-convicted-fraud", section="Courts",
    headline="Ledgerline founder Owen Castellane convicted of fraud over crypto lender's collapse",
    standfirst="A Manhattan federal jury found Castellane guilty on five of seven counts after about 14 hours of deliberations, rejecting his argument that the platform's losses were a market accident.",
    byline="By Marguerite Solano, Courts Reporter",
    dated=("meta", "2026-07-16T21:40:00Z"),
    body="""
A federal jury in Manhattan on Thursday convicted Owen Castellane, the founder and former chief executive of the cryptocurrency lender Ledgerline Capital, of defrauding customers who lost an estimated $412 million when the platform collapsed in June 2024.

The jury of eight women and four men found Castellane, 41, guilty of securities fraud, two counts of wire fraud, conspiracy to commit wire fraud and conspiracy to commit money laundering. He was acquitted of commodities fraud and of making false statements to a bank.

The verdict was read at 3:15 p.m. in the courtroom of U.S. District Judge Harriet M. Coles, after jurors had deliberated for about 14 hours over three days. Castellane stood with his hands clasped and showed no visible reaction. His mother, seated in the second row of the gallery, wept.

Each of the five counts carries a maximum sentence of 20 years in prison. Judge Coles set sentencing for Nov. 19.

"Owen Castellane told thousands of ordinary people their money was safe while he was quietly gambling it away," U.S. Attorney Miriam Sato said in a statement. "Today a jury held him to account."

Peter Lindqvist, Castellane's lead lawyer, said outside the courthouse: "We respect the jury's work, but we believe the verdict is wrong on the law, and we will appeal."

## Four weeks of testimony

The trial opened June 17, and prosecutors called 23 witnesses. Their central witness was Nadia Ferris, Ledgerline's former chief operating officer, who pleaded guilty in October 2025 and testified that Castellane directed her to move customer deposits into a trading affiliate, Saltmarsh Markets, to cover losses on leveraged bets.

Prosecutors said about 9,800 customers, many of them small savers drawn by advertised yields of up to 11%, had money on the platform when it froze withdrawals.

Castellane testified in his own defense over two days, telling jurors he believed the transfers were loans that would be repaid and that a sudden crash in crypto prices, not fraud, sank the company. "I made mistakes of judgment, not of honesty," he said on the stand.

In his closing argument, Assistant U.S. Attorney Daniel Reyes told the jury that Castellane's own messages undermined that account. He read aloud a message in which Castellane wrote to Ferris: "Nobody checks the wallet, just keep the dashboard green."

## Free on bond, for now

Prosecutors asked Coles to detain Castellane until sentencing, arguing that he had access to assets the government had not traced. The judge declined, allowing him to remain free on a $5 million bond with electronic monitoring at his parents' home in Greenwich, Conn.

Ferris, 38, is scheduled to be sentenced on Sept. 10.

Customers' claims are being handled separately in bankruptcy court in Delaware, where a liquidation trust has so far returned about 31 cents on the dollar. Several former customers sat through much of the trial. "I don't need him to go to prison for a hundred years," said one, a retired bus mechanic from Queens who lost his savings. "I need him to stop saying it was the market."
""",
    sidebar=("Crypto on trial", [
        "Brightvale Exchange co-founder: sentenced to 9 years (March 2026)",
        "Nodewell Finance finance chief: acquitted on all counts (January 2026)",
        "Quarry Labs founder: trial set for October 2026",
    ]),
    related=("Who is Nadia Ferris, the star witness against Castellane?",
             "Ledgerline customers still waiting for their money",
             "Judge Harriet Coles and the cases that made her name"),
)

CT_TV = page(
    "ABS News", "absnews.example", "broadcaster",
    path="news/business/crypto-lender-boss-owen-castellane-guilty-new-york", section="Business",
    headline="Crypto lender boss Owen Castellane found guilty of fraud in New York",
    standfirst="The Ledgerline Capital founder faces a theoretical maximum of 100 years in prison after being convicted on five counts and acquitted on two.",
    byline="By Rowena Alcott, ABS News, New York",
    dated=("jsonld", "2026-07-16T20:05:00Z"),
    body="""
The founder of the collapsed cryptocurrency lender Ledgerline Capital has been found guilty of fraud by a jury in New York.

Owen Castellane, 41, was convicted on five of the seven counts he faced, including securities fraud and wire fraud, over the loss of more than $400m (about £305m) of customers' money.

The verdict was delivered at 3:15 p.m. local time (19:15 GMT) on Thursday at the federal courthouse in lower Manhattan, after the jury had deliberated for about 14 hours across three days.

Castellane was acquitted on two counts: commodities fraud and making false statements to a bank.

Nearly 10,000 customers had money on Ledgerline when it froze withdrawals in June 2024. Many were drawn by promises of interest of up to 11% a year on their deposits, far more than a bank savings account paid at the time.

Each count carries up to 20 years in prison, meaning a theoretical maximum of 100 years, though legal experts say any sentence is likely to be much shorter. Judge Harriet Coles will sentence him on 19 November.

"Sentencing guidelines in a case with losses of this size can point to decades, but judges in recent crypto cases have landed well below the guideline range," said Lionel Brakespeare, a former federal prosecutor who now teaches at Fordham University School of Law.

## 'Mistakes of judgment'

Prosecutors relied heavily on the testimony of Ledgerline's former chief operating officer, Nadia Ferris, who pleaded guilty last year and told jurors that Castellane had ordered her to move customer funds into an affiliated trading firm.

Castellane took the stand in his own defence and insisted that he had never intended to deceive anyone. "I made mistakes of judgment, not of honesty," he told the court.

His lawyer, Peter Lindqvist, said the defence would challenge the verdict. "We respect the jury's work, but we believe the verdict is wrong on the law, and we will appeal," he said.

In a statement, US Attorney Miriam Sato said Castellane had "told thousands of ordinary people their money was safe while he was quietly gambling it away."

## From Miami start-up to courtroom

Ledgerline was founded in Miami in 2019 and at its peak claimed to hold $1.6bn in customer assets. It offered loans backed by cryptocurrency and paid interest on deposits of digital tokens, a business model that flourished during the crypto boom and unravelled quickly when prices fell.

Castellane, once a regular speaker at industry conferences, remains free on a $5m bond until sentencing. Prosecutors had asked for him to be held in custody, but the judge refused.

The case is one of several brought by US prosecutors against crypto executives since the collapse of a string of lenders and exchanges. Investors in the UK and Europe were among Ledgerline's customers, although the company never held a British licence.
""",
    sidebar=("Ledgerline: key dates", [
        "2019: Ledgerline founded in Miami",
        "June 2024: withdrawals frozen",
        "October 2025: Nadia Ferris pleads guilty",
        "17 June 2026: trial opens in Manhattan",
        "16 July 2026: guilty on five counts",
    ]),
    related=("What happened to crypto lenders?", "Bitcoin price slides as regulators circle",
             "Watch: Outside the Manhattan courthouse as the verdict came in"),
)

CT_LETTER = page(
    "Docket Notes", "docketnotes.example", "newsletter",
    path="2026/why-the-castellane-jury-split-the-counts", section="Analysis",
    headline="Docket Notes: Why the Castellane jury split the counts",
    standfirst="A guilty verdict on five counts, acquittals on two, and what the split tells us about the appeal to come.",
    byline="By Leonard Haskett, Docket Notes",
    body="""
The jury in United States v. Castellane came back on Thursday, July 16, after roughly 14 hours of deliberations, and it did not give either side everything it wanted.

Owen Castellane was convicted on five counts: securities fraud, two counts of wire fraud, conspiracy to commit wire fraud and conspiracy to commit money laundering. He was acquitted on the other two, commodities fraud and a false-statements count tied to a 2023 loan application with a regional bank.

## The two acquittals

The commodities fraud count was always the government's most ambitious. To convict, jurors had to accept that the tokens Ledgerline's customers deposited were commodities and that Castellane's misstatements were made in connection with their sale. Defense lawyers spent a full morning of cross-examination on the government's expert, and it appears to have worked.

The false-statements count hinged on a single email to a bank loan officer that the defense argued was ambiguous rather than false. Jurors evidently agreed.

Neither acquittal does much for Castellane in practical terms, but both will feature in his appeal. "The jury clearly saw that this was not a simple story," his lawyer, Peter Lindqvist, said in a television interview that evening. Outside the courthouse earlier, he had put it more bluntly: "We respect the jury's work, but we believe the verdict is wrong on the law, and we will appeal."

## What the jury did not buy

The core of the defense was that Ledgerline was killed by a market crash, not by fraud. The jury rejected that on every count that mattered. It sent four notes during deliberations, two of them asking for transcripts of testimony by Nadia Ferris, the former chief operating officer who pleaded guilty in October 2025 and became the government's central witness.

Ferris, 38, who pleaded guilty to two counts of wire fraud, is due to be sentenced Sept. 10. Her cooperation agreement will almost certainly earn her a sentence well below Castellane's.

## Sentencing math

Each of the five counts of conviction carries a statutory maximum of 20 years. The government's loss figure of $412 million puts Castellane near the top of the guidelines' loss table, and the advisory range could approach life. In practice, recent sentences in large crypto fraud cases have run from under a decade to about 25 years.

U.S. District Judge Harriet Coles has set sentencing for Nov. 19. Prosecutors have said they will seek forfeiture of $190 million. Castellane remains free on a $5 million bond, a point on which Coles overruled the government.

## The appeal

Expect the appeal to focus on two rulings: Coles's decision to let prosecutors introduce Castellane's messages about a separate, never-launched token, and her instruction on what counts as a "loan" between affiliated companies. Neither is a frivolous issue, but the Second Circuit has been unreceptive to similar arguments, and appeals of this kind typically take 12 to 18 months to resolve.
""",
    sidebar=("Cases we're watching", [
        "United States v. Marrow (D.N.J.): jury selection begins July 27",
        "SEC v. Quarry Labs (S.D.N.Y.): summary judgment hearing Aug. 4",
        "Ninth Circuit: en banc argument in a data-privacy case, week of Aug. 10",
    ]),
    related=("Last week: The Second Circuit's quiet turn on wire fraud", "Primer: How federal loss tables work",
             "Docket Notes archive"),
)

# ---------------------------------------------------------------------------------------------
# 4. tr-AJ4 — trade — 3 PLANTED
# ---------------------------------------------------------------------------------------------

TR_WIRE = page(
    "Northstar Wire", "northstarwire.example", "wire",
    path="business/economy/2026/06/us-trade-deficit-narrows-april", section="Economy",
    headline="U.S. trade deficit narrows to $61.4 billion in April as imports fall",
    standfirst="The gap shrank 10.9% from March and came in below economists' forecasts, as exports of aircraft and soybeans rose.",
    byline="By Adaeze Fairbanks, Northstar Wire",
    dated=("meta", "2026-06-04T12:41:00Z"),
    body="""
WASHINGTON (Northstar) — The U.S. trade deficit narrowed more than expected in April, as imports of industrial supplies and medicines fell and exports rose to their highest level in nearly a year.

The deficit in goods and services shrank 10.9% to $61.4 billion from a revised $68.9 billion in March, the Commerce Department said on Thursday. Economists surveyed by Northstar Wire had forecast a deficit of $64.0 billion. The March gap was first reported as $69.3 billion.

Exports rose $3.2 billion, or 1.1%, to $283.7 billion. Shipments of civilian aircraft increased $1.4 billion, and soybean exports also rose. Imports fell $4.3 billion, or 1.2%, to $345.1 billion, led by a $2.9 billion drop in industrial supplies and a $1.6 billion decline in pharmaceutical preparations.

The goods deficit was $88.6 billion, while the surplus in services trade was $27.2 billion.

Among major trading partners, the goods deficit with the European Union was $19.7 billion, with China $17.8 billion and with Mexico $16.9 billion.

For the first four months of the year, the deficit totaled $262.3 billion, roughly half the $523.0 billion recorded in the same period of 2025, when importers rushed to bring in goods ahead of new tariffs.

U.S. Trade Representative Dana Whitfield said the April figures showed that recent trade agreements were beginning to pay off. "Our partners are buying more American goods, and that is the point of every agreement we have signed," she said in a statement.

Economists were more cautious. "Imports are settling onto a lower plateau, but that is partly because businesses stocked up so heavily last year," said Gareth Munroe, chief economist at Pellham Advisory. "I would not call one month a trend."

Business groups said the headline improvement masked continuing strains. "Manufacturers are still paying more for steel, aluminum and components than they were a year ago, and that does not show up in a deficit number," said Renata Gallo, vice president for trade policy at the American Components Association. Petroleum exports slipped as crude prices eased, and services trade was little changed.

The narrower gap is likely to help second-quarter economic growth figures. Pellham Advisory raised its estimate of second-quarter growth to an annualized 2.4% from 2.1% after the report.

The report, compiled by the Census Bureau and the Bureau of Economic Analysis, was released at 8:30 a.m. EDT. The figures are adjusted for seasonal variation but not for inflation.

Trade policy remains a source of uncertainty for businesses. Talks with Mexico and Canada over the review of their three-way trade agreement are due to intensify this summer, and several tariff exemptions for industrial inputs expire at the end of September.

The May trade report is scheduled for release on July 7.
""",
    sidebar=("Trade balance, 2026 ($ billions)", [
        "January: -66.2",
        "February: -65.8",
        "March (revised): -68.9",
        "April: -61.4",
    ]),
    related=("Factory orders rise for a second month", "Dollar steadies ahead of jobs data",
             "Explainer: how the trade deficit feeds into GDP"),
)

TR_LIVE = page(
    "The Markets Minute", "marketsminute.example", "live",
    path="live/april-trade-data-2026", section="Markets",
    headline="Trade data live: April deficit narrows to $61.4 billion, beating forecasts",
    standfirst="Live coverage of the April trade report and reaction from Washington and the markets. All times Eastern.",
    byline="By Kendra Polanski and Mateo Ferreira",
    dated=("visible", "Thursday, June 4, 2026"),
    body="""
@@ 11:20 a.m. | Whitfield: 'We are chasing access'

Deputy Commerce Secretary Dana Whitfield, speaking on a business television program, pushed back on the idea that the administration is fixated on the headline deficit. "We are not chasing a number; we are chasing access," she said. "When a farmer in Iowa can sell into a market that was closed to him, that is the win."

Whitfield is due to travel to Mexico City later this month for talks on the review of the U.S.-Mexico-Canada Agreement.

@@ 10:40 a.m. | Economists: don't get carried away

"The aircraft number is lumpy; strip it out and exports were roughly flat," said Laila Voss, senior economist at Kestrel Bank. "The import drop is the real story, and it looks more like businesses working down stockpiles than a change in American demand."

@@ 10:05 a.m. | Markets shrug

The S&P 500 is up 0.3% in morning trade, and the dollar index is little changed. Treasury yields are flat. Trade data rarely moves markets much on its own, and today is no exception.

@@ 9:40 a.m. | Reaction from importers

The Coalition for Open Ports, which represents retailers and importers, said the fall in imports reflected "higher prices at the register, not a manufacturing revival." The group has been lobbying for more tariff exemptions on consumer goods before the holiday ordering season begins this summer.

@@ 9:10 a.m. | Digging into the details

A few things stand out in the breakdown. The goods deficit was $88.6 billion, while services posted a $27.2 billion surplus.

The goods deficit with the European Union was $19.7 billion, with China $17.8 billion and with Mexico $16.9 billion.

Civilian aircraft exports rose $1.4 billion. On the import side, industrial supplies fell $2.9 billion and pharmaceutical preparations fell $1.6 billion. Imports of consumer goods were little changed, which suggests households have not pulled back much yet.

@@ 8:30 a.m. | The numbers are out

The U.S. trade deficit narrowed to $61.4 billion in April from a revised $68.9 billion in March, the Commerce Department reports. That is a smaller gap than the $64.0 billion consensus.

Exports: $283.7 billion, up 1.1%. Imports: $345.1 billion, down 1.2%.

March was originally reported at $69.3 billion, so the revision lowers the starting point a little.

@@ 8:00 a.m. | What to expect

The consensus forecast is for a deficit of $64.0 billion. Forecasts in the survey ranged from $58.5 billion to $70.4 billion, a wide spread that reflects how hard the past year's tariff swings have made the numbers to call.

@@ 7:30 a.m. | Good morning

Welcome. The Commerce Department's April trade report lands at 8:30 a.m. ET, or 12:30 GMT. Stock futures are flat, and traders are also watching weekly jobless claims, released at the same time.
""",
    sidebar=("Market snapshot", [
        "S&P 500: +0.3%",
        "Dollar index: unchanged",
        "10-year Treasury: flat",
    ]),
    related=("Live: May jobs report", "What the trade deficit means for the dollar", "Markets Minute newsletter"),
)

TR_LETTER = page(
    "The Customs House", "customshouse.example", "newsletter",
    path="p/april-trade-gap-tariffs", section="Newsletter",
    headline="The Customs House: What April's smaller trade gap does and doesn't tell us about tariffs",
    standfirst="Imports are down, exports are up, and the administration is claiming vindication. The details are messier.",
    byline="By Isobel Tranter",
    dated=("jsonld", "2026-06-05T11:00:00Z"),
    body="""
Wednesday's trade report gave the administration a headline it wanted: the U.S. deficit in goods and services fell to $61.4 billion in April, down from a revised $68.9 billion in March and smaller than forecasters expected.

U.S. Trade Representative Dana M. Whitfield was quick to claim credit, saying in a statement that "our partners are buying more American goods, and that is the point of every agreement we have signed."

Let's look under the hood, because the composition of the change matters more than its size.

## Exports: one good month

Exports climbed to $283.7 billion, a gain of $3.2 billion. But $1.4 billion of that came from civilian aircraft, a category that swings with delivery schedules at a handful of plants. Soybeans helped too, as buyers in Southeast Asia returned after a slow winter. Take both out and the rest of the export picture looks like a flat line.

## Imports: lower, but why?

Imports fell to $345.1 billion. The biggest drop was in industrial supplies, down $2.9 billion, with a large share of that in nonmonetary gold, which moves with prices and has little to do with trade policy. Pharmaceutical imports fell $1.6 billion after companies spent much of last year importing ahead of expected tariffs.

Tariffs are doing their part on the revenue side. The Treasury collected $29.6 billion in customs duties in April, according to its monthly statement, compared with $16.3 billion in April 2025.

## Europe and China

The goods deficit with the European Union was $19.7 billion (about €17.3 billion), the largest of any trading partner. China's was $17.8 billion, well below the monthly gaps of more than $25 billion that were routine before the tariff increases.

"What you are seeing with China is diversion, not reduction," said Hollis Dunmore, a trade lawyer at Marchbank LLP in Washington. "The goods still come; they just come through Vietnam and Mexico."

## The year so far

For January through April, the deficit totaled $262.3 billion, about half the figure for the same months of 2025. That comparison flatters the present: early 2025 was distorted by a rush to import before tariffs took effect.

## What to watch

Two things. First, the review of the agreement with Mexico and Canada, which will determine whether the Mexican gap keeps growing. Second, the aircraft numbers: if deliveries slip in May, the export line will give back much of April's gain.

Whitfield's office argues that the deals signed over the past year are opening markets that will show up in the data gradually. Perhaps. For now, one month of better numbers is mostly a story about what Americans stopped buying, not what the rest of the world started buying from us.
""",
    sidebar=("Elsewhere in trade this week", [
        "Germany's April trade surplus: €15.2 billion",
        "China's May exports: up 4.8% year on year",
        "Canada's April trade deficit: C$3.1 billion",
    ]),
    related=("Last issue: The tariff exemption cliff in September", "Chart pack: five years of the U.S. trade balance",
             "Subscriber Q&A: Does the deficit matter?"),
)

TR_RADIO = page(
    "Heartland Business Radio", "hbradio.example", "broadcaster",
    path="news/soybeans-jetliners-lift-us-exports-trade-gap-narrows", section="Agriculture",
    headline="Soybeans and jetliners lift U.S. exports as trade gap narrows",
    standfirst="Farm groups welcomed a rise in April shipments, but say one month does not make a recovery.",
    byline="By Cal Hegstrom, Heartland Business Radio",
    body="""
The U.S. trade deficit narrowed to about $61 billion in April, the Commerce Department reported on Thursday, June 4, helped by stronger sales of soybeans and commercial aircraft abroad.

Exports rose to $287.3 billion, while imports fell to $345.1 billion. The gap was $61.4 billion, down from a revised $68.9 billion in March.

For farm country, the numbers were welcome. Soybean exports were valued at $2.1 billion in April, up from $1.5 billion a year earlier, as buyers in Southeast Asia and North Africa stepped up purchases.

"We've had two rough years, so I'll take a good month," said Dale Voorhees, who farms 2,400 acres of corn and soybeans near Mitchell, South Dakota. "But I've sold beans for thirty years, and one month doesn't make a market."

Civilian aircraft exports rose $1.4 billion, reflecting deliveries of jetliners built in Washington state and South Carolina. Imports fell as companies bought fewer industrial supplies and medicines from abroad.

U.S. Trade Representative Dana Whitfield said the figures reflected new agreements that lowered foreign barriers to American goods. "Our partners are buying more American goods, and that is the point of every agreement we have signed," she said in a statement.

## Farm groups cautious

The Midwest Soybean Growers Council said the April numbers were encouraging but that prices were still below the cost of production for many farmers.

"Buyers came back because our beans got cheaper, not because anybody fell in love with us," said council president Ann Kjellberg. "We need those trade deals to hold for more than a season."

Gareth Munroe, chief economist at Pellham Advisory, told Heartland Business Radio that the dollar remained a headwind. "Agriculture had a strong April, but the dollar is still strong enough to make U.S. grain expensive in a lot of markets," he said.

The goods deficit with China was $17.8 billion in April. China, once the largest buyer of American soybeans, has bought far less since the tariff disputes, and farmers have spent years trying to replace those sales.

## Looking ahead

Trade Representative Whitfield is expected to visit the Midwest again this summer, her office said. Farmers are also watching the review of the agreement with Mexico and Canada, two of the largest markets for American corn, pork and dairy.

Kjellberg said the council would press the administration to include farm products in any new agreements with Southeast Asian countries. "Every time we lose a buyer, it takes years to win them back," she said. "We're still trying to win back buyers we lost a decade ago."

Voorhees said he planned to plant slightly more corn next year. "You spread your bets," he said. "That's all any of us can do."
""",
    sidebar=("Farm markets at the close", [
        "Soybeans (July): $10.42 a bushel",
        "Corn (July): $4.37 a bushel",
        "Wheat (July): $5.61 a bushel",
    ]),
    related=("Listen: Heartland Morning Markets", "Drought watch for the western Corn Belt",
             "Hog prices climb on export demand"),
)

# ---------------------------------------------------------------------------------------------
# 5. rk-AJ5 — rocket — CONTROL
# ---------------------------------------------------------------------------------------------

RK_SITE = page(
    "Orbital Dispatch", "orbitaldispatch.example", "site",
    path="launches/2026/08/corvane-halberd-meridian-24-satellites", section="Launches",
    headline="Corvane's Halberd launches 24 Meridian satellites two days after last-second scrub",
    standfirst="The booster, flying for the fourth time, landed on the droneship Tidewater Resolve about eight and a half minutes after liftoff.",
    byline="By Elliot Kagawa, Senior Space Reporter",
    dated=("jsonld", "2026-08-22T11:30:00Z"),
    body="""
CAPE CANAVERAL, Fla. — Corvane Aerospace launched 24 broadband satellites for Meridian Orbital on Saturday morning, two days after the company called off its first attempt with less than a minute left in the countdown.

The Halberd rocket lifted off from Space Launch Complex 15 at Cape Canaveral Space Force Station at 6:42 a.m. EDT (10:42 UTC), climbing northeast through a clear sky as its seven Vesper engines produced about 1.9 million pounds of thrust.

The first stage, designated C-04 and making its fourth flight, separated about two and a half minutes after liftoff and landed on the droneship Tidewater Resolve roughly 600 kilometers (370 miles) downrange, 8 minutes 34 seconds into the mission.

The upper stage released the satellites about 62 minutes after launch into a 550-kilometer (340-mile) orbit inclined 53 degrees to the equator. Meridian confirmed shortly afterward that it had made contact with all 24.

"Thursday's scrub was the system doing exactly what it should do," said Corvane chief executive Rosalind K. Pruitt. "We found a sensor that was telling us something we didn't like, we fixed it, and we flew."

## Why Thursday stopped

Thursday's attempt, which targeted a 6:51 a.m. liftoff, was halted at T-minus 47 seconds when the launch computer flagged an out-of-range reading from a valve sensor on the ground equipment that feeds liquid oxygen to the rocket. Technicians replaced the sensor on Friday, and the company said no changes were needed to the rocket itself.

"The vehicle was clean all the way up," launch director Marco Delgado said on the company's webcast after the landing.

## The payload

Each Meridian satellite weighs about 585 kilograms, bringing the payload to roughly 14 metric tons. The launch brings Meridian's constellation to 312 satellites. The company plans to have about 1,100 in orbit by the end of 2028 and aims to begin selling broadband service in the United States next year.

The flight was the 38th for the Halberd since its debut in 2022 and Corvane's 11th launch of 2026, putting the company on pace for its busiest year.

The 45th Weather Squadron had forecast an 85% chance of favorable conditions, and the only concern, a line of showers offshore, stayed well east of the landing zone.

## What's next

Corvane's next Halberd mission, carrying a commercial Earth-imaging satellite, is scheduled for early September from Vandenberg Space Force Base in California. The company is also preparing a second launch pad at the Cape, which it says will allow it to fly more often from Florida starting next year.

Booster C-04 is expected to return to port in two to three days, where it will be inspected and prepared for its fifth flight.
""",
    sidebar=("Launch tally 2026 (through Aug. 22)", [
        "Corvane Halberd: 11",
        "Aldermoor Launch Systems Kestrel: 6",
        "Sable Rocket Co. Tern: 3",
    ]),
    related=("Meridian Orbital's constellation, explained", "Inside Corvane's booster refurbishment hangar",
             "Launch schedule: what's flying from Florida this month"),
)

RK_LIVE = page(
    "Brevard Beacon", "brevardbeacon.example", "live",
    path="space/live-corvane-halberd-meridian-launch", section="Space",
    headline="Live: Corvane Halberd launch with 24 Meridian satellites from Cape Canaveral",
    standfirst="Updates from the Space Coast as Corvane tries again after Thursday's scrub. All times EDT.",
    byline="By Jolene Baptiste, Space Reporter",
    dated=("visible", "Saturday, Aug. 22, 2026"),
    body="""
@@ 7:52 a.m. | All 24 satellites confirmed

Meridian Orbital says it has made contact with all 24 satellites, which separated from the upper stage at 7:44 a.m. That's a wrap for this morning's mission.

"We're now at 312 satellites in orbit, and every one of today's two dozen is talking to us," Meridian Orbital president Hal Okafor said in a post on the company's website.

@@ 7:10 a.m. | Upper stage coasting

The upper stage has finished its first burn and is now coasting. The satellites are expected to separate at about 7:44 a.m., roughly 62 minutes after liftoff. Corvane's webcast has switched to a view from the droneship, where the booster sits upright on the deck.

@@ 6:51 a.m. | Booster lands on the droneship

The first stage, booster C-04, touched down on the droneship Tidewater Resolve in the Atlantic, about 370 miles off the coast. It was the booster's fourth flight. Cheers from the crowd at Jetty Park as the landing appeared on the big screen.

@@ 6:45 a.m. | Stage separation

The first and second stages have separated, and the upper-stage engine is burning normally. Corvane's webcast shows the booster turning around for its trip back toward the droneship.

@@ 6:42 a.m. | LIFTOFF

Halberd has lifted off from Space Launch Complex 15! The rumble reached the crowds on Cocoa Beach within seconds, and the rocket was visible for a couple of minutes as it arced northeast over the ocean.

@@ 6:30 a.m. | Go for launch

Launch director Marco Delgado has polled the team, and every console is "go." The countdown is now in its automated sequence. Onboard computers will take over in the final minutes.

@@ 6:20 a.m. | Weather is go, fueling complete

The 45th Weather Squadron had forecast an 85% chance of acceptable weather for this morning's launch, and the skies have cooperated. Corvane reports that propellant loading finished at 6:05 a.m. and that there are no technical issues.

@@ 5:30 a.m. | Quick recap of Thursday's scrub

Thursday's attempt was called off at T-minus 47 seconds. The countdown had been targeting a 6:51 a.m. liftoff. The culprit was a sensor on a ground-side liquid oxygen valve; Corvane says it replaced the part on Friday.

"We'd rather stand down with 47 seconds to go than fly with a question mark," Corvane chief executive Rosalind Pruitt wrote on social media after the scrub.

@@ 5:00 a.m. | Good morning from the Space Coast

Liftoff is targeted for 6:42 a.m. The payload is 24 Meridian broadband satellites, about 14 metric tons in all, or roughly 31,000 pounds. Good viewing spots include Jetty Park in Port Canaveral, the beaches in Cocoa Beach and the riverfront in Titusville. Expect traffic on State Road 528 if you're heading to the coast.
""",
    sidebar=("Upcoming Space Coast launches", [
        "Aug. 27: Aldermoor Launch Systems Kestrel, ocean-monitoring satellite, window opens 11:18 p.m.",
        "Sept. 9: Sable Rocket Co. Tern, small-satellite rideshare, window opens 2:05 a.m.",
    ]),
    related=("Launch viewing guide for the Space Coast", "Photos: Halberd lights up the morning sky",
             "Space Coast jobs boom as launch rate climbs"),
)

RK_WIRE = page(
    "Atlantic Newswire", "atlanticnewswire.example", "wire",
    path="business/corvane-rocket-launches-meridian-broadband-satellites", section="Business",
    headline="Corvane rocket launches Meridian broadband satellites from Florida",
    standfirst="The launch keeps Meridian Orbital on track to begin commercial service in 2027, the company says.",
    byline="By Samuel Quaye, Atlantic Newswire",
    dated=("meta", "2026-08-22T11:20:00Z"),
    body="""
CAPE CANAVERAL, Florida (Atlantic Newswire) — A Corvane Aerospace Halberd rocket carrying 24 broadband satellites for Meridian Orbital lifted off from Florida on Saturday at 6:42 a.m. local time (10:42 GMT), two days after a last-minute scrub.

The rocket's first-stage booster landed on an ocean platform minutes after launch, Corvane said, completing the fourth flight for that booster. The satellites were due to separate from the rocket's upper stage about an hour after liftoff.

Thursday's attempt was halted 47 seconds before liftoff because of a faulty sensor on ground equipment.

Meridian Orbital, which had 288 satellites in orbit before Saturday's launch, aims to begin commercial broadband service in the United States in the first half of 2027 and to expand its network to about 1,100 satellites by 2028. The satellites together weigh about 14 tonnes.

"Every launch closes the gap between a constellation on paper and a service people can buy," Meridian Orbital president Hal Okafor said in a statement.

Corvane holds a contract for 14 Meridian launches, valued by people familiar with the deal at about $980 million. Saturday's mission was the eighth under that contract. Meridian has also bought launches from other providers to speed up the deployment.

Corvane, based in Merritt Island, Florida, has flown the Halberd 38 times since 2022, and the company is privately held. It raised new funding last year from a group of investors led by pension funds and sovereign investors, valuing it at about $7.5 billion, according to two people familiar with the round.

Chief executive Rosalind Pruitt said on a call with reporters before the launch that the company was struggling to build rockets fast enough. "Demand for medium-lift launch is running well ahead of supply, and we intend to fly twenty times next year," she said.

The launch market has grown rapidly as companies race to build satellite internet networks to compete with established providers. Reusable boosters, which land after launch and fly again, have cut costs sharply.

The Federal Communications Commission approved Meridian's plans for its network in 2024, on condition that half of the satellites be in orbit within six years.

Meridian, which is backed by a group of telecommunications companies and private equity firms, has said it will offer service first to rural customers and airlines, then expand to businesses and government agencies.

Launches from Florida's Space Coast have become so frequent that local officials have asked the Space Force and the Federal Aviation Administration to spread them more evenly, to reduce road closures and disruption to flights along the East Coast.

The company has not disclosed prices, but executives have said it would be competitive with existing satellite internet services.
""",
    sidebar=("More space and aerospace news", [
        "Aldermoor Launch Systems wins Space Force contract",
        "Satellite operators seek more radio spectrum",
        "European launcher completes test firing",
    ]),
    related=("Analysis: The crowded race for satellite broadband", "Corvane's valuation: what investors are paying for",
             "FCC sets new rules for satellite debris"),
)

# ---------------------------------------------------------------------------------------------
# 6. eq-AJ6 — earthquake — 3 PLANTED
# ---------------------------------------------------------------------------------------------

EQ_WIRE = page(
    "Pacific Coast Wire", "pacwire.example", "wire",
    path="us/2026/10/magnitude-6-2-earthquake-central-california-coalinga", section="U.S.",
    headline="Magnitude 6.2 earthquake kills 2 in Central California, damages Coalinga downtown",
    standfirst="The pre-dawn quake was felt from Sacramento to Los Angeles; more than 180 aftershocks followed.",
    byline="By Rafael Quintanilla and Joanne Whitlock, Pacific Coast Wire",
    dated=("meta", "2026-10-14T02:10:00Z"),
    body="""
COALINGA, Calif. (PCW) — A magnitude 6.2 earthquake struck Central California before dawn on Tuesday, killing two people, injuring 37 and damaging scores of buildings in the small oil town of Coalinga, officials said.

The quake hit at 3:47 a.m. PDT (10:47 UTC) and was centered about 14 kilometers (9 miles) northwest of Coalinga in western Fresno County, at a depth of 9.4 kilometers (5.8 miles), according to the US Geological Survey. The agency initially put the magnitude at 6.4 before revising it downward.

Shaking was felt as far away as Sacramento and Los Angeles. The ShakeAlert warning system sent alerts to about 2.1 million phones, some of which buzzed several seconds before the strongest shaking arrived.

Fresno County Sheriff Gail Renner said a 79-year-old woman died when the chimney of her house collapsed onto her bedroom, and a 52-year-old man was killed when a retaining wall gave way at a ranch north of town.

"We are still going door to door in the older neighborhoods," Renner said at an afternoon news briefing. "If you have not heard from a relative in Coalinga, call us."

At least 37 people were treated at hospitals for injuries, most of them cuts and broken bones, she said.

City inspectors had red-tagged 112 buildings as unsafe to enter and yellow-tagged 260 others by Tuesday evening, Coalinga Mayor Teresa Villaseñor said. Many of the damaged structures were brick storefronts along Elm Avenue.

Pacific Gas and Electric Co. said about 41,000 customers lost power at the peak of the outages. Most had been restored by evening.

"It sounded like a freight train coming through the kitchen," said Luis Ortega, who runs a tire shop near the center of town and spent the morning sweeping glass from the sidewalk. "Then everything that was on a shelf was on the floor."


The USGS recorded more than 180 aftershocks by late Tuesday, the largest a magnitude 4.8 tremor at 5:12 a.m.

"This looks like a thrust event on the same system of buried faults that produced the 1983 Coalinga earthquake," said Keiko Arnaud, a research geophysicist with the USGS in Pasadena. "Aftershocks will continue for weeks, and a few of them may be strong enough to cause additional damage."

The governor declared a state of emergency for Fresno County on Tuesday afternoon. Caltrans closed State Route 198 between Coalinga and Interstate 5 after rocks tumbled onto the roadway.

Coalinga, a town of about 17,000 people on the western edge of the San Joaquin Valley, was largely rebuilt after the 1983 quake, but many older buildings were never retrofitted. Oil companies in the surrounding fields said they had shut some wells as a precaution and were inspecting pipelines and storage tanks.

Schools in the Coalinga-Huron district were closed on Tuesday, and officials said they would remain shut until inspectors had checked every campus.
""",
    sidebar=("Recent California earthquakes", [
        "Dec. 2024: offshore Cape Mendocino, magnitude 7.0",
        "July 2019: Ridgecrest, magnitude 7.1",
        "Aug. 2014: South Napa, magnitude 6.0",
    ]),
    related=("How to prepare for an earthquake", "What ShakeAlert can and can't do",
             "The 1983 Coalinga earthquake, in photos"),
)

EQ_PAPER = page(
    "The Central Valley Sentinel", "cvsentinel.example", "newspaper",
    path="local/2026/10/14/coalinga-earthquake-day-of-loss-and-cleanup", section="Local",
    headline="'The whole house jumped': Coalinga wakes to a day of loss and cleanup",
    standfirst="Two people died and dozens were hurt when a magnitude 6.2 quake struck before dawn yesterday. By nightfall, downtown was fenced off and residents were sleeping in their yards.",
    byline="By Marisol Etxeberria, Staff writer",
    dated=("jsonld", "2026-10-14T13:00:00Z"),
    body="""
COALINGA — Armando Felix was asleep when the earthquake hit at 3:47 a.m. yesterday. By the time he was fully awake, he was on the floor of his bedroom, the dresser had walked halfway across the room and the front window was in pieces on the lawn.

"The whole house jumped," said Felix, 63, a retired oil field mechanic. "Not shook. Jumped. Then it rolled for what felt like a minute."

The magnitude 6.2 earthquake, centered about 9 miles northwest of Coalinga, killed two people and injured 37, according to the Fresno County Sheriff's Office. It was the strongest quake to hit the town since May 1983, when a temblor destroyed much of the downtown.

One of the dead was Dolores Prieto, 79, a retired school cafeteria worker whose brick chimney collapsed into her bedroom. Neighbors said she had lived in the house for more than 50 years. The other victim, a 52-year-old ranch hand, was killed when a retaining wall collapsed north of town. His name had not been released last night.

## Downtown fenced off

By afternoon, city crews had fenced off three blocks of Elm Avenue, where several brick storefronts lost their facades. Inspectors red-tagged 112 buildings as too dangerous to enter.

"We have people who can't go home tonight, and we have businesses that may not reopen," Mayor Teresa Villaseñor said. "But we did this in 1983, and we will do it again."

About 14,000 Pacific Gas and Electric customers lost power at the peak of the outages, and some neighborhoods were still dark after sunset. Water service was interrupted on the north side of town after a main broke near the high school.

The U.S. Geological Survey first measured the quake at magnitude 6.4 before lowering the figure. A magnitude 4.8 aftershock at 5:12 a.m. sent people who had gone back inside running out again, and scores of smaller aftershocks followed through the day.

## Sleeping outside

About 140 people spent the night at a Red Cross shelter in the gym at West Hills College. Many others stayed in their yards or in their cars, afraid to go back indoors.

"I've got the kids in the truck bed with sleeping bags," said Yesenia Cardenas, 34, who lives two blocks from Elm Avenue. "The house is fine, I think. I just can't make myself go in there."

Fresno County Sheriff Gail Renner urged people to stay away from damaged areas. "Please stay out of downtown. Those brick buildings are not done moving," she said.

Coalinga schools were closed yesterday and will remain closed today while buildings are inspected. State Route 198 was closed west of Interstate 5 because of rockfall.

The governor declared a state of emergency for Fresno County, which clears the way for state aid. County supervisors planned an emergency meeting for this morning.
""",
    sidebar=("How to help", [
        "Red Cross shelter: West Hills College gym, open 24 hours",
        "Coalinga Community Food Pantry: donations accepted at the Elm Avenue fire station",
        "County hotline for missing relatives: listed on the sheriff's website",
    ]),
    related=("Photos: Coalinga after the quake", "Is your house ready for the next big one?",
             "Editorial: Retrofit the brick buildings before the next quake"),
)

EQ_LIVE = page(
    "Valley 24 News", "valley24.example", "live",
    path="live/coalinga-earthquake-updates", section="News",
    headline="Live updates: Magnitude 6.2 earthquake shakes Coalinga and the Central Valley",
    standfirst="Follow the latest on damage, injuries, aftershocks and road closures. All times Pacific.",
    byline="By Valley 24 News digital staff",
    dated=("visible", "Tuesday, October 13, 2026"),
    body="""
@@ 6:30 p.m. | Where things stand tonight

Two people have died and 37 have been injured, according to the Fresno County Sheriff's Office. Inspectors have red-tagged 112 buildings in Coalinga. The USGS has recorded more than 180 aftershocks.

A Red Cross shelter is open at the West Hills College gym. State Route 198 remains closed between Coalinga and Interstate 5.

@@ 3:50 p.m. | Aftershocks keep coming

The USGS says it has recorded more than 150 aftershocks so far. Most are too small to feel, but several have been strong enough to rattle windows in Coalinga. Seismologists say the pace should slow over the coming days.

@@ 2:15 p.m. | State of emergency declared

The governor has declared a state of emergency for Fresno County, freeing up state money and personnel for the recovery.

@@ 12:30 p.m. | Schools closed

The Coalinga-Huron school district says all of its schools are closed and will stay closed until every campus has been inspected. Parents can pick up belongings at a later date, the district said.

@@ 11:40 a.m. | Power outages

Pacific Gas and Electric says outages peaked at about 41,000 customers this morning. Crews have restored power to most of them, but parts of Coalinga could be without electricity into the night.

@@ 10:15 a.m. | Patients treated outside

Coalinga's hospital is treating some patients in its parking lot while engineers check the building. Staff told our crew most injuries are cuts from broken glass and a few broken bones. More serious cases are being taken to hospitals in Fresno.

@@ 9:05 a.m. | Second death confirmed

Sheriff Gail Renner confirms a second death: a 52-year-old man killed when a retaining wall collapsed at a ranch north of Coalinga. At least 20 people have been treated for injuries so far.

"Please stay out of downtown. Those brick buildings are not done moving," Renner told reporters at a morning briefing.

@@ 8:10 a.m. | Highway closed

Caltrans has closed State Route 198 between Coalinga and Interstate 5 because of rocks on the road. Use Jayne Avenue or State Route 33 instead.

@@ 7:20 a.m. | USGS lowers magnitude to 6.2

The U.S. Geological Survey has revised its estimate of the earthquake's magnitude to 6.2 from an initial 6.4. The epicenter was about 14 kilometers (9 miles) northwest of Coalinga, at a depth of 9.4 kilometers.

One death has been reported, an elderly woman in Coalinga. Pacific Gas and Electric says about 38,000 customers are without power.

@@ 5:20 a.m. | Strong aftershock

A magnitude 4.8 aftershock rattled the area at 5:12 a.m. Viewers in Huron, Lemoore and Hanford told us they felt it clearly.

@@ 5:05 a.m. | Strong earthquake hits the Central Valley

A strong earthquake struck at 4:47 a.m., shaking much of the Central Valley. The USGS initially estimated the magnitude at 6.4. We are getting reports of damage in Coalinga, including collapsed chimneys and broken windows downtown. If it is safe to do so, send us your photos and videos.
""",
    sidebar=("Valley 24 Weather", [
        "Fresno today: sunny, high 84",
        "Coalinga tonight: clear, low 55",
        "Air quality: moderate",
    ]),
    related=("Watch: Valley 24 News at 6", "Earthquake safety tips from Cal OES", "Traffic: Road closures in Fresno County"),
)

EQ_RADIO = page(
    "Golden State Public Radio", "gspr.example", "broadcaster",
    path="science/why-tuesdays-central-valley-quake-came-from-a-fault-you-cant-see", section="Science",
    headline="Why Tuesday's Central Valley quake came from a fault you can't see",
    standfirst="The magnitude 6.2 earthquake ruptured a buried thrust fault beneath the hills of western Fresno County, scientists say, the same kind of fault behind the 1983 disaster.",
    byline="By Nadia Oyelaran, Science Reporter, Golden State Public Radio",
    body="""
The magnitude 6.2 earthquake that shook the Central Valley at 3:47 a.m. on Tuesday, Oct. 13, did not break the ground surface, and scientists say that is part of what makes this corner of California so hard to prepare for.

The quake was centered about 14 kilometers northwest of Avenal, at a depth of 9.4 kilometers, according to the US Geological Survey. It killed two people, injured 37 and knocked out power to about 41,000 customers, with the worst damage in the nearby town of Coalinga.

## A fault without a scar

Most Californians picture earthquakes happening on faults like the San Andreas, which slice across the landscape and can be seen from the air. This one was different. It occurred on what geologists call a blind thrust fault: a crack deep underground where one block of rock is being pushed up and over another, without the break ever reaching the surface.

"These faults hide under the folds. You see the hills growing, but you never see the fault itself," said Keiko Arnaud, a research geophysicist with the USGS, in an interview. "The hills are the evidence."

The low ridges that line the western edge of the San Joaquin Valley, including the Kettleman Hills, are being squeezed upward by the same forces, as the Coast Ranges press against the valley floor. In May 1983, a similar buried fault produced the earthquake that destroyed much of Coalinga's downtown.

## What comes next

The USGS aftershock forecast issued Tuesday afternoon put the chance of a magnitude 6 or larger aftershock in the following week at 4%, and the chance of one of magnitude 5 or more at 27%. It expects 15 to 70 aftershocks of magnitude 3 or larger over that period.

The largest aftershock so far, a magnitude 4.8, struck at 5:12 a.m. on Tuesday.

"The numbers drop off quickly, but they don't drop to zero," Arnaud said. "People should treat the next few weeks as a period of elevated risk."

## Did the warning work?

The ShakeAlert system, which detects the first waves of an earthquake and sends alerts before stronger shaking arrives, issued warnings to about 2.1 million phones. People in Fresno received the alert about 8 seconds before strong shaking, according to preliminary figures. In Coalinga, closest to the epicenter, the alert arrived at about the same time as the shaking, too late to be useful.

Scientists said the system performed as designed. Warning time depends on distance: the farther you are from the source, the more warning you get.

## A reminder for the rest of the state

The Parkfield section of the San Andreas Fault lies about 40 kilometers to the southwest, but scientists said Tuesday's quake was not on the San Andreas and did not make a large quake there more likely in any meaningful way.

Still, the message from seismologists was familiar: secure heavy furniture, keep water and supplies, and know where to take cover. "Drop, cover and hold on," Arnaud said. "It sounds simple because it is."
""",
    sidebar=("Earthquake ready", [
        "Drop, cover and hold on: what to do when the shaking starts",
        "Build a kit: water, food, medicine, flashlight, radio",
        "Get the GSPR app for alerts and live coverage",
    ]),
    related=("Listen: The Science Hour on California's hidden faults", "How ShakeAlert works",
             "Retrofitting brick buildings: who pays?"),
)

STORIES = [
    {"id": "cb-AJ1", "part": "AJ", "domain": "central bank", "fetched": "2026-03-30",
     "articles": [CB_WIRE, CB_PAPER, CB_LIVE, CB_LETTER],
     "planted": []},
    {"id": "el-AJ2", "part": "AJ", "domain": "election", "fetched": "2026-05-14",
     "articles": [EL_WIRE, EL_PAPER, EL_LIVE, EL_RADIO],
     "planted": [
         ("Teague's vote total", r"\b107,?915\b", r"\b107,?195\b"),
         ("Allegan County clerk's surname", r"\bvandermolen\b", r"\bvandermeulen\b"),
         ("date of certification", r"\b(?:2026-05-18|may 18)\b", r"\b(?:2026-05-21|may 21)\b"),
     ]},
    {"id": "ct-AJ3", "part": "AJ", "domain": "court", "fetched": "2026-07-28",
     "articles": [CT_PAPER, CT_TV, CT_LETTER],
     "planted": []},
    {"id": "tr-AJ4", "part": "AJ", "domain": "trade", "fetched": "2026-06-12",
     "articles": [TR_WIRE, TR_LIVE, TR_LETTER, TR_RADIO],
     "planted": [
         ("April exports", r"\b283\.7\b", r"\b287\.3\b"),
         ("weekday of the trade report", r"\bthursday\b", r"\bwednesday\b"),
         ("Dana Whitfield's title", r"trade representative", r"deputy commerce secretary"),
     ]},
    {"id": "rk-AJ5", "part": "AJ", "domain": "rocket", "fetched": "2026-09-02",
     "articles": [RK_SITE, RK_LIVE, RK_WIRE],
     "planted": []},
    {"id": "eq-AJ6", "part": "AJ", "domain": "earthquake", "fetched": "2026-10-24",
     "articles": [EQ_WIRE, EQ_PAPER, EQ_LIVE, EQ_RADIO],
     "planted": [
         ("customers without power at the peak", r"\b41,?000\b", r"\b14,?000\b"),
         ("time of the earthquake", r"\b3:47\b", r"\b4:47\b"),
         ("place of the epicentre", r"\bcoalinga\b", r"\bavenal\b"),
     ]},
]
