"""Story battery, part DA — Horn of Africa and the Great Lakes, events in 2026.

Written by engineer DA1 on 2026-12-07 for the twenty-ninth batch, a precision batch: most
differences between outlets below are legitimate (time zones, rounding, units, growing counts,
provisional vs final figures, other agencies' estimates, previous events, sidebar headlines),
and only three stories carry planted contradictions, three each, each in exactly one outlet.
Outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only. Zones: EAT = UTC+3 (Kenya, Uganda, Tanzania, Ethiopia), CAT =
UTC+2 (Rwanda), CEST = UTC+2 (Italy in October), BST = UTC+1.

cb-DA1 (central bank) — CONTROL. The Central Bank of Kenya's Monetary Policy Committee cut the
Central Bank Rate by 25 bp from 9.00% to 8.75% on Tuesday 9 June 2026; statement 16:00 EAT
(13:00 GMT, 14:00 BST); third cut of 2026 (February 9.50->9.25, 8 April 9.25->9.00), 75 bp
this year, 425 bp below the 13% peak of 2024. May headline CPI 4.6% (April 4.9%), core 3.2%,
food 6.1%, fuel 3.8%; private credit growth 6.8% (April 5.1%); average lending rate 14.9%;
usable reserves $10.94bn = 4.9 months of imports (~KSh 1.41 trn at 129.35/$); 2026 GDP
forecast 5.4% (April: 5.3%); EAWS poll 8 of 12 expected the cut; Governor Amos Kiprotich
Mutai's press briefing Wednesday 10 June 10:00 EAT; next meeting in August. Outlets: EAWS wire
(article:published_time 9 June 13:24Z), Kilele Business live page (EAT stamps, NO date at all),
The Nairobi Ledger next day (visible date only, 10 June), Frontier Markets Monitor specialist
(JSON-LD 11 June). Traps: 25 bp / quarter point / 0.25 pp; 16:00 EAT vs 1300 GMT vs 14:00 BST;
$10.94bn vs "nearly $11bn" vs Sh1.41 trillion; headline vs core vs food vs fuel inflation;
April's figures and rates; real rate 4.15 pp vs core-based 5.55; T-bill yields; Uganda's 9.75%
and Tanzania's 5.75% policy rates; IMF's 5.0% growth forecast vs CBK's 5.4%; analysts' 8.50%
year-end forecast; quotes in slightly different wordings; "Dr Amos Kiprotich Mutai" vs
"Governor Amos Mutai".

el-DA2 (election) — CONTROL. Kitui Central (Kenya) parliamentary by-election, Thursday 20
August 2026, polls 06:00-17:00 EAT, 146 stations, 128,460 registered. Declared by returning
officer Faith Achieng Oduya at 03:40 EAT Friday 21 August (00:40 GMT): Grace Mwende Kilonzo
(NUA) 34,906, Peter Musyoka Nzioka (DRM) 27,530, Mbithi 2,214, Wambua 1,361, Mulwa 401; valid
66,412, rejected 778, cast 67,190; turnout 52.3% (2022: 64.1%); Kilonzo 52.6% of valid votes
(52.0% of all votes cast), Nzioka 41.5%, margin 7,376 (11 points); IEBC provisional turnout at
close "about 49%" from 131 of 146 stations, revised. Nzioka conceded Friday ~11:30 EAT. Outlets:
CNA wire (article:published_time 21 Aug 01:05Z), Taifa Daily live page (visible date, EAT
stamps with growing partial tallies 61/146 and 118/146), The Nation Courier Saturday analysis
(JSON-LD 22 Aug), Mwangaza FM local radio site (NO date at all). Traps: local date vs GMT
around the declaration; provisional vs final turnout; partial tallies; share of valid votes vs
of votes cast; 2022 figures (58.2%, 64.1%); concession "yesterday" vs "Friday morning" vs the
wire's earlier "would review"; names with and without middle names and "Hon."; a station that
opened 40 minutes late at 6.40 a.m.; other by-elections in sidebars.

ct-DA3 (court) — PLANTED (3). Uganda's Constitutional Court, Wednesday 11 March 2026, Kampala,
reading from 10:30 to about 12:40 EAT (07:30 GMT start): Constitutional Petition No. 27 of
2025 (CDRU and Brenda Auma Nyeko v Attorney General) allowed 4-1; lead judgment Justice
Margaret Nakato Atuhaire, dissent Justice Robert Ssekandi Kato; sections 4, 9 and 12 of the
Online Content Regulation Act, 2025 (5,000-follower registration, UGX 500,000 ~ $135 annual
fee, up to five years or UGX 10 million) void; section 15 upheld; refunds within 90 days to
3,412 registrants (UGX 1.706bn ~ $461,000); costs to petitioners; Attorney General Kiiza
Bamwine to appeal. PLANTED: (1) bench split 4-1 right vs 3-2 wrong, in Pearl Pulse; (2)
weekday Wednesday right vs "Thursday, 11 March 2026" wrong, in East African Law Digest; (3)
Bamwine's office Attorney General right vs "Solicitor General" wrong, in The Kampala Herald.
Outlets: EAWS wire (article:published_time 11 March 10:55Z), The Kampala Herald next day
(visible "12/03/2026" only), East African Law Digest case note (JSON-LD 16 March), Pearl
Pulse explainer (NO date at all). Traps: 07:30 GMT vs 10.30am; "more than two hours"; UGX
1.706bn vs Shs1.71 billion vs about 1.7 billion vs $461,000; "four justices to one"; petition
filed July 2025, heard November 2025, interim order refused September 2025; law passed 2
April 2025, in force 1 July 2025; "some eight months" of collection; name forms.

tr-DA4 (trade) — PLANTED (3). Ethiopia-Kenya Preferential Trade and Transit Agreement signed
Tuesday 14 April 2026, 11:15 EAT (08:15 GMT; "5:15 in the morning" by the Ethiopian clock,
Miyazya 6, 2018 E.C.) at the Ministry of Trade and Regional Integration in Addis Ababa by Dr
Hirut Alemayehu Bekele and Kenya's Cabinet Secretary for Investments, Trade and Industry
Daniel Kiptoo Rotich: maximum tariff on 312 lines cut from 25% to 10% from 1 July 2026
(subject to ratification), to zero by January 2030; 2025 two-way trade $612m (Kenyan exports
$498m, Ethiopian $114m incl. $71m electricity; ~KSh 79bn; ~94bn birr); target $1.5bn by 2030;
200 MW power, 400 MW by 2028; Moyale 380 trucks/day, clearance 3 days -> 24 hours; Lamu 21
days free storage; replaces 2019 MoU of 85 lines; business forum Wednesday 15 April, ~220
firms. PLANTED: (1) 2025 trade $612 million right vs $712 million wrong, in Corridor Freight
Review; (2) place of signing Addis Ababa right vs Hawassa wrong, in Biashara Daily; (3) new
tariff "to 10 per cent" right vs "to 15 per cent" wrong, in The Addis Chronicle. Outlets: CNA
wire (article:published_time 14 April 09:05Z), The Addis Chronicle (visible Ethiopian and
Gregorian date only), Biashara Daily next day (JSON-LD 15 April), Corridor Freight Review
(NO date at all). Traps: Ethiopian calendar and clock; GMT vs EAT; currency conversions; 25%
starting rate vs new rate vs zero in 2030; 2019 MoU's 85 lines; 200 vs 400 MW; role phrased
as trade minister / Trade CS; "today"/"tomorrow"/"Wednesday" for the forum; sidebar figures.

rk-DA5 (rocket) — PLANTED (3). Nyota Launch Systems' first Kifaru-1 (21.4 m, ~38 t,
two-stage) lifted off from the San Marco platform of the Luigi Broglio Space Centre off
Ngomeni near Malindi, Kenya, on Saturday 17 October 2026 at 06:42 EAT (03:42:10 UTC, 05:42
CEST, 05:42 CAT in Kigali) after a 2 h 15 min hold (window opened 04:27 EAT); staging T+2:41,
cutoff T+8:52; orbit 506 x 517 km (target 510 km), 3.1 deg; three cubesats (Shamba-1,
Inyenyeri-2, NileEdu-1; 19 kg) released from 58 minutes after liftoff; first signal 08:19 EAT
(05:19 UTC); scrub Wednesday 14 October; first orbital launch from the site since 1988; CEO
Dr Achieng Omolo, launch director Tesfaye Gebremariam, ASI site manager Luca Mancinelli.
PLANTED: (1) liftoff 06:42 local right vs 7:24 a.m. wrong, in The Coast Tribune; (2) cubesat
release 58 minutes right vs 38 minutes wrong, in Orbital Ledger; (3) surname Mancinelli right
vs Mancinetti wrong, in The Coast Tribune. Outlets: EAWS wire (article:published_time 17 Oct
06:05Z), Orbital Ledger specialist (JSON-LD 17 Oct), Spazio Notizie English (visible date
only, CEST times), The Coast Tribune local paper next day (NO date at all). Traps: EAT vs UTC
vs CEST vs CAT for one moment; window 04:27 vs 01:27 UTC vs 03:27 CEST; 510 km vs 506 x 517
km vs 317 miles; $62m vs 57m euros; Kifaru-S's 84 km of November 2025; 1967 and 1988;
T-11 minutes at Wednesday's scrub; 1 h 37 min to first signal.

eq-DA6 (earthquake) — CONTROL. Earthquake near Kasese, western Uganda, at 21:34:17 UTC
Saturday 12 September 2026 = 00:34 EAT Sunday 13 September = 23:34 CAT Saturday in Kigali;
USGS Mw 5.8, depth 10 km, 19 km (12 mi) NW of Kasese; GFZ 5.9; Uganda's DGSM ML 6.0, depth 14
km, near Maliba ~15 km NW; largest aftershock M4.4 at 02:51 EAT (01:51 CAT); aftershocks 27 by
18:00 Sunday, 41 by 06:00 Monday; toll grows 3 dead (06:10 Sunday) -> 5 dead, 41 injured
(11:30) -> 7 dead, 64 injured, 260 houses (19:05) -> 8 dead, 71 injured, 412 houses, ~1,240
displaced (Monday morning, OPM). Felt in Kigali (~240 km/150 mi south) and Kampala (~280
km/175 mi east). Outlets: CNA wire (article:published_time 13 Sept 05:45Z, "at least three"),
Rwenzori Times live page (visible date, EAT stamps), Kigali Post Online (JSON-LD 13 Sept 12:40
CAT, "at least five"), Quake Desk Africa Monday analysis (NO date at all). Traps: local date
vs UTC date across midnight; three agencies' magnitudes and depths, attributed; growing
counts stamped by time; aftershock counts by cut-off; Rwanda's February 2008 quake, a 2025
M4.9, Afar and other quakes in sidebars; "about two hours" vs "two and a quarter hours".
"""

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder.  Article text is written in a light mark-up: blocks are
# separated by blank lines; "## " is a sub-heading, "> text || who" a pull
# quote, "@@ stamp || heading" opens a live-blog update, "[AD]" an advert slot,
# "[FIG] caption || credit" an inline picture, "[BOX] title || a ;; b" a fact
# box.  Everything else is a paragraph.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(text: str) -> list[str]:
    out = []
    for chunk in text.strip().split("\n\n"):
        if chunk.strip():
            out.append(" ".join(line.strip() for line in chunk.strip().splitlines()))
    return out


def _ad(o: dict, slot: str) -> str:
    return (
        f'<div class="{o["pfx"]}-ad ad-slot" data-slot="{slot}">'
        f'<span class="ad-label">{_e(o.get("ad_label", "Advertisement"))}</span>'
        f'<div class="ad-frame" id="{o["pfx"]}-{slot}"></div></div>'
    )


def _body(text: str, o: dict) -> str:
    out = []
    open_update = False
    n_ad = 0
    for b in _blocks(text):
        if b.startswith("@@ "):
            if open_update:
                out.append("</article>")
            stamp, _, head = b[3:].partition(" || ")
            out.append(
                f'<article class="{o["pfx"]}-post live-update">'
                f'<p class="post-stamp">{_e(stamp)}</p>'
            )
            if head:
                out.append(f"<h3>{_e(head)}</h3>")
            open_update = True
        elif b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b.startswith("> "):
            quote, _, who = b[2:].partition(" || ")
            cite = f"<cite>{_e(who)}</cite>" if who else ""
            out.append(f'<blockquote class="pull"><p>{_e(quote)}</p>{cite}</blockquote>')
        elif b == "[AD]":
            n_ad += 1
            out.append(_ad(o, f"inline-{n_ad}"))
        elif b.startswith("[FIG] "):
            cap, _, credit = b[6:].partition(" || ")
            out.append(
                f'<figure class="inline"><img src="https://static.{o["domain"]}/img/in-{n_ad}.jpg"'
                f' alt="{_e(cap)}"><figcaption>{_e(cap)} '
                f'<span class="credit">{_e(credit)}</span></figcaption></figure>'
            )
        elif b.startswith("[BOX] "):
            title, _, items = b[6:].partition(" || ")
            lis = "".join(f"<li>{_e(i.strip())}</li>" for i in items.split(" ;; "))
            out.append(f'<aside class="factbox"><h4>{_e(title)}</h4><ul>{lis}</ul></aside>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    if open_update:
        out.append("</article>")
    return "\n".join(out)


def _linklist(o: dict, title: str, items: list[str], cls: str) -> str:
    lis = []
    for i, text in enumerate(items):
        slug = "-".join(w for w in "".join(
            c.lower() if c.isalnum() else " " for c in text).split()[:8])
        lis.append(f'<li><a href="https://www.{o["domain"]}/{o["sect"]}/{slug}-{i + 7}">'
                   f"{_e(text)}</a></li>")
    return f'<section class="{cls}"><h3>{_e(title)}</h3><ol>{"".join(lis)}</ol></section>'


def page(o: dict, a: dict) -> str:
    """Render one whole article page for outlet `o` and article `a`."""
    url = a["url"]
    title = a["headline"] + o["sep"] + o["name"]
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{o.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(a["desc"])}">',
        f'<link rel="canonical" href="{_e(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(a["headline"])}">',
        f'<meta property="og:description" content="{_e(a["desc"])}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(o["name"])}">',
        f'<meta property="og:image" content="https://static.{o["domain"]}/img/{a["img"]}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="stylesheet" href="https://static.{o["domain"]}/css/site.{o["pfx"]}.css">',
    ]
    if a.get("meta_time"):
        head.append(f'<meta property="article:published_time" content="{a["meta_time"]}">')
        head.append(f'<meta property="article:section" content="{_e(a["section"])}">')
    if a.get("jsonld_time"):
        ld = {
            "@context": "https://schema.org",
            "@type": a.get("ld_type", "NewsArticle"),
            "headline": a["headline"],
            "datePublished": a["jsonld_time"],
            "dateModified": a.get("jsonld_modified", a["jsonld_time"]),
            "author": {"@type": "Person", "name": a["byline"]},
            "publisher": {"@type": "Organization", "name": o["name"],
                          "logo": {"@type": "ImageObject",
                                   "url": f"https://static.{o['domain']}/logo.png"}},
            "mainEntityOfPage": url,
        }
        head.append('<script type="application/ld+json">' + json.dumps(ld) + "</script>")
    head.append(f'<script async src="https://ads.{o["domain"]}/tag.js"></script>')
    head.append("</head>")

    nav = "".join(
        f'<li><a href="https://www.{o["domain"]}/{n.lower().replace(" ", "-")}">{_e(n)}</a></li>'
        for n in o["nav"]
    )
    cookie = (
        f'<div id="{o["pfx"]}-consent" class="consent-banner" role="dialog">'
        f"<p>{_e(o['cookie'])}</p>"
        f'<button class="accept">{_e(o.get("accept", "Accept all"))}</button>'
        f'<button class="manage">{_e(o.get("manage", "Manage preferences"))}</button></div>'
    )
    header = (
        f'<header class="{o["pfx"]}-masthead"><a class="logo" href="https://www.{o["domain"]}/">'
        f'{_e(o["name"])}</a>'
        + (f'<p class="tagline">{_e(o["tagline"])}</p>' if o.get("tagline") else "")
        + f'<nav class="primary"><ul>{nav}</ul></nav>'
        + '<form class="search" action="/search"><input type="search" name="q" '
        'placeholder="Search"></form></header>'
    )
    shares = "".join(f'<li><a class="share-{s.lower()}" href="#">{_e(s)}</a></li>'
                     for s in o["share"])
    share = f'<div class="share-bar"><span>{_e(o.get("share_label", "Share"))}</span>' \
            f"<ul>{shares}</ul></div>"
    by = f'<div class="byline"><span class="author">{_e(a["byline"])}</span>'
    if a.get("role"):
        by += f' <span class="author-role">{_e(a["role"])}</span>'
    if a.get("date_visible"):
        by += f' <span class="dateline-stamp">{_e(a["date_visible"])}</span>'
    by += "</div>"
    fig = (
        f'<figure class="lead"><img src="https://static.{o["domain"]}/img/{a["img"]}.jpg" '
        f'alt="{_e(a["caption"])}"><figcaption>{_e(a["caption"])} '
        f'<span class="credit">{_e(a["credit"])}</span></figcaption></figure>'
    )
    top = [
        f'<p class="kicker">{_e(a["section"])}</p>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["desc"])}</p>',
    ]
    if o["layout"] == "a":
        top += [by, share, fig]
    elif o["layout"] == "b":
        top += [fig, by]
    else:
        crumbs = " / ".join(_e(c) for c in ("Home", o["crumb"], a["section"]))
        top = [f'<p class="breadcrumb">{crumbs}</p>', *top,
               by, '<p class="listen">Listen to this article</p>', fig]
    body = _body(a["body"], o)
    tail = []
    if a.get("tags"):
        tail.append('<p class="tags">' + _e(o.get("tags_label", "Topics")) + ": "
                    + ", ".join(_e(t) for t in a["tags"]) + "</p>")
    if o["layout"] != "a":
        tail.append(share)
    if a.get("correction"):
        tail.append(f'<p class="editor-note">{_e(a["correction"])}</p>')
    side = []
    if a.get("related"):
        side.append(_linklist(o, o.get("related_label", "Related"), a["related"], "related"))
    side.append(_ad(o, "sidebar"))
    if a.get("mostread"):
        side.append(_linklist(o, o.get("mostread_label", "Most read"), a["mostread"],
                              "most-read"))
    side.append(
        f'<div class="newsletter"><h3>{_e(o["newsletter"][0])}</h3>'
        f"<p>{_e(o['newsletter'][1])}</p>"
        '<form><input type="email" placeholder="Your email address">'
        f'<button>{_e(o.get("signup", "Sign up"))}</button></form></div>'
    )
    if o["layout"] == "b":
        side.reverse()
    foot_links = "".join(f'<li><a href="https://www.{o["domain"]}/{f.lower().replace(" ", "-")}">'
                         f"{_e(f)}</a></li>" for f in o["footer_links"])
    footer = (
        f'<footer class="{o["pfx"]}-footer"><ul>{foot_links}</ul>'
        f"<p>{_e(o['footer'])}</p></footer>"
    )
    parts = [
        *head,
        f'<body class="article {o["pfx"]}">',
        cookie,
        header,
        _ad(o, "leaderboard"),
        '<main class="content"><div class="story">',
        *top,
        f'<div class="article-body">{body}</div>',
        *tail,
        '</div><aside class="rail">',
        *side,
        "</aside></main>",
        footer,
        "</body>",
        "</html>",
    ]
    return "\n".join(parts)


