"""Story battery, part EF — British Isles (UK, Ireland), events in 2026.

Written by engineer EF1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between the outlets below are legitimate (time zones, local vs UTC dates, rounding,
units, growing counts, revised provisional figures, forecasts vs outcomes, earlier events,
attributed estimates, look-alike measures, name and title variants, paraphrased quotes, sidebar
figures of other stories). Three stories are controls with no real contradiction at all; the
other three carry exactly three planted contradictions each, each in exactly one outlet. All
outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only. Every domain ends in .example.

cb-EF1 (central bank) — CONTROL. The Bank of England's Monetary Policy Committee announced at
12:00 BST (11:00 GMT/UTC, 07:00 New York) on Thursday 17 September 2026 a quarter-point cut in
Bank Rate from 3.50% to 3.25%, voting 6–3 (chief economist Helena Stroud and external members
Priya Venkataraman and Tobias Wrenfield voted to hold). Governor Alasdair (J.) Pennock: "not on
a pre-set path". August CPI 2.9% (from 3.2%; Bank had forecast 3.0%), core 3.4%, services 4.4%,
published Wednesday 16 September; previous meeting 6 August held at 3.50% by 5–4; next decision
5 November. Outlets: Meridian Wire (wire, JSON-LD 11:06 UTC); The Albion Daily business live
page (BST timestamps 08:30–15:10, date only in visible "Last updated" text); The Caledonian
Herald next-day piece (article:published_time 18 Sep 05:30 +01:00); Mortgage Desk trade site
(no date at all). Traps: noon BST vs 1100 GMT vs 7 a.m. New York; 6-3 vs "six votes to three";
August's 5-4; economist's 7-2 forecast vs the 6-3 outcome; headline vs core vs services CPI;
3.0% forecast vs 2.9% outcome; sterling -0.3% at $1.3395 just after noon vs -0.4% at $1.3380 at
15:10 and "just under $1.34" at the close; two-year gilt yield (-4bp to 3.39%, later -5bp to
3.38%) vs two-year swap rate (3.47%); 3.5% vs 3.50%; 25 basis points vs a quarter point; middle
initial; quote wording "pre-set"/"preset"; tracker payment £1,083 -> £1,056 (about £28).

el-EF2 (election) — CONTROL. Dáil by-election in Limerick City: polling Friday 2 October 2026
(7am–10pm IST), count from 09:00 IST (08:00 GMT) Saturday 3 October at the University of
Limerick (UL) Sport Arena, Castletroy. Electorate 78,412, total poll 30,109 (turnout 38.4%),
spoiled 291, valid 29,818, quota 14,910. First preferences: Órla Ní Bhriain (SF) 9,874 (33.1%),
Declan Moriarty (FF) 7,402 (24.8%), Sarah Kiely (FG) 5,911 (19.8%), Tadhg Ó Súilleabháin (SD)
2,968, Niamh Costelloe (Lab) 1,544, Pádraig Hartigan (Ind) 1,046, Eimear Walsh (GP) 699, Conor
Bredin (Ind) 374. Ní Bhriain elected on the seventh count, declared 00:40 IST Sunday 4 October
(23:40 GMT Saturday 3 October): 15,236 to 12,907, 1,675 non-transferable, margin 2,329. Outlets:
The Irish Courier live page (article:published_time, IST timestamps); Atlantic Newswire wire
(JSON-LD 23:55 UTC 3 Oct, no fadas, "late on Saturday", "2340 GMT"); Limerick Observer local
paper (visible date only, Sunday 10.15am); Leinster House Brief data site (no date). Traps:
Sunday 12.40am local vs Saturday 2340 GMT; party tallies (33.6%, 24.1%, 20.2%) vs official
count; 38.4% vs "just over 38"; 2024 turnout 56.3%; percent vs percentage points (+9.4 points,
"about 40%" relative); names with and without fadas; UL vs University of Limerick; intermediate
counts (12,375 / 9,405 / 7,044) vs final; quote "I will not"/"I won't let you down".

ct-EF3 (court) — PLANTED (3). UK Supreme Court, London: Swiftdrop Couriers Ltd v Adeyemi and
others [2026] UKSC 27, handed down 09:45 BST (08:45 GMT) on Wednesday 15 July 2026; five
justices dismissed the company's appeal 4–1 (Lord Kerrigan lead; Lady Harcourt-Bell, Lord Mensah,
Lord Drummond agreeing; Lady Fairlie dissenting); about 18,400 couriers; 27 claimants; union
(UCDU) estimate £62m, company provision £21.5m; Court of Appeal had ruled 2–1 in 2025; hearing
10–11 February 2026. Outlets: Meridian Wire (wire, article:published_time 09:58 UTC); The
Sentinel next-day newspaper (visible date only); Mancunian Dispatch local site (no date); HR Law
Bulletin specialist site (JSON-LD 14:30 +01:00). PLANTED: (1) vote split right 4-1, wrong 3-2
("one of the two dissenting justices") in The Sentinel; (2) weekday right Wednesday 15 July,
wrong "Thursday, 15 July" in Mancunian Dispatch; (3) couriers covered right about 18,400, wrong
"approximately 14,800" in HR Law Bulletin. Traps: 9:45 a.m. vs 0845 GMT; "yesterday"; Court of
Appeal 2-1 and "two to one"; 27 claimants vs 18,400 couriers vs 2,300 in Greater Manchester;
£62m union figure vs £21.5m provision ($83m converted); company's £13.10/hour vs union's £9.40;
quote wordings of Lord Kerrigan; "UK Supreme Court" vs "Supreme Court"; 7% substitution.

tr-EF4 (trade) — CONTROL. ONS monthly trade release for August 2026, 07:00 BST (06:00 GMT)
Thursday 15 October 2026: total trade deficit £4.1bn (July revised to £3.8bn from £3.5bn;
consensus £3.3bn); exports £74.2bn (-2.2%, -£1.7bn), imports £78.3bn (-1.8%, -£1.4bn); goods
deficit £19.3bn (July £18.6bn), services surplus £15.2bn (July £14.8bn); excluding precious
metals £5.0bn (July £4.4bn); three months to August £11.6bn, narrowed £1.9bn; goods exports to
the US -6.8% to £5.1bn, to the EU +1.2% to £16.4bn; GDP +0.1% in August, +0.3% over three
months. Outlets: Atlantic Newswire (wire, JSON-LD 06:21 UTC, "4.1 billion pounds ($5.5
billion)"); The Albion Daily business live page (article:published_time, BST timestamps); Freight
& Export Weekly trade site (no date); The Caledonian Herald next day (visible date only). Traps:
month vs three-month vs year-to-date (£44.9bn, -3.1%); total vs goods vs services vs
ex-precious-metals balances; forecast vs outcome; first vs revised July; $ and € conversions;
sterling $1.3306 vs $1.3310 at different times; car exports -11.4% (all destinations) vs US
goods -6.8%; "£5bn" vs £5.0bn; Scotch exports -9% in the first half (attributed).

rk-EF5 (rocket) — PLANTED (3). Norvane Aerospace's two-stage Skerry rocket lifted off from
SaxaVord Spaceport, Lamba Ness, Unst (Shetland) at 10:42 BST (09:42 UTC) on Thursday 4 June
2026, after a Tuesday 2 June scrub (gusts to 45 mph), carrying six satellites (84 kg) to a ~510
km (317 miles) sun-synchronous orbit; SECO T+9 min 12 s, deployments T+10 min 05 s to T+13 min
30 s; contact with all six by 11:40 BST; chief executive Ishbel Tulloch. Outlets: Isles Courier
live page (visible "Last updated" only, BST timestamps); Atlantic Newswire (wire, JSON-LD 10:31
UTC); OrbitWatch specialist site (no date); The Caledonian Herald next day
(article:published_time 5 Jun 05:00 +01:00). PLANTED: (1) liftoff time right 10:42 BST / 09:42
UTC, wrong "10.24am" in The Caledonian Herald; (2) satellites right six, wrong "eight" in Atlantic
Newswire; (3) surname right Tulloch, wrong "Tullock" in OrbitWatch. Traps: BST vs UTC vs "0942
GMT"; km vs miles; "just over nine minutes", "about 10 minutes", "thirteen and a half minutes";
"four of the six" at 11:05 vs all six at 11:40; quote wording variants; Scotland vs Britain as
customer country; 150 kg capacity vs 84 kg payload; 2023 Cornwall attempt.

eq-EF6 (earthquake) — PLANTED (3). Earthquake at 00:41 BST on Sunday 9 August 2026 (23:41 UTC
Saturday 8 August), British Geological Survey (BGS) magnitude 4.6 (initial automatic 4.5,
revised), depth 9 km, epicentre about 3 km (2 miles) north-west of Nefyn on the Llŷn Peninsula,
Gwynedd; EMSC 4.7, USGS 4.5, Irish National Seismic Network 4.4 (attributed); aftershock 2.1 at
03:17 BST; felt reports >1,000 within half an hour, >2,000 by 02:05, >5,600 by 15:05, >7,000 by
Monday; 14 properties inspected; woman in her 70s (74) treated at Ysbyty Gwynedd; Cllr Dyfrig
Wyn Hughes is leader of Gwynedd Council. Outlets: Menai Bulletin live page (visible date only,
BST); Meridian Wire (wire, JSON-LD 00:52 UTC, updated 02:52 UTC); The Irish Courier
(article:published_time 10:30 +01:00, Irish time); The Albion Daily next-day piece (no date).
PLANTED: (1) BGS magnitude right 4.6, wrong 4.9 in The Irish Courier; (2) epicentre right near
Nefyn, wrong "near the town of Tywyn" in Meridian Wire; (3) Hughes's role right council leader,
wrong "chief executive of Gwynedd Council" in The Albion Daily. Traps: Sunday 00:41 local vs
Saturday 2341 GMT; Irish time = BST; 9 km vs 5.6 miles; 125 km vs 78 miles; agency estimates
(EMSC, USGS, INSN) vs BGS; growing felt-report counts; 1984 Llŷn quake (5.4) and 2018 Swansea
quake (4.4); "in her 70s" vs "aged 74"; Llŷn vs Llyn; "12.40am" vs 00:41.
"""

from __future__ import annotations

import html
import json
import re

# ---------------------------------------------------------------------------
# Small HTML builder. Every outlet gets its own furniture (nav, consent banner,
# share row, newsletter box, ad slots, link lists, footer) so the pages do not
# look machine-made from one template.
# ---------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(text: str) -> list[str]:
    """Split a text block on blank lines; join wrapped lines with spaces."""
    out = []
    for chunk in text.strip().split("\n\n"):
        line = " ".join(part.strip() for part in chunk.strip().splitlines())
        if line:
            out.append(line)
    return out


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:72].rstrip("-")


