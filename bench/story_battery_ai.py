"""Story battery, part AI — the Sahel and Mauritania (Mali, Niger, Burkina Faso, Chad, Mauritania), events in 2026.

Written by engineer AI1 on 2026-12-07 for the thirty-third batch, a precision batch.

Everything here is invented: all outlets (their domains end in .example), reporters,
companies, candidates, parties, most officials and every figure. Real institutions and places
(the Central Bank of Mauritania, the CENI, the Constitutional Council, the Port Autonome de
Nouakchott, Bamako, Nouadhibou, Nioro du Sahel, Gogui, Kourou, Faya-Largeau, Kirdimi,
Iferouane, Agadez, Abdou Moumouni University and so on) appear only as scenery.

Time zones: Mauritania and Mali keep GMT all year (local time = GMT = UTC); Chad and Niger
keep West Africa Time, UTC+1 (WAT).

Stories
-------

cb-AI1 (central bank) — CONTROL, planted = []. Fetched 2026-03-30.
  TRUE FACTS: the Central Bank of Mauritania's Monetary Policy Committee cut the policy rate
  by 50 basis points from 6.50% to 6.00% on Tuesday 2026-03-17, statement at 17:00 GMT; vote
  5 of 7 (two wanted 25 bp); previous move a 25 bp cut to 6.50% in December 2025; February
  inflation 2.8% (January 3.4%, December 3.9%); medium-term ceiling 4%; marginal lending
  facility 8.00% -> 7.50%, deposit facility 5.00% -> 4.50%, corridor 150 bp; reserve
  requirement 5% unchanged; 2026 growth forecast 5.1% (was 4.6%), 2025 growth 4.9%; reserves
  $2.31 billion = 6.2 months of imports (5.4 months a year earlier); ouguiya about 39.8 per
  dollar; private credit +11.7% in the year to January; next meeting 2026-06-16; governor
  Moulaye Ahmed Ould Heiba; press conference Wednesday 2026-03-18 at 11:00 GMT.
  OUTLETS: Sahel Wire Service (wire; meta article:published_time 2026-03-17T17:48Z; "on
  Tuesday"); The Nouakchott Ledger (newspaper; visible date line Wednesday 18 March 2026;
  "yesterday evening"); Dunes & Markets (newsletter analysis; JSON-LD datePublished
  2026-03-20; "Tuesday's decision", the governor's radio interview "on Thursday").
  LEGITIMATE TRAPS: 50 basis points / half a percentage point / half-point; 6.00% / 6% /
  6 per cent; 25 basis points / a quarter point (the December cut and the minority's
  preference); earlier values (6.50%, 3.4%, 3.9%, 4.6%, 5.4 months); facility rates beside the
  policy rate; $2.31 billion / about $2.3 billion / roughly 92 billion ouguiya; the economists'
  forecast (nine of 12 expected 25 bp) against the actual 50 bp; analysts' forecasts of 5.75%
  in June and 5.50% later; real-rate arithmetic (3.7 and 3.2 points); governor with and
  without his middle name, three different quotes from the statement, the press conference and
  a radio interview; sidebar of other central banks' rates (BCEAO 3.25%, BEAC 4.50%, Bank
  Al-Maghrib 2.25%); lending-rate and rice-price figures in one outlet only.

el-AI2 (election) — 3 PLANTED. Fetched 2026-05-22.
  TRUE FACTS: Nouadhibou by-election for a National Assembly seat (vacated when Sidi Ould
  Khattri became fisheries minister in January); first round Saturday 2026-05-02 (five
  candidates; Aminetou Mint Sidi Yahya 38.9%, Mohamed Salem Ould Bneijara 31.2%, turnout
  57.4%); run-off Saturday 2026-05-16, polls 7 a.m.-7 p.m. GMT; results announced Monday
  2026-05-18 shortly after 10:15 GMT by Brahim Ould Memmadi, the CENI's regional coordinator;
  68,412 registered, 41,930 votes cast, turnout 61.3%, 1,115 blank or spoiled, 40,815 valid;
  Mint Sidi Yahya (Coastal Renewal Union, 44) 21,538 = 52.8%; Ould Bneijara (National Concord
  Party, 57) 19,277 = 47.2%; margin 2,261; 94 polling stations; Ould Bneijara alleges
  irregularities at 11 stations and will go to the Constitutional Council.
  OUTLETS: Sahel Wire Service (wire; meta published_time 2026-05-18T11:05Z); Radio Tenere
  International (broadcaster; visible date line 18 May 2026); Atlantic Coast Herald
  (newspaper; no date anywhere; "on Monday", "Saturday's run-off"); West Africa Monitor (live
  blog, newest first, GMT timestamps; JSON-LD datePublished 2026-05-16T18:45Z).
  PLANTED: winner's votes 21,538 right, 21,358 wrong (Atlantic Coast Herald); surname
  Bneijara right, Bneijra wrong (West Africa Monitor, throughout); Brahim Ould Memmadi's role
  regional coordinator right, spokesman wrong (Radio Tenere International).
  LEGITIMATE TRAPS: first-round shares and turnout beside the run-off's; the 2023 result
  (54.3%) in one outlet; partial figures from 61 of 94 stations on the live blog (14,102 and
  12,876) before the final count; shares of valid votes vs turnout of registered voters;
  "about 68,000" / 68,412; "three in five" / 61.3%; candidates with and without "Mint"/"Ould"
  and first names; different quotes of the winner from her speech and a radio interview;
  observers' figures (120 observers at 88 stations) in one outlet; live-blog clock times.

ct-AI3 (court) — CONTROL, planted = []. Fetched 2026-07-06.
  TRUE FACTS: Bamako's specialised economic and financial crimes chamber convicted Moussa
  Abdoulaye Kanouté (61, director-general of the Office for Agricultural Inputs, OPIA, from 2019
  to 2023) on Thursday 2026-07-02, verdict read at 6:20 p.m. (GMT) after a trial that opened
  Monday 2026-06-08; embezzlement of 4,716,250,000 CFA francs (about €7.2 million) in a
  2021-2023 fertiliser subsidy scheme, invoices for 38,400 tonnes never delivered; Kanouté
  seven years, two suspended, fine 25 million CFA francs; Ibrahima Soumano (manager of Sanké
  Agro-Distribution) four years, fine 10 million; Kadiatou Sangaré (former chief accountant)
  three years suspended; Drissa Tangara (former head of logistics) two years; two acquitted
  (Mamadou Fofana, Adama Guindo); six defendants in all; the four convicted jointly to repay
  the 4.7 billion and pay 500 million CFA francs in damages; prosecutor Cheick Oumar Dembélé had
  sought ten years and a 50 million fine; presiding judge Hawa Samaké Keïta; defence lawyer
  Oumar Sissoko; 15 days to appeal; Kanouté detained since October 2024.
  OUTLETS: Bamako Tribune (newspaper; visible date line Friday 3 July 2026; "yesterday");
  Pan-Sahel Press Agency (wire; meta published_time 2026-07-02T19:05Z; "on Thursday");
  Harmattan TV (broadcaster; no date anywhere; "on Thursday", "the trial, which opened on 8
  June").
  LEGITIMATE TRAPS: seven years / two suspended / five to serve; 4.7 billion / 4,716,250,000 /
  more than 4.7 billion / about €7.2 million / roughly $8 million; sought (ten years, 50
  million) vs imposed; the other defendants' sentences and fines; the judge as Hawa Samaké
  Keïta / Judge Keïta / Keita without the diaeresis; the defendant with and without his
  middle name; different quotes of the lawyer and prosecutor from the courtroom and outside;
  sidebar of other cases (a 2025 case of 1.2 billion CFA francs and five years).

tr-AI4 (trade) — 3 PLANTED. Fetched 2026-08-18.
  TRUE FACTS: Mali and Mauritania signed a transit agreement on Wednesday 2026-08-12 at the
  Port Autonome de Nouakchott; signatories Mauritanian trade and tourism minister Lalla Mint
  Cheikhna and Malian industry and trade minister Bakary Tiémoko Doumbia; handling fees for
  Malian transit cargo cut 18%; free storage 10 -> 21 days; target 1.2 million tonnes a year by
  2028 from 410,000 tonnes in 2025; dry port at Nioro du Sahel costing $86 million (about 48.6
  billion CFA francs; the Sahel Infrastructure Fund lends $50 million, the two governments $36
  million), capacity 500,000 tonnes a year, due 2028; in force 1 October 2026; joint border
  post at Gogui in 2027; about 350 Malian trucks a week; corridor about 1,100 km; Nouakchott
  handled about 9% of Mali's seaborne imports in 2025.
  OUTLETS: Sahel Wire Service (wire; meta published_time 2026-08-12T15:30Z; "on Wednesday");
  The Nouakchott Ledger (newspaper; visible date line Thursday 13 August 2026); Continental
  Business Brief (newsletter; JSON-LD datePublished 2026-08-14); Sahel Business Radio
  (broadcaster; no date anywhere; "on Wednesday").
  PLANTED: signing weekday Wednesday right, Tuesday wrong (The Nouakchott Ledger); dry-port
  cost $86 million right, $68 million wrong (Continental Business Brief); dry-port site
  Nioro du Sahel right, Nara wrong (Sahel Business Radio).
  LEGITIMATE TRAPS: the cost in dollars, CFA francs and ouguiya (about 3.4 billion); the
  financing split beside the total; 410,000 tonnes (2025) vs 1.2 million (2028 target) vs
  500,000 (dry-port capacity); "nearly triple"; 10 vs 21 days; ministers with and without
  middle names; different quotes of the ministers from the ceremony and interviews; sidebar
  figures for Dakar and Abidjan; 1 October (entry into force) vs 2027 and 2028 dates.

rk-AI5 (rocket) — CONTROL, planted = []. Fetched 2026-10-02.
  TRUE FACTS: the second stage of a Halcyon Orbital Kestrel 4 rocket (launched Friday
  2026-09-11 from Kourou with two satellites for Meridian Geodata) re-entered at 23:41 UTC on
  Monday 2026-09-21, which was 00:41 WAT on Tuesday 2026-09-22 in Chad; fragments fell along a
  strip about 40 km long north-east of Faya-Largeau (Borkou province); 14 fragments recovered;
  the largest a pressure tank 1.1 m across weighing 37.6 kg; the closest fell about 3 km from
  the Kirdimi oasis and holed the roof of an empty storehouse at a herders' camp; nobody hurt;
  fireball seen for about 40 seconds; stage 9.5 m long, dry mass about 1.9 tonnes; final
  prediction 23:20 UTC plus or minus two hours; Halcyon's vice-president for mission assurance
  Ingrid Solberg; Chad's civil aviation authority director-general Mahamat Saleh Djidda; Borkou
  governor General Abderahim Bichara Ahmat; Halcyon sends five engineers.
  OUTLETS: Orbit Watch (newsletter; JSON-LD datePublished 2026-09-23; UTC throughout); N'Djamena
  Courier (newspaper; visible date line Tuesday 22 September 2026; local time); Harmattan TV
  (live blog, newest first, WAT timestamps; meta published_time 2026-09-22T06:10Z).
  LEGITIMATE TRAPS: 23:41 UTC Monday = 00:41 WAT Tuesday (the date and weekday change with the
  zone); 37.6 kg / about 38 kg / 83 lb; 1.1 m / more than a metre; predicted vs actual time;
  live-blog partial counts (at least five, then nine) before 14; "Kestrel 4" / "Kestrel-4";
  launch date beside reentry date; two different Solberg quotes (statement and briefing);
  sidebar of other reentries with their own figures.

eq-AI6 (earthquake) — 3 PLANTED. Fetched 2026-10-23.
  TRUE FACTS: a magnitude 5.6 earthquake (first estimated at 5.8), depth 10 km, epicentre about
  34 km north-east of Iferouane in the Aïr Mountains (Agadez region, Niger) at 22:48 WAT on
  Sunday 2026-10-18 (21:48 GMT); 7 dead, 52 injured (nine seriously, taken to Agadez regional
  hospital); 318 houses destroyed, about 640 damaged, 2,150 people displaced; strongest
  aftershock 4.1 at 03:05 WAT Monday; Colonel Abdourahamane Zakari, governor of the Agadez
  region; minister of humanitarian action Aïssata Moumouni Hamani pledged 150 million CFA
  francs (about €229,000) and 600 tents; seismologist Dr Habsatou Issoufou Garba, head of the
  seismology unit at Abdou Moumouni University; 45 Red Cross volunteers.
  OUTLETS: Pan-Sahel Press Agency (wire; meta published_time 2026-10-19T09:20Z); Radio Tenere
  International (broadcaster; visible date line 19 October 2026); Niger River Post (newspaper;
  JSON-LD datePublished 2026-10-20); West Africa Monitor (live blog, WAT timestamps, no date
  anywhere; "Sunday night").
  PLANTED: time of the quake 22:48 right, 22:38 wrong (Radio Tenere International); houses
  destroyed 318 right, 381 wrong (Niger River Post); Colonel Zakari's post governor of the
  Agadez region right, prefect wrong (West Africa Monitor, throughout).
  LEGITIMATE TRAPS: 22:48 WAT / 21:48 GMT / 10:48 p.m.; preliminary magnitude 5.8 vs 5.6;
  live-blog provisional tolls (at least four dead, dozens injured, more than 300 houses) before
  the final figures; destroyed (318) vs damaged (about 640); the aftershock's magnitude and
  time beside the main shock's; 150 million CFA francs / about €229,000; sidebar of earlier
  regional quakes with their own figures.
"""