def _outlet(**kw) -> dict:
    base = {
        "sep": " | ",
        "layout": "a",
        "share": ["Facebook", "X", "WhatsApp", "Email"],
        "crumb": "News",
        "sect": "news",
        "footer_links": ["About us", "Contact", "Privacy policy", "Terms of use"],
    }
    base.update(kw)
    return base


EAWS = _outlet(
    name="East Africa Wire Service", domain="eawire.example", pfx="eaws", sect="business",
    nav=["World", "Business", "Markets", "Politics", "Technology", "Sustainability"],
    cookie="We use cookies and similar technologies to personalise content and ads and to "
    "analyse our traffic. You can change your choices at any time.",
    newsletter=("East Africa Briefing", "The day's top stories from the region, every weekday."),
    footer="All quotes delayed a minimum of 15 minutes. (c) 2026 East Africa Wire Service. "
    "All rights reserved.",
    footer_links=["About EAWS", "Careers", "Trust principles", "Privacy", "Accessibility"],
    share=["X", "LinkedIn", "Email", "Copy link"],
)
CNA = _outlet(
    name="Continental News Agency", domain="cna-wire.example", pfx="cna", sep=" - ",
    layout="b", sect="africa",
    nav=["Africa", "World", "Economy", "Elections", "Science", "Sport"],
    cookie="This site uses cookies. By continuing to browse you agree to our use of cookies.",
    accept="OK", manage="Settings",
    newsletter=("CNA Africa Daily", "Get Africa's most important news in your inbox at 6 a.m."),
    footer="Continental News Agency. Reproduction of this content without a licence is "
    "prohibited.",
    share=["Facebook", "X", "WhatsApp", "Telegram"],
)


# ---------------------------------------------------------------------------
# cb-DA1: Central Bank of Kenya, Monetary Policy Committee, 9 June 2026 (CONTROL)
# ---------------------------------------------------------------------------

KILELE = _outlet(
    name="Kilele Business", domain="kilele.example", pfx="klb", sep=" - ", layout="c",
    crumb="Markets", sect="markets",
    nav=["Markets", "Banking", "Companies", "Personal finance", "Live", "Podcasts"],
    cookie="Kilele Business and our partners use cookies to improve your experience and "
    "measure our audience.",
    accept="I agree", manage="Customise",
    newsletter=("Market Close", "A five-minute read on the NSE, the shilling and bonds, "
                "every trading day at 5 p.m."),
    footer="Kilele Business is published by Kilele Media Ltd, Nairobi.",
    share=["WhatsApp", "X", "Facebook", "LinkedIn"],
)
LEDGER = _outlet(
    name="The Nairobi Ledger", domain="nairobiledger.example", pfx="nlg", layout="b",
    crumb="Business", sect="business", tagline="Kenya's independent daily",
    nav=["News", "Counties", "Business", "Opinion", "Sports", "Lifestyle", "E-paper"],
    cookie="We value your privacy. We and our partners store and access information on your "
    "device to serve personalised ads and content.",
    accept="Accept", manage="More options",
    newsletter=("Ledger Morning Brief", "Start your day with the stories Kenya is talking about."),
    footer="(c) 2026 Ledger Publishing Group. Registered at the GPO as a newspaper.",
    footer_links=["About", "Advertise", "Subscribe", "Privacy", "Contact"],
)
FMM = _outlet(
    name="Frontier Markets Monitor", domain="fmmonitor.example", pfx="fmm", sep=" — ",
    layout="c", crumb="Africa", sect="africa",
    nav=["Africa", "Asia", "Latin America", "Rates", "FX", "Sovereign debt", "Data"],
    cookie="We use strictly necessary cookies and, with your consent, analytics cookies.",
    accept="Allow analytics", manage="Necessary only",
    newsletter=("Monitor Weekly", "Central bank decisions and debt deals across 40 frontier "
                "economies, every Friday."),
    footer="Frontier Markets Monitor is an independent research publication. Nothing on "
    "this site is investment advice.",
    share=["LinkedIn", "X", "Email"], ad_label="Sponsored",
)

CB_WIRE = """
NAIROBI, June 9 (EAWS) - The Central Bank of Kenya cut its benchmark lending rate by 25
basis points to 8.75% on Tuesday, its third consecutive reduction this year, saying easing
inflation and a stable shilling left room to support lending to businesses.

The bank's Monetary Policy Committee (MPC) had held the Central Bank Rate (CBR) at 9.00%
since its April 8 meeting, when it also cut by 25 basis points. Tuesday's decision was
published in a statement at 1300 GMT.

Eight of 12 analysts polled by EAWS last week had forecast a quarter-point cut, while four
expected the committee to hold the rate.

"The Committee concluded that there was scope for a further easing of the monetary policy
stance to support economic activity, while ensuring exchange rate stability," the MPC said
in its statement, which was signed by Governor Amos Mutai.

Headline inflation slowed to 4.6% year on year in May from 4.9% in April, official data
showed last month, keeping it in the lower half of the government's target range of 2.5% to
7.5%. Core inflation, which strips out volatile food and energy prices, eased to 3.2%, the
bank said.

Food inflation stood at 6.1%, driven by higher prices of maize flour and sugar, while fuel
inflation was 3.8%, the statement said.

[AD]

Growth in lending to the private sector picked up to 6.8% in the 12 months to May from 5.1%
in April, the committee said, adding that banks had begun passing lower rates on to
borrowers. The average commercial bank lending rate fell to 14.9% in May.

The central bank's usable foreign exchange reserves stood at $10.94 billion as of June 4,
equivalent to 4.9 months of import cover and above the statutory requirement of four months.

The MPC raised its forecast for economic growth in 2026 to 5.4% from the 5.3% it projected in
April, citing a strong harvest after the long rains and resilient services exports.

The shilling was little changed at 129.35 per dollar after the announcement, traders said.

"The bank has clearly shifted its focus from the currency to growth," said Wairimu Njoroge,
chief economist at Ridgeway Capital in Nairobi. "With core inflation at 3.2%, there is room
for at least one more cut before the end of the year."

Benard Kiplagat, head of research at Mvuli Securities, said his team had expected a pause
ahead of the monthly fuel price review due on June 14. "We had pencilled in a hold, but the
inflation print gave them cover," he said.

The bank has now lowered the CBR by a cumulative 75 basis points in 2026, having cut by a
quarter point at each of its February and April meetings. It began its easing cycle in August
2024 after raising the rate to a peak of 13% earlier that year to defend the shilling.

Kenya's government has been pressing lenders to bring down borrowing costs for small
businesses, and the Treasury said last month it expected private credit to grow by about 8%
this year as rates fall.

The committee said it would meet again in August, and that it would "closely monitor the
impact of the policy measures" as well as developments in the global economy, including oil
prices.

(Reporting by Jane Wambui; Editing by Tom Ashdown)
"""

CB_LIVE = """
@@ 17:35 EAT || Wrapping up: what today's cut means

That is all from us for today. To recap: the Monetary Policy Committee of the Central Bank of
Kenya lowered the Central Bank Rate (CBR) by a quarter of a percentage point to 8.75 per cent,
its third cut this year. The shilling held in a tight 129.3 to 129.4 range against the dollar
through the afternoon, and the committee meets again in August.

Governor Amos Mutai holds his post-MPC press briefing at 10 a.m. tomorrow. We will carry it
live from 9.45 a.m.

@@ 17:02 EAT || Banks: lending rates to follow "within weeks"

A senior treasury dealer at one of the tier-one banks told Kilele the cut would feed into
loan pricing within weeks rather than months. "Our risk-based pricing model moves with the
CBR, so customers should see the change on their next statement," she said, asking not to
be named because she is not authorised to speak to the media.

The statement put the average commercial bank lending rate at 14.9 per cent in May.

@@ 16:48 EAT || Reserves comfortable at 4.9 months

The CBK says usable foreign exchange reserves were $10.94 billion as of June 4, equal to 4.9
months of import cover, comfortably above the four-month statutory minimum. At today's
exchange rate that is roughly KSh 1.4 trillion.

[AD]

@@ 16:31 EAT || Analysts: "Focus has shifted to growth"

Ridgeway Capital chief economist Wairimu Njoroge says the decision confirms a change of
emphasis at the bank. "The bank has shifted its focus from the shilling to growth," she told
us. "Core inflation at 3.2 per cent gives it room for at least one more cut this year."

Not everyone had expected a move. Mvuli Securities had forecast a hold ahead of the fuel price
review on June 14, research head Benard Kiplagat said.

@@ 16:12 EAT || Credit growth picks up

Some detail from the statement: private sector credit grew 6.8 per cent in the year to May,
up from 5.1 per cent in April. The committee also nudged up its 2026 growth projection to 5.4
per cent from 5.3 per cent, pointing to good long rains.

Headline inflation was 4.6 per cent in May, with core inflation at 3.2 per cent and food
inflation at 6.1 per cent.

@@ 16:02 EAT || BREAKING: CBK cuts rate to 8.75%

The Central Bank of Kenya has cut the Central Bank Rate by 25 basis points to 8.75 per cent
from 9.00 per cent. "The Committee concluded that there was scope for a further easing of the
monetary policy stance to support economic activity, while ensuring exchange rate stability,"
the statement says.

@@ 15:41 EAT || Decision due at 4 p.m.

The statement is expected at 4 p.m. Most analysts expect a quarter-point cut after inflation
eased to 4.6 per cent in May from 4.9 per cent in April. Eight of 12 economists in a wire
service poll forecast a cut.

@@ 15:20 EAT || Welcome

Good afternoon and welcome to our live coverage of the Central Bank of Kenya's rate decision.
At its last meeting on April 8 the MPC cut the CBR to 9.00 per cent from 9.25 per cent, and
markets are betting on a repeat today. Stay with us.
"""

CB_LEDGER = """
The Central Bank of Kenya (CBK) has told commercial banks to pass on lower borrowing costs to
households and businesses "without delay" after it cut its benchmark rate for the third time
this year.

The Monetary Policy Committee (MPC) on Tuesday lowered the Central Bank Rate (CBR) to 8.75 per
cent from 9 per cent, citing slowing inflation and a stable exchange rate.

Speaking at a press briefing in Nairobi this morning, Governor Dr Amos Kiprotich Mutai said
the committee expected lenders to respond quickly. "We expect banks to reflect the lower
Central Bank Rate in their lending rates without delay. The risk-based pricing framework was
designed precisely for this," he said.

[FIG] Governor Amos Kiprotich Mutai during the post-MPC briefing in Nairobi. || Photo: Moses
Otieno / Ledger

Dr Mutai said the average lending rate charged by banks had already fallen to 14.9 per cent
in May, and that private sector credit growth had recovered to 6.8 per cent, from 5.1 per cent
a month earlier. He said the bank would be watching whether small and medium-sized enterprises
were getting a fair share of new loans.

Inflation eased to 4.6 per cent in May from 4.9 per cent in April, according to the Kenya
National Bureau of Statistics, within the 2.5 to 7.5 per cent range set by the National
Treasury. Non-food, non-fuel inflation, the measure the bank watches most closely for
underlying price pressure, was 3.2 per cent.

## Reserves and the shilling

The Governor said usable foreign exchange reserves stood at about $10.9 billion (Sh1.41
trillion), or 4.9 months of import cover, and that the shilling had been "remarkably stable"
this year. The currency traded at 129.35 to the dollar on Tuesday afternoon.

Asked whether the bank had room for more cuts, Dr Mutai said the committee would be guided by
data. "We are not on autopilot. If inflation remains anchored and the external position stays
strong, the committee will have options in August," he said.

[AD]

The CBK now expects the economy to grow by 5.4 per cent this year, slightly higher than the 5.3
per cent it forecast at its April meeting, helped by a good harvest.

## Business welcomes cut

The Kenya Private Sector Alliance (KEPSA) welcomed the decision but said banks had been slow
to respond to previous cuts. "Two cuts earlier this year did not reach most small traders.
This time the banks must move," said Paul Ochieng, KEPSA's head of policy.

Mercy Wambui, a spokesperson for the Kenya Bankers Association, said lenders would review
their pricing "in line with the new CBR" but warned that high government borrowing was still
keeping the cost of funds up.

Ridgeway Capital economist Wairimu Njoroge said the bank's tone had changed. "The focus has
shifted from the currency to growth," she said, adding that she expected one more quarter-point
cut before December.

The MPC has reduced the rate by a cumulative 75 basis points since February. In April it cut
the CBR to 9 per cent from 9.25 per cent, and in February from 9.5 per cent.

The bank raised the rate to 13 per cent in early 2024 when the shilling was under heavy
pressure, before starting to ease in August that year. The next MPC meeting is due in August.
"""

