"""Story battery, part DD — Brazil and the Southern Cone, events in 2026.

Written by engineer DD1 on 2026-12-07 for the twenty-ninth batch, a precision batch: most
differences between outlets below are legitimate (time zones, local vs UTC dates, rounding,
units, currency conversions, counts that grow with the time of each update, provisional figures
revised, forecasts vs outcomes, other agencies' estimates, earlier events, sidebars), and only
three stories carry planted contradictions, three each. All outlets, reporters, companies, most
officials and all figures are invented; real institutions and places are scenery. Every domain
ends in .example. The module imports only the standard library.

cb-DD1 (central bank). True facts: the Banco Central do Brasil's Monetary Policy Committee
(Copom) ended its 16-17 June meeting on Wednesday 17 June 2026 by cutting the Selic 50 bp from
14.25% to 13.75%; statement released 18:35 Brasília time (BRT, UTC-3) = 21:35 GMT. Vote 7-2:
directors Paulo Henrique Teixeira and Carla Nunes Ribeiro wanted 25 bp. Governor Helena Baptista
Moreira. May IPCA +0.26% m/m, 4.62% over 12 months (4.87% in April); target 3% +/-1.5 pp; core
average about 4.1%, services 5.3%; projection 3.6% for Q4 2027 (relevant horizon), 4.3% for
end-2026; Focus end-2026 Selic median 12.50%; earlier cuts 18 March (50 bp, 15.00% to 14.50%)
and 6 May (25 bp); next meeting 28-29 July; real 5.41 per dollar, Ibovespa +0.8% at 141,250.
PLANTED (3): vote split 7-2 (right) vs 6-3 in The São Paulo Courier; weekday Wednesday (right)
vs "Thursday, June 17" in Emerging Rates Monitor (weekday/date mismatch); 12-month IPCA 4.62%
(right) vs 4.26% in the Capital Mercados live page. Outlets: Meridian Wire report
(article:published_time 2026-06-17T21:58Z, times in local and GMT); Capital Mercados live page
with BRT-stamped updates 17:40-20:40 (visible date only); The São Paulo Courier analysis the
next morning, 18 June 06:00 BRT (JSON-LD); Emerging Rates Monitor research note (no date at
all). Traps: 18:35 BRT vs 21:35 GMT; 50 bp vs half a point vs 0.50 percentage point; 0.26%
monthly vs 4.62% annual vs core 4.1% vs services 5.3%; 3.6% (Q4 2027) vs 4.3% (2026); house
forecasts of 12.75% vs Focus 12.50%; earlier cuts and the 15% peak; R$55 billion vs roughly
US$10 billion; governor with and without her middle name; Copom vs Central Bank of Brazil vs
BCB; two translations of the statement and of the finance minister's post; ex-ante real rate
"close to 9%" vs "about 9.0%"; sidebar rates of Chile (4.50%) and Colombia (7.75%).

el-DD2 (election). CONTROL (no planted disagreement). True facts: municipal election in Paraguay
on Sunday 11 October 2026; polls 07:00-16:00 Asunción time (UTC-3). Preliminary TREP count of
the Superior Tribunal of Electoral Justice (TSJE), final bulletin 22:40 local = 01:40 GMT Monday
12 October, 99.6% of tally sheets: Rodrigo Ayala Benítez (ANR/Colorado) 121,406 votes, 46.4%;
Mirta Giménez Ocampo (Alianza Ciudadana por Asunción) 101,782, 38.9%; Julio Cáceres Villalba
(Asunción Primero) 26,688, 10.2%; others 4.5%; margin 19,624 votes / 7.5 points; turnout 58.3%
of 462,117. Giménez conceded at 21:32; Ayala spoke at 22:15. Earlier TREP bulletins: 18:40
(31.2% of sheets) 44.1/41.0/10.9; 19:55 (74.5%) 45.8/39.6/10.3; 21:10 (97.8%) 46.3/39.0/10.2.
Ágora Datos September poll 41/37/13. Official count starts Tuesday 13 October; 24-seat council.
Outlets: Asunción al Día live page (local times, visible date only); Austral Press Agency wire
(article:published_time 2026-10-12T02:15Z, dateline Oct 11); The Paraguay Post next-day
newspaper (JSON-LD, 12 October); Southern Ballot analysis (no date at all). Traps: 22:40 Sunday
local vs 01:40 GMT Monday; wire meta date 12 October vs dateline 11 October; shares growing with
each bulletin and turnout at 11:00 (21%) and 14:00 (44%); "nearly 20,000 votes" vs 19,624;
"about 10%" vs 10.2%; poll vs result; ANR vs Colorado Party; names with and without maternal
surnames and diacritics; concession and victory quotes in different wordings; a council seat
projection attributed to the analysis site; debt of 1.1 trillion guaraníes vs about US$140
million; "about three-quarters of an hour later" vs 22:15.

ct-DD3 (court). True facts: on Tuesday 14 July 2026 Chile's Supreme Court (Third Chamber)
annulled, 3-2, the environmental approval (RCA of March 2025) of Andina Litio SpA's Llano Blanco
lithium project near Peine, about 100 km (62 miles) south of San Pedro de Atacama, Antofagasta
region; ruling public at about 12:40 local (UTC-4) = 16:40 GMT; case 41.208-2025. Majority:
Justice Adelaida Fuentes Merino (chamber president, drafted), Hernán Quiroga Lyon, Rosario
Valdivieso Cortés; dissent: Justice Tomás Arrieta Solís and associate lawyer Ignacio Bravo
Larraín. New ILO 169 consultation including Camar, plus cumulative water assessment. Investment
US$1.9 billion (about 1.8 trillion pesos); 40,000 t/y LCE; 220 l/s brine, 18 l/s fresh water;
earlier unanimous First Environmental Court ruling (Antofagasta, November 2025); company delay
estimate at least 18 months; CEO Martín Olave Rivas. PLANTED (3): presiding justice Fuentes
(right) vs "Fuertes" in The Andes Herald; nearest village Peine (right) vs Toconao in Brine
Report; investment US$1.9 billion (right) vs US$2.9 billion in Antofagasta Hoy. Outlets:
Meridian Wire (article:published_time 2026-07-14T17:20Z); The Andes Herald next morning (JSON-LD
2026-07-15); Antofagasta Hoy local site (visible date and time only); Brine Report specialist
weekly ("last Tuesday", no date at all). Traps: 12:40 local vs 16:40 GMT vs "lunchtime"; 3-2 vs
"three votes to two" and the earlier unanimous ruling; Redgum's 14% fall in Sydney on Wednesday
local time (opened 8 p.m. Tuesday in Chile); 100 km vs 62 miles; US$1.9bn vs 1.8 trillion pesos;
"at least 18 months" (company) vs 2031 first production (Brine Report's estimate); Environmental
Assessment Service vs Environmental Evaluation Service; names with and without maternal
surnames; chamber president vs "who presides over the chamber"; the community leader's quote in
two wordings.

tr-DD4 (trade). CONTROL (no planted disagreement). True facts: INDEC released Argentina's June
2026 trade data on Thursday 16 July 2026 at 16:00 Buenos Aires time (UTC-3) = 19:00 GMT: exports
US$7,864m (+9.8% y/y; volumes +12.2%, prices -2.1%), imports US$6,441m (+14.2%; volumes +15.8%,
prices -1.4%), surplus US$1,423m (June 2025: US$1,522m); May surplus revised to US$1,288m from
US$1,240m; first half surplus US$7,912m (+15.7%), exports US$43,570m, imports US$35,658m; energy
surplus US$612m in June, US$3.94bn in the half; soybean complex US$2.31bn; Brazil: exports
US$1,402m, imports US$1,611m, deficit US$209m; China: deficit US$764m. Analysts' median forecast
US$1.15bn. Outlets: Austral Press Agency wire (article:published_time 2026-07-16T19:24Z); Pampa
Ledger Buenos Aires business site (visible date and time only); GrainLine South specialist (no
date at all); Porto Alegre Tribune next-day newspaper (JSON-LD 2026-07-17). Traps: US$1.423
billion vs US$1,423 million vs US$1.42bn; June vs first-half figures; forecast vs outcome;
provisional May figure revised; CIARA-CEC's US$2.47bn foreign-currency liquidation (a different
measure); Brazil's MDIC figure of a US$262m Brazilian surplus with Argentina vs INDEC's US$209m
deficit, explained; R$ and peso conversions; Rosario vs Buenos Aires exchange crop estimates;
the economy minister's post in two translations; 16:00 local vs 19:00 GMT; sidebar of Brazil's
own June surplus.

rk-DD5 (rocket). True facts: on Thursday 22 October 2026 Vetor Orbital's two-stage VO-2 Jandaia
lifted off from the Alcântara Launch Center (Maranhão, UTC-3) at 10:14 local = 13:14 GMT, in a
10:00-10:40 window, after scrubs on Monday 19 (winds) and Wednesday 21 October (valve sensor,
T-4 min); second-stage shutdown at T+8 min 55 s, coast, relight; first payload (Ipê-1, 148 kg)
deployed 58 minutes after liftoff (11:12 local), last (Guará) at T+1 h 04 min (11:18); 525 km
(326 miles) SSO, 97.5 degrees; four payloads, 212 kg total; first attempt April 2025 failed at
T+71 s. Chief executive Lívia Montenegro Sales; AEB president Renato Cavalcanti Lobo; CLA
director Col. Fábio Arantes; about US$6 million (roughly R$33 million) per launch; 11-launch
backlog. PLANTED (3): liftoff 10:14 local (right) vs 10:41 in LaunchBeat;
liftoff-to-first-deployment 58 minutes (right) vs 48 minutes in Meridian Wire; Montenegro Sales
chief executive (right) vs "chief financial officer" in the Maranhão Agora live page. Outlets:
Maranhão Agora live page (local times 08:50-11:40, visible date only); Meridian Wire
(article:published_time 2026-10-22T15:05Z, GMT times); LaunchBeat analysis (no date at all).
Traps: 10:14 local vs 13:14 GMT; "just over an hour" vs T+1 h 04 min; "about nine minutes" vs
T+8 min 55 s; "three quarters of an hour" vs "roughly 46 minutes" of coast; 525 km vs 326 miles;
US$6 million vs R$33 million; the 2025 failure and the 2003 pad accident; quote in two wordings;
212 kg total vs individual masses.

eq-DD6 (earthquake). CONTROL (no planted disagreement). True facts: earthquake at 23:47 local on
Friday 26 June 2026 (Chile winter time, UTC-4) = 03:47 UTC Saturday 27 June, offshore 42 km (26
miles) southwest of Taltal, Antofagasta region. CSN: preliminary 7.0 revised to 6.9 at 00:31,
depth 31 km; USGS: Mww 6.8, depth 35 km, 39 km (24 miles) WSW of Taltal. SENAPRED evacuation of
the coast at 23:58, lifted 01:25 after SHOA ruled out a tsunami (00:40). Deaths: 2 (man, 74,
heart attack in Taltal; woman, 58, wall collapse in Paposo). Injured: 12 (02:40) -> 19 (09:00
report) -> 27 (18:00 report). Homes damaged: 64 (09:00, provisional) -> 131 incl. 9
uninhabitable (18:00). Power: peak about 58,000 customers, 9,600 at 08:00, 7,400 at 10:00, about
1,200 Saturday night. Aftershocks: 41 by 07:30, 46 by 08:00, 118 by 22:00 Saturday; largest M5.1
at 01:12 local (05:12 UTC). Outlets: Antofagasta Hoy live page (Chile-time updates Friday 23:52
to Saturday 18:10, visible date only); Meridian Wire (article:published_time 2026-06-27T13:40Z);
The Andes Herald Sunday newspaper (JSON-LD 2026-06-28); QuakeDesk technical summary (no date at
all). Traps: Friday night local vs Saturday UTC; CSN vs USGS magnitude, depth and location;
preliminary 7.0 revised to 6.9; km vs miles; every count growing with the time of its report;
historical quakes (1995 Mw 8.0, 2014 Mw 8.2, 2010 Mw 8.8, 1922 about Mw 8.5); SENAPRED
director's name with and without maternal surname; "shortly before 01:30" vs 01:25; Peru quake
in a sidebar.
"""

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder
# ---------------------------------------------------------------------------


def _e(text):
    return html.escape(text, quote=True)


def _blocks(text):
    out = []
    for chunk in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if lines:
            out.append(" ".join(lines))
    return out


def _para(block):
    if block.startswith("## "):
        return "<h2>" + _e(block[3:]) + "</h2>"
    if block.startswith("> "):
        return '<blockquote class="pull"><p>' + _e(block[2:]) + "</p></blockquote>"
    return "<p>" + _e(block) + "</p>"


def _body(text, ad_after=4, ad_html=None):
    ad = ad_html or ('<div class="ad-slot" aria-hidden="true"><span>Advertisement</span>'
                     '<div class="ad-frame"></div></div>')
    parts = []
    for i, block in enumerate(_blocks(text), 1):
        parts.append(_para(block))
        if ad_after and i == ad_after:
            parts.append(ad)
    return "\n".join(parts)


def _live_body(text, label_class="upd-time"):
    """Blocks starting with '@@ LABEL | text' open a new timestamped update."""
    updates = []
    for block in _blocks(text):
        if block.startswith("@@ "):
            label, _, rest = block[3:].partition(" | ")
            updates.append([label, [rest]])
        elif updates:
            updates[-1][1].append(block)
        else:
            updates.append(["", [block]])
    out = []
    for n, (label, paras) in enumerate(updates):
        inner = "\n".join(_para(p) for p in paras)
        out.append(f'<article class="live-update" id="u{n}">\n'
                   f'<p class="{label_class}"><time>{_e(label)}</time></p>\n'
                   f'<div class="upd-body">\n{inner}\n</div>\n'
                   f'<div class="upd-share"><a href="#u{n}">Link to this update</a></div>\n'
                   '</article>')
        if n == 2:
            out.append('<div class="ad-slot"><span>Advertisement</span></div>')
    return "\n".join(out)


def _links(items, cls="links"):
    lis = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<ul class="{cls}">{lis}</ul>'


def _olinks(items):
    lis = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in items)
    return f"<ol>{lis}</ol>"


def _meta(attr, key, value):
    return f'<meta {attr}="{key}" content="{_e(value)}">'


def _head(o, a, url):
    title = o["title_fmt"].format(h=a["headline"], s=o["name"])
    img = f'https://static.{o["domain"]}/img/{a["slug"][:40]}.jpg'
    rows = [
        '<meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _meta("name", "description", a["description"]),
        '<meta property="og:type" content="article">',
        _meta("property", "og:site_name", o["name"]),
        _meta("property", "og:title", a["headline"]),
        _meta("property", "og:description", a["description"]),
        _meta("property", "og:url", url),
        _meta("property", "og:image", img),
        '<meta name="twitter:card" content="summary_large_image">',
        _meta("name", "twitter:site", "@" + o["handle"]),
        f'<link rel="canonical" href="{_e(url)}">',
        f'<link rel="stylesheet" href="/assets/{o["handle"].lower()}.css">',
    ]
    if a.get("date_mode") == "meta":
        rows.append(_meta("property", "article:published_time", a["pub"]))
        if a.get("mod"):
            rows.append(_meta("property", "article:modified_time", a["mod"]))
        rows.append(_meta("property", "article:section", a["section"]))
    if a.get("date_mode") == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["headline"],
            "description": a["description"],
            "datePublished": a["pub"],
            "dateModified": a.get("mod") or a["pub"],
            "author": [{"@type": "Person", "name": n} for n in a.get("authors", [])],
            "publisher": {"@type": "Organization", "name": o["name"],
                          "logo": {"@type": "ImageObject",
                                   "url": f'https://{o["domain"]}/logo.png'}},
            "mainEntityOfPage": url,
            "image": [img],
        }
        rows.append('<script type="application/ld+json">'
                    + json.dumps(ld, ensure_ascii=False) + "</script>")
    section = a["section"].lower().replace("'", "")
    rows.append("<script>window.dataLayer=window.dataLayer||[];"
                f"dataLayer.push({{'pageType':'article','section':'{section}'}});</script>")
    return "<head>\n" + "\n".join(rows) + "\n</head>"


def _nav(o):
    items = []
    for t in o["nav"]:
        slug = t.lower().replace(" ", "-").replace("&", "and")
        items.append((t, f"/{slug}/"))
    return _links(items, cls="nav-list")


def _figure(a, o):
    if not a.get("image"):
        return ""
    cap, credit = a["image"]
    src = f'https://static.{o["domain"]}/img/{a["slug"][:30]}-lead.jpg'
    return (f'<figure class="lead-image"><img src="{src}" alt="{_e(cap[:90])}">'
            f'<figcaption>{_e(cap)} <span class="credit">{_e(credit)}</span></figcaption>'
            "</figure>")


def _share(style):
    if style == 1:
        return ('<div class="share-bar"><span>Share</span><a href="#">X</a><a href="#">Facebook</a>'
                '<a href="#">LinkedIn</a><a href="#">WhatsApp</a><a href="#">Email</a></div>')
    if style == 2:
        return ('<ul class="social"><li><button>Share on WhatsApp</button></li>'
                '<li><button>Share on X</button></li><li><button>Copy link</button></li>'
                '<li><button>Save for later</button></li></ul>')
    return ('<div class="tools"><a href="#">Print</a> | <a href="#">Email this note</a> | '
            '<a href="#">Download PDF</a> | <a href="#">Share</a></div>')


def _footer(o):
    cols = _links([(t, "/" + t.lower().replace(" ", "-")) for t in o["footer"]],
                  cls="footer-links")
    return (f'<footer class="site-footer"><div class="footer-brand">{_e(o["name"])}</div>'
            f'{cols}<p class="copyright">{_e(o["copyright"])}</p></footer>')


