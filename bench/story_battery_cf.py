"""Story battery, part CF — the United States and Canada, events in 2026.

Written by engineer CF1 on 2026-12-07 for the thirtieth batch, a precision batch: six stories, each
covered by three or four invented outlets whose pages are whole HTML documents with site furniture.
Most differences between outlets are legitimate (time zones, UTC vs local date, rounding, units,
currency conversions, counts that grow between updates, provisional vs revised figures, forecasts
vs outcomes, earlier events' figures, agency vs agency estimates, names with and without middle
names or accents, one body named two ways, quotes in slightly different wording, sidebar headlines
from other stories). Three stories are CONTROLS with nothing planted; the other three carry exactly
three planted contradictions each, each in exactly one outlet. All outlets, reporters, companies,
most officials and all figures are invented; real institutions and places are scenery only.

cb-CF1 (central bank). True facts: on Wednesday 28 October 2026 at 9:45 a.m. EDT (13:45 UTC) the
Bank of Canada cut its policy rate 25 bp from 2.75% to 2.50% (Bank Rate 2.75%, deposit rate 2.45%),
its second cut after 16 September; news conference 10:30 a.m. EDT with Governor Hélène Desrochers
and Senior Deputy Governor Tobias Wen. October MPR: 2026 growth 1.1% (July MPR: 1.3%), 2027 1.6%,
2028 1.9%, Q3 0.8% annualized. September CPI 2.4% (August 2.7%), CPI-trim 2.9%, CPI-median 2.8%;
unemployment 7.3%. Loonie 71.92 -> 71.62 US cents (1.3963), two-year yield -6 bp to 2.31%. Prime
4.95% -> 4.70% effective 29 October. Next decision 9 December. Desrochers said "We are not on a
preset path"; Wen spoke about tariffs and investment. PLANTED (3): (1) weekday of the decision:
right "Wednesday", wrong "Thursday, Oct. 28" in MortgageDesk Pro; (2) 2026 growth forecast: right
1.1%, wrong 1.4 per cent in The Dominion Courier; (3) who said "not on a preset path": right
Desrochers, wrong Senior Deputy Governor Wen (10:41 a.m. update) in the Bay Street Ledger live
page. Outlets: Northgate Wire (wire, 28 Oct 09:52 EDT, JSON-LD, GMT times); Bay Street Ledger (live
page, 28 Oct 8:30-11:55 a.m. ET, meta); The Dominion Courier (newspaper next day, 29 Oct, visible
date only, "yesterday"); MortgageDesk Pro (trade site, no date at all). Traps: 1345 GMT vs 9:45
a.m. ET; 25 bp vs a quarter point; 2.5% vs 2.50%; Bank Rate 2.75% vs old policy rate 2.75%; deposit
rate 2.45%; headline vs core CPI; July forecast 1.3% vs October 1.1%; 2027 1.6%; forecast of a
further cut to 2.25%; loonie 71.70 at 9:56 vs 71.62 later, "0.4%" vs "0.3 of a U.S. cent"; two-year
yield 2.32% at 10:08 vs 2.31% later; five-year yield 2.68%; 80% vs "four-in-five"; 35% December
odds; "Helene" without accents; quotes in slightly different words; prime 4.7 vs 4.70; stress-test
5.25%; sidebar figures (Fed 3.75%-4%, condo prices -8%).

el-CF2 (election). CONTROL (no planted disagreement). True facts: federal by-election in
Nanaimo—Ladysmith, B.C., Monday 16 November 2026; polls closed 7 p.m. PST = 10 p.m. EST = 03:00 UTC
Tuesday 17 November; media projection 11:31 p.m. EST (8:31 p.m. PST). Preliminary result, 238 of
238 polls: Priya (Kaur) Sandhu-Caron (NDP) 17,982 (37.5%), Garrett Lindqvist (Conservative) 15,407
(32.1%), Marc-André Bélanger (Liberal) 9,316 (19.4%), Ruth Okafor (Green) 4,118 (8.6%), Dale
Kingsbury (PPC) 812 (1.7%), Teodora Vasić (Ind.) 301 (0.6%); margin 2,575 (5.4 points); turnout
47.3% of 101,870 electors; about 11,426 advance voters (6-9 November). Seat vacated by Conservative
Colin Ashdown on 30 June; in April 2025 he won 39.8% (NDP 31.5%, Liberal 24.1%, turnout 68.9%).
Outlets: Northgate Wire (wire, 17 Nov 05:10 GMT, JSON-LD, snapshot at 236 of 238 polls); The
Dominion Courier (live page, 16 Nov 9:30 p.m. - 17 Nov 12:18 a.m. EST, meta); Harbour City Now
(local site, visible "Posted Nov. 16 ... 8:42 p.m.", PST); Pacific Dispatch (analysis next day, no
date at all). Traps: Monday local vs Tuesday UTC dateline; 7 p.m. PT vs 10 p.m. ET vs 0300 GMT;
growing partial counts (19, 97, 151, 236 and 238 polls); wire lead 2,559 at 236 polls vs final
2,575; "more than 2,500" and "just over 47 per cent"; 2025 general-election shares; "about 90
minutes" vs 8:31 p.m.; "MP" vs "member of Parliament" in the quote; names without accents and with
a middle name; NDP vs New Democrats; swing figures ("six points", "nearly eight"); sidebar figures.

ct-CF3 (court). CONTROL (no planted disagreement). True facts: Supreme Court of Canada, R. v.
Kashani, 2026 SCC 19, released Friday 12 June 2026 at 9:45 a.m. EDT (6:45 a.m. PDT, 13:45 GMT),
heard 14 January 2026. Nine judges: 7-2 that the warrantless request to Lumora Home Inc. for 41
days (1 February - 13 March 2022) of doorbell footage, 1,146 clips, breached s. 8; 5-4 to exclude
under s. 24(2) and enter an acquittal. Majority by Justice Mireille Aucoin (five judges);
concurrence by Justice Paul Henriksen with Justice Anita Sharma-Lowe; dissent by Justice Gordon
Tsai with Justice Ruth Abernethy. Search of 24 March 2022 found 1.2 kg of fentanyl and C$38,400;
conviction in B.C. Supreme Court (2023), six years; B.C. Court of Appeal upheld 2-1 in September
2024; Farid (Reza) Kashani, 34, on bail since December 2024 after about 13 months. Outlets:
Northgate Wire (wire, 12 Jun 14:31 GMT, JSON-LD); LawBrief Canada (legal trade site, visible date
only, 11:40 a.m. ET); Fraser Valley Record (Surrey local site, no date at all, Pacific time).
Traps: 7-2 on the breach vs 5-4 on the outcome (each scoped); B.C. Court of Appeal 2-1; Bykovets
(2024) 5-4; B.C. Supreme Court (trial) vs Supreme Court of Canada; 41 days vs "six weeks"/"nearly
six weeks"; 1,146 vs "more than 1,100" clips; 1.2 kg vs 2.6 pounds; C$38,400 vs US$28,100 vs "more
than $38,000"; 9:45 ET vs 6:45 PT vs 1345 GMT; Lumora vs Lumora Home Inc.; quote of defence counsel
in two wordings; RCMP (2022) vs Surrey Police Service (today); sidebar figures.

tr-CF4 (trade). True facts: on Friday 14 August 2026, at about 5:15 p.m. EDT (2:15 p.m. PDT, 21:15
UTC) the U.S. Commerce Department posted final results of the seventh administrative review of
Canadian softwood lumber (entries of 2024): all-others combined rate 31.4% (AD 9.8% + CVD 21.6%),
up 6.5 percentage points (about 26%) from 24.9% (AD 7.2% + CVD 17.7%); preliminary (February)
28.7%; Cedarline Forest Products 27.9% (preliminary 29.4%), Nechako Timber 36.2%; with the 10%
Section 232 tariff total 41.4%; Federal Register publication Wednesday 19 August. Canada's softwood
exports to the U.S. in 2025: C$8.9 billion = US$6.4 billion, about 9.7 billion board feet; deposits
since 2017 over US$10.2 billion (C$14.1 billion). Trade minister Daniel Kowalczyk; B.C. Forests
Minister Leah Thorvaldson. Futures: Friday close US$623, Monday 17 August midday US$642 (+3.1%).
PLANTED (3): (1) size of the increase: right 6.5 percentage points (or about 26%), wrong "an
increase of 6.5 per cent" in the Northern Interior Tribune; (2) 2025 exports in U.S. dollars: right
US$6.4 billion, wrong $4.6 billion in the Cascade Business Journal; (3) minister's surname: right
Kowalczyk, wrong Kowalski in Timber Ledger. Outlets: Northgate Wire (wire, 14 Aug 18:05 EDT,
JSON-LD); Timber Ledger (trade site, 17 Aug, meta); Northern Interior Tribune (local site, visible
"Aug. 15, 2026 7:00 AM" only); Cascade Business Journal (U.S. newspaper, no date at all). Traps:
31.4% vs 41.4% total with Section 232; preliminary 28.7% vs final; company rates; 6.5 points vs
26%; C$ vs US$ amounts; "more than US$10 billion" vs US$10.2 billion; 5 p.m. ET vs 2:15 p.m. PT;
CUSMA vs USMCA wording; futures US$623 Friday vs US$642 Monday; minister's title phrased three
ways; quote trimmed differently; sidebar figures.

rk-CF5 (rocket). CONTROL (no planted disagreement). True facts: Borealis Launch Systems (Vancouver;
factory in Long Beach) launched Aurora Flight 2, "Second Light", from Vandenberg Space Force Base
at 10:52 p.m. PDT Tuesday 22 September 2026 = 05:52:14 UTC = 1:52 a.m. EDT Wednesday 23 September,
22 minutes into a two-hour window opening 10:30 p.m. PDT, after a hold for upper-level winds;
Sunday 20 September attempt scrubbed at T-41 s. MECO T+2:38, separation T+2:41, fairing T+3:05,
SECO T+8:46, deployments T+58:20 to T+1:04:30; seven satellites (412 kg: four Northlight Imaging,
two Tessellate Orbital, PrairieSat-2) to about 525 km (326 miles), 97.5 degrees; signals from five
of seven by 12:40 a.m. PDT, all seven by 09:10 UTC. Flight 1 (19 March 2026) lost at T+72 s. Rocket
31 m, capacity 1,150 kg; US$386 million raised (about C$530 million); about 540 staff, 190 in
Vancouver; CEO Ingrid (M.) Solheim; launch director Renée Castellanos. Outlets: Lompoc Valley
Sentinel (live page, PDT, 22 Sep 9:50 p.m. - 23 Sep 1:15 a.m., meta); Orbital Brief (specialist
site, UTC, visible "23 September 2026, 14:20 UTC" only); The Dominion Courier (newspaper, ET, no
date at all). Traps: Tuesday PDT vs Wednesday UTC/EDT for the same moment; 10:52 p.m. vs 05:52 UTC
vs 1:52 a.m.; T-41 s scrub vs 41st launch from Vandenberg; 72 s (Flight 1) vs flight times; five of
seven vs all seven signals at different times; "a little over an hour" vs T+1:04:30; km vs miles;
US$ vs C$; quote with and without "exactly"; 11 launches booked; sidebar figures.

eq-CF6 (earthquake). True facts: 11:41 p.m. PDT Thursday 21 May 2026 = 06:41 UTC Friday 22 May =
2:41 a.m. EDT; Earthquakes Canada M6.4, depth 10 km, about 40 km (25 miles) west-southwest of Port
Hardy; USGS M6.3 (first 6.5), depth 14.2 km, 38 km WSW of Port Hardy. No tsunami (NTWC statement
11:49 p.m.). Largest aftershock M4.2 at 12:26 a.m. PDT; 17 aftershocks M2+ by 6 a.m., 29 by the
afternoon. Three treated by 3 a.m., six by 2:20 p.m. PDT (all minor). BC Hydro peak about 4,300
customers, 900 at 8 a.m., all restored by 1:30 p.m. Highway 19 reopened single lane 6:30 a.m. More
than 6,800 "Did You Feel It?" reports by midday. Mayor Dennis Halloran; seismologist Alison
Mercer-Tan; minister Samira Dhillon. PLANTED (3): (1) local time of the quake: right 11:41 p.m.,
wrong 11:14 p.m. in the North Island Beacon live page's summary; (2) reference town of the
epicentre: right Port Hardy, wrong Port Renfrew in RiskPulse; (3) distance: right about 40 km (25
miles), wrong "about 40 miles (64 kilometres)" in The Dominion Courier. Outlets: Continental Press
Service (wire, 22 May 09:35 UTC updated 19:10 UTC, JSON-LD); North Island Beacon (local live page,
PDT, visible "Last updated May 22, 2026, 2:20 p.m. PT" only); The Dominion Courier (newspaper, 22
May 8 p.m. EDT, meta; print 23 May); RiskPulse (insurance trade site, no date at all). Traps: M6.4
(NRCan) vs M6.3 (USGS) vs initial 6.5; 10 km vs 14.2 km depth; 38 km vs 40 km; Thursday local vs
Friday UTC; 0641 GMT vs 2:41 a.m. ET; aftershock counts 17 vs 29 and injured 3 vs 6 at stated
times; outages 4,300 vs 900; 1946 M7.3 and 2012 M7.8 earlier quakes; Cascadia M9 (1700); loss
estimate C$40m-C$90m vs US$29m-US$65m; 5% chance of a larger quake; sidebar figures.
"""

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builders. Each outlet kind gets its own furniture so that the
# pages do not all look alike; every piece of text goes through html.escape.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(text: str) -> list[str]:
    """Split a text block on blank lines; join the wrapped lines of each paragraph."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines[0].startswith("- "):
            items: list[list[str]] = []
            for line in lines:
                if line.startswith("- ") or not items:
                    items.append([line])
                else:
                    items[-1].append(line)
            out.extend(" ".join(item) for item in items)
        else:
            out.append(" ".join(lines))
    return out


def _body(paras: list[str]) -> str:
    parts = []
    for p in paras:
        if p.startswith("- "):
            if parts and parts[-1].endswith("</ul>"):
                parts[-1] = parts[-1][:-5] + f"<li>{_e(p[2:])}</li></ul>"
            else:
                parts.append(f"<ul class=\"bullets\"><li>{_e(p[2:])}</li></ul>")
        elif p.startswith("## "):
            parts.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            parts.append(f"<blockquote class=\"pull\"><p>{_e(p[2:])}</p></blockquote>")
        else:
            parts.append(f"<p>{_e(p)}</p>")
    return "\n".join(parts)


def _links(items: list[str], base: str, cls: str) -> str:
    lis = []
    for i, label in enumerate(items):
        slug = "-".join(w.strip(".,:;'\"?!$%").lower() for w in label.split()[:7])
        lis.append(f"<li><a href=\"https://{base}/{cls}/{i + 1}-{_e(slug)}\">{_e(label)}</a></li>")
    return f"<ul class=\"{cls}\">" + "".join(lis) + "</ul>"


def _head(site: dict, a: dict) -> str:
    title = site["title_fmt"].format(h=a["headline"], s=site["name"])
    url = a["url"]
    img = f"https://img.{site['domain']}/{a.get('img', 'lead')}.jpg"
    rows = [
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(title)}</title>",
        f"<meta name=\"description\" content=\"{_e(a['dek'])}\">",
        f"<link rel=\"canonical\" href=\"{_e(url)}\">",
        f"<meta property=\"og:title\" content=\"{_e(a['headline'])}\">",
        f"<meta property=\"og:description\" content=\"{_e(a['dek'])}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:url\" content=\"{_e(url)}\">",
        f"<meta property=\"og:site_name\" content=\"{_e(site['name'])}\">",
        f"<meta property=\"og:image\" content=\"{_e(img)}\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        f"<meta name=\"twitter:site\" content=\"@{_e(site['handle'])}\">",
        f"<link rel=\"stylesheet\" "
        f"href=\"https://static.{site['domain']}/css/main.{site['css']}.css\">",
    ]
    if a.get("section"):
        rows.append(f"<meta property=\"article:section\" content=\"{_e(a['section'])}\">")
    mode = a["date_mode"]
    if mode == "meta":
        rows.append(f"<meta property=\"article:published_time\" content=\"{a['iso']}\">")
        if a.get("iso_mod"):
            rows.append(f"<meta property=\"article:modified_time\" content=\"{a['iso_mod']}\">")
    if mode == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": a.get("ld_type", "NewsArticle"),
            "headline": a["headline"],
            "description": a["dek"],
            "datePublished": a["iso"],
            "author": [{"@type": "Person", "name": n} for n in a["authors"]],
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        if a.get("iso_mod"):
            ld["dateModified"] = a["iso_mod"]
        rows.append("<script type=\"application/ld+json\">" + json.dumps(ld) + "</script>")
    else:
        org = {"@context": "https://schema.org", "@type": "Organization",
               "name": site["name"], "url": f"https://www.{site['domain']}/"}
        rows.append("<script type=\"application/ld+json\">" + json.dumps(org) + "</script>")
    rows.append(
        "<script>window.dataLayer=window.dataLayer||[];"
        f"dataLayer.push({{'site':'{site['handle']}','tpl':'{a['kind']}'}});</script>"
    )
    return "<head>\n" + "\n".join(rows) + "\n</head>"


def _nav(site: dict) -> str:
    items = "".join(
        f"<li><a href=\"https://www.{site['domain']}/{s.lower().replace(' ', '-')}/\">"
        f"{_e(s)}</a></li>"
        for s in site["nav"]
    )
    return (
        f"<header class=\"masthead\"><a class=\"logo\" href=\"https://www.{site['domain']}/\">"
        f"{_e(site['name'])}</a><nav aria-label=\"Sections\"><ul>{items}</ul></nav>"
        "<a class=\"btn-sub\" href=\"/subscribe\">Subscribe</a>"
        "<a class=\"btn-login\" href=\"/account/login\">Sign in</a></header>"
    )


def _cookie(variant: int) -> str:
    texts = [
        ("We use cookies and similar technologies to personalise content and ads, and to "
         "analyse our traffic. You can change your choices at any time.",
         "Accept all", "Manage preferences"),
        ("This site uses cookies. By continuing to browse you agree to our use of cookies "
         "as described in our privacy policy.", "OK", "Learn more"),
        ("Your privacy matters. We and our 142 partners store and access information on your "
         "device for measurement and advertising.", "I agree", "Reject non-essential"),
    ]
    t, ok, other = texts[variant % len(texts)]
    return (
        f"<div class=\"consent-banner\" role=\"dialog\"><p>{_e(t)}</p>"
        f"<button class=\"accept\">{_e(ok)}</button>"
        f"<button class=\"prefs\">{_e(other)}</button></div>"
    )


def _share(url: str) -> str:
    return (
        "<div class=\"share\"><span>Share this article</span>"
        f"<a href=\"https://www.facebook.com/sharer/sharer.php?u={_e(url)}\">Facebook</a>"
        f"<a href=\"https://x.com/intent/post?url={_e(url)}\">X</a>"
        f"<a href=\"https://www.linkedin.com/sharing/share-offsite/?url={_e(url)}\">LinkedIn</a>"
        f"<a href=\"mailto:?body={_e(url)}\">Email</a>"
        "<button class=\"copy\">Copy link</button></div>"
    )


def _ad(slot: str) -> str:
    return (
        f"<aside class=\"ad ad-{slot}\"><span class=\"ad-label\">Advertisement</span>"
        f"<div id=\"gpt-{slot}\" class=\"ad-slot\"></div></aside>"
    )


def _figure(a: dict) -> str:
    cap, credit = a["figure"]
    return (
        "<figure class=\"lead-image\">"
        f"<img src=\"https://img.example/{_e(a.get('img', 'lead'))}.jpg\" "
        f"alt=\"{_e(cap)}\"><figcaption>{_e(cap)} <span class=\"credit\">{_e(credit)}</span>"
        "</figcaption></figure>"
    )


def _newsletter(site: dict, pitch: str) -> str:
    return (
        f"<section class=\"newsletter\"><h3>{_e(site['newsletter'])}</h3><p>{_e(pitch)}</p>"
        "<form action=\"/newsletters/signup\" method=\"post\"><input type=\"email\" "
        "placeholder=\"Your email address\"><button>Sign up</button></form></section>"
    )


def _footer(site: dict) -> str:
    links = "".join(
        f"<li><a href=\"/{s.lower().replace(' ', '-')}\">{_e(s)}</a></li>"
        for s in ["About us", "Contact", "Corrections", "Privacy policy", "Terms of use",
                  "Advertise", "Careers"]
    )
    return (
        f"<footer class=\"site-footer\"><ul>{links}</ul><p>{_e(site['footer'])}</p>"
        f"<p>&copy; 2026 {_e(site['owner'])}. All rights reserved.</p></footer>"
    )


def _byline(a: dict) -> str:
    who = " and ".join(a["authors"])
    role = f" <span class=\"role\">{_e(a['role'])}</span>" if a.get("role") else ""
    return f"<p class=\"byline\">By <span class=\"author\">{_e(who)}</span>{role}</p>"


def _dateline_html(a: dict) -> str:
    if a["date_mode"] == "none" or not a.get("shown"):
        return ""
    if a["date_mode"] == "meta" and a.get("iso"):
        return f"<p class=\"pubdate\"><time datetime=\"{a['iso']}\">{_e(a['shown'])}</time></p>"
    return f"<p class=\"pubdate\">{_e(a['shown'])}</p>"


def _render_wire(site: dict, a: dict) -> str:
    paras = _paras(a["text"])
    body = _body(paras[:4]) + _ad("inline1") + _body(paras[4:])
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\">", _head(site, a), "<body class=\"wire\">",
        _cookie(site["cookie"]), _nav(site),
        "<main><article>",
        f"<p class=\"kicker\">{_e(a['section'])}</p>",
        f"<h1>{_e(a['headline'])}</h1>",
        f"<p class=\"standfirst\">{_e(a['dek'])}</p>",
        _byline(a), _dateline_html(a),
        f"<div class=\"reading-time\">{_e(str(a.get('minutes', 4)))} min read</div>",
        _share(a["url"]),
        _figure(a),
        f"<div class=\"article-body\"><p class=\"dateline\">{_e(a['dateline'])}</p>",
        body,
        "<p class=\"editing\">"
        f"{_e(a.get('editing', 'Editing by the ' + site['name'] + ' desk'))}</p>",
        "</div>",
        f"<p class=\"standards\">Our standards: The {_e(site['name'])} Trust Principles.</p>",
        "</article>",
        "<aside class=\"rail\"><h3>Related coverage</h3>",
        _links(a["related"], site["domain"], "related"),
        _ad("rail"),
        "</aside></main>",
        _footer(site),
        "</body></html>",
    ])


def _render_paper(site: dict, a: dict) -> str:
    paras = _paras(a["text"])
    mid = max(3, len(paras) // 2)
    print_note = a.get("print_note")
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en-CA\">", _head(site, a), "<body class=\"article\">",
        _cookie(site["cookie"]),
        "<div class=\"top-strip\"><a href=\"/e-edition\">Today's paper</a>"
        "<a href=\"/newsletters\">Newsletters</a><a href=\"/puzzles\">Crosswords</a></div>",
        _nav(site), _ad("leaderboard"),
        "<main class=\"story\"><article>",
        f"<nav class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; {_e(a['section'])}</nav>",
        f"<h1 class=\"headline\">{_e(a['headline'])}</h1>",
        f"<h2 class=\"dek\">{_e(a['dek'])}</h2>",
        _byline(a), _dateline_html(a),
        _share(a["url"]),
        _figure(a),
        "<div class=\"story-body\">",
        _body(paras[:mid]),
        "<aside class=\"inline-related\"><h4>Read more</h4>"
        + _links(a["related"][:2], site["domain"], "inline") + "</aside>",
        _ad("midarticle"),
        _body(paras[mid:]),
        (f"<p class=\"print-note\">{_e(print_note)}</p>" if print_note else ""),
        "</div>",
        "<section class=\"comments\"><h3>Comments</h3><p>Comments are closed for this story. "
        "Read our community guidelines.</p></section>",
        "</article>",
        "<aside class=\"sidebar\"><h3>Most read</h3>",
        _links(a["most_read"], site["domain"], "most-read"),
        _newsletter(site, a.get("pitch", "The day's top stories, every weekday morning.")),
        _ad("sidebar"),
        "</aside></main>",
        _footer(site),
        "</body></html>",
    ])


def _render_live(site: dict, a: dict) -> str:
    ups = []
    for stamp, title, text in a["updates"]:
        ups.append(
            "<article class=\"live-update\">"
            f"<p class=\"live-ts\">{_e(stamp)}</p><h3>{_e(title)}</h3>"
            + _body(_paras(text))
            + "<button class=\"share-post\">Share this post</button></article>"
        )
    ups.reverse()  # newest first, as live pages show them
    half = len(ups) // 2
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\">", _head(site, a), "<body class=\"liveblog\">",
        _cookie(site["cookie"]), _nav(site),
        "<main><div class=\"live-header\"><span class=\"live-badge\">LIVE</span>",
        f"<h1>{_e(a['headline'])}</h1><p class=\"summary\">{_e(a['dek'])}</p>",
        _byline(a), _dateline_html(a), _share(a["url"]), "</div>",
        "<section class=\"key-points\"><h2>Key points</h2><ul>"
        + "".join(f"<li>{_e(k)}</li>" for k in a["key_points"]) + "</ul></section>",
        _figure(a),
        f"<div class=\"live-intro\">{_body(_paras(a['text']))}</div>",
        "<div class=\"live-feed\">",
        "\n".join(ups[:half]), _ad("feed"), "\n".join(ups[half:]),
        "</div>",
        "<aside class=\"more\"><h3>More coverage</h3>",
        _links(a["related"], site["domain"], "related"),
        "<h3>Trending</h3>",
        _links(a["most_read"], site["domain"], "trending"),
        _newsletter(site, a.get("pitch", "Breaking news alerts, straight to your inbox.")),
        "</aside></main>",
        _footer(site),
        "</body></html>",
    ])


def _render_local(site: dict, a: dict) -> str:
    paras = _paras(a["text"])
    cut = min(3, len(paras))
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\">", _head(site, a), "<body class=\"local-news\">",
        _cookie(site["cookie"]),
        f"<div class=\"weather-strip\">{_e(a.get('weather', ''))}</div>",
        _nav(site),
        "<main><article class=\"post\">",
        f"<p class=\"category\">{_e(a['section'])}</p>",
        f"<h1 class=\"entry-title\">{_e(a['headline'])}</h1>",
        f"<p class=\"excerpt\">{_e(a['dek'])}</p>",
        _byline(a), _dateline_html(a),
        _figure(a),
        "<div class=\"entry-content\">",
        _body(paras[:cut]), _ad("local1"), _body(paras[cut:]),
        "<p class=\"tip\">Have a news tip? Email our newsroom or call the tip line.</p>",
        "</div>", _share(a["url"]),
        "</article>",
        "<aside class=\"widgets\"><h3>Local headlines</h3>",
        _links(a["most_read"], site["domain"], "local"),
        "<h3>Community events</h3>",
        _links(a.get("events", []), site["domain"], "events"),
        _newsletter(site, a.get("pitch", "Local news, free, every morning.")),
        _ad("box"),
        "</aside></main>",
        _footer(site),
        "</body></html>",
    ])


def _render_trade(site: dict, a: dict) -> str:
    paras = _paras(a["text"])
    facts = "".join(
        f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in a.get("factbox", [])
    )
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\">", _head(site, a), "<body class=\"pro\">",
        _cookie(site["cookie"]), _nav(site),
        "<div class=\"ticker\" aria-hidden=\"true\">" + _e(a.get("ticker", "")) + "</div>",
        "<main class=\"pro-article\"><article>",
        f"<p class=\"topic-tag\">{_e(a['section'])}</p>",
        f"<h1>{_e(a['headline'])}</h1><p class=\"deck\">{_e(a['dek'])}</p>",
        _byline(a), _dateline_html(a),
        _figure(a),
        (f"<table class=\"factbox\"><caption>{_e(a.get('factbox_title', 'At a glance'))}</caption>"
         f"{facts}</table>" if facts else ""),
        "<div class=\"body-copy\">", _body(paras), "</div>",
        "<div class=\"paywall-note\">Pro members get full access to our data tools. "
        "<a href=\"/pro/trial\">Start a free trial</a></div>",
        _share(a["url"]),
        "</article>",
        "<aside class=\"pro-rail\"><h3>Latest</h3>",
        _links(a["related"], site["domain"], "latest"),
        _newsletter(site, a.get("pitch", "Our weekly briefing for industry professionals.")),
        _ad("pro-rail"),
        "</aside></main>",
        _footer(site),
        "</body></html>",
    ])


_RENDER = {
    "wire": _render_wire, "paper": _render_paper, "live": _render_live,
    "local": _render_local, "trade": _render_trade,
}


def _page(site: dict, a: dict) -> dict:
    return {"url": a["url"], "html": _RENDER[a["kind"]](site, a)}


def _site(name, domain, handle, title_fmt, nav, newsletter, owner, footer, cookie, css):
    return {"name": name, "domain": domain, "handle": handle, "title_fmt": title_fmt,
            "nav": nav, "newsletter": newsletter, "owner": owner, "footer": footer,
            "cookie": cookie, "css": css}


_NORTHGATE = _site(
    "Northgate Wire", "northgatewire.example", "northgatewire", "{h} | {s}",
    ["World", "Business", "Markets", "Politics", "Technology", "Science"],
    "Northgate Morning Bid", "Northgate Media Group",
    "All quotes delayed a minimum of 15 minutes.", 0, "a81f",
)
_BAYSTREET = _site(
    "Bay Street Ledger", "baystreetledger.example", "baystledger", "{h} - {s}",
    ["Markets", "Economy", "Real Estate", "Personal Finance", "Opinion"],
    "The Ledger Daily", "Ledger Publishing Inc.",
    "Market data provided for information only.", 1, "3c09",
)
_COURIER = _site(
    "The Dominion Courier", "dominioncourier.example", "domcourier", "{h} | {s}",
    ["Canada", "World", "Politics", "Business", "Science", "Opinion", "Arts"],
    "Courier Morning Update", "Dominion Courier Media",
    "The Dominion Courier, 120 Front Street, Toronto.", 2, "77de",
)
_MORTGAGEDESK = _site(
    "MortgageDesk Pro", "mortgagedeskpro.example", "mortgagedesk", "{h} \u2014 {s}",
    ["Rates", "Lenders", "Regulation", "Brokers", "Data"],
    "The Rate Sheet", "MDP Information Services",
    "MortgageDesk Pro is an independent publication for mortgage professionals.", 0, "0b4e",
)
_PACIFIC = _site(
    "Pacific Dispatch", "pacificdispatch.example", "pacdispatch", "{h} | {s}",
    ["B.C.", "Canada", "Politics", "Business", "Sports", "Opinion"],
    "Dispatch Briefing", "Pacific Dispatch Ltd.",
    "Pacific Dispatch, Vancouver, British Columbia.", 1, "5aa2",
)
_HARBOUR = _site(
    "Harbour City Now", "harbourcitynow.example", "harbourcitynow", "{h} - {s}",
    ["News", "Politics", "Community", "Sports", "Obituaries"],
    "Harbour City Now Daily", "Mid-Island Local Media",
    "Independent local news for Nanaimo and the Mid-Island.", 2, "e713",
)
_LAWBRIEF = _site(
    "LawBrief Canada", "lawbriefcanada.example", "lawbriefca", "{h} | {s}",
    ["Decisions", "Criminal", "Constitutional", "Practice", "Appointments"],
    "LawBrief Weekly", "LawBrief Publishing",
    "LawBrief Canada does not provide legal advice.", 0, "c3d1",
)
_FVRECORD = _site(
    "Fraser Valley Record", "fraservalleyrecord.example", "fvrecord", "{h} - {s}",
    ["Surrey", "Langley", "Crime", "Community", "Sports"],
    "The Record Daily", "Valley Record Media",
    "Serving Surrey, Langley and the Fraser Valley.", 1, "19af",
)
_TIMBER = _site(
    "Timber Ledger", "timberledger.example", "timberledger", "{h} | {s}",
    ["Markets", "Trade", "Mills", "Policy", "Prices"],
    "Timber Ledger Weekly", "Timber Ledger Media",
    "Prices shown are for information only and are not an offer to trade.", 2, "8e21",
)
_NITRIBUNE = _site(
    "Northern Interior Tribune", "nitribune.example", "nitribune", "{h} - {s}",
    ["News", "Business", "Forestry", "Sports", "Opinion"],
    "Tribune Morning", "Interior Newsgroup",
    "Local news for Prince George and the northern Interior.", 0, "4f6b",
)
_CASCADE = _site(
    "Cascade Business Journal", "cascadebusinessjournal.example", "cascadebj",
    "{h} | {s}", ["News", "Real Estate", "Manufacturing", "Trade", "People"],
    "Cascade Daily", "Cascade Business Media",
    "Cascade Business Journal, Seattle, Washington.", 1, "b920",
)
_ORBITAL = _site(
    "Orbital Brief", "orbitalbrief.example", "orbitalbrief", "{h} \u00b7 {s}",
    ["Launch", "Satellites", "Policy", "Business", "Schedule"],
    "Orbital Brief Weekly", "Orbital Brief LLC",
    "All times UTC unless stated.", 0, "d4c8",
)
_LOMPOC = _site(
    "Lompoc Valley Sentinel", "lompocsentinel.example", "lompocsentinel", "{h} - {s}",
    ["Local", "Vandenberg", "Schools", "Business", "Sports"],
    "Sentinel Daily", "Sentinel Community Media",
    "Lompoc Valley Sentinel, Lompoc, California.", 2, "6e05",
)
_CPS = _site(
    "Continental Press Service", "cpsnews.example", "cpsnews", "{h} | {s}",
    ["U.S.", "World", "Business", "Science", "Health"],
    "CPS Today", "Continental Press Service",
    "Times shown in UTC unless otherwise stated.", 1, "2b7a",
)
_BEACON = _site(
    "North Island Beacon", "northislandbeacon.example", "nibeacon", "{h} - {s}",
    ["News", "Port Hardy", "Port McNeill", "Outdoors", "Community"],
    "Beacon Bulletin", "Beacon Community News",
    "Independent news for the North Island.", 0, "71c0",
)
_RISKPULSE = _site(
    "RiskPulse", "riskpulse.example", "riskpulse", "{h} | {s}",
    ["Catastrophe", "Reinsurance", "Models", "Claims", "Regulation"],
    "RiskPulse Daily", "RiskPulse Intelligence",
    "RiskPulse is published for insurance and risk professionals.", 2, "9f3d",
)


# ---------------------------------------------------------------------------
# cb-CF1 - Bank of Canada decision, Wednesday 28 October 2026
# ---------------------------------------------------------------------------

_CB_WIRE = """\
The Bank of Canada lowered its benchmark interest rate by 25 basis points to 2.50% on Wednesday,
its second consecutive cut, saying the economy was carrying more slack than it had expected in July
and that inflation was likely to settle close to its 2% target through 2027.

