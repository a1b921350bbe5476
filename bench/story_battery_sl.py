"""Part SL of the story battery, written by engineer SL1 on 2026-12-06 (thirteenth session,
second batch) without reading Storyline's rules or other parts, before any run.

Six whole stories (one per domain), told by 3 to 5 invented outlets each, as messy
scraped pages (menus, cookie notices, captions, bylines, related links, author bios,
repeated headlines, a truncated paywalled article). One story is a control story with
no planted disagreement. Scored with `bench/bench_story_battery.py SL`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SL", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SL1", "trade", [
        _art("Meridian Wire", "2025-06-10", [
            "OSLO (Meridian Wire) — The United States and China agreed on Tuesday to extend their "
            "tariff truce by another 90 days and to cut a levy on Chinese goods linked to "
            "fentanyl, after two days of talks in the Norwegian capital that officials on both "
            "sides described as the most productive since the trade war flared again this spring.",
            "Treasury Secretary Margaret Haldane told reporters outside the government guesthouse "
            "where the talks were held that Washington would lower the fentanyl-related tariff on "
            "Chinese imports from 20% to 10% once Beijing starts enforcing new controls on "
            "exports of precursor chemicals.",
            "\"We had very candid, very constructive talks, and we leave Oslo with more than we "
            "came for,\" Haldane said.",
            "The second day of negotiations ran for nearly six hours, according to a U.S. "
            "official who briefed reporters on condition of anonymity, after a first session on "
            "Monday that broke off shortly before midnight.",
            "China's delegation was led by Vice Premier Liang Wenbo, Beijing's point man on "
            "economic relations with Washington. He was flanked by Zhou Minhua, China's "
            "international trade representative and vice minister of commerce, who has handled "
            "the technical bargaining since April.",
            "In a statement carried by the official Xinhua news agency early on Wednesday Beijing "
            "time, China's commerce ministry said the two sides had \"reached consensus in "
            "principle\" on purchases of U.S. farm goods and on licensing for exports of "
            "rare-earth magnets.",
            "U.S. Trade Representative Victor Salas said China had committed to buy at least 12 "
            "million metric tons of U.S. soybeans in the current marketing year. He declined to "
            "give a figure for rare earths, saying only that licences would be processed \"on a "
            "much faster clock.\"",
            "The truce, first agreed in May, rolled back triple-digit tariffs that the two "
            "countries had slapped on each other in April. Without an extension it would have "
            "lapsed on Aug. 12.",
            "The U.S. goods trade deficit with China was $295.4 billion in 2024, according to "
            "Commerce Department data, and narrowing it remains a stated goal of the "
            "administration.",
            "Officials said a further round was expected in late July, though no venue had been "
            "chosen. The White House did not immediately say whether the president would sign an "
            "executive order formalising the tariff cut or whether it would take effect by notice "
            "in the Federal Register.",
            "Business groups welcomed the extension but said uncertainty over export controls on "
            "chips, which were not on the Oslo agenda, would keep companies cautious about new "
            "investment in China.",
            "(Reporting by Anders Lund in Oslo and Mei Tan in Beijing; Editing by Paul Ostrowski)",
        ]),
        _art("The Evening Ledger", "2025-06-11", [
            "U.S., China Extend Tariff Truce After Marathon Oslo Talks | The Evening Ledger",
            "Skip to content",
            "U.S., China Extend Tariff Truce After Marathon Oslo Talks",
            "By Rachel Imbert and Tom Carrow | June 11, 2025",
            "File photo: Containers stacked at the Port of Long Beach, Calif. (Evening Ledger "
            "archive)",
            "Negotiators from Washington and Beijing emerged from four and a half hours of talks "
            "in Oslo on Tuesday with a 90-day extension of the truce that has kept the world's "
            "two largest economies from reimposing punishing tariffs on each other.",
            "Under the deal, the United States will cut its fentanyl-related tariff on Chinese "
            "goods to 15 percent, from 20 percent, a step Treasury Secretary Margaret Haldane "
            "described as conditional on Chinese action against the flow of chemicals used to "
            "make the synthetic opioid.",
            "\"These were very constructive and very candid talks,\" Ms. Haldane said. \"We're "
            "leaving Oslo with more than we brought.\"",
            "Advertisement",
            "The Chinese side was led by Vice Premier Liang Wenbo. Zhou Minhua, the vice commerce "
            "minister who also serves as China's international trade representative, conducted "
            "much of the detailed bargaining, officials said.",
            "China agreed to buy at least 12 million metric tons of American soybeans this "
            "season, according to the U.S. trade representative, Victor Salas, a commitment that "
            "farm-state lawmakers had pressed for as crop prices slumped.",
            "Beijing's commerce ministry, in a statement released early Wednesday in China, said "
            "the two sides had reached \"consensus in principle\" on farm purchases and on export "
            "licensing for rare-earth magnets, which American automakers rely on for everything "
            "from window motors to power steering.",
            "Read more: How the rare-earth squeeze stalled Detroit's assembly lines",
            "The truce began in May, when both governments agreed to roll back tariffs that had "
            "climbed above 100 percent in April. It had been due to expire on Aug. 12.",
            "Analysts cautioned that the extension leaves the underlying disputes untouched. "
            "\"It's a pause button, not a settlement,\" said Helen Ko, a trade economist at the "
            "Lattimer Institute in Washington. \"Nobody in Oslo touched chips, subsidies or the "
            "yuan.\"",
            "The United States ran a goods trade deficit of nearly $300 billion with China last "
            "year, a figure the president has repeatedly cited as evidence that earlier deals "
            "failed.",
            "Share this article",
            "Newsletter: Get the Ledger's business briefing every weekday morning. Sign up",
        ]),
        _art("Harbourline Markets", "2025-06-11", [
            "Oslo truce: what the 90-day extension means for markets – Harbourline Markets",
            "Posted by Callum Reid, Markets Editor",
            "We use cookies to improve your experience on our site. Accept all | Manage "
            "preferences",
            "Risk assets barely flinched on Wednesday after the US and China agreed to prolong "
            "their tariff ceasefire by 90 days, a result that had been largely priced in after "
            "upbeat noises from Oslo on Monday evening.",
            "The headline concession is on the so-called fentanyl tariff: Washington will halve "
            "it from 20 per cent to 10 per cent, contingent on Beijing tightening controls on "
            "precursor chemicals. Treasury Secretary Margaret Haldane was careful to stress the "
            "conditionality, which leaves the White House room to reverse course.",
            "Talks on the Tuesday stretched to almost six hours, our sources say, with the "
            "Chinese team led by Vice Premier Liang Wenbo and the Americans by Haldane and trade "
            "representative Victor Salas.",
            "China's chief negotiator Zhou Minhua — vice minister at the commerce ministry and "
            "Beijing's international trade representative — has a reputation in Washington as a "
            "hard bargainer, so the speed of the outcome surprised some of the desks we spoke to.",
            "Soybeans: Beijing has pencilled in at least 12 million tonnes of US purchases this "
            "marketing year. Chicago soybean futures rose 1.8 per cent on the news before giving "
            "back part of the gain.",
            "Rare earths: the Chinese commerce ministry spoke of \"consensus in principle\" on "
            "export licences for magnets but gave no timetable. Until licences actually flow, we "
            "would not chase the rally in carmakers.",
            "Currencies: the offshore yuan firmed modestly against the dollar in Asian trading, "
            "and the Australian dollar, often used as a China proxy, ticked higher.",
            "Our take: a useful extension, but the truce now runs into the autumn with the hard "
            "issues — chips, subsidies, overcapacity — still parked. Expect headline risk to "
            "return well before the new deadline.",
            "Related posts:",
            "Yuan outlook for the second half | Why copper ignored the trade headlines | Soybean "
            "basis: a primer",
            "Disclaimer: This post is for information only and does not constitute investment "
            "advice.",
            "About the author: Callum Reid has covered currency and commodity markets for "
            "Harbourline since 2016. He previously worked on a bank trading desk in Singapore.",
        ]),
        _art("Cascade Public Radio", "2025-06-10", [
            "Listen · 3:42",
            "U.S. and China keep trade truce alive for another 90 days",
            "The U.S. and China say they will keep their trade truce in place for another 90 "
            "days. The agreement came late Tuesday night in Oslo, Norway, which was around 5 p.m. "
            "Eastern time, at the end of a second day of negotiations.",
            "Treasury Secretary Margaret Haldane called the talks \"very candid, very "
            "constructive\" and said both sides had moved further than she expected.",
            "China's team was led by Vice Premier Liang Wenbo, with Zhou Minhua, a deputy foreign "
            "minister, handling many of the details.",
            "For growers across the Northwest and the Plains, the most important piece is "
            "soybeans. According to U.S. Trade Representative Victor Salas, China agreed to buy "
            "at least 12 million metric tons this marketing year.",
            "Dale Voss farms about 1,400 acres of soybeans and wheat outside Walla Walla. He says "
            "the news is welcome but he has heard promises before. \"I'll believe it when the "
            "ships are loading,\" he told us. \"Until then I'm still storing beans I can't sell "
            "at a decent price.\"",
            "The deal also lowers the tariff tied to fentanyl trafficking from 20% to 10%, as "
            "long as China cracks down on exports of the chemicals used to make the drug. "
            "Exporters of machinery and aircraft parts in Washington state say what they really "
            "need is certainty beyond 90 days.",
            "Beijing's commerce ministry said the two sides also reached what it called "
            "\"consensus in principle\" on rare-earth magnets, which China has been slow to "
            "license for export since the spring.",
            "Officials say another round of talks is expected in late July.",
            "Transcript edited for length and clarity.",
            "Support public radio. Donate today.",
        ]),
    ], [
        ("duration",
         r"four and a half hours|(?<![\d.])4\.5 ?(hours?|hrs?|h\b)|(?<![\d.])4 ?(hours?|hrs?|"
         r"h) ?(and )?30 ?min|270 ?min",
         r"(?<![\d.])6 ?(hours?|hrs?|h\b)|six hours|360 ?min"),
        ("percentage",
         r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)"),
        ("title",
         r"foreign minist",
         r"vice (minister )?(of |at )?(the )?commerce|commerce (vice[- ])?minist|vice[- ]minister"),
    ]),
    _story("court-SL2", "court", [
        _art("Capitol Dispatch Wire", None, [
            "WASHINGTON (Capitol Dispatch) — A federal appeals court ruled on Friday that most of "
            "the president's sweeping import tariffs were imposed illegally, but left them in "
            "force while the administration takes its fight to the Supreme Court.",
            "In a 7-4 decision, the full U.S. Court of Appeals for the Federal Circuit held that "
            "the International Emergency Economic Powers Act, a 1977 law meant for sanctions and "
            "asset freezes, does not give the president authority to set tariffs of unlimited "
            "size and duration on goods from almost every country.",
            "The ruling covers the so-called reciprocal tariffs announced in April and separate "
            "duties on Canada, Mexico and China that the White House tied to fentanyl "
            "trafficking. It does not affect tariffs on steel, aluminum and cars imposed under a "
            "different law, Section 232 of the Trade Expansion Act.",
            "The court said the tariffs could stay in place until Oct. 14 so the government can "
            "ask the Supreme Court to hear the case.",
            "Judge Harold Tamsin wrote the main dissent, joined by three colleagues, arguing that "
            "the statute's power to \"regulate importation\" plainly includes tariffs and that "
            "courts should defer to the president in a declared emergency.",
            "\"This ruling confirms what we have said from day one: no president can tax "
            "Americans by proclamation,\" said Mara Lindqvist, senior counsel at the Liberty "
            "Commerce Institute, which represents five small businesses that brought one of the "
            "two lawsuits. The other suit was filed by 12 states led by Oregon.",
            "The lead business plaintiff, Larchmont Cellars, is a family-owned wine importer in "
            "Portland, Oregon.",
            "The White House said it would appeal. \"The tariffs remain in effect, and we expect "
            "to prevail before the Supreme Court,\" spokeswoman Danielle Orr said in a statement. "
            "The president, in a late-night social media post, called the decision \"a disaster "
            "for the country\" and accused the court of partisanship.",
            "The appeals court largely upheld a May decision by a three-judge panel of the U.S. "
            "Court of International Trade in New York, though it sent part of the case back to "
            "that court to reconsider whether its order should apply nationwide or only to the "
            "plaintiffs.",
            "U.S. Customs and Border Protection has collected $142 billion in tariff revenue in "
            "the fiscal year through July, Treasury data show, a sharp rise from a year earlier. "
            "Importers who paid the duties could seek refunds if the ruling stands.",
        ]),
        _art("Willamette Valley Sentinel", None, [
            "Skip to main content",
            "Menu | News | Business | Wine Country | Opinion | Obituaries | e-Edition",
            "Portland wine importer wins big at federal appeals court",
            "By Keiko Sandoval | Sentinel business reporter",
            "Courtesy Larchmont Cellars: Owner Gus Farrow in the company's Portland warehouse.",
            "A family-run Portland wine importer that took on the White House over tariffs has "
            "won again — at least for now.",
            "The U.S. Court of Appeals for the Federal Circuit on Friday sided with Larchmont "
            "Cellars and four other small businesses, ruling 7-4 that the president overstepped "
            "his powers when he used an emergency law to impose tariffs on imports from around "
            "the world.",
            "\"This ruling confirms what we have said from day one: no president can tax "
            "Americans by proclamation,\" said Oregon Attorney General Tomas Reyna, whose office "
            "led a parallel lawsuit by 12 states.",
            "Gus Farrow, whose grandfather founded Larchmont Cellars in 1961, said the tariffs "
            "had added about $380,000 to the company's costs this year. \"We're a 14-person "
            "business,\" he said. \"We didn't go looking for a fight with the federal government. "
            "We just couldn't absorb this.\"",
            "Advertisement",
            "Judge Eleanor Whitcombe wrote the principal dissent, arguing that Congress gave the "
            "president broad power over imports during a national emergency and that judges "
            "should not second-guess how he uses it.",
            "The decision does not take effect right away. The court allowed the tariffs to "
            "continue until Oct. 14, giving the administration time to petition the Supreme "
            "Court, which it said it would do.",
            "Tariffs on steel, aluminum and autos, which rest on a different law, are not "
            "affected by the ruling, a point that matters little to Farrow, whose wines come "
            "mostly from small producers in Portugal and Spain.",
            "Sign up for the Sentinel's Business Breakfast newsletter",
            "Related: Oregon growers brace for Canadian retaliation | Port of Portland container "
            "volumes dip",
            "Keiko Sandoval covers business and agriculture for the Sentinel. Reach her at "
            "ksandoval@wvsentinel.example.",
        ]),
        _art("LawBrief Daily", None, [
            "Federal Circuit, en banc, strikes IEEPA tariffs; stays mandate pending cert — "
            "LawBrief Daily",
            "Federal Circuit, en banc, strikes IEEPA tariffs; stays mandate pending cert",
            "The en banc Federal Circuit has affirmed, in principal part, the Court of "
            "International Trade's holding that the International Emergency Economic Powers Act "
            "does not authorize the challenged tariff orders. The vote was 8-3.",
            "The per curiam majority opinion rests on two grounds. First, IEEPA's grant of power "
            "to \"regulate … importation\" has never been read to include tariffs, and Congress "
            "knows how to delegate tariff authority when it wants to: it did so expressly in "
            "Section 122, Section 232 and Section 301. Second, and in the alternative, even if "
            "IEEPA reached some tariffs, a reading that allowed unbounded duties on nearly every "
            "trading partner would raise serious major-questions and nondelegation concerns.",
            "Judge Harold Tamsin, writing for the dissenters, would have reversed. In his view "
            "the text is broad, the 1975 decision upholding the 1971 import surcharge under "
            "IEEPA's predecessor statute is controlling, and foreign-affairs deference counsels "
            "restraint.",
            "Remedy: the court vacated the CIT's universal injunction insofar as it extended "
            "beyond the parties and remanded for reconsideration in light of the Supreme Court's "
            "recent guidance on universal relief. It stayed its mandate until October 14 to allow "
            "a petition for certiorari.",
            "Plaintiffs' counsel Mara Lindqvist of the Liberty Commerce Institute told LawBrief: "
            "\"This ruling confirms what we have said from day one: no president can tax "
            "Americans by proclamation.\"",
            "Practice note: importers should consider filing protests on liquidated entries to "
            "preserve refund claims. With more than $140 billion in duties collected this fiscal "
            "year, the refund question could become one of the largest in the history of the "
            "trade courts.",
            "The Section 232 measures on steel, aluminum and automobiles are outside the scope of "
            "the case.",
            "Cases: Larchmont Cellars, Inc. v. United States; Oregon v. Executive Office of the "
            "President (consolidated).",
            "This summary is not legal advice. Subscribers can download the slip opinion from our "
            "case library.",
            "Tags: trade, IEEPA, Federal Circuit, tariffs, separation of powers",
        ]),
        _art("Northern Public Media", None, [
            "Appeals court says most tariffs are illegal, but they stay for now",
            "Share on Facebook | Share on X | Email",
            "A federal appeals court has ruled that most of the tariffs the president imposed "
            "this year are illegal. But nothing changes at the border just yet.",
            "The full Federal Circuit, which hears trade appeals, split 7-4 on Friday. The "
            "majority said the emergency law the president relied on lets him regulate imports in "
            "a crisis but does not hand him the power to tax them, which the Constitution gives "
            "to Congress.",
            "Judge Harold Tamsin led the four dissenting judges. He wrote that the majority was "
            "substituting its own judgment for the president's on matters of foreign policy.",
            "The tariffs can stay in place until Oct. 14 while the administration appeals to the "
            "Supreme Court. The White House has said it will do so quickly.",
            "What does the ruling cover? The broad \"reciprocal\" tariffs on goods from dozens of "
            "countries, and the extra tariffs on Canada, Mexico and China that the administration "
            "linked to fentanyl. Tariffs on steel, aluminum and cars are not part of the case.",
            "Oregon Attorney General Tomas Reyna, whose office led the challenge by 12 states, "
            "said the states would ask the Supreme Court to take the case on an expedited "
            "schedule so that businesses are not left in limbo through the holiday shipping "
            "season.",
            "Economists say a final loss for the government could mean refunds to importers "
            "running well into the billions of dollars, and it could force the White House to "
            "rebuild its trade policy on other laws that come with more limits on the size and "
            "length of tariffs.",
            "Hear more on this story on Morning Edition North.",
            "Photo: The Howard T. Markey National Courts Building in Washington, home of the "
            "Federal Circuit. File photo",
        ]),
    ], [
        ("vote split",
         r"(?<!\d)8 ?(-|–|—|to) ?3(?!\d)|\beight\b",
         r"(?<!\d)7 ?(-|–|—|to) ?4(?!\d)|\bseven\b"),
        ("dissent author",
         r"whitcombe",
         r"tamsin"),
        ("speaker",
         r"reyna",
         r"lindqvist"),
    ]),
    _story("cb-SL3", "central bank", [
        _art("Albion Wire", None, [
            "LONDON (Albion Wire) - The Bank of England cut interest rates by a quarter of a "
            "percentage point on Thursday to 3.5 per cent, its lowest level since December 2022, "
            "but a narrow 5-4 vote on its Monetary Policy Committee signalled that further "
            "reductions will be harder to secure.",
            "Five policymakers backed the cut from 3.75 per cent while four preferred to leave "
            "Bank Rate unchanged, citing inflation that remains well above the Bank's 2 per cent "
            "target.",
            "\"Bank Rate is still on a gradual downward path, but each further cut becomes a "
            "closer call,\" Governor Catherine Moyle told a news conference, adding that the "
            "committee would \"take decisions meeting by meeting\".",
            "Consumer price inflation stood at 3.4 per cent in December, according to the Office "
            "for National Statistics, down from a peak of 3.8 per cent last autumn. The Bank's "
            "new forecasts show it falling close to target by the middle of next year as earlier "
            "rises in energy and food prices drop out of the annual comparison.",
            "Sterling slipped 0.3 per cent against the dollar after the announcement as traders "
            "pared bets on another move in the spring. Money markets now price roughly one "
            "further quarter-point cut by the summer.",
            "The decision was the Bank's seventh reduction since it began easing in August 2024, "
            "when rates stood at 5.25 per cent.",
            "Britain's economy grew 0.1 per cent in the final quarter of last year, official "
            "figures showed last month, and business surveys point to weak hiring in retail and "
            "hospitality.",
            "The MPC's next policy announcement is due on 19 March.",
            "(Reporting by Joanna Pike; editing by Martin Feld)",
        ]),
        _art("The Northern Chronicle", None, [
            "Bank of England cuts rates to 3.5pc but split deepens | The Northern Chronicle",
            "By Eamon Clarke, Economics Editor",
            "Homeowners were handed a modest reprieve yesterday as the Bank of England lowered "
            "borrowing costs for the seventh time in this cycle — but a knife-edge vote exposed "
            "deep divisions over how much further rates can fall.",
            "Threadneedle Street's Monetary Policy Committee voted 5-4 to trim Bank Rate by 25 "
            "basis points to 3.5pc. Huw Ellery, Nadia Kaur, Simon Pratt and Clare Lombard voted "
            "to hold at 3.75pc, warning that wage growth of around 4.5pc was still too strong to "
            "be consistent with the 2pc inflation target.",
            "Deputy Governor Ravi Chandran, who sided with the majority, has argued in recent "
            "speeches that the jobs market is cooling faster than the official figures suggest.",
            "Advertisement",
            "At the press conference, Governor Catherine Moyle said Bank Rate was \"still on a "
            "gradual downward path\" but that \"each further cut becomes a closer call\" — "
            "language City economists read as a warning against expecting a cut at every meeting.",
            "Inflation was 3.4pc in December. The Bank now expects it to ease towards 2pc in the "
            "course of 2027, rather later than it forecast in the autumn.",
            "For borrowers, the cut will flow through immediately to the roughly 600,000 "
            "households on tracker mortgages. Savers, meanwhile, face a further squeeze on "
            "easy-access rates.",
            "The rate is now at its lowest in more than three years. The next decision is "
            "scheduled for 26 March.",
            "Chancellor's reaction: the Treasury welcomed the move, saying it would \"help "
            "families with the cost of living\".",
            "Most read: Train fares to rise in March | Why your energy bill is going up again | "
            "Premier League: five talking points",
        ]),
        _art("Pennywise Money", None, [
            "Bank of England rate cut: what it means for your mortgage and savings",
            "Updated: Thursday | 6 min read",
            "Cookie settings: We and our partners use cookies to personalise content. Accept | "
            "Reject | More options",
            "The Bank of England has cut Bank Rate from 3.75% to 3.5%. Here's what Thursday's "
            "decision means for your money.",
            "How did the Bank vote? The Monetary Policy Committee was split 6-3, with the "
            "majority backing a 0.25 percentage point cut and the rest voting to keep rates on "
            "hold. That is a closer vote than many borrowers might assume from the headlines.",
            "Mortgages: if you're on a tracker deal, your monthly payment should fall within a "
            "few weeks. On a £200,000 tracker over 25 years, a 0.25-point cut saves roughly £30 a "
            "month. Fixed-rate borrowers won't see any change until their deal ends, but lenders "
            "have already been trimming fixed rates in anticipation: the average two-year fix is "
            "now 4.62%, according to our own weekly survey of 40 lenders.",
            "Savings: easy-access rates are likely to drift lower. The best buys still pay more "
            "than 4%, well above CPI inflation of 3.4%, so it is worth shopping around.",
            "What about the US? The Federal Reserve cut its own benchmark rate in December to a "
            "range of 3.5% to 3.75%, so UK and US rates are now very close.",
            "When is the next decision? The Bank's next announcement is on 19 March. Markets "
            "think another cut then is possible but far from certain.",
            "Sponsored: Compare 1,000+ mortgage deals in minutes",
            "Pennywise Money is not a regulated financial adviser. Check rates with your lender "
            "before making decisions.",
            "You might also like: Is now the time to remortgage? | Five savings accounts beating "
            "inflation | ISA allowance explained",
        ]),
        _art("Britannia Public Radio", None, [
            "Interest rates cut to 3.5% as Bank of England divided",
            "Image caption: The Bank of England's headquarters on Threadneedle Street in the City "
            "of London",
            "The Bank of England has cut interest rates to 3.5%, but policymakers were split on "
            "the decision.",
            "Five members of the Monetary Policy Committee voted for the cut from 3.75%, while "
            "four wanted rates held.",
            "Deputy Governor Ravi Chandran said: \"Bank Rate is still on a gradual downward path, "
            "but each further cut becomes a closer call.\"",
            "It is the lowest rate since December 2022. The Bank had been cutting gradually since "
            "the summer of 2024, when rates were 5.25%.",
            "Inflation, which measures the pace of price rises, was 3.4% in the year to December, "
            "well above the Bank's target of 2%.",
            "The cut will be welcomed by the hundreds of thousands of homeowners on tracker "
            "mortgages, whose payments move with Bank Rate. But those on fixed deals will see no "
            "immediate difference.",
            "Savings rates are expected to edge down too, although many easy-access accounts "
            "still pay more than the current rate of inflation. The Bank said it would be "
            "watching closely how quickly prices for services, such as restaurant meals and "
            "haircuts, slow down.",
            "Labour and Conservative MPs gave a cautious welcome to the move. The Liberal "
            "Democrats said the Bank had been \"too slow\" to act.",
            "Analysis by our economics correspondent: Thursday's close vote tells you the "
            "committee is now very near the point where it stops cutting. The four who voted to "
            "hold are worried that wages and services prices are still rising too fast.",
            "Related Topics: Interest rates | Bank of England | UK economy | Mortgages",
        ]),
    ], [
        ("vote split",
         r"(?<!\d)6 ?(-|–|—|to) ?3(?!\d)|\bsix\b",
         r"(?<!\d)5 ?(-|–|—|to) ?4(?!\d)|\bfive\b"),
        ("speaker",
         r"chandran",
         r"moyle"),
        ("date of next meeting",
         r"26(th)? march|march 26|2026-03-26|26/0?3",
         r"19(th)? march|march 19|2026-03-19|19/0?3"),
    ]),
    _story("rocket-SL4", "rocket", [
        _art("Orbital Ledger", None, [
            "Heron reaches orbit on third try, Tessellate recovers booster at sea - Orbital Ledger",
            "Tessellate Aerospace's methane-fuelled Heron rocket reached orbit for the first time "
            "on Tuesday, and its first stage, booster HB-03, returned to land on a droneship in "
            "the Atlantic, a double milestone for a company whose first two launches ended in "
            "failure.",
            "Heron lifted off from Space Launch Complex 16 at Cape Canaveral Space Force Station "
            "at 12:42 UTC. The 62-metre rocket's first stage is powered by nine Ibis engines "
            "burning liquid methane and liquid oxygen, which together produce about 1.1 million "
            "pounds of thrust at liftoff.",
            "After stage separation the booster flipped, performed a boostback burn and touched "
            "down on the droneship Quiet Persistence at 12:50 UTC, roughly 600 km downrange. "
            "Company telemetry showed a landing speed under 2 m/s.",
            "The upper stage, driven by a single vacuum-optimised Ibis, shut down on schedule and "
            "placed its payload into a near-circular 500-kilometre orbit. The payload consisted "
            "of a 1,200 kg mass simulator and two cubesats built by students at the University of "
            "Central Florida, both of which were confirmed to be transmitting within two hours.",
            "Context: Heron's maiden flight in May 2024 ended in an explosion about 70 seconds "
            "after liftoff, traced to a fuel-line resonance. The second flight, in November 2024, "
            "reached space but the upper-stage engine shut down early, leaving the vehicle short "
            "of orbital velocity.",
            "Tessellate holds a Space Force launch services contract worth $48 million covering "
            "two missions, the first of which could fly before the end of the year if the company "
            "can show the vehicle is repeatable.",
            "The firm did not say when HB-03 would be flown again. Engineers will inspect the "
            "booster once the droneship returns to Port Canaveral later this week.",
            "Why it matters: only a handful of companies have landed an orbital-class booster, "
            "and Tessellate is the first to do it with a methane-fuelled vehicle on its first "
            "successful orbital flight.",
            "Subscribe to Orbital Ledger Pro for launch manifests, pricing data and weekly "
            "analysis.",
            "Filed under: Launch | Reusability | Cape Canaveral",
        ]),
        _art("Space Coast Herald", None, [
            "Skip to content",
            "Space Coast Herald | Local news for Brevard County",
            "'Heron earned its wings': Tessellate rocket reaches orbit, lands booster",
            "By Marcus Delgado",
            "Photo: Tessellate Aerospace's Heron rocket climbs away from Cape Canaveral on "
            "Tuesday morning. (Courtesy Tessellate Aerospace)",
            "On its third attempt, Tessellate Aerospace finally has its orbit.",
            "The company's Heron rocket thundered off Space Launch Complex 16 at 7:42 a.m. EST "
            "Tuesday, a day later than planned after high winds aloft scrubbed Monday's attempt. "
            "Crowds lined the beach at Jetty Park and the causeway to watch.",
            "The booster, designated HB-04, came back down to a droneship stationed in the "
            "Atlantic roughly eight minutes after liftoff, the first time the Florida-based "
            "company has recovered a first stage. Three of its nine engines relit briefly for the "
            "landing burn, a flash visible on the company's live stream as the rocket settled "
            "onto the deck.",
            "The upper stage carried on to an orbit about 310 miles up, delivering a dummy "
            "payload and two small satellites built by students at the University of Central "
            "Florida.",
            "\"Today Heron earned its wings,\" chief executive Priya Natarajan told employees "
            "gathered at the company's Titusville factory. \"Three flights, three very different "
            "days. This is the one we'll remember.\"",
            "Advertisement",
            "The roughly 200-foot rocket had a rough start. Its first flight, in May 2024, ended "
            "in a fireball just over a minute after liftoff. The second, that November, made it "
            "to space but not to orbit after the upper-stage engine cut off too soon.",
            "Tessellate employs about 900 people in Brevard County, most of them at the "
            "Titusville plant.",
            "Read more: Port Canaveral approves new droneship berth | Brevard tourism sets "
            "another launch-viewing record",
            "Marcus Delgado covers the space industry for the Herald. Email him at "
            "mdelgado@spacecoastherald.example or follow him on social media.",
        ]),
        _art("WSCF Public Media", None, [
            "Florida company's methane rocket reaches orbit",
            "Listen to this story",
            "A Florida rocket company reached orbit Tuesday after two earlier attempts fell short.",
            "Tessellate Aerospace launched its Heron rocket from Cape Canaveral at 7:42 a.m. "
            "Eastern time, after a one-day delay because of winds high above the Cape.",
            "The first stage, called HB-03, runs on seven methane-burning Ibis engines. After "
            "pushing the upper stage toward space, it fell back toward the Atlantic and landed "
            "upright on a floating platform at 7:56 a.m.",
            "\"Heron earned its wings today,\" chief executive Priya Natarajan said after the "
            "landing.",
            "The upper stage released two small research satellites built by students at the "
            "University of Central Florida, along with a heavy test weight that stood in for a "
            "real payload.",
            "Methane is becoming the fuel of choice for a new generation of rockets because it "
            "burns cleaner than kerosene, leaving less soot inside engines that companies hope to "
            "reuse many times.",
            "Spectators lined beaches and causeways along the Space Coast to watch the launch. "
            "Tessellate builds its rockets at a factory in Titusville and has spent years trying "
            "to show that a smaller company can fly and land a booster the way much bigger rivals "
            "do.",
            "Tessellate's two earlier Heron flights, in 2024, both failed to reach orbit. The "
            "company says it will now focus on flying more often and reusing boosters, with its "
            "next launch targeted for the summer.",
            "Space Force officials, who oversee the Eastern Range, said the launch went smoothly "
            "and that no debris fell outside the planned hazard areas.",
            "This story was produced with support from listeners like you.",
            "More from WSCF: Artemis crew visits Kennedy | Manatee deaths fall for a second year",
        ]),
    ], [
        ("booster name",
         r"hb-?0?4\b",
         r"hb-?0?3\b"),
        ("engine count",
         r"\bseven\b|(?<!\d)7 (ibis |methane[- ]burning |main )*engines",
         r"\bnine\b|(?<!\d)9 (ibis |methane[- ]burning |main )*engines"),
        ("landing time",
         r"7:56|07:56|12:56|\b14 ?min|fourteen minutes",
         r"7:50|07:50|12:50|\b8 ?min|eight minutes"),
    ]),
    _story("quake-SL5", "earthquake", [
        _art("Aegean Daily Online", "2025-09-10", [
            "BREAKING | Strong quake hits western Peloponnese, three dead",
            "Newsletter | Weather | Ferries | Greek English Edition",
            "Three people were killed and at least 20 injured when a strong earthquake struck off "
            "the coast of Messinia at 03:17 on Wednesday, jolting residents from their beds "
            "across the western Peloponnese and sending many into the streets in their "
            "nightclothes.",
            "The Geodynamic Institute of the National Observatory of Athens measured the quake at "
            "magnitude 6.2, while the US Geological Survey put it at 6.4. Both agencies located "
            "the epicentre in the Ionian Sea about 12 km west of Kyparissia, at a shallow depth "
            "of 10 km.",
            "Among the dead is a 78-year-old woman whose stone house collapsed in the village of "
            "Gargalianoi, the mayor of Trifylia told ERT radio. A man and his adult son died when "
            "the roof of their olive-oil workshop on the edge of Kyparissia caved in.",
            "Civil Protection Minister Yannis Kefalas arrived in Kalamata before dawn to "
            "coordinate the response. \"Our priority now is the people who cannot go back into "
            "their homes,\" he said. \"Engineers will inspect every damaged building before "
            "anyone is allowed inside.\"",
            "Schools in Messinia will remain closed on Wednesday and Thursday. Several roads into "
            "the hill villages were blocked by rockfalls, and the fire service said teams with "
            "sniffer dogs were checking collapsed structures in Kyparissia and surrounding "
            "villages.",
            "Dozens of aftershocks followed, the strongest of magnitude 4.9 shortly after 05:00. "
            "Seismologists warned that further strong aftershocks were possible over the coming "
            "days and urged residents to stay out of buildings with visible cracks.",
            "The tremor was felt as far away as Athens and on the island of Zakynthos.",
            "Photo: Residents gather in the central square of Kyparissia after the earthquake. "
            "(Aegean Daily / reader photo)",
            "This story is being updated.",
        ]),
        _art("Meridian Wire", "2025-09-11", [
            "KYPARISSIA, Greece (Meridian Wire) — Rescuers pulled two more bodies from the rubble "
            "of a collapsed warehouse in this coastal town on Thursday, raising the death toll "
            "from a magnitude 6.4 earthquake in southwestern Greece to five, officials said.",
            "The quake struck at 3:17 a.m. local time (0017 GMT) on Wednesday, with its epicentre "
            "in the Ionian Sea about 12 km (7 miles) west of Kyparissia and at a depth of 10 km, "
            "the U.S. Geological Survey said.",
            "The fire service said 41 people had been treated in hospital, most of them for cuts "
            "and fractures, and that four remained in serious condition in Kalamata.",
            "Among those killed was a 78-year-old woman in the village of Gargalianoi, whose "
            "house fell in on her as she slept, and a father and son who were crushed when the "
            "roof of their workshop collapsed.",
            "About 1,200 people spent Wednesday night in tents and sports halls as engineers "
            "inspected hundreds of homes. By Thursday afternoon, more than 300 buildings had been "
            "marked unsafe.",
            "The government declared a 30-day state of emergency in the Messinia regional unit, "
            "freeing up funds for temporary housing and repairs.",
            "\"No one will be left without a roof,\" Civil Protection Minister Yannis Kefalas "
            "told reporters in Kyparissia.",
            "More than 60 aftershocks have been recorded, the strongest of magnitude 4.9.",
            "Greece sits on several active fault lines and experiences frequent earthquakes, "
            "though most cause little damage. The western Peloponnese lies close to the Hellenic "
            "subduction zone, where the African plate dives beneath the Aegean.",
            "(Reporting by Eleni Markou; Editing by Susan Hale)",
        ]),
        _art("The Morning Standard", "2025-09-11", [
            "Greece earthquake: death toll rises to five as Britons told to follow local advice | "
            "The Morning Standard",
            "By Harriet Lowe, Europe Correspondent",
            "The number of people killed by a powerful earthquake off Greece's western coast has "
            "risen to five, with more than 40 injured and hundreds of homes left uninhabitable.",
            "The 6.4-magnitude quake, whose epicentre lay off Filiatra in the Ionian Sea, struck "
            "at 3.17am local time (1.17am BST) on Wednesday. Greek seismologists measured it "
            "slightly lower, at 6.2.",
            "Among the dead was an elderly woman whose house collapsed in a hill village near the "
            "coast.",
            "Many British holidaymakers were staying in resorts along the Messinia coast, a "
            "fast-growing destination for UK tourists. The Foreign Office said it was in contact "
            "with the Greek authorities and that it was not aware of any British nationals among "
            "the casualties.",
            "Advertisement",
            "Sarah Pennington, 42, from Guildford, who was staying with her family at a resort "
            "near Pylos, said: \"The whole room swung. The children were screaming and we just "
            "grabbed them and ran out to the car park. Nobody slept after that.\"",
            "Greek authorities have declared a month-long state of emergency in the region and "
            "closed schools. Holidaymakers have been told to follow instructions from local "
            "officials and their tour operators.",
            "The quake was felt in Athens, more than 100 miles away, and along the coast of "
            "western Greece.",
            "Tour operators said flights into Kalamata airport were operating normally.",
            "Read more: Greece wildfires: how climate change is reshaping summer holidays",
            "Comments are closed on this article.",
        ]),
        _art("Continental Broadcast News", "2025-09-11", [
            "Death toll climbs to 5 after strong earthquake in southern Greece",
            "Updated Thursday, 1:05 PM ET",
            "At least five people have been killed in an earthquake in southern Greece, "
            "authorities said Thursday, after crews recovered two more bodies in the coastal town "
            "of Kyparissia.",
            "The magnitude 6.4 quake struck at 8:17 p.m. ET Tuesday — 3:17 a.m. Wednesday local "
            "time — off the coast near Kyparissia, according to the U.S. Geological Survey. It "
            "was shallow, about 6 miles deep, which tends to make shaking at the surface more "
            "intense.",
            "One of the victims was an 87-year-old woman who died when her house collapsed in the "
            "village of Gargalianoi, local officials said.",
            "Greek fire officials said 41 people were hurt. More than 1,000 people whose homes "
            "were damaged spent the night in tents or in gymnasiums.",
            "Video from the area showed cracked church bell towers, fallen balconies and cars "
            "crushed by collapsed stone walls in the narrow streets of Kyparissia's old town.",
            "Greek-American groups in Chicago and New York said they were organizing donations "
            "for the region, where many families trace their roots.",
            "The U.S. Embassy in Athens said it was not aware of any American citizens among the "
            "dead or injured. Aftershocks continued into Thursday, rattling residents who had "
            "returned briefly to collect clothes and medicine from damaged homes.",
            "Greece is one of the most earthquake-prone countries in Europe. A magnitude 7.0 "
            "quake near the island of Samos in 2020 killed two teenagers in Greece and more than "
            "100 people in neighboring Turkey.",
            "Copyright Continental Broadcast News. All rights reserved.",
            "Trending: Hurricane season outlook | Stocks slip ahead of inflation data",
        ]),
    ], [
        ("epicentre",
         r"filiatra",
         r"kyparissia"),
        ("age",
         r"(?<!\d)87(?!\d)|eighty-seven",
         r"(?<!\d)78(?!\d)|seventy-eight"),
    ]),
    _story("election-SL6", "election", [
        _art("Port Calder Courier-Post", "2025-12-14", [
            "Okonjo wins Port Calder mayor's race in runoff | Port Calder Courier-Post",
            "Skip to main content",
            "Okonjo wins Port Calder mayor's race in runoff",
            "By Lydia Brandt | Courier-Post staff writer",
            "City Council member Denise Okonjo will be Port Calder's next mayor after defeating "
            "former state Sen. Paul Gradwell in Saturday's runoff, becoming the first woman "
            "elected to lead the city.",
            "With all 84 precincts reporting, unofficial results from the Calder County Elections "
            "Office showed Okonjo with 31,208 votes, or 52.4%, to Gradwell's 28,344, or 47.6% — a "
            "margin of 2,864 votes.",
            "Gradwell conceded shortly before 11 p.m. in a brief speech to supporters at a "
            "downtown hotel, saying he had called Okonjo to congratulate her.",
            "\"This city voted for fixing its streets, not fighting over them,\" Okonjo told a "
            "cheering crowd at the Eastside union hall where her campaign gathered. \"Tomorrow we "
            "start the work.\"",
            "Turnout was 31.0% of the city's roughly 192,000 registered voters, according to the "
            "elections office, low by the standards of recent presidential years but higher than "
            "the November first round.",
            "Advertisement",
            "Okonjo, a two-term council member representing District 4, finished first in the "
            "Nov. 4 election with 38.1% in a five-candidate field. Gradwell was second with "
            "29.6%, forcing the runoff because no candidate won a majority.",
            "Gradwell outspent Okonjo by roughly two to one, largely on television advertising "
            "that attacked her record on police staffing. Okonjo focused on road repairs, "
            "drainage after last year's floods and a plan to put more of the city's permitting "
            "online.",
            "Okonjo will succeed Mayor Frank DeLuca, who was barred by term limits from seeking a "
            "third four-year term. She is scheduled to be sworn in on Jan. 5.",
            "The results will become official after the City Council canvasses the vote on Dec. "
            "22. Provisional ballots and mail ballots that arrived",
            "Subscribe to continue reading. Already a subscriber? Log in",
        ]),
        _art("Statehouse Wire", "2025-12-14", [
            "PORT CALDER (Statehouse Wire) — Denise Okonjo, a city council member who campaigned "
            "on potholes and flood drainage, was elected mayor of Port Calder on Saturday, "
            "defeating former state Sen. Paul Gradwell in a runoff that drew national money and "
            "attention.",
            "Okonjo won about 52% of the vote, beating Gradwell by 4.8 percentage points and "
            "nearly 2,900 votes, according to unofficial results posted by the county elections "
            "office late Saturday.",
            "\"Port Calder voted to fix its streets, not to fight about them,\" Okonjo said in "
            "her victory speech.",
            "Gradwell, who served two terms in the state Senate before leaving in 2022, called "
            "Okonjo to concede and urged his supporters to \"give the new mayor a fair chance.\"",
            "Election-night returns showed Okonjo running strongest on the city's east and south "
            "sides, while Gradwell carried most precincts along the waterfront and in the "
            "northwest, where he once lived.",
            "The runoff was officially nonpartisan, but it was widely seen as a test of "
            "suburban-leaning voters' mood heading into next year's midterm elections. Outside "
            "groups spent more than $3 million on the race, according to campaign finance filings.",
            "Gradwell raised $1.9 million for his campaign, roughly double Okonjo's $940,000.",
            "About 31% of the city's roughly 192,000 registered voters cast ballots.",
            "Okonjo will be the first woman to serve as mayor of Port Calder, a port and refinery "
            "city of about 310,000 people. She takes office Jan. 5, replacing term-limited Mayor "
            "Frank DeLuca, who endorsed neither candidate.",
            "Among her first tasks will be negotiating a new contract with the city's police "
            "union, which expires in March, and closing a projected $22 million budget gap.",
            "(Reporting by Ramon Estes; editing by Claire Whitaker)",
        ]),
        _art("WPCR Public Radio", "2025-12-16", [
            "Updated count widens Okonjo's lead slightly in Port Calder mayor's race",
            "WPCR News | Local Government",
            "Listen · 2:15",
            "Mayor-elect Denise Okonjo's margin over former state Sen. Paul Gradwell grew "
            "slightly on Monday after the county elections department finished counting "
            "provisional ballots and mail ballots that arrived by the deadline.",
            "Under the updated totals released Monday afternoon, Okonjo has 32,010 votes to "
            "Gradwell's 29,115, a lead of 2,895. The shares are unchanged when rounded: 52.4% for "
            "Okonjo and 47.6% for Gradwell.",
            "The late ballots nudged turnout to just under 32% of registered voters.",
            "Gradwell, who conceded late Saturday, said through a spokesman that he did not plan "
            "to request a recount. Under state law, a recount would only be automatic if the "
            "margin were less than half a percentage point.",
            "The City Council will canvass the results on Dec. 22, making them official. Okonjo "
            "takes the oath of office on Monday, Jan. 5, at City Hall.",
            "Okonjo led the November first round with 38.1% of the vote to Gradwell's 29.6%. "
            "Three other candidates split the rest.",
            "On Monday she named her transition team, led by former city manager Alma Rios, and "
            "said her first budget would include money for road repairs in every council district.",
            "\"People told us very clearly what they want: streets that don't flood and a city "
            "hall that answers the phone,\" Okonjo said at a news conference.",
            "WPCR is member-supported public radio. Become a sustaining member today.",
            "Related: What's next for the Port Calder police contract? | Meet the District 4 "
            "hopefuls",
        ]),
    ], []),
]