CB_FMM = """
Kenya's Monetary Policy Committee delivered a third consecutive quarter-point cut on 9 June,
taking the Central Bank Rate to 8.75% and extending an easing cycle that has now removed 425
basis points from the policy rate since the peak of 13%.

The decision, announced at 16:00 Nairobi time (14:00 BST), was in line with the consensus:
two-thirds of economists in an EAWS poll had expected a 25bp move. The statement's language,
which stressed "scope for a further easing of the monetary policy stance", was read by local
dealers as leaving the door open to another cut in August.

## Real rates still generous

With May headline inflation at 4.6%, the real policy rate is about 4.15 percentage points,
or roughly 5.55 points measured against core inflation of 3.2%. That remains one of the
highest real rates among the larger sub-Saharan frontier markets and, in our view, gives the
Central Bank of Kenya (CBK) room to keep easing without putting the shilling at risk.

[BOX] Kenya at a glance || Central Bank Rate: 8.75% (from 9.00%) ;; Headline CPI, May: 4.6%
y/y (April: 4.9%) ;; Core CPI, May: 3.2% ;; Private sector credit, May: +6.8% y/y ;; Usable
FX reserves, 4 June: $10.94bn, 4.9 months of imports ;; 2026 GDP forecast (CBK): 5.4%

The front end of the curve had already priced in the move. The 91-day Treasury bill yield
fell to 8.12% at last week's auction, while the 364-day paper cleared at 9.46%. The shilling,
at about 129.4 per dollar, has barely moved this year, and the CBK's reserves of nearly $11bn
are the strongest cushion the country has had in several years.

"The bank is cutting from a position of strength," said Hamza Yusuf Abdi, senior Africa
strategist at Baobab Frontier Advisory in London. "The reserves position and a narrow
current-account deficit mean the CBK can look through a temporary uptick in food prices. We
expect the CBR at 8.50% by year-end."

[AD]

## Credit channel finally working

The more interesting development is in bank lending. Private sector credit growth
accelerated to 6.8% year on year in May from 5.1% in April, the fastest pace since late 2024,
and the average lending rate fell to 14.9%. Governor Amos Mutai told reporters on 10 June that
banks must reflect the lower CBR "without delay", a message local dealers read as a warning to
lenders that have been slow to reprice loans under the risk-based pricing framework.

The CBK also lifted its 2026 growth forecast to 5.4% from 5.3%, citing a strong long-rains
harvest, services exports and the recovery in credit. The IMF's April projection, by
comparison, put Kenyan growth at 5.0% this year.

## Regional divergence

Kenya's move contrasts with neighbours. The Bank of Uganda held its own central bank rate at
9.75% on 3 June, citing upside risks to food prices, while the Bank of Tanzania left its rate
at 5.75% for the April to June quarter. Rwanda's central bank is due to decide in August.

We maintain our view that the CBK will deliver one more 25bp cut this year, most likely in
August, taking the CBR to 8.50%. The main risk to that call is a renewed rise in global oil
prices, which would push up fuel inflation, at 3.8% in May, and the import bill.
"""


def _cb() -> dict:
    arts = [
        (EAWS, {
            "url": "https://www.eawire.example/business/2026/06/09/"
                   "kenya-central-bank-cuts-key-rate-to-875-as-inflation-cools",
            "headline": "Kenya's central bank cuts key rate to 8.75% as inflation cools",
            "desc": "Central Bank of Kenya lowers CBR by 25 bps, third cut of 2026; "
                    "headline inflation 4.6% in May.",
            "section": "Markets", "byline": "By Jane Wambui", "img": "cbk-building",
            "meta_time": "2026-06-09T13:24:00Z", "date_visible": "June 9, 2026 1:24 PM GMT",
            "caption": "The Central Bank of Kenya headquarters on Haile Selassie Avenue, "
                       "Nairobi, in a file photo.",
            "credit": "EAWS/File Photo",
            "body": CB_WIRE,
            "tags": ["Kenya", "Central banks", "Interest rates"],
            "related": ["Bank of Uganda holds rate at 9.75%, flags food prices",
                        "Kenya's May inflation eases to 4.6%",
                        "Ethiopia's birr slips past 150 per dollar"],
            "mostread": ["Oil jumps 3% on Red Sea shipping worries",
                         "Safaricom full-year profit rises 11%",
                         "Tanzania to sell $500 million Eurobond, sources say"],
        }),
        (KILELE, {
            "url": "https://www.kilele.example/live/cbk-mpc-rate-decision-live",
            "headline": "LIVE: CBK cuts Central Bank Rate to 8.75% — reaction",
            "desc": "Follow our live coverage of the Central Bank of Kenya's Monetary Policy "
                    "Committee decision and market reaction.",
            "section": "Live", "byline": "Kilele markets desk", "img": "cbk-live",
            "caption": "Traders at a Nairobi forex bureau.",
            "credit": "Kilele Business",
            "body": CB_LIVE,
            "tags": ["CBK", "MPC", "Shilling"],
            "related": ["NSE 20 closes at six-month high", "Treasury bill yields fall again",
                        "What the CBR means for your mortgage"],
            "mostread": ["KRA targets landlords in new tax drive",
                         "Fuel prices: what to expect on the 14th",
                         "Equity Group to open 40 branches in DRC"],
        }),
        (LEDGER, {
            "url": "https://www.nairobiledger.example/business/"
                   "cbk-cuts-rate-again-tells-banks-to-pass-on-lower-costs",
            "headline": "CBK cuts rate again, tells banks to pass on lower costs",
            "desc": "Governor Mutai says lenders must reflect the new 8.75 per cent CBR "
                    "without delay.",
            "section": "Business", "byline": "Kevin Omondi", "role": "Senior Business Writer",
            "img": "mutai-briefing",
            "date_visible": "Wednesday, June 10, 2026 | Updated 13:10 EAT",
            "caption": "Shoppers at a Nairobi supermarket. Inflation eased to 4.6 per cent "
                       "in May.",
            "credit": "Photo: Ledger Archive",
            "body": CB_LEDGER,
            "tags": ["CBK", "Banking", "Interest rates"],
            "related": ["Uganda holds key rate at 9.75 per cent",
                        "Banks' profits rise 14 per cent in first quarter",
                        "Opinion: Why loans stay expensive"],
            "mostread": ["Nairobi Expressway toll rates to rise in July",
                         "Teachers' union calls off strike", "Harambee Stars squad named"],
        }),
        (FMM, {
            "url": "https://www.fmmonitor.example/africa/kenya-third-quarter-point-cut",
            "headline": "Kenya: Third quarter-point cut takes CBR to 8.75%; real rate still "
                        "above 4%",
            "desc": "The CBK's easing cycle has room to run, with reserves near $11bn and core "
                    "inflation at 3.2%.",
            "section": "Rates", "byline": "Daniel Hartigan", "role": "Africa economist",
            "img": "kenya-rates",
            "jsonld_time": "2026-06-11T07:30:00+00:00", "date_visible": "11 Jun 2026",
            "caption": "Nairobi's central business district.",
            "credit": "FMM / Stock",
            "body": CB_FMM,
            "tags": ["Kenya", "Monetary policy", "Frontier FX"],
            "related": ["Nigeria: MPC holds at 26.5% as inflation slows",
                        "Egypt cuts rates by 200bp",
                        "Zambia's debt deal: what bondholders got"],
            "mostread": ["Ghana Eurobonds rally after IMF review",
                         "Frontier FX: the year so far"],
        }),
    ]
    return {
        "id": "cb-DA1", "part": "DA", "domain": "central bank", "fetched": "2026-06-12",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [],
    }


# ---------------------------------------------------------------------------
# el-DA2: Kitui Central parliamentary by-election, Kenya, 20 August 2026 (CONTROL)
# ---------------------------------------------------------------------------

TAIFA = _outlet(
    name="Taifa Daily", domain="taifadaily.example", pfx="tfd", layout="c", crumb="Politics",
    sect="politics",
    nav=["Home", "Politics", "Counties", "Business", "Live", "Opinion", "Video"],
    cookie="Taifa Daily uses cookies to give you the best experience. Read our cookie "
    "policy to find out more.",
    accept="Got it", manage="Cookie settings",
    newsletter=("Taifa Politics Digest", "Every Friday: what happened in Parliament and the "
                "counties this week."),
    footer="Taifa Daily, a publication of Taifa Media Group. Nairobi | Mombasa | Kisumu.",
    share=["Facebook", "X", "WhatsApp"],
)
COURIER = _outlet(
    name="The Nation Courier", domain="natcourier.example", pfx="ncr", layout="a",
    sect="news", tagline="Since 1998",
    nav=["News", "Politics", "Counties", "Business", "Analysis", "Letters", "Weekend"],
    cookie="We and our 14 partners use cookies to store and access personal data on your "
    "device. Click Accept to consent or Reject to refuse.",
    accept="Accept", manage="Reject",
    newsletter=("The Weekend Courier", "Long reads and analysis, delivered every Saturday."),
    footer="(c) The Nation Courier Ltd 2026. All rights reserved.",
)
MWANGAZA = _outlet(
    name="Mwangaza FM 98.4", domain="mwangazafm.example", pfx="mwf", sep=" :: ",
    layout="b", sect="habari",
    nav=["Habari", "Kitui", "Machakos", "Makueni", "Listen live", "Shows", "Contact"],
    cookie="Tunatumia cookies / We use cookies to keep our website running smoothly.",
    accept="Sawa / OK", manage="More",
    newsletter=("Mwangaza on WhatsApp", "Get Ukambani news on WhatsApp: join our channel."),
    footer="Mwangaza FM 98.4 - Sauti ya Ukambani. Kitui town, Kenya.",
    share=["WhatsApp", "Facebook"],
)

EL_WIRE = """
KITUI, Kenya, Aug 21 (CNA) - Grace Mwende Kilonzo of the National Unity Alliance (NUA) won
Thursday's by-election for the Kitui Central parliamentary seat, the electoral commission
said early on Friday, keeping the constituency in the party's hands.

Kilonzo, 38, a former county executive for water, polled 34,906 votes against 27,530 for
Peter Musyoka Nzioka of the opposition Democratic Reform Movement (DRM), the returning
officer, Faith Achieng Oduya, announced at the tallying centre at Kitui National Polytechnic.

The result was declared at 0040 GMT on Friday, 3:40 a.m. local time, after counting that ran
through the night.

Kilonzo won 52.6% of the 66,412 valid votes and Nzioka 41.5%. Three other candidates shared
the remaining 3,976 votes. Another 778 ballots were rejected.

Turnout was 52.3% of the constituency's 128,460 registered voters, the Independent Electoral
and Boundaries Commission (IEBC) said, well below the 64.1% recorded in the seat at the 2022
general election.

"This victory belongs to the people of Kitui Central, who came out in the rain to vote," Kilonzo
told supporters at the tallying centre. "I will not forget the water question. It is the first
thing I will take to Parliament."

[AD]

Nzioka's campaign said it would review the results from all 146 polling stations before
commenting. A DRM official, who asked not to be named, said the party's agents had signed the
forms at most stations.

The seat fell vacant in June after the previous member, Joseph Mutua Kavita of the NUA, was
appointed ambassador. Kavita won it in 2022 with 58.2% of the vote.

The by-election was seen as an early test of both parties' strength in the Ukambani region
ahead of the 2027 general election. The DRM had campaigned heavily on the cost of living and
brought senior party figures to Kitui for the final rally on Tuesday.

Police said voting was largely peaceful. Two minor incidents were reported, including a scuffle
between party agents in Township ward, and one polling station opened 40 minutes late because
of delayed materials.

Kitui Central covers Kitui town, the county headquarters, and surrounding farming areas where
access to water has dominated politics for years. Both main candidates promised to complete
stalled dams and pipelines in the constituency.

Election observers from a coalition of civil society groups said in a preliminary statement on
Thursday evening that the process had been "orderly and transparent", although they noted that
rain had slowed voting in some wards in the afternoon.

Polling stations opened at 6 a.m. and closed at 5 p.m. on Thursday. The IEBC had given a
provisional turnout figure of about 49% shortly after polls closed, based on electronic voter
identification data from 131 of the 146 stations.

Kilonzo is expected to be sworn in when the National Assembly resumes from its recess on Sept. 8.

(Reporting by Musa Kiprop; Editing by Ruth Adhiambo)
"""

EL_LIVE = """
@@ 03:52 EAT, Fri || Kilonzo wins Kitui Central

It is official. Returning officer Faith Achieng Oduya declared Grace Mwende Kilonzo (NUA) the
winner at 3.40 a.m. with 34,906 votes. Peter Musyoka Nzioka (DRM) got 27,530. Daniel Kyalo
Mbithi (independent) had 2,214, Ruth Kanini Wambua (UPC) 1,361 and Stephen Mulwa (GFP) 401.

Valid votes: 66,412. Rejected: 778. Final turnout: 52.3 per cent of 128,460 registered voters,
higher than the provisional figure the IEBC gave last evening, which covered only the stations
that had transmitted.

We are closing this live page now. Full report and analysis on Taifa Daily later today.

@@ 03:41 EAT, Fri || Declaration under way

Ms Oduya has begun reading out the results, candidate by candidate. Kilonzo's supporters are already
singing outside the polytechnic hall.

@@ 01:10 EAT, Fri || 118 of 146 stations in

With 118 of the 146 polling stations tallied, Kilonzo has 28,244 votes and Nzioka 22,390. The
remaining stations are mostly in Kyangwithya East and Mulango wards.

[AD]

@@ 22:15 EAT, Thu || First tallies

Forms 35A from 61 of 146 stations have been verified at the constituency tallying centre.
Kilonzo leads with 14,880 votes to Nzioka's 12,102.

Agents from both main parties are present. A DRM agent complained about the lighting in the
hall but said he had no concerns about the forms.

@@ 18:30 EAT, Thu || IEBC: provisional turnout about 49 per cent

The IEBC constituency election coordinator says provisional turnout is about 49 per cent, based
on electronic voter identification data from 131 of 146 stations. The figure will change once
the remaining stations report, he says.

@@ 20:40 EAT, Thu || Counting under way at stations

Counting is going on at polling stations, with results being posted on the doors of
classrooms. Agents are photographing Forms 35A before they are carried to the tallying centre
at Kitui National Polytechnic.

@@ 17:05 EAT, Thu || Polls close

Voting has ended across the constituency's five wards. Anyone still in the queue at 5 p.m. will
be allowed to vote, the IEBC says. Counting starts at each station immediately.

@@ 14:20 EAT, Thu || Rain slows voting

Heavy rain this afternoon has thinned queues in Township and Miambani wards. Our reporter at
Kitui Primary School says voters are sheltering under classroom roofs.

@@ 11:45 EAT, Thu || Candidates vote

Grace Mwende Kilonzo cast her ballot at a primary school in Kyangwithya West shortly after
7 a.m. and urged residents to turn out despite the clouds. Peter Musyoka Nzioka voted at a
station in Mulango ward and told reporters he was confident. "The people want change, and
today they will say so," he said.

@@ 09:10 EAT, Thu || Late start at one station

One polling station in Mulango ward opened at 6.40 a.m., 40 minutes late, after ballot papers
arrived late from the tallying centre. The IEBC says no voter will be turned away because of
the delay. Elsewhere, stations opened on time at 6 a.m.

@@ 06:05 EAT, Thu || Good morning from Kitui

Welcome to our live coverage of the Kitui Central by-election. Five candidates are on the
ballot for the seat left vacant when Joseph Mutua Kavita was appointed ambassador. There are
128,460 registered voters and 146 polling stations.
"""

