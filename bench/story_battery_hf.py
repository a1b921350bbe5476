"""Story battery, part HF -- Japan and South Korea, events in 2026.

Written by engineer HF1 on 2026-12-07 for the twenty-fifth batch, a precision
batch: three controls with no planted disagreement at all, three stories with
three planted contradictions each, and plenty of legitimate variation
everywhere.  All outlets (``*.example``), reporters, companies, most officials
and all figures are invented.

cb-HF1  Bank of Japan raises its policy rate, Thursday 12 March 2026.  CONTROL.
        Outlets: wire, newspaper, broadcaster (no machine date), rates site.
        Traps: old rate 0.75% vs new rate 1%/"1.0%"/"a quarter of a percentage
        point"; vote 7-2 vs "seven votes to two"; decision 12:10 p.m. Tokyo vs
        03:10 GMT; press conference 3:30 p.m. vs 0630 GMT; yen at different
        moments (147.40 before, 146.20 just after, "around 146" in the
        afternoon, 145.85 late Tokyo, 145.60 New York, 145.62 ticker); 10-year
        JGB yield 1.62% intraday vs 1.58% close ("highest since 2008" / "18-year
        high"); Nikkei -0.6% intraday vs -1.1% close; core CPI 2.4% vs "just
        under 2.5%"; January outlook forecast 2.1% vs October's 1.9%; poll 38
        of 45 vs "most economists"; bond taper 200 billion yen a quarter vs
        about $1.4bn / GBP 1.1bn; real rate about minus 1.4%; Fed range
        3.50%-3.75%; economists' end points 1.25% vs 1.5% (attributed);
        macrons Ryota Okuda / Ryōta Ōkuda; "governor" / "BoJ chief"; weekday
        in some outlets, date in another; "highest since 1995" vs "in 31
        years"; Rengo 5.28% vs last year's 5.46%.

el-HF2  National Assembly by-election in Changwon Uichang, Wednesday 8 April
        2026.  Outlets: live blog, wire, newspaper, regional paper (no machine
        date).  PLANTED: final turnout 44.6% (live blog, wire, newspaper) vs
        46.4% (regional paper); runner-up's name Kim Tae-hoon (live blog, wire,
        regional) vs Kim Tae-hyun (newspaper); polling day Wednesday (live
        blog, wire, newspaper) vs "Tuesday's by-election" (regional paper).
        Traps: turnout at 3 p.m. 33.1% and 6 p.m. 41.9%; early voting 9.8% on
        Friday-Saturday / April 3 and 4; live-blog counts at 61% and 94%
        counted (54.1/40.8, 53.2/41.9) vs final 52.9/42.2; neighbourhood
        turnouts 51.2% and 40.3% vs district; Park's 58.6% in one neighbourhood;
        2024 district turnout 68.3%, national 67.0%, Bae's 56.4%; pre-election
        poll lead of 4 points vs result; margin 10.7 points vs "about 11
        points", 8,881 votes vs "nearly 9,000"; party ratings 41% vs 33%; polls
        closing 8 p.m. vs 11:00 GMT; concession 11:20 p.m. vs "shortly after
        11 p.m. (just after 1400 GMT)"; Park Seo-yeon vs Park Seoyeon; NEC vs
        National Election Commission vs district election commission.

ct-HF3  Supreme Court of Japan upholds PFAS groundwater damages against
        Kurobane Chemical, Friday 12 June 2026.  CONTROL.  Outlets: wire,
        newspaper, regional paper (no machine date).
        Traps: district court award 2.14 billion yen (2022) vs high court and
        final 1.86 billion yen; yen vs dollar ($12.7 million); 287 original
        plaintiffs vs 312 now (25 joined later); 4-1 vs "four-to-one" vs "four
        justices to one"; 2,100 ng per litre vs target of 50 (42 times);
        ruling 3 p.m. local vs 0600 GMT; weekday vs "June 12"; "presiding
        justice" vs "the justice who led the bench"; quotes excerpted; company's
        4.3 billion yen clean-up spending (attributed); individual awards as a
        range; share price move; 14 pending suits.

tr-HF4  South Korea's April 2026 exports, released Friday 1 May 2026.  CONTROL.
        Outlets: wire, broadcaster, trade-data site.
        Traps: exports $61.4 billion vs "about $61 billion", +8.7% vs 20-day
        preliminary customs data +6.2%; per-working-day growth 4.2% (24 vs 23
        days); forecast 7.5% vs outcome; March 5.9% revised from 6.1% (said);
        surplus $5.6 billion vs about 7.8 trillion won; chips $14.9 billion,
        +21.3% vs "more than a fifth", 24.3% share vs "almost a quarter"; cars
        -4.2%; release 9 a.m. Seoul vs midnight GMT; exports to China vs to the
        US vs other regions; 11th month of export growth vs 15th month of
        surplus vs sixth month of falling car exports to the US; "Minister of
        Trade, Industry and Energy" / "trade, industry and energy minister" /
        "industry minister"; won at 1,388 vs ticker 1,386.9; year-to-date
        $232.6 billion.

rk-HF5  Amanogawa Space's Tenryu rocket reaches orbit on its second flight,
        Tuesday 14 July 2026.  Outlets: wire, broadcaster (no machine date),
        specialist space site, regional paper.  PLANTED: liftoff at 11:08 a.m.
        (wire, space site, regional) vs 11:18 a.m. (broadcaster); launch site
        Kushimoto, Wakayama (wire, space site, regional) vs Taiki, Hokkaido
        (broadcaster); Haruto Minami called founder and chief executive / CEO
        (wire, broadcaster, regional) vs chief technology officer (space site).
        Traps: 11:08 a.m. JST vs 02:08 GMT / UTC; window opening 11:00; first
        flight March 2025 ended after 41 seconds vs the 12 July abort about 40
        seconds before liftoff; scrubs on Friday 10 / Sunday 12 July; orbit 500
        km vs 310 miles; deployment "about 52 minutes" vs "52 minutes and 30
        seconds" vs T+50:40 to T+52:30; height 19 m vs 62 ft; payload 150 kg vs
        330 lb vs capacity 170 kg; 38 billion yen vs $260 million; 1 billion
        yen vs $6.8 million per launch; spectators 6,200 (town) vs about 5,000
        (company, own site); the real CTO, Aya Kuroiwa, named as such in the
        wire; another firm's chief executive quoted.

eq-HF6  Magnitude 6.8 earthquake off Iwate prefecture, 2:14 a.m. Saturday 19
        September 2026.  Outlets: wire, live blog, newspaper, broadcaster (no
        machine date).  PLANTED: depth about 50 km (wire, live blog,
        broadcaster) vs about 30 km (newspaper); tsunami advisory "about three
        hours" (wire) vs "in force for about six hours" (live blog); the quote
        "We ask people not to return to coastal areas..." given to JMA official
        Satoshi Ikegami (wire, live blog, broadcaster) vs chief cabinet
        secretary Noriko Muraoka (newspaper).
        Traps: preliminary magnitude 6.6 revised to 6.8 (said revised); USGS
        6.7; 2:14 a.m. Saturday local vs 17:14 GMT Friday; intensity "upper 6"
        vs "6-plus"; injured 9 (7 a.m.) -> 17 (noon) -> 23 (evening); power
        cuts 41,000 peak -> 12,000 -> 5,800 -> 3,200 households; aftershocks
        "more than 20" by 6 a.m. -> 47 by 5 p.m.; tsunami 40 cm at Kuji vs 20 cm
        at Miyako; 50 km vs 31 miles; 40 cm vs 16 in; 2,900 evacuees vs 310
        remaining; 2011 "about 18,500 dead or missing" vs "more than 15,000
        killed"; Muraoka's own, different quote; advisory issued 2:17 a.m.,
        lifted 5:30 a.m.; shaking "40 seconds, maybe a minute" (a resident).
"""

from __future__ import annotations

import json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------
# page-building helpers
# --------------------------------------------------------------------------

def _esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _jsonld(a: dict) -> str:
    if not a.get("pub"):
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["headline"],
        "description": a["dek"],
        "datePublished": a["pub"],
        "dateModified": a.get("mod") or a["pub"],
        "author": [{"@type": "Person", "name": n} for n in a["authors"]],
        "publisher": {"@type": "Organization", "name": a["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{a['domain']}/static/logo.png"}},
        "mainEntityOfPage": a["url"],
        "articleSection": a.get("section", "News"),
        "inLanguage": "en",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _head(a: dict) -> str:
    t = f"{a['headline']} | {a['site']}"
    meta_dates = ""
    if a.get("pub"):
        meta_dates = (f'<meta property="article:published_time" content="{a["pub"]}">\n'
                      f'<meta property="article:modified_time" content="{a.get("mod") or a["pub"]}">\n')
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(t)}</title>
<meta name="description" content="{_esc(a['dek'])}">
<link rel="canonical" href="{a['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_esc(a['site'])}">
<meta property="og:title" content="{_esc(a['headline'])}">
<meta property="og:description" content="{_esc(a['dek'])}">
<meta property="og:url" content="{a['url']}">
<meta property="og:image" content="https://{a['domain']}/img/{a.get('img', 'lead')}.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@{a['domain'].split('.')[0]}">
{meta_dates}<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" href="https://{a['domain']}/assets/{a['kind']}.css">
<script async src="https://ads.adnet.example/tag.js"></script>
{_jsonld(a)}
</head>"""


_COOKIE = {
    "wire": ('<div id="consent" class="consent-bar" role="dialog">We use cookies to '
             'measure readership and to keep you signed in. <a href="/privacy">Privacy '
             'notice</a> <button>Accept</button> <button>Reject non-essential</button></div>'),
    "paper": ('<div class="cmp-banner"><p>Your privacy matters to us. We and our '
              'partners store and access information on your device to show '
              'personalised ads and content, and to measure them.</p><button '
              'class="cmp-ok">Agree and continue</button> <a href="/cookies">Manage '
              'choices</a></div>'),
    "broadcast": ('<div class="cookie-modal" aria-modal="true"><h2>Cookies on '
                  'this site</h2><p>We use essential cookies to make our services '
                  'work and optional ones to improve them.</p><button>Accept all</button>'
                  '<button>Settings</button></div>'),
    "live": ('<div class="gdpr"><span>This live page uses cookies to refresh '
             'automatically.</span> <button>OK</button></div>'),
    "trade": ('<aside class="cookie-note">By continuing to browse you agree to our '
              'use of cookies. <a href="/legal/cookies">Learn more</a> '
              '<button>Dismiss</button></aside>'),
    "regional": ('<div id="cookie-law"><p>We use cookies. Some are necessary; others '
                 'help us understand how you use the site.</p><button id="ck-yes">Yes, '
                 'fine</button><button id="ck-no">No thanks</button></div>'),
}

_NAV = {
    "wire": ["World", "Business", "Markets", "Asia", "Technology", "Sustainability", "Graphics"],
    "paper": ["Home", "Nation", "World", "Economy", "Opinion", "Culture", "Sport", "Puzzles"],
    "broadcast": ["Home", "News", "Video", "Live", "Weather", "Programmes", "Radio"],
    "live": ["Latest", "Live", "Politics", "Economy", "Explainers"],
    "trade": ["News", "Launch", "Satellites", "Defence", "Industry", "Jobs", "Events"],
    "regional": ["Local", "Prefecture", "Business", "Community", "Sports", "Obituaries", "E-paper"],
}


def _ad(slot: str, kind: str) -> str:
    if kind == "paper":
        return (f'<div class="ad ad--inline" data-slot="{slot}"><span class="ad__label">'
                f'Advertisement</span><div class="ad__unit"></div></div>')
    if kind == "broadcast":
        return f'<div class="advert" id="{slot}"><small>ADVERTISEMENT</small></div>'
    if kind == "regional":
        return (f'<div class="sponsor-box" id="{slot}"><p class="sponsor-label">'
                f'Advertisement</p><p>Support local journalism - subscribe from '
                f'just 980 yen a month.</p></div>')
    return f'<div class="ad-slot" id="{slot}" aria-hidden="true">Advertisement</div>'


def _block(p: str) -> str:
    if p.startswith("## "):
        return f"<h2>{p[3:]}</h2>"
    if p.startswith("> "):
        return f'<blockquote class="pull"><p>{p[2:]}</p></blockquote>'
    if p.startswith("[fig] "):
        cap = p[6:]
        return (f'<figure class="inline"><img src="/img/inline.jpg" alt="">'
                f'<figcaption>{cap}</figcaption></figure>')
    if p.startswith("[box] "):
        return f'<aside class="factbox">{p[6:]}</aside>'
    return f"<p>{p}</p>"


def _body(paras: list[str], kind: str, every: int = 4) -> str:
    out = []
    for i, p in enumerate(paras, 1):
        out.append(_block(p))
        if i % every == 0 and i < len(paras):
            out.append(_ad(f"mid-{i // every}", kind))
    return "\n".join(out)


def _share(kind: str) -> str:
    if kind in ("wire", "trade"):
        return ('<div class="share"><a href="#" class="share-x">Share on X</a> '
                '<a href="#" class="share-li">LinkedIn</a> <a href="#" '
                'class="share-mail">Email</a> <button class="copy">Copy link</button></div>')
    return ('<ul class="share-tools"><li><a href="#">Facebook</a></li><li><a href="#">'
            'X</a></li><li><a href="#">LINE</a></li><li><a href="#">WhatsApp</a></li>'
            '<li><button>Save</button></li></ul>')


def _related(items: list[str], kind: str) -> str:
    lis = "".join(f'<li><a href="/{kind}/{i}">{t}</a></li>'
                  for i, t in enumerate(items, 101))
    title = {"wire": "Related coverage", "paper": "More on this story",
             "broadcast": "Related stories", "live": "Catch up",
             "trade": "Read next", "regional": "You may also like"}[kind]
    return f'<section class="related"><h3>{title}</h3><ul>{lis}</ul></section>'


def _newsletter(a: dict) -> str:
    blurb = a.get("newsletter") or f"The day's top stories from {a['site']}, every morning."
    return (f'<section class="newsletter"><h3>Sign up</h3><p>{blurb}</p><form '
            f'action="/subscribe"><input type="email" placeholder="Your email address">'
            f'<button>Subscribe</button></form><p class="fine">You can unsubscribe '
            f'at any time.</p></section>')


def _footer(a: dict) -> str:
    return (f'<footer class="site-footer"><nav><a href="/about">About us</a> '
            f'<a href="/contact">Contact</a> <a href="/corrections">Corrections</a> '
            f'<a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> '
            f'<a href="/advertise">Advertise</a></nav><p>&copy; {a["site"]}. All rights '
            f'reserved. Reproduction without permission is prohibited.</p></footer>')


def _byline(a: dict) -> str:
    names = " and ".join(a["authors"])
    role = a.get("role", "")
    role = f'<span class="role">{role}</span>' if role else ""
    if a.get("pub"):
        stamp = (f'<time datetime="{a["pub"]}">{a["visible"]}</time>')
    else:
        stamp = f'<span class="stamp">{a["visible"]}</span>'
    return f'<div class="byline">By <span class="author">{names}</span> {role} {stamp}</div>'


def _lead_figure(a: dict) -> str:
    if not a.get("caption"):
        return ""
    return (f'<figure class="lead"><img src="https://{a["domain"]}/img/{a.get("img", "lead")}.jpg" '
            f'alt=""><figcaption>{a["caption"]}</figcaption></figure>')


def _html(a: dict) -> str:
    kind = a["kind"]
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in _NAV[kind])
    head = _head(a)
    top = (f'<header class="masthead masthead--{kind}"><a class="logo" href="/">'
           f'{a["site"]}</a><nav><ul>{nav}</ul></nav><a class="subscribe" '
           f'href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>')
    if kind == "broadcast":
        top += '<div class="breaking-strip"><a href="/live">Watch live</a></div>'
    if a.get("ticker"):
        top += f'<div class="ticker">{a["ticker"]}</div>'
    crumbs = f'<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; {a.get("section", "News")}</div>'
    if kind == "live":
        entries = []
        for stamp, iso, title, paras in a["entries"]:
            t = (f'<time datetime="{iso}">{stamp}</time>' if iso else f'<span class="t">{stamp}</span>')
            ttl = f"<h3>{title}</h3>" if title else ""
            inner = "\n".join(_block(p) for p in paras)
            entries.append(f'<article class="live-post">{t}{ttl}\n{inner}\n{_share("live")}</article>')
        main_body = ('<div class="live-status"><span class="dot"></span>LIVE</div>'
                     + ('<div class="summary"><h2>Key points</h2><ul>'
                        + "".join(f"<li>{k}</li>" for k in a.get("keypoints", []))
                        + "</ul></div>")
                     + '\n' + _ad("live-top", kind) + '\n' + "\n".join(entries))
    else:
        main_body = _body(a["paras"], kind, a.get("every", 4))
    dateline = a.get("dateline", "")
    if dateline and kind != "live":
        main_body = main_body.replace("<p>", f'<p><span class="dateline">{dateline}</span> ', 1)
    tags = "".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}">{t}</a>'
                   for t in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="article {kind}">
{_COOKIE[kind]}
{top}
{_ad("leaderboard", kind)}
<main>
{crumbs}
<article class="story">
<h1>{a['headline']}</h1>
<p class="dek">{a['dek']}</p>
{_byline(a)}
{_share(kind)}
{_lead_figure(a)}
<div class="story-body">
{main_body}
</div>
<div class="tags">{tags}</div>
{a.get('endnote', '')}
{_share(kind)}
</article>
<aside class="rail">
{_ad("rail-1", kind)}
{_related(a.get('related', []), kind)}
{_newsletter(a)}
{_ad("rail-2", kind)}
</aside>
</main>
{_footer(a)}
</body>
</html>
"""


