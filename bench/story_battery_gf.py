"""Story battery, part GF — South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal), events in 2026.

Written by engineer GF1 on 2026-12-07 for the twenty-sixth batch, a precision batch:
most differences between the outlets below are legitimate variation that a careful
editor would accept, and only the planted items are real contradictions.  All outlets,
reporters, companies, most officials and all figures are invented; real institutions
and places (Reserve Bank of India, Supreme Court of India, NGT, EPB, Bangladesh Bank,
ISRO/IN-SPACe, NEMRC, USGS, Pokhara, Ranipet, Sriharikota, Bajhang ...) are used as
settings only.  Each story: 3-4 whole pages, at least one without a machine-readable date.

cb-GF1 (central bank) — Reserve Bank of India MPC cuts the repo rate 25 bp, 5.50% ->
5.25%, announced 10:00 IST Wednesday 7 October 2026.  PLANTED (3):
  (1) vote split 4-2 (wire, paper, specialist) vs 5-1 with a "lone dissenter" (live page);
  (2) weekday Wednesday (wire, live, specialist) vs "on Thursday" (Deccan Ledger paper);
  (3) FY2026-27 CPI projection 3.1% (wire, live, paper) vs 2.7% (Ledgerline specialist).
  Outlets: Subcontinent Press Wire (wire, JSON-LD); Bharat 24x7 (live page, meta time);
  The Deccan Ledger (Hyderabad paper, no machine date); Ledgerline Markets (bond site,
  JSON-LD).  Traps: old vs new rate (5.50 -> 5.25); repo vs SDF (5.00) vs MSF/bank rate
  (5.50), with the OLD SDF also 5.25; 25 bps = "quarter of a percentage point"; 10 a.m.
  IST = 0430 GMT; old projection 3.4% vs new 3.1%; quarterly projections 2.8/3.3/4.0%;
  growth 6.7 -> 6.9%; actual August CPI 2.6% vs 4% target; core about 3.9%; OMO
  1.2 trillion rupees = ₹1.2 lakh crore = about $13.5 billion; 10-year yield 6.21% at
  12:30 vs 6.22% close; rupee 88.92 midday vs 88.95 close; different polls (31 of 40 vs
  11 of 15); Governor Harish Mohan Venkataraman / Harish Venkataraman; Deputy Governor
  with and without "in charge of monetary policy"; paper names only one of the two
  dissenters; Governor quote in three acceptable wordings; two different Konark Bank
  economists; June 50 bp cut and August hold as background; EMI saving about ₹790.

el-GF2 (election) — Pokhara Metropolitan City mayoral by-election, polling Saturday
14 November 2026, result declared about 13:30 NPT Monday 16 November.  PLANTED (3):
  (1) winner's final votes 61,482 (wire, live, paper) vs 61,842 (Matdata Lab data site);
  (2) chief returning officer Hari Prasad Bhusal (wire, paper) vs "Bhusan" (live page);
  (3) Pokhara is capital of Gandaki Province (wire, live, data site) vs "Lumbini Province"
      (Kathmandu Chronicle paper).
  Outlets: Himalayan Newswire (wire, JSON-LD); Seti Valley TV (local live page, meta
  time); The Kathmandu Chronicle (paper, no machine date); Matdata Lab (data site, meta
  time).  Traps: provisional turnout "about 61%" (Saturday evening) vs final 63.8% /
  "nearly 64 percent"; partial counts with times (21 of 33 wards at 6 pm Sunday, 27 of
  33 at 10:30 pm) vs final; margins 3,828 / 4,835 / 6,565; vote shares 46.4/41.4/"just
  over 9"%; Anjana Kumari Gurung / Anjana Gurung / Anjana K. Gurung; Bikram Thapa Magar /
  Bikram Thapa (second surname dropped); Dinesh Prasad Poudel / Dinesh Poudel / Dinesh P.
  Poudel; hotel-association president Min Bahadur Gurung (different person, same
  surname); 200 km = 125 miles; 2022 turnout 66.1% and Baral's 2022 tally 58,112 as
  background; wards carried 19/13/1; invalid 4,188 = 3.1% vs 3.6% in 2022; quotes in
  acceptable variant wordings; EC spokesperson with full title vs none.

ct-GF3 (court) — Supreme Court of India, Tuesday 15 September 2026, 10:30 IST: upholds
the NGT's liability finding against Sundaram Organics Ltd for Palar river / groundwater
pollution near Ranipet but cuts compensation from ₹450 crore to ₹312 crore.  CONTROL
(no planted disagreement).  Outlets: BenchNotes (legal site, JSON-LD); Tri-Ocean Wire
(wire, meta time); The Vellore Herald (local paper, no machine date).  Traps: old vs new
compensation (450 -> 312 crore); ₹312 crore = Rs 312 crore = 3.12 billion rupees = $35.2
million; 10:30 a.m. IST = 0500 GMT; bench of Justices Meera Krishnaswamy, Anil Varma
Dutt, Rafiq Ahmed Lone vs initials (M. Krishnaswamy, A.V. Dutt, R.A. Lone) vs only the
author named; 14 villages (court/NGT) vs 22 claimed by the forum (attribution); shares
down as much as 6.1% intraday, 4.9% at 12:30, closed 4.2% lower at Rs 1,184.50; 12 weeks
to pay, six months for compliance report, listing March 2027; NGT order of 12 March 2024
and the 1996 Vellore Citizens' Welfare Forum ruling as background; judgment quote and the
forum lawyer's quote in acceptable variant wordings; "senior advocate" vs "advocate" for
different lawyers; ₹90 crore upgrade spending as another amount.

tr-GF4 (trade) — Bangladesh Export Promotion Bureau data for October 2026, released
Monday 2 November 2026.  CONTROL.  Outlets: Bay of Bengal News Agency (wire, JSON-LD,
"BST" = Bangladesh Standard Time); The Dhaka Business Post (paper, no machine date); Apparel
Sourcing Monitor (UK trade site, meta time in GMT).  Traps: total exports $4.38bn +6.2%
y/y vs +12% m/m over September's $3.91bn; October 2025 $4.12bn (rounded base); RMG
$3.62bn +5.8% vs total; knit $1.98bn / woven $1.64bn; RMG share 82.6% / "nearly 83" /
"close to 83%"; Tk 53,655 crore at Tk 122.5 per dollar; July-October $16.94bn +4.1% vs
target $17.40bn; RMG July-October about $13.9bn; full-year target $54.5bn vs FY2025-26
actual $48.3bn; Bangladesh Bank receipts $3.97bn vs EPB shipments (different bodies and
measures); BGMEA's unit-price and the think tank's 11% non-traditional-market figures
(attributions); Md Tanvir Haque Chowdhury / Tanvir Chowdhury; "senior secretary" vs
"Commerce Secretary"; BGMEA quote in three acceptable wordings; Vietnam, Cambodia and
Eurostat figures as background.

rk-GF5 (rocket) — maiden orbital flight of Nabhas Aerospace's Prachand-1 from the Satish
Dhawan Space Centre, Sriharikota, liftoff 11:42 IST (06:12 UTC) Thursday 19 November 2026,
after a Tuesday attempt (scheduled 10:15 IST / 04:45 UTC) halted at T-40 s.  PLANTED (3):
  (1) liftoff time 11:42 IST (wire, live) vs 11:24 am (Hyderabad Courier paper);
  (2) Pranav (Iyer) Sastry is co-founder and chief executive/CEO (wire, live, paper) vs
      "chief operating officer" (Orbital Dispatch specialist);
  (3) three satellites deployed (wire, specialist) vs four (live page).
  Outlets: Orient Wire Agency (wire, JSON-LD); Samachar Plus (live page, meta time); The
  Hyderabad Courier (paper, no machine date); Orbital Dispatch (space site, JSON-LD, UTC).
  Traps: IST vs UTC; target orbit 500 km vs achieved about 508 km; km vs miles (311/316);
  22.4 m = 73.5 ft = "22-metre"; payload 193 kg total vs 118/21/54 kg satellites vs 300 kg
  capacity vs 38-tonne liftoff mass; "about 13 minutes" vs 12 min 50 s; paper counts "two
  satellites for paying customers along with an in-house demonstrator" (partial count);
  next mission "up to eight" satellites (future); mission cost 1.4 billion rupees = ₹140
  crore = $15.8 million; $95 million raised; CTO Farhan Siddiqui, mission director Deepa
  Nair Raghunathan, launch director Imran Qadri, SDSC director K. Ramesh Babu and
  IN-SPACe chairman Rajiv Lal Mathur (different people with similar roles); CEO quote in
  acceptable variant wordings; 2022 suborbital flight and 2020 opening as background.

eq-GF6 (earthquake) — earthquake near Chainpur, Bajhang district, Sudurpashchim Province,
Nepal, 00:41 NPT Wednesday 14 October 2026 = 18:56 UTC Tuesday 13 October.  CONTROL.
Outlets: Trans-Asia Press (wire, JSON-LD); Nepal Now 24 (live page, meta time); The
Himalayan Mirror (paper, no machine date); ReliefLine Asia (humanitarian update, JSON-LD).
Traps: magnitude 6.1 (NEMRC, local magnitude) vs 5.8 (USGS) vs 6.0 (India's NCS); depth
10 km (NEMRC) vs 14.2 km (USGS); local Wednesday vs UTC Tuesday; toll growing with
publication times (5 at 3:30 am, 9 at 6 am, 17 at 10:45, 23 at 4:20 pm, 26 by Wednesday
night / Thursday); injured 31 / 60 / 87 / 112 / "more than 110"; 1,100 houses destroyed
(preliminary) vs 1,480 destroyed and about 3,900 partly damaged; aftershocks 11 by
8:30 am vs "more than 20"; largest aftershock 4.6 at 3:15 am NPT = 21:30 UTC; about
450 km vs about 280 miles from Kathmandu; Rs 200,000 = NPR 200,000 = about US$1,480;
Sarita Bhandari Khadka / Sarita Khadka, "senior divisional seismologist" vs
"seismologist"; Tek Raj Joshi as "chief district officer" / "Chief District Officer";
Jajarkot 2023 (5.7, 153 dead) and Gorkha 2015 (7.8, nearly 9,000) as background.
"""
from __future__ import annotations

import html
import json

__all__ = ["STORIES"]


# ---------------------------------------------------------------------------
# Page-skeleton helpers.  They only wrap furniture around text that is written
# out in full below; no article prose is generated here.
# ---------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(text: str) -> list[str]:
    """Split a block of prose (paragraphs separated by blank lines)."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        out.append(" ".join(line for line in lines if line))
    return out


def _body(text: str) -> str:
    return "\n".join(f"<p>{_esc(p)}</p>" for p in _paras(text))


def _live(entries: list[tuple[str, str, str]]) -> str:
    """Live-page updates: (visible stamp, ISO date-time or "", prose)."""
    parts: list[str] = []
    for label, iso, text in entries:
        if iso:
            stamp = f'<time datetime="{_attr(iso)}">{_esc(label)}</time>'
        else:
            stamp = f'<span class="stamp">{_esc(label)}</span>'
        parts.append(
            '<div class="live-update">\n'
            f'<h3 class="update-time">{stamp}</h3>\n'
            f"{_body(text)}\n"
            '<ul class="update-share"><li><a href="#">Share this update</a></li>'
            '<li><a href="#">Copy link</a></li></ul>\n'
            "</div>"
        )
    return "\n".join(parts)


def _links(items: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f'<li><a href="#">{_esc(i)}</a></li>' for i in items)


def _page(
    *,
    site: str,
    url: str,
    title: str,
    description: str,
    section: str,
    headline: str,
    byline: str,
    body: str,
    nav: list[str],
    sidebar_title: str,
    sidebar: list[str],
    caption: str,
    credit: str,
    standfirst: str = "",
    dateline: str = "",
    published: str = "",
    modified: str = "",
    ld: bool = False,
    authors: tuple[str, ...] = (),
    lang: str = "en",
    cookie: str = "",
    newsletter: str = "",
    tags: tuple[str, ...] = (),
    footer_links: tuple[str, ...] = ("About us", "Contact", "Privacy policy", "Terms of use"),
    copyright_holder: str = "",
    kind: str = "news",
    badge: str = "",
) -> str:
    """Assemble a whole page.  Machine-readable dates appear only when asked:
    ld=True gives JSON-LD NewsArticle; published without ld gives an
    article:published_time meta tag; neither gives no machine-readable date."""
    head: list[str] = []
    if published and not ld:
        head.append(f'<meta property="article:published_time" content="{_attr(published)}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{_attr(modified)}">')
    if ld:
        data: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published,
            "dateModified": modified or published,
            "author": [{"@type": "Person", "name": a} for a in authors],
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "articleSection": section,
        }
        blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">\n{blob}\n</script>')
    head_html = "\n".join(head)
    cookie_html = ""
    if cookie:
        cookie_html = (
            '<div id="cookie-consent" class="cookie-banner" role="dialog" '
            'aria-label="Cookie consent">\n'
            f"<span>{_esc(cookie)}</span>\n"
            '<button type="button" class="accept">Accept all</button>\n'
            '<button type="button" class="manage">Manage preferences</button>\n'
            "</div>"
        )
    standfirst_html = f'<p class="standfirst">{_esc(standfirst)}</p>' if standfirst else ""
    dateline_html = f'<span class="pubdate">{_esc(dateline)}</span>' if dateline else ""
    badge_html = f'<span class="badge">{_esc(badge)}</span>' if badge else ""
    tags_html = ""
    if tags:
        tags_html = '<div class="tags"><span>Topics:</span><ul>' + _links(tags) + "</ul></div>"
    news_html = ""
    if newsletter:
        news_html = (
            '<aside class="newsletter-box">\n'
            "<h2>Newsletter</h2>\n"
            f'<div class="pitch">{_esc(newsletter)}</div>\n'
            '<form action="/newsletter/subscribe" method="post">'
            '<label for="nl-email">Email address</label>'
            '<input id="nl-email" type="email" name="email" placeholder="you@example.com">'
            '<button type="submit">Sign up</button></form>\n'
            "</aside>"
        )
    holder = copyright_holder or site
    return f"""<!DOCTYPE html>
