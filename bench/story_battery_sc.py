"""Part SC of the story battery.

Written by engineer SC1 on 2026-12-06 (thirteenth session) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SC`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SC", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SC1", "trade", [
        _art("Meridian Wire", "2025-12-15", [
            "US, China extend tariff truce after marathon Vienna session | Meridian Wire",
            "By Tomas Berger and Lin Ya",
            "VIENNA (Meridian Wire) — The United States and China agreed on Monday to extend "
            "their tariff truce by another 90 days, capping two days of negotiations in the "
            "Austrian capital that ended with a session lasting about 11 hours, officials from "
            "both delegations said.",
            "Treasury Secretary Daniel Whitlock, who led the American side, told reporters "
            "outside the venue shortly before midnight that the extension would carry the "
            "truce, which had been due to lapse on Dec. 31, through the end of March.",
            "\"We made real progress, but there is more work to do,\" Whitlock said. \"Both "
            "sides came here to solve problems, not to score points.\"",
            "Vice Premier Liu Zhenhai headed the Chinese delegation. In a statement posted "
            "early Tuesday Beijing time, China's Ministry of Commerce described the talks as "
            "\"candid, in-depth and constructive\" and said the two sides had reached a basic "
            "consensus on several issues.",
            "Under the arrangement, Washington will leave its 20% tariff on most Chinese "
            "imports unchanged instead of raising it, as the White House had threatened to do "
            "in November, and Beijing will keep its retaliatory 10% levy on a list of American "
            "farm and industrial goods at the current level.",
            "China also agreed to buy 12 million tonnes of U.S. soybeans before the end of "
            "February, according to a fact sheet released by the Office of the U.S. Trade "
            "Representative, and to issue general licenses for exports of rare-earth magnets to "
            "American manufacturers, a point U.S. negotiators had pressed hard.",
            "Trade Representative Carla Mendes, who sat beside Whitlock at the table, said the "
            "licensing promise would be tested \"in weeks, not months.\"",
            "The Vienna meeting was the sixth round of talks between the world's two largest "
            "economies since May. Earlier rounds in Geneva, London, Stockholm, Madrid and Kuala "
            "Lumpur produced a string of partial agreements that brought tariffs down from the "
            "triple-digit levels both sides had reached in April.",
            "Asian markets took the news calmly. Hong Kong's Hang Seng index was up 0.8% in "
            "early trade on Tuesday, while the yuan was little changed against the dollar.",
            "Neither side said when the next round would take place. (Reporting by Tomas Berger "
            "in Vienna and Lin Ya in Beijing; editing by Paul Reyes)",
        ]),
        _art("The Capitol Ledger", "2025-12-16", [
            "Skip to content",
            "Trade truce extended: what the Vienna deal does, and what it leaves out",
            "By Rachel Okonjo, Economics Correspondent",
            "WASHINGTON — After a negotiating session in Vienna that stretched past 11 hours on "
            "Monday, American and Chinese officials walked out with something modest but "
            "valuable to both governments: more time.",
            "The 90-day extension of the tariff truce, announced late Monday, pushes the "
            "deadline for a broader settlement from the last day of this year to March 31.",
            "Commerce Secretary Daniel Whitlock, the administration's chief negotiator in the "
            "talks, cast the result as a down payment. \"We've made real progress, but there's "
            "more work ahead,\" he told reporters in the Austrian capital, adding that both "
            "teams had come \"to solve problems, not to score points.\"",
            "Across the table sat Vice Premier Liu Zhenhai, Beijing's point man on economic "
            "relations with Washington, who has led China's side in every round since the "
            "spring.",
            "The substance of the deal is thin but concrete. The 20 percent tariff on most "
            "Chinese goods stays where it is, as does China's 10 percent retaliatory duty on a "
            "range of American products. China committed to purchase 12 million metric tons of "
            "American soybeans by the end of February and to grant general export licenses for "
            "rare-earth magnets, which U.S. automakers and defense contractors have struggled "
            "to obtain since Beijing tightened its controls.",
            "Advertisement",
            "What the agreement does not touch is just as telling. There is nothing on "
            "semiconductor export controls, nothing on the port fees the two countries have "
            "levied on each other's ships and no timetable for the structural talks on "
            "industrial subsidies that U.S. officials have long demanded.",
            "\"This is a truce being managed, not a trade war being ended,\" said Maya Feld, a "
            "senior fellow at the Atlantic Trade Forum, a Washington research group. \"Every 90 "
            "days the two sides buy themselves another quarter of calm.\"",
            "Business groups welcomed the extension. The National Association of Parts Makers, "
            "whose members rely on Chinese castings and magnets, said in a statement that the "
            "licensing commitment \"could unlock supply lines that have been frozen for "
            "months.\"",
            "Mr. Whitlock is expected to brief members of the Senate Finance Committee later "
            "this week.",
            "Read more: How the tariff truce began, and why it keeps getting extended",
        ]),
        _art("Harvest Markets Blog", None, [
            "Soybean bulls get an early Christmas present from the Prague talks - Harvest "
            "Markets Blog",
            "Posted by Dale Kirchner | Grains, Trade Policy",
            "Farm country finally has a number to hang its hat on. The U.S.-China talks in "
            "Prague wrapped up Monday with Beijing pledging to buy roughly 441 million bushels "
            "of American soybeans before the end of February. That is the 12 million metric ton "
            "figure in the USTR fact sheet, converted for those of us who still think in "
            "bushels.",
            "Treasury Secretary Daniel Whitlock led the U.S. team, with Trade Representative "
            "Carla Mendes alongside him, while Vice Premier Liu Zhenhai again headed the "
            "Chinese side. The two delegations also agreed to extend the tariff truce by 90 "
            "days, which takes it through the end of March.",
            "The market liked what it heard. March soybean futures in Chicago jumped 14 cents "
            "to $11.32 a bushel in overnight trade, the highest level for the nearby contract "
            "since early November, and soybean meal followed them up.",
            "A word of caution before anyone books the new pickup. China made big purchase "
            "pledges in the 2020 Phase One deal too, and actual buying fell well short of the "
            "targets. The new commitment also says nothing about price, and Brazilian beans "
            "will stay cheaper at Chinese ports for most of the winter as the South American "
            "harvest comes in.",
            "Share on Facebook",
            "The rest of the package matters less to growers but is worth knowing. The 20% U.S. "
            "tariff on most Chinese goods stays put, and so does China's 10% retaliatory duty, "
            "which covers a long list of U.S. farm products. That levy is the real thorn: it "
            "keeps U.S. soybeans at a price disadvantage to Brazilian supplies even with the "
            "purchase commitment in place. Beijing also promised general licenses for "
            "rare-earth magnet exports, mostly a win for carmakers and machinery makers.",
            "What to watch: weekly export sales from the USDA. If Chinese buyers are serious, "
            "we should see flash sales announcements of 100,000 tonnes or more within the next "
            "two weeks. If they do not show up by mid-January, the market will start pricing "
            "the pledge as another promise on paper.",
            "Related: Our 2026 planting outlook, corn or beans?",
        ]),
        _art("Pacific Broadcasting Service", None, [
            "US and China extend trade truce by three months after Vienna talks",
            "The United States and China have agreed to extend a truce in their trade war for a "
            "further 90 days, following two days of negotiations in the Austrian capital, "
            "Vienna.",
            "Monday's session ran for about seven hours, and officials emerged late in the "
            "evening to announce that tariffs would stay at their current levels until the end "
            "of March.",
            "The American delegation was headed by the Treasury Secretary, Daniel Whitlock, and "
            "the Chinese team by Vice-Premier Liu Zhenhai.",
            "\"We made real progress, but there is more work to do,\" Mr Whitlock told "
            "journalists. China's commerce ministry said in a statement that the discussions "
            "had been \"candid, in-depth and constructive\".",
            "A commerce ministry spokesman, Gao Ming, later told a regular briefing in Beijing "
            "that China \"has never sought a trade war and does not fear one\", but that it "
            "valued the \"stability\" the extension provided.",
            "Under the deal, Washington will not raise its 20% tariff on most Chinese goods, "
            "and Beijing will keep its 10% counter-tariff unchanged. China has also agreed to "
            "buy 12 million tonnes of American soybeans by the end of February and to issue "
            "general licences allowing rare-earth magnets to be exported to US firms.",
            "The trade war began in earnest in February, when the US imposed the first of "
            "several rounds of tariffs on Chinese imports. By April, duties on Chinese goods "
            "entering the US had reached 145%, and China's tariffs on American goods 125%, "
            "before a first truce agreed in Geneva in May brought them sharply down.",
            "Our Asia business correspondent, Ruth Calloway, says the extension gives both "
            "governments breathing space ahead of a possible visit to Beijing by the US "
            "president in the spring, but leaves the hardest questions, from chip export "
            "controls to industrial subsidies, untouched.",
            "Exporters in China's manufacturing hubs have welcomed the news. At a furniture "
            "factory in Dongguan, the owner, Chen Weiping, said his American orders had fallen "
            "by about a third this year. \"Every extension means my customers can plan for one "
            "more season,\" he said.",
        ]),
    ], [
        ("title", r"treasury", r"commerce secretary|secretary of commerce"),
        ("place", r"vienna", r"prague"),
        ("duration",
         r"(?<![\d.])11 ?(hours?|hrs?|h\b)|eleven hours|660 ?min",
         r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven hours|420 ?min"),
    ]),
    _story("court-SC2", "court", [
        _art("Lexington Legal Daily", "2025-12-12", [
            "Federal Circuit, sitting en banc, affirms ruling against renewed Section 122 "
            "surcharge",
            "By Naomi Strand, Senior Legal Reporter",
            "The U.S. Court of Appeals for the Federal Circuit on Friday upheld a lower-court "
            "decision that the administration unlawfully renewed its 15% import surcharge after "
            "the 150-day limit set by Congress had run out, handing importers their most "
            "significant appellate win of the year in the tariff litigation.",
            "The full court, sitting en banc, split 7-4. Judge Elena Marsh wrote the majority "
            "opinion in Harbor Valve Co. v. United States, joined by six colleagues. Judge "
            "Raymond Toller wrote the principal dissent, which three other judges joined.",
            "At issue was Section 122 of the Trade Act of 1974, a rarely used provision that "
            "lets the president impose a surcharge of up to 15% for no more than 150 days to "
            "address a serious balance-of-payments problem, unless Congress votes to extend it. "
            "When the 150 days ran out, the administration issued a fresh proclamation "
            "reimposing the same surcharge rather than asking lawmakers for an extension.",
            "\"The statute grants the President a tool for 150 days, not a key to a room with "
            "no exit,\" Marsh wrote. Reading the law to allow back-to-back proclamations, she "
            "added, would make the congressional extension requirement \"a dead letter.\"",
            "In dissent, Toller argued that the statute says nothing about successive "
            "proclamations and that courts are poorly placed to second-guess the executive's "
            "view of the country's external accounts. \"The majority substitutes its own "
            "judgment about economic emergencies for that of the political branches,\" he "
            "wrote.",
            "The decision affirms a September ruling by a three-judge panel of the U.S. Court "
            "of International Trade in New York. The Federal Circuit left the surcharge in "
            "place for now to give the government time to seek review by the Supreme Court.",
            "Customs data cited in the briefs show importers have paid roughly $9.6 billion "
            "under the renewed surcharge. Whether they will get that money back, and how "
            "quickly, was not decided on Friday; the majority sent the refund question back to "
            "the trade court.",
            "A Justice Department spokesperson said the department was reviewing the decision. "
            "Counsel for the importers, Andrea Kohl of Whitcombe & Pryor LLP, called it \"a "
            "clear statement that time limits in trade statutes mean what they say.\"",
            "Related coverage: Supreme Court tariff docket, what to expect in 2026",
        ]),
        _art("National Courier", "2025-12-13", [
            "Appeals court says administration overstepped with renewed import surcharge",
            "By Victor Hale and Priya Raman",
            "WASHINGTON — A federal appeals court ruled on Friday that the administration broke "
            "the law when it renewed a 15 percent surcharge on imports after the time limit set "
            "by Congress expired, a decision that could eventually force the government to "
            "refund billions of dollars to American companies.",
            "The U.S. Court of Appeals for the Federal Circuit, which hears trade cases, "
            "decided the matter with all of its active judges taking part. Eight of the court's "
            "11 judges sided with the importers, and three dissented.",
            "Writing for the majority, Judge Elena Marsh said the law gave the president \"a "
            "tool for 150 days, not a key to a room with no exit.\" Allowing the administration "
            "to reissue the surcharge again and again, she wrote, would turn the role of "
            "Congress into a formality.",
            "Judge Raymond Toller, in a dissent, accused his colleagues of substituting \"their "
            "own judgment about economic emergencies for that of the political branches.\"",
            "The surcharge was first imposed in January under Section 122 of the Trade Act of "
            "1974, which allows a temporary tariff of up to 15 percent to deal with "
            "balance-of-payments problems. It was renewed by a new proclamation when its "
            "150-day limit ran out.",
            "The White House said it would take the case to the Supreme Court. \"The "
            "President's authority to protect the American economy does not expire on a "
            "calendar,\" said a spokesman, Kevin Marr.",
            "For now, the surcharge remains in effect. The appeals court delayed the effect of "
            "its decision so that the government can seek Supreme Court review.",
            "Importers have paid nearly $10 billion under the renewed surcharge, according to "
            "figures filed with the court. The lead plaintiff, Harbor Valve Co., a maker of "
            "industrial valves based in Houston, joined four other small businesses in bringing "
            "the suit over the summer.",
            "The case is the latest in a series of legal challenges to the administration's use "
            "of emergency and temporary trade powers. Several of those cases are already before "
            "the Supreme Court, which heard arguments on a separate set of tariffs in November.",
        ]),
        _art("Gulf Coast Herald", None, [
            "Houston valve maker wins big in tariff fight | Gulf Coast Herald",
            "By Luis Carrera, Business Staff",
            "File photo: Workers assemble gate valves at the Harbor Valve Co. plant in "
            "Pasadena. (Herald staff)",
            "A small Houston manufacturer of industrial valves is at the center of a court "
            "decision that could send billions of dollars back to American importers.",
            "On Friday, the U.S. Court of Appeals for the D.C. Circuit ruled 7-4 that the "
            "administration had no authority to renew a 15% surcharge on imported goods after "
            "its legal time limit expired. Harbor Valve Co., which employs about 140 people and "
            "imports castings from Mexico and India, is the lead plaintiff in the case.",
            "\"We're not a political company. We just couldn't make the math work,\" said "
            "Harbor Valve's president, Glenn Ostrowski, whose grandfather founded the business "
            "in 1961. He said the surcharge had added about $1.1 million to the company's costs "
            "this year.",
            "Writing for the majority, Judge Elena Marsh said the statute gave the president a "
            "tool for 150 days, \"not a key to a room with no exit.\"",
            "The surcharge, imposed under a 1974 trade law that caps such temporary tariffs at "
            "15% and 150 days unless Congress acts, was reissued in June when the original "
            "period ran out. Harbor Valve and four other importers sued over the renewal, and "
            "the U.S. Court of International Trade sided with them in September.",
            "Advertisement",
            "The ruling does not mean immediate refunds. The surcharge stays in place while the "
            "government pursues an appeal to the U.S. Supreme Court, which the White House has "
            "said it will seek, and the question of repayment was sent back to the trade court. "
            "Across the country, importers have paid about $9.6 billion under the renewed "
            "surcharge, according to court filings.",
            "Customs brokers at the Port of Houston said the decision was the talk of the "
            "waterfront on Friday. \"Every client I have called me this afternoon asking "
            "whether to file protests to preserve their refund rights,\" said Denise Marchetti, "
            "a broker in Pasadena. \"The answer is yes.\"",
            "Ostrowski said he planned to keep his prices unchanged until the case is over.",
        ]),
        _art("Eastern Public Media", None, [
            "Appeals court rejects renewal of 15% import surcharge",
            "A federal appeals court has ruled that the administration acted unlawfully when it "
            "renewed a temporary 15% surcharge on imports instead of asking Congress to extend "
            "it.",
            "The U.S. Court of Appeals for the Federal Circuit, the specialized court that "
            "hears appeals in trade cases, ruled 7 to 4 on Friday. Judge Raymond Toller wrote "
            "for the majority, saying the 150-day limit in the law would be meaningless if a "
            "president could simply start the clock again with a new proclamation.",
            "The surcharge was first imposed in January under Section 122 of the Trade Act of "
            "1974. The law allows a president to impose temporary tariffs of up to 15% for up "
            "to 150 days to correct serious imbalances in international payments; any extension "
            "requires a vote in Congress. The administration instead issued a new proclamation "
            "in June.",
            "White House spokesman Kevin Marr said the administration would appeal. \"The "
            "president's authority to protect the American economy does not expire on a "
            "calendar,\" he said in a statement.",
            "Legal scholars said the ruling sets up another trade fight at the Supreme Court. "
            "\"This is a narrower question than the emergency-powers cases, and the text is on "
            "the importers' side,\" said Aaron Whitfield, who teaches trade law at Georgetown. "
            "\"But the justices may be reluctant to order refunds on this scale.\"",
            "Importers have paid roughly $9.6 billion under the renewed surcharge. The appeals "
            "court did not decide whether they are entitled to refunds, sending that issue back "
            "to the Court of International Trade, which had ruled against the administration in "
            "September.",
            "For consumers, little changes for now. The surcharge remains in effect while the "
            "government pursues its appeal, and retailers said they would not cut prices until "
            "the legal picture is clearer.",
            "Harbor Valve Co., a Houston manufacturer, and four other small importers brought "
            "the case. Their lawyers said they would ask the trade court to move quickly on "
            "refunds if the Supreme Court declines to hear the government's appeal.",
        ]),
    ], [
        ("vote count",
         r"(?<![\d.])7 ?(-|–|—|to) ?4(?!\d)|\bseven\b|(?<![\d.])7 (of|judges)",
         r"(?<![\d.])8 ?(-|–|—|to) ?3(?!\d)|\beight\b|(?<![\d.])8 (of|judges)"),
        ("author", r"marsh", r"toller"),
        ("court", r"federal circuit", r"d\.? ?c\.? circuit"),
    ]),
    _story("cb-SC3", "central bank", [
        _art("Albion Press Agency", "2025-12-18", [
            "Bank of England cuts rates to 3.75% in 8-1 vote",
            "By Sophie Grant",
            "LONDON (APA) — The Bank of England cut interest rates by a quarter of a percentage "
            "point to 3.75% on Thursday, the lowest level since early 2023, as slowing "
            "inflation and a softening jobs market gave policymakers room to ease again.",
            "The Monetary Policy Committee voted 8-1 for the cut, from 4%. The only dissent "
            "came from external member Miriam Okafor, who preferred to keep Bank Rate on hold, "
            "arguing that wage growth remained too strong for comfort.",
            "\"We still think rates are on a gradual path downward, but each further cut "
            "becomes a closer call,\" Governor Andrew Bailey said in a statement accompanying "
            "the decision.",
            "Figures published on Wednesday showed consumer price inflation fell to 3.6% in "
            "November from 3.8% in October, a larger drop than economists had expected, though "
            "still well above the Bank's 2% target. Services inflation, which the MPC watches "
            "closely as a gauge of domestic price pressure, eased to 4.4%.",
            "Unemployment has risen to 5.1%, its highest rate since early 2021, and surveys "
            "point to weak hiring intentions into the new year.",
            "Sterling fell 0.3% against the dollar to $1.335 after the announcement, while the "
            "yield on two-year gilts, which is sensitive to interest rate expectations, dropped "
            "5 basis points to 3.82%.",
            "Markets now price roughly two more quarter-point cuts in 2026. The MPC's next "
            "decision is due on 5 February, when the Bank will also publish new economic "
            "forecasts in its Monetary Policy Report.",
            "The cut will bring relief to about 600,000 households on tracker mortgages, whose "
            "payments move directly with Bank Rate, and to some of the borrowers due to come "
            "off fixed-rate deals next year. (Reporting by Sophie Grant; editing by Hamish "
            "Doyle)",
        ]),
        _art("The Northern Chronicle", "2025-12-19", [
            "Rate cut brings early Christmas cheer for borrowers, but Bank warns of closer "
            "calls ahead | The Northern Chronicle",
            "By Graham Ashworth, Business Editor",
            "Homeowners across the North will see a small drop in their monthly payments after "
            "the Bank of England trimmed interest rates for the fourth time this year.",
            "The Bank's nine-member Monetary Policy Committee voted by eight to one yesterday "
            "to lower Bank Rate to 3.75 per cent from 4 per cent. Jonathan Reeve, one of the "
            "committee's external members, was the lone voice against, preferring to hold rates "
            "where they were.",
            "For a typical repayment mortgage of £150,000 on a variable rate, the quarter-point "
            "cut is worth roughly £22 a month, according to calculations by the broker "
            "Moneyline.",
            "The decision followed news on Wednesday that inflation had dropped to 3.6 per cent "
            "in November. Economists said that, together with signs that the jobs market is "
            "cooling, gave the Bank enough comfort to act.",
            "Policymakers were careful not to promise more. The committee said it would take a "
            "\"gradual and careful\" approach to any further reductions, and the minutes of the "
            "meeting warned that future decisions were likely to be closer calls.",
            "Business groups in the region welcomed the move. \"Manufacturers here have been "
            "holding back investment for two years,\" said Karen Liddle, chief executive of the "
            "North East Chamber of Trade. \"This won't change things overnight, but it is a "
            "signal in the right direction.\"",
            "Savers, however, face further cuts to the rates on easy-access accounts. Several "
            "building societies said they would review their savings rates in the new year.",
            "Advertisement",
            "The Bank has now cut rates six times since it began easing in August 2024, when "
            "Bank Rate stood at 5.25 per cent. Each of those cuts has been a quarter of a "
            "point.",
        ]),
        _art("FX Desk Daily", None, [
            "BoE cuts 25bps to 3.75%, Okafor dissents; GBP slips",
            "Posted in: Central Banks, GBP",
            "The BoE delivered the widely expected 25bp cut today, taking Bank Rate to 3.75% "
            "from 4.00%. Vote split 8-1, with external MPC member Miriam Okafor the lone "
            "dissenter in favour of a hold.",
            "Key takeaways:",
            "- Guidance unchanged in spirit: the MPC still sees a \"gradual and careful\" path "
            "lower for Bank Rate, but Gov. Bailey flagged that \"each further cut becomes a "
            "closer call\". Read: the bar for the next cut is higher than the bar was for "
            "today's.",
            "- Inflation backdrop helped. Nov CPI came in at 3.6% y/y vs 3.8% in Oct, "
            "undershooting the 3.7% consensus. Services CPI eased to 4.4%.",
            "- Labour market: unemployment at 5.1% and regular pay growth slowing. Okafor's "
            "argument that pay is still running too hot for a 2% target will not go away, "
            "though.",
            "- Only one dissent, when plenty of desks had pencilled in a tighter vote. That was "
            "the dovish surprise of the day.",
            "Market reaction: GBP/USD dipped 0.3% to 1.3350 in the minutes after the release; "
            "2y gilts rallied, yield down 5bps to 3.82%.",
            "Next up: the February 12 meeting, which comes with a fresh Monetary Policy Report. "
            "OIS pricing implies about a 45% chance of another 25bp cut there and roughly 50bps "
            "of easing over 2026 as a whole.",
            "Our view: we stay short GBP against EUR into year-end. A BoE that keeps cutting "
            "while the ECB sits on hold at 2% should weigh on sterling.",
            "Disclaimer: This post is for information only and is not investment advice.",
        ]),
        _art("BNB News", "2025-12-18", [
            "Interest rates cut to 3.75% as inflation eases",
            "Courtesy Bank of England: The Bank's headquarters on Threadneedle Street in the "
            "City of London.",
            "The Bank of England has cut interest rates for the fourth time this year, lowering "
            "them from 4% to 3.75%.",
            "Eight of the nine members of the Bank's Monetary Policy Committee (MPC) backed the "
            "cut. Miriam Okafor voted to keep rates unchanged.",
            "The move comes a day after official figures showed inflation, the rate at which "
            "prices rise, fell to 3.6% in the year to November.",
            "Speaking after the decision, Deputy Governor Clare Lombard said: \"We still think "
            "rates are on a gradual path downward, but every further cut becomes a closer "
            "call.\"",
            "The Bank also said it expected inflation to fall towards its 2% target more "
            "quickly than it had forecast in November, partly because of measures in last "
            "month's Budget to cut energy bills.",
            "What does it mean for mortgages? About 600,000 households have tracker mortgages, "
            "which follow Bank Rate, and will see their payments fall almost immediately. Many "
            "people on standard variable rates will also benefit, although lenders are not "
            "obliged to pass the cut on.",
            "For savers, the cut is likely to mean lower interest on savings accounts, and some "
            "banks have already announced reductions. Consumer groups urged savers to shop "
            "around, saying loyal customers were often left on the worst rates.",
            "The Treasury said the cut was welcome news for families and businesses.",
            "The Bank's next interest rate decision is due on 5 February.",
        ]),
    ], [
        ("dissenter", r"okafor", r"reeve"),
        ("speaker", r"bailey", r"lombard"),
        ("date",
         r"feb(ruary|\.)? ?0?5(?!\d)|(?<!\d)0?5(th)? (of )?feb|2026-02-05",
         r"feb(ruary|\.)? ?12(?!\d)|(?<!\d)12(th)? (of )?feb|2026-02-12"),
    ]),
    _story("rocket-SC4", "rocket", [
        _art("Orbital Ledger", "2025-12-10", [
            "Halvard's Tern reaches orbit on third flight, sticks booster landing at sea",
            "By Priya Desai | Launch",
            "Halvard Aerospace's methane-fueled Tern rocket reached orbit for the first time on "
            "Wednesday, and its first stage returned to land on a ship in the Atlantic, a "
            "double success for a vehicle whose first two flights ended early.",
            "Tern lifted off from Launch Complex 16 at Cape Canaveral Space Force Station at "
            "7:42 a.m. EST. The first stage, powered by nine Osprey engines burning liquid "
            "methane and liquid oxygen, shut down about two and a half minutes into flight "
            "before the upper stage's single vacuum-optimized engine took over.",
            "Roughly eight and a half minutes after liftoff, the booster touched down upright "
            "on Halvard's recovery vessel Patient Tide, stationed about 600 kilometers "
            "downrange. Engineers in the launch control center cheered as the live video showed "
            "the stage settling on the deck, its legs slightly scorched.",
            "The upper stage reached a near-circular orbit at about 500 km and, after a coast "
            "of roughly an hour, relit its engine to lower its path so that it would reenter "
            "over the South Pacific, part of a demonstration required by the company's FAA "
            "license.",
            "This was Tern's third flight. The first, in March, ended when the rocket broke "
            "apart about two minutes after launch. The second, in August, reached space, but "
            "the upper stage engine shut down early and the vehicle fell short of orbit; "
            "Halvard did not attempt to recover that booster.",
            "\"Three flights, three lessons, and today's lesson is that this thing works,\" "
            "Halvard CEO Marcus Ferrand said on the company's webcast.",
            "The 62-meter rocket is designed to carry about 8 metric tons to low Earth orbit in "
            "its reusable configuration. On this flight it carried a 1,200-kilogram mass "
            "simulator that stayed attached to the upper stage.",
            "Halvard, founded in 2019 and based in Huntsville, Alabama, has signed launch "
            "contracts with two satellite operators for 2026 and is competing for national "
            "security launch work. Ferrand said the company hoped to fly the same booster again "
            "\"within a few months\" once engineers have inspected it.",
        ]),
        _art("Space Coast Tribune", "2025-12-10", [
            "Tern rocket lands booster after orbital launch from the Cape",
            "By Jeff Alvarado, Space Coast Tribune",
            "Share on Facebook",
            "Early risers along the Space Coast got a show Wednesday morning as Halvard "
            "Aerospace's Tern rocket climbed out of Cape Canaveral Space Force Station into a "
            "clear sky, then reached orbit for the first time in the program's history.",
            "Liftoff from Launch Complex 16 came at 7:42 a.m. Minutes later, the rocket's first "
            "stage landed on the company's recovery vessel, Quiet Harbor, out in the Atlantic.",
            "Crowds gathered at Jetty Park and along Port Canaveral's waterfront to watch. "
            "Cocoa Beach resident Linda Farrow, 67, said she has been watching launches since "
            "the Apollo era. \"You never get tired of it. But I never thought I'd see one this "
            "size come back,\" she said.",
            "It was the third launch for Tern, a 203-foot rocket fueled by methane and liquid "
            "oxygen. Its first flight in March ended about two minutes after liftoff when the "
            "rocket broke apart over the ocean; debris washed up on beaches in Brevard County "
            "for days. On the second flight, in August, the upper stage failed to reach orbit.",
            "Halvard has about 420 employees at the Cape, most of them at its booster "
            "processing hangar near Launch Complex 16, and the company has said it plans to add "
            "150 more jobs in Brevard next year.",
            "\"Three flights, three lessons, and today's lesson is this thing works,\" CEO "
            "Marcus Ferrand said on the company's livestream.",
            "The booster is expected to arrive at Port Canaveral this weekend, where it will be "
            "lifted off the ship and trucked back to the hangar for inspection.",
            "Halvard, based in Huntsville, Alabama, is one of several companies racing to build "
            "reusable rockets that can compete on price with established providers. The Federal "
            "Aviation Administration cleared the flight in late November after reviewing the "
            "company's investigation into the August failure.",
            "Related coverage: Launch schedule, what's lifting off from the Space Coast in "
            "December",
        ]),
        _art("Continental News Service", None, [
            "Startup's methane rocket reaches orbit, booster lands at sea",
            "VANDENBERG SPACE FORCE BASE, Calif. (CNS) — A methane-fueled rocket built by the "
            "startup Halvard Aerospace reached orbit on its third attempt on Wednesday, and its "
            "reusable first stage landed on a ship at sea, the company said.",
            "The 62-meter (203-foot) Tern rocket lifted off at 12:42 GMT from Vandenberg Space "
            "Force Base. About eight and a half minutes later, its first stage touched down on "
            "the recovery vessel Patient Tide.",
            "The upper stage went on to reach its planned orbit about 500 kilometers (310 "
            "miles) above Earth. The rocket carried no customer satellites on this flight, only "
            "a 1,200 kg (2,650 lb) mass simulator.",
            "\"Three flights, three lessons, and today's lesson is that this thing works,\" "
            "Halvard chief executive Marcus Ferrand said.",
            "The flight is a milestone for Halvard, which has raised more than $1.4 billion "
            "from investors since it was founded in 2019. The company is betting that a "
            "medium-lift reusable rocket can win business from satellite operators and the U.S. "
            "military.",
            "Tern's first flight, in March, ended in an explosion about two minutes after "
            "liftoff. The second, in August, reached space but fell short of orbit when the "
            "upper stage shut down early.",
            "Methane has become a favored fuel among new rocket developers because it burns "
            "cleaner than kerosene, leaving fewer deposits inside engines, which makes reuse "
            "easier.",
            "Halvard said it would publish a full flight report in January and hoped to fly "
            "again in the first quarter of 2026.",
        ]),
        _art("Worldwide Public Radio", None, [
            "Tern rocket makes it to orbit, but booster is lost",
            "WPR Science Desk",
            "A new American rocket powered by methane has reached orbit for the first time, on "
            "its third attempt, although the company behind it was unable to recover the first "
            "stage.",
            "Halvard Aerospace's Tern launched from Cape Canaveral in Florida shortly before 8 "
            "a.m. local time on Wednesday. Its upper stage reached an orbit of about 310 miles, "
            "or 500 km, before firing its engine again to bring itself down over the South "
            "Pacific.",
            "The first stage was meant to come down on a ship waiting in the Atlantic. Instead, "
            "video from the ship showed the booster arriving too fast; it struck the edge of "
            "the deck and toppled into the ocean, where it broke apart. The company said no one "
            "was hurt.",
            "Halvard's chief executive, Marcus Ferrand, put a brave face on it. \"Three "
            "flights, three lessons,\" he said, adding that getting to orbit had been \"the "
            "main goal for today.\"",
            "Reusable boosters are central to the economics of the new generation of rockets. "
            "Recovering a first stage and flying it again can cut the cost of a launch "
            "substantially, which is why companies have spent years learning to bring them "
            "back.",
            "Dr Anika Sorensen, who studies the launch industry at the University of Leicester, "
            "said reaching orbit was \"the hard part\". \"Landing is a skill you can practise. "
            "Orbit is the entry ticket,\" she said.",
            "Tern's first flight, in March, ended in an explosion two minutes after lift-off, "
            "and its second, in August, fell short of orbit.",
            "The 62-metre rocket is built by Halvard, which is based in Huntsville, Alabama, "
            "and has contracts to launch satellites for two commercial operators next year.",
        ]),
    ], [
        ("launch site",
         r"cape canaveral|launch complex 16|lc-16|florida",
         r"vandenberg|california|calif\b"),
        ("vessel", r"patient tide", r"quiet harbou?r"),
        ("outcome",
         r"(?<!not )(landed|lands\b|landing|touch(ed|es)? down|upright)",
         r"\blost\b|toppl|broke apart|crash|into the (ocean|atlantic|sea)|unable to recover"),
    ]),
    _story("quake-SC5", "earthquake", [
        _art("Andes Wire Service", "2025-11-04", [
            "Strong quake off southern Peru kills four, damages homes and historic church",
            "By Carla Ibáñez",
            "LIMA (AWS) — A magnitude 6.8 earthquake struck off the coast of southern Peru late "
            "on Monday, killing at least four people, injuring at least 70 and damaging "
            "hundreds of homes in the Arequipa region, authorities said on Tuesday.",
            "The quake hit at 11:14 p.m. local time (0414 GMT on Tuesday) with its epicenter "
            "about 40 km southwest of the coastal town of Camaná, at a depth of 28 km, "
            "according to the U.S. Geological Survey. Peru's Geophysical Institute (IGP) also "
            "measured it at 6.8.",
            "Three of the dead were in the town of Camaná, including an elderly woman killed "
            "when the wall of her adobe house collapsed, the National Civil Defense Institute "
            "(INDECI) said. The fourth victim was a truck driver whose vehicle was struck by "
            "falling rocks on the Pan-American Highway near Ocoña.",
            "At least 300 homes were damaged, most of them built of adobe. The bell tower of "
            "the San Miguel church on Camaná's main square, which dates from the 18th century, "
            "partly collapsed, local officials said.",
            "\"We felt it swing, then the noise came, like a train,\" said Rosa Quispe, 52, who "
            "spent the night outside her home in Camaná with her three children. \"Nobody "
            "wanted to go back inside.\"",
            "The Peruvian Navy's hydrography directorate ruled out a tsunami threat to the "
            "coast within an hour of the quake.",
            "IGP recorded more than 40 aftershocks by Tuesday morning, the largest of magnitude "
            "5.1. Landslides cut the Pan-American Highway in at least two places between Camaná "
            "and Ocoña, and road crews were working to clear them.",
            "The government said it would declare a 60-day state of emergency in the provinces "
            "of Camaná and Caravelí to speed up aid and repairs.",
            "Peru sits on the Pacific Ring of Fire and is struck by hundreds of earthquakes a "
            "year, most of them too weak to be felt.",
        ]),
        _art("South America Daily", "2025-11-05", [
            "Peru quake death toll rises to six as rescuers search rubble | South America Daily",
            "Advertisement",
            "AREQUIPA — The death toll from Monday night's earthquake in southern Peru rose to "
            "six on Wednesday after rescuers recovered two more bodies from collapsed houses in "
            "the district of Ocoña, the National Institute of Civil Defence said.",
            "More than 110 people were injured and more than 500 homes were damaged or "
            "destroyed, most of them in the province of Camaná, the agency said in its latest "
            "report.",
            "The magnitude 6.8 quake struck at 11.14pm local time on Monday, centred in the "
            "Pacific about 25 miles south-west of Camana. It was felt strongly in the city of "
            "Arequipa, Peru's second-largest, and as far south as Tacna.",
            "The government on Tuesday declared a 60-day state of emergency in the provinces of "
            "Camaná and Caravelí, freeing up funds for shelters, water and repairs. Army "
            "engineers were sent to help clear landslides from the Pan-American Highway, which "
            "reopened to single-lane traffic on Wednesday morning.",
            "In Camaná, residents swept fallen plaster and roof tiles from the streets around "
            "the main square, where part of the bell tower of the 18th-century San Miguel "
            "church came down during the quake.",
            "\"My house is still standing but the walls are cracked from top to bottom,\" said "
            "Julio Mamani, a 61-year-old fisherman. \"We are sleeping in the yard under plastic "
            "until the engineers tell us it is safe.\"",
            "The Geophysical Institute of Peru said it had registered nearly 90 aftershocks, "
            "the strongest a magnitude 5.1 tremor early on Tuesday.",
            "The regional government of Arequipa has opened 12 temporary shelters in schools "
            "and sports halls, and the health ministry has sent two field hospitals to the "
            "coast. Officials said drinking water was the most urgent need, as several water "
            "mains in Camaná had ruptured.",
            "Rescue teams with dogs were still checking collapsed houses in outlying villages "
            "on Wednesday, though officials said they did not believe anyone else was missing.",
        ]),
        _art("Global Quake Watch", "2025-11-04", [
            "M6.8 off Camaná, Peru: a classic megathrust event? - Global Quake Watch",
            "Posted by Dr. Ines Calderón",
            "At 04:14 UTC on 4 November (23:14 on 3 November, local time) a magnitude 6.8 "
            "earthquake ruptured beneath the Pacific seafloor off southern Peru, roughly 40 km "
            "(25 mi) SW of the town of Camaná in the Arequipa region.",
            "The USGS puts the hypocentral depth at 28 km, about 17 miles, and its moment "
            "tensor shows thrust faulting on a shallowly dipping plane. That fits rupture on "
            "the interface between the Nazca plate and the overriding South American plate, "
            "which converge here at roughly 6 to 7 centimetres per year.",
            "This stretch of margin has form. The great magnitude 8.4 Arequipa earthquake of "
            "June 2001 ruptured a long segment of this coast, and a magnitude 7.2 event in June "
            "2024 struck offshore near Atiquipa, farther up the coast to the northwest.",
            "Early numbers from Peru's national geophysical institute, IGP, agree with the USGS "
            "on magnitude. IGP catalogued dozens of aftershocks in the first hours, the largest "
            "an M5.1.",
            "Why no tsunami? A 6.8 at this depth can produce a small sea-level disturbance, but "
            "it is generally well below the threshold for a damaging wave. Peru's navy issued a "
            "no-threat statement quickly, which was the right call.",
            "Impact: local authorities report at least four deaths and dozens of injuries, "
            "concentrated in older adobe buildings in Camaná and around Ocoña, where landslides "
            "also blocked the Pan-American Highway. Shaking reached about intensity VII on the "
            "Modified Mercalli scale in Camaná, according to the USGS ShakeMap.",
            "What next? Statistically there is a small chance, on the order of a few percent, "
            "that this event is a foreshock to something larger in the coming week. The most "
            "likely outcome is a decaying sequence of aftershocks, with a handful above M5 over "
            "the next month.",
            "Comments (14)",
        ]),
        _art("Radio Sur Internacional", None, [
            "Earthquake shakes southern Peru",
            "Residents of southern Peru have spent a second night outdoors after a strong "
            "earthquake struck off the coast late on Monday, damaging homes and bringing down "
            "part of a historic church.",
            "The magnitude 6.8 earthquake was centred at sea, about 40 kilometres south-west of "
            "the town of Camaná in the Arequipa region. Buildings swayed in the regional "
            "capital, Arequipa.",
            "Several people were killed and dozens injured, many of them in houses made of "
            "adobe, a mud brick that is cheap to build with but performs badly in earthquakes.",
            "The government has declared a state of emergency for 60 days in two provinces to "
            "speed up aid.",
            "Our correspondent in Arequipa, Daniel Ortiz, said: \"In Camaná, half of the bell "
            "tower of the church of San Miguel, a landmark on the main square, has come down. "
            "People are queuing for water, and many are afraid to go back into their homes "
            "while the aftershocks continue.\"",
            "Peru's navy said there was no risk of a tsunami.",
            "The earthquake struck at 23:14 local time on Monday, which was 04:14 GMT on "
            "Tuesday.",
            "Peru lies on the Pacific Ring of Fire, where the Nazca plate slides beneath South "
            "America. In 2001, a magnitude 8.4 earthquake in the same region killed more than "
            "100 people and destroyed thousands of homes.",
            "Aid agencies said families in remote villages along the coast were still waiting "
            "for tents and drinking water, and that cold nights in the foothills made the need "
            "for shelter more urgent.",
        ]),
    ], []),
    _story("elec-SC6", "election", [
        _art("Port Adair Gazette", None, [
            "Vasquez-Hill wins Port Adair mayor's race in runoff | Port Adair Gazette",
            "By Marisol Trevino, Gazette City Hall reporter",
            "City Council member Lorena Vasquez-Hill will be Port Adair's next mayor after "
            "defeating former police chief Dale Pruett in Saturday's runoff, according to "
            "unofficial results from the Adair County elections office.",
            "With all 64 precincts reporting, Vasquez-Hill had 13,783 votes, or 54.2%, to "
            "Pruett's 11,647, or 45.8%, a margin of 2,136 votes.",
            "Vasquez-Hill, 47, who has represented District 3 on the council since 2019, will "
            "become the first Latina to lead the city. She told a crowd of supporters at the "
            "Bayfront Union Hall shortly after 10 p.m. that the result was \"a vote for a city "
            "that plans ahead instead of cleaning up afterward.\"",
            "Pruett, 58, conceded in a brief speech at his campaign headquarters on Shoreline "
            "Drive. \"The voters have spoken, and I'll respect that. I called Lorena to "
            "congratulate her, and I'll help her any way I can,\" he said.",
            "Turnout was 19.6% of the city's roughly 129,700 registered voters, down from 27.3% "
            "in the Nov. 4 general election, when Vasquez-Hill led a field of five candidates "
            "with 38.1% of the vote and Pruett finished second with 29.4%.",
            "The third-place finisher in November, businessman Amir Sotelo, endorsed "
            "Vasquez-Hill two weeks before the runoff, a move both campaigns said mattered on "
            "the city's west side.",
            "The race centered on street flooding after two straight hurricane seasons, police "
            "staffing and the proposed $310 million expansion of the port's ship channel. "
            "Pruett, who retired in 2023 after nine years as chief, campaigned on hiring 80 "
            "more officers.",
            "Vasquez-Hill will be sworn in on Jan. 6, succeeding Mayor Tom Reardon, who could "
            "not run again because of term limits. The City Council will canvass the results on "
            "Dec. 22.",
        ]),
        _art("Channel 9 Coastal News", None, [
            "Vasquez-Hill elected Port Adair mayor",
            "Posted by Channel 9 Coastal News Staff",
            "PORT ADAIR, Texas — Lorena Vasquez-Hill has won Tuesday's runoff election for "
            "mayor of Port Adair, beating former police chief Dale Pruett by more than 2,100 "
            "votes.",
            "Unofficial results show Vasquez-Hill with about 54% of the vote. She will replace "
            "Mayor Tom Reardon, who is term-limited, in January.",
            "Vasquez-Hill thanked volunteers at her watch party. \"Tonight Port Adair chose a "
            "city that plans ahead, instead of one that cleans up afterward,\" she said.",
            "Pruett conceded the race and said he had called Vasquez-Hill to congratulate her.",
            "Fewer than one in five registered voters cast a ballot in the runoff.",
            "Vasquez-Hill, a member of the City Council since 2019, made flood protection the "
            "centerpiece of her campaign. She has promised to put a drainage and seawall bond "
            "before voters in May, and to finish the city's long-delayed stormwater master plan "
            "within her first year.",
            "Pruett ran on public safety, pledging to add 80 officers to the police department "
            "he led for nine years.",
            "The runoff capped a seven-month campaign that drew more than $2 million in "
            "spending from both camps and outside groups, a record for a Port Adair city "
            "election, according to campaign finance reports.",
            "Vasquez-Hill's win was built on strong support on the city's west side and in the "
            "flood-prone neighborhoods along Oso Creek, where she carried several precincts by "
            "wide margins. Pruett did best in the northern subdivisions annexed by the city in "
            "the 1990s.",
            "Watch: Full interview with the mayor-elect tonight at 10 on Channel 9.",
            "Related coverage: Port Adair runoff, where the candidates stand on the port "
            "expansion",
        ]),
        _art("Texas Statehouse Report", None, [
            "Port Adair runoff: Vasquez-Hill wins, and what it says about 2026 - Texas "
            "Statehouse Report",
            "By Bryce Holloway",
            "Saturday's mayoral runoff in Port Adair was officially nonpartisan, but nobody in "
            "Austin treated it that way.",
            "Lorena Vasquez-Hill, a Democrat who has sat on the City Council since 2019, won "
            "with 52.4% of the vote against Dale Pruett, the former police chief who had the "
            "backing of the county Republican Party and an endorsement from the lieutenant "
            "governor.",
            "The Gulf Coast city of about 210,000 people has swung between the parties in "
            "recent state races, and both sides spent money here as a test of their 2026 "
            "messages.",
            "Three things stood out.",
            "First, flood politics beat crime politics. Pruett hammered on police staffing, but "
            "after two straight hurricane seasons of street flooding, Vasquez-Hill's promise to "
            "fix drainage clearly landed with voters in neighborhoods that usually lean right.",
            "Second, the endorsement mattered. Businessman Amir Sotelo, who finished third in "
            "the first round with about 22% of the vote, endorsed Vasquez-Hill two weeks before "
            "the runoff, and she ran well ahead of her first-round share in his west-side base.",
            "Third, turnout was low again. Fewer than 26,000 people voted in a city with nearly "
            "130,000 registered voters.",
            "Pruett conceded on Saturday night. Republicans in Austin were quick to say a city "
            "race tells you little about next year, and they may be right, but the Democrats "
            "running for the two state House seats that overlap Port Adair will be copying her "
            "flood playbook.",
            "Share this story",
        ]),
        _art("Lone Star Public Radio", None, [
            "Port Adair elects Lorena Vasquez-Hill as mayor",
            "Voters in Port Adair on Saturday chose City Council member Lorena Vasquez-Hill as "
            "the city's next mayor, ending a runoff campaign dominated by flooding and public "
            "safety.",
            "Vasquez-Hill won about 54% of the vote in unofficial returns, defeating Dale "
            "Pruett, a former fire chief who had promised to expand the city's first-responder "
            "ranks.",
            "She will be the first Latina mayor in the city's history.",
            "In an interview on Sunday, Vasquez-Hill said her first priority would be the "
            "stormwater master plan. \"We have been studying the drainage problem for fifteen "
            "years. I want shovels in the ground before the next hurricane season,\" she said.",
            "Pruett conceded on Saturday night. In a statement, he said he had called "
            "Vasquez-Hill and offered to help with the transition.",
            "The third-place candidate from the first round, Amir Sotelo, endorsed Vasquez-Hill "
            "ahead of the runoff.",
            "Turnout was low: about 20% of registered voters cast ballots.",
            "Outgoing Mayor Tom Reardon, who has led the city for eight years, praised both "
            "candidates. He is barred from running again by term limits.",
            "The city also faces a decision next year on the proposed $310 million expansion of "
            "the port's ship channel, which Vasquez-Hill supports on condition of stricter "
            "environmental monitoring.",
            "Pruett, 58, said he would take some time off before deciding what to do next. \"I "
            "got into this race because I love this city, and that hasn't changed,\" he said.",
            "Vasquez-Hill, who has represented District 3 on the City Council since 2019, takes "
            "office in January.",
        ]),
    ], [
        ("vote share",
         r"(?<![\d.])54(\.2)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])52\.4 ?(%|percent|per cent|pct)"),
        ("weekday", r"saturday|dec(ember|\.)? ?13(?!\d)|2025-12-13|(?<!\d)13 dec", r"tuesday"),
        ("title", r"police", r"fire ?(chief|department)|fire"),
    ]),
]