The decision, announced at 9:45 a.m. ET (1345 GMT), matched the expectations of 24 of the 29
economists polled by Northgate Wire last week. The other five had forecast a hold at 2.75%. Before
the announcement, overnight index swaps had priced in roughly an 80% chance of a cut.

With the move, the Bank Rate falls to 2.75% and the deposit rate to 2.45%, the central bank said in
its statement. The bank had held its policy rate at 3.00% from March through July before trimming
it on Sept. 16.

"We are not on a preset path," Governor Hélène Desrochers told reporters at a news conference in
Ottawa. "We will take our decisions one meeting at a time, based on the data we have in hand."

In its quarterly Monetary Policy Report (MPR), released alongside the decision, the bank cut its
forecast for economic growth this year to 1.1% from the 1.3% it projected in July. It now sees
growth of 1.6% in 2027 and 1.9% in 2028, and estimates that gross domestic product expanded at an
annualized rate of 0.8% in the third quarter.

"The economy has more slack than we anticipated in July, and that slack is pulling inflation down,"
Desrochers said, adding that household spending had slowed as many mortgage holders renewed at
higher rates this year.

Annual inflation slowed to 2.4% in September from 2.7% in August, Statistics Canada said last week.
The bank's preferred core measures, CPI-trim and CPI-median, eased to 2.9% and 2.8% respectively.
The bank said underlying inflation was "easing, but still somewhat above 2%," and that it expects
total CPI inflation to be around 2% by the second half of 2027.