<html lang="{_attr(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<meta name="description" content="{_attr(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:url" content="{_attr(url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
{head_html}
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="page-{_attr(kind)}">
<a class="skip-link" href="#main-content">Skip to content</a>
{cookie_html}
<header class="site-header">
<a class="logo" href="/">{_esc(site)}</a>
<nav aria-label="Main navigation"><ul>
{_links(nav)}
</ul></nav>
<div class="header-tools"><a href="/search">Search</a> <a href="/login">Sign in</a></div>
</header>
<main id="main-content">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo;
<a href="#">{_esc(section)}</a></nav>
<article class="story">
<header class="story-header">
{badge_html}
<h1>{_esc(headline)}</h1>
{standfirst_html}
<div class="story-meta"><span class="byline">{_esc(byline)}</span> {dateline_html}</div>
<ul class="share-bar" aria-label="Share">
<li><a href="#">Share on Facebook</a></li>
<li><a href="#">Share on X</a></li>
<li><a href="#">Share on WhatsApp</a></li>
<li><a href="#">Email</a></li>
</ul>
</header>
<figure class="lead-image">
<img src="/media/lead.jpg" alt="{_attr(caption)}" width="1200" height="675">
<figcaption>{_esc(caption)} <span class="credit">{_esc(credit)}</span></figcaption>
</figure>
<div class="story-body">
{body}
</div>
{tags_html}
</article>
{news_html}
<aside class="sidebar">
<h2>{_esc(sidebar_title)}</h2>
<ol>
{_links(sidebar)}
</ol>
</aside>
</main>
<footer class="site-footer">
<ul>
{_links(footer_links)}
</ul>
<small>&copy; 2026 {_esc(holder)}. All rights reserved.</small>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# cb-GF1  Reserve Bank of India rate decision, Wednesday 7 October 2026
# ---------------------------------------------------------------------------

_CB1_WIRE = _page(
    site="Subcontinent Press Wire",
    url="https://www.spw.example/business/finance/india-cenbank-cuts-repo-rate-idSPW7741K",
    title="India's central bank cuts repo rate to 5.25%, lowers inflation forecast | SPW",
    description="The Reserve Bank of India cut its repo rate by 25 basis points to 5.25% "
    "in a split vote and announced bond purchases.",
    section="Business",
    headline="India's central bank cuts repo rate to 5.25%, lowers inflation forecast",
    byline="By Aarav Khanna and Ritu Malhotra",
    dateline="October 7, 2026 10:14 AM GMT+5:30 · Updated 1:02 PM",
    published="2026-10-07T10:14:00+05:30",
    modified="2026-10-07T13:02:00+05:30",
    ld=True,
    authors=("Aarav Khanna", "Ritu Malhotra"),
    lang="en",
    cookie="We use cookies to personalise content and ads and to analyse our traffic. "
    "You can change your choices at any time.",
    nav=["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Tech"],
    caption="A man walks past the Reserve Bank of India headquarters in Mumbai.",
    credit="SPW/Devika Shah/File Photo",
    body=_body("""
MUMBAI, Oct 7 (SPW) - The Reserve Bank of India cut its key lending rate by 25
basis points to 5.25% on Wednesday, its second reduction this year, saying
inflation had stayed comfortably below target and the economy could use support
as export growth slows.

The six-member Monetary Policy Committee voted 4-2 to lower the repo rate from
5.50%, Governor Harish Mohan Venkataraman said in a statement broadcast at 10 a.m.
(0430 GMT). The two external members Nandita Sehgal and Omkar Deshpande voted to
keep the rate unchanged.

The standing deposit facility rate, the floor of the central bank's interest rate
corridor, was adjusted to 5.00%, and the marginal standing facility rate and the
bank rate to 5.50%. The committee kept its policy stance at neutral, leaving it
room to move in either direction.

Thirty-one of 40 economists polled by SPW last week had expected a quarter-point
cut, while the rest forecast a pause after the larger 50-basis-point reduction in
June. The RBI left rates on hold at its August meeting.

"Inflation has remained benign and below our target, and that gives us room to
support growth without compromising price stability," Venkataraman said. "We will
remain watchful of food prices and of spillovers from volatile global markets."

The central bank lowered its forecast for consumer price inflation in the 2026/27
fiscal year, which ends in March, to 3.1% from the 3.4% it projected in August. It
raised its forecast for economic growth in the year to 6.9% from 6.7%, citing
resilient rural demand and a pick-up in private investment.

Annual retail inflation was 2.6% in August, the latest available reading, and has
been below the RBI's 4% medium-term target since February. Core inflation, which
strips out volatile food and fuel prices, was estimated by economists at about 3.9%.

For the October-December quarter the RBI expects inflation of 2.8%, and 3.3% in
January-March. It sees the rate rising to 4.0% in the April-June quarter of the
next fiscal year, when the effect of a favourable base fades.

Venkataraman told reporters after the statement that the central bank would keep
banking system liquidity in surplus. The RBI announced purchases of government
bonds worth 1.2 trillion rupees ($13.5 billion) through open market operations in
four tranches starting next week.

Indian bonds rallied. The benchmark 10-year government bond yield fell 6 basis
points to 6.21% by 12:30 p.m., while the rupee was little changed at 88.92 per
dollar. The NSE Nifty 50 index was up 0.7%, led by banks and property developers.

"The door is not shut, but the bar for another cut is higher now," said Rohit
Bansal, chief economist at Meridian Capital Securities in Mumbai. "With two members
already voting for a pause, a hold in December looks the likelier outcome."

Deputy Governor Kavita Athreya said the committee had discussed the impact of
weaker overseas demand for Indian goods. Merchandise exports fell for a third
straight month in August, government data showed last month.

The committee's next meeting is scheduled for Dec. 2 to 4.

(Reporting by Aarav Khanna and Ritu Malhotra in Mumbai; Editing by Simon D'Souza)
"""),
    tags=("India", "Central banks", "Interest rates", "Bonds"),
    sidebar_title="Most read",
    sidebar=[
        "Oil climbs 2% to $71.40 as OPEC+ signals deeper output curbs",
        "Bank of Korea holds rate at 2.25% for fourth straight meeting",
        "Sri Lanka's central bank keeps policy rate steady at 7.75%",
        "Adani Ports Q2 profit rises 14%, beats estimates",
        "Fed's Hammond says one more cut possible before year-end",
    ],
    newsletter="Get the morning briefing on Asian markets delivered to your inbox "
    "before the opening bell.",
    footer_links=("About SPW", "Our standards", "Careers", "Advertise", "Privacy", "Cookies"),
    copyright_holder="Subcontinent Press Wire Ltd",
    kind="wire",
)

_CB2_LIVE = _page(
    site="Bharat 24x7",
    url="https://bharat24x7.example/business/rbi-policy-live-updates-repo-rate-decision-mpc-"
    "governor-venkataraman-liveblog-41877",
    title="RBI Policy LIVE Updates: Repo rate cut by 25 bps to 5.25%, stance neutral - "
    "Bharat 24x7",
    description="Follow live updates on the RBI Monetary Policy Committee decision, the "
    "Governor's press conference and market reaction.",
    section="Business",
    headline="RBI Policy LIVE Updates: Repo rate cut by 25 bps to 5.25%; "
    "Governor says inflation benign",
    byline="Bharat 24x7 Business Desk",
    dateline="Last updated: Wednesday, October 7, 2026, 3:40 PM IST",
    published="2026-10-07T09:05:00+05:30",
    modified="2026-10-07T15:40:00+05:30",
    badge="LIVE",
    lang="en-IN",
    cookie="This site uses cookies. By continuing to browse you agree to our use of cookies.",
    nav=["Home", "India", "Business", "Markets", "Cricket", "Entertainment", "Videos", "Live TV"],
    caption="RBI Governor Harish Venkataraman announces the monetary policy decision in "
    "Mumbai.",
    credit="(Photo: Bharat 24x7)",
    body=_live([
        ("3:40 PM IST", "2026-10-07T15:40:00+05:30", """
Markets close: The Sensex ended 0.8% higher at 84,312 and the Nifty 50 rose 0.7% to
25,846 after the rate cut. Rate-sensitive banking and realty stocks led the gains,
with the Nifty Realty index up 2.4%. The 10-year government bond yield closed at
6.22%. That wraps up our live coverage for today. Thank you for staying with us.
"""),
        ("12:20 PM IST", "2026-10-07T12:20:00+05:30", """
“Inflation has stayed benign and below target, which gives us the space to support
growth without compromising on price stability,” Governor Harish Venkataraman told
reporters at the post-policy press conference.

Asked about the rupee, the Governor said the RBI does not target any particular
level and steps in only to curb excessive volatility.
"""),
        ("12:05 PM IST", "2026-10-07T12:05:00+05:30", """
Deputy Governor in charge of monetary policy Kavita Athreya said surplus liquidity in
the banking system averaged about ₹2.9 lakh crore in September. The RBI will buy
government securities worth ₹1.2 lakh crore through open market operations in four
tranches, she said.
"""),
        ("11:35 AM IST", "2026-10-07T11:35:00+05:30", """
Bank reaction: Several lenders, including Konark Bank, said they would review their
repo-linked lending rates over the coming week. Bankers told Bharat 24x7 that deposit
rates could be trimmed from November, once the new liquidity starts to flow.
"""),
        ("11:15 AM IST", "2026-10-07T11:15:00+05:30", """
What it means for your EMI: On a ₹50 lakh home loan with a 20-year tenure, a 25 bps
cut lowers the monthly instalment by roughly ₹790, according to Bharat 24x7
calculations, if your bank passes on the full cut. Loans linked to the repo rate
reset fastest.
"""),
        ("10:40 AM IST", "2026-10-07T10:40:00+05:30", """
Economist reaction: “This is a measured cut. The RBI is buying some insurance against
a sharper slowdown in exports while keeping its options open,” said Shalini Prasad,
chief economist at Konark Bank.
"""),
        ("10:25 AM IST", "2026-10-07T10:25:00+05:30", """
Projections: The RBI has cut its CPI inflation projection for FY27 to 3.1% from 3.4%
earlier. The GDP growth forecast has been raised to 6.9% from 6.7%. Quarterly
inflation projections: Q3 at 2.8%, Q4 at 3.3% and Q1 of FY28 at 4.0%.
"""),
        ("10:08 AM IST", "2026-10-07T10:08:00+05:30", """
How the MPC voted: The decision was 5-1. External member Dr Nandita Sehgal was the
lone dissenter and voted to keep the repo rate unchanged at 5.50%. The Governor said
the committee remained “data-dependent” and would take future decisions meeting by
meeting.
"""),
        ("10:01 AM IST", "2026-10-07T10:01:00+05:30", """
BREAKING: RBI cuts repo rate by 25 basis points to 5.25%. The Standing Deposit
Facility (SDF) rate now stands at 5.00%, and the Marginal Standing Facility (MSF)
rate and the Bank Rate at 5.50%. The stance remains neutral.
"""),
        ("9:40 AM IST", "2026-10-07T09:40:00+05:30", """
Governor Harish Venkataraman will announce the MPC's decision at 10 am. In a Bharat
24x7 survey of 15 bankers and economists, 11 expected a 25 bps cut and the others
expected a pause. Bond traders are watching for any announcement on liquidity.
"""),
        ("9:05 AM IST", "2026-10-07T09:05:00+05:30", """
Good morning and welcome to our live coverage of the Reserve Bank of India's monetary
policy announcement, the fourth of the 2026-27 financial year. The repo rate
currently stands at 5.50% after a 50 bps cut in June and a pause in August. Retail
inflation was 2.6% in August, well below the RBI's 4% target. Stay with us for all
the updates, the Governor's press conference and the market reaction.
"""),
    ]),
    tags=("RBI policy", "Repo rate", "Home loans", "Sensex"),
    sidebar_title="Trending now",
    sidebar=[
        "Gold price today: yellow metal slips ₹420 to ₹1,18,300 per 10 grams",
        "Petrol, diesel prices unchanged for 190th day",
        "IPO watch: three issues open this week, price bands from ₹112",
        "Monsoon withdrew 9 days late, says IMD",
        "India vs Australia: hosts win second ODI by 4 wickets",
    ],
    newsletter="Business Bulletin: the day's top money stories at 7 pm, every weekday.",
    copyright_holder="Bharat 24x7 Media Pvt Ltd",
    kind="live",
)

_CB3_PAPER = _page(
    site="The Deccan Ledger",
    url="https://www.deccanledger.example/business/rbi-cuts-repo-rate-home-loan-borrowers-in-"
    "hyderabad-to-gain-88213",
    title="RBI cuts repo rate by 25 bps; home-loan borrowers in city to gain - "
    "The Deccan Ledger",
    description="Bankers in Hyderabad say EMIs on repo-linked home loans should fall within "
    "weeks after the RBI cut.",
    section="Business",
    headline="RBI cuts repo rate by 25 bps; home-loan borrowers in city to gain",
    standfirst="Repo-linked EMIs to fall within weeks, say bankers; depositors brace for "
    "lower returns",
    byline="Sravani Reddy | Hyderabad",
    dateline="8 October 2026 | Print edition",
    lang="en-IN",
    cookie="We use cookies to improve your experience. Read our cookie policy.",
    nav=["Hyderabad", "Telangana", "Andhra Pradesh", "Nation", "Business", "Sport", "Opinion",
         "E-paper"],
    caption="Customers at a bank branch in Ameerpet.",
    credit="Photo: K. Ramakrishna",
    body=_body("""
The Reserve Bank of India on Thursday lowered its benchmark repo rate by a quarter of a
percentage point to 5.25 per cent, a move that bankers in Hyderabad said should trim
monthly instalments for lakhs of home-loan borrowers in the coming weeks.

RBI Governor Harish Venkataraman announced the decision of the Monetary Policy
Committee (MPC) in Mumbai, saying that price pressures remained subdued. The committee
voted 4-2 in favour of the cut. Professor Omkar Deshpande was among the two members who
preferred to keep the rate unchanged.

“Inflation is benign and below our target. This gives us room to support growth without
compromising price stability,” the Governor said in his statement.

The repo rate had stood at 5.50 per cent since June, when the RBI reduced it by 50 basis
points. The central bank now expects consumer price inflation to average 3.1 per cent
in 2026-27, lower than its August estimate of 3.4 per cent, and the economy to grow by
6.9 per cent.

For a borrower with a ₹50 lakh, 20-year home loan linked to the repo rate, the cut
works out to savings of about ₹790 a month if banks pass it on in full, according to
calculations by The Deccan Ledger. Older loans linked to the marginal cost of
funds-based lending rate (MCLR) will take longer to adjust, bankers said.

“We will reduce our repo-linked lending rate by 25 basis points from October 15,” said
N. Srinivasa Rao, managing director and chief executive of Kakatiya Urban Co-operative
Bank, which has 42 branches across Telangana. “Most of our borrowers are salaried
families in the city, and for them every rupee counts.”

Property developers welcomed the move. Housing sales in Hyderabad rose 9 per cent to
14,850 units in July-September from a year earlier, property consultancy Brickwise
Realty Advisors said last week, and builders hope cheaper loans will sustain demand in
the festive season.

“Dasara and Diwali are when families take the plunge. A lower EMI at this time is a
push in the right direction,” said K. Mahender, president of the Telangana Builders'
Forum.

Depositors, however, are bracing for lower returns. Banks typically follow a cut in the
repo rate by trimming interest on fixed deposits within a month or two.

“My pension and my deposit interest are all I have. Every time rates come down, my
monthly income comes down with them,” said P. Lakshmi Narayana, 68, a retired
schoolteacher in Kukatpally who keeps most of his savings in a five-year deposit.

The RBI also announced purchases of government securities worth ₹1.2 lakh crore to
keep liquidity in the banking system in surplus, which bankers said would help lenders
cut deposit and lending rates without squeezing margins.

Stock markets cheered the decision, with the Sensex closing 0.8 per cent higher, led by
banking and realty shares.

The MPC will next meet from December 2 to 4.
"""),
    tags=("RBI", "Home loans", "Hyderabad real estate"),
    sidebar_title="Related stories",
    sidebar=[
        "GHMC approves ₹640-crore flyover plan for Uppal junction",
        "Telangana's GST collections rise 11% in September",
        "Metro ridership crosses 5.2 lakh on Saturday, a record",
        "Gold loan companies see 18% jump in demand in twin cities",
    ],
    newsletter="The Ledger Morning Brief: Hyderabad's news in five minutes, every day at 6 am.",
    copyright_holder="Deccan Ledger Publications",
    kind="newspaper",
)

_CB4_TRADE = _page(
    site="Ledgerline Markets",
    url="https://ledgerline.example/rates/rbi-omo-surprise-drives-bond-rally-after-quarter-"
    "point-cut",
    title="RBI's OMO surprise drives bond rally after quarter-point cut | Ledgerline Markets",
    description="The size of the RBI's bond purchases, not the cut itself, moved the gilt "
    "market on policy day.",
    section="Rates & Bonds",
    headline="RBI's OMO surprise drives bond rally after quarter-point cut",
    standfirst="Call rates set to drift toward the new SDF floor; curve steepens as "
    "five-year yields fall 9 bps",
    byline="By Karthik Subramanian, Fixed Income Editor",
    dateline="7 Oct 2026, 16:40 IST",
    published="2026-10-07T16:40:00+05:30",
    ld=True,
    authors=("Karthik Subramanian",),
    lang="en-IN",
    cookie="Ledgerline uses essential and analytics cookies. Manage your settings.",
    nav=["Markets", "Rates & Bonds", "Currencies", "Commodities", "Funds", "Data", "Pro"],
    caption="Traders on a bond dealing desk in Mumbai's Nariman Point.",
    credit="Ledgerline/File",
    body=_body("""
The Reserve Bank of India's quarter-point cut on Wednesday came with a heavier-than-
expected liquidity package, and that, more than the rate move itself, drove a rally in
government bonds that held through the close.

The Monetary Policy Committee lowered the repo rate to 5.25% from 5.50% in a 4-2 vote,
with external members Dr Nandita Sehgal and Prof Omkar Deshpande dissenting in favour
of a hold. The standing deposit facility (SDF) rate, which sets the floor of the
corridor, moved to 5.00% and the marginal standing facility (MSF) rate to 5.50%.

That matters for the overnight market. The weighted average call rate has traded close
to the old SDF rate of 5.25% for most of the past two months because liquidity has been
in surplus, so in practice it should now drift toward 5.00% rather than toward the new
repo rate.

The RBI will buy ₹1.2 lakh crore (about $13.5 billion) of government bonds through open
market operations in four tranches of ₹30,000 crore each, the first on October 14.
Dealers had expected purchases of ₹50,000 crore to ₹75,000 crore before the end of
December.

The 10-year benchmark yield closed at 6.22%, 5 basis points lower on the day, after
touching an intraday low of 6.19%. The five-year yield fell 9 basis points to 5.87%,
steepening the curve as the shorter end priced in the cut and the purchases.

“The OMO announcement is the real story. The cut was priced; the size of the purchases
was not,” said Ananya Ghoshal, head of fixed income at Sahyadri Asset Management in
Pune. “We think the 10-year can test 6.10% before December.”

The central bank lowered its inflation projection for 2026-27 to 2.7% from 3.4% and
raised its growth estimate to 6.9% from 6.7%. Governor Harish Venkataraman said the
committee would keep a close eye on food prices, and repeated that the RBI does not
target a level for the rupee, which ended at 88.95 per dollar.

The cash reserve ratio was left unchanged at 3%.

Not everyone reads the decision as the start of a deeper cycle. “Two dissents tell you
the committee is split on how much further to go,” said Vivek Arora, a rates strategist
at Konark Bank in Mumbai. “We see the RBI on hold in December unless food prices fall
sharply.”

Overnight indexed swaps ended the day pricing roughly a 30% chance of another cut by
February, down from about 45% before the announcement, according to dealers.

Supply remains the main risk for bond bulls. State governments plan to borrow ₹2.6 lakh
crore in October-December, according to the indicative calendar, and several dealers
said the RBI's purchases would largely offset that supply rather than push yields much
lower.

Corporate bond spreads narrowed by 3 to 5 basis points for top-rated three-year paper,
and treasury bill yields fell across the curve, with the 91-day bill ending at 5.11%.
"""),
    tags=("RBI", "Government bonds", "Liquidity", "OMO"),
    sidebar_title="Data & analysis",
    sidebar=[
        "Chart: India's 10-year yield has fallen 64 bps since January",
        "State development loan spreads widen to 48 bps",
        "Rupee forwards: one-year premium eases to 2.1%",
        "Bank credit growth slows to 10.8% in September fortnight",
    ],
    newsletter="Ledgerline Rates Daily: yields, liquidity and auction calendars, 8 am IST.",
    copyright_holder="Ledgerline Media LLP",
    kind="trade",
)

_CB = {
    "id": "cb-GF1",
    "part": "GF",
    "domain": "central bank",
    "fetched": "2026-10-09",
    "articles": [
        {"url": "https://www.spw.example/business/finance/india-cenbank-cuts-repo-rate-"
                "idSPW7741K", "html": _CB1_WIRE},
        {"url": "https://bharat24x7.example/business/rbi-policy-live-updates-repo-rate-"
                "decision-mpc-governor-venkataraman-liveblog-41877", "html": _CB2_LIVE},
        {"url": "https://www.deccanledger.example/business/rbi-cuts-repo-rate-home-loan-"
                "borrowers-in-hyderabad-to-gain-88213", "html": _CB3_PAPER},
        {"url": "https://ledgerline.example/rates/rbi-omo-surprise-drives-bond-rally-after-"
                "quarter-point-cut", "html": _CB4_TRADE},
    ],
    "planted": [
        ("MPC vote split", r"\b4\s*[-–]\s*2\b", r"\b5\s*[-–]\s*1\b"),
        ("weekday of the decision", r"\bwednesday\b", r"\bthursday\b"),
        ("FY2026-27 CPI inflation projection", r"\b3\.1\b", r"\b2\.7\b"),
    ],
}

# ---------------------------------------------------------------------------
# el-GF2  Pokhara mayoral by-election, polling Saturday 14 November 2026,
#         result declared Monday 16 November 2026
# ---------------------------------------------------------------------------

_EL1_WIRE = _page(
    site="Himalayan Newswire",
    url="https://www.himalayannewswire.example/nepal/politics/gurung-wins-pokhara-mayoral-"
    "by-election-hnw-20461",
    title="Gurung wins Pokhara mayoral by-election by 6,565 votes | Himalayan Newswire",
    description="Anjana Kumari Gurung of the Sajha Nagarik Manch wins the Pokhara mayoral "
    "by-election after a two-day count.",
    section="Politics",
    headline="Gurung wins Pokhara mayoral by-election by 6,565 votes",
    byline="By Tsering Dolma Sherpa",
    dateline="16 November 2026, 14:05 NPT",
    published="2026-11-16T14:05:00+05:45",
    ld=True,
    authors=("Tsering Dolma Sherpa",),
    lang="en",
    cookie="We use cookies for analytics and to remember your preferences.",
    nav=["Nepal", "South Asia", "World", "Business", "Politics", "Sport", "Photos"],
    caption="Anjana Kumari Gurung is garlanded by supporters outside the counting centre in "
    "Pokhara.",
    credit="HNW/Bishal Shrestha",
    body=_body("""
POKHARA, Nepal, Nov 16 (HNW) - Anjana Kumari Gurung of the Sajha Nagarik Manch won the
by-election for mayor of Pokhara Metropolitan City on Monday, defeating her nearest
rival by 6,565 votes after a two-day count, election officials said.

Gurung secured 61,482 votes against 54,917 for Bikram Thapa Magar of the Loktantrik
Bikas Party, chief returning officer Hari Prasad Bhusal told reporters at the counting
centre at about 1:30 p.m. Independent candidate Dinesh Prasad Poudel came third with
12,306 votes, while 11 other candidates shared 3,871 votes between them.

Voting took place on Saturday across the 33 wards of the lakeside city, the capital of
Gandaki Province, about 200 km (125 miles) west of Kathmandu. Final figures showed that
136,764 of the 214,350 registered voters cast ballots, a turnout of 63.8%. Officials
declared 4,188 ballots invalid.

The Election Commission had put provisional turnout at about 61% on Saturday evening,
before reports from all polling centres had been compiled.

Counting began on Saturday night and continued through Sunday, with Gurung ahead from
the first wards counted. Her lead narrowed to about 3,800 votes on Sunday evening before
results from the central wards, where she had campaigned hardest, widened it again.

"This victory belongs to the people of Pokhara, who want clean roads, clean water and
a clean city hall," Gurung, 44, told supporters who gathered outside the counting
centre with garlands and drums. "I will also work for the wards that did not vote for
me."

Thapa Magar conceded defeat in a post on social media, saying he respected the verdict
and would continue to work for the city's residents. "The people have spoken, and I
accept what they have said," he wrote.

The seat fell vacant in July when mayor Rajendra Baral resigned to join the Gandaki
provincial cabinet. Baral had won the post in the 2022 local elections with 58,112
votes. Gurung will serve the rest of the term, which ends with the next nationwide
local elections due in 2027.

Gurung, a civil engineer who chaired Ward 8 from 2017 to 2022, campaigned on repairing
the city's roads, many of which were damaged by monsoon flooding in August, and on
completing a drinking water project that has been delayed for nearly a decade.

Ramkrishna Ghimire, a joint secretary and spokesperson of the Election Commission, said
polling had been largely peaceful. Voting at one centre in Ward 17 was delayed by about
40 minutes after a scuffle between supporters of rival candidates, he said, and police
detained two people.

Gurung's party, the Sajha Nagarik Manch, was founded in 2021 and until now had won only
ward-level seats in Pokhara. The Loktantrik Bikas Party had held the mayor's office
since the 2022 elections.

Political parties in Kathmandu watched the contest closely as an early test of their
strength ahead of the 2027 local polls. Pokhara, a gateway to the Annapurna trekking
region, is Nepal's largest metropolitan city by area.
"""),
    tags=("Nepal", "Elections", "Pokhara"),
    sidebar_title="Latest from Nepal",
    sidebar=[
        "Nepal's remittance inflows rise 14% in first quarter of fiscal year",
        "Everest climbing permits for spring to cost $15,000",
        "Kathmandu air quality index crosses 210 as winter smog returns",
        "Melamchi water supply resumes after 9-day halt",
    ],
    newsletter="South Asia Daily from HNW: headlines from Kathmandu, Delhi, Dhaka and "
    "Colombo each morning.",
    footer_links=("About HNW", "Editorial policy", "Contact", "Privacy"),
    copyright_holder="Himalayan Newswire Pvt Ltd",
    kind="wire",
)

_EL2_LIVE = _page(
    site="Seti Valley TV",
    url="https://setivalleytv.example/live/pokhara-by-election-counting-live-updates",
    title="Pokhara by-election counting LIVE: Gurung declared winner - Seti Valley TV",
    description="Live updates from the Bagar counting centre as votes in the Pokhara "
    "mayoral by-election are counted.",
    section="Pokhara",
    headline="Pokhara mayoral by-election counting LIVE: Anjana Gurung declared winner",
    byline="Seti Valley TV news team",
    dateline="Updated 16 November 2026, 1:50 pm. All times are Nepal Time (NPT).",
    published="2026-11-15T08:00:00+05:45",
    modified="2026-11-16T13:50:00+05:45",
    badge="LIVE",
    lang="en",
    cookie="Seti Valley TV uses cookies to keep the live page updating smoothly.",
    nav=["Home", "Pokhara", "Gandaki", "Nepal", "Tourism", "Sport", "Watch live"],
    caption="Election staff count ballots at the Bagar counting centre.",
    credit="Seti Valley TV",
    body=_live([
        ("Monday 1:50 pm", "2026-11-16T13:50:00+05:45", """
RESULT: Anjana Kumari Gurung of the Sajha Nagarik Manch has been declared the new
mayor of Pokhara. Final tally: Gurung 61,482, Bikram Thapa Magar 54,917, Dinesh Prasad
Poudel 12,306. Chief returning officer Hari Prasad Bhusan made the announcement at
1:30 pm at the Bagar counting centre.

“This victory belongs to the people of Pokhara. They want clean roads, clean water and
a clean city hall,” Gurung told the crowd.
"""),
        ("Monday 1:10 pm", "2026-11-16T13:10:00+05:45", """
Counting in the last ward, Ward 33, is complete, the returning officer's office says.
The figures are being checked before the official declaration.
"""),
        ("Monday 12:30 pm", "2026-11-16T12:30:00+05:45", """
“Whatever the result, the people of Pokhara have shown they want change at city hall,”
independent candidate Dinesh Prasad Poudel said at his campaign office in Ward 28, where
supporters had gathered to follow the count. He said he would keep working on the
issues he campaigned on: traffic, parking and the cost of water tankers in the outer
wards.
"""),
        ("Monday 11:15 am", "2026-11-16T11:15:00+05:45", """
Gurung's supporters have started gathering at Lakeside with drums, flags and
vermilion powder. Her campaign office says she will speak after the declaration.
"""),
        ("Monday 10:00 am", "2026-11-16T10:00:00+05:45", """
Turnout update: Officials at the counting centre say the final turnout figure will be
published with the result, once ballots from all 33 wards have been reconciled with the
voter rolls. The Election Commission's figure of about 61% released on Saturday evening
was provisional.
"""),
        ("Monday 8:30 am", "2026-11-16T08:30:00+05:45", """
Counting has resumed with six wards left to count. Officials expect the final result
around midday.
"""),
        ("Sunday 10:30 pm", "2026-11-15T22:30:00+05:45", """
Counting has been halted for the night with 27 of 33 wards tallied. Gurung 49,215;
Thapa Magar 44,380; Poudel 9,870. Gurung's lead is now 4,835 votes.
"""),
        ("Sunday 8:45 pm", "2026-11-15T20:45:00+05:45", """
Gurung's campaign manager, Sushil Adhikari, says the team is “cautiously confident”.
“The central wards have not all been counted yet, and that is where our strongest
support is,” he told Seti Valley TV.
"""),
        ("Sunday 6:00 pm", "2026-11-15T18:00:00+05:45", """
Results from 21 of 33 wards: Gurung 38,940; Thapa Magar 35,112; Poudel 7,805. The gap
between the two front-runners is 3,828 votes.
"""),
        ("Sunday 3:15 pm", "2026-11-15T15:15:00+05:45", """
“It is a close race and every ward matters. We will wait for the final count before
saying anything more,” Bikram Thapa Magar told Seti Valley TV outside the counting
centre.
"""),
        ("Sunday 12:40 pm", "2026-11-15T12:40:00+05:45", """
The Loktantrik Bikas Party has filed a complaint over damaged seals on two ballot boxes
from Ward 9. Chief returning officer Bhusan said the boxes were inspected in the
presence of party representatives and counting would continue.
"""),
        ("Sunday 9:30 am", "2026-11-15T09:30:00+05:45", """
About 400 staff are working in shifts at the Bagar centre, and representatives of all
the candidates are allowed inside to observe. Ballot boxes are opened ward by ward, and
results are announced after each ward is tallied.
"""),
        ("Sunday 8:00 am", "2026-11-15T08:00:00+05:45", """
Good morning. Counting of votes from Saturday's mayoral by-election in Pokhara, the
capital of Gandaki Province, continues at the Bagar counting centre. Fourteen candidates
are in the race. The Election Commission put provisional turnout at about 61% on
Saturday evening.

The by-election was called after former mayor Rajendra Baral resigned in July to join
the provincial cabinet. Counting of the first wards began late on Saturday night under
tight security, with 1,200 police personnel deployed across the city on polling day.

Stay with Seti Valley TV for ward-by-ward results, reactions from the candidates and the
final declaration.
"""),
    ]),
    tags=("Pokhara by-election", "Election 2026", "Gandaki"),
    sidebar_title="Also on Seti Valley TV",
    sidebar=[
        "Phewa Lake boating suspended for 2 days after strong winds",
        "Pokhara airport handles 38 international flights in October",
        "Annapurna Circuit trekker numbers up 22% this autumn",
        "Kaski district records 312 dengue cases since August",
    ],
    newsletter="Get Seti Valley TV's evening bulletin by email, Sunday to Friday.",
    copyright_holder="Seti Valley Television Pvt Ltd",
    kind="live",
)

_EL3_PAPER = _page(
    site="The Kathmandu Chronicle",
    url="https://kathmanduchronicle.example/national/gurung-takes-pokhara-manch-wins-its-"
    "biggest-local-prize",
    title="Gurung takes Pokhara as Manch wins its biggest local prize - The Kathmandu Chronicle",
    description="The Pokhara mayoral by-election result and what it means for the parties "
    "before next year's local polls.",
    section="National",
    headline="Gurung takes Pokhara as Manch wins its biggest local prize",
    standfirst="Margin larger than expected, but analysts see a city split between its core "
    "and its outer wards",
    byline="Srijana Lama, Pokhara",
    dateline="Tuesday, 17 November 2026",
    lang="en",
    cookie="By using this site you accept our use of cookies.",
    nav=["National", "Politics", "Valley", "Money", "World", "Opinion", "Sports", "Culture"],
    caption="Newly elected mayor Anjana Gurung waves to supporters in Pokhara on Monday.",
    credit="Photo: Chronicle",
    body=_body("""
POKHARA - Anjana Gurung's victory in Pokhara's mayoral by-election has handed the Sajha
Nagarik Manch its biggest local prize yet and given a bruised Loktantrik Bikas Party
something to think about before next year's local elections.

Gurung won 61,482 votes to 54,917 for Bikram Thapa, the Loktantrik Bikas Party
candidate, according to the final results announced on Monday by chief returning officer
Hari Prasad Bhusal. That gave her 46.4 percent of the valid votes against 41.4 percent
for Thapa. Independent Dinesh Poudel took just over 9 percent.

Pokhara, the capital of Lumbini Province and the country's most important tourism hub,
went to the polls on Saturday. Turnout was nearly 64 percent, slightly lower than in the
2022 local elections.

“The margin is bigger than most people expected, but it is not a landslide,” said Puja
Rana, who teaches political science at Tribhuvan University. “The Manch won the city's
core. Thapa won the outer wards that were merged into Pokhara in 2014. That divide will
matter in 2027.”

Gurung, a civil engineer and former ward chair, ran a campaign built almost entirely on
municipal services: potholed roads, a water supply project that has been stuck for
nearly a decade, and rubbish collection in the lakeside tourist district.

“This win belongs to Pokhara's people. They want clean roads, clean water and a clean
city hall,” she said on Monday after the result was declared.

Hoteliers, who make up one of the city's most organised lobbies, said they would hold
the new mayor to that promise. “Tourists come here for the lake and the mountains. They
should not have to leave with memories of dust and broken pavements,” said Min Bahadur
Gurung, president of the Pokhara Hotel Association, who is not related to the mayor.

The tourism industry also wants the city to push for more international flights to
Pokhara International Airport, which opened in January 2023 but still handles only a
handful of regular international services.

The by-election was called after former mayor Rajendra Baral stepped down in July to
become a minister in the provincial government. Gurung will serve the remainder of his
term.

Thapa said on Monday evening that he accepted the result. His party's district leaders
blamed the loss on low turnout in the outer wards, where many young voters work abroad
or in Kathmandu.

For the Manch, which was founded in 2021 and has so far been strongest in city wards,
the result is a sign that it can win a mayoral race outright. Its leaders in Kathmandu
were quick to claim momentum. “Pokhara has shown the way,” the party's general secretary,
Rabindra Karki, said in a statement.

The new mayor is expected to take the oath of office later this week. Her first test
will be the city's budget review, due before the end of the Nepali month of Mangsir.
"""),
    tags=("Pokhara", "Local elections", "Sajha Nagarik Manch"),
    sidebar_title="Most read",
    sidebar=[
        "Fuel prices cut by Rs 3 per litre from midnight",
        "Government to hire 9,000 teachers by Falgun",
        "Kathmandu-Terai expressway 61% complete, says army",
        "Editorial: The slow death of the provincial budget",
    ],
    newsletter="Chronicle Weekend: long reads and analysis every Saturday.",
    copyright_holder="Chronicle Publications Pvt Ltd",
    kind="newspaper",
)

_EL4_DATA = _page(
    site="Matdata Lab",
    url="https://matdatalab.example/analysis/pokhara-by-election-in-numbers",
    title="Pokhara by-election in numbers: where Gurung won and Thapa Magar held on | "
    "Matdata Lab",
    description="Ward-level turnout and results from the Pokhara mayoral by-election.",
    section="Analysis",
    headline="Pokhara by-election in numbers: where Gurung won and Thapa Magar held on",
    standfirst="Ward-level data show a lower but resilient turnout and a clear core-periphery "
    "split",
    byline="By Aashish Dahal, data editor",
    dateline="16 Nov 2026 · 7:20 pm NPT",
    published="2026-11-16T19:20:00+05:45",
    lang="en",
    cookie="We use only privacy-friendly analytics. No advertising cookies.",
    nav=["Analysis", "Elections", "Data", "Maps", "Methodology", "Newsletter"],
    caption="Map: winning candidate by ward, Pokhara mayoral by-election.",
    credit="Matdata Lab; data from the chief returning officer's office",
    body=_body("""
Final results for Saturday's Pokhara mayoral by-election, published by the chief
returning officer on Monday afternoon, give Anjana K. Gurung 61,842 votes, or about 46%
of the valid vote, and put Bikram Thapa Magar on 54,917. Here is what the ward-level
data show.

Turnout. In all, 136,764 of 214,350 registered voters cast a ballot, a turnout of 63.8%.
That is down from 66.1% in the 2022 local elections, when the mayoral race was held
alongside ward and deputy mayor contests. By-elections usually draw fewer voters, and
against that background the drop is modest.

Turnout varied widely across the city. It was highest in Ward 31, at 71.2%, and lowest
in Ward 6, at 55.9%. Ward 6 covers part of the lakeside tourist district, where many
registered voters work away from home for much of the year.

Geography. Gurung carried 19 of the 33 wards, Thapa Magar 13 and Dinesh P. Poudel one,
Ward 28, where he lives. Gurung's strongest result was in Ward 8, which she chaired from
2017 to 2022; there she took 58% of the vote. Thapa Magar's best results came in the
eastern wards of the former Lekhnath municipality, which merged with Pokhara in 2014.

The split is stark. In the 18 wards of the old Pokhara sub-metropolis, Gurung won 15
and Thapa Magar three.
In the 15 wards that came from Lekhnath and surrounding village councils, Thapa Magar
won 10, Gurung four and Poudel one. A candidate who can close that gap in 2027 will be hard to beat.

The count. Counting took about 40 hours from the first ballot box opened on Saturday
night to the declaration. At 6 pm on Sunday, with 21 wards counted, Gurung led by 3,828
votes; by 10:30 pm, with 27 wards in, her lead had grown to 4,835.

Invalid votes. A total of 4,188 ballots, 3.1% of those cast, were rejected. That is
slightly lower than the 3.6% rejected in the mayoral race in 2022, which election
officials put down to a simpler single-contest ballot paper.

Women voters. Polling-centre records show that women made up 51.2% of those who voted,
slightly above their 50.4% share of the electoral roll. Campaign teams for both
front-runners had run separate outreach programmes for women's groups and savings
cooperatives.

Smaller candidates. Eleven other candidates received 3,871 votes between them; none
passed 1,000 votes. Poudel, a businessman running as an independent, won 12,306 votes,
about 9% of the valid vote.

What it means. A by-election in the gateway city to the Annapurnas is not a national
vote, and it would be unwise to read too much into it. But it is the largest electoral
test since the general election, and the Gandaki provincial capital has often been an
early indicator of shifts in urban opinion.

Data: chief returning officer's office, Pokhara; Election Commission of Nepal. Ward
figures were compiled by Matdata Lab from result sheets published at the counting
centre and may differ slightly from the gazetted results.
"""),
    tags=("Elections", "Pokhara", "Turnout", "Data"),
    sidebar_title="More analysis",
    sidebar=[
        "Nepal's youngest voters: 1.9 million new registrations since 2022",
        "How Kathmandu's 32 wards voted in 2022",
        "Swing calculator: what a 5-point shift would mean in 2027",
        "Explainer: Why postal voting never took off in Nepal",
    ],
    newsletter="Numbers first: one chart about Nepal's politics, every Friday.",
    copyright_holder="Matdata Lab",
    kind="trade",
)

_EL = {
    "id": "el-GF2",
    "part": "GF",
    "domain": "election",
    "fetched": "2026-11-18",
    "articles": [
        {"url": "https://www.himalayannewswire.example/nepal/politics/gurung-wins-pokhara-"
                "mayoral-by-election-hnw-20461", "html": _EL1_WIRE},
        {"url": "https://setivalleytv.example/live/pokhara-by-election-counting-live-updates",
         "html": _EL2_LIVE},
        {"url": "https://kathmanduchronicle.example/national/gurung-takes-pokhara-manch-wins-"
                "its-biggest-local-prize", "html": _EL3_PAPER},
        {"url": "https://matdatalab.example/analysis/pokhara-by-election-in-numbers",
         "html": _EL4_DATA},
    ],
    "planted": [
        ("winner's final vote total", r"\b61,?482\b", r"\b61,?842\b"),
        ("surname of the chief returning officer", r"\bbhusal\b", r"\bbhusan\b"),
        ("province of which Pokhara is the capital", r"\bgandaki\b", r"\blumbini\b"),
    ],
}

# ---------------------------------------------------------------------------
# ct-GF3  Supreme Court of India, Palar river pollution ruling,
#         Tuesday 15 September 2026 (CONTROL)
# ---------------------------------------------------------------------------

_CT1_LEGAL = _page(
    site="BenchNotes",
    url="https://benchnotes.example/supreme-court/sundaram-organics-palar-pollution-polluter-"
    "pays-compensation-reduced",
    title="Supreme Court upholds polluter-pays liability of Sundaram Organics, cuts "
    "compensation to ₹312 crore | BenchNotes",
    description="A three-judge bench upheld the NGT's finding of liability for Palar river "
    "pollution but reduced the environmental compensation.",
    section="Supreme Court",
    headline="Supreme Court upholds polluter-pays liability of Sundaram Organics, cuts "
    "compensation to ₹312 crore",
    standfirst="Bench says polluter-pays principle “is a principle of responsibility, not of "
    "convenience”; orders restoration fund and compliance report",
    byline="By Nivedita Balasubramanian",
    dateline="15 Sep 2026, 2:20 pm",
    published="2026-09-15T14:20:00+05:30",
    ld=True,
    authors=("Nivedita Balasubramanian",),
    lang="en-IN",
    cookie="BenchNotes uses cookies to remember your reading list and for analytics.",
    nav=["Supreme Court", "High Courts", "Tribunals", "Columns", "Judgments", "Jobs"],
    caption="The Supreme Court of India in New Delhi.",
    credit="BenchNotes archive",
    body=_body("""
A three-judge bench of the Supreme Court on Tuesday upheld the National Green Tribunal's
finding that Sundaram Organics Ltd is liable for contaminating groundwater and stretches
of the Palar river near Ranipet in Tamil Nadu, but reduced the environmental
compensation the company must pay from ₹450 crore to ₹312 crore.

The bench of Justices Meera Krishnaswamy, Anil Varma Dutt and Rafiq Ahmed Lone was
unanimous. Justice Krishnaswamy wrote the 148-page judgment, which was pronounced in open
court at 10:30 am.

The company had challenged the tribunal's order of March 12, 2024 on two grounds: that
it had been held responsible for pollution caused by tanneries and other units in the
Ranipet industrial belt, and that the tribunal had fixed compensation without a proper
scientific assessment.

The court rejected the first argument on liability. It found that the tribunal's expert
committee had traced elevated levels of chromium, chlorides and total dissolved solids
in wells in 14 villages to discharges from the company's effluent treatment plant, and
that the company had not rebutted that evidence.

But it agreed in part on the quantum. The tribunal's figure of ₹450 crore, the court
said, included the cost of cleaning up three sites that the expert committee's own
report attributed to tanneries that closed before 2009.

“The polluter pays principle is a principle of responsibility, not of convenience. It
requires the polluter to pay for the harm it has caused, and not for every harm that a
river has suffered,” the court held.

The company must pay the reduced sum of ₹312 crore within 12 weeks into a dedicated
Palar Restoration Fund. The fund will be administered by a committee chaired by a
retired judge of the Madras High Court, with the member secretary of the Tamil Nadu
Pollution Control Board and a scientist nominated by the Central Pollution Control Board
as members.

The court also directed the Tamil Nadu Pollution Control Board to file a compliance
report within six months on the remediation of the affected wells and to ensure that
residents of the 14 villages are supplied with safe drinking water in the meantime. The
matter will be listed in March 2027 to review compliance.

Senior advocate Vikram Rao Chandrasekhar, appearing for Sundaram Organics, had argued
that the company had invested more than ₹90 crore in upgrading its treatment plant since
2021 and should not be made to bear “the sins of an entire industrial district”.

Advocate Anitha Selvaraj, appearing for the Palar Residents' Welfare Forum, which first
approached the tribunal in 2019, had argued that the affected area was larger and
covered 22 villages. The court declined to expand the area, saying the forum's estimate
was not supported by the sampling data before it.

The judgment draws heavily on the court's 1996 ruling in Vellore Citizens' Welfare Forum
v. Union of India, which arose from tannery pollution in the same river basin and first
applied the polluter pays and precautionary principles as part of Indian environmental
law.

Case: Sundaram Organics Ltd v. Palar Residents' Welfare Forum & Ors, Civil Appeal
arising from the NGT's order in Original Application No. 214 of 2019.
"""),
    tags=("Environment", "Polluter pays", "NGT", "Tamil Nadu"),
    sidebar_title="Trending on BenchNotes",
    sidebar=[
        "Delhi High Court grants bail to 3 accused in GST fraud case",
        "Constitution bench to hear 11 petitions on governors' assent powers",
        "Bombay HC imposes ₹5 lakh costs for frivolous PIL",
        "NCLAT sets aside insolvency admission over ₹2.4 crore debt",
    ],
    newsletter="The BenchNotes Brief: every important judgment of the day, delivered at 8 pm.",
    copyright_holder="BenchNotes Legal Media",
    kind="trade",
)

_CT2_WIRE = _page(
    site="Tri-Ocean Wire",
    url="https://www.triocean.example/india/india-top-court-cuts-pollution-penalty-on-"
    "sundaram-organics-upholds-liability-TOW1193",
    title="India top court cuts pollution penalty on Sundaram Organics, upholds liability - "
    "Tri-Ocean Wire",
    description="India's Supreme Court reduced the environmental compensation payable by "
    "Sundaram Organics for Palar river pollution.",
    section="India",
    headline="India top court cuts pollution penalty on Sundaram Organics, upholds liability",
    byline="By Rahul Menon",
    dateline="September 15, 2026 12:48 PM IST",
    published="2026-09-15T12:48:00+05:30",
    lang="en",
    cookie="We and our partners use cookies. Accept to continue.",
    nav=["World", "India", "Asia", "Business", "Markets", "Climate", "Video"],
    caption="Effluent flows into a canal near Ranipet, Tamil Nadu, in a 2024 photo.",
    credit="Tri-Ocean Wire/S. Karthik",
    body=_body("""
NEW DELHI, Sept 15 (Tri-Ocean) - India's Supreme Court on Tuesday upheld a ruling that
chemicals maker Sundaram Organics Ltd polluted groundwater and a river in the southern
state of Tamil Nadu, but cut the compensation it must pay to 3.12 billion rupees ($35.2 million)
from 4.5 billion rupees.

The ruling, pronounced at 10:30 a.m. (0500 GMT), was written by Justice Meera
Krishnaswamy on behalf of a three-judge bench. It upheld the core of a 2024 order by the
National Green Tribunal, India's specialised environmental court, which had found that
effluent from the company's plant near the town of Ranipet had contaminated wells in
14 villages.

The court said the tribunal had wrongly included in its calculation the cost of cleaning
up sites that its own expert panel had linked to leather tanneries that shut down years
ago.

"The polluter pays principle is a principle of responsibility, not of convenience," the
court said in its judgment. "It requires the polluter to pay for the harm it has
caused, and not for every harm that a river has suffered."

Shares of Sundaram Organics fell as much as 6.1% in early trade on the National Stock
Exchange after the ruling, and were down 4.9% at 12:30 p.m., while the broader Nifty 50
index was flat.

"The company respects the Supreme Court's judgment and will study it in detail before
deciding its next steps," a company spokesperson said in an emailed statement. The
company did not say whether it would seek a review.

Sundaram Organics, which makes speciality chemicals used in dyes, pharmaceuticals and
leather processing, reported revenue of 28.6 billion rupees in the year ended March
2026. Its Ranipet plant employs about 1,900 people.

Residents of the affected villages, about 38,000 people in all, have relied on water
delivered by tanker for much of the past five years, according to the Palar Residents'
Welfare Forum, the group that first went to the tribunal.

"The amount is lower than we wanted, but the judgment settles the question of who is
responsible, and that was the question that mattered most," said Anitha Selvaraj, the
forum's lawyer. "Now the money must reach the villages."

The court ordered the company to deposit the money within 12 weeks into a restoration
fund overseen by a committee headed by a retired judge. It also ordered the state
pollution regulator to file a compliance report within six months.

The Palar basin has a long history of industrial pollution. In a landmark 1996 ruling
arising from tannery pollution in the same basin, the Supreme Court first recognised
the polluter pays principle as part of Indian law.

Environmental lawyers said the judgment could influence several pending cases in which
companies in industrial clusters have been asked to pay for pollution built up over
decades. "The court is telling tribunals to do the arithmetic properly, not to go easy
on polluters," said Kunal Bhardwaj, a New Delhi lawyer who specialises in environmental
cases.

($1 = 88.60 Indian rupees)

(Reporting by Rahul Menon; Editing by Sunita Roy)
"""),
    tags=("India", "Environment", "Courts", "Chemicals"),
    sidebar_title="Related coverage",
    sidebar=[
        "India's monsoon rains end 6% above average",
        "Tamil Nadu signs ₹12,000 crore EV battery plant deal",
        "Pakistan's Supreme Court adjourns tax case hearing to Oct. 20",
        "India's chemical exports rise 8.5% in April-August",
    ],
    footer_links=("About Tri-Ocean", "Editorial standards", "Contact", "Privacy", "Terms"),
    copyright_holder="Tri-Ocean Wire Services",
    kind="wire",
)

_CT3_PAPER = _page(
    site="The Vellore Herald",
    url="https://vellore-herald.example/ranipet/sc-ruling-brings-hope-to-palar-villages-but-"
    "tanker-wait-continues",
    title="SC ruling brings hope to Palar villages, but the wait for clean water continues | "
    "The Vellore Herald",
    description="Residents of villages near Ranipet react to the Supreme Court verdict on "
    "Sundaram Organics.",
    section="Ranipet",
    headline="SC ruling brings hope to Palar villages, but the wait for clean water continues",
    standfirst="Farmers welcome verdict fixing responsibility; many say compensation must "
    "reach the wells quickly",
    byline="By Our Staff Reporter",
    dateline="Wednesday, September 16, 2026",
    lang="en-IN",
    cookie="This website uses cookies. OK",
    nav=["Vellore", "Ranipet", "Tirupattur", "Tamil Nadu", "India", "Sports", "Classifieds"],
    caption="A water tanker supplies residents at Vannivedu near Ranipet.",
    credit="Photo: V. Senthil",
    body=_body("""
RANIPET - For Murugesan, a 61-year-old paddy farmer in Vannivedu, the Supreme Court's
verdict on Tuesday came down to one question: when will the water in his well be fit to
drink again?

“We have been buying water from tankers for five years. My grandchildren do not know
what our well water tasted like,” he said, standing beside the well behind his house,
its water a dull yellow.

A Bench of Justices M. Krishnaswamy, A.V. Dutt and R.A. Lone held that Sundaram Organics
Ltd was responsible for polluting groundwater in 14 villages around Ranipet, upholding
the finding of the National Green Tribunal. The court, however, reduced the
environmental compensation to Rs 312 crore from the Rs 450 crore fixed by the tribunal.

The judgment, written by Justice Krishnaswamy, said the tribunal had wrongly loaded on
to the company the cost of cleaning up sites polluted by tanneries that closed long
ago.

Residents said they were relieved that the question of responsibility had been settled.
“For years the company said it was the tanneries, the tanneries said it was the company,
and the officials said they would study it. Now the highest court has said who is
responsible,” said S. Kalaiselvi, a member of the Palar Residents' Welfare Forum from
Karai village.

The Forum's counsel, Anitha Selvaraj, said the amount was lower than the residents had
hoped for. “It is less than we asked for, but the judgment settles who is responsible,
and that mattered most. Now the money has to reach the villages,” she told The Herald
over the phone from New Delhi.

The Forum had claimed that 22 villages were affected, but the court accepted the
tribunal's finding of 14 villages, with a population of about 38,000.

The company has to deposit the money within 12 weeks in a Palar Restoration Fund, to be
managed by a committee headed by a retired judge of the Madras High Court. The Tamil Nadu
Pollution Control Board has been told to file a compliance report within six months and
to ensure safe drinking water for the villages in the meantime.

Officials of the Pollution Control Board's Ranipet district office said they had not
yet received a copy of the judgment. “Once we get the order, we will prepare an action
plan for the wells with the district administration,” said a senior engineer who did
not wish to be named.

At the company's plant on the SIPCOT industrial estate, work went on as usual. Shares of
Sundaram Organics closed 4.2% lower at Rs 1,184.50 on the National Stock Exchange on
Tuesday. Union leaders at the plant, which employs about 1,900 workers, said they hoped
the verdict would not lead to job cuts.

The verdict comes 30 years after the Supreme Court's 1996 ruling in the Vellore
Citizens' Welfare Forum case, which dealt with tannery pollution in the same river basin
and made the polluter pays principle part of Indian law. Elderly farmers in Vannivedu
still remember the tanker lines of the 1990s.

“My father fought the tanneries, and I am fighting a chemical factory,” Murugesan said.
“I hope my son will not have to fight anyone.”
"""),
    tags=("Ranipet", "Palar", "Groundwater"),
    sidebar_title="Also in Ranipet",
    sidebar=[
        "Arcot bypass: work on 7-km stretch to begin in December",
        "Ranipet district reports 41% surplus rain in September",
        "Walajapet weekly shandy to move to new site from October 1",
        "Collector inspects 18 ration shops in Sholinghur taluk",
    ],
    newsletter="Get The Vellore Herald's district news digest on WhatsApp and email.",
    copyright_holder="Vellore Herald Publications",
    kind="newspaper",
)

_CT = {
    "id": "ct-GF3",
    "part": "GF",
    "domain": "court",
    "fetched": "2026-09-17",
    "articles": [
        {"url": "https://benchnotes.example/supreme-court/sundaram-organics-palar-pollution-"
                "polluter-pays-compensation-reduced", "html": _CT1_LEGAL},
        {"url": "https://www.triocean.example/india/india-top-court-cuts-pollution-penalty-on-"
                "sundaram-organics-upholds-liability-TOW1193", "html": _CT2_WIRE},
        {"url": "https://vellore-herald.example/ranipet/sc-ruling-brings-hope-to-palar-villages-"
                "but-tanker-wait-continues", "html": _CT3_PAPER},
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# tr-GF4  Bangladesh October 2026 export figures (EPB), released Monday
#         2 November 2026 (CONTROL)
# ---------------------------------------------------------------------------

_TR1_WIRE = _page(
    site="Bay of Bengal News Agency",
    url="https://www.bbna.example/economy/bangladesh-october-exports-rise-garments-bbna-55120",
    title="Bangladesh October exports rise 6.2% to $4.38 billion on garment shipments | BBNA",
    description="Bangladesh's merchandise exports rose 6.2% year on year in October, Export "
    "Promotion Bureau data showed.",
    section="Economy",
    headline="Bangladesh October exports rise 6.2% to $4.38 billion on garment shipments",
    byline="By Farhana Rahman",
    dateline="2 November 2026, 5:30 PM BST (Dhaka)",
    published="2026-11-02T17:30:00+06:00",
    ld=True,
    authors=("Farhana Rahman",),
    lang="en",
    cookie="BBNA uses cookies to provide and improve its services.",
    nav=["Bangladesh", "Economy", "Politics", "South Asia", "World", "Sports"],
    caption="Workers sew clothes at a garment factory in Gazipur, outside Dhaka.",
    credit="BBNA/Rafiq Hasan/File",
    body=_body("""
DHAKA, Nov 2 (BBNA) - Bangladesh's merchandise exports rose 6.2% year on year to $4.38
billion in October, Export Promotion Bureau (EPB) data showed on Monday, as garment
factories shipped orders for the Western holiday season and for winter clothing.

Exports in October last year totalled $4.12 billion. Compared with September, when
shipments were worth $3.91 billion, exports rose about 12%, the data showed.

Ready-made garments, which account for the lion's share of the country's export
earnings, brought in $3.62 billion in October, up 5.8% from a year earlier. Knitwear
exports were $1.98 billion and woven garments $1.64 billion. Garments made up about
82.6% of total exports in the month.

In the first four months of the 2026-27 fiscal year, from July to October, exports rose
4.1% to $16.94 billion. That was 2.6% short of the government's target of $17.40 billion
for the period. The target for the full fiscal year is $54.5 billion.

"October shows that buyers are coming back, but prices are still under pressure," said
Md Tanvir Haque Chowdhury, president of the Bangladesh Garment Manufacturers and
Exporters Association (BGMEA). "We are shipping more pieces at lower unit prices, and
our costs for gas, wages and freight keep rising."

Chowdhury said factories had received more orders for the spring and summer 2027 season
than a year earlier, but warned that gas shortages in industrial areas around Gazipur
and Narayanganj were cutting production by as much as a fifth on some days.

Non-garment sectors were mixed. Leather and leather goods exports fell 3.4% to $102
million, while home textiles brought in $78 million. Jute and jute goods earned $71
million, and frozen and live fish $44 million, according to the EPB.

"The government is working with exporters to diversify both products and markets,"
said Abdur Rahim Talukder, senior secretary at the commerce ministry. "Our dependence on
a single product is a risk we cannot ignore, and the numbers for leather and jute show
how much work remains."

Economists cautioned that the EPB figures, which are based on customs shipment data,
tend to run ahead of export receipts recorded by Bangladesh Bank, because payments
arrive weeks or months after goods leave port. The gap between the two data sets has
been a recurring subject of debate since 2024, when export figures for earlier years
were revised down.

Bangladesh is the world's second-largest garment exporter after China. Its main markets
are the European Union, the United States and Britain, and exporters have been trying to
grow sales in Japan, Australia and India.

The garment industry employs about 4 million people, most of them women, and accounts
for more than four-fifths of the country's export earnings.

Shipments are usually strongest between August and November, when factories deliver
autumn and holiday orders, and weakest in the first months of the calendar year.
Exporters said they expected November shipments to be similar to October's.

(Reporting by Farhana Rahman; Editing by Imtiaz Alam)
"""),
    tags=("Bangladesh", "Exports", "Garments", "Trade"),
    sidebar_title="Top stories",
    sidebar=[
        "Bangladesh's remittances hit $2.9 billion in October",
        "Taka steady at 122.5 per dollar in interbank market",
        "Chattogram port container handling up 7% in July-September",
        "Rice prices fall Tk 3 per kg as Aman harvest begins",
    ],
    newsletter="BBNA Business Wrap: Bangladesh markets and economy, every evening.",
    footer_links=("About BBNA", "Contact", "Subscriptions", "Privacy policy"),
    copyright_holder="Bay of Bengal News Agency",
    kind="wire",
)

_TR2_PAPER = _page(
    site="The Dhaka Business Post",
    url="https://dhakabusinesspost.example/economy/export-earnings-up-in-october-on-rmg-"
    "rebound",
    title="Export earnings up 6.2pc in October on RMG rebound - The Dhaka Business Post",
    description="Exports rose in October as garment shipments picked up ahead of the "
    "Christmas season.",
    section="Economy",
    headline="Export earnings up 6.2pc in October on RMG rebound",
    standfirst="Four-month tally still below target; leather slips again",
    byline="Staff Correspondent",
    dateline="Tuesday, 3 November 2026",
    lang="en",
    cookie="We use cookies to improve your experience on our website. Got it",
    nav=["Economy", "Stocks", "Banking", "Trade", "Industry", "Opinion", "Epaper"],
    caption="Covered vans carrying export goods queue at the Chattogram port.",
    credit="Photo: File",
    body=_body("""
The country's export earnings rose 6.2 percent year-on-year to $4.38 billion in October,
helped by a rebound in shipments of ready-made garments (RMG) ahead of the Christmas
sales season in Europe and North America.

The figures were released by the Export Promotion Bureau (EPB) yesterday. At the
current exchange rate of Tk 122.5 per dollar, October's exports were worth about Tk
53,655 crore.

Garment exports rose 5.8 percent to $3.62 billion, nearly 83 percent of the total.
Knitwear fetched $1.98 billion and woven items $1.64 billion, the EPB data showed.

Exports in July-October of fiscal year 2026-27 totalled $16.94 billion, up 4.1 percent
from the same period a year ago but below the target of $17.40 billion set for the four
months. In fiscal 2025-26, the country's exports totalled $48.3 billion, according to
the EPB.

“Buyers are coming back, but prices are still under pressure. We are shipping more
pieces at lower unit prices while our gas, wage and freight costs keep rising,” BGMEA
President Tanvir Chowdhury told The Dhaka Business Post.

Knitwear makers, who supply T-shirts, sweaters and other winter items, said early orders
for the cold season had helped. Shahidul Islam Bhuiyan, president of the Bangladesh
Knitwear Manufacturers and Exporters Association (BKMEA), said many factories in
Narayanganj were running extra shifts in September and October.

“The orders are there. What we need is uninterrupted gas and faster customs clearance at
the port,” Bhuiyan said. “A factory that loses three days to gas shortages loses the
shipment, and sometimes the buyer.”

Exports to non-traditional markets grew faster than shipments to the European Union and
the United States, according to Selina Akhter, research director at the Dhaka Centre for
Trade Studies, a think tank.

“In July-September, shipments to non-traditional markets such as Japan, Australia, India
and South Korea rose about 11 percent, according to our analysis of EPB data. That is
encouraging, but they still make up less than a fifth of garment exports,” she said.

Outside garments, the picture was mixed. Leather and leather goods earned $102 million,
down 3.4 percent, extending a slide that began last year. Home textiles earned $78
million, jute and jute goods $71 million and frozen and live fish $44 million.

Commerce Secretary Abdur Rahim Talukder said the government would hold talks with
exporters next week on extending cash incentives for products other than garments,
including leather, jute and agro-processed foods.

Exporters also urged the central bank to keep the exchange rate stable. The taka has
traded in a narrow range of Tk 121 to Tk 123 per dollar since June, which exporters say
has helped them quote prices to buyers with more confidence.

Port officials said container handling at Chattogram had been smooth in October, with
average vessel waiting time falling to about two days.

Economists say the figures should be read with caution, as the EPB data, based on
customs records, often differ from Bangladesh Bank's data on actual export receipts.
"""),
    tags=("Exports", "RMG", "EPB"),
    sidebar_title="Most read",
    sidebar=[
        "DSEX gains 38 points as banks rally",
        "LC opening for capital machinery down 9% in Q1",
        "Padma bridge toll collection crosses Tk 2,900 crore",
        "Onion prices jump to Tk 120 a kg in Dhaka markets",
    ],
    newsletter="Subscribe to the Business Post morning brief for markets, trade and policy.",
    copyright_holder="The Dhaka Business Post",
    kind="newspaper",
)

_TR3_TRADE = _page(
    site="Apparel Sourcing Monitor",
    url="https://apparelsourcingmonitor.example/news/bangladesh-garment-exports-climb-in-"
    "october-as-holiday-orders-ship",
    title="Bangladesh garment exports climb 5.8% in October as holiday orders ship | "
    "Apparel Sourcing Monitor",
    description="Bangladesh apparel exports rose to US$3.62bn in October; total merchandise "
    "exports reached $4.38bn.",
    section="Sourcing",
    headline="Bangladesh garment exports climb 5.8% in October as holiday orders ship",
    byline="By Helen Ashworth",
    dateline="2 November 2026 | 14:10 GMT",
    published="2026-11-02T14:10:00+00:00",
    lang="en-GB",
    cookie="We use cookies to give you the best experience. Manage cookie settings.",
    nav=["News", "Sourcing", "Supply chain", "Sustainability", "Data", "Events", "Subscribe"],
    caption="A worker inspects knitwear at a factory near Dhaka.",
    credit="Apparel Sourcing Monitor",
    body=_body("""
Bangladesh's apparel exports rose 5.8% year on year to US$3.62bn in October, according
to figures published by the country's Export Promotion Bureau (EPB) on Monday afternoon
Dhaka time, as brands pulled forward deliveries for the holiday season and early spring.

Total merchandise exports climbed 6.2% to $4.38bn, meaning garments accounted for close
to 83% of Bangladesh's shipments in the month. Knitwear shipments were worth $1.98bn and
woven products $1.64bn.

Cumulative apparel exports for July to October, the first third of Bangladesh's fiscal
year, reached about $13.9bn, the EPB data show. Total exports in the four-month period
were $16.94bn, up 4.1%.

Separate data from Bangladesh Bank, which tracks export proceeds actually received
through the banking system rather than goods shipped, put October receipts at $3.97bn.
The two series have diverged for years, and the central bank's figures tend to lag
because payment terms of 90 to 120 days are common in the garment trade.

“Buyers are returning, but prices remain under pressure. We are shipping more pieces at
lower unit prices, and our costs for gas, wages and freight keep going up,” said Tanvir
Chowdhury, president of the Bangladesh Garment Manufacturers and Exporters Association
(BGMEA).

The BGMEA's own analysis of customs data suggests average unit prices for cotton
trousers fell about 4% in July-September compared with a year earlier, while volumes
rose. Manufacturers say the combination is squeezing margins at a time when energy and
labour costs are rising.

For buyers, the concern is reliability rather than price. “Bangladesh remains our most
competitive origin for basics. What we watch is lead time, and the gas shortages are a
real concern for delivery dates,” said Martin Kessler, head of sourcing at Hallberg Mode,
a German discount chain that buys about €400m of clothing a year from the country.

Bangladesh's competitors also reported gains. Vietnam's textile and garment exports
reached about $4.05bn in October, up 7% on the year, according to preliminary customs
figures, while Cambodia's garment, footwear and travel goods exports rose 11% in the first
nine months of the year.

In the European Union, Bangladesh's largest market, imports of apparel from Bangladesh
rose 7.4% in value to €13.1bn in January to August, according to Eurostat data.

Industry analysts expect Bangladesh's apparel shipments to remain firm through December
before easing in the first quarter, when spring orders typically ship. The country's
fiscal-year export target of $54.5bn, however, looks stretching: total shipments would
need to average about $4.7bn a month over the remaining eight months.

Freight costs have eased from last year's peaks. Container rates from Chattogram to
northern Europe via Colombo or Singapore were about 15% lower in October than a year
earlier, according to freight forwarders, though port congestion still adds days to
some shipments.

Sourcing consultants said brands were increasingly splitting orders between Bangladesh
and other origins to reduce risk. “Nobody is leaving Bangladesh, but few people want all
their basics coming from one country any more,” said Priya Natarajan, a partner at the
sourcing advisory firm Loomline Consulting in Singapore.
"""),
    tags=("Bangladesh", "Apparel exports", "Sourcing", "Trade data"),
    sidebar_title="Related",
    sidebar=[
        "Cambodia's minimum wage for 2027 set at $214 a month",
        "Cotton futures fall to 64 cents a pound",
        "Sri Lanka apparel exports down 2% in September",
        "EU due diligence rules: what suppliers must do by 2028",
    ],
    newsletter="The Monitor Weekly: sourcing news and trade data every Thursday.",
    footer_links=("About", "Advertise", "Events", "Terms", "Privacy", "Cookie settings"),
    copyright_holder="ASM Trade Media Ltd",
    kind="trade",
)

_TR = {
    "id": "tr-GF4",
    "part": "GF",
    "domain": "trade",
    "fetched": "2026-11-04",
    "articles": [
        {"url": "https://www.bbna.example/economy/bangladesh-october-exports-rise-garments-"
                "bbna-55120", "html": _TR1_WIRE},
        {"url": "https://dhakabusinesspost.example/economy/export-earnings-up-in-october-on-"
                "rmg-rebound", "html": _TR2_PAPER},
        {"url": "https://apparelsourcingmonitor.example/news/bangladesh-garment-exports-climb-"
                "in-october-as-holiday-orders-ship", "html": _TR3_TRADE},
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# rk-GF5  Maiden orbital flight of Nabhas Aerospace's Prachand-1 from
#         Sriharikota, Thursday 19 November 2026
# ---------------------------------------------------------------------------

_RK1_WIRE = _page(
    site="Orient Wire Agency",
    url="https://www.owa.example/science/india-startup-nabhas-reaches-orbit-maiden-prachand-1-"
    "flight-OWA30877",
    title="Indian startup Nabhas Aerospace reaches orbit on maiden Prachand-1 flight | OWA",
    description="Hyderabad-based Nabhas Aerospace put three satellites into orbit on the "
    "first flight of its Prachand-1 rocket.",
    section="Science",
    headline="Indian startup Nabhas Aerospace reaches orbit on maiden Prachand-1 flight",
    byline="By Meera Pillai",
    dateline="November 19, 2026 12:30 PM IST",
    published="2026-11-19T12:30:00+05:30",
    ld=True,
    authors=("Meera Pillai",),
    lang="en",
    cookie="OWA uses cookies to measure readership and support its journalism.",
    nav=["World", "Asia", "Business", "Science", "Technology", "Sport", "Pictures"],
    caption="Nabhas Aerospace's Prachand-1 rocket lifts off from Sriharikota.",
    credit="OWA/Arjun Varma",
    body=_body("""
SRIHARIKOTA, India, Nov 19 (OWA) - Hyderabad-based Nabhas Aerospace put three
satellites into orbit on Thursday on the first flight of its Prachand-1 rocket, a
milestone for India's young private space industry and a boost for the government's
push to open launch services to private companies.

The 22.4-metre (73.5-foot) rocket lifted off at 11:42 a.m. (0612 GMT) from the Satish
Dhawan Space Centre on Sriharikota island, off the coast of Andhra Pradesh. A first
attempt on Tuesday was halted 40 seconds before liftoff after a sensor reported an
abnormal pressure reading in the rocket's second stage.

The satellites separated from the rocket's upper stage about 13 minutes after liftoff,
the company said. Preliminary tracking data showed they had been placed in a
sun-synchronous orbit about 508 km above Earth, against a target of 500 km.

"Today we have shown that a rocket designed and built in India by a private team can
reach orbit on its very first attempt," Pranav Iyer Sastry, Nabhas co-founder and chief
executive, said at a news conference at the launch site. "Now the real work begins:
flying again, and flying often."

The rocket carried a 118-kg Earth-imaging satellite, Drishti-2A, for Bengaluru-based
Orbitlens Imaging; a 21-kg Internet-of-Things satellite for Pune-based Sahyadri IoT; and
Nabhas' own 54-kg technology demonstrator, which will test a deployable solar array and
a low-cost star tracker. The total payload was 193 kg.

Rajiv Lal Mathur, chairman of the Indian National Space Promotion and Authorisation
Centre (IN-SPACe), the agency that authorised the launch, called it "a proud day for
Indian industry". "Two years ago this was a plan on paper," he said.

Nabhas, founded in 2019 by former engineers of the Indian Space Research Organisation
(ISRO), has raised about $95 million from investors including Deccan Frontier Ventures.
It said the mission cost about 1.4 billion rupees ($15.8 million), including the rocket
and launch services at the ISRO site.

The Prachand-1 is a three-stage rocket with two solid-fuel stages and a liquid-fuelled
upper stage that can be restarted in space. It is designed to carry up to 300 kg to a
500-km sun-synchronous orbit.

India opened its space sector to private companies in 2020. A privately built Indian
rocket flew a suborbital test in November 2022, and several startups are now racing to
offer dedicated launches for small satellites, competing with ISRO's own Small Satellite
Launch Vehicle and with foreign providers.

Deepa Nair Raghunathan, Nabhas' mission director, said the upper stage would be
commanded to lower its orbit over the coming weeks so that it re-enters the atmosphere
and does not add to space debris.

Nabhas said it plans a second flight in mid-2027 and aims to launch six times a year by
2029. It has signed agreements with several Indian and foreign customers for future
flights, though it did not say when those payloads would fly.

The company employs about 640 people, most of them at its factory and
headquarters in Hyderabad.

(Reporting by Meera Pillai in Sriharikota; Editing by Rahul Joshi)
"""),
    tags=("India", "Space", "Startups", "Rockets"),
    sidebar_title="Most read",
    sidebar=[
        "Japan's H3 rocket launches navigation satellite on 7th flight",
        "ISRO targets 2027 for first uncrewed Gaganyaan orbital test",
        "China's Long March 12 lofts 10 internet satellites",
        "Rupee ends at 88.70 per dollar, little changed",
    ],
    newsletter="OWA Science & Tech: the week's biggest discoveries and launches, every "
    "Friday.",
    footer_links=("About OWA", "Trust principles", "Contact", "Privacy", "Terms of use"),
    copyright_holder="Orient Wire Agency",
    kind="wire",
)

_RK2_LIVE = _page(
    site="Samachar Plus",
    url="https://samacharplus.example/science/prachand-1-launch-live-nabhas-aerospace-"
    "sriharikota-live-updates",
    title="Prachand-1 launch LIVE: Nabhas rocket reaches orbit, satellites deployed | "
    "Samachar Plus",
    description="Live updates on the maiden launch of Nabhas Aerospace's Prachand-1 rocket "
    "from Sriharikota.",
    section="Science",
    headline="Prachand-1 launch LIVE: Nabhas rocket reaches orbit, all satellites deployed",
    byline="Samachar Plus Science Desk",
    dateline="Last updated: 19 Nov 2026, 1:05 PM IST",
    published="2026-11-19T10:30:00+05:30",
    modified="2026-11-19T13:05:00+05:30",
    badge="LIVE",
    lang="en-IN",
    cookie="We use cookies and similar technologies. Click Accept to continue.",
    nav=["Home", "India", "World", "Science", "Tech", "Business", "Live TV", "Videos"],
    caption="Live: the Prachand-1 rocket on the launch platform at Sriharikota on Thursday "
    "morning.",
    credit="Samachar Plus/ISRO feed",
    body=_live([
        ("1:05 PM IST", "2026-11-19T13:05:00+05:30", """
Nabhas says ground stations have received signals from all four satellites and that all
of them are healthy. Orbitlens Imaging says its Drishti-2A satellite will send its first
images within two weeks. That is it from our live coverage. Thank you for joining us.
"""),
        ("12:45 PM IST", "2026-11-19T12:45:00+05:30", """
The payloads include Drishti-2A, a 118 kg Earth-imaging satellite for Bengaluru-based
Orbitlens Imaging, and an Internet-of-Things satellite for Pune's Sahyadri IoT.
"""),
        ("12:35 PM IST", "2026-11-19T12:35:00+05:30", """
IN-SPACe chairman Rajiv Lal Mathur has congratulated the team. “Two years ago this was a
plan on paper. Today it is in orbit,” he said in a post on social media.
"""),
        ("12:20 PM IST", "2026-11-19T12:20:00+05:30", """
SDSC director K. Ramesh Babu said the range had supported the launch “exactly as it
supports our own missions”, and that two more private launches were in the queue for
2027.
"""),
        ("12:10 PM IST", "2026-11-19T12:10:00+05:30", """
At the press conference, Nabhas co-founder and CEO Pranav Sastry said: “We have shown
that a rocket designed and built in India by a private team can reach orbit on the very
first try. Now the real work begins — flying again and flying often.”
"""),
        ("12:00 PM IST", "2026-11-19T12:00:00+05:30", """
Mission director Deepa Nair Raghunathan says preliminary data show the satellites were
placed in an orbit of about 508 km, within 10 km of the 500 km target.
"""),
        ("11:56 AM IST", "2026-11-19T11:56:00+05:30", """
SATELLITE SEPARATION! All four satellites have been deployed from the upper stage,
about 12 minutes 50 seconds after liftoff. Applause and hugs in the mission control
room.
"""),
        ("11:49 AM IST", "2026-11-19T11:49:00+05:30", """
Second stage separation and upper stage ignition confirmed. The liquid-fuelled upper
stage will burn for about six minutes.
"""),
        ("11:44 AM IST", "2026-11-19T11:44:00+05:30", """
First stage separation confirmed at about T+1 minute 52 seconds. The second stage is
firing normally. Vehicle performance is nominal, says the commentator.
"""),
        ("11:42 AM IST", "2026-11-19T11:42:00+05:30", """
LIFTOFF! Prachand-1 lifts off from Sriharikota at 11:42 am IST on its maiden flight.
"""),
        ("11:38 AM IST", "2026-11-19T11:38:00+05:30", """
T-minus 4 minutes. The vehicle is on internal power and the automatic launch sequence
will take over shortly.
"""),
        ("11:30 AM IST", "2026-11-19T11:30:00+05:30", """
The final countdown is under way. Weather is green. Nabhas launch director Imran Qadri
has polled the team, and all stations are “go” for launch.
"""),
        ("11:10 AM IST", "2026-11-19T11:10:00+05:30", """
Crowds have gathered at the launch view gallery at Sriharikota, which can hold about
5,000 people. Students from Nellore and Chennai have been arriving by bus since early
morning.
"""),
        ("10:55 AM IST", "2026-11-19T10:55:00+05:30", """
Recap: Tuesday's first attempt, scheduled for 10:15 am, was halted at T-minus 40 seconds
after a pressure sensor on the second stage gave an abnormal reading. Engineers replaced
the sensor on Wednesday and cleared the rocket for a second attempt.
"""),
        ("10:30 AM IST", "2026-11-19T10:30:00+05:30", """
Welcome to our live coverage of the maiden launch of Nabhas Aerospace's Prachand-1 from
the Satish Dhawan Space Centre in Sriharikota. The 22.4-metre rocket is carrying four
satellites with a combined mass of about 193 kg to a 500 km sun-synchronous orbit.

Nabhas, based in Hyderabad, was founded in 2019 by former ISRO engineers. This is the
company's first attempt to reach orbit, and one of the most closely watched launches by
an Indian private company since the space sector was opened up in 2020.

Launch is scheduled for 11:42 am. Stay with us for live updates, the countdown and the
reaction from Sriharikota and Hyderabad.
"""),
    ]),
    tags=("ISRO", "Space startups", "Sriharikota"),
    sidebar_title="Trending",
    sidebar=[
        "Gold rate today: 24-carat price rises ₹310 in Delhi",
        "Weather alert: heavy rain likely in 6 Tamil Nadu districts",
        "IPL auction 2027: 1,214 players register",
        "Chandrayaan-4 sample return mission gets 2028 date",
    ],
    newsletter="Samachar Plus Morning Edition: the top 10 stories before 8 am.",
    copyright_holder="Samachar Plus Network Ltd",
    kind="live",
)

_RK3_PAPER = _page(
    site="The Hyderabad Courier",
    url="https://hyderabadcourier.example/city/citys-nabhas-puts-satellites-in-orbit-on-first-"
    "try",
    title="City's Nabhas puts satellites in orbit on first try - The Hyderabad Courier",
    description="Employees cheer at Gachibowli as Nabhas Aerospace's Prachand-1 reaches "
    "orbit.",
    section="City",
    headline="City's Nabhas puts satellites in orbit on first try",
    standfirst="Cheers at Gachibowli headquarters; suppliers in Balanagar and Cherlapally "
    "share the moment",
    byline="Ravi Teja Konda",
    dateline="November 20, 2026",
    lang="en-IN",
    cookie="We use cookies. Continue browsing if you are happy with this.",
    nav=["City", "Telangana", "Nation", "World", "Business", "Sport", "Education", "Epaper"],
    caption="Nabhas Aerospace employees watch the launch at the company's office in "
    "Gachibowli.",
    credit="Photo: M. Sai Kiran",
    body=_body("""
HYDERABAD - Cheers broke out at the Gachibowli headquarters of Nabhas Aerospace on
Thursday as hundreds of employees watched a live feed of the company's Prachand-1 rocket
lifting off from Sriharikota at 11:24 am and, about 13 minutes later, releasing its
satellites into orbit.

The 22-metre rocket, built largely at the company's factory in Shamirpet on the city's
northern outskirts, carried two satellites for paying customers along with an in-house
technology demonstrator.

“Today we showed that a rocket designed and built in India by a private team can reach
orbit on its first attempt,” said Pranav Sastry, the company's co-founder and chief
executive, speaking to reporters at the launch site. “Now the real work begins.”

Back in Hyderabad, engineers who had spent years on the rocket hugged each other and
passed around boxes of sweets. “I joined when we were twelve people in a rented shed in
Kukatpally. Today I watched our rocket go to space,” said Swathi Reddy, 31, a
propulsion engineer.

Nabhas employs about 640 people, most of them in Hyderabad, and says roughly 70 per cent
of its staff are from Telangana and Andhra Pradesh.

The company's co-founder and chief technology officer, Farhan Siddiqui, said the
liquid-fuelled upper stage engine had been test-fired 38 times at Shamirpet before it
was cleared to fly. “Every one of those tests happened here in Hyderabad,” he said.

The launch was also a big day for the city's small engineering firms. About 40 suppliers
in industrial areas such as Balanagar and Cherlapally made parts for the rocket,
according to the company.

“We machined flanges and brackets for the motor casing. When the rocket went up, my
workers were clapping as if they had won a cricket match,” said K. Venkat Reddy, who runs
a precision machining unit in Balanagar with 55 employees.

The launch came two days after a first attempt on Tuesday was called off 40 seconds
before liftoff because of a faulty pressure sensor. The sensor was replaced on
Wednesday.

According to the company, the mission cost about ₹140 crore, including the rocket and
launch services at ISRO's spaceport. Nabhas has raised about $95 million from investors
since it was founded in 2019 by former ISRO engineers.

Students at several engineering colleges in the city watched the launch on screens set
up in auditoriums. “It makes the space industry feel close. It is not only ISRO in
Bengaluru now, it is a company in our own city,” said Abhinav Rao, a final-year
aerospace engineering student.

Industry officials in the state said the launch would help the city's case for more
aerospace investment. Hyderabad already hosts several aircraft component makers and
defence suppliers, and a dedicated aerospace park has been proposed near the airport.

The company plans its second launch in the middle of next year and hopes to fly six
times a year by 2029, which would mean hiring several hundred more people in Hyderabad.
"""),
    tags=("Hyderabad", "Space", "Startups"),
    sidebar_title="Also read",
    sidebar=[
        "Metro Phase-II: 5 new corridors get Cabinet nod",
        "Gachibowli flyover to be closed for 3 nights for repairs",
        "Hyderabad's IT exports touch ₹2.7 lakh crore",
        "T-Hub startup fund to back 25 deep-tech firms",
    ],
    newsletter="Courier City Brief: Hyderabad's top stories every morning at 7.",
    copyright_holder="Courier Media Hyderabad",
    kind="newspaper",
)

_RK4_SPACE = _page(
    site="Orbital Dispatch",
    url="https://orbitaldispatch.example/launch/nabhas-prachand-1-reaches-orbit-on-debut",
    title="Nabhas Aerospace's Prachand-1 reaches orbit on debut — Orbital Dispatch",
    description="India's Nabhas Aerospace reached orbit on the first attempt with its "
    "Prachand-1 small launcher.",
    section="Launch",
    headline="Nabhas Aerospace's Prachand-1 reaches orbit on debut",
    standfirst="Indian small launcher delivers three payloads to sun-synchronous orbit two "
    "days after a T-40 s abort",
    byline="By Daniel Okafor",
    dateline="19 Nov 2026 09:15 UTC",
    published="2026-11-19T09:15:00+00:00",
    ld=True,
    authors=("Daniel Okafor",),
    lang="en",
    cookie="Orbital Dispatch uses cookies for analytics. Opt out any time.",
    nav=["Launch", "Satellites", "Exploration", "Defense", "Business", "Launch schedule"],
    caption="Prachand-1 clears the tower at the Satish Dhawan Space Centre.",
    credit="Image: Nabhas Aerospace",
    body=_body("""
India's Nabhas Aerospace reached orbit on its first attempt on Thursday when its
Prachand-1 small launcher lifted off from the Satish Dhawan Space Centre at 06:12 UTC
and deployed three satellites into a sun-synchronous orbit roughly 316 miles (508 km)
above Earth.

The target was a circular orbit of 311 miles (500 km) at an inclination of 97.4 degrees.
Nabhas said the preliminary orbit was slightly higher than planned but within the
tolerances agreed with its customers. Tracking data from the U.S. Space Force, expected
within a day, should refine those numbers.

The 22.4 m (73.5 ft) vehicle has a diameter of 1.6 m and a liftoff mass of about 38
tonnes. Its first stage, a solid rocket motor, burned for about 112 seconds before
separating at T+1 min 52 s. The second stage, also solid-fuelled, separated at about
T+6 min 40 s, after which the liquid-fuelled third stage, powered by a single Surya-2
engine, fired for about six minutes. Payload deployment began at T+12 min 50 s.

“We have shown that a rocket designed and built in India by a private team can get to
orbit on its first try,” Nabhas chief operating officer Pranav Sastry said after the
launch.

The payloads were Drishti-2A, a 118 kg (260 lb) Earth-imaging satellite for Orbitlens
Imaging; a 21 kg Internet-of-Things cubesat for Sahyadri IoT; and a 54 kg technology
demonstrator built by Nabhas itself, carrying a deployable solar array and a low-cost
star tracker.

The launch came two days after a first attempt on Tuesday was aborted at T-40 seconds,
when a pressure transducer on the second stage gave an out-of-limits reading during
terminal count. The attempt had been scheduled for 04:45 UTC. The sensor was replaced on
Wednesday.

Prachand-1 is rated to carry 300 kg to a 500 km sun-synchronous orbit, putting it in
the same class as several Western and Chinese small launchers. Nabhas has not published a
list price, but said this mission cost about $15.8 million including launch services.
Industry analysts expect commercial prices to be lower once the company reaches a
steady flight rate.

The upper stage's restart capability was not used on this flight. Mission director Deepa
Nair Raghunathan said a restart would be demonstrated on a later flight, and that the
spent stage would be lowered to speed its re-entry.

India opened launch services to private companies in 2020, with the IN-SPACe regulator
authorising missions from ISRO's facilities. Nabhas is one of several Indian startups
developing small launchers; a rival company flew a suborbital test vehicle in 2022.

Nabhas, founded in 2019 by former ISRO engineers, has raised about $95 million. It has
said it wants to fly again in mid-2027 and reach six launches a year by 2029.
Its next mission is expected to carry a rideshare of up to eight small satellites, the
company said.
"""),
    tags=("Launch", "India", "Small launchers", "Nabhas Aerospace"),
    sidebar_title="Launch schedule",
    sidebar=[
        "Nov 21: Falcon 9 — Starlink Group 14-9, Vandenberg",
        "Nov 24: Electron — 'Sky Above' for a private customer, Mahia",
        "Nov 27: Ariane 6 — Galileo L15, Kourou",
        "Dec 2: PSLV — commercial mission, Sriharikota",
    ],
    newsletter="Launch Week: every launch, scrub and landing in one email, Mondays.",
    copyright_holder="Orbital Dispatch Media",
    kind="trade",
)

_RK = {
    "id": "rk-GF5",
    "part": "GF",
    "domain": "rocket",
    "fetched": "2026-11-21",
    "articles": [
        {"url": "https://www.owa.example/science/india-startup-nabhas-reaches-orbit-maiden-"
                "prachand-1-flight-OWA30877", "html": _RK1_WIRE},
        {"url": "https://samacharplus.example/science/prachand-1-launch-live-nabhas-aerospace-"
                "sriharikota-live-updates", "html": _RK2_LIVE},
        {"url": "https://hyderabadcourier.example/city/citys-nabhas-puts-satellites-in-orbit-"
                "on-first-try", "html": _RK3_PAPER},
        {"url": "https://orbitaldispatch.example/launch/nabhas-prachand-1-reaches-orbit-on-"
                "debut", "html": _RK4_SPACE},
    ],
    "planted": [
        ("liftoff clock time (IST)", r"\b11[:.]42\b", r"\b11[:.]24\b"),
        ("title of Pranav Sastry", r"\bchief executive\b|\bceo\b",
         r"\bchief operating officer\b|\bcoo\b"),
        ("number of satellites deployed", r"(?<![.\d])\b(three|3)\b(?!\.\d)",
         r"(?<![.\d])\b(four|4)\b(?!\.\d)"),
    ],
}

# ---------------------------------------------------------------------------
# eq-GF6  Bajhang (far-western Nepal) earthquake, 00:41 NPT Wednesday
#         14 October 2026 = 18:56 UTC Tuesday 13 October (CONTROL)
# ---------------------------------------------------------------------------

_EQ1_WIRE = _page(
    site="Trans-Asia Press",
    url="https://www.transasiapress.example/asia/nepal-earthquake-bajhang-kills-at-least-nine-"
    "TAP88412",
    title="Strong earthquake in far-western Nepal kills at least nine | Trans-Asia Press",
    description="A strong earthquake struck Bajhang district in far-western Nepal early on "
    "Wednesday, killing at least nine people.",
    section="Asia",
    headline="Strong earthquake in far-western Nepal kills at least nine",
    byline="By Prabin Khatiwada",
    dateline="Oct 14, 2026, 4:10 AM NPT · Updated 6:20 AM NPT",
    published="2026-10-14T04:10:00+05:45",
    modified="2026-10-14T06:20:00+05:45",
    ld=True,
    authors=("Prabin Khatiwada",),
    lang="en",
    cookie="TAP uses cookies to deliver its services. Learn more.",
    nav=["World", "Asia", "Business", "Climate", "Science", "Photos", "Video"],
    caption="A damaged house in Chainpur, Bajhang district, after the earthquake.",
    credit="TAP/Local resident via social media",
    body=_body("""
KATHMANDU, Oct 14 (TAP) - A strong earthquake struck a remote mountainous district of
far-western Nepal early on Wednesday, killing at least nine people and injuring 31,
officials said, as rescuers struggled to reach villages cut off by landslides.

The quake, measured at magnitude 6.1 by Nepal's National Earthquake Monitoring and
Research Centre (NEMRC), struck at 12:41 a.m. local time (1856 GMT Tuesday). Its
epicentre was near Chainpur, the headquarters of Bajhang district in Sudurpashchim
Province, at a depth of 10 km, the centre said.

The U.S. Geological Survey put the magnitude at 5.8 and the depth at 14.2 km, while
India's National Center for Seismology measured it at 6.0.

"Most of the deaths were caused by stone-and-mud houses collapsing while people were
asleep," Home Ministry spokesperson Bishnu Prasad Dhakal told TAP by telephone. "The
numbers may rise once we reach the villages in the north of the district."

Tek Raj Joshi, the chief district officer of Bajhang, said communication had been cut
with several villages in the upper reaches of the district. "We have sent police and
army personnel on foot because the roads are blocked by landslides in at least four
places," he said.

Helicopters of the Nepal Army were on standby at Dhangadhi, the largest city in the
province, and would fly to the area at first light, an army spokesperson said.

The prime minister held an emergency meeting with security chiefs shortly after 2 a.m.
and directed all agencies to give priority to rescue, his office said in a statement.
The Nepal Red Cross Society said it was sending tarpaulins and blankets from its
warehouse in Dhangadhi.

Residents said the shaking lasted for about 20 seconds. "Everything in the house was
falling. We ran out with the children in the dark and stayed in the field till
morning," said Kalawati Bohara, a resident of Chainpur, speaking by phone.

Tremors were felt in Kathmandu, roughly 450 km to the east, and in parts of northern
India, including New Delhi, where some residents of high-rise buildings came out on to
the streets. There were no immediate reports of damage in Kathmandu.

Several aftershocks followed, including one of magnitude 4.6 at 3:15 a.m., the NEMRC
said.

Nepal lies on an active fault line where the Indian tectonic plate pushes into the
Eurasian plate, and earthquakes are common. A magnitude 5.7 earthquake in Jajarkot
district in western Nepal in November 2023 killed 153 people, and a magnitude 7.8
quake in 2015 killed nearly 9,000 people and destroyed hundreds of thousands of homes.

Many houses in the far-western hills are built of stone and mud without reinforcement,
making them vulnerable even in moderate earthquakes, engineers say. Bajhang, one of the
poorest districts in the country, has a population of about 190,000.

Authorities said schools in Bajhang and neighbouring Bajura and Doti districts would
remain closed on Wednesday.

(Reporting by Prabin Khatiwada; Editing by Anjali Sen)
"""),
    tags=("Nepal", "Earthquakes", "Disasters"),
    sidebar_title="Most read",
    sidebar=[
        "Magnitude 6.4 quake strikes off Japan's Hokkaido, no tsunami warning",
        "Typhoon leaves 12 dead in the Philippines",
        "Pakistan floods: 1.3 million acres of crops damaged, says ministry",
        "Sri Lanka to hold provincial elections by March",
    ],
    newsletter="TAP Asia Today: the region's news in one email, every morning.",
    footer_links=("About TAP", "Standards", "Contact", "Privacy", "Cookie policy"),
    copyright_holder="Trans-Asia Press",
    kind="wire",
)

_EQ2_LIVE = _page(
    site="Nepal Now 24",
    url="https://nepalnow24.example/live/bajhang-earthquake-live-updates-death-toll-rescue",
    title="Bajhang earthquake LIVE: death toll rises to 23; rescue continues - Nepal Now 24",
    description="Live updates on the earthquake in Bajhang, far-western Nepal: casualties, "
    "rescue and relief.",
    section="Nepal",
    headline="Bajhang earthquake LIVE: death toll rises to 23 as rescuers reach remote "
    "villages",
    byline="Nepal Now 24 Newsroom",
    dateline="Last updated 14 October 2026, 4:20 pm (NPT)",
    published="2026-10-14T01:10:00+05:45",
    modified="2026-10-14T16:20:00+05:45",
    badge="LIVE",
    lang="en",
    cookie="We use cookies to keep this page updating and to count visitors.",
    nav=["Home", "Nepal", "Province", "Politics", "Business", "Sports", "Live TV"],
    caption="Security personnel search the rubble of a house in Chainpur on Wednesday "
    "morning.",
    credit="Nepal Now 24",
    body=_live([
        ("4:20 pm", "2026-10-14T16:20:00+05:45", """
The death toll has risen to 23, with 87 people injured, the Home Ministry says. A
preliminary assessment by the district administration shows at least 1,100 houses
destroyed. The figures are likely to rise as teams reach the northern villages.
"""),
        ("2:30 pm", "2026-10-14T14:30:00+05:45", """
Roads: The Nepal Army says its engineers have cleared two of the four landslides
blocking the road north of Chainpur. One lane is open for relief trucks, and work on
the other two sites will continue through the night.
"""),
        ("1:05 pm", "2026-10-14T13:05:00+05:45", """
The Prime Minister's Office has announced relief of Rs 200,000 for the family of each
person killed, and free treatment for the injured at government hospitals.
"""),
        ("10:45 am", "2026-10-14T10:45:00+05:45", """
Death toll rises to 17, with 60 injured. Four Nepal Army helicopters are flying the
seriously injured from Chainpur to Dhangadhi, where Seti Provincial Hospital has set up
an emergency ward.

“We have received 14 patients so far, mostly with fractures and head injuries,” a doctor
at the hospital told Nepal Now 24.
"""),
        ("9:20 am", "2026-10-14T09:20:00+05:45", """
Schools in Bajhang, Bajura and Doti will remain closed today and tomorrow, the district
administrations say. School buildings in Chainpur are being checked by engineers before
they are used as shelters.
"""),
        ("8:30 am", "2026-10-14T08:30:00+05:45", """
The NEMRC has recorded 11 aftershocks of magnitude 4 or above since the main quake. The
largest, of magnitude 4.6, struck at 3:15 am.

“Aftershocks of this size are expected for days, possibly weeks. People should not go
back into houses with visible cracks,” said Sarita Bhandari Khadka, senior divisional
seismologist at the NEMRC.
"""),
        ("7:15 am", "2026-10-14T07:15:00+05:45", """
Daylight has allowed the first helicopter flights. An army helicopter has taken off from
Dhangadhi carrying a medical team and rescue personnel to Chainpur.
"""),
        ("6:00 am", "2026-10-14T06:00:00+05:45", """
The Home Ministry says at least nine people have been killed and 31 injured. Most of the
dead are from villages near Chainpur, the district headquarters.
"""),
        ("3:30 am", "2026-10-14T03:30:00+05:45", """
Police in Bajhang confirm the first deaths: five people were killed when their houses
collapsed in two villages near Chainpur. Several people are reported trapped.
"""),
        ("1:10 am", "2026-10-14T01:10:00+05:45", """
A strong earthquake has shaken far-western Nepal. The National Earthquake Monitoring and
Research Centre (NEMRC) says it measured 6.1 and struck at 12:41 am with its epicentre
near Chainpur in Bajhang district. Tremors were felt across Sudurpashchim Province, in
Kathmandu and in northern India.

People in Kathmandu rushed out of their homes. There are no immediate reports of damage
in the capital.

Stay with Nepal Now 24 for updates through the night and the day.
"""),
        ("", "", """
How to help: The Nepal Red Cross Society says it needs tarpaulins, blankets and
hygiene kits in Bajhang. Do not travel to the affected area unless you are part of an
organised relief team, officials have urged, as roads remain blocked.

Helpline: The Home Ministry has opened an emergency helpline at 1149 for people trying to
reach relatives in Bajhang. Chief District Officer Tek Raj Joshi said the district
administration's office in Chainpur would remain open round the clock.

“Our priority today is to reach every village and bring the injured out. Relief will
follow in the afternoon,” Joshi told Nepal Now 24 by phone.
"""),
    ]),
    tags=("Earthquake", "Bajhang", "Sudurpashchim"),
    sidebar_title="Related",
    sidebar=[
        "Photos: Night of terror in Chainpur",
        "Explainer: Why western Nepal is overdue for a big quake",
        "Jajarkot three years on: thousands still in temporary shelters",
        "Magnitude 4.2 tremor shakes Dolakha in August",
    ],
    newsletter="Get Nepal Now 24 breaking news alerts by email.",
    copyright_holder="Nepal Now 24 Media Pvt Ltd",
    kind="live",
)

_EQ3_PAPER = _page(
    site="The Himalayan Mirror",
    url="https://himalayanmirror.example/nation/bajhang-quake-toll-climbs-to-26-thousands-"
    "spend-night-in-open",
    title="Bajhang quake toll climbs to 26; thousands spend night in the open | "
    "The Himalayan Mirror",
    description="The death toll from Wednesday's earthquake in Bajhang has risen to 26, with "
    "112 injured.",
    section="Nation",
    headline="Bajhang quake toll climbs to 26; thousands spend night in the open",
    standfirst="1,480 houses destroyed; aftershocks keep survivors outdoors in cold "
    "October nights",
    byline="Mirror Correspondent, Chainpur (Bajhang)",
    dateline="15 October 2026",
    lang="en",
    cookie="This site uses cookies. Read our privacy policy.",
    nav=["Nation", "Kathmandu", "Politics", "Business", "World", "Opinion", "Sports", "Life"],
    caption="Residents of Chainpur shelter under tarpaulins on Wednesday night.",
    credit="Photo: Mirror",
    body=_body("""
CHAINPUR, Bajhang - The death toll from the earthquake that struck Bajhang district early
on Wednesday rose to 26 by Wednesday night, the Home Ministry said, as thousands of
people in this hill district spent a second night in the open, too afraid of
aftershocks to return to their cracked homes.

The number of injured reached 112, the ministry said. According to the district
administration, 1,480 houses were completely destroyed and about 3,900 partly damaged.

The earthquake struck at 12:41 am on Wednesday. The National Earthquake Monitoring and
Research Centre (NEMRC) measured it at 6.1 on the local magnitude scale, with its
epicentre near Chainpur, the district headquarters, and a depth of 10 km.

More than 20 aftershocks of magnitude 4 or above had been recorded by Wednesday evening,
NEMRC seismologist Sarita Khadka said. “The pattern is normal for an event of this size.
The number and strength of aftershocks should decrease over the coming days,” she said.

Chief District Officer Tek Raj Joshi said all the villages in the district had been
reached by Wednesday evening, either by road, on foot or by helicopter. “Our first task
was to find the trapped and the injured. Now we need shelter, food and warm clothes
for the families who have lost their homes,” he said.

In Chainpur, families gathered around fires in fields and school grounds. Night-time
temperatures in the area have already fallen to single digits.

“The house is standing, but there is a crack from the roof to the floor. We cannot sleep
inside with the children,” said Dhana Devi Saud, 42, who spent the night under a plastic
sheet with her three children and mother-in-law.

Nepal Army helicopters flew more than 40 seriously injured people to hospitals in
Dhangadhi and Kathmandu on Wednesday. Roads to the northern parts of the district were
partly reopened by the evening after army engineers cleared landslides.

The government has announced Rs 200,000 in relief for the family of each person killed,
and free treatment for the injured. Officials said a separate grant for families whose
houses were destroyed would be decided at a cabinet meeting.

Relief agencies said the immediate needs were tarpaulins, blankets, warm clothing and
clean water. The Nepal Red Cross Society said it had sent 1,200 tarpaulins and 2,000
blankets from its warehouse in Dhangadhi.

The disaster has revived questions about building safety in the far-western hills, where
most homes are built of stone and mud. In Jajarkot, where a November 2023 earthquake
killed 153 people, many families are still living in temporary shelters.

“We keep building in the same way and losing lives in the same way. Retrofitting even a
part of these houses would save many lives,” said structural engineer Nabin Raj Upreti,
who has worked on reconstruction programmes in western Nepal since the 2015 earthquake.

The Prime Minister is expected to visit Bajhang today.
"""),
    tags=("Bajhang earthquake", "Disaster", "Sudurpashchim"),
    sidebar_title="Most read",
    sidebar=[
        "Dashain travel: 1.8 million leave Kathmandu valley",
        "Tomato prices crash to Rs 20 per kg at Kalimati",
        "Nepal Rastra Bank keeps policy rate at 4.5%",
        "Tourist arrivals in September cross 95,000",
    ],
    newsletter="The Mirror Daily: Nepal's news and views in your inbox each morning.",
    copyright_holder="Mirror Publications Pvt Ltd",
    kind="newspaper",
)

_EQ4_RELIEF = _page(
    site="ReliefLine Asia",
    url="https://reliefline.example/updates/nepal-bajhang-earthquake-situation-update-2",
    title="Nepal: Bajhang earthquake — situation update 2 | ReliefLine Asia",
    description="Situation update on the earthquake in Bajhang district, Sudurpashchim "
    "Province, Nepal.",
    section="Situation updates",
    headline="Nepal: Bajhang earthquake — situation update 2",
    standfirst="26 dead, more than 110 injured; shelter and winterisation are the top "
    "priorities",
    byline="ReliefLine Asia analysis team",
    dateline="15 Oct 2026, 14:00 UTC",
    published="2026-10-15T14:00:00+00:00",
    ld=True,
    authors=("ReliefLine Asia",),
    lang="en",
    cookie="We use cookies to understand how our updates are read.",
    nav=["Updates", "Countries", "Disasters", "Maps", "Funding", "About"],
    caption="Map: shaking intensity and affected municipalities in Bajhang district.",
    credit="ReliefLine Asia; data from USGS and NEMRC",
    body=_body("""
Overview. A magnitude 5.8 earthquake, as measured by the US Geological Survey (USGS),
struck far-western Nepal at 18:56 UTC on 13 October (00:41 local time on 14 October).
The USGS located the epicentre near Chainpur in Bajhang district, Sudurpashchim
Province, at a depth of 14.2 km. Nepal's National Earthquake Monitoring and Research
Centre (NEMRC) recorded the event as magnitude 6.1 (local magnitude) at a depth of 10 km,
and India's National Center for Seismology reported magnitude 6.0.

Casualties. As of Thursday afternoon local time, the Ministry of Home Affairs reports 26
people killed and more than 110 injured. All deaths so far have been reported in Bajhang
district. Figures are expected to be revised as assessments are completed.

Housing. The district administration reports 1,480 houses fully destroyed and about
3,900 partially damaged. An estimated 9,800 people are sleeping outdoors or in
temporary shelters, many of them because they fear aftershocks rather than because
their homes are uninhabitable.

Access. The epicentral area lies roughly 280 miles west of Kathmandu. Roads to the
northern municipalities were blocked by landslides on 14 October but had partly reopened
by the evening, according to the Nepal Army. Helicopter access remains essential for
the highest villages.

Aftershocks. More than 20 aftershocks of magnitude 4.0 or above were recorded in the
first 24 hours, the largest of magnitude 4.6 at 21:30 UTC on 13 October.

Response. The government has announced a relief payment of NPR 200,000 (about US$1,480)
for each bereaved family and free treatment for the injured. The Nepal Red Cross Society
has distributed 1,200 tarpaulins and 2,000 blankets and released NPR 5 million (about
$37,000) from its disaster response fund.

Needs. Partners on the ground identify emergency shelter and winterisation as the top
priorities: night-time temperatures in the affected area are falling to about 4°C.
Other needs include safe water, latrines, hygiene kits and psychosocial support,
particularly for children.

“People have lost their houses just as winter begins. The next two weeks are critical
to make sure families are not left sleeping in the cold,” said Anita Thapa Chhetri,
programme manager for the Nepal Shelter Cluster Support Network in Dhangadhi.

Context. Western Nepal has been hit by a series of damaging earthquakes. The
magnitude 5.7 (USGS) Jajarkot earthquake of 3 November 2023 killed 153 people and left
tens of thousands of families without safe homes. The magnitude 7.8 Gorkha earthquake of 25 April
2015 killed nearly 9,000 people. Most rural houses in the region are built of stone and
mud mortar, which performs poorly in moderate shaking.

Funding. No international appeal has been launched. The government has said it will
lead the response with national resources and has not requested international search
and rescue teams.

Next update. ReliefLine Asia will publish its next update on 17 October, or earlier if
the situation changes significantly.
"""),
    tags=("Nepal", "Earthquake", "Shelter", "South Asia"),
    sidebar_title="Other active situations",
    sidebar=[
        "Pakistan: monsoon floods — 1.3 million acres affected (update 6)",
        "Bangladesh: Cyclone preparedness in 9 coastal districts",
        "Myanmar: displacement in Sagaing — 14,000 newly displaced",
        "Sri Lanka: landslide warnings in 4 districts",
    ],
    newsletter="Subscribe to ReliefLine Asia situation updates for South Asia.",
    footer_links=("About ReliefLine", "Methodology", "Data sources", "Contact", "Privacy"),
    copyright_holder="ReliefLine Asia",
    kind="trade",
)

_EQ = {
    "id": "eq-GF6",
    "part": "GF",
    "domain": "earthquake",
    "fetched": "2026-10-16",
    "articles": [
        {"url": "https://www.transasiapress.example/asia/nepal-earthquake-bajhang-kills-at-"
                "least-nine-TAP88412", "html": _EQ1_WIRE},
        {"url": "https://nepalnow24.example/live/bajhang-earthquake-live-updates-death-toll-"
                "rescue", "html": _EQ2_LIVE},
        {"url": "https://himalayanmirror.example/nation/bajhang-quake-toll-climbs-to-26-"
                "thousands-spend-night-in-open", "html": _EQ3_PAPER},
        {"url": "https://reliefline.example/updates/nepal-bajhang-earthquake-situation-update-2",
         "html": _EQ4_RELIEF},
    ],
    "planted": [],
}

STORIES: list[dict] = [_CB, _EL, _CT, _TR, _RK, _EQ]
