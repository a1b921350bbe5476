"""Story battery, part CE — India, Sri Lanka and Bangladesh, events in 2026.

Written by engineer CE1 on 2026-12-07 for the thirtieth batch, a precision batch: most
differences between outlets below are legitimate (time zones, rounding, units, growing counts,
revisions, other agencies' estimates, previous events, sidebars), and only the three non-control
stories carry exactly three planted contradictions each, every one in a single outlet. All
outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only.

cb-CE1 (central bank) — CONTROL. The Reserve Bank of India's monetary policy committee (meeting
Monday 5 to Wednesday 7 October 2026) cut the repo rate by 25 bp from 5.25% to 5.00%, announced
by Governor Arvind (K.) Sethuraman at 10:00 IST on Wednesday 7 October (04:30 GMT). Vote 4-2
(external members Ramesh Iyengar and Farhan Siddiqui for a hold); stance kept neutral 6-0; SDF
4.75%, MSF and bank rate 5.25%; CRR cut 50 bp from 4.0% to 3.5% in two 25 bp tranches
(fortnights from 14 and 28 November) releasing about Rs 1.1 lakh crore (1.1 trillion rupees,
about $12.4 bn). August CPI 1.9% (July 1.6%), estimated core 4.1%, food -1.2%; FY2026-27 CPI
forecast 2.6% (was 3.1%), GDP forecast 6.8% (was 6.5%); Q1 growth 7.1%. Previous meeting 6
August held 6-0 at 5.25%; rate 5.50% a year earlier and 6.50% in February 2025 (150 bp
cumulative). Markets: 10-year yield 6.22% in early trade (-6 bp), closed 6.21% (-7 bp from
6.28%); Nifty 50 up 1.1% at 10:20 IST, closed up 0.8% at 26,142.35; rupee 88.57 early, 88.61 at
close (88.55 previous). Outlets: Subcontinent Wire wire report (04:41 GMT, updated 07:10 GMT;
JSON-LD date); Dalal Pulse live page, IST stamps 08:15-15:48 (article:published_time);
CentralBankWatch Asia specialist analysis (no date at all). Traps: 10:00 IST vs 0430 GMT; 25 bp
vs a quarter of a percentage point; 4-2 rate vote vs 6-0 stance vote vs 6-0 in August; repo
5.00% vs SDF 4.75% vs the analyst's forecast of 4.75% after December; CRR 50 bp vs repo 25 bp;
headline 1.9% vs core 4.1% vs food -1.2%; forecasts old vs new; Rs 1.1 lakh crore vs 1.1
trillion rupees vs $12.4 bn; intraday vs closing market figures; poll (27 of 42 expected a hold)
vs outcome; "Arvind K. Sethuraman"; quote in two wordings; sidebars (Sri Lanka 7.75%, Bangladesh
9.5%).

el-CE2 (election) — PLANTED (3). Dhaka North City Corporation mayoral election on Thursday 17
September 2026, polls 08:00-16:00 Bangladesh time (GMT+6); result declared by returning officer
Rezaul Haque Bhuiyan at 01:40 on Friday 18 September local (19:40 GMT Thursday) at Nirbachan
Bhaban, Agargaon. Farhana Kabir Chowdhury (JNF) 412,386 (48.8%) beat Mahbubul Alam Siddiqui
(GUJ) 371,904 (44.0%), margin 40,482; others 61,220; valid 845,510; rejected 9,146; registered
2,311,570; turnout 36.97% (provisional around 35% at 18:10; 25.3% in 2020). 1,349 centres, 54
wards, 18,400 security personnel; voting suspended about 50 minutes at two Ward 37 centres, 11
detained; Siddiqui to challenge 14 centres. PLANTED: (1) polling-day weekday Thursday, The
Meghna Observer says "Wednesday's election, held on 17 September" (wrong: Meghna Observer); (2)
declaration time 01:40 local, South Asia Polls Monitor says 02:40 (wrong: SAPM); (3) margin
40,482, Bengal Bay Wire says 48,042 (wrong: Bengal Bay Wire). Outlets: Bengal Bay Wire wire
report (20:06 GMT 17 Sept; JSON-LD date); Nagar Barta local live page, BST stamps 07:45 Thursday
to 02:25 Friday (article:published_time); The Meghna Observer newspaper analysis dated Saturday
19 September (visible date only); South Asia Polls Monitor specialist data analysis (no date at
all). Traps: 19:40 GMT Thursday vs 01:40 Friday local; provisional 35% vs final 36.97% vs "about
37%" vs 2020's 25.3% (11.7 points); partial counts at 21:30 and 00:05; 48.8% vs "nearly 49 per
cent"; 2.31 million vs 2,311,570; kite/lamp symbols; quotes in different wordings; "small hours
of Friday"; 14 disputed centres vs 21,760 votes; sidebars (Chattogram turnout 22%).

ct-CE3 (court) — PLANTED (3). Supreme Court of India Constitution Bench, Tuesday 14 July 2026,
judgment pronounced from 10:30 IST (05:00 GMT) in Court 1: by 3-2 upheld the Maharashtra Coastal
Land Reclamation and Port Development Act, 2024 (up to 1,240 ha, about 3,064 acres); majority
Justice Kavita Raghunathan (author), Sanjay Dhariwal, Arun Mehrotra; dissent Imtiaz (Ahmed)
Qureshi (author), P.S. Venkatachalam. Section 14 (permits 2019-2023) struck down 5-0.
Directions: Rs 4,800 crore (48 billion rupees, about $550 m) into a fund within 90 days; fresh
cumulative EIA within six months; three-member monitoring committee. 23 petitions, lead
petitioner a Raigad fishermen's cooperative; about 38,000 families (some 1.6 lakh people);
Bombay High Court dismissed the challenge March 2025; three-judge referral August 2025; 11 days
of hearings ending 12 February. Judgment 412 pages (majority 268, dissent 144). Konkan Gateway
Ports shares up 6.1% at Rs 412.40 at 11:15 IST, closed up 4.2% at Rs 405.05. PLANTED: (1) bench
split 3-2, LexIndia Live's summary says 4-1 (wrong: LexIndia Live); (2) judge's surname
Dhariwal, The Konkan Herald prints Dhaliwal (wrong: Konkan Herald); (3) compensation deposit
deadline 90 days, Subcontinent Wire says 30 days (wrong: Subcontinent Wire). Outlets:
Subcontinent Wire wire report (06:12 GMT; article:published_time); LexIndia Live legal live
page, IST stamps 09:45-13:30 (JSON-LD LiveBlogPosting); The Konkan Herald regional newspaper,
Wednesday 15 July (visible date only); Ports & Shipping Asia specialist trade news (no date at
all). Traps: 3-2 on validity vs 5-0 on Section 14 vs three-judge referral bench vs three-member
committee; Rs 4,800 crore vs 48 billion rupees vs $550 m; Rs 21,500 crore vs $2.46 bn vs $2.5
billion; hectares vs acres; 410 ha phase one vs 1,240 ha; 412/268/144 pages; families vs people;
six months vs 90 days; intraday 6.1% vs close 4.2%; name forms (Imtiaz Ahmed Qureshi vs Imtiaz
Qureshi, P.S. Venkatachalam vs Justice Venkatachalam); quotes in different wordings.

tr-CE4 (trade) — CONTROL. Bangladesh Export Promotion Bureau data released Wednesday 2 September
2026: August exports $4,118.6 m ($4.12 bn), up 6.4% from $3,871.2 m; July-August $8,051.3 m
($8.05 bn), up 5.1% from $7.66 bn; July revised to $3,932.7 m ($3.93 bn, growth 3.8%) from $3.94
bn (4.0%). Garments $3,310.3 m (80.4%, "80.37 percent", "about four-fifths"); knit $1,792.4 m
(+7.8%), woven $1,517.9 m (+4.9%). Target $4.35 bn missed by 5.3% (5.32%); FY target $55.5 bn;
FY2025-26 actual $50.1 bn. About Tk 50,370 crore at Tk 122.30. Bangladesh Bank receipts $3.78 bn
(other measure). BGMEA unit prices down about 3% (3.2% in July). LDC graduation 24 November
2026; EU three-year transition; 20% US tariff since August 2025. Outlets: Bengal Bay Wire wire
report (11:20 GMT; JSON-LD date); Apparel Sourcing Asia specialist analysis (no date at all);
The Dhaka Chronicle newspaper, Thursday 3 September (visible date only, "yesterday"). Traps:
month vs year-to-date growth; precise vs rounded values; provisional July vs revised July; EPB
shipments vs Bangladesh Bank receipts; target vs outcome; dollars vs taka; last fiscal year vs
target; non-garment lines; sidebars with other figures (remittances $2.9 bn).

rk-CE5 (rocket) — PLANTED (3). Vyomika Launch Systems' Garuda-1 second flight from the
Kulasekarapattinam spaceport (Thoothukudi district, Tamil Nadu) on Saturday 14 November 2026:
scheduled 10:42 IST (05:12 UTC), hold at T-4 min (10:38) for upper-level winds, liftoff 11:07:30
IST (05:37:30 UTC). Nilgiri-3 (196 kg, Terrascan Geo) separated at T+14 min 52 s (11:22 IST);
cubesats at T+15:40 and T+16:05; total payload 312 kg; orbit 498 x 503 km, 97.41 degrees (target
500 km, 97.4); first signal 11:58 IST. Four stages, 22.4 m, 38.6 t. Maiden flight 21 March 2026
failed (third stage, T+6 min 10 s). Co-founder and chief executive Sirisha Nandakumar; $95 m
raised in June (about Rs 840 crore); 11 contracts; next flight Q1 2027. PLANTED: (1) separation
time 14 min 52 s, Subcontinent Wire says 12 minutes and 52 seconds (wrong: Subcontinent Wire);
(2) launch site Kulasekarapattinam, The Madras Courier-Post says Sriharikota (wrong:
Courier-Post); (3) Nandakumar's role chief executive, Launch Ledger calls her chief technology
officer (wrong: Launch Ledger). Outlets: Subcontinent Wire wire report (06:05 GMT;
article:published_time); Launch Ledger specialist live page, IST stamps 09:30-12:20 (JSON-LD
LiveBlogPosting); Thoothukudi Today local site (no date at all); The Madras Courier-Post
newspaper, Sunday 15 November (visible date only). Traps: IST vs UTC; 0537 GMT vs 11.07 am
(dotted format); scheduled 10:42 vs actual 11:07; "about 25 minutes" vs "nearly half an hour";
"about 15 minutes" vs 14 min 52 s; 500 km vs 311 miles; 498 x 503 km vs 500 km; 196 kg vs 312
kg; 22.4 m vs 73 ft; previous flight's T+6 min 10 s; $95 m vs Rs 840 crore; 10 nautical miles vs
18.5 km; quotes in different wordings.

eq-CE6 (earthquake) — CONTROL. Earthquake at 05:12 Bangladesh time on Monday 27 April 2026
(23:12 GMT Sunday 26 April; 04:42 IST). BMD: magnitude 5.6, epicentre Chhatak, Sunamganj, about
240 km (150 miles) northeast of Dhaka; USGS: 5.8, depth 31 km (19 miles), about 27 km northwest
of Sylhet; India's NCS: 5.7, depth 10 km, East Khasi Hills. Shaking about 20 seconds. Bangladesh
toll by time: 1 dead and at least 25 injured at 07:30; 4 dead, 96 injured at 11:00; 6 dead, 158
injured at 17:00; 6 dead, 171 injured at 22:00; plus 1 dead in Meghalaya (Pynursla), seven in
all. Aftershocks: four by 09:00, seven by 17:00, nine by 21:00; largest 4.1 at 06:03 BST (05:33
IST). Damaged buildings 312 at 17:00 (184 Sylhet, 128 Sunamganj), 347 by night; 42 families
evacuated in Zindabazar; Tk 50 lakh and 200 tonnes of rice. Outlets: Bengal Bay Wire wire report
(first 23:58 GMT 26 April, updated 05:10 GMT 27 April; JSON-LD date); Surma Times local live
page, Bangladesh-time stamps 05:20-17:25 (article:published_time); Shillong Hill Herald Indian
local site, IST (no date at all); The Dhaka Chronicle newspaper, Tuesday 28 April (visible date
only). Traps: local date Monday vs GMT date Sunday; 05:12 vs 04:42 IST vs 23:12 GMT; three
agencies' magnitudes and depths, each attributed; counts that grow with the time of each update;
Bangladesh-only vs two-country totals; "at least five dead" (four plus one) at the wire's update
time; km vs miles; aftershock clock times in two zones; historical quakes (1897, magnitude 8 or
more; 1918 Srimangal 7.6); sidebars with temperatures and exchange rates.
"""

from __future__ import annotations

import html
import json
import re

# ---------------------------------------------------------------------------
# Small HTML builders. Every outlet gets its own furniture; text is escaped.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _render_blocks(paras: list[str], ad_after: int | None = None, also: str = "") -> str:
    out: list[str] = []
    for i, para in enumerate(paras):
        if para.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(_norm(para[3:]))}</h2>")
        elif para.startswith("> "):
            out.append(
                f"<blockquote class=\"pull-quote\"><p>{_e(_norm(para[2:]))}</p></blockquote>"
            )
        elif para.startswith("* "):
            items = re.split(r"\n\* ", para[2:])
            lis = "".join(f"<li>{_e(_norm(it))}</li>" for it in items)
            out.append(f"<ul class=\"inline-list\">{lis}</ul>")
        else:
            out.append(f"<p>{_e(_norm(para))}</p>")
        if ad_after is not None and i == ad_after:
            out.append(
                "<div class=\"ad ad-inarticle\" aria-label=\"Advertisement\">"
                "<span class=\"ad-label\">Advertisement</span>"
                "<div class=\"ad-slot\" data-slot=\"mid-article\"></div></div>"
            )
        if also and i == (ad_after or 0) + 2:
            out.append(f"<p class=\"also-read\"><strong>Also read:</strong> {also}</p>")
    return "\n".join(out)


def _live_updates(text: str, zone: str) -> str:
    """Paragraphs; a paragraph starting with '@@ HH:MM | Heading' opens a new update."""
    blocks: list[str] = []
    current: list[str] = []
    head = ""
    stamp = ""

    def flush() -> None:
        if stamp:
            inner = _render_blocks(current)
            blocks.append(
                f"<article class=\"live-update\" id=\"update-{stamp.replace(':', '')}\">"
                f"<div class=\"update-meta\"><time>{_e((stamp + ' ' + zone).strip())}</time>"
                f"<button class=\"share-update\">Share</button></div>"
                f"<h3>{_e(head)}</h3>\n{inner}</article>"
            )

    for para in _paragraphs(text):
        if para.startswith("@@ "):
            flush()
            stamp, _, head = para[3:].partition("|")
            stamp, head = stamp.strip(), _norm(head)
            current = []
        else:
            current.append(para)
    flush()
    return "\n".join(blocks)


def _head(site: dict, a: dict) -> str:
    url = "https://" + site["domain"] + a["path"]
    title = a.get("title") or f"{a['headline']} {site['sep']} {site['name']}"
    img = f"https://{site['img_host']}/{a['slug']}-1200x675.jpg"
    lines = [
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(title)}</title>",
        f"<meta name=\"description\" content=\"{_e(a['description'])}\">",
        f"<link rel=\"canonical\" href=\"{_e(url)}\">",
        f"<meta property=\"og:site_name\" content=\"{_e(site['name'])}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:title\" content=\"{_e(a.get('og_title', a['headline']))}\">",
        f"<meta property=\"og:description\" content=\"{_e(a['description'])}\">",
        f"<meta property=\"og:url\" content=\"{_e(url)}\">",
        f"<meta property=\"og:image\" content=\"{_e(img)}\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        f"<meta name=\"twitter:site\" content=\"@{site['handle']}\">",
    ]
    if a.get("authors") and site.get("meta_author"):
        lines.append(f"<meta name=\"author\" content=\"{_e(', '.join(a['authors']))}\">")
    mode = a["date_mode"]
    if mode == "meta":
        lines.append(f"<meta property=\"article:published_time\" content=\"{a['iso']}\">")
        if a.get("iso_mod"):
            lines.append(f"<meta property=\"article:modified_time\" content=\"{a['iso_mod']}\">")
        lines.append(f"<meta property=\"article:section\" content=\"{_e(a['section'])}\">")
    if mode == "jsonld":
        ld: dict = {
            "@context": "https://schema.org",
            "@type": a.get("ld_type", "NewsArticle"),
            "headline": a["headline"],
            "description": a["description"],
            "image": [img],
            "datePublished": a["iso"],
            "author": [{"@type": "Person", "name": n} for n in a.get("authors", [])],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": site["name"],
                "logo": {"@type": "ImageObject", "url": f"https://{site['domain']}/logo.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "articleSection": a["section"],
        }
        if a.get("iso_mod"):
            ld["dateModified"] = a["iso_mod"]
        if a.get("ld_type") == "LiveBlogPosting":
            ld["coverageStartTime"] = a["iso"]
        lines.append(
            "<script type=\"application/ld+json\">"
            + json.dumps(ld, ensure_ascii=False)
            + "</script>"
        )
    elif site.get("org_ld"):
        org = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": site["name"],
            "url": f"https://{site['domain']}/",
            "sameAs": [f"https://social.example/{site['handle']}"],
        }
        lines.append(
            "<script type=\"application/ld+json\">" + json.dumps(org) + "</script>"
        )
    lines.append(f"<link rel=\"stylesheet\" href=\"https://{site['static']}/css/main.min.css\">")
    lines.append(f"<link rel=\"icon\" href=\"https://{site['domain']}/favicon.ico\">")
    lines.append(
        f"<script async src=\"https://{site['static']}/js/bundle.min.js\"></script>"
    )
    return "\n".join(lines)


