"""Part SF of the story battery.

Written by engineer SF1 on 2026-12-06 (thirteenth session) without reading Storyline's rules
or other parts, before any run. Scored with `bench/bench_story_battery.py SF`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SF", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SF1", "trade", [
        _art("Meridian Wire", "2026-03-15", [
            "OSLO (Meridian Wire) — The United States and China reached a preliminary framework "
            "on Sunday to lower tariffs and ease export restrictions, officials from both sides "
            "said after two days of talks in the Norwegian capital, the latest attempt by the "
            "world's two largest economies to keep a fragile trade truce from coming apart.",
            "Treasury Secretary Daniel Harlow told reporters outside a government guesthouse on "
            "the Bygdoy peninsula that negotiators had settled \"the main architecture\" of an "
            "arrangement that could be signed by the two countries' leaders when they meet in "
            "Beijing in April.",
            "Under the framework, Washington would reduce the additional tariff it charges on "
            "most Chinese imports to 40% from 55%, according to two people briefed on the text "
            "who asked not to be named because it has not been released. China would suspend for "
            "one year the export controls on rare-earth magnets and processing technology it "
            "announced in January, and would resume large purchases of American soybeans, "
            "committing to at least 25 million metric tons a year for three years, the people "
            "said.",
            "Sunday's session lasted more than five hours and ended shortly after 6 p.m. local "
            "time (1700 GMT), Harlow said. \"We have a framework that both sides can take back to "
            "their leaders, and that was the goal for this weekend,\" he said.",
            "China's vice premier, Gao Wenjie, who led Beijing's delegation, did not speak to "
            "reporters. The Ministry of Commerce in Beijing said in a statement issued after the "
            "talks that the two sides had held \"candid, in-depth and constructive\" exchanges "
            "and had agreed to speed up their domestic procedures for approving the arrangement.",
            "U.S. Trade Representative Maria Okafor, who sat alongside Harlow, said Washington "
            "would also postpone for a year the port fees on Chinese-built and Chinese-operated "
            "vessels that took effect in October. In return, Beijing would drop the retaliatory "
            "fees it placed on ships linked to American companies, she said.",
            "Advertisement",
            "The Oslo meeting was the sixth round of face-to-face talks since the two sides first "
            "met in Geneva last May, after a spiral of tit-for-tat duties briefly pushed U.S. "
            "tariffs on Chinese goods as high as 145% and Chinese tariffs on U.S. goods to 125%. "
            "Those levels were rolled back under a truce that has since been extended twice.",
            "Financial markets had been watching the weekend closely. Futures on the S&P 500 rose "
            "0.6% when trading opened on Sunday evening in New York, while the offshore yuan "
            "firmed to 6.98 per dollar.",
            "Analysts cautioned that the framework leaves several hard issues unresolved, "
            "including U.S. restrictions on sales of advanced chips to Chinese companies and "
            "Washington's demand that Beijing do more to curb exports of the chemicals used to "
            "make fentanyl. \"This is a truce with better paperwork, not a settlement,\" said "
            "Hannah Cole, a trade economist at the Alder Institute in Washington. \"The soybean "
            "number is real money for farmers, but the chip question has simply been parked.\"",
            "Harlow said officials would keep working by video link over the coming weeks to turn "
            "the framework into a text that both governments can sign. Asked whether the 40% rate "
            "could come down further, he said: \"Everything depends on implementation. If we see "
            "the purchases and we see the licenses flowing, there is room to do more.\"",
            "(Reporting by Tom Avery in Oslo and Li Na in Beijing; Editing by Mark Deane)",
        ]),
        _art("The Northern Ledger", "2026-03-16", [
            "US and China edge towards tariff deal after weekend of talks in Oslo | The Northern "
            "Ledger",
            "By Fiona Marsh, Economics Correspondent",
            "Washington and Beijing have agreed the outline of a deal that would cut American "
            "tariffs on Chinese goods and pause China's curbs on rare earths, in what officials "
            "on both sides described as the most productive round of negotiations since their "
            "trade war flared last spring.",
            "The agreement, reached at the end of two days of talks in Oslo, would see the "
            "additional US tariff on most Chinese imports cut by 15 percentage points, to 40 per "
            "cent. It still has to be approved by the two countries' leaders, who are due to meet "
            "in Beijing next month.",
            "The American delegation was led by Commerce Secretary Daniel Harlow, alongside the "
            "US trade representative, Maria Okafor. China's team was headed by the vice-premier, "
            "Gao Wenjie, the country's most senior economic official, with its chief trade "
            "negotiator, Tang Yiming.",
            "Harlow said afterwards that the two sides now had \"a framework both sides can take "
            "to their leaders\", and described the weekend as \"serious, detailed work\". "
            "Saturday's session ran for about four hours; the second day went on for five and a "
            "half hours, with lunch brought into the negotiating room.",
            "China's commerce ministry said the talks had been \"candid, in-depth and "
            "constructive\", a phrase Beijing has used after several earlier rounds.",
            "Share on Facebook\nShare on X",
            "Under the outline, China would buy at least 25m tonnes of American soybeans a year "
            "for three years, a commitment that would restore purchases to roughly the level seen "
            "before the dispute. It would also suspend for 12 months the export controls on "
            "rare-earth magnets that have caused shortages at car and electronics factories from "
            "Germany to South Korea. The US would delay by a year its fees on Chinese-built ships "
            "docking at American ports.",
            "Trade between the two countries was worth about $580bn (£450bn) last year, well "
            "below its 2022 peak, as importers shifted orders to Vietnam, Mexico and India to "
            "avoid the duties.",
            "For Britain, which negotiated its own tariff arrangement with Washington last year, "
            "a calmer relationship between the two superpowers would ease pressure on supply "
            "chains and on prices, said Rupert Hale, chief economist at the London consultancy "
            "Fenwick Economics. \"British manufacturers have been buying magnets at three times "
            "the pre-crisis price. A year's pause is not a cure, but it is breathing space,\" he "
            "said.",
            "Not everyone in Washington is convinced. Senator Ruth Abernathy, a Republican who "
            "sits on the finance committee, said any tariff cut should wait \"until we see the "
            "soybeans in the ships and the magnets on the docks\". Democrats have complained that "
            "the administration has shared few details of the text with Congress.",
            "The Oslo meeting was the sixth round of talks in less than a year. Officials said "
            "negotiators would keep talking by video link before the leaders' summit, at which "
            "the two sides hope to sign a document running to about 30 pages.",
            "Read more: Why rare earths became Beijing's strongest card",
        ]),
        _art("Harbour Street Finance", "2026-03-15", [
            "Skip to content",
            "Oslo framework: what it means for tariffs, beans and rare earths - Harbour Street "
            "Finance",
            "Posted by T. Brennan | Markets, Macro",
            "Markets got the headline they were hoping for on Sunday: the US and China have a "
            "framework. Talks in Oslo wrapped up around 1 p.m. Eastern, and Treasury Secretary "
            "Daniel Harlow came out saying the two sides now have something they can take back to "
            "their bosses. Below is our quick read of what is in it, based on the official "
            "readouts and the reporting so far.",
            "1) Tariffs. The headline additional duty on Chinese imports drops from 55 pct to 45 "
            "pct under the framework. That still leaves Chinese goods facing a far higher rate "
            "than they did two years ago, but it takes some heat out of the numbers that "
            "importers have been paying since the autumn. Expect the lower rate to apply from the "
            "date both leaders sign, not retroactively.",
            "2) Soybeans. Beijing commits to at least 25m tons of US soybeans per year for 3 "
            "years. Grain traders we spoke to on Sunday think that is achievable, since Chinese "
            "crushers have been running down stocks. CBOT soybean futures should open firmer "
            "tonight.",
            "3) Rare earths. China pauses its export-control regime on rare-earth magnets and "
            "processing technology for a year. This is the piece that matters most for the auto "
            "and defense supply chains. Note that it is a pause and not a repeal; the rules stay "
            "on the books.",
            "4) Shipping. The US port fees on Chinese-built vessels get pushed back by one year, "
            "and China drops its mirror-image fees on US-linked ships.",
            "What is not in it: chips and fentanyl. Neither side said anything about export "
            "controls on advanced semiconductors, and the fentanyl-related duty was not addressed "
            "in the readouts. Trade Representative Maria Okafor told reporters those topics were "
            "\"still on the table\" for the coming weeks.",
            "On the Chinese side, Vice Premier Gao Wenjie led the delegation, as he has in every "
            "round since Geneva, and the Commerce Ministry called the discussions \"candid, "
            "in-depth and constructive\". That wording is standard, but it is a good deal warmer "
            "than what came out of Madrid last September.",
            "Harlow's line, in full: \"We have a framework that both sides can take back to their "
            "leaders, and that was the goal for this weekend.\" He also said a signing could come "
            "when the two presidents meet in Beijing in April.",
            "Positioning: equity futures opened in the green on Sunday evening and the yuan "
            "firmed. We would not chase it. The framework still has to survive a month of "
            "drafting, and previous rounds have produced upbeat readouts followed by weeks of "
            "silence. Our base case is that the deal gets signed, but that the tariff cut is "
            "phased, and that the chip question will come back before the summer.",
            "Related: Soybeans, rare earths and the politics of the farm belt | Tariff tracker: "
            "every US duty on China since 2025",
            "Disclaimer: This post is for information only and is not investment advice.",
        ]),
        _art("Straits Morning Post", "2026-03-16", [
            "US and China agree trade framework in Oslo; Asian exporters cautiously hopeful",
            "OSLO — Negotiators from the United States and China wrapped up two days of talks in "
            "Oslo on Sunday evening (early Monday, Singapore time) with a framework agreement "
            "that exporters across Asia hope will bring calmer trading conditions after more than "
            "a year of tariff turmoil.",
            "The second day of talks stretched to nearly eight hours, according to a Chinese "
            "official quoted by state media, before Vice-Premier Gao Wenjie and US Treasury "
            "Secretary Daniel Harlow emerged to say they had reached what Mr Harlow called a "
            "framework that \"both sides can take back to their leaders\".",
            "Under the framework, the US would lower its additional tariff on Chinese goods to 40 "
            "per cent, while China would suspend its rare earth export controls for a year and "
            "buy 25 million tonnes of American soybeans annually over three years. The deal is "
            "expected to be signed when the two countries' leaders meet in Beijing in April.",
            "Mr Tang Yiming, China's international trade representative and a vice-minister of "
            "commerce, told state television that the two sides had \"reached a basic consensus "
            "on arrangements to address each other's main concerns\", and that the teams would "
            "continue working on the text.",
            "File photo: Containers stacked at a port terminal. Regional exporters have been hit "
            "by the knock-on effects of the tariff war.",
            "The framework does not deal directly with South-east Asia, but economists in the "
            "region said its effect would be felt quickly. Many manufacturers in Vietnam, "
            "Malaysia and Thailand rely on Chinese components, and higher US duties on China had "
            "pushed up costs throughout regional supply chains.",
            "\"For the region, the soybeans and the rare earths are details. What matters is that "
            "the two largest economies have stopped escalating,\" said Ms Lim Wei Ling, senior "
            "economist at a Singapore bank. \"If the tariff cut goes through, orders that were "
            "put on hold in the fourth quarter could come back by the middle of the year.\"",
            "The Singapore dollar strengthened slightly against the US dollar in early trading on "
            "Monday, and shares in regional shipping companies rose.",
            "Mr Harlow, who was accompanied by US Trade Representative Maria Okafor, said "
            "negotiators would continue their work by video conference. He declined to give "
            "details on the state of discussions over semiconductors.",
            "The Oslo talks were the sixth round since the two sides first met in Geneva in May "
            "last year. The US also agreed to postpone by one year the port fees it imposes on "
            "Chinese-built ships.",
            "Singapore's trade ministry said in a statement that it welcomed \"any step that "
            "reduces uncertainty for the global trading system\".",
        ]),
    ], [
        ("title",
         r"treasury secretary|secretary of the treasury",
         r"commerce secretary|secretary of commerce"),
        ("duration",
         r"(?<![\d.])5(\.5)? ?(hours?|hrs?|h\b)|\bfive(-| )(and a half )?hours?|five and a half",
         r"(?<![\d.])8 ?(hours?|hrs?|h\b)|\beight(-| )hours?|nearly eight"),
        ("tariff rate",
         r"(?<![\d.])40(\.0+)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])45(\.0+)? ?(%|percent|per cent|pct)"),
    ]),
    _story("court-SF2", "court", [
        _art("Keystone Wire Service", None, [
            "PHILADELPHIA (KWS) — A federal appeals court on Tuesday upheld an order blocking "
            "grocery operator Harvest Fair Markets from buying regional rival Dellmont Foods, "
            "dealing a heavy blow to a $9.4 billion deal that antitrust enforcers said would have "
            "raised prices for millions of shoppers.",
            "A divided three-judge panel of the U.S. Court of Appeals for the Third Circuit ruled "
            "2-1 that a lower court had been right to grant the Federal Trade Commission a "
            "preliminary injunction while the agency pursues its challenge to the merger.",
            "Writing for the majority, Circuit Judge Elena Vasquez-Rourke said the district court "
            "had \"carefully weighed\" evidence that the two chains were each other's closest "
            "competitors in dozens of local markets, and that the remedy the companies had "
            "offered fell short. Judge Samuel Okonkwo joined the opinion.",
            "Judge Thomas Pell dissented. \"The majority treats a grocery aisle as though it were "
            "a monopoly, when shoppers in these towns can walk across the parking lot to a "
            "discount store or order from an online retailer,\" he wrote.",
            "The combined company would have operated nearly 1,200 supermarkets in six states "
            "across the Mid-Atlantic and Midwest. To win approval, Harvest Fair had offered to "
            "sell 210 stores to a smaller chain, Cobble Hill Grocers, but the FTC argued that the "
            "buyer lacked the scale and the distribution network to compete.",
            "\"This decision protects shoppers in hundreds of communities who would have been "
            "left with fewer choices and higher prices,\" Priya Raman, director of the FTC's "
            "Bureau of Competition, said in a statement.",
            "Harvest Fair, based in Columbus, Ohio, said it was disappointed. \"We are reviewing "
            "the opinion and evaluating all of our options, including asking the full court to "
            "rehear the case,\" the company said.",
            "U.S. District Judge Alan Whitcombe in Harrisburg granted the injunction in February "
            "after a three-week hearing that featured testimony from supermarket executives, "
            "suppliers and economists hired by both sides.",
            "The merger agreement, announced in October 2024, allows either company to walk away "
            "if the deal has not closed by Sept. 30 of this year. Dellmont, which is based in "
            "Allentown, Pennsylvania, would be entitled to a $350 million break-up fee if the "
            "deal collapses on antitrust grounds.",
            "Shares of Dellmont fell 11% in afternoon trading, while Harvest Fair stock rose 2%.",
            "Grocery mergers have faced tougher scrutiny in recent years. A federal judge in "
            "Oregon blocked the proposed combination of Kroger and Albertsons in December 2024, "
            "and the companies abandoned the deal shortly afterward.",
        ]),
        _art("Lehigh Valley Dispatch", None, [
            "Appeals court keeps Dellmont sale on ice; what it means for Valley shoppers",
            "By Kristen Mahler | Business Reporter",
            "Dellmont Foods will remain an independent company for now after a federal appeals "
            "court on Tuesday refused to lift an order that blocks its sale to Ohio-based Harvest "
            "Fair Markets.",
            "A unanimous three-judge panel of the U.S. Court of Appeals for the 3rd Circuit, "
            "which sits in Philadelphia, agreed with a federal judge in Harrisburg who ruled in "
            "February that the Federal Trade Commission was likely to succeed in showing the $9.4 "
            "billion deal would hurt competition.",
            "For shoppers in the Lehigh Valley, where Dellmont operates 46 stores and Harvest "
            "Fair runs another 19, the ruling means the two chains will keep competing on price, "
            "at least while the case continues. The FTC had pointed to the Valley as one of the "
            "areas where the merged company would have controlled more than half of all "
            "supermarket sales.",
            "\"We see each other's flyers every Wednesday. If they merge, who do I compare "
            "against?\" said Denise Carrow, 63, of Bethlehem, who was shopping at the Dellmont "
            "store on MacArthur Road on Tuesday afternoon.",
            "Priya Raman, who heads the FTC's Bureau of Competition, called the ruling a win for "
            "consumers. \"This decision protects shoppers in hundreds of communities who would "
            "have been left with fewer choices and higher prices,\" she said.",
            "Dellmont, which has its headquarters in Allentown and employs about 4,100 people in "
            "the region, said in a memo to staff that \"nothing changes in our stores\" and that "
            "it would continue to operate normally. The company did not respond to a request for "
            "comment on whether it would pursue the deal further.",
            "Advertisement",
            "Harvest Fair said it was reviewing the opinion and considering its options, which "
            "could include a request for a rehearing by the full appeals court.",
            "The United Food and Commercial Workers local that represents about 2,300 Dellmont "
            "employees in the area had backed the FTC's challenge, arguing that a merger would "
            "lead to store closures. \"Today our members can breathe a little easier,\" said the "
            "local's president, Ray Szabo.",
            "Under the companies' plan, Harvest Fair would have sold 210 stores to Cobble Hill "
            "Grocers to address the FTC's concerns. Nine of those stores were in the Lehigh "
            "Valley, including two in Easton.",
            "A spokesperson for the Allentown mayor's office said the city had not taken a "
            "position on the merger.",
            "The deal was announced in October 2024. If it collapses because of the antitrust "
            "challenge, Harvest Fair must pay Dellmont a $350 million termination fee.",
            "Related coverage: FTC sues to stop Harvest Fair-Dellmont merger | Judge sides with "
            "FTC in grocery merger fight",
        ]),
        _art("GrocerBeat", None, [
            "3rd Circuit upholds block on Harvest Fair–Dellmont: five takeaways",
            "Tuesday's 2-1 ruling from the 3rd Circuit keeps the $9.4B Harvest Fair–Dellmont "
            "merger frozen and makes it much harder for the deal to close before the companies' "
            "Sept. 30 deadline. Here is what retail and supply-side readers need to know.",
            "1. The court accepted the FTC's market definition. The majority, in an opinion by "
            "Judge Elena Vasquez-Rourke, agreed that \"traditional supermarkets\" form a distinct "
            "market, separate from club stores, dollar stores and online grocery. That is the "
            "crux of the case. If that definition holds in future cases, grocery deals will be "
            "judged against a much narrower field of competitors.",
            "2. The divestiture package was not enough. Harvest Fair's offer to sell 210 stores "
            "to Cobble Hill Grocers did not persuade the panel. The opinion pointed to Cobble "
            "Hill's limited private-label program and its reliance on a single warehouse. Expect "
            "future merging parties to line up larger, better-capitalized buyers before they file.",
            "3. The dissent gives Harvest Fair something to work with. Judge Thomas Pell wrote "
            "that the majority treated a grocery aisle as if it were a monopoly and ignored the "
            "pressure from discounters and delivery apps. A rehearing petition to the full court "
            "would lean heavily on that argument.",
            "4. The FTC is emboldened. \"This decision protects shoppers in hundreds of "
            "communities who would have been left with fewer choices and higher prices,\" FTC "
            "Chairman Lowell Brandt said after the ruling. The agency has two other retail "
            "mergers under review, and people familiar with them say the Third Circuit's "
            "reasoning will be cited in both.",
            "5. The clock is the real enemy. The merger agreement lets either side walk away "
            "after Sept. 30, and Dellmont gets a $350M break fee if the deal dies on antitrust "
            "grounds. A full administrative trial at the FTC would not be finished by then.",
            "What it means for suppliers: CPG vendors that sell to both chains had been bracing "
            "for tougher terms from a combined buyer with about 1,180 stores. For now, those "
            "negotiations stay as they are. Several vendors we spoke with said they had slowed "
            "planning for a merged company months ago.",
            "Background: The deal was announced in October 2024. The FTC sued to block it last "
            "November and won a preliminary injunction from Judge Alan Whitcombe of the Middle "
            "District of Pennsylvania in February.",
            "Subscribe to GrocerBeat Daily for more coverage of mergers, pricing and the supply "
            "chain.",
        ]),
        _art("Commonwealth Public Radio", None, [
            "Federal appeals court upholds block on $9.4 billion grocery merger",
            "Courtesy Commonwealth Public Radio / A Dellmont Foods store in Allentown.",
            "A federal appeals court in Philadelphia has upheld an order that blocks one of the "
            "largest grocery mergers in years, siding with federal regulators who said the deal "
            "would leave shoppers in parts of Pennsylvania and Ohio with fewer choices.",
            "In Wednesday's ruling, a panel of the Third Circuit Court of Appeals voted 2 to 1 to "
            "leave in place a preliminary injunction against Harvest Fair Markets' planned "
            "purchase of Dellmont Foods, which is headquartered in Allentown.",
            "The Federal Trade Commission sued last November to stop the $9.4 billion deal. It "
            "argued that the two chains compete head to head in dozens of towns and that, "
            "together, they would control more than half of supermarket sales in several areas, "
            "including the Lehigh Valley and the Youngstown region of Ohio.",
            "Judge Elena Vasquez-Rourke, writing for the majority, said the lower court had not "
            "erred in finding that the FTC was likely to win its case. She also agreed with the "
            "trial judge that a plan to sell 210 stores to a smaller rival would not have "
            "preserved competition.",
            "In his dissent, Judge Thomas Pell said the majority was treating the grocery "
            "business as if it were a monopoly, when customers can easily switch to discount "
            "chains or order groceries online.",
            "Antitrust lawyers said the ruling left the companies with few good options. \"They "
            "can ask for a rehearing by the full court, they can go to the Supreme Court, or they "
            "can walk away. None of those is quick,\" said Laura Benitez, who teaches competition "
            "law at Temple University's Beasley School of Law.",
            "The companies have until the end of September to complete the deal before either "
            "side can terminate it. Harvest Fair said it was reviewing the opinion.",
            "Dellmont employs about 4,100 people in the Lehigh Valley. A spokesperson for the "
            "union that represents many of those workers said members were relieved.",
            "The merger would have created a chain of nearly 1,200 supermarkets. Harvest Fair, "
            "based in Columbus, is already the largest grocer in central Ohio.",
            "Stay with Commonwealth Public Radio for continuing coverage.",
        ]),
    ], [
        ("majority",
         r"2 ?(-|–|to) ?1|two(-| to )one|divided|split|dissent",
         r"unanimous|3 ?(-|–|to) ?0|three(-| to )(zero|nil)"),
        ("speaker",
         r"raman",
         r"brandt"),
        ("weekday",
         r"tuesday|june 9\b|2026-06-09|\b9 june",
         r"wednesday|june 10|2026-06-10|\b10 june"),
    ]),
    _story("cb-SF3", "central bank", [
        _art("Albion Broadcasting Service", "2026-02-05", [
            "Bank of England cuts interest rates to 3.5% in narrow vote",
            "The Bank of England has cut interest rates for the seventh time since August 2024, "
            "lowering Bank Rate from 3.75% to 3.5%, the lowest level since December 2022.",
            "But the decision was a close one. The nine-member Monetary Policy Committee (MPC) "
            "voted by five to four for the cut, with four members preferring to keep rates where "
            "they were because of concerns that price rises remain too high.",
            "Governor Alasdair Crane said inflation had \"come down a long way\" and that the "
            "Bank could keep reducing rates gradually, but warned that it was \"not on a pre-set "
            "path\". He told a news conference: \"We want to see inflation back at our 2% target "
            "and staying there. We are getting closer, but we are not there yet.\"",
            "The rate of inflation, as measured by the Consumer Prices Index, was 3.4% in "
            "December, down from 3.6% in November. The Bank now expects it to fall close to its "
            "2% target by the second quarter of 2027, a little earlier than it had forecast in "
            "November.",
            "The four members who voted to hold rates were the Bank's chief economist, Colin "
            "Ashdown, Deputy Governor Clare Whitby, and two of the external members, Megan Rhys "
            "and Jonas Feld.",
            "What does the cut mean for me?",
            "About 1.8 million fixed-rate mortgage deals are due to end this year, according to "
            "trade body UK Finance, and many of those borrowers will still face higher monthly "
            "payments than they did when they took out their current deals. Lenders had already "
            "priced in much of Thursday's cut, and some of the cheapest two-year fixed deals are "
            "now below 4%.",
            "For the roughly 600,000 homeowners on tracker mortgages, which move in line with "
            "Bank Rate, the cut means an immediate fall in repayments. Someone with a typical "
            "tracker mortgage will pay about £29 a month less, according to the property website "
            "MoveSmart.",
            "Savers, however, are likely to see the rates on their accounts drop further. \"The "
            "best easy-access accounts are still beating inflation, but the gap is shrinking,\" "
            "said Anna Bowers of the comparison site RateSpy.",
            "Chancellor Rachel Dunmore welcomed the decision, saying lower borrowing costs would "
            "\"help families and businesses across the country\". The shadow chancellor said the "
            "government's tax rises had kept inflation higher than it needed to be.",
            "The Bank also lowered its forecast for economic growth this year to 1.1%, from 1.2% "
            "three months ago, saying that businesses remained cautious about hiring.",
            "The MPC will announce its next decision on 19 March.",
        ]),
        _art("Transatlantic Newswire", "2026-02-05", [
            "LONDON (Transatlantic Newswire) - The Bank of England lowered borrowing costs by a "
            "quarter of a percentage point on Thursday but signaled that further cuts would come "
            "slowly, after a sharply divided vote exposed deep disagreement among policymakers "
            "over how quickly inflation will return to target.",
            "The Monetary Policy Committee voted 5-4 to reduce Bank Rate to 3.50%, the seventh "
            "quarter-point reduction since the central bank began easing in August 2024. Four "
            "members, including chief economist Colin Ashdown, voted to leave rates unchanged.",
            "The decision was published at noon in London, 7 a.m. in New York.",
            "\"We can keep easing gradually, but we are not on a pre-set path,\" Governor "
            "Alasdair Crane told reporters. The minutes showed that the hawkish minority worried "
            "that wage growth, still running at about 4.5% a year in the private sector, could "
            "keep services inflation elevated through the spring.",
            "British consumer price inflation stood at 3.4% in December, well above the Bank's 2% "
            "target and higher than in the euro zone or the United States. The central bank now "
            "projects inflation will fall to near target in the second quarter of 2027.",
            "Sterling fell 0.3% against the dollar to $1.352 after the decision, as traders took "
            "the statement as a sign that the Bank was in no hurry to speed up its cuts. Markets "
            "are pricing in one or two further reductions this year.",
            "The Bank of England raised rates to a 16-year high of 5.25% in August 2023 in "
            "response to a surge in inflation that peaked at 11.1% in October 2022. It has since "
            "cut at a slower pace than the European Central Bank, which has left its deposit rate "
            "at 2% since last June, and the Federal Reserve.",
            "\"It is a cut, but it is a hawkish cut,\" said Daniel Ortega-Smith, senior economist "
            "at Calloway Securities in London. \"Four dissents for a hold tells you the committee "
            "is close to the end of this easing cycle, or at least close to a long pause.\"",
            "Economists polled before the decision had been almost evenly split on whether the "
            "Bank would cut or hold, with a narrow majority expecting a reduction.",
            "The Bank's next policy announcement is scheduled for March 19.",
            "(Reporting by Sophie Grant; Additional reporting by Owen Pryce; Editing by Kate "
            "Lindqvist)",
        ]),
        _art("Thameside Chronicle", "2026-02-05", [
            "Interest rate cut: what the Bank of England's decision means for Kent households",
            "By Gemma Ruddock, Local Democracy and Business Reporter",
            "Homeowners across Kent could see some relief on their mortgage bills after the Bank "
            "of England cut interest rates today.",
            "The Bank lowered its base rate by 0.25 percentage points, from 3.75 per cent to 3.5 "
            "per cent. It is the seventh reduction since the summer of 2024.",
            "Members of the Bank's Monetary Policy Committee voted six to three in favour of the "
            "cut. The remaining members wanted to keep the rate on hold, arguing that inflation, "
            "which was 3.4 per cent in December, is still too high.",
            "Advertisement",
            "Mortgage broker Steve Oakley, who runs Oakley Home Finance in Gravesend, said the "
            "decision would be welcome news for many of his clients. \"People on trackers will "
            "feel it straight away. For those coming off a fix, the rates on offer have already "
            "been coming down for a few weeks, so a lot of this was expected,\" he said.",
            "\"The bigger worry for families round here is still the cost of energy, food and "
            "rent. A quarter of a point off the base rate does not change that overnight.\"",
            "Around one in five homes in the borough is mortgaged, according to census figures, "
            "while many more residents rent privately. Tenants' groups say private rents in north "
            "Kent have risen faster than wages for three years running.",
            "Small businesses also welcomed the cut. Priya Shah, who owns a bakery in Dartford "
            "High Street, said she had delayed buying new ovens because of the cost of borrowing. "
            "\"If rates keep coming down, I can think about it again in the summer,\" she said.",
            "The Federation of Small Businesses said the decision was \"a step in the right "
            "direction\" but called on the Bank to move faster.",
            "Meanwhile savers have been warned to check their accounts, as banks and building "
            "societies are expected to pass on the cut to savings rates within weeks.",
            "The Bank of England's Governor, Alasdair Crane, said the Bank would continue to cut "
            "rates gradually if inflation kept falling, but that it was not committed to any "
            "particular path.",
            "Read more: Kent house prices rise for fourth month in a row | Council tax set to "
            "rise by 4.99 per cent",
        ]),
        _art("Gilt Edge Notes", "2026-02-05", [
            "BoE: a 25bp cut with four dissents - Gilt Edge Notes",
            "Quick thoughts on today's MPC decision.",
            "The Bank of England cut Bank Rate by 25bps to 3.50%, as a slim majority of "
            "forecasters expected, but the vote was 5-4, with Ashdown, Whitby, Rhys and Feld all "
            "voting for a hold. That is the narrowest possible majority for a nine-member "
            "committee, and it came with guidance that was noticeably more cautious than in "
            "December.",
            "Key points:",
            "- The statement keeps the phrase \"gradual and careful\", but adds that the "
            "committee is \"not on a pre-set path\". Crane repeated that line twice at the press "
            "conference. Read: a March cut is not the base case.",
            "- CPI was 3.2% in December. The Bank's projections now show inflation near 2% in Q2 "
            "2027, with services inflation still sticky through the summer. The projections "
            "assume a market path for Bank Rate that troughs around 3.25%.",
            "- The minority's concern is wages. Private-sector regular pay is running at roughly "
            "4.5% y/y, and the Decision Maker Panel shows firms expecting to raise pay by about "
            "3.7% over the next 12 months. For a 2% inflation target that is still too warm.",
            "- GDP: growth forecast for 2026 trimmed to 1.1%. Not a big change, but the direction "
            "matters.",
            "Market reaction: 2y gilt yields fell 6bps to 3.41% immediately after the release, "
            "then retraced most of that move during Crane's press conference as the hawkish tone "
            "sank in. Cable dipped about 0.3%. The curve steepened modestly.",
            "Our view: we still think the Bank cuts once more before the summer, taking Bank Rate "
            "to 3.25%, and then pauses. The four hawks are not going away, and with one more "
            "member switching, the majority flips. The risk is that a hot January CPI print, due "
            "in the middle of February, persuades one of the five doves to wait.",
            "For positioning, we prefer receiving the 2y over the 10y, but the carry is thin. We "
            "would look to add on any sell-off after strong wage data.",
            "Next MPC: 19 March. We will publish our full preview the week before.",
            "Comments (14)",
        ]),
        _art("Lion City Markets Daily", "2026-02-06", [
            "Bank of England trims rates again; sterling slips in Asian trade",
            "SINGAPORE — The Bank of England lowered its benchmark interest rate by 25 basis "
            "points to 3.5 per cent on Thursday, a decision announced at 8pm Singapore time, but "
            "a split vote among its policymakers kept currency traders in Asia cautious on Friday "
            "morning.",
            "Sterling was steady at around US$1.35 in early Asian trading, having weakened after "
            "the decision in London. Against the Singapore dollar, the pound was little changed.",
            "The pound has gained about 2 per cent against the Singapore dollar over the past "
            "three months, helped by expectations that British rates would stay higher for longer "
            "than those in the US. Some strategists said that support could fade if the Bank of "
            "England keeps cutting.",
            "The Monetary Policy Committee voted 5-4, with four members arguing for rates to stay "
            "on hold. Governor Alasdair Crane said the bank could continue to lower rates "
            "gradually but stressed that policymakers were \"not on a pre-set path\".",
            "UK consumer price inflation was 3.4 per cent in December, and the Bank expects it to "
            "reach close to its 2 per cent target in the second quarter of 2027.",
            "Analysts in Singapore said the decision had limited direct impact on Asian markets, "
            "but was being watched as part of a broader shift in global monetary policy. \"The "
            "major central banks are all in the late stage of their easing cycles now, and the "
            "BOE is moving more slowly than the others,\" said Mr Kelvin Goh, a rates strategist "
            "at a regional bank.",
            "For Singapore-based investors in British assets, including property funds and real "
            "estate investment trusts with UK holdings, lower rates in Britain could support "
            "valuations, analysts said. Several Singapore-listed REITs own logistics warehouses "
            "and offices in England.",
            "The Monetary Authority of Singapore, which manages monetary policy through the "
            "exchange rate rather than interest rates, left its policy settings unchanged at its "
            "January review.",
            "The Bank of England's next rate decision is due on March 26.",
            "Also read: Fed holds rates steady as US officials weigh slowing job growth | STI "
            "closes flat as banks offset property losses",
        ]),
    ], [
        ("vote",
         r"5 ?(-|–|to) ?4|\bfive\b|\bfour\b",
         r"6 ?(-|–|to) ?3|\bsix\b|\bthree\b"),
        ("inflation",
         r"(?<![\d.])3\.4 ?(%|percent|per cent|pct)",
         r"(?<![\d.])3\.2 ?(%|percent|per cent|pct)"),
        ("next meeting",
         r"(?<!\d)19 march|march 19\b|2026-03-19",
         r"(?<!\d)26 march|march 26\b|2026-03-26"),
    ]),
    _story("rocket-SF4", "rocket", [
        _art("Cathay Wire", None, [
            "JIUQUAN, China (Cathay Wire) — Chinese private launch company Lanyu Aerospace put a "
            "test payload into orbit and landed the first stage of its methane-fuelled Tianque-3 "
            "rocket on Wednesday, becoming the first Chinese commercial firm to recover an "
            "orbital-class booster intact.",
            "The 66-metre rocket lifted off from the Jiuquan Satellite Launch Center in the Gobi "
            "Desert at 10:42 a.m. Beijing time (0242 GMT), the company said. It was the third "
            "flight of the Tianque-3 and the first in which all of its main objectives were met.",
            "About eight minutes after launch, the first stage, known internally as Core 7, "
            "touched down on a concrete landing zone in the desert roughly 380 kilometres "
            "downrange, live video released by the company showed. The booster was flying for the "
            "first time.",
            "The second stage reached a near-circular orbit at an altitude of about 500 "
            "kilometres and released a two-tonne mass simulator, Lanyu said in a statement. "
            "Tracking data from the U.S. Space Force later listed a new object in a similar orbit.",
            "\"Today we proved that a Chinese company can bring a rocket of this size back and "
            "stand it up on its legs,\" Lanyu's chief executive, Zhou Mingxuan, told employees at "
            "the company's Beijing headquarters, according to a video posted on its social media "
            "account. \"The next step is to fly the same booster again.\"",
            "The Tianque-3 is powered by nine Tianlang-80 engines on its first stage, burning "
            "liquid methane and liquid oxygen. Methane is favoured by companies designing "
            "reusable rockets because it burns more cleanly than kerosene, leaving less soot "
            "inside the engines.",
            "Lanyu's first attempt to fly the rocket, in August last year, reached orbit but the "
            "booster broke apart during its landing burn. On the second flight, in November, the "
            "upper stage's engine shut down early and the payload was lost.",
            "China has been pushing to develop reusable rockets to cut the cost of building out "
            "its planned satellite internet constellations, which are expected to require "
            "thousands of launches over the next decade. Several state-owned and private "
            "companies are racing to be first to fly a booster a second time.",
            "The company said it planned a fourth flight in the second quarter, and that it hoped "
            "to begin commercial service before the end of the year. It did not say when it would "
            "attempt to reuse Core 7.",
            "Lanyu, founded in 2017, has raised more than 6 billion yuan ($830 million) from "
            "investors, including several funds backed by local governments.",
        ]),
        _art("LaunchPad Digest", None, [
            "Lanyu nails it: Tianque-3 reaches orbit and sticks the landing on flight 3",
            "Posted by Marcus Feld | Launch Reports",
            "It took three tries, but Chinese startup Lanyu Aerospace has now done what no "
            "Chinese commercial outfit had managed before: it launched an orbital rocket and "
            "brought the first stage home in one piece.",
            "The Tianque-3 lifted off from Jiuquan at 11:42 p.m. EST on Tuesday night (it was "
            "already Wednesday morning in China), and everything went about as well as the "
            "company could have hoped. The booster, Core 7, made its boostback and landing burns "
            "on schedule and touched down on the pad roughly 8 minutes after liftoff. The upper "
            "stage continued to orbit and deployed its mass simulator, which Lanyu says weighed 2 "
            "metric tons.",
            "Watching the company's stream, you could see the booster come in through a haze of "
            "dust with all four legs out, settle, and stay upright. Applause in the control room "
            "was audible on the feed.",
            "Some quick specs for readers new to this vehicle:",
            "Height: about 217 feet (66 m)\nFirst stage engines: 9x Tianlang-80, methane/LOX\n"
            "Second stage: single vacuum-optimized Tianlang-80V\nPayload to low Earth orbit: "
            "roughly 9.5 metric tons with booster recovery, more when flown expendable",
            "Flight history: Flight 1 (August 2025) got to orbit, but the booster disintegrated "
            "during landing. Flight 2 (November 2025) lost its payload when the second-stage "
            "engine cut off early. Flight 3 is the first complete success.",
            "Share this article: Facebook | X | Reddit",
            "Why it matters: Landing a booster is one thing, reflying it is another, and reflying "
            "it cheaply is what actually moves the economics. SpaceX landed its first Falcon 9 "
            "booster in December 2015 and didn't refly one until March 2017. Lanyu's CEO Zhou "
            "Mingxuan says the goal is to fly Core 7 again, though the company hasn't given a "
            "date.",
            "The broader picture: China has several companies chasing reusability at once, and "
            "the state-owned China Academy of Launch Vehicle Technology has its own reusable "
            "program. The demand driver is obvious: China's megaconstellation plans need an "
            "enormous number of launches, and expendable rockets won't get them there at a "
            "reasonable price.",
            "Lanyu said it's targeting a fourth flight in Q2 2026. We'll be watching for the "
            "first reflight.",
            "Tags: Lanyu, Tianque-3, reusability, China, methane",
        ]),
        _art("The Sentinel", None, [
            "Chinese firm lands orbital rocket booster in landmark test",
            "By Rachel Adeyemi, Science Correspondent",
            "A Chinese private space company has successfully landed the first stage of an "
            "orbital rocket after launching it into space, a milestone that until now had been "
            "reached only by American firms.",
            "Lanyu Aerospace's Tianque-3 rocket took off from the Jiuquan launch site in "
            "north-western China at 02:42 GMT on Wednesday. The rocket's second stage carried a "
            "dummy payload weighing two tonnes into orbit around 500km above the Earth, while the "
            "first stage flew back down and landed upright in the desert.",
            "It was the rocket's third flight. On the two previous attempts, last August and "
            "November, the company lost first the booster and then the payload.",
            "Reusable boosters, pioneered by Elon Musk's SpaceX and later also flown by Blue "
            "Origin, have transformed the economics of spaceflight by allowing the most expensive "
            "part of a rocket to be flown many times. SpaceX has now flown some of its Falcon 9 "
            "boosters more than 25 times.",
            "\"This is a very significant moment for the Chinese commercial space sector,\" said "
            "Dr Helen Marchetti, a space policy researcher at the University of Leicester. \"The "
            "Chinese government has made it clear that it wants reusable rockets, and the private "
            "companies are delivering faster than many of us expected.\"",
            "Dr Marchetti said the rocket's methane engines were an important choice. \"Methane "
            "is much kinder to engines that you want to reuse. Kerosene leaves deposits that have "
            "to be cleaned out after every flight.\"",
            "China plans to launch tens of thousands of satellites for two separate broadband "
            "networks, known as Guowang and Qianfan, and has struggled to launch them quickly "
            "enough with existing rockets. Western analysts say the ability to reuse boosters "
            "will be essential if it is to keep pace with SpaceX's Starlink network, which "
            "already has more than 9,000 satellites in orbit.",
            "The booster, designated Core 7, touched down about 380km from the launch pad roughly "
            "eight minutes after lift-off. It was making its first flight.",
            "Lanyu was founded in 2017 and is one of a number of Chinese start-ups that emerged "
            "after the government opened the launch industry to private investment in 2014.",
            "The company says it will fly the rocket again by the end of June.",
        ]),
        _art("Gantry & Plume", None, [
            "Gantry & Plume | Independent spaceflight notes",
            "Tianque-3 Flight 3: launch and landing recap",
            "Home > Launch Log > 2026",
            "Flight 3 of Lanyu's Tianque-3 is in the books and it was a clean one. Liftoff from "
            "Jiuquan came at 10:42 Beijing time on Wednesday morning, right at the opening of the "
            "window after a short hold for upper-level winds was cleared.",
            "Timeline as we logged it from the official webcast (times after liftoff, "
            "approximate):",
            "T+0:00 Liftoff, all nine engines at full thrust\nT+1:05 Max Q\nT+2:38 Main engine "
            "cutoff and stage separation\nT+2:50 Second stage ignition\nT+3:05 Boostback burn "
            "begins\nT+7:20 Landing burn start\nT+8:02 Booster touchdown\nT+9:35 Second stage "
            "engine cutoff, orbit confirmed",
            "The booster on this flight was Core 9, a brand new vehicle making its maiden flight. "
            "It came down on the landing zone in the desert about 380 km from the pad, a bit off "
            "the pad centre but well inside the safe area, with a visible lean on one leg that "
            "had straightened by the time the dust cleared.",
            "Upper stage performance looked nominal. Lanyu later confirmed orbit of roughly 500 "
            "km and deployment of the 2 t mass simulator. No second burn was attempted.",
            "Context for newer readers: the first flight last August reached orbit but lost the "
            "booster during the landing attempt, and the second flight in November suffered an "
            "early upper-stage shutdown. So this is the first flight to hit every objective.",
            "Personal note: I have been following this company since its first engine tests in "
            "2019, and watching a Chinese commercial booster stand on its legs is remarkable. A "
            "lot of people in the Western space community doubted that a private Chinese company "
            "would get here before the state-owned giants.",
            "What next? Lanyu says flight 4 is planned for the second quarter, and chief "
            "executive Zhou Mingxuan said on the stream that they want to reuse the same booster. "
            "If they do it this year, that would be a genuinely fast turnaround for a first-time "
            "lander.",
            "Weather note: surface winds at Jiuquan at launch time were light, around 4 m/s, with "
            "clear skies and an air temperature of about minus 14 C.",
            "Comments are open below. Please keep it civil.",
        ]),
    ], [
        ("booster",
         r"core ?0?7\b|core seven",
         r"core ?0?9\b|core nine"),
        ("launch time",
         r"10[:.]?42|\b0?2[:.]?42|\b9[:.]42|21[:.]42",
         r"11[:.]42|23[:.]42"),
    ]),
    _story("election-SF5", "election", [
        _art("Borderland Daily Dispatch", None, [
            "Olguín wins El Paso mayor's race, defeating Delacroix in run-off",
            "By Hector Villalobos | Staff Writer",
            "State Rep. Renata Olguín will be El Paso's next mayor after defeating former El Paso "
            "County Commissioner Mark Delacroix in Saturday's run-off, according to unofficial "
            "results released late Saturday night by the county elections department.",
            "Olguín received 59,870 votes, or 54.2%, to Delacroix's 50,590 votes, or 45.8%, with "
            "all voting centers reporting. The margin of 9,280 votes was wider than most "
            "observers had expected after a bruising five-week campaign that drew record spending "
            "for a municipal race in the city.",
            "\"El Paso voted for a city that works for every neighborhood, from the Northeast to "
            "the Lower Valley,\" Olguín told supporters at a union hall on Alameda Avenue shortly "
            "after 10 p.m. \"Tonight is not about me. It is about the families who told us they "
            "were tired of waiting for streets, parks and buses.\"",
            "Delacroix conceded in a brief speech at a restaurant on the West Side. \"The voters "
            "have spoken, and I respect their decision,\" he said. \"I called Representative "
            "Olguín to congratulate her, and I told her that if she needs help, she can call me.\"",
            "Turnout was low, as is typical for December run-offs. About 21.3% of the city's "
            "roughly 518,000 registered voters cast ballots, according to the elections "
            "department, down from the November first round.",
            "In that first round on Nov. 3, Olguín finished first among five candidates with 38% "
            "of the vote, while Delacroix took 29%. Because no candidate won a majority, the top "
            "two advanced to the run-off.",
            "Advertisement",
            "Olguín, 44, a former public school teacher, has represented a central El Paso "
            "district in the Texas House since 2019. She campaigned on expanding bus service, "
            "repairing roads in older neighborhoods and creating an independent office to review "
            "city contracts.",
            "Delacroix, 61, a businessman who served two terms on the county commissioners court, "
            "ran on a promise to hold down property taxes and to speed up permits for new "
            "housing. He was endorsed by the outgoing mayor and by the local chamber of commerce.",
            "The city council race for District 3, also decided Saturday, went to Joaquín Ybarra, "
            "a neighborhood association president, who beat a retired firefighter by 412 votes.",
            "Olguín will be sworn in on Jan. 4 and will serve a four-year term. The results must "
            "be canvassed by the city council before they become official.",
        ]),
        _art("Rio Grande Public Media", None, [
            "Renata Olguín elected El Paso mayor in low-turnout run-off",
            "Renata Olguín, a Democratic state representative, has been elected mayor of El Paso, "
            "winning Saturday's run-off against businessman Mark Delacroix by more than eight "
            "percentage points.",
            "Unofficial returns showed Olguín with 54.2% of the vote and Delacroix with 45.8%. "
            "Municipal races in Texas are officially nonpartisan, but both candidates were widely "
            "identified with their parties, and the race attracted attention from state political "
            "groups.",
            "Only about one in five registered voters turned out, a figure that election "
            "officials said was in line with previous December run-offs in the city.",
            "Listen to this story",
            "Olguín's victory makes her the second woman to be elected mayor of El Paso. She is "
            "expected to resign her seat in the Texas House before taking office in January, "
            "which would trigger a special election in her district.",
            "Political scientists at the University of Texas at El Paso said the result showed "
            "the strength of Olguín's ground operation in the city's east and south-east, where "
            "she won most voting centres comfortably.",
            "\"The run-off electorate is older and more conservative than the November "
            "electorate, and Delacroix needed it to be even more so,\" said Professor Andrea "
            "Solis, who studies local elections at UTEP. \"Olguín's campaign knocked on a lot of "
            "doors in neighborhoods that usually sit out run-offs, and it paid off.\"",
            "Delacroix, a former El Paso County commissioner who owns a chain of tire and auto "
            "repair shops, congratulated Olguín in a speech to supporters on Saturday night.",
            "The new mayor will take over a city facing a budget gap estimated at about $38 "
            "million next fiscal year, according to the city's own projections, as well as "
            "pressure from residents over rising water bills and the condition of streets.",
            "Olguín has said her first priority will be to ask the city council to approve an "
            "independent inspector general to review city contracts, a proposal that Delacroix "
            "criticized as unnecessary bureaucracy during the campaign.",
            "Outside spending in the race topped $3 million, most of it from political action "
            "committees based outside El Paso, according to campaign finance reports filed with "
            "the city clerk.",
            "The city council is expected to canvass the results later this month.",
        ]),
        _art("Lone Star Wire", None, [
            "EL PASO, Texas (Lone Star Wire) — Democratic state Rep. Renata Olguín won the El "
            "Paso mayoral run-off on Saturday, beating former city councilman Mark Delacroix in a "
            "race that both parties had watched as an early test of Hispanic voters' mood in the "
            "border region.",
            "Olguín took 54.2% of the vote, according to unofficial returns from the El Paso "
            "County elections department. She will succeed a two-term mayor who did not seek "
            "re-election.",
            "Turnout was about 21%, election officials said.",
            "The race was formally nonpartisan, but state Republican groups spent heavily on "
            "behalf of Delacroix, hoping to build on gains the party made among Latino voters "
            "along the border in recent elections. Democrats poured in volunteers and money to "
            "hold a city they regard as a stronghold.",
            "\"This is a reminder that El Paso is not up for grabs,\" Olguín told supporters at "
            "her victory party, where she was joined by several Democratic members of the Texas "
            "House.",
            "Delacroix, 61, conceded the race late Saturday. He said he had called Olguín to "
            "congratulate her.",
            "Republican strategist Carlos Medrano, who advised one of the groups that backed "
            "Delacroix, said the party had still made progress. \"We lost the race, but we "
            "narrowed the gap in precincts that we used to lose by thirty points. That is where "
            "the future is,\" he said.",
            "Olguín campaigned on expanding public transit and creating an independent inspector "
            "general to review city contracts, while Delacroix focused on holding down property "
            "taxes and speeding up housing permits.",
            "Election officials reported no serious problems at voting centers, although some "
            "voters in the Northeast waited up to an hour after a check-in system went down for "
            "about 40 minutes on Saturday morning.",
            "The result will be watched closely in Austin. Olguín's departure from the Texas "
            "House will require a special election for her seat, which Democrats are expected to "
            "retain easily.",
            "El Paso, a city of about 680,000 people, is the largest on the U.S.-Mexico border on "
            "the American side. Its economy is closely tied to Ciudad Juárez, across the Rio "
            "Grande, and to trade through its ports of entry.",
            "Olguín, 44, a former teacher, was first elected to the state House in 2018.",
            "The winner of the run-off will be sworn in early next month.",
        ]),
        _art("Frontera Politics Notebook", None, [
            "El Paso run-off: reading the numbers",
            "Posted in Local Races | 6 comments",
            "Saturday night's El Paso mayoral run-off result came in clean: Renata Olguín 52.4%, "
            "Mark Delacroix the rest, with all voting centers in. Olguín is the mayor-elect.",
            "A few notes from going through the precinct-level file, which the county posted on "
            "Sunday morning.",
            "Turnout. The county's number is 26.8% of registered voters, which is low by any "
            "standard but actually a touch higher than the last two December run-offs. Turnout "
            "was strongest in the Northeast and the Upper Valley and weakest in the central "
            "districts, which will matter for anyone trying to read this as a mandate.",
            "Geography. Olguín won the East Side and the Lower Valley by big margins, as "
            "expected. The surprise was the Northeast, where Delacroix had run ahead in November "
            "but lost several voting centers on Saturday. If I had to point to one thing that "
            "decided the race, it is that.",
            "The first round matters. In November, Olguín had 38% and Delacroix 29%, with the "
            "remaining third split among three other candidates. The third-place finisher, former "
            "council member Lupe Arrieta, endorsed Olguín a week later. Arrieta's strongest "
            "precincts went heavily for Olguín on Saturday.",
            "Money. Outside groups spent more than $3 million, the majority supporting Delacroix. "
            "It did not move the numbers in the way his backers hoped. Television ads attacking "
            "Olguín over her votes on state education spending ran for a month, and the precincts "
            "where they aired most heavily did not swing toward him.",
            "Delacroix, to his credit, conceded gracefully. As a two-term county commissioner he "
            "knows the city's politics well, and I would not be surprised to see him back on a "
            "ballot in a few years.",
            "What to watch next: Olguín's House seat. Once she resigns, the governor sets a "
            "special election date, and at least two Democrats have already said they are "
            "interested. And on the council, the new mayor will need six votes to pass her "
            "inspector general proposal. Counting generously, she has five.",
            "Correction, Sunday 2:10 p.m.: An earlier version of this post misspelled Lupe "
            "Arrieta's surname.",
        ]),
    ], [
        ("vote share",
         r"(?<![\d.])54\.2 ?(%|percent|per cent|pct)?",
         r"(?<![\d.])52\.4 ?(%|percent|per cent|pct)?"),
        ("turnout",
         r"(?<![\d.])21(\.3)? ?(%|percent|per cent)|one in five|fifth",
         r"(?<![\d.])26\.8|(?<![\d.])27 ?(%|percent|per cent)"),
        ("former post",
         r"commission",
         r"council"),
    ]),
    _story("quake-SF6", "earthquake", [
        _art("Mindanao Morning Star", "2026-10-01", [
            "Strong quake jolts Surigao del Sur; 4 dead, dozens hurt",
            "HINATUAN, Surigao del Sur — A magnitude 6.8 earthquake struck off the eastern coast "
            "of Mindanao at 2:14 a.m. on Thursday, killing at least four people, injuring 37 "
            "others and sending thousands of residents fleeing to higher ground in the dark.",
            "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake was "
            "centred in the Philippine Sea about 27 kilometres east of Hinatuan town, at a depth "
            "of 19 kilometres. The agency initially put the magnitude at 7.0 before revising it "
            "to 6.8 after reviewing more data.",
            "Phivolcs issued a tsunami warning for coastal areas of Surigao del Sur and Davao "
            "Oriental minutes after the quake, urging residents to move away from the shore. The "
            "warning was lifted at about 4:20 a.m. after only minor changes in sea level were "
            "recorded.",
            "Three of the dead were members of one family whose house in Barangay Loyola "
            "collapsed, said Hinatuan Mayor Shem Garay-Moreno. The fourth victim, an elderly man, "
            "was hit by a falling concrete wall in the neighbouring town of Tagbina.",
            "\"People were sleeping when it hit. The shaking was so strong that you could not "
            "stand,\" the mayor said in a radio interview. \"Many families are now staying in the "
            "plaza and in the school grounds because they are afraid to go back inside.\"",
            "Photo: Residents gather outside the Hinatuan municipal hall after the quake. "
            "(Morning Star photo)",
            "The bell tower of the old St. Augustine church in Hinatuan partly collapsed, and "
            "cracks were reported on the national highway and on two bridges leading to Bislig "
            "City. Power was cut across much of the province and had been restored in only some "
            "areas by Thursday afternoon, according to the local electric cooperative.",
            "Classes at all levels were suspended in Surigao del Sur on Thursday and Friday, the "
            "provincial government announced.",
            "Phivolcs had recorded more than 300 aftershocks by Thursday evening, the strongest "
            "of them a magnitude 5.1. The agency warned that more strong aftershocks could occur "
            "in the coming days and advised residents to check their houses for damage before "
            "returning.",
            "The same part of the coast was hit in December 2023 by a magnitude 7.4 quake, which "
            "also triggered a tsunami warning and damaged hundreds of houses.",
            "Provincial disaster officials said they were still collecting reports from remote "
            "villages where communication lines were down, and that the number of casualties "
            "could rise.",
        ]),
        _art("Asia Pacific Newswire", "2026-10-01", [
            "MANILA (APN) — A strong earthquake struck off the southern Philippine island of "
            "Mindanao before dawn on Thursday, killing at least four people and prompting a brief "
            "tsunami warning, officials said.",
            "The magnitude 6.8 quake hit at 2:14 a.m. (1814 GMT Wednesday) in the Philippine Sea "
            "about 27 km (17 miles) east of the coastal town of Hinatuan in Surigao del Sur "
            "province, according to the Philippine Institute of Volcanology and Seismology. It "
            "was relatively shallow, at a depth of 19 km (12 miles).",
            "The institute, known as Phivolcs, had first reported a magnitude of 7.0, then "
            "downgraded it.",
            "Residents of coastal villages were ordered to evacuate, and many spent the rest of "
            "the night in the open. The tsunami warning was lifted a little more than two hours "
            "after the quake when sea level gauges recorded only small waves.",
            "The national disaster agency said 37 people had been injured and more than 1,200 "
            "houses damaged, most of them in Hinatuan and the nearby towns of Tagbina and Barobo. "
            "The figures were expected to rise as reports came in from remote areas.",
            "The quake was felt strongly in Davao City, about 170 km (105 miles) to the "
            "south-west, where some residents ran out of apartment buildings and hotels, "
            "witnesses said. Airport authorities said runways at Butuan and Davao had been "
            "inspected and flights were operating normally by mid-morning.",
            "In Hinatuan, a town of about 45,000 people known for its \"Enchanted River\" tourist "
            "spot, residents described a violent, rolling motion that lasted close to a minute. "
            "\"The lights went out, and then we heard the walls cracking,\" said Arnel Bacus, a "
            "fisherman who fled with his wife and two sons to a hill behind the village.",
            "\"Our teams are now on the ground assessing damage to roads and bridges,\" said "
            "Mariel Tan-Quiambao, a spokeswoman for the National Disaster Risk Reduction and "
            "Management Council. \"Our priority is to reach the isolated barangays and bring "
            "tents, water and food packs.\"",
            "President Ferdinand Marcos Jr. ordered government agencies to provide assistance to "
            "affected families, the presidential communications office said.",
            "Seismologists describe the Philippines as one of the most quake-prone countries in "
            "the world, because it sits where several tectonic plates grind against each other "
            "along the so-called Ring of Fire. The archipelago experiences hundreds of felt "
            "earthquakes each year, though most are too weak to cause damage.",
            "A magnitude 7.4 quake struck the same area in December 2023, killing three people.",
        ]),
        _art("World Service Radio", "2026-10-02", [
            "Philippines earthquake: death toll rises to nine as aftershocks continue",
            "The number of people killed by Thursday's earthquake in the southern Philippines has "
            "risen to nine, officials say, as rescue teams reach remote villages cut off by "
            "landslides.",
            "More than 110 people were injured in the magnitude 6.8 tremor, which struck just "
            "after 02:00 local time on Thursday (shortly after 18:00 GMT on Wednesday) off the "
            "coast of Surigao del Sur province on the island of Mindanao.",
            "The toll, which initially stood at four, rose after the bodies of five people were "
            "recovered from two villages in the hills above the town of Hinatuan, where "
            "landslides buried several homes.",
            "Ruined houses, cracked roads and a partly collapsed church tower have become the "
            "defining images of the disaster. Thousands of people spent a second night in tents "
            "and evacuation centres, too frightened to go home as hundreds of aftershocks "
            "continued to shake the region.",
            "The country's seismology agency, Phivolcs, said it had recorded more than 600 "
            "aftershocks by Friday morning.",
            "\"We lost everything, but at least my children are alive,\" said Josefina Alcantara, "
            "52, who was sheltering with her family in the grounds of an elementary school. \"The "
            "walls fell inward. We ran out through the back.\"",
            "The quake's epicentre was about 17 miles (27km) offshore, at a relatively shallow "
            "depth, which seismologists say increases the strength of shaking on land.",
            "Aid agencies including the Philippine Red Cross have sent water, hygiene kits and "
            "tarpaulins. The national disaster council said more than 2,000 homes had now been "
            "damaged or destroyed.",
            "The Philippines sits on the so-called Ring of Fire and is struck by frequent "
            "earthquakes. In December 2023, a magnitude 7.4 quake struck off the same stretch of "
            "coastline.",
            "This region's people are used to earthquakes, says our correspondent, but the scale "
            "of the damage in the hill villages has shocked many.",
        ]),
        _art("QuakeWatch Notes", "2026-10-02", [
            "M6.8 Hinatuan earthquake, 1 October 2026: a quick technical look",
            "Summary. A magnitude 6.8 earthquake (Phivolcs) occurred at 18:14 UTC on 30 September "
            "2026, which was 02:14 on 1 October local time (PST, UTC+8), off the east coast of "
            "Mindanao. Phivolcs places the epicentre about 27 km east of Hinatuan, Surigao del "
            "Sur, at a depth of 19 km. Its first automatic solution gave 7.0; the reviewed "
            "magnitude is 6.8.",
            "Tectonic setting. The event occurred in the region of the Philippine Trench, where "
            "the Philippine Sea Plate moves westward beneath Mindanao at several centimetres per "
            "year. The shallow depth and the location suggest a thrust event on or near the "
            "subduction interface, similar in style to the M7.4 event of 2 December 2023 a short "
            "distance to the north. That earlier event produced a small tsunami recorded at "
            "several Pacific gauges.",
            "Shaking. Based on the reported damage in Hinatuan, Tagbina and Barobo, strong "
            "shaking extended along a roughly 60 km stretch of coast. Landslides in the interior "
            "uplands appear to have caused several of the deaths; the official toll was nine as "
            "of Friday afternoon local time.",
            "Aftershocks. Phivolcs reported more than 600 aftershocks as of Friday morning, with "
            "the largest so far at magnitude 5.1. This is a fairly vigorous sequence for an event "
            "of this size, but not unusual for interface events. The usual rule of thumb suggests "
            "the largest aftershock is roughly one magnitude unit below the main shock, so a "
            "further event in the high 5s cannot be ruled out.",
            "Tsunami. A tsunami warning was issued locally and lifted a little over two hours "
            "later. Tide gauges recorded only minor fluctuations, on the order of 10 to 20 cm.",
            "Outlook. Expect continuing aftershocks over the coming weeks, with a slowly "
            "decreasing rate. A large event on a neighbouring segment of the trench is possible "
            "but cannot be forecast. Residents should follow Phivolcs advisories.",
            "I will update this post if the magnitude or location is revised.",
        ]),
    ], []),
]
