"""Story battery, part DB — the Baltic states and Finland, events in 2026.

Written by engineer DB1 on 2026-12-07 for the twenty-ninth batch, a precision batch: most
differences between outlets are legitimate and must NOT be reported; only three stories carry
exactly three planted contradictions each, and three stories are controls with none. All
outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only. Every domain ends in .example. Pages are whole HTML documents built
by the small helpers below (text is html-escaped).

cb-DB1 (central bank). Eesti Pank, Tallinn, Tuesday 16 June 2026, 11:00 EEST (08:00 UTC, 09:00
BST): countercyclical capital buffer raised from 1% to 1.5% (0.5 percentage point, 50bp) of
domestic risk-weighted exposures, applying from 1 July 2027; banks need about €180 million
(~$205 million) more capital; impact on loan margins at most 0.1 pp. Same day June forecast:
GDP 2026 1.3% (March forecast 2.0%), 2027 2.4%; HICP 2026 4.6%, 2027 2.9%; May HICP flash
4.8%, core 3.4%; unemployment 7.1%. Banks' net profit 2025 €1.12bn, Q1 2026 €263m; housing
loans €11.4bn, +7.9% y/y in April; new housing loan rate 3.6%. Buffer at 1% since December
2023. ECB deposit rate held at 2.00% on Thursday 11 June. Governor Madis Kaldma said "Banks are
earning well ... when the sun is shining, not when the storm has already arrived"; Deputy
Governor Ülle Saarepera (financial stability) said retained earnings will cover it. PLANTED (3):
extra capital €180 million (right) vs €280 million (wrong, Tallinn Ledger); buffer applies from
1 July 2027 (right) vs 1 July 2028 (wrong, Tartu Today); the "sun is shining" quote by Kaldma
(right) vs attributed to Deputy Governor Saarepera (wrong, Nordic Banking Review). Outlets: Baltic
Wire Service wire (16 June, article:published_time 08:41Z and visible BST time), Tallinn Ledger
newspaper next day (visible date only, "yesterday"), Tartu Today local site (JSON-LD 14:20
+03:00), Nordic Banking Review trade site (NO date at all). Traps: 1% -> 1.5% vs "50 basis
points" vs "half a percentage point"; May inflation 4.8% vs 2026 forecast 4.6% vs core 3.4%;
March forecast 2.0% vs June 1.3%; €180m vs $205m; 11:00 local vs 0800 GMT vs 9:41 AM BST; Eesti
Pank vs Bank of Estonia; "Ülle" with diacritic; partial vs full quote wording; other countries'
buffers (Lithuania 1%, Latvia 0.5%, Finland 0%) and a Finnish systemic risk buffer in a sidebar;
Tartu flat prices and other regional figures; "last Thursday" (11 June) for the ECB.

el-DB2 (election). Latvian Saeima election (15th Saeima, 100 seats, 5% threshold), Saturday 3
October 2026, polls 07:00-20:00 EEST (17:00 UTC). CVK (chair Kristīne Bērziņa) preliminary
results with all 1,113 polling stations counted at 09:40 EEST Sunday 4 October: Civic Alliance
23.4% 26 seats (14 in 2022), Daugava Union 17.2% 19 (24 in 2022), Latvia Forward 13.8% 15,
National Bloc 12.9% 14, Green Regions 10.1% 11, Citizens' List 8.3% 9, New Harbour 5.6% 6;
Latgale Voice 4.7% (out); below-threshold lists 8.7% combined. Turnout 56.1% at close of polls
(without abroad/postal), final 58.9% (~895,000 of ~1.52 million), 2022: 59.4%. Leader Edgars
Kalniņš, 47, ex-mayor of Valmiera; outgoing PM Laura Strautiņa conceded about 10:40 Sunday.
CA+LF+GR = 52 seats. New Saeima convenes Tuesday 3 November. PLANTED (3): Daugava Union 19 seats
(right) vs 21 (wrong, Nordic Press Agency wire); vote on Saturday (right) vs "Sunday's
parliamentary election" (wrong, Helsinki Observer); name Kalniņš (right) vs "Kalnietis"
(wrong, Baltic Policy Monitor). Outlets: Riga Current live page (published_time 16:45Z, updates
19:45 Sat to 10:40 Sun EEST), NPA wire (visible "04 October 2026 | 08:12 GMT" only), Helsinki
Observer next-day analysis (NO date at all), Baltic Policy Monitor specialist (JSON-LD 5 Oct).
Traps: partial counts growing through the night (31%, 78%, 98.6%) with shifting shares; exit
poll (forecast) vs result; turnout 56.1% at close vs final 58.9% vs "just under 59%"; 2022
turnout and seats; 6.2 percentage points vs 7 seats; first results 00:35 EEST Sunday = 21:30
GMT Saturday; 09:40 EEST = "shortly before 0700 GMT"; quote wordings with/without comma;
Kalniņš with diacritics vs reported speech; sidebar votes (54-41, 49-51) from other stories.

ct-DB3 (court). CONTROL — no planted disagreement, no real contradiction. Supreme Court of
Estonia (Riigikohus), Tartu, criminal chamber, three-justice panel presided by Justice Kaja
Mägiste (with Toomas Vaino, Liina Reiman), ruling made public Thursday 14 May 2026, 11:00 EEST
(08:00 UTC), case 1-23-4518: appeals of both defence and prosecution dismissed, so the Tallinn
Circuit Court judgment of 26 June 2025 becomes final: 3 years 6 months (42 months), 10 months to
serve, rest (32 months) suspended with 3 years' probation; €412,000 bribes (2020-2022)
confiscated. Earlier: Harju County Court, 11 December 2024, 4 years 2 months (50 months) fully
custodial. Defendant Jaanus (Peeter) Toomsalu, 58, Tallinn deputy mayor 2019-2023 (city property
and land use), arrested March 2023, 47 days in custody. Co-defendant Mart Kuusik (2 years
suspended, final 2025), Merevaate Arendus OÜ fined €150,000. Prosecutor Triin Allik, defence
Andres Pihlak. Outlets: Baltic Wire Service wire (published_time 08:52Z), Emajõe Post Tartu local
(visible "14.05.2026 at 15:32" only), Tallinn Ledger next day (NO date at all, "on Thursday"),
Baltic Legal Weekly (JSON-LD 19 May, "last Thursday, 14 May"). Traps: county court vs circuit
court sentences; 3 years 6 months vs three and a half years vs 42 months; 10 months vs "roughly
eight and a half months remain" after custody credit; €412,000 vs "more than €400,000" vs
$470,000; Riigikohus vs Supreme Court vs "Estonia's highest court"; Tartu seat vs Tallinn case;
name with/without middle name; role phrased several ways; Allik quote in two wordings; dateline
TARTU vs Tallinn Ledger; other courts' figures in sidebars.

tr-DB4 (trade). CONTROL — no planted disagreement, no real contradiction. Finnish Customs
preliminary March 2026 goods trade, released Thursday 21 May 2026 at 09:00 EEST (06:00 GMT):
exports €6.31bn (-4.2% y/y; $7.2bn), imports €6.55bn (+1.8%), deficit €240m (surplus €160m in
March 2025); Q1 exports €18.04bn (-1.1%), imports €18.63bn (+0.6%), deficit €590m. Forest
industry exports €1.21bn (-9.8%; paper and board -12.4%, pulp -8.1%, sawn wood -3.9% in value
while sawn softwood volume +2% per the Forest Industries Federation); Q1 forest €3.58bn (-6.2%);
machinery +6.4%, chemicals -2.7%, metals -5.1%; US €490m (-11.6%), Germany €840m (+2.1%), Sweden
-3.5%, China -14.0%. February revised from -2.9% to -3.3%. 2025 exports €77.8bn. Port of
HaminaKotka March 1.18 Mt (-3.0%), exports 0.79 Mt, Q1 3.41 Mt, containers 42,600 TEU (+1.4%),
2025 13.9 Mt. Outlets: NPA wire (published_time 06:31Z + visible GMT), Pulp & Timber Nordic trade
site (visible "Published 22 May 2026" only), Kymi Coast News Kotka local (NO date at all). Traps:
month vs year to date; forest sector vs total; value vs volume; revised February figure; euros vs
dollars; tonnage down vs TEU up; Statistics Sweden's figure for Sweden; 0600 GMT vs 09:00 local;
"head of statistics" vs "heads the statistics unit"; other countries' figures in sidebars.

rk-DB5 (rocket). CONTROL — no planted disagreement, no real contradiction. Nordhavn Launch's
Skarv (second flight) lifted off from Andøya Spaceport, Norway, Wednesday 9 September 2026 at
06:42 CEST = 04:42 UTC = 07:42 EEST (Finnish and Riga time), after scrubs on Monday 7 (winds)
and Tuesday 8 September (abort at T-4 min, second-stage valve sensor). Revontuli Space (Espoo)
RV-3, RV-4, RV-5 (96 kg each) released T+58 min (05:40 UTC, 08:40 EEST) into ~530 km (329 mi)
SSO, 97.5°; RTU's 3U DaugavSat-1 (4 kg) at T+62 min (05:44 UTC, 08:44 Riga). Contacts: RV-3
06:12 UTC (09:12 EEST), RV-4 06:31 UTC (09:31), RV-5 08:05 UTC (11:05). DaugavSat-1 beacon
first heard by a radio amateur in Japan at 10:18 Riga time, RTU station at 12:26. Maiden flight
19 March 2026 lost 74 s after liftoff. Revontuli fleet now 5, target 16 by end-2028; Business
Finland grant €6.5m (2024); launch contract €11m. Outlets: Helsinki Observer live page
(published_time 04:05Z, updates 07:05-11:20 EEST), Baltic Wire Service wire (visible "First
published 06:48 GMT, updated 08:26 GMT" only), Nordic Space Report (JSON-LD 10 September, T+
timeline in UTC), Riga Current local (NO date at all). Traps: CEST vs EEST vs UTC/GMT; "just
under an hour" vs 58 minutes; km vs miles; two of three vs all three satellites in contact
(timestamped); fleet 2 -> 5; second flight vs maiden flight figures; "third attempt this week";
Venta-1 (2017) and sidebar figures.

eq-DB6 (earthquake). Earthquake under the Gulf of Finland about 20 km north of Paldiski (about
40 km west of Tallinn, about 85 km south-west of Helsinki), Sunday 12 July 2026 at 01:12 EEST =
22:12 UTC Saturday 11 July. Institute of Seismology (University of Helsinki) ML 4.6, depth ~8
km; Geological Survey of Estonia 4.5; USGS 4.4 at 10 km; EMSC 4.5. Strongest shaking about 15
seconds (Tuomas Kivelä). Aftershocks 2.1 at 03:47, 1.6 at 05:20, one at 11:48, 1.4 at 18:02
(four by Sunday evening). Felt reports >5,200 by noon, ~6,900 by evening; Estonian Emergency
Response Centre 1,460 calls in the first hour; Finnish centres ~620 overnight. Two lightly
injured (Paldiski woman, 71; Keila man). Paldiski damage reports ~20 buildings at 06:20, 38 by
17:00, 43 by 19:10; Elektrilevi 3,800 customers off, restored by 04:30; Estlink and
Balticconnector undamaged. Strongest since the Osmussaar earthquake of October 1976. PLANTED
(3): epicentre near Paldiski (right) vs near Haapsalu (wrong, Nordic Press Agency wire); time
01:12 (right) vs 01.21 (wrong, Helsinki Observer); strongest shaking about 15 seconds (right)
vs about 50 seconds, attributed to the same seismologist (wrong, Pakri Pulse). Outlets: Tallinn
Ledger live page (published_time 22:38Z on 11 July, updates 01:38-19:10 EEST), NPA wire
(visible "11 July 2026 | 23:40 GMT" only, UTC date), Helsinki Observer Monday feature (NO date
at all), Pakri Pulse Paldiski local (visible "Sunday 12 July 2026, 18:05"). Traps: Saturday
22:12 GMT vs Sunday 01:12 local; magnitudes and depths from four agencies; counts growing over
the day (calls, felt reports, damaged buildings, aftershocks); "no immediate reports of
injuries" early vs two lightly injured later; "more than 600" vs about 620 calls; checks under
way vs no damage found; "fifty years later" vs 1976.
"""

import html
import json
import re

_WS = re.compile(r"\s+")


def _e(text):
    return html.escape(text, quote=True)


def _clean(text):
    return _WS.sub(" ", text).strip()


# --------------------------------------------------------------------------- outlets

