"""Part SN of the story battery.

Written by engineer SN1 on 2026-12-06 (thirteenth session, third batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SN`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SN", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SN1", "trade", [
        _art("Meridian Wire", "2026-03-10", [
            "HELSINKI (Meridian Wire) — The United States and China agreed on Tuesday to extend "
            "their tariff truce by another 90 days after two days of talks in the Finnish "
            "capital, averting for now a return to the triple-digit levies that briefly choked "
            "trade between the two economies last spring.",
            "Treasury Secretary Scott Bessent, who led the American side alongside Trade "
            "Representative Jamieson Greer, told reporters outside the House of the Estates that "
            "the negotiators had spent more than 11 hours at the table across Monday and Tuesday.",
            "\"We had very candid and constructive discussions, and we now have a framework to "
            "keep the temperature down,\" Bessent said. \"Nobody got everything they wanted, and "
            "in my experience that is usually a sign the deal is real.\"",
            "China's delegation was headed by Vice Premier He Lifeng, Beijing's top economic "
            "envoy, with chief negotiator Li Chenggang also at the table. In a statement carried "
            "by the state news agency Xinhua, the Ministry of Commerce said the two sides had "
            "reached a \"basic consensus\" on extending the arrangement and on handling each "
            "side's main concerns.",
            "Under the understanding, Washington will leave its current tariffs on Chinese goods "
            "unchanged while the extension runs, and Beijing will keep suspending the export "
            "controls on rare earth elements and magnets that it announced in October. China also "
            "committed to purchase at least 12 million tonnes of US soybeans before the end of "
            "the year, according to a US official who briefed reporters on condition of anonymity.",
            "Officials said a further round would take place in Vienna in April, though no date "
            "was set. Bessent said he expected the next meeting to concentrate on technology "
            "export rules and on the port fees that both countries have charged on each other's "
            "ships since last year.",
            "The Helsinki meeting was the sixth formal round since negotiators first met in "
            "Geneva in May 2025, when both sides agreed to pull back from tariffs that had "
            "reached 145% on Chinese goods entering the United States and 125% on American goods "
            "entering China. Later rounds were held in London, Stockholm, Madrid and Kuala Lumpur.",
            "President Donald Trump and Chinese President Xi Jinping met in Busan, South Korea, "
            "last October and endorsed the broad outline of the truce, which both governments "
            "have since treated as the floor for further bargaining.",
            "Neither side said whether the separate 10% tariff that the United States applies "
            "over fentanyl trafficking would be lowered again. A US official said the question "
            "had been raised on Monday but was \"parked\" until the spring.",
        ]),
        _art("The Washington Ledger", "2026-03-10", [
            "U.S., China stretch trade truce after Helsinki round | The Washington Ledger",
            "By Karen Holloway, Economics Correspondent",
            "The Trump administration and Beijing agreed Tuesday to prolong a fragile tariff "
            "ceasefire for 90 more days, buying time for negotiators who have spent nearly a year "
            "trying to turn a temporary pause into a lasting trade settlement.",
            "The agreement came at the end of two days of meetings in Helsinki between Treasury "
            "Secretary Scott Bessent, U.S. Trade Representative Jamieson Greer and a Chinese team "
            "led by Commerce Minister He Lifeng.",
            "\"We had candid, constructive discussions, and we have a framework to keep the "
            "temperature down,\" Bessent told reporters after the session wrapped up.",
            "Greer, speaking separately, said the administration would \"watch the numbers every "
            "week\" to confirm that China is buying American farm goods as promised. \"Trust is "
            "built in shipping containers, not in press releases,\" he said.",
            "Advertisement",
            "The truce traces back to a meeting in Geneva in May 2025, when the two governments "
            "stepped back from tariffs of 145 percent on Chinese imports and 125 percent on "
            "American products sold in China. Since then, the negotiators have met in London, "
            "Stockholm, Madrid and Kuala Lumpur; the Finnish round was their sixth.",
            "Administration officials said the next round of talks would be held in Vienna in "
            "April. They did not give a date.",
            "Business groups welcomed the extension but said it left companies in limbo. \"Every "
            "ninety days we hold our breath,\" said Marla Quint, who heads a trade association "
            "representing machinery exporters in the Midwest. \"You cannot plan a factory around "
            "a calendar like that.\"",
            "Farm-state lawmakers are watching soybean sales closely. China bought almost no "
            "American soybeans from the autumn harvest until President Trump and Xi Jinping met "
            "in Busan, South Korea, at the end of October, and growers in Iowa and Illinois spent "
            "weeks looking for other buyers.",
            "Read more: What the tariff truce means for your grocery bill",
            "In Beijing, the Chinese Ministry of Commerce said in a statement that the talks had "
            "been \"in-depth\" and that both sides had reached a basic consensus on the way "
            "forward. It did not list any new commitments.",
        ]),
        _art("Northern Broadcasting Service", "2026-03-11", [
            "US and China agree to extend tariff truce after Helsinki talks",
            "The United States and China have agreed to extend a truce in their trade war for a "
            "further 90 days, following two days of negotiations in Finland that officials on "
            "both sides described as constructive.",
            "The talks, held on Monday and Tuesday at the House of the Estates, a 19th-century "
            "government building in central Helsinki, were led by the US Treasury Secretary, "
            "Scott Bessent, and China's Vice-Premier, He Lifeng.",
            "Mr Bessent said the two delegations had had \"very candid and constructive "
            "discussions\" and now had \"a framework to keep the temperature down\".",
            "Beijing's commerce ministry said a \"basic consensus\" had been reached. As part of "
            "the arrangement, China will continue to hold back the restrictions on exports of "
            "rare earths and magnets that it unveiled last autumn, while the US will leave its "
            "tariffs on Chinese goods where they are.",
            "China has also agreed to buy at least 12 million tonnes of American soybeans by the "
            "end of the year, the US side said.",
            "The next round of talks is expected in Rome in April, according to officials briefed "
            "on the discussions.",
            "Analysis from our economics team: Helsinki was the sixth round since the two sides "
            "first sat down in Geneva in May last year. At the height of the dispute, US tariffs "
            "on many Chinese goods stood at 145%, a level that halted large parts of the trade "
            "between the two countries within weeks.",
            "For the UK and Europe, the extension removes the immediate risk that Chinese goods "
            "shut out of the American market are redirected at cut prices into European shops, a "
            "worry raised by British steel and ceramics makers last year.",
            "Hong Kong's Hang Seng index closed 1.1% higher on Wednesday, with shares in "
            "exporters and shipping firms leading the gains.",
        ]),
        _art("TradeDesk Insider", "2026-03-11", [
            "Skip to content",
            "US-China truce extended 60 days after Helsinki round - TradeDesk Insider",
            "Posted by the TradeDesk team",
            "Washington and Beijing wrapped up their Helsinki round on Tuesday with a 60-day "
            "extension of the tariff truce, a shorter runway than many importers had been hoping "
            "for.",
            "Key points for anyone moving goods across the Pacific:",
            "- US tariffs on Chinese goods stay where they are for the length of the extension.",
            "- China keeps its rare-earth export controls on ice.",
            "- The US delegation was Treasury Sec. Scott Bessent plus USTR Jamieson Greer. "
            "China's side was led by Vice Premier He Lifeng.",
            "- Soybeans are back on the table as the main good-faith gesture from Beijing.",
            "Market reaction was muted. Chicago soybean futures rose 1.4% on Tuesday and the "
            "offshore yuan edged up 0.2% against the dollar. Container spot rates on the "
            "transpacific lanes barely moved.",
            "Our take: the bigger question is still the fentanyl-related 10% duty, which the "
            "negotiators in Helsinki apparently left for another day. For shippers of consumer "
            "electronics and furniture, that duty is now the difference between a profitable "
            "quarter and a bad one.",
            "Bessent's line of the day: \"a framework to keep the temperature down.\" Fine, but "
            "importers need a calendar they can plan around, and the truce keeps getting renewed "
            "in short slices.",
            "Recall that the whole structure rests on the Busan summit between Trump and Xi on "
            "Oct. 30 last year, which followed five earlier rounds of talks beginning in Geneva.",
            "What to do now: if you have orders that can be pulled forward, this is the window. "
            "Customs brokers we spoke to expect a rush of bookings before the next deadline, and "
            "warehouse space on the West Coast is already tightening.",
            "Share on X | Share on LinkedIn",
        ]),
    ], [
        ("title",
         r"vice[- ]?premier",
         r"(?<!vice )(?<!vice-)commerce minister|minister of commerce"),
        ("place", r"vienna", r"\brome\b"),
        ("duration",
         r"(?<![\d.])90(?![\d.%])|ninety|three months",
         r"(?<![\d.])60(?![\d.%])|sixty|two months"),
    ]),
    _story("court-SN2", "court", [
        _art("Front Range Courier", None, [
            "Colorado Supreme Court rules Swiftline drivers are employees for jobless benefits | "
            "Front Range Courier",
            "By Lucia Ferro, Courts Reporter",
            "File photo: The Ralph L. Carr Colorado Judicial Center in downtown Denver.",
            "The Colorado Supreme Court ruled Monday that drivers who find work through the "
            "Swiftline ride-hailing app are employees, not independent contractors, for the "
            "purposes of the state's unemployment insurance system, a decision that could force "
            "the company to pay roughly $14 million in back premiums.",
            "The 4-3 decision reverses a 2024 ruling by the Colorado Court of Appeals, which had "
            "sided with the San Francisco-based company. Justice Rosalind Okafor wrote for the "
            "majority, joined by Chief Justice Harold Lindqvist and Justices Carlos Berrios and "
            "Anna Santangelo.",
            "Okafor wrote that Swiftline sets fares, decides which driver is offered a ride and "
            "can cut off a driver's access to the app at will. \"A worker who cannot set her own "
            "price, choose her own customers or keep her own account open is not running an "
            "independent business,\" she wrote.",
            "Justice Daniel Whitcombe wrote the dissent, joined by Justices Mei Hayashi and "
            "Robert Dempsey. He argued the majority had \"rewritten the statute the General "
            "Assembly actually passed\" and said the question belonged to lawmakers, not judges.",
            "The case began in 2022, when the state Department of Labor and Employment concluded "
            "after an audit that Swiftline owed unemployment premiums for drivers it had "
            "classified as contractors from 2019 through 2022. The department has estimated that "
            "the company relied on more than 30,000 drivers in Colorado during that period.",
            "Alicia Montoya, the department's executive director, said the ruling \"confirms what "
            "drivers have been telling us for years.\" She said the agency would now recalculate "
            "the amount owed.",
            "Swiftline general counsel Priya Nandakumar said in a statement: \"We are "
            "disappointed by today's decision and are reviewing our options, including a petition "
            "for rehearing. Drivers choose Swiftline because of the flexibility it offers.\"",
            "The ruling applies only to unemployment insurance. It does not directly decide "
            "whether drivers must be paid the minimum wage or overtime, which are governed by "
            "separate laws, but labor lawyers said it was likely to be cited in those disputes as "
            "well.",
            "Related coverage",
            "Gig drivers rally at the Capitol for a pay floor bill",
        ]),
        _art("Rocky Mountain Public Radio", None, [
            "Colorado's highest court has sided with state labor regulators in a long-running "
            "fight with the ride-hailing company Swiftline, ruling that the company's drivers "
            "count as employees when it comes to unemployment insurance.",
            "The justices split 4 to 3. Justice Carlos Berrios wrote the majority opinion, joined "
            "by Chief Justice Harold Lindqvist and Justices Rosalind Okafor and Anna Santangelo.",
            "At the heart of the case was a test in state law: a worker is presumed to be an "
            "employee unless the company can show the worker is free from its control and "
            "direction and is customarily engaged in an independent trade or business. The "
            "majority found that Swiftline failed that test because it sets prices and controls "
            "which trips drivers are offered.",
            "The ruling overturns a decision by the Colorado Court of Appeals that had gone the "
            "company's way in 2024.",
            "The Colorado Department of Labor and Employment, known as CDLE, brought the case "
            "after an audit covering 2019 to 2022. Executive Director Alicia Montoya welcomed the "
            "decision on Monday. \"This confirms what drivers have told us for years,\" she said "
            "in an interview.",
            "Tesfaye Abera, who has driven for Swiftline in Aurora since 2018, said he applied "
            "for unemployment benefits during the pandemic and was turned down because the "
            "company did not count him as an employee. \"I was working sixty hours a week for "
            "them and I couldn't get a dime when the rides stopped,\" he said.",
            "In a dissent, Justice Daniel Whitcombe warned that the decision could reach far "
            "beyond ride-hailing, affecting \"freelance designers, tutors and musicians\" who "
            "find customers through apps.",
            "Swiftline said it was disappointed and was reviewing its options.",
            "The case now returns to the labor department, which must work out how much the "
            "company owes. Lawmakers at the Capitol have said they may take up a bill next "
            "session that would set separate rules for app-based drivers, as California voters "
            "did in 2020.",
        ]),
        _art("Bench & Bar Report", None, [
            "Colo. Supreme Court: App-Based Drivers Are Employees Under UI Statute - Bench & Bar "
            "Report",
            "In a 5-2 decision issued Monday, the Colorado Supreme Court held that Swiftline "
            "Technologies failed to rebut the statutory presumption of employment under the "
            "Colorado Employment Security Act, reversing the Court of Appeals.",
            "Justice Rosalind Okafor authored the opinion. Writing for the majority, she rejected "
            "Swiftline's argument that drivers' ability to log off whenever they like shows "
            "independence: \"Flexibility in when one works is not the same as freedom in how one "
            "works.\"",
            "The opinion walks through both prongs of the statutory test. On control and "
            "direction, the court pointed to Swiftline's pricing algorithm, its rating thresholds "
            "and its power to deactivate accounts. On the independent-business prong, it noted "
            "that most drivers carry no business licence of their own, have no other clients and "
            "advertise nowhere.",
            "Justice Daniel Whitcombe dissented, arguing that the presumption \"was never meant "
            "to sweep in every worker who uses a smartphone to find customers.\"",
            "Practical implications: companies that engage app-based workers in Colorado should "
            "review their classification for unemployment purposes now rather than wait for an "
            "audit. The decision does not address wage-and-hour claims, but plaintiffs' lawyers "
            "will certainly try to borrow its reasoning.",
            "Swiftline's general counsel, Priya Nandakumar, said the company was \"disappointed "
            "by today's decision\" and was \"reviewing our options, including a petition for "
            "rehearing.\"",
            "Oral argument was heard in October 2025. The case is Colorado Department of Labor "
            "and Employment v. Swiftline Technologies, Inc.",
            "Subscribe to our weekly employment law digest.",
        ]),
        _art("Continental Press", None, [
            "DENVER (Continental Press) — Colorado's Supreme Court on Monday ruled 4-3 that "
            "drivers for ride-hailing company Swiftline Technologies are employees under the "
            "state's unemployment insurance law, handing a win to state regulators who have "
            "pursued the company for four years.",
            "Justice Rosalind Okafor, writing for the majority, said Swiftline controlled the "
            "terms of the work so closely that drivers could not be considered independent "
            "businesses.",
            "The state's labor department has estimated that Swiftline owes about $13.9 million "
            "in unpaid premiums for 2019 through 2022, a figure that will now be recalculated.",
            "Swiftline chief executive Marcus Llewellyn said in a statement: \"We are "
            "disappointed by today's decision and are reviewing our options, including a petition "
            "for rehearing.\"",
            "Justice Daniel Whitcombe, joined by Justices Mei Hayashi and Robert Dempsey, "
            "dissented. He wrote that the majority had \"rewritten the statute\" and that any "
            "change should come from the legislature.",
            "Swiftline, which is based in San Francisco, is one of several app-based transport "
            "companies fighting classification cases in state courts. California voters in 2020 "
            "approved a ballot measure that treats app-based drivers as contractors while "
            "guaranteeing some benefits, and Massachusetts settled with the largest ride-hailing "
            "firms in 2024 over driver pay.",
            "Labor advocates said the Colorado ruling showed that courts were willing to apply "
            "older employment tests to new kinds of work. \"The app is just the boss with a new "
            "face,\" said Renee Castillo of the Colorado Workers Alliance.",
            "Business groups warned of higher costs. The Colorado Chamber of Commerce said in a "
            "statement that the decision \"creates uncertainty for thousands of independent "
            "workers who value their independence.\"",
            "Shares of Swiftline fell 2.3% in afternoon trading in New York.",
        ]),
    ], [
        ("vote split",
         r"(?<!\d)4 ?(-|–|—|to) ?3(?!\d)|four(-| to )three|(?<!\d)4 justices|four justices",
         r"(?<!\d)5 ?(-|–|—|to) ?2(?!\d)|five(-| to )two|(?<!\d)5 justices|five justices"),
        ("author", r"okafor", r"berrios"),
        ("speaker", r"nandakumar|general counsel", r"llewellyn|chief executive|\bceo\b"),
    ]),
    _story("cb-SN3", "central bank", [
        _art("Britannia News Agency", None, [
            "LONDON (BNA) – The Bank of England cut interest rates by a quarter of a percentage "
            "point to 3.5% on Thursday, but signalled that the pace of further reductions was "
            "likely to slow because inflation remains well above its 2% target.",
            "The Monetary Policy Committee voted 5-4 for the cut, with four members preferring to "
            "hold Bank Rate at 3.75%. It was the seventh reduction since the Bank began lowering "
            "borrowing costs in August 2024.",
            "Governor Andrew Bailey said: \"We still think Bank Rate is on a gradually declining "
            "path, but each further cut is now a closer call. We will be watching wage "
            "settlements and services prices very carefully over the spring.\"",
            "Consumer price inflation stood at 3.4% in December, according to the Office for "
            "National Statistics, down from a peak of 3.8% last year. Services inflation, which "
            "the Bank watches closely as a gauge of domestic price pressure, remained above 4%.",
            "The Bank's new forecasts, published alongside the decision in its quarterly Monetary "
            "Policy Report, show inflation returning close to the target in the second quarter of "
            "2027, a little later than it projected in November.",
            "Chancellor Rachel Reeves said the cut was \"welcome news for families with "
            "mortgages\" and credited the government's Budget with helping to bring inflation "
            "down.",
            "Sterling slipped 0.3% against the dollar to $1.365 after the announcement at noon, "
            "as traders trimmed bets on another cut in March.",
            "Business groups gave the decision a guarded welcome. The British Chambers of "
            "Commerce said firms would be relieved but that many were still holding back on "
            "hiring after increases in employer national insurance contributions last year.",
            "The committee's next decision is due in March.",
        ]),
        _art("The Morning Standard", None, [
            "Bank of England cuts rates to 3.5pc but warns of slower pace | The Morning Standard",
            "By Eleanor Whitfield, Economics Editor",
            "Homeowners with tracker and variable mortgages will see their repayments fall after "
            "the Bank of England lowered interest rates for the seventh time in 18 months.",
            "Threadneedle Street trimmed Bank Rate from 3.75pc to 3.5pc, taking it back to the "
            "level last seen in early 2023.",
            "But the decision was a knife-edge one: five members of the nine-strong Monetary "
            "Policy Committee backed the cut, while four, including the Bank's chief economist "
            "Huw Pill, wanted to keep rates on hold.",
            "Andrew Bailey, the Governor, said the Bank still believed rates were on \"a "
            "gradually declining path\" but that \"each further cut is a closer call\".",
            "Advertisement",
            "Inflation was 3.4pc in December, well above the Bank's 2pc target, and food prices "
            "have continued to climb faster than wages for many lower-income households.",
            "Around 600,000 homeowners on tracker deals will see an immediate reduction in their "
            "monthly payments, according to the trade body UK Finance. Those on fixed deals will "
            "have to wait until they remortgage, although lenders have already been trimming the "
            "rates on new fixed products in anticipation of the move.",
            "Moneyfacts said the average two-year fixed mortgage rate was 4.83pc on Thursday "
            "morning, down from more than 5pc a year ago.",
            "Savers, meanwhile, were warned to check their accounts. \"Banks are usually much "
            "quicker to pass cuts on to savers than to borrowers,\" said Anna Bowes, a personal "
            "finance analyst.",
            "Read more: How the rate cut affects your savings",
            "Most City economists now expect only one more reduction this year, most likely in "
            "the summer, leaving Bank Rate at 3.25pc by the end of 2026.",
        ]),
        _art("Atlantic Markets Blog", None, [
            "BoE trims 25bps to 3.50% in 5-4 split; Bailey flags 'closer call' ahead - Atlantic "
            "Markets",
            "The Bank of England delivered a 25 bp cut to 3.50% at 7 a.m. ET on Thursday, in line "
            "with consensus but with a tighter vote than some on the Street had expected.",
            "Vote split: 5-4. The hold votes came from Greene, Mann, Pill and Lombardelli.",
            "Guidance: the \"gradually declining path\" language survives, but Bailey says each "
            "additional cut is a \"closer call.\" We read that as the BoE moving to a slower, "
            "meeting-by-meeting approach.",
            "Market reaction: GBP/USD slipped about 0.3% to around 1.365. The 2-year gilt yield "
            "fell 5 bps to 3.41% on the headline, then gave back part of the move in the "
            "afternoon as desks digested the more cautious guidance.",
            "Context: UK CPI ran at 3.4% y/y in December versus the 2% target. The Fed, by "
            "contrast, held its policy range at 3.50%-3.75% at its January meeting, so the gap "
            "between US and UK policy rates is now very small.",
            "This is the BoE's seventh cut of a cycle that started in August 2024, and the "
            "December decision was also split 5-4. The MPC has now cut at every other meeting for "
            "most of the cycle.",
            "Our view: we pencil in one more 25 bp cut by midyear and then a long pause. The risk "
            "is that wage growth stays sticky and the committee stops sooner; the upside risk for "
            "GBP rates is a hawkish turn from one of the five doves.",
            "Positioning note: we would fade any move in 2-year gilts below 3.35% before the "
            "March meeting.",
        ]),
    ], []),
    _story("rocket-SN4", "rocket", [
        _art("Orbital Ledger", "2026-04-14", [
            "Northgale's Kittiwake reaches orbit on third try, booster sticks landing",
            "By Priyanka Shah",
            "Northgale Aerospace put its methane-fuelled Kittiwake rocket into orbit for the "
            "first time on Tuesday, and brought the first stage back to a drone ship in the "
            "Atlantic, on the vehicle's third flight.",
            "Kittiwake lifted off at 6:42 a.m. EDT (10:42 UTC) from Launch Pad 0C at the "
            "Mid-Atlantic Regional Spaceport on Wallops Island, Virginia. The upper stage reached "
            "orbit about nine minutes after liftoff, according to the company's webcast.",
            "The first stage, a booster the company has named Fastnet (Northgale names its "
            "boosters after lighthouses), touched down on the drone ship Steady Hand about 600 "
            "kilometres offshore. It was the first landing attempt for the program.",
            "\"We came for data and we got a rocket in orbit. That is a very good Tuesday,\" "
            "chief executive Dana Whitlock said on the webcast as the control room erupted behind "
            "her.",
            "The 61-metre rocket is powered by nine Gannet engines burning liquid methane and "
            "liquid oxygen, with a single vacuum-optimised Gannet on the upper stage. Northgale "
            "says the vehicle can carry about 8 tonnes to low Earth orbit with the booster "
            "recovered.",
            "The flight carried four small Earth-observation satellites for Orbis Terra, a Danish "
            "imaging start-up. Orbis Terra said later in the day that it had made contact with "
            "all four.",
            "Kittiwake's history so far has been rough. The first flight, in May 2025, ended when "
            "the rocket exploded about 70 seconds after liftoff. The second, in November, reached "
            "space but the upper stage failed to ignite after stage separation, and the payload, "
            "a mass simulator, fell back into the ocean.",
            "Northgale has said it wants to fly again as soon as July and is building two more "
            "boosters. The company is counting on Kittiwake to win a share of the national "
            "security launch market, where it would compete with much larger and more established "
            "providers.",
        ]),
        _art("Eastern Shore Gazette", "2026-04-15", [
            "Crowds cheer as Kittiwake rocket finally makes orbit from Wallops",
            "Courtesy Northgale Aerospace: Kittiwake rises from the launch pad at dawn.",
            "Hundreds of people lined the beaches and causeway at Chincoteague before sunrise on "
            "Tuesday to watch Northgale Aerospace's Kittiwake rocket climb away from Wallops "
            "Island, Virginia, and this time they got the ending they had been waiting for.",
            "The rocket, on its third flight, lifted off at 6:42 a.m. and reached orbit, "
            "delivering four satellites for a European customer. Its first stage, a booster "
            "called Skerryvore, returned to land on a drone ship roughly 370 miles out in the "
            "Atlantic.",
            "\"We came for data and we got a rocket in orbit. That's a very good Tuesday,\" "
            "Northgale chief executive Dana Whitlock said during the company's live broadcast.",
            "Advertisement",
            "For the Eastern Shore, the success matters. Northgale employs about 420 people at "
            "its processing hangar near the Wallops Flight Facility, and local officials have "
            "been lobbying the company to build a second pad on the island.",
            "\"Every one of those launches puts our little corner of Virginia on the map,\" said "
            "Harold Tingle, who runs a motel in Chincoteague and says he was fully booked for the "
            "launch. \"After last fall, folks were worried. Today, nobody's worried.\"",
            "The previous Kittiwake flight, last November, reached space but failed to reach "
            "orbit when the upper stage did not ignite. The first flight, in May 2025, ended in "
            "an explosion over the ocean about 70 seconds after launch.",
            "The Federal Aviation Administration, which licenses commercial launches, said no "
            "public safety issues were reported. Accomack County emergency officials said roads "
            "reopened within an hour.",
            "Share on Facebook",
        ]),
        _art("Transatlantic Press Agency", "2026-04-14", [
            "US start-up's methane rocket reaches orbit at third attempt",
            "A methane-fuelled rocket built by the American company Northgale Aerospace reached "
            "orbit for the first time on Tuesday, after two failed attempts in 2025.",
            "The Kittiwake rocket lifted off from Cape Canaveral at 06:42 local time and its "
            "upper stage was in orbit roughly nine minutes later. The 200ft vehicle was carrying "
            "four Earth-observation satellites for Orbis Terra, a Copenhagen-based company.",
            "In a further milestone, the first stage, a reusable booster named Fastnet, landed "
            "upright on a drone ship at sea, making Northgale one of only a handful of companies "
            "to have recovered an orbital booster.",
            "\"We came for data and we got a rocket into orbit, which makes it a very good "
            "Tuesday,\" said the company's chief executive, Dana Whitlock.",
            "Kittiwake burns liquid methane, a fuel that many engineers favour for reusable "
            "rockets because it burns cleanly and leaves little soot in the engines. Several "
            "Chinese companies are also developing methane rockets.",
            "The rocket's first flight ended in an explosion just over a minute after launch in "
            "May 2025, and on its second flight in November its upper stage failed to fire.",
            "Northgale was founded in 2019 by a group of engineers who had worked on larger "
            "launch vehicles, and has raised several hundred million dollars from private "
            "investors. It said the recovered booster would be inspected in detail before any "
            "decision is taken on flying it again.",
            "European launch companies are watching closely. Isar Aerospace and Rocket Factory "
            "Augsburg are among several firms on the continent preparing small rockets of their "
            "own, though none yet plans to land its first stage.",
        ]),
        _art("The Techline", "2026-04-15", [
            "Northgale finally sticks it: Kittiwake hits orbit, Fastnet booster lands - The "
            "Techline",
            "Skip to content",
            "Third time's the charm for Northgale Aerospace. The startup's Kittiwake rocket "
            "lifted off from Wallops Island, Virginia, on Wednesday morning and made it all the "
            "way to orbit, something its first two vehicles never managed.",
            "The headline numbers: four customer satellites for Danish startup Orbis Terra "
            "deployed, and a first stage, the Fastnet booster, brought back to the drone ship "
            "Steady Hand in the Atlantic.",
            "Why this matters: Kittiwake is one of only a few rockets running on methane and "
            "liquid oxygen, and it is designed from the start to be reused. If Northgale can fly "
            "the same booster again quickly, it could undercut rivals on price for medium-sized "
            "payloads.",
            "Recap of the road here: the first flight, in May 2025, blew up roughly 70 seconds "
            "in. The second flight, in November, got to space but the upper stage never lit after "
            "separation.",
            "The company said in a statement after the flight that engineers would spend the next "
            "few weeks going through the data from both stages before setting a date for the next "
            "launch. \"The vehicle did what we designed it to do,\" the statement said.",
            "The nine Gannet engines on the first stage are built in-house, which Northgale says "
            "keeps costs down and lets it change designs between flights without waiting on "
            "suppliers.",
            "What to watch: how fast Fastnet can be refurbished and flown again, and whether "
            "Northgale can win its first government contract off the back of this flight.",
            "Related: The new wave of methane rockets, explained",
        ]),
    ], [
        ("place", r"wallops|virginia", r"cape canaveral|canaveral|florida"),
        ("vehicle name", r"fastnet", r"skerryvore"),
        ("weekday",
         r"tuesday|april 14|14 april|2026-04-14",
         r"wednesday|april 15|15 april|2026-04-15"),
    ]),
    _story("quake-SN5", "earthquake", [
        _art("Andean Wire", "2026-01-20", [
            "LIMA (Andean Wire) — A powerful earthquake struck off the southern coast of Peru "
            "early on Tuesday, killing at least four people, injuring at least 35 and damaging "
            "hundreds of adobe homes in the Arequipa region, officials said.",
            "The quake hit at 2:14 a.m. local time. The US Geological Survey put its magnitude at "
            "6.7 and said the epicentre was at sea about 38 kilometres southwest of the fishing "
            "town of Chala, at a depth of 35 kilometres. Peru's Geophysical Institute (IGP), "
            "which uses its own network of stations, gave a preliminary magnitude of 6.9.",
            "Two of the dead were an elderly couple whose house collapsed in the province of "
            "Caravelí, regional authorities said. A fisherman was killed by falling rocks on a "
            "coastal path, and a truck driver died when a landslide swept his vehicle off the "
            "Pan-American Highway.",
            "Defence Minister Rocío Palomino, who flew to the area on Tuesday morning, said "
            "rescue teams were still checking remote villages that had lost telephone contact. "
            "\"We will not stop until we have reached every family,\" she told reporters in Chala.",
            "The navy's hydrography office said the quake had not generated a tsunami threat for "
            "the Peruvian coast, although some residents fled to higher ground in the dark as a "
            "precaution.",
            "Landslides blocked several stretches of the Pan-American Highway, the main road "
            "linking Lima with the south, and the transport ministry said it could take two days "
            "to clear them.",
            "The IGP recorded more than 40 aftershocks in the first six hours, the strongest of "
            "magnitude 5.1. The shaking was felt in the city of Arequipa and as far away as Lima, "
            "where some residents ran into the street.",
            "Off Peru's coast the Nazca plate dives beneath the South American plate, one of the "
            "most active boundaries around the Pacific basin, and the coast between Arequipa and "
            "Ica is among the most seismically active parts of the country.",
        ]),
        _art("Pacific Coast Herald", "2026-01-20", [
            "Peru quake kills four, rattles south coast | Pacific Coast Herald",
            "By Daniel Ortega Ruiz",
            "Four people were killed on Tuesday when a strong earthquake shook southern Peru "
            "before dawn, bringing down homes along a stretch of desert coast in the Arequipa "
            "region and cutting the country's main north-south highway.",
            "The quake struck at 0714 GMT, with its epicentre offshore near Chala, a town of "
            "about 15,000 people. The US Geological Survey measured it at magnitude 6.7 and said "
            "it originated about 22 miles below the seabed.",
            "Interior Minister Rocío Palomino said dozens of people had been injured, most of "
            "them by falling walls and roof beams. \"We will not stop until we reach every "
            "family,\" Palomino said.",
            "Advertisement",
            "In Chala, residents spent the rest of the night outside, wrapped in blankets, as "
            "aftershocks continued. \"The whole house was jumping. I grabbed my children and "
            "ran,\" said Marisol Quispe, a market vendor. \"When the light came, half of our "
            "street was on the ground.\"",
            "Most of the damaged homes were built of adobe, sun-dried mud brick that performs "
            "poorly in earthquakes. Officials have tried for years to encourage reinforced "
            "construction in the area, with limited success.",
            "The region was last hit hard in January 2018, when a magnitude 7.1 quake near the "
            "town of Acarí, to the north, killed two people and damaged hundreds of homes.",
            "Schools across the province will remain closed for the rest of the week, the "
            "regional education office said.",
            "Read more: How Peru prepares for a major Pacific earthquake",
        ]),
        _art("World Service Radio", "2026-01-21", [
            "Peru earthquake: death toll rises to nine",
            "The number of people killed in Tuesday's earthquake in southern Peru has risen to "
            "nine, with more than 60 injured, the authorities say.",
            "Rescue workers reached several isolated villages on Wednesday that had been cut off "
            "by landslides, and found further victims under collapsed buildings.",
            "The magnitude 6.7 tremor struck in the early hours of Tuesday, at 2.14am local time, "
            "with its epicentre near the coastal town of Yauca in the Arequipa region.",
            "Peru's Defence Minister, Rocío Palomino, said more than 1,200 homes had been damaged "
            "or destroyed, most of them built of adobe. The government has declared a 60-day "
            "state of emergency in 12 districts of Arequipa and neighbouring Ayacucho.",
            "Aid agencies say the most urgent needs are drinking water and temporary shelter, as "
            "night-time temperatures in the foothills fall sharply. The Red Cross has sent tents "
            "and water purification kits from its warehouse in Lima.",
            "The country's Geophysical Institute, known by its Spanish initials IGP, recorded the "
            "quake as magnitude 6.9, slightly higher than the US reading. Such differences "
            "between agencies are common in the first days after a large earthquake.",
            "Peru lies on the so-called Ring of Fire around the Pacific Ocean and is regularly "
            "struck by earthquakes. In 2001, a far larger quake devastated the cities of Arequipa "
            "and Moquegua and set off a tsunami that swept through the town of Camaná.",
            "Landslides also blocked the Pan-American Highway, although one lane has now reopened "
            "to traffic, according to the transport ministry.",
        ]),
        _art("Hemisphere Daily", "2026-01-21", [
            "Peru earthquake toll climbs to nine as rescuers reach cut-off villages",
            "File photo: A damaged church tower in the Arequipa region.",
            "Rescuers in southern Peru pulled more bodies from collapsed homes on Wednesday, "
            "raising the death toll from Tuesday's magnitude 6.7 earthquake to nine, Peruvian "
            "officials said.",
            "The quake struck at 3:14 a.m. local time (08:14 GMT) with its epicentre off the "
            "coast near Chala, in the province of Caravelí. More than 60 people were injured.",
            "Civil defence officials said most of the victims were in small farming and fishing "
            "communities where houses are built of adobe. In one hamlet in the hills above the "
            "coast, three members of the same family died when their roof fell in.",
            "Peru's government declared a state of emergency for 60 days in 12 districts, "
            "allowing it to fast-track spending on shelters, water and road repairs. Defence "
            "Minister Rocío Palomino said the armed forces had sent two transport planes and four "
            "helicopters to the area.",
            "\"The first hours are over, now comes the long part: rebuilding,\" Palomino told "
            "local radio on Wednesday.",
            "The US Geological Survey said the earthquake occurred at a depth of about 35 km, on "
            "or near the boundary where the Nazca plate slides under South America. That kind of "
            "quake is common along the Peruvian coast, and engineers have long warned that adobe "
            "homes are the main danger.",
            "Share this article",
            "Peru has spent years trying to replace adobe with reinforced masonry, but rebuilding "
            "programmes after earlier quakes moved slowly, and many families rebuilt in mud brick "
            "again because it is cheap and keeps houses cool.",
        ]),
    ], [
        ("place", r"chala", r"yauca"),
        ("clock time",
         r"(?<![\d:.])0?2[:.h]?14(?!\d)|(?<![\d:.])07[:.h]?14(?!\d)",
         r"(?<![\d:.])0?3[:.h]?14(?!\d)|(?<![\d:.])08[:.h]?14(?!\d)"),
        ("title",
         r"defen[cs]e minister|minister of defen[cs]e",
         r"interior minister|minister of (the )?interior"),
    ]),
    _story("elec-SN6", "election", [
        _art("Adriatic News Agency", None, [
            "VENICE (ANA) — Centre-left candidate Giulia Manin won the run-off for mayor of "
            "Venice on Monday, defeating the centre-right's Stefano Zanon and ending more than a "
            "decade of centre-right control of the lagoon city's town hall.",
            "Manin, a 46-year-old architect running for the Democratic Party at the head of a "
            "coalition that included the Greens and the Left Alliance, took 52.8% of the vote, or "
            "61,240 ballots, against 47.2%, or 54,730 ballots, for Zanon of the Brothers of "
            "Italy, according to final figures from the city's electoral office.",
            "Turnout was 44.1%, sharply lower than in the first round two weeks earlier. Polls "
            "closed at 3 p.m. on Monday after voting over two days.",
            "\"Venice is not a museum. Tonight the people who live here have taken back their "
            "city,\" Manin told supporters gathered in Campo Santa Margherita, where the "
            "celebrations went on late into the evening.",
            "Zanon conceded about two hours after the polls closed. \"The city has spoken and I "
            "wish Giulia Manin good work, because Venice needs it,\" he said at his campaign "
            "office in Mestre.",
            "Manin replaces Luigi Brugnaro, who was barred from seeking a third consecutive term. "
            "She has promised to review the entry fee charged to day-trippers, which she argues "
            "has done little to reduce crowds, and to convert empty publicly owned flats into "
            "affordable homes for residents.",
            "The population of the historic centre has fallen below 49,000, less than a third of "
            "its level in the early 1950s, and housing dominated a campaign in which both "
            "candidates promised to curb short-term holiday lets.",
            "In the first round, Manin finished ahead with 41.5% to Zanon's 39.9%, with the rest "
            "split among five smaller candidates.",
        ]),
        _art("Euro Politics Now", None, [
            "Venice flips: Manin wins run-off as turnout slumps - Euro Politics Now",
            "Italy's most famous city has a new mayor, and she comes from the left. Giulia Manin "
            "beat Stefano Zanon of the League in Monday's run-off, 52.8% to 47.2%, a margin of "
            "5.6 percentage points.",
            "The result is a blow to the national centre-right, which had treated Venice as one "
            "of its safest big cities and sent several ministers to campaign there in the final "
            "week.",
            "The number to watch, though, is turnout. It fell by 14.2 points between the two "
            "rounds, and our read is that a lot of centre-right voters on the mainland, in Mestre "
            "and Marghera, simply stayed home.",
            "Zanon took defeat gracefully. \"The city has spoken, and I wish Giulia Manin good "
            "work, because Venice needs it,\" he said on Monday evening.",
            "Manin, for her part, ran a campaign built almost entirely on housing and the cost of "
            "living for residents, arguing that tourism policy had been written for visitors "
            "rather than for the people who actually live in the city.",
            "Under Italy's rules for larger towns, the winning coalition also receives a bonus of "
            "council seats, so Manin should have a working majority on the city council from day "
            "one.",
            "Three things to watch in her first hundred days:",
            "1. The day-tripper entry fee. Manin has called it a ticket that does nothing about "
            "crowds.",
            "2. Short-term rentals. Expect a push for new limits in the historic centre.",
            "3. Relations with the regional government of Veneto, which stays in centre-right "
            "hands.",
            "Subscribe to our newsletter for weekly analysis of European elections.",
        ]),
        _art("Continental Broadcasting", None, [
            "Venice elects centre-left mayor in run-off",
            "Giulia Manin, the centre-left candidate, has been elected mayor of Venice after "
            "winning a second-round run-off with just under 53% of the vote.",
            "Her rival, Stefano Zanon of the right-wing Brothers of Italy party, took just over "
            "47%. The margin was about 6,500 votes.",
            "Only 44% of registered voters took part in the run-off, which was held on Sunday and "
            "Monday.",
            "Speaking to cheering supporters, Ms Manin said: \"Venice is not a museum. Tonight "
            "the people who live here took their city back.\"",
            "Mr Zanon accepted the result, saying the city had spoken and wishing his opponent "
            "well.",
            "Mr Zanon, a businessman and former regional councillor, had campaigned on street "
            "safety and on better transport links between the mainland and the islands. Ms Manin, "
            "an architect, made housing for residents the centre of her campaign.",
            "The campaign focused heavily on the future of the historic centre, where the "
            "resident population has been shrinking for decades while visitor numbers have "
            "continued to rise. Venice began charging some day visitors an entry fee in 2024, a "
            "scheme that critics say has done little to thin the crowds.",
            "The result will be seen as a modest boost for the opposition Democratic Party, which "
            "has struggled in national polls. But analysts cautioned against reading too much "
            "into a local contest with such low turnout.",
            "Unesco has repeatedly discussed adding Venice to its list of world heritage sites in "
            "danger, citing mass tourism and rising sea levels, although it has so far decided "
            "against it.",
        ]),
        _art("Nordest Today", None, [
            "Manin is Venice's new mayor | Nordest Today",
            "Giulia Manin will be the next mayor of Venice. The centre-left candidate won "
            "Monday's run-off with 52.8% of the vote, according to the final count published by "
            "the municipality, after polls closed at 13:00 GMT.",
            "\"The city has spoken and I wish Giulia Manin good work, because Venice needs it,\" "
            "said Marco Pellizzari, the regional coordinator of the Brothers of Italy, shortly "
            "after the final figures were released.",
            "Manin's first appointment will be the city council's opening session, which must be "
            "convened within the coming weeks, and she has said she will name her deputy mayor "
            "before then.",
            "Manin, an architect by training, becomes the first woman to lead the city since "
            "direct election of mayors was introduced in the 1990s.",
            "Business owners in the historic centre gave a cautious welcome. \"We need someone "
            "who understands that tourism is our bread, but that it can't be the only bread,\" "
            "said Franco Vio, who runs a glassware shop near the Rialto Bridge.",
            "Manin has pledged to put empty council-owned flats back on the market for residents, "
            "to review the access fee for day-trippers, and to press the national government for "
            "more money for the MOSE flood barriers, whose running costs fall partly on the city.",
            "The turnout of 44.1% was the lowest for a Venice mayoral run-off in decades, and "
            "several commentators said it would weaken the new mayor's mandate.",
            "In Mestre, where Zanon had been expected to run strongly, the centre-left won "
            "several polling districts for the first time since 2015.",
            "Advertisement",
            "Related: Who is Giulia Manin?",
        ]),
    ], [
        ("party", r"brothers of italy|fratelli d'italia|\bfdi\b", r"\bleague\b|\blega\b"),
        ("speaker", r"zanon", r"pellizzari"),
    ]),
]
