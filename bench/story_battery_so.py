"""Part SO of the story battery.

Written by engineer SO1 on 2026-12-06 (thirteenth session, third batch) without reading
Storyline's rules or other parts, before any run. Six whole stories (three US-China trade,
three central-bank; cb-SO3 is a control story with no planted disagreement). Scored with
`bench/bench_story_battery.py SO`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SO", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SO1", "trade", [
        _art("Pacific Wire", "2026-03-19", [
            "HELSINKI (Pacific Wire) — The United States and China agreed on Thursday to extend "
            "their tariff truce by another 90 days, pushing back a deadline that had been due to "
            "expire on April 10 and keeping in place the tariff levels the two sides settled on "
            "last year, officials from both delegations said after two days of talks in the "
            "Finnish capital.",
            "Treasury Secretary Scott Bessent, who led the U.S. side alongside Trade "
            "Representative Jamieson Greer, told reporters at about 6 p.m. local time that the "
            "talks had been \"very constructive, very candid\" and that Washington now had \"a "
            "framework to carry us into the summer.\"",
            "The extension runs to July 9. Under the arrangement the U.S. tariff on most Chinese "
            "goods stays at 30%, while China keeps its 10% retaliatory levy on American products.",
            "China's delegation was headed by Vice Premier He Lifeng, the country's top economic "
            "official, with trade negotiator Li Chenggang at his side. Thursday's session, held "
            "at a government-owned manor on the outskirts of the city, lasted about six hours, "
            "according to a person briefed on the schedule.",
            "As part of the package, Beijing committed to buying 25 million metric tons of U.S. "
            "soybeans in each of 2026 and 2027, Bessent said. Chinese officials did not "
            "immediately confirm the number, and the Chinese commerce ministry's readout referred "
            "only to \"expanded cooperation in agricultural trade.\"",
            "Li told Chinese state television the two sides had \"reached a basic consensus on "
            "extending the arrangement and on addressing each other's concerns,\" without "
            "elaborating.",
            "Soybean futures in Chicago rose about 2% on the news, and the S&P 500 closed up "
            "0.8%.",
            "The Helsinki meeting was the first formal round since the two sides met in Kuala "
            "Lumpur in October, and the sixth since the tariff fight escalated in the spring of "
            "2025, when U.S. duties on Chinese goods briefly reached 145%.",
            "Neither side announced progress on the two issues that have dogged every round: "
            "American limits on sales of advanced chips to Chinese firms, and Beijing's licensing "
            "system for rare-earth magnets, which U.S. carmakers blame for repeated supply "
            "scares.",
            "A further round is expected before the new deadline, officials said, but no date or "
            "venue was set.",
            "(Reporting by Pacific Wire staff; editing by Tom Hale)",
        ]),
        _art("The Daily Courier", "2026-03-20", [
            "U.S., China extend tariff truce to July after Helsinki talks | The Daily Courier",
            "By Martha Lindqvist, Staff Writer",
            "Washington and Beijing have agreed to keep their trade ceasefire alive for about "
            "three more months, buying time for negotiators who remain far apart on export "
            "controls, chip sales and fentanyl enforcement.",
            "The agreement, reached Thursday at the end of two days of meetings in Helsinki, "
            "moves the expiry of the truce from April 10 to July 9. It leaves current tariff "
            "rates unchanged: a 30 percent U.S. duty on most imports from China and a 10 percent "
            "Chinese levy on American goods.",
            "Treasury Secretary Scott Bessent described the talks as \"very candid and very "
            "constructive\" and said the administration had \"a framework that carries us into "
            "the summer.\" He appeared alongside U.S. Trade Representative Jamieson Greer, who "
            "said the extension would allow work to continue on what he called \"the harder "
            "questions.\"",
            "Advertisement",
            "Across the table was China's commerce minister, He Lifeng, who has led Beijing's "
            "team in every round since the first meeting in Geneva last May.",
            "Chinese officials promised purchases of 25 million tons of American soybeans a year "
            "in 2026 and 2027, according to the Treasury. Farm groups welcomed the commitment but "
            "said they would wait to see the cargoes. \"We have heard big numbers before,\" said "
            "Carl Ostrowski, who farms 2,400 acres near Mankato, Minn. \"What matters is ships "
            "leaving the Gulf.\"",
            "The talks did not resolve disputes over American restrictions on advanced "
            "semiconductor exports, which Beijing has repeatedly asked Washington to ease, or "
            "over Chinese controls on rare-earth magnets, which automakers in Michigan and Ohio "
            "say have made supply unpredictable.",
            "The United States ran a goods trade deficit of roughly $202 billion with China in "
            "2025, according to Commerce Department figures, the smallest in more than two "
            "decades, as importers shifted orders to Vietnam, Mexico and India.",
            "Mr. Bessent said he expected to see Mr. He again \"well before July.\" Asked whether "
            "President Trump would still travel to Beijing in April, he said the visit was \"on "
            "track.\"",
            "Economists said the extension removed a near-term risk but little else. \"Nobody "
            "wanted a cliff on April 10,\" said Dana Whitfield, a trade economist at the "
            "Brookline Institute. \"But a truce that keeps being extended is not the same as a "
            "deal.\"",
            "Related coverage: Soybean growers brace for another uncertain season",
        ]),
        _art("Bayside Business Blog", "2026-03-19", [
            "Helsinki truce extension: what it means for ags, chips and your portfolio - Bayside "
            "Business Blog",
            "Posted by Dev Anand",
            "Skip to content",
            "Markets got the headline they wanted on Thursday: the US-China tariff truce lives "
            "for another 90 days. Here is our quick read.",
            "The deal. After nine hours of talks on Thursday (following a shorter opening session "
            "on Wednesday), Treasury Sec. Scott Bessent and Vice Premier He Lifeng agreed to push "
            "the truce expiry from April 10 out to July 9. Tariffs stay where they are: 30% on "
            "the US side, 10% on the Chinese side.",
            "Soybeans. The big number for farm country is the purchase pledge: 25 million metric "
            "tons per year for 2026 and 2027, or roughly 920 million bushels annually. Chicago "
            "soybean futures jumped about 2% on the day. Worth remembering that China bought next "
            "to nothing from US farmers for much of last year before the autumn deal.",
            "Chips and rare earths. Nothing new. Washington did not loosen its restrictions on "
            "advanced AI chips and Beijing did not scrap its licensing regime for rare-earth "
            "magnets. USTR Jamieson Greer's line that the extension buys time for \"the harder "
            "questions\" tells you where things stand.",
            "Stocks. The S&P 500 finished 0.8% higher. Deere and ADM led the ag names; chip "
            "stocks were flat, which makes sense given the point above.",
            "What we are watching. First, whether Chinese customs data in April and May actually "
            "show soybean cargoes arriving at anything like the pledged pace. Second, a date for "
            "the next round: officials said one would come before July 9, but nothing has been "
            "pinned down. Third, the presidential visit to Beijing that Bessent says is still on.",
            "Bottom line. Another can kicked down the road, but a can that stays intact is fine "
            "for risk assets. We would not read much more into it than that.",
            "Share on Facebook",
            "Share on X",
            "Not investment advice. The author holds no positions in the securities mentioned.",
        ]),
        _art("Northern Broadcasting", "2026-03-20", [
            "US and China extend trade truce as talks in Finland end",
            "The United States and China have agreed to extend a pause in their tariff war for a "
            "further 90 days, after two days of negotiations in Helsinki.",
            "The truce, which had been due to lapse on 10 April, will now run until 9 July. "
            "Tariffs imposed by each side will stay at their current levels.",
            "The US delegation was led by Treasury Secretary Scott Bessent. China was represented "
            "by Vice-Premier He Lifeng, who oversees economic policy in Beijing.",
            "Speaking at a news conference at 18:00 local time, midday in Washington, Mr Bessent "
            "said the two sides had held \"very candid, very constructive\" talks.",
            "The final day's negotiations ran to six hours, a Finnish official said, and were "
            "described by one participant as businesslike.",
            "China has agreed to buy 20 million tonnes of US soybeans a year in 2026 and 2027, "
            "according to the American side. Soybeans are the biggest US farm export to China, "
            "and American growers lost much of that market when Beijing switched its purchases to "
            "Brazil during the dispute.",
            "Chinese state media said the talks had been \"frank, in-depth and constructive\" and "
            "that both sides would maintain close communication.",
            "Analysts said the extension had been widely expected but warned that the underlying "
            "disputes over technology remained unresolved. \"This is a holding pattern rather "
            "than a breakthrough,\" said Ruth Okafor, chief economist at Lanthorn Capital in "
            "London. \"The real test is whether they can agree anything on chips before the "
            "summer.\"",
            "The tariff dispute escalated in April 2025, when President Donald Trump imposed "
            "sweeping duties on Chinese goods that at one point reached 145%. Beijing retaliated "
            "with tariffs of up to 125%. The two sides agreed a first truce in Geneva in May 2025 "
            "and have met at intervals since.",
            "Finland, chosen as a neutral venue, said it had been pleased to host the talks. The "
            "Finnish foreign minister, Elina Valtonen, said small countries had \"a strong "
            "interest in an open trading system that works.\"",
            "The next round of talks has not yet been scheduled.",
        ]),
    ], [
        ("duration",
         r"(?<![\d.])6(\.0)? ?-?(hours?|hrs?|h\b)|\bsix[- ]hours?|360 ?min",
         r"(?<![\d.])9(\.0)? ?-?(hours?|hrs?|h\b)|\bnine[- ]hours?|540 ?min"),
        ("title",
         r"vice[- ]premier",
         r"(?<!vice )(commerce minister|minister of commerce)"),
        ("quantity",
         r"(?<![\d.])25 ?(million|mln|mn|m\b)|920 million|918",
         r"(?<![\d.])20 ?(million|mln|mn|m\b)"),
    ]),
    _story("trade-SO2", "trade", [
        _art("Asia Markets Desk", None, [
            "China widens rare-earth export controls, rattling magnet buyers | Asia Markets Desk",
            "By Priya Raman",
            "China on Thursday added five more rare-earth elements to its export control list, "
            "tightening its grip on materials that go into everything from electric-vehicle "
            "motors to wind turbines and missile guidance systems.",
            "The Ministry of Commerce said exports of lanthanum, cerium, neodymium, praseodymium "
            "and europium, along with several of their compounds and alloys, will require a "
            "licence from January 1. The notice also covers technology used to separate the "
            "elements and to make sintered permanent magnets.",
            "Ministry spokesperson He Yongqian told a regular briefing in Beijing that \"the "
            "measures are not aimed at any particular country or region, and compliant trade will "
            "continue to be approved.\" She said applications would be reviewed within 45 working "
            "days.",
            "The announcement is the biggest expansion of the regime since April 2025, when "
            "Beijing put seven medium and heavy rare earths, including dysprosium and terbium, "
            "under licensing. Neodymium and praseodymium are the workhorses of the magnet "
            "industry, so the new list reaches much deeper into ordinary manufacturing than the "
            "earlier one.",
            "China accounts for roughly 70% of the world's rare-earth mining and close to 90% of "
            "refining, according to industry estimates, and an even larger share of finished "
            "magnets.",
            "Shares of Australia's Lynas Rare Earths climbed 6% in Sydney on Friday, while MP "
            "Materials jumped 9% in New York trading on Thursday. Japanese magnet makers were "
            "mixed.",
            "In Washington, U.S. Trade Representative Jamieson Greer said the step \"runs against "
            "the spirit\" of the understanding reached in Kuala Lumpur last year and that the "
            "administration was \"assessing its options.\" He did not say whether the United "
            "States would respond with tariffs.",
            "Analysts said the timing, weeks before a scheduled round of trade talks, looked "
            "designed to build leverage. \"Beijing is reminding everyone where the choke point "
            "is,\" said Kenji Mori, a commodities strategist at Harbourline Securities in Tokyo. "
            "\"But it has also left itself room: a licence regime can be run generously or "
            "harshly.\"",
            "The ministry said exporters would need to supply end-user certificates, and that "
            "military end uses would not be approved.",
        ]),
        _art("The Midwest Ledger", None, [
            "Fort Wayne motor maker warns of shortages after China's rare-earth move",
            "Skip to content",
            "FORT WAYNE, Ind. — A decision in Beijing to restrict exports of six rare-earth "
            "elements could leave an Indiana manufacturer short of the magnets it needs within "
            "months, the company's chief executive said Friday.",
            "Brennan Motor Works, which employs about 340 people at its plant on the city's south "
            "side and makes compact motors for pumps, garage doors and medical beds, imports "
            "nearly all of its neodymium magnets from suppliers in China's Zhejiang province.",
            "\"We have roughly three months of inventory on the shelf,\" said chief executive "
            "Laura Brennan, whose grandfather founded the company in 1962. \"After that we're in "
            "the hands of a licensing office on the other side of the world.\"",
            "China's Ministry of Commerce announced the new controls overnight, saying exports of "
            "the elements and of magnet-making technology would require government licences "
            "starting Jan. 1. A ministry spokeswoman said in Beijing that the measures were not "
            "directed at any country and that legitimate trade would still be allowed.",
            "Advertisement",
            "The move comes about a year and a half after China's first broad rare-earth "
            "restrictions left several U.S. automakers briefly idling assembly lines for lack of "
            "magnets. Brennan said her company got through that episode by paying a premium to a "
            "Japanese distributor, an option she does not expect to have this time.",
            "U.S. Trade Representative Jamieson Greer said Thursday that Beijing's step ran "
            "\"against the spirit\" of last year's trade understanding. Indiana's two senators "
            "issued a joint statement urging the administration to speed up funding for domestic "
            "magnet plants.",
            "Magnet production in the United States remains small. MP Materials, the largest "
            "domestic producer, has said it expects its Texas factory to reach full output next "
            "year, and a handful of smaller projects are under construction.",
            "Brennan said she had asked her suppliers to apply for licences immediately. \"If "
            "they approve them, fine,\" she said. \"If they sit on them, we'll find out what 45 "
            "working days really means.\"",
            "Local economic development officials said they were in touch with the company and "
            "with two other Allen County manufacturers that rely on Chinese magnets.",
            "Read more: Allen County factory orders slip for third month",
        ]),
        _art("Global Trade Review", None, [
            "Beijing expands rare-earth licensing to light elements and magnet technology",
            "China's Ministry of Commerce (MOFCOM) has published a notice adding five rare-earth "
            "elements and related items to the country's dual-use export control list, in the "
            "most significant widening of the regime since it was introduced.",
            "The notice was posted on the ministry's website at 3 p.m. Beijing time on Thursday, "
            "2 a.m. in Washington. The new items are lanthanum, cerium, neodymium, praseodymium "
            "and europium, together with specified oxides, alloys and compounds. Equipment and "
            "technical know-how for rare-earth separation and for sintered neodymium-iron-boron "
            "magnet production are also covered.",
            "Licensing requirements take effect on 1 January. Exporters must apply with end-user "
            "and end-use statements; the ministry has 45 working days to decide, and applications "
            "involving military end users will be refused.",
            "The notice also extends licensing to foreign-made products that contain controlled "
            "Chinese-origin rare earths worth 0.1% or more of the product's value, a provision "
            "that mirrors the foreign direct product rules long used by Washington.",
            "Commerce Minister Wang Wentao said the measures were \"not aimed at any particular "
            "country or region\" and that \"compliant trade will continue to be approved.\"",
            "For buyers, the inclusion of neodymium and praseodymium is the key change. The April "
            "2025 controls targeted heavy rare earths used in small quantities to improve magnet "
            "performance at high temperatures; the new list covers the bulk ingredients of the "
            "magnets themselves.",
            "U.S. Trade Representative Jamieson Greer said the move \"runs against the spirit\" "
            "of the Kuala Lumpur understanding and that Washington was \"assessing its options.\" "
            "The European Commission said it was seeking clarification and would raise the issue "
            "at its next trade dialogue with Beijing.",
            "Industry estimates put China's share of global rare-earth refining at close to 90%. "
            "Lawyers advising exporters said the practical impact would depend on how quickly "
            "licences are granted. \"The regime announced in April 2025 started slowly and then "
            "loosened,\" said Marguerite Olsen, a partner at trade law firm Olsen Vick in "
            "Brussels. \"Companies should file early and file completely.\"",
            "Related coverage",
            "EU and China to hold trade dialogue in December",
        ]),
    ], [
        ("count",
         r"\bfive\b|(?<![\d.$])5(?![\d.%])",
         r"\bsix\b|(?<![\d.$])6(?![\d.%])"),
        ("speaker",
         r"he yongqian|spokes",
         r"wang wentao|commerce minister|minister of commerce"),
    ]),
    _story("trade-SO3", "trade", [
        _art("Washington Standard", None, [
            "Trump and Xi agree tariff cut, Boeing order at Beijing summit - Washington Standard",
            "By Alan Mercer and Sue Kwan",
            "BEIJING — President Trump and Chinese leader Xi Jinping agreed on Wednesday to lower "
            "another layer of tariffs and to a large Chinese order for Boeing jets, in a summit "
            "both sides described as a step toward stabilizing a relationship that has lurched "
            "from crisis to truce for more than a year.",
            "The two leaders met at the Great Hall of the People for about two and a half hours. "
            "The session began at 10 a.m. Beijing time, which was 10 p.m. Tuesday in Washington, "
            "and was followed by a banquet.",
            "Under the arrangements announced afterward, the United States will cut the tariff it "
            "imposed on Chinese goods over fentanyl trafficking from 10% to 5%, effective May 15. "
            "In return, China will tighten controls on exports of chemicals used to make the "
            "drug, a White House fact sheet said.",
            "China will also buy 200 Boeing aircraft, a deal the White House called \"the largest "
            "aircraft commitment in history.\" Chinese state media confirmed an aircraft purchase "
            "without giving a number.",
            "Beijing agreed to extend for another year its suspension of the rare-earth export "
            "controls it announced in October 2025, while Washington will keep on hold for a "
            "further year the port fees it had planned to charge Chinese-built ships.",
            "\"It was a tremendous meeting, one of the best we've had,\" Mr. Trump told reporters "
            "as he left the hall. He said Mr. Xi had accepted an invitation to visit the United "
            "States later this year.",
            "Mr. Xi, in remarks carried by the Xinhua news agency, said China and the United "
            "States \"should be partners and friends\" and that the two countries had \"far more "
            "common interests than differences.\"",
            "Advertisement",
            "The summit was Mr. Trump's first visit to China since 2017. It came six weeks after "
            "negotiators meeting in Helsinki extended a tariff truce to July, and it left the "
            "biggest disputes, over semiconductors and technology controls, largely untouched.",
            "\"Symbolically this is a warm meeting; substantively it's modest,\" said Grace Ueno, "
            "a former trade official now at the Atlantic Policy Forum. \"The fentanyl cut is real "
            "money for importers, though.\"",
            "Importers of Chinese goods pay the fentanyl tariff on top of other duties. Business "
            "groups welcomed the cut but said they wanted a timetable for removing the remaining "
            "duties.",
        ]),
        _art("Eastern Economic Herald", None, [
            "Xi and Trump hail 'partners' summit as US halves fentanyl levy",
            "BEIJING — Chinese President Xi Jinping and US President Donald Trump agreed a "
            "package of trade measures at talks in Beijing on 29 April, with Washington halving a "
            "tariff linked to fentanyl and Beijing committing to buy American aircraft.",
            "The two leaders spent roughly 150 minutes in talks at the Great Hall of the People, "
            "according to Chinese officials, before a state banquet in the evening.",
            "Mr Xi told his guest that China and the US \"should be partners and friends, not "
            "rivals\", Xinhua reported. Mr Trump called the meeting \"tremendous\".",
            "The US will reduce the fentanyl-related levy on Chinese imports by five percentage "
            "points to 5 per cent from 15 May. China's Ministry of Commerce said it would "
            "\"further strengthen\" controls on precursor chemicals.",
            "The Chinese side agreed to purchase 200 aircraft from Boeing, according to the US, "
            "in what would be the largest single order placed by China with the American "
            "planemaker. Chinese airlines have not taken delivery of many new Boeing jets in "
            "recent years, relying instead on Airbus and the domestically built C919.",
            "Beijing will also continue for a further 12 months to suspend the rare-earth export "
            "restrictions announced in October 2025, while the US keeps its port fees on Chinese "
            "ships suspended for the same period.",
            "Analysts in Hong Kong said the outcome was broadly in line with expectations. \"It "
            "confirms the truce is holding and that both leaders want it to hold,\" said Vivian "
            "Lau, head of Greater China research at Kowloon Pacific Bank. \"The hard issues, "
            "chips above all, are being parked rather than solved.\"",
            "The Hang Seng index closed 1.2% higher after the announcements. The yuan "
            "strengthened slightly against the dollar.",
            "Mr Xi is expected to make a return visit to the United States later in the year, "
            "though no date has been set.",
            "Share this article",
        ]),
        _art("AeroTrade Insider", None, [
            "China's 200-jet Boeing commitment: what we know, and what we don't",
            "Posted in Orders & Deliveries",
            "The headline out of Thursday's summit in Beijing is a big one for Boeing: China has "
            "committed to buy 200 aircraft, according to the White House.",
            "What we know. The White House fact sheet describes the deal as \"the largest "
            "aircraft commitment in history.\" People familiar with the discussions say the mix "
            "would be weighted toward narrowbodies, with something like 140 737 MAX jets and 60 "
            "widebody 787s, though no split has been published and Boeing itself has said only "
            "that it is \"honored\" by the commitment.",
            "What we don't know. Who the customers are. In China, aircraft are typically bought "
            "through the state purchasing agency, China Aviation Supplies Holding, and then "
            "allocated to the airlines. No delivery schedule has been disclosed, and no firm "
            "orders have yet been booked, so this will not appear in Boeing's order tables until "
            "contracts are signed.",
            "The value. At list prices, a 200-aircraft order of that shape would be worth well "
            "over $30 billion, although nobody pays list.",
            "Context. Chinese carriers have taken relatively few Boeing jets since the 737 MAX "
            "grounding in 2019, and deliveries were halted altogether for several weeks during "
            "the tariff fight in 2025. Airbus, which assembles A320-family jets in Tianjin, has "
            "filled much of the gap, and COMAC's C919 is slowly ramping up.",
            "Market reaction. Boeing shares rose 3.5% in New York trading. Airbus was down about "
            "1% in Paris.",
            "The trade side. The summit also produced a cut in the US fentanyl tariff on Chinese "
            "goods to 5% from 10%, which matters for aerospace supply chains that still source "
            "castings, fasteners and cabin parts from China.",
            "Our take. Big numbers at summits have a habit of shrinking. Watch for firm contracts "
            "in the next two quarters. Until then, treat this as a very large letter of intent.",
        ]),
        _art("Prairie Public Radio", None, [
            "Wichita aircraft workers cheer China's Boeing pledge, with caution",
            "Listen to this story",
            "A pledge by China to buy 150 Boeing airplanes, announced after President Trump met "
            "Chinese leader Xi Jinping in Beijing, drew a cautious welcome in Wichita, where "
            "thousands of workers build fuselages for the 737.",
            "\"Anything that keeps the line moving is good news for us,\" said Ray Delgado, a "
            "machinist who has worked at the fuselage plant for 22 years. \"But we've heard about "
            "big China orders before. I'll believe it when the paperwork is signed.\"",
            "The fuselage plant, which Boeing took back under its own ownership last year, "
            "employs more than 10,000 people in the Wichita area. Kansas officials estimate that "
            "every 737 built depends on work done in the state.",
            "The White House said the commitment was the largest aircraft purchase in history. "
            "Boeing said it was honored but has not released details, and no delivery schedule "
            "has been made public.",
            "The summit also brought a cut in a tariff the U.S. places on Chinese goods over "
            "fentanyl, from 10 percent to 5 percent. Kansas farm groups had hoped for new "
            "commitments on sorghum and wheat purchases, which were not part of the "
            "announcements.",
            "Economist Jennifer Halloran of Wichita State University said the state's aviation "
            "sector had been hit by production caps and supply problems in recent years. \"An "
            "order like this, if it turns into real deliveries, would support employment here for "
            "the rest of the decade,\" she said.",
            "Xi is expected to visit the United States later this year.",
            "Kansas' congressional delegation issued statements praising the deal. U.S. Sen. "
            "Jerry Moran called it \"a welcome sign for Kansas workers.\"",
            "Copyright Prairie Public Radio. Photo: Fuselage sections wait for shipment at the "
            "Wichita plant. File photo",
        ]),
    ], [
        ("count",
         r"(?<![\d.])200(?![\d.])|two hundred",
         r"(?<![\d.])150(?![\d.])(?! ?min)|one hundred (and )?fifty"),
        ("weekday",
         r"wednesday|april 29|29 april|04-29",
         r"thursday|april 30|30 april|04-30"),
    ]),
    _story("cb-SO1", "central bank", [
        _art("Meridian Newswire", "2026-03-18", [
            "WASHINGTON (Meridian) — The Federal Reserve cut interest rates by a quarter of a "
            "percentage point on Wednesday, its first reduction since December, as policymakers "
            "weighed a cooling labor market against inflation that remains stubbornly above their "
            "2% goal.",
            "The Federal Open Market Committee lowered the target range for the federal funds "
            "rate to 3.25%-3.50% from 3.50%-3.75%, in a statement released at 2 p.m. EDT at the "
            "end of a two-day meeting. The Fed had left rates unchanged in January.",
            "The decision drew two dissents. Governor Stephen Miran, who has argued for faster "
            "easing at nearly every meeting since joining the board, preferred a half-point cut. "
            "Cleveland Fed President Beth Hammack voted to keep rates on hold, citing the risk "
            "that inflation would settle closer to 3% than 2%.",
            "New quarterly projections showed the median official expects one more quarter-point "
            "cut before the end of 2026, unchanged from December.",
            "The statement said job gains had \"slowed\" and that the unemployment rate had "
            "\"edged up.\" The jobless rate rose to 4.4% in February, the highest in more than "
            "four years, while the Fed's preferred measure of underlying inflation, the core "
            "personal consumption expenditures price index, ran at 2.9% in January.",
            "\"With today's action, policy is closer to neutral, and we are well positioned to "
            "respond to the way the economy evolves,\" Chair Jerome Powell told reporters at his "
            "post-meeting news conference.",
            "Powell's term as chair ends in May. The next policy meeting, on April 28-29, is "
            "expected to be his last in that role; President Trump's nominee to succeed him is "
            "awaiting a Senate confirmation vote.",
            "Asked about the succession, Powell said only that the committee \"will continue to "
            "make decisions based on the data, regardless of who is in this chair.\"",
            "U.S. stocks extended gains after the decision, with the S&P 500 closing up 0.5%. "
            "Treasury yields slipped and the dollar weakened against most major currencies.",
            "(Reporting by Meridian's Washington bureau; editing by Claire Boyd)",
        ]),
        _art("The Lakeshore Tribune", "2026-03-19", [
            "Fed trims rates again as job market cools; two officials dissent",
            "By Nathan Greer, Business Editor",
            "The Federal Reserve lowered its benchmark interest rate Wednesday for the first time "
            "since December, a move that should trickle down to credit cards, auto loans and "
            "home-equity lines for borrowers across the Great Lakes region.",
            "The quarter-point cut puts the federal funds rate in a range of 3.25 percent to 3.5 "
            "percent. Fed officials voted 10-2 for the move.",
            "Dallas Fed President Lorie Logan dissented in favor of holding rates steady, saying "
            "in a statement that inflation had not come down enough to justify further easing. "
            "Fed Governor Stephen Miran also dissented, but in the other direction: he wanted a "
            "larger, half-point cut.",
            "Chair Jerome Powell said the Fed was now \"well positioned to respond to how the "
            "economy evolves,\" and that rates were \"closer to neutral,\" the level that neither "
            "speeds up nor slows down the economy.",
            "Officials' median forecast points to one more reduction this year.",
            "Advertisement",
            "For local borrowers, the effect will be modest. Banks typically move their prime "
            "rate in step with the Fed, so the prime rate should fall to 6.5 percent from 6.75 "
            "percent, trimming a few dollars a month from variable-rate debt. Mortgage rates, "
            "which track longer-term bond yields more than the Fed's short-term rate, have "
            "hovered a little above 6 percent for a 30-year fixed loan.",
            "\"People think the Fed sets mortgage rates. It doesn't, not directly,\" said Teresa "
            "Kowalczyk, a loan officer at Harbor Point Credit Union in Erie, Pa. \"What we'll see "
            "is a little relief on home-equity lines.\"",
            "Manufacturers in the region have reported slower hiring this year, and several auto "
            "suppliers announced layoffs in February.",
            "The Fed's next meeting is April 28-29.",
            "Related: How to pay down a variable-rate balance faster",
        ]),
        _art("RateWatch Daily", "2026-03-18", [
            "FOMC March 2026: 25 bps cut, two dissents, dots still show one more - RateWatch "
            "Daily",
            "Posted 3:05 pm ET",
            "The Fed delivered. At 2:00 pm ET the FOMC announced a 25 bps cut, taking fed funds "
            "to 3.25-3.50%. That's the first move since December after January's pause.",
            "Votes: 10-2. Miran wanted 50 bps (no surprise there). Hammack wanted no cut at all. "
            "So the committee is now split in both directions, which tells you the bar for April "
            "is high.",
            "Dots: median still shows one more 25 bps cut in 2026. The longer-run dot was "
            "unchanged at 3.0%.",
            "Statement tweaks: labor market language softened. Job gains \"have slowed\", "
            "unemployment \"has edged up\". With the unemployment rate at 4.6% in February, "
            "that's hardly a stretch. Inflation is still described as \"somewhat elevated\", with "
            "core PCE still running near 3%.",
            "Presser (2:30 pm): Powell says policy is \"closer to neutral\" and the Fed is \"well "
            "positioned to respond to the way the economy evolves.\" He brushed off two questions "
            "on his successor.",
            "Market reaction, first half hour: 2-year yield down 5 bps, 10-year at 3.98%, S&P 500 "
            "up 0.4%. Fed funds futures now price roughly a 30% chance of a cut at the April "
            "21-22 meeting.",
            "Our read: a \"dovish cut with a hawkish tail.\" The Fed wants optionality, not a "
            "pre-commitment. With a change of chair coming in May, we doubt they'll do much in "
            "April unless payrolls turn negative.",
            "Next data to watch: March payrolls on April 3, March CPI the following week.",
            "Subscribe to RateWatch Daily for real-time FOMC coverage.",
        ]),
        _art("Albion Financial Post", "2026-03-19", [
            "Federal Reserve cuts rates and signals caution as Powell era nears end",
            "Washington",
            "The US Federal Reserve cut interest rates by 0.25 percentage points on Wednesday, "
            "lowering the target range for its main policy rate to between 3.25 per cent and 3.5 "
            "per cent.",
            "The decision, announced at 7pm London time, was backed by ten of the twelve voting "
            "members of the Federal Open Market Committee. One official wanted a larger cut and "
            "one preferred to hold rates.",
            "Jay Powell, the Fed chair, said at a press conference half an hour later that policy "
            "was now \"closer to neutral\" and the central bank was \"well placed to respond as "
            "the economy evolves.\"",
            "US unemployment climbed to 4.4 per cent in February, and the Fed's statement "
            "acknowledged that hiring had slowed. Inflation, however, remains above the 2 per "
            "cent target.",
            "The cut widens the gap between US rates and those in the UK, where the Bank of "
            "England's base rate stands at 3.5 per cent, and narrows it with the eurozone. "
            "Sterling rose about half a cent against the dollar to $1.35 after the announcement, "
            "and the yield on 10-year US Treasuries dipped to just under 4 per cent.",
            "Mr Powell's term as chair expires in May, and the decision was among the last he "
            "will oversee. Investors are watching closely for signs of how his successor might "
            "steer the committee, which has become unusually divided.",
            "\"The Fed is trying to ease without looking as though it has given up on "
            "inflation,\" said Harriet Coles, chief US economist at Lowther & Bain in London. "
            "\"Two dissents pulling in opposite directions show how narrow that path is.\"",
            "European shares were little changed at the close, which came before the Fed "
            "announcement.",
            "Read more: Bank of England holds fire as inflation lingers",
        ]),
    ], [
        ("dissenter",
         r"hammack",
         r"logan"),
        ("rate",
         r"(?<![\d.])4\.4 ?(%|percent|per cent|pct)",
         r"(?<![\d.])4\.6 ?(%|percent|per cent|pct)"),
        ("date",
         r"april 28|april 29|28(th)? ?(-|–|and|to) ?29(th)? april|28 april|29 april|04-2[89]",
         r"april 21|april 22|21(st)? ?(-|–|and|to) ?22(nd)? april|21 april|22 april|04-2[12]"),
        ("time",
         r"(?<![\d:])2(:00)? ?p\.?m|14:00|1400|(?<![\d:])6(:00)? ?p\.?m|18:00|1800",
         r"(?<![\d:])7(:00)? ?p\.?m|19:00|1900"),
    ]),
    _story("cb-SO2", "central bank", [
        _art("Channel Wire", None, [
            "LONDON (Channel Wire) — The Bank of England cut interest rates by a quarter point on "
            "Thursday but signalled that the bar for further easing was rising, after a narrow "
            "split among its policymakers.",
            "The Monetary Policy Committee voted 5-4 to lower Bank Rate to 3.5% from 3.75%, the "
            "lowest level since early 2023. Governor Andrew Bailey, Deputy Governor Sarah "
            "Breeden, Deputy Governor Dave Ramsden, Swati Dhingra and Alan Taylor backed the cut.",
            "Chief economist Huw Pill, Deputy Governor Clare Lombardelli, Megan Greene and "
            "Catherine Mann voted to leave rates unchanged, arguing that wage growth and services "
            "inflation were still too strong.",
            "The decision was published at 12 noon in London, 7 a.m. in New York. It was the "
            "first cut since December.",
            "\"We still see Bank Rate on a gradual path downwards, but with each cut the "
            "judgement about further easing becomes a closer call,\" Bailey said in a statement "
            "accompanying the decision.",
            "Consumer price inflation stood at 3.4% in December, well above the Bank's 2% target, "
            "although officials expect it to fall sharply from April as last year's increases in "
            "regulated energy and water bills drop out of the annual comparison.",
            "Sterling fell 0.3% against the dollar to $1.342 after the announcement as traders "
            "added to bets on another cut by the summer. The yield on two-year gilts, which is "
            "sensitive to rate expectations, fell 6 basis points.",
            "The Bank also published new forecasts showing the economy growing 1.1% in 2026, "
            "slightly faster than it had projected in November.",
            "Economists were divided on the outlook. \"A 5-4 vote with the chief economist in the "
            "minority is not a green light for March,\" said Oliver Frayne of Beacon Street "
            "Economics. \"But the direction of travel hasn't changed.\"",
            "(Reporting by Channel Wire's London markets team)",
        ]),
        _art("The Sterling Observer", None, [
            "Bank of England cuts rates to 3.5% but warns next move is 'closer call'",
            "Rate-setters split as inflation stays well above target",
            "By Fiona Marsh, Economics Correspondent",
            "The Bank of England has lowered borrowing costs for the seventh time since it began "
            "cutting in August 2024, reducing Bank Rate by 0.25 percentage points to 3.5 per "
            "cent.",
            "But the decision on Thursday exposed deep divisions on the Monetary Policy "
            "Committee, with four of its nine members, including the Bank's chief economist, Huw "
            "Pill, preferring to keep rates at 3.75 per cent.",
            "Andrew Bailey, the Governor, said the committee still saw rates on \"a gradual path "
            "downwards\" but that the case for each further reduction was becoming \"a closer "
            "call\".",
            "Inflation, which was 3.1 per cent in December, remains well above the Bank's 2 per "
            "cent target. The Bank expects it to drop back close to target in the second quarter "
            "of 2027, helped by lower energy prices and a cooling jobs market, with unemployment "
            "now at its highest level in nearly five years.",
            "The majority argued that weak hiring and subdued consumer spending meant the risk of "
            "keeping policy too tight now outweighed the risk of inflation becoming entrenched. "
            "The minority, which also included Catherine Mann and Megan Greene, the two external "
            "members who have most consistently resisted cuts, pointed to pay settlements running "
            "at around 4 per cent.",
            "Photo: The Bank of England in the City of London. File photo",
            "The Chancellor, Rachel Reeves, welcomed the cut, saying it would \"help families "
            "with mortgages and businesses looking to invest\".",
            "The Bank's forecasts showed growth of 1.1 per cent this year. Officials also noted "
            "that the recent budget measures were expected to reduce inflation by about half a "
            "percentage point from the spring.",
            "Markets now expect one or two further cuts this year. The next decision is due in "
            "March.",
            "Advertisement",
            "Read more: What the rate cut means for your savings",
        ]),
        _art("Gilt Edge Blog", None, [
            "BoE: 25bp cut, 5-4 vote, and a Governor who wants to slow down - Gilt Edge",
            "Skip to main content",
            "Quick take on today's MPC.",
            "The decision. Bank Rate cut 25bp to 3.50%. Vote 5-4, with deputy governor Huw Pill, "
            "Lombardelli, Greene and Mann in the hold camp. That is the same four-way hawkish "
            "bloc we have been writing about since the autumn, and it means a single swing voter "
            "now decides each meeting.",
            "The message. Bailey's key line: rates remain on a \"gradual path downwards\" but "
            "each cut is becoming \"a closer call\". Translation: do not assume March.",
            "The data backdrop. December CPI was 3.4%, services inflation stubborn. But the "
            "Bank's own projections have headline inflation back at target by Q2 2027, largely "
            "because energy base effects kick in from April.",
            "The split. According to the minutes, the majority pointed to weak hiring and soft "
            "consumer spending, while the four holdouts cited pay settlements still running at "
            "around 4% and sticky services prices. Both camps agree the labour market is "
            "loosening; they disagree about how fast.",
            "Forecasts. Growth for 2026 nudged up to 1.1%, a touch better than the November "
            "projection. Nothing dramatic, but it removes one argument for hurrying.",
            "Market reaction. Two-year gilt yields down about 6bp. Cable dipped to 1.34. Ten-year "
            "gilts barely moved, which tells you the market had this largely priced.",
            "Where we stand. We still expect one more cut, probably in the second quarter, taking "
            "Bank Rate to 3.25%. A March move needs a soft January CPI print and another weak "
            "labour market report.",
            "Positioning. We remain modestly long short-dated gilts. The risk is a hawkish "
            "surprise in the next set of minutes, which we would fade.",
            "Comments (14)",
        ]),
        _art("Northern Counties Echo", None, [
            "Rate cut gives North East homeowners a little breathing space",
            "Borrowers across the North East will see some relief after the Bank of England cut "
            "interest rates to 3.5 per cent, the lowest in three years.",
            "The quarter-point reduction, the seventh since the summer of 2024, was agreed by the "
            "Bank's Monetary Policy Committee by six votes to three.",
            "Around 560,000 homeowners in the UK with tracker mortgages will see their monthly "
            "payments fall almost immediately, while those on standard variable rates will have "
            "to wait for their lenders to decide whether to pass on the cut.",
            "For a typical tracker mortgage of £150,000, the cut is worth roughly £20 a month, "
            "according to figures from Homeloan Monitor, which puts the average two-year fixed "
            "deal at 4.62 per cent.",
            "\"It's welcome, but it won't change anybody's life,\" said Janice Robson, a mortgage "
            "adviser in Gateshead. \"People coming off five-year fixes taken out in 2021 are "
            "still facing a big jump in payments.\"",
            "Savers, meanwhile, are likely to see the rates on easy-access accounts edge lower "
            "again.",
            "Governor Andrew Bailey said the committee expected rates to keep falling gradually, "
            "but warned that each further cut would be a closer call.",
            "Business leaders in the region welcomed the decision. The North East Chamber of "
            "Commerce said manufacturers had been holding back on investment and hiring and "
            "needed \"sustained\" cuts. Its policy director, Mark Tennant, said: \"One "
            "quarter-point cut every few months does not make up for years of high borrowing "
            "costs.\"",
            "Unemployment in the North East is the highest of any English region.",
            "Share on Facebook | Share on WhatsApp",
        ]),
    ], [
        ("vote",
         r"\b5 ?(-|–|—|to) ?4\b|five(?: votes)? ?(-|to) ?four",
         r"\b6 ?(-|–|—|to) ?3\b|six(?: votes)? ?(-|to) ?three"),
        ("title",
         r"chief economist",
         r"deputy governor"),
        ("rate",
         r"(?<![\d.])3\.4 ?(%|percent|per cent|pct)",
         r"(?<![\d.])3\.1 ?(%|percent|per cent|pct)"),
    ]),
    _story("cb-SO3", "central bank", [
        _art("Kanto Business Journal", "2026-07-31", [
            "BOJ lifts policy rate to 1%, highest since 1995 | Kanto Business Journal",
            "By Haruka Sato, Staff Writer",
            "TOKYO — The Bank of Japan raised its short-term policy rate by 25 basis points to "
            "1.0% on Friday, taking borrowing costs to their highest level since 1995 and "
            "signalling that further increases are likely if wages keep rising.",
            "The decision, announced at 12:15 p.m. at the end of a two-day policy meeting, was "
            "unanimous. It was the central bank's first rate increase since December, when it "
            "lifted the rate to 0.75%.",
            "\"If the economy and prices move in line with our outlook, we will continue to raise "
            "the policy rate,\" Governor Kazuo Ueda told a news conference at 3:30 p.m. He "
            "declined to give a timetable, saying each decision would depend on the data.",
            "In its quarterly outlook report, the BOJ raised its forecast for core consumer "
            "inflation in fiscal 2026 to 2.4% from 2.2%, citing higher food prices and the "
            "pass-through of this spring's wage increases. Core consumer prices rose 2.9% in June "
            "from a year earlier.",
            "Japan's largest union federation said in July that member companies had agreed to "
            "raise pay by 5.2% on average in this year's spring negotiations, the third straight "
            "year of increases above 5%.",
            "The yen strengthened after the announcement, trading at 146.20 to the dollar in the "
            "afternoon compared with 147.10 shortly before the decision. The yield on the "
            "benchmark 10-year Japanese government bond rose 4 basis points to 2.12%.",
            "The bank left unchanged its plan to keep reducing its purchases of government bonds "
            "by about 200 billion yen each quarter, bringing monthly buying down to about 2 "
            "trillion yen in the January-March quarter of 2027.",
            "Economists said the move had been widely expected after a run of strong data. \"The "
            "BOJ is finally in a position where it can normalise without apologising,\" said "
            "Kenta Ishikawa, chief economist at Shinagawa Research Institute. \"The question now "
            "is whether 1% is a resting point or a waypoint.\"",
            "Exporters' shares fell on the stronger yen, and the Nikkei 225 average closed down "
            "0.6%.",
        ]),
        _art("Transatlantic Daily", "2026-07-30", [
            "Bank of Japan raises rates again, pushing yen higher",
            "By Michael Torres",
            "NEW YORK — The Bank of Japan raised interest rates late Thursday, New York time, "
            "lifting its benchmark to 1% and extending a slow retreat from decades of ultra-loose "
            "monetary policy.",
            "The quarter-point increase was announced at 11:15 p.m. Eastern time, which was 12:15 "
            "p.m. Friday in Tokyo. All nine members of the central bank's policy board voted in "
            "favor.",
            "The move puts Japan's policy rate at its highest since the mid-1990s. It remains far "
            "below the Federal Reserve's benchmark, which stands in a range of 3.25% to 3.5%, but "
            "the narrowing gap has been a factor in the yen's recovery this year.",
            "The yen firmed to about 146 per dollar in Asian trading after the decision. Yields "
            "on 10-year Japanese government bonds rose to about 2.1%, a level that would have "
            "seemed unthinkable a few years ago, when the Bank of Japan was holding them near "
            "zero.",
            "Governor Kazuo Ueda has said the bank will keep raising rates if its forecasts for "
            "growth and inflation are realized, and analysts expect at least one more increase "
            "within the next year.",
            "For U.S. investors, the main channel is the so-called carry trade, in which "
            "investors borrow cheaply in yen to buy higher-yielding assets elsewhere. A sudden "
            "unwinding of those positions in August 2024 contributed to a sharp but brief global "
            "market sell-off.",
            "\"The BOJ has been very careful to telegraph every step,\" said Rebecca Lindholm, a "
            "currency strategist at Harrow & Vine in New York. \"Nobody should be surprised, and "
            "that's the point.\"",
            "The Japanese central bank also reaffirmed its plan to shrink its bond purchases, "
            "which are set to fall to roughly $14 billion a month by early 2027.",
            "U.S. stock futures were little changed after the announcement.",
            "Advertisement",
        ]),
        _art("Asia Broadcast Service", "2026-08-03", [
            "Japan's rate rise: what the Bank of Japan decided and why it matters",
            "The Bank of Japan raised its key interest rate on Friday from 0.75% to 1%, in a "
            "unanimous vote by its nine-member policy board. Here we look at the decision and the "
            "market reaction since.",
            "Why did the bank act now?",
            "Inflation has stayed above the bank's 2% target for more than four years. Core "
            "consumer prices, which exclude fresh food, rose 2.9% in June. Wages have also been "
            "rising faster than at any time in three decades, with this spring's pay deals "
            "averaging more than 5%.",
            "Governor Kazuo Ueda said on Friday that the bank would continue to raise its policy "
            "rate if the economy and prices developed as it expected.",
            "How high could rates go?",
            "The bank has not said. Many economists think it will stop somewhere between 1.25% "
            "and 1.5%, the range they estimate as roughly neutral for Japan. Before December's "
            "increase, the rate had been 0.5%.",
            "How have markets reacted?",
            "The yen has kept gaining. It strengthened to 146.20 per dollar on Friday afternoon "
            "and had firmed further to 145.40 by Monday morning in Tokyo. The 10-year government "
            "bond yield, which ended Friday at 2.12%, climbed to 2.16% on Monday, a fresh "
            "multi-decade high.",
            "What does it mean for households?",
            "Banks are expected to raise rates on floating-rate mortgages, which most Japanese "
            "home buyers use, from October. Savers will see slightly higher returns on deposits; "
            "several large banks have said they will raise ordinary deposit rates within weeks.",
            "What happens next?",
            "The bank's next policy meeting is in September. Its next quarterly outlook report, "
            "with updated forecasts, is due at the end of October.",
            "Photo caption: Bank of Japan Governor Kazuo Ueda speaks to reporters in Tokyo. "
            "Courtesy BS pool",
            "Related coverage",
        ]),
    ], []),
]