SITES = {
    "bws": {
        "name": "Baltic Wire Service",
        "domain": "balticwire.example",
        "skin": "wire",
        "title": "{h} | Baltic Wire Service",
        "nav": ["World", "Business", "Markets", "Politics", "Tech", "Sport", "Video"],
        "cookie": (
            "We use cookies to personalise content and ads and to analyse our traffic. "
            "You can change your choice at any time in Privacy settings."
        ),
        "cookie_buttons": ["Accept all", "Reject non-essential", "Manage preferences"],
        "share": ["Share on X", "Share on Facebook", "Share on LinkedIn", "Email", "Copy link"],
        "ad": "Advertisement",
        "more_title": "More from Baltic Wire Service",
        "footer": [
            "About BWS", "Trust principles", "Careers", "Contact us", "Terms of use",
            "Privacy", "Cookie settings",
        ],
        "copyright": "© 2026 Baltic Wire Service. All rights reserved.",
    },
    "npa": {
        "name": "Nordic Press Agency",
        "domain": "npa.example",
        "skin": "wire",
        "title": "{h} - Nordic Press Agency",
        "nav": ["Home", "World", "Europe", "Business", "Energy", "Climate", "Science"],
        "cookie": (
            "NPA and its partners store and access information on your device. Select "
            "'Agree' to consent or 'Options' to choose what you allow."
        ),
        "cookie_buttons": ["Agree", "Options"],
        "share": ["Post", "Share", "LinkedIn", "WhatsApp", "Print"],
        "ad": "ADVERTISEMENT",
        "more_title": "Latest from NPA",
        "footer": [
            "About NPA", "Editorial standards", "Licensing", "Newsroom contacts",
            "Accessibility", "Privacy notice",
        ],
        "copyright": "Nordic Press Agency © 2026",
    },
    "ledger": {
        "name": "The Tallinn Ledger",
        "domain": "tallinnledger.example",
        "skin": "paper",
        "title": "{h} | The Tallinn Ledger",
        "nav": ["News", "Estonia", "Business", "Opinion", "Culture", "Sport", "Podcasts"],
        "cookie": (
            "The Tallinn Ledger uses cookies to keep the site working, to measure audiences "
            "and to show you relevant advertising."
        ),
        "cookie_buttons": ["OK, I agree", "Settings"],
        "share": ["Facebook", "X", "Telegram", "Email"],
        "ad": "Advertisement",
        "newsletter": (
            "Morning Ledger: the day's essential Estonian news in your inbox at 7am. "
            "Free, every weekday."
        ),
        "footer": [
            "Subscribe", "E-paper", "Advertise with us", "Contact the newsroom",
            "Code of ethics", "Privacy policy", "Cookies",
        ],
        "copyright": "© 2026 Ledger Media AS, Tallinn",
    },
    "observer": {
        "name": "Helsinki Observer",
        "domain": "helsinkiobserver.example",
        "skin": "paper",
        "title": "{h} – Helsinki Observer",
        "nav": ["Finland", "World", "Economy", "Science", "Culture", "Opinion", "Weekend"],
        "cookie": (
            "This site uses cookies. Some are essential, others help us improve the service "
            "and target advertising. Read more in our cookie policy."
        ),
        "cookie_buttons": ["Accept", "Only essential", "Cookie settings"],
        "share": ["Share", "Tweet", "Email", "Copy link"],
        "ad": "Mainos / Advertisement",
        "newsletter": (
            "Get the Observer Briefing: Finland and the Nordics, explained in five minutes "
            "every morning."
        ),
        "footer": [
            "Subscribe", "Customer service", "Newsroom", "Tips", "Advertising",
            "Terms", "Data protection",
        ],
        "copyright": "© Helsinki Observer Oy 2026",
    },
    "tartu": {
        "name": "Tartu Today",
        "domain": "tartutoday.example",
        "skin": "local",
        "title": "{h} - Tartu Today",
        "nav": ["Home", "City", "Money", "University", "Events", "Sport"],
        "cookie": "We use cookies to make Tartu Today work better. Is that OK?",
        "cookie_buttons": ["Yes", "No thanks"],
        "share": ["Facebook", "WhatsApp", "Email"],
        "ad": "Advertisement",
        "weather": "Tartu 19°C, light cloud",
        "footer": ["About us", "Send a tip", "Advertise", "Privacy"],
        "copyright": "© Tartu Today 2026",
    },
    "emajoe": {
        "name": "Emajõe Post",
        "domain": "emajoepost.example",
        "skin": "local",
        "title": "Emajõe Post: {h}",
        "nav": ["News", "Tartu", "Tartu County", "Business", "Culture", "Obituaries"],
        "cookie": (
            "Emajõe Post uses cookies and similar technologies for statistics and advertising."
        ),
        "cookie_buttons": ["Accept cookies", "Decline"],
        "share": ["Share on Facebook", "Send by email"],
        "ad": "Advertisement",
        "weather": "Tartu 14°C, showers",
        "footer": ["Editorial office", "Subscriptions", "Advertising", "Privacy"],
        "copyright": "Emajõe Post © 2026",
    },
    "riga": {
        "name": "Riga Current",
        "domain": "rigacurrent.example",
        "skin": "local",
        "title": "{h} | Riga Current",
        "nav": ["Latvia", "Riga", "Politics", "Business", "Science", "Lifestyle"],
        "cookie": (
            "Riga Current uses cookies to analyse traffic and show ads. By clicking Accept you "
            "agree to this."
        ),
        "cookie_buttons": ["Accept", "Customise"],
        "share": ["Facebook", "X", "WhatsApp", "Email"],
        "ad": "Advertisement",
        "weather": "Riga 12°C, clear",
        "footer": ["About", "Team", "Support our journalism", "Contact", "Privacy"],
        "copyright": "© 2026 Riga Current SIA",
    },
    "kymi": {
        "name": "Kymi Coast News",
        "domain": "kymicoast.example",
        "skin": "local",
        "title": "{h} – Kymi Coast News",
        "nav": ["Kotka", "Hamina", "Kouvola", "Business", "Sport", "Events"],
        "cookie": "Kymi Coast News uses cookies. Continue to the site or change your settings.",
        "cookie_buttons": ["Continue", "Settings"],
        "share": ["Facebook", "Email", "Print"],
        "ad": "Advertisement",
        "weather": "Kotka 15°C, sunny spells",
        "footer": ["Contact", "Advertise", "Subscribe", "Privacy"],
        "copyright": "© Kymi Coast News 2026",
    },
    "pakri": {
        "name": "Pakri Pulse",
        "domain": "pakripulse.example",
        "skin": "local",
        "title": "{h} | Pakri Pulse",
        "nav": ["News", "Paldiski", "Keila", "Harju County", "Community", "Notices"],
        "cookie": "This website uses cookies for statistics. You can refuse them.",
        "cookie_buttons": ["Allow", "Refuse"],
        "share": ["Facebook", "Email"],
        "ad": "Advertisement",
        "weather": "Paldiski 17°C, wind NW 6 m/s",
        "footer": ["About Pakri Pulse", "Send us news", "Advertising", "Privacy"],
        "copyright": "Pakri Pulse © 2026",
    },
    "nbr": {
        "name": "Nordic Banking Review",
        "domain": "nordicbankingreview.example",
        "skin": "trade",
        "title": "{h} | Nordic Banking Review",
        "nav": ["Regulation", "Banks", "Payments", "Fintech", "Data", "Events", "Jobs"],
        "cookie": (
            "We use cookies to provide our subscription service and to understand how "
            "readers use the site."
        ),
        "cookie_buttons": ["Accept", "Manage"],
        "share": ["LinkedIn", "X", "Email"],
        "ad": "Sponsored",
        "promo": "Webinar: Basel III endgame in the Nordics — register now",
        "footer": ["About", "Subscriptions", "Events", "Advertise", "Terms", "Privacy"],
        "copyright": "© 2026 Nordic Banking Review Ltd",
    },
    "bpm": {
        "name": "Baltic Policy Monitor",
        "domain": "balticpolicy.example",
        "skin": "trade",
        "title": "{h} - Baltic Policy Monitor",
        "nav": ["Analysis", "Elections", "Security", "Economy", "Data", "About"],
        "cookie": "We use only essential and analytics cookies.",
        "cookie_buttons": ["OK", "Details"],
        "share": ["LinkedIn", "X", "Email", "Download PDF"],
        "ad": "Partner content",
        "promo": "Briefing for members: Baltic security after 2026 — Riga, 22 October",
        "footer": ["About the Monitor", "Our analysts", "Funding", "Contact", "Privacy"],
        "copyright": "© Baltic Policy Monitor 2026",
    },
    "blw": {
        "name": "Baltic Legal Weekly",
        "domain": "balticlegalweekly.example",
        "skin": "trade",
        "title": "{h} | Baltic Legal Weekly",
        "nav": ["Estonia", "Latvia", "Lithuania", "Courts", "Deals", "People", "Rankings"],
        "cookie": "Baltic Legal Weekly uses cookies. See our cookie notice for details.",
        "cookie_buttons": ["Accept all", "Necessary only"],
        "share": ["LinkedIn", "Email", "Print"],
        "ad": "Advertisement",
        "promo": "Baltic Disputes Forum 2026 — early-bird tickets until 31 May",
        "footer": ["About", "Subscribe", "Submit a deal", "Advertise", "Terms", "Privacy"],
        "copyright": "© 2026 Baltic Legal Weekly",
    },
    "ptn": {
        "name": "Pulp & Timber Nordic",
        "domain": "pulptimber.example",
        "skin": "trade",
        "title": "{h} | Pulp & Timber Nordic",
        "nav": ["Markets", "Pulp", "Paper", "Sawn wood", "Packaging", "Companies", "Prices"],
        "cookie": "We use cookies to run this site and to count visitors.",
        "cookie_buttons": ["Accept", "Settings"],
        "share": ["LinkedIn", "X", "Email"],
        "ad": "Advertisement",
        "promo": "Price index subscribers: weekly NBSK and BHKP assessments every Friday",
        "footer": ["About", "Price data", "Subscribe", "Advertise", "Contact", "Privacy"],
        "copyright": "© Pulp & Timber Nordic 2026",
    },
    "nsr": {
        "name": "Nordic Space Report",
        "domain": "nordicspacereport.example",
        "skin": "trade",
        "title": "{h} — Nordic Space Report",
        "nav": ["Launch", "Satellites", "Industry", "Defence", "Science", "Podcast"],
        "cookie": "Nordic Space Report uses cookies for analytics and advertising.",
        "cookie_buttons": ["Accept", "Decline"],
        "share": ["X", "LinkedIn", "Reddit", "Email"],
        "ad": "Advertisement",
        "promo": "Newsletter: Launch Manifest — every Nordic launch, every Friday",
        "footer": ["About", "Advertise", "Write for us", "Contact", "Privacy"],
        "copyright": "© 2026 Nordic Space Report",
    },
}


# --------------------------------------------------------------------------- rendering


def _ad(site, slot):
    return (
        f'<div class="ad-slot ad-{slot}" aria-hidden="true"><span class="ad-label">'
        f'{_e(site["ad"])}</span><div class="ad-frame" data-slot="{slot}"></div></div>'
    )


def _figure(site, caption, credit, n):
    src = f"https://static.{site['domain']}/img/2026/photo-{n:03d}.jpg"
    return (
        f'<figure class="photo"><img src="{src}" alt="{_e(caption)}" loading="lazy">'
        f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span>"
        "</figcaption></figure>"
    )


def _render_body(site, block):
    parts = []
    in_entry = False
    figs = 0
    ads = 0
    for raw in block.strip().split("\n\n"):
        chunk = _clean(raw)
        if not chunk:
            continue
        if chunk == "[[ad]]":
            ads += 1
            parts.append(_ad(site, f"inarticle-{ads}"))
        elif chunk.startswith("[[fig ") and chunk.endswith("]]"):
            figs += 1
            cap, _, credit = chunk[6:-2].partition("||")
            parts.append(_figure(site, cap.strip(), credit.strip(), figs + 1))
        elif chunk.startswith("## "):
            parts.append(f"<h2>{_e(chunk[3:])}</h2>")
        elif chunk.startswith("@@ "):
            if in_entry:
                parts.append("</section>")
            stamp, _, title = chunk[3:].partition("|")
            parts.append(
                '<section class="live-entry"><p class="live-stamp"><time>'
                f"{_e(stamp.strip())}</time></p><h3>{_e(title.strip())}</h3>"
            )
            in_entry = True
        elif chunk.startswith("* "):
            items = [x.strip() for x in chunk[2:].split(" * ") if x.strip()]
            parts.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>")
        else:
            parts.append(f"<p>{_e(chunk)}</p>")
    if in_entry:
        parts.append("</section>")
    return "\n".join(parts)


def _links(site, items, cls, title, ordered=False):
    tag = "ol" if ordered else "ul"
    lis = []
    for i, text in enumerate(items):
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
        href = f'https://{site["domain"]}/{cls}/{slug}-{i + 1}'
        lis.append(f'<li><a href="{href}">{_e(text)}</a></li>')
    return f'<div class="{cls}"><h4>{_e(title)}</h4><{tag}>{"".join(lis)}</{tag}></div>'


def _head(site, art):
    title = site["title"].format(h=art["headline"])
    desc = art.get("description") or art["standfirst"]
    url = art["url"]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(desc)}">',
        f'<link rel="canonical" href="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(art["headline"])}">',
        f'<meta property="og:description" content="{_e(desc)}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:image" content="https://static.{site["domain"]}/img/2026/og.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if art.get("meta_time"):
        out.append(f'<meta property="article:published_time" content="{art["meta_time"]}">')
        if art.get("meta_modified"):
            out.append(
                f'<meta property="article:modified_time" content="{art["meta_modified"]}">'
            )
        out.append(f'<meta property="article:section" content="{_e(art["section"])}">')
    if art.get("ld_time"):
        ld = {
            "@context": "https://schema.org",
            "@type": art.get("ld_type", "NewsArticle"),
            "headline": art["headline"],
            "description": desc,
            "datePublished": art["ld_time"],
            "author": {"@type": "Person", "name": art.get("author", site["name"])},
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        out.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False)
            + "</script>"
        )
    out.append(f'<link rel="stylesheet" href="https://static.{site["domain"]}/css/site.css">')
    out.append("</head>")
    return "\n".join(out)


def _cookie(site, cls):
    buttons = "".join(f'<button type="button">{_e(b)}</button>' for b in site["cookie_buttons"])
    return f'<div class="{cls}" role="dialog"><p>{_e(site["cookie"])}</p>{buttons}</div>'


def _nav(site, cls):
    items = "".join(
        f'<li><a href="https://{site["domain"]}/{n.lower().replace(" ", "-")}/">{_e(n)}</a></li>'
        for n in site["nav"]
    )
    return f'<nav class="{cls}"><ul>{items}</ul></nav>'


def _share(site):
    btns = "".join(f'<a class="share-btn" href="#">{_e(s)}</a>' for s in site["share"])
    return f'<div class="share-bar">{btns}</div>'


def _footer(site):
    links = "".join(f'<a href="https://{site["domain"]}/info/">{_e(x)}</a>' for x in site["footer"])
    return (
        f'<footer class="site-footer"><div class="links">{links}</div>'
        f'<p>{_e(site["copyright"])}</p></footer>'
    )


def _byline(art):
    bits = [f'<span class="author">{_e(art["byline"])}</span>']
    if art.get("visible_date"):
        bits.append(f'<span class="pubdate">{_e(art["visible_date"])}</span>')
    return '<div class="byline">' + " ".join(bits) + "</div>"


def _lead_figure(site, art):
    if not art.get("lead_fig"):
        return ""
    cap, credit = art["lead_fig"]
    return _figure(site, cap, credit, 1)


