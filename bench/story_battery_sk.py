"""Part SK of the story battery.

Written by engineer SK1 on 2026-12-06 (thirteenth session, second batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SK`.
"""
from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SK", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SK1", "trade", [
        _art("Pacific Wire", None, [
            "COPENHAGEN (Pacific Wire) — The United States and China agreed on Monday to extend "
            "their tariff truce by another 90 days, pushing back a deadline that had been due to "
            "expire on Wednesday and giving negotiators until Feb. 10 to settle the thorniest "
            "issues between the world's two largest economies.",
            "The deal came at the end of two days of talks in the Danish capital, the sixth "
            "round of negotiations between the two sides since May. Monday's session alone ran "
            "for about five and a half hours, according to a U.S. official who briefed reporters "
            "on condition of anonymity.",
            "Under the arrangement, Washington will halve a levy on Chinese imports that it ties "
            "to the flow of fentanyl precursors, from 20% to 10%. That will lower the extra "
            "tariff on most Chinese goods to 20% from 30%, the official said.",
            "Beijing, for its part, will suspend for one year the sweeping export controls on "
            "rare earth elements and magnets that it announced in October. It will also buy 12 "
            "million tonnes of U.S. soybeans before the end of the current marketing season, "
            "followed by at least 25 million tonnes a year from 2026 through 2028.",
            "\"We have a framework that both leaders can sign off on, and that is what we came "
            "here for,\" Treasury Secretary Ellen Hartwell told reporters outside the Eigtveds "
            "Pakhus conference centre, where the talks were held. She led the U.S. side together "
            "with U.S. Trade Representative Marcus Odell.",
            "China's delegation was headed by Vice Premier Zhao Lifeng, who was joined by Wang "
            "Shuyan, the commerce ministry's chief trade negotiator. China's official Xinhua "
            "news agency quoted Zhao as calling the consultations \"candid, in-depth and "
            "constructive\".",
            "A joint statement was released at 6 p.m. local time (1700 GMT). It said the two "
            "delegations would report to their presidents and that working-level teams would "
            "stay in contact \"in the coming weeks\".",
            "Soybean futures in Chicago rose 2.1% to $11.32 a bushel after the announcement. "
            "Farm groups in the U.S. Midwest have been pressing for the return of Chinese "
            "buyers, who had largely stayed away from American beans since the spring.",
            "The truce was first agreed in the spring and has been extended once before. Ahead "
            "of it, tariffs on each other's goods had briefly reached triple-digit levels, "
            "choking trade between the two countries.",
        ]),
        _art("The Daily Courier", None, [
            "US and China extend tariff truce after Copenhagen talks | The Daily Courier",
            "By Rachel Okafor, Economics Correspondent",
            "The United States and China stepped back from a renewed tariff fight on Monday, "
            "agreeing in Copenhagen to keep a fragile trade truce in place for three more months "
            "while they work toward a broader deal.",
            "The agreement, announced in a joint statement at noon Eastern time, extends by 90 "
            "days a pause that would otherwise have lapsed this week. Without it, U.S. duties on "
            "many Chinese products would have jumped, and Beijing had threatened to answer in "
            "kind.",
            "Treasury Secretary Ellen Hartwell, who led the American team, said the two sides "
            "now had \"a framework that both leaders can sign off on.\" The talks, held over "
            "Sunday and Monday, ended with a five-and-a-half-hour session on Monday.",
            "The key U.S. concession is a cut in the so-called fentanyl tariff, which the "
            "administration imposed early this year to press Beijing over the chemicals used to "
            "make the drug. It will fall by 10 percentage points, to 10%, bringing the overall "
            "additional levy on Chinese goods down to 20%.",
            "In return, China agreed to pause for a year its October rules restricting exports "
            "of rare earths, and to resume large purchases of American soybeans: 12 million "
            "metric tons this season and no less than 25 million metric tons annually over the "
            "following three years.",
            "\"It's a relief, but it's a relief we have felt before,\" said Monica Strand, who "
            "grows soybeans and corn near Ames, Iowa. \"We need the purchases to actually show "
            "up at the elevator.\"",
            "U.S. Trade Representative Marcus Odell, who joined Ms. Hartwell at the table, told "
            "reporters the administration would watch China's purchases \"month by month.\"",
            "China's team was led by Vice Premier Zhao Lifeng. Chinese state media said the "
            "talks had been \"candid, in-depth and constructive,\" a phrase Beijing has used "
            "after earlier rounds.",
            "Analysts cautioned that the core disputes, over chip export controls, Chinese "
            "industrial subsidies and market access for U.S. companies, had been pushed down the "
            "road. \"This buys time, not peace,\" said Daniel Ferro, a senior fellow at the "
            "Atlantic Policy Forum in Washington.",
            "The two presidents are expected to endorse the arrangement in the coming days. The "
            "Copenhagen meeting was the sixth round of talks since May.",
            "Advertisement",
        ]),
        _art("Harbourside Trade Blog", None, [
            "Copenhagen round: truce rolled over, soybeans back on the menu - Harbourside Trade",
            "Skip to content",
            "Negotiators from Washington and Beijing emerged from the Danish capital on Monday "
            "evening with what amounts to a rollover: the tariff truce that was due to run out "
            "on 12 November will now stay in place until 12 February, buying both sides time to "
            "work on the harder questions.",
            "By the account of one person close to the Chinese delegation, Monday's session ran "
            "to more than eight hours, with the two teams breaking only briefly for lunch.",
            "The headline numbers: the US will cut the fentanyl-related duty from 20 per cent to "
            "10 per cent, taking the additional tariff on most Chinese imports down to 20 per "
            "cent. China will hold off for twelve months on the rare-earth export controls it "
            "unveiled in October, and will buy 12m tonnes of American soybeans this season, "
            "rising to a floor of 25m tonnes a year for 2026-28.",
            "For shippers, the more immediate news is what was not said. There was no word on "
            "the port fees that both sides began charging each other's vessels in October, and "
            "the freight forwarders we spoke to were unsure whether those would be waived.",
            "The American team was led by Treasury Secretary Ellen Hartwell, with Trade "
            "Representative Marcus Odell alongside; Vice Premier Zhao Lifeng headed the Chinese "
            "side.",
            "Our take: a 20 per cent tariff is still painful for importers of furniture, toys "
            "and electronics, and the window is short. Expect a rush of front-loaded orders "
            "before the new deadline, much as we saw in the run-up to the summer.",
            "Quote of the day came from Hartwell, who told reporters the two sides had \"a "
            "framework both leaders can sign off on\". Chinese state media described the talks "
            "as candid and constructive.",
            "The joint statement landed at 17:00 GMT, which was 1am on Tuesday in Beijing.",
            "Read more: Transpacific freight rates slip for a third straight week",
            "Share on LinkedIn",
        ]),
        _art("Nordic Public Radio", None, [
            "File photo: The Eigtveds Pakhus conference centre on the Copenhagen waterfront.",
            "Delegations from the United States and China ended two days of trade talks in "
            "Copenhagen on Monday with an agreement to extend a tariff truce for 90 days, "
            "according to a joint statement issued by the two governments and published by "
            "Denmark's foreign ministry, which hosted the meeting.",
            "The talks were held at the foreign ministry's Eigtveds Pakhus conference centre, "
            "close to the parliament building. Police closed several streets around the harbour "
            "on Sunday and Monday, and a small group of protesters calling for Tibetan "
            "independence gathered nearby on Sunday.",
            "The US team was led by Treasury Secretary Ellen Hartwell and Commerce Secretary "
            "Marcus Odell. The Chinese side was headed by Vice Premier Zhao Lifeng.",
            "According to the joint statement, released at six in the evening Danish time, the "
            "US will reduce a tariff it linked to fentanyl by ten percentage points, and China "
            "will postpone for a year its new export restrictions on rare earths, which are used "
            "in everything from wind turbines to fighter jets.",
            "Denmark's foreign minister, Anne Vestergaard, said Denmark was \"glad to offer "
            "neutral ground\" and that a stable trading relationship between the two powers "
            "mattered for small, open economies like Denmark's.",
            "Danish exporters have been caught up in the dispute indirectly. Port data show that "
            "container volumes between Asia and northern Europe rose by around 7 percent in the "
            "first nine months of the year, as Chinese goods were diverted away from the "
            "American market.",
            "Mette Krogh, chief economist at a Copenhagen bank, said the agreement removed a "
            "near-term risk but left \"the structural disagreements completely intact\".",
            "Hartwell said she expected the two presidents to approve the arrangement. Beijing's "
            "official news agency said the talks had been \"candid, in-depth and constructive\".",
            "It was the sixth round of US–China talks since May, and the first to be held in "
            "Denmark.",
        ]),
    ], [
        ("duration",
         r"five[- ]and[- ]a[- ]half[- ]hours?|(?<![\d.])5\.5 ?(hours?|hrs?|h\b)|330 ?min",
         r"(?<![\d.])8 ?(hours?|hrs?|h\b)|eight hours|480 ?min"),
        ("date",
         r"feb(ruary|\.)? 10\b|2026-02-10|(?<!\d)10 feb",
         r"feb(ruary|\.)? 12\b|2026-02-12|(?<!\d)12 feb"),
        ("title", r"trade representative|\bustr\b", r"commerce secretary|secretary of commerce"),
    ]),
    _story("court-SK1", "court", [
        _art("Capitol Wire Service", "2026-06-26", [
            "WASHINGTON (Capitol Wire) — The Supreme Court on Friday struck down a per-container "
            "charge that the Department of Homeland Security has collected on cargo arriving at "
            "U.S. ports since March 2025, ruling 6-3 that the charge was in effect a tax that "
            "only Congress could impose.",
            "The decision, released at 10:07 a.m., clears the way for refunds of roughly $4.2 "
            "billion collected from importers and shipping lines, according to figures the "
            "government filed with the court.",
            "Chief Justice John Roberts wrote for the majority. \"A charge imposed on the public "
            "to raise revenue is a tax, whatever the label printed on the invoice,\" he wrote, "
            "adding that the emergency statute invoked by the administration \"says nothing "
            "about taxation.\"",
            "Justice Brett Kavanaugh wrote the dissent, joined by Justices Clarence Thomas and "
            "Neil Gorsuch. \"The Court today takes from the President a tool that Congress "
            "deliberately placed in his hands,\" Kavanaugh wrote.",
            "The $75 \"maritime security surcharge\" was applied to every container unloaded at "
            "a U.S. port. The administration said it was needed to pay for new screening "
            "equipment and was authorized by the International Emergency Economic Powers Act.",
            "The case, Pacific Carriers Association v. Department of Homeland Security, was "
            "brought by a group representing ocean carriers and freight forwarders. Lower courts "
            "had sided with the challengers: the U.S. Court of International Trade ruled against "
            "the charge in December, and the Federal Circuit affirmed in February. The justices "
            "heard arguments in April on an expedited schedule requested by the government.",
            "Under the trade court's order, which had been on hold during the appeal, the "
            "government has 30 days from Friday's ruling to begin repaying the money.",
            "A Homeland Security spokesperson said the department was \"reviewing the decision "
            "and will comply with the law.\" Shares of several listed shipping companies rose in "
            "afternoon trading.",
            "The ruling is the second this term in which the court has limited the use of "
            "emergency powers for economic measures.",
        ]),
        _art("The Harbor Gazette", "2026-06-27", [
            "Supreme Court scraps container fee; port businesses eye refunds - The Harbor Gazette",
            "By Marisol Vega, Staff Writer",
            "LONG BEACH — Truckers, customs brokers and importers around the twin ports of Los "
            "Angeles and Long Beach spent Friday reading the fine print of a Supreme Court "
            "ruling that could put millions of dollars back in local pockets.",
            "In a 5-4 decision, the justices held that the $75-per-container surcharge the "
            "Department of Homeland Security began collecting in March of last year was a tax "
            "that Congress never approved. The ruling came down just after 7 a.m. Pacific time.",
            "Nationwide, the fee has brought in about $4.2 billion. The ports of Los Angeles and "
            "Long Beach, which together handle roughly 40% of the containers entering the "
            "country, account for a large share of that.",
            "\"For a small importer bringing in 200 boxes a year, that's $15,000. That's a "
            "salary,\" said Dana Whitlock, who runs a customs brokerage in Wilmington.",
            "Writing for the majority, Chief Justice John Roberts said a charge levied on the "
            "public to raise money \"is a tax, whatever the label printed on the invoice.\"",
            "The case was brought by the Pacific Carriers Association, a trade group for ocean "
            "shipping lines. Its president, Luis Arbeláez, called the decision \"a victory for "
            "every business that moves goods through an American port.\"",
            "How quickly the money comes back is another matter. A federal trade court had "
            "ordered the government to start refunds within 30 days of a final ruling, but port "
            "businesses said they expected the process to take months. Brokers said they had "
            "been told that refunds would go to whoever paid the fee, usually the importer of "
            "record rather than the shipping line.",
            "Advertisement",
            "Port of Long Beach officials said they did not expect the ruling to affect cargo "
            "volumes, which rose 6% in May from a year earlier.",
            "Related coverage: Port truckers rally over new clean-air rules",
        ]),
        _art("Ledger & Law", "2026-06-30", [
            "Pacific Carriers: what the Court said about taxes, labels and emergencies | Ledger "
            "& Law",
            "By Howard Lin",
            "Friday's decision in Pacific Carriers Association v. Department of Homeland "
            "Security is short by the standards of a major separation-of-powers case, but it "
            "will be cited for years.",
            "The holding, in the Chief Justice's words, is simple: a charge imposed on the "
            "public in order to raise revenue \"is a tax, whatever the label printed on the "
            "invoice,\" and the International Emergency Economic Powers Act does not hand the "
            "President the taxing power. The vote was 6-3.",
            "Notice what the majority did not decide. It did not say the government may never "
            "recover the cost of port screening through fees. It said that a flat $75 per "
            "container, unrelated to the cost of any service actually provided, is not a fee at "
            "all. A better-tailored charge, approved by Congress, would stand on different "
            "ground.",
            "Justice Samuel Alito wrote the principal dissent. \"The Court today takes from the "
            "President a tool that Congress deliberately placed in his hands,\" he wrote, "
            "arguing that the statute's power to \"regulate\" imports has long included the "
            "power to attach a price to them.",
            "The practical stakes are large. The surcharge has raised about $4.2 billion since "
            "March 2025. On Monday, the Court of International Trade granted the government's "
            "request for more time and extended the deadline to begin refunds from 30 to 60 days "
            "after Friday's judgment, which pushes the start of repayments to late August.",
            "Expect follow-on litigation over interest on the refunds, and over who is entitled "
            "to them when a carrier paid the charge and passed it on to its customers.",
            "We will have a fuller analysis of the dissent's reading of the statute later this "
            "week.",
        ]),
        _art("Atlantic Business Review", "2026-06-27", [
            "Skip to content",
            "US Supreme Court strikes down Washington's container surcharge – Atlantic Business "
            "Review",
            "The US Supreme Court has struck down the $75 surcharge levied on every shipping "
            "container arriving at American ports, in a ruling that will force the Department of "
            "Homeland Security to hand back about $2.7bn to importers and carriers.",
            "The 6-3 judgment, published just after 3pm London time on Friday, found that the "
            "charge was a tax in all but name and that only Congress could impose it.",
            "European carriers were among the loudest critics of the surcharge when it was "
            "introduced in March 2025. Shares in several Copenhagen- and Hamburg-listed shipping "
            "groups rose by between 1 and 3 per cent in late trading on Friday.",
            "Chief Justice John Roberts, writing for the majority, said the emergency statute "
            "relied on by the administration \"says nothing about taxation\". In dissent, "
            "Justice Brett Kavanaugh accused the court of taking from the President \"a tool "
            "that Congress deliberately placed in his hands\".",
            "Analysts said the decision could encourage challenges to other charges introduced "
            "under emergency powers, though most tariffs rest on a different legal footing. "
            "\"The court has drawn a line between regulating trade and raising money from it,\" "
            "said Priya Natarajan, a trade lawyer in London.",
            "Under an order of the US Court of International Trade, repayments are due to begin "
            "within 30 days, although the government is expected to ask for an extension.",
            "The surcharge had added to costs already swollen by tariffs. British exporters "
            "shipping to the US, from whisky distillers to machinery makers, said American "
            "buyers had often passed the charge back to them in the form of lower prices.",
            "Share on X",
            "Share on Facebook",
        ]),
    ], [
        ("vote",
         r"(?<![\d.])6 ?(-|–|to) ?3(?![\d.])|six(-| )to(-| )three|six votes to three",
         r"(?<![\d.])5 ?(-|–|to) ?4(?![\d.])|five(-| )to(-| )four|five votes to four"),
        ("person", r"kavanaugh", r"alito"),
        ("amount",
         r"(?<![\d.])4\.2 ?(bn|billion|b\b)|4,2\d\d ?(m|million)",
         r"(?<![\d.])2\.7 ?(bn|billion|b\b)|2,7\d\d ?(m|million)"),
    ]),
    _story("cb-SK1", "central bank", [
        _art("Thames Financial Wire", None, [
            "LONDON (Thames Financial Wire) — The Bank of England cut interest rates by a "
            "quarter of a percentage point to 3.5% on Thursday, its second reduction in as many "
            "meetings, but signalled that the pace of easing was likely to slow with inflation "
            "still well above target.",
            "The Monetary Policy Committee voted 6-3 for the cut. Catherine Mann, Huw Pill and "
            "Megan Greene preferred to leave Bank Rate at 3.75%.",
            "\"We still think Bank Rate is on a gradual path downwards, but each further cut "
            "will be a closer call,\" Governor Andrew Bailey said in a statement released with "
            "the decision at 1200 GMT.",
            "Consumer price inflation was 3.4% in December, well above the Bank's 2% target. In "
            "its quarterly Monetary Policy Report, the Bank said it expected inflation to fall "
            "back to the target in the second quarter of 2027, helped by lower household energy "
            "bills from April.",
            "The Bank also trimmed its forecast for economic growth this year to 1.0% from 1.2%.",
            "Sterling fell 0.4% against the dollar to $1.3410 after the announcement, while the "
            "yield on two-year gilts, which is sensitive to rate expectations, dropped 6 basis "
            "points to 3.58%.",
            "Financial markets had priced in a roughly 70% chance of a cut before the decision. "
            "Traders now expect one further reduction this year.",
            "Bailey told a press conference that the Bank would pay close attention to pay "
            "settlements in the new year and to firms' pricing plans, which have eased in recent "
            "surveys.",
            "The Bank has now lowered rates seven times since it began easing in August 2024, "
            "when Bank Rate stood at 5.25%.",
            "The MPC's next decision is due on 19 March.",
        ]),
        _art("The Northern Chronicle", None, [
            "Bank of England cuts rates to 3.5pc but warns borrowers not to expect much more | "
            "The Northern Chronicle",
            "By Fiona Gallagher, Economics Editor",
            "Homeowners were handed a modest boost yesterday as the Bank of England lowered "
            "borrowing costs for the second time in two months, taking Bank Rate to 3.5pc from "
            "3.75pc.",
            "But Governor Andrew Bailey warned that further reductions would be \"a closer "
            "call\" each time, and three of the nine members of the Monetary Policy Committee "
            "voted to keep rates on hold.",
            "The decision will cut monthly repayments for around 570,000 homeowners on tracker "
            "mortgages by an average of £29, according to the lenders' trade body UK Finance. "
            "Those on standard variable rates could also see relief if lenders pass on the cut.",
            "Mortgage brokers said fixed-rate deals, which are priced off market expectations "
            "rather than Bank Rate itself, had already fallen in anticipation of the move.",
            "The cut comes with inflation at 3.2pc, its lowest in more than a year but still "
            "well above the Bank's 2pc goal.",
            "Mr Bailey said the Bank had seen \"encouraging signs\" that pay growth was cooling, "
            "with regular wages rising by 4.4pc a year in the three months to November, down "
            "from more than 5pc in the summer.",
            "Business groups welcomed the move. \"Every quarter point helps, but firms are still "
            "paying far more to borrow than they were three years ago,\" said Helen Marsh, of "
            "the Federation of Northern Manufacturers.",
            "Savers, though, will lose out. The comparison site RateScout said the average "
            "easy-access savings rate had already dropped to 2.6pc and was likely to fall "
            "further in the coming weeks.",
            "The Bank's next decision is on 19 March. Economists at several City banks expect it "
            "to hold then and to cut again in May.",
            "Advertisement",
        ]),
        _art("MacroPulse", None, [
            "BoE cuts 25bps to 3.50%, 6-3 vote; guidance turns more cautious - MacroPulse",
            "The BoE delivered the widely expected 25 bps cut on Thursday, taking Bank Rate to "
            "3.50%. The decision hit the wires at 7:00 a.m. New York time.",
            "Vote split: 6-3, with Mann, Pill and Greene dissenting in favor of a hold. That's "
            "one more hawkish dissent than we had penciled in; we had expected Greene to come "
            "around.",
            "The guidance is where the news was. Governor Bailey told reporters that \"each "
            "further cut becomes a closer call,\" language that reads to us as a signal that the "
            "MPC wants to slow down.",
            "Data check: headline CPI ran at 3.4% y/y in December, and services inflation at "
            "4.5%. Regular pay growth slowed to 4.4% in the three months to November. The Bank's "
            "new projections see headline CPI back at 2% in Q2 2027 and GDP growth of 1.0% this "
            "year.",
            "Market reaction: GBP/USD -0.4% to 1.3410; 2y gilt yields -6 bps to 3.58%. OIS "
            "pricing now implies roughly 25 bps of further easing by year-end, down from about "
            "40 bps before the meeting.",
            "This is the seventh cut since the easing cycle began in August 2024, for a "
            "cumulative 175 bps.",
            "Our call: we move our next cut to May from March. The next MPC announcement is "
            "March 26, and we expect a hold there.",
            "Bottom line: the easing cycle is not over, but the bar for each move is rising, and "
            "a run of sticky services prints could stop it altogether. Sterling's reaction was "
            "modest; front-end gilts did most of the work.",
            "Related coverage: ECB preview — another hold in March?",
        ]),
        _art("Albion Broadcasting", None, [
            "File photo: The Bank of England in the City of London",
            "The Bank of England has cut interest rates to 3.5%, the lowest level since early "
            "2023, as it judged that the risk of inflation staying high had eased.",
            "The decision, announced at midday, was backed by six of the Bank's nine "
            "rate-setters. Catherine Mann, Huw Pill and Clare Lombardelli voted to keep rates at "
            "3.75%.",
            "The governor, Andrew Bailey, said rates were still on a \"gradual path downwards\" "
            "but warned that each further cut would be \"a closer call\".",
            "What does it mean for you? For people with tracker mortgages, which follow Bank "
            "Rate, repayments will fall almost immediately. Most homeowners, however, are on "
            "fixed-rate deals and will only notice a difference when they come to remortgage.",
            "Inflation, as measured by the Consumer Prices Index, was 3.4% in December. Prices "
            "for food and services have been rising faster than those of goods, and the Bank "
            "expects the overall rate to dip in April, when household energy bills fall under "
            "the new price cap.",
            "Mr Bailey told reporters that the Bank wanted to see more evidence that price rises "
            "in the services sector were slowing before cutting again. Financial markets expect "
            "one more cut this year.",
            "The Chancellor said the cut was \"welcome news for families\". Opposition parties "
            "said the relief would be small and came too late for many households.",
            "Savers are likely to see the rates offered on their accounts edge down as banks "
            "pass on the cut.",
            "Share this page",
        ]),
    ], [
        ("name", r"greene", r"lombardelli"),
        ("percentage",
         r"(?<![\d.])3\.4(?![\d])|3\.4 ?(%|percent|per cent|pct|pc)",
         r"(?<![\d.])3\.2(?![\d])|3\.2 ?(%|percent|per cent|pct|pc)"),
        ("date", r"19 march|march 19|2026-03-19|19/03", r"26 march|march 26|2026-03-26|26/03"),
    ]),
    _story("rocket-SK1", "rocket", [
        _art("Gulf Coast Sentinel", None, [
            "Third time's the charm: Corvane's Tern rocket completes test flight | Gulf Coast "
            "Sentinel",
            "By Travis Beaumont",
            "PALACIOS — Corvane Aerospace's giant Tern rocket thundered off its Matagorda County "
            "pad at 7:42 a.m. Thursday and flew a nearly complete test mission, two days after "
            "high winds forced the company to call off a first attempt on Tuesday.",
            "Hundreds of people lined the seawall in Palacios before dawn to watch, and many had "
            "already made the trip once this week. \"I took Tuesday off work and got nothing but "
            "a sunburn,\" said Lorena Ybarra, a teacher from Bay City. \"Today made up for it.\"",
            "The flight was the third for the 397-foot rocket, which burns methane and liquid "
            "oxygen. Its booster, known as B-14, lit all 28 of its Halyard engines and climbed "
            "away over the bay before arcing east over the Gulf.",
            "About seven minutes after liftoff, the booster came back down and splashed into the "
            "Gulf some 20 miles offshore, as planned. The company does not intend to recover "
            "boosters until a later flight.",
            "The upper stage, meanwhile, reached space, released eight dummy satellites and "
            "relit one of its engines before plunging into the Indian Ocean at 8:47 a.m. Central "
            "time, about 65 minutes after launch.",
            "\"Today the vehicle did everything we asked of it,\" said Corvane founder and chief "
            "executive Mikhail Sorensen, who watched from the company's control center in nearby "
            "Blessing.",
            "It was a welcome result after the second flight in March, when the upper stage "
            "broke apart about six minutes into the flight. That failure grounded the rocket "
            "until the Federal Aviation Administration closed its investigation in May.",
            "Corvane employs about 1,100 people in Matagorda County. County Judge Ray Delgado "
            "said the launches had brought \"a steady stream of visitors and a real boost\" to "
            "local motels and restaurants.",
            "Advertisement",
        ]),
        _art("Orbital Notes", None, [
            "Tern Flight 3 recap: clean ascent, in-space relight, on-target splashdown - Orbital "
            "Notes",
            "Corvane's third Tern flight lifted off from the Matagorda site at 12:42 UTC on "
            "Thursday, following Tuesday's scrub for upper-level winds. Short version: nearly "
            "everything worked.",
            "Booster B-16 ran all 28 Halyard engines through ascent with no early shutdowns, a "
            "first for the program, and performed a boostback burn before a controlled "
            "splashdown in the Gulf roughly seven minutes after launch.",
            "Hot staging came at about T+2:40. The upper stage (S-9) then burned its six engines "
            "to a suborbital trajectory with an apogee of roughly 190 km (118 mi).",
            "Payload: eight mass simulators shaped like the company's planned broadband "
            "satellites, released through a slot door at around T+19 minutes. All eight "
            "separated cleanly, according to the webcast telemetry.",
            "The big milestone was the in-space relight: one engine fired for about four seconds "
            "at T+38 minutes. That is the box Corvane needed to tick before it can attempt an "
            "orbital flight.",
            "Reentry looked good, with some flap damage visible on the onboard cameras. "
            "Splashdown in the Indian Ocean came at 13:47 UTC, right on the predicted time.",
            "Context: Flight 2 in March ended with the loss of the upper stage around T+6 "
            "minutes, blamed on a propellant leak; the FAA closed that mishap investigation in "
            "May.",
            "Sorensen on the post-flight call: \"The vehicle did everything we asked of it "
            "today.\"",
            "What's next: Corvane says Flight 4 could fly within eight weeks, pending FAA "
            "approval, and may try to catch a booster.",
        ]),
        _art("Continental News Agency", None, [
            "HOUSTON (CNA) — Corvane Aerospace's Tern rocket completed its third test flight on "
            "Thursday, reaching space and splashing down on target in the Indian Ocean, a boost "
            "for the Texas company as it races rivals to build a fully reusable heavy launcher.",
            "The 121-metre rocket lifted off at 7:42 a.m. local time (1242 GMT) from the "
            "company's site on Matagorda Bay, after a scrub on Wednesday caused by strong "
            "upper-level winds.",
            "The booster, B-14, splashed down in the Gulf of Mexico about seven minutes later. "
            "The upper stage climbed to a peak altitude of about 190 kilometres, deployed eight "
            "dummy satellites and restarted an engine in space before re-entering the atmosphere.",
            "\"Today the vehicle did everything we asked of it,\" Chief Executive Mikhail "
            "Sorensen said.",
            "Privately held Corvane has raised about $4 billion from investors and holds a $1.2 "
            "billion NASA contract to develop a cargo lander based on the Tern upper stage.",
            "The second Tern flight, in March, ended when the upper stage broke up over the "
            "Gulf, scattering debris that forced airlines to reroute some flights. The FAA "
            "allowed flights to resume after closing its mishap investigation in May.",
            "Corvane plans to reach orbit later this year and to begin launching its own "
            "broadband satellites in 2027. Several other companies are developing "
            "methane-fuelled rockets, which are seen as easier to reuse than those burning "
            "kerosene.",
            "Sorensen told reporters after the flight that engineers would study data from the "
            "upper stage's heat shield before the company set a date for its next launch. "
            "Spectators had gathered along the shore of the bay in the early-morning haze to "
            "watch.",
        ]),
        _art("Science Today Radio", None, [
            "Courtesy Corvane Aerospace",
            "A rocket built to one day carry dozens of satellites at a time has completed its "
            "most successful test yet. Corvane Aerospace's Tern, launched from the Texas coast "
            "on Thursday morning, reached space, released eight test satellites and came down "
            "where engineers intended, in the Indian Ocean.",
            "It is the third time the full rocket has flown. The first flight, last October, "
            "ended in an explosion about three minutes after launch; on the second, in March, "
            "the upper stage broke apart.",
            "This time the booster, designated B-14, fell back into the Gulf of Mexico as "
            "planned, and the upper stage coasted through space at an altitude of up to 118 "
            "miles before splashing down at 13:57 UTC, a little over an hour after launch.",
            "One key test was whether an engine could be restarted in the vacuum of space, "
            "something a rocket must be able to do to steer itself back to Earth from orbit. It "
            "could, firing briefly about 38 minutes into the flight.",
            "\"Relighting an engine in space is the gate to everything else,\" said Dr Amara "
            "Osei, a propulsion engineer at the University of Leicester. \"Without it, you can't "
            "come home from orbit in a controlled way.\"",
            "The rocket burns liquid methane and liquid oxygen, a combination favoured for "
            "reusable engines because it leaves little soot.",
            "The launch had been planned for Tuesday but was postponed because of high winds at "
            "altitude.",
            "Environmental groups have criticised the launch site's effect on wildlife in "
            "Matagorda Bay, and a lawsuit over the FAA's approval of the launches is pending in "
            "federal court.",
        ]),
    ], [
        ("name",
         r"(?<![\w-])b-?14(?!\d)|booster 14(?!\d)",
         r"(?<![\w-])b-?16(?!\d)|booster 16(?!\d)"),
        ("weekday", r"tuesday|june 16|16 june|2026-06-16", r"wednesday|june 17|17 june|2026-06-17"),
        ("time",
         r"(?<![\d:])8:47|(?<![\d:])13:?47|(?<![\d:])1:47 ?p",
         r"(?<![\d:])13:?57|(?<![\d:])8:57|(?<![\d:])1:57 ?p"),
    ]),
    _story("quake-SK1", "earthquake", [
        _art("Meridian Newswire", "2025-08-17", [
            "MANILA, Aug 17 (Meridian Newswire) — A powerful earthquake struck off the southern "
            "Philippine island of Mindanao early on Sunday, collapsing homes and a church, "
            "cutting power across much of the province of Surigao del Sur and prompting a "
            "tsunami warning that was lifted about three hours later.",
            "The quake hit at 2:14 a.m. local time (1814 GMT Saturday). The Philippine Institute "
            "of Volcanology and Seismology (Phivolcs) measured it at magnitude 7.0, while the "
            "U.S. Geological Survey put it at 6.8, at a depth of 35 km.",
            "The National Disaster Risk Reduction and Management Council said in its 6 p.m. "
            "report that 27 people had been killed and 140 injured. Officials warned that the "
            "toll could rise as rescuers reached isolated coastal villages.",
            "The epicentre was at sea, about 26 km east of the town of Hinatuan. In Hinatuan, "
            "the bell tower of a Spanish-era church collapsed onto an empty plaza, and residents "
            "said dozens of houses built of light materials had been flattened.",
            "\"The shaking went on and on. We ran out with the children in the dark,\" said "
            "Jocelyn Arado, 52, a market vendor in Hinatuan, who spent the rest of the night on "
            "a basketball court with her neighbours.",
            "In Bislig City, patients were moved out of the main provincial hospital onto its "
            "lawn while engineers checked cracks in its walls.",
            "Phivolcs lifted its tsunami warning at 5:20 a.m. after waves of no more than 30 cm "
            "were recorded along the coast. The agency warned of strong aftershocks in the "
            "coming days.",
            "The Philippines lies on the Pacific \"Ring of Fire\" and records about 20 "
            "earthquakes a day, most of them too weak to be felt. A magnitude 7.6 quake struck "
            "off the same stretch of coast in December 2023.",
        ]),
        _art("Archipelago Daily", "2025-08-17", [
            "Quake toll rises in Surigao del Sur; tsunami alert lifted | Archipelago Daily",
            "By Paolo Reyes and Katrina Lim",
            "Rescuers dug through collapsed homes in Surigao del Sur on Sunday after a strong "
            "earthquake jolted eastern Mindanao before dawn, sending thousands of residents "
            "fleeing to higher ground.",
            "As of 6 p.m. on Sunday, the NDRRMC had recorded 24 deaths and 140 injuries, most of "
            "them in Hinatuan and Bislig City, Civil Defense spokesperson Dennis Alcaraz told "
            "reporters.",
            "Phivolcs placed the magnitude at 7.0 and the epicenter in the Philippine Sea some "
            "16 miles (26 kilometers) east of Hinatuan. The tremor struck at 2:14 a.m.",
            "Residents of coastal barangays were ordered to evacuate after Phivolcs raised a "
            "tsunami warning. The alert was lifted at 5:20 a.m., and no damaging waves were "
            "reported.",
            "\"Our first priority is the people trapped under rubble,\" Surigao del Sur Governor "
            "Ramon Libres said during a radio interview.",
            "Phivolcs director Mariel Santos urged residents not to return to damaged houses. "
            "\"Strong aftershocks are possible in the next few days and even weeks,\" she said.",
            "Power was cut across most of the province. The Surigao del Sur Electric Cooperative "
            "said about 70% of its consumers were without electricity on Sunday afternoon.",
            "Classes at all levels in the province's public schools were suspended for Monday, "
            "the Department of Education said.",
            "In Bislig City, the provincial hospital moved patients outdoors as a precaution, "
            "and several classrooms and a public market were left with deep cracks.",
            "Photo: Residents of Hinatuan gather outside the collapsed bell tower of the town's "
            "church. (Archipelago Daily/Paolo Reyes)",
            "Share on Facebook",
            "Share on X",
        ]),
        _art("Asia Pacific Broadcasting", "2025-08-18", [
            "The death toll from Sunday's earthquake in the southern Philippines has risen to "
            "38, with six people still missing, the country's national disaster agency said on "
            "Monday morning.",
            "More than 200 people were injured, 212 according to the latest count, and some "
            "9,300 people were sheltering in evacuation centres in Surigao del Sur, many too "
            "frightened to sleep indoors after hundreds of aftershocks.",
            "The Philippine seismology agency, Phivolcs, said it had recorded 480 aftershocks by "
            "8 a.m. on Monday, the strongest of magnitude 5.6.",
            "The quake, which Phivolcs measured at magnitude 7.0, struck at 2:14 a.m. local time "
            "on Sunday (6:14 p.m. GMT on Saturday) off the coast near Hinatuan. The US "
            "Geological Survey, which rated it 6.8, said it was centred 58 kilometres deep.",
            "Rescue teams were still trying to reach three remote villages where landslides had "
            "blocked roads, the Office of Civil Defense said. Military helicopters flew in food "
            "packs and drinking water on Monday.",
            "Electricity had been restored to most parts of the province by Monday evening, the "
            "local electric cooperative said.",
            "\"We have no house to go back to. The sea took what the shaking left,\" said "
            "Rogelio Bantilan, a fisherman from the coastal town of Lianga.",
            "President Ferdinand Marcos Jr. is expected to visit the area on Tuesday.",
            "Aid agencies said the most urgent needs were clean water, tarpaulins and hygiene "
            "kits. Phivolcs has warned that aftershocks could continue for weeks.",
            "Schools across the province remained closed on Monday while engineers inspected "
            "classrooms for damage.",
            "The same coastline was hit by a magnitude 7.6 earthquake in December 2023.",
        ]),
        _art("Mindanao Courier", "2025-08-19", [
            "President Marcos visits quake-hit Bislig as relief goods pour in | Mindanao Courier",
            "BISLIG CITY — President Ferdinand Marcos Jr. on Tuesday visited families displaced "
            "by Sunday's magnitude 7.0 earthquake, as the national disaster agency raised the "
            "death toll to 41.",
            "The NDRRMC said 260 people had been injured. The number of missing fell to two "
            "after four people were found alive on Monday night in a landslide-hit village.",
            "The quake struck at 2:14 a.m. on Sunday, with its epicenter in the sea off the "
            "coast of Lingig, according to Phivolcs.",
            "Phivolcs said more than 1,100 aftershocks had been recorded as of Tuesday noon. "
            "Director Mariel Santos said the aftershocks were \"expected and will slowly "
            "weaken,\" but urged residents to stay out of buildings with visible cracks.",
            "In Bislig, the provincial hospital resumed admitting patients on Tuesday after "
            "engineers cleared most of its wings. Its emergency room had operated from tents on "
            "the hospital lawn since Sunday.",
            "\"No family will be left behind,\" the President told evacuees at the city "
            "gymnasium, promising ₱5,000 in cash aid for each affected household.",
            "The provincial government declared a state of calamity on Monday, freeing emergency "
            "funds for food, water and temporary shelter.",
            "Trucks carrying relief goods from Davao City and Cagayan de Oro arrived on Monday "
            "and Tuesday, and electricity had been restored to most of the city. Local officials "
            "said the biggest need now was materials to rebuild light houses along the coast.",
            "Read more: How to help: groups accepting donations for quake victims",
            "Related coverage",
        ]),
    ], [
        ("toll", r"(?<![\d.,])27(?![\d.,])|twenty-seven", r"(?<![\d.,])24(?![\d.,])|twenty-four"),
        ("place", r"hinatuan", r"lingig"),
        ("depth",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?(mi|miles)",
         r"(?<![\d.])58 ?(km|kilomet)|(?<![\d.])36 ?(mi|miles)"),
    ]),
    _story("election-SK1", "election", [
        _art("Port Alder Ledger", "2025-11-05", [
            "Villanueva leads Holloway in first returns for Port Alder mayor | Port Alder Ledger",
            "By Owen Prescott, Ledger staff",
            "City council member Teresa Villanueva took a clear lead over former port "
            "commissioner Grant Holloway in the race for Port Alder mayor on Tuesday night, as "
            "the first batch of ballots was counted.",
            "In the initial results released by the Kessel County Elections Division at 8:15 "
            "p.m., Villanueva had 22,275 votes, or 53.2%, to Holloway's 19,595, or 46.8%. That "
            "put her 2,680 votes ahead.",
            "Turnout across Kessel County was running ahead of the last mayoral election, county "
            "officials said, helped by a record number of ballots returned through drop boxes.",
            "A total of 41,870 ballots had been counted, roughly 35% of the city's 119,000 or so "
            "registered voters. Because Washington votes entirely by mail and ballots postmarked "
            "by Election Day still count, thousands more will be tallied over the coming days, "
            "and the gap could narrow. Late ballots in Kessel County have tended to favor more "
            "conservative candidates in recent years.",
            "\"We're feeling good, but we want every ballot counted before anyone declares "
            "anything,\" Villanueva told supporters at a union hall on Fourth Street.",
            "At Holloway's election-night party at the Harborview Grill, the mood was subdued. "
            "\"There's a lot of ballots still out there,\" Holloway said. \"We'll see where "
            "things stand later this week.\"",
            "The winner will replace Mayor Dale Brinker, who did not seek a fourth term, and "
            "will take office Jan. 1.",
            "Voters also appeared to approve Proposition 1, a parks and trails levy, which was "
            "passing with 61% of the vote.",
            "The county expects to post updated results each weekday afternoon until counting is "
            "complete. Results are due to be certified on Nov. 25.",
            "Advertisement",
        ]),
        _art("Cascadia Public Radio", "2025-11-05", [
            "Teresa Villanueva is ahead in the race to become Port Alder's next mayor after the "
            "first ballot count on election night.",
            "Villanueva, a two-term city council member, had about 53% of the vote in the "
            "results posted shortly after 8 o'clock Tuesday night. Her opponent, Grant Holloway, "
            "a businessman and former port commissioner, had just under 47%.",
            "Nearly 42,000 ballots were included in that first count. Her lead stood at roughly "
            "six points, or a little under 2,700 votes.",
            "Holloway, who ran on a promise to hire 40 more police officers, told supporters he "
            "was not conceding. Villanueva focused her campaign on housing, pledging to permit "
            "5,000 new homes in four years.",
            "The race is officially nonpartisan, though Holloway was endorsed by the county "
            "Republican Party and Villanueva by most of the city's labor unions and by the "
            "outgoing council president.",
            "If she wins, Villanueva will be the first Latina to lead the city of about 190,000 "
            "people.",
            "\"I just want someone who'll fix the potholes on my street,\" said Ana Torres, a "
            "retiree dropping off her ballot at a drop box outside the central library.",
            "Kessel County's auditor, whose office runs elections, said the county had received "
            "more ballots than expected and that counting would continue through the week. "
            "Certification is scheduled for Nov. 25.",
            "Mayor Dale Brinker, who is stepping down after three terms, did not endorse either "
            "candidate. The city's mayor oversees a budget of about $1.1 billion and a workforce "
            "of nearly 3,000.",
            "Also on Port Alder's ballot, a parks levy was passing comfortably.",
        ]),
        _art("Northwest Wire", "2025-11-07", [
            "PORT ALDER, Wash. (Northwest Wire) — Grant Holloway conceded the Port Alder mayoral "
            "race on Friday morning, after an updated count showed city council member Teresa "
            "Villanueva holding a lead of more than 4 percentage points.",
            "In results released Thursday afternoon, Villanueva had 52.1% of the vote to "
            "Holloway's 47.9%, a margin of 2,440 votes out of 58,300 ballots counted. Her lead "
            "had been 6.4 points on election night, when the first 41,870 ballots were tallied; "
            "later ballots narrowed it, but not by enough.",
            "\"The voters have spoken, and I called Council Member Villanueva this morning to "
            "congratulate her,\" Holloway said in a statement. \"I hope she succeeds, because if "
            "she does, Port Alder does.\"",
            "Holloway, a former port commissioner who campaigned mainly on public safety, said "
            "he planned to stay involved in civic life and would offer the new administration "
            "his help on port issues.",
            "County election officials estimated that about 6,000 ballots were still to be "
            "counted as of Thursday.",
            "Villanueva, 49, a former public-school teacher, will be the first Latina mayor of "
            "Port Alder, a port city of about 190,000 people.",
            "She told the Northwest Wire that housing would be her first priority. \"We have "
            "people working full time and sleeping in their cars. That has to end,\" she said.",
            "The first results on election night were released at 8:15 p.m. Pacific time, or "
            "0415 GMT on Wednesday.",
            "Results will be certified by the county canvassing board on Nov. 25. Villanueva "
            "takes office on Jan. 1, succeeding three-term Mayor Dale Brinker.",
        ]),
        _art("The Sound Civic", "2025-11-08", [
            "Port Alder mayor: the numbers behind Villanueva's win - The Sound Civic",
            "By Kim Nakashima",
            "With Grant Holloway's concession on Friday, Teresa Villanueva is Port Alder's "
            "mayor-elect. Here is how the count unfolded, and what the late ballots tell us.",
            "Friday afternoon's update from the county elections office put Villanueva at 31,824 "
            "votes (52.0%) and Holloway at 29,376 (48.0%), with 61,200 ballots counted, up from "
            "58,300 on Thursday. The margin in raw votes has barely moved since Thursday, at "
            "about 2,450, even as her percentage lead has shrunk from 6.4 points on election "
            "night to 4.",
            "Turnout has now passed 51% of the roughly 119,000 registered voters, and about "
            "3,100 ballots remain, most of them ones that need signature checks.",
            "Late ballots broke for Holloway, as expected, but not by enough. Of the ballots "
            "counted after election night, Holloway won about 50.6%.",
            "Geography: Villanueva ran up big margins downtown and on the Eastside, while "
            "Holloway carried most precincts north of the ship canal.",
            "Money: Villanueva's campaign raised about $410,000 and Holloway's about $380,000, "
            "according to state campaign finance filings, making this the most expensive mayoral "
            "race in the city's history.",
            "What comes next: Villanueva's council seat will be filled by appointment early next "
            "year, and the council will have to choose between a caretaker and someone who plans "
            "to run for the seat in 2027. Her transition team, announced on Friday, is led by "
            "two former deputy mayors.",
            "For context, Dale Brinker won his third term in 2021 with 58% of the vote.",
            "Proposition 1, the parks levy, is now passing with 60.4%.",
            "Certification is Nov. 25.",
            "Share on Facebook",
        ]),
    ], [
    ]),
]
