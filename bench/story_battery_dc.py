"""Story battery, part DC — the South Caucasus and Iran, events in 2026.

Written by engineer DC1 on 2026-12-07 for the twenty-ninth batch, a precision batch: most
differences between outlets below are legitimate (time zones, rounding, units, growing counts,
provisional figures, forecasts, earlier events, attributed estimates, name variants, sidebars),
and only the three non-control stories carry exactly three planted contradictions each. All
outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only. Every domain ends in .example.

cb-DC1 (central bank) — CONTROL, no planted disagreement. True facts: on Wednesday 22 April 2026
the Monetary Policy Committee of the National Bank of Georgia (NBG) cut the refinancing rate by
25 basis points, from 8.00% to 7.75%, announced at 12:00 Tbilisi time (GMT+4) = 08:00 GMT; first
change since May 2024; previous meeting 11 March 2026 (hold); next meeting 10 June 2026. Governor
Levan Chkhaidze's news conference at 13:00 Tbilisi (09:00 GMT) with Vice-Governor Ketevan
Nadiradze. March headline inflation 3.4% (February 3.9%), core 2.9%, target 3%; 2026 average
inflation forecast 3.1%; 2026 growth forecast raised to 6.5% from 6.0% (February); 2025 growth
7.6%; lari 2.71/USD; reserves a record $6.2 bn (about 16.8 bn lari); ~41% of loans in foreign
currency; credit growth 17.3% y/y; lari mortgage rate 11.9%; 7 of 11 economists polled expected
the cut. Outlets: cwire.example wire (meta published_time 08:14 GMT); tbilisiledger.example live
page with Tbilisi-time updates (visible date only); frontierrates.example specialist analysis
next day (JSON-LD); kuraherald.example newspaper piece (NO date at all). Traps: noon Tbilisi vs
08:00 GMT; 25 bp vs "a quarter of a percentage point" vs 0.25 points; headline 3.4% vs core 2.9%
vs February 3.9% vs 3.1% forecast average; 6.5% vs previous 6.0% forecast vs 7.6% outturn 2025;
analyst's own forecast of 7.25% by year-end vs the Azerbaijani central bank's 7.25% vs Armenia's
6.75% (sidebar/context); $6.2 bn vs 16.8 bn lari; "about 41%"; governor's quote in two
translations; "almost two years" vs "since May 2024"; "Georgia's central bank" vs NBG.

el-DC2 (election) — 3 PLANTED. True facts: Gyumri (Armenia) Council of Elders election on Sunday
27 September 2026, polls 08:00-20:00 Armenia time (GMT+4); 33 seats, 118 polling stations, 98,450
registered voters; turnout 41.7% (33.4% at 17:00; 38.9% in 2021, so +2.8 points). Preliminary
results from all stations published by the Central Electoral Commission at 07:30 Monday 28
September (03:30 GMT): Shirak Forward 46.2% / 17 seats, Civil Accord 31.5% / 11 seats, New Gyumri
12.8% / 5 seats; three small parties under the 4% threshold. Partial count at 23:10 Sunday (62 of
118 stations): Shirak Forward 48.9%. Winner Hrachya Balasanyan (44) said "Gyumri has voted for
continuity in the things that work and for change in the things that don't"; outgoing mayor
Lusine Ter-Grigoryan (Civil Accord) said she accepts the count but will contest violations.
Observers: 9 incidents by midday, 23 by close. PLANTED: (1) weekday — right "Sunday", wrong
"Saturday" in yerevanchronicle.example; (2) seat count — Civil Accord right 11 seats, wrong 13
seats in araratpress.example; (3) quote attribution — the "continuity ... change" quote is
Balasanyan's, wrongly given to Ter-Grigoryan in armobserver.example. Outlets: shiraktoday.example
local live page, Armenia-time updates over midnight (visible date only); araratpress.example wire
(meta published_time 04:02 GMT Monday); yerevanchronicle.example newspaper two days later
(JSON-LD); armobserver.example analysis (NO date). Traps: partial 48.9% vs final 46.2%; 33.4% at
17:00 vs 41.7% final; 41.7% vs 38.9% in 2021 (+2.8 points) and "four in ten"; outgoing council 15/12
seats; 07:30 local vs 03:30 GMT; results on Monday vs vote on Sunday; "Central Electoral
Commission" vs "Central Election Commission"; 9 vs 23 observer incidents by time; Ter-Grigoryan's
own quote in two wordings; 120 km vs 75 miles.

ct-DC3 (court) — CONTROL, no planted disagreement. True facts: on Thursday 9 July 2026 the
Constitutional Court of Georgia (seat: Batumi), sitting as the nine-judge Plenum, read its
judgment from 11:00 Batumi time (GMT+4) = 07:00 GMT, the session lasting 52 minutes, in claim No.
1712, Georgian Hosts Association and others v. Parliament of Georgia (filed 14 November 2025 by the
association and 14 owners; hearings 3-4 June 2026). It struck down Article 7(2) of the 2025 Law on
Short-Term Residential Rentals (written consent of 75% of owners in the building) by 6 votes to
3, effective on publication, and unanimously upheld Article 11 (registration; fine 2,000 lari,
about $740). Rapporteur Judge Ekaterine "Eka" Maisuradze; President Irakli Gogoladze; joint
dissent by Judges Giorgi Beridze, Nana Kiladze, Teimuraz Japaridze. 21,400 registered units
(9,800 Adjara, 8,100 Tbilisi), 1,240 fines totalling 2.48 million lari. Outlets: cwire.example
wire (meta); batumicoast.example local site (visible date only); lexcaucasus.example specialist
legal analysis next day (JSON-LD); gwpost.example weekly (NO date, "last Thursday"). Traps: 6-3
vs 9-0 on different provisions; the 2023 tourist-fee judgment decided 5-4; four-judge Boards vs
nine-judge Plenum; 11:00 local vs 07:00 GMT; "52 minutes" vs "just under an hour"; Eka vs
Ekaterine Maisuradze; 9,800 of 21,400 as "nearly half"; 2,000 lari vs $740; 2.48 million lari vs
$915,000; quotes in slightly different wordings; repeat-offence fine 5,000 lari.

tr-DC4 (trade) — 3 PLANTED. True facts: on Tuesday 16 June 2026 in Yerevan, at 15:00 Yerevan time
(GMT+4) = 14:30 Tehran (GMT+3:30) = 11:00 GMT, closing a two-day session (15-16 June) of the
intergovernmental commission, Armenian Economy Minister Tigran Avetisyan and Iran's Minister of
Industry, Mine and Trade Mohammad-Hossein Kiani signed a 10-year agreement (renewable
automatically for five-year periods) to build a $46 million cargo terminal (Armenia $28m, Iran
$18m; about 17.8 billion drams) at the Agarak-Norduz crossing, capacity 250 -> 600 trucks a day,
construction October 2026 to end-2028. Trade $742m in 2025, +6.3% from $698m in 2024;
January-April 2026 $251m (+9%); target $1.5bn by 2030; 61,000 trucks in 2025; crossing about 370
km (230 miles) from Yerevan; queues of up to 14 hours. PLANTED: (1) amount — right $46 million,
wrong $64 million in silkroadfreight.example; (2) title — Kiani is minister of industry, mine
and trade, wrongly "Iran's foreign minister" in yerevanchronicle.example; (3) duration — right
10-year agreement, wrong "20-year agreement" in tehranbazaar.example. Outlets: araratpress.example
wire (meta published_time); tehranbazaar.example Iranian business site with Tehran times
(JSON-LD); yerevanchronicle.example next-day newspaper (visible date only);
silkroadfreight.example specialist logistics site (NO date). Traps: 15:00 Yerevan vs 14:30 Tehran
vs 11:00 GMT; Norduz vs Nurduz; "Industry, Mine and Trade" vs "Industry, Mines and Trade";
10-year term vs five-year renewals; $46m vs 17.8bn drams vs the $28m/$18m shares; 2025 total vs
Jan-Apr 2026 vs Iranian customs' two-month figure ($86m); $1.5bn target; 250 vs 600 trucks; 370
km vs 230 miles; Kiani's quote in two wordings.

rk-DC5 (rocket) — CONTROL, no planted disagreement. True facts: on Tuesday 20 October 2026 a
Simorgh rocket lifted off from Imam Khomeini Spaceport, Semnan province, at 09:12 Tehran time
(GMT+3:30) = 05:42 GMT/UTC = 07:42 CEST, carrying the 92 kg (203 lb) Kavir-1 observation satellite;
payload separation at 7 min 50 s; first signal at the Mahdasht ground station at 10:03 Tehran
(51 minutes after liftoff); announced orbit about 500 km (310 miles), tracked at 476 x 518 km
(296 x 322 miles), 55.1 degrees; 12 m camera resolution; three-year life; previous Simorgh
flight March 2026 to about 410 km; launch originally planned for August. ISA head Kamran
Eskandari, ICT minister Ali-Reza Nikbakht. Outlets: gcna.example wire (meta); tehranobserver.example
live page in Tehran time (visible date, with 28 Mehr 1405); orbitalledger.example specialist next
day (JSON-LD, UTC/CEST); caspianreview.example analysis (NO date). Traps: 09:12 Tehran vs 05:42 UTC
vs 07:42 CEST; "about 500 km" vs 476 x 518 km; km vs miles, kg vs lb; "about eight minutes" vs 7
min 50 s; "less than an hour" vs 51 minutes; the March flight's 410 km; the rocket body's own
orbit; "no immediate independent confirmation" (wire) then confirmation next day; Persian date.

eq-DC6 (earthquake) — 3 PLANTED. True facts: earthquake at 02:14 Iran time (GMT+3:30) on Thursday
13 August 2026 = 22:44 GMT Wednesday 12 August = 02:44 Baku time; Iranian Seismological Center
magnitude 6.0, depth 8 km, epicentre 14 km south-west of Meshginshahr, Ardabil province; USGS 5.8
at 10 km; Azerbaijan's Republican Seismic Survey Center 5.9. Tolls as they grew: 06:30 Red
Crescent 3 dead / 41 injured; about 11:00 Governor-General Jalal Sadeghi-Nia 7 dead / 212
injured; 20:10 crisis HQ 9 dead / 318 injured, 54 villages, about 1,100 homes damaged; Friday
morning 9 dead / 331 injured. Aftershocks: 4.6 at 03:05; 47 by 14:00; more than 60 by night.
PLANTED: (1) place — epicentre near Meshginshahr, wrongly "near the town of Khalkhal" in
bakumorning.example; (2) clock time — right 02:14 local, wrong "01:42 local time" in gcna.example;
(3) year — right 2026, wrong "13 August 2025" in caspianreview.example. Outlets: gcna.example wire
(meta published_time 23:31 GMT on 12 August, i.e. UTC date before the local date);
bakumorning.example Azerbaijani site in Baku time (visible date only); tehranobserver.example live
page in Tehran time (JSON-LD LiveBlogPosting); caspianreview.example next-day feature (NO date).
Traps: 02:14 Iran vs 02:44 Baku vs 22:44 GMT on the previous date; 6.0 vs 5.8 vs 5.9 by agency;
8 km vs 10 km depth by agency; MSK intensity "4 to 5 points"; growing death and injury counts
with their times; 26 Red Crescent teams then more than 40; the 1997 Ardabil earthquake
(magnitude 6.1, about 1,100 dead); 65 km vs 40 miles.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# HTML builders
# ---------------------------------------------------------------------------


def _t(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _blocks(text: str) -> list[str]:
    return [_clean(b) for b in text.strip().split("\n\n") if b.strip()]


_SITES: dict[str, dict] = {
    "cws": {
        "name": "Caucasus Wire Service",
        "sep": " | ",
        "style": "wire",
        "nav": ["World", "Business", "Markets", "Energy", "Politics", "Caucasus"],
        "cookie": "We and our partners use cookies to personalise content and ads, to provide "
        "social media features and to analyse our traffic.",
        "buttons": ["Accept all", "Manage preferences"],
        "share": ["X", "Facebook", "LinkedIn", "Email", "Copy link"],
        "newsletter": ("Caucasus Morning Brief",
                       "The top stories from Tbilisi, Yerevan and Baku in your inbox every weekday."),
        "footer": ["About CWS", "Editorial standards", "Corrections", "Careers", "Terms of use",
                   "Privacy policy", "Cookie settings"],
        "copyright": "Copyright 2026 Caucasus Wire Service. All rights reserved.",
    },
    "apa": {
        "name": "Ararat Press Agency",
        "sep": " - ",
        "style": "wire",
        "nav": ["Armenia", "Region", "Economy", "Politics", "Diaspora", "Photo"],
        "cookie": "This website uses cookies. By continuing to browse you agree to our use of "
        "cookies in line with our Cookie Policy.",
        "buttons": ["OK", "Settings"],
        "share": ["Telegram", "Facebook", "X", "WhatsApp", "Print"],
        "newsletter": ("APA Daily",
                       "Armenia's news of the day, in English, every evening at 19:00."),
        "footer": ["About the agency", "Subscriptions", "Photo service", "Contacts",
                   "Terms of use", "Privacy"],
        "copyright": "Copyright 2026 Ararat Press Agency. Reproduction requires a licence.",
    },
    "gcna": {
        "name": "Gulf & Caspian News Agency",
        "sep": " | ",
        "style": "wire",
        "nav": ["Iran", "Gulf", "Caspian", "Energy", "Science", "Markets"],
        "cookie": "GCNA uses essential cookies and, with your consent, analytics cookies to "
        "improve this service.",
        "buttons": ["Accept", "Reject non-essential"],
        "share": ["X", "Facebook", "Telegram", "Email"],
        "newsletter": ("GCNA Alerts", "Breaking news from Iran and the Gulf, as it happens."),
        "footer": ["About GCNA", "Newsroom code", "Licensing", "Contact", "Terms", "Privacy"],
        "copyright": "Copyright 2026 GCNA Media Ltd.",
    },
    "ledger": {
        "name": "Tbilisi Ledger",
        "sep": " | ",
        "style": "live",
        "nav": ["News", "Economy", "Politics", "City", "Opinion", "Live"],
        "cookie": "Tbilisi Ledger uses cookies to remember your settings and measure traffic. "
        "Read more in our privacy notice.",
        "buttons": ["I agree", "Customise"],
        "share": ["Facebook", "X", "Telegram", "Copy link"],
        "newsletter": ("Ledger Economy Weekly",
                       "Every Friday: the lari, prices, jobs and the people behind the numbers."),
        "footer": ["About us", "Advertise", "Contact the newsroom", "Ethics", "Privacy"],
        "copyright": "Copyright 2026 Tbilisi Ledger LLC",
    },
    "shirak": {
        "name": "Shirak Today",
        "sep": " | ",
        "style": "live",
        "nav": ["Gyumri", "Shirak", "Elections 2026", "Culture", "Sport", "Weather"],
        "cookie": "We use cookies to keep this site running and to count visitors. No ads "
        "tracking without your consent.",
        "buttons": ["Accept", "Decline"],
        "share": ["Facebook", "Telegram", "Viber", "Copy link"],
        "newsletter": ("Shirak Today in the morning",
                       "Gyumri's news in five minutes, delivered at 8:00."),
        "footer": ["About Shirak Today", "Send us a tip", "Advertising", "Privacy"],
        "copyright": "Copyright 2026 Shirak Today",
    },
    "tobs": {
        "name": "Tehran Observer",
        "sep": " - ",
        "style": "live",
        "nav": ["Iran", "Provinces", "Economy", "Science", "World", "Live"],
        "cookie": "We use cookies for site functionality and anonymous statistics.",
        "buttons": ["Accept cookies", "More information"],
        "share": ["X", "Telegram", "WhatsApp", "Email"],
        "newsletter": ("Observer Daily", "Iran's top stories in English, every morning."),
        "footer": ["About", "Staff", "Contact", "Terms of service", "Privacy"],
        "copyright": "Copyright 2026 Tehran Observer",
    },
    "frm": {
        "name": "Frontier Rates Monitor",
        "sep": " | ",
        "style": "trade",
        "nav": ["Central banks", "FX", "Sovereign debt", "Surveys", "Data", "Events"],
        "cookie": "We use cookies to operate our subscriber services and for analytics. "
        "You can change your choice at any time.",
        "buttons": ["Accept and continue", "Cookie settings"],
        "share": ["LinkedIn", "X", "Email"],
        "newsletter": ("Rates Decision Alerts",
                       "Instant notes on every frontier-market central bank decision."),
        "footer": ["Methodology", "Subscriptions", "Our analysts", "Terms", "Privacy"],
        "copyright": "Copyright 2026 Frontier Rates Monitor Ltd. For subscribers' use only.",
    },
    "lex": {
        "name": "LexCaucasus",
        "sep": " - ",
        "style": "trade",
        "nav": ["Courts", "Legislation", "Arbitration", "Human rights", "Practice notes"],
        "cookie": "LexCaucasus uses strictly necessary cookies and optional analytics cookies.",
        "buttons": ["Allow all", "Necessary only"],
        "share": ["LinkedIn", "Email", "Print"],
        "newsletter": ("Judgments This Week",
                       "Summaries of new rulings from courts in Georgia, Armenia and Azerbaijan."),
        "footer": ["About LexCaucasus", "Editorial board", "Submit an article", "Privacy"],
        "copyright": "Copyright 2026 LexCaucasus",
    },
    "orbit": {
        "name": "Orbital Ledger",
        "sep": " | ",
        "style": "trade",
        "nav": ["Launches", "Satellites", "Tracking", "Industry", "Policy", "Launch log"],
        "cookie": "Orbital Ledger stores cookies to keep you signed in and to understand how "
        "our launch log is used.",
        "buttons": ["Accept", "Refuse"],
        "share": ["Mastodon", "LinkedIn", "X", "Email"],
        "newsletter": ("Launch Week", "Every launch, every orbit, every Sunday."),
        "footer": ["About", "Data sources", "Support us", "Contact", "Privacy"],
        "copyright": "Copyright 2026 Orbital Ledger",
    },
    "silk": {
        "name": "Silk Road Freight Journal",
        "sep": " | ",
        "style": "trade",
        "nav": ["Road", "Rail", "Ports", "Customs", "Corridors", "Events"],
        "cookie": "We use cookies to improve your experience and to show relevant "
        "industry advertising.",
        "buttons": ["Accept", "Manage"],
        "share": ["LinkedIn", "X", "Email"],
        "newsletter": ("Corridor Briefing",
                       "Transit news from the Caspian, the Caucasus and the Gulf."),
        "footer": ["About the Journal", "Advertise", "Media kit", "Contact", "Privacy"],
        "copyright": "Silk Road Freight Journal, a Caravan Media title",
    },
    "kura": {
        "name": "The Kura Herald",
        "sep": " | ",
        "style": "paper",
        "nav": ["News", "Business", "Money", "Opinion", "Culture", "Sport"],
        "cookie": "The Kura Herald and selected partners use cookies. Please confirm your "
        "choices.",
        "buttons": ["Accept all", "Reject all", "Options"],
        "share": ["Facebook", "X", "Email"],
        "newsletter": ("The Herald Daily", "The best of our journalism, every morning."),
        "footer": ["Contact us", "Letters to the editor", "Subscribe", "Archive", "Privacy"],
        "copyright": "The Kura Herald",
    },
    "chron": {
        "name": "The Yerevan Chronicle",
        "sep": " | ",
        "style": "paper",
        "nav": ["Armenia", "World", "Business", "Regions", "Opinion", "Life"],
        "cookie": "We value your privacy. We and our partners use cookies to deliver and "
        "improve our services.",
        "buttons": ["Agree", "Disagree", "More options"],
        "share": ["Facebook", "X", "Telegram", "Email"],
        "newsletter": ("Chronicle Morning", "Start your day with the Chronicle's front page."),
        "footer": ["About the Chronicle", "Subscriptions", "Corrections", "Careers", "Privacy"],
        "copyright": "Copyright 2026 The Yerevan Chronicle",
    },
    "gwp": {
        "name": "Georgia Weekly Post",
        "sep": " - ",
        "style": "paper",
        "nav": ["Politics", "Law", "Property", "Business", "Travel", "Opinion"],
        "cookie": "Georgia Weekly Post uses cookies to improve your reading experience.",
        "buttons": ["Got it", "Settings"],
        "share": ["Facebook", "X", "Email"],
        "newsletter": ("The Week in Georgia", "Our editors' picks, every Friday."),
        "footer": ["About", "Print edition", "Advertise", "Contact", "Privacy"],
        "copyright": "Georgia Weekly Post",
    },
    "caspian": {
        "name": "The Caspian Review",
        "sep": " | ",
        "style": "paper",
        "nav": ["Iran", "Caucasus", "Central Asia", "Security", "Economy", "Long reads"],
        "cookie": "The Caspian Review uses cookies for analytics and to support our "
        "journalism.",
        "buttons": ["Accept", "Reject", "Preferences"],
        "share": ["X", "Facebook", "Email", "Copy link"],
        "newsletter": ("Caspian Review Weekly", "Analysis from the region, every Thursday."),
        "footer": ["About us", "Contributors", "Donate", "Contact", "Privacy"],
        "copyright": "The Caspian Review",
    },
    "armobs": {
        "name": "Armenia Observer",
        "sep": " | ",
        "style": "paper",
        "nav": ["Politics", "Regions", "Society", "Economy", "Analysis", "Video"],
        "cookie": "We use cookies to analyse traffic and to personalise content.",
        "buttons": ["Accept", "Refuse"],
        "share": ["Facebook", "Telegram", "X"],
        "newsletter": ("Observer Analysis", "Our analysts on what Armenian politics means."),
        "footer": ["Who we are", "Funding", "Contact", "Privacy"],
        "copyright": "Armenia Observer",
    },
    "batumi": {
        "name": "Batumi Coast News",
        "sep": " | ",
        "style": "local",
        "nav": ["Batumi", "Adjara", "Tourism", "Property", "Events", "Weather"],
        "cookie": "Batumi Coast News uses cookies. Continue browsing if you agree.",
        "buttons": ["OK", "Learn more"],
        "share": ["Facebook", "WhatsApp", "Telegram"],
        "newsletter": ("Coast Daily", "Batumi and Adjara news every evening."),
        "footer": ["About", "Advertising", "Contact", "Privacy"],
        "copyright": "Copyright 2026 Batumi Coast News",
        "ticker": ["Seaside boulevard lighting to be replaced by August",
                   "Cruise terminal expects 41 calls this summer",
                   "Botanical Garden extends opening hours"],
    },
    "tbr": {
        "name": "Tehran Bazaar Review",
        "sep": " | ",
        "style": "local",
        "nav": ["Trade", "Industry", "Oil & Gas", "Markets", "Provinces", "Interviews"],
        "cookie": "This site uses cookies to improve your browsing experience.",
        "buttons": ["Accept", "Decline"],
        "share": ["Telegram", "WhatsApp", "X", "LinkedIn"],
        "newsletter": ("Bazaar Brief", "Iranian trade and industry news in English."),
        "footer": ["About TBR", "Advertise", "Contact", "Privacy"],
        "copyright": "Copyright 2026 Tehran Bazaar Review",
        "ticker": ["Tabriz exhibition centre to host auto-parts fair",
                   "Chabahar handled record container volume in spring",
                   "Saffron exporters seek new markets"],
    },
    "baku": {
        "name": "Baku Morning",
        "sep": " - ",
        "style": "local",
        "nav": ["Azerbaijan", "Regions", "Region news", "Economy", "Society", "Sport"],
        "cookie": "We use cookies. Details are in our privacy policy.",
        "buttons": ["Agree", "Details"],
        "share": ["Facebook", "Telegram", "WhatsApp", "X"],
        "newsletter": ("Baku Morning Digest", "Azerbaijan's news before breakfast."),
        "footer": ["Editorial office", "Advertising", "Contacts", "Privacy"],
        "copyright": "Copyright 2026 Baku Morning",
        "ticker": ["Lankaran tea harvest up on last year, producers say",
                   "New ferry schedule on the Caspian from Monday",
                   "Baku boulevard cycle lane opens"],
    },
}


def _head(site: dict, a: dict) -> str:
    title = a["headline"] + site["sep"] + site["name"]
    url = a["url"]
    host = url.split("/")[2]
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_t(title)}</title>",
        f'<meta name="description" content="{_a(a["description"])}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(a["headline"])}">',
        f'<meta property="og:description" content="{_a(a["description"])}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://{host}/media/{_a(a["image"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    mode = a["date_mode"]
    if mode == "meta":
        parts.append(f'<meta property="article:published_time" content="{a["published"]}">')
        if a.get("modified"):
            parts.append(f'<meta property="article:modified_time" content="{a["modified"]}">')
        parts.append(f'<meta property="article:section" content="{_a(a["section"])}">')
    elif mode == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": a.get("ld_type", "NewsArticle"),
            "headline": a["headline"],
            "description": a["description"],
            "datePublished": a["published"],
            "author": [{"@type": "Person", "name": n} for n in a["authors"]],
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        if a.get("modified"):
            ld["dateModified"] = a["modified"]
        parts.append('<script type="application/ld+json">'
                     + json.dumps(ld, ensure_ascii=False) + "</script>")
    parts.append(f'<link rel="stylesheet" href="https://{host}/static/{site["style"]}.css">')
    parts.append(f'<link rel="icon" href="https://{host}/favicon.ico">')
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def _nav(site: dict) -> str:
    items = "".join(
        f'<li><a href="/{_a(n.lower().replace(" ", "-").replace("&", "and"))}/">{_t(n)}</a></li>'
        for n in site["nav"]
    )
    return f'<nav class="primary-nav" aria-label="Sections"><ul>{items}</ul></nav>'


def _cookie(site: dict) -> str:
    btns = "".join(f'<button type="button">{_t(b)}</button>' for b in site["buttons"])
    return (f'<div class="cookie-consent" role="dialog" aria-label="Cookie consent">'
            f'<p>{_t(site["cookie"])}</p><div class="cookie-actions">{btns}</div></div>')


def _share(site: dict) -> str:
    items = "".join(f'<li><a href="#" class="share-btn">{_t(s)}</a></li>' for s in site["share"])
    return f'<ul class="share-tools" aria-label="Share this article">{items}</ul>'


def _newsletter(site: dict) -> str:
    name, blurb = site["newsletter"]
    return (f'<aside class="newsletter-signup"><h3>{_t(name)}</h3><p>{_t(blurb)}</p>'
            '<form action="/newsletter" method="post"><label>Email address '
            '<input type="email" name="email"></label><button type="submit">Sign up</button>'
            "</form></aside>")


def _links(title: str, cls: str, items: list[tuple[str, str]], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    lis = "".join(f'<li><a href="{_a(h)}">{_t(x)}</a></li>' for x, h in items)
    return f'<aside class="{cls}"><h2>{_t(title)}</h2><{tag}>{lis}</{tag}></aside>'


def _ad(label: str = "Advertisement", slot: str = "mpu") -> str:
    return (f'<div class="ad-slot ad-{slot}" aria-hidden="true"><span class="ad-label">'
            f"{_t(label)}</span></div>")


def _figure(block: str, cls: str = "inline") -> str:
    inner = block[2:-2].strip()
    caption, _, credit = inner.partition("||")
    return (f'<figure class="{cls}"><img src="/media/photo.jpg" alt="{_a(caption.strip())}">'
            f"<figcaption>{_t(caption.strip())} <span class=\"credit\">"
            f"{_t(credit.strip())}</span></figcaption></figure>")


def _body_html(blocks: list[str], ad_every: int, ad_label: str) -> str:
    out: list[str] = []
    count = 0
    in_update = False
    for b in blocks:
        if b.startswith("@@"):
            if in_update:
                out.append("</article>")
            stamp, _, heading = b[2:].partition("|")
            out.append('<article class="live-update">'
                       f'<time class="update-time">{_t(stamp.strip())}</time>'
                       f"<h3>{_t(heading.strip())}</h3>")
            in_update = True
            continue
        if b.startswith("[["):
            out.append(_figure(b))
            continue
        if b.startswith("## "):
            out.append(f"<h2>{_t(b[3:])}</h2>")
            continue
        if b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_t(b[2:])}</p></blockquote>')
            continue
        out.append(f"<p>{_t(b)}</p>")
        count += 1
        if ad_every and count % ad_every == 0 and not in_update:
            out.append(_ad(ad_label))
    if in_update:
        out.append("</article>")
    return "\n".join(out)


def _page(site_key: str, a: dict) -> str:
    site = _SITES[site_key]
    style = site["style"]
    blocks = _blocks(a["body"])
    byline = f'<p class="byline">{_t(a["byline"])}</p>' if a.get("byline") else ""
    vis = a.get("visible_date")
    date_html = f'<p class="timestamp">{_t(vis)}</p>' if vis else ""
    header = (f'<header class="site-header"><a class="logo" href="/">{_t(site["name"])}</a>'
              f"{_nav(site)}"
              '<div class="account"><a href="/login">Sign in</a> '
              '<a href="/subscribe" class="cta">Subscribe</a></div></header>')
    related = _links(a.get("related_title", "Related"), "related", a.get("related", []))
    most = _links("Most read", "most-read", a.get("most_read", []), ordered=True)
    foot_links = "".join(f'<li><a href="/{_a(x.lower().replace(" ", "-"))}">{_t(x)}</a></li>'
                         for x in site["footer"])
    footer = (f'<footer class="site-footer"><ul>{foot_links}</ul>'
              f'<p class="copyright">{_t(site["copyright"])}</p></footer>')
    tags = "".join(f'<a class="tag" href="/topic/{_a(t.lower().replace(" ", "-"))}">{_t(t)}</a>'
                   for t in a.get("tags", []))
    tags_html = f'<div class="topics">Topics: {tags}</div>' if tags else ""
    kicker = f'<p class="kicker">{_t(a["section"])}</p>'
    h1 = f"<h1>{_t(a['headline'])}</h1>"
    stand = f'<p class="standfirst">{_t(a["description"])}</p>'

    if style == "wire":
        body = _body_html(blocks, 4, "Advertisement")
        main = (f'<main id="content"><article class="wire-story">{kicker}{h1}{stand}'
                f"{byline}{date_html}{_share(site)}"
                f'<div class="story-body">{body}</div>{tags_html}'
                f'<p class="trust">Our Standards: The {_t(site["name"])} Trust Principles.</p>'
                f"</article>{related}{_ad('Advertisement', 'sidebar')}{most}"
                f"{_newsletter(site)}</main>")
        inner = f"{_cookie(site)}\n{header}\n{main}\n{footer}"
    elif style == "live":
        body = _body_html(blocks, 0, "")
        keypts = "".join(f"<li>{_t(k)}</li>" for k in a.get("key_points", []))
        kp_html = (f'<section class="key-points"><h2>Key points</h2><ul>{keypts}</ul></section>'
                   if keypts else "")
        main = (f'<main id="content"><article class="live-blog">'
                f'<span class="live-badge">LIVE</span>{kicker}{h1}{stand}{byline}{date_html}'
                f"{_share(site)}{kp_html}{_ad('Advertisement', 'leaderboard')}"
                f'<div class="live-feed">{body}</div>'
                '<button class="load-more" type="button">Load earlier updates</button>'
                f"</article>{most}{_newsletter(site)}{related}</main>")
        inner = f"{header}\n{main}\n{footer}\n{_cookie(site)}"
    elif style == "trade":
        body = _body_html(blocks, 5, "Sponsored")
        facts = "".join(f"<li>{_t(k)}</li>" for k in a.get("key_facts", []))
        facts_html = (f'<aside class="key-facts"><h2>{_t(a.get("facts_title", "Key facts"))}'
                      f"</h2><ul>{facts}</ul></aside>" if facts else "")
        main = (f'<main id="content"><div class="paywall-note">Subscriber article. You have '
                f"2 free articles left this month.</div>"
                f'<article class="analysis">{kicker}{h1}{stand}{byline}{date_html}'
                f'{facts_html}<div class="article-text">{body}</div>{_share(site)}{tags_html}'
                f"</article>{related}{_newsletter(site)}{most}"
                f"{_ad('Sponsored', 'native')}</main>")
        inner = f"{_cookie(site)}\n{header}\n{main}\n{footer}"
    elif style == "paper":
        body = _body_html(blocks, 3, "Advertisement")
        lead = _figure(f"[[{a['lead_caption']}]]", "lead") if a.get("lead_caption") else ""
        main = (f'<main id="content"><article class="news-article">{kicker}{h1}{stand}'
                f"{lead}{byline}{date_html}{_share(site)}"
                f'<div class="article-body">{body}</div>{tags_html}'
                '<div class="comments"><a href="#comments">Show comments</a></div>'
                f"</article>{most}{_ad('Advertisement', 'sidebar')}{related}"
                f"{_newsletter(site)}</main>")
        inner = f"{_cookie(site)}\n{header}\n{main}\n{footer}"
    else:  # local
        body = _body_html(blocks, 3, "Advertisement")
        ticker = "".join(f"<li>{_t(x)}</li>" for x in site.get("ticker", []))
        main = (f'<div class="news-ticker"><strong>Latest:</strong><ul>{ticker}</ul></div>'
                f'<main id="content"><article class="post">{kicker}{h1}{stand}{date_html}'
                f"{byline}{_share(site)}<div class=\"post-content\">{body}</div>{tags_html}"
                f"</article>{related}{_newsletter(site)}{_ad('Advertisement', 'footer')}"
                f"{most}</main>")
        inner = f"{header}\n{main}\n{_cookie(site)}\n{footer}"
    return f'<!DOCTYPE html>\n<html lang="en">\n{_head(site, a)}\n<body>\n{inner}\n</body>\n</html>\n'


def _art(site_key: str, a: dict) -> dict:
    return {"url": a["url"], "html": _page(site_key, a)}


# ---------------------------------------------------------------------------
# cb-DC1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = {
    "url": "https://www.cwire.example/business/2026/04/22/georgia-central-bank-cuts-rate-775",
    "headline": "Georgia's central bank cuts refinancing rate to 7.75% as inflation nears target",
    "description": "The National Bank of Georgia lowered its key rate by 25 basis points on "
    "Wednesday, its first change since May 2024.",
    "section": "Business",
    "image": "nbg-building.jpg",
    "byline": "By Irakli Mamaladze and Sophie Brandt",
    "date_mode": "meta",
    "published": "2026-04-22T08:14:00Z",
    "modified": "2026-04-22T09:51:00Z",
    "tags": ["Georgia", "Central banks", "Interest rates", "Lari"],
    "body": """