Senior Deputy Governor Tobias Wen said the bank's own surveys pointed to continued weakness in
investment intentions. "Tariff uncertainty continues to weigh on business investment, and we have
seen that in our surveys," Wen said.

The jobless rate stood at 7.3% in September, up from 6.9% a year earlier, according to Statistics
Canada's Labour Force Survey.

The Canadian dollar weakened after the announcement. By 11:20 a.m. ET (1520 GMT) it was trading
0.4% lower at 1.3963 to the greenback, or 71.62 U.S. cents. The yield on the two-year Government of
Canada bond fell 6 basis points to 2.31%.

Economists said the bank had left the door open to further easing without committing to it. "The
bank has opened the door to December, but it hasn't walked through it," said Kavita Rao, chief
economist at Harbourfront Securities. Owen Calloway, a senior economist at Prairie Mutual
Financial, said he expects one more quarter-point reduction, to 2.25%, in early 2027.

Finance Minister Julien Fairweather said in a statement that lower borrowing costs "will provide
welcome relief to families with variable-rate mortgages and to small businesses."

The Bank of Canada's next scheduled rate announcement is on Dec. 9.
"""

_CB_LIVE_INTRO = """\
The Bank of Canada has lowered its policy interest rate by a quarter of a percentage point to 2.5%,
its second cut in a row, and trimmed its growth outlook in the October Monetary Policy Report.
Governor Hélène Desrochers and Senior Deputy Governor Tobias Wen took questions at the bank's
headquarters on Wellington Street in Ottawa. Follow our live coverage below; all times are Eastern.
"""

_CB_LIVE_UPDATES = [
    ("9:02 a.m. ET", "What to expect this morning", """\
Markets go into the 9:45 a.m. announcement pricing roughly a four-in-five chance of a quarter-point
cut, which would take the overnight rate to 2.5% from 2.75%. The bank last moved on Sept. 16, when
it cut from 3%. Most economists on Bay Street expect a cut, but a handful think the bank will pause
to gauge the effect of the September reduction.
"""),
    ("9:45 a.m. ET", "It's a cut: overnight rate now 2.5%", """\
The Bank of Canada has lowered its target for the overnight rate by 25 basis points to 2.5%. The
Bank Rate is correspondingly 2.75% and the deposit rate 2.45%. The bank says excess supply in the
economy has widened and that it judged a further reduction appropriate.
"""),
    ("9:49 a.m. ET", "Growth forecast trimmed in the MPR", """\
The new Monetary Policy Report sees GDP growing 1.1% this year, down from 1.3% in the July report,
then 1.6% in 2027 and 1.9% in 2028. The bank pencils in annualized growth of 0.8% for the third
quarter.
"""),
    ("9:56 a.m. ET", "Loonie slips", """\
The Canadian dollar dipped to 71.70 U.S. cents in the minutes after the decision, from 71.92 cents
at Tuesday's close.
"""),
    ("10:08 a.m. ET", "Bond yields fall", """\
The two-year Government of Canada yield is down 5 basis points at 2.32%, the most rate-sensitive
part of the curve moving the most, as you would expect.
"""),
    ("10:31 a.m. ET", "News conference under way", """\
Desrochers and Wen have taken their seats. The governor's opening statement repeats that the
decision was unanimous within Governing Council, which makes decisions by consensus.
"""),
    ("10:41 a.m. ET", "'Not on a preset path'", """\
"We are not on a preset path," Senior Deputy Governor Tobias Wen said in response to the first
question, about whether December is now live. "We'll take our decisions one meeting at a time,
based on the data we have in hand."
"""),
    ("10:52 a.m. ET", "Desrochers on slack", """\
"The economy has more slack than we anticipated in July, and that slack is pulling inflation down,"
Governor Hélène Desrochers said. She noted September inflation of 2.4% and core measures of 2.9%
(trim) and 2.8% (median).
"""),
    ("11:03 a.m. ET", "Wen on tariffs and investment", """\
Asked about trade, Wen said: "Tariff uncertainty continues to weigh on business investment, and we
have seen that in our surveys." He declined to speculate on the outcome of continuing talks with
Washington.
"""),
    ("11:18 a.m. ET", "Economists react", """\
Kavita Rao, chief economist at Harbourfront Securities, in a note to clients: "The bank has opened
the door to December, but it hasn't walked through it." Owen Calloway of Prairie Mutual Financial
expects one more cut, to 2.25%, early next year.
"""),
    ("11:40 a.m. ET", "First big lender cuts prime", """\
The first of the country's big banks says it will lower its prime lending rate to 4.70% from 4.95%,
effective Oct. 29. Others are expected to follow within hours. Variable-rate borrowers will see the
change on their next payment.
"""),
    ("11:55 a.m. ET", "Finance minister welcomes cut", """\
Finance Minister Julien Fairweather says lower borrowing costs "will provide welcome relief to
families with variable-rate mortgages and to small businesses." That's it from our live coverage
for today; the next decision is Dec. 9.
"""),
]

_CB_PAPER = """\
The Bank of Canada cut its key interest rate for a second straight time yesterday, but Governor
Hélène Desrochers went out of her way to tell Canadians not to count on a steady march lower.

"We're not on a preset path," Ms. Desrochers said at a news conference in Ottawa on Wednesday, less
than an hour after the bank lowered its policy rate by a quarter of a percentage point to 2.5 per
cent. "We will take our decisions one meeting at a time."

The cut had been widely anticipated. Inflation slowed to 2.4 per cent in September, down from 2.7
per cent in August, and the unemployment rate has crept up to 7.3 per cent as employers in
trade-exposed sectors pull back on hiring. The bank's preferred measures of core inflation, which
strip out volatile items, were 2.9 per cent and 2.8 per cent.

In its Monetary Policy Report, the bank said it now expects the economy to grow 1.4 per cent this
year and 1.6 per cent in 2027, and it estimated third-quarter growth at an annualized 0.8 per cent.
It described business investment as "subdued" and said household spending had been held back by
mortgage renewals.

"The economy has more slack than we anticipated in July, and that slack is pulling inflation down,"
Ms. Desrochers said.

The central bank has now lowered its rate by half a percentage point since mid-September, after
holding it at 3 per cent for six months. Senior Deputy Governor Tobias Wen said tariffs remained
the biggest source of uncertainty. "Tariff uncertainty continues to weigh on business investment,
and we have seen that in our surveys," he said.

## What it means for borrowers

The country's big banks began lowering their prime rates to 4.7 per cent from 4.95 per cent within
hours of the announcement. For a homeowner with a $500,000 variable-rate mortgage amortized over 25
years, the quarter-point cut works out to roughly $70 a month, according to an estimate by the
brokerage Keystone Mortgage Group.

Fixed mortgage rates, which track bond yields rather than the overnight rate, may not move as much.
The yield on the two-year Government of Canada bond fell six basis points to 2.31 per cent by late
morning.

The loonie fell about 0.3 of a U.S. cent after the decision, trading at 71.62 cents US in the late
morning.

## Politics of a cut

Finance Minister Julien Fairweather welcomed the decision, saying it would offer "welcome relief"
to families and small businesses. The Opposition's finance critic, Brendan Toller, said the
government should not take credit for a rate cut that reflected "an economy running out of steam."

Economists were split on what comes next. Kavita Rao, chief economist at Harbourfront Securities,
said the bank "has opened the door to December, but it hasn't walked through it." Owen Calloway of
Prairie Mutual Financial said he expects a final cut to 2.25 per cent early next year, and then a
long pause.

Most economists surveyed ahead of the decision had predicted the move: 24 of 29 respondents to a
Northgate Wire poll expected a cut.

The bank's next rate decision is scheduled for Dec. 9.
"""

_CB_TRADE = """\
The Bank of Canada's decision on Thursday, Oct. 28, to trim its policy rate by 25 basis points to
2.50% hands variable-rate clients a second reduction in six weeks, but brokers say the bigger story
for their books is what happens to fixed rates and the renewal wave.

Prime rates at the big lenders fell to 4.70% from 4.95% the following day, meaning the typical
discounted variable product is now priced somewhere between prime minus 0.60 and prime minus 0.85,
or roughly 3.85% to 4.10%, depending on the lender and the file.

"Clients who went variable in the spring are now sitting on a rate about half a point below where
they started," said Dana Whitlock, principal broker at Keystone Mortgage Group. "That's the
conversation we're having this week."

## Fixed rates and the bond market

Five-year fixed pricing is driven by the Government of Canada five-year yield, not the overnight
rate. That yield slipped to 2.68% after the announcement, down from about 2.76% a week earlier, and
several monoline lenders trimmed their best insured five-year fixed rates by 10 to 15 basis points
by the end of the week.

Governor Helene Desrochers signalled that further cuts are not guaranteed. "We are not on a preset
path," she told reporters, a line that several lenders' treasury desks took as a sign that the bank
may pause in December.

The bank's October Monetary Policy Report now projects growth of 1.1% for 2026, down from 1.3% in
July, and sees inflation around 2% by the second half of 2027. Headline CPI was 2.4% in September;
the bank's core measures, CPI-trim and CPI-median, were 2.9% and 2.8%.

## The renewal wave

An estimated 1.2 million mortgages are renewing in 2026, many of them originated at record-low
rates in 2020 and 2021. The bank said in the MPR that payment shock on renewal remains a drag on
household spending, even as rates fall.

"For a five-year fixed from 2021, the renewal is still going to be a payment increase, just a
smaller one than it would have been a year ago," said Marcel Okonjo, vice-president of mortgage
strategy at Fieldstone Credit Union.

Qualification has not changed: uninsured borrowers must still be stress-tested at the greater of
5.25% or their contract rate plus two percentage points, under guideline B-20 from the federal
banking regulator.

## What brokers are telling clients

- Variable-rate holders: payments or amortization adjust automatically with the prime change; no
action needed.
- Renewals in the next 120 days: lock a rate hold now, and re-price if fixed rates fall further.
- HELOC users: interest costs drop immediately with prime.

Senior Deputy Governor Tobias Wen said tariffs were still weighing on business investment, which
brokers say is showing up in self-employed files. "We're seeing more business-for-self clients with
lumpy income this year," Whitlock said.