_OUTLETS: dict[str, dict] = {
    "meridian": {
        "name": "Meridian Wire",
        "host": "www.meridianwire.example",
        "title": "{h} | Meridian Wire",
        "layout": "wire",
        "nav": ["World", "Business", "Markets", "Legal", "Science", "Technology", "Breakingviews"],
        "cookie": "We and our partners use cookies to deliver our services, measure audiences "
        "and personalise content. You can change your choices at any time in Cookie settings.",
        "cookie_buttons": ["Accept all", "Reject all", "Cookie settings"],
        "share": ["Share on X", "Share on LinkedIn", "Email", "Copy link"],
        "newsletter": ("Meridian Daily Briefing",
                       "The stories moving markets, in your inbox before 6am. Sign up free."),
        "ad": "Advertisement · Scroll to continue",
        "ad_after": 3,
        "related_head": "Related coverage",
        "most_head": "Most read on Meridian",
        "footer": ["About Meridian Wire", "Trust principles", "Careers", "Contact us",
                   "Terms of use", "Privacy", "Cookies", "Accessibility"],
        "copyright": "© 2026 Meridian Wire Ltd. All rights reserved. Market data delayed "
        "by at least 15 minutes.",
    },
    "atlantic": {
        "name": "Atlantic Newswire",
        "host": "atlanticnewswire.example",
        "title": "{h} - Atlantic Newswire",
        "layout": "wire",
        "nav": ["Top news", "Europe", "UK & Ireland", "Economy", "Companies", "Space", "Video"],
        "cookie": "Atlantic Newswire uses essential cookies and, with your consent, analytics "
        "and advertising cookies.",
        "cookie_buttons": ["I agree", "Manage preferences"],
        "share": ["Facebook", "X", "WhatsApp", "Email"],
        "newsletter": ("Atlantic Morning", "A five-minute read on the day ahead in Europe."),
        "ad": "ADVERTISEMENT",
        "ad_after": 4,
        "related_head": "More from Atlantic Newswire",
        "most_head": "Trending",
        "footer": ["Who we are", "Editorial standards", "Licensing", "Help",
                   "Privacy notice", "Cookie policy"],
        "copyright": "© 2026 Atlantic Newswire. Reproduction without licence prohibited.",
    },
    "albion": {
        "name": "The Albion Daily",
        "host": "www.albiondaily.example",
        "title": "{h} | The Albion Daily",
        "layout": "paper",
        "nav": ["News", "UK", "World", "Business", "Money", "Opinion", "Sport", "Culture",
                "Lifestyle"],
        "cookie": "Yes, we use cookies. They help us show you relevant journalism and adverts, "
        "and help pay for our reporting. Choose 'Yes, I'm happy' or manage your settings.",
        "cookie_buttons": ["Yes, I'm happy", "Manage my cookies"],
        "share": ["Share via Facebook", "Share via X", "Share via Email", "Share via WhatsApp"],
        "newsletter": ("Business Today", "Get the day's business news and analysis every "
                       "weekday morning."),
        "ad": "Advertisement",
        "ad_after": 2,
        "related_head": "More on this story",
        "most_head": "Most viewed",
        "footer": ["About us", "Contact us", "Complaints & corrections", "Work for us",
                   "Privacy policy", "Cookie policy", "Terms & conditions", "Help"],
        "copyright": "© 2026 Albion Media Group plc",
    },
    "caledonian": {
        "name": "The Caledonian Herald",
        "host": "www.caledonianherald.example",
        "title": "{h} | The Caledonian Herald",
        "layout": "paper",
        "nav": ["News", "Scotland", "Politics", "Business", "Highlands & Islands", "Opinion",
                "Sport", "Puzzles"],
        "cookie": "We use cookies to improve your experience on our site and to show you "
        "personalised advertising. To find out more, read our cookie policy.",
        "cookie_buttons": ["Accept", "Settings"],
        "share": ["Facebook", "Twitter", "Email", "Print"],
        "newsletter": ("The Herald Briefing", "Scotland's news in one email, every morning."),
        "ad": "Advertisement",
        "ad_after": 3,
        "related_head": "Read more",
        "most_head": "Most read",
        "footer": ["Contact", "Advertise with us", "Subscribe", "Syndication", "Privacy",
                   "Cookie settings", "Terms"],
        "copyright": "© 2026 Caledonian Newspapers Ltd. Registered in Scotland.",
    },
    "sentinel": {
        "name": "The Sentinel",
        "host": "www.thesentinel.example",
        "title": "{h} — The Sentinel",
        "layout": "paper",
        "nav": ["Home", "News", "Politics", "Law", "Business", "Comment", "Obituaries"],
        "cookie": "This site uses cookies to provide a better experience. By continuing "
        "to browse you agree to our use of cookies.",
        "cookie_buttons": ["OK", "Find out more"],
        "share": ["Share", "Tweet", "Email", "Save"],
        "newsletter": ("Sentinel Law Letter", "The week in courts and justice, every Friday."),
        "ad": "Advertisement",
        "ad_after": 4,
        "related_head": "Related articles",
        "most_head": "Most popular",
        "footer": ["About The Sentinel", "Editorial code", "Contact the newsroom",
                   "Subscriptions", "Privacy", "Cookies"],
        "copyright": "© 2026 Sentinel Publishing Ltd",
    },
    "irishcourier": {
        "name": "The Irish Courier",
        "host": "www.irishcourier.example",
        "title": "{h} – The Irish Courier",
        "layout": "paper",
        "nav": ["News", "Ireland", "Politics", "World", "Business", "Sport", "Opinion",
                "Gaeilge"],
        "cookie": "We value your privacy. We and our 143 partners store and access information "
        "on your device for personalised ads and content, measurement and audience insights.",
        "cookie_buttons": ["Accept all", "Reject all", "Show purposes"],
        "share": ["Facebook", "X", "LinkedIn", "Email"],
        "newsletter": ("Inside Politics", "Get the Courier's politics newsletter every Friday."),
        "ad": "Advertisement",
        "ad_after": 3,
        "related_head": "Related",
        "most_head": "Most read",
        "footer": ["About", "Contact us", "Press Council", "Terms and conditions",
                   "Privacy statement", "Cookie information"],
        "copyright": "© 2026 Irish Courier Media DAC",
    },
    "limerickobserver": {
        "name": "Limerick Observer",
        "host": "www.limerickobserver.example",
        "title": "{h} - Limerick Observer",
        "layout": "local",
        "nav": ["Home", "News", "Sport", "Business", "Community", "Property", "Death notices",
                "Contact"],
        "cookie": "This website uses cookies. Some are essential; others help us understand "
        "how you use the site.",
        "cookie_buttons": ["Accept cookies", "Essential only"],
        "share": ["Share on Facebook", "Share on X", "Send by WhatsApp"],
        "newsletter": ("Limerick Observer Daily", "Local news from the Treaty City, free."),
        "ad": "Advertisement",
        "ad_after": 2,
        "related_head": "More local news",
        "most_head": "Popular this week",
        "footer": ["Advertise", "Submit a story", "Notices", "Privacy", "Terms"],
        "copyright": "© 2026 Limerick Observer Ltd, O'Connell Street, Limerick",
    },
    "lhbrief": {
        "name": "Leinster House Brief",
        "host": "leinsterhousebrief.example",
        "title": "{h} | Leinster House Brief",
        "layout": "trade",
        "nav": ["Briefings", "Elections", "Data", "Oireachtas", "Podcasts", "Subscribe"],
        "cookie": "We use a small number of cookies for analytics. No advertising trackers.",
        "cookie_buttons": ["Fine by me", "No thanks"],
        "share": ["Copy link", "Email", "LinkedIn"],
        "newsletter": ("The Brief", "Irish politics by the numbers, three times a week."),
        "ad": "Advertisement · Sponsored",
        "ad_after": 5,
        "related_head": "Elections data",
        "most_head": "Most read briefings",
        "footer": ["About the Brief", "Methodology", "Corrections", "Privacy", "Contact"],
        "copyright": "© 2026 LH Brief Media. Data may be reused with attribution.",
    },
    "mortgagedesk": {
        "name": "Mortgage Desk",
        "host": "www.mortgagedesk.example",
        "title": "{h} - Mortgage Desk",
        "layout": "trade",
        "nav": ["News", "Lenders", "Rates", "Regulation", "Later life", "Buy-to-let", "Events",
                "Awards"],
        "cookie": "Mortgage Desk uses cookies to personalise content for intermediaries.",
        "cookie_buttons": ["Accept", "Reject", "Customise"],
        "share": ["LinkedIn", "X", "Email"],
        "newsletter": ("Mortgage Desk Daily", "For brokers and lenders: rates, moves and "
                       "product launches every afternoon."),
        "ad": "Advertisement",
        "ad_after": 3,
        "related_head": "Related stories",
        "most_head": "Most read",
        "footer": ["About", "Editorial team", "Advertise", "Events", "Privacy", "Cookies"],
        "copyright": "© 2026 Desk Publishing Ltd. For professional intermediaries only.",
    },
    "mancunian": {
        "name": "Mancunian Dispatch",
        "host": "www.mancuniandispatch.example",
        "title": "{h} - Manchester news | Mancunian Dispatch",
        "layout": "local",
        "nav": ["News", "Greater Manchester", "Business", "Football", "What's On", "Food",
                "Traffic"],
        "cookie": "We care about your data, and we'd love to use cookies to make your "
        "experience better.",
        "cookie_buttons": ["Accept all cookies", "Manage"],
        "share": ["Facebook", "X", "WhatsApp", "Copy link"],
        "newsletter": ("Manchester Evening Briefing", "Our best local stories every evening."),
        "ad": "ADVERTISEMENT",
        "ad_after": 2,
        "related_head": "Read next",
        "most_head": "Most read in Manchester",
        "footer": ["Contact the newsroom", "Advertising", "Jobs", "Privacy", "Cookie notice",
                   "Complaints"],
        "copyright": "© 2026 Dispatch Local Media Ltd, Deansgate, Manchester",
    },
    "hrbulletin": {
        "name": "HR Law Bulletin",
        "host": "www.hrlawbulletin.example",
        "title": "{h} | HR Law Bulletin",
        "layout": "trade",
        "nav": ["Employment law", "Case reports", "Pay & benefits", "Tribunals",
                "Compliance", "Webinars", "CPD"],
        "cookie": "We use cookies to keep you signed in and to understand which guidance "
        "our members read.",
        "cookie_buttons": ["Accept", "Decline optional cookies"],
        "share": ["LinkedIn", "Email", "Print", "Download PDF"],
        "newsletter": ("Case Law Weekly", "Key employment judgments explained for HR teams."),
        "ad": "Advertisement",
        "ad_after": 4,
        "related_head": "Related case reports",
        "most_head": "Members are reading",
        "footer": ["Membership", "Editorial board", "Contributors", "Terms", "Privacy"],
        "copyright": "© 2026 HR Law Bulletin. Not legal advice.",
    },
    "freight": {
        "name": "Freight & Export Weekly",
        "host": "www.freightexportweekly.example",
        "title": "{h} - Freight & Export Weekly",
        "layout": "trade",
        "nav": ["News", "Ports", "Customs", "Air cargo", "Road", "Markets", "Data",
                "Jobs"],
        "cookie": "We use cookies to analyse traffic and to show trade adverts relevant to you.",
        "cookie_buttons": ["Accept", "Preferences"],
        "share": ["LinkedIn", "X", "Email"],
        "newsletter": ("Trade Lane", "Weekly data on UK imports, exports and freight rates."),
        "ad": "Advertisement",
        "ad_after": 3,
        "related_head": "Related",
        "most_head": "Most read this week",
        "footer": ["About", "Subscribe", "Advertise", "Privacy", "Terms"],
        "copyright": "© 2026 Cargo Media Ltd",
    },
    "isles": {
        "name": "Isles Courier",
        "host": "www.islescourier.example",
        "title": "{h} | Isles Courier",
        "layout": "local",
        "nav": ["News", "Shetland", "Orkney", "Ferries", "Fishing", "Sport", "Community",
                "Jobs"],
        "cookie": "We use cookies to make this site work. With your OK we also use analytics.",
        "cookie_buttons": ["OK", "Essential only"],
        "share": ["Facebook", "X", "Email"],
        "newsletter": ("Isles Courier Weekly", "News from the isles every Friday."),
        "ad": "Advertisement",
        "ad_after": 3,
        "related_head": "More on the spaceport",
        "most_head": "Most read",
        "footer": ["About us", "Contact", "Advertise", "Privacy"],
        "copyright": "© 2026 Isles Courier, Commercial Street, Lerwick",
    },
    "orbitwatch": {
        "name": "OrbitWatch",
        "host": "orbitwatch.example",
        "title": "{h} - OrbitWatch",
        "layout": "trade",
        "nav": ["Launch", "Satellites", "Industry", "Policy", "Launch schedule", "Newsletter"],
        "cookie": "OrbitWatch uses cookies for analytics and to remember your launch alerts.",
        "cookie_buttons": ["Accept", "Decline"],
        "share": ["X", "Bluesky", "LinkedIn", "Copy link"],
        "newsletter": ("T-minus", "Every launch, every week, in one email."),
        "ad": "Advertisement",
        "ad_after": 4,
        "related_head": "Related launches",
        "most_head": "Popular",
        "footer": ["About", "Write for us", "Advertise", "Privacy", "Contact"],
        "copyright": "© 2026 OrbitWatch Media",
    },
    "menai": {
        "name": "Menai Bulletin",
        "host": "www.menaibulletin.example",
        "title": "{h} | Menai Bulletin",
        "layout": "local",
        "nav": ["Newyddion / News", "Gwynedd", "Anglesey", "Conwy", "Sport", "Weather",
                "What's on"],
        "cookie": "Rydym yn defnyddio cwcis / We use cookies to run this site and to measure "
        "readership.",
        "cookie_buttons": ["Derbyn / Accept", "Gosodiadau / Settings"],
        "share": ["Facebook", "X", "WhatsApp", "Email"],
        "newsletter": ("Bore Da Bulletin", "North Wales news in your inbox each morning."),
        "ad": "Hysbyseb / Advertisement",
        "ad_after": 3,
        "related_head": "Related stories",
        "most_head": "Most read",
        "footer": ["About", "Contact", "Advertise", "Privacy", "Cookies",
                   "Welsh language policy"],
        "copyright": "© 2026 Menai Bulletin Cyf, Bangor",
    },
}


def _link_list(host: str, section: str, titles: list[str]) -> str:
    items = "\n".join(
        f'      <li><a href="https://{host}/{section}/{_slug(t)}">{_esc(t)}</a></li>'
        for t in titles
    )
    return f"    <ul>\n{items}\n    </ul>"


def _render_body(blocks: list[str], o: dict) -> str:
    ad_html = (
        f'<aside class="ad-slot" aria-label="advertisement"><span class="ad-label">'
        f'{_esc(o["ad"])}</span><div class="ad-unit" data-slot="mid-article"></div></aside>'
    )
    parts: list[str] = []
    in_post = False
    n = 0
    for b in blocks:
        if b.startswith("@@ "):
            if in_post:
                parts.append("</article>")
            stamp, _, head = b[3:].partition(" | ")
            parts.append(
                f'<article class="live-post"><header><time class="live-stamp">{_esc(stamp)}'
                f"</time><h3>{_esc(head)}</h3></header>"
            )
            in_post = True
            continue
        if b.startswith("## "):
            parts.append(f"<h2>{_esc(b[3:])}</h2>")
            continue
        if b.startswith("> "):
            parts.append(f"<blockquote><p>{_esc(b[2:])}</p></blockquote>")
            continue
        parts.append(f"<p>{_esc(b)}</p>")
        n += 1
        if n == o["ad_after"]:
            parts.append(ad_html)
    if in_post:
        parts.append("</article>")
    return "\n".join(parts)


def _page(key: str, a: dict) -> dict:
    """Render one whole article page; returns {"url": ..., "html": ...}."""
    o = _OUTLETS[key]
    host = o["host"]
    url = f"https://{host}{a['path']}"
    title = o["title"].format(h=a["headline"])
    image = f"https://{host}/media/{_slug(a['headline'])[:40]}.jpg"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f'<meta name="description" content="{_esc(a["description"])}">',
        f'<link rel="canonical" href="{_esc(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_esc(o["name"])}">',
        f'<meta property="og:title" content="{_esc(a["headline"])}">',
        f'<meta property="og:description" content="{_esc(a["description"])}">',
        f'<meta property="og:url" content="{_esc(url)}">',
        f'<meta property="og:image" content="{_esc(image)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if a.get("section"):
        head.append(f'<meta property="article:section" content="{_esc(a["section"])}">')
    if a.get("meta_time"):
        head.append(f'<meta property="article:published_time" content="{a["meta_time"]}">')
        if a.get("meta_modified"):
            head.append(
                f'<meta property="article:modified_time" content="{a["meta_modified"]}">'
            )
    if a.get("jsonld_time"):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["headline"],
            "description": a["description"],
            "datePublished": a["jsonld_time"],
            "dateModified": a.get("jsonld_modified", a["jsonld_time"]),
            "author": [{"@type": "Person", "name": n} for n in a.get("authors", [])],
            "publisher": {"@type": "Organization", "name": o["name"]},
            "mainEntityOfPage": url,
            "image": [image],
        }
    else:
        ld = {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": o["name"],
                 "item": f"https://{host}/"},
                {"@type": "ListItem", "position": 2, "name": a.get("section", "News"),
                 "item": f"https://{host}/{_slug(a.get('section', 'news'))}/"},
            ],
        }
    head.append(
        '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    head.append(f'<link rel="stylesheet" href="https://{host}/static/css/site.css">')

    nav = "\n".join(
        f'      <li><a href="https://{host}/{_slug(n)}/">{_esc(n)}</a></li>' for n in o["nav"]
    )
    buttons = "".join(
        f'<button type="button" class="consent-btn">{_esc(b)}</button>'
        for b in o["cookie_buttons"]
    )
    consent = (
        f'<div class="consent-banner" role="dialog" aria-label="Cookie consent">'
        f"<p>{_esc(o['cookie'])}</p>{buttons}</div>"
    )
    share = "".join(
        f'<li><a class="share" href="#share-{_slug(s)}">{_esc(s)}</a></li>' for s in o["share"]
    )
    share_html = f'<ul class="share-tools" aria-label="Share this article">{share}</ul>'
    byline = f'<p class="byline">{_esc(a["byline"])}</p>' if a.get("byline") else ""
    when = (
        f'<p class="article-date">{_esc(a["visible_date"])}</p>'
        if a.get("visible_date") else ""
    )
    kicker = f'<p class="kicker">{_esc(a["kicker"])}</p>' if a.get("kicker") else ""
    dek = f'<p class="standfirst">{_esc(a["standfirst"])}</p>' if a.get("standfirst") else ""
    fig = ""
    if a.get("caption"):
        fig = (
            f'<figure class="lead-image"><img src="{_esc(image)}" alt="{_esc(a["caption"])}"'
            f' width="1200" height="675"><figcaption>{_esc(a["caption"])} '
            f'<span class="credit">{_esc(a.get("credit", ""))}</span></figcaption></figure>'
        )
    body = _render_body(a["body"], o)
    tags = ""
    if a.get("tags"):
        tags = '<ul class="tags">' + "".join(
            f'<li><a href="https://{host}/topic/{_slug(t)}">{_esc(t)}</a></li>'
            for t in a["tags"]
        ) + "</ul>"
    related = (
        f'<section class="related"><h2>{_esc(o["related_head"])}</h2>\n'
        f'{_link_list(host, "news", a.get("related", []))}\n</section>'
    )
    most = (
        f'<section class="most-read"><h2>{_esc(o["most_head"])}</h2>\n'
        f'{_link_list(host, "news", a.get("most_read", []))}\n</section>'
    )
    nl_title, nl_text = o["newsletter"]
    newsletter = (
        f'<section class="newsletter-signup"><h2>{_esc(nl_title)}</h2><p>{_esc(nl_text)}</p>'
        '<form action="#" method="post"><label>Email address <input type="email" '
        'name="email"></label><button type="submit">Sign up</button></form>'
        "<p class=\"small\">By signing up you agree to our privacy notice.</p></section>"
    )
    footer_links = "".join(
        f'<li><a href="https://{host}/{_slug(f)}">{_esc(f)}</a></li>' for f in o["footer"]
    )
    footer = (
        f'<footer class="site-footer"><ul>{footer_links}</ul>'
        f'<p>{_esc(o["copyright"])}</p></footer>'
    )
    masthead = (
        f'<header class="masthead"><a class="logo" href="https://{host}/">{_esc(o["name"])}'
        f'</a><a class="subscribe" href="https://{host}/subscribe">Subscribe</a>'
        f'<a class="signin" href="https://{host}/account">Sign in</a></header>'
    )
    navhtml = f'<nav class="site-nav" aria-label="Sections">\n    <ul>\n{nav}\n    </ul>\n</nav>'
    top_ad = (
        f'<div class="ad-slot ad-leaderboard"><span class="ad-label">{_esc(o["ad"])}'
        "</span></div>"
    )
    article_head = f"{kicker}<h1>{_esc(a['headline'])}</h1>{dek}"
    body_div = f'<div class="article-body">\n{body}\n</div><!-- /article-body -->'
    layout = o["layout"]
    if layout == "wire":
        main = (
            f"<main>\n<article class=\"story\">{article_head}{byline}{when}{share_html}"
            f"{fig}\n{body_div}\n{tags}</article>\n{related}\n{newsletter}\n{most}\n</main>"
        )
        page_top = f"{consent}\n{masthead}\n{navhtml}\n{top_ad}"
    elif layout == "paper":
        main = (
            f"<main class=\"with-rail\">\n<article class=\"story\">{article_head}{fig}"
            f"<div class=\"meta\">{byline}{when}</div>{share_html}\n{body_div}\n{tags}"
            f"{share_html}</article>\n<aside class=\"rail\">{most}\n{top_ad}\n"
            f"{newsletter}</aside>\n{related}\n</main>"
        )
        page_top = f"{masthead}\n{navhtml}"
        footer = f"{footer}\n{consent}"
    elif layout == "local":
        main = (
            f"<main>\n<article class=\"story local\">{article_head}{byline}{when}{fig}"
            f"\n{body_div}\n{share_html}{tags}</article>\n{newsletter}\n{related}\n{most}\n"
            f"</main>"
        )
        page_top = f"{top_ad}\n{masthead}\n{navhtml}\n{consent}"
    else:  # trade / specialist
        main = (
            f"<main>\n<div class=\"columns\"><article class=\"story\">{article_head}"
            f"{byline}{when}{share_html}{fig}\n{body_div}\n{tags}</article>\n"
            f"<aside class=\"sidebar\">{newsletter}\n{most}\n{top_ad}</aside></div>\n"
            f"{related}\n</main>"
        )
        page_top = f"{navhtml}\n{masthead}\n{consent}"
    doc = (
        "<!DOCTYPE html>\n"
        f'<html lang="{a.get("lang", "en-GB")}">\n<head>\n'
        + "\n".join(head)
        + f"\n</head>\n<body class=\"{layout}\">\n{page_top}\n{main}\n{footer}\n"
        + f'<script src="https://{host}/static/js/site.js" defer></script>\n</body>\n</html>\n'
    )
    return {"url": url, "html": doc}


# ---------------------------------------------------------------------------
# cb-EF1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = _page("meridian", {
    "path": (
        "/markets/rates-bonds/bank-of-england-cuts-rates-to-325-as-three-policymakers-dissent-2026"
        "-09-17/"
    ),
    "headline": "Bank of England cuts rates to 3.25% as three policymakers dissent",
    "description": (
        "The Bank of England lowered Bank Rate by a quarter point to 3.25% in a 6-3 vote, saying "
        "it was not on a pre-set path for further cuts."
    ),
    "section": "Markets",
    "jsonld_time": "2026-09-17T11:06:00Z",
    "jsonld_modified": "2026-09-17T11:41:00Z",
    "authors": ["Harriet Olufemi", "Tom Castellane"],
    "byline": "By Harriet Olufemi and Tom Castellane",
    "caption": "The Bank of England building on Threadneedle Street in the City of London.",
    "credit": "Meridian Wire/Paulo Brandt",
    "tags": ["Bank of England", "Interest rates", "UK economy", "Sterling"],
    "body": _blocks("""
LONDON, Sept 17 (Meridian Wire) - The Bank of England cut interest rates by a quarter of a
percentage point to 3.25% on Thursday, after a fall in inflation last month gave a majority of its
policymakers enough confidence to lower borrowing costs again, though three of the nine members of
its Monetary Policy Committee wanted to wait.

The MPC voted 6-3 to reduce Bank Rate from 3.50%, the central bank said in a statement released at
noon (1100 GMT). Chief Economist Helena Stroud and external members Priya Venkataraman and Tobias
Wrenfield voted to keep rates unchanged.

"Inflation has come down a long way, and the committee judged that it could reduce Bank Rate a
little further," Governor Alasdair Pennock told reporters. "But we are not on a pre-set path. The
case for each further step will be weighed meeting by meeting."

The decision was in line with expectations. Twenty-seven of 31 economists polled by Meridian Wire
last week had forecast a cut, and interest rate futures had implied a probability of around 80%
ahead of the announcement, which came at 7 a.m. in New York.

Sterling slipped after the decision and was down 0.3% at $1.3395 shortly after 1100 GMT. The
two-year gilt yield, which is sensitive to expectations for Bank Rate, fell 4 basis points to
3.39%.

## Inflation cools

Official data on Wednesday showed consumer price inflation fell to 2.9% in August from 3.2% in
July, slightly below the 3.0% the Bank had pencilled in for the month in its August Monetary Policy
Report. Core inflation, which strips out energy, food, alcohol and tobacco, eased to 3.4% from
3.6%, while services inflation - the measure the MPC watches most closely for signs of domestic
price pressure - slowed to 4.4% from 4.7%.

The minutes of the meeting, published alongside the decision, showed the majority judged that a
loosening labour market would keep pulling pay growth lower. Unemployment stood at 5.1% in the
three months to July, and growth in regular pay slowed to 4.1%.

The three dissenters argued that services inflation remained more than twice the Bank's 2% target
and that firms' expectations for their own prices had stopped falling. "The cost of waiting one
more meeting is low," the minutes quoted one of them as saying.

At its previous meeting on Aug. 6 the MPC kept rates at 3.50% in a 5-4 vote, with four members then
favouring a cut. Thursday's move is the eighth quarter-point reduction since the Bank began
lowering rates from 5.25% in August 2024.

## Next steps

The Bank will publish new forecasts with its next decision on Nov. 5. In August it projected that
inflation would return close to its 2% target in the second quarter of 2027, and that the economy
would grow 0.1% in the third quarter of this year after expanding 0.2% in the second.

Money markets after the announcement priced roughly a 60% chance of another quarter-point cut by
February.

"This is a cautious cut from a divided committee," said Joel Farrant, chief UK economist at
Pemberton Macro. "The message is that the easing cycle is nearer its end than its beginning."

A Treasury spokesperson said the cut would be "welcome news for families and businesses" and that
the government remained committed to the Bank's operational independence.

(Reporting by Harriet Olufemi and Tom Castellane; Editing by Ruth Aldane)
"""),
    "related": [
        "UK inflation slows to 2.9% in August as motor fuel prices fall",
        "Bank of England holds rates at 3.5% as MPC splits 5-4",
        "ECB keeps deposit rate at 2% for fourth straight meeting",
        "Gilts rally as traders price deeper Bank of England cuts",
    ],
    "most_read": [
        "Oil slides 2% as producers signal output increase",
        "Japan's Nikkei closes at record 48,210",
        "Dutch pension fund trims long-dated gilt holdings by £1.2 billion",
        "Norway's wealth fund returns 6.1% in first half",
    ],
})

