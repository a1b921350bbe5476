"""Story battery, part AC — Japan (its prefectures and cities), events in 2026.

Written by engineer AC1 on 2026-12-07 for the thirty-second batch, a precision batch.

All outlets (domains ending in .example), reporters, companies, analysts and most officials are
invented, and so are all figures. Real institutions and places (Bank of Japan, Ministry of
Finance, Japan Meteorological Agency, Osaka District Court, Hokkaido Spaceport, Shiga, Sakai,
Hokota, Taiki...) appear only as scenery. Each page's article body is between 400 and 900 words.
JST is UTC+9 throughout.

cb-AC1 (central bank, PLANTED, fetched 2026-11-09). True facts: at the end of its two-day
meeting on Friday 2026-10-30 the Bank of Japan raised its short-term policy rate to 1.0% from
0.75% (last raised in April, from 0.5%) by a 7-2 vote, board members Naoki Fujisawa and Reiko
Amano dissenting; the statement came out at 12:24 JST (03:24 GMT); monthly JGB purchases will be
cut to about ¥2.1 trillion ($14.3 billion) from January, from about ¥2.5 trillion; the outlook
report puts core CPI at 2.4% for fiscal 2026 (2.2% in July) and 1.9% for fiscal 2027, growth
0.8%; Governor Kazuhiro Ishimaru held a news conference at 15:30 JST; Nikkei closed -0.6% at
41,238.55, dollar ¥146.82 late afternoon, 10-year JGB 1.965% (+4 bp); next meeting December
17-18. PLANTED: (1) vote split — right 7-2, wrong 6-3 in Yield Curve Notes; (2) monthly JGB
purchases from January — right ¥2.1 trillion, wrong ¥2.6 trillion in The Kanto Ledger; (3)
release time of the statement — right 12:24 JST / 03:24 GMT, wrong 11:54 a.m. / 0254 GMT in
Meridian Wire. Outlets and dating: Meridian Wire (wire; article:published_time
2026-10-30T03:41:00Z, modified 05:02Z); The Kanto Ledger (newspaper; visible date "Saturday,
October 31, 2026" only, says "yesterday" and "on Friday"); NBX Business (live page; JSON-LD
datePublished 2026-10-30T10:05:00+09:00, updates stamped 10:05-16:20 JST); Yield Curve Notes
(rates newsletter; NO date anywhere, says "on Friday"). Legitimate traps: 1.0% vs 1% vs 1.00%,
and the previous rates 0.75% and 0.5%; 12:24 JST = 03:24 GMT on the live page; news conference
3:30 p.m. = 0630 GMT; "yesterday"/"on Friday" in the Saturday newspaper; ¥2.1 trillion = $14.3
billion (wire) and "around $14 billion" (newsletter); annual reduction ¥4.8 trillion derived
from 2.5-2.1 times 12; the current ¥2.5 trillion vs the new ¥2.1 trillion; core CPI 2.4%
(FY2026) vs 1.9% (FY2027) vs the July forecast 2.2% vs actual September core CPI 2.7%; poll
forecast 23 of 31 economists expecting a hike; dollar ¥148.10 before, ¥147.20 at 12:40 JST,
¥146.82 late afternoon, "near ¥146.8" (rounding); 10-year yield 1.955% (+3 bp) in early
afternoon vs 1.965% (+4 bp) at the close; Nikkei -0.3% at 12:40 vs -0.6% at the close;
Ishimaru's quotes in slightly different wordings and paraphrases; governor named in full, by
surname, or "the governor"; 2-year yield 1.12% only in the newsletter; other central banks'
rates (Fed 3.50-3.75%, ECB 2.00%, BoE 3.75%, RBA 3.60%) in a sidebar; mortgage example (0.9% to
1.15%, ¥3,500 a month) and the wage-talk figure 5.2%.

el-AC2 (election, CONTROL, no planted disagreements, fetched 2026-07-24). True facts: Shiga
gubernatorial election on Sunday 2026-07-12, polls closing at 20:00 JST (11:00 GMT); Tomoko
Saeki, 58, independent, former deputy mayor of Otsu, won with 312,418 votes (51.0%); Hiroshi
Kaneda, 64, former prefectural assembly member, 241,907 (39.5%); Yuta Morinaga, 41, Hikone
software entrepreneur, 58,233 (9.5%); margin 70,511 votes (11.5 points); valid votes 612,558,
invalid 8,142, ballots cast 620,700 of about 1.15 million eligible; turnout 53.92% (2022:
41.27%); record early vote 187,460; Saeki carried 17 of 19 municipalities, Kaneda won Kusatsu
and Moriyama; outgoing Governor Shoji Amamiya, 71, retires after three terms (12 years); Saeki
takes office July 20. Outlets and dating: Lake Country TV (live page; JSON-LD datePublished
2026-07-12T19:30:00+09:00, modified 2026-07-13T01:20:00+09:00, updates stamped 19:30-01:20 JST);
The Omi Daily (newspaper; visible date "Monday, July 13, 2026" only, says "yesterday's
election", results "shortly after 1 a.m. today", "late on Sunday"); Prefecture Watch
(newsletter; NO date anywhere, says "on Sunday"). Legitimate traps: the 20:00 projection
"certain to win" with no votes counted; partial counts at 22:10 (about 38%) and 23:40 (about
81%) vs the final count at 01:05; provisional turnout 53.9% at 21:05 vs final 53.92% vs "up from
41.3%" (rounded 41.27%) and 2018's 40.62% in a sidebar; 51.0% vs 51%; margin 70,511 vs "about
70,500 votes" vs 11.5 points; turnout rise 12.65 points; early votes "about 30%" of ballots;
Morinaga's 58,233 described as "nearly 60,000"; newspaper's own pre-election survey (Saeki 48%,
Kaneda 37%, 12% undecided) and the newsletter's "roughly ten points" polling average are
forecasts; Saeki's victory-speech quote given verbatim and paraphrased; "about 1.15 million
eligible voters"; 1,200 childcare places; Lake Biwa serves about 14 million people.

ct-AC3 (court, CONTROL, no planted disagreements, fetched 2026-03-27). True facts: on Wednesday
2026-03-18, at about 14:00 JST (05:00 GMT), the Osaka District Court (Presiding Judge Masako
Hirota, three-judge panel) ordered Kansai Seimitsu Chemical Co. to pay ¥1.26 billion (about $8.5
million) to 122 of 143 Sakai residents over PFOS/PFOA contamination of wells near its plant in
Nishi Ward; the plaintiffs sought ¥3.4 billion (about $22.9 million); 21 claims rejected because
use of the water before the 2019 disclosure was not shown; individual awards ¥3 million to ¥15
million; well levels up to 1,800 ng/L, 36 times the provisional target of 50 ng/L (set in 2020);
demand for company-funded blood tests rejected; appeal possible to the Osaka High Court within
two weeks of service; suit filed June 2021; lead lawyer Kenji Otomo; plaintiff leader Fumiko
Tanizawa, 67. Outlets and dating: Harbor Light News Agency (wire; article:published_time
2026-03-18T06:12:00Z only); Naniwa Evening Post (newspaper; visible date "Thursday, March 19,
2026" only, says "yesterday"); Docket Japan (legal newsletter; NO date anywhere). Legitimate
traps: amount sought ¥3.4 billion vs awarded ¥1.26 billion; 143 plaintiffs vs 122 winners vs 21
rejected; yen vs dollar conversions ($8.5 million, $22.9 million); award is about 37% of the
claim and averages about ¥10.3 million per winner (derived); 2 p.m. = 0500 GMT; "Presiding Judge
Masako Hirota" vs "Judge Hirota"; "yesterday" in the Thursday newspaper vs "on Wednesday"; about
40 minutes of reading / "forty minutes"; contamination detected 2019, suit filed 2021, "seven
years"; 1,800 vs 50 ng/L and "36 times"; company statement quoted and paraphrased; Otomo quoted
differently in the wire and the newspaper; sidebar with other invented cases (¥380 million to 41
residents, 58 and 212 plaintiffs); the company's own figures (¥2.3 billion spent, about 430
employees, production since 1974).

tr-AC4 (trade, PLANTED, fetched 2026-11-30). True facts: Ministry of Finance preliminary October
2026 trade data released Wednesday 2026-11-18 at 08:50 JST (23:50 GMT Tuesday); exports +6.2%
y/y to ¥9,868.4 billion (¥9.87 trillion), a third consecutive month of growth, vs a 4.5%
consensus; imports +2.9% to ¥10,109.7 billion; deficit ¥241.3 billion ($1.6 billion) vs
consensus ¥380 billion and ¥532.5 billion a year earlier; seasonally adjusted deficit ¥198.5
billion, s.a. exports +1.1% m/m; export volumes +2.7%; September revised to +3.8% from +3.6%; to
US +4.1%, China -1.8%, Asia +7.6%, EU +2.2%; cars +9.3%, chip equipment +18.4%, electronic parts
+11.0%; crude imports -12.5%, LNG -6.8%; yen averaged about ¥151.20 per dollar, 3.4% weaker on
the year; Ayumi Sakakibara is chief economist at Tokiwa Research Institute. PLANTED: (1) October
export growth — right 6.2%, wrong 8.2% in Cardinal Newswire; (2) length of the growth streak —
right "third consecutive month", wrong "fifth straight month" in Tokyo Evening Courier; (3)
Ayumi Sakakibara's role — right chief economist, wrong senior strategist in Asia Trade Bulletin.
Outlets and dating: Cardinal Newswire (wire; article:published_time 2026-11-17T23:58:00Z, i.e.
the UTC date is the day before the Tokyo release, modified 2026-11-18T01:35:00Z); Tokyo Evening
Courier (newspaper; visible date "Wednesday, November 18, 2026 (Evening edition)" only, says
"this morning"); Asia Trade Bulletin (newsletter; NO date anywhere). Legitimate traps: 08:50 JST
= 23:50 GMT on Tuesday, and the wire's UTC timestamp on November 17; 6.2% actual vs 4.5%
forecast; ¥241.3 billion deficit vs ¥198.5 billion seasonally adjusted vs ¥532.5 billion a year
earlier vs ¥380 billion forecast; ¥9.87 trillion vs ¥9,868.4 billion and ¥10.11 trillion vs
¥10,109.7 billion (rounding); dollar conversions ($1.6 billion, $65.3 billion, $66.9 billion at
¥151.20); value growth vs volume growth 2.7%; September revision 3.6% to 3.8%; m/m +1.1% vs y/y;
destination and product breakdowns (US +4.1%, China -1.8%, cars +9.3%...); Nagoya customs
district +7.9% (a subset); other countries' October exports in a sidebar (South Korea +5.0%,
Taiwan +14.6%, China +3.1%, Vietnam +11.7%); Sakakibara's quote verbatim vs paraphrased ("doing
the heavy lifting" / "carrying the numbers").

rk-AC5 (rocket, PLANTED, fetched 2026-08-27). True facts: Aozora Rocketry (Obihiro-based,
president and CEO Daisuke Hanamura) launched its 27-metre two-stage Tsumugi-2 from Launch
Complex 1 at Hokkaido Spaceport in Taiki on Tuesday 2026-08-18 at 10:42 JST (01:42 UTC), two
days after a Sunday scrub for upper-level winds; stage separation T+2:38, fairing T+3:20,
second-stage cutoff T+8:51, main payload Mizuchi-1 (62 kg, built by Fukuoka-based Genkai Space,
CEO Mio Tachibana) separated at T+9:40; after a restart six cubesats were released over about
four minutes, the last 54 minutes after liftoff (11:36 JST); all seven satellites confirmed in a
~500 km sun-synchronous orbit at 11:51 JST; first Mizuchi-1 signal 12:27 JST via Svalbard; about
3,800 spectators; Tsumugi-1 broke apart 41 seconds after liftoff in November 2025. PLANTED: (1)
time from liftoff to the last satellite separation — right 54 minutes, wrong 45 minutes in
Smallsat Brief; (2) launch weekday — right Tuesday, wrong Wednesday in Eastline Wire; (3) home
city of Genkai Space — right Fukuoka, wrong Kumamoto in Tokachi Daily Herald. Outlets and
dating: Orbit Japan (live page; JSON-LD datePublished 2026-08-18T08:30:00+09:00, modified 14:10,
updates stamped 08:30-14:10 JST); Eastline Wire (wire; article:published_time
2026-08-18T02:15:00Z, modified 05:05Z); Tokachi Daily Herald (newspaper; visible date "August
19, 2026" only, says "yesterday" and "Tuesday's flight"); Smallsat Brief (newsletter; NO date
anywhere, says "on Tuesday"). Legitimate traps: 10:42 JST = 01:42 UTC = 0142 GMT; the Sunday
scrub (a different, earlier date) and "two days later than planned"; 9 min 40 s to the main
payload vs 54 minutes to the last cubesat vs "about nine and a half minutes" vs "less than an
hour"; 62 kg vs the 250 kg capacity; 27 m = 89 feet, 500 km = 310 miles; seven satellites = one
main payload + six cubesats; live-page partial state "one of seven" at 10:52 vs all seven at
11:51; ¥1.6 billion = roughly $11 million per launch; about 3,800 spectators vs "thousands";
Hanamura's quote in three slightly different wordings; "president and CEO" vs "president and
chief executive"; company founded 2018, raised ¥12.4 billion, four flights planned in 2027;
sidebar figures (31 attempts, 27 successes worldwide; Taiki population about 5,300).

eq-AC6 (earthquake, CONTROL, no planted disagreements, fetched 2026-02-23). True facts:
earthquake at 04:17 JST on Saturday 2026-02-14 (19:17 UTC Friday 2026-02-13) off southern
Ibaraki (Kashima-nada), depth about 50 km; JMA preliminary magnitude 6.1 revised to 6.3 at 05:40
JST; USGS moment magnitude 6.2; maximum intensity upper 5 in Hokota, lower 5 in Mito and
Kashima, 4 in parts of Tokyo and Chiba; no tsunami; FDMA count as of 18:00 Saturday 19 injured
(2 seriously), no deaths; at least seven houses partially damaged in Hokota; about 28,000
households lost power, restored by 09:40; Joban Line resumed shortly after 10:00; Tokai No. 2
plant (offline) no abnormalities; 23 felt aftershocks by 18:00 Saturday, 31 by 09:00 Monday,
largest M4.6 at 05:02; JMA's Takeshi Minowa warned of similar shaking for about a week. Outlets
and dating: KPT News (live page; JSON-LD datePublished 2026-02-14T04:25:00+09:00, modified
18:20, updates stamped 04:25-18:20 JST); Northgate Wire (wire; article:published_time
2026-02-13T20:02:00Z, the UTC date before the Japanese date of the quake, modified
2026-02-14T09:30:00Z); Ibaraki Morning Star (newspaper; NO date anywhere, says "yesterday" and
"on Saturday"); Quake Science Digest (newsletter; visible date "16 February 2026" only, says
"this morning" for Monday). Legitimate traps: 04:17 JST vs 19:17 UTC / 1917 GMT on the previous
calendar day; preliminary M6.1 vs revised M6.3 (made explicit) vs USGS Mw 6.2 (attributed,
explained); live-page injury counts at least 4 (04:50) and 11 (11:00) vs final 19 (18:00); 23
aftershocks by Saturday evening vs 31 by Monday morning; "about 80 minutes" for the revision
(04:17 to 05:40); intensity scale "tops out at 7"; 46 people at the shelter at its peak;
Minowa's warning in different wordings ("two to three days" / "two or three days"); "head of the
earthquake and tsunami observation division" vs "of JMA's earthquake and tsunami observation
division"; sidebar of other recent quakes (M5.4, M4.9, M4.7); March 2011 magnitude 9.0 as
background.
"""