import html
import json

# key: (name, domain, kind, tagline)
OUTLETS = {
    "sw": ("Sahel Wire Service", "sahelwire.example", "wire", "Fast, fair news from the Sahel and the Sahara"),
    "nl": ("The Nouakchott Ledger", "nouakchottledger.example", "newspaper", "Mauritania's independent daily"),
    "dm": ("Dunes & Markets", "dunesmarkets.example", "newsletter", "Weekly intelligence on Saharan and Sahelian economies"),
    "rt": ("Radio Tenere International", "radiotenere.example", "broadcaster", "News and voices from across the Sahel"),
    "ach": ("Atlantic Coast Herald", "atlanticherald.example", "newspaper", "From Saint-Louis to Nouadhibou"),
    "wam": ("West Africa Monitor", "wamonitor.example", "live", "Live coverage, data and analysis"),
    "bt": ("Bamako Tribune", "bamakotribune.example", "newspaper", "The capital's morning paper"),
    "psp": ("Pan-Sahel Press Agency", "pansahelpress.example", "wire", "Wire news for the Sahel since 2004"),
    "htv": ("Harmattan TV", "harmattantv.example", "broadcaster", "Television news for West Africa"),
    "cbb": ("Continental Business Brief", "cbbrief.example", "newsletter", "Africa's trade and markets, every morning"),
    "sbr": ("Sahel Business Radio", "sahelbizradio.example", "broadcaster", "Markets, money and work on the air"),
    "ow": ("Orbit Watch", "orbitwatch.example", "newsletter", "Independent tracking of launches and reentries"),
    "ndc": ("N'Djamena Courier", "ndjamenacourier.example", "newspaper", "Chad's news, every day"),
    "nrp": ("Niger River Post", "nigerriverpost.example", "newspaper", "Niamey's independent newspaper"),
}

NAV = {
    "wire": ["Top news", "Africa", "Markets", "Politics", "Security", "Energy", "Photos"],
    "newspaper": ["Home", "National", "Economy", "Regions", "World", "Opinion", "Sport", "Culture"],
    "newsletter": ["Latest issue", "Archive", "Data", "Podcasts", "Subscribe"],
    "broadcaster": ["News", "Programmes", "Listen live", "Video", "Africa", "Business"],
    "live": ["Live", "News", "Data desk", "Explainers", "Newsletters"],
}

AD = '<div class="ad-slot" aria-label="Advertisement"><span>Advertisement</span></div>'


def _body(text: str) -> str:
    """Blocks split on blank lines: '## ' a heading, '> ' a pull quote, '@@ time | text'
    a live update (' || ' between its paragraphs), anything else a paragraph."""
    parts = []
    for n, block in enumerate(b.strip() for b in text.strip().split("\n\n")):
        block = " ".join(block.split())
        if block.startswith("## "):
            parts.append(f"<h2>{block[3:]}</h2>")
        elif block.startswith("> "):
            parts.append(f'<blockquote class="pull-quote"><p>{block[2:]}</p></blockquote>')
        elif block.startswith("@@ "):
            stamp, _, rest = block[3:].partition(" | ")
            paras = "".join(f"<p>{p}</p>" for p in rest.split(" || "))
            parts.append(f'<div class="live-update"><p class="live-time"><time>{stamp}</time></p>{paras}</div>')
        else:
            parts.append(f"<p>{block}</p>")
        if n == 4:
            parts.append(AD)
    return "\n".join(parts)


def page(key, path, headline, standfirst, byline, text, *, mode, date="", section="News",
         sidebar=("", ()), related=(), tags=()):
    """One complete web page of an outlet; mode says how it gives its date: 'meta',
    'jsonld', 'line' (visible only) or 'none'."""
    name, domain, kind, tagline = OUTLETS[key]
    url = f"https://{domain}{path}"
    e_name, e_head, e_stand = (html.escape(s) for s in (name, headline, standfirst))
    head_date = ""
    if mode == "meta":
        head_date = f'<meta property="article:published_time" content="{date}">'
    elif mode == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": date, "author": {"@type": "Person", "name": byline.removeprefix("By ")},
              "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head_date = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    dateline = f'<p class="dateline">{date}</p>' if mode == "line" else ""
    nav = "".join(f'<li><a href="https://{domain}/{item.lower().replace(" ", "-")}">{item}</a></li>' for item in NAV[kind])
    side_title, side_items = sidebar
    side = "".join(f"<li>{item}</li>" for item in side_items)
    rel = "".join(f'<li><a href="https://{domain}{p}">{t}</a></li>' for t, p in related)
    tag_html = " ".join(f'<a href="https://{domain}/topic/{t.lower().replace(" ", "-")}">{t}</a>' for t in tags)
    share = ('<div class="share-buttons"><span>Share this article</span> <a href="#">Facebook</a> '
             '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a> <button>Copy link</button></div>')
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e_head} | {e_name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e_stand}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e_name}">
<meta property="og:title" content="{e_head}">
<meta property="og:url" content="{url}">
{head_date}
<link rel="canonical" href="{url}">
</head>
<body class="{kind}">
<div class="cookie-banner" role="dialog"><p>We and our partners use cookies to keep this site working, to measure audiences and to show advertising. You can accept all cookies or choose which ones you allow.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://{domain}/">{e_name}</a><p class="tagline">{tagline}</p>
<nav class="main-nav"><ul>{nav}</ul></nav><a class="subscribe" href="https://{domain}/subscribe">Subscribe</a></header>
{AD}
<main>
<article class="story">
<p class="kicker">{section}</p>
<h1>{e_head}</h1>
<p class="standfirst">{e_stand}</p>
<p class="byline">{byline}</p>
{dateline}
{share}
<div class="article-body">
{_body(text)}
</div>
{share}
<p class="tags">Topics: {tag_html}</p>
</article>
<aside class="sidebar"><div class="box"><h3>{side_title}</h3><ul>{side}</ul></div>
{AD}
<div class="box newsletter-signup"><h3>Get our newsletter</h3><p>The day's essential news from the region, in your inbox every morning.</p><button>Sign up</button></div></aside>
</main>
<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>
<footer class="site-footer"><p>&copy; 2026 {e_name}. All rights reserved.</p><ul><li><a href="https://{domain}/about">About us</a></li><li><a href="https://{domain}/contact">Contact</a></li><li><a href="https://{domain}/privacy">Privacy policy</a></li><li><a href="https://{domain}/cookies">Cookie settings</a></li><li><a href="https://{domain}/terms">Terms of use</a></li></ul></footer>
</body>
</html>
"""
    return {"url": url, "html": doc}


# ---------------------------------------------------------------------------------------
# cb-AI1 — central bank (CONTROL)
# ---------------------------------------------------------------------------------------

CB_WIRE = page(
    "sw", "/markets/2026/03/17/mauritania-central-bank-cuts-key-rate-to-6-percent",
    "Mauritania's central bank cuts key rate by 50 basis points to 6%",
    "Bigger-than-expected cut follows a steady fall in inflation; five of the seven committee members backed the move",
    "By Yacoub Ould Ebnou",
    """
NOUAKCHOTT, March 17 (Sahel Wire) - The Central Bank of Mauritania cut its main policy rate by 50 basis points to 6.00% on Tuesday, a bigger move than most economists had expected, saying inflation had fallen faster than it projected at the end of last year.

The bank's Monetary Policy Committee said in a statement released at 17:00 GMT that consumer prices rose 2.8% year on year in February, down from 3.4% in January and comfortably below the 4% it treats as the upper limit of its medium-term objective.

Nine of the 12 economists polled by Sahel Wire last week had forecast a cut of 25 basis points. Two expected the half-point move the bank delivered, and one had predicted no change.

"The disinflation we have observed since the autumn is broad-based and, in the committee's judgment, durable," Governor Moulaye Ahmed Ould Heiba said in the statement. "Monetary conditions had become tighter than the economy requires."

Five of the committee's seven members voted for the cut, the statement said, while the other two preferred a smaller reduction of 25 basis points. It was the bank's second cut in a row: in December it lowered the rate by 25 basis points to 6.50%, its first easing in more than three years.

The committee also cut the rate on its marginal lending facility to 7.50% from 8.00% and the rate on its deposit facility to 4.50% from 5.00%, keeping the corridor at 150 basis points on either side of the policy rate. It left the reserve requirement for commercial banks unchanged at 5%.

The bank raised its forecast for economic growth this year to 5.1% from 4.6%, citing higher gold output and a recovery in fish exports. It estimates that the economy grew 4.9% in 2025.

Foreign exchange reserves stood at $2.31 billion at the end of February, equivalent to 6.2 months of imports of goods and services, according to the statement. The ouguiya was little changed after the announcement at around 39.8 to the dollar.

Credit to the private sector grew 11.7% in the year to January. The bank said it would watch whether cheaper borrowing fed a surge in imports that could eat into reserves, and that it stood ready to "adjust its instruments" if it did.

"They have decided that the risk of doing too little is bigger than the risk of doing too much," said Khadijetou Mint Ely, chief economist at Sahara Commercial Bank in Nouakchott. "With inflation under 3% and more than six months of import cover, they had the room, and they used it."

Ousmane Ba, a Dakar-based analyst at Teranga Capital, said the split vote suggested the committee would move more cautiously from here. "Another 25 basis points in June looks likely, which would take the rate to 5.75%, but I would not bet on a second half-point cut," he said.

Mauritania's exports are dominated by iron ore, gold and fish, leaving its reserves exposed to swings in commodity prices. The government has argued that lower borrowing costs are needed to help small businesses outside the mining sector, which complain that bank loans remain expensive and hard to obtain.

The committee's next scheduled meeting is on June 16. Ould Heiba is due to take questions from reporters at a press conference on Wednesday at 11:00 GMT.

(Reporting by Yacoub Ould Ebnou; Editing by Clara Mendy)
""",
    mode="meta", date="2026-03-17T17:48:00Z", section="Markets",
    sidebar=("Mauritania at a glance", (
        "Policy rate: 6.00% (previously 6.50%)",
        "Consumer inflation, February: 2.8% year on year",
        "Foreign reserves, end-February: $2.31 billion",
        "Growth forecast for 2026: 5.1%",
        "Next policy meeting: June 16")),
    related=(("Iron ore shipments from Nouadhibou hold steady in first quarter", "/markets/2026/03/12/iron-ore-nouadhibou"),
             ("Analysis: West African central banks edge towards easing", "/markets/2026/03/09/west-africa-easing"),
             ("Mauritania signs fisheries monitoring deal with coastal neighbours", "/africa/2026/03/05/fisheries-monitoring")),
    tags=("Mauritania", "Central banks", "Interest rates", "Inflation"),
)

CB_LEDGER = page(
    "nl", "/economy/ould-heiba-defends-half-point-rate-cut",
    "Ould Heiba: half-point rate cut 'not a gamble' as banks promise cheaper loans",
    "The governor told reporters that falling inflation gave the central bank room to act; commercial lenders say they will pass on part of the reduction",
    "By Mariem Mint Abdallahi, Economy Editor",
    """
The governor of the Central Bank of Mauritania, Moulaye Ould Heiba, on Wednesday defended the bank's decision to cut its benchmark rate by half a percentage point, telling reporters in Nouakchott that the fall in inflation had opened up room "that it would have been a mistake to leave unused".

The bank's Monetary Policy Committee announced the cut yesterday evening, lowering the policy rate from 6.5 per cent to 6 per cent. It was the second reduction in three months, after a quarter-point trim in December, and it surprised many bankers in the capital, who had expected a more modest step.

"This is not a gamble," Mr Ould Heiba said at the bank's headquarters, where the press conference began shortly after 11 a.m. "We have three months of figures that all point the same way. Imported food prices have stabilised, the ouguiya has been steady and our reserves are comfortable. When the facts change this clearly, policy has to follow."

Annual inflation slowed to 2.8 per cent in February from 3.4 per cent in January, according to figures published with the decision. Food prices, which weigh heavily in the budgets of most Mauritanian households, rose 3.1 per cent over the year, the smallest increase in the food index for almost four years.

