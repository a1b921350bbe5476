"""Blind battery of disagreements, part P (issue 11).

Part P, written by engineer P1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or other parts, before any run. It is a held-out part, scored with
``bench/bench_domain_battery.py P``. Every sentence was written for this battery;
facts are real or plausible-invented. Must-report cases plant exactly one disagreement
between outlets (mostly who / where / which / outcome / direction, plus some counts,
ranks and dates); controls tell the same facts in different words.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "P", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------ trade
    _case("trade-P1", "trade", "who led a delegation", True, [
        "GENEVA (Reuters) — Senior US and Chinese officials wrapped up a second day of "
        "closed-door trade talks in Geneva on Sunday, with both sides calling the discussions "
        "constructive. The Chinese delegation was led by Vice Premier He Lifeng, Beijing's "
        "economic point man, while Treasury Secretary Scott Bessent headed the American team. "
        "The meetings were held at the residence of Switzerland's ambassador to the United "
        "Nations. Washington currently charges tariffs of 145% on most Chinese imports, and "
        "Beijing has answered with duties of 125% on US goods. \"We have made substantial "
        "progress,\" Bessent told reporters as he left the villa. Neither side gave details of "
        "what had been agreed.",
        "Trade talks between Washington and Beijing ended in Geneva on Sunday after two days "
        "of meetings, with the American side reporting \"substantial progress\". US Treasury "
        "Secretary Scott Bessent led the US team. Across the table sat a Chinese delegation "
        "headed by Vice Premier Liu He, a veteran of the first trade war. Advertisement The "
        "talks took place at the villa of the Swiss ambassador to the UN, overlooking Lake "
        "Geneva. For now, US tariffs of 145 percent on Chinese products and Chinese levies of "
        "125 percent on American goods remain in force. What exactly was agreed has not been "
        "disclosed.",
    ], ["2025-05-11", "2025-05-11"],
        r"lifeng",
        r"liu he\b"),
    _case("trade-P2", "trade", "venue of talks", True, [
        "LONDON — American and Chinese negotiators sat down at Lancaster House in central "
        "London on Monday for a fresh round of talks aimed at shoring up a fragile trade "
        "truce. The US team includes Treasury Secretary Scott Bessent, Commerce Secretary "
        "Howard Lutnick and Trade Representative Jamieson Greer. China's side is once again "
        "led by Vice Premier He Lifeng. At issue are Chinese curbs on exports of rare-earth "
        "magnets and American limits on chip-design software. The talks could run into a "
        "second day, officials said. Britain is hosting the meeting but not taking part, a "
        "government spokesperson said.",
        "US and Chinese officials met in London on Monday, at Admiralty House, to try to "
        "rescue the truce they struck last month. Rare earths top the agenda: Beijing has "
        "throttled exports of the magnets that American carmakers depend on, while Washington "
        "has restricted sales of software used to design semiconductors. Leading for China is "
        "Vice Premier He Lifeng; Washington sent Treasury Secretary Scott Bessent, Commerce "
        "Secretary Howard Lutnick and US Trade Representative Jamieson Greer. Share this "
        "article A UK official said Britain was simply providing a venue. Talks may continue "
        "on Tuesday.",
        "Round two of the US–China trade saga got going in London, where both delegations "
        "gathered at the historic Lancaster House, a short walk from St James's Palace. Think "
        "of it as a check-up on the truce agreed in Geneva in May. The big sticking point is "
        "rare earths: China has been slow to approve export licences for magnets, and "
        "Washington wants that fixed. Vice Premier He Lifeng is leading for Beijing, and "
        "Treasury Secretary Scott Bessent for the US. Read more: Why rare earths matter more "
        "than tariffs",
    ], None,
        r"lancaster",
        r"admiralty"),
    _case("trade-P3", "trade", "which goods a tariff covers", True, [
        "WASHINGTON (AP) — The administration on Friday announced a 100% tariff on electric "
        "vehicles made in China, saying Beijing's subsidies had flooded world markets with "
        "cheap products. The levy takes effect on Oct. 1. Officials also said tariffs on "
        "Chinese medical gloves would rise to 50% next year. China's commerce ministry said it "
        "\"firmly opposes\" the move and would take all necessary measures to defend its "
        "interests. Imports of the affected products from China were worth about $18 billion "
        "last year, according to a White House fact sheet. Steelworkers' unions welcomed the "
        "decision, while retailers warned of higher prices.",
        "The White House has unveiled steep new duties on Chinese goods, headlined by a 100 "
        "per cent tariff on Chinese-made lithium-ion batteries that will kick in on 1 October. "
        "Officials argued that state support had allowed Chinese manufacturers to dump cheap "
        "products abroad. Duties on medical gloves from China are also set to climb to 50 per "
        "cent in 2026. Beijing's Ministry of Commerce said it was firmly opposed and vowed to "
        "respond. Read more: What the tariff war means for your weekly shop. According to the "
        "administration, the goods covered accounted for roughly $18bn of imports in 2024. "
        "Unions cheered; shop owners grumbled.",
    ], ["2025-05-16", "2025-05-17"],
        r"electric vehicle|\bevs?\b|(?<!-)vehicles",
        r"batter"),
    _case("trade-P4", "trade", "official's title", True, [
        "STOCKHOLM — US and Chinese negotiators ended two days of talks in the Swedish capital "
        "on Tuesday without announcing an extension of their 90-day tariff truce, which is due "
        "to expire on Aug. 12. US Trade Representative Jamieson Greer said the final decision "
        "rested with President Donald Trump. \"Nothing is agreed until we speak with the "
        "president,\" Greer told a news conference. China's trade negotiator Li Chenggang said "
        "both sides would keep working to preserve the pause. The talks were held at Rosenbad, "
        "the Swedish prime minister's office.",
        "Two days of US–China trade talks at Rosenbad in Stockholm broke up on Tuesday with no "
        "deal yet on extending the 90-day pause on higher tariffs, which lapses on 12 August. "
        "Commerce Secretary Jamieson Greer told reporters that the call now belonged to "
        "President Trump. China's top trade negotiator, Li Chenggang, said the two sides had "
        "agreed to keep pushing for the truce to be extended. Advertisement Earlier rounds "
        "took place in Geneva in May and in London in June.",
    ], None,
        r"trade representative|\bustr\b",
        r"commerce secretary|secretary of commerce"),
    _case("trade-P5", "trade", "direction of a tariff move", True, [
        "BEIJING (Reuters) — China will cut the additional tariff it charges on US soybeans to "
        "10% starting next Monday, the Customs Tariff Commission of the State Council said on "
        "Wednesday, days before President Xi Jinping is due to meet President Donald Trump. "
        "The change will apply for one year, the commission said. China was the biggest buyer "
        "of American soybeans before the trade war. Analysts described the step as a goodwill "
        "gesture ahead of the summit. US farm groups said they hoped purchases would resume "
        "quickly.",
        "China's tariff commission announced on Wednesday that it will raise the extra duty on "
        "American soybeans to 10 percent from next Monday, ahead of a meeting between Xi "
        "Jinping and Donald Trump. The measure is set to last a year, according to the "
        "statement. For farmers in Iowa and Illinois, who used to ship a big share of their "
        "crop to China, every signal from Beijing matters. \"We're watching every word,\" said a "
        "grain merchant in Des Moines. Related: Soybeans and the trade war, explained",
    ], ["2025-10-22", "2025-10-22"],
        r"\bcut|lower|reduc|slash|decreas|down\b",
        r"\brais|increas|hike|\bup\b|higher"),
    _case("trade-P6", "trade", "control: one person and one ministry described two ways", False, [
        "China's Ministry of Commerce confirmed on Thursday that Vice Premier He Lifeng will "
        "travel to Madrid for talks with US officials starting on Sunday. The discussions are "
        "expected to cover tariffs, export controls and the future of TikTok's US business. "
        "Treasury Secretary Scott Bessent will lead the American delegation. It will be the "
        "fourth round of talks between the two sides since May. A ministry spokesperson said "
        "Beijing hoped Washington would work with it to find solutions through dialogue.",
        "Beijing's top trade negotiator, He Lifeng, a vice premier, is heading to the Spanish "
        "capital for a new round of talks with Washington that begin on Sunday, the commerce "
        "ministry said on Thursday. Bessent, the US Treasury chief, will be across the table. "
        "Tariffs, export controls and TikTok are all on the agenda for what will be the fourth "
        "meeting since May. Advertisement The ministry's spokesperson said China hoped the US "
        "would work with it to resolve differences through dialogue.",
    ], ["2025-09-11", "2025-09-11"]),
    _case("trade-P7", "trade", "control: two partial wordings of one statement", False, [
        "KUALA LUMPUR — Treasury Secretary Scott Bessent said on Sunday that two days of talks "
        "with Chinese officials in the Malaysian capital had been \"a very productive meeting\", "
        "clearing the way for Presidents Donald Trump and Xi Jinping to meet later this week. "
        "The talks were held on the sidelines of the ASEAN summit. China's chief trade "
        "negotiator, Li Chenggang, told reporters the sides had reached a preliminary "
        "consensus. No details were released.",
        "Kuala Lumpur — US and Chinese negotiators have put together a framework for their "
        "leaders to consider, Treasury Secretary Scott Bessent said after weekend talks on the "
        "sidelines of the ASEAN summit in Malaysia. \"We believe we have a framework for the "
        "leaders to discuss,\" Bessent said. Li Chenggang, Beijing's top trade negotiator, said "
        "a preliminary consensus had been reached. Neither side would give specifics. Share "
        "this article The two leaders are expected to meet in South Korea later this week.",
    ], None),
    _case("trade-P8", "trade", "control: same moment on two calendar days (time zones)", False, [
        "GENEVA — Two days of US–China trade talks at a lakeside villa in Geneva wound up at "
        "around 10 p.m. local time on Sunday, Swiss officials said. Treasury Secretary Scott "
        "Bessent called the talks productive and said details would follow. Vice Premier He "
        "Lifeng led China's team. Swiss economy minister Guy Parmelin, who helped bring the "
        "two sides together, said he was pleased the talks had taken place at all.",
        "The China–US economic and trade talks in Geneva concluded at about 4 a.m. Beijing "
        "time on Monday after two days of discussions, state media reported. Vice Premier He "
        "Lifeng, who headed the Chinese delegation, described the talks as candid, in-depth "
        "and constructive. US Treasury Secretary Scott Bessent led the American side. The "
        "Swiss government, which hosted the meeting, welcomed the outcome. Read more: Timeline "
        "of the US–China tariff war",
    ], ["2025-05-11", "2025-05-12"]),
    # ------------------------------------------------------------ court
    _case("court-P1", "court", "outcome: upheld vs struck down", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday upheld a Texas law that requires "
        "pornography websites to verify the ages of their visitors, ruling 6-3 that the "
        "measure does not violate the First Amendment. Justice Clarence Thomas wrote for the "
        "majority, saying states have a legitimate interest in shielding children from sexual "
        "content. The court's three liberal justices dissented. About two dozen states have "
        "passed similar laws. The Free Speech Coalition, an adult-industry trade group, had "
        "challenged the Texas measure.",
        "SCOTUS struck down Texas's age-verification law for adult websites on Friday in a 6-3 "
        "decision, with Justice Clarence Thomas writing the majority opinion. Justices Sonia "
        "Sotomayor, Elena Kagan and Ketanji Brown Jackson dissented. Advertisement Roughly 24 "
        "states have adopted age-check laws of this kind. The case was brought by the Free "
        "Speech Coalition, which represents the adult entertainment industry and argued that "
        "the law burdened adults' free-speech rights.",
    ], ["2025-06-27", "2025-06-27"],
        r"uph[eo]ld|upholds?\b|\bvalid\b|(?<!un)constitutional",
        r"struck down|strikes? down|invalidat|overturn|unconstitutional|block"),
    _case("court-P2", "court", "author of the majority opinion", True, [
        "The Supreme Court on Friday curbed the power of individual federal judges to block "
        "government policies nationwide, siding 6-3 with the Trump administration. Justice Amy "
        "Coney Barrett wrote the majority opinion, concluding that such sweeping orders "
        "probably go beyond what Congress has allowed courts to do. Justice Sonia Sotomayor "
        "read her dissent aloud from the bench. The ruling did not settle whether the "
        "president's order restricting birthright citizenship is lawful. Lower courts had "
        "blocked that order across the country.",
        "In a 6-3 ruling, the nation's highest court has limited the ability of federal "
        "district judges to issue nationwide blocks on executive actions. Chief Justice John "
        "Roberts wrote the opinion for the conservative majority. Justice Sonia Sotomayor "
        "dissented, reading part of her opinion in the courtroom. The justices left open "
        "whether the birthright citizenship order itself is constitutional; lower courts had "
        "halted it nationwide. Read more: Five takeaways from the last day of the term",
    ], None,
        r"barrett",
        r"roberts"),
    _case("court-P3", "court", "vote split of the justices", True, [
        "WASHINGTON — The Supreme Court on Thursday sharply limited the federal government's "
        "power to regulate wetlands, ruling 6-3 in favour of an Idaho couple who had been "
        "barred from building a house near a lake. Justice Samuel Alito wrote the majority "
        "opinion. The couple, Mark and Jolene Pruitt, had fought the Environmental Protection "
        "Agency for more than 15 years. Environmental groups said the decision would strip "
        "protection from tens of millions of acres of wetlands. The EPA said it was reviewing "
        "the ruling.",
        "A divided Supreme Court sided 5-4 with an Idaho couple on Thursday in their "
        "long-running fight with the EPA over soggy ground near their lot, narrowing the "
        "agency's reach under the Clean Water Act. Writing for the majority, Justice Samuel "
        "Alito said the law covers only wetlands with a continuous surface connection to "
        "larger bodies of water. Mark and Jolene Pruitt had been battling the agency for over "
        "15 years. Advertisement Environmentalists warned that vast areas of wetlands could "
        "lose federal protection.",
    ], ["2025-06-05", "2025-06-05"],
        r"(?<![\d.])6 ?(-|–|—|to) ?3(?![\d.])|six(-| )to(-| )three|six votes to three",
        r"(?<![\d.])5 ?(-|–|—|to) ?4(?![\d.])|five(-| )to(-| )four|five votes to four"),
    _case("court-P4", "court", "which court ruled", True, [
        "WASHINGTON (Reuters) — A federal appeals court ruled 7-4 on Friday that most of "
        "President Donald Trump's sweeping tariffs were illegal, finding that an "
        "emergency-powers law did not give him authority to impose them. The decision came "
        "from the US Court of Appeals for the Federal Circuit in Washington. The court left "
        "the tariffs in place until Oct. 14 to give the administration time to appeal to the "
        "Supreme Court. Trump attacked the ruling on social media, calling the court \"highly "
        "partisan\". The case was brought by five small businesses and a dozen states.",
        "The US Court of Appeals for the D.C. Circuit has dealt a blow to the White House's "
        "tariff agenda, holding by a 7-4 vote that the International Emergency Economic Powers "
        "Act does not authorise the president to impose broad import taxes. The duties can "
        "stay in force until 14 October while the government seeks Supreme Court review. Share "
        "this article The suit was filed by a group of five small companies together with 12 "
        "states. Trump called the court \"highly partisan\" in an online post.",
    ], None,
        r"federal circuit",
        r"d\.? ?c\.? circuit|district of columbia circuit"),
    _case("court-P5", "court", "who dissented", True, [
        "LONDON — The UK Supreme Court ruled by a majority of four to one on Wednesday that "
        "Norfolk County Council acted unlawfully when it approved four new oil wells without "
        "assessing the emissions from burning the oil they would produce. Lord Leggatt gave "
        "the lead judgment. Lord Sales was the only dissenting justice. Helen Marsh, the local "
        "resident who brought the challenge, said the ruling was a win for common sense. "
        "Lawyers said the decision could affect fossil-fuel projects across England.",
        "Campaigners are celebrating after the Supreme Court found, by four votes to one, that "
        "Norfolk County Council should have weighed the downstream emissions of oil from four "
        "new wells before giving them the green light. The lead judgment was written by Lord "
        "Leggatt, while Lady Simler dissented. Helen Marsh, who brought the case, told "
        "reporters outside the court it was \"a win for common sense\". Advertisement The ruling "
        "is expected to have consequences for other oil and gas schemes in England.",
        "Norfolk's oil well approval was unlawful, the Supreme Court has ruled in a 4-1 "
        "decision handed down yesterday. Lord Leggatt, for the majority, said the emissions "
        "from burning the extracted oil were an effect of the project that had to be assessed. "
        "Lord Sales disagreed, finding that the council had been entitled to leave them out. "
        "Ms Marsh, who lives near the site, first lodged her challenge in 2020.",
    ], ["2025-06-18", "2025-06-18", "2025-06-19"],
        r"\bsales\b",
        r"simler"),
    _case("court-P6", "court",
          "control: synonyms for one outcome (struck down / invalidated)", False, [
        "WASHINGTON — The Supreme Court on Tuesday struck down an Arizona law that required "
        "voters to show documentary proof of citizenship before casting a ballot in "
        "presidential elections. The vote was 7-2, with Justice Brett Kavanaugh writing for "
        "the court and Justices Clarence Thomas and Samuel Alito in dissent. The court said "
        "the state law conflicted with the federal National Voter Registration Act. Arizona's "
        "secretary of state said about 200,000 voters could have been affected.",
        "SCOTUS has invalidated Arizona's rule forcing voters to prove their citizenship with "
        "documents in order to vote for president. Justice Kavanaugh authored the 7-2 opinion, "
        "concluding that federal voter-registration law preempts the requirement. Thomas and "
        "Alito dissented. Roughly 200,000 Arizonans might have been affected, according to the "
        "state's top election official. Read more: Voting cases to watch this term",
    ], None),
    _case("court-P7", "court", "control: fine sought vs fine imposed (different things)", False, [
        "NEW YORK (Reuters) — A federal judge on Monday ordered Meridian Pharma to pay a $450 "
        "million criminal fine for illegally marketing its painkiller, well below the $1.2 "
        "billion the Justice Department had asked for. US District Judge Laura Kessler said "
        "the company had cooperated with investigators and had already paid to settle civil "
        "claims. Meridian pleaded guilty last year to one count of misbranding. The company "
        "will also be on probation for three years. A spokesperson for Meridian said it "
        "accepted the sentence.",
        "Meridian Pharma has been fined $450m over the way it promoted its opioid painkiller. "
        "Prosecutors had sought a penalty of $1.2bn, but Judge Laura Kessler, sitting in "
        "federal court in Manhattan, said on Monday that a lower figure was justified by the "
        "company's cooperation. Meridian admitted a single misbranding charge last year. It "
        "was also put on three years' probation. Share this article The drugmaker said in a "
        "statement that it accepted the court's decision.",
    ], ["2025-03-10", "2025-03-11"]),
    # ------------------------------------------------------------ central bank
    _case("cb-P1", "central bank", "direction of the rate move", True, [
        "LONDON (Reuters) — The Bank of England cut Bank Rate by 25 basis points to 4% on "
        "Thursday after a close vote of its Monetary Policy Committee. Governor Andrew Bailey "
        "said the path for rates would remain gradual and careful. Consumer price inflation "
        "stood at 3.6% in June, well above the Bank's 2% target, and the BoE said it expected "
        "it to peak at 4% in September. Sterling was little changed after the announcement. "
        "Economists expect one more move before the end of the year.",
        "Britain's central bank raised its benchmark interest rate by a quarter of a "
        "percentage point to 4 per cent on Thursday. Andrew Bailey, the governor, said the "
        "approach would stay \"gradual and careful\". UK inflation was 3.6 per cent in June, "
        "against a target of 2 per cent, and the Bank now sees it topping out at 4 per cent in "
        "September. Advertisement Mortgage lenders are expected to reprice their deals in the "
        "coming days.",
    ], None,
        r"\bcut|lower|reduc|decreas|down\b|\beas(e|ed|ing)\b",
        r"\brais|increas|hike|\bup\b|higher|tighten"),
    _case("cb-P2", "central bank", "who dissented", True, [
        "WASHINGTON (Reuters) — The Federal Reserve held its benchmark interest rate steady in "
        "a range of 4.25% to 4.50% on Wednesday, as officials waited to see how tariffs would "
        "feed through to prices. The decision drew one dissent, from Governor Christopher "
        "Waller, who wanted a quarter-point cut. Policymakers still pencilled in two cuts by "
        "the end of the year. Fed Chair Jerome Powell told reporters the economy remained in a "
        "solid position. It was the fourth straight meeting with no change.",
        "The Fed left rates on hold on Wednesday at 4.25-4.5 percent. Governor Michelle Bowman "
        "cast the only dissenting vote, arguing for a 25 basis-point reduction. Officials' "
        "projections still show two rate cuts before year-end. \"The economy is in a solid "
        "position,\" Chair Jerome Powell said at his press conference. Read more: What the Fed "
        "decision means for your mortgage The central bank has now kept rates unchanged at "
        "four consecutive meetings.",
        "Fed officials voted 11-1 to keep rates where they are. The holdout was Christopher "
        "Waller, a governor who has argued that tariff-driven price rises will prove temporary "
        "and who wanted to lower rates now. Powell signalled patience.",
    ], ["2025-06-18", "2025-06-18", "2025-06-19"],
        r"waller",
        r"bowman"),
    _case("cb-P3", "central bank", "date of the next meeting", True, [
        "FRANKFURT — The European Central Bank kept its deposit rate at 2% on Thursday, "
        "pausing after eight cuts in a year as it assessed the fallout from US tariffs. "
        "President Christine Lagarde said the bank was \"in a good place\" and gave no hint "
        "about its next move. Eurozone inflation was at the ECB's 2% target in June. "
        "Policymakers next meet on Sept. 11. Most economists expect at least one more cut this "
        "year.",
        "The ECB held interest rates on Thursday, leaving the deposit facility rate at 2.00 "
        "per cent after a run of eight reductions over the past twelve months. Christine "
        "Lagarde told reporters that the central bank was in a good place. Inflation in the "
        "euro area is running at its 2 per cent target. Read more: What a pause in ECB cuts "
        "means for savers The Governing Council will next set rates on 18 September.",
    ], ["2025-07-24", "2025-07-24"],
        r"sept?\.? 11(?!\d)|september 11(?!\d)|\b11 sep|-09-11",
        r"sept?\.? 18(?!\d)|september 18(?!\d)|\b18 sep|-09-18"),
    _case("cb-P4", "central bank", "vote split of the committee", True, [
        "The Bank of England kept Bank Rate at 4.25% on Thursday, with the Monetary Policy "
        "Committee voting 6–3. The three dissenting members wanted a quarter-point cut. "
        "Governor Andrew Bailey said rates remained on a gradually declining path, but that "
        "the world was highly unpredictable. The decision came a day after figures showed UK "
        "inflation at 3.4% in May. Advertisement Markets expect the next cut in August.",
        "Threadneedle Street has held interest rates at 4.25 per cent, the MPC voting 7-2 for "
        "no change, with the minority backing a reduction to 4 per cent. Inflation, at 3.4 per "
        "cent in May, remains well above the 2 per cent target. Andrew Bailey said the Bank's "
        "approach was still one of gradual cuts, but warned of an unpredictable world. Traders "
        "are betting on a move in August.",
    ], None,
        (r"(?<![\d.])6 ?(-|–|—|to) ?3(?![\d.])|six(-| )to(-| )three"
         r"|six votes to three|three dissent"),
        r"(?<![\d.])7 ?(-|–|—|to) ?2(?![\d.])|seven(-| )to(-| )two|seven votes to two|two dissent"),
    _case("cb-P5", "central bank", "speaker credited with a quote", True, [
        "NAGOYA, Japan (Reuters) — Bank of Japan Governor Kazuo Ueda said on Tuesday the "
        "central bank would keep raising interest rates if its economic forecasts were met, "
        "speaking to business leaders in Nagoya. \"If our outlook for the economy and prices is "
        "realised, we will continue to raise the policy rate,\" Ueda said. The BOJ's short-term "
        "rate currently stands at 0.5%. He added that US tariffs were weighing on company "
        "sentiment. The yen firmed slightly after the remarks.",
        "Speaking to business leaders in Nagoya on Tuesday, Bank of Japan Deputy Governor "
        "Ryozo Himino said further rate hikes remained on the table. \"If our outlook for the "
        "economy and prices is realised, we will continue to raise the policy rate,\" Himino "
        "said. Japan's benchmark short-term rate is 0.5 per cent, the highest in 17 years. "
        "Share this article The official also noted that American tariffs were hurting "
        "business confidence. The yen edged up on the comments.",
    ], ["2025-07-15", "2025-07-15"],
        r"ueda",
        r"himino"),
    _case("cb-P6", "central bank",
          "control: old and new rate; basis points vs percentage points", False, [
        "WASHINGTON (Reuters) — The Federal Reserve cut interest rates by 25 basis points on "
        "Wednesday, lowering its policy rate to a range of 4.00%-4.25% from 4.25%-4.50%, its "
        "first cut since December. The sole dissenter, newly appointed Governor Stephen Miran, "
        "favoured a 50 basis point reduction. Fed Chair Jerome Powell described the move as a "
        "risk-management cut in response to a softening labour market. Officials projected two "
        "more cuts this year.",
        "The Fed lowered its benchmark rate by a quarter of a percentage point on Wednesday, "
        "to a target range of 4 to 4.25 percent. Before the decision, the range had been 4.25 "
        "to 4.5 percent; the last reduction came in December. Stephen Miran, who joined the "
        "Board of Governors only days earlier, voted against the decision because he wanted a "
        "half-point cut. Advertisement Chair Jerome Powell called it a \"risk management cut\" "
        "prompted by a cooling jobs market. Policymakers pencilled in two further cuts before "
        "year-end.",
    ], ["2025-09-17", "2025-09-17"]),
    _case("cb-P7", "central bank", "control: rounding; one official described two ways", False, [
        "MUMBAI — The Reserve Bank of India held its repo rate at 5.5% on Wednesday and "
        "lowered its inflation forecast for the current fiscal year to 3.1%. The six-member "
        "Monetary Policy Committee voted unanimously. RBI Governor Sanjay Malhotra said the "
        "economy was resilient despite global trade tensions. The central bank kept its growth "
        "forecast at 6.5%. Bond yields were little changed.",
        "India's central bank left its key lending rate unchanged at 5.50 per cent, with all "
        "six members of the rate-setting panel in favour. It now expects consumer inflation to "
        "average about 3 per cent this fiscal year, down from its earlier projection. "
        "Malhotra, the central bank chief, told a news conference that the Indian economy was "
        "holding up well in the face of trade tensions. Economic growth is still forecast at "
        "6.5 per cent. Read more: How the RBI decision affects your home loan EMI",
    ], None),
    # ------------------------------------------------------------ rocket
    _case("rocket-P1", "rocket", "which booster flew", True, [
        "CAPE CANAVERAL, Fla. — A SpaceX Falcon 9 rocket lifted off from Cape Canaveral Space "
        "Force Station early on Tuesday carrying 28 Starlink internet satellites. The "
        "first-stage booster, B1067, was making its 30th flight, a record for the fleet. It "
        "landed on the droneship A Shortfall of Gravitas in the Atlantic about eight and a "
        "half minutes after launch. The satellites were deployed roughly an hour into the "
        "mission. SpaceX has now launched more than 9,000 Starlink satellites.",
        "SpaceX notched up another reuse milestone on Tuesday morning when booster B1071 flew "
        "for the 30th time, sending a batch of 28 Starlink satellites towards orbit from "
        "Florida's Cape Canaveral. Advertisement The booster touched down on A Shortfall of "
        "Gravitas, the company's droneship stationed in the Atlantic Ocean, roughly eight and "
        "a half minutes after liftoff. Deployment of the satellites was confirmed about an "
        "hour later. More than 9,000 Starlinks have now been launched.",
    ], None,
        r"1067",
        r"1071"),
    _case("rocket-P2", "rocket", "launch pad", True, [
        "CAPE CANAVERAL, Fla. (AP) — A SpaceX Falcon 9 rocket launched a Dragon cargo capsule "
        "to the International Space Station early on Sunday from Launch Complex 39A at NASA's "
        "Kennedy Space Center. The uncrewed capsule is carrying about 5,000 pounds of supplies "
        "and experiments. It is due to dock with the station on Monday. The mission, known as "
        "CRS-33, will also test a kit that can boost the station's orbit. NASA said the "
        "countdown had been smooth.",
        "SpaceX sent its 33rd commercial resupply mission to the International Space Station "
        "on its way on Sunday, with a Falcon 9 lifting off from Space Launch Complex 40 at "
        "Cape Canaveral Space Force Station. The Dragon, which has no crew aboard, is packed "
        "with roughly 5,000 lbs of food, equipment and science experiments. Docking is "
        "expected on Monday. Share this article This flight carries a boost trunk that will be "
        "used to raise the station's altitude.",
    ], ["2025-08-24", "2025-08-24"],
        r"39 ?-?a\b|kennedy",
        r"(?<![\d.])40(?![\d.])|slc-?40|space force station"),
    _case("rocket-P3", "rocket", "outcome: success vs failure", True, [
        "ANDØYA, Norway — Isar Aerospace's Spectrum rocket reached orbit on its second flight "
        "on Saturday, making the Munich-based company the first in the European Union to put a "
        "privately built launcher into orbit from European soil. The two-stage rocket lifted "
        "off from Andøya Spaceport in northern Norway at 12:30 local time. It carried no "
        "customer satellites, only test equipment. Chief executive Daniel Metzler said the "
        "flight had been a success. The first Spectrum flight ended with a crash into the sea "
        "shortly after liftoff.",
        "Isar Aerospace's second attempt to reach orbit with its Spectrum rocket ended in "
        "failure on Saturday when the upper stage shut down early, the German start-up said. "
        "The launch took place at 12:30 local time from Andøya Spaceport, on an island in "
        "Norway's far north. No customer payloads were on board. Chief executive Daniel "
        "Metzler said the team had gathered valuable data. Advertisement Spectrum's maiden "
        "flight in March had also failed, with the rocket falling into the sea seconds after "
        "leaving the pad.",
    ], None,
        r"succe|reached orbit|into orbit|made it to orbit|orbited",
        r"fail|anomal|malfunction|\blost\b|did not reach|didn't reach|shut down early"),
    _case("rocket-P4", "rocket", "landing zone of the booster", True, [
        "A Falcon 9 carrying a US Space Force GPS satellite lifted off from Cape Canaveral on "
        "Wednesday evening. About eight minutes later, the first stage touched down on the "
        "droneship Just Read the Instructions in the Atlantic Ocean. The GPS III satellite, "
        "the eighth of its kind, will join a constellation of 31 operational navigation "
        "satellites. Space Force officials said the launch had been moved to SpaceX from "
        "United Launch Alliance to speed up deployment. Advertisement",
        "The Space Force's newest GPS III satellite is on its way to orbit after a Falcon 9 "
        "launch from Cape Canaveral on Wednesday evening. The rocket's first stage flew back "
        "to Landing Zone 2, a short distance from the pad, and landed about eight minutes "
        "after launch, producing sonic booms heard across Brevard County. The satellite is the "
        "eighth GPS III spacecraft and will join 31 others already providing navigation "
        "signals. The mission was switched from a ULA Vulcan to SpaceX to get it into service "
        "faster.",
    ], None,
        r"just read|instructions|drone ?ship|atlantic",
        r"landing zone|\blz-?2\b|\blz\b"),
    _case("rocket-P5", "rocket", "count of satellites", True, [
        "VANDENBERG SPACE FORCE BASE, Calif. — SpaceX launched 24 Starlink satellites from "
        "California on Saturday morning, the latest in a busy run of West Coast launches. The "
        "Falcon 9 booster was flying for the 18th time and landed on the droneship Of Course I "
        "Still Love You in the Pacific. Deployment was confirmed a little over an hour after "
        "liftoff.",
        "A Falcon 9 rocket blasted off from Vandenberg Space Force Base on Saturday morning "
        "with 27 Starlink broadband satellites on board. It was the 18th flight for the "
        "first-stage booster, which came down on the droneship Of Course I Still Love You, "
        "stationed in the Pacific Ocean. Share this article SpaceX confirmed that all the "
        "satellites had been deployed roughly an hour after launch.",
        "Another Starlink launch from the Central Coast: 27 satellites rode a Falcon 9 out of "
        "Vandenberg yesterday morning, and the booster, on its 18th mission, landed on a "
        "droneship offshore. Residents from Lompoc to Santa Maria reported seeing the plume.",
    ], ["2025-04-12", "2025-04-12", "2025-04-13"],
        r"(?<![\d.])24(?![\d.])|twenty-four",
        r"(?<![\d.])27(?![\d.])|twenty-seven"),
    _case("rocket-P6", "rocket", "control: km vs miles; launch time across zones and days", False, [
        "STARBASE, Texas — SpaceX's Starship lifted off at 6:30 p.m. CDT on Tuesday on its "
        "10th test flight, and this time nearly everything went to plan. The Super Heavy "
        "booster made a controlled splashdown in the Gulf of Mexico, and the Starship upper "
        "stage reached a peak altitude of about 190 km before deploying eight dummy Starlink "
        "satellites. The ship splashed down in the Indian Ocean a little over an hour after "
        "launch. Elon Musk praised the team on social media. The previous three flights had "
        "ended with the loss of the ship.",
        "Starship finally had a good day. Elon Musk's giant rocket blasted off from Texas at "
        "00:30 BST on Wednesday for its tenth test flight. The upper stage climbed to roughly "
        "118 miles, released eight mock Starlink satellites, and then came down in the Indian "
        "Ocean just over an hour after liftoff. The Super Heavy booster also made a controlled "
        "descent into the Gulf of Mexico. Read more: Why Starship matters for Nasa's Moon "
        "plans. The three flights before this one had all ended with the ship being lost.",
    ], ["2025-08-26", "2025-08-27"]),
    _case("rocket-P7", "rocket",
          "control: one pad at two precisions; one person two titles", False, [
        "Rocket Lab launched an Electron rocket from Launch Complex 1 on New Zealand's Mahia "
        "Peninsula on Thursday, placing a radar imaging satellite into orbit for the Japanese "
        "firm iQPS. It was the company's 14th launch of the year. The satellite, QPS-SAR-12, "
        "was released about an hour after liftoff. Chief executive Peter Beck said demand for "
        "Electron remained strong.",
        "An Electron rocket lifted off from Mahia, on the east coast of New Zealand's North "
        "Island, on Thursday, carrying the QPS-SAR-12 radar satellite for Japan's iQPS. The "
        "spacecraft was deployed roughly an hour into the flight. That makes 14 Electron "
        "launches so far this year for Rocket Lab. Advertisement Founder Peter Beck said "
        "customers were still lining up for the small launcher.",
    ], None),
    # ------------------------------------------------------------ earthquake
    _case("quake-P1", "earthquake", "epicentre town", True, [
        "ISTANBUL (Reuters) — A magnitude 6.1 earthquake struck western Turkey on Sunday "
        "evening, killing one person and bringing down several buildings, officials said. The "
        "quake was centred in the town of Sındırgı in Balıkesir province, according to the "
        "disaster agency AFAD, at a depth of about 11 km. Tremors were felt in Istanbul and "
        "Izmir. Interior Minister Ali Yerlikaya said rescuers had pulled four people alive "
        "from the rubble.",
        "A 6.1-magnitude quake shook Balıkesir province on Sunday, with its epicentre in "
        "Bigadiç, Turkey's AFAD emergency agency said. It struck at a depth of 11 kilometres. "
        "One person died and several buildings collapsed. Advertisement Interior Minister Ali "
        "Yerlikaya said four people had been rescued alive. People in Istanbul and Izmir also "
        "felt the shaking.",
    ], ["2025-08-10", "2025-08-10"],
        r"s[ıi]nd[ıi]rg",
        r"bigadi"),
    _case("quake-P2", "earthquake", "count of aftershocks", True, [
        "KABUL — Rescue teams struggled to reach remote villages in eastern Afghanistan on "
        "Tuesday after a magnitude 6.0 earthquake killed more than 800 people in Kunar "
        "province. The quake struck late on Sunday at a shallow depth of about 8 km. The US "
        "Geological Survey recorded more than 140 aftershocks in the 48 hours after the main "
        "shock, the largest of magnitude 5.2. Taliban officials appealed for international "
        "help. Many homes in the area are built of mud brick and collapsed easily.",
        "The death toll from Sunday night's 6.0-magnitude quake in eastern Afghanistan has "
        "passed 800, officials said on Tuesday, as aid workers tried to reach cut-off mountain "
        "villages in Kunar. Seismologists at the USGS said more than 410 aftershocks had "
        "rattled the region within 48 hours of the main shock, the strongest measuring 5.2. "
        "The shallow quake, about 8 kilometres deep, flattened mud-brick homes. Share this "
        "article The Taliban government has asked foreign donors for assistance.",
    ], None,
        r"(?<![\d.,])140(?![\d.,])",
        r"(?<![\d.,])410(?![\d.,])"),
    _case("quake-P3", "earthquake", "official's title", True, [
        "TOKYO — A magnitude 6.7 earthquake struck off the coast of Aomori prefecture in "
        "northern Japan late on Monday, prompting a tsunami advisory that was lifted about two "
        "hours later. Chief Cabinet Secretary Yoshimasa Hayashi told reporters there had been "
        "no reports of serious damage. A wave of 20 centimetres was observed at one port. The "
        "Japan Meteorological Agency warned of strong aftershocks for about a week. Bullet "
        "train services were briefly suspended.",
        "A 6.7-magnitude quake off Aomori on Monday night triggered a tsunami advisory along "
        "Japan's northern Pacific coast, which the Japan Meteorological Agency lifted roughly "
        "two hours later. Defence Minister Yoshimasa Hayashi said at a press briefing that no "
        "major damage had been reported. A tsunami of 20 cm was recorded at a port in the "
        "region. Advertisement Shinkansen services were halted for a time as a precaution. The "
        "JMA told residents to stay alert for strong aftershocks over the next week.",
    ], None,
        r"cabinet secretary",
        r"defen[cs]e minister|minister of defen[cs]e"),
    _case("quake-P4", "earthquake", "which fault ruptured", True, [
        "MALATYA, Turkey — A magnitude 5.9 earthquake hit Malatya province in eastern Turkey "
        "early on Wednesday, damaging buildings already weakened by the disaster of 2023. The "
        "quake occurred on the East Anatolian Fault, the fault line that produced the "
        "devastating earthquakes of February 2023, AFAD said. There were no immediate reports "
        "of deaths. Schools in the province were closed for the day. Many residents spent the "
        "rest of the night outdoors.",
        "Wednesday's 5.9 tremor in Malatya was a reminder of how active Turkey's faults "
        "remain. The quake ruptured a segment of the North Anatolian Fault, according to AFAD, "
        "Turkey's disaster agency. Buildings damaged in 2023 suffered further cracks, but "
        "there were no reports of deaths in the first hours. Read more: Turkey's earthquake "
        "rebuilding, two years on Authorities closed schools across the province for the day.",
        "Turkish seismologists said the Malatya quake of magnitude 5.9 was the product of "
        "stress along the East Anatolian Fault, which runs through the province. No deaths "
        "were reported.",
    ], ["2025-10-15", "2025-10-15", "2025-10-15"],
        r"east anatolian",
        r"north anatolian"),
    _case("quake-P5", "earthquake", "rank among recorded quakes (ordinal)", True, [
        "MOSCOW — A magnitude 8.8 earthquake struck off Russia's Kamchatka Peninsula early on "
        "Wednesday, the sixth-strongest quake ever recorded by instruments, according to the "
        "US Geological Survey. Tsunami warnings were issued across the Pacific, from Japan to "
        "Hawaii and the west coast of the Americas. Waves of up to 4 metres hit parts of the "
        "Kamchatka coast. Several people suffered minor injuries in Petropavlovsk-Kamchatsky. "
        "The epicentre was about 119 km from the city.",
        "Wednesday's magnitude 8.8 quake off Kamchatka ranks as the fourth-strongest ever "
        "measured, seismologists said, and it set off tsunami alerts around the Pacific Rim. "
        "Coastal areas of Kamchatka saw waves as high as 4 m. In Petropavlovsk-Kamchatsky, "
        "about 119 kilometres from the epicentre, a few residents were treated for minor "
        "injuries. Advertisement Alerts were also issued in Japan, Hawaii and along the "
        "Pacific coast of North and South America.",
    ], ["2025-07-30", "2025-07-30"],
        r"sixth|\b6th\b",
        r"fourth|\b4th\b"),
    _case("quake-P6", "earthquake", "control: a district and its city as the epicentre", False, [
        "ISTANBUL — A magnitude 6.2 earthquake rattled Istanbul at 12:49 p.m. local time on "
        "Wednesday, sending people rushing into the streets. The epicentre was in the Sea of "
        "Marmara off Silivri, a district on the city's western edge, at a depth of about 10 "
        "km, AFAD said. Some 151 people were hurt, most of them after jumping from balconies "
        "or windows in panic. No buildings collapsed. Interior Minister Ali Yerlikaya urged "
        "residents to stay away from damaged structures.",
        "Istanbul was shaken by a 6.2-magnitude quake at 12:49 local time on Wednesday. "
        "Turkey's disaster agency AFAD said it was centred in the Sea of Marmara off Istanbul, "
        "about 10 kilometres deep. Share this article A total of 151 people were injured, many "
        "of whom jumped from buildings in fear; no structures came down. The interior "
        "minister, Ali Yerlikaya, asked people not to enter damaged buildings.",
    ], None),
    _case("quake-P7", "earthquake", "control: death toll updated, dates show the order", False, [
        "A magnitude 7.7 earthquake struck central Myanmar on Friday afternoon, killing at "
        "least 144 people and injuring 732, the country's military government said. The "
        "epicentre was near the city of Sagaing, close to Mandalay. In neighbouring Thailand, "
        "a 30-storey building under construction collapsed in Bangkok. Myanmar's junta "
        "declared a state of emergency in six regions and made a rare appeal for foreign aid.",
        "The death toll from Friday's magnitude 7.7 earthquake in Myanmar has risen to more "
        "than 1,700, the military government said on Sunday, as rescue teams dug through "
        "rubble in Mandalay and Sagaing. The quake, centred near Sagaing, was the strongest to "
        "hit the country in decades. Advertisement In Bangkok, rescuers were still searching "
        "the ruins of an unfinished 30-storey tower. A state of emergency remains in force in "
        "six regions.",
    ], ["2025-03-28", "2025-03-30"]),
    _case("quake-P8", "earthquake",
          "control: two unrelated quotes of one person; km and miles", False, [
        "JULIAN, Calif. — A magnitude 5.2 earthquake struck near the mountain town of Julian "
        "in San Diego County at 10:08 a.m. on Monday, rattling homes from Palm Springs to "
        "Tijuana. It was centred about 13 km (8 miles) deep. There were no reports of serious "
        "injuries. Caltech seismologist Maria Ochoa said the area had a history of moderate "
        "shaking. \"This was not a surprise for this part of Southern California,\" she said. "
        "Dozens of small aftershocks followed.",
        "Monday morning's magnitude 5.2 quake near Julian was felt across much of Southern "
        "California and into northern Mexico. The shaking began at 10:08 a.m. local time at a "
        "depth of about 8 miles. Read more: How to prepare for the next big one \"Have a plan "
        "for where you will meet your family, and keep water and a flashlight at hand,\" said "
        "Maria Ochoa, a seismologist at Caltech. No one was seriously hurt. Small aftershocks "
        "continued through the afternoon.",
    ], ["2025-04-14", "2025-04-14"]),
    # ------------------------------------------------------------ election
    _case("elec-P1", "election", "which party won a seat", True, [
        "RUNCORN, England (Reuters) — Reform UK won the Runcorn and Helsby by-election by just "
        "six votes after a recount, one of the narrowest margins in modern British politics. "
        "Turnout was 46.3%. Party leader Nigel Farage hailed the result as a turning point. "
        "The vote was triggered by the resignation of the previous MP after a conviction for "
        "assault. Prime Minister Keir Starmer's party had held the seat comfortably at last "
        "year's general election.",
        "Labour narrowly held on to Runcorn and Helsby in Thursday's by-election, winning by "
        "six votes after a recount. Turnout was 46.3 per cent. Advertisement The contest was "
        "called after the sitting MP stepped down following a conviction for assault. Nigel "
        "Farage's Reform UK had hoped to take the seat, which Labour won comfortably at the "
        "2024 general election.",
    ], ["2025-05-02", "2025-05-02"],
        r"reform",
        r"labour"),
    _case("elec-P2", "election", "turnout percentage", True, [
        "BERLIN — Germans turned out in the highest numbers since reunification for Sunday's "
        "federal election, with turnout at 82.5%, the federal returning officer said. "
        "Friedrich Merz's conservative CDU/CSU bloc came first with 28.6% of the vote. The "
        "far-right AfD finished second on 20.8%, its best result ever, while Chancellor Olaf "
        "Scholz's SPD slumped to 16.4%. Merz said he aimed to form a government by Easter. "
        "Advertisement",
        "Turnout in Germany's snap election reached 85.2 per cent, the highest since "
        "reunification in 1990, according to provisional official results. The CDU/CSU Union, "
        "led by Friedrich Merz, won with 28.6 per cent. Alternative for Germany (AfD) came "
        "second with 20.8 per cent. Olaf Scholz's Social Democrats suffered their worst "
        "post-war result, with 16.4 per cent. Merz told supporters he wanted a new coalition "
        "in place by Easter.",
    ], None,
        r"(?<![\d.])82[.,]5(?!\d)",
        r"(?<![\d.])85[.,]2(?!\d)"),
    _case("elec-P3", "election", "finishing position of a party (rank)", True, [
        "THE HAGUE — The centrist D66 party and Geert Wilders' far-right Freedom Party (PVV) "
        "each won 26 seats in Wednesday's Dutch election, according to near-complete results. "
        "The liberal VVD came third with 22 seats. The GroenLinks-PvdA alliance led by Frans "
        "Timmermans finished fourth, and Timmermans announced he would step down as leader. "
        "D66 leader Rob Jetten is expected to lead coalition talks.",
        "Dutch voters delivered a split verdict on Wednesday: D66 and the PVV finished level "
        "on 26 seats each. Frans Timmermans quit as leader of GroenLinks-PvdA after the "
        "red-green alliance finished fifth. Share this article The VVD of caretaker minister "
        "Dilan Yeşilgöz won 22 seats. Rob Jetten of D66 is likely to be asked to form a "
        "coalition.",
        "Timmermans' departure came after his alliance finished fourth behind D66, the PVV and "
        "the VVD, a blow for a party that had hoped to lead the next government. He said he "
        "took full responsibility.",
    ], ["2025-10-30", "2025-10-30", "2025-10-31"],
        r"fourth|\b4th\b",
        r"fifth|\b5th\b"),
    _case("elec-P4", "election", "date of the runoff", True, [
        "WARSAW (Reuters) — Warsaw mayor Rafał Trzaskowski narrowly topped the first round of "
        "Poland's presidential election on Sunday with 31.4% of the vote, setting up a runoff "
        "against conservative historian Karol Nawrocki, who took 29.5%. The deciding round "
        "will be held on June 1. Far-right candidates together won more than a fifth of the "
        "vote. Turnout was 67.3%. Trzaskowski is backed by Prime Minister Donald Tusk's "
        "governing coalition.",
        "Poland will return to the polls on June 8 for a presidential runoff between Rafał "
        "Trzaskowski, the liberal mayor of Warsaw, and Karol Nawrocki, a historian supported "
        "by the nationalist Law and Justice party. Trzaskowski won 31.4 per cent in Sunday's "
        "first round and Nawrocki 29.5 per cent. Advertisement Turnout reached 67.3 per cent. "
        "Candidates of the far right took a combined share of more than 20 per cent.",
    ], ["2025-05-19", "2025-05-19"],
        r"june 1(?![\d])|\b1 june|-06-01|\bjun\.? 1(?!\d)",
        r"june 8(?![\d])|\b8 june|-06-08|\bjun\.? 8(?!\d)"),
    _case("elec-P5", "election", "official who announced the result", True, [
        "LILONGWE — Former president Peter Mutharika won Malawi's presidential election with "
        "56% of the vote, the Malawi Electoral Commission announced on Wednesday, unseating "
        "incumbent Lazarus Chakwera. Commission chair Annabel Mtalimanja declared the result "
        "at a ceremony in the capital. Chakwera, who received 33%, conceded defeat before the "
        "official announcement. Mutharika, 85, previously led the country from 2014 to 2020.",
        "Malawi's electoral commission on Wednesday declared Peter Mutharika the winner of "
        "last week's presidential vote, with 56 per cent. Justice Chifundo Kachale, the "
        "commission's chairperson, read out the results in Lilongwe. President Lazarus "
        "Chakwera, on 33 per cent, had already accepted defeat. Read more: Who is Peter "
        "Mutharika? The 85-year-old was president between 2014 and 2020.",
    ], None,
        r"mtalimanja",
        r"kachale"),
    _case("elec-P6", "election",
          "control: shares of different parties; points vs per cent", False, [
        "OTTAWA — Prime Minister Mark Carney's Liberals won Canada's federal election on "
        "Monday, taking 169 seats in the House of Commons, three short of a majority. The "
        "Liberals received 43.7% of the popular vote. Pierre Poilievre's Conservatives won 144 "
        "seats, and their vote share rose 7.6 percentage points to 41.3%, their best showing "
        "in decades. The New Democrats were reduced to seven seats. Poilievre lost his own "
        "Ottawa-area riding.",
        "Mark Carney's Liberal Party will form the next government after winning 169 seats, "
        "short of the 172 needed for a majority. The party took 43.7 per cent of the vote. "
        "Advertisement The Conservatives increased their share from 33.7 per cent in 2021 to "
        "41.3 per cent and won 144 seats, but leader Pierre Poilievre was defeated in "
        "Carleton, the riding he had held for two decades. The NDP fell to just seven seats.",
    ], ["2025-04-29", "2025-04-29"]),
    _case("elec-P7", "election",
          "control: one outcome and one party named two ways; time zones", False, [
        "SYDNEY — Prime Minister Anthony Albanese's Labor Party won a second term in a "
        "landslide on Saturday, as voters punished the opposition over cost-of-living "
        "pressures. Opposition leader Peter Dutton conceded defeat at about 9:50 p.m. AEST and "
        "also lost his own seat of Dickson in Queensland. \"We will rise to the challenges,\" "
        "Albanese told supporters in Sydney. Labor was on track for its biggest majority in "
        "decades.",
        "Australia's Labor government has been re-elected by a wide margin, with Anthony "
        "Albanese securing a second three-year term on Saturday. Conservative leader Peter "
        "Dutton, whose Liberal-National Coalition suffered heavy losses, admitted defeat at "
        "around 7:50 a.m. U.S. Eastern time and lost his Brisbane-area seat of Dickson. Share "
        "this article Albanese, addressing the party faithful in Sydney, said his government "
        "would rise to the challenges ahead. The ALP appears set for its largest majority in "
        "many years.",
    ], ["2025-05-03", "2025-05-03"]),
]
