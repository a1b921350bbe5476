"""Story battery, part AM — Nigeria and Ghana, events in 2026.

Written by engineer AM1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six invented events (real institutions and places only as scenery; every outlet,
reporter, company, candidate, most officials and all figures are invented). Three
stories are controls with nothing planted; three carry exactly three planted errors,
each made by one outlet while at least two others give the right value. Every story is
full of legitimate variation that a good tool must NOT report. Time zones: Nigeria is
WAT (UTC+1), Ghana is GMT (UTC+0) all year.

cb-AM1 — central bank — CONTROL — fetched 2026-05-27
  TRUE FACTS: Central Bank of Nigeria, Monetary Policy Committee (306th meeting), Abuja,
  Monday 18 – Tuesday 19 May 2026. Decision announced Tuesday 19 May at about 2:40 p.m.
  WAT (13:40 GMT) by Governor Dr Chukwuemeka Obinna Nwafor. MPR cut by 50 basis points
  (half a percentage point) from 26.5% to 26.0%. Corridor kept at +250/-100 bp (SLF
  28.5%, SDF 25.0%). CRR 45% commercial banks, 16% merchant banks; liquidity ratio 30%.
  Vote of 12 members: 9 for a 50 bp cut, 2 for 25 bp, 1 to hold. April inflation 16.8%
  (March 17.6%). Previous meeting (23-24 March): 25 bp cut from 26.75% to 26.5%. Next
  meeting 20-21 July. Deputy Governor (Economic Policy) Halima Bello-Yusuf.
  OUTLETS: Sahel & Coast Newswire (wire, meta); The Lagos Ledger (newspaper, line);
  Zuma Broadcasting Network (broadcaster, jsonld); The Naira Brief (newsletter, none).
  PLANTED: none.
  LEGITIMATE TRAPS: 50 basis points / half a percentage point / half-point; 26% / 26.0% /
  26 per cent; 2:40 p.m. WAT vs 1340 GMT; name with and without middle name and "Dr";
  previous decision's figures (26.75% -> 26.5%, 25 bp); economists' poll (14 of 19
  expected 25 bp); analysts' forecasts for July and December; naira 1,418 per dollar
  vs N1,418/$; reserves $44.6 billion; Q1 GDP 3.9% vs IMF forecast 4.1%; average prime
  lending rates; T-bill yields; sidebars with Ghana's and other countries' rates; the
  meeting's two days vs the announcement day vs the newsletter's publication day.

el-AM2 — election — 3 PLANTED — fetched 2026-04-22
  TRUE FACTS: Parliamentary by-election, Nkawkaw constituency, Eastern Region, Ghana,
  Tuesday 14 April 2026 (polls 7 a.m. – 5 p.m. GMT), after the death on 9 February of
  MP Samuel Yeboah Adomako. 138 polling stations, 61,850 registered voters. Result
  declared at 1:15 a.m. GMT on Wednesday 15 April by returning officer Mavis Adjoa
  Odartey: Kwabena Asiedu-Mensah (NPP) 18,642 (54.31%); Efua Darkwah (NDC) 15,209
  (44.31%); Isaac Nii Quaye (independent) 473 (1.38%). Valid 34,324; rejected 212;
  cast 34,536; turnout 55.84%. Margin 3,433. In 2024 Adomako won with 57.2% (41.9%
  runner-up), turnout 68.3%.
  OUTLETS: GhanaVoice Online (live blog, newest first, GMT stamps, meta); The Accra
  Chronicle (newspaper, line); Ridge FM (broadcaster, jsonld); The Gold Coast Dispatch
  (weekly newsletter, none).
  PLANTED: (1) weekday of the vote: Tuesday (right) vs Thursday (wrong) — The Gold Coast
  Dispatch. (2) runner-up's surname: Darkwah (right) vs Darkwa (wrong) — Ridge FM.
  (3) winner's votes, digits swapped: 18,642 (right) vs 18,462 (wrong) — The Accra
  Chronicle.
  LEGITIMATE TRAPS: live blog's partial tallies (47 and 102 of 138 stations) before the
  declaration; 2024 general-election result and turnout; shares rounded (54.3%, "about
  54 per cent") and turnout 55.84% / "about 56 per cent"; polling day vs declaration day
  (after midnight); names with titles (Madam, Mr, Ms) and without middle names; security
  deployment, registered voters; "just over 18,600"; sidebar with other elections'
  figures.

ct-AM3 — court — CONTROL — fetched 2026-03-20
  TRUE FACTS: Supreme Court of Ghana, Accra, Wednesday 11 March 2026 (judgment read from
  about 10:30 a.m. GMT): by 5-2 a seven-member panel presided over by Justice Yaa Amponsah
  Ocran declared the Digital Services Levy Act, 2025 (Act 1139) unconstitutional and void
  because too few MPs were present when it was passed on 17 July 2025 (Article 104(1):
  half of the 276-member House, i.e. 138; Votes and Proceedings recorded 131 present; the
  Attorney-General had argued 142 were within the precincts). Lead judgment Justice
  Emmanuel Kwesi Tandoh; majority also Ocran, Kofi Asare-Bediako, Comfort Ansah-Owusu,
  Peter Nii Lartey; dissent Justices Abena Oppong-Darko and Mohammed Issah Zakaria. Plaintiff Nana Kwame Adu-Gyamfi, Sunyani
  lawyer; suit filed 2 October 2025; hearing closed 4 February 2026; full reasons to be
  filed by 8 April 2026. Levy: 1.5% on digital-services payments, in force since 1
  September 2025 (passed 17 July, assented 8 August 2025). GH₵1.27 billion (about $82
  million) collected September 2025 – February 2026 per the GRA; no refunds ordered
  (prospective effect). Deputy Attorney-General Akua Sarpong-Kumi.
  OUTLETS: Sahel & Coast Newswire (wire, jsonld); The Accra Chronicle (newspaper, meta);
  Harmattan TV (broadcaster, none); Ghana Law Weekly (newsletter, line).
  PLANTED: none.
  LEGITIMATE TRAPS: 5-2 / five to two / seven-member panel; several dates of the same
  case (passed, assented, in force, filed, heard, judgment, reasons due); cedis vs
  dollars; judges named with and without "Justice"/JSC and middle names; attributed
  competing attendance counts (131 recorded vs 142 claimed; 138 required) and competing
  revenue-loss estimates (Finance Ministry GH₵2.1 billion vs Institute for Fiscal
  Clarity GH₵1.6 billion); 2026 budget projection GH₵2.9 billion; quotes worded
  slightly differently by two outlets; a Kumasi damages award and other cases in
  sidebars.

tr-AM4 — trade — 3 PLANTED — fetched 2026-07-10
  TRUE FACTS: Ghana sets an annual tariff-rate quota on frozen poultry imports of 180,000
  tonnes (45,000 tonnes a quarter) at the existing 20% duty; imports above the quota pay
  an additional 35% duty (55% in all). Announced Thursday 2 July 2026 in Accra by the
  Minister for Trade, Agribusiness and Industry, Kwesi Amponsah-Darko. Regulations
  gazetted 26 June; effective Saturday 1 August 2026; first quota year ends 31 July
  2027; licence applications open 13 July. 2025 imports 312,000 tonnes (Ghana
  Statistical Service) — farmers' association says 340,000, importers' association
  290,000; import bill about $420 million. Domestic output about 80,000 tonnes, target
  150,000 tonnes by 2028.
  OUTLETS: Sahel & Coast Newswire (wire, line); The Osu Observer (newspaper, jsonld);
  Ridge FM (broadcaster, meta); AgriMarkets West Africa (newsletter, none).
  PLANTED: (1) the minister's office: trade minister (right) vs finance minister (wrong)
  — The Osu Observer. (2) effective date: 1 August (right) vs 1 September (wrong) — Ridge
  FM. (3) above-quota additional duty, digits swapped: 35% (right) vs 53% (wrong) —
  AgriMarkets West Africa.
  LEGITIMATE TRAPS: quota per quarter vs per year; tonnes vs kilograms/cartons;
  attributed competing import estimates; in-quota 20% vs additional 35% vs combined 55%;
  announced / gazetted / effective / licence dates; dollars vs cedis; Nigeria's own ban
  as background; production target (forecast); sidebars.

rk-AM5 — rocket — CONTROL — fetched 2026-09-25
  TRUE FACTS: Savanna Launch Systems (Lagos) flew its suborbital Harmattan-1 rocket from a
  temporary pad at Orimedu, Ibeju-Lekki, Lagos State, on Thursday 17 September 2026 at
  10:42 a.m. WAT (09:42 GMT/UTC), after a 72-minute hold for upper-level winds (planned
  9:30 a.m.). Apogee 104.6 km (about 65 miles, about 343,000 ft) by company telemetry;
  an independent tracking team at FUTA estimated 103.9 km. Liftoff to splashdown 7 min
  48 s (468 s); motor burn 52 s; top speed Mach 4.8; 9.2 m tall, 1,350 kg at liftoff;
  three experiments, 11 kg in all (two Nigerian universities, one Ghanaian). Splashdown
  about 41 km offshore; payload module recovered by boat. Licensed by NASRDA. CEO
  Temitope Ogunleye-Hart; chief engineer Ifeoma Chukwuka. Harmattan-0 reached 38 km in
  November 2025.
  OUTLETS: The Lagos Ledger (live blog, newest first, WAT stamps, jsonld); Sahel & Coast
  Newswire (wire, none); Zuma Broadcasting Network (broadcaster, meta); Orbit Africa
  Weekly (newsletter, line).
  PLANTED: none.
  LEGITIMATE TRAPS: live blog's preliminary apogee "about 102 km" before the final figure;
  attributed competing apogee (104.6 vs 103.9 km); km vs miles vs feet; WAT vs GMT vs
  UTC; 7 min 48 s vs 468 seconds vs "under eight minutes"; planned vs actual launch time;
  previous flight's figures; future orbital plans (forecast); costs in naira and
  dollars; sidebars.

eq-AM6 — disaster (flood) — 3 PLANTED — fetched 2026-09-02
  TRUE FACTS: Flash flood in Kontagora, Niger State, Nigeria. Rain began about 9 p.m. on
  Sunday 23 August 2026 and lasted about six hours (142 mm at the NiMet station); the
  Kuriyan Dutse embankment gave way at about 2 a.m. WAT on Monday 24 August. Final toll
  announced Thursday 27 August by NSEMA Director-General Salihu Garba Tanko: 117 dead,
  64 missing; 9,800 displaced (Nigerian Red Cross estimate 11,500); 2,340 houses destroyed
  or damaged; three bridges. NEMA Director-General Hauwa Musa Kaita.
  OUTLETS: Arewa Daily (live blog, newest first, WAT stamps, meta); Sahel & Coast
  Newswire (wire, line); The Minna Courier (newspaper, jsonld); Sahel Climate Brief
  (newsletter, none).
  PLANTED: (1) final death toll, digits swapped: 117 (right) vs 171 (wrong) — The Minna
  Courier. (2) duration of the rain: six hours (right) vs three hours (wrong) — Sahel &
  Coast Newswire. (3) place: Niger State (right) vs Kebbi State (wrong) — Sahel Climate
  Brief.
  LEGITIMATE TRAPS: rising provisional tolls on the live blog (23, 58, 96, 109) before
  117; attributed competing displacement figures; houses "destroyed or damaged"; rainfall
  in mm vs inches; local time WAT; earlier floods' figures; relief money in naira; NiMet
  seasonal forecast; sidebars.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Nigeria", "Ghana", "Africa", "Business", "World", "Opinion", "Sport", "Video"]


def _esc(text):
    return html.escape(text, quote=False)


def paras(text):
    """Blank-line separated paragraphs; '##AD##' is a mid-article ad slot, '## x' a subhead."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block == "##AD##":
            out.append('<div class="ad-slot ad-inline"><span>Advertisement</span></div>')
        elif block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def updates(entries):
    """Live-blog entries, newest first: (stamp, heading, text)."""
    out = ['<div class="live-feed">']
    for stamp, head, text in entries:
        out.append(f'<div class="live-update"><p class="update-time"><time>{_esc(stamp)}</time></p>'
                   f"<h3>{_esc(head)}</h3>\n{paras(text)}</div>")
    out.append("</div>")
    return "\n".join(out)