The next rate announcement is Dec. 9. Markets currently price about a 35% chance of a further cut
at that meeting.
"""

_CB_ARTICLES = [
    _page(_NORTHGATE, {
        "kind": "wire", "section": "Business", "text": _CB_WIRE,
        "url": "https://www.northgatewire.example/business/"
               "bank-of-canada-cuts-rate-to-2-5-2026-10-28/",
        "headline": "Bank of Canada cuts key rate to 2.5%, sees more slack in economy",
        "dek": "Second straight quarter-point cut; governor says bank is 'not on a preset path'.",
        "authors": ["Alisha Mercier-Dunn", "Tom Varga"],
        "date_mode": "jsonld", "iso": "2026-10-28T09:52:00-04:00",
        "iso_mod": "2026-10-28T11:26:00-04:00",
        "shown": "Updated October 28, 2026 3:26 PM GMT",
        "dateline": "OTTAWA, Oct 28 (Northgate Wire) -",
        "figure": ("Governor Hélène Desrochers arrives for a news conference in Ottawa.",
                   "Photo: Northgate Wire/Ian Castell"),
        "related": [
            "Canada's inflation cools to 2.4% in September",
            "Fed holds rates steady at 3.75%-4% as it waits on jobs data",
            "Canadian jobless rate rises to 7.3% in September",
            "Loonie posts third weekly loss as oil slides 2%",
        ],
        "editing": "Reporting by Alisha Mercier-Dunn and Tom Varga; editing by Carla Nunes",
    }),
    _page(_BAYSTREET, {
        "kind": "live", "section": "Economy",
        "url": "https://www.baystreetledger.example/economy/live/"
               "bank-of-canada-rate-decision-october",
        "headline": "Bank of Canada rate decision live: BoC cuts to 2.5%",
        "dek": "Live updates on the October rate announcement, the MPR and market reaction.",
        "authors": ["Priya Anand", "Jonah Stroud"],
        "date_mode": "meta", "iso": "2026-10-28T08:30:00-04:00",
        "iso_mod": "2026-10-28T11:55:00-04:00",
        "shown": "Last updated Oct. 28, 2026 at 11:55 a.m. ET",
        "key_points": [
            "Overnight rate cut 25 basis points to 2.5%",
            "2026 growth forecast lowered to 1.1% from 1.3%",
            "Prime falls to 4.70% at first big lender",
        ],
        "text": _CB_LIVE_INTRO, "updates": _CB_LIVE_UPDATES,
        "figure": ("The Bank of Canada building on Wellington Street, Ottawa.",
                   "Ledger file photo"),
        "related": [
            "What a rate cut means for your mortgage renewal",
            "TSX closes up 0.6% as rate-sensitive stocks rally",
            "Opinion: The bank is cutting into a soft patch",
        ],
        "most_read": [
            "Condo prices in Toronto down 8% from peak, board says",
            "Five stocks that pay 6% dividends",
            "Ottawa to sell $4 billion in new green bonds",
        ],
    }),
    _page(_COURIER, {
        "kind": "paper", "section": "Business", "text": _CB_PAPER,
        "url": "https://www.dominioncourier.example/business/"
               "article-bank-of-canada-cut-desrochers/",
        "headline": "Bank of Canada signals patience after second straight rate cut",
        "dek": "Governor Hélène Desrochers says the bank will decide 'one meeting at a time' "
               "as growth stalls and unemployment climbs.",
        "authors": ["Mathieu Lavergne"], "role": "Economics reporter",
        "date_mode": "text", "shown": "Published October 29, 2026",
        "figure": ("Bank of Canada Governor Hélène Desrochers and Senior Deputy Governor "
                   "Tobias Wen at the news conference in Ottawa.", "Courier photo: Rene Tallis"),
        "related": [
            "Inflation eases to 2.4 per cent as gasoline prices fall",
            "Bank of Canada cut rates on Sept. 16: what changed",
        ],
        "most_read": [
            "Ontario to add 1,200 new long-term care beds",
            "Blue Jays sign reliever to two-year, $14-million deal",
            "Opinion: Ottawa's 2026 budget deficit is bigger than it looks",
            "Winter storm to bring 25 centimetres of snow to Quebec",
        ],
        "print_note": "A version of this article appeared in the Courier's print edition.",
    }),
    _page(_MORTGAGEDESK, {
        "kind": "trade", "section": "Rates", "text": _CB_TRADE,
        "url": "https://www.mortgagedeskpro.example/rates/boc-second-cut-variable-fixed-renewals",
        "headline": "BoC's second straight cut: what it means for variable clients and renewals",
        "dek": "Prime drops to 4.70%; fixed pricing follows bond yields, not the overnight rate.",
        "authors": ["Greg Halvorsen"], "role": "Senior editor",
        "date_mode": "none",
        "figure": ("Brokers say renewal files dominate their pipelines this autumn.",
                   "Photo: MortgageDesk Pro"),
        "factbox_title": "Key rates after the decision",
        "factbox": [("BoC policy rate", "2.50%"), ("Big-bank prime", "4.70%"),
                    ("GoC 5-year yield", "2.68%"), ("Stress test floor", "5.25%")],
        "ticker": "GoC 5Y 2.68% | GoC 2Y 2.31% | CAD/USD 0.7162 | Prime 4.70%",
        "related": [
            "Lender rate sheet: best insured five-year fixed falls to 3.89%",
            "Regulator keeps 5.25% stress-test floor in annual review",
            "Broker volumes up 14% year over year in Q3",
        ],
    }),
]


# ---------------------------------------------------------------------------
# el-CF2 - federal by-election in Nanaimo-Ladysmith, Monday 16 November 2026
# (CONTROL: no planted disagreement)
# ---------------------------------------------------------------------------

_EL_WIRE = """\
The New Democratic Party's Priya Sandhu-Caron won a federal by-election in the British Columbia
riding of Nanaimo—Ladysmith on Monday, taking a seat the Conservatives had held since the 2025
general election, according to preliminary results from Elections Canada.

With 236 of 238 polls reporting at 0510 GMT on Tuesday, Sandhu-Caron had 17,911 votes, or 37.5%,
against 15,352, or 32.1%, for Conservative Garrett Lindqvist, a lead of 2,559 votes. Liberal
Marc-André Bélanger was third with 19.4%, followed by the Green Party's Ruth Okafor with 8.6%.

Polls on Vancouver Island closed at 7 p.m. local time (0300 GMT Tuesday). Media projections
declared Sandhu-Caron the winner about 90 minutes later.

The seat became vacant when Conservative MP Colin Ashdown resigned on June 30 to take a
private-sector job. Ashdown won the riding in the April 28, 2025, general election with 39.8% of
the vote, ahead of the NDP candidate at 31.5% and the Liberal at 24.1%.

"Tonight this community said it wants a member of Parliament who shows up," Sandhu-Caron, 41, a
registered nurse and former Nanaimo city councillor, told supporters at a community hall in
Nanaimo.

Lindqvist, 52, who owns a marine-supply business in Ladysmith, conceded shortly afterwards. "The
voters have spoken and I respect their decision," he said in a statement posted on social media,
adding that he would "keep fighting for the Island's working families."

Turnout was running below half of the riding's roughly 101,900 registered electors, well down from
68.9% in the 2025 general election, a pattern typical of by-elections. Elections Canada said about
11,400 people had cast ballots at advance polls held from Nov. 6 to Nov. 9.

Political scientists said the result reflected local factors as much as national trends.
"By-elections are where voters send messages at low cost," said Derek Amundsen, who teaches
political science at Vancouver Island University in Nanaimo. "The Conservatives lost a popular
incumbent and never found a way to replace that personal vote."

The NDP campaigned heavily on health care, pointing to emergency-room closures at hospitals on
central Vancouver Island over the summer, and on the cost of housing. The Conservatives focused on
affordability and on the federal carbon-pricing system for industry.

Elections Canada will validate the results in the coming days; official results are typically
confirmed within about a week of voting day. The by-election was called on Oct. 11.

The riding, which stretches along the east coast of Vancouver Island from Nanaimo south to
Ladysmith and includes Gabriola Island, has changed hands several times since it was created. It
has about 128,000 residents, according to the 2021 census.

The result leaves the balance of the 343-seat House of Commons largely unchanged, but party
strategists said it would be closely read ahead of two more by-elections expected early next year.
"""

_EL_LIVE_INTRO = """\
Voters in the B.C. riding of Nanaimo—Ladysmith went to the polls Monday in a federal by-election to
replace former Conservative MP Colin Ashdown, who resigned in June. Polls on the Island close at 7
p.m. Pacific time, which is 10 p.m. here in Toronto. Six candidates are on the ballot. We'll bring
you results as Elections Canada posts them; all times in this blog are Eastern.
"""

_EL_LIVE_UPDATES = [
    ("9:40 p.m. ET", "Twenty minutes to go", """\
The main contest is expected to be between the NDP's Priya Sandhu-Caron, a nurse and former city
councillor, and Conservative Garrett Lindqvist, a Ladysmith business owner. Liberal Marc-André
Bélanger, a Nanaimo lawyer, and Green candidate Ruth Okafor, a marine biologist, are also running,
along with People's Party candidate Dale Kingsbury and independent Teodora Vasić.
"""),
    ("10:00 p.m. ET", "Polls are closed", """\
Voting has ended on Vancouver Island. In the 2025 general election, Ashdown won here with 39.8 per
cent. The NDP finished second with 31.5 per cent.
"""),
    ("10:27 p.m. ET", "First results: a close start", """\
With 19 of 238 polls reporting: Sandhu-Caron (NDP) 1,846 votes, 36.5 per cent; Lindqvist (CPC)
1,702, 33.7 per cent; Bélanger (LPC) 1,011, 20.0 per cent; Okafor (GRN) 402, 7.9 per cent. Very
early.
"""),
    ("11:05 p.m. ET", "NDP lead grows", """\
Now 97 of 238 polls reporting. Sandhu-Caron has 7,118 votes (37.0 per cent) to Lindqvist's 6,240
(32.4 per cent), a lead of 878. Bélanger has 3,802 and Okafor 1,655. Advance-poll ballots, counted
at the close, appear to be breaking slightly for the New Democrats.
"""),
    ("11:31 p.m. ET", "Sandhu-Caron projected winner", """\
The Courier's decision desk projects that Priya Sandhu-Caron will win Nanaimo—Ladysmith. With 151
of 238 polls reporting, she leads by 1,473 votes, 11,204 to 9,731, or 37.2 per cent to 32.3 per
cent. That's an NDP pickup from the Conservatives.
"""),
    ("11:48 p.m. ET", "'A member of Parliament who shows up'", """\
Sandhu-Caron has just spoken to supporters in Nanaimo: "Tonight this community said it wants a
member of Parliament who shows up — in Ladysmith, in Cedar, on Gabriola, everywhere." Loud cheers
in the hall, according to our reporter on the Island.
"""),
    ("11:56 p.m. ET", "Lindqvist concedes", """\
Garrett Lindqvist has conceded in a statement: "The voters have spoken and I respect their
decision." He thanked volunteers and said he would keep fighting for "the Island's working
families."
"""),
    ("12:18 a.m. ET", "All polls in", """\
All 238 polls are now reporting. Preliminary results: Sandhu-Caron 17,982 (37.5 per cent),
Lindqvist 15,407 (32.1 per cent), Bélanger 9,316 (19.4 per cent), Okafor 4,118 (8.6 per cent),
Kingsbury 812 (1.7 per cent), Vasić 301 (0.6 per cent). The winning margin is 2,575 votes.
Preliminary turnout: 47.3 per cent. Elections Canada will validate the count over the coming days.
That's it for tonight. Thanks for following along.
"""),
]

_EL_LOCAL = """\
Priya Sandhu-Caron is headed to Ottawa.

The New Democrat won Monday's federal by-election in Nanaimo—Ladysmith, beating Conservative
Garrett Lindqvist by more than 2,500 votes with all 238 polls reporting, according to preliminary
Elections Canada results posted shortly after 9 p.m.

Sandhu-Caron finished with 17,982 votes, 37.5 per cent of the total, to Lindqvist's 15,407, or 32.1
per cent. Liberal Marc-Andre Belanger took 9,316 votes and Green Ruth Okafor 4,118. People's Party
candidate Dale Kingsbury had 812 votes and independent Teodora Vasic 301.

The crowd at the Beban Park community hall erupted just after 8:30 p.m., when the first media
projections flashed up on a screen at the back of the room. Sandhu-Caron, a registered nurse who
spent six years on Nanaimo city council, arrived a few minutes later with her two children.

"Tonight this community said it wants an MP who shows up," she told the room. "In Ladysmith, in
Cedar, on Gabriola, everywhere. And I intend to show up."

## A long night for the Conservatives

Across town, about 150 Conservative supporters gathered at a restaurant near the waterfront.
Lindqvist thanked them in person shortly before 9 p.m. and conceded in a written statement.

"The voters have spoken and I respect their decision," he said. "I'm going to keep fighting for the
Island's working families."

The Conservatives had held the seat since April 2025, when Colin Ashdown won with 39.8 per cent of
the vote. Ashdown stepped down on June 30 to take a job in the private sector. He did not attend
either campaign's event Monday night.

## Turnout below half

Preliminary turnout was 47.3 per cent of the riding's 101,870 registered electors, Elections Canada
said, far below the 68.9 per cent who voted in the spring 2025 general election. Just over 11,400
people voted at advance polls from Nov. 6 to 9, and mail-in special ballots were counted at the
close of polls.

Lineups were short at most polling stations. At Cedar Community Hall, deputy returning officer
Janice Holt said there had been "a steady trickle all day, never a rush."

Ladysmith Mayor Carla Deveraux said he looked forward to working with the new MP on a wastewater
project and on the town's long-delayed waterfront plan. "We'll take her up on that promise to show
up," he said.

Local issues dominated the campaign: emergency-room closures at Nanaimo Regional General Hospital
over the summer, housing costs, and the future of the Duke Point ferry terminal.

Sandhu-Caron, 41, said her first priority in Ottawa would be to push for federal health-transfer
money tied to rural emergency departments. She is expected to be sworn in within a few weeks, once
Elections Canada confirms the result and the Speaker receives the certificate of election.

Official results will be published after validation, which usually takes about a week.
"""

_EL_PAPER = """\
The New Democrats' victory in Monday's Nanaimo—Ladysmith by-election was built in the riding's
northern half, where Priya Kaur Sandhu-Caron ran up margins of 10 points or more in neighbourhoods
the Conservatives carried in 2025, a poll-by-poll look at the preliminary results shows.

Sandhu-Caron won with 37.5 per cent of the vote to 32.1 per cent for Conservative Garrett
Lindqvist, a margin of 2,575 votes, or about 5.4 percentage points, once all 238 polls had reported
overnight. The Liberal, Marc-André Bélanger, was a distant third at 19.4 per cent; Green candidate
Ruth Okafor took 8.6 per cent.

The NDP's share rose six points from the April 2025 general election, when former MP Colin Ashdown
took 39.8 per cent and the New Democrats 31.5 per cent, while the Conservative share fell by nearly
eight.

## Low turnout, local race

Turnout was just over 47 per cent, according to Elections Canada's preliminary figures, about 22
points lower than in 2025. Strategists from all three main parties told the Dispatch that the low
turnout made it dangerous to read national meaning into the result.

"You can't take a by-election in November with 47 per cent turnout and draw a line to the next
general election," said one senior Conservative organizer who was not authorized to speak publicly.
"We lost an incumbent with a big personal following. That's most of the story."

The NDP disagreed. "This is a message to Ottawa about health care on the Island," said Sheila
Marwick, the party's national director. "People are tired of driving an hour to find an emergency
room that's open."

Derek Amundsen, a political scientist at Vancouver Island University, said both readings had merit.
"By-elections are where voters send messages at low cost," he said. "But the NDP's ground game was
clearly better. They knocked on doors for five weeks straight."

## Where the votes came from

In the north end of Nanaimo, Sandhu-Caron won a cluster of polls around Departure Bay with more
than 45 per cent. Lindqvist's strongest area was Ladysmith and the rural polls south of Cassidy,
where he won several by 15 points or more. Gabriola Island, with about 4,500 residents, went NDP by
a wide margin, with the Greens second in some polls there.

The Liberals' share fell by almost five points from 2025. Bélanger, a 38-year-old lawyer making his
first run for office, said in an interview that his campaign had been "squeezed from both sides."

People's Party candidate Dale Kingsbury took 1.7 per cent and independent Teodora Vasić 0.6 per
cent.

## What happens next

Elections Canada will validate the results, a process that normally takes several days, before the
returning officer issues the certificate of election. Sandhu-Caron could be sworn in before the
House rises for the holidays in mid-December.

