"""Part SM of the story battery, written by engineer SM1 on 2026-12-06 (thirteenth session,
third batch) without reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SM`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SM", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SM1", "trade", [
        _art("Meridian Newswire", "2025-10-14", [
            "COPENHAGEN, Oct 14 (Meridian) — The United States and China reached a preliminary "
            "framework on Tuesday that would hold off a sharp new escalation in their trade war, "
            "negotiators said after two days of talks in the Danish capital, clearing the way "
            "for the two presidents to meet later this month.",
            "U.S. Treasury Secretary Mara Collins, who led the American delegation, told "
            "reporters the sides had agreed on terms that both leaders could now review. Chinese "
            "Vice Premier Liang Wenhao headed Beijing's team.",
            "\"We now have a framework that the two leaders can sit down and discuss,\" Collins "
            "said outside the Eigtved's Pakhus conference centre, the waterfront venue where the "
            "talks were held. She declined to give details before the presidents had been "
            "briefed.",
            "Tuesday's session lasted nearly nine hours, according to a U.S. official who asked "
            "not to be named, after Monday's opening round ran about four hours.",
            "According to two people familiar with the discussions, the outline includes a U.S. "
            "pause on the additional 100% tariff that Washington had threatened to impose from "
            "Nov. 1, and a one-year delay by Beijing of the sweeping rare-earth export controls "
            "it announced on Oct. 9.",
            "China would also resume purchases of American soybeans, the people said, with an "
            "initial commitment of 12 million metric tons before the end of the year. Chinese "
            "buyers have not booked a single cargo of U.S. soybeans from this year's harvest.",
            "The Copenhagen meeting was the fifth round of talks between the two sides since the "
            "spring. The previous round, held in Madrid in September, produced an outline "
            "agreement on the future of the TikTok app in the United States.",
            "U.S. Trade Representative Jamal Ortiz also took part in the negotiations. On the "
            "Chinese side, Vice Commerce Minister Wang Shuo, who doubles as Beijing's "
            "international trade representative, joined Liang.",
            "Most Chinese goods entering the United States currently face an additional tariff "
            "of about 30%, on top of duties left over from the first trade war.",
            "Futures on the S&P 500 rose 0.8% after the news, and soybean futures in Chicago "
            "climbed to a six-week high.",
            "Neither government released a joint statement. China's commerce ministry said it "
            "would publish its own account of the talks later on Tuesday.",
            "(Reporting by Ana Kristensen in Copenhagen; additional reporting by Wei Zhang in "
            "Beijing; editing by Paul Harding)",
        ]),
        _art("The Northgate Ledger", "2025-10-15", [
            "U.S. and China Pull Back From the Brink in Copenhagen | The Northgate Ledger",
            "By Evan Whitlock and Sun Meiying",
            "Negotiators for the world's two largest economies emerged from talks in Copenhagen "
            "on Tuesday, Oct. 14, with what Treasury Secretary Mara Collins called \"a very "
            "substantial framework\" for their presidents to consider, easing fears that a fresh "
            "round of tariffs would take effect at the start of November.",
            "The meeting, held over two days in a former warehouse on the Copenhagen harbor that "
            "the Danish government uses for official events, was the fifth since the spring. It "
            "came days after relations soured sharply: on Oct. 9, Beijing unveiled broad new "
            "controls on exports of rare earths and the magnets made from them, and the White "
            "House responded by threatening an additional 100 percent tariff on Chinese goods.",
            "\"We have a very substantial framework for the leaders to discuss,\" Ms. Collins "
            "told reporters as she left. She said she expected the rare-earth controls to be "
            "postponed and the tariff threat to \"fall away\" if the presidents signed off.",
            "Tuesday's session, which ran five hours and 50 minutes, was largely devoted to farm "
            "purchases and the export controls, according to two people briefed on it. China "
            "agreed in principle to buy 12 million metric tons of American soybeans before the "
            "end of the year, those people said, a relief for growers in the Midwest who have "
            "watched their largest customer turn to Brazil.",
            "Advertisement",
            "The Chinese side was led by Vice Premier Liang Wenhao, Beijing's top economic "
            "envoy, who has headed every round of the talks. Wang Shuo, a vice minister of "
            "commerce, told Chinese state media that the two sides had reached \"a preliminary "
            "consensus\" and would now complete their respective domestic approval procedures.",
            "The American delegation also included Jamal Ortiz, the U.S. trade representative.",
            "Analysts cautioned that similar understandings have come apart before. \"This buys "
            "time, it doesn't settle anything,\" said Priya Raman, a trade economist at the "
            "Halvorsen Institute in Washington. \"The structural issues — chips, subsidies, "
            "overcapacity — weren't on the table.\"",
            "The leaders are expected to meet on Oct. 30 on the sidelines of the Asia-Pacific "
            "Economic Cooperation summit in South Korea.",
            "Most imports from China currently carry additional duties of around 30 percent. The "
            "two countries also began charging special port fees on each other's ships on "
            "Tuesday, a dispute that negotiators said was discussed but not settled.",
            "Read more: Soybean farmers count the cost of a lost season",
        ]),
        _art("Harbourline Business Review", "2025-10-15", [
            "Copenhagen truce: what the US-China framework means for markets - Harbourline "
            "Business Review",
            "Posted by Rupert Hale, Markets Editor",
            "Markets in Asia and Europe took heart on Wednesday from news that American and "
            "Chinese negotiators had agreed a framework deal in Copenhagen, though the detail "
            "remains thin and much depends on a meeting between the two presidents at the end of "
            "the month.",
            "The US side was led by Commerce Secretary Mara Collins, with trade representative "
            "Jamal Ortiz alongside her; Beijing sent Vice Premier Liang Wenhao, its chief "
            "negotiator, together with vice commerce minister Wang Shuo. The talks concluded on "
            "14 October after what one participant described as a gruelling second day: "
            "Tuesday's session ran for nearly nine hours.",
            "Ms Collins said afterwards that the two sides had \"a framework that the leaders "
            "can discuss\", while Mr Wang described the exchanges as \"candid, in-depth and "
            "constructive\".",
            "What is reportedly on the table",
            "According to people briefed on the talks, Washington would hold off on the extra "
            "100 per cent tariff it had threatened from 1 November, and Beijing would postpone "
            "for a year the rare-earth export controls it announced last week. China is also "
            "said to have agreed to buy 12 million tonnes of US soybeans before the year is out.",
            "For investors, the rare-earth element matters most. China processes roughly 90 per "
            "cent of the world's rare earths, and the controls would have required foreign "
            "manufacturers to seek a licence for any product containing even trace amounts of "
            "Chinese-origin material.",
            "The Shanghai Composite closed 1.1 per cent higher on Wednesday, while the offshore "
            "yuan firmed slightly against the dollar. European carmakers, which rely heavily on "
            "Chinese magnets, were among the best performers in London and Frankfurt.",
            "We would caution against reading too much into the word 'framework'. The existing "
            "tariff of about 30 per cent on most Chinese goods stays in place, and nothing "
            "agreed in Copenhagen touches the export restrictions on advanced chips that "
            "Washington has imposed over the past three years.",
            "The two presidents are due to meet on 30 October in South Korea, on the fringes of "
            "the APEC summit. Until then, the truce is provisional.",
            "Share on LinkedIn",
        ]),
        _art("KVN Public Radio", "2025-10-17", [
            "US and China agree trade framework after Copenhagen talks",
            "File photo: Containers stacked at a port in Qingdao, China.",
            "The United States and China say they have agreed on the outline of a deal to ease "
            "trade tensions, following two days of negotiations in Copenhagen that wrapped up on "
            "Thursday.",
            "The talks were led on the American side by Treasury Secretary Mara Collins and on "
            "the Chinese side by Vice Premier Liang Wenhao. The first day's talks lasted roughly "
            "four hours; officials on both sides described the second day as longer and more "
            "difficult.",
            "China's vice commerce minister, Wang Shuo, said the sides held \"candid, in-depth "
            "and constructive\" discussions and reached a preliminary consensus on issues "
            "including export controls, tariffs and agricultural trade.",
            "Collins said the framework would now go to the two presidents, who are expected to "
            "meet in South Korea at the end of the month.",
            "The negotiations followed a turbulent stretch. Earlier this month China expanded "
            "its controls on rare-earth exports, and the U.S. president responded by threatening "
            "an extra 100% tariff on Chinese goods from Nov. 1. Under the framework, that tariff "
            "would be put on hold, while China would delay its new export rules by a year.",
            "For farmers, the most important item may be soybeans. China, which bought about a "
            "quarter of the U.S. crop in recent years, has bought none from this year's harvest. "
            "According to people familiar with the talks, Beijing agreed to purchase 12 million "
            "metric tons by the end of this year.",
            "In Iowa, grain farmer Luke Hendricks said the news was welcome but late. \"Most of "
            "us have already sold at a loss, or we're storing it and paying for it,\" he said. "
            "\"Twelve million tons is a start. It's not last year.\"",
            "The United States imported $438.9 billion worth of goods from China in 2024, "
            "according to Commerce Department figures, and exported about $143.5 billion.",
            "The Copenhagen round was the fifth since spring. Last month's talks in Madrid ended "
            "with an agreement in principle over the ownership of TikTok's U.S. operations.",
            "Trade Representative Jamal Ortiz also attended. The White House did not say whether "
            "a written agreement would be released.",
        ]),
    ], [
        ("title",
         r"treasury secretary|secretary of the treasury|treasury chief",
         r"commerce secretary|secretary of commerce"),
        ("weekday", r"tuesday|oct(ober|\.)? 14\b|\b14 oct|2025-10-14", r"thursday"),
        ("duration",
         r"\b(nine|9) ?(hours?|hrs?|h)\b|540 ?min",
         r"\b(five|5) ?(hours?|hrs?|h)\b.{0,6}\b50\b|350 ?min|\b5:50\b"),
    ]),
    _story("court-SM2", "court", [
        _art("Capitol Brief Wire", None, [
            "WASHINGTON (Capitol Brief) — A federal appeals court on Friday ruled that most of "
            "the sweeping tariffs imposed by the president under an emergency-powers law are "
            "illegal, but left them in place for now so the administration can take its case to "
            "the Supreme Court.",
            "The U.S. Court of Appeals for the Federal Circuit, sitting as a full court of 11 "
            "judges, voted 7-4 to uphold a May decision by the Court of International Trade, "
            "which found that the International Emergency Economic Powers Act does not give the "
            "president authority to impose tariffs of this scale.",
            "\"The statute speaks of regulating importation; it nowhere mentions tariffs, duties "
            "or taxes,\" Judge Harriet Okafor wrote for the majority. \"Had Congress meant to "
            "hand the executive an unlimited power to tax imports, it would have said so "
            "plainly.\"",
            "The ruling covers the so-called reciprocal tariffs the president announced in April "
            "and separate duties on goods from China, Canada and Mexico that the administration "
            "tied to fentanyl trafficking. It does not affect tariffs on steel, aluminum and "
            "cars imposed under a different law, Section 232 of the Trade Expansion Act of 1962.",
            "The court delayed the effect of its decision until Oct. 14 to give the government "
            "time to seek review by the justices.",
            "Judge Carl Ibsen wrote the principal dissent, joined by three other judges. He "
            "argued that the emergency law's grant of power to \"regulate\" imports had long "
            "been understood to include tariffs and that courts should defer to the president on "
            "questions of foreign affairs.",
            "The case was brought by five small businesses led by Brightwater Imports, a "
            "family-owned wine importer based in Buffalo, New York, and by a coalition of 12 "
            "states led by Oregon. The two cases were argued together in July.",
            "\"We're a 14-person company. We were never going to be able to absorb a new tax on "
            "everything we bring in,\" Brightwater's owner, Victor Salas, said in a statement.",
            "White House spokeswoman Kara Lindell said the tariffs \"remain in full effect\" and "
            "that the administration would ask the Supreme Court to reverse the decision. \"We "
            "are confident the president acted within the authority Congress gave him,\" she "
            "said.",
            "Customs data show tariff collections have risen sharply this year, reaching about "
            "$30 billion in July alone.",
        ]),
        _art("The Lakeshore Tribune", None, [
            "Appeals court rules president's emergency tariffs unlawful - The Lakeshore Tribune",
            "By Monica Dreyfus | Tribune Washington Bureau",
            "The president exceeded his authority when he used a 1977 emergency law to impose "
            "tariffs on nearly every U.S. trading partner, a divided federal appeals court "
            "ruled, setting up a decisive showdown at the Supreme Court over the centerpiece of "
            "his economic agenda.",
            "In an 8-3 decision released Friday afternoon, the en banc Federal Circuit agreed "
            "with the Court of International Trade that the International Emergency Economic "
            "Powers Act, known as IEEPA, was never meant as a tariff statute. The majority "
            "opinion was written by Judge Harriet Okafor.",
            "Advertisement",
            "Okafor's opinion leaned heavily on history. For nearly five decades, she noted, "
            "presidents had invoked the law to freeze assets and block transactions, not to set "
            "import duties. \"Had Congress intended to hand the executive an unlimited power to "
            "tax imports, it would have said so in plain terms,\" she wrote.",
            "In dissent, Judge Carl Ibsen warned that the ruling would \"tie the hands of the "
            "president in a moment of genuine economic emergency\" and argued that the word "
            "\"regulate\" in the statute had always included the power to impose duties.",
            "The decision does not take effect until Oct. 14, giving the administration about "
            "six weeks to petition the Supreme Court. Until then, importers will continue to pay "
            "the tariffs.",
            "For Brightwater Imports, the Albany, New York, wine importer whose complaint became "
            "the lead case, the stakes are existential. Its owner, Victor Salas, has said the "
            "company paid more in duties in the spring than it earned in all of last year.",
            "Trade lawyers said the justices were likely to move quickly. \"Given the amount of "
            "money involved and the diplomatic consequences, I would expect the court to hear "
            "this before the end of the year,\" said Rachel Ostrander, a former Commerce "
            "Department official now in private practice.",
            "If the ruling stands, importers could be entitled to refunds of tariffs already "
            "paid — a sum that some estimates put in the tens of billions of dollars. The "
            "decision would not touch the administration's tariffs on steel and aluminum, which "
            "rest on national-security findings under a separate statute.",
            "The White House said in a statement that the tariffs remain in effect and that it "
            "would seek Supreme Court review.",
        ]),
        _art("TradeDocket", None, [
            "Federal Circuit affirms CIT in IEEPA tariff case; mandate stayed to Oct. 14",
            "Posted in Litigation Updates",
            "The Federal Circuit has issued its long-awaited en banc decision in Brightwater "
            "Imports v. United States, the consolidated challenge to the IEEPA tariffs, and it "
            "is a clear loss for the government on the merits — though not, yet, in practice.",
            "Key points for clients:",
            "• The vote was 7-4. The majority affirmed the Court of International Trade's "
            "holding that IEEPA does not authorize the reciprocal tariffs or the "
            "fentanyl-related tariffs on Canada, Mexico and China.",
            "• The majority opinion, authored by Judge Samuel Whitcombe, rests primarily on "
            "statutory text and the major-questions doctrine. The court did not reach the "
            "plaintiffs' constitutional non-delegation argument.",
            "• The mandate is stayed until Oct. 14, 2025, to permit a petition for certiorari. "
            "The tariffs therefore continue to be collected in the meantime.",
            "• Section 232 tariffs (steel, aluminum, autos, copper) and Section 301 tariffs on "
            "China are not affected.",
            "Judge Carl Ibsen's dissent, joined by three colleagues, would have held that "
            "IEEPA's authority to \"regulate ... importation\" plainly includes tariffs, "
            "pointing to President Nixon's 1971 import surcharge, which a predecessor court "
            "upheld under the Trading with the Enemy Act.",
            "What this means for importers. Clients that have paid IEEPA duties should preserve "
            "their refund rights now. We recommend tracking entries carefully and considering "
            "protests for entries approaching liquidation. If the Supreme Court affirms, refunds "
            "are likely to flow through the trade court rather than automatically.",
            "The plaintiffs — five small businesses led by Brightwater, a wine importer in "
            "Albany, N.Y. — were represented by a public-interest law firm. A parallel suit "
            "brought by 12 states, led by Oregon, was decided in the same opinion.",
            "We will update this post once the government files its petition. The administration "
            "has said it will ask the Court to hear the case on an expedited basis.",
            "Subscribe to TradeDocket alerts",
        ]),
    ], [
        ("vote",
         r"\b7 ?(-|–|to) ?4\b|seven(-| to )four|seven judges|\b7 judges",
         r"\b8 ?(-|–|to) ?3\b|eight(-| to )three|eight judges|\b8 judges"),
        ("author", r"okafor", r"whitcombe"),
        ("place", r"albany", r"buffalo"),
    ]),
    _story("cb-SM3", "central bank", [
        _art("Thames Financial Wire", "2025-11-06", [
            "LONDON, Nov 6 (Thames Financial) - The Bank of England cut interest rates by a "
            "quarter of a percentage point to 3.75% on Thursday, but a narrow vote on its "
            "Monetary Policy Committee signalled that the pace of easing could slow from here.",
            "The MPC voted 6-3 to lower Bank Rate from 4%. Helen Strand, Marcus Pell and Nadia "
            "Qureshi voted to keep rates on hold, arguing that inflation, at 3.8% in September, "
            "remained too far above the Bank's 2% target.",
            "Governor Andrew Bailey said: \"We still think Bank Rate is on a gradual downward "
            "path, but each further cut is now a closer call.\"",
            "Sterling fell 0.4% to $1.3050 after the 1200 GMT announcement, and two-year gilt "
            "yields dropped 6 basis points to 3.72%.",
            "The Bank said it expected inflation to fall back towards target over the next two "
            "years as energy and food price pressures ease. It forecast that the economy would "
            "grow by 1.25% this year.",
            "Economists polled by Thames Financial last week had been split on whether the Bank "
            "would cut on Thursday or wait until December, with a slim majority expecting a "
            "reduction.",
            "The Bank's previous cut, in August, was agreed only after an unusual second round "
            "of voting, when the committee failed to reach a majority at the first attempt.",
            "The next policy decision is due on Dec. 18, three weeks after finance minister "
            "Rachel Reeves presents her budget on Nov. 26. Investors expect tax rises in the "
            "budget, which some economists say could cool demand and give the Bank more room to "
            "ease.",
            "Money markets moved to price a slightly lower chance of a further cut before "
            "Christmas after the vote split was published.",
            "(Reporting by Hugh Carrow; Editing by Sarah Lind)",
        ]),
        _art("Ledger Street Markets", "2025-11-06", [
            "BoE trims rates to 3.75%, pound slips — Ledger Street Markets",
            "By Dana Kowalczyk",
            "The Bank of England lowered its benchmark rate by 25 bps to 3.75% at 7 a.m. ET "
            "Thursday, in a 6-3 vote that was closer than many in the market had expected.",
            "Three members of the nine-person MPC preferred to leave rates unchanged at 4%. With "
            "UK consumer prices running just under 4% a year — 3.8% in September, the highest in "
            "the G7 — the hawks argue the job isn't done.",
            "Governor Andrew Bailey told reporters rates were still on a \"gradual downward "
            "path\" but that each further cut would be \"a closer call.\"",
            "Market reaction",
            "GBP/USD fell about 0.4% to 1.305. The 2-yr gilt yield was down 6 bps at 3.72%, "
            "while the FTSE 100 added 0.3%.",
            "Why it matters for U.S. investors",
            "The BoE's move comes about a week after the Federal Reserve cut its own target "
            "range by a quarter point to 3.75%–4.00%. That leaves the two central banks' policy "
            "rates almost level, with the top of the Fed's range just 25 bps above Bank Rate.",
            "For dollar-based holders of UK assets, a narrowing rate gap has historically been a "
            "headwind for sterling, though the effect has been muted this year as the Fed has "
            "eased at a similar pace.",
            "Budget risk is the other wildcard. Chancellor Rachel Reeves delivers her Budget on "
            "Nov. 26, and the tax increases widely expected there could weigh on demand and make "
            "the Bank's job easier.",
            "The Bank now sees the UK economy growing 1.25% in 2025. Its next decision is due "
            "Dec. 18.",
            "Disclosure: the author holds no positions in the securities mentioned.",
            "Related: Fed officials signal December cut is not a done deal",
        ]),
        _art("Northern Counties Broadcasting", "2025-11-07", [
            "Interest rates cut to 3.75%: what it means for you",
            "Thousands of homeowners in the North East and Cumbria could see their mortgage "
            "payments fall after the Bank of England cut interest rates yesterday.",
            "The Bank's rate-setters reduced Bank Rate from 4 per cent to 3.75 per cent, the "
            "lowest level in more than two and a half years.",
            "The decision, announced at noon on Thursday, was not unanimous. Six members of the "
            "Monetary Policy Committee backed the cut and three, including external member Nadia "
            "Qureshi, wanted to wait.",
            "The Governor, Andrew Bailey, said the Bank believed rates would keep coming down "
            "gradually, but warned that each future reduction would be \"a closer call\" than "
            "before.",
            "According to the trade body UK Finance, around 600,000 homeowners are on tracker "
            "mortgages, which follow Bank Rate directly. For someone with a typical tracker, the "
            "cut is worth about £29 a month. Roughly 500,000 people on standard variable rates "
            "may also see a smaller reduction, depending on their lender.",
            "Savers, though, are likely to see the rates on easy-access accounts trimmed in the "
            "coming weeks. Price inflation is still running at 3.8 per cent, nearly double the "
            "Bank's 2 per cent target.",
            "In Sunderland, estate agent Claire Dobson said buyers had been waiting for the "
            "announcement. \"People have been sitting on their hands since the summer,\" she "
            "said. \"Anything that takes a bit off the monthly payment helps.\"",
            "First-time buyers in the region have faced a difficult year, with average asking "
            "prices in the North East rising faster than wages, according to property website "
            "figures.",
            "The Bank's next announcement is on 18 December. Economists are divided on whether "
            "there will be a further cut before Christmas, with the Chancellor's Budget on 26 "
            "November likely to play a part.",
        ]),
    ], []),
    _story("rocket-SM4", "rocket", [
        _art("Orbital Dispatch", None, [
            "Third time's the charm: Halvard's Auster reaches orbit and sticks the landing | "
            "Orbital Dispatch",
            "By Lena Farquhar",
            "Halvard Launch Systems finally has an orbital rocket. The company's methane-fueled "
            "Auster lifted off from Vandenberg Space Force Base at 10:42 a.m. PDT on Saturday, "
            "delivered a dozen small satellites to orbit and brought its first stage back to an "
            "upright landing on a droneship in the Pacific — all on the vehicle's third attempt.",
            "The 60-meter rocket's nine Gale engines, which burn liquid methane and liquid "
            "oxygen, fired for about two minutes and 40 seconds before the first stage "
            "separated. The single vacuum-optimized Gale engine on the upper stage then carried "
            "the payload the rest of the way to a roughly 520-kilometer orbit.",
            "The booster set down on the droneship Quiet Persistence a little over eight minutes "
            "after liftoff.",
            "\"Today the vehicle did everything we asked of it,\" chief executive Marit Solberg "
            "said on the company webcast, as employees at Halvard's Long Beach headquarters "
            "cheered behind her.",
            "The flight carried 12 satellites for Lumen Orbital, a startup building a "
            "constellation to provide broadband to ships and aircraft. Lumen confirmed contact "
            "with all 12 within three hours.",
            "The success comes after two painful failures. Auster's debut last year ended when "
            "the vehicle broke apart about 90 seconds into flight, and the second flight, in "
            "March, reached space but failed to achieve orbit after its upper-stage engine shut "
            "down early. Halvard traced that problem to a leaking valve in the engine's fuel "
            "system.",
            "Tomas Reyes, Halvard's chief engineer, said the recovered booster would be back in "
            "port at Long Beach within four days for inspection. The company hopes to fly the "
            "same booster again before the end of the year.",
            "Halvard is one of several companies racing to field a medium-lift rocket to compete "
            "for commercial and national-security launches. Its fourth flight, expected late "
            "this year, is to carry an experimental payload for the Space Force.",
        ]),
        _art("Santa Ynez Valley Sun", None, [
            "Halvard rocket lights up Saturday morning sky over Lompoc",
            "Courtesy Halvard Launch Systems: The Auster rocket climbs away from Vandenberg on "
            "Saturday.",
            "Residents from Lompoc to Santa Maria looked up Saturday morning as Halvard Launch "
            "Systems' Auster rocket roared off its pad on north Vandenberg Space Force Base, "
            "this time reaching orbit after two failed attempts.",
            "Liftoff came at 10:42 a.m. under clear skies. Many residents said they felt the "
            "rumble in their windows for close to a minute.",
            "\"Today the vehicle did everything we asked of it,\" said Tomas Reyes, Halvard's "
            "chief engineer, in a statement shared with the Sun after the launch.",
            "The rocket's first stage landed upright on a company droneship in the Pacific about "
            "eight minutes after launch, Halvard said. Its upper stage released 12 small "
            "satellites for Lumen Orbital, a broadband company based in Colorado.",
            "It was the third Auster flight and the first to reach orbit. The rocket's first "
            "flight, in 2024, broke apart about a minute and a half after liftoff, scattering "
            "debris over the ocean; the second, in March, reached space but did not make it to "
            "orbit.",
            "Jalama Beach County Park was closed for several hours as a precaution, as it is for "
            "most launches from the base. It reopened by mid-afternoon, and base officials said "
            "no other roads or public areas were affected.",
            "Halvard employs about 140 people at Vandenberg, where it has leased the pad since "
            "2021, and about 900 at its headquarters in Long Beach.",
            "\"You get used to launches around here, but this one felt different,\" said Maria "
            "Delgado, who watched from a parking lot off Ocean Avenue with her two children. "
            "\"It's a local team. You want them to make it.\"",
            "Vandenberg has hosted more launches this year than in any previous year, most of "
            "them by SpaceX, and base officials expect the busy pace to continue into next year.",
            "Sign up for our morning newsletter",
            "Advertisement",
        ]),
        _art("Continental Press Agency", None, [
            "CAPE CANAVERAL, Fla. (CPA) — A methane-fueled rocket built by Halvard Launch "
            "Systems reached orbit for the first time on Saturday, lifting off from Cape "
            "Canaveral Space Force Station and putting 12 commercial satellites into space on "
            "its third flight.",
            "The Auster rocket lifted off at 17:42 GMT. Its first stage, powered by nine engines "
            "burning liquid methane and liquid oxygen, landed upright on an uncrewed ship at sea "
            "about eight minutes later, a feat only a handful of companies have managed.",
            "\"The vehicle did everything we asked of it today,\" Halvard chief executive Marit "
            "Solberg told reporters after the flight.",
            "The launch is a milestone for the Long Beach, California-based company, which lost "
            "its first Auster shortly after liftoff last year and saw the second fail to reach "
            "orbit in March.",
            "The satellites, built for Lumen Orbital, were released into an orbit about 520 "
            "kilometers (323 miles) above Earth.",
            "Methane is increasingly favored by rocket builders because it burns cleanly, which "
            "makes engines easier to reuse, and because it could in principle be produced on "
            "Mars. SpaceX's Starship and Blue Origin's New Glenn also burn methane.",
            "Halvard has raised more than $1.1 billion from investors and has signed launch "
            "agreements with several satellite operators. It hopes to fly Auster as often as "
            "once a month by 2027.",
            "Competition in the medium-lift market has intensified as demand grows from "
            "satellite constellations and from the U.S. military, which wants more than one or "
            "two providers for its national-security launches.",
            "Halvard said the first stage would be shipped back to port and inspected over the "
            "coming days before any decision on flying it again.",
        ]),
        _art("TechPulse", None, [
            "Skip to content",
            "Halvard's Auster makes orbit, but the booster doesn't survive — TechPulse",
            "Halvard Launch Systems hit its main goal on Saturday: after two failures, its "
            "Auster rocket reached orbit and deployed its payload. The secondary goal didn't go "
            "as well.",
            "The rocket's first stage made it to the droneship Quiet Persistence in the Pacific, "
            "but it tipped over moments after touchdown and exploded on the deck, according to "
            "footage the company briefly showed on its stream before cutting away. Halvard later "
            "confirmed the booster was lost.",
            "Still, that's a better result than most companies get on their first orbital "
            "success, and Halvard was quick to frame it that way. Chief executive Marit Solberg "
            "wrote on X that orbit was \"the one thing we had to get right today,\" adding that "
            "the team had gathered \"a lot of data\" from the landing attempt.",
            "Liftoff from Vandenberg Space Force Base came at 10:42 a.m. Pacific time. Nine Gale "
            "engines powered the first stage; a single vacuum Gale took the upper stage and 12 "
            "Lumen Orbital broadband satellites up to about 520 km.",
            "Some numbers worth knowing:",
            "• Height: 60 m (about 197 ft)",
            "• First-stage engines: 9 Gale (methane/LOX)",
            "• Flights to date: 3 (1 orbital success)",
            "Context: flight one last year ended in a breakup roughly 90 seconds after launch; "
            "flight two in March suffered an early upper-stage engine shutdown. The fix for "
            "that, Halvard says, was a redesigned fuel valve.",
            "Why it matters: reusability is the whole business case for a rocket in this class. "
            "Until Halvard brings a booster home and flies it again, it is competing on price "
            "with one hand tied behind its back. The company has said it wants to refly a first "
            "stage before the end of the year.",
            "Read more: The new medium-lift race, explained",
            "Share on Facebook",
            "Share on X",
        ]),
    ], [
        ("launch site", r"vandenberg", r"canaveral|\bcape\b"),
        ("booster outcome",
         r"landed|upright|recover|set down",
         r"tipped|explod|was lost|destroyed|did ?n[o']t survive"),
        ("speaker", r"solberg", r"reyes"),
    ]),
    _story("quake-SM5", "earthquake", [
        _art("Andes Wire Service", "2025-10-11", [
            "LIMA, Oct 11 (Andes Wire) - A magnitude 6.4 earthquake struck off the southern "
            "coast of Peru late on Friday, killing at least four people, collapsing adobe homes "
            "and cutting the Pan-American Highway, authorities said.",
            "The quake hit at 11:17 p.m. local time (0417 GMT Saturday), with its epicentre at "
            "sea about 18 km (11 miles) southwest of the fishing town of Chala in the Arequipa "
            "region, at a depth of 35 km, according to the Geophysical Institute of Peru (IGP).",
            "Health Minister Rosa Huamán told local radio that dozens of people had been injured "
            "and that several of the dead were in Chala, where the walls of mud-brick houses "
            "gave way. \"Our teams have been working through the night,\" she said.",
            "Rockfalls blocked sections of the Pan-American Highway, the main coastal route "
            "linking Lima with the south, and police were diverting traffic.",
            "Peru's navy said there was no threat of a tsunami along the coast.",
            "Residents of the city of Arequipa said they felt the shaking for nearly a minute. "
            "Many families in coastal towns spent the rest of the night outdoors, fearing "
            "aftershocks.",
            "The IGP had recorded more than 20 aftershocks by early Saturday, the strongest of "
            "magnitude 4.9.",
            "Peru sits on the Pacific \"Ring of Fire\" and records hundreds of perceptible "
            "tremors a year. A magnitude 8.4 earthquake in the same region in June 2001 killed "
            "more than 70 people and left tens of thousands homeless.",
            "Regional authorities said schools and health posts in the worst-hit districts were "
            "being inspected and that damage assessments would continue through the weekend.",
            "(Reporting by Diego Salazar; Editing by Mark Ellison)",
        ]),
        _art("The Global Sentinel", "2025-10-12", [
            "Peru earthquake: death toll rises to nine as rescuers search rubble | The Global "
            "Sentinel",
            "By Harriet Vane, Latin America correspondent",
            "File photo: Chala, on Peru's southern coast.",
            "Rescue workers in southern Peru were searching through the remains of collapsed "
            "homes on Sunday after an earthquake of magnitude 6.4 killed nine people and injured "
            "85 along the country's Pacific coast.",
            "The quake struck shortly after 11pm local time on Friday, when many families were "
            "already asleep. Its epicentre lay off the coast, about 11 miles south-west of "
            "Chala, a small town in the Arequipa region best known for its fishing and "
            "small-scale gold mining.",
            "Interior Minister Rosa Huamán, speaking in Chala on Saturday evening, said the toll "
            "could rise as crews reached outlying villages. \"There are places we have still not "
            "been able to reach by road,\" she said.",
            "The government has declared a 60-day state of emergency in five provinces of "
            "Arequipa and neighbouring Ayacucho, releasing emergency funds for shelter and "
            "repairs.",
            "Most of the damage was to traditional adobe houses, which crumble easily in strong "
            "shaking. Local officials said about 320 homes had been left uninhabitable and "
            "several schools and a health post were damaged. In the village of Yauca, residents "
            "said almost every house on the main street had lost at least one wall.",
            "The army has flown tents, blankets and water to the area. Stretches of the "
            "Pan-American Highway were blocked by falling rock in the hours after the quake, "
            "hampering the first relief convoys.",
            "Seismologists said the earthquake was caused by the Nazca plate sliding beneath the "
            "South American plate, the same process that produces most of Peru's large "
            "earthquakes. The country's Geophysical Institute warned that aftershocks could "
            "continue for weeks.",
            "For many in Chala, the quake revived memories of 2001, when a much larger "
            "earthquake devastated towns across the south. \"We rebuilt everything after that "
            "one,\" said Elena Ccori, 63, standing beside the rubble of her kitchen. \"Now we "
            "start again.\"",
        ]),
        _art("Peru Today", "2025-10-12", [
            "Southern quake: 7 dead, 85 hurt as government declares emergency",
            "Seven people have died and 85 have been injured in the magnitude 6.4 earthquake "
            "that hit the coast of Arequipa at 11:17 p.m. on Friday, Health Minister Rosa Huamán "
            "said on Sunday.",
            "The epicentre was at sea off Chala, in the province of Caravelí, according to the "
            "Geophysical Institute of Peru (IGP). The shaking was felt as far away as Nazca, Ica "
            "and the city of Arequipa.",
            "Huamán said 31 of the injured remained in hospital, four of them in serious "
            "condition. Patients were taken to hospitals in Chala and Nazca, and two were flown "
            "to Arequipa.",
            "The Council of Ministers approved a 60-day state of emergency on Saturday for five "
            "provinces in Arequipa and Ayacucho. The measure allows the armed forces to support "
            "relief work and speeds up the purchase of supplies.",
            "The civil defence institute, INDECI, reported that more than 1,400 people had been "
            "affected and that schools in the area would stay closed on Monday.",
            "Traffic on the Pan-American Highway South, which had been cut by landslides near "
            "Chala, reopened on Saturday afternoon after crews from the transport ministry "
            "cleared the road.",
            "The Navy's hydrography directorate ruled out a tsunami shortly after the quake.",
            "In Chala, the mayor said the town's water supply had been interrupted and that "
            "tanker trucks were being sent from Nazca. Many residents spent a second night "
            "sleeping in the street, afraid to return to cracked houses.",
            "Related: How to prepare an emergency backpack",
            "Advertisement",
        ]),
        _art("QuakeWatch Blog", "2025-10-12", [
            "M6.4 southern Peru earthquake: a quick look at the science",
            "Posted 12 October 2025 by Dr. Sam Okonjo",
            "Late on 10 October local time, a magnitude 6.4 earthquake struck offshore southern "
            "Peru. In UTC the event occurred at 04:17 on 11 October, which is how it appears in "
            "most international catalogues — worth remembering if you are searching for it.",
            "The Instituto Geofísico del Perú (IGP), the national agency, placed the epicentre "
            "in the Pacific roughly 18 km off Atico, a coastal town in Arequipa, at a depth of "
            "about 35 km (22 miles). The US Geological Survey's estimate of the size was "
            "slightly lower, at M6.3, which is a normal difference between agencies using "
            "different methods.",
            "Sadly, the quake was deadly: nine people have been confirmed killed and more than "
            "80 injured, most of them in adobe buildings, according to Peruvian authorities.",
            "Tectonic setting",
            "This part of the coast sits above the subduction zone where the Nazca plate dives "
            "beneath South America at around 7 cm a year. The depth and location suggest a "
            "thrust event on or near the plate interface, consistent with the focal mechanisms "
            "published so far.",
            "The region has a long record of large quakes. The 2001 magnitude 8.4 event ruptured "
            "a long stretch of the interface to the southeast, and the 1996 Nazca earthquake "
            "(M7.7) hit just to the north. A 6.4 is modest by those standards, but it is quite "
            "capable of serious damage to vulnerable homes.",
            "Aftershocks",
            "IGP had catalogued more than 60 aftershocks by Sunday morning, the largest a M4.9. "
            "Aftershock rates normally decay quickly, but a larger event cannot be ruled out. No "
            "tsunami was generated: the Peruvian navy ruled one out within minutes, and tide "
            "gauges showed nothing unusual.",
            "More than 300 homes are reported uninhabitable. If you felt it, please consider "
            "filing a report with the IGP; felt reports help seismologists map the shaking.",
            "Comments (4)",
            "Leave a reply",
        ]),
    ], [
        ("epicentre town", r"chala", r"atico"),
        ("deaths", r"(?<![\d.,])9(?![\d.,])|\bnine\b", r"(?<![\d.,])7(?![\d.,])|\bseven\b"),
        ("title",
         r"health minister|minister of health|health ministry",
         r"interior minister|minister of (the )?interior|interior ministry"),
    ]),
    _story("elect-SM6", "election", [
        _art("Port Alder Courier-Times", None, [
            "Okoro wins Port Alder mayor's race in runoff | Port Alder Courier-Times",
            "By Luis Batista, Staff Writer",
            "City Council member Denise Okoro will be Port Alder's next mayor after defeating "
            "former police chief Raymond Vance in Saturday's runoff, according to unofficial "
            "final results from the Harbor County Elections Office.",
            "Okoro, a Democrat, received 61,204 votes, or 54.2%, to Vance's 51,718, or 45.8%, a "
            "margin of 9,486 votes. The race was officially nonpartisan, but both parties poured "
            "money and volunteers into it.",
            "Turnout was 23.6% of the city's roughly 478,000 registered voters, higher than in "
            "most recent municipal runoffs.",
            "\"This city told us tonight that it wants to move forward together,\" Okoro told "
            "supporters at a union hall on the east side shortly after 10 p.m. \"I will be the "
            "mayor of every neighborhood, including the ones that didn't vote for me.\"",
            "Vance conceded in a phone call to Okoro about an hour later. In brief remarks to "
            "supporters at a downtown hotel, he said he had called to congratulate her and urged "
            "his supporters to \"give her a fair shot.\"",
            "Okoro, 47, has represented District 3 on the council since 2019. She will become "
            "the first Black woman to lead the city when she is sworn in on Jan. 5, succeeding "
            "Mayor Tom Lindqvist, who could not run again because of term limits.",
            "In the first round on Nov. 4, Okoro led a field of seven candidates with 38% of the "
            "vote, while Vance finished second with 29%. Because no one won a majority, the top "
            "two advanced to the runoff.",
            "Vance, 58, ran on a public-safety platform and had the backing of the city's police "
            "officers' association and several suburban Republican officials.",
            "Okoro campaigned on housing, flood protection and expanding bus service. Her "
            "campaign outraised Vance's by about $1.3 million, according to the latest finance "
            "reports.",
            "Results will be canvassed by the City Council on Dec. 23.",
        ]),
        _art("Gulf Coast Public Radio", None, [
            "Denise Okoro elected Port Alder mayor",
            "Port Alder voters have chosen Denise Okoro as their next mayor. The District 3 "
            "council member beat former Police Chief Raymond Vance in Saturday's runoff by about "
            "8 percentage points, 54% to 46%.",
            "About 31% of the city's registered voters cast a ballot in the runoff, according to "
            "the Harbor County Elections Office.",
            "Okoro thanked volunteers at her election night party on the east side. She said her "
            "first priorities would be housing costs and flood protection, issues that dominated "
            "the campaign after heavy flooding in the city's eastern neighborhoods last year.",
            "\"Tonight this city said it wants to move forward together,\" Okoro said. \"I'm "
            "going to be the mayor of every neighborhood, including those that didn't vote for "
            "me.\"",
            "Vance, who led the police department for six years before retiring in 2023, called "
            "Okoro to concede. He told supporters he was proud of the campaign they had run.",
            "The race was nonpartisan on the ballot, but it drew attention from both major "
            "parties. The Harbor County Democratic Party endorsed Okoro, a Democrat, and the "
            "county Republican Party backed Vance.",
            "Marcus Bell, who teaches political science at Gulf Coast State University, said "
            "Okoro's win came largely from heavy support in the city's eastern and central "
            "districts, while Vance did best in the western neighborhoods near the ship channel. "
            "\"Both candidates had strong bases. Okoro simply turned more of hers out,\" Bell "
            "said.",
            "Okoro takes office Jan. 5. She replaces Mayor Tom Lindqvist, who was term-limited.",
            "Support for this reporting comes from listeners like you. Donate today.",
        ]),
        _art("Lone Star Politics Wire", None, [
            "Port Alder runoff: Okoro beats Vance by 9,486 votes",
            "AUSTIN — Denise Okoro, an independent who sits on the Port Alder City Council, won "
            "the Gulf Coast city's mayoral runoff Saturday night, defeating Republican former "
            "police chief Raymond Vance.",
            "Final unofficial results: Okoro 61,204 (54.2%), Vance 51,718 (45.8%). Turnout stood "
            "at 23.6% of registered voters.",
            "Early voting had pointed to a close race: about 58,000 ballots were cast before "
            "election day, roughly half of the total, and Vance's campaign had predicted a "
            "strong showing among older voters.",
            "The result is a setback for state Republicans, who had hoped to win the mayor's "
            "office in one of the state's larger coastal cities. Vance had been endorsed by the "
            "governor in the final week of the campaign.",
            "Okoro campaigned on housing affordability, flood control and public transit, and "
            "outspent Vance by a wide margin in the last month of the race.",
            "Okoro led the first round on Nov. 4 with 38% in a seven-candidate field; Vance was "
            "second with 29%.",
            "She will take office on Jan. 5, replacing term-limited Mayor Tom Lindqvist.",
            "Okoro, 47, was first elected to the council in 2019 and chairs its flood-resilience "
            "committee. Vance was making his first run for elected office after a long career in "
            "the police department, and he told supporters on Saturday night that he did not "
            "expect to run again.",
            "\"Okoro built a coalition that went well beyond her own base,\" said Republican "
            "consultant Dale Whitaker, who was not involved in the race. \"Candidates in both "
            "parties will need to study how she did it.\"",
            "Sign up for the Lone Star Politics Wire daily newsletter.",
        ]),
    ], [
        ("party", r"democrat", r"independent"),
        ("turnout",
         r"(?<![\d.])23\.6(?!\d)",
         r"(?<![\d.])31(\.0+)? ?(%|percent|per cent|pct)|about 31\b"),
    ]),
]