import html as _html
import json as _json
from urllib.parse import quote as _quote

_SHARE = (
    ("Share on X", "https://x.example/intent/post?url="),
    ("Share on Facebook", "https://facebook.example/sharer?u="),
    ("Share on LINE", "https://line.example/share?url="),
    ("Email this article", "mailto:?subject=From%20the%20web&body="),
)


def _e(text):
    return _html.escape(text, quote=True)


def _blocks(text):
    """Split a prose block into paragraphs; lines inside a paragraph are joined."""
    out = []
    for chunk in text.strip().split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.strip().splitlines())
        if joined:
            out.append(joined)
    return out


def _body_html(text, ad_after=4):
    parts = []
    for i, para in enumerate(_blocks(text)):
        if para.startswith("## "):
            parts.append(f"<h2>{_html.escape(para[3:], quote=False)}</h2>")
        elif para.startswith("@@ "):
            stamp, _, rest = para[3:].partition(" | ")
            parts.append(
                '<div class="live-update"><p class="live-stamp"><strong>'
                f"{_html.escape(stamp, quote=False)}</strong></p>"
                f"<p>{_html.escape(rest, quote=False)}</p>"
                '<p class="update-share"><a href="#">Copy link to this update</a></p></div>'
            )
        else:
            parts.append(f"<p>{_html.escape(para, quote=False)}</p>")
        if i + 1 == ad_after:
            parts.append(
                '<div class="ad-slot ad-inline" aria-label="Advertisement">'
                '<span class="ad-label">Advertisement</span></div>'
            )
    return "\n".join(parts)


def _page(
    *,
    site,
    domain,
    path,
    kind,
    section,
    nav,
    headline,
    dek,
    byline,
    body,
    date_mode,
    published="",
    modified="",
    visible_date="",
    sidebar_title,
    sidebar,
    related,
    topics,
):
    url = f"https://www.{domain}/{path}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(headline)} | {_e(site)}</title>",
        f'<meta name="description" content="{_e(dek)}">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(headline)}">',
        f'<meta property="og:url" content="{_e(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_e(url)}">',
        '<link rel="stylesheet" href="/assets/css/main.css">',
    ]
    if date_mode == "meta":
        head.append(f'<meta property="article:published_time" content="{_e(published)}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{_e(modified)}">')
        head.append(f'<meta property="article:section" content="{_e(section)}">')
    elif date_mode == "jsonld":
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if kind == "live" else "NewsArticle",
            "headline": headline,
            "datePublished": published,
            "dateModified": modified or published,
            "author": {"@type": "Organization", "name": site},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        blob = _json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{blob}</script>')
    byline_html = _e(byline)
    if date_mode == "visible" and visible_date:
        byline_html += f' <span class="dateline-date">{_e(visible_date)}</span>'
    nav_html = "".join(f'<li><a href="/{_e(n.lower().replace(" ", "-"))}">{_e(n)}</a></li>'
                       for n in nav)
    share_html = "".join(
        f'<li><a href="{_e(base + _quote(url, safe=""))}" rel="noopener">{_e(label)}</a></li>'
        for label, base in _SHARE
    )
    side_html = "".join(f"<li>{_e(item)}</li>" for item in sidebar)
    rel_html = "".join(f'<li><a href="https://www.{_e(domain)}/{_e(p)}">{_e(t)}</a></li>'
                       for t, p in related)
    topics_html = ", ".join(f'<a href="/topic/{_e(t.lower().replace(" ", "-"))}">{_e(t)}</a>'
                            for t in topics)
    section_slug = _e(section.lower().replace(" ", "-"))
    live_badge = '<p class="live-badge">LIVE</p>\n' if kind == "live" else ""
    copyright_line = f"&copy; {_e(site)}. All rights reserved."
    if date_mode != "none":
        copyright_line = f"&copy; 2026 {_e(site)}. All rights reserved."
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="page-{_e(kind)}">
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We and our partners use cookies to keep this site working, to measure traffic and to show
you relevant advertising. You can change your choices at any time. Read our
<a href="/privacy">privacy notice</a>.</p>
<button type="button" class="cookie-accept">Accept all</button>
<button type="button" class="cookie-reject">Reject non-essential</button>
<button type="button" class="cookie-settings">Manage settings</button>
</div>
<header class="site-header">
<a class="logo" href="/">{_e(site)}</a>
<nav aria-label="Main navigation"><ul>{nav_html}</ul></nav>
<a class="btn-subscribe" href="/subscribe">Subscribe</a>
<a class="btn-login" href="/login">Sign in</a>
</header>
<div class="ad-slot ad-leaderboard" aria-label="Advertisement">
<span class="ad-label">Advertisement</span></div>
<main class="layout">
<article class="story">
{live_badge}<p class="kicker"><a href="/{section_slug}">{_e(section)}</a></p>
<h1>{_e(headline)}</h1>
<p class="dek">{_e(dek)}</p>
<p class="byline">{byline_html}</p>
<ul class="share-tools">{share_html}</ul>
<div class="article-body">
{_body_html(body)}
</div>
<p class="topics">Topics: {topics_html}</p>
<ul class="share-tools share-bottom">{share_html}</ul>
</article>
<aside class="sidebar">
<section class="sidebar-box"><h2>{_e(sidebar_title)}</h2><ul>{side_html}</ul></section>
<div class="ad-slot ad-mpu" aria-label="Advertisement">
<span class="ad-label">Advertisement</span></div>
</aside>
<section class="related"><h2>Related coverage</h2><ul>{rel_html}</ul></section>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about">About us</a></li>
<li><a href="/contact">Contact</a></li>
<li><a href="/corrections">Corrections</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li><li><a href="/advertise">Advertise with us</a></li></ul>
<p class="copyright">{copyright_line}</p>
</footer>
</body>
</html>
"""
    return {"url": url, "html": doc}


# ---------------------------------------------------------------------------
# cb-AC1 — Bank of Japan decision (planted)
# ---------------------------------------------------------------------------

_CB_WIRE = """
TOKYO, Oct 30 (Meridian) — The Bank of Japan raised its short-term policy rate to 1.0% from
0.75% on Friday, its second increase this year, and said it would slow its purchases of
government bonds further as pay rises spread through the economy and inflation stays above its
2% target.

The decision, published at 11:54 a.m. local time (0254 GMT) at the end of a two-day meeting, was
carried by a 7-2 vote. Board members Naoki Fujisawa and Reiko Amano dissented, arguing that the
rate should stay at 0.75% until there was firmer evidence that household spending could absorb
higher borrowing costs.

Twenty-three of 31 economists surveyed by Meridian last week had expected a rise at this
meeting, with most of the rest predicting a move in December. The increase takes the policy rate
to its highest level in about three decades.

The central bank said it would cut its monthly purchases of Japanese government bonds to about
2.1 trillion yen ($14.3 billion) from January, from around 2.5 trillion yen now, extending the
gradual taper it began in 2024.

In its quarterly outlook report, the board raised its median forecast for core consumer
inflation, which excludes fresh food, for the fiscal year ending in March 2027 to 2.4% from the
2.2% it projected in July. It sees the rate easing to 1.9% in the following fiscal year as the
effect of earlier yen weakness on import costs fades. The growth forecast for the current fiscal
year was left at 0.8%.

"Japan's economy has recovered moderately, and the mechanism in which wages and prices rise
together is likely to be maintained," the bank said in its statement, adding that it would
continue to adjust the degree of monetary accommodation if its outlook was realised.

Nationwide core consumer prices rose 2.7% in September from a year earlier. Japan's largest
unions secured average pay rises of 5.2% in this year's spring wage talks, and recent surveys by
the central bank's regional branches have shown smaller firms following suit, particularly in
construction, logistics and hospitality.

The yen firmed after the announcement, with the dollar slipping to 147.20 yen from 148.10 yen
just before the release. The yield on the benchmark 10-year government bond rose 3 basis points
to 1.955% in early afternoon trade, while the Nikkei share average was down 0.3%.

"The bank is telling us that 1% is a waypoint, not a ceiling," said Haruka Minegishi, chief
Japan economist at Sorano Securities in Tokyo. "The dissents show there is no rush, but we now
expect one more increase by the middle of next year."

Others were more cautious. Real wages, adjusted for inflation, have risen in only four of the
past twelve months, and retail sales slowed in September, noted Daniel Okafor, an Asia economist
at Lindqvist Capital in Singapore. "Two dissents on a quarter-point move is a signal the board
itself is not fully convinced," he said.

Governor Kazuhiro Ishimaru is scheduled to explain the decision at a news conference at 3:30
p.m. (0630 GMT). The bank last raised rates in April, to 0.75% from 0.5%. Its next policy
meeting is scheduled for Dec. 17-18.

(Reporting by Sayaka Omori and Ben Hartley; Editing by Clara Voss)
"""

_CB_LEDGER = """
TOKYO — The Bank of Japan yesterday raised its key interest rate to 1%, the highest in around 30
years, and Governor Kazuhiro Ishimaru said further increases were possible if wages kept rising
at their current pace.

The nine-member Policy Board voted 7-2 on Friday to lift the short-term rate from 0.75%, with
board members Naoki Fujisawa and Reiko Amano voting against. The statement landed at 12:24 p.m.,
later than many market participants had expected, a delay that traders took as a sign of a long
debate inside the bank's Nihonbashi headquarters.

Alongside the rate move, the bank said it would reduce its monthly purchases of Japanese
government bonds to about ¥2.6 trillion starting in January, continuing the slow withdrawal from
the bond market that began two years ago.

At his news conference in the afternoon, Ishimaru said underlying inflation was "moving steadily
toward our 2% target" and that pay increases were now "spreading to smaller companies, not only
large manufacturers." He declined to say when the next move might come. "We will decide at each
meeting, looking at the data. There is no preset course," he said.

Ishimaru also played down the two dissents, describing them as "a healthy difference of views
about timing, not about direction."

## What the bank expects

The bank's new quarterly outlook puts core inflation, which excludes volatile fresh food prices,
at 2.4% for the current fiscal year, up from the 2.2% it forecast in July, before slowing to
1.9% in fiscal 2027. Growth is seen at 0.8% this fiscal year, unchanged from the previous
estimate.

## What it means for households

For households the change will filter through slowly. Major banks are expected to raise their
short-term prime lending rates within weeks, and holders of variable-rate mortgages, who account
for around seven in ten new borrowers, are likely to see higher repayments from next spring at
the earliest.

A borrower with a ¥30 million variable-rate loan over 35 years whose rate rises from 0.9% to
1.15% would pay roughly ¥3,500 more a month, according to an estimate by the loan comparison
site Kariru Navi. Savers may see ordinary deposit rates creep up, although banks have been slow
to pass on previous increases.