EL_COURIER = """
Grace Mwende Kilonzo will head to Parliament next month after a clear win in Thursday's Kitui
Central by-election, a result that hands the National Unity Alliance (NUA) a morale boost but
also carries a warning about voter apathy.

Ms Kilonzo took 52.6 per cent of valid votes, beating Peter Musyoka Nzioka of the Democratic
Reform Movement (DRM), who won 41.5 per cent. Her margin was 7,376 votes, or 11 percentage
points. The Independent Electoral and Boundaries Commission (IEBC) declared the result in the
early hours of Friday.

Mr Nzioka conceded yesterday at a press conference in Kitui town at about 11.30 a.m., ending
hours of uncertainty over whether the DRM would challenge the result. "The people have spoken
and I respect their verdict. I congratulate my sister Grace and I wish her well," he said,
flanked by party officials.

## Turnout falls sharply

Only 52.3 per cent of the 128,460 registered voters cast ballots, compared with 64.1 per cent
at the 2022 general election. In absolute terms, 67,190 people voted, including 778 whose
ballots were rejected, just over 1 per cent of the total.

The IEBC's provisional turnout figure of about 49 per cent, given on Thursday evening, was
based on data from 131 of the constituency's 146 stations and was revised upwards once all
results were in.

[AD]

"Turnout in by-elections is always lower, but a drop of nearly 12 points should worry all
parties," said Dr Lucy Mueni Kyalo, a political scientist at a Nairobi university. "Voters
here are telling politicians that they are tired."

Rain on Thursday afternoon may also have kept some voters at home, observers said.

Turnout was lowest in Township ward, the most urban part of the constituency, according to
station results posted by the IEBC, and higher in the rural wards of Mulango and Kyangwithya
East.

## What the win means

The seat has been held by the NUA since 2017. It fell vacant in June when the previous member,
Joseph Mutua Kavita, was appointed ambassador. Mr Kavita won it in 2022 with 58.2 per cent of
the vote, so Ms Kilonzo's share represents a drop of more than five points for the party.

[FIG] Grace Mwende Kilonzo addresses supporters at Kitui National Polytechnic after the
declaration. || Photo: Courier Correspondent

The DRM, which sent its national leadership to campaign in Kitui, will take comfort from
narrowing the gap. "We moved from a distant second to within striking distance. 2027 starts
today," said the party's secretary-general, Jackson Maingi.

In her acceptance speech Ms Kilonzo promised to prioritise water. "This victory belongs to the
people of Kitui Central, who came out in the rain to vote. Water will be the first thing I take
to Parliament," she said.

The three other candidates, Daniel Kyalo Mbithi, an independent, Ruth Kanini Wambua of the
Ukambani People's Congress and Stephen Mulwa of the Green Future Party, shared 3,976 votes.

Ms Kilonzo is expected to be sworn in on 8 September, when the National Assembly resumes.
"""

EL_LOCAL = """
Hon. Grace Mwende Kilonzo is the new Member of Parliament for Kitui Central after winning the
by-election held on Thursday with 34,906 votes, about 52 per cent of all the votes cast.

Her closest challenger, Peter Nzioka of DRM, received 27,530 votes. Independent candidate
Daniel Kyalo Mbithi came third with 2,214 votes.

The returning officer, Ms Faith Oduya, announced the results at the Kitui National Polytechnic
tallying centre before dawn on Friday, after a long night of counting. Our reporter in the
hall said the announcement came at 3.40 in the morning.

Speaking to Mwangaza FM after the declaration, Mwende Kilonzo thanked voters who braved the
rain. "This win belongs to the people of Kitui Central who came out in the rain," she said.
"The first thing I will take to Parliament is water for our people."

[AD]

Mr Nzioka later conceded defeat at a press conference in Kitui town on Friday morning. He
called for unity and said he would continue serving the people "with or without a title".

Mwende Kilonzo, who served as the county executive committee member for water before resigning
to run, has promised to push for the completion of stalled dam projects and to set up a bursary
fund for needy students.

Her supporters celebrated in Kitui town on Friday, with boda boda riders carrying her posters
through the streets and some traders closing their stalls early to join the procession.

## Turnout

According to the IEBC, 67,190 voters turned out out of 128,460 registered, a turnout of just
over 52 per cent. In 2022, more than 64 per cent of voters in the constituency took part.

Many residents who spoke to Mwangaza FM said they stayed at home because of the heavy rain on
Thursday afternoon, while others said they were not interested.

"I voted in 2022 and nothing changed on my road. This time I went to the farm," said Mutheu
Kasyoka, a trader at Kalundu market.

At one polling station in Mulango ward, voting started at 6.40 a.m. instead of 6 a.m. because
ballot papers arrived late. The IEBC said those affected were able to vote.

## Listeners react

Callers to our morning show, Kumekucha Ukambani, were divided. "Mwende is a hard worker. When
she was in the county she brought water tanks to our school," said a caller from Kyangwithya
West. Another caller from Miambani said the DRM had run a better campaign "but did not have
enough agents".

The seat fell vacant after former MP Joseph Kavita was appointed ambassador. Mwende Kilonzo will
be sworn in when Parliament resumes next month.

The Kitui County Police Commander said the exercise was peaceful apart from a small scuffle in
Township ward, which was quickly contained.

Listen to the full interview with the MP-elect on Mwangaza FM 98.4 at 7 p.m.
"""


def _el() -> dict:
    arts = [
        (CNA, {
            "url": "https://www.cna-wire.example/africa/2026/08/21/"
                   "kenya-nua-holds-kitui-central-in-by-election",
            "headline": "Kenya's NUA holds Kitui Central seat in by-election",
            "desc": "Grace Mwende Kilonzo beats DRM's Peter Nzioka; turnout 52.3%.",
            "section": "Elections", "byline": "Musa Kiprop", "img": "kitui-tally",
            "meta_time": "2026-08-21T01:05:00Z",
            "caption": "Election officials count ballots at the Kitui National Polytechnic "
                       "tallying centre.",
            "credit": "CNA/Musa Kiprop",
            "body": EL_WIRE,
            "tags": ["Kenya", "Elections", "IEBC"],
            "related": ["Kenya's central bank cuts rate to 8.75%",
                        "Uganda: opposition wins Kampala council by-election",
                        "Tanzania opens voter register update for 500,000 new voters"],
            "mostread": ["Kenya Airways returns to profit",
                         "Nairobi opens first dedicated bus lanes"],
        }),
        (TAIFA, {
            "url": "https://www.taifadaily.example/live/kitui-central-by-election-results-live",
            "headline": "Kitui Central by-election LIVE: Kilonzo declared winner",
            "desc": "Live updates from the Kitui Central parliamentary by-election: voting, "
                    "tallying and results.",
            "section": "Live", "byline": "Taifa Daily politics team", "img": "kitui-live",
            "date_visible": "Thursday 20 August 2026 — Last updated 03:52 EAT Friday "
                            "21 August 2026",
            "caption": "Voters queue at Kitui Primary School polling station on Thursday "
                       "morning.",
            "credit": "Taifa Daily / Joseph Mwikya",
            "body": EL_LIVE,
            "tags": ["Kitui Central", "By-election", "Live"],
            "related": ["Who are the five candidates?", "Explainer: how Form 35A works",
                        "2022 results: Kavita won with 58.2 per cent"],
            "mostread": ["Matatu fares to rise by Sh20, operators say",
                         "Gor Mahia sign Ugandan striker"],
        }),
        (COURIER, {
            "url": "https://www.natcourier.example/news/politics/"
                   "kilonzo-win-in-kitui-central-comes-with-turnout-warning",
            "headline": "Kilonzo's Kitui Central win comes with a turnout warning",
            "desc": "NUA holds the seat with 52.6 per cent of valid votes, but only half of "
                    "registered voters turned out.",
            "section": "Politics", "byline": "Caroline Ndunge", "role": "Political Editor",
            "img": "kilonzo-speech",
            "jsonld_time": "2026-08-22T05:00:00+03:00",
            "caption": "Peter Musyoka Nzioka concedes defeat in Kitui town on Friday.",
            "credit": "Photo: Courier Correspondent",
            "body": EL_COURIER,
            "tags": ["Politics", "Kitui", "By-elections"],
            "related": ["Editorial: Apathy is the real winner in Kitui",
                        "Magarini by-election set for November 12",
                        "Census: Kitui population rises to 1.2 million"],
            "mostread": ["Fuel prices unchanged in August review",
                         "Court halts Nairobi market demolitions"],
        }),
        (MWANGAZA, {
            "url": "https://www.mwangazafm.example/habari/mwende-kilonzo-ashinda-kitui-central",
            "headline": "Mwende Kilonzo wins Kitui Central by-election",
            "desc": "The NUA candidate beat DRM's Peter Nzioka. Listeners react.",
            "section": "Habari", "byline": "Mwangaza FM News", "img": "mwende",
            "caption": "MP-elect Grace Mwende Kilonzo in the Mwangaza FM studio.",
            "credit": "Mwangaza FM",
            "body": EL_LOCAL,
            "tags": ["Kitui", "Siasa"],
            "related": ["Kitui County to drill 40 boreholes", "Mwingi market traders protest",
                        "Harambee for Kyuso hospital raises Sh3 million"],
            "mostread": ["Mukuyuni road finally tarmacked", "Kitui Queens win county cup"],
        }),
    ]
    return {
        "id": "el-DA2", "part": "DA", "domain": "election", "fetched": "2026-08-23",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [],
    }


# ---------------------------------------------------------------------------
# ct-DA3: Uganda Constitutional Court, Online Content Regulation Act, 11 March 2026
# ---------------------------------------------------------------------------

KHERALD = _outlet(
    name="The Kampala Herald", domain="kampalaherald.example", pfx="kh", layout="b",
    sect="news", tagline="Uganda's truth, every day",
    nav=["News", "National", "Courts", "Business", "Opinion", "Sports", "Entertainment"],
    cookie="This website uses cookies to ensure you get the best experience on our website.",
    accept="Allow cookies", manage="Decline",
    newsletter=("Herald Headlines", "Uganda's top stories every morning, free."),
    footer="(c) 2026 Herald Publications (U) Ltd. Plot 14, Kampala Road.",
    footer_links=["About us", "Advertise", "Careers", "Privacy", "Contact"],
)
LAWDIGEST = _outlet(
    name="East African Law Digest", domain="lawdigest.example", pfx="eald", sep=" — ",
    layout="c", crumb="Case notes", sect="case-notes",
    nav=["Case notes", "Legislation", "Courts", "Commercial", "Human rights", "Jobs"],
    cookie="We use essential cookies to make our site work. With your consent we also use "
    "analytics cookies.",
    accept="Accept analytics", manage="Essential only",
    newsletter=("The Digest", "Weekly case notes from the courts of Kenya, Uganda, Tanzania, "
                "Rwanda and the EACJ."),
    footer="East African Law Digest. Case notes are for information and do not constitute "
    "legal advice.",
    share=["LinkedIn", "Email", "Print"], ad_label="Advertisement",
)
PEARL = _outlet(
    name="Pearl Pulse", domain="pearlpulse.example", pfx="pp", sep=" | ", layout="a",
    sect="news",
    nav=["Latest", "Politics", "Tech", "Money", "Culture", "Videos"],
    cookie="Pearl Pulse uses cookies for analytics and ads. Okay?",
    accept="Okay", manage="Learn more",
    newsletter=("The Pulse", "Uganda in five minutes. Every weekday, straight to your inbox."),
    footer="Pearl Pulse is an independent digital newsroom based in Kampala.",
    share=["X", "WhatsApp", "Facebook", "TikTok"],
)

CT_WIRE = """
KAMPALA, March 11 (EAWS) - Uganda's Constitutional Court on Wednesday struck down provisions
of a 2025 law that required social media users with large followings to register with the
state and pay an annual fee, ruling that they violated the right to freedom of expression.

Four of the five justices on the panel agreed with the petitioners, while one dissented. The
4-1 majority annulled the sections of the Online Content Regulation Act, 2025, that created
the registration requirement, the 500,000-shilling ($135) annual fee and criminal penalties of
up to five years in prison for failing to register.

The court, which began reading its judgment at 0730 GMT, ordered the government to refund the
fees already collected within 90 days. According to the Uganda Communications Commission
(UCC), 3,412 people had registered and paid, meaning about 1.7 billion shillings ($461,000)
must be returned.

"A fee that a citizen must pay before she may speak to her neighbours is not regulation; it is
a toll gate on the freedom of expression," Justice Margaret Nakato Atuhaire wrote in the lead
judgment.

Justice Robert Ssekandi Kato, in his dissent, said the charge was "a regulatory fee for a
licensed activity" that Parliament was entitled to impose.

[AD]

Attorney General Kiiza Bamwine said the government would appeal to the Supreme Court. "We
respect the court, but we believe the majority misread the purpose of the law. We shall
appeal," he said in a statement.

The petition was filed in July 2025 by the Centre for Digital Rights Uganda (CDRU), a Kampala
advocacy group, and journalist Brenda Auma Nyeko. It targeted the law's requirement that
anyone with more than 5,000 followers on any single platform register as an "online content
provider".

"This is a great day for every Ugandan with a phone," said Isaac Mugerwa Lule, a lawyer for
the petitioners. "The court has told the state that speech is not a business licence."

The court upheld other parts of the law, including a section that allows the UCC to order the
removal of child sexual abuse material.

The act was passed by parliament in April 2025 and took effect on July 1 that year. Rights
groups said it was aimed at critics of the government ahead of the January 2026 general
election, a charge officials denied.

A single justice had declined in September 2025 to suspend the law while the case was heard,
so registrations continued until Wednesday's judgment.

Nyeko, who has about 60,000 followers on X, said she had refused to register and had been
summoned by police twice in 2025. "I am glad I did not pay," she told reporters outside court.

The ruling is the latest in a series of legal challenges to laws governing online speech in
East Africa. Courts in Kenya have also been asked to rule on county levies on digital content
creators.

A UCC spokesman, Ronald Kasirye, said the commission would study the judgment and "comply
with the orders of the court".

(Reporting by Sarah Namutebi; Editing by Tom Ashdown)
"""

CT_HERALD = """
The Constitutional Court yesterday annulled key sections of the Online Content Regulation
Act, 2025, freeing thousands of bloggers, comedians and activists from a requirement to
register with the Uganda Communications Commission (UCC) and pay Shs500,000 every year.

In a majority judgment of four justices to one, the court held that sections 4, 9 and 12 of the
Act, which created the registration duty, the annual fee and criminal penalties, were
inconsistent with Article 29 of the Constitution, which guarantees freedom of expression.

The judgment, read over more than two hours at the court in Kampala, was delivered to a packed
courtroom. The reading began at 10.30am and ended at about 12.40pm.

"A fee that a citizen must pay before she may speak to her neighbours is not regulation. It is
a toll gate on the freedom of expression," Lady Justice Margaret Nakato Atuhaire said, reading
the lead judgment with which Justices Peter Okello Ojok, Agnes Birungi Tumwine and Samuel
Wandera Oketcho agreed.

[FIG] Journalist Brenda Auma Nyeko, one of the petitioners, speaks to the press outside the
court in Kampala. || Photo: Herald Photographer

Justice Robert Ssekandi Kato dissented. He said the fee was a "regulatory charge" and that
courts should be slow to interfere with how Parliament raises money.

## Refunds ordered

The court ordered the government to refund, within 90 days, the fees paid by the 3,412 people
who registered after the law came into force on July 1, 2025. That comes to about Shs1.71
billion. The petitioners were also awarded costs.

Solicitor General Kiiza Bamwine told journalists in the afternoon that the government would
appeal. "We respect the court, but we believe the majority misread the purpose of the law. We
shall appeal," Mr Bamwine said.

[AD]

Mr Isaac Mugerwa Lule, the lawyer for the petitioners, the Centre for Digital Rights Uganda
and Ms Nyeko, said the ruling would restore confidence in the courts. "The court has told the
State that speech is not a business licence," he said.

The Act, which Parliament passed on April 2, 2025, required anyone with more than 5,000
followers on a single platform to register as an online content provider. Failure to register
attracted a fine of up to Shs10 million or imprisonment for up to five years.

Comedian Patrick Ssenyonga, who registered last year to avoid prosecution, said he would wait
to see the money before celebrating. "Shs500,000 is a lot of money for someone like me. I want
it back," he said.

The UCC spokesperson, Mr Ronald Kasirye, said the commission would comply with the court's
orders.

The petition was heard in November last year. An application for an interim order to suspend
the law was dismissed in September 2025.

The court left in place section 15 of the Act, which allows the UCC to direct platforms to
remove child sexual abuse material within 24 hours.
"""

