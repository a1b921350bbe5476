"""Part SP of the story battery (issue 11).

Written by engineer SP1 on 2026-12-06 (thirteenth session, third batch) without reading
Storyline's rules or other parts, before any run. Scored with
`bench/bench_story_battery.py SP`.

Six stories: three US-China trade stories and three central-bank stories (one of them a
control story with no planted disagreement). Every sentence was written for this file.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SP", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SP1", "trade", [
        _art("Pacific Wire", "2025-10-20", [
            "US, China negotiators report progress after marathon Copenhagen session",
            "By Marta Lindqvist and Owen Tsai",
            "COPENHAGEN (Pacific Wire) — Senior US and Chinese economic officials wrapped up "
            "nearly 11 hours of negotiations in the Danish capital on Monday, with both "
            "delegations saying they had narrowed differences over tariffs, rare-earth exports "
            "and shipping fees ahead of a planned meeting between President Donald Trump and "
            "President Xi Jinping in South Korea later this month.",
            "Treasury Secretary Scott Bessent and US Trade Representative Jamieson Greer led the "
            "American side. China's team was headed by Vice Premier He Lifeng, accompanied by Li "
            "Chenggang, Beijing's international trade representative. It was the fifth round of "
            "talks between the two sides since May, following sessions in Geneva, London, "
            "Stockholm and Madrid.",
            "\"We had a very substantive and constructive day, and I believe we now have the "
            "outline of a framework for the two leaders to discuss,\" Bessent told reporters as "
            "he left the venue, a government guesthouse on the northern edge of the city. He "
            "declined to give details.",
            "Li said the two sides had reached \"a preliminary consensus\" on a number of issues "
            "and would now report to their leaders. Chinese state media described the talks as "
            "candid and in-depth.",
            "The meeting came after a sharp escalation earlier in the month. On October 9 Beijing "
            "announced sweeping new licensing requirements for exports of rare-earth elements and "
            "the technologies used to mine and process them. Trump responded by threatening an "
            "additional 100% tariff on Chinese goods from November 1, along with new controls on "
            "exports of critical software.",
            "Both countries also began charging extra port fees on each other's vessels on "
            "October 14, a tit-for-tat that shipping executives warned could disrupt "
            "trans-Pacific freight during one of the busiest stretches of the year.",
            "Greer said the threatened 100% tariff was not \"a foregone conclusion\" but depended "
            "on what China did with its rare-earth rules. \"Nothing is agreed until the leaders "
            "agree,\" he said.",
            "American farmers are watching closely. China, the largest buyer of US soybeans, has "
            "not purchased any cargoes from the autumn harvest, turning instead to Brazil and "
            "Argentina.",
            "Customs data released last week showed China's exports to the United States fell 27% "
            "in September from a year earlier, the sixth straight month of double-digit declines, "
            "even as its total exports rose 8.3%.",
            "(Reporting by Marta Lindqvist in Copenhagen and Owen Tsai in Beijing; editing by "
            "Paul Ferris)",
        ]),
        _art("The Daily Courier", "2025-10-21", [
            "US and China inch toward trade truce after 11-hour marathon in Denmark | The Daily "
            "Courier",
            "By Rachel Dunmore, Washington Correspondent",
            "After a day of talks that stretched some 11 hours, American and Chinese negotiators "
            "left Copenhagen on Monday night saying they had found enough common ground to hand "
            "the big questions back to their bosses.",
            "The outcome sets the stage for a face-to-face meeting between Donald Trump and Xi "
            "Jinping on the margins of the Asia-Pacific Economic Cooperation summit in South "
            "Korea, an encounter that only a week ago looked to be in doubt.",
            "\"I believe we now have the outline of a framework for the two leaders to discuss,\" "
            "Treasury Secretary Scott Bessent said. \"It was a very substantive, very "
            "constructive day.\"",
            "File photo: Treasury Secretary Scott Bessent arrives for an earlier round of talks. "
            "Courier archive",
            "The American delegation also included Jamieson Greer, the US trade representative, "
            "while China sent Vice Premier He Lifeng, its senior economic envoy, and its top "
            "trade negotiator, Li Chenggang.",
            "Relations had soured quickly this month. On Oct. 9, China's Commerce Ministry "
            "widened its controls on rare earths, the minerals used in everything from "
            "electric-car motors to fighter jets, requiring foreign companies to obtain licenses "
            "for products containing even small amounts of Chinese-origin material. Trump "
            "answered by threatening to slap an additional 100% tariff on Chinese imports "
            "starting Nov. 1.",
            "Administration officials said Monday that Washington wanted Beijing to delay the "
            "rare-earth rules. China, for its part, is pressing the US to roll back export "
            "restrictions on advanced chips and to scrap port fees on Chinese-linked ships that "
            "took effect on Oct. 14.",
            "Li, speaking to Chinese reporters after the session, said both sides had reached a "
            "\"preliminary consensus\" and would each go through their internal approval "
            "procedures.",
            "This was the fifth meeting of the two teams this year. The first, in Geneva in May, "
            "produced a 90-day truce that pulled tariffs down sharply from triple-digit levels; "
            "that truce was extended in August and now runs to Nov. 10.",
            "Read more: What a 100% tariff would mean for your holiday shopping",
            "Analysts cautioned that the framework remained thin. \"Copenhagen bought time, but "
            "it did not settle the core issue, which is whether Beijing will keep rare earths as "
            "a lever,\" said Daniel Osei, a trade economist at the Halvorsen Institute in "
            "Washington.",
            "Advertisement",
        ]),
        _art("Bayside Business Blog", "2025-10-21", [
            "Copenhagen round: what we know (and what we don't) — Bayside Business Blog",
            "Posted by the Bayside markets desk",
            "US and Chinese trade officials met for seven hours in Copenhagen on Monday and came "
            "out sounding more upbeat than at any point this month. Markets liked it: S&P 500 "
            "futures were up about 0.8% in Asian trading on Tuesday, and the offshore yuan firmed "
            "a little.",
            "Here is our quick rundown.",
            "Who was in the room. For Washington: Treasury Secretary Scott Bessent and USTR "
            "Jamieson Greer. For Beijing: Vice Premier He Lifeng, plus trade negotiator Li "
            "Chenggang. Same core line-up as in Madrid last month.",
            "What they said. Bessent: the two sides have \"the outline of a framework\" for Trump "
            "and Xi. Li: a \"preliminary consensus\" was reached. Neither side released a joint "
            "statement, and no text was published.",
            "What's on the table. (1) China's Oct. 9 rare-earth export licensing regime, which "
            "the US wants shelved. (2) Trump's threatened extra 100% tariff from Nov. 1. (3) Port "
            "fees on ships, in force on both sides since Oct. 14. (4) Soybeans: China has bought "
            "zero US beans from the new crop. (5) US chip export controls, which Beijing wants "
            "loosened.",
            "Our take. Five rounds in six months (Geneva, London, Stockholm, Madrid, now "
            "Copenhagen) have produced a lot of process and not much substance. The tariff truce "
            "struck in Geneva is still the foundation of everything. The market is pricing a deal "
            "when the two presidents meet; we would put the odds closer to 60/40.",
            "What to watch this week: any Commerce Ministry notice in Beijing on the rare-earth "
            "rules, and whether the White House formally confirms the date of the Trump-Xi "
            "meeting.",
            "Share on Facebook | Share on X | Email this post",
        ]),
        _art("Harbor Ledger", "2025-10-21", [
            "Port officials welcome signs of US-China thaw after Copenhagen talks",
            "By Lena Park | Harbor Ledger",
            "Skip to content",
            "Exporters and port officials in Bellhaven are cautiously hopeful after US and "
            "Chinese negotiators said Monday that they had made headway in talks in Denmark aimed "
            "at calming a trade fight that has cut deeply into business on the waterfront.",
            "The talks in Copenhagen, which ran through most of Monday, brought together Treasury "
            "Secretary Scott Bessent, Commerce Secretary Jamieson Greer and China's Vice Premier "
            "He Lifeng. Bessent told reporters afterward that the two sides now had \"the outline "
            "of a framework\" for President Donald Trump and Chinese leader Xi Jinping to discuss "
            "when they meet in South Korea.",
            "For Bellhaven, the details matter. Container volumes through the Port of Bellhaven "
            "fell 9% in September compared with a year earlier, according to port figures "
            "released last week, with cargo bound for China down more sharply than the total.",
            "Since Oct. 14, the US has charged special fees on Chinese-owned and Chinese-built "
            "vessels calling at American ports, and Beijing has charged matching fees on "
            "US-linked ships. Two carriers have already dropped Bellhaven from their rotations, "
            "the port said.",
            "\"Every week this drags on, our growers lose customers they may never get back,\" "
            "said Tom Albrecht, who chairs the Bellhaven County Farm Bureau. China has not bought "
            "any soybeans from this year's US harvest, and Albrecht said some local farmers were "
            "storing grain in the hope that prices would recover.",
            "Port commissioner Alicia Moreno said she was encouraged but not celebrating. \"We "
            "have seen hopeful headlines before,\" she said. \"What we need is a signed agreement "
            "that lasts longer than a season.\"",
            "Greer has said the 100% tariff on Chinese goods that Trump threatened to impose from "
            "Nov. 1 can still be avoided, depending on China's handling of its new controls on "
            "rare-earth exports.",
            "Related coverage: Bellhaven cherry growers count the cost of the tariff war",
        ]),
    ], [
        ("duration",
         r"\b11[- ]?(hours?|hrs?|h\b)|eleven[- ]hours?|660 ?min",
         r"(?<![\d.])7[- ]?(hours?|hrs?|h\b)|seven[- ]hours?|420 ?min"),
        ("title", r"trade representative|\bustr\b", r"commerce secretary|secretary of commerce"),
    ]),
    _story("trade-SP2", "trade", [
        _art("Meridian Newswire", None, [
            "Trump extends China tariff truce by 90 days, averting steep increase",
            "WASHINGTON (Meridian) — President Donald Trump on Monday signed an executive order "
            "extending a pause on higher tariffs on Chinese imports for another 90 days, hours "
            "before the truce between the world's two largest economies was due to lapse.",
            "The order keeps in place a 10% \"reciprocal\" tariff on Chinese goods and continues "
            "to suspend the remaining 24 percentage points of the 34% rate Trump announced in "
            "April. The pause now runs until November 10, according to the text published by the "
            "White House.",
            "Without the extension, the higher rate would have kicked in at 12:01 a.m. EDT on "
            "August 12.",
            "White House press secretary Karoline Leavitt said in a statement: \"The president "
            "believes this extension gives both sides the space to keep working toward a fair and "
            "balanced trade relationship.\"",
            "Beijing announced a matching step shortly afterwards. China's Ministry of Commerce "
            "said it would keep suspending a 24% additional duty on American goods for 90 days "
            "while retaining a 10% tariff.",
            "Separate US tariffs of 20% linked to the flow of fentanyl remain in force, leaving "
            "most Chinese imports facing an extra 30% on top of duties that predate Trump's "
            "second term.",
            "The truce dates back to talks in Geneva in May, when the two sides agreed to lower "
            "tariffs that had spiraled during April, when the US rate on Chinese goods reached "
            "145% and China's rate on US goods 125%. Negotiators met again in London in June and "
            "in Stockholm in late July, where they agreed to seek an extension but left the final "
            "decision to Trump.",
            "China's exports to the United States fell 21.7% in July from a year earlier, customs "
            "figures showed last week, though its total exports rose 7.2% as shipments to "
            "Southeast Asia and Europe grew.",
            "Business groups welcomed the decision. \"The extension is critical to give time for "
            "negotiations on issues that go well beyond tariffs,\" said Sean Whitfield, president "
            "of the US-China Trade Forum, an industry group in Washington. He said companies "
            "still faced uncertainty over export controls and purchasing commitments.",
            "The two governments have not said when negotiators will next meet.",
        ]),
        _art("The Northern Standard", None, [
            "Trump and Beijing extend trade ceasefire until November",
            "By Hugh Carrow, Economics Editor",
            "The United States and China have stepped back from a cliff edge in their trade war, "
            "agreeing to extend for a further three months a truce that has kept tariffs well "
            "below the punishing levels briefly reached in the spring.",
            "Donald Trump signed the order on Monday, the White House said, pushing the deadline "
            "back to 10 November. Beijing's commerce ministry confirmed that China would do "
            "likewise, keeping its own additional levy on American products at 10 per cent.",
            "Had the truce lapsed, US duties on Chinese goods would have risen by 24 percentage "
            "points, with Beijing widely expected to retaliate in kind.",
            "The reprieve is a relief for exporters on both sides of the Pacific, but economists "
            "note that trade between the two has already been badly damaged. Chinese customs data "
            "showed that exports to the US fell by 16.2 per cent in July compared with a year "
            "earlier, even as the country's overall exports grew by 7.2 per cent.",
            "At their peak in April, American tariffs on Chinese imports reached 145 per cent, "
            "and China's on American goods 125 per cent. A deal struck in Geneva in May cut those "
            "to 30 per cent and 10 per cent respectively, and the two sides have been negotiating "
            "ever since.",
            "Advertisement",
            "Analysts said the extension had been widely expected after the two delegations met "
            "in Stockholm in July. \"Neither side wanted a return to April,\" said Priya Menon, "
            "chief Asia economist at Calder & Rowe in London. \"But an extension is not an "
            "agreement. The difficult questions on chips, rare earths and fentanyl are still "
            "unresolved.\"",
            "Mr Trump has said he could meet Xi Jinping before the end of the year if a deal is "
            "reached, and has urged China to step up its purchases of American farm goods.",
            "Sterling and most Asian currencies were little changed on the news, while shares in "
            "Hong Kong edged higher on Tuesday morning.",
        ]),
        _art("Capitol Trade Desk", None, [
            "Tariff truce extended to Nov. 10: the details for importers",
            "The White House confirmed that President Trump signed an executive order on Sunday "
            "extending the US-China tariff pause by 90 days, which means the current setup now "
            "runs through Nov. 10.",
            "Key numbers for importers:",
            "• Reciprocal tariff on China: stays at 10% (24 ppts remain suspended)",
            "• Fentanyl-related tariff: 20%, unchanged",
            "• Combined additional tariff on most Chinese goods: 30%",
            "• China's retaliatory tariff on US goods: 10% (its additional 24% also stays "
            "suspended)",
            "• Section 301 tariffs from the first Trump term: unchanged",
            "Press secretary Karoline Leavitt: \"The president believes this extension gives both "
            "sides the space to keep working toward a fair and balanced trade relationship.\"",
            "Context: the 90-day clock started with the Geneva deal in May and was due to run out "
            "on Aug. 12. The Stockholm round in late July ended without an extension being "
            "announced, with US negotiators saying the final call rested with the president.",
            "What isn't covered: the order does not touch export controls on semiconductors, and "
            "it says nothing about the de minimis exemption for low-value parcels, which was "
            "ended for shipments from China in May.",
            "Our read: for importers, this removes the immediate threat of a tariff spike in the "
            "middle of holiday ordering. For Q4 planning, though, Nov. 10 is uncomfortably close "
            "to the peak shipping window. Expect front-loading to continue through September and "
            "October, and expect freight rates to stay firm.",
            "Questions about how the extension applies to goods already on the water? Our customs "
            "team will cover that in Thursday's webinar.",
            "Related: What changes for Chinese-built ships when new port fees start",
        ]),
        _art("Lakeshore Public Radio", None, [
            "Trump gives China trade truce another 90 days",
            "President Donald Trump has extended a pause on higher tariffs for goods from China "
            "by 90 days. The order he signed Monday means the current rates stay in place until "
            "Nov. 10.",
            "The truce between the two countries began in May, after talks in Geneva brought "
            "tariffs down from levels that had effectively halted much of the trade between them. "
            "It was due to expire this week.",
            "Commerce Secretary Howard Lutnick said in a statement, \"The president believes this "
            "extension gives both sides the space to keep working toward a fair and balanced "
            "trade relationship.\"",
            "China's Commerce Ministry said early Tuesday, Beijing time, that it would also keep "
            "its own pause in place for 90 days.",
            "Most Chinese goods still face an extra 30% tariff, made up of a 10% across-the-board "
            "rate and a 20% levy tied to fentanyl. Had the truce lapsed, the across-the-board "
            "rate would have jumped to 34%.",
            "Here around the lakes, manufacturers who rely on Chinese parts said they were "
            "relieved but weary. Karen Holt runs a furniture company in Port Carrow that imports "
            "hinges, drawer slides and fabric from China.",
            "\"Every 90 days we hold our breath,\" Holt said. \"I can't plan a catalog for next "
            "spring when I don't know what my costs will be in November.\"",
            "Economists say the uncertainty itself is a cost. Companies have been rushing orders "
            "forward to beat possible deadlines, then cutting back, which makes it harder to read "
            "the health of the economy.",
            "The two countries are still negotiating over a broader deal. No date has been set "
            "for the next round of talks.",
            "You can hear this story on Lakeshore Morning Edition.",
        ]),
    ], [
        ("date",
         r"monday|august 11\b|aug\.? 11\b|11 aug|2025-08-11",
         r"sunday|august 10\b|aug\.? 10\b|10 aug|2025-08-10"),
        ("percentage",
         r"(?<![\d.])21\.7 ?(%|percent|per cent|pct)",
         r"(?<![\d.])16\.2 ?(%|percent|per cent|pct)"),
        ("speaker", r"leavitt|press secretary", r"lutnick|commerce secretary"),
    ]),
    _story("trade-SP3", "trade", [
        _art("Orient Wire Service", None, [
            "Trump, Xi agree to ease tariffs and rare-earth curbs in first face-to-face meeting",
            "BUSAN, South Korea (OWS) — President Donald Trump and Chinese President Xi Jinping "
            "agreed on Thursday to roll back some of the measures in their trade dispute, with "
            "Washington lowering tariffs on Chinese goods and Beijing pausing new curbs on "
            "rare-earth exports, in their first face-to-face meeting since Trump returned to the "
            "White House.",
            "The two leaders met for about an hour and 40 minutes at Gimhae air base in Busan, on "
            "the sidelines of the Asia-Pacific Economic Cooperation summit. Trump, speaking to "
            "reporters aboard Air Force One afterward, rated the encounter \"12 out of 10.\"",
            "Trump said he would cut the tariff the United States imposed over China's role in "
            "the fentanyl trade from 20% to 10%, bringing the overall rate on Chinese imports "
            "down from 57% to 47%.",
            "In return, he said, China would resume purchases of American soybeans and work to "
            "stem the flow of chemicals used to make fentanyl.",
            "Treasury Secretary Scott Bessent later said China had committed to buying 12 million "
            "metric tons of US soybeans by the end of this year and at least 25 million metric "
            "tons a year in each of the following three years.",
            "Beijing will suspend for one year the sweeping export controls on rare earths it "
            "announced on October 9, while the United States will suspend for a year a Commerce "
            "Department rule that extended export restrictions to companies at least 50% owned by "
            "blacklisted entities. Both countries will also pause for a year the port fees they "
            "imposed on each other's ships.",
            "China's Commerce Ministry confirmed the broad outline in a statement on Friday but "
            "did not give figures for farm purchases.",
            "Xi told Trump that China and the United States should be \"partners and friends,\" "
            "according to Chinese state broadcaster CCTV.",
            "Trump said he would visit China in April and that Xi would make a reciprocal visit "
            "to the United States at a later date.",
            "The agreement does not cover US restrictions on exports of the most advanced "
            "artificial-intelligence chips, which Trump said were not discussed in detail.",
        ]),
        _art("The Metropolitan Times", None, [
            "Trump and Xi strike truce on tariffs and rare earths - The Metropolitan Times",
            "By Alan Reyes and Mei Sato",
            "Donald Trump and Xi Jinping sat down together on Thursday in Gyeongju, the historic "
            "South Korean city hosting this year's Asia-Pacific summit, and emerged with a "
            "package of trade concessions that pulls the two superpowers back from the brink of a "
            "wider economic conflict.",
            "Trump, who had spent weeks alternating between threats and flattery, called the "
            "meeting \"12 out of 10.\" Chinese officials were more restrained, describing the "
            "talks as constructive.",
            "Under the arrangement outlined by Trump and his aides, the US will halve the 20 "
            "percent tariff tied to fentanyl, to 10 percent. Trump said that would lower the "
            "combined tariff on Chinese imports to 47 percent from 57 percent.",
            "China, for its part, agreed to pause for a year the rare-earth export regime it "
            "unveiled on Oct. 9, which had threatened supplies to American factories making cars, "
            "chips and weapons. The Commerce Department will in turn shelve for a year its "
            "so-called affiliates rule, which had extended blacklist restrictions to subsidiaries "
            "at least half owned by listed companies.",
            "On agriculture, Treasury Secretary Scott Bessent said China would buy 12 million "
            "metric tons of soybeans before the end of the year and a minimum of 25 million tons "
            "annually over the next three years, a level roughly in line with Chinese purchases "
            "before the trade war began.",
            "Not everything was settled. Trump said the two leaders had not discussed Taiwan, and "
            "the question of exports of the most powerful AI chips was left for later.",
            "Trump said he planned to travel to China in April.",
            "Share this article",
            "Analysts were measured. \"This is a pause, not a peace,\" said Caroline Hsu, who "
            "follows China at the Lindell Center for Strategic Affairs. \"Both sides kept their "
            "weapons. They simply agreed not to use them for twelve months.\"",
        ]),
        _art("Heartland Grain Report", None, [
            "Soybean markets react to Trump-Xi deal | Heartland Grain Report",
            "By Dale Whitcomb, Markets Editor",
            "Soybean futures slipped on Thursday after the meeting between President Trump and Xi "
            "Jinping in Busan, as traders who had bid prices up ahead of the summit took profits "
            "on the news.",
            "The details came from Treasury Secretary Scott Bessent, who said China would buy 12 "
            "million metric tons of US soybeans in the last two months of 2025, about 441 million "
            "bushels, and 20 million metric tons a year in 2026, 2027 and 2028, or roughly 735 "
            "million bushels annually.",
            "January soybeans on the Chicago Board of Trade ended down about 9 cents at $10.97 a "
            "bushel, after touching a 15-month high earlier in the week.",
            "The meeting, which lasted about 100 minutes, also produced a one-year pause in "
            "China's rare-earth export controls and a one-year suspension of port fees on both "
            "sides. Trump said the fentanyl tariff would be cut to 10%, which he said brings the "
            "overall tariff on Chinese goods to 47%.",
            "Advertisement",
            "Before the trade war, China typically took about half of all US soybean exports. So "
            "far this marketing year it has booked only a handful of cargoes from the 2025 crop, "
            "leaning instead on record harvests in Brazil.",
            "Farmers we spoke to were cautious. \"We've heard purchase promises before,\" said "
            "Ron Pettit, who grows soybeans and corn on 1,800 acres in Marlow County. \"I'll "
            "believe it when the boats are loading in the Gulf.\"",
            "Analysts noted that Chinese state buyers, not private crushers, are likely to carry "
            "out most of the purchases, at least at first, because US beans remain more expensive "
            "than Brazilian supplies after China's own tariffs.",
            "What to watch: USDA's weekly export sales report, published Thursdays, for "
            "confirmation of Chinese bookings, and any flash sales announced by the department in "
            "the coming days.",
        ]),
    ], [
        ("place", r"busan|gimhae|pusan", r"gyeongju|kyongju"),
        ("quantity", r"(?<![\d.])25 ?(million|m\b|mn|mmt)", r"(?<![\d.])20 ?(million|m\b|mn|mmt)"),
    ]),
    _story("cb-SP4", "central bank", [
        _art("Atlantic Press Service", "2025-09-17", [
            "Fed cuts rates by a quarter point, signals more easing ahead",
            "WASHINGTON (APS) — The Federal Reserve lowered its benchmark interest rate by a "
            "quarter of a percentage point on Wednesday, its first cut since December, and "
            "signaled that two more reductions were likely before the end of the year as concerns "
            "about a weakening job market outweighed worries about inflation.",
            "The Federal Open Market Committee voted 11-1 to set the federal funds rate in a "
            "range of 4.00% to 4.25%. Stephen Miran, who was sworn in as a Fed governor on "
            "Tuesday after a narrow Senate confirmation, dissented in favor of a larger "
            "half-point cut.",
            "The decision was released at 2 p.m. EDT. In new quarterly projections, the median "
            "official expected the rate to end the year in a range of 3.50% to 3.75%, implying "
            "two additional quarter-point cuts at the October and December meetings.",
            "\"This is a risk management cut,\" Fed Chair Jerome Powell told reporters at a news "
            "conference, saying downside risks to employment had risen. He added that there were "
            "\"no risk-free paths\" for policy at the moment.",
            "Employers added just 22,000 jobs in August and the unemployment rate rose to 4.3%, "
            "the highest level in nearly four years. Consumer prices rose 2.9% in the 12 months "
            "to August, well above the Fed's 2% goal, partly because of tariffs.",
            "Officials raised their forecast for economic growth this year to 1.6% and projected "
            "that core inflation, by the Fed's preferred measure, would end 2025 at 3.1%.",
            "The Fed has been under intense pressure from President Donald Trump to cut rates "
            "aggressively. Governor Lisa Cook, whom Trump has tried to remove, took part in the "
            "meeting after an appeals court declined to let the dismissal take effect while her "
            "lawsuit proceeds.",
            "Stocks swung after the decision. The Dow Jones Industrial Average closed up 0.6%, "
            "while the S&P 500 slipped 0.1%.",
            "The next policy meeting is scheduled for October 28-29.",
        ]),
        _art("Eurozone Rates Monitor", "2025-09-17", [
            "FOMC: 25bp cut to 4.00-4.25%, one dissent — Eurozone Rates Monitor",
            "The Fed delivered the widely expected 25bp cut, announced at 20:00 GMT, taking the "
            "fed funds target range to 4.00-4.25%. The vote was 11-1.",
            "Key points for European readers:",
            "1) Dots: the median now shows 50bp of further easing in 2025, i.e. two more 25bp "
            "moves, followed by one cut in 2026. The distribution is wide, with one official "
            "pencilling in a far deeper path and several seeing no further cuts at all this year.",
            "2) The lone dissent came from Stephen Miran, the newest governor, who wanted 50bp.",
            "3) Powell framed the move as a \"risk management cut\", not the start of a rapid "
            "easing cycle, and repeatedly stressed that policy is not on a preset course.",
            "4) Labour market: August unemployment 4.3%, payrolls +22k. This is what moved the "
            "committee.",
            "5) Projections: 2025 GDP growth revised up to 1.6%, and core PCE inflation seen at "
            "3.1% at year-end. In other words, the committee is cutting into above-target "
            "inflation because it judges the labour market to be the bigger risk.",
            "Market reaction: EUR/USD briefly spiked above 1.19 before reversing to close around "
            "1.181. Bund yields were little changed at the European close, which came well before "
            "the announcement.",
            "Implications for the ECB: with the ECB on hold at 2.00% since June, the Fed move "
            "narrows the policy gap to roughly 200-225bp. That should ease some pressure on the "
            "euro over the autumn, though the single currency is still up sharply this year.",
            "Our view: we expect the Fed to follow through in October, but the bar for a 50bp "
            "move remains high unless payrolls turn negative.",
            "Next FOMC: 28-29 October. Next ECB: 30 October.",
        ]),
        _art("The London Chronicle", "2025-09-18", [
            "Federal Reserve cuts interest rates for first time this year",
            "By Eleanor Marsh, Economics Correspondent",
            "The US Federal Reserve has cut interest rates for the first time this year and "
            "signalled three further reductions before the end of December, as Jerome Powell "
            "warned of growing risks to American jobs.",
            "The central bank's rate-setting committee lowered the target range for its main "
            "interest rate by 0.25 percentage points to between 4 and 4.25 per cent, in a "
            "decision announced at 7pm UK time on Wednesday.",
            "Mr Powell described the move as a \"risk management cut\". He told a press "
            "conference in Washington that the labour market was \"less dynamic and somewhat "
            "softer\" and that downside risks to employment had risen.",
            "The decision was not unanimous. One of the 12 voting members of the Federal Open "
            "Market Committee, Stephen Miran, backed a bigger half-point cut. Mr Miran was "
            "appointed by Donald Trump and is on leave from his job as chair of the White House "
            "Council of Economic Advisers.",
            "Officials' forecasts also pointed to one further cut in 2026.",
            "Unemployment in the US rose to 4.3 per cent in August, while annual inflation "
            "climbed to 2.9 per cent.",
            "The cut comes at a sensitive moment for the Fed's independence. Mr Trump has "
            "repeatedly attacked Mr Powell for not cutting faster and has attempted to sack "
            "governor Lisa Cook, who voted on Wednesday after the courts blocked her removal for "
            "now.",
            "The Bank of England is expected to leave UK rates on hold at 4 per cent on Thursday.",
            "The pound rose slightly against the dollar, to just over $1.36, after the "
            "announcement.",
        ]),
        _art("Cedar Valley Courier", "2025-09-18", [
            "What the Fed's rate cut means for your mortgage, car loan and savings",
            "By Jim Forsythe",
            "The Federal Reserve lowered interest rates Wednesday for the first time since last "
            "December, trimming its key rate by a quarter point to a range of 4% to 4.25%.",
            "The decision passed 11-1. Fed Governor Christopher Waller was the lone \"no\" vote; "
            "he wanted a bigger, half-point cut.",
            "Fed Chair Jerome Powell said the central bank was responding to a slowing job "
            "market. Employers added only 22,000 jobs in August.",
            "Courtesy Federal Reserve: Fed Chair Jerome Powell speaks at a news conference in "
            "Washington on Wednesday.",
            "So what does that mean here in Cedar Valley?",
            "Credit cards and home equity lines: these usually follow the prime rate, which banks "
            "lowered to 7.25% from 7.5% almost immediately. Expect a small drop on your next "
            "statement or two.",
            "Mortgages: 30-year fixed rates do not move directly with the Fed, and many lenders "
            "had already priced in this cut. \"Rates came down in August, so a lot of buyers have "
            "already locked in,\" said Mary Delgado, a loan officer at Cedar Valley Community "
            "Credit Union. \"I don't expect a big drop from here.\"",
            "Savings: high-yield savings accounts that have paid 4% or more will likely drift "
            "lower over the coming months. Certificates of deposit are worth a look now if you "
            "want to lock in a rate.",
            "Car loans: auto loans are tied more closely to five-year Treasury yields, but "
            "dealers may roll out better financing offers this fall.",
            "The Fed meets next on Oct. 28-29.",
        ]),
    ], [
        ("time",
         r"\b2(:00)? ?p\.?m|14:00|18:00|\b7(:00)? ?p\.?m|19:00",
         r"20:00|\b8(:00)? ?p\.?m|\b4(:00)? ?p\.?m|16:00"),
        ("dissenter", r"miran", r"waller"),
        ("projection",
         r"\btwo\b|(?<![\d.])2 (more|further|additional)|(?<![\d.])50 ?(bps?|basis)",
         r"\bthree\b|(?<![\d.])3 (more|further|additional)"),
    ]),
    _story("cb-SP5", "central bank", [
        _art("Continental Press Agency", None, [
            "ECB cuts deposit rate to 2%, signals end of easing cycle is near",
            "FRANKFURT (CPA) — The European Central Bank cut interest rates on Thursday for the "
            "eighth time since June 2024 and signaled that it may be nearing the end of its "
            "easing cycle, as inflation in the euro zone dipped below its 2% target.",
            "The ECB lowered its deposit facility rate by 25 basis points to 2.00%, from 2.25%. "
            "The rate on its main refinancing operations falls to 2.15% and the marginal lending "
            "rate to 2.40%, effective June 11.",
            "\"We are in a good position to navigate the uncertain conditions that will be coming "
            "up,\" ECB President Christine Lagarde told a news conference. She said the bank was "
            "\"getting to the end of a monetary policy cycle.\"",
            "Euro zone inflation slowed to 1.9% in May, according to a flash estimate, from 2.2% "
            "in April.",
            "New staff projections see headline inflation averaging 2.0% in 2025, 1.6% in 2026 "
            "and 2.0% in 2027. The 2026 figure was lowered mainly because of cheaper energy and a "
            "stronger euro. Growth is seen at 0.9% this year, 1.1% next year and 1.3% in 2027.",
            "Lagarde said the decision had been supported by all but one member of the Governing "
            "Council. She did not name the policymaker who opposed the cut.",
            "Chief economist Philip Lane, who prepares the policy proposals put to the council, "
            "has argued in recent speeches that keeping rates too high would risk pushing "
            "inflation persistently below target.",
            "The ECB has now lowered its deposit rate by a cumulative 2 percentage points since "
            "June 2024, when it stood at 4%.",
            "Markets trimmed bets on further easing after Lagarde's remarks, with traders now "
            "pricing roughly one more cut by the end of the year.",
            "The next monetary policy meeting is on July 24.",
        ]),
        _art("The Sterling Herald", None, [
            "ECB cuts rates again but hints at summer pause",
            "By Fiona Blackwood in Frankfurt",
            "The European Central Bank has cut interest rates for the eighth time since last "
            "June, taking its deposit rate down to 2 per cent, but Christine Lagarde dropped "
            "heavy hints that borrowing costs may now stay on hold for a while.",
            "The quarter-point cut was widely expected after inflation across the 20 countries "
            "that share the euro fell to 1.9 per cent last month, below the ECB's 2 per cent "
            "target.",
            "The bank's economists now expect inflation to average 1.4 per cent next year, before "
            "returning to 2 per cent in 2027, with the strength of the euro and lower oil prices "
            "pulling prices down. They left their growth forecast for this year at 0.9 per cent.",
            "Ms Lagarde said the ECB was \"in a good position\" to deal with uncertainty, "
            "including the fallout from Donald Trump's tariffs. Asked whether the bank would "
            "pause in the summer, she declined to pre-commit, saying decisions would be taken "
            "meeting by meeting.",
            "Economists noted that Philip Lane, the chief economist, had recently warned of the "
            "risk of undershooting the target if the bank held rates too high for too long.",
            "Advertisement",
            "\"The message today is that the job is largely done,\" said Anja Roth, an economist "
            "at Brandt Kessler Bank in Frankfurt. \"Unless the trade war hits growth much harder "
            "than the staff expect, I think we are looking at one more cut at most.\"",
            "The euro edged higher after the announcement and German bond yields rose, as "
            "investors took the comments as a sign that few further cuts were coming.",
            "The Bank of England, which cut UK rates to 4.25 per cent last month, is due to set "
            "policy again later in June.",
        ]),
        _art("RateWatch Europe", None, [
            "ECB: -25bps to 2.00%. What's next?",
            "As expected, the ECB cut all three key rates by 25bps today.",
            "• Deposit facility rate (DFR): 2.00% (from 2.25%)",
            "• Main refinancing operations (MRO): 2.15%",
            "• Marginal lending facility (MLF): 2.40%",
            "That makes it the seventh cut since the easing cycle began in June 2024.",
            "Staff projections (June round): HICP 2.0% (2025), 1.6% (2026), 2.0% (2027). GDP 0.9% "
            "/ 1.1% / 1.3%. The below-target 2026 print is mostly energy and FX; core is close to "
            "2% throughout the horizon.",
            "Lagarde's key line: the ECB is \"getting to the end of a monetary policy cycle\". We "
            "read this as a clear signal that the summer meeting will be a skip.",
            "Market pricing: OIS now implies roughly one more 25bps cut by December, down from "
            "close to two before the press conference. Front-end Schatz yields rose on the day as "
            "the market scaled back its easing expectations.",
            "Wages: staff see growth in compensation per employee slowing steadily through 2026, "
            "which removes one of the last arguments the hawks had for holding rates higher.",
            "Scenario analysis: staff also published an escalation scenario in which higher "
            "tariffs knock growth and push inflation lower, and a mild scenario in which trade "
            "tensions fade. The baseline sits between the two.",
            "Next meeting: 17 July. We expect a hold there, with a final cut in September if "
            "tariff effects drag on growth over the summer.",
            "Positioning: we stay long 2-year Schatz against Bunds, but would take profits on a "
            "break of the recent range.",
            "Share on LinkedIn | Share on X",
        ]),
        _art("EBN Public Radio", None, [
            "Eurozone borrowing costs fall again as ECB cuts rates",
            "The European Central Bank has lowered its key interest rate by a quarter of a "
            "percentage point to 2%. It is the eighth reduction since June last year.",
            "The decision, taken in Frankfurt on Thursday, means cheaper loans for households and "
            "businesses across the 20 countries that use the euro, though many banks had already "
            "passed on the expected move.",
            "ECB President Christine Lagarde said the bank was \"in a good position\" to handle "
            "the uncertain months ahead. Inflation in the eurozone fell to 1.9% in May, just "
            "under the central bank's 2% target.",
            "Lagarde also said the bank was \"getting to the end of a monetary policy cycle\", a "
            "hint that rates may not fall much further. A year ago, the deposit rate stood at 4%.",
            "ECB Vice-President Philip Lane told this station in an interview before the meeting "
            "that the bank had to guard against inflation falling too far below its goal, "
            "especially if trade tensions weigh on demand.",
            "Many economists worry about the effect of US trade policy. US President Donald Trump "
            "has threatened tariffs of 50% on goods from the European Union, and talks between "
            "Brussels and Washington are continuing.",
            "For savers, the news is less welcome. Interest on savings accounts has been falling "
            "for a year and is likely to fall further.",
            "For people with variable-rate mortgages, monthly payments should come down slightly, "
            "but economists warn that fixed-rate loans may not get much cheaper, because "
            "long-term market rates have been rising.",
            "The ECB's next rate decision is due on 24 July.",
        ]),
    ], [
        ("ordinal", r"eighth|\b8th", r"seventh|\b7th"),
        ("forecast",
         r"(?<![\d.])1\.6 ?(%|percent|per cent|pct)",
         r"(?<![\d.])1\.4 ?(%|percent|per cent|pct)"),
        ("title", r"chief economist", r"vice[- ]?president"),
        ("date", r"july 24|24 july|jul\.? 24|2025-07-24", r"july 17|17 july|jul\.? 17|2025-07-17"),
    ]),
    _story("cb-SP6", "central bank", [
        _art("Asia Markets Wire", "2025-09-19", [
            "BOJ holds rates at 0.5%, to begin selling ETF holdings; two board members dissent",
            "TOKYO (AMW) — The Bank of Japan kept its short-term policy rate unchanged at 0.5% on "
            "Friday but surprised markets by announcing that it would start unloading its huge "
            "holdings of exchange-traded funds, while two board members pushed for an immediate "
            "rate increase.",
            "The decision to hold was made by a 7-2 vote. Board members Hajime Takata and Naoki "
            "Tamura proposed raising the rate to 0.75%, but their proposals were defeated.",
            "The central bank said it would sell ETFs at a pace of about 330 billion yen a year "
            "in book value terms, and units of real estate investment trusts at about 5 billion "
            "yen a year. The BOJ's ETF holdings have a market value of roughly 70 trillion yen, "
            "and at the announced pace, disposing of all of them would take more than a century.",
            "The decision was announced shortly after 12:20 p.m. local time (0320 GMT).",
            "The Nikkei share average fell as much as 2% after the announcement before recovering "
            "some ground to close 0.6% lower. The yen firmed against the dollar.",
            "Governor Kazuo Ueda was due to explain the decision at a news conference at 3:30 p.m.",
            "Data released earlier on Friday showed Japan's core consumer prices rose 2.7% in "
            "August from a year earlier, slowing from 3.1% in July but staying above the BOJ's 2% "
            "target for more than three years.",
            "The BOJ raised rates to 0.5% in January, the highest level in 17 years, and has held "
            "them there since, citing uncertainty over the impact of US tariffs on Japan's "
            "export-reliant economy. Its next policy meeting is on October 29-30.",
            "Market participants said the two dissents raised the chance of a hike as early as "
            "October. \"Two votes for 0.75% is a strong signal that the board's centre of gravity "
            "is shifting,\" said a senior strategist at a Tokyo brokerage, who asked not to be "
            "named because he was not authorized to speak to the media.",
        ]),
        _art("The Ledger Review", "2025-09-19", [
            "Bank of Japan starts long goodbye to its stock market holdings",
            "By Sophie Grant, Tokyo",
            "The Bank of Japan is to begin selling the mountain of shares it accumulated over "
            "more than a decade of extraordinary monetary stimulus, but so slowly that the "
            "process will take more than 100 years.",
            "The central bank said on Friday it would sell exchange-traded funds worth ¥330bn a "
            "year at book value, roughly $2.2bn. Its ETF portfolio is worth about ¥70tn ($475bn) "
            "at market prices, making the BoJ the biggest single owner of Japanese equities.",
            "Interest rates were left at 0.5 per cent, where they have been since January. But in "
            "a sign that pressure for tighter policy is building, two of the nine board members, "
            "Hajime Takata and Naoki Tamura, voted against the decision and called for an "
            "increase to 0.75 per cent.",
            "Governor Kazuo Ueda told reporters that the sales would be conducted in a way that "
            "avoided destabilising the market, and that the pace could be reviewed if conditions "
            "changed.",
            "Tokyo's Nikkei 225 index, which had hit a record high the day before, dropped by as "
            "much as 2 per cent after the news before ending the day down 0.6 per cent.",
            "Inflation in Japan has exceeded the central bank's 2 per cent target for more than "
            "three years; the core rate was 2.7 per cent in August.",
            "The BoJ began buying ETFs in 2010 under then-governor Masaaki Shirakawa and expanded "
            "the programme massively under his successor, Haruhiko Kuroda, at times buying on "
            "days when the market fell in the morning session.",
            "Advertisement",
            "The BoJ's decision came two days after the US Federal Reserve cut rates by a quarter "
            "point, and a day after the Bank of England held UK rates at 4 per cent.",
            "Economists said the ETF move was symbolically important even if its market impact "
            "would be small. \"They are closing the last chapter of the Kuroda era,\" said Kenji "
            "Morimoto of Sakura Horizon Research. \"The amount is tiny, but the direction is "
            "unmistakable.\"",
        ]),
        _art("Capital Street Daily", "2025-09-18", [
            "Bank of Japan holds steady, sets plan to sell ETFs",
            "By Greg Holloway | Capital Street Daily",
            "The Bank of Japan left its benchmark rate at 0.5% in a decision announced at about "
            "11:20 p.m. Thursday New York time, or shortly after midday Friday in Tokyo, and said "
            "it would begin selling its holdings of exchange-traded funds.",
            "The vote to keep rates on hold was 7 to 2, with board members Hajime Takata and "
            "Naoki Tamura favoring a quarter-point hike to 0.75%.",
            "The ETF sales will run at roughly ¥330 billion, or about $2.2 billion, per year "
            "measured at book value, a fraction of the roughly ¥70 trillion market value of the "
            "portfolio.",
            "The yen strengthened modestly against the dollar after the announcement.",
            "The BOJ has held its policy rate at 0.5% since January. The decision follows the "
            "Federal Reserve's quarter-point cut on Wednesday, which narrowed the gap between US "
            "and Japanese rates, a key driver of the yen's weakness over the past three years.",
            "Data released hours earlier showed Japan's core inflation rate eased to 2.7% in "
            "August, still well above the BOJ's 2% target.",
            "Governor Kazuo Ueda will hold a press conference at 3:30 p.m. Tokyo time, where "
            "investors will look for hints on the timing of the next rate increase.",
            "What it means for US investors: the BOJ's ETF sales are far too small to move "
            "Japanese stocks much by themselves, strategists said, but the two dissents suggest a "
            "rate hike could come sooner than markets had priced. A stronger yen would cut into "
            "the dollar returns of unhedged Japan funds, while hedged funds would be less "
            "affected.",
            "The next BOJ meeting is scheduled for Oct. 29-30.",
            "Read more: Japan stocks at record highs: is it too late to buy?",
        ]),
    ], []),
]
