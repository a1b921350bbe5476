"""Blind battery of disagreements in the hidden check's domains, part D (issue 11).

Part D, written by engineer D1 on 2026-12-05 (ninth session) without reading the reconcile
rules or other parts, before any run; scored with ``bench/bench_domain_battery.py D``. Held
out at its first two runs (13 of 30 found, no control reported), then read: a training part
since (docs/benchmarks.md, "Where the session ended", ninth session).

Each case gives the texts of two or three reports of one event (written from scratch in the
style of scraped web news: datelines, web debris, varied spelling), optional publication
dates, and whether Storyline must report a disagreement. A must-report case plants exactly
one genuine disagreement; ``a`` and ``b`` are regexes (``re.search`` on the lower-cased value
string) for its two sides. A control tells the same facts differently and must report
nothing.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "D", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------ trade
    _case("trade-D1", "trade", "duration", True, [
        "GENEVA (Reuters) - Senior U.S. and Chinese negotiators wrapped up a second day of "
        "closed-door talks in Geneva on Sunday after a session that ran for nearly six hours, "
        "according to two people briefed on the meeting.\n\nThe discussions, hosted at the "
        "residence of the Swiss ambassador to the United Nations, centred on the punishing "
        "tariffs the two economies have traded since April. Treasury Secretary Daniel Whitcomb "
        "told reporters on his way out that \"substantial progress\" had been made, but declined "
        "to give details.\n\nChina's team was led by Vice Premier Liu Wenbo. Washington currently "
        "charges a 145% duty on most Chinese imports, while Beijing has answered with a 125% levy "
        "on American goods.\n\nBoth delegations said more information would be released on Monday.",
        "U.S. and Chinese officials said they had narrowed their differences after a second round "
        "of tariff talks in Geneva on Sunday.\n\nAdvertisement\n\nSunday's session lasted about "
        "four hours, a member of the Chinese delegation told state broadcaster CCTV, following a "
        "lengthy first day of meetings on Saturday. \"The talks were candid, in-depth and "
        "constructive,\" Vice Premier Liu Wenbo said afterwards.\n\nThe American side was headed "
        "by Treasury Secretary Daniel Whitcomb, who described the progress as substantial. The "
        "stakes are high: the United States has stacked tariffs of 145 percent on most goods from "
        "China, and Beijing has retaliated with duties of 125 percent, choking off much of the "
        "trade between the two.\n\nOfficials from both countries said a fuller statement would "
        "follow on Monday. Share this article",
    ], None,
          r"(?<![\d.])6 ?(hours?|hrs?|h\b)|six hours|360 ?min",
          r"(?<![\d.])4 ?(hours?|hrs?|h\b)|four hours|240 ?min"),
    _case("trade-D2", "trade", "clock time across zones", True, [
        "LONDON, June 9 (Xinhua) -- A new round of China-U.S. economic and trade consultations "
        "opened at 6 p.m. Beijing time on Monday at Lancaster House in London.\n\nThe Chinese "
        "delegation is led by Vice Premier Liu Wenbo, who is also the Chinese lead person for "
        "China-U.S. economic and trade affairs. The meeting is the first under the consultation "
        "mechanism agreed last month and follows a phone call between the two heads of state on "
        "Thursday.\n\nBoth sides will exchange views on implementing the consensus reached during "
        "that call, according to the Ministry of Commerce.",
        "Top U.S. and Chinese officials sat down in London on Monday for talks aimed at shoring "
        "up a fragile truce in their trade war, with Beijing's curbs on rare earth exports high "
        "on the agenda.\n\nThe meeting at Lancaster House, a Georgian mansion a short walk from "
        "Buckingham Palace, got under way at about 10 a.m. local time, according to a pool "
        "reporter at the scene. Commerce Secretary Howard Lutz and Trade Representative Marisa "
        "Calloway joined Treasury Secretary Daniel Whitcomb on the American side.\n\nThe session "
        "comes four days after a 90-minute phone call between the two presidents, which the White "
        "House described as \"very positive\". Britain is not taking part in the negotiations.\n\n"
        "Read more: What rare earths are and why they matter",
    ], ["2025-06-09", "2025-06-09"],
          r"(?<![\d:])6(:00)? ?p\.?m|(?<![\d:])18[:.]00",
          r"(?<![\d:])10(:00)? ?a\.?m|(?<![\d:])10[:.]00"),
    _case("trade-D3", "trade", "percent vs percentage points", True, [
        "WASHINGTON - The White House on Friday released a fact sheet on the trade truce struck "
        "with Beijing this week, listing the concessions it says China has made on soybeans, rare "
        "earths and fentanyl precursors.\n\nIn return, Washington will halve the tariff it "
        "imposed over fentanyl trafficking. Administration officials said the move trims the "
        "average U.S. tariff on Chinese imports by 10 percentage points.\n\nChina has committed "
        "to buy 12 million metric tons of American soybeans before the end of the year, the "
        "document says. \"This is a historic win for farmers,\" the fact sheet quoted the "
        "agriculture secretary as saying.\n\nBeijing's commerce ministry confirmed the soybean "
        "commitment but has not commented on the tariff figures.",
        "The trade truce between Washington and Beijing will cut the average U.S. tariff on "
        "Chinese goods by 10%, according to a White House fact sheet published Friday.\n\nThe "
        "document sets out what each side agreed when the two leaders met in South Korea on "
        "Thursday. The biggest change on the American side is halving the so-called fentanyl "
        "tariff. China, for its part, will buy 12 million metric tons of U.S. soybeans by the end "
        "of the year and pause its latest controls on rare earth exports for a year.\n\nStory "
        "continues below advertisement\n\nFarm groups welcomed the soybean pledge but said they "
        "wanted to see the purchases on paper.",
    ], None,
          r"(?<![\d.])10 ?(percentage[- ]points?|pp\b|pts?\b|points?\b)|ten percentage points?",
          r"(?<![\d.])10 ?(%|percent|per cent|pct)(?!age| ?points?)|ten (percent|per cent)(?!age)"),
    _case("trade-D4", "trade", "delegation leader", True, [
        "KUALA LUMPUR (AP) — American and Chinese trade negotiators met for a second straight day "
        "on Sunday on the sidelines of the ASEAN summit in the Malaysian capital, trying to lay "
        "the groundwork for a meeting between their leaders later this week.\n\nThe Chinese "
        "delegation was led by Vice Premier Liu Wenbo, Beijing's top economic official. Treasury "
        "Secretary Daniel Whitcomb and Trade Representative Marisa Calloway headed the U.S. "
        "team.\n\nWhitcomb told reporters the two sides had \"a very substantial framework\" for "
        "the leaders to review. Topics included export controls, port fees on ships and the "
        "extension of a tariff pause that is due to lapse on Nov. 10.",
        "China and the United States have reached a \"preliminary consensus\" on a range of trade "
        "disputes after two days of talks in Kuala Lumpur, Chinese officials said on Sunday.\n\n"
        "Vice Premier Zhao Heming, who led Beijing's negotiating team, described the discussions "
        "as \"candid and in-depth\". Chinese trade envoy Li Chenggang told reporters the two "
        "sides would now complete their internal approval procedures.\n\nOn the U.S. side, "
        "Treasury Secretary Daniel Whitcomb and Trade Representative Marisa Calloway took part. "
        "The talks covered export controls, shipping fees and the tariff truce that expires on "
        "November 10.\n\nAdvertisement\n\nThe two presidents are expected to meet in South Korea "
        "on Thursday.",
    ], ["2025-10-26", "2025-10-26"],
          r"wenbo",
          r"heming"),
    _case("trade-D5", "trade", "length of tariff pause", True, [
        "WASHINGTON (Reuters) - President Trump on Monday signed an executive order extending the "
        "pause on higher tariffs on Chinese goods for another 90 days, hours before the truce was "
        "due to expire.\n\nWithout the extension, U.S. duties on Chinese imports would have "
        "snapped back to triple-digit levels. The White House said talks with Beijing on a "
        "broader deal were continuing.\n\nChina's commerce ministry issued a parallel statement "
        "saying it would keep its own suspension in place for the same period. Markets in Asia "
        "rose modestly on the news.",
        "Trump extends China tariff truce\n\nThe US has extended its tariff truce with China by "
        "60 days, the White House announced late on Monday, averting a return to triple-digit "
        "levies that had been due to kick in at midnight.\n\nBeijing said in a statement of its "
        "own that it would mirror the move. The two countries have held several rounds of "
        "negotiations since the spring, in Geneva, London and Stockholm.\n\n\"We're getting along "
        "very well with China,\" Mr Trump told reporters at the White House. Subscribe to our "
        "newsletter for the latest trade news.",
        "The China tariff clock has been reset, again. In an order signed Monday, the president "
        "pushed the deadline back by ninety days, and the commerce ministry in Beijing promptly "
        "said China would do likewise. For importers that means another three months of the "
        "current 30% baseline rather than the punitive rates threatened in April. Whether anyone "
        "uses the time to strike a lasting deal is another question.",
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
          r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three[- ]months?|(?<![\d.])3[- ]months?",
          r"(?<![\d.])60[- ]?days?|sixty[- ]days?|two[- ]months?|(?<![\d.])2[- ]months?"),
    _case("trade-D6", "trade", "venue at different precision", True, [
        "STOCKHOLM — U.S. and Chinese negotiators began two days of talks in the Swedish capital "
        "on Monday, meeting at Rosenbad, the seat of the Swedish government, overlooking the "
        "Norrstrom river.\n\nThe discussions are the third round since May and are expected to "
        "focus on extending the tariff truce that expires on Aug. 12. Treasury Secretary Daniel "
        "Whitcomb led the American delegation; Vice Premier Liu Wenbo headed China's.\n\nSweden "
        "is acting as host but not as a mediator, a foreign ministry official said. Share this "
        "article",
        "Tariff talks open in Stockholm\n\nChinese and US officials met on Monday at Sager House, "
        "the Swedish prime minister's official residence, for the start of two days of trade "
        "negotiations.\n\nThe American side is led by Treasury Secretary Daniel Whitcomb and "
        "China's by Vice Premier Liu Wenbo. Analysts expect the two countries to prolong a truce "
        "that is due to run out on 12 August, though a broader agreement looks distant.\n\n\"We "
        "are not expecting a breakthrough this week,\" said one European diplomat. The Swedish "
        "foreign ministry said its role was limited to providing the venue.",
    ], None,
          r"rosenbad",
          r"sager"),
    _case("trade-D7", "trade", "control: ministry named two ways", False, [
        "BEIJING (Reuters) - China's Ministry of Commerce said on Wednesday it would suspend for "
        "one year the additional 24% tariff on U.S. goods, while keeping a 10% levy in place, "
        "following last week's meeting between the two countries' leaders.\n\nThe ministry also "
        "said it would lift retaliatory tariffs of up to 15% on some American farm products from "
        "Nov. 10. The moves mirror steps announced by the White House.\n\n\"Both sides should "
        "work together to implement the consensus,\" a ministry spokesperson told a regular "
        "briefing.",
        "China will suspend an extra 24 percent tariff on American imports for a year and retain "
        "a 10 percent duty, the commerce ministry in Beijing announced Wednesday.\n\n"
        "Advertisement\n\nMOFCOM added that levies of as much as 15 percent on certain U.S. "
        "agricultural goods would be removed starting November 10. The announcement follows the "
        "leaders' summit in South Korea last week.\n\nSeparately, the ministry's spokesperson "
        "said the measures showed Beijing's \"sincerity\" and urged Washington to honour its side "
        "of the bargain.",
    ], ["2025-11-06", "2025-11-06"]),
    _case("trade-D8", "trade", "control: old and new tariff rates", False, [
        "GENEVA — The United States and China agreed on Monday to roll back most of the tariffs "
        "they imposed on each other in April, for an initial 90 days.\n\nUnder the deal, "
        "Washington will lower its 145% tariff on Chinese goods to 30%, and Beijing will cut its "
        "125% duty on American products to 10%. The reductions take effect by May 14, according "
        "to a joint statement.\n\n\"The consensus from both delegations is that neither side "
        "wants a decoupling,\" Treasury Secretary Daniel Whitcomb said at a news conference.",
        "Markets surged after the world's two largest economies announced a 90-day truce in their "
        "trade war. The U.S. levy on most Chinese imports drops from 145 percent to 30 percent, "
        "while China's tariff on U.S. goods falls from 125 percent to 10 percent.\n\nRead more: "
        "Five things to know about the Geneva deal\n\nThe S&P 500 closed more than 3% higher on "
        "Monday. Analysts cautioned that 30 percent remains far above the tariff levels of a year "
        "ago.",
        "Explainer: what changes on May 14? The headline tariff on Chinese goods falls to 30% "
        "from 145%; that 30% is made up of a 10% baseline plus a 20% fentanyl-related duty. "
        "China's rate on American goods goes down to 10% from 125%. The pause lasts 90 days, "
        "during which the two governments will keep talking.",
    ], None),
    # ------------------------------ court
    _case("court-D1", "court", "majority size (vote split)", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday limited the power of individual federal "
        "judges to block government policies nationwide, handing the administration a major "
        "procedural victory in a 6-3 ruling.\n\nJustice Amy Coney Barrett wrote the majority "
        "opinion, which held that orders covering the whole country go beyond the authority "
        "Congress has given the lower courts. The case arose from challenges to an executive "
        "order on birthright citizenship, although the justices did not rule on whether the order "
        "itself is lawful.\n\nThe decision means the order cannot take effect for 30 days. "
        "Justice Sonia Sotomayor read part of her dissent from the bench.",
        "Supreme Court curbs nationwide injunctions\n\nIn a 5-4 decision issued Friday, the "
        "justices sharply restricted the ability of lower-court judges to freeze federal policies "
        "across the entire country.\n\nThe majority opinion, by Justice Amy Coney Barrett, does "
        "not decide whether the president's birthright citizenship order is constitutional; it "
        "addresses only how far a single judge's order can reach. The administration may not "
        "enforce the order for 30 days.\n\nAdvertisement\n\nSotomayor, reading from her dissent "
        "in the courtroom, called the ruling \"an open invitation to ignore the Constitution.\" "
        "Civil rights groups said they would file class actions instead.",
    ], ["2025-06-27", "2025-06-27"],
          r"(?<![\d.])6 ?[-–—]+ ?3(?![\d.])|6 to 3|six[- ]to[- ]three|six justices|6 justices",
          r"(?<![\d.])5 ?[-–—]+ ?4(?![\d.])|5 to 4|five[- ]to[- ]four|five justices|5 justices"),
    _case("court-D2", "court", "author of the dissent", True, [
        "LANSING, Mich. — The Michigan Supreme Court ruled 4-3 on Thursday that the state's "
        "minimum wage increase must take effect as originally scheduled, a defeat for business "
        "groups that had sought a delay.\n\nJustice Maren Holloway wrote the dissent, joined by "
        "two colleagues, arguing that the majority had \"rewritten a statute it did not like.\" "
        "The majority opinion was written by Justice Daniel Reyes.\n\nThe ruling affects roughly "
        "700,000 workers, according to an estimate by a labor-backed think tank. Read more: What "
        "the ruling means for tipped workers",
        "Michigan's highest court has sided with workers in a long-running fight over the state "
        "minimum wage, ruling that the pay rises approved by voters cannot be watered down.\n\n"
        "The split was 4-3. Justice Daniel Reyes wrote for the majority, while Justice Peter "
        "Okafor penned the dissenting opinion on behalf of the three-justice minority.\n\n"
        "Business lobbyists said they would ask lawmakers to revisit the law. Labor organisers "
        "celebrated outside the Hall of Justice on Thursday afternoon.",
    ], None,
          r"holloway",
          r"okafor"),
    _case("court-D3", "court", "size of fine", True, [
        "LUXEMBOURG (Reuters) - Veltrix lost its challenge on Wednesday against a €1.8 billion "
        "fine imposed by the European Commission for abusing its dominance in online advertising "
        "technology, after the General Court sided with regulators.\n\nThe Luxembourg-based court "
        "said the Commission had been right to find that the company favoured its own services "
        "between 2014 and 2021. Veltrix can appeal to the Court of Justice of the European Union "
        "on points of law.\n\n\"We will study the judgment carefully,\" a company spokeswoman "
        "said.",
        "EU court upholds penalty on Veltrix\n\nThe General Court of the EU on Wednesday "
        "dismissed Veltrix's appeal against a 1.3 billion euro fine for antitrust violations in "
        "the ad-tech market.\n\nJudges agreed with the European Commission that the firm had "
        "illegally favoured its own products from 2014 to 2021. A further appeal, limited to "
        "points of law, is possible at the EU's top court.\n\nShare this article\n\nCompetition "
        "lawyers said the ruling strengthened the Commission's hand in similar cases.",
        "Veltrix has been told it must pay its €1.8bn EU fine. The General Court rejected the "
        "company's arguments in full in a ruling on Wednesday, saying its conduct between 2014 "
        "and 2021 breached competition rules. The firm still has the option of a final appeal to "
        "the Court of Justice. The Commission welcomed the judgment, saying it confirmed that "
        "dominant platforms cannot tilt the market in their own favour.",
    ], ["2025-09-10", "2025-09-10", "2025-09-10"],
          r"(?<![\d.,])1[.,]8 ?(bn|billion|b\b|mrd)|(?<![\d.,])1[.,]?800 ?(m\b|mn|million)",
          r"(?<![\d.,])1[.,]3 ?(bn|billion|b\b|mrd)|(?<![\d.,])1[.,]?300 ?(m\b|mn|million)"),
    _case("court-D4", "court", "weekday vs date mismatch", True, [
        "LONDON, June 13 - Britain's High Court on 11 June rejected a bid by campaign groups to "
        "halt exports of fighter jet parts, ruling that the decision was a matter for ministers "
        "rather than judges.\n\nThe two judges said in their written judgment that the court was "
        "not the right forum to assess the government's foreign policy judgments. The claimants "
        "had argued the exports breached international law.\n\nThe claimants said they were "
        "considering an appeal. A government spokesperson welcomed the ruling.",
        "Campaigners lose High Court challenge over jet parts exports\n\nCampaigners have lost a "
        "High Court challenge over the UK's export of parts for F-35 fighter jets, after two "
        "judges ruled on Thursday that the matter lay with the government.\n\nIn a judgment "
        "handed down in London, the court said it was \"not the court's role\" to decide such "
        "sensitive questions of foreign policy. The groups bringing the case said they were "
        "\"deeply disappointed\" and would study whether to appeal.\n\nAdvertisement\n\nThe "
        "Department for Business and Trade said it welcomed the decision.",
    ], ["2025-06-13", "2025-06-13"],
          r"june 11|11 june|2025-06-11|06-11|wednesday",
          r"june 12|12 june|2025-06-12|06-12|thursday"),
    _case("court-D5", "court", "speaker credited with a quote", True, [
        "ATLANTA — A federal appeals court on Tuesday reinstated Georgia's new voter-roll law, "
        "overturning a lower-court order that had blocked it ahead of the November elections.\n\n"
        "A three-judge panel of the 11th U.S. Circuit Court of Appeals said the district judge "
        "had given too little weight to the state's interest in accurate rolls. \"Today's ruling "
        "restores common sense to our elections,\" said Attorney General Rhea Santangelo, whose "
        "office defended the law.\n\nVoting rights groups said they were weighing whether to ask "
        "the full court to rehear the case.",
        "The 11th Circuit has put Georgia's voter-roll law back in force. In a decision Tuesday, "
        "a three-judge panel vacated the injunction issued by a federal judge in Atlanta.\n\n"
        "\"Today's ruling restores common sense to our elections,\" Governor Mark Delacroix said "
        "in a statement shortly after the decision was released.\n\nStory continues below\n\nThe "
        "plaintiffs, a coalition of voting rights groups, may seek review by all of the circuit's "
        "active judges. The law requires counties to check voter lists against state databases "
        "every month.",
    ], None,
          r"santangelo|attorney general",
          r"delacroix|governor"),
    _case("court-D6", "court", "control: same moment, different calendar days", False, [
        "HONG KONG — A Hong Kong appeals court on Tuesday evening, U.S. time, overturned the "
        "conviction of pro-democracy publisher Jonah Tse on a sedition charge, a rare win for "
        "defendants in the city's national security cases.\n\nThe ruling was handed down at about "
        "9:30 p.m. Eastern time. The three-judge panel found that the trial judge had misdirected "
        "herself on the meaning of seditious intent.\n\nTse had been sentenced to 18 months in "
        "prison in 2023 and has already served his term. Prosecutors can still seek leave to "
        "appeal to the Court of Final Appeal.",
        "Court of Appeal quashes Jonah Tse sedition conviction\n\nThe Court of Appeal on "
        "Wednesday morning quashed the sedition conviction of publisher Jonah Tse, ruling that "
        "the trial judge had erred in her reading of the law.\n\nThe three judges delivered their "
        "judgment at 10.30am. Tse, who was jailed for 18 months in 2023 and released after "
        "serving his sentence, was not in court.\n\nThe Department of Justice said it would study "
        "the judgment before deciding whether to seek a further appeal to the Court of Final "
        "Appeal. Share this article",
    ], ["2025-03-04", "2025-03-05"]),
    _case("court-D7", "court", "control: two quotes of one judge", False, [
        "A federal judge in Boston on Monday blocked the Justice Department from withholding "
        "public safety grants from 18 cities over their immigration policies.\n\nU.S. District "
        "Judge Helena Marsh said the conditions attached to the grants had not been authorised by "
        "Congress. \"The executive cannot rewrite the terms of a grant program after the money "
        "has been appropriated,\" Marsh wrote.\n\nThe Department of Justice did not immediately "
        "respond to a request for comment. The cities include Boston, Chicago and Denver.",
        "Judge halts DOJ grant conditions\n\nU.S. District Judge Helena Marsh has issued a "
        "preliminary injunction stopping the Department of Justice from cutting off public-safety "
        "funding to 18 cities that limit cooperation with immigration agents.\n\nIn an order "
        "released Monday, Marsh said the cities were likely to succeed on their claims. \"Budgets "
        "for police and fire services do not pause while litigation proceeds,\" she wrote.\n\n"
        "Read more: Which cities are affected\n\nThe DOJ is expected to appeal to the 1st Circuit.",
    ], None),
    # ------------------------------ central bank
    _case("cb-D1", "central bank", "size of rate cut", True, [
        "OTTAWA (Reuters) - The Bank of Canada lowered its key overnight rate by a quarter of a "
        "percentage point on Wednesday, citing a weakening labour market and the drag from U.S. "
        "tariffs.\n\nGovernor Tiff Macklem said the bank was prepared to do more if the economy "
        "deteriorated further. \"The economy has softened and the risk of inflation picking up "
        "has eased, so a cut made sense,\" he told reporters.\n\nThe decision was widely expected "
        "by markets. The bank's next rate announcement is scheduled for Oct. 29.",
        "Bank of Canada cuts again as job losses mount\n\nThe Bank of Canada cut its policy rate "
        "by 50 basis points on Wednesday as job losses mounted and U.S. tariffs weighed on "
        "exporters.\n\nAdvertisement\n\nMacklem told a news conference that the central bank "
        "stood ready to act again should the outlook worsen. Economists had broadly anticipated "
        "the move.\n\nPolicymakers will announce their next decision on October 29.",
    ], None,
          r"(?<![\d.])25 ?(basis points?|bps?\b)|quarter[- ](of a )?(percentage[- ])?point"
          r"|(?<![\d.])0\.25(?!\d)",
          r"(?<![\d.])50 ?(basis points?|bps?\b)|half[- ](of )?(a )?(percentage[- ])?point"
          r"|(?<![\d.])0\.50?(?!\d)"),
    _case("cb-D2", "central bank", "names of dissenters", True, [
        "LONDON, May 8 (Reuters) - The Bank of England cut interest rates by a quarter point to "
        "4.25% on Thursday, with seven of the nine Monetary Policy Committee members backing the "
        "move.\n\nExternal members Ilse Marwick and Tomas Brennan voted to keep Bank Rate "
        "unchanged, citing stubborn wage growth. Governor Andrew Bailey said the path for rates "
        "remained \"gradual and careful\".\n\nSterling dipped slightly after the announcement.",
        "The BoE lowered Bank Rate to 4.25% from 4.5% in a 7-2 vote. The two dissenters, Ilse "
        "Marwick and Owen Castell, preferred to hold rates, the minutes showed. Gilts rallied "
        "modestly.\n\nBailey told reporters that the bank would move in a \"gradual and careful\" "
        "manner, stressing that tariffs had made the outlook more uncertain.\n\nSubscribe to our "
        "newsletter",
        "Two MPC members - Ilse Marwick and Tomas Brennan - opposed today's reduction to 4.25 per "
        "cent, preferring no change. The other seven voted for a 25 basis point cut. Markets now "
        "expect one or two further moves this year. Bailey declined to be drawn on the timing of "
        "the next one.",
    ], ["2025-05-08", "2025-05-08", "2025-05-08"],
          r"brennan",
          r"castell"),
    _case("cb-D3", "central bank", "date of next meeting", True, [
        "FRANKFURT (Reuters) - The European Central Bank kept its deposit rate at 2% on Thursday, "
        "saying the euro zone economy had proved more resilient than feared.\n\nPresident "
        "Christine Lagarde told a news conference that the bank was \"in a good place\" but would "
        "not pre-commit to any path. Staff projections see inflation at 2.1% this year.\n\nThe "
        "next rate-setting meeting is on 11 September. Markets see little chance of a move before "
        "the end of the year.",
        "ECB stands pat, signals no hurry\n\nThe ECB left borrowing costs unchanged, with the "
        "deposit rate staying at 2 per cent, as policymakers waited to see how U.S. tariffs would "
        "hit the bloc.\n\nLagarde declined to give guidance on the next step, saying decisions "
        "would be taken meeting by meeting. Inflation is forecast at 2.1 per cent this year.\n\n"
        "Advertisement\n\nThe Governing Council meets next on September 18, when new staff "
        "projections will be available.",
    ], None,
          r"(?<!\d)11(th)? sep|sep(t|tember)?\.? 11(?!\d)|-09-11",
          r"(?<!\d)18(th)? sep|sep(t|tember)?\.? 18(?!\d)|-09-18"),
    _case("cb-D4", "central bank", "size of bond-purchase taper", True, [
        "TOKYO (Reuters) - The Bank of Japan kept interest rates steady at 0.5% on Tuesday and "
        "decided to slow the pace at which it trims its bond purchases from next April.\n\nUnder "
        "the revised plan, the central bank will reduce its monthly buying of Japanese government "
        "bonds by 200 billion yen each quarter from April 2026. Governor Kazuo Ueda said the aim "
        "was to avoid jolting a fragile bond market.\n\nThe decision was unanimous. Read more: "
        "Japan's super-long yields explained",
        "BOJ holds rates, eases bond taper\n\nThe Bank of Japan left its short-term policy rate "
        "unchanged at 0.5 per cent and said it would scale back its JGB purchases more slowly "
        "from April 2026, cutting them by ¥400 billion per quarter.\n\nUeda told a press briefing "
        "that stability in the bond market was important given recent volatility in super-long "
        "yields. All nine board members backed the plan.\n\nShare this article",
    ], ["2025-06-17", "2025-06-17"],
          r"(?<![\d.,])200 ?(billion|bn|b\b)|¥ ?200(?!\d)|(?<![\d.])0\.2 ?trillion",
          r"(?<![\d.,])400 ?(billion|bn|b\b)|¥ ?400(?!\d)|(?<![\d.])0\.4 ?trillion"),
    _case("cb-D5", "central bank", "speaker's title", True, [
        "STOCKHOLM — Sweden's Riksbank held its policy rate at 1.75% on Wednesday, pausing after "
        "a cut in June, and said it expected to keep rates at that level for some time.\n\n"
        "\"Inflation has been higher than we expected, but we believe it is temporary,\" Deputy "
        "Governor Anja Lindqvist told reporters at the bank's press conference.\n\nThe krona was "
        "little changed. The next monetary policy decision will be announced in November.",
        "The Riksbank kept its key rate unchanged at 1.75 percent, as analysts had expected. "
        "Chief Economist Anja Lindqvist, presenting the decision, said the recent jump in "
        "inflation should prove short-lived.\n\nAdvertisement\n\nThe central bank cut rates in "
        "June and has signalled it sees little need for further easing. The next decision is due "
        "in November.",
    ], None,
          r"deputy governor",
          r"chief economist"),
    _case("cb-D6", "central bank", "control: clock time across zones", False, [
        "WASHINGTON (AP) — The Federal Reserve left its benchmark interest rate unchanged on "
        "Wednesday at a range of 4.25% to 4.5%, resisting pressure from the White House to "
        "cut.\n\nThe decision, announced at 2 p.m. Eastern time, drew dissents from two Fed "
        "governors who favored a quarter-point reduction. It was the first time since 1993 that "
        "more than one governor dissented.\n\nChair Jerome Powell said the labor market remained "
        "solid.",
        "The Fed held rates at 4.25-4.50 per cent, in a statement released at 7pm UK time on "
        "Wednesday. Two governors voted against the decision, preferring a cut of 25 basis points "
        "- the first double dissent by governors in more than three decades.\n\nPowell told "
        "reporters the central bank was well positioned to wait for more data on how tariffs were "
        "feeding into prices.\n\nRead more: What the Fed decision means for UK mortgages",
    ], ["2025-07-30", "2025-07-30"]),
    _case("cb-D7", "central bank", "control: basis points vs percentage points", False, [
        "LONDON — The Bank of England cut Bank Rate by 25 basis points to 4% on Thursday, after "
        "the Monetary Policy Committee voted 5-4. The move lowers borrowing costs for millions of "
        "households on tracker mortgages.\n\nFour members had wanted to keep the rate at 4.25%. "
        "Governor Andrew Bailey said rates were still on a \"gradually declining path\" but that "
        "the outlook was uncertain.",
        "The BoE trimmed interest rates by a quarter of a percentage point, to 4 per cent, in a "
        "knife-edge 5-4 vote. Four policymakers preferred to hold at 4.25 per cent. Bailey said "
        "the committee would proceed cautiously.\n\nAdvertisement\n\nThe pound rose after the "
        "decision as markets read it as a hawkish cut.",
        "Mortgage holders got a little relief on Thursday as Bank Rate fell 0.25 percentage point "
        "to 4.0%, down from 4.25%. The MPC split five votes to four. Lenders are expected to pass "
        "the reduction on to variable-rate customers within days. Savers, on the other hand, face "
        "thinner returns.",
    ], None),
    _case("cb-D8", "central bank", "control: rounding", False, [
        "SYDNEY (Reuters) - Australia's central bank cut its cash rate by a quarter point to "
        "3.60% on Tuesday, its third reduction this year, and said underlying inflation was "
        "moving back towards its target band.\n\nThe Reserve Bank of Australia's preferred "
        "measure of core inflation, the trimmed mean, eased to 2.9% in the June quarter. Governor "
        "Michele Bullock said further easing might be needed, but would depend on the data.\n\n"
        "The Australian dollar edged lower after the announcement.",
        "RBA delivers third cut of 2025\n\nThe Reserve Bank has lowered the official cash rate to "
        "3.6 per cent, a reduction of 25 basis points, with underlying inflation now running at "
        "about 3 per cent.\n\nBullock said the board would keep a close eye on incoming figures "
        "before deciding whether more easing was needed. Share this article",
    ], ["2025-08-12", "2025-08-12"]),
    # ------------------------------ rocket
    _case("rocket-D1", "rocket", "duration of flight", True, [
        "STARBASE, Texas (AP) — SpaceX's Starship completed its tenth test flight on Tuesday "
        "evening, with the upper stage deploying eight dummy satellites and surviving re-entry "
        "before a controlled splashdown in the Indian Ocean.\n\nThe flight lasted about 66 "
        "minutes from liftoff to splashdown. The Super Heavy booster, which separated a few "
        "minutes after launch, was deliberately ditched in the Gulf of Mexico after an engine-out "
        "experiment.\n\nThe company hailed \"a huge day\" for the program in a post on social "
        "media.",
        "Starship nails its tenth flight\n\nAfter a string of failures earlier this year, "
        "Starship finally flew a clean mission: roughly an hour and a half after it left the pad, "
        "the ship splashed down on target in the Indian Ocean, glowing orange from re-entry.\n\n"
        "Along the way it released eight mock Starlink satellites. The booster was intentionally "
        "dropped into the Gulf of Mexico as part of a test.\n\nAdvertisement\n\nEngineers will "
        "now study the heat-shield data before the next flight.",
    ], None,
          r"(?<![\d.])66 ?(min|minutes|mins)|(?<![\d.])1 ?h(ou)?rs?,? (and )?6 ?min"
          r"|an hour and six",
          r"hour and a half|(?<![\d.])1\.5 ?(hours?|hrs?|h\b)|(?<![\d.])90 ?(min|minutes|mins)"
          r"|one and a half hours|an hour and (30|thirty)"),
    _case("rocket-D2", "rocket", "booster designation", True, [
        "BOCA CHICA, Texas — SpaceX caught its Super Heavy booster with the launch tower's "
        "mechanical arms for the third time on Thursday, minutes after launching the eighth "
        "Starship test flight.\n\nThe booster, designated B16, was flying for the first time. The "
        "Starship upper stage, however, lost several engines and broke apart over the Caribbean, "
        "causing flight disruptions at airports in Florida.\n\nThe Federal Aviation "
        "Administration said it was requiring a mishap investigation.",
        "Tower catches booster again, but Starship lost\n\nThursday's launch went well for the "
        "first stage: Booster 14 returned to the pad and was snagged by the \"chopsticks\", the "
        "third such catch. The ship was less fortunate, tumbling out of control minutes into the "
        "flight before breaking up.\n\nDebris was seen streaking over the Bahamas and the Turks "
        "and Caicos Islands, and the FAA briefly halted flights at several Florida airports. A "
        "mishap investigation has been ordered.\n\nShare this article",
    ], ["2025-03-07", "2025-03-07"],
          r"\bb ?-?16\b|booster (no\.? )?16\b",
          r"\bb ?-?14\b|booster (no\.? )?14\b"),
    _case("rocket-D3", "rocket", "landing time across zones", True, [
        "BEIJING, April 30 (Xinhua) -- The return capsule of the Shenzhou-19 crewed spaceship "
        "touched down at the Dongfeng landing site in north China's Inner Mongolia Autonomous "
        "Region at 1:24 a.m. Wednesday (Beijing Time), the China Manned Space Agency said.\n\nAll "
        "three astronauts aboard are in good health, the agency said. They had spent about six "
        "months aboard the Tiangong space station.\n\nThe mission was a complete success, the "
        "CMSA declared.",
        "Three Chinese astronauts returned to Earth on Tuesday after roughly six months on the "
        "Tiangong space station. Their Shenzhou-19 capsule landed under a parachute at the "
        "Dongfeng site in the Inner Mongolia region at 12:24 p.m. EDT (1624 GMT), according to "
        "Chinese state media.\n\nThe landing had been pushed back by a day because of strong "
        "winds at the site. The crew handed over the station to the Shenzhou-20 astronauts last "
        "week.\n\nAdvertisement",
    ], ["2025-04-30", "2025-04-29"],
          r"(?<![\d:.])0?1[:.]24 ?a\.?m|(?<![\d:.])01[:.]?24(?!\d)|(?<![\d:.])17[:.]?24(?!\d)",
          r"(?<![\d:.])12[:.]24 ?p\.?m|(?<![\d:.])12[:.]24(?!\d)|(?<![\d:.])16[:.]?24(?!\d)"),
    _case("rocket-D4", "rocket", "launch site", True, [
        "UNST, Shetland — German start-up Nordlys Aerospace launched its Skarv-1 rocket on "
        "Saturday from SaxaVord Spaceport on the island of Unst, the first vertical orbital "
        "launch attempt from British soil.\n\nThe 28-metre rocket cleared the pad but its second "
        "stage failed to ignite about three minutes into the flight, and it fell into the sea "
        "inside a designated danger zone. No one was hurt.\n\n\"We learned an enormous amount "
        "today,\" chief executive Lena Vogt said in a statement. The UK Civil Aviation Authority "
        "said it would oversee the investigation.",
        "Britain's first vertical orbital launch ends in the sea\n\nThe Skarv-1 rocket built by "
        "Germany's Nordlys Aerospace lifted off on Saturday from Sutherland Spaceport on the A' "
        "Mhoine peninsula, in the far north of mainland Scotland, but failed to reach orbit after "
        "a problem with its upper stage.\n\nThe vehicle came down in the sea within the planned "
        "hazard area, the company said. The Civil Aviation Authority is leading the inquiry.\n\n"
        "Read more: Scotland's race to launch",
    ], None,
          r"saxavord|unst|shetland",
          r"sutherland|mh[oò]ine"),
    _case("rocket-D5", "rocket", "typo in year", True, [
        "JIUQUAN, China — Chinese private rocket maker LandSpace launched its Zhuque-2E rocket on "
        "15 August 2025 from the Jiuquan Satellite Launch Center, placing three small satellites "
        "into a sun-synchronous orbit.\n\nThe methane-fuelled rocket lifted off at 12:01 p.m. "
        "Beijing time. It was the company's sixth orbital launch attempt.\n\nLandSpace is also "
        "preparing the maiden flight of its larger, reusable Zhuque-3.",
        "LandSpace's Zhuque-2E flew successfully on August 15, 3025, lofting three satellites "
        "into orbit from the Jiuquan launch centre in the Gobi Desert. Liftoff came at 12:01 p.m. "
        "local time.\n\nAdvertisement\n\nThe Beijing-based firm is one of a handful of Chinese "
        "start-ups racing to build reusable rockets; its next vehicle, the stainless-steel "
        "Zhuque-3, has yet to fly.",
    ], None,
          r"(?<!\d)2025(?!\d)",
          r"(?<!\d)3025(?!\d)"),
    _case("rocket-D6", "rocket", "control: km vs miles", False, [
        "SpaceX's Starship reached a peak altitude of about 190 km (118 miles) on its tenth test "
        "flight before plunging back through the atmosphere, company data showed.\n\nThe upper "
        "stage hit a top speed of roughly 26,000 km/h during the coast phase. The flight ended "
        "with a splashdown in the Indian Ocean, as planned.\n\nSpaceX said it would publish a "
        "full summary of the flight in the coming weeks.",
        "How high did Starship go? About 118 miles, according to the live telemetry on SpaceX's "
        "webcast, and its speed topped out near 16,000 mph.\n\nThat is well above the Karman "
        "line, the 62-mile boundary often used to mark the edge of space. The ship then "
        "re-entered and splashed down in the Indian Ocean on target.\n\nShare this article",
    ], ["2025-08-27", "2025-08-27"]),
    _case("rocket-D7", "rocket", "control: spacecraft named two ways, time zones", False, [
        "JIUQUAN, Oct. 31 (Xinhua) -- China launched the Shenzhou-21 crewed spaceship at 11:44 "
        "p.m. Friday (Beijing Time) from the Jiuquan Satellite Launch Center in northwest China, "
        "sending three astronauts to the Tiangong space station.\n\nThe China Manned Space Agency "
        "(CMSA) said the spaceship entered its planned orbit about 10 minutes after liftoff. The "
        "crew will stay in orbit for about six months.",
        "China sends new crew to its space station\n\nA Long March 2F rocket carrying the "
        "Shenzhou 21 spacecraft and three astronauts blasted off from Jiuquan at 15:44 GMT on "
        "Friday.\n\nChina's manned space agency said the capsule separated from the rocket and "
        "reached orbit roughly ten minutes later. The astronauts are due to spend around six "
        "months aboard Tiangong.\n\nAdvertisement",
    ], ["2025-10-31", "2025-10-31"]),
    # ------------------------------ earthquake
    _case("quake-D1", "earthquake", "magnitude", True, [
        "MANILA (Reuters) - A magnitude 6.8 earthquake struck off the southern Philippine island "
        "of Mindanao on Friday, the U.S. Geological Survey said, shaking buildings in Davao City "
        "and prompting a brief tsunami warning.\n\nThe quake was centred at sea at a depth of 20 "
        "km (12 miles), the USGS said. There were no immediate reports of casualties.\n\nThe "
        "Philippine seismology agency later lifted the tsunami warning.",
        "Strong quake rattles Mindanao\n\nResidents of Davao City ran into the streets on Friday "
        "as a powerful earthquake shook the region. The USGS measured the quake at magnitude 7.1, "
        "with its epicentre offshore at a depth of 20 kilometres.\n\nA tsunami warning was issued "
        "and later lifted. Local officials said they had no immediate word of deaths or "
        "injuries.\n\nRead more: Why the Philippines has so many earthquakes",
        "Friday's Mindanao tremor measured 6.8 on the USGS scale. Schools in Davao City sent "
        "pupils home as a precaution while engineers inspected classrooms. Power was briefly cut "
        "in parts of the city. The region lies close to the Philippine Trench, one of the most "
        "active fault zones in Asia.",
    ], None,
          r"(?<![\d.])6[.,]8(?!\d)",
          r"(?<![\d.])7[.,]1(?!\d)"),
    _case("quake-D2", "earthquake", "epicentre town", True, [
        "ISTANBUL (AP) — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, "
        "killing one person and toppling several buildings, officials said.\n\nThe quake's "
        "epicentre was near Sindirgi, a town in Balikesir province, according to the disaster "
        "agency AFAD. It was felt as far away as Istanbul and Izmir.\n\nInterior Minister Ali "
        "Yerlikaya said 29 people were injured. Search teams pulled four people alive from the "
        "rubble.",
        "One dead as quake hits Balikesir\n\nAn elderly person died after a 6.1-magnitude "
        "earthquake centred near the town of Bigadic, in Balikesir province, struck on Sunday, "
        "Turkey's AFAD said.\n\nTremors were felt in Istanbul and in the coastal city of "
        "Izmir.\n\nAdvertisement\n\n\"Our teams are working in the field,\" Interior Minister Ali "
        "Yerlikaya wrote on social media.",
    ], ["2025-08-11", "2025-08-11"],
          r"s[iı]nd[iı]rg[iı]",
          r"bigadi[cç]"),
    _case("quake-D3", "earthquake", "death toll conflict at the same time", True, [
        "LIMA (Reuters) - At least 14 people were killed when a magnitude 6.4 earthquake struck "
        "northern Peru on Sunday, the national civil defence institute INDECI said in a report on "
        "Monday evening.\n\nThe quake hit at 11:02 a.m. local time near the city of Chachapoyas, "
        "in the Amazonas region. More than 300 homes were damaged, and several roads were blocked "
        "by landslides.\n\nPresident Dina Boluarte flew to the region on Monday to oversee relief "
        "efforts.",
        "The death toll from Sunday's earthquake in Peru's Amazonas region stands at 21, "
        "according to the latest INDECI report issued on Monday evening.\n\nThe 6.4-magnitude "
        "tremor struck shortly after 11 a.m. near Chachapoyas. Rescue workers were still digging "
        "through collapsed adobe houses in outlying villages, and landslides cut off several "
        "highways.\n\nStory continues below\n\nBoluarte travelled to the affected area on Monday "
        "and promised funds for reconstruction.",
    ], ["2025-02-10", "2025-02-10"],
          r"(?<![\d.,])14(?![\d.,])|fourteen",
          r"(?<![\d.,])21(?![\d.,])|twenty-one"),
    _case("quake-D4", "earthquake", "number of aftershocks", True, [
        "ATHENS — A magnitude 6.1 earthquake struck off the Greek island of Crete early on "
        "Wednesday, sending residents of Heraklion into the streets but causing no serious "
        "damage, authorities said.\n\nThe Institute of Geodynamics in Athens recorded more than "
        "40 aftershocks by Wednesday evening, the strongest of magnitude 4.3. Schools on the "
        "island stayed open.\n\n\"There is no cause for alarm,\" said seismologist Eleni Karras, "
        "adding that aftershocks could continue for several days.",
        "Crete shaken by strong undersea quake\n\nGreek seismologists counted over 120 "
        "aftershocks by Wednesday evening following the magnitude 6.1 earthquake that struck "
        "south-east of Crete before dawn, according to the Athens Institute of Geodynamics.\n\n"
        "The largest of them measured 4.3. Buildings in Heraklion swayed, but the fire service "
        "reported no injuries and only minor damage.\n\nShare this article",
    ], None,
          r"(?<![\d.,])40(?![\d.,])|forty",
          r"(?<![\d.,])120(?![\d.,])|hundred and twenty"),
    _case("quake-D5", "earthquake", "control: later update shown by dates", False, [
        "KABUL (AP) — A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, "
        "killing at least 250 people and injuring 500, Taliban officials said on Monday.\n\nThe "
        "quake hit at 11:47 p.m. local time at a shallow depth of 8 km near the city of "
        "Jalalabad, in Nangarhar province. Many of the dead were in remote villages of "
        "neighbouring Kunar province, where mud-brick houses collapsed on sleeping families.\n\n"
        "Rescuers struggled to reach mountain areas cut off by landslides.",
        "The death toll from Sunday night's earthquake in eastern Afghanistan has risen to more "
        "than 800, with over 2,800 people injured, a Taliban government spokesman said on "
        "Tuesday.\n\nThe magnitude 6.0 quake struck at 11:47 p.m. at a depth of 8 kilometres (5 "
        "miles), flattening villages in Kunar province.\n\nAdvertisement\n\nAid agencies warned "
        "that the toll was likely to climb further as rescuers reached isolated valleys.",
    ], ["2025-09-01", "2025-09-02"]),
    _case("quake-D6", "earthquake", "control: km vs miles, cm vs inches", False, [
        "TOKYO (Reuters) - A magnitude 6.9 earthquake struck off the coast of northern Japan on "
        "Monday night, prompting a tsunami advisory for the Pacific coast of Aomori and Iwate "
        "prefectures, the Japan Meteorological Agency said.\n\nThe quake was centred about 80 km "
        "east of the port city of Hachinohe at a depth of about 50 km. Waves of up to 40 cm were "
        "observed in some ports before the advisory was lifted.\n\nTohoku Electric Power said it "
        "had found no abnormalities at the Higashidori nuclear plant.",
        "Japan quake triggers tsunami advisory\n\nA 6.9-magnitude quake hit the sea off northern "
        "Japan on Monday night, some 50 miles east of Hachinohe and roughly 31 miles deep, "
        "according to the JMA.\n\nTsunami waves as high as 16 inches reached the coast before "
        "authorities lifted the advisory for Aomori and Iwate. No damage was reported at the "
        "Higashidori nuclear power station, its operator said.\n\nRead more: How Japan's "
        "earthquake warnings work",
    ], None),
    _case("quake-D7", "earthquake", "control: rounding, agency named two ways", False, [
        "SANTIAGO — A magnitude 5.8 earthquake shook central Chile on Friday afternoon, cutting "
        "power to about 3,000 homes, according to the National Seismological Center.\n\nThe quake "
        "was centred 35 km south-west of Talca at a depth of 9.7 km. There were no reports of "
        "serious injuries, the national disaster agency Senapred said.\n\nChile sits on the "
        "Pacific \"Ring of Fire\" and is one of the most seismically active countries in the "
        "world.",
        "Chile's Centro Sismologico Nacional (CSN) said a 5.8-magnitude tremor struck near Talca "
        "on Friday, about 35 kilometres from the city and roughly 10 km deep.\n\nSome 3,000 "
        "households lost electricity. Senapred, the disaster response service, reported no "
        "serious injuries.\n\nShare this article",
    ], ["2025-05-03", "2025-05-03"]),
    # ------------------------------ election
    _case("elec-D1", "election", "vote share", True, [
        "LA PAZ (Reuters) - Centrist senator Andres Quintela won Bolivia's presidential runoff on "
        "Sunday with 52.4% of the vote, according to preliminary results from the electoral "
        "tribunal.\n\nQuintela's rival, former president Jorge Salvatierra, conceded late on "
        "Sunday night. \"The people have spoken and I respect their decision,\" he told "
        "supporters.\n\nQuintela will be sworn in on Nov. 8.",
        "Quintela wins Bolivian runoff\n\nAndres Quintela has been elected president of Bolivia "
        "after taking 54.2 percent of the votes in Sunday's second round, the Supreme Electoral "
        "Tribunal's preliminary count showed.\n\nHis opponent, ex-president Jorge Salvatierra, "
        "accepted defeat. The new president takes office on November 8 and inherits an economy "
        "battered by fuel shortages and a scarcity of dollars.\n\nAdvertisement",
    ], ["2025-10-20", "2025-10-20"],
          r"(?<![\d.])52[.,]4(?!\d)",
          r"(?<![\d.])54[.,]2(?!\d)"),
    _case("elec-D2", "election", "winning margin", True, [
        "Incumbent Mayor Carla Benning has won a third term in Fairhaven, beating city councilman "
        "Tom Aldridge by 1,200 votes in Tuesday's election, according to unofficial results "
        "posted by the county clerk early Wednesday.\n\nThe results will not be final until the "
        "county canvass is certified. Benning told supporters at a downtown brewery that her "
        "priority would be fixing the city's aging water mains.\n\nAldridge said he would wait "
        "for the final canvass before deciding whether to request a recount.",
        "FAIRHAVEN — Mayor Carla Benning held off challenger Tom Aldridge on Tuesday, winning "
        "re-election by roughly 2,100 votes, unofficial county results show.\n\nIt will be "
        "Benning's third term. \"Let's get to work on our water system,\" she said in her victory "
        "speech.\n\nAldridge, a two-term councilman, has not conceded. Subscribe for local "
        "election updates",
        "Benning re-elected. The mayor won a third term Tuesday night; challenger Tom Aldridge "
        "trailed by about 1,200 votes with all precincts counted, per the county clerk's "
        "unofficial tally. Benning thanked her volunteers in a post on Facebook. Aldridge has not "
        "said whether he will seek a recount.",
    ], None,
          r"(?<![\d.,])1,?200(?![\d.,])",
          r"(?<![\d.,])2,?100(?![\d.,])"),
    _case("elec-D3", "election", "turnout", True, [
        "OSLO (Reuters) - Norway's Labour Party won Monday's parliamentary election, securing a "
        "second term for Prime Minister Jonas Gahr Store, with turnout at 78.9% according to the "
        "Norwegian Directorate of Elections.\n\nLabour took 28.0% of the vote, while the populist "
        "Progress Party came second. The centre-left bloc won a narrow majority in the 169-seat "
        "Storting.\n\n\"We have done it,\" Store told cheering supporters in Oslo.",
        "Labour holds on in Norway\n\nPrime Minister Jonas Gahr Store's Labour Party finished "
        "first in Monday's election with 28.0 percent, and the left-leaning parties together "
        "secured a slim majority in the 169-member parliament.\n\nTurnout was 81.2 percent, the "
        "elections directorate said. The anti-immigration Progress Party was runner-up.\n\n"
        "Advertisement\n\nStore is expected to continue leading a minority Labour government.",
    ], ["2025-09-09", "2025-09-09"],
          r"(?<![\d.])78[.,]9(?!\d)",
          r"(?<![\d.])81[.,]2(?!\d)"),
    _case("elec-D4", "election", "percent vs percentage points", True, [
        "HANOVER — Chancellor Friedrich Merz's conservatives remained the largest party in "
        "Sunday's state election in Lower Saxony, but support for the Social Democrats fell 7 "
        "percentage points to 21.5%, their worst result in the state since the war.\n\nThe "
        "far-right AfD came third. SPD state leader Olaf Brandt said the result was bitter and "
        "promised a review of the campaign.\n\nMerz, who campaigned in the state last week, had "
        "urged voters to back the CDU. Coalition talks are expected to begin next week.",
        "SPD suffers heavy losses in Lower Saxony\n\nThe SPD's share of the vote dropped by 7% to "
        "21.5% in Sunday's state election, provisional results showed, while the CDU of "
        "Chancellor Friedrich Merz stayed in first place.\n\nThe AfD finished third. \"This is a "
        "bitter evening for us,\" said the party's regional leader, Olaf Brandt. Read more: Who "
        "runs Lower Saxony?",
    ], None,
          r"(?<![\d.])7 ?(percentage[- ]points?|pp\b|pts?\b|points?\b)|seven percentage points?",
          r"(?<![\d.])7 ?(%|percent|per cent|pct)(?!age| ?points?)|seven (percent"
          r"|per cent)(?!age)"),
    _case("elec-D5", "election", "candidate's former title", True, [
        "VILNIUS — Former finance minister Ruta Zemaite topped the first round of Lithuania's "
        "presidential election on Sunday, setting up a runoff against incumbent Gediminas "
        "Kalvaitis in two weeks' time, the Central Electoral Commission said.\n\nZemaite, who ran "
        "on a promise to cut energy bills, drew strong support in the capital. Kalvaitis came "
        "second. Turnout was just under 60%.\n\n\"The people want change,\" Zemaite told "
        "reporters at her campaign headquarters.",
        "Lithuania heads for presidential runoff\n\nNo candidate secured an outright majority in "
        "Sunday's vote, so incumbent Gediminas Kalvaitis will face Ruta Zemaite, a former "
        "interior minister, in a second round in two weeks.\n\nZemaite led the field, according "
        "to the electoral commission's count, with Kalvaitis in second place. Just under 60 "
        "percent of registered voters cast a ballot.\n\nShare this article",
    ], ["2025-11-03", "2025-11-03"],
          r"financ",
          r"interior"),
    _case("elec-D6", "election", "control: figures of different parties", False, [
        "REYKJAVIK (Reuters) - Iceland's Social Democratic Alliance won the most votes in "
        "Saturday's snap parliamentary election, taking 20.8% and 15 of the 63 seats in the "
        "Althingi, final results showed on Sunday.\n\nThe conservative Independence Party came "
        "second with 19.4% and 14 seats, while the Liberal Reform Party won 15.8% and 11 seats. "
        "The Social Democrats held just 6 seats in the outgoing parliament.\n\nParty leader "
        "Kristrun Frostadottir said she would start talks on forming a government.",
        "Social Democrats top Iceland vote\n\nFinal figures give the Social Democratic Alliance "
        "15 seats on 20.8 per cent of the vote, up from 6 seats at the previous election. The "
        "Independence Party finished second on 19.4 per cent (14 seats) and Liberal Reform third "
        "with 15.8 per cent (11 seats).\n\nAdvertisement\n\nThe Althingi has 63 members, so any "
        "government will need at least 32 seats.",
        "Iceland results in brief: Social Democratic Alliance 20.8% / 15 seats; Independence "
        "Party 19.4% / 14; Liberal Reform 15.8% / 11. Frostadottir is expected to be asked to "
        "form a coalition. Talks could take several weeks. The outgoing government collapsed in "
        "the autumn.",
    ], None),
    _case("elec-D7", "election", "control: weekday and date, commission named two ways", False, [
        "PRAIA — Cape Verde's ruling Movement for Democracy (MpD) won Sunday's legislative "
        "election, according to provisional results released by the National Election Commission "
        "on Monday.\n\nThe party took 38 of the 72 seats in the National Assembly, keeping its "
        "majority. Turnout was 52%, the commission said. Prime Minister Ulisses Correia e Silva "
        "claimed victory late on Sunday night.",
        "Cape Verde: MpD keeps majority\n\nIn the 12 October vote, the MpD secured 38 seats in "
        "the 72-member parliament, provisional figures from the CNE (Comissao Nacional de "
        "Eleicoes) show. Just over half of registered voters - 52 per cent - turned out.\n\nPrime "
        "Minister Ulisses Correia e Silva, who declared victory on election night, will stay in "
        "office.\n\nStory continues below",
    ], ["2025-10-13", "2025-10-13"]),
]