Her victory speech on Monday night, delivered to a packed hall at Beban Park, was short. "Tonight
this community said it wants a member of Parliament who shows up," she said. Lindqvist conceded by
statement, saying the voters had spoken and that he respected their decision.
"""

_EL_ARTICLES = [
    _page(_NORTHGATE, {
        "kind": "wire", "section": "Politics", "text": _EL_WIRE,
        "url": "https://www.northgatewire.example/world/americas/"
               "canada-ndp-wins-nanaimo-ladysmith-by-election-2026-11-17/",
        "headline": "Canada's NDP wins British Columbia by-election from Conservatives",
        "dek": "Nurse Priya Sandhu-Caron takes Nanaimo-Ladysmith seat vacated in June.",
        "authors": ["Kendra Oyelaran"],
        "date_mode": "jsonld", "iso": "2026-11-17T05:10:00+00:00",
        "shown": "November 17, 2026 5:10 AM GMT",
        "dateline": "NANAIMO, British Columbia, Nov 17 (Northgate Wire) -",
        "figure": ("NDP candidate Priya Sandhu-Caron speaks to supporters in Nanaimo.",
                   "Photo: Northgate Wire/Dan Kerrigan"),
        "related": [
            "Canada's by-elections: what to watch in 2027",
            "Canada's Conservatives lead national poll by 4 points",
            "Canada to raise immigration target to 395,000 for 2027",
        ],
        "editing": "Reporting by Kendra Oyelaran in Nanaimo; editing by Paul Sanderling",
    }),
    _page(_COURIER, {
        "kind": "live", "section": "Politics",
        "url": "https://www.dominioncourier.example/politics/"
               "live-nanaimo-ladysmith-by-election-results/",
        "headline": "Nanaimo-Ladysmith by-election results: live updates",
        "dek": "The NDP's Priya Sandhu-Caron is projected to win the B.C. riding from the "
               "Conservatives.",
        "authors": ["Aisha Brandt", "Colin Mearns"],
        "date_mode": "meta", "iso": "2026-11-16T21:30:00-05:00",
        "iso_mod": "2026-11-17T00:18:00-05:00",
        "shown": "Updated November 17, 2026 12:18 a.m. ET",
        "key_points": [
            "NDP's Sandhu-Caron projected winner at 11:31 p.m. ET",
            "Conservative Garrett Lindqvist concedes",
            "Preliminary turnout 47.3 per cent",
        ],
        "text": _EL_LIVE_INTRO, "updates": _EL_LIVE_UPDATES,
        "figure": ("Voters line up at a polling station in Nanaimo on Monday.",
                   "Courier photo: Lena Ashcroft"),
        "related": [
            "Who is Priya Sandhu-Caron?",
            "Analysis: What a by-election in B.C. can and can't tell us",
        ],
        "most_read": [
            "Toronto transit fares to rise 10 cents in 2027",
            "Ontario man wins $70-million Lotto Max jackpot",
            "Air carrier adds 14 routes to Europe for summer",
        ],
    }),
    _page(_HARBOUR, {
        "kind": "local", "section": "Politics", "text": _EL_LOCAL,
        "url": "https://www.harbourcitynow.example/news/sandhu-caron-wins-nanaimo-ladysmith",
        "headline": "Sandhu-Caron wins Nanaimo-Ladysmith for the NDP",
        "dek": "Nurse and former councillor beats Conservative Garrett Lindqvist in by-election.",
        "authors": ["Rob McAllister"], "role": "Harbour City Now",
        "date_mode": "text", "shown": "Posted Nov. 16, 2026 8:42 p.m. \u00b7 Updated 9:25 p.m.",
        "weather": "Nanaimo 7\u00b0C, light rain",
        "figure": ("Priya Sandhu-Caron celebrates with supporters at Beban Park on Monday night.",
                   "Photo: Rob McAllister/Harbour City Now"),
        "most_read": [
            "Nanaimo council approves 3.9% property tax increase",
            "Ferry sailings cancelled as winds gust to 90 km/h",
            "Two people hurt in Highway 19 crash near Lantzville",
        ],
        "events": [
            "Harbourfront winter market, Saturdays 10 a.m. to 2 p.m.",
            "Nanaimo Clippers home game, Friday 7 p.m.",
        ],
    }),
    _page(_PACIFIC, {
        "kind": "paper", "section": "Politics", "text": _EL_PAPER,
        "url": "https://www.pacificdispatch.example/politics/nanaimo-ladysmith-analysis-ndp-map",
        "headline": "How the NDP flipped Nanaimo-Ladysmith, poll by poll",
        "dek": "Sandhu-Caron's win was built in north Nanaimo; Conservatives held Ladysmith.",
        "authors": ["Hannah Yee"], "role": "Political reporter",
        "date_mode": "none",
        "figure": ("Campaign signs on a roadside near Ladysmith.",
                   "Dispatch photo: Victor Lam"),
        "related": [
            "Editorial: A by-election message on Island health care",
            "B.C. ferry fares to rise 2.9 per cent in April",
        ],
        "most_read": [
            "Vancouver home sales up 11 per cent from a year ago",
            "Canucks fall 4-2 to Seattle",
            "Province to hire 300 more paramedics, minister says",
        ],
    }),
]


# ---------------------------------------------------------------------------
# ct-CF3 - Supreme Court of Canada, R. v. Kashani, Friday 12 June 2026
# (CONTROL: no planted disagreement)
# ---------------------------------------------------------------------------

_CT_WIRE = """\
Canada's Supreme Court ruled on Friday that police violated the constitutional rights of a British
Columbia man when they obtained weeks of footage from his home doorbell camera directly from the
device's manufacturer without a warrant, and it overturned his drug-trafficking conviction.

Seven of the nine justices found that the Royal Canadian Mounted Police breached the Charter of
Rights and Freedoms' protection against unreasonable search and seizure when they asked
California-based Lumora Home Inc. for the recordings in March 2022. But the court split 5-4 on the
remedy, with a bare majority excluding the evidence and entering an acquittal for Farid Kashani,
34.

"A camera pointed at one's own front door is not a window the state may open at will," Justice
Mireille Aucoin wrote for the majority in the decision, released at 9:45 a.m. Eastern time (1345
GMT).

Police in Surrey, a suburb of Vancouver, obtained 41 days of footage, 1,146 video clips in all,
along with account login records, through a voluntary request to the company. They used the
material to secure a warrant to search Kashani's home, where officers found about 1.2 kilograms of
fentanyl and C$38,400 (US$28,100) in cash.

Kashani was convicted in 2023 of possession for the purpose of trafficking and sentenced to six
years in prison. The British Columbia Court of Appeal upheld the conviction in a 2-1 decision in
September 2024. Because one judge dissented on a question of law, Kashani had an automatic right to
appeal to the Supreme Court, which heard the case on Jan. 14.

Two justices, writing separately, agreed that the search was unconstitutional but said the footage
should have been admitted because officers acted in good faith at a time when the law was
unsettled. Two others dissented entirely, finding no breach.

"What the camera recorded, any neighbour, letter carrier or passer-by could have seen," Justice
Gordon Tsai wrote in dissent.

The ruling builds on a line of Supreme Court privacy decisions, including a 2014 unanimous decision
requiring police to obtain a warrant for internet subscriber information, and a 2024 ruling, also
decided 5-4, that Internet Protocol addresses attract a reasonable expectation of privacy.

Kashani's lawyer, Naomi Bergstrom, said the decision would affect millions of households. "This is
a good day for anyone who owns a smart device," she told reporters in Vancouver.

The Public Prosecution Service of Canada said it was reviewing the decision. Lumora, which sells
doorbell cameras across North America, said in a statement that it had updated its policies in 2023
to require a court order for law-enforcement requests in Canada, except in emergencies.

Civil liberties groups, which intervened in the case, welcomed the ruling. Police associations had
warned during the hearing that requiring warrants for third-party footage would slow
investigations.

Kashani has been free on bail since December 2024, when he was released pending his appeal after
serving about 13 months of his sentence.
"""

_CT_LAW = """\
The Supreme Court of Canada has held that the warrantless acquisition of home security-camera
footage and account records from a third-party cloud provider breached section 8 of the Charter,
and, by a narrower margin, that the evidence must be excluded under section 24(2).

In R. v. Kashani, 2026 SCC 19, released this morning, the court allowed the appeal, set aside the
conviction and entered an acquittal. The lineup matters for practitioners, because the court
divided differently on the two questions:

- On the section 8 breach, the court was 7-2. Justice Mireille Aucoin wrote for five judges;
Justice Paul Henriksen, with Justice Anita Sharma-Lowe concurring, agreed there was a breach.
- On section 24(2) and the disposition, the court was 5-4. The Henriksen concurrence would have
admitted the evidence, as would the two dissenting judges, Justice Gordon Tsai and Justice Ruth
Abernethy, who found no breach at all.

## The facts

In March 2022, members of the Surrey RCMP detachment sent a "voluntary production request" to
Lumora Home Inc., the maker of the appellant's video doorbell, seeking all footage associated with
his account from Feb. 1 to March 13, 2022 — a period of 41 days — together with login and IP
records. Lumora complied within four days. The footage, 1,146 clips in total, showed frequent short
visits to the appellant's front door. Relying heavily on it, police obtained a Controlled Drugs and
Substances Act warrant and, on March 24, 2022, seized roughly 1.2 kg of fentanyl and $38,400 in
cash.

At trial in the B.C. Supreme Court, Justice Leonard Pike dismissed a Charter application and
convicted Farid Reza Kashani of possession for the purpose of trafficking. He received six years. A
majority of the B.C. Court of Appeal upheld the conviction in September 2024, with Justice
Marguerite Olsen dissenting on the section 8 issue, giving rise to an appeal as of right.

## The majority

Justice Aucoin framed the subject matter of the search not as images of a porch but as "a
continuous, time-stamped record of who came and went from a private home, compiled over six weeks
and stored for the householder's own use." Applying the totality-of-the-circumstances test, she
held that the appellant's subjective expectation of privacy was objectively reasonable,
notwithstanding Lumora's terms of service, which permitted disclosure "to comply with lawful
requests."

"A camera pointed at one's own front door is not a window the state may open at will," she wrote.
Terms of service drafted by a private company "cannot define the scope of a constitutional right."

On section 24(2), the majority found the breach serious: the police chose a voluntary request "as a
means of avoiding judicial scrutiny," and the impact on the appellant's interests was significant.
Society's interest in adjudication on the merits, though high for a serious drug offence, could not
save the evidence.

## The concurrence and the dissent

Justice Henriksen agreed with the section 8 analysis but would have admitted the evidence because
"the police acted in good faith on an unsettled point of law" before the court's decision in R. v.
Bykovets, the 2024 case on IP addresses, which itself was decided 5-4.

Justice Tsai, dissenting, would have found no reasonable expectation of privacy. "What the camera
recorded, any neighbour, letter carrier or passer-by could have seen," he wrote. He cautioned that
the majority's approach "risks turning every consumer device into a constitutional enclave."

## Reaction

Defence counsel Naomi Bergstrom called the ruling "a good day for everyone with a smart device in
their home." The Canadian Civil Liberties Association, one of 11 interveners, said through Talia
Reyes-Munro, director of its privacy program, that the decision "closes a back door police had been
using for years."

The Public Prosecution Service of Canada said it was reviewing the reasons. Practitioners should
expect defence applications in pending cases involving voluntary production from cloud providers,
including smart-speaker and vehicle-telematics data.
"""

_CT_LOCAL = """\
A Surrey man whose drug conviction hinged on footage from his own front-door camera walked out of a
Vancouver law office Friday morning a free man, after the Supreme Court of Canada ruled the police
should never have had the video in the first place.

Farid Kashani, 34, heard the decision at his lawyer's office shortly after 6:45 a.m. Pacific time,
when the country's top court released its ruling in Ottawa. He did not speak to reporters, but his
lawyer, Naomi Bergstrom, said he was "relieved and exhausted."

"This is a good day for anyone who owns a smart device," Bergstrom said outside the office. "The
court has said your doorbell is not an informant."

## What happened in Fleetwood

The case began in early 2022 on a quiet cul-de-sac in Surrey's Fleetwood neighbourhood. Officers
from the Surrey RCMP detachment, which policed the city at the time, suspected that a house on the
street was being used to sell fentanyl.

Rather than seek a court order, officers asked the company that made Kashani's video doorbell,
Lumora, to hand over his recordings. Lumora sent nearly six weeks of footage — more than 1,100
short clips — along with records showing when and where the account was accessed.

The video showed a steady stream of visitors, and police used it to get a search warrant. In March
2022, officers found about 2.6 pounds of fentanyl and more than $38,000 in cash inside the home.

Kashani was convicted in B.C. Supreme Court in 2023 and sentenced to six years. He spent about 13
months behind bars before being released on bail in December 2024 while his appeal went forward.
The B.C. Court of Appeal upheld his conviction in a split decision, two judges to one, which
allowed him to take his case to Ottawa as of right.

## A split court

On Friday, seven of the nine Supreme Court justices agreed that the police had violated Kashani's
Charter right to be secure against unreasonable search. Five of them went further and threw out the
evidence, meaning there was nothing left to convict him on.

Four judges would have let the conviction stand — two because they thought the police acted in good
faith, and two because they thought there was no privacy breach at all.

"A camera pointed at one's own front door is not a window the state may open at will," Justice
Mireille Aucoin wrote for the majority.

## Neighbours react

On the cul-de-sac Friday, several neighbours said they had installed doorbell cameras of their own
in recent years. "I put mine in because of porch pirates," said Gurpreet Bains, who has lived on
the street for nine years. "I never thought about who else could see it."

Another neighbour, who asked not to be named, said the house had been "a problem" before the 2022
raid, with cars coming and going late at night.

Surrey Police Service, which replaced the RCMP as the city's police of jurisdiction in November
2024, said in a statement that it was reviewing the decision and that its officers "seek judicial
authorization for third-party digital records as a matter of policy."

The Public Prosecution Service of Canada, which prosecuted the case, said it was studying the
ruling.
"""

_CT_ARTICLES = [
    _page(_NORTHGATE, {
        "kind": "wire", "section": "World", "text": _CT_WIRE,
        "url": "https://www.northgatewire.example/world/americas/"
               "canada-top-court-doorbell-camera-warrant-2026-06-12/",
        "headline": "Canada's top court says police needed warrant for doorbell-camera footage",
        "dek": "Supreme Court overturns B.C. man's drug conviction in split ruling on privacy.",
        "authors": ["Simon Achterberg"],
        "date_mode": "jsonld", "iso": "2026-06-12T14:31:00+00:00",
        "shown": "June 12, 2026 2:31 PM GMT",
        "dateline": "OTTAWA, June 12 (Northgate Wire) -",
        "figure": ("The Supreme Court of Canada building in Ottawa.",
                   "Photo: Northgate Wire/File"),
        "related": [
            "U.S. appeals court weighs police access to smart-speaker recordings",
            "Canada's privacy commissioner opens probe into facial recognition firm",
            "Doorbell camera maker settles U.S. class action for $12 million",
        ],
        "editing": "Reporting by Simon Achterberg; editing by Carla Nunes",
    }),
    _page(_LAWBRIEF, {
        "kind": "trade", "section": "Constitutional", "text": _CT_LAW,
        "url": "https://www.lawbriefcanada.example/decisions/r-v-kashani-2026-scc-19",
        "headline": "R. v. Kashani: SCC excludes doorbell footage obtained without warrant",
        "dek": "7-2 on the section 8 breach, 5-4 on exclusion: what the split means for "
               "third-party data requests.",
        "authors": ["Eleanor Fitzgibbon"], "role": "Legal affairs editor",
        "date_mode": "text", "shown": "June 12, 2026 \u00b7 11:40 a.m. ET",
        "figure": ("Lumora video doorbells on display at a retailer.",
                   "Photo: LawBrief Canada"),
        "factbox_title": "Case at a glance",
        "factbox": [("Citation", "2026 SCC 19"), ("Heard", "January 14, 2026"),
                    ("Section 8", "Breach found, 7-2"), ("Section 24(2)", "Excluded, 5-4"),
                    ("Result", "Appeal allowed; acquittal entered")],
        "ticker": "SCC: 3 judgments this week | Ont. C.A.: 11 decisions | B.C.C.A.: 7 decisions",
        "related": [
            "Ontario Court of Appeal orders new trial in 2-1 ruling on jury charge",
            "Federal Court upholds CBSA phone-search policy",
            "Appointments: four new judges named to Alberta Court of King's Bench",
        ],
    }),
    _page(_FVRECORD, {
        "kind": "local", "section": "Crime", "text": _CT_LOCAL,
        "url": "https://www.fraservalleyrecord.example/crime/"
               "surrey-man-doorbell-camera-supreme-court",
        "headline": "Surrey man's doorbell camera case ends in acquittal at Supreme Court",
        "dek": "Farid Kashani's conviction overturned after top court rules police needed a "
               "warrant for his footage.",
        "authors": ["Jas Dhaliwal"], "role": "Reporter",
        "date_mode": "none",
        "weather": "Surrey 18\u00b0C, sunny",
        "figure": ("Lawyer Naomi Bergstrom speaks to reporters in Vancouver.",
                   "Photo: Jas Dhaliwal/Fraser Valley Record"),
        "most_read": [
            "Surrey council approves 12-storey tower near King George station",
            "Langley family loses home in fire; two dogs rescued",
            "Cloverdale Rodeo draws 75,000 over the weekend",
        ],
        "events": [
            "Fleetwood Community Festival, Saturday noon to 6 p.m.",
            "Surrey Public Library: tech help for seniors, Tuesdays",
        ],
    }),
]


# ---------------------------------------------------------------------------
# tr-CF4 - U.S. softwood lumber duty review, final results Friday 14 August 2026
# ---------------------------------------------------------------------------

_TR_WIRE = """\
The United States will raise duties on most Canadian softwood lumber to a combined 31.4%, up from
24.9%, the U.S. Commerce Department said on Friday, deepening a decades-old trade dispute at a time
when sawmills across British Columbia are already cutting shifts.