def article(outlet, path, headline, standfirst, byline, body, *, date_mode="none", when="",
            date_line="", sidebar=("", ()), related=(), section="News"):
    """One outlet's full web page; date_mode is 'meta', 'jsonld', 'line' or 'none'."""
    name, domain = outlet
    url = f"https://{domain}/{path}"
    head_extra = ""
    if date_mode == "meta":
        head_extra = f'<meta property="article:published_time" content="{when}">'
    elif date_mode == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                "datePublished": when, "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head_extra = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    visible_date = f'<p class="dateline">{_esc(date_line)}</p>' if date_mode == "line" else ""
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    side_title, side_items = sidebar
    side = "".join(f"<li>{_esc(i)}</li>" for i in side_items)
    rel = "".join(f'<li><a href="https://{domain}/{p}">{_esc(t)}</a></li>' for t, p in related)
    share = ('<div class="share-bar"><span>Share this story</span> <a href="#">Facebook</a> '
             '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>')
    return {"url": url, "html": f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(headline)} | {_esc(name)}</title>
<meta name="description" content="{html.escape(standfirst)}">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:site_name" content="{html.escape(name)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
{head_extra}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to run this site, measure traffic and show personalised advertising. You can accept all cookies or choose your preferences.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://{domain}/">{_esc(name)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"></form>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main class="page">
<article class="story">
<p class="kicker">{_esc(section)}</p>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<p class="byline">{_esc(byline)}</p>
{visible_date}
{share}
<div class="article-body">
{body}
</div>
{share}
</article>
<aside class="sidebar"><div class="box"><h2>{_esc(side_title)}</h2><ul>{side}</ul></div>
<div class="ad-slot ad-mpu"><span>Advertisement</span></div>
<div class="box newsletter-signup"><h2>Get our morning newsletter</h2><p>The day's main stories in your inbox before 8 a.m.</p><button>Sign up</button></div></aside>
<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>
<div class="ad-slot ad-footer"><span>Advertisement</span></div>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>&copy; 2026 {_esc(name)}. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""}


# ---------------------------------------------------------------------------
# cb-AM1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

SCN = ("Sahel & Coast Newswire", "sahelcoastwire.example")
LEDGER = ("The Lagos Ledger", "lagosledger.example")
ZBN = ("Zuma Broadcasting Network", "zumabn.example")
NAIRA_BRIEF = ("The Naira Brief", "nairabrief.example")