def _art(**kw) -> dict:
    return _page(kw["url"], _html(kw))


# ==========================================================================
# cb-HF1 -- Bank of Japan, 12 March 2026 (CONTROL)
# ==========================================================================

_CB1 = _art(
    kind="wire", site="Kaiho Wire", domain="kaihowire.example",
    url="https://kaihowire.example/markets/asia/boj-lifts-rates-to-1-highest-since-1995-2026-03-12/",
    headline="Bank of Japan lifts rates to 1%, highest since 1995, in split vote",
    dek="Two board members dissent; yen firms and bond yields climb after the decision",
    section="Markets", authors=["Emi Tsujimoto", "Liam Cardew"],
    pub="2026-03-12T03:24:00+00:00", mod="2026-03-12T05:02:00+00:00",
    visible="March 12, 2026 3:24 AM GMT &middot; Updated 05:02 GMT",
    dateline="TOKYO, March 12 (Kaiho Wire) -",
    caption="The Bank of Japan headquarters in Tokyo's Nihonbashi district. File photo.",
    tags=["Bank of Japan", "Interest rates", "Yen", "Japan economy"],
    related=["Yen firms as BOJ hikes; traders eye April outlook report",
             "Explainer: how the Bank of Japan sets its policy rate",
             "Rengo's first wage tally shows another year of 5%-plus raises"],
    paras=[
        "The Bank of Japan raised its short-term policy rate to 1.0% from 0.75% on Thursday, taking borrowing costs to their highest level since 1995 and signalling that it expects broadening wage gains to keep inflation around its 2% target.",
        "The decision, announced at 12:10 p.m. Tokyo time at the end of a two-day policy meeting, was carried by seven votes to two. Board members Ryota Okuda and Mei Haneda dissented, proposing instead that the rate be held at 0.75% until the bank could better judge how higher overseas tariffs are feeding through to exporters' earnings.",
        "The yen firmed on the news, strengthening to 146.20 per dollar from around 147.40 just before the announcement. The yield on the benchmark 10-year Japanese government bond rose as much as 5 basis points to 1.62%, its highest since 2008, before easing slightly.",
        "Tokyo stocks slipped. The Nikkei share average was down 0.6% in afternoon trade, with real estate and utility shares, which are sensitive to borrowing costs, among the weakest performers while bank stocks gained.",
        "A Kaiho Wire poll of 45 economists published last week had found that 38 expected a quarter-point increase at this meeting, with the rest forecasting a move at the April meeting.",
        "\"The statement was more confident on wages than we expected,\" said Yui Nakagawa, chief economist at Sakuragi Securities in Tokyo. \"They are not pre-committing to anything, but the door is clearly open to another step in the second half of the year.\"",
        "## A gradual path",
        "Thursday's move is the central bank's first since December, when it lifted the rate to 0.75% from 0.5%. The BOJ ended eight years of negative interest rates in March 2024 and has since raised rates in small steps, each time stressing that real borrowing costs remain deeply negative and that financial conditions stay accommodative.",
        "In its policy statement the bank said it would keep trimming its monthly purchases of government bonds by about 200 billion yen each quarter, in line with the plan it laid out last June, and would review the pace of the reduction at an interim assessment in June.",
        "Core consumer prices, which exclude volatile fresh food, rose 2.4% in January from a year earlier, keeping inflation at or above the bank's target for nearly four years. Services prices, which policymakers watch as a gauge of domestic demand, have been rising steadily as companies pass on higher labour costs.",
        "Spring wage negotiations point the same way. Rengo, Japan's largest federation of labour unions, said last Friday that its first tally showed members' pay rising by an average of 5.28% this year, compared with 5.46% at the same stage a year earlier.",
        "Some economists warn that tariffs on Japanese cars and machinery could weigh on profits and, in turn, on next year's wage round. Okuda and Haneda pointed to that risk in their dissent, according to the bank's statement.",
        "Finance Minister Takuma Hoshino told reporters that the government would \"continue to work closely with the bank\" to achieve sustainable price stability, and declined to comment on currency levels.",
        "Governor Kenji Morikawa is scheduled to hold a news conference at 3:30 p.m. local time (0630 GMT). The bank next meets on April 27-28, when it will also publish its quarterly outlook report with fresh growth and price forecasts.",
    ],
    endnote='<p class="credit">(Reporting by Emi Tsujimoto and Liam Cardew; additional reporting by Sho Arakawa; editing by Priya Menon)</p>',
)

_CB2 = _art(
    kind="paper", site="The Tokyo Ledger", domain="tokyoledger.example",
    url="https://www.tokyoledger.example/business/2026/03/12/boj-rate-hike-morikawa-wages/",
    headline="Morikawa says wages justify BOJ's move to 1% as two members object",
    dek="The governor insists there is no preset timetable for further increases, but markets read the door as open",
    section="Business", authors=["Hiroko Sanada"], role="Senior Economics Correspondent",
    pub="2026-03-12T19:15:00+09:00",
    mod="2026-03-12T21:40:00+09:00",
    visible="March 12, 2026 at 19:15 JST (updated 21:40)",
    caption="Governor Kenji Morikawa speaks at a news conference at the Bank of Japan on Thursday afternoon.",
    img="morikawa-presser",
    tags=["Monetary policy", "Bank of Japan", "Mortgages"],
    related=["Editorial: Higher rates are a test of fiscal discipline",
             "What a 1% policy rate means for variable-rate mortgage holders",
             "Bond yields at 18-year high as BOJ tightens"],
    paras=[
        "Bank of Japan Governor Kenji Morikawa said on Thursday that wage increases spreading beyond the country's largest employers had given the central bank the confidence to raise its policy rate to 1%, even as two of the nine board members argued for waiting.",
        "\"Underlying inflation is moving steadily toward our 2% target, and wage increases are spreading beyond large companies,\" Morikawa told reporters at the bank's Tokyo headquarters. \"Adjusting the degree of monetary accommodation at this point is appropriate.\"",
        "The quarter-point increase, from 0.75%, was approved by a vote of seven to two. Board members Ryōta Ōkuda and Mei Haneda proposed keeping the rate unchanged, citing uncertainty over the effect of overseas trade measures on corporate profits. It was the first time since the bank began normalising policy that two members had dissented against a hike.",
        "Morikawa played down suggestions that the bank had set out on a fixed path. \"We will not move on a preset schedule,\" he said. \"If the economy and prices develop in line with our outlook, we will continue to raise the policy rate. That condition matters.\"",
        "Markets nonetheless took the message as hawkish. The yen, which had traded around 147.40 per dollar before the announcement, stood at 145.85 late in Tokyo trading. The yield on the 10-year government bond closed at 1.58% after touching 1.62% earlier in the session, the highest since 2008. The Nikkei Stock Average ended down 1.1% at 38,912.40.",
        "## Real rates still negative",
        "Even after Thursday's move, borrowing costs remain low once inflation is taken into account. With core consumer prices rising 2.4% in January, the real policy rate is still around minus 1.4%, a point Morikawa stressed repeatedly.",
        "\"Real interest rates remain significantly negative, and accommodative financial conditions will continue to firmly support economic activity,\" he said.",
        "In its January outlook report, the bank projected core inflation of 2.1% for fiscal 2026, up from the 1.9% it had forecast in October. Deputy Governor Sayaka Ishiguro said last month that the board would look closely at whether firms planned to raise prices again in the new fiscal year starting in April.",
        "The bank's last increase came in December, when it raised the rate to 0.75%. Before that, it ended its negative interest rate policy in March 2024 and raised rates in July 2024 and January 2025. Thursday's decision leaves the policy rate at a level last seen 31 years ago.",
        "## Households and borrowers",
        "The immediate effect will be felt by borrowers with variable-rate mortgages, who account for roughly seven in ten new home loans. Sanwa Kaiun Bank, a regional lender, said shortly after the announcement that it would raise its short-term prime rate by 0.25 percentage point from April.",
        "Savers, on the other hand, stand to benefit. Several online banks said they were reviewing ordinary deposit rates, which had already climbed to 0.3% or more at some institutions after December's move.",
        "\"For a generation of Japanese, interest on savings has been something their parents talked about,\" said Kaori Fujimaki, a personal-finance adviser in Yokohama. \"People should look at their loans and their deposits together and not panic.\"",
        "Finance Minister Takuma Hoshino said the government respected the central bank's independence. Asked about the costs of servicing Japan's public debt, which exceeds twice the size of the economy, he said the ministry had \"already built higher interest rates into its assumptions\" for the coming budget.",
        "The Bank of Japan will next meet on April 27 and 28.",
    ],
    newsletter="Get The Ledger's Morning Briefing on markets and the economy.",
)