TBILISI, April 22 (CWS) - The National Bank of Georgia cut its refinancing rate by 25 basis
points to 7.75% on Wednesday, its first change in borrowing costs since May 2024, saying
inflation had settled close to its 3% target and that the outlook allowed a cautious start to
easing.

The decision by the bank's Monetary Policy Committee was published at 08:00 GMT (noon in
Tbilisi). Seven of 11 economists surveyed last week by the specialist publication Frontier Rates
Monitor had expected a cut of that size; the other four had forecast no change.

Annual consumer price inflation slowed to 3.4% in March from 3.9% in February, according to the
national statistics office, Geostat. Core inflation, which strips out food, energy, regulated
tariffs and tobacco, was 2.9%, below the target for a third consecutive month.

"Inflation has returned close to our target, and the balance of risks now allows a gradual
easing," Governor Levan Chkhaidze told a news conference an hour after the announcement.
"Gradual is the important word. We are not starting a cycle of rapid cuts."

The committee had left the rate at 8% at its previous meeting on March 11, when it said it
wanted to see several more months of evidence that price pressures were subsiding. In its
statement on Wednesday it said the effect of last year's strength in the lari on import prices
had largely run its course and that domestic demand, while still robust, no longer threatened
the target.

[[The National Bank of Georgia's headquarters on Sanapiro Street in Tbilisi. || Photo: CWS/Giorgi
Abashidze]]

