"""Part SY of the story battery.

Written by engineer SY1 on 2026-12-06 (fourteenth session, fourth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SY`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SY", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SY1", "trade", [
        _art("Meridian Newswire", "2026-02-10", [
            "U.S., China agree in principle to extend tariff truce after Copenhagen talks",
            "COPENHAGEN (Meridian) — The United States and China agreed in principle on Tuesday "
            "to extend their tariff truce by another 90 days, after two days of talks in the "
            "Danish capital that both delegations described as candid and productive.",
            "Treasury Secretary Scott Bessent, who led the U.S. team alongside Trade "
            "Representative Jamieson Greer, told reporters outside the Eigtveds Pakhus "
            "conference centre that the extension still needed the approval of President Donald "
            "Trump. \"We had very candid, very constructive discussions, and I expect the "
            "president to look at this favorably,\" Bessent said.",
            "The Chinese delegation was headed by Vice Premier He Lifeng, Beijing's top economic "
            "official, who has faced Bessent across the table at every round since the first "
            "meeting in Geneva last May.",
            "Tuesday's session lasted nearly five hours, according to a person familiar with the "
            "schedule, following a six-hour opening day on Monday that ran late into the evening.",
            "The current pause on higher duties is due to lapse on March 10. Since November, "
            "when Washington halved a fentanyl-related levy to 10%, the additional U.S. tariff "
            "on most Chinese goods has stood at 20%. At the height of the dispute last April, "
            "the U.S. rate reached 145% and China's retaliatory rate 125%.",
            "Li Chenggang, China's international trade representative, said in a statement "
            "carried by state media that the two sides had \"reached a basic consensus\" on "
            "extending the arrangements and would now \"each complete their domestic approval "
            "procedures.\"",
            "Agricultural purchases featured prominently. Under the November arrangement, China "
            "agreed to buy 25 million metric tons of U.S. soybeans a year from 2026 through "
            "2028, and U.S. officials said they had pressed Beijing to speed up its orders for "
            "the spring.",
            "The Copenhagen meeting was the first face-to-face round since talks in Kuala Lumpur "
            "in late October, which paved the way for the meeting between Trump and Chinese "
            "President Xi Jinping in Busan, South Korea, on Oct. 30. An earlier round in Madrid "
            "in September produced a framework for the sale of TikTok's U.S. operations.",
            "Greer said the sides had also discussed export controls on chips and rare earth "
            "magnets but declined to give details. Trump has said he plans to visit Beijing in "
            "April.",
            "(Reporting by Anders Holm in Copenhagen and Rachel Sung in Washington; editing by "
            "Paul Grady)",
        ]),
        _art("The National Ledger", "2026-02-10", [
            "U.S. and China Move to Extend Trade Truce | The National Ledger",
            "By Maria Kessler and Tom Okafor",
            "Advertisement",
            "American and Chinese negotiators wrapped up two days of talks in Copenhagen on "
            "Tuesday with a tentative agreement to keep a fragile trade truce in place for "
            "another 90 days, easing, for now, fears that tariffs could snap back next month.",
            "The deal, which both governments must still sign off on, would keep in force the "
            "arrangements that have held since the autumn. The current pause is scheduled to "
            "expire on March 10.",
            "\"We had very constructive and very candid talks,\" Treasury Secretary Scott "
            "Bessent said on Tuesday evening, adding that he would brief President Trump on his "
            "flight home.",
            "China's team was led by Vice Premier He Lifeng. Trade Representative Jamieson "
            "Greer, who sat beside Mr. Bessent, told reporters the two sides had \"worked "
            "through a long list, line by line,\" and that the United States expected faster "
            "purchases of American farm goods.",
            "The extension would continue a steady de-escalation. In Geneva last May, the two "
            "countries agreed to cut their extra tariffs on each other's goods, with the United "
            "States lowering its levies from 145 percent to 30 percent. After the Busan summit "
            "in October, Washington reduced its fentanyl-related tariff from 20 percent to 10 "
            "percent, bringing the additional duty on most Chinese products to 20 percent, where "
            "it stands today.",
            "Farm-state lawmakers have been watching soybeans closely. Beijing pledged in "
            "November to buy 25 million metric tons a year over the next three years, but "
            "shipments in January were slower than traders had hoped, according to Agriculture "
            "Department data.",
            "Related coverage",
            "The talks also touched on Chinese controls on rare earth exports, which Beijing "
            "announced on Oct. 9 and then suspended for a year as part of the Busan "
            "understanding. American manufacturers have complained that licenses are still slow "
            "to arrive.",
            "Analysts said the announcement was unlikely to move markets much. \"This was the "
            "expected outcome,\" said Linda Moravec, a China economist at Harbor Street "
            "Advisors. \"The real question is what comes out of the leaders' meeting in Beijing "
            "in April.\"",
            "Chinese officials said in a statement that Li Chenggang, the country's "
            "international trade representative and vice minister of commerce, would stay in "
            "contact with Mr. Greer's office in the coming weeks.",
        ]),
        _art("Yardarm Trade Notes", "2026-02-11", [
            "Skip to content",
            "Copenhagen round: a 60-day rollover, soybeans and the road to Beijing",
            "Posted by the Yardarm desk",
            "The short version: the truce holds. U.S. and Chinese negotiators finished their "
            "Copenhagen round on Tuesday afternoon with an in-principle deal to extend the "
            "pause, which runs out on March 10, by 60 days. That is enough to carry things "
            "through to the leaders' summit that President Trump has pencilled in for Beijing in "
            "April.",
            "Who was in the room? On the U.S. side, Treasury Secretary Scott Bessent and USTR "
            "Jamieson Greer, the same pairing as in Geneva, London, Stockholm, Madrid and Kuala "
            "Lumpur. The Chinese side was led by Commerce Minister Wang Wentao, with Li "
            "Chenggang, the international trade representative and vice minister of commerce, "
            "handling the technical tracks.",
            "What's on the table for shippers:",
            "The additional U.S. tariff on most Chinese goods stays at 20%, made up of the 10% "
            "\"reciprocal\" baseline and the fentanyl tariff, which was cut from 20% to 10% in "
            "November. Section 301 duties from the first Trump term are unaffected and still "
            "range from 7.5% to 25% on many product lines.",
            "China's 24% additional reciprocal tariff on U.S. goods remains suspended, leaving a "
            "10% rate in place.",
            "Port fees that both sides began charging on each other's ships in October remain on "
            "hold.",
            "Soybeans are the number everyone watches. China committed to 12 million tonnes by "
            "the end of 2025 and 25m tonnes a year in 2026-28. Our read of the export sales data "
            "is that the 2025 figure was roughly met, but the pace since the new year has been "
            "slow, which is presumably why Greer kept mentioning it.",
            "Our take: a 60-day rollover is a holding pattern, not a breakthrough. Nothing here "
            "changes the picture for Q2 sourcing decisions, and importers who front-loaded ahead "
            "of the previous deadlines should not expect a rate change before the summit.",
            "Share on LinkedIn",
            "Read more: Kuala Lumpur round recap — what changed on rare earths",
        ]),
        _art("Baltic Public Broadcasting", None, [
            "US and China edge towards extending trade truce",
            "The United States and China have agreed in principle to prolong their trade truce "
            "by a further three months, after two days of negotiations in Copenhagen.",
            "The talks were hosted by the Danish government, and Denmark's foreign minister, "
            "Lars Løkke Rasmussen, welcomed both delegations on Monday morning. The American "
            "side was led by the Treasury Secretary, Scott Bessent, and the Chinese side by "
            "Vice-Premier He Lifeng.",
            "Tuesday's session lasted about three and a half hours, officials said, before the "
            "two delegations issued short statements.",
            "Mr Bessent described the discussions as \"very candid and very constructive\". In "
            "Beijing, state media quoted China's international trade representative, Li "
            "Chenggang, as saying the two sides had reached a basic consensus and would now "
            "complete their domestic procedures.",
            "The current arrangement, which was due to end on 10 March, followed a meeting "
            "between President Donald Trump and President Xi Jinping in the South Korean city of "
            "Busan last October. Under it, Washington cut one of its tariffs on Chinese goods, "
            "linked to the flow of the drug fentanyl, from 20% to 10%, and China agreed to "
            "resume large purchases of American soybeans and to pause new controls on rare "
            "earths.",
            "At the peak of last year's tariff war, in April, the US levied 145% on Chinese "
            "imports and China 125% on American ones.",
            "For Denmark, hosting the round was a diplomatic gesture at a time of strained "
            "relations with Washington. A Danish official said the government had been asked to "
            "provide a venue \"at short notice\" and had agreed within a day.",
            "European businesses are watching closely. Danish exporters of pork and "
            "pharmaceuticals both sell heavily to China, and many fear being caught in the "
            "crossfire of any renewed escalation between the world's two largest economies.",
            "Mr Trump is expected to travel to Beijing in April, and officials on both sides "
            "said the extension was intended partly to smooth the way for that visit.",
            "In a brief statement on its website, China's commerce ministry said the delegation "
            "would report to the leadership in Beijing. US officials said the president would "
            "decide on the extension within days.",
        ]),
    ], [
        ("delegation head", r"he lifeng", r"wang wentao"),
        ("duration",
         r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|five-hour",
         r"three and a half|three-and-a-half|3\.5 ?(hours?|hrs?|h\b)|210 ?min"),
        ("truce extension",
         r"(?<![\d.])90[- ]?days?|ninety days|three months",
         r"(?<![\d.])60[- ]?days?|sixty days|two months"),
    ]),
    _story("court-SY2", "court", [
        _art("Wirepoint News", None, [
            "Appeals court upholds FCC location-data fine against Skyline Wireless",
            "WASHINGTON, March 13 (Wirepoint) — A divided federal appeals court on Friday upheld "
            "a $61.5 million penalty imposed by the Federal Communications Commission on Skyline "
            "Wireless for selling customers' location data without their consent, rejecting the "
            "carrier's argument that it had been denied a jury trial.",
            "The three-judge panel of the U.S. Court of Appeals for the District of Columbia "
            "Circuit ruled 2-1. Judge Harriet Lindqvist wrote the majority opinion, joined by "
            "Judge Samuel Oduya. Judge Raymond Tello dissented.",
            "The FCC found in 2024 that Skyline had shared real-time location information with "
            "data aggregators, who resold it to bounty hunters and other third parties, and that "
            "the company kept doing so for months after learning of the abuse. The agency had "
            "proposed a larger fine of $72 million in 2020 before lowering it after reviewing "
            "the carrier's response.",
            "Skyline argued that the Supreme Court's 2024 decision in SEC v. Jarkesy, which held "
            "that defendants facing civil penalties for fraud were entitled to a jury, meant the "
            "FCC could not impose the fine itself. Lindqvist wrote that the company could have "
            "refused to pay and defended itself before a jury in a collection suit in federal "
            "district court, so its constitutional rights had not been violated.",
            "\"Skyline chose to pay and petition this court instead,\" she wrote. \"Having made "
            "that choice, it cannot now complain that a different forum was available to it.\"",
            "Tello disagreed sharply. \"The choice the commission offers is no choice at all,\" "
            "he wrote, arguing that a company that refuses to pay risks years of reputational "
            "and regulatory harm before a jury ever hears its case.",
            "The ruling deepens a split among the federal appeals courts. In August, the 5th "
            "U.S. Circuit Court of Appeals in New Orleans threw out a $40 million FCC fine "
            "against another carrier, Lonestar Mobile, over similar conduct, holding that the "
            "penalty should have been decided by a jury.",
            "Legal experts said the conflict made it more likely the Supreme Court would take up "
            "the issue.",
            "A Skyline spokesperson said the company was disappointed and was \"reviewing all of "
            "our options, including further review.\" The FCC did not immediately respond to a "
            "request for comment.",
            "The case is Skyline Wireless Inc. v. FCC, No. 24-1189.",
        ]),
        _art("The Evening Sentinel", None, [
            "By Laura Pettigrew, Legal Affairs Correspondent",
            "Court sides with FCC in fight over phone-tracking fine",
            "Photo: A cell tower outside Richmond, Va. (File photo)",
            "Skyline Wireless will have to pay a $56.1 million fine for selling data that "
            "revealed where its customers were, a federal appeals court in Washington ruled on "
            "Thursday, in a decision that sets up a likely Supreme Court showdown over the "
            "powers of federal regulators.",
            "The case stems from a practice that was widespread in the wireless industry until "
            "2019. Carriers sold access to customers' real-time locations to middlemen, known as "
            "location aggregators, who in turn sold it to a range of companies. Journalists "
            "found that the data had ended up with bail bondsmen and bounty hunters, and in some "
            "cases with people posing as police officers.",
            "Skyline's lawyers argued that after the Supreme Court's 2024 ruling in SEC v. "
            "Jarkesy, decided 6 to 3, the FCC could no longer impose large penalties through its "
            "own proceedings without offering a jury trial.",
            "A panel of the U.S. Court of Appeals for the D.C. Circuit disagreed by a vote of 2 "
            "to 1. Writing for the majority, Judge Harriet Lindqvist said the carrier had a "
            "route to a jury that it chose not to take: it could have declined to pay and waited "
            "for the government to sue to collect.",
            "In a dissent, Judge Raymond Tello called that path illusory, writing that \"the "
            "choice the commission offers is no choice at all.\"",
            "The decision is at odds with a ruling last August by the 5th Circuit, which struck "
            "down a $40 million fine against Lonestar Mobile on jury-trial grounds. When appeals "
            "courts reach opposite conclusions on the same legal question, the Supreme Court "
            "often steps in to settle it.",
            "Privacy advocates welcomed Thursday's decision. \"People have a right to expect "
            "that their phone company is not quietly selling a map of their lives,\" said Odette "
            "Faraday, policy director at the Digital Liberty Project.",
            "Skyline said in a statement that it was disappointed by the ruling and was "
            "reviewing its options, including seeking further review.",
            "The FCC, in a brief statement, said the decision \"confirms that the commission can "
            "hold carriers accountable when they fail to protect their customers' most sensitive "
            "information.\"",
            "Skyline, which has about 38 million subscribers, has said it ended the "
            "location-sharing program in 2019.",
            "Share on Facebook   Share on X",
        ]),
        _art("Capitol Law Report", None, [
            "D.C. Circuit Rejects Jarkesy Challenge to FCC Forfeiture Against Skyline",
            "Skyline Wireless Inc. v. FCC, No. 24-1189 (D.C. Cir.)",
            "The D.C. Circuit has upheld the FCC's $61.5 million forfeiture order against "
            "Skyline Wireless, declining to follow the Fifth Circuit and widening a circuit "
            "split on whether the commission's forfeiture process survives SEC v. Jarkesy.",
            "Judge Samuel Oduya wrote for the majority, joined by Judge Harriet Lindqvist. Judge "
            "Raymond Tello dissented.",
            "Background. In its 2024 forfeiture order, the commission concluded that Skyline "
            "violated Section 222 of the Communications Act by disclosing customer location "
            "information to aggregators without adequate safeguards and by failing to act "
            "promptly after it learned that the information was being misused. The notice of "
            "apparent liability, issued in 2020, had proposed $72 million.",
            "Skyline paid the forfeiture and petitioned for review under 47 U.S.C. § 402(a), "
            "arguing that the penalty was a civil penalty of the kind Jarkesy requires be tried "
            "to a jury, and, in the alternative, that the commission's interpretation of Section "
            "222 exceeded its statutory authority after Loper Bright.",
            "The majority. The panel held that the Seventh Amendment was not implicated because "
            "the forfeiture scheme leaves a carrier free to refuse payment and obtain a jury "
            "trial de novo in a collection action under 47 U.S.C. § 504(a). Because Skyline "
            "elected to pay and seek review in the court of appeals, it waived that route. On "
            "the statutory question, the majority found that location data falls comfortably "
            "within \"customer proprietary network information.\"",
            "The dissent. Judge Tello would have vacated the order. Refusing to pay, he wrote, "
            "exposes a carrier to the risk that the unpaid forfeiture will be held against it in "
            "licensing and other proceedings, a burden that makes the jury option largely "
            "theoretical.",
            "Split. The Fifth Circuit reached the opposite result last August in the Lonestar "
            "Mobile case, vacating a $40 million forfeiture. A petition for certiorari in that "
            "case is pending.",
            "Takeaways. For now, carriers in the D.C. Circuit face a stark choice between paying "
            "and litigating on the administrative record, or refusing and defending a collection "
            "action. Expect Skyline to seek rehearing en banc or go directly to the Supreme "
            "Court; the company said Friday's ruling was disappointing and that it was "
            "\"reviewing all options, including further review.\"",
            "Oral argument was heard in October.",
        ]),
    ], [
        ("fine",
         r"(?<![\d.])61\.5 ?(million|m\b|mn)|61,500,000",
         r"(?<![\d.])56\.1 ?(million|m\b|mn)|56,100,000"),
        ("opinion author", r"lindqvist", r"oduya"),
        ("weekday",
         r"friday|march 13|13 march|2026-03-13",
         r"thursday|march 12|12 march|2026-03-12"),
    ]),
    _story("cb-SY3", "central bank", [
        _art("Continental Press Agency", "2026-02-05", [
            "Bank of England cuts rates to 3.5% as two policymakers dissent",
            "LONDON (CPA) — The Bank of England cut its benchmark interest rate by a quarter "
            "percentage point to 3.5% on Thursday, its second reduction in as many meetings, but "
            "signaled that further easing would come slowly as inflation remains well above "
            "target.",
            "The Monetary Policy Committee voted 7-2 for the cut. Chief Economist Huw Pill and "
            "external member Catherine Mann voted to keep Bank Rate at 3.75%.",
            "The decision, announced at noon in London (7 a.m. EST), was widely expected by "
            "investors. It takes borrowing costs to their lowest level since early 2023.",
            "\"Inflation is heading in the right direction, but we are not home and dry, so each "
            "step from here will be a closer call,\" Governor Andrew Bailey said at a news "
            "conference.",
            "British consumer price inflation rose to 3.4% in December from 3.2% in November, "
            "official figures showed last month, well above the central bank's 2% target. The "
            "bank said it expected inflation to ease markedly from April, when a series of "
            "government measures to reduce household energy bills take effect.",
            "At its previous meeting, on Dec. 18, the committee cut rates from 4% to 3.75% by a "
            "much narrower 5-4 margin, with four members preferring to wait.",
            "The British central bank has now lowered rates seven times since it began its "
            "easing cycle in August 2024, when Bank Rate stood at 5.25%.",
            "The move contrasts with the U.S. Federal Reserve, which last week held its "
            "benchmark federal funds rate in a range of 3.5% to 3.75%. The European Central Bank "
            "has kept its deposit rate at 2% since June.",
            "Sterling slipped about 0.3% against the dollar after the announcement, while yields "
            "on two-year British government bonds fell.",
            "The bank also published new forecasts showing economic growth of 1.1% this year. "
            "The next rate decision is due on March 19.",
        ]),
        _art("The Albion Herald", "2026-02-05", [
            "Interest rates cut to 3.5% in boost for mortgage holders | The Albion Herald",
            "By Harriet Coombes, Economics Editor",
            "Thursday 5 February 2026",
            "Millions of homeowners will see their monthly repayments fall after the Bank of "
            "England cut interest rates for the second time in seven weeks.",
            "Threadneedle Street's Monetary Policy Committee voted by seven to two to lower Bank "
            "Rate by 0.25 percentage points to 3.5 per cent, the lowest level in three years. "
            "Two members, Huw Pill and Catherine Mann, wanted to hold rates at 3.75 per cent.",
            "The governor, Andrew Bailey, said: \"Inflation is going in the right direction, but "
            "we are not home and dry yet, so every further step will be a closer call.\"",
            "The decision will feed through immediately to the roughly 600,000 households on "
            "tracker mortgages, whose payments move in line with Bank Rate. For a typical "
            "tracker borrower with a £200,000 loan, the cut will knock about £30 a month off "
            "repayments.",
            "Those on fixed-rate deals, which account for the large majority of mortgages, will "
            "not see an immediate change, but lenders have been trimming their rates for weeks "
            "in anticipation of the move.",
            "Savers, however, face lower returns. Several banks said they would pass on the cut "
            "to easy-access accounts within a month.",
            "The Chancellor, Rachel Reeves, welcomed the decision, saying it showed that the "
            "government's plan to bring down inflation and borrowing costs was \"starting to "
            "work\".",
            "Economists had widely expected the cut. The Bank held rates at 4 per cent through "
            "the autumn before reducing them to 3.75 per cent in December, when the committee "
            "split five votes to four.",
            "Inflation, measured by the consumer prices index, stood at 3.4 per cent in "
            "December, and the Bank predicts it will fall close to its 2 per cent target in the "
            "first half of next year.",
            "The next decision on interest rates will be announced on Thursday 19 March.",
            "Advertisement",
            "Read more: What the rate cut means for your savings",
        ]),
        _art("Ledgerline Markets", None, [
            "BoE: 25bps cut, 7-2 vote, and a cautious tone",
            "BoE delivered a 25bps cut today, taking Bank Rate to 3.50% from 3.75%. The vote was "
            "7-2, with Pill and Mann dissenting in favour of a hold. Consensus had a cut as the "
            "base case, so the surprise, such as it was, lay in the vote split rather than the "
            "decision.",
            "Context: the December meeting was a 5-4 cut (4.00% to 3.75%), so two members have "
            "moved from hold to cut in the space of seven weeks. That's a meaningful shift "
            "toward the dovish side of the committee.",
            "Guidance: the minutes stress a \"gradual\" path and say the bar for further cuts is "
            "higher now that Bank Rate is approaching the upper end of estimates of neutral. "
            "Bailey's line at the presser was that the Bank is \"not home and dry\" on inflation "
            "and that each step from here will be a closer call.",
            "Inflation: headline CPI was 3.4% y/y in December. The Bank expects a sharp drop in "
            "April as measures from the autumn Budget cut about £150 off average energy bills, "
            "mechanically taking roughly half a percentage point off the headline rate. Services "
            "inflation, the MPC's preferred gauge of domestic pressure, remains stubborn at "
            "around 4.5%.",
            "Market reaction: GBP/USD dipped ~0.3% on the release at 12:00 GMT, gilts rallied at "
            "the front end, and the 2y yield fell 5bps. Money markets now price about 40bps of "
            "further easing by year-end, i.e. one more cut with a decent chance of a second.",
            "Next: the March 19 meeting looks live but not a done deal; we'd put the odds of a "
            "back-to-back cut at roughly one in three.",
            "For comparison, the Fed is at 3.50–3.75% after holding in January, and the ECB is "
            "sitting at 2.00% on the deposit facility.",
            "Our view: we continue to see Bank Rate settling at 3.25% by the end of 2026, with "
            "the risk skewed toward an earlier move if the labour market keeps softening. "
            "Unemployment hit 5.1% in the latest data, the highest since 2021 outside of the "
            "pandemic period.",
            "Disclaimer: this note is for information only and does not constitute investment "
            "advice.",
        ]),
    ], []),
    _story("rocket-SY4", "rocket", [
        _art("Orbital Dispatch", None, [
            "Heron Flight 3: clean staging, booster splashdown, and a 187 km apogee",
            "Tidewater Rocket Company finally got the flight it needed. The third test flight of "
            "its methane-fueled Heron rocket lifted off from the Matagorda Point launch site on "
            "the Texas coast at 7:42 a.m. CDT on Tuesday and, by every measure the company "
            "shared, hit its main objectives.",
            "Booster B4, powered by nine Ridgeback engines burning liquid methane and liquid "
            "oxygen, pushed the 58-meter (190-foot) rocket through max-Q at about T+62 seconds. "
            "Stage separation came at T+3:12, a milestone neither of the two previous vehicles "
            "reached.",
            "The booster then flipped, performed a boostback burn and a landing burn, and made a "
            "controlled splashdown in the Gulf of Mexico at 7:49 a.m. CDT, roughly seven minutes "
            "after liftoff. Tidewater does not plan to recover boosters from the water; the "
            "point was to prove the landing sequence before it tries a landing on a barge, "
            "possibly as soon as Flight 5.",
            "Upstairs, the single vacuum-optimized Ridgeback engine burned for just over five "
            "minutes and carried the upper stage and its 1.5-metric-ton mass simulator to an "
            "apogee of 187 km. The stage stayed on a suborbital trajectory, as planned, and was "
            "expected to fall into the Indian Ocean.",
            "Context matters here. Flight 2 in December ended when the vehicle broke apart 2 "
            "minutes and 50 seconds after launch at an altitude of roughly 34 km, after a fuel "
            "leak caused a fire in the engine bay. That was booster B3. Flight 1, last June, "
            "with booster B2, lost control shortly before stage separation and was destroyed by "
            "its flight termination system at about four minutes. (B1 was a ground-test article "
            "and never flew.)",
            "The FAA closed the Flight 2 mishap investigation in January after Tidewater added "
            "fire suppression and redesigned a set of fuel line brackets.",
            "\"Today Heron did everything we asked of it,\" CEO Marisol Vance said on the "
            "company's webcast from its control center. \"We are going to look at the data very "
            "carefully, and then we are going to go again.\"",
            "Tidewater says it is targeting late summer for Flight 4, which would attempt to "
            "reach orbit for the first time.",
        ]),
        _art("Gulf Coast Herald", None, [
            "Skip to content",
            "Tidewater rocket soars on third try, booster lands in the Gulf",
            "By Ramon Estrada, Herald staff",
            "Hundreds of people lined the beach road near Matagorda Point early Tuesday to watch "
            "Tidewater Rocket Company's Heron lift off, and this time they got to cheer the "
            "whole way up.",
            "The rocket, which stands about 190 feet tall, cleared the tower at 7:42 a.m. and "
            "arced out over the Gulf of Mexico. About seven minutes later, the first stage, "
            "called Booster B5 by the company, fired its engines again and splashed down in the "
            "water offshore, as planned.",
            "\"I've been to all three launches, and this is the first time I didn't have my "
            "heart in my throat,\" said Jolene Parrish, who drove in from Bay City with her two "
            "children before dawn.",
            "The launch was the third test flight for the Heron, which uses nine Ridgeback "
            "engines on its first stage and burns methane, a fuel Tidewater says is cleaner and "
            "easier to reuse than kerosene. The company wants to eventually land and fly its "
            "boosters again to bring down costs.",
            "The last flight, in December, ended in a fireball less than three minutes after "
            "launch, sending debris into the Gulf and leading the Federal Aviation "
            "Administration to require an investigation before Tidewater could fly again. The "
            "first flight, in June, also ended early.",
            "Company chief executive Marisol Vance told reporters the rocket \"did everything we "
            "asked it to do today.\"",
            "Local officials welcomed the success. Matagorda County Judge Bill Harlan said the "
            "company now employs more than 400 people in the county and that the launches were "
            "drawing visitors to restaurants and motels in the area.",
            "Some residents remain wary. Beach access was closed for about six hours for the "
            "launch, and an environmental group has asked the FAA to study the effects of "
            "repeated launches on nesting sea turtles.",
            "Tidewater said its next launch is planned for late summer.",
            "Share this story",
        ]),
        _art("Newsline Wire", None, [
            "Tidewater's methane rocket completes test flight after December failure",
            "HOUSTON (Newsline) — Tidewater Rocket Company's Heron rocket completed its first "
            "largely successful test flight on Tuesday, separating its stages, splashing its "
            "booster down in the Gulf of Mexico and sending its upper stage to an altitude of "
            "187 kilometers (116 miles).",
            "The two-stage rocket lifted off from the company's Matagorda Point site on the "
            "Texas coast at 7:42 a.m. Central time. The booster, designated B4, made a "
            "controlled descent and splashed down at 13:49 UTC.",
            "The flight was the third for Heron, which Tidewater is developing to compete for "
            "commercial and government satellite launches with a reusable first stage. The "
            "previous attempt, in December, ended with an explosion less than three minutes into "
            "flight. The first test flight, in June 2025, also failed before stage separation.",
            "Chief Executive Marisol Vance said the company had met \"every primary objective\" "
            "for the mission and would now analyze the data before setting a date for the next "
            "launch.",
            "Tidewater has raised about $1.2 billion from investors since it was founded in "
            "2019, according to data firm SpaceLedger. It has a contract to launch a batch of "
            "small Earth-observation satellites for a European operator once Heron reaches orbit.",
            "The upper stage carried a mass simulator of about 1.5 metric tons rather than a "
            "real satellite.",
            "Analysts said the result would ease pressure on the company after two failures. "
            "\"The first two flights raised real questions about whether they could close the "
            "gap,\" said Dev Anand, an aerospace analyst at Orbitline Partners. \"This answers a "
            "lot of them, though orbit is a much harder step.\"",
            "Methane-fueled rockets have become a focus of the industry because the fuel burns "
            "cleanly and leaves fewer deposits in engines, which makes reuse easier.",
            "The Federal Aviation Administration, which licensed the launch, said no public "
            "injuries or property damage had been reported.",
            "Tidewater said it aims to attempt an orbital flight in late summer.",
        ]),
        _art("Pioneer Public Radio", None, [
            "Third time lucky for Texas rocket company",
            "A Texas company testing a new methane-burning rocket says its third test flight has "
            "gone almost exactly to plan, months after its second attempt exploded over the Gulf "
            "of Mexico.",
            "Tidewater Rocket Company launched its Heron rocket on Tuesday morning from "
            "Matagorda Point, about 90 miles southwest of Houston.",
            "The rocket's first stage, known as Booster B4, separated and then returned to "
            "splash down in the Gulf, while the upper stage climbed to about 178 kilometers, "
            "well above the internationally recognized boundary of space at 100 kilometers, "
            "before beginning its fall toward the Indian Ocean.",
            "\"Today Heron did everything we asked it to,\" said chief executive Marisol Vance, "
            "speaking to staff and reporters at the company's control center. \"We'll study the "
            "data carefully, and then we'll go again.\"",
            "Tidewater's previous flight, in December, broke up at about 34 kilometers after a "
            "fire broke out near the engines. An investigation overseen by federal regulators "
            "blamed a fuel leak, and the company made changes to the rocket before it was "
            "cleared to fly again.",
            "The company is one of several that are betting on methane. Supporters say the fuel "
            "is easier to handle than hydrogen and cleaner than kerosene, which leaves sooty "
            "residue that has to be cleaned out before an engine can fly again.",
            "Sarah Lindgren, who teaches aerospace engineering at a university in Texas, said "
            "the flight was a significant milestone. \"Getting through staging and bringing a "
            "booster back under control on the same flight is a big deal for a young company,\" "
            "she said. \"The hard part now is reaching orbit and doing it over and over again.\"",
            "Tidewater wants to attempt an orbital flight later this year. Its next launch is "
            "targeted for late summer, the company said.",
        ]),
    ], [
        ("booster name", r"\bb-?4\b|booster 4\b", r"\bb-?5\b|booster 5\b"),
        ("booster splashdown time", r"(?<!\d)7:49|07:49|12:49", r"13:49|(?<!\d)8:49"),
        ("apogee",
         r"(?<![\d.])187 ?(km|kilomet)|(?<![\d.])116 ?(mi|miles)",
         r"(?<![\d.])178 ?(km|kilomet)|(?<![\d.])111 ?(mi|miles)"),
    ]),
    _story("quake-SY5", "earthquake", [
        _art("Mindanao Morning Post", "2026-03-15", [
            "6 dead as magnitude 6.8 quake rocks Surigao del Sur",
            "By Jun Alcantara, Correspondent",
            "LIANGA, Surigao del Sur — At least six people were killed and 48 others injured "
            "when a magnitude 6.8 earthquake struck off the coast of Surigao del Sur at 10:37 "
            "p.m. on Saturday, sending residents running out of their homes in the dark.",
            "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the "
            "epicenter was located in the sea about 28 kilometers northeast of Lianga, at a "
            "depth of 14 kilometers. The quake was tectonic in origin, caused by movement along "
            "the Philippine Trench.",
            "Among the dead were a mother and her two children in Barangay Diatagon, whose house "
            "was crushed by a collapsed concrete wall, according to the municipal disaster risk "
            "reduction office. Two other victims were in the neighboring town of San Agustin and "
            "one in Barobo.",
            "The bell tower of the Lianga parish church, built in the 1950s, partly collapsed, "
            "and cracks were reported on a bridge on the coastal highway linking Tandag and "
            "Bislig. Power went out in most of the province and had been restored in only a few "
            "towns by Sunday afternoon.",
            "\"We felt the ground roll for almost a minute. Everyone was screaming,\" said "
            "Nenita Caballero, 52, a vendor at the Lianga public market.",
            "Phivolcs raised a tsunami warning for coastal communities in Surigao del Sur and "
            "Davao Oriental shortly after the quake, urging residents to move to higher ground. "
            "The warning was lifted shortly after midnight when no significant waves were "
            "recorded.",
            "Mayor Jovelyn Dumanon said about 3,000 families spent the night in evacuation "
            "centers, school grounds and open fields, many of them afraid to return home because "
            "of the aftershocks.",
            "Governor Rodel Sayson declared a state of calamity in the province on Sunday "
            "morning.",
            "The quake revived memories of the magnitude 7.4 earthquake that struck off Hinatuan "
            "on Dec. 2, 2023, which killed three people and damaged thousands of houses. In "
            "October last year, a magnitude 7.4 quake off Davao Oriental also caused deaths and "
            "widespread damage.",
            "Phivolcs warned residents to expect more aftershocks in the coming days.",
        ]),
        _art("Asia Pacific Wire", "2026-03-15", [
            "Strong quake kills six in southern Philippines, tsunami warning lifted",
            "MANILA, March 15 (APW) — A magnitude 6.8 earthquake struck off the southern "
            "Philippine island of Mindanao late on Saturday, killing at least six people, "
            "injuring 48 and damaging buildings and roads across Surigao del Sur province, "
            "officials said.",
            "The quake hit at 10:37 p.m. (1437 GMT) about 28 km (17 miles) northeast of the "
            "coastal town of Lianga, at a depth of 41 km, the Philippine Institute of "
            "Volcanology and Seismology said. The U.S. Geological Survey also put the magnitude "
            "at 6.8.",
            "The institute issued a tsunami warning for nearby coasts, advising residents to "
            "move inland, but lifted it about two hours later.",
            "Provincial disaster officials said the dead included three members of one family "
            "killed when a wall fell on their home. More than 200 aftershocks had been recorded "
            "by Sunday morning, the strongest of magnitude 5.2.",
            "Television footage showed cracked roads, fallen ceilings in a shopping mall in "
            "Bislig and residents sleeping outdoors.",
            "Quakes are common in the archipelago, which straddles several active faults and "
            "lies within the so-called \"Ring of Fire,\" where tectonic plates grind against "
            "each other around the Pacific. A magnitude 6.9 quake in the central province of "
            "Cebu in September last year killed more than 70 people, and two weeks later a "
            "magnitude 7.4 quake struck off Davao Oriental on Mindanao.",
            "President Ferdinand Marcos Jr. ordered government agencies to speed up relief, the "
            "presidential communications office said in a statement.",
            "The Department of Social Welfare and Development said it had sent food packs and "
            "sleeping kits to affected towns. Classes were suspended in several municipalities "
            "on Monday to allow schools to be inspected for damage.",
            "Flights at the nearest airports were not affected, the Civil Aviation Authority of "
            "the Philippines said.",
            "(Reporting by Carmela Reyes; editing by Ian Worth)",
        ]),
        _art("The Global Courier", "2026-03-16", [
            "Philippine quake death toll rises to 11 as aftershocks rattle Mindanao",
            "Courtesy Provincial Information Office / Handout",
            "The death toll from a powerful earthquake in the southern Philippines rose to 11 on "
            "Monday, as rescuers searched damaged homes in coastal villages and thousands of "
            "families remained in evacuation centers.",
            "The magnitude 6.8 quake struck late on Saturday, with its epicenter off the town of "
            "Cagwait in Surigao del Sur province, at a shallow depth of 14 kilometers (8.7 "
            "miles), according to the country's seismology agency.",
            "Regional disaster officials said more than 120 people had been injured and more "
            "than 20,000 people displaced. Five of the deaths were added on Monday after "
            "rescuers recovered the bodies of two fishermen and three people who died in "
            "hospital.",
            "More than 450 aftershocks had been recorded by Monday, the strongest of magnitude "
            "5.2, according to the Philippine Institute of Volcanology and Seismology.",
            "\"Our main concern now is shelter and clean water,\" said Rodel Sayson, the "
            "governor of Surigao del Sur, who declared a state of calamity on Sunday. \"Many "
            "houses are standing, but people are afraid to sleep inside them.\"",
            "Advertisement",
            "Engineers were inspecting a cracked bridge on the coastal highway between Tandag "
            "and Bislig, a vital route for relief deliveries, and a section of road was closed "
            "in Barobo after a landslide.",
            "The earthquake struck the same stretch of coast as a magnitude 7.4 quake in "
            "December 2023, which was centered off Hinatuan and killed three people. Experts "
            "said both quakes were linked to the Philippine Trench, a deep undersea fault east "
            "of Mindanao.",
            "The government said it had released emergency funds to the province and that "
            "military trucks and aircraft were carrying supplies.",
            "The Philippines records about 20 earthquakes a day on average, most too weak to be "
            "felt, according to the seismology agency.",
            "Related: How the Philippines prepares for the \"Big One\"",
        ]),
        _art("World Service Radio", "2026-03-17", [
            "Death toll from Philippines earthquake climbs to 14",
            "The number of people killed by Saturday's earthquake in the southern Philippines "
            "has risen to 14, officials say, with about 150 injured.",
            "The magnitude 6.8 earthquake struck off the coast of Surigao del Sur province on "
            "the island of Mindanao shortly after 9:37pm local time, when many families were "
            "already asleep.",
            "Its epicentre was at sea, around 28km north-east of the small fishing town of "
            "Lianga, where the bell tower of the parish church partly collapsed.",
            "Rescue teams have now finished searching the worst-hit villages, the provincial "
            "governor's office said on Tuesday, and the focus has turned to getting families "
            "back into their homes.",
            "More than 600 aftershocks have been recorded, according to the Philippine "
            "seismology agency, Phivolcs, which has warned that strong ones are still possible "
            "in the coming weeks.",
            "Speaking to the World Service from an evacuation centre in a school gymnasium, "
            "34-year-old teacher Marilou Espinosa said her house had not collapsed but that the "
            "walls were badly cracked. \"My children will not go back inside. Every time the "
            "ground moves, they cry,\" she said.",
            "Aid agencies say clean water is the most urgent need, as pipes have been broken in "
            "several towns.",
            "The Philippines lies on the so-called Ring of Fire, a belt of intense seismic and "
            "volcanic activity around the Pacific Ocean. The country was hit by several deadly "
            "earthquakes last year, including one in Cebu in September that killed more than 70 "
            "people.",
            "Surigao del Sur was also struck by a magnitude 7.4 earthquake in December 2023, "
            "centred off the town of Hinatuan, which killed three people.",
            "The government has promised cash aid of 10,000 pesos to every family whose home was "
            "destroyed.",
        ]),
    ], [
        ("epicentre town", r"lianga", r"cagwait"),
        ("depth", r"(?<![\d.])14 ?(km|kilomet)|8\.7 ?mi", r"(?<![\d.])41 ?(km|kilomet)|25\.5 ?mi"),
        ("time of quake", r"10:37|22:37|14:37|1437", r"(?<!\d)9:37|21:37|13:37|1337"),
    ]),
    _story("election-SY6", "election", [
        _art("Alder Springs Gazette", None, [
            "Harcourt wins mayor's race, defeating Ocampo in run-off | Alder Springs Gazette",
            "By Colleen Marsh, City Hall Reporter",
            "City Council member Denise Harcourt was elected mayor of Alder Springs on Tuesday, "
            "beating former state Rep. Luis Ocampo in a run-off that was closer than the first "
            "round had suggested.",
            "With all 112 precincts reporting, unofficial results showed Harcourt with 41,236 "
            "votes, or 52.8%, to Ocampo's 36,862, or 47.2%, a margin of 4,374 votes.",
            "Harcourt, 49, will be the first woman to lead the city. She will take office on May "
            "1, succeeding Mayor Tom Bellweather, who could not run again because of term limits.",
            "\"This city voted for safer streets, for housing people can afford, and for a City "
            "Hall that answers the phone,\" Harcourt told about 300 supporters at the Riverside "
            "Pavilion shortly before 11 p.m. \"Tomorrow we get to work, all of us, including the "
            "people who didn't vote for me.\"",
            "Ocampo conceded in a short speech at his campaign office on Grant Avenue. \"The "
            "voters have spoken, and I respect their decision,\" he said, adding that he had "
            "called Harcourt to congratulate her.",
            "About 78,100 ballots were cast, a turnout of 31.4% of the city's roughly 249,000 "
            "registered voters. That was higher than in the first round on March 3, when 27.9% "
            "voted, and well above the 2021 mayoral election, which drew fewer than a quarter of "
            "voters.",
            "In the first round, Harcourt led a field of five with 38.1%, ahead of Ocampo with "
            "29.5% and school board member Priya Venkataraman with 21.7%. Venkataraman later "
            "endorsed Ocampo, and his campaign had hoped her supporters on the city's east side "
            "would carry him to victory.",
            "Instead, Harcourt held her lead in the fast-growing northern districts and narrowed "
            "Ocampo's advantage in the older neighborhoods along the river.",
            "The race was the most expensive in the city's history. Ocampo's campaign raised "
            "about $1.1 million and Harcourt's about $870,000, according to filings with the "
            "city clerk, and outside groups spent hundreds of thousands more on mailers and "
            "television ads.",
            "Results will be certified by the City Council later this month.",
        ]),
        _art("StatePoint Politics", None, [
            "Alder Springs run-off: Harcourt's win and what it tells us",
            "The Alder Springs mayor's race is over, and Denise Harcourt is the winner. The "
            "two-term council member took 53.8% of the vote against Luis Ocampo, the former "
            "state representative who spent most of the campaign as the better-funded candidate.",
            "A few takeaways:",
            "1. The first round was a decent guide. Harcourt led Ocampo by 8.6 points on March 3 "
            "(38.1% to 29.5%) and Venkataraman, who finished third, endorsed Ocampo. On paper "
            "that made the run-off close to a coin flip. In the end, Harcourt's coalition in the "
            "northern suburbs-within-the-city proved bigger than the east-side vote Venkataraman "
            "could deliver.",
            "2. Turnout rose, but it is still low. More voters showed up for the run-off than "
            "for the first round, which is unusual in a municipal election and suggests both "
            "campaigns' get-out-the-vote operations did their jobs.",
            "3. Money isn't everything. Ocampo outraised Harcourt and had the backing of the "
            "state party. Harcourt had the endorsement of outgoing Mayor Tom Bellweather, who "
            "won his second term in 2021 with 61% of the vote, and of the firefighters' union.",
            "4. Watch the council. Harcourt will take office on May 1 with a council that is "
            "split 4-4 on most housing votes. Her promise to rezone the old rail yard for 2,000 "
            "homes will need at least one vote from the other side.",
            "Ocampo, 57, served three terms in the state House before running for mayor. In his "
            "concession speech he said he was \"not going anywhere,\" which local observers took "
            "as a hint he might consider a run for the state Senate seat that opens next year.",
            "Harcourt's victory also extends a winning streak for candidates who ran on housing "
            "supply in the state's mid-sized cities. Three of the past four mayoral races in "
            "similar-sized cities have gone the same way.",
            "Full results, precinct by precinct, are available on the city clerk's website.",
        ]),
        _art("KALD News 7", None, [
            "Harcourt elected Alder Springs mayor",
            "Posted by KALD News 7 Staff",
            "Share on Facebook",
            "ALDER SPRINGS — Denise Harcourt will be the next mayor of Alder Springs.",
            "Harcourt defeated Luis Ocampo in Tuesday's run-off election, according to "
            "unofficial results from the city clerk's office with all 112 precincts counted. "
            "Harcourt received 41,236 votes and Ocampo received 36,862.",
            "Turnout in the run-off was 34.1%, according to the clerk's office, up from the "
            "first round in March.",
            "Harcourt, a member of the City Council since 2018, spoke to supporters at the "
            "Riverside Pavilion late Tuesday night. She thanked volunteers and said she would "
            "focus on public safety and housing costs in her first months in office.",
            "\"Tomorrow we get to work, all of us, even the people who didn't vote for me,\" she "
            "said.",
            "Ocampo, speaking earlier at his campaign headquarters, told supporters he had "
            "called Harcourt to concede. \"The voters have spoken and I respect that,\" he said.",
            "Harcourt will be sworn in on May 1. Outgoing Mayor Tom Bellweather, who endorsed "
            "her, said in a statement that the city was \"in good hands.\"",
            "The run-off was needed because no candidate won more than half the vote in the "
            "March 3 election. Harcourt finished first in that contest with 38.1%, and Ocampo "
            "was second with 29.5%.",
            "Election officials said voting went smoothly, although lines formed at a few "
            "polling places in the afternoon after a voting machine problem at the downtown "
            "library was fixed.",
            "The City Council is expected to certify the results later this month.",
            "Stay with KALD News 7 for more on this developing story.",
        ]),
    ], [
        ("vote share", r"(?<![\d.])52\.8(?!\d)", r"(?<![\d.])53\.8(?!\d)"),
        ("turnout",
         r"(?<![\d.])31(\.4)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])34(\.1)? ?(%|percent|per cent|pct)"),
    ]),
]