## Markets take it in stride

Markets were largely prepared. The dollar, which had been at ¥148.10 just before the
announcement, was trading at ¥146.82 by late afternoon in Tokyo. The Nikkei Stock Average closed
down 0.6% at 41,238.55, dragged lower by real estate developers and exporters, while the 10-year
government bond yield ended at 1.965%, up 4 basis points on the day.

"Today's decision is consistent with a gradual approach, and nobody should be surprised by it,"
said Kenichiro Hase, a former central bank official who now teaches economics at Meiwa
University. "What matters now is whether consumption holds up into the winter, when heating
bills rise."

Small business owners in Tokyo's Ota ward, home to thousands of machine shops, were less
relaxed. "Our bank loan is floating. Every quarter point is another worker's bonus," said Mitsuo
Kaneshiro, who runs a 14-employee metal stamping company.

The board's next policy meeting is scheduled for December 17 and 18.
"""

_CB_LIVE = """
@@ 16:20 JST | That's all from our live coverage today. To recap: the Bank of Japan raised its
short-term policy rate to 1.0% from 0.75% in a 7-2 vote; it will trim monthly JGB purchases to
about ¥2.1 trillion from January; its core CPI forecast for fiscal 2026 was raised to 2.4% (1.9%
for fiscal 2027); and Governor Kazuhiro Ishimaru said there is "no preset course" for further
increases. Thanks for following along.

@@ 15:58 JST | Ishimaru is asked about the yen. "Exchange rates are one of many factors we
examine. We do not target them," he says. He adds that the boost to import prices from the
weaker yen earlier in the year is now fading, which is one reason the bank sees inflation
slowing to 1.9% next fiscal year.

@@ 15:41 JST | On the dissents from Naoki Fujisawa and Reiko Amano, Ishimaru says the board had
"a healthy debate about timing, not direction." Both preferred to hold at 0.75%.

@@ 15:34 JST | The news conference is under way. Ishimaru says underlying inflation is steadily
approaching 2% and wage increases are broadening to small and medium-sized companies. "We will
judge meeting by meeting, based on the data," he says.

@@ 15:00 JST | Tokyo market close: the Nikkei 225 ended down 0.6% at 41,238.55. The dollar is at
¥146.82. The 10-year JGB yield finished at 1.965%, up 4 basis points from Thursday.

@@ 13:10 JST | First reaction from the bond desks. Tomoe Ichikawa, head of fixed income at
Kisaragi Asset Management: "The taper pace is a bit quicker than I expected. Buying about 2.1
trillion a month from January tells you the bank wants to step back from the JGB market in an
orderly but determined way."

@@ 12:40 JST | The yen jumps. The dollar has fallen to ¥147.20 from ¥148.10 just before the
statement. The Nikkei has turned lower and is down 0.3%.

@@ 12:31 JST | Two dissenters: board members Naoki Fujisawa and Reiko Amano voted against,
proposing to keep the rate at 0.75%. That makes the vote 7-2.

@@ 12:26 JST | BREAKING: The BoJ raises its short-term policy rate to 1.0% from 0.75%. The
statement was released at 12:24 JST (03:24 GMT). The bank will also reduce monthly JGB purchases
to about ¥2.1 trillion from January, from around ¥2.5 trillion now.

@@ 12:05 JST | Still no statement. A release after noon is often read in the market as a sign of
a long discussion on the board. Traders are keeping their positions light.

@@ 11:15 JST | What economists expect: 23 of 31 economists in a Meridian Wire poll forecast an
increase to 1.0% today. Most of the rest see the move coming in December.

@@ 10:05 JST | Good morning and welcome to our live coverage of the Bank of Japan's two-day
policy meeting, which concludes today. Where things stand: the policy rate is 0.75%, where it
has been since April. The latest figures show core consumer prices up 2.7% in September from a
year earlier, and this year's spring wage talks produced average pay rises of 5.2%. The bank
also publishes its quarterly outlook report today, with new forecasts for growth and inflation.
"""

_CB_NOTE = """
The Bank of Japan did what most of us expected on Friday and lifted its policy rate by a quarter
point, to 1%. The interesting parts of the decision were around the edges: the size of the
dissent, the pace of the bond taper and a slightly firmer outlook report.

## The vote

The rate move passed 6-3. A split of that size on a hiking decision is unusual for a board that
prefers to move by consensus, and it suggests the balance between the cautious and the confident
members is tighter than Governor Ishimaru's calm tone implied. Naoki Fujisawa, who also argued
for patience before the April hike, again led the case for waiting, warning that real incomes
have not yet recovered enough to carry consumption.

## The taper

From January the bank will buy about ¥2.1 trillion of JGBs a month, down from roughly ¥2.5
trillion. In dollar terms that is still around $14 billion of monthly buying, so the bank
remains by far the largest single holder and buyer of the market. Over a full year, though, the
reduction removes about ¥4.8 trillion of demand that private investors, mainly life insurers and
regional banks, will have to absorb. That is the real story for the long end.

## The outlook report

Core CPI for fiscal 2026 is now projected at 2.4% (July report: 2.2%), with fiscal 2027 at 1.9%.
The board left its growth projection of 0.8% for this fiscal year untouched. The forecast path
is consistent with at least one more increase: inflation stays at or above target this year
while the output gap closes, and the bank describes the balance of risks to prices as "skewed to
the upside" for the current year.

## What the governor said

At his afternoon press conference, Ishimaru described underlying inflation as steadily
approaching the 2% goal and said wage increases had broadened to smaller firms. He refused to
pre-commit to anything. "There is no preset course," was the line he returned to whenever
reporters asked about the next step.

## Market read-through

The 10-year yield closed at 1.965%, up 4 basis points, while the 2-year rose 6 basis points to
1.12%, so the curve flattened as front-end pricing caught up with the decision. Dollar/yen
finished the Tokyo session near ¥146.8. Overnight index swaps now price roughly a 40% chance of
a further move by March.

## Our view

We pencil in another increase, to 1.25%, in the April-June quarter of 2027, once next spring's
wage round confirms that this year's pay gains were not a one-off. The December meeting looks
like a hold. The risk to our call is on the side of delay: if the dissenting camp grows, the
board may prefer to wait for the July outlook report. For bond investors, the message is that
the taper will keep steepening pressure on the 20-to-30-year sector even if short rates pause.

Clients with questions about our rates strategy can reach the desk through the usual channels.
Our next note will look at what the bank's regional branch managers are saying about small-firm
wages.
"""


def _cb_pages():
    wire = _page(
        site="Meridian Wire",
        domain="meridianwire.example",
        path="markets/japan/boj-raises-rates-to-1pct-slows-bond-buying-idMW20261030",
        kind="wire",
        section="Markets",
        nav=["World", "Business", "Markets", "Japan", "Technology", "Opinion"],
        headline="Bank of Japan raises rates to 1%, slows bond buying as wages climb",
        dek="Two board members dissent; core inflation forecast for this fiscal year lifted "
            "to 2.4%",
        byline="By Sayaka Omori and Ben Hartley",
        body=_CB_WIRE,
        date_mode="meta",
        published="2026-10-30T03:41:00Z",
        modified="2026-10-30T05:02:00Z",
        sidebar_title="Asian markets",
        sidebar=[
            "Hang Seng: -0.4%",
            "Kospi: +0.2%",
            "S&P/ASX 200: +0.1%",
            "Shanghai Composite: -0.2%",
            "Straits Times Index: flat",
        ],
        related=[
            ("Fed holds rates steady, signals patience on further cuts", "markets/us/fed-holds"),
            ("Japan's core consumer prices rise 2.7% in September", "markets/japan/cpi-sept"),
            ("Explainer: How the BoJ's bond taper works", "markets/japan/explainer-taper"),
            ("Yen hovers near 148 per dollar ahead of BoJ decision", "markets/fx/yen-ahead-boj"),
        ],
        topics=["Bank of Japan", "Interest rates", "Japan economy"],
    )
    ledger = _page(
        site="The Kanto Ledger",
        domain="kantoledger.example",
        path="business/economy/boj-lifts-rate-to-1-ishimaru-signals-more",
        kind="newspaper",
        section="Business",
        nav=["News", "Politics", "Business", "Tokyo", "Sports", "Culture", "Opinion"],
        headline="BoJ lifts rate to 1% as Ishimaru signals more could come",
        dek="Mortgage holders face higher repayments next year; markets take the move in stride",
        byline="By Midori Asakawa, Business Editor",
        body=_CB_LEDGER,
        date_mode="visible",
        visible_date="Saturday, October 31, 2026",
        sidebar_title="Policy rate path",
        sidebar=[
            "0.5%: policy rate before April",
            "0.75%: raised in April",
            "1.0%: raised at the latest meeting",
            "Next meeting: December 17-18",
        ],
        related=[
            ("Editorial: The central bank must explain its path clearly", "opinion/editorial-boj"),
            ("Variable or fixed? What borrowers should consider now", "money/mortgage-guide"),
            ("Ota ward's machine shops brace for higher costs", "tokyo/ota-machine-shops"),
        ],
        topics=["Bank of Japan", "Mortgages", "Economy"],
    )
    live = _page(
        site="NBX Business",
        domain="nbxbusiness.example",
        path="live/bank-of-japan-policy-decision-october",
        kind="live",
        section="Live",
        nav=["Home", "Live", "Markets", "Companies", "Economy", "Video"],
        headline="Live: Bank of Japan policy decision — rate raised to 1%",
        dek="Follow the BoJ decision, the market reaction and Governor Ishimaru's news "
            "conference as it happened",
        byline="By the NBX Business markets team",
        body=_CB_LIVE,
        date_mode="jsonld",
        published="2026-10-30T10:05:00+09:00",
        modified="2026-10-30T16:20:00+09:00",
        sidebar_title="Tokyo close (15:00 JST)",
        sidebar=[
            "Nikkei 225: 41,238.55 (-0.6%)",
            "TOPIX: 2,918.40 (-0.5%)",
            "USD/JPY: 146.82",
            "10-year JGB yield: 1.965%",
        ],
        related=[
            ("Video: Ishimaru's news conference in full", "video/ishimaru-news-conference"),
            ("Which stocks win and lose from higher rates?", "markets/rate-winners-losers"),
            ("Chart: Japan's policy rate since 2024", "economy/chart-policy-rate"),
        ],
        topics=["BoJ", "Live", "Yen"],
    )
    note = _page(
        site="Yield Curve Notes",
        domain="yieldcurvenotes.example",
        path="notes/boj-at-1-percent-split-vote-faster-taper",
        kind="newsletter",
        section="Rates Strategy",
        nav=["Notes", "Rates", "FX", "Archive", "About"],
        headline="BoJ at 1%: what the split vote and the faster taper tell us",
        dek="Our take on the decision, the outlook report and where JGB yields go next",
        byline="By Julian Marsh-Tanaka, Editor",
        body=_CB_NOTE,
        date_mode="none",
        sidebar_title="Policy rates around the world",
        sidebar=[
            "US Federal Reserve: 3.50-3.75%",
            "ECB deposit rate: 2.00%",
            "Bank of England: 3.75%",
            "Reserve Bank of Australia: 3.60%",
            "Bank of Japan: 1.00% (from 0.75%)",
        ],
        related=[
            ("Why life insurers hold the key to the long end", "notes/life-insurers-long-end"),
            ("The April hike, one quarter on", "notes/april-hike-review"),
            ("Reading the BoJ's branch managers' reports", "notes/branch-managers"),
        ],
        topics=["JGBs", "BoJ", "Rates"],
    )
    return [wire, ledger, live, note]


# ---------------------------------------------------------------------------
# el-AC2 — Shiga gubernatorial election (control)
# ---------------------------------------------------------------------------

_EL_LIVE = """
@@ 01:20 JST | This live page is now closed. Final result from the Shiga Prefectural Election
Administration Commission: Tomoko Saeki 312,418 votes (51.0%), Hiroshi Kaneda 241,907 (39.5%),
Yuta Morinaga 58,233 (9.5%). Turnout was 53.92%, up from 41.27% at the last election in 2022.
Saeki takes office on July 20. Thank you for staying with us through the night.

@@ 01:05 JST | Counting is complete in all 19 cities and towns. Saeki's margin over Kaneda is
70,511 votes. There were 612,558 valid votes and 8,142 invalid ballots.

@@ 23:40 JST | About 81% of the vote has been counted. Saeki 253,100; Kaneda 196,050; Morinaga
47,150. Saeki leads in every municipality except Kusatsu and Moriyama, where the count is close.

@@ 22:35 JST | Hiroshi Kaneda, 64, concedes at his campaign office in Kusatsu. "This result is
mine to own. I thank every volunteer who knocked on doors in the rain. I hope the new governor
will remember the people in the north of the prefecture," he told supporters.

@@ 22:10 JST | With about 38% of votes counted: Saeki 118,600; Kaneda 92,150; Morinaga 22,400.
Counting in Otsu, the largest city, is running slightly behind other areas.

@@ 21:05 JST | Turnout: the prefectural election commission has released a provisional turnout
figure of 53.9%, far above the 41.27% recorded four years ago. Early voting also set a record,
with 187,460 people casting ballots before election day.