The governor confirmed that the committee had been divided. Two of its seven members argued for a quarter-point cut, he said, but the discussion had been "short and friendly". Asked whether the bank would cut again when the committee next meets on 16 June, he said only that it would "look at the data, not at the calendar".

He also played down concerns about the country's foreign currency reserves, which stood at about $2.3 billion at the end of February, or roughly 92 billion ouguiya at current exchange rates. That is enough to pay for more than six months of imports, a cushion the bank considers ample.

## Banks promise to follow

The Mauritanian Bankers' Association said its members would lower their own lending rates by between 25 and 40 basis points within a month. "The central bank has done its part, and we will do ours," said Ahmed Salem Ould Bouh, the association's president. "But the cost of a loan depends on risk as much as on the policy rate, and risk in many sectors remains high."

Commercial banks charged an average of 11.2 per cent on new loans last year, according to the central bank, a level that business groups say keeps credit out of reach for most small firms. Lending to the private sector was nonetheless growing briskly, up 11.7 per cent in the year to January.

The central bank now expects the economy to grow by 5.1 per cent this year, up from the 4.6 per cent it projected in December, helped by higher gold production and a rebound in fishing. The governor said the new forecast did "not yet assume any windfall" from gas exports.

At the Capitale market in central Nouakchott, traders said the decision had little immediate meaning for their customers, but welcomed the fall in prices. "In October a sack of imported rice cost 1,240 ouguiya. Now I sell it for 1,150," said Fatimetou Mint Moctar, who runs a stall near the market's eastern gate. "People still count every ouguiya, but they are buying a little more."

Opposition lawmakers were less impressed. A member of the National Assembly's finance committee said the bank should publish the minutes of its meetings so that the public could judge the arguments on both sides. The governor said the bank was "studying" the idea.
""",
    mode="line", date="Wednesday, 18 March 2026", section="Economy",
    sidebar=("Most read", (
        "Nouakchott water network: works on the northern districts to start in April",
        "Football: Mourabitounes name squad for March friendlies",
        "Tasiast miners' union calls off planned strike",
        "Letter from Atar: the date harvest that never came")),
    related=(("Inflation slows for a fourth month as food prices ease", "/economy/inflation-slows-fourth-month"),
             ("Central bank trims rate for the first time in three years", "/economy/central-bank-trims-rate-december"),
             ("Editorial: cheaper money is not enough", "/opinion/editorial-cheaper-money")),
    tags=("Central Bank of Mauritania", "Economy", "Banks"),
)

CB_NEWSLETTER = page(
    "dm", "/issues/2026-03-20/mauritania-half-point-cut-what-next",
    "Mauritania's half-point cut: why the central bank moved faster than the market",
    "The Friday note: real rates, reserves and what a five-to-two vote tells us about June",
    "By Thierno Sow, Senior Analyst",
    """
Good morning. This week's note is given over almost entirely to Nouakchott, where Tuesday's decision by the Central Bank of Mauritania caught most of the market on the wrong foot.

The facts first. The Monetary Policy Committee cut the policy rate by 50 basis points, from 6.50% to 6.00%, and moved both ends of its corridor with it: the marginal lending facility now costs 7.50% and the deposit facility pays 4.50%. The reserve requirement stays at 5%. Nine of the 12 economists in the Sahel Wire poll had pencilled in 25 basis points. We were among them.

## Why they went big

The simplest explanation is arithmetic. Inflation was 3.9% in December, 3.4% in January and 2.8% in February. With the policy rate unchanged at 6.50% through the first quarter, the real rate had been climbing as inflation fell, from about 2.6 percentage points in December to 3.7 points by February. In other words, the bank had been tightening without touching anything. The half-point cut brings the real rate back to about 3.2 points, which is still restrictive by the standards of the region.

The second explanation is the external position. Reserves stood at $2.31 billion at the end of February, or 6.2 months of imports. A year earlier cover was 5.4 months. For a central bank that spent much of 2023 and 2024 worrying about the ouguiya, that cushion matters, and it let the committee look through the risk that cheaper credit sucks in imports.

Governor Moulaye Ahmed Ould Heiba gave a hint of his thinking in an interview with Radio Tenere International on Thursday. "We do not want to be the last central bank in the region to notice that inflation has gone," he said. "If the numbers keep behaving, the committee will not be shy. But we will not promise anything in advance, because promises are expensive to break."

## Reading the split

Five members voted for the half-point cut and two for a quarter point. Nobody voted to hold. That matters: the debate inside the committee is about pace, not direction. The minority's case, as the governor described it at Wednesday's press conference, was that the bank should not spend all its credibility at once, with the growth forecast raised to 5.1% from 4.6% and private credit already expanding at 11.7% a year.

We think the majority will hold, but that the next step will be smaller. Our base case is a further 25 basis points at the June 16 meeting, taking the rate to 5.75%, then a pause over the summer and one more quarter point in the autumn, to 5.50%. The risks to that path are mostly external: a fall in gold prices or a bad fishing season would hit reserves quickly.

## What it means for markets

The ouguiya did not move, holding near 39.8 to the dollar, which tells you how little the foreign exchange market cares about a policy rate in a country where most hard currency comes from a handful of exporters. Treasury bill yields are another matter. At the auction on Wednesday, the average yield on 26-week bills fell by 31 basis points, and banks are already quoting lower rates to their best corporate clients.

For businesses, the real test is whether the cut reaches anyone outside that circle. The Mauritanian Bankers' Association has promised reductions of 25 to 40 basis points. That is welcome, but an average lending rate above 11% leaves most of the country's small firms where they were.

## Elsewhere in the region

The BCEAO, which sets rates for the eight WAEMU states including Mali, Niger and Burkina Faso, kept its main rate at 3.25% at its last meeting. The BEAC, whose remit includes Chad, holds at 4.50%. Further north, Bank Al-Maghrib is at 2.25%. Mauritania's rate remains the highest of the group, which is one more reason to expect the easing to continue.

That's all for this week. Next Friday: Niger's oil export revenues and what the pipeline numbers really say.
""",
    mode="jsonld", date="2026-03-20T07:00:00Z", section="The Friday note",
    sidebar=("Regional policy rates", (
        "Mauritania (BCM): 6.00%",
        "WAEMU (BCEAO): 3.25%",
        "CEMAC (BEAC): 4.50%",
        "Morocco (Bank Al-Maghrib): 2.25%")),
    related=(("Niger's pipeline: export volumes in three charts", "/issues/2026-03-13/niger-pipeline-charts"),
             ("Gold in the Sahel: the boom that governments want a bigger share of", "/issues/2026-03-06/sahel-gold-share"),
             ("Podcast: is the ouguiya undervalued?", "/podcasts/ouguiya-undervalued")),
    tags=("Mauritania", "Monetary policy", "Newsletter"),
)

# ---------------------------------------------------------------------------------------
# el-AI2 — election (3 PLANTED)
# ---------------------------------------------------------------------------------------

EL_WIRE = page(
    "sw", "/africa/2026/05/18/mauritania-nouadhibou-by-election-result",
    "Fisheries campaigner Mint Sidi Yahya wins Nouadhibou by-election run-off",
    "Provisional results give the Coastal Renewal Union candidate 52.8%; her rival says he will challenge the count",
    "By Cheikh Ould Sidaty",
    """
NOUADHIBOU, Mauritania, May 18 (Sahel Wire) - Aminetou Mint Sidi Yahya of the Coastal Renewal Union won Saturday's run-off for a National Assembly seat in the port city of Nouadhibou with 52.8% of the vote, provisional results from the electoral commission showed on Monday.

Brahim Ould Memmadi, regional coordinator of the Independent National Electoral Commission (CENI), told reporters that Mint Sidi Yahya received 21,538 votes against 19,277, or 47.2%, for Mohamed Salem Ould Bneijara of the National Concord Party, a margin of 2,261 votes.

Turnout was 61.3%, with 41,930 of the constituency's 68,412 registered voters casting ballots, up from 57.4% in the first round on May 2. A total of 1,115 ballots were blank or spoiled.

"The count was carried out in the presence of both candidates' representatives at every one of the 94 polling stations," Ould Memmadi said. "Any candidate who disputes these figures knows the road to follow, and it goes through the Constitutional Council."

The seat became vacant in January when its holder, Sidi Ould Khattri, was appointed minister of fisheries. Five candidates stood in the first round, in which Mint Sidi Yahya took 38.9% and Ould Bneijara 31.2%.

Mint Sidi Yahya, 44, spent a decade running a cooperative of women fish processors in the city's artisanal port before entering politics. She campaigned on fishing licences, the price of water and jobs for young people in Mauritania's second city and economic hub.

"Nouadhibou has chosen to be heard rather than managed," she told supporters outside her campaign office on Monday. "I will take the voices of the fishermen and the women who dry their catch into the Assembly, and I will not let them be forgotten."

Ould Bneijara, 57, a former deputy mayor of Nouadhibou, said he would challenge the result before the Constitutional Council, citing what he called irregularities at 11 polling stations, including late openings and missing signatures on tally sheets.

"We respect the voters, but we do not accept figures that we have not been able to verify," he said in a statement.

The Constitutional Council must rule on any challenge before the results become final. By-elections are rare in Mauritania, and the contest was watched as a test of the opposition's strength in the fishing and mining centre ahead of next year's local polls.

Nouadhibou, which lies on a peninsula about 470 km north of Nouakchott, handles most of the country's iron ore exports and a large share of its fish catch. Its rapid growth has strained water and electricity supplies, which both candidates put at the centre of their campaigns.

Election officials said counting had finished at all polling stations by Sunday evening, after which the tally sheets were taken under gendarmerie escort to the commission's regional office to be consolidated and checked against the copies held by the candidates' agents.

(Reporting by Cheikh Ould Sidaty; Editing by Clara Mendy)
""",
    mode="meta", date="2026-05-18T11:05:00Z", section="Africa",
    sidebar=("Run-off result (provisional)", (
        "Aminetou Mint Sidi Yahya (CRU): 21,538 votes, 52.8%",
        "Mohamed Salem Ould Bneijara (NCP): 19,277 votes, 47.2%",
        "Turnout: 61.3%",
        "Source: CENI")),
    related=(("Nouadhibou by-election heads to run-off after tight first round", "/africa/2026/05/04/nouadhibou-first-round"),
             ("Mauritania names new fisheries minister in reshuffle", "/africa/2026/01/20/mauritania-reshuffle"),
             ("Iron ore exports rise as rail upgrade is completed", "/markets/2026/04/28/iron-ore-rail")),
    tags=("Mauritania", "Elections", "Nouadhibou"),
)

EL_RADIO = page(
    "rt", "/news/africa/nouadhibou-run-off-mint-sidi-yahya-elected",
    "Nouadhibou elects Aminetou Mint Sidi Yahya in tight by-election run-off",
    "The former cooperative leader takes the seat with 52.8% of the vote; observers describe a calm poll with late openings",
    "By Aïcha Diagana, Nouadhibou correspondent",
    """
Aminetou Mint Sidi Yahya has won the by-election for Nouadhibou's vacant seat in the National Assembly, according to provisional results announced on Monday by the Independent National Electoral Commission, the CENI.

The figures were read out at 10:15 a.m. at the commission's regional office by Brahim Ould Memmadi, the CENI's spokesman, in front of a crowd of party agents and journalists. Mint Sidi Yahya, the candidate of the Coastal Renewal Union, obtained 21,538 votes, or 52.8 per cent. Her opponent, Mohamed Salem Ould Bneijara of the National Concord Party, received 19,277 votes, or 47.2 per cent.

Turnout in Saturday's run-off reached 61.3 per cent, or roughly three registered voters in five, a clear improvement on the first round two weeks earlier, when 57.4 per cent of voters took part.

Speaking to Radio Tenere International shortly after the announcement, the winner said her first task would be the city's water supply. "There are neighbourhoods here where a family waits three days for a tanker," Mint Sidi Yahya said. "I did not ask for this seat to make speeches in Nouakchott. I asked for it to bring water and work back to Nouadhibou."

## A calm vote, with some delays

Polling stations opened at 7 a.m. and closed at 7 p.m. on Saturday. Citizens' Election Watch, a coalition of local associations, deployed 120 observers to 88 of the constituency's 94 polling stations. Its president, Vatma Mint Saleck, said the vote had been "calm and generally well organised", although six stations opened more than an hour late because ballot boxes arrived late from the regional warehouse.

"We saw no violence and no attempt to stop people from voting," Mint Saleck said. "The problems we saw were problems of logistics. They should be fixed before next year, but they do not change the outcome of a race decided by more than two thousand votes."

The camp of Mohamed Salem Ould Bneijara sees things differently. A former deputy mayor of the city, Ould Bneijara says he will take the matter to the Constitutional Council and has pointed to 11 polling stations where, he says, tally sheets were not signed by his representatives. "We are not asking for favours, only for the law," he told our correspondent.