def _nav(site: dict, cls: str = "main-nav") -> str:
    items = "".join(
        f"<li><a href=\"https://{site['domain']}/{re.sub(r'[^a-z0-9]+', '-', n.lower())}/\">"
        f"{_e(n)}</a></li>"
        for n in site["nav"]
    )
    return f"<nav class=\"{cls}\" aria-label=\"Primary\"><ul>{items}</ul></nav>"


def _links(items: list[str], site: dict, cls: str, heading: str, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    lis = []
    for i, t in enumerate(items):
        slug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60]
        lis.append(
            f"<li><a href=\"https://{site['domain']}/story/{slug}-{i + 101}\">{_e(t)}</a></li>"
        )
    return (
        f"<aside class=\"{cls}\"><h2>{_e(heading)}</h2><{tag}>{''.join(lis)}</{tag}></aside>"
    )


def _share(style: str) -> str:
    if style == "icons":
        nets = ["Facebook", "X", "WhatsApp", "LinkedIn", "Email"]
        lis = "".join(
            f"<li><a class=\"share-{n.lower()}\" href=\"#\" aria-label=\"Share on {n}\">"
            f"<span class=\"icon\"></span></a></li>"
            for n in nets
        )
        return f"<ul class=\"share-bar\" aria-label=\"Share this article\">{lis}</ul>"
    nets = ["Share on X", "Share on Facebook", "Share via WhatsApp", "Copy link"]
    lis = "".join(f"<li><button type=\"button\">{n}</button></li>" for n in nets)
    return f"<div class=\"share-tools\"><span>Share</span><ul>{lis}</ul></div>"


def _figure(a: dict, site: dict) -> str:
    src = f"https://{site['img_host']}/{a['slug']}-860x484.jpg"
    return (
        f"<figure class=\"lead-image\"><img src=\"{_e(src)}\" alt=\"{_e(a['caption'])}\" "
        f"width=\"860\" height=\"484\" loading=\"eager\">"
        f"<figcaption><span class=\"caption\">{_e(a['caption'])}</span> "
        f"<span class=\"credit\">{_e(a['credit'])}</span></figcaption></figure>"
    )


def _consent(site: dict) -> str:
    text, yes, no = site["consent"]
    return (
        "<div id=\"consent-banner\" class=\"consent\" role=\"dialog\" "
        "aria-label=\"Cookie consent\">"
        f"<p>{_e(text)}</p><button class=\"accept\">{_e(yes)}</button>"
        f"<button class=\"manage\">{_e(no)}</button></div>"
    )


def _footer(site: dict) -> str:
    links = "".join(
        f"<li><a href=\"https://{site['domain']}/{re.sub(r'[^a-z0-9]+', '-', t.lower())}\">"
        f"{_e(t)}</a></li>"
        for t in site["footer_links"]
    )
    return (
        f"<footer class=\"site-footer\"><ul class=\"footer-links\">{links}</ul>"
        f"<p class=\"copyright\">{_e(site['copyright'])}</p></footer>"
    )


def _newsletter(site: dict) -> str:
    return (
        "<section class=\"newsletter-box\">"
        f"<h2>{_e(site['newsletter'][0])}</h2><p>{_e(site['newsletter'][1])}</p>"
        "<form action=\"/newsletter/subscribe\" method=\"post\">"
        "<input type=\"email\" name=\"email\" placeholder=\"Your email address\">"
        "<button type=\"submit\">Sign up</button></form>"
        "<p class=\"small\">You can unsubscribe at any time. See our privacy notice.</p>"
        "</section>"
    )


def _ad(label: str = "Advertisement", slot: str = "top") -> str:
    return (
        f"<div class=\"ad ad-{slot}\"><span class=\"ad-label\">{_e(label)}</span>"
        f"<div class=\"ad-slot\" data-slot=\"{slot}\"></div></div>"
    )


def _doc(site: dict, a: dict, body_cls: str, inner: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f"<html lang=\"{site['lang']}\">\n<head>\n{_head(site, a)}\n</head>\n"
        f"<body class=\"{body_cls}\">\n{inner}\n</body>\n</html>\n"
    )


def _tpl_wire(site: dict, a: dict) -> str:
    date = f"<div class=\"story-date\">{_e(a['visible_date'])}</div>" if a.get(
        "visible_date") else ""
    inner = "\n".join([
        "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>",
        "<header class=\"site-header\">"
        f"<a class=\"logo\" href=\"https://{site['domain']}/\">{_e(site['name'])}</a>"
        + _nav(site)
        + "<div class=\"header-tools\"><a href=\"/account/sign-in\">Sign in</a>"
        "<a class=\"btn-register\" href=\"/account/register\">Register</a></div></header>",
        _ad(slot="leaderboard"),
        "<main id=\"main\"><article class=\"story\">",
        "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><ol>"
        f"<li><a href=\"https://{site['domain']}/\">Home</a></li>"
        f"<li><a href=\"https://{site['domain']}/{a['section'].lower()}/\">"
        f"{_e(a['section'])}</a></li></ol></nav>",
        f"<h1 class=\"headline\">{_e(a['headline'])}</h1>",
        f"<div class=\"byline\">{_e(a['byline'])}</div>",
        date,
        _share("buttons"),
        _figure(a, site),
        "<div class=\"article-body\">",
        _render_blocks(_paragraphs(a["body"]), ad_after=4),
        "</div>",
        f"<p class=\"signoff\">{_e(a['signoff'])}</p>",
        f"<p class=\"standards\"><a href=\"https://{site['domain']}/about/standards\">"
        f"Our Standards: The {_e(site['name'])} Editorial Principles</a></p>",
        _links(a["related"], site, "read-next", "Read next"),
        "</article></main>",
        _links(a["most_read"], site, "most-read", "Most read", ordered=True),
        _consent(site),
        _footer(site),
    ])
    return _doc(site, a, "wire-story", inner)


def _tpl_paper(site: dict, a: dict) -> str:
    date = f"<p class=\"pubdate\">{_e(a['visible_date'])}</p>" if a.get("visible_date") else ""
    also = ""
    if a.get("also"):
        slug = re.sub(r"[^a-z0-9]+", "-", a["also"].lower()).strip("-")
        also = f"<a href=\"https://{site['domain']}/{slug}\">{_e(a['also'])}</a>"
    inner = "\n".join([
        "<div class=\"top-bar\"><a href=\"/epaper\">E-Paper</a> <a href=\"/subscribe\">"
        "Subscribe</a> <a href=\"/login\">Log in</a> <a href=\"/bangla\">Archive</a></div>",
        "<header class=\"masthead\">"
        f"<a class=\"brand\" href=\"https://{site['domain']}/\">{_e(site['name'])}</a>"
        f"<p class=\"tagline\">{_e(site['tagline'])}</p></header>",
        _nav(site, "section-nav"),
        f"<div class=\"ticker\"><span>Breaking</span> {_e(a['ticker'])}</div>",
        _ad(slot="billboard"),
        "<main><article class=\"news-detail\">",
        f"<p class=\"kicker\">{_e(a['section'])}</p>",
        f"<h1>{_e(a['headline'])}</h1>",
        f"<h2 class=\"standfirst\">{_e(a['description'])}</h2>",
        f"<div class=\"author-box\"><span class=\"author\">{_e(a['byline'])}</span></div>",
        date,
        _share("icons"),
        _figure(a, site),
        "<div class=\"article-body\">",
        _render_blocks(_paragraphs(a["body"]), ad_after=2, also=also),
        "</div>",
        "<div class=\"tags\">Topics: "
        + ", ".join(f"<a href=\"/topic/{_e(t.lower().replace(' ', '-'))}\">{_e(t)}</a>"
                    for t in a["tags"])
        + "</div>",
        _newsletter(site),
        "<section class=\"comments\"><h2>Comments</h2>"
        "<p>Comments are moderated and may take time to appear. "
        "Please read our community guidelines.</p></section>",
        "</article></main>",
        _links(a["related"], site, "related-news", "Related news"),
        _links(a["most_read"], site, "most-read", "Most read", ordered=True),
        _ad(slot="sidebar"),
        _consent(site),
        _footer(site),
    ])
    return _doc(site, a, "article-page", inner)


def _tpl_live(site: dict, a: dict) -> str:
    date = f"<p class=\"live-updated\">{_e(a['visible_date'])}</p>" if a.get(
        "visible_date") else ""
    kps = "".join(f"<li>{_e(k)}</li>" for k in a["key_points"])
    inner = "\n".join([
        "<header class=\"site-header\">"
        f"<a class=\"logo\" href=\"https://{site['domain']}/\">{_e(site['name'])}</a>"
        + _nav(site)
        + "<a class=\"btn-app\" href=\"/app\">Get the app</a></header>",
        _ad(slot="top"),
        "<main class=\"live-page\">",
        "<span class=\"live-badge\">LIVE</span>",
        f"<h1>{_e(a['headline'])}</h1>",
        f"<p class=\"standfirst\">{_e(a['description'])}</p>",
        f"<div class=\"byline\">{_e(a['byline'])}</div>",
        date,
        _share("icons"),
        _figure(a, site),
        "<div class=\"article-body\">",
        f"<section class=\"key-points\"><h2>Key points</h2><ul>{kps}</ul></section>",
        f"<p class=\"tz-note\">{_e(a['tz_note'])}</p>",
        _live_updates(a["body"], a["zone"]),
        "</div>",
        "<button class=\"load-more\">Load more updates</button>",
        _ad(slot="bottom"),
        _links(a["related"], site, "related", "Related stories"),
        "</main>",
        _links(a["most_read"], site, "trending", "Trending now", ordered=True),
        _newsletter(site),
        _consent(site),
        _footer(site),
    ])
    return _doc(site, a, "liveblog", inner)


def _tpl_local(site: dict, a: dict) -> str:
    recent = "".join(f"<li><a href=\"#\">{_e(t)}</a></li>" for t in a["most_read"])
    inner = "\n".join([
        "<div id=\"page\" class=\"site\">",
        "<header id=\"masthead\" class=\"site-header\">"
        f"<p class=\"site-title\"><a href=\"https://{site['domain']}/\" rel=\"home\">"
        f"{_e(site['name'])}</a></p>"
        f"<p class=\"site-description\">{_e(site['tagline'])}</p></header>",
        _nav(site, "main-navigation"),
        f"<div class=\"breaking-news\"><strong>Breaking News:</strong> {_e(a['ticker'])}</div>",
        "<div id=\"content\" class=\"site-content\"><main id=\"primary\">",
        f"<article class=\"post type-post category-{_e(a['section'].lower())}\">",
        "<header class=\"entry-header\">"
        f"<span class=\"cat-links\"><a href=\"#\">{_e(a['section'])}</a></span>"
        f"<h1 class=\"entry-title\">{_e(a['headline'])}</h1>"
        f"<div class=\"entry-meta\"><span class=\"byline\">{_e(a['byline'])}</span></div>"
        "</header>",
        _figure(a, site),
        "<div class=\"entry-content article-body\">",
        _render_blocks(_paragraphs(a["body"]), ad_after=3),
        "</div>",
        "<div class=\"sharedaddy\"><h3>Share this:</h3>" + _share("buttons") + "</div>",
        "<footer class=\"entry-footer\"><span class=\"tags-links\">Tagged "
        + ", ".join(f"<a href=\"#\" rel=\"tag\">{_e(t)}</a>" for t in a["tags"])
        + "</span></footer>",
        "</article>",
        "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a href=\"#\">"
        f"Previous: {_e(a['related'][0])}</a></div><div class=\"nav-next\"><a href=\"#\">"
        f"Next: {_e(a['related'][1])}</a></div></nav>",
        "</main>",
        "<aside id=\"secondary\" class=\"widget-area\">"
        "<section class=\"widget widget_search\"><form role=\"search\">"
        "<input type=\"search\" placeholder=\"Search\"><button>Search</button></form></section>"
        f"<section class=\"widget widget_recent_entries\"><h2>Recent Posts</h2><ul>{recent}</ul>"
        "</section>"
        f"<section class=\"widget\"><h2>Follow us</h2><p>{_e(site['follow'])}</p></section>"
        + _ad("Advertisement", "widget")
        + "</aside></div>",
        _consent(site),
        _footer(site),
        "</div>",
    ])
    return _doc(site, a, "single single-post", inner)


def _tpl_trade(site: dict, a: dict) -> str:
    rows = "".join(
        f"<tr><th scope=\"row\">{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in a["facts"]
    )
    date = f"<p class=\"meta-date\">{_e(a['visible_date'])}</p>" if a.get(
        "visible_date") else ""
    inner = "\n".join([
        "<div class=\"util-bar\"><a href=\"/login\">Log in</a> <a class=\"cta\" "
        "href=\"/subscribe\">Subscribe</a> <a href=\"/events\">Events</a> "
        "<a href=\"/data\">Data hub</a></div>",
        "<header class=\"brand-header\">"
        f"<a href=\"https://{site['domain']}/\" class=\"brand\">{_e(site['name'])}</a>"
        f"<span class=\"strap\">{_e(site['tagline'])}</span></header>",
        _nav(site, "sector-nav"),
        "<main><article class=\"content\">",
        f"<span class=\"label\">{_e(a['label'])}</span>",
        f"<h1>{_e(a['headline'])}</h1>",
        f"<p class=\"intro\">{_e(a['description'])}</p>",
        f"<div class=\"author\"><span class=\"name\">{_e(a['byline'])}</span></div>",
        date,
        _share("buttons"),
        _figure(a, site),
        f"<aside class=\"fact-box\"><h2>{_e(a['facts_title'])}</h2><table>{rows}</table>"
        "</aside>",
        "<div class=\"article-body\">",
        _render_blocks(_paragraphs(a["body"]), ad_after=5),
        "</div>",
        f"<div class=\"author-bio\"><p>{_e(a['bio'])}</p></div>",
        "</article></main>",
        _newsletter(site),
        _links(a["related"], site, "more-topic", "More on this topic"),
        _links(a["most_read"], site, "popular", "Most popular", ordered=True),
        "<section class=\"events-promo\"><h2>Events</h2>"
        f"<p>{_e(site['event'])}</p><a href=\"/events\">See all events</a></section>",
        _consent(site),
        _footer(site),
    ])
    return _doc(site, a, "article-template", inner)


_TEMPLATES = {
    "wire": _tpl_wire,
    "paper": _tpl_paper,
    "live": _tpl_live,
    "local": _tpl_local,
    "trade": _tpl_trade,
}


def _build(a: dict) -> dict:
    site = SITES[a["site"]]
    url = "https://" + site["domain"] + a["path"]
    return {"url": url, "html": _TEMPLATES[site["kind"]](site, a)}


def _site(name, domain, kind, nav, **kw) -> dict:
    handle = re.sub(r"[^A-Za-z]", "", name)[:15]
    base = {
        "name": name,
        "domain": domain,
        "kind": kind,
        "nav": nav,
        "sep": "|",
        "lang": "en",
        "handle": handle,
        "img_host": "images." + domain.removeprefix("www."),
        "static": "static." + domain.removeprefix("www."),
        "meta_author": False,
        "org_ld": False,
        "tagline": "",
        "follow": "Facebook, X, YouTube and WhatsApp channel",
        "event": "",
        "consent": (
            "We use cookies and similar technologies to run this site, measure traffic and "
            "show personalised advertising. You can change your choices at any time.",
            "Accept all",
            "Manage preferences",
        ),
        "newsletter": (
            "Get the morning briefing",
            "The stories that matter, in your inbox before breakfast.",
        ),
        "footer_links": ["About us", "Contact", "Advertise", "Privacy policy",
                         "Cookie settings", "Terms of use"],
        "copyright": f"Copyright {name}. All rights reserved.",
    }
    base.update(kw)
    return base


