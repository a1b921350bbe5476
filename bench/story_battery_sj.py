"""Part SJ of the story battery.

Written by engineer SJ1 on 2026-12-06 (thirteenth session, second batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SJ`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SJ", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SJ1", "trade", [
        _art("Transpacific News Service", "2025-10-15", [
            "COPENHAGEN (TNS) — U.S. and Chinese negotiators agreed on Wednesday to recommend a "
            "90-day extension of the tariff truce between the world's two largest economies, "
            "closing two days of talks in the Danish capital with a framework that still needs "
            "the approval of Presidents Donald Trump and Xi Jinping.",
            "Treasury Secretary Scott Bessent, who led the U.S. side, told reporters outside the "
            "venue that the discussions had been \"very constructive\" and that the two teams now "
            "had \"a framework the leaders can look at.\" He was joined at the table by U.S. "
            "Trade Representative Jamieson Greer.",
            "China's delegation was headed by Vice Premier He Lifeng, Beijing's top economic "
            "official, who was accompanied by the country's international trade representative, "
            "Li Chenggang. Li described the talks as \"candid, in-depth and constructive\" in "
            "brief remarks carried by Chinese state media.",
            "The current pause, which keeps additional U.S. duties on most Chinese goods at 30% "
            "and Chinese duties on American products at 10%, is due to expire on Nov. 10. Without "
            "an extension, rates on both sides could jump sharply.",
            "Officials said Tuesday's session ran for about six hours. The delegations met again "
            "on Wednesday morning and broke up shortly after 3 p.m. local time.",
            "The sides did not publish a joint statement. A person familiar with the negotiations "
            "said the framework dealt with Chinese purchases of U.S. soybeans, Beijing's new "
            "licensing rules for exports of rare earths, and Washington's threat of an extra 100% "
            "tariff on Chinese imports from Nov. 1.",
            "Asked whether that additional levy would now be shelved, Bessent said he did not "
            "expect it to take effect if the leaders signed off. \"I don't think it will be "
            "necessary,\" he said.",
            "Trump and Xi are expected to meet on the sidelines of the Asia-Pacific Economic "
            "Cooperation summit in Gyeongju, South Korea, at the end of the month, where the "
            "framework could be finalized.",
            "Markets took the news calmly. The offshore yuan was little changed against the "
            "dollar, while soybean futures in Chicago rose about 1% in overnight trading.",
            "The Copenhagen meeting was the fifth round of face-to-face talks since May, "
            "following sessions in Geneva, London, Stockholm and Madrid. Each of the earlier "
            "rounds ended with the truce intact but with the most contentious issues, including "
            "U.S. restrictions on advanced chips, left for later.",
            "Denmark's government offered to host the round at short notice after the two sides "
            "ruled out meeting in either capital. The talks were held at a government conference "
            "centre near the harbour, under heavy police guard.",
            "(Reporting by TNS staff; editing by Karen Oduya)",
        ]),
        _art("The Harbourline Times", "2025-10-15", [
            "US and China edge towards truce extension after Copenhagen talks | The Harbourline "
            "Times",
            "By Eleanor Marsh, Economics Correspondent",
            "Washington and Beijing have agreed to recommend extending their fragile trade "
            "ceasefire by another 90 days, after two days of negotiations in Copenhagen that both "
            "sides described in unusually warm terms.",
            "The American team was led by Scott Bessent, the US Treasury Secretary, with the "
            "trade representative Jamieson Greer alongside him. Across the table sat a Chinese "
            "delegation led by Commerce Minister He Lifeng, who has been Beijing's point man in "
            "the negotiations since the spring.",
            "Speaking as the talks ended on Wednesday afternoon, Mr Bessent said: \"These were "
            "very constructive discussions. I think we now have a framework that the two leaders "
            "can look at.\"",
            "Advertisement",
            "The truce, first struck in Geneva in May, capped American duties on most Chinese "
            "goods at 30 per cent and Chinese levies on US imports at 10 per cent. It is due to "
            "lapse on 10 November.",
            "Any extension will need the blessing of President Trump and President Xi Jinping, "
            "who are due to meet in South Korea at the end of October on the fringes of the Apec "
            "summit.",
            "Relations soured again this month after Beijing unveiled sweeping licensing "
            "requirements for exports of rare earths and the magnets made from them, prompting Mr "
            "Trump to threaten an additional 100 per cent tariff on Chinese goods from 1 "
            "November. Mr Bessent indicated that threat would fall away if the deal were approved.",
            "The Chinese side gave a more guarded account. Li Chenggang, China's international "
            "trade representative, told reporters the exchanges had been \"candid, in-depth and "
            "constructive\" and that the teams had reached a \"preliminary consensus\" on several "
            "issues, without saying which.",
            "Analysts in the City were cautious. \"An extension buys time, but it doesn't resolve "
            "the structural issues: export controls, chips, fentanyl,\" said Priya Ranganathan, "
            "head of Asia strategy at Kellbridge Capital. \"Markets have learnt not to celebrate "
            "too early.\"",
            "For Europe, the stakes are indirect but real. European carmakers and wind-turbine "
            "manufacturers rely heavily on Chinese rare-earth magnets, and several warned last "
            "week that a prolonged squeeze on supplies could halt production lines within weeks.",
            "The Danish foreign ministry, which arranged the venue, said it had been \"pleased to "
            "provide neutral ground\" for the talks.",
            "Related coverage",
            "Read more: What China's rare-earth rules mean for European industry",
        ]),
        _art("Capitol Ledger", "2025-10-16", [
            "US, China tentatively agree to extend tariff truce, but hard issues deferred",
            "By Marcus Hale",
            "WASHINGTON — America's top economic envoys came home from Denmark with a tentative "
            "agreement to keep a lid on tariffs between the United States and China, though "
            "officials acknowledged that the thorniest disputes had been pushed down the road "
            "rather than settled.",
            "Under the framework worked out in Copenhagen on Tuesday and Wednesday, the two "
            "countries would extend their tariff truce by 60 days, according to two officials "
            "briefed on the talks who spoke on condition of anonymity because the terms have not "
            "been made public.",
            "The extension would keep U.S. tariffs on most Chinese goods at 30 percent and "
            "China's retaliatory duties on American goods at 10 percent beyond the current Nov. "
            "10 deadline. It would also, the officials said, take off the table President Trump's "
            "threat to impose an additional 100 percent tariff on Chinese imports starting Nov. 1.",
            "Treasury Secretary Scott Bessent, who headed the American delegation alongside Trade "
            "Representative Jamieson Greer, struck an upbeat tone. \"I would call these very "
            "constructive talks,\" Bessent said. \"We have a framework that I think the two "
            "presidents can consider.\"",
            "Vice Premier He Lifeng, China's lead negotiator, did not speak to reporters. "
            "Beijing's official account of the meeting, published by the state news agency, said "
            "the two sides had held \"in-depth\" exchanges and agreed to keep talking.",
            "In return for the extension, Beijing is expected to resume large purchases of "
            "American soybeans, which have all but dried up this year, and to slow the rollout of "
            "new licensing requirements on exports of rare earth elements that U.S. manufacturers "
            "say threaten their supply chains.",
            "The soybean issue has become politically urgent for the White House. Farmers across "
            "the Midwest are bringing in a harvest with few buyers, and prices have slumped as "
            "China, once the largest customer for the crop, has turned to Brazil and Argentina.",
            "\"Our growers have been sitting on grain with nowhere to send it,\" said Kyle "
            "Brandt, who farms about 2,400 acres near Ames, Iowa, and sits on the board of a "
            "state soybean association. \"If this gets China buying again, it can't come soon "
            "enough.\"",
            "Critics in Congress were less impressed. \"Every few months we get another extension "
            "and another framework,\" said Rep. Dolores Whitfield, an Oregon Democrat who sits on "
            "the Ways and Means Committee. \"What we never get is a deal.\"",
            "The framework must still be approved by Trump and Chinese President Xi Jinping. The "
            "two leaders are expected to meet late this month in Gyeongju, South Korea, during "
            "the Asia-Pacific Economic Cooperation summit.",
            "Advertisement",
        ]),
        _art("Meridian Markets", "2025-10-16", [
            "Skip to content",
            "US-China Copenhagen talks: truce extension on the table - Meridian Markets",
            "Posted in Macro, Asia | 4 min read",
            "The latest round of US-China trade talks wrapped up on Thursday in Copenhagen, and "
            "the headline for markets is simple enough: both sides will recommend rolling the "
            "tariff truce forward by another 90 days. Here's what we know, and what we don't.",
            "What was agreed. The delegations, led by US Treasury Secretary Scott Bessent and "
            "Chinese Vice Premier He Lifeng, settled on a framework that would keep current "
            "tariff levels in place (30 pct on Chinese goods coming into the US, 10 pct on US "
            "goods going the other way) for a further 90 days beyond the Nov 10 expiry.",
            "What wasn't. Rare earths. Beijing's new export-licensing regime is the real sticking "
            "point, and the readouts from both sides were vague. We'd expect some softening in "
            "how licences are granted rather than a formal reversal.",
            "The 100 pct threat. Trump's threatened extra tariff from Nov 1 looks to be off the "
            "table if the framework is signed. Bessent told reporters he didn't think it would be "
            "\"necessary\".",
            "Bessent also called the talks \"very constructive\" and said the leaders now had \"a "
            "framework\" they could review. USTR Jamieson Greer was in the room too.",
            "Market reaction. Muted. The offshore yuan barely moved, and US equity futures were "
            "modestly higher, with S&P 500 contracts up around 0.4% in early trade. Ags were the "
            "clear winner: anything tied to soybeans caught a bid.",
            "What to watch. The Trump-Xi meeting at Apec in South Korea at the end of October is "
            "where this gets signed off, or doesn't. Until then, treat the extension as likely "
            "but not done.",
            "Our take: positioning for a full-blown escalation into November now looks too "
            "aggressive. We'd fade the tail-risk hedges, but keep some protection on names with "
            "heavy rare-earth exposure.",
            "Share this: Twitter | LinkedIn | Email",
            "Read more: China's rare-earth licensing rules, explained",
        ]),
    ], [
        ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
        ("weekday",
         r"wednesday|oct(ober|\.)? 15\b|\b15 oct|2025-10-15",
         r"thursday|oct(ober|\.)? 16\b|\b16 oct|2025-10-16"),
        ("duration", r"(?<![\d.])90(?![\d.%])|ninety", r"(?<![\d.])60(?![\d.%])|sixty"),
    ]),
    _story("court-SJ2", "court", [
        _art("Bench & Bar Wire", None, [
            "Appeals court upholds ruling against steel tariffs on imported fasteners",
            "WASHINGTON (Bench & Bar Wire) — A divided federal appeals court on Friday upheld a "
            "trade court decision that struck down the Commerce Department's move to extend steel "
            "tariffs to imported nuts, bolts and screws, handing a group of importers a "
            "significant win in one of the first appellate tests of the administration's expanded "
            "metals duties.",
            "In a 2-1 ruling, a three-judge panel of the U.S. Court of Appeals for the Federal "
            "Circuit agreed with the Court of International Trade that Commerce had skipped "
            "procedures required by law when it added fasteners to the list of \"derivative\" "
            "steel products subject to the 50% tariff.",
            "Judge Rosalind Acheson wrote the majority opinion, joined by Judge Samuel Ibarra. "
            "\"The statute gives the Secretary broad discretion, but it does not give him a "
            "shortcut around the procedures Congress wrote,\" Acheson wrote.",
            "Judge Thomas Whitcombe dissented, arguing that the majority had read into the "
            "statute \"a procedural requirement that Congress did not impose\" and that courts "
            "should defer to the executive on matters of national security.",
            "The case was brought by Harlow Fastener Co., a Cleveland-based importer, together "
            "with eight other companies that bring in fasteners from Taiwan, Vietnam and Mexico.",
            "The panel stayed its decision for 14 days to give the government time to ask the "
            "full Federal Circuit or the Supreme Court to intervene. Until then, the tariffs will "
            "continue to be collected.",
            "If the ruling stands, importers could seek refunds of duties paid on fasteners since "
            "the tariffs were extended to them in August. Trade lawyers estimate those payments "
            "at about $2.3 billion across the industry.",
            "A Justice Department spokesperson said the department disagreed with the decision "
            "and was \"reviewing its options.\"",
            "Lena Voss, a partner at Carrow & Pike who argued the case for the importers, called "
            "the ruling \"a reminder that trade policy still has to follow the rules.\"",
            "The fastener case is separate from the broader challenge to tariffs imposed under "
            "emergency powers, which the Supreme Court heard in November.",
        ]),
        _art("Ohio Valley Register", None, [
            "Cleveland importer wins round in tariff fight | Ohio Valley Register",
            "By Dana Kowalczyk, Business Reporter",
            "File photo: Boxes of bolts wait for shipment at Harlow Fastener Co.'s warehouse in "
            "Cleveland.",
            "A Cleveland company that sells nuts and bolts to hardware stores across the Midwest "
            "has won another round in its fight against the federal government's steel tariffs.",
            "On Friday, the U.S. Court of Appeals for the Federal Circuit ruled 2-1 that the "
            "Commerce Department acted unlawfully when it slapped the 50 percent steel tariff on "
            "imported fasteners last summer. The decision upholds an earlier ruling by the U.S. "
            "Court of International Trade in New York.",
            "Harlow Fastener Co., a family-owned business on the city's west side, was the lead "
            "plaintiff in the case, joined by eight other importers.",
            "\"We're a company of 140 people. We never wanted to be in a courtroom,\" said Martin "
            "Harlow, the company's president and the grandson of its founder. \"But those tariffs "
            "were eating us alive.\"",
            "Harlow said the company has paid more than $6 million in tariffs since August, and "
            "that it had raised prices twice to cover the cost. Several of its customers, he "
            "said, had switched to buying from domestic suppliers, whose prices had also climbed.",
            "Advertisement",
            "The opinion for the majority was written by Judge Rosalind Acheson. Judge Thomas "
            "Whitcombe dissented.",
            "The appeals court put its ruling on hold for 21 days so the government can decide "
            "whether to appeal further, meaning Harlow and other importers will keep paying the "
            "tariffs for now.",
            "\"We're not celebrating yet,\" Harlow said. \"We've seen how long these things can "
            "drag on.\"",
            "The company's attorney, Lena Voss of the Washington firm Carrow & Pike, said she "
            "expected the government to seek a rehearing. \"The ruling is clear, and we believe "
            "it will hold up,\" she said.",
            "Domestic producers have backed the tariffs. A spokesperson for a trade group "
            "representing American fastener makers said the decision \"puts U.S. manufacturing "
            "jobs at risk\" and urged the administration to keep fighting.",
            "Share on Facebook",
            "Share on X",
        ]),
        _art("TradeCompliance Today", None, [
            "CAFC affirms CIT in Harlow Fastener: what importers should do now",
            "Our analysis team | Customs & Trade Alerts",
            "The Federal Circuit has affirmed the Court of International Trade's decision in "
            "Harlow Fastener Co. v. United States, holding that the Department of Commerce did "
            "not follow the required process when it added steel fasteners to the Section 232 "
            "derivatives list. The vote was 2-1, with Judge Thomas Whitcombe writing for the "
            "majority.",
            "Background. In August, Commerce expanded the list of steel derivative products "
            "subject to the 50% Section 232 duty to include a broad range of fasteners classified "
            "in Chapter 73 of the tariff schedule. Importers argued that Commerce added the "
            "products without the inclusion process, public notice and opportunity to comment "
            "that the regulations provide for.",
            "The CIT agreed, and the government appealed. Friday's decision leaves that ruling in "
            "place.",
            "The stay. Importantly, the court stayed the effect of its decision for 14 days. "
            "During that period, CBP will continue to collect Section 232 duties on covered "
            "fasteners. The government is widely expected to petition for rehearing en banc or to "
            "seek a stay pending a petition to the Supreme Court.",
            "Refunds. If the decision survives, importers who paid the duties on fasteners may be "
            "able to recover them. We recommend that affected importers take steps now to "
            "preserve their rights, including tracking liquidation dates and considering protests "
            "where entries are liquidating.",
            "The dissent. The dissent argued that the statute does not require the procedures the "
            "majority found to be missing, and warned that the holding could invite challenges to "
            "other derivative product inclusions. That argument is likely to feature in any "
            "rehearing petition.",
            "Scope. The decision concerns only the fastener inclusions. It does not affect the "
            "underlying Section 232 duties on steel mill products, nor the separate litigation "
            "over tariffs imposed under the International Emergency Economic Powers Act.",
            "Practical steps: review your entries of Chapter 73 fasteners since August; confirm "
            "liquidation status with your broker; and talk to counsel about whether protests are "
            "warranted.",
            "This alert is for general information only and is not legal advice.",
        ]),
        _art("Public Radio Network", None, [
            "Federal appeals court rules against tariffs on imported bolts and screws",
            "A federal appeals court has ruled that the Trump administration broke the rules when "
            "it extended its steel tariffs to cover imported fasteners, the nuts, bolts and "
            "screws used in everything from cars to kitchen cabinets.",
            "The decision on Friday came from a three-judge panel of the U.S. Court of Appeals "
            "for the D.C. Circuit, which voted 2-1 to uphold a lower court ruling in favor of a "
            "group of nine importers led by Harlow Fastener Co. of Cleveland.",
            "At issue was a decision by the Commerce Department in August to treat fasteners as "
            "\"derivatives\" of steel, subjecting them to the same 50% tariff that applies to "
            "steel itself. The importers argued the department had skipped a required process for "
            "adding products to the list, and the Court of International Trade in New York agreed "
            "with them earlier this year.",
            "Writing for the majority, Judge Rosalind Acheson said the law gave the Commerce "
            "secretary broad discretion, but \"not a shortcut around the procedures Congress "
            "wrote.\"",
            "In his dissent, Judge Thomas Whitcombe said the majority had imposed a requirement "
            "that Congress never wrote into the statute.",
            "The ruling will not take effect right away. The court gave the government 14 days to "
            "seek further review, and the Justice Department said it was reviewing its options.",
            "Trade lawyers say that if the decision holds, importers could be owed refunds on "
            "roughly $2.3 billion in tariffs collected on fasteners since August.",
            "The administration has argued that the tariffs protect a domestic steel industry "
            "vital to national security. Supporters of the tariffs, including American fastener "
            "manufacturers, say cheap imports have forced factories to close.",
            "Economists who study tariffs say the costs are largely passed on to buyers. "
            "\"Fasteners are a small item, but they are in everything,\" said Ruth Adebayo, a "
            "trade economist at Lakeshore University. \"When they get more expensive, a lot of "
            "other prices follow.\"",
            "The case is separate from the legal fight over the president's emergency-powers "
            "tariffs, which the Supreme Court took up last fall.",
        ]),
    ], [
        ("author", r"acheson", r"whitcombe"),
        ("court", r"federal circuit|cafc", r"d\.? ?c\.? circuit|district of columbia"),
        ("duration",
         r"(?<![\d.])14(?![\d.%])|fourteen|two weeks",
         r"(?<![\d.])21(?![\d.%])|twenty-one|three weeks"),
    ]),
    _story("cb-SJ3", "central bank", [
        _art("Albion Press Association", "2026-02-05", [
            "LONDON (APA) — The Bank of England cut interest rates by a quarter of a percentage "
            "point on Thursday, lowering Bank Rate to 3.75% from 4%, but two members of its "
            "Monetary Policy Committee voted against the move.",
            "The committee split 7-2. Catherine Mann and Huw Pill, the Bank's chief economist, "
            "voted to keep rates on hold at 4%, arguing that inflation pressures in the services "
            "sector had not eased enough.",
            "Governor Andrew Bailey said the committee's judgement was that inflation was coming "
            "down, but warned against expecting rapid further cuts. \"We still need to be sure "
            "that inflation is on track to get back to our 2% target, so we will take each "
            "decision as it comes,\" he told a press conference.",
            "Consumer price inflation stood at 3.4% in December, according to the Office for "
            "National Statistics, still well above the Bank's target.",
            "In its quarterly Monetary Policy Report, published alongside the decision, the Bank "
            "said it expected inflation to fall to around 2.5% by the end of this year as the "
            "effect of last year's increases in energy bills and regulated prices faded from the "
            "annual comparison.",
            "The Bank also raised its forecast for economic growth in 2026 to 1.1% from 0.9%, "
            "citing stronger household spending in the final months of last year.",
            "Sterling slipped 0.3% against the dollar to $1.342 after the announcement, which was "
            "made at noon London time. Markets had priced in a cut as the most likely outcome, "
            "but some traders had expected a closer vote.",
            "The next rate decision is due on 19 March.",
            "Chancellor Rachel Reeves welcomed the cut, saying it would \"make a real difference "
            "to families with mortgages and businesses looking to invest\".",
            "(Reporting by APA economics staff)",
        ]),
        _art("The Northern Ledger", "2026-02-06", [
            "Bank of England cuts rates to 3.75pc as two policymakers dissent",
            "By Gareth Lowe, Economics Editor",
            "Homeowners received a modest boost yesterday as the Bank of England trimmed "
            "borrowing costs for the first time this year, although a split on the rate-setting "
            "committee suggested further relief may be slow in coming.",
            "Threadneedle Street's Monetary Policy Committee voted by seven to two to reduce Bank "
            "Rate by 0.25 percentage points to 3.75pc. The two dissenters, external member "
            "Catherine Mann and chief economist Huw Pill, wanted no change.",
            "Andrew Bailey, the Governor, struck a cautious note. \"We need to be sure inflation "
            "is heading back to the 2pc target, and we will take our decisions one at a time,\" "
            "he said.",
            "Photo: The Bank of England in the City of London. Courtesy Bank of England",
            "The cut will feed through immediately to the roughly 600,000 households on tracker "
            "mortgages, while lenders are expected to trim the price of fixed-rate deals in the "
            "coming weeks. According to the data provider Moneyfacts, the average two-year fixed "
            "mortgage rate stood at 4.62pc this week.",
            "Inflation was 3.4pc in December, the Office for National Statistics said last month, "
            "well above the Bank's 2pc goal but down from a peak of 3.8pc last autumn.",
            "Economists said the split vote made it unlikely that the Bank would move again at "
            "its next meeting, on 26 March. \"Two dissents for a hold tells you the bar for "
            "back-to-back cuts is high,\" said Fiona Carrick, chief UK economist at Stanmore "
            "Securities. \"May looks more realistic.\"",
            "The pound fell against the dollar after the decision, and two-year gilt yields "
            "dropped.",
            "Business groups welcomed the move but urged faster action. The British Chambers of "
            "Commerce said firms were still facing \"a heavy cost burden\" from higher employer "
            "national insurance contributions introduced last April.",
            "Advertisement",
        ]),
        _art("Gilt Edge", "2026-02-05", [
            "BoE: 25bp cut, 7-2 vote, cautious guidance - Gilt Edge",
            "Quick take from the rates desk.",
            "The MPC delivered the 25bps cut the market expected, taking Bank Rate to 3.75% from "
            "4.00%. The surprise, such as it was, came in the vote: 7-2, with Catherine Mann and "
            "Megan Greene both voting to hold.",
            "We had pencilled in a single dissent. Two hawkish votes, alongside guidance that "
            "stresses the MPC will take decisions 'one at a time', keeps the bar for a follow-up "
            "cut in March fairly high.",
            "Forecasts. The February Monetary Policy Report has CPI falling to about 2.5% by Q4 "
            "2026, from 3.4% in December. Growth for 2026 was nudged up to 1.1%. Nothing here "
            "argues for urgency.",
            "Bailey at the presser: \"We still need to be sure inflation is on track to return to "
            "the 2% target.\" Textbook Bailey. No pre-commitment either way.",
            "Market reaction. Short sterling rallied modestly, with the two-year gilt yield down "
            "about 4bps on the day. GBP/USD dipped to around 1.342.",
            "Next decision: 19 March. We still see one more cut before the summer, most likely in "
            "May, which would take Bank Rate to 3.5%.",
            "What we are watching. The labour market data later this month matter more than "
            "anything the MPC said today. Private-sector pay growth has been easing, but slowly, "
            "and the hawks on the committee have made clear that services inflation is their main "
            "worry. Mann's vote was no surprise; she has been the committee's most consistent "
            "hawk for some time.",
            "Positioning. We stay modestly long the front end. The risk to that view is a sticky "
            "January services print, due later this month.",
            "Not investment advice. Gilt Edge is written for professional investors.",
        ]),
        _art("National Broadcasting Service", "2026-02-05", [
            "Interest rates cut to 3.75% by Bank of England",
            "The Bank of England has cut interest rates from 4% to 3.75%, a move that will lower "
            "monthly repayments for many mortgage holders.",
            "It is the first cut of 2026. The decision was announced at 12:00 GMT on Thursday, "
            "7am on the US east coast, where markets had been watching closely.",
            "But the Bank's deputy governor, Clare Lombardelli, warned that further cuts would "
            "not be automatic. \"We still need to be sure inflation is on track to get back to "
            "2%, so we will take each decision as it comes,\" she said.",
            "Seven members of the Bank's nine-strong Monetary Policy Committee voted for the cut, "
            "with two preferring to hold rates at 4%.",
            "What does the cut mean for you?",
            "About 600,000 homeowners have tracker mortgages that move in line with Bank Rate, "
            "and their repayments should fall almost immediately. For someone with a typical "
            "tracker mortgage, the cut is worth roughly £29 a month.",
            "Those on fixed-rate deals will see no change until their current deal ends, although "
            "lenders have already been trimming rates on new fixed deals.",
            "Savers, however, are likely to see the rates on their accounts fall.",
            "Inflation, the rate at which prices rise, was 3.4% in December. The Bank's target is "
            "2%.",
            "Responding to the decision, the chancellor, Rachel Reeves, said the cut would \"make "
            "a real difference to families with mortgages\". The Conservatives said interest "
            "rates remained higher than they should be because of the government's tax rises.",
            "The Bank's next decision on rates is due on 19 March.",
        ]),
    ], [
        ("dissenter", r"\bpill\b", r"greene"),
        ("speaker", r"bailey", r"lombardelli"),
        ("date",
         r"\b19(th)? march|march 19|2026-03-19|19/0?3",
         r"\b26(th)? march|march 26|2026-03-26|26/0?3"),
    ]),
    _story("rocket-SJ4", "rocket", [
        _art("Orbital Dispatch", None, [
            "Northbeam's Corvane reaches orbit and lands its booster on third try",
            "By Theo Lindqvist",
            "Northbeam Launch's methane-fueled Corvane rocket reached orbit on its third test "
            "flight Tuesday, and for the first time the company brought its first-stage booster "
            "back intact, landing it on a droneship in the Pacific Ocean.",
            "The 62-meter rocket lifted off from Space Launch Complex 9 at Vandenberg Space Force "
            "Base in California at 13:35 UTC (6:35 a.m. PDT). Its nine Fennec engines, which burn "
            "liquid methane and liquid oxygen, pushed the vehicle through maximum aerodynamic "
            "pressure about a minute into the flight.",
            "The booster, named Halcyon, separated from the upper stage at roughly two and a half "
            "minutes, flipped around and performed a boostback burn before descending toward the "
            "droneship Tidewater Resolve, stationed several hundred kilometers downrange.",
            "It touched down at 6:43 a.m. PDT, a little over eight minutes after liftoff. Live "
            "video from the ship showed the booster upright on the deck, wreathed in steam.",
            "Meanwhile, the upper stage, powered by a single vacuum-optimized engine, reached a "
            "roughly circular orbit of about 500 kilometers. It released a mass simulator "
            "standing in for a future customer satellite and, about 90 minutes later, fired its "
            "engine again to leave orbit, reentering over the South Pacific.",
            "\"Today the whole vehicle did what we designed it to do,\" Northbeam chief executive "
            "Maren Solberg said on the company's webcast. \"Three flights ago we had a lot of "
            "questions. Today we have a lot of answers.\"",
            "The flight is a turnaround for the Long Beach, California-based company. Corvane's "
            "first flight in March 2025 broke apart about 70 seconds after launch. The second, in "
            "July, reached orbit but its booster crashed into the sea during the landing attempt.",
            "The Federal Aviation Administration licensed the flight last week. Northbeam has "
            "said it hopes to fly its first paying mission early next year, though it has not "
            "named the customer.",
            "Reusability is central to Northbeam's pitch: the company says a booster that can fly "
            "ten times or more is the only way to bring the cost of a Corvane launch down to what "
            "customers will pay.",
        ]),
        _art("Central Coast Courier", None, [
            "Rocket launch lights up morning sky over Lompoc | Central Coast Courier",
            "Courtesy Northbeam Launch: The Corvane rocket lifts off from Vandenberg Space Force "
            "Base.",
            "LOMPOC — Early risers across the Central Coast were treated to a dramatic sight "
            "Tuesday morning as a Corvane rocket roared off its pad at Vandenberg Space Force "
            "Base at 6:35 a.m.",
            "The launch, from Space Launch Complex 9 on the base's south side, was the third test "
            "flight for Northbeam Launch, a Long Beach company that has been flying from "
            "Vandenberg since last year.",
            "Unlike the rocket's two previous flights, Tuesday's mission went to plan. The "
            "rocket's upper stage reached orbit, and its booster, nicknamed Halcyon, landed on "
            "the droneship Quiet Current out in the Pacific about eight minutes after launch.",
            "It was the first time Northbeam had recovered a booster. On the rocket's second "
            "flight in July, the booster crashed into the ocean while trying to land. The first "
            "flight, in March of last year, ended when the rocket broke apart just over a minute "
            "after liftoff, scattering debris offshore.",
            "Advertisement",
            "Dozens of spectators gathered at viewing spots along Ocean Avenue and in the hills "
            "above Lompoc. \"You could feel it in your chest,\" said Rosa Delgado, who drove from "
            "Santa Maria with her two children. \"They were screaming the whole time.\"",
            "Vandenberg officials had warned residents that a sonic boom might be heard, but few "
            "reported hearing one, because the booster landed far out to sea rather than "
            "returning to the base.",
            "Northbeam employs about 60 people at Vandenberg, where it leases the launch complex "
            "from the Space Force. Company officials have said they hope to increase the number "
            "of launches from the site over the next two years, which would bring more jobs to "
            "the area.",
            "\"Today the whole rocket did what we built it to do,\" Northbeam CEO Maren Solberg "
            "said on the company's launch webcast.",
            "Some local groups have raised concerns about the growing number of launches from "
            "Vandenberg and their effect on wildlife along the coast, including nesting snowy "
            "plovers. The Space Force says it monitors the effects of each launch.",
            "Share on Facebook",
        ]),
        _art("The National Observer", None, [
            "A private rocket company finally sticks the landing",
            "By Helen Osei",
            "For Northbeam Launch, the third time was the charm.",
            "On Tuesday morning, the company's Corvane rocket lifted off from the California "
            "coast at 9:35 a.m. Eastern time, placed its upper stage in orbit and, in a first for "
            "the four-year-old company, landed its first-stage booster, called Kittiwake, on a "
            "ship at sea about eight minutes later.",
            "The success is a boost for a company whose first two flights were, by its own "
            "description, \"learning experiences.\" The first Corvane broke apart in the air over "
            "the Pacific within a minute and a half of launch. The second reached orbit, but its "
            "booster was lost when it hit the water during a landing attempt.",
            "Northbeam is one of a handful of companies trying to build reusable rockets powered "
            "by methane, a fuel that burns cleaner than kerosene and is easier to reuse in "
            "engines that must fire again and again. SpaceX's Starship and Blue Origin's New "
            "Glenn both use methane, as do several rockets being developed in China.",
            "The stakes are considerable. The Pentagon and commercial satellite operators have "
            "complained for years about a shortage of launch capacity, and Northbeam is competing "
            "for a share of contracts to launch military satellites later this decade.",
            "\"We think there's room for another reliable, reusable, medium-lift rocket,\" said "
            "Maren Solberg, Northbeam's chief executive, in an interview before the flight. \"But "
            "first we have to show it's reliable. That's what the next year is about.\"",
            "Space analysts were cautiously impressed. \"One good flight does not make a launch "
            "provider,\" said Arjun Mehta, a consultant who advises satellite operators on launch "
            "contracts. \"But a landed booster on the third flight is faster than most people "
            "expected.\"",
            "Northbeam, which is privately held, has raised about $900 million from investors, "
            "according to PitchBook. It has not disclosed what each launch costs.",
        ]),
        _art("Global Wire Service", None, [
            "VANDENBERG SPACE FORCE BASE, Calif. (GWS) - U.S. startup Northbeam Launch flew its "
            "Corvane rocket to orbit on Tuesday and recovered the first stage at sea for the "
            "first time, a milestone for the company's plans to reuse its boosters.",
            "The rocket lifted off at 13:35 UTC from Space Launch Complex 9 at the base on "
            "California's central coast.",
            "The first stage, Halcyon, landed upright on the droneship Tidewater Resolve in the "
            "Pacific at 13:53 UTC, the company said.",
            "The upper stage reached an orbit about 500 km (310 miles) above Earth and deployed a "
            "dummy payload before firing its engine to return through the atmosphere over the "
            "South Pacific.",
            "Chief executive Maren Solberg said the company would now inspect the booster to see "
            "how much work it needs before flying again. \"The whole vehicle did what we designed "
            "it to do today,\" she said.",
            "Northbeam's previous two launches had ended in partial or complete failure. The "
            "company has said it plans its first commercial mission early next year.",
            "The first Corvane, launched in March 2025, broke apart shortly after liftoff. On the "
            "second flight, the upper stage reached orbit but the booster was lost at sea during "
            "its landing attempt.",
            "Based in Long Beach, California, Northbeam is one of several U.S. companies "
            "developing reusable rockets that burn methane, which engineers say leaves fewer "
            "deposits in engines than kerosene and makes them easier to refly. The privately held "
            "company has raised about $900 million from investors.",
            "Recovering boosters is seen as essential to cutting launch costs, and Northbeam has "
            "said it wants each booster to fly at least ten times.",
            "The flight was licensed by the Federal Aviation Administration.",
            "(Reporting by GWS; editing by Paul Renner)",
        ]),
    ], [
        ("vehicle name", r"halcyon", r"kittiwake"),
        ("place", r"tidewater", r"quiet current"),
        ("time", r"\b6:43|13:43|9:43", r"\b6:53|13:53|9:53"),
    ]),
    _story("quake-SJ5", "earthquake", [
        _art("Andes Wire", "2026-03-09", [
            "SANTIAGO (Andes Wire) — A magnitude 6.4 earthquake struck central Chile late on "
            "Sunday, killing two people, damaging older adobe homes and cutting power to about "
            "120,000 customers in the Maule region, authorities said.",
            "The quake hit at 11:14 p.m. local time (0214 GMT Monday) at a depth of 35 km, with "
            "its epicenter 28 km southwest of the city of Talca, according to the U.S. Geological "
            "Survey. Chile's National Seismological Center also put the magnitude at 6.4.",
            "Chile's navy hydrographic service, SHOA, said the quake did not meet the conditions "
            "to generate a tsunami on the Chilean coast, and no evacuation was ordered.",
            "One of the victims was a 78-year-old woman who was struck by a falling wall in "
            "Talca. The second, a man in the coastal town of Constitución, died of a heart attack "
            "during the shaking, regional officials said.",
            "Dozens of people were treated in hospitals for injuries, most of them minor.",
            "Chile's disaster response agency, Senapred, said it had received reports of damage "
            "to about 300 homes, mostly older adobe structures in rural areas. Some roads in the "
            "foothills were blocked by landslides.",
            "\"The damage is concentrated in old houses, the ones built before the modern "
            "codes,\" said Ignacio Fuenzalida, the presidential delegate for Maule. \"Newer "
            "buildings have held up well.\"",
            "More than 40 aftershocks had been recorded by Monday morning, the largest of them "
            "magnitude 5.1.",
            "Classes were suspended on Monday in Talca and several nearby towns while engineers "
            "inspected school buildings.",
            "Chile is one of the most seismically active countries in the world. The Maule region "
            "was close to the epicenter of the magnitude 8.8 earthquake of Feb. 27, 2010, which "
            "with the tsunami that followed killed more than 500 people.",
        ]),
        _art("The Global Chronicle", "2026-03-09", [
            "Chile earthquake: two dead as 6.4 tremor shakes Maule region | The Global Chronicle",
            "By Sofia Herrera in Santiago",
            "Two people have died after a strong earthquake shook central Chile late on Sunday "
            "night, bringing down walls in the city of Talca and leaving large parts of the "
            "region without electricity.",
            "The magnitude 6.4 quake struck at 02:14 GMT on Monday, or 23:14 on Sunday local "
            "time. The US Geological Survey said the epicentre was about 17 miles (28km) "
            "south-west of Talca, at a depth of roughly 22 miles.",
            "Residents described being thrown from their beds. \"Everything started to move, the "
            "glasses, the lamps, then the whole house,\" said Camila Rojas, 34, who ran into the "
            "street with her two children in Talca. \"It went on for what felt like a minute.\"",
            "Shaking was felt as far away as the capital, Santiago, about 155 miles (250km) to "
            "the north, where some tall buildings swayed but there were no reports of damage.",
            "Advertisement",
            "Chile's National Disaster Prevention and Response Service (Senapred) said it was "
            "assessing damage to homes, most of them traditional adobe buildings in rural "
            "communities. At its height, the outage affected about 120,000 customers, the "
            "electricity distributor said.",
            "The Chilean navy ruled out a tsunami threat. Dozens of people were injured.",
            "The region is still marked by the devastating magnitude 8.8 earthquake of 27 "
            "February 2010, which triggered a tsunami and killed more than 500 people. Strict "
            "building codes introduced after earlier disasters are widely credited with limiting "
            "damage in modern buildings.",
            "Related: Why Chile's buildings survive earthquakes that flatten cities elsewhere",
        ]),
        _art("QuakeWatch Blog", "2026-03-10", [
            "M6.4 Maule, Chile: early notes on a moderate-depth thrust event",
            "Posted by the QuakeWatch team",
            "A magnitude 6.4 earthquake struck the Maule region of central Chile at 02:14 UTC on "
            "9 March (23:14 local time on the 8th). Both the USGS and Chile's Centro Sismológico "
            "Nacional (CSN) give M6.4. The hypocentre was about 35 km deep, roughly 28 km SW of "
            "Talca.",
            "Tectonic setting. Central Chile sits above the subduction zone where the Nazca plate "
            "dives beneath South America at roughly 6-7 cm per year. At 35 km depth this looks "
            "like an interface event, consistent with the thrust mechanism in the preliminary "
            "moment tensor.",
            "The quake occurred within the rupture area of the great M8.8 Maule earthquake of 27 "
            "February 2010. Moderate events like this one are not unusual inside old rupture "
            "zones as stress continues to redistribute.",
            "Aftershocks. More than 100 aftershocks had been located by Tuesday morning. The "
            "largest so far is an M5.1 a few hours after the mainshock. A decaying sequence like "
            "this is normal; there is nothing yet to suggest a larger event is on the way, though "
            "that can never be ruled out.",
            "Impact. Authorities now report four deaths and 73 people injured, after two more "
            "bodies were recovered from a collapsed adobe house near Pencahue on Monday "
            "afternoon. Damage is concentrated in older adobe construction, as is typical in "
            "Chilean earthquakes of this size.",
            "No tsunami. SHOA quickly said a tsunami was not expected, which matches what we "
            "would expect for an event of this magnitude.",
            "We will update this post as more data comes in.",
        ]),
        _art("Pacific Public Broadcasting", "2026-03-10", [
            "Chile quake death toll rises to four",
            "The number of people killed by Sunday night's earthquake in central Chile has risen "
            "to four, after rescue teams found the bodies of an elderly couple in a collapsed "
            "house near the village of Pencahue.",
            "More than 70 people were injured in the magnitude 6.4 quake, which struck 28 "
            "kilometres south-west of Talca at 11:14 on Sunday night local time.",
            "The country's disaster agency, Senapred, said 412 homes had been damaged, 61 of them "
            "so badly that they would have to be demolished.",
            "Electricity has been restored to most of the approximately 120,000 customers who "
            "lost power. By Monday night, about 9,000 were still without electricity, mostly in "
            "rural areas.",
            "The presidential delegate for the Maule region, Ignacio Fuenzalida, said the "
            "government would provide emergency housing for families who had lost their homes. "
            "\"No family is going to be left on its own,\" he said.",
            "Schools in Talca, which were closed on Monday, are expected to reopen on Wednesday "
            "once inspections are complete.",
            "The quake was centred about 35 kilometres below the surface. The navy's hydrographic "
            "service, SHOA, ruled out a tsunami shortly afterwards. Aftershocks continued through "
            "Monday and into Tuesday, the strongest measuring 5.1.",
            "In Talca, many residents spent a second night outdoors or in their cars. \"Every "
            "time the ground moves again, the children wake up crying,\" said Héctor Muñoz, whose "
            "kitchen wall collapsed on Sunday night. \"We are waiting for someone to tell us if "
            "the house is safe.\"",
            "Chile's strict building codes, tightened after a series of deadly quakes, are "
            "credited with preventing more serious damage. Most of the destroyed houses were made "
            "of adobe, a traditional mud brick.",
        ]),
    ], []),
    _story("election-SJ6", "election", [
        _art("Lone Star Wire", None, [
            "FORT CARLIN, Texas (LSW) — Former city council member Dana Okafor won the Fort "
            "Carlin mayoral runoff on Saturday, defeating former Carlin County Sheriff Gil "
            "Marchetti in a race that turned on property taxes, public safety and the city's "
            "aging water system.",
            "With all precincts reporting, Okafor had 31,406 votes, or 54.2%, to Marchetti's "
            "26,538, or 45.8%, according to unofficial results from the county elections office. "
            "The margin was 4,868 votes.",
            "Turnout was 21% of the city's roughly 276,000 registered voters, low even by the "
            "standards of municipal runoffs.",
            "Marchetti had led the first round on Nov. 4, taking 38% of the vote in a field of "
            "six candidates, while Okafor finished second with 31%. Because no candidate reached "
            "a majority, the top two advanced to the runoff.",
            "Okafor, 44, represented the city's District 3 on the council for two terms before "
            "stepping down to run for mayor. She campaigned on a plan to speed up repairs to "
            "water mains, some of which date to the 1950s, and to cap increases in the city's "
            "property tax rate.",
            "Marchetti, 61, served two terms as county sheriff and ran on a promise to hire 150 "
            "more police officers. He was backed by the county Republican Party, while Okafor was "
            "endorsed by local Democrats and several labor unions. City elections in Texas are "
            "officially nonpartisan.",
            "\"Tonight, Fort Carlin chose to fix what is broken and to do it together,\" Okafor "
            "told supporters at a downtown event hall.",
            "Marchetti called Okafor to concede shortly after 10 p.m. \"The voters have spoken, "
            "and I wish her well,\" he said in a statement.",
            "Okafor will succeed Mayor Ray Delgado, who was barred by term limits from running "
            "again. She is scheduled to be sworn in on Jan. 5.",
        ]),
        _art("Fort Carlin Courier", None, [
            "Okafor wins mayor's race | Fort Carlin Courier",
            "By Luis Ortega, Staff Writer",
            "Dana Okafor will be Fort Carlin's next mayor.",
            "The former District 3 council member beat Gil Marchetti, the city's former police "
            "chief, in Saturday's runoff, winning 54% of the vote in a contest that drew a small "
            "share of the city's voters.",
            "\"Tonight, Fort Carlin chose to fix what's broken, and we're going to do it "
            "together,\" Okafor told a crowd of several hundred supporters at the Union Hall on "
            "Commerce Street downtown, where the celebration went past midnight.",
            "Advertisement",
            "Marchetti, who topped the field in the November first round, had been considered the "
            "early favorite. But Okafor built a coalition of neighborhood groups, unions and "
            "younger voters, and she outraised him in the final weeks of the campaign.",
            "\"People are tired of water main breaks and boil-water notices,\" said Teresa "
            "Villanueva, a retired teacher who volunteered for the Okafor campaign in the city's "
            "east side. \"She's been talking about it for years.\"",
            "Marchetti conceded by phone. In a short statement, he thanked his supporters and "
            "said he wished Okafor well.",
            "Okafor, 44, grew up in Fort Carlin and ran a food bank before her election to the "
            "council. She will take office in January, replacing outgoing Mayor Ray Delgado, who "
            "could not run again because of term limits.",
            "Her first test will come quickly: the council must decide by February whether to "
            "approve a $410 million bond for water and sewer repairs, which would need to go to "
            "voters in May.",
            "Related coverage",
            "Read more: Where the candidates stood on the water bond",
        ]),
        _art("The Statesman Review", None, [
            "Okafor wins Fort Carlin runoff as turnout sags",
            "By Megan Pruitt",
            "FORT CARLIN — In a city of more than 400,000 people, fewer than 60,000 chose the "
            "next mayor.",
            "Dana Okafor, a former council member, won Saturday's runoff against Gil Marchetti, "
            "the former Carlin County sheriff, by a margin of 8.4 percentage points: 54.2 percent "
            "to 45.8 percent. But turnout was just 27 percent of registered voters, continuing a "
            "long slide in participation in local elections across Texas.",
            "Low turnout is a familiar problem in Texas cities that hold their elections "
            "separately from state and federal races. Turnout in runoffs, which often fall in "
            "December or June, tends to be lower still.",
            "\"A runoff two weeks before Christmas is almost designed to keep people home,\" said "
            "Patricia Nunez, a political scientist at Carlin State University. \"The people who "
            "show up are older and more likely to be homeowners, and that shapes the whole "
            "campaign.\"",
            "Both candidates focused heavily on property taxes, which have risen sharply as home "
            "values climbed. Okafor promised to cap increases in the city's tax rate; Marchetti "
            "said he would freeze it for two years.",
            "Public safety was the other major theme. Marchetti, who spent two terms as county "
            "sheriff, pledged to hire 150 additional police officers. Okafor said the city first "
            "needed to fill the roughly 120 vacancies it already had.",
            "Some civic groups have pushed the city to move its elections to November of "
            "even-numbered years, when turnout is far higher. A proposal to put that change on "
            "the ballot failed on the council last year by one vote.",
            "Okafor said on Saturday night that she supported the change. \"More people voting is "
            "good for everybody, including whoever is in this job,\" she said.",
        ]),
        _art("Ballot Watch", None, [
            "Fort Carlin, TX mayor: Okafor flips it in the runoff",
            "Runoff results roundup",
            "Fort Carlin, Texas (runoff, Saturday): Dana Okafor 54.2%, Gil Marchetti 45.8%. "
            "Okafor wins by 8.4 pts.",
            "Okafor, who had also finished first in the Nov. 4 first round, widened her lead in "
            "the runoff, picking up most of the voters who had backed the four eliminated "
            "candidates on the left and center. Marchetti, a former county sheriff backed by the "
            "local GOP, needed to win over suburban precincts in the north of the city and fell "
            "short there.",
            "Turnout: about 58,000 votes cast, or roughly 21 pct of registered voters.",
            "Where it was won: Okafor ran up big margins on the east and south sides, including "
            "her old council district, and held down Marchetti's lead in the northern suburbs. "
            "Early voting favored Okafor; Marchetti narrowly won the Election Day vote but not by "
            "nearly enough.",
            "Money: Okafor outraised Marchetti over the final stretch, according to campaign "
            "finance reports, helped by union PACs. Marchetti leaned on a handful of large donors "
            "from the local real estate industry.",
            "Why it matters: Fort Carlin is one of the larger Texas cities where the GOP had "
            "hoped to win the mayor's office this cycle. Marchetti's loss follows defeats for "
            "Republican-backed candidates in two other Texas mayoral races earlier this year.",
            "The outgoing mayor, Ray Delgado, did not endorse in the race.",
            "Next up: Okafor takes office Jan. 5. The big early fight is a proposed bond package "
            "for water and sewer repairs.",
            "Share: Twitter | Facebook | Email",
        ]),
    ], [
        ("title", r"sheriff", r"police chief|chief of police"),
        ("percentage",
         r"(?<![\d.])21(\.\d+)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])27(\.\d+)? ?(%|percent|per cent|pct)"),
        ("who led", r"marchetti", r"okafor"),
    ]),
]
