"""Story battery, part HE — written by engineer HE1 on 2026-12-07 (twenty-fifth batch, a precision batch).

Region: Central Asia and the Caucasus. All outlets (*.example), reporters, most officials, companies and
figures are invented; the prose is original. Each story is 4 full saved pages from different outlet kinds.

1. cb-HE1 (central bank) — National Bank of Kazakhstan cuts the base rate 18% -> 17.5% on Friday 6 March 2026.
   PLANTED: February annual inflation 11.8% (wire, newspaper; "nearly 12 percent" on TV) vs 12.8% (RateWatch
   Eurasia); decision day Friday vs "Thursday" (Eurasia 24, no machine-readable date); time of the decision
   15:00 Astana = 10:00 GMT = 3 p.m. vs "17:00 local time" (Astana Ledger).
   Traps: 50 bp / half a percentage point / 0.5; old and new rate; corridor 16.5–18.5%; January inflation 12.3%
   and the 13.1% September peak; 16:00 news conference; analysts' poll (11 of 16 for a hold) vs outcome;
   forecast range 9.5–11.5% (previously 10–12%); household expectations 13.4% (other metric); tenge 512.3 before,
   513.9 just after, 514.6 at the close; different analysts' year-end forecasts (16% vs 16.50%), attributed;
   governor with and without patronymic; quotes excerpted/paraphrased; next meeting April 17.
2. el-HE2 (election) — CONTROL. Mazhilis by-election, constituency No. 21 (Temirtau), Sunday 19 April 2026.
   Traps: live-blog running turnout (12.3/29.5/38.4% at 10/14/18h, 46.2% final) and partial counts (41 and 93 of
   118 stations); preliminary 52.6%/22.9% later revised in the final CEC protocol to 52.4%/23.1% (said to be
   revised, after two recounts); city turnout 41.0% and village 57.3% vs constituency 46.2%; 2023 figures
   (61.8%, 53.9%); polls closing 8 p.m. local = 15:00 GMT; "about/just over 162,000" vs 162,480; deputy akim vs
   deputy mayor; vice-minister vs deputy minister; winner's name with patronymic; margins 29.7 vs 29.3 points.
3. ct-HE3 (court) — Tbilisi City Court convicts ex-head of Georgian Regional Waterworks, Tuesday 2 June 2026.
   PLANTED: sentence nine years vs "seven years" (Tbilisi Herald); court Tbilisi City Court vs "Kutaisi City
   Court" (GeoNews 1, no machine-readable date); surname Gogoberidze vs "Gogoberadze" (Kvemo Kartli Today).
   Traps: 11 years sought by prosecutors; co-defendants' 4 years and 3 years suspended; 14.6m lari / $5.3m /
   "over 14 million" / "roughly five million dollars"; 40m lari of contracts; reading "nearly two hours" vs
   "1 hour and 50 minutes"; 11:00 local = 0700 GMT; ~20 months in custody vs "more than a year and a half";
   11 km paid vs 4 km laid; one-month appeal deadline; titles director general / chief executive / head.
4. tr-HE4 (trade) — Uzbekistan Q1 2026 foreign trade data, released Monday 20 April 2026.
   PLANTED: turnover growth 14.2% vs "12.4%" (Central Asia Commodities Report); the "textiles, copper and fruit"
   quote given to minister Sardor Mirzayev (wire, CACR) vs to statistics chief Bakhodir Tursunov (Tashkent
   Observer, no machine-readable date); China's share up 1.7 percentage points vs "rose 1.7%" (Radio Turon).
   Traps: $17.9bn / "almost $18 billion" / 228 trillion soums; exports +18.7%, imports +10.8%, non-gold +13.0%;
   deficit $2.7bn vs $2.9bn a year earlier; gold $2.4bn = 31.6% = "nearly a third" ($1.8bn a year earlier);
   March alone $6.8bn (part vs whole); 2025 totals and the $33bn export target; China 21.8% from 20.1%;
   product-group subtotals; ministerial title in other words.
5. rk-HE5 (rocket) — CONTROL. Soyuz-2.1b/Fregat launches Kazakhstan's Qyran-1 from Baikonur, Wednesday 13 May
   2026, after Tuesday's scrub.
   Traps: 06:13:42 UTC = 11:13:42 Astana = 09:13:42 Moscow = "shortly after 11 o'clock"; separation T+58:40 =
   "about an hour" = 07:12 UTC = 12:12 Astana; Fregat separation T+9:23 = "just over nine minutes"; first
   signals 07:47 UTC = 12:47 Astana; 1,180 kg / "about 1.2 tonnes"; 650 km; 70 cm; 14 rideshare satellites
   (16 on the manifest until two were withdrawn); planned Tuesday vs flew Wednesday; originally planned for
   March; 42bn tenge / $82m; the 2014 satellites; live-blog timeline in UTC.
6. eq-HE6 (earthquake) — CONTROL. Earthquake near Shamakhi, Azerbaijan, 03:42 local Thursday 29 January 2026
   (23:42 UTC Wednesday 28 January).
   Traps: magnitude 5.6 (RSSC, local) / 5.4 (EMSC) / 5.3 (USGS), depth 12 vs 10 km, each attributed; running
   tolls: 9 sought help (07:00) -> 23 injured and one death (13:00) -> 31 injured, 11 hospitalised (next day);
   damaged houses 60 preliminary -> 412 (said to be updated); aftershocks 17 -> 33 -> 58, largest 4.1 at 05:10
   local = 01:10 UTC; Shamakhi/Şamaxı, Ismayilli/İsmayıllı; 120 km from Baku; minus four at night vs minus six
   the next night; schools closed Thursday, then Friday too.
"""

from __future__ import annotations

import html as _html
import json as _json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# page-building helpers (house templates for several kinds of outlet)
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return _html.escape(s, quote=True)


def _body(paras, ad_every=4, ad="<div class=\"ad-slot\"><span>Advertisement</span></div>",
          figure=None, figure_after=1):
    out = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"<h2>{p[3:]}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pull\"><p>{p[2:]}</p></blockquote>")
        elif p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p>{p}</p>")
        if figure and i == figure_after:
            src, cap, credit = figure
            out.append(f"<figure class=\"inline\"><img src=\"{src}\" alt=\"{_e(cap)}\" loading=\"lazy\">"
                       f"<figcaption>{cap} <span class=\"credit\">{credit}</span></figcaption></figure>")
        if ad_every and i and i % ad_every == 0 and i < len(paras) - 1:
            out.append(ad)
    return "\n".join(out)


def _head(url, site, headline, dek, iso=None, modified=None, author=None, section="News",
          image="/img/lead.jpg", lang="en", extra=""):
    host = url.split("/")[2]
    meta = [
        "<!DOCTYPE html>",
        f"<html lang=\"{lang}\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        f"<title>{_e(headline)} | {_e(site)}</title>",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<meta name=\"description\" content=\"{_e(dek)}\">",
        f"<link rel=\"canonical\" href=\"{url}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:site_name\" content=\"{_e(site)}\">",
        f"<meta property=\"og:title\" content=\"{_e(headline)}\">",
        f"<meta property=\"og:description\" content=\"{_e(dek)}\">",
        f"<meta property=\"og:url\" content=\"{url}\">",
        f"<meta property=\"og:image\" content=\"https://{host}{image}\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        f"<meta property=\"article:section\" content=\"{_e(section)}\">",
    ]
    if iso:
        meta.append(f"<meta property=\"article:published_time\" content=\"{iso}\">")
        if modified:
            meta.append(f"<meta property=\"article:modified_time\" content=\"{modified}\">")
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "description": dek,
            "datePublished": iso,
            "dateModified": modified or iso,
            "mainEntityOfPage": url,
            "image": [f"https://{host}{image}"],
            "articleSection": section,
            "author": [{"@type": "Person", "name": a} for a in (author or [])] or {"@type": "Organization", "name": site},
            "publisher": {"@type": "Organization", "name": site,
                          "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo.png"}},
        }
        meta.append("<script type=\"application/ld+json\">" + _json.dumps(ld, ensure_ascii=False) + "</script>")
    meta.append(f"<link rel=\"stylesheet\" href=\"https://{host}/static/site.css\">")
    meta.append("<script async src=\"https://ads.adnet.example/tag.js\"></script>")
    if extra:
        meta.append(extra)
    meta.append("</head>")
    return "\n".join(meta)


def _cookie(text="We use cookies to personalise content and ads and to analyse our traffic.",
            accept="Accept all", reject="Manage choices"):
    return (f"<div id=\"cookie-consent\" class=\"consent\" role=\"dialog\"><p>{text} "
            f"<a href=\"/privacy\">Privacy policy</a></p><button class=\"accept\">{accept}</button>"
            f"<button class=\"manage\">{reject}</button></div>")


def _share(url, style="icons"):
    if style == "icons":
        return (f"<div class=\"share\"><span>Share</span><a href=\"https://x.example/share?u={url}\">X</a>"
                f"<a href=\"https://facebook.example/sharer?u={url}\">Facebook</a>"
                f"<a href=\"https://t.me.example/share?url={url}\">Telegram</a>"
                "<button class=\"copy\">Copy link</button></div>")
    return ("<ul class=\"social-tools\"><li><a href=\"#\">Email</a></li><li><a href=\"#\">Print</a></li>"
            "<li><a href=\"#\">WhatsApp</a></li><li><a href=\"#\">LinkedIn</a></li></ul>")


def _related(items, title="Related"):
    lis = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for t, h in items)
    return f"<aside class=\"related\"><h3>{title}</h3><ul>{lis}</ul></aside>"


def _newsletter(name, blurb):
    return (f"<section class=\"newsletter\"><h3>{name}</h3><p>{blurb}</p>"
            "<form action=\"/subscribe\" method=\"post\"><input type=\"email\" placeholder=\"Your email address\">"
            "<button type=\"submit\">Sign up</button></form></section>")


def _nav(items, brand):
    lis = "".join(f"<li><a href=\"/{i.lower().replace(' ', '-')}\">{i}</a></li>" for i in items)
    return (f"<header class=\"masthead\"><a class=\"brand\" href=\"/\">{brand}</a>"
            f"<nav aria-label=\"Main\"><ul>{lis}</ul></nav>"
            "<a class=\"subscribe-btn\" href=\"/subscribe\">Subscribe</a><button class=\"search\">Search</button></header>")


def _footer(site, links=("About us", "Contact", "Corrections", "Terms of use", "Privacy", "Advertise")):
    lis = " ".join(f"<a href=\"/{lk.lower().replace(' ', '-')}\">{lk}</a>" for lk in links)
    return (f"<footer class=\"site-footer\"><nav>{lis}</nav><p>&copy; {site}. All rights reserved. "
            "Reproduction without permission is prohibited.</p></footer>")


def _article_page(kind, url, site, headline, dek, byline, shown, paras, *, iso=None, modified=None,
                  authors=None, section="News", figure=None, related=(), nav=None, newsletter=None,
                  dateline=None, tags=(), extra_top=""):
    """Build a full saved page. kind: wire | paper | broadcast | trade | regional."""
    head = _head(url, site, headline, dek, iso=iso, modified=modified, author=authors, section=section)
    navitems = nav or ["World", "Business", "Markets", "Politics", "Opinion", "Sport", "Video"]
    tag_html = "".join(f"<a class=\"tag\" href=\"/tag/{t.lower().replace(' ', '-')}\">{t}</a>" for t in tags)
    first = paras[0]
    if dateline:
        first = f"<span class=\"dateline\">{dateline}</span> &mdash; {first}"
    ps = [first, *paras[1:]]
    time_html = (f"<time datetime=\"{iso}\">{shown}</time>" if iso else f"<span class=\"ts\">{shown}</span>")
    if kind == "wire":
        body = _body(ps, ad_every=5, figure=figure, ad="<div class=\"adv\" data-slot=\"mid\">ADVERTISEMENT</div>")
        main = (f"<main class=\"wire-story\"><div class=\"kicker\">{section}</div><h1>{headline}</h1>"
                f"<div class=\"meta\"><span class=\"by\">{byline}</span> {time_html}</div>"
                f"{_share(url, 'list')}<div class=\"story-body\">{body}</div>"
                f"<p class=\"editing\">Reporting by {byline.replace('By ', '')}; editing by the {site} desk</p>"
                f"<div class=\"tags\">{tag_html}</div>{_related(related, 'More from ' + site)}</main>")
    elif kind == "paper":
        body = _body(ps, ad_every=3, figure=figure,
                     ad="<aside class=\"advert\"><p class=\"label\">Advertisement</p><div class=\"slot\"></div></aside>")
        main = (f"<main><article class=\"story\"><p class=\"section-label\">{section}</p><h1 class=\"headline\">{headline}</h1>"
                f"<p class=\"standfirst\">{dek}</p><div class=\"byline-block\"><span class=\"author\">{byline}</span>"
                f"<span class=\"pubdate\">{time_html}</span></div>{_share(url)}<div class=\"article-body\">{body}</div>"
                f"<div class=\"topics\">Topics: {tag_html}</div></article>"
                f"{_related(related, 'Read more')}"
                f"{_newsletter(*(newsletter or ('The Morning Brief', 'The day’s essential stories, every weekday.')))}"
                "<section class=\"comments\"><h3>Comments</h3><p>Comments are closed for this article.</p></section></main>")
    elif kind == "broadcast":
        body = _body(ps, ad_every=4, figure=figure,
                     ad="<div class=\"promo-ad\"><small>Advertisement</small><iframe title=\"ad\" src=\"about:blank\"></iframe></div>")
        main = (f"<main id=\"main-content\"><div class=\"video-player\" data-duration=\"2:14\"><button>Play video</button>"
                f"<p class=\"vcap\">Watch: our correspondent reports</p></div><article><h1>{headline}</h1>"
                f"<div class=\"contributor\"><strong>{byline}</strong><br>{time_html}</div>"
                f"<div class=\"summary\"><ul><li>{dek}</li></ul></div><div class=\"rich-text\">{body}</div>"
                f"{_share(url)}</article>{_related(related, 'Top stories')}"
                "<section class=\"most-read\"><h3>Most read</h3><ol><li><a href=\"/1\">Storm warning for the weekend</a></li>"
                "<li><a href=\"/2\">Football: late winner settles derby</a></li><li><a href=\"/3\">Fuel prices explained</a></li></ol></section></main>")
    elif kind == "trade":
        body = _body(ps, ad_every=4, figure=figure,
                     ad="<div class=\"sponsor\"><span>Advertisement &middot; Sponsored content</span></div>")
        main = (f"<main class=\"container\"><nav class=\"crumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/{section.lower()}\">{section}</a></nav>"
                f"<article class=\"post\"><h1 class=\"entry-title\">{headline}</h1><p class=\"excerpt\">{dek}</p>"
                f"<div class=\"entry-meta\"><span class=\"author vcard\">{byline}</span> &middot; {time_html}"
                " &middot; <span class=\"reading-time\">5 min read</span></div>"
                f"<div class=\"paywall-note\">Free article &mdash; subscribers get full data tables.</div>"
                f"<div class=\"entry-content\">{body}</div><div class=\"post-tags\">{tag_html}</div>{_share(url)}</article>"
                f"{_related(related, 'Related coverage')}"
                f"{_newsletter(*(newsletter or ('Weekly Briefing', 'Analysis and data for subscribers, once a week.')))}</main>")
    else:  # regional
        body = _body(ps, ad_every=3, figure=figure,
                     ad="<div class=\"banner-ad\"><p>Advertisement</p><a href=\"/ads\"><img src=\"/ads/local.gif\" alt=\"\"></a></div>")
        main = (f"<div class=\"weather-strip\">Weather: partly cloudy</div><main class=\"page\"><article>"
                f"<h1>{headline}</h1><div class=\"info\">{byline} | {time_html} | <a href=\"#comments\">0 comments</a></div>"
                f"<div class=\"text\">{body}</div>{_share(url, 'list')}</article>"
                f"{_related(related, 'Also in the news')}"
                f"{_newsletter(*(newsletter or ('Daily digest', 'Local news in your inbox every evening.')))}</main>")
    return "\n".join([head, "<body>", _cookie(), _nav(navitems, site), extra_top, main, _footer(site),
                      "<script src=\"/static/app.js\" defer></script>", "</body>", "</html>"])