The department's final results of its seventh administrative review, which covers lumber shipped in
2024, set an anti-dumping rate of 9.8% and a countervailing duty rate of 21.6% for most Canadian
producers, an increase of 6.5 percentage points from the rates set a year ago. The results were
posted at about 5:15 p.m. Eastern time (2115 GMT).

The new rates are higher than the combined 28.7% Commerce had proposed in its preliminary findings
in February. They will take effect when they are published in the Federal Register, expected next
week, and apply on top of a separate 10% national-security tariff on lumber that Washington imposed
in October 2025.

"These duties are unfair and unwarranted, and they hurt American home buyers as much as Canadian
workers," Canada's Minister of International Trade, Daniel Kowalczyk, said in a statement. He said
Ottawa would challenge the decision under the dispute-settlement provisions of the Canada-United
States-Mexico Agreement and at the U.S. Court of International Trade.

The U.S. Lumber Coalition, which represents American producers, welcomed the decision. "Today's
results confirm, once again, that Canadian lumber is unfairly subsidized and dumped into the U.S.
market," said Zach Pell, the coalition's chair.

Canada exported C$8.9 billion (US$6.4 billion) worth of softwood lumber to the United States in
2025, according to Statistics Canada, or about 9.7 billion board feet. Canadian producers have paid
more than US$10.2 billion in duty deposits since the current round of the dispute began in 2017.
Those deposits are held by U.S. Customs and Border Protection and could be refunded if Canada wins
its legal challenges.

Company-specific rates vary. Cedarline Forest Products, one of the largest producers in British
Columbia's Interior, was assigned a combined rate of 27.9%, while Nechako Timber Ltd was assigned
36.2%.

British Columbia, which accounts for roughly half of Canada's softwood exports to the United
States, has seen a string of mill curtailments this year. Cedarline said in July that it would idle
its sawmill in Quesnel for six weeks from Sept. 8, affecting about 160 workers.

"Every percentage point is a shift at a mill somewhere in this province," British Columbia Forests
Minister Leah Thorvaldson told reporters in Victoria.

The U.S. National Association of Home Builders has said that lumber duties and tariffs raise the
cost of new homes and has urged Washington to negotiate a settlement. Canada and the United States
have not had a softwood lumber agreement since the last one expired in 2015.

Lumber futures for September delivery closed at US$623 per thousand board feet in Chicago on
Friday, before the announcement.
"""

_TR_TRADE = """\
Lumber futures jumped on Monday as mills and traders digested the U.S. Commerce Department's final
results in the seventh administrative review of Canadian softwood, which lift the combined "all
others" duty rate to 31.4% from 24.9%.

The September contract on the Chicago Mercantile Exchange was up 3.1% at US$642 per thousand board
feet at midday Monday, from Friday's close of US$623, its biggest one-day gain in five weeks. Cash
prices for western spruce-pine-fir 2x4s rose US$15 to US$18 at several reload centres, traders
said.

## The numbers

Commerce set the all-others anti-dumping (AD) rate at 9.8% and the countervailing duty (CVD) rate
at 21.6%, a combined increase of 6.5 percentage points from the sixth review's 7.2% AD and 17.7%
CVD. The final rates also came in above February's preliminary 28.7%.

With the 10% Section 232 tariff that has applied to softwood lumber since October 2025, most
Canadian lumber entering the U.S. will now face total border charges of 41.4%.

Publication in the Federal Register is scheduled for Wednesday, Aug. 19, at which point importers
will begin posting cash deposits at the new rates.

Individually reviewed companies fared differently:

- Cedarline Forest Products: 27.9% combined, down from the preliminary 29.4%.
- Nechako Timber Ltd.: 36.2% combined, the highest in this review.

## Canadian response

Canada's trade minister, Daniel Kowalski, called the duties "unfair and unwarranted" and said they
"hurt American home buyers as much as Canadian workers." Ottawa will seek binational panel review
under Chapter 10 of CUSMA and will appeal to the Court of International Trade, he said.

Corinne Mattas, president of the BC Lumber Trade Council, said the results "are built on the same
flawed methodology that panels have rejected before." She said B.C. producers would continue to
ship, but that "every dollar in deposits is a dollar not invested in our mills."

On the U.S. side, coalition chair Zach Pell said the ruling confirmed Canadian lumber was "unfairly
subsidized and dumped." Home builders were less enthusiastic. A spokesperson for the National
Association of Home Builders said higher duties "feed straight into the price of a new home."

## Market read

Analysts said the jump in futures partly reflected supply concerns already building before the
decision. "We were already looking at curtailments in the B.C. Interior, and this adds another
reason for mills to run lean into the fall," said Dana Kirsch, a lumber analyst at Greystone
Commodities in Portland.

Canada shipped about 9.7 billion board feet of softwood to the U.S. last year, worth C$8.9 billion,
according to Statistics Canada. Cumulative deposits since 2017 now exceed US$10.2 billion, or
roughly C$14.1 billion at current exchange rates.

Cedarline's previously announced six-week curtailment of its Quesnel sawmill starts Sept. 8.
Several smaller mills in the Cariboo and the Kootenays are weighing similar moves, according to the
BC Lumber Trade Council.

The seventh review covers entries made between Jan. 1 and Dec. 31, 2024. The eighth review,
covering 2025 entries, is under way, with preliminary results expected in early 2027.
"""

_TR_LOCAL = """\
Forestry workers and mill towns across the northern Interior are bracing for another hit after
Washington raised duties on most Canadian softwood lumber late Friday afternoon.

The U.S. Department of Commerce set the combined rate for most B.C. producers at 31.4 per cent, up
from 24.9 per cent — an increase of 6.5 per cent that industry leaders say will be felt from
Quesnel to Mackenzie. The decision was posted online at about 2:15 p.m. Pacific time, after most
mill offices had closed for the week.

"Every percentage point is a shift at a mill somewhere in this province," B.C. Forests Minister
Leah Thorvaldson said at a news conference in Victoria on Friday. She said the province would work
with Ottawa on a legal challenge and was reviewing support for affected communities.

## Quesnel already hurting

Cedarline Forest Products announced in July that it would idle its Quesnel sawmill for six weeks
starting Sept. 8, putting about 160 people temporarily out of work. Cedarline was assigned its own
combined duty rate of 27.9 per cent on Friday, lower than the all-others rate, but company
officials said the increase still adds millions to costs.

"It's not the rate alone, it's the uncertainty," said Marty Quinlan, president of the union local
that represents workers at the Quesnel mill. "Guys don't know if they'll be back in October."

Nechako Timber, which operates two sawmills west of Prince George, drew the highest rate in the
review at 36.2 per cent. The company did not respond to a request for comment Friday.

Prince George Mayor Alana Whitcombe said the city would ask the province for help with retraining
programs. "We've been through this before," she said. "We know what these duties do to a town like
ours."

## Ottawa vows challenge

Canada's International Trade Minister Daniel Kowalczyk said the duties were "unfair and
unwarranted" and promised a challenge under the Canada-U.S.-Mexico Agreement.

The B.C. Lumber Trade Council said the province's producers have paid the bulk of more than US$10
billion in duty deposits held by U.S. customs since 2017.

The new rates come on top of the 10 per cent U.S. tariff on lumber imposed last October. The duties
take effect when they are published in the U.S. Federal Register, expected next week.

Forestry is the largest private-sector employer in the Prince George region, according to the
regional district, with about 3,200 direct jobs in harvesting, sawmilling and pulp.

Local MLA Terry Vandermolen said the province should use the moment to push for more value-added
manufacturing. "We ship out 2x4s and we ship out jobs," he said. "That has to change."

The industry has been through several rounds of this dispute since the 1980s. The last softwood
lumber agreement between Canada and the U.S. expired in 2015, and talks on a new one have gone
nowhere.

Statistics Canada figures show Canada exported C$8.9 billion worth of softwood to the U.S. in 2025.
"""

_TR_PAPER = """\
Home builders in the Pacific Northwest say they expect to pay more for framing lumber this fall
after the Commerce Department on Friday raised duties on most Canadian softwood imports to a
combined 31.4%, up from 24.9% a year ago.

The increase, about 26% on the rate itself, follows a seventh annual review of the anti-dumping and
countervailing duties that the U.S. has applied to Canadian lumber since 2017. The final rate came
in higher than the 28.7% Commerce proposed in February.

For builders, the math is straightforward. The U.S. imported roughly $4.6 billion worth of Canadian
softwood lumber last year, and most of it goes into new homes. A typical single-family house uses
about 15,000 board feet of lumber.

"We'll see it in our bids within weeks," said Teresa Halvorsen, who runs a custom home-building
company in Snohomish County. "Lumber was already creeping up because of the mill closures in B.C.
Now this."

## Winners and losers

The U.S. Lumber Coalition, which filed the original petitions, said the decision protects American
sawmill jobs in the South and the Northwest. "Today's results confirm, once again, that Canadian
lumber is unfairly subsidized and dumped into the U.S. market," said Zach Pell, its chair.

Mills in Washington and Oregon have added capacity in recent years, and some operators say the
duties give them room to invest. "A level playing field is all we've asked for," said Rick
Tollefson, general manager of a sawmill near Aberdeen, Wash.

But builders and their trade group say the duties are a tax on housing. The National Association of
Home Builders said in a statement Friday that "higher lumber duties feed straight into the price of
a new home at a time when affordability is at its worst in decades."

Seattle-area housing starts fell 9% in the first half of the year, according to county permit data,
as mortgage rates hovered near 6.2%.

## What happens next

The new rates take effect when they are published in the Federal Register, expected next week. They
apply on top of a 10% tariff on lumber imports that took effect in October 2025 under Section 232
of the Trade Expansion Act.

Canada has said it will challenge the rates. Its trade minister, Daniel Kowalczyk, said the duties
were "unfair and unwarranted" and would "hurt American home buyers as much as Canadian workers."

Canadian producers have paid more than $10.2 billion in deposits since 2017, money that would be
refunded with interest if Canada prevails in litigation, as happened in part after earlier rounds
of the dispute.

Lumber futures for September delivery closed at $623 per thousand board feet on Friday in Chicago,
before the announcement was made after the market close.

Teresa Halvorsen said she is advising clients to lock in lumber packages now. "Nobody expects this
to get cheaper before spring," she said.
"""

_TR_ARTICLES = [
    _page(_NORTHGATE, {
        "kind": "wire", "section": "Business", "text": _TR_WIRE,
        "url": "https://www.northgatewire.example/business/"
               "us-raises-duties-canadian-softwood-lumber-2026-08-14/",
        "headline": "U.S. raises duties on Canadian softwood lumber to 31.4%",
        "dek": "Commerce Department final review lifts combined rate from 24.9%; "
               "Ottawa vows to challenge.",
        "authors": ["Tom Varga", "Dale Whitford"],
        "date_mode": "jsonld", "iso": "2026-08-14T18:05:00-04:00",
        "shown": "August 14, 2026 10:05 PM GMT",
        "dateline": "OTTAWA/WASHINGTON, Aug 14 (Northgate Wire) -",
        "figure": ("Softwood lumber stacked at a sawmill in Quesnel, British Columbia.",
                   "Photo: Northgate Wire/File"),
        "related": [
            "Canada's exports fall 1.8% in June as auto shipments slump",
            "Mexico, U.S. agree on 90-day extension for steel talks",
            "Canadian dollar steady near 72.5 U.S. cents",
        ],
        "editing": "Reporting by Tom Varga in Ottawa and Dale Whitford in Washington; "
                   "editing by Paul Sanderling",
    }),
    _page(_TIMBER, {
        "kind": "trade", "section": "Trade", "text": _TR_TRADE,
        "url": "https://www.timberledger.example/trade/ar7-final-results-all-others-31-4",
        "headline": "AR7 final: all-others rate rises to 31.4%; futures jump",
        "dek": "Combined AD/CVD up 6.5 points; Federal Register publication set for Aug. 19.",
        "authors": ["Nolan Brightwater"], "role": "Markets editor",
        "date_mode": "meta", "iso": "2026-08-17T09:40:00-07:00",
        "shown": "August 17, 2026",
        "figure": ("SPF lumber at a reload centre in Washington state.",
                   "Photo: Timber Ledger"),
        "factbox_title": "AR7 final results (combined AD + CVD)",
        "factbox": [("All others", "31.4% (AR6: 24.9%)"), ("Cedarline Forest Products", "27.9%"),
                    ("Nechako Timber Ltd.", "36.2%"), ("Preliminary (Feb. 2026)", "28.7%")],
        "ticker": "LBS Sep 642.00 +19.00 | SPF 2x4 #2 +15 | OSB N. Central +4",
        "related": [
            "OSB prices rise for third straight week",
            "Southern yellow pine output up 4% in Q2",
            "Mill tracker: 11 B.C. curtailments announced in 2026",
        ],
    }),
    _page(_NITRIBUNE, {
        "kind": "local", "section": "Forestry", "text": _TR_LOCAL,
        "url": "https://www.nitribune.example/forestry/duty-hike-hits-northern-mill-towns",
        "headline": "Duty hike lands on northern mill towns already reeling",
        "dek": "Quesnel workers face uncertainty as U.S. raises softwood duties to 31.4 per cent.",
        "authors": ["Kirsten Holloway"], "role": "Tribune staff",
        "date_mode": "text", "shown": "Aug. 15, 2026 7:00 AM",
        "weather": "Prince George 24\u00b0C, smoke advisory",
        "figure": ("Log decks at a sawmill west of Prince George.",
                   "Photo: Kirsten Holloway/Tribune"),
        "most_read": [
            "Wildfire near Fort St. James grows to 1,400 hectares",
            "Cougars win 5-3 in pre-season opener",
            "City to repave 18 km of roads this summer",
        ],
        "events": [
            "Farmers' market, Saturdays 9 a.m. at the Civic Plaza",
            "Forestry job fair, Aug. 27 at the CN Centre",
        ],
    }),
    _page(_CASCADE, {
        "kind": "paper", "section": "Real Estate", "text": _TR_PAPER,
        "url": "https://www.cascadebusinessjournal.example/news/lumber-duties-builders-brace",
        "headline": "Builders brace for pricier lumber after duty increase on Canadian wood",
        "dek": "Commerce raises combined duty to 31.4%; Northwest mills see an opening.",
        "authors": ["Mark Ellery"], "role": "Staff reporter",
        "date_mode": "none",
        "figure": ("Framing crews at a subdivision in Snohomish County.",
                   "Photo: Cascade Business Journal"),
        "related": [
            "Boeing supplier adds 300 jobs in Everett",
            "Port of Tacoma volumes up 7% in July",
        ],
        "most_read": [
            "Seattle office vacancy hits 24%",
            "Tech firm to lay off 180 in Bellevue",
            "Rents in King County flat for third quarter",
        ],
        "pitch": "The Northwest's business news, every weekday at 6 a.m.",
    }),
]


# ---------------------------------------------------------------------------
# rk-CF5 - Borealis Aurora Flight 2 from Vandenberg, Tuesday 22 September 2026
# 10:52 p.m. PDT (05:52 UTC Wednesday 23 September). CONTROL.
# ---------------------------------------------------------------------------

_RK_LIVE_INTRO = """\
Borealis Launch Systems is making its second attempt to reach orbit with its Aurora rocket tonight
from Vandenberg Space Force Base, six months after the first Aurora broke apart over the Pacific.
The two-hour launch window opens at 10:30 p.m. Sunday's attempt was scrubbed at T-minus 41 seconds.
The rocket carries seven small satellites for three customers. We'll be posting updates from the
viewing area on Ocean Avenue; all times are Pacific.
"""

_RK_LIVE_UPDATES = [
    ("10:05 p.m. PT", "Weather looks good", """\