CB_AM1 = {
    "id": "cb-AM1",
    "part": "AM",
    "domain": "central bank",
    "fetched": "2026-05-27",
    "planted": [],
    "articles": [
        article(
            SCN, "business/nigeria-central-bank-cuts-rate-50-bps-20260519",
            "Nigeria's central bank cuts rate by 50 basis points as inflation cools",
            "Monetary Policy Committee lowers its benchmark to 26.0% in a bigger move than most economists had forecast",
            "By Tunde Alabi and Grace Eze",
            paras("""
ABUJA, May 19 (SCN) - Nigeria's central bank cut its benchmark interest rate by 50 basis points to 26.0% on Tuesday, its second reduction in a row, saying a steady slowdown in inflation gave it room to support lending to businesses.

The Monetary Policy Committee lowered the Monetary Policy Rate from 26.5% at the end of a two-day meeting, Central Bank of Nigeria Governor Chukwuemeka Nwafor told reporters in Abuja. The announcement came at about 2:40 p.m. (1340 GMT).

Nine of the 12 committee members voted for the half-point cut, two favoured a smaller reduction of 25 basis points and one voted to leave the rate unchanged, Nwafor said.

The decision was more aggressive than forecast. Fourteen of 19 economists polled by Sahel & Coast Newswire last week had expected a 25 basis point cut, three predicted no change and only two had pencilled in a move of 50 basis points.

"The committee is satisfied that the disinflation process has become entrenched," Nwafor said. "We are not declaring victory, but we are no longer seeing the pressures that justified the very tight stance of the past two years."

Headline inflation eased to 16.8% year on year in April from 17.6% in March, according to the National Bureau of Statistics, a fourth consecutive monthly decline. Food prices, long the biggest driver, have been helped by a good dry-season harvest and a steadier naira.

##AD##

The committee kept the asymmetric corridor around the policy rate at +250/-100 basis points, which means banks borrowing at the standing lending facility now pay 28.5% and those parking cash at the deposit facility earn 25.0%. It left the cash reserve requirement at 45% for commercial banks and 16% for merchant banks, and held the liquidity ratio at 30%.

In March the MPC trimmed the rate by 25 basis points to 26.5% from 26.75%, the first easing since September.

The naira was little changed after the announcement, trading at around 1,418 per dollar on the official market. Gross external reserves stood at $44.6 billion at the end of last week, according to central bank data.

Bolaji Adeniran, chief economist at Lagos-based Cowrie Capital, said the size of the cut suggested the bank was now giving more weight to growth. "I would pencil in another 50 basis points in July and probably a pause after that, unless the naira comes under pressure again," he said.

Africa's most populous country grew 3.9% year on year in the first quarter of 2026, official data showed last week. The International Monetary Fund forecasts growth of 4.1% for the full year.

Several economists cautioned that the transmission to borrowers would be slow, with average prime lending rates at commercial banks still above 30%.

The next MPC meeting is scheduled for July 20-21.

(Reporting by Tunde Alabi in Abuja and Grace Eze in Lagos; Editing by Kofi Mensah-Bonsu)
"""),
            date_mode="meta", when="2026-05-19T14:58:00+01:00", section="Business",
            sidebar=("Most read", (
                "Ghana's central bank holds policy rate at 18% as cedi steadies",
                "Kenya shilling slips 0.4% after budget statement",
                "Lagos bourse index tops 140,000 points for the first time",
                "Cocoa futures fall 6% as West African crop outlook improves",
            )),
            related=(
                ("Nigeria's inflation slows for fourth month, to 16.8% in April", "business/nigeria-inflation-april-2026"),
                ("Central bank trims rate by 25 bps in March, first cut since September", "business/cbn-march-decision-2026"),
                ("Egypt keeps overnight deposit rate unchanged", "business/egypt-rates-may-2026"),
            ),
        ),
        article(
            LEDGER, "business/cbn-slashes-mpr-to-26-per-cent",
            "CBN slashes MPR to 26%, signals more relief for borrowers",
            "Half-point cut catches the market off guard; bankers say lending rates will take months to follow",
            "Adaora Nnamdi, Business Editor",
            paras("""
Manufacturers and small businesses that have spent two years paying more than 30 per cent for working capital got the clearest signal yet that cheaper money is on the way, after the Central Bank of Nigeria on Tuesday lowered its Monetary Policy Rate by half a percentage point to 26 per cent.

The cut, announced in Abuja by the governor, Dr Chukwuemeka Obinna Nwafor, at the end of the committee's 306th meeting, was twice the size most analysts had expected. It follows a quarter-point reduction in March, when the rate came down from 26.75 per cent to 26.5 per cent.

Reading the communiqué, Dr Nwafor said the committee was satisfied that disinflation had become entrenched and that the risks to the outlook were now "more balanced than at any time since 2023".

## How the committee voted

Of the 12 members at the meeting, nine voted for a 50 basis point reduction, two wanted 25 basis points and one voted for a hold. The committee retained the asymmetric corridor of plus 250 and minus 100 basis points around the MPR and left the cash reserve requirement and the liquidity ratio unchanged.

The Deputy Governor in charge of Economic Policy, Mrs Halima Bello-Yusuf, told journalists after the briefing that the bank did not see the cut as the start of an open-ended easing cycle. "Every decision from here will be data-dependent. We will be watching food prices and the exchange rate very closely," she said.

##AD##

## Relief for borrowers?

Bankers were cautious. The managing director of a tier-two lender, who asked not to be named because he was not authorised to comment, said deposit costs would have to fall first. "You will not see prime lending rates drop by 50 basis points next week. Give it one or two quarters," he said.

The chairman of the Association of Lagos Manufacturers, Engr. Segun Ogundipe, welcomed the move but said members were still borrowing at an average of 31.2 per cent. "A cut is a cut, and we are grateful, but the factory floor needs a rate closer to 20 per cent before we can expand," he said.

Headline inflation fell to 16.8 per cent in April from 17.6 per cent in March, the fourth straight monthly decline. At its peak in 2024 the figure was more than double the current rate, and the MPR stood at 27.5 per cent for much of 2025.

## What comes next

Dr Nwafor declined to say whether the committee would cut again at its next sitting, scheduled for July 20 and 21. "We do not pre-commit. What I can tell you is that the direction of inflation is what guides us," he said.

Analysts at Lagos brokerage Meridian Trust expect the rate to end the year at 25 per cent, while Cowrie Capital sees room for a further 100 basis points of cuts by December if the naira holds near N1,418/$.

The stock market rallied on the news, with the main index rising 1.7 per cent by the close of trading on Tuesday, led by banking shares.
"""),
            date_mode="line", date_line="Wednesday, 20 May 2026", section="Business",
            sidebar=("Most read", (
                "FG approves N2.3trn for new Lagos–Calabar coastal road section",
                "Super Eagles coach names 26-man squad for June friendlies",
                "Petrol price drops to N890 per litre at Lagos filling stations",
                "Abuja tenants face 15% rent increase, survey finds",
            )),
            related=(
                ("Editorial: The MPC has done its part. Now fiscal policy must follow", "opinion/editorial-mpc-may-2026"),
                ("Inflation: Food prices ease for fourth straight month", "business/inflation-april-food-prices"),
            ),
        ),
        article(
            ZBN, "news/business/cbn-cuts-interest-rate-to-26-percent",
            "CBN cuts interest rate to 26 percent",
            "Central bank says slowing inflation allows it to lower the policy rate for a second time this year",
            "Musa Ibrahim, ZBN Business Desk",
            paras("""
The Central Bank of Nigeria has cut its key interest rate to 26 percent, in a move the governor says reflects growing confidence that inflation is on a sustained downward path.

The Monetary Policy Committee, which met on Monday and Tuesday in Abuja, reduced the Monetary Policy Rate by 50 basis points from 26.5 percent.

Speaking at a news conference shortly before 3pm, the CBN governor, Chukwuemeka Nwafor, said nine of the twelve members of the committee voted for the cut announced today, with the others divided between a smaller cut and no change at all.

In an interview with ZBN after the briefing, Mr Nwafor said price stability remained the bank's first job. "With inflation coming down month after month, it is proper that we begin to normalise. But let nobody think we have taken our eyes off the ball," he said.

Inflation fell to 16.8 percent in April, according to figures released last week by the National Bureau of Statistics.

##AD##

## The naira

The deputy governor for economic policy, Halima Bello-Yusuf, told ZBN that the bank was comfortable with the level of foreign reserves, which stood at about 44.6 billion dollars.

"Our reserves give us a buffer. We are not targeting any rate for the naira, but we will act against disorderly movements," she said.

The naira traded at about 1,418 to the dollar on the official window on Tuesday afternoon, broadly unchanged on the day.

## Reactions

The Nigeria Employers' Forum, a business lobby, said the cut was "a good beginning" but called on commercial banks to pass it on quickly.

An economist at the University of Ibadan, Professor Ngozi Okoro-Lawal, told ZBN that the committee appeared to have been encouraged by the stability of the exchange rate in recent months. "The risk is that the bank moves too fast and then has to reverse course if oil prices fall," she said. "A cut of 25 basis points would have been more prudent in my view."

The decision makes Nigeria one of several African economies lowering borrowing costs this year. In neighbouring Ghana, where inflation has fallen sharply, the Bank of Ghana kept its policy rate unchanged at its last meeting.

The CBN's next rate-setting meeting is due in July.

The full communiqué of the meeting, the 306th since the committee was created, is available on the bank's website.
"""),
            date_mode="jsonld", when="2026-05-19T16:20:00+01:00", section="Business",
            sidebar=("Trending on ZBN", (
                "Video: Flooding hits parts of Port Harcourt after 5-hour downpour",
                "NPFL: Enyimba beat Rivers United 2-1 in Aba",
                "Senate passes bill to create 3 new federal universities",
                "Kano airport records 1.2 million passengers in 2025",
            )),
            related=(
                ("Explainer: What the Monetary Policy Rate means for your loan", "news/business/explainer-mpr"),
                ("Ghana: Bank of Ghana holds rate as inflation slows", "news/africa/ghana-rate-hold"),
            ),
        ),
        article(
            NAIRA_BRIEF, "issues/2026-05-20/the-half-point-surprise",
            "The half-point surprise",
            "The MPC goes bigger than expected. What it means for yields, the naira and the July meeting",
            "Written by Obinna Eke-Thompson",
            paras("""
Good morning. This week's issue is almost entirely about one number.

## 1. What happened

On Tuesday, May 19, the Central Bank of Nigeria's Monetary Policy Committee cut the Monetary Policy Rate by 50bp, from 26.50% to 26.00%. Governor Chukwuemeka Nwafor read out the decision at roughly 2:40pm Abuja time, at the end of a meeting that began on Monday.

The consensus was 25bp. We said in last week's issue that a half-point move was "possible but unlikely". We were wrong, and so was most of the Street.

The vote was 9-2-1: nine for 50bp, two for 25bp, one for a hold. That is a clear majority, not a split decision, and the single vote to hold was, we understand, an external member.

## 2. Everything else stayed put

The corridor stays at +250/-100bp, so the standing lending facility is now 28.50% and the standing deposit facility 25.00%. CRR unchanged at 45% (commercial banks) and 16% (merchant banks). Liquidity ratio unchanged at 30%.

##AD##

## 3. Why they did it

Two reasons, in our reading. First, April CPI: headline inflation fell to 16.8% from 17.6%, and the month-on-month figure was the lowest in more than two years. Second, the naira: it has traded in a tight range around N1,400-1,430/$ since February, and reserves are at $44.6bn.

Nwafor's line in the press conference that the committee is "satisfied that the disinflation process has become entrenched" is the sentence to frame.

## 4. Market reaction

Short-dated bills rallied. The 364-day Treasury bill yield fell about 85bp to 17.9% in secondary trading on Tuesday afternoon. The stock market's banking index rose more than 2%. Dollar demand on the official window was muted.

## 5. Our call

We now expect another 50bp at the July 20-21 meeting, taking the MPR to 25.50%, and a further 50bp in September, to 25.00%. Risks: oil, a bad harvest, pre-election spending in 2027.

Note that there is a difference between the forecasts floating around this week. Cowrie Capital sees the MPR at 25.00% by December; Meridian Trust's year-end call is also 25%, but it gets there more slowly. Our own end-year number is 24.50%.

## 6. Ghana corner

The Bank of Ghana kept its policy rate unchanged at 18% at its May meeting, citing the cedi's stability. Ghana's inflation, at 9.2% in April, is now roughly half of Nigeria's.

## 7. One chart we liked

A central bank slide showed food inflation and headline inflation moving together for the first time since 2022. We will publish it in Friday's members' edition.

That's all for this week. Reply to this email with questions; we read everything.
"""),
            date_mode="none", section="Newsletter",
            sidebar=("In previous issues", (
                "May 13: Why we think the MPC will cut by 25bp (we were wrong)",
                "May 6: Eurobond yields drop to 8.9% as investors return",
                "April 29: Dangote-style refineries and the naira",
                "April 22: The 17.6% question — March CPI in five charts",
            )),
            related=(
                ("Subscribe to The Naira Brief premium", "subscribe"),
                ("Archive: The March rate cut, explained", "issues/2026-03-25/first-cut"),
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------
# el-AM2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

GHANAVOICE = ("GhanaVoice Online", "ghanavoice.example")
CHRONICLE = ("The Accra Chronicle", "accrachronicle.example")
RIDGE = ("Ridge FM", "ridgefm.example")
DISPATCH = ("The Gold Coast Dispatch", "goldcoastdispatch.example")

EL_AM2 = {
    "id": "el-AM2",
    "part": "AM",
    "domain": "election",
    "fetched": "2026-04-22",
    "planted": [
        ("weekday of the by-election: Tuesday vs Thursday (The Gold Coast Dispatch)",
         r"\btuesday\b", r"\bthursday\b"),
        ("runner-up's surname: Darkwah vs Darkwa (Ridge FM)",
         r"\bdarkwah\b", r"\bdarkwa\b"),
        ("winner's votes, digits swapped: 18,642 vs 18,462 (The Accra Chronicle)",
         r"\b18,?642\b", r"\b18,?462\b"),
    ],
    "articles": [
        article(
            GHANAVOICE, "live/nkawkaw-by-election-2026-live-updates",
            "LIVE: Nkawkaw by-election — NPP's Asiedu-Mensah declared winner",
            "Follow our live coverage of voting, counting and collation in the Eastern Region constituency",
            "GhanaVoice Online politics team",
            updates([
                ("15 Apr 2026, 01:32 GMT", "Asiedu-Mensah declared MP-elect for Nkawkaw", """
The returning officer, Madam Mavis Adjoa Odartey, has declared Kwabena Asiedu-Mensah of the NPP the winner of Tuesday's by-election. The declaration was made at 1:15 a.m. at the district collation centre.

Certified results: Kwabena Asiedu-Mensah (NPP) 18,642 votes, 54.31%. Efua Darkwah (NDC) 15,209 votes, 44.31%. Isaac Nii Quaye (Independent) 473 votes, 1.38%.

Total valid votes 34,324; rejected ballots 212; total votes cast 34,536. With 61,850 registered voters, turnout works out at 55.84%.
"""),
                ("15 Apr 2026, 00:51 GMT", "Darkwah: 'We fought a clean fight'", """
Efua Darkwah has just spoken to supporters outside the collation centre. She did not formally concede, saying her agents were still checking pink sheets, but her tone was conciliatory.

"We fought a clean fight in a seat nobody gave us a chance in. I am proud of every single vote," she said.
"""),
                ("14 Apr 2026, 23:10 GMT", "102 of 138 polling stations in", """
Our own tally of pink sheets from 102 of the 138 polling stations: Asiedu-Mensah 13,877, Darkwah 11,240, Quaye 349.

These are provisional GhanaVoice figures, not EC results. The remaining stations are mostly in the larger urban areas around the lorry station, where the NPP has traditionally done well.
"""),
                ("14 Apr 2026, 21:25 GMT", "Early tally: 47 stations", """
With results from 47 of 138 polling stations collated by our reporters: Asiedu-Mensah 6,210, Darkwah 5,388, Quaye 151.

It is tighter than many expected. In the 2024 general election, the late MP Samuel Yeboah Adomako won this seat with 57.2% of the vote against 41.9% for the NDC.
"""),
                ("14 Apr 2026, 19:02 GMT", "Counting under way", """
Counting is going on at polling stations across the constituency. The Eastern Regional Police Command says voting was largely peaceful, although a brief scuffle between party supporters at a polling station near the Nkawkaw market was quickly brought under control. Nobody was arrested.
"""),
                ("14 Apr 2026, 17:05 GMT", "Polls close", """
Voting has officially ended at 5 p.m. Anyone already in a queue at closing time is being allowed to vote. Our reporters say turnout looked noticeably lower than in December 2024, when 68.3% of registered voters cast ballots here.
"""),
                ("14 Apr 2026, 09:40 GMT", "Polls open in Nkawkaw", """
Good morning and welcome to our live coverage. Voting began at 7 a.m. on Tuesday at 138 polling stations across the constituency, where 61,850 people are registered to vote.

The by-election was called after the death on February 9 of the sitting MP, Samuel Yeboah Adomako, who had represented Nkawkaw since 2016. Three candidates are on the ballot: Kwabena Asiedu-Mensah for the NPP, Efua Darkwah for the NDC and Isaac Nii Quaye, an independent.

The police say about 1,100 officers have been deployed.
"""),
            ]),
            date_mode="meta", when="2026-04-15T01:32:00+00:00", section="Politics",
            sidebar=("Most read", (
                "Ablekuma traders protest 40% rise in market tolls",
                "Black Stars climb to 62nd in FIFA rankings",
                "Cedi gains 1.5% against the dollar in March",
                "EC says voter register now has 18.9 million names",
            )),
            related=(
                ("Who is Kwabena Asiedu-Mensah?", "politics/profile-asiedu-mensah"),
                ("Nkawkaw by-election: the issues that matter to voters", "politics/nkawkaw-issues"),
            ),
        ),
        article(
            CHRONICLE, "politics/npp-holds-nkawkaw-asiedu-mensah-wins",
            "NPP holds Nkawkaw as Asiedu-Mensah wins by-election",
            "Former district chief executive beats NDC's Efua Darkwah, but party's share falls from 2024",
            "By Kofi Agyeman-Duah, Nkawkaw",
            paras("""
The New Patriotic Party retained the Nkawkaw seat in Tuesday's parliamentary by-election, but with a noticeably thinner majority than it enjoyed at the 2024 general election.

Kwabena Asiedu-Mensah, a former district chief executive, polled 18,462 votes, representing 54.31 per cent of the valid votes cast, according to the results declared by the Electoral Commission in the early hours of this morning.

His closest challenger, Efua Darkwah of the National Democratic Congress, obtained 15,209 votes, or 44.31 per cent. The independent candidate, Isaac Nii Quaye, polled 473 votes.

The returning officer, Mavis Odartey, said 212 ballots were rejected. A total of 34,536 votes were cast out of 61,850 registered voters.

## A seat held since 1996

The constituency fell vacant following the death in February of Samuel Yeboah Adomako, who was first elected in 2016 and re-elected in 2020 and 2024. At the last general election, he took 57.2 per cent of the vote.

Mr Asiedu-Mensah, 52, thanked voters at a victory rally that lasted until daybreak. "This seat belongs to the people of Nkawkaw, not to any party. I will be their voice in Parliament from the very first day," he said.

##AD##

Ms Darkwah, a teacher and local assembly member who was contesting for the first time, said the result showed that the NDC had made inroads in what is regarded as a safe NPP seat. "People said we would not even reach forty per cent here," she told the Chronicle.

She later congratulated her opponent in a statement issued on behalf of her campaign.

## Low turnout

Turnout was about 56 per cent, well below the 68.3 per cent recorded in 2024, a fall that both parties attributed to the mid-week polling date, the rains and the fact that many residents work in Accra and Koforidua.

Voting was largely peaceful. The Eastern Regional Police Command had deployed about 1,100 officers, and apart from a minor scuffle at one polling station near the market, no serious incident was reported.

## National stakes

The by-election was the first test of party strength in the region since the 2024 general election, and both parties sent senior figures to campaign. Roads, youth unemployment and the damage done by illegal mining to the Pra river basin dominated the campaign.

Mr Asiedu-Mensah is expected to be sworn in when Parliament resumes from its Easter recess. The Electoral Commission is due to gazette the result within the coming days.
"""),
            date_mode="line", date_line="Wednesday, 15 April 2026", section="Politics",
            sidebar=("Also in the Chronicle", (
                "Tema port handles 1.4 million containers in 2025, a record",
                "Government releases GH₵450m for school feeding arrears",
                "Hearts of Oak sack coach after 0-3 derby defeat",
                "Kumasi mayor promises 200 new streetlights",
            )),
            related=(
                ("Editorial: Lessons from Nkawkaw", "opinion/editorial-lessons-nkawkaw"),
                ("Tribute: Samuel Yeboah Adomako, 1961-2026", "news/tribute-adomako"),
            ),
        ),
        article(
            RIDGE, "news/politics/asiedu-mensah-wins-nkawkaw-seat",
            "Asiedu-Mensah wins Nkawkaw seat with 3,433-vote margin",
            "NPP candidate beats NDC's Efua Darkwa in Tuesday's by-election; turnout under 56%",
            "Ridge FM News",
            paras("""
The New Patriotic Party's Kwabena Asiedu-Mensah is the new Member of Parliament-elect for Nkawkaw after winning Tuesday's by-election by 3,433 votes.

The Electoral Commission's returning officer for the constituency, Mavis Adjoa Odartey, declared the results shortly after 1 a.m. on Wednesday. Mr Asiedu-Mensah polled 18,642 votes, while the National Democratic Congress candidate, Efua Darkwa, had 15,209. The independent candidate, Isaac Nii Quaye, received 473.

Turnout was 55.84 per cent.

Speaking on Ridge FM's morning show, the MP-elect said his first priority would be the Nkawkaw–Mpraeso road. "The people have waited for this road for twenty years. I will not rest until the contractor is back on site," he said.

He paid tribute to his late predecessor, Samuel Yeboah Adomako, describing him as "a father and a mentor to many of us in this constituency".

##AD##

## Darkwa: 'We are not going away'

Ms Darkwa told Ridge FM she accepted the outcome after her polling agents had confirmed the figures on the pink sheets. "We are not going away. We got more than 15,000 votes in a seat that has never voted for us. That is a foundation," she said.

The NDC's Eastern Regional Secretary, Kwame Ofori Boateng, said the party would study the results polling station by polling station. He said Ms Darkwa had outperformed the party's 2024 candidate by more than two percentage points.

## What the numbers say

The NPP's share of the vote fell to about 54 per cent from 57.2 per cent at the December 2024 general election, while the NDC's rose to about 44 per cent from 41.9 per cent.

Political scientist Dr Esi Amoako-Atta of the University of Ghana told Ridge FM the swing was modest. "By-elections usually punish the party in government, and here it was the governing party trying to take a seat from the opposition, which is always harder. A swing of about two and a half points is respectable but not dramatic," she said.

Voting on Tuesday was largely peaceful. About 1,100 police officers were deployed across the 138 polling stations.

The independent candidate, Isaac Nii Quaye, a businessman who left the NPP after losing its primary for the by-election, said he would now consult his supporters on his next move. His 473 votes were fewer than the margin between the two main candidates.

The MP-elect is expected to take his seat when Parliament resumes.
"""),
            date_mode="jsonld", when="2026-04-15T07:05:00+00:00", section="Politics",
            sidebar=("Top stories", (
                "Fuel prices to rise by 4% from April 16, say dealers",
                "ECG announces 12-hour power outage in parts of Accra",
                "Ghana Premier League: Kotoko go top with 2-0 win",
                "GES releases BECE timetable for June",
            )),
            related=(
                ("Listen: Full interview with the Nkawkaw MP-elect", "shows/morning-show/asiedu-mensah-interview"),
                ("Nkawkaw: Police deploy 1,100 officers for by-election", "news/nkawkaw-police-deployment"),
            ),
        ),
        article(
            DISPATCH, "weekly/nkawkaw-what-the-by-election-tells-us",
            "Nkawkaw: what the by-election tells us",
            "A safe seat held, a swing to the challenger, and an empty polling booth problem",
            "Yaw Osei-Bonsu",
            paras("""
Voters in Nkawkaw went to the polls on Thursday, April 14, to choose a successor to Samuel Yeboah Adomako, the veteran MP who died in February. They chose the NPP's Kwabena Asiedu-Mensah, as almost everyone expected. The interesting part is by how much.

## The result

The Electoral Commission declared the following in the early hours after polling day:

Kwabena Asiedu-Mensah (NPP): 18,642 votes (54.31%). Efua Darkwah (NDC): 15,209 (44.31%). Isaac Nii Quaye (independent): 473 (1.38%).

That is a majority of 3,433 on a turnout of 55.84%, down from 68.3% in 2024. In round numbers, just over 18,600 people voted for the winner, out of nearly 62,000 on the register.

## The swing

In 2024 Adomako beat the NDC by 57.2% to 41.9%, a gap of more than 15 points. Last week the gap was 10 points. That is a swing of roughly two and a half points from the NPP to the NDC, which is about what by-elections in safe seats tend to produce when the opposition runs a credible local candidate.

Darkwah was exactly that: a local teacher and assembly member with no national profile, who ran a door-to-door campaign on water, roads and the damage done by galamsey. Her line on the campaign trail, "Nkawkaw does not need a loud MP, it needs a present one," was aimed squarely at a winner who has spent much of the last decade in Accra.

##AD##

## The turnout problem

The more worrying number for both parties is the 44% of registered voters who stayed home. A mid-week vote in the rainy season was never going to bring out the crowds, and many registered voters now live and work in Accra or Koforidua. Holding by-elections on a weekday is a choice, not a law, and the Electoral Commission should revisit it.

## What happens next

The result is due to be gazetted, after which Asiedu-Mensah will be sworn in. The NPP will treat Nkawkaw as proof that its Eastern Region base is intact; the NDC will point to the swing. Both are right.

Our prediction for the next by-election, whenever it comes: turnout below 50%.

## Numbers of the week

138 polling stations. 212 rejected ballots. 1,100 police officers. 3 candidates. 0 arrests.

The Gold Coast Dispatch is a weekly newsletter on Ghanaian politics and policy. Forward it to a friend.
"""),
            date_mode="none", section="Weekly",
            sidebar=("From the archive", (
                "How the 2024 election was won in 12 swing seats",
                "The Electoral Commission's GH₵1.1bn budget, explained",
                "Why by-election turnout keeps falling: 2016-2025 in one table",
            )),
            related=(
                ("Subscribe to The Gold Coast Dispatch", "subscribe"),
                ("Last week: The cocoa price and the 2028 election", "weekly/cocoa-price-2028"),
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------
# ct-AM3 — court (CONTROL)
# ---------------------------------------------------------------------------

HARMATTAN_TV = ("Harmattan TV", "harmattantv.example")
LAW_WEEKLY = ("Ghana Law Weekly", "ghanalawweekly.example")

CT_AM3 = {
    "id": "ct-AM3",
    "part": "AM",
    "domain": "court",
    "fetched": "2026-03-20",
    "planted": [],
    "articles": [
        article(
            SCN, "africa/ghana-supreme-court-strikes-down-digital-services-levy-20260311",
            "Ghana's Supreme Court strikes down digital services levy",
            "Judges rule 5-2 that Parliament lacked the required number of MPs when the law was passed",
            "By Abena Kyeremeh",
            paras("""
ACCRA, March 11 (SCN) - Ghana's Supreme Court on Wednesday struck down a 1.5% levy on payments for digital services, ruling that Parliament did not have enough members present when it passed the law last year.

A seven-member panel ruled by five votes to two that the Digital Services Levy Act, 2025 was unconstitutional and void. The court said the levy must stop being collected immediately but declined to order refunds of money already paid.

The Ghana Revenue Authority has collected about 1.27 billion cedis ($82 million) from the levy since it took effect on Sept. 1, according to figures presented to the court.

Reading the lead judgment, Justice Emmanuel Kwesi Tandoh said the constitution required at least half of the 276 members of Parliament to be present when a decision is taken. The official record of the sitting on July 17, 2025, the Votes and Proceedings, showed 131 MPs present, short of the 138 required.

"The Constitution does not bend to the convenience of the moment. A law passed without the number of members the Constitution demands is no law at all," Tandoh said.

The Attorney-General's office had argued that 142 members were in the precincts of the chamber when the vote was taken, including some who were in the lobbies. The majority held that only the official record could be relied on.

##AD##

Justices Abena Oppong-Darko and Mohammed Issah Zakaria dissented. Oppong-Darko said the court should be slow to look behind Parliament's internal processes, while Zakaria said the plaintiff had waited too long after the law came into force to challenge it.

The case was brought in October by Nana Kwame Adu-Gyamfi, a lawyer in Sunyani. "This was never about the tax. It was about whether Parliament follows its own rules," he told reporters outside the court.

Deputy Attorney-General Akua Sarpong-Kumi said the government respected the ruling and would study the full reasons, which the court said would be filed by April 8.

The Finance Ministry has estimated that losing the levy will cost the treasury 2.1 billion cedis in the rest of this year. The 2026 budget had projected the levy would raise 2.9 billion cedis for the full year.

The ruling is a setback for the government, which introduced the levy as part of efforts to broaden the tax base under an IMF-backed programme. Several technology companies had objected that it raised costs for Ghanaian consumers.

Ghana scrapped a separate and widely unpopular levy on electronic transactions in 2025.

(Reporting by Abena Kyeremeh; Editing by Kofi Mensah-Bonsu)
"""),
            date_mode="jsonld", when="2026-03-11T12:14:00+00:00", section="Africa",
            sidebar=("Most read", (
                "Nigeria's inflation slows to 18.9% in February",
                "Cote d'Ivoire cocoa arrivals down 9% year on year",
                "Senegal to issue $750 million Eurobond",
                "Kenya's high court suspends 16% fuel tax rise",
            )),
            related=(
                ("Ghana's parliament approves digital services levy", "africa/ghana-parliament-digital-levy-20250717"),
                ("Ghana's cedi weakens 2% in February", "africa/ghana-cedi-february-2026"),
            ),
        ),
        article(
            CHRONICLE, "news/supreme-court-annuls-digital-services-levy",
            "Supreme Court annuls Digital Services Levy",
            "Majority finds Act 1139 was passed without quorum; no refunds for GH₵1.27bn collected",
            "By Nana Ama Frimpong, Judicial Correspondent",
            paras("""
The Supreme Court yesterday declared the Digital Services Levy Act, 2025 (Act 1139) unconstitutional, null and void, bringing to an end the 1.5 per cent charge on streaming subscriptions, app purchases and online advertising that consumers have paid since September last year.

In a 5-2 majority decision, the seven-member panel, presided over by Justice Yaa Amponsah Ocran, held that the Act was passed on 17 July 2025 when fewer than half of the members of Parliament were present in the chamber, contrary to Article 104(1) of the 1992 Constitution.

The majority comprised Justices Ocran, Emmanuel Kwesi Tandoh, Kofi Asare-Bediako, Comfort Ansah-Owusu and Peter Nii Lartey. Justices Abena Oppong-Darko and Mohammed Issah Zakaria dissented.

## Numbers in the chamber

At the heart of the case was a simple question of arithmetic. The Votes and Proceedings of Parliament for 17 July recorded 131 members present. With 276 seats in the House, at least 138 were required.

Counsel for the Attorney-General had urged the court to accept that 142 members were within the precincts of the chamber, relying on affidavits from officials of the Table Office. The majority rejected that argument.

Justice Tandoh, delivering the lead judgment, said the Votes and Proceedings were the authoritative record. "If the record is wrong, it is for Parliament to correct it, not for this court to guess at who was standing in the lobby," he said.

##AD##

## No refunds

The court, however, gave its ruling prospective effect. The GH₵1.27 billion collected by the Ghana Revenue Authority between September 2025 and February 2026 will not be refunded. Justice Tandoh said unwinding six months of payments made by millions of consumers "would create an administrative chaos out of all proportion to the wrong".

The plaintiff, Nana Kwame Adu-Gyamfi, a Sunyani-based legal practitioner, filed the writ on 2 October 2025. The hearing was concluded on 4 February this year, and the full reasons of the court are to be filed at the registry by 8 April.

Speaking to the Chronicle after the ruling, Mr Adu-Gyamfi said he was "vindicated but not celebrating". "I did not go to court because I love paying less for my Netflix. I went because Parliament must obey the Constitution like everybody else," he said.

## Fiscal hole

The Ministry of Finance estimates the loss at GH₵2.1 billion for the remainder of 2026. The Institute for Fiscal Clarity, an Accra think tank, puts it lower, at GH₵1.6 billion, arguing that collections had been falling as companies found ways to route payments around the levy.

The Deputy Attorney-General, Akua Sarpong-Kumi, said the government would study the judgment. She did not rule out laying a fresh bill before the House. "Nothing in today's decision stops Parliament from doing the right thing the right way," she said.

The levy was assented to by the President on 8 August 2025 and came into force on 1 September 2025.
"""),
            date_mode="meta", when="2026-03-12T06:00:00+00:00", section="News",
            sidebar=("Also in the Chronicle", (
                "Fuel prices go up 3% at the pumps from March 16",
                "Black Stars to face Mali in friendly on March 27",
                "Cocobod raises farmgate price to GH₵3,625 per bag",
                "Tema Motorway expansion 40% complete, says minister",
            )),
            related=(
                ("Editorial: Quorum is not a technicality", "opinion/editorial-quorum"),
                ("Timeline: The Digital Services Levy from budget to court", "news/timeline-digital-services-levy"),
            ),
        ),
        article(
            HARMATTAN_TV, "news/supreme-court-cancels-digital-tax",
            "Supreme Court cancels digital tax: what it means for you",
            "Levy on streaming, apps and online ads ends after court rules Parliament did not follow the Constitution",
            "Harmattan TV News",
            paras("""
From today, Ghanaians should stop paying the 1.5 percent Digital Services Levy on their streaming subscriptions, mobile app purchases and online advertising, after the Supreme Court on Wednesday, March 11, declared the law behind it unconstitutional.

The judgment, delivered in a packed courtroom in Accra shortly after 10:30 in the morning, was decided by a majority of five justices to two.

## Why the court cancelled it

The court found that when Parliament approved the levy in July last year, there were not enough MPs in the chamber. Under the Constitution, at least half of all members must be present when Parliament takes a decision. According to Parliament's own record, only 131 of the 276 MPs were there.

Justice Emmanuel Tandoh, who wrote the main judgment, said the Constitution "does not bend to the convenience of the moment". He added: "A law passed without the number of members the Constitution demands is not a law."

Two justices, Abena Oppong-Darko and Mohammed Zakaria, disagreed with the majority.

##AD##

## Will I get my money back?

No. The court ruled that the money already collected, about GH₵1.27 billion, stays with the state. Justice Tandoh said ordering refunds would cause chaos.

Consumers on the streets of Accra welcomed the decision. "Every month they take something small from my data and my subscriptions. Small-small, it adds up," said Comfort Mensah, a trader at Makola market.

The country manager of StreamAfrica Ghana, Kwesi Boahen, told Harmattan TV his company would remove the levy from customers' bills "within the next billing cycle".

## The man who went to court

Nana Kwame Adu-Gyamfi, the Sunyani lawyer who brought the case, was mobbed by well-wishers outside the court. He told Harmattan TV he had taken the case on principle. "This was never about the money. It was about whether Parliament follows its own rules," he said.

## The government's response

The Deputy Attorney-General, Akua Sarpong-Kumi, said the government respects the court and will study the full judgment. The Ministry of Finance says the loss of the levy will create a GH₵2.1 billion gap in this year's budget.

The minority caucus in Parliament, which had walked out before the vote in July, called the ruling "a victory for the Constitution". The majority caucus said the government would decide on the next steps after reading the full reasons, which the court says will be available by April 8.

Harmattan TV's legal analyst, Lawyer Efua Sey, said the government could re-introduce the levy. "The court has not said the tax itself is bad. It has said the process was bad. A new bill, properly passed, would be lawful," she said.
"""),
            date_mode="none", section="News",
            sidebar=("Watch next", (
                "Video: Accra traffic as Kwame Nkrumah Interchange closes for 48 hours",
                "Weather: Temperatures to reach 36°C in the north this week",
                "Sports: Asante Kotoko draw 1-1 with Medeama",
                "Explainer: How Parliament's 276 seats break down",
            )),
            related=(
                ("Digital Services Levy: how much have you paid?", "news/digital-services-levy-calculator"),
                ("Live: Reactions to the Supreme Court ruling", "news/live-digital-levy-reactions"),
            ),
        ),
        article(
            LAW_WEEKLY, "judgments/adu-gyamfi-v-attorney-general-act-1139",
            "Adu-Gyamfi v Attorney-General: Act 1139 falls on quorum",
            "A 5:2 majority looks behind the lobby and stops at the Votes and Proceedings",
            "By the Editors",
            paras("""
The Supreme Court's decision of 11 March 2026 in Nana Kwame Adu-Gyamfi v Attorney-General (Writ No. J1/07/2025) is the most significant ruling on parliamentary procedure since the court's quorum decisions of 2022. Below we set out the holding, the panel and the questions it leaves open. The full reasons are not yet available; the registry has indicated that they will be filed on or before 8 April 2026, and we will publish a fuller note then.

## The holding

By a majority of five to two, the court declared that the Digital Services Levy Act, 2025 (Act 1139) was passed in breach of Article 104(1) of the Constitution, which requires at least one half of all members of Parliament to be present when a question is determined. The Act is accordingly void. The declaration operates prospectively: sums collected before the date of judgment are not recoverable.

## The panel

Ocran JSC (presiding), Tandoh JSC, Asare-Bediako JSC, Ansah-Owusu JSC and Lartey JSC formed the majority; Tandoh JSC delivered the lead judgment. Oppong-Darko JSC and Zakaria JSC dissented.

##AD##

## The facts in brief

The bill was passed on 17 July 2025, assented to on 8 August and brought into force on 1 September. The Votes and Proceedings for the sitting recorded 131 members present, against a threshold of 138 in a House of 276. The Attorney-General relied on affidavit evidence that 142 members were within the precincts at the material time. The writ was issued on 2 October 2025 and the hearing closed on 4 February 2026.

## Points of interest

First, evidence. The majority declined to go behind the Votes and Proceedings, treating them as conclusive of attendance. That is a double-edged sword for future plaintiffs: the record may as easily save a statute as condemn it.

Second, delay. Zakaria JSC would have dismissed the action on the ground that a plaintiff who waits until a tax has been collected for a month should not be heard to complain of the procedure that created it. The majority, from the summary read in court, appears to have treated the constitutional question as one that cannot be waived by delay.

Third, remedy. Refusing refunds of the roughly GH₵1.27 billion collected is pragmatic, but the court's reasons will need to explain how prospective annulment sits with a declaration that the Act was void from the start.

## Practice note

Practitioners advising clients on the levy should note that the GRA has confirmed collection stopped on the day of judgment. Invoices issued after 11 March 2026 should not carry the charge.

## Also this week

The High Court in Kumasi awarded GH₵850,000 in damages in a land case involving a stool, and the Court of Appeal reserved judgment in the long-running bank licence revocation appeals.
"""),
            date_mode="line", date_line="Friday, 13 March 2026", section="Judgments",
            sidebar=("Recent notes", (
                "Court of Appeal: limitation periods in land cases after 2024 amendment",
                "Bar exam results: 62% pass rate in February sitting",
                "Commercial Court: GH₵3.4m arbitration award upheld",
            )),
            related=(
                ("Subscribe to Ghana Law Weekly", "subscribe"),
                ("2022 quorum cases: a refresher", "notes/quorum-cases-2022"),
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------
# tr-AM4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

OSU_OBSERVER = ("The Osu Observer", "osuobserver.example")
AGRIMARKETS = ("AgriMarkets West Africa", "agrimarketswa.example")

TR_AM4 = {
    "id": "tr-AM4",
    "part": "AM",
    "domain": "trade",
    "fetched": "2026-07-10",
    "planted": [
        ("minister's office: trade minister vs finance minister (The Osu Observer)",
         r"\btrade\b.*minister|minister.*\btrade\b", r"finance minister|minister (of|for) finance"),
        ("effective date of the quota: 1 August vs 1 September (Ridge FM)",
         r"\b1(st)? aug|\baug(ust|\.)? 1(st)?\b", r"\b1(st)? sep|\bsep(t|tember|\.)? 1(st)?\b"),
        ("additional above-quota duty, digits swapped: 35% vs 53% (AgriMarkets West Africa)",
         r"\b35 ?(%|per ?cent)", r"\b53 ?(%|per ?cent)"),
    ],
    "articles": [
        article(
            SCN, "africa/ghana-caps-frozen-poultry-imports-20260702",
            "Ghana to cap frozen poultry imports, impose extra duty above quota",
            "Trade minister says 180,000-tonne annual quota will give local farmers room to grow",
            "By Kwame Asante-Yeboah",
            paras("""
ACCRA, July 2 (SCN) - Ghana will limit imports of frozen poultry to 180,000 tonnes a year from Aug. 1 and charge an additional 35% duty on shipments above that quota, Trade Minister Kwesi Amponsah-Darko said on Thursday, in a bid to revive a domestic industry squeezed by cheap imports.

The West African nation imported 312,000 tonnes of frozen chicken and other poultry products in 2025, at a cost of about $420 million, according to the Ghana Statistical Service. Most of it came from Brazil, the United States and the European Union.

Imports within the quota will continue to pay the existing 20% duty. Shipments above it will pay the extra 35%, taking the total to 55%, Amponsah-Darko told a news conference at his ministry in Accra.

"We cannot build a poultry industry while our cold stores are full of chicken that was frozen two years ago on the other side of the world," he said. "This is not a ban. It is a ceiling, and it will come down as our farmers produce more."

The quota will be shared out in four quarterly tranches of 45,000 tonnes through import licences, with applications opening on July 13. The regulations were published in the official gazette on June 26.

##AD##

Ghana's farms produce only about 80,000 tonnes of poultry meat a year. The government wants to raise that to 150,000 tonnes by 2028 through cheaper feed, credit for farmers and support for processing plants.

Importers warned that prices would rise. Nii Armah Lamptey, a spokesman for the Frozen Food Importers Association of Ghana, said his members estimated imports last year at 290,000 tonnes and that the quota would cut supply to markets by close to 40%.

"Chicken is the protein of the ordinary Ghanaian. Local farms cannot fill this gap in one year or even three," he said.

The Ghana National Poultry Farmers' Association, which has campaigned for import limits for more than a decade, welcomed the move. It puts last year's imports higher, at 340,000 tonnes.

Trade lawyers said the measure would have to be notified to the World Trade Organization and could draw objections from exporting countries. Neighbouring Nigeria has banned frozen poultry imports outright for more than two decades, though smuggling across its land borders remains widespread.

The first quota year will run until July 31, 2027, after which the ministry will review the volume.

(Reporting by Kwame Asante-Yeboah; Editing by Kofi Mensah-Bonsu)
"""),
            date_mode="line", date_line="Thursday, 2 July 2026", section="Africa",
            sidebar=("Most read", (
                "Nigeria's central bank holds rate at 25.5% in July",
                "Cocoa output in Ghana seen rising 12% next season",
                "Brazil's chicken exports to Africa up 7% in first half",
                "Togo opens new grain terminal at Lome port",
            )),
            related=(
                ("Ghana's poultry farmers call for import curbs", "africa/ghana-poultry-farmers-2026"),
                ("Cedi firms 0.8% against dollar", "africa/ghana-cedi-july-2026"),
            ),
        ),
        article(
            OSU_OBSERVER, "business/govt-slaps-quota-on-frozen-chicken",
            "Govt slaps quota on frozen chicken imports",
            "Imports capped at 180,000 tonnes a year; traders fear price hikes, farmers cheer",
            "By Esther Akua Nkansah",
            paras("""
Government has placed a limit of 180,000 tonnes a year on imports of frozen poultry, in a move that farmers say is long overdue and traders fear will push up the price of chicken in the markets.

Announcing the measure in Accra on Thursday, Finance Minister Kwesi Amponsah-Darko said the quota would take effect on 1 August 2026. Imports within the quota will attract the current import duty of 20 per cent, while any quantity above the quota will attract an additional duty of 35 per cent.

"This is not a ban," the minister stressed. "Nobody will go to bed hungry because of this policy. What we are saying is that Ghanaian farmers deserve a fair share of the Ghanaian market."

## Quarterly allocations

Under the regulations, which were gazetted on 26 June, the annual quota will be divided into four quarterly allocations of 45,000 tonnes each. Importers will have to apply for licences, and the first window opens on 13 July.

The Finance Minister said the allocation would favour importers who also invest in local production or cold-chain facilities. He did not say how many licences would be issued.

##AD##

## Whose figures?

How much of the market the quota will remove depends on whose import figures are used. The Ghana Statistical Service puts last year's imports at 312,000 tonnes. The Ghana National Poultry Farmers' Association says the true figure, including undeclared imports through land borders, is 340,000 tonnes, while the Frozen Food Importers Association of Ghana says it is 290,000 tonnes.

The President of the farmers' association, Mrs Victoria Asamoah-Larbi, who keeps 40,000 birds on her farm near Dormaa Ahenkro, said the decision had come "twenty years too late, but better late than never".

"In 2000 we were producing most of the chicken we ate. Today we produce a quarter of it. This quota is the first good news our members have had in a long time," she said.

## At Makola

At Makola market, cold store operators were less enthusiastic. A 10-kilogramme carton of chicken legs currently sells for between GH₵480 and GH₵520. "If the containers stop coming, that price will double by Christmas," said Auntie Abena, who has sold frozen foods at the market for 27 years.

The Frozen Food Importers Association said the measure would lead to shortages and encourage smuggling through Togo and Burkina Faso. Its spokesman, Nii Armah Lamptey, called for a phased approach. "Give us three years and a clear target, not a cliff edge," he said.

Government wants local production to rise from about 80,000 tonnes now to 150,000 tonnes by 2028.
"""),
            date_mode="jsonld", when="2026-07-03T05:30:00+00:00", section="Business",
            sidebar=("Most popular", (
                "ECG tariffs to rise 2.5% from July",
                "Accra Hearts of Oak unveil new stadium plans",
                "Osu Castle to reopen to tourists after renovation",
                "WAEC: 2026 WASSCE to begin on August 3",
            )),
            related=(
                ("Opinion: A quota is not a poultry policy", "opinion/quota-is-not-a-policy"),
                ("Dormaa farmers count losses as feed prices soar", "business/dormaa-feed-prices"),
            ),
        ),
        article(
            RIDGE, "news/business/frozen-poultry-import-quota-announced",
            "Frozen poultry imports capped at 180,000 tonnes",
            "Government announces annual quota and extra duty; importers warn of higher prices",
            "Ridge FM Business",
            paras("""
Ghana is to cap imports of frozen poultry at 180,000 tonnes a year, the Minister for Trade, Agribusiness and Industry, Kwesi Amponsah-Darko, announced on Thursday.

The quota will take effect from 1 September, the minister said at a press briefing at the ministry in Accra. Any imports beyond the 180,000 tonnes will attract an additional 35 per cent duty on top of the existing 20 per cent.

The quota will be released in quarterly tranches of 45,000 tonnes each.

## 'We are not banning chicken'

Speaking later on Ridge FM's evening programme, Mr Amponsah-Darko said the policy was meant to give local farmers a share of a market dominated by imports. "We are not banning chicken. The cold stores will still have chicken. But we want some of that chicken to come from Techiman and Dormaa, not only from Brazil," he said.

He said the government would provide cheaper maize and soya for feed, and that two new processing plants would be built in the Bono and Ashanti regions.

The Trade Minister was asked whether the quota could lead to higher prices. "There may be some adjustment in the short term. But in the long term, a strong local industry is the best protection against price shocks," he said.

##AD##

## Importers and farmers react

The Frozen Food Importers Association of Ghana said its members were disappointed. "We were consulted, but none of our proposals is in the final regulations," said the association's spokesperson, Nii Armah Lamptey.

The Ghana National Poultry Farmers' Association praised the government for what it called a bold decision. Its president, Victoria Asamoah-Larbi, told Ridge FM the quota would allow members to plan and invest. "For the first time, a farmer can go to the bank and show that there will be a market for his birds," she said.

## The numbers

Ghana imported about 312,000 tonnes of frozen poultry in 2025, according to the Ghana Statistical Service, while local farms produced roughly 80,000 tonnes. The government's target is to reach 150,000 tonnes of local production by 2028.

Applications for import licences open on 13 July.

Economist Dr Kojo Appiah-Mensah told Ridge FM the measure could save the country foreign exchange. "We spent around 420 million dollars on imported chicken last year. Even saving a third of that helps the cedi," he said.
"""),
            date_mode="meta", when="2026-07-02T18:45:00+00:00", section="Business",
            sidebar=("Top stories", (
                "Ghana Water announces 3-day shutdown in Kasoa",
                "Black Queens qualify for WAFCON semi-final",
                "Police arrest 14 in Kumasi robbery swoop",
                "NCA: Mobile money transactions up 18% in first half",
            )),
            related=(
                ("Listen: Trade Minister on the Evening Drive", "shows/evening-drive/amponsah-darko"),
                ("Poultry farmers demand action on feed prices", "news/business/poultry-feed-prices"),
            ),
        ),
        article(
            AGRIMARKETS, "briefs/ghana-poultry-quota-regional-impact",
            "Ghana's poultry quota: who wins, who loses, and what it means for the region",
            "Accra's 180,000-tonne ceiling will reshape flows through Tema and Lome",
            "AgriMarkets West Africa analysis desk",
            paras("""
Ghana's government announced on Thursday, July 2, a tariff-rate quota on frozen poultry imports. The headline numbers: 180,000 tonnes a year, allocated in quarterly licences of 45,000 tonnes, with the current 20% import duty inside the quota and an extra 53% duty on anything above it. The measure takes effect on August 1.

Trade Minister Kwesi Amponsah-Darko presented the quota as a ceiling rather than a ban. That distinction matters for Ghana's obligations at the World Trade Organization, but in practice, at an extra 53% on out-of-quota volumes, very little will be imported above the ceiling unless world prices collapse.

## How big is the cut?

It depends on the baseline, and there is no agreed baseline.

Ghana Statistical Service (official import data, 2025): 312,000 tonnes. Ghana National Poultry Farmers' Association (includes estimated informal imports): 340,000 tonnes. Frozen Food Importers Association of Ghana: 290,000 tonnes.

On the official figure, the quota removes about 132,000 tonnes, or 42% of last year's supply from imports. On the importers' figure the cut is 38%; on the farmers' figure, 47%.

##AD##

## Winners

Domestic producers, obviously, though their capacity is the binding constraint. Ghana produces roughly 80,000 tonnes of poultry meat a year; the government's target is 150,000 tonnes by 2028. Feed millers, especially maize and soybean meal suppliers in the Bono and Northern regions, should benefit before farmers do.

Holders of the new import licences will also do well. Licences create rents, and the allocation rules, which favour importers who invest in local production, have not been fully published.

## Losers

Urban consumers in the short term. Our market monitors in Accra and Kumasi priced a 10 kg carton of imported chicken legs at GH₵480-520 last week. We expect that to rise by 20-30% by the end of the year.

Brazilian and US exporters, who supplied most of Ghana's imports. The EU's share has been falling for five years.

## The regional angle

Nigeria has banned frozen poultry imports for more than two decades, and Lome has long served as an entry point for chicken that ends up in Nigerian markets. A Ghanaian quota may push more volumes through Togo, some of which could find their way back into Ghana through informal crossings.

Our forecast: Togolese poultry imports rise by 15-25% in the year to mid-2027.

## Dates to watch

June 26: regulations gazetted. July 13: licence applications open. August 1: quota takes effect. First quarterly allocation: August to October.

AgriMarkets West Africa is published weekly for traders, processors and investors. Prices quoted are indicative.
"""),
            date_mode="none", section="Briefs",
            sidebar=("This week's prices", (
                "Maize, Techiman wholesale: GH₵1,150 per 100 kg bag (+4%)",
                "Soybean meal, Tema: $545 per tonne (-2%)",
                "Cocoa, ICE London: £4,820 per tonne",
                "Rice, Lagos Mile 12: N92,000 per 50 kg bag",
            )),
            related=(
                ("Nigeria's poultry ban: 20 years on", "briefs/nigeria-poultry-ban-20-years"),
                ("Togo's re-export trade in numbers", "briefs/togo-re-exports"),
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------
# rk-AM5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

ORBIT_WEEKLY = ("Orbit Africa Weekly", "orbitafricaweekly.example")

RK_AM5 = {
    "id": "rk-AM5",
    "part": "AM",
    "domain": "rocket",
    "fetched": "2026-09-25",
    "planted": [],
    "articles": [
        article(
            LEDGER, "live/harmattan-1-launch-live",
            "Live: Harmattan-1 rocket launch from Orimedu",
            "Savanna Launch Systems attempts Nigeria's first private flight to the edge of space",
            "Ledger Live Desk: Chiamaka Obi and Femi Adelaja",
            updates([
                ("17 Sep 2026, 12:05 WAT", "Company confirms apogee of 104.6 km", """
At a briefing at the range, Savanna Launch Systems' chief engineer Ifeoma Chukwuka gave the confirmed figures from the onboard flight computer: peak altitude 104.6 km, total flight time from liftoff to splashdown 7 minutes 48 seconds, motor burn 52 seconds, top speed Mach 4.8.

"That is space, by the definition most of the world uses, and it was done by a Nigerian team from a Nigerian beach," she said.
"""),
                ("17 Sep 2026, 11:38 WAT", "Payload module recovered", """
The recovery boat has the payload module on board, about 41 km off the coast. The three experiments inside, from the University of Lagos, the Federal University of Technology Akure and All Nations University in Ghana, will be handed to their teams this afternoon.
"""),
                ("17 Sep 2026, 11:02 WAT", "Preliminary altitude: about 102 km", """
On the company's webcast, mission control said preliminary radar data suggested an apogee of about 102 km. They stressed the number would be refined once the flight computer data was downloaded. Either way, it looks as though the rocket has crossed the 100 km Karman line.
"""),
                ("17 Sep 2026, 10:51 WAT", "Splashdown", """
The payload module's parachute opened as planned and it has splashed down in the Gulf of Guinea. Cheers and drumming on the beach. The spent booster fell into the sea further out, as planned.
"""),
                ("17 Sep 2026, 10:43 WAT", "LIFTOFF", """
Harmattan-1 lifted off at 10:42 a.m. with a roar that set off car alarms in the village. It climbed straight and fast and disappeared into the haze within seconds.
"""),
                ("17 Sep 2026, 10:20 WAT", "Countdown resumes, new T-0 at 10:42", """
The winds have eased. Range control has cleared the rocket and the countdown has resumed, with liftoff now set for 10:42 a.m., a delay of 72 minutes.
"""),
                ("17 Sep 2026, 09:12 WAT", "Hold for upper-level winds", """
The countdown is on hold. Balloon readings show upper-level winds above the limit for a safe flight. The company says it has a window until 1 p.m. today.
"""),
                ("17 Sep 2026, 08:05 WAT", "Good morning from Orimedu", """
Welcome to our live coverage from the temporary launch pad at Orimedu, on the Lekki coast in Ibeju-Lekki, Lagos State. Liftoff of Harmattan-1 is scheduled for 9:30 a.m.

Some facts: the rocket is 9.2 metres tall and weighs 1,350 kg fully fuelled. It burns a hybrid mix of paraffin wax and nitrous oxide. It carries three university experiments weighing 11 kg in all. The company's earlier rocket, Harmattan-0, reached 38 km in November 2025 before its motor cut out early.

The flight is licensed by the National Space Research and Development Agency (NASRDA), and fishing boats have been told to keep clear of a corridor extending 60 km out to sea.
"""),
            ]),
            date_mode="jsonld", when="2026-09-17T12:05:00+01:00", section="Science",
            sidebar=("Most read", (
                "Lagos-Calabar coastal road: 47 km section opens to traffic",
                "Naira firms to 1,402 per dollar",
                "Eko Atlantic: 3 new towers approved",
                "Super Eagles: 23-man squad for October qualifiers",
            )),
            related=(
                ("Harmattan-0: what went wrong in November", "science/harmattan-0-failure"),
                ("Meet the team behind Nigeria's first private rocket", "science/savanna-launch-team"),
            ),
        ),
        article(
            SCN, "science/nigerian-startup-rocket-reaches-space",
            "Nigerian startup's rocket reaches space on test flight",
            "Savanna Launch Systems says Harmattan-1 climbed to 104.6 km, above the recognised boundary of space",
            "By Grace Eze",
            paras("""
LAGOS, Sept 17 (SCN) - A rocket built by Nigerian startup Savanna Launch Systems reached space on a suborbital test flight on Thursday, the company said, a first for a private African launch firm.

The 9.2-metre Harmattan-1 lifted off from a temporary pad at Orimedu on the coast east of Lagos at 10:42 a.m. (0942 GMT), 72 minutes later than planned because of strong upper-level winds, and reached a peak altitude of 104.6 kilometres (65 miles), according to company telemetry.

That is above the 100 km Karman line widely used to mark the edge of space. An independent radar team from the Federal University of Technology Akure, which tracked the flight from the ground, estimated the apogee at 103.9 km.

"Whether you take our number or theirs, the answer is the same: Harmattan-1 went to space," chief executive Temitope Ogunleye-Hart told reporters at the range.

The flight lasted 7 minutes 48 seconds from liftoff to splashdown. The rocket's motor burned for 52 seconds, pushing it to a top speed of Mach 4.8, the company said. A payload module carrying three university experiments parachuted into the Gulf of Guinea about 41 km offshore and was recovered by boat.

##AD##

The company's first rocket, Harmattan-0, reached only 38 km in November 2025 after its motor shut down early.

Savanna, founded in Lagos in 2021, says it has spent about 9.5 billion naira ($6.7 million) on its test programme so far, raised mostly from Nigerian and Gulf investors. It aims to fly a larger suborbital rocket, Harmattan-2, in 2027 and to reach orbit with Harmattan-3 by 2030, carrying satellites of up to 150 kg.

Africa has no operating orbital launch site, and African satellites are launched from abroad, mainly on US, European, Russian and Chinese rockets. Several African startups are developing small launch vehicles, but few have flown.

The flight was licensed by Nigeria's National Space Research and Development Agency (NASRDA). Its director general, Aliyu Bashir Gwarzo, said the agency would use the experience to draft rules for commercial launches. "Today we learnt as much as the company did," he said.

Ogunleye-Hart said the next step was to analyse data from the flight. "We will take a few weeks to study every second of it before we announce anything else," she said.

(Reporting by Grace Eze; Editing by Kofi Mensah-Bonsu)
"""),
            date_mode="none", section="Science",
            sidebar=("Most read", (
                "Ghana's cocoa regulator raises farmgate price by 10%",
                "Kenya's Safaricom posts 6% rise in half-year profit",
                "South Africa's rand hits 17.20 per dollar",
                "Ethiopia to sell 45% stake in telecom unit",
            )),
            related=(
                ("Africa's space ambitions, in numbers", "science/africa-space-factbox"),
                ("Nigeria's NASRDA drafts commercial launch rules", "science/nasrda-launch-rules"),
            ),
        ),
        article(
            ZBN, "news/science/harmattan-1-reaches-space",
            "Harmattan-1: Made-in-Nigeria rocket reaches space",
            "Lagos company's rocket climbs more than 100 kilometres before payload splashes down in the Atlantic",
            "Adebola Oyewole, ZBN Science Correspondent",
            paras("""
A rocket designed and built in Nigeria has flown to the edge of space and back, in what its makers describe as a historic day for African technology.

The rocket, Harmattan-1, was launched this morning by Lagos-based company Savanna Launch Systems from a beach at Orimedu in the Ibeju-Lekki area of Lagos State. It lifted off at 10:42, after strong winds high in the atmosphere forced the team to delay the launch from its original time of 9:30.

The company says the rocket reached a height of 104.6 kilometres, more than eleven times the height of Mount Everest, before falling back to Earth. The whole flight took less than eight minutes.

ZBN was at the launch site. Hundreds of residents, schoolchildren and fishermen lined the beach behind the safety barrier, and many broke into song as the rocket rose into the sky.

## 'A Nigerian team from a Nigerian beach'

The company's chief engineer, Ifeoma Chukwuka, said the flight proved that Nigerian engineers could build complex systems at home. "This was done by a Nigerian team, from a Nigerian beach, with parts we mostly machined ourselves in Lagos," she told ZBN.

##AD##

The chief executive, Temitope Ogunleye-Hart, said the company now had the confidence to aim higher. "Last November our first rocket barely reached 38 kilometres. Today we reached space. In four years we want to put a satellite in orbit," she said.

## What it carried

Harmattan-1 carried three small scientific experiments, from the University of Lagos, the Federal University of Technology, Akure, and All Nations University in Koforidua, Ghana. A capsule holding the experiments came down by parachute in the sea and was picked up by a recovery boat.

The Ghanaian team's leader, Dr Akosua Ansah-Nyarko, told ZBN by phone from Koforidua that the flight was "a West African achievement". Her team's instrument measured radiation levels during the climb.

## Regulators

The National Space Research and Development Agency, which licensed the launch, said it was satisfied with the safety arrangements. The agency's director general, Dr Aliyu Bashir Gwarzo, said Nigeria needed clear rules for private space companies. "We are writing the rulebook as we go, and today taught us a great deal," he said.

The Lagos State Government said it would work with the company on a permanent launch site, subject to environmental studies.

The rocket weighed 1,350 kilogrammes at launch and stood 9.2 metres tall.
"""),
            date_mode="meta", when="2026-09-17T19:30:00+01:00", section="Science",
            sidebar=("Trending on ZBN", (
                "Video: Kano governor commissions 12 new primary health centres",
                "Inflation eases to 15.2% in August",
                "BBNaija: Finale draws 4 million votes",
                "Ikeja traffic: Third Mainland Bridge closure extended by 2 weeks",
            )),
            related=(
                ("Video: Watch the Harmattan-1 launch", "video/harmattan-1-launch"),
                ("Explainer: Where does space begin?", "news/science/explainer-karman-line"),
            ),
        ),
        article(
            ORBIT_WEEKLY, "2026/09/21/harmattan-1-flight-analysis",
            "Harmattan-1 by the numbers: Savanna's first trip above the Karman line",
            "A clean suborbital flight, two apogee figures, and the long road to orbit",
            "Kwabena Agyei-Kusi",
            paras("""
Savanna Launch Systems' Harmattan-1 flew on 17 September from Orimedu, on the Lagos coast, and by every measure that matters the test was a success. Here is what we know, with the caveat that the company has released only summary telemetry so far.

## Timeline (UTC)

The countdown was held at 08:12 UTC for upper-level winds, an hour before the planned 08:30 UTC liftoff. The count resumed at 09:20 UTC and the rocket left the pad at 09:42 UTC. Motor burnout came 52 seconds later. The payload module splashed down at about 09:50 UTC, 468 seconds after liftoff, roughly 41 km (25 miles) offshore.

## Altitude: two numbers, one conclusion

Savanna's onboard data gives an apogee of 104.6 km, or about 343,000 feet. A ground radar team from the Federal University of Technology Akure (FUTA) independently estimated 103.9 km. The difference, 0.7 km, is within what one would expect between onboard inertial data and a single ground radar. Both figures are above the 100 km Karman line, and well above the 80 km (50-mile) boundary used by the US Air Force and NASA for astronaut wings.

During the webcast, a preliminary figure of about 102 km was given. That was an early radar estimate and has been superseded.

##AD##

## The vehicle

Harmattan-1 is a single-stage hybrid rocket (paraffin and nitrous oxide), 9.2 m tall, with a liftoff mass of 1,350 kg. Peak speed was Mach 4.8. The payload was 11 kg across three experiments: a fluid-behaviour experiment from the University of Lagos, a radiation counter from All Nations University in Ghana, and an avionics test board from FUTA.

For comparison, the company's Harmattan-0 flight in November 2025 reached 38 km after an early shutdown, and the suborbital vehicles flown by established Western companies reach similar altitudes with far larger payloads.

## Money

Savanna says it has spent ₦9.5 billion, or roughly $6.7 million at current rates, on its programme since 2021. That is tiny by international standards.

## What next

The stated plan is Harmattan-2, a larger suborbital vehicle with a 50 kg payload, in 2027, then an orbital launcher, Harmattan-3, targeting 150 kg to low Earth orbit by 2030. In our view the orbital target is ambitious; going from a 1.35-tonne suborbital rocket to an orbital launcher in four years would be fast by any standard. A 2031 or 2032 first orbital attempt looks more realistic.

## Regulation

NASRDA licensed the flight under existing rules and says it is now drafting a commercial launch framework. Ghana's space institute has asked to be consulted, given the Ghanaian payload.

## Verdict

A clean first flight above 100 km, honest communication about the numbers, and a genuinely regional payload. A good week for West African space.
"""),
            date_mode="line", date_line="Monday, 21 September 2026", section="Launch report",
            sidebar=("Launch calendar", (
                "Sept 24: Rideshare mission with 2 African cubesats, Vandenberg",
                "Oct 3: Egypt's EgSA-4 imaging satellite, Baikonur",
                "Oct 15: South African startup's 3U cubesat, Sriharikota",
                "Nov: Kenya's second earth-observation satellite (TBC)",
            )),
            related=(
                ("Africa's launch startups: the 2026 list", "2026/08/africa-launch-startups"),
                ("Why hybrid motors suit first-time rocket builders", "2026/07/hybrid-motors-explained"),
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------
# eq-AM6 — disaster: flash flood (3 PLANTED)
# ---------------------------------------------------------------------------

AREWA_DAILY = ("Arewa Daily", "arewadaily.example")
MINNA_COURIER = ("The Minna Courier", "minnacourier.example")
CLIMATE_BRIEF = ("Sahel Climate Brief", "sahelclimatebrief.example")

EQ_AM6 = {
    "id": "eq-AM6",
    "part": "AM",
    "domain": "disaster",
    "fetched": "2026-09-02",
    "planted": [
        ("final death toll, digits swapped: 117 vs 171 (The Minna Courier)",
         r"\b117\b", r"\b171\b"),
        ("duration of the rainfall: six hours vs three hours (Sahel & Coast Newswire)",
         r"\b(6|six) hours?\b", r"\b(3|three) hours?\b"),
        ("state where Kontagora lies: Niger State vs Kebbi State (Sahel Climate Brief)",
         r"\bniger state\b", r"\bkebbi\b"),
    ],
    "articles": [
        article(
            AREWA_DAILY, "live/kontagora-flood-live-updates",
            "Kontagora flood: live updates",
            "Rescue and relief efforts after an embankment burst in Niger State",
            "Arewa Daily reporters in Kontagora and Minna",
            updates([
                ("27 Aug 2026, 18:40 WAT", "Death toll rises to 117; search scaled down", """
The Director-General of the Niger State Emergency Management Agency (NSEMA), Salihu Garba Tanko, has just given what he called the final confirmed figures: 117 people dead and 64 still missing.

He said 9,800 people were displaced and are staying in seven camps, mostly schools, and 2,340 houses were destroyed or damaged. Three bridges were washed away.

"We are scaling down the search along the river channel but our divers will continue where there is any hope," Tanko said.
"""),
                ("27 Aug 2026, 10:15 WAT", "Red Cross gives higher displacement figure", """
The Nigerian Red Cross Society says its volunteers have registered about 11,500 displaced people, higher than the state government's figure. A spokesperson said the difference was because many families are staying with relatives rather than in the official camps.
"""),
                ("26 Aug 2026, 16:30 WAT", "Toll now 109", """
NSEMA says 109 bodies have now been recovered. Most were found downstream of the town in the fields near the river.
"""),
                ("25 Aug 2026, 17:05 WAT", "96 confirmed dead, NEMA chief visits", """
The confirmed death toll has risen to 96. The Director-General of the National Emergency Management Agency (NEMA), Hauwa Musa Kaita, visited the camps and said 40 trucks of relief materials, including food, mats and mosquito nets, had been sent.

"Nobody in these camps will go hungry on our watch," she said.
"""),
                ("25 Aug 2026, 09:20 WAT", "NiMet: 142 mm of rain in about six hours", """
The Nigerian Meteorological Agency says its Kontagora station recorded 142 mm of rain between about 9 p.m. on Sunday and 3 a.m. on Monday, roughly six hours of continuous heavy rain. That is more than half of a typical August's rainfall for the town, in a single night.
"""),
                ("24 Aug 2026, 19:40 WAT", "58 bodies recovered", """
Rescuers have now recovered 58 bodies, according to NSEMA. Soldiers and volunteers are searching collapsed homes in the Rafin Gora and Tungan Wawa areas.
"""),
                ("24 Aug 2026, 08:10 WAT", "At least 23 dead as embankment bursts in Kontagora", """
At least 23 people have died after the Kuriyan Dutse embankment gave way at about 2 a.m. today, sending a wall of water through low-lying parts of Kontagora in Niger State.

Residents say most victims were asleep. "I heard the water before I saw it. By the time I woke my children, it was at my knees," said Musa Abubakar, a trader.
"""),
            ]),
            date_mode="meta", when="2026-08-27T18:40:00+01:00", section="News",
            sidebar=("Most read", (
                "Kano: 14 feared dead as boat capsizes on Tiga dam",
                "Petrol now N905 per litre in Kaduna",
                "Kwara United beat Katsina United 2-0",
                "Sokoto unveils N12bn irrigation scheme",
            )),
            related=(
                ("How to help flood victims in Kontagora", "news/kontagora-flood-donations"),
                ("NiMet warns of more heavy rain in the north", "news/nimet-rain-warning-august"),
            ),
        ),
        article(
            SCN, "africa/nigeria-flood-toll-rises-to-117",
            "Nigeria flash flood death toll rises to 117, dozens missing",
            "Embankment burst after torrential rain in Niger State town of Kontagora",
            "By Ibrahim Sani",
            paras("""
KONTAGORA, Nigeria, Aug 27 (SCN) - The death toll from a flash flood in the northern Nigerian town of Kontagora has risen to 117, with 64 people still missing, emergency officials said on Thursday, as rescuers scaled back their search.

The flood struck at about 2 a.m. on Monday (0100 GMT) when an earth embankment gave way after about three hours of torrential rain, sending water through low-lying neighbourhoods while residents slept.

Salihu Garba Tanko, director-general of the Niger State Emergency Management Agency, told reporters that 9,800 people had been displaced and 2,340 houses destroyed or damaged.

"The water did not give people a chance. It came down the valley like a train," Tanko said.

The Nigerian Red Cross Society has put the number of displaced at around 11,500, saying many families were sheltering with relatives rather than in the seven official camps.

##AD##

Nigeria's meteorological agency, NiMet, said 142 millimetres (5.6 inches) of rain fell at its Kontagora station overnight from Sunday to Monday.

The National Emergency Management Agency (NEMA) said it had sent 40 trucks of food and other relief supplies. NEMA director-general Hauwa Musa Kaita said the agency was also assessing the risk of disease in the camps.

Seasonal floods kill hundreds of people in Nigeria most years, and scientists say climate change is making heavy downpours more intense. In 2025 a flood in Mokwa, also in Niger State, destroyed large parts of the market town.

Residents of Kontagora said the embankment, built decades ago to protect farmland, had been showing cracks for years. Officials said they would investigate.

"We reported it to the local government in 2023 and again this year. Nobody came," said Aliyu Danladi, a farmer who lost his brother and two nephews.

The Niger State government has approved 500 million naira ($350,000) for immediate relief and said it would rebuild three bridges washed away by the flood.

NiMet has forecast above-normal rainfall across much of northern Nigeria until mid-October.

Aid workers in the camps said clean water and latrines were the most urgent needs. "We have families of ten sharing one mat in a classroom. If cholera comes, it will spread very fast," said a health worker with a local charity, who asked not to be named because she was not authorised to speak to the media.

(Reporting by Ibrahim Sani in Kontagora and Tunde Alabi in Abuja; Editing by Kofi Mensah-Bonsu)
"""),
            date_mode="line", date_line="Thursday, 27 August 2026", section="Africa",
            sidebar=("Most read", (
                "Ghana's inflation falls to 8.1% in July",
                "Sudan: 2 million face famine, UN says",
                "Nigeria's NNPC posts record half-year profit",
                "Cameroon's Biya names new prime minister",
            )),
            related=(
                ("Factbox: Nigeria's deadliest floods", "africa/factbox-nigeria-floods"),
                ("Nigeria's NiMet warns of heavier rains", "africa/nimet-forecast-2026"),
            ),
        ),
        article(
            MINNA_COURIER, "news/kontagora-flood-171-confirmed-dead",
            "Kontagora flood: 171 confirmed dead as search winds down",
            "NSEMA says 64 still missing; governor's aide promises inquiry into embankment collapse",
            "By Fatima Abdulkadir",
            paras("""
The Niger State Emergency Management Agency (NSEMA) has confirmed 171 deaths from Monday's flash flood in Kontagora, making it the deadliest disaster in the state since the Mokwa flood of last year.

Briefing journalists in Kontagora on Thursday evening, the Director-General of the agency, Alhaji Salihu Garba Tanko, said 64 people remained unaccounted for, and warned that "the number of dead may still rise, although we pray it does not".

According to him, 9,800 persons have been displaced and are currently being accommodated in seven camps, while 2,340 houses were either destroyed or damaged.

## How it happened

Residents told the Courier that heavy rain started at about 9pm on Sunday and continued for about six hours. At about 2am on Monday, the Kuriyan Dutse embankment, an earth barrier on the outskirts of the town, gave way.

Hajiya Binta Sulaiman, 54, who lives in the Tungan Wawa area, said she survived by climbing on to the roof of a neighbour's house. "I lost everything. My house, my goats, my grinding machine. But my grandchildren are alive, and for that I thank God," she said.

##AD##

## Government response

The Chief Press Secretary to the Governor, Bala Idris Maikudi, said the state government had approved ₦500 million for immediate relief and would set up a committee to investigate the collapse of the embankment.

"The governor has directed that anyone found culpable will be dealt with. We will not allow this to happen again," Maikudi said.

The National Emergency Management Agency has delivered 40 trucks of relief materials to the camps. Its Director-General, Hauwa Musa Kaita, who visited Kontagora on Tuesday, urged residents of flood-prone areas to relocate to higher ground.

## Counting the cost

Farmers in Kontagora Local Government Area say about 1,900 hectares of maize, sorghum and rice were submerged, raising fears of food shortages later in the year.

The Nigerian Red Cross Society puts the number of displaced persons at 11,500, higher than NSEMA's figure, because it includes those staying with relatives.

The Courier's checks showed that residents of Rafin Gora had complained about cracks in the embankment as far back as 2023.

In 2024, a smaller flood in the same local government area killed 19 people.

NiMet has warned of more heavy rainfall across Niger State until mid-October.
"""),
            date_mode="jsonld", when="2026-08-28T06:10:00+01:00", section="News",
            sidebar=("Trending", (
                "Minna: 5 arrested over fake land documents",
                "Niger State pays N75,000 minimum wage arrears",
                "Bida polytechnic resumes after 2-month strike",
                "Suleja market fire destroys 40 shops",
            )),
            related=(
                ("Photos: Kontagora after the flood", "news/photos-kontagora-flood"),
                ("Opinion: Who will inspect our embankments?", "opinion/who-inspects-embankments"),
            ),
        ),
        article(
            CLIMATE_BRIEF, "briefs/kontagora-flood-and-the-monsoon",
            "Kontagora: a flash flood, a failed embankment and a wetter monsoon",
            "What the latest disaster tells us about extreme rainfall and ageing flood defences",
            "Sahel Climate Brief",
            paras("""
The flash flood that hit Kontagora, in Kebbi State, in the early hours of Monday, August 24, has killed 117 people, according to the state emergency management agency's final count on Thursday. Sixty-four people remain missing. It is the deadliest single flood event in Nigeria this year.

This issue looks at what happened, and why events like it are becoming more frequent across the savanna belt.

## The rain

The Nigerian Meteorological Agency recorded 142 mm of rain at Kontagora in about six hours, from roughly 9 p.m. on Sunday. That is more than half of what the town usually sees in the whole of August. Intense, short bursts of rainfall like this are exactly what climate models project for the West African monsoon as the atmosphere warms: not necessarily more rain over a season, but more of it falling at once.

## The embankment

Rainfall alone did not kill 117 people. The Kuriyan Dutse embankment, an earth structure built to protect farmland, failed at about 2 a.m., releasing a surge of water into neighbourhoods on low ground. Residents say cracks had been reported for years. The state government has promised an inquiry.

Across the region, thousands of small dams, embankments and levees were built in the 1970s and 1980s, many without maintenance budgets. They were designed for the rainfall of their time.

##AD##

## Counting the displaced

Official and humanitarian figures differ, as they usually do. The state emergency agency counts 9,800 displaced people in seven camps; the Nigerian Red Cross Society estimates 11,500, including families sheltering with relatives. Both may be right about different things. Around 2,340 homes were destroyed or damaged.

## The season ahead

NiMet's seasonal outlook points to above-normal rainfall in much of northern Nigeria until mid-October. Meanwhile, the annual release of water from the Lagdo dam in Cameroon, which usually begins in September or October, raises flood risk further down the Benue and in the confluence area around Lokoja.

## Three things to watch

First, whether the inquiry into the embankment is published. Second, whether the federal government's promised national dam safety audit, announced in 2025, produces a list of high-risk structures. Third, disease: cholera outbreaks often follow floods in crowded camps.

## Numbers

117 dead. 64 missing. 142 mm of rain. 9,800 to 11,500 displaced. 40 trucks of federal relief. ₦500 million in state relief funds.

Sahel Climate Brief is a free weekly newsletter on climate, water and food security in the Sahel and savanna.
"""),
            date_mode="none", section="Briefs",
            sidebar=("Also this week", (
                "Chad: Lake Chad water level highest in 20 years",
                "Ghana: Bagre dam spillage affects 2,000 households in Upper East",
                "Niger Republic: locust swarms reported near Agadez",
                "Mali: 40% of sorghum crop at risk from late rains",
            )),
            related=(
                ("Subscribe to Sahel Climate Brief", "subscribe"),
                ("Dam safety in West Africa: a primer", "briefs/dam-safety-primer"),
            ),
        ),
    ],
}

STORIES = [CB_AM1, EL_AM2, CT_AM3, TR_AM4, RK_AM5, EQ_AM6]