def _live_page(url, site, headline, dek, entries, *, iso=None, modified=None, shown="", related=(), nav=None,
               summary=()):
    """Live blog: entries are (time label, title or '', [paragraphs]) newest first."""
    head = _head(url, site, headline, dek, iso=iso, modified=modified, section="Live")
    blocks = []
    for i, (t, title, ps) in enumerate(entries):
        inner = _body(ps, ad_every=0)
        h = f"<h3>{title}</h3>" if title else ""
        blocks.append(f"<div class=\"live-post\" id=\"post-{len(entries) - i}\"><p class=\"post-time\">{t}</p>{h}{inner}"
                      "<div class=\"post-share\"><button>Share this post</button></div></div>")
        if i % 3 == 2:
            blocks.append("<div class=\"live-ad\"><span>Advertisement</span></div>")
    summ = "".join(f"<li>{s}</li>" for s in summary)
    time_html = (f"<time datetime=\"{modified or iso}\">{shown}</time>" if iso else f"<span>{shown}</span>")
    main = (f"<main class=\"liveblog\"><span class=\"live-badge\">LIVE</span><h1>{headline}</h1><p class=\"dek\">{dek}</p>"
            f"<div class=\"updated\">{time_html}</div><section class=\"key-points\"><h2>Key points</h2><ul>{summ}</ul></section>"
            f"{_share(url)}<section class=\"feed\">{''.join(blocks)}</section>{_related(related, 'More on this story')}</main>")
    return "\n".join([head, "<body>", _cookie("This site uses cookies. By continuing you agree to our use of cookies.", "OK", "Settings"),
                      _nav(nav or ["Live", "News", "Business", "Video", "Podcasts"], site), main, _footer(site),
                      "</body>", "</html>"])


# ---------------------------------------------------------------------------
# Story 1 — cb-HE1: National Bank of Kazakhstan cuts the base rate
# ---------------------------------------------------------------------------

_CB1_A = _article_page(
    "wire",
    "https://steppewire.example/markets/2026/03/06/kazakhstan-central-bank-cuts-base-rate-to-17-5",
    "Steppe Wire",
    "Kazakhstan central bank cuts base rate to 17.5% as inflation slows",
    "The National Bank of Kazakhstan lowered its base rate by 50 basis points, its first cut since it began tightening early last year.",
    "By Arman Tulegenov",
    "March 6, 2026 3:12 PM GMT+5",
    [
        "Kazakhstan’s central bank cut its base rate by 50 basis points to 17.5% on Friday, the first reduction since it began a tightening campaign early last year, saying a steady slowdown in consumer prices had opened a window to start easing.",
        "The National Bank of Kazakhstan (NBK) kept the band around the base rate at plus or minus one percentage point, putting the interest rate corridor at 16.5% to 18.5%. The decision was published at 15:00 Astana time.",
        "The move split forecasters. Of 16 economists polled by Steppe Wire between Monday and Wednesday, 11 had expected the regulator to keep the rate at 18%, four predicted a 50-basis-point cut and one pencilled in a smaller reduction of 25 basis points.",
        "Annual inflation eased to 11.8% in February from 12.3% in January, according to the Bureau of National Statistics, while prices rose 0.8% on the month. Services inflation, which ran above 15% for much of last year as regulated utility tariffs were raised in stages, slowed to 14.6%.",
        "“Disinflation is proceeding broadly in line with our baseline scenario, and inflation expectations have started to decline,” the bank said in a statement. “The Monetary Policy Committee considers it possible to begin a gradual and cautious reduction of the base rate while keeping monetary conditions tight.”",
        "The bank also lowered its forecast for inflation at the end of 2026 to a range of 9.5% to 11.5%, from 10% to 12% previously, and said it still expected inflation to return to its 5% target in 2028.",
        "The tenge was little changed after the announcement, trading at 513.9 per dollar on the Kazakhstan Stock Exchange shortly after the decision, against 512.3 in the minutes before it.",
        "The bank said the balance of risks to inflation was still tilted upwards, pointing to fiscal stimulus, the pace of utility tariff increases and price growth in Russia, Kazakhstan’s largest source of imports. Some lawmakers and business groups have criticised the regulator for keeping borrowing costs high for too long, while others had urged it not to ease before the spring tariff round feeds through to prices.",
        "The NBK raised the base rate to 16.5% in March last year and again to 18% in October, as a weaker currency, higher utility tariffs and heavy budget spending pushed inflation far above target. It held the rate at 18% at its previous meeting in January.",
        "Economists said the bank was at pains to sound cautious. “It is a cut, but a hawkish one,” said Dana Mukhametova, chief economist at Altyn Capital in Almaty. “The statement keeps the door open to a pause in April if oil prices or the tenge move the wrong way.”",
        "Ruslan Tazhibayev, head of research at Jibek Securities, said he expected the bank to take the rate down to 16% by December, provided monthly inflation kept slowing. “The real rate is still very high, so there is room, but they will want to see the spring tariff round first,” he said.",
        "Governor Nurlan Bekbossynov is due to explain the decision at a news conference at 16:00 Astana time. The next scheduled rate decision is on April 17.",
        "Kazakhstan, Central Asia’s largest economy, relies on oil and gas for more than half of its export revenue. Gross domestic product grew 5.9% in 2025, according to a preliminary official estimate.",
    ],
    iso="2026-03-06T15:12:00+05:00",
    modified="2026-03-06T15:31:00+05:00",
    authors=["Arman Tulegenov"],
    section="Markets",
    dateline="ASTANA, March 6 (Steppe Wire)",
    tags=["Kazakhstan", "Central banks", "Interest rates", "Tenge"],
    related=[("Kazakh inflation slows for fifth month in February", "/economy/2026/03/02/kazakh-inflation-february"),
             ("Explainer: how Kazakhstan’s tenge corridor works", "/explainers/tenge-corridor"),
             ("Oil output at Tengiz returns to normal after maintenance", "/energy/2026/03/04/tengiz-output")],
)

_CB1_B = _article_page(
    "paper",
    "https://astanaledger.example/business/national-bank-trims-base-rate-warns-against-rapid-easing",
    "The Astana Ledger",
    "National Bank trims base rate to 17.5%, warns against expecting rapid easing",
    "First cut since the tightening cycle began; the governor says further moves depend on inflation expectations and the tenge.",
    "By Madina Ospanova and Yerlan Kuanyshev",
    "6 March 2026, 19:40",
    [
        "The National Bank of Kazakhstan lowered its base rate to 17.5% from 18% on Friday, taking its first step away from the tightest monetary policy the country has seen in almost a decade, but warning businesses and borrowers not to count on a quick run of further cuts.",
        "The decision, announced at 17:00 local time, came after annual inflation fell for a fifth consecutive month, to 11.8% in February. The regulator said it would keep policy “tight” for as long as needed to bring inflation back to its 5% target.",
        "Speaking to reporters after the announcement, Governor Nurlan Yerzhanuly Bekbossynov said the Monetary Policy Committee had weighed two options – leaving the rate unchanged and cutting it by half a percentage point – and had chosen the cut “by a clear majority”.",
        "“This is not the beginning of an automatic cycle,” Mr Bekbossynov said. “Each decision will be taken meeting by meeting. If we see inflation expectations rising again, or renewed pressure on the exchange rate, we are ready to pause.”",
        "The regulator raised the rate twice in 2025 – to 16.5% in March and to 18% in October – after inflation accelerated on the back of higher fuel and utility tariffs, a weaker tenge and generous budget spending. Inflation peaked at 13.1% in September, according to the Bureau of National Statistics, and has eased every month since.",
        "Consumer lending, which the bank has repeatedly singled out as a source of price pressure, has also cooled. Growth in unsecured consumer loans slowed to 18% year on year in January from more than 30% a year earlier, Deputy Governor Aliya Sarsenbayeva said. “The cooling of unsecured lending is one of the reasons we feel more comfortable today,” she told the news conference.",
        "The government has promised to cut transfers from the National Fund, the country’s oil savings fund, this year, a step the central bank has long urged. Mr Bekbossynov said fiscal policy remained “the main risk” to the inflation outlook alongside the tenge and world food prices.",
        "Business groups welcomed the move but said it was too small to change much. “Companies are paying 22 to 25% on working-capital loans,” said Serik Amanzholov, deputy chairman of the Kazakhstan Association of Food Processors. “Half a point will not change anyone’s investment plans. Two or three points would.”",
        "The tenge ended the day at 514.6 per dollar, about 0.4% weaker than a day earlier, as traders booked profits after a strong February for the currency. Yields on short-dated government bonds fell by between 15 and 25 basis points.",
        "Aigerim Zhunussova, an economist at Kapital Invest, said the bank’s updated forecast pointed to one or two more cuts this year. “With inflation seen at 9.5 to 11.5% at the end of the year, a base rate of 17.5% leaves a real rate of six to eight points, which is very high,” she said. “They have room, but they clearly do not want to be seen rushing.”",
        "## What it means for borrowers",
        "Mortgage holders will see little immediate relief. Rates on most state-subsidised housing programmes are fixed and will not move, while commercial mortgage rates, which average about 20%, usually take several months to respond to a change in the base rate, bankers said.",
        "Depositors, on the other hand, may soon notice smaller returns. Several large banks said on Friday evening that they would review rates on tenge savings accounts next week.",
        "The committee’s next scheduled decision is due on April 17. The bank will publish a summary of the committee’s discussion on March 17.",
    ],
    iso="2026-03-06T19:40:00+05:00",
    modified="2026-03-06T20:05:00+05:00",
    authors=["Madina Ospanova", "Yerlan Kuanyshev"],
    section="Business",
    figure=("/img/2026/03/nbk-building.jpg", "The National Bank of Kazakhstan’s headquarters in Astana.", "Photo: Ledger archive"),
    tags=["National Bank", "Inflation", "Banking"],
    related=[("Opinion: The National Fund cannot keep paying for everything", "/opinion/national-fund-transfers"),
             ("Utility tariffs to rise again in April, ministry says", "/business/utility-tariffs-april"),
             ("Consumer credit boom shows signs of cooling", "/business/consumer-credit-cooling")],
    newsletter=("Ledger Business Daily", "Markets, money and companies – in your inbox every weekday morning."),
)

_CB1_C = _article_page(
    "trade",
    "https://ratewatch-eurasia.example/kazakhstan/nbk-opens-easing-cycle-50bp-five-takeaways",
    "RateWatch Eurasia",
    "NBK opens easing cycle with 50bp cut: five takeaways",
    "The National Bank of Kazakhstan moved earlier than most expected. Here is what the statement, the forecast and the press conference tell us.",
    "Timur Alimbetov",
    "7 March 2026",
    [
        "The National Bank of Kazakhstan delivered the first rate cut of the cycle on 6 March, lowering the base rate by 50bp to 17.50% and keeping the symmetric corridor of ±1pp (16.50%–18.50%). Consensus had been split, with most sell-side economists looking for a hold.",
        "## 1. Disinflation is real, but slow",
        "Headline CPI slowed to 12.8% y/y in February, extending a decline that began in the autumn. Month-on-month inflation of 0.8% is still, annualised, roughly twice the 5% target, which is why the committee chose 50bp rather than a larger move.",
        "Services remain the sticky component at 14.6% y/y, reflecting the staged increases in regulated utility tariffs. Food inflation was 10.9% and non-food goods 9.7%.",
        "## 2. Expectations are doing the heavy lifting",
        "The bank’s monthly household survey showed 12-month-ahead inflation expectations easing to 13.4% in February from 13.9% in January. The statement explicitly cites falling expectations as a reason for the move, and the press release language on expectations was noticeably softer than in January.",
        "## 3. The forecast was revised down",
        "The NBK now sees end-2026 inflation at 9.5%–11.5% (previously 10%–12%) and end-2027 at 6.5%–8.5%, and it continues to aim for the 5% target in 2028. The oil-price assumption for 2026 was left at $60 per barrel of Brent.",
        "## 4. Guidance: gradual and data-dependent",
        "Governor Nurlan Bekbossynov told reporters that the committee would act “meeting by meeting” and did not rule out a pause at the next meeting if the exchange rate came under pressure. Deputy Governor Aliya Sarsenbayeva pointed to “the cooling of unsecured lending” as a further factor behind the decision.",
        "“The NBK has bought itself flexibility,” said Gulnara Seitkali, a fixed-income strategist at Jibek Securities in Almaty. “A cut now, with hawkish language, lets them skip April without it looking like a U-turn.”",
        "## 5. What is priced in",
        "Our base case is a further 100bp of cuts in 2026, taking the base rate to 16.50% by December, with a likely pause at the 17 April meeting. The main risks are the second round of utility tariff increases due in the spring, fiscal transfers from the National Fund and the tenge’s sensitivity to oil.",
        "The tenge closed Friday’s session at 514.6 per dollar. Two-year government bond yields fell about 25bp to 16.9%, while the one-year yield dropped to 17.1%.",
        "The cut leaves Kazakhstan’s policy rate well above Uzbekistan’s, where the central bank left its main rate at 14% in January, but the real rate gap between the two has narrowed as Uzbek inflation has fallen faster.",
        "## Bottom line: a cautious start, not a pivot",
        "The decision is best read as a recognition that policy had become more restrictive than the committee intended as inflation fell, rather than as the start of an aggressive easing cycle. With the real rate still far above its historical norm, the NBK can afford to be patient; what it cannot afford is to be seen cutting into a new bout of tenge weakness. We expect the statement language, not the rate, to do most of the work at the April meeting.",
        "Our full NBK monitor, with the decision-by-decision history since 2015 and the committee’s forward guidance scored on our hawk-dove scale, is available to subscribers.",
    ],
    iso="2026-03-07T10:15:00+05:00",
    authors=["Timur Alimbetov"],
    section="Kazakhstan",
    tags=["NBK", "Monetary policy", "CIS rates"],
    related=[("Uzbekistan: CBU keeps 14% and signals patience", "/uzbekistan/cbu-january-hold"),
             ("Chart pack: real policy rates across Eurasia", "/charts/real-rates-eurasia"),
             ("Kazakhstan: utility tariff calendar for 2026", "/kazakhstan/tariff-calendar-2026")],
    nav=["Kazakhstan", "Uzbekistan", "Caucasus", "Russia", "Data", "Research"],
)