def page(site_key, art):
    site = SITES[site_key]
    skin = site["skin"]
    body = _render_body(site, art["body"])
    related = art.get("related", [])
    most = art.get("most_read", [])
    head = _head(site, art)
    logo = f'<a class="logo" href="https://{site["domain"]}/">{_e(site["name"])}</a>'
    if skin == "wire":
        top = (
            _cookie(site, "consent-banner")
            + f'<header class="wire-header">{logo}{_nav(site, "primary-nav")}'
            + '<form class="search"><input type="search" placeholder="Search"></form></header>'
        )
        article = (
            f'<article class="story"><p class="section-label">{_e(art["section"])}</p>'
            f'<h1>{_e(art["headline"])}</h1>'
            f'<p class="summary">{_e(art["standfirst"])}</p>'
            + _byline(art)
            + _share(site)
            + _lead_figure(site, art)
            + f'<div class="story-body">{body}</div>'
            + f'<p class="standards">{_e(site["name"])} editorial standards apply.</p>'
            + "</article>"
        )
        side = _links(site, related, "more-news", site["more_title"])
        if most:
            side += _links(site, most, "trending", "Trending", ordered=True)
        side += _ad(site, "rail")
        html_out = (
            f"{head}\n<body class=\"wire\">\n{top}\n<main>{article}\n<aside>{side}</aside>"
            f"</main>\n{_footer(site)}\n</body>\n</html>\n"
        )
    elif skin == "paper":
        crumbs = (
            f'<p class="breadcrumb"><a href="#">{_e(site["nav"][0])}</a> › '
            f'{_e(art["section"])}</p>'
        )
        live_badge = '<span class="live-badge">LIVE</span>' if art.get("live") else ""
        keypts = ""
        if art.get("key_points"):
            keypts = '<div class="key-points"><h2>Key points</h2><ul>' + "".join(
                f"<li>{_e(k)}</li>" for k in art["key_points"]
            ) + "</ul></div>"
        top = (
            f'<div class="topbar"><a href="#">Subscribe</a> <a href="#">Log in</a></div>'
            f'<header class="masthead">{logo}</header>{_nav(site, "main-nav")}'
        )
        article = (
            f'<article class="article">{crumbs}{live_badge}<h1>{_e(art["headline"])}</h1>'
            f'<p class="standfirst">{_e(art["standfirst"])}</p>'
            + _lead_figure(site, art)
            + _byline(art)
            + _share(site)
            + keypts
            + f'<div class="article-body">{body}</div>'
            + (
                '<div class="tags">'
                + "".join(f'<a href="#">{_e(t)}</a>' for t in art.get("tags", []))
                + "</div>"
            )
            + "</article>"
        )
        side = _links(site, most, "most-read", "Most read", ordered=True)
        side += _ad(site, "sidebar")
        side += _links(site, related, "related", "Related")
        news = (
            f'<section class="newsletter"><h4>Newsletter</h4><p>{_e(site["newsletter"])}</p>'
            '<form><input type="email" placeholder="Your email"><button>Sign up</button></form>'
            "</section>"
        )
        html_out = (
            f"{head}\n<body>\n{top}\n<main>{article}\n<aside>{side}</aside>{news}</main>\n"
            f"{_footer(site)}\n{_cookie(site, 'cookie-modal')}\n</body>\n</html>\n"
        )
    elif skin == "local":
        top = (
            f'<header class="local-header">{logo}<span class="weather">{_e(site["weather"])}'
            f"</span></header>{_nav(site, 'menu')}"
        )
        article = (
            f'<article><h1>{_e(art["headline"])}</h1>'
            f'<p class="lede">{_e(art["standfirst"])}</p>'
            + _byline(art)
            + _lead_figure(site, art)
            + f'<div class="content">{body}</div>'
            + _share(site)
            + "</article>"
        )
        side = _links(site, related, "read-also", "Read also")
        if most:
            side += _links(site, most, "popular", "Popular this week", ordered=True)
        side += _ad(site, "box")
        html_out = (
            f"{head}\n<body class=\"local\">\n{top}\n<div class=\"wrap\">{article}\n"
            f"<aside>{side}</aside></div>\n{_footer(site)}\n"
            f"{_cookie(site, 'cookie-bar')}\n</body>\n</html>\n"
        )
    else:  # trade
        top = (
            _cookie(site, "gdpr")
            + f'<header class="trade-header">{logo}{_nav(site, "sections")}'
            + '<a class="cta" href="#">Subscribe</a></header>'
            + f'<div class="promo-strip">{_e(site["promo"])}</div>'
        )
        article = (
            f'<article class="analysis"><p class="kicker">{_e(art["section"])}</p>'
            f'<h1>{_e(art["headline"])}</h1><p class="dek">{_e(art["standfirst"])}</p>'
            + _byline(art)
            + _share(site)
            + _lead_figure(site, art)
            + f'<div class="body">{body}</div>'
            + '<p class="paywall-note">You are reading a free article. Subscribe for full '
            "access to analysis and data.</p></article>"
        )
        side = _links(site, related, "related-analysis", "Related analysis")
        if most:
            side += _links(site, most, "most-viewed", "Most viewed", ordered=True)
        side += _ad(site, "mpu")
        html_out = (
            f"{head}\n<body class=\"trade\">\n{top}\n<main>{article}<aside>{side}</aside>"
            f"</main>\n{_footer(site)}\n</body>\n</html>\n"
        )
    return {"url": art["url"], "html": html_out}


# =========================================================================== cb-DB1

_CB_WIRE = page("bws", {
    "url": "https://www.balticwire.example/business/"
           "estonia-central-bank-raises-capital-buffer-cuts-growth-forecast-2026-06-16/",
    "headline": "Estonia's central bank raises bank capital buffer, cuts 2026 growth forecast",
    "standfirst": "Eesti Pank lifts countercyclical buffer to 1.5% from July 2027; now sees "
                  "1.3% growth this year",
    "byline": "By Maarja Lepp",
    "section": "Business",
    "meta_time": "2026-06-16T08:41:00Z",
    "visible_date": "June 16, 2026 9:41 AM BST",
    "lead_fig": ("Eesti Pank headquarters on Estonia Avenue in Tallinn.",
                 "BWS/Kaspar Ilves"),
    "related": [
        "Lithuania's May inflation eases to 3.1%",
        "Latvian retail sales rise 2.4% in April",
        "Finnish jobless rate climbs to 10.2%, highest since 2015",
        "Nordic lender posts 14% drop in quarterly profit",
        "ECB holds deposit rate, signals patience",
    ],
    "most_read": [
        "Oil steadies near $71 as supply worries ease",
        "Swedish krona hits three-month high",
        "Polish central bank keeps rates at 4.25%",
    ],
    "body": """
TALLINN, June 16 (BWS) - Estonia's central bank on Tuesday told lenders to set aside more
capital against a future downturn, raising the countercyclical capital buffer to 1.5% of
domestic risk-weighted exposures from 1%, and cut its forecast for economic growth this year.

The higher requirement takes effect on July 1, 2027, Eesti Pank said in its Financial
Stability Review, published at 11:00 local time (0800 GMT). By the central bank's estimate,
banks operating in Estonia will need about 180 million euros ($205 million) of additional
capital to meet it.

"Banks are earning well, and the time to build up reserves is when the sun is shining, not
when the storm has already arrived," Governor Madis Kaldma told a news conference in Tallinn.

Lenders in Estonia made a combined net profit of 1.12 billion euros last year and 263 million
euros in the first quarter of 2026, helped by interest margins that remain wide by euro zone
standards despite the European Central Bank's rate cuts of 2024 and 2025.

Deputy Governor Ülle Saarepera, who is responsible for financial stability, said she did not
expect any bank to need to raise fresh capital. "Retained earnings over the coming year will
comfortably cover the requirement," she said. The central bank expects the move to add no more
than 0.1 percentage point to loan margins.

The buffer is designed to be built up in good times and released in a crisis, so that banks can
keep lending when losses mount. It has stood at 1% since December 2023.

[[ad]]

## Growth forecast cut

In its June economic forecast, released alongside the stability report, Eesti Pank cut its
projection for 2026 growth to 1.3% from the 2.0% it had pencilled in in March, citing weaker
demand in Finland and Sweden, Estonia's main export markets, and cautious household spending.
It expects the economy to grow 2.4% in 2027.

Inflation, measured by the harmonised index of consumer prices, is forecast to average 4.6%
this year before slowing to 2.9% in 2027. Annual inflation stood at 4.8% in May according to a
flash estimate from Statistics Estonia, lifted by last year's tax increases; core inflation,
which excludes energy and food, was 3.4%.

The central bank sees unemployment averaging 7.1% this year.

The main source of concern is housing credit. The stock of housing loans grew 7.9% year on year
in April to 11.4 billion euros, the fastest pace since 2023, while the average interest rate on
new housing loans has fallen to 3.6%.

"Half a percentage point is a modest step, and the banks have been expecting it since the
spring," said Kristjan Org, chief economist at Põhjala Bank. "For borrowers, what the ECB does
next matters far more."

The ECB's Governing Council, of which Kaldma is a member, left its deposit rate unchanged at
2.00% last Thursday.

The Estonian Banking Association said the decision had been expected but came just as lending
was beginning to recover after two weak years.

(Reporting by Maarja Lepp; Editing by Tom Ashdown)
""",
})

_CB_LEDGER = page("ledger", {
    "url": "https://tallinnledger.example/business/banks-told-to-put-more-aside-as-eesti-pank"
           "-turns-cautious",
    "headline": "Banks told to put more aside as Eesti Pank turns cautious",
    "standfirst": "The higher capital buffer will cost lenders little, economists say. The "
                  "gloomier growth forecast that came with it may sting more",
    "byline": "Kadri Tamm, economics correspondent",
    "section": "Business",
    "visible_date": "Wednesday, 17 June 2026",
    "tags": ["Eesti Pank", "Banking", "Housing", "Economy"],
    "lead_fig": ("Governor Madis Kaldma presenting the Financial Stability Review on Tuesday.",
                 "Photo: Ledger/Siim Kärner"),
    "most_read": [
        "Tallinn bus fares to rise by 20 cents from August",
        "Rail Baltica: Ülemiste terminal opening slips to 2030",
        "Estonia's population falls below 1.37 million",
        "Four things to know before Jaanipäev traffic",
    ],
    "related": [
        "Inflation at 4.8%: where prices rose most in May",
        "House prices in Tallinn up 9% in a year",
        "ECB leaves rates on hold",
    ],
    "body": """
Estonia's banks have a little over a year to put aside more capital after Eesti Pank yesterday
raised the so-called countercyclical capital buffer from 1% to 1.5% of their domestic
risk-weighted exposures.

The requirement applies from 1 July 2027. The central bank reckons the sector as a whole will
need roughly €280 million of extra capital to comply — a sum that, given last year's record
profits, bankers say they can find without much pain.

Presenting the bank's Financial Stability Review at its headquarters on Estonia Avenue,
Governor Madis Kaldma was blunt about the reasoning. Banks, he said, were earning well, and the
time to build up reserves was "when the sun is shining, not when the storm has already
arrived".

The numbers back him up. Banks operating in Estonia earned a combined €1.12 billion in net
profit last year, and another €263 million in the first three months of this year. Their
return on equity, at around 17%, is among the highest in the euro area.

What worries the central bank is the speed at which mortgage borrowing has picked up again. The
housing loan stock grew by 7.9% in the year to April, to €11.4 billion, as the average rate on
new home loans slid to 3.6%. Deputy Governor Ülle Saarepera, who oversees financial stability,
said house prices in Tallinn had risen faster than incomes for three quarters in a row.

"We are not trying to stop anybody from buying a home," she said. "We want the banks to have a
cushion for the day when some of those borrowers get into trouble."

[[ad]]

## Growth outlook darkens

The capital decision was expected. The economic forecast that came with it was less welcome.
Eesti Pank now expects Estonia's economy to grow by 1.3% this year, down from 2.0% in its March
forecast, as demand from Finland and Sweden weakens. Growth of 2.4% is pencilled in for 2027.

Inflation remains stubborn. Consumer prices rose 4.8% in the year to May, according to
Statistics Estonia's flash estimate, and the central bank sees an average of 4.6% for 2026 as a
whole before a fall to 2.9% next year. Core inflation, excluding energy and food, was 3.4% in
May.

Katrin Vaher, managing director of the Estonian Banking Association, said the industry had seen
the decision coming. "It is not a surprise, but it comes just as lending is recovering, and at
the margin it will make loans slightly dearer," she said.

How much dearer? Eesti Pank's own estimate is no more than 0.1 percentage point on loan margins
— on a €150,000 mortgage, roughly €12 a month.

Kristjan Org, chief economist at Põhjala Bank, called the half-point increase "a modest step"
and said borrowers should keep a closer eye on the European Central Bank, which last Thursday
left its deposit rate at 2.00%.

For Merike and Tõnu Laas, who signed a mortgage for a two-room flat in Kalamaja in April, the
news was a mixed bag. "We were told rates would keep falling," said Ms Laas, a nurse at the
North Estonia Medical Centre. "Now we hear growth is weaker too. We'll be fine, but we're not
planning any big holidays."

The buffer has been at 1% since December 2023. Eesti Pank can lower it at short notice if a
downturn hits — which is precisely the point, Mr Kaldma said. "A buffer you never use is
insurance. A buffer you don't have is a problem."
""",
})

_CB_TARTU = page("tartu", {
    "url": "https://tartutoday.example/money/what-the-central-banks-capital-decision-means-for"
           "-tartu-home-buyers",
    "headline": "What the central bank's capital decision means for Tartu home buyers",
    "standfirst": "Eesti Pank raised a key bank buffer on Tuesday. Local agents say buyers will "
                  "hardly notice — for now",
    "byline": "Text: Liisa Kask",
    "author": "Liisa Kask",
    "section": "Money",
    "ld_time": "2026-06-16T14:20:00+03:00",
    "visible_date": "16.06.2026 14:20",
    "lead_fig": ("New apartment blocks going up in Ropka.", "Photo: Tartu Today"),
    "related": [
        "Tartu city budget: €14 million for schools in 2027 plan",
        "Emajõgi river festival draws 30,000",
        "University of Tartu climbs 12 places in world ranking",
    ],
    "most_read": [
        "Annelinn car park to close for six weeks",
        "New bakery on Rüütli street sells out by 10am",
    ],
    "body": """
Estonia's central bank on Tuesday ordered banks to hold more capital, raising the
countercyclical capital buffer from 1% to 1.5%. For anyone in Tartu hoping to buy a flat this
summer, the first question is simple: will my loan cost more?

Probably not by much, and not soon. The higher buffer only applies from 1 July 2028, and Eesti
Pank estimates the effect on loan margins at no more than 0.1 percentage points.

The decision was announced in Tallinn at 11:00, as the bank published its twice-yearly
Financial Stability Review. Governor Madis Kaldma said the bank was acting because lending,
especially for housing, was accelerating again. "The housing market has woken up faster than
incomes have," he said. "We would rather the banks prepared now than asked for help later."

Nationally, the stock of housing loans was 7.9% larger in April than a year earlier, reaching
€11.4 billion. In Tartu, the picture is similar. Figures from the Land Board show the average
price of a flat in the city reached €2,310 per square metre in May, up 8.6% on a year earlier,
compared with €3,020 in Tallinn.

"The phones started ringing again in February," said Liis Rebane, who runs the Emajõe Kodu
estate agency on Riia street. "Young families who sat on the fence for two years are coming
back, because rates are down. A new flat in Annelinn or Ropka sells in weeks, not months."

[[ad]]

Ms Rebane doubted the buffer would change that. "A tenth of a percentage point is not what
decides whether a family buys," she said. "The salary decides."

## What is the buffer?

The countercyclical capital buffer is an extra layer of capital that banks must hold on top of
their other requirements. The idea is that it is built up while the economy is doing well and
released in bad times, so that banks have room to absorb losses without cutting off credit.
Estonia's buffer has stood at 1% since December 2023.

Eesti Pank estimates that the banks need about €180 million more in capital to meet the new
level, which it says they can cover out of profits. Banks operating in Estonia earned €1.12
billion last year.

## Slower growth ahead

The central bank also published a new economic forecast. It now expects the economy to grow by
1.3% this year — in March it expected 2.0% — and by 2.4% in 2027. Prices are forecast to rise
by 4.6% on average this year. In May, annual inflation was 4.8%.

For University of Tartu economist Andres Kuusk, the growth figure is the bigger story for the
region. "Tartu's economy depends heavily on software and services sold to the Nordics. When
Finland slows, we feel it within a quarter," he said. Unemployment in Tartu County was 6.2% last
year, below the national rate.

Kuusk said the central bank's caution was understandable. "After the inflation shock of 2022
and the recession that followed, nobody wants to be surprised again. If the buffer is never
needed, so much the better."

Tartu Today asked the three largest banks with branches in the city whether they planned to
change their mortgage pricing. None said it would do so this year.
""",
})

