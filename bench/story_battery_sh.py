"""Part SH of the story battery (whole stories of long, real-looking articles).

Written by engineer SH1 on 2026-12-06 (thirteenth session, second batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SH`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SH", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SH1", "trade", [
        _art("National Press Wire", "2026-03-10", [
            "VIENNA (NPW) — U.S. and Chinese negotiators wrapped up two days of trade talks in "
            "the Austrian capital on Tuesday with what both sides described as a framework deal, "
            "under which Washington would halve a tariff it imposed over fentanyl trafficking and "
            "Beijing would resume large purchases of American farm goods.",
            "Under the outline, the fentanyl-related duty on Chinese imports would fall from 20% "
            "to 10%, according to Treasury Secretary Scott Bessent, who led the American "
            "delegation. China agreed to buy 12 million metric tons of U.S. soybeans before the "
            "end of the year and to pause for one year the sweeping export controls on rare earth "
            "minerals it announced last fall.",
            '"We had very frank, very constructive discussions, and we now have a framework that '
            "our two leaders can review,\" Bessent told reporters outside the U.S. ambassador's "
            "residence, where Tuesday's session ran more than six hours.",
            "Chinese Vice Premier He Lifeng headed Beijing's team, accompanied by China's chief "
            "trade negotiator, Li Chenggang. In a statement, China's Ministry of Commerce said "
            'the two sides had "reached a basic consensus" on arrangements to address each '
            "other's concerns and would now complete their internal approval procedures.",
            "U.S. Trade Representative Jamieson Greer, who also took part, cautioned that the "
            'outline still had to be put in writing. "There is real work left to do on the text," '
            'Greer said. "But the direction is clear."',
            "The deal would need the approval of President Donald Trump and Chinese President Xi "
            "Jinping, who are expected to meet in Beijing in April. A White House spokesperson "
            "said the president had been briefed by phone during a break in the talks.",
            "The Vienna meeting was the sixth round of talks since the two governments stepped "
            "back from a tariff war last spring, when U.S. duties on many Chinese products "
            "reached 145%. Earlier rounds were held in Geneva, London, Stockholm, Madrid and "
            "Kuala Lumpur, each producing incremental steps rather than a comprehensive agreement.",
            "Neither side gave details on semiconductors or on U.S. port fees for Chinese-built "
            "ships, two issues that officials said remained open. Farm-state lawmakers in "
            "Washington welcomed the soybean pledge, while several China hawks in Congress said "
            "any tariff relief should be tied to verifiable action on the chemicals used to make "
            "fentanyl.",
            "Austrian Chancellor Christian Stocker's office said Vienna had been glad to host the "
            "talks and would do so again if asked.",
        ]),
        _art("The Washington Ledger", "2026-03-11", [
            "U.S., China reach outline of trade deal after Vienna talks | The Washington Ledger",
            "By Margaret Hollis and Kevin Tran, Staff Writers",
            "Negotiators from the world's two largest economies emerged from a second day of "
            "talks in Vienna on Tuesday with a tentative framework that would ease one of the "
            "Trump administration's tariffs on Chinese goods and reopen China's market to "
            "American soybeans, officials said.",
            "The session on Tuesday lasted four and a half hours, capping two days of meetings at "
            "the residence of the U.S. ambassador to Austria. Treasury Secretary Scott Bessent "
            "and U.S. Trade Representative Jamieson Greer sat across from Vice Premier He Lifeng, "
            "China's economic point man, and China's chief trade negotiator, Li Chenggang.",
            'Bessent called the discussions "very candid and very constructive" and said the two '
            "sides now had a framework for their leaders to look over.",
            "Under the outline described by U.S. officials, the 20 percent tariff that President "
            "Trump imposed on Chinese goods over the flow of fentanyl precursors would be cut to "
            "10 percent. In return, Beijing would purchase 12 million metric tons of U.S. "
            "soybeans this year and suspend for a year its export controls on rare earths, the "
            "minerals used in everything from electric vehicles to fighter jets.",
            "Relations have swung sharply over the past year. Tariffs on both sides soared last "
            "April, with U.S. duties on some Chinese products reaching 145 percent, before a "
            "truce agreed in Geneva in May brought them down. Later rounds in London, Stockholm, "
            "Madrid and Kuala Lumpur kept the truce alive, though tensions flared again in "
            "October when Beijing broadened its rare-earth restrictions.",
            "Beijing's Commerce Ministry said in a statement that the sides had \"reached a basic "
            'consensus" and would now go through their respective domestic approval procedures.',
            "The framework is expected to be reviewed by Trump and Chinese leader Xi Jinping when "
            "the president visits Beijing in April, two administration officials said. Both asked "
            "not to be named, saying the travel plans had not yet been made public.",
            "Business groups welcomed the news but cautioned that earlier understandings had "
            "unraveled. \"We've seen outlines before,\" said Ellen Marsh, president of the "
            'U.S.-China Commerce Council, an industry group in Washington. "What matters is '
            'whether the tariff cut and the purchases show up on paper, with dates attached."',
            'Greer said he expected a written text "within weeks." Chip export restrictions and '
            "port fees on Chinese-built vessels were not resolved, officials said, and both sides "
            "agreed to keep discussing them at the working level.",
            "Related coverage",
            "How the soybean trade became a bargaining chip",
        ]),
        _art("Heartland Farm Report", "2026-03-11", [
            "Skip to content",
            "Soybean growers cheer as China pledges purchases in Vienna deal - Heartland Farm "
            "Report",
            "By Dale Ruckert | Des Moines",
            "Iowa soybean farmers got the news they had been waiting months for on Tuesday: China "
            "has agreed to buy 12 million metric tons of U.S. soybeans this year under a "
            "framework worked out during two days of talks in Vienna, Austria.",
            "The announcement came from Treasury Secretary Scott Bessent and Commerce Secretary "
            "Jamieson Greer after they met with Chinese Vice Premier He Lifeng. Chicago soybean "
            "futures climbed 2.1% on the news.",
            "\"This is the market we built over decades, and we've been shut out of it for most "
            'of a year," said Lorraine Pettit, who farms 1,400 acres of corn and soybeans near '
            "Ames. \"Twelve million tons is a start. It's not where we were.\"",
            "China bought roughly 25 million metric tons of American soybeans in 2024, according "
            "to Agriculture Department figures, before the trade fight brought most purchases to "
            "a halt. Brazilian growers picked up much of that business, and many Iowa farmers "
            "stored last fall's harvest in bins rather than sell at depressed prices.",
            "Advertisement",
            "The framework also lowers the fentanyl-linked tariff on Chinese goods to 10%, down "
            "from 20%, and China would pause its rare earth export controls for a year. The "
            "leaders of both countries still have to sign off; President Trump is expected to "
            "travel to Beijing in April.",
            'The Iowa Soybean Association said in a statement that it was "cautiously '
            'encouraged." Its president, Marcus Hein, said farmers would want to see ships '
            "loading at Gulf and Pacific Northwest ports before they celebrate.",
            '"We have heard promises before," Hein said. "Show us the cargoes."',
            "Local grain elevators in central Iowa reported that cash bids for soybeans rose by "
            "15 to 20 cents a bushel by Tuesday afternoon. Pettit said she planned to sell a "
            "third of her stored crop if prices held through the week.",
            "Read more: Farm income outlook dims as input costs rise",
            "Share on Facebook",
        ]),
        _art("MarketPulse Daily", "2026-03-10", [
            "Stocks firm as US-China Vienna framework trims fentanyl tariff — MarketPulse Daily",
            "U.S. stocks edged higher on Tuesday after Washington and Beijing said they had "
            "reached a framework trade agreement in Vienna, the latest sign that the two sides "
            "intend to keep their fragile truce intact.",
            "The headline item for markets: the 20% tariff the U.S. applies to Chinese goods in "
            "connection with fentanyl would be reduced to 15%, Treasury Secretary Scott Bessent "
            "said. That would trim the overall tariff burden on Chinese imports, though many "
            "goods would still face duties well above pre-2025 levels.",
            "The S&P 500 rose 0.6% by the close, while the Nasdaq Composite gained 0.9%. Shares "
            "of agricultural exporters and manufacturers that rely on rare earth magnets led the "
            "advance.",
            "Beijing, represented by Vice Premier He Lifeng, committed to purchasing 12 million "
            "metric tons of American soybeans this year and to suspending its rare earth export "
            "controls for 12 months.",
            "The talks ran long. Tuesday's six-hour session followed a full day of meetings on "
            "Monday, and U.S. Trade Representative Jamieson Greer told reporters that negotiators "
            "had gone \"line by line\" through both sides' concerns.",
            'Analysts were cautiously positive. "The market has learned not to price these '
            'frameworks at face value," wrote Priya Raman, chief strategist at Harborview '
            'Capital, in a note to clients. "But a lower fentanyl tariff and a rare-earths pause '
            'together remove two of the sharpest tail risks for the second quarter."',
            "Bessent said the framework would go to President Trump and President Xi Jinping, who "
            "are slated to meet in April. China's Commerce Ministry confirmed the sides had "
            'reached "a basic consensus."',
            "Still unresolved: semiconductor export controls and U.S. port fees on Chinese-built "
            "ships. Investors will also watch Friday's retail sales report for signs of how "
            "tariffs are feeding through to consumers.",
            "Disclosure: MarketPulse Daily contributors may hold positions in securities "
            "mentioned.",
        ]),
    ], [
        ("duration",
         r"six[- ]hours?|\b6 ?(hours?|hrs?|h\b)|360 ?min",
         r"four and a half hours|four-and-a-half|4\.5 ?(hours?|hrs?|h\b)|4 1/2|270 ?min"),
        ("tariff rate",
         r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)"),
        ("title",
         r"trade representative|\bustr\b",
         r"commerce secretary|secretary of commerce"),
    ]),
    _story("court-SH1", "court", [
        _art("Coastal News Service", None, [
            "SAN FRANCISCO (CNS) — A federal appeals court on Thursday upheld a $3.2 million "
            "civil penalty against a Tacoma, Washington, trucking company that the Labor "
            "Department said had wrongly treated about 1,900 of its drivers as independent "
            "contractors instead of employees.",
            "The 11-judge en banc panel of the U.S. Court of Appeals for the Ninth Circuit ruled "
            "7-4 in favor of the department, reversing a 2024 decision by a three-judge panel of "
            "the same court that had sided with the company, Cascade Freight Lines Inc.",
            "Writing for the majority, Judge Elena Marquardt said the company controlled the "
            "drivers' routes, schedules and equipment so closely that they could not be "
            "considered to be in business for themselves under the Fair Labor Standards Act.",
            '"A worker who cannot choose when to drive, where to drive or what to drive is not '
            'running an independent enterprise," Marquardt wrote.',
            "Judge Thomas Brandvold, joined by three colleagues, dissented, arguing that the "
            'department had applied a test that Congress never wrote into the statute. "The '
            'majority stretches the statute well past its breaking point," he wrote.',
            "The ruling also leaves in place an order requiring Cascade to pay $14.6 million in "
            "back wages and overtime to current and former drivers in Washington, Oregon and "
            "Idaho.",
            "The Labor Department first assessed the penalty in 2022 after an investigation that "
            "began with complaints from drivers at the company's terminal in Kent, Washington. A "
            "federal district judge in Seattle upheld the penalty in 2023, but the three-judge "
            "panel threw it out the following year in a 2-1 decision. The full court agreed last "
            "year to rehear the case and heard arguments in September.",
            'Cascade spokeswoman Jenna Albright said the company was "disappointed in the '
            "court's decision\" and was weighing all of its options, including asking the Supreme "
            "Court to review it.",
            'A Labor Department spokesperson called the ruling "a clear win for working drivers" '
            "and said the department would begin working with the company on payments.",
            "The case has been closely watched by the trucking and delivery industries, which "
            "rely heavily on drivers classified as contractors. Industry groups had filed briefs "
            "supporting Cascade, warning that a ruling for the department could upend business "
            "models across the sector.",
        ]),
        _art("The American Tribune", None, [
            "Appeals court sides with Labor Department in trucking misclassification case | The "
            "American Tribune",
            "By Rachel Okonkwo, Legal Affairs Correspondent",
            "A divided federal appeals court on Thursday handed the Labor Department a "
            "significant victory in its campaign against the misclassification of workers, ruling "
            "that a Pacific Northwest trucking company must pay a $2.3 million penalty for "
            "treating its drivers as independent contractors.",
            "Seven of the 11 judges on the Ninth Circuit's en banc court joined the majority "
            "opinion, written by Judge Elena Marquardt, which concluded that Cascade Freight "
            "Lines exercised the kind of control over its drivers that marks an employment "
            "relationship.",
            'The case turned on how courts should apply the "economic reality" test, which asks '
            "whether a worker is in business for himself or is economically dependent on the "
            "company he works for. Marquardt wrote that drivers who could not set their own "
            "schedules, turn down loads or use their trucks for other customers were, in economic "
            "reality, employees.",
            "In dissent, Judge Thomas Brandvold said the majority had given the department a free "
            "hand to rewrite the rules for an entire industry. He was joined by three other "
            "judges.",
            "The decision reverses a 2-1 ruling issued in 2024 by a three-judge panel of the "
            "Ninth Circuit, which had found that the Labor Department misapplied the test. The "
            "full court voted last year to rehear the case and heard arguments in September.",
            "Labor law experts said the ruling could give the department momentum in similar "
            'cases pending in other circuits. "This is the most detailed appellate treatment of '
            'the control question in years," said Prof. Daniel Ashby, who teaches employment law '
            'at the University of Washington. "Companies across the logistics sector will read it '
            'closely."',
            "Cascade, which is based in Tacoma, Wash., said it was disappointed and was "
            "considering all of its options, including a petition to the Supreme Court. The "
            "company has 90 days to file such a petition.",
            "The drivers at the center of the case hauled freight between distribution centers in "
            "Washington, Oregon and Idaho. Several testified that they were told they would lose "
            "their routes if they declined a load.",
            "Advertisement",
        ]),
        _art("Tacoma Today", None, [
            "Share",
            "Tweet",
            "Email",
            "Tacoma trucking company loses appeal over drivers' status",
            "Posted by Tacoma Today Staff",
            "Cascade Freight Lines, one of Tacoma's largest private employers, lost a major court "
            "fight on Thursday when a federal appeals court ruled 6-5 that the company must pay a "
            "$3.2 million penalty for misclassifying its drivers.",
            "The decision by the Ninth U.S. Circuit Court of Appeals in San Francisco means the "
            "company's drivers should have been treated as employees, with overtime pay and other "
            "protections, rather than as independent contractors.",
            'Drivers who brought the original complaints said they were relieved. "We were told '
            'for years that we were our own bosses," said Ray Villanueva, who drove for Cascade '
            "for nine years out of the company's Kent terminal. \"Nobody who was really their own "
            'boss got fired for turning down a run."',
            "Teamsters Local 174, which has been trying to organize Cascade drivers, called the "
            'ruling a turning point. "Every misclassified driver in this state just got some good '
            'news," the local said in a statement.',
            "Judge Elena Marquardt, who wrote the majority opinion, said the company's control "
            "over routes, schedules and trucks left drivers with no real independence. Judge "
            'Thomas Brandvold wrote the main dissent, saying "the majority stretches the statute '
            'well past its breaking point."',
            "Cascade spokeswoman Jenna Albright said in an email that the company was "
            '"disappointed" and was reviewing the opinion with its lawyers. She said the ruling '
            "would not affect day-to-day operations or deliveries.",
            "The company, founded in 1987 by the Hollenbeck family, employs about 3,400 people "
            "across the region, according to its website. Its headquarters is on the Tacoma "
            "Tideflats.",
            "Read more: Port of Tacoma cargo volumes dip for third straight month",
            "Advertisement",
        ]),
        _art("FreightWatch", None, [
            "Ninth Circuit upholds DOL penalty in Cascade Freight contractor case - FreightWatch",
            "Carriers that rely on owner-operators got an unwelcome signal from the West Coast on "
            "Thursday. The full Ninth Circuit, sitting en banc, voted 7-4 to uphold the "
            "Department of Labor's $3.2 million civil penalty against Cascade Freight Lines and "
            "the accompanying $14.6 million back-pay award.",
            "At issue were 1,912 drivers the Tacoma-based carrier signed to lease-purchase and "
            "independent contractor agreements between 2017 and 2021. DOL investigators concluded "
            "the drivers were employees under the Fair Labor Standards Act and owed overtime.",
            "Writing for the majority, Judge Carla Nguyen pointed to Cascade's dispatch rules, "
            "its required telematics and a lease-purchase structure that, in the court's words, "
            "left drivers \"economically captive.\" The majority said the company's right to "
            "control the work, not just its day-to-day exercise of that right, weighed heavily "
            "toward employee status.",
            "Judge Thomas Brandvold, writing for the four dissenters, warned that the decision "
            'would "cast doubt on every lease-purchase program in the circuit."',
            "For carriers, the practical question is what happens next. Attorneys who advise "
            'fleets told FreightWatch they expect Cascade to seek Supreme Court review. "There is '
            'a real split among the circuits on how much weight control should get," said Marcy '
            'Delacroix, a transportation lawyer in Portland, Ore. "I would be surprised if this '
            'is the last word."',
            "The American Trucking Associations, which filed a brief backing Cascade, said it was "
            "reviewing the decision. Cascade said it was disappointed and was considering its "
            "options, including an appeal to the Supreme Court.",
            "The en banc court took up the case after a three-judge panel ruled 2-1 for Cascade "
            "in 2024.",
            "Related: California AB5 enforcement picks up at ports",
        ]),
    ], [
        ("majority tally",
         r"(?<![\d.])7\s*(-|–|to)\s*4(?![\d.])|\bseven\b|(?<![\d.])7 (of|judges)",
         r"(?<![\d.])6\s*(-|–|to)\s*5(?![\d.])|\bsix\b"),
        ("fine",
         r"(?<![\d.])3\.2 ?(million|mln|m\b)|3,200,000",
         r"(?<![\d.])2\.3 ?(million|mln|m\b)|2,300,000"),
        ("opinion author",
         r"marquardt",
         r"nguyen"),
    ]),
    _story("cb-SH1", "central bank", [
        _art("Capital Markets Wire", "2026-03-18", [
            "WASHINGTON (CMW) — The Federal Reserve cut interest rates by a quarter of a "
            "percentage point on Wednesday, its first reduction since December, as officials "
            "sought to cushion a cooling labor market while inflation continued to drift lower.",
            "The Federal Open Market Committee lowered the target range for the federal funds "
            "rate to 3.25%-3.50% from 3.50%-3.75%, according to a statement released at 2 p.m. "
            "EDT (1800 GMT) at the end of a two-day meeting.",
            "The vote was 10-2. Governor Stephen Miran dissented in favor of a larger, half-point "
            "cut, while Cleveland Fed President Beth Hammack dissented because she preferred to "
            "leave rates unchanged.",
            "In new quarterly projections, the median policymaker now expects one more "
            "quarter-point cut by the end of 2026. Officials also nudged down their forecast for "
            "inflation this year.",
            '"We see this as a prudent step to keep the labor market on solid footing while '
            'inflation continues to come down," Fed Chair Jerome Powell said at a news conference '
            'after the decision. He added that future moves were "not on a preset course."',
            "The unemployment rate rose to 4.4% in February, the highest in more than four years, "
            "and employers added fewer jobs than expected for a third straight month. Inflation "
            "has eased but remains above the Fed's 2% target.",
            "The Fed held rates steady at its January meeting after cutting three times in the "
            "final months of 2025.",
            "Two-year Treasury yields fell 5 basis points to 3.38% after the statement, and "
            "stocks extended gains.",
            "The committee's next policy meeting is scheduled for April 28-29.",
        ]),
        _art("The National Herald", "2026-03-19", [
            "Fed trims rates again, but signals caution on further cuts | The National Herald",
            "By Thomas Reilly",
            "File photo: The Marriner S. Eccles Federal Reserve Board Building in Washington.",
            "Federal Reserve officials lowered borrowing costs on Wednesday for the first time "
            "this year, betting that a modest cut would shore up hiring without reigniting price "
            "pressures. But a divided committee and a cautious chair suggested that the central "
            "bank is in no hurry to do more.",
            "The 25-basis-point reduction brings the benchmark federal funds rate to a range of "
            "3.25 percent to 3.5 percent. It follows a pause in January, when officials kept the "
            "range at 3.5 percent to 3.75 percent after three straight cuts late last year.",
            "Two of the 12 voting members broke ranks. Fed Governor Stephen Miran, an appointee "
            "of President Trump, pushed for a cut twice as large, as he has at several recent "
            "meetings. Beth Hammack, president of the Federal Reserve Bank of Cleveland, argued "
            "for no cut at all, citing inflation that has stayed above the Fed's target for five "
            "years.",
            'Chair Jerome Powell described the move as "a prudent step" meant to keep the job '
            "market on a solid footing as inflation keeps easing. Asked whether further cuts were "
            'likely, he said the committee would "take it meeting by meeting."',
            "The Fed's preferred inflation gauge, the personal consumption expenditures price "
            "index, rose 2.7 percent in the 12 months through January. Officials' median "
            "projection now shows one more quarter-point cut before the end of this year.",
            "The decision comes at a delicate moment for the central bank. Powell's term as chair "
            "ends in May, and President Trump has repeatedly criticized the pace of rate cuts. "
            "Powell declined to discuss his plans or his successor.",
            'Economists were split on the path ahead. "This looks like a Fed that wants to buy '
            'insurance, not start a new easing cycle," said Laura Kim, chief U.S. economist at '
            "Westbridge Securities.",
            "Fed policymakers will next meet April 28-29.",
        ]),
        _art("Main Street Money", "2026-03-18", [
            "Fed cuts rates by 0.25 point: what it means for your mortgage, savings and credit "
            "cards",
            "Main Street Money | Personal finance",
            "The Federal Reserve lowered its key interest rate on Wednesday by 0.25 percentage "
            "point, to a range of 3.25% to 3.5%. Here is what the move means for your wallet.",
            "Why the Fed cut. Job growth has slowed and the unemployment rate has crept up, while "
            "inflation has cooled. Fed Chair Jerome Powell said the cut was meant to keep the "
            "labor market on solid footing.",
            "Not everyone agreed. Two officials dissented: Governor Stephen Miran wanted a bigger "
            "cut, while Dallas Fed President Lorie Logan wanted to hold rates where they were.",
            "Credit cards. Card rates are tied closely to the prime rate, which banks typically "
            "set 3 percentage points above the top of the Fed's range. Expect your card's APR to "
            "fall by about a quarter point within one or two billing cycles. With average card "
            "rates still above 20%, paying down balances remains the best move.",
            "Mortgages. Fixed mortgage rates follow the 10-year Treasury yield more than the Fed, "
            "and much of Wednesday's cut was already priced in. If you have a home equity line of "
            "credit, though, your rate will likely drop soon.",
            "Savings. High-yield savings accounts will likely trim their rates in the coming "
            "weeks. Certificates of deposit can lock in today's yields if you move quickly.",
            "Advertisement",
            "What's next. Powell's term as Fed chair ends in May, and markets are watching who "
            "will succeed him. For now, officials' projections point to one more quarter-point "
            "cut before year-end.",
            "This article is for informational purposes only and is not financial advice.",
        ]),
        _art("Prairie Public Media", "2026-03-18", [
            "Federal Reserve lowers interest rates; farm lenders welcome relief",
            "The Federal Reserve cut its benchmark interest rate on Wednesday, a move that could "
            "bring some relief to farmers and small businesses across the region who have been "
            "paying higher costs to borrow.",
            "The central bank's rate-setting committee lowered the federal funds rate by a "
            "quarter point, to a range of 3.25 to 3.5 percent. The decision was announced at 2 "
            "p.m. Eastern time.",
            "Fed Chair Jerome Powell told reporters the cut was a careful step meant to keep the "
            "job market on solid ground while inflation keeps falling. The national unemployment "
            "rate was 4.4 percent in February.",
            "Two members of the committee voted against the decision, one favoring a deeper cut "
            "and one favoring no change.",
            'For farm lenders, the cut is welcome news heading into spring planting. "Operating '
            'loans are the lifeblood of a farm in March and April," said Karen Lindgren, chief '
            'credit officer at Prairie Farm Credit in Fargo, North Dakota. "Even a quarter point '
            'adds up on a seven-figure line."',
            "Lindgren said many producers had borrowed more heavily this year after low crop "
            "prices and high input costs squeezed margins in 2025.",
            "Main Street businesses were also watching. Tom Eckert, who owns a hardware store in "
            "Jamestown, said he had put off replacing a delivery truck until rates came down. "
            "\"This helps a little,\" he said. \"It doesn't change the math overnight.\"",
            "Economists said the Fed is likely to move slowly from here. The central bank's next "
            "meeting is May 5-6, when policymakers will have two more months of jobs and "
            "inflation data in hand.",
            "Support for Prairie Public Media comes from listeners like you.",
        ]),
    ], [
        ("dissenter",
         r"hammack",
         r"logan"),
        ("next meeting date",
         r"april 2[89]|apr\.? 2[89]|2026-04-2[89]|28 april|29 april",
         r"may 5|may 6|2026-05-0[56]|5 may|6 may"),
    ]),
    _story("rocket-SH1", "rocket", [
        _art("United Newswire", None, [
            "CAPE CANAVERAL, Fla. (UNW) — Meridian Launch Systems' Condor rocket reached orbit "
            "and brought its first-stage booster back to a landing at sea on Tuesday, a clean "
            "third test flight that the company said clears the way for paying customers later "
            "this year.",
            "The 71-meter (233-foot) methane-fueled rocket lifted off from Launch Complex 16 at "
            "Cape Canaveral Space Force Station at 6:42 a.m. EDT (10:42 UTC), climbing through a "
            "clear sky on the thrust of its 11 Harrier engines.",
            "The booster, designated M-1003 and flying for the first time, separated about two "
            "and a half minutes into flight, flipped around and landed on the company's drone "
            "ship Long Patience, stationed about 600 kilometers (370 miles) offshore in the "
            "Atlantic. Touchdown came eight minutes and 20 seconds after liftoff.",
            "The upper stage, powered by a single vacuum-optimized engine, reached a low orbit, "
            "released two mass simulators and relit its engine for a deorbit burn. It splashed "
            "down in the Indian Ocean about 70 minutes after launch, Meridian said.",
            '"Condor did everything we asked of it today," Meridian chief executive Dana '
            "Whitfield said in a webcast from the company's launch control center. \"Every "
            'milestone, every one of them."',
            "It was a sharp turnaround from the rocket's first two flights. On its debut in "
            "August, Condor exploded about two minutes after liftoff. On the second flight in "
            "December, the upper stage reached orbit, but the booster broke apart during its "
            "landing burn.",
            "The Federal Aviation Administration, which licenses commercial launches, said no "
            "mishap investigation was required for Tuesday's flight.",
            "Meridian, based in Long Beach, California, has a contract with the U.S. Space Force "
            "to launch national security satellites once Condor is certified, and it is competing "
            "with larger rivals for commercial satellite business.",
        ]),
        _art("The Brevard Beacon", None, [
            "Meridian's Condor nails third launch, sticks booster landing",
            "By Carla Mendes, Space Coast reporter",
            "Courtesy Meridian Launch Systems",
            "Hundreds of early risers lined the beach at Jetty Park on Tuesday morning to watch "
            "Meridian Launch Systems' Condor rocket roar off the Cape, and this time they got the "
            "show the company had promised.",
            "Condor's third flight went off without a hitch at 6:42 a.m., lighting up the dawn "
            "sky over Port Canaveral. About eight minutes later, Meridian's launch control room "
            "erupted in cheers as the rocket's booster settled onto a drone ship in the Atlantic.",
            '"Today Condor did everything we asked of it," CEO Dana Whitfield said on the '
            "company's livestream, to applause from employees gathered at its Titusville factory.",
            "The upper stage went on to reach orbit, deploy two dummy payloads and fire its "
            "engine again to drop out of orbit. It came down in the Pacific Ocean, according to "
            "the company.",
            "For Brevard County, the success matters. Meridian employs about 1,100 people at its "
            "Titusville factory and at the launch pad, and the company has said it plans to hire "
            "several hundred more if Condor begins flying regularly.",
            "The rocket's first two flights ended badly. In August, Condor blew up roughly two "
            "minutes after liftoff, scattering debris offshore. In December, the booster was lost "
            "while trying to land, though the upper stage made it to orbit.",
            "\"We've been out here for all three,\" said Merritt Island resident Gary Pruitt, who "
            'watched with his two grandsons. "This is the first time I got to see it come back."',
            "Meridian has not said when Condor will fly again, but Whitfield said the company "
            "hopes to launch its first customer payload by the end of the year.",
            "Advertisement",
            "Read more: Space Coast launch schedule for this week",
        ]),
        _art("OrbitalNotes", None, [
            "Condor Flight 3: orbit, booster recovery, and a deorbit burn — OrbitalNotes",
            "Meridian Launch Systems finally has the flight it needed. Condor's third test "
            "mission lifted off from LC-16 at 11:42 UTC on Tuesday, and over the following hour "
            "or so the two-stage methalox vehicle ticked off every major objective on the test "
            "card.",
            "Quick recap of the timeline:",
            "The first stage shut down its 11 Harrier engines at roughly T+2:30, followed by "
            "stage separation and upper-stage ignition. The booster performed its boostback, "
            "entry and landing burns and touched down on the drone ship Long Patience in the "
            "Atlantic. The upper stage reached orbit, deployed its two mass simulators, and "
            "completed an in-space relight before a controlled deorbit into the Indian Ocean.",
            "That relight matters more than the landing, in our view. Without a reliable restart, "
            "Condor cannot place satellites in higher orbits or dispose of its upper stage "
            "responsibly, and both are requirements for the Space Force work Meridian wants.",
            "The previous flight in December got the upper stage to orbit but lost the booster "
            "during the landing burn. Meridian later traced that failure to a valve in the engine "
            "feed system, which it redesigned for this flight.",
            "Whitfield, Meridian's CEO, put it simply on the webcast: Condor \"did everything we "
            'asked of it."',
            "What's next: Meridian says the recovered booster will be shipped back to Port "
            "Canaveral, inspected and, if all goes well, reflown. The company has a Space Force "
            "contract and a backlog of commercial customers, and it will need a steady cadence to "
            "compete. We'll be watching how quickly booster M-1003 can turn around.",
            "Condor stands 71 m tall and burns liquid methane and liquid oxygen in both stages. "
            "The upper stage uses a single vacuum-optimized Harrier engine.",
        ]),
        _art("The Chronicle National", None, [
            "A new rocket finally sticks the landing - The Chronicle National",
            "By Owen Patrick",
            "Meridian Launch Systems, a California start-up that has spent nearly a decade trying "
            "to crack the market for reusable rockets, pulled off its first fully successful test "
            "flight on Tuesday, sending its Condor rocket to orbit from Florida and landing the "
            "first stage at sea.",
            "The launch, at 6:42 a.m. Eastern time from Cape Canaveral, was Condor's third "
            "attempt. Its first, last August, ended in an explosion about two minutes into "
            "flight. Its second, in December, reached orbit but lost the booster as it tried to "
            "land.",
            "This time the booster, known as M-1005, came down gently on a drone ship in the "
            "Atlantic Ocean a little over eight minutes after launch. The upper stage reached "
            "orbit, dropped off two test weights, and reignited its engine to steer itself back "
            "into the ocean.",
            "\"Condor did everything we asked it to do today,\" said Dana Whitfield, Meridian's "
            "chief executive, who founded the company in 2017 after years as an engineer in the "
            "aerospace industry.",
            "Reusable boosters have transformed the economics of spaceflight, and several "
            "companies are racing to build rockets that can compete on price. Meridian has raised "
            "about $1.4 billion from investors and signed a contract with the Space Force, but "
            "until Tuesday it had not shown that Condor could fly a full mission.",
            '"The first flight is a test, the second is a test, the third is when people start '
            'paying attention," said Lena Hargrove, an analyst at the space consultancy Quadrant '
            'Orbital. "Meridian now has to show it can do this every few weeks, not every few '
            'months."',
            "The company did not say when Condor would fly next. It plans to reuse the booster "
            "after inspections.",
            "Meridian is based in Long Beach, California, and builds its rockets at a factory in "
            "Titusville, Florida.",
        ]),
    ], [
        ("launch time",
         r"6:42|10:42",
         r"11:42"),
        ("booster designation",
         r"1003",
         r"1005"),
        ("splashdown place",
         r"indian",
         r"pacific"),
    ]),
    _story("quake-SH1", "earthquake", [
        _art("Golden State Wire", "2026-02-10", [
            "EUREKA, Calif. (GSW) — A magnitude 6.1 earthquake struck off California's far North "
            "Coast late Monday, killing one man, injuring at least 17 other people and knocking "
            "out power to thousands of homes in Humboldt County, officials said.",
            "The quake hit at 10:34 p.m. Monday (0634 GMT Tuesday) about 20 miles (32 kilometers) "
            "southwest of the town of Ferndale, off Cape Mendocino, at a depth of about 14 "
            "kilometers (9 miles), the U.S. Geological Survey reported.",
            "The Humboldt County Sheriff's Office said a 78-year-old man in Fortuna was killed "
            "when a brick chimney collapsed through the roof of his home. His name was not "
            "released pending notification of relatives.",
            "About 22,000 Pacific Gas and Electric customers lost power after the quake, the "
            "utility said. Crews had restored electricity to most of them by Tuesday afternoon.",
            "The National Tsunami Warning Center said there was no tsunami threat to the coast.",
            "The USGS recorded more than 40 aftershocks by Tuesday morning, the largest a "
            "magnitude 4.6 about an hour after the main shock.",
            '"This corner of the coast is the most seismically active part of California, and an '
            'earthquake of this size is not a surprise here," said Kevin Sorensen, a USGS '
            "geophysicist. He said three tectonic plates meet offshore at the Mendocino Triple "
            "Junction.",
            "The area was shaken by a magnitude 6.4 earthquake in December 2022 that killed two "
            "people and left thousands without power or water for days.",
            "Emergency managers opened a shelter at the Humboldt County Fairgrounds in Ferndale "
            "for residents whose homes were damaged. Building inspectors were assessing older "
            "brick buildings in Ferndale and Fortuna on Tuesday.",
        ]),
        _art("The North Coast Ledger", "2026-02-10", [
            "Skip to content",
            "'It just kept going': Quake rattles Ferndale, Fortuna overnight",
            "By Nicole Barrera and Sam Whitacre | The North Coast Ledger",
            "Photo: Bricks from a collapsed facade lie on Main Street in Ferndale on Tuesday "
            "morning.",
            "Residents across the Eel River Valley were jolted awake, or off their couches, just "
            "after 10:30 p.m. Monday when a strong earthquake centered offshore shook the region "
            "for about 20 seconds.",
            "The U.S. Geological Survey measured the quake at magnitude 6.1, with an epicenter "
            "roughly 20 miles southwest of Ferndale.",
            "One person died. A 78-year-old Fortuna man was killed when a chimney fell into his "
            "home, the Humboldt County Sheriff's Office said. At least 17 people were treated at "
            "local hospitals, including a woman who was in critical condition at St. Joseph "
            "Hospital in Eureka after part of a brick wall fell on her as she left a restaurant "
            "on Ferndale's Main Street.",
            '"It just kept going," said Ferndale shop owner Maria Castellanos, who was closing up '
            'for the night when the shaking began. "Things were coming off every shelf. I got '
            'under the counter and prayed."',
            "Ferndale Mayor Lena Holt said several Victorian storefronts on Main Street were "
            "damaged and the block was closed to traffic while engineers checked the buildings. "
            "\"We've been through this before, and we'll get through it again,\" she said.",
            "Caltrans closed Fernbridge, the 1911 concrete bridge that links Ferndale to Highway "
            "101, for an inspection, and it was still closed Tuesday afternoon. Highway 101 "
            "itself remained open.",
            "Pacific Gas and Electric reported about 22,000 customers without power at the height "
            "of the outage.",
            "Advertisement",
            "The county opened a shelter at the fairgrounds in Ferndale. Red Cross volunteers "
            "said about 60 people spent the night there.",
            "Have photos or video of the earthquake? Send them to our newsroom.",
        ]),
        _art("National Daily Post", "2026-02-11", [
            "Death toll in Northern California earthquake rises to 2 | National Daily Post",
            "The death toll from Monday night's magnitude 6.1 earthquake on California's North "
            "Coast rose to two on Wednesday after a woman who was struck by falling bricks in the "
            "town of Ferndale died of her injuries, authorities said.",
            "The woman, 64, died late Tuesday at St. Joseph Hospital in Eureka, the Humboldt "
            "County Sheriff's Office said. A 78-year-old man was killed Monday night in nearby "
            "Fortuna when a chimney collapsed on him. More than a dozen other people were hurt.",
            "The quake struck at 10:34 p.m. local time Monday, centered 32 kilometers (20 miles) "
            "southwest of Ferndale and about 9 miles deep, according to the U.S. Geological "
            "Survey. It was felt as far away as Sacramento and the San Francisco Bay Area.",
            "Gov. Gavin Newsom on Tuesday activated the state's emergency operations center and "
            "said California's Office of Emergency Services had sent building inspectors and "
            "structural engineers to Humboldt County.",
            "Pacific Gas and Electric said about 22,000 customers lost power at the height of the "
            "outage. By Wednesday morning, fewer than 2,000 remained in the dark.",
            "The region sits near the Mendocino Triple Junction, where the Pacific, North "
            "American and Gorda plates meet, making it the most seismically active part of the "
            "state. A magnitude 6.4 quake in the same area in December 2022 also killed two "
            "people.",
            "The National Tsunami Warning Center said the earthquake did not pose a tsunami "
            "threat.",
            "Scientists warned that strong aftershocks remained possible in the coming days. The "
            "USGS estimated the chance of a magnitude 5 or larger aftershock within a week at "
            "about 1 in 5.",
            "Related coverage",
            "Is your home ready for the next big quake? A checklist",
        ]),
        _art("Redwood Public Radio", "2026-02-11", [
            "Humboldt quake: second death confirmed as cleanup begins",
            "Humboldt County officials on Wednesday confirmed a second death from Monday night's "
            "earthquake, as residents of Ferndale and Fortuna began cleaning up fallen bricks and "
            "broken glass.",
            "A 64-year-old woman who was injured on Main Street in Ferndale died late Tuesday at "
            "a Eureka hospital, the Sheriff's Office said. A 78-year-old Fortuna man died Monday "
            "night when a chimney collapsed into his home.",
            "The magnitude 6.1 quake hit just after 10:30 p.m. Monday, offshore near Cape "
            "Mendocino and roughly 20 miles southwest of Ferndale. It shook the area for about 20 "
            "seconds.",
            "The USGS had recorded more than 130 aftershocks by Wednesday morning. The largest, a "
            "magnitude 4.6, came about an hour after the main quake.",
            "\"It's the most seismically active part of California, so a quake this size isn't "
            'unusual for us," USGS geophysicist Kevin Sorensen told Redwood Public Radio. "What '
            'matters is that people keep their guard up for the next few days."',
            "Caltrans reopened Fernbridge on Wednesday morning after engineers found no "
            "structural damage. Main Street in Ferndale remained closed between Brown Street and "
            "Ocean Avenue.",
            "Local residents remember the December 2022 quake, a magnitude 6.4 that killed two "
            "people and damaged hundreds of homes. Some Ferndale businesses that had only "
            "recently finished repairs from that quake were damaged again.",
            "Humboldt County Supervisor Rhonda Ellery said the county would ask the state for "
            "emergency assistance. \"Our small towns can't carry these repair bills alone,\" she "
            "said.",
            "Redwood Public Radio is listener-supported. Donate today.",
        ]),
    ], [
    ]),
    _story("elec-SH1", "election", [
        _art("Lone Star Newswire", None, [
            "CEDAR RIDGE, Texas (LSN) — City Council member Rosa Delgado won Saturday's runoff "
            "for mayor of Cedar Ridge, defeating former state Rep. Mark Tillman and becoming the "
            "first Latina elected to lead the city of about 240,000.",
            "Complete but unofficial results posted by the county elections office showed Delgado "
            "with 18,406 votes, or 54.2%, to Tillman's 15,553, or 45.8%.",
            "Turnout was about 21% of the city's 161,240 registered voters, low even by the "
            "standards of municipal runoffs but up slightly from the first round.",
            "Delgado, 47, has represented District 3 on the council since 2019. She campaigned on "
            "fixing the city's aging water lines, adding bus routes and hiring more 911 "
            "dispatchers, and she drew heavy support from the city's east and south sides.",
            '"Tonight this city said it wants a mayor who picks up the phone," Delgado told '
            'supporters at a union hall downtown. "I intend to answer every call."',
            "Tillman, 58, a lawyer who served two terms in the Texas House, ran on cutting "
            "property taxes and expanding the police force. He conceded shortly after 10 p.m.",
            '"I called Rosa to congratulate her and to offer whatever help I can give," Tillman '
            'said. "Cedar Ridge is bigger than any one campaign."',
            "The two advanced from a five-candidate field in the May 2 election, in which Delgado "
            "received 38.4% and Tillman 30.9%. Because no one won a majority, the top two went to "
            "a runoff.",
            "Delgado will be sworn in June 23, succeeding Mayor Phil Haskins, who was barred by "
            "term limits from seeking a third four-year term.",
        ]),
        _art("The Cedar Ridge Courier", None, [
            "Delgado wins mayor's race, promises 'a City Hall that answers' | The Cedar Ridge "
            "Courier",
            "By Luis Ortega, Courier Staff",
            "Rosa Delgado will be the next mayor of Cedar Ridge.",
            "The council member from District 3 won Tuesday's runoff with 54% of the vote, "
            "beating former state Rep. Mark Tillman by 2,853 votes, according to unofficial "
            "results. Delgado received 18,406 votes to Tillman's 15,553.",
            "Supporters packed the Electrical Workers union hall on Commerce Street, chanting "
            '"Ro-sa" as results from the east side precincts came in.',
            '"Tonight this city told us it wants a mayor who answers the phone," Delgado said. '
            "\"That's what you are going to get.\"",
            "Delgado's win caps a campaign in which she was heavily outspent. Tillman raised "
            "about $1.1 million, much of it from developers and business political action "
            "committees, while Delgado raised about $640,000, according to campaign finance "
            "reports filed with the city secretary.",
            "Tillman, speaking to supporters at a restaurant in the north side's Willow Park "
            'neighborhood, said he had called Delgado to concede. "This city is bigger than one '
            'campaign," he said.',
            "Delgado takes office June 23. Mayor Phil Haskins, who has held the job for eight "
            "years, could not run again because of term limits. Haskins, who stayed neutral in "
            "the race, said in a statement that he would work to make the transition smooth.",
            "The new council will also include two first-time members who won runoffs in "
            "Districts 1 and 6.",
            "Advertisement",
            "Read more: What's on the new mayor's to-do list? Water mains, buses and the budget",
        ]),
        _art("Statehouse Report", None, [
            "Democrat-backed Delgado takes Cedar Ridge in nonpartisan mayoral runoff",
            "Texas Politics | Statehouse Report",
            "In a race both parties watched as a test of suburban mood, Cedar Ridge voters on "
            "Saturday elected Rosa Delgado mayor over former state Rep. Mark Tillman.",
            "City elections in Texas are officially nonpartisan, but the contest took on partisan "
            "colors. Delgado, a council member, was endorsed by the county Democratic Party and "
            "several labor unions. Tillman, who represented part of Cedar Ridge in the Texas "
            "House for two terms as a Republican, had the backing of the county GOP and the local "
            "chamber of commerce.",
            "Delgado took 52.6% of the vote in unofficial returns.",
            "Money did not decide it. Tillman outraised Delgado by a wide margin, collecting "
            "about $1.1 million to her roughly $640,000.",
            "Strategists on both sides said the result reflected local concerns more than "
            'national ones. "People here were angry about water main breaks and 40-minute waits '
            'for a bus," said Alma Reyes, a Democratic consultant in San Antonio. "Rosa talked '
            'about those things every day."',
            "Republican strategist Trent Caldwell disagreed that the result carried a warning for "
            'his party. "This was a low-turnout city runoff with a popular council member," he '
            "said. \"I wouldn't read the 2026 midterms from it.\"",
            "In the first round on May 2, Delgado finished first with 38.4% in a five-way race, "
            "with Tillman second at 30.9%.",
            "Delgado, 47, will be the first Latina mayor of the fast-growing city north of San "
            "Antonio. She takes office later this month, and her first test will be a budget that "
            "must close a gap created by slowing sales tax revenue.",
        ]),
        _art("KCRX News 7", None, [
            "Delgado elected Cedar Ridge mayor",
            "KCRX News 7 | Updated 11:48 PM",
            "Share on Facebook",
            "Share on X",
            "CEDAR RIDGE — Voters in Cedar Ridge have picked City Council member Rosa Delgado as "
            "their next mayor.",
            "Delgado defeated former state representative Mark Tillman in Saturday's runoff, "
            "54.2% to 45.8%, according to unofficial results from the county elections department.",
            "About 28% of registered voters cast ballots, election officials said.",
            "Delgado thanked volunteers and her family in a speech at her election night party. "
            '"Tonight this city said it wants a mayor who picks up the phone," she told the crowd.',
            "Tillman conceded later in the evening. He told KCRX he would support the new mayor "
            "on issues where they agree.",
            "Delgado takes office on June 23. She has said her first priority will be a plan to "
            "replace the city's oldest water mains, which have broken more than 300 times in the "
            "past two years.",
            "Voters at the polls on Saturday told KCRX that water service and public safety were "
            "top concerns. \"My street's been dug up four times in two years,\" said retiree "
            "Harold Simms, who voted at the Eastside Library. \"I want somebody who'll fix it for "
            'good."',
            "Delgado has also promised to add evening and weekend service on three bus routes and "
            "to hire more 911 dispatchers, a shortage that has left callers on hold during busy "
            "nights. Tillman had argued the city should focus on cutting property taxes and "
            "adding police officers.",
            "KCRX News 7 will have more on the transition on our morning newscast.",
        ]),
    ], [
        ("vote share",
         r"(?<![\d.])54(\.2)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])52\.6 ?(%|percent|per cent|pct)"),
        ("turnout",
         r"(?<![\d.])21(\.\d)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])28(\.\d)? ?(%|percent|per cent|pct)"),
        ("weekday",
         r"saturday|june 13|2026-06-13|13 june",
         r"tuesday"),
    ]),
]