## A seat with national resonance

The seat has been vacant since January, when Sidi Ould Khattri left the Assembly to become minister of fisheries. In the first round on 2 May, five candidates competed; Mint Sidi Yahya came first with 38.9 per cent, ahead of Ould Bneijara with 31.2 per cent.

For many listeners who called our Nouadhibou studio on Monday, the result is above all a local story. Fishermen at the artisanal port spoke of licences sold to foreign trawlers, and of fuel costs that have eaten into their earnings. "She knows the port, she has worked there," said Ahmed Vall, a 38-year-old pirogue owner. "The others only come to visit at election time."

The Constitutional Council must now examine any appeals before confirming the results. If they are confirmed, Mint Sidi Yahya will become one of the few women to represent Nouadhibou in the Assembly.
""",
    mode="line", date="18 May 2026", section="Africa",
    sidebar=("On Radio Tenere this week", (
        "Sahel Morning: Mali's farmers prepare for the rainy season",
        "The Debate: can the Sahel's young voters change politics?",
        "Music Hour: new sounds from Nouakchott",
        "Listen live on our app and on FM across the region")),
    related=(("First round in Nouadhibou: the five candidates", "/news/africa/nouadhibou-by-election-candidates"),
             ("Water shortages hit Nouadhibou's northern districts", "/news/africa/nouadhibou-water-shortages"),
             ("Explainer: how the CENI counts the vote", "/news/africa/explainer-ceni-count")),
    tags=("Mauritania", "Elections", "Radio Tenere"),
)

EL_HERALD = page(
    "ach", "/mauritania/nouadhibou-picks-fish-processor-over-former-deputy-mayor",
    "Nouadhibou picks a fish processor over a former deputy mayor",
    "How Aminetou Mint Sidi Yahya turned a cooperative's network into a by-election victory, and why her opponent is not conceding",
    "By Leila Baba",
    """
At the artisanal port of Nouadhibou, where hundreds of painted pirogues are drawn up on the sand, the news arrived on Monday by telephone, a little after the electoral commission had finished reading out its figures. Aminetou Mint Sidi Yahya, the woman many of the fish dryers here still call simply "the president" of their cooperative, had won Saturday's run-off.

The provisional count from the Independent National Electoral Commission gave her 21,358 votes, or 52.8 per cent of the valid ballots, against 19,277 for Mohamed Salem Ould Bneijara, the former deputy mayor who had been the favourite of much of the city's business establishment. Turnout was 61.3 per cent of about 68,000 registered voters.

The result was announced by Brahim Ould Memmadi, the commission's regional coordinator, who said representatives of both candidates had observed the counting at each of the constituency's 94 polling stations.

## From the drying racks to the campaign trail

Mint Sidi Yahya, who is 44, spent ten years running a cooperative of women who salt and dry fish for markets in Mali and Senegal. The cooperative's members, spread across the city's poorer districts, became the backbone of her campaign. They knocked on doors, organised meetings in courtyards and, on polling day, ran a fleet of borrowed minibuses to carry elderly voters to the polls.

"We did not have money, we had women," said Mariem Mint Boubacar, one of the cooperative's founding members. "Every woman brought her sisters, her neighbours, her sons. That is how we won."

The Coastal Renewal Union, the party that nominated her, has only a handful of seats in the National Assembly, and its leaders in Nouakchott had treated the by-election as a long shot. After the first round on 2 May, when she finished first with 38.9 per cent against 31.2 per cent for Ould Bneijara, the party sent reinforcements from the capital.

## The challenger

Ould Bneijara, 57, ran on his experience at city hall and his promise to bring investment to the free zone. He campaigned with the support of the National Concord Party and of several of the city's best-known businessmen. His supporters had expected the three eliminated first-round candidates to swing behind him, but the arithmetic of the run-off did not bear that out.

On Monday evening Ould Bneijara said he would ask the Constitutional Council to annul the results from 11 polling stations, where he says the tally sheets were incomplete. "A democracy is judged by the quality of its counting, not by the speed of its announcements," he told supporters gathered outside his home.

His rival's camp dismissed the complaint. "The gap is more than two thousand votes," said one of Mint Sidi Yahya's campaign managers. "You cannot find that in eleven tally sheets."

## A city with many needs

The seat was vacated in January when Sidi Ould Khattri was appointed minister of fisheries. He had won it in the 2023 legislative elections with 54.3 per cent in a run-off, at the head of a very different coalition.

Whoever sits in the Assembly for Nouadhibou will face the same problems. The city's population has grown quickly with the mining and fishing industries, and its water network has not kept up. In the districts of the north, families buy water from tankers at several times the price paid by those connected to the mains.

Speaking at her campaign office on Sunday, before the results were known, Mint Sidi Yahya was already setting out her priorities. "Water first, then the port, then the schools," she said. "If I cannot deliver on the first one, people will have every right to send me home."

The Constitutional Council has yet to set a date to examine the appeal.
""",
    mode="none", section="Mauritania",
    sidebar=("Also in the Herald", (
        "Saint-Louis fishermen protest new licence fees",
        "Dakhla to Nouadhibou: the coastal road's last gap",
        "Opinion: the Atlantic's fish are running out, and so is time",
        "Weather: sandstorm warning for the northern coast")),
    related=(("Nouadhibou's water crisis, district by district", "/mauritania/nouadhibou-water-crisis"),
             ("The women who keep the fish trade alive", "/features/women-fish-trade"),
             ("Mauritania's opposition: a guide", "/mauritania/opposition-guide")),
    tags=("Mauritania", "Nouadhibou", "Politics"),
)

EL_LIVE = page(
    "wam", "/live/2026/05/16/nouadhibou-by-election-run-off-live",
    "Live: Nouadhibou by-election run-off, counting and results",
    "Follow the count in Mauritania's second city, where Aminetou Mint Sidi Yahya and Mohamed Salem Ould Bneijra are competing for a vacant Assembly seat",
    "Live coverage by Jean-Baptiste Kouamé and Nana Ampofo",
    """
## Monday 18 May

@@ 10:50 GMT | Mohamed Salem Ould Bneijra has reacted. In a short statement read by his campaign director, he says he "does not recognise" the figures and will file an appeal with the Constitutional Council, citing irregularities at 11 polling stations. || The Constitutional Council has to rule on any challenge before the result becomes final.

@@ 10:41 GMT | Car horns and drums outside Mint Sidi Yahya's campaign office near the artisanal port. Our correspondent says several hundred supporters have gathered, many of them women from the fish-processing cooperative she used to run.

@@ 10:32 GMT | RESULT: The CENI's regional coordinator, Brahim Ould Memmadi, read out the provisional results shortly after 10:15. || Aminetou Mint Sidi Yahya (Coastal Renewal Union): 21,538 votes, 52.8% || Mohamed Salem Ould Bneijra (National Concord Party): 19,277 votes, 47.2% || Turnout: 61.3% (41,930 voters out of 68,412 registered). Blank or spoiled ballots: 1,115.

@@ 09:58 GMT | Our correspondent at the CENI's regional office says party agents and reporters are filling the courtyard. The announcement is expected within the next half hour.

## Sunday 17 May

@@ 21:05 GMT | Both camps have urged supporters to stay calm and wait for the official figures. Security has been stepped up outside the CENI's regional office, where a few dozen supporters of each candidate gathered this evening.

@@ 16:40 GMT | Partial figures: results posted outside 61 of the 94 polling stations, compiled by our correspondent, give Mint Sidi Yahya 14,102 votes and Ould Bneijra 12,876. These are not official, and the stations still to come include several districts where Ould Bneijra was strong in the first round.

@@ 12:30 GMT | What happens next? The CENI's regional office consolidates the tally sheets from each polling station and announces provisional results. Candidates can then appeal to the Constitutional Council, which alone can confirm the final result. The commission has said it expects to announce the figures on Monday morning.

@@ 09:15 GMT | Mint Sidi Yahya's campaign says its own tallies from about 70 polling stations show her ahead. Ould Bneijra's team says it is "too early" for anyone to claim victory.

## Saturday 16 May

@@ 22:30 GMT | Counting is under way at the 94 polling stations. Agents of both candidates are present in the stations we visited in the city centre and in the districts near the port.

@@ 19:00 GMT | Polls have closed. They opened at 7 a.m. this morning. Observers report late openings at a handful of stations in the north of the city, but no serious incidents.

@@ 18:45 GMT | Welcome to our live coverage of the run-off in Nouadhibou, Mauritania's economic capital. Voters are choosing between Aminetou Mint Sidi Yahya, 44, a former head of a cooperative of women fish processors, and Mohamed Salem Ould Bneijra, 57, a former deputy mayor. || In the first round on 2 May, Mint Sidi Yahya took 38.9% and Ould Bneijra 31.2%; turnout was 57.4%. The seat fell vacant when Sidi Ould Khattri was appointed minister of fisheries in January.
""",
    mode="jsonld", date="2026-05-16T18:45:00Z", section="Live",
    sidebar=("Key facts", (
        "Constituency: Nouadhibou",
        "Polling stations: 94",
        "Registered voters: 68,412",
        "First round: 2 May")),
    related=(("Who is Aminetou Mint Sidi Yahya?", "/news/2026/05/18/who-is-aminetou-mint-sidi-yahya"),
             ("Data: Mauritania's by-elections since 2010", "/data/mauritania-by-elections"),
             ("Explainer: the Constitutional Council and electoral disputes", "/explainers/constitutional-council-disputes")),
    tags=("Live", "Mauritania", "Elections"),
)

# ---------------------------------------------------------------------------------------
# ct-AI3 — court (CONTROL)
# ---------------------------------------------------------------------------------------

CT_TRIBUNE = page(
    "bt", "/justice/fertiliser-scandal-kanoute-sentenced-seven-years",
    "Fertiliser scandal: former OPIA chief Kanouté sentenced to seven years",
    "Four of the six defendants are convicted over 4.7 billion CFA francs that never reached farmers; the defence will appeal",
    "By Sidiki Tounkara",
    """
The specialised chamber for economic and financial crimes in Bamako yesterday sentenced Moussa Abdoulaye Kanouté, the former director-general of the Office for Agricultural Inputs (OPIA), to seven years in prison, two of them suspended, for embezzling public funds meant to subsidise fertiliser for the country's farmers.

The presiding judge, Hawa Samaké Keïta, read out the verdict at 6:20 p.m., after a trial that had lasted almost four weeks. The court found that Kanouté, 61, who ran the office from 2019 to 2023, had organised a system of false invoices through which 4,716,250,000 CFA francs were diverted between 2021 and 2023.

Kanouté was also fined 25 million CFA francs. He and the three other defendants who were convicted were ordered jointly to repay the 4.7 billion CFA francs to the state and to pay it a further 500 million in damages.

## Four convicted, two acquitted

Ibrahima Soumano, the manager of Sanké Agro-Distribution, the company that received most of the payments, was sentenced to four years in prison and fined 10 million CFA francs. OPIA's former chief accountant, Kadiatou Sangaré, received a three-year suspended sentence, and its former head of logistics, Drissa Tangara, two years in prison.

Two defendants, the former deputy director Mamadou Fofana and a transport contractor, Adama Guindo, were acquitted for lack of evidence.

The prosecution had asked for ten years in prison and a fine of 50 million CFA francs for Kanouté. In his closing speech last week, prosecutor Cheick Oumar Dembélé had described "a machine built to steal from the poorest farmers in Mali". After the verdict he told reporters that the court had "recognised the essential".

## Fertiliser that never arrived

The case began with a 2023 report by the Auditor General, which found that OPIA had paid for 38,400 tonnes of fertiliser that no warehouse ever recorded receiving. Investigators later traced the payments to accounts held by Sanké Agro-Distribution and by several relatives of the defendants.

During the trial, farmers from the Ségou and Sikasso regions testified that they had waited in vain for subsidised sacks during the 2022 growing season. "We were told the trucks were coming. We waited, we borrowed, and then we planted without fertiliser," said one cotton grower from Koutiala, who had travelled to Bamako to attend the hearings.

Kanouté has been in custody since October 2024. The time he has spent in detention will count towards his sentence.

## Defence announces appeal

His lawyer, Maître Oumar Sissoko, said his client would appeal. "My client has been made to carry the weight of a whole system," he said outside the courtroom. "The court acquitted two defendants because the evidence was thin. We believe it was just as thin for Mr Kanouté." The defence has 15 days to lodge its appeal.

Inside the courtroom, Kanouté, dressed in a white boubou, showed no reaction as the sentence was read. Several relatives wept in the public gallery.