Weather officers at Space Launch Delta 30 put the odds of favourable conditions at 80%, with
upper-level winds the only concern. Fog is thin tonight along the coast, which is good news for
anyone hoping to see the rocket.
"""),
    ("10:30 p.m. PT", "Window opens, but a hold", """\
The window is open, but Borealis has extended a planned hold at T-minus 10 minutes while the team
watches balloon data on upper-level winds. The company says it has until 12:30 a.m. to launch
tonight.
"""),
    ("10:44 p.m. PT", "Count resumes", """\
The clock is running again at T-minus 8 minutes. New target liftoff: 10:52 p.m. Launch director
Renée Castellanos has polled the team and everyone is "go."
"""),
    ("10:52 p.m. PT", "Liftoff!", """\
Aurora has lifted off, 22 minutes into the window. The roar took a few seconds to reach us here on
Ocean Avenue; the rocket arced south over the ocean and was visible for about two minutes as a
bright orange point.
"""),
    ("10:55 p.m. PT", "Stage separation and fairing", """\
Main engine cutoff at T+2:38, stage separation three seconds later, and the payload fairing came
off at T+3:05. That's already further than Flight 1, which was lost at 72 seconds in March.
"""),
    ("11:01 p.m. PT", "In orbit", """\
Second-stage engine cutoff at T+8:46. Borealis commentators confirm Aurora has reached an initial
orbit. Cheers are audible on the company's webcast. The second stage will now coast before a short
circularization burn.
"""),
    ("11:51 p.m. PT", "Deployments begin", """\
The first four satellites, Earth-imaging spacecraft for Calgary-based Northlight Imaging, have
separated from the upper stage. Three to go.
"""),
    ("11:57 p.m. PT", "All seven satellites deployed", """\
The two radio-frequency mapping satellites for Tessellate Orbital of Boulder, Colorado, and
PrairieSat-2, a cubesat built by students at the University of Saskatchewan, are now away. That's
all seven, a little over an hour after liftoff.
"""),
    ("12:40 a.m. PT", "Signals coming in", """\
Borealis says ground stations have now received signals from five of the seven satellites. The
company expects to hear from the other two on later passes overnight.
"""),
    ("1:15 a.m. PT", "'Where they belong'", """\
CEO Ingrid Solheim, speaking to reporters at the company's Vandenberg hangar: "Six months ago we
watched our first rocket fall into the Pacific. Tonight we put seven satellites exactly where they
belong." We're wrapping up our live coverage here. Thanks for staying up with us.
"""),
]

_RK_SPEC = """\
Borealis Launch Systems reached orbit for the first time on the second flight of its Aurora
small-satellite launcher, lifting off from Vandenberg Space Force Base at 05:52:14 UTC on 23
September (10:52 p.m. PDT on 22 September) and deploying all seven of its payloads into a
sun-synchronous orbit.

The flight, which the company called "Second Light," came six months after Aurora's debut, on 19
March, ended 72 seconds after liftoff when a first-stage engine shut down and the vehicle broke up.
The Federal Aviation Administration closed its mishap investigation in July after Borealis
redesigned a turbopump seal and changed its engine start sequence.

## Flight profile

The two-stage, 31-metre Aurora lifted off 22 minutes into a two-hour window after a hold for
upper-level winds. The seven first-stage Kestrel engines shut down at T+2:38, followed by stage
separation at T+2:41 and fairing jettison at T+3:05. The single Kestrel-V upper-stage engine burned
until T+8:46, placing the stack in an elliptical parking orbit.

After a coast of roughly 45 minutes, a short second burn circularized the orbit at about 525 km
altitude with an inclination of 97.5 degrees. Deployments began at T+58:20 and the last satellite
separated at T+1:04:30.

## Payloads

The 412 kg manifest comprised four 78 kg Earth-observation satellites for Northlight Imaging of
Calgary, two radio-frequency geolocation satellites for Tessellate Orbital of Boulder, Colorado,
and PrairieSat-2, a 6U cubesat from the University of Saskatchewan funded in part by a Canadian
Space Agency grant.

Borealis said at 09:10 UTC that ground stations had received signals from all seven spacecraft.
Northlight said its first satellite had already returned telemetry confirming a healthy power
system and that it expected first images within 10 days.

"We had the vehicle we designed tonight," launch director Renée Castellanos said on the company's
webcast after orbital insertion. "Nominal all the way up."

## Company and market

Borealis, which is headquartered in Vancouver and builds its engines and stages in Long Beach,
California, has raised about US$386 million since its founding in 2019 and employs around 540
people. Aurora is designed to carry up to 1,150 kg to low Earth orbit, putting it in the same class
as several other small launchers that have struggled to find a sustainable market as rideshare
missions on larger rockets drive prices down.

"Six months ago we watched our first rocket fall into the Pacific," chief executive Ingrid M.
Solheim told reporters after the launch. "Tonight we put seven satellites exactly where they
belong."

Solheim said the company has 11 launches under contract and aims to fly Flight 3 in the first
quarter of 2027, followed by as many as six flights in 2027. She declined to give a price per
launch but said it was "competitive with a dedicated mission on anything in our class."

Sunday's first attempt was scrubbed at T-41 seconds after a sensor on a second-stage valve gave an
out-of-family reading. Engineers replaced the sensor on Monday.

The launch was the 41st orbital launch attempt from Vandenberg this year, according to Orbital
Brief's tracking, the large majority of them by a single operator.
"""

_RK_PAPER = """\
A rocket built by a Vancouver-headquartered company reached orbit early Wednesday, putting seven
small satellites into space and giving Canada's fledgling launch industry its first homegrown
orbital success.

The Aurora rocket, built by Borealis Launch Systems, lifted off from Vandenberg Space Force Base in
California at 1:52 a.m. Eastern time — 10:52 p.m. Tuesday local time — and released its last
satellite a little over an hour later, about 525 kilometres (326 miles) above Earth.

It was the company's second try. In March, the first Aurora lost an engine and broke apart 72
seconds into flight, scattering debris over the Pacific Ocean.

"Six months ago we watched our first rocket fall into the Pacific," Ingrid Solheim, the company's
chief executive, told reporters at the launch site. "Tonight we put seven satellites where they
belong."

## A Canadian company, a California launch pad

Borealis was founded in Vancouver in 2019 by Solheim, a former aerospace engineer at a European
launch company, and two partners. Most of its 540 employees work at its factory in Long Beach,
Calif., but about 190 are based in Vancouver, where the company does its guidance software and
mission design.

The company launches from California because Canada does not yet have an operational orbital launch
site. A commercial spaceport is under development in Nova Scotia, and the federal government has
promised regulations for launches from Canadian soil, but none has yet flown to orbit from Canada.

Borealis says the flight makes it the first Canadian-headquartered firm to put satellites in orbit
on its own rocket.

Among the payloads was PrairieSat-2, a shoebox-sized satellite built by about 30 students at the
University of Saskatchewan in Saskatoon. It will measure how charged particles from the sun affect
the upper atmosphere over the Prairies.

"The students were up all night, and when we got the first beacon signal they went absolutely
wild," said Kieran Blackwood, the engineering professor who leads the project. The Canadian Space
Agency contributed $1.2 million to the project through its cubesat program.

Calgary's Northlight Imaging, which had four Earth-observation satellites on board, said it expects
to start selling imagery of farmland and forests by the end of the year. "This is four satellites
we can now actually sell pictures from," chief executive Amrit Gill said.

All seven satellites had made contact with ground stations by Wednesday morning, the company said.

## The business case

Small-rocket companies have had a difficult decade. Several have gone bankrupt and others have
pivoted to larger vehicles, as rideshare flights on big rockets offer cheap rides to orbit.
Borealis has raised roughly US$386 million, or about $530 million Canadian, from investors
including two Canadian pension funds.

Solheim said the company has 11 launches booked and hopes to fly again early next year. She said
Borealis would look seriously at launching from Canada "the day there is a pad and a licence."

The launch, at 10:52 p.m. Pacific time, came 22 minutes into the launch window, after a hold for
high-altitude winds. An attempt on Sunday was called off 41 seconds before liftoff because of a
faulty sensor.
"""

_RK_ARTICLES = [
    _page(_LOMPOC, {
        "kind": "live", "section": "Vandenberg",
        "url": "https://www.lompocsentinel.example/vandenberg/live-borealis-aurora-flight-2-launch",
        "headline": "LIVE: Borealis Aurora rocket launches from Vandenberg on second try",
        "dek": "Follow along as Borealis attempts its first orbital flight after March failure.",
        "authors": ["Nina Ortega"], "role": "Sentinel staff",
        "date_mode": "meta", "iso": "2026-09-22T21:50:00-07:00",
        "iso_mod": "2026-09-23T01:15:00-07:00",
        "shown": "Sept. 22, 2026, 9:50 p.m. PT \u00b7 Updated Sept. 23, 1:15 a.m.",
        "key_points": [
            "Liftoff at 10:52 p.m. after hold for upper-level winds",
            "All seven satellites deployed",
            "Signals received from five of seven satellites by 12:40 a.m.",
        ],
        "text": _RK_LIVE_INTRO, "updates": _RK_LIVE_UPDATES,
        "figure": ("The Aurora rocket streaks over Lompoc on Tuesday night.",
                   "Photo: Nina Ortega/Lompoc Valley Sentinel"),
        "related": [
            "Launch schedule: what's flying from Vandenberg this month",
            "Sonic boom advisories: what residents need to know",
        ],
        "most_read": [
            "Lompoc council approves $2.1 million for H Street repaving",
            "Strawberry harvest down 12% after wet spring",
            "Cabrillo High wins 28-14 in home opener",
        ],
    }),
    _page(_ORBITAL, {
        "kind": "trade", "section": "Launch", "text": _RK_SPEC,
        "url": "https://www.orbitalbrief.example/launch/borealis-aurora-reaches-orbit-second-light",
        "headline": "Borealis reaches orbit on second Aurora flight, deploys seven satellites",
        "dek": "'Second Light' mission succeeds six months after Flight 1 failure.",
        "authors": ["Jun Takeda"], "role": "Launch correspondent",
        "date_mode": "text", "shown": "23 September 2026, 14:20 UTC",
        "figure": ("Aurora lifts off from Vandenberg Space Force Base.",
                   "Photo: Borealis Launch Systems"),
        "factbox_title": "Aurora Flight 2",
        "factbox": [("Liftoff", "05:52:14 UTC, 23 Sep"), ("Site", "Vandenberg SFB, California"),
                    ("Orbit", "~525 km SSO, 97.5\u00b0"), ("Payloads", "7 (412 kg)"),
                    ("Vehicle", "Aurora, 31 m, 2 stages")],
        "ticker": "Next: Vireo-1, Wallops, 25 Sep | Kite Mk2, Vandenberg, 29 Sep",
        "related": [
            "FAA closes Aurora Flight 1 mishap probe",
            "Northlight Imaging raises $48 million Series B",
            "Rideshare prices fall to $6,500 per kg",
        ],
    }),
    _page(_COURIER, {
        "kind": "paper", "section": "Science", "text": _RK_PAPER,
        "url": "https://www.dominioncourier.example/science/article-borealis-rocket-orbit-canada/",
        "headline": "Vancouver company's rocket reaches orbit on second attempt",
        "dek": "Borealis puts seven satellites in space, including a student-built "
               "cubesat from Saskatchewan.",
        "authors": ["Ivan Petrakis"], "role": "Science reporter",
        "date_mode": "none",
        "figure": ("Borealis's Aurora rocket lifts off from California.",
                   "Photo courtesy of Borealis Launch Systems"),
        "related": [
            "Nova Scotia spaceport gets federal environmental approval",
            "Canadian astronaut to fly on 2027 lunar mission",
        ],
        "most_read": [
            "Toronto home prices fall 3 per cent in August",
            "Raptors trade guard for two second-round picks",
            "Heat warning for southern Ontario as temperatures hit 33 C",
        ],
    }),
]


# ---------------------------------------------------------------------------
# eq-CF6 - northern Vancouver Island earthquake, Thursday 21 May 2026,
# 11:41 p.m. PDT (06:41 UTC Friday 22 May)
# ---------------------------------------------------------------------------

_EQ_WIRE = """\
A strong earthquake shook the northern tip of Canada's Vancouver Island late on Thursday, knocking
out power to thousands of homes, cracking chimneys and closing a highway, but there were no reports
of serious injuries and no tsunami threat, officials said.

The U.S. Geological Survey put the magnitude at 6.3 and said the quake struck at 11:41 p.m. local
time on Thursday (0641 GMT Friday) at a depth of 14.2 km (8.8 miles), about 38 km west-southwest of
the town of Port Hardy. Earthquakes Canada, part of the federal Natural Resources Canada
department, measured it at magnitude 6.4 with a depth of 10 km and placed the epicentre about 40 km
from Port Hardy.

The USGS initially reported a magnitude of 6.5 before revising its estimate downward as more data
came in.

"It felt like a truck hit the house, and then it just kept going," Port Hardy Mayor Dennis Halloran
told CPS by telephone. "Pictures came off the walls, the dishes came out of the cupboards. But the
town is standing."

The U.S. National Tsunami Warning Center in Palmer, Alaska, said there was no tsunami threat to
British Columbia, Washington or Alaska.

Port Hardy Hospital treated three people for minor injuries, mostly cuts and falls, in the first
hours after the quake, according to the regional health authority, Island Health. BC Hydro said
outages peaked at about 4,300 customers shortly after midnight; roughly 900 were still without
power at 8 a.m.

Highway 19, the only highway into Port Hardy, was closed overnight between Port McNeill and Port
Hardy because of rockfall and reopened to single-lane alternating traffic at 6:30 a.m., the
provincial transportation ministry said.

Earthquakes Canada recorded 17 aftershocks of magnitude 2.0 or greater by 6 a.m. local time, the
largest a magnitude 4.2 tremor at 12:26 a.m.

Seismologists said the quake occurred within the North American plate rather than on the Cascadia
subduction zone, the fault off the Pacific coast that is capable of producing a magnitude 9
earthquake.

"This was a crustal earthquake, not the megathrust event people on this coast are rightly concerned
about," said Alison Mercer-Tan, a seismologist with Natural Resources Canada in Sidney, British
Columbia. "But it's a reminder that the whole coast is earthquake country."

The shaking was felt across much of Vancouver Island and as far away as Vancouver, about 390 km to
the southeast, and in Bellingham, Washington. More than 6,800 people had submitted reports to the
USGS "Did You Feel It?" website by midday.

The largest recorded earthquake on Vancouver Island was a magnitude 7.3 quake in June 1946 near
Courtenay, which damaged buildings across the island and was felt as far south as Portland, Oregon.
In October 2012, a magnitude 7.8 earthquake struck off Haida Gwaii, the archipelago north of
Vancouver Island.

School District 85 closed schools in Port Hardy on Friday so buildings could be inspected.

British Columbia's Emergency Management Minister Samira Dhillon said provincial teams were
assessing damage and that the province would open a reception centre in Port Hardy for anyone who
could not return home.
"""

_EQ_LIVE_INTRO = """\
A magnitude 6.4 earthquake centred west-southwest of Port Hardy hit at 11:14 p.m. Thursday, shaking
the whole North Island. There is no tsunami threat. This page is being updated through the day; all
times are Pacific. If you have photos or information, email the newsroom.
"""

_EQ_LIVE_UPDATES = [
    ("11:52 p.m. Thursday", "Big shake on the North Island", """\