The bank raised its forecast for economic growth this year to 6.5% from the 6.0% it projected
in February, citing stronger tourism receipts, transit revenue and construction. The economy
grew 7.6% in 2025, according to preliminary Geostat data. The bank now expects inflation to
average 3.1% over 2026.

Lending growth, excluding exchange-rate effects, was 17.3% in the year to March, a pace the bank
described as elevated but easing.

The lari was little changed after the decision, trading at 2.71 per dollar in Tbilisi in the
early afternoon. International reserves stood at a record $6.2 billion at the end of March, the
bank said.

Nika Lomidze, chief economist at the Tbilisi brokerage Mtkvari Capital, said the wording of the
statement pointed to one or two further cuts this year rather than a long series. "They have
opened the door, but they are keeping a hand on it," he said.

Business groups had lobbied for lower rates for months, arguing that small firms borrowing in
lari faced some of the highest real interest rates in the region. About 41% of loans in Georgia
are still denominated in foreign currency, a share the central bank has tried to reduce through
its larization programme.

The committee's next scheduled meeting is on June 10.

(Reporting by Irakli Mamaladze in Tbilisi and Sophie Brandt in Istanbul; Editing by Tom Feld)
""",
    "related_title": "More on Caucasus economies",
    "related": [
        ("Armenia's central bank keeps refinancing rate at 6.75%",
         "/business/2026/03/17/armenia-central-bank-holds"),
        ("Azerbaijan's non-oil exports rise in first quarter",
         "/business/2026/04/14/azerbaijan-non-oil-exports"),
        ("Georgia tourism receipts beat forecasts in March",
         "/business/2026/04/09/georgia-tourism-receipts"),
    ],
    "most_read": [
        ("Oil steadies as traders weigh Caspian supply outage", "/markets/oil-caspian"),
        ("Turkey's lira slips after inflation data", "/markets/lira-inflation"),
        ("Port of Poti expansion wins financing", "/business/poti-expansion"),
    ],
}

_CB_LIVE = {
    "url": "https://tbilisiledger.example/live/national-bank-rate-decision-april",
    "headline": "Live: National Bank cuts rate to 7.75% - Governor Chkhaidze explains the move",
    "description": "Follow the National Bank of Georgia's rate decision at noon and the "
    "governor's news conference, as it happened.",
    "section": "Economy",
    "image": "live-nbg.jpg",
    "byline": "Ledger economy desk: Nino Gagua and Dato Kapanadze",
    "date_mode": "visible",
    "visible_date": "Wednesday 22 April 2026. Last updated 14:05. All times are Tbilisi time "
    "(GMT+4).",
    "key_points": [
        "Refinancing rate cut to 7.75% from 8%",
        "First change since May 2024",
        "Growth forecast for 2026 raised to 6.5%",
        "Next decision on 10 June",
    ],
    "body": """
@@ 14:05 | That's all from us

That is where we will leave our live coverage. To recap: the National Bank's Monetary Policy
Committee lowered the refinancing rate by a quarter of a percentage point to 7.75%, the first
cut in almost two years. Governor Levan Chkhaidze said further moves would be gradual and
dependent on the data. The bank now sees the economy growing 6.5% this year. The next rate
decision is due on 10 June. Thanks for following.

@@ 13:48 | Will banks pass the cut on?

Asked by our reporter whether commercial banks would lower their own rates, Chkhaidze said he
expected lari lending rates to "start moving within weeks, not months". The average rate on new
lari mortgages was 11.9% in March, according to the bank's own statistics. He said the bank
would watch closely how quickly the cut reached borrowers.

@@ 13:30 | Growth forecast raised to 6.5%

The bank has raised its 2026 growth forecast to 6.5% from 6%. Vice-Governor Ketevan Nadiradze,
presenting the updated projections, said tourism receipts in the first quarter were running 12%
above the same period of 2025 and that transit revenues were also ahead of expectations. The
bank expects inflation to average 3.1% this year.

@@ 13:12 | "The key word is gradual"

Chkhaidze, speaking in Georgian, has just explained the decision: "Inflation is back close to
the target, and the balance of risks allows us to begin easing gradually. The key word is
gradual. This is not the start of a series of rapid cuts." He said the committee's decision had
been unanimous.

@@ 13:00 | News conference begins

Governor Chkhaidze and Vice-Governor Nadiradze have taken their seats at the bank's
headquarters on Sanapiro Street. We will bring you the main lines as they come.

[[Governor Levan Chkhaidze arrives for the news conference. || Photo: Tbilisi Ledger/Ana
Beridze]]

@@ 12:25 | Small business: "right direction"

Salome Kavtaradze, chair of the Georgian Chamber of Small Producers, told the Ledger the cut was
welcome but small. "A quarter of a point will not change anyone's life this month, but it is
the right direction," she said. Her members typically pay 14 to 15% on lari working-capital
loans, she added.

@@ 12:06 | Lari steady

The lari is barely moving after the decision, quoted at 2.71 to the dollar on the interbank
market, the same level as this morning.

@@ 12:00 | Breaking: rate cut to 7.75%

The National Bank of Georgia has cut the refinancing rate by 0.25 percentage points to 7.75%.
In its statement, the Monetary Policy Committee said annual inflation of 3.4% in March was close
to the 3% target and that core inflation, at 2.9%, remained below it.

@@ 11:40 | Good morning

Welcome to our live coverage. The Monetary Policy Committee announces its decision at noon. Most
economists expect a cut: the refinancing rate has been at 8% since May 2024, and at the last
meeting on 11 March the committee held it there while saying it wanted more evidence that
inflation was easing. Since then, March inflation came in at 3.4%, down from 3.9% in February.
""",
    "most_read": [
        ("Tbilisi metro fares to rise to 1.50 lari from June", "/city/metro-fares"),
        ("Armenia's central bank keeps rate at 6.75%", "/economy/armenia-rate-hold"),
        ("Vake park redevelopment: what we know", "/city/vake-park"),
    ],
    "related": [
        ("Explainer: how the refinancing rate reaches your mortgage", "/economy/explainer-rate"),
        ("March inflation slows to 3.4%", "/economy/march-inflation"),
    ],
}

_CB_TRADE = {
    "url": "https://frontierrates.example/central-banks/georgia/nbg-april-2026-cut-analysis",
    "headline": "NBG's first cut since 2024: why 25bp, and what the guidance says about June",
    "description": "The National Bank of Georgia trimmed its refinancing rate to 7.75%. Our "
    "analyst reads the statement, the projections and the press conference.",
    "section": "Central banks",
    "image": "nbg-chart.png",
    "byline": "Anna Kovalenko, Senior Analyst, Caucasus and Central Asia",
    "authors": ["Anna Kovalenko"],
    "date_mode": "jsonld",
    "published": "2026-04-23T06:30:00+04:00",
    "facts_title": "Decision at a glance",
    "key_facts": [
        "Refinancing rate: 7.75% (cut of 25bp from 8.00%)",
        "Announced: 12:00 Tbilisi / 08:00 GMT",
        "March CPI: 3.4% y/y; core 2.9%; target 3%",
        "2026 GDP forecast: 6.5% (February: 6.0%)",
        "Next meeting: 10 June",
    ],
    "tags": ["NBG", "Georgia", "Rate decisions", "Surveys"],
    "body": """
The National Bank of Georgia (NBG) delivered the quarter-point cut that a majority of our panel
had pencilled in, lowering the refinancing rate from 8.00% to 7.75% at its meeting on
Wednesday. The decision, released at noon Tbilisi time (08:00 GMT), ends a hold that had lasted
since May 2024.

Seven of the 11 economists in our pre-meeting survey expected a 25bp move; four expected the
rate to stay at 8%. Nobody expected 50bp, and the statement gives little reason to think the
committee considered it.

## The inflation picture

The case for the cut rests on two numbers. Headline inflation slowed to 3.4% year on year in
March, from 3.9% in February, and core inflation, which excludes food, energy, regulated tariffs
and tobacco, held at 2.9% for a third month. With the target at 3%, the committee can argue that
underlying price growth is already where it wants it, while the headline rate converges from
above as last spring's food-price shock drops out of the base.

The NBG's updated projection, published alongside the decision, sees inflation averaging 3.1%
over 2026. Deflated by March's 3.4% headline print, the policy rate still sits about 4.35
percentage points above inflation, comfortably above most estimates of the neutral real rate.

## Growth and the balance sheet

The bank lifted its 2026 growth forecast to 6.5% from the 6.0% it published in the February
Monetary Policy Report, after growth of 7.6% last year. Credit growth excluding exchange-rate
effects was 17.3% in the year to March. International reserves reached a record $6.2 billion at
end-March, about 16.8 billion lari at Wednesday's rate of 2.71 per dollar, which gives the bank
room to lean against any softening of the currency after the cut. In the event, the lari barely
moved.

## Reading the guidance

At the news conference Governor Levan Chkhaidze leaned hard on one word. "Gradual is the
important word," he said. "We are not starting a cycle of rapid cuts." Vice-Governor Ketevan
Nadiradze, who presented the projections, added that the committee would need to see
second-quarter wage data before judging how far to go.

Nika Lomidze of Mtkvari Capital read the statement as hawkish at the margin. "The door is open,
but they are keeping a hand on it. I would not bet on back-to-back cuts," he told us. We
disagree slightly: our base case is a further 25bp at the next meeting on 10 June and a rate of
7.25% by December, conditional on core inflation staying below 3%.

## Regional context

Elsewhere in the region policy remains on hold. The Central Bank of Armenia has kept its rate at
6.75% since February, and the Central Bank of Azerbaijan left its rate at 7.25% in March.
Georgia's higher nominal rate reflects a still-large share of foreign-currency lending, about 41%
of loans, which weakens the transmission of policy and forces the NBG to keep a wider buffer.

What would change our view: a renewed food-price spike, a sharp fall in tourist arrivals over
the summer, or a sudden sell-off in the lari. None looks likely on current data.
""",
    "related_title": "Related analysis",
    "related": [
        ("Survey: seven of 11 economists expect NBG to cut", "/surveys/nbg-april-2026-poll"),
        ("CBA holds at 6.75%: Yerevan waits for the budget", "/central-banks/armenia/march"),
        ("Frontier FX: the lari's quiet strength", "/fx/lari-quiet-strength"),
    ],
    "most_read": [
        ("Kazakhstan's base rate: the case for patience", "/central-banks/kazakhstan/april"),
        ("Uzbekistan issues second sum-denominated Eurobond", "/sovereign-debt/uzbekistan"),
    ],
}

_CB_PAPER = {
    "url": "https://www.kuraherald.example/business/borrowers-cheaper-lari-loans-rate-cut",
    "headline": "Borrowers promised cheaper lari loans 'within weeks' after first rate cut "
    "since 2024",
    "description": "The National Bank's quarter-point cut is small, but business owners and "
    "mortgage holders say the direction matters.",
    "section": "Money",
    "image": "bakery-didube.jpg",
    "byline": "By Mariam Gelashvili, Economics Correspondent",
    "date_mode": "none",
    "lead_caption": "A bakery in Tbilisi's Didube district, whose owner has put off buying new "
    "equipment. || Photograph: Levan Kobakhidze for The Kura Herald",
    "tags": ["Interest rates", "Mortgages", "Small business"],
    "body": """
Georgian households and small businesses should see lower interest rates on lari loans "within
weeks, not months", the governor of the National Bank of Georgia has said, after the central
bank made its first cut to borrowing costs in almost two years.

The bank's Monetary Policy Committee lowered the refinancing rate, its main policy instrument,
by a quarter of a percentage point to 7.75 per cent on Wednesday. It had stood at 8 per cent
since May 2024.

Announcing the decision at the bank's headquarters on Sanapiro Street, Governor Levan Chkhaidze
said inflation was "back close to the target" of 3 per cent, but he warned against expecting a
rapid series of reductions. The word that mattered, he said, was "gradual".

Prices rose by 3.4 per cent in the year to March, down from 3.9 per cent in February, according
to Geostat, the national statistics office. Underlying, or core, inflation was 2.9 per cent. The
central bank now expects prices to rise by an average of 3.1 per cent this year.