_CB3 = _art(
    kind="broadcast", site="PBC News", domain="pbcnews.example",
    url="https://pbcnews.example/news/business-68812304",
    headline="Japan's central bank raises interest rates to highest level in 31 years",
    dek="The Bank of Japan has raised its key rate to 1%, a move that will push up mortgage costs for millions of households",
    section="Business", authors=["Tom Ashdown"], role="Asia business reporter",
    pub=None, visible="Updated 3 hours ago",
    caption="Shoppers in Tokyo's Ameyoko market. Prices of food and daily goods have been rising for several years.",
    img="ameyoko",
    tags=["Japan", "Interest rates", "Cost of living"],
    related=["Why Japan's yen has been so weak - and why it matters",
             "Japan's workers win biggest pay rises in decades",
             "Watch: what higher rates mean for Tokyo home buyers"],
    every=3,
    paras=[
        "Japan's central bank has raised interest rates to their highest level in 31 years, as it bets that rising wages will allow the country to leave decades of falling prices firmly behind.",
        "The Bank of Japan (BoJ) increased its benchmark rate by a quarter of a percentage point to 1%. The announcement came at 03:10 GMT on Thursday, after a two-day meeting of its policy board.",
        "Not everyone on the board agreed. The decision was passed 7-2, with two members, Ryota Okuda and Mei Haneda, arguing that it would be better to wait and see how global trade tensions affect Japanese businesses.",
        "Core inflation, which strips out the cost of fresh food, was just under 2.5% in January - above the bank's 2% target, which it has now exceeded for nearly four years.",
        "For most of the past three decades Japan struggled with the opposite problem: prices that stayed flat or fell, which discouraged spending and investment. The BoJ kept rates at or below zero for much of that time and only began raising them in 2024.",
        "At a news conference in Tokyo later in the day, BoJ chief Kenji Morikawa said wage increases were spreading from big companies to smaller ones, making it appropriate to \"adjust the degree of monetary accommodation\".",
        "He also said the bank would not follow a fixed timetable for further rises.",
        "## What does it mean for people in Japan?",
        "Around seven out of ten new home loans in Japan are on variable rates, so the move is likely to push up monthly payments for many borrowers within months.",
        "Kazuki Ota, who runs a small bakery in Tokyo's Sumida ward and has a variable-rate loan on his shop, said he was already paying noticeably more than two years ago. \"Flour, butter, electricity - everything went up. Now the loan too,\" he said. \"I understand why they're doing it, but small businesses feel it first.\"",
        "Savers, on the other hand, are beginning to earn something on their deposits for the first time in years.",
        "The BoJ last raised rates in December, to 0.75%. Before 2024 its short-term rate had been below zero for eight years, a policy designed to encourage lending and spending that critics said had squeezed banks and savers without delivering lasting inflation.",
        "The bank also said it would keep slowly reducing the amount of government bonds it buys each month - by about 200 billion yen (roughly $1.4bn; &pound;1.1bn) every three months.",
        "## Yen strengthens",
        "The Japanese currency rose against the US dollar after the decision, trading at around 146 yen to the dollar in the afternoon. A weak yen has made imports such as fuel and food more expensive for Japanese households, and has been a political headache for the government.",
        "Japan's Finance Minister, Takuma Hoshino, said the government respected the bank's independence.",
        "Economists expect at least one more rise this year. \"The bank has shown it is prepared to move even with dissent on the board,\" said Yui Nakagawa of Sakuragi Securities. \"That tells you how seriously it takes the wage data.\"",
    ],
)

_CB4 = _art(
    kind="trade", site="RateWatch Asia", domain="ratewatch-asia.example",
    url="https://ratewatch-asia.example/central-banks/japan/boj-one-percent-what-next",
    headline="The BOJ's 1% moment: dissent, guidance and where the terminal rate sits",
    dek="Analysis: a 7-2 vote, firm guidance on wages and a yen rally leave economists split between 1.25% and 1.5% as the end point",
    section="Central banks", authors=["Marcus Oyelaran"], role="Rates editor",
    pub="2026-03-13T01:00:00+00:00",
    visible="13 Mar 2026 &middot; 6 min read",
    caption="Chart: BOJ policy rate since 2024 (per cent). Source: Bank of Japan, RateWatch Asia.",
    img="boj-chart",
    tags=["BOJ", "JGBs", "USD/JPY", "Terminal rate"],
    related=["Fed watch: how far the dollar-yen gap has narrowed",
             "Poll tracker: economists' BOJ calls, March 2026",
             "Podcast: Japan's bond market after QE"],
    newsletter="RateWatch Daily: central-bank decisions and the numbers behind them, before Asia opens.",
    ticker="USD/JPY 145.62 &nbsp; JGB 10Y 1.57% &nbsp; UST 10Y 4.11% &nbsp; EUR/USD 1.0914",
    paras=[
        "The Bank of Japan's quarter-point increase on March 12 was the most widely telegraphed move of its tightening cycle, but the details of Thursday's decision still gave markets plenty to chew on.",
        "The policy rate now stands at 1%, up from 0.75%, the highest since 1995. The vote was 7-2, the first time two board members - Ryota Okuda and Mei Haneda - have jointly opposed an increase since the bank abandoned negative rates in March 2024. Both preferred to hold at 0.75% until the effects of overseas tariffs on exporters become clearer.",
        "Most economists had expected the move; Kaiho Wire's pre-meeting poll found 38 of 45 forecasting a hike in March. What was less expected was the tone of the statement, which described wage gains as \"broadening across firms of different sizes\" - language that economists read as a deliberate nod to the small and medium-sized businesses that employ about seven in ten Japanese workers.",
        "## The guidance",
        "At his news conference at 3:30 p.m. Tokyo time, Governor Kenji Morikawa repeated the bank's standard formula that it would keep raising rates if its outlook is realised, while insisting there was no \"preset schedule\". In our reading, the governor spent more time explaining why real rates remain negative - about minus 1.4% with core inflation at 2.4% - than on any risk to the outlook.",
        "That emphasis matters for the end point. Yui Nakagawa, chief economist at Sakuragi Securities, expects one more increase, to 1.25%, by October and a pause thereafter. Daniel Ferreira, Asia rates strategist at Harborline Capital in Singapore, sees the rate reaching 1.5% by the middle of 2027, arguing that the bank's own estimates of the neutral rate, which range from about 1% to 2.5% in nominal terms, leave room to keep going.",
        "\"The floor of the neutral range is basically where they are now,\" Ferreira said. \"Thursday's statement doesn't read like a central bank that thinks it has arrived.\"",
        "Overnight index swaps on Friday morning priced roughly a 60% chance of another quarter-point move by the July meeting, up from about 45% before the decision.",
        "## Market reaction",
        "The yen, which traded near 147.40 per dollar before the announcement, ended the Tokyo session around 145.85 and extended gains in New York, where it touched 145.60 overnight. Ten-year JGB yields hit 1.62% intraday, an 18-year high, before closing at 1.58%.",
        "The narrowing rate gap with the United States is part of the story. With the Federal Reserve's target range at 3.50%-3.75%, the policy differential has shrunk to about 2.5 to 2.75 percentage points, compared with more than 5 points at its widest in 2023.",
        "On balance sheet policy, the bank left its bond taper unchanged: monthly JGB purchases will keep falling by about 200 billion yen per quarter, roughly $1.4 billion at current exchange rates, with an interim review due in June.",
        "## What to watch",
        "The April 27-28 meeting brings the quarterly outlook report. In January the bank projected core CPI inflation of 2.1% for fiscal 2026; economists we spoke to expect that figure to be nudged up. Rengo's final wage tally, due in early July, will show whether the 5.28% headline from the first count holds as smaller unions report.",
        "For now, the message from Thursday is that a split board has not slowed the bank down - and that the dissenters' concern is about timing, not direction.",
    ],
)

STORY_1 = _story("cb-HF1", "central bank", "2026-03-14", [_CB1, _CB2, _CB3, _CB4], [])


# ==========================================================================
# el-HF2 -- Changwon Uichang by-election, 8 April 2026 (PLANTED)
# ==========================================================================

_EL1 = _art(
    kind="live", site="Hangang Herald", domain="hangangherald.example",
    url="https://www.hangangherald.example/live/2026/04/08/changwon-uichang-by-election-live",
    headline="Changwon Uichang by-election live: Democrat Park Seo-yeon takes conservative stronghold",
    dek="Live updates as votes are counted in the only National Assembly by-election of the spring",
    section="Politics", authors=["Yoon Ji-ah", "Seo Dong-hyun"],
    pub="2026-04-08T18:00:00+09:00", mod="2026-04-09T01:05:00+09:00",
    visible="Last updated April 9, 2026, 01:05 KST",
    caption="Election officials sort ballots at a counting centre in Changwon on Wednesday night.",
    img="count-centre",
    tags=["By-election", "National Assembly", "Democratic Party", "People Power Party"],
    related=["Why Changwon Uichang went to the polls", "Who is Park Seo-yeon?",
             "Early voting turnout hits 9.8% in Uichang"],
    keypoints=[
        "Democratic Party candidate Park Seo-yeon wins the Changwon Uichang seat with 52.9% of the vote",
        "People Power Party's Kim Tae-hoon concedes at 11:20 p.m.",
        "Final turnout 44.6%, according to the National Election Commission",
        "The seat has been held by conservatives since it was created in 2016",
    ],
    entries=[
        ("01:05", "2026-04-09T01:05:00+09:00", "Final result confirmed", [
            "The National Election Commission has confirmed the final count. Park Seo-yeon (Democratic Party) 43,907 votes, 52.9%; Kim Tae-hoon (People Power Party) 35,026 votes, 42.2%; Jung Min-ho (Progressive Party) 4,067 votes, 4.9%.",
            "Park's margin is 8,881 votes, or 10.7 percentage points. Of 187,420 registered voters, 83,589 cast ballots, for a final turnout of 44.6%.",
            "That's all from our live coverage tonight. Our full report and analysis will follow in the morning.",
        ]),
        ("00:05", "2026-04-09T00:05:00+09:00", "94% counted", [
            "With 94% of ballots counted, Park has 53.2% against Kim's 41.9%. Jung Min-ho is on 4.9%. As expected, the gap has narrowed a little as polling-day boxes from the rural north come in.",
        ]),
        ("23:35", "2026-04-08T23:35:00+09:00", "Park: 'Uichang voted for change'", [
            "Park Seo-yeon has spoken to supporters at her campaign office near Changwon's Uichang-dong. \"The people of Uichang asked for a lawmaker who will work for them, not for a faction,\" she said, to chants of her name. \"I will go to the National Assembly tomorrow and start with the shipyard subcontractors' wage arrears.\"",
            "She thanked volunteers by name and said she had called Kim to thank him for \"a hard but fair campaign\".",
        ]),
        ("23:20", "2026-04-08T23:20:00+09:00", "Kim Tae-hoon concedes", [
            "The People Power Party candidate has conceded. \"I accept the voters' decision with humility,\" Kim Tae-hoon told reporters outside his office. \"Our party must ask itself honestly why we lost a district that trusted us for ten years.\"",
        ]),
        ("22:40", "2026-04-08T22:40:00+09:00", "61% counted: Park ahead", [
            "With 61% of the vote counted, Park Seoyeon leads with 54.1% to Kim's 40.8%. Early-vote ballots, counted first, leaned toward Park, so the gap may narrow - though party officials on both sides now privately say the Democrat is on course to win.",
        ]),
        ("21:15", "2026-04-08T21:15:00+09:00", "Counting under way", [
            "Counting began at about 8:40 p.m. at the Uichang district counting centre after ballot boxes arrived from all 58 polling stations.",
            "A survey by Hanbit Research published a week before polling day gave Park a lead of 4 points, within the margin of error. A big win would suggest the race was not as tight as the polls made it look.",
        ]),
        ("20:05", "2026-04-08T20:05:00+09:00", "Polls close", [
            "Polls have closed across the district at 8 p.m. (11:00 GMT). Voting ran for 14 hours from 6 a.m.",
            "The NEC will publish the final turnout once all polling stations report. Turnout was 41.9% at 6 p.m., including early and postal votes.",
        ]),
        ("18:10", "2026-04-08T18:10:00+09:00", "Turnout climbing", [
            "Turnout stood at 33.1% at 3 p.m., according to the National Election Commission, with early voting last Friday and Saturday included. Early voting alone drew 9.8% of the electorate.",
            "That compares with 68.3% in the district at the April 2024 general election, when national turnout was 67.0%. By-elections held on an ordinary working day - polling day is not a public holiday - almost always draw far fewer voters.",
        ]),
        ("18:00", "2026-04-08T18:00:00+09:00", "Welcome", [
            "Good evening and welcome to our live coverage of the Changwon Uichang by-election. Voters in the South Gyeongsang district are choosing a new member of the National Assembly after former lawmaker Bae Sang-geun lost his seat in December, when the Supreme Court upheld his conviction under the Political Funds Act.",
            "Three candidates are standing: Park Seo-yeon, 47, a former Changwon city councillor for the Democratic Party; Kim Tae-hoon, 55, a former prosecutor running for the People Power Party; and Jung Min-ho, 39, a labour activist with the Progressive Party.",
        ]),
    ],
)