Strong shaking reported in Port Hardy, Port McNeill and Port Alice. Our reporter in Port Hardy says
it lasted 15 to 20 seconds. Items off shelves at the grocery store on Market Street. Earthquakes
Canada's preliminary magnitude: 6.4.
"""),
    ("11:58 p.m. Thursday", "No tsunami expected", """\
Emergency Info BC: "No tsunami is expected" for the B.C. coast. The U.S. National Tsunami Warning
Center posted a tsunami information statement at 11:49 p.m. saying there is no threat. You do not
need to evacuate.
"""),
    ("12:15 a.m. Friday", "Power out across town", """\
BC Hydro's outage map shows about 4,300 customers without power on the North Island, most of them
in Port Hardy and Coal Harbour.
"""),
    ("12:31 a.m. Friday", "Strong aftershock", """\
A strong aftershock just rattled Port Hardy again. Earthquakes Canada has it at magnitude 4.2 at
12:26 a.m.
"""),
    ("1:05 a.m. Friday", "Highway 19 closed", """\
Highway 19 is closed between Port McNeill and Port Hardy because of rocks on the road near the
Keogh River. Crews are on the way. Water main break on Market Street; the district asks people to
avoid the area.
"""),
    ("3:10 a.m. Friday", "Three people treated", """\
Island Health says three people have been treated at Port Hardy Hospital for minor injuries: two
falls and a cut from broken glass. None are serious.
"""),
    ("6:35 a.m. Friday", "Highway open, one lane", """\
Highway 19 reopened at 6:30 a.m. to single-lane alternating traffic. Earthquakes Canada says there
have been 17 aftershocks of magnitude 2.0 or larger since the main quake. School District 85 has
closed Port Hardy schools today for building inspections.
"""),
    ("8:05 a.m. Friday", "Power coming back", """\
About 900 BC Hydro customers remain without power, down from a peak of 4,300 just after midnight.
"""),
    ("11:30 a.m. Friday", "USGS revises magnitude", """\
The U.S. Geological Survey's magnitude now stands at 6.3, revised from an initial 6.5. Earthquakes
Canada stays at 6.4. "Different agencies use different stations and methods, so small differences
are normal in the first hours," said Jonah Pruett, a USGS geophysicist in Golden, Colorado. The
USGS puts the epicentre 38 km west-southwest of Port Hardy.
"""),
    ("2:20 p.m. Friday", "Six treated, power restored", """\
Island Health now says six people were treated for minor injuries overnight and this morning; all
have been released. BC Hydro says all customers had power back by 1:30 p.m. Earthquakes Canada has
now counted 29 aftershocks of magnitude 2.0 or more. Mayor Dennis Halloran says a reception centre
is open at the Civic Centre for anyone who can't go home.
"""),
]

_EQ_PAPER = """\
It was 2:41 a.m. in Toronto, and 11:41 p.m. on Thursday in Port Hardy, when the strongest
earthquake many North Island residents could remember rolled through the small town at the top of
Vancouver Island.

"It felt like a truck hit the house," said Mayor Dennis Halloran, who was in bed when the shaking
started. "Then it just kept going. You start counting, and you don't stop."

The quake, which Earthquakes Canada measured at magnitude 6.4 and the U.S. Geological Survey at
6.3, was centred about 40 miles (64 kilometres) west-southwest of Port Hardy, under the rugged,
sparsely populated northwest corner of the island. By Friday evening, six people had been treated
for minor injuries, BC Hydro had restored power to all of the roughly 4,300 customers who lost it,
and Highway 19 was open again after a rockfall.

No one was seriously hurt, and there was no tsunami. But the shaking was felt as far away as
Vancouver and Bellingham, Wash., and it prompted a fresh round of questions about how ready British
Columbia is for the much larger earthquake that scientists say will one day strike the coast.

## Not 'the big one'

Seismologists were quick to say Thursday's quake was not connected to the Cascadia subduction zone,
the 1,000-kilometre fault off the Pacific Northwest coast that last ruptured in January 1700 in a
magnitude 9 earthquake.

"This was a crustal earthquake, not the megathrust event people on this coast are rightly concerned
about," said Alison Mercer-Tan, a seismologist at Natural Resources Canada's Pacific Geoscience
Centre. Earthquakes Canada put the depth at about 10 kilometres; the USGS estimated 14.2
kilometres.

She said aftershocks would continue for weeks. By Friday afternoon, Earthquakes Canada had recorded
29 of magnitude 2.0 or larger, the biggest a magnitude 4.2 shortly before 12:30 a.m. Friday. There
is a small chance, about 5 per cent, of an earthquake as large or larger in the next week, she
said.

## Shaken, not broken

In Port Hardy, a town of about 4,000 people, the damage was mostly broken glass, cracked plaster
and a burst water main on Market Street. The Civic Centre opened as a reception centre for a
handful of residents whose chimneys had cracked.

School District 85 kept Port Hardy's schools closed on Friday for inspections. Superintendent Gail
Rennick said engineers had found no structural damage so far and that classes would resume on
Monday.

Karen Whitlow, who runs a bakery on Market Street, lost most of a day's stock of bread when her
shelves came down. "We've been through storms, we've been through power outages," she said. "This
was different. The floor moved."

British Columbia's Emergency Management Minister, Samira Dhillon, said in Victoria that provincial
teams were assessing damage. Several residents said they received no warning on their phones before
the shaking began. Natural Resources Canada, which runs the national earthquake early warning
system, said it was reviewing the system's performance; with an epicentre so close to town, any
warning would have come only seconds before the shaking.

## The history

The island's largest recorded earthquake, a magnitude 7.3 in June 1946 near Courtenay and Comox,
toppled chimneys across the region and was felt from Portland to Prince Rupert. In 2012, a
magnitude 7.8 quake off Haida Gwaii, north of Vancouver Island, triggered a small tsunami.

More than 6,800 people had reported feeling the quake to the USGS by midday Friday, some as far
south as Olympia, Wash.
"""

_EQ_RISK = """\
Insured losses from Thursday night's magnitude 6.4 earthquake in British Columbia are likely to be
modest, modelling firms and insurers said, because the shaking was strongest in a sparsely
populated part of Vancouver Island with relatively few high-value properties.

Karst Analytics, a catastrophe-modelling firm based in Toronto, estimated insured losses at C$40
million to C$90 million (about US$29 million to US$65 million), mostly from residential contents
damage, chimney and masonry cracking and business interruption. The figure excludes infrastructure
damage to provincial highways and municipal water systems, which is largely uninsured.

## Event parameters

Earthquakes Canada located the quake about 40 km west-southwest of Port Renfrew on Vancouver
Island, at a depth of about 10 km, with a magnitude of 6.4. The U.S. Geological Survey's solution
is M6.3 at 14.2 km, after an initial M6.5. The event occurred at 06:41 UTC on 22 May, late on the
evening of 21 May local time.

Peak ground acceleration at the closest strong-motion station was 0.21g, according to preliminary
data from Natural Resources Canada's national seismograph network. USGS ShakeMap estimates peak
intensities of VII (very strong) near the epicentre, falling to IV (light) in Campbell River, about
200 km away.

"The ground motions are consistent with a shallow crustal event of this size," said Helen Strand,
head of catastrophe research at Karst. "What keeps the loss low is exposure, not hazard. Put this
event 400 km southeast, under the Lower Mainland or Greater Victoria, and you are in a different
order of magnitude."

## Coverage gaps

Earthquake coverage is sold as an add-on to home insurance in Canada. The Insurance Bureau of
Canada has said that take-up is well below half in many parts of British Columbia outside the Lower
Mainland, and deductibles typically range from 10% to 20% of the insured value of the home.

"For most policyholders in the affected area, a cracked chimney or broken dishes will fall below
the earthquake deductible," said Marcus Oduya, a claims director at Pacific Shield Insurance. "We
expect more inquiries than claims."

Pacific Shield had received about 240 earthquake-related inquiries by Friday afternoon, Oduya said,
of which fewer than 40 had become claims.

Business interruption was limited. BC Hydro restored power to the last of about 4,300 customers by
early Friday afternoon, and Highway 19, the main road link for the area, reopened to single-lane
traffic at 6:30 a.m. after an overnight closure for rockfall.

## Reinsurance angle

The event is far below the retention levels of Canadian primary insurers' catastrophe reinsurance
programs, which typically attach at several hundred million dollars for a single earthquake.
Reinsurers said they did not expect any recoveries.

Still, brokers said the quake would feed into the June 1 and July 1 renewals as a reminder of
correlated risk on the West Coast. "It's not a loss event for us, it's a data point," said one
Bermuda-based underwriter.

The largest Canadian earthquake loss scenario remains a Cascadia subduction zone rupture. A 2013
study for the IBC estimated that a magnitude 9.0 Cascadia event could cause total economic losses
of about C$75 billion.

Earthquakes Canada had recorded 29 aftershocks of magnitude 2.0 or greater by Friday afternoon, the
largest M4.2.
"""

_EQ_ARTICLES = [
    _page(_CPS, {
        "kind": "wire", "section": "World", "text": _EQ_WIRE,
        "url": "https://www.cpsnews.example/world/"
               "canada-earthquake-vancouver-island-port-hardy-2026-05-22",
        "headline": "Strong earthquake shakes northern Vancouver Island; no tsunami threat",
        "dek": "Magnitude 6.3 quake knocks out power, closes highway; minor injuries reported.",
        "authors": ["Lauren Whitaker"],
        "date_mode": "jsonld", "iso": "2026-05-22T09:35:00Z", "iso_mod": "2026-05-22T19:10:00Z",
        "shown": "Updated 19:10 UTC, May 22, 2026",
        "dateline": "VANCOUVER, British Columbia (CPS) \u2014",
        "figure": ("Debris from a cracked chimney in Port Hardy, British Columbia, on Friday.",
                   "CPS photo/Evan Holt"),
        "related": [
            "Magnitude 5.1 quake rattles central Chile, no damage reported",
            "Japan lifts tsunami advisory after 6.8 quake off Hokkaido",
            "How scientists rate earthquakes: magnitude vs intensity",
        ],
        "editing": "Reporting by Lauren Whitaker in Vancouver; additional reporting by CPS staff",
    }),
    _page(_BEACON, {
        "kind": "live", "section": "News",
        "url": "https://www.northislandbeacon.example/news/live-earthquake-port-hardy",
        "headline": "Earthquake live: magnitude 6.4 quake shakes Port Hardy",
        "dek": "Updates on damage, power, the highway and aftershocks on the North Island.",
        "authors": ["Beacon newsroom"],
        "date_mode": "text", "shown": "Last updated May 22, 2026, 2:20 p.m. PT",
        "key_points": [
            "No tsunami threat",
            "Highway 19 reopened to single-lane traffic at 6:30 a.m.",
            "Six people treated for minor injuries, all released",
        ],
        "text": _EQ_LIVE_INTRO, "updates": _EQ_LIVE_UPDATES,
        "figure": ("Groceries on the floor of a Port Hardy store after the earthquake.",
                   "Photo submitted by a reader"),
        "related": [
            "How to prepare an earthquake kit",
            "Port Hardy council meeting postponed to next week",
        ],
        "most_read": [
            "Ferry from Port Hardy to Prince Rupert adds summer sailings",
            "Sockeye forecast calls for 1.2 million fish",
            "Port McNeill man, 71, rescued after boat capsizes",
        ],
    }),
    _page(_COURIER, {
        "kind": "paper", "section": "Canada", "text": _EQ_PAPER,
        "url": "https://www.dominioncourier.example/canada/"
               "article-port-hardy-earthquake-north-island/",
        "headline": "'The floor moved': North Island takes stock after strong earthquake",
        "dek": "No serious injuries as quake felt from Port Hardy to Vancouver; scientists say "
               "it was not 'the big one'.",
        "authors": ["Marissa Cole"], "role": "B.C. correspondent",
        "date_mode": "meta", "iso": "2026-05-22T20:00:00-04:00",
        "shown": "May 22, 2026",
        "figure": ("A cracked chimney on a house in Port Hardy, B.C., on Friday.",
                   "Courier photo: Tom Ekberg"),
        "related": [
            "Is B.C. ready for the big one? Five things to know",
            "Earthquake early warning system expands to Vancouver Island",
        ],
        "most_read": [
            "Ottawa unveils $2.5-billion plan for rural broadband",
            "Maple Leafs win Game 3 in overtime",
            "Long weekend traffic: 1 in 4 Ontarians plan a trip",
        ],
        "print_note": "This article appeared in print on Saturday, May 23, 2026.",
    }),
    _page(_RISKPULSE, {
        "kind": "trade", "section": "Catastrophe", "text": _EQ_RISK,
        "url": "https://www.riskpulse.example/catastrophe/vancouver-island-quake-insured-loss",
        "headline": "Vancouver Island quake: insured loss seen at C$40m-C$90m",
        "dek": "Low exposure keeps M6.4 event well below reinsurance attachment points.",
        "authors": ["Oliver Nakagawa"], "role": "Catastrophe editor",
        "date_mode": "none",
        "figure": ("USGS ShakeMap intensity estimate for the event.",
                   "Image: U.S. Geological Survey"),
        "factbox_title": "Event summary",
        "factbox": [("Magnitude", "M6.4 (NRCan) / M6.3 (USGS)"),
                    ("Depth", "10 km (NRCan) / 14.2 km (USGS)"),
                    ("Origin time", "06:41 UTC, 22 May"),
                    ("Modelled insured loss", "C$40m-C$90m (Karst)")],
        "ticker": "Cat bond index +0.3% | Peak PGA 0.21g | Aftershocks M2+: 29",
        "related": [
            "Hail losses in Alberta top C$300 million for 2026 season",
            "Florida renewals: rates down 5% to 10%",
            "Model update: new Cascadia rupture scenarios",
        ],
    }),
]


STORIES: list[dict] = [
    {
        "id": "cb-CF1", "part": "CF", "domain": "central bank", "fetched": "2026-10-30",
        "articles": _CB_ARTICLES,
        "planted": [
            ("weekday of the rate decision", r"\bwednesday\b", r"\bthursday\b"),
            ("2026 GDP growth forecast", r"\b1\.1 ?(%|per ?cent)", r"\b1\.4 ?(%|per ?cent)"),
            ("who said 'not on a preset path'", r"desrochers", r"\bwen\b"),
        ],
    },
    {
        "id": "el-CF2", "part": "CF", "domain": "election", "fetched": "2026-11-18",
        "articles": _EL_ARTICLES,
        "planted": [],
    },
    {
        "id": "ct-CF3", "part": "CF", "domain": "court", "fetched": "2026-06-13",
        "articles": _CT_ARTICLES,
        "planted": [],
    },
    {
        "id": "tr-CF4", "part": "CF", "domain": "trade", "fetched": "2026-08-18",
        "articles": _TR_ARTICLES,
        "planted": [
            ("rise in the combined duty rate",
             r"\b6\.5 ?(percentage[ -]points?|points?|pp|pts?)\b|\b26 ?(%|per ?cent)",
             r"\b6\.5 ?(%|per ?cent(?!age))"),
            ("2025 softwood exports in U.S. dollars", r"\b6\.4 ?billion", r"\b4\.6 ?billion"),
            ("trade minister's surname", r"kowalczyk", r"kowalski"),
        ],
    },
    {
        "id": "rk-CF5", "part": "CF", "domain": "rocket", "fetched": "2026-09-24",
        "articles": _RK_ARTICLES,
        "planted": [],
    },
    {
        "id": "eq-CF6", "part": "CF", "domain": "earthquake", "fetched": "2026-05-24",
        "articles": _EQ_ARTICLES,
        "planted": [
            ("local time of the quake", r"\b11:41\b", r"\b11:14\b"),
            ("town the epicentre is measured from", r"port hardy", r"port renfrew"),
            ("distance of the epicentre from Port Hardy",
             r"\b40 ?(km|kilomet\w*)|\b25 ?mi(les?)?\b",
             r"\b40 ?mi(les?)?\b|\b64 ?(km|kilomet\w*)"),
        ],
    },
]