SITES = {
    "scwire": _site(
        "Subcontinent Wire", "www.scwire.example", "wire",
        ["World", "Business", "Markets", "Legal", "Technology", "Climate", "Sport"],
        meta_author=True,
        footer_links=["About Subcontinent Wire", "Careers", "Wire services", "Licensing",
                      "Privacy", "Cookies", "Accessibility", "Corrections"],
        copyright="Copyright Subcontinent Wire Ltd. All rights reserved.",
    ),
    "bbwire": _site(
        "Bengal Bay Wire", "bbwire.example", "wire",
        ["Bangladesh", "South Asia", "Business", "Economy", "Environment", "Opinion"],
        sep="-",
        consent=("This site uses cookies to deliver our services and to show you relevant "
                 "news and ads. By clicking Agree you consent to this use.",
                 "Agree", "Cookie settings"),
        footer_links=["Who we are", "Editorial policy", "Contact the newsroom",
                      "Subscribe to the wire", "Privacy", "Terms"],
        copyright="Bengal Bay Wire, Dhaka. Reproduction without permission is prohibited.",
    ),
    "dalalpulse": _site(
        "Dalal Pulse", "www.dalalpulse.example", "live",
        ["Markets", "Stocks", "Economy", "Mutual Funds", "Personal Finance", "IPO", "Tech"],
        meta_author=True,
        newsletter=("Market Opening Bell", "Pre-market cues and stocks to watch, weekdays."),
        footer_links=["About", "Contact", "Advertise with us", "Privacy Policy",
                      "Terms of Use", "Grievance Redressal", "Sitemap"],
        copyright="Copyright Pulse Digital Media Pvt Ltd. All rights reserved.",
    ),
    "cbwatch": _site(
        "CentralBankWatch Asia", "cbwatch-asia.example", "trade",
        ["Monetary policy", "Reserves", "Regulation", "FX", "Fintech", "People"],
        tagline="Intelligence on Asia-Pacific central banks",
        event="Asia Monetary Policy Forum: registration for the next edition is open.",
        newsletter=("The Policy Rate", "Our weekly digest of decisions across the region."),
        org_ld=True,
        copyright="CentralBankWatch Asia is published by Meridian Policy Media.",
    ),
    "nagarbarta": _site(
        "Nagar Barta", "nagarbarta.example", "live",
        ["Dhaka", "Politics", "Elections", "Transport", "Weather", "Opinion", "Video"],
        consent=("We use cookies to improve your experience on Nagar Barta. Read our cookie "
                 "policy to learn more.", "OK", "Cookie policy"),
        newsletter=("Dhaka Daily", "City news every evening."),
        copyright="Nagar Barta Digital. Editor and publisher: Nagar Barta Media Ltd.",
    ),
    "meghna": _site(
        "The Meghna Observer", "www.meghnaobserver.example", "paper",
        ["Home", "Bangladesh", "City", "Politics", "Business", "Sport", "Opinion", "Epaper"],
        tagline="Independent since 1994",
        copyright="The Meghna Observer. All rights reserved. Editor: Syed Anwarul Hoque.",
    ),
    "sapolls": _site(
        "South Asia Polls Monitor", "sapollsmonitor.example", "trade",
        ["Bangladesh", "India", "Sri Lanka", "Nepal", "Pakistan", "Data", "Methodology"],
        tagline="Elections, turnout and electoral data across the region",
        event="Webinar series: reading local election data in South Asia.",
        newsletter=("Ballot Brief", "Fortnightly analysis of elections in South Asia."),
        org_ld=True,
        copyright="South Asia Polls Monitor is an independent non-profit project.",
    ),
    "lexindia": _site(
        "LexIndia Live", "lexindialive.example", "live",
        ["Supreme Court", "High Courts", "Columns", "Law Firms", "Top Stories", "Know the Law"],
        consent=("LexIndia Live uses cookies for analytics and to keep you signed in.",
                 "I agree", "Learn more"),
        newsletter=("Court Digest", "Every important judgment, every evening."),
        copyright="LexIndia Live. All rights reserved.",
    ),
    "konkan": _site(
        "The Konkan Herald", "www.konkanherald.example", "paper",
        ["Home", "Raigad", "Ratnagiri", "Mumbai", "Maharashtra", "Business", "Sport"],
        tagline="The voice of the coast",
        copyright="The Konkan Herald, Alibag. Printed and published by Sagar Prakashan.",
    ),
    "portsasia": _site(
        "Ports & Shipping Asia", "portsshippingasia.example", "trade",
        ["Ports", "Container lines", "Dry bulk", "Tankers", "Logistics", "Finance"],
        tagline="Maritime business intelligence",
        event="South Asia Ports Summit, Mumbai: early-bird tickets available.",
        newsletter=("Port Call", "Daily maritime news from across Asia."),
        copyright="Ports & Shipping Asia. All rights reserved.",
    ),
    "apparel": _site(
        "Apparel Sourcing Asia", "apparelsourcingasia.example", "trade",
        ["Sourcing", "Markets", "Factories", "Sustainability", "Retail", "Data"],
        tagline="For buyers, brands and manufacturers",
        event="Dhaka Sourcing Forum: speaker line-up announced.",
        newsletter=("Sourcing Week", "What buyers need to know, every Monday."),
        copyright="Apparel Sourcing Asia. All rights reserved.",
    ),
    "chronicle": _site(
        "The Dhaka Chronicle", "www.dhakachronicle.example", "paper",
        ["Home", "Bangladesh", "Business", "World", "Sport", "Opinion", "Lifestyle"],
        tagline="Truth, without fear",
        sep="-",
        copyright="The Dhaka Chronicle. Editor: Mahfuza Rahman. All rights reserved.",
    ),
    "launchledger": _site(
        "Launch Ledger", "launchledger.example", "live",
        ["Launches", "Satellites", "Companies", "Policy", "Schedule", "Podcast"],
        consent=("We use essential cookies and, with your consent, analytics cookies.",
                 "Allow all", "Only essential"),
        newsletter=("Countdown", "Every launch from Asia, summarised."),
        copyright="Launch Ledger. Independent space journalism.",
    ),
    "tuttoday": _site(
        "Thoothukudi Today", "thoothukuditoday.example", "local",
        ["Home", "Thoothukudi", "Tiruchendur", "Kovilpatti", "Fisheries", "Port", "Events"],
        tagline="News from the pearl city and its coast",
        consent=("This website uses cookies. By continuing to use it you agree to their use.",
                 "Accept", "Read more"),
        copyright="Thoothukudi Today. Powered by a community newsroom.",
    ),
    "courierpost": _site(
        "The Madras Courier-Post", "www.madrascourierpost.example", "paper",
        ["Home", "Chennai", "Tamil Nadu", "India", "Science", "Business", "Sport"],
        tagline="Chennai's morning newspaper",
        copyright="The Madras Courier-Post. All rights reserved.",
    ),
    "surma": _site(
        "Surma Times", "surmatimes.example", "live",
        ["Sylhet", "Sunamganj", "Moulvibazar", "Habiganj", "Expatriates", "Sport"],
        consent=("Surma Times uses cookies to understand how readers use the site.",
                 "Accept", "Settings"),
        newsletter=("Sylhet Today", "Local news in your inbox."),
        copyright="Surma Times, Zindabazar, Sylhet.",
    ),
    "hillherald": _site(
        "Shillong Hill Herald", "hillherald.example", "local",
        ["Home", "Meghalaya", "Shillong", "Northeast", "Nation", "Sports", "Editorial"],
        tagline="Meghalaya's independent news site",
        follow="Find us on Facebook and Instagram",
        copyright="Shillong Hill Herald. All rights reserved.",
    ),
}


# ---------------------------------------------------------------------------
# cb-CE1 — Reserve Bank of India rate decision (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = dict(
    site="scwire",
    path="/business/finance/india-central-bank-cuts-repo-rate-to-5-trims-crr-2026-10-07/",
    slug="rbi-policy-oct-2026",
    section="Business",
    headline="India's central bank cuts repo rate to 5.00% in split vote, trims cash "
             "reserve ratio",
    title="India's central bank cuts repo rate to 5.00%, trims CRR | Subcontinent Wire",
    description="The Reserve Bank of India lowered its key lending rate by 25 basis points on "
                "Wednesday in a 4-2 vote, citing inflation well below its 4% target.",
    authors=["Aditi Narayanan", "Kunal Bhatia"],
    byline="By Aditi Narayanan and Kunal Bhatia",
    date_mode="jsonld",
    iso="2026-10-07T04:41:00Z",
    iso_mod="2026-10-07T07:10:00Z",
    visible_date="October 7, 2026 4:41 AM GMT. Updated 7:10 AM GMT",
    caption="Reserve Bank of India Governor Arvind Sethuraman arrives for the post-policy news "
            "conference at the central bank's headquarters in Mumbai.",
    credit="Subcontinent Wire/Harish Tandon",
    body="""
MUMBAI, Oct 7 (Subcontinent Wire) - The Reserve Bank of India cut its key repo rate by 25 basis
points to 5.00% on Wednesday, its first reduction since December 2025, as inflation stayed well
below target and the central bank shifted its focus to supporting growth.

The six-member monetary policy committee (MPC) voted 4-2 for the cut, Governor Arvind Sethuraman
said in a statement broadcast at 10:00 a.m. IST (0430 GMT). Two external members, Ramesh Iyengar
and Farhan Siddiqui, voted to keep the rate at 5.25%. The committee voted unanimously to keep
its policy stance at "neutral".

The RBI also cut the cash reserve ratio (CRR) - the share of deposits that lenders must keep
with the central bank - by 50 basis points to 3.5%, in two equal steps taking effect from the
fortnights beginning Nov. 14 and Nov. 28. Sethuraman said the move would release about 1.1
trillion rupees ($12.4 billion) of lendable funds into the banking system.

"Inflation has been below our 4% target for eight straight months, and the outlook gives us room
to support growth without compromising on price stability," Sethuraman said.

The decision surprised most economists. In a Subcontinent Wire poll conducted Sept. 28-Oct. 3,
27 of 42 economists had expected the MPC to hold the repo rate, while 15 forecast a
25-basis-point cut.

Annual retail inflation was 1.9% in August, up slightly from 1.6% in July but below the lower
end of the central bank's 2%-6% tolerance band for a third straight month. Core inflation, which
strips out volatile food and fuel prices and is not published officially, was about 4.1%,
according to economists' estimates.

The central bank lowered its inflation forecast for the fiscal year ending in March 2027 to 2.6%
from the 3.1% it projected in August, and raised its economic growth projection to 6.8% from
6.5%. India's economy grew 7.1% year-on-year in the April-June quarter.

With Wednesday's move, the RBI has lowered the repo rate by a cumulative 150 basis points since
February 2025, when it stood at 6.50%. The rate was 5.50% a year ago. The standing deposit
facility rate adjusts to 4.75%, and the marginal standing facility rate and the bank rate to
5.25%.

The benchmark 10-year government bond yield fell 6 basis points to 6.22% in early trade, while
the Nifty 50 share index rose as much as 1.1%. The rupee was little changed at 88.57 per dollar.

"The CRR cut is the bigger signal," said Priya Raghavan, chief economist at Westbay Securities
in Mumbai. "It tells you the RBI wants banks to pass on the cuts, not just admire them."

At its previous meeting, on Aug. 6, the committee voted 6-0 to keep the repo rate at 5.25%. The
next policy review is scheduled for Dec. 2-4.

At a news conference after the decision, Sethuraman said the committee would "remain watchful"
of food prices and the global outlook, and declined to say whether the easing cycle had further
to run. "We are not pre-committing to anything," he said.

Deputy Governor Meera Kulkarni told the same briefing that surplus liquidity in the banking
system had averaged about 2.3 trillion rupees in September.
""",
    signoff="Reporting by Aditi Narayanan and Kunal Bhatia in Mumbai; additional reporting by "
            "Tanvi Goel in New Delhi; Editing by Martin Okafor and Sonal Mehra",
    related=[
        "Sri Lanka's central bank holds policy rate at 7.75% as inflation edges up",
        "Bangladesh Bank keeps policy rate at 9.5%, signals easing in 2027",
        "Indian states' borrowing costs fall to 18-month low at weekly auction",
        "Analysis: Why India's food prices keep falling",
    ],
    most_read=[
        "Oil rises 2% after Gulf supply outage",
        "Indonesia's rupiah hits three-month high as central bank intervenes",
        "Japan's exports rise for fifth month in September",
        "Wall St futures edge higher ahead of jobs data",
        "Pakistan secures $1.2 billion in new bilateral loans",
    ],
)

_CB_LIVE = dict(
    site="dalalpulse",
    path="/markets/economy/rbi-policy-live-updates-repo-rate-mpc-decision-sethuraman-crr-cut",
    slug="rbi-policy-live-oct",
    section="Economy",
    headline="RBI Policy LIVE: MPC cuts repo rate by 25 bps to 5%, CRR lowered to 3.5%; "
             "Nifty, bond yields react",
    description="Catch all the live updates on the Reserve Bank of India's monetary policy "
                "decision, Governor Arvind Sethuraman's statement and the market reaction.",
    authors=["Neha Bhargava", "Rohit Deshmukh"],
    byline="By Neha Bhargava and Rohit Deshmukh | Dalal Pulse Markets Desk",
    date_mode="meta",
    iso="2026-10-07T08:15:00+05:30",
    iso_mod="2026-10-07T15:48:00+05:30",
    visible_date="Last updated: 15:48 IST",
    zone="IST",
    tz_note="All times are Indian Standard Time (IST). Newest updates first.",
    caption="Governor Arvind Sethuraman reads out the MPC resolution in Mumbai.",
    credit="Photo: RBI livestream screengrab",
    key_points=[
        "Repo rate cut by 25 basis points to 5.00%; stance kept at neutral",
        "MPC vote 4-2: external members Iyengar and Siddiqui favoured a pause",
        "CRR cut by 50 bps to 3.5% in two tranches, releasing about Rs 1.1 lakh crore",
        "FY27 CPI inflation forecast cut to 2.6%; GDP growth forecast raised to 6.8%",
    ],
    body="""
@@ 15:48 | Markets close: Nifty ends 0.8% higher, bank stocks lead

The Nifty 50 closed up 0.8% at 26,142.35 and the Sensex gained 0.7%. Bank stocks led the rally,
with the Nifty Bank index up 1.6% at the close, as traders bet that the CRR cut would lower
funding costs for lenders.

The benchmark 10-year government bond yield ended at 6.21%, down 7 basis points from Tuesday's
close of 6.28%. The rupee settled at 88.61 against the US dollar, compared with 88.55 in the
previous session.

@@ 12:40 | Kulkarni: CRR cut is about durable liquidity

Deputy Governor Meera Kulkarni said surplus liquidity in the banking system had averaged about
Rs 2.3 lakh crore in September, and that the CRR cut was meant "to lock in durable liquidity
ahead of festive and year-end credit demand". The first 25 bps tranche takes effect from the
fortnight beginning November 14 and the second from November 28.

@@ 12:10 | Governor: "Every meeting is live"

At the post-policy press conference, Governor Arvind K. Sethuraman said the committee would
"remain watchful" on food prices. Asked whether more cuts were coming, he said: "We are not
pre-committing to anything. Every meeting is live."

@@ 11:05 | Bankers, economists react

Rajiv Menon, managing director of Konkan Federal Bank, said the lender would take up its loan
pricing "at our asset-liability committee next week".

"With headline CPI at 1.9% and the real policy rate above 3%, the case for a cut was strong. The
surprise is the CRR," said Shalini Dutt, economist at Harbourline Capital.

@@ 10:20 | Markets cheer the surprise cut

The Nifty 50 is up 1.1% at about 26,220 and the Nifty Bank index is up 2%. The 10-year bond
yield is down 6 bps at 6.22%. Rate-sensitive real estate and auto stocks are among the top
gainers.

@@ 10:04 | How the MPC voted: 4-2

Governor Sethuraman, Deputy Governor Meera Kulkarni, Executive Director Sanjay Rawat and
external member Prof Nandita Bose voted for the cut. External members Dr Ramesh Iyengar and Prof
Farhan Siddiqui voted to keep the repo rate unchanged at 5.25%. All six members voted to retain
the neutral stance.

Projections: CPI inflation for 2026-27 is now seen at 2.6%, against 3.1% earlier. Real GDP
growth is projected at 6.8%, up from 6.5%.

@@ 10:00 | BREAKING: RBI cuts repo rate by 25 bps to 5%

Governor Sethuraman: "Inflation has been below our 4 per cent target for eight consecutive
months, and the outlook gives us the space to support growth without compromising price
stability." The standing deposit facility (SDF) rate now stands at 4.75%, and the marginal
standing facility (MSF) rate and bank rate at 5.25%. The CRR is being cut by 50 basis points to
3.5% of net demand and time liabilities.

@@ 09:40 | What the Street expects

Most economists expect a pause today, with the repo rate at 5.25% since December 2025. A
minority sees a 25 bps cut, given August CPI inflation of 1.9%, the third straight month below
the 2% lower end of the RBI's tolerance band. Watch also for any liquidity measures.

@@ 08:15 | Good morning

Welcome to our live coverage of the Reserve Bank of India's fourth bi-monthly monetary policy of
2026-27. The three-day MPC meeting began on Monday, and Governor Arvind Sethuraman will announce
the decision at 10 am. The committee last cut rates in December 2025; since then it has held the
repo rate at 5.25% at four straight meetings.
""",
    related=[
        "Home loan EMI calculator: what a 25 bps cut means on a Rs 50 lakh loan",
        "Sri Lanka's central bank holds policy rate at 7.75%",
        "Stocks to watch on Thursday: banks, realty, auto",
        "FPIs sold Rs 8,400 crore of Indian equities in September",
    ],
    most_read=[
        "Gold slips Rs 600 per 10 grams as dollar firms",
        "Pune EV maker Voltara files for Rs 4,000 crore IPO",
        "Sensex today: five factors that moved the market",
        "Fixed deposit rates: which banks may cut first",
    ],
)

