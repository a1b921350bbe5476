"""Story battery, part AH — China, Hong Kong and Taiwan, events in 2026.

Written by engineer AH1 on 2026-12-07 for the thirty-third batch, a precision batch.

All outlets (every domain ends in .example), reporters, companies, candidates, most officials
and all figures are invented. Real institutions and places (Taiwan's central bank, the
Directorate-General of Budget, Accounting and Statistics, the Central Election Commission,
Hong Kong's District Court and ICAC, China's General Administration of Customs, the Long
March rockets and the Hainan commercial launch site, the Central Weather Administration, the
National Fire Agency, Taipower, Hsinchu, Wan Chai, Wenchang, Hualien and so on) appear only
as scenery. Time zones: Taiwan, Hong Kong and Beijing time are all GMT+8 (no daylight
saving); pages give local times, and some also GMT/UTC (local minus eight hours).

Each story is 3 or 4 whole HTML pages. Publication dates are given as
article:published_time (meta), JSON-LD datePublished (jsonld), a visible date line only
(visible) or not at all (none).

cb-AH1 — central bank — CONTROL (planted = []) — fetched 2026-06-26
  TRUE FACTS: Taiwan's central bank, quarterly board meeting, Thursday 18 June 2026; decision
  announced at a news conference at 4:30 p.m. Taipei time (08:30 GMT). Discount rate cut by
  12.5 basis points (an eighth of a point) to 1.875% from 2% (where it had been since March
  2024); first cut since March 2020. Secured accommodation rate 2.375% -> 2.25%; short-term
  accommodation rate 4.25% -> 4.125%; effective Friday 19 June. Unanimous. Governor Kao
  Ming-te; Deputy Governor Chen Yu-hsuan. 2026 GDP forecast 2.38% (March: 2.61%); CPI
  forecast 1.72% (March: 1.85%); core CPI 1.64%; May CPI 1.58%. May exports +12.1%,
  non-tech exports -6.4%. Taiex closed +0.6% at 23,418.27 (1:30 p.m. close); TWD 29.84 per
  USD. Poll: 19 of 27 expected a hold, 8 a 12.5bp cut. Mortgages NT$11.6 trillion (US$389
  billion), +4.9%. 50% loan-to-value cap on second homes unchanged. Next meeting 17 September.
  OUTLETS: Formosa Wire Service (wire; meta 2026-06-18T08:52Z), The Taipei Ledger (newspaper;
  jsonld 2026-06-19T02:15Z, says "yesterday" and "on Thursday"), Pacific Tape (live blog;
  visible "Thursday 18 June 2026", timestamped updates newest first), Strait Money Notes
  (newsletter; none, says "on Thursday" and "the June 18 news conference").
  LEGITIMATE TRAPS: 12.5 basis points / an eighth of a percentage point; old rate 2% and old
  forecasts (2.61%, 1.85%); the statistics agency's own forecast 2.71%; an economist's
  forecast of a December cut to 1.75%; 4:30 p.m. and 08:30 GMT; live-blog timestamps
  (16:29, 16:36...) around the 4:30 p.m. announcement; Taiex 1:30 p.m. close "three hours
  before"; mortgage growth 4.9% / "close to 5%"; NT$10 million (about US$335,000) sample
  mortgage saving roughly NT$600 a month; March 2024 rate rise; Kao quoted from the news
  conference and from a May legislative hearing; Grace Lu quoted differently by the wire and
  by phone to the live blog; sidebar rates of other central banks (Bank of Korea 2.25%,
  equal to the new secured accommodation rate) and other markets.

el-AH2 — election — 3 PLANTED — fetched 2026-12-03
  TRUE FACTS: Taiwan local elections, Saturday 28 November 2026; polls 8 a.m. to 4 p.m.
  (08:00 GMT). Hsinchu City mayor: Lo Chien-hua (Kuomintang, 57, former deputy mayor)
  112,486 votes, 47.3%; Tseng Yi-ting (DPP, 49, legislator) 96,215, 40.5%; Wang Kuan-yu
  (independent, 38, semiconductor engineer) 29,108, 12.2%. Margin 16,271. Registered
  377,260; ballots cast 240,716; invalid 2,907; turnout 63.8% (2022: 62.2%). All 224
  polling stations counted shortly before 8 p.m. Tseng conceded at 8:15 p.m.; Lo declared
  victory at 8:40 p.m. outside his headquarters on Guangfu Road, East District. Ho Jen-chieh
  is secretary-general of the Hsinchu City Election Commission. Last published polls
  (17 November): Lo 41%, Tseng 38%, Wang 8%. Lo takes office 25 December.
  OUTLETS: Island Pulse (live blog; visible "Saturday 28 November 2026"), Eastern Courier Wire
  (wire; meta 2026-11-28T13:05Z), The Formosa Herald (newspaper; jsonld 2026-11-29T01:30Z,
  "yesterday"), Lantern Broadcasting (broadcaster; none, "on Saturday").
  PLANTED: (1) Lo's votes: right 112,486 (Island Pulse, Eastern Courier, Lantern), wrong
  112,846 (Formosa Herald, swapped digits). (2) Tseng's concession time: right 8:15 p.m.
  (Island Pulse, Eastern Courier, Formosa Herald), wrong 9:15 p.m. (Lantern). (3) The
  runner-up's surname: right Tseng (Island Pulse, Formosa Herald, Lantern), wrong Tzeng
  (Eastern Courier, throughout).
  LEGITIMATE TRAPS: partial counts on the live page (19,842 / 76,310 for Lo at 17:30 and
  18:45); 2 p.m. turnout of about 51%; 2022 turnout 62.2% and a nationwide 2022 turnout of
  59.9% in a sidebar; final polls (41%, 38%, 8%) vs results; "almost seven points clear",
  "around six points" mid-count; live timestamps 20:17 and 20:44 for the 8:15 and 8:40
  speeches; "about 25 minutes later"; different quotes of Lo, Tseng and Wang from different
  occasions; Wang's NT$3 million (about US$92,000); sidebar results of other cities.

ct-AH3 — court — CONTROL (planted = []) — fetched 2026-04-24
  TRUE FACTS: Sentencing Tuesday 14 April 2026, District Court, Wan Chai, Hong Kong, at about
  11:20 a.m. District Judge Amanda Leung Wing-sze. Raymond Tse Chun-kit, 52, former chief
  financial officer of Kowloon Pearl Holdings: four years and nine months (57 months;
  starting point six years less 15 months for clear record and HK$31 million repaid);
  HK$12 million compensation within six months; eight-year director ban. Ivy Mok Sau-ling,
  44, former financial controller: two years and four months (28 months; starting point
  three years less eight months); four-year ban. Convicted 26 February after a 38-day trial
  of two counts of conspiracy to defraud. HK$186.4 million (US$23.9 million) via 14 inflated
  subcontracts at three estates (Tuen Mun, Tai Po, Ma On Shan), January 2019 to August 2023.
  ICAC inquiry from 2023; arrests November 2023. Senior Public Prosecutor Derek Wan; Edwin
  Chow SC for Tse; Priya Nair for Mok. Company recovered HK$54 million. Shares -1.1% at
  HK$1.82. 28 days to appeal.
  OUTLETS: Harbourline News Agency (wire; meta 2026-04-14T04:05Z), The Victoria Gazette
  (newspaper; jsonld 2026-04-15T00:10Z, "yesterday"), Tidewater TV News (broadcaster;
  visible "14 April 2026, 13:40 HKT").
  LEGITIMATE TRAPS: 57 months / four years and nine months, 28 months / two years and four
  months; starting points (six and three years) and the 15- and eight-month reductions;
  HK$186.4 million / "nearly HK$190 million" / US$23.9 million; HK$31 million repaid vs
  HK$54 million recovered vs HK$12 million compensation vs Mok's HK$2.3 million; release
  with remission after roughly three years and two months; conviction date vs sentencing
  date; "Judge Amanda Leung" with and without Wing-sze; two different passages of the
  judge's remarks; the prosecutor quoted in court and to the broadcaster; sidebar of other
  cases (2 years 10 months, HK$80,000, 3 years).

tr-AH4 — trade — 3 PLANTED — fetched 2026-06-16
  TRUE FACTS: China's May trade data, released Tuesday 9 June 2026 at about 11 a.m. Beijing
  time (03:00 GMT) by the General Administration of Customs. Exports +6.8% to US$331.42
  billion (forecast +5.0%; April +8.1%); imports -2.1% to US$228.96 billion (forecast +0.8%;
  April +0.4%); surplus US$102.46 billion (forecast US$98.7 billion; April US$96.18 billion).
  Yuan terms: exports +6.0% to 2.37 trillion yuan, imports -2.8% to 1.64 trillion yuan,
  surplus 733.6 billion yuan. January-May exports +5.4%, surplus US$487.3 billion. To US
  -11.4%, ASEAN +14.7%, EU +9.3%. Soybeans 13.9 million tonnes; crude 47.2 million tonnes
  (about 11.2 million barrels a day); rare earths 5,812 tonnes (-8.9% on April). Hang Seng
  +0.4% at 24,388.10; yuan 7.16. Fiona Cheung is chief economist at Lantau Capital.
  OUTLETS: Yangtze Wire (wire; jsonld 2026-06-09T03:40Z), Bund Markets Live (live blog;
  visible "Tuesday 9 June 2026"), The Canton Chronicle (newspaper; meta 2026-06-10T00:40Z),
  Mainland Macro Memo (newsletter; none, "Tuesday's customs figures").
  PLANTED: (1) May surplus: right US$102.46 billion (Bund, Canton, Memo), wrong US$102.64
  billion (Yangtze Wire). (2) Release day: right Tuesday (Yangtze Wire, Bund's date line,
  Memo), wrong "released on Monday" (Canton Chronicle, which resolves to 2026-06-08).
  (3) Fiona Cheung's title: right chief economist at Lantau Capital (Yangtze Wire, Bund),
  wrong head of Asia research at Lantau Capital (Memo).
  LEGITIMATE TRAPS: dollar vs yuan growth (6.8% / 6.0%, -2.1% / -2.8%); forecasts vs actual;
  April's figures; year-to-date figures; annualised "more than US$1.2 trillion"; last
  year's May surplus US$103.2 billion in a sidebar; crude in tonnes and barrels a day;
  11 a.m. and 03:00 GMT with live timestamps 10:30 to 15:20; a forecast 25 basis-point
  reserve-ratio cut; sidebar trade figures of other economies; Cheung quoted differently
  by each outlet.

rk-AH5 — rocket — CONTROL (planted = []) — fetched 2026-08-24
  TRUE FACTS: Long March 12, fourth flight, launched Saturday 15 August 2026 at 21:37
  Beijing time (13:37 UTC) from Pad No. 2 of the Hainan commercial spacecraft launch site,
  Wenchang; window opened 21:30, seven-minute hold for upper-level winds. Ten Starweave
  broadband satellites (seventh batch, about 480 kg each, about 4.8 tonnes in all) for
  Shanghai Starweave Satellite Technology; separation about 25 minutes after liftoff
  (22:02 Beijing, 14:02 UTC), near-polar orbit about 1,060 km (659 miles). Constellation 70
  in orbit (60 before); first phase 1,296 by end of 2030. Rocket 62 m tall, 3.8 m wide.
  Sixth batch: 27 June on a Long March 8A. Qiu Meiling, chief executive; Gu Lianfeng, deputy
  chief designer. Newsletter counts China's 48th orbital launch attempt of 2026.
  OUTLETS: SinoTech Daily (live blog; visible "Saturday 15 August 2026"), Cathay Newswire
  (wire; jsonld 2026-08-15T14:20Z), Launch Manifest (newsletter; none, "late on Saturday",
  times in UTC).
  LEGITIMATE TRAPS: local vs UTC (21:37 / 13:37, 21:30 / 13:30, 22:02 / 14:02); window
  opening vs liftoff; live timestamps; km and miles; 480 kg each vs 4.8 tonnes; 60 before
  and 70 after vs 1,296 planned; the previous batch's date and rocket; three different
  quotes of Qiu from three occasions; sidebars of other launches and constellations
  (24 Starlink satellites, 8,000, 650) and year-to-date launch tallies.

eq-AH6 — earthquake — 3 PLANTED — fetched 2026-10-29
  TRUE FACTS: Magnitude 6.4 (Central Weather Administration; USGS 6.2) at 2:17 a.m. Wednesday
  21 October 2026 Taiwan time (18:17 GMT Tuesday 20 October), at sea 24.1 km
  south-southeast of Hualien County Hall, depth 21.6 km; intensity 5-upper in Hualien, 4 in
  Taipei, Yilan and Nantou. Two dead (a woman, 71, in Hualien City; a truck driver, 46, on
  the Suhua Highway between Heren and Chongde); 87 injured (National Fire Agency, 6 p.m.).
  Nine-storey building tilted, 23 residents rescued. 41,300 households lost power, all but
  about 1,200 restored by noon. 96 aftershocks by 6 p.m., largest 5.1 at 4:02 a.m. Eastern
  rail line suspended until about 10 a.m. Chang Hui-mei is Hualien County Magistrate; Wu
  Chien-fu directs the CWA Seismological Center.
  OUTLETS: Taiwan Tribune (live blog; visible "Wednesday 21 October 2026"), Pacific Rim Press
  Agency (wire; meta 2026-10-21T10:30Z), Jade Mountain Broadcasting (broadcaster; jsonld
  2026-10-21T11:45Z), The Eastern Seaboard Times (newspaper; none, "on Wednesday").
  PLANTED: (1) Injured: right 87 (Tribune's final update, Pacific Rim, Jade Mountain), wrong
  78 (Eastern Seaboard Times). (2) Time of the quake: right 2:17 a.m. (Tribune, Pacific Rim,
  Eastern Seaboard), wrong 2:27 a.m. (Jade Mountain). (3) Chang Hui-mei's office: right
  county magistrate (Tribune, Jade Mountain, Eastern Seaboard), wrong mayor (Pacific Rim,
  "Hualien Mayor Chang Hui-mei").
  LEGITIMATE TRAPS: provisional counts on the live page (at least nine, 31, 64 injured; one
  then two dead); a preliminary magnitude 6.3 later revised to 6.4; CWA 6.4 vs USGS 6.2,
  attributed; local time vs 18:17 GMT on the previous day (Tuesday); the 4:02 a.m.
  aftershock; Wu's forecast of magnitude 5 to 5.5 aftershocks; Wu and Chang quoted
  differently by each outlet; the April 2024 quake (7.2, 18 dead) and other past quakes in
  sidebars; population and visitor figures in a sidebar.
"""