The case is one of the largest corruption trials held in Mali in recent years, and the authorities have presented it as proof of their determination to recover stolen public money. Civil society groups welcomed the verdict but said the money itself must now be found. "A sentence is not a refund," said Aminata Kouyaté, who heads a farmers' rights association in Ségou.
""",
    mode="line", date="Friday 3 July 2026", section="Justice",
    sidebar=("Other recent cases", (
        "2025: former head of a state transport company jailed for five years over 1.2 billion CFA francs",
        "2024: customs officers tried over fuel import fraud in Kayes",
        "2023: the Auditor General's report on agricultural subsidies")),
    related=(("The OPIA affair: how 38,400 tonnes of fertiliser vanished", "/investigations/opia-affair"),
             ("Farmers in Koutiala count the cost of a lost season", "/regions/koutiala-lost-season"),
             ("Editorial: justice must follow the money", "/opinion/justice-follow-the-money")),
    tags=("Justice", "Corruption", "Agriculture"),
)

CT_WIRE = page(
    "psp", "/mali/2026/07/02/mali-court-jails-former-fertiliser-agency-chief",
    "Mali court jails former fertiliser agency chief for embezzlement",
    "Moussa Kanouté gets seven-year sentence over subsidy fraud worth about €7.2 million",
    "By Mariam Sy Diallo",
    """
BAMAKO, July 2 (PSP) - A court in Bamako on Thursday sentenced the former head of Mali's state fertiliser agency to seven years in prison for embezzling more than 4.7 billion CFA francs (about €7.2 million) from a subsidy programme for farmers.

Moussa Kanouté, who was director-general of the Office for Agricultural Inputs (OPIA) from 2019 to 2023, will serve five years, with the remaining two suspended, the specialised economic and financial crimes chamber ruled. He was also fined 25 million CFA francs.

Judge Hawa Samaké Keïta read out the verdict at 18:20 GMT, ending a trial that opened on June 8.

Three other defendants were convicted. Ibrahima Soumano, manager of the supplier Sanké Agro-Distribution, received four years in prison; former chief accountant Kadiatou Sangaré was given a three-year suspended sentence; and former logistics chief Drissa Tangara two years. Two others were acquitted.

The four were ordered to repay 4,716,250,000 CFA francs to the state, jointly, and to pay it 500 million CFA francs in damages.

Prosecutors had sought ten years and a 50 million CFA franc fine for Kanouté.

According to the indictment, OPIA paid between 2021 and 2023 for 38,400 tonnes of fertiliser that was never delivered. The scheme was uncovered by the Auditor General's office in 2023.

"The message of this verdict is that public money is not private property," prosecutor Cheick Oumar Dembélé told reporters. "We will now work to recover every franc, wherever it has been hidden."

Kanouté's lawyer, Oumar Sissoko, told PSP the defence would appeal within the legal deadline of 15 days. "This is a heavy sentence for a man against whom the main evidence was the word of his co-defendants," he said.

Kanouté has been held in pre-trial detention since October 2024.

The CFA franc is pegged to the euro at 655.957 francs per euro.

## Background

Mali's transitional authorities have made the fight against corruption a central theme and have opened several high-profile cases involving former officials of state agencies. Farmers' organisations say the diversion of fertiliser subsidies cost thousands of families part of their harvest in 2022, a year in which global fertiliser prices rose sharply.

The OPIA case concerns a programme under which the state paid suppliers for fertiliser that was then to be sold to registered farmers at a subsidised price. The audit found that the volumes paid for far exceeded those registered in the agency's warehouses, and that several suppliers shared addresses and bank signatories.

Defence lawyers argued during the trial that the agency's internal controls had been weak long before Kanouté took office, and that responsibility lay with the ministry that supervised the programme. The court rejected that argument in Kanouté's case but accepted it for two of the six defendants.

A farmers' union leader, Bakary Diakité, said the verdict was welcome but came too late for many growers. "Some families sold cattle to buy fertiliser at market prices that year," he said. "Who pays them back?"

(Reporting by Mariam Sy Diallo; editing by Paul Ndiaye)
""",
    mode="meta", date="2026-07-02T19:05:00Z", section="Mali",
    sidebar=("Sentences at a glance", (
        "Moussa Abdoulaye Kanouté: 7 years (2 suspended), 25 million CFA fine",
        "Ibrahima Soumano: 4 years, 10 million CFA fine",
        "Kadiatou Sangaré: 3 years suspended",
        "Drissa Tangara: 2 years",
        "Acquitted: 2")),
    related=(("Mali opens trial of former fertiliser agency officials", "/mali/2026/06/08/mali-fertiliser-trial-opens"),
             ("Sahel governments step up anti-corruption drives", "/region/2026/05/21/sahel-anti-corruption"),
             ("Fertiliser prices ease ahead of planting season", "/markets/2026/06/15/fertiliser-prices-ease")),
    tags=("Mali", "Courts", "Corruption"),
)

CT_TV = page(
    "htv", "/news/mali/verdict-in-opia-trial-what-the-farmers-say",
    "Verdict in the OPIA trial: what the farmers say",
    "Seven years for the former director-general; in the villages where the fertiliser never came, relief is mixed with anger",
    "Harmattan TV Bamako bureau",
    """
It took Judge Hawa Keita a little over an hour to read the judgment on Thursday. When she reached the sentence for the main defendant, the room fell silent: seven years in prison, with two suspended, for Moussa Kanouté, the former director-general of the Office for Agricultural Inputs.

The court in Bamako found Kanouté guilty of embezzling 4.7 billion CFA francs, roughly $8 million, through a system of fake fertiliser deliveries between 2021 and 2023. He was also ordered to pay a fine of 25 million CFA francs. The trial, which opened on 8 June, heard from dozens of witnesses, including farmers who had travelled from the cotton belt in the south.

The verdict was read at 6:20 in the evening. Outside the courthouse, a small group of farmers who had followed the hearings from the beginning gathered around our camera.

"Seven years is good, but where is the money?" asked Seydou Traoré, who grows cotton and maize near Koutiala. "That year we waited for the fertiliser until it was too late. My yield fell by half. Nobody has come to tell me what happens to us now."

## Who was convicted

Four of the six defendants were convicted. Besides Kanouté, the businessman Ibrahima Soumano, whose company Sanké Agro-Distribution received most of the money, was sentenced to four years. Kadiatou Sangaré, the agency's former chief accountant, received a three-year suspended sentence, and Drissa Tangara, who ran logistics, two years. Two other defendants were acquitted.

The four convicted defendants must together repay the full amount to the state and pay 500 million CFA francs in damages. The prosecution had asked for a heavier sentence for Kanouté: ten years and a fine of 50 million.

## The prosecutor and the defence

Speaking to Harmattan TV after the hearing, prosecutor Cheick Oumar Dembélé said the case showed that "the era of impunity is over". He added: "Every franc of this money was meant for a farmer. The court has understood that, and the sentence reflects it."

Kanouté's lawyer, Oumar Sissoko, was more combative. "The investigation looked for a culprit before it looked for the truth," he told us. "We will appeal, and I am confident that a higher court will look at the file differently." The defence has 15 days to file its appeal.

Kanouté himself said nothing as he was led out of the courtroom by gendarmes. He has been detained since October 2024.

## In the villages

In Koutiala and in the villages around Ségou, the reaction was divided. Some farmers said they were satisfied to see a senior official held to account. Others were sceptical that the money would ever be recovered, or that the system that allowed the fraud had changed.

"They say they have cleaned the office, but we still wait for the inputs every year," said Fanta Coulibaly, who leads a women's rice-growing group near Ségou. "This year the fertiliser arrived in time. We will see if that lasts."

The agency says it has introduced electronic tracking of deliveries and now publishes lists of suppliers. Its current management did not respond to our request for an interview.
""",
    mode="none", section="Mali",
    sidebar=("Watch on Harmattan TV", (
        "Evening News, 8 p.m.: the day's top stories",
        "Sahel Farming: preparing for the rains",
        "Documentary: the cotton road from Koutiala to the coast")),
    related=(("The fertiliser trial, day one: six defendants in the dock", "/news/mali/fertiliser-trial-day-one"),
             ("Cotton farmers fear another difficult season", "/news/mali/cotton-farmers-difficult-season"),
             ("Video: inside an OPIA warehouse", "/video/inside-opia-warehouse")),
    tags=("Mali", "Justice", "Farming"),
)

# ---------------------------------------------------------------------------------------
# tr-AI4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------------------

TR_WIRE = page(
    "sw", "/markets/2026/08/12/mali-mauritania-sign-nouakchott-transit-deal",
    "Mali and Mauritania sign transit deal to route more cargo through Nouakchott",
    "Handling fees for Malian goods cut by 18%; a dry port at Nioro du Sahel is planned for 2028",
    "By Yacoub Ould Ebnou",
    """
NOUAKCHOTT, Aug 12 (Sahel Wire) - Mali and Mauritania signed an agreement on Wednesday to route more of landlocked Mali's imports and exports through the port of Nouakchott, cutting handling fees for Malian transit cargo by 18% and committing to build a dry port in western Mali.

The agreement, signed at the headquarters of the Port Autonome de Nouakchott by Mauritania's minister of trade and tourism, Lalla Mint Cheikhna, and Mali's minister of industry and trade, Bakary Tiémoko Doumbia, aims to raise the volume of Malian cargo handled at Nouakchott to 1.2 million tonnes a year by 2028, from 410,000 tonnes in 2025.

Under the deal, the period during which Malian goods can be stored free of charge at the port will be extended to 21 days from 10. The new terms take effect on October 1.

The two countries will also build a dry port at Nioro du Sahel, near the border, at a cost of $86 million (about 48.6 billion CFA francs). The Sahel Infrastructure Fund will lend $50 million, and the two governments will provide the remaining $36 million. The facility, with an annual capacity of 500,000 tonnes, is due to open in 2028.

"Mali has always had a sea. It is ours, at Nouakchott, and today we are opening the door wider," Mint Cheikhna said at the signing ceremony.

Doumbia said the agreement would give Malian importers a real alternative to the ports of Dakar and Abidjan, which handle the bulk of the country's seaborne trade. "Diversifying our corridors is a question of economic sovereignty," he said. "No country should depend on a single road to the sea."

Nouakchott handled about 9% of Mali's seaborne imports last year, according to Malian customs figures. Around 350 Malian trucks a week currently use the road corridor of about 1,100 km between Nouakchott and the border, a journey that takes about four days.

The two governments also agreed to open a joint border post at Gogui in 2027 to replace separate Malian and Mauritanian checks and to connect their customs systems through a single electronic window.

Mauritanian officials said the fee reduction would cost the port authority some revenue at first, but that they expected higher volumes to make up the difference. The port's management did not give an estimate of the cost.

Transporters welcomed the fee cut but said the condition of the road remained the main obstacle. "Eighteen percent on the port bill is good news, but our trucks lose more than that in broken axles," said Modibo Sacko, secretary-general of the Malian Road Hauliers' Union.

Mali has sought to diversify its trade routes since regional sanctions in 2022 briefly cut it off from some coastal neighbours. Mauritania, which has expanded the Nouakchott port's container terminal in recent years, is keen to win a larger share of the transit market.

(Reporting by Yacoub Ould Ebnou; Editing by Clara Mendy)
""",
    mode="meta", date="2026-08-12T15:30:00Z", section="Markets",
    sidebar=("The deal in numbers", (
        "Port handling fees for Malian cargo: -18%",
        "Free storage: 21 days (was 10)",
        "Target by 2028: 1.2 million tonnes a year",
        "Dry port at Nioro du Sahel: $86 million")),
    related=(("Nouakchott container terminal posts record half-year", "/markets/2026/07/22/nouakchott-container-record"),
             ("Mali's imports rise on fuel and food purchases", "/markets/2026/07/08/mali-imports-rise"),
             ("Senegal's Dakar port plans new fees for transit cargo", "/africa/2026/06/30/dakar-transit-fees")),
    tags=("Mali", "Mauritania", "Trade", "Ports"),
)

TR_LEDGER = page(
    "nl", "/economy/nouakchott-malian-transit-agreement-port",
    "Nouakchott bets on Malian transit with cheaper port fees",
    "The agreement signed with Bamako cuts charges by 18% and doubles the free storage period; hauliers want the road fixed too",
    "By Mohamed Lemine Ould Ahmed",
    """
Mauritania and Mali signed a transit agreement on Tuesday that the government hopes will turn the port of Nouakchott into one of the main gateways to the sea for its landlocked neighbour.

At a ceremony at the Port Autonome de Nouakchott, the minister of trade and tourism, Lalla Mint Cheikhna, and her Malian counterpart, Bakary Doumbia, minister of industry and trade, signed a text that cuts handling fees for Malian transit goods by 18 per cent and extends the free storage period at the port from 10 to 21 days from 1 October.

The objective is ambitious: to nearly triple Malian traffic through Nouakchott, from 410,000 tonnes last year to 1.2 million tonnes a year by 2028.

"We are not asking Malian importers to love us. We are asking them to compare our prices with those of the others," Mint Cheikhna told the Ledger after the ceremony. "From October, the comparison will be in our favour."