_CB_TRADE = dict(
    site="cbwatch",
    path="/analysis/south-asia/rbi-split-vote-crr-cut-transmission-push",
    slug="rbi-split-vote-analysis",
    section="Monetary policy",
    label="Analysis",
    headline="RBI's split-vote cut: the CRR, not the repo, is the real story",
    description="The Reserve Bank of India surprised the market with a quarter-point cut, but "
                "the reserve-ratio move says more about where policy is heading.",
    authors=["Devika Srinivasan"],
    byline="Devika Srinivasan, Senior Analyst, South Asia",
    date_mode="none",
    caption="The Reserve Bank of India's headquarters on Mint Road, Mumbai.",
    credit="Image: CentralBankWatch Asia archive",
    facts_title="RBI decision at a glance",
    facts=[
        ("Policy repo rate", "5.00% (previous 5.25%)"),
        ("MPC vote on rate", "4-2"),
        ("MPC vote on stance", "6-0, neutral"),
        ("SDF / MSF", "4.75% / 5.25%"),
        ("Cash reserve ratio", "3.5% (from 4.0%, in two steps)"),
        ("CPI inflation, August", "1.9% y/y"),
        ("FY2026-27 CPI forecast", "2.6% (was 3.1%)"),
        ("FY2026-27 GDP forecast", "6.8% (was 6.5%)"),
    ],
    bio="Devika Srinivasan covers the Reserve Bank of India, the Central Bank of Sri Lanka and "
        "Bangladesh Bank for CentralBankWatch Asia.",
    body="""
The Reserve Bank of India's decision on Wednesday to lower the policy repo rate by a quarter of
a percentage point, to 5%, was less of a surprise to this desk than to most of the market.
Headline consumer price inflation has run below the 4% target for eight months and has now spent
three months under the lower edge of the 2-6% tolerance band. The 1.9% print for August left the
real policy rate above 3%, higher than most members of the committee have said they consider
appropriate.

What stands out is the split. The vote was 4-2, with two of the three external members, Dr
Ramesh Iyengar and Prof Farhan Siddiqui, preferring to hold. Prof Nandita Bose sided with the
three RBI members: Governor Arvind Sethuraman, Deputy Governor Meera Kulkarni and Executive
Director Sanjay Rawat. The stance vote was unanimous for "neutral". At the August meeting, by
contrast, the committee was unanimous in holding the rate at 5.25%.

## The reserve-ratio lever

The cash reserve ratio cut, from 4% to 3.5% of net demand and time liabilities in two
25-basis-point steps, will release roughly Rs 1.1 lakh crore, or about $12.4 billion at current
exchange rates. Deputy Governor Kulkarni framed it as a way to "lock in durable liquidity"
before the festive and year-end credit season. That matters because transmission has been
patchy: by our count, the weighted average lending rate on fresh rupee loans has fallen only
about 95 basis points since February 2025, against 125 basis points of repo cuts up to this
week.

The MPC now expects CPI inflation to average 2.6% in 2026-27, down from the 3.1% it projected in
August, with the quarterly path rising towards 4% in the first half of 2027-28 as favourable
base effects fade. The growth forecast was raised to 6.8% from 6.5%, following first-quarter GDP
growth of 7.1%.

## Reading the dissent

Core inflation, which the RBI does not publish but which private economists estimate at around
4.1%, is the counter-argument the two dissenters are likely to lean on when the minutes are
released on October 21. Iyengar has argued in previous minutes that the food-price slump behind
the low headline figure is transient. Food inflation was negative in August, at -1.2%, with
vegetable prices down 14% from a year earlier. If the glut reverses, headline inflation could
climb quickly.

Siddiqui's concern has been external. The rupee, at around 88.6 to the dollar, is close to its
weakest level on record, and a narrower interest-rate gap with the United States could add
pressure on it.

Governor Sethuraman, asked at his press conference whether the easing cycle had further to run,
would say only that the committee was "not pre-committing". We read that as a door left ajar
rather than closed.

## What next

Our base case is one more quarter-point cut at the December 2-4 meeting if the October and
November inflation prints stay below 3%. A year ago, in October 2025, the repo rate stood at
5.50%; this week's move takes cumulative easing since February 2025 to 150 basis points.

For banks, the arithmetic is straightforward. The CRR release is cheap funding, and deposit
rates are already falling. Rajiv Menon, managing director of Konkan Federal Bank, told us the
bank's asset-liability committee would take up lending rates next week. Most mid-sized lenders
we spoke to expect to cut their one-year marginal cost of funds-based lending rate by 10 to 15
basis points before the end of October.
""",
    related=[
        "Central Bank of Sri Lanka: steady at 7.75%, but the minutes lean dovish",
        "Bangladesh Bank's policy rate at 9.5%: how long can it hold?",
        "People: RBI names new executive director for financial markets",
    ],
    most_read=[
        "Bank Indonesia surprises with 50bp cut",
        "Reserve Bank of Australia minutes: the case for patience",
        "Philippine central bank delays digital peso pilot",
    ],
)