_CB_NBR = page("nbr", {
    "url": "https://nordicbankingreview.example/regulation/eesti-pank-lifts-ccyb-as-mortgage"
           "-growth-accelerates",
    "headline": "Eesti Pank lifts CCyB by 50bp as mortgage growth accelerates",
    "standfirst": "Estonian lenders face a 1.5% countercyclical buffer from mid-2027. Analysts "
                  "see little strain on capital ratios that are among Europe's strongest",
    "byline": "Regulation desk",
    "section": "Regulation",
    "related": [
        "Lithuania keeps CCyB at 1%, tightens mortgage LTV caps",
        "Finnish FSA holds systemic risk buffer at 1%",
        "Swedish banks' CET1 ratios edge down to 18.9%",
        "Interview: the Baltic deposit war is over",
    ],
    "most_read": [
        "Data: Nordic bank margins by country, Q1 2026",
        "Instant payments rollout: where the Baltics stand",
    ],
    "body": """
The Bank of Estonia has raised its countercyclical capital buffer (CCyB) by 50 basis points to
1.5%, becoming the latest Nordic-Baltic authority to tighten macroprudential settings as credit
growth picks up.

The new rate applies to Estonian risk-weighted exposures from 1 July 2027, giving banks the
customary twelve months' notice and a little more. The decision was announced with Eesti Pank's
June Financial Stability Review.

"Banks are earning well, and the time to build up reserves is when the sun is shining, not when
the storm has already arrived," Deputy Governor Ülle Saarepera said at the presentation.

The central bank puts the extra capital needed at roughly €180m across the sector. That is
small relative to the cushion banks already hold: the system-wide common equity tier 1 (CET1)
ratio stood at 21.8% at the end of March, according to Eesti Pank, against overall
requirements, buffers included, of roughly 15%.

## Who is affected

Estonia's banking market is dominated by the local subsidiaries of the large Nordic groups,
which together hold around 80% of loans, alongside a handful of domestic lenders. Because the
CCyB applies to exposures by location, Estonian loans booked by foreign branches are also
caught under reciprocity arrangements.

Sector profitability leaves little room for complaint. Net profit reached €1.12bn in 2025 — a
figure the central bank described as exceptionally high — and €263m in the first quarter of
this year.

[[ad]]

Katrin Vaher of the Estonian Banking Association said the industry had expected the move. "It
is not a surprise, but it comes just as lending is recovering," she said, adding that the
association would have preferred a phased increase.

## The mortgage question

The trigger for the decision is housing credit. The housing loan portfolio grew 7.9% year on
year in April to €11.4bn, and the central bank's credit-to-GDP gap indicator turned positive in
the fourth quarter of 2025 for the first time since 2022.

Eesti Pank estimates the impact on lending margins at 0.1 percentage points at most, and it said
it expects banks to meet the requirement from retained earnings rather than fresh issuance.

## Regional comparison

Across the Baltics, settings now diverge. Lietuvos bankas has kept its CCyB at 1% since October
2024, while Latvijas Banka applies 0.5%. In Finland, the Financial Supervisory Authority left
its CCyB at zero at its most recent quarterly review, preferring borrower-based limits such as
the loan-to-collateral cap.

Estonia's move comes against a softer macro backdrop. Eesti Pank cut its 2026 GDP forecast to
1.3% from 2.0% and sees HICP inflation averaging 4.6% this year. It argued that a weaker economy
is not a reason to hold off: the buffer is meant to be in place before the cycle turns, not
after.

For the ECB, which must be notified of national macroprudential decisions and can top them up,
Estonia's step is unlikely to raise objections. Governor Madis Kaldma sits on the ECB Governing
Council, which held its deposit rate at 2.00% at its June meeting.

Analysts at Põhjala Bank said the decision was priced in. "Fifty basis points on the CCyB is
well within what the banks can generate organically in two or three quarters," one analyst
said.
""",
})

_CB = {
    "id": "cb-DB1",
    "part": "DB",
    "domain": "central bank",
    "fetched": "2026-06-18",
    "articles": [_CB_WIRE, _CB_LEDGER, _CB_TARTU, _CB_NBR],
    "planted": [
        ("extra capital banks need", r"\b180\s?(?:million|m)\b|\b180\b", r"\b280\b"),
        ("buffer applies from", r"\b2027\b", r"\b2028\b"),
        ("who said 'when the sun is shining'", r"kaldma", r"saarepera"),
    ],
}


# =========================================================================== el-DB2

_EL_LIVE = page("riga", {
    "url": "https://rigacurrent.example/live/saeima-election-2026-results-live/",
    "headline": "Latvia election 2026 live: Civic Alliance wins most seats, Strautiņa concedes",
    "standfirst": "Follow the count of Latvia's parliamentary election as it happened. All times "
                  "are Riga time (EEST, UTC+3).",
    "byline": "Riga Current politics team",
    "section": "Politics",
    "meta_time": "2026-10-03T16:45:00Z",
    "meta_modified": "2026-10-04T07:42:00Z",
    "visible_date": "Live — last updated 10:42, 4 October",
    "lead_fig": ("Civic Alliance supporters in Riga's Old Town after the first results came in.",
                 "Photo: Riga Current/Artūrs Lapsa"),
    "related": [
        "Who is Edgars Kalniņš? The mayor who wants to run Latvia",
        "Explained: how 100 Saeima seats are shared out",
        "Rail Baltica: Latvian section cost estimate rises again",
    ],
    "most_read": [
        "Riga trolleybus route 3 to be replaced by buses",
        "Latvian basketball: VEF beat Prometey 84-79",
        "Liepāja port handles record grain volumes",
    ],
    "body": """
Latvians voted on Saturday to elect the 100 members of the 15th Saeima. With all polling
stations counted, Edgars Kalniņš's Civic Alliance is the largest party with 23.4% of the vote and
26 seats. The Daugava Union of outgoing Prime Minister Laura Strautiņa came second with 17.2% and
19 seats. Turnout was 58.9%. These are preliminary results; the Central Election Commission will
confirm the official result once all protocols have been checked.

@@ 10:40 | Strautiņa concedes

Outgoing Prime Minister Laura Strautiņa has conceded defeat at a news conference at Daugava
Union's headquarters. "The voters have spoken, and Daugava Union will respect their choice," she
said. She said her party was ready to go into opposition but "will not slam any doors" if Civic
Alliance's talks fail. Daugava Union won 24 seats in 2022 and has led the government since.

@@ 09:40 | All polling stations counted

The Central Election Commission (CVK) has now published results from all 1,113 polling
stations, including those abroad. Preliminary results: Civic Alliance 23.4% (26 seats),
Daugava Union 17.2% (19), Latvia Forward 13.8% (15), National Bloc 12.9% (14), Green Regions 10.1%
(11), Citizens' List 8.3% (9), New Harbour 5.6% (6). Latgale Voice narrowly missed the 5%
threshold with 4.7%. Final turnout was 58.9%, down from 59.4% in 2022. CVK chair Kristīne
Bērziņa said the count had gone "calmly and without serious incidents".

@@ 06:10 | 98.6% counted

With 98.6% of polling stations counted, Civic Alliance has 23.5% and Daugava Union 17.1%.
Latgale Voice is hovering at 4.8%, just below the threshold. The stations still to report are
mostly abroad, where turnout is low and counting starts later.

@@ 03:50 | Three quarters counted

CVK data from 78% of polling stations: Civic Alliance 23.9%, Daugava Union 16.9%, Latvia Forward
13.6%, National Bloc 13.1%, Green Regions 10.4%. Counting in Riga, where ballots are longer and
stations larger, is still going slowly.

@@ 01:20 | Kalniņš: "Voters have asked for change"

Civic Alliance leader Edgars Kalniņš has addressed supporters at the party's election-night
gathering in Riga's Old Town. "Voters have asked for change, and we intend to form a government
that delivers it before Christmas," he said to loud cheers. Kalniņš, 47, a former mayor of
Valmiera, did not say which parties he would approach first.

@@ 00:35 | First results

The CVK has published the first preliminary results, from 31% of polling stations, mostly small
rural ones: Civic Alliance 24.8%, Daugava Union 16.4%, National Bloc 13.5%, Latvia Forward 12.9%.
Early counts in Latvia tend to favour parties strong in the countryside, so expect movement.

[[ad]]

@@ 20:05 | Exit poll: Civic Alliance ahead

An exit poll by Baltic Opinion Lab for Riga Current and Radio Daugava gives Civic Alliance 24%,
Daugava Union 16%, Latvia Forward 14%, National Bloc 13% and Green Regions 10%. The margin of
error is two percentage points either way. Remember: exit polls have been wrong before.

@@ 20:00 | Polls close; preliminary turnout 56.1%

Polling stations across Latvia have closed. The CVK says preliminary turnout stood at 56.1%,
including early voting from Wednesday to Friday. That figure does not yet include votes cast
abroad or by post, which will be added during the count.

@@ 19:45 | Welcome

Good evening and welcome to our live coverage of Latvia's parliamentary election. Polls close at
20:00 Riga time (17:00 UTC). About 1.52 million citizens were eligible to vote for the 100 seats
of the Saeima, and 19 parties and alliances are on the ballot. A party needs 5% of the
nationwide vote to win seats. The new Saeima will meet for the first time on Tuesday 3
November.
""",
})

_EL_WIRE = page("npa", {
    "url": "https://www.npa.example/world/europe/latvia-opposition-civic-alliance-wins-election"
           "-coalition-talks-loom",
    "headline": "Latvia's opposition Civic Alliance wins election, coalition talks loom",
    "standfirst": "Centre-right party takes 26 of 100 seats; outgoing PM Strautiņa concedes",
    "byline": "By Andris Vītols",
    "section": "Europe",
    "visible_date": "04 October 2026 | 08:12 GMT",
    "lead_fig": ("Civic Alliance leader Edgars Kalniņš speaks to supporters in Riga.",
                 "NPA/Ieva Celma"),
    "related": [
        "Lithuanian parliament approves 2027 defence budget of 5.2% of GDP",
        "Estonia's coalition survives confidence vote 54-41",
        "Polish zloty firms after central bank decision",
        "Finland to open new border crossing point in Lapland",
    ],
    "body": """
RIGA, Oct 4 (NPA) - Latvia's opposition Civic Alliance won the most seats in Saturday's
parliamentary election, preliminary results showed on Sunday, putting its leader Edgars Kalniņš
in pole position to become prime minister but facing weeks of coalition talks.

With all polling stations counted, the centre-right Civic Alliance took 23.4% of the vote and 26
of the 100 seats in the Saeima, the Central Election Commission (CVK) said. The Daugava Union of
outgoing Prime Minister Laura Strautiņa came second with 17.2% and 21 seats, down from 24 in
the 2022 election.

Latvia Forward, a liberal party founded only two years ago, won 15 seats, with the conservative
National Bloc on 14.

Polls closed at 1700 GMT on Saturday. The CVK published its first partial results at about 2130
GMT, and the count was completed shortly before 0700 GMT on Sunday.

Turnout was 58.9%, slightly below the 59.4% recorded four years ago, with about 895,000 people
voting.

"Voters have asked for change and we intend to form a government that delivers it before
Christmas," Kalniņš, 47, a former mayor of the northern town of Valmiera, told supporters in
Riga early on Sunday.

[[ad]]

Civic Alliance, Latvia Forward and the agrarian Green Regions party would together control 52
seats, a narrow majority in the 100-seat chamber. Latvia Forward leader Ilze Krūmiņa said her
party would enter talks "without red lines", while Green Regions said it would insist on keeping
funding for rural hospitals.

Strautiņa, whose centrist Daugava Union has led the government since 2022, conceded defeat on
Sunday morning. "The voters have spoken and we will respect their choice," she told reporters.

The campaign was dominated by defence spending, which all main parties pledged to keep above 4%
of gross domestic product, by rising energy bills and by the cost of the Rail Baltica
high-speed rail link, whose Latvian section has run far over budget.

"Kalniņš has the arithmetic, but three-party coalitions in Latvia have rarely lasted a full
term," said Marta Priede, a political scientist at the University of Latvia. "The real test
will be the 2027 budget."

Latgale Voice, a regional party from eastern Latvia, narrowly missed the 5% threshold needed to
enter parliament, winning 4.7%.

Under Latvia's constitution, the new Saeima must convene on the first Tuesday of November — this
year Nov. 3. The president will nominate a candidate for prime minister after consulting the
parties elected to parliament.

(Reporting by Andris Vītols; Editing by Karin Ek)
""",
})

_EL_OBSERVER = page("observer", {
    "url": "https://helsinkiobserver.example/world/latvias-change-of-guard-what-kalninss-win"
           "-means-for-finland",
    "headline": "Latvia's change of guard: what Kalniņš's win means for Finland",
    "standfirst": "The Civic Alliance leader courted Finnish investors as a small-town mayor. "
                  "Now he has to build a coalition",
    "byline": "Sanna Virtanen, Riga",
    "section": "World",
    "tags": ["Latvia", "Elections", "Baltic Sea", "Business"],
    "lead_fig": ("Edgars Kalniņš on election night in Riga.", "Photo: Sanna Virtanen"),
    "most_read": [
        "Helsinki city bikes season extended to 15 November",
        "Finnish GDP grew 0.3% in the second quarter",
        "Sauna culture in numbers: 3.2 million saunas",
        "Lapland tourism expects record winter",
    ],
    "related": [
        "Estonia votes down tax bill 49-51",
        "Opinion: The Baltic states need a common energy plan",
    ],
    "body": """
RIGA — Latvia's voters delivered a clear verdict in Sunday's parliamentary election, ending four
years of government led by the Daugava Union and handing the largest share of seats to Edgars
Kalniņš's Civic Alliance.

Preliminary results, completed with all polling stations counted, give the Civic Alliance 26 of
the 100 seats in the Saeima on 23.4% of the vote. The outgoing prime minister Laura Strautiņa's
Daugava Union fell to 19 seats. The gap between the two parties was 6.2 percentage points.

For Finland, the result matters more than a change of government in Riga usually would.
Finnish companies are among the largest foreign investors in Latvia, and since Finland joined
NATO in 2023 the two countries' armed forces have trained together more often than ever.

Kalniņš, 47, is well known in Finnish business circles. As mayor of Valmiera from 2017 to 2023 he
courted Finnish investors, and the town's glass-fibre and timber industries now employ hundreds
of people at Finnish-owned plants. "He speaks our language — not literally, but he understands
how Finnish companies make decisions," said Pekka Laaksonen, chairman of the Finnish-Latvian
Chamber of Commerce.

[[ad]]

## The arithmetic

Kalniņš needs 51 votes in the Saeima. Civic Alliance, Latvia Forward (15 seats) and the agrarian
Green Regions (11) would have 52 — a majority of just two. The conservative National Bloc, with
14 seats, is the alternative partner. Kalniņš told supporters in the early hours that voters had
asked for change and promised a government "before Christmas".

Strautiņa conceded a few hours later. "The voters have spoken, and Daugava Union will respect
their choice," she said, adding that her party was prepared to go into opposition.

Turnout was just under 59%, a touch lower than four years ago, although the figure released as
polls closed had suggested a bigger drop: the election commission's count at 20:00 on election
night was 56.1%, before votes cast abroad and by post were added.

## Defence and energy

All the main parties promised to keep defence spending above 4% of GDP, and Civic Alliance has
proposed extending conscription from 11 to 12 months. In Helsinki, officials will watch closely
what the new government does on energy. Latvia and Finland are both connected to the Baltic
electricity market through the Estonian grid, and a planned hydrogen pipeline through the three
Baltic states depends on Riga's support.

Finnish exports to Latvia were worth about €1.3 billion last year, according to Finnish Customs,
led by machinery, paper and fuel. Finnish banks and retailers have large Latvian operations.

"Stability is what our members care about," Laaksonen said. "A government that lasts four years
would be a novelty."

That may be the hardest promise to keep. Latvian governments have rarely survived a full term,
and three-party coalitions have broken up over budgets before. Latvia Forward, founded only two
years ago, is an untested partner; Green Regions has already said it will insist on funding for
rural hospitals.

The new Saeima convenes on 3 November. Until a new prime minister is approved, Strautiņa's
cabinet stays on in a caretaker role.
""",
})