_CB1_D = _article_page(
    "broadcast",
    "https://eurasia24.example/news/economy/central-bank-rate-cut-what-it-means-for-your-loan",
    "Eurasia 24",
    "Central bank cuts interest rate for the first time in over a year – what it means for your loan",
    "The base rate is now 17.5 percent, down from 18 percent.",
    "Saule Bekova, Almaty",
    "Updated 4 hours ago",
    [
        "Kazakhstan’s National Bank lowered its key interest rate on Thursday, cutting the base rate from 18 percent to 17.5 percent – a half-point reduction that officials described as the start of a “gradual and cautious” easing.",
        "The announcement came at 3 p.m. in Astana, or 10:00 GMT, and was followed an hour later by a news conference with the bank’s leadership.",
        "Inflation has been falling for several months and stood at nearly 12 percent in February, the bank said – still more than twice its target of 5 percent.",
        "At a wholesale bakery supplier in Almaty’s Alatau district, owner Bakhyt Seitkazy said he had waited for the cut for months. “My loan is at 24 percent. If it goes to 23, that is something, but it is not a revolution,” he said, standing next to sacks of flour he now buys a week at a time instead of a month at a time.",
        "National Bank Governor Nurlan Bekbossynov told reporters that the regulator would decide “meeting by meeting.” “This is not the beginning of an automatic cycle,” he said.",
        "## Will my loan get cheaper?",
        "Not straight away. Banks usually take several months to pass on changes in the base rate, and many mortgages under state programmes carry fixed rates that will not change at all. Rates on new car loans and credit cards may drift lower first, analysts say.",
        "Banks themselves were cautious on Friday. A spokesperson for one of the country’s largest lenders told Eurasia 24 that it would “review” its lending rates next week but gave no figures. Another bank said rates on new consumer loans had already been falling slightly since January as competition for borrowers picked up.",
        "## What about my savings?",
        "Deposit rates may also edge lower. For now, most tenge savings accounts still pay between 14 and 16 percent a year, well above inflation, and financial advisers say there is no reason for savers to rush.",
        "For pensioner Raisa Akhmetova, who keeps her savings in a tenge deposit, the news was mixed. “When the rate was going up, my deposit paid more, and prices were going up too. Now maybe prices will calm down, and the deposit will pay a little less. I can live with that,” she said at a bank branch in central Almaty.",
        "Dana Mukhametova of Altyn Capital called the move “a cut, but a hawkish one,” meaning the bank is signalling that it is in no hurry to keep lowering rates.",
        "The base rate was raised twice last year as prices rose quickly on the back of higher utility bills, a weaker tenge and large government spending. Inflation peaked last autumn at just over 13 percent.",
        "The bank has said it wants to bring inflation down to 5 percent by 2028. Economists warn that planned increases in electricity, heating and water tariffs this spring could slow that progress, which is why the National Bank is in no hurry to promise more cuts.",
        "The National Bank’s next decision is due on April 17.",
    ],
    section="Economy",
    figure=("/media/img/almaty-bakery-supplier.jpg", "Bakhyt Seitkazy at his warehouse in Almaty.", "Eurasia 24"),
    related=[("Utility bills: what changes in April", "/news/utility-bills-april"),
             ("Tenge steady against dollar", "/news/economy/tenge-steady"),
             ("How to read your loan agreement", "/news/explainers/loan-agreement")],
    nav=["Home", "Kazakhstan", "World", "Economy", "Sport", "Live TV"],
)

STORY_1 = _story(
    "cb-HE1", "central bank", "2026-03-08",
    [_page("https://steppewire.example/markets/2026/03/06/kazakhstan-central-bank-cuts-base-rate-to-17-5", _CB1_A),
     _page("https://astanaledger.example/business/national-bank-trims-base-rate-warns-against-rapid-easing", _CB1_B),
     _page("https://ratewatch-eurasia.example/kazakhstan/nbk-opens-easing-cycle-50bp-five-takeaways", _CB1_C),
     _page("https://eurasia24.example/news/economy/central-bank-rate-cut-what-it-means-for-your-loan", _CB1_D)],
    [("February annual inflation: 11.8% vs 12.8% (RateWatch Eurasia)", r"\b11\.8\b", r"\b12\.8\b"),
     ("weekday of the decision: Friday vs Thursday (Eurasia 24)", r"\bfriday\b", r"\bthursday\b"),
     ("time the decision was announced: 15:00 Astana (=10:00 GMT, 3 p.m.) vs 17:00 local (Astana Ledger)",
      r"\b15[:.]00\b|\b3 ?p\.?m\b|\b10[:.]00 ?gmt\b", r"\b17[:.]00\b|\b5 ?p\.?m\b")],
)

# ---------------------------------------------------------------------------
# Story 2 — el-HE2 (CONTROL): Mazhilis by-election in a Karaganda-region constituency
# ---------------------------------------------------------------------------

_EL2_A = _live_page(
    "https://saryarkatv.example/live/2026/04/19/temirtau-by-election-live",
    "Saryarka TV",
    "Temirtau by-election: live updates as the count continues",
    "Voters in single-member constituency No. 21 choose a new Mazhilis deputy. Follow the day with our reporters at polling stations and at the district election commission.",
    [
        ("01:10", "Count nearly complete",
         ["Protocols from 93 of the 118 polling stations have now been entered. On those figures Daniyar Sultanbekov has 53.0% and Gulmira Akhmetzhanova 22.4%, with Yerbol Kassymov on 11.9%.",
          "The district commission says it will publish preliminary results for the whole constituency at 9:30 this morning. We will pause the live page here and return with the full picture then. Thank you for following."]),
        ("23:40", "First partial count",
         ["The district election commission has released its first partial figures, based on protocols from 41 of 118 polling stations, most of them in Temirtau itself.",
          "Sultanbekov (Amanat): 55.1%. Akhmetzhanova (self-nominated): 20.6%. Kassymov (People’s Party): 11.3%. Nurpeissov (Ak Zhol): 8.0%. Miroshnichenko (self-nominated): 3.1%. Against all: 1.9%.",
          "These are early numbers and will change as rural stations report. Akhmetzhanova’s campaign says its own observers expect her share to rise."]),
        ("22:05", "Observers report queues, some complaints",
         ["The Adal Dauys observer network says its volunteers recorded 37 “incidents” at 22 polling stations, mostly voters being brought in groups by employers and two cases of ballot papers being photographed. It stressed that it had not yet seen anything that would change the outcome.",
          "The district commission chair, Svetlana Ponomareva, told us that no formal complaints had been filed by the close of polls."]),
        ("21:30", "Turnout 46.2%",
         ["Preliminary turnout across the constituency was 46.2%, the district commission says – well below the 53.9% recorded when the seat was last contested in March 2023.",
          "Turnout was markedly lower in Temirtau city, at 41.0%, than in the rural part of the constituency in Bukhar-Zhyrau district, where 57.3% of registered voters cast a ballot."]),
        ("20:00", "Polls close",
         ["Polling stations have closed at 8 p.m. local time (15:00 GMT). Counting has begun at all 118 stations. About 162,000 people were registered to vote."]),
        ("18:30", "Turnout at 6 p.m.: 38.4%",
         ["The Central Election Commission’s latest update puts turnout at 18:00 at 38.4%, up from 29.5% at 14:00 and 12.3% at 10:00.",
          "Our reporter at School No. 14 on Metallurgov Avenue says a steady stream of shift workers arrived straight from the steel plant."]),
        ("14:20", "“I voted for the roads”",
         ["At a polling station in the village of Botakara, Zhanibek Utegenov, 67, said he had voted for the candidate who promised to repair the road to the district centre. “Every five years they promise. We will see,” he said, declining to say which candidate that was.",
          "Gulmira Akhmetzhanova voted in Temirtau shortly after midday. “People want someone who will talk about wages and air quality, not ribbons and openings,” she told reporters."]),
        ("10:15", "Candidates vote",
         ["Daniyar Sultanbekov, the former deputy akim of Temirtau, cast his ballot at 9:10 at the polling station in his neighbourhood, accompanied by his wife. “Whatever the result, today is about the people of Temirtau and the villages,” he said.",
          "Five candidates are on the ballot, as well as the option to vote “against all”."]),
        ("07:05", "Polls open",
         ["Good morning. Polling stations in constituency No. 21 opened at 7 a.m. and will close at 8 p.m. The by-election was called after the seat’s deputy, Kanat Ibraimov, was appointed a vice-minister of industry in January.",
          "The winner will serve until the end of the current Mazhilis term."]),
    ],
    iso="2026-04-19T07:05:00+05:00",
    modified="2026-04-20T01:10:00+05:00",
    shown="Last updated 20 April 2026, 01:10",
    summary=["Polls closed at 20:00 local time; preliminary turnout 46.2%",
             "With 93 of 118 stations counted, Sultanbekov leads with 53.0%",
             "Observers report 37 incidents, none described as decisive"],
    related=[("Who are the five candidates?", "/news/2026/04/15/temirtau-candidates"),
             ("Why the seat fell vacant", "/news/2026/01/28/ibraimov-appointed"),
             ("Air quality tops voters’ concerns, poll finds", "/news/2026/04/10/air-quality-poll")],
)

_EL2_B = _article_page(
    "wire",
    "https://casianews.example/politics/2026-04-20/ruling-party-candidate-wins-temirtau-by-election",
    "Central Asia Newswire",
    "Ruling party candidate wins Kazakh parliamentary by-election – preliminary results",
    "Daniyar Sultanbekov takes 52.6% of the vote in constituency No. 21, preliminary figures show; a steelworkers’ union activist is second.",
    "By Olzhas Dauletov",
    "20 Apr 2026, 10:05 (GMT+5)",
    [
        "A candidate from Kazakhstan’s governing Amanat party won a by-election for a seat in the lower house of parliament in the industrial Karaganda region, preliminary results showed on Monday, beating a trade union activist who campaigned on wages and pollution.",
        "Daniyar Sultanbekov, a former deputy mayor of the steel town of Temirtau, received 52.6% of the votes cast in Sunday’s vote in single-member constituency No. 21, the district election commission said. Gulmira Akhmetzhanova, a union organiser at the Temirtau steelworks who ran as an independent, took 22.9%.",
        "Yerbol Kassymov of the People’s Party of Kazakhstan came third with 11.7%, followed by Aidos Nurpeissov of Ak Zhol with 8.2% and Olga Miroshnichenko, a self-nominated retired schoolteacher, with 2.9%. The “against all” option received 1.7%.",
        "Turnout was 46.2%, the commission said, down from 53.9% when the seat was last contested in the March 2023 parliamentary election. Just over 162,000 voters were registered in the constituency, which covers Temirtau and part of the neighbouring Bukhar-Zhyrau district.",
        "The figures are preliminary. Under Kazakh law, the Central Election Commission must confirm the final result within seven days.",
        "“I thank every voter, including those who did not vote for me,” Sultanbekov told supporters at his campaign office early on Monday. “The message about air quality and wages has been heard, and I will take it to the Mazhilis.”",
        "Akhmetzhanova said her campaign would ask for recounts at three polling stations where its observers had reported irregularities, but did not dispute that Sultanbekov had won. “We came second from nothing, without money and without television,” she said. “That is a result.”",
        "The seat became vacant in January when its holder, Kanat Ibraimov, was appointed deputy minister of industry and construction. Ibraimov won it in 2023 with 61.8% of the vote.",
        "Sultanbekov, 46, served for four years as deputy akim of Temirtau responsible for housing and utilities before stepping down to run. His campaign focused on repairing district heating networks, rural roads and what he called “honest dialogue” with the steel plant’s new owner over emissions.",
        "The by-election was the first test in the region since President Kassym-Jomart Tokayev proposed constitutional changes to parliament last year. Analysts said the drop in turnout and the second place for an independent pointed to discontent in Temirtau, whose steel plant has cut jobs since changing owners.",
        "Temirtau, a city of about 180,000 people built around one of the largest steelworks in the former Soviet Union, has long had some of the worst air quality in Kazakhstan. The plant changed hands after the government pushed its previous foreign owner to sell, following a series of deadly accidents at the company’s coal mines.",
        "“The ruling party won comfortably, but a quarter of the vote for a union activist with no party behind her is a signal,” said Almaty-based political analyst Dimash Kenzhebekov.",
        "Kenzhebekov said low turnout was typical of by-elections, which rarely attract the attention or campaign spending of national polls, but that the gap between the city and the villages was unusually wide.",
        "Observers from the independent Adal Dauys network said they had recorded 37 incidents at 22 polling stations, including group voting organised by employers, but described the vote as generally orderly.",
    ],
    iso="2026-04-20T10:05:00+05:00",
    authors=["Olzhas Dauletov"],
    section="Politics",
    dateline="ASTANA, April 20",
    tags=["Kazakhstan", "Elections", "Mazhilis"],
    related=[("Kazakh steel plant to cut 1,200 jobs under new owner", "/business/2026-02-11/temirtau-steel-jobs"),
             ("Factbox: Kazakhstan’s mixed electoral system", "/factbox/kazakhstan-electoral-system")],
)