from __future__ import annotations

import json
from html import escape

_NAV = ("Home", "News", "Business", "Politics", "Asia", "Tech", "Opinion", "Video")

_COOKIES = ("We use cookies and similar technologies to run this site, measure traffic and show "
            "personalised advertising. Choose Accept all to agree, or Manage settings to pick "
            "what you allow.")


def _paras(text: str) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in text.split("\n\n"))


def _body(items: list) -> str:
    """Article body: a string is a paragraph, ("h", text) a subhead, ("u", time, text) a live update."""
    out = []
    for n, item in enumerate(items):
        if isinstance(item, tuple) and item[0] == "h":
            out.append(f"<h2>{escape(item[1], quote=False)}</h2>")
        elif isinstance(item, tuple) and item[0] == "u":
            out.append(f'<div class="live-update"><p class="update-time"><time>{item[1]}</time></p>{_paras(item[2])}</div>')
        else:
            out.append(_paras(item))
        if n == 3:
            out.append('<div class="ad-slot ad-inline"><span class="ad-label">Advertisement</span></div>')
    return "\n".join(out)


def page(site: tuple[str, str], path: str, headline: str, standfirst: str, byline: str,
         body: list, *, how: str, when: str = "", dateline: str = "", section: str = "News",
         sidebar: tuple[str, list[str]] = ("", []), related: tuple = (), extra: str = "") -> dict:
    """One whole web page. how: "meta" (article:published_time), "jsonld" (datePublished),
    "visible" (a date line on the page only) or "none" (no date anywhere)."""
    name, domain = site
    url = f"https://{domain}/{path}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(headline)} | {escape(name)}</title>",
        f'<meta name="description" content="{escape(standfirst)}">',
        f'<meta property="og:title" content="{escape(headline)}">',
        f'<meta property="og:site_name" content="{escape(name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<link rel="canonical" href="{url}">',
        '<link rel="stylesheet" href="/static/css/site.css">',
    ]
    if how == "meta":
        head.append(f'<meta property="article:published_time" content="{when}">')
        head.append(f'<meta property="article:section" content="{escape(section)}">')
    elif how == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                "datePublished": when, "author": {"@type": "Person", "name": byline.removeprefix("By ")},
                "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    date_html = f'<p class="dateline">{escape(dateline)}</p>' if how == "visible" else ""
    nav = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in _NAV)
    side_title, side_items = sidebar
    side = "".join(f"<li>{escape(s, quote=False)}</li>" for s in side_items)
    rel = "".join(f'<li><a href="https://{domain}/{p}">{escape(t, quote=False)}</a></li>' for t, p in related)
    copyright_line = f"&copy; 2026 {escape(name)}" if how != "none" else f"&copy; {escape(name)}. All rights reserved."
    return {"url": url, "html": f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>{_COOKIES}</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="https://{domain}/">{escape(name)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<a class="subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Sign in</a></header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<main>
<article>
<p class="kicker"><a href="/{section.lower()}">{escape(section)}</a></p>
<h1>{escape(headline)}</h1>
<p class="standfirst">{escape(standfirst)}</p>
<p class="byline">{escape(byline)}</p>
{date_html}
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <button>Copy link</button></div>
<div class="article-body">
{_body(body)}
</div>
{extra}
<div class="share-bar share-bottom">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside class="sidebar"><h3>{escape(side_title)}</h3><ul>{side}</ul>
<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span></div></aside>
<section class="related"><h3>Related stories</h3><ul>{rel}</ul></section>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>{copyright_line}</p></footer>
</body>
</html>
"""}


# ---------------------------------------------------------------------------
# cb-AH1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_FWS = ("Formosa Wire Service", "formosawire.example")
_LEDGER = ("The Taipei Ledger", "taipeiledger.example")
_TAPE = ("Pacific Tape", "pacifictape.example")
_SMN = ("Strait Money Notes", "straitmoney.example")

_CB_WIRE = page(
    _FWS, "markets/2026/06/18/taiwan-central-bank-cuts-discount-rate-1875",
    "Taiwan central bank trims discount rate to 1.875%, first cut in six years",
    "Board cites tariff drag on traditional exporters and cooling inflation; governor signals no rush to follow up",
    "By Daniel Hsieh and Shao Mei-ling",
    [
        "TAIPEI, June 18 (FWS) - Taiwan's central bank cut its benchmark discount rate by 12.5 basis points to 1.875% on Thursday, its first reduction since March 2020, saying higher U.S. tariffs were hurting the island's traditional manufacturers even as demand for artificial-intelligence hardware kept overall exports strong.",
        "The board's decision was unanimous, Governor Kao Ming-te told a news conference that began at 4:30 p.m. (0830 GMT). The secured accommodation rate falls to 2.25% from 2.375% and the short-term accommodation rate to 4.125% from 4.25%, with all three changes taking effect on Friday.",
        "The move surprised most economists. Of 27 analysts polled by Formosa Wire Service last week, 19 had expected the bank to hold at 2%, while eight forecast a cut of 12.5 basis points. None expected a larger move.",
        "\"The balance of risks has shifted,\" Kao said. \"Inflation is coming back toward where we want it, and the part of the economy that does not sell chips is feeling real pain. A small step now is cheaper than a big step later.\"",
        "The bank lowered its forecast for 2026 economic growth to 2.38% from the 2.61% it projected in March, and cut its consumer price inflation forecast to 1.72% from 1.85%. It expects core inflation, which strips out fresh produce and energy, of 1.64% this year.",
        "Kao said selective credit controls on property lending would stay as they are, including the 50% loan-to-value cap on buyers' second homes, and that reserve requirement ratios were also unchanged.",
        "Taiwan's exports rose 12.1% year on year in May, driven by shipments of servers and advanced chips to the United States, but non-technology exports, from machine tools to petrochemicals, fell 6.4%, according to finance ministry data.",
        "The Taiex stock index closed 0.6% higher at 23,418.27 before the announcement, which came after the market shut. The New Taiwan dollar ended local trading at 29.84 per U.S. dollar.",
        "Grace Lu, chief economist at Keelung Harbour Securities, said the bank had chosen the smallest move available to it. \"This is an insurance cut, not the start of a cycle,\" she said. \"They will want to see the third-quarter export numbers before doing anything else.\"",
        "Victor Ong, Greater China economist at Meridian Pacific Bank, said he expected a further 12.5 basis point cut in December. Kao said the board had discussed a larger move only briefly and had settled quickly on the smallest step available to it.",
        "Kao declined to say whether more cuts would follow, telling reporters the board would \"look at the data as it comes\". The bank's next quarterly board meeting is scheduled for September 17.",
        "Outstanding mortgage lending stood at NT$11.6 trillion (US$389 billion) at the end of May, up 4.9% from a year earlier, the bank said. Kao said the central bank had sold a net US$1.2 billion in the currency market in the first five months of the year to smooth swings in the Taiwan dollar.",
        "(Reporting by Daniel Hsieh and Shao Mei-ling; Editing by Colin Brandt)",
    ],
    how="meta", when="2026-06-18T08:52:00Z", section="Markets",
    sidebar=("Asia policy rates at a glance", [
        "Bank of Korea base rate: 2.25%",
        "Bank of Japan short-term rate: 0.75%",
        "Hong Kong Monetary Authority base rate: 4.00%",
        "Bangko Sentral ng Pilipinas: 4.75%",
        "Bank Indonesia: 4.50%",
    ]),
    related=(("Taiwan May exports rise 12.1% on AI server demand", "markets/2026/06/08/taiwan-may-exports"),
             ("Bank of Korea holds rates, flags property risks", "markets/2026/05/28/bok-holds"),
             ("Analysis: Taiwan's two-speed economy", "analysis/2026/06/02/two-speed-taiwan")),
)

_CB_PAPER = page(
    _LEDGER, "business/economy/central-bank-surprise-cut-tariffs-bite",
    "Central bank makes surprise cut as tariffs bite",
    "An eighth of a point off the discount rate is meant to help factories outside the chip boom, the governor says",
    "By Yvonne Kuo, Economics Correspondent",
    [
        "Taiwan's central bank yesterday lowered its policy rate for the first time in six years, trimming the discount rate by an eighth of a percentage point to 1.875 percent in a move that caught much of the market off guard.",
        "Governor Kao Ming-te said the board had voted unanimously at its quarterly meeting on Thursday afternoon. He described the cut as a response to a \"two-speed economy\" in which makers of AI servers are working flat out while small and medium-sized exporters of machinery, textiles and plastics face higher US tariffs and thinning order books.",
        "\"When I visit factories in Taichung and Tainan, I hear the same story: orders are down, margins are thin and the bank manager is nervous,\" Kao told reporters. \"Monetary policy cannot solve tariffs, but it can make credit a little cheaper for the firms that are carrying the adjustment.\"",
        "The reduction also takes the secured accommodation rate to 2.25 percent and the short-term accommodation rate to 4.125 percent. Commercial banks are expected to pass the cut on to borrowers within weeks. A household paying 2.6 percent on a NT$10 million (about US$335,000) 20-year mortgage would save roughly NT$600 a month if the full eighth of a point were passed through, according to Ledger calculations.",
        "The bank now expects the economy to grow 2.38 percent this year, down from its March estimate of 2.61 percent. The Directorate-General of Budget, Accounting and Statistics, the government's statistics agency, was more upbeat last month, forecasting growth of 2.71 percent.",
        "Inflation has eased faster than the bank expected. Consumer prices rose 1.58 percent in May from a year earlier, and the bank trimmed its full-year forecast to 1.72 percent from 1.85 percent.",
        "Deputy Governor Chen Yu-hsuan said the property measures tightened in stages through 2024 would remain in place. \"Housing is not where we want to add fuel,\" she said. Mortgage lending has kept growing at close to 5 percent a year despite the curbs.",
        ("h", "Exporters welcome relief"),
        "Business groups welcomed the decision but said it would not make up for tariffs. Lee Tsung-han, chairman of the Taiwan Machine Tool Exporters' Alliance, an industry group, said members' orders from the United States had fallen by about a fifth since April. \"Every little bit of interest saved matters when your customer is asking for a 10 percent discount,\" he said.",
        "Victor Ong, Greater China economist at Meridian Pacific Bank in Hong Kong, said he expected one more cut of 12.5 basis points at the December meeting, which would take the discount rate to 1.75 percent. \"Kao has opened the door; he simply does not want to be seen walking through it too quickly,\" Ong said.",
        "Markets had little time to react. The Taiex had closed at 1:30 pm, three hours before the announcement, up 0.6 percent on the day. Bank shares slipped in early trading this morning on expectations of narrower lending margins.",
        "The board meets next in September. Kao said the bank would keep a close watch on export orders, which have been a reliable guide to factory output three to six months ahead.",
    ],
    how="jsonld", when="2026-06-19T02:15:00Z", section="Business",
    sidebar=("Most read", [
        "Typhoon outlook: three to five storms expected to affect Taiwan this season",
        "Taipei MRT ridership tops 2.2 million a day for the first time",
        "Kaohsiung port container volumes up 7% in May",
        "Opinion: The chip boom is not the whole economy",
    ]),
    related=(("Exporters of machine tools count the cost of tariffs", "business/industry/machine-tool-exporters-tariffs"),
             ("How the discount rate reaches your mortgage", "business/money/discount-rate-explainer"),
             ("Letters: The central bank and housing", "opinion/letters/central-bank-housing")),
)

_CB_LIVE = page(
    _TAPE, "live/taiwan-central-bank-decision-live",
    "Live: Taiwan central bank cuts discount rate to 1.875%",
    "Follow our live coverage of the central bank's quarterly board meeting and Governor Kao Ming-te's news conference. All times Taipei (GMT+8).",
    "By Ruth Ang and Jonas Wee, Pacific Tape markets team",
    [
        ("h", "Key points"),
        "Discount rate cut by 12.5 basis points to 1.875% from 2%, the first cut since 2020. Decision unanimous. 2026 growth forecast lowered to 2.38%; inflation forecast lowered to 1.72%.",
        ("u", "17:48", "That's all from us today. A quick recap: the central bank cut the discount rate by 12.5bp to 1.875%, lowered its 2026 GDP forecast to 2.38% and its CPI forecast to 1.72%. The next board meeting is on September 17. Thanks for following along."),
        ("u", "17:31", "Kao on the currency: the bank is \"comfortable\" with where the Taiwan dollar is and will step in only against \"disorderly\" moves. The Taiwan dollar had closed at 29.84 to the US dollar before the announcement; offshore forwards weakened slightly afterwards."),
        ("u", "17:12", "First reaction from the Street. Grace Lu of Keelung Harbour Securities, speaking to us by phone: \"Small, early and unanimous. That tells you the board is worried but not alarmed. I would not bet on another move in September.\""),
        ("u", "16:52", "Kao on property: the selective credit controls stay as they are, including the 50% loan-to-value cap on second homes. Deputy Governor Chen Yu-hsuan, sitting next to him: housing \"is not where we want to add fuel\"."),
        ("u", "16:58", "Asked whether this is the first of several cuts, Kao says: \"I would not read it that way. We will look at the data as it comes.\" He adds that the board discussed a larger cut only briefly."),
        ("u", "16:47", "The new forecasts: GDP growth of 2.38% this year (March forecast: 2.61%). CPI inflation of 1.72% (March: 1.85%). Core CPI 1.64%. The bank says US tariffs will shave about 0.3 percentage point off growth this year."),
        ("u", "16:36", "It's a cut! The board has lowered the discount rate by 12.5 basis points to 1.875% from 2%, effective tomorrow. The secured accommodation rate goes to 2.25% and the short-term accommodation rate to 4.125%. Kao says the decision was unanimous."),
        ("u", "16:29", "Governor Kao Ming-te and Deputy Governor Chen Yu-hsuan are taking their seats. The news conference is due to start at 4:30 p.m."),
        ("u", "15:40", "A quick primer while we wait: the discount rate has been at 2% since March 2024, when the bank raised it by 12.5bp to cool inflation and the property market. The last cut came in March 2020, at the start of the pandemic."),
        ("u", "15:05", "The backdrop, in two numbers: Taiwan's exports were up 12.1% y/y in May, but non-tech exports were down 6.4%. Consumer prices rose 1.58% in May, under the bank's 2% comfort line."),
        ("u", "14:55", "Our poll of economists: 19 of 27 expect the bank to hold at 2%; eight expect a 12.5bp cut. Nobody is forecasting anything bigger."),
        ("u", "13:35", "The Taiex closes up 0.6% at 23,418.27, led by chip stocks. Traders say positions are light ahead of the decision, and bank shares have been flat all day."),
        ("u", "12:10", "Good afternoon and welcome to our live coverage. The central bank's board has been meeting since this morning, and the decision will be announced at a news conference at 4:30 p.m. (08:30 GMT). Most economists expect no change, but a vocal minority thinks tariffs have changed the calculus."),
    ],
    how="visible", dateline="Thursday 18 June 2026", section="Markets",
    sidebar=("Markets snapshot (close)", [
        "Taiex: 23,418.27 (+0.6%)",
        "TWD per USD: 29.84",
        "Nikkei 225: 41,230.50 (-0.2%)",
        "Hang Seng: 24,106.88 (+0.4%)",
        "Kospi: 3,012.40 (+0.1%)",
    ]),
    related=(("Live: Bank of Japan policy decision", "live/2026/06/16/boj-decision-live"),
             ("Chart: Taiwan's export boom is all about AI", "charts/2026/06/10/taiwan-exports-ai"),
             ("Podcast: Is Asia heading for a round of rate cuts?", "podcasts/asia-rates")),
)

_CB_LETTER = page(
    _SMN, "issues/why-taiwans-central-bank-blinked-first",
    "Why Taiwan's central bank blinked first",
    "Our weekly note on money across the Strait: a small cut with a big message, and what comes next",
    "By Harriet Ko",
    [
        "Hello again. If you were among the majority who expected Taiwan's central bank to sit tight this week, you were in good company, and you were wrong. On Thursday the board cut the discount rate to 1.875%, a reduction of 12.5 basis points, the smallest step the bank ever takes.",
        ("h", "The numbers"),
        "The discount rate now stands at 1.875%, down from 2%, where it had been since March 2024. The secured accommodation rate is 2.25% and the short-term accommodation rate 4.125%. The bank's growth forecast for 2026 went down to 2.38%, from 2.61% three months ago, and its inflation forecast to 1.72%.",
        "Governor Kao Ming-te had dropped a hint at a legislative hearing in late May, when he told lawmakers that the bank \"watches the factory floor, not just the stock exchange\". At the June 18 news conference he was blunter: \"A small step now is cheaper than a big step later.\"",
        ("h", "Why cut when exports are booming?"),
        "Because the boom is narrow. Shipments of AI servers and advanced chips are doing the heavy lifting; exports as a whole rose 12.1% in May, but strip out technology and they fell 6.4%. The firms in that second group, makers of machine tools, bicycle parts, textiles and plastics, employ far more people than the chip fabs do, and many of them borrow from local banks at floating rates.",
        "Inflation also gave the board room. Consumer prices were up 1.58% on the year in May, comfortably below the 2% line the bank treats as its comfort zone.",
        "\"The central bank is buying insurance for the part of the economy that does not make headlines,\" said Sandra Yeh, a portfolio manager at Jade Ridge Asset Management in Taipei. \"An eighth of a point is not going to change anyone's investment plans. The signal is what matters.\"",
        ("h", "What about housing?"),
        "This is where the board is trying to have it both ways. The credit curbs on mortgages stay, including the 50% loan-to-value cap on second homes, and Deputy Governor Chen Yu-hsuan went out of her way to say housing was not where the bank wanted to add fuel. Whether a cheaper discount rate and unchanged property rules can coexist for long is an open question; mortgage lending is still growing at close to 5% a year.",
        ("h", "What next"),
        "Victor Ong at Meridian Pacific Bank expects one more 12.5bp cut in December, to 1.75%. Grace Lu at Keelung Harbour Securities thinks the board will wait longer. Our view sits closer to Lu's: the bank has not cut two meetings in a row outside a crisis in more than a decade, and the September meeting will come before the full effect of tariffs shows up in the data.",
        "For the Taiwan dollar, a cut this small matters less than the flow of chip export dollars, which keeps pushing the currency the other way. Kao said the bank would lean only against \"disorderly\" moves.",
        "That's it for this week. As always, reply to this email with questions; we read everything.",
    ],
    how="none", section="Newsletter",
    sidebar=("By the numbers", [
        "1.875%: Taiwan's discount rate after the cut",
        "2.38%: central bank's 2026 growth forecast",
        "12.1%: rise in Taiwan's exports in May",
        "NT$11.6 trillion: outstanding mortgage lending",
        "Elsewhere: Hong Kong base rate held at 4.00%",
    ]),
    related=(("Last week: Hong Kong's peg and the Fed's pause", "issues/hong-kong-peg-fed-pause"),
             ("Explainer: How Taiwan's central bank sets rates", "explainers/taiwan-central-bank"),
             ("Archive: every issue of Strait Money Notes", "issues")),
    extra='<div class="newsletter-signup"><p>You are reading Strait Money Notes, our free weekly newsletter. Forward it to a friend, or sign up below.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
)

# ---------------------------------------------------------------------------
# el-AH2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

_PULSE = ("Island Pulse", "islandpulse.example")
_ECW = ("Eastern Courier Wire", "easterncourier.example")
_HERALD = ("The Formosa Herald", "formosaherald.example")
_LANTERN = ("Lantern Broadcasting", "lanternbroadcast.example")

_EL_LIVE = page(
    _PULSE, "live/local-elections-hsinchu-mayor-results",
    "Live: Lo Chien-hua wins Hsinchu mayoral race as count ends",
    "Rolling coverage of Taiwan's local elections, with a focus on the closely watched contest for mayor of Hsinchu City. All times Taiwan (GMT+8).",
    "By Cindy Hung, Marcus Tai and the Island Pulse elections desk",
    [
        ("h", "Key points"),
        "Lo Chien-hua (KMT) elected mayor of Hsinchu City with 112,486 votes (47.3%). Tseng Yi-ting (DPP) second with 96,215 (40.5%); independent Wang Kuan-yu third with 29,108 (12.2%). Turnout 63.8%.",
        ("u", "22:10", "We are wrapping up our live coverage. Final figures from the Hsinchu City Election Commission: Lo Chien-hua 112,486, Tseng Yi-ting 96,215, Wang Kuan-yu 29,108. Of 377,260 registered voters, 240,716 cast ballots, a turnout of 63.8%, up from 62.2% at the last local elections in 2022. There were 2,907 invalid ballots. Lo takes office on December 25."),
        ("u", "20:44", "Lo Chien-hua has declared victory outside his campaign headquarters on Guangfu Road in the East District, speaking at 8:40 p.m. to a crowd waving blue flags. \"Tonight Hsinchu chose to fix the traffic, build the schools and stop arguing,\" he said. \"I will be mayor for the people who did not vote for me as much as for those who did.\""),
        ("u", "20:17", "Tseng Yi-ting has conceded. Speaking to supporters at her headquarters at 8:15 p.m., she said: \"I have called Lo Chien-hua to congratulate him. The voters have spoken, and I accept their verdict without reservation.\" Some supporters were in tears."),
        ("u", "19:55", "All 224 polling stations have now reported. Lo 112,486 (47.3%), Tseng 96,215 (40.5%), Wang 29,108 (12.2%). A winning margin of 16,271 votes, wider than any published poll suggested."),
        ("u", "18:45", "With 152 of 224 polling stations counted: Lo 76,310, Tseng 65,902, Wang 20,011. Lo's lead is holding at around six points. Tseng's campaign says it is waiting for the stations in the North District, traditionally friendlier ground."),
        ("u", "17:30", "Early count, 38 of 224 polling stations: Lo 19,842, Tseng 17,115, Wang 5,230. Far too early to call, but Wang is running well ahead of the 8% the last published polls gave him."),
        ("u", "16:45", "The first results are trickling in. Counting is done in public at each polling station, and the tallies are posted on the commission's website as they are confirmed."),
        ("u", "16:02", "Polls have closed across Taiwan (08:00 GMT). Ho Jen-chieh, secretary-general of the Hsinchu City Election Commission, said turnout at 2 p.m. had been about 51%, and that voting had gone smoothly apart from long queues at two schools in the East District."),
        ("u", "12:20", "Midday check: the commission says no serious incidents so far. A reminder that polls cannot be published in the final ten days of a campaign. The last surveys, published on November 17, put Lo on 41%, Tseng on 38% and Wang on 8%, with many voters undecided."),
        ("u", "08:05", "Good morning. Polls opened at 8 a.m. and close at 4 p.m. In Hsinchu City, home to the science park and the island's chipmaking heartland, three candidates are competing for the mayor's office: former deputy mayor Lo Chien-hua, 57, of the Kuomintang; legislator Tseng Yi-ting, 49, of the Democratic Progressive Party; and Wang Kuan-yu, 38, a semiconductor engineer standing as an independent."),
    ],
    how="visible", dateline="Saturday 28 November 2026", section="Politics",
    sidebar=("Elsewhere tonight", [
        "Taoyuan mayor: incumbent re-elected with 58.1%",
        "Hsinchu County magistrate: 51.6% for the winner, turnout 61.9%",
        "Taichung council: 65 seats declared",
        "Referendum on daylight saving time: no vote held",
    ]),
    related=(("Explainer: How Taiwan counts its votes in public", "explainers/taiwan-vote-count"),
             ("Who is Lo Chien-hua?", "politics/2026/11/28/who-is-lo-chien-hua"),
             ("Hsinchu's traffic problem, in five charts", "data/hsinchu-traffic")),
)

_EL_WIRE = page(
    _ECW, "asia/taiwan/2026/11/28/kmt-lo-wins-hsinchu-mayor",
    "Kuomintang's Lo wins Hsinchu mayoral race, beating DPP's Tzeng",
    "Former deputy mayor takes 47.3% in chipmaking hub; turnout rises to 63.8%",
    "By Owen Lai",
    [
        "HSINCHU, Taiwan, Nov 28 (ECW) - Lo Chien-hua of the opposition Kuomintang won the race for mayor of Hsinchu City on Saturday, defeating Tzeng Yi-ting of the ruling Democratic Progressive Party in a city that is home to much of Taiwan's semiconductor industry.",
        "Lo, a 57-year-old former deputy mayor, won 112,486 votes, or 47.3%, according to final results from the Hsinchu City Election Commission. Tzeng, a 49-year-old legislator, took 96,215 votes, or 40.5%, and Wang Kuan-yu, an independent, won 29,108, or 12.2%.",
        "Tzeng conceded at 8:15 p.m., telling supporters she had called Lo to congratulate him. Lo claimed victory about 25 minutes later outside his campaign headquarters in the city's East District.",
        "\"Hsinchu does not need a mayor who picks fights with Taipei or with anyone else. It needs one who gets buses running on time,\" Lo told reporters. \"That is what I promised and that is what I will be judged on.\"",
        "Turnout was 63.8%, up from 62.2% in 2022, with 240,716 of the city's 377,260 registered voters casting ballots, the commission said.",
        "Counting at all 224 polling stations in the city was completed shortly before 8 p.m., said Ho Jen-chieh, secretary-general of the Hsinchu City Election Commission. There were 2,907 invalid ballots.",
        "Lo campaigned on a dedicated bus corridor between the railway station and the science park and 4,000 new parking spaces, while Tzeng focused on housing, promising 6,000 units of social housing, and on air quality.",
        "Lo outperformed the pre-election polls. Surveys published before the 10-day blackout on polling put him three points ahead; he ended the night almost seven points clear.",
        "Hsinchu City, with a population of about 460,000, has one of the youngest and best-educated electorates in Taiwan, and both main parties treated the race as a test of their appeal to engineers and their families. Traffic congestion around the Hsinchu Science Park, school places and housing costs dominated the campaign.",
        "Wang, a 38-year-old semiconductor engineer who ran without a party, drew strong support in neighbourhoods near the science park. \"Twelve percent for a guy with no party and no money is a message,\" he told the Eastern Courier Wire. \"The parties should listen to it.\"",
        "Tzeng said she would return to the Legislative Yuan, where her term runs until 2028. \"We lost here tonight, but the issues we raised, affordable homes and clean air, have not gone away,\" she said.",
        "Lo will be sworn in on December 25, when newly elected local officials across Taiwan take office.",
        "Voters across Taiwan were also choosing mayors, county magistrates, councillors and village chiefs on Saturday, in more than 11,000 races in all.",
        "(Reporting by Owen Lai; Additional reporting by Karen Fu in Taipei; Editing by Martin Sloane)",
    ],
    how="meta", when="2026-11-28T13:05:00Z", section="Asia",
    sidebar=("Taiwan local elections 2026", [
        "Polls open: 8 a.m. to 4 p.m.",
        "22 mayors and county magistrates elected",
        "2022 nationwide turnout: 59.9%",
        "Next presidential election: January 2028",
    ]),
    related=(("Taiwan votes in local polls seen as test before 2028", "asia/taiwan/2026/11/27/taiwan-local-polls-preview"),
             ("Chip towns weigh traffic, housing in Hsinchu race", "asia/taiwan/2026/11/20/hsinchu-race-issues"),
             ("Factbox: Taiwan's main political parties", "asia/taiwan/factbox-parties")),
)

_EL_PAPER = page(
    _HERALD, "politics/2026/11/29/lo-sweeps-hsinchu-on-traffic-promise",
    "Lo sweeps to victory in Hsinchu on promise to unclog the science park",
    "Kuomintang candidate wins by a wide margin as turnout climbs; independent engineer takes one vote in eight",
    "By Natalie Wu and Chen Po-yen",
    [
        "Lo Chien-hua was elected mayor of Hsinchu City yesterday, winning a three-way race by a wider margin than any opinion poll had suggested and handing the Kuomintang control of the city that builds most of the world's most advanced chips.",
        "Final figures from the Hsinchu City Election Commission gave Lo 112,846 votes, or 47.3 percent of valid ballots. Tseng Yi-ting of the Democratic Progressive Party won 96,215 votes, or 40.5 percent, and the independent Wang Kuan-yu 29,108, or 12.2 percent.",
        "Tseng conceded at 8:15 pm, and Lo addressed supporters outside his Guangfu Road headquarters at 8:40 pm. \"We ran on buses, schools and parking spaces, and the voters told us that is what they care about,\" he said. \"From tomorrow the campaign is over and the work begins.\"",
        "Turnout reached 63.8 percent, the commission said, higher than the 62.2 percent recorded at the 2022 local elections. Ho Jen-chieh, the commission's secretary-general, said counting at all 224 polling stations had been completed shortly before 8 pm.",
        "Queues were longest in the East District, where voters waited for up to an hour at two schools in the morning. Counting, as always in Taiwan, was done in public at each polling station, and dozens of residents stayed to watch the tallies being marked up on boards in school halls.",
        ("h", "A city of commuters"),
        "The campaign was dominated by traffic. Morning queues on the roads into the Hsinchu Science Park can stretch for several kilometres, and Lo promised a dedicated bus corridor and 4,000 new parking spaces within four years. Tseng campaigned on housing, pledging 6,000 units of social housing, and on air quality.",
        "\"People here have good jobs but terrible commutes and rents that eat half their pay,\" said Julia Fang, a political scientist at a university in the city who has studied the race. \"Lo had the simpler message, and in a city of engineers simple often wins.\"",
        "Tseng, 49, who keeps her seat in the legislature, told supporters she took full responsibility for the defeat. \"I have called Lo Chien-hua to congratulate him,\" she said. \"Tonight is his. Tomorrow we keep working for this city.\"",
        ("h", "The engineer's share"),
        "The surprise of the night was Wang, a 38-year-old chip engineer with no party and a campaign run largely on social media, who won 12.2 percent. The last published polls, released on November 17 before the legal blackout, had him on 8 percent.",
        "Wang said he had spent less than NT$3 million (about US$92,000) on his campaign, most of it on posters and rented sound trucks. \"People said I would get two or three percent,\" he said. \"We got four times that.\"",
        "Lo, who served as deputy mayor from 2014 to 2018 and later ran a logistics company, takes office on December 25.",
    ],
    how="jsonld", when="2026-11-29T01:30:00Z", section="Politics",
    sidebar=("Results at a glance", [
        "Taoyuan mayor: incumbent re-elected, 58.1%",
        "Hsinchu County magistrate: winner on 51.6%",
        "Keelung mayor: winner on 49.2%",
        "Chiayi City mayor: winner on 54.7%",
    ]),
    related=(("Editorial: Hsinchu voted for competence", "opinion/editorials/hsinchu-voted-for-competence"),
             ("How the count unfolded across Taiwan", "politics/2026/11/29/how-the-count-unfolded"),
             ("Profile: Wang Kuan-yu, the engineer who ran alone", "politics/2026/11/29/wang-kuan-yu-profile")),
)

_EL_TV = page(
    _LANTERN, "news/politics/hsinchu-new-mayor-lo-chien-hua",
    "Hsinchu elects Lo Chien-hua as mayor after long night of counting",
    "The Kuomintang candidate finished ahead of the DPP's Tseng Yi-ting and independent Wang Kuan-yu",
    "By Lantern News political correspondent Alan Chou",
    [
        "Voters in Hsinchu City chose Lo Chien-hua of the Kuomintang as their next mayor on Saturday, in one of the most closely watched races of Taiwan's local elections.",
        "Lo won 112,486 votes, 47.3 percent of the total. His main rival, Tseng Yi-ting of the Democratic Progressive Party, received 96,215 votes, or 40.5 percent, while Wang Kuan-yu, an independent, picked up 29,108 votes, 12.2 percent.",
        "Tseng conceded at 9:15 pm on Saturday night, telling supporters at her campaign headquarters that she had phoned Lo to congratulate him. \"I accept the result, and I thank every volunteer who stood in the cold handing out leaflets,\" she told Lantern News.",
        "At his own rally in the East District, Lo thanked supporters and promised to start work on the city's traffic problems immediately. \"I have lived in Hsinchu for 30 years,\" he said. \"I know every traffic light that turns red too soon.\"",
        "Speaking to our reporters as the count neared its end, Lo said his first priority would be a new bus corridor linking the railway station with the science park. \"If people can get to work in 25 minutes instead of 50, that is a better quality of life for everyone,\" he said.",
        "Turnout was 63.8 percent. Officials at the Hsinchu City Election Commission said 240,716 people had voted, out of 377,260 who were eligible.",
        "Polls opened at 8 am and closed at 4 pm, and officials said counting at the city's 224 polling stations had finished shortly before 8 pm. The last opinion polls published before the legal blackout, on November 17, had shown Lo three points ahead.",
        "Lo's campaign promised a bus corridor and 4,000 new parking spaces within four years. Tseng's focused on 6,000 units of social housing and on cleaner air, themes she said she would keep pressing in the legislature.",
        ("h", "What the result means"),
        "Political analysts said the result would encourage the Kuomintang ahead of the presidential and legislative elections in January 2028, though they cautioned against reading too much into a single city. \"Local elections in Taiwan are about potholes and personalities,\" said Daniel Yao, a commentator and former legislative aide. \"National politics is a different game.\"",
        "Wang, 38, drew his strongest support in neighbourhoods near the science park, where many young engineers live. He ran without a party and financed his campaign largely through small online donations.",
        "The independent candidate Wang, a semiconductor engineer, said his result showed that many young voters felt neither main party spoke for them. He did not rule out running again.",
        "Lo, 57, is a former deputy mayor of the city. He will be sworn in on December 25 together with other newly elected mayors and county magistrates across Taiwan.",
        "Watch our full election-night special on Lantern Broadcasting's streaming service, and follow results for every city and county on our results page.",
    ],
    how="none", section="Politics",
    sidebar=("Lantern News: more from election night", [
        "Video: Scenes from the Hsinchu count",
        "Taoyuan: incumbent mayor wins second term",
        "Turnout across Taiwan: results by county",
        "Weather: cold front brings rain to the north on Sunday",
    ]),
    related=(("Taiwan's local elections: full results", "news/politics/local-elections-results"),
             ("Hsinchu candidates debate traffic in final TV showdown", "news/politics/hsinchu-debate"),
             ("Watch: Lantern News Tonight", "video/news-tonight")),
)

# ---------------------------------------------------------------------------
# ct-AH3 — court (CONTROL)
# ---------------------------------------------------------------------------

_HLN = ("Harbourline News Agency", "harbourline.example")
_GAZETTE = ("The Victoria Gazette", "victoriagazette.example")
_TIDE = ("Tidewater TV News", "tidewatertv.example")

_CT_WIRE = page(
    _HLN, "hongkong/courts/2026/04/14/kowloon-pearl-cfo-jailed",
    "Former Kowloon Pearl finance chief jailed for 4 years 9 months over HK$186 million fraud",
    "Raymond Tse and former financial controller Ivy Mok sentenced for inflating renovation contracts at three housing projects",
    "By Jason Lam, Courts Reporter",
    [
        "HONG KONG, April 14 (HLN) - A Hong Kong judge on Tuesday jailed the former chief financial officer of property developer Kowloon Pearl Holdings for four years and nine months for defrauding the company of HK$186.4 million (US$23.9 million) through inflated renovation contracts.",
        "Raymond Tse Chun-kit, 52, was convicted in February of two counts of conspiracy to defraud after a 38-day trial in the District Court. His former subordinate, financial controller Ivy Mok Sau-ling, 44, was jailed for two years and four months on the same charges.",
        "District Judge Amanda Leung Wing-sze said the scheme ran from January 2019 to August 2023 and involved 14 subcontracts for refurbishment work at three residential projects in Tuen Mun, Tai Po and Ma On Shan. The contracts were inflated and the excess routed to companies that Tse secretly controlled.",
        "\"This was not a momentary lapse,\" the judge said. \"It was a carefully engineered scheme that ran for more than four years and betrayed the trust of a company and its shareholders.\"",
        "Leung adopted a starting point of six years for Tse, reducing it by 15 months to reflect his clear record and the HK$31 million he had repaid to the company before trial. For Mok she started at three years and deducted eight months, accepting that Mok had acted on Tse's instructions.",
        "Tse was also ordered to pay HK$12 million in compensation to Kowloon Pearl within six months and was disqualified from acting as a company director for eight years. Mok was disqualified for four years.",
        "The case was investigated by the Independent Commission Against Corruption, which began inquiries in 2023 after a complaint from inside the company. Both defendants were arrested in November that year.",
        "Senior Public Prosecutor Derek Wan told the court the money had been spent on property in Hong Kong and Vancouver, a yacht and private school fees. Some of the assets have since been frozen.",
        "During the trial the court heard that the scheme came to light after an internal auditor noticed that the same handful of subcontractors were winning almost every tender. In mitigation, Chow had told the court that Tse cooperated with the company's own inquiries and had already lost his career and reputation.",
        "Tse's counsel, Edwin Chow SC, said his client would consider an appeal. Defendants have 28 days to lodge a notice of appeal against conviction or sentence.",
        "Kowloon Pearl said in a statement to the stock exchange that it had so far recovered HK$54 million of its losses through civil proceedings, including the sum repaid by Tse, and would continue to pursue the rest. Its shares closed down 1.1% at HK$1.82.",
        "Tse, who was remanded in custody after his conviction, showed no reaction as the sentence was read. Mok, who had been on bail, wept in the dock and was led away by correctional officers.",
    ],
    how="meta", when="2026-04-14T04:05:00Z", section="Hong Kong",
    sidebar=("Hong Kong courts this week", [
        "Ex-trader jailed 2 years 10 months for insider dealing",
        "Estate agent fined HK$80,000 over false listings",
        "Appeal court cuts sentence in HK$9 million loan scam to 3 years",
    ]),
    related=(("Kowloon Pearl ex-CFO convicted of fraud after 38-day trial", "hongkong/courts/2026/02/26/kowloon-pearl-cfo-convicted"),
             ("ICAC arrests two former executives of listed developer", "hongkong/2023/11/ICAC-arrests-developer-executives"),
             ("Kowloon Pearl names new finance chief", "business/2024/03/kowloon-pearl-new-cfo")),
)

_CT_PAPER = page(
    _GAZETTE, "news/hong-kong/article/kowloon-pearl-tse-mok-sentenced",
    "Ex-finance chief who looted developer to fund yacht and Vancouver flat jailed",
    "Judge says Raymond Tse betrayed shareholders in a scheme lasting more than four years; his deputy gets 28 months",
    "By Winnie Chan",
    [
        "A former finance chief who siphoned nearly HK$190 million from a listed property developer through padded renovation bills was jailed for 57 months yesterday, in one of the largest corporate fraud cases to come before the District Court in recent years.",
        "Raymond Tse Chun-kit, 52, the former chief financial officer of Kowloon Pearl Holdings, stood impassively as District Judge Amanda Leung handed down the sentence in Wan Chai. His former financial controller, Ivy Mok Sau-ling, 44, received 28 months.",
        "The pair were found guilty on February 26 of two counts of conspiracy to defraud. Over more than four years, the court heard, they inflated the value of 14 subcontracts for refurbishing flats and clubhouses at three of the group's estates, steering HK$186.4 million to shell companies registered in the names of Tse's relatives and associates.",
        "In her sentencing remarks, Judge Leung said the amount, the length of the scheme and the abuse of a senior position called for a heavy sentence. On Mok's role she was measured but firm. \"The court accepts that Ms Mok acted on Mr Tse's instructions,\" she said. \"But she was a qualified accountant, and she knew exactly what she was signing.\"",
        "The judge took six years as the starting point for Tse and reduced it by 15 months, giving credit for his previously clean record and the HK$31 million he returned to the company before the trial began.",
        ("h", "Yacht, school fees and a flat in Canada"),
        "Prosecutors said the money paid for a flat in Vancouver, two properties in Hong Kong, a 62-foot yacht moored in Sai Kung and school fees for Tse's children. The Independent Commission Against Corruption, which investigated, has obtained restraint orders over some of the assets.",
        "Tse's barrister, Edwin Chow SC, had asked the court to consider that his client had cooperated with the company's own inquiries and suffered a \"catastrophic\" loss of reputation. Mok's counsel, Priya Nair, said her client had been pressured by a domineering superior and had gained only a fraction of the money, about HK$2.3 million.",
        "With remission for good behaviour, Tse could be released after serving about two-thirds of his term, or roughly three years and two months, and time in custody since his conviction will count towards his sentence.",
        "Tse was also ordered to pay HK$12 million in compensation to Kowloon Pearl within six months and barred from serving as a company director for eight years. Mok was barred for four years. Senior Public Prosecutor Derek Wan had told the court that the fraud came to light only because an internal auditor noticed the same subcontractors winning tender after tender.",
        "Kowloon Pearl, which was not accused of wrongdoing, said it had tightened its procurement controls and replaced its entire finance team. It has recovered HK$54 million so far.",
        "Speaking outside court, a shareholder who attended every day of the trial, retired teacher Lau Kwok-wai, 68, said the sentence was fair. \"I lost money, but at least the court has said clearly that this was theft,\" he said.",
    ],
    how="jsonld", when="2026-04-15T00:10:00Z", section="Hong Kong",
    sidebar=("Most read in Hong Kong", [
        "MTR to add 12 trains to East Rail line by 2027",
        "Minimum wage to rise to HK$43.10 an hour in May",
        "Lantau country park trail reopens after landslide repairs",
        "Sai Kung marina fees to go up 8%",
    ]),
    related=(("Developer's former CFO found guilty of fraud", "news/hong-kong/article/kowloon-pearl-tse-guilty"),
             ("How listed firms police their own finance teams", "business/article/listed-firms-internal-controls"),
             ("Opinion: Hong Kong needs tougher rules on related-party deals", "opinion/article/related-party-deals")),
)

_CT_TV = page(
    _TIDE, "news/local/kowloon-pearl-fraud-sentencing",
    "Kowloon Pearl fraud: ex-CFO Raymond Tse jailed, deputy gets two years and four months",
    "Court orders HK$12 million compensation and bars both from running companies",
    "Tidewater TV News reporter Sharon Ho",
    [
        "The former chief financial officer of developer Kowloon Pearl Holdings, Raymond Tse, has been jailed for four years and nine months for a fraud that cost the company HK$186.4 million.",
        "Judge Amanda Leung Wing-sze passed sentence at about 11:20 a.m. in the District Court in Wan Chai. Tse's former financial controller, Ivy Mok, was sentenced to two years and four months.",
        "The judge told the court that the fraud, spread across 14 padded subcontracts for work at three housing estates, had been \"carefully engineered\" and had run for more than four years.",
        "Tse, 52, must also pay HK$12 million in compensation to Kowloon Pearl and is banned from being a company director for eight years. Mok, 44, is banned for four years.",
        "Judge Leung took a starting point of six years for Tse and reduced it by 15 months for his clear record and the money he had repaid. For Mok she started at three years and took off eight months, accepting that Mok had followed Tse's instructions, though she said Mok, a qualified accountant, \"knew exactly what she was signing\".",
        "Tse and Mok were convicted on February 26 of two counts of conspiracy to defraud, after a 38-day trial.",
        "Speaking to Tidewater TV News after the hearing, Senior Public Prosecutor Derek Wan said the sentence sent a clear message. \"People who hold the keys to a company's accounts are trusted with other people's money,\" he said. \"When they abuse that trust on this scale, the courts will treat it very seriously.\"",
        "Tse's lawyer Edwin Chow SC said outside court that his client was \"disappointed\" and was studying the judgment with a view to a possible appeal. Tse has 28 days to file.",
        ("h", "How the scheme worked"),
        "During the trial, the court heard that between 2019 and 2023, Tse approved refurbishment contracts for three of Kowloon Pearl's residential estates in the New Territories at prices well above market rates. Subcontractors then passed the excess to companies that appeared independent but were in fact controlled by Tse.",
        "An internal auditor noticed in 2023 that the same handful of subcontractors were winning almost every tender and reported her concerns to the Independent Commission Against Corruption. Tse and Mok were arrested in November 2023.",
        "The total of HK$186.4 million is equal to about US$23.9 million. Tse repaid HK$31 million before his trial, and Kowloon Pearl says it has recovered HK$54 million in total through civil actions.",
        "Kowloon Pearl shares fell 1.1 percent to HK$1.82 on Tuesday. The stock has lost more than 40 percent of its value since the ICAC arrests.",
        "Mok, who had been on bail throughout the trial, was taken into custody after sentencing. Her barrister, Priya Nair, had told the court that Mok was pressured by a domineering superior and gained only a small share of the money.",
        "Watch the full report on Tidewater Evening News at 7 p.m.",
    ],
    how="visible", dateline="14 April 2026, 13:40 HKT", section="Local",
    sidebar=("Latest video", [
        "Hong Kong Sevens: record crowd of 41,000 on final day",
        "Observatory: hottest April day since 2016 at 32.4C",
        "Legco panel backs new northern metropolis rail link",
    ]),
    related=(("Video: Kowloon Pearl ex-executives arrive at court", "video/20260414/kowloon-pearl-court-arrival"),
             ("Kowloon Pearl fraud trial: what the court heard", "news/local/20260226/kowloon-pearl-trial-explained"),
             ("ICAC case figures rise for third year", "news/local/20260302/icac-case-figures")),
)

# ---------------------------------------------------------------------------
# tr-AH4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

_YW = ("Yangtze Wire", "yangtzewire.example")
_BUND = ("Bund Markets Live", "bundmarkets.example")
_CANTON = ("The Canton Chronicle", "cantonchronicle.example")
_MEMO = ("Mainland Macro Memo", "macromemo.example")

_TR_WIRE = page(
    _YW, "economy/2026/06/09/china-may-exports-beat-forecasts-asean",
    "China's May exports beat forecasts as shipments to Southeast Asia surge",
    "Exports up 6.8% despite another double-digit drop in sales to the United States; imports shrink 2.1%",
    "By Li Jiaqi and Tom Whitcombe",
    [
        "BEIJING, June 9 (YW) - China's exports grew faster than expected in May, rising 6.8% from a year earlier as booming shipments to Southeast Asia and Europe more than offset another steep fall in sales to the United States, customs data showed on Tuesday.",
        "Outbound shipments were worth US$331.42 billion, the General Administration of Customs said, beating the 5.0% growth forecast in a Yangtze Wire poll of 31 economists, though slowing from April's 8.1% pace.",
        "Imports fell 2.1% to US$228.96 billion, against expectations of a 0.8% rise, leaving a trade surplus of US$102.64 billion, up from US$96.18 billion in April.",
        "Exports to the United States dropped 11.4% from a year earlier, the fourth straight month of double-digit declines. Shipments to the 10-member Association of Southeast Asian Nations jumped 14.7% and those to the European Union rose 9.3%.",
        "\"Trade is being rerouted, not lost,\" said Fiona Cheung, chief economist at Lantau Capital in Hong Kong. \"A lot of what goes to Vietnam and Malaysia as components ends up in America as finished goods. The tariff wall has more doors in it than Washington would like.\"",
        "The weakness in imports pointed to soft demand at home, where a prolonged property slump continues to weigh on consumer spending and construction. Purchases of iron ore and copper both fell from a year earlier, while soybean imports reached 13.9 million tonnes, a record for the month of May, as crushers stocked up on cheap South American beans.",
        "In yuan terms, exports rose 6.0% and imports fell 2.8%, the customs administration said in figures published at about 11 a.m. Beijing time (0300 GMT).",
        "Crude oil imports came to 47.2 million tonnes, or about 11.2 million barrels per day, little changed from April.",
        "Exports of rare earths, which Beijing has subjected to a licensing regime since 2025, fell 8.9% from April to 5,812 tonnes.",
        "In the first five months of the year, exports rose 5.4% from the same period of 2025.",
        "\"The external sector is still pulling the economy along, but it cannot do it alone for ever,\" said Zhang Ruoxi, an economist at Huaxin Securities in Shanghai. \"If domestic demand does not pick up in the second half, the growth target will be hard to reach without more stimulus.\"",
        "Marcus Lindqvist, senior Asia economist at Nordhavn Bank in Singapore, said the size of the surplus would add to friction with trading partners beyond the United States. The European Union has opened two new anti-dumping investigations into Chinese goods in the past month.",
        "Hong Kong's Hang Seng index rose 0.4% after the data, and the onshore yuan was little changed at 7.16 per dollar.",
        "(Reporting by Li Jiaqi in Beijing and Tom Whitcombe in Hong Kong; Editing by Priya Raman)",
    ],
    how="jsonld", when="2026-06-09T03:40:00Z", section="Economy",
    sidebar=("Asia trade data this month", [
        "South Korea May exports: +4.2% y/y",
        "Taiwan May exports: +12.1% y/y",
        "Vietnam May trade surplus: US$2.9 billion",
        "Japan May exports: due June 17",
    ]),
    related=(("China's April exports rise 8.1%, surplus widens", "economy/2026/05/09/china-april-trade"),
             ("Factbox: China's export controls on critical minerals", "economy/factbox-china-export-controls"),
             ("Soybean crushers in China stock up on Brazilian beans", "commodities/2026/05/28/china-soybean-crushers")),
)

_TR_LIVE = page(
    _BUND, "live/china-trade-data-may",
    "Live: China May trade data beats on exports, misses on imports",
    "Markets live: China's customs figures for May, reaction from economists and markets. All times Beijing/Hong Kong (GMT+8).",
    "By Jenny Sun and Ahmed Karim, Bund Markets Live",
    [
        ("h", "Key points"),
        "Exports +6.8% y/y in dollar terms (forecast +5.0%). Imports -2.1% (forecast +0.8%). Trade surplus $102.46bn. Exports to US -11.4%, to ASEAN +14.7%.",
        ("u", "15:20", "Wrapping up the live coverage here. The short version: exports beat, imports missed, and the surplus came in at $102.46bn, well above forecasts. Thanks for reading."),
        ("u", "14:40", "Marcus Lindqvist, senior Asia economist at Nordhavn Bank, in a note just out: \"Strong exports buy Beijing time, but they also buy it enemies. Expect more anti-dumping cases, from the EU and from emerging markets.\""),
        ("u", "14:05", "Fiona Cheung, chief economist at Lantau Capital, on a client call we dialled into: \"Everyone will focus on the surplus, but the imports number is the real story. A 2.1% fall, when oil prices are flat and soybeans are booming, tells you the domestic economy is still running on one engine.\""),
        ("u", "12:40", "Details from the commodity tables. Soybean imports: 13.9 million tonnes, a record for May. Crude oil: 47.2 million tonnes. Rare earth exports: 5,812 tonnes, down 8.9% from April."),
        ("u", "11:45", "Market check: the Hang Seng is up 0.4% at 24,388.10 at the lunch break; the CSI 300 is up 0.3%. Onshore yuan at 7.16 per dollar, barely moved."),
        ("u", "11:20", "The breakdown by destination: exports to the US -11.4% y/y; to ASEAN +14.7%; to the EU +9.3%. Year to date, total exports are up 5.4% on the same five months of 2025."),
        ("u", "11:30", "Year to date: the January-May surplus comes to $487.3bn. Exports over the five months are up 5.4%."),
        ("u", "11:12", "In yuan terms, for those who follow the local-currency series: exports +6.0% to 2.37 trillion yuan, imports -2.8% to 1.64 trillion yuan, surplus 733.6 billion yuan. The gap with the dollar figures reflects the yuan's gains over the past year."),
        ("u", "11:03", "Here we go. Exports +6.8% y/y to $331.42bn (forecast +5.0%, April +8.1%). Imports -2.1% to $228.96bn (forecast +0.8%, April +0.4%). Trade surplus $102.46bn (forecast $98.7bn, April $96.18bn)."),
        ("u", "10:50", "Ten minutes to go. For reference, April's numbers: exports +8.1% y/y, imports +0.4%, surplus $96.18bn. Crude imports in April were close to 47 million tonnes, or about 11.5 million barrels a day (April has a day fewer than May)."),
        ("u", "10:30", "Preview: the customs data are due at around 11 a.m. (03:00 GMT). The consensus is for export growth of 5.0% and import growth of 0.8%, with a surplus near $98.7bn. The risk, traders say, is to the upside on exports."),
        ("u", "09:40", "What we are watching this morning: the split by destination. In April, exports to ASEAN rose 16.2% and exports to the US fell 13.0%. Another double-digit drop in US sales is widely expected; the question is how much Southeast Asia and Europe make up."),
        ("u", "09:15", "Good morning and welcome to Bund Markets Live. China publishes its May trade figures this morning, the first of the month's big data releases. Stay with us."),
    ],
    how="visible", dateline="Tuesday 9 June 2026", section="Markets",
    sidebar=("Market data (midday)", [
        "Hang Seng: 24,388.10 (+0.4%)",
        "CSI 300: +0.3%",
        "USD/CNY: 7.16",
        "Brent crude: $71.40",
        "Iron ore (Dalian): 742 yuan/t",
    ]),
    related=(("Live: China April trade data", "live/2026-05-09/china-trade-data-april"),
             ("Chart book: where China's exports are going", "charts/china-export-destinations"),
             ("Morning briefing: five things to watch this week", "briefing/2026-06-08")),
)

_TR_PAPER = page(
    _CANTON, "business/2026/06/10/delta-factories-ride-asean-boom",
    "Delta factories ride Southeast Asia boom as US orders shrink",
    "May's customs figures show Chinese exporters finding new buyers, but owners in Dongguan and Foshan say margins are razor-thin",
    "By Helen Zhou, Business Reporter",
    [
        "Customs data released on Monday showed China's exports rising 6.8 percent in May from a year earlier, to US$331.42 billion, a stronger result than most economists had predicted. Imports fell 2.1 percent, and the trade surplus reached US$102.46 billion.",
        "Behind the headline numbers is a shift that manufacturers across the Pearl River Delta know well. Exports to the United States fell 11.4 percent, while those to the Association of Southeast Asian Nations rose 14.7 percent and those to the European Union 9.3 percent.",
        "\"Three years ago, 70 percent of what we made went to American retailers. Now it is less than 30 percent,\" said Kenneth Luo, who runs a furniture hardware factory in Dongguan employing about 600 people. \"We sell to Vietnam, to Mexico, to Poland. The volumes are there, but everyone is squeezing the price.\"",
        "At the port of Nansha in Guangzhou, container throughput rose about 8 percent in May, according to port operators, and shipping agents said bookings for Southeast Asian routes were running ahead of last year.",
        ("h", "Imports tell a different story"),
        "The weak import figure worried economists more than the strong exports cheered them. Apart from soybeans, where purchases hit a record for May of 13.9 million tonnes, buying of most raw materials was flat or lower, a sign of weak construction activity and cautious households.",
        "Rare earth exports, closely watched since Beijing put them under a licensing regime in 2025, fell 8.9 percent from April to 5,812 tonnes, the General Administration of Customs said.",
        "\"The surplus is a symptom, not a strength,\" said Marcus Lindqvist, senior Asia economist at Nordhavn Bank in Singapore. \"China is selling more to the world than it is buying from it because people at home are not spending. That imbalance is going to keep trade tensions high, and not only with Washington.\"",
        "Lindqvist noted that the surplus was well above the roughly US$98.7 billion economists had pencilled in, and that the European Union had opened two new anti-dumping investigations into Chinese goods in the past month.",
        "In the first five months of the year, total exports were up 5.4 percent on the same period of 2025, according to the General Administration of Customs.",
        ("h", "Thin margins"),
        "For factory owners, stronger volumes have not meant better profits. Many say they have cut prices by 5 to 10 percent to win orders in new markets, and the strong yuan has eaten into earnings on dollar contracts.",
        "\"We are running to stand still,\" said Chan Wai-man, who makes LED lighting in Foshan and sells mainly to Malaysia and Thailand. \"Orders are up, profit is down. If it carries on like this, some of the smaller shops around here will not survive next year.\"",
        "Guangdong, China's biggest exporting province, will publish its own May figures later this month.",
    ],
    how="meta", when="2026-06-10T00:40:00Z", section="Business",
    sidebar=("More from Business", [
        "Shenzhen home prices fall for 14th month",
        "Guangzhou auto show draws 870,000 visitors",
        "Hong Kong retail sales up 1.9% in April",
        "Macau gaming revenue rises 6% in May",
    ]),
    related=(("Yantian port adds new Southeast Asia services", "business/2026/05/30/yantian-new-routes"),
             ("Dongguan factories turn to robots as wages rise", "business/2026/05/21/dongguan-automation"),
             ("Opinion: China's surplus is the world's problem too", "opinion/2026/06/10/china-surplus-world-problem")),
)

_TR_MEMO = page(
    _MEMO, "p/may-trade-one-engine",
    "May trade: one engine, running hot",
    "This week's memo: the surplus, the imports miss, and why the rerouting story keeps getting bigger",
    "By Arthur Feng",
    [
        "Tuesday's customs figures were, on the surface, a win for Beijing. Exports rose 6.8% year on year in May in dollar terms, beating the consensus of 5.0%. But the more interesting numbers were lower down the release.",
        ("h", "1. The surplus"),
        "The trade surplus came in at US$102.46bn, against a consensus near US$98.7bn and up from US$96.18bn in April. Annualise that and you get a pace of more than US$1.2 trillion. For the first five months of the year the cumulative surplus is US$487.3bn. Numbers like that do not go unnoticed in Brussels, Washington or, increasingly, in Jakarta and Brasilia.",
        ("h", "2. The imports miss"),
        "Imports fell 2.1% against forecasts of a small rise. Strip out soybeans, which hit a May record of 13.9 million tonnes, and the picture is worse. Copper and iron ore purchases both fell, consistent with a construction sector that has not found a floor.",
        "\"Exports are doing the work that consumers and developers should be doing,\" Fiona Cheung, head of Asia research at Lantau Capital, told us. \"The longer that lasts, the more politically fragile it becomes, because every other country can see the surplus too.\"",
        "The consensus for imports had been a 0.8% rise, so the miss was nearly three percentage points. In April imports had still managed a 0.4% gain. Two months do not make a trend, but the direction is not encouraging for anyone hoping that Chinese households will take over from exporters as the engine of growth.",
        ("h", "3. Rerouting"),
        "Exports to the US fell 11.4%, while shipments to ASEAN rose 14.7%. Some of that is genuine new demand from a fast-growing region. Some of it is Chinese components being assembled in Vietnam, Thailand or Malaysia and shipped onward. The customs data cannot tell the two apart, and neither, for now, can US trade officials, though they are trying.",
        ("h", "3b. Commodities"),
        "Crude imports were 47.2 million tonnes, about 11.2 million barrels a day, roughly flat on April. Rare earth exports fell 8.9% month on month to 5,812 tonnes, a reminder that the licensing regime is a tap Beijing can turn either way. Exports to the EU, meanwhile, rose 9.3%, which will not go unremarked in Brussels.",
        ("h", "4. The yuan wrinkle"),
        "In local-currency terms exports rose only 6.0%, to 2.37 trillion yuan, because the yuan is stronger than it was a year ago. For exporters paid in dollars, that gap is real money, and it helps explain why so many factory owners report rising orders and falling profits.",
        ("h", "What we are watching"),
        "Inflation figures come next, and we expect producer prices to stay in deflation for another month. If the imports weakness persists into June, the case for a further cut in banks' reserve requirements gets stronger; our base case is a 25 basis-point reduction in the third quarter.",
        "As ever, hit reply with your thoughts. Mainland Macro Memo is free; forward it to anyone who might find it useful.",
    ],
    how="none", section="Memo",
    sidebar=("The numbers", [
        "+6.8%: exports, May, y/y (USD)",
        "-2.1%: imports, May, y/y (USD)",
        "US$102.46bn: May trade surplus",
        "US$487.3bn: January-May surplus",
        "Last year's May surplus: US$103.2bn",
    ]),
    related=(("Last week: What the PMIs are telling us", "p/pmis-what-they-tell-us"),
             ("Explainer: Why China's trade numbers come in two currencies", "p/two-currencies-explainer"),
             ("Archive", "archive")),
    extra='<div class="newsletter-signup"><p>Get Mainland Macro Memo in your inbox every week.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>',
)

# ---------------------------------------------------------------------------
# rk-AH5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

_STD = ("SinoTech Daily", "sinotechdaily.example")
_CNW = ("Cathay Newswire", "cathaynewswire.example")
_MANIFEST = ("Launch Manifest", "launchmanifest.example")

_RK_LIVE = page(
    _STD, "space/live/long-march-12-starweave-batch-7",
    "Launch live: Long March 12 lifts off with 10 Starweave satellites",
    "Minute-by-minute coverage of the seventh Starweave broadband launch from the Hainan commercial spacecraft launch site in Wenchang. All times Beijing (GMT+8).",
    "By Kevin Ma and Iris Tang, SinoTech Daily space desk",
    [
        ("h", "Key points"),
        "Long March 12 launched at 21:37 from Pad No. 2 in Wenchang, seven minutes into its window. All 10 Starweave satellites separated at 22:02 and are healthy. The constellation now has 70 satellites in orbit.",
        ("u", "22:31", "Starweave has confirmed that all 10 satellites have made contact with ground stations and deployed their solar arrays. Chief executive Qiu Meiling, in a message to staff shared with us: \"Seven launches, seventy satellites, zero losses. Now the hard part starts: turning a constellation into a service.\" That's the end of our live coverage. Thanks for staying up with us."),
        ("u", "22:04", "SEPARATION! The 10 satellites were released at 22:02, about 25 minutes after liftoff, into a near-polar orbit roughly 1,060 km above Earth. Applause in the Starweave control room in Shanghai, according to the company's own stream."),
        ("u", "22:15", "Starweave confirms the orbit: near-polar, about 1,060 km, as planned. The company plans 1,296 satellites in the constellation's first phase by the end of 2030, and says commercial broadband trials will start in the fourth quarter of this year."),
        ("u", "21:46", "Second stage burning as planned. The first stage separated about two and a half minutes into the flight and will fall into the South China Sea, well away from shipping lanes that were closed for the launch."),
        ("u", "21:41", "Fairing separation confirmed, a little under four minutes into the flight. Tracking stations on Hainan report a nominal trajectory, heading south over the sea."),
        ("u", "21:38", "LIFTOFF! The Long March 12 has left Pad No. 2 at 21:37 Beijing time (13:37 UTC). A clean climb through a clear sky, and a long orange plume visible from the beaches at Longlou."),
        ("u", "21:31", "The window opened at 21:30, but the launch team has taken a short hold to re-check upper-level wind readings. New target time: 21:37."),
        ("u", "21:05", "Propellant loading is complete and the pad area has been cleared. Meteorologists at the site report light surface winds and a temperature of 29C."),
        ("u", "20:50", "Gu Lianfeng, the rocket's deputy chief designer, told reporters at the site earlier this week that the team expects to fly the Long March 12 at least twice more this year. Crowds are already gathering on the beaches near Longlou, the best public viewing spot."),
        ("u", "20:15", "Some numbers while we wait. The Long March 12 stands 62 metres tall with a diameter of 3.8 metres and burns kerosene and liquid oxygen. Tonight is its fourth flight. Each Starweave satellite weighs about 480 kg, so the stack of 10 comes to roughly 4.8 tonnes."),
        ("u", "19:40", "Good evening from Wenchang. Tonight's mission carries the seventh batch of satellites for the Starweave broadband constellation, built and operated by Shanghai Starweave Satellite Technology. The launch window opens at 21:30. The sixth batch flew on June 27 aboard a Long March 8A from the same site."),
    ],
    how="visible", dateline="Saturday 15 August 2026", section="Space",
    sidebar=("Launch calendar", [
        "Aug 12: Falcon 9, 24 Starlink satellites, Vandenberg",
        "Aug 13: Kinetica-1, 3 remote-sensing satellites, Jiuquan",
        "Aug 19: Long March 2D, Yaogan satellites, Taiyuan (planned)",
        "Aug 22: Electron, Rocket Lab, New Zealand (planned)",
    ]),
    related=(("Starweave batch six: Long March 8A launch as it happened", "space/live/long-march-8a-starweave-batch-6"),
             ("Inside Hainan's commercial launch site", "space/features/hainan-commercial-launch-site"),
             ("Explainer: China's broadband megaconstellations", "space/explainers/china-megaconstellations")),
)

_RK_WIRE = page(
    _CNW, "science/2026/08/15/china-launches-10-starweave-broadband-satellites",
    "China launches 10 more Starweave broadband satellites from Hainan",
    "Seventh batch takes private operator's constellation to 70 satellites; commercial trials due later this year",
    "By Zhou Xinyi",
    [
        "WENCHANG, China, Aug 15 (CNW) - China launched 10 satellites for the privately operated Starweave broadband constellation on Saturday night, taking the network to 70 spacecraft as the country races to build rivals to SpaceX's Starlink.",
        "A Long March 12 rocket lifted off from the Hainan commercial spacecraft launch site in Wenchang at 9:37 p.m. Beijing time (1337 GMT), seven minutes after its launch window opened, and released the satellites into their planned orbit about 25 minutes later.",
        "The satellites, built by Shanghai Starweave Satellite Technology Co., will operate in a near-polar orbit about 1,060 km (659 miles) above Earth. Each weighs about 480 kg.",
        "All 10 satellites were in contact with ground stations within half an hour of separation, the company said.",
        "\"Every launch teaches us something. This one taught us that we can do this on a schedule,\" Starweave's chief executive Qiu Meiling told reporters at the launch site. \"Our customers do not care how clever the rocket is. They care whether the service will be there next year.\"",
        "Starweave plans 1,296 satellites in the first phase of the constellation, to be completed by the end of 2030, and aims to begin commercial broadband trials in the fourth quarter of this year, initially for users in remote western regions and on ocean-going ships.",
        "The mission was the fourth flight of the Long March 12, a 62-metre, kerosene-fuelled rocket developed by the China Academy of Launch Vehicle Technology and designed to carry bigger loads to low orbit than older models.",
        "Gu Lianfeng, the rocket's deputy chief designer, said the launch team had held the countdown briefly to recheck upper-level wind data. \"We lost seven minutes and gained a lot of confidence,\" he said. \"The rocket flew exactly as modelled.\"",
        "Hundreds of spectators watched from beaches near Wenchang as the rocket climbed into a clear night sky. Its first stage fell into the South China Sea in a zone closed to shipping. With Saturday's mission, Starweave has launched seven batches of 10 satellites without losing one.",
        "The Hainan site, China's first built specifically for commercial launches, opened in late 2024 and now has two pads in use. Saturday's launch was from Pad No. 2.",
        "China has several broadband constellations under construction, backed by state-owned and private companies, each aiming for thousands of satellites. Industry analysts say the pace of launches, not the building of satellites, is the main bottleneck.",
        "\"Seventy satellites is a start, not a network,\" said Tim Sorensen, a space industry analyst at Oriel Orbit Advisory in London. \"To offer continuous coverage, they need several hundred in orbit. The question is how many rockets China can fly in a year.\"",
        "The previous batch of 10 Starweave satellites was launched on June 27 on a Long March 8A rocket from the same site.",
    ],
    how="jsonld", when="2026-08-15T14:20:00Z", section="Science",
    sidebar=("Space race in numbers", [
        "Starlink satellites in orbit: more than 8,000",
        "OneWeb constellation: about 650 satellites",
        "Starweave first-phase target: 1,296",
    ]),
    related=(("China's commercial rocket firms look to reusable boosters", "science/2026/07/30/china-reusable-rockets"),
             ("Starweave raises new funding ahead of broadband trials", "business/2026/05/14/starweave-funding"),
             ("Long March 8A sends sixth Starweave batch into orbit", "science/2026/06/27/starweave-sixth-batch")),
)

_RK_LETTER = page(
    _MANIFEST, "issue/starweave-seven-long-march-12",
    "Starweave Seven: Long March 12 keeps to the timetable",
    "Launch Manifest, our weekly digest: a clean Starweave deployment from Hainan, and a tally of the year so far",
    "By Nadia Okafor",
    [
        "The week's headline launch came late on Saturday, when a Long March 12 carried the seventh batch of Starweave broadband satellites from the Hainan commercial spacecraft launch site at Wenchang. Liftoff was at 13:37 UTC, or 21:37 local time, from Pad No. 2.",
        "The countdown held briefly after the window opened at 13:30 UTC while the range re-checked upper-level winds, then ran cleanly. The ten satellites separated 25 minutes into the flight, at 14:02 UTC, into a near-polar orbit at about 1,060 km, or 659 miles.",
        ("h", "The payload"),
        "Each Starweave satellite weighs roughly 480 kg. The company, Shanghai Starweave Satellite Technology, has now launched seven batches of ten, for 70 satellites in orbit, all reported healthy. Before Saturday the count stood at 60. The first phase of the constellation calls for 1,296 satellites by the end of 2030.",
        "Qiu Meiling, Starweave's chief executive, sounded almost relieved in a short video posted by the company after separation. \"Seven for seven. We have proved we can build them; now we have to prove we can sell the service,\" she said.",
        ("h", "The rocket"),
        "This was the fourth flight of the Long March 12, which stands 62 metres tall and is 3.8 metres wide. It is a two-stage, kerosene and liquid-oxygen vehicle built by the China Academy of Launch Vehicle Technology, and it has now flown four times without a failure. The rocket's deputy chief designer, Gu Lianfeng, told state media the hold had cost seven minutes and nothing else.",
        "Starweave says commercial broadband trials should start in the fourth quarter, aimed first at remote western regions and at ships at sea.",
        "By our count, this was China's 48th orbital launch attempt of 2026, putting the country on course to beat last year's total.",
        ("h", "Why it matters"),
        "Ten satellites at a time is slow going for a constellation that needs more than a thousand. Starweave has relied on a mix of Long March 12 and Long March 8A rides; the sixth batch flew on a Long March 8A on June 27. To reach its first-phase target on schedule, the company would need to move to launches of 20 or more satellites at a time, or fly far more often.",
        "\"Starweave's engineering is fine. Their problem is the queue at the launch pad,\" said Tim Sorensen of Oriel Orbit Advisory. \"Everyone in China is trying to put up a constellation at once, and there are only so many rockets.\"",
        ("h", "Elsewhere this week"),
        "SpaceX flew twice from Vandenberg with 24 Starlink satellites each time; Rocket Lab's next Electron mission from New Zealand slipped by four days to allow a payload check; and a Kinetica-1 from Jiuquan put three remote-sensing satellites into orbit.",
        "See you next week. If someone forwarded this to you, subscribe below; it's free.",
    ],
    how="none", section="Digest",
    sidebar=("Year to date (by our count)", [
        "Global orbital launch attempts: 201",
        "United States: 118",
        "China: 48",
        "Russia: 9",
    ]),
    related=(("Last week: Europe's launcher gap", "issue/europes-launcher-gap"),
             ("Tracker: every Chinese launch of 2026", "trackers/china-2026"),
             ("Reader Q&A: how do megaconstellations avoid collisions?", "issue/reader-qa-collisions")),
    extra='<div class="newsletter-signup"><p>Launch Manifest lands in your inbox every week.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>',
)

# ---------------------------------------------------------------------------
# eq-AH6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

_TRIB = ("Taiwan Tribune", "taiwantribune.example")
_PRPA = ("Pacific Rim Press Agency", "pacificrimpress.example")
_JADE = ("Jade Mountain Broadcasting", "jademountaintv.example")
_SEABOARD = ("The Eastern Seaboard Times", "seaboardtimes.example")

_EQ_LIVE = page(
    _TRIB, "live/hualien-earthquake-live",
    "Live: Magnitude 6.4 earthquake off Hualien kills two, injures dozens",
    "Updates on the overnight earthquake off Taiwan's east coast: casualties, damage, aftershocks and travel disruption. All times Taiwan (GMT+8).",
    "By Joyce Lin, Peter Kang and Tribune reporters in Hualien",
    [
        ("h", "Key points"),
        "A magnitude 6.4 earthquake struck at 2:17 a.m. about 24.1 km south-southeast of Hualien County Hall, at a depth of 21.6 km. Two people died and 87 were injured, according to the National Fire Agency. 96 aftershocks had been recorded by 6 p.m.",
        ("u", "19:30", "We are closing this live page for tonight. The latest figures from the National Fire Agency, as of 6 p.m.: two dead and 87 injured, most of them with cuts and fractures from falling objects. The Central Weather Administration had recorded 96 aftershocks by the same time. Classes in Hualien County remain cancelled for the rest of the day, and trails in Taroko National Park are closed until further notice."),
        ("u", "16:10", "Taipower says 41,300 households lost electricity after the quake. By noon, supply had been restored to all but about 1,200, mostly in hillside villages south of Hualien City where crews are still checking lines."),
        ("u", "14:45", "Wu Chien-fu, director of the Central Weather Administration's Seismological Center, told a briefing the quake was a thrust event on the plate boundary off the east coast. \"We expect aftershocks of magnitude 5 to 5.5 over the next three days,\" he said. \"People in Hualien should stay away from damaged buildings and from slopes after rain.\""),
        ("u", "11:30", "Casualty update from the National Fire Agency at 11 a.m.: two dead, 64 injured. The second death is a 46-year-old truck driver whose vehicle was hit by falling rocks on the Suhua Highway between Heren and Chongde. That section of the highway is closed."),
        ("u", "09:50", "Hualien County Magistrate Chang Hui-mei has visited the tilted residential building in Hualien City. \"Everyone got out, and that is what matters this morning,\" she told reporters. \"The building will be assessed by engineers today; nobody goes back in until they say it is safe.\""),
        ("u", "07:15", "The National Fire Agency now reports one death and 31 injuries. A 71-year-old woman died in Hualien City when part of a ceiling collapsed in her home. Taiwan Railway has suspended services on the eastern line until about 10 a.m. for track inspections."),
        ("u", "05:10", "Firefighters say all 23 residents of a nine-storey residential building in Hualien City that was left tilting after the quake have been brought out safely."),
        ("u", "04:05", "A strong aftershock, magnitude 5.1, was felt at 4:02 a.m. Residents in Hualien City report people sleeping in cars and in school playgrounds."),
        ("u", "03:40", "The first reports of injuries: at least nine people have been taken to hospital in Hualien with minor injuries, according to the county fire bureau."),
        ("u", "02:34", "A strong earthquake shook the whole of Taiwan at 2:17 a.m. The Central Weather Administration gives a preliminary magnitude of 6.3 with the epicentre off Hualien. Buildings swayed for more than 30 seconds in Taipei. No tsunami warning has been issued. (Update: the magnitude was later revised to 6.4.)"),
    ],
    how="visible", dateline="Wednesday 21 October 2026", section="Taiwan",
    sidebar=("Recent strong earthquakes in Taiwan", [
        "April 2024: magnitude 7.2 off Hualien",
        "September 2022: magnitude 6.8 in Taitung",
        "September 1999: magnitude 7.3 in Nantou (Chi-Chi earthquake)",
    ]),
    related=(("What to do in an earthquake: a checklist", "guides/earthquake-checklist"),
             ("Why Hualien shakes so often", "science/why-hualien-shakes"),
             ("Taroko National Park closures: what visitors need to know", "travel/taroko-closures")),
)

_EQ_WIRE = page(
    _PRPA, "asia/2026/10/21/taiwan-earthquake-hualien-two-dead",
    "Strong earthquake off eastern Taiwan kills two, injures 87",
    "Magnitude 6.4 quake tilts a residential building and triggers rockfalls; chip plants report no major damage",
    "By Andrew Chiu",
    [
        "TAIPEI, Oct 21 (PRPA) - A magnitude 6.4 earthquake struck off Taiwan's east coast early on Wednesday, killing two people, injuring 87 and leaving a residential building in the city of Hualien tilting, officials said.",
        "The quake hit at 2:17 a.m. (1817 GMT Tuesday) at sea about 24.1 km south-southeast of Hualien County Hall, at a depth of 21.6 km, according to the Central Weather Administration. The U.S. Geological Survey measured it at magnitude 6.2.",
        "A 71-year-old woman was killed when part of a ceiling fell in her home in Hualien City, and a 46-year-old truck driver died when rocks hit his vehicle on the Suhua Highway, a mountain road that winds along sea cliffs north of the city. The National Fire Agency said 87 people had been injured as of 6 p.m.",
        "\"We were lucky the building stayed standing long enough for everyone to get out,\" Hualien Mayor Chang Hui-mei told reporters outside the nine-storey apartment block, where all 23 residents were rescued before dawn. \"Our priority now is checking every older building in the county.\"",
        "Shaking reached intensity 5-upper on Taiwan's intensity scale, which runs to 7, in Hualien and level 4 in Taipei, Yilan and Nantou. There was no tsunami threat.",
        "Taiwan's semiconductor plants in Hsinchu and Taichung briefly evacuated some staff as a precaution, and industry officials said no major damage had been reported. The main Taiex index closed 0.3% lower.",
        "Footage posted on social media showed shelves toppling in convenience stores and water sloshing out of rooftop tanks. In Taipei, buildings swayed for more than 30 seconds. The Suhua Highway was closed between Heren and Chongde while crews cleared fallen rocks.",
        "Taipower said 41,300 households lost power, and all but about 1,200 had been reconnected by noon. Taiwan Railway suspended services on the eastern line until about 10 a.m. for track inspections, and schools across Hualien County were closed for the day.",
        "Wu Chien-fu, director of the weather administration's Seismological Center, said 96 aftershocks had been recorded by 6 p.m., the largest a magnitude 5.1 at 4:02 a.m. \"The pattern is a normal one for this area,\" he said. \"The fault has released a lot of energy, and the aftershocks should gradually weaken.\"",
        "Hualien, a popular tourist area on Taiwan's rugged east coast, was the centre of a magnitude 7.2 earthquake in April 2024 that killed 18 people and damaged dozens of buildings. Building codes were tightened after that quake, and Chang said inspections of older buildings in the county would be accelerated.",
        "Many residents of Hualien spent the rest of the night outdoors, some sleeping in cars or on school playgrounds, as aftershocks continued to rattle the city.",
        "Taroko National Park, whose trails were badly damaged in 2024, closed all trails until further notice.",
        "(Reporting by Andrew Chiu; Editing by Sarah Lowe)",
    ],
    how="meta", when="2026-10-21T10:30:00Z", section="Asia",
    sidebar=("Earthquake facts", [
        "Taiwan records roughly 1,000 felt earthquakes a year",
        "Intensity scale: 0 to 7, with levels 5 and 6 split into lower and upper",
        "April 2024 Hualien quake: magnitude 7.2, 18 dead",
    ]),
    related=(("Taiwan tightened building codes after 2024 quake", "asia/2025/04/03/taiwan-building-codes"),
             ("Chipmakers' earthquake plans tested again", "business/2026/10/21/chipmakers-quake"),
             ("Japan lifts tsunami advisory for Okinawa islands", "asia/2026/10/21/japan-tsunami-advisory")),
)

_EQ_TV = page(
    _JADE, "news/taiwan/hualien-earthquake-aftershocks-recovery",
    "Hualien earthquake: two dead as aftershocks keep residents on edge",
    "Magnitude 6.4 quake struck overnight off the east coast; engineers inspect a tilted apartment block",
    "By Jade Mountain News reporter Grace Shih in Hualien",
    [
        "Residents of Hualien spent the day clearing broken glass and fallen shelves after a magnitude 6.4 earthquake struck just off the coast at 2:27 a.m. on Wednesday, shaking buildings across the island and killing two people.",
        "The National Fire Agency said 87 people had been injured, most of them in Hualien County. Many were hurt by falling objects as they woke in the dark.",
        "The Central Weather Administration placed the epicentre at sea about 24.1 km south-southeast of Hualien County Hall, at a depth of 21.6 km. The shaking reached intensity 5-upper in Hualien, the strongest felt anywhere on the island.",
        "On a street near the railway station, a nine-storey residential building was left leaning at an angle. Its 23 residents were brought out by firefighters before dawn, and engineers spent the afternoon deciding whether it can be saved.",
        "\"I heard the walls crack and then the whole room tilted,\" said Lin Mei-hua, 63, who lives on the sixth floor with her husband. \"We went down the stairs in our pyjamas. I have nothing except my phone.\"",
        "County Magistrate Chang Hui-mei said the county would offer temporary housing to families who cannot go home. \"No one will sleep in a car tonight if they do not want to,\" she told Jade Mountain News. \"We have rooms in hotels and in the county's own buildings ready.\"",
        ("h", "Aftershocks and warnings"),
        "By 6 p.m. the weather administration had recorded 96 aftershocks, the strongest a magnitude 5.1 at 4:02 a.m. Wu Chien-fu, director of its Seismological Center, told Jade Mountain News that residents should be ready for more. \"A magnitude 5 aftershock in the coming days would not surprise us at all,\" he said.",
        "The two people who died were a 71-year-old woman in Hualien City, who was struck when part of a ceiling came down, and a 46-year-old truck driver caught by a rockfall on the Suhua Highway.",
        "The highway remains closed between Heren and Chongde while crews clear rocks. Taiwan Railway services on the eastern line resumed at about 10 a.m. after track checks.",
        "Shaking reached level 4 in Taipei, Yilan and Nantou. The U.S. Geological Survey measured the quake at magnitude 6.2, and no tsunami warning was issued. Taroko National Park has closed all its trails until further notice.",
        "Taipower said that of 41,300 households that lost power, all but 1,200 had their supply back by midday.",
        "Across Taiwan the quake jolted people awake. In Taipei, buildings swayed for more than 30 seconds. Semiconductor plants in Hsinchu and Taichung briefly evacuated some staff as a precaution, and no major damage was reported.",
        "Schools in Hualien County were closed on Wednesday. The county government said it would announce on Wednesday evening whether classes will resume tomorrow.",
        "Stay with Jade Mountain Broadcasting for live updates on TV, radio and our app.",
    ],
    how="jsonld", when="2026-10-21T11:45:00Z", section="Taiwan",
    sidebar=("Jade Mountain News: top stories", [
        "Typhoon Bualoi weakens as it nears the Philippines",
        "Taipei Marathon expects 28,000 runners in December",
        "Kaohsiung light rail loop marks first full year",
    ]),
    related=(("Video: Moment the quake hit, caught on dashcams", "video/hualien-quake-dashcams"),
             ("Temporary housing offered to Hualien quake families", "news/taiwan/hualien-temporary-housing"),
             ("How to check if your building is safe after a quake", "news/taiwan/building-safety-check")),
)

_EQ_PAPER = page(
    _SEABOARD, "news/hualien-counts-the-cost-after-night-quake",
    "Hualien counts the cost after night-time quake",
    "Two dead, a building left leaning and a mountain highway closed again: the east coast faces another recovery",
    "By Michael Teng and Amy Hsu",
    [
        "For the second time in three years, Hualien has woken to the sound of breaking glass. The magnitude 6.4 earthquake that struck off the coast at 2:17 a.m. on Wednesday killed two people, left 78 injured and sent hundreds of residents into the streets in their night clothes.",
        "The Central Weather Administration said the quake was centred at sea 24.1 km south-southeast of Hualien County Hall, 21.6 km below the seabed. Shaking reached intensity 5-upper in Hualien and was felt as far away as Kaohsiung and Taipei.",
        "The most visible damage was on a side street near Hualien station, where a nine-storey apartment block was left leaning. All 23 residents escaped, helped down the stairs by firefighters in the hour after the quake.",
        "Hualien County Magistrate Chang Hui-mei said structural engineers would inspect older buildings throughout the county, starting with those built before 1999, when Taiwan's building code was revised after the Chi-Chi earthquake. \"We learned hard lessons in 2024,\" she said. \"We are not going to wait for the next big one to apply them.\"",
        ("h", "Two lives lost"),
        "The dead were a 71-year-old woman who was hit by a collapsing ceiling in her home in Hualien City, and a 46-year-old truck driver whose vehicle was struck by falling rocks on the Suhua Highway, the cliff-side road that links Hualien with Yilan to the north. Relatives of the driver, a father of two from Yilan, gathered at the county hospital on Wednesday afternoon.",
        "The Suhua Highway was closed between Heren and Chongde, the same stretch that was cut for weeks after the April 2024 quake. Road engineers said it could take several days to clear.",
        ("h", "A restless fault"),
        "By 6 p.m. on Wednesday the weather administration had recorded 96 aftershocks. The largest, of magnitude 5.1, came at 4:02 a.m. and sent many people who had gone back to bed running outside again.",
        "\"This is the kind of quake the east coast gets every few years,\" Wu Chien-fu, director of the administration's Seismological Center, said. \"The buildings that failed were old. The new ones did what they were designed to do.\"",
        "The U.S. Geological Survey put the magnitude at 6.2, slightly lower than the Taiwanese estimate, a common difference between agencies using different methods.",
        ("h", "Tourism worries"),
        "For Hualien's tourism businesses, which were only beginning to recover from the 2024 disaster, the timing could hardly be worse. Trails in Taroko National Park were closed again, and hotel owners said cancellations had begun within hours.",
        "\"We had our first good autumn in three years,\" said Tsai Yu-chen, who runs a guesthouse near Qixingtan beach. \"By lunchtime I had 14 cancellations. People see the pictures of the leaning building and they think the whole city has fallen down.\"",
        "Taipower said power had been restored to all but about 1,200 of the 41,300 households that lost electricity.",
    ],
    how="none", section="News",
    sidebar=("East coast in numbers", [
        "Hualien County population: about 316,000",
        "Visitors to Taroko in 2023: 3.4 million",
        "Suhua Highway length: 118 km",
    ]),
    related=(("Taroko trails: a long road back", "features/taroko-trails-road-back"),
             ("The engineers who check Taiwan's old buildings", "features/engineers-old-buildings"),
             ("Editorial: Hualien needs more than sympathy", "opinion/hualien-needs-more-than-sympathy")),
)

# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES = [
    {"id": "cb-AH1", "part": "AH", "domain": "central bank", "fetched": "2026-06-26",
     "articles": [_CB_WIRE, _CB_PAPER, _CB_LIVE, _CB_LETTER],
     "planted": []},
    {"id": "el-AH2", "part": "AH", "domain": "election", "fetched": "2026-12-03",
     "articles": [_EL_LIVE, _EL_WIRE, _EL_PAPER, _EL_TV],
     "planted": [
         ("Lo Chien-hua's vote total", r"\b112,?486\b", r"\b112,?846\b"),
         ("time Tseng Yi-ting conceded", r"(?<!\d)8:15|20:15", r"(?<!\d)9:15|21:15"),
         ("spelling of the runner-up's surname", r"\btseng\b", r"\btzeng\b"),
     ]},
    {"id": "ct-AH3", "part": "AH", "domain": "court", "fetched": "2026-04-24",
     "articles": [_CT_WIRE, _CT_PAPER, _CT_TV],
     "planted": []},
    {"id": "tr-AH4", "part": "AH", "domain": "trade", "fetched": "2026-06-16",
     "articles": [_TR_WIRE, _TR_LIVE, _TR_PAPER, _TR_MEMO],
     "planted": [
         ("China's May trade surplus", r"(?<![\d.])102\.46(?!\d)", r"(?<![\d.])102\.64(?!\d)"),
         ("day the customs data were released", r"tuesday|06-09", r"monday|06-08"),
         ("Fiona Cheung's title at Lantau Capital", r"chief economist", r"head of asia research"),
     ]},
    {"id": "rk-AH5", "part": "AH", "domain": "rocket", "fetched": "2026-08-24",
     "articles": [_RK_LIVE, _RK_WIRE, _RK_LETTER],
     "planted": []},
    {"id": "eq-AH6", "part": "AH", "domain": "earthquake", "fetched": "2026-10-29",
     "articles": [_EQ_LIVE, _EQ_WIRE, _EQ_TV, _EQ_PAPER],
     "planted": [
         ("number of people injured", r"\b87\b", r"\b78\b"),
         ("local time the earthquake struck", r"(?<!\d)2:17|02:17", r"(?<!\d)2:27|02:27"),
         ("Chang Hui-mei's office", r"magistrate", r"\bmayor\b"),
     ]},
]