_EL2 = _art(
    kind="wire", site="Meridian Press Agency", domain="mpa.example",
    url="https://mpa.example/asia/south-korea/20260408-democrat-wins-changwon-by-election",
    headline="South Korea's Democrats seize conservative seat in Changwon by-election",
    dek="Upset in industrial city seen as a warning for People Power Party ahead of June local elections",
    section="Asia", authors=["Ha Eun-seo"],
    pub="2026-04-08T16:40:00+00:00", mod="2026-04-08T17:25:00+00:00",
    visible="08 Apr 2026, 16:40 GMT",
    dateline="SEOUL, April 9 (MPA) -",
    tags=["South Korea", "Elections"],
    related=["South Korea's June local elections: what's at stake",
             "Court strips Changwon lawmaker of seat over funding violations"],
    paras=[
        "South Korea's ruling Democratic Party won a parliamentary by-election in the industrial city of Changwon on Wednesday, taking a seat that conservatives had held since the district was created and handing the opposition People Power Party a setback two months before nationwide local elections.",
        "Park Seo-yeon, a 47-year-old former city councillor, won 52.9% of the vote in the Changwon Uichang constituency, against 42.2% for the People Power Party's Kim Tae-hoon, a former prosecutor, according to final figures from the National Election Commission (NEC). Jung Min-ho of the minor Progressive Party took 4.9%.",
        "Turnout was 44.6%, the NEC said, well below the 68.3% recorded in the district at the 2024 general election but higher than most recent by-elections held on a working day.",
        "\"The people of Uichang asked for a lawmaker who will work for them, not for a faction,\" Park told supporters late on Wednesday. She has promised to focus on unpaid wages at subcontractors of the city's shipyards and defence plants and on a stalled plan to extend a commuter rail line.",
        "Kim conceded shortly after 11 p.m. (just after 1400 GMT), saying he accepted the result \"with humility\".",
        "The seat fell vacant in December when the Supreme Court upheld the conviction of People Power Party lawmaker Bae Sang-geun for accepting illegal political donations, a ruling that automatically stripped him of his seat.",
        "In the 2024 election, Bae won the district with 56.4% of the vote. Changwon, a manufacturing hub on the southern coast that is home to large machinery, defence and nuclear-equipment makers, has long leaned conservative, as has the wider South Gyeongsang province.",
        "The result does not change the balance of power in the 300-seat National Assembly, where the Democratic Party holds a majority. But analysts said it would be read as a barometer of the national mood before the June 3 local elections, in which mayors, governors and local councillors will be chosen across the country.",
        "\"A ten-point swing to the Democrats in a place like Uichang is not something the People Power Party can explain away as a local story,\" said Lim Hye-won, a political scientist at Gyeongnam National University. \"Candidate quality mattered, the Bae scandal mattered, but so did the shipyard wage issue, which Park owned from the start.\"",
        "People Power Party leader Oh Seung-min said the party would \"reflect deeply\" on the defeat. Democratic Party chairman Han Jeong-woo called the result \"a message from the regions that they want stability and livelihoods, not confrontation\".",
        "A pre-election survey by Hanbit Research had shown Park ahead by 4 percentage points, within the margin of error. The Democrats' national support stood at about 41% in the same pollster's weekly tracker, against 33% for the People Power Party.",
        "Early voting, held on Friday and Saturday last week, drew 9.8% of the district's 187,420 registered voters.",
    ],
    endnote='<p class="credit">(Reporting by Ha Eun-seo; editing by Graham Pike)</p>',
)

_EL3 = _art(
    kind="paper", site="The Seoul Courier", domain="seoulcourier.example",
    url="https://www.seoulcourier.example/politics/2026/04/09/uichang-upset-ppp-soul-searching",
    headline="Uichang upset sends People Power Party into soul-searching before June",
    dek="A first-time Democratic win in a Changwon stronghold exposes the conservatives' weakness among young industrial workers",
    section="Politics", authors=["Cho Min-jae"], role="Political Editor",
    pub="2026-04-09T18:00:00+09:00",
    visible="Published Apr. 9, 2026, 6:00 p.m.",
    caption="Park Seo-yeon, centre, celebrates with campaign staff in Changwon late on Wednesday.",
    img="park-celebrates",
    tags=["Politics", "By-election", "Changwon"],
    related=["Column: The by-election the conservatives should have seen coming",
             "Shipyard subcontractors still waiting for 2025 wages",
             "June 3 local elections: the races to watch"],
    paras=[
        "For a decade, the People Power Party treated Changwon Uichang as a seat it could count rather than fight for. Wednesday's by-election ended that assumption.",
        "Democratic Party candidate Park Seo-yeon took 52.9% of the vote, beating the conservative candidate Kim Tae-hyun by about 11 points and nearly 9,000 votes in a district the right has held since it was drawn in 2016. Turnout was 44.6%.",
        "Inside the People Power Party the recriminations began before the final count was in. Several members of the party's supreme council on Thursday questioned the decision to nominate Kim Tae-hyun, a former senior prosecutor with little local profile, over two district council veterans who had sought the nomination.",
        "\"We parachuted in a candidate from Seoul and told voters to trust the brand,\" one council member said, speaking on condition of anonymity. \"The brand is not enough any more, not after the Bae case.\"",
        "Kim Tae-hyun, 55, said in his concession that the party had to \"ask itself honestly why we lost a district that trusted us for ten years\". He did not take questions.",
        "## Workers, not just pensioners",
        "The deeper problem, strategists on both sides say, lies in who turned out. Uichang's population is older than the national average, but it also includes thousands of workers in their 30s and 40s employed by subcontractors at the city's machinery and defence plants. Many of them are owed wages from last year, when several small subcontractors collapsed after a dispute over delivery penalties.",
        "Park, a former city councillor who spent two years organising meetings with unpaid workers, made the wage arrears the centre of her campaign. She promised to push a bill making prime contractors jointly liable for unpaid wages in their supply chains.",
        "\"I did not vote for the Democrats last time,\" said Lee Sang-woo, 41, a welder who voted in Bukmyeon on Wednesday morning before his shift. \"But she was the only one who came to the yard.\"",
        "## What the numbers say",
        "The conservative vote share fell from 56.4% in the 2024 general election, when Bae Sang-geun won the seat, to 42.2% for Kim Tae-hyun. Some of that fall reflects low turnout: 44.6% on Wednesday against 68.3% two years ago, and by-election electorates skew toward committed partisans.",
        "But party pollsters said the bigger shift was among voters under 50. A Hanbit Research survey a week before the vote had put Park only 4 points ahead; the final margin of 10.7 percentage points suggests late deciders broke heavily her way.",
        "Jung Min-ho of the Progressive Party won 4.9%, slightly below his party's hopes. Progressive officials said their voters had switched to Park to make sure the conservative lost.",
        "## The June test",
        "The by-election does not change the arithmetic in the National Assembly, where the Democrats hold a comfortable majority of the 300 seats. It does, however, sharpen the stakes for the June 3 local elections, when the People Power Party hopes to defend the governorship of South Gyeongsang and the mayoralty of Changwon.",
        "Party leader Oh Seung-min, who campaigned in Uichang three times, said the leadership would \"reflect deeply\" and announce changes to the nomination process next week. Democratic Party chairman Han Jeong-woo, who visited the district twice, warned his own party against overconfidence.",
        "\"One by-election on a spring weekday is not a wave,\" Han said on Thursday. \"But it tells us that the regions are listening when we talk about livelihoods.\"",
        "Park is expected to be sworn in at the National Assembly early next week. She will serve the remainder of Bae's term, which ends in May 2028.",
    ],
    newsletter="The Courier's Politics Brief lands in your inbox every weekday at 7 a.m.",
)

_EL4 = _art(
    kind="regional", site="South Gyeongsang Post", domain="sgpost.example",
    url="https://sgpost.example/local/changwon/uichang-by-election-park-wins-neighbourhood-results",
    headline="How Uichang voted: Park sweeps seven of nine neighbourhoods",
    dek="Turnout was highest in the rural north of the district and lowest in the apartment blocks around the city centre",
    section="Local &rsaquo; Changwon", authors=["Ahn Soo-bin"],
    pub=None, visible="Posted Apr 10, 2026",
    caption="Voters queue outside a polling station at an elementary school in Bukmyeon.",
    img="bukmyeon-queue",
    tags=["Changwon", "Uichang", "Local politics"],
    related=["Changwon mayor race: who is running in June",
             "Bukmyeon hot springs district gets new bus route",
             "Letters: what Uichang's new lawmaker should do first"],
    every=3,
    paras=[
        "Democratic Party newcomer Park Seo-yeon won Tuesday's by-election in Changwon Uichang by carrying seven of the district's nine neighbourhoods, according to a breakdown of results released by the Changwon Uichang district election commission.",
        "Final turnout across the district was 46.4%, the commission said. Park won 52.9% of the vote to 42.2% for Kim Tae-hoon of the People Power Party. Jung Min-ho of the Progressive Party received 4.9%.",
        "Turnout varied widely inside the district. It was highest in Bukmyeon, the rural area in the north known for its hot springs, where 51.2% of voters cast ballots, and lowest around the apartment complexes of Uichang-dong near the city centre, at 40.3%.",
        "Kim carried only Bukmyeon and Dong-eup, the two most rural areas, and by narrower margins than Bae Sang-geun achieved two years ago. Park's strongest showing came in Palyong-dong, home to many young families and shipyard subcontractor workers, where she took 58.6%.",
        "\"We knocked on every door in Palyong at least twice,\" said Choi Eun-hye, a volunteer who coordinated Park's canvassing. \"People wanted to talk about two things: the unpaid wages and the rail line.\"",
        "## Early votes",
        "About one in five ballots was cast during early voting on April 3 and 4, the commission said. Early voting turnout was 9.8% of the district's electorate, and early ballots broke more strongly for Park than votes cast on polling day, according to party officials who watched the count.",
        "That explains why Park's lead appeared larger in the first hours of counting on election night and narrowed slightly as polling-day ballot boxes from the rural north were opened.",
        "## What happens next",
        "Park is expected to take her seat in Yeouido next week. Among her first acts, she told the Post on Thursday, will be to meet the heads of the city's large defence and machinery companies about wage arrears at their subcontractors.",
        "\"I'm not going to Seoul to give speeches,\" she said. \"I'm going to bring back results for Uichang, and people will judge me on them in two years.\"",
        "Kim Tae-hoon thanked supporters in a message posted on social media on Thursday morning and said he would \"remain in Changwon and keep serving the community\". He did not say whether he would seek the party's nomination again in 2028.",
        "The result also reshapes the race for Changwon mayor in the June 3 local elections. Democratic Party officials said Park's campaign team would be lent to the party's mayoral candidate, while the People Power Party's provincial chapter scheduled an emergency meeting for Saturday.",
        "Bae Sang-geun, whose conviction triggered the by-election, has not commented on the result. He lost his seat in December after the Supreme Court upheld a fine that, under the Political Funds Act, disqualified him from office.",
        "The election cost the city and the national election budget an estimated 2.1 billion won, according to the district election commission, a figure local civic groups have cited in calling for parties to pay for by-elections caused by their members' wrongdoing.",
    ],
    newsletter="The Post's Changwon Weekly: council decisions, new openings and community news.",
)

STORY_2 = _story("el-HF2", "election", "2026-04-10", [_EL1, _EL2, _EL3, _EL4], [
    ("final turnout in the district", r"\b44\.6\s?%", r"\b46\.4\s?%"),
    ("runner-up's given name", r"\bkim tae-hoon\b", r"\bkim tae-hyun\b"),
    ("weekday of polling day", r"\bwednesday\b", r"\btuesday\b"),
])


# ==========================================================================
# ct-HF3 -- Supreme Court of Japan, PFAS damages, 12 June 2026 (CONTROL)
# ==========================================================================

_CT1 = _art(
    kind="wire", site="Kaiho Wire", domain="kaihowire.example",
    url="https://kaihowire.example/legal/japan-top-court-upholds-pfas-damages-kurobane-2026-06-12/",
    headline="Japan's top court upholds PFAS damages against Kurobane Chemical",
    dek="Ruling finalises 1.86 billion yen award to residents near Gunma plant; one justice dissents",
    section="Legal", authors=["Sho Arakawa"],
    pub="2026-06-12T06:42:00+00:00", mod="2026-06-12T08:10:00+00:00",
    visible="June 12, 2026 6:42 AM GMT &middot; Updated 08:10 GMT",
    dateline="TOKYO, June 12 (Kaiho Wire) -",
    tags=["Japan", "Courts", "PFAS", "Chemicals"],
    related=["Explainer: what are PFAS 'forever chemicals'?",
             "Kurobane Chemical shares slip after ruling",
             "Japan makes PFAS tap-water target legally binding"],
    paras=[
        "Japan's Supreme Court on Friday rejected an appeal by Kurobane Chemical Industries against a damages award to residents living near one of its plants, in the first ruling by the country's top court on corporate liability for contamination by so-called forever chemicals.",
        "The decision by the court's Third Petty Bench finalises a 2024 Tokyo High Court order requiring Kurobane to pay a total of 1.86 billion yen ($12.7 million) to 312 residents of Shirasagi, a town in Gunma prefecture north of Tokyo, whose wells were contaminated with perfluorinated compounds known as PFAS.",
        "The bench ruled 4-1, with Justice Tetsuo Wakabayashi dissenting. The ruling was handed down at 3 p.m. local time (0600 GMT).",
        "\"The company knew, or should have known, that the substances it discharged could reach the groundwater on which residents relied for drinking water,\" Presiding Justice Mariko Sugawara wrote for the majority, adding that the firm had failed to take \"measures reasonably expected of a manufacturer handling such substances\".",
        "Testing commissioned by the town in 2019 found concentrations of PFOS and PFOA in some private wells near the plant of up to 2,100 nanograms per litre, 42 times Japan's provisional target of 50 nanograms per litre for the two compounds combined.",
        "Kurobane said in a statement it took the ruling \"seriously\" and would pay the damages. It said it had spent 4.3 billion yen on clean-up and water-supply measures around the plant since 2020 and had stopped using PFOA in 2013.",
        "The company's shares fell 2.3% in afternoon trading in Tokyo before recovering some of the loss.",
        "## Long legal fight",
        "The residents first sued in 2019, when 287 people filed suit at the Maebashi District Court. Others joined later, bringing the number of plaintiffs to 312. The district court awarded 2.14 billion yen in 2022; the Tokyo High Court reduced the sum to 1.86 billion yen two years later, excluding claims from residents who had moved to the area after the town began supplying filtered water.",
        "Individual awards range from about 1 million yen to 11 million yen, depending on how long plaintiffs drank well water and on blood test results, according to their lawyers.",
        "In his dissent, Wakabayashi agreed that Kurobane had been negligent but said the lower courts had not adequately established the link between exposure and health risks for every plaintiff, and that some claims should have been sent back for review.",
        "\"This ruling tells every company in Japan that it cannot treat groundwater as someone else's problem,\" Yoshiko Tamura, the residents' lead lawyer, told reporters outside the court.",
        "PFAS, a family of thousands of synthetic chemicals used in non-stick coatings, firefighting foams and waterproof fabrics, break down extremely slowly. Some have been linked to kidney cancer, high cholesterol and reduced response to vaccines. Japan made the 50-nanogram level a binding standard for tap water in April.",
    ],
    endnote='<p class="credit">(Reporting by Sho Arakawa; editing by Priya Menon)</p>',
)