_CB_LIVE = _page("albion", {
    "path": "/business/live/2026/sep/17/bank-of-england-interest-rate-decision-live",
    "headline": "Bank of England cuts interest rates to 3.25% – business live",
    "description": (
        "Rolling coverage as the Bank of England cuts Bank Rate by a quarter point to 3.25%, with "
        "the Monetary Policy Committee split six to three."
    ),
    "section": "Business",
    "kicker": "Business live",
    "standfirst": (
        "Bank Rate cut by 0.25 percentage points to 3.25%; MPC split six to three; pound dips; "
        "all times BST"
    ),
    "byline": "Nadia Rahman-Scott and Owen Pryce",
    "visible_date": "Last updated 15:10 BST, Thu 17 Sep 2026",
    "caption": "Governor Alasdair Pennock at the Bank's press conference.",
    "credit": "Photograph: Lewis Harker/Albion Daily",
    "tags": ["Interest rates", "Bank of England", "Mortgages", "Business live"],
    "body": _blocks("""
@@ 15:10 | Closing summary

That's where we'll leave today's coverage. To recap: the Bank of England cut Bank Rate to 3.25%
from 3.5% at noon, with six of the nine members of the Monetary Policy Committee in favour and
three - chief economist Helena Stroud and external members Priya Venkataraman and Tobias Wrenfield
- voting to hold.

The pound is now down 0.4% at $1.3380 and the two-year gilt yield is 5 basis points lower at 3.38%.
The FTSE 100 is up 0.6%, with housebuilders among the biggest risers. Thanks for reading.

@@ 13:30 | What it means for your mortgage

Most homeowners are on fixed-rate deals, so today's cut makes no immediate difference to them. But
for roughly one in eight mortgage borrowers on trackers, the change feeds straight through.

Someone with a £200,000 tracker mortgage over 25 years would see monthly repayments fall by about
£28, according to the comparison service Ratewatch - from roughly £1,083 to £1,056 if their rate
drops from 4.25% to 4%.

Ratewatch says the average two-year fixed rate is 4.62% this morning and the average five-year fix
is 4.71%. Lenders had already priced much of today's cut into their fixed deals over the summer.

@@ 13:05 | Business groups welcome cut - but want more

Karen Whitlock, head of economics at the British Chambers of Commerce, says: "Firms have been
waiting for this. But one quarter-point cut won't transform investment plans on its own, and
today's split vote tells businesses not to bank on a string of them."

@@ 12:45 | Pennock: 'We are not on a preset path'

At the press conference, Governor Alasdair Pennock said: "Inflation has come down a long way and
the committee judged it could cut Bank Rate a little further. But we are not on a preset path -
we'll take each decision as it comes."

He declined to be drawn on whether another cut could come in November, when the Bank publishes
fresh forecasts.

@@ 12:20 | The minority view

The minutes show the three dissenters preferred to hold Bank Rate at 3.5%. They pointed to services
inflation, still at 4.4%, and to regular pay growth running at 4.1% - both well above rates
consistent with the 2% inflation target over time.

The majority, by contrast, said unemployment at 5.1% showed the labour market was loosening, and
that holding rates too high for too long risked undershooting the target later.

@@ 12:04 | Pound slips

Sterling has dipped 0.3% against the dollar to $1.3395 in the minutes since the announcement, while
the two-year gilt yield has fallen by around 4 basis points.

@@ 12:00 | Breaking: Bank of England cuts rates to 3.25%

The Bank of England has cut Bank Rate by a quarter point to 3.25%. The Monetary Policy Committee
voted 6-3 for the move.

@@ 10:45 | What the City expects

Joel Farrant of Pemberton Macro said in a note this morning: "We expect a 25 basis point cut, most
likely on a 7-2 vote, with the chief economist among the dissenters." We'll find out in just over
an hour.

@@ 08:30 | Good morning

Welcome to decision day. The Bank of England announces its latest interest rate decision at noon,
and markets put the odds of a cut from 3.5% to 3.25% at around 80%.

Yesterday's figures showed inflation fell to 2.9% in August, from 3.2% in July. At its last
meeting, on 6 August, the committee held rates by five votes to four.
"""),
    "related": [
        "Inflation falls to 2.9%: what it means for your finances",
        "Best easy-access savings rates still above 4% - for now",
        "House prices rose 1.8% in the year to August, says Halbury Building Society",
        "Energy price cap to fall by £41 from October",
    ],
    "most_read": [
        "Rail fares in England to rise by up to 4.2% in January",
        "Supermarket pulls 11 products after labelling error",
        "Shares in chipmaker jump 14% on takeover talk",
        "How much you need to save for a comfortable retirement",
    ],
})

_CB_PAPER = _page("caledonian", {
    "path": "/business/economy/borrowers-welcome-rate-cut-but-bank-keeps-door-only-half-open",
    "headline": "Borrowers welcome rate cut but Bank keeps door only half open",
    "description": (
        "Homeowners on trackers across Scotland will pay less after the Bank of England cut "
        "interest rates to 3.25%, but the Governor warned there is no pre-set path for further "
        "cuts."
    ),
    "section": "Business",
    "meta_time": "2026-09-18T05:30:00+01:00",
    "byline": "Fiona Mackinnon, Economics Correspondent",
    "caption": (
        "Tenements in Glasgow's West End. Tracker borrowers will see repayments fall from next "
        "month."
    ),
    "credit": "Picture: Iain Rennie",
    "tags": ["Economy", "Interest rates", "Housing"],
    "body": _blocks("""
Homeowners on tracker mortgages across Scotland will see their monthly payments fall after the Bank
of England cut interest rates yesterday for the first time since May - but the Governor made clear
that borrowers should not expect a rapid run of further reductions.

The Bank's Monetary Policy Committee voted by six votes to three to lower Bank Rate from 3.5 per
cent to 3.25 per cent, a quarter-point cut that had been widely expected in the City after figures
on Wednesday showed inflation easing to 2.9 per cent in August.

But the size of the minority - the Bank's own chief economist, Helena Stroud, was among the three
who wanted to keep rates on hold - and the tone of Governor Alasdair J. Pennock's remarks suggested
a committee that is increasingly wary of going further.

"Inflation has come down a long way, and the committee judged that it could reduce Bank Rate a
little further," Mr Pennock said at the Bank's press conference in London. "But we are not on a
pre-set path."

## Relief for trackers

For the roughly one in eight mortgage holders whose rate tracks Bank Rate, the effect will be felt
within weeks. Most lenders said they would pass on the cut in full from 1 October.

Morag Lindsay, chief economist at the Scottish Business Forum, said the decision would be "a modest
but welcome help" to households in Scotland, where average house prices reached £198,400 in July,
according to Registers of Scotland. "Every little bit of relief on the cost of borrowing matters to
first-time buyers, who have been squeezed out of the market in parts of Edinburgh and
Aberdeenshire," she said.

Savers, meanwhile, are likely to see the best easy-access rates, currently around 4.3 per cent,
drift lower.

## A divided committee

The three members who voted to hold - Ms Stroud and the external members Priya Venkataraman and
Tobias Wrenfield - argued that services inflation, still at 4.4 per cent, was running at more than
twice the Bank's 2 per cent target. Core inflation, which excludes volatile energy and food prices,
stood at 3.4 per cent last month.

Their caution was echoed by some economists. "This is a cautious cut from a divided committee,"
said Joel Farrant of Pemberton Macro. "The bar for a move in November looks high."

At the Bank's August meeting, rates were held at 3.5 per cent by the narrowest of margins, five
votes to four. Thursday's decision reversed that balance, with two members switching sides.

The Bank's own forecasts, last updated in August, have inflation returning close to target in the
second quarter of 2027. New projections will be published alongside the next decision on 5
November, which will give a clearer sense of whether the Monetary Policy Committee sees room for
more cuts.

Financial markets took the news calmly. The pound ended the day about 0.4 per cent lower against
the dollar, at just under $1.34, and traders are betting on at least one more reduction by next
spring.

## Scotland's economy

The Scottish economy grew by 0.3 per cent in the second quarter, according to the Scottish
Government's latest estimates, slightly faster than the 0.2 per cent recorded for the UK as a whole
over the same period.

Business leaders in Scotland had urged the Bank to act. A survey by the Scottish Business Forum
last month found 41 per cent of firms planned to delay investment until borrowing costs fell
further.

A Treasury spokesperson said the cut was "welcome news for families and businesses".
"""),
    "related": [
        "Scottish house prices up 2.6% in a year, says Registers of Scotland",
        "Whisky distillers warn on duty as exports slow",
        "Holyrood budget: what the council tax freeze means",
    ],
    "most_read": [
        "ScotRail timetable changes from 14 December",
        "Edinburgh tram extension to cost £2.1bn, says report",
        "Aberdeen offshore firm to create 300 jobs",
        "Storm warning for Highlands as gusts of 70mph forecast",
    ],
})

_CB_TRADE = _page("mortgagedesk", {
    "path": "/news/base-rate-cut-to-325-trackers-to-fall-as-lenders-weigh-fixed-rate-moves",
    "headline": "Base rate cut to 3.25%: trackers to fall as lenders weigh fixed-rate moves",
    "description": (
        "The MPC's 25bp cut to 3.25% will flow through to tracker borrowers from October; swap "
        "rates dipped after the decision."
    ),
    "section": "Rates",
    "byline": "Simon Ekwueme, news editor",
    "caption": "Swap rates drive fixed-rate mortgage pricing.",
    "credit": "Image: Mortgage Desk",
    "tags": ["Base rate", "Swap rates", "Trackers", "Lenders"],
    "body": _blocks("""
The Bank of England's Monetary Policy Committee (MPC) has reduced base rate by 25 basis points to
3.25%, its first reduction since May, paving the way for lower payments for borrowers on tracker
and discounted variable deals.

The decision, announced at 12pm on 17 September, was carried by a 6-3 majority, with three members
- including the Bank's chief economist Helena Stroud - preferring to hold at 3.5%. Governor
Alasdair Pennock said the committee was "not on a pre-set path" for further cuts.

## Lenders move on trackers

Several lenders confirmed within hours that tracker customers would benefit in full. Northgate
Building Society said its tracker products would fall by 0.25 percentage points from 1 October,
while Harcastle Bank said the change would apply to existing tracker borrowers from the same date
and to new applications immediately.

Lenders' standard variable rates (SVRs), which are set at their discretion, are expected to follow
more slowly. The average SVR stands at 6.94%, according to Ratewatch.

On a £200,000 repayment tracker over 25 years, a fall from 4.25% to 4% cuts the monthly payment by
roughly £28, Ratewatch calculates.

## Fixed rates: most of the cut already priced

For fixed-rate pricing, the more important number is the swap rate. Two-year swaps fell by around
5bp to 3.47% in the hour after the announcement, with five-year swaps at 3.58%.

Because the cut had been so widely expected, brokers said lenders were unlikely to launch a wave of
reprices. The average two-year fixed rate stands at 4.62% and the average five-year fix at 4.71%,
according to Ratewatch.

"The market had this one nailed on," said Rachel Oyelaran, director at Keystone Mortgage Partners.
"What moves fixed pricing from here is the tone. A 6-3 vote with the chief economist in the
minority is not the signal of a committee in a hurry, so I wouldn't expect sub-4% five-year deals
to become the norm any time soon."

Sunil Bhardwaj, head of mortgages at Harcastle Bank, said lenders would "keep a close eye on swaps"
ahead of the MPC's next announcement on 5 November.

## Remortgage wave

The timing matters for a large cohort of borrowers. Around 610,000 fixed-rate mortgages are due to
mature in the final three months of 2026, according to UK Finance, many of them five-year deals
taken out in late 2021 at rates below 2%.

"For those customers the payment shock is still significant, even with base rate at 3.25%,"
Oyelaran said. "Brokers should be starting those conversations now."

## What the MPC said

The minutes showed the six-member majority believed a softening labour market, with unemployment at
5.1%, would continue to bear down on wage growth. The minority pointed to services inflation of
4.4%.

CPI inflation fell to 2.9% in August, published the day before the decision, against 3.2% in July.
Threadneedle Street expects it to return close to the 2% target by the middle of 2027.

The August meeting had seen base rate held at 3.5% by a 5-4 vote.
"""),
    "related": [
        "Swap rates slip after CPI surprise",
        "Northgate cuts selected fixes by up to 15bp",
        "Product choice climbs to 7,012 deals, Ratewatch says",
    ],
    "most_read": [
        "FCA sets out next steps on mortgage rule review",
        "Lender returns to 95% LTV market",
        "Buy-to-let arrears up 6% in second quarter",
        "Broker fees: what intermediaries charged in 2026",
    ],
})