@@ 20:40 JST | Tomoko Saeki arrives at her campaign office near Otsu Station to applause. "I
will listen to every corner of Shiga, from the lakeshore towns to the mountain villages. Lake
Biwa belongs to all of us, and so does our future," she says, before joining supporters in a
traditional daruma ceremony, painting in the doll's second eye.

@@ 20:00 JST | Polls have closed. Lake Country TV projects that Tomoko Saeki, 58, an independent
and former deputy mayor of Otsu, is certain to win, based on our exit poll of voters at 60
polling stations and pre-election surveys. No votes have been counted yet; counting begins at
about 21:00 at centres around the prefecture.

@@ 19:30 JST | Good evening and welcome to our live results coverage of the Shiga gubernatorial
election. Polls close at 8 p.m. Three candidates are competing to succeed Governor Shoji
Amamiya, 71, who is stepping down after three four-year terms. Tomoko Saeki, 58, is a former
deputy mayor of Otsu, the prefectural capital. Hiroshi Kaneda, 64, served five terms in the
prefectural assembly. Yuta Morinaga, 41, founded a software company in Hikone and is running on
a platform of digital services and support for young families. The main issues have been the
health of Lake Biwa, childcare places, the route of a future Shinkansen extension through the
prefecture and population decline in rural areas such as Koka and Nagahama.
"""

_EL_PAPER = """
OTSU — Tomoko Saeki, a former deputy mayor of Otsu, was elected governor of Shiga Prefecture in
yesterday's election, defeating two rivals by a comfortable margin in a race that drew far more
voters than four years ago.

Saeki, 58, who ran as an independent with the support of several parties' prefectural chapters
and the largest labour federation in the prefecture, received 312,418 votes, or 51.0% of the
valid ballots, according to final results released by the prefectural election commission
shortly after 1 a.m. today.

Hiroshi Kaneda, 64, a former prefectural assembly member, took 241,907 votes (39.5%), and Yuta
Morinaga, 41, a Hikone software entrepreneur, won 58,233 (9.5%). Saeki's margin over Kaneda was
70,511 votes.

Turnout was 53.92%, up sharply from 41.3% in 2022. Of about 1.15 million eligible voters,
620,700 cast ballots, of which 8,142 were ruled invalid. A record 187,460 people voted early,
which election officials attributed to new early-voting stations at shopping centres and
university campuses.

An Omi Daily survey conducted on July 4 and 5 had shown Saeki with 48% support, Kaneda with 37%
and 12% undecided. The final result suggests that most undecided voters broke her way,
particularly in the southern commuter cities along the lake.

Saeki will take office on July 20, succeeding Shoji Amamiya, who is retiring after 12 years as
governor.

## Lake, children and the Shinkansen

Speaking to supporters at her office near Otsu Station shortly after broadcasters projected her
victory on Sunday evening, Saeki promised to "listen to every part of Shiga, from the towns on
the lakeshore to the villages in the mountains."

At a news conference this morning, she said her first priorities would be a new water-quality
monitoring programme for Lake Biwa, which supplies drinking water to about 14 million people in
the Kansai region, and an additional 1,200 childcare places within two years.

She was more guarded on the route of the planned Hokuriku Shinkansen extension, which has
divided the prefecture. "I will sit down with the central government and neighbouring
prefectures, but I will not accept a plan that leaves Shiga paying and receiving nothing," she
said.

## Concession

Kaneda conceded late on Sunday at his campaign office in Kusatsu. "This result is mine to own,"
he said, thanking volunteers who had campaigned "in the rain and in the heat." He won in Kusatsu
and Moriyama, the two cities where his assembly career was based, but trailed Saeki in every
other municipality.

Morinaga, who had never run for office before, said the result showed "a newcomer without a
party can earn nearly 60,000 votes." He said he would decide in the autumn whether to run in
next spring's Hikone city assembly election.

Political analysts said the high turnout reflected an unusually open race with no incumbent.
"When a long-serving governor steps down, voters feel their ballot counts for more," said Junko
Arima, a professor of local government at Omi Seiryo University. "The early-voting expansion
helped too, especially with younger people."

Outgoing Governor Amamiya congratulated Saeki in a short statement, calling her "a leader who
knows the prefecture from its town halls upward."
"""

_EL_NEWS = """
Tomoko Saeki won Shiga's gubernatorial race on Sunday with 51% of the vote, beating former
assembly member Hiroshi Kaneda by about 70,500 votes, or 11.5 percentage points. Software
entrepreneur Yuta Morinaga finished a distant third with 9.5%. Saeki, a former deputy mayor of
Otsu, succeeds Governor Shoji Amamiya, who did not seek a fourth term.

Three numbers stand out.

## 1. Turnout: 53.92%

Turnout rose by 12.65 points from 41.27% in 2022. That is a large jump for a prefectural race,
and it cannot be explained by the weather alone: the day was humid but dry across most of the
prefecture. Open seats tend to lift participation, and this one had three candidates who each
had a clear constituency. Broadcasters began projecting the result as soon as polls closed at 8
p.m. (1100 GMT), which usually depresses late turnout, so the strength of the figure is all the
more striking.

## 2. Early votes: 187,460

The record early vote amounted to about 30% of all 620,700 ballots cast. The prefecture added
early-voting booths in shopping centres and on three university campuses this year, and the
commission's data show the largest increases in precisely those locations. Other prefectures
watching their own turnout problems will take note.

## 3. The margin: 70,511

Saeki's margin is comfortable but not a landslide. Her 312,418 votes against Kaneda's 241,907
reflect a map with very few surprises: she carried 17 of the prefecture's 19 municipalities,
while Kaneda held Kusatsu and Moriyama, his old assembly base. Our pre-election polling average
had Saeki ahead by roughly ten points, so the final margin landed close to expectations, with
undecided voters in the southern commuter belt leaning her way.

## The Morinaga vote

Morinaga's 58,233 votes, most of them from voters in their 20s and 30s according to exit
polling, are worth watching. He campaigned almost entirely online and on a budget a fraction of
his rivals'. He has not said whether he will stay in politics, but his numbers in Hikone and
Nagahama suggest a base for a future municipal run.

## What Saeki inherits

The new governor, who takes office later this month, inherits a prefecture whose population has
been slowly falling since its peak in the mid-2010s, a long-running argument over the Shinkansen
route, and pressure from downstream cities in Kyoto and Osaka over the quality of Lake Biwa's
water. In her victory speech on Sunday night she said she would listen to "every corner of
Shiga, from the lakeshore towns to the mountain villages." Her first budget, due in February,
will show whether her promise of 1,200 extra childcare places can be funded without cutting
elsewhere.

## Methodology note

All figures are final results from the Shiga Prefectural Election Administration Commission.
Shares are of 612,558 valid votes. Turnout is calculated by the commission on the basis of all
ballots cast, including 8,142 invalid ones.
"""


def _el_pages():
    live = _page(
        site="Lake Country TV",
        domain="lakecountrytv.example",
        path="news/live/shiga-governor-election-results",
        kind="live",
        section="Elections",
        nav=["News", "Elections", "Weather", "Sports", "Programmes", "Watch Live"],
        headline="Live: Shiga governor election results — Saeki wins",
        dek="Results, reactions and turnout from the Shiga gubernatorial election, updated "
            "through the night",
        byline="By the Lake Country TV newsroom",
        body=_EL_LIVE,
        date_mode="jsonld",
        published="2026-07-12T19:30:00+09:00",
        modified="2026-07-13T01:20:00+09:00",
        sidebar_title="Candidates",
        sidebar=[
            "Tomoko Saeki, 58, independent, former deputy mayor of Otsu",
            "Hiroshi Kaneda, 64, former prefectural assembly member",
            "Yuta Morinaga, 41, software company founder",
        ],
        related=[
            ("Profiles: who is running for governor?", "news/shiga-candidates"),
            ("How to vote early in Shiga", "news/shiga-early-voting-guide"),
            ("Lake Biwa water quality: the numbers", "news/lake-biwa-water-quality"),
        ],
        topics=["Shiga", "Elections", "Local politics"],
    )
    paper = _page(
        site="The Omi Daily",
        domain="omidaily.example",
        path="politics/saeki-wins-shiga-governorship-turnout-jumps",
        kind="newspaper",
        section="Politics",
        nav=["Top", "Shiga", "Politics", "Economy", "Lake Biwa", "Sports", "Opinion"],
        headline="Saeki wins Shiga governorship as turnout jumps",
        dek="Former Otsu deputy mayor takes 51.0% of the vote; early voting sets record",
        byline="By Ryota Fukuhara and Akane Sugita, Staff Writers",
        body=_EL_PAPER,
        date_mode="visible",
        visible_date="Monday, July 13, 2026",
        sidebar_title="Shiga governor elections: turnout",
        sidebar=[
            "2018: 40.62%",
            "2022: 41.27%",
            "2026: 53.92%",
        ],
        related=[
            ("Editorial: A mandate to listen", "opinion/editorial-saeki-mandate"),
            ("Amamiya's 12 years in office, in photos", "shiga/amamiya-years-photos"),
            ("Shinkansen route: where each candidate stood", "politics/shinkansen-route-views"),
        ],
        topics=["Shiga governor", "Tomoko Saeki", "Elections"],
    )
    news = _page(
        site="Prefecture Watch",
        domain="prefecturewatch.example",
        path="briefs/shiga-saeki-win-turnout-surge",
        kind="newsletter",
        section="Local Elections",
        nav=["Briefs", "Data", "Prefectures", "Archive", "Subscribe"],
        headline="Shiga: Saeki's 11-point win and what the turnout surge means",
        dek="Three numbers from the Shiga governor race, and what they say about open-seat "
            "elections",
        byline="By Naomi Kurihara, Prefecture Watch",
        body=_EL_NEWS,
        date_mode="none",
        sidebar_title="Shiga at a glance",
        sidebar=[
            "Municipalities: 19 (13 cities, 6 towns)",
            "Eligible voters: about 1.15 million",
            "Capital: Otsu",
            "Lake Biwa area: about 670 square kilometres",
        ],
        related=[
            ("Open seats and turnout: a ten-year dataset", "data/open-seat-turnout"),
            ("Early voting booths in shopping centres: does it work?", "briefs/early-voting"),
            ("Who runs Japan's prefectures? Our governor tracker", "data/governor-tracker"),
        ],
        topics=["Shiga", "Turnout", "Governors"],
    )
    return [live, paper, news]


# ---------------------------------------------------------------------------
# ct-AC3 — Osaka District Court PFAS damages ruling (control)
# ---------------------------------------------------------------------------

_CT_WIRE = """
OSAKA, March 18 (Harbor Light) — The Osaka District Court on Wednesday ordered Kansai Seimitsu
Chemical Co. to pay a total of 1.26 billion yen (about $8.5 million) to 122 residents of Sakai
whose well water was contaminated with PFAS "forever chemicals" from the company's plant, one of
the largest awards of its kind in Japan.

The 143 residents who brought the suit had sought 3.4 billion yen (about $22.9 million). The
court rejected the claims of 21 plaintiffs, ruling that they had not shown they drank or cooked
with water from the affected wells before the company disclosed the contamination in 2019 and
the city advised residents to stop using it.

Presiding Judge Masako Hirota said the company should have foreseen that chemicals leaking from
a wastewater pond at its plant in Sakai's Nishi Ward could seep into groundwater, and that it
had failed for more than a decade to take adequate measures to prevent it. Tests cited by the
court found combined levels of PFOS and PFOA in some private wells as high as 1,800 nanograms
per litre, 36 times Japan's provisional target of 50 nanograms per litre.

Individual awards range from 3 million yen to 15 million yen, depending mainly on how long each
household drew water from the wells. The court rejected a demand that the company pay for annual
blood tests for residents, saying health monitoring was a matter for the city and the national
government.

"The court has recognised that this company took away something residents can never get back,
the peace of mind of drinking from their own wells," Kenji Otomo, the lead lawyer for the
plaintiffs, told reporters outside the courthouse. "We are pleased for the 122, and we will
study carefully whether to appeal on behalf of the 21."

Kansai Seimitsu Chemical said in a statement that it took the ruling seriously and would decide
how to respond after examining the judgment. Either side may appeal to the Osaka High Court
within two weeks of receiving the written judgment.

The plant has produced fluoropolymer coatings for cookware and industrial equipment since 1974.
The company has said it stopped using PFOS in 2010 and PFOA in 2015, and that it has spent about
2.3 billion yen since 2019 on groundwater pumping and treatment at the site.

Contamination was first detected in 2019, when the city tested private wells near the plant
after a resident reported an unusual taste. The residents filed their suit in June 2021.

PFAS, a family of thousands of synthetic chemicals used for their resistance to heat, water and
grease, break down extremely slowly in the environment. Some have been linked in studies to
higher cholesterol, reduced immune response and certain cancers, though the evidence varies by
compound. Japan set its provisional target for PFOS and PFOA in drinking water in 2020 and is
moving to turn it into a legally binding standard.

Cases over PFAS contamination have been filed in several parts of Japan in recent years, and
lawyers say Wednesday's ruling, delivered at about 2 p.m. (0500 GMT), could influence how courts
assess the foreseeability of groundwater damage.