_CT2 = _art(
    kind="paper", site="Japan Daybreak", domain="japandaybreak.example",
    url="https://japandaybreak.example/national/2026/06/13/supreme-court-pfas-shirasagi-ruling-analysis/",
    headline="'Forever chemicals' ruling sets a bar for polluters, lawyers say",
    dek="The Supreme Court's decision in the Shirasagi case is likely to shape dozens of pending suits, from Okinawa to Osaka",
    section="National", authors=["Naomi Kurata", "Ken Ishimaru"],
    pub="2026-06-13T05:00:00+09:00",
    visible="June 13, 2026",
    caption="Plaintiffs and their supporters hold a banner reading 'Victory' outside the Supreme Court in Tokyo's Chiyoda ward on Friday.",
    img="pfas-banner",
    tags=["PFAS", "Supreme Court", "Environment", "Gunma"],
    related=["Editorial: The state must do more than set standards",
             "Map: where PFAS has been found above the national target",
             "Blood tests in Shirasagi: what the numbers showed"],
    paras=[
        "When the five justices of the Supreme Court's Third Petty Bench delivered their ruling on June 12, the residents of Shirasagi had been fighting Kurobane Chemical Industries for almost seven years.",
        "The outcome - a four-to-one decision rejecting the company's appeal and confirming 1.86 billion yen in damages - was widely expected after the court declined last autumn to hold oral arguments, a step it usually takes only when it plans to overturn a lower court. The reasoning was what lawyers across the country had been waiting for.",
        "For the majority, the justice who led the bench, Mariko Sugawara, wrote that a manufacturer handling substances whose persistence was known must take \"measures reasonably expected\" to prevent them reaching drinking water, whether or not national standards were in place at the time. Kurobane had argued it could not be held liable for discharges that complied with the rules in force.",
        "\"That sentence is the heart of the case,\" said Hideaki Moriyama, a professor of environmental law at Tohoku University. \"The court is saying that compliance with the standards of the day is not a complete defence when the risk was foreseeable. That will matter in every one of the pending suits.\"",
        "At least 14 lawsuits over PFAS contamination are under way in Japan, according to a nationwide network of plaintiffs' lawyers, involving communities near factories, airports and military bases.",
        "## A town's wells",
        "Shirasagi, a farming town of about 18,000 people in southern Gunma prefecture, relied largely on private wells until 2020. Tests commissioned by the town in 2019 showed that water from some wells within two kilometres of Kurobane's plant contained the compounds PFOS and PFOA at up to 2,100 nanograms per litre, against a national provisional target of 50 nanograms.",
        "The 287 residents who first went to court that year were later joined by 25 more, for a total of 312 plaintiffs. The Maebashi District Court found in their favour in 2022 and ordered Kurobane to pay 2.14 billion yen. The Tokyo High Court upheld liability in 2024 but trimmed the total, excluding residents who had moved to town after filtered municipal water became available.",
        "Individual plaintiffs will receive between roughly 1 million and 11 million yen each. Isamu Kanda, 71, who leads the plaintiffs' group, said the money mattered less than the finding. \"My wife and I drank that water for 30 years and gave it to our grandchildren,\" he said. \"Now the highest court in Japan has said it should never have happened.\"",
        "## The dissent",
        "Justice Tetsuo Wakabayashi, a former Tokyo High Court judge, agreed that the company had been negligent, but wrote that the lower courts had treated all plaintiffs alike without establishing for each one that their exposure created a real health risk. He would have sent part of the case back for further hearings.",
        "Lawyers for companies facing similar suits seized on the dissent. \"One justice out of five is not nothing,\" said a Tokyo lawyer who represents a chemicals maker, speaking on condition of anonymity because the case is ongoing.",
        "## What comes next",
        "Kurobane, which says it stopped using PFOA at the Shirasagi plant in 2013 and has spent 4.3 billion yen on remediation and water supply since 2020, said it would pay the damages promptly and continue clean-up work. Its president, Yasuhiro Endo, bowed before cameras at the company's Tokyo headquarters on Friday evening and apologised to residents \"for the anxiety we have caused\".",
        "Environment Minister Chie Nakahara said the government would study the ruling. The ministry turned the 50-nanogram target into a binding tap-water standard from April, but there is still no binding limit for groundwater used by private wells.",
        "Yoshiko Tamura, the plaintiffs' lead lawyer, said the next step was to press for health checks paid for by the company for all residents, not only the plaintiffs. \"The court has settled the question of responsibility,\" she said. \"Now we need to settle the question of care.\"",
    ],
    newsletter="Japan Daybreak's evening digest: the stories that shaped the day, in five minutes.",
)

_CT3 = _art(
    kind="regional", site="Jomo Valley News", domain="jomovalleynews.example",
    url="https://jomovalleynews.example/news/shirasagi-residents-react-supreme-court",
    headline="'We were believed': Shirasagi reacts to Supreme Court ruling",
    dek="Relief at the community centre, questions about health checks, and a company that still employs hundreds of locals",
    section="News &rsaquo; Shirasagi", authors=["Rie Hatakeyama"],
    pub=None, visible="Staff report",
    dateline="SHIRASAGI, Gunma &mdash;",
    caption="Residents watch a live broadcast of the plaintiffs' news conference at the Shirasagi community centre.",
    img="community-centre",
    tags=["Shirasagi", "PFAS", "Kurobane"],
    related=["Town to extend free blood testing to all residents",
             "Kurobane plant marks 60 years in Shirasagi",
             "Farmers' market returns to the station plaza"],
    every=3,
    paras=[
        "About 60 people gathered at the Shirasagi community centre on Friday afternoon to watch, on a projector screen, as their lawyers emerged from the Supreme Court in Tokyo holding a banner that read simply \"Victory.\"",
        "Some applauded. Several wept. One elderly man stood and bowed toward the screen.",
        "The top court's Third Petty Bench rejected Kurobane Chemical Industries' final appeal at 3 p.m., confirming that the company must pay 1.86 billion yen in damages to 312 residents whose wells were contaminated with PFAS chemicals from its plant on the town's eastern edge.",
        "\"For years people told us we were exaggerating, that the water tasted fine,\" said Michiko Saito, 68, a plaintiff who lives about a kilometre from the plant. \"Today we were believed. That is what I will remember.\"",
        "The ruling, decided by four justices to one, ends a case that began in 2019 with 287 plaintiffs. Their number grew as neighbours joined after blood tests carried out by a university team showed elevated levels of the compounds in many residents.",
        "## Mixed feelings",
        "Not everyone in town was celebrating. Kurobane's Shirasagi plant employs about 430 people, many of them local, and the company is one of the largest taxpayers in the town.",
        "\"My son works there. My neighbour's daughter works there,\" said a shop owner near Shirasagi Station who asked not to be named. \"Of course the company did wrong. But we also need it to stay.\"",
        "Kurobane said in a statement that the plant would continue to operate and that no jobs were at risk. The company said it has spent 4.3 billion yen since 2020 on treatment equipment, monitoring wells and the cost of connecting homes to municipal water.",
        "Mayor Toshiyuki Morishita said the town would use the ruling to press both the company and the prefecture for long-term health monitoring. \"The court case is over, but the substances are still in the ground,\" he said. \"Our job is to make sure residents are looked after for decades, not years.\"",
        "## Health checks",
        "The town began offering free blood tests to residents in 2021. About 2,600 people have been tested so far, according to the town office. Plaintiffs' lawyers say the company should now fund regular health checks for everyone who drank well water near the plant, not only those who sued.",
        "Isamu Kanda, who heads the plaintiffs' group, said he planned to visit the graves of two fellow plaintiffs who died while the case was under way. \"They did not live to hear it,\" he said. \"I will tell them.\"",
        "Individual damages range from about 1 million to 11 million yen, depending on how long residents drank well water and on their test results. Lawyers said payments would begin within weeks.",
        "At the community centre, volunteers cleared away chairs as the broadcast ended. Someone had brought a crate of bottled water, out of habit. Nobody touched the tap.",
    ],
    newsletter="Jomo Valley News in your inbox: local news from Gunma, twice a week.",
)

STORY_3 = _story("ct-HF3", "court", "2026-06-14", [_CT1, _CT2, _CT3], [])


# ==========================================================================
# tr-HF4 -- South Korea April exports, released 1 May 2026 (CONTROL)
# ==========================================================================

_TR1 = _art(
    kind="wire", site="Meridian Press Agency", domain="mpa.example",
    url="https://mpa.example/business/economy/20260501-south-korea-april-exports-chips",
    headline="South Korea's April exports jump 8.7% on record chip sales, beating forecasts",
    dek="Semiconductor shipments up more than 21%; car exports fall as US tariffs bite",
    section="Economy", authors=["Jang Woo-seok"],
    pub="2026-05-01T00:32:00+00:00", mod="2026-05-01T02:15:00+00:00",
    visible="01 May 2026, 00:32 GMT &middot; updated 02:15 GMT",
    dateline="SEOUL, May 1 (MPA) -",
    tags=["South Korea", "Trade", "Semiconductors"],
    related=["South Korea's first-20-day exports rise 6.2%",
             "Korea, US trade officials meet on auto tariff quotas",
             "Won firms after strong trade data"],
    paras=[
        "South Korea's exports rose 8.7% in April from a year earlier, faster than expected, as shipments of memory chips for artificial-intelligence servers hit a record, government data showed on Friday.",
        "Outbound shipments totalled $61.4 billion, the Ministry of Trade, Industry and Energy said, beating the 7.5% growth forecast by economists in an MPA poll and accelerating from a 5.9% rise in March. It was the 11th straight month of export growth.",
        "Imports rose 3.1% to $55.8 billion, leaving a trade surplus of $5.6 billion, the 15th consecutive monthly surplus.",
        "Semiconductor exports jumped 21.3% to $14.9 billion, the highest for any April on record, driven by demand for high-bandwidth memory used in AI data centres and by firmer prices for conventional DRAM chips. Chips accounted for almost a quarter of all exports.",
        "Car exports, by contrast, fell 4.2% to $6.1 billion, hit by the 15% US tariff on most Korean goods that took effect last year and by weaker demand in Europe.",
        "By destination, exports to China, South Korea's largest market, grew 5.4% to $11.3 billion, while shipments to the United States fell 2.8% to $10.2 billion.",
        "Adjusted for the number of working days - 24 this April against 23 a year earlier - average daily exports rose 4.2%.",
        "\"Strip out chips and the picture is a lot more modest,\" said Baek Ji-hoon, an economist at Hanul Securities in Seoul. \"Non-chip exports were roughly flat on a working-day basis, and autos are clearly struggling with the tariffs.\"",
        "Preliminary customs data for the first 20 days of April, released last week, had shown exports up 6.2%, so Friday's full-month figure came in stronger than markets had pencilled in. The won firmed slightly after the data, trading at about 1,388 per dollar in the morning.",
        "Minister of Trade, Industry and Energy Yoon Ha-jin said in a statement that the government would expand trade insurance and export financing for carmakers and parts suppliers affected by tariffs, and would keep pressing Washington on auto tariff quotas.",
        "The Bank of Korea, which held its policy rate in April, has said exports will be the main driver of growth this year. Its February forecast put 2026 growth at 1.8%.",
        "In the first four months of the year, exports rose 6.9% to $232.6 billion, the ministry said. It also revised March's export growth down to 5.9% from the 6.1% it had initially reported, citing late customs filings.",
        "Other sectors were mixed. Petroleum product exports fell 12.4% as lower crude prices pulled down refined-fuel prices, while shipbuilding exports rose 38% as vessels ordered during the 2023 order boom were delivered. Ship deliveries are lumpy and can swing sharply from month to month.",
        "\"The memory upcycle still has legs, because AI server orders are now being placed a year ahead,\" said Sarah Lindqvist, senior economist at Northgate Research in Singapore. \"But Korea's export growth is now essentially a bet on one product.\"",
    ],
    endnote='<p class="credit">(Reporting by Jang Woo-seok; editing by Graham Pike)</p>',
)