# ---------------------------------------------------------------------------
# el-EF2 — election (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE = _page("irishcourier", {
    "path": "/news/politics/2026/10/03/limerick-city-by-election-count-live-updates/",
    "headline": (
        "Limerick City by-election count: Ní Bhriain elected on seventh count – as it happened"
    ),
    "description": (
        "Live updates from the count centre at the UL Sport Arena as Sinn Féin's Órla Ní Bhriain "
        "wins the Limerick City by-election."
    ),
    "section": "Politics",
    "lang": "en-IE",
    "kicker": "Live",
    "standfirst": (
        "Sinn Féin's Órla Ní Bhriain takes the seat vacated by Fergal Conroy; turnout 38.4%; all "
        "times are Irish time"
    ),
    "meta_time": "2026-10-03T08:40:00+01:00",
    "meta_modified": "2026-10-04T00:58:00+01:00",
    "byline": "Aoife Gallagher, Political Reporter, at the UL Sport Arena",
    "caption": "Órla Ní Bhriain is lifted shoulder-high by supporters after the declaration.",
    "credit": "Photograph: Seán Culhane",
    "tags": ["Limerick City by-election", "Sinn Féin", "Fianna Fáil", "Fine Gael"],
    "body": _blocks("""
@@ 00:58 | Moriarty concedes, says Fianna Fáil 'will reflect'

Declan Moriarty has conceded. "The people of Limerick have spoken and I congratulate Órla on a
strong campaign," he told reporters at the count centre. "We'll reflect on the message, but I'm
proud of the campaign we ran." He said he intended to stand again at the next general election.

That's where we'll leave our live coverage. Thanks for staying with us through a long day and night
in Castletroy.

@@ 00:40 | Ní Bhriain elected

The returning officer, county registrar Aidan Lenihan, has declared Órla Ní Bhriain of Sinn Féin
elected on the seventh count. She finished with 15,236 votes, above the quota of 14,910, with
Declan Moriarty of Fianna Fáil on 12,907.

In her acceptance speech, Ní Bhriain said: "This is a vote for homes, for health and for Limerick.
To everyone who gave me a number, I will not let you down."

@@ 23:05 | Kiely eliminated; seventh count under way

Sarah Kiely of Fine Gael has been eliminated after the sixth count, on 7,044 votes, and her papers
are now being distributed. Going into the seventh count, Ní Bhriain is on 12,375 and Moriarty on
9,405 - a gap of 2,970. Moriarty would need to win Kiely's transfers by almost 3,000 to close it,
and tallies suggest he will get only about half of them.

@@ 21:30 | Social Democrats' Ó Súilleabháin eliminated

Tadhg Ó Súilleabháin of the Social Democrats has been eliminated after the fifth count. His
transfers, distributed in the sixth count, have broken strongly towards Ní Bhriain, with Kiely
next.

@@ 19:10 | Second to fifth counts: the smaller candidates go

Independent Conor Bredin and the Green Party's Eimear Walsh were eliminated on the second and third
counts, followed by independent Pádraig Hartigan. Labour's Niamh Costelloe was excluded after the
fourth count. None of the transfers has changed the order at the top.

@@ 16:52 | First count: Ní Bhriain tops the poll

The official first count is in. Órla Ní Bhriain (SF) 9,874; Declan Moriarty (FF) 7,402; Sarah Kiely
(FG) 5,911; Tadhg Ó Súilleabháin (SD) 2,968; Niamh Costelloe (Lab) 1,544; Pádraig Hartigan (Ind)
1,046; Eimear Walsh (GP) 699; Conor Bredin (Ind) 374.

The valid poll is 29,818, with 291 spoiled votes, and the quota is 14,910. Nobody is elected on the
first count, so the eliminations begin.

@@ 13:05 | Turnout confirmed at 38.4%

The returning officer has confirmed a total poll of 30,109 from an electorate of 78,412, a turnout
of 38.4%. At the 2024 general election, turnout in the constituency was 56.3%.

@@ 11:20 | Tallies put Ní Bhriain well ahead

With all boxes opened, the combined party tallies give Ní Bhriain around 33.6% of first
preferences, Moriarty 24.1% and Kiely 20.2%. Tallies are estimates, and the official first count is
not expected until late afternoon.

A Fine Gael tallyman looking at the Castletroy boxes said simply: "It's not our day."

@@ 09:05 | Boxes open at the UL Sport Arena

Good morning from the count centre at the University of Limerick Sport Arena, where ballot boxes
were opened at 9am. Polls closed at 10pm last night after a 15-hour polling day.

Eight candidates are contesting the seat left vacant when Fine Gael's Fergal Conroy resigned in
June to join the European Court of Auditors. Early estimates from presiding officers suggest
turnout below 40%.
"""),
    "related": [
        "Who is Órla Ní Bhriain? Profile of Limerick's new TD",
        "By-election campaign: housing dominates on the doorsteps",
        "Opinion poll: Sinn Féin on 24%, Fianna Fáil 19%",
    ],
    "most_read": [
        "Budget 2027: what is in the €9.4bn package",
        "Rugby: Munster name unchanged side for Leinster clash",
        "Dublin Airport passenger numbers reach 3.4 million in September",
        "Storm Bríd: status orange wind warning for Kerry",
    ],
})

_EL_WIRE = _page("atlantic", {
    "path": (
        "/europe/sinn-fein-wins-limerick-by-election-in-setback-for-irish-government-parties-idUS2"
        "026100301"
    ),
    "headline": "Sinn Fein wins Limerick by-election in setback for Irish government parties",
    "description": (
        "Sinn Fein's Orla Ni Bhriain won a parliamentary by-election in Limerick, taking a seat "
        "previously held by coalition party Fine Gael."
    ),
    "section": "Europe",
    "jsonld_time": "2026-10-03T23:55:00Z",
    "authors": ["Conall Breen"],
    "byline": "By Conall Breen",
    "caption": "Sinn Fein candidate Orla Ni Bhriain reacts at the count centre in Limerick.",
    "credit": "Atlantic Newswire/Maeve Dunne",
    "tags": ["Ireland", "Elections", "Politics"],
    "body": _blocks("""
DUBLIN, Oct 3 (Atlantic Newswire) - Sinn Fein won a parliamentary by-election in the Irish city of
Limerick late on Saturday, taking a seat previously held by Fine Gael, one of the two main parties
in the governing coalition, in what opposition politicians described as a protest vote over housing
and health.

Orla Ni Bhriain, a 34-year-old city councillor and former nurse, was declared elected on the
seventh count at 2340 GMT, finishing with 15,236 votes against 12,907 for Declan Moriarty of Fianna
Fail, the senior partner in the coalition.

Ni Bhriain won 33.1% of first-preference votes under Ireland's single transferable vote system,
ahead of Moriarty on 24.8% and Fine Gael's Sarah Kiely on 19.8%. Turnout was 38.4%, down from 56.3%
in the constituency at the 2024 general election.

"This is a vote for homes, for health and for Limerick," Ni Bhriain told supporters at the count
centre at the University of Limerick. "To everyone who gave me a number, I will not let you down."

The by-election was called after Fine Gael lawmaker Fergal Conroy resigned his seat in June to take
up a post at the European Court of Auditors in Luxembourg. Voting took place on Friday and counting
began at 0800 GMT on Saturday.

## Coalition majority intact

The result does not threaten the government's majority in the 174-seat parliament, the Dail, where
the coalition of Fianna Fail and Fine Gael relies on the support of a group of independent
lawmakers.

But the scale of the swing to Sinn Fein will worry government strategists ahead of a general
election expected by early 2030.

"By-elections are always difficult for government parties, and this was a difficult day," a Fine
Gael spokesman said. A Fianna Fail spokeswoman said the party would "listen carefully" to voters.

Sinn Fein, which won the largest share of first-preference votes nationally in 2020 but remained in
opposition after the 2024 election, has campaigned heavily on the cost of housing. Average rents in
Limerick city have risen by 41% in five years, according to figures from the Residential Tenancies
Board.

Ni Bhriain's share of first preferences was almost 10 percentage points higher than Sinn Fein's
vote in the constituency at the last general election, and she benefited from transfers from the
Social Democrats and Labour as lower-placed candidates were eliminated.

Moriarty, a solicitor and city councillor, said the people of Limerick had spoken and congratulated
his rival.

Eight candidates stood. Under Ireland's system, voters rank candidates in order of preference, and
the votes of eliminated candidates are redistributed until one reaches the quota - in this case
14,910 votes, or half the valid poll plus one.

(Reporting by Conall Breen; Editing by Hugh Tallis)
"""),
    "related": [
        "Ireland's Sinn Fein leads in poll for first time in a year",
        "Irish budget to include 9.4 billion euro package",
        "Irish rents rise 5.2% year-on-year, RTB says",
    ],
    "most_read": [
        "Ryanair traffic up 4% in September",
        "EU leaders to meet on defence spending",
        "Portugal's president calls snap election",
    ],
})

_EL_LOCAL = _page("limerickobserver", {
    "path": "/news/politics/i-will-not-let-you-down-ni-bhriains-long-night-ends-in-victory-at-ul",
    "headline": "'I will not let you down': Ní Bhriain's long night ends in victory at UL",
    "description": (
        "Southill nurse turned councillor Órla Ní Bhriain is Limerick's newest TD after a "
        "marathon count at the UL Sport Arena."
    ),
    "section": "News",
    "lang": "en-IE",
    "visible_date": "Sunday, 4 October 2026, 10.15am",
    "byline": "By Ciarán Hehir",
    "caption": (
        "The new TD with her mother, Máire, and supporters at the UL Sport Arena in the early "
        "hours of this morning."
    ),
    "credit": "Picture: Brendan Gleeson Photography",
    "tags": ["By-election", "Limerick City", "Politics"],
    "body": _blocks("""
It was 12.40am this morning when county registrar Aidan Lenihan finally stepped up to the
microphone at the UL Sport Arena in Castletroy, and by then nobody in the hall was in any doubt
about what he was going to say.

Órla Ní Bhriain, the 34-year-old Sinn Féin councillor who grew up in Southill and spent eight years
as a nurse in the emergency department at University Hospital Limerick, was declared elected to
Dáil Éireann on the seventh count, having exceeded the quota of 14,910.

When the final figures were read out - Ní Bhriain 15,236, Declan Moriarty of Fianna Fáil 12,907 -
her supporters, who had been in the hall since 9am on Saturday, broke into a rendition of 'There is
an Isle'.

"This is a vote for homes, for health, and for Limerick," Ms Ní Bhriain said, her voice hoarse. "To
everybody who gave me a number: I won't let you down."

## A long day

The result had been clear from late morning, when the party tallies showed Ní Bhriain with around a
third of first preferences. The official first count, announced shortly before 5pm, confirmed it:
9,874 first-preference votes, or 33.1 per cent, against 7,402 for Mr Moriarty and 5,911 for Fine
Gael's Sarah Kiely.

Turnout, at 38.4 per cent, was a disappointment to every campaign. Just over 30,000 of the
constituency's 78,412 registered voters went to the polls on Friday, well below the turnout at the
2024 general election.

"People are tired, and a lot of them don't believe politics changes anything," said Mr Moriarty,
who conceded graciously shortly after the declaration. "The people have spoken and I congratulate
Órla on a strong campaign."

Ms Kiely, whose elimination after the sixth count effectively decided the contest, said the result
was "a hard one" for Fine Gael in a seat the party had held since Fergal Conroy first won it. "The
transfers just weren't there for us," she said.

## Housing and hospital

On the doorsteps, two issues dominated: housing, and the overcrowding at UHL. On the Tuesday before
polling, 112 patients were on trolleys at the hospital, according to the Irish Nurses and Midwives
Organisation - a figure Ní Bhriain quoted in almost every speech of the campaign.

"I have worked those shifts," she told the Limerick Observer during the campaign. "I know what a
trolley count of over a hundred looks like from the inside."

She was first elected to Limerick City and County Council in 2019 for the City North area, and
topped the poll there in 2024.

Her margin over Mr Moriarty on the final count was 2,329 votes. A further 1,675 papers were
non-transferable by the time Ms Kiely's votes were distributed.

## What next

Ms Ní Bhriain is expected to take her seat when the Dáil sits this week.

Conroy, who left the Dáil in June for a post at the European Court of Auditors, sent his
congratulations in a message to the Limerick Observer last night. "Limerick has a new voice in
Leinster House, and I wish her well," he said.

Labour's Niamh Costelloe, who polled 1,544 first preferences, called for a review of voter
registration after "hundreds of people" told canvassers they had not received polling cards.
"""),
    "related": [
        "UHL trolley numbers: 112 patients waiting on Tuesday",
        "Treaty United secure promotion play-off place",
        "Castletroy traffic plan: council to hold public meeting",
    ],
    "most_read": [
        "Limerick man (47) jailed for four years over Raheen burglaries",
        "New 220-home scheme approved for Mungret",
        "Munster v Leinster: ticket details for Thomond Park",
        "Shannon Airport to add two new routes for summer",
    ],
})

_EL_DATA = _page("lhbrief", {
    "path": "/elections/limerick-city-by-election-the-numbers-behind-sinn-feins-win",
    "headline": "Limerick City by-election: the numbers behind Sinn Féin's win",
    "description": (
        "Quota, transfers and turnout: a count-by-count look at how Órla Ní Bhriain won the "
        "Limerick City by-election."
    ),
    "section": "Elections",
    "lang": "en-IE",
    "byline": "Analysis by Deirdre Folan",
    "tags": ["Limerick City", "By-elections", "STV", "Transfers"],
    "body": _blocks("""
Sinn Féin's Órla Ní Bhriain won the Limerick City by-election on the seventh and final count, and
the numbers show a win built on a commanding first-preference lead rather than on transfers, which
broke fairly evenly at the end.

## The quota

The electorate was 78,412 and the total poll 30,109, a turnout of 38.4%. Of those ballots, 291 -
just under 1% - were spoiled, leaving a valid poll of 29,818. With one seat to fill, the quota is
half the valid poll plus one: 14,910.

Put another way, some 48,300 people on the register did not vote. Turnout was almost 18 points
below the 56.3% recorded in the constituency at the 2024 general election.

## First preferences

Ní Bhriain took 9,874 first preferences (33.1%), Fianna Fáil's Declan Moriarty 7,402 (24.8%), Fine
Gael's Sarah Kiely 5,911 (19.8%) and the Social Democrats' Tadhg Ó Súilleabháin 2,968 (10.0%).
Labour's Niamh Costelloe had 1,544 (5.2%), independent Pádraig Hartigan 1,046 (3.5%), the Greens'
Eimear Walsh 699 (2.3%) and independent Conor Bredin 374 (1.3%).

Compared with the party shares in the constituency at the last general election, Sinn Féin's
first-preference vote rose by 9.4 percentage points, from 23.7%. Fianna Fáil fell 3.1 points from
27.9%, and Fine Gael fell 5.4 points from 25.2%. In relative terms, the Sinn Féin vote rose by
about 40%.

The gap at the top after the first count was 2,472 votes.

## The transfers

The eliminations of Bredin, Walsh, Hartigan, Costelloe and Ó Súilleabháin over counts two to six
put 6,631 votes into play. Of these, Ní Bhriain gained 2,501, Moriarty 2,003 and Kiely 1,133, while
994 became non-transferable.

After the sixth count the three leading candidates stood at: Ní Bhriain 12,375, Moriarty 9,405 and
Kiely 7,044.

Kiely was then eliminated. Her 7,044 votes split as follows in the seventh count: 3,502 (49.7%) to
Moriarty, 2,861 (40.6%) to Ní Bhriain and 681 (9.7%) non-transferable. It was a stronger Fine
Gael-to-Fianna Fáil flow than in many recent contests, but not nearly enough: Moriarty needed to
win Kiely's transfers by a margin of almost 3,000 and won them by 641.

## The final count

Ní Bhriain finished on 15,236, 326 above the quota, with Moriarty on 12,907 and 1,675 votes
non-transferable across the count. Her final margin was 2,329.

The count took just under 16 hours from the opening of the boxes at 9am on Saturday to the
declaration at 12.40am on Sunday, Irish time.

## What it means

By-elections are poor guides to general elections: turnout is low and voters know they are not
choosing a government. But two points stand out. The Sinn Féin first-preference share of 33.1% is
the party's best in a Limerick constituency. And the combined Fianna Fáil and Fine Gael
first-preference vote, 44.6%, was down 8.5 points on the coalition parties' share here in 2024.

The new TD's term runs until the next general election. The result leaves the Dáil arithmetic
essentially unchanged: the government continues to rely on independents for its majority.

Our full count-by-count table, including every transfer, is available to subscribers in the data
section.
"""),
    "related": [
        "By-election turnouts since 2000: a long decline",
        "How STV transfers work, explained",
        "Poll tracker: Sinn Féin 24%, Fianna Fáil 19%, Fine Gael 18%",
    ],
    "most_read": [
        "Budget 2027 in numbers: €9.4bn and where it goes",
        "Seanad reform: what the bill would change",
        "Dáil attendance: TDs' sitting days ranked",
    ],
})