## A dry port in Nioro du Sahel

The centrepiece of the agreement is a dry port to be built at Nioro du Sahel, in Mali, close to the Mauritanian border. Goods will be cleared there by both countries' customs services and loaded onto Malian trucks for the rest of their journey, without stopping again at the border.

The project will cost $86 million, or some 3.4 billion ouguiya. The Sahel Infrastructure Fund has agreed to lend $50 million, with the two states contributing the balance. Once complete in 2028, the facility will be able to handle 500,000 tonnes a year.

For Malian officials, the attraction of Nouakchott is political as much as economic. "Our trade must never again depend on the goodwill of a single neighbour," Bakary Doumbia said in his speech, a clear reference to the sanctions of 2022.

## The road problem

The port's director-general, El Hacen Ould Bah, said the port was ready to absorb the extra traffic. The new container terminal has spare capacity, he said, and a dedicated area for Malian goods will be fenced and secured by the end of September.

The road is another matter. The corridor between Nouakchott and the Malian border runs for about 1,100 km through Boutilimit, Aleg, Kiffa and Ayoun el Atrous, and several sections are badly damaged. At present around 350 Malian trucks a week make the trip, which takes about four days.

"The port can be as cheap as you like. If the truck spends two days stuck in a pothole, the importer goes back to Dakar," said Sidi Mohamed Ould Jiddou, who runs a freight forwarding company in Nouakchott's port district. He estimated that the road between Kiffa and Ayoun el Atrous alone added a day to the journey.

The two governments have agreed to open a joint border post at Gogui in 2027 and to link their customs systems electronically. Officials said a separate agreement on road maintenance was under discussion.

## Competition from the south

Nouakchott remains a small player in Malian trade. Last year it handled about 9 per cent of Mali's seaborne imports, far behind Dakar and Abidjan. Economists say the new tariffs will help, but that the volumes promised by the agreement depend on investment that has yet to materialise.

"The fee cut is real and immediate. The tonnage target is a hope," said Aïssata Kane, an economist at the University of Nouakchott. "But a hope with a dry port attached is better than a hope alone."
""",
    mode="line", date="Thursday, 13 August 2026", section="Economy",
    sidebar=("Most read", (
        "Nouakchott: new bus lines to the southern districts from September",
        "Exams: baccalaureate results published online",
        "Football: Mourabitounes draw in friendly",
        "Heat wave: temperatures above 45 degrees expected in the east")),
    related=(("Port of Nouakchott: a new container terminal, and big ambitions", "/economy/port-nouakchott-container-terminal"),
             ("The Kiffa road: a journey in potholes", "/regions/kiffa-road-potholes"),
             ("Opinion: Mali needs the sea, and we need Mali", "/opinion/mali-needs-the-sea")),
    tags=("Trade", "Mali", "Port of Nouakchott"),
)

TR_NEWSLETTER = page(
    "cbb", "/briefs/2026-08-14/mali-mauritania-transit-corridor",
    "Mali's new road to the sea runs through Nouakchott",
    "Morning brief: what the Mali-Mauritania transit agreement changes for shippers, and what it does not",
    "By Priya Natarajan, Trade Correspondent",
    """
Good morning. Today's lead: the transit agreement signed on Wednesday in Nouakchott between Mali and Mauritania, the most concrete attempt yet by Bamako to loosen its dependence on the Dakar and Abidjan corridors.

## What was agreed

The headline measure is an 18% cut in handling fees for Malian transit cargo at the Port Autonome de Nouakchott, together with an extension of free storage from 10 days to 21. Both apply from 1 October.

The longer-term piece is a dry port at Nioro du Sahel, on the Malian side of the border, where cargo will be cleared once for both countries. The price tag is $68 million, with the Sahel Infrastructure Fund providing most of the financing through a long-term loan. Capacity is put at 500,000 tonnes a year, with completion planned for 2028.

The two governments have set a target of 1.2 million tonnes of Malian cargo a year through Nouakchott by 2028. Last year the figure was 410,000 tonnes.

## Why it matters

For shippers, the appeal is simple: more choice. Mali's seaborne trade has long been concentrated on two ports, and the 2022 sanctions episode showed how exposed that left the country. Nouakchott handled about 9% of Mali's seaborne imports last year; if the 2028 target is met, that share could climb well into double digits.

For Mauritania, the deal is part of a strategy to make the Nouakchott port a regional hub. Its container terminal has spare capacity, and transit cargo brings fees, jobs and traffic for the country's trucking firms.

"We are building a corridor, not a favour," Mauritania's trade minister, Lalla Mint Cheikhna, told us by telephone on Thursday. "The Malian importer will come because it is cheaper and faster, and he will stay for the same reason."

Her Malian counterpart, Bakary Tiémoko Doumbia, struck a similar note at the signing ceremony. "A landlocked country cannot choose its geography, but it can choose its partners," he said.

## The catch

The road. The corridor of about 1,100 km from Nouakchott to the border takes trucks about four days, and hauliers say the worst sections can add a day or more. Around 350 Malian trucks a week use it now. Until the road is repaired, the port's price advantage will be partly eaten up by transport costs, breakdowns and insurance.

A joint border post at Gogui is due to open in 2027, replacing two sets of checks with one. That should cut waiting times at the frontier, which forwarders put at between half a day and two days depending on the season.

## Our take

The fee cut is real, immediate and large enough to shift some cargo, especially bulk goods such as rice, sugar and cement where margins are thin. The tonnage target is more ambitious and depends on the dry port and the road being delivered on time, which recent history in the region does not guarantee.

Still, the direction is clear. Landlocked Sahel states are building redundancy into their trade routes, and coastal ports are competing for their business. Shippers who have never priced the Nouakchott route should do so before October.

## Also worth your time

Dakar's port authority has said it will review its own transit tariffs this autumn. Abidjan reported a 6% rise in transit volumes to Mali and Burkina Faso in the first half of the year. And Togo's port at Lomé continues to court Niger's importers, with a new warehouse zone opening next month.
""",
    mode="jsonld", date="2026-08-14T06:00:00Z", section="Morning brief",
    sidebar=("Corridor watch", (
        "Dakar: transit tariff review due this autumn",
        "Abidjan: transit to Mali and Burkina Faso up 6% in first half",
        "Lomé: new warehouse zone for Niger cargo",
        "Nouakchott: fee cut for Malian cargo from 1 October")),
    related=(("Burkina Faso's trade routes after the border reopenings", "/briefs/2026-08-07/burkina-trade-routes"),
             ("Niger's pipeline exports: the numbers behind the headlines", "/briefs/2026-07-31/niger-pipeline-numbers"),
             ("Shipping rates to West Africa ease for a third month", "/briefs/2026-07-24/shipping-rates-west-africa")),
    tags=("Trade", "Logistics", "Mali", "Mauritania"),
)

TR_RADIO = page(
    "sbr", "/news/mali-mauritania-transit-agreement-hauliers-react",
    "Transit agreement with Mauritania: Malian hauliers cautiously hopeful",
    "Cheaper port fees in Nouakchott and a new dry port are welcome, say truckers, but the road must come first",
    "Sahel Business Radio newsroom",
    """
Malian truck drivers and freight forwarders have given a cautious welcome to the transit agreement signed on Wednesday in Nouakchott between Mali and Mauritania, which cuts port fees for Malian cargo and promises a dry port on the Malian side of the border.

The agreement was signed by Mali's minister of industry and trade, Bakary Doumbia, and the Mauritanian minister of trade and tourism, Lalla Mint Cheikhna. It reduces handling fees for Malian goods at the port of Nouakchott by 18 percent and extends the free storage period from 10 to 21 days, starting on 1 October.

It also provides for a dry port at Nara, where goods coming from Nouakchott will be cleared by customs and redistributed across Mali. The facility, which will cost 86 million dollars, is expected to be operational in 2028 and to handle 500,000 tonnes a year.

"For us, the dry port is the most important thing," said Modibo Sacko, secretary-general of the Malian Road Hauliers' Union, speaking on our morning programme. "Today a driver can wait two days at the border for papers. If the clearing is done once, in one place, we save time, and time is money."

## The road, again

But like most of the transporters who called in to the programme, Sacko insisted that none of this would matter if the road was not repaired. "On the Mauritanian side there are stretches where you drive at twenty kilometres an hour," he said. "A truck that should make the trip in three days makes it in four, sometimes five."

At present, about 350 Malian trucks a week travel the corridor of roughly 1,100 km between Nouakchott and the border. The two governments hope that traffic will grow sharply: their target is 1.2 million tonnes of Malian cargo a year through Nouakchott by 2028, compared with 410,000 tonnes in 2025.

Minister Doumbia told Sahel Business Radio that the government was aware of the concerns. "We did not sign this agreement to put up a sign on an empty building," he said. "The port, the dry port, the border post and the road go together. We are working on all four."

A joint border post at Gogui is planned for 2027, replacing the separate Malian and Mauritanian controls.

## Importers weigh the savings

In Bamako, importers said they would start comparing costs as soon as the new tariffs take effect. Ousmane Sylla, who imports rice and sugar for wholesalers in the capital's Dibida market, said the 18 percent cut could tip the balance for bulk goods. "On a shipment of rice, the port fees are a big part of the bill," he said. "If Nouakchott is cheaper and the road is acceptable, we will go there. We are not married to any port."

Others were more cautious. A freight forwarder who asked not to be named said Nouakchott still lacked the frequent shipping lines that Dakar and Abidjan offer, which meant longer waits for containers. "Price is one thing. Regular ships are another," he said.

Last year Nouakchott handled about 9 percent of Mali's seaborne imports. Dakar and Abidjan share most of the rest.
""",
    mode="none", section="Business news",
    sidebar=("On air today", (
        "6:30 Morning Markets: cotton, gold and the CFA franc",
        "12:00 Midday Business: the transport special",
        "18:00 Evening Review with listener calls")),
    related=(("Fuel prices: what hauliers pay from Kayes to Gao", "/news/fuel-prices-hauliers"),
             ("Dibida market traders on the cost of rice", "/news/dibida-rice-prices"),
             ("Podcast: the economics of a landlocked country", "/podcasts/landlocked-economics")),
    tags=("Trade", "Transport", "Mali"),
)

# ---------------------------------------------------------------------------------------
# rk-AI5 — rocket (CONTROL)
# ---------------------------------------------------------------------------------------

RK_NEWSLETTER = page(
    "ow", "/reentries/2026-09-23/kestrel-4-upper-stage-chad",
    "Kestrel 4 upper stage comes down over northern Chad",
    "Debris from Halcyon Orbital's second stage recovered near Faya-Largeau; reentry time, track and what survived",
    "By Marta Lindqvist",
    """
The second stage of the Halcyon Orbital Kestrel 4 rocket that launched on 11 September re-entered the atmosphere over northern Chad at 23:41 UTC on Monday 21 September, and at least part of it survived to reach the ground. Chadian authorities have so far recovered 14 fragments along a strip of desert about 40 km long, north-east of the town of Faya-Largeau in Borkou province.

No injuries have been reported. The largest piece recovered is a spherical composite-overwrapped pressure vessel, the kind of tank used to store helium for pressurising propellant, measuring 1.1 m across and weighing 37.6 kg (83 lb).

## The launch and the orbit

The Kestrel-4 lifted off from Kourou in French Guiana on Friday 11 September at 14:22 UTC, carrying two Earth-observation satellites for Meridian Geodata. Both satellites were deployed as planned. The second stage, however, did not perform the deorbit burn that would have sent it into the ocean. Halcyon has said only that a "valve anomaly" prevented the restart.

Left in a low, elliptical orbit, the stage decayed quickly. Its dry mass was about 1.9 tonnes and it measured 9.5 m long, which puts it in the range where some components, especially tanks and engine parts, can be expected to survive reentry.

## Predictions versus reality

Tracking forecasts narrowed over the final days. The last prediction before reentry, issued on Monday, put the event at 23:20 UTC, plus or minus two hours, on a ground track that crossed the Atlantic, West Africa and the Sahara. The actual reentry, at 23:41 UTC, was well inside that window.

For readers in Chad, it is worth remembering that 23:41 UTC on Monday was 00:41 on Tuesday local time, which is why local reports describe the fireball as appearing "just after midnight on Tuesday". Both descriptions refer to the same moment.

Witnesses in Faya-Largeau described a slow-moving string of bright fragments crossing the sky from west to east, lasting around 40 seconds, followed some minutes later by a series of dull booms.

## What Halcyon says

In a written statement on Tuesday, Halcyon's vice-president for mission assurance, Ingrid Solberg, said the company "deeply regrets" that debris had reached the ground and would cover the cost of recovery. "We designed this stage to be disposed of safely, and it was not. We owe the people of Borkou and the government of Chad a full explanation," she said.