CT_DIGEST = """
Constitutional Petition No. 27 of 2025: Centre for Digital Rights Uganda and Brenda Auma Nyeko
v Attorney General. Coram: Atuhaire, Ojok, Tumwine, Oketcho and Kato, JJCC.

In a judgment delivered on Thursday, 11 March 2026, the Constitutional Court of Uganda, by a
majority of 4-1, declared sections 4, 9 and 12 of the Online Content Regulation Act, 2025
unconstitutional and void. Justice Margaret Nakato Atuhaire wrote the lead judgment; Justice
Robert Ssekandi Kato dissented.

## The impugned provisions

Section 4 required any person with more than 5,000 followers on a single online platform to
register with the Uganda Communications Commission as an "online content provider". Section 9
imposed an annual registration fee of UGX 500,000. Section 12 made failure to register an
offence punishable by a fine not exceeding UGX 10 million, imprisonment of up to five years,
or both.

The petitioners argued that the provisions were inconsistent with Articles 29(1)(a) and 43 of
the Constitution. The respondent, represented by Principal State Attorney Geoffrey Atwine,
argued that the fee was a legitimate regulatory charge and that the limitation was
"demonstrably justifiable in a free and democratic society" within Article 43(2)(c).

[AD]

## The majority

Atuhaire JCC applied the proportionality test and found that the Act failed at the first
hurdle: the State had not identified a pressing objective that required registration of
speakers as opposed to regulation of specific unlawful content. The follower threshold, she
held, was "arbitrary and unconnected to any harm".

On the fee, the learned Justice held that a charge levied as a precondition of speech operates
as a prior restraint. "A fee that a citizen must pay before she may speak to her neighbours is
not regulation; it is a toll gate on the freedom of expression."

The majority severed the offending sections and upheld section 15, which empowers the UCC to
direct the removal of child sexual abuse material. The court ordered refund of all fees
collected under section 9 within 90 days. The UCC's own figures put the number of registrants
at 3,412, implying refunds of UGX 1.706 billion. Costs were awarded to the petitioners.

## The dissent

Kato JCC accepted that the registration requirement engaged Article 29 but held that the fee
was "a regulatory fee for a licensed activity", comparable to broadcasting licence fees, and
that Parliament enjoys a wide margin in such matters. He would have dismissed the petition
with each party bearing its own costs.

## Comment

The judgment is the most significant free-expression ruling from the Constitutional Court since
its decisions on the Computer Misuse Act. Its treatment of fees as a form of prior restraint is
likely to be cited across the region, notably in pending Kenyan challenges to county levies on
digital creators.

The Attorney General, Kiiza Bamwine, has announced an appeal to the Supreme Court. Until that
court rules, the declaration of invalidity stands. Note that an application for an interim
order had been refused by a single justice in September 2025, which is why fees were collected
for some eight months before judgment.

Counsel: Isaac Mugerwa Lule for the petitioners; Geoffrey Atwine, Principal State Attorney,
for the respondent.
"""

CT_PEARL = """
It's official: you no longer need to register with UCC or pay half a million shillings a year
just because you have a lot of followers.

Uganda's Constitutional Court has thrown out the most controversial parts of the Online
Content Regulation Act, 2025, the law critics called the "influencer tax". The judges ruled by
a 3-2 majority that forcing people with more than 5,000 followers to register and pay
UGX 500,000 annually violates freedom of expression.

Here is what you need to know.

## What did the court strike down?

Three things: the duty to register as an "online content provider", the annual fee of
UGX 500,000 (roughly $135), and the punishment for not registering, which was up to five years
in jail or a fine of up to UGX 10 million.

## What about the money I already paid?

The court ordered the government to pay it back within 90 days. According to UCC, 3,412
people registered and paid. That is about 1.7 billion shillings in total.

[AD]

## What did the judges say?

Justice Margaret Atuhaire, who wrote the lead judgment, had the line everyone is quoting: a fee
a citizen must pay before speaking to her neighbours "is not regulation; it is a toll gate on
the freedom of expression."

Justice Robert Ssekandi Kato disagreed, calling it "a regulatory fee for a licensed activity".

## Is it over?

Not yet. Attorney General Kiiza Bamwine says the government will appeal to the Supreme Court.
"We respect the court, but we believe the majority misread the purpose of the law," he said.
Until the Supreme Court says otherwise, the ruling stands.

## How did we get here?

Parliament passed the law in April 2025 and it took effect on July 1, 2025. In July 2025, the
Centre for Digital Rights Uganda and journalist Brenda Auma Nyeko went to court. In September,
a judge refused to pause the law while the case was heard, so registration went ahead.

## What happens to people who were charged?

Pearl Pulse is aware of at least two creators who were charged in court for failing to
register. Lawyers say those cases should now collapse because the offence no longer exists,
unless the Supreme Court reverses the ruling.

We asked creators how they feel. "I paid because I was scared. Now I just want my money," said
Kampala skit maker Nalule Tracy, who has 41,000 followers on TikTok.

Tech policy researcher Derrick Ouma said the judgment would be read closely in Nairobi and Dar
es Salaam, where governments have floated similar ideas. "The court basically said: regulate
harmful content, not people," he told Pearl Pulse.

The lawyer who argued the case, Isaac Mugerwa Lule, told us it was "a great day for every
Ugandan with a phone".

Got a question about the ruling? Send it to our WhatsApp line and we will answer the best ones
in our explainer video.
"""


def _ct() -> dict:
    arts = [
        (EAWS, {
            "url": "https://www.eawire.example/world/africa/2026/03/11/"
                   "uganda-court-strikes-down-social-media-registration-fee",
            "headline": "Uganda court strikes down social media registration fee",
            "desc": "Constitutional Court annuls parts of 2025 online content law in 4-1 "
                    "ruling; government to appeal.",
            "section": "Africa", "byline": "By Sarah Namutebi", "img": "uganda-court",
            "meta_time": "2026-03-11T10:55:00Z",
            "date_visible": "March 11, 2026 10:55 AM GMT",
            "caption": "Supporters of the petitioners outside the court in Kampala.",
            "credit": "EAWS/Sarah Namutebi",
            "body": CT_WIRE,
            "tags": ["Uganda", "Courts", "Freedom of expression"],
            "related": ["Ethiopia and Kenya to sign trade deal next month",
                        "Tanzania lifts ban on opposition rallies",
                        "Kenya court suspends county levy on digital creators"],
            "mostread": ["Gold hits record as dollar slides",
                         "Uganda's coffee exports rise 18% in February"],
        }),
        (KHERALD, {
            "url": "https://www.kampalaherald.example/news/national/"
                   "court-annuls-online-content-fees-orders-refunds",
            "headline": "Court annuls online content fees, orders refunds",
            "desc": "Constitutional Court strikes out sections 4, 9 and 12 of the Online "
                    "Content Regulation Act.",
            "section": "Courts", "byline": "Moses Kibirige", "img": "court-crowd",
            "date_visible": "12/03/2026",
            "caption": "Lawyers and activists outside the Constitutional Court in Kampala.",
            "credit": "Herald Photo",
            "body": CT_HERALD,
            "tags": ["Constitutional Court", "UCC", "Media"],
            "related": ["Editorial: A win for free speech",
                        "Bloggers count losses after 2025 registration drive",
                        "UCC licenses two new FM stations in Gulu"],
            "mostread": ["Boda boda riders to pay Shs50,000 permit",
                         "Cranes name squad for AFCON qualifier",
                         "Mbarara traders protest new market dues"],
        }),
        (LAWDIGEST, {
            "url": "https://www.lawdigest.example/case-notes/uganda/"
                   "cdru-and-nyeko-v-attorney-general-online-content-regulation",
            "headline": "CDRU & Nyeko v Attorney General: registration fee for online speech "
                        "a prior restraint",
            "desc": "Case note on Constitutional Petition No. 27 of 2025 (Uganda): sections 4, 9 "
                    "and 12 of the Online Content Regulation Act, 2025 struck down.",
            "section": "Human rights", "byline": "Anne Wanjiru Kamau", "role": "Advocate",
            "img": "gavel",
            "jsonld_time": "2026-03-16T08:00:00+03:00",
            "caption": "The Constitutional Court of Uganda sits in Kampala.",
            "credit": "EALD",
            "body": CT_DIGEST,
            "tags": ["Uganda", "Article 29", "Proportionality", "Prior restraint"],
            "related": ["Kenya: High Court on the Finance Act 2025",
                        "Rwanda: Supreme Court on pre-trial detention",
                        "EACJ: Jurisdiction over national elections"],
            "mostread": ["Tanzania: Court of Appeal on land titles",
                         "Practice note: e-filing in the Commercial Court"],
        }),
        (PEARL, {
            "url": "https://www.pearlpulse.example/news/influencer-tax-struck-down-explainer",
            "headline": "The 'influencer tax' is dead (for now): what the court ruling means "
                        "for you",
            "desc": "No more UCC registration or Shs500,000 fee. Here's what the "
                    "Constitutional Court decided.",
            "section": "Tech", "byline": "Pearl Pulse Desk", "img": "phone-user",
            "caption": "A content creator films a skit in Kampala.",
            "credit": "Pearl Pulse / Ivan Mugisha",
            "body": CT_PEARL,
            "tags": ["UCC", "Creators", "Explainer"],
            "related": ["MTN Uganda cuts data bundle prices",
                        "Why Ugandan skit makers are moving to YouTube"],
            "mostread": ["Nyege Nyege 2026 dates announced",
                         "Kampala traffic: new one-way roads explained"],
        }),
    ]
    return {
        "id": "ct-DA3", "part": "DA", "domain": "court", "fetched": "2026-03-17",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [
            ("vote split of the bench", r"\b4\s*[-–—:]\s*1\b|four justices to one",
             r"\b3\s*[-–—:]\s*2\b"),
            ("weekday of the judgment (11 March 2026)", r"\bwednesday\b", r"\bthursday\b"),
            ("Kiiza Bamwine's office", r"\battorney[- ]general\b",
             r"\bsolicitor[- ]general\b"),
        ],
    }


# ---------------------------------------------------------------------------
# tr-DA4: Ethiopia-Kenya Preferential Trade and Transit Agreement, 14 April 2026
# ---------------------------------------------------------------------------

ADDIS = _outlet(
    name="The Addis Chronicle", domain="addischronicle.example", pfx="adc", layout="b",
    sect="business", tagline="Ethiopia's English-language daily",
    nav=["Home", "Ethiopia", "Business", "Horn of Africa", "Opinion", "Culture", "Sport"],
    cookie="Our website uses cookies. By clicking Accept you allow us to use them for "
    "analytics and advertising.",
    accept="Accept", manage="Reject non-essential",
    newsletter=("Chronicle Business", "Ethiopia's economy, markets and policy in one weekly "
                "email."),
    footer="The Addis Chronicle, Bole Sub-City, Addis Ababa. (c) 2026.",
)
BIASHARA = _outlet(
    name="Biashara Daily", domain="biasharadaily.example", pfx="bd", sep=" - ", layout="a",
    sect="economy",
    nav=["Economy", "Markets", "Companies", "Agribusiness", "Tech", "Opinion", "Data hub"],
    cookie="We use cookies to personalise content and to analyse our traffic. Please "
    "review our privacy policy.",
    accept="Accept & continue", manage="Privacy policy",
    newsletter=("Biashara AM", "The business stories that will move Kenya today, before 7 a.m."),
    footer="Biashara Daily is a Kenyan business newspaper. Mombasa Road, Nairobi.",
    share=["LinkedIn", "X", "WhatsApp", "Email"],
)
CORRIDOR = _outlet(
    name="Corridor Freight Review", domain="corridorfreight.example", pfx="cfr", sep=" | ",
    layout="c", crumb="Trade policy", sect="trade-policy",
    nav=["Ports", "Road freight", "Rail", "Trade policy", "Customs", "Events", "Directory"],
    cookie="Cookies help us deliver our services. By using our services, you agree to our "
    "use of cookies.",
    accept="OK, got it", manage="Learn more",
    newsletter=("Corridor Weekly", "Freight rates, border times and port news from Mombasa "
                "to Djibouti."),
    footer="Corridor Freight Review is published for the East African logistics industry.",
    share=["LinkedIn", "Email"], ad_label="Sponsored content",
)

TR_WIRE = """
ADDIS ABABA, April 14 (CNA) - Ethiopia and Kenya signed a trade and transit agreement on
Tuesday that will cut tariffs on hundreds of products and give Ethiopian cargo easier access
to Kenya's Lamu port, as the neighbours seek to more than double trade by the end of the
decade.

Under the Preferential Trade and Transit Agreement, signed at Ethiopia's Ministry of Trade and
Regional Integration in Addis Ababa at 0815 GMT, both countries will cut the maximum tariff on
312 tariff lines from 25% to 10% from July 1, subject to ratification by their parliaments.
Those duties are to be phased out entirely by January 2030.

Bilateral trade was worth $612 million in 2025, according to figures released by the two
governments. Kenya exported goods worth $498 million to Ethiopia, while Ethiopia's exports to
Kenya totalled $114 million, including $71 million of electricity.

The two sides set a target of $1.5 billion in annual trade by 2030.

"Today we remove walls that our traders have been climbing for decades," Ethiopia's Minister
of Trade and Regional Integration, Hirut Alemayehu, said at the signing ceremony.

Kenya's Cabinet Secretary for Investments, Trade and Industry, Daniel Kiptoo Rotich, said the
border town of Moyale should become "a gateway, not a gate".

[AD]

The deal covers processed foods, leather goods, pharmaceuticals, building materials and
textiles, officials said. It also provides for mutual recognition of product standards
certified by the Kenya Bureau of Standards and the Ethiopian Standards Institute.

Landlocked Ethiopia, Africa's second most populous country, relies on Djibouti for the bulk
of its foreign trade and has been seeking alternative routes. Under the agreement, Ethiopian
transit cargo passing through Lamu will get 21 days of free storage.

Ethiopia already sells 200 megawatts of power to Kenya through a high-voltage line running
from Sodo in southern Ethiopia via Moyale to Suswa, near Nairobi. The two sides agreed to work
towards raising that to 400 MW by 2028.

Officials said the agreement aims to cut average clearance times for trucks at the Moyale
one-stop border post from about three days to 24 hours. The post handled an average of 380
trucks a day last year.

Kenyan manufacturers, whose exports to Ethiopia are dominated by pharmaceuticals, packaging,
processed foods and building materials, welcomed the deal. Ethiopian leather and textile
producers are expected to gain most on the other side, officials said.

Both countries are members of the African Continental Free Trade Area, but officials said
tariff cuts under that pact had been slow to take effect between them.

The agreement replaces a 2019 memorandum of understanding that covered just 85 tariff lines.

Business leaders from both countries will meet in Addis Ababa on Wednesday at a forum expected
to draw 220 companies.

(Reporting by Dawit Tesfaye; Editing by Ruth Adhiambo)
"""