CB_STORY = {
    "id": "cb-CE1",
    "part": "CE",
    "domain": "central bank",
    "fetched": "2026-10-09",
    "articles": [_build(_CB_WIRE), _build(_CB_LIVE), _build(_CB_TRADE)],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-CE2 — Dhaka North City Corporation mayoral election (3 PLANTED)
# ---------------------------------------------------------------------------

_EL_WIRE = dict(
    site="bbwire",
    path="/news/bangladesh/dhaka-north-elects-first-woman-mayor-chowdhury-20260917",
    slug="dncc-mayor-result",
    section="Bangladesh",
    headline="Farhana Kabir Chowdhury elected Dhaka North's first woman mayor",
    description="Architect and former councillor wins the Dhaka North City Corporation poll "
                "with 48.8% of valid votes as turnout rises to about 37%.",
    authors=["Nusrat Jahan"],
    byline="Nusrat Jahan, Bengal Bay Wire",
    date_mode="jsonld",
    iso="2026-09-17T20:06:00Z",
    visible_date="17 Sep 2026, 20:06 GMT",
    caption="Supporters of Farhana Kabir Chowdhury celebrate outside her campaign office in "
            "Banani after the result was announced.",
    credit="BBW photo / Sajid Hossain",
    body="""
DHAKA, Sept 17 (BBW) - Architect and former ward councillor Farhana Kabir Chowdhury has been
elected mayor of the Dhaka North City Corporation (DNCC), becoming the first woman to lead the
northern half of the capital, according to results announced early on Friday local time.

Returning officer Rezaul Haque Bhuiyan declared the result at 19:40 GMT on Thursday (01:40 on
Friday in Dhaka) at the Election Commission's headquarters in Agargaon, after returns from all
1,349 polling centres had been compiled.

Chowdhury, 47, the candidate of the Jatiya Nagorik Forum (JNF), won 412,386 votes, defeating
Mahbubul Alam Siddiqui of the Gonotantrik Unnayan Jote (GUJ) by 48,042 votes. Five other
candidates shared the remaining 61,220 valid votes. Chowdhury's share of the valid vote was
48.8%.

Turnout was 36.97% of the 2,311,570 registered voters, the Election Commission said, well above
the 25.3% recorded at the previous mayoral election in February 2020. Some 9,146 ballots were
rejected.

"This victory belongs to every resident who stood in line in the heat today," Chowdhury told
supporters outside her campaign office in Banani. "The work starts in the morning: drains,
buses, and air we can breathe."

Siddiqui did not concede. His campaign said it would challenge the results from 14 polling
centres before the election tribunal, alleging that its polling agents had been forced out and
that counting at those centres had been irregular.

Chief Election Commissioner Mohammad Shafiqul Karim said voting had been "largely peaceful",
although it was suspended at two centres in Ward 37 for about 50 minutes after a scuffle between
rival supporters. Police said 11 people were detained.

About 18,400 police, Border Guard Bangladesh and Ansar personnel were deployed across the 54
wards of the corporation, which is home to an estimated six million people. Polling ran from 8
a.m. to 4 p.m. and was declared a public holiday within the city corporation area.

The vote was the first city-level election in Dhaka since the national parliamentary election in
February, and analysts had watched it as a test of the governing coalition's hold on urban
voters. Siddiqui's alliance is a junior partner in that coalition, while the JNF, founded in
2023 by civic activists and professionals, has no seats in parliament.

Chowdhury, who trained as an architect at the Bangladesh University of Engineering and
Technology, represented Ward 19 on the city council from 2021. She campaigned on flood drainage,
bus lanes and air quality, pledging to clear the city's clogged canals before next year's
monsoon.

The mayor serves a five-year term. Chowdhury is expected to be sworn in once the Election
Commission publishes the result in the official gazette.
""",
    signoff="Reporting by Nusrat Jahan; additional reporting by Arif Mahmud; editing by "
            "Paul Mercer",
    related=[
        "Chattogram council by-election: turnout 22%, ruling alliance holds seat",
        "Dhaka metro line extension to open in December, officials say",
        "Bangladesh's exports rise 6.4% in August",
    ],
    most_read=[
        "Taka steady at 122.30 per dollar on interbank market",
        "Cyclone watch lifted for coastal districts",
        "Remittances hit $2.9 billion in August",
        "Padma bridge toll income crosses Tk 3,000 crore",
    ],
)

_EL_LIVE = dict(
    site="nagarbarta",
    path="/live/dncc-election-2026-voting-counting-results-live-updates",
    slug="dncc-election-live",
    section="Elections",
    headline="DNCC election LIVE: Farhana Kabir Chowdhury wins mayoral race, Siddiqui to "
             "go to tribunal",
    description="Live updates from polling day and the overnight count in the Dhaka North City "
                "Corporation mayoral and council elections.",
    authors=["Nagar Barta Desk"],
    byline="Nagar Barta Desk, with reporting from Uttara, Mirpur, Gulshan and Agargaon",
    date_mode="meta",
    iso="2026-09-17T07:45:00+06:00",
    iso_mod="2026-09-18T02:25:00+06:00",
    visible_date="Live. Updated 02:25, 18 September (Dhaka time)",
    zone="BST",
    tz_note="All times are Bangladesh Standard Time (GMT+6). Latest updates at the top.",
    caption="Voters queue outside a polling centre in Mirpur.",
    credit="Photo: Nagar Barta / Tanvir Ahmed",
    key_points=[
        "Farhana Kabir Chowdhury (JNF) declared mayor-elect with 412,386 votes",
        "Mahbubul Alam Siddiqui (GUJ) polled 371,904 and will challenge 14 centres",
        "Turnout 36.97%, up from 25.3% in 2020",
        "Voting halted for about 50 minutes at two Ward 37 centres",
    ],
    body="""
@@ 02:25 | Siddiqui: "We will go to the tribunal"

Mahbubul Alam Siddiqui, speaking to reporters at his campaign office in Mohakhali, said his
alliance would challenge the results from 14 centres. "We accept the people's verdict where the
people were allowed to give it," he said.

@@ 02:15 | Mayor-elect thanks voters

"This win belongs to every resident who queued in the heat," Farhana Kabir Chowdhury told a
crowd of supporters in Banani. She said her first meeting as mayor-elect would be with the
city's drainage engineers.

@@ 01:40 | OFFICIAL: Chowdhury declared winner

Returning officer Rezaul Haque Bhuiyan has announced the unofficial final result at Nirbachan
Bhaban. Farhana Kabir Chowdhury (Jatiya Nagorik Forum, kite symbol): 412,386 votes. Mahbubul
Alam Siddiqui (Gonotantrik Unnayan Jote, lamp symbol): 371,904 votes. The margin is 40,482
votes. The other five candidates together received 61,220 votes.

Turnout: 36.97%. Rejected ballots: 9,146.

@@ 00:05 | Results from 1,102 of 1,349 centres

Chowdhury 338,910, Siddiqui 305,877. The gap is holding at a little over 33,000 votes.
Siddiqui's agents have walked out of the results hall in protest over returns from centres in
Wards 2 and 5.

@@ 21:30 | Early lead for Chowdhury

With results in from 612 of 1,349 centres, Chowdhury has 188,240 votes and Siddiqui 179,115.

@@ 18:10 | EC: provisional turnout around 35%

Election Commission Secretary Akhtaruzzaman Hawlader told reporters that provisional turnout was
"around 35 per cent", cautioning that the figure would change once all centres had reported.

@@ 16:00 | Polls close

Voting has ended. Voters who were already inside centres at 4pm are being allowed to cast their
ballots. Counting starts at each centre.

@@ 13:20 | Voting resumes in Ward 37

Voting has resumed at two centres in Ward 37 after a suspension of about 50 minutes that
followed a scuffle between supporters of the two main candidates. Police say 11 people have been
detained. Chief Election Commissioner Mohammad Shafiqul Karim said the situation elsewhere was
"largely peaceful".

@@ 11:00 | Slow start, then queues

Turnout was thin in the first two hours, but by 11am queues had formed at centres in Uttara,
Mirpur and Badda, many of them of women voters. Presiding officers in Gulshan reported steady
voting.

@@ 07:45 | Good morning

Voting in the Dhaka North City Corporation election runs from 8am to 4pm today, Thursday. A
total of 2,311,570 voters are registered across 54 wards and 1,349 polling centres, and seven
candidates are standing for mayor. About 18,400 members of the police, BGB and Ansar are on
duty. Follow this page for updates through the day and the overnight count.
""",
    related=[
        "Who is Farhana Kabir Chowdhury? Architect, councillor, mayor-elect",
        "DNCC councillor results: ward-by-ward list",
        "Traffic diversions on Mirpur Road lifted",
    ],
    most_read=[
        "Metro rail services to run late on Friday",
        "Dengue cases in Dhaka cross 9,000 for the year",
        "Rain likely in Dhaka over the weekend",
    ],
)

_EL_PAPER = dict(
    site="meghna",
    path="/city/how-farhana-kabir-chowdhury-took-dhaka-north",
    slug="dncc-analysis-chowdhury",
    section="City",
    headline="How Farhana Kabir Chowdhury took Dhaka North",
    description="Ward-level returns show the mayor-elect built her margin in Uttara, Banani and "
                "Gulshan while holding her own in Mirpur.",
    authors=["Tanzila Rahman"],
    byline="Tanzila Rahman, Staff Correspondent",
    date_mode="visible",
    visible_date="Saturday, September 19, 2026 | Print edition",
    ticker="Dhaka South mayor orders audit of waste contracts",
    also="DNCC councillor results: the full list",
    tags=["DNCC election", "Dhaka", "Local government", "Election Commission"],
    caption="Mayor-elect Farhana Kabir Chowdhury at her campaign office in Banani on Friday.",
    credit="Photo: Observer / Mahmud Hasan",
    body="""
When the returning officer finally read out the numbers in the small hours of Friday, the hall
at Nirbachan Bhaban fell briefly silent before Farhana Kabir Chowdhury's supporters began to
chant. The architect-turned-councillor had won the Dhaka North mayoralty by 40,482 votes, and
with it a place in the city's history as its first woman mayor.

Wednesday's election, held on 17 September, drew 36.97 per cent of the city corporation's 2.31
million registered voters. That is modest by national standards, but a sharp rise from the 25.3
per cent who voted in the 2020 mayoral poll.

Chowdhury polled 412,386 votes against 371,904 for Mahbubul Alam Siddiqui of the Gonotantrik
Unnayan Jote, or nearly 49 per cent of valid votes against 44 per cent.

## Where the votes came from

An Observer analysis of centre-level returns shows Chowdhury won 33 of the 54 wards. She ran up
large margins in Uttara, Banani and Gulshan, where turnout among women was the highest in the
city, while Siddiqui carried most of Mirpur and the eastern wards along the Balu river.

"She did not need to win Mirpur; she needed to lose it narrowly, and she did," said Dr Nasreen
Akhter, who teaches urban politics at Jahangirnagar University. "Siddiqui's coalition assumed
that the national result in February would carry over to the city. City voters had other
priorities: flooding, traffic and air."

Women made up 49.2 per cent of the registered electorate, according to Election Commission
figures. Polling officers in several northern wards said women outnumbered men in the queues for
much of the afternoon.

## A challenge, and a deadline

Siddiqui's alliance has said it will petition the election tribunal over results from 14
centres. On Friday his campaign secretary, Kamrul Ahsan, said the petition would be filed
"within the legal time limit", adding that the alliance did not dispute the result as a whole.

Voting was suspended at two centres in Ward 37 for about 50 minutes after a scuffle, and police
detained 11 people. Chief Election Commissioner Mohammad Shafiqul Karim described polling as
"largely peaceful".

Chowdhury, 47, has represented Ward 19 since 2021. Her campaign promised to clear clogged
canals, build protected bus lanes on two arterial roads, and publish air-quality data for every
ward. She will take office once the result is gazetted.

"This victory belongs to every resident who stood in line in the heat," she told supporters on
Friday morning. Asked about her first priority, she said it would be meeting the city's drainage
engineers "before the next heavy rain, not after it".

The Jatiya Nagorik Forum was founded in 2023 and holds no seats in parliament. Its victory in
the capital's richer northern half is likely to be studied closely by the larger parties ahead
of the Dhaka South City Corporation election, which is due next year.
""",
    related=[
        "Editorial: A mandate for drains, not slogans",
        "Dhaka South mayor orders audit of waste contracts",
        "EC to review polling centre security after Ward 37 scuffle",
    ],
    most_read=[
        "Fuel prices unchanged for October, says energy division",
        "Bangladesh beat Sri Lanka by 5 wickets in Colombo",
        "Hilsa export window to open for Durga Puja",
        "Jamuna rail bridge freight trial completed",
    ],
)

_EL_TRADE = dict(
    site="sapolls",
    path="/bangladesh/dncc-mayoral-election-result-turnout-analysis",
    slug="dncc-turnout-analysis",
    section="Bangladesh",
    label="Data analysis",
    headline="Dhaka North: turnout recovers, but the margin tells a cautionary tale",
    description="Turnout in the Dhaka North City Corporation election rose by nearly 12 "
                "percentage points on 2020. We look at what the numbers do and do not show.",
    authors=["Leena Mathew"],
    byline="Analysis by Leena Mathew",
    date_mode="none",
    caption="Ballot boxes being sealed at a polling centre in Uttara.",
    credit="Image: South Asia Polls Monitor",
    facts_title="DNCC mayoral result",
    facts=[
        ("Farhana Kabir Chowdhury (JNF)", "412,386 (48.8%)"),
        ("Mahbubul Alam Siddiqui (GUJ)", "371,904 (44.0%)"),
        ("Five other candidates", "61,220 (7.2%)"),
        ("Valid votes", "845,510"),
        ("Rejected ballots", "9,146"),
        ("Registered voters", "2,311,570"),
        ("Turnout", "36.97%"),
    ],
    bio="Leena Mathew is a senior analyst at South Asia Polls Monitor, where she covers local "
        "elections in Bangladesh and eastern India.",
    body="""
The Election Commission's returning officer declared Farhana Kabir Chowdhury the winner of the
Dhaka North City Corporation mayoral election at 02:40 local time on Friday, 18 September, after
a count that ran through the night. Her margin over Mahbubul Alam Siddiqui was 40,482 votes out
of 845,510 valid votes cast.

## Turnout: a recovery, from a low base

Turnout reached 36.97% of the 2,311,570 registered voters. That compares with 25.3% at the 2020
mayoral election, an increase of 11.7 percentage points. Provisional figures released by the
Election Commission at 18:10 on polling day had put turnout at around 35%. The final figure is
higher because returns from late-reporting centres, mostly in the larger northern wards, were
added overnight.

The improvement is real, but it should not be overstated. Nearly two in every three registered
voters still stayed at home, and the rise is concentrated in the wards where Chowdhury did best.
That suggests a mobilisation effect for one campaign rather than a general revival of interest
in city elections.

## The margin

Chowdhury's margin amounts to 4.8 percentage points of the valid vote: 48.8% against 44.0%. The
five other candidates together took 7.2%. Rejected ballots numbered 9,146, or 1.07% of all
ballots cast, which is in line with recent local elections.

Siddiqui's alliance says it will challenge returns from 14 centres before the election tribunal.
Even if every one of those centres were annulled, the arithmetic would not change: together they
recorded 21,760 valid votes, about half the margin.

The councillor races point the same way, though less strongly. Candidates endorsed by the JNF
won 21 of the 54 general ward seats, fewer than Chowdhury's tally of wards carried in the
mayoral race, which suggests a good number of voters split their ballots between a JNF mayor and
a councillor from another party.

## Where the caution lies

Three points are worth bearing in mind. First, the count at the 1,349 centres was done by hand,
and the Election Commission has not yet published centre-level returns in machine-readable form.
Second, voting was suspended at two centres in Ward 37 for about 50 minutes after a scuffle; the
Commission has not said whether voting time was extended there. Third, the 18,400 security
personnel deployed on the day represent one of the largest deployments for a city election in
Bangladesh, which makes comparisons with 2020 imperfect.

Chief Election Commissioner Mohammad Shafiqul Karim called the polls "largely peaceful". Our
observers at 40 centres across 12 wards recorded no serious incidents outside Ward 37, though
agents of both main candidates complained about being kept outside counting rooms for short
periods.

The full centre-level data, once published, will allow a proper test of whether the turnout gain
came mainly from women voters, as polling officers reported anecdotally. We will update this
analysis when it is available, and we will also publish our observers' full checklist results
for the 40 centres they visited.
""",
    related=[
        "Sri Lanka provincial council polls: what the turnout data show",
        "West Bengal municipal elections: a data explainer",
        "Methodology: how we count observer reports",
    ],
    most_read=[
        "Nepal's local by-elections: turnout at 58%",
        "Pakistan's Senate elections: a seat-by-seat guide",
        "India's assembly polls calendar for 2027",
    ],
)

EL_STORY = {
    "id": "el-CE2",
    "part": "CE",
    "domain": "election",
    "fetched": "2026-09-20",
    "articles": [_build(_EL_WIRE), _build(_EL_LIVE), _build(_EL_PAPER), _build(_EL_TRADE)],
    "planted": [
        ("polling day weekday (Thursday 17 Sept; The Meghna Observer says Wednesday)",
         r"\bthursday\b", r"\bwednesday\b"),
        ("time the result was declared (01:40 local; South Asia Polls Monitor says 02:40)",
         r"\b0?1[:.]40\b", r"\b0?2[:.]40\b"),
        ("winning margin (40,482 votes; Bengal Bay Wire says 48,042)",
         r"\b40,?482\b", r"\b48,?042\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-CE3 — Supreme Court of India, Maharashtra coastal reclamation law (3 PLANTED)
# ---------------------------------------------------------------------------

_CT_WIRE = dict(
    site="scwire",
    path="/world/india/india-top-court-upholds-maharashtra-coastal-reclamation-law-2026-07-14/",
    slug="sc-coastal-reclamation",
    section="Legal",
    headline="India's Supreme Court upholds Maharashtra coastal reclamation law in split verdict",
    description="A five-judge bench ruled 3-2 that the 2024 law is valid but ordered "
                "compensation for fishing communities and struck down a retrospective clause.",
    authors=["Rhea Kapoor"],
    byline="By Rhea Kapoor",
    date_mode="meta",
    iso="2026-07-14T06:12:00Z",
    visible_date="July 14, 2026 6:12 AM GMT",
    caption="Fishing boats moored at Rewas on the Raigad coast, south of Mumbai.",
    credit="Subcontinent Wire/Prashant Waydande",
    body="""
NEW DELHI, July 14 (Subcontinent Wire) - India's Supreme Court on Tuesday upheld a Maharashtra
law that allows the state to reclaim up to 1,240 hectares of coastal land for port expansion,
but ordered the state to pay 48 billion rupees ($550 million) to affected fishing communities
and struck down a clause that retrospectively validated earlier reclamation permits.

A five-judge Constitution Bench ruled 3-2 in favour of the Maharashtra Coastal Land Reclamation
and Port Development Act, 2024. Justice Kavita Raghunathan wrote the majority opinion, joined by
Justices Sanjay Dhariwal and Arun Mehrotra. Justices Imtiaz Qureshi and P.S. Venkatachalam
dissented.

All five judges agreed that Section 14 of the law, which validated reclamation permits issued
between 2019 and 2023 without fresh environmental clearance, was unconstitutional.

The court directed the state to deposit the compensation into a dedicated fund within 30 days
and to complete a fresh cumulative environmental impact assessment within six months. No new
reclamation may begin until the assessment is done.

"Development of ports is a legitimate public purpose, but the State cannot legislate away the
livelihoods it displaces," Raghunathan wrote.

In his dissent, Qureshi wrote that the coast was "not empty land waiting to be filled" but "a
commons held in trust for those who live by it".

The law was challenged in 23 petitions, led by a fishermen's cooperative from Raigad district,
which said it would hurt the livelihoods of about 38,000 fishing families. The Bombay High Court
dismissed the challenge in March 2025. In August that year a three-judge bench of the Supreme
Court referred the case to a larger bench, and hearings before the Constitution Bench lasted 11
days before ending on Feb. 12.

The ruling clears the way for Konkan Gateway Ports Ltd's planned 215-billion-rupee ($2.5
billion) container terminal off the Raigad coast, south of Mumbai, once the new environmental
assessment is complete. Reclamation work for the project was halted by an interim order in 2025.

Shares of Konkan Gateway rose as much as 6.1% in Mumbai after the verdict.

Maharashtra Advocate General Vikram Salunkhe told reporters outside the court that the state
would "comply fully" with the compensation order.

Rohini Deshpande, senior counsel for the petitioners, said: "We lost the larger battle, but the
court has made the state pay for what it takes."

India has been expanding port capacity on its west coast to handle growing container traffic,
and the government has backed several large terminal projects in Maharashtra and Gujarat.
Environmental groups say reclamation along the Konkan coast has already destroyed mangroves and
breeding grounds for fish.
""",
    signoff="Reporting by Rhea Kapoor in New Delhi; additional reporting by Aditi Narayanan "
            "in Mumbai; Editing by Martin Okafor",
    related=[
        "India's top court to hear challenge to Goa mining lease renewals next month",
        "Maharashtra approves Rs 12,000 crore coastal road extension",
        "Explainer: How India's Constitution Benches work",
    ],
    most_read=[
        "Monsoon rains 7% above normal so far, weather office says",
        "Sri Lanka signs port deal with Japanese consortium",
        "Bangladesh garment workers' wage board to meet",
        "Indian refiners step up purchases of West African crude",
    ],
)

_CT_LIVE = dict(
    site="lexindia",
    path="/supreme-court/live-updates-constitution-bench-maharashtra-coastal-reclamation-act",
    slug="sc-reclamation-live",
    section="Supreme Court",
    ld_type="LiveBlogPosting",
    headline="LIVE | Supreme Court Constitution Bench delivers verdict on Maharashtra Coastal "
             "Reclamation Act",
    description="Live updates as a five-judge Constitution Bench pronounces judgment in the "
                "challenge to the Maharashtra Coastal Land Reclamation and Port Development Act.",
    authors=["Aakriti Sen", "Mohit Rawal"],
    byline="Aakriti Sen and Mohit Rawal",
    date_mode="jsonld",
    iso="2026-07-14T09:45:00+05:30",
    iso_mod="2026-07-14T13:30:00+05:30",
    zone="IST",
    tz_note="Timestamps are in IST. Scroll down for the background to the case.",
    caption="The Supreme Court of India, New Delhi.",
    credit="File photo: LexIndia Live",
    key_points=[
        "Constitution Bench upholds the Maharashtra Coastal Land Reclamation Act, 2024",
        "Section 14 (retrospective validation of permits) struck down unanimously",
        "Rs 4,800 crore to be deposited for affected fishing families",
        "Fresh cumulative environmental impact assessment within six months",
    ],
    body="""
@@ 13:30 | Summing up

To sum up: the Constitution Bench has upheld the 2024 Act by a 4-1 majority, struck down Section
14 unanimously and directed the State to deposit Rs 4,800 crore in a dedicated fund within 90
days. Our detailed report on the judgment will follow once the full text is uploaded.

@@ 12:05 | Petitioners react

Senior Advocate Rohini Deshpande, who argued for the lead petitioner, told LexIndia Live outside
Court 1: "We have lost the larger battle, but the Court has made the State pay for what it
takes."

Advocate General Vikram Salunkhe said Maharashtra would "comply fully".

@@ 11:15 | Konkan Gateway shares jump

Shares of Konkan Gateway Ports Ltd, which is building a container terminal on land to be
reclaimed under the Act, are up 6.1% at Rs 412.40 on the NSE.

@@ 11:00 | The directions

The Court's directions: Rs 4,800 crore to be deposited in a dedicated Coastal Livelihood Fund
within 90 days; a fresh cumulative environmental impact assessment of the entire reclamation
zone within six months; no fresh reclamation until the assessment is completed; and a
three-member monitoring committee headed by a retired High Court judge to oversee disbursement.

@@ 10:52 | Justice Qureshi's dissent

Justice Imtiaz Ahmed Qureshi reads the operative portion of his dissenting opinion: "The coast
is not empty land waiting to be filled. It is a commons, held in trust for those who live by
it." He would have struck down the Act in its entirety.

@@ 10:41 | Section 14 struck down

All five judges agree that Section 14, which retrospectively validated reclamation permits
issued between 2019 and 2023 without fresh environmental clearance, is unconstitutional.

@@ 10:34 | Majority upholds the Act

Justice Kavita Raghunathan, reading out the conclusions of the majority: "Development of ports
is a legitimate public purpose. But the State cannot legislate away the livelihoods it
displaces." The majority holds that the Act does not violate Articles 14, 19(1)(g) or 21.

@@ 10:30 | Bench assembles

The bench of Justices Arun Mehrotra, Kavita Raghunathan, Sanjay Dhariwal, Imtiaz Ahmed Qureshi
and P.S. Venkatachalam has assembled in Court 1. Justice Mehrotra announces that there are two
judgments: one authored by Justice Raghunathan and one by Justice Qureshi.

@@ 09:45 | Background

The Constitution Bench reserved its verdict on February 12 after 11 days of hearings in a batch
of 23 petitions, led by the Koliwada Matsyavyavsay Sahakari Sanstha, a fishermen's cooperative
from Raigad. The Act allows the State to reclaim up to 1,240 hectares of coastal land for port
development. The Bombay High Court had dismissed the challenge in March 2025, and a three-judge
bench of the Supreme Court referred the matter to a Constitution Bench in August 2025.

The petitioners argued that the Act extinguishes the customary rights of traditional fishing
communities without adequate compensation and bypasses the Coastal Regulation Zone framework.
The State argued that port expansion is a matter of national economic importance and that the
Act provides for resettlement.
""",
    related=[
        "Supreme Court to hear pleas on Great Nicobar project next week",
        "Bombay High Court: CRZ clearance mandatory for slum redevelopment on coast",
        "Explained: What is a Constitution Bench?",
    ],
    most_read=[
        "Supreme Court collegium recommends five names for High Courts",
        "Delhi High Court on online gaming rules",
        "Law firm hires: partner moves this week",
    ],
)

_CT_PAPER = dict(
    site="konkan",
    path="/raigad/relief-anger-raigad-koliwadas-supreme-court-verdict-reclamation-law",
    slug="raigad-koliwada-verdict",
    section="Raigad",
    headline="Relief, anger in Raigad's koliwadas after SC verdict on reclamation law",
    description="Fishing families say compensation is welcome but the sea cannot be bought, "
                "as the port developer's shares rise.",
    authors=["Sneha Patil"],
    byline="Sneha Patil | Alibag",
    date_mode="visible",
    visible_date="Wednesday, July 15, 2026",
    ticker="Heavy rain alert for Raigad and Ratnagiri till Friday",
    also="What the Coastal Reclamation Act says",
    tags=["Supreme Court", "Fisheries", "Raigad", "Ports"],
    caption="Fishermen mend nets at Rewas koliwada on Tuesday after the verdict.",
    credit="Photo: Herald / Nilesh Mhatre",
    body="""
ALIBAG: In the koliwada at Rewas, the televisions were on before the boats went out on Tuesday
morning. By noon, the mood among fishing families on this stretch of the Raigad coast had
settled somewhere between relief and anger.

The Supreme Court's five-judge Constitution Bench on Tuesday upheld, by a 3:2 majority, the
Maharashtra Coastal Land Reclamation and Port Development Act, 2024, clearing the way for
reclamation of up to 1,240 hectares, about 3,064 acres, for port expansion off the district's
coast. But it ordered the State to set aside Rs 4,800 crore for affected families within 90
days, and it unanimously struck down Section 14 of the Act, which had retrospectively
regularised permits issued between 2019 and 2023.

The majority judgment was written by Justice Kavita Raghunathan, with Justices Sanjay Dhaliwal
and Arun Mehrotra concurring. Justice Imtiaz Ahmed Qureshi and Justice P.S. Venkatachalam
dissented.

"Three judges said the port can come, two said it cannot. We will take the money, but nobody
asked us what the sea is worth," said Pandurang Koli, 58, who has fished from Rewas for four
decades.

Dnyaneshwar Tandel, chairman of the Koliwada Matsyavyavsay Sahakari Sanstha, the cooperative
that led the 23 petitions, said the community had won "half a case". "When we filed in 2024,
people told us we were wasting our time. Today the Supreme Court has said the State must pay and
must study the damage again. That is not nothing," he said.

According to the cooperative, about 38,000 families along the Raigad coast, some 1.6 lakh
people, depend on fishing and allied work that will be affected by the reclamation.

## State promises compliance

Ports Minister Dilip Gawande said the State would comply with every direction of the court. "The
compensation will reach families before Diwali," he told reporters in Mumbai. The court has also
ordered a fresh cumulative environmental impact assessment within six months, and no new
reclamation can begin until it is complete.

The verdict runs to 412 pages. Justice Raghunathan's majority opinion accounts for 268 pages and
Justice Qureshi's dissent, in which Justice Venkatachalam joined, for 144.

The Bombay High Court had dismissed the cooperative's petition in March 2025. The case reached a
Constitution Bench after a three-judge bench referred it in August last year. Arguments
concluded on February 12 after 11 days of hearings.

## Market cheer

Shares of Konkan Gateway Ports Ltd, the developer of the planned container terminal, closed 4.2
per cent higher at Rs 405.05 on the National Stock Exchange on Tuesday, after rising more than 6
per cent during the day.

Environmental groups were less pleased. "The Act's own schedule lists 86 hectares of mangroves
inside the reclamation zone," said Aparna Kulkarni of the Konkan Coastal Collective. "An
assessment after the law has been upheld is not the same as an assessment before it was passed."

Back at Rewas, the boats went out late in the afternoon. "The fish do not read judgments," Koli
said.
""",
    related=[
        "Alibag-Rewas ferry services suspended for monsoon",
        "Raigad collector reviews flood preparedness",
        "Mangrove cell plants 20,000 saplings at Uran",
    ],
    most_read=[
        "Mumbai-Goa highway: Kashedi tunnel second bore opens",
        "Ratnagiri mango exports hit record this season",
        "Konkan Railway monsoon timetable in force",
    ],
)

_CT_TRADE = dict(
    site="portsasia",
    path="/news/india/konkan-gateway-reclamation-cleared-supreme-court-ruling",
    slug="kgpl-supreme-court",
    section="Ports",
    label="News",
    headline="Konkan Gateway cleared to resume reclamation after India top court ruling",
    description="India's Supreme Court has upheld the Maharashtra law behind the planned "
                "deep-water container terminal, subject to a fresh environmental assessment.",
    authors=["James Whitcombe"],
    byline="James Whitcombe, South Asia Correspondent",
    date_mode="none",
    caption="Artist's impression of the planned Konkan Gateway container terminal.",
    credit="Image: Konkan Gateway Ports Ltd",
    facts_title="Konkan Gateway terminal",
    facts=[
        ("Developer", "Konkan Gateway Ports Ltd (KGPL)"),
        ("Project cost", "Rs 21,500 crore (about US$2.46bn)"),
        ("Phase 1 capacity", "2.4m TEU a year"),
        ("Full build-out", "5.0m TEU a year"),
        ("Quay length", "1,600 m"),
        ("Draught", "18 m"),
    ],
    bio="James Whitcombe covers ports and shipping in South Asia from Mumbai.",
    body="""
Konkan Gateway Ports Ltd (KGPL) can restart reclamation works for its planned deep-water
container terminal off India's west coast after the Supreme Court upheld the Maharashtra law
underpinning the project. Work cannot resume, however, until a fresh cumulative environmental
impact assessment is completed, which the court has ordered within six months.

The five-judge bench split 3-2 on the constitutional validity of the Maharashtra Coastal Land
Reclamation and Port Development Act, 2024. It was unanimous in striking down Section 14, which
had validated reclamation permits issued between 2019 and 2023 without fresh environmental
clearance. Some of KGPL's early works were carried out under permits of that kind and will now
need fresh clearance.

The Rs 21,500 crore (US$2.46bn) terminal is designed for an initial capacity of 2.4m TEU a year,
rising to 5.0m TEU in a second phase, with a 1,600 m quay and an 18 m draught that would allow
it to handle the largest container ships calling in India. Of the 1,240 ha that the Act allows
the state to reclaim, KGPL's first phase needs around 410 ha.

KGPL managing director Anand Iyer said the company had "always accepted" the need for a fresh
assessment and expected to resume works "in the first quarter of 2027". He declined to say how
much the delay had cost.

## Compensation fund

The court ordered the state to deposit Rs 4,800 crore (about US$550m) within 90 days into a fund
for affected fishing families. KGPL is not directly liable, although its concession agreement
obliges it to contribute to resettlement costs, according to the company's most recent annual
report.

"The bigger risk for KGPL was always a ruling that struck down the whole Act. That risk has
gone," said Meenal Sawant, ports analyst at Harbour Research Partners in Mumbai. "What remains
is timing. Each month of delay costs the project something like Rs 95 crore in idle equipment
and interest."

KGPL shares closed up 4.2% in Mumbai on the day of the ruling.

## The judgment

Justice Kavita Raghunathan's majority opinion held that port development was "a legitimate
public purpose" but said the state could not "legislate away the livelihoods it displaces". The
dissent, written by Justice Imtiaz Qureshi and joined by Justice P.S. Venkatachalam, would have
struck down the Act in full, describing the coast as "a commons held in trust".

The ruling comes as India adds container capacity on its west coast. Jawaharlal Nehru Port
Authority, the country's largest container gateway, is running close to capacity, and the
government-backed Vadhavan port further north in Palghar district is not expected to open its
first berths before 2029.

Shipping lines have watched the case closely. Two of the three largest carriers serving India
had signed non-binding agreements to call at the KGPL terminal once it opens, according to
people familiar with the matter.
""",
    related=[
        "JNPA container volumes up 6% in first quarter",
        "Sri Lanka's Colombo West terminal reaches 1m TEU",
        "Chittagong port tariff revision takes effect",
    ],
    most_read=[
        "Freight rates on Asia-Europe trade ease for third week",
        "Indian shipbuilding subsidy scheme extended",
        "Mundra sets monthly throughput record",
    ],
)

CT_STORY = {
    "id": "ct-CE3",
    "part": "CE",
    "domain": "court",
    "fetched": "2026-07-16",
    "articles": [_build(_CT_WIRE), _build(_CT_LIVE), _build(_CT_PAPER), _build(_CT_TRADE)],
    "planted": [
        ("bench split on the Act's validity (3-2; LexIndia Live says 4-1)",
         r"\b3\s*[-\u2013:]\s*2\b|\bthree[- ]to[- ]two\b",
         r"\b4\s*[-\u2013:]\s*1\b|\bfour[- ]to[- ]one\b"),
        ("majority judge's surname (Dhariwal; The Konkan Herald spells it Dhaliwal)",
         r"\bdhariwal\b", r"\bdhaliwal\b"),
        ("deadline to deposit the compensation (90 days; Subcontinent Wire says 30 days)",
         r"\b90\s*days\b|\bninety days\b", r"\b30\s*days\b|\bthirty days\b"),
    ],
}


# ---------------------------------------------------------------------------
# tr-CE4 — Bangladesh export figures for August 2026 (CONTROL)
# ---------------------------------------------------------------------------

_TR_WIRE = dict(
    site="bbwire",
    path="/business/economy/bangladesh-exports-rise-august-garments-epb-20260902",
    slug="bd-exports-august",
    section="Business",
    headline="Bangladesh's August exports rise 6.4% as garment shipments pick up",
    description="Merchandise exports reached $4.12 billion in August, with knitwear leading "
                "the gains, Export Promotion Bureau data showed.",
    authors=["Nusrat Jahan"],
    byline="Nusrat Jahan, Bengal Bay Wire",
    date_mode="jsonld",
    iso="2026-09-02T11:20:00Z",
    visible_date="2 Sep 2026, 11:20 GMT",
    caption="Workers at a knitwear factory in Gazipur, north of Dhaka.",
    credit="BBW photo / Sajid Hossain",
    body="""
DHAKA, Sept 2 (BBW) - Bangladesh's merchandise exports rose 6.4% year-on-year in August to $4.12
billion, helped by stronger knitwear shipments, data from the Export Promotion Bureau (EPB)
showed on Wednesday.

Exports in the first two months of the 2026-27 fiscal year, which began on July 1, rose 5.1% to
$8.05 billion from $7.66 billion a year earlier.

Ready-made garments, which account for about four-fifths of the country's export earnings,
brought in $3.31 billion in August. Knitwear exports grew 7.8% to $1.79 billion and woven
garments rose 4.9% to $1.52 billion.

August earnings were still 5.3% short of the government's monthly target of $4.35 billion. The
EPB has set a target of $55.5 billion for the full fiscal year, against actual exports of $50.1
billion in 2025-26.

The bureau revised July's figure to $3.93 billion from the $3.94 billion it reported a month
ago, putting July growth at 3.8% instead of 4.0%.

"The numbers look better than they feel on the factory floor," said Tanvir Ahmed Mollah,
president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA). "Buyers are
paying less per piece, and our costs for gas, wages and freight have all gone up."

Average garment unit prices were down about 3% from a year earlier, according to BGMEA estimates.

Non-garment exports were mixed. Leather and leather goods fell 2.1% to $96 million, while
agricultural products rose 9.5% to $84 million. Frozen and live fish exports rose 11% to $41
million and home textiles earned $72 million.

Separate Bangladesh Bank data, which record export receipts actually repatriated rather than
shipments, showed receipts of $3.78 billion in August. The two series often diverge because
buyers typically pay weeks or months after goods are shipped.

The European Union remained the largest destination for Bangladeshi garments in July-August,
followed by the United States and the United Kingdom, the EPB data showed.

Bangladesh is due to graduate from the United Nations' list of least developed countries (LDCs)
on Nov. 24, after which it will gradually lose some duty-free market access. The European Union,
its largest export market, will keep preferential access in place for a three-year transition
period.

Exporters have also had to absorb a 20% U.S. tariff on Bangladeshi goods that has been in force
since August 2025.

Commerce Secretary Abdur Rahim Khan told reporters the ministry would meet exporters to discuss
"post-graduation readiness", including talks on a free trade agreement with Japan and a revised
trade arrangement with the United Kingdom.

Garments make up more than 80% of Bangladesh's exports, and the sector employs about 4 million
people, most of them women. Economists have long urged the government to diversify into
pharmaceuticals, light engineering and processed food.
""",
    signoff="Reporting by Nusrat Jahan; editing by Paul Mercer",
    related=[
        "Bangladesh Bank holds policy rate at 9.5%",
        "Remittances hit $2.9 billion in August",
        "Chittagong port container handling up 8% in July",
    ],
    most_read=[
        "Taka steady at 122.30 per dollar on interbank market",
        "Dhaka metro line extension to open in December",
        "Government cuts LNG import plan for winter",
    ],
)

_TR_TRADE = dict(
    site="apparel",
    path="/markets/bangladesh-august-export-data-knitwear-unit-prices-ldc",
    slug="bangladesh-august-exports",
    section="Markets",
    label="Market data",
    headline="Bangladesh exports: knitwear lifts August, but unit prices and the LDC exit loom",
    description="Apparel shipments reached $3.31bn in August. Buyers and suppliers tell us why "
                "the value growth hides softer prices.",
    authors=["Farzana Yasmin"],
    byline="Farzana Yasmin in Dhaka",
    date_mode="none",
    caption="Fleece tops on a production line in Narayanganj.",
    credit="Photo: Apparel Sourcing Asia",
    facts_title="Bangladesh exports, August",
    facts=[
        ("Total merchandise exports", "$4,118.6m (+6.4% y/y)"),
        ("Ready-made garments", "$3,310.3m (80.4% of total)"),
        ("Knitwear", "$1,792.4m (+7.8%)"),
        ("Woven garments", "$1,517.9m (+4.9%)"),
        ("July-August total", "$8,051.3m (+5.1%)"),
        ("August target", "$4,350m"),
    ],
    bio="Farzana Yasmin reports on garment sourcing in Bangladesh and Sri Lanka.",
    body="""
Bangladesh's garment makers shipped $3,310.3 million worth of apparel in August, according to
provisional Export Promotion Bureau (EPB) data released in Dhaka on Wednesday. That was 80.4% of
the country's total merchandise exports of $4,118.6 million for the month.

Total exports were up 6.4% on August 2025's $3,871.2 million. For July-August, the first two
months of fiscal 2026-27, exports reached $8,051.3 million, 5.1% more than in the same period a
year earlier. July's figure was revised slightly down, to $3,932.7 million.

Knitwear continued to outpace woven garments. Knit exports rose 7.8% to $1,792.4 million, and
woven exports rose 4.9% to $1,517.9 million. Sourcing agents in Dhaka attribute the knit gains
to basic T-shirt, polo and fleece orders moved from suppliers in China and Cambodia, where
several US brands have cut allocations this year.

## Price pressure

Values tell a better story than prices. The BGMEA estimates that average unit prices for
garments fell around 3.2% year-on-year in July, and suppliers we spoke to said August orders
were priced lower still.

"We are shipping more pieces for less money. Our order book is full to December, but the margins
are the thinnest I have seen in ten years," said the managing director of a 6,000-worker
knitwear group in Gazipur, who asked not to be named because of commercial sensitivities.

## Two sets of numbers

As usual, the EPB's figures, based on shipment declarations at customs, run ahead of Bangladesh
Bank's balance-of-payments data, which record export receipts actually brought into the country.
The central bank put August export receipts at $3.78 billion. The gap between the two series has
been under scrutiny since 2024, when the EPB's historical figures were revised down sharply
after a review found double counting.

## The LDC exit

Bangladesh is scheduled to graduate from least developed country status on 24 November 2026. The
EU, which takes about half of the country's garment exports, has granted a three-year transition
period, so Everything But Arms preferences continue until 2029. The UK's Developing Countries
Trading Scheme offers a similar three-year glide path. Japan and Canada have yet to confirm
their post-graduation terms.

"Exporters are racing to sign orders before graduation, but the cliff is really in 2029, not
this November," said Sayema Haque, research director at the Dhaka Policy Dialogue. "The question
is whether the sector uses these three years to move up the value chain or simply waits."

## Targets

The August outturn missed the monthly target of $4,350 million by 5.3%. Reaching the full-year
goal of $55.5 billion would require average monthly shipments of about $4.75 billion for the
remaining ten months of the fiscal year, a pace the industry has never sustained.

In local-currency terms, August exports came to about Tk 50,370 crore at an exchange rate of Tk
122.30 to the dollar.
""",
    related=[
        "Cambodia's garment exports slow as US orders shift",
        "Sri Lanka apparel: July shipments up 3%",
        "Buyers' guide: due diligence rules for 2027",
    ],
    most_read=[
        "Cotton prices: what to expect this winter",
        "Vietnam textile exports hit record",
        "EU forced labour ban: the checklist for suppliers",
    ],
)

_TR_PAPER = dict(
    site="chronicle",
    path="/business/exports-up-in-august-knitwear-leads-epb",
    slug="exports-august-knitwear",
    section="Business",
    headline="Exports up 6.4pc in August, knitwear leads",
    description="Export earnings rose to $4.12 billion in August, though they fell short of "
                "the monthly target, EPB data show.",
    authors=["Staff Correspondent"],
    byline="Staff Correspondent",
    date_mode="visible",
    visible_date="Thursday, September 3, 2026",
    ticker="Govt to raise power tariff for industrial users from October",
    also="Garment unit prices fall as buyers squeeze suppliers",
    tags=["Exports", "RMG", "EPB", "LDC graduation"],
    caption="Containers at Chattogram port.",
    credit="File photo: Chronicle",
    body="""
Export earnings rose 6.4 percent year-on-year to $4.12 billion in August, the second month of
the current fiscal year, on the back of higher knitwear shipments, according to data released by
the Export Promotion Bureau (EPB) yesterday.

In local currency, August earnings stood at around Tk 50,370 crore.

In the July-August period, exports grew 5.10 percent to $8.05 billion, up from $7.66 billion in
the same period of the previous fiscal year.

Garment exports fetched $3.31 billion in August, or 80.37 percent of total exports. Of this,
knitwear earned $1.79 billion, up 7.8 percent, and woven garments $1.52 billion, up 4.9 percent.

However, the August earnings were 5.32 percent lower than the monthly target of $4.35 billion.

EPB Vice-Chairman Mahmuda Akter told The Dhaka Chronicle that the bureau expected growth to
"pick up further from October as winter orders ship".

"The figures look better than what we feel on the factory floor," BGMEA President Tanvir Ahmed
Mollah said yesterday, adding that buyers were paying less per piece while gas, wage and freight
costs had gone up.

Among other sectors, home textiles earned $71.5 million, up 3.3 percent, jute and jute goods
$68.4 million, up 1.2 percent, and frozen and live fish $41.3 million, up 11 percent. Leather
and leather goods fetched $96.2 million, down 2.1 percent.

Bangladesh Bank data, which count export receipts actually brought into the country, showed
$3.78 billion in August. Economists say the gap between the two sets of figures is mostly a
matter of timing, since payments for shipments often arrive weeks or months later.

In fiscal 2025-26, the country's exports totalled $50.1 billion. The government has set an
export target of $55.5 billion for the current fiscal year.

Sayema Haque, research director at Dhaka Policy Dialogue, said the industry should use the
remaining weeks before the country's graduation from the least developed country group on 24
November to lock in orders and negotiate longer transition arrangements.

"We have a three-year window with the EU, but other markets are less certain," she said.
"Diversification, both of products and of markets, cannot wait for another fiscal year."

Exporters also said the 20 percent US tariff on Bangladeshi goods, in force since August last
year, continued to weigh on orders from American brands, although competitors such as Vietnam
face similar duties.

Knitwear exporters said that orders from Europe for the autumn and winter season were higher
than last year, while demand from the United States was flat. Woven exporters reported slower
orders for denim and formal shirts.

The BKMEA, the knitwear makers' association, called for an extension of cash incentives on
exports to new markets, which are due to be phased out after LDC graduation under World Trade
Organization rules.
""",
    related=[
        "Garment unit prices fall as buyers squeeze suppliers",
        "Remittances hit $2.9b in August",
        "Port charges: shippers seek review",
    ],
    most_read=[
        "Power tariff for industries to rise from October",
        "Sylhet tea auction prices hit record",
        "Metro rail: Motijheel-Kamalapur section to open in December",
        "Rice prices ease as Aman harvest nears",
    ],
)

TR_STORY = {
    "id": "tr-CE4",
    "part": "CE",
    "domain": "trade",
    "fetched": "2026-09-04",
    "articles": [_build(_TR_WIRE), _build(_TR_TRADE), _build(_TR_PAPER)],
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-CE5 — Vyomika Garuda-1 second flight (3 PLANTED)
# ---------------------------------------------------------------------------

_RK_WIRE = dict(
    site="scwire",
    path="/technology/space/indian-startup-vyomika-reaches-orbit-garuda-1-2026-11-14/",
    slug="vyomika-garuda-orbit",
    section="Technology",
    headline="Indian startup Vyomika reaches orbit on second try with Garuda-1 rocket",
    description="The Hyderabad-based company placed an earth-observation satellite in orbit "
                "eight months after its first launch ended in failure.",
    authors=["Arjun Pillai", "Meghna Rao"],
    byline="By Arjun Pillai and Meghna Rao",
    date_mode="meta",
    iso="2026-11-14T06:05:00Z",
    visible_date="November 14, 2026 6:05 AM GMT",
    caption="Vyomika Launch Systems' Garuda-1 rocket lifts off from the Kulasekarapattinam "
            "spaceport in Tamil Nadu.",
    credit="Vyomika Launch Systems/Handout via Subcontinent Wire",
    body="""
CHENNAI/BENGALURU, Nov 14 (Subcontinent Wire) - Indian private launch company Vyomika Launch
Systems put an earth-observation satellite into orbit on Saturday on the second flight of its
Garuda-1 rocket, eight months after the vehicle's maiden flight ended in failure.

The four-stage, 22.4-metre (73-foot) rocket lifted off from the Kulasekarapattinam spaceport in
Tamil Nadu at 0537 GMT (11:07 a.m. IST), about 25 minutes later than planned after controllers
held the countdown because of strong upper-level winds.

The primary payload, the 196-kg Nilgiri-3 satellite built by Bengaluru-based Terrascan Geo,
separated from the rocket's upper stage 12 minutes and 52 seconds after liftoff, the company
said. Two small student-built satellites were released shortly afterwards.

Vyomika said the satellite reached a sun-synchronous orbit of about 500 km (311 miles), close to
its target.

Nilgiri-3 is designed to provide imagery with a resolution of about 1.2 metres for crop
monitoring, water management and urban planning, and Terrascan Geo said it expected to release
the satellite's first pictures within two weeks. The two cubesats carry experiments built by
engineering students.

"Eight months ago we watched our first rocket fall into the sea. Today Garuda went all the way
to orbit," Vyomika co-founder and Chief Executive Sirisha Nandakumar said in a statement.

On its debut flight on March 21, the rocket's third stage malfunctioned about six minutes after
liftoff, and the vehicle and its payload were lost. The company traced the failure to erosion of
the stage's nozzle and redesigned the part.

India opened its space sector to private companies in 2020, and the government hopes private
firms will help lift the country's share of the global space economy. Vyomika, founded in
Hyderabad in 2019, raised $95 million in June in a funding round led by Singapore-based Meridian
Growth Partners.

"This is a milestone not just for Vyomika but for India's space economy," said Ashok
Varadarajan, chairman of the Indian National Space Promotion and Authorisation Centre
(IN-SPACe), the regulator that authorises private launches.

Kulasekarapattinam, a spaceport built by the Indian Space Research Organisation (ISRO) in
Thoothukudi district for small launch vehicles, also hosted Garuda-1's failed maiden flight. Its
location on the southern tip of the peninsula allows rockets to fly south to polar orbits
without passing over Sri Lanka.

Vyomika plans its next launch in the first quarter of 2027 and says it has signed 11 launch
contracts with customers in India, Europe and Southeast Asia.

Small-satellite launch demand has grown quickly as operators put up constellations for earth
imaging and communications, and several Indian firms are developing rockets to compete for that
business with established providers in the United States, Europe and China.
""",
    signoff="Reporting by Arjun Pillai in Chennai and Meghna Rao in Bengaluru; Editing by "
            "Martin Okafor",
    related=[
        "ISRO's heavy-lift rocket to fly crew capsule test in December",
        "Japan's H3 rocket launches navigation satellite",
        "Analysis: India's private space firms face funding squeeze",
    ],
    most_read=[
        "Rupee slips to 88.9 per dollar as oil rises",
        "Sri Lanka's tourism arrivals top 2 million for the year",
        "Bangladesh graduates from LDC status later this month",
        "India's October trade deficit narrows",
    ],
)

_RK_LIVE = dict(
    site="launchledger",
    path="/live/garuda-1-flight-2-vyomika-nilgiri-3-launch-updates",
    slug="garuda-1-flight-2-live",
    section="Launches",
    ld_type="LiveBlogPosting",
    headline="Live: Vyomika's Garuda-1 Flight 2 launches Nilgiri-3 from Kulasekarapattinam",
    description="Follow the countdown, launch and satellite deployment of the second flight "
                "of Vyomika Launch Systems' Garuda-1 small-satellite rocket.",
    authors=["Karthik Raman"],
    byline="Karthik Raman, Launch Ledger",
    date_mode="jsonld",
    iso="2026-11-14T09:30:00+05:30",
    iso_mod="2026-11-14T12:20:00+05:30",
    zone="IST",
    tz_note="All times IST (UTC+5:30). T-minus and T-plus times refer to the final countdown.",
    caption="Garuda-1 on the pad at Kulasekarapattinam before launch.",
    credit="Image: Vyomika Launch Systems",
    key_points=[
        "Liftoff at 11:07:30 IST after a 25-minute weather hold",
        "Nilgiri-3 separated at T+14 min 52 s; both cubesats deployed",
        "Preliminary orbit 498 km x 503 km, 97.41 degrees",
        "First signals from Nilgiri-3 received at 11:58 IST",
    ],
    body="""
@@ 12:20 | Signal acquired, solar arrays out

Terrascan Geo confirms that first signals from Nilgiri-3 were received at 11:58 IST and that the
satellite's solar arrays have deployed. That wraps up our live coverage. Thanks for following.

@@ 11:45 | Orbit numbers

Vyomika's preliminary orbit for Nilgiri-3 is 498 km x 503 km at an inclination of 97.41 degrees,
against a target of a 500 km circular sun-synchronous orbit at 97.4 degrees. That is well within
the tolerance the customer specified.

@@ 11:31 | Nandakumar: "all the way to orbit"

Sirisha Nandakumar, Vyomika's co-founder and chief technology officer, on the mission control
loop: "Eight months ago we watched our first rocket fall into the sea. Today Garuda went all the
way to orbit." Applause in the control room.

@@ 11:23 | Cubesats away

ShishyaSat-A deployed at T+15:40 and ShishyaSat-B at T+16:05. Both were built by engineering
students, the second by a team from Tirunelveli.

@@ 11:22 | SEPARATION!

Nilgiri-3 has separated from the fourth stage at T+14 min 52 s. Confirmed on the loop by mission
director K. Balasubramaniam.

@@ 11:16 | Past the point of failure

The third stage, the one that failed at T+6 min 10 s on the maiden flight in March, has burned
out normally and separated. The liquid-fuelled fourth stage has ignited.

@@ 11:07 | LIFTOFF

Garuda-1 lifts off at 11:07:30 IST, 05:37:30 UTC. Clean ascent off the pad, heading south over
the sea.

@@ 10:55 | Countdown resumes

The range is clear and upper-level winds are back within limits. The count will resume at T-10
minutes for a liftoff at 11:07:30.

@@ 10:38 | HOLD at T-4 minutes

The countdown has been held at T-4 minutes. Balloon data show upper-level winds above the
vehicle's limits. Vyomika says it will assess the winds for about 20 minutes before setting a
new time.

@@ 09:30 | Welcome

Welcome to live coverage of the second flight of Garuda-1. Liftoff is scheduled for 10:42 IST
(05:12 UTC) from the Kulasekarapattinam spaceport on the Tamil Nadu coast. The payload is
Nilgiri-3, a 196 kg earth-observation satellite, plus two ShishyaSat cubesats; the total payload
mass, including dispensers and adapters, is 312 kg. The target is a 500 km sun-synchronous
orbit.

Garuda-1 is a four-stage rocket, 22.4 m tall with a liftoff mass of 38.6 tonnes. The first three
stages burn solid propellant; the fourth uses liquid fuel and can restart. The maiden flight on
March 21 was lost when the third stage's nozzle failed.
""",
    related=[
        "Garuda-1 failure report: nozzle throat erosion blamed",
        "Launch schedule: what's flying from India this winter",
        "Explainer: sun-synchronous orbits",
    ],
    most_read=[
        "SSLV to fly twice before March",
        "Rocket Lab sets new launch record",
        "Satellite broadband: India finalises spectrum rules",
    ],
)

_RK_LOCAL = dict(
    site="tuttoday",
    path="/news/garuda-rocket-launch-kulasekarapattinam-crowds-fishermen",
    slug="garuda-launch-crowds",
    section="Tiruchendur",
    headline="Thousands cheer as Garuda rocket soars from Kulasekarapattinam",
    description="Residents, students and fishermen watched the second launch from the new "
                "spaceport near Tiruchendur.",
    authors=["Staff Reporter"],
    byline="By our Tiruchendur reporter",
    date_mode="none",
    ticker="Heavy rain likely in coastal districts, says weather office",
    tags=["Kulasekarapattinam", "Spaceport", "Fishermen", "Tiruchendur"],
    caption="Spectators on the beach at Kulasekarapattinam watch the rocket climb.",
    credit="Photo: Thoothukudi Today",
    body="""
KULASEKARAPATTINAM: Thousands of people lined the beach and rooftops of this coastal town on
Saturday morning as a rocket built by Hyderabad-based Vyomika Launch Systems climbed into a
clear sky and headed south over the sea. It was the second launch from the new spaceport and,
this time, a successful one.

Police estimated that about 4,000 people gathered near the spaceport's public viewing gallery
and along the shore. Many had arrived before dawn, expecting a 10.42 am launch. The countdown
was halted for nearly half an hour because of high-altitude winds, and the rocket finally rose
at 11.07 am, to loud cheers.

"My son has been talking about this for a week. When it went up, he was crying," said M. Selvi,
who had come with her family from Udangudi.

The Fisheries Department had asked fishermen from Kulasekarapattinam, Manapad and Alanthalai not
to venture within 10 nautical miles, about 18.5 km, of the coast between 6 am and 1 pm. Country
boats stayed on the sand for the morning.

"We lost a morning's catch, but the children will remember this day," said S. Anthonysamy,
president of the Manapad fishermen's association. He said the association had asked the district
administration for compensation for days lost to launch restrictions and was awaiting a reply.

The rocket carried an earth-observation satellite, Nilgiri-3, and two small satellites built by
engineering students, including a team from a college in Tirunelveli. Students from that college
watched the launch from the viewing gallery and cheered again when the company announced, about
15 minutes after liftoff, that the main satellite had separated from the rocket.

Vyomika's chief executive Sirisha Nandakumar, speaking to the media after the launch, said:
"Eight months ago we saw our first rocket fall into the sea. Today, Garuda reached orbit." She
thanked the people of Kulasekarapattinam for their patience.

In March, many of the same spectators watched the maiden Garuda-1 flight fail minutes after
liftoff. "That day everyone went home quietly. Today the whole town is celebrating," said K.
Muthukumar, who runs a tea stall near the bus stand.

District Collector R. Meenakshi Sundaram said the administration had deployed 350 police
personnel and set up two medical camps near the viewing area. Traffic on the East Coast Road was
regulated between Tiruchendur and Manapad from 8 am.

The spaceport, built by ISRO on about 2,300 acres acquired from villages around
Kulasekarapattinam, is expected to host more launches by private companies in the coming years.
Traders in the town said hotel rooms and homestays had been fully booked since Thursday.

"For years people came here only for the Dasara festival. Now they come for rockets as well,"
said Muthukumar.

Vyomika has said its next launch will take place early next year.
""",
    related=[
        "Tiruchendur temple: special buses for Kanda Sashti",
        "Manapad fishermen seek new landing centre",
    ],
    most_read=[
        "Thoothukudi port handles record coal cargo",
        "Rain: schools closed in three taluks",
        "Salt pan workers demand wage revision",
        "Kovilpatti kadalai mittai gets new packaging unit",
    ],
)

_RK_PAPER = dict(
    site="courierpost",
    path="/science/second-time-lucky-vyomika-garuda-1-satellite-orbit",
    slug="vyomika-second-time-lucky",
    section="Science",
    headline="Second time lucky: Vyomika's Garuda-1 puts satellite in orbit",
    description="The Hyderabad start-up's rocket placed a 196-kg earth-observation satellite "
                "in orbit, eight months after its maiden flight failed.",
    authors=["Lakshmi Venkatesan"],
    byline="By Lakshmi Venkatesan, Science Correspondent",
    date_mode="visible",
    visible_date="Sunday, 15 November 2026",
    ticker="Chennai Metro phase 2: Poonamallee-Porur stretch opens for trial runs",
    also="Explained: What is a sun-synchronous orbit?",
    tags=["Space", "Vyomika", "IN-SPACe", "Start-ups"],
    caption="The Garuda-1 rocket climbs after liftoff on Saturday.",
    credit="Photo: Vyomika Launch Systems",
    body="""
CHENNAI: A Hyderabad-based start-up on Saturday became one of the first Indian private companies
to reach orbit, when its Garuda-1 rocket lifted off from Sriharikota at 11.07 am and placed a
196-kg earth-observation satellite in a roughly 500-km sun-synchronous orbit.

The launch, the second for Vyomika Launch Systems, was delayed by about 25 minutes after balloon
measurements showed strong winds high above the launch pad.

The satellite, Nilgiri-3, built by Bengaluru-based Terrascan Geo, separated from the rocket's
liquid-fuelled fourth stage 14 minutes and 52 seconds after liftoff. Two student-built cubesats
followed less than a minute and a quarter later. Vyomika's telemetry showed an orbit of 498 km
by 503 km, close to the 500-km circular orbit planned.

"Eight months ago we watched our first rocket fall into the sea. Today Garuda went all the way
to orbit," said Sirisha Nandakumar, the company's co-founder and CEO, to applause from engineers
at the mission control centre.

## Fixing the flaw

On March 21, the rocket's maiden flight ended about six minutes after liftoff, when the third
stage's nozzle failed and the vehicle fell into the sea with its payload. A failure analysis
committee found that the nozzle throat had eroded faster than designed. The company replaced it
with a new carbon-carbon insert and ran three full-duration ground tests of the redesigned stage
between June and September.

"The real test of a launch company is not one success, it is cadence," said Dr T.
Gopalakrishnan, a former ISRO propulsion scientist who now advises start-ups. "If they can fly
three or four times next year, they will have a business."

Vyomika, founded in 2019, raised $95 million (about Rs 840 crore) in June in a round led by
Singapore-based Meridian Growth Partners. It says it has 11 launch contracts and plans its next
flight in the first quarter of 2027.

The four-stage Garuda-1 stands 22.4 metres tall and weighs 38.6 tonnes at liftoff. Its first
three stages use solid propellant, while the fourth stage runs on liquid fuel and can be
restarted in orbit, which allows it to drop satellites into different orbits on the same
mission.

Ashok Varadarajan, chairman of the Indian National Space Promotion and Authorisation Centre
(IN-SPACe), said the flight was "a milestone for India's space economy". India opened space
activities to private firms in 2020, and IN-SPACe has since authorised several companies to
build and launch rockets.

The total payload on Saturday's flight, including the satellite dispensers, weighed 312 kg. The
second cubesat was built by students from an engineering college in Tirunelveli, the first time
a Tamil Nadu student team has had a satellite launched on an Indian private rocket.

For Terrascan Geo, the launch ends a long wait. Its Nilgiri-2 satellite, launched on a foreign
rocket in 2024, has been in service for two years, and the company had booked Nilgiri-3 on
Garuda-1 before the March failure. "We never considered moving it," Terrascan's managing
director Pradeep Kuruvilla said.
""",
    related=[
        "Chennai start-up to build satellite propulsion unit",
        "IIT Madras incubator funds space start-ups",
        "Editorial: India's private space sector grows up",
    ],
    most_read=[
        "Northeast monsoon: Chennai records 11 cm rain overnight",
        "Tamil Nadu to set up semiconductor park near Coimbatore",
        "Kalakshetra's December season line-up announced",
    ],
)

RK_STORY = {
    "id": "rk-CE5",
    "part": "CE",
    "domain": "rocket",
    "fetched": "2026-11-16",
    "articles": [_build(_RK_WIRE), _build(_RK_LIVE), _build(_RK_LOCAL), _build(_RK_PAPER)],
    "planted": [
        ("time from liftoff to satellite separation (14 min 52 s; Subcontinent Wire says "
         "12 minutes and 52 seconds)",
         r"\b14\s*min(?:ute)?s?\W+(?:and\s+)?52\s*s",
         r"\b12\s*min(?:ute)?s?\W+(?:and\s+)?52\s*s"),
        ("launch site (Kulasekarapattinam spaceport; The Madras Courier-Post says Sriharikota)",
         r"kulasekarapatt?inam", r"\bsriharikota\b"),
        ("Sirisha Nandakumar's role (chief executive; Launch Ledger calls her chief "
         "technology officer)",
         r"\bchief executive\b|\bceo\b", r"\bchief technology officer\b|\bcto\b"),
    ],
}


# ---------------------------------------------------------------------------
# eq-CE6 — Sylhet / Meghalaya earthquake (CONTROL)
# ---------------------------------------------------------------------------

_EQ_WIRE = dict(
    site="bbwire",
    path="/news/bangladesh/earthquake-sylhet-sunamganj-meghalaya-deaths-20260427",
    slug="sylhet-quake",
    section="Bangladesh",
    headline="Strong quake hits northeast Bangladesh and India's Meghalaya, at least five dead",
    description="The pre-dawn earthquake near the border killed four people in Bangladesh and "
                "one in India, damaged buildings in Sylhet and was felt in Dhaka.",
    authors=["Arif Mahmud"],
    byline="Arif Mahmud, Bengal Bay Wire",
    date_mode="jsonld",
    iso="2026-04-26T23:58:00Z",
    iso_mod="2026-04-27T05:10:00Z",
    visible_date="Updated 27 Apr 2026, 05:10 GMT",
    caption="Residents gather in the street in Sylhet's Zindabazar area after the earthquake.",
    credit="BBW photo / Rafiqul Islam",
    body="""
DHAKA, April 27 (BBW) - A strong earthquake struck northeastern Bangladesh near the border with
India before dawn on Monday, killing at least five people, injuring dozens and damaging
buildings across the Sylhet region, officials in both countries said.

The quake struck at 05:12 local time on Monday (23:12 GMT on Sunday). The Bangladesh
Meteorological Department (BMD) put its magnitude at 5.6 and located the epicentre in Chhatak,
in Sunamganj district, about 240 km (150 miles) northeast of Dhaka.

The U.S. Geological Survey measured the quake at magnitude 5.8 at a depth of 31 km (19 miles),
with an epicentre about 27 km northwest of the city of Sylhet. India's National Center for
Seismology (NCS) reported a magnitude of 5.7 at a depth of 10 km.

As of 11 a.m. (05:00 GMT), four people had been killed and 96 injured in Bangladesh, the
Department of Disaster Management said. Two of the dead were crushed when a boundary wall
collapsed in Chhatak town, police said.

In India, a 62-year-old man was killed in Meghalaya's East Khasi Hills district when a retaining
wall collapsed on his house, local officials said.

Shaking lasted about 20 seconds in Sylhet and was felt in Dhaka and in India's Meghalaya and
Assam states. Residents of Sylhet city ran into the streets in the dark, and power was cut to
parts of the city for more than an hour.

"The whole building swayed like a boat. I grabbed my children and ran down the stairs," said
Abdul Kader, 41, a shopkeeper in Sylhet's Zindabazar area.

A six-storey residential building in Zindabazar was left leaning against its neighbour, and
authorities evacuated 42 families from it and two adjacent buildings, Sylhet Divisional
Commissioner Khaleda Parvin told reporters.

The BMD recorded at least four aftershocks by 9 a.m., the strongest of magnitude 4.1 at 06:03.

The region is among the most seismically active in South Asia, lying near the boundary of the
Indian, Eurasian and Burma tectonic plates. The 1897 Assam earthquake, estimated at magnitude 8
or more, devastated Shillong and was felt across what is now Bangladesh, and a magnitude 7.6
quake struck near Srimangal in 1918.

Experts have long warned that Dhaka, a city of more than 20 million people with many poorly
built high-rises, is highly vulnerable. "This was a moderate earthquake, and it still brought
down walls and tilted a building," said Shahina Ferdous, a professor of geology at Dhaka
University. "A larger one closer to Dhaka would be a catastrophe."
""",
    signoff="Reporting by Arif Mahmud in Dhaka and Rafiqul Islam in Sylhet; editing by "
            "Paul Mercer",
    related=[
        "Myanmar quake: one year on, Mandalay rebuilds",
        "Bangladesh building code enforcement: a BBW investigation",
        "Nepal records magnitude 4.9 tremor in Bajhang",
    ],
    most_read=[
        "Taka weakens to 121.8 per dollar",
        "Heatwave grips 12 districts; temperature tops 41C in Chuadanga",
        "Rooppur nuclear plant unit 1 begins trial operation",
    ],
)

_EQ_LIVE = dict(
    site="surma",
    path="/live/sylhet-earthquake-live-updates-deaths-injured-damage",
    slug="sylhet-earthquake-live",
    section="Sylhet",
    headline="Sylhet earthquake LIVE: toll rises to six, 158 injured; 312 buildings damaged",
    description="Live updates on the earthquake that struck Sylhet and Sunamganj before dawn.",
    authors=["Surma Times Desk"],
    byline="Surma Times Desk, Sylhet",
    date_mode="meta",
    iso="2026-04-27T05:20:00+06:00",
    iso_mod="2026-04-27T17:25:00+06:00",
    visible_date="Last updated 17:25",
    zone="",
    tz_note="All times are Bangladesh time (GMT+6). Latest first.",
    caption="A damaged tin-roofed house in Chhatak, Sunamganj.",
    credit="Photo: Surma Times",
    key_points=[
        "Magnitude 5.6 quake (BMD) at 5:12am; epicentre in Chhatak, Sunamganj",
        "Six dead and 158 injured in Sylhet division as of 5pm",
        "312 buildings damaged: 184 in Sylhet district, 128 in Sunamganj",
        "Six-storey building in Zindabazar tilted; 42 families evacuated",
    ],
    body="""
@@ 17:25 | Toll rises to six, 158 injured

Divisional Commissioner Khaleda Parvin said at a briefing at 5pm that six people had died and
158 were injured across Sylhet division. A total of 312 buildings have been damaged: 184 in
Sylhet district and 128 in Sunamganj. The BMD has now recorded seven aftershocks since the main
quake.

@@ 15:40 | Government announces relief

Disaster Management and Relief Minister Abu Sayeed Talukder, visiting Chhatak, announced Tk 50
lakh in cash and 200 tonnes of rice for affected families in Sylhet and Sunamganj. "No family
will be left without shelter tonight," he said.

@@ 13:05 | Zindabazar building cannot be saved, engineers say

Engineers from the Public Works Department and Sylhet City Corporation inspected the tilted
six-storey building in Zindabazar. Executive engineer Mizanur Rahman said it "cannot be saved"
and would have to be demolished. Forty-two families from the building and two neighbouring
buildings have been moved to relatives' homes and a community centre.

@@ 11:00 | Four dead, 96 injured

The Department of Disaster Management control room in Dhaka says four people have died and 96
have been injured. Two died in Chhatak when a boundary wall collapsed, one in Companiganj when
his house collapsed, and a 67-year-old woman in Sylhet city died after falling on the stairs
while fleeing her building.

@@ 09:15 | Four aftershocks so far

The BMD says it has recorded four aftershocks. The largest, of magnitude 4.1, came at 6:03am.
Residents in several neighbourhoods are staying outdoors.

@@ 07:30 | First death reported

A man has died in Chhatak after a boundary wall collapsed on him, police said. At least 25
injured people have been brought to Sylhet MAG Osmani Medical College Hospital, mostly with cuts
and fractures from falling or jumping.

@@ 06:10 | BMD: magnitude 5.6

The Bangladesh Meteorological Department says the earthquake measured 5.6 and struck at 5:12am,
with its epicentre at Chhatak in Sunamganj, about 240 km northeast of Dhaka. The US Geological
Survey puts the magnitude at 5.8.

@@ 05:20 | Strong earthquake jolts Sylhet

A strong earthquake has shaken Sylhet. The shaking lasted nearly 20 seconds. People ran out of
their homes in the dark, and power is out in parts of the city. We are gathering information and
will update this page.
""",
    related=[
        "How to check your building after an earthquake",
        "Emergency numbers for Sylhet residents",
    ],
    most_read=[
        "Sylhet-Dhaka intercity trains running normally",
        "Tea garden workers' wage talks resume",
        "Surma river water level falling",
    ],
)

_EQ_LOCAL = dict(
    site="hillherald",
    path="/meghalaya/earthquake-east-khasi-hills-pynursla-death-damage-shillong",
    slug="meghalaya-quake-pynursla",
    section="Meghalaya",
    headline="Quake jolts Meghalaya: one dead in Pynursla, cracks in Shillong buildings",
    description="The earthquake, centred near the Bangladesh border, damaged dozens of houses "
                "in East Khasi Hills.",
    authors=["Staff Reporter"],
    byline="By our Staff Reporter",
    date_mode="none",
    ticker="Shillong-Dawki road reopened after landslide clearance",
    tags=["Earthquake", "East Khasi Hills", "Pynursla", "NCS"],
    caption="A collapsed retaining wall at Pynursla in East Khasi Hills.",
    credit="Photo: Hill Herald",
    body="""
SHILLONG: An earthquake jolted Meghalaya at 4:42 am on Monday, killing a 62-year-old man in
Pynursla and damaging houses across East Khasi Hills district, officials said.

According to the National Center for Seismology (NCS), the quake measured 5.7 and its epicentre
lay in the East Khasi Hills region close to the Bangladesh border, at a depth of 10 km.
Bangladeshi authorities placed the epicentre across the border in Sunamganj district and put the
magnitude at 5.6, while the US Geological Survey measured it at 5.8.

The deceased, Wanshan Nongrum, was asleep when a retaining wall above his house gave way and
brought down the rear of the building. Neighbours pulled him out of the debris, but he was
declared dead at the Pynursla community health centre.

"The family had no warning at all. It was over in a few seconds," East Khasi Hills Deputy
Commissioner Banteilang Lyngdoh said after visiting the village. He said the district
administration would pay ex gratia to the family and that revenue officials were assessing
damage.

At least 37 houses were damaged in the district, most of them in Pynursla and Mawsynram blocks,
according to a preliminary assessment by the district disaster management authority. Cracks
appeared in two school buildings in Shillong, and classes were suspended for the day in both.

A landslide triggered by the tremor blocked the Shillong-Dawki road near Mawkisyiem for about
three hours before it was cleared.

Tremors were also felt in Guwahati, Silchar and other parts of Assam, where residents rushed out
of their homes. No casualties were reported in Assam.

Across the border, at least four people were killed in Bangladesh's Sylhet region, officials
there said by late morning.

Bangladesh's meteorological department recorded an aftershock of magnitude 4.1 at 5:33 am IST.
Several weaker tremors were felt in Shillong through the morning.

State Revenue and Disaster Management Minister K. Marbaniang said the government had asked all
deputy commissioners in the state to inspect government buildings, especially schools and
hospitals, within a week.

Meghalaya lies in seismic zone V, the highest risk category in India. The Great Assam Earthquake
of 1897, estimated at magnitude 8 or more, destroyed much of Shillong and remains one of the
largest earthquakes recorded in the Indian subcontinent.

"Moderate earthquakes like this one are a reminder, not the main event," said Prof D. Kharkongor
of the geology department at North-Eastern Hill University. "Most of our new construction on the
slopes of Shillong does not follow the building code. Retaining walls are a particular problem,
as we saw in Pynursla."

The Chief Minister's office said a review meeting on disaster preparedness would be held in
Shillong later this week.
""",
    related=[
        "Shillong-Dawki road reopened after landslide clearance",
        "Cherry blossom festival dates announced",
    ],
    most_read=[
        "Umiam lake water level rises after pre-monsoon rain",
        "Meghalaya Board results: pass percentage improves",
        "Coal transport ban: traders seek relief",
    ],
)

_EQ_PAPER = dict(
    site="chronicle",
    path="/bangladesh/sylhet-quake-toll-injured-aftershocks-experts-warn",
    slug="sylhet-quake-next-day",
    section="Bangladesh",
    headline="Sylhet quake: six dead, 171 injured; experts warn of bigger risk",
    description="Damaged buildings rose to 347 by Monday night as aftershocks continued in "
                "Sylhet and Sunamganj.",
    authors=["Staff Correspondent, Sylhet"],
    byline="Staff Correspondent, Sylhet",
    date_mode="visible",
    visible_date="Tuesday, April 28, 2026",
    ticker="Heatwave to continue in western districts",
    also="How safe is your building? Five questions to ask",
    tags=["Earthquake", "Sylhet", "Disaster management"],
    caption="A family sits outside their damaged home in Chhatak on Monday.",
    credit="Photo: Chronicle",
    body="""
Six people were killed and 171 injured in Sylhet division in Monday's pre-dawn earthquake,
according to a tally by the Department of Disaster Management as of 10:00pm yesterday. One more
person died across the border in India's Meghalaya, bringing the death toll from the quake to
seven.

The quake, which struck at 5:12am, measured 5.6 on the Richter scale according to the Bangladesh
Meteorological Department (BMD), which located its epicentre at Chhatak in Sunamganj. The US
Geological Survey put the magnitude at 5.8, and India's National Center for Seismology at 5.7.

The BMD recorded nine aftershocks by 9:00pm yesterday, the largest measuring 4.1 at 6:03am.

The number of damaged buildings rose to 347 by Monday night, from 312 counted by the afternoon,
the divisional commissioner's office said. Most were homes with brick walls and tin roofs in
Chhatak and Companiganj upazilas, but several multi-storey buildings in Sylhet city also
developed cracks.

The six-storey residential building in Zindabazar that was left leaning against its neighbour
will be demolished, Sylhet City Corporation officials said. Its residents have been moved out
along with those of two adjacent buildings, 42 families in all.

Of the six dead, three were from Chhatak, including two labourers killed when a boundary wall
collapsed, one from Companiganj and one from Sylhet city. A sixth victim, a schoolteacher from
Dowarabazar, died at Osmani Medical College Hospital in the afternoon.

Disaster Management and Relief Minister Abu Sayeed Talukder, who visited Chhatak yesterday, said
Tk 50 lakh in cash and 200 tonnes of rice had been allocated for affected families. "We are
assessing the damage house by house. Nobody will be left without support," he said.

## A warning shot

Experts said the earthquake should be treated as a warning. "This was a moderate quake, and it
still brought down walls and tilted a building. A larger one near Dhaka would be a catastrophe,"
said Prof Shahina Ferdous of Dhaka University's geology department.

Bangladesh sits near the junction of the Indian, Eurasian and Burma plates. The region's history
includes the 1897 Great Assam earthquake, estimated at magnitude 8 or more, and the 1918
Srimangal earthquake, which measured 7.6.

Prof Ferdous said the building code, revised in 2020, was poorly enforced outside Dhaka and
often ignored within it. "Most of the buildings damaged yesterday were never inspected by
anyone," she said.

Educational institutions in Sylhet city and Chhatak upazila will remain closed today so that
engineers can inspect them, the district administration said.

In Sylhet city, many families spent Monday night outdoors or in their cars, fearing more
aftershocks. "My children will not go back inside until someone tells us the building is safe,"
said Rokeya Begum, a resident of Shibganj.

The Fire Service and Civil Defence said its teams had carried out 23 rescue operations across
the division since Monday morning.
""",
    related=[
        "Sylhet schools to stay closed for building checks",
        "Dhaka's fire safety audit finds 1,100 risky buildings",
        "Editorial: Earthquake preparedness cannot wait",
    ],
    most_read=[
        "Heatwave: temperature hits 41.2C in Chuadanga",
        "Budget 2026-27 to be placed in parliament on June 4",
        "Rooppur plant begins trial operation",
        "Dhaka Metro Rail ridership crosses 4 lakh a day",
    ],
)

EQ_STORY = {
    "id": "eq-CE6",
    "part": "CE",
    "domain": "earthquake",
    "fetched": "2026-04-29",
    "articles": [_build(_EQ_WIRE), _build(_EQ_LIVE), _build(_EQ_LOCAL), _build(_EQ_PAPER)],
    "planted": [],
}


STORIES: list[dict] = [CB_STORY, EL_STORY, CT_STORY, TR_STORY, RK_STORY, EQ_STORY]