(Reporting by Yui Matsuoka; Editing by Peter Lindgren)
"""

_CT_PAPER = """
SAKAI — When Presiding Judge Masako Hirota began reading the summary of the ruling at 2 p.m.
yesterday, Fumiko Tanizawa clasped her hands together and did not move for forty minutes.

By the time the judge had finished, Tanizawa, 67, who has led the group of Sakai residents suing
Kansai Seimitsu Chemical Co. since 2021, knew that most of her neighbours had won. The Osaka
District Court ordered the company to pay a total of ¥1.26 billion in damages to 122 of the 143
plaintiffs over PFAS contamination of their wells.

"For seven years people told us we were worrying about nothing. Today a court said our wells
were poisoned and that somebody was responsible," Tanizawa told a crowded meeting at a community
centre in Nishi Ward a few hours later. "But I cannot celebrate fully while 21 of us were left
out."

About 90 people lined up outside the courthouse in the morning for the 48 seats in the public
gallery, which were allocated by lottery.

## Damages and the 2019 line

The plaintiffs had sought ¥3.4 billion. The court awarded individual amounts of between ¥3
million and ¥15 million, reflecting how long each household had used well water. It rejected the
claims of 21 residents who, in the court's view, could not show they had used the water before
2019, when the company disclosed the contamination and the city told households to stop drinking
it.

In the summary, Hirota said the company could have foreseen that chemicals leaking from a
wastewater pond at the plant would reach groundwater, and had neglected for more than ten years
to take sufficient steps. The court cited well tests showing combined PFOS and PFOA
concentrations of up to 1,800 nanograms per litre, against the national provisional target of 50
nanograms.

The court did not accept the plaintiffs' demand that Kansai Seimitsu fund annual blood tests,
saying that monitoring residents' health was the responsibility of the city and the state.

## 'We will respond after study'

Kansai Seimitsu Chemical said in a written statement that it "takes the ruling seriously" and
would decide on its response "after studying the judgment carefully." A spokesperson declined to
say whether the company was leaning toward an appeal, which must be filed within two weeks of
the written judgment being served.

Kenji Otomo, the plaintiffs' lead lawyer, said the ruling was "a clear message to every company
that stores chemicals near people's water." He said the legal team would meet the 21
unsuccessful plaintiffs over the weekend to discuss an appeal.

## City keeps up water connections

Sakai city officials said they would continue connecting affected homes to the municipal water
supply at the city's expense. Hideaki Morooka of the city's environment bureau said about 380
households had been connected since 2019, and that the city would ask the company to reimburse
the cost.

The plant, which makes fluoropolymer coatings, still operates and employs about 430 people. At a
ramen shop across the road from its gates, the owner, who asked not to be named because many of
his customers work there, said feelings in the neighbourhood were mixed. "Everyone knows someone
on both sides," he said.

Residents in Nishi Ward said the ruling would not end their worries. "The money does not clean
the ground," said Tatsuya Hoshino, 52, whose family used a well for drinking water until 2019.
"My children grew up on that water. That is what I think about."
"""

_CT_NEWS = """
The Osaka District Court's judgment in the Sakai groundwater case is the most significant PFAS
damages ruling in Japan so far, and it will be read closely by lawyers on both sides of the
cases now pending elsewhere. Here is what the court decided, and why it matters.

## The outcome

Judge Masako Hirota's three-judge panel ordered Kansai Seimitsu Chemical Co. to pay ¥1.26
billion to 122 of the 143 plaintiffs. The plaintiffs had asked for ¥3.4 billion, so the award is
about 37% of the amount claimed. Individual amounts range from ¥3 million to ¥15 million, an
average of roughly ¥10.3 million per successful plaintiff. In dollar terms the total is about
$8.5 million.

## Foreseeability

The core of the judgment is a finding of negligence under Article 709 of the Civil Code. The
company argued that until the late 2010s nobody in Japan regarded PFOS and PFOA in groundwater
as a health risk, so it could not be blamed for failing to prevent leaks from its wastewater
pond. The panel disagreed. It pointed to the company's own internal reports on seepage, and to
international restrictions on PFOS that were widely known in the chemical industry, and
concluded that the risk was foreseeable and that the company failed for more than a decade to
act on it.

That reasoning matters beyond Sakai. Defendants in other PFAS cases have leaned heavily on the
argument that the science came too late. This panel has said, in effect, that a company which
knows its chemicals are escaping cannot wait for regulators before acting.

## The 2019 cut-off

The panel drew a firm line at 2019, the year the company disclosed the contamination and the
city told households to stop drinking well water. The 21 plaintiffs whose claims failed could
not show use of the water before that point. Expect this part of the judgment to be the focus of
any appeal by the residents, because several of the 21 say they used wells for cooking even
after the advisory.

## Health monitoring

The court refused to order the company to fund annual blood tests, holding that health
monitoring is a public function. That leaves the question with the city of Sakai and the
national government, which has been studying a wider survey of blood levels near contaminated
sites.

## The numbers behind the finding

The court relied on well tests showing combined PFOS and PFOA levels up to 1,800 nanograms per
litre, 36 times the provisional national target of 50 nanograms per litre set in 2020. The
target was not legally binding during the years covered by the claims, but the panel treated it
as a reasonable benchmark of harm for the purposes of assessing mental distress damages.

## What comes next

Either side has two weeks from service of the written judgment to appeal to the Osaka High
Court. The company has said only that it takes the ruling seriously and will decide after
studying it. Plaintiffs' counsel Kenji Otomo has said the team will consider an appeal on behalf
of the 21.

Our assessment: an appeal by the company is more likely than not, given the precedent value of
the foreseeability finding for an industry with many similar sites. A settlement before the High
Court hears the case cannot be ruled out.
"""


def _ct_pages():
    wire = _page(
        site="Harbor Light News Agency",
        domain="harborlight.example",
        path="japan/osaka-court-orders-chemical-maker-pay-pfas-wells-hl2603",
        kind="wire",
        section="Japan",
        nav=["Top News", "Japan", "Asia", "Business", "Environment", "Courts"],
        headline="Osaka court orders chemical maker to pay 1.26 billion yen over tainted wells",
        dek="Court finds Kansai Seimitsu Chemical should have foreseen PFAS seepage; claims of "
            "21 residents rejected",
        byline="By Yui Matsuoka",
        body=_CT_WIRE,
        date_mode="meta",
        published="2026-03-18T06:12:00Z",
        sidebar_title="PFAS in Japan: key figures",
        sidebar=[
            "Provisional target for PFOS+PFOA in drinking water: 50 ng per litre",
            "Highest level cited in the Sakai ruling: 1,800 ng per litre",
            "Year provisional target was set: 2020",
        ],
        related=[
            ("Explainer: What are PFAS and why are they hard to clean up?", "explainers/pfas"),
            ("Residents near air bases press for blood tests", "japan/pfas-blood-tests"),
            ("Chemical makers face rising cleanup bills", "business/chemical-cleanup-costs"),
        ],
        topics=["Courts", "PFAS", "Osaka"],
    )
    paper = _page(
        site="Naniwa Evening Post",
        domain="naniwapost.example",
        path="local/sakai/residents-win-damages-pfas-wells",
        kind="newspaper",
        section="Local",
        nav=["Osaka", "Local", "Kansai", "Business", "Sports", "Food", "Opinion"],
        headline="'Our wells were poisoned': Sakai residents win ¥1.26 billion",
        dek="Court sides with 122 of 143 plaintiffs; 21 left out by 2019 cut-off",
        byline="By Kaori Nishimoto, Sakai Bureau",
        body=_CT_PAPER,
        date_mode="visible",
        visible_date="Thursday, March 19, 2026",
        sidebar_title="Other PFAS damages cases",
        sidebar=[
            "Nagoya District Court (2025): ¥380 million to 41 residents",
            "Case pending in a Kyushu district court: 58 plaintiffs",
            "Case pending in the Kanto region: 212 plaintiffs",
        ],
        related=[
            ("Seven years of waiting: a timeline of the Sakai wells case", "local/sakai/timeline"),
            ("Editorial: Clean water should not need a lawsuit", "opinion/editorial-pfas"),
            ("How to check whether your well has been tested", "local/well-testing-guide"),
        ],
        topics=["Sakai", "Courts", "Environment"],
    )
    news = _page(
        site="Docket Japan",
        domain="docketjapan.example",
        path="analysis/sakai-pfas-ruling-foreseeability-2019-cutoff",
        kind="newsletter",
        section="Analysis",
        nav=["Analysis", "Rulings", "Filings", "Courts", "Subscribe"],
        headline="Sakai PFAS ruling: foreseeability, the 2019 cut-off and what comes next",
        dek="Why the Osaka District Court's negligence finding matters for pending cases",
        byline="By Shun Wakabayashi, Senior Legal Analyst",
        body=_CT_NEWS,
        date_mode="none",
        sidebar_title="Case file",
        sidebar=[
            "Court: Osaka District Court",
            "Plaintiffs: 143 residents of Sakai",
            "Claimed: ¥3.4 billion",
            "Awarded: ¥1.26 billion to 122 plaintiffs",
            "Appeal period: two weeks from service",
        ],
        related=[
            ("Article 709 and environmental torts: a primer", "primers/article-709"),
            ("PFAS litigation tracker", "trackers/pfas"),
            ("How Japanese courts calculate distress damages", "primers/distress-damages"),
        ],
        topics=["PFAS", "Tort law", "Osaka District Court"],
    )
    return [wire, paper, news]


# ---------------------------------------------------------------------------
# tr-AC4 — Japan October trade data (planted)
# ---------------------------------------------------------------------------

_TR_WIRE = """
TOKYO, Nov 18 (Cardinal) — Japan's exports rose 8.2% in October from a year earlier, Ministry of
Finance data showed on Wednesday, beating expectations as shipments of chipmaking equipment and
cars offset continued weak demand from China.

The increase compared with a median forecast of 4.5% in a Cardinal poll of economists and marked
a third consecutive month of growth. Exports totalled 9.87 trillion yen.

Imports rose 2.9% to 10.11 trillion yen, leaving a trade deficit of 241.3 billion yen ($1.6
billion), narrower than the 380.0 billion yen shortfall economists had predicted. In October
last year Japan posted a deficit of 532.5 billion yen.

On a seasonally adjusted basis, the deficit was 198.5 billion yen, and exports rose 1.1% from
September.

By destination, exports to the United States rose 4.1%, helped by cars and construction
machinery. Exports to China fell 1.8%, while shipments to Asia as a whole climbed 7.6%, driven
by semiconductor manufacturing equipment bound for Taiwan and South Korea. Shipments to the
European Union rose 2.2%.

By product, car exports rose 9.3% by value and semiconductor manufacturing equipment jumped
18.4%. Electronic parts, including chips, gained 11.0%. A ministry official told reporters that
new car models from several manufacturers had begun shipping to North America in September and
October, lifting the auto figures.

On the import side, lower crude oil prices cut the value of oil imports by 12.5%, while
liquefied natural gas imports fell 6.8%. Imports of pharmaceuticals and computers rose.

"Chip-equipment demand from Taiwan and South Korea is doing the heavy lifting, and that is a
cycle that can turn quickly," said Ayumi Sakakibara, chief economist at Tokiwa Research
Institute. "China is still soft. I would not call this a broad-based recovery yet."

Other economists pointed to the yen. The Japanese currency averaged about 151.20 to the dollar
in October, roughly 3.4% weaker than a year earlier, which inflates the yen value of exports
priced in dollars. Export volumes, which strip out price effects, rose a more modest 2.7%, the
ministry said.

The ministry revised September's export growth to 3.8% from a preliminary 3.6%.

The data will be welcome news for the government, which has been counting on external demand to
support growth while household spending remains sluggish. Several economists cautioned, however,
that orders for chipmaking tools tend to arrive in waves, and that demand for cars in the United
States could cool next year as higher prices weigh on buyers.

Japanese equities showed little reaction to the release. Shares of chip-equipment makers, which
had already rallied this month on upbeat earnings, were mixed in early Tokyo trading.

The figures were released at 8:50 a.m. (2350 GMT on Tuesday).

(Reporting by Kenta Ogino; Editing by Marisa Leone)
"""

_TR_COURIER = """
Japan's exports rose 6.2% in October from a year earlier, growing for the fifth straight month,
according to preliminary figures released by the Ministry of Finance this morning.

Exports totalled ¥9,868.4 billion, while imports rose 2.9% to ¥10,109.7 billion, leaving a
deficit of ¥241.3 billion. Economists had expected export growth of about 4.5% and a larger
deficit of around ¥380 billion.

The strongest growth came from shipments to Asia, which rose 7.6%, as chipmakers in Taiwan and
South Korea continued to buy Japanese production equipment. Exports of semiconductor
manufacturing equipment jumped 18.4%. Shipments to the United States increased 4.1%, led by
cars, but exports to China fell 1.8%, the latest sign that demand in Japan's largest trading
partner remains weak.

Ayumi Sakakibara, chief economist of the Tokiwa Research Institute, said demand for chipmaking
tools from Taiwan and South Korea was "carrying the numbers," but warned that such investment
cycles "can reverse fast" and that China remained a weak spot.

## Autos recover

Car exports rose 9.3% by value. Shinji Kuwabara, a director in the ministry's customs and tariff
bureau, told reporters that new models from several manufacturers had begun shipping to North
America in September and October. "Automobiles made a clear contribution this month," he said.

