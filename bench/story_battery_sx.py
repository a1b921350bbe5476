"""Part SX of the story battery (issue 11).

Written by engineer SX1 on 2026-12-06 (fourteenth session, fourth batch) without reading
Storyline's rules or other parts, before any run. Six whole stories (one per domain, one of
them a control story with no planted disagreement) told by several invented outlets in long
articles. Scored with `bench/bench_story_battery.py SX`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SX", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SX1", "trade", [
        _art("Meridian Newswire", "2026-02-24", [
            "COPENHAGEN (Meridian) — The United States and China agreed on Tuesday to extend "
            "their tariff truce by another 90 days, capping two days of talks in the Danish "
            "capital that officials on both sides described as constructive but which left the "
            "thorniest disputes unresolved.",
            "Treasury Secretary Daniel Whitcombe, who led the U.S. delegation, told reporters "
            "outside Eigtveds Pakhus, the Danish foreign ministry's conference centre on the "
            "harbour, that the sides had held \"candid, constructive conversations\" and that "
            "\"we leave Copenhagen with more than we came with.\"",
            "Under the extension, the truce that was due to lapse on March 10 will now run until "
            "June 8. The additional 30% U.S. tariff on Chinese goods and China's 10% "
            "counter-levy on American products will stay where they are for the period, both "
            "sides said.",
            "China also agreed to purchase an additional 8 million metric tons of U.S. soybeans "
            "before the end of August, on top of existing commitments, according to a fact sheet "
            "released by the Office of the U.S. Trade Representative. Beijing will extend its "
            "general licences for exports of rare-earth magnets for a further year, the fact "
            "sheet said.",
            "Tuesday's session ran for nearly six hours, after a first day of talks on Monday "
            "that lasted about four hours. The meetings broke up at around 7:30 p.m. local time.",
            "Vice Premier Liang Wenbo headed the Chinese side, accompanied by Zhou Minghui, "
            "China's international trade representative. State news agency Xinhua quoted Liang "
            "as calling the talks \"in-depth, frank and constructive\" and saying both sides "
            "should \"cherish the hard-won stability\" in their economic relationship.",
            "U.S. Trade Representative Maria Ostrander said working-level teams would meet in "
            "Washington in April to prepare for what she called \"a broader conversation\" "
            "before the new deadline.",
            "The Copenhagen round was the sixth face-to-face meeting between the two economic "
            "teams since tariffs spiralled in the spring of 2025. In Geneva that May, the sides "
            "agreed to slash U.S. duties from 145% and Chinese duties from 125%, setting the "
            "current 30% and 10% levels. A meeting in Kuala Lumpur last October produced "
            "Beijing's pledge to buy 25 million tons of U.S. soybeans a year for three years, "
            "while talks in Madrid in September yielded a framework for the ownership of "
            "TikTok's U.S. business.",
            "U.S. stocks edged higher after the announcement, with the S&P 500 up 0.4% in "
            "afternoon trading in New York.",
            "Analysts said the extension bought time but little else. \"It's a holding pattern, "
            "not a deal,\" said Karen Liu, a China trade specialist at the Halden Institute in "
            "Washington. \"The hard questions on chips and industrial subsidies have simply been "
            "pushed into the summer.\"",
        ]),
        _art("The Capital Ledger", "2026-02-25", [
            "U.S., China extend trade truce after Copenhagen talks | The Capital Ledger",
            "By Thomas Greer and Ana Whitfield",
            "WASHINGTON — The United States and China will keep their fragile trade ceasefire in "
            "place into early June, officials said after two days of negotiations in Copenhagen "
            "ended Tuesday, easing fears on Wall Street and in farm country that tariffs could "
            "snap back next month.",
            "The 90-day extension, announced shortly after 1:30 p.m. Eastern time, postpones a "
            "deadline that had hung over markets since the autumn. Without it, the truce would "
            "have expired on March 10 and U.S. duties on a wide range of Chinese goods could "
            "have climbed steeply.",
            "Treasury Secretary Daniel Whitcombe, who headed the American team, said the two "
            "sides had held \"candid and constructive conversations.\" He added: \"We leave "
            "Copenhagen with more than we arrived with.\"",
            "Advertisement",
            "For American farmers, the most tangible result was a Chinese commitment to buy an "
            "additional 12 million metric tons of soybeans by the end of August, according to "
            "the U.S. Trade Representative's office. That is on top of the 25 million metric "
            "tons a year that China promised to buy under the understanding reached in Kuala "
            "Lumpur in October.",
            "Farm groups welcomed the news. \"Every extra shipload matters,\" said Dale Brandt, "
            "president of the Iowa Soybean Growers Council, who said prices had been \"stuck in "
            "the basement\" for most of the past two years.",
            "The existing tariff levels — an additional 30% on Chinese imports into the United "
            "States and a 10% retaliatory tariff on American goods — will remain in force during "
            "the extension.",
            "The Chinese delegation was led by Vice Premier Liang Wenbo, Beijing's top economic "
            "official, who has faced Whitcombe across the table at every round since Geneva last "
            "May.",
            "People familiar with the talks said the two sides spent much of the second day on "
            "export controls, with Chinese negotiators pressing for relief from U.S. "
            "restrictions on sales of advanced semiconductors. U.S. Trade Representative Maria "
            "Ostrander told reporters those controls \"were not on the table\" in Copenhagen. "
            "Working-level officials will meet in Washington in April, she said.",
            "The trade war escalated sharply last spring, when U.S. tariffs on Chinese goods "
            "peaked at 145% and Beijing retaliated with duties of 125%. The Geneva agreement in "
            "May 2025 brought those down to 30% and 10% respectively, and later rounds in "
            "London, Stockholm, Madrid and Kuala Lumpur extended and widened the truce.",
            "Still, some lawmakers were unimpressed. \"Another ninety days of kicking the can is "
            "not a China strategy,\" Sen. Roberta Kline, a Republican member of the Senate "
            "Finance Committee, said in a statement.",
            "Share this article",
        ]),
        _art("Harbourline Markets", "2026-02-24", [
            "Skip to content",
            "US–China truce rolled over for 90 days: what it means for markets - Harbourline "
            "Markets",
            "Posted by Imogen Hartley, Markets Editor",
            "Washington and Beijing have agreed to roll over their tariff truce for another "
            "three months after two days of talks in Copenhagen, removing a tail risk that had "
            "been hanging over risk assets into the March deadline.",
            "The US team, led by Commerce Secretary Erik Halvorsen, sat down with a Chinese "
            "delegation headed by Vice Premier Liang Wenbo at the Danish foreign ministry's "
            "waterfront conference centre on Monday and Tuesday. Tuesday's session alone ran "
            "almost six hours, according to a European official briefed on the proceedings.",
            "The headline terms, as we read them:",
            "• The truce now runs to 8 June rather than 10 March.",
            "• Tariff levels are unchanged: the additional US levy of 30pc on Chinese imports "
            "and China's 10pc retaliatory rate both stay put.",
            "• China commits to buying a further 8mn tonnes of US soybeans (roughly 294mn "
            "bushels) by the end of August.",
            "• Beijing extends general licences for rare-earth magnet exports for another 12 "
            "months.",
            "Treasury Secretary Daniel Whitcombe described the talks as \"candid\" and "
            "\"constructive\" in brief remarks after the final session, which finished at about "
            "7.30pm Copenhagen time.",
            "Market reaction was muted but positive. The offshore yuan firmed about 0.2pc "
            "against the dollar to 7.08 in late European trading, while copper gained 1.1pc in "
            "London.",
            "Our take: this is a rollover, not a breakthrough. The soybean figure is modest next "
            "to the 25mn tonnes a year pledged in Kuala Lumpur last October, and the real "
            "sticking point, US controls on advanced chips, was not addressed at all. For "
            "context, the Madrid round in September ran to roughly 11 hours across two sessions "
            "and produced the TikTok framework; Copenhagen produced rather less.",
            "We would not read much into the \"more than we came with\" line. Positioning for a "
            "June cliff-edge starts now.",
            "Read more: Our guide to the 2025 tariff timeline",
            "Share on LinkedIn",
        ]),
        _art("Eastern Daily Herald", "2026-02-25", [
            "BEIJING — China and the United States have agreed to extend a pause on higher "
            "tariffs for 90 days, the Ministry of Commerce said early on Wednesday, after "
            "negotiators wrapped up two days of talks in Copenhagen at about 2:30 a.m. Beijing "
            "time.",
            "Vice Premier Liang Wenbo, who led the Chinese delegation, and US Treasury Secretary "
            "Daniel Whitcombe held what Xinhua described as \"in-depth, frank and constructive\" "
            "exchanges. The second day of talks, on Tuesday, lasted more than nine hours, "
            "according to a person close to the Chinese delegation.",
            "In a statement, the commerce ministry said the two sides had \"reached consensus\" "
            "on extending the suspension of certain tariff measures and on expanding trade in "
            "agricultural goods. It said China would \"actively\" increase purchases of American "
            "farm products, and confirmed that the country would buy an additional 8 million "
            "tonnes of soybeans before the end of August.",
            "The ministry also said it would keep issuing general licences for exports of "
            "rare-earth magnets for a further year, a step closely watched by carmakers and "
            "electronics manufacturers around the world.",
            "Zhou Minghui, China's international trade representative and a vice minister of "
            "commerce, told state broadcaster CCTV that the outcome \"shows once again that "
            "dialogue works better than confrontation.\"",
            "File photo: Containers stacked at the port of Qingdao.",
            "Chinese shares rose on the news. The Shanghai Composite Index closed 0.9 per cent "
            "higher on Wednesday, and Hong Kong's Hang Seng Index gained 1.3 per cent.",
            "Analysts in Beijing said the extension suited both sides. \"Both governments need "
            "time,\" said Guo Fan, a professor of international trade at Renmin University. "
            "\"Washington has midterm elections in November, and Beijing wants a calm external "
            "environment as the new five-year plan begins.\"",
            "Tariffs between the world's two largest economies soared in April last year, with "
            "US duties on Chinese goods reaching 145 per cent. Since the Geneva meeting in May "
            "2025 they have been held at 30 per cent, while China's retaliatory tariffs on US "
            "goods have stood at 10 per cent.",
            "The ministry said the next round of high-level consultations would take place \"at "
            "an appropriate time\", without giving a date or venue.",
        ]),
    ], [
        ("duration",
         r"\b(six|6) ?(hours?|hrs?|h\b)|\b360 ?min",
         r"\b(nine|9) ?(hours?|hrs?|h\b)|\b540 ?min"),
        ("delegation leader", r"whitcombe|treasury", r"halvorsen|commerce secretary"),
        ("quantity",
         r"(?<![\d.])8(\.0+)? ?(million|mn|m\b)|\beight million|(?<![\d.])294 ?(million|mn|m\b)",
         r"(?<![\d.])12(\.0+)? ?(million|mn|m\b)|\btwelve million"),
    ]),
    _story("court-SX2", "court", [
        _art("Gulf Coast Courier", None, [
            "Appeals court upholds multimillion-dollar pollution penalty against Port Arthur "
            "refinery",
            "By Denise Hebert, Courier Staff Writer",
            "A federal appeals court on Tuesday upheld a $9.6 million civil penalty against "
            "Gulfmark Refining Co. for years of air permit violations at its Port Arthur "
            "refinery, handing a victory to west Port Arthur residents who have complained for "
            "more than a decade about flaring and foul-smelling releases from the plant.",
            "In a 2-1 decision, a three-judge panel of the 5th U.S. Circuit Court of Appeals in "
            "New Orleans rejected Gulfmark's argument that the environmental groups that brought "
            "the case had no legal standing to sue and that the penalty was excessive.",
            "\"Congress gave citizens the right to enforce the Clean Air Act when regulators do "
            "not, and these plaintiffs have done exactly that,\" Judge Raymond Ortega wrote for "
            "the majority. Judge Patricia Kwan joined the opinion.",
            "Judge Carolyn Ashby dissented. \"The majority lets plaintiffs who live miles from "
            "the fence line claim injury from every flare on the books,\" she wrote, arguing "
            "that the groups should have been required to tie each violation to harm suffered by "
            "a specific member.",
            "Courtesy photo: Flares burn at the Gulfmark refinery on the west side of Port "
            "Arthur.",
            "The Sierra Club and the Port Arthur Community Air Coalition filed the citizen suit "
            "in 2021, accusing the refinery of more than 2,400 violations of its air permit "
            "between 2016 and 2021. Most involved flaring events that released excess sulfur "
            "dioxide, roughly 1,300 tons beyond what the permit allowed, according to court "
            "records.",
            "U.S. District Judge Lionel Forsythe in Beaumont imposed the penalty in 2024 after a "
            "bench trial. The groups had asked for about $48 million. The penalty will be paid "
            "to the U.S. Treasury.",
            "Hilda Broussard, 71, who has lived four blocks from the refinery fence since 1979 "
            "and testified at the trial, said she cried when her granddaughter read her the "
            "news. \"Some nights you can taste it,\" she said. \"Maybe now they'll think twice "
            "before they light up the sky.\"",
            "Gulfmark spokeswoman Dana Whitley said the company was disappointed and was "
            "\"evaluating all of our options, including asking the full court to rehear the "
            "case.\" She said the refinery had spent more than $120 million on flare-reduction "
            "equipment since 2020.",
            "It is not the first time the refinery has paid for pollution. In 2019 Gulfmark "
            "agreed to a $3.5 million settlement with the Texas Commission on Environmental "
            "Quality over releases during and after Hurricane Harvey in 2017.",
            "The refinery, one of the largest employers in Jefferson County, can process about "
            "210,000 barrels of crude oil a day.",
            "Related coverage",
        ]),
        _art("CourtWatch Report", None, [
            "5th Circuit Affirms Clean Air Act Penalty in Gulfmark Refinery Citizen Suit",
            "A divided 5th Circuit panel has affirmed a $9.6 million civil penalty against "
            "Gulfmark Refining Co. in a Clean Air Act citizen suit over the company's Port "
            "Arthur, Texas, refinery — an opinion that could make it easier for environmental "
            "groups to establish standing in the circuit.",
            "The case, Sierra Club v. Gulfmark Refining Co., was argued in October 2025. The "
            "panel ruled 2–1 on Tuesday.",
            "Standing. The central question was whether the plaintiffs, the Sierra Club and a "
            "local group, the Port Arthur Community Air Coalition, had to show that each of the "
            "more than 2,400 alleged permit violations caused a traceable injury to one of their "
            "members. Writing for the majority, Judge Raymond Ortega held that they did not. It "
            "was enough, he wrote, that members living and working near the refinery suffered "
            "the kind of harm the permit limits were designed to prevent, and that the "
            "violations \"contributed to\" that harm.",
            "\"Congress gave citizens the right to enforce the Clean Air Act when regulators do "
            "not, and these plaintiffs have done just that,\" Ortega wrote.",
            "The penalty. The majority also rejected Gulfmark's argument that the district court "
            "had abused its discretion in setting the penalty. U.S. District Judge Lionel "
            "Forsythe of the Eastern District of Texas had weighed the statutory factors, "
            "including the economic benefit Gulfmark gained by delaying equipment upgrades, and "
            "arrived at a figure well below the roughly $48 million the plaintiffs sought, the "
            "panel noted.",
            "The dissent. In a sharply worded dissent, Judge Harold Brenner wrote: \"The "
            "majority lets plaintiffs who live miles from the fence line claim injury from every "
            "flare on the books.\" He warned that the ruling conflicts with the court's 2023 "
            "decision in the Lake Charles chemical plant case, in which another panel threw out "
            "a $5.1 million penalty for lack of standing.",
            "What's next. Gulfmark has 14 days to seek rehearing en banc. Given the tension with "
            "the 2023 ruling and the court's recent appetite for en banc review in environmental "
            "cases, a petition seems likely.",
            "Counsel. Marisol Ortiz-Grant of the Gulf Environmental Law Center argued for the "
            "plaintiffs. Gulfmark was represented by Whitaker & Lowe LLP.",
            "Subscribe to CourtWatch Report for daily appellate coverage.",
        ]),
        _art("Continental Press", None, [
            "NEW ORLEANS (CP) — A federal appeals court has upheld a $9.6 million penalty "
            "against a Texas oil refinery that environmental groups said repeatedly violated its "
            "air pollution permit, rejecting the company's claim that the groups had no right to "
            "sue.",
            "The 5th U.S. Circuit Court of Appeals ruled 2-1 on Tuesday in the case against "
            "Gulfmark Refining Co., which operates a 210,000-barrel-per-day refinery in Port "
            "Arthur, on the Gulf Coast near the Louisiana line.",
            "The Sierra Club and the Port Arthur Community Air Coalition sued in 2021 under a "
            "provision of the Clean Air Act that allows private citizens to enforce the law. "
            "They accused the refinery of thousands of permit violations, mostly from flaring.",
            "Judge Raymond Ortega, writing for the majority, said the plaintiffs had shown that "
            "their members were harmed by the pollution. Judge Carolyn Ashby, in dissent, said "
            "the ruling stretched the doctrine of standing too far.",
            "\"This is a win for every family that lives in the shadow of a smokestack,\" said "
            "Marisol Ortiz-Grant, a lawyer with the Gulf Environmental Law Center who "
            "represented the groups.",
            "Gulfmark said in a statement that it was disappointed and was reviewing its "
            "options, including asking the full appeals court to reconsider the case. \"We have "
            "invested heavily in flare reduction and our emissions today are a fraction of what "
            "they were,\" the company said.",
            "The lower court judge, Lionel Forsythe, set the penalty in 2024. It is among the "
            "largest ever imposed in a Clean Air Act citizen suit in Texas, though far below the "
            "roughly $48 million the groups had sought.",
            "Port Arthur, a city of about 55,000 people, is home to several of the country's "
            "largest refineries and has long been a focal point of complaints about industrial "
            "pollution in largely Black and Hispanic neighborhoods.",
        ]),
        _art("Energy Desk Weekly", None, [
            "Gulfmark loses appeal over Port Arthur flaring penalty - Energy Desk Weekly",
            "Gulfmark Refining has lost its appeal of a $6.9 million Clean Air Act penalty tied "
            "to flaring at its Port Arthur, Texas, refinery, after a split panel of the 5th "
            "Circuit sided with environmental groups on Tuesday.",
            "The 2-1 ruling is small money for a refiner of Gulfmark's size — the company "
            "reported net income of $1.4 billion last year — but lawyers across the sector say "
            "the standing question at the heart of the case matters far more than the dollar "
            "figure.",
            "\"If this stands, every refinery on the Gulf Coast with a long flaring history is "
            "exposed to citizen suits,\" said Bradley Teague, a Houston environmental lawyer who "
            "represents industrial clients and was not involved in the case. \"The bar for "
            "proving injury just got a lot lower.\"",
            "The 210,000-b/d refinery, Gulfmark's largest, was accused of more than 2,400 permit "
            "violations between 2016 and 2021. The plaintiffs, the Sierra Club and the Port "
            "Arthur Community Air Coalition, said the flaring released roughly 1,300 tons of "
            "sulfur dioxide above permitted levels.",
            "Gulfmark has said it spent more than $120 million on flare gas recovery and "
            "monitoring since 2020 and expects a new flare-minimisation unit to come online in "
            "the third quarter.",
            "The company is weighing a petition for rehearing by the full 5th Circuit, "
            "spokeswoman Dana Whitley said.",
            "The ruling comes as refiners face a patchwork of enforcement. The Environmental "
            "Protection Agency has scaled back several flaring-related enforcement initiatives "
            "since last year, and Texas regulators rarely levy fines above $1 million, leaving "
            "citizen suits as the main source of large penalties.",
            "Crack spreads on the Gulf Coast were little changed on the news, and Gulfmark "
            "shares closed down 0.3% on Tuesday.",
            "Advertisement",
        ]),
    ], [
        ("penalty",
         r"(?<![\d.])9\.6 ?(million|mn|m\b)|9,600,000",
         r"(?<![\d.])6\.9 ?(million|mn|m\b)|6,900,000"),
        ("dissenting judge", r"ashby", r"brenner"),
    ]),
    _story("cb-SX3", "central bank", [
        _art("Global Markets Wire", None, [
            "LONDON (GMW) — The Bank of England lowered interest rates by a quarter of a "
            "percentage point on Thursday, taking Bank Rate to 3.5% from 3.75%, but a split vote "
            "and cautious guidance suggested policymakers are in no hurry to move again.",
            "Six members of the nine-strong Monetary Policy Committee backed the cut, while "
            "three voted to keep rates on hold: chief economist Martin Grieve and external "
            "members Priya Raman and Tomasz Wilk.",
            "\"We still have to see the job through on services inflation, so any further cuts "
            "will be gradual and careful,\" Deputy Governor Helen Okafor said at a news "
            "conference in London following the decision.",
            "The decision was widely expected. Traders in overnight index swaps had priced "
            "roughly an 80% chance of a cut before the announcement, and the pound slipped 0.3% "
            "against the dollar to $1.362 in the minutes afterwards.",
            "In its quarterly Monetary Policy Report, published alongside the decision, the "
            "central bank cut its forecast for economic growth this year to 0.9% from 1.2% and "
            "said consumer price inflation, which stood at 3.2% in December, should fall back to "
            "its 2% target by the second quarter of 2027.",
            "The move follows a cut in December, when the committee lowered rates from 4% to "
            "3.75% by a knife-edge 5-4 vote. It is the seventh reduction since the BoE began "
            "easing in August 2024, when Bank Rate stood at 5.25%.",
            "The U.S. Federal Reserve kept its benchmark range at 3.50%–3.75% last week, and the "
            "European Central Bank has held its deposit rate at 2% since the middle of last year.",
            "\"The message is: the door is open, but the pace is slow,\" said Rachel Tan, senior "
            "economist at Northbridge Capital in London. \"We pencil in just one more cut this "
            "year, probably in the summer.\"",
            "The committee's next policy announcement is scheduled for March 19.",
        ]),
        _art("The Northern Chronicle", None, [
            "Bank of England cuts rates to 3.5% but warns against expecting a rapid fall | The "
            "Northern Chronicle",
            "By Fiona Carswell, Economics Correspondent",
            "Homeowners on tracker mortgages will see their monthly payments fall after the Bank "
            "of England cut interest rates for the second meeting in a row, though the governor "
            "warned that the days of rapid rate cuts were over.",
            "The Bank's Monetary Policy Committee voted by seven votes to two to reduce Bank "
            "Rate by 0.25 percentage points to 3.5 per cent, its lowest level since early 2023.",
            "Governor Alistair Penrose said: \"We still have to see the job through on services "
            "inflation, so any further cuts will be gradual and careful.\" He added that the "
            "labour market had \"loosened noticeably\" over the winter, with unemployment rising "
            "to 5.1 per cent.",
            "For the roughly 600,000 households on tracker deals, the quarter-point cut will "
            "take about £29 a month off the average repayment, according to figures from the "
            "trade body UK Finance. Borrowers on fixed-rate deals will see no immediate change, "
            "but lenders have been trimming new rates for weeks in anticipation. The average "
            "two-year fixed deal now stands at 4.61 per cent, according to Moneyfacts.",
            "Savers, meanwhile, face another squeeze. \"Easy-access rates were already drifting "
            "lower, and today will only speed that up,\" said Jo Pemberton of the Savings "
            "Champion website.",
            "Inflation was 3.2 per cent in December, still well above the Bank's 2 per cent "
            "target, and the Bank expects it to take until the second quarter of 2027 to return "
            "to target. It also downgraded its growth forecast for this year to 0.9 per cent.",
            "Advertisement",
            "The Chancellor welcomed the cut, saying it showed the government's \"plan for "
            "stability\" was working. The shadow chancellor said families had been \"left "
            "waiting far too long\".",
            "The December meeting also produced a cut, from 4 per cent to 3.75 per cent, on a "
            "5-4 vote.",
            "Read more: What the rate cut means for your mortgage",
        ]),
        _art("Threadneedle Monitor", None, [
            "BoE: 25bp cut, hawkish 6-3 split, next move not before spring",
            "The MPC delivered the widely expected 25bp cut today, bringing Bank Rate to 3.50%. "
            "The vote was 6-3, with Grieve, Raman and Wilk dissenting in favour of a hold. The "
            "December decision, you will recall, was 5-4.",
            "Key points from the February Monetary Policy Report:",
            "CPI: 3.2% y/y in December. The Bank now sees inflation back at the 2% target in Q2 "
            "2027, broadly unchanged from November.",
            "Growth: 2026 GDP forecast cut to 0.9% from 1.2%. Unemployment seen peaking at 5.3% "
            "later this year, from 5.1% now.",
            "Guidance: The \"gradual and careful\" language survives. Governor Penrose made the "
            "services point again in the press conference: \"We still have to see the job "
            "through on services inflation.\" Our reading is that the bar for a March move is "
            "high.",
            "Markets: Two-year gilt yields fell 6bps to 3.41% on the announcement before "
            "recovering part of the move. Cable dipped to 1.362.",
            "Our call: We expect a hold at the next meeting on 26 March and a final 25bp cut in "
            "May, taking Bank Rate to 3.25% as the terminal rate for this cycle. Risks skewed "
            "towards fewer cuts rather than more, given sticky wage growth of around 4.3% in the "
            "private sector.",
            "Comparison: The Fed left its target range at 3.50-3.75% on 28 January; the ECB's "
            "deposit rate remains at 2.00%. On a relative basis the BoE is now the most advanced "
            "of the three in its easing cycle since mid-2024.",
            "Disclaimer: This note is for information only and does not constitute investment "
            "advice.",
        ]),
        _art("Albion Broadcasting News", None, [
            "Bank of England cuts interest rates to 3.5%",
            "The Bank of England has cut interest rates from 3.75% to 3.5%, in a move that will "
            "bring some relief to millions of borrowers.",
            "It is the second cut in a row, following a reduction in December.",
            "The decision by the Bank's Monetary Policy Committee was not unanimous. Six of its "
            "nine members voted for the cut, and three wanted to keep rates where they were.",
            "Governor Alistair Penrose told Albion Broadcasting that the Bank expected to keep "
            "lowering rates, but only slowly. \"We still need to see the job through on services "
            "inflation, so further cuts will be gradual and careful,\" he said.",
            "Inflation, which measures how quickly prices are rising, stood at 3.2% in December. "
            "That is well above the Bank's 2% target, which it now does not expect to reach "
            "until some time between April and June 2027.",
            "The Bank also said the economy would grow more slowly this year than it had "
            "previously thought, at 0.9% rather than 1.2%.",
            "Interest rates affect the cost of mortgages, loans and credit cards, as well as the "
            "amount savers earn on their deposits. About 600,000 households have tracker "
            "mortgages, which move in line with Bank Rate, and will see their payments fall "
            "straight away.",
            "Some businesses said the cut did not go far enough. \"A quarter of a point is "
            "welcome, but our members need confidence that borrowing costs will keep coming "
            "down,\" said Ian McAllister of the Federation of Small Businesses.",
            "The Bank's next interest rate decision is due on 19 March.",
        ]),
    ], [
        ("vote split",
         r"(?<![\d.])6\s*(?:[-–—‑/:]|to|votes? to)\s*3(?![\d.%])|\bsix(?:-|"
         r"\s)(?:votes?\s)?to(?:-|\s)three|six of (?:its |the )?nine|six members|\b6 of 9",
         r"(?<![\d.])7\s*(?:[-–—‑/:]|to|votes? to)\s*2(?![\d.%])|\bseven(?:-|"
         r"\s)(?:votes?\s)?to(?:-|\s)two|seven of (?:its |the )?nine|seven members|\b7 of 9"),
        ("quote speaker", r"penrose", r"okafor"),
        ("next meeting date",
         r"march 19|19 march|2026-03-19|19/0?3\b|\b0?3/19",
         r"march 26|26 march|2026-03-26|26/0?3\b|\b0?3/26"),
    ]),
    _story("rocket-SX4", "rocket", [
        _art("Orbital Dispatch", "2026-03-12", [
            "Halcyon reaches orbit and sticks the landing on third flight",
            "Tessera Aerospace's methane-fuelled Halcyon rocket reached orbit on its third "
            "flight on Thursday, and for the first time the company recovered its first-stage "
            "booster, which touched down on a drone ship in the Atlantic seven minutes and 48 "
            "seconds after liftoff.",
            "The 62-metre rocket lifted off from Launch Complex 20 at Cape Canaveral Space Force "
            "Station at 6:42 a.m. EDT (10:42 UTC), two days after a first attempt on Tuesday was "
            "scrubbed because of strong upper-level winds.",
            "The booster, designated HB-03, shut down its nine Ember engines about two and a "
            "half minutes into the flight and separated from the upper stage. It then flipped, "
            "performed a boostback burn and an entry burn, and made its landing burn on the "
            "company's drone ship Long Patience, stationed about 550 km downrange.",
            "The upper stage, powered by a single vacuum-optimised Ember engine, reached a "
            "near-circular orbit of roughly 530 km and deployed two small satellites and a mass "
            "simulator. A short deorbit burn about an hour later sent the stage into the Indian "
            "Ocean, Tessera said.",
            "\"Today we proved this booster can come home,\" chief executive Lena Marchetti said "
            "on the company's webcast, to cheers from employees in mission control at the "
            "company's Titusville headquarters.",
            "The result is a sharp turnaround for Tessera. The first Halcyon exploded 74 seconds "
            "after launch in March 2025. The second flight, in October 2025, reached orbit, but "
            "its booster, HB-02, broke apart during the landing burn, prompting an FAA mishap "
            "investigation that was closed only in January.",
            "Halcyon is designed to carry up to 8,500 kg to low Earth orbit in its reusable "
            "configuration. Tessera has signed launch agreements with four commercial customers "
            "and is competing for a slot in the Space Force's National Security Space Launch "
            "Phase 3 Lane 1 on-ramp.",
            "Marchetti said the next flight could come \"as early as June\" if inspections of "
            "HB-03 go well, and that the company hopes to refly the same booster before the end "
            "of the year.",
            "Share on X",
        ]),
        _art("Space Coast Sentinel", None, [
            "Tessera lands Halcyon booster on third try",
            "By Marcus Dillard, Space Coast Sentinel",
            "CAPE CANAVERAL — Third time was the charm for Tessera Aerospace.",
            "The Titusville company's Halcyon rocket rumbled off the pad at Cape Canaveral Space "
            "Force Station at 6:42 a.m. Thursday, climbed through a clear, cold sky and, for the "
            "first time, brought its first-stage booster back in one piece. The booster landed "
            "on the drone ship Long Patience, roughly 340 miles off the coast, eight minutes and "
            "40 seconds after launch.",
            "Crowds had gathered before dawn along the Indian River in Titusville and on the "
            "beaches of Cocoa Beach, where the twin sonic booms were not heard this time because "
            "the booster landed at sea.",
            "\"My husband works on the engines. I've been out here for all three,\" said Alicia "
            "Romero, 38, of Merritt Island, holding a hand-lettered sign. \"The first one, I "
            "cried for the wrong reasons.\"",
            "The 203-foot rocket, powered by nine methane-burning Ember engines on its first "
            "stage, delivered two small satellites and a mass simulator to orbit about 330 miles "
            "above Earth.",
            "Tessera employs about 1,400 people in Brevard County, most of them at its "
            "headquarters and factory off State Road 405, and has promised to add 600 more jobs "
            "by 2028 as launch rates increase.",
            "Thursday's flight had been delayed from Tuesday, when high winds aloft forced a "
            "scrub about 40 minutes before liftoff.",
            "The company's first launch, in March 2025, ended in an explosion 74 seconds into "
            "the flight that scattered debris across the Atlantic. On the second flight last "
            "October, the rocket reached orbit, but the booster broke up as it tried to land.",
            "Chief executive Lena Marchetti, speaking to reporters after the launch, said the "
            "company would now inspect the recovered booster before deciding when to fly again. "
            "\"Today we proved that this booster can come home,\" she said.",
            "Space Florida president Reginald Okoye called the landing \"a big day for the "
            "Cape,\" noting that the state had invested $18 million in the company's launch "
            "complex upgrades.",
        ]),
        _art("Tech Frontier Magazine", "2026-03-13", [
            "Tessera's Halcyon finally lands a booster. Here's why it matters.",
            "By Priya Natarajan",
            "Tessera Aerospace pulled off the feat that has eluded it for a year: on Thursday, "
            "the first stage of its Halcyon rocket, booster HB-04, landed upright on an ocean "
            "platform after sending the upper stage to orbit.",
            "Launch came at 10:42 UTC from Cape Canaveral. The booster touched down 7 min 48 s "
            "later on the drone ship Long Patience, about 550 km (340 miles) downrange, while "
            "the upper stage continued to a roughly 530 km orbit and released its payloads: two "
            "small commercial satellites plus a mass simulator.",
            "Why does this matter? Because reusability is the whole business case. Tessera says "
            "a reused Halcyon first stage could cut its per-launch cost by around 40%, which "
            "would let it undercut rivals for medium-lift missions carrying up to 8,500 kg to "
            "low Earth orbit.",
            "The company has burned through a lot of money getting here. It raised $650 million "
            "in a funding round in 2024, and analysts estimate its annual spending at more than "
            "$300 million. Two setbacks — the first flight in March 2025 blew up at T+74 "
            "seconds, and the second flight's booster disintegrated during its landing burn in "
            "October — had left investors nervous.",
            "Methane engines have advantages for reuse: they burn cleaner than kerosene, leaving "
            "less soot in the engines, which makes refurbishment quicker. Halcyon's nine "
            "first-stage Ember engines each produce about 1,000 kN of thrust at sea level, "
            "according to Tessera.",
            "\"Today we proved this booster can come home,\" CEO Lena Marchetti said on the "
            "webcast.",
            "The harder test is yet to come: flying the same booster again. Tessera says it "
            "wants to refly a recovered stage before the end of 2026. SpaceX needed about 15 "
            "months between its first Falcon 9 landing in December 2015 and its first reflight "
            "in March 2017.",
            "Related: Inside Tessera's Titusville engine factory",
        ]),
        _art("Westmark Broadcasting", None, [
            "US rocket firm lands booster at sea for first time",
            "An American space company has landed the first stage of its new methane-powered "
            "rocket on a ship at sea for the first time, on the rocket's third flight.",
            "Tessera Aerospace's 62m (203ft) Halcyon rocket lifted off from Cape Canaveral in "
            "Florida at 11:42 GMT on Thursday.",
            "Just under eight minutes later, its first stage came down on a drone ship in the "
            "Atlantic Ocean, landing gently on its four legs — seven minutes and 48 seconds "
            "after leaving the pad, according to the company.",
            "The rocket's upper stage went on into orbit and released two small satellites.",
            "Reusable rockets, pioneered by Elon Musk's SpaceX, have cut the cost of reaching "
            "space dramatically. Several companies in the US, China and Europe are racing to "
            "build their own.",
            "Tessera's first attempt in March 2025 ended when the rocket exploded just over a "
            "minute after launch. On its second flight, in October 2025, it reached orbit but "
            "the booster was destroyed during its attempted landing.",
            "The company's chief executive, Lena Marchetti, said: \"Today we proved that this "
            "booster can come home.\"",
            "Dr Hannah Sutcliffe, a space policy researcher at the University of Leicester, said "
            "the landing was \"an important milestone, but the real test is whether they can "
            "turn the booster around quickly and fly it again\".",
            "In Europe, the first reusable rocket test flights are not expected until later this "
            "decade. The UK's own launch ambitions suffered a setback in 2023 when a mission "
            "from Cornwall failed to reach orbit.",
        ]),
    ], [
        ("clock time",
         r"(?<![\d:])0?6[:.]42|(?<![\d:])10[:.]42",
         r"(?<![\d:])11[:.]42|(?<![\d:])0?7[:.]42"),
        ("booster name", r"hb-? ?0?3\b", r"hb-? ?0?4\b"),
        ("landing time",
         r"\b7\s*(?:min(?:ute)?s?|m)?\s*,?\s*(?:and\s*)?48\s*(?:s|sec|seconds?)?\b|\b7:48\b|"
         r"seven minutes,? (?:and )?48|\b468\s*s",
         r"\b8\s*(?:min(?:ute)?s?|m)?\s*,?\s*(?:and\s*)?40\s*(?:s|sec|seconds?)?\b|\b8:40\b|"
         r"eight minutes,? (?:and )?40|\b520\s*s"),
    ]),
    _story("quake-SX5", "earthquake", [
        _art("Andes Wire Service", "2026-04-20", [
            "LIMA, April 20 (AWS) — A magnitude 6.9 earthquake struck southern Peru at 04:40 GMT "
            "on Monday, killing at least nine people, injuring more than 100 and bringing down "
            "adobe homes across a sparsely populated stretch of the Arequipa region, officials "
            "said.",
            "The quake's epicentre was 25 km (16 miles) south of the town of Acarí, at a depth "
            "of 35 km, according to the U.S. Geological Survey. Peru's Geophysical Institute "
            "gave the same magnitude.",
            "Rosa Quispe, head of the National Civil Defence Institute (INDECI), told local "
            "radio that at least 110 people had been injured and that rescue teams were still "
            "trying to reach several villages cut off by landslides. \"We are working with the "
            "armed forces to get heavy machinery into the area,\" she said.",
            "Landslides blocked the Pan-American Highway South near the coastal town of Chala, "
            "stranding dozens of lorries and buses, the transport ministry said.",
            "The Peruvian navy's hydrography directorate said there was no risk of a tsunami on "
            "the Peruvian coast.",
            "The strongest aftershock so far, of magnitude 5.6, hit at 07:10 GMT, about two and "
            "a half hours after the main shock. Dozens of smaller tremors followed.",
            "The quake was felt strongly in the city of Arequipa and as far away as Lima, about "
            "480 km to the north-west, where some residents ran into the streets in their "
            "nightclothes.",
            "Peru sits on the Pacific \"Ring of Fire\" and is hit by thousands of tremors a "
            "year. In 2007 a magnitude 8.0 earthquake centred near Pisco killed more than 500 "
            "people. A magnitude 7.2 quake off the coast of Atico, also in Arequipa, injured "
            "dozens in June 2024.",
            "(Reporting by Carla Mendoza; editing by Tom Ashworth)",
        ]),
        _art("The Lima Observer", "2026-04-20", [
            "Deadly quake rocks southern Peru; nine confirmed dead",
            "Staff report",
            "A powerful earthquake shook southern Peru just before midnight on Sunday, killing "
            "nine people and injuring 110, according to the National Civil Defence Institute.",
            "The magnitude 6.9 quake struck at 11:40 p.m. local time, with its epicentre about "
            "16 miles south of Acarí in the province of Caravelí. Most of the deaths occurred in "
            "rural hamlets in that province, where many homes are built of adobe.",
            "\"The house just folded in on itself. We pulled my uncle out with our hands,\" said "
            "Wilber Huamaní, 29, a farmer in the Acarí valley, speaking by telephone. His uncle "
            "survived with a broken leg.",
            "Civil defence chief Rosa Quispe said teams had reached most of the affected "
            "communities by mid-morning on Monday, but that several villages in the highlands "
            "remained cut off.",
            "A magnitude 5.1 aftershock rattled the region around two and a half hours after the "
            "main quake, sending residents who had returned home back into the streets. Hundreds "
            "of families spent the rest of the night outdoors.",
            "Photo: Residents inspect a collapsed adobe house in Acarí. Courtesy of INDECI.",
            "The Culture Ministry said an initial inspection by drone found no damage to the "
            "Nazca Lines, the ancient geoglyphs that lie about 130 km to the north.",
            "The Shougang Hierro Perú iron ore mine at Marcona suspended operations for safety "
            "inspections, the company said, adding that none of its workers had been hurt.",
            "Schools in the provinces of Caravelí and Lucanas will remain closed on Monday and "
            "Tuesday, the Education Ministry said.",
            "Share on Facebook",
            "Share on WhatsApp",
        ]),
        _art("Global Broadcasting News", "2026-04-21", [
            "Peru earthquake: death toll rises to 14",
            "The number of people killed in a magnitude 6.9 earthquake in southern Peru has "
            "risen to 14, officials say, as rescuers reach remote mountain villages cut off "
            "since the quake struck late on Sunday.",
            "Health Minister Rosa Quispe said 162 people had been injured, up from 110 on "
            "Monday, and that the toll could rise further. On Monday officials had confirmed "
            "nine deaths.",
            "The government has declared a 60-day state of emergency in 12 districts of the "
            "Arequipa and Ayacucho regions, freeing up funds for reconstruction and allowing the "
            "armed forces to help with relief.",
            "According to the latest official figures, 1,240 homes have been damaged, 86 of them "
            "so badly that they can no longer be lived in. Many are traditional adobe structures.",
            "The quake hit at 23:40 local time on Sunday (04:40 GMT on Monday) at a depth of "
            "35km (22 miles). Its epicentre was south of the small town of Acarí, in the "
            "province of Caravelí.",
            "Aid convoys were finally able to use the Pan-American Highway on Tuesday after "
            "bulldozers cleared landslides near Chala that had blocked the road for more than a "
            "day.",
            "\"We have lost everything. The roof, the walls, the animals,\" said Marleni Ccori, "
            "who was sleeping outside a collapsed school with her three children. \"We need "
            "tents and water.\"",
            "Peru is one of the most earthquake-prone countries in the world. The deadliest "
            "quake in recent decades, in 2007 near Pisco, killed more than 500 people.",
            "Related: How Peru builds for earthquakes",
        ]),
        _art("Pacific Rim Times", "2026-04-21", [
            "Skip to main content",
            "Peru quake toll climbs to 14 as aftershocks unsettle survivors - Pacific Rim Times",
            "LIMA — The death toll from Sunday night's magnitude 6.9 earthquake in southern Peru "
            "rose to 14 on Tuesday, with 162 people injured, according to the National Civil "
            "Defence Institute.",
            "The quake, which struck at 11:40 p.m. Sunday (0440 GMT Monday), was centred near "
            "Yauca, in the Caravelí province of the Arequipa region, at a depth of about 22 "
            "miles, according to the US Geological Survey.",
            "Civil defence officials said 1,240 homes had been damaged, 86 of which were "
            "uninhabitable. The government declared a 60-day state of emergency in a dozen "
            "districts of Arequipa and Ayacucho.",
            "Residents have been unsettled by more than 150 aftershocks, the strongest of them a "
            "magnitude 5.6 tremor roughly two and a half hours after the main shock.",
            "\"People are afraid to sleep indoors,\" said Father Julián Paredes, a parish priest "
            "who has opened his church grounds to displaced families. \"Every time the ground "
            "moves, the children scream.\"",
            "INDECI head Rosa Quispe said 40 tonnes of food, tents and blankets had arrived by "
            "air at the Arequipa airport and were being trucked south.",
            "Southern Peru has a long history of destructive quakes. The 2001 earthquake off the "
            "coast of Arequipa, one of the strongest recorded in the country, caused a tsunami "
            "that swept away parts of the town of Camaná.",
            "Advertisement",
            "Peru's president visited the affected area on Monday afternoon, promising to "
            "rebuild schools and health posts before the start of the second school term.",
            "Read more: Ring of Fire: why South America shakes",
        ]),
    ], [
        ("epicentre town", r"acar[ií]", r"yauca"),
        ("aftershock magnitude", r"(?<![\d.])5\.6(?!\d)", r"(?<![\d.])5\.1(?!\d)"),
        ("official title", r"civil defen[cs]e|indeci", r"health minister|minister of health"),
    ]),
    _story("election-SX6", "election", [
        _art("KBLV News 9", "2026-06-13", [
            "Villanueva leads Holloway in Bellhaven mayoral runoff",
            "Council member Teresa Villanueva held a clear lead over former state Sen. Grant "
            "Holloway late Saturday in the race to become Bellhaven's next mayor, according to "
            "unofficial results from the Harlan County Elections Department.",
            "With 212 of 216 precincts reporting, Villanueva had 40,517 votes, or 52.8%, to "
            "Holloway's 36,220 votes, or 47.2%.",
            "Villanueva, who has represented District 4 on the City Council since 2019, told "
            "supporters gathered at a union hall on the east side that she was \"cautiously, "
            "very cautiously, optimistic.\" Holloway had not conceded as of 10 p.m., and his "
            "campaign said it would wait for all precincts to be counted.",
            "The two finished first and second among seven candidates in the May 2 general "
            "election, when Villanueva took 34.8% of the vote and Holloway 27.5%. Because no one "
            "won a majority, the top two advanced to Saturday's runoff.",
            "Businessman Marcus Webb, who finished third in May with 18.9%, endorsed Holloway "
            "two weeks later, and the Holloway campaign had hoped Webb's voters on the north "
            "side would carry him over the line.",
            "Polls closed at 7 p.m. Early-vote totals released shortly afterward showed "
            "Villanueva ahead by about five points, and her lead held steady through the night.",
            "Villanueva campaigned on expanding bus service and repairing streets on the east "
            "and south sides, while Holloway promised to freeze city property tax rates for two "
            "years and cut permit wait times for builders.",
            "Turnout appeared low, as is typical for runoffs in Bellhaven. Election officials "
            "said nearly two-thirds of the ballots were cast during early voting.",
            "The winner will succeed Mayor Ron Delgado, who is barred by term limits from "
            "seeking a third term.",
            "KBLV News 9 will have full results and reaction on our morning newscast.",
        ]),
        _art("Bellhaven Herald-Star", "2026-06-14", [
            "Villanueva wins runoff, will be Bellhaven's first Latina mayor",
            "By Renee Castillo, Herald-Star Politics Reporter",
            "Teresa Villanueva will be Bellhaven's next mayor after defeating former state "
            "senator Grant Holloway by more than 4,800 votes in Saturday's runoff, becoming the "
            "first Latina to lead the city.",
            "With all 216 precincts counted, unofficial results showed Villanueva with 41,286 "
            "votes, or 53.1 percent, and Holloway with 36,462, or 46.9 percent. The margin was "
            "4,824 votes.",
            "Holloway conceded shortly before 11 p.m. in a phone call to Villanueva, and later "
            "told supporters at a downtown hotel that he would \"help her succeed, because when "
            "the mayor succeeds, the city succeeds.\"",
            "\"Bellhaven voted for neighborhoods over slogans tonight,\" Villanueva told a crowd "
            "of several hundred supporters, many of them waving green campaign signs. \"Now the "
            "work starts.\"",
            "Turnout was 12.7 percent of the city's roughly 612,000 registered voters, according "
            "to the Harlan County Elections Department, up from 9.8 percent in the 2022 runoff "
            "but still far below the levels seen in presidential years.",
            "Villanueva, 47, a former public school teacher, has represented District 4 on the "
            "City Council since 2019. She campaigned on expanding bus service, fixing streets on "
            "the city's east and south sides and hiring 200 more police officers over four years.",
            "Holloway, 61, served two terms in the Texas Senate before resigning in 2020 to run "
            "a family construction business. He outraised Villanueva by a wide margin, "
            "collecting about $2.3 million to her $1.6 million, according to the most recent "
            "campaign finance reports.",
            "Villanueva will be sworn in on June 23, succeeding Ron Delgado, who served two "
            "four-year terms.",
            "The results must still be canvassed by the City Council, which is scheduled to meet "
            "on June 22.",
        ]),
        _art("Texas Metro Report", None, [
            "BELLHAVEN: Villanueva wins by 6 points as Webb endorsement fizzles",
            "Posted in Races, Mayors",
            "Teresa Villanueva won the Bellhaven mayoral runoff on Saturday by a little over six "
            "percentage points, 53.1%–46.9%, defeating Grant Holloway in a race that had been "
            "rated a toss-up by most local observers.",
            "Four takeaways:",
            "1. The Webb endorsement didn't transfer. Marcus Webb won 18.9% in the first round "
            "in May, running strongest in the north-side council districts. Holloway needed most "
            "of those voters and did not get them: Villanueva carried four of the six north-side "
            "districts, according to precinct returns.",
            "2. Money isn't everything. Holloway had roughly $2.3m to Villanueva's $1.6m, and "
            "his allies spent heavily on TV ads in the final three weeks. It didn't move the "
            "needle.",
            "3. Turnout stayed low. Just under 13% of registered voters cast ballots, about "
            "77,700 people in a city of well over a million residents. That's better than 2022 "
            "(9.8%) but runoffs here remain a low-engagement affair.",
            "The city's last mayoral runoff, in 2022, was much tighter: Ron Delgado won a second "
            "term that year by just 1,190 votes.",
            "Villanueva's margin in raw votes was 4,824, according to unofficial returns.",
            "4. The honeymoon will be short. Villanueva takes office on June 23 and inherits a "
            "projected budget gap of about $87 million for the fiscal year that starts in "
            "October. Her promise of 200 more police officers over four years will be the first "
            "thing the council's fiscal hawks go after.",
            "Sign up for our newsletter",
        ]),
        _art("Lone Star Public Radio", None, [
            "Teresa Villanueva elected Bellhaven mayor",
            "Bellhaven City Council member Teresa Villanueva has won the city's mayoral runoff, "
            "defeating former state senator Grant Holloway with about 53% of the vote.",
            "Villanueva received 41,286 votes to Holloway's 36,462, according to complete but "
            "unofficial returns.",
            "In her victory speech Saturday night, Villanueva said voters had chosen "
            "\"neighborhoods over slogans,\" and promised to focus on transit and road repairs "
            "in her first year.",
            "Holloway, a Republican-aligned former legislator in a nominally nonpartisan race, "
            "congratulated Villanueva and urged his supporters to give her a chance.",
            "Political scientist Dr. Alan Whitford of Harlan State University said the result "
            "showed Villanueva's coalition of Hispanic voters on the south and east sides, along "
            "with younger renters downtown, was larger than many expected. \"She ran up the "
            "score where she was strong and held her own in Webb country,\" he said.",
            "Villanueva, 47, is a former public school teacher who has served on the council "
            "since 2019. The runoff was needed because none of the seven candidates on the May 2 "
            "ballot won a majority.",
            "Villanueva takes office on June 23. She will inherit a city budget gap estimated at "
            "$87 million for the next fiscal year, which begins October 1.",
            "Outgoing Mayor Ron Delgado, who could not seek re-election because of term limits, "
            "said in a statement that he looked forward to a smooth transition.",
            "Voter turnout was about 12.7%, according to county officials.",
        ]),
    ], []),
]