_EL2_C = _article_page(
    "regional",
    "https://temirtaucourier.example/news/vybory-itogi-okrug-21",
    "Temirtau Courier",
    "Sultanbekov goes to the Mazhilis; the city stayed at home",
    "Only four in ten Temirtau voters turned out, preliminary figures show, while the villages voted in larger numbers.",
    "Irina Solovyova",
    "Published 21.04.2026",
    [
        "Daniyar Bakhytzhanovich Sultanbekov will represent Temirtau and its surrounding villages in the Mazhilis after winning Sunday’s by-election with a little over half of the vote, according to preliminary results published by the district election commission on Monday morning.",
        "Sultanbekov, who served as deputy akim of the city for four years before resigning in February to run, took 52.6% of the vote. Gulmira Akhmetzhanova, known to many readers from her years at the trade union committee of the steelworks, came second with 22.9%.",
        "But the story of the day in Temirtau was not who won, but who did not vote. Turnout in the city itself was only 41.0%, the commission’s breakdown shows, against 57.3% in the villages of Bukhar-Zhyrau district that also belong to the constituency. Across the whole constituency turnout was 46.2% – in other words, fewer than half of registered voters came to the polls.",
        "At the polling station in School No. 14 on Metallurgov Avenue, members of the commission said the busiest hour had been just after the morning shift ended. “After that it was quiet, like a Sunday in August,” said one of them.",
        "Readers who spoke to the Courier gave different reasons for staying at home. “I voted in 2023 and nothing changed with the air,” said Tatyana, a nurse from the 5th microdistrict, who asked that her surname not be printed. Others said they had not known that there was an election at all.",
        "Political scientists have long said that by-elections in single-member constituencies struggle to attract voters, especially when they are held in spring, outside the usual electoral calendar. The district commission said it had sent invitations to every household and had run advertisements on local radio.",
        "In the villages the mood was different. In Botakara, where the bus to the district centre runs twice a day, residents queued in the morning. “Our road is the main question. Whoever fixes the road, we will vote for again,” said Zhanibek Utegenov, 67.",
        "Speaking to the Courier by telephone on Monday, Sultanbekov said his first request in parliament would concern emissions monitoring at the steel plant. “I know the numbers from my years at the akimat. People are right to be angry,” he said. He promised to open a public reception office in Temirtau “within a month”.",
        "Akhmetzhanova said she would ask for recounts at three polling stations, including two in the old town. “We do not claim we won. We claim that people should be able to trust every protocol,” she said.",
        "Yerbol Kassymov, who came third, congratulated the winner on Monday afternoon in a post on social media and said he would stand again at the next general election. Aidos Nurpeissov did not respond to the Courier’s requests for comment.",
        "The other candidates were Yerbol Kassymov (People’s Party), a Karaganda lawyer, who received 11.7%; Aidos Nurpeissov (Ak Zhol), a businessman who owns a chain of pharmacies, with 8.2%; and retired teacher Olga Miroshnichenko with 2.9%. The “against all” line was chosen by 1.7%.",
        "The Central Election Commission in Astana is to approve the final results within a week.",
    ],
    section="City",
    related=[("Steelworks: what the new owner has promised", "/news/kombinat-plans"),
             ("Bus to Botakara: timetable changes from May", "/news/botakara-bus"),
             ("Letters: “Why I did not vote”", "/letters/why-not-vote")],
    nav=["News", "City", "Steelworks", "Sport", "Announcements", "Obituaries"],
    newsletter=("Courier in your inbox", "The evening edition, every weekday at 6 p.m."),
)

_EL2_D = _article_page(
    "paper",
    "https://kazakhtribune.example/politics/cec-confirms-sultanbekov-win-temirtau",
    "Kazakh Daily Tribune",
    "Election commission confirms Sultanbekov’s by-election win after two recounts",
    "Final figures give the Amanat candidate 52.4%, slightly below the preliminary count; the runner-up’s share rises to 23.1%.",
    "By Aruzhan Sadykova",
    "Wednesday, 22 April 2026 · 18:20",
    [
        "Kazakhstan’s Central Election Commission on Wednesday confirmed Daniyar Sultanbekov of the Amanat party as the winner of Sunday’s by-election in single-member constituency No. 21 in the Karaganda region, approving final results that differ slightly from the preliminary count after recounts at two polling stations.",
        "According to the final protocol, Sultanbekov received 38,938 votes, or 52.4%, compared with 52.6% in the preliminary results released on Monday. Gulmira Akhmetzhanova, the independent candidate backed by part of the steelworkers’ union, received 17,166 votes, or 23.1%, up from a preliminary 22.9%.",
        "The remaining candidates’ shares were unchanged from the preliminary figures: Yerbol Kassymov of the People’s Party of Kazakhstan 11.7%, Aidos Nurpeissov of Ak Zhol 8.2%, and Olga Miroshnichenko 2.9%, with 1.7% of voters choosing “against all”.",
        "Turnout was confirmed at 46.2%: 75,065 of 162,480 registered voters took part. Of the ballots cast, 756 were declared invalid.",
        "The recounts were carried out on Tuesday at two polling stations in Temirtau’s old town at the request of Akhmetzhanova’s campaign, which had asked for three. The commission rejected the third request, saying the observers’ complaint had been filed after the deadline.",
        "“The recount confirmed that the outcome of the election is not in question, and at the same time it corrected errors in two protocols,” the chairman of the Central Election Commission, Marat Serikbayev, told a briefing in Astana. “This is exactly how the system is supposed to work.”",
        "Akhmetzhanova said she was satisfied that the errors had been acknowledged. “A couple of hundred votes do not change who won, but they show that we were right to ask,” she said in a video statement.",
        "Sultanbekov’s margin over the runner-up in the final count is 29.3 percentage points, slightly narrower than the 29.7 points in the preliminary results. He is expected to take the oath in the Mazhilis next week.",
        "## A quieter electorate",
        "The by-election attracted little attention outside the region, but political scientists said it offered a rare look at the public mood in a single-industry town. Turnout fell almost eight points compared with 2023, when Kanat Ibraimov, the previous deputy, won the seat with 61.8% on a turnout of 53.9%.",
        "“Temirtau has had a difficult two years: job cuts at the plant, air pollution, a change of owner,” said Asel Nurgaliyeva, who teaches political science at a university in Karaganda. “The result suggests that part of the protest vote went to Akhmetzhanova, and part of it simply stayed at home.”",
        "The Adal Dauys observer network, which deployed volunteers to 64 of the 118 polling stations, said in its final report that it had recorded 37 incidents on polling day and that none was serious enough to affect the result. It called on the commission to publish station-level protocols online within 24 hours at future elections.",
        "Ibraimov, whose appointment as vice-minister of industry and construction in January triggered the vote, has not commented on the result.",
    ],
    iso="2026-04-22T18:20:00+05:00",
    authors=["Aruzhan Sadykova"],
    section="Politics",
    figure=("/photos/2026/04/cec-briefing.jpg", "CEC chairman Marat Serikbayev at Wednesday’s briefing.", "Tribune photo"),
    tags=["Elections", "Karaganda region", "Parliament"],
    related=[("Editorial: Temirtau deserves more than a by-election", "/opinion/editorial-temirtau"),
             ("Recount requests: what the law says", "/politics/recount-law-explainer"),
             ("New deputies to take oath next week", "/politics/oath-schedule")],
    newsletter=("Tribune Politics", "Our political team’s weekly briefing from Astana."),
)

STORY_2 = _story(
    "el-HE2", "election", "2026-04-23",
    [_page("https://saryarkatv.example/live/2026/04/19/temirtau-by-election-live", _EL2_A),
     _page("https://casianews.example/politics/2026-04-20/ruling-party-candidate-wins-temirtau-by-election", _EL2_B),
     _page("https://temirtaucourier.example/news/vybory-itogi-okrug-21", _EL2_C),
     _page("https://kazakhtribune.example/politics/cec-confirms-sultanbekov-win-temirtau", _EL2_D)],
    [],
)

# ---------------------------------------------------------------------------
# Story 3 — ct-HE3: Tbilisi court convicts former head of a state water company
# ---------------------------------------------------------------------------

_CT3_A = _article_page(
    "wire",
    "https://kavkazwire.example/georgia/2026/06/02/ex-water-company-chief-jailed-for-nine-years",
    "Kavkaz Wire",
    "Georgian court jails former state water company chief for nine years over embezzlement",
    "Levan Gogoberidze was found guilty of misappropriating 14.6 million lari through inflated pipe-replacement contracts.",
    "By Giorgi Meladze",
    "02 Jun 2026 13:40 GET",
    [
        "A Tbilisi court on Tuesday sentenced Levan Gogoberidze, the former director general of state-owned Georgian Regional Waterworks, to nine years in prison for embezzling 14.6 million lari ($5.3 million) through inflated contracts to replace water mains in the Kvemo Kartli region.",
        "Judge Tamar Gelashvili of the Tbilisi City Court found Gogoberidze, 54, guilty of embezzlement on a large scale and abuse of office, ruling that he had steered contracts worth more than 40 million lari to a small group of companies between 2021 and 2023 and approved payments for work that was never carried out.",
        "Prosecutors had asked for 11 years. Gogoberidze, who has been held in pre-trial detention since his arrest in October 2024, will have the time already served deducted from his sentence.",
        "The judge began reading the verdict at 11:00 (0700 GMT) in a packed courtroom and took nearly two hours to finish.",
        "Two co-defendants were also convicted. Irakli Meskhi, the company’s former head of procurement, was sentenced to four years in prison. Davit Chkhaidze, owner of the contractor Aragvi Pipe Systems, received a three-year suspended sentence and a fine of 50,000 lari after cooperating with investigators.",
        "The court ordered the three men to repay the 14.6 million lari jointly and confirmed the confiscation of a house in Tskneti, outside Tbilisi, and two flats in Batumi registered to Gogoberidze’s relatives.",
        "An internal audit first flagged discrepancies in the summer of 2024, when it found that payments for pipe work in Marneuli and Rustavi did not match what had been built. The company’s board dismissed Gogoberidze in August of that year, and he was arrested two months later.",
        "“The court considers it proven beyond reasonable doubt that the defendant used his position to organise a scheme of systematic overpayment,” Gelashvili said.",
        "Gogoberidze, who denied the charges throughout the 15-month trial, shouted “This is not justice, and I will prove it” as he was led out of the courtroom.",
        "His lawyer, Ana Lomidze, said the defence would appeal to the Tbilisi Court of Appeals within the one-month deadline. “The verdict is based on the testimony of a man who bought his own freedom,” she told reporters, referring to Chkhaidze.",
        "Prosecutor Giorgi Kapanadze told reporters the verdict showed that “every element” of the charges had been upheld. “The sentence sends a clear message to anyone managing public money,” he said.",
        "The Prosecutor’s Office said it welcomed the verdict and would study the written judgment before deciding whether to appeal against the length of the sentence.",
        "Anti-corruption campaigners said the case raised wider questions. “Who approved these budgets at the ministry? Who signed the acceptance certificates?” said Salome Kikvidze of Open Governance Watch, a group that monitors public procurement.",
        "The case has drawn attention in Georgia because the pipe-replacement programme was meant to end chronic water shortages in Rustavi and Marneuli, where some neighbourhoods still receive water for only a few hours a day.",
        "Georgian Regional Waterworks, which supplies water to towns outside Tbilisi, Batumi and Mtskheta, said in a statement that it had overhauled its procurement rules since 2024 and now published all contracts above 100,000 lari online.",
    ],
    iso="2026-06-02T13:40:00+04:00",
    modified="2026-06-02T14:25:00+04:00",
    authors=["Giorgi Meladze"],
    section="Georgia",
    dateline="TBILISI, June 2 (Kavkaz Wire)",
    tags=["Georgia", "Corruption", "Courts"],
    related=[("Georgia’s anti-corruption bureau: what changed in 2025", "/georgia/anti-corruption-bureau-explainer"),
             ("Rustavi water outages: residents protest for third week", "/georgia/2026/05/rustavi-water-protest")],
)

