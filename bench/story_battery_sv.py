"""Part SV of the story battery (issue 11).

Written by engineer SV1 on 2026-12-06 (fourteenth session, fourth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SV`.

Six stories in three domains (court rulings, US-China trade, elections), each told by
three or four invented outlets in long articles with background material; one
control story (trade-SV2) has no planted disagreement.
"""
from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SV", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("court-SV1", "court", [
        _art("Pacific Wire", "2026-09-04", [
            "WASHINGTON (Pacific Wire) — A divided federal appeals court ruled on Friday that "
            "the administration broke the law when it kept a 15% across-the-board import "
            "surcharge in place beyond the 150-day limit set by Congress, but it left the levy "
            "in force until Oct. 14 so the government can ask the Supreme Court to step in.",
            "The U.S. Court of Appeals for the Federal Circuit, sitting en banc with all 11 of "
            "its active judges, split 7-4. Chief Judge Renata Moyle wrote for the majority that "
            "Section 122 of the Trade Act of 1974 lets a president answer a balance-of-payments "
            "emergency with a temporary surcharge, but does not let the executive branch renew "
            "that surcharge on its own once the 150 days have run.",
            "\"The statute hands the President a tool for a short emergency, not a standing tax "
            "schedule,\" Moyle wrote. \"Congress set the clock, and only Congress can wind it "
            "back.\"",
            "Judge Samuel Okafor, joined by three colleagues, dissented. He argued that judges "
            "had no business second-guessing the administration's view of the country's "
            "external accounts and that the text of the law was at the very least ambiguous "
            "about renewals. \"The majority substitutes its own reading of economic conditions "
            "for that of the political branches,\" Okafor wrote.",
            "The surcharge took effect on Nov. 3, 2025, after the administration's earlier "
            "emergency tariffs had become mired in litigation under a separate statute. It was "
            "due to lapse at the start of April, but the White House issued a proclamation on "
            "April 1 declaring a \"continuing emergency\" and extending it without a vote in "
            "Congress.",
            "Section 122 had never been used before last year. Trade lawyers have long "
            "described it as a dormant provision written for the currency turmoil of the early "
            "1970s, when President Richard Nixon imposed a 10% import surcharge under a "
            "different authority.",
            "Importers had paid about $47.6 billion under the surcharge through the end of "
            "August, according to U.S. Customs and Border Protection figures cited in court "
            "filings.",
            "The case was brought by Harbor Light Imports, a lighting importer based in Toledo, "
            "Ohio, and four other small businesses, and was later combined with a suit filed by "
            "12 states led by Oregon. The U.S. Court of International Trade in New York sided "
            "with the challengers on May 21 in a unanimous decision by a three-judge panel, and "
            "the government appealed. The Federal Circuit heard arguments on July 28.",
            "Friday's ruling did not decide whether importers are entitled to refunds. The "
            "majority sent that question back to the trade court.",
            "White House spokeswoman Kara Whitcomb said the administration would seek review. "
            "\"The President acted well within the authority Congress gave him, and we fully "
            "expect the Supreme Court to agree,\" she said in a statement.",
            "Oregon Attorney General Miriam Castellanos called the decision \"a clear message "
            "that emergencies have end dates.\"",
            "Shares of large retailers rose in late trading after the ruling was posted, and "
            "the S&P 500 closed 0.4% higher on the day.",
            "(Reporting by Tom Alvarez; Additional reporting by Nadia Kerr in New York; Editing "
            "by Ruth Kang)",
        ]),
        _art("The National Ledger", "2026-09-05", [
            "Appeals court rules import surcharge illegal, but keeps it alive for now | The "
            "National Ledger",
            "By Elaine Costa, Legal Affairs Correspondent",
            "The administration's signature trade measure of the past year suffered its most "
            "serious legal setback yet on Friday, when a federal appeals court concluded that "
            "the president had no power to extend a 15 percent surcharge on nearly all imports "
            "after its legal lifespan had run out.",
            "The ruling, from the full Federal Circuit in Washington, was 7 to 4. It does not "
            "take effect right away. The judges put their decision on hold until Oct. 14, "
            "giving the Justice Department just under six weeks to take the case to the Supreme "
            "Court, which it said it would do.",
            "At issue is a little-known provision, Section 122 of the Trade Act of 1974, that "
            "permits a president facing \"large and serious\" balance-of-payments deficits to "
            "impose duties of up to 15 percent for up to 150 days. Anything longer, the statute "
            "says, requires an act of Congress.",
            "The administration invoked the law last fall. When the 150 days were about to "
            "expire this spring, it simply renewed the surcharge by proclamation, arguing that "
            "a new 150-day period began with each fresh finding of an emergency.",
            "The majority rejected that theory in blunt terms. Writing for the court, Chief "
            "Judge Renata Moyle said that reading would turn a temporary measure into a "
            "permanent one \"by the simple act of signing the same page again.\"",
            "In a dissent, Judge Ellen Lindqvist, writing for herself and three colleagues, "
            "accused the majority of second-guessing economic judgments that the Constitution "
            "leaves to the elected branches. \"Courts are poorly placed to say when a payments "
            "emergency ends,\" the dissent said.",
            "File photo: Containers stacked at the Port of Long Beach in California. (Ledger "
            "staff)",
            "The surcharge has become a significant source of federal revenue. Customs data "
            "show it has brought in nearly $48 billion since it took effect in November, money "
            "that companies now hope to recover if the ruling stands. The appeals court did not "
            "rule on refunds, leaving that issue to the Court of International Trade, which "
            "first struck down the extension in May.",
            "For the administration, the timing is awkward. Officials had been counting on the "
            "surcharge revenue to help offset the cost of tax cuts passed last year, and budget "
            "analysts at the Congressional Budget Office had assumed it would remain in place "
            "through the end of the fiscal year.",
            "Democrats in Congress seized on the decision. \"The president asked for a "
            "short-term tool and treated it like a blank check,\" said Sen. Mark Ellery, a "
            "Democrat who sits on the Finance Committee. \"Today a court told him what the law "
            "has said since 1974.\"",
            "Republican leaders were more cautious. A spokesman for the House Ways and Means "
            "Committee said the panel would \"review the decision\" before deciding whether to "
            "take up a bill extending the surcharge, an option that several members in swing "
            "districts have privately resisted.",
            "The White House said it was confident of victory. \"The President acted well "
            "within the powers Congress gave him, and we expect the Supreme Court to agree,\" "
            "spokeswoman Kara Whitcomb said.",
            "Economists at the Brookfield Institute estimate that the surcharge has added about "
            "half a percentage point to consumer prices over the past year, with the biggest "
            "effects on furniture, toys and household electronics.",
            "Read more: How a forgotten 1974 trade law became the centerpiece of tariff policy",
            "Advertisement",
        ]),
        _art("TradeFlows Brief", "2026-09-05", [
            "CAFC: Sec. 122 surcharge extension unlawful; stay runs to Oct 14 - TradeFlows Brief",
            "Posted in Tariffs & Customs",
            "Quick take for importers and brokers: the Court of Appeals for the Federal Circuit "
            "(CAFC) on Friday affirmed the CIT and held that the April 1 renewal of the 15 pct "
            "Section 122 surcharge was unlawful. The en banc vote was 8-3. Nothing changes at "
            "the border yet. The court stayed its mandate until October 14, 2026, and DOJ has "
            "already signaled a cert petition.",
            "What the court held. Sec. 122 authorizes a surcharge of up to 15 pct for no more "
            "than 150 days unless the period is extended by an act of Congress. The majority "
            "opinion, by Chief Judge Moyle, reads that last clause as exclusive: the executive "
            "cannot restart the clock by re-declaring the same emergency. The court also "
            "rejected DOJ's fallback argument that importers lacked standing because they could "
            "pass the cost on to customers.",
            "The dissent, by Judge Samuel Okafor and joined by two colleagues, would have found "
            "the statute ambiguous and deferred to the President's finding that the emergency "
            "continued. It is a careful opinion and the one DOJ will lean on at SCOTUS.",
            "Timeline:",
            "- Nov 3, 2025: 15 pct surcharge takes effect on most imports (carve-outs for "
            "USMCA-qualifying goods, energy products and certain pharmaceuticals).",
            "- Apr 1, 2026: proclamation renews the surcharge for a \"second period.\"",
            "- May 21, 2026: CIT three-judge panel rules 3-0 for the plaintiffs (Harbor Light "
            "Imports et al., consolidated with the states' case led by Oregon).",
            "- Jul 28, 2026: en banc oral argument at the CAFC.",
            "- Sep 4, 2026: CAFC affirms; mandate stayed to Oct 14.",
            "Refunds. The big question for our readers is money. The CAFC did not order any "
            "refunds. It remanded to the CIT to work out the remedy, including whether "
            "liquidated entries can be reopened. Collections under Sec. 122 were running at "
            "~$48bn through August, per CBP, so the stakes are very large. If you have "
            "unliquidated entries, talk to your broker about protests now, and do not assume "
            "relief will be automatic.",
            "Compare the Section 301 litigation over the 2018-2019 China tariffs, where "
            "thousands of importers filed protective suits at the CIT and waited years for a "
            "result. The lesson from that round was that companies that did not preserve their "
            "claims early found it much harder to recover anything later.",
            "What's next. Expect the Solicitor General to file by early October, with an "
            "application to extend the stay if the justices have not acted on the petition by "
            "Oct 14. The Supreme Court's new term opens Monday, Oct 5. A ruling on the merits, "
            "if the Court takes the case, would probably not arrive before the spring.",
            "Our view: the majority's reading of the statute is the more natural one, but the "
            "political pressure on the Court will be intense, and the revenue at stake gives "
            "the government every reason to push hard.",
            "Share on LinkedIn | Share on X | Email this post",
        ]),
        _art("Maumee Valley Now", "2026-09-04", [
            "Skip to content",
            "Toledo importer wins again in tariff fight as appeals court rules against White "
            "House",
            "By Jenna Kowalski | Maumee Valley Now",
            "A Toledo lighting company that took on the White House over tariffs has won again, "
            "this time in a federal appeals court in Washington.",
            "Harbor Light Imports, a 38-employee business on the city's east side that brings "
            "in lamps and fixtures from factories in Vietnam, Mexico and China, was the lead "
            "plaintiff in the case decided Friday by the U.S. Court of Appeals for the Federal "
            "Circuit. The court ruled 7-4 that the administration had no authority to stretch a "
            "15% surcharge on imports beyond the 150 days allowed by law.",
            "\"I'm a lamp guy, not a lawyer, so I'm still reading it,\" said owner Dana Pruitt, "
            "whose father founded the business in 1987. \"But what I understand is that the "
            "rules apply to everybody, and that's all we were ever asking for.\"",
            "Pruitt said the company has paid about $1.2 million in surcharges since last "
            "November, money that would normally have gone toward hiring and a planned "
            "expansion of its warehouse on Front Street.",
            "The win does not bring immediate relief. The judges kept the surcharge in place "
            "until Oct. 16 to give the government time to take the case to the U.S. Supreme "
            "Court, and they did not decide whether companies like Harbor Light will get their "
            "money back. That question goes back to the Court of International Trade in New "
            "York, which first ruled in Harbor Light's favor in May.",
            "Courtesy Harbor Light Imports: Owner Dana Pruitt in the company's showroom.",
            "Pruitt's lawyers, from the Open Markets Legal Fund, a nonprofit group that has "
            "backed several small businesses in trade cases, said they expect a Supreme Court "
            "fight. \"We're confident, but we're not popping any corks yet,\" said attorney "
            "Graham Mistry.",
            "The surcharge was first imposed Nov. 3 of last year as what the White House called "
            "an emergency response to the trade deficit. When the law's 150-day limit "
            "approached in the spring, the administration renewed it, and Harbor Light and four "
            "other small companies sued. A group of 12 states, led by Oregon, later joined the "
            "fight with a lawsuit of their own.",
            "Local business groups welcomed the news. The Toledo Regional Chamber said several "
            "of its member companies have delayed orders or cut staff because of the surcharge. "
            "\"Small importers don't have the cushion that the big-box chains have,\" said "
            "Lorna Bassett, the chamber's vice president for policy. \"A 15% hit on every "
            "container is the difference between a good year and a layoff.\"",
            "Not everyone in the region is cheering. The surcharge has been popular with some "
            "manufacturers in northwest Ohio who compete with imports, and a spokesman for a "
            "glass producer in Perrysburg said the company hoped the Supreme Court would "
            "\"restore some balance.\"",
            "A White House spokeswoman said Friday that the administration expects to win at "
            "the Supreme Court.",
            "For now, Pruitt says, it's business as usual. Two containers of ceiling fixtures "
            "are due at the Port of Toledo next week, and the surcharge will be paid on both.",
            "Related coverage: Toledo port volumes dip as importers wait out tariff case",
            "Share on Facebook",
        ]),
    ], [
        ("vote",
         r"(?<![\d.])7 ?(-|–|—|to) ?4(?!\d|\.\d)|\bseven\b|three (colleagues|other|judges|fellow)",
         r"(?<![\d.])8 ?(-|–|—|to) ?3(?!\d|\.\d)|\beight\b|two (colleagues|other|judges|fellow)"),
        ("deadline", r"oct(ober)?\.? 14\b|14 oct|10-14", r"oct(ober)?\.? 16\b|16 oct|10-16"),
        ("dissent author", r"okafor", r"lindqvist"),
    ]),
    _story("court-SV2", "court", [
        _art("Continental Wire", None, [
            "EU court upholds Kestrel antitrust decision but trims record fine",
            "LUXEMBOURG (Continental Wire) — The European Union's General Court on Wednesday "
            "largely upheld a landmark antitrust decision against US mobile platform Kestrel "
            "Mobile, but cut the fine imposed by Brussels to €1.62 billion after finding that "
            "the European Commission had overstated how long the abuse lasted.",
            "The Commission fined Kestrel €2.06 billion in June 2023, concluding that the "
            "company had abused its dominant position by barring app developers from telling "
            "users of its app store about cheaper ways to pay for subscriptions outside it, "
            "so-called anti-steering rules.",
            "In its judgment, the Luxembourg-based court agreed that the rules were abusive and "
            "rejected most of Kestrel's arguments, including its claim that the Commission had "
            "defined the relevant market too narrowly. However, the judges said the Commission "
            "had failed to prove the infringement began in July 2015, as the decision stated, "
            "and found that it could only be established from December 2017, when Kestrel "
            "tightened the rules in its developer guidelines.",
            "\"The Commission has not established, to the requisite legal standard, that the "
            "conduct at issue produced its effects before that date,\" the court said in a "
            "summary of the judgment. The case was heard by the Fourth Chamber of the General "
            "Court sitting in an extended composition of five judges.",
            "The original investigation began in June 2020, a year after Swedish "
            "music-streaming company Soundwell filed a complaint accusing Kestrel of using its "
            "control over the store to favour its own audio service. The Commission sent "
            "Kestrel a statement of objections in 2021 and adopted its decision two years "
            "later. Kestrel lodged its appeal in the autumn of 2023, and the court held a "
            "hearing in January this year.",
            "Competition Commissioner Ines Carvalho welcomed the ruling. \"Today's judgment "
            "confirms that the Commission was right to act, and that gatekeepers cannot lock "
            "consumers into their own payment systems,\" she said in a statement. \"We take "
            "note of the court's findings on the duration and will study them.\"",
            "Kestrel's general counsel, Markus Feld, said the company was disappointed. \"We "
            "will study the judgment carefully and consider all our options, including a "
            "further appeal,\" Feld said.",
            "Either side can appeal to the EU Court of Justice, the bloc's highest court, on "
            "points of law only, within two months and ten days.",
            "Soundwell chief executive Johan Lindgren said the judgment showed that \"the rules "
            "of fair competition apply even to the biggest platforms,\" adding that his company "
            "would pursue damages claims in national courts.",
            "The case is separate from a decision under the Digital Markets Act, the EU's newer "
            "rulebook for large online platforms, under which the Commission fined Kestrel €380 "
            "million in April 2025 over similar steering restrictions. Kestrel is challenging "
            "that decision as well.",
            "The fine remains one of the largest ever imposed on a single company under EU "
            "antitrust rules. Fines are paid into the EU budget, and companies typically "
            "provide a bank guarantee or pay provisionally while appeals are pending.",
        ]),
        _art("TechPolicy Dispatch", None, [
            "EU General Court backs Brussels on Kestrel anti-steering case, slashes fine",
            "By Marcus Reyes",
            "The European Commission's long-running case against Kestrel Mobile's app-store "
            "rules mostly survived its first big test in court on Wednesday, as the EU's "
            "General Court affirmed the finding that Kestrel illegally blocked developers from "
            "pointing users to cheaper deals. But the judges cut the penalty, reducing it to "
            "€1.26 billion from the €2.06 billion that Brussels imposed in 2023.",
            "The ruling is a mixed bag for both sides, and it will be read closely in "
            "Washington, where the administration has repeatedly accused European regulators of "
            "targeting American tech firms.",
            "What the court decided",
            "The heart of the case is the so-called anti-steering provisions: clauses in "
            "Kestrel's developer terms that prevented apps from telling users, inside the app, "
            "that they could subscribe more cheaply on the web. The Commission said those "
            "clauses, which began with music-streaming apps and spread to other categories, "
            "raised prices for European consumers and weakened rivals. The General Court agreed "
            "on the substance, holding that Kestrel was dominant in the distribution of "
            "music-streaming apps on its own devices and that the restrictions were not "
            "justified by security or privacy concerns.",
            "Where the Commission lost ground was on timing. The court said the EU executive "
            "had not shown that the infringement started in July 2015, and that the earliest "
            "date it could prove was December 2017. Because the fine is calculated partly on "
            "the length of the infringement, that finding brought the amount down.",
            "Reactions",
            "Competition Commissioner Ines Carvalho said the court had confirmed \"that "
            "gatekeepers cannot lock consumers into their own payment systems.\" Kestrel's "
            "general counsel Markus Feld told reporters the company would \"study the judgment "
            "carefully and consider all our options, including a further appeal.\"",
            "Kestrel now has two months and ten days to lodge a further appeal with the Court "
            "of Justice of the EU. Such appeals are limited to questions of law, and the "
            "company's chances of winning a further reduction are considered slim by most "
            "competition lawyers.",
            "The bigger picture",
            "The case is the last of a generation of \"old-style\" antitrust cases against big "
            "platforms, brought under Article 102 of the EU treaty before the Digital Markets "
            "Act took effect. Under the DMA, the Commission can move faster and does not have "
            "to define markets or prove harm in the same way. Kestrel was fined €380 million "
            "under the DMA in April 2025 in a parallel case over steering, which it is also "
            "contesting.",
            "Industry groups representing app developers, including the Coalition for App "
            "Fairness, praised the ruling. A trade group representing large US tech firms said "
            "the outcome \"shows the danger of open-ended enforcement\" and urged the "
            "Commission to focus on the DMA's compliance process instead of new fines.",
            "Kestrel shares were little changed in premarket trading in New York.",
            "Related: Inside the EU's first year of DMA enforcement",
        ]),
        _art("The Morning Chronicle", None, [
            "Kestrel loses EU court fight over app store curbs but wins cut in fine",
            "From our Brussels correspondent",
            "Europe's second-highest court has backed Brussels in its fight with Kestrel Mobile "
            "over the US company's app store, in a ruling that competition lawyers said "
            "strengthened the hand of regulators as they take on the world's largest technology "
            "groups.",
            "The General Court in Luxembourg on Wednesday, 21 October, upheld the European "
            "Commission's finding that Kestrel abused its dominance by banning developers of "
            "music-streaming and other apps from telling customers about cheaper subscription "
            "offers available outside its store. It did, however, reduce the fine from €2.06bn "
            "to €1.62bn, saying the Commission had got the start date of the abuse wrong by "
            "more than two years.",
            "Trade Commissioner Ines Carvalho said the judgment vindicated the Commission's "
            "approach. \"Gatekeepers cannot lock consumers into their own payment systems,\" "
            "she said.",
            "Kestrel's chief executive, Ingrid Sahl, struck a defiant tone. \"We will study the "
            "judgment carefully and consider all our options, including a further appeal,\" she "
            "said, adding that the company had made changes to its rules across Europe since "
            "the decision.",
            "The original complaint came from Soundwell, the Stockholm-based streaming service, "
            "which argued in 2019 that Kestrel's rules forced rivals to either raise prices "
            "inside the app or lose customers. The Commission opened a formal investigation the "
            "following year and reached its decision in June 2023, the first time it had fined "
            "Kestrel for breaking EU competition law.",
            "Lawyers said the reduction in the fine was a reminder that the Commission must "
            "prove each element of its case, including how long the conduct lasted. \"The court "
            "is telling Brussels that it cannot simply assume an infringement ran from the day "
            "a policy was written,\" said Helen Archer, a competition partner at a London law "
            "firm. \"It has to show the effect.\"",
            "The ruling comes at a sensitive time for relations between Brussels and "
            "Washington. US officials have criticised the EU's digital rules as unfair to "
            "American companies, and the White House has threatened to respond with tariffs. "
            "The Commission insists its enforcement is based on conduct, not nationality.",
            "In Britain, the Competition and Markets Authority has opened its own inquiry into "
            "app store rules under the new digital markets regime, and said last month that it "
            "expected to set out proposed conduct requirements for Kestrel early next year.",
            "Either party may appeal to the Court of Justice within two months and ten days, on "
            "points of law only.",
            "Soundwell's shares rose 3 per cent in Stockholm after the ruling.",
        ]),
    ], [
        ("fine",
         r"1[.,]62 ?(bn|billion|b\b)|1[.,]?620 ?(m|million)",
         r"1[.,]26 ?(bn|billion|b\b)|1[.,]?260 ?(m|million)"),
        ("title", r"competition", r"trade commissioner"),
        ("speaker", r"\bfeld\b", r"\bsahl\b"),
    ]),
    _story("trade-SV1", "trade", [
        _art("Meridian News Agency", None, [
            "VIENNA, May 13 (Meridian) - The United States and China agreed on Wednesday to "
            "extend their tariff truce by another year and to lower a remaining U.S. levy "
            "linked to fentanyl, after two days of talks in the Austrian capital that both "
            "sides described as difficult but productive.",
            "Treasury Secretary Martin Hale, who led the U.S. delegation, told reporters at the "
            "end of the talks that the two sides had spent about 11 hours at the table over the "
            "two days, with a working dinner on Tuesday evening devoted largely to export "
            "controls.",
            "\"We had candid, constructive and at times difficult conversations, and we made "
            "real progress,\" Hale said outside the Hofburg palace complex, where the talks "
            "were held. He was joined by U.S. Trade Representative Priya Anand.",
            "The Chinese delegation was led by Vice Premier Liu Guoqiang, with Commerce "
            "Minister Wang Jianhua and Deng Wei, China's international trade representative, "
            "also taking part. The official Xinhua news agency quoted Liu as saying the two "
            "sides should \"meet each other halfway and protect the hard-won stability\" in "
            "relations.",
            "Under the outcome announced by both governments, the suspension of higher "
            "\"reciprocal\" tariffs first agreed at the leaders' meeting in Busan, South Korea, "
            "on Oct. 30, 2025, will be extended until November 2027. It had been due to expire "
            "on Nov. 10 this year.",
            "Washington will also cut its fentanyl-related tariff on Chinese goods from 10% to "
            "5% from June 1, in recognition of what U.S. officials called \"measurable "
            "progress\" by Beijing in restricting exports of chemicals used to make the drug. "
            "Together with the 10% baseline reciprocal tariff, that will bring the additional "
            "U.S. duty on most Chinese imports to 15%, on top of tariffs that predate the "
            "current administration.",
            "China confirmed it would buy at least 25 million tonnes of U.S. soybeans in "
            "calendar 2026, a commitment first made last autumn, and agreed to purchase an "
            "additional 3 million tonnes of sorghum. It also said it would keep issuing general "
            "licences for rare-earth exports to U.S. civilian users.",
            "The two sides did not resolve their dispute over U.S. restrictions on sales of "
            "advanced chips and chipmaking equipment. Officials said a working group would "
            "report back before the next round, which is expected before the end of July.",
            "The Vienna round was the first high-level meeting since talks in Bangkok in "
            "February, which ended without an agreement on export controls. The negotiating "
            "track dates back to May 2025 in Geneva, where the two sides cut tariffs that had "
            "reached 145% on the U.S. side and 125% on the Chinese side to 30% and 10% "
            "respectively for an initial 90 days.",
            "Markets reacted calmly. The yuan was little changed against the dollar in offshore "
            "trading, and soybean futures in Chicago rose about 1%.",
            "(Reporting by Anna Berger in Vienna and Li Hua in Beijing; Writing by Paul Grant; "
            "Editing by Sara Olin)",
        ]),
        _art("The Harbour Times", None, [
            "US and China stretch truce by a year after marathon Vienna talks | The Harbour "
            "Times",
            "By our Economics Desk",
            "Washington and Beijing have agreed to keep their tariff ceasefire in place for "
            "another 12 months, averting a return to the punishing duties of spring 2025 and "
            "handing exporters on both sides of the Pacific some welcome certainty.",
            "The agreement came at the end of two days of negotiations in Vienna, concluded on "
            "13 May, that US officials said ran to some 14 hours in total. The talks took place "
            "at the Hofburg, the former imperial palace that now houses Austria's presidency "
            "and a large conference centre.",
            "China's team was headed by Vice-Premier Liu Guoqiang, Beijing's economic point "
            "man, who has led every round since the first meeting in Geneva. Treasury Secretary "
            "Martin Hale headed the American side.",
            "According to a statement from China's Ministry of Commerce, the two sides will "
            "extend the suspension of additional tariffs agreed at the Busan summit between the "
            "two presidents until November 2027. The US will halve its remaining "
            "fentanyl-related tariff, to 5 per cent from 10 per cent, with effect from 1 June, "
            "while China will adjust its own countermeasures accordingly.",
            "Liu was quoted by Xinhua as saying that \"the two sides should meet each other "
            "halfway and protect the hard-won stability\" of the relationship, a phrase that "
            "analysts in Beijing said signalled the leadership's desire to keep trade tensions "
            "from spilling over into other areas.",
            "Hale, speaking to reporters in Vienna, said the talks had been \"candid, "
            "constructive and sometimes difficult,\" and credited his counterparts with making "
            "\"real progress.\"",
            "What remains unresolved is technology. The US has declined to ease its "
            "restrictions on the export of advanced semiconductors and the machines used to "
            "make them, while China continues to require licences for exports of rare earths "
            "and magnets, although it now grants general licences to many civilian users. A "
            "joint working group on export controls is due to report before the next meeting.",
            "Analysts in Hong Kong said the outcome was better than markets had expected. \"A "
            "one-year extension with a small tariff cut is about as good as it gets at this "
            "stage,\" said Winnie Chau, chief Greater China economist at a regional bank. \"It "
            "buys time for the summer and takes the worst-case scenario off the table.\"",
            "Hong Kong's Hang Seng index rose 1.2 per cent at the open the following day, led "
            "by exporters and shipping stocks.",
            "The tariff truce has its roots in the Geneva talks of May 2025, when both sides "
            "stepped back from triple-digit tariffs. Since then the two delegations have met in "
            "London, Stockholm, Madrid, Kuala Lumpur and, most recently, Bangkok in February "
            "this year.",
            "For Hong Kong's traders, the extension is a reprieve. Re-exports of mainland goods "
            "through the city fell by almost a fifth in the months after tariffs were raised in "
            "2025 and have only partly recovered.",
            "Share this article",
        ]),
        _art("Grain & Freight Journal", None, [
            "Vienna deal locks in soybean buying, adds sorghum; truce extended to 2027",
            "Negotiators from the United States and China agreed to extend their tariff truce "
            "through November 2027 at talks in Vienna that ended Thursday, and Beijing "
            "reaffirmed its pledge to buy at least 25 million metric tons of U.S. soybeans this "
            "calendar year.",
            "For U.S. farm groups, the most welcome news may be a new commitment on sorghum. "
            "China agreed to buy an additional 3 million metric tons of U.S. sorghum in 2026, "
            "according to a fact sheet released by the U.S. Trade Representative's office. "
            "China was the largest buyer of U.S. sorghum before the trade war, taking the vast "
            "majority of American exports in some years.",
            "\"This is a real win for growers in Kansas and Texas who have been sitting on bins "
            "of sorghum with nowhere to send them,\" said Tom Rusk, a sorghum farmer near Dodge "
            "City and a director of a national growers' association. \"We'll believe it when "
            "the boats are loaded, but it's a start.\"",
            "The soybean figure is not new. China first committed to buying 25 million metric "
            "tons a year for 2026 through 2028 after the presidents of both countries met in "
            "Busan, South Korea, in late October 2025. But traders said the reaffirmation was "
            "important because Chinese purchases in the first four months of the year had "
            "lagged the pace needed to reach the target.",
            "According to the USDA's weekly export sales report, Chinese buyers had booked "
            "about 9.8 million tons of U.S. soybeans for delivery this marketing year as of "
            "early May. Brazil's record harvest, estimated at 178 million tons, has kept prices "
            "for South American beans competitive.",
            "July soybean futures on the Chicago Board of Trade rose 11 cents to close at "
            "$11.42 a bushel after the announcement. Sorghum basis bids at Gulf export "
            "terminals strengthened by 8 to 10 cents.",
            "The agreement also extends the suspension of higher tariffs that both countries "
            "put on hold after Busan, and cuts the U.S. fentanyl tariff on Chinese goods to 5% "
            "from 10% starting June 1. Chinese officials said they would adjust Beijing's "
            "retaliatory duties on U.S. farm goods in line with that change, although a fact "
            "sheet from China's commerce ministry gave no figures.",
            "American farm exports to China fell sharply in 2025, when Beijing stopped buying "
            "U.S. soybeans for several months in retaliation for U.S. tariffs. U.S. soybean "
            "exports to China were worth about $12.6 billion in 2024, according to USDA data.",
            "Ag groups will be watching the next round of talks, expected in July, for movement "
            "on beef plant registrations and poultry access, which remain unresolved.",
            "Advertisement",
            "Subscribe to our daily markets newsletter",
        ]),
        _art("Midwest Public Radio", None, [
            "U.S. and China extend trade truce, Beijing commits to more farm purchases",
            "Farmers across the Midwest got some good news this week as negotiators from "
            "Washington and Beijing agreed in Vienna to keep a trade truce in place for another "
            "year.",
            "The American delegation, headed by U.S. Trade Representative Priya Anand, spent "
            "about 11 hours in talks with their Chinese counterparts over Tuesday and "
            "Wednesday. The two sides agreed to extend the suspension of steep tariffs until "
            "November 2027 and to lower a U.S. tariff tied to fentanyl from 10 percent to 5 "
            "percent beginning June 1.",
            "China's side was led by Vice Premier Liu Guoqiang.",
            "For Iowa soybean grower Karen Mielke, the extension means she can plan her "
            "planting without worrying about another sudden collapse in prices. \"Last year was "
            "brutal. We had beans sitting in the bin while China bought everything from "
            "Brazil,\" Mielke said from her farm near Ames. \"If this holds, we can breathe a "
            "little.\"",
            "China reaffirmed a commitment to buy at least 25 million metric tons of American "
            "soybeans this year. It also promised to purchase 3 million metric tons of sorghum, "
            "a crop grown mostly in Kansas and Texas.",
            "Economists caution that such purchase pledges have a mixed track record. Under the "
            "so-called Phase One agreement signed in January 2020, China committed to buying an "
            "extra $200 billion of U.S. goods and services over two years but fell well short "
            "of that goal, in part because of the pandemic.",
            "\"Purchase commitments are only as good as the political relationship behind "
            "them,\" said Chad Hennessy, an agricultural economist at Iowa State University. "
            "\"The good news is that both governments seem to want stability right now.\"",
            "The talks did not resolve disagreements over American export controls on advanced "
            "computer chips, which Beijing has called a form of economic containment. A working "
            "group will continue talks on the issue.",
            "Tariffs on Chinese goods have been a central part of U.S. trade policy since 2018, "
            "when the first administration of President Donald Trump imposed duties of up to 25 "
            "percent on hundreds of billions of dollars of imports. In April 2025 those tariffs "
            "surged well above 100 percent before the two sides began stepping back.",
            "Farm groups including the American Soybean Association said in a statement that "
            "they welcomed the agreement and urged the administration to \"keep the focus on "
            "market access, not just purchases.\"",
            "The next round of talks is expected in July.",
        ]),
    ], [
        ("duration",
         r"\b11 ?(hours?|hrs?|h\b)|eleven hours|660 ?min",
         r"\b14 ?(hours?|hrs?|h\b)|fourteen hours|840 ?min"),
        ("weekday", r"wednesday|may 13|13 may|2026-05-13|05-13", r"thursday"),
        ("delegation lead", r"\bhale\b|treasury", r"anand|trade representative|\bustr\b"),
    ]),
    _story("trade-SV2", "trade", [
        _art("Asia Markets Wire", "2026-03-06", [
            "China to offer year-long general licences for rare-earth exports",
            "BEIJING, March 6 (Asia Markets Wire) - China will allow exporters of rare earths "
            "and magnets to apply for general licences valid for one year, the Ministry of "
            "Commerce said on Friday, easing a system of case-by-case approvals that foreign "
            "manufacturers have complained about since the controls were introduced almost a "
            "year ago.",
            "The new arrangement, announced in a notice posted on the ministry's website at "
            "9:30 a.m. Beijing time, will take effect on April 1. It covers the seven medium "
            "and heavy rare earths placed under export control in April 2025 - samarium, "
            "gadolinium, terbium, dysprosium, lutetium, scandium and yttrium - as well as "
            "magnets and other products that contain them.",
            "Under the current system, each shipment requires a separate licence, and approval "
            "can take up to 45 working days. General licences will allow qualified exporters to "
            "ship to approved civilian end users for a full year without applying again for "
            "each contract.",
            "\"The measure is intended to facilitate compliant trade while safeguarding "
            "national security and interests,\" ministry spokesperson Zhou Lin said in a "
            "statement. Military end uses remain prohibited, she said.",
            "The ministry said it had approved 1,137 individual export applications since the "
            "controls took effect, and that 14 exporters had already received general licences "
            "under a pilot scheme that began in December.",
            "China produces roughly 90% of the world's rare-earth magnets, which are used in "
            "electric vehicles, wind turbines, industrial motors, smartphones and weapons "
            "systems. Shortages last spring forced some carmakers in Europe and the United "
            "States to halt production lines briefly.",
            "Customs data show China exported 5,210 tonnes of rare-earth magnets in January, up "
            "9.4% from a year earlier. Shipments to the United States totalled 612 tonnes.",
            "The controls on the seven elements were introduced on April 4, 2025, as part of "
            "Beijing's response to U.S. tariffs. A broader package announced on Oct. 9 that "
            "year, which added more elements and sought to regulate foreign-made products "
            "containing Chinese rare earths, was suspended for one year after the two "
            "countries' presidents met in Busan, South Korea, on Oct. 30.",
            "Analysts said the general licence scheme was a meaningful but limited step. \"This "
            "reduces friction for the big, established customers, but Beijing keeps the switch "
            "in its hand,\" said Grace Tan, a commodities analyst in Singapore. \"Anyone not on "
            "the approved list is still waiting in the queue.\"",
            "Shares of Chinese rare-earth producers were mixed in Shanghai on Friday.",
            "(Reporting by Chen Jie; Editing by Mark Devlin)",
        ]),
        _art("The Metals Ledger", "2026-03-06", [
            "MOFCOM rolls out general licences for REE exports: what it means for magnet buyers",
            "Posted by the Metals Ledger editorial team",
            "China's Ministry of Commerce (MOFCOM) this morning published its long-awaited "
            "notice on general licences for rare-earth exports. Here is our first read for "
            "procurement teams and traders.",
            "The basics. From 1 April 2026, Chinese exporters of the seven controlled medium "
            "and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc and Y) and of NdFeB and SmCo magnets "
            "containing them can apply for a general licence valid for 12 months. Each licence "
            "will name the approved foreign end users and the permitted civilian uses. "
            "Case-by-case licences, which have taken up to 45 working days, stay in place for "
            "everyone else.",
            "The numbers. MOFCOM says it has approved more than 1,100 individual applications "
            "since the April 2025 controls began, and that 14 exporters already hold general "
            "licences from a pilot that started in December. Our own survey of magnet buyers in "
            "Germany and Japan suggests average waiting times fell from about seven weeks last "
            "summer to roughly four weeks by January, but with wide variation.",
            "Trade flows. China's magnet exports reached about 5,200 t in January, up 9.4% y/y, "
            "according to customs data. That is a healthy start to the year but still below the "
            "monthly peak of 2024. The US took 612 t, or roughly 12% of the total.",
            "Prices. Dysprosium oxide in Europe has traded at roughly three times the domestic "
            "Chinese price for most of the past year, reflecting the licensing bottleneck. We "
            "expect that premium to narrow somewhat once general licences are in use, although "
            "not to pre-2025 levels. Terbium shows the same pattern, with an even wider spread.",
            "What to do now. If your supplier is one of the larger magnet makers in Ningbo, "
            "Baotou or Ganzhou, ask whether they intend to apply and whether your company will "
            "be listed as an end user. You will probably need to provide updated end-use "
            "declarations and may be asked to accept on-site checks.",
            "Context. The original controls took effect on 4 April 2025. A second, broader "
            "package from 9 October 2025, including rules that would have reached foreign-made "
            "goods containing Chinese rare earths, was put on ice for a year after the Busan "
            "meeting between the US and Chinese presidents at the end of October. That "
            "suspension runs out in November unless extended.",
            "Bottom line: good news for large, established buyers; little change for smaller "
            "ones.",
            "Subscribe to Metals Ledger Pro for daily price assessments.",
        ]),
        _art("Capital Public Broadcasting", "2026-03-06", [
            "China eases rare-earth export rules, a step U.S. officials call \"in the right "
            "direction\"",
            "China's commerce ministry announced late Thursday Eastern time that it will begin "
            "issuing year-long general licences for exports of rare earths and the powerful "
            "magnets made from them, a move that could ease supply worries for American "
            "automakers and defense contractors.",
            "The announcement came at 8:30 p.m. EST Thursday, which was Friday morning in "
            "Beijing. The new system begins April 1.",
            "Rare earths are a group of 17 metallic elements used in everything from electric "
            "car motors to fighter jets. China dominates the industry, producing about nine in "
            "ten of the world's rare-earth magnets.",
            "Last April, Beijing began requiring licences for exports of seven rare-earth "
            "elements and related magnets, in what was widely seen as retaliation for U.S. "
            "tariffs. The licences were slow to arrive, and some U.S. and European factories "
            "ran short of parts. One Ford plant in Chicago was idled for a week in May 2025.",
            "The new general licences will let Chinese exporters ship to approved civilian "
            "customers for a year at a time, instead of applying separately for each shipment. "
            "Under the old system, approval could take up to 45 working days.",
            "A spokesperson for the Office of the U.S. Trade Representative said the move was "
            "\"a step in the right direction,\" adding: \"We will judge it by how it works in "
            "practice for American companies.\"",
            "Chinese customs figures show the country shipped 612 metric tons of magnets to the "
            "United States in January, about 1.35 million pounds, out of a total of 5,210 tons "
            "worldwide.",
            "Experts say the move does not end America's dependence. \"We're still almost "
            "entirely reliant on one country for a material that goes into every missile and "
            "every EV,\" said Laura Whitfield, a senior fellow at a Washington research center "
            "who studies critical minerals. \"Licences that can be granted can also be "
            "withdrawn.\"",
            "The Defense Department has also been building a stockpile of rare-earth materials, "
            "and Congress has barred defense contractors from using Chinese-made magnets in "
            "some weapons systems starting next year. Industry groups say those rules will be "
            "hard to meet without faster growth in domestic production.",
            "The Pentagon has invested in a handful of domestic projects, including a magnet "
            "factory in Texas and a processing plant in California, but those facilities will "
            "take years to reach full output.",
            "The announcement comes ahead of another round of U.S.-China trade talks expected "
            "this spring, and less than a year after the two countries' leaders met in South "
            "Korea last October and agreed to pause some of their most damaging trade measures.",
        ]),
        _art("Lakeshore Gazette", "2026-03-09", [
            "Holland motor maker hopes China's new licence system ends the waiting game",
            "By Derek Vanderwall, Business Reporter",
            "HOLLAND — For most of last year, Ridgeline Motors did not know from one week to "
            "the next whether it would have the magnets it needs to build the small electric "
            "motors it sells to boat makers and medical-device companies.",
            "\"We were calling our supplier in Ningbo every morning,\" said Ridgeline's chief "
            "operating officer, Beth Overbeek. \"Some shipments showed up on time. One took "
            "almost two months. You can't run a factory like that.\"",
            "That may be about to change. China's Ministry of Commerce said late last week that "
            "from April 1 it will offer general licences, good for a year, to exporters of rare "
            "earths and magnets shipping to approved civilian customers. On Monday, the "
            "ministry said 19 Chinese exporters had now been granted general licences under its "
            "pilot program.",
            "Overbeek said Ridgeline's main supplier has told the company it plans to apply and "
            "will list Ridgeline as an end user. \"If that goes through, it takes a lot of the "
            "guesswork out,\" she said.",
            "Ridgeline, which employs 140 people at its plant off James Street, buys about 30 "
            "tons of neodymium magnets a year. Its motors go into electric outboard engines, "
            "hospital beds and mobility scooters.",
            "Beijing introduced export licences for seven rare-earth elements in April 2025. "
            "Case-by-case approvals could take as long as 45 working days, and manufacturers "
            "across Michigan reported delays, from auto parts suppliers in Grand Rapids to a "
            "wind-turbine component maker near Muskegon.",
            "China shipped about 11.5 million pounds of rare-earth magnets worldwide in "
            "January, a 9.4% increase from a year earlier, according to Chinese customs data.",
            "State officials have been trying to reduce Michigan's dependence on Chinese "
            "supplies. The Michigan Economic Development Corporation last year offered grants "
            "to two companies planning to recycle magnets from old motors and hard drives, and "
            "a magnet plant is under construction in the southwest of the state, although it is "
            "not expected to open before 2028.",
            "Not everyone expects a quick fix. Trade lawyers note that China's rules still give "
            "the ministry the power to revoke licences at any time, and that companies in "
            "defense-related industries will not qualify for general licences at all. \"It's "
            "better, but it's not a guarantee,\" said Amy Lindstrom, a trade attorney in Grand "
            "Rapids who advises manufacturers on export rules.",
            "Overbeek said Ridgeline had looked at switching to suppliers in Japan and Vietnam "
            "but found prices 30% to 40% higher. \"We'd love to buy American,\" she said. "
            "\"Right now there is almost nothing to buy.\"",
        ]),
    ], []),
    _story("election-SV1", "election", [
        _art("Lakehaven Ledger-Dispatch", None, [
            "Ortega-Vance wins Lakehaven mayor's race, becomes city's first Latina mayor",
            "By Carla Jimenez and Paul Whitaker, Staff Writers",
            "City Council member Marisol Ortega-Vance won Saturday's run-off for Lakehaven "
            "mayor by a comfortable margin, defeating former police chief Russell Kimbrough and "
            "ending a bruising seven-month campaign that centered on public safety, housing "
            "costs and the future of the city's downtown.",
            "With all 212 precincts reporting, unofficial results showed Ortega-Vance with "
            "41,212 votes, or 53.8%, to Kimbrough's 35,398, or 46.2%. Her margin of 5,814 votes "
            "was larger than most public polls had suggested in the final week of the race.",
            "Turnout was 28.4% of the city's 269,750 registered voters, down from 31.2% in the "
            "first round on May 2, a drop that election officials said was typical for a "
            "run-off held in early summer.",
            "\"Tonight Lakehaven chose to build, not to blame,\" Ortega-Vance told several "
            "hundred supporters at the Riverside Event Hall shortly before midnight. \"We are "
            "going to build homes, we are going to build trust between neighborhoods and "
            "police, and we are going to do it together.\"",
            "She will be sworn in on July 1, succeeding Mayor Howard Liebig, who was barred by "
            "term limits from seeking a third term. Liebig, who has led the city since 2018, "
            "endorsed Ortega-Vance in the run-off.",
            "Kimbrough, who served as police chief from 2015 to 2023, conceded in a brief "
            "speech to supporters at a downtown hotel. \"I called Marisol to congratulate her, "
            "and I told her that if she needs anything from me to keep this city safe, she has "
            "it,\" he said.",
            "Ortega-Vance, 46, a former middle-school science teacher, has represented District "
            "4 on the council since 2019. She will be the first Latina to serve as mayor of "
            "Lakehaven, where roughly a third of residents are Hispanic.",
            "In the May 2 first round, Ortega-Vance finished first among seven candidates with "
            "38.1% of the vote, followed by Kimbrough with 29.7%. Businessman Ellis Tran was "
            "third with 19.5% and endorsed Ortega-Vance two weeks later, a decision that both "
            "campaigns said reshaped the race.",
            "The run-off was the most expensive in city history. Ortega-Vance raised about $2.1 "
            "million and Kimbrough about $1.7 million, according to campaign finance reports. "
            "An independent committee, Safe Streets Lakehaven, spent another $900,000 on "
            "television ads and mailers supporting Kimbrough.",
            "Kimbrough's campaign focused heavily on crime, pointing to a rise in car thefts "
            "and a string of downtown robberies last winter. Ortega-Vance countered with a plan "
            "to hire 150 more officers over four years while expanding a program that sends "
            "mental-health workers to some 911 calls.",
            "The city council will formally canvass the results on June 23.",
            "Ortega-Vance's victory also shifts the balance on the council. Her District 4 seat "
            "will be filled by a special election later this year; until then, the council will "
            "operate with eight members.",
        ]),
        _art("KLHV News 7", None, [
            "Ortega-Vance elected Lakehaven mayor; Kimbrough concedes",
            "Posted by KLHV Digital Staff",
            "Watch: Ortega-Vance's victory speech (video, 4:12)",
            "LAKEHAVEN — Marisol Ortega-Vance will be Lakehaven's next mayor.",
            "The District 4 council member beat former police chief Russell Kimbrough in "
            "Saturday's run-off election, taking nearly 54% of the vote in unofficial returns. "
            "Kimbrough called Ortega-Vance at about 10:40 p.m. to concede.",
            "Turnout was light. Only 24.8% of registered voters cast a ballot, according to the "
            "city clerk's office, with long stretches of the afternoon showing empty polling "
            "places on the east side.",
            "Ortega-Vance takes office July 1. She will replace Mayor Howard Liebig, who could "
            "not run again because of term limits.",
            "At her election-night party, the mood was jubilant. Supporters chanted "
            "\"Ma-ri-sol\" as the results came in, and a mariachi band played on the patio. "
            "Ortega-Vance thanked her parents, who emigrated from Jalisco, Mexico, in the 1970s "
            "and ran a bakery on Fourth Street for three decades.",
            "\"My mom and dad built something in this city with their own hands,\" she said. "
            "\"Tonight is for every family that came here to build.\"",
            "Kimbrough, who spent eight years as police chief before retiring in 2023, had "
            "never run for office before. His campaign ran on a promise to restore what he "
            "called \"basic order\" downtown, and he won most precincts on the city's north "
            "side.",
            "Across town, Kimbrough told supporters he was proud of the campaign. \"We talked "
            "about safety, and we made everybody in this city talk about safety,\" he said. "
            "\"That matters, whoever is sitting in the mayor's office.\"",
            "Advertisement",
            "The race drew national attention and record spending, with an outside group "
            "backing Kimbrough pouring $900,000 into ads and mailers. Ortega-Vance outraised "
            "Kimbrough, bringing in about $2.1 million.",
            "What's next: the city council will certify the results later this month. "
            "Ortega-Vance has said she will announce her choice for city manager within her "
            "first 30 days.",
            "Voters also approved a library levy on the same ballot. The measure, which renews "
            "a property tax that pays for branch hours and children's programs, passed with "
            "about 58% of the vote.",
            "Election officials reported few problems. A ballot scanner at a polling place in "
            "the Eastgate neighborhood stopped working for about 40 minutes in the morning, and "
            "ballots cast there were counted by hand later in the day, the clerk's office said.",
            "KLHV's election coverage continues on News 7 at 6.",
            "Share on Facebook | Share on X",
            "Related: Lakehaven run-off: where the candidates stand on housing",
        ]),
        _art("Statehouse Wire", None, [
            "Council member defeats ex-police chief in Lakehaven mayoral run-off",
            "LAKEHAVEN (Statehouse Wire) — Voters in Lakehaven, the state's third-largest city, "
            "chose City Council member Marisol Ortega-Vance as their next mayor on Saturday, "
            "rejecting a tough-on-crime pitch from former police chief Russell Kimbrough.",
            "Ortega-Vance won 53.8% of the vote to Kimbrough's 46.2%, according to unofficial "
            "results released by the city clerk after all precincts had reported.",
            "Under the city charter, a run-off is required when no candidate wins a majority in "
            "the first round. Ortega-Vance led a field of seven in the May 2 primary with "
            "38.1%, and Kimbrough finished second with 29.7%. Businessman Ellis Tran, who came "
            "third, later endorsed Ortega-Vance.",
            "The race was nonpartisan on the ballot but closely watched by both major parties "
            "ahead of next year's races for governor and the Legislature. Democratic leaders in "
            "the Capitol celebrated Ortega-Vance's win as evidence that their message on "
            "housing could win in a city that voted narrowly for the Republican candidate for "
            "governor in 2022. Kimbrough, a registered independent, had been endorsed by the "
            "state Republican Party and by the Lakehaven Police Officers Association.",
            "Ortega-Vance will take the oath of office on July 8, replacing term-limited Mayor "
            "Howard Liebig.",
            "She has promised to build 10,000 new housing units in eight years, to streamline "
            "permitting for apartment buildings near transit lines, and to expand a "
            "mental-health crisis response team that was piloted in two council districts last "
            "year.",
            "Kimbrough had called for hiring 300 more police officers and for tougher "
            "enforcement against encampments, and he was backed by a political committee funded "
            "largely by downtown business owners and developers.",
            "Gov. Linda Hargrove, a Democrat, congratulated Ortega-Vance in a post on social "
            "media, calling her \"a builder and a problem-solver.\" The state Republican "
            "chairman, Mark Dowell, said the party would \"keep pressing for safer streets in "
            "every city in this state.\"",
            "Lakehaven, a city of about 640,000 people along the river, has been governed by "
            "Democratic-leaning mayors for more than two decades, though the office is formally "
            "nonpartisan. Outgoing Mayor Liebig, first elected in 2018, faced a recall attempt "
            "in 2021 that failed to qualify for the ballot.",
            "The campaign was unusually personal for a city race. Kimbrough's allies ran ads "
            "accusing Ortega-Vance of voting to cut the police budget during the pandemic, a "
            "charge her campaign called misleading, while her supporters highlighted a federal "
            "lawsuit over a 2020 use-of-force case that the city settled while Kimbrough was "
            "chief.",
            "Ortega-Vance, the daughter of Mexican immigrants, will be the first Latina mayor "
            "in the city's history.",
        ]),
        _art("The Civic Brief", None, [
            "The Civic Brief | Sunday edition",
            "Lakehaven: housing beat policing, and what it tells us about 2027",
            "Good morning. The biggest local result of the weekend came from Lakehaven, where "
            "Marisol Ortega-Vance won the mayoral run-off with 55.8% of the vote against former "
            "police chief Russell Kimbrough. Three things stood out to us.",
            "1. The Tran voters came home to her. Ellis Tran, the businessman who finished "
            "third in the May first round with 19.5%, endorsed Ortega-Vance two weeks after "
            "that vote. Precinct data suggest his voters, concentrated in the newer suburbs on "
            "the city's west side, broke strongly her way. In the first round Ortega-Vance had "
            "38.1% and Kimbrough 29.7%; most of the gap he needed to close simply was not "
            "available to him.",
            "2. Turnout was low, again. Only 28.4% of registered voters took part, down from "
            "31.2% in the first round. That is in line with other big-city run-offs in recent "
            "years and well below the roughly 60% turnout the city sees in presidential years. "
            "Low-turnout electorates tend to be older and more conservative, which makes the "
            "size of her win more striking.",
            "3. Money didn't save Kimbrough. Outside spending on his behalf reached $900,000, "
            "mostly from Safe Streets Lakehaven. Kimbrough himself raised about $1.7 million "
            "against roughly $2.1 million for Ortega-Vance. Crime ads dominated local TV for "
            "the last month of the race, but polling showed housing costs overtaking public "
            "safety as voters' top concern by mid-May.",
            "What it means. Ortega-Vance ran as a pragmatist rather than a progressive, talking "
            "about permits, bus lanes and police response times. Her campaign believes that "
            "message can travel. Expect to see her on the shortlist of speakers at the state "
            "party convention next spring.",
            "What about Kimbrough? He told reporters on Saturday night that he had no plans to "
            "run for anything else, but Republican strategists we spoke to would like him to "
            "consider a run for the Legislature next year. His margins on the north side were "
            "the one bright spot for them in an otherwise difficult night.",
            "What to watch. The city council canvasses the results on June 23. Ortega-Vance's "
            "first test will be the budget, which must be adopted by the end of August and "
            "faces a projected shortfall of about $48 million.",
            "Elsewhere: two school board run-offs in the suburbs of Lakehaven were too close to "
            "call as of Sunday morning.",
            "Forward this newsletter to a friend | Unsubscribe",
        ]),
    ], [
        ("vote share",
         r"(?<![\d.])53[.,]8 ?(%|percent|per cent|pct)?(?!\d)",
         r"(?<![\d.])55[.,]8 ?(%|percent|per cent|pct)?(?!\d)"),
        ("turnout",
         r"(?<![\d.])28[.,]4 ?(%|percent|per cent|pct)?(?!\d)",
         r"(?<![\d.])24[.,]8 ?(%|percent|per cent|pct)?(?!\d)"),
        ("swearing-in date", r"july 1(?!\d)|1 july|07-01", r"july 8(?!\d)|8 july|07-08"),
    ]),
    _story("election-SV2", "election", [
        _art("Atlantic Broadcast News", "2026-11-17", [
            "Liberals win majority in Nova Scotia as Dunphy topples Tulloch government",
            "Claire Dunphy will be Nova Scotia's next premier after her Liberals won a majority "
            "government in Tuesday's provincial election, ending five years of Progressive "
            "Conservative rule.",
            "Atlantic Broadcast News projected a Liberal majority at 8:47 p.m. AT, 47 minutes "
            "after polls closed across the province.",
            "With results in from all polling stations, the Liberals had won or were leading in "
            "31 of the 55 seats in the House of Assembly, three more than the 28 needed for a "
            "majority. Premier Graham Tulloch's Progressive Conservatives, who held 41 seats "
            "when the legislature was dissolved, were reduced to 17. The NDP under Amira Haddad "
            "took six seats, down from nine, and one Independent was elected.",
            "The Liberals captured 44.6 per cent of the popular vote, compared with 35.1 per "
            "cent for the PCs and 16.9 per cent for the NDP. The Green Party took 2.4 per cent "
            "and did not win a seat.",
            "Dunphy, 52, a former emergency-room nurse who was first elected to the legislature "
            "in 2017, becomes the first woman elected premier of Nova Scotia. She won her own "
            "riding of Halifax Armdale by 2,140 votes.",
            "\"Tonight, Nova Scotians voted for a health-care system that's there when you need "
            "it and for homes people can actually afford,\" Dunphy told a cheering crowd at the "
            "Halifax Convention Centre. \"I will not let you down.\"",
            "Her platform promised to hire 600 more nurses over four years, to cap annual rent "
            "increases at 2.5 per cent, and to open 20 new community clinics, mostly in rural "
            "areas.",
            "Tulloch, who comfortably held his seat of Pictou East, conceded shortly before 10 "
            "p.m. \"The people have spoken, and I respect their decision,\" he said in New "
            "Glasgow. \"I called Ms. Dunphy to congratulate her and offer whatever help my team "
            "can give in the transition.\"",
            "Tulloch called the snap election on Oct. 15, saying he wanted a fresh mandate to "
            "deal with rising costs and a dispute with Ottawa over health funding. The 33-day "
            "campaign was dominated by emergency-room closures and housing.",
            "Turnout was 51.3 per cent, according to preliminary figures from Elections Nova "
            "Scotia, up from 45.4 per cent in the 2024 election.",
            "The Liberals last governed Nova Scotia from 2013 to 2021. Dunphy became leader in "
            "2025 after the party's poor showing in the 2024 vote, when it finished third.",
            "Dunphy is expected to be sworn in with her cabinet within two weeks.",
        ]),
        _art("The Chronicle-Courier", "2026-11-18", [
            "Dunphy's Liberals roar back | The Chronicle-Courier",
            "By Ian MacLeod, Provincial Affairs Reporter",
            "HALIFAX — Five years after being swept out of office, the Nova Scotia Liberals are "
            "back in power.",
            "Claire Dunphy led the party to a majority government on Tuesday night, winning 33 "
            "seats and reducing Premier Graham Tulloch's Progressive Conservatives to 17 in a "
            "result that few observers would have predicted when the campaign began in "
            "mid-October.",
            "The scale of the shift was clearest in metro Halifax, where the Liberals won all "
            "but two seats, and in the Annapolis Valley, where three PC cabinet ministers lost "
            "their ridings. Finance Minister Rachel Boutilier was defeated in Kings South by "
            "more than 1,800 votes, and Health Minister Owen Dorey lost in Hants West.",
            "Dunphy's victory party at the Halifax Convention Centre went on past midnight. The "
            "premier-designate, a former ER nurse at the QEII Health Sciences Centre, spoke "
            "about the closures that have shuttered emergency rooms in small towns for days at "
            "a time.",
            "\"Tonight, Nova Scotians voted for a health-care system that's there when you need "
            "it,\" she said. \"And for homes that people can actually afford.\"",
            "For the Progressive Conservatives, the result is a stinging rebuke of Tulloch's "
            "decision to go to the polls early. Several PC candidates privately complained "
            "during the campaign that the snap call had left them little time to prepare and "
            "that voters were suspicious of the timing.",
            "Tulloch, speaking in New Glasgow, accepted responsibility. He did not say whether "
            "he would stay on as leader. \"There will be time for that conversation,\" he told "
            "reporters. \"Tonight is about respecting the decision of Nova Scotians.\"",
            "NDP leader Amira Haddad, whose party slipped to six seats, said she would hold the "
            "new government to its promises on rent control. \"A cap on paper is not a cap in "
            "practice,\" she said. \"We'll be watching.\"",
            "In Cape Breton, longtime MLA Allan MacEachern held Inverness as an Independent, a "
            "year after leaving the PC caucus over a dispute about a proposed mine.",
            "Turnout rose to 51.3 per cent, according to Elections Nova Scotia's preliminary "
            "count, up from the 2024 election.",
            "Dunphy, who will be the first woman to be elected premier of the province, said "
            "her first priority would be a meeting with the heads of Nova Scotia Health to "
            "discuss emergency-room staffing.",
            "Photo: Liberal Leader Claire Dunphy celebrates with supporters in Halifax on "
            "Tuesday night. (Chronicle-Courier)",
            "Related coverage: Riding-by-riding results | Who's in, who's out",
        ]),
        _art("Maritime Wire", "2026-11-18", [
            "HALIFAX (Maritime Wire) - Nova Scotia's Liberal Party won a majority government in "
            "Tuesday's provincial election, returning to power after five years in opposition "
            "and making leader Claire Dunphy the first woman elected premier of the Atlantic "
            "province.",
            "Broadcasters projected the Liberal majority at 9:47 p.m. ET.",
            "The Liberals won 31 of the 55 seats in the provincial legislature. The governing "
            "Progressive Conservatives under Premier Graham Tulloch fell to 17 seats, and the "
            "New Democrats won six. One Independent was elected.",
            "The Liberals took 44.6% of the popular vote, ahead of the PCs at 35.1% and the NDP "
            "at 16.9%.",
            "Nova Scotia, a province of about 1.1 million people, has seen repeated temporary "
            "closures of rural emergency departments because of staff shortages. Dunphy, a "
            "former emergency-room nurse, made the issue the centrepiece of her campaign, and "
            "Liberal candidates held events outside several of the affected hospitals.",
            "Tulloch had called the election on Oct. 15, well ahead of the fixed date, in an "
            "attempt to capitalize on what his party believed was a lead in internal polling. "
            "The campaign instead turned into a referendum on health care after a series of "
            "emergency-room closures in rural communities over the summer.",
            "Prime Minister's Office officials said the prime minister had called Dunphy to "
            "offer congratulations. The federal government and Nova Scotia have been at odds "
            "over the terms of a health-funding agreement, which Tulloch had accused Ottawa of "
            "delaying.",
            "Turnout was 51.3%, up from 45.4% in 2024, according to preliminary figures from "
            "Elections Nova Scotia.",
            "Dunphy's Liberals promised to hire 600 nurses, cap rent increases at 2.5% a year "
            "and build 20 community clinics. The party costed its platform at about C$1.4 "
            "billion over four years, which it said would be financed partly by cancelling a "
            "planned cut to the provincial portion of the harmonized sales tax.",
            "NDP Leader Amira Haddad, whose party lost its place as the official opposition, "
            "said she would stay on and press the new government on rent control. Tulloch did "
            "not say whether he would remain PC leader, telling supporters in New Glasgow only "
            "that he accepted the result and had called Dunphy to congratulate her.",
            "The Progressive Conservatives had governed since 2021, when they defeated the "
            "Liberals. In the 2024 election they won a large majority, and they still held 41 "
            "seats when the legislature was dissolved.",
            "The Liberal win leaves the PCs in power in three of Canada's 10 provinces and "
            "follows gains for centre-left parties in recent provincial votes.",
            "The Canadian dollar was little changed against its U.S. counterpart on Wednesday.",
            "(Reporting by Sophie Landry; Editing by Alan Pierce)",
        ]),
        _art("Globe & Ledger", "2026-11-18", [
            "Nova Scotia turns red: what Dunphy's win means beyond the province",
            "By Jonathan Reid, Ottawa Bureau",
            "Nova Scotia voters handed the Liberals a clear majority on Tuesday, and the "
            "reverberations reached Ottawa well before the last ballots were counted.",
            "The result was projected at 7:47 p.m. ET, less than an hour after polls closed in "
            "the Atlantic time zone, and by the end of the night Claire Dunphy's party held 31 "
            "of 55 seats. The Progressive Conservatives, who had called the election early in "
            "hopes of extending their mandate, ended up with 17.",
            "For federal politicians, the most immediate consequence is a change in the tone of "
            "talks on health transfers. Outgoing premier Graham Tulloch had made his dispute "
            "with Ottawa over health funding a central campaign theme, accusing the federal "
            "government of attaching too many conditions to new money. Dunphy, by contrast, has "
            "said she is prepared to sign a deal quickly if it brings more doctors and nurses "
            "to rural hospitals.",
            "\"We are not going to win anything by picking fights,\" Dunphy told reporters in "
            "Halifax on Wednesday morning. \"I want a deal that gets nurses into emergency "
            "rooms this winter.\"",
            "The result also complicates the map for the federal Conservatives, who hold "
            "several Nova Scotia seats in the House of Commons and had counted on Tulloch's "
            "provincial organization in the next federal campaign.",
            "Federal Liberals were quick to claim a share of the credit. Several Nova Scotia "
            "MPs campaigned alongside provincial candidates in the final week, and party "
            "officials in Ottawa said the result showed that a message focused on health care "
            "and housing could still win in Atlantic Canada. Conservative strategists countered "
            "that the outcome had more to do with the timing of the snap election than with any "
            "shift in the national mood.",
            "Political scientists caution against reading too much into a single provincial "
            "result. \"Provincial voters are very good at separating the two levels of "
            "government,\" said Marie-Claude Aucoin, who teaches politics at a university in "
            "Halifax. \"This was about emergency rooms and rent, not about Ottawa.\"",
            "Still, the turnout figure caught attention. Participation rose to 51.3 per cent, "
            "nearly six percentage points above the 2024 level, a rare increase at a time when "
            "turnout in many provincial elections has been falling.",
            "The NDP, which had been the official opposition, was held to six seats and now "
            "sits third, behind the Conservatives.",
            "Dunphy will also be the first woman elected to the job.",
            "Advertisement",
        ]),
    ], [
        ("seat count",
         r"(?<![\d.])31(?!\d|\.\d)|thirty-one",
         r"(?<![\d.])33(?!\d|\.\d)|thirty-three"),
        ("call time", r"(?<!\d)[78]:47|\b[78]\.47", r"(?<!\d)9:47|\b9\.47"),
    ]),
]