For borrowers the effect will take time to filter through. The average rate on new lari
mortgages was 11.9 per cent in March, according to central bank figures, and commercial lenders
usually adjust their pricing some weeks after a policy move. Mr Chkhaidze said the bank would be
watching to make sure the cut reached customers.

Salome Kavtaradze, who chairs the Georgian Chamber of Small Producers, said the move was welcome
but modest. "A quarter of a point does not change anybody's life this month, but the direction
is right," she said. Her members, she added, typically pay 14 to 15 per cent on lari
working-capital loans.

At a bakery in Tbilisi's Didube district, the owner, Giorgi Mchedlidze, said he had put off
buying a second oven because of the cost of credit. "If the rate comes down another point by the
end of the year, I will do it. At today's rates it still doesn't add up," he said.

> "A quarter of a point does not change anybody's life this month, but the direction is right."

The cut reflects a broader shift in the economy. Growth reached 7.6 per cent last year,
according to preliminary figures, and the central bank has raised its forecast for this year to
6.5 per cent from 6 per cent. Tourism receipts in the first three months of the year were 12 per
cent higher than a year earlier, the bank said. The lari, which strengthened against the dollar
for much of last year, was trading at 2.71 to the dollar after the decision, and the bank's
reserves stand at more than $6 billion.

A persistent weakness is dollarisation. Around 41 per cent of loans are still in foreign
currency, which means that for many families repayments depend more on the exchange rate than
on the central bank's decisions. The bank has spent years encouraging lenders to move customers
into lari, with mixed success.

Economists expect at least one more reduction this year, though the bank has given no
commitment. The committee next meets on 10 June.
""",
    "most_read": [
        ("Rustaveli Avenue traffic plan divides shopkeepers", "/news/rustaveli-traffic"),
        ("Wine exports to China double in a year", "/business/wine-exports-china"),
        ("Tbilisi metro fares to rise to 1.50 lari", "/news/metro-fares"),
    ],
    "related": [
        ("Opinion: the lari has done the central bank's work", "/opinion/lari-work"),
        ("How to remortgage from dollars into lari", "/money/remortgage-lari"),
    ],
}

# ---------------------------------------------------------------------------
# el-DC2 — election (3 planted)
# ---------------------------------------------------------------------------

_EL_LIVE = {
    "url": "https://shiraktoday.example/elections-2026/gyumri-votes-live",
    "headline": "Gyumri votes: live count, turnout and results",
    "description": "Live updates from the Gyumri Council of Elders election: turnout, the count "
    "and the first preliminary results.",
    "section": "Elections 2026",
    "image": "gyumri-polling-station.jpg",
    "byline": "Shirak Today newsroom: Gohar Mkrtchyan, Tigran Saroyan",
    "date_mode": "visible",
    "visible_date": "Sunday 27 September - Monday 28 September 2026. Times are Armenia time "
    "(GMT+4).",
    "key_points": [
        "Shirak Forward wins 17 of 33 seats, preliminary results show",
        "Civil Accord second with 11 seats; New Gyumri 5",
        "Turnout 41.7%",
    ],
    "body": """
@@ Mon 07:35 | Preliminary results: Shirak Forward wins a majority

The Central Electoral Commission has published preliminary results from all 118 polling
stations. Shirak Forward: 46.2%, 17 seats. Civil Accord: 31.5%, 11 seats. New Gyumri: 12.8%, 5
seats. Homeland and Labour (3.9%), Free Citizens (3.1%) and the Union of Artisans (2.5%) fall
below the 4% threshold and win no seats. Final turnout: 41.7%. Shirak Forward thus has a
majority of one on the 33-seat Council of Elders, which will elect the next mayor.

@@ Mon 01:05 | Ter-Grigoryan: "We will contest every violation"

Mayor Lusine Ter-Grigoryan, speaking at Civil Accord's headquarters on Vardanants Square, did not
concede outright. "We accept the count, but we will contest every violation the observers
recorded," she said. She thanked volunteers and said her party would remain "the strongest
voice on the council for ordinary families".

@@ Mon 00:35 | Balasanyan claims victory

Hrachya Balasanyan, the Shirak Forward leader, has claimed victory in front of several hundred
supporters outside the party office on Rustaveli Street. "Gyumri has voted for continuity in the
things that work and for change in the things that don't," he said, promising that new buses
would be on the city's streets "before the first snow of 2027". Balasanyan, 44, was deputy mayor
until 2023.

[[Supporters of Shirak Forward outside the party office shortly after midnight. || Photo: Shirak
Today/Armen Nersisyan]]

@@ 23:10 | Partial count: Shirak Forward ahead

With 62 of 118 polling stations counted, the commission's figures put Shirak Forward on 48.9%,
Civil Accord on 30.2% and New Gyumri on 11.6%. Our reporters at the count say the remaining
stations include several in the Mush and Ani districts, where Civil Accord ran strongly in 2021.

@@ 20:45 | Observers report 23 incidents

The Independent Observer Network says its 140 monitors recorded 23 incidents over the day,
including four suspected cases of vote-buying near polling stations. At midday the network had
reported nine. It says none of the incidents so far appears large enough to affect the result.

@@ 20:00 | Polls close

Voting has ended at all 118 polling stations and counting has begun. Party proxies and observers
are present at every station we have visited.

@@ 17:10 | Turnout at 33.4% by 5pm

The commission says turnout stood at 33.4% at 17:00, up from 29.6% at the same hour in the 2021
municipal election, when final turnout was 38.9%.

@@ 12:30 | Observers: nine incidents so far

The Independent Observer Network has published its first midday report, listing nine incidents,
most of them relating to campaign material left near polling stations and to crowding at the
entrances.

@@ 08:05 | Polls open

Good morning from Gyumri. Polling stations opened at 8:00 and close at 20:00. A total of 98,450
voters are registered to choose the 33 members of the Council of Elders. Six parties are on the
ballot. The outgoing council was led by Civil Accord, with 15 seats, against 12 for Shirak
Forward and six for smaller groups.
""",
    "most_read": [
        ("Kumayri district: six facades to be restored next year", "/gyumri/kumayri-facades"),
        ("Gyumri bus routes: the new timetable explained", "/gyumri/bus-timetable"),
        ("Shirak potato harvest down a fifth after dry summer", "/shirak/potato-harvest"),
    ],
    "related": [
        ("The candidates: who is running for Gyumri's council", "/elections-2026/candidates"),
        ("How the Council of Elders elects the mayor", "/elections-2026/explainer-mayor"),
    ],
}

_EL_WIRE = {
    "url": "https://www.araratpress.example/en/politics/2026/09/28/gyumri-council-election-results",
    "headline": "Shirak Forward wins majority in Gyumri council election, preliminary results "
    "show",
    "description": "The opposition party took 17 of 33 seats in Armenia's second-largest city; "
    "turnout was 41.7%.",
    "section": "Politics",
    "image": "gyumri-count.jpg",
    "byline": "By Narine Avagyan",
    "date_mode": "meta",
    "published": "2026-09-28T04:02:00Z",
    "tags": ["Gyumri", "Local elections", "Shirak"],
    "body": """
YEREVAN, Sept 28 (APA) - The opposition Shirak Forward party won a narrow majority on the council
of Gyumri, Armenia's second-largest city, in Sunday's local election, according to preliminary
results published by the Central Election Commission on Monday.

With all 118 polling stations counted, Shirak Forward took 46.2% of the vote, giving it 17 of the
33 seats on the Council of Elders, the commission said in results released at 07:30 local time
(03:30 GMT). The Civil Accord party of the outgoing mayor, Lusine Ter-Grigoryan, won 31.5% and
13 seats, while the New Gyumri bloc took 12.8% and five seats.

Three smaller parties fell below the 4% threshold needed to win seats.

Turnout was 41.7% of the 98,450 registered voters, up from 38.9% at the previous municipal
election in 2021, the commission said.

The result puts Shirak Forward's leader, Hrachya Balasanyan, a 44-year-old former deputy mayor,
in line to become mayor when the new council holds its first session, expected in mid-October.
In communities where councils are elected by party list, the mayor is chosen by the council.

"Gyumri has voted for continuity in the things that work and for change in the things that
don't," Balasanyan told supporters shortly after midnight, when partial results showed his party
ahead.

Ter-Grigoryan, who has led the city since 2021 at the head of a coalition, did not dispute that
Shirak Forward had won the most votes but said her party would challenge what it called
irregularities. "We accept the results of the count, but we will challenge every violation the
observers recorded," she said.

The Independent Observer Network, which deployed 140 monitors, said it had recorded 23 incidents
on polling day, including four suspected cases of vote-buying. It said the violations were not
on a scale likely to have changed the outcome.

Shirak Forward campaigned on promises to replace the city's ageing bus fleet, to speed up the
restoration of the historic Kumayri district and to rehouse families still living in temporary
shelters built after the 1988 earthquake. Civil Accord pointed to the repaving of the city's
main avenues and to a new school-meals programme during its term.

Gyumri, about 120 km (75 miles) north-west of Yerevan, was devastated by the Spitak earthquake
of 1988 and remains poorer than the capital, with many younger residents working abroad for
part of the year.

In the outgoing council, Civil Accord held 15 seats and Shirak Forward 12, with six seats held
by smaller groups.

(Reporting by Narine Avagyan; Editing by Karen Mkrtchyan)
""",
    "related": [
        ("Vanadzor council adopts budget after three-month dispute",
         "/en/politics/2026/09/22/vanadzor-budget"),
        ("Armenia's parliament opens autumn session", "/en/politics/2026/09/14/autumn-session"),
    ],
    "most_read": [
        ("Yerevan metro extension: tender results announced", "/en/economy/metro-tender"),
        ("Brandy exports up 8% in first half", "/en/economy/brandy-exports"),
    ],
}

_EL_PAPER = {
    "url": "https://www.yerevanchronicle.example/regions/gyumri-verdict-bare-majority",
    "headline": "Gyumri's verdict: a bare majority and a long to-do list",
    "description": "Shirak Forward has 17 of 33 council seats and promises on buses, housing "
    "and the old town. Its opponents are already preparing complaints.",
    "section": "Regions",
    "image": "gyumri-council-building.jpg",
    "byline": "By Arpi Danielyan in Gyumri",
    "authors": ["Arpi Danielyan"],
    "date_mode": "jsonld",
    "published": "2026-09-29T06:00:00+04:00",
    "lead_caption": "The Gyumri city hall on Vardanants Square. || Photo: Yerevan Chronicle/Hayk "
    "Baghdasaryan",
    "tags": ["Gyumri", "Elections", "Local government"],
    "body": """
GYUMRI - The mood in Gyumri's city hall after Saturday's vote was less celebratory than
businesslike. Shirak Forward, which won 17 of the 33 seats on the Council of Elders, has a
majority of exactly one, and its leaders were already talking about how to keep it.

"Seventeen is enough to govern and not enough to be careless," said Gagik Vardanyan, who ran the
party's campaign. "Every one of our councillors knows that if one of them falls ill on the day
of a budget vote, we have a problem."

According to the Central Electoral Commission's preliminary figures, Shirak Forward won 46.2% of
the vote, ahead of Civil Accord with 31.5% and 11 seats, and New Gyumri with 12.8% and five
seats. The gap between the two main parties, 14.7 percentage points, was wider than most local
observers had expected. Turnout, at 41.7%, was 2.8 percentage points higher than in 2021.

The party's leader, Hrachya Balasanyan, who is expected to be elected mayor at the council's
first session in the middle of October, framed the result as a vote for a change of pace rather
than of direction. "Gyumri has voted for continuity in the things that work and for change in the
things that don't," he told supporters after midnight.

Much of what Balasanyan has promised will cost money the city does not have on its own. His
flagship pledge, 60 new buses to replace a fleet whose average age is over 20 years, depends on a
loan that the previous administration had begun negotiating with a development bank. The
restoration of the Kumayri district, the city's 19th-century quarter of black-tuff houses,
relies largely on central government grants.

The most emotional issue is housing. Families in several neighbourhoods still live in the metal
"domiks" put up as temporary shelters after the 1988 earthquake. "Every campaign promises to end
the domiks," said Anahit Petrosyan, a political scientist at the Caucasus Policy Lab in Yerevan.
"The difference this time is that the winning party gave a number and a date. Voters will hold
them to it."

Petrosyan noted that although turnout rose, roughly four in ten registered voters took part.
"Many Gyumri residents are registered here but work in Russia or in Yerevan for much of the year.
A turnout in the low forties is not apathy alone," she said.

Civil Accord, led by the outgoing mayor, Lusine Ter-Grigoryan, has said it accepts the count but
will contest the violations recorded by observers. The Independent Observer Network listed 23
incidents on polling day, four of them suspected vote-buying. The party has until Wednesday to
file complaints with the territorial electoral commission.

New Gyumri's leader, Artak Melkonyan, whose five councillors could matter if Shirak Forward's
majority frays, said his group would not join any coalition. "We will vote issue by issue. If they
bring us buses, we will vote for buses," he said.

For now, the new majority's first test will be choosing the heads of the council's committees,
a process that in the outgoing council took more than two months.
""",
    "most_read": [
        ("Lake Sevan water level: the summer in numbers", "/environment/sevan-level"),
        ("IT exports slow for the first time in a decade", "/business/it-exports"),
        ("Opinion: what the regions want from Yerevan", "/opinion/regions-want"),
    ],
    "related": [
        ("Gyumri's bus fleet: how it got so old", "/regions/gyumri-buses"),
        ("Thirty-eight years on, the domiks remain", "/regions/domiks"),
    ],
}

_EL_ANALYSIS = {
    "url": "https://armobserver.example/analysis/gyumri-one-seat-majority",
    "headline": "What a one-seat majority means for Gyumri",
    "description": "Shirak Forward's 17 seats give it control of the council, and very little "
    "room for error.",
    "section": "Analysis",
    "image": "gyumri-square.jpg",
    "byline": "Armenia Observer analysis team",
    "date_mode": "none",
    "tags": ["Gyumri", "Municipal politics"],
    "body": """
Gyumri's voters have handed Shirak Forward the narrowest possible majority. With 17 of the 33
seats on the Council of Elders, the party can elect the mayor and pass a budget on its own, but
the opposition parties together hold 16 seats: 11 for Civil Accord and five for New Gyumri.

The arithmetic was not obvious on election night. With just over half of the polling stations
counted late on Sunday, Shirak Forward was on 48.9%, enough for some supporters to talk of a
landslide. By the time the Central Electoral Commission published preliminary results from all
118 stations on Monday morning, its share had settled at 46.2%, against 31.5% for Civil Accord
and 12.8% for New Gyumri. Three smaller parties failed to clear the 4% threshold.

Turnout was 41.7%, a modest rise on 2021. About 41,000 of the city's 98,450 registered voters
cast a ballot.

## The concession that wasn't

The tone of the night was set by the outgoing mayor. Speaking at her party's headquarters,
Lusine Ter-Grigoryan told reporters: "Gyumri has voted for continuity in the things that work and
for change in the things that don't." Her party has not formally conceded and says it will
pursue complaints over the 23 incidents recorded by the Independent Observer Network, including
four suspected cases of vote-buying.

Hrachya Balasanyan, Shirak Forward's leader and the likely next mayor, spent Monday visiting the
city's bus depot. "This is where the first promise will be kept or broken," he said.

## Three things to watch

First, the mayoral vote. Under the rules for communities whose councils are elected by party
list, the council chooses the mayor at its first session. With 17 votes Balasanyan needs no
partners, but a single absence or defection would leave the council deadlocked at 16-16.

Second, the budget. Gyumri depends on transfers from the national budget for more than half of
its spending. A mayor from a party that is not in government in Yerevan will need to build
working relations with the ministries quickly, particularly on the bus-fleet loan and on the
rehousing of families still living in temporary shelters from 1988.