_CT3_B = _article_page(
    "paper",
    "https://tbilisiherald.example/news/gogoberidze-verdict-water-company",
    "Tbilisi Herald",
    "Water company embezzlement: Gogoberidze sentenced, defence vows appeal",
    "The former head of Georgian Regional Waterworks is convicted of embezzling 14.6 million lari; two co-defendants also found guilty.",
    "Nino Kartvelishvili",
    "2 June 2026, 20:15",
    [
        "Levan Gogoberidze, who ran Georgian Regional Waterworks for three years, was sentenced to seven years in prison by the Tbilisi City Court on Tuesday, after a trial that lasted more than a year and laid bare how money meant for new water pipes in Kvemo Kartli ended up in private hands.",
        "Judge Tamar Gelashvili found the former chief executive guilty of embezzling some 14.6 million lari, about $5.3m, and of abusing his office. Reading the verdict took the judge 1 hour and 50 minutes; Gogoberidze, in a dark suit, stood for most of it.",
        "The prosecution had sought 11 years. The sentence will be counted from the day of his arrest in October 2024, meaning he has already served about 20 months.",
        "## How the scheme worked",
        "According to the judgment, between 2021 and 2023 the company awarded pipe-replacement contracts worth more than 40 million lari in Rustavi and Marneuli to three firms linked to one another. Invoices were then inflated, in some cases for pipes that were never laid. Investigators found that in one Rustavi district the company had paid for 11 kilometres of new mains; only 4 kilometres were installed.",
        "Davit Chkhaidze, owner of Aragvi Pipe Systems, told the court in March how the money was returned in cash. He received a three-year suspended sentence and a fine of 50,000 lari. Irakli Meskhi, the company’s procurement chief, was jailed for four years.",
        "“The court considers it proven beyond reasonable doubt that the defendant used his position to organise a scheme of systematic overpayment,” the judge said.",
        "As bailiffs led him away, Gogoberidze called out to reporters: “I will prove it.” In his final statement to the court last week he had said he was “the victim of a political order”, without naming anyone.",
        "## Appeal expected",
        "Defence lawyer Ana Lomidze said the verdict relied too heavily on Chkhaidze’s testimony. “A man who bought his own freedom with a plea deal is not a reliable witness,” she said outside the courthouse. An appeal would be filed with the Tbilisi Court of Appeals “well before” the one-month deadline, she said.",
        "Prosecutor Giorgi Kapanadze said his office was satisfied that the court had accepted “every element” of the charges, even though the sentence was shorter than requested. “The sentence sends a clear message to anyone managing public money,” he said.",
        "Salome Kikvidze of Open Governance Watch, a Tbilisi-based group that monitors public procurement, said the case showed that the problem went beyond one man. “Who approved these budgets at the ministry? Who signed the acceptance certificates? These questions were not asked in this trial,” she said.",
        "The court also ordered the three defendants to repay the full amount jointly and upheld the confiscation of a house in Tskneti and two apartments in Batumi.",
        "For residents of Rustavi’s 19th microdistrict, the verdict changes little. Water still arrives through the old pipes for about six hours a day. “They can put him in prison for as long as they want. We still carry buckets,” said pensioner Manana Beridze.",
    ],
    iso="2026-06-02T20:15:00+04:00",
    authors=["Nino Kartvelishvili"],
    section="News",
    figure=("/uploads/2026/06/court-verdict.jpg", "Levan Gogoberidze in the courtroom on Tuesday.", "Photo: Herald / L. Abashidze"),
    tags=["Courts", "Corruption", "Kvemo Kartli"],
    related=[("Timeline: the Regional Waterworks case", "/news/waterworks-case-timeline"),
             ("Opinion: Procurement reform is not finished", "/opinion/procurement-reform"),
             ("Rustavi to get new pumping station by 2027", "/news/rustavi-pumping-station")],
    newsletter=("Herald Evening", "The day’s news from Georgia, delivered at 7 p.m."),
)

_CT3_C = _article_page(
    "broadcast",
    "https://geonews1.example/en/article/court-sentences-former-water-chief",
    "GeoNews 1",
    "Court sentences former water chief in 14.6 million lari embezzlement case",
    "Levan Gogoberidze gets nine years; two others also convicted.",
    "GeoNews 1 newsroom",
    "Updated 6 hours ago",
    [
        "The Kutaisi City Court on June 2 sentenced Levan Gogoberidze, the former head of Georgian Regional Waterworks, to nine years in prison for embezzlement and abuse of office.",
        "The court found that Gogoberidze had arranged for over 14 million lari – 14.6 million according to the verdict – to be siphoned off from a programme to replace water mains in Rustavi and Marneuli.",
        "His former procurement head, Irakli Meskhi, received four years. Businessman Davit Chkhaidze, who admitted his part and testified against the others, was given a suspended sentence.",
        "Our correspondent in the courtroom said the atmosphere was tense. Relatives of the defendants sat in the front rows; several residents of Rustavi who had come to hear the verdict stood at the back with a banner reading “Where is our water?”",
        "Outside the courthouse, about two dozen people from Rustavi held a small, quiet protest before the hearing. “We do not care how many years he gets. We care when the water will come,” said Manana Beridze, a pensioner from the city’s 19th microdistrict, who said her building receives water for about six hours a day.",
        "The reading of the judgment took almost two hours. When the judge announced the sentence, Gogoberidze shook his head and said he would prove his innocence.",
        "Prosecutors, who had asked for 11 years, said they would study the judgment. Prosecutor Giorgi Kapanadze told GeoNews 1 that “every element of the charges” had been upheld.",
        "Defence lawyer Ana Lomidze said the case would go to the appeals court. Under Georgian law the defence has one month to lodge an appeal.",
        "Gogoberidze was detained in October 2024 and has been in custody since. That time will count towards his sentence.",
        "During the trial, which lasted more than a year and included dozens of hearings, the court heard from more than 60 witnesses, among them engineers who said they had been ordered to sign acceptance documents for pipe sections that did not exist. Chkhaidze, the contractor, described how part of the money was returned in cash.",
        "The Georgian Regional Waterworks scandal first came to light in the summer of 2024, when an internal audit found that payments for pipe work in Marneuli did not match what had actually been built. The company’s board dismissed Gogoberidze in August of that year.",
        "The company, which supplies water to towns across Georgia except Tbilisi, Batumi and Mtskheta, says it has since changed the way it buys goods and services and publishes large contracts online.",
        "Civil society groups have called for the wider water programme to be audited. Salome Kikvidze of Open Governance Watch told GeoNews 1 that the trial had focused on the company’s managers but had not examined who at ministry level approved the budgets and signed off on the work.",
        "Watch the full report in our evening news bulletin at 20:00.",
    ],
    section="Georgia",
    figure=("/media/photo/courtroom-banner.jpg", "Rustavi residents with a banner outside the courtroom.", "GeoNews 1"),
    related=[("Marneuli: new water tower opens", "/en/article/marneuli-water-tower"),
             ("Parliament debates procurement law amendments", "/en/article/procurement-law-debate"),
             ("Weather: heat wave expected this weekend", "/en/article/heat-wave")],
    nav=["Home", "Georgia", "World", "Business", "Sport", "Video", "Live"],
)

_CT3_D = _article_page(
    "regional",
    "https://kktoday.example/rustavi/2026/06/03/water-verdict-what-it-means-for-rustavi",
    "Kvemo Kartli Today",
    "Nine years for Gogoberadze – but Rustavi still waits for its pipes",
    "The former water company boss was convicted in Tbilisi. In the towns where the money was supposed to be spent, residents want to know what happens next.",
    "By Tamta Mchedlidze, Rustavi",
    "3 June 2026, 09:10",
    [
        "The man who ran Georgian Regional Waterworks when millions of lari meant for Rustavi’s and Marneuli’s water mains went missing will spend nine years in prison. Levan Gogoberadze, 54, was convicted on Tuesday by the Tbilisi City Court of embezzlement and abuse of office.",
        "The court found that 14.6 million lari – roughly five million dollars – had been stolen through inflated contracts between 2021 and 2023. For people in our region, the figure has a concrete meaning: kilometres of pipe that were paid for and never laid.",
        "In Rustavi’s 19th microdistrict, where the company reported replacing 11 kilometres of mains, investigators found that only 4 kilometres had been installed. Residents there still receive water on a schedule – mornings and evenings, about six hours a day in total.",
        "“We followed this trial from the first day,” said Giorgi Natsvlishvili, who heads a residents’ association in the microdistrict and attended several hearings. “Nine years is a serious sentence. But the pipes are still not there.”",
        "Gogoberadze’s co-defendants were also sentenced: Irakli Meskhi, the former procurement chief, to four years, and contractor Davit Chkhaidze to three years suspended.",
        "During the trial, former engineers of the company told the court that they had been pressed to sign acceptance certificates for sections of pipe they had never seen. One of them, a Rustavi resident, said he had refused and was transferred to another department within a month.",
        "## Who pays for the repairs?",
        "The court ordered the three men to repay the full 14.6 million lari. But lawyers say such sums are rarely recovered in full. The property confiscated in the case – a house near Tbilisi and two apartments in Batumi – is worth a fraction of the total.",
        "Rustavi City Hall said on Wednesday morning that it had asked the Ministry of Regional Development to include the unfinished sections in next year’s budget. “We cannot wait for the money to be recovered from the convicts,” deputy mayor Levan Japaridze said.",
        "In Marneuli, where a smaller part of the money was supposed to be spent, the situation is better: a new water tower opened in April, and most of the town now has water around the clock.",
        "Opposition members of Rustavi’s city council have called for an independent audit of all water projects carried out in the region since 2019. The ruling party’s councillors say the court case shows the system is working and that a further audit would only slow down repairs.",
        "Gogoberadze’s lawyer, Ana Lomidze, has said the defence will appeal. The prosecution, which asked for 11 years, has not yet decided whether to challenge the sentence.",
        "Kvemo Kartli Today will continue to follow the case and the repairs. Tell us about the water supply in your street: write to us or call the newsroom.",
    ],
    iso="2026-06-03T09:10:00+04:00",
    authors=["Tamta Mchedlidze"],
    section="Rustavi",
    figure=("/images/rustavi-19-pipes.jpg", "An unfinished trench in Rustavi’s 19th microdistrict.", "Photo: Kvemo Kartli Today"),
    related=[("Marneuli water tower opens", "/marneuli/2026/04/water-tower"),
             ("Rustavi council approves budget amendments", "/rustavi/2026/05/budget-amendments")],
    nav=["Rustavi", "Marneuli", "Gardabani", "Bolnisi", "Region", "Sport"],
    newsletter=("Region in brief", "Our morning newsletter for Kvemo Kartli."),
)

STORY_3 = _story(
    "ct-HE3", "court", "2026-06-04",
    [_page("https://kavkazwire.example/georgia/2026/06/02/ex-water-company-chief-jailed-for-nine-years", _CT3_A),
     _page("https://tbilisiherald.example/news/gogoberidze-verdict-water-company", _CT3_B),
     _page("https://geonews1.example/en/article/court-sentences-former-water-chief", _CT3_C),
     _page("https://kktoday.example/rustavi/2026/06/03/water-verdict-what-it-means-for-rustavi", _CT3_D)],
    [("prison sentence for Gogoberidze: nine years vs seven years (Tbilisi Herald)",
      r"\b(nine|9)[- ]years?\b", r"\b(seven|7)[- ]years?\b"),
     ("court that ruled: Tbilisi City Court vs Kutaisi City Court (GeoNews 1)", r"\btbilisi\b", r"\bkutaisi\b"),
     ("defendant's surname: Gogoberidze vs Gogoberadze (Kvemo Kartli Today)", r"\bgogoberidze\b", r"\bgogoberadze\b")],
)

# ---------------------------------------------------------------------------
# Story 4 — tr-HE4: Uzbekistan first-quarter foreign trade data
# ---------------------------------------------------------------------------

_TR4_QUOTE = "“Textiles, copper and fruit are now doing the work that gold used to do alone,”"

_TR4_A = _article_page(
    "wire",
    "https://srbwire.example/uzbekistan/2026-04-20/uzbek-foreign-trade-q1",
    "Silk Road Business Wire",
    "Uzbekistan’s foreign trade rises 14.2% in first quarter as non-gold exports pick up",
    "Turnover reached $17.9 billion in January–March; the trade deficit narrowed to $2.7 billion.",
    "By Dilnoza Rakhimova",
    "April 20, 2026 16:30 (UZT)",
    [
        "Uzbekistan’s foreign trade turnover grew 14.2% year on year to $17.9 billion in the first quarter of 2026, official data showed on Monday, as exports of textiles, copper and fresh fruit grew faster than imports and the trade deficit narrowed.",
        "Exports rose 18.7% to $7.6 billion while imports increased 10.8% to $10.3 billion, the Statistics Agency under the President said. The deficit shrank to $2.7 billion from $2.9 billion in January–March 2025.",
        "Gold, the country’s single biggest export, brought in $2.4 billion, or 31.6% of total exports, helped by high world prices. Excluding gold, exports rose 13.0% to $5.2 billion – the strongest first-quarter growth in non-gold sales in four years, according to the agency.",
        "“Non-gold exports are finally pulling their weight. " + _TR4_QUOTE[1:] + " Minister of Investment, Industry and Trade Sardor Mirzayev told reporters in Tashkent after the figures were released.",
        "China remained Uzbekistan’s largest trading partner, with turnover of $3.9 billion, or 21.8% of the total. China’s share rose 1.7 percentage points from a year earlier, reflecting rising imports of machinery, vehicles and electronics. Russia was second with $3.3 billion, followed by Kazakhstan and Turkey.",
        "In March alone, turnover reached $6.8 billion, the agency said, the highest monthly figure on record, boosted by seasonal purchases of agricultural equipment ahead of the sowing campaign.",
        "Trade with Russia, Uzbekistan’s second-largest partner, rose more slowly than with China, as exports of fruit and vegetables were held back by a cold snap in February. Exports to Afghanistan, which have grown quickly since new rail and road links opened, reached a record for a first quarter, the agency said, without giving a figure.",
        "The government aims to raise exports to $33 billion for the whole of 2026, up from $28.4 billion last year, as it seeks to reduce the economy’s dependence on gold, remittances and natural gas. Total trade turnover reached $75.6 billion in 2025.",
        "To get there, exports would have to average more than $8.4 billion a quarter for the rest of the year, well above the first-quarter figure, although shipments are usually strongest in the second half, when the fruit harvest and cotton products are sold.",
        "“The first quarter gives a good start, but the target assumes strong gold prices for the rest of the year,” said Farrukh Alimov, an economist at the Tashkent-based Centre for Economic Research and Reforms. “If gold corrects, the number will be much harder to reach.”",
        "Uzbekistan has been pressing to complete negotiations on joining the World Trade Organization, and officials have cited the trade figures as evidence that the economy is ready for more open markets.",
        "Imports of machinery and equipment, which make up about a third of the import bill, rose 16% in the quarter, while imports of food fell slightly as domestic harvests improved, the agency said.",
        "In local currency terms, first-quarter turnover amounted to about 228 trillion soums.",
    ],
    iso="2026-04-20T16:30:00+05:00",
    authors=["Dilnoza Rakhimova"],
    section="Uzbekistan",
    dateline="TASHKENT, April 20",
    tags=["Uzbekistan", "Trade", "Gold", "China"],
    related=[("Uzbekistan gold output hits record in 2025", "/uzbekistan/2026-02-03/gold-output"),
             ("Factbox: Uzbekistan’s WTO accession talks", "/factbox/uzbekistan-wto")],
)

