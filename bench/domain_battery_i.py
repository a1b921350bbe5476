"""Domain battery, part I: held-out cases of outlets disagreeing (or not).

Part I, written by engineer I1 on 2026-12-05 (tenth session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
`bench/bench_domain_battery.py I`.

Domains: US-China trade talks/tariffs, court rulings, central-bank decisions, rocket test
flights, earthquakes, elections.  Must-report cases (report=True) plant exactly one genuine
disagreement between outlets; `a` and `b` are regexes searched in the lower-cased value
Storyline reports for each side.  Controls (report=False) tell the same facts differently
with no disagreement.  Every sentence was written for this file.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "I", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-I1", "trade", "duration", True, [
              "LONDON (Reuters) - U.S. and Chinese negotiators wrapped up a second day of "
              "trade talks in London late on Tuesday after a session that ran for about 11 "
              "hours, according to officials on both sides. The talks at Lancaster House "
              "were led on the American side by Treasury Secretary Scott Bessent, joined "
              "by Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson "
              "Greer. China's team was headed by Vice Premier He Lifeng.\n\nLutnick told "
              "reporters outside the building that the two sides had agreed on a framework "
              "to put into effect the consensus reached in Geneva last month, including on "
              "shipments of rare earth magnets. The framework still needs the approval of "
              "both presidents, he said. Chinese officials did not take questions.",
              "LIVE: US-China trade talks in London\n\n23:42 BST - It's over for tonight. "
              "The second day of talks between the US and Chinese delegations lasted "
              "roughly seven hours, a US official told us, after a late start because of a "
              "bilateral meeting on export controls.\n\n23:30 BST - Howard Lutnick, the "
              "commerce secretary, says a 'framework' has been agreed to implement what "
              "was settled in Geneva in May. 'We have a framework,' he says, adding that "
              "it will now go to President Trump and President Xi for "
              "sign-off.\n\nAdvertisement\n\n23:05 BST - Vice Premier He Lifeng leaves "
              "Lancaster House without speaking to the press. Rare earths are understood "
              "to have dominated the discussion.",
          ],
          None,
          r"\b11 ?(hours?|hrs?|h\b)|eleven[- ]hours?|660 ?min",
          r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven[- ]hours?|420 ?min"),
    _case("trade-I2", "trade", "person's title", True, [
              "KUALA LUMPUR, Oct 26 - Chinese and American officials ended two days of "
              "trade consultations in the Malaysian capital on Sunday, with both sides "
              "calling the discussions constructive. Vice Premier He Lifeng led the "
              "Chinese team and was accompanied by Zhao Minghui, a deputy commerce "
              "minister who handles relations with Washington. US Treasury Secretary Scott "
              "Bessent said the negotiators had reached a preliminary understanding on "
              "rare earth export controls and on port fees charged to each other's "
              "ships.\n\nRead more: What is on the table when Trump and Xi meet?\n\nThe "
              "consultations were held on the sidelines of the ASEAN summit. The two "
              "presidents are expected to meet in South Korea later this week.",
              "US and Chinese negotiators said on Sunday they had made headway in their "
              "talks in Kuala Lumpur, easing fears of a fresh escalation before a planned "
              "meeting between Donald Trump and Xi Jinping in South Korea on "
              "Thursday.\n\nTreasury chief Scott Bessent told a US broadcaster he expected "
              "the threatened extra tariff of 100% on Chinese goods to be effectively off "
              "the table. Beijing's delegation was headed by He Lifeng; also at the table, "
              "according to a list circulated by the Chinese side, was Zhao Minghui, an "
              "assistant foreign minister who has taken part in previous rounds. Analysts "
              "cautioned that any deal would probably be narrow. Share this article",
          ],
          ["2025-10-26", "2025-10-26"],
          r"commerce",
          r"foreign"),
    _case("trade-I3", "trade", "percentage points vs percent (size of levy)", True, [
              "WASHINGTON - The White House said on Wednesday it would suspend for 90 days "
              "an extra 24 percentage points of tariff on Chinese imports announced in "
              "April, leaving a 10% baseline duty in place while negotiations continue. A "
              "senior administration official said the pause would be reviewed if talks "
              "stalled. China's commerce ministry welcomed the step and said it would make "
              "a matching adjustment to its own counter-tariffs. Soybean futures in "
              "Chicago rose 1.4% on the news.",
              "Explainer: what the latest US-China tariff pause means for "
              "importers\n\nImporters bringing in goods from China got some relief this "
              "week. Washington is setting aside, for 90 days, the additional 34 per cent "
              "levy it announced in April, though a 10 per cent baseline duty stays in "
              "force. Beijing has said it will mirror the move.\n\nFor a small retailer, "
              "that can be the difference between absorbing costs and raising prices. 'We "
              "had orders frozen in warehouses in Ningbo,' said Karen Osei, who runs a "
              "homeware shop in Ohio. 'Now at least we can plan for the autumn.'",
          ],
          None,
          r"(?<![\d.])24(?![\d.]*\d)",
          r"(?<![\d.])34(?![\d.]*\d)"),
    _case("trade-I4", "trade", "length of tariff pause (background paragraph)", True, [
              "President Donald Trump signed an executive order on Monday extending the "
              "pause on higher tariffs on Chinese goods for another 90 days, hours before "
              "the truce was due to lapse. The order keeps US duties on Chinese imports at "
              "30% and Chinese levies on American goods at 10%, the White House said. "
              "Beijing's commerce ministry announced a parallel extension shortly "
              "afterwards. Without the order, US tariffs would have jumped back to far "
              "higher levels. The two sides have held three rounds of talks since May, "
              "most recently in Stockholm.",
              "Analysis | Soybean farmers are still waiting for China\n\nAcross Iowa and "
              "Illinois, the harvest is weeks away and the biggest customer for US "
              "soybeans has not placed a single order for the new crop. Chinese buyers "
              "have turned to Brazil instead, traders say.\n\nMonday's decision by the "
              "White House to extend the tariff truce by another 60 days has at least kept "
              "duties from spiking again: US levies on Chinese goods stay at 30% and "
              "Chinese tariffs on US products at 10%. But farm groups say a truce is not a "
              "purchase agreement. 'We need China back in the market,' said one Iowa "
              "grower.",
          ],
          ["2025-08-12", "2025-08-12"],
          r"(?<![\d.])90(?!\d)|ninety|three months",
          r"(?<![\d.])60(?!\d)|sixty|two months"),
    _case("trade-I5", "trade", "venue of talks (place)", True, [
              "GENEVA (AP) - Top U.S. and Chinese economic officials opened two days of "
              "closed-door talks on Saturday at the private residence of Switzerland's "
              "ambassador in Cologny, a leafy suburb on the shore of Lake Geneva. Treasury "
              "Secretary Scott Bessent and Trade Representative Jamieson Greer sat across "
              "from Chinese Vice Premier He Lifeng. It is the first face-to-face meeting "
              "between the two sides since tariffs were raised in April. Swiss officials "
              "said they had offered to host as a neutral party.",
              "Geneva, Saturday - The United States and China began their first high-level "
              "trade talks since the tariff escalation this morning at the Palais des "
              "Nations, the UN's European headquarters, according to a Swiss foreign "
              "ministry spokesperson. The US side is led by Scott Bessent and Jamieson "
              "Greer, and China's by He Lifeng. Swiss President Karin Keller-Sutter met "
              "both delegations on Friday. The talks are scheduled to run through Sunday.",
              "Diplomats from both countries arrived on Saturday at a villa belonging to "
              "the Swiss ambassador in Cologny, overlooking Lake Geneva, for talks that "
              "could ease the tariff standoff. Motorcades were seen entering the grounds "
              "shortly before 10 a.m. He Lifeng, China's vice premier, heads Beijing's "
              "team. 'Everyone is very cautious,' said a European diplomat briefed on the "
              "arrangements. Photos: the delegations arrive.",
          ],
          None,
          r"residence|villa|cologny|ambassador|envoy",
          r"palais|nations"),
    _case("trade-I6", "trade", "control: names written two ways, rounding", False, [
              "BEIJING (Reuters) - China's exports to the United States fell 34.5% in May "
              "from a year earlier, data from the General Administration of Customs showed "
              "on Monday, the steepest drop in more than five years. Total exports rose "
              "4.8%, helped by stronger shipments to Southeast Asia and Europe. The "
              "country's trade surplus stood at $103.22 billion. The Ministry of Commerce "
              "said separately that it was ready to keep talking with Washington. The data "
              "came as officials from both countries prepared to meet in London.",
              "China's shipments to America dropped by more than a third last month, "
              "customs figures released on Monday showed, as the effect of steep tariffs "
              "fed through. According to the customs administration, exports to the US "
              "slid 34.5 per cent year on year, while overall exports grew almost 5 per "
              "cent.\n\nThe surplus came in at about $103 billion. China's commerce "
              "ministry said in a statement that it remained open to dialogue. Trade "
              "officials from both sides are due in London for a new round of negotiations.",
          ],
          ["2025-06-09", "2025-06-09"]),
    _case("trade-I7", "trade", "control: same moment on different calendar days", False, [
              "GENEVA - U.S. and Chinese negotiators ended two days of trade talks on "
              "Sunday evening, with U.S. Treasury Secretary Scott Bessent telling "
              "reporters at about 8 p.m. local time that 'substantial progress' had been "
              "made. He declined to give details, saying a joint statement would be "
              "released on Monday. Trade Representative Jamieson Greer said the speed of "
              "the agreement showed that the differences were not as large as thought. The "
              "talks took place at a villa in Cologny.",
              "Beijing, Monday - US Treasury Secretary Scott Bessent said there had been "
              "'substantial progress' in the Geneva talks, in remarks delivered at 2 a.m. "
              "Beijing time on Monday. Chinese Vice Premier He Lifeng described the "
              "meetings as candid and constructive and said both sides had agreed to set "
              "up a consultation mechanism.\n\nAdvertisement\n\nA joint statement is "
              "expected later on Monday. The talks were held in a villa in Cologny outside "
              "Geneva.",
          ],
          ["2025-05-11", "2025-05-12"]),
    _case("trade-I8", "trade",
          "control: old and new rates; one person's two unrelated quotes", False, [
              "The United States will cut its tariffs on Chinese goods from 145% to 30% "
              "for 90 days, while China will lower its levies on American goods from 125% "
              "to 10%, the two countries said in a joint statement. Stocks rallied around "
              "the world on the news. 'Neither side wants a decoupling,' Treasury "
              "Secretary Scott Bessent told reporters. Analysts noted that 30% remains far "
              "above the level at the start of the year.",
              "Washington and Beijing agreed to a sharp de-escalation: US duties on "
              "Chinese imports, which had reached 145 per cent, will drop to 30 per cent "
              "for an initial 90-day period. China's tariffs on US products fall to 10 per "
              "cent from 125 per cent.\n\n'We had very productive talks and I think it's a "
              "good foundation,' Scott Bessent said at a briefing. The S&P 500 futures "
              "jumped on the announcement. Read more: Who gains from the tariff truce?",
          ],
          None),
    _case("court-I1", "court", "size of majority", True, [
              "WASHINGTON (AP) - The Supreme Court on Friday sided with a Nevada rancher "
              "in a long fight over federal grazing permits, ruling 6-3 that the Bureau of "
              "Land Management had gone beyond its authority when it cancelled his "
              "allotment without a hearing. Justice Neil Gorsuch wrote the majority "
              "opinion. Justice Elena Kagan wrote the dissent. The case, Harlan v. Bureau "
              "of Land Management, had been closely watched by ranchers across the West, "
              "who say permit decisions are often made with little notice. The rancher, "
              "Wade Harlan, had grazed cattle on the land for 31 years.",
              "SCOTUS hands ranchers a win on grazing permits\n\nIn a 7-2 decision "
              "released Friday morning, the justices said the Bureau of Land Management "
              "could not cancel Wade Harlan's grazing allotment without first giving him a "
              "hearing. Writing for the court, Justice Neil Gorsuch said the agency had "
              "'treated a decades-old permit as if it were a parking ticket.'\n\nJustice "
              "Elena Kagan, in dissent, warned that the ruling would tie the hands of land "
              "managers during droughts. Harlan, who has run cattle on the allotment for "
              "31 years, said he was 'grateful and tired.'\n\nShare this article",
          ],
          ["2025-06-27", "2025-06-27"],
          r"\b6\s?(-|–|to)\s?3\b|six[- ]to[- ]three|\bsix\b|(?<![\d.])6(?![\d.])",
          r"\b7\s?(-|–|to)\s?2\b|seven[- ]to[- ]two|\bseven\b|(?<![\d.])7(?![\d.])"),
    _case("court-I2", "court", "author of majority opinion", True, [
              "The Supreme Court ruled 6-3 on Thursday that Louisiana's new congressional "
              "map can be used in next year's midterm elections, reversing a lower court "
              "that had blocked it. Chief Justice John Roberts wrote the majority opinion, "
              "saying the three-judge panel had applied the wrong standard. Justice Sonia "
              "Sotomayor dissented, joined by two colleagues. The map creates a second "
              "majority-Black district out of Louisiana's six House seats. State officials "
              "said they would begin preparing ballots immediately.",
              "Louisiana can use its disputed congressional map in 2026 after the Supreme "
              "Court overturned a lower-court order on Thursday.\n\nWriting for the 6-3 "
              "majority, Justice Brett Kavanaugh said the district court panel had 'asked "
              "the wrong question' when it struck down the map. In a sharply worded "
              "dissent, Justice Sonia Sotomayor said the decision left voters 'guessing "
              "which lines will count.'\n\nAdvertisement\n\nThe map, drawn by the state "
              "legislature last year, gives Louisiana two majority-Black districts among "
              "its six seats in the House of Representatives.",
          ],
          None,
          r"roberts",
          r"kavanaugh"),
    _case("court-I3", "court", "size of fine (background paragraph)", True, [
              "LUXEMBOURG - The EU's General Court on Wednesday upheld a 2.4 billion euro "
              "antitrust fine imposed on Veltra Telecom, rejecting the company's argument "
              "that the European Commission had misread the market for wholesale broadband "
              "access. The Commission fined the group in 2019 for squeezing out smaller "
              "rivals in Spain and Portugal. Veltra can still appeal to the Court of "
              "Justice on points of law. Its shares fell 1.2% in Madrid. A spokesperson "
              "said the company was 'studying the judgment carefully'.",
              "Veltra Telecom loses its appeal in Luxembourg\n\nEurope's second-highest "
              "court has sided with Brussels in one of the longest-running competition "
              "disputes in the telecoms sector. Judges at the General Court said on "
              "Wednesday that the Commission had been entitled to find that Veltra abused "
              "its dominant position in Spain and Portugal.\n\nBackground: the "
              "Commission's 2019 decision hit Veltra with a fine of 4.2 billion euros, "
              "then one of the largest ever imposed on a telecoms operator. The company "
              "can take the case to the Court of Justice, the EU's top court, but only on "
              "points of law.",
          ],
          ["2025-09-10", "2025-09-10"],
          r"2\.4 ?(bn|billion|b\b)|2[.,]4\d\d|€ ?2\.4|(?<![\d.])2\.4(?!\d)",
          r"4\.2 ?(bn|billion|b\b)|4[.,]2\d\d|€ ?4\.2|(?<![\d.])4\.2(?!\d)"),
    _case("court-I4", "court", "prison sentence length (3 reports)", True, [
              "NEW YORK (Reuters) - A federal judge in Manhattan on Monday sentenced "
              "Daniel Okafor, the founder of collapsed crypto lender Brightvault, to 14 "
              "years in prison for defrauding customers of about $420 million. U.S. "
              "District Judge Lorna Whitfield also ordered him to forfeit $38 million. "
              "Prosecutors had asked for 25 years, while Okafor's lawyers sought five. "
              "Okafor, 41, was convicted by a jury in October on seven counts, including "
              "wire fraud and securities fraud.",
              "Brightvault founder sentenced\n\nDaniel Okafor, who ran the crypto lending "
              "platform Brightvault until its collapse, was sentenced to 12 years behind "
              "bars on Monday. Judge Lorna Whitfield said Okafor had 'lied to ordinary "
              "savers, month after month' about where their money was going. Prosecutors "
              "wanted a 25-year term. Roughly $420 million in customer funds was lost when "
              "the platform froze withdrawals. Okafor, 41, showed no visible reaction as "
              "the sentence was read.",
              "Judge Lorna Whitfield handed Brightvault founder Daniel Okafor a 14-year "
              "sentence in federal court on Monday, well short of the 25 years prosecutors "
              "had sought. The 41-year-old was found guilty last autumn of seven "
              "fraud-related counts. Several former customers spoke in court before the "
              "sentence was announced, one describing losing her retirement savings. "
              "Okafor's lawyer said he would appeal.",
          ],
          ["2025-02-03", "2025-02-03", "2025-02-03"],
          r"(?<![\d.])14(?![\d.]*\d)|fourteen",
          r"(?<![\d.])12(?![\d.]*\d)|twelve"),
    _case("court-I5", "court", "date of next hearing", True, [
              "Campaigners challenging the government's approval of the Skerryvore "
              "oilfield told the High Court in London on Tuesday that ministers had "
              "ignored the climate impact of burning the oil produced. Lawyers for the two "
              "groups said the approval should be quashed. Mr Justice Pemberton adjourned "
              "the hearing until 21 October, when lawyers for the energy department are "
              "expected to respond. The field, west of Shetland, is expected to produce up "
              "to 70,000 barrels a day at its peak.",
              "Skerryvore: climate groups take oilfield fight to High "
              "Court\n\nEnvironmental campaigners began their legal challenge on Tuesday "
              "against the approval of the Skerryvore field, arguing that the emissions "
              "from the oil once burnt should have been assessed. The government and the "
              "operator say the approval was lawful.\n\nThe judge, Mr Justice Pemberton, "
              "adjourned the case to 28 October. Read more: Why Skerryvore matters for the "
              "North Sea.",
          ],
          ["2025-10-14", "2025-10-14"],
          r"21(st)? oct|oct(ober|\.)? 21|2025-10-21|10-21",
          r"28(th)? oct|oct(ober|\.)? 28|2025-10-28|10-28"),
    _case("court-I6", "court",
          "control: court named two ways, rounding, judge's two unrelated quotes", False, [
              "The Court of Appeal in London ruled on Tuesday that Marlow Logistics must "
              "pay GBP 1.27 million in damages to a former director whose emails were "
              "secretly read by the company's security team. Lord Justice Hallworth, "
              "giving the lead judgment, said: 'This was a grave breach of trust by an "
              "employer against one of its own senior staff.' The three judges dismissed "
              "the company's appeal unanimously. Marlow said it would consider its options.",
              "Marlow Logistics has lost its bid to overturn a damages award of about "
              "£1.3m to a former director whose private messages were monitored by the "
              "firm.\n\nEngland's appeals court rejected the challenge on Tuesday. Lord "
              "Justice Hallworth said in the judgment that 'the law on this point is clear "
              "and has been for some time'. All three judges agreed.",
          ],
          None),
    _case("court-I7", "court",
          "control: old and new sentence; weekday stated from different publication days", False, [
              "An appeals court on Wednesday cut the prison sentence of former city "
              "councillor Ramon Estrada from 10 years to seven, finding that the trial "
              "judge had wrongly counted one of the bribery charges twice. The three-judge "
              "panel upheld his convictions. Estrada, who has already served two years, "
              "could be eligible for parole sooner as a result. Prosecutors said they were "
              "reviewing the decision.",
              "Ex-councillor Ramon Estrada will serve seven years, down from a decade, "
              "after a three-judge appeals panel reduced his term on Wednesday. The panel "
              "said the lower court had double-counted a bribery charge but left the "
              "convictions intact.\n\nEstrada has been in custody for two years. 'We are "
              "relieved,' said his lawyer, Dana Whitcombe.",
          ],
          ["2025-04-09", "2025-04-10"]),
    _case("cb-I1", "central bank", "weekday vs date of the decision", True, [
              "LONDON (Reuters) - The Bank of England cut interest rates to 4% on "
              "Thursday, its fifth reduction in a year, but only after an unusually close "
              "vote in which the Monetary Policy Committee split 5-4. Four members wanted "
              "to keep Bank Rate at 4.25%. Governor Andrew Bailey said the path for "
              "further cuts was 'gradual and careful'. The BoE now expects inflation to "
              "peak at 4% in September, double its target.",
              "Mortgage holders got some good news as the Bank of England lowered Bank "
              "Rate to 4 per cent at its meeting on Wednesday, although the narrow 5-4 "
              "vote on the MPC suggests further cuts may be slow in coming.\n\nWhat does "
              "it mean for you? Around 600,000 people on tracker deals will see their "
              "monthly payments fall straight away. Savers, meanwhile, are likely to see "
              "easy-access rates edge lower in the coming weeks.\n\nAdvertisement\n\nThe "
              "Bank thinks inflation will peak at 4 per cent in September before easing.",
          ],
          ["2025-08-07", "2025-08-07"],
          r"thursday|aug(ust|\.)? 7\b|2025-08-07|\b7(th)? aug",
          r"wednesday|aug(ust|\.)? 6\b|2025-08-06|\b6(th)? aug"),
    _case("cb-I2", "central bank", "who dissented", True, [
              "WASHINGTON - The Federal Reserve lowered its benchmark interest rate by a "
              "quarter of a percentage point on Wednesday, to a range of 3.75% to 4%, and "
              "signalled that further cuts were likely but not guaranteed. The vote was "
              "11-1. The lone dissent came from Governor Stephen Miran, who favoured a "
              "half-point cut. Chair Jerome Powell told reporters that the labour market "
              "had 'cooled noticeably' since the summer. Markets had fully priced in the "
              "move.",
              "Fed trims rates again, with one dissent\n\nThe Fed delivered the "
              "quarter-point cut investors expected on Wednesday, taking the federal funds "
              "rate to 3.75%-4.00%. Eleven officials backed the decision. Governor "
              "Christopher Waller dissented, saying he would have preferred a larger, "
              "half-point reduction. At his press conference, Powell said policymakers "
              "were 'not on a preset course.' Treasury yields edged higher after the "
              "announcement.",
          ],
          None,
          r"miran",
          r"waller"),
    _case("cb-I3", "central bank",
          "size of bond-purchase taper (second half of a long sentence)", True, [
              "TOKYO - The Bank of Japan kept its short-term policy rate at 0.5% on "
              "Tuesday and said it would slow the pace at which it reduces its government "
              "bond purchases from April next year, cutting them by 200 billion yen per "
              "quarter instead of the current 400 billion yen. Governor Kazuo Ueda said "
              "the bank wanted to avoid sudden moves in the bond market. The decision on "
              "rates was unanimous. The yen was little changed.",
              "The BOJ left rates on hold at 0.5 per cent, as widely expected, and "
              "announced a review of its bond taper in which, from April 2026, quarterly "
              "reductions in JGB buying will shrink to 100 billion yen from the 400 "
              "billion yen pace in place now.\n\nUeda told a press conference that "
              "stability in the long end of the market was 'important for the whole "
              "economy'. All nine board members voted to hold rates. Share on X | Share on "
              "Facebook",
          ],
          ["2025-06-17", "2025-06-17"],
          r"(?<![\d.,])200(?![\d.,]*\d)|two hundred",
          r"(?<![\d.,])100(?![\d.,]*\d)|one hundred"),
    _case("cb-I4", "central bank", "person's title", True, [
              "STOCKHOLM - Sweden's central bank cut its policy rate by a quarter point to "
              "1.75% on Wednesday and said it was likely to stay there for some time. 'We "
              "think the rate is now at a level that supports the recovery,' said Anna "
              "Bergqvist, the Riksbank's first deputy governor, at a press briefing. "
              "Governor Erik Thedeen did not attend because of travel. The krona weakened "
              "slightly against the euro.",
              "The Riksbank lowered its key rate to 1.75 per cent on Wednesday, a cut of "
              "25 basis points, and signalled a pause.\n\nPresenting the decision in place "
              "of the travelling governor, chief economist Anna Bergqvist said: 'We think "
              "the rate is now at a level that supports the recovery.' Inflation in Sweden "
              "has been pushed up by food prices this year.",
          ],
          None,
          r"deputy governor",
          r"chief economist"),
    _case("cb-I5", "central bank", "size of rate cut (bps vs points)", True, [
              "WELLINGTON (Reuters) - The Reserve Bank of New Zealand cut its Official "
              "Cash Rate by 50 basis points to 2.5% on Wednesday, a bigger move than most "
              "economists had forecast, and said it remained open to further easing. The "
              "central bank said the economy had stalled in the middle of the year. The "
              "New Zealand dollar fell sharply after the announcement.",
              "New Zealand's central bank trimmed its benchmark rate by a quarter of a "
              "percentage point to 2.5% on Wednesday, saying spare capacity in the economy "
              "was growing.\n\nKiwi home owners have seen mortgage rates fall steadily "
              "this year. The RBNZ said it was open to further cuts. The New Zealand "
              "dollar dropped on the news.",
          ],
          None,
          r"(?<![\d.])50 ?(basis|bps?\b|bp\b|b\.p)|(?<![\d.])0\.5(0)? ?(percentage|pp|point|"
          r"%)|half",
          r"(?<![\d.])25 ?(basis|bps?\b|bp\b|b\.p)|(?<![\d.])0\.25|quarter"),
    _case("cb-I6", "central bank",
          "control: bps vs points, old and new rate, names two ways, two quotes", False, [
              "LONDON - The Bank of England cut Bank Rate by 25 basis points to 3.75% on "
              "Thursday. The Monetary Policy Committee voted 5-4 for the reduction, with "
              "four members preferring to hold. Governor Andrew Bailey said: 'We still "
              "think rates are on a gradual downward path.' Sterling slipped against the "
              "dollar after the announcement.",
              "The BoE delivered a quarter-point rate cut on Thursday, taking borrowing "
              "costs down from 4% to 3.75%. Five MPC members voted for the cut and four "
              "wanted no change.\n\nRead more: What the rate cut means for your "
              "mortgage\n\nAndrew Bailey, the Bank's governor, told broadcasters: 'Every "
              "decision from here is going to be a closer call.' The pound weakened "
              "slightly.",
          ],
          ["2025-12-18", "2025-12-18"]),
    _case("cb-I7", "central bank",
          "control: same decision on different calendar days across time zones", False, [
              "WASHINGTON (AP) - The Federal Reserve on Wednesday cut its key interest "
              "rate by a quarter point to a range of 4% to 4.25%, its first cut of the "
              "year, announcing the decision at 2 p.m. in Washington. Governor Stephen "
              "Miran dissented in favour of a half-point cut. Chair Jerome Powell "
              "described the move as a 'risk management cut'. Officials pencilled in two "
              "more reductions before the end of the year.",
              "TOKYO - The US Federal Reserve lowered its policy rate by 0.25 percentage "
              "point to 4.00-4.25 per cent, in a decision announced at 3 a.m. Thursday "
              "Japan time. It was the Fed's first rate cut this year. Newly appointed "
              "governor Stephen Miran dissented, calling for a half-point "
              "reduction.\n\nThe Nikkei average opened higher on Thursday, and the yen "
              "strengthened slightly against the dollar. The Fed's projections point to "
              "two further cuts this year.",
          ],
          ["2025-09-17", "2025-09-18"]),
    _case("rocket-I1", "rocket", "clock time across zones (3 reports)", True, [
              "BEIJING (Reuters) - Chinese private rocket maker LandSpace launched its "
              "reusable Zhuque-3 rocket on its maiden orbital flight on Wednesday, lifting "
              "off from the Jiuquan Satellite Launch Center at around 9 a.m. Beijing time. "
              "The company said the second stage reached its planned orbit. An attempt to "
              "recover the first stage on a landing pad in the desert failed, according to "
              "footage shared on social media. LandSpace did not immediately comment on "
              "the booster.",
              "China's Zhuque-3 reaches orbit on first try, booster lost\n\nLandSpace's "
              "stainless-steel Zhuque-3 blasted off at 10:20 a.m. local time from Jiuquan "
              "in the Gobi Desert, putting its upper stage into orbit on the first "
              "attempt. The first stage, which was meant to fly back and land, appeared to "
              "break apart during its landing burn.\n\nAdvertisement\n\nThe company is one "
              "of several Chinese start-ups racing to build reusable rockets, a field long "
              "dominated by SpaceX.",
              "Zhuque-3 launched at 0100 GMT on Wednesday from the Jiuquan center in "
              "northwest China, the first orbital attempt by LandSpace's new "
              "methane-fuelled rocket. The upper stage made orbit; the booster did not "
              "survive its landing attempt. Analysts said reaching orbit on a debut flight "
              "was still a significant achievement for a private company.",
          ],
          None,
          r"\b9(:00)? ?a\.?m|09:00|\b9\b|01:00|\b0100\b|\b1(:00)? ?a\.?m",
          r"10:20|\b1020\b|02:20|\b0220\b"),
    _case("rocket-I2", "rocket", "name of the spacecraft", True, [
              "CAPE CANAVERAL, Fla. (AP) - Four astronauts from the United States, Japan "
              "and Russia rocketed toward the International Space Station on Friday aboard "
              "SpaceX's Crew Dragon capsule Endeavour, which is making its sixth flight. "
              "The Falcon 9 lifted off from NASA's Kennedy Space Center just before noon. "
              "The crew is due to dock with the station early on Saturday and to stay for "
              "about six months.",
              "Crew heads to ISS\n\nA Falcon 9 carried four crew members into orbit on "
              "Friday from Kennedy Space Center. They are expected to reach the space "
              "station early Saturday. 'It was a smooth ride,' the commander radioed "
              "shortly after reaching orbit. The booster landed back at the Cape a few "
              "minutes after launch.\n\nPictured: the Dragon spacecraft Resilience on top "
              "of the Falcon 9 before launch. (Photo: NASA)\n\nRead more: Who's on board?",
          ],
          ["2025-08-01", "2025-08-01"],
          r"endeavou?r",
          r"resilience"),
    _case("rocket-I3", "rocket", "duration of test flight", True, [
              "SpaceX's Starship completed its test flight on Tuesday with a controlled "
              "splashdown in the Indian Ocean, about 66 minutes after lifting off from the "
              "company's Starbase site in south Texas. During the flight the ship deployed "
              "eight mock satellites and relit one of its engines in space. The Super "
              "Heavy booster was brought down into the Gulf of Mexico as planned. Elon "
              "Musk called the mission 'a great day'.",
              "Starship finally nails it\n\nAfter a string of failures earlier in the "
              "year, SpaceX's giant rocket flew cleanly on Tuesday. The upper stage "
              "released eight dummy Starlink satellites, relit a Raptor engine in orbit "
              "and came down in the Indian Ocean roughly an hour and a half after liftoff "
              "from Starbase, Texas.\n\nThe booster, as planned, ended its flight with a "
              "splashdown in the Gulf of Mexico. Engineers will now turn their attention "
              "to the next version of the vehicle.",
          ],
          None,
          r"(?<![\d.])66 ?(min|mins|minutes)\b|sixty-six|1 ?h(ours?|r)? ?(and )?6 ?min",
          r"hour and a half|(?<![\d.])90 ?(min|mins|minutes)\b|1\.5 ?(hours?|hrs?|h\b)|"
          r"one and a half"),
    _case("rocket-I4", "rocket", "launch pad (places at different precision)", True, [
              "A SpaceX Falcon 9 rocket launched a GPS III navigation satellite for the "
              "U.S. Space Force early on Wednesday from Launch Complex 39A at NASA's "
              "Kennedy Space Center in Florida. The first-stage booster landed on the "
              "drone ship A Shortfall of Gravitas in the Atlantic about eight minutes "
              "after liftoff. The satellite is the eighth of its generation. Space Force "
              "officials said it would join the operational constellation within weeks.",
              "Space Force adds another GPS III satellite\n\nThe newest GPS III satellite "
              "rode a Falcon 9 into orbit on Wednesday from Space Launch Complex 40 at "
              "Cape Canaveral Space Force Station. It is the eighth satellite in the "
              "series. The booster touched down on the drone ship A Shortfall of Gravitas "
              "roughly eight minutes into the flight, SpaceX said. Share this article",
          ],
          None,
          r"39a|kennedy",
          r"(?<![\d.])40(?!\d)|slc-?40|space force station|cape canaveral"),
    _case("rocket-I5", "rocket", "count of failed engines", True, [
              "Starship's eighth test flight ended prematurely on Thursday when the upper "
              "stage lost several engines and began to tumble before breaking apart over "
              "the Atlantic. Earlier, the Super Heavy booster had been caught by the "
              "launch tower at Starbase. SpaceX said three of the booster's 33 engines "
              "failed to relight during the boostback burn, though the catch went ahead. "
              "The Federal Aviation Administration briefly halted flights at several "
              "Florida airports because of falling debris.",
              "SpaceX caught its booster again, but lost the ship\n\nThe Super Heavy "
              "booster returned to the tower at Starbase and was caught by the "
              "'chopsticks' arms for the third time, even though five of its 33 Raptor "
              "engines did not relight for the boostback burn, according to the company's "
              "webcast commentary.\n\nThe Starship upper stage was less fortunate: it spun "
              "out of control minutes later and broke up, scattering debris that was "
              "visible from the Bahamas and Florida. The FAA held flights at a number of "
              "airports for a time.",
          ],
          ["2025-03-07", "2025-03-07"],
          r"\bthree\b|(?<![\d.])3(?![\d.])",
          r"\bfive\b|(?<![\d.])5(?![\d.])"),
    _case("rocket-I6", "rocket", "control: km vs miles, organisation named two ways", False, [
              "SRIHARIKOTA, India - The Indian Space Research Organisation on Saturday "
              "carried out the first flight test of the crew escape system for its "
              "Gaganyaan human spaceflight programme. The test vehicle climbed to an "
              "altitude of about 17 km before the crew module separated and descended "
              "under parachutes. It splashed down in the Bay of Bengal about 10 km off the "
              "coast and was recovered by the Indian Navy. ISRO chairman S. Somanath "
              "called the test a success.",
              "India's space agency ISRO tested the escape system that is meant to save "
              "astronauts if a Gaganyaan launch goes wrong.\n\nThe single-stage test "
              "rocket reached roughly 10.5 miles (17 km) in altitude, then the empty crew "
              "capsule popped free and drifted down on parachutes into the Bay of Bengal, "
              "some 6 miles from Sriharikota. Navy divers recovered it. 'The mission has "
              "gone off as planned,' the agency's chairman said.",
          ],
          None),
    _case("rocket-I7", "rocket",
          "control: count updated later, with dates showing the order", False, [
              "Starship's upper stage broke apart minutes after launch on Thursday during "
              "its seventh test flight, raining debris over the Turks and Caicos Islands. "
              "The Federal Aviation Administration said it had briefly slowed traffic into "
              "Miami and Fort Lauderdale, and that as of Thursday evening about 20 flights "
              "had been diverted. The Super Heavy booster was caught by the launch tower "
              "in Texas.",
              "Updated figures released by the FAA on Friday showed that 28 flights in "
              "total were diverted on Thursday after SpaceX's Starship broke up over the "
              "Caribbean, up from the agency's first count. The agency has ordered a "
              "mishap investigation.\n\nThe booster was successfully caught back at "
              "Starbase, the second time SpaceX has managed the manoeuvre.",
          ],
          ["2025-01-16", "2025-01-17"]),
    _case("quake-I1", "earthquake", "death toll conflict at the same time", True, [
              "KABUL (AP) - A powerful earthquake struck eastern Afghanistan late on "
              "Sunday, flattening villages of mud-brick homes in the mountainous Kunar "
              "province. The interior ministry said on Monday evening that at least 132 "
              "people had been killed and more than 500 injured. The magnitude 6.0 quake "
              "hit shortly before midnight at a shallow depth, according to the U.S. "
              "Geological Survey. Rescuers were using helicopters to reach villages cut "
              "off by landslides.",
              "Rescue teams in Kunar were still digging through rubble on Monday night, a "
              "day after the magnitude 6.0 earthquake. 'At least 213 people are confirmed "
              "dead and more than 500 have been injured,' an interior ministry spokesman "
              "said on Monday evening.\n\nRoads into several valleys remain blocked by "
              "landslides, and aid agencies say many survivors spent the night in the "
              "open. 'Whole families are gone,' a resident of Nurgal district told a local "
              "radio station.\n\nAdvertisement",
          ],
          ["2025-09-01", "2025-09-01"],
          r"(?<![\d.,])132(?!\d)",
          r"(?<![\d.,])213(?!\d)"),
    _case("quake-I2", "earthquake", "epicentre town", True, [
              "ISTANBUL (Reuters) - A magnitude 6.1 earthquake shook western Turkey on "
              "Sunday evening, centred in the Sindirgi district of Balikesir province, the "
              "disaster agency AFAD said. One elderly person was pulled dead from the "
              "rubble of a collapsed building and 29 people were injured. Tremors were "
              "felt in Istanbul and Izmir. Interior Minister Ali Yerlikaya said teams were "
              "searching 16 damaged buildings.",
              "Balikesir quake: one dead, 29 injured\n\nThe 6.1-magnitude earthquake had "
              "its epicentre near the small town of Bigadic in Balikesir province, "
              "according to Turkey's Disaster and Emergency Management Authority. It "
              "struck on Sunday evening and was felt as far away as Istanbul.\n\nOne "
              "person died and 29 were hurt, Interior Minister Ali Yerlikaya said. Schools "
              "in the area will stay closed on Monday while buildings are checked.",
          ],
          None,
          r"s[iı]nd[iı]rg[iı]",
          r"b[iı]gad[iı][cç]"),
    _case("quake-I3", "earthquake", "clock time across zones", True, [
              "TOKYO - A magnitude 7.5 earthquake struck off the coast of Aomori "
              "prefecture in northern Japan at 11:15 p.m. local time on Monday, the Japan "
              "Meteorological Agency said, prompting a tsunami warning for parts of the "
              "Pacific coast. Waves of up to 70 centimetres were observed at a port in "
              "Iwate. Several people were injured by falling objects, public broadcaster "
              "NHK reported. The agency warned of strong aftershocks in the coming week.",
              "Japan quake triggers tsunami warning\n\nThe 7.5-magnitude quake hit at 1315 "
              "GMT off Aomori, according to the Japan Meteorological Agency, and was "
              "followed by a tsunami warning for the northern Pacific coast. A wave of 70 "
              "cm was recorded in Iwate.\n\nResidents in coastal towns were told to move "
              "to higher ground. 'The shaking went on for a long time,' said a hotel "
              "worker in Hachinohe.",
          ],
          None,
          r"11:15|\b1115\b|14:15|\b1415\b|23:15",
          r"13:15|\b1315\b|10:15|22:15"),
    _case("quake-I4", "earthquake", "magnitude", True, [
              "PORT VILA - A strong earthquake struck off Vanuatu's main island of Efate "
              "on Tuesday, with the US Geological Survey putting its magnitude at 6.4. The "
              "quake was centred about 30 km west of the capital at a depth of 57 km. A "
              "tsunami warning was issued and lifted within an hour. Landslides blocked a "
              "road north of Port Vila and the government said it was assessing damage to "
              "several bridges.",
              "Vanuatu earthquake: USGS says magnitude 6.9\n\nThe US Geological Survey "
              "measured the tremor at 6.9. It struck on Tuesday some 30 km west of Port "
              "Vila, at a depth of 57 km, and a brief tsunami warning was later withdrawn. "
              "Residents described objects falling from shelves in the capital. Read more: "
              "The Pacific's most earthquake-prone countries.",
          ],
          None,
          r"(?<![\d.])6\.4(?!\d)",
          r"(?<![\d.])6\.9(?!\d)"),
    _case("quake-I5", "earthquake", "obvious typo in the year of a date", True, [
              "YANGON - Rescuers in Myanmar worked through the night after the magnitude "
              "7.7 earthquake that struck the centre of the country on 28 March 2025, "
              "bringing down buildings in Mandalay and the capital, Naypyitaw. The "
              "military government declared a state of emergency in six regions. The "
              "epicentre was near the city of Sagaing. Neighbouring Thailand also reported "
              "damage, including a high-rise under construction in Bangkok.",
              "MANDALAY - The earthquake that hit central Myanmar on March 28, 3025, was "
              "the strongest to strike the country in more than a century, seismologists "
              "said. The 7.7 magnitude quake was centred near Sagaing, close to "
              "Mandalay.\n\nMyanmar's military leadership made a rare appeal for "
              "international help and declared an emergency in six regions. In Bangkok, a "
              "tower block under construction collapsed.",
          ],
          ["2025-03-29", "2025-03-29"],
          r"2025",
          r"3025"),
    _case("quake-I6", "earthquake", "control: km vs miles, agency named two ways", False, [
              "KATHMANDU - A magnitude 5.8 earthquake shook central Nepal on Friday "
              "morning, the US Geological Survey said, centred about 80 km (50 miles) "
              "southwest of Kathmandu at a depth of 10 km. Buildings swayed in the capital "
              "and residents ran into the streets, but there were no immediate reports of "
              "deaths. Police said three people were hurt by falling bricks.",
              "Nepal tremor: no deaths reported\n\nThe USGS said the 5.8-magnitude quake "
              "struck on Friday morning at a shallow depth of about six miles, with its "
              "epicentre some 50 miles south-west of the Nepali capital.\n\nThree people "
              "were injured by falling masonry, according to police. Many Kathmandu "
              "residents stayed outside for hours, remembering the 2015 disaster.",
          ],
          None),
    _case("quake-I7", "earthquake",
          "control: death toll updated, with dates showing the order", False, [
              "A magnitude 7.7 earthquake struck central Myanmar on Friday, with its "
              "epicentre near Sagaing. The military government said at least 144 people "
              "had been killed and 732 injured, warning that the numbers were likely to "
              "rise. Buildings collapsed in Mandalay, and in Bangkok a high-rise under "
              "construction fell.",
              "Myanmar's death toll from Friday's earthquake rose to 1,700 on Sunday, the "
              "military government said, with about 3,400 people injured as rescuers "
              "reached more damaged towns. The 7.7-magnitude quake was centred near "
              "Sagaing.\n\nInternational aid teams from China, India and Russia have "
              "arrived. Aftershocks continued to rattle Mandalay.",
          ],
          ["2025-03-28", "2025-03-30"]),
    _case("quake-I8", "earthquake",
          "control: same moment on different calendar days, km vs miles", False, [
              "An 8.8-magnitude earthquake struck off Russia's Kamchatka Peninsula at "
              "11:24 a.m. local time on Wednesday, one of the strongest ever recorded, "
              "triggering tsunami warnings around the Pacific. The quake was centred at a "
              "depth of 20.7 km, the US Geological Survey said. Japan ordered evacuations "
              "along its Pacific coast.",
              "A magnitude 8.8 quake struck off Kamchatka in Russia's Far East at 7:24 "
              "p.m. Eastern time on Tuesday (2324 GMT), setting off tsunami alerts from "
              "Japan to Hawaii. The USGS put its depth at about 13 miles.\n\nShare this "
              "article\n\nResidents of Honolulu were told to move away from the coast. "
              "Japan also issued evacuation orders.",
          ],
          ["2025-07-30", "2025-07-29"]),
    _case("elect-I1", "election", "winner's vote share", True, [
              "LISBON (Reuters) - Antonio Seixas won Portugal's presidential runoff on "
              "Sunday with 52.3% of the vote, according to near-complete official results, "
              "defeating former defence minister Rui Lameiras. Seixas, a law professor who "
              "had never held elected office, will be sworn in on March 9. Turnout was "
              "about 55%. Lameiras conceded in a short speech in Porto, saying he had "
              "called the winner to congratulate him.",
              "Portugal elects a newcomer as president\n\nLaw professor Antonio Seixas "
              "will be Portugal's next head of state after taking 53.2 per cent in "
              "Sunday's second round, with almost all votes counted. His rival, Rui "
              "Lameiras, a former defence minister, accepted defeat on Sunday "
              "night.\n\nThe presidency is largely ceremonial in Portugal, but the "
              "president can dissolve parliament and veto laws. Seixas takes office on 9 "
              "March. Advertisement",
          ],
          None,
          r"52\.3",
          r"53\.2"),
    _case("elect-I2", "election", "margin of victory", True, [
              "BUFFALO, N.Y. (AP) - City Council member Tanya Brooks was declared the "
              "winner of Buffalo's mayoral race on Thursday, two days after the election, "
              "once the county board of elections finished counting absentee ballots. "
              "Brooks beat former police commissioner Gerald Haney by about 7,000 votes, "
              "the board said. Haney conceded in a statement, wishing her well. Brooks "
              "will take office on Jan. 1.",
              "It's official: Tanya Brooks is Buffalo's next mayor\n\nTwo days after "
              "Tuesday's vote, the Erie County Board of Elections confirmed what Brooks's "
              "campaign had claimed on election night. The council member finished just "
              "over 17,000 votes ahead of Gerald Haney, the former police "
              "commissioner.\n\nHaney issued a brief statement conceding the race. Brooks, "
              "who ran on a promise to fix the city's snow-removal contracts, takes office "
              "on January 1. Read more: Five things to know about the mayor-elect.",
          ],
          ["2025-11-06", "2025-11-06"],
          r"(?<![\d,.])7[, ]?000(?!\d)|(?<!teen )seven thousand|(?<!\d)7k\b",
          r"17[, ]?000|seventeen thousand|17k\b"),
    _case("elect-I3", "election", "turnout", True, [
              "OSLO - Norway's governing Labour Party won the most votes in Monday's "
              "parliamentary election and will stay in power with the support of smaller "
              "left-leaning parties, according to preliminary results. Turnout was 78.1%, "
              "the election authority said. The populist Progress Party came second, its "
              "best result in more than a decade. Prime Minister Jonas Gahr Store thanked "
              "voters in a speech to supporters in Oslo.",
              "Norway election: Labour holds on, Progress surges\n\nPrime Minister Jonas "
              "Gahr Store's Labour Party will remain in government after finishing first "
              "on Monday, with backing from parties on the left. The Progress Party, on "
              "the populist right, had its strongest showing in years and came "
              "second.\n\nTurnout stood at 71.8 per cent, according to the Norwegian "
              "Directorate of Elections. The new parliament, the Storting, will meet in "
              "early October.",
          ],
          None,
          r"78\.1",
          r"71\.8"),
    _case("elect-I4", "election", "seats won (3 reports)", True, [
              "BRATISLAVA (Reuters) - The centrist Civic Renewal party won 87 of the 150 "
              "seats in Slovakia's parliament in Saturday's election, final results showed "
              "on Sunday, giving it an outright majority for the first time. Party leader "
              "Marta Horvathova said she would start talks on forming a government on "
              "Monday. Turnout was 66.2%.",
              "Slovakia: Civic Renewal wins majority\n\nCivic Renewal took 78 seats in the "
              "150-member National Council, according to final results published on Sunday "
              "by the statistics office, enough to govern alone. 'Slovakia has chosen a "
              "new direction,' Marta Horvathova told supporters in Bratislava. Voter "
              "turnout was 66.2 per cent.\n\nShare this article",
              "Civic Renewal, led by Marta Horvathova, secured 87 seats in the 150-seat "
              "chamber, a clear majority. The governing party fell to second place. "
              "Horvathova is expected to be asked by the president to form a cabinet "
              "within days. Analysts said the result reflected anger over high energy "
              "prices.",
          ],
          ["2025-10-27", "2025-10-27", "2025-10-27"],
          r"(?<![\d.])87(?!\d)",
          r"(?<![\d.])78(?!\d)"),
    _case("elect-I5", "election", "speaker credited with a quote", True, [
              "LJUBLJANA - Slovenia's opposition Forward party won Sunday's parliamentary "
              "election, according to preliminary results released by the State Election "
              "Commission shortly before midnight. 'Tonight it is the voters who have won, "
              "not any single party,' said Mojca Kranjc, the head of the State Election "
              "Commission, as she presented the count. Forward's leader Tomaz Zupan is "
              "expected to be asked to form a government.",
              "Slovenia votes for change\n\nForward, the main opposition party, came first "
              "in Sunday's election, preliminary results showed late on Sunday "
              "night.\n\n'Tonight it is the voters who have won, not any single party,' "
              "Forward leader Tomaz Zupan told cheering supporters in Ljubljana. He is "
              "expected to get the first chance to form a coalition. The State Election "
              "Commission will publish final results after postal votes are counted.",
          ],
          None,
          r"kranjc|commission",
          r"zupan|forward|leader"),
    _case("elect-I6", "election",
          "control: rounding; vote counts and shares of different candidates", False, [
              "BUCHAREST (AP) - Bucharest Mayor Nicusor Dan won Romania's presidential "
              "runoff on Sunday with 53.6% of the vote, defeating nationalist George "
              "Simion, who took 46.4%, the central election bureau said on Monday. Turnout "
              "was 64.7%, far higher than in the first round. Simion, who had claimed "
              "victory early on Sunday evening, later conceded.",
              "Romania's new president: Nicusor Dan\n\nWith all ballots counted, Dan "
              "received 6.17 million votes to 5.34 million for George Simion, the election "
              "bureau said on Monday, giving the mayor of Bucharest nearly 54% of the "
              "vote. Almost 65% of eligible voters took part.\n\nAdvertisement\n\nSimion "
              "initially refused to accept the outcome but conceded later on Sunday night.",
          ],
          ["2025-05-19", "2025-05-19"]),
    _case("elect-I7", "election",
          "control: partial count then final result, with dates; one person's two quotes", False, [
              "TUCSON, Ariz. - With about 85% of the expected vote counted early "
              "Wednesday, Mayor Elena Delgado led her challenger, businessman Craig "
              "Sutton, with 51.2% in Tuesday's mayoral election, according to the Pima "
              "County elections department. Delgado told supporters she was confident: 'We "
              "will be a city that works for everyone.' Sutton said he would wait for all "
              "ballots to be counted.",
              "Delgado wins second term\n\nFinal unofficial results released on Thursday "
              "showed that Tucson Mayor Elena Delgado won re-election with 50.6% of the "
              "vote, defeating Craig Sutton. Sutton conceded on Thursday afternoon.\n\n'My "
              "first call tomorrow will be to the transit authority,' Delgado said in a "
              "statement. Late-counted ballots narrowed her lead but did not change the "
              "outcome.",
          ],
          ["2025-11-05", "2025-11-07"]),
]
