"""Part SR of the story battery.

Written by engineer SR1 on 2026-12-06 (thirteenth session, third batch) without reading
Storyline's rules or other parts, before any run. Six whole stories (one per domain, one of
them a control story with no planted disagreement), each told by 3 to 5 invented outlets in
long articles. Scored with `bench/bench_story_battery.py SR`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SR", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SR1", "trade", [
        _art("Meridian Wire", "2025-10-06", [
            "OSLO (Meridian Wire) — The United States and China agreed on Monday on a framework "
            "to lower some tariffs and restart farm purchases, after a second day of talks in "
            "the Norwegian capital that ran for nearly 10 hours, officials from both delegations "
            "said.",
            "Treasury Secretary Martin Hale, who led the U.S. side, told reporters outside the "
            "Norwegian foreign ministry's conference centre that the two sides had made "
            "\"substantial progress\". \"We made substantial progress, and both sides will now "
            "take this back to their leaders for a final decision,\" Hale said.",
            "China's delegation was headed by Vice Premier Zhao Lifeng, Beijing's top economic "
            "negotiator. The official Xinhua news agency described the meetings as \"candid, "
            "in-depth and constructive\" and said the sides had reached a \"basic consensus\" on "
            "several issues.",
            "Under the framework, Washington would cut a 20% tariff tied to fentanyl trafficking "
            "to 10%, and extend by 90 days a pause on higher so-called reciprocal duties that "
            "was due to lapse on Nov. 10. China would buy 12 million metric tons of U.S. "
            "soybeans before the end of the year and suspend for one year a new licensing regime "
            "for exports of rare-earth magnets, according to two people briefed on the text.",
            "A joint statement was released at 6 p.m. local time (1600 GMT), or noon in "
            "Washington. The first day of talks, on Sunday, lasted about five hours, one "
            "official said. Neither side put a figure on the value of the trade covered by the "
            "tariff cut.",
            "The Oslo meeting was the fifth round since May, following sessions in Geneva, "
            "London, Stockholm and Madrid. U.S. tariffs on Chinese goods peaked at 145% in April "
            "before the two sides agreed in Geneva to a 90-day truce that cut them sharply. "
            "China had retaliated with duties of 125% on American products.",
            "Hale said he expected President Donald Trump and President Xi Jinping to discuss "
            "the framework when they meet on the sidelines of the Asia-Pacific Economic "
            "Cooperation summit in Gyeongju, South Korea, at the end of the month.",
            "Soybean futures in Chicago rose 2.1% in early trading. China, the world's largest "
            "buyer of the oilseed, has not booked any U.S. cargoes from this year's harvest, "
            "turning instead to Brazil and Argentina.",
            "Hale was expected back in Washington on Tuesday. Zhao was scheduled to fly to "
            "Beijing overnight, a Chinese embassy official said.",
            "(Reporting by Sigrid Aas in Oslo and Wei Chen in Beijing; Editing by Paul Marsden)",
        ]),
        _art("The Capitol Ledger", "2025-10-07", [
            "U.S. and China Strike Framework in Oslo, Clearing Path for Leaders' Meeting | The "
            "Capitol Ledger",
            "By Ellen Park and Tomás Reyes",
            "Negotiators from Washington and Beijing emerged from close to ten hours of talks in "
            "Oslo on Monday with what both sides called a framework for easing the trade war, "
            "setting the stage for a possible meeting between President Trump and Xi Jinping "
            "later this month.",
            "The deal, which still needs approval from both leaders, would halve the "
            "fentanyl-related tariff the United States imposes on Chinese imports, to 10 percent "
            "from 20 percent. China, in turn, would resume purchases of American soybeans, "
            "committing to roughly 440 million bushels before the year is out, and would put on "
            "hold for a year its latest restrictions on rare-earth exports.",
            "\"We made significant progress, and both sides are going to take it back to their "
            "leaders,\" Treasury Secretary Martin Hale said at a brief news conference. He "
            "declined to give details on the timetable for the soybean purchases beyond the "
            "year-end target.",
            "The Chinese team was led by Finance Minister Zhao Lifeng, who has handled the talks "
            "with Mr. Hale since the spring. In Beijing, the official Xinhua news agency said "
            "the two sides had held \"candid, in-depth and constructive\" discussions.",
            "Advertisement",
            "The Oslo session was the fifth round of negotiations since May. Previous meetings "
            "in Geneva, London, Stockholm and Madrid produced a series of short truces that kept "
            "the highest tariffs from returning. At their peak in April, American duties on "
            "Chinese goods reached 145 percent.",
            "Business groups welcomed the news, cautiously. \"Any step back from the brink is "
            "good news for farmers, but they have heard promises before,\" said Karen Doyle, "
            "president of the Midwest Soybean Growers Council, who noted that Chinese buyers had "
            "not purchased a single American bean from this fall's harvest.",
            "The agreement would also extend for 90 days a pause on higher reciprocal tariffs "
            "that had been scheduled to expire on Nov. 10. Without the extension, rates on many "
            "Chinese goods would have jumped again just before the holiday shipping season.",
            "A joint statement was published at noon Eastern time on Monday, which was midnight "
            "in Beijing. Chinese state television carried it as the lead item in its overnight "
            "bulletin.",
            "Officials said the two leaders are expected to meet at the Asia-Pacific Economic "
            "Cooperation summit in Gyeongju, South Korea, at the end of October. White House "
            "officials would not confirm a date or a venue for the meeting.",
            "Related coverage",
            "Read more: How the soybean standoff emptied Iowa's grain elevators",
        ]),
        _art("Harbour Street Markets", "2025-10-07", [
            "Oslo framework: what the US-China deal means for markets - Harbour Street Markets",
            "Posted by Rafael Mendes | Macro | 6 min read",
            "So we got a deal — sort of. After six hours of talks on Monday in Oslo, on top of "
            "Sunday's session, US Treasury Secretary Martin Hale and Chinese Vice Premier Zhao "
            "Lifeng signed off on a framework that, if their bosses agree, takes some of the "
            "sting out of the tariff war. Here's our quick read.",
            "1. Tariffs. The fentanyl levy drops from 20% to 10%. That's the headline number for "
            "importers. The baseline reciprocal rate stays where it is, and the 90-day extension "
            "of the pause means the threatened step-up on Nov 10 won't happen, for now.",
            "2. Soybeans. China commits to buying 12 million tonnes of US soybeans by year-end. "
            "For context, it bought roughly 25 million tonnes from the US in all of 2024, so "
            "this is a partial return, not a full one. Futures liked it anyway: the November "
            "contract was up a little over 2% in Chicago.",
            "3. Rare earths. Beijing pauses its new export-licence rules on rare-earth magnets "
            "for a year. This matters more than soybeans for carmakers and defence suppliers, "
            "and it's the part we'd watch most closely for backsliding.",
            "What was said: Hale's line to reporters was that the sides made \"substantial "
            "progress\" and will take the outcome to their leaders. Beijing, via Xinhua, called "
            "the talks \"candid, in-depth and constructive\", which is about as warm as official "
            "Chinese language gets.",
            "What's next: Trump and Xi are expected to meet at APEC in Gyeongju, South Korea, at "
            "the end of October. Until the leaders sign off, treat this as a draft, not a deal.",
            "Context: this was round five, after Geneva (May), London (June), Stockholm (July) "
            "and Madrid (September). Tariffs peaked at 145% on the US side and 125% on China's "
            "side in April.",
            "Market reaction: the offshore yuan firmed to 7.11 per dollar, its strongest in a "
            "month, and the Hang Seng China Enterprises index climbed 1.8% on Tuesday. US stock "
            "futures were flat.",
            "Our take: good for ags, good for autos, neutral for everyone else until we see "
            "text. We'd fade any rally in the names most exposed to Chinese demand until "
            "Gyeongju.",
            "Disclosure: the author holds no positions in the securities mentioned.",
            "Share on X | Share on LinkedIn | Copy link",
        ]),
        _art("Nordic Public Broadcasting", "2025-10-06", [
            "US and China reach trade framework after talks in Oslo",
            "The United States and China have agreed a framework to ease their trade dispute "
            "after two days of negotiations in Oslo, the Norwegian foreign ministry, which "
            "hosted the talks, said on Monday evening.",
            "The second day of talks lasted nearly ten hours. The delegations met behind closed "
            "doors at the ministry's conference centre in central Oslo, with only short breaks, "
            "from early in the morning until shortly before a joint statement was released at 6 "
            "pm Norwegian time.",
            "According to the statement, the United States will lower a tariff linked to the "
            "fentanyl trade from 20 per cent to 10 per cent and extend a pause on higher tariffs "
            "by 90 days. China will buy 15 million tonnes of American soybeans before the end of "
            "the year and suspend new rules on exports of rare earth magnets for twelve months.",
            "The US delegation was led by Treasury Secretary Martin Hale. China's chief "
            "negotiator was Vice Premier Zhao Lifeng.",
            "Speaking to journalists outside the venue, Hale said the two sides had made "
            "substantial progress and would now take the results back to their leaders. Zhao did "
            "not speak to the press before leaving for the airport.",
            "Norway's foreign minister, Ingrid Solberg, said she was pleased that Oslo had been "
            "able to offer \"a quiet room for difficult conversations\". Norway is not a party "
            "to the negotiations, but the government offered to host them in September.",
            "The talks were the fifth round since May. Earlier meetings took place in Geneva, "
            "London, Stockholm and Madrid.",
            "The framework is expected to be discussed by President Donald Trump and President "
            "Xi Jinping when they meet at the APEC summit in South Korea at the end of October.",
            "Norwegian exporters have followed the dispute closely. China is one of the "
            "fastest-growing markets for Norwegian salmon, and industry groups have warned that "
            "a wider trade war would hit demand in Asia. Seafood exporters said on Monday that "
            "any easing of tension between the two largest economies would be welcome.",
            "Economists at the central bank in Oslo have said that the tariff conflict is one of "
            "the main risks to growth in Norway's trading partners next year.",
        ]),
    ], [
        ("duration",
         r"\b(nearly |close to |almost )?(10|ten) ?(hours?|hrs?)\b",
         r"\b(6|six) ?(hours?|hrs?)\b"),
        ("title",
         r"vice[- ]premier",
         r"finance minister|minister of finance"),
        ("quantity",
         r"(?<![\d.])12 ?(million|mn|m\b)|(?<![\d.])440 ?(million|mn|m\b)",
         r"(?<![\d.])15 ?(million|mn|m\b)"),
    ]),
    _story("court-SR2", "court", [
        _art("Lexington Legal Wire", None, [
            "Supreme Court, 6-3, says FCC location-data fine violated jury right - Lexington "
            "Legal Wire",
            "By Marcus Hill, Supreme Court Correspondent",
            "WASHINGTON — The U.S. Supreme Court on Friday threw out a $57 million penalty the "
            "Federal Communications Commission imposed on Northline Wireless for selling "
            "customers' location data, holding 6-3 that the agency violated the carrier's "
            "Seventh Amendment right to a jury trial.",
            "Justice Neil Gorsuch wrote for the majority. \"When the government sets out to "
            "punish, the Constitution promises the accused a jury of their peers, not a hearing "
            "before the agency that brought the charge,\" Gorsuch wrote.",
            "Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, "
            "dissented. She wrote that the decision \"hands lawbreakers a powerful new weapon "
            "against the agencies that police them\" and predicted a wave of challenges to "
            "penalties imposed by other regulators.",
            "The FCC fined Northline in April 2024 after finding that it had sold real-time "
            "location data to third-party aggregators for years without customers' consent, and "
            "had kept doing so after learning that the data was being misused. The commission "
            "fined four major carriers a combined total of nearly $200 million in the same set "
            "of orders.",
            "Northline challenged the penalty in the U.S. Court of Appeals for the Fifth "
            "Circuit, which ruled in the company's favor. The Supreme Court agreed to hear the "
            "government's appeal and heard arguments in January.",
            "The decision builds on SEC v. Jarkesy, the 2024 ruling in which the court held that "
            "the Securities and Exchange Commission must go to federal court, before a jury, "
            "when it seeks civil penalties for securities fraud. The majority said the same "
            "logic applied to the FCC because the claim against Northline resembled a "
            "traditional negligence claim.",
            "The ruling does not bar the FCC from pursuing the carrier again; the agency can "
            "still bring a case in federal district court. But lawyers said it could force "
            "agencies including the FCC, the Federal Energy Regulatory Commission and the "
            "Department of Labor to rethink how they impose civil penalties.",
            "An FCC spokesperson said the agency was reviewing the decision. Northline's lead "
            "counsel, Andrea Kwan of Whitcombe & Lyle, called it \"a win for every American "
            "business that has been fined by an agency acting as prosecutor, judge and jury.\"",
            "The case is Northline Wireless v. Federal Communications Commission.",
        ]),
        _art("The Evening Sentinel", None, [
            "Justices Side With Wireless Carrier in Fight Over Location-Data Fine",
            "By the Evening Sentinel staff",
            "A divided Supreme Court on Friday sided with Northline Wireless in its fight "
            "against a $57 million fine over the sale of customers' location data, ruling 5-4 "
            "that the Federal Communications Commission could not impose the penalty without "
            "giving the company a jury trial.",
            "The decision, written by Justice Neil Gorsuch, is the latest in a string of rulings "
            "in which the court has cut back the power of federal agencies to punish the "
            "companies they regulate.",
            "Privacy advocates said the ruling would make it harder to hold companies to account "
            "when they mishandle sensitive data. \"The people whose movements were sold to the "
            "highest bidder never get their day in court. The company just got its day,\" said "
            "Priya Raman of the Digital Rights Project.",
            "The case began in 2018, when reporters found that location data from several "
            "carriers was being resold through a chain of middlemen and ending up with bail "
            "bondsmen and bounty hunters. The FCC proposed fines two years later and finalized "
            "them in April 2024, concluding that Northline had continued to sell the data for "
            "more than a year after it learned of the abuse.",
            "Advertisement",
            "In a dissent, Justice Sonia Sotomayor warned that the majority had given "
            "\"lawbreakers a powerful new weapon against the very agencies that police them.\" "
            "Congress, she wrote, has allowed agencies to impose civil penalties for more than a "
            "century.",
            "The FCC said in a statement that it was reviewing the decision and remained "
            "committed to protecting consumers' privacy. The agency could still take Northline "
            "to federal court, where a jury would decide whether the company broke the law and "
            "how much it should pay.",
            "The ruling leans heavily on SEC v. Jarkesy, a 2024 decision that required the "
            "Securities and Exchange Commission to bring fraud cases seeking penalties before a "
            "jury. Since then, companies fined by a range of agencies have argued that the same "
            "principle should protect them.",
            "Legal scholars said the decision could have consequences well beyond "
            "telecommunications. \"Every agency that hands out fines through its own judges is "
            "now on notice,\" said Martin Ellery, a professor of administrative law at "
            "Georgetown University.",
            "The justices heard arguments in the case in January.",
            "Share this article",
        ]),
        _art("CourtWatch Daily", None, [
            "Opinion analysis: Jury right sinks FCC's location-data fine | CourtWatch Daily",
            "Posted by Jordan Beale",
            "The justices on Friday handed down Northline Wireless v. FCC, and the result will "
            "not surprise anyone who read the transcript of January's argument: by a vote of "
            "6-3, the court held that the Seventh Amendment entitled the carrier to a jury "
            "before the FCC could take $57 million from it.",
            "Justice Brett Kavanaugh wrote the majority opinion. Its core reasoning tracks SEC "
            "v. Jarkesy closely. A civil penalty designed to punish and deter, the opinion "
            "explains, is the kind of remedy that was traditionally available only in courts of "
            "law, and the claim against Northline, essentially a failure to safeguard customer "
            "data, resembles a common-law negligence claim. Because the \"public rights\" "
            "exception does not apply, the commission had to go to court.",
            "Justice Sonia Sotomayor dissented for herself and Justices Kagan and Jackson. She "
            "argued that Congress has long allowed agencies to impose penalties for violations "
            "of regulatory statutes, and that the majority was unsettling decades of practice. "
            "In her words, the ruling \"hands lawbreakers a powerful new weapon against the "
            "agencies that police them.\"",
            "Three questions the opinion leaves open:",
            "First, what happens to the other location-data penalties? The three other carriers "
            "fined in the same April 2024 orders, whose penalties add up to roughly $140 "
            "million, have cases pending in other circuits. It is hard to see how those fines "
            "survive.",
            "Second, how far does the reasoning reach? The majority said it was not deciding "
            "whether every agency penalty requires a jury, but the test it applied, whether the "
            "claim looks like a traditional common-law action, will be easy for many regulated "
            "companies to satisfy.",
            "Third, will Congress respond? The FCC could still sue in federal district court, "
            "but agencies have little experience running jury trials, and the commission's "
            "enforcement staff is small.",
            "For now, the practical message to regulators is plain: if you want to punish, be "
            "prepared to persuade twelve citizens in a courtroom.",
            "Posted in Merits Cases, Featured",
            "Share | Print | Email",
        ]),
        _art("Plains Public Radio", None, [
            "Omaha-based Northline Wireless wins Supreme Court fight over $75 million FCC fine",
            "Plains Public Radio | By Dana Kruger",
            "File photo: Northline Wireless headquarters in downtown Omaha. (Courtesy Plains "
            "Public Radio)",
            "OMAHA — Omaha-based Northline Wireless won its long-running fight with federal "
            "regulators on Friday, when the U.S. Supreme Court ruled 6-3 that the Federal "
            "Communications Commission should not have fined the company without a jury trial.",
            "The FCC had ordered the carrier to pay $75 million over the way it handled "
            "customers' location data. Justice Neil Gorsuch wrote the court's opinion, and the "
            "court's three liberal justices dissented.",
            "Northline, which employs about 4,200 people in Nebraska and serves roughly 11 "
            "million customers nationwide, said in a statement that it was \"gratified\" by the "
            "ruling. The company said it had long ago ended the location-data program at the "
            "center of the case.",
            "\"This has been hanging over the company for the better part of a decade,\" said "
            "Linda Osei, who teaches law at the University of Nebraska Omaha. \"For employees "
            "here, the immediate worry was always that a penalty this size would mean more "
            "layoffs. That worry is gone, at least for now.\"",
            "In her dissent, Justice Sonia Sotomayor wrote that the decision gives lawbreakers a "
            "powerful new weapon against the agencies that police them.",
            "The ruling does not end the matter entirely. The FCC could still sue Northline in "
            "federal court, where a jury would decide whether the company broke the law.",
            "Nebraska's attorney general had filed a brief supporting the company, arguing that "
            "federal agencies had too much power to fine businesses without a trial. His office "
            "said Friday that the decision \"restores a basic protection that the founders wrote "
            "into the Bill of Rights.\"",
            "Northline shares rose about 3% in afternoon trading on the news.",
            "The company's chief executive, Rob Vaughan, is expected to address employees at a "
            "town hall meeting in Omaha on Monday.",
            "Read more: Northline to cut 300 jobs at Omaha call center",
        ]),
    ], [
        ("vote split",
         r"\b6 ?(-|–|—|to) ?3\b|six[- ]to[- ]three|six[- ]three",
         r"\b5 ?(-|–|—|to) ?4\b|five[- ]to[- ]four|five[- ]four"),
        ("author",
         r"gorsuch",
         r"kavanaugh"),
        ("fine",
         r"(?<![\d.])\$? ?57(\.\d+)? ?(million|mn|m\b)",
         r"(?<![\d.])\$? ?75(\.\d+)? ?(million|mn|m\b)"),
    ]),
    _story("cb-SR3", "central bank", [
        _art("Continental Press Service", "2025-12-10", [
            "WASHINGTON (CPS) — The Federal Reserve cut interest rates by a quarter of a "
            "percentage point on Wednesday, its third reduction in a row, but signaled that it "
            "expects to lower borrowing costs only once more next year as officials weigh sticky "
            "inflation against a cooling job market.",
            "The Federal Open Market Committee lowered its benchmark federal funds rate to a "
            "range of 3.50% to 3.75%, the lowest level in about three years. The decision, "
            "announced at 2 p.m. Eastern time, followed cuts of the same size in September and "
            "October.",
            "Two policymakers dissented. Governor Daniel Okafor favored a larger, half-point "
            "cut, while Kansas City Fed President Helen Marsh preferred to leave rates "
            "unchanged. The 10-2 vote was the most divided since 2019.",
            "New quarterly projections showed the median official expects the federal funds rate "
            "to end 2026 at 3.4%, implying a single quarter-point cut over the year. Officials "
            "raised their forecast for economic growth next year to 2.0% and see core inflation, "
            "as measured by the personal consumption expenditures price index, easing to 2.5% by "
            "the end of 2026.",
            "\"We are well positioned to wait and see how the economy evolves,\" Fed Chair "
            "Jerome Powell told reporters at a news conference that began at 2:30 p.m. He said "
            "the labor market had \"clearly cooled\" but was not deteriorating sharply, and that "
            "tariffs were still pushing up prices of some goods.",
            "The unemployment rate rose to 4.4% in September, the highest in four years, while "
            "core PCE inflation stood at 2.8%, well above the Fed's 2% target.",
            "Stocks extended gains after the announcement. The S&P 500 closed up 0.7%, and the "
            "yield on the two-year Treasury note fell 6 basis points to 3.52%.",
            "The Fed also said it would keep its balance sheet steady after ending the runoff of "
            "its securities holdings on Dec. 1.",
            "The committee's next scheduled meeting is on Jan. 27-28.",
            "(Reporting by Alan Whitby; editing by Carol Jensen)",
        ]),
        _art("Manhattan Markets Daily", "2025-12-11", [
            "Fed Cuts Again, but Split Vote Shows Limits of Easing - Manhattan Markets Daily",
            "By Nina Castellano",
            "Skip to content",
            "The Federal Reserve delivered the quarter-point rate cut Wall Street had expected "
            "on Wednesday, but a split vote and a cautious outlook made clear that the central "
            "bank's easing cycle is approaching its end.",
            "The central bank's rate-setting committee voted 10-2 to lower the federal funds "
            "rate by 25 basis points, to a target range of 3.5% to 3.75%. It was the third "
            "straight cut, bringing the total reduction this year to 75 basis points.",
            "The two dissents pulled in opposite directions. Governor Daniel Okafor wanted a "
            "half-point cut, arguing that the labor market needed more support. Boston Fed "
            "President Ruth Calloway wanted no cut at all, citing inflation that has been above "
            "target for nearly five years.",
            "\"The committee is more divided than at any point in this cycle,\" said Marcus "
            "Reid, chief U.S. economist at Halvorsen Capital. \"That makes the bar for another "
            "cut in January very high.\"",
            "The Fed's so-called dot plot showed a median projection of 3.4% for the federal "
            "funds rate at the end of 2026, one cut fewer than investors had been pricing before "
            "the meeting. Seven of the 19 officials projected no cuts at all next year.",
            "Chair Jerome Powell said the Fed was \"in a good position to wait and see how the "
            "economy evolves\" and declined to say whether the January meeting was live. He "
            "noted that the government shutdown in October and November had delayed key data, "
            "leaving officials with an incomplete picture of the job market.",
            "Advertisement",
            "Investors took the outcome in stride. The S&P 500 rose 0.7% on Wednesday, and "
            "futures pointed to a flat open on Thursday. Traders in fed funds futures now see "
            "roughly a one-in-four chance of a January cut.",
            "Banks moved quickly to pass on the reduction. JPMorgan Chase, Bank of America and "
            "Wells Fargo each lowered their prime lending rate to 6.75% from 7%, effective "
            "Thursday.",
            "Related: What the Fed's cut means for your mortgage, your savings and your credit "
            "card",
        ]),
        _art("Basis Point Brief", "2025-12-10", [
            "FOMC December: a hawkish cut, as expected — Basis Point Brief",
            "The Fed did what it said it would do. The FOMC cut 25bps to 3.50-3.75%, the third "
            "consecutive move, and 10 of 12 voters backed it. Governor Okafor dissented for "
            "50bps; Kansas City's Helen Marsh dissented for a hold. Two dissents in opposite "
            "directions is unusual, and it tells you where the committee is heading: sideways.",
            "The statement. The key change was a new line saying the committee will assess \"the "
            "extent and timing of additional adjustments\". That phrase last appeared in "
            "December 2024, right before the Fed paused for nine months. Draw your own "
            "conclusions.",
            "The dots. The median 2026 dot sits at 3.1%, with a wide spread: seven participants "
            "see no cuts next year, and a handful see three or more. The 2027 median is 3.1% as "
            "well, and the longer-run rate was left at 3.0%.",
            "The SEP. 2026 GDP growth marked up to 2.0%, core PCE for end-2026 at 2.5%, "
            "unemployment for end-2026 at 4.4%. In other words, a soft landing with inflation "
            "stuck above target.",
            "The presser. Powell's key phrase: the Fed is \"well positioned to wait and see how "
            "the economy evolves\". He was asked three times about January and did not take the "
            "bait once. He did concede that tariffs were adding \"a few tenths\" to core "
            "inflation.",
            "Markets. 2y -6bps to 3.52%, 10y -4bps to 4.13%, DXY -0.4%, SPX +0.7%. Gold made a "
            "new high after the presser.",
            "What we're watching. The December jobs report on Jan 9 and CPI a few days later. "
            "Next FOMC is Jan 27-28; we think it is a hold unless payrolls turn negative. Our "
            "base case is one cut in 2026, probably in June.",
            "Elsewhere: the Bank of England decides on Dec 18. Markets price a cut from 4% to "
            "3.75% there, which would be its sixth of this cycle.",
            "Not investment advice. Subscribe for the full note and charts.",
        ]),
        _art("Tokyo Evening Herald", "2025-12-11", [
            "Fed cuts rates for third time, yen firms",
            "The US Federal Reserve lowered its key interest rate by 0.25 percentage point for a "
            "third consecutive meeting, in a decision announced at 4 a.m. on Thursday Japan "
            "time, sending the yen higher against the dollar in Tokyo trading.",
            "The dollar fell to 154.20 yen by midday Thursday from around 155.60 before the "
            "announcement, as the narrowing gap between US and Japanese interest rates made the "
            "yen more attractive to investors.",
            "The Fed's policy-setting body, the Federal Open Market Committee, set the target "
            "range for the federal funds rate at 3.50 to 3.75 percent. Two members voted against "
            "the decision: Governor Daniel Okafor, who wanted a bigger cut, and Helen Marsh, "
            "president of the Federal Reserve Bank of Kansas City, who wanted no change.",
            "Fed Chair Jerome Powell said the central bank was well placed to wait and see how "
            "the US economy develops. Officials' median forecast points to only one further cut "
            "next year.",
            "The decision comes a week before the Bank of Japan's policy meeting on Dec. 18 and "
            "19, at which many analysts expect the BOJ to raise its own short-term rate to 0.75 "
            "percent from 0.5 percent. A rate hike in Japan while the Fed is cutting would "
            "narrow the gap between the two countries further.",
            "\"The direction of travel is now clear on both sides of the Pacific,\" said Kenji "
            "Morimoto, chief currency strategist at Sakura Trust Securities. \"The question is "
            "only the pace.\"",
            "The Nikkei Stock Average rose 0.9 percent on Thursday, led by exporters of "
            "machinery and by real estate shares, which tend to benefit when US rates fall.",
            "Japanese exporters, including carmakers, had benefited from the weak yen for much "
            "of the year, and a stronger currency would reduce the value of their overseas "
            "profits when converted into yen.",
            "The Fed's next policy meeting is scheduled for Feb. 3-4.",
            "File photo: The Federal Reserve building in Washington.",
        ]),
        _art("Heartland Public Radio", "2025-12-10", [
            "Kansas City Fed's Marsh dissents as Fed cuts rates again",
            "By Caleb Moore | Heartland Public Radio",
            "KANSAS CITY, Mo. — Kansas City Federal Reserve Bank President Helen Marsh voted "
            "against an interest rate cut on Wednesday, one of two members of the Federal "
            "Reserve's policy committee who broke with the majority.",
            "The Fed lowered its benchmark rate by a quarter point, to between 3.5% and 3.75%, "
            "in a 10-2 vote. Marsh wanted to hold rates steady. Fed Governor Daniel Okafor "
            "dissented in the other direction, favoring a larger cut of half a percentage point.",
            "In a statement released after the meeting, Marsh said inflation \"remains too high, "
            "and I do not yet see convincing evidence that it is on a path back to 2 percent.\" "
            "It is the first time she has dissented since she took office in 2023 and her first "
            "year as a voting member of the committee. The Kansas City Fed's president votes "
            "every three years.",
            "The Kansas City Fed oversees the Tenth District, which covers western Missouri, "
            "Kansas, Nebraska, Oklahoma, Colorado, Wyoming and northern New Mexico.",
            "Marsh has said in recent speeches that businesses in the region continue to report "
            "rising costs for inputs like steel and machinery parts, some of them related to "
            "tariffs. Farmers in the district have struggled with low crop prices and higher "
            "borrowing costs.",
            "\"For a farm that carries a big operating loan, a quarter point isn't nothing, but "
            "it isn't going to change anybody's year,\" said Janet Uhl, an agricultural lender "
            "in Salina, Kansas.",
            "Fed Chair Jerome Powell said Wednesday the Fed is well positioned to wait and see "
            "how the economy evolves. The median projection of Fed officials released Wednesday "
            "shows just one more cut in 2026.",
            "The unemployment rate nationally stands at 4.4%. In Kansas, it is lower, at about "
            "3.8%.",
            "Wednesday's decision lowers the rate banks charge each other for overnight loans, "
            "which in turn affects rates on credit cards, auto loans and home equity lines.",
            "Support for Heartland Public Radio comes from listeners like you.",
        ]),
    ], [
        ("dissenter",
         r"marsh",
         r"calloway"),
        ("projection",
         r"(?<![\d.])3\.40?(?!\d)",
         r"(?<![\d.])3\.10?(?!\d)"),
        ("next meeting",
         r"jan(uary)?\.? ?2[78]|\b27(th)? ?(-|–|and|to)? ?(28(th)? )?jan|2026-01-2[78]",
         r"feb(ruary)?\.? ?0?[34]\b|\b[34](th)?( ?(-|–|and|to) ?4(th)?)? feb|2026-02-0[34]"),
    ]),
    _story("rocket-SR4", "rocket", [
        _art("Asia Orbital News", None, [
            "Skyforge's Huolong-2 reaches orbit and lands its booster on third flight",
            "Chinese private launch company Skyforge Space reached orbit with its "
            "methane-fuelled Huolong-2 rocket on Wednesday, 19 November, and for the first time "
            "brought the first stage back to a controlled landing, a milestone the company has "
            "been chasing for almost a year.",
            "The rocket lifted off from the Jiuquan Satellite Launch Center in northwestern "
            "China at 10:32 a.m. Beijing time (02:32 UTC). Its nine Longyan-80 engines, which "
            "burn liquid methane and liquid oxygen, shut down about two and a half minutes into "
            "the flight, and the first stage separated and began its return.",
            "The booster, designated Y3, touched down on a concrete landing pad in a recovery "
            "zone about 380 km downrange 7 minutes and 40 seconds after liftoff, according to "
            "the company's live broadcast. Video from the pad showed the stage settling upright "
            "on its four legs with a small fire at its base that was put out within minutes.",
            "The second stage continued to orbit and released a 1,500 kg mass simulator into a "
            "sun-synchronous orbit at an altitude of roughly 500 km, Skyforge said in a "
            "statement about an hour after launch.",
            "It was the third flight of the Huolong-2. The first, in December 2024, reached "
            "orbit but made no attempt to recover the booster. On the second, in June 2025, the "
            "payload reached orbit but the first stage hit the ground hard near the landing pad "
            "and was destroyed.",
            "\"Today the booster came home. Next, we fly it again,\" Skyforge chief executive "
            "Lin Haoran said in a video message posted after the landing. The company plans to "
            "refly Y3 in 2026 after inspections and engine tests.",
            "Reusable rockets are a priority for China's commercial space sector, which is "
            "trying to lower the cost of deploying large internet satellite constellations. "
            "Several other Chinese companies are developing methane-fuelled rockets with "
            "reusable first stages, and state-owned developers are working on reusable versions "
            "of the Long March family.",
            "Skyforge, founded in Beijing in 2017, has raised money from several state-backed "
            "investment funds. It says the Huolong-2 will be able to carry about 12 tonnes to "
            "low Earth orbit in its expendable configuration, and somewhat less when the booster "
            "is recovered.",
            "The company did not say when the next Huolong-2 flight would take place.",
        ]),
        _art("Pacific Rim Tribune", None, [
            "Beijing start-up lands rocket booster in Gobi test | Pacific Rim Tribune",
            "By Grace Leung, Science Correspondent",
            "A Beijing-based rocket company landed the first stage of its reusable launcher "
            "after a flight to orbit on Thursday, joining a small group of firms worldwide that "
            "have recovered an orbital-class booster.",
            "Skyforge Space's Huolong-2, or \"Fire Dragon-2\", launched from the Jiuquan launch "
            "site in the Gobi Desert. Its first stage, known as Y3, flew back and landed upright "
            "on a pad just under eight minutes after lift-off, while the upper stage carried a "
            "test payload to orbit.",
            "The flight was the rocket's third. The company's two previous attempts to bring the "
            "booster back had both ended without a successful landing: on the maiden flight in "
            "December last year no recovery was tried, and in June the stage was destroyed on "
            "impact.",
            "\"Today the booster came home, and next we will fly it again,\" the company's chief "
            "executive, Lin Haoran, said.",
            "Analysts said the result was an important step for China's efforts to cut launch "
            "costs. \"The next test is the real one: can they turn the booster around quickly "
            "and fly it again without months of refurbishment?\" said Ada Tsang, a space "
            "industry analyst at Harbour Lane Research in Hong Kong.",
            "The payload, a mass simulator weighing about 1.5 tonnes, was placed into an orbit "
            "around 500 kilometres above the Earth, the company said.",
            "Advertisement",
            "China is trying to build two constellations of several thousand satellites each to "
            "compete with SpaceX's Starlink, and the slow pace of launches has been a "
            "bottleneck. Reusing boosters could allow far more frequent flights at lower cost.",
            "Skyforge's rocket is powered by nine methane-fuelled engines of its own design. "
            "Methane is seen as a cleaner and more practical fuel for reusable engines because "
            "it leaves less soot than kerosene.",
            "Shares in several Hong Kong-listed aerospace suppliers rose after the news, "
            "although Skyforge itself is not listed.",
            "The company has said it intends to start commercial launches next year.",
        ]),
        _art("Launchpad Chronicle", None, [
            "Skyforge sticks the landing: Huolong-2 booster Y5 recovered after orbital flight",
            "Posted by Ben Carver",
            "Huge night for Chinese commercial launch. Skyforge Space's Huolong-2 lifted off "
            "from Jiuquan at 9:32 p.m. Eastern on Tuesday, which was 10:32 a.m. Wednesday local "
            "time in China, and about 7 minutes, 40 seconds later its first stage, Y5, came down "
            "on its landing pad, upright and, as far as we could see on the stream, intact.",
            "Quick specs for anyone new to this vehicle: two stages, nine Longyan-80 methalox "
            "engines on the first stage, one vacuum-optimized engine on the second. The booster "
            "lands on four deployable legs on a concrete pad roughly 236 miles downrange of the "
            "launch site.",
            "The second stage reached orbit as planned and deployed a 3,300 lb mass simulator "
            "into a sun-synchronous orbit at about 310 miles.",
            "Flight history so far:",
            "Flight 1 (December 2024): orbit reached, no landing attempt.",
            "Flight 2 (June 2025): orbit reached, booster crashed near the pad.",
            "Flight 3 (19 November 2025): orbit reached, booster landed.",
            "A few things stood out on the stream. The landing burn appeared to start a bit "
            "higher than on flight two, and the stage seemed to hover very briefly before "
            "touchdown. There was a small fire around the engine section after landing that "
            "crews put out quickly. Skyforge CEO Lin Haoran's post-landing message was short: "
            "\"Today the booster came home. Next, we fly it again.\"",
            "What this means: Skyforge is now the first Chinese company to land a booster after "
            "an orbital launch, at least until one of its rivals catches up. Several of them are "
            "close; two have test flights planned before the end of the year.",
            "The next step is reuse. Skyforge says it will refly this booster in 2026, which "
            "would put it in very select company.",
            "We'll update this post when Skyforge publishes more telemetry.",
            "Comments (48)",
        ]),
        _art("China Voice International", None, [
            "Chinese commercial rocket completes third flight, recovers first stage",
            "BEIJING, Nov. 19 (CVI) — A Huolong-2 carrier rocket developed by the Beijing-based "
            "company Skyforge Space was launched on Wednesday from the Jiuquan Satellite Launch "
            "Center in northwest China, placing a test payload into its planned orbit.",
            "The rocket lifted off at 10:32 a.m. Beijing time. About six minutes after liftoff, "
            "the rocket's first stage landed vertically at a designated recovery site, "
            "completing the company's first successful recovery of a first stage after an "
            "orbital flight.",
            "The flight was the third for the Huolong-2 rocket, which uses liquid oxygen and "
            "liquid methane as propellants. The rocket's first stage is equipped with nine "
            "engines developed independently by the company.",
            "The test payload, with a mass of 1,500 kilograms, entered a sun-synchronous orbit "
            "at an altitude of about 500 kilometers, according to the company.",
            "Lin Haoran, chief executive of Skyforge Space, said the successful recovery "
            "verified key technologies for the reuse of liquid rockets, including precise "
            "guidance for landing and engine restart in flight. He said the company would carry "
            "out a flight with a reused first stage next year.",
            "Experts said the recovery marked important progress for China's commercial "
            "aerospace industry. Reusable rockets can significantly reduce the cost of access to "
            "space and support the construction of large satellite constellations.",
            "China's commercial space sector has developed rapidly in recent years. A number of "
            "private companies have carried out orbital launches, and several are developing "
            "reusable launch vehicles with liquid methane engines.",
            "The Huolong-2 rocket is 66 meters tall and has a diameter of 4.2 meters, according "
            "to the company. It is designed to carry up to 12 tonnes of payload to low Earth "
            "orbit when the first stage is not recovered.",
            "Skyforge Space was founded in 2017 and is one of the first private rocket companies "
            "in China. Its previous Huolong-2 flights took place in December 2024 and June 2025.",
        ]),
    ], [
        ("booster",
         r"\by-?3\b",
         r"\by-?5\b"),
        ("weekday",
         r"wednesday|nov(ember)?\.? ?19\b|\b19 nov|2025-11-19",
         r"thursday"),
        ("landing time",
         r"\b7 ?(min(ute)?s?|m)\.?,? ?(and )?40|7:40|(?<![\d.])460 ?s|eight minutes|8 ?min",
         r"\b(6|six) ?(min(ute)?s?)\b"),
    ]),
    _story("quake-SR5", "earthquake", [
        _art("Archipelago Wire", "2025-08-16", [
            "JAKARTA (Archipelago Wire) — A magnitude 6.4 earthquake struck Indonesia's West "
            "Sulawesi province early on Saturday, killing at least eight people, damaging "
            "hundreds of homes and sending residents of the provincial capital, Mamuju, running "
            "into the streets in the dark, officials said.",
            "The quake hit at 2:14 a.m. local time (1814 GMT Friday) at a depth of 10 km, with "
            "its epicentre on land about 24 km north of Mamuju, according to Indonesia's "
            "Meteorology, Climatology and Geophysical Agency (BMKG). The U.S. Geological Survey "
            "also put the magnitude at 6.4.",
            "The BMKG said the quake did not have the potential to trigger a tsunami.",
            "\"The shaking was very strong and lasted for several seconds. Many people panicked "
            "and ran to higher ground because they remembered 2021,\" said Agus Wibowo, a "
            "spokesman for the National Disaster Mitigation Agency (BNPB).",
            "Wibowo said at least eight people had been killed, most of them when walls and "
            "roofs collapsed on them as they slept, and dozens were injured. Search teams were "
            "checking collapsed buildings in several villages north of the city, where "
            "communications were patchy.",
            "Patients at Mamuju's main regional hospital were moved into tents in the car park "
            "as a precaution after cracks appeared in the walls of one ward. Power was cut "
            "across much of the city.",
            "At least a dozen aftershocks had been recorded by midday Saturday, the BMKG said, "
            "and residents were urged to stay away from damaged buildings.",
            "Television footage showed rubble from a partly collapsed three-storey hotel in "
            "central Mamuju and cracked roads along the coast. Several landslides were reported "
            "on the road linking Mamuju to the neighbouring district of Majene.",
            "Earthquakes are common across Indonesia, which straddles several colliding tectonic "
            "plates along the rim of the Pacific Ocean.",
        ]),
        _art("Makassar Daily News", "2025-08-17", [
            "Death toll from West Sulawesi quake rises to 14 | Makassar Daily News",
            "Home > Regional > Sulawesi",
            "By Andi Rahman",
            "MAMUJU — The number of people killed in the earthquake that rocked West Sulawesi "
            "early Saturday has risen to 14, the provincial disaster agency said on Sunday, as "
            "rescuers continued to search damaged houses in the hills north of Mamuju.",
            "More than 100 people were injured, around 30 of them seriously, and more than 5,000 "
            "residents had fled their homes to stay in tents, mosques and schools, said the head "
            "of the West Sulawesi Regional Disaster Management Agency (BPBD), Syamsul Bahri.",
            "\"We still need tents, blankets and clean water. Many families are sleeping outside "
            "because they are afraid of the aftershocks,\" he said.",
            "The magnitude 6.4 quake struck at 02.14 WITA on Saturday, 24 kilometres north of "
            "Mamuju at a depth of 10 kilometres, the BMKG said. More than 40 aftershocks had "
            "been recorded as of Sunday morning.",
            "The quake revived painful memories in the region. In January 2021, a magnitude 6.2 "
            "earthquake hit Mamuju and Majene, killing more than 100 people and destroying the "
            "governor's office and a hospital.",
            "Several residents said they ran out of their houses when the shaking started. \"The "
            "walls were cracking and the lamps were swinging. I grabbed my children and ran,\" "
            "said Nurhayati, 41, a fish seller from Simboro.",
            "Share on Facebook | Share on WhatsApp",
            "Roads between Mamuju and Majene were reopened on Sunday afternoon after heavy "
            "equipment cleared landslides. The airport in Mamuju was not damaged and flights "
            "were operating normally, carrying aid from Makassar.",
            "The provincial government declared a 14-day emergency response period. The central "
            "government has sent food, tents and medical teams through the BNPB.",
            "Baca juga: Harga ikan di Mamuju naik setelah gempa",
        ]),
        _art("Global Seismic Watch", "2025-08-18", [
            "M6.4 West Sulawesi, Indonesia: event summary and aftershock update",
            "Updated 18 August 2025",
            "Event: M6.4 (BMKG, USGS), 2025-08-15 18:14 UTC (16 August, 02:14 local time, WITA = "
            "UTC+8). Depth: 10 km (about 6 miles). Location: 24 km N of Mamuju, West Sulawesi. "
            "BMKG's automatic solution initially gave M6.2; the agency revised it to M6.4 within "
            "the hour.",
            "Impact: As of 18 August, the national disaster agency BNPB reports 21 deaths and "
            "194 people injured. About 9,000 people are staying in temporary shelters. More than "
            "1,200 houses were damaged, several hundred of them heavily.",
            "Mechanism: The focal mechanism indicates reverse faulting on a fault dipping to the "
            "west, consistent with the thrust belt that runs along the west coast of Sulawesi. "
            "The shallow depth explains the strong shaking reported in Mamuju and the villages "
            "to its north.",
            "Aftershocks: More than 60 aftershocks have been recorded by BMKG as of the morning "
            "of 18 August, the strongest of them M5.1 on 16 August. The rate of aftershocks is "
            "decreasing, as expected.",
            "Context: This section of the coast produced a damaging sequence in January 2021, "
            "when an M6.2 mainshock near Majene, preceded by an M5.9 foreshock, killed more than "
            "100 people. The 2025 event is located about 60 km north of the 2021 epicentre.",
            "Tsunami: No tsunami was generated. BMKG did not issue a warning.",
            "Shaking intensity: Strongest shaking of MMI VII was reported in Mamuju and nearby "
            "villages, with MMI V felt in Majene and Polewali.",
            "We will update this page as further information becomes available.",
            "Tags: Indonesia, Sulawesi, thrust fault, aftershocks",
        ]),
        _art("Britannia World Radio", "2025-08-18", [
            "Indonesia earthquake: death toll reaches 21 as thousands shelter in tents",
            "Rescue teams in Indonesia have finished searching collapsed buildings after an "
            "earthquake in the province of West Sulawesi, as the death toll reached 21, "
            "officials say.",
            "Nearly 200 people were injured in the magnitude 6.4 tremor, which struck in the "
            "early hours of Saturday local time, on Friday evening in the UK, at 19:14 BST.",
            "Some 9,000 people remain in shelters and tents, many of them too frightened to go "
            "back to houses that were damaged in the quake. Officials say more than a thousand "
            "homes were damaged.",
            "The epicentre was on land, about 15 miles (24km) north of the city of Mamuju. It "
            "was shallow, at a depth of around six miles, which made the shaking more intense.",
            "A spokesman for Indonesia's national disaster agency, Agus Wibowo, said the search "
            "phase had ended on Monday and teams would now focus on clearing rubble and helping "
            "those who had lost their homes.",
            "Dozens of aftershocks have shaken the region since Saturday, the strongest with a "
            "magnitude of 5.1.",
            "One of those who lost relatives was Yusuf, a 52-year-old farmer from a village "
            "north of Mamuju. He told reporters that his mother and his nephew were killed when "
            "the roof of their house fell in. \"It happened in seconds. There was no time to get "
            "out,\" he said.",
            "The area was hit by a deadly earthquake in January 2021, when more than 100 people "
            "died in Mamuju and the neighbouring district of Majene. Many people there still "
            "live in houses that were repaired after that disaster, and some said the repairs "
            "had not been done properly.",
            "With more than 17,000 islands strung across the meeting point of several tectonic "
            "plates, Indonesia records thousands of tremors a year, most of them too weak to be "
            "felt.",
            "The government has promised financial help to rebuild damaged homes.",
        ]),
    ], []),
    _story("elec-SR6", "election", [
        _art("Lone Star Newswire", None, [
            "FORT LARKIN, Texas (LSN) — City Council member Teresa Alvarado won the Fort Larkin "
            "mayoral run-off on Tuesday, defeating former state Rep. Grant Whitfield and "
            "becoming the first Latina to lead one of the biggest cities in Texas.",
            "With all precincts reporting, Alvarado had 141,300 votes, or 52.4%, to Whitfield's "
            "128,400, or 47.6%, according to unofficial results from the Larkin County elections "
            "office. Her margin of 12,900 votes was wider than most pre-election polls had "
            "suggested.",
            "Turnout was just under 23%, with about 269,700 of the city's roughly 1.18 million "
            "registered voters casting ballots, a low figure even by the standards of December "
            "run-offs.",
            "Whitfield conceded shortly before 11 p.m. in a brief speech to supporters at a "
            "downtown hotel. \"The voters have spoken, and I called Council member Alvarado to "
            "congratulate her,\" he said. \"This city needs all of us to pull in the same "
            "direction now.\"",
            "Alvarado, 47, a two-term council member who represents the city's District 4, built "
            "her campaign around neighborhood services, flood control and property tax relief "
            "for older homeowners. \"Tonight Fort Larkin chose neighborhoods over noise,\" she "
            "told a crowd at a union hall on the city's east side.",
            "The two had advanced from a field of seven candidates in the Nov. 4 general "
            "election, in which Alvarado took 38% and Whitfield 31%. Turnout in that round was "
            "about 27%, helped by a statewide ballot with several constitutional amendments.",
            "Whitfield, who served three terms in the Texas House, was endorsed by outgoing "
            "Mayor Paul Dressler, who is term-limited. Outside groups supporting Whitfield spent "
            "heavily on television ads in the final weeks, accusing Alvarado of opposing police "
            "funding, a claim she denied.",
            "Alvarado will be sworn in on Jan. 2. She takes over a city facing a projected "
            "budget shortfall of about $140 million next year and a backlog of drainage projects "
            "that were promised after the 2019 floods.",
            "The run-off was officially nonpartisan, but Alvarado is a Democrat and Whitfield a "
            "Republican, and both parties treated the race as a test of their strength in "
            "fast-growing Texas suburbs ahead of next year's midterm elections.",
        ]),
        _art("Fort Larkin Gazette", None, [
            "Alvarado wins mayor's race, will be Fort Larkin's first Latina mayor - Fort Larkin "
            "Gazette",
            "Skip to content | Subscribe | Log in",
            "By Rosa Delgado and Kyle Benton | Gazette staff",
            "Teresa Alvarado will be Fort Larkin's next mayor.",
            "The District 4 council member beat former state Rep. Grant Whitfield in Tuesday's "
            "run-off, winning 54.2% of the vote, according to unofficial returns posted by the "
            "Larkin County elections office after all precincts had reported. Her lead was "
            "nearly 13,000 votes.",
            "Whitfield called Alvarado to concede at about 10:45 p.m. Minutes later, Alvarado "
            "walked on stage at the Carpenters Local 218 hall on East Commerce Street to chants "
            "of \"Te-re-sa!\"",
            "\"Fort Larkin chose neighborhoods over noise tonight,\" she said. \"And I promise "
            "you, every neighborhood means every neighborhood, from the east side to the new "
            "subdivisions up north.\"",
            "Photo: Teresa Alvarado addresses supporters at the Carpenters union hall on Tuesday "
            "night. (Gazette photo by Luis Ortega)",
            "Alvarado, a former schoolteacher who grew up on the east side, has represented "
            "District 4 on the council since 2019. She will be the city's first Latina mayor and "
            "only its second woman in the job.",
            "Advertisement",
            "Whitfield, a lawyer and former three-term state representative, ran with the "
            "backing of Mayor Paul Dressler and the Fort Larkin Chamber of Commerce. He focused "
            "his campaign on public safety and promised to hire 300 more police officers over "
            "four years.",
            "The race grew unusually expensive for a city election. Campaign finance reports "
            "show that Whitfield's campaign and a political action committee supporting him "
            "spent about $4.1 million, compared with roughly $2.6 million by Alvarado and her "
            "allies.",
            "Voters the Gazette spoke to on Tuesday mentioned flooding and property taxes more "
            "than any other issue. \"My street has flooded three times since 2019 and nobody has "
            "fixed the drain,\" said Marisol Pena, 63, after voting at Rosewood Elementary. \"I "
            "want a mayor who will come and look at it.\"",
            "Alvarado takes office Jan. 2, and the council's first budget workshop under the new "
            "mayor is scheduled for mid-January.",
            "Read more: Meet the new faces joining the City Council",
            "Related: Results from Tuesday's City Council run-offs",
        ]),
        _art("Texas Public Media", None, [
            "Alvarado elected Fort Larkin mayor in low-turnout run-off",
            "By Owen Hartley | Texas Public Media",
            "Teresa Alvarado has been elected mayor of Fort Larkin, defeating former state "
            "lawmaker Grant Whitfield in Tuesday's run-off election.",
            "Alvarado, a member of the City Council, won by about 12,900 votes out of roughly "
            "270,000 cast, according to unofficial results from Larkin County.",
            "Turnout was only about 18 percent of registered voters, continuing a long decline "
            "in participation in Fort Larkin's city elections. Political scientists say December "
            "run-offs, held after the holiday season has begun, routinely draw far fewer voters "
            "than general elections.",
            "\"It is a small slice of the city choosing the mayor, and that is not healthy for "
            "anybody, whoever wins,\" said Dr. Helena Vos, a political science professor at "
            "Larkin State University. \"The people who show up in December are older, more "
            "likely to own their homes and much more likely to have voted in every election "
            "before.\"",
            "In her victory speech, Alvarado said Fort Larkin had chosen \"neighborhoods over "
            "noise\" and promised to focus on flood control and basic city services.",
            "Whitfield, who was endorsed by the outgoing mayor, Paul Dressler, conceded late "
            "Tuesday evening. He said he would help the new mayor \"in any way I can.\"",
            "The two candidates finished first and second in a seven-way race on Nov. 4. Because "
            "no one won a majority, state law required a run-off between the top two.",
            "The mayor's race is officially nonpartisan, but national Democrats celebrated the "
            "result. Alvarado is a Democrat; Whitfield, a former Republican member of the Texas "
            "House, had support from the state Republican Party.",
            "Alvarado will be the first Latina to serve as the city's mayor. She is scheduled to "
            "take office on Jan. 2.",
            "Fort Larkin voters also elected four new members of the City Council in run-offs on "
            "Tuesday. Official results are expected to be certified by the City Council later "
            "this month.",
            "This story has been updated with comment from Larkin State University.",
        ]),
    ], [
        ("vote share",
         r"(?<![\d.])52\.4(?!\d)",
         r"(?<![\d.])54\.2(?!\d)"),
        ("turnout",
         r"(?<![\d.])23 ?(%|percent|per cent|pct)|(?<![\d.])22\.9",
         r"(?<![\d.])18 ?(%|percent|per cent|pct)"),
    ]),
]