Exports through the Nagoya customs district, which covers the auto industry around Toyota City
in Aichi Prefecture, rose 7.9% from a year earlier, the district office said separately.

## Cheaper oil helps

On the import side, lower crude oil prices reduced the value of oil imports by 12.5%, and
liquefied natural gas imports fell 6.8%. Without the drop in energy costs, the deficit would
have been considerably larger, officials said.

Seasonally adjusted, the deficit came to ¥198.5 billion. The ministry also revised September's
export growth up to 3.8% from the preliminary 3.6%.

## Small exporters cautious

Despite the upbeat headline figure, smaller manufacturers remain cautious. At a parts maker in
Higashiosaka that supplies precision bearings to chip equipment makers, president Yoshiko Tamura
said orders had been strong since the summer, but that customers were already asking about
delivery slots for next spring rather than placing firm orders. "This business goes up like an
elevator and down like a stone," she said.

A weaker yen has also helped. The currency averaged about ¥151.20 to the dollar in October,
roughly 3.4% weaker than a year earlier, which increases the yen value of goods sold abroad in
dollars.

Economists said the figures made it more likely that exports would contribute positively to
growth in the final quarter of the year, although several cautioned that one strong month does
not make a trend.
"""

_TR_BULLETIN = """
Japan's October trade report was stronger than expected on the export side and less alarming on
imports than many had feared. Here are the key points for exporters, importers and anyone
tracking demand in the region.

## Headline numbers

Exports: ¥9,868.4 billion, up 6.2% year on year (consensus 4.5%). That is about $65.3 billion at
October's average rate of roughly ¥151.20 per dollar.

Imports: ¥10,109.7 billion, up 2.9% (about $66.9 billion).

Balance: a deficit of ¥241.3 billion, against a consensus of around ¥380 billion and a deficit
of ¥532.5 billion in October last year. Seasonally adjusted, the gap was ¥198.5 billion.

Momentum: exports have now grown for a third consecutive month, after a soft first half.
September's growth was revised up to 3.8% from 3.6%.

## Where the growth came from

Asia was the engine, with exports to the region up 7.6%. Semiconductor manufacturing equipment
rose 18.4%, much of it bound for Taiwan and South Korea, where foundries and memory makers are
expanding capacity. Electronic parts gained 11.0%.

The United States took 4.1% more Japanese goods, mostly cars; vehicle exports overall rose 9.3%
by value. The European Union was up 2.2%.

China was the exception, with exports down 1.8%. Steel, chemicals and general machinery
shipments to Chinese buyers all declined.

## What analysts are saying

Ayumi Sakakibara, senior strategist at Tokiwa Research Institute, described chip equipment as
"doing the heavy lifting" and cautioned that the cycle "can turn quickly," adding that she would
not yet call the rebound broad-based.

Volume data tell a more measured story. Export volumes rose 2.7%, which means that more than
half of the value growth came from prices and the weaker yen rather than from more goods leaving
Japanese ports.

## What it means for traders

For importers, the 12.5% fall in the value of crude oil imports and the 6.8% drop in LNG have
eased pressure on the balance, but those gains depend on energy prices that can reverse in a
single winter cold snap.

For exporters, the chip-equipment boom is concentrated in a small number of large manufacturers
and their suppliers. Firms outside that chain, particularly those selling steel, chemicals and
consumer goods into China, are still facing flat or falling orders.

For freight, the strong Asia numbers are showing up in rates on intra-Asia routes, which have
firmed since September. Container volumes through Japan's major ports have risen more slowly
than the value figures would suggest, consistent with the volume data.

## Looking ahead

The next release, covering November, is scheduled for mid-December. We expect export growth to
stay positive but to slow, as comparisons with last year's recovery become tougher and
chip-equipment orders level off. The regional picture in the box alongside shows that Japan is
not alone: most of Asia's big exporters had a solid October.
"""


def _tr_pages():
    wire = _page(
        site="Cardinal Newswire",
        domain="cardinalnews.example",
        path="business/japan-october-exports-beat-forecasts-chip-equipment-autos",
        kind="wire",
        section="Business",
        nav=["World", "Business", "Markets", "Asia", "Energy", "Tech"],
        headline="Japan's October exports beat forecasts on chip equipment, autos",
        dek="Trade deficit narrows to 241.3 billion yen; shipments to China fall again",
        byline="By Kenta Ogino",
        body=_TR_WIRE,
        date_mode="meta",
        published="2026-11-17T23:58:00Z",
        modified="2026-11-18T01:35:00Z",
        sidebar_title="Japan trade, October (year on year)",
        sidebar=[
            "To United States: +4.1%",
            "To China: -1.8%",
            "To Asia: +7.6%",
            "To European Union: +2.2%",
        ],
        related=[
            ("Japan's September exports grow for second month", "business/japan-sept-exports"),
            ("Chip equipment makers raise outlooks on Asian demand", "tech/chip-tools-outlook"),
            ("Yen slips past 151 per dollar", "markets/yen-151"),
        ],
        topics=["Japan", "Trade", "Exports"],
    )
    courier = _page(
        site="Tokyo Evening Courier",
        domain="tokyocourier.example",
        path="economy/exports-rise-chip-tools-taiwan-korea-china-slump",
        kind="newspaper",
        section="Economy",
        nav=["News", "Economy", "Politics", "Tokyo", "World", "Sports", "Life"],
        headline="Exports up 6.2% as chip tools to Taiwan, Korea offset China slump",
        dek="Car shipments to North America recover; cheaper oil keeps deficit in check",
        byline="By Haruto Nakazawa, Economics Correspondent",
        body=_TR_COURIER,
        date_mode="visible",
        visible_date="Wednesday, November 18, 2026 (Evening edition)",
        sidebar_title="Top export items, October (change on year)",
        sidebar=[
            "Cars: +9.3%",
            "Semiconductor manufacturing equipment: +18.4%",
            "Electronic parts: +11.0%",
        ],
        related=[
            ("Higashiosaka's bearing makers ride the chip boom", "economy/higashiosaka-bearings"),
            ("Nagoya port volumes: a closer look", "economy/nagoya-port"),
            ("Column: The yen and the export illusion", "opinion/yen-export-illusion"),
        ],
        topics=["Trade", "Exports", "Economy"],
    )
    bulletin = _page(
        site="Asia Trade Bulletin",
        domain="asiatradebulletin.example",
        path="japan/october-trade-report-key-points",
        kind="newsletter",
        section="Japan Desk",
        nav=["Bulletins", "Japan", "China", "ASEAN", "Shipping", "Data"],
        headline="Japan's October trade: chip tools lead, China lags",
        dek="Key points from the Ministry of Finance release for exporters, importers and "
            "freight",
        byline="By the Asia Trade Bulletin Japan desk",
        body=_TR_BULLETIN,
        date_mode="none",
        sidebar_title="Regional exports, October (year on year)",
        sidebar=[
            "South Korea: +5.0%",
            "Taiwan: +14.6%",
            "China: +3.1%",
            "Vietnam: +11.7%",
            "Japan: +6.2%",
        ],
        related=[
            ("Intra-Asia container rates firm", "shipping/intra-asia-rates"),
            ("China's steel exports: who is buying?", "china/steel-exports"),
            ("Data: Japan monthly trade balance", "data/japan-trade-balance"),
        ],
        topics=["Japan", "Trade data", "Semiconductors"],
    )
    return [wire, courier, bulletin]


# ---------------------------------------------------------------------------
# rk-AC5 — Aozora Rocketry Tsumugi-2 launch from Taiki (planted)
# ---------------------------------------------------------------------------

_RK_LIVE = """
@@ 14:10 JST | The press conference in Taiki has ended. Aozora Rocketry president and CEO
Daisuke Hanamura: "Today Tsumugi reached orbit and put every customer exactly where they asked
to go. Last year we learned hard lessons, and today those lessons paid off." He said the company
is targeting its next flight in early 2027. That wraps up our live coverage, thank you for
following.

@@ 13:35 JST | Genkai Space chief executive Mio Tachibana says Mizuchi-1, the 62 kg
Earth-observation satellite built by the Fukuoka-based startup, is "healthy and talking to us."
The first signal was received at 12:27 JST through a ground station in Svalbard, Norway. Solar
panels have deployed, she says, and first images are expected within two weeks.

@@ 13:30 JST | The post-launch news conference is starting at the Taiki town hall. The town
estimates that about 3,800 people watched from the public viewing area along the coast this
morning.

@@ 11:51 JST | Confirmed: Aozora says all seven satellites have been deployed into a
sun-synchronous orbit of about 500 km. This is the company's first successful orbital launch.

@@ 11:36 JST | The last of the six cubesats has separated, 54 minutes after liftoff. The
cubesats were released over about four minutes following a short restart of the second-stage
engine.

@@ 10:52 JST | Mizuchi-1 separation confirmed at T+9 min 40 s. One of seven satellites is away.
The second stage now coasts before its restart.

@@ 10:51 JST | Second-stage engine cutoff at T+8 min 51 s. Telemetry nominal, according to the
launch commentary.

@@ 10:45 JST | Fairing separation at T+3 min 20 s. Stage separation at T+2 min 38 s was clean
and the second-stage engine is burning.

@@ 10:42 JST | LIFTOFF! Tsumugi-2 lifts off from Launch Complex 1 at Hokkaido Spaceport in Taiki
at 10:42 JST (01:42 UTC) on this Tuesday morning. Loud cheers from the viewing area.

@@ 10:30 JST | Terminal count under way. Weather is go, and upper-level winds are within limits
today after Sunday's scrub, when strong winds high above Hokkaido forced a two-day delay.

@@ 08:30 JST | Good morning from Taiki, on the Pacific coast of Hokkaido's Tokachi region.
Aozora Rocketry tries again today to reach orbit with its Tsumugi-2 rocket. The 27-metre,
two-stage vehicle carries seven satellites: the main payload Mizuchi-1 from Genkai Space, plus
six cubesats from universities and companies in Japan and Singapore. This is Aozora's second
orbital attempt. Its first rocket, Tsumugi-1, broke apart 41 seconds after liftoff in November
2025, and an investigation traced the failure to a faulty valve in the first-stage engine.
Liftoff is scheduled for 10:42 JST.
"""

_RK_WIRE = """
TAIKI, Japan, Aug 18 (Eastline) — Japanese rocket startup Aozora Rocketry put seven small
satellites into orbit on Wednesday, its first successful orbital flight, less than a year after
its debut rocket broke apart seconds after liftoff.

The 27-metre (89-foot) Tsumugi-2 rocket lifted off from Hokkaido Spaceport in the town of Taiki
at 10:42 a.m. (0142 GMT), two days later than planned after strong upper-level winds forced the
company to scrub a launch attempt on Sunday.

The main payload, a 62-kilogram Earth-observation satellite called Mizuchi-1 built by
Fukuoka-based Genkai Space, separated 9 minutes and 40 seconds after launch. The remaining six
cubesats were released after a brief restart of the second-stage engine, with the last one
deployed 54 minutes after liftoff into a roughly 500-kilometre (310-mile) sun-synchronous orbit.

"Last year taught us some hard lessons. Today they paid off," Daisuke Hanamura, the company's
president and chief executive, told a news conference in Taiki. "Every customer is where they
asked to be."

The first Tsumugi rocket broke apart 41 seconds into its flight in November 2025. Aozora said an
investigation found a faulty valve in the first-stage engine, which was redesigned for the
second rocket.

The success is a boost for Japan's efforts to build a domestic commercial launch industry. The
government wants the country to be capable of about 30 launches a year by the early 2030s, and
several startups are competing to carry small satellites for Japanese and Asian customers who
now mostly fly on foreign rockets.

Aozora, founded in 2018 and based in Obihiro, has raised about 12.4 billion yen from investors
including trading houses, regional banks and a government-backed fund. It aims to fly four times
in 2027 and eventually to launch monthly from Taiki, a dairy-farming town on the Pacific coast
that has hosted rocket tests for decades.

Mio Tachibana, chief executive of Genkai Space, said Mizuchi-1 had sent its first signal through
a ground station in Svalbard, Norway. The satellite carries an optical camera with a resolution
of 2.5 metres and will be used to monitor coastal fisheries, aquaculture and typhoon damage.

Analysts said the real test for Aozora would be whether it can launch frequently and reliably
enough to win contracts from overseas operators, who can choose among a growing number of small
rockets worldwide.

"One success does not make a business," said Tomas Berglund, a space industry analyst at Nordvik
Research. "But for Japan, a second private company reaching orbit changes the conversation."

(Reporting by Ai Tsukamoto in Taiki and Rafael Quintero in Tokyo; Editing by Helen Park)
"""

_RK_HERALD = """
TAIKI — Thousands of spectators cheered on the coast of Taiki yesterday as Aozora Rocketry's
Tsumugi-2 rocket roared into a clear sky at 10:42 a.m. and, less than an hour later, delivered
all seven of its satellites to orbit, the first success for the Obihiro-based company.

The town estimated that about 3,800 people gathered at the public viewing area, many of them
families who had already made the trip on Sunday only to see the launch postponed because of
strong winds high in the atmosphere.