_TR2 = _art(
    kind="broadcast", site="KBN World", domain="kbnworld.example",
    url="https://kbnworld.example/news/view?id=20260501_0041275",
    headline="Korea's exports grow for 11th month as chip boom offsets car slump",
    dek="April exports reached about $61 billion, with semiconductors setting a monthly record for April",
    section="Economy", authors=["Lim Chae-won"], role="Economy reporter",
    pub="2026-05-01T15:20:00+09:00",
    visible="2026.05.01 15:20",
    caption="Containers stacked at Busan New Port. Korea's trade surplus has now lasted more than a year.",
    img="busan-port",
    tags=["Exports", "Semiconductors", "Automobiles"],
    related=["[Video] Inside a high-bandwidth memory line in Icheon",
             "Carmakers ask for tariff relief as US sales drop",
             "Won-dollar rate hovers near 1,390"],
    every=3,
    paras=[
        "South Korea's exports rose for an 11th consecutive month in April, as record sales of semiconductors more than made up for a drop in car shipments to the United States.",
        "According to data released at 9 a.m. on Friday by the industry ministry, exports rose 8.7% on-year to about $61 billion. Imports grew 3.1%, leaving a surplus of $5.6 billion, or about 7.8 trillion won.",
        "The trade balance has now been in surplus for 15 months in a row.",
        "Semiconductors once again led the way. Chip exports rose more than a fifth from a year earlier to $14.9 billion, a record for the month of April. Industry officials credit strong demand for high-bandwidth memory, or HBM, which is stacked alongside AI processors in data-centre servers.",
        "\"Orders from cloud companies are booked well into next year,\" said a manager at a memory maker's Icheon plant, who asked not to be named because he was not authorised to speak to the media. \"The question is not demand. It's how fast we can add capacity.\"",
        "Other IT products also did well. Exports of computers and solid-state drives rose 17%, and display exports edged up 2%.",
        "## Car exports fall",
        "The picture was less bright for cars. Automobile exports fell 4.2% to $6.1 billion as shipments to the United States, Korea's biggest car market, declined for a sixth straight month under the 15% tariff.",
        "Parts suppliers in Ulsan and Gwangju say orders have slowed. \"We have cut one shift since January,\" said Kwon Hyuk, who runs a brake-component factory in Ulsan with 120 employees. \"If the tariff stays, some of my customers will build more in America and less here.\"",
        "The trade, industry and energy minister, Yoon Ha-jin, said the government would widen low-interest export loans for carmakers and parts firms and continue talks with Washington.",
        "## By region",
        "Exports to China rose 5.4%, helped by chips, while exports to the United States fell 2.8%. Shipments to Southeast Asia grew 11.6%, and exports to the European Union rose 3.3%.",
        "Experts say the export recovery remains heavily dependent on a single sector. \"When one product is a quarter of your exports, you are exposed to its price cycle,\" said Sarah Lindqvist, senior economist at Northgate Research in Singapore. \"Memory prices have been rising for a year. They will not rise forever.\"",
        "Exports over the first four months of the year came to $232.6 billion, up 6.9% from the same period of 2025. The government expects full-year exports to top $700 billion for the first time.",
        "A ministry official said preliminary customs data for the first 20 days of April, which showed exports up 6.2%, had not captured a surge in chip shipments in the last days of the month. \"Memory makers tend to ship heavily at month-end,\" the official said.",
    ],
)

_TR3 = _art(
    kind="trade", site="Asia Trade Monitor", domain="asiatrademonitor.example",
    url="https://asiatrademonitor.example/korea/april-2026-trade-data-deep-dive",
    headline="Korea April trade: chips carry the month, but look at the working-day numbers",
    dek="Headline growth of 8.7% flatters the underlying trend; daily-average exports rose a more modest 4.2%",
    section="Data", authors=["Priyanka Rao"], role="Senior analyst",
    pub="2026-05-02T08:00:00+08:00",
    visible="2 May 2026",
    caption="Table: Korea exports by product, April 2026 vs April 2025 (US$ billion, % change). Source: MOTIE, Korea Customs Service.",
    img="korea-table",
    tags=["Korea", "Trade data", "HBM", "Autos", "Tariffs"],
    related=["Taiwan April export orders preview", "Japan's trade deficit narrows as energy bill falls",
             "Tariff tracker: US duties on Asian autos"],
    newsletter="The Monitor Weekly: Asia's trade data, decoded every Monday.",
    ticker="KOSPI 2,948.31 +0.8% &nbsp; USD/KRW 1,386.9 &nbsp; DRAM DDR5 16Gb spot $9.42",
    paras=[
        "South Korea is usually the first major economy to report a month's trade figures, which is why Friday's release gets watched far beyond Seoul. The April data, published at 9 a.m. local time (midnight GMT) on May 1, will be read as good news for the global tech cycle and less good news for anyone exposed to autos.",
        "The headline: exports $61.4 billion, up 8.7% year-on-year; imports $55.8 billion, up 3.1%; surplus $5.6 billion. The consensus had been for export growth of around 7.5%, and the first-20-day customs figures (+6.2%) had pointed lower still.",
        "## The working-day effect",
        "Before getting excited, note the calendar. April 2026 had 24 working days against 23 a year earlier, by the ministry's count. On a daily-average basis exports rose 4.2%, roughly half the headline pace. The 20-day preliminary data, which cover a fixed window rather than the whole month, are also sensitive to where weekends and holidays fall, which partly explains why they underestimated the full-month figure.",
        "March's export growth of 5.9% looked similar on a working-day basis, so the underlying trend is steady rather than accelerating.",
        "## Chips",
        "Semiconductors were $14.9 billion, up 21.3%. Within that, memory did the heavy lifting: industry estimates put high-bandwidth memory at about a third of memory export value, up from about a fifth a year earlier. Chips were 24.3% of total exports, the highest share for an April on record.",
        "One caveat: part of the increase reflects price. Spot DDR5 prices have roughly doubled over 12 months, and contract prices rose again in the second quarter. Volumes are growing too, but more slowly than values.",
        "## Autos and tariffs",
        "Car exports fell 4.2% to $6.1 billion; parts exports fell 6.5%. Shipments to the US were down 2.8% in total, the third decline in four months. The 15% US tariff on most Korean goods, in place since last year, hits autos hardest because the sector lost the duty-free access it previously had under the bilateral free-trade agreement.",
        "Industry minister Yoon Ha-jin's support package - wider export insurance and low-interest loans - will help suppliers' cash flow but does nothing for the tariff itself.",
        "## Where this leaves the year",
        "Year-to-date exports are up 6.9% at $232.6 billion. The ministry's goal of topping $700 billion for 2026 requires average monthly exports of about $58.4 billion for the remaining eight months - below April's level, so achievable if chip prices hold.",
        "The surplus, meanwhile, has now lasted 15 months, helped by lower oil import costs. Energy imports fell 9% in April. In won terms the April surplus is worth roughly 7.8 trillion won, which supports the currency at the margin, although portfolio flows matter far more for the won day to day.",
        "Our view: the chip cycle is strong enough to carry Korea's headline numbers through the third quarter. The risk is concentration - and a memory price correction would show up in these figures within two or three months.",
    ],
)

STORY_4 = _story("tr-HF4", "trade", "2026-05-03", [_TR1, _TR2, _TR3], [])


# ==========================================================================
# rk-HF5 -- Amanogawa Space Tenryu second flight, 14 July 2026 (PLANTED)
# ==========================================================================

_RK1 = _art(
    kind="wire", site="Kaiho Wire", domain="kaihowire.example",
    url="https://kaihowire.example/technology/space/japan-startup-amanogawa-reaches-orbit-2026-07-14/",
    headline="Japanese startup Amanogawa reaches orbit on second try, deploys five satellites",
    dek="Tenryu rocket succeeds from Wakayama launch pad 16 months after first flight ended in explosion",
    section="Technology", authors=["Mio Shirakawa"],
    pub="2026-07-14T03:05:00+00:00", mod="2026-07-14T04:20:00+00:00",
    visible="July 14, 2026 3:05 AM GMT &middot; Updated 04:20 GMT",
    dateline="TOKYO, July 14 (Kaiho Wire) -",
    caption="Amanogawa Space's Tenryu rocket lifts off from the company's launch site in Kushimoto, Wakayama prefecture, on Tuesday.",
    img="tenryu-liftoff",
    tags=["Space", "Japan", "Startups", "Rockets"],
    related=["Amanogawa scrubs launch seconds before liftoff",
             "Japan's space startups race to build a domestic launch market",
             "Factbox: Japan's commercial launch vehicles"],
    paras=[
        "Japanese startup Amanogawa Space put five small satellites into orbit on Tuesday, making its Tenryu rocket the first privately developed Japanese launcher to reach space successfully, 16 months after its maiden flight ended in an explosion.",
        "The 19-metre, three-stage solid-fuel rocket lifted off at 11:08 a.m. local time (0208 GMT) from the company's launch pad in Kushimoto, at the southern tip of the Kii Peninsula in Wakayama prefecture, eight minutes after its launch window opened.",
        "All five satellites separated from the upper stage as planned, the last of them about 52 minutes after liftoff, the company said. They were placed in a sun-synchronous orbit at an altitude of about 500 kilometres.",
        "\"Today we proved that a Japanese private company can build a rocket and deliver customers' satellites to orbit,\" Amanogawa founder and chief executive Haruto Minami told a news conference at the launch site, his voice breaking. \"We failed once, in front of everyone. We learned from it.\"",
        "The flight followed two postponements. A launch attempt on Friday, July 10, was called off because of strong upper-level winds, and a second attempt on Sunday was halted about 40 seconds before liftoff when a sensor on the second stage returned an abnormal reading.",
        "## Recovery from failure",
        "Tenryu's first flight, in March 2025, ended 41 seconds after liftoff when the rocket veered off course and its flight termination system destroyed it over the sea. An investigation traced the problem to a software error in the guidance computer, which the company says it has since rewritten and tested.",
        "\"The software fix was straightforward. The hard part was rebuilding the test culture around it,\" Aya Kuroiwa, the company's chief technology officer, said in an interview before the launch. \"We ran the guidance system through more than 10,000 simulated flights.\"",
        "Tuesday's payload, weighing about 150 kilograms in total, included two Earth-observation satellites for Tokyo-based Sorano Imaging, a communications test satellite built by students at a university in Kyushu and two technology demonstration satellites for a Singapore startup.",
        "Founded in 2018 and based in Tokyo, Amanogawa has raised about 38 billion yen from investors including trading houses, regional banks and a government-backed fund. Japan's government has set a goal of about 30 domestic launches a year by the early 2030s, and hopes private companies will provide many of them.",
        "Tenryu weighs about 26 tonnes at liftoff and can carry up to about 170 kilograms to a sun-synchronous orbit. Amanogawa quotes a price of about 1 billion yen ($6.8 million) per launch, aiming at operators of small satellites who want to choose their own schedule rather than share a ride on a larger rocket.",
        "\"For us, a domestic launcher means we can plan replacement satellites in months, not years,\" said Daichi Koizumi, chief executive of Sorano Imaging, whose two radar satellites were aboard. \"We have already booked a slot on the third flight.\"",
        "Shares of listed companies that have invested in Amanogawa rose in Tokyo afternoon trading.",
        "The company plans a third flight late this year and aims to launch six times in 2027.",
    ],
    endnote='<p class="credit">(Reporting by Mio Shirakawa; editing by Sho Arakawa)</p>',
)