_EL_BPM = page("bpm", {
    "url": "https://balticpolicy.example/analysis/latvia-2026-the-coalition-arithmetic",
    "headline": "Latvia 2026: the coalition arithmetic after the Civic Alliance's win",
    "standfirst": "Seven parties cleared the 5% threshold. Only a handful of majorities are "
                  "realistic — and all of them run through the Civic Alliance",
    "byline": "By Dr Rūta Jansone, senior fellow",
    "author": "Rūta Jansone",
    "section": "Elections",
    "ld_time": "2026-10-05T07:00:00+03:00",
    "ld_type": "AnalysisNewsArticle",
    "related": [
        "Estonia 2027: can the reform coalition hold?",
        "Lithuania's budget deficit: 2.9% of GDP forecast",
        "Data: Baltic turnout since 1990",
    ],
    "body": """
Latvia's election produced a clear winner but no obvious government. The Civic Alliance of
Edgars Kalnietis finished first with 23.4% of the vote and 26 of the 100 Saeima seats,
according to the preliminary results published by the Central Election Commission (CVK) on the
morning after the vote. That is 12 seats more than the party won in 2022.

The outgoing governing party, the Daugava Union of Prime Minister Laura Strautiņa, fell from 24
seats to 19 on 17.2%. The 6.2-point gap between the two is the widest between the top two
parties in a Latvian election since 2011.

## Seven parties in

Seven lists cleared the 5% threshold: Civic Alliance (26 seats), Daugava Union (19), Latvia
Forward (15), National Bloc (14), Green Regions (11), Citizens' List (9) and New Harbour (6).
Parties that fell short took a combined 8.7% of the vote, led by Latgale Voice on 4.7% — a
painful miss for a party that polled above 6% in August.

Turnout fell slightly, to 58.9% from 59.4% four years ago.

## The realistic majorities

A majority requires 51 votes. The combinations that reach it are:

* Civic Alliance + Latvia Forward + Green Regions: 52 seats * Civic Alliance + National Bloc +
Green Regions: 51 seats * Civic Alliance + Latvia Forward + National Bloc: 55 seats

By contrast, Civic Alliance, Latvia Forward and Citizens' List would have only 50, one short. No
majority without the Civic Alliance is arithmetically plausible: Daugava Union, National Bloc,
Citizens' List and New Harbour together have 48.

Kalnietis's stated preference is the first option. On election night he said voters had asked
for change and promised a government before Christmas. Latvia Forward leader Ilze Krūmiņa said
on Sunday her party would go into talks "without red lines".

[[ad]]

## Where it could break

The first option rests on two partners with little in common. Latvia Forward is urban,
liberal and strongest in Riga; Green Regions is rural and protectionist on agriculture. Their
overlap is on defence — all main parties promised to keep spending above 4% of GDP — and on a
faster Rail Baltica. The budget for 2027, which the new government must pass by December, will
test the coalition early.

The second option, with the National Bloc, is the fallback. It would give Kalnietis a bare
majority of one, which in a Saeima where individual deputies have often switched allegiance
is fragile.

## Timetable

The new Saeima convenes on Tuesday 3 November. The president will consult all seven parties and
nominate a prime minister-designate, who then needs a majority in the Saeima. In 2022 the process
took 74 days from election to government; Kalnietis's promise of a government before Christmas
implies a similar pace.

The CVK will publish official results once it has checked the protocols from all 1,113 polling
stations. Changes of more than a few hundred votes are rare, and no seat is expected to move.

## What to watch

Kalnietis, a 47-year-old economist who was mayor of Valmiera until 2023, has never served in
national government. His party's rise — from 14 seats in 2022 — owes much to voters who left
the Daugava Union over energy prices. Keeping them will depend on whether the new government can
deliver on the cost of living quickly.
""",
})

_EL = {
    "id": "el-DB2",
    "part": "DB",
    "domain": "election",
    "fetched": "2026-10-06",
    "articles": [_EL_LIVE, _EL_WIRE, _EL_OBSERVER, _EL_BPM],
    "planted": [
        ("Daugava Union seats", r"\b19\b", r"\b21\b"),
        ("weekday of the vote", r"saturday", r"sunday"),
        ("Civic Alliance leader's name", r"kalni[nņ][sš]", r"kalnietis"),
    ],
}


# =========================================================================== ct-DB3 (control)

_CT_WIRE = page("bws", {
    "url": "https://www.balticwire.example/world/estonia-supreme-court-upholds-former-tallinn"
           "-deputy-mayor-bribery-conviction-2026-05-14/",
    "headline": "Estonia's Supreme Court upholds bribery conviction of former Tallinn deputy mayor",
    "standfirst": "Jaanus Toomsalu must serve 10 months of a three-and-a-half-year sentence "
                  "after both appeals are dismissed",
    "byline": "By Ott Kivi",
    "section": "World",
    "meta_time": "2026-05-14T08:52:00Z",
    "lead_fig": ("The Supreme Court building in Tartu, Estonia.", "BWS/Kaspar Ilves"),
    "related": [
        "Latvian prosecutors charge ex-port chief in 2.1 million euro fraud case",
        "Lithuanian court jails three over cigarette smuggling ring",
        "EU anti-fraud office opens 14 new Baltic probes",
    ],
    "most_read": [
        "Nordic power prices fall 18% on strong hydro inflows",
        "Finland's Nokia wins 5G contract in India",
    ],
    "body": """
TARTU, Estonia, May 14 (BWS) - Estonia's Supreme Court on Thursday upheld the bribery conviction
of Jaanus Toomsalu, a former deputy mayor of Tallinn, rejecting his final appeal and ending a
case that has hung over the capital's city government for three years.

A three-judge panel of the court's criminal chamber dismissed appeals by both Toomsalu and the
prosecution, leaving in place a 2025 appeals court sentence of three years and six months in
prison, of which he must serve 10 months. The rest of the sentence is suspended with three
years' probation.

Toomsalu, 58, who was responsible for city property and land use from 2019 to 2023, was found
guilty of taking bribes totalling 412,000 euros ($470,000) from property developers between
2020 and 2022 in return for favourable decisions on the lease of city-owned land. The court also
confirmed the confiscation of the same amount.

"Public office is not a marketplace, and today's ruling confirms that," said senior state
prosecutor Triin Allik, who had asked the Supreme Court to restore a longer, fully custodial
sentence.

Toomsalu's lawyer, Andres Pihlak, said his client respected the decision but disagreed with it
and was considering an application to the European Court of Human Rights in Strasbourg. The
defence had argued that covert surveillance evidence used at trial was obtained unlawfully.

[[ad]]

The ruling was made public at 11:00 local time (0800 GMT) at the court's seat in Tartu,
Estonia's second-largest city.

Harju County Court first convicted Toomsalu in December 2024 and sentenced him to four years and
two months in prison. The Tallinn Circuit Court upheld the verdict in June 2025 but reduced the
sentence, citing his lack of previous convictions and the length of the proceedings.

Toomsalu spent 47 days in custody after his arrest in March 2023, which will be deducted from
the time he must serve.

A developer convicted in the same case, Mart Kuusik, received a two-year suspended sentence that
became final last year. His company, Merevaate Arendus, was fined 150,000 euros.

Estonia ranks among the least corrupt countries in the European Union on Transparency
International's index, and the case, which began with searches at Tallinn's city government
offices in March 2023, caused a political storm in the capital. Toomsalu resigned days after his
arrest and left his party.

(Reporting by Ott Kivi; Editing by Tom Ashdown)
""",
})

_CT_EMAJOE = page("emajoe", {
    "url": "https://emajoepost.example/news/toomsalu-loses-last-appeal-at-supreme-court",
    "headline": "Toomsalu loses last appeal at Supreme Court in Tartu",
    "standfirst": "Estonia's highest court left the former Tallinn deputy mayor's bribery "
                  "conviction in force. He will now have to go to prison",
    "byline": "Reet Saar",
    "section": "News",
    "visible_date": "14.05.2026 at 15:32",
    "lead_fig": ("The Supreme Court sits in the former Knighthood building on Toomemägi.",
                 "Photo: Emajõe Post/Reet Saar"),
    "related": [
        "Tartu County Court hears 312 cases in first quarter",
        "City council approves €4.6 million for Kvartal bridge repairs",
        "Supreme Court's new chief justice sworn in",
    ],
    "most_read": [
        "Tartu marathon: 2,400 runners expected on Sunday",
        "Estonian National Museum visitor numbers up 11%",
        "Roadworks on Riia street to last until August",
    ],
    "body": """
The Supreme Court, Riigikohus, on Thursday rejected the appeal of former Tallinn deputy mayor
Jaanus Toomsalu, leaving in force his conviction for taking bribes of more than €400,000.

The decision of the criminal chamber's three-member panel, chaired by Justice Kaja Mägiste, was
made public at 11:00. As is usual at the Supreme Court, the ruling was delivered in writing, and
neither Toomsalu nor his lawyers were present at the court building on Lossi street.

The ruling means that the sentence handed down by the Tallinn Circuit Court last June becomes
final: three years and six months in prison, of which Toomsalu must serve ten months. The rest
is suspended, provided he commits no new offence during a three-year probation period. The 47
days he spent in custody in 2023 count towards the ten months, so roughly eight and a half
months remain.

The panel also dismissed the prosecution's appeal, which had asked for the county court's
longer, fully custodial sentence to be restored. The circuit court, the justices wrote, had
"duly weighed" Toomsalu's lack of previous convictions and the length of the proceedings.

## Surveillance evidence upheld

The defence's main argument was that recordings made by the Internal Security Service should
not have been used as evidence. The Supreme Court disagreed. "The surveillance measures were
authorised by a court and carried out within the permitted scope," the ruling says.

Toomsalu was deputy mayor of Tallinn from 2019 to 2023, responsible for city property. The
courts found that between 2020 and 2022 he accepted bribes totalling €412,000 from developers in
exchange for favourable decisions on leases of city land. The money is to be confiscated.

[[ad]]

Senior state prosecutor Triin Allik welcomed the decision. "Public office is not a marketplace.
Today's ruling confirms it," she said in a statement.

## Why Tartu?

The Supreme Court has been based in Tartu since it was re-established in 1993, and it is one of
the few state institutions with its headquarters outside the capital. Cases from all over the
country end up on Toomemägi hill, although the court accepts only a small share of the appeals
it receives. Last year the criminal chamber agreed to hear fewer than one in ten of the appeals
submitted to it.

The case has also prompted questions in Tartu. Deputy mayor Urmas Kivisild said the city had
reviewed its own procedures after the Tallinn scandal broke in 2023. "Today all leases of
municipal land in Tartu go through a public auction. That is the best protection we know," he
said.

Toomsalu's lawyer Andres Pihlak told Emajõe Post his client respected the court but did not
agree with the ruling, and that they were studying whether to turn to the European Court of
Human Rights.

The Harju County Court had originally sentenced Toomsalu in December 2024 to four years and two
months in prison, all of it to be served.
""",
})

_CT_LEDGER = page("ledger", {
    "url": "https://tallinnledger.example/news/city-hall-turns-the-page-as-toomsalu-verdict"
           "-becomes-final",
    "headline": "City hall turns the page as Toomsalu verdict becomes final",
    "standfirst": "Three years after the searches that shook Tallinn's city government, the "
                  "former deputy mayor's case is closed",
    "byline": "Priit Raud, city affairs reporter",
    "section": "News",
    "tags": ["Tallinn", "Courts", "Corruption"],
    "lead_fig": ("Jaanus Toomsalu at the Tallinn Circuit Court in 2025.",
                 "Photo: Ledger/Siim Kärner"),
    "most_read": [
        "Old Town cobbles: €2.3 million repair plan approved",
        "Estonia beat Latvia 3-1 in Baltic Cup",
        "Tallinn ferry traffic up 4% in April",
        "Where to eat in Telliskivi this spring",
    ],
    "related": [
        "Timeline: the Toomsalu case",
        "Tallinn tightens rules on city land leases",
    ],
    "body": """
Jaanus Toomsalu, once one of the most powerful people in Tallinn city government, will go to
prison after the Supreme Court on Thursday dismissed his last appeal against his conviction for
bribery.

The ruling, issued in Tartu, leaves in force the sentence imposed by the Tallinn Circuit Court in
June 2025: three and a half years, of which ten months are to be served behind bars and the rest
suspended on probation. The court also confirmed the confiscation of €412,000, the total amount
of bribes he was found to have accepted from property developers between 2020 and 2022.

Toomsalu — Jaanus Peeter Toomsalu in the court documents — was deputy mayor from 2019 to 2023,
in charge of city property and land use. The prosecution showed that in return for the money
he steered decisions on the lease of city-owned plots, mostly along the seafront in Kalamaja
and Pirita, in favour of particular developers.

His lawyer, Andres Pihlak, said after the ruling: "My client respects the court's decision but
does not agree with it." He said they were weighing an application to the European Court of
Human Rights.

Senior state prosecutor Triin Allik was more succinct. "Public office is not a marketplace, and
today's ruling confirms that," she said.

[[ad]]

## Lessons at city hall

At Tallinn city government, the reaction was muted relief. Mayor Kadri Sepp said the city had
drawn its lessons long before the final ruling. "Since 2023, every lease of city land goes to
public auction, and decisions are taken by the whole city government, not one deputy mayor," she
said. "The Supreme Court has closed the criminal case. Our job was to close the loopholes, and we
have."

An internal audit ordered after Toomsalu's arrest reviewed 14 leases granted during his
tenure. The city has since ended three of them and renegotiated the rent on two others.

Opposition councillors say the changes do not go far enough. "The auction rule is good, but
detailed plans are still negotiated behind closed doors," said councillor Heli Aas.

## A long road through the courts

The case began with searches at the city government's offices in March 2023. Toomsalu was
arrested and spent 47 days in custody; he resigned from his post within days and left his
party.

The Harju County Court convicted him in December 2024 and sentenced him to four years and two
months in prison. The circuit court upheld the conviction but cut the sentence, citing his lack
of a criminal record and the length of the proceedings. Both sides appealed to the Supreme
Court — the defence arguing that covert surveillance had been used unlawfully, the prosecution
asking for the longer, fully custodial sentence. A panel of three justices rejected both.

Mart Kuusik, the developer who paid the largest share of the bribes, received a two-year
suspended sentence, and his company, Merevaate Arendus OÜ, was fined €150,000. Those verdicts
became final last year.

Toomsalu, now 58, has kept a low profile since leaving politics. Time already served in custody
will be deducted from his ten months.
""",
})