"On Sunday my son cried all the way home. Today he was jumping up and down," said Keiko
Sasamura, 39, who drove from Kushiro with her two children. "We will remember this day."

The 27-metre, two-stage rocket lifted off from Launch Complex 1 at Hokkaido Spaceport. Its main
payload, a 62-kilogram Earth-observation satellite named Mizuchi-1 and built by Kumamoto-based
startup Genkai Space, separated about nine and a half minutes after launch. Six smaller cubesats
followed after the second-stage engine fired again, with the last released 54 minutes after
liftoff, the company said.

Tuesday's flight came nine months after the company's first rocket, Tsumugi-1, broke apart 41
seconds after liftoff in November last year, scattering debris into the sea off the launch site.

## 'A town of rockets'

For Taiki, the success is a long-awaited reward. The town has hosted aerospace experiments since
the 1980s and has invested in roads, a control centre and a second launch pad in the hope of
becoming Japan's commercial spaceport.

"People used to laugh when we said Taiki would be a town of rockets," Mayor Kenta Oshima told
the Herald after the launch. "Nobody is laughing today. This is the beginning of a new industry
for Tokachi."

The mayor said about 140 people now work at the spaceport and at companies connected to it, and
that the town expects that number to double within five years if launch schedules hold. Local
hotels and restaurants reported full bookings for the weekend and again for Tuesday, and a shop
near the viewing area sold out of its rocket-shaped butter cookies by noon.

## Company aims for four flights next year

At a news conference in the town hall in the afternoon, Aozora president and CEO Daisuke
Hanamura bowed deeply to local residents and fishermen, who had agreed to keep boats out of the
hazard zone on both launch days. "Last year taught us hard lessons, and today they paid off," he
said. "Thank you to Taiki for believing in us."

Hanamura said the company aims for four launches in 2027. Its rocket is designed to carry up to
250 kilograms to a sun-synchronous orbit of about 500 kilometres.

The Tokachi fishermen's cooperative said it would continue to cooperate, but asked for more
notice of launch windows so that members could plan around the autumn salmon season.

Schoolchildren from Taiki's elementary and junior high schools watched the launch from a
reserved area, and several of them sent drawings that were printed on a panel of the rocket's
fairing.
"""

_RK_BRIEF = """
Aozora Rocketry reached orbit on Tuesday with the second flight of its Tsumugi small launcher,
deploying all seven satellites on board. Here is what the flight showed about the vehicle, the
payloads and Japan's small-launch market.

## Flight profile

Tsumugi-2 lifted off from Launch Complex 1 at Hokkaido Spaceport in Taiki at 10:42 JST (01:42
UTC). Stage separation came at T+2 min 38 s and fairing separation at T+3 min 20 s. The
second-stage engine shut down at T+8 min 51 s, and the primary payload separated at T+9 min 40
s.

After a coast phase, the second stage restarted briefly to circularise its orbit and then
released six cubesats over about four minutes. The last one separated 45 minutes after liftoff.
Final orbit: sun-synchronous, about 500 km. The restart is significant: it is the first time
Aozora has demonstrated relighting its upper stage in space, a capability customers want for
multi-orbit rideshare missions.

## Payloads

Mizuchi-1 (62 kg), built by Fukuoka-based Genkai Space, is an optical Earth-observation
satellite with a 2.5 m ground resolution. Genkai plans a constellation of eight such satellites
by 2029 to monitor coastal fisheries, aquaculture and storm damage around Japan and Southeast
Asia. The company confirmed first contact via a ground station in Svalbard, Norway, at 12:27
JST.

The six cubesats, in 3U and 6U formats, came from four Japanese universities, a Singapore
company testing an inter-satellite radio link, and a Japanese startup demonstrating a compact
propulsion module.

## The vehicle

Tsumugi-2 is a 27 m, two-stage, liquid-fuelled rocket with a quoted capacity of 250 kg to a 500
km sun-synchronous orbit. Aozora redesigned a valve in the first-stage engine after the loss of
Tsumugi-1, which broke apart 41 seconds after liftoff in November 2025. Aozora lists a dedicated
launch at about ¥1.6 billion, or roughly $11 million, which puts it in the same range as its
foreign competitors in the small-launch segment.

## The market

Japan's government wants the country to be capable of about 30 launches a year by the early
2030s. Aozora's success gives Japan a second private company with an orbital rocket, and puts
pressure on rivals that have yet to reach orbit. The company says it is targeting four flights
in 2027 and a monthly cadence after that.

The harder question is demand. Most small-satellite operators still buy rideshare slots on large
rockets, which remain cheaper per kilogram. Dedicated small launchers compete on schedule and
orbit choice, and that only works if they fly reliably and often. One clean flight does not
establish either.

## Our take

A clean second flight, with a successful upper-stage restart, is a better result than most new
launchers achieve this early. The next test is cadence: if Aozora can fly again in early 2027 as
promised, customers will start to take it seriously.
"""


def _rk_pages():
    live = _page(
        site="Orbit Japan",
        domain="orbitjapan.example",
        path="live/tsumugi-2-launch-taiki",
        kind="live",
        section="Launch Live",
        nav=["News", "Launch Live", "Satellites", "Industry", "Schedule"],
        headline="Live: Aozora Rocketry's Tsumugi-2 launch from Taiki",
        dek="Minute-by-minute coverage of the second orbital attempt by the Hokkaido rocket "
            "startup",
        byline="By Orbit Japan staff",
        body=_RK_LIVE,
        date_mode="jsonld",
        published="2026-08-18T08:30:00+09:00",
        modified="2026-08-18T14:10:00+09:00",
        sidebar_title="Tsumugi-2 at a glance",
        sidebar=[
            "Height: 27 m",
            "Stages: 2",
            "Payload capacity: 250 kg to sun-synchronous orbit",
            "Satellites on board: 7",
        ],
        related=[
            ("What went wrong with Tsumugi-1?", "news/tsumugi-1-failure-report"),
            ("Hokkaido Spaceport: a visitor's guide", "news/hokkaido-spaceport-guide"),
            ("Upcoming launches", "schedule"),
        ],
        topics=["Aozora Rocketry", "Launches", "Hokkaido"],
    )
    wire = _page(
        site="Eastline Wire",
        domain="eastlinewire.example",
        path="tech/japan-startup-aozora-reaches-orbit-second-try",
        kind="wire",
        section="Technology",
        nav=["World", "Asia", "Business", "Technology", "Science", "Markets"],
        headline="Japanese startup Aozora reaches orbit on second try, deploys seven satellites",
        dek="Tsumugi-2 success follows 2025 failure; boost for Japan's commercial launch ambitions",
        byline="By Ai Tsukamoto and Rafael Quintero",
        body=_RK_WIRE,
        date_mode="meta",
        published="2026-08-18T02:15:00Z",
        modified="2026-08-18T05:05:00Z",
        sidebar_title="Most read",
        sidebar=[
            "Chipmakers lift spending plans for next year",
            "Typhoon heads toward Okinawa",
            "Seoul shares hit record high",
        ],
        related=[
            ("Japan's space startups race for launch contracts", "tech/japan-space-startups"),
            ("Aozora's debut rocket breaks apart after liftoff", "tech/aozora-debut-failure"),
        ],
        topics=["Space", "Japan", "Startups"],
    )
    herald = _page(
        site="Tokachi Daily Herald",
        domain="tokachiherald.example",
        path="local/taiki/tsumugi-2-orbit-crowd-cheers",
        kind="newspaper",
        section="Local",
        nav=["Tokachi", "Obihiro", "Taiki", "Farming", "Sports", "Events"],
        headline="Taiki cheers as Tsumugi-2 reaches orbit",
        dek="About 3,800 watch from the coast; mayor hails 'beginning of a new industry'",
        byline="By Sho Ikegami, Taiki correspondent",
        body=_RK_HERALD,
        date_mode="visible",
        visible_date="August 19, 2026",
        sidebar_title="Taiki in numbers",
        sidebar=[
            "Population: about 5,300",
            "Dairy cows: about 14,000",
            "Spaceport-related jobs: about 140",
        ],
        related=[
            ("Photos: launch day in Taiki", "photos/taiki-launch-day"),
            ("Fishermen ask for more notice of launch windows", "local/fishermen-launch-windows"),
            ("Rocket cookies sell out", "local/rocket-cookies"),
        ],
        topics=["Taiki", "Spaceport", "Tokachi"],
    )
    brief = _page(
        site="Smallsat Brief",
        domain="smallsatbrief.example",
        path="launch/aozora-tsumugi-2-flight-review",
        kind="newsletter",
        section="Launch Review",
        nav=["Briefs", "Launch", "Constellations", "Policy", "Jobs"],
        headline="Tsumugi-2 review: clean flight, upper-stage restart, seven payloads",
        dek="What Aozora's first orbital success says about its rocket and the small-launch "
            "market",
        byline="By Marco Ferretti",
        body=_RK_BRIEF,
        date_mode="none",
        sidebar_title="Small launchers: year to date",
        sidebar=[
            "Orbital attempts worldwide: 31",
            "Successes: 27",
            "New vehicles reaching orbit: 3",
        ],
        related=[
            ("Rideshare vs dedicated: the price gap", "analysis/rideshare-vs-dedicated"),
            ("Genkai Space's constellation plans", "constellations/genkai-space"),
        ],
        topics=["Small launch", "Japan", "Earth observation"],
    )
    return [live, wire, herald, brief]


# ---------------------------------------------------------------------------
# eq-AC6 — Earthquake off Ibaraki (control)
# ---------------------------------------------------------------------------

_EQ_LIVE = """
@@ 18:20 JST | Latest figures from the Fire and Disaster Management Agency, as of 18:00: 19
people injured in Ibaraki and Chiba prefectures, two of them seriously. No deaths have been
reported. The Japan Meteorological Agency has recorded 23 felt aftershocks so far, the largest a
magnitude 4.6 at 05:02. This page will not be updated further tonight.

@@ 14:00 JST | In Hokota, the city with the strongest shaking, officials say at least seven
houses were partially damaged, mostly roof tiles and collapsed concrete-block walls. Mayor
Shigeru Iwabuchi: "We were lucky this time. But many of our older residents live alone in old
wooden houses, and we will visit every one of them this weekend."

@@ 11:30 JST | The number of injured has risen to 11, according to the Fire and Disaster
Management Agency's count as of 11:00. Most injuries were caused by falls or by falling
furniture.

@@ 10:05 JST | JR East says Joban Line services have resumed after track inspections between
Mito and Iwaki.

@@ 09:40 JST | TEPCO Power Grid says electricity has been restored to all households. At the
peak, about 28,000 households in Ibaraki had lost power.

@@ 06:10 JST | JMA news conference. Takeshi Minowa, head of the agency's earthquake and tsunami
observation division, urges caution: "Please stay alert for shaking of similar strength for
about a week, particularly over the next two to three days. Keep away from damaged walls and
slopes."

@@ 05:40 JST | The Japan Meteorological Agency has revised the magnitude to 6.3, up from its
preliminary estimate of 6.1. The depth is estimated at about 50 km.

@@ 05:02 JST | A strong aftershock: preliminary magnitude 4.6, with an intensity of 4 in Hokota.

@@ 04:50 JST | Early reports: at least four people injured, according to the Ibaraki prefectural
government. Japan Atomic Power Co says no abnormalities have been found at the Tokai No. 2
nuclear plant, which is offline.

@@ 04:25 JST | A strong earthquake struck at 04:17 JST off the coast of southern Ibaraki
Prefecture, in the Kashima-nada sea area. The Japan Meteorological Agency puts the preliminary
magnitude at 6.1. The strongest shaking, upper 5 on Japan's seismic intensity scale, was
observed in Hokota. Lower 5 was recorded in Mito and Kashima, and intensity 4 in parts of Tokyo
and Chiba. The agency says there is no risk of a tsunami. Please check on neighbours and watch
for falling objects.
"""

_EQ_WIRE = """
TOKYO, Feb 14 (Northgate) — A magnitude 6.3 earthquake struck off the coast of Ibaraki
Prefecture, northeast of Tokyo, early on Saturday, injuring 19 people and briefly cutting power
to about 28,000 households, but there was no tsunami and no reports of deaths, authorities said.

The quake hit at 4:17 a.m. (1917 GMT on Friday) at a depth of about 50 kilometres, according to
the Japan Meteorological Agency, which initially put the magnitude at 6.1 before revising its
estimate upward. The U.S. Geological Survey, which uses a different method, measured the quake
at magnitude 6.2.

The strongest shaking, upper 5 on Japan's seismic intensity scale, which tops out at 7, was
recorded in the city of Hokota on the Pacific coast. Buildings swayed in Tokyo, where the
intensity reached 4 in some areas, and many residents were woken by the alarms on their mobile
phones.

The Fire and Disaster Management Agency said that as of 6 p.m. 19 people had been injured in
Ibaraki and Chiba prefectures, two of them seriously. Most were hurt in falls or were struck by
falling furniture.

In Hokota, at least seven houses were partially damaged, city officials said. Television footage
showed roof tiles scattered across streets and a collapsed concrete-block wall next to a primary
school.