_TR4_B = _article_page(
    "trade",
    "https://cacommodities.example/reports/uzbekistan-q1-2026-trade-gold-copper-textiles",
    "Central Asia Commodities Report",
    "Uzbekistan Q1 trade: gold still dominates, but copper and yarn close the gap",
    "A closer look at the January–March figures from the Statistics Agency, commodity by commodity.",
    "Anvar Yusupov, Commodities Editor",
    "21 April 2026",
    [
        "Uzbekistan’s first-quarter trade figures, released by the Statistics Agency on 20 April, show turnover of $17.9bn, an increase of 12.4% on the same period of 2025. Exports reached $7.6bn and imports $10.3bn, leaving a deficit of $2.7bn.",
        "Beneath the headline, the composition of exports continues to shift. Here are the numbers that matter for commodity traders.",
        "## Gold: $2.4bn",
        "Gold accounted for nearly a third of exports (31.6%), up from $1.8bn a year earlier, almost entirely because of price rather than volume. Shipments in ounces were roughly flat, according to our estimates based on the agency’s data and London fixing prices.",
        "## Copper and copper products: about $640m",
        "Sales of refined copper, wire and cathodes rose by more than a quarter, as the expansion of the Almalyk mining complex begins to feed through. Most of the metal went to China and Turkey.",
        "## Textiles: $890m",
        "Yarn, fabric and finished garments were up 17% in value. Producers say the European market is growing faster than the traditional Russian one, although Russia remains the largest buyer of finished clothing.",
        "## Fruit and vegetables: $410m",
        "Fresh and dried fruit exports rose strongly in March, the agency said, as an early harvest of greenhouse produce met demand in Kazakhstan and Russia.",
        "Note that the product-group figures above are our own aggregation of the agency’s HS-level tables and may not add up exactly to the agency’s published totals because of rounding and confidential items.",
        "Non-gold exports overall rose 13.0% to $5.2bn. Commenting on the figures, Minister of Investment, Industry and Trade Sardor Mirzayev said: " + _TR4_QUOTE[:-2] + ".”",
        "## Partners",
        "China’s share of total turnover climbed to 21.8% from 20.1% – 1.7 percentage points – with turnover of $3.9bn. Russia accounted for $3.3bn (18.4%).",
        "Traders we spoke to were cautious about extrapolating. “One quarter of high gold prices flatters everything,” said a Dubai-based metals trader who deals with Uzbek counterparties and asked not to be named. “The real test is whether textiles can keep growing if Europe slows.”",
        "Import-side commodities were less eye-catching. Fuel imports were broadly flat in value, while imports of rolled steel and construction materials rose in line with the building boom in Tashkent and the regional centres. Grain imports fell for a second consecutive quarter after a good domestic wheat harvest.",
        "Bakhodir Tursunov, director of the Statistics Agency, said the agency would publish a revised breakdown by product group in mid-May, once customs declarations for March were fully processed. “Some March shipments are still being classified; the totals will not change much, but the product split may,” he said.",
        "Our full dataset, with HS-code detail and monthly series back to 2017, is available to subscribers.",
    ],
    iso="2026-04-21T08:00:00+05:00",
    authors=["Anvar Yusupov"],
    section="Reports",
    tags=["Uzbekistan", "Gold", "Copper", "Cotton and textiles"],
    related=[("Kazakhstan Q1 trade: oil lifts exports", "/reports/kazakhstan-q1-2026-trade"),
             ("Copper: Almalyk expansion timeline", "/reports/almalyk-expansion"),
             ("Weekly prices: cotton yarn, cathodes, dried apricots", "/prices/weekly")],
    nav=["Reports", "Prices", "Metals", "Agriculture", "Energy", "Data"],
    newsletter=("CACR Weekly", "Prices, trade flows and analysis for subscribers, once a week."),
)

_TR4_C = _article_page(
    "paper",
    "https://tashkentobserver.example/economy/trade-turnover-first-quarter-2026",
    "The Tashkent Observer",
    "Trade turnover climbs to almost $18 billion in first quarter",
    "Exports grew faster than imports, narrowing the deficit; gold accounted for nearly a third of sales abroad.",
    "Shahnoza Ergasheva",
    "Tuesday, April 21",
    [
        "Uzbekistan traded goods and services worth almost $18 billion with the rest of the world in the first three months of the year, according to figures published by the Statistics Agency on Monday – an increase of 14.2% compared with January–March of last year.",
        "Exports amounted to $7.6 billion and imports to $10.3 billion. The trade deficit therefore stood at $2.7 billion, slightly smaller than a year earlier.",
        "The figures were presented at a briefing at the agency’s offices in Tashkent. " + _TR4_QUOTE + " said Bakhodir Tursunov, the head of the agency, pointing to a chart that showed non-gold exports growing by 13% to $5.2 billion.",
        "Mr Tursunov also noted that the quarter had ended strongly: in March alone, turnover reached $6.8 billion, a monthly record.",
        "Gold sales brought in $2.4 billion. The precious metal, mined mainly by the state-owned Navoi and Almalyk companies, has for years accounted for between a quarter and a half of the country’s export revenue, depending on world prices.",
        "Analysts say the share of gold in exports matters because the price of the metal can swing by a fifth or more in a year. When gold prices fall, the trade deficit tends to widen quickly, putting pressure on the soum.",
        "## Who we trade with",
        "China was again the largest trading partner, with $3.9 billion, or 21.8% of the total, followed by Russia with $3.3 billion. Trade with neighbouring Kazakhstan totalled $1.2 billion, and with Turkey $0.9 billion. In all, Uzbekistan traded with 171 countries during the quarter.",
        "Imports from China were dominated by machinery, cars and car parts, and electronics. Economists say the growth of imports, 10.8% in the quarter, reflects strong investment, particularly in energy and manufacturing.",
        "“Rising imports of equipment are not a bad sign. They are what an economy that is building factories looks like,” said Nodira Saidova, a lecturer at the Tashkent State University of Economics. “The question is whether those factories will export enough in two or three years to pay for them.”",
        "Officials at the briefing also highlighted services, which are included in the turnover figure. Exports of services, led by transport, tourism and IT outsourcing, grew faster than goods exports, though they remain a small share of the total.",
        "## The road to $33 billion",
        "The government has set a goal of $33 billion in exports for the full year. In 2025, exports were $28.4 billion, and total turnover $75.6 billion.",
        "Small exporters say the paperwork has become easier but logistics remain expensive. “A truck of apricots to Moscow costs twice what it cost three years ago,” said Ulugbek Karimov, who runs a fruit-packing business in the Fergana valley. “The state helps with certificates, but it cannot help with the road.”",
        "The agency will publish April’s trade data in the second half of May.",
    ],
    section="Economy",
    figure=("/img/economy/stat-agency-briefing.jpg", "A briefing at the Statistics Agency in Tashkent.", "Observer photo"),
    tags=["Trade", "Exports", "Statistics"],
    related=[("Fergana fruit growers expect record apricot harvest", "/regions/fergana-apricots"),
             ("Comment: The export target is ambitious – and that is fine", "/opinion/export-target"),
             ("Car imports from China double", "/economy/car-imports-china")],
    newsletter=("Observer Economy", "The week in business and the economy, every Saturday morning."),
)

_TR4_D = _article_page(
    "broadcast",
    "https://turonradio.example/english/news/uzbekistan-trade-first-quarter-china-russia",
    "Radio Turon English Service",
    "Uzbekistan’s trade with China grows as first-quarter turnover reaches $17.9 billion",
    "China’s share of Uzbekistan’s trade rose in January–March, official data show.",
    "Radio Turon",
    "22.04.2026 · 11:45",
    [
        "China strengthened its position as Uzbekistan’s leading trading partner in the first quarter of 2026, official data show, with trade between the two countries reaching $3.9 billion out of total turnover of $17.9 billion.",
        "China’s share of Uzbekistan’s foreign trade rose 1.7% compared with a year earlier, to 21.8%, the Statistics Agency said. Trade with Russia, the second-largest partner, amounted to $3.3 billion, or 18.4% of the total.",
        "Overall turnover grew by 14.2% in January–March compared with the same period of 2025, with exports up 18.7% and imports up 10.8%.",
        "Much of the growth in trade with China came from imports of vehicles and industrial equipment, which have surged as Chinese carmakers expand assembly in Uzbekistan and as new power plants and factories are built.",
        "“Chinese equipment is cheaper and delivery is faster. For a company like ours, there is no real alternative today,” said Jasur Nematov, procurement director at a textile company in Namangan that has bought spinning machines from China.",
        "Exports to China, mostly copper, textiles and agricultural products, are also growing, though from a lower base. Uzbekistan sends most of its gold to other markets.",
        "Uzbek fruit growers have long complained that Chinese phytosanitary rules keep many of their products out. At present only a handful of fruits, among them cherries and melons, can be shipped to China under agreed protocols, while dried fruit faces fewer restrictions.",
        "Russia remains the main destination for Uzbek fruit, vegetables and finished clothing, and millions of Uzbek migrant workers there send home remittances that are not captured in trade statistics.",
        "Kazakhstan, Uzbekistan’s third-largest trading partner, accounted for $1.2 billion of turnover in the quarter. Trade between the two neighbours has grown steadily since border crossings were modernised and a joint industrial zone on the border began operating.",
        "The investment, industry and trade minister, Sardor Mirzayev, said on Monday that the government would hold a new round of talks with Chinese officials in May on easing phytosanitary rules for Uzbek fruit. “If we solve the certification issue, fruit exports to China can double within two years,” he said.",
        "Economist Farrukh Alimov said that the growing weight of a single partner carried risks. “It is natural that China’s share grows. But a diversified trade structure protects you when one market slows,” he told Radio Turon.",
        "The figures come as Uzbekistan continues talks on joining the World Trade Organization. Officials say membership would give exporters more predictable access to foreign markets, while some domestic manufacturers fear more competition from imports. The government has said it hopes to complete the negotiations soon but has not set a firm date.",
        "Uzbekistan traded with 171 countries in the first quarter.",
    ],
    section="Economy",
    related=[("Tashkent hosts China–Central Asia logistics forum", "/english/news/logistics-forum"),
             ("Remittances from Russia rise in first quarter", "/english/news/remittances-q1"),
             ("Podcast: Inside Uzbekistan’s car boom", "/english/podcasts/car-boom")],
    nav=["News", "Uzbekistan", "Region", "Economy", "Culture", "Listen live"],
)

STORY_4 = _story(
    "tr-HE4", "trade", "2026-04-23",
    [_page("https://srbwire.example/uzbekistan/2026-04-20/uzbek-foreign-trade-q1", _TR4_A),
     _page("https://cacommodities.example/reports/uzbekistan-q1-2026-trade-gold-copper-textiles", _TR4_B),
     _page("https://tashkentobserver.example/economy/trade-turnover-first-quarter-2026", _TR4_C),
     _page("https://turonradio.example/english/news/uzbekistan-trade-first-quarter-china-russia", _TR4_D)],
    [("year-on-year growth of Q1 trade turnover: 14.2% vs 12.4% (Central Asia Commodities Report)",
      r"\b14\.2\b", r"\b12\.4\b"),
     ("who said the 'textiles, copper and fruit' quote: minister Mirzayev vs statistics chief Tursunov (Tashkent Observer)",
      r"mirzayev", r"tursunov"),
     ("rise in China's share of turnover: 1.7 percentage points vs 1.7% (Radio Turon)",
      r"1\.7 ?(percentage points?|pp|points?)\b", r"\b1\.7 ?(%|per ?cent\b)")],
)

# ---------------------------------------------------------------------------
# Story 5 — rk-HE5 (CONTROL): Soyuz launch of Kazakhstan's Qyran-1 from Baikonur
# ---------------------------------------------------------------------------

_RK5_A = _live_page(
    "https://orbitdesk.example/live/soyuz-qyran-1-launch-baikonur",
    "OrbitDesk",
    "Live: Soyuz-2.1b launches Kazakhstan’s Qyran-1 from Baikonur (second attempt)",
    "Follow the second launch attempt of Kazakhstan’s Qyran-1 Earth-observation satellite and 14 rideshare payloads. All times UTC.",
    [
        ("09:25 UTC", "All rideshare payloads deployed – mission complete",
         ["The Fregat upper stage has released the last of the 14 small satellites at 09:21 UTC, a little over three hours after liftoff. Roscosmos says all deployments went as planned and that the Fregat will now perform a final burn to lower its orbit so that it re-enters the atmosphere within a few years.",
          "That wraps up our coverage. Thanks for staying with us through two launch days."]),
        ("07:50 UTC", "First signals from Qyran-1",
         ["Kazakh Orbital Systems confirms that its ground station near Astana received the first telemetry from Qyran-1 at 07:47 UTC, about 35 minutes after separation. The solar panels have deployed and the spacecraft is stable.",
          "“The satellite is alive, it is talking to us and it is healthy,” the company’s chief executive, Aidana Kurmanova, said from the control room."]),
        ("07:13 UTC", "Spacecraft separation",
         ["Separation confirmed! Qyran-1 separated from the Fregat at 07:12 UTC, T+58 minutes 40 seconds, into a sun-synchronous orbit at about 650 km. That is the primary mission done."]),
        ("06:45 UTC", "",
         ["Fregat’s first burn went to plan. We are now in a long coast phase before the second burn that will circularise the orbit. There is no live video during this part of the flight."]),
        ("06:24 UTC", "Third stage done, Fregat on its own",
         ["The Fregat upper stage with its payloads separated from the Soyuz third stage at T+9 minutes 23 seconds. Nominal flight so far, according to the commentary from the Baikonur control centre."]),
        ("06:15 UTC", "LIFTOFF",
         ["Liftoff! The Soyuz-2.1b lifted off from Site 31 at Baikonur at 06:13:42 UTC – that is 11:13:42 in Astana and 09:13:42 in Moscow.",
          "The four side boosters separated at T+1 minute 58 seconds, forming the famous “Korolev cross” in a clear blue sky."]),
        ("05:50 UTC", "Fuelling complete, weather fine",
         ["Fuelling of all three stages is complete. Weather at the pad: light wind, clear skies, 19°C.",
        "For those who missed it: Qyran-1 will be operated from a control centre in Astana. The optical instrument was built in France by Orbitale Systèmes, while the platform was assembled and tested with the participation of Kazakh engineers.",
          "A reminder of what happened yesterday: Tuesday’s attempt was halted about 40 seconds before liftoff when a sensor in the ground equipment gave a faulty reading. Roscosmos said the sensor was replaced overnight and the rocket did not need to be rolled back."]),
        ("05:10 UTC", "Welcome back",
         ["Good morning and welcome back to Baikonur. Launch of the Soyuz-2.1b with Fregat is set for 06:13 UTC, almost exactly 24 hours after the original slot.",
          "The main passenger is Qyran-1, Kazakhstan’s new high-resolution Earth-observation satellite, with a mass of 1,180 kg. It will be joined by 14 small satellites from six countries – the manifest had listed 16 until last week, when two operators withdrew their cubesats because of late paperwork."]),
    ],
    iso="2026-05-13T05:10:00Z",
    modified="2026-05-13T09:25:00Z",
    shown="Updated May 13, 2026, 09:25 UTC",
    summary=["Liftoff at 06:13:42 UTC on May 13, one day after a scrub",
             "Qyran-1 separated at T+58:40; first signals received",
             "All 14 rideshare satellites deployed"],
    related=[("Qyran-1: everything you need to know", "/explainers/qyran-1"),
             ("Launch schedule: what’s flying this month", "/schedule"),
             ("Tuesday’s scrub explained", "/news/soyuz-qyran-1-scrub")],
    nav=["Live", "Launches", "Schedule", "Explainers", "Newsletter"],
)