# ---------------------------------------------------------------------------
# ct-EF3 — court (3 planted)
# ---------------------------------------------------------------------------

_CT_WIRE = _page("meridian", {
    "path": (
        "/legal/uk-supreme-court-rules-swiftdrop-couriers-are-workers-entitled-to-holiday-pay-2026"
        "-07-15/"
    ),
    "headline": "UK Supreme Court rules Swiftdrop couriers are workers entitled to holiday pay",
    "description": (
        "Britain's top court dismissed Swiftdrop's appeal by a 4-1 majority, in a ruling covering "
        "about 18,400 app-based couriers."
    ),
    "section": "Legal",
    "meta_time": "2026-07-15T09:58:00+00:00",
    "meta_modified": "2026-07-15T13:12:00+00:00",
    "byline": "By Sam Whitcombe",
    "caption": "Couriers and union members outside the Supreme Court in Parliament Square, London.",
    "credit": "Meridian Wire/Jonah Pell",
    "tags": ["Gig economy", "Employment law", "Supreme Court", "Swiftdrop"],
    "body": _blocks("""
LONDON, July 15 (Meridian Wire) - Britain's Supreme Court ruled on Wednesday that couriers who
deliver parcels through the Swiftdrop app are workers entitled to holiday pay and the minimum wage,
dismissing the Manchester-based company's final appeal in a case that could affect about 18,400
couriers.

A panel of five justices dismissed the appeal by a 4-1 majority in a judgment handed down at 9:45
a.m. (0845 GMT). Lord Kerrigan gave the lead judgment, with which Lady Harcourt-Bell, Lord Mensah
and Lord Drummond agreed. Lady Fairlie dissented.

"It is the reality of the relationship, not the label the parties have put on it, that matters,"
Lord Kerrigan wrote, rejecting Swiftdrop's argument that its couriers were self-employed
contractors because they could send a substitute to complete a delivery round.

The claim was brought in 2022 by 27 couriers, led by Tunde Adeyemi, with the backing of the United
Couriers and Drivers Union (UCDU). An employment tribunal in Leeds found in their favour in 2023, a
decision upheld by the Employment Appeal Tribunal in 2024 and by the Court of Appeal, by a 2-1
majority, last year.

The union estimates the ruling could be worth around 62 million pounds ($83 million) in back pay
and holiday pay to current and former couriers. Swiftdrop has set aside 21.5 million pounds in its
latest accounts to cover potential claims and called the union's figure "speculative".

"This is a landmark day for everyone who has been told they are their own boss while an app decides
when, where and how fast they work," UCDU general secretary Marisa Quinlan said outside the court
in London's Parliament Square.

Swiftdrop chief executive Gareth Lomax said the company was disappointed and would study the
judgment carefully. "We will work with our couriers to implement the decision and to protect the
flexibility they tell us they value," he said in a statement.

## Dissent

In her dissent, Lady Fairlie said the substitution clause in Swiftdrop's contracts was "genuine
and, on the evidence, used", and that the majority had given too little weight to couriers' freedom
to decline work. Evidence before the tribunal showed about 7% of rounds in the sample period had
been completed by a substitute.

The majority held that the right of substitution was so hedged about by the company's approval
requirements and its control over pricing, routes and ratings that it could not outweigh the other
features of the relationship.

Lawyers said the ruling would be studied closely by other delivery and ride-hailing platforms,
which have restructured contracts since the Supreme Court's 2021 decision on ride-hailing drivers.

"The court has again put substance over form," said Daniel Ashcroft, an employment partner at law
firm Crane Whitley. "Anyone relying on a paper right of substitution should assume it will be
tested against what happens on the ground."

Swiftdrop, which operates in 31 UK towns and cities, reported revenue of 412 million pounds last
year. Its couriers are currently paid per drop. The company says they earn an average of 13.10
pounds an hour while logged in; the union says average earnings after fuel and vehicle costs are
nearer 9.40 pounds.

The case now returns to the employment tribunal to decide remedy for the 27 claimants. Other
couriers will need to bring their own claims or reach agreement with the company.

The case is Swiftdrop Couriers Ltd v Adeyemi and others, [2026] UKSC 27.

(Reporting by Sam Whitcombe; Editing by Ruth Aldane)
"""),
    "related": [
        "Court of Appeal backs Swiftdrop couriers in split ruling",
        "UK gig economy: how many people work through apps?",
        "Delivery firm Parcelra cuts 400 jobs",
    ],
    "most_read": [
        "FTSE 100 hits record as miners rally",
        "UK wage growth slows to 4.3%",
        "Ryanair posts 21% rise in quarterly profit",
        "Euro zone inflation steady at 2.1%",
    ],
})

_CT_PAPER = _page("sentinel", {
    "path": (
        "/law/2026/07/16/swiftdrop-ruling-gig-firms-face-reckoning-after-supreme-court-backs-couri"
        "ers"
    ),
    "headline": "Swiftdrop ruling: gig firms face reckoning after Supreme Court backs couriers",
    "description": (
        "The Supreme Court's decision that Swiftdrop couriers are workers could cost the company "
        "tens of millions and force rivals to rewrite contracts."
    ),
    "section": "Law",
    "visible_date": "16 July 2026",
    "byline": "Eleanor Vance, Legal Affairs Editor",
    "caption": "Tunde Adeyemi, the lead claimant, outside the Supreme Court yesterday.",
    "credit": "Photograph: Rhiannon Cole for The Sentinel",
    "tags": ["Employment", "Supreme Court", "Gig economy"],
    "body": _blocks("""
For four years, Tunde Adeyemi has told anyone who would listen that he was not running his own
business. Yesterday the country's highest court agreed with him.

In a judgment that employment lawyers were already calling the most important since the 2021
ride-hailing case, the Supreme Court held by a 3-2 majority that the couriers who deliver parcels
through Swiftdrop's app are "workers", entitled to paid holiday, the national minimum wage and
protection from unlawful deductions from their pay.

The decision covers about 18,400 couriers who work for the Manchester company across 31 towns and
cities, and it may cost Swiftdrop far more than the £21.5m it has set aside for claims. The United
Couriers and Drivers Union, which backed the case, puts the potential bill for back pay and holiday
pay at around £62m.

Giving the lead judgment, Lord Kerrigan said the court had to look past the contract. "What matters
is the reality of the relationship, not the label the parties put on it," he wrote. Swiftdrop set
couriers' rates, allocated their rounds, tracked them by GPS and could "deactivate" them on the
strength of customer ratings - control, he said, that was "inconsistent with any real
independence".

## The substitution question

The company's case rested largely on a clause allowing couriers to send a substitute to complete a
round in their place. Swiftdrop argued that a genuine right of substitution meant couriers were not
personally bound to do the work - the key test for worker status under section 230(3)(b) of the
Employment Rights Act.

Lady Fairlie, one of the two dissenting justices, found that argument persuasive. The clause was
"genuine and, on the evidence, used", she wrote, noting that about 7 per cent of rounds in the
period examined by the tribunal had been completed by substitutes.

The majority disagreed. Substitutes had to be approved in advance, had to pass the company's own
checks and were paid through the courier's account, which meant the right was "a right in name more
than in substance", Lord Kerrigan said.

## A long road

Adeyemi, 41, from Salford, was one of 27 couriers who first brought claims in 2022. The employment
tribunal in Leeds ruled for them in 2023, the Employment Appeal Tribunal agreed in 2024, and the
Court of Appeal upheld that decision last year, although one of its three judges dissented.

"I was on the bike at six this morning," he said outside the court in Parliament Square. "Nothing
changes today except that now they have to treat us fairly."

Marisa Quinlan, general secretary of the UCDU, said: "This is a landmark day for every courier who
was told they were their own boss while an app decided when, where and how fast they worked."

## What happens next

The immediate effect is limited to the 27 claimants, whose compensation will now be assessed by the
tribunal. But lawyers said the company would struggle to resist similar claims from the rest of its
couriers.

Gareth Lomax, Swiftdrop's chief executive, said the company was disappointed but would study the
judgment carefully. He insisted that couriers valued flexibility and that the company would "work
with them" on implementation. Swiftdrop says couriers earn an average of £13.10 an hour while
logged in; the union says the figure falls to about £9.40 after fuel and vehicle costs.

Rivals are likely to take note. "Every platform in the country will have its contracts out on the
desk this morning," said Daniel Ashcroft of Crane Whitley, who has advised several delivery
businesses.

The government said it would consider the judgment as part of its continuing review of employment
status.
"""),
    "related": [
        "Leader: The courts cannot keep doing Parliament's job on gig work",
        "How the 2021 ride-hailing case changed the law",
        "Court of Appeal: Swiftdrop couriers are workers, judges rule",
    ],
    "most_read": [
        "Prison population reaches record 89,400",
        "Judges to get 4% pay rise",
        "Obituary: Sir Anthony Pell, barrister, 1938-2026",
        "Inquest opens into death of climber on Ben Nevis",
    ],
})

_CT_LOCAL = _page("mancunian", {
    "path": (
        "/news/greater-manchester-news/swiftdrop-couriers-celebrate-supreme-court-win-outside-anco"
        "ats-hq-31884207"
    ),
    "headline": "Swiftdrop couriers celebrate Supreme Court win outside Ancoats HQ",
    "description": (
        "Couriers gathered outside Swiftdrop's Manchester headquarters after the Supreme Court "
        "ruled they are workers entitled to holiday pay."
    ),
    "section": "Greater Manchester News",
    "byline": "Jordan Mellor, business reporter",
    "caption": "Couriers outside Swiftdrop's offices on Redhill Street, Ancoats.",
    "credit": "Image: Mancunian Dispatch",
    "tags": ["Swiftdrop", "Ancoats", "Jobs", "Manchester business"],
    "body": _blocks("""
Horns blared on Redhill Street as dozens of couriers gathered outside Swiftdrop's headquarters in
Ancoats to celebrate a Supreme Court ruling that they are workers, not self-employed contractors.

The UK Supreme Court's judgment, handed down in London on Thursday, 15 July, dismissed the
Manchester company's final appeal by a 4-1 majority. It means couriers who deliver through the
Swiftdrop app are entitled to paid holiday and the national minimum wage.

About 18,400 couriers work through the app nationally, around 2,300 of them in Greater Manchester,
according to the United Couriers and Drivers Union (UCDU), which backed the case.

"We've been saying it for years - they tell us where to go, how much we get and when we're
finished," said Kwame Boateng, 29, from Moss Side, who has delivered for Swiftdrop for three years.
"Now a judge has said it too. Five judges, actually. Well, four of them."

## Years in the courts

The lead claimant, Tunde Adeyemi, is a 41-year-old father of two from Salford. He and 26 other
couriers first brought their claims in 2022, winning at an employment tribunal in Leeds the
following year. The company lost twice more on appeal before taking the case to the Supreme Court,
where it was heard over two days in February.

Lord Kerrigan, giving the lead judgment, said it was "the reality of the relationship, not the
label the parties have put on it" that mattered. One justice, Lady Fairlie, dissented.

Outside the court, Mr Adeyemi said he would be "back on the bike" by the evening. "I'm proud, I'm
tired, and I want my holiday pay," he told the Dispatch by phone.

## Jobs at the HQ

Swiftdrop was founded in Manchester in 2016 by two former logistics managers and moved into its
Ancoats offices in 2021. It employs 640 staff at the headquarters, in roles from software
engineering to customer service.

The company said the ruling would not affect its head office staff. Chief executive Gareth Lomax
said in a statement: "We are disappointed by the decision and will study the judgment carefully. We
will work with our couriers to implement it and to protect the flexibility they tell us they
value."

The union says the ruling could be worth around £62m in back pay and holiday pay nationally.
Swiftdrop has set aside £21.5m to cover claims, according to its latest accounts filed at Companies
House.

## Reaction in the city

A spokesperson for the Greater Manchester Combined Authority said the region wanted "good jobs with
basic rights" in the growing delivery sector and welcomed the clarity the judgment provided.

Local business groups were more cautious. Helen Morrow, director of the Manchester Business
Alliance, said: "Swiftdrop is one of our tech success stories. We hope the company and its couriers
can find a way through this that keeps the jobs and the investment here."

Couriers at the Ancoats gathering said they hoped the company would now sit down with the union.
UCDU regional organiser Farid Haq said: "The first thing we want is a meeting. The second thing we
want is the holiday pay."

The case will now return to the employment tribunal, which will decide how much the 27 claimants
are owed.
"""),
    "related": [
        "Ancoats office block sold for £38m",
        "Metrolink: new trams to enter service next year",
        "Delivery riders protest over pay cuts in Piccadilly",
    ],
    "most_read": [
        "Man City confirm £52m signing",
        "Bee Network bus fares frozen at £2 until 2027",
        "Roadworks on Mancunian Way to last 11 weeks",
        "New Northern Quarter bar from team behind Ancoats bakery",
    ],
})

_CT_TRADE = _page("hrbulletin", {
    "path": (
        "/case-reports/swiftdrop-v-adeyemi-supreme-court-confirms-worker-status-for-app-couriers"
    ),
    "headline": "Swiftdrop v Adeyemi: Supreme Court confirms worker status for app couriers",
    "description": (
        "Case report: the Supreme Court has dismissed Swiftdrop's appeal, holding that app-based "
        "couriers are limb (b) workers. What employers need to know."
    ),
    "section": "Case reports",
    "jsonld_time": "2026-07-15T14:30:00+01:00",
    "authors": ["Priya Daswani"],
    "byline": "Priya Daswani, solicitor and contributing editor",
    "tags": ["Worker status", "Holiday pay", "Substitution clauses", "Supreme Court"],
    "body": _blocks("""
Swiftdrop Couriers Ltd v Adeyemi and others [2026] UKSC 27, judgment handed down on Wednesday 15
July 2026.

The Supreme Court has dismissed the courier company Swiftdrop's appeal against findings that
couriers engaged through its app are workers within the meaning of section 230(3)(b) of the
Employment Rights Act 1996 ("limb (b) workers"), regulation 2(1) of the Working Time Regulations
1998 and section 54 of the National Minimum Wage Act 1998.

The court was divided 4-1. Lord Kerrigan gave the lead judgment, with which Lady Harcourt-Bell,
Lord Mensah and Lord Drummond agreed. Lady Fairlie gave a dissenting judgment. The appeal was heard
on 10 and 11 February 2026.

## Background

Swiftdrop engages approximately 14,800 couriers in 31 UK towns and cities to deliver parcels for
retail clients. Its standard terms described couriers as "independent contractors", required them
to supply their own vehicle and phone, and allowed them to appoint a substitute to complete a
round, provided the substitute had passed Swiftdrop's onboarding checks and was approved in
advance.

Twenty-seven couriers, led by Mr Tunde Adeyemi and supported by the United Couriers and Drivers
Union, brought claims for holiday pay, national minimum wage arrears and unlawful deductions. The
Leeds employment tribunal found in their favour in 2023; the Employment Appeal Tribunal dismissed
Swiftdrop's appeal in 2024; and the Court of Appeal dismissed a further appeal by a majority of two
to one.

## The decision

The majority held that the starting point is not the written contract but the reality of the
relationship, applying the purposive approach established in the ride-hailing litigation in 2021.
In Lord Kerrigan's words: "It is the reality of the relationship, and not the label attached to it,
that matters."

On substitution, the majority accepted that some rounds were performed by substitutes (around 7% in
the sample period) but held that the right was so constrained - by the approval requirement,
Swiftdrop's control over substitutes' onboarding, and the fact that substitutes were paid through
the courier's account - that it did not negate the obligation of personal service.

The majority also gave weight to Swiftdrop's control over pricing, allocation of rounds, GPS
monitoring, and the rating-based deactivation process.

Lady Fairlie, dissenting, considered that the tribunal had not given sufficient weight to the
genuine and exercised right of substitution and to couriers' freedom to decline rounds without
sanction.

## Practical points for employers

First, written substitution clauses will be tested against practice. A clause that is conditional
on the engaging business's approval is unlikely to defeat personal service.

Second, control features - algorithmic pricing, automated allocation, ratings-based deactivation -
will be treated as indicators of subordination, whether the control is exercised by a manager or by
software.

Third, holiday pay exposure should be assessed now. Limb (b) workers are entitled to 5.6 weeks'
statutory annual leave. Claims for unlawful deductions are subject to the two-year backstop
introduced in 2015, but the union has estimated Swiftdrop's potential exposure at around £62m;
Swiftdrop's latest accounts show a provision of £21.5m.

Fourth, organisations using self-employed models should review contracts and, more importantly,
operational practice, including app design.

## What next

The claims return to the employment tribunal for remedy. Swiftdrop's chief executive, Gareth Lomax,
said the company would study the judgment and "work with our couriers to implement the decision".

Members can download our updated checklist on worker status from the Compliance section.
"""),
    "related": [
        "Holiday pay for irregular-hours workers: the 12.07% accrual method",
        "Court of Appeal in Swiftdrop: worker status upheld",
        "Checklist: reviewing contractor agreements",
    ],
    "most_read": [
        "Statutory sick pay changes: a timeline",
        "Tribunal fees: consultation response published",
        "Fire and rehire code: six months on",
    ],
})