def _cookie(o):
    return ('<div class="consent" role="dialog" aria-label="Cookie consent">'
            f'<p>{_e(o["cookie"])}</p><button class="accept">{_e(o["cookie_ok"])}</button>'
            f'<button class="settings">{_e(o["cookie_more"])}</button></div>')


def _newsletter(o):
    title, blurb = o["newsletter"]
    return (f'<section class="newsletter-box"><h3>{_e(title)}</h3><p>{_e(blurb)}</p>'
            '<form action="/newsletter"><input type="email" placeholder="Your email address">'
            "<button>Sign up</button></form></section>")


def page(o, a):
    url = f'https://{o["domain"]}{a["path"]}'
    kind = a.get("kind", o["kind"])
    vdate = a.get("visible_date")
    dline = f'<p class="dateline">{_e(vdate)}</p>' if vdate else ""
    byline = f'<p class="byline">{_e(a["byline"])}</p>' if a.get("byline") else ""
    fig = _figure(a, o)
    related = _links(a.get("related", []))
    mostread = _olinks(a.get("mostread", []))
    head = _e(a["headline"])
    sec = _e(a["section"])
    if kind == "wire":
        main = (
            '<nav class="crumbs"><a href="/americas/">Americas</a> &rsaquo; '
            f'<a href="/{a["section"].lower()}/">{sec}</a></nav>\n<h1>{head}</h1>\n'
            f"{byline}\n{dline}\n{_share(1)}\n{fig}\n"
            f'<div class="article-body">\n{_body(a["body"], ad_after=4)}\n</div>\n'
            f'<p class="standards">{_e(o["standards"])}</p>')
        aside = (f'<aside class="read-next"><h2>Read next</h2>{related}</aside>'
                 + _newsletter(o))
    elif kind == "news":
        readtime = _e(a.get("readtime", "5 min read"))
        main = (
            f'<p class="kicker">{sec}</p>\n<h1>{head}</h1>\n'
            f'<p class="standfirst">{_e(a["standfirst"])}</p>\n'
            f'<div class="article-meta">{byline}{dline}'
            f'<span class="read-time">{readtime}</span></div>\n{_share(2)}\n{fig}\n'
            f'<div class="story-body">\n{_body(a["body"], ad_after=5)}\n</div>\n'
            f'<section class="author-bio"><p>{_e(a.get("bio", ""))}</p></section>\n'
            f'<section class="comments"><h3>Comments ({a.get("comments", 37)})</h3>'
            '<p>Comments are open to subscribers. <a href="/subscribe">Subscribe</a> to join '
            "the conversation.</p></section>")
        aside = ('<aside class="rail"><section class="most-read"><h3>Most read</h3>'
                 f"{mostread}</section>{_newsletter(o)}"
                 '<div class="ad-slot"><span>Advertisement</span></div>'
                 f'<section class="more"><h3>More on this story</h3>{related}</section></aside>')
    elif kind == "live":
        kp = "".join(f"<li>{_e(k)}</li>" for k in a.get("keypoints", []))
        badge = _e(a.get("badge", "LIVE"))
        main = (
            f'<div class="live-head"><span class="live-badge">{badge}</span>\n'
            f"<h1>{head}</h1>\n{dline}\n"
            f'<p class="standfirst">{_e(a["standfirst"])}</p>\n{byline}</div>\n'
            f'<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>\n'
            f"{_share(2)}\n{fig}\n"
            f'<div class="live-feed">\n{_live_body(a["body"])}\n</div>')
        aside = (f'<aside class="sidebar"><h3>Latest news</h3>{related}'
                 f"<h3>Most read</h3>{mostread}</aside>" + _newsletter(o))
    else:  # specialist / trade
        keyn = ""
        if a.get("keynumbers"):
            rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in a["keynumbers"])
            keyn = f'<aside class="key-numbers"><h3>Key numbers</h3><dl>{rows}</dl></aside>'
        tags = " &middot; ".join(_e(t) for t in a.get("tags", []))
        main = (
            f'<div class="note-tags">{tags}</div>\n<h1>{head}</h1>\n'
            f'<p class="summary">{_e(a["standfirst"])}</p>\n{byline}\n{dline}\n{keyn}\n{fig}\n'
            f'<div class="note-body">\n{_body(a["body"], ad_after=0)}\n</div>\n'
            f'<p class="disclaimer">{_e(o["standards"])}</p>\n{_share(3)}')
        aside = ('<aside class="sidebar"><div class="sponsored"><span>Sponsored</span>'
                 f'<p>{_e(o["sponsor"])}</p></div><h3>Latest notes</h3>{related}'
                 f"<h3>Most viewed</h3>{mostread}</aside>" + _newsletter(o))
    top = f'<div class="topbar">{_e(o["topbar"])}</div>' if o.get("topbar") else ""
    header = (f'<header class="site-header"><a class="logo" href="/">{_e(o["name"])}</a>'
              f'<nav>{_nav(o)}</nav><a class="account" href="/account">{_e(o["account"])}</a>'
              "</header>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n' + _head(o, a, url)
        + f'\n<body class="{o["handle"].lower()}">\n' + _cookie(o) + "\n" + top + "\n"
        + header + "\n" + f'<main id="content">\n<article class="{kind}-article">\n' + main
        + "\n</article>\n" + aside + "\n</main>\n" + _footer(o) + "\n</body>\n</html>\n"
    )


def _slug(path):
    return path.strip("/").split("/")[-1]