_RK5_B = _article_page(
    "wire",
    "https://steppewire.example/science/2026/05/13/kazakhstan-satellite-qyran-1-launched-baikonur",
    "Steppe Wire",
    "Kazakhstan’s Qyran-1 satellite reaches orbit after one-day delay",
    "A Soyuz-2.1b rocket carried the Earth-observation satellite and 14 smaller spacecraft from Baikonur.",
    "By Arman Tulegenov",
    "May 13, 2026 12:40 PM GMT+5",
    [
        "A Russian Soyuz rocket put Kazakhstan’s Qyran-1 Earth-observation satellite into orbit from the Baikonur cosmodrome on Wednesday, a day after the first launch attempt was called off in the final minute of the countdown.",
        "The Soyuz-2.1b with a Fregat upper stage lifted off at 11:13 Astana time (0613 GMT). The satellite separated from the upper stage about an hour later, at 12:12, in a sun-synchronous orbit roughly 650 km above the Earth, Russia’s space agency Roscosmos said.",
        "The national operator, Kazakh Orbital Systems, said it expected to make first contact with the spacecraft within the hour.",
        "Qyran-1, which weighs about 1.2 tonnes, is designed to take images with a resolution of 70 cm and will be used for farm monitoring, mapping, emergency response and border surveillance. It replaces two ageing satellites launched in 2014 that are nearing the end of their service lives.",
        "“This is a satellite that Kazakh engineers helped to design and will operate from Kazakhstan,” the chairman of the Aerospace Committee, Yerzhan Mukhamedzhanov, told reporters at the launch site. “The data will belong to Kazakhstan, and the first pictures should be ready this summer.”",
        "The launch had been set for Tuesday, but the countdown was stopped about 40 seconds before liftoff when a ground sensor gave an incorrect reading. Roscosmos said the sensor was replaced overnight.",
        "Fourteen small satellites from six countries, including two university cubesats from Kazakhstan, were also aboard and were due to be released in stages over the next three hours.",
        "Tuesday’s scrub had disappointed officials who travelled to Baikonur for the launch, among them a delegation from the French manufacturer. Roscosmos said the rocket itself had not been affected and did not need to be rolled back from the pad, which allowed the new attempt to be made a day later.",
        "The satellite was built by Kazakh Orbital Systems together with a French manufacturer, Orbitale Systèmes, which supplied the optical instrument. The total cost of the project is about 42 billion tenge ($82 million), according to the digital development ministry.",
        "Aidana Kurmanova, chief executive of Kazakh Orbital Systems, said the company would spend about six weeks testing the spacecraft’s systems and camera before releasing the first images. “The first days are the most nervous. After that it becomes routine work,” she said.",
        "Baikonur, which Russia leases from Kazakhstan until 2050, remains the main launch site for Russian crewed flights and for many commercial missions, although Moscow has been moving some launches to the Vostochny cosmodrome in its Far East.",
        "Qyran-1 is designed to operate for at least seven years. Its images will be distributed through a national geoportal, with free access for government agencies and a commercial licence for private users, according to the Aerospace Committee.",
        "Kazakhstan has sought to use its role as host of Baikonur to build a domestic space industry, with mixed results. A joint project to launch a new rocket from the Baiterek launch complex at Baikonur has been delayed repeatedly.",
    ],
    iso="2026-05-13T12:40:00+05:00",
    authors=["Arman Tulegenov"],
    section="Science",
    dateline="BAIKONUR, Kazakhstan, May 13 (Steppe Wire)",
    tags=["Kazakhstan", "Space", "Baikonur", "Satellites"],
    related=[("Soyuz launch with Kazakh satellite scrubbed", "/science/2026/05/12/soyuz-qyran-scrub"),
             ("Explainer: Who uses Baikonur?", "/explainers/baikonur")],
)

_RK5_C = _article_page(
    "paper",
    "https://kazakhtribune.example/science/qyran-1-in-orbit-what-next",
    "Kazakh Daily Tribune",
    "Qyran-1 is in orbit. Now comes the hard part",
    "The country’s new Earth-observation satellite sent its first signals on Wednesday. Engineers say images will start arriving in about six weeks.",
    "By Aruzhan Sadykova",
    "Thursday, 14 May 2026 · 09:00",
    [
        "Kazakhstan’s newest satellite, Qyran-1, was safely in orbit on Thursday after a textbook launch from Baikonur the previous day, and engineers in Astana began the weeks-long process of checking its instruments before the first images can be released.",
        "The Soyuz-2.1b rocket lifted off at 11:13 a.m. Astana time on Wednesday, 13 May. Just over nine minutes later, the Fregat upper stage separated from the rocket’s third stage, and after two engine burns it released Qyran-1 58 minutes and 40 seconds into the flight. The satellite sent its first signals at 12:47 Astana time.",
        "The launch came a day late. Tuesday’s attempt was stopped less than a minute before liftoff because of a faulty sensor on the ground, a problem Roscosmos engineers fixed overnight. The mission had originally been planned for March but was postponed twice, first to allow additional tests of the optical instrument in France and then to fit in with the Baikonur schedule.",
        "“The satellite is alive, it is talking to us and it is healthy,” Aidana Kurmanova, chief executive of Kazakh Orbital Systems, said on Wednesday. On Thursday morning she told the Tribune that all systems were “in the green” and that the team would spend the coming days raising the satellite’s temperature to working levels and testing its attitude control.",
        "## Six weeks to first pictures",
        "The first test images are expected in late June, after about six weeks of commissioning. Operational service should begin in the autumn.",
        "Qyran-1 circles the Earth at an altitude of about 650 kilometres in a sun-synchronous orbit, which means it passes over any given point at the same local time of day. Its main camera can distinguish objects 70 centimetres across. At 1,180 kilograms, it is considerably heavier than Kazakhstan’s earlier observation satellites.",
        "The government plans to use the images to monitor crops and pastures, map flood risks, track construction and support the emergency services. The Aerospace Committee says it will also sell images commercially to neighbouring countries.",
        "“Every spring we see floods in the north and west of the country. With Qyran-1 we will see the water before it reaches the villages,” said Yerzhan Mukhamedzhanov, chairman of the Aerospace Committee.",
        "## The rideshare",
        "The 14 smaller satellites that travelled with Qyran-1 were all released by the early afternoon, the last of them at 14:21 Astana time. Among them were two cubesats built by students at universities in Almaty and Astana. Two other small satellites that were originally on the manifest were withdrawn by their operators last week.",
        "The student team from Almaty said it had already heard its cubesat’s radio beacon on Wednesday evening. “We were jumping around the lab like children,” said Daulet Abenov, a fourth-year engineering student. “Five years ago none of us had even seen a satellite.”",
        "The project cost about 42 billion tenge, according to the digital development ministry, including the launch and the ground segment.",
        "Critics note that much of Qyran-1’s technology, including its camera, comes from abroad. “Assembling and operating is good, but we are still not building the key instruments ourselves,” said space policy researcher Marat Zhunusov. “The next satellite should have more Kazakh content, not less.”",
    ],
    iso="2026-05-14T09:00:00+05:00",
    authors=["Aruzhan Sadykova"],
    section="Science",
    figure=("/photos/2026/05/soyuz-liftoff.jpg", "The Soyuz-2.1b lifts off from Baikonur on Wednesday.", "Photo: Roscosmos handout"),
    tags=["Space", "Qyran-1", "Technology"],
    related=[("Almaty students’ cubesat heard from orbit", "/science/almaty-cubesat-beacon"),
             ("Editorial: A satellite is a start, not an industry", "/opinion/satellite-industry"),
             ("Flood season: the regions most at risk", "/news/flood-risk-regions")],
    newsletter=("Tribune Science", "Space, science and technology news from Kazakhstan, once a week."),
)

_RK5_D = _article_page(
    "regional",
    "https://kyzylorda-evening.example/baikonur/qyran-launch-residents",
    "Kyzylorda Evening",
    "“We never get tired of it”: Baikonur watches the Qyran-1 launch",
    "Townspeople gathered on rooftops and by the river for the launch of a satellite their own country built.",
    "Gaukhar Zhumabayeva, Baikonur",
    "",
    [
        "For many residents of Baikonur, the roar of a Soyuz is part of ordinary life. But on Wednesday morning, when the rocket carrying Kazakhstan’s Qyran-1 satellite lifted off shortly after 11 o’clock, people came out onto balconies and rooftops in greater numbers than usual.",
        "“It is our satellite this time. Usually we watch other people’s,” said Asylbek Nurmagambetov, a retired mechanic who worked at the cosmodrome for thirty years, as he watched the white trail disappear from a bench on the embankment of the Syr Darya.",
        "The first attempt a day earlier had disappointed the crowds. On Tuesday, the countdown stopped less than a minute before liftoff. “We waited, the children waited, and then nothing. The engineers said it was a sensor,” said Nurmagambetov. “But that is the cosmodrome. Better to stop on the ground than in the air.”",
        "Schoolchildren from Baikonur’s School No. 6 watched the launch from their schoolyard with their physics teacher, Larisa Kim. Several of them had visited the assembly building earlier in the spring, when the satellite was being prepared. “Now they want to be engineers, all of them,” she said, laughing.",
        "The rocket, a Soyuz-2.1b with a Fregat upper stage, took off from Site 31. The satellite reached its orbit about an hour after launch, and the national operator, Kazakh Orbital Systems, reported that first signals had been received.",
        "For Kyzylorda region, the launch was also a reminder of the cosmodrome’s place in the local economy. Several thousand residents of Baikonur and nearby Toretam work at the cosmodrome or in services connected to it, although the number of launches from Baikonur has fallen over the past decade.",
        "Shopkeepers in the town said launch days still bring a small boost to business, as officials, engineers and a few tourists fill hotels and cafés. “On Tuesday everything was full, and then people stayed another night because of the delay. For us, that was good news,” said the manager of a hotel on Korolev Street.",
        "Spent stages from Baikonur launches fall in designated drop zones in the steppe, and the regional emergency department said on Wednesday that the first-stage boosters had landed within the planned areas. A team was sent to survey the site, as is standard practice.",
        "Regional akimat officials said they hoped that Kazakhstan’s growing role in its own space programme would bring more high-skilled jobs to the area. A training centre for satellite ground-segment technicians is due to open in Kyzylorda next year.",
        "Not everyone in Baikonur was watching. At the central bazaar, traders went on weighing apples and counting change as the rocket climbed. “I have seen hundreds of them,” said one. “When it is our satellite, I will look up. Oh – it is our satellite? Then I will read about it in the newspaper.”",
        "For Nurmagambetov, the meaning was simpler. “Sixty-five years ago Gagarin flew from here,” he said. “Today a satellite made with Kazakh hands flew from here. We never get tired of it.”",
    ],
    section="Baikonur",
    figure=("/foto/baikonur-embankment.jpg", "Residents watch the launch from the Syr Darya embankment.", "Photo: Kyzylorda Evening"),
    related=[("Toretam: new school to open in September", "/toretam/new-school"),
             ("Kyzylorda: rice sowing begins", "/region/rice-sowing")],
    nav=["Kyzylorda", "Baikonur", "Region", "Agriculture", "Sport", "Ads"],
    newsletter=("Evening edition", "Kyzylorda news in your inbox every evening."),
)

STORY_5 = _story(
    "rk-HE5", "rocket", "2026-05-15",
    [_page("https://orbitdesk.example/live/soyuz-qyran-1-launch-baikonur", _RK5_A),
     _page("https://steppewire.example/science/2026/05/13/kazakhstan-satellite-qyran-1-launched-baikonur", _RK5_B),
     _page("https://kazakhtribune.example/science/qyran-1-in-orbit-what-next", _RK5_C),
     _page("https://kyzylorda-evening.example/baikonur/qyran-launch-residents", _RK5_D)],
    [],
)

# ---------------------------------------------------------------------------
# Story 6 — eq-HE6 (CONTROL): earthquake near Shamakhi, Azerbaijan
# ---------------------------------------------------------------------------

