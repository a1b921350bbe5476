"""Domain battery, part W: blind held-out cases for issue 11 (discrepancy finding).

Part W, written by engineer W1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or other parts of the battery, before any run. It is a held-out part,
scored with `bench/bench_domain_battery.py W`. All texts were written for this file;
facts are real or plausible-invented. Style: non-US English-language outlets (Indian,
British, Irish, Australian, Singaporean, Hong Kong, South African, Canadian sites).
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "W", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---- trade ----
    _case("trade-W1", "trade", "duration (start/end times vs total)", True, [
        "LONDON — Chinese and American trade negotiators finally filed out of Lancaster House in "
        "the small hours of Wednesday, saying they had settled on a framework to put the truce "
        "reached in Geneva last month back on track. The second day of talks had got under way at "
        "10am London time on Tuesday and did not break up until well after midnight, according to "
        "people familiar with the meeting. Vice-Premier He Lifeng headed the Chinese side, facing "
        "US Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and trade envoy "
        "Jamieson Greer. Advertisement. The framework still needs the approval of Presidents Xi "
        "Jinping and Donald Trump before it can take effect. Under the Geneva arrangement, "
        "Washington's tariffs on most Chinese imports stand at 30 per cent, against Beijing's 10 "
        "per cent on American goods.",
        "Officials from Washington and Beijing have agreed in principle on how to implement the "
        "tariff truce they struck in Switzerland, after six hours of talks on the second day of "
        "their meeting in London, the US commerce secretary said. Howard Lutnick told reporters "
        "the arrangement should resolve the row over China's export controls on rare earths and "
        "magnets, which have left car makers from Detroit to Stuttgart short of parts. Beijing's "
        "delegation was led by He Lifeng, the vice-premier in charge of economic policy. Read "
        "more: Rare earth curbs bite in Europe. Under the deal made in Geneva, the United States "
        "charges 30% on most Chinese goods and China levies 10% on US imports. Both leaders must "
        "still sign off on the framework, officials said.",
    ], ["2025-06-11", "2025-06-11"],
        r"midnight|\b10(:00)? ?a\.?m|\b10:00|(?<![\d.])1[45] ?(hours?|hrs?|h\b)|f(our|if)teen",
        r"(?<![\d.])6 ?(hours?|hrs?|h\b)|six[- ]hours?|360 ?min"),
    _case("trade-W2", "trade", "length of tariff pause", True, [
        "WASHINGTON — The United States and China have agreed to extend their tariff truce by "
        "another 90 days, sparing markets a return to triple-digit duties that had been due to "
        "snap back this week. The extension was confirmed in an executive order signed by "
        "President Donald Trump and in a statement from China's Ministry of Commerce. Under the "
        "current arrangement Washington levies an additional 30 per cent on most Chinese goods, "
        "while Beijing charges 10 per cent on American imports. Analysts in Singapore said the "
        "move removed a near-term risk for the region's electronics exporters. 'This buys both "
        "sides time to bargain over soybeans, fentanyl and chips,' said one economist at a local "
        "bank. The truce was first agreed at talks in Geneva in May.",
        "US President Donald Trump has signed an order keeping the tariff ceasefire with China "
        "alive for another 60 days, the White House said, hours before the existing pause was due "
        "to lapse. China's commerce ministry issued a parallel statement confirming the extension "
        "and saying it would keep its own 10% levy on US goods unchanged. Washington's extra duty "
        "on most Chinese products stays at 30%. Indian exporters, who had hoped to gain from "
        "higher US tariffs on their Chinese rivals, will now watch the next round of talks "
        "closely, an official of the Federation of Indian Export Organisations said. Share this "
        "article. The two economies first agreed to lower their tit-for-tat duties after meetings "
        "in Geneva in May.",
        "Beijing and Washington have pushed back the expiry of their trade truce by three months. "
        "The Ministry of Commerce in Beijing said the suspension of higher tariffs would run for a "
        "further 90 days, and the White House confirmed the move in a short statement. The US "
        "keeps an additional 30 per cent tariff on most Chinese goods, and China a 10 per cent "
        "duty on US products. Hong Kong shares edged up on the news. Advertisement. Negotiators "
        "are expected to meet again before the new deadline, people familiar with the plans said.",
    ], None,
        r"(?<!\d)90[- ]?days?|ninety|three[- ]months?",
        r"(?<!\d)60[- ]?days?|sixty|two[- ]months?"),
    _case("trade-W3", "trade", "who led a delegation", True, [
        "STOCKHOLM — Senior US and Chinese officials resumed trade talks in the Swedish capital on "
        "Monday, aiming to extend a truce that expires on 12 August. The Chinese delegation is led "
        "by Vice-Premier He Lifeng, Beijing's top economic official, with US Treasury Secretary "
        "Scott Bessent heading the American team. The meeting is being held at Rosenbad, the "
        "office of the Swedish prime minister, on the waterfront in central Stockholm. Both sides "
        "want to avoid a return to the three-digit tariffs they slapped on each other in April. "
        "Markets in Shanghai and Hong Kong were little changed in afternoon trade.",
        "Trade delegations from the world's two largest economies sat down in Stockholm on Monday "
        "for their third round of negotiations since the spring. China's side is headed by "
        "Commerce Minister Wang Wentao, according to the state news agency Xinhua, while the "
        "American team is led by Treasury chief Scott Bessent. The venue, Rosenbad, houses the "
        "Swedish prime minister's office. Advertisement. A tariff truce first agreed in Geneva in "
        "May is due to lapse on 12 August unless the two sides agree otherwise. Economists warn "
        "that tariffs snapping back above 100 per cent would hurt Irish and other European "
        "exporters through weaker Chinese demand.",
    ], ["2025-07-28", "2025-07-28"], r"lifeng", r"wang wentao|wentao"),
    _case("trade-W4", "trade", "venue (place)", True, [
        "KUALA LUMPUR — US and Chinese negotiators held another round of trade talks on the "
        "sidelines of the ASEAN summit this weekend, meeting on an upper floor of Merdeka 118, the "
        "skyscraper that now dominates the Malaysian capital's skyline. Treasury Secretary Scott "
        "Bessent and Trade Representative Jamieson Greer faced a Chinese team under Vice-Premier "
        "He Lifeng. The discussions were meant to prepare a meeting between Donald Trump and Xi "
        "Jinping later in the month. Mr Bessent told reporters afterwards that the two sides had "
        "'a very substantial framework'. China's Ministry of Commerce said they had reached a "
        "'preliminary consensus' on issues including export controls and port fees.",
        "The world's two biggest economies have inched towards a trade deal after talks in Kuala "
        "Lumpur, held in a meeting suite at the Kuala Lumpur Convention Centre, next to the "
        "Petronas Twin Towers. Vice-Premier He Lifeng led Beijing's negotiators, while Washington "
        "sent Treasury Secretary Scott Bessent and US trade representative Jamieson Greer. Bessent "
        "described the outcome as 'a very substantial framework' that would let the two leaders "
        "sign off when they meet. Read more: What a US-China deal means for Australian iron ore. "
        "Beijing's commerce ministry spoke of a 'preliminary consensus' on port fees and export "
        "controls. The talks took place alongside the ASEAN leaders' summit.",
    ], None, r"merdeka", r"convention cent(re|er)|klcc"),
    _case("trade-W5", "trade", "clock time across zones", True, [
        "China and the United States will slash the tariffs they have imposed on each other's "
        "goods for 90 days, according to a joint statement issued after weekend talks in Geneva. "
        "The statement was made public shortly after 3pm Hong Kong time on Monday, and the Hang "
        "Seng index jumped about 3 per cent in the final hour of trading. US duties on Chinese "
        "goods will fall from 145 per cent to 30 per cent, while China's levies on American "
        "products drop from 125 per cent to 10 per cent. The reductions take effect on 14 May. "
        "Vice-Premier He Lifeng, who led China's team, said the talks had been 'candid, in-depth "
        "and constructive'.",
        "GENEVA — The US and China announced a sweeping but temporary climbdown in their trade war "
        "on Monday, agreeing to cut reciprocal tariffs by 115 percentage points for 90 days. The "
        "joint statement was released at 11:30 local time, and Treasury Secretary Scott Bessent "
        "then briefed reporters with Trade Representative Jamieson Greer at his side. American "
        "tariffs on Chinese imports will come down to 30% from 145%, and Chinese tariffs on US "
        "goods to 10% from 125%. The new rates apply from 14 May. Share this article. European "
        "stock markets rallied on the news.",
    ], ["2025-05-12", "2025-05-12"],
        r"(?<![\d:.])3([:.]00)? ?p\.?m|(?<![\d:])15[:.]00|(?<![\d:])07[:.]00",
        r"(?<![\d:])11[:.]30|(?<![\d:])09[:.]30|(?<![\d:])17[:.]30"),
    _case("trade-W6", "trade",
          "control: organisation named two ways; same moment on different days",
          False, [
        "China hit back at Washington again late on Wednesday, announcing that its additional "
        "tariff on all American goods will rise from 34 per cent to 84 per cent. The finance "
        "ministry said in a statement, released at about 22:00 GMT, that the new rate would apply "
        "from 12:01pm on Thursday, Beijing time. The Customs Tariff Commission of the State "
        "Council described the latest US escalation as 'a mistake on top of a mistake'. The move "
        "follows President Donald Trump's decision to raise US duties on Chinese goods to 104 per "
        "cent, which came into force earlier on Wednesday. Advertisement.",
        "SINGAPORE — Beijing has raised its retaliatory levy on US imports to 84 per cent from 34 "
        "per cent, China's Ministry of Finance said in a statement posted at 6am Singapore time on "
        "Thursday (10 April). The higher rate takes effect at 12.01pm today. China's tariff "
        "commission, which sits under the State Council, called Washington's latest increase 'a "
        "mistake on top of a mistake'. The US had earlier lifted its own duties on Chinese goods "
        "to 104 per cent. Regional exporters from Vietnam to Malaysia are bracing for knock-on "
        "effects, analysts said.",
    ], ["2025-04-09", "2025-04-10"]),
    _case("trade-W7", "trade", "control: old rate and new rate (different things)", False, [
        "President Donald Trump said on Thursday he would lower the tariff imposed on Chinese "
        "imports over fentanyl from 20 per cent to 10 per cent, after meeting Xi Jinping in the "
        "South Korean city of Busan. That would bring the combined US tariff on Chinese goods down "
        "to 47 per cent from about 57 per cent, Mr Trump told reporters aboard Air Force One. "
        "China in turn agreed to resume purchases of American soybeans and to pause its new export "
        "controls on rare earths for a year. Indian textile exporters said the cut narrowed the "
        "edge they had enjoyed over Chinese rivals in the American market.",
        "Donald Trump has halved the so-called fentanyl tariff on China to 10% following his "
        "meeting with Xi Jinping in Busan, South Korea. The duty had stood at 20%. The change "
        "takes the overall tariff on Chinese goods to 47%, down from roughly 57%, the US president "
        "said. Beijing will suspend its expanded rare-earth export controls for one year and buy "
        "US soybeans again. Read more: What the truce means for Australian farmers. Australian "
        "grain growers, who had won market share in China while American soybean shipments "
        "stalled, may now face tougher competition.",
    ], None),
    # ---- court ----
    _case("court-W1", "court", "vote split (justices in majority)", True, [
        "OTTAWA — The Supreme Court of Canada has struck down a one-year mandatory minimum prison "
        "sentence for possessing a loaded prohibited firearm, ruling that it could amount to cruel "
        "and unusual punishment. In a 6-3 decision, the majority found that the minimum could "
        "catch people with little moral blameworthiness, such as a licensed owner who stored a gun "
        "at the wrong address. Chief Justice Richard Wagner wrote for the majority. The federal "
        "government had argued that the sentence was a proportionate response to gun violence in "
        "Toronto and other cities. Read more: Which mandatory minimums remain in the Criminal "
        "Code? The ruling takes effect immediately.",
        "Canada's top court on Friday narrowly threw out a mandatory one-year jail term for "
        "possession of a loaded prohibited gun, with five of the nine justices finding it "
        "unconstitutional. Writing for the majority, Chief Justice Richard Wagner said the law "
        "'casts its net far too widely'. The dissenting judges said Parliament was entitled to set "
        "a firm floor for gun crime. Ottawa had defended the minimum as a response to shootings in "
        "the country's big cities. The decision has immediate effect, lawyers said.",
    ], ["2025-10-31", "2025-10-31"],
        r"(?<!\d)6 ?(-|–|to) ?3(?!\d)|six",
        r"(?<!\d)5 ?(-|–|to) ?4(?!\d)|five"),
    _case("court-W2", "court", "size of a fine (crore)", True, [
        "NEW DELHI: The Supreme Court on Tuesday refused to interfere with a National Green "
        "Tribunal order directing a Vapi-based chemicals maker to pay environmental compensation "
        "of Rs 25 crore for discharging untreated effluent into the Damanganga river. A bench of "
        "Justices Meera Rao and Anand Kulkarni said the polluter-pays principle left 'no room for "
        "sympathy' where a river had been damaged for years. The firm had argued that it had "
        "already spent Rs 6 crore on a new treatment plant. The amount must be deposited with the "
        "Gujarat Pollution Control Board within eight weeks. Share this article.",
        "In a setback for a Gujarat chemical manufacturer, the country's apex court has declined "
        "to set aside a green tribunal order asking it to pay ₹52 crore as environmental "
        "compensation. The company, based in Vapi, was found to have released untreated waste "
        "water into the Damanganga over several years. Justices Meera Rao and Anand Kulkarni held "
        "that a polluter must bear the cost of restoring the environment. Counsel for the firm "
        "told the bench it had already invested ₹6 crore in effluent treatment. The money is to be "
        "deposited with the state pollution control board within eight weeks.",
    ], None,
        r"(?<![\d.,])25 ?(crore|cr\b)|250 ?million|(rs\.?|₹|inr) ?25(?![\d.,])",
        r"(?<![\d.,])52 ?(crore|cr\b)|520 ?million|(rs\.?|₹|inr) ?52(?![\d.,])"),
    _case("court-W3", "court", "person's title", True, [
        "The government has lost its High Court bid to block publication of a report into the sale "
        "of a defence firm, after a judge ruled that ministers had failed to show it would damage "
        "national security. Mrs Justice Hartley said the claim to public interest immunity was "
        "'thinly evidenced' and ordered that the report be released within 28 days. Helen Ashdown "
        "KC, the Solicitor General, had argued for the Crown in person at the hearing in July. The "
        "Cabinet Office said it was 'carefully considering the judgment' and had not decided "
        "whether to appeal. The report concerns the 2023 takeover of Wiltshire-based Corvane "
        "Systems by an American private equity group.",
        "Ministers have been ordered to publish a confidential review of the takeover of defence "
        "supplier Corvane Systems after losing a case in the High Court. Mrs Justice Hartley gave "
        "the government 28 days to release the document, finding its secrecy arguments 'thinly "
        "evidenced'. Attorney General Helen Ashdown, who appeared personally for the government at "
        "the July hearing, had told the court that disclosure would harm national security. "
        "Advertisement. A Cabinet Office spokesperson said the department was considering the "
        "ruling. Corvane, based in Wiltshire, was bought by a US buyout firm in 2023.",
    ], ["2025-09-17", "2025-09-17"], r"solicitor[- ]general", r"attorney[- ]general"),
    _case("court-W4", "court", "weekday vs date mismatch", True, [
        "CANBERRA — The High Court has unanimously upheld a NSW law that makes it an offence to "
        "block major roads and rail lines during protests, dismissing a challenge brought by two "
        "climate activists. The seven justices handed down their judgment on Thursday, finding "
        "that the law did not unduly burden the implied freedom of political communication. The "
        "activists, who were arrested on the Sydney Harbour Bridge in 2023, faced fines of up to "
        "$22,000 or two years' jail under the provisions. Their lawyers said they were 'deeply "
        "disappointed'. The state's Attorney-General, Michael Daley, welcomed the outcome.",
        "Australia's highest court on 11 June rejected a constitutional challenge to New South "
        "Wales legislation targeting protesters who disrupt roads, bridges and railway stations. "
        "All seven judges agreed that the law was compatible with the implied freedom of political "
        "communication. The case was brought by two activists charged over a 2023 protest on the "
        "Sydney Harbour Bridge. Under the law, offenders can be fined up to $22,000 or jailed for "
        "up to two years. Read more: Climate protesters and the law. NSW Attorney-General Michael "
        "Daley said the decision gave police 'clarity'.",
    ], ["2025-06-12", "2025-06-12"],
        r"thursday|12 june|june 12|2025-06-12|06-12",
        r"wednesday|11 june|june 11|2025-06-11|06-11"),
    _case("court-W5", "court", "typo in a date (year 3025)", True, [
        "A former private banker accused of helping to launder the proceeds of an illegal online "
        "gambling syndicate will return to court on 3 November 3025, after his lawyers asked for "
        "more time to review documents. Tan Wei Ming, 41, faces 11 charges, including failing to "
        "report suspicious transactions involving more than S$12 million. The prosecution said it "
        "had handed over some 2,000 pages of bank records. Advertisement. If convicted of money "
        "laundering, he faces up to 10 years' jail, a fine of up to S$500,000, or both, for each "
        "charge.",
        "SINGAPORE — The case against a former relationship manager charged over an illegal "
        "gambling syndicate's money has been adjourned to 3 November 2025. Tan Wei Ming, 41, is "
        "accused of 11 offences, among them failing to flag suspicious transfers worth more than "
        "S$12 million. His defence counsel told the court they needed more time to go through "
        "about 2,000 pages of banking records disclosed by prosecutors. Each money-laundering "
        "charge carries a jail term of up to 10 years, a fine of up to S$500,000, or both.",
    ], None, r"3025", r"(?<!\d)2025(?!\d)"),
    _case("court-W6", "court", "control: rounding; sentence vs non-parole period", False, [
        "A former Melbourne financial planner who siphoned $3.2 million from the retirement "
        "savings of 14 elderly clients has been jailed for 12 years. County Court Judge Fiona "
        "Lattimore set a non-parole period of eight years, saying Graeme Ashcroft, 63, had 'preyed "
        "on trust built over decades'. Ashcroft pleaded guilty to 14 charges of obtaining a "
        "financial advantage by deception. The court heard he spent much of the money on gambling "
        "and a holiday house at Sorrento. Share this article. Several of his victims watched from "
        "the public gallery.",
        "Graeme Ashcroft, a 63-year-old former adviser who stole about $3 million from older "
        "clients, will spend at least eight years behind bars. The County Court in Melbourne "
        "sentenced him on Friday to a maximum of 12 years. Judge Fiona Lattimore said he had "
        "exploited relationships of trust that went back decades. He had admitted 14 counts of "
        "obtaining a financial advantage by deception, one for each victim. Much of the money was "
        "lost on the pokies or spent on a beach house on the Mornington Peninsula.",
    ], ["2025-08-15", "2025-08-15"]),
    _case("court-W7", "court",
          "control: court named two ways; two unrelated quotes of one person",
          False, [
        "JOHANNESBURG — The Constitutional Court has ruled that sections of the Electoral Act "
        "governing how seats are allocated to independent candidates are unconstitutional, and has "
        "given Parliament 24 months to correct them. The unanimous judgment, penned by Justice "
        "Nomsa Khumalo, found that the formula disadvantaged independents compared with political "
        "parties. The case was brought by a civil society group and two independent candidates who "
        "stood in the 2024 elections. Home Affairs Minister Leon Schreiber said: 'We respect the "
        "court and will study the judgment carefully before we brief Parliament.' The invalid "
        "provisions remain in force until they are amended.",
        "The ConCourt on Thursday found the seat-allocation rules for independent candidates in "
        "the Electoral Act invalid, and suspended the declaration for two years so that MPs can "
        "amend the law. Writing for a unanimous bench, Justice Nomsa Khumalo said the formula "
        "'tilts the field' towards parties. The challenge was brought by an advocacy organisation "
        "and two independents who contested the 2024 national and provincial elections. "
        "Advertisement. Home Affairs Minister Leon Schreiber, speaking at a separate event in Cape "
        "Town, said independent candidates were 'now a permanent feature of our democracy'. Until "
        "Parliament acts, the existing rules continue to apply.",
    ], None),
    # ---- central bank ----
    _case("cb-W1", "central bank", "size of move: basis points vs percentage points", True, [
        "The Bank of England has cut interest rates by 25 basis points to 4 per cent, the lowest "
        "level in more than two years, after an unusually divided vote among its policymakers. The "
        "Monetary Policy Committee split five votes to four in favour of the cut, and it took a "
        "second round of voting to reach a decision. Governor Andrew Bailey said future reductions "
        "would be 'gradual and careful'. Inflation is running at 3.6 per cent, well above the "
        "Bank's 2 per cent target. Read more: What the rate cut means for your mortgage.",
        "LONDON — Britain's central bank lowered borrowing costs by 0.5 percentage points to 4% on "
        "Thursday, though its policymakers were split almost down the middle. The nine-member MPC "
        "voted 5-4 for the move, needing an unprecedented second ballot to get there. Governor "
        "Andrew Bailey stressed that any further easing would be 'gradual and careful'. UK "
        "consumer price inflation stands at 3.6%, compared with the Bank's 2% goal. Sterling edged "
        "higher against the euro after the announcement.",
    ], ["2025-08-07", "2025-08-07"],
        r"(?<![\d.])25 ?(bp|bps|basis)|(?<![\d])0?\.25 ?(percentage|pp|point|%|per ?cent)|quarter",
        r"(?<![\d.])50 ?(bp|bps|basis)|(?<![\d])0?\.50? ?(percentage|pp|point|%|per ?cent)|half"),
    _case("cb-W2", "central bank", "vote split (unanimous vs divided)", True, [
        "MUMBAI: The Reserve Bank of India on Wednesday kept the repo rate unchanged at 5.5 per "
        "cent and retained its neutral stance, with Governor Sanjay Malhotra saying the central "
        "bank wanted to see the full effect of earlier cuts. The decision of the six-member "
        "Monetary Policy Committee was unanimous. The RBI lowered its inflation projection for "
        "2025-26 to 3.1 per cent from 3.7 per cent, while keeping its GDP growth forecast at 6.5 "
        "per cent. The standing deposit facility rate stays at 5.25 per cent and the marginal "
        "standing facility rate at 5.75 per cent. The RBI has cut the repo rate by a cumulative "
        "100 basis points since February.",
        "India's central bank left its key lending rate at 5.50% on Wednesday, pausing after 100 "
        "bps of cuts since February. The MPC was split 4-2 on the decision, Governor Sanjay "
        "Malhotra told reporters, with the minority preferring a further reduction. The RBI now "
        "sees CPI inflation averaging 3.1% in FY26, down from its earlier estimate of 3.7%, and it "
        "kept its growth projection unchanged at 6.5%. The policy stance remains neutral. "
        "Advertisement. Bond yields edged higher after the announcement.",
    ], None,
        r"unanim|(?<!\d)6 ?(-|–|to) ?0(?!\d)|all six",
        r"(?<!\d)4 ?(-|–|to) ?2(?!\d)|four|split|divided|minority"),
    _case("cb-W3", "central bank", "who dissented", True, [
        "TOKYO — The Bank of Japan kept its short-term policy rate at 0.5 per cent on Thursday, "
        "but the decision was not unanimous: board member Hajime Takata voted against it, "
        "proposing a rise to 0.75 per cent. The nine-member board voted 8-1. Governor Kazuo Ueda "
        "told a news conference that uncertainty stemming from US tariffs remained high. The bank "
        "raised its core inflation forecast for the fiscal year to March 2026 to 2.7 per cent from "
        "2.2 per cent. The yen weakened slightly against the dollar after the announcement.",
        "The BoJ held rates steady at 0.5% in an 8-1 vote, with Naoki Tamura the sole dissenter "
        "after he called for an increase to 0.75%. Governor Kazuo Ueda said uncertainty over US "
        "trade policy was still high and the bank would watch its effects closely. Policymakers "
        "now expect core consumer inflation of 2.7% for the fiscal year ending March 2026, up from "
        "2.2% in their previous projection. Share this article. Economists said the dissent raised "
        "the chance of a hike by the end of the year.",
    ], ["2025-07-31", "2025-07-31"], r"takata", r"tamura"),
    _case("cb-W4", "central bank", "size of bond-holding reduction", True, [
        "The Bank of England has slowed the pace at which it is shrinking its balance sheet, "
        "saying it will cut its stock of government bonds by £70bn over the next 12 months. The "
        "Monetary Policy Committee also voted 7-2 to leave Bank Rate at 4 per cent. The Bank said "
        "it would tilt sales away from long-dated gilts, whose yields have risen sharply this "
        "year. Governor Andrew Bailey said the change was designed to keep any effect on market "
        "functioning to a minimum. Advertisement. The 30-year gilt yield dipped after the "
        "announcement.",
        "Britain's central bank will reduce its gilt holdings by £100 billion over the coming "
        "year, it said on Thursday, as it kept interest rates on hold at 4%. Seven members of the "
        "MPC backed holding rates, while two voted for a quarter-point cut. Most of the reduction "
        "will come from bonds maturing rather than from active sales, and the Bank will sell fewer "
        "long-dated bonds than before. Governor Andrew Bailey said the aim was to limit any "
        "disruption in the gilt market.",
    ], None,
        r"(?<![\d.])70 ?(bn|billion|b\b)|£ ?70(?![\d.])",
        r"(?<![\d.])100 ?(bn|billion|b\b)|£ ?100(?![\d.])|0?\.1 ?(trillion|tn)"),
    _case("cb-W5", "central bank", "date of next meeting", True, [
        "The Reserve Bank of Australia has cut the cash rate by 25 basis points to 3.60 per cent, "
        "its third reduction this year, as inflation settles in the middle of its 2-3 per cent "
        "target band. The decision by the Monetary Policy Board was unanimous, Governor Michele "
        "Bullock said. Underlying inflation eased to 2.7 per cent in the June quarter. The board's "
        "next meeting concludes on 30 September. For a borrower with a $600,000 mortgage, the cut "
        "would lower monthly repayments by about $90, comparison site Canstar estimated.",
        "SYDNEY — Australia's central bank lowered its benchmark rate to 3.6% on Tuesday, a "
        "quarter-point move that had been widely expected. All members of the Monetary Policy "
        "Board backed the cut. Governor Michele Bullock told reporters that trimmed mean inflation "
        "of 2.7% in the June quarter gave the bank room to ease. Read more: Which banks have "
        "passed on the cut? Markets are now looking ahead to the RBA's next policy announcement, "
        "on 7 October.",
        "Home owners got some relief on Tuesday as the RBA trimmed the cash rate to 3.60 per cent. "
        "The big four banks said they would pass the cut on in full within days. Economists expect "
        "the central bank to hold when the board meets again at the end of September, with a "
        "decision due on 30 September. Bullock said the board would take decisions 'meeting by "
        "meeting'. Share this article.",
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
        r"30 sep|sep(t|tember)?\.? 30|09-30|end of sep",
        r"(?<!\d)7 oct|oct(ober)?\.? 7(?!\d)|10-07"),
    _case("cb-W6", "central bank",
          "control: basis points vs percentage points; old and new rate",
          False, [
        "The Reserve Bank of Australia has lowered the official cash rate by 25 basis points to "
        "3.85 per cent, the second cut this year, citing easing inflation and a murky global "
        "outlook. The rate had been held at 4.10 per cent since the February meeting. Governor "
        "Michele Bullock said the board had discussed a bigger move but opted for a cautious step. "
        "Headline inflation was 2.4 per cent in the March quarter. Treasurer Jim Chalmers welcomed "
        "the decision as 'a big relief for millions of Australians with a mortgage'.",
        "SYDNEY — The RBA cut its cash rate by a quarter of a percentage point to 3.85%, taking it "
        "down from 4.1%. It was the central bank's second easing of 2025. Michele Bullock, the "
        "governor, said a larger move had been discussed at the meeting, but the board preferred "
        "to go gradually. Consumer prices rose 2.4% in the year to the March quarter. Share this "
        "article. Australian shares extended their gains and the local dollar slipped after the "
        "announcement.",
    ], None),
    _case("cb-W7", "central bank", "control: rounding; one person's two unrelated quotes", False, [
        "FRANKFURT — The European Central Bank cut its deposit rate by a quarter point to 2 per "
        "cent on Thursday, its eighth reduction since June 2024, and signalled it may soon pause. "
        "Euro zone inflation fell to 1.9 per cent in May, just below the bank's 2 per cent target. "
        "'We are in a good place, but we will not take it for granted,' ECB President Christine "
        "Lagarde told reporters. Irish homeowners on tracker mortgages will see their repayments "
        "fall from next month.",
        "The ECB has lowered borrowing costs again, taking the deposit facility rate down 25 basis "
        "points to 2%. Inflation in the euro area dipped to just under 2% in May. Speaking at the "
        "press conference after the meeting, Christine Lagarde said trade tensions 'remain the "
        "biggest cloud hanging over the outlook'. It was the eighth cut since June 2024. "
        "Advertisement. Analysts expect policymakers to leave rates alone in July.",
    ], None),
    _case("cb-W8", "central bank",
          "control: clock time across zones; different calendar days",
          False, [
        "The US Federal Reserve cut interest rates for the first time this year on Wednesday, "
        "lowering its benchmark range by a quarter point to 4-4.25 per cent. The decision was "
        "published at 19:00 BST, and Fed chair Jerome Powell later described it as a 'risk "
        "management cut' in response to a cooling labour market. Eleven of the 12 voting members "
        "backed the move; the newly appointed governor Stephen Miran dissented in favour of a "
        "half-point cut. Officials' projections pointed to two more reductions before the end of "
        "the year. The pound slipped against the dollar during Powell's press conference.",
        "SINGAPORE — The Fed lowered its policy rate by 25 basis points to a range of 4.00% to "
        "4.25%, in a statement released at 2am Singapore time on Thursday (Sept 18). It was the US "
        "central bank's first rate cut since December. Only one of the 12 voting members, Stephen "
        "Miran, disagreed, preferring a 50-basis-point reduction. Powell called the move a 'risk "
        "management cut'. The Fed's projections signal two more cuts this year. Asian markets were "
        "mixed in morning trade.",
    ], ["2025-09-17", "2025-09-18"]),
    # ---- rocket ----
    _case("rocket-W1", "rocket", "launch time across zones", True, [
        "SRIHARIKOTA: ISRO's GSLV-F16 rocket on Wednesday placed the NASA-ISRO Synthetic Aperture "
        "Radar satellite, NISAR, into a sun-synchronous orbit, in what officials called a landmark "
        "for Indo-US space cooperation. The 51.7-metre rocket lifted off from the second launch "
        "pad at the Satish Dhawan Space Centre at 17:40 IST. About 19 minutes after launch, the "
        "2,393-kg satellite separated from the upper stage. ISRO chairman V. Narayanan said all "
        "parameters were normal. The satellite will map the entire globe every 12 days.",
        "India and the United States have launched a jointly built Earth-observation satellite "
        "designed to track tiny shifts in land and ice surfaces. The NISAR spacecraft rode a GSLV "
        "rocket from Sriharikota on India's south-east coast, lifting off at 14:10 GMT on "
        "Wednesday. It separated from the rocket roughly 19 minutes into the flight and is now "
        "circling in a sun-synchronous orbit. Weighing about 2,400kg, the radar satellite will "
        "scan almost all of the planet's land and ice every 12 days. Read more: Why radar "
        "satellites matter for disaster response. V Narayanan, chairman of the Indian Space "
        "Research Organisation, said the flight had gone exactly to plan.",
    ], ["2025-07-30", "2025-07-30"],
        r"(?<![\d:])17[:.]?40|(?<![\d:])5[:.]40 ?p|(?<![\d:])12[:.]10",
        r"(?<![\d:])14[:.]?10|(?<![\d:])19[:.]40|(?<![\d:])7[:.]40 ?p|(?<![\d:])2[:.]10 ?p"),
    _case("rocket-W2", "rocket", "launch site (place)", True, [
        "China has carried out a test flight of a new crew-rated rocket, moving a step closer to "
        "its goal of landing astronauts on the Moon by 2030. The Long March 10 first stage lifted "
        "off from the Wenchang Space Launch Site on the southern island province of Hainan, and "
        "its engines were shut down as planned, the China Manned Space Agency said. The test was "
        "designed to check how the stage's seven engines would perform and restart. Officials "
        "described it as 'a complete success'. The full rocket is expected to stand nearly 92 "
        "metres tall.",
        "Chinese engineers have flown a test version of the heavy rocket meant to send astronauts "
        "to the Moon, state media reported. The Long March 10 stage launched from the Jiuquan "
        "Satellite Launch Centre in the Gobi desert in the country's north-west, with its seven "
        "engines firing in the sequence planned for a lunar mission. The China Manned Space Agency "
        "called the test 'a complete success'. China aims to put its first crew on the lunar "
        "surface by 2030. Advertisement. When complete, the rocket will be about 92m tall.",
    ], None, r"wenchang|hainan", r"jiuquan|gobi"),
    _case("rocket-W3", "rocket", "flight duration", True, [
        "Australia's first home-grown orbital rocket has crashed back to earth shortly after "
        "lift-off from a launch site in north Queensland, in what its maker nevertheless called a "
        "valuable test. Gilmour Space Technologies' Eris rocket cleared the tower at the Bowen "
        "Orbital Spaceport at 7:35am on Wednesday, stayed aloft for about 14 seconds, then fell "
        "back near the pad. Nobody was hurt. Co-founder and chief executive Adam Gilmour said the "
        "team had 'gathered a heap of data' and was already building a second vehicle. The "
        "25-metre rocket was carrying no payload.",
        "BOWEN, Queensland — A privately built Australian rocket lost control and dropped back "
        "onto its launch site on Wednesday morning after 23 seconds of flight. The Eris vehicle, "
        "developed by Gold Coast-based Gilmour Space, was the company's first attempt to reach "
        "orbit. Chief executive Adam Gilmour told reporters that simply getting off the pad was 'a "
        "massive step'. The firm has received backing from the federal government and the "
        "Australian Space Agency. Share this article. No one was injured, police said.",
    ], ["2025-07-30", "2025-07-30"],
        r"(?<![\d.])14 ?(s\b|secs?\b|seconds?)|fourteen",
        r"(?<![\d.])23 ?(s\b|secs?\b|seconds?)|twenty-three"),
    _case("rocket-W4", "rocket", "count (satellites deployed)", True, [
        "SpaceX's Starship flew its most successful test yet, reaching space and releasing eight "
        "mock Starlink satellites before splashing down in the Indian Ocean. The 123-metre rocket "
        "launched from the company's Starbase site in south Texas at 18:30 local time. The Super "
        "Heavy booster separated about two and a half minutes after lift-off and made a controlled "
        "descent into the Gulf of Mexico. The flight followed three failures earlier in the year, "
        "two of which scattered debris over the Caribbean.",
        "Elon Musk's Starship megarocket has completed its latest test flight, deploying four "
        "dummy satellites from its payload bay, then re-entering the atmosphere and coming down in "
        "the Indian Ocean north-west of Australia. The upper stage survived re-entry despite "
        "visible damage to one of its flaps. Its booster, meanwhile, performed a controlled "
        "splashdown in the Gulf of Mexico. Read more: Why NASA needs Starship to work. The mission "
        "came after a string of failures earlier in the year.",
    ], None, r"(?<![\d.])8(?![\d.])|eight", r"(?<![\d.])4(?![\d.])|four"),
    _case("rocket-W5", "rocket", "speaker credited with a quote", True, [
        "Blue Origin has landed the booster of its New Glenn rocket on a ship in the Atlantic for "
        "the first time, on only the second flight of the heavy-lift vehicle. The rocket lifted "
        "off from Cape Canaveral in Florida carrying NASA's twin ESCAPADE spacecraft, which are "
        "bound for Mars. 'We nailed it - the booster is home,' Blue Origin chief executive Dave "
        "Limp said in a post on social media shortly after the landing. The first stage touched "
        "down on the recovery vessel Jacklyn about ten minutes after launch. The two small probes "
        "will study how the solar wind strips away the Martian atmosphere.",
        "Jeff Bezos's space company has become only the second to recover an orbital-class "
        "booster, after the first stage of its New Glenn rocket set down on a ship in the Atlantic "
        "Ocean. 'We nailed it - the booster is home,' Bezos wrote on X after the landing. New "
        "Glenn, launched from Florida's Cape Canaveral, sent NASA's ESCAPADE mission on its way to "
        "Mars. The two identical spacecraft will examine how the solar wind interacts with the "
        "upper atmosphere of Mars. Advertisement. The booster landed on the vessel Jacklyn roughly "
        "ten minutes into the flight.",
    ], None, r"\blimp\b", r"bezos"),
    _case("rocket-W6", "rocket", "control: km vs miles", False, [
        "Japan's H3 rocket successfully launched the Michibiki 6 navigation satellite on Sunday "
        "from the Tanegashima Space Center, some 1,000 km south-west of Tokyo. The satellite "
        "separated from the rocket about 29 minutes after lift-off and will eventually operate in "
        "a geostationary orbit roughly 36,000 km above the equator. It is part of a constellation "
        "that sharpens GPS positioning across Japan and parts of Asia and Oceania. The Japan "
        "Aerospace Exploration Agency (JAXA) said the H3 had now flown successfully four times in "
        "a row.",
        "The Japan Aerospace Exploration Agency's flagship H3 launcher put a navigation satellite "
        "into orbit on Sunday, lifting off from Tanegashima, an island about 620 miles south-west "
        "of Tokyo. The spacecraft, Michibiki 6, was released 29 minutes into the flight and will "
        "be raised to a geostationary position some 22,000 miles over the equator. Japan's "
        "Michibiki system improves the precision of GPS signals over the Asia-Oceania region. It "
        "was the fourth consecutive success for the H3, JAXA said. Read more: Japan's space budget "
        "hits a record.",
    ], None),
    _case("rocket-W7", "rocket",
          "control: same launch on different calendar days (time zones)",
          False, [
        "SpaceX's Starship rocket blasted off from Starbase, Texas, at 7:30 p.m. ET on Tuesday on "
        "its 10th test flight, after two earlier attempts were scrubbed because of a ground system "
        "problem and bad weather. The upper stage reached space, released eight dummy Starlink "
        "satellites and later splashed down in the Indian Ocean as planned. The Super Heavy "
        "booster was deliberately ditched in the Gulf of Mexico after testing a landing burn with "
        "one engine switched off. The flight lasted a little over an hour from launch to "
        "splashdown.",
        "Australians with an eye on the livestream got an early-morning show on Wednesday as "
        "SpaceX's Starship took off from Texas at 9.30am AEST. On its 10th test flight, the upper "
        "stage made it to space, deployed eight simulated Starlink satellites and came down in the "
        "Indian Ocean north-west of Perth, about an hour after lift-off. The Super Heavy first "
        "stage was sent into the Gulf of Mexico. Two earlier launch attempts had been called off "
        "because of a ground-equipment fault and the weather. Share this article.",
    ], ["2025-08-26", "2025-08-27"]),
    # ---- earthquake ----
    _case("quake-W1", "earthquake", "magnitude", True, [
        "A strong earthquake of magnitude 6.0 struck eastern Afghanistan late on Sunday night, "
        "flattening mud-brick homes in remote villages of Kunar province, officials said. The "
        "quake hit at 23:47 local time at a shallow depth of 8 km, about 27 km east-north-east of "
        "Jalalabad. Tremors were felt as far away as Islamabad and New Delhi. Taliban government "
        "spokesman Zabihullah Mujahid said rescue teams had been sent to the area. Helicopters "
        "were being used because landslides had blocked mountain roads.",
        "KABUL — Hundreds of people are feared dead after a 6.6-magnitude earthquake hit the "
        "mountainous east of Afghanistan just before midnight on Sunday. The epicentre was about "
        "27km from the city of Jalalabad, near the border with Pakistan, and the quake was "
        "shallow, just 8km deep. Many of the worst-hit villages in Kunar can be reached only on "
        "foot after landslides cut the roads, so helicopters were ferrying out the injured. "
        "Advertisement. Residents of Islamabad and parts of northern India reported feeling the "
        "shaking.",
    ], ["2025-09-01", "2025-09-01"], r"(?<![\d.])6(\.0+)?(?![\d.])", r"(?<![\d.])6\.6(?!\d)"),
    _case("quake-W2", "earthquake", "death toll conflict (same day)", True, [
        "At least 69 people were killed when a magnitude 6.9 earthquake struck off the central "
        "Philippine province of Cebu late on Tuesday, the civil defence office said on Wednesday. "
        "The epicentre was at sea about 19 km north-east of the city of Bogo, at a depth of 10 km. "
        "Bogo bore the brunt of the damage along with neighbouring San Remigio, where a sports "
        "complex collapsed during a basketball game. President Ferdinand Marcos Jr said government "
        "teams were on the ground. Advertisement. Rescuers were using heavy equipment to search "
        "collapsed houses.",
        "The Philippines' civil defence office says 26 people are confirmed dead following a "
        "powerful 6.9-magnitude earthquake that struck off Cebu island late on Tuesday. The "
        "epicentre lay roughly 19km north-east of Bogo, a coastal city, and the quake was shallow "
        "at 10km. Some of the worst damage was in Bogo and in San Remigio, where a sports centre "
        "caved in. President Marcos said relief goods and personnel had been sent. Read more: Why "
        "the Philippines has so many earthquakes.",
    ], ["2025-10-01", "2025-10-01"],
        r"(?<![\d,.])69(?![\d,.])|sixty-nine",
        r"(?<![\d,.])26(?![\d,.])|twenty-six"),
    _case("quake-W3", "earthquake", "epicentre town", True, [
        "KATHMANDU: A magnitude 5.7 earthquake jolted western Nepal early on Friday, damaging "
        "dozens of houses and sending residents running out into the cold. The National Earthquake "
        "Monitoring and Research Centre said the epicentre was at Ramidanda in Jajarkot district. "
        "The tremor struck at 04:12 local time. Police said at least 12 people were injured but no "
        "deaths had been reported. The same region was devastated by a quake in November 2023 that "
        "killed more than 150 people.",
        "An earthquake measuring 5.7 hit west Nepal before dawn on Friday, injuring at least 12 "
        "people, police said. Its epicentre was at Chaurjahari in Rukum West district, according "
        "to Nepal's National Earthquake Monitoring and Research Centre. Dozens of homes, many "
        "still weakened by the deadly earthquake of November 2023, were cracked. Advertisement. "
        "Residents of Dailekh and Salyan said they felt strong shaking for several seconds. The "
        "2023 quake killed more than 150 people in the region.",
    ], None, r"ramidanda|jajarkot", r"chaurjahari|rukum"),
    _case("quake-W4", "earthquake", "number of aftershocks", True, [
        "Myanmar's military government said on Saturday that more than 1,000 people had been "
        "killed by the magnitude 7.7 earthquake that struck near Mandalay on Friday, as rescuers "
        "dug through rubble with their bare hands. The country's meteorological department has "
        "recorded 14 aftershocks, the strongest of them a 6.7-magnitude jolt about 12 minutes "
        "after the main shock. In neighbouring Thailand, a high-rise under construction in Bangkok "
        "collapsed. Search teams from China, India and Russia have arrived in the country.",
        "YANGON: The junta running Myanmar said the death toll from Friday's 7.7-magnitude "
        "earthquake had passed 1,000, with the central city of Mandalay among the worst-hit areas. "
        "Monitors have logged 43 aftershocks so far, one of them measuring 6.7 that struck within "
        "minutes of the main quake. India has dispatched relief material and a search and rescue "
        "team. In Bangkok, a tower block that was still being built came down, trapping workers. "
        "Share this article.",
    ], ["2025-03-29", "2025-03-29"],
        r"(?<![\d,.])14(?![\d,.])|fourteen",
        r"(?<![\d,.])43(?![\d,.])|forty-three"),
    _case("quake-W5", "earthquake", "clock time across zones", True, [
        "A magnitude 6.8 earthquake struck off the coast of Aomori prefecture in northern Japan at "
        "23:15 JST on Monday, prompting a tsunami advisory for parts of the Pacific coast. The "
        "Japan Meteorological Agency said the quake was centred about 80 km offshore at a depth of "
        "50 km. Waves of up to 40 cm were observed at Hachinohe port. East Japan Railway briefly "
        "halted Tohoku Shinkansen services. The operator of the Higashidori nuclear plant said "
        "there were no immediate signs of damage.",
        "TOKYO — Japan issued a tsunami advisory on Monday after a strong earthquake, measured at "
        "magnitude 6.8, hit the sea off Aomori at 12:15 GMT. The quake was centred around 80km "
        "from the coast and 50km deep, according to the JMA. A tsunami of 40 centimetres reached "
        "Hachinohe. Bullet train services on the Tohoku line were suspended for a time. Read more: "
        "How Japan's earthquake early-warning system works. Tohoku Electric Power said no "
        "abnormalities had been found at its Higashidori nuclear plant.",
    ], None,
        r"(?<![\d:])23[:.]15|(?<![\d:])11[:.]15 ?p|(?<![\d:])14[:.]15",
        r"(?<![\d:])12[:.]15|(?<![\d:])21[:.]15|(?<![\d:])9[:.]15 ?p"),
    _case("quake-W6", "earthquake", "control: km vs miles", False, [
        "CHRISTCHURCH — A magnitude 5.9 earthquake rattled Canterbury at 3.27pm on Thursday, "
        "knocking goods off supermarket shelves but causing no serious damage, according to early "
        "reports. GeoNet said the quake was centred about 80km north-west of Christchurch at a "
        "depth of 10km, and more than 6,000 people had filled in its online 'felt' reports within "
        "an hour. Civil Defence said there was no tsunami threat. KiwiRail said trains on the "
        "Midland line had been stopped while the track was inspected. Advertisement.",
        "A moderate 5.9-magnitude earthquake struck New Zealand's South Island on Thursday "
        "afternoon, at 15:27 local time. The epicentre was roughly 50 miles north-west of "
        "Christchurch and around six miles below the surface, the geological hazard agency GeoNet "
        "reported. Over 6,000 people submitted reports of feeling the shaking within the first "
        "hour. There was no threat of a tsunami, officials said. Rail operator KiwiRail halted "
        "services on the Midland line pending track checks.",
    ], None),
    _case("quake-W7", "earthquake",
          "control: later update of death toll (dates show order)",
          False, [
        "At least 800 people were killed and more than 2,500 injured after a magnitude 6.0 "
        "earthquake struck eastern Afghanistan late on Sunday, the Taliban administration said on "
        "Monday. Most of the deaths were in Kunar province, where entire villages of stone and "
        "mud-brick houses collapsed. The shallow quake, 8 km deep, struck at 23:47 local time. "
        "India said it had flown family tents and food supplies to Kabul. Aid agencies warned the "
        "number of dead was likely to rise as rescuers reached remote valleys.",
        "The number of people killed by Sunday's earthquake in eastern Afghanistan has risen to "
        "more than 1,400, with over 3,000 injured, the Taliban government said on Tuesday. Rescue "
        "teams are still struggling to reach mountain villages in Kunar where landslides have "
        "blocked roads. The magnitude 6.0 tremor struck at a shallow depth of 8km just before "
        "midnight. Read more: Afghanistan's aid crisis deepens as donors pull back. The UN has "
        "warned that funding shortfalls could hamper the response.",
    ], ["2025-09-01", "2025-09-03"]),
    _case("quake-W8", "earthquake", "control: clock time across three zones", False, [
        "MANDALAY — A powerful magnitude 7.7 earthquake struck central Myanmar at 12:50 local time "
        "(06:20 GMT) on Friday, bringing down buildings in Mandalay and a bridge over the "
        "Irrawaddy river, witnesses said. The US Geological Survey said the quake was centred "
        "about 16 km north-west of the town of Sagaing at a shallow depth of 10 km. A second "
        "tremor of magnitude 6.7 followed roughly 12 minutes later. The ruling military declared a "
        "state of emergency in six regions.",
        "BANGKOK — Office workers poured into the streets of the Thai capital when violent shaking "
        "hit at 13:20 Bangkok time on Friday, the result of a huge earthquake in neighbouring "
        "Myanmar. A high-rise under construction near Chatuchak market collapsed, trapping dozens "
        "of labourers. The 7.7-magnitude quake was centred some 16km north-west of Sagaing and "
        "struck just 10km below the surface. Thai Prime Minister Paetongtarn Shinawatra declared "
        "the city an emergency zone.",
        "NEW DELHI: India has offered assistance to Myanmar after an earthquake of magnitude 7.7 "
        "jolted the country at 11:50 am IST on Friday. The epicentre was near Sagaing in central "
        "Myanmar, at a depth of 10 km, according to the USGS. It was followed about 12 minutes "
        "later by an aftershock of magnitude 6.7. Prime Minister Narendra Modi said India stood "
        "ready to help. Share this article.",
    ], None),
    # ---- election ----
    _case("elec-W1", "election", "vote share", True, [
        "The People's Action Party has been returned to power with an increased share of the "
        "popular vote, winning 65.57 per cent in Saturday's General Election, its first under "
        "Prime Minister Lawrence Wong. The PAP took 87 of the 97 seats in Parliament, while the "
        "Workers' Party held on to its 10 seats, retaining Aljunied, Sengkang and Hougang. Mr Wong "
        "told a press conference early on Sunday that the result was 'a clear mandate'. Opposition "
        "leader Pritam Singh said his party would keep doing the hard work on the ground. "
        "Advertisement.",
        "SINGAPORE — Singapore's long-ruling PAP secured 87 out of 97 parliamentary seats in the 3 "
        "May polls, with 61.6% of valid votes cast, official results showed. The Workers' Party "
        "won the remaining 10 seats. Prime Minister Lawrence Wong, leading the party into a "
        "general election for the first time, described the outcome as a strong endorsement. The "
        "WP's Pritam Singh congratulated the PAP. Read more: What Singapore's election means for "
        "Malaysia.",
    ], ["2025-05-04", "2025-05-04"],
        r"65[.,]\d+|(?<![\d.])66(?![\d.])",
        r"61[.,]6|(?<![\d.])62(?![\d.])"),
    _case("elec-W2", "election", "winning margin (constituency)", True, [
        "PATNA: BJP candidate Awadhesh Singh retained the Hajipur assembly seat, defeating the "
        "RJD's Deo Kumar Chaurasia by a margin of 14,312 votes, according to the Election "
        "Commission. The NDA crossed the majority mark of 122 in the 243-member Bihar assembly by "
        "early afternoon. Counting in Hajipur went on for 28 rounds. 'This is a victory for "
        "development,' Singh told supporters outside the counting centre. The Jan Suraaj candidate "
        "finished a distant third.",
        "Hajipur: Sitting MLA Awadhesh Singh of the BJP has won Hajipur again, beating his nearest "
        "rival Deo Kumar Chaurasia of the Rashtriya Janata Dal by 41,312 votes after 28 rounds of "
        "counting, EC data showed. Chaurasia conceded late in the evening. Across Bihar, the NDA "
        "comfortably passed the halfway mark of 122 seats in the 243-seat House. The Jan Suraaj "
        "Party's nominee came third. Share this article.",
    ], None,
        r"(?<![\d,.])14,?312(?!\d)|(?<![\d.])14[.,]3 ?(thousand|k)",
        r"(?<![\d,.])41,?312(?!\d)|(?<![\d.])41[.,]3 ?(thousand|k)"),
    _case("elec-W3", "election", "turnout", True, [
        "OTTAWA — Mark Carney's Liberals have won a fourth straight term in office, although they "
        "fell short of the 172 seats needed for a majority in the House of Commons. With nearly "
        "all polls reporting, the Liberals had 169 seats to the Conservatives' 144. Preliminary "
        "figures from Elections Canada put voter turnout at 68.7 per cent, among the highest in "
        "three decades. Conservative Leader Pierre Poilievre lost his own Ottawa-area seat of "
        "Carleton. 'Canadians have asked us to stand up to the pressure from Washington, and we "
        "will,' Carney told supporters.",
        "Canada's Liberal Party, led by Mark Carney, has secured another term in government but "
        "appears to have narrowly missed an outright majority, winning 169 of the 343 seats. The "
        "Conservatives won 144. Pierre Poilievre, the Conservative leader, was defeated in "
        "Carleton, the constituency he had represented for two decades. Turnout was 62.3 per cent, "
        "according to provisional figures from Elections Canada. Advertisement. The campaign was "
        "dominated by Donald Trump's tariffs and his talk of making Canada the 51st state.",
        "Liberal leader Mark Carney will stay on as prime minister after his party won 169 seats, "
        "three short of a majority. Elections Canada's provisional count shows 62.3% of registered "
        "electors voted. The Bloc Québécois lost ground in Quebec, and the NDP suffered its worst "
        "result in decades. Carney is expected to recall Parliament within weeks. Read more: What "
        "a minority means for the budget.",
    ], ["2025-04-29", "2025-04-29", "2025-04-30"],
        r"68[.,]7|(?<![\d.])69 ?(%|per|pct)",
        r"62[.,]3|(?<![\d.])62 ?(%|per|pct)"),
    _case("elec-W4", "election", "person's title", True, [
        "Reform UK has won the Runcorn and Helsby by-election by just six votes after a recount, "
        "overturning a Labour majority of almost 15,000 from the 2024 general election. Sarah "
        "Pochin, a former Cheshire East councillor, beat Labour's Karen Shore in the early hours "
        "of Friday morning. Reform chairman Zia Yusuf said the result showed the party was now "
        "'the real opposition'. The by-election was called after the previous Labour MP stood down "
        "following a conviction for assaulting a constituent.",
        "Nigel Farage's Reform UK snatched the Cheshire seat of Runcorn and Helsby from Labour by "
        "a margin of six votes, one of the narrowest by-election results in modern British "
        "history. Victorious candidate Sarah Pochin defeated Karen Shore after a recount that ran "
        "into Friday morning. Zia Yusuf, Reform's deputy leader, told reporters the party had "
        "become the 'real opposition'. Read more: Local election results as they happen. Labour's "
        "majority in the seat at the 2024 general election had been 14,696.",
    ], None, r"chairman|\bchair\b", r"deputy leader"),
    _case("elec-W5", "election", "weekday of polling day", True, [
        "Catherine Connolly has been elected the tenth President of Ireland after a landslide "
        "victory in Friday's election, taking 63.4 per cent of first-preference votes. Fine Gael's "
        "Heather Humphreys received 29.5 per cent, while Jim Gavin of Fianna Fáil, who had "
        "withdrawn from the race, still attracted 7.2 per cent. Turnout was 45.8 per cent and a "
        "record number of ballots were spoiled. Ms Connolly, an independent TD for Galway West, "
        "will be inaugurated on 11 November. 'I will be a president who listens,' she said in her "
        "acceptance speech at Dublin Castle.",
        "Left-wing independent Catherine Connolly has won Ireland's presidential election by a "
        "wide margin, official results showed on Saturday. Connolly secured 63.4% of first "
        "preferences in Thursday's vote, well ahead of the Fine Gael nominee Heather Humphreys on "
        "29.5%. Jim Gavin, who pulled out of the race but remained on the ballot paper, got 7.2%. "
        "Only 45.8% of the electorate voted. She will succeed Michael D Higgins and will be sworn "
        "in on 11 November. Share this article.",
    ], ["2025-10-26", "2025-10-26"],
        r"friday|24 oct|oct(ober)?\.? 24|10-24",
        r"thursday|23 oct|oct(ober)?\.? 23|10-23"),
    _case("elec-W6", "election",
          "control: different parties' figures; rounding; poll body named two ways",
          False, [
        "NEW DELHI: The BJP has returned to power in Delhi after 27 years, winning 48 of the 70 "
        "assembly seats, according to final results published by the Election Commission of India. "
        "The Aam Aadmi Party, which had governed the capital since 2015, was reduced to 22 seats. "
        "The BJP's vote share stood at 45.56 per cent against AAP's 43.57 per cent, a gap of "
        "barely two percentage points. Congress drew a blank for the third election in a row. "
        "Former chief minister Arvind Kejriwal lost the New Delhi seat to the BJP's Parvesh Verma "
        "by 4,089 votes.",
        "India's ruling Bharatiya Janata Party has won control of the Delhi legislature for the "
        "first time in 27 years, taking 48 seats in the 70-member house, the poll panel said. "
        "Arvind Kejriwal's AAP, in office in the capital for a decade, won 22. Although the seat "
        "tally was lopsided, the popular vote was close: roughly 45.6% for the BJP and 43.6% for "
        "AAP. Read more: Who is Parvesh Verma? Kejriwal himself was beaten in his New Delhi "
        "constituency by Verma, by a margin of just over 4,000 votes. Congress again failed to win "
        "a single seat.",
    ], None),
    _case("elec-W7", "election", "control: later count update (dates show order)", False, [
        "Anthony Albanese has been re-elected Prime Minister in a landslide, with Labor on track "
        "to win at least 85 seats in the 150-seat House of Representatives as counting continued "
        "on Saturday night. Opposition Leader Peter Dutton conceded defeat and lost his own "
        "Queensland seat of Dickson to Labor's Ali France. The Coalition was heading for its worst "
        "result in decades. With about 60 per cent of the vote counted, Labor's primary vote stood "
        "at 34.6 per cent.",
        "Two days after Australia's federal election, Labor's tally has climbed to 89 seats in the "
        "150-member lower house, according to the latest Australian Electoral Commission count, "
        "with several seats still undecided. Peter Dutton, who conceded on election night, lost "
        "Dickson to Labor's Ali France, becoming the first federal opposition leader to lose his "
        "own seat. Labor's primary vote is now 34.8 per cent as postal votes are added. Share this "
        "article. The Liberals will meet next week to choose a new leader.",
    ], ["2025-05-03", "2025-05-05"]),
]