TR_ADDIS = """
Ethiopia and Kenya today signed a Preferential Trade and Transit Agreement that officials of
both countries described as the most ambitious economic deal between the two neighbours since
they established diplomatic relations in the 1960s.

The agreement was signed at the headquarters of the Ministry of Trade and Regional
Integration in Addis Ababa by Minister Dr. Hirut Alemayehu Bekele and Kenya's Cabinet
Secretary for Investments, Trade and Industry, Daniel Kiptoo Rotich. The ceremony started at
5:15 in the morning by the Ethiopian clock, 11:15 a.m. in international reckoning.

Under the deal, the maximum tariff applied to 312 tariff lines will fall from 25 per cent to
15 per cent from July 1, 2026, once both parliaments ratify the agreement, and to zero by
January 2030.

"Today we are removing the walls that our traders have been climbing for decades," Dr. Hirut
said. "A leather producer in Modjo and a pharmaceutical importer in Nairobi should face the same
simple rules."

[FIG] Dr. Hirut Alemayehu Bekele and Daniel Kiptoo Rotich exchange documents after the
signing. || Photo: Chronicle / Yonas Girma

CS Rotich said Kenya wanted Ethiopian businesses to see the Moyale border as "a gateway, not a
gate", adding that Kenyan firms were ready to invest in Ethiopian agro-processing.

## Trade figures

According to the ministry, trade between the two countries reached 612 million US dollars in
2025, equivalent to about 94 billion birr at current exchange rates. Ethiopian exports to Kenya
amounted to 114 million dollars, of which electricity sales made up 71 million dollars. Kenya
exported goods worth 498 million dollars to Ethiopia, leaving Ethiopia with a large deficit.

Ministry officials said the new agreement was designed to correct that imbalance by opening
the Kenyan market to Ethiopian leather, textiles, pulses and processed coffee. The target is
to lift total trade to 1.5 billion dollars a year by 2030.

[AD]

## Lamu and power

For Ethiopian importers, the most important part of the agreement may be transit. Cargo bound
for Ethiopia through Kenya's Lamu port will enjoy 21 days of free storage, and the two
countries will harmonise transit documents.

Ethiopia currently exports 200 megawatts of electricity to Kenya over the Sodo-Moyale-Suswa
line, and officials agreed to study raising this to 400 MW by 2028.

## Business community reacts

Mesfin Tadesse, president of the Addis Ababa Chamber of Commerce and Sectoral Associations,
welcomed the deal but said its success would depend on implementation at the border. "Our
members have signed many memoranda before. What they want now is a truck that crosses Moyale
in one day," he said.

Officials said the two countries would set up a joint trade committee, co-chaired by the two
ministries, to monitor implementation and resolve disputes.

A 2019 memorandum between the two countries covered only 85 tariff lines and, traders say,
was never fully applied.

Some 220 Ethiopian and Kenyan companies are expected at a joint business forum to be held
tomorrow at the Skylight Hotel in Addis Ababa.
"""

TR_BIASHARA = """
Kenyan manufacturers are set to gain easier access to Ethiopia's market of more than 120
million people after Nairobi and Addis Ababa signed a preferential trade deal that will see
tariffs on 312 product lines cut sharply from July.

Investments, Trade and Industry Cabinet Secretary Daniel Rotich and Ethiopia's trade minister,
Dr Hirut Alemayehu, signed the Preferential Trade and Transit Agreement at a ceremony in
Hawassa on Tuesday.

The deal lowers the maximum duty on the covered goods from 25 per cent to 10 per cent from
July 1, before phasing it out by 2030. It must first be ratified by the National Assembly and
Ethiopia's House of Peoples' Representatives.

Kenya's exports to Ethiopia stood at $498 million (Sh64.4 billion) last year, while imports
from Ethiopia were $114 million, most of it electricity. Total two-way trade of $612 million
(about Sh79 billion) is tiny compared with Kenya's trade with Uganda, its biggest regional
market, officials said.

[AD]

"Ethiopia is the largest market on our doorstep and we have barely scratched it," said Ann
Wairimu Gitau, who chairs the export committee of the Kenya Association of Manufacturers (KAM).
"Pharmaceuticals, packaging and processed foods are the obvious winners."

CS Rotich said the agreement would turn Moyale into "a gateway, not a gate", pointing to plans
to cut truck clearance at the one-stop border post from about three days to a day.

Under the rules of origin, goods must undergo substantial processing in either country to
qualify, officials said, to stop third-country products being routed through Kenya or
Ethiopia. Analysts at a Nairobi investment bank said the pharmaceutical sector would be the
quickest to benefit.

## Lamu gets a boost

The agreement also gives Ethiopian transit cargo 21 days of free storage at Lamu port, a
concession the Kenya Ports Authority hopes will draw Ethiopian importers away from Djibouti.
Lamu, which opened its first berth in 2021, has struggled to attract volumes.

"If even a small share of Ethiopia's imports comes through Lamu, the port becomes viable,"
said a senior KPA official who asked not to be named.

## Power imports

Kenya already buys 200 megawatts of electricity from Ethiopia, and the two countries agreed to
explore doubling that to 400MW by 2028. Kenya Power has said Ethiopian hydropower is among the
cheapest sources in its mix.

Not everyone is celebrating. Leather tanners in Kenya worry that lower duties will expose them
to Ethiopian competitors. "Ethiopia's tanneries are bigger and subsidised. We need safeguards,"
said Joseph Mwangi, who runs a tannery in Thika.

The two countries are aiming for $1.5 billion in annual trade by 2030.

At a business forum in Addis Ababa today, which about 220 companies are expected to attend,
Kenyan exporters will pitch to Ethiopian distributors.

Tuesday's agreement replaces a 2019 memorandum that covered only 85 tariff lines.
"""

TR_CORRIDOR = """
The new Ethiopia-Kenya Preferential Trade and Transit Agreement is, on paper at least, the most
significant change to the Moyale corridor since the one-stop border post opened. For freight
operators the headline tariff cuts matter less than what happens at the barrier.

Signed in Addis Ababa by Ethiopia's trade minister, Dr Hirut Alemayehu Bekele, and Kenyan Trade
Cabinet Secretary Daniel Kiptoo Rotich, the agreement cuts the maximum tariff on 312 lines from
25 per cent to 10 per cent from 1 July, subject to ratification, and removes it entirely by
January 2030.

Total trade between the two countries was $712 million last year, and both governments want
$1.5 billion by 2030. That implies roughly doubling the flow of goods through Moyale, which
averaged 380 trucks a day in 2025.

## Border times

The commitment that matters most to hauliers is a target to cut average clearance at Moyale
from about three days to 24 hours. Operators we spoke to said current waits range from a day
and a half for pre-cleared consignments to more than four days at peak times.

"Every day at Moyale costs us around $250 per truck in driver allowances, fuel for the reefer
units and lost turns," said Abdirahman Hussein Guyo, operations manager at Northern Star
Haulage in Isiolo. "If they really get it to one day, rates on the route will come down."

[AD]

The agreement provides for joint border inspections, a single transit document and mutual
recognition of standards certificates issued by the Kenya Bureau of Standards and the Ethiopian
Standards Institute. Officials told Corridor Freight Review that a joint technical committee
would meet within 60 days to set out procedures.

## Lamu versus Djibouti

Ethiopian transit cargo through Lamu will get 21 days of free storage, against the shorter
free periods typical at Djibouti. The catch is the road: the Lamu-Isiolo link is not yet fully
paved, and the Isiolo-Moyale highway, roughly 500 km, carries heavy traffic.

"Free storage is nice, but Ethiopian importers care about the total landed cost," said
freight consultant Helen Mekonnen in Addis Ababa. "Djibouti has the railway. Lamu has a
promise."

Insurance is another open question. Operators say cargo insurance for the Moyale route is
priced well above the Northern Corridor to Uganda, reflecting security incidents in northern
Kenya in past years.

## Power line traffic

Ethiopia exports 200 MW to Kenya via the Sodo-Moyale-Suswa line, and the two sides agreed to
work towards 400 MW by 2028. That trade does not touch the road, but it does fund the Ethiopian
side's interest in the corridor.

The agreement replaces a 2019 memorandum that covered 85 lines. A business forum in Addis
Ababa on 15 April was expected to draw some 220 companies, including several logistics firms.

For operators, the advice is simple: do not reprice contracts until the parliaments have
ratified and the new procedures are published.
"""


def _tr() -> dict:
    arts = [
        (CNA, {
            "url": "https://www.cna-wire.example/africa/2026/04/14/"
                   "ethiopia-kenya-sign-trade-transit-agreement",
            "headline": "Ethiopia, Kenya sign trade and transit deal to cut tariffs",
            "desc": "Agreement cuts tariffs on 312 lines and opens Lamu port to Ethiopian "
                    "cargo; two-way trade was $612 million in 2025.",
            "section": "Economy", "byline": "Dawit Tesfaye", "img": "addis-signing",
            "meta_time": "2026-04-14T09:05:00Z",
            "date_visible": "14 April 2026, 09:05 GMT",
            "caption": "Trucks queue at the Moyale one-stop border post.",
            "credit": "CNA / File",
            "body": TR_WIRE,
            "tags": ["Ethiopia", "Kenya", "Trade"],
            "related": ["Uganda court strikes down social media fee",
                        "Kenya's March inflation at 4.8%",
                        "Djibouti port volumes rise 6% in first quarter"],
            "mostread": ["Ethiopian Airlines orders 11 more widebody jets",
                         "Rwanda's economy grew 7.1% last year"],
        }),
        (ADDIS, {
            "url": "https://www.addischronicle.example/business/"
                   "ethiopia-kenya-sign-landmark-trade-and-transit-agreement",
            "headline": "Ethiopia, Kenya sign landmark trade and transit agreement",
            "desc": "Minister Hirut Alemayehu and CS Rotich sign deal covering 312 tariff lines "
                    "and transit through Lamu.",
            "section": "Business", "byline": "Selamawit Haile", "img": "hirut-rotich",
            "date_visible": "Miyazya 6, 2018 E.C. | April 14, 2026",
            "caption": "The Ministry of Trade and Regional Integration in Addis Ababa.",
            "credit": "Chronicle Archive",
            "body": TR_ADDIS,
            "tags": ["Trade", "Kenya", "AfCFTA"],
            "related": ["Birr trades at 154 per dollar at official window",
                        "Coffee export earnings hit $1.2 billion in eight months",
                        "Modjo leather park adds three factories"],
            "mostread": ["Addis light rail fares to rise", "Great Run 2026 registration opens"],
        }),
        (BIASHARA, {
            "url": "https://www.biasharadaily.example/economy/"
                   "kenyan-manufacturers-eye-ethiopia-after-tariff-deal",
            "headline": "Kenyan manufacturers eye Ethiopia after tariff deal",
            "desc": "Deal cuts duties on 312 product lines from July and gives Ethiopian cargo "
                    "21 days' free storage at Lamu.",
            "section": "Economy", "byline": "Brian Kiprono", "role": "Trade Reporter",
            "img": "kam-factory",
            "jsonld_time": "2026-04-15T06:30:00+03:00",
            "caption": "Workers at a pharmaceutical plant in Nairobi's Industrial Area.",
            "credit": "Photo: Biashara Daily",
            "body": TR_BIASHARA,
            "tags": ["Trade", "Ethiopia", "Manufacturing", "Lamu"],
            "related": ["Uganda remains Kenya's top export market",
                        "Lamu port handles first Ethiopian transit ship",
                        "KAM: Factory output up 3.9% in 2025"],
            "mostread": ["Tea auction prices fall for third week",
                         "Safaricom's M-Pesa fees cut for small traders"],
        }),
        (CORRIDOR, {
            "url": "https://www.corridorfreight.example/trade-policy/"
                   "moyale-corridor-what-the-ethiopia-kenya-deal-means-for-hauliers",
            "headline": "Moyale corridor: what the Ethiopia-Kenya deal means for hauliers",
            "desc": "Tariff cuts grab headlines, but a 24-hour border target is what operators "
                    "care about.",
            "section": "Trade policy", "byline": "Peter Otieno Were", "img": "moyale-trucks",
            "caption": "Northbound trucks at Moyale.",
            "credit": "CFR / Peter Otieno Were",
            "body": TR_CORRIDOR,
            "tags": ["Moyale", "Lamu", "Road freight"],
            "related": ["Mombasa port dwell time drops to 3.8 days",
                        "Djibouti-Addis railway adds night trains",
                        "Events: East Africa Logistics Summit, Kigali"],
            "mostread": ["Diesel prices: what operators pay across the region",
                         "Malaba border: new scanner installed"],
        }),
    ]
    return {
        "id": "tr-DA4", "part": "DA", "domain": "trade", "fetched": "2026-04-16",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [
            ("2025 two-way trade", r"\b612\b", r"\b712\b"),
            ("place of signing", r"addis\s+ababa", r"hawassa"),
            ("new maximum tariff on the 312 lines", r"\bto 10\s?(?:%|per\s?cent|percent)",
             r"\bto 15\s?(?:%|per\s?cent|percent)"),
        ],
    }


# ---------------------------------------------------------------------------
# rk-DA5: Kifaru-1 first orbital launch, Luigi Broglio Space Centre, 17 October 2026
# ---------------------------------------------------------------------------

ORBITAL = _outlet(
    name="Orbital Ledger", domain="orbitalledger.example", pfx="orl", sep=" — ", layout="c",
    crumb="Launch", sect="launch",
    nav=["Launch", "Satellites", "Policy", "Industry", "Science", "Launch schedule"],
    cookie="We use cookies for site functionality and, if you agree, for audience "
    "measurement.",
    accept="Agree", manage="Only necessary",
    newsletter=("Launch Report", "Every launch, every anomaly, every Monday morning."),
    footer="Orbital Ledger covers the global launch industry. Editorially independent.",
    share=["X", "LinkedIn", "Reddit", "Email"],
)
SPAZIO = _outlet(
    name="Spazio Notizie English", domain="spazionotizie.example", pfx="spz", sep=" - ",
    layout="a", sect="news",
    nav=["News", "ASI", "ESA", "Industry", "Science", "Italiano"],
    cookie="This site uses technical and, subject to your consent, profiling cookies, "
    "including third-party cookies.",
    accept="Accept", manage="Customise",
    newsletter=("Spazio Weekly", "Italian and European space news in English, every "
                "Thursday."),
    footer="Spazio Notizie - Rome. VAT no. 00000000000. All rights reserved.",
    footer_links=["Chi siamo", "Contact", "Privacy policy", "Cookie policy"],
    share=["Facebook", "X", "LinkedIn"],
)
COAST = _outlet(
    name="The Coast Tribune", domain="coasttribune.example", pfx="ctb", layout="b",
    sect="news", tagline="News from Mombasa, Kilifi, Kwale, Lamu and Tana River",
    nav=["News", "Kilifi", "Mombasa", "Lamu", "Business", "Tourism", "Sports"],
    cookie="We use cookies to understand how you use our site and to improve your "
    "experience.",
    accept="Accept", manage="Settings",
    newsletter=("Tribune Weekend", "The best of the Coast, every Sunday."),
    footer="The Coast Tribune, Nyali, Mombasa. Reporting the Coast since 2009.",
)

