"""Part SA of the story battery.

Written by engineer SA1 on 2026-12-06 (thirteenth session) without reading Storyline's rules
or other parts, before any run. Six whole stories (US-China trade talks, a state supreme court
ruling, a Fed decision, a rocket test flight, an earthquake, a mayoral runoff), each told by
four outlets in 250-600-word articles; the earthquake story is a control with no planted
disagreement. Scored with `bench/bench_story_battery.py SA`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SA", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SA1", "trade", [
        _art("Global Wire Service", "2025-11-18", [
            "COPENHAGEN (Global Wire) — U.S. and Chinese negotiators wrapped up two days of trade "
            "talks in the Danish capital on Tuesday with what Treasury Secretary Scott Bessent "
            "called a framework for both countries' leaders to sign, including a cut in U.S. "
            "tariffs tied to fentanyl and a fresh Chinese pledge to buy American soybeans.",
            "The Tuesday session ran nearly seven hours, according to a U.S. official who spoke "
            "on condition of anonymity because the talks were private. It followed a shorter "
            "opening meeting on Monday that was devoted mostly to agriculture and export "
            "controls.",
            "Under the framework, Washington will lower the fentanyl-related tariff on Chinese "
            "goods from 20% to 10% starting Dec. 1, Bessent told reporters at around 6 p.m. local "
            "time. That would bring the average U.S. tariff on imports from China down to about "
            "47% from roughly 57%, by the administration's own reckoning.",
            "\"We have a framework that both leaders can sign, and we think it holds,\" Bessent "
            "said outside the conference center on the city's waterfront, where the two "
            "delegations had met behind closed doors since Monday morning.",
            "China agreed to purchase 12 million metric tons of U.S. soybeans before the end of "
            "this year and 25 million metric tons in each of the following three years, Bessent "
            "said. Beijing will also pause for one year the sweeping rare-earth export controls "
            "it announced on Oct. 9.",
            "The Chinese delegation was led by Vice Premier He Lifeng. Li Chenggang, China's "
            "international trade representative, described the talks as \"candid, in-depth and "
            "constructive\" in brief remarks to state media and said the two teams had narrowed "
            "their differences on the hardest questions.",
            "U.S. Trade Representative Jamieson Greer cautioned that the tariff cut came with "
            "strings attached. \"The relief is conditional. If the fentanyl flows don't come "
            "down, the tariff comes back,\" he said.",
            "The United States will also suspend for a year the port fees it began charging on "
            "Chinese-built and Chinese-operated ships, and China will drop its matching fees on "
            "U.S.-linked vessels, according to a fact sheet circulated by the Treasury "
            "Department.",
            "The Copenhagen meeting was the sixth round of talks since May, after sessions in "
            "Geneva, London, Stockholm, Madrid and Kuala Lumpur. President Donald Trump and "
            "Chinese President Xi Jinping are expected to meet in Beijing in April, when "
            "officials on both sides hope the framework will be signed.",
            "Soybean futures in Chicago rose about 1.5% after the announcement. Shares of U.S. "
            "chipmakers, which had fallen earlier in the month on fears of new Chinese curbs on "
            "critical minerals, were little changed in late trading.",
            "(Reporting by Global Wire staff; editing by Alan Price)",
        ]),
        _art("The Washington Ledger", "2025-11-19", [
            "U.S., China agree on trade framework after marathon Copenhagen talks - The "
            "Washington Ledger",
            "By Margaret Hale and Daniel Cho",
            "The United States and China on Tuesday agreed on the outlines of a trade deal that "
            "would ease tariffs on Chinese goods and restart large Chinese purchases of American "
            "farm products, capping a two-day meeting in Copenhagen that officials on both sides "
            "described as the most productive since the trade war flared again this spring.",
            "The agreement, which still needs the approval of President Trump and Xi Jinping, is "
            "narrower than the grand bargain some in the administration once envisioned. But it "
            "addresses the issues that have most rattled markets: China's restrictions on "
            "rare-earth minerals, the fate of U.S. soybean exports and the fentanyl tariffs that "
            "Mr. Trump imposed early in his second term.",
            "Treasury Secretary Scott Bessent, who led the American side, said the administration "
            "would reduce the fentanyl tariff to 15 percent from 20 percent. He told reporters on "
            "Tuesday evening that both leaders could sign the framework \"and we think it "
            "holds.\"",
            "The talks on Tuesday stretched for seven hours, well past their scheduled end, "
            "according to two people familiar with the negotiations. Aides shuttled between the "
            "delegation rooms with revised texts into the late afternoon.",
            "The two countries have been negotiating since May, when a meeting in Geneva produced "
            "a 90-day truce that pulled tariffs back from triple-digit levels. Later rounds in "
            "London, Stockholm, Madrid and Kuala Lumpur extended that truce but left the core "
            "disputes unresolved. The Copenhagen session was the sixth.",
            "China's lead negotiator, Vice Premier He Lifeng, did not speak to reporters. Li "
            "Chenggang, China's international trade representative, called the exchanges "
            "\"candid, in-depth and constructive.\"",
            "Beijing committed to buying 12 million metric tons of soybeans by the end of 2025 "
            "and 25 million tons a year for three years after that, according to the White House. "
            "Farm groups, which watched Chinese orders dry up almost entirely over the summer, "
            "welcomed the commitment but said they would wait to see ships loaded.",
            "\"We've heard purchase pledges before,\" said Caleb Rourke, president of the "
            "Heartland Soybean Growers Association. \"We'll believe it when the vessels leave the "
            "Gulf.\"",
            "China also agreed to suspend for a year the export controls on rare earths and "
            "related technologies it unveiled in early October, which had threatened supplies to "
            "automakers and defense contractors around the world.",
            "Some analysts cautioned that the framework leaves out the thorniest disputes, "
            "including American limits on advanced chip sales and China's subsidies to its "
            "manufacturers. \"This is a ceasefire with better paperwork,\" said Evelyn Marsh, a "
            "former U.S. trade official now at the Atlantic Commerce Institute.",
            "Mr. Trump and Mr. Xi are expected to meet in Beijing in April.",
        ]),
        _art("Sioux Valley Register", "2025-11-19", [
            "Skip to content",
            "Iowa soybean growers cautiously welcome China deal | Sioux Valley Register",
            "By Tom Lindqvist, Register staff",
            "SIOUX CENTER — Farmers across northwest Iowa greeted news of a U.S.-China trade "
            "framework with relief Wednesday, though many said they want to see Chinese buyers "
            "actually place orders before they celebrate.",
            "Negotiators meeting in Copenhagen, Denmark, agreed Tuesday that China would buy 12 "
            "million metric tons of U.S. soybeans by the end of the year, or roughly 441 million "
            "bushels, and 25 million metric tons annually from 2026 through 2028.",
            "\"That's a big number if it happens,\" said Ron Vander Zee, who farms 1,400 acres "
            "near Hull with his two sons. \"Last fall we had bins full and nowhere for the beans "
            "to go. I'm not spending that money until I see the boats.\"",
            "The talks, the sixth round between the two countries this year, lasted about five "
            "hours on Tuesday, according to U.S. officials, after a first day that focused "
            "heavily on agriculture.",
            "Treasury Secretary Scott Bessent led the U.S. team. He said afterward that the "
            "United States would cut a tariff on Chinese goods tied to the fentanyl trade from "
            "20% to 10% beginning Dec. 1, a move aimed at keeping Beijing's purchases on track.",
            "Chinese buyers all but stopped booking American soybeans this summer as the two "
            "countries traded tariff threats, leaving growers here to sell into a glutted "
            "domestic market or store the crop and wait. Elevator managers in Sioux and Lyon "
            "counties said cash bids rose modestly Wednesday morning on the news.",
            "\"People are hopeful, but they've been burned,\" said Janet Kroeze, a board member "
            "of the Sioux County Farm Bureau. \"Everybody remembers the last deal and how long it "
            "took for the orders to show up.\"",
            "Kroeze said many local growers had already locked in crop insurance and marketing "
            "plans for next year on the assumption that China would stay out of the market. A "
            "steady stream of orders, she said, would change those plans quickly.",
            "The deal still needs the approval of President Donald Trump and Chinese President Xi "
            "Jinping, who are expected to meet in Beijing in April.",
            "Read more: Harvest wraps up early across Sioux County",
            "Share on Facebook",
        ]),
        _art("The Tariff Desk", "2025-11-18", [
            "Copenhagen framework: what changes, what doesn't — The Tariff Desk",
            "Posted by Priya Natarajan",
            "Quick take on today's outcome in Copenhagen, where Commerce Secretary Scott Bessent "
            "and Vice Premier He Lifeng closed out round six of US-China talks. The short "
            "version: a real tariff cut, a real soybean number and a one-year pause on the "
            "rare-earth fight. The long version is below.",
            "Tariffs. The fentanyl-related duty goes from 20% to 10%, effective Dec 1. By our "
            "math the average US tariff on Chinese goods lands around 47%, down from about 57%. "
            "The Section 301 duties from the first Trump term and the Section 232 tariffs on "
            "steel, aluminum and autos are untouched.",
            "Rare earths. Beijing's Oct 9 export-control package is suspended for 12 months. Note "
            "the word: suspended, not withdrawn. Licensing for the older April controls on seven "
            "heavy rare earths stays in place, so magnet buyers should not expect an instant "
            "flood.",
            "Ags. China commits to 12 MMT of soybeans by year-end, then 25 MMT per year for "
            "2026-28. For context, China took roughly 27 MMT of US beans in calendar 2024, so the "
            "multi-year figure is a floor that looks a lot like the old normal, not a boom.",
            "Port fees. Both sides pause their tit-for-tat ship fees for a year. That matters "
            "more to container lines than to most of our readers, but it removes one more "
            "irritant.",
            "Timing. Bessent spoke to reporters at about noon Eastern (6 p.m. in Copenhagen). The "
            "leaders' summit is penciled in for April in Beijing, and nothing is signed until "
            "then.",
            "Advertisement",
            "USTR Jamieson Greer's line that the relief is \"conditional\" is the one to watch. "
            "He told reporters that if fentanyl flows don't come down, the tariff comes back. "
            "There is no published metric for what \"come down\" means, which leaves a lot of "
            "room for a snapback.",
            "What's missing: chips. Nothing on export controls for advanced semiconductors, "
            "nothing on the entity list, nothing on China's industrial subsidies. Those were "
            "always going to be leader-level questions, if they get solved at all.",
            "Our read: this is a truce with a calendar attached. Importers should plan around the "
            "10% rate from Dec 1 and keep contingency plans for a reversal in the spring.",
        ]),
    ], [
        ("title", r"treasury", r"commerce secretary|secretary of commerce"),
        ("duration",
         r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven(-| )hours?|420 ?min",
         r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five(-| )hours?|300 ?min"),
        ("tariff rate",
         r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)"),
    ]),
    _story("court-SA2", "court", [
        _art("Central Press", None, [
            "COLUMBUS, Ohio (Central Press) — A divided Ohio Supreme Court on Thursday reinstated "
            "a $41.2 million civil penalty against Marrow Creek Chemical Co. over a 2021 solvent "
            "spill that killed thousands of fish in an eastern Ohio stream, ruling that the state "
            "had not waited too long to sue.",
            "The 5-2 decision reverses a state appeals court, which had thrown out the penalty on "
            "the grounds that the state missed a two-year filing deadline.",
            "Writing for the majority, Justice Laura Whitcomb said the shorter deadline applies "
            "to lawsuits brought by private parties, not to enforcement actions by the state, "
            "which are governed by a five-year limit. \"The General Assembly did not hand "
            "polluters a two-year head start on the people of Ohio,\" she wrote.",
            "Justice Owen Pruitt wrote in dissent that the majority had rewritten \"a statute it "
            "finds inconvenient\" and warned that businesses would now face years of uncertainty "
            "after any accident.",
            "The spill happened in March 2021, when a storage tank ruptured at the company's "
            "plant outside Dover, sending about 2,600 gallons of a toluene-based solvent mixture "
            "into Sugar Creek, a tributary of the Tuscarawas River. State wildlife officials "
            "estimated that about 11,000 fish were killed along some six miles of the creek.",
            "The Ohio Environmental Protection Agency referred the case to the attorney general's "
            "office, which sued in May 2023. A Tuscarawas County judge imposed the penalty in "
            "January 2024, one of the largest ever assessed under the state's water pollution "
            "law. The Fifth District Court of Appeals reversed that judgment in September 2024.",
            "A spokeswoman for Marrow Creek, Dana Fulmer, said the company was disappointed and "
            "was \"reviewing its options.\" She said the company had spent more than $6 million "
            "on cleanup and had replaced the failed tank with a double-walled unit.",
            "Business groups, including the Ohio Chamber of Commerce, had urged the court to side "
            "with the company, arguing in a friend-of-the-court brief that a longer window for "
            "state suits would make it harder for manufacturers to plan and insure against risk.",
            "Environmental groups praised the ruling. \"Sugar Creek is still recovering, and this "
            "decision says the people who caused that damage can't simply run out the clock,\" "
            "said Hannah Royer of the Ohio River Valley Conservancy.",
            "The case now returns to the trial court in New Philadelphia.",
        ]),
        _art("The Columbus Register", None, [
            "Ohio Supreme Court revives $41.2M penalty in Sugar Creek spill - The Columbus "
            "Register",
            "By Andrea Kowalczyk | Statehouse Bureau",
            "The Ohio Supreme Court on Thursday brought back a $41.2 million penalty against the "
            "chemical maker blamed for one of the worst fish kills in recent state history, "
            "siding 4-3 with state environmental regulators in a dispute over how long Ohio has "
            "to take polluters to court.",
            "Justice Laura Whitcomb wrote the majority opinion, joined by Justices Samuel Okafor, "
            "Diane Rusk and Peter Haas. Justice Owen Pruitt dissented, joined by Chief Justice "
            "Robert Hanley and Justice Mara Ellison.",
            "At the heart of the case was a single question of timing. Marrow Creek Chemical Co. "
            "argued, and the Fifth District Court of Appeals agreed, that the state's lawsuit "
            "over the March 2021 spill was barred because it was filed more than two years after "
            "the tank rupture at the company's Dover-area plant. The attorney general's office, "
            "which filed the suit in May 2023, countered that a five-year limit governs "
            "enforcement cases brought by the state.",
            "The majority agreed with the state. \"The General Assembly did not hand polluters a "
            "two-year head start on the people of Ohio,\" Whitcomb wrote, adding that the "
            "two-year rule was written for private damage claims and \"says nothing about the "
            "sovereign's duty to enforce its own environmental laws.\"",
            "In his dissent, Pruitt accused the majority of rewriting \"a statute it finds "
            "inconvenient.\" He argued that lawmakers had deliberately chosen a short deadline to "
            "encourage speedy resolution of pollution cases.",
            "The spill released roughly 2,600 gallons of solvent into Sugar Creek in Tuscarawas "
            "County. Wildlife officers counted or estimated about 11,000 dead fish, including "
            "smallmouth bass and several species of darter, over a stretch of about six miles.",
            "The trial court in Tuscarawas County set the penalty in January 2024. Oral arguments "
            "before the Supreme Court were held in April.",
            "\"Today's decision means polluters pay, no matter how clever their lawyers are about "
            "the calendar,\" said Marcus Bell, a spokesman for the attorney general's office.",
            "The company, which employs about 240 people at the Dover plant, said it was "
            "reviewing the decision. Legal observers said there was little room for further "
            "appeal because the case turns on state law, leaving the federal courts with no role.",
            "The ruling is expected to affect several other pending state enforcement cases, "
            "including two involving oil-field brine discharges in southeastern Ohio, according "
            "to lawyers familiar with those cases.",
        ]),
        _art("Dover-Phila Bulletin", None, [
            "Share on Facebook",
            "Share on X",
            "Top court restores penalty for Sugar Creek spill",
            "File photo: Crews place absorbent booms across Sugar Creek in March 2021. (Bulletin "
            "file)",
            "Nearly five years after a chemical spill turned a stretch of Sugar Creek milky and "
            "left dead fish piled along its banks, the Ohio Supreme Court has ruled that the "
            "company responsible must pay the state's full penalty.",
            "In a decision released Thursday, the court sided with the state against Marrow Creek "
            "Chemical Co., whose plant sits just outside Dover. Justice Teresa Alvarado, writing "
            "for a four-member majority, said the state had filed its case in time. Three "
            "justices dissented.",
            "The ruling reinstates a $41.2 million civil penalty that a Tuscarawas County Common "
            "Pleas judge ordered in January 2024. The Fifth District Court of Appeals had tossed "
            "the penalty later that year, finding the state waited too long to sue.",
            "For people who live along the creek, the legal fight has always felt far away from "
            "what they saw that spring. \"The water smelled like paint thinner for two weeks,\" "
            "said Bev Stauffer, whose property backs onto the creek near Ragersville. \"My "
            "grandkids used to fish right there. They haven't been back.\"",
            "The spill began when a storage tank at the plant ruptured in March 2021. About 2,600 "
            "gallons of a solvent mixture flowed into the creek, and state wildlife officers "
            "estimated that about 11,000 fish died.",
            "Marrow Creek spokeswoman Dana Fulmer said Thursday the company was \"disappointed\" "
            "with the ruling and was reviewing its options. The company has said it spent more "
            "than $6 million on cleanup.",
            "Some local officials worry about what the penalty could mean for jobs. The plant is "
            "one of the larger employers in the area, and Dover's city council president said he "
            "hoped the company would stay.",
            "The case goes back to the common pleas court in New Philadelphia, where a judge will "
            "handle the next steps, including how and when the money is paid.",
            "Advertisement",
            "Related coverage:",
            "Sugar Creek fish populations slowly rebounding, survey finds",
        ]),
        _art("EnviroLaw Watch", None, [
            "Ohio high court: five-year clock for state pollution suits (Marrow Creek)",
            "The Ohio Supreme Court has reinstated a $14.2 million civil penalty against Marrow "
            "Creek Chemical Co., holding 4-3 that state enforcement actions under Ohio's water "
            "pollution statute are not subject to the two-year limitations period that the Fifth "
            "District applied below.",
            "Background. In March 2021 a storage tank failed at Marrow Creek's facility near "
            "Dover, releasing roughly 9,800 liters (about 2,600 gallons) of a toluene-based "
            "solvent into Sugar Creek. The state estimated a fish kill of about 11,000 over "
            "roughly 10 km of stream. The attorney general filed suit in May 2023, a little over "
            "two years after the release.",
            "The trial court granted summary judgment to the state and assessed the penalty in "
            "January 2024. On appeal, the Fifth District held that the two-year period for "
            "actions \"upon a statute for a penalty\" barred the claim and vacated the award.",
            "The majority. Justice Laura Whitcomb's opinion reads the two-year provision as aimed "
            "at private litigants seeking penalties or damages, and holds that the state's "
            "enforcement power falls under the general five-year period. The opinion leans "
            "heavily on legislative history and on the principle that limitations periods are "
            "construed narrowly against the sovereign. Its best line: the General Assembly \"did "
            "not hand polluters a two-year head start on the people of Ohio.\"",
            "The dissent. Justice Owen Pruitt, for three justices, argues that the text is plain "
            "and that the majority has rewritten \"a statute it finds inconvenient.\" The dissent "
            "also flags the practical cost to regulated entities, which must now keep records and "
            "reserves for five years after any release.",
            "Why it matters. Ohio regulators have several pending cases that were filed between "
            "two and five years after the underlying events. Those cases now proceed. Expect "
            "defendants to shift their fire to the size of penalties rather than timing.",
            "Practice note: companies with releases in the 2020-2022 window should revisit their "
            "reserves and their document-retention holds.",
            "Filed under: Ohio, Clean Water, Limitations Periods",
        ]),
    ], [
        ("penalty",
         r"(?<![\d.])41\.2 ?(million|mln|m\b)|(?<![\d,])41,2\d\d,\d\d\d",
         r"(?<![\d.])14\.2 ?(million|mln|m\b)|(?<![\d,])14,2\d\d,\d\d\d"),
        ("majority",
         r"(?<!\d)4 ?(-|–|to) ?3(?!\d)|four(-| )(to|member|justice)|four justices",
         r"(?<!\d)5 ?(-|–|to) ?2(?!\d)|five(-| )(to|member|justice)|five justices"),
        ("author", r"whitcomb", r"alvarado"),
    ]),
    _story("cb-SA3", "central bank", [
        _art("National Wire", "2025-09-17", [
            "WASHINGTON (National Wire) — The Federal Reserve cut its benchmark interest rate by "
            "a quarter of a percentage point on Wednesday, its first reduction since December, "
            "and signaled that two more cuts were likely before the end of the year as concern "
            "about a weakening job market overtook worries about inflation.",
            "The Fed's policy committee voted 11-1 to lower the federal funds rate to a range of "
            "4% to 4.25%. Stephen Miran, a White House economic adviser who was sworn in as a Fed "
            "governor only a day earlier, dissented in favor of a larger half-point cut.",
            "\"Downside risks to employment have risen,\" the Federal Open Market Committee said "
            "in its statement, released at 2 p.m. EDT. The committee dropped language describing "
            "the labor market as solid and noted that job gains had slowed.",
            "New quarterly projections showed the median official expects the rate to end 2025 at "
            "3.6%, implying two more quarter-point reductions at the Fed's final two meetings of "
            "the year, and 3.4% at the end of 2026. The projections were widely split, however, "
            "with several officials penciling in no further cuts this year.",
            "At a news conference, Chair Jerome Powell called the move \"a risk-management cut\" "
            "and said the labor market was \"less dynamic and somewhat softer.\" He added: "
            "\"There are no risk-free paths now.\"",
            "The unemployment rate rose to 4.3% in August, the highest in nearly four years, and "
            "employers added just 22,000 jobs that month. Inflation remains above the Fed's 2% "
            "target, in part because of higher tariffs on imported goods, and Powell said "
            "officials would watch closely for signs that price increases were spreading.",
            "President Donald Trump has pressed the Fed for months to cut rates far more "
            "aggressively. Governor Lisa Cook, whom Trump has tried to remove from the board, "
            "took part in the meeting and voted with the majority.",
            "Stocks swung after the announcement before ending little changed, with the S&P 500 "
            "down 0.1% at the close. The yield on the 10-year Treasury note edged higher.",
            "The Fed's next policy meeting is scheduled for Oct. 28-29.",
        ]),
        _art("The New York Sentinel", "2025-09-18", [
            "Fed Cuts Rates for First Time This Year, Citing Job Market Risks - The New York "
            "Sentinel",
            "By Laura Benning",
            "The Federal Reserve lowered interest rates on Wednesday for the first time since "
            "December, trimming its key rate by 25 basis points as a cooling job market pushed "
            "officials to look past inflation that remains stubbornly above their goal.",
            "The cut brings the federal funds rate to a range of 4 to 4.25 percent. The decision, "
            "announced at 2 p.m. in Washington (18:00 GMT), had been widely expected by "
            "investors, who were more focused on what the Fed would signal about the months "
            "ahead.",
            "On that front, officials suggested they were prepared to keep going. The median "
            "projection in the Fed's quarterly survey of policymakers put the rate at 3.9 percent "
            "at the end of this year, a path that implies further easing, though the individual "
            "forecasts were scattered.",
            "The lone dissent came from Stephen Miran, who joined the Fed's Board of Governors "
            "this week while on leave from his job as chairman of the White House Council of "
            "Economic Advisers. Mr. Miran favored a cut of half a percentage point.",
            "His presence on the committee has drawn criticism from former Fed officials, who say "
            "it blurs the line between the central bank and the White House. Mr. Miran has said "
            "he will act independently.",
            "Jerome H. Powell, the Fed chair, described Wednesday's move as \"a risk-management "
            "cut\" meant to cushion the economy against a sharper slowdown in hiring. \"There are "
            "no risk-free paths now,\" he told reporters, noting that the Fed faced pressure from "
            "both sides of its mandate at once.",
            "The labor market has lost momentum quickly. Employers added 22,000 jobs in August, "
            "and the jobless rate rose to 4.3 percent. At the same time, prices for goods "
            "affected by tariffs have been climbing, and Mr. Powell acknowledged that inflation "
            "could prove stickier than the Fed hopes.",
            "Mr. Trump has repeatedly demanded much lower rates and has attacked Mr. Powell "
            "personally, calling him too slow to act. Mr. Powell's term as chair ends in May.",
            "Economists said the decision left the Fed room to move gradually. \"They've opened "
            "the door without committing to walk through it quickly,\" said Rachel Oyelowo, chief "
            "U.S. economist at Harborview Capital.",
        ]),
        _art("Ticker & Tape", "2025-09-17", [
            "Fed delivers 25 bps cut; one dissent - Ticker & Tape",
            "FOMC cut 25 bps to 4.00-4.25%, from 4.25-4.50%. First move since December. Vote "
            "11-1, with Gov. Michelle Bowman dissenting in favor of a 50 bp cut.",
            "Statement: the key change is the line that \"downside risks to employment have "
            "risen.\" The committee also removed the description of the labor market as solid. "
            "Inflation \"has moved up and remains somewhat elevated.\" Nothing in the statement "
            "about the balance sheet.",
            "Dots: median now shows two more 25 bp cuts in 2025 and a year-end midpoint of 3.6%. "
            "But the distribution is wide. Our count has a big cluster at two more cuts, a "
            "handful at one, and several at zero. One participant penciled in a much lower rate, "
            "which is probably the newest member of the board.",
            "Longer run: median neutral estimate barely moved, still around 3%. The 2026 and 2027 "
            "dots imply a slow grind lower, not a rush.",
            "Presser: Powell framed it as \"a risk-management cut\" and said the job market is "
            "\"less dynamic and somewhat softer.\" He repeated that \"there are no risk-free "
            "paths now,\" which is about as close to admitting a dilemma as a Fed chair gets.",
            "Advertisement",
            "Market reaction: two-year yields dipped right after the 2 p.m. ET release, then "
            "reversed during the press conference. Equities finished about flat. The dollar was "
            "firmer by the close.",
            "What we're watching: the September jobs report, and whether the August payroll "
            "number of 22,000 gets revised. Unemployment at 4.3% is the highest since 2021. "
            "Another soft print would lock in a cut at the next meeting.",
            "Next FOMC: Oct 28-29.",
            "Share this post",
        ]),
        _art("Tri-County Business Journal", "2025-09-18", [
            "What the Fed's rate cut means for borrowers in the Tri-County area",
            "By Kevin Mulcahy, Staff Writer",
            "The Federal Reserve's decision Wednesday to cut its key interest rate will bring "
            "some relief to local borrowers, though bankers and real estate agents in the region "
            "cautioned that the effect on mortgages and car loans is likely to be modest at "
            "first.",
            "The Fed lowered the federal funds rate by 0.25 percentage point, to a range of 4% to "
            "4.25%. It was the central bank's first cut since last December. Most large banks "
            "moved quickly to lower their prime rate, which sets the cost of many credit cards "
            "and home-equity lines, to 7.25% from 7.5%.",
            "\"For a customer with a home-equity line, this is a few dollars a month,\" said "
            "Denise Albrecht, chief lending officer at Lakeshore Community Credit Union. \"The "
            "bigger question is where rates go from here.\"",
            "On that point, the Fed's own projections offer some guidance. Policymakers' median "
            "forecast has the rate ending the year near 3.6%, which would mean two more "
            "quarter-point cuts. Policymakers meet again Nov. 4-5.",
            "Mortgage rates had already dropped in anticipation of the cut. The average 30-year "
            "fixed rate was 6.35% last week, according to Freddie Mac, down from above 7% at the "
            "start of the year. Local agents said buyers who had been waiting on the sidelines "
            "were starting to call again.",
            "\"We had three showings Saturday on a house that sat for two months,\" said Carla "
            "Diaz, a broker with Tri-County Realty Group. \"People are doing the math again.\"",
            "The decision was not unanimous. Stephen Miran, the newest member of the Fed's board, "
            "voted against it because he wanted a bigger, half-point reduction. The other 11 "
            "voting members backed the quarter-point cut.",
            "Fed Chair Jerome Powell told reporters the cut was a way of managing risk as hiring "
            "slows. The national unemployment rate rose to 4.3% in August.",
            "Savers will feel the change too. Yields on high-yield savings accounts and "
            "certificates of deposit, which topped 5% last year at some local banks, are expected "
            "to keep drifting lower.",
            "For small businesses, the cut could make it slightly cheaper to borrow for equipment "
            "and inventory, said Tom Becker, who runs the region's small business development "
            "center. But he said many owners are more worried about tariffs and slower sales than "
            "about interest costs.",
        ]),
    ], [
        ("dissenter", r"miran", r"bowman"),
        ("rate projection",
         r"(?<![\d.])3\.60? ?(%|percent|per cent|pct)",
         r"(?<![\d.])3\.90? ?(%|percent|per cent|pct)"),
        ("next meeting date",
         r"oct(ober|\.)? ?2[89]|10[-/]2[89]|2[89][-–]?\d* oct",
         r"nov(ember|\.)? ?[45]\b|11[-/]0?[45]\b|[45][-–]?\d* nov"),
    ]),
    _story("rocket-SA4", "rocket", [
        _art("Continental Newswire", None, [
            "CAPE CANAVERAL, Fla. (Continental Newswire) — Tallgrass Aerospace's methane-fueled "
            "Mesa rocket reached space and completed its full test profile on Tuesday evening, a "
            "much-needed success for the young launch company after two earlier flights ended in "
            "failure.",
            "The 55-meter (180-foot) rocket lifted off from Launch Complex 20 at Cape Canaveral "
            "Space Force Station at 7:12 p.m. EDT. Its first stage, known as booster B-04, landed "
            "upright on the company's droneship Patience in the Atlantic about eight and a half "
            "minutes after liftoff.",
            "The upper stage climbed to a peak altitude of about 190 kilometers (118 miles), "
            "released a 1,500-kilogram mass simulator standing in for a satellite, and then relit "
            "its single engine to steer itself back toward Earth. It splashed down in the Indian "
            "Ocean about 66 minutes after launch, the company said.",
            "\"Tonight, Mesa became a real rocket,\" Tallgrass chief executive Dana Whitlock told "
            "employees gathered at the company's operations center, in remarks streamed on the "
            "company's website.",
            "The flight was the third for Mesa, which is designed to carry up to 18 metric tons "
            "to low Earth orbit when its first stage is recovered. The rocket's first flight, in "
            "March, ended about two minutes after launch when the first stage lost control. On "
            "the second, in July, the upper stage reached space but began tumbling and lost "
            "contact with ground controllers at an altitude of about 150 kilometers.",
            "The Federal Aviation Administration, which licensed the launch, said no mishap "
            "investigation would be required.",
            "The first stage is powered by nine Kestrel engines that burn liquid methane and "
            "liquid oxygen, a combination that is easier to reuse than kerosene. Tallgrass plans "
            "to fly B-04 again after inspections, Whitlock said.",
            "Tallgrass has signed launch agreements with two satellite operators and is competing "
            "for national security launch contracts with the U.S. Space Force, which requires a "
            "string of successful flights before a new rocket can be certified.",
            "The company said it expects to attempt the next flight early next year.",
        ]),
        _art("The American Chronicle", None, [
            "Tallgrass rocket finally soars on third try - The American Chronicle",
            "By Peter Sandoval",
            "After two failures that left investors nervous and competitors circling, Tallgrass "
            "Aerospace flew its Mesa rocket to space on Tuesday and brought both of its stages "
            "home as planned, a milestone that puts the company a step closer to competing for "
            "commercial and military launches.",
            "The rocket rose from Cape Canaveral into a clear evening sky at 7:12 p.m. Eastern "
            "time, trailing a nearly transparent flame characteristic of methane engines. "
            "Spectators along the beaches of Cocoa and Cape Canaveral cheered as its first stage, "
            "booster B-04, fired its engines again minutes later to slow down for a landing at "
            "sea.",
            "The landing, on a droneship stationed several hundred miles offshore in the "
            "Atlantic, came about eight and a half minutes into the flight. The upper stage kept "
            "going, reaching a maximum height of 210 kilometers, or about 130 miles, before "
            "deploying a dummy payload and firing its engine a second time.",
            "Roughly 66 minutes after liftoff, the stage fell into the Indian Ocean, ending a "
            "flight the company had described in advance as a full dress rehearsal for an orbital "
            "mission.",
            "\"We needed this one,\" said Dana Whitlock, Tallgrass's chief executive, in a call "
            "with reporters after the flight. \"Everyone in the industry was watching to see "
            "whether we could learn from our mistakes. I think we showed that.\"",
            "The company has raised more than $1.1 billion from private investors since its "
            "founding in 2018, according to the research firm SpaceFunds Analytics, and employs "
            "about 1,900 people in Texas and Florida.",
            "Mesa's first flight, in March, failed about two minutes after launch. On its second "
            "flight in July, the upper stage reached space but tumbled out of control. Engineers "
            "traced that problem to a faulty valve in the upper stage's attitude control system, "
            "which they redesigned for Tuesday's flight.",
            "Analysts said a third consecutive failure could have endangered the company's "
            "financing. \"This changes the conversation,\" said Laura Feld, a space industry "
            "analyst at Northbridge Research. \"Now the question is how quickly they can fly "
            "again, and how cheaply.\"",
            "Tallgrass said it plans its next Mesa launch early next year.",
        ]),
        _art("Space Coast Sentinel", None, [
            "Mesa sticks the landing: Tallgrass's third flight a success",
            "Courtesy Tallgrass Aerospace: The Mesa rocket lifts off from Launch Complex 20 on "
            "Tuesday evening.",
            "It took three tries, but Tallgrass Aerospace finally has a successful flight of its "
            "Mesa rocket, and hundreds of Space Coast workers have reason to celebrate.",
            "The rocket lifted off at 7:12 p.m. Tuesday from Launch Complex 20, a refurbished pad "
            "at the southern end of Cape Canaveral Space Force Station that the company leases "
            "from the Space Force. Within about eight and a half minutes, the first stage had "
            "landed on the droneship Patience far out in the Atlantic, and the upper stage was on "
            "its way to space.",
            "The upper stage reached about 190 kilometers in altitude, deployed a test payload "
            "and later came down in the Indian Ocean roughly 56 minutes after launch, according "
            "to the company's live broadcast.",
            "Tallgrass employs about 600 people in Brevard County, most of them at its rocket "
            "factory near Exploration Park and at the launch complex. Many of them packed into a "
            "hangar near the pad to watch the launch on big screens.",
            "\"You could hear the whole building exhale when the booster touched down,\" said "
            "Marcus Elling, a propulsion technician who has worked for the company for four "
            "years. \"After the last two, people needed this.\"",
            "The flight was closely watched by local officials, who have courted Tallgrass with "
            "incentives in hopes that it will expand. Brevard County commissioners approved a tax "
            "break last year tied to the company adding 300 jobs by 2028.",
            "Tallgrass chief executive Dana Whitlock said in a statement that the company would "
            "\"move fast\" toward its next launch, which it expects early next year.",
            "Advertisement",
            "The launch was Tallgrass's second of the year from the Cape. Mesa's first flight in "
            "March was launched from the company's test site in Texas.",
            "Share on Facebook | Share on X | Email",
        ]),
        _art("Orbital Report", None, [
            "Mesa Flight 3: full profile achieved, booster caught on the droneship",
            "Tallgrass Aerospace's third Mesa test flight on Tuesday hit essentially every "
            "objective the company had published, from first-stage recovery to an upper-stage "
            "relight and controlled reentry. Here is the technical summary.",
            "Liftoff: 23:12 UTC from LC-20, Cape Canaveral. Nominal ascent through max-Q, main "
            "engine cutoff and stage separation.",
            "First stage: booster B-05, on its first flight, with all nine Kestrel engines lit at "
            "liftoff. Boostback burn was skipped on this profile; the stage flew a ballistic arc "
            "and performed an entry burn and a three-engine landing burn, touching down on "
            "droneship Patience at T+8 min 30 s.",
            "Upper stage: single vacuum-optimized Kestrel. Apogee was about 190 km (118 mi). The "
            "stage deployed a 1,500 kg (3,300 lb) mass simulator, coasted for roughly half an "
            "hour, performed a short relight, then reentered, with splashdown in the Indian Ocean "
            "at about T+66 min.",
            "Compared with Flight 2: that flight lost attitude control at about 150 km after a "
            "valve failure in the upper-stage reaction control system. The redesigned valve "
            "worked as intended this time, according to the company's post-flight update.",
            "What's next: Tallgrass says the recovered booster will go through inspections at its "
            "Florida refurbishment hangar, with a goal of reflying a first stage within the next "
            "several missions. The company has not given a date for Flight 4 beyond \"early next "
            "year.\"",
            "Our take: Mesa's payload class, up to 18 t to LEO in reusable mode, puts it in "
            "direct competition with several other medium-lift vehicles coming online in the next "
            "two years. Three flights is still a thin record, and the Space Force will want to "
            "see more before certification. But a clean Flight 3 was the minimum required to stay "
            "in that race, and Tallgrass delivered it.",
            "Comments (12)",
        ]),
    ], [
        ("booster", r"\bb-?0?4\b|booster (no\.? ?)?4\b", r"\bb-?0?5\b|booster (no\.? ?)?5\b"),
        ("altitude",
         r"(?<![\d.])190 ?(km|kilomet)|(?<![\d.])118 ?(mi|miles)",
         r"(?<![\d.])210 ?(km|kilomet)|(?<![\d.])130 ?(mi|miles)"),
        ("flight duration",
         r"(?<![\d.])66(-| )?min|an hour and six minutes",
         r"(?<![\d.])56(-| )?min"),
    ]),
    _story("quake-SA5", "earthquake", [
        _art("World Wire", "2025-12-09", [
            "MANILA (World Wire) — A magnitude 6.9 earthquake struck off the southern Philippine "
            "island of Mindanao early Tuesday, killing at least seven people, toppling part of a "
            "church bell tower and sending thousands of coastal residents fleeing to higher "
            "ground after a brief tsunami warning.",
            "The quake hit at 2:17 a.m. local time (18:17 GMT Monday) about 28 kilometers east of "
            "the town of Hinatuan in Surigao del Sur province. Its focus lay some 35 kilometers "
            "underground, U.S. Geological Survey data showed. The Philippine Institute of "
            "Volcanology and Seismology, known as Phivolcs, also put the magnitude at 6.9.",
            "Phivolcs issued a tsunami warning for the eastern coast of Mindanao minutes after "
            "the shaking stopped, then lifted it about two hours later when only small waves, "
            "about 30 centimeters high, were recorded at tide gauges.",
            "Provincial disaster officials said at least seven people were killed, most of them "
            "when walls and roofs collapsed on sleeping families in Hinatuan and the neighboring "
            "city of Bislig. More than 120 people were injured, and officials said the toll could "
            "rise as rescuers reached outlying villages.",
            "\"People ran out of their houses in the dark. Many of them did not stop running "
            "until they reached the hills,\" said Hinatuan Mayor Rosalinda Ybañez in a radio "
            "interview. She said the upper part of the town's 19th-century church bell tower had "
            "fallen into the plaza.",
            "Power was cut across much of Surigao del Sur, and classes were suspended in the "
            "province and in parts of neighboring Davao Oriental. A section of the coastal "
            "highway near Lingig was closed after cracks appeared in a bridge.",
            "Phivolcs recorded more than 400 aftershocks by Tuesday afternoon, the strongest of "
            "magnitude 5.3, and warned residents to stay out of damaged buildings.",
            "The Philippines sits on the Pacific \"Ring of Fire\" and is struck by frequent "
            "earthquakes. A magnitude 7.4 quake off Hinatuan in December 2023 killed three people "
            "and damaged thousands of homes.",
        ]),
        _art("Public Radio Network", "2025-12-09", [
            "Strong earthquake shakes southern Philippines, at least 7 dead",
            "Heard on Morning Report",
            "A strong earthquake struck the southern Philippines on Tuesday local time, killing "
            "at least seven people and damaging homes, churches and roads along the eastern coast "
            "of the island of Mindanao.",
            "The magnitude 6.9 quake hit at 1:17 p.m. Eastern time Monday, which was in the early "
            "hours of Tuesday in the Philippines. Its epicenter was at sea, about 17 miles east "
            "of the town of Hinatuan, at a depth of about 22 miles, the U.S. Geological Survey "
            "reported.",
            "Residents described violent shaking that lasted close to a minute. In Hinatuan, a "
            "town of fishermen and coconut farmers, many people slept outdoors after the quake, "
            "afraid to go back inside as aftershocks continued through the day.",
            "Philippine authorities briefly issued a tsunami warning, telling people along the "
            "coast to move inland. The warning was lifted after about two hours. Waves of roughly "
            "a foot were recorded, and there were no reports of damage from the sea.",
            "Local officials said at least seven people were killed and more than 120 injured. "
            "The Philippine Red Cross said it had sent teams with water, tarps and medical "
            "supplies to Surigao del Sur province.",
            "\"The first hours are when we save the most lives, so our volunteers are already "
            "there,\" said Clarissa Tan, a spokesperson for the Philippine Red Cross, speaking by "
            "phone from Manila.",
            "Seismologists said the quake occurred along the Philippine Trench, where one "
            "tectonic plate dives beneath another. The same area produced a magnitude 7.4 "
            "earthquake in December 2023, which killed three people.",
            "The U.S. Embassy in Manila said it was in contact with Philippine authorities and "
            "had no immediate reports of American citizens among the casualties.",
            "This story will be updated.",
        ]),
        _art("The Pacific Ledger", "2025-12-10", [
            "Philippine quake toll rises to 11 as rescuers reach remote villages - The Pacific "
            "Ledger",
            "By Miguel Santos and Hannah Wexler",
            "HINATUAN, Philippines — The death toll from Tuesday's earthquake in the southern "
            "Philippines rose to 11 on Wednesday, disaster officials said, as rescue teams "
            "reached mountain villages that had been cut off by landslides and found more bodies "
            "under the rubble of collapsed homes.",
            "The magnitude 6.9 earthquake struck before dawn on Tuesday, about 28 kilometers (17 "
            "miles) off the coast of Hinatuan, a town in Surigao del Sur province on the eastern "
            "side of Mindanao. Officials had put the toll at seven on Tuesday.",
            "Much of the destruction was concentrated in Hinatuan and in Bislig, a city of about "
            "100,000 people to the south. In Hinatuan's central plaza, workers cleared broken "
            "bricks from the bell tower of the Catholic church, a 19th-century structure whose "
            "upper section collapsed during the quake.",
            "\"My mother was inside when the wall fell,\" said Joel Macaraeg, 34, standing beside "
            "what remained of his family's concrete house on the edge of Bislig. \"We dug with "
            "our hands until the soldiers came.\"",
            "The Philippine Institute of Volcanology and Seismology said the quake was caused by "
            "movement along the Philippine Trench, the same offshore fault system that produced a "
            "magnitude 7.4 quake near Hinatuan in December 2023. That earlier quake killed three "
            "people.",
            "The agency warned that strong aftershocks could continue for weeks. It urged "
            "residents not to return to houses with visible cracks.",
            "Power had been restored to about half of Surigao del Sur by Wednesday afternoon, "
            "according to the provincial electric cooperative. Schools remained closed, and "
            "several were being used as evacuation centers for families whose homes were damaged.",
            "President Ferdinand Marcos Jr. was expected to visit the area on Thursday, his "
            "office said.",
        ]),
        _art("Bay Area Kababayan News", "2025-12-11", [
            "Daly City families wait for news after Mindanao quake",
            "By Liza Manalo",
            "Skip to content",
            "For Renato Villaflor, the news came through a family group chat at 10:30 on Monday "
            "morning: the ground was shaking back home in Surigao del Sur.",
            "The magnitude 6.9 earthquake hit off the coast of Mindanao at 10:17 a.m. Monday, "
            "Pacific time, which was 2:17 a.m. Tuesday in the Philippines. By then, Villaflor, a "
            "nurse at a Daly City hospital, was already trying to reach his sister in Hinatuan, "
            "the coastal town nearest the epicenter.",
            "\"She couldn't talk long. Everybody was outside, it was dark, and the phones were "
            "going in and out,\" he said. \"But she was OK. That's what I needed to hear.\"",
            "Others in the Bay Area's large Filipino community have been less fortunate. As of "
            "Thursday morning Philippine time, officials in Surigao del Sur said 14 people had "
            "died, up from 11 on Wednesday, after rescuers recovered three more bodies from a "
            "collapsed house in Bislig. The number of injured had climbed to nearly 300.",
            "Phivolcs, the Philippines' seismology agency, had recorded more than 1,100 "
            "aftershocks by Thursday, many of them strong enough to send people running from "
            "their homes again.",
            "Community groups in Daly City and South San Francisco have begun collecting "
            "donations. The Filipino American Association of San Mateo County said it had raised "
            "more than $18,000 in two days and would send the money to a parish relief program in "
            "Hinatuan.",
            "\"We did this two years ago, after the last big quake there. We know the people on "
            "the ground,\" said Alma Reyes, the association's president, referring to the "
            "magnitude 7.4 earthquake that struck near Hinatuan in December 2023.",
            "Several local churches held prayer services Wednesday night. At St. Andrew's parish, "
            "volunteers set up a table to take donations of money and to help families send "
            "packages through cargo companies, though organizers said cash is more useful right "
            "now.",
            "The Philippine consulate in San Francisco said Filipinos in California seeking "
            "information about relatives can contact its hotline.",
            "Read more: How to send help to earthquake victims safely",
        ]),
    ], [
    ]),
    _story("elect-SA6", "election", [
        _art("States Wire", None, [
            "SAN AURELIO, Texas (States Wire) — City Council member Teresa Villanueva won a "
            "runoff for mayor of San Aurelio on Saturday, defeating businessman Grant Holloway in "
            "a race that became one of the most expensive municipal contests in Texas this year.",
            "With all precincts reporting, unofficial results showed Villanueva with 38,412 "
            "votes, or 52.6%, to Holloway's 34,614, or 47.4%, a margin of 3,798 votes.",
            "Turnout was 18.4% of the city's roughly 397,000 registered voters, down from 22.7% "
            "in the Nov. 4 general election, when Villanueva finished first in a five-candidate "
            "field but fell short of the majority needed to win outright.",
            "Villanueva, 47, has represented the city's District 3 on the council since 2019. She "
            "will be the first Latina to lead the city of about 720,000 people when she takes "
            "office in January, succeeding Mayor Glenn Whitaker, who was barred by term limits "
            "from seeking a third term.",
            "\"This city voted for clean water, safe streets and a government that answers the "
            "phone,\" Villanueva told supporters at a downtown union hall. \"Tomorrow we start "
            "keeping those promises.\"",
            "Holloway, a former chairman of the San Aurelio Chamber of Commerce who ran on a "
            "promise to cut property taxes and speed up building permits, conceded shortly before "
            "11 p.m. He congratulated Villanueva in a brief statement and urged his supporters to "
            "\"give the new mayor a fair chance.\"",
            "The contest was officially nonpartisan, but state and national party groups poured "
            "money into both campaigns. Holloway and groups supporting him spent more than $4 "
            "million, according to campaign finance reports, roughly twice as much as Villanueva "
            "and her allies.",
            "Ray Dominguez, a former police chief who finished third in November, endorsed "
            "Villanueva two weeks before the runoff. Political observers said his backing helped "
            "her in the city's northern districts, where Holloway had been expected to do well.",
            "Results will become official after the City Council canvasses the vote later this "
            "month.",
        ]),
        _art("Lone Star Ledger", None, [
            "Villanueva wins San Aurelio mayor's race, beating Holloway in low-turnout runoff | "
            "Lone Star Ledger",
            "By Celeste Navarro, Staff Writer",
            "Teresa Villanueva, a City Council member known for her fights with the city's water "
            "utility, will be the next mayor of San Aurelio after winning Saturday's runoff by "
            "about 3,800 votes over Grant Holloway, a developer and former Chamber of Commerce "
            "chairman.",
            "Villanueva took 52.6 percent of the vote to Holloway's 47.4 percent, a margin of a "
            "little more than five percentage points, according to unofficial results from the "
            "county elections office.",
            "The result capped a bruising six-week runoff campaign. Holloway, backed by the "
            "city's business establishment and by more than $4 million in spending from his "
            "campaign and outside groups, hammered Villanueva over a budget deficit and rising "
            "crime. Villanueva, who was outspent about 2 to 1, focused on neighborhood issues "
            "such as repeated boil-water notices, street flooding and slow police response times.",
            "She also won the endorsement of Ray Dominguez, the former police chief who took 19.6 "
            "percent in the first round on Nov. 4. In that round, Villanueva led with 41.3 "
            "percent to Holloway's 33.8 percent, with two minor candidates splitting the rest.",
            "Only a small fraction of voters took part. Turnout was just over 18 percent of "
            "registered voters, lower than in November, continuing a long decline in "
            "participation in the city's December runoffs.",
            "\"Runoffs in this city are decided by the most committed voters, older homeowners "
            "and people with a strong tie to one campaign,\" said Alan Whitfield, a political "
            "scientist at Trinity Southern University. \"Villanueva's campaign simply found more "
            "of those people.\"",
            "Villanueva will be sworn in on Jan. 6, succeeding Mayor Glenn Whitaker, who is "
            "leaving after two terms. She inherits a projected $58 million budget shortfall for "
            "the next fiscal year and a long-running dispute with state regulators over the "
            "city's aging water treatment plants.",
            "Holloway conceded late Saturday. In a statement posted on social media, he thanked "
            "his volunteers and said he would \"stay involved in making San Aurelio a place where "
            "businesses want to grow.\"",
            "The Ledger's analysis of precinct results found that Villanueva ran strongest in the "
            "city's south and west sides, while Holloway carried most precincts in the northeast "
            "suburbs. Villanueva narrowly won the northern districts that had favored Dominguez "
            "in November.",
        ]),
        _art("KSAU News 4", None, [
            "Villanueva elected San Aurelio mayor - KSAU News 4",
            "Posted: Dec 13, 2025 / 11:42 PM CST",
            "SAN AURELIO (KSAU) — Voters have chosen Teresa Villanueva as San Aurelio's next "
            "mayor.",
            "Villanueva defeated Grant Holloway in Saturday's runoff election, winning 52.6% of "
            "the vote to Holloway's 47.4%, according to unofficial final results from the county. "
            "That works out to a win by nearly 5,800 votes.",
            "Cheers broke out at Villanueva's election night party at the Local 1142 union hall "
            "downtown when the final batch of results posted just after 10 p.m.",
            "\"I'm proud of this campaign. We knocked on doors in every neighborhood in this "
            "city, and people answered,\" Villanueva told the crowd. \"This city voted for clean "
            "water, safe streets and a government that answers the phone.\"",
            "Holloway spoke to supporters at a hotel ballroom on the north side later in the "
            "evening.",
            "\"The voters have spoken, and I respect that,\" Holloway said. \"I called "
            "Councilwoman Villanueva to congratulate her, and I've asked everyone here to give "
            "the new mayor a fair chance.\"",
            "Villanueva currently represents District 3 on the City Council. Her council seat "
            "will be filled in a special election next year.",
            "Voters at polling places across the city on Saturday told KSAU the biggest issues "
            "for them were water, crime and taxes. \"We've had boil notices over and over. That's "
            "what I'm voting on,\" said Maria Esquivel, who cast her ballot at a library on the "
            "west side.",
            "Villanueva will take office in January. Mayor Glenn Whitaker, who could not run "
            "again because of term limits, congratulated her in a post on social media Saturday "
            "night and promised a smooth transition.",
            "KSAU News 4 will have full coverage of the results, including what the new mayor's "
            "first 100 days could look like, on our morning newscast and on our website.",
            "Download the KSAU News 4 app for breaking news alerts.",
        ]),
        _art("San Aurelio Current", None, [
            "Villanueva wins. Now comes the hard part.",
            "By Ruth Oduya | The San Aurelio Current is a nonprofit newsroom covering city hall.",
            "Teresa Villanueva's victory over Grant Holloway on Saturday ends the most expensive "
            "mayoral race in the city's history. It also hands her a city with a budget hole, an "
            "aging water system and a council that split sharply during the campaign.",
            "Villanueva won 52.6% to 47.4% in unofficial results. Turnout came in at about 24% of "
            "registered voters, up from 22.7% in the Nov. 4 first round, according to the county "
            "elections office.",
            "The new mayor will take office on Jan. 6 and will immediately face a budget process "
            "that city staff say starts with a gap of about $58 million for next year. During the "
            "campaign she promised not to raise the property tax rate and to avoid layoffs of "
            "police officers and firefighters, a combination that budget analysts have said will "
            "be difficult to deliver.",
            "Her other central promise, fixing the city's water system after three citywide "
            "boil-water notices in two years, will take money the city does not yet have. A "
            "consultant's report last year put the cost of replacing the two oldest treatment "
            "plants at $1.3 billion.",
            "Holloway's supporters on the council, including Council members Derek Strand and "
            "Lupe Garza, said Saturday night that they were ready to work with her. \"The "
            "campaign is over,\" Strand said. \"We have a budget to pass.\"",
            "Villanueva's own seat on the council, District 3, will be vacant once she is sworn "
            "in. Under the city charter, the council will call a special election to fill it.",
            "The Current asked Villanueva at her victory party what she would do first. \"Open "
            "the books,\" she said. \"Every department, every contract. People deserve to know "
            "where we actually stand.\"",
            "The runoff was the last election in San Aurelio under the old district map. New "
            "council boundaries, drawn after a lawsuit by neighborhood groups, take effect for "
            "the 2027 city elections.",
            "Support independent local news. Donate to The Current.",
        ]),
    ], [
        ("vote margin",
         r"(?<![\d,.])3,?(798|800)(?!\d)|3\.8 ?(thousand|k\b)",
         r"(?<![\d,.])5,?(798|800)(?!\d)|5\.8 ?(thousand|k\b)"),
        ("turnout",
         r"(?<![\d.])18(\.4)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])24(\.\d)? ?(%|percent|per cent|pct)"),
    ]),
]