_RK2 = _art(
    kind="broadcast", site="TVJ News", domain="tvjnews.example",
    url="https://tvjnews.example/articles/2026071400512",
    headline="Amanogawa's Tenryu rocket reaches orbit in second launch",
    dek="The startup's rocket carried five satellites into space after last year's failure",
    section="Science &amp; Tech", authors=["TVJ News"],
    pub=None, visible="Published 2 days ago",
    caption="Spectators cheer as the Tenryu rocket climbs into the sky on Tuesday morning.",
    img="spectators",
    tags=["Space", "Rocket"],
    related=["[Video] Watch the full launch of Tenryu flight 2",
             "Rocket fans flock to viewing spots despite the heat",
             "Interview: Amanogawa founder on failure and second chances"],
    every=3,
    paras=[
        "A rocket built by Japanese space startup Amanogawa Space has reached orbit on its second flight, deploying five small satellites.",
        "The Tenryu rocket lifted off at 11:18 a.m. on Tuesday from the company's launch site in Taiki, Hokkaido. Around 52 minutes and 30 seconds after liftoff, the last of the five satellites separated from the rocket, the company said.",
        "The satellites are now circling the Earth at an altitude of around 500 kilometres.",
        "Amanogawa's first launch, in March last year, ended in failure after just 41 seconds when the rocket was destroyed shortly after lifting off.",
        "This time thousands of people gathered at viewing spots along the coast to watch. Many had come back after two earlier attempts this month were called off, on July 10 because of the wind and on July 12 because of a technical problem found seconds before launch.",
        "\"I came on Friday, I came on Sunday, and I came again today,\" said a man in his 60s who had travelled from Osaka with his grandson. \"It was worth it. The sound was incredible.\"",
        "## 'We learned from it'",
        "At a press conference after the launch, the company's CEO, Haruto Minami, thanked the engineers and the local community.",
        "\"We failed once, in front of everyone. We learned from it,\" Minami said. \"This is not the finish line. From now on we have to launch regularly and reliably.\"",
        "The rocket stands 19 metres tall and uses solid fuel in all three of its stages. Solid-fuel rockets are simpler to operate than liquid-fuelled ones, which the company says helps keep costs down for small satellites.",
        "Among the satellites on board were two for observing the Earth, operated by Sorano Imaging, and one made by university students in Kyushu.",
        "## A growing industry",
        "The government wants Japan to be able to carry out around 30 rocket launches a year by the early 2030s, compared with only a handful today, most of them by the large H3 rocket operated for the Japan Aerospace Exploration Agency (JAXA).",
        "Several Japanese startups are developing small rockets, aiming to win business from companies that want to launch satellites quickly without waiting for space on larger rockets, many of which are booked years in advance.",
        "Amanogawa, which was founded in 2018 and is based in Tokyo, has raised about 38 billion yen ($260m) from investors. After last year's failure, it found that a software error in the rocket's guidance computer had sent it off course, and says it has rewritten and extensively tested the software since then.",
        "Amanogawa says it plans a third launch by the end of the year, and hopes to launch six times in 2027.",
        "Science and technology minister Hiroki Sawamura congratulated the company, saying the success was \"a big step for Japan's space industry\".",
    ],
)

_RK3 = _art(
    kind="trade", site="OrbitalBrief", domain="orbitalbrief.example",
    url="https://orbitalbrief.example/launch/2026/07/tenryu-flight-2-orbit-amanogawa",
    headline="Tenryu flight 2: Amanogawa gets to orbit, and the timeline shows how",
    dek="Three solid stages, a rewritten guidance stack and a 52-minute deployment sequence put five smallsats into a 500 km sun-synchronous orbit",
    section="Launch", authors=["Felix Brandt", "Kana Yoshimura"],
    pub="2026-07-14T09:30:00+00:00", mod="2026-07-15T01:10:00+00:00",
    visible="14 July 2026 09:30 UTC &middot; Updated 15 July",
    caption="Tenryu's third stage, photographed during integration at Amanogawa's Yokohama facility in May. Credit: Amanogawa Space.",
    img="tenryu-stage3",
    tags=["Launch", "Small launchers", "Japan", "Solid rockets"],
    related=["Flight 1 failure report: what Amanogawa found",
             "Japan's small-launcher startups, compared",
             "Sorano Imaging's SAR constellation plans"],
    newsletter="Launch Manifest: every orbital attempt worldwide, with our notes, every Friday.",
    paras=[
        "Amanogawa Space's second Tenryu launch did what the first one could not. Liftoff came at 11:08 JST (02:08 UTC) on July 14 from the company's pad at Kushimoto, Wakayama, and all five customer satellites were deployed into a sun-synchronous orbit of roughly 500 km (310 miles) at an inclination of 97.4 degrees.",
        "That makes Tenryu the first Japanese privately developed orbital launcher to succeed, ahead of several rivals that have flown suborbital tests or suffered failures on early attempts.",
        "## The sequence",
        "According to the timeline Amanogawa released after the flight, first-stage burnout came at about T+1:50 and stage separation shortly after. The payload fairing was jettisoned at T+3:12, once the vehicle had cleared the denser atmosphere. The second stage burned for roughly 80 seconds and the third stage performed two burns, separated by a long coast, to circularise the orbit.",
        "Satellite deployment began at T+50:40 and ended with the fifth spacecraft at T+52:30. Ground stations in Australia and Norway confirmed signals from all five within three hours, the company said.",
        "The vehicle is 19 m (62 ft) tall with a liftoff mass of about 26 tonnes. The total payload on this flight was about 150 kg (330 lb), close to the 170 kg the company advertises as Tenryu's capacity to this orbit.",
        "## What changed since flight 1",
        "Flight 1 in March 2025 lasted 41 seconds. Amanogawa's investigation found that a software fault in the guidance computer mishandled a sensor input during the pitch-over manoeuvre, sending the vehicle off its planned trajectory until the autonomous flight termination system destroyed it.",
        "Haruto Minami, Amanogawa's chief technology officer, told reporters at Kushimoto that the guidance software had been rewritten and put through more than 10,000 simulated flights, and that the team had added an independent hardware-in-the-loop test bench. \"We did not just fix a line of code,\" Minami said. \"We changed how we test.\"",
        "The two scrubs before this launch were unrelated to the guidance system. The July 10 attempt was called off for upper-level winds, and the July 12 attempt was halted at about T-40 seconds by an automated abort after a pressure sensor on the second stage read out of range. The sensor was replaced overnight on Monday.",
        "## The payloads",
        "Two of the five satellites belong to Sorano Imaging, which is building a constellation of small synthetic-aperture radar satellites. The others are a student-built communications cubesat from Kyushu and two technology demonstrators from Singapore's Lumen Orbital.",
        "## Business case",
        "Amanogawa has raised about 38 billion yen (roughly $260 million at current rates) and quotes a launch price of around 1 billion yen. It is targeting six launches in 2027 and says its Kushimoto site can support up to 20 a year once a second pad is built.",
        "The competition for small-satellite launch business is fierce. Dedicated small launchers from the United States, China and Europe already offer regular flights, and ride-share missions on large rockets remain cheaper per kilogram. Amanogawa's pitch to customers is schedule control and launch from a domestic site, which matters for Japanese government payloads.",
        "A third Tenryu flight is planned for late 2026.",
    ],
)

_RK4 = _art(
    kind="regional", site="Kumano Coast Times", domain="kumanocoasttimes.example",
    url="https://kumanocoasttimes.example/2026/07/15/tenryu-kushimoto-crowds-economy/",
    headline="Kushimoto cheers as Tenryu reaches orbit on third attempt this month",
    dek="Town estimates 6,200 visitors; hotels full and roads jammed as rocket launch becomes a local event",
    section="Kushimoto", authors=["Yuji Nakanishi"],
    pub="2026-07-15T06:00:00+09:00",
    visible="July 15, 2026 06:00",
    caption="Visitors fill the observation deck near Shionomisaki to watch the launch on Tuesday.",
    img="observation-deck",
    tags=["Kushimoto", "Tenryu", "Tourism"],
    related=["Kushimoto approves second launch pad zoning", "Summer festival dates announced",
             "Fishermen and rocket company agree on launch-day sea closures"],
    paras=[
        "At 11:08 a.m. on Tuesday the cheering started before the sound arrived. Thousands of people lining the cliffs and harbour of Kushimoto watched the white trail of Amanogawa Space's Tenryu rocket arc out over the Pacific, and a few seconds later the rumble rolled across the town.",
        "This time, nothing went wrong. About 52 minutes later, the company announced that all five satellites aboard had separated in orbit.",
        "The town office estimated that about 6,200 people came to watch, counting visitors at the three official viewing areas and along the coast road. Amanogawa put the number at its own ticketed viewing site at about 5,000, not including the many who watched from other spots.",
        "For a town of about 14,000 people at the southern tip of Honshu, that is a lot of guests. Hotels and inns were fully booked for the third time this month, after launches planned for July 10 and 12 were postponed. Traffic on Route 42 was backed up for several kilometres from late morning.",
        "\"Three times we prepared bento, three times the guests came,\" said Setsuko Hamaguchi, who runs a guesthouse near the port. \"On the first two days they went home disappointed. Today they went home happy, and some booked for the next launch already.\"",
        "## Local hopes",
        "Mayor Kazuhiro Nishide, who watched from the town's viewing area with local schoolchildren, said the success would help Kushimoto's plans to turn the launch site into a year-round attraction, with a visitor centre and tours of the range.",
        "\"Last year, after the failure, some people asked whether the rocket business was a dream,\" Nishide said. \"Today it became reality. Our job now is to make sure it benefits the whole town, including the fishermen.\"",
        "Fishing cooperatives in Kushimoto and neighbouring Taiji agreed last year to close certain waters on launch days in exchange for compensation from Amanogawa. The cooperative's head, Masao Tanigawa, said the arrangement had worked well but that more frequent launches would require a new agreement.",
        "Amanogawa founder and chief executive Haruto Minami, who moved his family to Kushimoto two years ago, thanked residents at the post-launch news conference. \"The people of this town gave us a second chance after the failure,\" he said. \"We did not want to let them down twice.\"",
        "## Next steps",
        "The company plans a third flight by the end of the year and says it could eventually launch up to 20 rockets a year from Kushimoto if a second pad is built. The town council approved zoning for the second pad in May.",
        "Wakayama Governor Masaki Tsuda issued a statement congratulating the company and said the prefecture would continue to support the \"Kii space port\" project with road improvements and tourism promotion.",
        "Tenryu's first flight, in March 2025, ended 41 seconds after liftoff when the rocket was destroyed by its flight termination system. Debris fell into the sea several kilometres offshore, and no one was hurt.",
    ],
    newsletter="Kumano Coast Times: news from Kushimoto, Shingu and Tanabe, every Friday.",
)

STORY_5 = _story("rk-HF5", "rocket", "2026-07-16", [_RK1, _RK2, _RK3, _RK4], [
    ("liftoff time", r"\b11:08\b", r"\b11:18\b"),
    ("launch site", r"\bkushimoto\b", r"\btaiki\b"),
    ("Haruto Minami's title", r"\bchief executive\b|\bceo\b", r"\bchief technology officer\b|\bcto\b"),
])


# ==========================================================================
# eq-HF6 -- Magnitude 6.8 earthquake off Iwate, 19 September 2026 (PLANTED)
# ==========================================================================

_EQ1 = _art(
    kind="wire", site="Meridian Press Agency", domain="mpa.example",
    url="https://mpa.example/asia/japan/20260919-strong-quake-off-iwate-tsunami-advisory",
    headline="Strong quake rattles northeast Japan, brief tsunami advisory lifted",
    dek="Magnitude 6.8 tremor off Iwate injures at least nine; no abnormalities reported at nuclear plants",
    section="Asia", authors=["Ryo Fukushima", "Ha Eun-seo"],
    pub="2026-09-18T17:48:00+00:00", mod="2026-09-18T23:10:00+00:00",
    visible="18 Sep 2026, 17:48 GMT &middot; updated 23:10 GMT",
    dateline="TOKYO, Sept 19 (MPA) -",
    caption="Broken roof tiles lie on a street in Miyako, Iwate prefecture, after the earthquake early on Saturday.",
    img="miyako-tiles",
    tags=["Japan", "Earthquakes", "Tsunami"],
    related=["Factbox: Japan's earthquake intensity scale explained",
             "Tohoku Shinkansen halted after quake",
             "Fifteen years on, Iwate's coast still rebuilding"],
    paras=[
        "A strong earthquake struck off the coast of Iwate prefecture in northeastern Japan early on Saturday, injuring at least nine people, cutting power to tens of thousands of homes and prompting a tsunami advisory that was lifted a few hours later.",
        "The quake hit at 2:14 a.m. (1714 GMT Friday) at a depth of about 50 kilometres, the Japan Meteorological Agency (JMA) said. The agency initially estimated its magnitude at 6.6 and later revised it to 6.8. The U.S. Geological Survey put the magnitude at 6.7.",
        "Shaking reached \"upper 6\" on Japan's seven-level intensity scale in the coastal city of Miyako, strong enough to make it impossible to stand and to topple heavy furniture. Intensity \"lower 6\" was recorded in Kamaishi and Yamada, and the prefectural capital Morioka recorded \"upper 5\".",
        "The JMA issued a tsunami advisory for the Pacific coasts of Iwate and Aomori prefectures at 2:17 a.m. Waves of 40 centimetres were observed at the port of Kuji and 20 centimetres at Miyako. The advisory was lifted at 5:30 a.m., about three hours after it was issued.",
        "\"We ask people not to return to coastal areas until the advisory is lifted, and to stay alert for strong aftershocks over the next week,\" Satoshi Ikegami, director of the JMA's earthquake and tsunami observation division, told a news conference in Tokyo at around 4 a.m.",
        "By 7 a.m., the Fire and Disaster Management Agency had received reports of nine people injured in Iwate and Aomori, most of them hurt by falling objects or falls in the dark. One woman in her 80s in Miyako was seriously injured, local officials said. There were no immediate reports of deaths.",
        "Tohoku Electric Power said about 41,000 households lost power at the peak, mostly in Iwate. By 7 a.m. around 12,000 were still without electricity. The Nuclear Regulation Authority said no abnormalities had been found at nuclear power plants in the region.",
        "East Japan Railway suspended Tohoku Shinkansen bullet train services between Sendai and Shin-Aomori while it inspected tracks, and several local lines were halted.",
        "More than 20 aftershocks with an intensity of 1 or above had been recorded by 6 a.m., the largest a magnitude 5.1 tremor at 4:02 a.m.",
        "Chief Cabinet Secretary Noriko Muraoka told reporters at 3:30 a.m. that the government had set up a liaison office at the prime minister's residence. \"We are doing everything we can to grasp the extent of the damage, with people's lives as our first priority,\" she said.",
        "The region was devastated in March 2011 by a magnitude 9.0 earthquake and tsunami that left about 18,500 people dead or missing. Saturday's quake occurred in an area where the Pacific plate dives beneath northeastern Japan, one of the world's most seismically active zones.",
    ],
    endnote='<p class="credit">(Reporting by Ryo Fukushima in Tokyo and Ha Eun-seo in Seoul; editing by Graham Pike)</p>',
)