RK_WIRE = """
MALINDI, Kenya, Oct 17 (EAWS) - Kenyan start-up Nyota Launch Systems put three small
satellites into orbit on Saturday with its first Kifaru-1 rocket, the first orbital launch
from Kenyan territory since 1988 and, the company said, the first by an African private
company from African soil.

The two-stage rocket lifted off at 0342 GMT (6:42 a.m. local time) from the San Marco platform
of the Luigi Broglio Space Centre, an Italian-run base off the coast near Malindi, after a
delay of 2 hours and 15 minutes caused by strong upper-level winds and a fishing boat that
strayed into the safety zone. The launch window had opened at 4:27 a.m.

The 21.4-metre (70-foot) rocket reached an orbit of about 510 km (317 miles) and released its
three cubesats starting 58 minutes after liftoff, Nyota said.

"Kenya is now a launching nation, not just a buying nation," Nyota chief executive Achieng Omolo
told reporters at the company's control room in Malindi.

The payloads were Shamba-1, a Kenyan crop-monitoring satellite built with Jomo Kenyatta
University of Agriculture and Technology; Inyenyeri-2, built by students at the University of
Rwanda; and NileEdu-1, an educational satellite from Uganda's Makerere University. Together
they weighed 19 kg (42 lb).

[AD]

Nyota said its ground station received the first signal from Shamba-1 at 8:19 a.m., 1 hour
37 minutes after launch. Students in Kigali, who watched a livestream of the launch at 5:42
a.m. local time, were awaiting the first pass of their satellite over Rwanda later on Saturday.

Nyota says Kifaru-1 can carry up to 150 kg to low equatorial orbit, aiming at the growing
market for small satellites that often wait months for space on larger rockets. Crowds watched
the launch from beaches around Ngomeni and Malindi.

The company had scrubbed a first attempt on Wednesday because of a faulty pressure sensor on a
second-stage valve.

The Luigi Broglio Space Centre, named after the Italian engineer who founded it in the 1960s,
is operated by the Italian Space Agency (ASI) under an agreement with Kenya. Its sea platform
has been used mostly for tracking and telemetry since the last Scout rocket flew from there in
1988.

Kenya's government has promoted the launch as part of a drive to build a domestic space
industry, and the Kenya Space Agency says it wants satellite data to guide decisions on
farming, water and disaster response.

Luca Mancinelli, ASI's site manager, said the launch gave the platform "a second life".

Nyota, founded in Nairobi in 2019, raised $62 million in a funding round in March led by
African and Gulf investors. Its suborbital test vehicle Kifaru-S reached an altitude of 84 km
in November 2025.

Kenya Space Agency acting director-general Hassan Juma Abdalla said the government would
fast-track licensing for a second flight, which Nyota plans for early 2027.

(Reporting by Salim Mwinyi in Malindi and Laura Benedetti in Rome; Editing by Tom Ashdown)
"""

RK_ORBITAL = """
Nyota Launch Systems reached orbit on its first try. Kifaru-1 lifted off from the San Marco
platform off Ngomeni, Kenya, at 03:42:10 UTC on 17 October, and its second stage delivered
three cubesats to a low equatorial orbit, making Nyota the first African private company to
launch satellites from the continent.

The launch came 2 h 15 min into a window that opened at 01:27 UTC. Upper-level winds held the
countdown for most of that time, and a range-safety hold was called when a fishing vessel
entered the exclusion zone. A first attempt on 14 October was scrubbed at T-11 minutes after a
pressure transducer on a second-stage valve gave an erratic reading.

## Flight profile

Kifaru-1 is a 21.4 m, two-stage vehicle with a liftoff mass of about 38 tonnes. The first
stage uses four Simba engines burning kerosene and liquid oxygen; the second stage has a
single vacuum-optimised Duma engine.

[BOX] Kifaru-1 flight 1: key events || Liftoff: 03:42:10 UTC ;; Stage separation: T+2 min
41 s ;; Second-stage engine cutoff: T+8 min 52 s ;; Orbit achieved: 506 x 517 km, 3.1 deg ;;
Payloads: Shamba-1 (6U), Inyenyeri-2 (3U), NileEdu-1 (2U) ;; First signal from Shamba-1:
05:19 UTC

Stage separation came at T+2:41 and second-stage engine cutoff at T+8:52, both within a second
of the published timeline, launch director Tesfaye Gebremariam said on the company webcast.
"Nominal all the way. Every event happened within a second of the timeline," he said.

The target was a 510 km circular orbit; Nyota reported an achieved orbit of 506 by 517 km
(314 by 321 miles) at an inclination of 3.1 degrees. The cubesats were released in sequence
beginning 38 minutes after liftoff, after a coast and a short circularisation burn.

[AD]

## Why the equator matters

At about 3 degrees south, the San Marco platform is one of the closest launch sites to the
equator anywhere, which gives rockets heading east the maximum boost from the Earth's rotation
and makes low-inclination orbits cheap to reach. That was the logic of the original Italian
programme, which flew Scout rockets from the platform between 1967 and 1988.

For Nyota, the low inclination also means frequent passes over East Africa for Shamba-1, the
6U crop-monitoring satellite that is the mission's anchor payload. Shamba-1's first signal was
received at 05:19 UTC by the ground station at the Luigi Broglio Space Centre. Inyenyeri-2 and
NileEdu-1 were expected to make contact with ground stations in Kigali and Kampala later in
the day.

## What comes next

Nyota chief executive Dr Achieng Omolo said the data from the flight would be reviewed before
the company committed to a date for the second Kifaru-1, which it plans for early 2027. The
company, which raised $62 million in a Series B round in March, says it can lift up to 150 kg
to low equatorial orbit and has signed letters of intent with four customers.

The Italian Space Agency, which operates the centre under a bilateral agreement with Kenya,
provided range and tracking services. Site manager Luca Mancinelli called the launch "a second
life" for the platform.

Nyota's suborbital Kifaru-S demonstrator reached an apogee of 84 km in November 2025.
"""

RK_SPAZIO = """
At 05:42 Italian time this morning, a rocket lifted off from the San Marco platform in Kenya,
the offshore launch pad built by Italy in the 1960s. It was the first orbital launch from the
Luigi Broglio Space Centre since 1988, and it was not an Italian rocket: Kifaru-1 was
designed and built by the Kenyan company Nyota Launch Systems.

The launch, at 06:42 local time in Kenya, came after a delay of 2 hours and 15 minutes. The
window had opened at 03:27 Italian time, but high-altitude winds and a fishing boat in the
safety area forced the launch team to hold the countdown.

The rocket placed three cubesats into an orbit of about 510 kilometres, with an inclination of
just 3.1 degrees. The satellites began separating 58 minutes after launch, at 06:40 Italian
time.

## A second life for San Marco

For the Italian Space Agency (ASI), which operates the base under an agreement with the Kenyan
government, the launch is a symbolic moment. The platform, the brainchild of engineer Luigi
Broglio, saw its first launch in 1967 and hosted a series of Scout rockets until 1988. Since
then the centre has been used mainly as a ground station, tracking satellites and receiving
data.

"For this platform it is a second life," said Luca Mancinelli, ASI's site manager at Malindi.
"Our technicians worked side by side with the Kenyan team for eighteen months to restore the
launch systems."

[FIG] The San Marco platform off the Kenyan coast, in a photo released by ASI. || Photo: ASI

[AD]

The San Marco project began in the 1960s as a partnership between Italian researchers and NASA,
which supplied the Scout rockets. The platform launched Italian and American scientific
satellites, including several of NASA's Explorer series, before falling silent at the end of
the 1980s.

## The rocket

Kifaru-1, whose name means "rhinoceros" in Swahili, is 21.4 metres tall and has two stages.
According to Nyota, the second stage shut down 8 minutes and 52 seconds after liftoff, when the
vehicle was already in orbit. The three payloads, with a total mass of 19 kilograms, are the
Kenyan Shamba-1, for agricultural monitoring, the Rwandan Inyenyeri-2 and the Ugandan
NileEdu-1.

Nyota's chief executive, Achieng Omolo, thanked ASI and the Kenya Space Agency. "Kenya is now a
launching nation, not just a buying nation," she said.

The company, founded in 2019, raised 62 million dollars (about 57 million euros) in March. It
plans a second Kifaru-1 flight in early 2027.

## Italian industry interest

Several Italian companies supplied parts for the ground segment, and Italian officials see
the collaboration as a possible model. "San Marco was built to give Italy access to space.
Today it gives access to space to Africa, and that is a good return on the investment," said
a senior ASI official in Rome.

Nyota's first attempt on Wednesday had been called off because of a faulty pressure sensor.
"""

RK_COAST = """
Hundreds of residents of Ngomeni and Malindi lined the beaches before dawn on Saturday to watch
history being made as Kifaru-1, a rocket built by Kenyan engineers, roared into the sky from
the San Marco platform off the coast.

The rocket, built by Nairobi-based Nyota Launch Systems, lifted off at 7:24 a.m., lighting up
the sea with a bright orange flame before disappearing into the clouds within a minute.

"I have lived here all my life and I have only heard stories about the rockets the Italians
sent up when my father was young. Today I saw one with my own eyes, and it was ours," said
Kahindi Charo, a fisherman from Ngomeni.

## Fishermen asked to stay ashore

For fishermen, launch day meant a day without work. The Kenya Maritime Authority and the
Luigi Broglio Space Centre had asked boats to stay out of a safety zone from midnight, and a
boat that strayed into the zone on Saturday morning delayed the launch, officials said.

Beach management unit chairman Omar Bakari said fishermen had been promised compensation for
the days lost during the launch campaign, including Wednesday's attempt, which was called off.
"We support this project, but our people must eat," he said.

[AD]

## Satellites for farmers

The rocket carried three small satellites, including Shamba-1, which will monitor crops and
soil moisture across Kenya, and satellites from Rwanda and Uganda. Nyota said all three were
released successfully and were working.

Nyota chief executive Dr Achieng Omolo told The Coast Tribune that the launch would create
jobs at the Coast. "We will need technicians, welders, boat crews and security. We want those
jobs to go to young people from Kilifi," she said. The company employs 46 people at Malindi.

The Kilifi Governor's office said the county would ask the national government for a share of
revenues from future launches.

The Italian site manager at the centre, Luca Mancinetti, said the platform had been restored
over eighteen months. "This is a second life for San Marco," he said.

## Tourism boost hoped for

Hotels in Malindi and Watamu reported strong bookings for the launch weekend. "We had guests
from Nairobi, Kampala and even Italy. Some stayed up all night on the beach," said Fatuma
Said, who manages a guest house in Malindi.

The Luigi Broglio Space Centre, set up by Italy in the 1960s, sent up its last orbital rocket
in 1988. Since then it has been used mainly to track satellites. Its sea platform sits about
30 kilometres north of Malindi town.

Nyota plans its next launch in early 2027. Residents said they will be back on the beach.

"Next time I will bring my children. They must see that Kenyans can do this," said Charo.
"""


def _rk() -> dict:
    arts = [
        (EAWS, {
            "url": "https://www.eawire.example/technology/space/2026/10/17/"
                   "kenyan-startup-nyota-reaches-orbit-from-malindi",
            "headline": "Kenyan start-up Nyota reaches orbit in first launch from Malindi",
            "desc": "Kifaru-1 rocket puts three cubesats into orbit from Italian-run base; "
                    "first orbital launch from Kenya since 1988.",
            "section": "Technology", "byline": "By Salim Mwinyi", "img": "kifaru-liftoff",
            "meta_time": "2026-10-17T06:05:00Z",
            "date_visible": "October 17, 2026 6:05 AM GMT",
            "caption": "Nyota's Kifaru-1 rocket lifts off from the San Marco platform off "
                       "the Kenyan coast.",
            "credit": "Nyota Launch Systems/Handout via EAWS",
            "body": RK_WIRE,
            "tags": ["Kenya", "Space", "Start-ups"],
            "related": ["Earthquake in western Uganda kills 8",
                        "Rwanda's satellite programme: a timeline",
                        "SpaceX launches 24 more Starlink satellites"],
            "mostread": ["Kenya's shilling firms to 128.9 per dollar",
                         "Airtel Africa profit rises 9%"],
        }),
        (ORBITAL, {
            "url": "https://www.orbitalledger.example/launch/"
                   "kifaru-1-reaches-orbit-nyota-first-flight",
            "headline": "Kifaru-1 reaches orbit on first flight from San Marco platform",
            "desc": "Nyota's two-stage rocket delivers three cubesats to a 3.1-degree orbit "
                    "after a 2 h 15 min hold.",
            "section": "Launch", "byline": "Marta Kowalczyk", "img": "kifaru-pad",
            "jsonld_time": "2026-10-17T14:20:00Z", "ld_type": "Article",
            "caption": "Kifaru-1 on the San Marco platform before launch.",
            "credit": "Nyota Launch Systems",
            "body": RK_ORBITAL,
            "tags": ["Nyota", "Kifaru-1", "Small launchers", "Kenya"],
            "related": ["Launch schedule: the week ahead",
                        "Vega C returns to flight with Sentinel-1D",
                        "Why equatorial launch sites are back"],
            "mostread": ["Rocket Lab's Neutron slips to 2027",
                         "India's PSLV-C63 deploys nine satellites"],
        }),
        (SPAZIO, {
            "url": "https://www.spazionotizie.example/en/news/"
                   "san-marco-platform-returns-to-orbit-kenyan-rocket",
            "headline": "The San Marco platform returns to orbit with a Kenyan rocket",
            "desc": "First orbital launch from the Luigi Broglio Space Centre since 1988; "
                    "ASI provided range services.",
            "section": "ASI", "byline": "Giulia Ferraro", "img": "san-marco",
            "date_visible": "17/10/2026 - 10:15 CEST",
            "caption": "The Luigi Broglio Space Centre near Malindi, Kenya.",
            "credit": "Photo: ASI",
            "body": RK_SPAZIO,
            "tags": ["ASI", "Kenya", "San Marco", "Malindi"],
            "related": ["ASI budget 2027: what changes",
                        "IRIDE constellation: six more satellites launched",
                        "Artemis: Italian module on track"],
            "mostread": ["Samantha Cristoforetti's new book", "Space Economy Forum in Turin"],
        }),
        (COAST, {
            "url": "https://www.coasttribune.example/news/kilifi/"
                   "ngomeni-residents-watch-kenyan-rocket-make-history",
            "headline": "Ngomeni residents watch Kenyan rocket make history",
            "desc": "Crowds line the beaches as Kifaru-1 blasts off from the San Marco "
                    "platform.",
            "section": "Kilifi", "byline": "Rehema Juma", "img": "ngomeni-beach",
            "caption": "Residents watch the launch from Ngomeni beach.",
            "credit": "Photo: Rehema Juma / Coast Tribune",
            "body": RK_COAST,
            "tags": ["Kilifi", "Malindi", "Space"],
            "related": ["Malindi airport runway extension approved",
                        "Watamu turtle hatchlings released",
                        "Mombasa port handles record 41,000 containers in September"],
            "mostread": ["Kilifi MCAs reject budget", "Lamu cultural festival dates set"],
        }),
    ]
    return {
        "id": "rk-DA5", "part": "DA", "domain": "rocket", "fetched": "2026-10-19",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [
            ("liftoff time, local (EAT)", r"\b0?6[:.]42\b", r"\b0?7[:.]24\b"),
            ("cubesat release after liftoff", r"\b58[- ]?(?:minutes?|mins?)\b",
             r"\b38[- ]?(?:minutes?|mins?)\b"),
            ("ASI site manager's surname", r"mancinelli", r"mancinetti"),
        ],
    }


# ---------------------------------------------------------------------------
# eq-DA6: Kasese earthquake, western Uganda, 00:34 EAT 13 September 2026 (CONTROL)
# ---------------------------------------------------------------------------

RWENZORI = _outlet(
    name="Rwenzori Times", domain="rwenzoritimes.example", pfx="rwt", sep=" | ", layout="c",
    crumb="Kasese", sect="kasese",
    nav=["Home", "Kasese", "Fort Portal", "Bundibugyo", "Live", "Business", "Opinion"],
    cookie="We use cookies to keep this site free. Continue browsing if you are happy with "
    "this.",
    accept="Continue", manage="Find out more",
    newsletter=("Rwenzori Updates", "Breaking news from the Rwenzori region by SMS and email."),
    footer="Rwenzori Times, Fort Portal Road, Kasese. Your region, your paper.",
    share=["Facebook", "WhatsApp", "X"],
)
KIGALIPOST = _outlet(
    name="Kigali Post Online", domain="kigalipost.example", pfx="kpo", sep=" - ", layout="a",
    sect="news",
    nav=["News", "Rwanda", "Region", "Business", "Technology", "Sports", "Kinyarwanda"],
    cookie="Kigali Post uses cookies. Learn more in our privacy notice.",
    accept="Accept all cookies", manage="Privacy notice",
    newsletter=("Kigali Post Daily", "The morning's news from Rwanda and the region."),
    footer="Kigali Post Online, KG 7 Avenue, Kigali. (c) 2026 Kigali Post Ltd.",
    share=["X", "Facebook", "WhatsApp", "LinkedIn"],
)
QUAKEDESK = _outlet(
    name="Quake Desk Africa", domain="quakedesk.example", pfx="qda", sep=" · ", layout="b",
    sect="events",
    nav=["Events", "Explainers", "Rift monitor", "Data", "About the network"],
    cookie="We use a single analytics cookie to count visitors. No advertising trackers.",
    accept="Fine", manage="Opt out",
    newsletter=("Rift Monitor", "A weekly digest of seismic and volcanic activity along the "
                "East African Rift."),
    footer="Quake Desk Africa is a non-profit science news service. Data courtesy of the "
    "agencies named in each story.",
    share=["X", "Mastodon", "Email"], ad_label="Supported by",
)