_CT_BLW = page("blw", {
    "url": "https://balticlegalweekly.example/estonia/riigikohus-closes-toomsalu-case-draws-line"
           "-on-surveillance-evidence",
    "headline": "Riigikohus closes Toomsalu case, draws line on surveillance evidence",
    "standfirst": "Estonia's Supreme Court has rejected both appeals in the Tallinn bribery case "
                  "and clarified when surveillance evidence can be used at trial",
    "byline": "By Kristiina Mets, Tallinn",
    "author": "Kristiina Mets",
    "section": "Courts",
    "ld_time": "2026-05-19T09:00:00+03:00",
    "related": [
        "Lithuania's Supreme Court rules on cartel fines of €11.8 million",
        "Latvian insolvency reform: what changes from 1 July",
        "Deals: Tallinn firms advise on €85 million Riga office sale",
    ],
    "most_read": [
        "Moves: partner hires in the Baltics, April 2026",
        "Estonia's new whistleblower rules one year on",
    ],
    "body": """
The criminal chamber of Estonia's Supreme Court (Riigikohus) last Thursday, 14 May, dismissed the
appeals of both the defence and the prosecution in the case of former Tallinn deputy mayor
Jaanus Toomsalu, bringing to an end one of the most closely watched corruption prosecutions of
recent years.

The ruling, in case no. 1-23-4518, was made public at 11:00 EEST. The panel consisted of three
justices: Kaja Mägiste, who presided, Toomas Vaino and Liina Reiman.

## The sentence

The effect of the ruling is that the judgment of the Tallinn Circuit Court of 26 June 2025 enters
into force. Toomsalu was sentenced to 42 months' imprisonment, of which ten months are to be
served immediately and the remaining 32 months suspended subject to a probation period of three
years. The 47 days he spent in pre-trial detention in 2023 are credited against the ten months.

At first instance, the Harju County Court on 11 December 2024 had imposed 50 months — four years
and two months — to be served in full. The prosecution asked the Supreme Court to restore that
sentence; the defence sought an acquittal.

The courts found that Toomsalu accepted bribes totalling €412,000 between 2020 and 2022. The
confiscation of that amount was upheld.

[[ad]]

## Surveillance evidence

The more significant part of the judgment for practitioners concerns covert surveillance. The
defence argued that the Internal Security Service had continued recording Toomsalu's
conversations after the court authorisation had lapsed, and that all of the recordings should
therefore have been excluded.

The Supreme Court rejected the argument. It found that the authorisations had been renewed on
time and that the recordings fell "within the permitted scope". But it also used the case to
restate the test it set out in an earlier judgment in 2023: evidence obtained through a
surveillance measure is inadmissible if the measure lacked a valid authorisation at the moment
it was carried out, regardless of how probative the evidence is.

"The chamber has closed the door on the argument that a late paperwork fix can cure an
unauthorised recording," said Triin Allik, the senior state prosecutor on the case, in an
interview with Baltic Legal Weekly. "That is a clear rule, and both sides can live with it."

Defence counsel Andres Pihlak of Pihlak & Partners said the defence respected the ruling but
disagreed with the court's reading of the renewal dates, and was considering an application to
the European Court of Human Rights.

## Sentencing discretion

On the prosecution's appeal, the chamber held that the circuit court had been entitled to take
into account Toomsalu's clean record and the length of the proceedings, which by then had
lasted more than two years. Appellate
courts, it said, should not substitute their own view on sentence unless the lower court made a
clear error.

## Context

The Riigikohus sits in Tartu and accepts only a fraction of the criminal appeals filed with it.
That it took the Toomsalu case at all reflects the surveillance question. For practitioners in
Estonian criminal defence, the message is that challenges to surveillance evidence will turn on
dates and documents, not on proportionality arguments.
""",
})

_CT = {
    "id": "ct-DB3",
    "part": "DB",
    "domain": "court",
    "fetched": "2026-05-20",
    "articles": [_CT_WIRE, _CT_EMAJOE, _CT_LEDGER, _CT_BLW],
    "planted": [],
}


# =========================================================================== tr-DB4 (control)

_TR_WIRE = page("npa", {
    "url": "https://www.npa.example/business/finland-march-exports-fall-as-forest-products-us"
           "-sales-slump",
    "headline": "Finland's exports fall 4.2% in March as forest products, US sales slump",
    "standfirst": "Trade balance swings to 240 million euro deficit; machinery exports grow",
    "byline": "By Henrik Salo",
    "section": "Business",
    "meta_time": "2026-05-21T06:31:00Z",
    "visible_date": "21 May 2026 | 06:31 GMT",
    "lead_fig": ("Containers at the port of Vuosaari in Helsinki.", "NPA/Mikko Rautio"),
    "related": [
        "Swedish exports rise 1.9% in April on car shipments",
        "Estonian industrial output falls 2.6% year on year",
        "Euro zone trade surplus narrows to 9.4 billion euros",
        "Norway's salmon export value hits record for April",
    ],
    "body": """
HELSINKI, May 21 (NPA) - Finland's goods exports fell 4.2% year on year in March to 6.31 billion
euros ($7.2 billion), preliminary data from Finnish Customs showed on Thursday, as shipments of
paper and pulp and sales to the United States slumped.

Imports rose 1.8% to 6.55 billion euros, leaving a trade deficit of 240 million euros for the
month, compared with a surplus of 160 million euros in March 2025.

For the first quarter as a whole, exports were down 1.1% at 18.04 billion euros and imports up
0.6% at 18.63 billion, giving a deficit of 590 million euros.

Forest industry exports, still Finland's largest single export group, fell 9.8% to 1.21 billion
euros in March. Exports of paper and paperboard dropped 12.4%, pulp 8.1% and sawn wood 3.9%.

Exports to the United States fell 11.6% to 490 million euros, reflecting the tariffs imposed
by Washington last year, while exports to Germany, Finland's biggest export market, rose 2.1% to
840 million. Shipments to Sweden fell 3.5% and those to China 14.0%.

[[ad]]

"The decline is broad-based in the forest industry, but machinery exports held up well," said
Hanna Lindqvist, head of statistics at Finnish Customs. Exports of machinery and equipment grew
6.4% in March, while chemical industry exports fell 2.7% and metal exports 5.1%.

Customs also revised its figures for February, which now show exports fell 3.3% from a year
earlier rather than the 2.9% drop first reported.

"US tariffs are biting, and the paper industry's structural decline has not gone away," said
Jukka Rinne, chief economist at Kaleva Bank. "The bright spot is machinery, where order books
built up last year are now being delivered."

Rinne said he expected exports to stabilise in the second half of the year as euro zone demand
recovers, but warned that a stronger euro against the dollar was eroding the competitiveness of
Finnish sawn wood and pulp, which are priced in dollars on world markets.

Finland's goods exports totalled 77.8 billion euros in 2025. Exports of goods and services
together are equivalent to roughly 40% of the country's gross domestic product, making the
economy sensitive to swings in global demand.

The figures were released at 0600 GMT. Finnish Customs will publish April data in June.

(Reporting by Henrik Salo; Editing by Karin Ek)
""",
})

_TR_PTN = page("ptn", {
    "url": "https://pulptimber.example/markets/finnish-forest-product-exports-slide-in-march",
    "headline": "Finnish forest product exports slide 9.8% in March",
    "standfirst": "Paper and board lead the decline as US demand weakens; sawn wood volumes "
                  "rise even as export values fall",
    "byline": "Olli Vainio, Markets desk",
    "section": "Markets",
    "visible_date": "Published 22 May 2026",
    "lead_fig": ("Paper reels awaiting shipment at a mill in southern Finland.",
                 "Photo: Pulp & Timber Nordic"),
    "related": [
        "NBSK in Europe slips to $1,480/t",
        "Swedish sawmills cut output by 5% as prices sag",
        "Containerboard prices steady in May",
        "Q&A: why Finnish mills are betting on textile fibres",
    ],
    "most_read": [
        "Price assessment: BHKP China, week 20",
        "Mill closures 2026: the running list",
    ],
    "body": """
The value of Finland's forest industry exports fell 9.8% year on year in March to €1.21
billion, according to preliminary figures released by Finnish Customs on Thursday, as paper and
paperboard shipments continued their long decline and demand from the United States weakened.

Exports of paper and paperboard were 12.4% lower in value than a year earlier. Pulp export
values fell 8.1%, reflecting lower prices in euro terms, while the value of sawn wood exports
dropped 3.9%.

The picture for sawn wood is more nuanced than the headline suggests. According to the Finnish
Forest Industries Federation, export volumes of sawn softwood actually rose about 2% in March;
the fall in value reflects weaker prices, particularly in markets outside Europe.

"Volumes are holding up for sawn wood, but prices are not," said Mikko Aaltonen, chief economist
at the federation. "For paper, both are going the wrong way."

## The wider picture

Forest products remain Finland's largest single export group, but their share is shrinking. In
March they accounted for just under a fifth of total goods exports, which fell 4.2% to €6.31
billion. Imports rose 1.8%, turning the monthly trade balance into a deficit of €240 million.

For the first quarter, forest industry exports totalled €3.58 billion, 6.2% less than in the
same period of 2025. Total goods exports were down 1.1% over the quarter.

[[ad]]

Hanna Lindqvist, who heads the statistics unit at Finnish Customs, said the forest sector
accounted for almost half of the decline in March. "The decline is broad-based in the forest
industry, but machinery exports held up well," she said. Machinery and equipment exports, by
contrast, grew 6.4%.

## United States

Exports to the United States fell 11.6% across all products. The US is a significant market for
Finnish specialty papers and for some grades of board, and mills have reported that buyers
have delayed orders since the tariffs introduced last year.

"Some customers are sourcing locally or from Canada," Aaltonen said. "Once those supply chains
move, they do not come back quickly."

## Prices and outlook

Pulp prices in Europe have eased in recent weeks. The price of northern bleached softwood kraft
(NBSK) averaged about $1,480 per tonne in March, while a stronger euro has reduced the value of
dollar-denominated sales when converted back into euros.

Sweden's forest industry is facing similar pressures. Statistics Sweden reported earlier this
month that the value of Swedish forest product exports fell about 6% in March.

At the port of HaminaKotka, Finland's largest export port, March cargo volumes fell 3% year on
year, the port company said, with paper the weakest category.

Industry representatives expect little relief before the autumn. "We are not forecasting a
recovery in paper," Aaltonen said. "The question is how fast the rest of the portfolio — board,
pulp, wood products and new fibre products — can grow to fill the gap."

Finnish Customs will publish April data in June. Revised figures for February, also published
on Thursday, showed total exports down 3.3% rather than the 2.9% first reported.
""",
})

_TR_KYMI = page("kymi", {
    "url": "https://kymicoast.example/business/port-volumes-dip-as-finlands-exports-weaken",
    "headline": "Port volumes dip as Finland's exports weaken",
    "standfirst": "HaminaKotka handled 1.18 million tonnes in March. Containers grew, paper fell",
    "byline": "Tiina Heikkinen",
    "section": "Business",
    "lead_fig": ("A paper vessel loading at Mussalo harbour in Kotka.",
                 "Photo: Kymi Coast News/Tiina Heikkinen"),
    "related": [
        "Kotka city council approves new ferry terminal study",
        "Hamina fortress festival expects 25,000 visitors",
        "Kymenlaakso unemployment rate 11.9% in April",
    ],
    "most_read": [
        "KTP lose 2-0 at home",
        "Road 7 resurfacing near Hamina begins on Monday",
    ],
    "body": """
Cargo volumes at the Port of HaminaKotka fell 3.0% year on year in March to 1.18 million tonnes,
the port company said, as weak demand for paper weighed on Finland's largest export harbour.

Exports accounted for 0.79 million tonnes of the total. In the first quarter, the port handled
3.41 million tonnes of cargo.

Container traffic bucked the trend. The port handled 42,600 twenty-foot equivalent units (TEU) in
March, 1.4% more than a year earlier, thanks largely to machinery and chemicals.

"Paper is still the biggest single cargo here, and paper is having a hard time," said Satu
Nieminen, communications manager at the port company. "But containers are growing, and we see
steady interest from new customers in the chemical and battery industries."

## National figures

The port's numbers echo national statistics published on Thursday by Finnish Customs. Finland's
goods exports fell 4.2% in March compared with a year earlier, to €6.31 billion, while imports
rose 1.8%. The trade balance showed a deficit of €240 million.

The forest industry, which dominates traffic through Kotka and Hamina, saw its exports fall 9.8%
in value. Paper and paperboard exports were down 12.4%.

Finnish Customs said machinery and equipment exports grew 6.4%, which helps explain the growth in
containers.

[[ad]]

## What it means locally

For Kymenlaakso, the export figures matter more than for most regions. The region's two large
paper and board mills, the chemical plants at Mussalo and hundreds of logistics jobs all depend
on goods moving through the port.

At the Kymiranta Paper mill, one paper machine has been running at reduced speed since February,
shop steward Jari Koskinen said. "We are not talking about layoffs now, but everybody is
watching the order book," he said.

Kotka's business development director Mervi Lahtinen said the city was working to attract
new industry to the port area. "We can't replace paper with one project. We need ten smaller
ones," she said. The city has zoned 40 hectares next to Mussalo for industrial use.

## Looking ahead

Economists do not expect a quick turnaround. Jukka Rinne, chief economist at Kaleva Bank, said
US tariffs and the paper industry's long decline were weighing on exports, while machinery
remained a bright spot.

In the first quarter as a whole, Finland's goods exports were down 1.1%, Customs said. Nieminen
said the port expected full-year volumes to be "roughly at last year's level" if container
growth continued.

Last year HaminaKotka handled 13.9 million tonnes of cargo.
""",
})

_TR = {
    "id": "tr-DB4",
    "part": "DB",
    "domain": "trade",
    "fetched": "2026-05-23",
    "articles": [_TR_WIRE, _TR_PTN, _TR_KYMI],
    "planted": [],
}


# =========================================================================== rk-DB5 (control)