Third, New Gyumri. Its leader, Artak Melkonyan, has ruled out a coalition, but his five
councillors will decide any vote in which Shirak Forward's discipline slips. He has said he will
judge proposals "issue by issue".

## The bigger picture

Gyumri is Armenia's second-largest city and has often been read as a barometer for the regions.
Shirak Forward's win ends five years of Civil Accord leadership, and its 46.2% is the best result
for any single party in a Gyumri municipal election since the council moved to a party-list
system. But with four in ten voters taking part, and with the winning party's lead built in the
newer districts rather than in the old town, the mandate is narrower than the seat count
suggests.
""",
    "most_read": [
        ("Explainer: how Armenian local councils choose mayors", "/explainers/mayors"),
        ("Poll: trust in municipal government by region", "/data/trust-municipal"),
    ],
    "related": [
        ("Vanadzor's hung council, one year on", "/analysis/vanadzor-hung-council"),
    ],
}

# ---------------------------------------------------------------------------
# ct-DC3 — court (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = {
    "url": "https://www.cwire.example/world/2026/07/09/georgia-court-short-term-rentals-ruling",
    "headline": "Georgia's top court strikes down neighbour-consent rule for short-term rentals",
    "description": "The Constitutional Court ruled 6-3 that requiring 75% of neighbours to "
    "agree before a flat is let to tourists breaches the right to property.",
    "section": "World",
    "image": "constitutional-court-batumi.jpg",
    "byline": "By Nodar Kvirikashvili",
    "date_mode": "meta",
    "published": "2026-07-09T07:38:00Z",
    "tags": ["Georgia", "Courts", "Tourism", "Property"],
    "body": """
BATUMI, Georgia, July 9 (CWS) - Georgia's Constitutional Court on Thursday struck down a rule
requiring apartment owners to obtain the written consent of at least 75% of their neighbours
before renting flats to tourists, ruling that it disproportionately restricted the right to
property.

The court's nine-member plenum decided by six votes to three that Article 7(2) of the 2025 Law on
Short-Term Residential Rentals was unconstitutional. It unanimously upheld a separate provision
requiring all short-term rentals to be entered in a national register, under which unregistered
operators face fines of 2,000 lari (about $740).

The judgment was read out at the court's seat in the Black Sea city of Batumi from 11:00 local
time (07:00 GMT). The invalidated rule ceases to have effect from the day the judgment is
published.

The case was brought in November 2025 by the Georgian Hosts Association and 14 apartment owners
from Batumi, Tbilisi and Kutaisi, who argued that the consent requirement allowed a minority of
neighbours, or simply absent ones, to block any owner from using their property.

"The court has confirmed that a flat belongs to its owner, not to the building," Mariam
Tsintsadze, chair of the hosts' association, told reporters outside the courthouse. "We never
objected to registration or to rules on noise. We objected to a veto."

Davit Kipiani, head of the legal department of Parliament, which defended the law, said
lawmakers would study the reasoning carefully and consider amendments in the autumn session.

The law, adopted in June 2025, took effect on January 1 this year. By the end of June, 21,400
short-term rental units had been registered nationwide, 9,800 of them in the Black Sea region of
Adjara and 8,100 in Tbilisi, according to figures cited in the judgment. Authorities had issued
1,240 fines for unregistered operation, totalling 2.48 million lari.

Three judges, Giorgi Beridze, Nana Kiladze and Teimuraz Japaridze, wrote in a joint dissenting
opinion that the consent rule was a proportionate way of protecting other residents' right to a
peaceful home, particularly in Batumi, where some apartment blocks are now mostly let to
visitors.

A residents' group, Batumi Residents for Quiet Homes, said it was disappointed. "Today the court
listened to investors," said its coordinator, Tamuna Abuladze. "We will now ask Parliament to
write rules that protect the people who actually live here."

Tourism is one of Georgia's fastest-growing industries, and the number of short-term rental
listings in Adjara has roughly doubled since 2022, according to industry estimates, fuelling
complaints about noise, rising rents and pressure on building services such as lifts and
water supply.

(Reporting by Nodar Kvirikashvili; Editing by Sophie Brandt)
""",
    "related": [
        ("Georgia's tourist arrivals hit first-half record", "/business/2026/07/03/georgia-tourism"),
        ("Batumi port volumes rise on transit cargo", "/business/2026/06/25/batumi-port"),
    ],
    "most_read": [
        ("Armenia, Iran sign border terminal agreement", "/world/2026/06/16/armenia-iran"),
        ("Azerbaijan's Caspian gas output rises 4%", "/energy/caspian-gas"),
    ],
}

_CT_LOCAL = {
    "url": "https://batumicoast.example/news/court-scraps-consent-rule-hosts-residents-react",
    "headline": "Hosts cheer, residents dismayed as court scraps 75% consent rule",
    "description": "Apartment owners celebrated outside the Constitutional Court on Thursday. "
    "Residents' groups say they will take their fight to Parliament.",
    "section": "Property",
    "image": "court-steps-batumi.jpg",
    "byline": "Text: Natia Diasamidze. Photos: Ramaz Katamadze",
    "date_mode": "visible",
    "visible_date": "Published 9 July 2026, 12:20. Updated 15:45",
    "tags": ["Short-term rentals", "Constitutional Court", "Batumi"],
    "body": """
Applause broke out on the steps of the Constitutional Court shortly before midday on Thursday
when word reached the crowd that the rule requiring neighbours' consent for short-term rentals
had been struck down.

About 40 apartment owners, many of whom rent flats to summer visitors in the new towers along the
seafront, had gathered outside the court building since the morning. The session began at 11:00
and lasted 52 minutes. Court President Irakli Gogoladze read out the operative part of the
judgment; Judge Eka Maisuradze had prepared the case as rapporteur.

The judges decided six to three that the requirement to obtain the written consent of owners of
at least 75% of the flats in a building was unconstitutional. All nine judges agreed, however,
that the obligation to register every short-term rental in the national register, and the fine
of 2,000 lari for operating without registration, should stay.

[[Members of the Georgian Hosts Association outside the Constitutional Court in Batumi on
Thursday. || Photo: Ramaz Katamadze/Batumi Coast News]]

"The court confirmed that a flat belongs to its owner and not to the whole building," said Mariam
Tsintsadze, who chairs the Georgian Hosts Association, which brought the case together with 14
owners. "We are not against registration, and we are not against rules on noise. We were against
a veto."

For many in Batumi the ruling has direct consequences. Of the 21,400 short-term rental units
registered across Georgia by the end of June, 9,800, or nearly half, are in Adjara, most of them
in Batumi. Levan Surmanidze, who rents out two flats near the Old Boulevard, said he had been
unable to register the second one because he could not track down the owners of a dozen flats
in his building. "Half of them live in Kyiv, Tel Aviv or Moscow. How was I supposed to get their
signatures?" he said.

Not everyone was celebrating. Tamuna Abuladze, coordinator of Batumi Residents for Quiet Homes,
said the judgment ignored people who live in the buildings all year. "Today the court listened to
the investors, not to the residents," she said. "Parliament now has to write rules that protect
the people who actually live here." The group plans to collect signatures for a petition to
Parliament over the summer.

Three judges dissented. In a joint opinion, Giorgi Beridze, Nana Kiladze and Teimuraz Japaridze
argued that the consent rule fairly balanced an owner's property rights against neighbours'
right to a peaceful home.

Batumi City Hall said in a statement on Thursday afternoon that its inspectors would continue
checking whether rentals were registered. Since the law took effect on 1 January, inspectors in
the city have issued several hundred of the 1,240 fines imposed nationwide, the statement said.

The rule stops applying once the judgment is published, which the court said would happen in
the coming days. Owners' groups advised members not to list new flats until then.
""",
    "related": [
        ("Explainer: what the short-term rental law requires", "/explainers/rental-law"),
        ("Seafront tower residents complain of lift breakdowns", "/news/tower-lifts"),
    ],
    "most_read": [
        ("Batumi sea temperature reaches 26C", "/weather/sea-temperature"),
        ("Cruise terminal expects 41 calls this summer", "/tourism/cruise-calls"),
        ("New cycle path links Gonio and the city centre", "/news/gonio-cycle-path"),
    ],
}

_CT_TRADE = {
    "url": "https://lexcaucasus.example/courts/georgia/constitutional-court-short-term-rentals-1712",
    "headline": "Analysis: the Constitutional Court's 6-3 judgment on short-term rentals",
    "description": "Property, proportionality and the dissent: how the Plenum decided claim "
    "No. 1712 and what it leaves for Parliament.",
    "section": "Courts",
    "image": "plenum-hall.jpg",
    "byline": "By Ketevan Tabidze, LL.M., contributing editor",
    "authors": ["Ketevan Tabidze"],
    "date_mode": "jsonld",
    "published": "2026-07-10T09:00:00+04:00",
    "facts_title": "Case file",
    "key_facts": [
        "Claim No. 1712, Georgian Hosts Association and Others v. Parliament of Georgia",
        "Lodged: 14 November 2025; hearings: 3-4 June 2026",
        "Judgment announced: 9 July 2026, Batumi",
        "Article 7(2): unconstitutional, 6 votes to 3",
        "Article 11: claim rejected unanimously",
        "Rapporteur: Judge Ekaterine Maisuradze",
    ],
    "tags": ["Constitutional Court of Georgia", "Right to property", "Proportionality"],
    "body": """
The Constitutional Court of Georgia's judgment of 9 July in Georgian Hosts Association and Others
v. Parliament of Georgia is the first ruling on the 2025 Law on Short-Term Residential Rentals
and, on the central question, a clear win for the claimants.

Sitting as the Plenum, the full bench of nine judges, rather than as one of its two four-judge
Boards, the Court found by six votes to three that Article 7(2) of the Law, which made any
short-term letting of a flat conditional on the written consent of the owners of at least 75% of
the flats in the building, violated the right to property under Article 19 of the Constitution.
The Court unanimously rejected the claim against Article 11, which requires registration in the
national register and sanctions unregistered activity with a fine of 2,000 lari, rising to 5,000
lari for a repeat violation.

The claim was lodged on 14 November 2025 by the association and 14 individual owners and heard
over two days, on 3 and 4 June 2026. The rapporteur was Judge Ekaterine Maisuradze. President
Irakli Gogoladze announced the operative part in Batumi.

## The majority: a legitimate aim, the wrong tool

The majority accepted that protecting residents from noise, overcrowding and wear on common areas
was a legitimate aim. Its objection was to the means. A consent threshold of 75%, it held, turned
every other owner into a potential veto player, including owners who did not live in the
building, could not be reached, or had commercial reasons to block a competitor. The Law
contained no mechanism for deemed consent, no time limit for objections and no review of a
refusal. Less restrictive tools, such as house rules adopted by the homeowners' association,
limits on occupancy or a complaints procedure with sanctions, were available to the legislature.

The majority also relied on the figures in the case file: 21,400 registered units nationwide by
the end of June 2026, of which 9,800 were in Adjara and 8,100 in Tbilisi, and 1,240 fines imposed
for unregistered activity, totalling 2.48 million lari. Those numbers, the Court said, showed that
the registration system was functioning and that the State had effective means of supervision
without the consent requirement.

## The dissent

Judges Giorgi Beridze, Nana Kiladze and Teimuraz Japaridze, in a joint dissenting opinion, would
have upheld the consent rule. In their view the legislature was entitled to treat an apartment
building as a shared space in which one owner's commercial use directly affects others' right to
respect for their home. They pointed to Batumi, where in some seafront towers a majority of flats
are now let to visitors.

## Precedent and consequences

The 6-3 split is a wider margin than in the Court's 2023 judgment on municipal tourist fees,
where a challenge was rejected by five votes to four. Practitioners will note that the majority
again placed weight on the absence of procedural safeguards rather than on the aim of the
measure.

Under the Organic Law on the Constitutional Court, a provision declared unconstitutional loses
force from the publication of the judgment. Registration and the fines for unregistered activity
remain in force. The ball is now in Parliament's court: any replacement regime will need
safeguards that the Law of 2025 lacked.
""",
    "related": [
        ("Practice note: registering a short-term rental in Georgia", "/practice-notes/register"),
        ("Constitutional Court upholds tourist-fee rules, 5-4 (2023)", "/courts/georgia/fees-2023"),
    ],
    "most_read": [
        ("Armenia's Court of Cassation on electronic evidence", "/courts/armenia/e-evidence"),
        ("Azerbaijan: new arbitration rules in force", "/arbitration/azerbaijan-rules"),
    ],
}

_CT_WEEKLY = {
    "url": "https://gwpost.example/property/after-consent-ruling-apartment-blocks",
    "headline": "After the consent ruling, Georgia's apartment blocks look for a new peace",
    "description": "The Constitutional Court has scrapped the neighbours' veto on holiday lets. "
    "What replaces it is up to Parliament and to homeowners themselves.",
    "section": "Property",
    "image": "batumi-towers.jpg",
    "byline": "By Tornike Jorbenadze",
    "date_mode": "none",
    "lead_caption": "Residential towers on the Batumi seafront, where many flats are let to "
    "visitors. || Photo: Georgia Weekly Post",
    "tags": ["Property", "Tourism", "Law"],
    "body": """
The Constitutional Court's decision last Thursday to strike down the requirement that owners get
their neighbours' consent before letting flats to tourists has been greeted as a victory by
hosts and as a betrayal by many residents. In apartment blocks from Batumi to Tbilisi's Vake
district, the question now is what takes its place.

The nine judges split six to three. The majority held that the rule in the 2025 Law on
Short-Term Residential Rentals, which required the written agreement of the owners of at least
75 per cent of the flats in a building, was a disproportionate restriction on the right to
property. The court unanimously left in place the obligation to register every short-term
rental and the 2,000-lari fine (roughly $740) for failing to do so.

The decision was the work of a long case. The Georgian Hosts Association and 14 owners filed
their claim in November 2025, the court heard the arguments over two days in early June, and
the judgment was read out in Batumi, where the court sits, in a session lasting just under an
hour. Judge Eka Maisuradze prepared the case
as rapporteur; three judges dissented.

## What changes

In practice, owners will no longer have to collect signatures from neighbours, a requirement
that hosts said had been impossible in buildings where many flats belong to people living
abroad. The rule loses its force once the judgment is published in the official gazette.

The registration system stays. By the end of June, 21,400 rental units had been registered,
most of them in Adjara and Tbilisi, and 1,240 fines had been issued since January, worth 2.48
million lari, or about $915,000.

## What residents want

Groups representing permanent residents say they will lobby for new rules. Tamuna Abuladze of
Batumi Residents for Quiet Homes said the court had "listened to investors". Her group wants
limits on the number of guests per flat and a duty for hosts to provide a round-the-clock
contact number.

Zurab Chikovani, a deputy minister of economy, told the Post that the ministry would propose a
framework of "house rules with teeth" that homeowners' associations could adopt by simple
majority. "The court has told us what we cannot do. It has not told us to do nothing," he said.
The ministry intends to submit amendments when Parliament returns for its autumn session.

## Hosts' view

Mariam Tsintsadze, who chairs the hosts' association, said her members would accept stricter
rules on noise and occupancy. "We never objected to registration. We objected to a veto," she
said. She estimates that several thousand flats had been kept off the market because their
owners could not reach the threshold.

For Davit Kipiani, who defended the law before the court as head of Parliament's legal
department, the judgment offers guidance rather than defeat. He said Parliament would study the
reasoning, especially the court's remarks on deemed consent and time limits for objections,
before drafting a replacement.