# ---------------------------------------------------------------------------
# tr-EF4 — trade (CONTROL)
# ---------------------------------------------------------------------------

_TR_WIRE = _page("atlantic", {
    "path": (
        "/economy/uk-trade-deficit-widens-to-41-billion-pounds-as-exports-to-us-slump-idUS20261015"
        "02"
    ),
    "headline": "UK trade deficit widens to 4.1 billion pounds as exports to U.S. slump",
    "description": (
        "Britain's trade deficit widened more than expected in August as goods exports to the "
        "United States fell 6.8%, ONS data showed."
    ),
    "section": "Economy",
    "jsonld_time": "2026-10-15T06:21:00Z",
    "authors": ["Lucy Armitage"],
    "byline": "By Lucy Armitage",
    "caption": "Containers stacked at the Port of Felixstowe.",
    "credit": "Atlantic Newswire/Ben Okri-Hale",
    "tags": ["UK economy", "Trade", "ONS"],
    "body": _blocks("""
LONDON, Oct 15 (Atlantic Newswire) - Britain's trade deficit widened more than expected in August
as exports of goods to the United States fell sharply, official figures showed on Thursday, adding
to signs that the economy lost momentum over the summer.

The total trade deficit in goods and services widened to 4.1 billion pounds ($5.5 billion) in
August from a revised 3.8 billion pounds in July, the Office for National Statistics said.
Economists polled by Atlantic Newswire had expected a deficit of 3.3 billion pounds. July's deficit
had originally been reported as 3.5 billion pounds.

Total exports fell 2.2% to 74.2 billion pounds, while imports fell 1.8% to 78.3 billion pounds.

Goods exports to the United States dropped 6.8% to 5.1 billion pounds, led by lower shipments of
cars and machinery, while goods exports to the European Union rose 1.2% to 16.4 billion pounds.

"Exports fell in August, driven by lower sales of cars and machinery to the United States, while
imports also declined as we bought less fuel," said Liam Farraday, director of economic statistics
at the ONS.

## Volatile metals

Excluding precious metals, whose flows through London's gold market can swing the headline numbers,
the deficit widened to 5.0 billion pounds from 4.4 billion pounds.

The goods deficit alone widened to 19.3 billion pounds from 18.6 billion pounds, more than
offsetting a larger surplus in services, which rose to 15.2 billion pounds from 14.8 billion
pounds.

Over the three months to August, which the ONS says gives a better guide to the trend, the total
trade deficit narrowed by 1.9 billion pounds to 11.6 billion pounds compared with the three months
to May.

Separate data released at the same time showed the economy grew 0.1% in August after stagnating in
July. In the three months to August, output rose 0.3%.

"The monthly trade numbers are noisy, but the direction for goods exports to the U.S. is clearly
down," said Anneke Vos, senior economist at Halvard Capital. "The tariff drag is becoming visible."

Britain's exporters have faced a 10% baseline U.S. tariff on most goods since last year, with
separate quota arrangements for cars and steel. The United States is Britain's largest
single-country export market for goods.

Goods imports from the EU were broadly flat in August, the ONS said, while the fall in total
imports was concentrated in fuels.

The figures are the last full set of monthly trade data before the Bank of England's next interest
rate decision on Nov. 5. The central bank cut Bank Rate to 3.25% in September and has said it is
not on a pre-set path for further reductions. September trade figures are due on Nov. 12.

Sterling was little changed at $1.3306 after the data were published at 0600 GMT.

(Reporting by Lucy Armitage; Editing by Hugh Tallis)
"""),
    "related": [
        "UK economy returns to growth in August",
        "Bank of England's Stroud says services inflation 'still too high'",
        "Euro zone exports fall 0.7% in August",
    ],
    "most_read": [
        "Oil rises 1% on Middle East supply worries",
        "China's exports grow 4.4% in September",
        "Gold hits record above $4,200 an ounce",
    ],
})

_TR_LIVE = _page("albion", {
    "path": "/business/live/2026/oct/15/uk-gdp-trade-figures-august-business-live",
    "headline": "UK economy grows 0.1% in August as trade gap widens – business live",
    "description": (
        "Rolling coverage of the latest GDP and trade figures from the Office for National "
        "Statistics, with reaction from economists and exporters."
    ),
    "section": "Business",
    "kicker": "Business live",
    "standfirst": (
        "GDP edges up 0.1% in August; trade deficit widens to £4.1bn; goods exports to the US "
        "fall 6.8%; all times BST"
    ),
    "meta_time": "2026-10-15T06:45:00+01:00",
    "meta_modified": "2026-10-15T10:10:00+01:00",
    "byline": "Owen Pryce",
    "caption": "Cars waiting to be loaded for export at Portbury docks near Bristol.",
    "credit": "Photograph: Hannah Vere/Albion Daily",
    "tags": ["Economics", "Trade", "GDP", "Business live"],
    "body": _blocks("""
@@ 10:10 | Morning summary

Here's a round-up of this morning's figures. The UK economy grew by 0.1% in August, after
flatlining in July, according to the Office for National Statistics. The total trade deficit
widened to £4.1bn, from a revised £3.8bn in July, as exports fell more sharply than imports. Goods
exports to the US dropped 6.8%.

Over the three months to August, the trade deficit narrowed to £11.6bn and the economy grew by
0.3%.

@@ 09:20 | Economists: look through the monthly noise

Anneke Vos of Halvard Capital says the quarterly picture is "less bad than the monthly headline
suggests", pointing out that the trade deficit in the three months to August was £1.9bn narrower
than in the three months to May.

But she adds: "US demand for British cars and machinery has softened, and there's no sign yet that
it's turning."

@@ 08:35 | Exporters: 'the tariff drag is real'

Sunita Chaudhry, director general of the British Exporters' Forum, says: "Today's figures confirm
what our members have been telling us since the spring. The tariff drag is real, and it's hitting
the sectors that can least afford it."

She wants the government to extend export finance support and speed up trade talks with the Gulf
states.

@@ 08:05 | Pound barely moves

Sterling is flat against the dollar at $1.3310 and up 0.1% against the euro at €1.1452. Traders
said the figures did little to change expectations for the Bank of England's meeting on 5 November.

@@ 07:40 | Exports to the US tumble

Digging into the detail, goods exports to the US fell by 6.8% in August to £5.1bn, their lowest
monthly level since early 2024, with cars and mechanical machinery both down.

Exports to the EU went the other way, rising 1.2% to £16.4bn.

@@ 07:12 | Trade in detail: exports down 2.2%

Total exports of goods and services fell 2.2% (£1.7bn) to £74.2bn in August, while imports fell
1.8% (£1.4bn) to £78.3bn, largely because of lower fuel imports.

The goods trade deficit widened to £19.3bn, while the surplus on services grew to £15.2bn. July's
total trade deficit has been revised to £3.8bn, from the £3.5bn first reported last month.

Excluding precious metals, the deficit widened to £5.0bn.

@@ 07:00 | GDP up 0.1%, trade gap widens to £4.1bn

The figures are out. The ONS says GDP grew 0.1% in August. The total trade deficit widened to
£4.1bn, worse than the £3.3bn economists had pencilled in.

@@ 06:45 | Good morning

Welcome to our live coverage. At 7am the ONS will publish monthly GDP for August alongside the
latest trade figures. Economists expect GDP growth of around 0.1% and a trade deficit of about
£3.3bn.
"""),
    "related": [
        "What the US tariffs mean for British exporters",
        "UK unemployment rises to 5.1%",
        "Carmaker to cut 600 jobs as US sales slow",
    ],
    "most_read": [
        "State pension to rise by 4.1% in April",
        "Energy bills: price cap to fall 1.5% from January",
        "Mortgage rates: best two-year fixes below 4.3%",
        "Retailer to close 38 stores",
    ],
})

_TR_TRADE = _page("freight", {
    "path": "/news/markets/august-trade-us-bound-goods-exports-fall-6-8-as-car-shipments-slide",
    "headline": "August trade: US-bound goods exports fall 6.8% as car shipments slide",
    "description": (
        "ONS data show UK goods exports to the US fell 6.8% in August, while EU-bound exports "
        "rose. Total trade deficit widened to £4.1bn."
    ),
    "section": "Markets",
    "byline": "By Gareth Pike, markets editor",
    "caption": "Ro-ro traffic at Portbury, one of the UK's main vehicle export terminals.",
    "credit": "Photo: Freight & Export Weekly",
    "tags": ["ONS trade data", "US tariffs", "Automotive", "EU trade"],
    "body": _blocks("""
UK goods exports to the United States fell by 6.8% in August to £5.1bn, the Office for National
Statistics (ONS) said in its monthly trade release on 15 October, with cars and mechanical
machinery accounting for most of the decline.

The drop widened the UK's total trade deficit to £4.1bn in the month, from a revised £3.8bn in
July. Total exports of goods and services fell by 2.2% to £74.2bn and total imports by 1.8% to
£78.3bn.

## US lane weakens

For forwarders on the transatlantic lanes, the monthly figure confirms a trend visible in bookings
since the spring. In the first eight months of 2026, goods exports to the US totalled £44.9bn, 3.1%
lower than in the same period of last year.

Car exports to all destinations fell 11.4% in August, ONS data show, with shipments through
Portbury and Southampton down on the month. Machinery exports to the US were also weaker.

"Our US volumes are down by about a tenth on a year ago, and the mix has shifted towards smaller,
higher-value consignments," said Gavin Rourke, managing director of Humber-based forwarder Rourke
Logistics. "Customers are still shipping, but they're shipping less and they're shipping later."

The 10% baseline US tariff on most UK goods has now been in place for well over a year, while
sector-specific arrangements for cars and steel remain subject to quotas.

## EU and Ireland steady

Goods exports to the European Union rose 1.2% in August to £16.4bn. Exports to Ireland were up 2.4%
on the month, helped by food and drink shipments ahead of the Christmas season.

"Europe is holding up better than a lot of people expected," said Sunita Chaudhry, director general
of the British Exporters' Forum. "But it doesn't make up for what's happening across the Atlantic."

## Imports and fuels

On the import side, fuel imports fell 7.9%, reflecting lower volumes rather than prices. Imports of
goods from the EU were broadly flat.

The goods trade deficit widened to £19.3bn, from £18.6bn in July. Services, where the UK runs a
large surplus, partly offset that: the services surplus rose to £15.2bn.

## Stripping out gold

Precious metals - mostly non-monetary gold moving through London vaults - can distort the monthly
picture. Excluding them, the ONS said the total trade deficit widened to £5.0bn in August from
£4.4bn in July.

On a three-month basis, which smooths out some of the volatility, the total deficit narrowed by
£1.9bn to £11.6bn in the three months to August.

## Outlook

Industry surveys point to a soft autumn. The British Exporters' Forum's quarterly survey found 38%
of manufacturers expected export orders to fall over the next three months, against 27% expecting a
rise.

"Shippers should plan for a slow peak season on the US lane," Rourke said. "Rates have already come
off, and capacity is chasing cargo."

The ONS will publish September trade data on 12 November.
"""),
    "related": [
        "Felixstowe volumes dip 3% in September",
        "Air cargo rates from Heathrow fall for third month",
        "Customs: new border checks timetable published",
    ],
    "most_read": [
        "Container spot rates: Asia-North Europe down 9%",
        "Dover freight traffic up 2.1% year on year",
        "Rail freight operator wins Humber contract",
    ],
})

_TR_PAPER = _page("caledonian", {
    "path": "/business/whisky-and-salmon-exporters-brace-as-us-sales-fall",
    "headline": "Whisky and salmon exporters brace as US sales fall",
    "description": (
        "Scottish exporters say figures showing a slump in UK goods exports to the United States "
        "match what they are seeing on the ground."
    ),
    "section": "Business",
    "visible_date": "Friday 16 October 2026",
    "byline": "By Callum Brodie, Business Editor",
    "caption": (
        "Casks at a Speyside distillery. The US is Scotch whisky's largest export market by value."
    ),
    "credit": "Picture: Andrew Moir",
    "tags": ["Exports", "Whisky", "Salmon", "Trade"],
    "body": _blocks("""
Scottish exporters have warned that the slump in sales to the United States shown in yesterday's
official figures is already being felt in distilleries and fish farms from Speyside to Shetland.

Data from the Office for National Statistics showed the UK's overall trade deficit widened to £4.1
billion in August, from £3.8bn in July, as goods exports to the US fell by 6.8 per cent. That was a
worse outcome than City economists had expected; most had forecast a deficit of around £3.3bn.

The ONS figures cover the UK as a whole and do not break down trade by nation on a monthly basis.
But industry bodies said the pattern was familiar.

"Our members have seen US orders soften since the spring," said Fraser McIntyre, director of trade
at the Scotch Whisky Association. "The American market remains our most valuable, but the
combination of tariffs and a cautious consumer is taking its toll." According to the association,
the value of Scotch exports to the US fell by 9 per cent in the first half of the year.

## Salmon holds up

Farmed salmon, Scotland's largest food export, has fared better. Salmon Scotland said overseas
sales in the first six months were up slightly in value, helped by demand in France and the Far
East, although US volumes had slipped.

"We're not immune, but we're more diversified than we were," said the trade body's chief economist,
Ruaridh Baird. "Europe has been strong."

The ONS data showed UK goods exports to the European Union rose by 1.2 per cent in August, to
£16.4bn, even as US-bound sales fell to £5.1bn.

## A noisy month

Economists cautioned against reading too much into a single month. Over the three months to August,
the UK's trade deficit actually narrowed, to £11.6bn, while the economy grew 0.3 per cent over the
same period. GDP rose 0.1 per cent in August alone.

Total exports of goods and services fell by 2.2 per cent to £74.2bn in August, while imports fell
by 1.8 per cent to £78.3bn. Excluding precious metals, which can swing sharply from month to month,
the deficit was £5bn.

Liam Farraday, the ONS's director of economic statistics, said the fall in exports had been "driven
by lower sales of cars and machinery to the United States".

## Scotland's own figures

The Scottish Government's most recent annual export statistics, published in the spring, estimated
that international exports from Scotland, excluding oil and gas, were worth £38.2bn in 2024, with
the US the largest single-country market outside the rest of the UK.

Business leaders called on both governments to do more. Morag Lindsay, chief economist at the
Scottish Business Forum, said: "Scotland's exporters need help finding new markets, and they need
it now. The figures yesterday should be a wake-up call."

The Scottish Government said it was expanding its network of international trade envoys. The UK
Government's Department for Business and Trade said trade talks with several partners were "making
good progress".

The next monthly trade figures, for September, are due on 12 November.
"""),
    "related": [
        "Distillery expansion on Islay put on hold",
        "Shetland salmon farm fined £40,000",
        "Scottish unemployment steady at 4.2%",
    ],
    "most_read": [
        "Edinburgh Airport to add five new routes",
        "A9 dualling: next section to open in spring",
        "Glasgow restaurant named UK's best curry house",
    ],
})


# ---------------------------------------------------------------------------
# rk-EF5 — rocket (3 planted)
# ---------------------------------------------------------------------------

