"""Blind domain battery, part F (issue 11).

Part F was written by engineer F1 on 2026-12-05 (tenth session) without reading the
reconcile rules or other parts of the battery, before any run. It is a held-out part,
scored with ``bench/bench_domain_battery.py F``. Every text was written for this file.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "F", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-F1", "trade", "duration", True, [
        "GENEVA (Reuters) — Senior U.S. and Chinese officials wrapped up a first day of trade "
        "talks in Geneva on Saturday after a session that ran for about four hours, according "
        "to a person briefed on the meeting. Treasury Secretary Scott Bessent and Chinese "
        "Vice Premier He Lifeng met at the residence of Switzerland's ambassador to the "
        "United Nations. Neither side made a statement as the delegations left the villa. The "
        "meeting is the first face-to-face encounter since Washington raised duties on most "
        "Chinese imports to 145% and Beijing retaliated with 125% levies on American goods. "
        "Swiss Economy Minister Guy Parmelin, who helped arrange the venue, said the fact "
        "that the two sides were sitting at one table was already a success. The discussions "
        "are due to resume on Sunday.",
        "U.S. and Chinese negotiators met behind closed doors in Geneva on Saturday, the "
        "first time the two sides have sat down together since the tariff fight escalated "
        "this spring. Treasury Secretary Scott Bessent led the American side, while Vice "
        "Premier He Lifeng headed Beijing's team. The meeting lasted two and a half hours, a "
        "Swiss official told reporters outside the ambassador's residence where it was held. "
        "Duties on most Chinese goods entering the U.S. now stand at 145 percent, and China "
        "has answered with 125 percent tariffs of its own. Advertisement Local businesses "
        "that import from China say they are watching closely. 'Even a small step would help "
        "us plan for the fall,' said the owner of a Dayton furniture importer. Talks continue "
        "Sunday.",
    ], None,
      r"(?<![\d.])4 ?(hours?|hrs?|h)\b|four hours|240 ?min",
      r"2\.5 ?(hours?|hrs?|h)\b|two and a half hours|two-and-a-half|2 ?(hours?|hrs?"
      r"|h) ?(and )?30|150 ?min"),
    _case("trade-F2", "trade", "official's title", True, [
        "WASHINGTON (AP) — The United States and China agreed on Monday to roll back most of "
        "the tariffs they imposed on each other in April, in a deal announced after weekend "
        "talks in Geneva. U.S. Trade Representative Jamieson Greer told reporters the "
        "differences between the two sides had turned out to be smaller than many people "
        "expected. Under the deal, American duties on Chinese goods fall to 30% and Chinese "
        "duties on U.S. goods drop to 10%. Stocks rallied on the news, with the S&P 500 "
        "gaining more than 3%. The reductions take effect on Wednesday.",
        "Markets got the détente they were hoping for. Washington and Beijing said Monday "
        "they will slash the tit-for-tat tariffs put in place in April: the US levy on "
        "Chinese imports comes down to 30 per cent, and China's on American products to 10 "
        "per cent. The cuts kick in on Wednesday. Commerce Secretary Jamieson Greer, speaking "
        "alongside Treasury Secretary Scott Bessent, said the weekend had produced 'a clear "
        "mechanism' for further discussions. Equities jumped, with the S&P 500 up more than 3 "
        "per cent by the close. Read more: What the Geneva deal means for your portfolio",
    ], ["2025-05-12", "2025-05-12"],
      r"trade representative|\bustr\b",
      r"commerce secretary|secretary of commerce"),
    _case("trade-F3", "trade", "tariff pause length", True, [
        "The US and China will cut reciprocal tariffs sharply while they negotiate, the two "
        "governments said in a joint statement released in Geneva. Washington will lower the "
        "extra duty on Chinese goods to 30%, and Beijing will reduce its levy on American "
        "imports to 10%. Both sides also agreed to set up a channel for continuing talks, led "
        "on the American side by Treasury Secretary Scott Bessent and Trade Representative "
        "Jamieson Greer. The reductions are temporary: they will last for 90 days, after "
        "which the higher rates could return if no broader agreement is reached. Beijing also "
        "said it would suspend some non-tariff countermeasures taken since early April. "
        "Shares of Asian exporters rose in early trading.",
        "Here is what importers need to know after the Geneva announcement. First, the "
        "headline numbers: the additional US tariff on most Chinese-origin goods drops to "
        "30%, and China's retaliatory rate falls to 10%. Second, the so-called fentanyl "
        "tariff of 20% stays in place and is part of that 30%. Third, nothing changes for "
        "steel and aluminium, which remain under separate Section 232 duties. Fourth, and "
        "most important for planning: the lower rates apply for a 60-day window only, so "
        "shipments booked for late summer may face the old rates again. Advertisement Customs "
        "brokers we spoke to expect a rush of orders in the coming weeks. 'Everybody wants "
        "their containers on the water before the clock runs out,' one Los Angeles broker "
        "said.",
    ], None,
      r"(?<!\d)90(?!\d)|ninety|three months",
      r"(?<!\d)60(?!\d)|sixty|two months"),
    _case("trade-F4", "trade", "clock time across zones", True, [
        "HONG KONG — China's Ministry of Commerce said on Wednesday that negotiators had "
        "agreed in principle on a framework to carry out the consensus reached by the two "
        "presidents in their phone call last week. The ministry posted the statement on its "
        "website at about 7:30 a.m. Beijing time, after two days of talks at Lancaster House "
        "in London. The framework still needs the approval of both leaders, it said. Vice "
        "Premier He Lifeng led the Chinese delegation. The offshore yuan edged higher after "
        "the announcement. Chinese exports of rare earth magnets, which fell sharply in May, "
        "are expected to be a focus of any follow-up.",
        "Live: US-China talks in London — key points. The two delegations wrapped up after "
        "two days at Lancaster House. China's commerce ministry published its readout shortly "
        "after 3 a.m. London time on Wednesday, saying a framework had been agreed in "
        "principle. It must now go to Presidents Trump and Xi for sign-off. US Commerce "
        "Secretary Howard Lutnick said earlier that the deal should settle the dispute over "
        "rare earths and magnets. Share this article. We will update this page as more "
        "details emerge.",
    ], ["2025-06-11", "2025-06-11"],
      r"(?<!\d)7:30|07:30|23:30",
      r"(?<![\d:])3(:00)? ?a\.?m|(?<!\d)03:00|(?<![\d:])3(?![\d:])|(?<!\d)02:00"),
    _case("trade-F5", "trade", "weekday of next meeting", True, [
        "WASHINGTON (Reuters) — Treasury Secretary Scott Bessent will meet Chinese Vice "
        "Premier He Lifeng in Stockholm on Monday for a third round of trade talks, the "
        "Treasury Department said. The meeting is expected to focus on extending the tariff "
        "truce, which is due to expire on August 12. Bessent told CNBC that relations were "
        "'in a very good place'. Chinese purchases of U.S. soybeans and Beijing's buying of "
        "Russian oil are also on the agenda. The Swedish government confirmed it would host "
        "the talks.",
        "The next round of US–China trade negotiations will take place in the Swedish "
        "capital, with talks set to begin on Tuesday, according to officials in Washington. "
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng are again expected to "
        "lead the two sides. At stake is the current pause on higher tariffs, which runs out "
        "on August 12. Farmers in the region have a keen interest: soybean exports to China "
        "have slowed to a trickle this year. 'We just need some certainty,' said a grower "
        "from outside Des Moines. Sweden's foreign ministry said it was pleased to host.",
        "Stockholm will host the third round of high-level US-China trade talks, opening "
        "Monday. As in Geneva and London, Scott Bessent leads for Washington and He Lifeng "
        "for Beijing. The truce that cut tariffs to 30% on Chinese goods and 10% on US goods "
        "expires on August 12 unless it is extended. Analysts see a further extension as the "
        "most likely outcome. Other topics: fentanyl-related duties, export controls on "
        "chips, and China's purchases of Russian and Iranian oil.",
    ], ["2025-07-24", "2025-07-24", "2025-07-24"],
      r"monday|july 28|2025-07-28|28 july|jul\.? 28",
      r"tuesday|july 29|2025-07-29|29 july|jul\.? 29"),
    _case("trade-F6", "trade", "control: names two ways", False, [
        "BEIJING — China's Ministry of Commerce said on Thursday it would add 12 U.S. firms "
        "to its export control list, barring them from receiving dual-use items. A ministry "
        "spokesperson said the move was meant to safeguard national security. Several of the "
        "companies make drones or aircraft parts, according to the list. The Office of the "
        "U.S. Trade Representative did not immediately respond to a request for comment. The "
        "step comes a week before officials from both countries are due to meet again.",
        "Beijing has put another dozen American companies on its export-control list. MOFCOM, "
        "as the commerce ministry is known, announced on Thursday that the 12 firms will no "
        "longer be able to receive so-called dual-use goods, items with both civilian and "
        "military uses. The ministry framed the decision as a matter of national security. "
        "Many of the firms named are in aerospace and drone manufacturing. USTR did not "
        "comment. Trade officials from the two sides are scheduled to meet again next week.",
    ]),
    _case("trade-F7", "trade", "control: old vs new rate", False, [
        "U.S. tariffs on Chinese imports fell to 30% from 145% at 12:01 a.m. EDT on "
        "Wednesday, as the 90-day truce agreed in Geneva took effect. China, for its part, "
        "cut its duties on American goods to 10% from 125%. The 30% rate is made up of a 10% "
        "baseline tariff and a 20% levy tied to fentanyl. Freight forwarders reported a jump "
        "in bookings from Chinese ports. Tariffs on steel, aluminium and cars are not "
        "affected.",
        "From Wednesday, the additional duty on Chinese products is 30 per cent, down from "
        "145 per cent, while Beijing's rate on US goods is 10 per cent instead of 125 per "
        "cent. The cuts apply for 90 days. Importers point out that 30 per cent is still far "
        "above the average rate before this year. Of that figure, 20 points relate to "
        "fentanyl and 10 are the new 'reciprocal' baseline. Shipping lines say bookings have "
        "picked up sharply.",
    ]),
    _case("trade-F8", "trade", "control: rounding", False, [
        "WASHINGTON — The U.S. goods trade deficit with China narrowed to $295.4 billion last "
        "year, Commerce Department data showed on Wednesday. Imports from China totalled "
        "$438.9 billion, while exports to China came to $143.5 billion. Officials in Beijing "
        "have long argued that the figures overstate the imbalance because they leave out "
        "services. Mexico overtook China as the largest source of U.S. imports.",
        "America's goods deficit with China shrank to roughly $295 billion in 2024, according "
        "to figures released Wednesday by the Commerce Department. The United States bought "
        "about $439 billion of Chinese goods and sold about $144 billion to China. China's "
        "commerce ministry says such numbers exaggerate the gap, since trade in services is "
        "not counted. Mexico is now the biggest supplier of goods to the U.S. Read more: Five "
        "charts on the trade war",
    ]),
    _case("court-F1", "court", "vote split", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday ruled 6-3 that federal regulators "
        "overstepped their authority when they ordered internet providers to publish detailed "
        "outage data, handing a win to the broadband industry. Chief Justice John Roberts "
        "wrote the majority opinion. Justice Sonia Sotomayor wrote in dissent that the "
        "decision would leave consumers 'in the dark'. The case, Lakeland Broadband "
        "Association v. FCC, was argued in January. The Federal Communications Commission "
        "said it was reviewing the ruling.",
        "In Lakeland Broadband Association v. FCC, the justices split 7-2 to strike down the "
        "commission's outage-reporting rule. The chief justice's opinion for the Court leans "
        "heavily on last term's decision ending Chevron deference. Justice Sotomayor's "
        "dissent warns that consumers will be left 'in the dark' when networks fail. The case "
        "was argued in January and decided on Friday. The FCC said it was studying the "
        "decision. Industry groups welcomed it.",
    ], ["2025-06-27", "2025-06-27"],
      r"(?<![\d.])6 ?(-|–|—|to) ?3(?!\d)|six[- ]to[- ]three|\bsix\b",
      r"(?<![\d.])7 ?(-|–|—|to) ?2(?!\d)|seven[- ]to[- ]two|\bseven\b"),
    _case("court-F2", "court", "opinion author", True, [
        "WASHINGTON — The Supreme Court on Thursday allowed a county in Oregon to keep "
        "enforcing a ban on overnight parking of recreational vehicles on public streets, "
        "rejecting a challenge brought by people living in their vehicles. The justices "
        "reversed a ruling by the San Francisco-based 9th U.S. Circuit Court of Appeals. The "
        "county had argued the ordinance was needed to keep roads clear for emergency "
        "vehicles. Writing for the majority, Justice Amy Coney Barrett said the Constitution "
        "did not require local governments to set aside public streets as housing. Advocates "
        "for the homeless said the ruling would push more people into shelters that are "
        "already full. About 1,400 people live in vehicles in the county, according to a "
        "local survey.",
        "Deschutes County can continue ticketing people who sleep in RVs on public streets, "
        "the U.S. Supreme Court decided Thursday. The decision overturns a 9th Circuit ruling "
        "that had blocked the county's ordinance. County commissioners said they were "
        "relieved and pointed to the need to keep roads open for fire trucks and ambulances. "
        "In the majority opinion, written by Justice Brett Kavanaugh, the court found that "
        "the Constitution leaves such choices to local governments. Advocates said shelters "
        "in Bend and Redmond are already full. Roughly 1,400 people live in vehicles "
        "countywide, a recent count found.",
    ], None,
      r"barrett",
      r"kavanaugh"),
    _case("court-F3", "court", "size of fine", True, [
        "LUXEMBOURG (Reuters) — The European Union's General Court on Wednesday largely "
        "upheld an antitrust decision against Danish drugmaker Nordvik Pharma but cut its "
        "fine to 412 million euros. The European Commission had found that Nordvik paid "
        "rivals to delay cheaper generic versions of its best-selling heart drug. Judges said "
        "the Commission had overstated the duration of the infringement. Nordvik said it "
        "would consider an appeal to the Court of Justice. Its shares rose 2% in Copenhagen.",
        "Nordvik Pharma's fine has been trimmed. The Luxembourg-based General Court ruled on "
        "Wednesday that the company must still pay for striking 'pay-for-delay' deals with "
        "generic rivals, but reduced the amount to €287 million, saying Brussels had "
        "overestimated how long the scheme lasted. The group, headquartered outside "
        "Copenhagen, may still take the case to the EU's highest court. Investors welcomed "
        "the outcome, sending the stock up 2%.",
    ], ["2025-09-10", "2025-09-10"],
      r"(?<![\d.,])412 ?(million|mln|mn|m\b)|412,000,000|0\.412 ?(billion|bn)",
      r"(?<![\d.,])287 ?(million|mln|mn|m\b)|287,000,000|0\.287 ?(billion|bn)"),
    _case("court-F4", "court", "sentence length", True, [
        "NEW YORK (Reuters) — Daniel Okafor, the founder of collapsed crypto lender Lumen "
        "Finance, was sentenced on Friday to 12 years in prison for defrauding customers of "
        "about $900 million. U.S. District Judge Miriam Castellano said Okafor had shown 'a "
        "breathtaking indifference' to the people who trusted him. Prosecutors had asked for "
        "20 years. Okafor, 38, pleaded guilty in March to securities fraud and wire fraud. "
        "His lawyers had sought five years.",
        "A former Houston software engineer who built one of the best-known crypto lending "
        "platforms will spend 15 years in federal prison. Daniel Okafor, 38, was sentenced "
        "Friday in Manhattan federal court after pleading guilty in March to securities and "
        "wire fraud. Customers of Lumen Finance lost roughly $900 million when it collapsed. "
        "Judge Miriam Castellano told him he had shown 'a breathtaking indifference' to his "
        "customers. The government had sought a 20-year term, while the defense asked for "
        "five.",
        "Lumen founder Daniel Okafor got 12 years. The sentence, handed down Friday in the "
        "Southern District of New York, lands between the 20 years prosecutors wanted and the "
        "five his lawyers asked for. Okafor admitted securities and wire fraud in March. "
        "About $900 million in customer funds vanished when the lender froze withdrawals. "
        "Read more: Where are Lumen's creditors now?",
    ], ["2025-10-03", "2025-10-03", "2025-10-04"],
      r"(?<![\d.])12(?![\d.])|twelve|144 ?months",
      r"(?<![\d.])15(?![\d.])|fifteen|180 ?months"),
    _case("court-F5", "court", "court location", True, [
        "NEW YORK — A federal judge in Manhattan on Tuesday blocked the administration from "
        "cutting off grants to a network of food banks, ruling that the agency had ignored "
        "procedures required by Congress. U.S. District Judge Alan Ferreira issued a "
        "preliminary injunction after a two-day hearing. The coalition of 14 food banks had "
        "argued that the cuts would force them to close distribution sites before winter. The "
        "Agriculture Department said it would appeal. 'This ruling keeps shelves stocked,' "
        "said Lena Ortiz, the coalition's director.",
        "Food banks scored a legal victory on Tuesday when a federal court in Brooklyn halted "
        "the USDA's plan to end their grants. Judge Alan Ferreira granted the 14 plaintiffs a "
        "preliminary injunction, finding that the department skipped steps Congress had "
        "written into the law. The USDA plans to appeal. 'This ruling keeps shelves stocked,' "
        "coalition director Lena Ortiz said, as demand climbs heading into the colder months. "
        "Advertisement The two-day hearing featured testimony from pantry managers across the "
        "state.",
    ], None,
      r"manhattan|southern district",
      r"brooklyn|eastern district"),
    _case("court-F6", "court", "control: two quotes", False, [
        "LANSING, Mich. — The Michigan Supreme Court on Monday struck down a 2023 law that "
        "capped fees charged by towing companies, ruling 4-3 that the Legislature had passed "
        "it without the required public notice. Attorney General Karen Lindqvist, whose "
        "office defended the law, said she was 'disappointed but not surprised'. Justice Ruth "
        "Abara wrote for the majority. The law had limited towing fees to $175 for a standard "
        "vehicle. Several lawmakers said they would reintroduce the measure.",
        "Towing fees in Michigan are no longer capped after the state's highest court threw "
        "out the 2023 law by a 4-3 vote on Monday. The majority, in an opinion by Justice "
        "Ruth Abara, said lawmakers had skipped a notice requirement. 'The Legislature can "
        "fix this in a week if it wants to,' Attorney General Karen Lindqvist said at a news "
        "conference. Under the law, the fee for towing an ordinary car could not exceed $175. "
        "Towing operators said they would keep prices stable for now.",
    ], ["2025-03-18", "2025-03-18"]),
    _case("court-F7", "court", "control: names, weekday", False, [
        "WASHINGTON (AP) — The Supreme Court on Friday turned away an appeal by a group of "
        "Texas ranchers who argued that a federal endangered-species listing for a small "
        "lizard had cost them grazing land. As usual, the justices gave no reasons. The "
        "Justice Department had urged the court not to take the case. The dunes sagebrush "
        "lizard was listed as endangered in 2024. Ranchers in the Permian Basin had said the "
        "listing limited where cattle could graze.",
        "The nation's high court won't hear the ranchers' case. In a brief order on Friday, "
        "June 27, SCOTUS left in place a lower-court ruling upholding protections for the "
        "dunes sagebrush lizard, which the U.S. Fish and Wildlife Service listed as "
        "endangered last year. The DOJ had asked the justices to deny review. Ranch groups in "
        "West Texas said they were disappointed.",
    ], ["2025-06-27", "2025-06-28"]),
    _case("cb-F1", "central bank", "size of cut (bps/points)", True, [
        "OTTAWA (Reuters) — The Bank of Canada lowered its benchmark overnight rate by 25 "
        "basis points to 2.50% on Wednesday, pointing to a softer job market and the hit to "
        "exports from U.S. tariffs. It was the first cut since March. Governor Tiff Macklem "
        "told reporters the bank was ready to do more if the economy weakened further. "
        "Canada's unemployment rate rose to 7.1% in August. The Canadian dollar slipped after "
        "the announcement.",
        "Good news for variable-rate borrowers: the Bank of Canada has cut again. The central "
        "bank trimmed its policy rate by half a percentage point on Wednesday, its first move "
        "since March. Officials blamed a cooling labour market, with unemployment at 7.1% in "
        "August, and the damage tariffs are doing to exporters. What does it mean for your "
        "mortgage? Lenders usually pass the change on to their prime rates within a day or "
        "two. Share this article",
    ], None,
      r"(?<![\d.])25 ?(bp|bps|basis)|(?<![\d.])0?\.25 ?(%|per|pp|point|pct)|quarter",
      r"(?<![\d.])50 ?(bp|bps|basis)|(?<![\d.])0?\.50? ?(%|per|pp|point|pct)|half"),
    _case("cb-F2", "central bank", "dissenter", True, [
        "WASHINGTON (Reuters) — The Federal Reserve held interest rates steady on Wednesday, "
        "keeping its benchmark in the 4.25%-4.50% range for a fifth straight meeting as "
        "officials waited for clearer signs of how tariffs are feeding into prices. Fed Chair "
        "Jerome Powell said the economy remained in a solid position. 'We are well placed to "
        "wait and see,' he told reporters. The decision drew one dissent, from Governor "
        "Christopher Waller, who favoured a quarter-point cut. The policy statement noted "
        "that growth had moderated in the first half of the year.",
        "No move from the Fed, again. The FOMC left the fed funds target range at 4.25% to "
        "4.5% on Wednesday, the fifth meeting in a row without a change. Powell's message at "
        "the press conference was patience. Growth, the statement said, has moderated in the "
        "first half. There was a single dissent: Governor Lisa Cook wanted a 25 bp cut. "
        "Advertisement Traders are now looking to the September meeting.",
    ], ["2025-07-30", "2025-07-30"],
      r"waller",
      r"\bcook\b"),
    _case("cb-F3", "central bank", "bond purchase amount", True, [
        "TOKYO (Reuters) — The Bank of Japan kept short-term interest rates at 0.5% on "
        "Tuesday and said it would slow the pace at which it trims its government bond buying "
        "from next April. Under the revised plan, monthly purchases of Japanese government "
        "bonds will fall to around 2.1 trillion yen by the January–March quarter of 2027. "
        "Governor Kazuo Ueda said the bank wanted to avoid sudden moves in the bond market. "
        "The decision to hold rates was unanimous. The yen weakened slightly against the "
        "dollar after the announcement.",
        "BoJ on hold at 0.5%, as widely expected, and the vote was unanimous. The bigger "
        "story for bond traders is the taper: the Bank now plans to bring monthly JGB buying "
        "down to roughly ¥1.5 trillion by the first quarter of 2027, with the pace of "
        "reductions slowing from April next year. Ueda stressed stability in the JGB market. "
        "USD/JPY ticked higher on the news.",
    ], ["2025-06-17", "2025-06-17"],
      r"(?<![\d.])2\.1 ?(trillion|tn|trln|tril)|2,100 ?(billion|bn)",
      r"(?<![\d.])1\.5 ?(trillion|tn|trln|tril)|1,500 ?(billion|bn)"),
    _case("cb-F4", "central bank", "next meeting date", True, [
        "LONDON (Reuters) — The Bank of England kept Bank Rate at 4.25% on Thursday, with "
        "three of the nine Monetary Policy Committee members voting for a cut. Governor "
        "Andrew Bailey said rates remained on a 'gradually declining path'. Inflation stood "
        "at 3.4% in May, well above the 2% target. The Bank's next policy announcement is due "
        "on 7 August, alongside new forecasts. Sterling was little changed.",
        "Homeowners hoping for cheaper mortgages will have to wait a bit longer after the "
        "Bank of England held interest rates at 4.25 per cent. The vote was 6-3, with three "
        "members of the rate-setting committee backing a reduction. Inflation, at 3.4 per "
        "cent, is still running well ahead of the 2 per cent goal. Mr Bailey said rates "
        "remained on a 'gradually declining path'. The next decision will be announced on "
        "September 18, when the Bank will also publish fresh forecasts. Mortgage brokers in "
        "the region said fixed deals had already fallen.",
    ], None,
      r"(?<!\d)7 aug|aug(ust|\.)? 7(?!\d)|-08-07|08-07",
      r"(?<!\d)18 sep|sep(tember|t\.?|\.)? 18(?!\d)|-09-18|09-18"),
    _case("cb-F5", "central bank", "speaker of a quote", True, [
        "FRANKFURT (Reuters) — The European Central Bank left its deposit rate unchanged at "
        "2% on Thursday for a third consecutive meeting, saying the euro zone economy had "
        "proved more resilient than expected. Inflation is close to the bank's 2% target. 'We "
        "are in a good place, and we intend to stay there as long as the data allow,' ECB "
        "President Christine Lagarde told a news conference. Markets see little chance of a "
        "move before next spring. The euro was steady at around $1.16.",
        "The ECB stood pat at 2.00% on Thursday, the third hold in a row, and signalled no "
        "hurry to do anything else. 'We are in a good place, and we intend to stay there as "
        "long as the data allow,' chief economist Philip Lane said, a line that sums up the "
        "Governing Council's mood. Growth has surprised on the upside and inflation is "
        "hovering near target. Money markets price almost no chance of a cut before spring. "
        "EUR/USD held near 1.16.",
    ], ["2025-11-06", "2025-11-06"],
      r"lagarde",
      r"\blane\b"),
    _case("cb-F6", "central bank", "control: bps vs points", False, [
        "TOKYO — The Bank of Japan raised its short-term policy rate by 25 basis points to "
        "0.75% on Friday, taking it to the highest level in three decades. Eight of the nine "
        "board members voted for the increase. Governor Kazuo Ueda said real interest rates "
        "remained deeply negative. The yen rose 0.4% against the dollar after the decision.",
        "The BoJ hiked by a quarter of a percentage point on Friday, taking its key rate to "
        "0.75 per cent, a level not seen in 30 years. The board voted 8-1 in favour. Ueda "
        "pointed to real rates that are still well below zero. The yen firmed by 0.4 per cent.",
    ]),
    _case("cb-F7", "central bank", "control: old vs new rate", False, [
        "LONDON (Reuters) — The Bank of England cut interest rates to 4% from 4.25% on "
        "Thursday, but the decision was closer than expected: the Monetary Policy Committee "
        "voted 5-4 after an unprecedented second round of voting. Four members wanted to keep "
        "rates on hold. The Bank raised its inflation forecast and now expects price growth "
        "to peak at 4% in September. Governor Andrew Bailey said future cuts would need to be "
        "'gradual and careful'.",
        "Bank Rate is now 4 per cent, down a quarter-point from 4.25 per cent. The MPC split "
        "5-4 on Thursday, with a second vote needed before a majority emerged. Inflation is "
        "now expected to peak at 4 per cent in September, the Bank said. Mr Bailey described "
        "the path ahead as 'gradual and careful'. Mortgage lenders are expected to trim their "
        "rates.",
    ], ["2025-08-07", "2025-08-07"]),
    _case("cb-F8", "central bank", "control: rounding", False, [
        "SYDNEY (Reuters) — The Reserve Bank of Australia held its cash rate at 3.60% on "
        "Tuesday, saying inflation had picked up more than expected in the third quarter. "
        "Headline consumer prices rose 3.2% over the year to September. Unemployment climbed "
        "to 4.5%, the highest in nearly four years. Governor Michele Bullock said the board "
        "saw no case for a cut at this meeting. The Australian dollar edged higher.",
        "Mortgage holders will get no relief this month. The RBA kept the cash rate at 3.6 "
        "per cent on Tuesday after annual inflation came in at about 3 per cent. The jobless "
        "rate has risen to 4.5 per cent. Ms Bullock said there was no case for cutting at "
        "this meeting.",
        "RBA decision: rates on hold at 3.60%. Key points: inflation just above 3% in the "
        "year to September. Unemployment at 4.5%. Governor Bullock rules out a move this "
        "month. We'll bring you reaction from economists shortly. Advertisement",
    ]),
    _case("rocket-F1", "rocket", "rocket name", True, [
        "Chinese launch startup LandSpace attempted the first orbital flight of its Zhuque-3 "
        "rocket on Wednesday from the Jiuquan Satellite Launch Center in the Gobi Desert. The "
        "stainless-steel rocket, powered by nine methane-fuelled engines on its first stage, "
        "reached orbit, but the company's attempt to land the booster failed. LandSpace said "
        "the first stage was lost shortly before touchdown. The rocket carried a dummy "
        "payload. The company plans a second flight next year.",
        "BEIJING (Reuters) — A methane-fuelled rocket built by private Chinese company "
        "LandSpace reached orbit on Wednesday on its maiden flight, but its booster was "
        "destroyed during an attempt to land it. The Zhuque-2E lifted off from the Jiuquan "
        "launch centre in northwest China carrying a test payload. The first stage, with nine "
        "engines, is designed to be reused. LandSpace said it would study the data and try "
        "again next year.",
    ], None,
      r"zhuque[- ]?3|zq-?3",
      r"zhuque[- ]?2|zq-?2"),
    _case("rocket-F2", "rocket", "clock time across zones", True, [
        "STARBASE, Texas (AP) — SpaceX's Starship lifted off from South Texas at 6:30 p.m. "
        "local time on Tuesday on its 10th test flight, after two earlier attempts were "
        "scrubbed. The Super Heavy booster came down in the sea off the coast as planned. The "
        "upper stage deployed eight mock Starlink satellites and made a controlled splashdown "
        "in the Indian Ocean about an hour after launch. It was the first fully successful "
        "flight after three failures this year.",
        "Flight 10 is in the books. Starship cleared the tower at Starbase at 8:30 p.m. "
        "Eastern on Tuesday, following scrubs on Sunday and Monday. Super Heavy completed its "
        "planned splashdown offshore, and Ship deployed eight Starlink simulators before "
        "re-entering and splashing down in the Indian Ocean roughly an hour later. After "
        "three failed flights this year, SpaceX badly needed this one. Next up: the first "
        "Version 3 vehicles.",
    ], ["2025-08-27", "2025-08-27"],
      r"(?<![\d:])6:30|18:30|23:30",
      r"(?<![\d:])8:30|20:30|00:30"),
    _case("rocket-F3", "rocket", "flight duration", True, [
        "VAN HORN, Texas (Reuters) — Blue Origin flew six people to the edge of space on "
        "Saturday aboard its New Shepard rocket, in a flight that lasted 10 minutes and 21 "
        "seconds from liftoff to capsule touchdown. The capsule crossed the Kármán line, 100 "
        "km above Earth, before descending under parachutes in the West Texas desert. The "
        "booster landed upright on a pad near the launch site. It was the company's 14th "
        "crewed flight. Passengers included a retired schoolteacher and a venture capitalist.",
        "Six more passengers have earned astronaut wings in West Texas. Blue Origin's New "
        "Shepard launched from the company's site north of Van Horn on Saturday morning, and "
        "the capsule touched down roughly 15 minutes later. The booster returned to its "
        "landing pad. Among the crew were a retired teacher and an investor. This was the "
        "14th time New Shepard has carried people. The capsule peaked above the 100-kilometre "
        "boundary of space.",
    ], None,
      r"(?<![\d.:])10 ?(min|m\b)|10:21|(?<![\d.:])10(?![\d.])|621 ?s|ten minutes",
      r"(?<![\d.:])15 ?(min|m\b)|(?<![\d.:])15(?![\d.])|900 ?s|fifteen"),
    _case("rocket-F4", "rocket", "launch site", True, [
        "Rocket Lab launched an Electron rocket on Tuesday carrying a radar-imaging satellite "
        "for Japanese company iQPS, the company said. The rocket lifted off from Launch "
        "Complex 1 on New Zealand's Mahia Peninsula and deployed the satellite into a 575-km "
        "orbit about an hour later. It was Rocket Lab's 13th Electron launch of the year. The "
        "company plans to debut its larger Neutron rocket later this year.",
        "Another one for iQPS. Electron lifted off on Tuesday from Rocket Lab Launch Complex "
        "2 at Wallops Island, Virginia, with a QPS-SAR satellite for the Japanese "
        "Earth-observation firm. Deployment into a 575-kilometre orbit came roughly an hour "
        "after liftoff. That makes 13 Electron missions for the year so far. Neutron, the "
        "company's medium-lift rocket, is still slated to fly for the first time before "
        "year's end.",
    ], None,
      r"mahia|new zealand|complex 1\b|lc-?1\b",
      r"wallops|virginia|complex 2\b|lc-?2\b"),
    _case("rocket-F5", "rocket", "satellite count", True, [
        "CAPE CANAVERAL, Fla. (AP) — SpaceX launched another batch of Starlink internet "
        "satellites on Monday night from Cape Canaveral Space Force Station. The Falcon 9 "
        "rocket lifted off at 9:41 p.m. EDT. Its first-stage booster, flying for the 25th "
        "time, landed on a drone ship in the Atlantic. The rocket carried 28 satellites, "
        "which were released into low Earth orbit a little over an hour after liftoff. The "
        "company operates the world's largest satellite constellation.",
        "If you saw a bright streak over Brevard on Monday night, that was a Falcon 9. The "
        "launch from the Cape went up at 9:41 p.m., carrying Starlink satellites for SpaceX's "
        "broadband network. The booster was making its 25th flight and touched down on the "
        "drone ship A Shortfall of Gravitas. This mission carried 24 Starlinks, according to "
        "SpaceX's website. The next launch from the Space Coast is set for Wednesday.",
        "Monday's Starlink mission from SLC-40 at Cape Canaveral went off without a hitch. "
        "The booster, on its 25th flight, landed on the droneship in the Atlantic. SpaceX "
        "confirmed deployment of all 28 satellites roughly 65 minutes after liftoff. Recovery "
        "crews were heading back to port overnight. Read more: This week's launch schedule",
    ], ["2025-10-14", "2025-10-14", "2025-10-14"],
      r"(?<![\d.])28(?![\d.])|twenty-eight",
      r"(?<![\d.])24(?![\d.])|twenty-four"),
    _case("rocket-F6", "rocket", "control: km vs miles", False, [
        "SRIHARIKOTA, India — The Indian Space Research Organisation on Saturday successfully "
        "flew a test vehicle for its Gaganyaan crew programme, demonstrating the capsule's "
        "escape system. The rocket climbed to an altitude of about 17 km before the crew "
        "module separated. The module then descended under parachutes and splashed down in "
        "the Bay of Bengal about 10 km from the coast, where navy divers recovered it. The "
        "flight lasted just under nine minutes.",
        "ISRO's Gaganyaan abort test went to plan on Saturday. The single-stage test vehicle "
        "carried the uncrewed capsule to roughly 10.5 miles altitude, where the escape system "
        "pulled it free. Parachutes brought it down to a splashdown about six miles offshore "
        "in the Bay of Bengal, and the Indian Navy retrieved it. Total flight time: a little "
        "under nine minutes.",
    ]),
    _case("rocket-F7", "rocket", "control: zones, calendar day", False, [
        "TOKYO (Kyodo) — Japan's H3 rocket lifted off from the Tanegashima Space Center at "
        "1:30 a.m. on Sunday, carrying the Michibiki No. 6 navigation satellite, the Japan "
        "Aerospace Exploration Agency said. The satellite separated about 29 minutes after "
        "liftoff. It will strengthen Japan's own GPS-style positioning network. JAXA had "
        "postponed the launch once because of weather.",
        "JAXA's H3 flew again on Saturday, launching at 11:30 a.m. EST (1630 UTC) from "
        "Tanegashima with the sixth Michibiki navigation satellite aboard. Payload separation "
        "came roughly 29 minutes into flight. The satellite adds to Japan's regional "
        "navigation system, known as QZSS. The launch had been delayed once by weather.",
    ], ["2025-02-02", "2025-02-01"]),
    _case("quake-F1", "earthquake", "magnitude", True, [
        "MANILA (Reuters) — A magnitude 6.8 earthquake struck off the southern Philippine "
        "island of Mindanao on Friday, the U.S. Geological Survey said, shaking buildings in "
        "Davao City and prompting a tsunami warning. The quake hit at a depth of 20 km about "
        "60 km east of the town of Manay. There were no immediate reports of casualties. The "
        "tsunami warning was later lifted. Schools in several provinces suspended classes.",
        "Residents of Davao City ran out of malls and offices on Friday morning when a strong "
        "offshore earthquake rattled the region. The U.S. Geological Survey put the magnitude "
        "at 7.1, with the epicentre about 60 kilometres east of Manay in Davao Oriental at a "
        "depth of 20 km. A tsunami warning was issued and later lifted. No casualties have "
        "been reported so far. Classes were suspended in several provinces as a precaution. "
        "Advertisement",
    ], ["2025-10-10", "2025-10-10"],
      r"(?<![\d.])6\.8(?!\d)",
      r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-F2", "earthquake", "epicentre town", True, [
        "ISTANBUL (AP) — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, "
        "toppling several buildings and killing one person, officials said. The tremor was "
        "felt as far away as Istanbul and Izmir. Interior Minister Ali Yerlikaya said 29 "
        "people were injured. The quake was centred in the town of Sındırgı in Balıkesir "
        "province, according to the Disaster and Emergency Management Authority, AFAD. It "
        "struck at a depth of about 11 km.",
        "One person died and 29 were hurt when a 6.1-magnitude quake hit western Turkey late "
        "on Sunday. Several old buildings collapsed, many of them already empty. People in "
        "Istanbul and Izmir also felt the shaking. AFAD said the epicentre was in Simav, with "
        "the quake striking roughly 11 km below the surface. Interior Minister Ali Yerlikaya "
        "said search teams had been sent to the area. Share this article",
    ], None,
      r"s[ıi]nd[ıi]rg[ıi]",
      r"simav"),
    _case("quake-F3", "earthquake", "aftershock count", True, [
        "ATHENS (Reuters) — A magnitude 6.0 earthquake struck off the eastern coast of Crete "
        "early on Wednesday, rattling the island and nearby Kasos and Karpathos, but there "
        "were no reports of serious damage. The quake was centred at sea about 50 km "
        "southeast of the town of Ierapetra, at a depth of 35 km, Greece's Geodynamic "
        "Institute said. Schools on the eastern side of the island were closed for the day as "
        "a precaution. By the evening, seismologists had recorded more than 200 aftershocks, "
        "the strongest of magnitude 4.5. Greece is one of Europe's most seismically active "
        "countries.",
        "Eastern Crete woke to a strong jolt on Wednesday morning. The 6.0 quake had its "
        "epicentre in the sea roughly 50 kilometres south-east of Ierapetra and was 35 km "
        "deep, according to the Geodynamic Institute in Athens. Many people in Ierapetra and "
        "Sitia spent hours outdoors. Local authorities closed schools in the eastern part of "
        "the island. About 40 aftershocks had followed by the evening, the largest measuring "
        "4.5. No serious damage has been reported.",
    ], ["2025-05-14", "2025-05-14"],
      r"(?<![\d.,])200(?!\d)|two hundred",
      r"(?<![\d.,])40(?![\d.])|forty"),
    _case("quake-F4", "earthquake", "depth", True, [
        "KATHMANDU (AP) — A magnitude 5.7 earthquake struck western Nepal before dawn on "
        "Thursday, damaging dozens of mud-brick homes in the hill district of Jajarkot, "
        "officials said. Nepal's National Earthquake Monitoring and Research Center said the "
        "quake was shallow, at a depth of 10 km, which is why it was felt so strongly. Police "
        "said at least 14 people were injured. Army helicopters were sent to reach remote "
        "villages.",
        "Tremors from a 5.7-magnitude quake in western Nepal were felt in parts of Uttar "
        "Pradesh and Uttarakhand early on Thursday. The epicentre was in Jajarkot district, "
        "which was devastated by an earthquake two years ago. The quake struck at a depth of "
        "35 km, according to Nepal's National Earthquake Monitoring and Research Center. At "
        "least 14 people were hurt and dozens of homes were damaged, Nepali police said. "
        "Helicopters have been dispatched to remote areas.",
    ], None,
      r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])10(?![\d.])|6\.2 ?mi",
      r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])35(?![\d.])|21\.7 ?mi|22 ?mi"),
    _case("quake-F5", "earthquake", "casualty count conflict", True, [
        "LIMA (Reuters) — At least 14 people were killed when a magnitude 6.2 earthquake "
        "struck the southern Peruvian region of Arequipa on Tuesday, the national civil "
        "defence institute said. The quake, centred near the town of Chuquibamba, damaged "
        "adobe homes and blocked roads with landslides. More than 60 people were injured. "
        "Rescue teams were still searching collapsed houses in the district of Yanaquihua, "
        "officials said.",
        "Tuesday's 6.2-magnitude earthquake in southern Peru killed 27 people, according to "
        "the national civil defence institute, INDECI. The quake was centred near Chuquibamba "
        "in Arequipa. Landslides cut several roads, hampering the arrival of aid. More than "
        "60 people were injured, many of them in collapsed adobe houses.",
        "Civil defence officials said on Tuesday that 14 people had died in the earthquake in "
        "Arequipa, with more than 60 injured. The 6.2 quake's epicentre was close to "
        "Chuquibamba. Several roads were blocked by landslides. Advertisement Search teams "
        "were working in Yanaquihua district.",
    ], ["2025-06-17", "2025-06-17", "2025-06-17"],
      r"(?<![\d.])14(?![\d.])|fourteen",
      r"(?<![\d.])27(?![\d.])|twenty-seven"),
    _case("quake-F6", "earthquake", "control: later update", False, [
        "QUITO (AP) — A magnitude 5.8 earthquake shook southern Ecuador on Tuesday, killing "
        "at least three people and damaging homes and a church in the coastal province of El "
        "Oro, officials said. The quake was centred near the port city of Machala at a depth "
        "of 40 km, according to the Geophysical Institute. Firefighters were searching the "
        "rubble of a collapsed market building. President Daniel Noboa said the government "
        "would send aid.",
        "The death toll from Tuesday's magnitude 5.8 earthquake in El Oro province has risen "
        "to nine, Ecuador's risk management secretariat said on Thursday. Most of the victims "
        "were found in the ruins of a market in Machala, close to the epicentre. Rescuers "
        "ended their search on Thursday afternoon. The Geophysical Institute said the quake "
        "originated 40 km underground. Dozens of homes remain uninhabitable.",
    ], ["2025-03-04", "2025-03-06"]),
    _case("quake-F7", "earthquake", "control: miles, UTC day", False, [
        "TAIPEI (AP) — A magnitude 6.4 earthquake struck off the east coast of Taiwan at 7:05 "
        "a.m. local time on Monday, the Central Weather Administration said. The quake was "
        "centred in the sea about 30 km off Hualien county at a depth of 24 km. Buildings "
        "swayed in Taipei during the morning commute, but there were no immediate reports of "
        "damage. Train services in the east were briefly suspended.",
        "M6.4 off Hualien, Taiwan, at 23:05 UTC on Sunday. Depth roughly 15 miles; epicentre "
        "about 19 miles offshore. Shaking was strong along the east coast and moderate in "
        "Taipei. No damage reported so far. Taiwan Railway paused eastern services for "
        "inspections.",
    ]),
    _case("election-F1", "election", "vote share", True, [
        "SAN ANTONIO (AP) — Former city council member Maria Delgado was elected mayor of San "
        "Antonio on Tuesday, defeating businessman Greg Holloway in a runoff. Delgado won "
        "52.4% of the vote, according to unofficial results from the Bexar County Elections "
        "Department. Turnout was low, at about 18% of registered voters. She thanked "
        "volunteers at a rally downtown.",
        "Maria Delgado is San Antonio's next mayor. The former District 5 council member beat "
        "Greg Holloway in Tuesday's runoff with 54.2% of the vote, unofficial Bexar County "
        "results show. Only about 18% of registered voters cast ballots. 'This city chose to "
        "invest in its neighborhoods,' Delgado told supporters at a downtown rally. Holloway "
        "conceded shortly before 10 p.m.",
    ], ["2025-11-05", "2025-11-05"],
      r"(?<![\d.])52\.4(?!\d)",
      r"(?<![\d.])54\.2(?!\d)"),
    _case("election-F2", "election", "turnout", True, [
        "LISBON (Reuters) — Portugal's centre-right Democratic Alliance won Sunday's snap "
        "parliamentary election but again fell short of a majority, final results showed. The "
        "alliance took 91 of the 230 seats, while the Socialists and the far-right Chega "
        "party each won 58. Turnout was 64.4%. Prime Minister Luís Montenegro said he would "
        "seek to govern with a minority.",
        "Third election in three years, and the same inconclusive result for Portugal. Luís "
        "Montenegro's Democratic Alliance finished first on Sunday with 91 seats in the "
        "230-seat Assembly, well short of a majority. Chega tied the Socialists on 58 seats, "
        "a historic result for André Ventura's party. Turnout came in at 58.3%. Montenegro "
        "says he will try to govern alone again.",
    ], None,
      r"(?<![\d.])64\.4(?!\d)",
      r"(?<![\d.])58\.3(?!\d)"),
    _case("election-F3", "election", "winning margin", True, [
        "HARRISBURG, Pa. (AP) — Democrat Carla Jennings won a special election for a "
        "Pennsylvania state Senate seat on Tuesday in a Lancaster County district that "
        "President Donald Trump carried by 15 points in November. Jennings defeated "
        "Republican Dale Hursh by about 400 votes, according to unofficial results. The "
        "result narrows the Republican majority in the chamber to 27-23. Jennings, a school "
        "board member, campaigned on public school funding.",
        "Lancaster County's 36th Senate District has flipped. Democrat Carla Jennings, a "
        "school board member from Lititz, beat Republican Dale Hursh in Tuesday's special "
        "election by roughly 1,200 votes, unofficial returns show. Trump won the district by "
        "15 points last fall. Republicans still control the state Senate, 27-23. Jennings "
        "made school funding the center of her campaign.",
    ], ["2025-04-02", "2025-04-02"],
      r"(?<![\d.,])400(?!\d)|four hundred",
      r"(?<!\d)1,?200(?!\d)|1\.2 ?(thousand|k)"),
    _case("election-F4", "election", "candidate's former office", True, [
        "REYKJAVIK (Reuters) — Businesswoman Halla Tómasdóttir won Iceland's presidential "
        "election, official results showed on Sunday, beating a field of 12 candidates. "
        "Tómasdóttir took 34.1% of the vote. She will take office on August 1, succeeding "
        "Gudni Jóhannesson, who did not seek a third term. Her nearest rival, former prime "
        "minister Katrín Jakobsdóttir, conceded early on Sunday. The presidency is largely "
        "ceremonial, but the president can refer legislation to a referendum.",
        "Iceland has a new president-elect. Halla Tómasdóttir, an entrepreneur, finished "
        "first with 34.1 per cent in Saturday's vote, in a crowded race of 12 candidates. "
        "Gudni Jóhannesson, the outgoing president, chose not to run again after two terms. "
        "Katrín Jakobsdóttir, the former foreign minister, came second and conceded on Sunday "
        "morning. Tómasdóttir takes office on 1 August.",
    ], None,
      r"prime minister|\bpm\b|premier",
      r"foreign minister|foreign affairs"),
    _case("election-F5", "election", "date typo (year)", True, [
        "SANTIAGO (Reuters) — Communist Party candidate Jeannette Jara and far-right leader "
        "José Antonio Kast will face each other in a runoff for Chile's presidency after "
        "neither won a majority in Sunday's first round. Jara took 26.8% of the vote and Kast "
        "23.9%, with nearly all ballots counted. The second round will be held on December "
        "14, 2025. Voting is compulsory in Chile, and turnout was about 85%. The winner will "
        "take office in March.",
        "It will be Jara versus Kast. Chile's electoral service, Servel, said the runoff will "
        "take place on 14 December 3025, after the left's Jeannette Jara (26.8%) and the "
        "Republican Party's José Antonio Kast (23.9%) finished in the top two on Sunday. "
        "Compulsory voting pushed turnout to roughly 85 per cent. Analysts expect Kast to "
        "gather most of the votes of the other right-wing candidates. Related: Who is "
        "Jeannette Jara?",
    ], ["2025-11-17", "2025-11-17"],
      r"(?<!\d)2025(?!\d)|^(?!.*3025).*(december 14|14 december|dec\.? 14|12-14)",
      r"3025"),
    _case("election-F6", "election", "control: different parties", False, [
        "BERLIN — Germany's conservative CDU/CSU bloc won Sunday's federal election with "
        "28.6% of the vote, ahead of the far-right Alternative for Germany on 20.8%, "
        "preliminary official results showed. Chancellor Olaf Scholz's Social Democrats "
        "slumped to 16.4%, their worst result since the Second World War. The Greens took "
        "11.6%. Turnout was 82.5%, the highest since reunification. CDU leader Friedrich Merz "
        "said he aimed to form a government by Easter.",
        "Friedrich Merz is on course to become Germany's next chancellor. His Union bloc "
        "finished first with 28.6 per cent, with the AfD second on 20.8 per cent, doubling "
        "its 2021 score. The SPD of outgoing chancellor Olaf Scholz fell to 16.4 per cent. "
        "The Greens got 11.6 per cent, and the Left party 8.8 per cent. 82.5 per cent of "
        "eligible voters cast a ballot. Merz wants a coalition in place by Easter.",
    ]),
    _case("election-F7", "election", "control: rounding, names", False, [
        "OTTAWA (Reuters) — Prime Minister Mark Carney's Liberals won Monday's federal "
        "election but fell three seats short of a majority, Elections Canada results showed "
        "on Tuesday. The Liberals took 169 of 343 seats and 43.8% of the popular vote. The "
        "Conservatives, led by Pierre Poilievre, won 144 seats. Poilievre lost his own "
        "Ottawa-area seat of Carleton. Turnout was 68.7%.",
        "Mark Carney will stay on as prime minister after the Liberals won 169 seats, just "
        "shy of the 172 needed for a majority. The party took nearly 44 per cent of the vote, "
        "according to the federal elections agency. Pierre Poilievre's Conservatives finished "
        "with 144 seats, and Poilievre himself was defeated in Carleton. About 69 per cent of "
        "eligible voters turned out.",
        "Election night recap: Liberals 169, Conservatives 144. Carney falls short of a "
        "majority by three seats. Turnout about 69%. Poilievre loses Carleton. Liberal share "
        "of the vote: about 44%.",
    ]),
]