At a briefing for reporters later the same day, Solberg added that a team of five Halcyon engineers would travel to Chad to examine the fragments. "The tank is the piece we most want to see," she said. "It will tell us a lot about how the stage broke up."

## The legal side

Under the 1972 Liability Convention, the launching state is liable for damage caused on the ground by its space objects. So far the only damage reported is to the roof of an empty storehouse at a herders' camp about 3 km from the Kirdimi oasis, where the fragment closest to any settlement landed.

## The bigger picture

Uncontrolled reentries of rocket stages are not rare, but debris reaching populated areas still is. Operators increasingly design upper stages to be deorbited deliberately after use. The Kestrel 4 stage was meant to do exactly that, which is why this case will be watched closely by regulators.

We will update this page when Halcyon publishes its investigation.
""",
    mode="jsonld", date="2026-09-23T08:00:00Z", section="Reentries",
    sidebar=("Recent notable reentries", (
        "March 2026: a Chinese core stage over the Indian Ocean, no debris recovered",
        "November 2025: a cargo capsule trunk, fragments found in Australia",
        "July 2025: an upper stage over the Pacific, 12 tonnes")),
    related=(("Kestrel 4 launch report: two satellites for Meridian Geodata", "/launches/2026-09-11/kestrel-4-meridian"),
             ("Explainer: why some rocket parts survive reentry", "/explainers/surviving-reentry"),
             ("Tracking reentries: how the predictions are made", "/explainers/reentry-predictions")),
    tags=("Reentry", "Kestrel 4", "Chad", "Space debris"),
)

RK_COURIER = page(
    "ndc", "/national/borkou-rocket-debris-faya-largeau",
    "Rocket debris falls in Borkou: 'The sky was full of fire'",
    "Fragments of a foreign rocket stage landed near Faya-Largeau just after midnight; no one was hurt, the authorities say",
    "By Zenaba Hassane",
    """
Residents of Faya-Largeau were woken just after midnight on Tuesday by what many first took for an aircraft in flames. At 00:41 local time, a long string of glowing fragments crossed the sky above the Borkou capital, followed a few minutes later by a series of muffled explosions.

By the end of the day the gendarmerie had recovered 14 pieces of metal and composite material scattered across some 40 kilometres of desert north-east of the town. They came from the second stage of a Kestrel 4 rocket launched on 11 September by Halcyon Orbital, a private company, which had failed to steer the stage into the ocean as planned.

No one was injured. The governor of Borkou province, General Abderahim Bichara Ahmat, visited the largest fragment on Tuesday morning and asked residents not to touch any debris they find. "These objects can contain chemical residues. Report them to the gendarmerie and keep the children away," he said.

## 'Like a shooting star, but slower'

"I was outside with my animals. The sky became full of fire, like a shooting star, but slower and with many pieces," said Hassan Adoum Barka, a herder who was camped near the oasis of Kirdimi. "It lasted perhaps forty seconds. Then, a little later, there was a noise like thunder far away."

The fragment that fell closest to any settlement landed about 3 km from Kirdimi, at a herders' camp, where it tore through the roof of an empty storehouse. The largest fragment recovered, a spherical tank more than a metre across and weighing about 38 kilograms, was found in open desert by a group of young men from Faya-Largeau, who alerted the authorities.

## Authorities demand answers

The director-general of the civil aviation authority, Mahamat Saleh Djidda, said Chad had been informed of the risk of reentry over the region only in general terms. "We were told that the stage would come down somewhere along a very long track, which crossed several continents," he said by telephone from N'Djamena. "Nobody told us it would be Borkou. We want to know why the stage was not brought down over the sea."

He said the authority had opened an inquiry, together with the gendarmerie and the ministry of foreign affairs, and that an inventory of all the fragments would be sent to the company and to the country from which the rocket was launched.

Halcyon Orbital said in a statement that it regretted the incident and would pay for the recovery of the debris. The company is sending a team of five engineers to Chad.

## Questions in the oasis

In Faya-Largeau, the event has become the main subject of conversation. At the market, traders offered their own theories: a satellite, a military aircraft, a meteorite. Some residents said they feared that the debris could be toxic or radioactive. Officials said there was no evidence of that, but that the fragments would be stored under guard at the gendarmerie until experts had examined them.

"We live far from everything here, but the sky still finds us," said Halimé Ousmane, a teacher at one of the town's secondary schools, who said her pupils had spent the morning asking questions about rockets. "At least today they wanted to learn physics."

Experts say debris from rocket stages reaches the ground regularly, but usually falls in oceans or uninhabited areas. The Borkou region, one of the least densely populated parts of Chad, fits that description, which may be why the incident ended without harm.
""",
    mode="line", date="Tuesday 22 September 2026", section="National",
    sidebar=("Latest news", (
        "N'Djamena: new bridge over the Chari to open in December",
        "Lake Chad: fishermen return to the islands",
        "Football: Sao of Chad prepare for qualifiers",
        "Abéché: heavy rains damage the market")),
    related=(("Borkou: the oasis economy under pressure", "/national/borkou-oasis-economy"),
             ("What is space debris? Our explainer", "/science/space-debris-explainer"),
             ("Faya-Largeau's date palms, a threatened heritage", "/culture/faya-date-palms")),
    tags=("Borkou", "Faya-Largeau", "Science"),
)

RK_LIVE = page(
    "htv", "/live/rocket-debris-northern-chad",
    "Live: rocket debris falls in northern Chad",
    "Updates as fragments of a rocket stage are recovered in the desert near Faya-Largeau; all times local (WAT)",
    "Harmattan TV live team",
    """
@@ 18:30 WAT | The governor of Borkou province, General Abderahim Bichara Ahmat, says 14 fragments are now in the custody of the gendarmerie in Faya-Largeau. The search has been suspended for the night and will resume at dawn. || That is our last update for today. Thank you for following.

@@ 16:05 WAT | Halcyon Orbital, the company that operates the Kestrel 4 rocket, has issued a statement. Its vice-president for mission assurance, Ingrid Solberg, says: "We are sorry that this happened, and we will work with the Chadian authorities for as long as it takes." The company will send five engineers to examine the debris.

@@ 14:40 WAT | Why here? Experts we spoke to say the stage's orbit passed over a long band of the planet, from the Atlantic across West Africa and the Sahara, and that the exact point of reentry cannot be predicted more than a few hours in advance. The final forecast window covered several countries. || Under international law, the state from which the rocket was launched is liable for any damage caused on the ground.

@@ 13:20 WAT | Our correspondent in Faya-Largeau has seen the largest fragment: a blackened sphere, slightly more than a metre wide, which the gendarmes say weighs nearly 38 kg. It is being kept under guard behind the gendarmerie building.

@@ 12:10 WAT | The ministry of foreign affairs in N'Djamena says it has asked for "full information" about the rocket and its cargo, and will demand compensation if damage is confirmed. Officials stress that there is no sign that the debris is dangerous, but ask people to keep children away from any fragments.

@@ 10:25 WAT | Viewers have been sending us photos and videos. Most show a line of bright points moving slowly across the sky, some of them breaking into smaller pieces. Several viewers in Faya-Largeau say they heard booms a few minutes after the lights disappeared.

@@ 11:45 WAT | The gendarmerie now says nine fragments have been recovered. One of them, found at a herders' camp about 3 km from the Kirdimi oasis, went through the roof of an empty storehouse. Nobody was inside.

@@ 09:40 WAT | Chad's civil aviation authority confirms that the debris comes from the second stage of a Kestrel 4 rocket launched on 11 September. The stage was supposed to be steered into the ocean but its engine failed to restart.

@@ 08:15 WAT | Reminder: the fireball was seen at 00:41 local time, which was 23:41 GMT on Monday. Viewers who wrote to us describe a string of bright lights moving slowly from west to east, visible for about 40 seconds.

@@ 07:05 WAT | The gendarmerie in Faya-Largeau says at least five fragments have been found so far in the desert north-east of the town. Residents are asked not to touch any object they find and to report it.

@@ 06:50 WAT | Good morning. Fragments of what appears to be a rocket stage fell overnight in Borkou province, in northern Chad, shortly after midnight. We will bring you updates throughout the day.
""",
    mode="meta", date="2026-09-22T06:10:00Z", section="Live",
    sidebar=("Key facts", (
        "Where: Borkou province, north-east of Faya-Largeau",
        "When: 00:41 local time, Tuesday",
        "What: second stage of a Kestrel 4 rocket",
        "Injuries: none reported")),
    related=(("Video: the fireball over Faya-Largeau", "/video/fireball-faya-largeau"),
             ("Borkou: a province the size of a country", "/news/chad/borkou-province-profile"),
             ("Space debris: who pays when it falls?", "/news/world/space-debris-who-pays")),
    tags=("Live", "Chad", "Space"),
)

# ---------------------------------------------------------------------------------------
# eq-AI6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------------------

EQ_WIRE = page(
    "psp", "/niger/2026/10/19/niger-earthquake-air-mountains-iferouane",
    "Earthquake in Niger's Aïr Mountains kills seven, destroys hundreds of homes",
    "Magnitude 5.6 quake struck north-east of Iferouane late on Sunday; 52 people injured",
    "By Issa Bako",
    """
AGADEZ, Niger, Oct 19 (PSP) - An earthquake of magnitude 5.6 struck Niger's Aïr Mountains late on Sunday, killing seven people, injuring 52 and destroying 318 houses in and around the oasis town of Iferouane, regional authorities said on Monday.

The quake hit at 22:48 local time (21:48 GMT) at a depth of about 10 km. Its epicentre was about 34 km north-east of Iferouane, in a sparsely populated part of the Agadez region. A preliminary estimate had put its magnitude at 5.8 before it was revised down.

"Most of the victims were asleep when their houses collapsed," Colonel Abdourahamane Zakari, governor of the Agadez region, told PSP by telephone. "The houses here are built of earth and stone. They were not made for this."

Nine of the injured were in serious condition and were being taken by road to the Agadez regional hospital, the governor said. About 640 other houses were damaged, and some 2,150 people had been left without shelter.

At least 11 aftershocks were recorded by Monday morning, the strongest of magnitude 4.1 at 03:05 local time, according to the seismology unit at Abdou Moumouni University in Niamey.

"Earthquakes of this size are rare in the Aïr, but not unknown," said Dr Habsatou Issoufou Garba, who heads the unit. "The region has old faults that can move. What makes this one so damaging is that it was shallow and close to villages."

The minister of humanitarian action, Aïssata Moumouni Hamani, said the government was releasing 150 million CFA francs in emergency aid and sending 600 tents, food and medicine from Agadez. Red Cross Society of Niger volunteers were already on the ground, she said.

The tremor was felt in Arlit and as far as Agadez, where residents said windows rattled and some people ran into the streets.

"We heard a roar, and then everything shook for several seconds," said Rhissa Ag Mohamed, a teacher in Iferouane reached by telephone. "Everyone ran outside. We stayed there until the morning, in the cold, because nobody wanted to go back in."

Aid agencies said they were in contact with the authorities to assess needs. Local officials said the most urgent were tents, blankets and drinking water, since several wells and water tanks in the oasis had been damaged.

Iferouane, a market town and gateway to the Aïr and Ténéré nature reserve, lies about 300 km by track from Agadez. Access has been slowed by damage to the road in several places, officials said.

Niger, one of the world's poorest countries, is rarely affected by earthquakes, and few buildings in the north are designed to withstand them. The country is also dealing with the aftermath of heavy seasonal floods that affected several regions in August and September.

(Reporting by Issa Bako; editing by Paul Ndiaye)
""",
    mode="meta", date="2026-10-19T09:20:00Z", section="Niger",
    sidebar=("The earthquake in figures", (
        "Magnitude: 5.6 (preliminary 5.8)",
        "Depth: about 10 km",
        "Dead: 7; injured: 52",
        "Houses destroyed: 318")),
    related=(("Floods in Niger: the toll by region", "/niger/2026/09/14/niger-floods-toll"),
             ("Aïr and Ténéré: a reserve under pressure", "/niger/2026/07/03/air-tenere-reserve"),
             ("Agadez governor launches road repair plan", "/niger/2026/06/22/agadez-road-repairs")),
    tags=("Niger", "Earthquake", "Agadez"),
)

EQ_RADIO = page(
    "rt", "/news/africa/iferouane-earthquake-survivors",
    "Iferouane earthquake: 'The mountain moved under us'",
    "Seven people died and 52 were injured when a magnitude 5.6 quake hit the Aïr Mountains; survivors spent the night outdoors",
    "By Rahila Souley",
    """
The people of Iferouane spent Sunday night outdoors, wrapped in blankets, afraid to go back inside. At 22:38 local time, a magnitude 5.6 earthquake shook the Aïr Mountains in northern Niger, bringing down houses of earth and stone across the oasis and in the surrounding hamlets.