_RK_LIVE = page("observer", {
    "url": "https://helsinkiobserver.example/live/skarv-rocket-launch-revontuli-satellites"
           "-andoya",
    "headline": "Live: Skarv rocket puts Finnish satellites into orbit from Andøya",
    "standfirst": "Third time lucky for Nordhavn Launch: all three Revontuli satellites are in "
                  "orbit and talking to the ground. Times are Finnish time (EEST).",
    "byline": "Observer science desk: Mikael Nurmi and Laura Hietanen",
    "section": "Science",
    "live": True,
    "meta_time": "2026-09-09T04:05:00Z",
    "meta_modified": "2026-09-09T08:22:00Z",
    "visible_date": "Updated 11:22 EEST, 9 September 2026",
    "tags": ["Space", "Revontuli", "Norway", "Technology"],
    "key_points": [
        "Skarv lifted off from Andøya, Norway, at 07:42 Finnish time (06:42 in Norway)",
        "Three Revontuli satellites released 58 minutes later into a 530 km orbit",
        "All three satellites have made contact; Revontuli now has five in orbit",
    ],
    "lead_fig": ("Skarv lifts off from Andøya Spaceport on Wednesday morning.",
                 "Photo: Nordhavn Launch"),
    "most_read": [
        "Helsinki to test driverless buses in Pasila",
        "Wild mushroom season: chanterelle prices fall to €12/kg",
        "Finnish inflation slows to 1.6% in August",
    ],
    "related": [
        "Revontuli Space raises €40 million for satellite fleet",
        "What went wrong on Skarv's maiden flight in March",
        "Finland's space strategy: 2030 goals",
    ],
    "body": """
@@ 11:20 | All three Revontuli satellites in contact

Revontuli Space says RV-5 made contact at 11:05 Finnish time during a pass over its ground
station partner in Svalbard. That means all three satellites launched this morning are working.
"All three satellites are talking to us. This is the moment we have been waiting for since
March," chief executive Aino Heikkilä said in Espoo. With RV-1 and RV-2, launched last year,
the company now has five satellites in orbit. That is where we will end our live coverage —
thanks for following.

@@ 10:05 | Two out of three

RV-3 made first contact at 09:12 and RV-4 at 09:31. RV-5 has not yet been heard from; the
company says the next suitable pass over Svalbard is shortly before 11:00 and that there is "no
cause for concern" — the satellites' solar panels have to deploy and point at the sun before
the radio switches on.

@@ 08:48 | Satellites deployed

Nordhavn Launch confirms the three Revontuli satellites were released at 08:40 Finnish time, 58
minutes after liftoff, into a sun-synchronous orbit about 530 km high. The Latvian cubesat
DaugavSat-1, built by students at Riga Technical University, followed four minutes later.

@@ 08:05 | Upper stage on course

The second stage has completed its first burn and is coasting. Nordhavn says the vehicle is
"nominal". The satellites should separate a little under an hour after liftoff, after a second,
short burn to circularise the orbit.

[[ad]]

@@ 07:46 | Liftoff!

Skarv lifted off at 07:42 Finnish time — 06:42 in Norway. The first stage separated about two
and a half minutes into the flight and the payload fairing came away shortly after. Cheers at
Revontuli's office in Espoo, where staff have been watching on a big screen since six.

@@ 07:30 | Countdown continues

The launch window has opened. Weather at Andøya is good, with light winds and broken cloud.
Nordhavn says it is targeting 07:42 Finnish time.

@@ 07:05 | Third attempt this week

Good morning. Nordhavn Launch is trying for the third time this week to launch its Skarv rocket
from Andøya Spaceport in northern Norway. Monday's attempt was called off because of strong
upper-level winds; on Tuesday the countdown was stopped four minutes before liftoff because of a
sensor reading on a second-stage valve. The window opens at 07:30 Finnish time (06:30 in Norway).

On board are three Earth-observation satellites for Espoo-based Revontuli Space — RV-3, RV-4
and RV-5, weighing 96 kg each — and a small Latvian student satellite. This is only the second
flight of Skarv: the first, in March, ended 74 seconds after liftoff when the rocket lost
thrust on one of its first-stage engines.

Revontuli, founded in 2019, builds hyperspectral imaging satellites that can identify crop
disease, forest damage and oil spills from space. It plans to have 16 satellites in orbit by
the end of 2028. Business Finland supported the development of the current generation with a
€6.5 million grant in 2024.
""",
})

_RK_WIRE = page("bws", {
    "url": "https://www.balticwire.example/tech/norways-skarv-rocket-reaches-orbit-on-second-try"
           "-with-finnish-latvian-satellites",
    "headline": "Norway's Skarv rocket reaches orbit on second try, carrying Finnish and Latvian "
                "satellites",
    "standfirst": "Nordhavn Launch recovers from March failure; Revontuli Space confirms "
                  "contact with all three satellites",
    "byline": "By Ingrid Moe",
    "section": "Tech",
    "visible_date": "First published 06:48 GMT, updated 08:26 GMT, 9 September 2026",
    "lead_fig": ("The Skarv rocket on the launch pad at Andøya Spaceport.",
                 "BWS/Nordhavn Launch handout"),
    "related": [
        "European launch market: six new rockets in two years",
        "Sweden's Esrange signs second launch customer",
        "ESA approves 1.1 billion euro budget for launcher challenge",
    ],
    "most_read": [
        "Danish drugmaker shares jump 7% on obesity data",
        "Nordic airlines add 40 winter routes",
    ],
    "body": """
ANDØYA, Norway, Sept 9 (BWS) - Nordhavn Launch's Skarv rocket reached orbit on Wednesday on
its second flight, deploying three Earth-observation satellites for Finland's Revontuli Space
and a Latvian university cubesat, six months after the rocket's maiden flight ended in failure.

The two-stage rocket lifted off from Andøya Spaceport in northern Norway at 0442 GMT (06:42
local time) after two scrubbed attempts earlier in the week. It released the satellites into a
sun-synchronous orbit about 530 km (329 miles) above the Earth just under an hour later.

Revontuli said its ground teams had established contact with all three satellites by 0805 GMT.

"All three satellites are talking to us. This is the moment we've been waiting for since
March," Revontuli Chief Executive Aino Heikkilä said.

The launch is a boost for Oslo-based Nordhavn, one of several European start-ups competing to
offer small-satellite launches from the continent, and for Andøya, which Norway has promoted as
a spaceport for polar and sun-synchronous orbits.

"We learned a lot in March, and today it paid off," Nordhavn Chief Executive Erlend Solberg told
reporters at the spaceport.

[[ad]]

Skarv's first flight, on March 19, ended 74 seconds after liftoff when the rocket lost thrust on
a first-stage engine. Nordhavn said in June that it had traced the fault to a turbopump and
modified the design.

Monday's launch attempt was called off because of high-altitude winds, and on Tuesday the
countdown was halted four minutes before liftoff after a sensor reading on a second-stage valve.

Revontuli, based in Espoo near Helsinki, builds hyperspectral imaging satellites that can detect
crop disease, forest damage and oil spills. The three satellites launched on Wednesday, each
weighing 96 kg, bring its fleet in orbit to five. The company aims to have 16 in orbit by the
end of 2028 and received a 6.5 million euro grant from the Finnish state innovation agency
Business Finland in 2024.

Also on board was DaugavSat-1, a 4 kg cubesat built by students at Riga Technical University
to study the upper atmosphere. The university said radio amateurs had already picked up the
satellite's first signals.

UPDATE 08:26 GMT: adds Revontuli confirming contact with third satellite.

(Reporting by Ingrid Moe; Editing by Tom Ashdown)
""",
})

_RK_NSR = page("nsr", {
    "url": "https://nordicspacereport.example/launch/skarv-flight-2-analysis-how-nordhavn-got"
           "-to-orbit",
    "headline": "Skarv flight 2: how Nordhavn got to orbit — and what comes next",
    "standfirst": "A clean ascent, a precise deployment and a turbopump redesign that worked. "
                  "We break down Wednesday's flight minute by minute",
    "byline": "By Sigrid Haugen, Oslo",
    "author": "Sigrid Haugen",
    "section": "Launch",
    "ld_time": "2026-09-10T08:00:00+02:00",
    "lead_fig": ("Skarv's second stage seen from a tracking camera shortly after staging.",
                 "Image: Nordhavn Launch"),
    "related": [
        "Isar, RFA, Skarv: Europe's small launchers compared",
        "Andøya plans third launch pad by 2028",
        "Revontuli's hyperspectral bet explained",
    ],
    "most_read": [
        "Launch Manifest: every Nordic launch in 2026",
        "Esrange tests reusable booster hop to 1.2 km",
    ],
    "body": """
Nordhavn Launch's Skarv reached orbit on its second attempt on Wednesday 9 September, lifting
off from Andøya Spaceport at 06:42:00 CEST (04:42 UTC) and delivering all four of its payloads
to a sun-synchronous orbit of about 530 km with an inclination of 97.5 degrees.

For the Oslo-based company, it was a recovery from the failure of the maiden flight on 19
March, when a first-stage turbopump fault caused a loss of thrust and the vehicle was lost 74
seconds into flight. Nordhavn's investigation, completed in June, led to a redesigned pump
inlet and new acceptance tests for every engine.

## The flight, minute by minute

Times are after liftoff (T+), as given in Nordhavn's post-flight summary:

* T+2:31 — first-stage engine cutoff and stage separation * T+3:40 — payload fairing
separation * T+8:55 — end of the second stage's first burn; coast phase begins * T+55:10 —
second burn to circularise the orbit * T+58:00 — release of Revontuli's RV-3, RV-4 and RV-5
(05:40 UTC) * T+62:00 — release of DaugavSat-1 (05:44 UTC)

The two-stage, 27-metre vehicle is rated to carry 800 kg to sun-synchronous orbit. The satellites
on this flight weighed 292 kg in total: three 96 kg Revontuli satellites and the 4 kg
DaugavSat-1.

The week had not started well. Monday's attempt was scrubbed because of upper-level winds, and
Tuesday's countdown was stopped at T-4 minutes after an out-of-limits reading from a sensor on a
second-stage valve. Engineers traced the reading to the sensor, not the valve.

[[ad]]

## Payloads

Revontuli Space confirmed first contact with RV-3 at 06:12 UTC and with RV-4 at 06:31 UTC.
RV-5, whose antenna deployment sequence ran longer, checked in at 08:05 UTC. The Espoo company
now operates five satellites.

According to Revontuli's 2025 annual report, the launch contract for this flight was worth €11
million. The company has booked two further Skarv flights for 2027.

"We learned a lot in March, and today it paid off," Nordhavn chief executive Erlend Solberg
said after the flight. He said the next Skarv launch was planned for the first quarter of 2027.

DaugavSat-1, a 3U cubesat from Riga Technical University, was released four minutes after the
Revontuli satellites. The university reported that its beacon had been received the same day.

## What it means

Skarv joins a small group of European commercial rockets to have reached orbit. The
significance for Andøya is also considerable: the spaceport's location at 69 degrees north
makes polar and sun-synchronous orbits accessible without overflying populated areas, and
its owners want to host several launches a year from 2027.

The bigger question is cadence. Nordhavn needs to fly several times a year to make its business
work, and it has yet to show it can turn around a launch pad and a vehicle quickly. Solberg
said the company would build four vehicles in 2027.

For Revontuli, which had waited since the spring for this ride, the successful launch is a
relief. Aino Heikkilä, the company's chief
executive, said the new satellites would begin delivering images to customers after a
commissioning period of about six weeks.
""",
})

_RK_RIGA = page("riga", {
    "url": "https://rigacurrent.example/science/riga-students-satellite-is-in-orbit-and-its"
           "-talking",
    "headline": "Riga students' satellite is in orbit — and it's talking",
    "standfirst": "DaugavSat-1, built at Riga Technical University, rode to space on a Norwegian "
                  "rocket. Its first signal came from the other side of the world",
    "byline": "Elīna Puriņa",
    "section": "Science",
    "lead_fig": ("The DaugavSat-1 team at Riga Technical University's ground station.",
                 "Photo: RTU"),
    "related": [
        "Latvia's space strategy to 2030: what it promises",
        "Ventspils radio telescope gets €3 million upgrade",
        "Riga startup raises €2.5 million for drone sensors",
    ],
    "most_read": [
        "Jūrmala beaches: water quality good at 14 of 15 sites",
        "Riga Central Market to get new roof",
    ],
    "body": """
A satellite the size of a shoebox, designed and assembled by students at Riga Technical
University (RTU), is in orbit after a Norwegian rocket carried it to space on Wednesday
morning.

DaugavSat-1 lifted off on Nordhavn Launch's Skarv rocket from Andøya Spaceport in northern Norway
at 7:42 Riga time. It was released into orbit at 8:44, a few minutes after the rocket's main
passengers, three satellites for the Finnish company Revontuli Space.

The first sign of life did not come from Riga. At 10:18, a radio amateur in Japan picked up the
satellite's beacon and posted the recording online. "Somebody in Japan heard us before we did,"
said Dr Jānis Ozols, the RTU lecturer who leads the project. "That is the beauty of amateur
radio." The university's own ground station on Ķīpsala heard DaugavSat-1 on its first pass over
Riga, at 12:26.

## Three years of work

DaugavSat-1 is a 3U cubesat — three 10 cm cubes stacked together — weighing 4 kg. About 30
students have worked on it since 2023, most of them from the faculty of electronics and
telecommunications. The project cost about €380,000, partly funded by a European Space Agency
education grant and by the university.

The satellite carries an instrument to measure electron density in the upper atmosphere, data
that help improve satellite navigation and radio forecasts. It will orbit at about 530 km, where
it is expected to remain for roughly five years before the thin atmosphere drags it down.

[[ad]]

"Our students did everything: the electronics, the software, the thermal tests, even the
paperwork with the launch company," Ozols said. "Half of them were not born when Latvia's first
satellite went up." That satellite, Venta-1, was launched in 2017.

## A nervous week

The launch was postponed twice. On Monday, strong winds high above Andøya stopped the attempt,
and on Tuesday the countdown was halted four minutes before liftoff because of a faulty sensor
reading. The RTU team watched all three attempts on a screen in the university's main building.

"On Tuesday we were already counting down with the rocket, and then — nothing," said Anna
Kļaviņa, a fourth-year student responsible for the radio. "Today we were afraid to count."

Skarv's first flight in March failed 74 seconds after liftoff. DaugavSat-1 was not on that
flight.

## What's next

For the next few weeks, the team will test the satellite's systems before switching on the
instrument. Data will be shared with the University of Latvia and with researchers in Estonia
and Finland.

RTU rector's office said the university was already planning a successor, DaugavSat-2, with a
small camera. Ozols said the second satellite could be ready in 2028 "if the funding comes".

Revontuli, the main customer on the flight, said all three of its satellites had also made
contact with the ground.
""",
})

_RK = {
    "id": "rk-DB5",
    "part": "DB",
    "domain": "rocket",
    "fetched": "2026-09-11",
    "articles": [_RK_LIVE, _RK_WIRE, _RK_NSR, _RK_RIGA],
    "planted": [],
}


# =========================================================================== eq-DB6