_EQ2 = _art(
    kind="live", site="The Tokyo Ledger", domain="tokyoledger.example",
    url="https://www.tokyoledger.example/live/2026/09/19/iwate-earthquake-tsunami-advisory-live/",
    headline="Live: Magnitude 6.8 earthquake off Iwate - injuries, power cuts, aftershocks",
    dek="Latest updates after a strong quake shook northeastern Japan early Saturday",
    section="National", authors=["Hiroko Sanada", "Takeshi Moroboshi", "Ledger staff"],
    pub="2026-09-19T02:31:00+09:00", mod="2026-09-19T12:40:00+09:00",
    visible="Updated Sept. 19, 2026, 12:40 JST",
    caption="A convenience store worker in Kuji clears fallen goods from shelves on Saturday morning.",
    img="kuji-store",
    tags=["Earthquake", "Iwate", "Tsunami", "Live"],
    related=["What to do in an earthquake: a checklist", "Shindo vs magnitude: what the numbers mean",
             "Photos: dawn in Miyako after the quake"],
    keypoints=[
        "Magnitude 6.8 quake struck off Iwate at 2:14 a.m. Saturday, JMA says (revised from a preliminary 6.6)",
        "Tsunami advisory for Iwate and Aomori, in force for about six hours, has been lifted",
        "At least 17 people injured as of noon, according to the Fire and Disaster Management Agency",
        "Tohoku Shinkansen services between Sendai and Shin-Aomori suspended",
    ],
    entries=[
        ("12:40", "2026-09-19T12:40:00+09:00", "Injured rises to 17", [
            "The Fire and Disaster Management Agency now says 17 people were injured in Iwate, Aomori and Miyagi prefectures, up from nine reported earlier this morning. Most injuries are described as minor.",
            "Tohoku Electric says about 5,800 households remain without power, down from a peak of around 41,000.",
        ]),
        ("11:05", "2026-09-19T11:05:00+09:00", "Shinkansen to resume", [
            "JR East says Tohoku Shinkansen services between Sendai and Shin-Aomori will resume from around 1 p.m. after track inspections found no serious damage. Some local lines in Iwate remain suspended.",
        ]),
        ("09:20", "2026-09-19T09:20:00+09:00", "Voices from Miyako", [
            "Our reporter in Miyako spoke to residents clearing up. \"It went on and on - maybe 40 seconds, maybe a minute,\" said Hideo Sasaki, 74, whose garden wall collapsed. \"After 2011 you never sleep quite as deeply. I was out the door with my shoes on before it stopped.\"",
            "About 2,900 people spent part of the night at evacuation centres in Iwate, the prefecture said. Most have now gone home.",
        ]),
        ("06:45", "2026-09-19T06:45:00+09:00", "Magnitude revised to 6.8", [
            "The Japan Meteorological Agency has revised the magnitude up to 6.8 from its preliminary estimate of 6.6. The depth is estimated at about 50 km. The US Geological Survey has the quake at magnitude 6.7.",
            "More than 20 aftershocks of intensity 1 or greater have been recorded so far. The largest, magnitude 5.1, struck at 4:02 a.m.",
        ]),
        ("04:10", "2026-09-19T04:10:00+09:00", "JMA: stay away from the coast", [
            "At a news conference in Tokyo, Satoshi Ikegami of the JMA's earthquake and tsunami observation division said: \"We ask people not to return to coastal areas until the advisory is lifted, and to stay alert for strong aftershocks over the next week.\"",
            "He said the probability of a similar or larger quake is higher than usual for about a week, and urged residents to secure furniture and keep emergency supplies at hand.",
        ]),
        ("03:05", "2026-09-19T03:05:00+09:00", "Tsunami observed at Kuji", [
            "A tsunami of 40 centimetres was observed at Kuji port at 2:58 a.m., the JMA says. A 20-centimetre wave was recorded at Miyako.",
            "Emergency broadcasts are running on all television channels. Residents of low-lying coastal areas in Iwate have been told to move to higher ground.",
        ]),
        ("02:31", "2026-09-19T02:31:00+09:00", "Strong quake in Tohoku", [
            "A strong earthquake struck off Iwate prefecture at 2:14 a.m. The JMA has issued a tsunami advisory for the Pacific coasts of Iwate and Aomori. Shaking of upper 6 was recorded in Miyako.",
            "We will bring you updates through the night.",
        ]),
    ],
)

_EQ3 = _art(
    kind="paper", site="Japan Daybreak", domain="japandaybreak.example",
    url="https://japandaybreak.example/national/2026/09/20/iwate-quake-day-after-aftershocks/",
    headline="After the Iwate quake, a long night and a week of watching",
    dek="Twenty-three injured, dozens of aftershocks and a warning that the danger has not passed",
    section="National", authors=["Naomi Kurata"], role="Staff writer, Morioka",
    pub="2026-09-20T05:00:00+09:00",
    visible="September 20, 2026",
    caption="Residents of Miyako inspect a collapsed block wall on Saturday morning.",
    img="miyako-wall",
    tags=["Earthquake", "Iwate", "Disaster preparedness"],
    related=["Editorial: Block walls remain a hidden danger", "How the JMA's 'megaquake advisory' works",
             "Kuji fishermen check boats after tsunami"],
    paras=[
        "The first thing many people in Miyako remember is the noise - a deep roar, then the crash of crockery and the wail of phones all going off at once. The earthquake that struck off Iwate prefecture at 2:14 a.m. on Saturday was, by the standards of a region that lived through 2011, a moderate one. It was still enough to turn a quiet night into a long one.",
        "The Japan Meteorological Agency put the quake's magnitude at 6.8, revising a preliminary estimate of 6.6 issued minutes after the shaking. The epicentre was off the Pacific coast at a depth of about 30 kilometres. Miyako recorded upper 6 on the agency's seven-step intensity scale; Morioka, inland, recorded upper 5.",
        "By Saturday evening the Fire and Disaster Management Agency had counted 23 people injured in Iwate, Aomori and Miyagi prefectures, two of them seriously. No deaths were reported.",
        "## Tsunami and evacuation",
        "A tsunami advisory issued at 2:17 a.m. for the coasts of Iwate and Aomori sent thousands of residents to higher ground in the dark. A 40-centimetre wave reached Kuji port at 2:58 a.m. The advisory was lifted at 5:30 a.m.",
        "\"We ask people not to return to coastal areas until the advisory is lifted, and to stay alert for strong aftershocks over the next week,\" Chief Cabinet Secretary Noriko Muraoka said at a news conference in the early hours, as officials in Tokyo gathered information from the affected prefectures.",
        "For many older residents, the decision to leave was automatic. \"In 2011 we learned not to wait to see how big the wave is,\" said Fumiko Kudo, 79, who walked with her neighbour to a hilltop shrine in Yamada town. \"The young ones complain, but we go.\"",
        "About 2,900 people spent part of the night in evacuation centres in Iwate. By Saturday evening, 310 remained, mostly residents whose homes had been damaged or who were afraid to go back before daylight on Sunday.",
        "## Aftershocks",
        "The agency had recorded 47 aftershocks of intensity 1 or greater by 5 p.m. on Saturday. The largest, of magnitude 5.1, struck at 4:02 a.m. and briefly sent people who had just returned home back into the streets.",
        "Seismologists say a sequence like this one can continue for weeks. \"The fault that moved is in a zone where the Pacific plate is sliding under northeastern Japan,\" said Professor Akiko Hanzawa of Tohoku University's disaster science institute. \"A magnitude 6.8 quake releases stress, but it can also load neighbouring segments. That is why the week after matters.\"",
        "## Power, trains, roads",
        "Tohoku Electric Power said about 41,000 households lost electricity at the height of the outage. By Saturday evening, about 3,200 were still without power, most in Miyako and Yamada, where crews were replacing damaged poles.",
        "Tohoku Shinkansen services between Sendai and Shin-Aomori resumed shortly after 1 p.m. following track inspections. A section of National Route 45 near Yamada remained closed because of a small landslide.",
        "The Nuclear Regulation Authority said no abnormalities had been found at nuclear facilities in Aomori and Miyagi prefectures.",
        "## Lessons",
        "Officials said the night's response went largely as rehearsed. Evacuation routes were lit by emergency generators, and text alerts reached phones within seconds. But block walls again proved dangerous: at least four of the injured were hurt when walls collapsed, and the city of Miyako said it would expand subsidies to remove old walls along school routes.",
        "Iwate Governor Shinya Takahata visited Miyako on Saturday afternoon and promised help for damaged homes. \"Fifteen years after the great earthquake, we were reminded that the sea and the ground here are never fully at rest,\" he said.",
        "The 2011 magnitude 9.0 disaster killed more than 15,000 people across northeastern Japan, thousands of them along the Iwate coast that shook again on Saturday.",
    ],
    newsletter="Japan Daybreak's evening digest: the stories that shaped the day, in five minutes.",
)

_EQ4 = _art(
    kind="broadcast", site="PBC News", domain="pbcnews.example",
    url="https://pbcnews.example/news/world-asia-69120455",
    headline="Japan earthquake: Magnitude 6.8 quake strikes off Iwate coast",
    dek="At least 17 people were hurt and tens of thousands of homes lost power",
    section="Asia", authors=["Tom Ashdown"], role="in Tokyo",
    pub=None, visible="Updated 2 days ago",
    caption="Emergency workers check a damaged house in Miyako on Saturday.",
    img="miyako-house",
    tags=["Japan", "Earthquakes"],
    related=["How Japan prepares for earthquakes",
             "Japan's 2011 tsunami: how the coast was rebuilt",
             "Why does Japan have so many earthquakes?"],
    every=3,
    paras=[
        "A powerful earthquake has struck off the north-eastern coast of Japan, injuring at least 17 people and briefly triggering a tsunami advisory.",
        "The magnitude 6.8 quake hit off Iwate prefecture at 17:14 GMT on Friday (02:14 local time on Saturday), at a depth of about 50km (31 miles), according to the Japan Meteorological Agency.",
        "The US Geological Survey measured it at magnitude 6.7.",
        "The injury toll, given by Japan's disaster management agency on Saturday afternoon local time, had risen from nine earlier in the day. Most of those hurt were injured by falling objects. No deaths have been reported.",
        "In the coastal city of Miyako, the shaking reached 6-plus on Japan's intensity scale, which measures how strongly the ground shakes at a given location rather than the energy released by the quake. At that level, people cannot stay standing and unsecured furniture falls over.",
        "Residents described being jolted awake. \"The whole house was swaying. Things were falling from the shelves in the dark,\" one woman in Miyako told Japanese broadcaster TVJ.",
        "## Tsunami advisory",
        "A tsunami advisory - a lower level of alert than a tsunami warning - was issued for the coasts of Iwate and Aomori prefectures. Waves of up to 40cm (16in) were recorded at the port of Kuji.",
        "People in coastal areas were told to move to higher ground. The advisory was lifted at 05:30 local time.",
        "\"We ask people not to return to coastal areas until the advisory is lifted, and to stay alert for strong aftershocks over the next week,\" said Satoshi Ikegami, an official at the Japan Meteorological Agency, in the early hours of Saturday.",
        "Japan's Chief Cabinet Secretary Noriko Muraoka said the government was working to assess the damage \"with people's lives as our first priority\".",
        "About 41,000 homes lost power at the peak of the outage, according to Tohoku Electric Power. Bullet train services in the region were suspended for inspections and resumed in the early afternoon.",
        "Japan's nuclear regulator said no problems had been found at nuclear plants in the region.",
        "Dozens of aftershocks were recorded through Saturday, the strongest measuring magnitude 5.1 a little under two hours after the main quake. Around 2,900 people spent part of the night in evacuation centres in Iwate, most of whom returned home after daybreak.",
        "## Earthquake-prone country",
        "Japan sits on the so-called Pacific Ring of Fire and experiences about a fifth of the world's most powerful earthquakes.",
        "The same region was hit by a magnitude 9.0 earthquake in March 2011, which triggered a tsunami that killed more than 15,000 people and caused meltdowns at the Fukushima Daiichi nuclear power plant.",
        "The quake, which struck on Friday evening UK time, came in an area that has seen several strong tremors in recent years. Seismologists say aftershocks are likely in the coming days, and the JMA has warned that the risk of a similar-sized quake remains elevated for about a week.",
    ],
)

STORY_6 = _story("eq-HF6", "earthquake", "2026-09-21", [_EQ1, _EQ2, _EQ3, _EQ4], [
    ("hypocentre depth", r"\b50 ?(?:km|kilometres|kilometers)\b", r"\b30 ?(?:km|kilometres|kilometers)\b"),
    ("how long the tsunami advisory stayed in force", r"\bthree hours\b", r"\bsix hours\b"),
    ("who said 'we ask people not to return to coastal areas'", r"\bikegami\b", r"\bmuraoka\b"),
])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