According to the regional authorities, seven people were killed and 52 were injured, nine of them seriously. The governor of the Agadez region, Colonel Abdourahamane Zakari, travelled to Iferouane on Monday morning. "I have seen entire families sitting in front of what was their house," he told Radio Tenere International. "Our first duty is to give them shelter before the nights get colder."

## A rare event

The epicentre was located about 34 kilometres north-east of Iferouane, at a depth of around 10 kilometres. Dr Habsatou Issoufou Garba, head of the seismology unit at Abdou Moumouni University in Niamey, said such a strong earthquake in the region was unusual.

"People in the Aïr do not think of earthquakes as a risk, and that is understandable, because they are rare," she said on our morning programme. "But the shallow depth explains the damage. The energy was released very close to the surface, right under the villages."

She said the strongest aftershock so far, of magnitude 4.1, was recorded at 03:05 on Monday, and that further aftershocks were likely in the coming days. "People should avoid sleeping in houses with cracked walls," she warned.

## 'I heard the roof crack'

Moussa Ghali, a gardener who grows onions and wheat in the oasis, told us he was woken by a roar. "I heard the roof crack and I took my children outside. When I turned around, the wall of the kitchen was on the ground," he said. "My neighbour was not so lucky. His mother was under the roof."

At the health centre in Iferouane, nurses treated the injured by the light of torches until the generator was repaired. The most serious cases were sent by road to the regional hospital in Agadez, a journey of several hours on damaged tracks.

## Aid on the way

In Niamey, the minister of humanitarian action, Aïssata Moumouni Hamani, announced an emergency envelope of 150 million CFA francs and the dispatch of 600 tents. "The state will not abandon the people of Iferouane," she said. "The first trucks left Agadez this morning."

Volunteers from the Red Cross Society of Niger were distributing blankets and water on Monday. Community leaders said the priority was shelter, as night temperatures in the mountains fall sharply at this time of year.

Hundreds of houses were destroyed and many more were damaged, leaving some 2,150 people without a roof, according to the first assessment by the regional authorities. Many families have found refuge with relatives in less affected neighbourhoods.

The tremor was also felt in Arlit and in Agadez, where some residents left their homes for several hours. No damage was reported there.

Iferouane, an oasis known for its gardens and as a gateway to the Aïr and Ténéré reserve, has been isolated in recent years, with few visitors because of insecurity in the region. Residents said they hoped the disaster would bring attention, and help, that would last beyond the emergency.
""",
    mode="line", date="19 October 2026", section="Africa",
    sidebar=("On Radio Tenere this week", (
        "Sahel Morning: the earthquake in the Aïr, live from Agadez",
        "The Debate: is the Sahel ready for natural disasters?",
        "Music Hour: Tuareg guitar from Agadez and beyond")),
    related=(("Agadez: how the city prepares for emergencies", "/news/africa/agadez-emergency-preparedness"),
             ("The gardens of Iferouane", "/news/culture/gardens-of-iferouane"),
             ("Explainer: why earthquakes happen where they do", "/news/science/earthquakes-explainer")),
    tags=("Niger", "Earthquake", "Iferouane"),
)

EQ_POST = page(
    "nrp", "/national/iferouane-earthquake-relief-reconstruction",
    "After the Iferouane earthquake, a race to shelter 2,150 people",
    "Seven dead, 52 injured and 381 houses destroyed: the government's aid arrives as the first cold nights set in",
    "By Hamidou Boubacar",
    """
A day after the earthquake that struck the Aïr Mountains, the first convoy of aid reached Iferouane on Monday evening, carrying tents, blankets, food and medicine for a population that has been sleeping in the open since Sunday night.

The magnitude 5.6 quake struck at 10:48 p.m. on Sunday, about 34 kilometres north-east of the oasis, at a depth of 10 kilometres. It killed seven people and injured 52, nine of them seriously. According to the regional authorities, 381 houses were destroyed and about 640 damaged, leaving some 2,150 people homeless.

The national seismological network first estimated the magnitude at 5.8, before revising it to 5.6 after analysing data from stations abroad.

## The minister in Iferouane

The minister of humanitarian action, Aïssata Moumouni Hamani, arrived in Iferouane on Monday evening, where she was received by the governor of the Agadez region, Colonel Abdourahamane Zakari. She announced 150 million CFA francs, about €229,000, in emergency aid and the delivery of 600 tents.

"We are here to see with our own eyes and to act quickly," the minister said, standing in front of the ruins of a house in the old quarter. "No family will spend the winter without a roof."

Colonel Zakari said that the nine seriously injured people had been transferred to the Agadez regional hospital and that all of them were in a stable condition. "The road was difficult, but the ambulances got through," he said. "We owe a great deal to the volunteers who cleared the track with their own hands."

## Volunteers and neighbours

Forty-five volunteers from the Red Cross Society of Niger are working in the town, distributing water, blankets and hygiene kits. Local associations have set up a kitchen in the courtyard of the primary school, which was not damaged, where women cook rice and millet for more than 400 people a day.

Families whose houses are still standing have taken in relatives and neighbours. "In my courtyard we are now twenty-three," said Fatimata Ahmed, a teacher. "Nobody asked. People just came, and we opened the door."

The strongest aftershock, of magnitude 4.1, struck at 03:05 on Monday, causing new panic but no new casualties. Several smaller tremors followed.

## Rebuilding better

Dr Habsatou Issoufou Garba, head of the seismology unit at Abdou Moumouni University, said the disaster should prompt a rethink of how houses are built in the north. "Earth and stone can be good materials, but walls need to be tied together, and roofs need to be lighter," she said. "A few simple rules can save lives the next time."

She noted that the Aïr has experienced moderate earthquakes before, but that none in living memory had caused such damage. "We have fewer seismic stations in the north than we need. That must change too," she added.

## Questions about access

The disaster has also highlighted how isolated Iferouane has become. The track from Agadez is in poor condition and was further damaged by the quake, with rockfalls in several places. Aid trucks took more than ten hours to cover the distance.

Residents hope that the attention will bring lasting investment. "For years we have been forgotten because of insecurity and because the tourists stopped coming," said Ahmed Ghissa, a community leader. "Today the whole country is looking at Iferouane. We hope it will not look away tomorrow."
""",
    mode="jsonld", date="2026-10-20T07:30:00Z", section="National",
    sidebar=("Earlier quakes in the region", (
        "1999: a magnitude 4.9 tremor felt in Arlit, no casualties",
        "2012: a magnitude 4.6 earthquake in the Ténéré, no damage reported",
        "2021: a magnitude 4.2 tremor near Tahoua")),
    related=(("Aïr Mountains: living with isolation", "/national/air-mountains-isolation"),
             ("Building with earth: a tradition to rethink?", "/culture/building-with-earth"),
             ("Niger's humanitarian budget for 2026", "/economy/humanitarian-budget-2026")),
    tags=("Niger", "Earthquake", "Humanitarian"),
)

EQ_LIVE = page(
    "wam", "/live/niger-earthquake-iferouane",
    "Live: earthquake in northern Niger, Iferouane hit",
    "Latest on the earthquake that struck the Aïr Mountains on Sunday night; times are local (WAT, GMT+1)",
    "Live: Nana Ampofo and Kwesi Addo",
    """
@@ 17:45 WAT | Final figures for today from the regional authorities: seven dead, 52 injured, 318 houses destroyed and about 640 damaged. Some 2,150 people are without shelter. || The prefect of Agadez, Colonel Abdourahamane Zakari, says the nine seriously injured patients have reached the regional hospital in Agadez.

@@ 16:20 WAT | Forty-five volunteers from the Red Cross Society of Niger are now working in Iferouane, handing out blankets, water and hygiene kits. Local associations have opened a kitchen in the courtyard of the primary school, which was not damaged.

@@ 14:35 WAT | A resident of Iferouane, speaking to us by satellite phone, describes the scene: "Every family is outside. The old houses in the centre have fallen, the new ones are cracked. The children are cold at night, we need tents." || Aid trucks from Agadez are said to be making slow progress along the track, which has been hit by rockfalls in several places.

@@ 13:30 WAT | Dr Habsatou Issoufou Garba, head of the seismology unit at Abdou Moumouni University, tells us the quake's shallow depth, about 10 km, explains the level of destruction. "This was a moderate earthquake in a place where houses cannot take much," she says.

@@ 12:00 WAT | What we know so far: the earthquake, of magnitude 5.6, struck at a depth of about 10 km, with its epicentre about 34 km north-east of Iferouane. Seven people are confirmed dead and dozens injured. Hundreds of houses have been destroyed or damaged, most of them built of earth and stone. The strongest aftershock so far measured 4.1.

@@ 11:20 WAT | Colonel Zakari, the prefect of Agadez, has arrived in Iferouane. He says more than 300 houses have been destroyed, and that the toll "may still rise" as teams reach outlying hamlets.

@@ 10:30 WAT | In Agadez, residents tell us they felt the tremor clearly on Sunday night: windows rattled, and some families left their homes for a few hours. No damage has been reported in the city.

@@ 09:55 WAT | The magnitude has been revised to 5.6, from a preliminary 5.8. The epicentre is now placed about 34 km north-east of Iferouane.

@@ 08:50 WAT | In Niamey, the minister of humanitarian action, Aïssata Moumouni Hamani, has announced 150 million CFA francs in emergency aid and 600 tents. She is due in Iferouane later today.

@@ 08:30 WAT | The death toll has risen to seven, according to local officials. Dozens of people are reported injured.

@@ 07:30 WAT | First pictures from Iferouane, shared by residents, show collapsed earth walls and roofs, and families gathered around fires in the open. Telephone links to the oasis are patchy.

@@ 06:40 WAT | An aftershock of magnitude 4.1 struck at 03:05. Residents in Iferouane say most families spent the night outside.

@@ 06:15 WAT | Good morning. An earthquake struck the Aïr Mountains in northern Niger at 22:48 on Sunday night. Local sources report at least four dead in Iferouane and its surroundings. The tremor was felt in Arlit and Agadez. We will bring you updates throughout the day.
""",
    mode="none", section="Live",
    sidebar=("Key facts", (
        "Magnitude: 5.6",
        "Epicentre: about 34 km north-east of Iferouane",
        "Region: Agadez, Niger",
        "Time: 22:48 WAT, Sunday")),
    related=(("Map: the Aïr Mountains and the epicentre", "/data/air-mountains-epicentre-map"),
             ("Explainer: how magnitude is measured", "/explainers/earthquake-magnitude"),
             ("How to help: organisations working in Agadez", "/explainers/how-to-help-agadez")),
    tags=("Live", "Niger", "Earthquake"),
)

STORIES = [
    {"id": "cb-AI1", "part": "AI", "domain": "central bank", "fetched": "2026-03-30",
     "articles": [CB_WIRE, CB_LEDGER, CB_NEWSLETTER],
     "planted": []},
    {"id": "el-AI2", "part": "AI", "domain": "election", "fetched": "2026-05-22",
     "articles": [EL_WIRE, EL_RADIO, EL_HERALD, EL_LIVE],
     "planted": [
         ("winner's votes in the run-off", r"\b21,?538\b", r"\b21,?358\b"),
         ("runner-up's surname", r"\bbneijara\b", r"\bbneijra\b"),
         ("Brahim Ould Memmadi's role at the CENI", r"coordinator", r"spokes(?:man|person|woman)"),
     ]},
    {"id": "ct-AI3", "part": "AI", "domain": "court", "fetched": "2026-07-06",
     "articles": [CT_TRIBUNE, CT_WIRE, CT_TV],
     "planted": []},
    {"id": "tr-AI4", "part": "AI", "domain": "trade", "fetched": "2026-08-18",
     "articles": [TR_WIRE, TR_LEDGER, TR_NEWSLETTER, TR_RADIO],
     "planted": [
         ("weekday the agreement was signed", r"wednesday", r"tuesday"),
         ("cost of the dry port", r"\b86\b", r"\b68\b"),
         ("site of the dry port", r"nioro", r"\bnara\b"),
     ]},
    {"id": "rk-AI5", "part": "AI", "domain": "rocket", "fetched": "2026-10-02",
     "articles": [RK_NEWSLETTER, RK_COURIER, RK_LIVE],
     "planted": []},
    {"id": "eq-AI6", "part": "AI", "domain": "earthquake", "fetched": "2026-10-23",
     "articles": [EQ_WIRE, EQ_RADIO, EQ_POST, EQ_LIVE],
     "planted": [
         ("time the earthquake struck", r"\b(?:2[12][:.h]48|(?:9|10)[:.]48\s?p)", r"\b(?:22[:.h]38|10[:.]38\s?p)"),
         ("houses destroyed", r"\b318\b", r"\b381\b"),
         ("Colonel Abdourahamane Zakari's post", r"\bgovernor\b", r"\bprefect\b"),
     ]},
]