_EQ_LIVE = page("ledger", {
    "url": "https://tallinnledger.example/live/earthquake-gulf-of-finland-paldiski-live-updates",
    "headline": "Earthquake felt in Tallinn and Helsinki: live updates",
    "standfirst": "A magnitude 4.6 earthquake struck under the Gulf of Finland north of Paldiski "
                  "early on Sunday. Follow the latest. All times are Estonian time (EEST).",
    "byline": "Ledger newsroom: Kadri Tamm, Priit Raud",
    "section": "Estonia",
    "live": True,
    "meta_time": "2026-07-11T22:38:00Z",
    "meta_modified": "2026-07-12T16:12:00Z",
    "visible_date": "Last updated 19:12",
    "tags": ["Earthquake", "Paldiski", "Harju County"],
    "key_points": [
        "Earthquake at 01:12 on Sunday, about 20 km north of Paldiski",
        "Magnitude 4.6 according to the University of Helsinki's Institute of Seismology",
        "Two people lightly injured; damage reported at 43 buildings in Paldiski",
    ],
    "lead_fig": ("A chimney that collapsed onto a parked car on Rae street in Paldiski.",
                 "Photo: Ledger/Siim Kärner"),
    "most_read": [
        "Heatwave: Pärnu beach temperatures reach 29°C",
        "Tallinn Old Town Days draw 120,000 visitors",
        "Ferry strike: what passengers need to know",
    ],
    "related": [
        "Explained: why the Baltic region has earthquakes at all",
        "Osmussaar 1976: the quake Estonia forgot",
    ],
    "body": """
@@ 19:10 | Fourth aftershock; damage reports rise to 43

The Geological Survey of Estonia has registered a fourth aftershock, of magnitude 1.4, at 18:02.
None of the aftershocks has been strong enough to be widely felt. In Paldiski, the town
government says damage has now been reported at 43 buildings, almost all of it cracked plaster
and fallen roof tiles.

@@ 13:30 | "Strongest since 1976"

Seismologists say the earthquake is the strongest in the region since the Osmussaar earthquake
of October 1976. Tuomas Kivelä, duty seismologist at the University of Helsinki's Institute of
Seismology, said the strongest shaking lasted about 15 seconds. A third small aftershock was
recorded at 11:48. The institute had received more
than 5,200 reports from people who felt the quake by noon, from as far away as Turku and Pärnu.

@@ 09:45 | Two people lightly injured

The Rescue Board says two people were lightly injured. A 71-year-old woman in Paldiski fell on
the stairs as she was leaving her flat, and a man in Keila cut his hand on broken glass. Both
were treated in hospital and have gone home. "We have no information about anyone seriously
hurt," spokeswoman Merili Tamm said.

@@ 06:20 | Second aftershock; damage in Paldiski

A second, smaller aftershock, of magnitude 1.6, was recorded at 05:20. In Paldiski, a chimney
collapsed onto a parked car on Rae street overnight, and around 20 buildings have so far
reported damage. Mayor Andrus Pärnpuu says the town's engineers will inspect the school and the
kindergarten before Monday. Elektrilevi says about 3,800 customers in Harju County briefly lost
power; all supplies were restored by 04:30.

[[ad]]

@@ 03:55 | Aftershock

The Institute of Seismology reports an aftershock of magnitude 2.1 at 03:47. Some residents of
Paldiski and Keila say they felt it.

@@ 03:10 | Undersea cables and pipeline undamaged

Grid operator Elering says the Estlink power cables and the Balticconnector gas pipeline, which
cross the Gulf of Finland between Estonia and Finland, are operating normally. "We have no sign
of any damage," spokesman Kristo Saar said.

@@ 02:25 | How strong was it?

Estimates differ slightly, as is normal. The Institute of Seismology in Helsinki puts the
magnitude at 4.6 and the depth at about 8 km. The Geological Survey of Estonia says 4.5. The
US Geological Survey gives 4.4 at a depth of 10 km, and the European-Mediterranean Seismological
Centre 4.5. The Emergency Response Centre received 1,460 calls in the first hour after the
quake.

@@ 01:38 | Strong tremor felt across northern Estonia

An earthquake shook northern Estonia and southern Finland at 01:12 tonight. Readers in Tallinn,
Keila, Paldiski and Helsinki report rattling windows, swinging lamps and items falling from
shelves. The epicentre appears to be under the sea about 20 km north of Paldiski, roughly 40 km
west of Tallinn. There are no reports of injuries so far.
""",
})

_EQ_WIRE = page("npa", {
    "url": "https://www.npa.example/world/europe/rare-earthquake-shakes-northern-estonia-and"
           "-southern-finland",
    "headline": "Rare earthquake shakes northern Estonia and southern Finland",
    "standfirst": "Magnitude 4.4 to 4.6 tremor rattles windows in Tallinn and Helsinki; no "
                  "immediate reports of serious damage",
    "byline": "By Kaisa Lind",
    "section": "Europe",
    "visible_date": "11 July 2026 | 23:40 GMT",
    "lead_fig": ("People gather outside an apartment building in Tallinn after the earthquake.",
                 "NPA/Reader photo"),
    "related": [
        "Iceland: new eruption fissure opens near Grindavik",
        "Greek island hit by magnitude 5.1 quake, no injuries",
        "Heatwave pushes Nordic power demand to July record",
    ],
    "body": """
TALLINN, July 11 (NPA) - A rare earthquake shook northern Estonia and southern Finland late on
Saturday, rattling windows in Tallinn and Helsinki and prompting hundreds of calls to emergency
services, but there were no immediate reports of serious damage or injuries.

The quake struck at 2212 GMT on Saturday (0112 local time on Sunday) under the Gulf of Finland
near the Estonian coastal town of Haapsalu, according to the Institute of Seismology at the
University of Helsinki, which put its magnitude at 4.6.

The U.S. Geological Survey measured the quake at magnitude 4.4 at a depth of 10 km, while the
European-Mediterranean Seismological Centre gave 4.5.

Estonia's Emergency Response Centre said it had received 1,460 calls in the first hour. In
Finland, emergency centres received more than 600 calls, mostly from the Helsinki area and the
southern coast.

"The whole building swayed, and the glasses in the cupboard were ringing," said Kaisa Põld, 34,
who lives on the fifth floor of an apartment block in Tallinn's Kristiine district. "My first
thought was that something had exploded."

In Espoo, west of Helsinki, Juha Mäkelä said he had been woken by a loud rumble. "I thought a
lorry had hit the house," he said.

[[ad]]

Earthquakes strong enough to be felt are rare in the Baltic Sea region, which lies far from the
boundaries of tectonic plates. The quake appeared to be the strongest in the area since a
tremor near the Estonian island of Osmussaar in October 1976.

"Earthquakes of this size happen in this region perhaps once every few decades," Tuomas
Kivelä, a seismologist at the Institute of Seismology, told NPA by telephone. "They are caused by
stresses that have built up in the crust over a very long time, partly as the land rises after
the last ice age."

The operators of the Estlink power cables and the Balticconnector gas pipeline, which cross the
Gulf of Finland between Estonia and Finland, said they were checking their infrastructure.

Estonia's Rescue Board said crews had been sent to check reports of a collapsed chimney and
cracked walls in several places but that it had no information about anyone being hurt.

Grid company Elektrilevi said some customers in Harju County, the county around Tallinn, had
briefly lost power.

Finland's nuclear plants at Loviisa and Olkiluoto reported no effects, the Finnish Radiation
and Nuclear Safety Authority said.

(Reporting by Kaisa Lind; Editing by Karin Ek)
""",
})

_EQ_OBSERVER = page("observer", {
    "url": "https://helsinkiobserver.example/finland/the-night-the-gulf-of-finland-shook",
    "headline": "The night the Gulf of Finland shook",
    "standfirst": "Thousands of people in southern Finland were woken by the strongest earthquake "
                  "in the region for half a century. Seismologists say it will not be the last",
    "byline": "Mikael Nurmi",
    "section": "Finland",
    "tags": ["Earthquake", "Science", "Estonia"],
    "lead_fig": ("Seismograph record of Sunday's earthquake at the Institute of Seismology.",
                 "Image: Institute of Seismology, University of Helsinki"),
    "most_read": [
        "Midsummer traffic deaths lowest on record",
        "Heat: Helsinki reaches 31.2°C",
        "Why Finnish blueberries are late this year",
        "Interview: the last lighthouse keeper of Bengtskär",
    ],
    "related": [
        "Ask the expert: should Finnish buildings be earthquake-proof?",
        "Estonian town counts damage after quake",
    ],
    "body": """
The earthquake struck at 01.21 early on Sunday, Finnish time. Seconds later, Tuomas Kivelä's
phone started buzzing. The duty seismologist at the University of Helsinki's Institute of
Seismology was asleep at home when the automatic alarm went off. "When I saw the first
waveforms, I knew this was not a quarry blast," he says.

The earthquake that shook southern Finland and northern Estonia was the strongest in the region
since the Osmussaar earthquake of October 1976. The institute measured it at magnitude 4.6 on
the local scale. Its epicentre lay under the Gulf of Finland about 20 km north of the Estonian
town of Paldiski — some 85 km south-west of Helsinki — at a depth of about 8 km.

The strongest shaking lasted about 15 seconds. For many people in Helsinki and Espoo, it felt
much longer.

By Sunday evening, the institute had received about 6,900 reports from people who felt the
quake, more than for any event in its history. The reports came from as far away as Turku,
Lahti and Pärnu. Finland's emergency centres received about 620 calls during the night.

[[ad]]

## Other estimates

Other agencies produced slightly different numbers, which is normal for an event of this size.
The US Geological Survey put the magnitude at 4.4, the European-Mediterranean Seismological
Centre at 4.5 and the Geological Survey of Estonia at 4.5.

"Different networks use different methods and different stations," Kivelä says. "A difference
of two tenths is nothing unusual."

## Why here?

The Baltic Sea region lies in the middle of the Eurasian plate, far from the plate boundaries
where most earthquakes happen. But the crust still moves. Since the ice sheet of the last ice
age melted, the land in Finland has been rising — by up to almost a centimetre a year in the
Gulf of Bothnia — and old faults in the bedrock can slip as stresses shift.

Small earthquakes are recorded in Finland every week, but most are too weak to be felt.
Earthquakes above magnitude 4 occur in the wider region only every few decades.

## Damage in Estonia

In Finland, there were no reports of damage beyond items falling off shelves. Finland's nuclear
power plants at Loviisa and Olkiluoto reported no effects. The Estlink cables and the
Balticconnector gas pipeline between Finland and Estonia were undamaged.

Across the gulf, the picture was different. In Paldiski, closest to the epicentre, damage was
reported at 43 buildings by Sunday evening, and a collapsed chimney crushed a parked car. Two
people in Estonia were lightly injured. There were four aftershocks during Sunday, the largest
of magnitude 2.1.

## Could it happen again?

Kivelä says yes, but not often. "We cannot predict earthquakes. What we can say is that a quake
of this size in this area is rare, and a much bigger one is very unlikely."

Finnish building regulations do not require ordinary buildings to be designed for earthquakes,
and Kivelä does not think that needs to change. Nuclear plants are a different matter: they
are designed for much stronger shaking than anything recorded in Finland.

For the institute, Sunday's quake was a rare chance to collect data. "Every felt report helps,"
Kivelä says. "Please keep sending them."
""",
})

_EQ_PAKRI = page("pakri", {
    "url": "https://pakripulse.example/news/paldiski-counts-the-cost-after-night-time-quake",
    "headline": "Paldiski counts the cost after night-time quake",
    "standfirst": "Cracked walls, a crushed car and a sleepless night. The town closest to "
                  "Sunday's earthquake is cleaning up",
    "byline": "Andres Lepik",
    "section": "Paldiski",
    "visible_date": "Sunday 12 July 2026, 18:05",
    "lead_fig": ("Residents inspect the car crushed by a falling chimney on Rae street.",
                 "Photo: Pakri Pulse/Andres Lepik"),
    "related": [
        "Paldiski summer market moves to the harbour",
        "Keila swimming pool closed for repairs until 3 August",
        "Pakri lighthouse open late on Saturdays",
    ],
    "most_read": [
        "Paldiski wind farm expansion: public meeting on 21 July",
        "Lost dog found on Pakri peninsula after 9 days",
    ],
    "body": """
Paldiski woke up to cracked walls and broken glass on Sunday after an earthquake centred under
the sea just north of the town shook the Pakri peninsula at 1:12 in the night.

By 17:00, the town government had received reports of damage from 38 buildings. Most of it is
cosmetic: cracked plaster, fallen roof tiles and broken windows. On Rae street, an old brick
chimney came down onto a parked car, crushing its roof. No one was in the car.

"I heard a bang like a door slamming, and then the whole house was shaking," said Reet Kask,
who lives opposite. "When I went out in the morning, the chimney was lying on my neighbour's
car."

Mayor Andrus Pärnpuu said the town's engineers had spent the day inspecting buildings. "The
school and the kindergarten are fine. We have found nothing that makes a building unsafe to live
in," he said. "People should photograph any damage and report it to the town government and to
their insurer."

## Two injured

Two people were lightly injured, the Rescue Board said. A 71-year-old Paldiski woman fell on the
stairs while leaving her flat in the dark, and a man in Keila cut his hand on broken glass. Both
were treated in hospital and sent home.

Elektrilevi said about 3,800 customers in Harju County lost power for a short time. Electricity
was back everywhere by 04:30.

[[ad]]

## How strong was it?

The University of Helsinki's Institute of Seismology, which monitors the region together with
Estonian colleagues, put the magnitude at 4.6. Tuomas Kivelä, a seismologist at the institute,
told Pakri Pulse the strongest shaking lasted about 50 seconds.

Sander Oja of the Geological Survey of Estonia said the Estonian network measured a magnitude of
4.5. "The epicentre was about 20 kilometres north of Paldiski, in the sea. That is why Paldiski
and Keila felt it most," he said. By the afternoon there had been three small aftershocks, the
strongest of magnitude 2.1 at 03:47.

The last comparable earthquake in north-west Estonia was in October 1976, near Osmussaar island.
Older residents remember it. "In 1976 my mother's dishes came off the shelf," said Heino Rebane,
82. "This time it was my dishes. Fifty years later, same thing."

## Infrastructure checked

Paldiski is home to the Estonian end of the Balticconnector gas pipeline and of the Estlink power
cables to Finland. Elering said overnight that there was no damage to either. The port of
Paldiski said its quays had been inspected and ships were loading as normal by mid-morning.

The town government will hold a meeting for residents at the culture centre on Monday at 18:00.
Insurers say claims for earthquake damage are covered by most Estonian home insurance policies,
but advise customers to check their terms.
""",
})

_EQ = {
    "id": "eq-DB6",
    "part": "DB",
    "domain": "earthquake",
    "fetched": "2026-07-14",
    "articles": [_EQ_LIVE, _EQ_WIRE, _EQ_OBSERVER, _EQ_PAKRI],
    "planted": [
        ("epicentre location", r"paldiski", r"haapsalu"),
        ("local time of the quake", r"\b0?1[:.]12\b|\b0112\b", r"\b0?1[:.]21\b|\b0121\b"),
        ("duration of strongest shaking", r"\b15 seconds\b", r"\b50 seconds\b"),
    ],
}

STORIES: list[dict] = [_CB, _EL, _CT, _TR, _RK, _EQ]