Electricity was restored to all homes by 9:40 a.m., according to TEPCO Power Grid, the grid
subsidiary of Tokyo Electric Power. East Japan Railway Co briefly suspended services on the
Joban Line for track inspections, resuming them shortly after 10 a.m.

Japan Atomic Power Co said there were no abnormalities at its Tokai No. 2 nuclear power station
in the village of Tokai, which has been offline since 2011.

At a news conference, Takeshi Minowa, who heads the meteorological agency's earthquake and
tsunami observation division, warned that shaking of similar strength could occur for about a
week, "especially in the next two or three days." The agency said 23 felt aftershocks had been
recorded by evening, the largest of magnitude 4.6.

Deputy Chief Cabinet Secretary Ryo Hanazawa said the government had set up a liaison office at
the prime minister's residence shortly after the quake and that there were no requests for
assistance from the Self-Defense Forces.

Japan sits at the junction of four tectonic plates and is one of the most seismically active
countries in the world. The area off Ibaraki experiences frequent moderate quakes and was among
the regions shaken hardest by the magnitude 9.0 earthquake and tsunami of March 2011.

(Reporting by Naoko Tsutsumi and Ethan Brooks; Editing by Lucia Romano)
"""

_EQ_PAPER = """
HOKOTA — A magnitude 6.3 earthquake shook Ibaraki before dawn yesterday, toppling walls and
scattering roof tiles across Hokota, where the shaking was strongest, and sending residents into
the cold in their night clothes.

The quake struck at 4:17 a.m. off the prefecture's southern coast at a depth of about 50
kilometres, according to the Japan Meteorological Agency, which revised the magnitude from an
initial 6.1. It registered upper 5 on the Japanese intensity scale in Hokota and lower 5 in Mito
and Kashima.

As of 6 p.m. on Saturday, the Fire and Disaster Management Agency had counted 19 injuries in
Ibaraki and Chiba, two of them serious. In Hokota, a 78-year-old woman broke her hip when she
fell on the stairs of her home, and a man in his 50s was seriously hurt when a shelf fell on him
in his warehouse. No one was killed.

"The house made a sound like a train going through it," said Masaru Onodera, 71, a melon grower
whose greenhouse lost several panes of glass. "I have felt many earthquakes here, but this one
went on and on."

## Shelters and power

Hokota opened its municipal gymnasium as a shelter, where 46 residents spent part of the morning
at the peak. Most had returned home by the afternoon after city staff checked their houses. City
officials said at least seven houses were partially damaged.

"We were lucky this time," Mayor Shigeru Iwabuchi said at city hall. He said staff and
volunteers would visit every elderly resident living alone over the weekend, starting with those
in older wooden houses near the coast.

About 28,000 households in the prefecture lost power, but TEPCO Power Grid restored electricity
to all of them by 9:40 a.m. JR East suspended the Joban Line for inspections and resumed
services shortly after 10 a.m. Schools, which were closed for the weekend, will be inspected
before classes resume on Monday.

## Aftershocks warning

The meteorological agency recorded 23 felt aftershocks by 6 p.m., including a magnitude 4.6
tremor at 5:02 a.m. that rattled Hokota again with an intensity of 4.

At a news conference early on Saturday morning, Takeshi Minowa, who heads the agency's
earthquake and tsunami observation division, urged residents to stay alert for similar shaking
"for about a week, particularly over the next two to three days."

The operator of the Tokai No. 2 nuclear plant in Tokai village, Japan Atomic Power Co, said it
found no abnormalities at the plant, which is not operating.

## Prefecture checks farms

Ryoko Tsuchida of the prefectural government's disaster management division said officials were
checking greenhouses, irrigation channels and livestock barns in the coastal farming belt. Early
reports showed damage concentrated in Hokota and the neighbouring city of Kashima. "The full
picture on farms may take several days," she said.

At a convenience store near Hokota Station, the manager, Yuki Hanyu, spent the morning sweeping
up broken bottles. "We sold out of bottled water and batteries by 8 a.m.," she said. "People
remember 2011."
"""

_EQ_DIGEST = """
The earthquake that struck off southern Ibaraki Prefecture early on Saturday, 14 February, at
04:17 local time (19:17 UTC on Friday, 13 February) was the strongest in the Kashima-nada sea
area for several years. Below we summarise what is known about the event and its aftershock
sequence.

## Magnitude and depth

The Japan Meteorological Agency's preliminary magnitude of 6.1 was revised to 6.3 about 80
minutes after the event, once more distant stations had been incorporated. The U.S. Geological
Survey reported a moment magnitude of 6.2. The difference is not a contradiction: the JMA
magnitude and the moment magnitude are calculated from different parts of the seismic signal,
and differences of one or two tenths are routine for events of this size.

JMA estimates the hypocentral depth at about 50 km. The agency's focal-mechanism solution
indicates reverse faulting with a compression axis oriented roughly west-northwest to
east-southeast, consistent with an event on or near the boundary between the subducting Pacific
plate and the overlying plate.

## Shaking

The maximum observed intensity was upper 5 on the JMA scale, in Hokota. Lower 5 was observed in
Mito and Kashima, and intensity 4 extended across parts of Chiba and Tokyo. The relatively deep
source spread moderate shaking widely, while limiting peak accelerations near the coast.

## Aftershocks

JMA counted 23 felt aftershocks by 18:00 on Saturday. By 09:00 this morning the count had risen
to 31. The largest so far is a magnitude 4.6 event at 05:02 on Saturday. The decay rate is
typical for an event of this type, and the agency has advised residents to be ready for shaking
of similar strength for about a week, with the highest probability in the first two to three
days.

## Impacts

The Fire and Disaster Management Agency reported 19 people injured, two seriously, as of 18:00
on Saturday. There were no deaths and no tsunami. About 28,000 households lost power briefly. No
abnormalities were reported at the Tokai No. 2 nuclear plant, which is offline.

## Context

Moderate earthquakes are common off Ibaraki, which lies south of the rupture zone of the March
2011 magnitude 9.0 Tohoku earthquake. The southern Ibaraki offshore region has produced a number
of magnitude 6 class events over the past century, and seismologists have long debated whether
parts of the plate boundary there are capable of a larger rupture. Saturday's event does not by
itself change that assessment, but it will add useful data.

Takeshi Minowa of JMA's earthquake and tsunami observation division told reporters on Saturday
morning that the agency had "no evidence at this stage" that the quake was a foreshock to a
larger event, while stressing that this could not be ruled out.

## Data

Waveform data from the national strong-motion networks are available to registered researchers.
We will update this summary if the agency publishes a revised hypocentre or if the aftershock
sequence changes character.
"""


def _eq_pages():
    live = _page(
        site="KPT News",
        domain="kpt.example",
        path="news/live/earthquake-ibaraki-hokota",
        kind="live",
        section="Disasters",
        nav=["News", "Weather", "Disasters", "Politics", "Business", "Watch"],
        headline="Live: Strong earthquake off Ibaraki — latest updates",
        dek="Injuries, damage, power cuts and aftershocks after the quake centred off southern "
            "Ibaraki",
        byline="By Kanto Public Television News",
        body=_EQ_LIVE,
        date_mode="jsonld",
        published="2026-02-14T04:25:00+09:00",
        modified="2026-02-14T18:20:00+09:00",
        sidebar_title="Shaking by area",
        sidebar=[
            "Upper 5: Hokota",
            "Lower 5: Mito, Kashima",
            "4: parts of Tokyo and Chiba",
        ],
        related=[
            ("How to prepare an emergency kit", "life/emergency-kit"),
            ("Japan's intensity scale explained", "news/intensity-scale-explained"),
            ("Check train services", "traffic/trains"),
        ],
        topics=["Earthquake", "Ibaraki", "Disasters"],
    )
    wire = _page(
        site="Northgate Wire",
        domain="northgatewire.example",
        path="world/asia/japan-quake-ibaraki-injures-19",
        kind="wire",
        section="World",
        nav=["World", "Asia", "Business", "Science", "Climate", "Video"],
        headline="Magnitude 6.3 quake off Japan's Ibaraki injures 19, no tsunami",
        dek="Power briefly cut to 28,000 homes; no abnormalities at nuclear plant",
        byline="By Naoko Tsutsumi and Ethan Brooks",
        body=_EQ_WIRE,
        date_mode="meta",
        published="2026-02-13T20:02:00Z",
        modified="2026-02-14T09:30:00Z",
        sidebar_title="Most read in Asia",
        sidebar=[
            "Philippine peso hits three-month low",
            "Taiwan to extend military service talks",
            "Indonesia's central bank holds rates",
        ],
        related=[
            ("Factbox: Japan's deadliest earthquakes", "world/asia/factbox-japan-quakes"),
            ("How Japan's quake alert system works", "science/japan-quake-alerts"),
        ],
        topics=["Earthquakes", "Japan"],
    )
    paper = _page(
        site="Ibaraki Morning Star",
        domain="ibarakistar.example",
        path="news/hokota-quake-walls-toppled-19-injured",
        kind="newspaper",
        section="Prefecture",
        nav=["Prefecture", "Mito", "Coast", "Farming", "Sports", "Obituaries"],
        headline="Quake topples walls in Hokota, 19 hurt across region",
        dek="Residents flee into the cold; power restored within hours; aftershocks warning "
            "issued",
        byline="By Daichi Kurosaki and Emi Yagisawa",
        body=_EQ_PAPER,
        date_mode="none",
        sidebar_title="Emergency contacts",
        sidebar=[
            "Hokota city disaster line: see the city website",
            "Prefectural consultation desk: open 24 hours",
            "Power outage information: TEPCO Power Grid",
        ],
        related=[
            ("Photos: damage in Hokota", "photos/hokota-damage"),
            ("Is your block wall safe? A checklist", "life/block-wall-checklist"),
            ("Melon growers assess greenhouse damage", "farming/melon-greenhouses"),
        ],
        topics=["Earthquake", "Hokota", "Disaster"],
    )
    digest = _page(
        site="Quake Science Digest",
        domain="quakedigest.example",
        path="events/kashima-nada-m6-3-summary",
        kind="newsletter",
        section="Event Summaries",
        nav=["Events", "Research", "Data", "Glossary", "About"],
        headline="Event summary: M6.3 earthquake off southern Ibaraki",
        dek="Magnitude, mechanism, shaking and the aftershock sequence so far",
        byline="By Dr. Hannah Ostrowski and Kenji Matsuda",
        body=_EQ_DIGEST,
        date_mode="visible",
        visible_date="16 February 2026",
        sidebar_title="Recent felt earthquakes in Japan (JMA magnitude)",
        sidebar=[
            "Off Fukushima: M5.4",
            "Noto Peninsula: M4.9",
            "Northern Nagano: M4.7",
            "Off Ibaraki: M6.3",
        ],
        related=[
            ("Why magnitudes differ between agencies", "glossary/magnitude-scales"),
            ("The Kashima-nada region: seismic history", "research/kashima-nada-history"),
        ],
        topics=["Earthquakes", "Aftershocks", "Japan Trench"],
    )
    return [live, wire, paper, digest]



STORIES = [
    {
        "id": "cb-AC1",
        "part": "AC",
        "domain": "central bank",
        "fetched": "2026-11-09",
        "articles": _cb_pages(),
        "planted": [
            ("Bank of Japan policy board vote split",
             r"\b7\s*(?:-|–|to)\s*2\b", r"\b6\s*(?:-|–|to)\s*3\b"),
            ("monthly JGB purchases from January",
             r"\b2\.1\s*trillion", r"\b2\.6\s*trillion"),
            ("time the policy statement was released",
             r"12:24|\b03:?24\b", r"11:54|\b02:?54\b"),
        ],
    },
    {
        "id": "el-AC2",
        "part": "AC",
        "domain": "election",
        "fetched": "2026-07-24",
        "articles": _el_pages(),
        "planted": [],
    },
    {
        "id": "ct-AC3",
        "part": "AC",
        "domain": "court",
        "fetched": "2026-03-27",
        "articles": _ct_pages(),
        "planted": [],
    },
    {
        "id": "tr-AC4",
        "part": "AC",
        "domain": "trade",
        "fetched": "2026-11-30",
        "articles": _tr_pages(),
        "planted": [
            ("year-on-year growth of October exports",
             r"(?<![\d.])6\.2\s*%", r"(?<![\d.])8\.2\s*%"),
            ("consecutive months of export growth",
             r"\b(?:third|3rd|three|3)\b", r"\b(?:fifth|5th|five|5)\b"),
            ("Ayumi Sakakibara's role at Tokiwa Research Institute",
             r"chief economist", r"senior strategist"),
        ],
    },
    {
        "id": "rk-AC5",
        "part": "AC",
        "domain": "rocket",
        "fetched": "2026-08-27",
        "articles": _rk_pages(),
        "planted": [
            ("time from liftoff to the last satellite separation",
             r"\b54\s*(?:min|minutes?)\b", r"\b45\s*(?:min|minutes?)\b"),
            ("weekday of the launch", r"tuesday", r"wednesday"),
            ("home city of satellite maker Genkai Space", r"fukuoka", r"kumamoto"),
        ],
    },
    {
        "id": "eq-AC6",
        "part": "AC",
        "domain": "earthquake",
        "fetched": "2026-02-23",
        "articles": _eq_pages(),
        "planted": [],
    },
]