The dissenting judges warned that seafront buildings in Batumi risk becoming hotels in all but
name. The majority's answer, in effect, is that this is a problem for better-designed
legislation, not for a neighbour's veto.
""",
    "most_read": [
        ("Rent in Tbilisi: the first-half figures", "/property/tbilisi-rents"),
        ("Kutaisi airport adds three routes", "/travel/kutaisi-routes"),
    ],
    "related": [
        ("Opinion: a flat is not a hotel", "/opinion/flat-not-hotel"),
        ("Homeowners' associations: a beginner's guide", "/property/amkhanagoba-guide"),
    ],
}

# ---------------------------------------------------------------------------
# tr-DC4 — trade (3 planted)
# ---------------------------------------------------------------------------

_TR_WIRE = {
    "url": "https://www.araratpress.example/en/economy/2026/06/16/armenia-iran-agarak-terminal",
    "headline": "Armenia, Iran sign $46 million deal to expand Agarak-Norduz border terminal",
    "description": "The new terminal is to raise the crossing's capacity to 600 trucks a day "
    "by the end of 2028.",
    "section": "Economy",
    "image": "agarak-crossing.jpg",
    "byline": "By Narine Avagyan",
    "date_mode": "meta",
    "published": "2026-06-16T11:42:00Z",
    "tags": ["Armenia", "Iran", "Trade", "Transport"],
    "body": """
YEREVAN, June 16 (APA) - Armenia and Iran on Tuesday signed an agreement to build a $46 million
cargo terminal at the Agarak-Norduz crossing, the only land border point between the two
countries, aiming to more than double its capacity as they seek to expand trade along a corridor
linking the Persian Gulf with the Black Sea.

The agreement was signed in Yerevan at 15:00 local time (11:00 GMT) by Armenian Economy Minister
Tigran Avetisyan and Iran's Minister of Industry, Mine and Trade, Mohammad-Hossein Kiani, at the
close of a two-day session of the Armenian-Iranian intergovernmental commission on economic
cooperation.

Under the deal, Armenia will contribute $28 million and Iran $18 million. The terminal will raise
the crossing's capacity from about 250 trucks a day to 600, with separate lanes for refrigerated
cargo and transit traffic. Construction is due to start in October and be completed by the end
of 2028.

The agreement is valid for 10 years and will be renewed automatically for successive five-year
periods unless either side objects, according to the text released by Armenia's Ministry of
Economy.

"This terminal is not a ribbon to cut; it is a bottleneck to remove," Avetisyan said at the
signing ceremony. Kiani said Tehran wanted the crossing to become "a gateway not only for Iran
and Armenia but between the Persian Gulf and the Black Sea".

Trade between the two countries rose 6.3% last year to $742 million, from $698 million in 2024,
according to Armenia's Statistical Committee. In the first four months of 2026 it reached $251
million, up 9% on the same period a year earlier. The two governments have set a goal of $1.5
billion a year by 2030.

About 61,000 trucks crossed at Agarak-Norduz in 2025, according to Armenia's State Revenue
Committee. Drivers have complained of queues of up to 14 hours at peak times, when customs and
sanitary checks back up traffic on the narrow mountain road leading to the bridge over the Aras
river.

The ministers also signed four other documents, including a memorandum on mutual recognition of
veterinary certificates and a plan to align customs working hours on both sides of the border.

Iran is one of Armenia's main trading partners. Armenia buys Iranian fuel, construction
materials and food, and supplies electricity to Iran under a long-standing gas-for-electricity
arrangement. Both governments have promoted the route through Armenia's southern Syunik province
as part of a north-south corridor connecting Iranian ports with Georgia's Black Sea ports of
Poti and Batumi.

Business groups welcomed the deal but said the road through Syunik, with its steep passes,
would also need investment if the new terminal was to make a difference.

(Reporting by Narine Avagyan; Editing by Karen Mkrtchyan)
""",
    "related": [
        ("Armenia's first-quarter growth slows to 5.1%", "/en/economy/2026/05/20/q1-growth"),
        ("Syunik road tunnel tender postponed again", "/en/economy/2026/05/02/syunik-tunnel"),
    ],
    "most_read": [
        ("Yerevan property prices rise for tenth straight quarter", "/en/economy/property"),
        ("Armenian national team names squad for autumn qualifiers", "/en/sport/squad"),
    ],
}

_TR_IRAN = {
    "url": "https://tehranbazaar.example/trade/iran-armenia-nurduz-terminal-agreement",
    "headline": "Iran, Armenia seal Nurduz terminal deal as Kiani targets $1.5bn in trade",
    "description": "Industry minister says the upgraded crossing will serve Persian Gulf - "
    "Black Sea transit, not only bilateral trade.",
    "section": "Trade",
    "image": "nurduz-trucks.jpg",
    "byline": "By Shirin Mokhtari",
    "authors": ["Shirin Mokhtari"],
    "date_mode": "jsonld",
    "published": "2026-06-16T16:10:00+03:30",
    "visible_date": "Tuesday 16 June 2026 (26 Khordad 1405), 16:10 Tehran time",
    "tags": ["Iran-Armenia", "Nurduz", "Transit"],
    "body": """
Iran and Armenia signed an agreement in Yerevan on Tuesday to build a new cargo terminal at the
Nurduz-Agarak border crossing, the latest step in Tehran's effort to develop transit routes
through the South Caucasus.

The agreement was signed at 14:30 Tehran time by the Minister of Industry, Mines and Trade,
Mohammad Hossein Kiani, and Armenia's Minister of Economy, Tigran Avetisyan, at the end of the
two-day meeting of the two countries' joint economic commission.

The 20-year agreement commits the two governments to jointly finance the $46 million facility,
with the Iranian side contributing $18 million and Armenia the remainder. Once complete at the
end of 2028, the terminal is expected to handle 600 trucks a day, compared with about 250 now.

"Our aim is to make Nurduz a gateway not only for Iran and Armenia, but for trade between the
Persian Gulf and the Black Sea," Kiani told reporters after the ceremony. He said Iranian
exporters of construction materials, fruit and vegetables and petrochemicals had the most to
gain from shorter waiting times at the border.

Kiani also repeated the target of raising bilateral trade to $1.5 billion a year by 2030. Trade
between the two countries was worth $742 million in 2025, according to Armenian figures, with
Iranian exports accounting for roughly two-thirds. Iran's customs administration said exports to
Armenia in the first two months of the current Iranian year, from 21 March to 21 May, were worth
$86 million.

## Truckers' complaints

For Iranian hauliers, the main problem has been the wait. Behnam Rostami, head of the East
Azarbaijan province truck owners' association, said drivers sometimes waited 12 to 14 hours at
Nurduz in summer. "A driver who loses a day at the border loses money on every load. If the
terminal really doubles the capacity, our members will feel it immediately," he said.

The new facility is to include separate lanes for refrigerated goods and for transit cargo
heading to Georgia, along with inspection equipment that officials say will cut the time needed
for each truck. Construction is scheduled to begin in October.

## Wider corridor

Officials in Tehran see the Armenian route as one of several options for connecting Iran's
southern ports, chiefly Bandar Abbas, with Black Sea ports in Georgia. The two ministers also
signed documents on veterinary certificates and customs working hours, bringing the total number
of documents signed to five.

Armenian officials, for their part, have stressed the importance of the crossing for the
country's southern Syunik province. Avetisyan called the terminal "a bottleneck to remove" rather
than a ceremonial project.

Iran's trade with its northern neighbours has grown steadily in recent years. Officials in Tabriz
said on Tuesday that provincial companies would bid for parts of the construction work, and that
the province would upgrade the access road on the Iranian side of the border.
""",
    "related": [
        ("Iran-Azerbaijan trade commission meets in Baku", "/trade/iran-azerbaijan-commission"),
        ("Bandar Abbas container throughput up in spring", "/ports/bandar-abbas-spring"),
    ],
    "most_read": [
        ("Steel exports: the first two months of 1405", "/industry/steel-exports"),
        ("Tabriz fair draws 300 exhibitors", "/provinces/tabriz-fair"),
    ],
}

_TR_PAPER = {
    "url": "https://www.yerevanchronicle.example/regions/syunik-terminal-hopes-queues",
    "headline": "In Syunik, hopes that a new terminal will end the 14-hour queues",
    "description": "Drivers and residents at Agarak welcome the Armenia-Iran terminal deal but "
    "say the mountain road must be fixed too.",
    "section": "Regions",
    "image": "agarak-queue.jpg",
    "byline": "By Hasmik Khachatryan in Agarak",
    "date_mode": "visible",
    "visible_date": "Wednesday, 17 June 2026",
    "lead_caption": "Trucks queue on the approach to the Agarak border crossing. || Photo: Yerevan "
    "Chronicle/Davit Hakobyan",
    "tags": ["Syunik", "Iran", "Trade", "Transport"],
    "body": """
AGARAK - On the road down to the Aras river, the queue of trucks started about two kilometres
before the border post. Some drivers had switched off their engines and were sitting in the
shade of their trailers; one was cooking on a gas burner.

"Last month I waited 14 hours here," said Samvel Khachatryan, 52, a driver from Ararat province
who carries Armenian brandy south and Iranian tiles north. "Fourteen hours, with a refrigerated
load behind me. If this terminal is real, it will change my life."

The terminal is real on paper at least. On Tuesday in Yerevan, Armenia's Minister of Economy,
Tigran Avetisyan, and Iran's foreign minister, Mohammad-Hossein Kiani, signed an agreement to
build a new cargo terminal at the Agarak-Norduz crossing. It is to cost $46 million, or about
17.8 billion drams, with Armenia paying $28 million and Iran $18 million.

The agreement, valid for 10 years, provides for the terminal to handle 600 trucks a day, against
about 250 today. Construction is due to begin in October and finish by the end of 2028.

"This terminal is not a ribbon to cut. It is a bottleneck to remove," Avetisyan said at the
ceremony, which closed a two-day meeting of the intergovernmental commission. Kiani said he
wanted the crossing to be "a gateway not only for Iran and Armenia, but between the Persian Gulf
and the Black Sea".

## A long way from Yerevan

Agarak is about 370 km (230 miles) from Yerevan by road, much of it over mountain passes that are
regularly closed by snow in winter. About 61,000 trucks used the crossing last year, and the
numbers have been rising since Armenia and Iran began promoting it as part of a north-south
transit route to Georgia's Black Sea ports.

Trade between the two countries reached $742 million last year, up 6.3% from 2024, according to
the Statistical Committee. Officials have set a target of $1.5 billion by 2030.

In Agarak, a town built around a copper and molybdenum mine, residents said the traffic was both
a blessing and a burden. "The cafes and the tyre shops live from the trucks," said Lilit Grigoryan,
who runs a roadside shop. "But at night the noise never stops, and when the queue reaches the
town, nobody can get to the clinic."

Ashot Hovhannisyan, deputy governor of Syunik province, said the regional administration would
ask the government to build a truck parking area outside the town as part of the project. "The
terminal solves the border. It does not solve the road," he said.

## Doubts

Not everyone is convinced the timetable will hold. Armine Ghazaryan, head of the Union of Armenian
Freight Forwarders, noted that an earlier plan to modernise the crossing had been announced and
then shelved. "We have seen drawings before. This time there is money attached and a date, which
is more than we had last time," she said.

Back in the queue, Khachatryan was less worried about dates. "By 2028 I will be 54," he said. "I
just hope I am still driving this road when they open it."
""",
    "most_read": [
        ("Lake Sevan fish stocks recovering, study finds", "/environment/sevan-fish"),
        ("Yerevan's new ring road: the first section opens", "/city/ring-road"),
    ],
    "related": [
        ("Armenia, Iran sign terminal deal", "/business/armenia-iran-terminal"),
        ("Syunik's roads: a decade of promises", "/regions/syunik-roads"),
    ],
}

_TR_FREIGHT = {
    "url": "https://silkroadfreight.example/corridors/agarak-norduz-terminal-plan",
    "headline": "Agarak-Norduz: what the new terminal plan means for Gulf-Black Sea freight",
    "description": "Capacity, lanes and timing: our guide to the Armenian-Iranian terminal "
    "agreement signed in Yerevan.",
    "section": "Corridors",
    "image": "terminal-render.jpg",
    "byline": "By Mehmet Aydin, Corridors Editor",
    "date_mode": "none",
    "facts_title": "Terminal at a glance",
    "key_facts": [
        "Capacity: 600 trucks/day (now about 250)",
        "Construction: October 2026 to end-2028",
        "Operating agreement: 10 years, then five-year renewals",
        "2025 traffic: about 61,000 trucks",
    ],
    "tags": ["Armenia", "Iran", "Border crossings", "North-South corridor"],
    "body": """
The agreement signed in Yerevan on Tuesday by Armenia and Iran to rebuild the cargo facilities at
the Agarak-Norduz crossing is the most concrete step in years towards easing one of the worst
bottlenecks on the road route between the Persian Gulf and the Black Sea.

The new terminal will cost $64 million and is designed to handle 600 trucks a day, up from a
practical limit of about 250 today. The agreement was signed by Armenian Economy Minister Tigran
Avetisyan and Iran's industry, mine and trade minister, Mohammad-Hossein Kiani, at the end of
their intergovernmental commission's two-day session.

## Why it matters

About 61,000 trucks crossed at Agarak-Norduz in 2025, an average of roughly 167 a day. That
average hides sharp seasonal peaks: in late summer, when Iranian fruit and vegetables move north
and construction materials move in both directions, daily traffic regularly exceeds what the
existing facilities can process. Queues of up to 14 hours have been reported.

For transit operators, the crossing is one link in a chain that starts at Bandar Abbas and ends
at the Georgian ports of Poti and Batumi, a road journey of roughly 2,500 km. Delays at Agarak
can add a day to the trip and make the route uncompetitive against alternatives through
Azerbaijan or Turkey.

## What will be built

According to documents released by the Armenian Ministry of Economy, the terminal will include
separate lanes for refrigerated cargo and for transit trucks under customs seal, a joint
inspection area where Armenian and Iranian officers can work side by side, vehicle scanners and a
parking area. The two sides have also agreed to align the working hours of their customs posts,
a long-standing request of hauliers.

Construction is due to begin in October and to be completed by the end of 2028. The operating
agreement runs for 10 years and is renewed automatically for five-year periods unless either
party gives notice.

## Industry reaction

Armine Ghazaryan, head of the Union of Armenian Freight Forwarders, welcomed the deal but said
the Syunik road remained the weak point. "A terminal that processes 600 trucks a day is only
useful if 600 trucks a day can get to it. Some of the passes on the Armenian side are a struggle
for a loaded truck in winter," she said.

Avetisyan described the project as "a bottleneck to remove", while Kiani said the aim was a
gateway for trade "between the Persian Gulf and the Black Sea".

## The trade context

Bilateral trade reached $742 million in 2025, up 6.3% on the previous year, according to
Armenian statistics, and the two governments are aiming for $1.5 billion by 2030. Transit volumes
are harder to measure, but forwarders estimate that between a quarter and a third of trucks using
the crossing are carrying goods to or from third countries, mostly Georgia and Russia.

Whether the new terminal changes routing decisions will depend on how quickly it is built and on
whether both sides keep their customs procedures aligned once it opens. Forwarders we spoke to
said they would believe the 2028 date when they saw the foundations.
""",
    "related": [
        ("Poti port dredging to allow larger container ships", "/ports/poti-dredging"),
        ("Upper Lars: Georgia-Russia crossing waiting times", "/road/upper-lars-waits"),
    ],
    "most_read": [
        ("Caspian ferries: Aktau-Baku capacity doubles", "/ports/aktau-baku-ferries"),
        ("Kars-Tbilisi rail: freight volumes in the first half", "/rail/kars-tbilisi"),
    ],
}

# ---------------------------------------------------------------------------
# rk-DC5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

_RK_WIRE = {
    "url": "https://www.gcna.example/iran/2026/10/20/iran-launches-kavir-1-satellite-simorgh",
    "headline": "Iran puts Kavir-1 observation satellite into orbit on Simorgh rocket",
    "description": "The 92 kg satellite lifted off from Semnan province on Tuesday morning, "
    "the Iranian Space Agency said.",
    "section": "Science",
    "image": "simorgh-launch.jpg",
    "byline": "By Farid Nasseri",
    "date_mode": "meta",
    "published": "2026-10-20T06:55:00Z",
    "tags": ["Iran", "Space", "Satellites"],
    "body": """
TEHRAN, Oct 20 (GCNA) - Iran launched an Earth-observation satellite into orbit on Tuesday aboard
a Simorgh rocket, the Iranian Space Agency said, the second flight of the domestically built
launcher this year.