_EQ6_A = _article_page(
    "wire",
    "https://caspianwire.example/azerbaijan/2026/01/29/earthquake-shamakhi",
    "Caspian Newswire",
    "Magnitude 5.6 earthquake shakes Azerbaijan’s Shamakhi region; no deaths reported",
    "The quake struck before dawn and was felt in Baku; houses were damaged in villages near the epicentre.",
    "By Leyla Aliyeva",
    "29 January 2026 07:15 (GMT+4)",
    [
        "An earthquake of magnitude 5.6 struck the Shamakhi region of Azerbaijan early on Thursday, damaging dozens of houses and sending residents into the streets in freezing temperatures, officials said. There were no immediate reports of deaths.",
        "The quake hit at 03:42 local time at a depth of 12 km, with its epicentre about 18 km north-west of the town of Shamakhi, near the village of Meysari, according to the Republican Seismological Service Center under the Azerbaijan National Academy of Sciences. The U.S. Geological Survey put the magnitude at 5.3 and the depth at 10 km.",
        "The tremor was felt strongly in Shamakhi, Ismayilli and Aghsu and more weakly in Baku, about 120 km to the south-east, where some residents of high-rise buildings said they had been woken by swaying furniture.",
        "The Ministry of Emergency Situations said in a statement at 07:00 that nine people had sought medical help, most of them for minor injuries and shock, and that preliminary inspections had found 60 damaged houses, mostly older stone buildings in villages close to the epicentre.",
        "“Rescue teams and engineers were sent to the area immediately. Inspections of buildings are continuing and the figures will be updated,” ministry spokesperson Elnur Mammadli told Caspian Newswire by phone.",
        "The seismological centre had registered 17 aftershocks by 07:00, the strongest of them a magnitude 4.1 tremor at 05:10.",
        "Television footage showed cracked walls and fallen roof tiles in Shamakhi’s old quarter and collapsed garden walls and sheds in villages along the road to Meysari. Power was briefly cut in parts of the district after the quake but had been restored to most homes within about two hours, the state electricity company said.",
        "“People came out in their pyjamas and stood in the road. It was minus four. Nobody wanted to go back inside,” said Ramil Guliyev, 41, a shopkeeper in Shamakhi. “The walls of my shop cracked, but thank God nobody was hurt.”",
        "In Baku, the shaking lasted several seconds. “The chandelier was swinging and the glasses rang in the cupboard. We went down to the courtyard with our neighbours and waited,” said Aygun Rahimova, who lives on the 14th floor of a building in the Yasamal district. There were no reports of damage in the capital.",
        "Schools in Shamakhi and Ismayilli districts will stay closed on Thursday, the education ministry said.",
        "The emergency ministry urged residents of damaged houses not to return home until engineers had checked them, and said tents and hot food would be provided for families who needed them.",
        "Shamakhi, an ancient town about two hours’ drive from Baku, lies in one of the most seismically active zones in the Caucasus. It was largely destroyed by an earthquake in 1902, and several medieval buildings, including parts of the Juma Mosque, have been rebuilt more than once after quakes.",
        "Azerbaijan’s oil and gas facilities, most of them on the Caspian coast and offshore, were not affected, state energy company officials said.",
    ],
    iso="2026-01-29T07:15:00+04:00",
    modified="2026-01-29T07:48:00+04:00",
    authors=["Leyla Aliyeva"],
    section="Azerbaijan",
    dateline="BAKU, Jan 29 (Caspian Newswire)",
    tags=["Azerbaijan", "Earthquakes", "Shamakhi"],
    related=[("Caucasus earthquakes: a history", "/factbox/caucasus-earthquakes"),
             ("Baku: building safety checks ordered after 2025 survey", "/azerbaijan/2025/11/baku-building-checks")],
)

_EQ6_B = _article_page(
    "broadcast",
    "https://kurtv.example/en/news/shamakhi-earthquake-one-dead-injured",
    "Kür TV",
    "Shamakhi earthquake: one woman killed, 23 injured as aftershocks continue",
    "Rescuers found the body of an elderly woman under a collapsed wall in Meysari; hundreds of houses are being inspected.",
    "Kür TV News",
    "Updated 2 hours ago",
    [
        "A 78-year-old woman has died in the village of Meysari after a wall of her house collapsed during Thursday morning’s earthquake in the Shamakhi region, the Ministry of Emergency Situations said, the first confirmed death from the quake.",
        "Rescuers found her body in the early afternoon while inspecting damaged houses on the edge of the village, which was close to the epicentre. Her family had believed she had gone to stay with relatives, neighbours told Kür TV.",
        "As of 13:00, 23 people had been treated for injuries, six of whom remained in hospital, the Health Ministry said. Most of the injured were hurt by falling plaster or while running out of their homes in the dark.",
        "The magnitude 5.6 earthquake struck at 3:42 a.m. and was followed by dozens of aftershocks. The Republican Seismological Service Center had recorded 33 aftershocks by 14:00, the largest measuring 4.1.",
        "Our correspondent in Shamakhi reports that many families are preparing to spend the night outdoors or in cars. The emergency ministry has set up 150 heated tents on the town’s football ground and in three villages.",
        "“My house is standing, but there is a crack from the roof to the floor. How can I sleep there with my children?” said Sevinj Abbasova, a mother of three from the village of Chukhuryurd, standing outside one of the tents.",
        "The head of the Shamakhi district executive authority, Elchin Huseynli, said engineers were working street by street. “Every house will be checked. Families whose houses are unsafe will be given temporary accommodation, and the state will help with repairs,” he said.",
        "Traders at Shamakhi’s central market said they had opened late and sold little. “People are buying bread and water, nothing else. Everyone is thinking about their house,” said Rasim Aliyev, who sells dried fruit and spices.",
        "Engineers had inspected more than 1,000 buildings by midday. The ministry said the number of damaged houses would be announced once inspections were complete.",
        "Volunteers from Baku arrived in Shamakhi in the afternoon with blankets, heaters and food. The Azerbaijan Red Crescent Society said it had sent two lorries of supplies and a team of psychologists to work with children who were frightened by the aftershocks.",
        "The Shamakhi district hospital said it had been prepared for a larger number of casualties and had called in extra staff during the night. Most of those treated had cuts and bruises; the most serious cases were two people with fractures and an elderly man with a head injury, a hospital doctor told Kür TV.",
        "Schools in Shamakhi and Ismayilli will remain closed on Friday as well. Roads in the region are open, but police have closed the old town centre in Shamakhi to traffic while façades are checked.",
        "Seismologists warn that further aftershocks, including some strong enough to cause more damage to weakened buildings, are possible over the coming days.",
    ],
    section="Azerbaijan",
    figure=("/media/2026/01/shamakhi-tents.jpg", "Heated tents on the football ground in Shamakhi.", "Kür TV"),
    related=[("What to do during an earthquake", "/en/news/earthquake-safety"),
             ("Weather: cold snap continues across the regions", "/en/news/weather-cold-snap"),
             ("Video: aerial footage of Meysari", "/en/video/meysari-aerial")],
    nav=["Home", "Azerbaijan", "World", "Business", "Sport", "Watch live"],
)

_EQ6_C = _article_page(
    "trade",
    "https://quakebrief.example/events/2026-01-28-azerbaijan-shamakhi-m5",
    "QuakeBrief",
    "M5.3–5.6 Greater Caucasus earthquake near Şamaxı: agencies, depth and tectonic setting",
    "Why three agencies published three magnitudes for the same event, and what the region’s seismic history tells us.",
    "Dr. Helen Marsh",
    "29 Jan 2026",
    [
        "A moderate, shallow earthquake struck the south-eastern Greater Caucasus in Azerbaijan on 28 January 2026 at 23:42:17 UTC, which was 03:42 local time on 29 January. The epicentre lay in the Şamaxı (Shamakhi) district, roughly 120 km west-north-west of Baku.",
        "## Three magnitudes, one earthquake",
        "Readers have asked why the event is listed as M5.6 by Azerbaijan’s Republican Seismological Service Center (RSSC), as M5.4 by the European-Mediterranean Seismological Centre (EMSC) and as M5.3 by the U.S. Geological Survey (USGS). These are not contradictory. The RSSC’s figure is a local magnitude (ML) computed from its dense national network, while the USGS value is a moment magnitude (Mww) derived from long-period waveforms recorded around the world. For shallow crustal events in the Caucasus, local magnitudes often come out a few tenths higher than moment magnitudes.",
        "Depth estimates also differ slightly: the RSSC locates the hypocentre at 12 km, the USGS at 10 km (a value that often indicates a depth held fixed in early solutions). Both place the event in the upper crust.",
        "The RSSC places the epicentre about 18 km north-west of Şamaxı town, near the village of Meysari. The USGS solution is a few kilometres to the north, which is within the normal uncertainty for a global network.",
        "## Tectonic setting",
        "The Şamaxı area sits on the southern flank of the Greater Caucasus, where the Arabian plate’s northward push is taken up by thrust faults along the Kura basin margin. The USGS focal mechanism indicates oblique thrust faulting on a plane striking roughly north-west to south-east, consistent with the regional structure.",
        "Şamaxı has a long record of damaging earthquakes. The town was severely damaged in 1667 and 1859 and devastated in 1902, when an earthquake destroyed most of its buildings. More recent moderate events in the past two decades have repeatedly damaged older stone houses in the district.",
        "## Shaking and aftershocks",
        "The USGS “Did You Feel It?” system received more than 1,400 reports within six hours, mostly from Baku and the Şamaxı–İsmayıllı area. Maximum intensities near the epicentre are estimated at VI to VII on the Modified Mercalli scale: strong shaking, with damage to poorly built masonry.",
        "The RSSC reported the largest aftershock, ML 4.1, at 05:10 local time (01:10 UTC). Aftershock productivity so far is normal for an event of this size. Based on generic aftershock statistics, the chance of an aftershock of magnitude 5 or larger in the next week is roughly 5–10%; the chance of a larger event than the mainshock is about 2–3%.",
        "“The magnitude difference between agencies is routine; what matters for people on the ground is that the shaking was strong enough to damage traditional stone buildings,” said Dr. Anar Rzayev, a seismologist at a university in Baku who was not involved in the official monitoring. “Most modern reinforced-concrete buildings in the region performed well.”",
        "We will update this page if the agencies revise their solutions.",
    ],
    iso="2026-01-29T06:30:00Z",
    modified="2026-01-29T09:05:00Z",
    authors=["Helen Marsh"],
    section="Events",
    tags=["Azerbaijan", "Greater Caucasus", "Thrust faulting", "M5+"],
    related=[("Explainer: local magnitude vs moment magnitude", "/explainers/ml-vs-mw"),
             ("Event page: M5.0 Eastern Türkiye, 19 January 2026", "/events/2026-01-19-turkiye-m5"),
             ("Map: significant earthquakes this month", "/maps/month")],
    nav=["Events", "Maps", "Explainers", "Data", "About"],
    newsletter=("QuakeBrief Digest", "Significant earthquakes and what they mean, once a week."),
)

_EQ6_D = _article_page(
    "paper",
    "https://bakuobserver.example/society/shamakhi-earthquake-damage-rises",
    "Baku Observer",
    "Shamakhi counts the damage: over 400 houses hit by Thursday’s earthquake",
    "One person died and 31 were injured, the authorities say; families whose homes are unsafe will be rehoused.",
    "By Rauf Ismayilov and Aynur Jafarova",
    "30 January 2026, 10:30",
    [
        "More than 400 houses were damaged by Thursday’s earthquake in the Shamakhi region, 37 of them so badly that they will have to be demolished, the Ministry of Emergency Situations said on Friday morning, as engineers completed their first round of inspections.",
        "The ministry’s updated figure of 412 damaged houses is far higher than the 60 it reported in the first hours after the quake, when inspectors had reached only the villages closest to the epicentre. Most of the damage is in Meysari, Chukhuryurd and Gizmeydan and in the older quarters of Shamakhi town itself.",
        "One person died – a 78-year-old woman in Meysari whose house partly collapsed – and 31 people were injured, 11 of whom were taken to hospital, the ministry said. The Health Ministry said on Friday that all but four of the injured had been discharged.",
        "The earthquake, measured at magnitude 5.6 by the Republican Seismological Service Center (the U.S. Geological Survey gave 5.3), struck at 3:42 a.m. on Thursday. By 8 a.m. on Friday the centre had recorded 58 aftershocks, none stronger than 4.1.",
        "## Nights in tents",
        "About 600 people spent Thursday night in heated tents set up by the emergency ministry, while many more stayed with relatives or slept in their cars. Temperatures in the area fell to minus six overnight.",
        "“The children slept, we did not,” said Tofig Hasanov, 52, who spent the night in a tent on the Shamakhi football ground with his wife and three children. “Every time the ground moved a little, everyone woke up.”",
        "President Ilham Aliyev ordered the government to allocate funds for the reconstruction of destroyed houses and the repair of damaged ones, according to a statement from the presidential administration. Families whose houses must be demolished will receive temporary accommodation and new homes will be built by the state, the statement said.",
        "## Old houses, new rules",
        "Engineers said the pattern of damage was familiar. “The houses that suffered are mostly old, built of stone with lime mortar, often with heavy roofs and additions that were never designed,” said Nigar Mammadova, a structural engineer who took part in the inspections. “The buildings put up after 2015 under the new building code had cracks in plaster, nothing structural.”",
        "Seismologists say the Shamakhi area, devastated by an earthquake in 1902, will continue to experience quakes of this size every few decades. “The question is not whether, but when,” said Tahir Mammadov, deputy director of the seismological centre. “Every house rebuilt after this earthquake must be rebuilt to the code.”",
        "Schools in Shamakhi and Ismayilli districts, closed on Thursday and Friday, are due to reopen on Monday after inspection of all school buildings. Twelve schools showed cracks, the education ministry said, and two will remain closed until repairs are done.",
        "The ministry said it would publish a final damage assessment next week.",
    ],
    iso="2026-01-30T10:30:00+04:00",
    authors=["Rauf Ismayilov", "Aynur Jafarova"],
    section="Society",
    figure=("/pics/2026/01/meysari-damage.jpg", "A damaged house in Meysari on Friday.", "Photo: Baku Observer"),
    tags=["Earthquake", "Shamakhi", "Emergencies"],
    related=[("How to check your building’s earthquake safety", "/society/building-safety-guide"),
             ("Opinion: Rebuild Shamakhi right this time", "/opinion/rebuild-shamakhi"),
             ("Donations: where to help", "/society/shamakhi-donations")],
    newsletter=("Observer Daily", "The morning’s top stories from Azerbaijan."),
)

STORY_6 = _story(
    "eq-HE6", "earthquake", "2026-01-31",
    [_page("https://caspianwire.example/azerbaijan/2026/01/29/earthquake-shamakhi", _EQ6_A),
     _page("https://kurtv.example/en/news/shamakhi-earthquake-one-dead-injured", _EQ6_B),
     _page("https://quakebrief.example/events/2026-01-28-azerbaijan-shamakhi-m5", _EQ6_C),
     _page("https://bakuobserver.example/society/shamakhi-earthquake-damage-rises", _EQ6_D)],
    [],
)

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