def _story(sid, domain, fetched, arts, planted):
    articles = []
    for o, a in arts:
        a.setdefault("slug", _slug(a["path"]))
        url = f'https://{o["domain"]}{a["path"]}'
        articles.append({"url": url, "html": page(o, a)})
    return {"id": sid, "part": "DD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


# ---------------------------------------------------------------------------
# Outlets (all invented)
# ---------------------------------------------------------------------------

MERIDIAN = {
    "name": "Meridian Wire", "domain": "meridianwire.example", "kind": "wire",
    "handle": "MeridianWire", "title_fmt": "{h} | {s}",
    "nav": ["World", "Business", "Markets", "Americas", "Energy", "Science", "Sports"],
    "footer": ["About us", "Trust principles", "Careers", "Contact", "Terms of use",
               "Privacy", "Cookie settings"],
    "copyright": "© 2026 Meridian Wire. All rights reserved.",
    "cookie": "We and our partners use cookies to personalise content and ads and to "
              "analyse our traffic. You can change your choice at any time.",
    "cookie_ok": "Accept all", "cookie_more": "Manage options", "account": "Sign in",
    "standards": "Our standards: the Meridian Wire Trust Principles.",
    "newsletter": ("Americas Briefing", "The day's top stories from the Americas, every "
                   "weekday morning."),
}

AUSTRAL = {
    "name": "Austral Press Agency", "domain": "australpress.example", "kind": "wire",
    "handle": "AustralPress", "title_fmt": "{h} - {s}",
    "nav": ["Latest", "Politics", "Economy", "Commodities", "Region", "Photos"],
    "footer": ["About APA", "Editorial policy", "Subscribe to our feeds", "Contact",
               "Legal notice", "Privacy"],
    "copyright": "© Austral Press Agency 2026. Redistribution without permission prohibited.",
    "cookie": "This website uses cookies to improve your experience and for audience "
              "measurement.",
    "cookie_ok": "OK", "cookie_more": "Cookie preferences", "account": "Client login",
    "standards": "APA follows its published editorial policy on corrections and sourcing.",
    "newsletter": ("APA Southern Cone Daily", "Our regional digest, delivered at 07:00."),
}


# ---------------------------------------------------------------------------
# Story 1: central bank (cb-DD1)
# ---------------------------------------------------------------------------

CAPMERC = {
    "name": "Capital Mercados", "domain": "capitalmercados.example", "kind": "live",
    "handle": "CapMercados", "title_fmt": "{h} | {s}",
    "nav": ["Markets", "Economy", "Companies", "Agribusiness", "Personal finance", "Live"],
    "footer": ["Who we are", "Advertise", "Editorial code", "Contact the newsroom", "Privacy"],
    "copyright": "Capital Mercados © 2026 – São Paulo, Brazil",
    "cookie": "We use cookies to measure audience and show relevant ads. By continuing you "
              "agree to our cookie policy.",
    "cookie_ok": "Continue", "cookie_more": "Learn more", "account": "My account",
    "newsletter": ("Closing Bell", "The day's market wrap in your inbox at 18:30."),
}

COURIER = {
    "name": "The São Paulo Courier", "domain": "saopaulocourier.example", "kind": "news",
    "handle": "SPCourier", "title_fmt": "{h} | {s}",
    "nav": ["Brazil", "Economy", "Politics", "World", "Opinion", "Culture", "Sport"],
    "footer": ["Subscribe", "Digital edition", "Corrections", "Contact us", "Terms",
               "Privacy policy", "Cookie preferences"],
    "copyright": "© 2026 The São Paulo Courier Ltda. All rights reserved.",
    "cookie": "Your privacy choices: we and 142 partners store and access information on your "
              "device to provide personalised ads and content.",
    "cookie_ok": "I agree", "cookie_more": "See purposes", "account": "Log in",
    "topbar": "Subscribe from R$1.90 in the first month",
    "newsletter": ("Morning Courier", "Brazil's day ahead, before breakfast."),
}

RATESMON = {
    "name": "Emerging Rates Monitor", "domain": "ratesmonitor.example", "kind": "spec",
    "handle": "RatesMonitor", "title_fmt": "{h} - {s}",
    "nav": ["Rates", "FX", "Sovereign credit", "Data centre", "Events", "Podcasts"],
    "footer": ["Membership", "Methodology", "Editorial team", "Contact", "Terms & conditions"],
    "copyright": "Emerging Rates Monitor is published by ERM Analytics Ltd. © 2026",
    "cookie": "This site uses strictly necessary cookies and, with your consent, analytics "
              "cookies.",
    "cookie_ok": "OK", "cookie_more": "Settings", "account": "Member login",
    "standards": "For professional investors only. This note does not constitute investment "
                 "advice.",
    "sponsor": "Webinar: Positioning for the LatAm easing cycle. Register now.",
    "newsletter": ("ERM Weekly", "Every Friday: our strategists' top trades in EM rates."),
}

CB_WIRE = {
    "path": "/markets/brazil-central-bank-cuts-selic-50-basis-points-split-vote-2026-06-17/",
    "headline": "Brazil central bank cuts Selic by 50 basis points to 13.75%, two directors "
                "dissent",
    "description": "Brazil's central bank cut its benchmark Selic rate by half a percentage "
                   "point to 13.75% on Wednesday in a split decision.",
    "section": "Markets", "date_mode": "meta", "pub": "2026-06-17T21:58:00Z",
    "mod": "2026-06-17T23:12:00Z",
    "visible_date": "June 17, 2026 9:58 PM GMT · Updated an hour ago",
    "byline": "By Tiago Fernandes Lobo and Ana Clara Rezende",
    "image": ("The headquarters of the Central Bank of Brazil in Brasília, March 18, 2026.",
              "Meridian Wire/Paulo Sérgio Vianna"),
    "related": [
        ("Chile's central bank holds rate at 4.50%, signals pause through winter",
         "/markets/chile-central-bank-holds-2026-06-16/"),
        ("Argentina's monthly inflation slows to 1.9% in May",
         "/americas/argentina-inflation-may-2026-06-12/"),
        ("Brazil's retail sales rise 0.7% in April, beating forecasts",
         "/americas/brazil-retail-sales-april-2026-06-11/"),
        ("Mexico's Banxico seen cutting again next week", "/markets/banxico-preview-2026-06-17/"),
    ],
    "body": """
BRASÍLIA, June 17 (Meridian Wire) - Brazil's central bank cut its benchmark Selic interest rate
by 50 basis points to 13.75% on Wednesday, returning to the larger pace of easing it used in
March, although two of the nine members of its monetary policy committee voted for a smaller
reduction.

The decision, released at 18:35 local time (21:35 GMT) after a two-day meeting, was in line with
the forecasts of 19 of 25 economists polled by Meridian Wire last week. The other six had
expected a quarter-point cut to 14.00%.

The committee, known as Copom, voted 7-2. Directors Paulo Henrique Teixeira and Carla Nunes
Ribeiro preferred a 25-basis-point cut, according to the statement, which said they saw "greater
value in a gradual pace while services inflation remains high".

"The committee judges that the current stage of the cycle calls for serenity and caution, and
that the magnitude of future adjustments will depend on the evolution of the inflation outlook,"
the bank said. It gave no explicit guidance for its next meeting, scheduled for July 28-29.

The cut is the third of the current cycle. The bank lowered the Selic by half a point to 14.50%
on March 18, ending a nine-month hold at 15%, the highest level since 2006, and then slowed to a
quarter-point cut on May 6.

Consumer prices in Brazil rose 0.26% in May, statistics agency IBGE reported on June 10,
bringing 12-month inflation to 4.62%, down from 4.87% in April but still above the 4.5% ceiling
of the central bank's tolerance range. The target is 3%, with a margin of 1.5 percentage points
either side.

The central bank's own projection for inflation in the fourth quarter of 2027, the period it now
treats as the relevant horizon for policy, was kept at 3.6%. For the end of this year it sees
inflation at 4.3%.

Economists in the central bank's weekly Focus survey, published on Monday, expect the Selic to
end 2026 at 12.50%, implying another 125 basis points of cuts over the committee's four
remaining meetings this year.

"The split vote is the real message here," said Rafael Quintela, chief economist at Banco Aurora
in São Paulo. "Governor Moreira got the half-point she wanted, but two directors are telling you
the bar for repeating it in July is high."

Governor Helena Baptista Moreira, who took office in January, has repeatedly said the bank would
not be rushed by political pressure ahead of October's general election. Speaking at an investor
conference in São Paulo on June 10, she said the board would "cut where the data allow, and only
there".

Finance Minister Eduardo Sarmento called the move "an important step for credit and investment"
in a post on social media shortly after the announcement.

The real closed at 5.41 per dollar on Wednesday, before the decision was published, little
changed on the day. The Ibovespa stock index ended 0.8% higher at 141,250 points.

Services inflation, which the bank watches closely because it reflects labour-market tightness,
was running at 5.3% in the 12 months to May. The average of the core measures tracked by the
bank stood at about 4.1%.

Unemployment fell to 5.9% in the three months to April, close to a record low, IBGE data showed
last month, and wage growth has stayed well above inflation, one of the reasons cited by the
dissenting directors.

(Reporting by Tiago Fernandes Lobo in Brasília and Ana Clara Rezende in São Paulo; Editing by
Marcus Whitfield)
""",
}

CB_LIVE = {
    "path": "/live/copom-june-2026-selic-decision-live/",
    "headline": "Copom live: central bank cuts Selic to 13.75% in split vote",
    "description": "Follow the central bank's interest rate decision live: Selic, statement, "
                   "reactions and what it means for your money.",
    "standfirst": "The Monetary Policy Committee lowered the benchmark rate by 0.50 percentage "
                  "point. Follow the reaction as it happened.",
    "section": "Economy", "date_mode": "visible",
    "visible_date": "Wednesday, 17 June 2026 · all times Brasília (BRT)",
    "badge": "LIVE · ENDED",
    "byline": "Live coverage by Beatriz Kfouri and Otávio Mendes Salgado",
    "keypoints": [
        "The Copom cut the Selic by 0.50 percentage point, to 13.75% a year",
        "Decision not unanimous: two directors voted for a 0.25-point cut",
        "Next Copom meeting: 28-29 July",
    ],
    "related": [
        ("Ibovespa closes up 0.8% ahead of Copom", "/markets/ibovespa-close-17-june/"),
        ("Dollar ends day at R$5.41", "/markets/dollar-close-17-june/"),
        ("Petrobras raises diesel price by 3.2% at refineries", "/companies/petrobras-diesel/"),
        ("Income tax refunds: second batch paid on 30 June", "/personal-finance/ir-refund/"),
    ],
    "mostread": [
        ("What the Selic cut means for your savings account", "/personal-finance/selic-savings/"),
        ("Copom live: central bank cuts Selic to 13.75% in split vote",
         "/live/copom-june-2026-selic-decision-live/"),
        ("Soy harvest estimate raised to 171 million tonnes", "/agribusiness/conab-june/"),
    ],
    "body": """
@@ 20:40 | That's all from us tonight. To recap: the Copom lowered the Selic to 13.75% from
14.25%, its third cut since March. Directors Paulo Henrique Teixeira and Carla Nunes Ribeiro
dissented in favour of a smaller step. The committee meets again on 28 and 29 July. Our markets
team will be back from 08:30 tomorrow for the opening of the interest-rate futures market.
Thanks for following.

@@ 20:05 | The National Confederation of Industry (CNI) called the cut "insufficient given the
level of real interest rates". In a note, the confederation said real borrowing costs of close
to 9% a year were choking investment and urged the central bank to accelerate. Retailers were
more positive: the federation of São Paulo shopkeepers said the move "helps consumers at a
delicate moment", with household debt service taking about 28% of income.

@@ 19:50 | A reader asks: what does this mean for my mortgage? Not much, immediately. Most
housing loans in Brazil are fixed-rate or linked to the TR reference rate, and banks tend to
pass on cuts slowly. Where you will notice it is in fixed-income investments: returns on
Selic-linked Treasury bonds and on most CDBs will fall in line with the new rate.

@@ 19:34 | Fernanda Lacerda, head of macro research at Quarto Capital, says the statement is
more cautious than the decision. "Dropping any reference to the pace of cuts is a way of saying
that July is open. Two dissents are not a detail." She now expects a 25-basis-point cut in July
and a Selic of 12.75% at the end of the year, a little above the 12.50% median in the Focus
survey.

@@ 19:10 | Finance Minister Eduardo Sarmento welcomed the decision on social media, calling it
"an important step for credit and for investment in the country". The minister has argued for
weeks that inflation expectations were falling and that the fiscal framework gave the central
bank room to move faster.

@@ 18:52 | Key lines from the statement: "The Committee assesses that the current stage of the
cycle requires serenity and caution, and the size of future adjustments will depend on how the
inflation outlook evolves." The committee kept its inflation projection for the fourth quarter
of 2027, its relevant horizon, at 3.6%. It also notes that services inflation "remains above
levels compatible with the target".

@@ 18:41 | Not unanimous. The decision was taken by seven votes to two. Directors Paulo Henrique
Teixeira (Economic Policy) and Carla Nunes Ribeiro (International Affairs) voted to cut by 0.25
point, to 14.00%. Governor Helena Moreira and the other six members backed the half-point cut.

@@ 18:35 | BREAKING: The Copom has cut the Selic by 0.50 percentage point, to 13.75% a year. The
statement has just been published on the central bank's website.

@@ 18:20 | Markets closed before the decision. The dollar ended the day at R$5.41, practically
stable, and the Ibovespa rose 0.8% to 141,250 points, helped by banks and Vale. In the futures
market, contracts for January 2027 were pricing a cut of just under half a point today.

@@ 18:05 | What the market expects: most economists expect a half-point cut today, although a
significant minority sees 0.25 point. The Focus survey published on Monday shows a median
year-end Selic forecast of 12.50%. Data from IBGE last week showed the IPCA rose 0.26% in May,
taking the 12-month rate to 4.26%. The official target is 3%.

@@ 17:40 | Good evening and welcome to our live coverage of the Copom decision. The committee
began its two-day meeting yesterday morning at the central bank's headquarters in Brasília, and
the statement is due after 18:30. The Selic currently stands at 14.25% a year, after cuts of
0.50 point in March and 0.25 point in May.
""",
}

CB_COURIER = {
    "path": "/economy/2026/06/18/divided-central-bank-leaves-july-in-doubt/",
    "headline": "Divided central bank leaves July in doubt after half-point cut",
    "standfirst": "The Copom lowered the Selic to 13.75%, but dissent inside the board signals a "
                  "slower path in the months before the election",
    "description": "Analysis: the Copom's half-point cut to 13.75% came with dissent that "
                   "reduces the chance of a repeat in July.",
    "section": "Economy", "date_mode": "jsonld", "pub": "2026-06-18T06:00:00-03:00",
    "authors": ["Mariana Quental"],
    "visible_date": "18 June 2026 · 06:00 BRT",
    "byline": "By Mariana Quental, Economics Editor",
    "readtime": "6 min read", "comments": 52,
    "bio": "Mariana Quental is the Courier's economics editor. She has covered the central "
           "bank since 2014.",
    "image": ("Governor Helena Baptista Moreira at an investor conference in São Paulo on "
              "10 June.", "Photo: Rodrigo Tavares/The São Paulo Courier"),
    "mostread": [
        ("São Paulo metro line 6 opening delayed to 2027", "/sao-paulo/metro-line-6/"),
        ("Divided central bank leaves July in doubt after half-point cut",
         "/economy/2026/06/18/divided-central-bank-leaves-july-in-doubt/"),
        ("Seleção squad announced for September friendlies", "/sport/selecao-squad/"),
        ("Cold front brings frost to Paraná and Santa Catarina", "/brazil/cold-front-south/"),
    ],
    "related": [
        ("Focus survey: economists trim 2026 inflation forecast to 4.35%",
         "/economy/2026/06/15/focus-survey/"),
        ("May inflation: IPCA rises 0.26%", "/economy/2026/06/10/ipca-may/"),
        ("Editorial: The price of caution", "/opinion/2026/06/18/editorial-copom/"),
    ],
    "body": """
The Central Bank of Brazil delivered the half-point cut that most of the market expected
yesterday evening, taking the Selic to 13.75% a year from 14.25%. But the way the decision was
reached may matter more than the decision itself.

The 6-3 vote by the Monetary Policy Committee, with directors Paulo Henrique Teixeira and Carla
Nunes Ribeiro among those arguing for a more modest quarter-point move, was the first split
decision since Helena Baptista Moreira became governor in January. It was also a reminder that
the board she leads is far from convinced that inflation is under control.

"The committee has shown that its patience has limits," said Juliana Prates, a partner at the
asset manager Serra Verde Investimentos. "A half-point cut with dissent is the most dovish thing
they could do while still sounding cautious. I would not bet on another 50 in July."

## Inflation still above the ceiling

The numbers explain the hesitation. The IPCA, the official consumer price index, rose 0.26% in
May and 4.62% in the 12 months to May, according to IBGE. That is an improvement on April's
4.87%, but it is still above 4.5%, the upper limit of the band around the 3% target. Services
prices, which respond to a labour market where unemployment is near its lowest level on record,
rose 5.3% over the same period.

In the statement released at 18:35, the committee said the current stage of the cycle called for
"serenity and caution" and that future moves would depend on how the outlook evolved. It kept
its projection for inflation in the fourth quarter of 2027, its relevant horizon, at 3.6%.

The cycle began on 18 March with a half-point cut to 14.50%, after the Selic had spent nine
months at 15%, its highest level since 2006. In May the committee slowed to a quarter-point
reduction, citing uncertainty over food prices and the fiscal outlook.

## An election-year calculation

The timing is delicate. Brazilians vote in the general election on 4 October, and the government
has made no secret of its wish for cheaper credit. Finance Minister Eduardo Sarmento called
yesterday's cut "an important step for credit and investment". Industry was less generous: the
National Confederation of Industry said the move was "insufficient" given real interest rates of
close to 9%.

The Treasury also has an interest in lower rates. By its own estimates, each percentage point
off the Selic sustained for a year reduces the government's interest bill by about R$55 billion,
or roughly US$10 billion at yesterday's exchange rate.

Economists surveyed by the central bank in its weekly Focus report expect the Selic to close the
year at 12.50%, which would require a further 1.25 points of cuts over four meetings. Several
analysts said that path now looked optimistic. Quarto Capital, for one, moved its year-end
forecast to 12.75% last night.

For savers, the effect is immediate: returns on Selic-linked Treasury bonds and on most bank
deposit certificates will fall. For borrowers, relief will take longer. The average interest
rate on personal loans without collateral was 84.2% a year in April, central bank data show, and
banks usually take months to pass on cuts.

The decision came after the close of trading. The real had ended the day at 5.41 per dollar and
the Ibovespa rose 0.8%. The committee's next meeting is on 28 and 29 July, and its minutes, due
on Tuesday, will be read closely for any sign of how wide the disagreement inside the board
really is.
""",
}

CB_SPEC = {
    "path": "/notes/brazil-copom-split-50bp-cut-july-base-case/",
    "headline": "Brazil: Copom's split 50bp cut leaves 25bp as our July base case",
    "standfirst": "The Selic is now 13.75%. Two dissents and a cautious statement argue for a "
                  "slower pace; we keep our end-2026 call at 12.75%.",
    "description": "Research note: Copom delivers a 50bp cut to 13.75% with two dissents. "
                   "Implications for the DI curve and BRL.",
    "section": "Rates", "date_mode": "none",
    "byline": "Sophie Andrade-Kerr, Senior LatAm Strategist",
    "tags": ["Brazil", "Monetary policy", "Research note"],
    "keynumbers": [
        ("Selic", "13.75% (previous 14.25%)"),
        ("Copom vote", "7-2"),
        ("IPCA, May", "0.26% m/m; 4.62% y/y"),
        ("Focus, end-2026 Selic", "12.50%"),
        ("Next meeting", "28-29 July"),
    ],
    "related": [
        ("Chile: BCCh on hold at 4.50%, dovish tilt", "/notes/chile-bcch-hold-june/"),
        ("Colombia: BanRep cuts 25bp to 7.75%", "/notes/colombia-banrep-june/"),
        ("Argentina: May CPI 1.9% m/m, disinflation resumes", "/notes/argentina-cpi-may/"),
    ],
    "mostread": [
        ("LatAm rates: three trades for the second half", "/notes/latam-h2-trades/"),
        ("Brazil fiscal: the 2027 budget arithmetic", "/notes/brazil-2027-budget/"),
    ],
    "body": """
The Banco Central do Brasil's Copom lowered the Selic by 50bp to 13.75% at the conclusion of its
June 16-17 meeting on Thursday, June 17, matching the consensus of the sell-side but not the
unanimity that markets had assumed. The vote was 7-2, with Directors Teixeira (Economic Policy)
and Nunes Ribeiro (International Affairs) preferring 25bp.

We read the dissents as the main signal. Dissents have been rare under the current board, and
two members voting for a smaller move at a meeting where the majority chose 50bp is a clear hint
that the committee's centre of gravity is moving towards a slower pace.

## Statement: data dependence, no guidance

The statement removed the reference to the pace of the cycle that had appeared in May and
replaced it with language about "serenity and caution". The size of future adjustments, the
committee said, will depend on the evolution of the inflation outlook, expectations, the output
gap and the balance of risks. There is no forward guidance for the July 28-29 meeting.

The reference-scenario projection for the relevant horizon, now Q4 2027, was unchanged at 3.6%,
still above the 3.0% target. The projection for 2026 was 4.3%. These numbers are consistent with
a committee that believes it can keep easing, but not quickly.

## Inflation picture

Headline IPCA rose 0.26% m/m in May and 4.62% y/y, down from 4.87% in April but still above the
4.5% tolerance ceiling. The average of the core measures monitored by the BCB is running at
about 4.1% y/y, and services inflation at 5.3% y/y. In seasonally adjusted, annualised
three-month terms, underlying services inflation is closer to 6%, by our calculation, which is
the figure we suspect worries the dissenters.

Deflating the new Selic by 12-month-ahead inflation expectations of 4.4% gives an ex-ante real
rate of about 9.0%, only modestly below the 9.4% it was before the cycle began. Policy remains
firmly restrictive, which is why we think the majority is comfortable continuing to ease.

## Market implications

Before the decision, the DI curve was pricing roughly 110bp of further easing by year-end. The
Focus median for the end-2026 Selic is 12.50%, or 125bp below the new level. We remain above
both, forecasting 25bp in July, 25bp in September and 25bp at each of the last two meetings of
the year, for a year-end Selic of 12.75%.

The BRL closed at 5.41 per USD before the announcement. Carry remains attractive, and a slower
pace of cuts is, at the margin, supportive for the currency. We keep our receiver in Jan-27 DI
but reduce the size, and we prefer receiving the belly of the curve against paying the front
end.

## Risks

The main upside risk to our rate path is an election-related deterioration in fiscal credibility
in the run-up to the October 4 first round, which would likely stop the cycle altogether. The
main downside risk is a sharper slowdown in credit: household credit growth has already slowed
to 8.4% y/y in April from more than 11% a year earlier. A faster fall in services inflation
would reopen the door to 50bp in September.

Regionally, Brazil remains the high-carry outlier: Chile's central bank held its rate at 4.50%
this week and Colombia's BanRep cut by 25bp to 7.75% in late May.
""",
}

CB_STORY = _story(
    "cb-DD1", "central bank", "2026-06-18",
    [(MERIDIAN, CB_WIRE), (CAPMERC, CB_LIVE), (COURIER, CB_COURIER), (RATESMON, CB_SPEC)],
    [
        ("Copom vote split", r"\b7\s*[-–]\s*2\b", r"\b6\s*[-–]\s*3\b"),
        ("weekday of the 17 June decision", r"\bwednesday\b", r"\bthursday\b"),
        ("12-month IPCA to May", r"\b4\.62\b", r"\b4\.26\b"),
    ],
)


# ---------------------------------------------------------------------------
# Story 2: election (el-DD2) - CONTROL
# ---------------------------------------------------------------------------

ASUNDIA = {
    "name": "Asunción al Día", "domain": "asuncionaldia.example", "kind": "live",
    "handle": "AsuncionAlDia", "title_fmt": "{h} - {s}",
    "nav": ["Asunción", "Central", "Politics", "Economy", "Sports", "English edition"],
    "footer": ["About us", "Send us your news", "Advertising", "Privacy", "Contact"],
    "copyright": "© 2026 Asunción al Día. Independent local journalism from the capital.",
    "cookie": "We use our own and third-party cookies to analyse how the site is used.",
    "cookie_ok": "Accept", "cookie_more": "Configure", "account": "Become a member",
    "topbar": "Asunción 27°C · Dollar: G. 7,850 · Sunday edition",
    "newsletter": ("The Capital Today", "Asunción's news in English, every morning."),
}

PYPOST = {
    "name": "The Paraguay Post", "domain": "paraguaypost.example", "kind": "news",
    "handle": "ParaguayPost", "title_fmt": "{h} | {s}",
    "nav": ["Paraguay", "Politics", "Business", "Region", "Opinion", "Life", "Sport"],
    "footer": ["Subscriptions", "Print edition", "Code of ethics", "Corrections", "Contact",
               "Privacy"],
    "copyright": "The Paraguay Post © 2026. All rights reserved.",
    "cookie": "We value your privacy. We and our partners use cookies for personalised "
              "content and advertising.",
    "cookie_ok": "Accept all", "cookie_more": "Manage choices", "account": "Sign in",
    "newsletter": ("Post Politics", "Analysis from our political desk twice a week."),
}

SBALLOT = {
    "name": "Southern Ballot", "domain": "southernballot.example", "kind": "spec",
    "handle": "SouthernBallot", "title_fmt": "{h} — {s}",
    "nav": ["Elections", "Polling", "Results archive", "Maps", "Methodology", "About"],
    "footer": ["Our data", "Polling standards", "Team", "Support us", "Contact"],
    "copyright": "Southern Ballot — elections and polling in the Southern Cone. © 2026",
    "cookie": "We only use analytics cookies if you agree.",
    "cookie_ok": "Agree", "cookie_more": "No thanks", "account": "Supporters",
    "standards": "Figures are preliminary TREP data unless stated otherwise. Projections are "
                 "our own.",
    "sponsor": "Support independent election data: become a Southern Ballot member.",
    "newsletter": ("Ballot Box", "Our weekly guide to elections across the region."),
}

EL_LIVE = {
    "path": "/english/live-asuncion-mayoral-election-results/",
    "headline": "Asunción votes: live results of the mayoral election",
    "description": "Live: preliminary TREP results, turnout and reactions from the election "
                   "for mayor of Asunción.",
    "standfirst": "Colorado candidate Rodrigo Ayala Benítez leads the preliminary count; "
                  "Mirta Giménez concedes.",
    "section": "Politics", "date_mode": "visible",
    "visible_date": "Sunday 11 October 2026 · Times are Asunción time (GMT-3)",
    "badge": "LIVE",
    "byline": "Our political team: Lorena Báez, Hugo Sanabria and Nadia Frutos",
    "keypoints": [
        "Preliminary results (TREP) with 99.6% of tally sheets: Ayala 46.4%, Giménez 38.9%",
        "Mirta Giménez conceded at 21:32 and congratulated Ayala",
        "Turnout in the capital was 58.3%, according to the TSJE",
    ],
    "related": [
        ("Ciudad del Este: Colorado candidate ahead in preliminary count", "/region/cde-vote/"),
        ("Traffic cuts around polling schools lifted", "/asuncion/traffic-election-day/"),
        ("Olimpia held 1-1 at home in the Apertura", "/sports/olimpia-draw/"),
    ],
    "mostread": [
        ("Where to vote: check your polling station", "/asuncion/where-to-vote/"),
        ("Weather: storms expected on Tuesday night", "/asuncion/weather-storms/"),
    ],
    "body": """
@@ 22:40 | The TSJE has released its last TREP bulletin of the night, with 99.6% of tally sheets
transmitted. Rodrigo Ayala Benítez (ANR) has 121,406 votes, or 46.4%; Mirta Giménez Ocampo
(Alianza Ciudadana por Asunción) 101,782, or 38.9%; and Julio Cáceres Villalba (Asunción
Primero) 26,688, or 10.2%. The four other candidates share the remaining 4.5%. Turnout: 58.3% of
the 462,117 people on the capital's electoral roll.

The tribunal reminds everyone that these figures are preliminary. The official count, the
"juzgamiento" of tally sheets, starts on Tuesday.

@@ 22:15 | Ayala is speaking now at the Colorado campaign headquarters in the city centre, to
chants of "Rodrigo intendente". "Today Asunción chose to keep moving forward, and we will govern
for everyone, including those who did not vote for us," he said. He repeated his promise to
start work on storm drains in the Bañado Sur in his first 100 days.

@@ 21:32 | Mirta Giménez concedes. Speaking to supporters in Plaza Uruguaya, the opposition
candidate said: "Asunción has spoken and I respect its decision. I have called Rodrigo Ayala to
congratulate him, and we will be watching every step he takes." Some in the crowd shouted for
her to wait for the official count; she asked them to "accept the result with dignity".

@@ 21:10 | With 97.8% of tally sheets processed: Ayala 46.3%, Giménez 39.0%, Cáceres 10.2%. The
gap is now just over seven points and looks impossible to close.

@@ 19:55 | Second big TREP update, 74.5% of tally sheets: Ayala 45.8%, Giménez 39.6%, Cáceres
10.3%. Ayala's lead is widening as results come in from the eastern neighbourhoods, Colorado
strongholds such as Zeballos Cué and Santísima Trinidad.

@@ 18:40 | First TREP results! With 31.2% of tally sheets: Ayala 44.1%, Giménez 41.0%, Cáceres
10.9%. Remember that the first sheets to arrive tend to come from central districts, where the
opposition is stronger, so expect movement.

@@ 17:05 | TSJE president Aníbal Riquelme Duarte says the first TREP data should be published
"around 18:00" and thanks polling staff for a calm day. He says 37 voting machines had to be
replaced during the day, out of more than 1,400 in use in the capital.

@@ 16:00 | Polls are now closed in Asunción and the rest of the country. Voters still in line at
16:00 are allowed to cast their ballots. Counting starts immediately in each polling station.

@@ 14:45 | The TSJE says turnout in the capital had reached 44% at 14:00. In 2021 the figure at
the same hour was just under 40%.

@@ 11:30 | Turnout at 11:00 was 21%, according to the electoral tribunal. Queues are longest at
the Colegio Nacional de la Capital and at schools in Sajonia, where two machines failed early in
the morning.

@@ 07:05 | Good morning. Polling stations opened at 07:00 and close at 16:00. Today Asunción
chooses its mayor and 24 councillors for the next five years. The main candidates are Rodrigo
Ayala Benítez, 49, a former president of the municipal council, for the ruling Colorado Party;
Mirta Giménez Ocampo, 53, an architect and former city planning director, for an opposition
alliance that includes the Liberal party; and Julio Cáceres Villalba, 38, a businessman and
television presenter. We will bring you turnout figures and the preliminary count as it comes
in.
""",
}

EL_WIRE = {
    "path": "/region/paraguay-colorado-candidate-wins-asuncion-mayor-20261012/",
    "headline": "Ruling party's Ayala wins Asunción mayoral race, preliminary results show",
    "description": "Rodrigo Ayala Benítez of Paraguay's ruling Colorado Party won Sunday's "
                   "election for mayor of Asunción, according to preliminary results.",
    "section": "Politics", "date_mode": "meta", "pub": "2026-10-12T02:15:00Z",
    "visible_date": "12 Oct 2026, 02:15 GMT",
    "byline": "By Esteban Villagra",
    "image": ("Rodrigo Ayala Benítez addresses supporters in Asunción, October 11, 2026.",
              "APA/Jorge Romero"),
    "related": [
        ("Paraguay's central bank holds policy rate at 5.75%", "/economy/py-bcp-holds/"),
        ("Brazil election: runoffs set in 11 states", "/politics/brazil-runoffs-states/"),
        ("Uruguay's senate approves pension reform bill", "/politics/uruguay-pensions/"),
    ],
    "body": """
ASUNCIÓN, Oct 11 (APA) - Rodrigo Ayala Benítez of Paraguay's ruling Colorado Party won Sunday's
election for mayor of Asunción, preliminary results showed, holding the capital for the party
despite a strong challenge from an opposition alliance.

With 99.6% of tally sheets transmitted, Ayala had 46.4% of the vote against 38.9% for Mirta
Giménez Ocampo of the Alianza Ciudadana por Asunción, according to the preliminary results
system (TREP) of the Superior Tribunal of Electoral Justice (TSJE). The bulletin was released at
22:40 local time (01:40 GMT on Monday).

Independent candidate Julio Cáceres, a businessman and television presenter, was third with
10.2%. Ayala's margin over Giménez was 19,624 votes, or 7.5 percentage points.

Giménez conceded shortly after 21:30 local time. "The people of Asunción have spoken and I
respect that," she told supporters in a downtown square. "I called Rodrigo Ayala to congratulate
him."

Ayala, 49, a former president of the city council, told cheering supporters that "Asunción chose
to keep moving forward" and promised to govern "for everyone". His campaign focused on flood
control in the low-lying neighbourhoods along the Paraguay River and on overhauling the city's
bus network.

Turnout in the capital was 58.3% of the roughly 462,000 registered voters, the TSJE said. Voting
is compulsory in Paraguay, but fines for not voting are rarely enforced.

Sunday's vote was held in municipalities across the country and was seen as a test for the
Colorado Party, which has governed Paraguay for all but five years since 1947, ahead of the 2028
general election. Preliminary results showed the party's candidates also ahead in several other
large cities.

A poll by Ágora Datos published in late September had given Ayala 41% and Giménez 37%,
suggesting a closer race than the preliminary count showed. The opposition had hoped that anger
over flooding and a deteriorating bus service would hand it control of city hall.

"The opposition ran its best campaign in Asunción in twenty years and still lost by seven
points," said political scientist Carmen Alegre of the Catholic University in Asunción. "The
Colorado machine in the eastern neighbourhoods made the difference."

The TSJE will begin the official count of tally sheets on Tuesday, and results are expected to
be certified within about two weeks. Voters also elected the 24 members of the municipal
council, whose composition will be known after the official count.

Observers from the Organization of American States said on Sunday evening that voting had been
orderly, although they noted reports of vote-buying in some neighbourhoods and delays caused by
faulty voting machines at a handful of polling stations.

(Reporting by Esteban Villagra; additional reporting by Sofía Ortellado; editing by Daniel
Ferreyra)
""",
}

EL_POST = {
    "path": "/politics/2026/10/12/ayala-holds-asuncion-for-colorados/",
    "headline": "Ayala holds Asunción for the Colorados as opposition falls short",
    "standfirst": "The ruling party's candidate won by more than seven points, confounding polls "
                  "that had pointed to a tight race in the capital",
    "description": "Rodrigo Ayala Benítez will be Asunción's next mayor after beating Mirta "
                   "Giménez by 7.5 points in preliminary results.",
    "section": "Politics", "date_mode": "jsonld", "pub": "2026-10-12T07:00:00-03:00",
    "authors": ["Gabriela Insfrán"],
    "visible_date": "Monday 12 October 2026",
    "byline": "Gabriela Insfrán, Political Correspondent",
    "readtime": "7 min read", "comments": 118,
    "bio": "Gabriela Insfrán covers national politics and the electoral tribunal for the Post.",
    "image": ("Supporters of Rodrigo Ayala Benítez celebrate in central Asunción on Sunday "
              "night.", "Photo: Marcelo Duarte / The Paraguay Post"),
    "mostread": [
        ("Ayala holds Asunción for the Colorados as opposition falls short",
         "/politics/2026/10/12/ayala-holds-asuncion-for-colorados/"),
        ("Soybean exports up 12% in September", "/business/soy-exports-september/"),
        ("Cerro Porteño sack coach after derby defeat", "/sport/cerro-coach/"),
    ],
    "related": [
        ("How the TREP preliminary count works", "/politics/2026/10/10/trep-explained/"),
        ("Profile: Mirta Giménez, the architect who nearly took the capital",
         "/politics/2026/10/12/gimenez-profile/"),
        ("Results map: every municipality", "/politics/2026/10/12/results-map/"),
    ],
    "body": """
Rodrigo Ayala Benítez will be the next mayor of Asunción. The Colorado Party candidate won
yesterday's municipal election with 46.4% of the vote, against 38.9% for Mirta Giménez of the
opposition Alianza Ciudadana por Asunción, according to the preliminary count released by the
electoral tribunal late last night.

With 99.6% of tally sheets transmitted, Ayala had 121,406 votes to Giménez's 101,782, a lead of
nearly 20,000 votes. Julio Cáceres Villalba, the television presenter whose Asunción Primero
movement had promised to "shake up" city hall, finished third with about 10%.

The result was more comfortable than most polls had suggested. The last survey by Ágora Datos,
published at the end of September, had Ayala ahead by four points, 41% to 37%, with Cáceres on
13%. On the night, the gap widened steadily as tally sheets arrived from the eastern districts
of the city, where the Colorados have dominated for decades.

## A concession, and a promise

Giménez conceded at 21:32, before the final bulletin, in a short speech to supporters in Plaza
Uruguaya. "Asunción has spoken, and I respect its decision," she said, adding that she had
called Ayala to congratulate him and that her alliance would "watch every step" of the new
administration.

Ayala addressed his supporters about three-quarters of an hour later at the party's
headquarters. "Asunción chose today to keep moving forward," he said, promising to govern "for
everyone, including those who did not vote for us". He repeated his pledge to begin storm-drain
works in the Bañado Sur within his first 100 days and to put the bus concessions out to tender
again.

The incoming mayor will inherit a difficult balance sheet. The municipality owes about 1.1
trillion guaraníes, or roughly US$140 million, mostly in bonds issued between 2017 and 2021, and
auditors from the Comptroller General's office have questioned how part of that money was spent.

## Turnout up

Turnout in the capital reached 58.3%, according to the Superior Tribunal of Electoral Justice,
up from the 2021 municipal election. Of the 462,117 people registered to vote in Asunción, about
269,400 cast a ballot. Blank and spoiled votes accounted for just under 3% of the total.

TSJE president Aníbal Riquelme Duarte praised what he called "a calm and participatory day". The
tribunal said 37 of the more than 1,400 voting machines in use in the capital had to be
replaced, mostly because of printer faults, and that none of the incidents had affected the
count.

The official count of tally sheets, known as the juzgamiento, begins tomorrow, Tuesday, and the
tribunal expects to proclaim the winners within two weeks. Only then will the composition of the
24-member municipal council be confirmed.

## What it means nationally

For the Colorado Party, holding the capital was the priority of a campaign that the party
leadership treated as a rehearsal for the 2028 general election. The party was also ahead in
Ciudad del Este and Encarnación, the second and third most important urban battlegrounds,
according to preliminary results.

For the opposition, the defeat reopens old arguments. Liberal party leaders had backed Giménez
as a unity candidate, and several said last night that the alliance had been "the right
strategy" even if it fell short. Others blamed Cáceres, whose 10% came partly from voters who
had backed opposition candidates in 2021.

"An alliance that loses by seven points has not lost because of a third candidate," said Carmen
Alegre, a political scientist at the Catholic University. "It has lost in the neighbourhoods
where it never campaigned."
""",
}

EL_SPEC = {
    "path": "/analysis/asuncion-2026-what-the-preliminary-count-tells-us/",
    "headline": "Asunción 2026: what the preliminary count tells us",
    "standfirst": "Ayala's 7.5-point margin, the polling miss, turnout and a first projection "
                  "of the 24-seat municipal council.",
    "description": "Analysis of the preliminary results in the Asunción mayoral election: "
                   "margin, polling error, turnout and council projection.",
    "section": "Elections", "date_mode": "none",
    "byline": "By Ignacio Fretes, data editor",
    "tags": ["Paraguay", "Municipal elections 2026", "Analysis"],
    "keynumbers": [
        ("Ayala (ANR)", "121,406 votes · 46.4%"),
        ("Giménez (Alianza)", "101,782 votes · 38.9%"),
        ("Cáceres (Asunción Primero)", "26,688 votes · 10.2%"),
        ("Tally sheets processed", "99.6%"),
        ("Turnout", "58.3%"),
    ],
    "related": [
        ("Ciudad del Este: the Colorado machine holds", "/analysis/cde-2026/"),
        ("Uruguay 2029: the early polls", "/analysis/uruguay-2029-polls/"),
        ("Brazil 2026: what the first round told us", "/analysis/brazil-first-round/"),
    ],
    "mostread": [
        ("How accurate are Paraguayan polls? Our 20-year database", "/polling/py-accuracy/"),
        ("Results archive: Asunción 2001-2021", "/results/asuncion/"),
    ],
    "body": """
The preliminary TREP count in Asunción ended on election night with 99.6% of tally sheets
processed and a clear result: Rodrigo Ayala Benítez of the Asociación Nacional Republicana
(ANR), the Colorado Party, on 46.4%, and Mirta Giménez Ocampo of the Alianza Ciudadana por
Asunción on 38.9%. In votes, that is 121,406 to 101,782, a margin of 19,624.

## The polling miss

The final Ágora Datos poll, with fieldwork in the last ten days of September, had Ayala on 41%,
Giménez on 37% and Julio Cáceres Villalba on 13%. Ayala outperformed his polling by 5.4 points
and Giménez by 1.9 points, while Cáceres underperformed by 2.8 points. The poll's estimate of
the gap between the two leaders, four points, was off by 3.5 points.

That is within the range of errors we have seen in past municipal races in the capital, but the
direction matters: once again, the pollster underestimated the Colorado candidate. The most
likely explanation is differential turnout. Undecided voters in the eastern districts, which
pollsters reach less easily, appear to have broken heavily for the ruling party.

## Turnout

Turnout of 58.3% of the 462,117 registered voters was up roughly seven points on 2021, when just
over half of the capital's electorate voted. The increase was not uniform. In the districts
where Ayala's share was highest, participation grew faster than the city average, which supports
the differential-turnout story.

The shape of the night also fits that pattern. The first TREP bulletin, at 18:40 with 31.2% of
sheets, showed Ayala only 3.1 points ahead. By 19:55, with 74.5% of sheets, the lead was 6.2
points, and at 21:10, with 97.8%, it had reached 7.3 points before settling at 7.5 in the final
bulletin.

## A first look at the council

Asunción's municipal council has 24 seats, allocated by the D'Hondt method on the council list
vote, which is separate from the mayoral ballot. The TSJE has not yet published preliminary
council list results by party for the whole city, so our projection uses the list votes from the
88% of polling stations for which data were available on Sunday night.

On those figures, we project 12 seats for the ANR list, nine for the Alianza and three for
Asunción Primero. That would leave the new mayor one seat short of a working majority, dependent
on at least one councillor from outside his party. The projection could shift by a seat in
either direction once the official count is complete.

## What to watch

The official count begins on Tuesday. Historically, the juzgamiento has moved mayoral results in
the capital by only a few hundred votes, far less than Ayala's margin. More interesting will be
the council, where the last seats are often decided by small margins, and the national picture,
where the ANR was ahead in most of the larger cities, including Ciudad del Este and Encarnación.
""",
}

EL_STORY = _story(
    "el-DD2", "election", "2026-10-12",
    [(ASUNDIA, EL_LIVE), (AUSTRAL, EL_WIRE), (PYPOST, EL_POST), (SBALLOT, EL_SPEC)],
    [],
)


# ---------------------------------------------------------------------------
# Story 3: court (ct-DD3)
# ---------------------------------------------------------------------------

HERALD = {
    "name": "The Andes Herald", "domain": "andesherald.example", "kind": "news",
    "handle": "AndesHerald", "title_fmt": "{h} | {s}",
    "nav": ["Chile", "Politics", "Business", "Mining", "World", "Opinion", "Culture"],
    "footer": ["Subscribe", "E-paper", "Our journalism", "Corrections and clarifications",
               "Advertise", "Privacy", "Terms"],
    "copyright": "© 2026 The Andes Herald, Santiago de Chile.",
    "cookie": "We use cookies and similar technologies to run this site, remember your "
              "preferences and, with your permission, for advertising.",
    "cookie_ok": "Accept and continue", "cookie_more": "Manage cookies", "account": "Sign in",
    "topbar": "Santiago 9°C · UF $40,112 · Dólar observado $951",
    "newsletter": ("Herald Briefing", "The essential Chile news, weekdays at 6 a.m."),
}

ANTOHOY = {
    "name": "Antofagasta Hoy", "domain": "antofagastahoy.example", "kind": "news",
    "handle": "AntofagastaHoy", "title_fmt": "{h} - {s}",
    "nav": ["Antofagasta", "Calama", "Taltal & Tocopilla", "Mining", "Police", "Sports"],
    "footer": ["Contact", "Advertise with us", "Work with us", "Privacy policy"],
    "copyright": "Antofagasta Hoy © 2026 · News from the Antofagasta region",
    "cookie": "This site uses cookies. By browsing you accept their use.",
    "cookie_ok": "Understood", "cookie_more": "More information", "account": "Log in",
    "topbar": "Antofagasta 14°C · Calama 4°C · Tide 18:21",
    "newsletter": ("Hoy in your inbox", "The region's news every evening."),
}

BRINE = {
    "name": "Brine Report", "domain": "brinereport.example", "kind": "spec",
    "handle": "BrineReport", "title_fmt": "{h} | {s}",
    "nav": ["Lithium", "Prices", "Projects", "Policy", "Battery chain", "Events"],
    "footer": ["Subscribe", "Price methodology", "Editorial staff", "Advertise", "Contact"],
    "copyright": "Brine Report — lithium and battery-metals intelligence. © 2026",
    "cookie": "We use cookies for login sessions and, if you agree, for analytics.",
    "cookie_ok": "Allow", "cookie_more": "Only necessary", "account": "Subscriber login",
    "standards": "Brine Report weekly. Subscriber content may not be forwarded.",
    "sponsor": "Lithium Americas Summit, Antofagasta, 9-10 September. Early-bird rates end "
               "soon.",
    "newsletter": ("Brine Weekly", "Project news and prices every Friday."),
}

CT_WIRE = {
    "path": "/business/chile-supreme-court-annuls-llano-blanco-lithium-permit-2026-07-14/",
    "headline": "Chile's Supreme Court annuls permit for US$1.9 billion lithium project",
    "description": "Chile's Supreme Court on Tuesday annulled the environmental approval of the "
                   "Llano Blanco lithium project in the Salar de Atacama.",
    "section": "Business", "date_mode": "meta", "pub": "2026-07-14T17:20:00Z",
    "visible_date": "July 14, 2026 5:20 PM GMT",
    "byline": "By Camila Arancibia",
    "image": ("Evaporation ponds in the Salar de Atacama, Chile, January 12, 2026.",
              "Meridian Wire/Felipe Rojas"),
    "related": [
        ("Lithium carbonate prices edge up in China on restocking",
         "/markets/lithium-prices-china-0713/"),
        ("Argentina approves two lithium projects under investment regime",
         "/business/argentina-rigi-lithium/"),
        ("Chile's copper output falls 2.1% in May", "/business/chile-copper-may/"),
    ],
    "body": """
SANTIAGO, July 14 (Meridian Wire) - Chile's Supreme Court on Tuesday annulled the environmental
approval of a US$1.9 billion lithium project in the Salar de Atacama, ruling that indigenous
communities had not been properly consulted and ordering authorities to repeat the process.

In a 3-2 decision, the court's Third Chamber overturned a November 2025 ruling by the First
Environmental Court in Antofagasta, which had unanimously upheld the permit for the Llano Blanco
project of Andina Litio SpA.

The ruling, made public at about 12:40 local time (16:40 GMT), orders Chile's Environmental
Assessment Service (SEA) to carry out a new consultation under International Labour Organization
Convention 169, this time including the Atacameño community of Camar, and to assess the
cumulative impact of the project on the salt flat's water together with existing operations.

Andina Litio is a joint venture between Chilean group Inversiones Quelhue, which holds 51%, and
Australia's Redgum Resources, which holds 49%. The project, near the village of Peine, about 100
km (62 miles) south of San Pedro de Atacama, was designed to produce 40,000 tonnes a year of
lithium carbonate equivalent from brine.

"The duty to consult is not satisfied by a procedure that leaves out a community whose territory
and waters are directly affected," the majority wrote in the ruling, drafted by Justice Adelaida
Fuentes Merino, who presides over the chamber. Justices Hernán Quiroga Lyon and Rosario
Valdivieso Cortés joined her.

Justice Tomás Arrieta Solís and associate lawyer Ignacio Bravo Larraín dissented, arguing that
the consultation carried out between August 2023 and May 2024 met legal standards and that it
was not for the Supreme Court to re-weigh technical evidence already examined by a specialised
tribunal.

Andina Litio chief executive Martín Olave Rivas said the company respected the ruling but did
not share it. "We will comply with what the court has ordered and we will take part in the new
consultation in good faith," he said in a statement, adding that the decision would delay the
project by at least 18 months.

Construction had been scheduled to start in the first quarter of 2027, with first production in
2029. The company had said the project would employ up to 2,300 people during construction and
480 when operating.

The case was brought by the Atacameño communities of Peine and Camar, represented by the
environmental group Fundación Territorio y Agua. "This is a landmark for indigenous rights in
the salt flats," said the group's lawyer, Valentina Herrera Solar.

Mining Minister Carolina Sepúlveda said the government respected the courts' decisions and that
Chile "remains a reliable destination for investment in lithium". The administration is counting
on new projects to keep the country's share of global supply as demand for electric-vehicle
batteries grows.

Chile, the world's second-largest lithium producer after Australia, produced about 260,000
tonnes of lithium carbonate equivalent in 2025, according to the state copper commission
Cochilco, almost all of it from two companies operating in the Salar de Atacama.

The Llano Blanco project received its environmental approval from Antofagasta's regional
evaluation commission in March 2025. The project would extract up to 220 litres per second of
brine and 18 litres per second of fresh water, according to its environmental impact study.

Redgum's shares, listed in Sydney, had closed before the ruling was announced. The company said
in a filing that it would update investors after reviewing the decision with its partner.

(Reporting by Camila Arancibia; Editing by Robert Hale)
""",
}

CT_HERALD = {
    "path": "/mining/2026/07/15/supreme-court-lithium-ruling-llano-blanco/",
    "headline": "Supreme Court sends Llano Blanco lithium project back to square one",
    "standfirst": "A divided Third Chamber ruled that the Camar community was wrongly left out "
                  "of the indigenous consultation. The company says the delay will be at least "
                  "18 months",
    "description": "The Supreme Court annulled the environmental permit of the Llano Blanco "
                   "lithium project in a 3-2 decision.",
    "section": "Mining", "date_mode": "jsonld", "pub": "2026-07-15T06:30:00-04:00",
    "authors": ["Rodrigo Larraín Vial", "Josefina Ochsenius"],
    "visible_date": "Wednesday 15 July 2026, 06:30",
    "byline": "By Rodrigo Larraín Vial and Josefina Ochsenius",
    "readtime": "8 min read", "comments": 64,
    "bio": "Rodrigo Larraín Vial is the Herald's legal affairs correspondent. Josefina "
           "Ochsenius covers mining and energy.",
    "image": ("Residents of Peine follow news of the ruling in the village on Tuesday.",
              "Photo: Daniela Choque for The Andes Herald"),
    "mostread": [
        ("Winter storm leaves 40,000 homes without power in Biobío", "/chile/storm-biobio/"),
        ("Supreme Court sends Llano Blanco lithium project back to square one",
         "/mining/2026/07/15/supreme-court-lithium-ruling-llano-blanco/"),
        ("Pension reform: what changes in August", "/business/pension-august/"),
        ("Colo-Colo confirm new coach", "/sport/colo-colo-coach/"),
    ],
    "related": [
        ("Explainer: how indigenous consultation works under ILO 169",
         "/chile/2026/07/15/ilo-169-explainer/"),
        ("Editorial: Courts, water and lithium", "/opinion/2026/07/15/editorial-lithium/"),
        ("November 2025: Environmental Court upholds Llano Blanco permit",
         "/mining/2025/11/21/environmental-court-llano-blanco/"),
    ],
    "body": """
The Supreme Court yesterday annulled the environmental approval of the Llano Blanco lithium
project in the Salar de Atacama, forcing Andina Litio to go back through an indigenous
consultation that the company had considered closed two years ago.

The decision of the court's Third Chamber, which handles constitutional and environmental
matters, was split three votes to two. The majority opinion, drafted by Justice Adelaida Fuertes
Merino, the chamber's president, found that the Environmental Assessment Service had wrongly
excluded the Atacameño community of Camar from the consultation, even though the project's own
studies showed that its wells would lower groundwater levels in areas the community uses for
grazing.

Justices Hernán Quiroga and Rosario Valdivieso signed the majority opinion. Justice Tomás
Arrieta and associate lawyer Ignacio Bravo dissented, arguing that the Environmental Court of
Antofagasta had already examined the technical evidence in detail and that the Supreme Court
should not substitute its own judgement.

## What the court ordered

The ruling, in case number 41.208-2025, does three things. It annuls the environmental
qualification resolution approved in March 2025 by the regional evaluation commission; it orders
the SEA to repeat the consultation under ILO Convention 169 with all affected communities,
including Camar; and it requires that the new assessment consider the cumulative effect on the
salt flat's water of Llano Blanco and the two operations already extracting brine in the basin.

In her opinion, Justice Fuertes wrote that consultation "is not a formality to be completed but
a dialogue to be held", a phrase that lawyers on both sides said would be cited for years.

For the communities, it was a vindication. "For years they told us the water would not be
affected. Today the Supreme Court told them they had to ask us properly," said Sergio Cruz
Liquitay, president of the Atacameño community of Peine, the village closest to the project.
Camar's leaders travelled to Santiago for the hearing in May and were in the capital when the
ruling was published at lunchtime.

## A costly delay

Andina Litio, owned 51% by Inversiones Quelhue and 49% by Australia's Redgum Resources, had
planned to invest US$1.9 billion, about 1.8 trillion pesos, to produce 40,000 tonnes of lithium
carbonate equivalent a year. Chief executive Martín Olave said the company respected the ruling
"although we do not share it" and estimated that the new process would delay the project by at
least 18 months. Construction had been due to begin in early 2027.

Investors reacted overnight. Redgum's shares fell 14% in Sydney trading, which opened at 8 p.m.
Chilean time, wiping about A$180 million off its market value.

The Mining Minister, Carolina Sepúlveda, said the government "respects the decisions of the
courts" and insisted that Chile remained a reliable place to invest. Privately, officials worry
about the signal for the national lithium strategy, which depends on new private projects to
increase output beyond the roughly 260,000 tonnes produced last year.

## Not the first time

The ruling reverses a unanimous decision of the First Environmental Court, based in Antofagasta,
which upheld the permit in November. It is the latest in a series of cases in which the Supreme
Court has required stricter consultation of indigenous peoples in the north, and several lawyers
said it would affect at least four other projects currently under review in the Salar de Atacama
and the neighbouring salt flats.

"The message to the industry is that cutting corners on consultation costs more time than doing
it right," said Valentina Herrera Solar, the lawyer for Fundación Territorio y Agua, which
represented the communities.
""",
}

CT_LOCAL = {
    "path": "/mining/supreme-court-annuls-llano-blanco-permit-peine/",
    "headline": "Supreme Court annuls Llano Blanco permit; celebrations in Peine",
    "standfirst": "The Third Chamber ordered a new indigenous consultation including the Camar "
                  "community. The company speaks of a delay of at least a year and a half.",
    "description": "The Supreme Court annulled the environmental permit of the Llano Blanco "
                   "lithium project near Peine.",
    "section": "Mining", "date_mode": "visible",
    "visible_date": "Tuesday 14 July 2026, 14:05 · Updated 17:30",
    "byline": "By Francisca Araya Tapia",
    "readtime": "4 min read", "comments": 29,
    "bio": "Francisca Araya Tapia covers mining and the environment in the Antofagasta region.",
    "image": ("Members of the Peine community outside the village's community centre after the "
              "ruling.", "Photo: Antofagasta Hoy"),
    "mostread": [
        ("Supreme Court annuls Llano Blanco permit; celebrations in Peine",
         "/mining/supreme-court-annuls-llano-blanco-permit-peine/"),
        ("Calama: night-time temperatures to fall to -6°C", "/calama/cold-snap/"),
        ("Deportes Antofagasta draw 2-2 in Rancagua", "/sports/cda-draw/"),
    ],
    "related": [
        ("Camar community: 'we were never asked'", "/mining/camar-community-interview/"),
        ("How much water does a lithium project use?", "/mining/lithium-water-explainer/"),
    ],
    "body": """
The Supreme Court annulled on Tuesday the environmental permit for the Llano Blanco lithium
project, which Andina Litio planned to build near Peine, on the southern edge of the Salar de
Atacama, some 100 kilometres south of San Pedro de Atacama.

The ruling of the court's Third Chamber, published shortly after 12:40, upheld the appeal of the
Atacameño communities of Peine and Camar and ordered the Environmental Evaluation Service to
carry out a new indigenous consultation that includes Camar, which had been left out of the
process completed in 2024.

The decision was taken by three votes to two. Justice Adelaida Fuentes Merino, president of the
chamber, wrote the majority opinion, with the support of Justices Hernán Quiroga Lyon and
Rosario Valdivieso Cortés. Justice Tomás Arrieta Solís and associate lawyer Ignacio Bravo
Larraín voted against.

In Peine, a village of about 400 people, dozens of residents gathered outside the community
centre to follow the news on their phones. Some cried; others set off fireworks.

"For years they told us that the water would not be affected. Today the Supreme Court told them
that they had to ask us properly," said Sergio Cruz Liquitay, president of the Peine Atacameño
community, speaking to Antofagasta Hoy by phone from Santiago. "This is not against mining. It
is about respect."

## Investment on hold

Andina Litio had planned an investment of US$2.9 billion in the project, which was to produce
40,000 tonnes a year of lithium carbonate equivalent. The company, a joint venture of
Inversiones Quelhue and Australia's Redgum Resources, said in a statement that it respected the
ruling but did not share it.

Its chief executive, Martín Olave Rivas, said the new consultation would delay the project "by
at least 18 months". The company had promised up to 2,300 jobs during construction, which was to
start in the first quarter of 2027, and 480 permanent jobs once in operation, many of them for
workers from Calama, San Pedro de Atacama and Antofagasta.

Regional Governor Patricio Ramos Aguirre said he regretted the delay but that the ruling "gives
everyone certainty about the rules". "The region wants lithium, and it wants it done with the
communities, not against them," he said at a press conference in Antofagasta.

The Antofagasta Chamber of Commerce, by contrast, warned that the decision sent "a worrying
signal" to investors at a time when the regional economy was slowing. Unemployment in the
Antofagasta region stood at 8.1% in the March-May quarter, according to the National Statistics
Institute.

## Water at the centre

The project would extract up to 220 litres per second of brine and 18 litres per second of fresh
water. The communities argued that the authorities had never studied how those volumes would add
to the extraction of the two companies already operating in the salt flat.

The Supreme Court agreed. The new assessment must consider the cumulative effects on the basin's
water, the ruling says.

The ruling overturns the decision of the First Environmental Court, based in Antofagasta, which
in November 2025 had unanimously rejected the communities' challenge. That court had found that
the consultation carried out between August 2023 and May 2024 complied with the law.

Lawyer Valentina Herrera Solar, of Fundación Territorio y Agua, which represented the
communities, called the ruling "a landmark for indigenous rights in the salt flats".
""",
}

CT_SPEC = {
    "path": "/projects/chile-llano-blanco-supreme-court-ruling-what-next/",
    "headline": "Chile: Supreme Court voids Llano Blanco permit — what next for the project",
    "standfirst": "A 3-2 ruling sends Andina Litio back to indigenous consultation. We estimate "
                  "first production slips to 2031 at the earliest.",
    "description": "Llano Blanco lithium project: Chile's Supreme Court annuls permit. Timeline, "
                   "capex and supply implications.",
    "section": "Projects", "date_mode": "none",
    "byline": "By Hamish Coutts, Projects Editor",
    "tags": ["Chile", "Salar de Atacama", "Permitting", "Project tracker"],
    "keynumbers": [
        ("Project", "Llano Blanco (Andina Litio SpA)"),
        ("Capex", "US$1.9bn"),
        ("Capacity", "40,000 t/y LCE"),
        ("Ruling", "Supreme Court, Third Chamber, 3-2"),
        ("Company's delay estimate", "at least 18 months"),
    ],
    "related": [
        ("Argentina: Salta approves two DLE plants", "/projects/salta-dle/"),
        ("Prices: carbonate steady at US$11,400/t CIF Asia", "/prices/weekly-carbonate/"),
        ("Bolivia: new tender for Uyuni", "/policy/bolivia-uyuni-tender/"),
    ],
    "mostread": [
        ("Project tracker: every Chilean lithium project", "/projects/chile-tracker/"),
        ("DLE explained: why water matters", "/battery-chain/dle-explained/"),
    ],
    "body": """
Chile's Supreme Court last Tuesday (July 14) annulled the environmental approval of Andina
Litio's Llano Blanco project, the most advanced greenfield brine project in the Salar de Atacama
outside the two incumbent producers. The Third Chamber ruled 3-2 that the indigenous
consultation carried out by the Environmental Assessment Service (SEA) in 2023-24 was defective
because it excluded the Atacameño community of Camar.

For readers who have not followed the case: Llano Blanco is a 40,000 t/y lithium carbonate
equivalent project on the southern salar, near Toconao, with estimated capex of US$1.9bn. It is
owned 51/49 by Chile's Inversiones Quelhue and ASX-listed Redgum Resources. The project obtained
its RCA (environmental qualification resolution) in March 2025, and the First Environmental
Court in Antofagasta upheld it unanimously in November 2025. Two Atacameño communities took the
case to the Supreme Court.

## What the ruling requires

The majority, led by chamber president Justice Adelaida Fuentes Merino, annulled the RCA and
ordered the SEA to (1) repeat the ILO 169 consultation including Camar and (2) evaluate
cumulative hydrological effects together with existing brine extraction in the basin. The
dissent, by Justice Tomás Arrieta Solís and associate lawyer Ignacio Bravo Larraín, argued the
court was re-weighing technical evidence, a role they said belonged to the environmental courts.

The second requirement is the more consequential. A cumulative water assessment in the Salar de
Atacama means modelling the basin with data from the incumbents' own monitoring networks, which
is likely to take longer than the consultation itself.

## Timeline

Andina Litio's CEO, Martín Olave Rivas, has said publicly that the ruling delays the project by
"at least 18 months". Our own estimate is longer. A new consultation typically takes 12 to 18
months from the SEA's resolution to start the process; the cumulative assessment could add six
to 12 months; and the new RCA would again be open to challenge in the environmental courts. We
now pencil in a construction decision in 2029 and first production in 2031 at the earliest,
against the company's previous guidance of 2029.

Redgum shares fell 14% on the ASX on Wednesday, the first session after the ruling. At the low,
the company was valued below the A$1.2bn it raised for its share of the project's development
costs, which suggests the market is now attaching a meaningful probability to the project not
proceeding in its current form.

## Supply implications

Llano Blanco was not in our base-case supply model before 2030, so the ruling does not change
our near-term balance. It does matter for the longer term. Chile produced about 260,000 t LCE in
2025, by Cochilco's estimate, and the government's lithium strategy assumes new private projects
will lift that significantly by the early 2030s. At least four other projects in Chilean salt
flats are at the permitting stage with consultation processes that lawyers say could face
similar challenges.

The ruling also sets a precedent for the wording of consultation scopes. SEA officials told
Brine Report that the agency is reviewing which communities are included in current processes in
the Antofagasta region, a review that could itself slow approvals this year.
""",
}

CT_STORY = _story(
    "ct-DD3", "court", "2026-07-17",
    [(MERIDIAN, CT_WIRE), (HERALD, CT_HERALD), (ANTOHOY, CT_LOCAL), (BRINE, CT_SPEC)],
    [
        ("presiding justice's surname", r"\bfuentes\b", r"\bfuertes\b"),
        ("village nearest the project", r"\bpeine\b", r"\btoconao\b"),
        ("project investment", r"\b1\.9\s*(?:billion|bn)\b", r"\b2\.9\s*(?:billion|bn)\b"),
    ],
)


# ---------------------------------------------------------------------------
# Story 4: trade (tr-DD4) - CONTROL
# ---------------------------------------------------------------------------

PAMPA = {
    "name": "Pampa Ledger", "domain": "pampaledger.example", "kind": "news",
    "handle": "PampaLedger", "title_fmt": "{h} | {s}",
    "nav": ["Economy", "Markets", "Agro", "Energy", "Companies", "Politics", "Opinion"],
    "footer": ["About Pampa Ledger", "Newsletters", "Advertise", "Contact", "Terms", "Privacy"],
    "copyright": "© 2026 Pampa Ledger S.A. · Buenos Aires",
    "cookie": "Pampa Ledger uses cookies to offer you a better experience. Read our policy.",
    "cookie_ok": "Accept", "cookie_more": "Read policy", "account": "Log in",
    "topbar": "Official dollar $1,418 · MEP $1,446 · Merval +1.2% · Country risk 587",
    "newsletter": ("Ledger AM", "Argentina's markets and economy before the opening bell."),
}

GRAINLINE = {
    "name": "GrainLine South", "domain": "grainlinesouth.example", "kind": "spec",
    "handle": "GrainLineSouth", "title_fmt": "{h} - {s}",
    "nav": ["Soy", "Corn", "Wheat", "Logistics", "Trade flows", "Weather", "Prices"],
    "footer": ["Subscribe", "Data terms", "Our correspondents", "Advertise", "Contact"],
    "copyright": "GrainLine South · agricultural trade intelligence for the Southern Cone · 2026",
    "cookie": "We use essential cookies and, with consent, performance cookies.",
    "cookie_ok": "Accept", "cookie_more": "Customise", "account": "Subscriber area",
    "standards": "Data sources: INDEC, CIARA-CEC, exchange estimates. Reproduction requires "
                 "written permission.",
    "sponsor": "Paraná River logistics conference, Rosario, 3 September.",
    "newsletter": ("GrainLine Daily", "FOB prices, line-ups and trade flows every morning."),
}

POATRIB = {
    "name": "Porto Alegre Tribune", "domain": "poatribune.example", "kind": "news",
    "handle": "POATribune", "title_fmt": "{h} — {s}",
    "nav": ["Rio Grande do Sul", "Economy", "Politics", "Mercosur", "Sport", "Opinion"],
    "footer": ["Subscriber services", "Digital newspaper", "Ethics policy", "Contact",
               "Privacy and cookies"],
    "copyright": "© 2026 Porto Alegre Tribune. All rights reserved.",
    "cookie": "We use cookies to personalise content and analyse traffic, in line with "
              "Brazil's LGPD.",
    "cookie_ok": "Accept", "cookie_more": "Privacy settings", "account": "Enter",
    "newsletter": ("Mercosur Today", "Trade and politics across the bloc, each morning."),
}

TR_WIRE = {
    "path": "/economy/argentina-trade-surplus-june-2026-indec/",
    "headline": "Argentina posts US$1.42 billion trade surplus in June, beating forecasts",
    "description": "Argentina's trade surplus was US$1.42 billion in June, above analysts' "
                   "expectations, as export volumes rose strongly.",
    "section": "Economy", "date_mode": "meta", "pub": "2026-07-16T19:24:00Z",
    "visible_date": "16/07/2026 19:24 GMT",
    "byline": "By Lucía Bergés",
    "image": ("Containers at the port of Buenos Aires, May 20, 2026.", "APA/Martín Zabala"),
    "related": [
        ("Argentina's economic activity rises 0.6% in May", "/economy/arg-emae-may/"),
        ("Brazil's trade surplus reaches US$7.3 billion in June", "/economy/brazil-trade-june/"),
        ("Chile's copper exports fall in June on lower prices", "/economy/chile-exports-june/"),
        ("Uruguay beef exports hit monthly record", "/commodities/uruguay-beef/"),
    ],
    "body": """
BUENOS AIRES, July 16 (APA) - Argentina posted a trade surplus of US$1.423 billion in June, the
national statistics agency INDEC said on Thursday, above analysts' expectations as strong export
volumes offset lower commodity prices.

The median forecast of 11 analysts polled by APA had been for a surplus of US$1.15 billion, with
estimates ranging from US$800 million to US$1.5 billion. The surplus compared with US$1.522
billion in June 2025.

Exports rose 9.8% from a year earlier to US$7.864 billion, while imports grew 14.2% to US$6.441
billion, the agency said in its monthly report, published at 16:00 local time (19:00 GMT).

Export volumes jumped 12.2%, led by soybean meal, corn and crude oil, while export prices fell
2.1%. Import volumes rose 15.8% as the economy's recovery lifted purchases of capital goods and
vehicles, and import prices were 1.4% lower.

In the first half of the year, Argentina accumulated a surplus of US$7.912 billion, up 15.7%
from the same period of 2025. Exports in the six months totalled US$43.57 billion.

INDEC also revised May's surplus to US$1.288 billion from the US$1.240 billion it had reported a
month ago.

Energy was again a bright spot. Exports of fuels and energy reached US$1.104 billion in June
against imports of US$492 million, giving an energy surplus of US$612 million. Crude output from
the Vaca Muerta shale formation has risen steadily, and the country has run an energy surplus in
every month this year despite winter gas imports.

Economy Minister Sebastián Irurzun celebrated the figures on social network X. "Another month of
surplus. Argentina exports more and produces more," he wrote.

Analysts said the rise in imports, although faster than that of exports, reflected a recovery in
investment rather than a worrying trend. "Capital goods imports were up more than 20%. That is
machinery, not consumer goods flooding in," said Matías Lanusse, chief economist at the
consultancy Delta Pampa.

The soybean complex, including beans, meal and oil, remained the country's main export, with
sales of US$2.31 billion in June.

Argentina recorded a deficit of US$209 million with Brazil, its main trading partner, and a
deficit of US$764 million with China. It had surpluses with the European Union, Chile and India.

The government has made trade surpluses a pillar of its efforts to rebuild central bank
reserves, which stood at about US$41.8 billion at the end of June.

Farm exports are expected to remain strong in the coming months after a large harvest, although
lower international prices have limited the value of shipments. The Rosario Board of Trade
estimates the 2025/26 soybean crop at 48.5 million tonnes, and farmers had sold less of it by
early July than at the same point last year.

(Reporting by Lucía Bergés; editing by Pablo Rinaldi)
""",
}

TR_LEDGER = {
    "path": "/economy/trade-balance-june-surplus-1423-million/",
    "headline": "Trade balance: June surplus of US$1,423 million, driven by volumes",
    "standfirst": "Exports rose 9.8% and imports 14.2% year on year. The first-half surplus "
                  "reached US$7,912 million, INDEC reported.",
    "description": "INDEC: Argentina's trade surplus was US$1,423 million in June, with exports "
                   "of US$7,864 million and imports of US$6,441 million.",
    "section": "Economy", "date_mode": "visible",
    "visible_date": "Thursday 16 July 2026 | 17:48",
    "byline": "Florencia Mastrángelo",
    "readtime": "5 min", "comments": 41,
    "bio": "Florencia Mastrángelo covers macroeconomics and official statistics.",
    "image": ("Trucks loaded with grain wait to unload at a terminal in Timbúes, Santa Fe.",
              "Photo: Pampa Ledger archive"),
    "mostread": [
        ("Wholesale dollar closes at $1,418", "/markets/dollar-close-0716/"),
        ("Trade balance: June surplus of US$1,423 million, driven by volumes",
         "/economy/trade-balance-june-surplus-1423-million/"),
        ("YPF announces new LNG partner", "/energy/ypf-lng-partner/"),
        ("Paritarias: retail workers agree 1.8% monthly raises", "/economy/retail-wages/"),
    ],
    "related": [
        ("June's exchange liquidation: grain exporters brought in US$2.47 billion",
         "/agro/ciara-june-liquidation/"),
        ("Opinion: The surplus and the reserves puzzle", "/opinion/surplus-reserves/"),
    ],
    "body": """
Argentina's trade balance closed June with a surplus of US$1,423 million, INDEC reported this
afternoon. It was another month in the black, although the surplus was slightly lower than the
US$1,522 million of June 2025, because imports grew faster than exports.

Exports totalled US$7,864 million, up 9.8% year on year, and imports reached US$6,441 million,
14.2% more than in the same month last year. The total volume of trade, exports plus imports,
was US$14,305 million, a record for the month of June.

The breakdown shows that the increase in sales abroad came from quantities, not prices. Export
volumes rose 12.2%, while prices fell 2.1%, according to INDEC's price and quantity indices. In
imports, quantities grew 15.8% and prices fell 1.4%.

## Half-year

In the first six months, the surplus reached US$7,912 million, 15.7% more than in the first half
of 2025. Exports totalled US$43,570 million and imports US$35,658 million. INDEC also corrected
the May figure: the surplus for that month was US$1,288 million, not the US$1,240 million
published in June, after late customs records were incorporated.

At the official wholesale exchange rate at the end of June, 1,412 pesos per dollar, June's
surplus is equivalent to about 2 trillion pesos.

## By product and partner

Primary products and agricultural manufactures, the heart of the soybean, corn and wheat chain,
accounted for more than half of exports. Fuels and energy sold US$1,104 million and the sector's
balance was positive by US$612 million, a figure that the government expects to grow as the new
oil pipelines from Vaca Muerta come on line.

On the import side, capital goods grew 22% and parts for capital goods 17%, while consumer goods
rose 9%. Passenger vehicle imports, mainly from Brazil, were up 31% in value.

Brazil remained the main destination of exports, with US$1,402 million, and the main origin of
imports, with US$1,611 million, leaving a bilateral deficit of US$209 million. With China, the
deficit was US$764 million: exports of US$688 million against imports of US$1,452 million.

## Reactions

Economy Minister Sebastián Irurzun wrote on X shortly after the publication: "Another month with
a surplus: Argentina is exporting more and producing more." The Secretary of Industry and Trade,
Paula Echeverry, said the rise in imports of capital goods showed that "companies are investing
again".

Economists were more cautious. "The surplus is good news, but it is shrinking compared with last
year, and with the exchange rate where it is, imports will keep growing faster than exports in
the second half," said Matías Lanusse of Delta Pampa. He expects an annual surplus of about
US$14 billion, below the roughly US$16 billion the government projects in its budget.

Analysts at other consultancies noted that the first-half surplus was larger than expected
mainly because of energy. The sector's surplus was US$3.94 billion between January and June.

The grain exporters' chamber CIARA-CEC had already reported at the start of the month that its
members brought in US$2.47 billion in foreign currency in June, a different measure that
reflects when exporters sell their dollars rather than when goods are shipped.
""",
}

TR_SPEC = {
    "path": "/trade-flows/argentina-june-exports-soy-complex-volumes/",
    "headline": "Argentina June exports: soy complex at US$2.31bn as volumes recover",
    "standfirst": "INDEC data show farm export volumes up sharply after the 2025/26 harvest. "
                  "Meal leads, beans lag.",
    "description": "Argentina's June export data: soybean complex, corn and wheat values and "
                   "volumes, and what they say about the second half.",
    "section": "Trade flows", "date_mode": "none",
    "byline": "By Nicolás Ferrando Quiroga, Rosario correspondent",
    "tags": ["Argentina", "Soybeans", "Corn", "Trade data"],
    "keynumbers": [
        ("Total exports, June", "US$7.86bn (+9.8% y/y)"),
        ("Soy complex", "US$2.31bn"),
        ("Corn", "US$0.81bn"),
        ("Trade surplus, June", "US$1.42bn"),
        ("CIARA-CEC liquidation, June", "US$2.47bn"),
    ],
    "related": [
        ("Brazil: soybean line-ups ease at Paranaguá", "/logistics/paranagua-lineups/"),
        ("Paraná River draft at Rosario back to 34 feet", "/logistics/parana-draft/"),
        ("Uruguay wheat planting 90% complete", "/wheat/uruguay-planting/"),
    ],
    "mostread": [
        ("Soymeal FOB Up-River: weekly prices", "/prices/soymeal-fob/"),
        ("Weather: dry July in western Buenos Aires", "/weather/dry-july/"),
    ],
    "body": """
Argentina's soybean complex — beans, meal and oil — generated US$2.31 billion in export sales in
June, according to INDEC's monthly trade data released on Thursday, confirming that the recovery
in farm shipments after the 2025/26 harvest is being driven by volumes rather than prices.

Of that total, soybean meal accounted for US$1.21 billion, soybean oil for US$0.63 billion and
unprocessed beans for US$0.47 billion. Meal shipments were about 3.4 million tonnes, the highest
for a June in five years, according to port line-up data compiled by GrainLine South. Bean
exports remain modest because crushers up-river have been outbidding exporters for supply.

Corn exports reached US$0.81 billion, helped by an early start to the harvest of second-crop
corn in Córdoba and Santa Fe, while wheat shipments, now at the tail end of the 2025/26 season,
were worth about US$0.12 billion.

## Volumes up, prices down

Across all products, INDEC's indices show export volumes 12.2% higher than in June 2025 and
prices 2.1% lower. For agricultural goods the gap is wider: soymeal FOB prices at Up-River ports
averaged about 8% less than a year earlier, and corn about 5% less.

Total exports came to US$7.864 billion, up 9.8% year on year, and the overall trade surplus was
US$1.423 billion, down from US$1.522 billion in June 2025 as imports rose faster. For the first
half, the surplus was US$7.912 billion.

## Harvest estimates

The volumes reflect a large crop. The Rosario Board of Trade estimates the 2025/26 soybean
harvest at 48.5 million tonnes, while the Buenos Aires Grain Exchange puts it slightly higher,
at 49.0 million tonnes. Both exchanges estimate the corn crop at close to 58 million tonnes,
with the Buenos Aires exchange at 57.5 million and Rosario at 58.0 million.

Farmers still hold a significant share of the soybean crop. The Rosario exchange calculates that
about 44% of the harvest had been sold by the start of July, compared with roughly 50% at the
same point last year, suggesting that shipments could stay strong into the third quarter if
prices cooperate.

## Dollars in, goods out

The INDEC figure should not be confused with the foreign currency liquidation reported by the
grain exporters' and crushers' chambers, CIARA-CEC. Their members sold US$2.47 billion in June,
a measure that includes oilseed and cereal products but is based on the date dollars are sold on
the foreign exchange market, which can run weeks ahead of or behind the physical shipment.

"June is usually the peak month for liquidation, and this year it was solid rather than
spectacular," said Verónica Iturraspe, a grain broker in Rosario. "The crop is big, but farmers
are selling slowly because they think prices have more room to rise than to fall."

## Brazil and China

Brazil was again Argentina's largest single export market, taking US$1.402 billion of goods in
June, with wheat, vehicles and auto parts prominent. Sales to China, traditionally the main
buyer of unprocessed soybeans, were US$688 million, lower than a year earlier as Chinese
importers favoured Brazilian beans from a record crop.

For the second half, we expect the soybean complex to average about US$2 billion a month through
September before easing, with corn providing more support than usual because of the size of the
second-crop harvest.
""",
}

TR_TRIB = {
    "path": "/economy/2026/07/17/argentina-deficit-with-brazil-june-trade/",
    "headline": "Argentina's trade data show deficit with Brazil as car sales across the border "
                "surge",
    "standfirst": "Argentina posted a US$1.42 billion surplus in June overall, but its imports "
                  "from Brazil kept rising. Gaúcho exporters are among the winners",
    "description": "Argentina's June trade figures show a deficit with Brazil of US$209 million. "
                   "What it means for Rio Grande do Sul's exporters.",
    "section": "Mercosur", "date_mode": "jsonld", "pub": "2026-07-17T05:30:00-03:00",
    "authors": ["Henrique Strassburger"],
    "visible_date": "Friday, 17 July 2026 – 05:30",
    "byline": "Henrique Strassburger, Mercosur correspondent",
    "readtime": "5 min read", "comments": 12,
    "bio": "Henrique Strassburger covers trade and politics in the Mercosur countries.",
    "image": ("Lorries cross the international bridge between Uruguaiana and Paso de los Libres.",
              "Photo: Tribune archive"),
    "mostread": [
        ("Grêmio sign Uruguayan midfielder", "/sport/gremio-signing/"),
        ("Guaíba flood defences: works 70% complete", "/rs/guaiba-defences/"),
        ("Argentina's trade data show deficit with Brazil as car sales across the border surge",
         "/economy/2026/07/17/argentina-deficit-with-brazil-june-trade/"),
    ],
    "related": [
        ("Brazil's June trade surplus reaches US$7.3 billion", "/economy/2026/07/06/trade-june/"),
        ("Mercosur-EU: what changes for Gaúcho wine", "/mercosur/eu-wine/"),
    ],
    "body": """
Argentina recorded a trade deficit of US$209 million with Brazil in June, according to figures
published yesterday afternoon by INDEC, the Argentine statistics agency, as imports of Brazilian
cars and machinery continued to grow faster than Argentina's sales to its larger neighbour.

Argentina exported US$1.402 billion to Brazil and imported US$1.611 billion from it, INDEC said.
Overall, Argentina posted a surplus of US$1.42 billion with the rest of the world, above the
forecasts of most analysts, thanks to strong volumes of grain, oilseed products and oil.

Brazil's own statistics tell a similar, though not identical, story. According to the Ministry
of Development, Industry, Trade and Services (MDIC), which published its June figures on 6 July,
Brazil had a surplus of US$262 million with Argentina in the month, or about R$1.43 billion.
Differences between the two countries' figures are normal and reflect, among other things, the
fact that Argentina values its imports including freight and insurance and that shipments are
recorded at different moments on each side of the border.

## Cars lead the way

The biggest item is vehicles. Argentina's imports of passenger cars, mostly from Brazil, were up
31% in value in June compared with a year earlier, according to INDEC. Anfavea, the Brazilian
carmakers' association, said earlier this month that vehicle exports to Argentina had grown 21%
in units in the first half.

For Rio Grande do Sul, which shares a long border with Argentina and ships a large share of its
manufactured exports by road across it, the recovery in Argentine demand is welcome.
Agricultural machinery makers in the north of the state, whose sales to Argentina collapsed in
2023 and 2024, report orders up sharply.

"Argentina is buying machines again. Our members in Passo Fundo and Horizontina have order books
for Argentina that we have not seen for three years," said Cláudia Brenner, foreign trade
director at a regional machinery manufacturers' association.

## A surplus that shrinks

Argentina's overall figures were strong but not spectacular. Exports grew 9.8% in June from a
year earlier to US$7.86 billion and imports rose 14.2% to US$6.44 billion. The surplus, at
US$1.42 billion, was slightly lower than the US$1.52 billion of June last year. In the first six
months, Argentina accumulated a surplus of US$7.91 billion.

Argentine Economy Minister Sebastián Irurzun welcomed the data, saying on social media that the
country "exports more and produces more".

For Brazilian exporters, the question is how long Argentina's appetite will last. Analysts in
Buenos Aires expect imports to continue rising faster than exports in the second half of the
year, as the economy grows and the peso remains relatively strong. "The Argentine surplus will
shrink, and a good part of that is Brazilian exports," said economist Ricardo Beltrame of the
Federal University of Rio Grande do Sul's trade observatory.

At yesterday's exchange rate of R$5.45 to the dollar, Argentina's deficit with Brazil in June,
as measured by INDEC, was equivalent to about R$1.14 billion.

The two countries' trade ministers are due to meet in Brasília at the end of the month, with the
automotive regime and the long-delayed reduction of Mercosur's common external tariff on the
agenda.
""",
}

TR_STORY = _story(
    "tr-DD4", "trade", "2026-07-17",
    [(AUSTRAL, TR_WIRE), (PAMPA, TR_LEDGER), (GRAINLINE, TR_SPEC), (POATRIB, TR_TRIB)],
    [],
)


# ---------------------------------------------------------------------------
# Story 5: rocket (rk-DD5)
# ---------------------------------------------------------------------------

MAAGORA = {
    "name": "Maranhão Agora", "domain": "maranhaoagora.example", "kind": "live",
    "handle": "MaranhaoAgora", "title_fmt": "{h} | {s}",
    "nav": ["São Luís", "Alcântara", "Interior", "Politics", "Economy", "Sports", "Live"],
    "footer": ["Newsroom", "Advertise", "Editorial principles", "Contact", "Privacy"],
    "copyright": "Maranhão Agora © 2026 · São Luís – MA",
    "cookie": "This site uses cookies to improve your browsing experience.",
    "cookie_ok": "Got it", "cookie_more": "Privacy policy", "account": "Subscribe",
    "topbar": "São Luís 31°C · High tide 09:47 · Ferry to Alcântara: normal service",
    "newsletter": ("Maranhão in 5 minutes", "The state's main news every afternoon."),
}

LAUNCHBEAT = {
    "name": "LaunchBeat", "domain": "launchbeat.example", "kind": "spec",
    "handle": "LaunchBeat", "title_fmt": "{h} - {s}",
    "nav": ["Launches", "Spaceports", "Small sats", "Industry", "Schedule", "Podcast"],
    "footer": ["About", "Launch schedule data", "Write for us", "Advertise", "Contact"],
    "copyright": "LaunchBeat — launch industry news and analysis. © 2026",
    "cookie": "LaunchBeat uses cookies for analytics and to remember your schedule filters.",
    "cookie_ok": "Accept", "cookie_more": "Decline", "account": "Pro login",
    "standards": "LaunchBeat Pro analysis. Times are given as reported by the launch provider.",
    "sponsor": "Ride-share slots to SSO in 2027: compare providers in LaunchBeat Pro.",
    "newsletter": ("Countdown", "Every launch of the week, every Monday."),
}

RK_LIVE = {
    "path": "/alcantara/live-vetor-orbital-jandaia-launch/",
    "headline": "LIVE: Jandaia rocket lifts off from Alcântara and reaches orbit",
    "description": "Follow live the launch of Vetor Orbital's VO-2 Jandaia rocket from the "
                   "Alcântara Launch Center with four satellites on board.",
    "standfirst": "Third attempt in four days. Vetor Orbital's rocket carries four satellites, "
                  "including an Argentine and a Uruguayan cubesat.",
    "section": "Alcântara", "date_mode": "visible",
    "visible_date": "Thursday, 22 October 2026 · Brasília time",
    "badge": "LIVE",
    "byline": "Reporting from Alcântara: Raimundo Costa Serrão and Júlia Pestana",
    "keypoints": [
        "Liftoff at 10:14 from the Alcântara Launch Center",
        "All four satellites deployed into a 525 km orbit",
        "Previous attempts on Monday and Wednesday were scrubbed",
    ],
    "related": [
        ("São Luís port handles record iron ore volumes", "/economy/itaqui-record/"),
        ("Alcântara residents demand land titles ahead of spaceport expansion",
         "/alcantara/quilombola-land/"),
        ("Sampaio Corrêa beat Moto Club 2-1 in the derby", "/sports/derby/"),
    ],
    "mostread": [
        ("How to watch the launch from São Luís", "/alcantara/where-to-watch/"),
        ("Ferry timetable changes for launch day", "/alcantara/ferry-launch-day/"),
    ],
    "body": """
@@ 11:40 | We are wrapping up our live coverage. In summary: the VO-2 Jandaia lifted off at
10:14, reached orbit about nine minutes later and deployed its four satellites, the first one 58
minutes after liftoff. For the first time, a rocket launched from Brazilian soil has put
satellites into orbit. Thank you for following us.

@@ 11:18 | All four satellites are out. The last one, the Brazilian Air Force's Guará
demonstrator, separated at 11:18, just over an hour after launch. The company says it has
already received signals from Ipê-1 and Pampa-3.

@@ 11:12 | Deployment has begun! Ipê-1, the 148 kg Earth-observation satellite built for Agrosat
Brasil, separated from the second stage 58 minutes after liftoff, after a second burn of the
upper stage circularised the orbit at 525 km. Applause in the control room.

@@ 10:52 | "Today Brazil has shown that it can put satellites into orbit from its own territory,
with a rocket designed and built here," said Lívia Montenegro Sales, Vetor Orbital's chief
financial officer, speaking to journalists at the launch centre. "Three years ago we were a team
of 30 people in a shed in São José dos Campos."

The president of the Brazilian Space Agency, Renato Cavalcanti Lobo, called it "a historic day
for the Brazilian space programme and for Maranhão".

@@ 10:24 | The second stage has shut down and the rocket is in orbit! Flight controllers confirm
a preliminary orbit close to plan. Now the stage will coast for about three quarters of an hour
before a second, short burn.

@@ 10:17 | First stage separation confirmed, and the second stage engine has ignited. Everything
nominal, according to the mission commentary. The first stage will fall into the Atlantic about
600 km from the coast.

@@ 10:14 | LIFTOFF! The Jandaia leaves the pad at Alcântara with a roar that can be heard in São
Luís, across the bay. Crowds on the beach at Ponta d'Areia cheer as the rocket climbs over the
sea.

@@ 10:05 | The countdown has resumed after a short hold at T-10 minutes to check data from a
ground station. The launch window runs until 10:40.

@@ 09:30 | Weather is "go". Winds at altitude, which caused Monday's scrub, are within limits
today, according to Colonel Fábio Arantes, director of the Alcântara Launch Center. Temperature
at the centre: 29°C.

@@ 08:50 | Good morning from Alcântara. Vetor Orbital will try again today to launch its VO-2
Jandaia rocket, after attempts on Monday (strong upper-level winds) and Wednesday (a sensor
reading on a second-stage valve, four minutes before liftoff) were called off. The window opens
at 10:00 and lasts 40 minutes. On board are four satellites with a total mass of 212 kg: Ipê-1
from Agrosat Brasil, the Argentine cubesat Pampa-3, the Uruguayan cubesat Charrúa-2 and the Air
Force's Guará. The company's first orbital attempt, in April 2025, ended when the rocket lost
control 71 seconds after launch.
""",
}

RK_WIRE = {
    "path": "/science/brazil-vetor-orbital-rocket-reaches-orbit-alcantara-2026-10-22/",
    "headline": "Brazilian startup's rocket reaches orbit in first for country's launch site",
    "description": "Vetor Orbital's VO-2 Jandaia rocket reached orbit from the Alcântara Launch "
                   "Center on Thursday, deploying four small satellites.",
    "section": "Science", "date_mode": "meta", "pub": "2026-10-22T15:05:00Z",
    "visible_date": "October 22, 2026 3:05 PM GMT",
    "byline": "By Ana Clara Rezende",
    "image": ("The VO-2 Jandaia rocket lifts off from the Alcântara Launch Center in Maranhão "
              "state, Brazil, October 22, 2026.", "Meridian Wire/Vetor Orbital handout"),
    "related": [
        ("Argentina's CONAE signs deal for radar satellite successor",
         "/science/conae-radar-deal/"),
        ("European launcher completes third flight of the year", "/science/europe-launcher/"),
        ("Embraer raises delivery forecast", "/business/embraer-forecast/"),
    ],
    "body": """
ALCÂNTARA, Brazil, Oct 22 (Meridian Wire) - A rocket built by Brazilian startup Vetor Orbital
reached orbit on Thursday from the Alcântara Launch Center in northeastern Brazil, the first
time a launch from the country's spaceport has put satellites into space.

The two-stage VO-2 Jandaia lifted off at 13:14 GMT (10:14 local time) from the coastal launch
site in Maranhão state, carrying four small satellites from Brazil, Argentina and Uruguay. The
company said all four were deployed into a sun-synchronous orbit about 525 km (326 miles) above
Earth, the first of them 48 minutes after liftoff.

"Brazil has shown today that it can put satellites into orbit from its own territory with a
rocket designed and built here," Vetor Orbital chief executive Lívia Montenegro Sales told
reporters at the launch centre.

The flight was the company's second orbital attempt. Its first, in April 2025, failed when the
rocket lost control 71 seconds into flight because of a fault in one of the five first-stage
engines, which burn liquid oxygen and ethanol.

Thursday's launch came after two scrubs this week. An attempt on Monday was called off because
of strong upper-level winds, and on Wednesday the countdown was halted four minutes before
liftoff after a sensor on a second-stage valve gave an abnormal reading.

The largest payload was Ipê-1, a 148 kg Earth-observation satellite for Agrosat Brasil, which
plans to sell crop-monitoring imagery to farmers in Brazil's centre-west. The others were
Pampa-3, a cubesat from Argentine startup Satélites del Plata, Charrúa-2, a cubesat built by
students and researchers at Uruguay's University of the Republic, and Guará, a technology
demonstrator for the Brazilian Air Force.

Brazil's attempts to develop an orbital launcher have a troubled history. In 2003, an explosion
on the launch pad at Alcântara during preparations for a government rocket launch killed 21
technicians, setting the programme back by years.

Renato Cavalcanti Lobo, president of the Brazilian Space Agency (AEB), called the flight "a
historic day for the Brazilian space programme". The agency has been trying to attract
commercial launch companies to Alcântara, whose location near the equator allows rockets to
carry heavier payloads for the same amount of fuel.

Vetor Orbital, based in São José dos Campos in São Paulo state, says it charges about US$6
million per launch and has a backlog of 11 launches. Its next flight is planned for the first
quarter of 2027.

The company has raised about R$410 million from investors since it was founded in 2021,
including a round led by a sovereign-backed fund last year, according to data from industry
tracker SpaceFunds Brasil.

(Reporting by Ana Clara Rezende; Editing by Marcus Whitfield)
""",
}

RK_SPEC = {
    "path": "/launches/vo-2-jandaia-flight-2-orbit-analysis/",
    "headline": "VO-2 Jandaia reaches orbit on flight 2: what Vetor Orbital proved at Alcântara",
    "standfirst": "A clean ascent, a second-stage relight and four payloads deployed. Here is "
                  "what the data show, and what comes next for Brazil's first orbital launcher.",
    "description": "Analysis of Vetor Orbital's second VO-2 Jandaia flight: timeline, "
                   "performance, payloads and commercial outlook.",
    "section": "Launches", "date_mode": "none",
    "byline": "By Kenji Albuquerque Watanabe",
    "tags": ["Vetor Orbital", "Alcântara", "Small launchers", "Flight analysis"],
    "keynumbers": [
        ("Vehicle", "VO-2 Jandaia, flight 2"),
        ("Site", "Alcântara Launch Center (CLA), Brazil"),
        ("Orbit", "525 km SSO, 97.5°"),
        ("Payloads", "4 (212 kg total)"),
        ("First deployment", "T+58 min"),
    ],
    "related": [
        ("Korean small launcher returns to Alcântara in 2027", "/spaceports/alcantara-2027/"),
        ("Argentina's Punta Indio: test campaign resumes", "/spaceports/punta-indio/"),
        ("Small launch market: who is actually flying?", "/industry/small-launch-market/"),
    ],
    "mostread": [
        ("Launch schedule: the week ahead", "/schedule/"),
        ("Why equatorial spaceports matter", "/spaceports/equatorial-explainer/"),
    ],
    "body": """
Vetor Orbital's VO-2 Jandaia lifted off from the Alcântara Launch Center at 10:41 local time on
Thursday, October 22, and delivered all four of its payloads to a 525 km sun-synchronous orbit.
It was the São José dos Campos company's second orbital attempt and its first success, and the
first successful orbital launch from Brazilian territory.

The flight came on the third try of the campaign. Monday's attempt was scrubbed for upper-level
winds; Wednesday's was aborted at T-4 minutes when a pressure sensor on a second-stage
propellant valve read out of family. Vetor swapped the sensor overnight, a sign that the team
and the pad crew have matured since the first campaign.

## Ascent timeline

According to the mission timeline published by the company, the vehicle passed maximum dynamic
pressure at T+1 min 12 s. First-stage shutdown and separation came at T+2 min 41 s, with fairing
separation at T+3 min 20 s. The second stage's first burn ended at T+8 min 55 s, placing the
stack in an elliptical transfer orbit.

After a coast of roughly 46 minutes, the upper stage relit for a short circularisation burn, and
Ipê-1 separated at T+58 min. The remaining payloads followed over the next six minutes, with the
last, the Air Force's Guará, released at T+1 h 04 min. A relight is a demanding test for a small
launcher, and doing it on the second flight is notable.

## Performance

The four payloads totalled 212 kg: Agrosat Brasil's 148 kg Ipê-1, the 29 kg Guará, Satélites del
Plata's 26 kg Pampa-3 (a 16U cubesat) and the 9 kg Charrúa-2, a 6U cubesat from Uruguay's
University of the Republic. Vetor quotes a payload capacity of 350 kg to a 500 km SSO, so this
was a flight with margin, as a company wanting to prove reliability would choose.

The first stage uses five ethanol and liquid oxygen engines. In April 2025, the first VO-2 lost
control 71 seconds after liftoff, which the company traced to a turbopump failure in one of
them. Vetor redesigned the turbopump bearing and added engine-out detection logic that, it says,
would have allowed a safe shutdown on that flight.

## Commercial outlook

Vetor's chief executive, Lívia Montenegro Sales, has said the company charges about US$6
million, roughly R$33 million, for a dedicated launch, which would put Jandaia in the same price
band as other small launchers competing for dedicated rides. Its manifest lists 11 launches,
though a number of those are options rather than firm contracts. The next flight is targeted for
the first quarter of 2027.

For Alcântara itself, the flight is a milestone. The site's latitude of about 2.3 degrees south
gives eastward launches a significant performance bonus, but until Thursday the Brazilian
spaceport had never hosted a successful orbital launch. The Brazilian Space Agency, whose
president Renato Cavalcanti Lobo attended the launch, wants to sign at least two more commercial
operators by the end of 2027.

The obvious question is cadence. Vetor says it can build four vehicles a year at its current
plant. Reaching that rate, and keeping the Alcântara range available for commercial campaigns
alongside military tests, will determine whether Thursday's success becomes a business.
""",
}

RK_STORY = _story(
    "rk-DD5", "rocket", "2026-10-23",
    [(MAAGORA, RK_LIVE), (MERIDIAN, RK_WIRE), (LAUNCHBEAT, RK_SPEC)],
    [
        ("liftoff time (local)", r"\b10[:h.]14\b", r"\b10[:h.]41\b"),
        ("time from liftoff to first deployment", r"\b58\s*min", r"\b48\s*min"),
        ("Lívia Montenegro Sales's role", r"chief executive|\bceo\b",
         r"chief financial officer|\bcfo\b"),
    ],
)


# ---------------------------------------------------------------------------
# Story 6: earthquake (eq-DD6) - CONTROL
# ---------------------------------------------------------------------------

QUAKEDESK = {
    "name": "QuakeDesk", "domain": "quakedesk.example", "kind": "spec",
    "handle": "QuakeDesk", "title_fmt": "{h} | {s}",
    "nav": ["Latest quakes", "Explainers", "Tectonics", "Tsunami", "Data", "About"],
    "footer": ["About QuakeDesk", "Data sources", "Contributors", "Donate", "Contact"],
    "copyright": "QuakeDesk — independent earthquake science reporting. © 2026",
    "cookie": "QuakeDesk uses a single analytics cookie. You can opt out.",
    "cookie_ok": "Fine", "cookie_more": "Opt out", "account": "Contributors",
    "standards": "Magnitudes and locations are those published by the agencies named; they may "
                 "be revised.",
    "sponsor": "Seismology summer school 2027: applications open.",
    "newsletter": ("The Weekly Rupture", "The week's significant earthquakes, explained."),
}

EQ_LIVE = {
    "path": "/taltal-earthquake-live-updates/",
    "headline": "Earthquake off Taltal: live updates",
    "description": "Live: magnitude 6.9 earthquake off the coast of Taltal. Damage, injuries, "
                   "power cuts and aftershocks.",
    "standfirst": "A strong earthquake struck off the coast of Taltal late on Friday night. "
                  "Follow the latest from the region.",
    "section": "Taltal & Tocopilla", "date_mode": "visible", "kind": "live",
    "visible_date": "Friday 26 June – Saturday 27 June 2026 · Chile time (UTC-4)",
    "badge": "LIVE",
    "byline": "Updates by the Antofagasta Hoy newsroom",
    "keypoints": [
        "Magnitude 6.9 earthquake at 23:47 on Friday, 42 km southwest of Taltal (CSN)",
        "Two people dead and 27 injured, according to SENAPRED (Saturday 18:00 report)",
        "No tsunami: precautionary evacuation of the coast lifted at 01:25",
    ],
    "related": [
        ("Schools in Taltal closed on Monday", "/taltal/schools-closed-monday/"),
        ("Where to get water in Taltal", "/taltal/water-points/"),
        ("Antofagasta port resumes operations", "/antofagasta/port-resumes/"),
    ],
    "mostread": [
        ("What to do during an aftershock", "/region/aftershock-guide/"),
        ("Photos: damage in Taltal's historic centre", "/taltal/photos-damage/"),
    ],
    "body": """
@@ Sat 18:10 | SENAPRED's latest report, issued at 18:00: two people dead, 27 injured (three of
them still in hospital), 131 homes damaged, nine of which are uninhabitable. Most of the damage
is in Taltal and Paposo, in older adobe houses.

@@ Sat 14:20 | Route 1 between Taltal and Paposo has reopened in one lane after crews cleared
rockfalls at two points. Drivers should expect delays.

@@ Sat 12:45 | Interior Minister Daniela Poblete has arrived in Taltal. "The state is here and
will stay here until every family has a roof," she said after visiting the hospital. Classes in
Taltal's schools are suspended on Monday.

@@ Sat 10:20 | The SEC says 7,400 customers were still without electricity at 10:00, down from a
peak of about 58,000 in the Antofagasta and Atacama regions overnight. Most are in Taltal and in
the rural areas to the south.

@@ Sat 09:15 | SENAPRED's morning report (09:00): two dead, 19 injured and 64 homes damaged,
figures the service says are provisional. The second victim is a 58-year-old woman who died in
Paposo when an adobe wall collapsed.

@@ Sat 07:30 | The National Seismological Center (CSN) has recorded 41 aftershocks so far. The
strongest was a magnitude 5.1 at 01:12.

@@ Sat 02:40 | Taltal hospital has treated 12 people, mostly for cuts and bruises and anxiety
attacks, says Mayor Jorge Castillo Vera. "The houses in the old centre are the most damaged. We
are checking street by street."

@@ Sat 01:50 | Sad news: a 74-year-old man died of a heart attack in Taltal during the
earthquake, the regional health authority confirmed.

@@ Sat 01:25 | SENAPRED has lifted the precautionary evacuation of the coastal strip. Residents
can return home, but authorities ask people to check their houses for damage before going
inside.

@@ Sat 00:40 | The Navy's Hydrographic and Oceanographic Service (SHOA) rules out a tsunami on
the coast of Chile.

@@ Sat 00:31 | The CSN has revised the magnitude to 6.9, from a preliminary 7.0. The epicentre
was at sea, 42 km southwest of Taltal, at a depth of 31 km.

@@ Fri 23:58 | SENAPRED orders the precautionary evacuation of the coastal areas of Taltal and
Paposo while the SHOA evaluates the tsunami risk. Go to the safe zones marked in your
neighbourhood.

@@ Fri 23:52 | A very strong earthquake was felt at 23:47 across the Antofagasta region and in
the north of Atacama. In Taltal, residents describe more than a minute of shaking, and power has
gone out in much of the town. Stay calm and away from damaged buildings.
""",
}

EQ_WIRE = {
    "path": "/world/americas/chile-earthquake-taltal-2026-06-27/",
    "headline": "Strong earthquake off northern Chile kills two, damages homes",
    "description": "A magnitude 6.9 earthquake struck off the coast of northern Chile late on "
                   "Friday, killing two people and damaging dozens of homes.",
    "section": "World", "date_mode": "meta", "pub": "2026-06-27T13:40:00Z",
    "visible_date": "June 27, 2026 1:40 PM GMT",
    "byline": "By Camila Arancibia",
    "image": ("A damaged house in Taltal, Chile, June 27, 2026.", "Meridian Wire/Felipe Rojas"),
    "related": [
        ("Peru's Arequipa hit by magnitude 5.6 quake", "/world/americas/peru-quake/"),
        ("Chile's copper mines report no damage after quake", "/business/chile-mines-quake/"),
        ("Argentina's Mendoza hit by snowstorm", "/world/americas/mendoza-snow/"),
    ],
    "body": """
SANTIAGO, June 27 (Meridian Wire) - A strong earthquake struck off the coast of northern Chile
late on Friday, killing two people, injuring at least 19 and damaging dozens of homes in the
small port town of Taltal, authorities said on Saturday.

The quake, which Chile's National Seismological Center (CSN) put at magnitude 6.9, hit at 23:47
local time on Friday (03:47 GMT on Saturday), with its epicentre at sea 42 km (26 miles)
southwest of Taltal and a depth of 31 km. The U.S. Geological Survey measured it at magnitude
6.8 and a depth of 35 km.

The CSN had initially reported a magnitude of 7.0 before revising it down less than an hour later.

A 74-year-old man died of a heart attack in Taltal during the shaking, and a 58-year-old woman
was killed when an adobe wall collapsed in the nearby village of Paposo, the national disaster
prevention and response service SENAPRED said in a report at 09:00 local time. It said 64 homes
had been damaged, a figure it described as provisional.

SENAPRED ordered a precautionary evacuation of coastal areas in Taltal and Paposo shortly after
the quake, which it lifted at 01:25 on Saturday after the Navy's hydrographic service ruled out
a tsunami.

"There was a lot of fear, but the response worked. People went up to the safe zones in minutes,"
SENAPRED director Álvaro Hormazábal Reyes told reporters in Antofagasta, about 200 km to the
north.

About 58,000 customers lost power in the Antofagasta and Atacama regions, according to the
Superintendency of Electricity and Fuels. Some 9,600 were still without electricity at 08:00 on
Saturday.

The CSN had recorded 46 aftershocks by 08:00, the strongest of magnitude 5.1.

Mining company Minera Quebrada Azul said it had halted operations at its Cerro Negro Sur copper
mine, about 60 km east of Taltal, as a precaution while it inspected facilities. It reported no
injuries among its workers.

Taltal, a town of about 13,000 people some 900 km north of Santiago, lies on one of the world's
most seismically active stretches of coast, where the Nazca plate slides beneath the South
American plate.

Chile is one of the most earthquake-prone countries in the world. In 2010, a magnitude 8.8 quake
and the tsunami it triggered killed more than 500 people in central and southern Chile. In 1995,
a magnitude 8.0 earthquake struck near the city of Antofagasta.

Strict building codes mean that modern structures in Chile usually withstand strong earthquakes,
and damage on Friday was concentrated in older adobe houses, local authorities said.

Interior Minister Daniela Poblete was travelling to Taltal on Saturday to oversee the response.

(Reporting by Camila Arancibia in Santiago; Editing by Robert Hale)
""",
}

EQ_HERALD = {
    "path": "/chile/2026/06/28/taltal-earthquake-counts-cost/",
    "headline": "Taltal counts the cost after the strongest quake in the north in years",
    "standfirst": "Two people died and 131 homes were damaged by Friday night's magnitude 6.9 "
                  "earthquake. Adobe houses in the old town took the worst of it",
    "description": "Taltal and Paposo begin cleaning up after Friday's magnitude 6.9 "
                   "earthquake, which killed two people and damaged 131 homes.",
    "section": "Chile", "date_mode": "jsonld", "pub": "2026-06-28T07:00:00-04:00",
    "authors": ["Josefina Ochsenius"],
    "visible_date": "Sunday 28 June 2026",
    "byline": "By Josefina Ochsenius in Taltal",
    "readtime": "7 min read", "comments": 23,
    "bio": "Josefina Ochsenius covers mining, energy and the north of Chile.",
    "image": ("Residents remove rubble from a collapsed adobe house in Taltal on Saturday.",
              "Photo: Daniela Choque for The Andes Herald"),
    "mostread": [
        ("Taltal counts the cost after the strongest quake in the north in years",
         "/chile/2026/06/28/taltal-earthquake-counts-cost/"),
        ("Santiago: air quality alert declared for Sunday", "/chile/air-alert/"),
        ("La Roja: new coach names squad for September friendlies", "/sport/la-roja-squad/"),
    ],
    "related": [
        ("Explainer: why the CSN and the USGS give different magnitudes",
         "/science/2026/06/27/magnitude-explainer/"),
        ("Live: earthquake off Taltal (archive)", "/chile/2026/06/27/live-earthquake/"),
        ("How Chile's building code saves lives", "/chile/building-code/"),
    ],
    "body": """
By Saturday afternoon, the street where Rosa Olivares has lived for 41 years looked as though a
giant had walked down it. Three adobe houses had lost their front walls, exposing kitchens and
bedrooms to the cold wind coming off the Pacific. "It lasted forever," said Ms Olivares, 67,
standing in front of what remained of her neighbour's home. "I thought the sea would come."

It did not. But Friday night's earthquake, which struck at 23:47 with its epicentre in the ocean
42 km southwest of Taltal, was the strongest to hit this stretch of the northern coast in years.
The National Seismological Center (CSN) measured it at magnitude 6.9; the U.S. Geological
Survey, using its own methods, put it at 6.8.

Two people died. A 74-year-old man suffered a fatal heart attack during the shaking, and a
58-year-old woman was killed in Paposo, a fishing village about 50 km north of Taltal, when a
wall collapsed on her. By Saturday evening, the national disaster service, SENAPRED, had counted
27 people injured, three of whom remained in hospital, and 131 damaged homes, nine of them
uninhabitable. Its first report on Saturday morning had listed 19 injured and 64 damaged homes;
officials warned then that the numbers would rise as inspectors reached outlying areas.

## A night on the hills

Within minutes of the quake, sirens sounded along the seafront and SENAPRED ordered a
precautionary evacuation of the coast. Hundreds of families climbed to the safe zones on the
hills above the town. They came down shortly before 01:30, after the Navy's hydrographic
service, SHOA, ruled out a tsunami and the order was lifted.

"People know what to do here. Nobody waited to be told twice," said Mayor Jorge Castillo Vera,
who spent the night at the municipal emergency centre. "What we need now is help for the
families who have lost their homes."

Interior Minister Daniela Poblete visited Taltal on Saturday and promised emergency housing
grants. SENAPRED's director, Álvaro Hormazábal, said a team of structural engineers would
inspect every damaged building by Tuesday.

## Lights back on, roads reopened

The earthquake left about 58,000 electricity customers without power at its peak, mostly in the
Antofagasta region but also in the north of the Atacama region. By Saturday night, the
Superintendency of Electricity and Fuels said about 1,200 remained disconnected, almost all in
rural areas south of Taltal.

Route 1, the coastal road between Taltal and Paposo, was closed for much of Saturday morning by
rockfalls and reopened in one lane in the early afternoon. Minera Quebrada Azul, which halted
its Cerro Negro Sur copper mine as a precaution, said operations resumed on Saturday afternoon
after inspections found no structural damage.

The ground has not stopped moving. The CSN had recorded 118 aftershocks by 22:00 on Saturday,
the strongest a magnitude 5.1 in the early hours. Seismologists say aftershocks of magnitude 5
or more remain possible for weeks.

## A warning from the north

For scientists, the earthquake is a reminder of the pressure building along the boundary between
the Nazca and South American plates. The region around Antofagasta was last hit by a great
earthquake in 1995, when a magnitude 8.0 quake struck, and the 2014 Iquique earthquake, of
magnitude 8.2, ruptured a segment further north.

"A 6.9 does not release the stress of a segment capable of producing an 8," said Paula
Ruiz-Tagle, deputy director of the CSN. "This was a strong earthquake, but it was not the big
one, and it does not make the big one less likely."
""",
}

EQ_SPEC = {
    "path": "/latest/m6-9-offshore-taltal-chile-interface-event/",
    "headline": "M6.9 offshore Taltal, Chile: an interface thrust event on the northern margin",
    "standfirst": "Why the CSN and the USGS differ, what the aftershock sequence tells us, and "
                  "where this fits in the seismic history of northern Chile.",
    "description": "Technical summary of the magnitude 6.9 (CSN) / 6.8 (USGS) earthquake off "
                   "Taltal, northern Chile.",
    "section": "Latest quakes", "date_mode": "none",
    "byline": "By Dr Marta Villalón Krause",
    "tags": ["Chile", "Subduction zone", "Event summary"],
    "keynumbers": [
        ("Origin time", "03:47 UTC, 27 June 2026 (23:47 local, 26 June)"),
        ("Magnitude", "6.9 (CSN) · 6.8 Mww (USGS)"),
        ("Depth", "31 km (CSN) · 35 km (USGS)"),
        ("Location", "42 km SW of Taltal (CSN) · 39 km WSW of Taltal (USGS)"),
        ("Largest aftershock", "M5.1"),
    ],
    "related": [
        ("M5.6 Arequipa, Peru: intermediate-depth event", "/latest/m5-6-arequipa/"),
        ("Explainer: local magnitude vs moment magnitude", "/explainers/magnitude-scales/"),
        ("Tsunami: why SHOA ruled it out", "/tsunami/shoa-taltal/"),
    ],
    "mostread": [
        ("The seismic gap in northern Chile, explained", "/tectonics/northern-chile-gap/"),
        ("How many aftershocks should we expect?", "/explainers/aftershock-forecasts/"),
    ],
    "body": """
A large earthquake occurred offshore northern Chile at 03:47 UTC on 27 June 2026, which was
23:47 local time on Friday, 26 June. Chile's National Seismological Center (Centro Sismológico
Nacional, CSN) located the epicentre 42 km southwest of Taltal at a depth of 31 km and gave a
magnitude of 6.9, revised from an automatic preliminary 7.0. The U.S. Geological Survey reports
a moment magnitude (Mww) of 6.8, a depth of 35 km and an epicentre 39 km (24 miles)
west-southwest of Taltal.

## Why the numbers differ

Differences of this size between agencies are routine. The CSN and the USGS use different
station networks and different velocity models, and the first solutions are computed within
minutes from partial data. A 0.1 difference in magnitude and a few kilometres in location and
depth are well within the uncertainties. Neither figure is "wrong"; both agencies may still
revise their solutions as more data are processed.

The USGS W-phase moment tensor shows a shallow-dipping thrust mechanism, consistent with slip on
the interface between the subducting Nazca plate and the overriding South American plate. The
Nazca plate converges with South America here at roughly 65 to 70 mm per year, one of the
fastest subduction rates on Earth.

## Shaking and impacts

Reported intensities reached VII on the Modified Mercalli scale in Taltal, VI in the city of
Antofagasta and in Chañaral, and V in Copiapó. That is consistent with an event of this size at
this depth: strong enough to damage vulnerable masonry, especially adobe, but not modern
reinforced structures built to Chile's seismic code. Chilean authorities reported two deaths,
one from a heart attack and one from a collapsed wall.

The Navy's Hydrographic and Oceanographic Service (SHOA) ruled out a tsunami threat within an
hour. An interface event of M6.9 at about 30 km depth can generate a small local tsunami, but
the expected amplitudes are centimetres, and tide gauges at Taltal and Chañaral recorded nothing
significant.

## Aftershocks

The sequence has been productive but not unusual. The CSN catalogued 46 aftershocks in the first
eight hours or so and 118 by late on 27 June local time. The largest so far, M5.1, occurred at
05:12 UTC (01:12 local), about 85 minutes after the mainshock.

Using standard statistical models for subduction sequences, the probability of an aftershock of
M6 or greater in the following week is on the order of 5 to 10%, and the chance that this event
is a foreshock to something larger is small, a few percent, but not zero.

## Context

The Taltal event sits in a segment of the margin between the rupture zones of the 1995
Antofagasta earthquake (Mw 8.0) to the north and the great 1922 Vallenar earthquake (about Mw
8.5) to the south. Parts of this stretch have not ruptured in a great earthquake for more than a
century, which is why seismologists watch it closely.

An M6.9 releases only a small fraction of the strain accumulated on a segment capable of an M8
event. In energy terms, an M8.0 releases roughly 45 times more than an M6.9. So while this
earthquake was damaging locally, it does not relieve the long-term hazard.

Further north, the 2014 Iquique earthquake (Mw 8.2) ruptured part of the long-recognised
northern Chile seismic gap, and in the centre of the country, the 2010 Maule earthquake (Mw 8.8)
remains the largest recorded in Chile this century.
""",
}

EQ_STORY = _story(
    "eq-DD6", "earthquake", "2026-06-29",
    [(ANTOHOY, EQ_LIVE), (MERIDIAN, EQ_WIRE), (HERALD, EQ_HERALD), (QUAKEDESK, EQ_SPEC)],
    [],
)

STORIES = [CB_STORY, EL_STORY, CT_STORY, TR_STORY, RK_STORY, EQ_STORY]