_RK_LIVE = _page("isles", {
    "path": "/news/shetland/skerry-launch-live-norvane-rocket-saxavord",
    "headline": "Skerry launch from SaxaVord: live updates as Norvane rocket reaches orbit",
    "description": (
        "Follow live as Norvane Aerospace's Skerry rocket lifts off from SaxaVord Spaceport on "
        "Unst carrying six small satellites."
    ),
    "section": "Shetland",
    "kicker": "LIVE",
    "standfirst": (
        "Norvane's Skerry rocket lifted off from Lamba Ness at 10.42am, two days after high winds "
        "forced a postponement. All times BST."
    ),
    "visible_date": "Last updated 12:15 BST, 4 June 2026",
    "byline": "Isles Courier reporters at Haroldswick and Lamba Ness",
    "caption": "The Skerry rocket climbs away from the launch pad at Lamba Ness.",
    "credit": "Photo: Ingrid Jamieson/Isles Courier",
    "tags": ["SaxaVord", "Unst", "Space", "Norvane"],
    "body": _blocks("""
@@ 12:15 | Tulloch: 'Shetland put Britain into orbit'

Speaking to reporters at the spaceport, Norvane chief executive Ishbel Tulloch, who grew up in
Brae, was close to tears. "Today Shetland put Britain into orbit," she said. "The people of Unst
have put up with us, fed us and cheered us on for years. This one is for them."

She said the company hoped to fly again "in the autumn" and to reach a launch every two months by
the end of next year.

@@ 11:40 | All six satellites talking

Norvane says signals have now been received from all six satellites, including Clyde-Sat 3, built
by students at the University of Strathclyde. Staff at the mission control building cheered as the
last one checked in.

@@ 11:20 | Congratulations pour in

Messages are arriving from across the space industry. Dr Meera Lall, director of launch at the UK
Space Agency, which has given Norvane £9.5m in grants, says: "This is a very good day for the UK
space sector. A commercial launch from British soil is no longer a plan on paper." Shetland Islands
Council convener Emma Sinclair calls it "a proud day for Shetland".

@@ 11:05 | Orbit confirmed

A ground station in northern Norway has picked up the rocket's upper stage in the planned orbit,
about 510 km above the Earth. Four of the six satellites have already made contact.

@@ 10:56 | Satellites released

Norvane's commentator confirms the payload deployment sequence is complete, with the last satellite
released about thirteen and a half minutes after liftoff.

@@ 10:52 | Second stage engine cut-off

The second-stage engine has shut down as planned, just over nine minutes into the flight. Cheers in
the viewing area at Haroldswick.

@@ 10:45 | Stage separation

The first stage has separated and fallen away towards the sea north of Unst. Second-stage ignition
confirmed.

@@ 10:42 | LIFTOFF

Skerry has lifted off from Lamba Ness! A roar that carried right across Haroldswick, and a long
white trail heading north over the sea.

@@ 10:30 | Go for launch

The final poll is complete and the range is green. Winds at the pad are around 9 mph, well within
limits. On Tuesday the launch was called off with gusts of up to 45 mph.

@@ 09:15 | Crowds gather at Haroldswick

The viewing area near Haroldswick is filling up. Police Scotland estimate about 1,200 people are
here, many of whom came over on the early ferries from Yell. The café at the community hall ran out
of bacon rolls by 9am.

@@ 07:30 | Good morning from Unst

Good morning. The weather on Unst is kinder today, and Norvane Aerospace is targeting a liftoff
window that opens at 10.30am for its two-stage Skerry rocket.

The 19-metre rocket is carrying six small satellites for customers in Scotland, Ireland and Norway,
and it is aiming for a sun-synchronous orbit of about 510 km (317 miles). If all goes to plan, it
will be the first orbital launch from UK soil.
"""),
    "related": [
        "SaxaVord: what the spaceport means for Unst's population",
        "Skerry launch postponed as gusts hit 45mph",
        "Ferry timetable changes for launch week",
    ],
    "most_read": [
        "Lerwick Up Helly Aa committee announces 2027 Jarl",
        "Fishing: mackerel quota talks resume in London",
        "New care home for Unst approved",
        "Weather: sunny spells and light winds for weekend",
    ],
})

_RK_WIRE = _page("atlantic", {
    "path": (
        "/space/scottish-rocket-firm-norvane-reaches-orbit-from-shetland-in-uk-first-idUS202606040"
        "1"
    ),
    "headline": "Scottish rocket firm Norvane reaches orbit from Shetland in UK first",
    "description": (
        "Norvane Aerospace's Skerry rocket lifted off from Shetland and placed a cluster of small "
        "satellites in orbit, the first orbital launch from British soil."
    ),
    "section": "Space",
    "jsonld_time": "2026-06-04T10:31:00Z",
    "jsonld_modified": "2026-06-04T11:02:00Z",
    "authors": ["Kirsty Laing"],
    "byline": "By Kirsty Laing",
    "caption": "The Norvane Aerospace Skerry rocket lifts off from SaxaVord Spaceport on Unst.",
    "credit": "Atlantic Newswire/Norvane Aerospace handout",
    "tags": ["Space", "Britain", "Launch industry"],
    "body": _blocks("""
LONDON, June 4 (Atlantic Newswire) - Edinburgh-based start-up Norvane Aerospace put satellites into
orbit from Britain for the first time on Thursday, launching its Skerry rocket from a spaceport on
the northernmost inhabited island of the Shetland archipelago.

The two-stage rocket lifted off from SaxaVord Spaceport on the island of Unst at 0942 GMT, carrying
eight small satellites for customers in Britain, Ireland and Norway, and released them into a
sun-synchronous orbit about 510 kilometres (317 miles) above the Earth, the company said.

"Today Shetland put Britain into orbit," Norvane Chief Executive Ishbel Tulloch told reporters at
the launch site.

The launch makes Britain one of a small number of European countries able to send satellites into
orbit from home soil. A previous British attempt at an orbital launch, from Cornwall in 2023, used
an aircraft to carry the rocket aloft and failed to reach orbit.

Britain's government has backed the development of spaceports in Scotland and Cornwall as part of a
strategy to capture a share of the growing market for launching small satellites. The UK Space
Agency provided Norvane with 9.5 million pounds in grant funding.

Norvane's attempt to launch on Tuesday was called off because of high winds. The company plans a
second launch in the autumn and says it aims eventually to fly every two months.

The customers included the University of Strathclyde, Irish start-up Ceo Orbital and Norwegian
maritime tracking firm Havblikk Maritime.

Several European companies are racing to develop small launchers to serve operators who want to put
satellites into specific orbits quickly, rather than sharing space on larger rockets.

"This is a very good day for the UK space sector," said Meera Lall, director of launch at the UK
Space Agency. "It shows that a commercial launch from British soil is no longer a plan on paper."

Norvane, founded in 2019, employs about 210 people. Its Skerry rocket is 19 metres tall and burns
bio-propane and liquid oxygen. The company has not disclosed its launch price but analysts estimate
it at around 11 million pounds per flight.

Orbit was confirmed by a ground station in northern Norway, the company said. The rocket's first
stage separated less than three minutes into the flight and fell into the sea north of Unst, while
the second stage carried the payloads on to orbit. Satellite deployment began about 10 minutes
after liftoff.

About 1,200 spectators watched from a viewing area near the village of Haroldswick, according to
police estimates. Shetland Islands Council convener Emma Sinclair called it "a proud day for
Shetland".

SaxaVord is licensed by Britain's Civil Aviation Authority for up to 30 launches a year. Another
proposed spaceport, in Sutherland on the north coast of the Scottish mainland, has yet to host an
orbital launch.

(Reporting by Kirsty Laing; Editing by Hugh Tallis)
"""),
    "related": [
        "Europe's launch start-ups race for first commercial flights",
        "Britain's space agency unveils funding for spaceports",
        "Satellite operator orders 40 spacecraft",
    ],
    "most_read": [
        "Norway's central bank holds rates",
        "Airbus deliveries rise 4% in May",
        "Irish exports jump on pharma demand",
    ],
})

_RK_SPEC = _page("orbitwatch", {
    "path": "/launch/norvane-skerry-first-orbital-launch-saxavord-flight-analysis",
    "headline": "Norvane's Skerry reaches orbit on first attempt from SaxaVord: flight analysis",
    "description": (
        "A closer look at the first Skerry flight: timeline, payloads, orbit and what comes next "
        "for Norvane Aerospace and SaxaVord Spaceport."
    ),
    "section": "Launch",
    "byline": "By Dr Tomasz Wierzba, launch analyst",
    "caption": "Skerry on the pad at Lamba Ness during the final countdown.",
    "credit": "Image: Norvane Aerospace",
    "tags": ["Norvane", "Skerry", "SaxaVord", "Small launchers", "Sun-synchronous orbit"],
    "body": _blocks("""
Norvane Aerospace has become the first company to reach orbit from the United Kingdom, with its
two-stage Skerry rocket delivering six small satellites to a sun-synchronous orbit on its first
flight from SaxaVord Spaceport on Unst, Shetland.

Liftoff from the Lamba Ness pad came at 09:42 UTC (10:42 local time), twelve minutes into a window
that opened at 09:30 UTC. An attempt on Tuesday had been scrubbed because of high upper-level and
surface winds.

## Flight timeline

Norvane's post-flight summary gives the following sequence: first-stage burnout and stage
separation at T+2 min 41 s; second-stage ignition a few seconds later; second-stage engine cut-off
(SECO) at T+9 min 12 s; first payload separation at T+10 min 05 s; and the final separation at T+13
min 30 s.

The target orbit was roughly 510 km circular at an inclination of 97.4 degrees. Norvane said
preliminary tracking showed the upper stage within a few kilometres of the planned altitude.
Acquisition of signal came via a ground station in northern Norway.

## Vehicle

Skerry is 19 m tall and 1.4 m in diameter. The first stage is powered by five engines burning
bio-propane and liquid oxygen, with a single vacuum-optimised engine of the same design on the
second stage. Norvane quotes a maximum payload of 150 kg to this class of orbit; on this flight the
six satellites had a combined mass of 84 kg.

## Payloads

The manifest comprised: Clyde-Sat 3, a University of Strathclyde cubesat carrying an Earth
observation camera; two satellites for Cork-based Ceo Orbital, testing an optical inter-satellite
link; two spacecraft for Havblikk Maritime of Tromsø, carrying AIS receivers for ship tracking; and
a UK Space Agency-funded technology demonstrator testing a deployable drag sail for end-of-life
deorbiting.

By 11:40 local time Norvane reported contact with all six.

## Context

This was SaxaVord's first orbital launch. The spaceport at Lamba Ness, on Unst's north-east coast,
holds a licence from the Civil Aviation Authority for up to 30 launches a year, although nobody
expects anything approaching that cadence soon.

Norvane chief executive Ishbel Tullock said in a statement after the flight that the company would
"take the lessons from today, and there are always lessons," before a second flight planned for the
autumn. She said the aim was a flight every two months by the end of 2027.

The UK Space Agency has provided Norvane with £9.5m in grants. The company, founded in Edinburgh in
2019, now employs about 210 people across sites in Edinburgh and on Unst.

## What to watch

Three questions will decide whether this becomes a business rather than a milestone. First, can
Norvane turn the vehicle around quickly? Second, how reusable is the pad infrastructure at Lamba
Ness after a real launch? And third, will European and UK customers pay a premium for dedicated
rides from Shetland when rideshare on larger American rockets is cheap?

Our launch schedule has been updated with Norvane's provisional autumn date.
"""),
    "related": [
        "SaxaVord licence: what the CAA approved",
        "European small launcher tracker: who flies next",
        "Drag sails and the deorbit problem",
    ],
    "most_read": [
        "Starship flight review: heat shield performance",
        "India's PSLV returns to flight",
        "Japan's H3 lofts navigation satellite",
        "Launch schedule: June 2026",
    ],
})

_RK_PAPER = _page("caledonian", {
    "path": "/news/highlands-islands/unsts-big-day-how-a-shetland-island-made-space-history",
    "headline": "Unst's big day: how a Shetland island made space history",
    "description": (
        "Crowds cheered on Unst as Norvane Aerospace's Skerry rocket became the first to reach "
        "orbit from UK soil."
    ),
    "section": "Highlands & Islands",
    "meta_time": "2026-06-05T05:00:00+01:00",
    "byline": "Shona Irvine, Highlands and Islands Correspondent, Unst",
    "caption": "Spectators at Haroldswick watch the Skerry rocket climb into a clear sky.",
    "credit": "Picture: Gordon Tait",
    "tags": ["Shetland", "Space", "SaxaVord"],
    "body": _blocks("""
When the Skerry rocket lifted off from Lamba Ness at 10.24am yesterday, the noise rolled across
Haroldswick like thunder, and for a few seconds nobody in the crowd said anything at all.

Then the cheering started. By the time the rocket was a bright dot high over the sea to the north,
some of the estimated 1,200 people gathered on the hillside were in tears.

"I never thought I'd see this in my lifetime," said Jessie Mouat, 79, who was born in Baltasound
and has lived on Unst all her life. "When I was a girl we had the RAF station. Now we have a
spaceport. Who would have believed it?"

The rocket, built by the Edinburgh company Norvane Aerospace, carried six small satellites into
orbit, making it the first successful orbital launch from UK soil. It came two days after an
attempt on Tuesday had to be abandoned because of gusts of up to 45mph.

## Tears in mission control

Norvane's chief executive, Ishbel Tulloch, who grew up in Brae on the Shetland Mainland, said the
moment belonged to the islands. "Shetland has put Britain into orbit today," she said. "The people
of Unst have put up with us, fed us and cheered us on. This one is for them."

The company confirmed shortly before noon that it had made contact with all six satellites,
including one built by students at the University of Strathclyde. Two belong to a Cork-based
start-up and two to a Norwegian maritime company.

The flight lasted about 10 minutes from liftoff to the start of the satellite deployments, which
were completed roughly 13 and a half minutes after launch, at an altitude of around 510km (317
miles).

## A boost for the island

Unst's population, about 630 at the last census, has been falling for decades. SaxaVord Spaceport
says about 70 people now work on the island in jobs linked to the site, and local businesses
reported a busy week.

"We've been full since Sunday," said Alan Priest, who runs a guest house in Baltasound.
"Journalists, engineers, people who just wanted to see it."

Callum Isbister, head of range operations at SaxaVord, said the team had been "incredibly calm"
during the final countdown. "Everybody knew their job. The only thing we couldn't control was the
weather, and today the weather was kind."

Emma Sinclair, convener of Shetland Islands Council, called it "a proud day for Shetland" and said
the council would continue to push for improved ferry links and housing on Unst so that the
spaceport's benefits stayed local.

## Questions remain

Not everyone on the island is convinced. The Unst Environmental Group has raised concerns about the
effect of launches on seabird colonies at nearby Hermaness, a national nature reserve. The
spaceport says it monitors bird populations and that its licence limits the number of launches.

Norvane says its next launch is planned for the autumn, and that it wants eventually to fly every
two months. The UK Space Agency, which has given the company £9.5 million in grants, said the
launch "puts Scotland at the heart of Europe's space industry".

For Mrs Mouat, the bigger question was simpler. "When's the next one?" she asked. "I'll bring a
flask."
"""),
    "related": [
        "Leader: Unst's launch is a triumph - now make it pay",
        "Spaceport jobs: who is working at SaxaVord?",
        "Hermaness seabird numbers: latest count",
    ],
    "most_read": [
        "Highland ferry cancellations: islanders demand answers",
        "Inverness bypass plans back on the table",
        "Skye rescue as walkers stranded on Cuillin ridge",
    ],
})


# ---------------------------------------------------------------------------
# eq-EF6 — earthquake (3 planted)
# ---------------------------------------------------------------------------

_EQ_LIVE = _page("menai", {
    "path": "/news/gwynedd/earthquake-llyn-peninsula-live-updates",
    "headline": (
        "Earthquake on Llŷn: live updates after magnitude 4.6 quake felt across north Wales"
    ),
    "description": (
        "Live: a magnitude 4.6 earthquake near Nefyn shook homes across Gwynedd, Anglesey and "
        "beyond in the early hours of Sunday."
    ),
    "section": "Gwynedd",
    "kicker": "Live",
    "standfirst": (
        "Quake struck at 00:41 on Sunday, centred about 3 km north-west of Nefyn; chimneys down "
        "in Nefyn and Morfa Nefyn; one woman treated in hospital. All times BST."
    ),
    "visible_date": "Last updated 16:20 BST, Sunday 9 August 2026",
    "byline": "Menai Bulletin newsroom",
    "caption": "A fallen chimney stack on a terrace in Nefyn on Sunday morning.",
    "credit": "Llun / Photo: Gethin Rowlands",
    "tags": ["Earthquake", "Nefyn", "Llŷn", "Gwynedd"],
    "body": _blocks("""
@@ 16:20 | Council: 14 properties inspected

Cllr Dyfrig Wyn Hughes, leader of Gwynedd Council, says structural engineers have now inspected 14
properties in Nefyn and Morfa Nefyn. Two have been judged unsafe to live in for the time being, and
the families have been found temporary accommodation.

"People here are shaken, but they have been looking after each other since the middle of the
night," Cllr Hughes said. "Our engineers will be back out tomorrow, and anyone worried about their
home should call the council."

@@ 15:05 | More than 5,600 reports to BGS

The British Geological Survey says it has now received more than 5,600 reports from people who felt
the earthquake, from as far away as Cumbria and the east coast of Ireland.

@@ 11:30 | Woman treated in hospital

Betsi Cadwaladr University Health Board says a woman in her 70s was treated at Ysbyty Gwynedd in
Bangor for a minor head injury after an ornament fell from a shelf. She has since been discharged.
No other injuries have been reported.

@@ 09:10 | Daylight shows damage in Nefyn

In daylight, the damage is clearer: at least three chimney stacks have collapsed in Nefyn and Morfa
Nefyn, several garden walls have come down, and there are cracks in the plaster of a number of
older houses. North Wales Police say they received more than 400 calls in the first hour after the
quake.

@@ 03:25 | Aftershock recorded

The BGS says it recorded an aftershock of magnitude 2.1 at 03:17. Few people will have felt it, a
seismologist told us.

@@ 02:05 | BGS confirms magnitude 4.6

The British Geological Survey has confirmed the earthquake measured 4.6, revised from an initial
automatic estimate of 4.5. It struck at 00:41 at a depth of 9 km, with its epicentre about 3 km
north-west of Nefyn. More than 2,000 people have already reported feeling it.

Dr Eluned Prys-Jones, a seismologist at the BGS, said: "This is the largest earthquake in Wales
since the Llŷn Peninsula earthquake of July 1984, which had a magnitude of 5.4. Small aftershocks
are possible over the coming days."

@@ 01:20 | 'Like a lorry hitting the house'

Readers have been getting in touch. Mared from Morfa Nefyn: "It was like a lorry hitting the side
of the house, then the whole bed shook for what felt like ages." Huw in Pwllheli says pictures fell
off the walls. Someone in Caernarfon says their dog started howling a few seconds before it hit.

North Wales Police say they are dealing with a large number of calls and ask people to use 999 only
in an emergency.

@@ 00:58 | Earthquake felt across north Wales

A strong earthquake has been felt across Gwynedd and Anglesey at about 12.40am. We are getting
reports of shaking from Bangor, Caernarfon, Pwllheli and Holyhead. Early automatic readings suggest
a magnitude of about 4.5, centred on the Llŷn Peninsula. More as we get it.
"""),
    "related": [
        "Llŷn 1984: the night the earth moved in Gwynedd",
        "How to check your home for earthquake damage",
        "Porthdinllaen lifeboat crew honoured for Irish Sea rescue",
    ],
    "most_read": [
        "A55 closure: overnight roadworks near Conwy",
        "Eisteddfod: record crowds on final day",
        "Snowdon summit café to stay open until October",
        "Bangor University confirms new medical school intake",
    ],
})