The two-stage, liquid-fuelled Simorgh lifted off from the Imam Khomeini Spaceport in the northern
province of Semnan at 09:12 local time (05:42 GMT), carrying the 92-kilogram Kavir-1 satellite,
the agency said in a statement carried by state media.

The satellite separated from the rocket's upper stage 7 minutes and 50 seconds after liftoff and
was placed in an orbit about 500 km (310 miles) above the Earth, according to the agency. A
ground station near Mahdasht, west of Tehran, received its first signal at 10:03 local time.

"Kavir-1 is alive and talking to us," the head of the Iranian Space Agency, Kamran Eskandari,
told state television. "This was a clean flight from the first second to the last."

Kavir-1, built by a consortium of Iranian universities and a state-owned electronics company,
carries a camera with a ground resolution of 12 metres and is designed to monitor farmland, water
reservoirs and dust storms. It has an expected operating life of three years, officials said.

There was no immediate independent confirmation that the satellite had reached a stable orbit.
Western military tracking data on new objects is usually published within a day of a launch.

The previous Simorgh flight, in March, placed two smaller payloads into an orbit of about 410 km.
The Kavir-1 launch had originally been scheduled for August but was postponed for what officials
described as technical checks on the rocket's second stage.

The Simorgh suffered a string of failures in its early years before its first fully successful
orbital flights, and Iranian officials have presented this year's launches as evidence that the
vehicle has matured. Iran also operates a smaller, solid-fuelled launcher developed by the
Revolutionary Guards.

Iran's space programme has drawn criticism from the United States and several European
governments, which say the technology used in satellite launch vehicles overlaps with that of
ballistic missiles. Tehran says the programme is peaceful and that it has a right to develop it under
international law.

Information and Communications Technology Minister Ali-Reza Nikbakht said the satellite's first
images would be released within two weeks and that Iran planned at least two more launches
before the end of the Iranian calendar year in March.

(Reporting by Farid Nasseri; Editing by Tom Feld)
""",
    "related": [
        ("Iran's March Simorgh launch: what we know", "/iran/2026/03/simorgh-march"),
        ("Gulf states expand satellite budgets", "/gulf/2026/09/satellite-budgets"),
    ],
    "most_read": [
        ("Oil exports from Kharg steady in October", "/energy/kharg-october"),
        ("Tehran air pollution closes schools", "/iran/air-pollution"),
    ],
}

_RK_LIVE = {
    "url": "https://tehranobserver.example/live/kavir-1-simorgh-launch",
    "headline": "Live: Simorgh launches Kavir-1 satellite from Semnan",
    "description": "Minute-by-minute coverage of the Kavir-1 launch from Imam Khomeini "
    "Spaceport.",
    "section": "Science",
    "image": "semnan-pad.jpg",
    "byline": "Science desk: Leila Karimi and Omid Farzaneh",
    "date_mode": "visible",
    "visible_date": "Tuesday 20 October 2026 (28 Mehr 1405). All times are Tehran time "
    "(GMT+3:30).",
    "key_points": [
        "Simorgh lifted off at 09:12",
        "Kavir-1 separated about eight minutes into the flight",
        "First signal received at 10:03",
    ],
    "body": """
@@ 12:15 | Summary

To recap the morning: a Simorgh rocket lifted off from Imam Khomeini Spaceport in Semnan province
at 09:12, the Kavir-1 satellite separated from the second stage about eight minutes later, and
the ground station at Mahdasht received its first signal at 10:03, less than an hour after
liftoff. Officials say the satellite is in an orbit of around 500 kilometres. We are closing
this live page; our full report will follow.

@@ 11:30 | Minister: first images within two weeks

Information and Communications Technology Minister Ali-Reza Nikbakht, speaking at a news
conference in Tehran, said Kavir-1 would send back its first images within two weeks. He said two
further launches were planned before the end of the current Iranian year, without giving
details.

@@ 11:05 | What orbit is it in?

Officials have so far given only a round figure of about 500 km. Western tracking data, which
normally appears within a day, should show the exact orbit. A 500 km orbit would be higher than
most earlier Iranian satellites reached, which would allow Kavir-1 to stay in space for years
rather than months.

@@ 10:40 | Space agency chief: "a clean flight"

Kamran Eskandari, head of the Iranian Space Agency, told state television: "Kavir-1 is alive and
talking to us. It was a clean flight, from the first second to the last." He said engineers
would spend the next days testing the satellite's camera and attitude control.

[[Engineers at the Mahdasht ground station follow the satellite's first pass. || Photo: Iranian
Space Agency handout]]

@@ 10:03 | First signal received

The Mahdasht ground station west of Tehran has received Kavir-1's first signal, 51 minutes after
liftoff, according to the space agency. Engineers say telemetry shows the satellite's systems
are working normally.

@@ 09:45 | Waiting for the signal

Engineers are now waiting for Kavir-1 to come within range of the ground station on its first
pass. Officials at the spaceport have told reporters there will be no confirmation of success
until the satellite's first signal is received.

@@ 09:20 | Satellite separates

Mission control announced that Kavir-1 separated from the rocket's second stage 7 minutes 50
seconds into the flight. The agency says the satellite is heading for an orbit of about 500 km.

@@ 09:14 | Second stage ignites

State television reports first-stage separation and second-stage ignition, roughly two minutes
into the flight.

@@ 09:12 | Liftoff

The Simorgh has lifted off from Imam Khomeini Spaceport. State television is showing the rocket
climbing into a clear sky over the Semnan desert.

@@ 08:55 | Weather clear at the spaceport

Conditions at Imam Khomeini Spaceport are reported to be clear and calm. State television has
begun a live broadcast from the launch site, with the Simorgh standing on the pad.

@@ 08:40 | Countdown under way

Good morning. We are following the launch of Kavir-1, a 92 kg Earth-observation satellite built
by a consortium of Iranian universities, on a Simorgh rocket. The launch was originally planned
for August but was delayed for checks on the second stage. The satellite carries a camera with a
resolution of 12 metres and is designed to monitor farmland, reservoirs and dust storms over an
expected life of three years. The last Simorgh flight, in March, reached an orbit of about 410
km.
""",
    "most_read": [
        ("Tehran metro Line 10: first trains in test", "/city/metro-line-10"),
        ("Isfahan's Zayandeh Rud flows again for a week", "/provinces/zayandeh-rud"),
    ],
    "related": [
        ("Explainer: Iran's launch vehicles", "/science/launch-vehicles-explainer"),
    ],
}

_RK_TRADE = {
    "url": "https://orbitalledger.example/launches/2026/simorgh-kavir-1-tracking",
    "headline": "Tracking data confirm Kavir-1 in a 476 x 518 km orbit",
    "description": "US catalogue entries for Iran's newest satellite match the Iranian Space "
    "Agency's announcement of an orbit of about 500 km.",
    "section": "Tracking",
    "image": "kavir-1-groundtrack.png",
    "byline": "By Jonas Wirth",
    "authors": ["Jonas Wirth"],
    "date_mode": "jsonld",
    "published": "2026-10-21T08:00:00+02:00",
    "facts_title": "Launch summary",
    "key_facts": [
        "Vehicle: Simorgh (two stages, liquid propellant)",
        "Site: Imam Khomeini Spaceport, Semnan, Iran",
        "Liftoff: 20 Oct 2026, 05:42 UTC (07:42 CEST, 09:12 IRST)",
        "Payload: Kavir-1, 92 kg (203 lb)",
        "Orbit: 476 x 518 km, 55.1 deg",
    ],
    "tags": ["Iran", "Simorgh", "Orbit determination"],
    "body": """
Iran's Kavir-1 Earth-observation satellite is in orbit. Element sets published by US Space Force
tracking overnight list a new object, catalogue number 68412, in a 476 x 518 km orbit (296 x 322
miles) inclined at 55.1 degrees, consistent with a launch from Semnan on the south-easterly
azimuth Iran has used for previous Simorgh missions.

The Simorgh lifted off from Imam Khomeini Spaceport at 05:42 UTC on Tuesday, which was 07:42 in
Central Europe and 09:12 in Tehran. The Iranian Space Agency (ISA) said the satellite separated
7 min 50 s after liftoff and described the orbit as "about 500 km". That is a fair shorthand for
what the catalogue shows: the mean altitude of the tracked orbit is 497 km.

A second object, almost certainly the Simorgh's spent second stage, was catalogued in a lower,
more elliptical orbit of roughly 240 x 505 km. At that perigee it should re-enter within a few
weeks.

## The payload

Kavir-1 has a mass of 92 kg (203 lb), according to the ISA, and carries an optical camera with a
stated ground resolution of 12 m. That is coarse by commercial standards but adequate for its
declared purpose of monitoring crops, reservoirs and dust storms. The agency expects it to
operate for three years. The ground station at Mahdasht, west of Tehran, received the first
signal at 10:03 Tehran time, less than an hour after liftoff.

"The numbers are consistent with what Tehran announced," said Dr Helen Marsh of the Caspian
Security Institute, who follows Iran's launch programme. "An orbit of around 500 kilometres is
higher than most of Iran's earlier satellites reached, which is the real news here."

## Simorgh's record

This was the second Simorgh flight of 2026. The first, in March, placed two small payloads into
a roughly 410 km orbit. Kavir-1 had been expected to fly in August; the ISA attributed the delay
to checks on the second stage.

Placing 92 kg into a near-500 km orbit is within the performance published for the Simorgh, and
gives no reason on its own to revise estimates of the vehicle's capability. Still, two successful
flights within eight months is the best cadence the vehicle has achieved, and the higher orbit
means Kavir-1 should stay up for years, rather than the months typical of Iran's lower-altitude
satellites.

## What to watch

The ISA says the first images will be released within two weeks. Independent observers will be
looking for radio transmissions from the satellite on the frequencies filed with the ITU, and for
any manoeuvres, which would indicate on-board propulsion. We will update the launch log when new
element sets are available.
""",
    "related": [
        ("Launch log: every orbital launch of 2026", "/launch-log/2026"),
        ("Simorgh's March 2026 flight: two payloads to 410 km", "/launches/2026/simorgh-march"),
    ],
    "most_read": [
        ("Ariane 6 flies its eighth mission of the year", "/launches/2026/ariane-6-va270"),
        ("How we track satellites: a primer", "/tracking/primer"),
    ],
}

_RK_ANALYSIS = {
    "url": "https://caspianreview.example/security/kavir-1-iran-space-programme",
    "headline": "Kavir-1 and the quiet maturing of Iran's civilian rocket",
    "description": "The Simorgh has flown twice this year without a failure. What the latest "
    "launch says about Iran's space ambitions.",
    "section": "Security",
    "image": "simorgh-rollout.jpg",
    "byline": "By Daniel Ostrowski",
    "date_mode": "none",
    "lead_caption": "A Simorgh rocket on the pad at Imam Khomeini Spaceport in a state media "
    "image. || Photo: Iranian Space Agency handout",
    "tags": ["Iran", "Space", "Missile technology"],
    "body": """
For years the Simorgh was the rocket that did not work. Iran's largest space launcher, a
two-stage, liquid-fuelled vehicle built by the civilian space agency, suffered failure after
failure while a smaller solid-fuelled rocket developed by the Revolutionary Guards took the
headlines. Tuesday's launch of the Kavir-1 satellite suggests that story has changed.

The Simorgh lifted off from Imam Khomeini Spaceport in Semnan province shortly after 9am Tehran
time and placed the 92kg satellite into an orbit of roughly 500 km (310 miles). Western tracking
data published the following day showed the satellite in an orbit ranging between 476 and 518 km,
in line with the Iranian announcement. It was the rocket's second successful flight this year,
after a launch in March that reached about 410 km.

## A civilian satellite

Kavir-1 itself is a modest machine. Its camera can distinguish objects about 12 metres across,
enough to watch farmland, reservoirs and the dust storms that regularly choke Iran's eastern
provinces, but far from the resolution needed for detailed military reconnaissance. Iranian
officials expect it to work for three years.

"Kavir-1 is alive and talking to us," Kamran Eskandari, head of the Iranian Space Agency, said
after the ground station at Mahdasht picked up its first signal, 51 minutes after launch. The
agency has promised the first images within a fortnight.

## The missile question

Western governments see it differently. The United States and several European states argue that
the engines, staging and guidance used in space launchers are directly relevant to long-range
ballistic missiles, and have called on Iran to halt such launches. Tehran insists the programme
is civilian.

"The honest answer is that both things are true," said Dr Helen Marsh of the Caspian Security
Institute. "Kavir-1 is a genuine civilian satellite. And every successful Simorgh flight teaches
Iranian engineers something about staging and guidance that is not only useful for satellites."

Marsh noted that the higher orbit matters. Most earlier Iranian satellites were placed in low
orbits where they re-entered within months. "An orbit of around 500 kilometres means Kavir-1 will
be up for years. That is a programme thinking about long-term capability, not one-off
demonstrations," she said.

## What comes next

Officials have promised two more launches before the end of the Iranian year in March, and the
minister of information and communications technology, Ali-Reza Nikbakht, has spoken of a
constellation of observation satellites by the end of the decade. Such targets have slipped
before: Kavir-1 itself was meant to fly in August.

For Iran's neighbours in the Caucasus and the Gulf, the launches are watched less as a direct
threat than as a measure of the country's technical resilience under sanctions. Tuesday's flight
will be read, in Baku and Riyadh as much as in Washington, as evidence that the resilience is
real.
""",
    "most_read": [
        ("Azerbaijan's new air-defence deal explained", "/security/azerbaijan-air-defence"),
        ("Turkmenistan's gas pipeline hopes, again", "/economy/turkmen-pipeline"),
    ],
    "related": [
        ("Iran's Revolutionary Guards and the solid-fuel launcher", "/security/irgc-launcher"),
    ],
}

# ---------------------------------------------------------------------------
# eq-DC6 — earthquake (3 planted)
# ---------------------------------------------------------------------------

_EQ_WIRE = {
    "url": "https://www.gcna.example/iran/2026/08/13/ardabil-earthquake-meshginshahr",
    "headline": "Magnitude 6.0 quake in Iran's Ardabil province kills 7, injures more than 200",
    "description": "Rescuers search damaged villages near Meshginshahr after the early-morning "
    "earthquake.",
    "section": "Iran",
    "image": "ardabil-quake-rubble.jpg",
    "byline": "By Farid Nasseri",
    "date_mode": "meta",
    "published": "2026-08-12T23:31:00Z",
    "modified": "2026-08-13T08:05:00Z",
    "tags": ["Iran", "Earthquakes", "Ardabil"],
    "body": """
TEHRAN, Aug 13 (GCNA) - A magnitude 6.0 earthquake struck Iran's north-western Ardabil province
early on Thursday, killing at least seven people and injuring 212, the provincial
governor-general said, as rescuers searched damaged villages in the mountains around the town of
Meshginshahr.

The quake struck at 01:42 local time at a depth of 8 km, with its epicentre 14 km south-west of
Meshginshahr, according to the Iranian Seismological Center at the University of Tehran. The U.S.
Geological Survey put the magnitude at 5.8 and the depth at 10 km.

"Seven of our compatriots have lost their lives and 212 have been injured, of whom 19 remain in
hospital," Governor-General Jalal Sadeghi-Nia told state television at about 11:00 local time.
Most of the dead were in villages where older houses of mud brick and stone had collapsed, he
said.

The Iranian Red Crescent said it had sent 26 rescue teams with search dogs to the area and was
distributing tents, blankets and drinking water. Roads to several villages were blocked by
landslides, and helicopters were being used to reach two of them.

More than 30 aftershocks had been recorded by mid-morning, the largest of magnitude 4.6, the
seismological centre said.

The tremor woke residents across the province and was felt in the provincial capital, Ardabil,
about 65 km (40 miles) east of the epicentre, as well as in Tabriz and in southern Azerbaijan.
Azerbaijan's Ministry of Emergency Situations said there were no reports of damage or casualties
on its territory.

