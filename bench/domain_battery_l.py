"""Blind test battery, part L: disagreements between outlets in the hidden check's domains.

Part L, written by engineer L1 on 2026-12-05 (tenth session) without reading the reconcile
rules or other parts, before any run. A held-out part scored with
``bench/bench_domain_battery.py L``.

Every sentence is written for this battery; facts are real or plausible-invented. A
must-report case (``report=True``) plants exactly one genuine disagreement between outlets,
and ``a``/``b`` are regexes (``re.search`` on the lower-cased value) for its two sides. A
control (``report=False``) tells the same facts differently with no disagreement.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "L", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-L1", "trade", "duration", True, [
        "GENEVA (Reuters) — Senior U.S. and Chinese officials ended a first day of trade talks "
        "in Geneva on Saturday without announcing any agreement, after a session that ran for "
        "about eight hours at the residence of Switzerland's ambassador to the United Nations. "
        "Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer sat "
        "across from a Chinese team headed by Vice Premier He Lifeng. Neither delegation spoke "
        "to reporters as their motorcades left the villa in the evening. The meeting is the "
        "first face-to-face contact since Washington raised duties on most Chinese goods to "
        "145%, prompting Beijing to hit back with 125% levies on American products. Swiss "
        "officials, who offered the venue, said even an agreement to keep talking would count "
        "as progress. The talks will continue for a second day.\nAdvertisement",
        "Day one of the much-hyped U.S.-China trade talks in Geneva is in the books. After a "
        "five-hour session on Saturday at a diplomatic villa overlooking the lake, the two "
        "sides broke off for the night, according to people familiar with the schedule. "
        "Representing Washington were Treasury Secretary Scott Bessent and Trade Representative "
        "Jamieson Greer; Beijing sent Vice Premier He Lifeng. The stakes could hardly be "
        "higher. American tariffs on most Chinese imports now stand at 145 percent, and China's "
        "retaliatory duties on U.S. goods sit at 125 percent. Traders in Asia will be scouring "
        "every leak for a hint of progress.\nRead more: What a tariff truce could mean for your "
        "grocery bill",
        "Chinese and American negotiators met for a second day in Geneva on Sunday, following "
        "eight hours of discussions on Saturday that officials on both sides later called "
        "constructive. Vice Premier He Lifeng led Beijing's delegation; the U.S. team was "
        "headed by Treasury Secretary Scott Bessent, with Trade Representative Jamieson Greer "
        "at his side. The venue was the Geneva home of the Swiss ambassador to the UN. The "
        "tariff standoff — 145% on Chinese goods entering the United States and 125% on "
        "American goods headed the other way — has choked off much of the trade between the "
        "world's two largest economies.\nShare this article",
    ], ["2025-05-10", "2025-05-10", "2025-05-11"],
          r"(?<![\d.])8[- ]?(hours?|hrs?|h\b)|eight[- ]hours?|480 ?min",
          r"(?<![\d.])5[- ]?(hours?|hrs?|h\b)|five[- ]hours?|300 ?min"),
    _case("trade-L2", "trade", "clock time across zones", True, [
        "HONG KONG — Hong Kong's Hang Seng index jumped almost 3% on Monday after Beijing and "
        "Washington said they would slash tariffs on each other's goods for 90 days. The joint "
        "statement, posted at around 3 p.m. Hong Kong time, said U.S. duties on Chinese "
        "products would fall to 30% while China's levies on American goods would drop to 10%. "
        "The cuts take effect on May 14. Exporters in the Pearl River Delta, many of whom had "
        "halted shipments in April, said they would restart production lines within days. ‘Our "
        "customers have been calling all afternoon,’ said the owner of a toy factory in "
        "Dongguan. Economists warned that a 30% tariff is still high by historical standards.",
        "GENEVA — The United States and China agreed to a 90-day truce in their tariff war, "
        "according to a joint statement issued at 7:30 a.m. Geneva time on Monday, only hours "
        "after the negotiators left the talks. Under the deal, Washington will lower its levies "
        "on Chinese imports from 145% to 30%, and Beijing will cut its own from 125% to 10%. "
        "The reductions take effect on May 14. Treasury Secretary Scott Bessent told a news "
        "conference in the city that neither side wanted to cut its economy off from the other. "
        "\"Both delegations came here wanting to lower the temperature, and we did,\" he said. "
        "The dollar firmed and U.S. stock futures jumped on the news.",
    ], ["2025-05-12", "2025-05-12"],
          r"\b3(:00)? ?p\.?m|15[:.]00|(?<!\d)07[:.]00|(?<![\d:.])9(:00)? ?a\.?m|(?<!\d)09[:.]00",
          r"7[:.]30|05[:.]30|(?<!\d)1[:.]30 ?p\.?m|13[:.]30"),
    _case("trade-L3", "trade", "venue at different precision", True, [
        "ANCHORAGE, Alaska (AP) — Trade negotiators from the United States and China sat down "
        "on Thursday for a fresh round of talks at the Captain Cook Hotel in downtown "
        "Anchorage, a city both governments favored partly because it lies roughly halfway "
        "between their capitals. The U.S. side is led by Trade Representative Jamieson Greer; "
        "China sent Vice Commerce Minister Li Chenggang. The talks are expected to focus on "
        "export controls on advanced chips and on American sales of soybeans. Police closed two "
        "blocks of Fourth Avenue around the venue. Officials gave no timetable for a joint "
        "statement.",
        "Anchorage is back on the diplomatic map. The latest round of U.S.-China trade talks "
        "opened on Thursday at Joint Base Elmendorf-Richardson, the sprawling military "
        "installation on the city's northern edge, according to two officials briefed on the "
        "arrangements. Heading the American team is Trade Representative Jamieson Greer, who "
        "faces Li Chenggang, China's vice minister of commerce. Curbs on semiconductor exports "
        "and farm purchases — soybeans above all — are said to top the agenda. In a brief "
        "statement, Alaska's governor welcomed both delegations. 'It's fitting that two Pacific "
        "powers should meet here,' he said.\nAdvertisement",
    ], None,
          r"captain cook|hotel|downtown",
          r"elmendorf|joint base|military|air base"),
    _case("trade-L4", "trade", "official's title", True, [
        "KUALA LUMPUR, Oct 26 (Reuters) — U.S. and Chinese negotiators said on Sunday they had "
        "agreed on the outline of a deal that would hold off Washington's threatened 100% "
        "tariff on Chinese goods and delay Beijing's new export controls on rare earths, after "
        "two days of talks on the sidelines of the ASEAN summit. Treasury Secretary Scott "
        "Bessent told reporters the framework would go to the two presidents for approval later "
        "this week. U.S. Trade Representative Jamieson Greer, who attended both days, described "
        "the talks as 'frank and workmanlike'. China's chief negotiator, Vice Premier He "
        "Lifeng, did not speak to the press, though state media called the discussions in-depth "
        "and candid. Markets in Asia rose on Monday morning.",
        "Washington and Beijing have hammered out a preliminary framework that would head off "
        "the 100 percent tariff President Donald Trump threatened to impose on Chinese imports, "
        "officials said after weekend talks in the Malaysian capital. \"We came in with a lot "
        "of distance between us and we closed most of it,\" Commerce Secretary Jamieson Greer "
        "said outside the venue on Sunday. Treasury Secretary Scott Bessent said the package "
        "would be sent to the two leaders for sign-off later this week. China's side was led by "
        "Vice Premier He Lifeng. In return, Beijing would postpone the sweeping rare-earth "
        "export rules it unveiled earlier in October.\nShare this article",
    ], ["2025-10-27", "2025-10-27"],
          r"trade representative|\bustr\b|trade rep",
          r"commerce secretary|secretary of commerce"),
    _case("trade-L5", "trade", "who led the delegation", True, [
        "LONDON — Chinese and American officials resumed trade talks at Lancaster House in "
        "London on Tuesday, a day after a first session that dragged into the evening. "
        "Beijing's team was led by Vice Premier He Lifeng, while Commerce Secretary Howard "
        "Lutnick joined Treasury Secretary Scott Bessent and Trade Representative Jamieson "
        "Greer on the U.S. side. The discussions centre on rare-earth magnets, which China has "
        "been slow to license for export, and on American curbs on chip-design software. "
        "Britain is hosting but not taking part. A spokesperson for the Prime Minister said the "
        "UK was 'glad to provide the room'.",
        "The second day of US-China trade negotiations got under way at Lancaster House, the "
        "Georgian mansion near St James's Palace, on Tuesday. China's delegation is headed by "
        "Commerce Minister Wang Wentao, officials said, facing a US team of Treasury Secretary "
        "Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson "
        "Greer. Rare earths are the sticking point: American carmakers say licences for Chinese "
        "magnets are still trickling out. Washington, for its part, has restricted exports of "
        "chip-design software and jet engine parts to China. No joint statement is expected "
        "before Wednesday.",
    ], None,
          r"lifeng|\bhe li",
          r"wentao|wang w"),
    _case("trade-L6", "trade", "length of tariff pause", True, [
        "WASHINGTON (AP) — President Donald Trump signed an order on Monday extending the "
        "tariff truce with China for another 90 days, hours before higher duties were set to "
        "snap back. Without the extension, levies on Chinese goods could have climbed back "
        "toward triple digits. U.S. tariffs on Chinese imports remain at 30%, and China's on "
        "American products at 10%. The White House said talks on a broader agreement would "
        "continue. Beijing's commerce ministry confirmed it would mirror the move. Soybean "
        "exporters, who have sold almost nothing to China this season, welcomed the "
        "news.\nAdvertisement",
        "BEIJING — China and the United States have pushed back the expiry of their tariff "
        "ceasefire again, with Washington announcing a 60-day extension late on Monday, US "
        "time. China's Ministry of Commerce said in a short statement on Tuesday that it would "
        "keep suspending its extra 24% duty for the same period, leaving its tariff on US goods "
        "at 10%. American duties on Chinese products stay at 30%. Analysts in Shanghai said the "
        "delay gives both sides room to prepare a meeting between the two leaders. Chinese "
        "purchases of American soybeans remain close to zero.",
    ], ["2025-08-12", "2025-08-12"],
          r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three months|(?<!\d)3 months",
          r"(?<![\d.])60[- ]?days?|sixty[- ]days?|two months|(?<!\d)2 months"),
    _case("trade-L7", "trade", "control: ministry named two ways", False, [
        "BEIJING (Reuters) — China's Ministry of Commerce said on Friday it would suspend the "
        "sweeping rare-earth export controls it announced in October for one year, the first "
        "concrete step Beijing has taken to carry out last week's trade truce with Washington. "
        "In a statement on its website, the ministry also said it would lift the 24% additional "
        "tariff on U.S. goods while keeping a 10% duty in place. The Office of the U.S. Trade "
        "Representative welcomed the move. Analysts said the suspension removes, for now, the "
        "biggest threat hanging over global car and electronics supply chains.",
        "China's commerce ministry on Friday put its October rare-earth export restrictions on "
        "ice for 12 months, making good on a key part of the deal struck between the two "
        "countries' presidents. MOFCOM added that the extra 24 percent levy on American "
        "products will be dropped, leaving a 10 percent tariff. In Washington, the USTR's "
        "office called the decision \"a welcome first step.\" Car makers in Europe and Japan, "
        "which had warned of plant shutdowns, are also likely to breathe easier.",
    ]),
    _case("trade-L8", "trade", "control: old rate and new rate", False, [
        "WASHINGTON — The United States will cut its tariffs on Chinese imports from 145% to "
        "30% for 90 days, and China will bring its duties on American goods down from 125% to "
        "10%, the two governments said on Monday. The remaining 30% includes a 20% levy that "
        "President Trump tied to fentanyl trafficking. Separately, the White House lowered the "
        "duty on small parcels shipped from China to 54% from 120%. Retailers cheered the move. "
        "\"This buys us the holiday season,\" said the head of a national retail trade group. "
        "Shipping lines reported a rush of bookings from Chinese ports within hours.",
        "Under the arrangement struck in Geneva, the 145 per cent American levy on Chinese "
        "goods falls to 30 per cent — a figure that still contains the 20 per cent ‘fentanyl’ "
        "tariff imposed earlier in the year. Beijing's counter-tariff drops from 125 per cent "
        "to 10 per cent. Duties on low-value e-commerce parcels, a lifeline for platforms such "
        "as Temu and Shein, come down to 54 per cent, from 120 per cent. The truce lasts 90 "
        "days, during which negotiators will try to reach a wider agreement. Freight forwarders "
        "in Shenzhen said container bookings to the US West Coast had already begun to pick up.",
    ]),
    _case("court-L1", "court", "typo in a date's year", True, [
        "The Constitutional Court has agreed to hear the Electoral Commission's appeal over "
        "disputed by-election results in Nelson Mandela Bay. In a directive issued on Monday, "
        "the court set the matter down for hearing on 18 November 3025. The Electoral Court "
        "ordered in August that three wards must vote again after finding that ballot boxes at "
        "two voting stations had been left unsealed overnight. The commission argues the "
        "irregularities were too small to change the outcome. Parties have until the end of "
        "October to file written arguments.\nAdvertisement",
        "JOHANNESBURG — South Africa's highest court will hear the Independent Electoral "
        "Commission's challenge to an order for fresh votes in three Nelson Mandela Bay wards "
        "on November 18, 2025, according to a notice published on the court's website. In "
        "August the Electoral Court set aside the results after finding that ballot boxes at "
        "two voting stations were left unsealed overnight. The IEC says the lapses did not "
        "affect the result and that a rerun would cost the municipality millions of rand. The "
        "ANC, which narrowly lost two of the wards, is backing the rerun order. Written "
        "submissions are due by the end of October.",
    ], ["2025-09-30", "2025-09-30"],
          r"3025",
          r"(?<!\d)2025(?!\d)"),
    _case("court-L2", "court", "size of a fine", True, [
        "LUXEMBOURG (Reuters) — Europe's second-highest court on Wednesday upheld a €2.42 "
        "billion antitrust fine imposed on Dutch payments group Veltrix for abusing its "
        "dominance in card processing, dealing a blow to the company's long fight with the "
        "European Commission. The General Court said the Commission had been right to find that "
        "Veltrix squeezed rival processors out of the market between 2012 and 2018. Veltrix can "
        "still appeal to the Court of Justice on points of law. \"We are disappointed and will "
        "study the judgment carefully,\" a spokeswoman said. The company's shares fell 4% in "
        "Amsterdam.",
        "Veltrix has lost its challenge against the European Commission's 2020 decision, with "
        "judges in Luxembourg confirming the €2.24bn penalty in full. The General Court found "
        "the Commission had correctly shown that the Dutch firm shut competing processors out "
        "of the card market from 2012 to 2018. It is one of the largest antitrust fines ever "
        "levied on a European company. Veltrix, which can still take the case to the EU's top "
        "court, said it would 'study the judgment carefully'. Competition Commissioner Teresa "
        "Ribera welcomed the ruling.\nRead more: The EU's biggest antitrust fines",
    ], None,
          r"(?<![\d.])2[.,]?42",
          r"(?<![\d.])2[.,]?24"),
    _case("court-L3", "court", "size of the majority", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday ruled 6-3 that the Environmental "
        "Protection Agency overstepped its authority when it required a group of Ohio cattle "
        "ranchers to obtain federal permits before draining seasonal ponds on their land. "
        "Justice Amy Coney Barrett wrote the majority opinion, saying Congress never gave the "
        "agency power over water that \"appears for a few weeks each spring and then is gone.\" "
        "Justice Elena Kagan wrote the principal dissent, warning that the decision would leave "
        "downstream communities exposed to runoff. The ranchers had been fighting the permit "
        "requirement since 2019. Environmental groups said they would press state legislatures "
        "to fill the gap.",
        "SCOTUS hands Ohio ranchers a win in wetlands fight\nIn a 5-4 decision released Friday "
        "morning, the justices said the EPA went too far in demanding federal permits for "
        "seasonal ponds on private grazing land. Writing for the majority, Justice Amy Coney "
        "Barrett said the Clean Water Act does not reach water that vanishes after a few weeks "
        "of spring. Justice Elena Kagan, in dissent, said the ruling invites pollution to flow "
        "downstream unchecked. The case began in 2019, when EPA inspectors flagged the ponds "
        "during a routine survey. Farm lobbies in Washington praised the outcome.",
    ], ["2025-06-27", "2025-06-27"],
          r"6\s*(-|–|to)\s*3|six[- ]to[- ]three|six justices",
          r"5\s*(-|–|to)\s*4|five[- ]to[- ]four|five justices"),
    _case("court-L4", "court", "wording of a quoted ruling", True, [
        "NAIROBI — Kenya's High Court on Thursday quashed a police order banning demonstrations "
        "in Nairobi's central business district, ruling that the blanket prohibition breached "
        "Article 37 of the Constitution. ‘The right to protest is not a privilege granted by "
        "the state; it belongs to the people,’ Justice Wanjiru Kamau said in her judgment. The "
        "Law Society of Kenya and two human rights groups filed the petition after police cited "
        "security concerns ahead of planned rallies. The Inspector General of Police has 14 "
        "days to appeal. Protest organisers said they would return to the city centre next week.",
        "A High Court judge in Nairobi has thrown out the police ban on protests in the "
        "capital's CBD. Justice Wanjiru Kamau found that the order violated Article 37, which "
        "guarantees the right to assemble and demonstrate peacefully. ‘The right to protest is "
        "a privilege the state may regulate, but a ban on the whole city centre goes too far,’ "
        "she wrote. The case was brought by the Law Society of Kenya together with two rights "
        "organisations. Police had justified the ban on security grounds. The National Police "
        "Service has 14 days to lodge an appeal.\nRead more: Timeline of Kenya's protest season",
    ], None,
          r"not a privilege granted|belongs to the people",
          r"privilege the state may regulate|goes too far"),
    _case("court-L5", "court", "speaker credited with a quote", True, [
        "MANILA — The Court of Appeals on Thursday acquitted radio journalist Ramon Dizon of "
        "cyber libel, overturning a 2023 conviction by a regional trial court in Cebu City. "
        "\"Today the court reminded everyone that journalism is not a crime,\" said Teodoro "
        "Manalastas, Dizon's lawyer, outside the courthouse. The case stemmed from a 2020 "
        "broadcast in which Dizon accused a provincial official of pocketing relief funds. The "
        "appellate court said prosecutors had failed to show actual malice. Dizon, 58, had been "
        "free on bail while the appeal was pending. Press freedom groups have long criticised "
        "the cyber libel law.",
        "Cebu broadcaster Ramon Dizon walked free of a cyber libel conviction on Thursday after "
        "the Court of Appeals ruled that the prosecution never proved he acted with malice. "
        "\"Today the court reminded everyone that journalism is not a crime,\" said Carmina "
        "Ocampo, head of the station's news desk. Dizon's lawyer, Teodoro Manalastas, said his "
        "client would consider legal action against the complainant. The charges arose from a "
        "2020 radio segment alleging that a provincial official misused relief money. A Cebu "
        "City trial court had convicted him in 2023. The National Union of Journalists of the "
        "Philippines welcomed the ruling.\nAdvertisement",
    ], ["2025-03-14", "2025-03-14"],
          r"manalastas",
          r"ocampo"),
    _case("court-L6", "court", "control: one justice's two unrelated quotes", False, [
        "BRASÍLIA (Reuters) — Brazil's Supreme Federal Court (STF) ruled 8-3 on Thursday that "
        "social media companies can be held liable for illegal posts by users if they fail to "
        "remove them after being notified. Chief Justice Luís Roberto Barroso said the decision "
        "struck a balance between free expression and protection against harm. \"Freedom of "
        "expression is not a licence to commit crimes,\" Barroso said. The ruling changes a key "
        "article of the 2014 internet law known as the Marco Civil da Internet. Technology "
        "companies said the decision would create legal uncertainty.",
        "Brazil's top court, the Supremo Tribunal Federal, voted eight to three on Thursday to "
        "make internet platforms responsible for unlawful content that they leave online after "
        "receiving a notice. \"We are not creating censorship; we are asking companies to act "
        "with the same diligence as anyone else,\" Chief Justice Luís Roberto Barroso told "
        "reporters after the session. The majority reinterpreted Article 19 of the Marco Civil "
        "da Internet, the 2014 law that had shielded platforms until a court ordered removal. "
        "Google and Meta had argued against the change.\nAdvertisement",
    ]),
    _case("court-L7", "court", "control: rounding and currency of a fine", False, [
        "NEW DELHI — The Supreme Court on Thursday upheld a Rs 1,337.76 crore penalty imposed "
        "on Google by the Competition Commission of India for abusing its dominant position in "
        "the Android mobile ecosystem. A bench of three judges dismissed the company's appeal, "
        "agreeing with the regulator that Google forced phone makers to pre-install its apps. "
        "The penalty was first imposed in October 2022. Google said it would review the "
        "judgment and continue to work with Indian authorities.\nAdvertisement",
        "India's top court has rejected Google's challenge to a fine of about ₹1,338 crore "
        "(roughly $160 million) over anti-competitive practices on Android. A three-judge bench "
        "of the Supreme Court on Thursday agreed with the Competition Commission of India "
        "(CCI), which had found in 2022 that the company required handset makers to bundle its "
        "apps. The CCI welcomed the ruling. Lawyers said the judgment could strengthen the "
        "regulator's hand in a separate inquiry into Google's Play Store billing "
        "policies.\nShare this article",
    ], ["2025-11-20", "2025-11-20"]),
    _case("cb-L1", "central bank", "size of a hike: basis points vs percentage points", True, [
        "SÃO PAULO (Reuters) — Brazil's central bank raised its benchmark Selic rate by 100 "
        "basis points to 14.25% on Wednesday, as expected, and signalled a smaller increase at "
        "its next meeting as it battles stubborn inflation. The monetary policy committee, "
        "known as Copom, voted unanimously. Annual inflation reached 5.06% in February, well "
        "above the 3% target. Most economists polled by the bank expect the Selic to peak above "
        "15% this year. The real strengthened slightly after the decision.",
        "Brazil's Copom lifted the Selic by half a percentage point on Wednesday, taking the "
        "benchmark rate to 14.25 per cent, its highest level since 2016. The committee's "
        "decision was unanimous. Consumer prices rose 5.06 per cent in the 12 months to "
        "February, far from the central bank's 3 per cent goal. In its statement, the bank said "
        "it expected to make a smaller move at its next meeting, without giving a figure. "
        "Central bank governor Gabriel Galípolo, who took office in January, has promised to "
        "bring inflation back to target.",
    ], None,
          r"(?<![\d.])1(\.0+)? ?(percentage|pp|point)|(?<![\d.])100 ?(basis|bp|bps)"
          r"|one (full )?percentage point|one point",
          r"(?<!\d)0?\.5 ?(percentage|pp|point)|(?<![\d.])50 ?(basis|bp|bps)|half (a "
          r"|of a )?(percentage )?point|half-point"),
    _case("cb-L2", "central bank", "weekday vs date of the decision", True, [
        "LONDON (Reuters) — The Bank of England kept interest rates at 4.25% on Thursday, with "
        "policymakers voting six to three to hold and the minority favouring a quarter-point "
        "cut. Governor Andrew Bailey said rates were still heading lower, step by step, but "
        "warned that the world had become more unpredictable. Consumer price inflation was 3.4% "
        "in May, well above the Bank's 2% target. Sterling was little changed after the "
        "announcement. Markets still expect one or two more cuts this year.",
        "The Bank of England announced on Wednesday that it was keeping Bank Rate at 4.25 per "
        "cent, in a 6–3 vote by its Monetary Policy Committee. Three members wanted a cut of "
        "0.25 percentage points. ‘Energy prices have jumped because of the conflict in the "
        "Middle East, and we need to watch that closely,’ Governor Andrew Bailey said. "
        "Inflation stood at 3.4 per cent in May, against the 2 per cent target. Firms are also "
        "cutting jobs as payroll taxes bite, the Bank noted.",
    ], ["2025-06-19", "2025-06-19"],
          r"thursday|june 19|19 june|2025-06-19|06-19|\bthu\b",
          r"wednesday|june 18|18 june|2025-06-18|06-18|\bwed\b"),
    _case("cb-L3", "central bank", "who dissented", True, [
        "STOCKHOLM — Sweden's Riksbank left its policy rate unchanged at 2.25% on Wednesday, "
        "but the decision was not unanimous: Deputy Governors Per Jansson and Anna Seim entered "
        "reservations, saying they would have preferred a cut of a quarter point. Governor Erik "
        "Thedéen said the krona's recent strength was helping to bring down import prices. "
        "Underlying inflation, measured by CPIF excluding energy, was 3.0% in the latest "
        "reading. The bank kept its forecast that the rate will stay at this level for some "
        "time.",
        "Two of the five members of the Riksbank's executive board — Aino Bunge and Anna Seim — "
        "dissented on Wednesday as the Swedish central bank held its benchmark at 2.25 per "
        "cent. Both wanted a 25-basis-point reduction. Governor Erik Thedéen told a press "
        "conference that a firmer krona was already pushing down the cost of imported goods. "
        "CPIF inflation excluding energy came in at 3 per cent.\nAdvertisement\nThe rate path "
        "published alongside the decision points to no change in the months ahead.",
    ], None,
          r"jansson",
          r"bunge"),
    _case("cb-L4", "central bank", "amount of bond purchases", True, [
        "TOKYO (Reuters) — The Bank of Japan kept short-term interest rates at 0.5% on Tuesday "
        "and said it would slow the pace at which it shrinks its bond buying from next April. "
        "Under the plan, monthly purchases of Japanese government bonds will keep falling by "
        "400 billion yen each quarter until March 2026, bringing them to around 2.9 trillion "
        "yen, and by 200 billion yen a quarter after that. Governor Kazuo Ueda said the bank "
        "wanted to avoid jolting a bond market already unsettled by weak demand for long-dated "
        "debt. The yen weakened slightly after the decision.",
        "The BOJ will keep trimming its monthly JGB purchases by 400 billion yen every quarter "
        "through March 2026, when they will reach roughly 2.1 trillion yen, before slowing the "
        "reductions to 200 billion yen per quarter. The central bank held its policy rate at "
        "0.5 per cent at the end of a two-day meeting on Tuesday. \"We will keep a close eye on "
        "the super-long end of the curve,\" Governor Kazuo Ueda told reporters. Yields on "
        "30-year bonds have climbed to record highs this spring. Some economists had expected "
        "the bank to pause its taper altogether.",
    ], ["2025-06-17", "2025-06-17"],
          r"(?<![\d.])2[.,]9 ?(trillion|tn|tln|tril)|(?<![\d.])2,?900 ?(billion|bn)"
          r"|(?<!\d)2900000000000|(?<![\d.])2\.9e\+?12",
          r"(?<![\d.])2[.,]1 ?(trillion|tn|tln|tril)|(?<![\d.])2,?100 ?(billion|bn)"
          r"|(?<!\d)2100000000000|(?<![\d.])2\.1e\+?12"),
    _case("cb-L5", "central bank", "date of the next meeting", True, [
        "MEXICO CITY (Reuters) — Mexico's central bank cut its benchmark interest rate by 50 "
        "basis points to 8.50% on Thursday, its third straight move of that size, and said it "
        "could keep easing at a similar pace. The decision by Banco de México's five-member "
        "board was a 4-1 vote, with Deputy Governor Jonathan Heath preferring a smaller cut. "
        "Headline inflation was 3.93% in April. The bank's next monetary policy announcement is "
        "scheduled for June 26.",
        "Banxico lowered its key rate by half a percentage point, to 8.5 per cent, on Thursday. "
        "Four board members backed the cut, while Jonathan Heath voted for a quarter-point "
        "reduction. Annual inflation in April came in at 3.93 per cent, inside the bank's "
        "tolerance range of 2 to 4 per cent. Analysts said weak growth gave the board room to "
        "continue. The next decision is due on August 7, according to the bank's "
        "calendar.\nShare this article",
    ], ["2025-05-16", "2025-05-16"],
          r"june 26|26 june|2025-06-26|06-26|jun\.? 26",
          r"august 7|7 august|2025-08-07|08-07|aug\.? 7"),
    _case("cb-L6", "central bank",
          "control: basis points vs percentage point, bank named two ways", False, [
        "PRETORIA — The South African Reserve Bank (SARB) cut its repo rate by 25 basis points "
        "to 7.25% on Thursday, citing a softer inflation outlook. The prime lending rate, which "
        "banks set 3.5 percentage points above the repo rate, falls to 10.75%. Four of the six "
        "members of the Monetary Policy Committee voted for the cut, while two preferred to "
        "keep rates on hold. Governor Lesetja Kganyago said the bank still wanted inflation to "
        "settle closer to the bottom of its 3%–6% target range.",
        "South Africa's Reserve Bank trimmed borrowing costs by a quarter of a percentage point "
        "on Thursday, taking the repo rate to 7.25 per cent. For households, this means prime "
        "drops to 10.75 per cent. Two of the six MPC members wanted no change, governor Lesetja "
        "Kganyago told reporters. The Reserve Bank has argued for some time that its 3 to 6 per "
        "cent target band is too wide and should be narrowed.\nRead more: What the rate cut "
        "means for your bond repayments",
    ]),
    _case("cb-L7", "central bank", "control: old rate and new rate", False, [
        "OTTAWA — The Bank of Canada cut its key interest rate by a quarter point to 2.5% on "
        "Wednesday, from 2.75%, resuming its easing after holding steady since March as the "
        "economy weakens under U.S. tariffs. Governor Tiff Macklem said the labour market had "
        "softened, with the unemployment rate at 7.1%. Inflation was 1.9% in August. The bank "
        "said it was ready to respond further if risks to the outlook increased.",
        "The Bank of Canada's overnight rate, which had stood at 2.75 per cent since March, now "
        "sits at 2.5 per cent after Wednesday's decision. Tiff Macklem, the central bank's "
        "governor, pointed to job losses in trade-exposed sectors and a jobless rate of 7.1 per "
        "cent. Consumer prices rose 1.9 per cent over the year to August. Economists at two of "
        "the big five banks expect another cut in October. The loonie was steady against the "
        "U.S. dollar.",
    ], ["2025-09-17", "2025-09-18"]),
    _case("cb-L8", "central bank", "control: rounding of a forecast", False, [
        "MUMBAI — The Reserve Bank of India left its repo rate unchanged at 5.5% on Wednesday, "
        "as widely expected, and cut its inflation forecast for the 2025-26 fiscal year to "
        "3.1%. The six-member Monetary Policy Committee voted unanimously to hold. Governor "
        "Sanjay Malhotra kept the growth projection at 6.5%. He said the central bank would "
        "keep a close watch on the impact of U.S. tariffs on Indian exports.",
        "RBI holds rates, trims inflation outlook\nThe RBI's monetary policy committee "
        "unanimously kept the key policy rate at 5.50 per cent on Wednesday. The central bank "
        "now sees retail inflation averaging around 3 per cent in 2025-26, lower than its "
        "earlier estimate, while the GDP growth forecast was left at 6.5 per cent. Governor "
        "Sanjay Malhotra said the effect of higher American tariffs on exporters was being "
        "monitored. Bond yields edged up after the announcement.",
    ]),
    _case("rocket-L1", "rocket", "name of the booster", True, [
        "CAPE CANAVERAL, Fla. (AP) — Blue Origin landed the first stage of its New Glenn rocket "
        "on an ocean platform for the first time on Thursday, after launching a pair of NASA "
        "spacecraft bound for Mars. The booster, named ‘Never Tell Me The Odds,’ touched down "
        "on the recovery vessel Jacklyn in the Atlantic about nine minutes after liftoff. The "
        "twin ESCAPADE probes will spend a year near Earth before heading to Mars to study how "
        "the solar wind strips away its atmosphere. Founder Jeff Bezos posted a video of the "
        "landing, writing that the team had ‘earned this one.’ The first New Glenn booster was "
        "lost during its landing attempt in January.",
        "Blue Origin finally stuck the landing. The New Glenn booster nicknamed ‘So You're "
        "Telling Me There's a Chance’ settled onto the company's landing ship Jacklyn in the "
        "Atlantic on Thursday, roughly nine minutes after it launched from Cape Canaveral with "
        "NASA's two ESCAPADE spacecraft. The probes are headed for Mars, where they will "
        "examine how the solar wind erodes the planet's upper atmosphere. It was the rocket's "
        "second flight. Chief executive Dave Limp called the landing ‘a huge day for "
        "reusability.’\nAdvertisement",
    ], ["2025-11-14", "2025-11-14"],
          r"never tell me|the odds",
          r"there.?s a chance|telling me"),
    _case("rocket-L2", "rocket", "time of the splashdown", True, [
        "STARBASE, Texas — SpaceX's Starship lifted off at 6:30 p.m. Central time on Tuesday on "
        "its tenth test flight and, for the first time in months, made it all the way through "
        "its planned mission. After the Super Heavy booster peeled away and dropped into the "
        "Gulf, the upper stage coasted halfway around the planet, then fired up for a "
        "controlled descent. The ship splashed down in the Indian Ocean at 7:34 p.m. Central, a "
        "little over an hour after launch, as cameras on a buoy caught it tipping over and "
        "exploding. \"What a day,\" an engineer said on the company's webcast.",
        "Starship Flight 10: everything you need to know\nThe rocket launched from South Texas "
        "at 6:30 p.m. CT on Tuesday. The booster performed a landing burn over the Gulf of "
        "America before dropping into the water as planned. The ship re-entered the atmosphere "
        "over the Indian Ocean with several heat-shield tiles deliberately removed to test weak "
        "spots. Splashdown came at 7:43 p.m. CT, just over an hour after liftoff, near the "
        "target zone west of Australia.\nRead more: Why SpaceX keeps blowing up its own "
        "rockets\nThe Federal Aviation Administration said no public safety issues were "
        "reported.",
    ], None,
          r"(?<!\d)7[:.]34|19[:.]34|00[:.]34",
          r"(?<!\d)7[:.]43|19[:.]43|00[:.]43"),
    _case("rocket-L3", "rocket", "launch time across zones", True, [
        "TOKYO (Kyodo) — Japan's H3 rocket lifted off from the Tanegashima Space Center at 5:30 "
        "p.m. Japan time on Sunday carrying the Michibiki No. 6 navigation satellite, the Japan "
        "Aerospace Exploration Agency said. The satellite separated from the rocket about 29 "
        "minutes after launch and was placed into its planned transfer orbit. It was the fifth "
        "flight of the H3, which failed on its debut in 2023 but has succeeded on every attempt "
        "since. Michibiki is Japan's own version of GPS, designed to give more accurate "
        "positioning in mountainous areas and among tall buildings.",
        "JAXA's H3 launcher blasted off at 09:30 GMT on Sunday from the island of Tanegashima "
        "in southern Japan, delivering the sixth satellite of the Michibiki positioning system "
        "to orbit. Separation was confirmed roughly 29 minutes into the flight. The mission "
        "marks the H3's fourth success in a row after the maiden flight ended in failure two "
        "years ago. Tokyo wants a seven-satellite Michibiki constellation so that it can "
        "navigate independently of the U.S. GPS network. Mitsubishi Heavy Industries builds and "
        "operates the rocket.",
    ], ["2025-02-02", "2025-02-02"],
          r"(?<!\d)5[:.]30 ?p|17[:.]30|(?<!\d)08[:.]30|(?<!\d)8[:.]30 ?a",
          r"(?<!\d)09[:.]30|(?<!\d)9[:.]30 ?a|(?<!\d)6[:.]30 ?p|18[:.]30"),
    _case("rocket-L4", "rocket", "number of satellites deployed", True, [
        "SpaceX's Starship completed its tenth test flight on Tuesday evening, deploying eight "
        "mock Starlink satellites from a slot-like door in the side of the ship before "
        "re-entering the atmosphere and splashing down in the Indian Ocean. The Super Heavy "
        "booster, which was not recovered by design, tested an engine-out scenario during its "
        "landing burn over the Gulf. Elon Musk called the flight ‘a great outcome’ on X. The "
        "next version of the ship, which is taller and carries upgraded engines, is expected to "
        "fly later this year. NASA is counting on a variant of Starship to land astronauts on "
        "the moon.",
        "HOUSTON — Starship flew its tenth test mission on Tuesday and this time nearly "
        "everything went to plan. During the coast phase the ship released six dummy Starlink "
        "satellites, which are built to burn up in the atmosphere. Its heat shield then "
        "survived re-entry and the vehicle made a controlled splashdown in the Indian Ocean. "
        "The booster also performed a deliberate test with one engine switched off during its "
        "landing burn over the Gulf. NASA, which has picked Starship as the lunar lander for "
        "its Artemis programme, welcomed the result.\nShare this article",
    ], ["2025-08-27", "2025-08-27"],
          r"(?<![\d.])8(?![\d.])|\beight\b",
          r"(?<![\d.])6(?![\d.])|\bsix\b"),
    _case("rocket-L5", "rocket", "peak altitude", True, [
        "ANDØYA, Norway — German start-up Isar Aerospace said its Spectrum rocket reached space "
        "on its second test flight on Saturday, climbing to an altitude of about 212 km before "
        "the second stage shut down early. The first Spectrum, launched in March, crashed into "
        "the sea shortly after liftoff. This time the first stage burned for its full planned "
        "duration, the company said. Chief executive Daniel Metzler called the result ‘a huge "
        "step for European launch.’ No customer satellites were on board.",
        "Isar Aerospace's Spectrum made it to space at the second attempt. The 28-metre rocket, "
        "launched on Saturday from Andøya Spaceport in northern Norway, peaked at 187 "
        "kilometres, according to telemetry shared by the company, although the upper stage cut "
        "off earlier than planned and did not reach orbit. Its maiden flight in March ended "
        "seconds after launch when the vehicle lost control and fell into the sea. The flight "
        "carried no paying payloads. \"We have learned an enormous amount,\" said chief "
        "executive Daniel Metzler.\nAdvertisement",
    ], None,
          r"(?<![\d.])212(?!\d)|212,?000",
          r"(?<![\d.])187(?!\d)|187,?000"),
    _case("rocket-L6", "rocket", "control: km vs miles vs feet", False, [
        "VAN HORN, Texas — Blue Origin flew its New Shepard rocket on an uncrewed research "
        "mission on Wednesday, carrying 30 experiments from universities and NASA-funded teams "
        "to an apogee of about 107 km (66 miles). The booster landed upright on its pad in West "
        "Texas and the capsule floated down under parachutes about 10 minutes after liftoff. "
        "The Federal Aviation Administration had cleared the flight earlier in the week. Among "
        "the payloads was a small plant-growth chamber built by high school students in Arizona.",
        "Jeff Bezos's rocket company sent a capsule packed with 30 science payloads to roughly "
        "66 miles above West Texas on Wednesday. The flight, which lasted about ten minutes "
        "from launch to touchdown, used a booster that has flown several times before. The FAA "
        "had approved the mission earlier in the week. Several of the research teams said they "
        "expected to have their data back within days.\nRead more: Suborbital science is having "
        "a moment",
        "New Shepard, built by Blue Origin, topped out at some 351,000 feet during Wednesday's "
        "uncrewed flight, the company said, comfortably above the boundary of space. Thirty "
        "experiments rode in the capsule. The whole flight, from liftoff to the capsule's "
        "parachute landing, took roughly 10 minutes. The booster touched down on its landing "
        "pad a few minutes before the capsule.\nAdvertisement",
    ]),
    _case("rocket-L7", "rocket",
          "control: same launch on different calendar days (time zones)", False, [
        "Rocket Lab launched an Electron rocket from its New Zealand site at 3:15 p.m. EDT on "
        "Wednesday on a test flight of an upgraded kick stage, the company said. The mission, "
        "flown from Launch Complex 1 on the Māhia Peninsula, also placed a Japanese "
        "radar-imaging satellite for iQPS into a 575 km orbit. Rocket Lab shares rose 4% in "
        "after-hours trading. The company plans to fly its larger Neutron rocket for the first "
        "time later this year.",
        "An Electron rocket lifted off from Māhia at 7.15am on Thursday, trialling an improved "
        "kick stage and carrying a radar satellite for Japanese firm iQPS. The satellite was "
        "released into a 575-kilometre orbit about an hour later, Rocket Lab said. Māhia locals "
        "have become used to the roar: it was the company's eighth launch from the peninsula "
        "this year. Rocket Lab is still aiming to debut its bigger Neutron launcher before the "
        "end of the year.",
    ], ["2025-06-11", "2025-06-12"]),
    _case("quake-L1", "earthquake", "magnitude", True, [
        "LIMA (Reuters) — A magnitude 6.1 earthquake jolted Peru's capital on Sunday morning, "
        "sending residents running into the streets and knocking down walls in the port city of "
        "Callao, the Geophysical Institute of Peru (IGP) said. The quake was centred in the "
        "Pacific about 30 km west of Callao at a depth of 44 km. One man died when a wall "
        "collapsed on him. The navy said there was no tsunami threat. Lima, home to about 10 "
        "million people, sits in one of the most seismically active zones in the world.",
        "Lima was rattled by a 5.8-magnitude quake shortly after 10 a.m. on Sunday, the IGP "
        "reported, with the epicentre out at sea some 30 kilometres west of Callao. A man was "
        "killed in Callao when a wall fell on him, and the health ministry reported at least a "
        "dozen injuries. Peru's navy ruled out a tsunami. Shoppers were evacuated from malls in "
        "Miraflores and San Isidro.\nShare this article",
    ], None,
          r"(?<![\d.])6[.,]1(?!\d)",
          r"(?<![\d.])5[.,]8(?!\d)"),
    _case("quake-L2", "earthquake", "epicentre town", True, [
        "ISTANBUL (AP) — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, "
        "toppling more than a dozen buildings and killing an elderly woman who was pulled from "
        "the rubble but died later in hospital, officials said. The quake was centred in the "
        "town of Sındırgı in Balıkesir province, according to Turkey's Disaster and Emergency "
        "Management Authority, AFAD. It struck at a depth of about 11 km and was felt as far "
        "away as Istanbul and the resort city of Izmir. Interior Minister Ali Yerlikaya said 29 "
        "people were injured.",
        "Turkey's AFAD said the 6.1-magnitude tremor that hit Balıkesir province on Sunday "
        "evening was centred near Bigadiç, a farming district in the province's east. One "
        "person died and 29 were injured, Interior Minister Ali Yerlikaya said on X. Search "
        "teams worked through the night at collapsed buildings. Residents of Istanbul reported "
        "feeling the shaking for several seconds.\nRead more: Why Turkey's Aegean coast keeps "
        "shaking",
    ], ["2025-08-11", "2025-08-11"],
          r"s[ıi]nd[ıi]rg",
          r"bigadi"),
    _case("quake-L3", "earthquake", "number of aftershocks", True, [
        "MANILA — A powerful magnitude 7.4 earthquake struck off the southern Philippine "
        "province of Davao Oriental on Friday morning, prompting a tsunami warning that was "
        "lifted about two hours later. The state seismology agency, Phivolcs, said it had "
        "recorded more than 150 aftershocks by mid-afternoon, some of them above magnitude 5. "
        "Schools and offices in Mindanao were evacuated and classes were suspended for the rest "
        "of the day. Damage was reported to churches and bridges in the town of Manay, near the "
        "epicentre. Residents of coastal villages were told to stay on higher ground.",
        "DAVAO CITY — Phivolcs recorded some 60 aftershocks after Friday's magnitude 7.4 "
        "offshore quake, agency chief Teresito Bacolcol told a briefing in the afternoon, "
        "warning that strong ones could continue for days. The agency lifted its tsunami "
        "warning roughly two hours after the main shock. The epicentre was in the sea east of "
        "Manay, Davao Oriental. Classes in much of Mindanao were called "
        "off.\nAdvertisement\nThe Philippines sits on the Pacific ‘Ring of Fire’ and is hit by "
        "thousands of quakes a year, most of them too weak to be felt.",
    ], ["2025-10-10", "2025-10-10"],
          r"(?<![\d.])150(?!\d)",
          r"(?<![\d.])60(?!\d)"),
    _case("quake-L4", "earthquake", "death toll: update vs conflict by publication date", True, [
        "KATHMANDU — At least 14 people were killed when a magnitude 5.9 earthquake struck "
        "western Nepal late on Sunday, flattening mud-brick homes in the hill district of "
        "Bajhang, police said on Monday. The National Earthquake Monitoring and Research Centre "
        "said the epicentre was in the Chainpur area of Bajhang. Rescuers were struggling to "
        "reach remote villages because landslides had blocked roads. The prime minister's "
        "office said army helicopters had been sent with tents and medicine.",
        "The death toll from Sunday night's earthquake in western Nepal rose to 37 on Tuesday "
        "as rescue teams reached villages cut off by landslides, officials said. The magnitude "
        "5.9 quake was centred near Chainpur in Bajhang district, according to Nepal's National "
        "Earthquake Monitoring and Research Centre. Many families spent a second night outdoors "
        "in the cold. Army helicopters have been ferrying tents and medicine to the area.\nRead "
        "more: Nepal's long wait for earthquake-proof homes",
        "BAJHANG, Nepal — Twenty-nine people have been killed by the earthquake that hit this "
        "remote corner of far-western Nepal on Sunday night, the district administration office "
        "said on Tuesday. The 5.9-magnitude tremor, centred near Chainpur, brought down "
        "hundreds of stone and mud houses. Landslides set off by the shaking blocked the main "
        "road to the district headquarters. Relief supplies were being flown in by army "
        "helicopters.\nShare this article",
    ], ["2025-11-03", "2025-11-04", "2025-11-04"],
          r"(?<![\d.])37(?!\d)|thirty-seven",
          r"(?<![\d.])29(?!\d)|twenty-nine"),
    _case("quake-L5", "earthquake", "duration of shaking", True, [
        "SANTIAGO (Reuters) — A magnitude 6.4 earthquake struck northern Chile on Wednesday "
        "night, shaking buildings in the mining city of Calama and the port of Antofagasta, "
        "Chile's National Seismological Center (CSN) said. The shaking lasted around 40 "
        "seconds, the centre said. The quake was centred 38 km south-west of Calama at a depth "
        "of 105 km. Copper giant Codelco said its nearby Chuquicamata mine had briefly "
        "suspended work to inspect equipment but found no damage. There were no reports of "
        "injuries.",
        "Calama residents poured out of their homes late on Wednesday as a 6.4-magnitude quake "
        "rolled through the Antofagasta region. According to the Centro Sismológico Nacional, "
        "the ground shook for nearly two minutes. The epicentre lay 38 kilometres south-west of "
        "Calama. Codelco briefly halted operations at Chuquicamata while engineers checked for "
        "damage, but none was found. Emergency agency Senapred said no one was "
        "hurt.\nAdvertisement",
    ], None,
          r"(?<![\d.])40 ?(seconds?|secs?|s\b)|forty seconds",
          r"two minutes|(?<![\d.])2 ?(minutes?|mins?)|(?<![\d.])120 ?(seconds?|secs?|s\b)"),
    _case("quake-L6", "earthquake", "control: km vs miles, agency named two ways", False, [
        "TAIPEI — A magnitude 6.2 earthquake struck off Hualien County at 11:04 p.m. on Friday, "
        "the Central Weather Administration (CWA) said, rattling buildings across eastern "
        "Taiwan. The epicentre was 25 km south-southwest of Hualien County Hall, at a depth of "
        "15.5 km. The Taipei MRT briefly slowed its trains as a precaution. No damage or "
        "injuries were immediately reported.",
        "A 6.2-magnitude quake hit eastern Taiwan late on Friday, striking at 11:04 p.m. local "
        "time (1504 GMT) about 16 miles south-southwest of Hualien, according to Taiwan's "
        "weather agency. The quake was roughly 9.6 miles deep. Subway trains in Taipei slowed "
        "for a short time while the system was checked. Officials said nobody had been reported "
        "hurt and no buildings had been damaged. Taiwan lies near the junction of two tectonic "
        "plates and is regularly hit by quakes.",
    ]),
    _case("quake-L7", "earthquake", "control: death toll updated a day later", False, [
        "QUITO — At least nine people died after a magnitude 6.0 earthquake struck Ecuador's "
        "coastal province of Manabí late on Sunday, the national risk management secretariat "
        "said on Monday. The quake, centred near the town of Jama at a depth of 20 km, damaged "
        "dozens of homes and a hospital wing. President Daniel Noboa travelled to the area on "
        "Monday morning. Power was restored to most of the province within hours.",
        "The death toll from Sunday's magnitude 6.0 earthquake in Manabí climbed to 23 on "
        "Tuesday, Ecuador's Secretariat for Risk Management said, as rescuers pulled more "
        "bodies from collapsed buildings in Jama and nearby fishing villages. More than 200 "
        "people were injured. The quake struck at a depth of 20 kilometres. President Daniel "
        "Noboa declared a 60-day state of emergency in the province.\nShare this article",
    ], ["2025-03-03", "2025-03-04"]),
    _case("election-L1", "election", "vote share", True, [
        "LA PAZ (Reuters) — Centrist senator Rodrigo Paz won Bolivia's presidential runoff on "
        "Sunday, taking 52.3% of valid votes with 97% of ballots counted, according to the "
        "electoral tribunal's preliminary results. His rival, former president Jorge ‘Tuto’ "
        "Quiroga, conceded in a speech to supporters in La Paz. Paz, the son of a former "
        "president, has promised to end fuel shortages and open the economy to foreign "
        "investment. He will be sworn in on Nov. 8.",
        "Bolivia has a new president-elect. Rodrigo Paz secured 55.3 per cent of the valid vote "
        "in Sunday's second round, the Supreme Electoral Tribunal said, with 97 per cent of "
        "tally sheets processed. Jorge Quiroga, who had led some opinion polls, accepted defeat "
        "late on Sunday night. Paz will take office on 8 November. Voters were angry over fuel "
        "queues and the scarcity of US dollars, which have dogged the outgoing government of "
        "Luis Arce.\nAdvertisement",
        "Rodrigo Paz carried Bolivia's run-off with 52.3 percent, defeating Jorge Quiroga, the "
        "TSE count showed on Sunday night with nearly all ballots tallied. Quiroga conceded. "
        "Paz takes office on November 8. His win ends the long dominance of the Movement for "
        "Socialism (MAS).\nRead more: Who is Rodrigo Paz?",
    ], None,
          r"(?<![\d.])52[.,]3(?!\d)",
          r"(?<![\d.])55[.,]3(?!\d)"),
    _case("election-L2", "election", "winning margin in votes", True, [
        "MINEOLA, N.Y. — Democrat Maria Alvarado won the race for Nassau County executive in "
        "Tuesday's election, beating the Republican incumbent by about 14,000 votes, according "
        "to unofficial results released by the county Board of Elections on Thursday. Alvarado "
        "took roughly 51% of the vote. Her opponent, Thomas Keane, has not conceded and said he "
        "was waiting for absentee ballots to be counted. The result is a rare Democratic win in "
        "a county that has leaned Republican in recent cycles. Alvarado, a former school board "
        "president, campaigned on property taxes.",
        "Maria Alvarado's upset in Nassau County came down to turnout in the county's southern "
        "towns. The Democrat finished 41,000 votes ahead of Republican county executive Thomas "
        "Keane in Tuesday's vote, the unofficial Board of Elections count released Thursday "
        "showed, with about 51 percent of ballots cast in her favor. Keane said in a statement "
        "that he would wait for every absentee ballot before deciding his next "
        "step.\nAdvertisement\nAlvarado, a one-time school board president, made property taxes "
        "the center of her campaign.",
    ], ["2025-11-06", "2025-11-06"],
          r"(?<![\d.,])14,?000|(?<![\d.])14 ?thousand|fourteen thousand",
          r"(?<![\d.,])41,?000|(?<![\d.])41 ?thousand|forty-one thousand"),
    _case("election-L3", "election", "turnout", True, [
        "SANTIAGO — Communist Party candidate Jeannette Jara and far-right Republican leader "
        "José Antonio Kast will face each other in a December 14 runoff after neither won a "
        "majority in Chile's presidential election on Sunday. Jara took 26.8% of the vote and "
        "Kast 23.9%, with almost all ballots counted, the electoral service Servel said. "
        "Turnout reached 85.3% in the first presidential vote held under the restored "
        "compulsory voting rules. Populist economist Franco Parisi came a surprise third.",
        "Chile heads to a second round. Communist Jeannette Jara, the candidate of the "
        "governing left, finished first with 26.8 per cent, ahead of José Antonio Kast, the "
        "far-right Republican, on 23.9 per cent, Servel figures showed. Franco Parisi, of the "
        "Party of the People, finished a strong third. With voting mandatory, 78.6 per cent of "
        "registered voters cast a ballot, the electoral service said. The runoff is set for 14 "
        "December.\nShare this article",
    ], None,
          r"(?<![\d.])85[.,]3(?!\d)",
          r"(?<![\d.])78[.,]6(?!\d)"),
    _case("election-L4", "election", "winner's party", True, [
        "LILONGWE (Reuters) — Former president Peter Mutharika of the Democratic Progressive "
        "Party (DPP) won Malawi's presidential election with 56.1% of the vote, the Malawi "
        "Electoral Commission announced on Wednesday, unseating incumbent Lazarus Chakwera. "
        "Chakwera, of the Malawi Congress Party, received 33% and conceded before the results "
        "were formally declared. Mutharika, 85, led the country from 2014 to 2020. Voters were "
        "angry about soaring prices, fuel shortages and a weak kwacha.",
        "BLANTYRE — Malawians have returned Peter Mutharika to power. The 85-year-old, standing "
        "for the United Democratic Front (UDF), polled 56.1 per cent, the Malawi Electoral "
        "Commission (MEC) said on Wednesday. President Lazarus Chakwera of the Malawi Congress "
        "Party came second with 33 per cent and had phoned his rival to concede a day earlier. "
        "Mutharika previously served as president from 2014 until 2020, when he lost a "
        "court-ordered rerun to Chakwera.\nAdvertisement",
    ], ["2025-09-25", "2025-09-25"],
          r"democratic progressive|\bdpp\b",
          r"united democratic|\budf\b"),
    _case("election-L5", "election", "control: different parties' shares and seats", False, [
        "LISBON (Reuters) — Prime Minister Luís Montenegro's centre-right Democratic Alliance "
        "(AD) won Portugal's snap election on Sunday with 32.7% of the vote but again fell "
        "short of a majority, taking 89 of the 230 seats in parliament. The Socialist Party "
        "(PS) slumped to 23.4% and 58 seats, its worst result in decades, while the far-right "
        "Chega also won 58 seats with 22.6%. Turnout was 64.4%. Socialist leader Pedro Nuno "
        "Santos resigned on election night.",
        "Portugal's election on Sunday left the Democratic Alliance of Luís Montenegro in first "
        "place with 89 seats, short of the 116 needed for a majority. Chega, led by André "
        "Ventura, drew level with the Socialists on 58 seats each, a record for the far right. "
        "The AD took 32.7 per cent of the vote, the Socialists 23.4 per cent and Chega 22.6 per "
        "cent. Nearly two in three registered voters turned out. Pedro Nuno Santos stepped down "
        "as Socialist leader.\nShare this article",
    ], ["2025-05-19", "2025-05-19"]),
    _case("election-L6", "election", "control: rounding of shares and turnout", False, [
        "SEOUL (Yonhap) — Lee Jae-myung of the Democratic Party won South Korea's presidential "
        "election with 49.4% of the vote, defeating conservative Kim Moon-soo, who took 41.2%, "
        "the National Election Commission (NEC) said on Wednesday. Turnout was 79.4%, the "
        "highest in a presidential election since 1997. Lee was sworn in hours later at the "
        "National Assembly, skipping the usual transition because the post had been vacant "
        "since Yoon Suk Yeol's removal from office. He has promised to revive a slowing economy "
        "and to mend ties with the opposition.",
        "Lee Jae-myung, the Democratic Party candidate, took just under half the vote — about "
        "49 per cent — to win the snap presidential vote, according to the election "
        "commission's final count released on Wednesday. His People Power Party rival Kim "
        "Moon-soo won roughly 41 per cent. Nearly 80 per cent of eligible voters cast ballots. "
        "\"I will be a president for all citizens,\" Lee said as he took the oath of office in "
        "Seoul.\nAdvertisement",
    ]),
    _case("election-L7", "election",
          "control: electoral body named two ways, two unrelated quotes", False, [
        "MEXICO CITY (AP) — Only about 13% of Mexico's registered voters took part in Sunday's "
        "first-ever election of judges, the National Electoral Institute (INE) said on Monday, "
        "a turnout critics said undermined the legitimacy of the overhaul. Voters were choosing "
        "881 federal judicial posts, including all nine seats on the Supreme Court. President "
        "Claudia Sheinbaum called the vote a success. \"No other country lets its people choose "
        "their judges like this,\" she said at her morning news conference. Counting is "
        "expected to take about 10 days.",
        "Turnout in Mexico's judicial election was roughly 13 per cent, according to the "
        "Instituto Nacional Electoral. Mexicans were asked to fill 881 federal posts, among "
        "them the nine seats of the Supreme Court of Justice. Opposition parties called the low "
        "participation a rejection of the reform, which was pushed through by the governing "
        "Morena party last year. President Claudia Sheinbaum brushed off the criticism. "
        "\"People went out to vote freely, without anyone forcing them,\" she said on "
        "Monday.\nShare this article",
    ], ["2025-06-02", "2025-06-02"]),
]