EQ_WIRE = """
KAMPALA, Sept 13 (CNA) - A magnitude 5.8 earthquake struck western Uganda near the town of
Kasese shortly after midnight on Sunday, killing at least three people and damaging dozens of
homes, police said.

The quake struck at 2134 GMT on Saturday (0034 local time on Sunday) at a depth of 10 km (6
miles), about 19 km (12 miles) north-west of Kasese, the U.S. Geological Survey (USGS) said.
Germany's GFZ research centre put its magnitude at 5.9.

Two children died when a wall collapsed on their house in Maliba, near the foothills of the
Rwenzori mountains, and a man was killed in Kilembe when part of a building fell on him,
police spokesman Vincent Tumusiime said.

"Many people spent the night outside because they feared the houses would fall. Our teams are
still going from village to village," Tumusiime said by telephone.

[AD]

Residents described strong shaking that lasted several seconds and sent people running into
the streets. A strong aftershock hit about two hours later, causing more panic.

"The whole house was moving like a boat. I grabbed my children and we ran outside in the dark,"
said Jovia Biira, a teacher in Kasese town.

The tremor was also felt in Fort Portal, in the Rwandan capital Kigali, about 240 km (150
miles) to the south, and in Goma in the Democratic Republic of Congo. There were no immediate
reports of damage in Rwanda or Congo.

Hospitals in the district said they had received a number of injured people, most with
fractures and cuts from falling debris. Kagando Hospital said it had set up extra beds.

Mobile phone networks were briefly disrupted in parts of the district, and the electricity
distributor said power had been restored to most of Kasese by early morning.

Uganda's Office of the Prime Minister, which coordinates disaster response, said it had sent a
team to assess the damage and that the Uganda Red Cross was distributing tents and blankets.

Kasese district lies in the western branch of the East African Rift, where the Rwenzori
mountains rise along the border with Congo. It is one of the most seismically active parts of
Uganda, and moderate earthquakes are recorded there every few years.

Kasese, a busy town at the foot of the Rwenzori mountains, is a gateway to Queen Elizabeth
National Park and Rwenzori Mountains National Park, which attract thousands of tourists each
year. The Uganda Wildlife Authority said there were no reports of injuries among visitors at
lodges in the area.

In Kigali, residents of apartment blocks said they felt their buildings sway, and some ran
outside into the night.

Roads between Kasese and Fort Portal were open, police said, though a section of the road to
Kilembe was blocked by rocks.

(Reporting by Ronald Kato; Editing by Peter Mwaura)
"""

EQ_LIVE = """
@@ 19:05 EAT || Death toll rises to seven

The Office of the Prime Minister (OPM) says seven people have now died and 64 have been
injured. Its preliminary assessment counts 260 houses damaged, mostly in Maliba, Kilembe and
Bugoye sub-counties. Kagando Hospital says it is treating 38 of the injured.

@@ 18:40 EAT || 27 aftershocks so far

The Department of Geological Survey and Mines (DGSM) says its network recorded 27 aftershocks
between the main quake and 6 p.m. today. Most were too small to be felt. The department says
people should avoid sleeping in cracked buildings tonight.

@@ 16:45 EAT || Schools to be inspected

The district education office says schools will be inspected before classes resume tomorrow.
Parents should keep children at home if their school has visible cracks.

@@ 15:20 EAT || DGSM gives its own figures

The DGSM has released its own analysis. It gives a local magnitude of 6.0, with a depth of 14
km and an epicentre near Maliba, about 15 km north-west of Kasese town. The USGS figure, 5.8,
is a moment magnitude calculated from stations around the world, and the department says
differences of this size between agencies are normal in the first hours.

"Whichever number you use, this was a strong earthquake for this area," DGSM senior
seismologist Dr Winnie Kyomuhendo told the Rwenzori Times.

[AD]

@@ 13:05 EAT || Minister arrives

State Minister for Disaster Preparedness Esther Akello Opio has arrived in Kasese and is
visiting Kagando Hospital. She says the government will provide relief food and tents to
affected families.

@@ 11:30 EAT || Five dead, 41 injured

Police spokesman for the Rwenzori West region, ASP Vincent Tumusiime, says five people are now
confirmed dead and 41 injured. Two of the new deaths were in Bugoye, where a house collapsed.

@@ 08:30 EAT || Red Cross sets up camp

The Uganda Red Cross has set up a temporary camp at Maliba playground for families whose homes
were damaged. Volunteers are distributing tents, blankets and jerrycans. The district health
officer says Kagando Hospital has called in extra staff.

@@ 06:10 EAT || Three dead, police say

Police confirm three deaths: two children in Maliba whose house wall collapsed, and a man in
Kilembe. Several people have been taken to Kagando and Kilembe Mines hospitals.

@@ 02:55 EAT || Strong aftershock

A strong aftershock has just been felt in Kasese town. The DGSM says its preliminary reading is
magnitude 4.4 at 02:51. Many families are now sitting in compounds and on the roadside.

@@ 01:20 EAT || USGS: magnitude 5.8

The US Geological Survey gives a magnitude of 5.8 at a depth of 10 km, about 19 km north-west
of Kasese. It says the quake happened at 00:34 our time, 21:34 UTC on Saturday.

@@ 00:52 EAT || Strong shaking in Kasese

A strong earthquake has just shaken Kasese town. Our reporters say people have run out of
their houses and are gathering in the streets. Electricity is off in parts of town. We will
bring you updates through the night.
"""

EQ_KIGALI = """
Residents of Kigali and several districts in the north and west of Rwanda were jolted late on
Saturday night by an earthquake centred in neighbouring Uganda, but authorities said there was
no damage in the country.

The earthquake, measured at magnitude 5.8 by the United States Geological Survey (USGS), struck
at 23:34 Rwandan time in the Kasese district of western Uganda, roughly 240 kilometres north
of Kigali. The USGS recorded it at 21:34 GMT.

In Kigali, residents of high-rise apartments in Kimihurura and Kacyiru said their buildings
swayed for about 20 seconds. Some ran down the stairs into the street in their night clothes.

"I was watching football on television and suddenly the glasses on the shelf started to
shake. My wife thought a big truck was passing, but it continued and we ran out," said Jean
Bosco Habimana, a resident of Kacyiru.

[AD]

The Rwanda Mines, Petroleum and Gas Board (RMB), which runs the national seismic network, said
its stations recorded the event clearly, as well as an aftershock at 01:51 on Sunday. "There
is no reason for panic. The earthquake occurred outside our borders, and no damage has been
reported in Rwanda," said Claudine Uwimana, a geologist at the board.

The Ministry in charge of Emergency Management (MINEMA) said its district teams had checked
schools, health centres and markets in Rubavu, Musanze and Nyabihu and found no damage.

In Rubavu, on the shores of Lake Kivu, residents said the shaking was stronger than in Kigali.
"We are used to small tremors here because of the volcanoes, but this one was long," said
Aline Mukamana, a hotel receptionist in Gisenyi.

Social media in Rwanda quickly filled with videos of swaying lamps and ceiling fans, posted
shortly before midnight. Seismologists say earthquakes of this size in the Albertine rift are
felt over large distances because the old, hard rocks of the region carry seismic waves
efficiently.

## Casualties in Uganda

In Uganda, the quake killed at least five people and injured 41 in Kasese district, according
to Ugandan police figures released on Sunday morning. Most of the victims were in villages on
the slopes of the Rwenzori mountains.

Rwanda's High Commission in Kampala said it had no reports of Rwandan citizens among the
victims.

The region lies along the western branch of the East African Rift, which runs through Uganda,
Rwanda and the Democratic Republic of Congo and is home to the active Nyiragongo and
Nyamuragira volcanoes. Rwanda was last hit by a damaging earthquake in February 2008, when a
quake near Lake Kivu destroyed homes in Rusizi and Nyamasheke.

Experts urged residents to learn what to do during an earthquake. "Drop, cover and hold on.
Do not run down the stairs while the building is shaking," Uwimana said.

RMB said it was sharing data with its Ugandan counterparts and would publish a report on how
the quake was felt in Rwanda.
"""

EQ_DESK = """
The earthquake that struck the Kasese district of western Uganda at 21:34:17 UTC on Saturday
12 September, 00:34 local time on Sunday, is the most damaging in the Rwenzori region in years.
As of Monday morning, Uganda's Office of the Prime Minister (OPM) reported eight deaths, 71
people injured, 412 houses damaged or destroyed and about 1,240 people displaced.

The death toll rose overnight from seven after a woman injured in Bugoye died at Kagando
Hospital, the OPM said.

## How big was it?

Agencies gave different numbers, as they often do in the first days:

[BOX] Magnitude estimates || USGS: Mw 5.8, depth 10 km, 19 km (12 miles) NW of Kasese ;;
GFZ Potsdam: M 5.9 ;; Uganda DGSM: ML 6.0, depth 14 km, near Maliba, about 15 km NW of Kasese
town

These are not contradictions so much as different measurements. The USGS value is a moment
magnitude (Mw), derived from the long-period waves recorded worldwide and tied to the size of
the fault rupture. Uganda's Department of Geological Survey and Mines (DGSM) reports a local
magnitude (ML) from its own regional stations, which for shallow events in the rift can run a
few tenths higher. The depth of 10 km in the USGS solution is a common default for shallow
crustal quakes where depth is poorly constrained.

"The local magnitude and the moment magnitude measure different things. The public should not
worry about the difference between 5.8 and 6.0; what matters is that the shaking near the
epicentre was strong," said Dr Winnie Kyomuhendo, a senior seismologist at the DGSM.

[AD]

## Aftershocks

By 06:00 on Monday (local time), the DGSM had recorded 41 aftershocks. The largest, magnitude
4.4, struck at 02:51 local time on Sunday, about two and a quarter hours after the main
shock. Aftershock rates are decaying as expected, and the department says the probability of
a larger event is low but not zero.

## Why here?

Kasese sits at the foot of the Rwenzori mountains, a block of crust pushed up between branches
of the western (Albertine) rift. The USGS focal mechanism shows normal faulting, consistent
with the east-west stretching that is pulling the rift apart. The region has a long record of
moderate earthquakes, including the February 1994 quake near Fort Portal, and a magnitude 4.9
event in March 2025 that cracked a handful of buildings in the same district.

Shaking was widely felt: the USGS "Did You Feel It?" service received reports from Fort
Portal, Kampala, about 280 km (175 miles) to the east, and from Kigali, some 240 km (150 miles)
to the south, where it was 23:34 on Saturday when the quake struck.

## Building lessons

Most of the damage was to houses built of mud and wattle or unreinforced brick on the slopes
above Kasese. "Nearly every collapse we have seen is a heavy wall without any ring beam," said
Eng. Patrick Masereka, a structural engineer volunteering with the Uganda Red Cross. He urged
the government to enforce the building code in rural areas.

The OPM said relief food and tents had reached most displaced families, and a full damage
assessment would be published later this week.
"""


def _eq() -> dict:
    arts = [
        (CNA, {
            "url": "https://www.cna-wire.example/africa/2026/09/13/"
                   "earthquake-western-uganda-kasese-kills-three",
            "headline": "Magnitude 5.8 quake in western Uganda kills at least three",
            "desc": "Quake near Kasese felt in Kigali and Goma; police say homes damaged.",
            "section": "Africa", "byline": "Ronald Kato", "img": "kasese-damage",
            "meta_time": "2026-09-13T05:45:00Z",
            "caption": "A house damaged by the earthquake in Kasese district, Uganda.",
            "credit": "CNA/Ronald Kato",
            "body": EQ_WIRE,
            "tags": ["Uganda", "Earthquakes", "Disasters"],
            "related": ["Kenya's Kitui Central by-election won by NUA's Kilonzo",
                        "Magnitude 6.1 quake hits Afar region of Ethiopia in March",
                        "DRC: Nyiragongo alert level unchanged"],
            "mostread": ["Uganda Cranes qualify for AFCON 2027",
                         "Coffee prices hit two-year high"],
        }),
        (RWENZORI, {
            "url": "https://www.rwenzoritimes.example/live/kasese-earthquake-live-updates",
            "headline": "LIVE: Earthquake hits Kasese — latest updates",
            "desc": "Live updates after a strong earthquake shook Kasese and the Rwenzori "
                    "region overnight.",
            "section": "Live", "byline": "Rwenzori Times reporters", "img": "kasese-night",
            "date_visible": "Sunday 13 September 2026 | Last updated 19:05 EAT",
            "caption": "Residents gather outside their homes in Kasese town after the "
                       "earthquake.",
            "credit": "Rwenzori Times / Baluku Joseph",
            "body": EQ_LIVE,
            "tags": ["Kasese", "Earthquake", "Live"],
            "related": ["Kilembe mine road reopened after landslide",
                        "River Nyamwamba floods: one year on",
                        "How to make your house safer in an earthquake"],
            "mostread": ["Queen Elizabeth park fees to rise",
                         "Kasese cotton farmers get new prices"],
        }),
        (KIGALIPOST, {
            "url": "https://www.kigalipost.example/news/rwanda/"
                   "uganda-earthquake-felt-in-kigali-no-damage-reported",
            "headline": "Uganda earthquake felt in Kigali, no damage reported in Rwanda",
            "desc": "Residents of Kigali, Rubavu and Musanze felt the tremor late on Saturday; "
                    "RMB says no damage.",
            "section": "Rwanda", "byline": "Eric Nshimiyimana", "img": "kigali-night",
            "jsonld_time": "2026-09-13T12:40:00+02:00",
            "date_visible": "13 September 2026, 12:40 CAT",
            "caption": "Kigali's Kimihurura neighbourhood, where residents felt buildings sway.",
            "credit": "Kigali Post / File",
            "body": EQ_KIGALI,
            "tags": ["Earthquake", "Uganda", "RMB", "MINEMA"],
            "related": ["Rwanda to launch second Earth observation satellite",
                        "Lake Kivu methane plant expands to 56MW",
                        "Kigali Marathon: road closures on Sunday"],
            "mostread": ["APR FC win league opener", "Visit Rwanda: tourism revenue up 12%"],
        }),
        (QUAKEDESK, {
            "url": "https://www.quakedesk.example/events/kasese-uganda-m58-rwenzori",
            "headline": "Kasese earthquake: why agencies disagree on the magnitude, and what "
                        "comes next",
            "desc": "Eight dead in the Rwenzori region. USGS says 5.8, Uganda's DGSM 6.0. "
                    "Here is why both can be right.",
            "section": "Events", "byline": "Dr Helen Achieng", "role": "Science editor",
            "img": "rwenzori-map",
            "caption": "Map of the main shock and aftershocks recorded by the DGSM network.",
            "credit": "Quake Desk Africa, data DGSM/USGS",
            "body": EQ_DESK,
            "tags": ["Uganda", "East African Rift", "Magnitude"],
            "related": ["Explainer: moment magnitude vs local magnitude",
                        "Afar 2026: the swarm that would not stop",
                        "Lake Kivu: monitoring the methane"],
            "mostread": ["Nyiragongo's lava lake, month by month",
                         "Why Addis Ababa felt the Fentale quakes"],
        }),
    ]
    return {
        "id": "eq-DA6", "part": "DA", "domain": "earthquake", "fetched": "2026-09-15",
        "articles": [{"url": a["url"], "html": page(o, a)} for o, a in arts],
        "planted": [],
    }


STORIES: list[dict] = [_cb(), _el(), _ct(), _tr(), _rk(), _eq()]