_EQ_WIRE = _page("meridian", {
    "path": (
        "/world/uk/magnitude-46-earthquake-shakes-north-wales-felt-in-dublin-and-liverpool-2026-08"
        "-09/"
    ),
    "headline": "Magnitude 4.6 earthquake shakes North Wales, felt in Dublin and Liverpool",
    "description": (
        "An earthquake of magnitude 4.6 struck north-west Wales late on Saturday, the British "
        "Geological Survey said, shaking homes across the region and across the Irish Sea."
    ),
    "section": "World",
    "jsonld_time": "2026-08-09T00:52:00Z",
    "jsonld_modified": "2026-08-09T02:52:00Z",
    "authors": ["Rhodri Evans"],
    "byline": "By Rhodri Evans",
    "caption": "A map showing the location of the earthquake in north-west Wales.",
    "credit": "Meridian Wire graphic",
    "tags": ["Earthquakes", "Britain", "Wales"],
    "body": _blocks("""
LONDON, Aug 9 (Meridian Wire) - An earthquake of magnitude 4.6 struck north-west Wales late on
Saturday, shaking homes across the region and as far away as Dublin, Liverpool and Manchester, the
British Geological Survey (BGS) said.

The quake hit at 2341 GMT on Saturday (0041 local time on Sunday), centred near the town of Tywyn
in the county of Gwynedd at a depth of 9 km (5.6 miles), the BGS said. The European-Mediterranean
Seismological Centre (EMSC) put the magnitude at 4.7.

There were no immediate reports of serious injuries. North Wales Police said they had received a
large number of calls from worried residents and reports of fallen chimneys and damaged walls in
some coastal villages.

"The whole house shook, the windows rattled and things fell off the shelves," one resident told
Meridian Wire by phone. "I thought a lorry had crashed into the building."

Earthquakes of this size are uncommon but not unknown in Britain, which records a few hundred small
tremors each year, most too weak to be felt.

The largest onshore earthquake recorded in Wales, a magnitude 5.4 tremor on the Llyn Peninsula in
July 1984, damaged buildings across the region and was felt in Ireland and across much of western
England. In 2018, a magnitude 4.4 earthquake near Swansea was felt across south Wales and the west
of England.

The BGS said it had received more than 1,000 reports from members of the public within half an hour
of Saturday night's quake.

UPDATE, 0252 GMT: The BGS said it had recorded an aftershock of magnitude 2.1 at 0217 GMT. The U.S.
Geological Survey estimated the main quake's magnitude at 4.5.

Dr Eluned Prys-Jones, a seismologist at the BGS, said it was the largest earthquake in Wales since
1984 and that small aftershocks were possible over the coming days.

Trains on the Cambrian Coast railway, which were not running at the time of the quake, would be
held on Sunday morning until engineers had walked the line and inspected bridges, the operator
said. Britain's strongest recorded earthquake, a magnitude 6.1 event under the Dogger Bank in the
North Sea in 1931, was felt across much of the country.

Seismologists say such events in Britain are typically caused by the slow release of stresses in
the Earth's crust along ancient faults, rather than by movement at a plate boundary. North-west
Wales is one of the more seismically active parts of the UK.

In Ireland, the Irish National Seismic Network said the quake was clearly recorded on its stations
and that it had received reports from people in Dublin and Wicklow.

(Reporting by Rhodri Evans; Editing by Anna Roux)
"""),
    "related": [
        "Britain's biggest earthquakes: a history",
        "Small earthquake felt in Cumbria, BGS says",
        "Iceland volcano erupts for 12th time since 2023",
    ],
    "most_read": [
        "Heatwave: temperatures to hit 31C in London",
        "Wildfires force evacuations on Greek island",
        "Japan issues tsunami advisory after magnitude 6.1 quake",
    ],
})

_EQ_IRISH = _page("irishcourier", {
    "path": (
        "/news/ireland/2026/08/09/welsh-earthquake-felt-along-east-coast-from-dublin-to-wexford/"
    ),
    "headline": "Welsh earthquake felt along east coast from Dublin to Wexford",
    "description": (
        "Hundreds of people in Ireland reported feeling an earthquake centred in north Wales in "
        "the early hours of Sunday."
    ),
    "section": "Ireland",
    "lang": "en-IE",
    "meta_time": "2026-08-09T10:30:00+01:00",
    "byline": "Niamh Carberry",
    "caption": (
        "The Irish Sea at Greystones, Co Wicklow, where residents reported feeling the tremor."
    ),
    "credit": "Photograph: Colm Ryder",
    "tags": ["Earthquake", "Wales", "Dublin", "Wicklow"],
    "body": _blocks("""
People along Ireland's east coast were woken in the early hours of Sunday by an earthquake centred
in north Wales, more than 100km away across the Irish Sea.

The quake struck at 12.41am Irish time, with its epicentre near the town of Nefyn on the Llŷn
Peninsula in Gwynedd, about 125km (78 miles) from Dublin. The British Geological Survey measured
the earthquake at magnitude 4.9, at a depth of 9km.

The Irish National Seismic Network (INSN), which is operated by the Dublin Institute for Advanced
Studies (DIAS), recorded the quake on all of its stations and estimated its magnitude at 4.4. By
9am, the INSN had received more than 1,300 reports from people in Ireland who had felt it.

"Most reports came from Dublin, Wicklow and Wexford, and from coastal areas in particular," said Dr
Fionnuala Redmond, a seismologist at DIAS. "People described a rolling or swaying motion lasting a
few seconds, and rattling windows and doors. That is exactly what we would expect at this distance
from an event of this size."

Dr Redmond said differences between the Irish and British magnitude estimates were normal in the
first hours after an earthquake, because each network uses its own stations and methods.

## 'The wardrobe doors opened'

In Greystones, Co Wicklow, retired teacher Bernadette Kinsella said she had been lying awake when
the shaking began. "The wardrobe doors opened on their own and the glasses in the cabinet were
clinking. I thought it was a big lorry going past, but there's no road behind us."

In Howth, Co Dublin, Eoin Mulvaney, who lives in an apartment overlooking the harbour, said the
building "swayed like a ship for maybe five seconds". Others reported feeling it in Bray, Arklow
and Wexford town, and a smaller number of people in Drogheda and Dundalk.

No damage or injuries were reported in Ireland. Gardaí said they had received a number of
calls but no emergencies linked to the quake.

## Damage in Wales

In Wales, the earthquake caused damage to chimneys and walls in Nefyn and the neighbouring village
of Morfa Nefyn. North Wales Police said they had received more than 400 calls in the first hour. A
woman in her 70s was treated in hospital for a minor head injury, according to the local health
board.

Gwynedd Council said structural engineers were inspecting properties on Sunday morning, and a rest
centre had been opened in Nefyn's community hall for anyone unable to stay in their homes.

A magnitude 2.1 aftershock was recorded at 3.17am.

## Not unprecedented

Earthquakes in Wales are occasionally felt in Ireland. The Llŷn Peninsula earthquake of July 1984,
which measured 5.4, was felt widely on the east coast, and several smaller Welsh tremors have since
been reported by people in Dublin and Wicklow.

Ireland itself experiences few earthquakes, and those that occur are generally too small to be
felt. The INSN records several small events a year, mostly off the north-west and west coasts.

Anyone who felt the earthquake can report it through the INSN website. "Every report helps us
understand how shaking travels across the Irish Sea," Dr Redmond said.
"""),
    "related": [
        "How Ireland monitors earthquakes",
        "Tremor recorded off Donegal coast",
        "Met Éireann: warm spell to continue into next week",
    ],
    "most_read": [
        "Ryder Cup: Adare Manor course changes unveiled",
        "Rent pressure zones: what changes from next year",
        "Garda appeal after Wexford crash",
        "Irish Rail timetable changes for bank holiday weekend",
    ],
})

_EQ_PAPER = _page("albion", {
    "path": (
        "/uk-news/the-whole-house-rocked-llyn-residents-count-cost-of-strongest-welsh-quake-in-42-"
        "years"
    ),
    "headline": (
        "'The whole house rocked': Llŷn residents count cost of strongest Welsh quake in 42 years"
    ),
    "description": (
        "Fallen chimneys, cracked walls and a sleepless night: how Nefyn and Morfa Nefyn are "
        "recovering after a magnitude 4.6 earthquake."
    ),
    "section": "UK news",
    "byline": "Cerys Bowen in Nefyn",
    "caption": "Builders inspect a damaged gable end in Morfa Nefyn.",
    "credit": "Photograph: Aled Lloyd/Albion Daily",
    "tags": ["Earthquakes", "Wales", "UK news"],
    "body": _blocks("""
Glenys Roberts was asleep when the earthquake came. "It was like the house had been picked up and
dropped," said the 81-year-old, standing in the front garden of her terraced cottage in Nefyn,
where a section of chimney now lies in pieces on the lawn. "The whole house rocked. I've lived here
60 years and I've felt one before, in '84, but nothing like that."

The magnitude 4.6 earthquake struck just after 12.40am on Sunday, about 3km (2 miles) north-west of
Nefyn at a depth of 9km, according to the British Geological Survey (BGS). It was the strongest
earthquake in Wales since July 1984, when a magnitude 5.4 tremor centred on the Llŷn Peninsula
damaged hundreds of buildings.

By Monday morning, more than 7,000 people had reported feeling Sunday's quake to the BGS, from
Cumbria to Cornwall and across the Irish Sea in Dublin and Wicklow.

## Chimneys and cracks

The damage was concentrated in Nefyn and neighbouring Morfa Nefyn, where older stone houses bore
the brunt. At least three chimney stacks collapsed, garden walls came down and cracks appeared in
plaster and render.

Dyfrig Wyn Hughes, chief executive of Gwynedd Council, said structural engineers had inspected 14
properties and that two families were still in temporary accommodation. "People here are shaken,
but they have looked after each other since the middle of the night," he said. "We will be back out
on Monday, and anyone who is worried about their home should call us."

One woman, aged 74, was treated at Ysbyty Gwynedd in Bangor for a minor head injury after an
ornament fell on her, and was discharged on Sunday morning. North Wales Police said they had taken
more than 400 calls in the first hour.

A small aftershock, of magnitude 2.1, was recorded at 3.17am.

## Why here?

North-west Wales is one of the more seismically active parts of Britain, although "active" is
relative. Britain records several hundred earthquakes a year, the vast majority too small to
notice.

"Llŷn sits on a set of old fault lines that are still adjusting to stresses in the crust," said Dr
Eluned Prys-Jones, a seismologist at the BGS. "This is the largest earthquake in Wales since 1984.
We can't predict when the next one will come, but an event of this size here is not a surprise."

The 1984 earthquake, on 19 July, was felt across much of England, Wales and eastern Ireland. The
last quake of comparable size in Wales was a magnitude 4.4 near Swansea in 2018.

## Insurance and clean-up

The Association of British Insurers said most buildings insurance policies covered earthquake
damage and urged homeowners to photograph any damage before arranging repairs. Several local
builders said they had been inundated with calls.

At Nefyn's community hall, which the council opened as a rest centre in the early hours, volunteers
were still serving tea on Sunday evening. "Half the town's come through that door today," said
Sioned Parry, who helped set it up. "Some of them needed somewhere to sleep. Most of them just
wanted to talk about it."

For Mrs Roberts, the priority was practical. "I need a new chimney before the winter," she said.
"And a good night's sleep."
"""),
    "related": [
        "What to do after an earthquake: a guide",
        "Britain's earthquakes mapped: where the ground moves",
        "Photos: the morning after in Nefyn",
    ],
    "most_read": [
        "Heatwave: amber health alert issued for England",
        "Train drivers to strike over three weekends",
        "Premier League: new season fixtures at a glance",
        "The best beaches in Wales this summer",
    ],
})


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-EF1",
        "part": "EF",
        "domain": "central bank",
        "fetched": "2026-09-19",
        "articles": [_CB_WIRE, _CB_LIVE, _CB_PAPER, _CB_TRADE],
        "planted": [],
    },
    {
        "id": "el-EF2",
        "part": "EF",
        "domain": "election",
        "fetched": "2026-10-05",
        "articles": [_EL_LIVE, _EL_WIRE, _EL_LOCAL, _EL_DATA],
        "planted": [],
    },
    {
        "id": "ct-EF3",
        "part": "EF",
        "domain": "court",
        "fetched": "2026-07-17",
        "articles": [_CT_WIRE, _CT_PAPER, _CT_LOCAL, _CT_TRADE],
        "planted": [
            # The Sentinel says 3-2; the others say 4-1.
            ("supreme court vote split",
             r"\b4\s*[-–—]\s*1\b|\bfour\s*(?:to|-)\s*one\b",
             r"\b3\s*[-–—]\s*2\b|\bthree\s*(?:to|-)\s*two\b"),
            # Mancunian Dispatch says "Thursday, 15 July"; 15 July 2026 is a Wednesday.
            ("weekday of the judgment", r"\bwednesday\b", r"\bthursday\b"),
            # HR Law Bulletin says approximately 14,800 couriers; the others about 18,400.
            ("couriers covered by the ruling", r"\b18[,.\s]?400\b", r"\b14[,.\s]?800\b"),
        ],
    },
    {
        "id": "tr-EF4",
        "part": "EF",
        "domain": "trade",
        "fetched": "2026-10-17",
        "articles": [_TR_WIRE, _TR_LIVE, _TR_TRADE, _TR_PAPER],
        "planted": [],
    },
    {
        "id": "rk-EF5",
        "part": "EF",
        "domain": "rocket",
        "fetched": "2026-06-06",
        "articles": [_RK_LIVE, _RK_WIRE, _RK_SPEC, _RK_PAPER],
        "planted": [
            # The Caledonian Herald says 10.24am; liftoff was 10:42 BST (09:42 UTC).
            ("liftoff time", r"\b(?:10[:.h]?42|0?9[:.h]?42)(?!\d)", r"\b10[:.h]?24(?!\d)"),
            # Atlantic Newswire says eight satellites; the others six.
            ("satellites carried", r"\b(?:six|6)\b", r"\b(?:eight|8)\b"),
            # OrbitWatch spells the chief executive's surname Tullock.
            ("chief executive's surname", r"\btulloch\b", r"\btullock\b"),
        ],
    },
    {
        "id": "eq-EF6",
        "part": "EF",
        "domain": "earthquake",
        "fetched": "2026-08-11",
        "articles": [_EQ_LIVE, _EQ_WIRE, _EQ_IRISH, _EQ_PAPER],
        "planted": [
            # The Irish Courier attributes magnitude 4.9 to the BGS; the BGS said 4.6.
            ("bgs magnitude", r"\b4\.6\b", r"\b4\.9\b"),
            # Meridian Wire centres the quake near Tywyn; it was near Nefyn.
            ("epicentre town", r"\bnefyn\b", r"\btywyn\b"),
            # The Albion Daily calls Dyfrig Wyn Hughes the council's chief executive.
            ("role of dyfrig wyn hughes", r"\b(?:council\s+)?leader\b", r"\bchief\s+executive\b"),
        ],
    },
]
