"""Blind domain battery, part V (issue 11).

Part V, written by engineer V1 on 2026-12-06 (eleventh session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py V``.

Emphasis: disagreements that are not plain numbers (who, where, which, what outcome, order,
direction) plus some less common number and date kinds; controls with one person or place
described two correct ways, synonyms for one outcome and partial quotes of one statement.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "V", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-V1", "trade", "who led a delegation", True, [
        "GENEVA (Reuters) — Chinese Vice Premier He Lifeng led Beijing's delegation into a second "
        "day of talks with U.S. officials on Sunday, as the two sides tried to ease a tariff war "
        "that has choked off much of their bilateral trade. The American team was headed by "
        "Treasury Secretary Scott Bessent, accompanied by U.S. Trade Representative Jamieson "
        "Greer. Washington currently levies tariffs of 145% on many Chinese imports, and Beijing "
        "has hit back with duties of 125% on U.S. goods. The meetings took place at the residence "
        "of Switzerland's ambassador to the United Nations. \"The talks were candid and "
        "constructive,\" Bessent told reporters afterwards, adding that he would brief the "
        "president in the evening. Neither side issued a joint statement.",
        "China's top negotiator at the Geneva meetings, Commerce Minister Wang Wentao, sat down "
        "with US Treasury Secretary Scott Bessent and US Trade Representative Jamieson Greer for "
        "a second straight day on Sunday, Chinese state media reported.\nAdvertisement\nThe "
        "weekend session, hosted at the Swiss UN ambassador's residence, is the first "
        "face-to-face encounter between the two governments since the tariff escalation began. "
        "American duties on many Chinese products now stand at 145 per cent, while Beijing's "
        "counter-tariffs are 125 per cent. Bessent called the discussions \"candid and "
        "constructive\" and said he would report back to the president later. Economists "
        "cautioned that any breakthrough was likely to be a temporary truce rather than a "
        "comprehensive deal.",
    ], None, r"he lifeng|lifeng", r"wang wentao|wentao"),
    _case("trade-V2", "trade", "venue city", True, [
        "LONDON - Senior U.S. and Chinese officials resumed trade negotiations on Monday at "
        "Lancaster House, a 19th-century mansion a short walk from Buckingham Palace, in an "
        "effort to keep a fragile tariff truce from unravelling. Commerce Secretary Howard "
        "Lutnick joined Treasury Secretary Scott Bessent on the American side, while Vice Premier "
        "He Lifeng led China's team. Beijing's export controls on rare earth magnets were "
        "expected to dominate the agenda, officials said. The magnets are used in everything from "
        "electric cars to fighter jets.\nShare this article\nA White House economic adviser said "
        "on Sunday that Washington wanted \"a big handshake\" on the minerals. The talks were "
        "scheduled to continue into a second day.",
        "Washington and Beijing opened a fresh round of trade discussions in Stockholm on Monday, "
        "with China's restrictions on rare earth magnet exports at the top of the agenda. Vice "
        "Premier He Lifeng headed the Chinese negotiators, while Treasury Secretary Scott Bessent "
        "and Commerce Secretary Howard Lutnick represented the United States. The magnets, vital "
        "to car makers and defence contractors, have been in short supply since Beijing tightened "
        "licensing in the spring. Both delegations arrived at the venue shortly before noon and "
        "did not speak to journalists. Officials said the meetings could run into Tuesday.",
    ], ["2025-06-10", "2025-06-10"], r"london|lancaster", r"stockholm|swed"),
    _case("trade-V3", "trade", "which goods a concession covers", True, [
        "BEIJING (AP) — China will resume buying American soybeans, the commerce ministry said "
        "Thursday, in the clearest sign yet that the truce agreed by the two countries' leaders "
        "last month is taking hold. The ministry gave no volumes. Chinese purchases of the U.S. "
        "crop had shrunk to almost nothing after Beijing put a 10% retaliatory levy on a range of "
        "American farm goods in March. \"This is a step in the right direction, but farmers need "
        "to see ships loaded,\" said the head of an Iowa growers' group.\nRead more: What the "
        "tariff truce means for U.S. exporters\nThe announcement came a day after trade officials "
        "from both sides held a video call.",
        "China's Ministry of Commerce confirmed on Thursday that importers will be allowed to "
        "restart purchases of US sorghum, the first farm product to benefit from the truce struck "
        "by the two leaders last month. No tonnage was specified. Beijing imposed an extra 10 per "
        "cent duty on a range of American agricultural products in March and shipments collapsed "
        "soon afterwards. The statement followed a video call between trade officials on "
        "Wednesday. Grain traders in the US welcomed the move but said they would wait for actual "
        "orders before celebrating.",
    ], ["2025-11-06", "2025-11-06"], r"soy", r"sorghum"),
    _case("trade-V4", "trade", "outcome: deal vs no deal", True, [
        "Two days of U.S.-China trade talks in Stockholm ended on Tuesday with no deal on "
        "prolonging the pause on higher tariffs, leaving the final call to President Trump, U.S. "
        "officials said. Treasury Secretary Scott Bessent told reporters the meetings had been "
        "\"very constructive\" but that \"nothing is agreed until we speak with the president.\" "
        "The current 90-day truce, which lowered U.S. tariffs on Chinese goods to 30% and China's "
        "on American goods to 10%, runs until Aug. 12. China's trade negotiator Li Chenggang said "
        "both sides would keep working to preserve it.\nAdvertisement\nThe meetings were held at "
        "Rosenbad, the Swedish prime minister's office.",
        "STOCKHOLM - American and Chinese negotiators wrapped up two days of meetings in the "
        "Swedish capital on Tuesday having agreed to extend their 90-day tariff truce, according "
        "to Beijing's chief trade negotiator Li Chenggang. Under the truce, Washington's levies "
        "on Chinese imports were cut to 30 pct and Beijing's on US products to 10 pct; it had "
        "been due to lapse on August 12. US Treasury Secretary Scott Bessent described the talks "
        "as \"very constructive\". The venue was Rosenbad, seat of the Swedish government. Asian "
        "stock markets edged higher on the news.",
    ], None,
       r"\bno (deal|agreement)|without (a |an )?(deal|agreement)|nothing is agreed|not agreed",
       r"agreed to extend|(?<!no )extension agreed|\bextended\b"),
    _case("trade-V5", "trade", "ordinal: round of talks", True, [
        "MADRID — U.S. and Chinese officials sat down on Sunday for the fourth round of trade "
        "talks since the spring, this time at the Palacio de Santa Cruz, home of Spain's foreign "
        "ministry. The future of TikTok's American operations was high on the agenda, alongside "
        "Washington's complaints about Chinese purchases of Russian oil. Treasury Secretary Scott "
        "Bessent led the U.S. side and Vice Premier He Lifeng the Chinese. \"We are making "
        "progress,\" a U.S. official said during a break. A tariff truce between the two "
        "countries runs until November.",
        "The Spanish capital played host on Sunday to the fifth round of negotiations between "
        "Washington and Beijing since their trade war flared up again. The talks, held in the "
        "foreign ministry's Santa Cruz palace in central Madrid, brought together US Treasury "
        "chief Scott Bessent and Chinese Vice Premier He Lifeng. Officials said TikTok's US "
        "business and China's imports of Russian crude were among the thorniest topics. A truce "
        "on tariffs is in place until November. Spanish police closed several streets around the "
        "palace for the day.",
    ], ["2025-09-15", "2025-09-15"],
       r"fourth|4th|(?<![\d.])4(?![\d.])",
       r"fifth|5th|(?<![\d.])5(?![\d.])"),
    _case("trade-V6", "trade",
          "control: one person two descriptions, ministry named two ways", False, [
        "WASHINGTON - U.S. Trade Representative Jamieson Greer said on Wednesday that the 20% "
        "tariff imposed on Chinese goods over fentanyl would stay in place until Beijing delivers "
        "\"measurable results\" in curbing shipments of the chemicals used to make the drug. "
        "Greer made the remarks at a Senate Finance Committee hearing. China's Ministry of "
        "Commerce said in a statement that the levy was \"unjustified\" and urged Washington to "
        "remove it. Imports from China fell 12% in the first half of the year, according to "
        "Commerce Department data.",
        "America's top trade negotiator, Jamieson Greer, told senators on Wednesday that the 20 "
        "per cent \"fentanyl tariff\" on Chinese imports would remain until China produced "
        "\"measurable results\". Speaking before the Senate Finance Committee, the former trade "
        "lawyer did not say what those results would have to be.\nShare this article\nIn Beijing, "
        "the Chinese commerce ministry called the duty \"unjustified\" and asked the US side to "
        "lift it. The levy is separate from the broader tariffs the two countries imposed on each "
        "other during the spring.",
    ], None),
    _case("trade-V7", "trade", "control: district vs city, partial quote", False, [
        "LONDON (Reuters) — U.S. and Chinese negotiators agreed late on Tuesday on a framework to "
        "put their Geneva truce back on track, U.S. Commerce Secretary Howard Lutnick said after "
        "two days of talks at Lancaster House in the City of Westminster. \"We had two good days "
        "of talks and the framework is now in place, subject to the presidents' approval,\" "
        "Lutnick told reporters. China's Vice Commerce Minister Li Chenggang said the framework "
        "would be reported to the two leaders. Details on rare earth export licences were not "
        "released.",
        "Negotiators from Washington and Beijing emerged from almost 20 hours of talks spread "
        "over two days in central London with what US Commerce Secretary Howard Lutnick called a "
        "framework deal. \"The framework is now in place,\" Lutnick said, adding that it still "
        "needed sign-off from both presidents. Li Chenggang, China's vice commerce minister, said "
        "the plan would now go to the two leaders. The talks took place at Lancaster House. "
        "Neither side gave details on how rare earth export licences would be handled.",
    ], ["2025-06-11", "2025-06-11"]),
    _case("court-V1", "court", "outcome: upheld vs struck down", True, [
        "COLUMBUS, Ohio - The Ohio Supreme Court on Tuesday upheld a state law requiring social "
        "media platforms to obtain a parent's consent before letting anyone under 16 open an "
        "account. The 4-3 decision sided with Attorney General Dave Yost, who had defended the "
        "2023 measure against a challenge from NetChoice, a trade group representing tech "
        "companies. Writing for the majority, Justice Pat Fischer said the law regulated "
        "contracts with minors, not speech. NetChoice said it was reviewing the opinion. The law "
        "had been blocked since January 2024.",
        "Ohio's top court has struck down the state's parental-consent law for social media, "
        "siding with the tech industry group NetChoice in a 4-3 ruling released Tuesday.\n"
        "Advertisement\nThe 2023 law would have required platforms to get permission from a "
        "parent before anyone younger than 16 could sign up. Justice Pat Fischer wrote the "
        "majority opinion. Attorney General Dave Yost, whose office defended the law, said he was "
        "\"disappointed\". A lower court had blocked the measure in January 2024, and it never "
        "took effect.",
    ], None, r"uph[eo]ld|uphold|affirm", r"struck|strike|invalidat|overturn|unconstitutional"),
    _case("court-V2", "court", "who wrote the majority opinion", True, [
        "WASHINGTON (AP) - The Supreme Court ruled 6-3 on Thursday that police need a warrant "
        "before obtaining a month of a suspect's phone location records from a carrier, in a case "
        "from Virginia. Justice Elena Kagan wrote the majority opinion, joined by Chief Justice "
        "John Roberts and Justices Sotomayor, Gorsuch, Barrett and Jackson. Justice Samuel Alito "
        "wrote the main dissent, warning that the decision would \"hamstring ordinary "
        "investigations\". The ruling builds on a 2018 precedent that covered a shorter period of "
        "records.",
        "Police must get a warrant to collect weeks of cellphone location data, the Supreme Court "
        "ruled on Thursday in a 6-3 decision.\nRead more: The cases still pending before the "
        "court\nChief Justice John Roberts wrote for the majority, which also included Justices "
        "Sotomayor, Kagan, Gorsuch, Barrett and Jackson. The case arose from a robbery "
        "investigation in Virginia in which officers obtained a month of records without a "
        "warrant. In dissent, Justice Samuel Alito said the ruling would \"hamstring ordinary "
        "investigations\". Privacy groups welcomed the outcome.",
        "SCOTUS sided with privacy advocates on Thursday. In an opinion by Justice Elena Kagan, "
        "the court held 6-3 that a month of phone location records cannot be taken from a carrier "
        "without a warrant. Justices Alito, Thomas and Kavanaugh dissented. The Virginia man at "
        "the centre of the case will now get a new hearing on whether the evidence should be "
        "suppressed.",
    ], ["2026-06-26", "2026-06-26", "2026-06-26"], r"kagan", r"roberts"),
    _case("court-V3", "court", "count of justices in majority", True, [
        "The U.S. Supreme Court on Friday sided with a Colorado web designer in a dispute over a "
        "state licensing rule, ruling 6-3 that the state could not require her to hold a "
        "contractor's licence to build websites for small businesses. Justice Neil Gorsuch wrote "
        "for the court. Justice Sonia Sotomayor wrote the dissent. The designer, Maya Ortega of "
        "Pueblo, had been fined $2,500 by a state board in 2023. \"This is a win for every "
        "freelancer,\" her lawyer said on the courthouse steps. The board said it would comply.",
        "By a 5-4 vote, the justices ruled Friday that Colorado overstepped when a state board "
        "fined Pueblo web designer Maya Ortega $2,500 for working without a contractor's licence. "
        "Justice Neil Gorsuch authored the majority opinion, with Justice Sonia Sotomayor writing "
        "in dissent.\nShare this article\nOrtega's lawyer called the decision \"a win for every "
        "freelancer\". The Colorado board said in a statement that it would comply with the "
        "ruling.",
    ], None,
       r"6-3|6\u20133|6 ?to ?3|six(-| )to(-| )three|(?<![\d.])6(?![\d.])|\bsix\b",
       r"5-4|5\u20134|5 ?to ?4|five(-| )to(-| )four|(?<![\d.])5(?![\d.])|\bfive\b"),
    _case("court-V4", "court", "which appeals court", True, [
        "A federal appeals court on Tuesday revived a lawsuit by shrimpers accusing a chemical "
        "plant of polluting a bay, reversing a district judge who had thrown out the case. A "
        "three-judge panel of the 9th U.S. Circuit Court of Appeals said the fishermen had shown "
        "enough harm to sue under the Clean Water Act. Judge Marsha Berzon wrote the opinion. The "
        "plant's owner said it would consider asking the full court to rehear the case. The "
        "shrimpers are seeking $40 million.",
        "The shrimpers' case is back on. In a ruling published Tuesday, a panel of the Ninth "
        "Circuit did not agree with a lower court that had dismissed the suit, finding that the "
        "fishermen could pursue their Clean Water Act claims against the plant. Judge Marsha "
        "Berzon wrote for the panel. The fishermen want $40 million in damages for lost catches. "
        "The company is weighing a request for rehearing by the full court, a spokesperson said.",
        "NEW ORLEANS — The 5th U.S. Circuit Court of Appeals on Tuesday reinstated a Clean Water "
        "Act lawsuit brought by shrimpers against a chemical plant, overturning a district court "
        "dismissal. The opinion, by Judge Marsha Berzon, held that the fishermen had standing. "
        "The plaintiffs seek $40 million. The plant's owner said it may seek rehearing by the "
        "full court.",
    ], ["2026-02-03", "2026-02-04", "2026-02-03"], r"9th|ninth", r"5th|fifth"),
    _case("court-V5", "court", "date of a sentencing hearing", True, [
        "A federal jury in Boston on Wednesday convicted a former biotech executive of securities "
        "fraud for lying to investors about a failed drug trial. Rowan Pike, 52, was found guilty "
        "on all four counts after a two-week trial. U.S. District Judge Denise Casper set "
        "sentencing for June 18. Pike faces up to 20 years in prison on the most serious count. "
        "His lawyer said he would appeal. Prosecutors said investors lost about $90 million when "
        "the trial results became public.",
        "BOSTON - Former biotech boss Rowan Pike was convicted Wednesday on four counts of "
        "securities fraud. Jurors deliberated for about six hours before returning the verdict. "
        "Prosecutors said Pike hid the failure of a clinical trial from investors, who lost "
        "roughly $90 million when the truth came out. Judge Denise Casper scheduled sentencing "
        "for July 8. The most serious charge carries a maximum of 20 years. \"We will appeal,\" "
        "his attorney said outside the courthouse.",
    ], ["2026-03-12", "2026-03-12"], r"june 18|18 june|06-18", r"july 8|8 july|07-08"),
    _case("court-V6", "court", "control: struck down / invalidated / unconstitutional", False, [
        "The Montana Supreme Court on Thursday unanimously struck down a state law that banned "
        "drag performances in public libraries and schools, saying it violated the state "
        "constitution's free speech guarantee. Justice Laurie McKinnon wrote the opinion. The law "
        "was passed in 2023 and had been blocked by a district judge in Missoula. The state "
        "attorney general's office said it was reviewing the decision.",
        "HELENA (AP) — Montana's highest court has invalidated the state's 2023 ban on drag shows "
        "in public libraries and schools. In a 7-0 ruling issued Thursday, the justices found the "
        "law infringed free expression protected by the state constitution. Justice Laurie "
        "McKinnon authored the decision. A Missoula district court had earlier blocked the law.\n"
        "Advertisement",
        "A law barring drag performances from Montana's public schools and libraries is "
        "unconstitutional, the state Supreme Court ruled unanimously (7-0) on Thursday, upholding "
        "a lower court in Missoula. The opinion was written by Justice Laurie McKinnon. The "
        "attorney general's office said lawyers were reading the ruling. The ban had been passed "
        "by the legislature in 2023.",
    ], ["2026-05-15", "2026-05-15", "2026-05-15"]),
    _case("court-V7", "court",
          "control: judge described two ways, district vs city, two quotes", False, [
        "NEW YORK - A federal judge in Manhattan on Monday ordered the release of a Columbia "
        "University graduate student who had been detained by immigration agents for five weeks. "
        "U.S. District Judge Lorna Whitfield said the government had offered \"no evidence "
        "whatsoever\" that the student posed a danger. The Justice Department said it would "
        "appeal. The student, a 27-year-old from Jordan, is expected to be released by Tuesday.",
        "Judge Lorna Whitfield of the Southern District of New York, an Obama appointee, ordered "
        "immigration authorities on Monday to free a Columbia graduate student they had held for "
        "five weeks. \"The court cannot look away from what happened here,\" Whitfield wrote in a "
        "31-page opinion. The 27-year-old Jordanian national is due to walk free by Tuesday, his "
        "lawyers said. The Justice Department plans to appeal.",
    ], None),
    _case("cb-V1", "central bank", "direction: held vs cut", True, [
        "FRANKFURT (Reuters) — The European Central Bank kept its deposit rate unchanged at 2.00% "
        "on Thursday, saying inflation was close to its 2% target and the euro zone economy had "
        "proved resilient to U.S. tariffs. ECB President Christine Lagarde told a news conference "
        "that the bank was \"in a good place\". Staff projections put inflation at 2.1% this "
        "year. The euro rose slightly after the decision. Markets see little chance of a move "
        "before the spring.",
        "The ECB cut its deposit rate by a quarter point to 2% on Thursday, as policymakers "
        "sought to cushion the euro area from the hit of American tariffs.\nRead more: Euro zone "
        "inflation explained\nPresident Christine Lagarde said the bank was \"in a good place\" "
        "after the move. The central bank's staff now expect inflation of 2.1 per cent this year, "
        "close to the 2 per cent goal. The single currency edged up after the announcement.",
    ], None,
       r"held|\bhold|unchanged|steady|kept|pause",
       r"\bcut|lower|reduc|trim|quarter|(?<![\d.])25 ?(bp|basis)"),
    _case("cb-V2", "central bank", "who dissented", True, [
        "WASHINGTON - The Federal Reserve lowered interest rates by a quarter of a percentage "
        "point on Wednesday, to a range of 3.50%-3.75%, its third cut in a row. The vote was "
        "11-1, with Governor Christopher Waller dissenting in favour of a larger half-point "
        "reduction. Chair Jerome Powell said the labour market had \"cooled meaningfully\". "
        "Policymakers pencilled in one more cut next year, according to their median projection.",
        "The Fed delivered a third straight rate cut on Wednesday, trimming its benchmark range "
        "by 25 basis points to 3.5% to 3.75%. Governor Michelle Bowman was the lone dissenter, "
        "arguing for a bigger 50bp move. \"The labour market has cooled meaningfully,\" Powell "
        "said at his press conference. The median forecast of officials points to a single "
        "additional cut next year.\nAdvertisement\nStocks rose modestly after the announcement.",
        "Fed officials voted 11 to 1 to cut rates for a third meeting in a row, bringing the "
        "federal funds target to 3.50-3.75 per cent. The dissent came from Governor Christopher "
        "Waller, who wanted a half-point cut. Powell told reporters the jobs market had cooled "
        "meaningfully. Stocks rose modestly after the decision. The officials' median projection "
        "showed one more cut next year.",
    ], ["2025-12-11", "2025-12-11", "2025-12-11"], r"waller", r"bowman"),
    _case("cb-V3", "central bank", "speaker credited with a quote", True, [
        "LONDON — The Bank of England held Bank Rate at 4% on Thursday after its Monetary Policy "
        "Committee voted 5-4 to keep borrowing costs on hold. Inflation stands at 3.8%, almost "
        "double the 2% target. \"We are not on a pre-set path, and the next step will depend on "
        "the data,\" Governor Andrew Bailey told reporters at the bank's press conference. Four "
        "members wanted a cut to 3.75%. Sterling slipped against the dollar.",
        "Britain's central bank left its key rate at 4 per cent on Thursday in a knife-edge 5-4 "
        "vote, with four MPC members preferring a reduction to 3.75 per cent. \"We are not on a "
        "pre-set path, and the next step will depend on the data,\" Deputy Governor Sarah Breeden "
        "said at the press conference in Threadneedle Street. Consumer price inflation is running "
        "at 3.8 per cent, well above the BoE's 2 per cent goal. The pound weakened after the "
        "announcement.",
    ], None, r"bailey", r"breeden"),
    _case("cb-V4", "central bank", "weekday mismatch", True, [
        "TOKYO - The Bank of Japan raised its short-term policy rate to 0.75% on Friday, the "
        "highest in three decades, as wage growth held up and the weak yen pushed up import "
        "costs. The decision was unanimous. Governor Kazuo Ueda said the bank would keep raising "
        "rates if its outlook was realised. The yen weakened after the announcement, while "
        "Japanese government bond yields climbed.",
        "The BoJ lifted its benchmark rate from 0.5 per cent to 0.75 per cent on Thursday, taking "
        "borrowing costs to their highest level in 30 years. All nine board members backed the "
        "move. Governor Kazuo Ueda said further increases were possible if the economy performed "
        "as expected.\nShare this article\nThe yen fell against the dollar following the decision "
        "and yields on Japanese government bonds rose.",
    ], None, r"friday", r"thursday"),
    _case("cb-V5", "central bank", "date of the next meeting", True, [
        "SYDNEY — The Reserve Bank of Australia raised its cash rate by 25 basis points to 3.85% "
        "on Tuesday, its first increase since 2023, citing a pick-up in underlying inflation. "
        "Governor Michele Bullock said the board was \"not comfortable\" with how fast prices "
        "were rising. The next policy meeting is on March 16-17. The Australian dollar rose about "
        "half a cent.",
        "Australia's central bank lifted rates on Tuesday for the first time since 2023, taking "
        "the cash rate to 3.85 per cent. \"The board is not comfortable with the pace of price "
        "rises,\" Governor Michele Bullock told reporters in Sydney. The RBA board next meets on "
        "March 30-31, when updated forecasts will be published.\nRead more: What the rate rise "
        "means for mortgage holders\nThe Aussie dollar firmed after the decision.",
    ], ["2026-02-03", "2026-02-03"],
       r"march 16|16 march|march 17|16-17 march|03-16|03-17",
       r"march 30|30 march|march 31|30-31 march|03-30|03-31"),
    _case("cb-V6", "central bank", "control: bp vs pp, old and new rate", False, [
        "WASHINGTON (Reuters) - The Federal Reserve cut interest rates by a quarter of a "
        "percentage point on Wednesday, lowering the target range for its policy rate to "
        "4.00%-4.25% from 4.25%-4.50%, its first reduction since December. Chair Jerome Powell "
        "called it a \"risk management cut\" in response to a weakening job market. Newly "
        "appointed Governor Stephen Miran dissented, favouring a bigger move. U.S. stocks swung "
        "between gains and losses after the announcement.",
        "The US central bank lowered its benchmark rate by 25 basis points to a range of 4 per "
        "cent to 4.25 per cent, the first cut since last December. The range had previously been "
        "4.25 to 4.5 per cent. Stephen Miran, who joined the Fed board this week, was the sole "
        "dissenter and wanted a half-point cut.\nAdvertisement\nPowell described the decision as "
        "a risk-management cut.",
    ], ["2025-09-17", "2025-09-18"]),
    _case("cb-V7", "central bank",
          "control: one official's two unrelated quotes, names two ways", False, [
        "The European Central Bank left rates unchanged on Thursday, with its deposit rate "
        "staying at 2%. \"We are in a good place,\" ECB President Christine Lagarde said, "
        "referring to inflation, which is hovering near the bank's 2% target. The decision was "
        "widely expected by economists. Lagarde said the governing council had been unanimous.",
        "FRANKFURT — The euro zone's central bank kept borrowing costs on hold on Thursday, "
        "leaving the deposit rate at 2 per cent for a fourth straight meeting. \"Uncertainty "
        "around trade remains elevated,\" Lagarde told reporters, pointing to the risk that US "
        "tariffs could weigh on exports. The Frankfurt-based institution gave no signal about its "
        "next move. The decision was unanimous, Lagarde said.",
    ], None),
    _case("rocket-V1", "rocket", "outcome: booster landed vs lost", True, [
        "CAPE CANAVERAL, Fla. (AP) - Blue Origin's New Glenn rocket launched NASA's twin ESCAPADE "
        "probes toward Mars on Thursday, and this time the company's reusable first-stage booster "
        "landed on its recovery ship in the Atlantic about 10 minutes after liftoff. The rocket "
        "lifted off from Launch Complex 36 at 3:55 p.m. Jeff Bezos congratulated the team on "
        "social media. The two small spacecraft will spend a year near Earth before heading to "
        "Mars.",
        "New Glenn flew for the second time on Thursday, sending two NASA probes on the first leg "
        "of a journey to Mars. But the giant booster failed to land on the company's barge in the "
        "Atlantic and was lost, Blue Origin said.\nAdvertisement\nThe 321-foot rocket took off at "
        "3:55 p.m. EST from Launch Complex 36 at Cape Canaveral. NASA's ESCAPADE mission consists "
        "of two identical spacecraft that will loiter near Earth for about a year before "
        "departing for the red planet.",
        "Blue Origin said its New Glenn booster landed successfully on the ship Jacklyn on "
        "Thursday after launching NASA's ESCAPADE Mars mission from Cape Canaveral. Company "
        "founder Jeff Bezos posted his congratulations online. The booster touched down about 10 "
        "minutes after the 3:55 p.m. liftoff from Launch Complex 36. The two spacecraft will stay "
        "near Earth for a year before travelling on to Mars.",
    ], None, r"landed|landing succe|touched down|success", r"\blost|fail|crash|explod|destroy"),
    _case("rocket-V2", "rocket", "launch pad", True, [
        "A SpaceX Falcon 9 rocket lifted off at 5:01 a.m. EST on Friday from Launch Complex 39A "
        "at NASA's Kennedy Space Center in Florida, carrying four astronauts toward the "
        "International Space Station. The Crew Dragon capsule, named Endeavour, is due to dock on "
        "Saturday morning. The crew includes a NASA commander, a NASA pilot, a Japanese astronaut "
        "and a Russian cosmonaut. The booster returned to land at a landing zone near the coast "
        "about eight minutes after launch.",
        "Four astronauts are on their way to the ISS after a pre-dawn launch on Friday. Their "
        "Falcon 9 took off at 5:01 a.m. Eastern from Space Launch Complex 40 in Florida.\nRead "
        "more: Meet the crew\nThe Dragon spacecraft Endeavour will dock with the station on "
        "Saturday morning. Aboard are two NASA astronauts, one from Japan's JAXA and one "
        "Roscosmos cosmonaut. SpaceX brought the first stage back to a landing zone on the coast "
        "roughly eight minutes into the flight.",
    ], ["2026-02-13", "2026-02-13"], r"39 ?-?a\b|kennedy", r"(?<![\d.])40(?![\d.])|slc"),
    _case("rocket-V3", "rocket", "which rocket (model name)", True, [
        "BEIJING — Chinese private launch company LandSpace sent its Zhuque-3 rocket into orbit "
        "on its maiden flight on Wednesday, lifting off from the Jiuquan Satellite Launch Center "
        "in the Gobi Desert. The company attempted to recover the stainless-steel first stage on "
        "a landing pad, but the booster was destroyed shortly before touchdown, state media said. "
        "The second stage reached its planned orbit. LandSpace is one of several Chinese "
        "start-ups racing to build reusable rockets.",
        "LandSpace's Zhuque-2E reached orbit on Wednesday in its debut launch from Jiuquan in "
        "northwest China, Xinhua reported. An attempt to bring the first stage back to a landing "
        "pad did not succeed: the booster was destroyed just before touchdown. The upper stage "
        "reached its target orbit.\nShare this article\nAnalysts said the flight still marked "
        "progress for China's commercial space sector, which is trying to catch up with SpaceX in "
        "reusability.",
    ], ["2025-12-03", "2025-12-03"], r"zhuque-? ?3|zq-? ?3", r"zhuque-? ?2|zq-? ?2"),
    _case("rocket-V4", "rocket", "ordinal: which test flight", True, [
        "STARBASE, Texas - SpaceX's Starship completed its ninth test flight on Tuesday evening, "
        "deploying eight dummy Starlink satellites and splashing down in the Indian Ocean about "
        "an hour after launch. The Super Heavy booster also splashed down in the Gulf of Mexico "
        "as planned. Elon Musk called the flight \"a great day\". Previous flights this year "
        "ended with the upper stage breaking apart.",
        "It was the tenth flight test of Starship, and the first in months to go to plan. The "
        "ship released eight mock Starlink satellites before re-entering and splashing down in "
        "the Indian Ocean roughly one hour after lifting off from the company's South Texas base "
        "on Tuesday. The booster came down in the Gulf of Mexico as intended.\nAdvertisement\n"
        "\"Great day,\" Musk wrote on X.",
    ], None,
       r"ninth|9th|flight 9|(?<![\d.])9(?![\d.])",
       r"tenth|10th|flight 10|(?<![\d.])10(?![\d.])"),
    _case("rocket-V5", "rocket", "count of satellites", True, [
        "China launched 18 satellites for its Qianfan broadband constellation on Saturday aboard "
        "a Long March 6A rocket from the Taiyuan Satellite Launch Center in Shanxi province, the "
        "China Aerospace Science and Technology Corporation said. It was the sixth batch of "
        "Qianfan satellites sent into orbit. The network, backed by the Shanghai city government, "
        "is seen as a rival to SpaceX's Starlink. The rocket lifted off at 4:02 p.m. Beijing time.",
        "TAIYUAN - A Long March 6A lifted off from Taiyuan on Saturday carrying 16 Qianfan "
        "internet satellites, the sixth group for the Shanghai-backed megaconstellation. "
        "State-owned CASC declared the mission a success. The satellites were placed in a polar "
        "orbit. China plans to put thousands of such satellites in low Earth orbit to compete "
        "with Starlink.",
    ], ["2025-10-18", "2025-10-18"],
       r"(?<![\d.])18(?![\d.])|eighteen",
       r"(?<![\d.])16(?![\d.])|sixteen"),
    _case("rocket-V6", "rocket",
          "control: launch site at two precisions, company named two ways", False, [
        "A SpaceX Falcon 9 rocket launched 28 Starlink internet satellites from Cape Canaveral "
        "Space Force Station on Sunday night. The first-stage booster, flying for the 25th time, "
        "landed on the droneship A Shortfall of Gravitas in the Atlantic Ocean about eight and a "
        "half minutes after liftoff. It was SpaceX's 140th Falcon 9 mission of the year. More "
        "than 8,000 Starlink satellites are now in orbit.",
        "Elon Musk's rocket company added 28 more satellites to its Starlink network on Sunday "
        "night with a launch from Florida's Space Coast.\nRead more: How to see a launch from the "
        "beach\nThe booster, on its 25th flight, touched down on the droneship A Shortfall of "
        "Gravitas offshore. The company has now flown 140 Falcon 9 missions this year. Its "
        "constellation counts over 8,000 satellites in orbit.",
    ], None),
    _case("rocket-V7", "rocket", "control: clock time across zones, km vs miles", False, [
        "SpaceX launched its Starship rocket from Starbase, Texas, at 6:30 p.m. CDT on Tuesday. "
        "The ship reached a peak altitude of about 190 km before re-entering over the Indian "
        "Ocean, while the Super Heavy booster splashed down in the Gulf of Mexico. Company "
        "engineers cheered as the upper stage hit its target splashdown zone. SpaceX said it had "
        "met all its major test objectives.",
        "LONDON — Starship lifted off at 23:30 GMT on Tuesday from SpaceX's site in south Texas, "
        "climbing to roughly 118 miles above Earth before plunging back into the Indian Ocean. "
        "The booster made a controlled splashdown in the Gulf. The company said all major test "
        "objectives had been met. Thousands of spectators watched from nearby beaches.\nShare "
        "this article",
    ], ["2025-08-27", "2025-08-26"]),
    _case("rocket-V8", "rocket", "control: rounded clock time, descriptions two ways", False, [
        "Blue Origin's New Glenn rocket lifted off at 3:55 p.m. EST on Thursday from Cape "
        "Canaveral, carrying NASA's twin ESCAPADE spacecraft. The probes will study how the solar "
        "wind strips away the Martian atmosphere. The mission cost NASA under $80 million. It was "
        "only the second flight of the heavy-lift rocket.",
        "Jeff Bezos' space company launched a pair of small NASA Mars probes just before 4 p.m. "
        "Eastern time on Thursday. The ESCAPADE orbiters are designed to investigate how the "
        "solar wind erodes the atmosphere of Mars.\nAdvertisement\nNASA said the mission cost "
        "less than $80 million, cheap by planetary science standards. New Glenn was flying for "
        "only the second time.",
    ], None),
    _case("quake-V1", "earthquake", "epicentre town", True, [
        "ISTANBUL (Reuters) - A magnitude 6.1 earthquake struck western Turkey on Sunday evening, "
        "killing one person and injuring 29, the disaster agency AFAD said. The epicentre was in "
        "Sindirgi, a town in Balikesir province, at a depth of about 11 km. Several old buildings "
        "collapsed and the tremor was felt in Istanbul and Izmir. Interior Minister Ali Yerlikaya "
        "said search and rescue teams had been sent to the area.",
        "A 6.1-magnitude quake centred on the town of Bigadic in Balikesir province shook western "
        "Turkey on Sunday, leaving one dead and 29 injured, according to AFAD.\nAdvertisement\n"
        "The shallow tremor, about 11 kilometres deep, brought down a number of older buildings "
        "and was felt as far away as Istanbul and Izmir. Rescue crews were dispatched, Interior "
        "Minister Ali Yerlikaya said. Aftershocks continued through the night.",
        "Residents of Sindirgi spent the night outdoors after Sunday's magnitude 6.1 earthquake. "
        "One person died and 29 were hurt, AFAD said. The quake was centred in the town at a "
        "depth of about 11 km. Several older buildings collapsed, and Interior Minister Ali "
        "Yerlikaya said rescue teams had been sent.",
    ], None, r"s[i\u0131]nd[i\u0131]rg[i\u0131]", r"b[i\u0131]gad[i\u0131][c\u00e7]"),
    _case("quake-V2", "earthquake", "count of aftershocks", True, [
        "A magnitude 6.3 earthquake shook southern Peru early on Sunday, damaging adobe homes in "
        "several Andean villages, the Geophysical Institute of Peru said. No deaths were "
        "reported. By Sunday evening the institute had recorded more than 40 aftershocks, the "
        "largest of magnitude 4.8. Schools in the region will stay closed on Monday.",
        "LIMA — Southern Peru was jolted by a magnitude 6.3 quake on Sunday morning. Adobe houses "
        "were damaged in mountain villages but no one was killed, officials said. The Geophysical "
        "Institute counted more than 140 aftershocks by Sunday evening, the strongest measuring "
        "4.8.\nRead more: Why Peru is prone to earthquakes\nAuthorities said classes in the area "
        "would be suspended on Monday.",
    ], ["2025-08-11", "2025-08-11"], r"(?<![\d.])40(?![\d.])|forty", r"(?<![\d.])140(?![\d.])"),
    _case("quake-V3", "earthquake", "which alert: tsunami advisory vs warning", True, [
        "TOKYO - A magnitude 6.7 earthquake struck off the coast of Iwate prefecture on Sunday "
        "afternoon, and the Japan Meteorological Agency issued a tsunami advisory for the "
        "prefecture's Pacific coast. A wave of 20 centimetres was observed at Kuji port. Local "
        "officials said they had found no damage. The advisory was lifted about three hours "
        "later. East Japan Railway briefly halted some bullet train services.",
        "Japan's weather agency put out a tsunami warning for the coast of Iwate after a "
        "magnitude 6.7 quake hit offshore on Sunday afternoon. A 20cm wave reached Kuji port.\n"
        "Share this article\nNo damage was immediately reported. JR East suspended some "
        "shinkansen services for a time. The alert was lifted around three hours after the quake.",
    ], ["2025-11-09", "2025-11-09"], r"advisor", r"warning"),
    _case("quake-V4", "earthquake", "title of an official", True, [
        "KABUL (AP) — The death toll from a magnitude 5.9 earthquake in eastern Afghanistan rose "
        "to 812 on Monday, with about 2,800 people injured, said Sharafat Zaman, the spokesman "
        "for the Health Ministry. The quake struck late Sunday near the city of Jalalabad, "
        "flattening mud-brick homes in remote villages of Kunar province. Aid agencies warned "
        "that landslides had blocked roads to the worst-hit areas. The Taliban government "
        "appealed for international help.",
        "At least 812 people were killed and around 2,800 injured when a 5.9-magnitude earthquake "
        "struck eastern Afghanistan late on Sunday, according to Interior Ministry spokesman "
        "Sharafat Zaman.\nAdvertisement\nMost of the victims were in Kunar province, where "
        "mud-brick houses collapsed. The epicentre was near Jalalabad. Landslides cut off "
        "mountain roads, hampering relief efforts, the UN said.",
    ], None, r"health", r"interior"),
    _case("quake-V5", "earthquake", "order of events: foreshock vs aftershock", True, [
        "A strong earthquake of magnitude 6.4 hit the Greek island of Crete on Wednesday, sending "
        "residents into the streets in Heraklion. Hours before the main shock, a magnitude 5.3 "
        "foreshock had rattled the same area, prompting some families to sleep in their cars. The "
        "main quake was centred at sea, about 60 km south of the island, at a depth of 35 km. No "
        "injuries were reported.",
        "Crete was shaken by a magnitude 6.4 earthquake on Wednesday, with its epicentre offshore "
        "some 60 kilometres south of the island and 35 km deep. Hours after the main shock, a "
        "magnitude 5.3 aftershock struck the same area, sending people in Heraklion out of their "
        "homes again. No one was hurt, the civil protection agency said. Schools on the island "
        "stayed open.",
    ], None, r"foreshock|before|preced", r"aftershock|after|follow"),
    _case("quake-V6", "earthquake", "control: km vs miles, rounded magnitude", False, [
        "A magnitude 5.2 earthquake struck near Julian in San Diego County on Monday morning, the "
        "U.S. Geological Survey said. The quake was centred about 14 miles southeast of the town "
        "at a depth of about 6 miles. It was felt across Southern California, but there were no "
        "reports of serious damage.",
        "SAN DIEGO - A quake of around magnitude 5 rattled Southern California on Monday morning. "
        "The USGS placed the epicentre roughly 23 km southeast of Julian, about 10 km below the "
        "surface.\nAdvertisement\nNo serious damage was reported. Residents said items fell from "
        "shelves in Julian.",
    ], None),
    _case("quake-V7", "earthquake", "control: same moment on different calendar days", False, [
        "TOKYO — A magnitude 6.2 earthquake struck off the coast of Chiba prefecture at 12:37 "
        "a.m. on Tuesday, Jan. 13, the Japan Meteorological Agency said. No tsunami was expected. "
        "Trains on several lines in the Tokyo area were briefly halted for safety checks. The "
        "quake was centred at a depth of about 40 km. No injuries were reported.",
        "A 6.2-magnitude earthquake hit off Japan's Chiba prefecture at 10:37 a.m. ET on Monday "
        "(15:37 GMT), Japan's meteorological agency reported. Officials said there was no risk of "
        "a tsunami. Some rail services around Tokyo stopped briefly for inspections. The quake's "
        "depth was roughly 40 kilometres. There were no reports of injuries.",
    ], ["2026-01-13", "2026-01-12"]),
    _case("quake-V8", "earthquake", "control: toll updated next day, district vs city", False, [
        "A magnitude 6.2 earthquake centred in the Sea of Marmara off Istanbul's Silivri district "
        "shook Turkey's largest city on Wednesday. Three people were killed, the Interior "
        "Ministry said, and hundreds were hurt jumping from buildings in panic. Schools were "
        "closed for two days. Officials urged people not to enter damaged buildings.",
        "ISTANBUL - The death toll from Wednesday's magnitude 6.2 earthquake off Istanbul has "
        "risen to five, officials said on Thursday, after two people injured in the quake died in "
        "hospital. The tremor, centred under the Sea of Marmara, sent thousands of residents into "
        "parks and streets for the night. Schools remained closed, and authorities told residents "
        "to stay out of damaged buildings.\nRead more: Is Istanbul ready for the big one?",
    ], ["2026-04-22", "2026-04-23"]),
    _case("election-V1", "election", "which party won a seat", True, [
        "The Liberal Democrats won the Hexley and Marsh by-election early on Friday, taking the "
        "seat from the Conservatives with a majority of 1,204. Turnout was 38%. The by-election "
        "was called after the sitting Tory MP stepped down for health reasons. Labour came a "
        "distant fourth. Party leader Sir Ed Davey said the result was \"a political earthquake\" "
        "in a seat the Conservatives had held for more than a century.",
        "Reform UK has won the Hexley and Marsh by-election, overturning more than a hundred "
        "years of Conservative control with a majority of 1,204.\nAdvertisement\nThe count "
        "finished in the early hours of Friday on a turnout of 38 per cent. The contest was "
        "triggered when the Tory MP resigned on health grounds. Labour's candidate finished "
        "fourth.",
    ], None, r"liberal democrat|lib ?dem", r"reform"),
    _case("election-V2", "election", "turnout percentage", True, [
        "LJUBLJANA (Reuters) — Slovenia's centre-right opposition won the most votes in Sunday's "
        "parliamentary election with 34.1%, the electoral commission said, ahead of the ruling "
        "liberal party on 22.9%. Turnout was 68.4%, up from the previous election. Coalition "
        "talks are expected to take weeks. \"Slovenia has chosen change,\" the opposition leader "
        "told supporters in the capital.",
        "Turnout in Slovenia's general election reached 64.8 per cent, the state electoral "
        "commission said on Monday as it published near-final results.\nShare this article\nThe "
        "conservative opposition took 34.1 per cent, with the governing liberals second on 22.9 "
        "per cent. Forming a government could take several weeks of negotiations. The opposition "
        "leader declared that \"Slovenia has chosen change\".",
    ], ["2026-03-23", "2026-03-23"], r"68[.,]4", r"64[.,]8"),
    _case("election-V3", "election", "who finished second", True, [
        "Ana Ferreira, a former health minister, was elected mayor of Porto on Sunday with 41% of "
        "the vote. Carlos Mendes, the centre-right candidate, finished second. Ferreira promised "
        "to tackle the city's housing shortage in her first hundred days. Turnout was just over "
        "half of registered voters.",
        "PORTO - Socialist Ana Ferreira won the race for mayor with 41 per cent on Sunday night, "
        "while independent Rui Tavares came in second place.\nAdvertisement\nFerreira, who once "
        "served as health minister, said housing would be her priority in her first 100 days in "
        "office. Slightly more than half of voters cast a ballot. The centre-right had run the "
        "city for the previous 12 years.",
    ], None, r"mendes", r"tavares"),
    _case("election-V4", "election", "seat count", True, [
        "The ruling Social Democrats won 34 of the 101 seats in Sunday's election, the central "
        "election commission said, making them the largest party but short of a majority. The "
        "nationalist opposition finished second. Prime Minister Elena Voicu said she would begin "
        "talks with smaller parties on Monday. Turnout was 52%.",
        "CHISINAU — With all ballots counted, Elena Voicu's Social Democrats took 37 seats in the "
        "101-member parliament, the election commission said on Monday. They remain the biggest "
        "party, but without a majority. The nationalists came second. Voicu said coalition talks "
        "would begin at once. About 52 per cent of voters took part.",
        "Prime Minister Elena Voicu's party emerged with 34 seats and will need coalition "
        "partners to govern, according to official results. The nationalist opposition came "
        "second. Voicu said talks with smaller parties would start on Monday. Turnout was 52 per "
        "cent.",
    ], ["2026-03-09", "2026-03-09", "2026-03-09"],
       r"(?<![\d.])34(?![\d.])|thirty-four",
       r"(?<![\d.])37(?![\d.])|thirty-seven"),
    _case("election-V5", "election", "speaker credited with a quote", True, [
        "OSLO - Labour leader Marta Lindqvist claimed victory in Norway's parliamentary election "
        "on Monday night as her party took 28% of the vote. \"Tonight the country chose stability "
        "over adventure,\" Lindqvist told cheering supporters at the party's election night venue "
        "in Oslo. The Progress Party came second. Turnout was about 79%.",
        "Norway's Labour Party emerged as the largest party with 28 per cent in Monday's "
        "election. \"Tonight the country chose stability over adventure,\" said Erik Halvorsen, "
        "the party's campaign chief, as results came in at the election night venue in Oslo.\n"
        "Read more: Norway's election in charts\nThe Progress Party finished in second place. "
        "About 79 per cent of voters took part.",
    ], None, r"lindqvist", r"halvorsen"),
    _case("election-V6", "election",
          "control: shares of different parties, margin in points", False, [
        "Kosovo's ruling Vetevendosje party won 41.3% of the vote in Sunday's snap election, "
        "ahead of the Democratic Party of Kosovo on 35.2%, preliminary results showed. The "
        "Democratic League came third with 13.8%. Turnout was 42%. Prime Minister Albin Kurti's "
        "party is still short of a majority in the 120-seat assembly.",
        "PRISTINA — Vetevendosje came first in Sunday's early election, finishing 6.1 percentage "
        "points ahead of its main rival, the Democratic Party of Kosovo, according to preliminary "
        "figures. The ruling party took 41.3 per cent and the PDK 35.2 per cent.\nAdvertisement\n"
        "The LDK was third on 13.8 per cent. Around 42 per cent of voters cast ballots.",
    ], ["2025-12-29", "2025-12-29"]),
    _case("election-V7", "election",
          "control: one person described two ways, partial quote", False, [
        "Catherine Connolly was elected President of Ireland on Saturday with 63% of the vote. "
        "\"I will be a president who listens, who reflects and who speaks when it's necessary,\" "
        "Connolly said in her acceptance speech at Dublin Castle. She will be inaugurated next "
        "month. She defeated Fine Gael's Heather Humphreys.",
        "DUBLIN - The 68-year-old independent TD for Galway West won Ireland's presidential "
        "election on Saturday, taking 63.4 per cent of the vote. Connolly promised to be a "
        "president \"who listens\" and \"who speaks when it's necessary\" in a speech at Dublin "
        "Castle.\nShare this article\nShe takes office next month. Her only rival, Heather "
        "Humphreys of Fine Gael, conceded on Saturday afternoon.",
    ], ["2025-10-26", "2025-10-26"]),
]