Electricity was cut in parts of Meshginshahr for several hours after the quake, and schools in
the town were opened as shelters for families afraid to return to damaged homes. The provincial
water company said it was sending tankers to villages whose pipes had burst.

Hospitals in Ardabil and Meshginshahr cancelled non-urgent operations to make room for the
injured, and blood donation centres in the provincial capital reported queues of volunteers by
early morning. The Interior Ministry said emergency services in the neighbouring provinces of
East Azarbaijan and Gilan had been put on standby.

Ardabil province, which borders Azerbaijan, has about 1.3 million inhabitants. Meshginshahr, a
market town at the foot of Mount Sabalan, has a population of around 60,000, and many of the
surrounding villages are reached only by narrow mountain roads.

Iran sits on several major fault lines and experiences frequent earthquakes. In 1997 a magnitude
6.1 earthquake in Ardabil province killed about 1,100 people, and the provincial authorities
have since tightened building rules, though older rural houses remain highly vulnerable.

An earlier version of this story said there were no immediate reports of casualties.

(Reporting by Farid Nasseri; Editing by Tom Feld)
""",
    "related": [
        ("Iran earthquakes: a history of the deadliest", "/iran/earthquakes-history"),
        ("Red Crescent warns of shortfall in disaster stocks", "/iran/red-crescent-stocks"),
    ],
    "most_read": [
        ("Caspian heatwave pushes Baku power demand to record", "/caspian/baku-power-record"),
        ("Iran's rial steadies on the open market", "/markets/rial"),
    ],
}

_EQ_BAKU = {
    "url": "https://bakumorning.example/region/iran-earthquake-felt-lankaran-astara",
    "headline": "Strong Iranian quake shakes Lankaran and Astara; no damage in Azerbaijan",
    "description": "Residents of the southern regions went out into the streets in the night "
    "after an earthquake in Iran's Ardabil province.",
    "section": "Region news",
    "image": "lankaran-night.jpg",
    "byline": "Baku Morning regional desk",
    "date_mode": "visible",
    "visible_date": "13.08.2026, 09:15 (Baku time)",
    "tags": ["Earthquake", "Lankaran", "Astara", "Iran"],
    "body": """
Residents of Azerbaijan's southern regions were woken by strong shaking at 02:44 Baku time on
Thursday when a powerful earthquake struck neighbouring Iran's Ardabil province.

The Republican Seismic Survey Center under the Azerbaijan National Academy of Sciences put the
magnitude at 5.9 and said the epicentre was in Iran, near the town of Khalkhal, at a shallow
depth. The tremor was felt with a strength of 4 to 5 points in Lankaran, Astara, Masalli and
Lerik, and more weakly in Jalilabad and Bilasuvar. In Iran the quake struck at 02:14 local time.

The Ministry of Emergency Situations said no casualties or damage had been reported in
Azerbaijan. Its operational groups in the southern regions checked schools, hospitals and
multi-storey buildings during the night, the ministry said in a statement.

"We felt two strong jolts and the windows rattled for a long time. Everyone on our street went
outside and stayed there until it was light," said Elmira Huseynova, 47, a teacher in Lankaran.
In Astara, several families spent the rest of the night in their cars.

Tural Guliyev, a spokesman for the ministry, urged residents not to spread unverified reports of
new earthquakes on social networks. "Aftershocks are possible, but there is no forecast of a
stronger earthquake. People should follow official information," he said.

[[Residents of Lankaran outside their homes after the tremor. || Photo: reader's photo via
Telegram]]

Iran's seismological centre measured the quake at magnitude 6.0, while the US Geological Survey
gave 5.8. Iranian media, citing the Red Crescent, reported early on Thursday that at least three
people had been killed and dozens injured in villages close to the epicentre, where many houses
are built of mud brick. Rescue teams were still reaching remote mountain villages in the
morning.

The Astara border crossing with Iran was operating normally, the State Customs Committee said.
Traffic on the Baku-Astara highway was not affected, and trains on the southern line ran to
schedule.

The southern regions of Azerbaijan lie close to several active faults in north-western Iran, and
strong Iranian earthquakes are regularly felt there. Seismologists at the centre said the
shaking lasted between 15 and 20 seconds in Lankaran.

Azerbaijan's Foreign Ministry expressed condolences to the families of the victims and said
Baku was ready to help if Tehran requested it. The Azerbaijani Red Crescent Society said it was in
contact with its Iranian counterpart.

Teachers in the southern regions were asked to check school buildings before the start of the
new academic year, the Ministry of Science and Education said later on Thursday morning.

This article will be updated.
""",
    "related": [
        ("How to prepare an emergency bag: MES advice", "/society/emergency-bag"),
        ("Lankaran tea harvest up on last year, producers say", "/regions/lankaran-tea"),
    ],
    "most_read": [
        ("Baku boulevard cycle lane opens", "/society/boulevard-cycle-lane"),
        ("New ferry schedule on the Caspian from Monday", "/economy/ferry-schedule"),
    ],
}

_EQ_LIVE = {
    "url": "https://tehranobserver.example/live/ardabil-earthquake",
    "headline": "Ardabil earthquake: live updates as death toll rises",
    "description": "A magnitude 6.0 earthquake near Meshginshahr in Ardabil province killed at "
    "least nine people. Follow the latest.",
    "section": "Provinces",
    "image": "meshginshahr-rescue.jpg",
    "byline": "Provinces desk: Reza Tavakoli, Maryam Sadr",
    "authors": ["Reza Tavakoli", "Maryam Sadr"],
    "date_mode": "jsonld",
    "ld_type": "LiveBlogPosting",
    "published": "2026-08-13T02:31:00+03:30",
    "modified": "2026-08-13T20:10:00+03:30",
    "visible_date": "Thursday 13 August 2026 (22 Mordad 1405). Times are Tehran time (GMT+3:30).",
    "key_points": [
        "Magnitude 6.0 quake at 02:14, 14 km south-west of Meshginshahr",
        "Nine dead, 318 injured as of 20:10",
        "54 villages damaged",
    ],
    "body": """
@@ 20:10 | Toll rises to nine dead

Reza Mojtahedi, head of Ardabil province's crisis management headquarters, says nine people have
died and 318 have been injured. Damage has been reported in 54 villages, where about 1,100 homes
were damaged and some 260 are uninhabitable. Tents are being set up in school playgrounds.

@@ 16:30 | Schools open as shelters

The provincial education department says 14 schools in Meshginshahr and nearby villages have been
opened to families whose homes are damaged or who are afraid to sleep indoors. Volunteers from
Ardabil and Tabriz are arriving with food, water and blankets.

@@ 14:00 | 47 aftershocks so far

The Iranian Seismological Center says it has recorded 47 aftershocks since the main quake, the
largest of magnitude 4.6 at 03:05. It warns residents not to re-enter badly damaged buildings.

@@ 12:40 | Helicopters reach cut-off villages

Two villages cut off by landslides are being reached by helicopter, the Red Crescent says. Road
crews are working to clear the main route south of Meshginshahr, where several rockfalls blocked
traffic overnight.

@@ 11:00 | Governor-general: seven dead, 212 injured

Governor-General Jalal Sadeghi-Nia tells state television that seven people have been killed and
212 injured, 19 of whom remain in hospital. He says most of the victims lived in older houses of
mud brick and stone in villages south-west of Meshginshahr.

[[Rescuers search a collapsed house in a village near Meshginshahr. || Photo: Iranian Red
Crescent]]

@@ 09:40 | Power back in most of Meshginshahr

The provincial electricity company says supply has been restored to most of Meshginshahr after
the quake knocked out a substation. Some villages remain without power. Hospitals in the town ran on
generators overnight and have cancelled non-urgent operations.

@@ 08:10 | Felt in Azerbaijan

Azerbaijani media report that the quake was felt in Lankaran and Astara at 02:44 local time there
(Baku is half an hour ahead of Tehran). Azerbaijan's emergency ministry says there is no damage on
its side of the border.

@@ 06:30 | Red Crescent: three dead, 41 injured

The Iranian Red Crescent says three people have been killed and 41 injured. It has sent 26
rescue teams with search dogs to the area. Roads to several villages are blocked by landslides.

@@ 05:15 | Rescue teams on the way

Red Crescent teams from Ardabil city are on their way to the villages closest to the epicentre.
Local officials say telephone lines to some of them are down, which is making it hard to assess
the damage before daylight.

@@ 04:20 | USGS gives magnitude 5.8

The US Geological Survey has put the magnitude at 5.8 and the depth at 10 km. It lists the event
at 22:44 UTC on Wednesday 12 August, which was 02:14 on Thursday in Iran.

@@ 03:05 | Strong aftershock

A strong aftershock of magnitude 4.6 has been felt in Meshginshahr. Many residents are spending
the night in the streets and in parks.

@@ 02:31 | Strong earthquake in Ardabil province

An earthquake of magnitude 6.0 struck Ardabil province at 02:14, the Iranian Seismological
Center says. The epicentre was 14 km south-west of Meshginshahr at a depth of 8 km. The tremor
was felt in Ardabil city, about 65 km to the east, and in Tabriz. There are no immediate reports
of casualties. We will bring updates through the day.
""",
    "most_read": [
        ("Tehran heatwave: offices close early", "/city/heatwave-offices"),
        ("Gilan rice harvest begins", "/provinces/gilan-rice"),
    ],
    "related": [
        ("Why Iran's villages are so vulnerable to earthquakes", "/provinces/villages-quakes"),
    ],
}

_EQ_FEATURE = {
    "url": "https://caspianreview.example/iran/ardabil-quake-villages-sabalan",
    "headline": "In the villages below Sabalan, a night of dust and a day of counting",
    "description": "The Ardabil earthquake killed nine people. Survivors ask why the mud-brick "
    "houses were still standing until it struck.",
    "section": "Iran",
    "image": "sabalan-village.jpg",
    "byline": "By Sara Rahimi",
    "date_mode": "none",
    "lead_caption": "A family salvages belongings from their house near Meshginshahr. || Photo: "
    "Sara Rahimi for The Caspian Review",
    "tags": ["Iran", "Earthquake", "Housing"],
    "body": """
The earthquake came at 02:14 on Thursday, 13 August 2025, when most of the village was asleep.
In the hamlets on the slopes west of Mount Sabalan, south-west of the town of Meshginshahr, it
lasted long enough for people to wake, understand and, in many cases, not get out.

By Friday morning the crisis management headquarters of Ardabil province put the toll at nine
dead and 331 injured. More than 1,100 houses were damaged in 54 villages, and about 260 were
judged uninhabitable. The Iranian Seismological Center measured the earthquake at magnitude 6.0,
with its epicentre 14 km south-west of Meshginshahr at a depth of 8 km; the US Geological Survey
put it at 5.8.

Those figures were not available for hours. In the first reports before dawn there were no known
casualties. By early morning the Red Crescent had counted three dead; by late morning the
provincial governor-general, Jalal Sadeghi-Nia, spoke of seven, and by the evening of Thursday
the number was nine.

## The houses

Almost all of the dead lived in houses of mud brick and river stone, built decades ago and
extended room by room. "The new houses, the ones with concrete frames, have cracks. The old ones
are gone," said Ali Gholami, 58, standing beside what remained of his brother's house. His
brother's wife was among those killed.

Iran tightened its building code after a series of deadly earthquakes, including the 1997
Ardabil earthquake, which killed about 1,100 people. Rural reconstruction programmes have
replaced many traditional houses, but villagers say the subsidies rarely cover the full cost.
"They give you a loan for a third of the house. Who pays the other two-thirds?" Gholami asked.

## The response

The Red Crescent, which sent 26 rescue teams in the first hours, had more than 40 teams in the
area by Thursday evening, along with 2,400 tents, according to its provincial office. Helicopters
carried injured people from two villages cut off by landslides.

Reza Mojtahedi, who heads the provincial crisis management headquarters, said the priority was
shelter before the nights turned cold. "In six weeks it will be below freezing up here. We cannot
leave families in tents until then," he said.

The Iranian Seismological Center recorded more than 60 aftershocks by Thursday night. Many
families slept outside for a second night, even those whose houses were intact.

## Across the border

The shaking was felt across the border in southern Azerbaijan, where residents of Lankaran and
Astara ran into the streets. Azerbaijan reported no damage and offered assistance.

In Meshginshahr itself, where electricity was restored by Thursday afternoon, the town's schools
became shelters, and volunteers from Ardabil and Tabriz arrived with food and water. At one
school, a teacher was keeping a list on the blackboard: names of families, numbers of children,
and what each needed. By Friday it filled the board.
""",
    "most_read": [
        ("Can the Caspian's seals survive the shrinking sea?", "/environment/caspian-seals"),
        ("Armenia's regional elections: what to watch", "/caucasus/armenia-local-elections"),
    ],
    "related": [
        ("Iran's rural housing programme, explained", "/iran/rural-housing"),
    ],
}

# ---------------------------------------------------------------------------
# STORIES
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-DC1",
        "part": "DC",
        "domain": "central bank",
        "fetched": "2026-04-24",
        "articles": [
            _art("cws", _CB_WIRE),
            _art("ledger", _CB_LIVE),
            _art("frm", _CB_TRADE),
            _art("kura", _CB_PAPER),
        ],
        "planted": [],
    },
    {
        "id": "el-DC2",
        "part": "DC",
        "domain": "election",
        "fetched": "2026-09-30",
        "articles": [
            _art("shirak", _EL_LIVE),
            _art("apa", _EL_WIRE),
            _art("chron", _EL_PAPER),
            _art("armobs", _EL_ANALYSIS),
        ],
        "planted": [
            ("weekday of the vote", r"\bsunday\b", r"\bsaturday\b"),
            ("Civil Accord seats", r"\b(?:11|eleven) seats\b", r"\b(?:13|thirteen) seats\b"),
            ("who said 'continuity ... change'", r"balasan(?:y|i)an",
             r"ter[- ]?grigor(?:y|i)an"),
        ],
    },
    {
        "id": "ct-DC3",
        "part": "DC",
        "domain": "court",
        "fetched": "2026-07-15",
        "articles": [
            _art("cws", _CT_WIRE),
            _art("batumi", _CT_LOCAL),
            _art("lex", _CT_TRADE),
            _art("gwp", _CT_WEEKLY),
        ],
        "planted": [],
    },
    {
        "id": "tr-DC4",
        "part": "DC",
        "domain": "trade",
        "fetched": "2026-06-18",
        "articles": [
            _art("apa", _TR_WIRE),
            _art("tbr", _TR_IRAN),
            _art("chron", _TR_PAPER),
            _art("silk", _TR_FREIGHT),
        ],
        "planted": [
            ("terminal cost", r"\$\s?46(?:\.0)?\s?(?:million|mn|m)\b",
             r"\$\s?64(?:\.0)?\s?(?:million|mn|m)\b"),
            ("Kiani's post", r"industry,? mines? and trade", r"foreign minister"),
            ("agreement term", r"\b(?:10|ten)[- ]year\b|\b(?:10|ten) years\b",
             r"\b(?:20|twenty)[- ]year\b|\b(?:20|twenty) years\b"),
        ],
    },
    {
        "id": "rk-DC5",
        "part": "DC",
        "domain": "rocket",
        "fetched": "2026-10-22",
        "articles": [
            _art("gcna", _RK_WIRE),
            _art("tobs", _RK_LIVE),
            _art("orbit", _RK_TRADE),
            _art("caspian", _RK_ANALYSIS),
        ],
        "planted": [],
    },
    {
        "id": "eq-DC6",
        "part": "DC",
        "domain": "earthquake",
        "fetched": "2026-08-15",
        "articles": [
            _art("gcna", _EQ_WIRE),
            _art("baku", _EQ_BAKU),
            _art("tobs", _EQ_LIVE),
            _art("caspian", _EQ_FEATURE),
        ],
        "planted": [
            ("epicentre town", r"meshgin[- ]?shahr", r"khalkhal"),
            ("local time of the quake", r"\b0?2[:.]14\b", r"\b0?1[:.]42\b"),
            ("year of the quake", r"\b2026\b", r"\b2025\b"),
        ],
    },
]
