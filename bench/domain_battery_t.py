"""Blind battery of disagreements, part T (issue 11).

Part T was written by engineer T1 on 2026-12-06 (eleventh session) without reading
the reconcile rules or the other parts of the battery, and frozen before any run. It
is a held-out part, scored with ``bench/bench_domain_battery.py T``. Its reports are
written as English-language outlets of Latin America, Africa, the Middle East, Eastern
Europe and Southeast Asia would write them (local agencies, local currencies next to
dollars, day-first dates, local names with English glosses). Every sentence is the
engineer's own; facts are real or plausible-invented.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "T", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-T1", "trade", "duration", True, [
        "KUALA LUMPUR, 26 Oct (Bernama) -- Senior economic officials of China and the United "
        "States concluded a second day of trade consultations here on Sunday, after a session "
        "which lasted nearly six hours, a Malaysian official told Bernama. The Chinese side was "
        "led by Vice Premier He Lifeng, while the American team was headed by Treasury Secretary "
        "Scott Bessent. Malaysia is hosting the meeting on the sidelines of the 47th ASEAN "
        "Summit. \"Both delegations had candid, in-depth and constructive exchanges,\" Xinhua "
        "news agency reported after the meeting ended. Neither side gave details about the 100 "
        "per cent tariff which Washington has threatened to put on Chinese goods from 1 "
        "November.\n"
        "Share this article\n"
        "The talks are the fifth round since the two countries first met in Geneva in May.",
        "US and Chinese negotiators wrapped up their latest round of talks in Kuala Lumpur on "
        "Sunday (Oct 26) after four and a half hours of discussions, officials said, with both "
        "sides hinting that a framework could be ready for their leaders to approve. Vice-Premier "
        "He Lifeng headed Beijing's team. Across the table sat Treasury Secretary Scott Bessent, "
        "accompanied by US Trade Representative Jamieson Greer. The meeting, held on the "
        "sidelines of the 47th Asean summit in the Malaysian capital, was the fifth round since "
        "Geneva in May.\n"
        "Advertisement\n"
        "At stake is a 100 per cent levy that President Donald Trump has said he will impose on "
        "Chinese imports from Nov 1. Analysts at Maybank said the tone of the official readouts "
        "was 'clearly warmer' than in September.",
        "Hanoi, 27/10 - China and the US held the second day of their economic and trade "
        "consultation in Kuala Lumpur on 26 October, with the Sunday session going on for almost "
        "6 hrs, Chinese state media said. Vice Premier He Lifeng and US Treasury Secretary Scott "
        "Bessent led the two delegations. Vietnamese exporters are watching closely, because many "
        "of them ship components to Chinese factories that sell to America. The 100% tariff "
        "threatened from 1 November was not mentioned in the readouts. Ho Chi Minh City-based "
        "analyst Nguyen Thanh Long said a deal \"would be a relief for the whole region\".",
    ], ["2025-10-26", "2025-10-26", "2025-10-27"],
        r"\b(6|six)[- ]?(hours?|hrs?|h\b)|360 ?min",
        r"(?<![\d.])4[.,]5 ?(hours?|hrs?|h\b)|four[- ]and[- ]a[- ]half|270 ?min"
        r"|\b4 ?h(ours?|rs?)?,? (and )?30 ?m|4h ?30"),
    _case("trade-T2", "trade", "length of tariff pause", True, [
        "STOCKHOLM - China and the United States have agreed to extend their truce on tariffs for "
        "another 90 days after two days of talks in the Swedish capital ended on Tuesday, Chinese "
        "officials told reporters. International trade representative Li Chenggang said both "
        "sides would keep on hold the suspended 24% portion of the US reciprocal tariffs as well "
        "as China's countermeasures. The truce, first agreed in Geneva in May, had been due to "
        "expire on 12 August. Without it, American duties on Chinese goods could have gone back "
        "above 100%. US Treasury Secretary Scott Bessent led the American delegation.\n"
        "Read more: What the Geneva deal means for Asian exporters",
        "By our correspondent. The world's two largest economies have agreed in principle to "
        "prolong their tariff pause by 60 days, a Chinese negotiator said after the talks in "
        "Stockholm wrapped up on Tuesday. Li Chenggang, Beijing's trade envoy, told journalists "
        "that the suspended 24 percent additional tariff and China's retaliatory measures will "
        "stay on hold. The pause dates back to the meeting in Geneva in May and was to lapse on "
        "August 12. Mr Bessent, who led the American team, cautioned that \"nothing is agreed "
        "until the President signs off\". Exporters in Shenzhen and Ningbo welcomed the news, "
        "although freight rates on the trans-Pacific route remain elevated.",
    ], None,
        r"\b90[- ]?(more )?days?|ninety[- ]days?|three months",
        r"\b60[- ]?(more )?days?|sixty[- ]days?|two months"),
    _case("trade-T3", "trade", "who led a delegation", True, [
        "BRASÍLIA - Brazil and China signed 20 agreements on agribusiness, energy and "
        "infrastructure after a meeting of the bilateral working group on trade and investment in "
        "Beijing, the Ministry of Development, Industry, Trade and Services said on 13 May. The "
        "Chinese delegation was headed by Commerce Minister Wang Wentao. On the Brazilian side "
        "the talks were led by Vice-President Geraldo Alckmin, who is also minister of "
        "development, industry, trade and services. China bought US$94 billion of Brazilian goods "
        "last year, mostly soybeans, iron ore and crude oil, according to official figures. \"We "
        "want to sell more value-added products, not only commodities,\" Alckmin told reporters. "
        "The agreements include the opening of the Chinese market to Brazilian sorghum and "
        "distillers' grains.",
        "Beijing and Brasilia sealed 20 cooperation deals on 13 May, following a session of their "
        "joint working group on trade and investment in the Chinese capital. Vice Minister of "
        "Commerce Li Chenggang led the Chinese delegation at the talks, according to a statement "
        "from the Brazilian side. Brazil was represented by Geraldo Alckmin, the vice-president, "
        "who also runs the development and trade ministry. The deals open China to Brazilian "
        "sorghum and DDG, a by-product of corn ethanol, among other items.\n"
        "Share on WhatsApp\n"
        "Brazilian exports to China reached US$94bn in 2024. Alckmin said Brazil hoped to "
        "diversify the basket of goods it sells to the Asian giant.",
    ], ["2025-05-14", "2025-05-14"],
        r"wang wentao|wentao|(?<!vice )(commerce minister|minister of commerce)",
        r"li chenggang|chenggang|vice (commerce )?minister"),
    _case("trade-T4", "trade", "tariff rate", True, [
        "MEXICO CITY - Mexico's government has sent Congress a proposal to raise import tariffs "
        "on cars from China to 50%, the Economy Ministry said on Wednesday, in a move analysts "
        "link to pressure from Washington. The increase would cover 1,463 tariff lines, from "
        "textiles and steel to plastics and toys, and applies to countries with which Mexico has "
        "no trade agreement. Economy Minister Marcelo Ebrard said the measure aimed to protect "
        "some 325,000 jobs in the affected industries. China is Mexico's second-largest trading "
        "partner. Beijing's commerce ministry said it \"firmly opposes\" being forced to accept "
        "such restrictions. The tariffs still need approval from lawmakers, where President "
        "Claudia Sheinbaum's Morena party and its allies hold a majority.",
        "Mexico plans to slap tariffs of up to 35 per cent on Chinese automobiles under a bill "
        "submitted to Congress, Mexican officials said on Wednesday (Sep 10). Some 1,463 product "
        "categories, including steel, textiles, plastics and toys, would be affected, Economy "
        "Minister Marcelo Ebrard said, adding that around 325,000 jobs were at stake. The higher "
        "duties would apply only to imports from nations lacking a free trade pact with Mexico, a "
        "group that also includes South Korea, India and Thailand. China's Ministry of Commerce "
        "said it \"firmly opposes\" such measures.\n"
        "Advertisement\n"
        "The proposal must be approved by Congress, which is controlled by President Claudia "
        "Sheinbaum's Morena party and allies.",
    ], ["2025-09-11", "2025-09-11"],
        r"(?<![\d.])50(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])35(\.0+)? ?(%|percent|per cent|pct)"),
    _case("trade-T5", "trade", "speaker credited with a quote", True, [
        "BEIJING, Oct 16 -- China on Thursday urged Washington to correct what it called wrong "
        "practices, after the United States began collecting special port fees on Chinese-built "
        "and Chinese-operated vessels. \"The door for dialogue is open, but pressure and threats "
        "are not the correct way to get along with China,\" commerce ministry spokesperson He "
        "Yadong told a regular press briefing. The American fees took effect on 14 October, and "
        "Beijing responded with charges of its own on US-linked ships from the same day. The "
        "spokesperson added that China would take \"necessary measures\" to safeguard the rights "
        "of its companies. Shipping analysts in Singapore estimate that COSCO could pay more than "
        "$1.5 billion a year under the American scheme.",
        "China has again said it is ready to talk with the United States but will not bow to "
        "pressure, as the two sides trade tit-for-tat port charges that took effect on 14 "
        "October. \"The door for dialogue is open, but pressure and threats are not the correct "
        "way to get along with China,\" foreign ministry spokesman Lin Jian said in Beijing on "
        "Thursday. Washington's levy of $50 per net ton on Chinese-linked ships is set to rise "
        "each year until 2028. Beijing retaliated by charging US-linked vessels 400 yuan (about "
        "$56) per net ton at its ports.\n"
        "Share this article\n"
        "Shipowners in Greece and Hong Kong have begun reshuffling their fleets to avoid the "
        "charges.",
    ], None,
        r"he yadong|yadong|commerce ministry|ministry of commerce",
        r"lin jian|foreign ministry|ministry of foreign affairs"),
    _case("trade-T6", "trade", "control: local currency conversion", False, [
        "JAKARTA (Antara) - Indonesian and Chinese businesses signed agreements worth US$10 "
        "billion during President Prabowo Subianto's state visit to Beijing, Coordinating "
        "Minister for Economic Affairs Airlangga Hartarto said. The deals cover food security, "
        "renewable energy and the downstream nickel industry. Prabowo met President Xi Jinping at "
        "the Great Hall of the People on Saturday, 9 November, on his first foreign trip since "
        "being sworn in on 20 October. China is Indonesia's biggest trading partner, with two-way "
        "trade of about $127 billion in 2023. \"This is proof that the private sector trusts our "
        "economic direction,\" Airlangga said.",
        "Business contracts worth around Rp 156 trillion (US$10 billion) were inked between "
        "Indonesian and Chinese firms on the sidelines of President Prabowo's visit to China, "
        "according to the office of the coordinating economic minister. Prabowo, who took office "
        "on Oct 20, held talks with Xi Jinping in Beijing on Saturday (Nov 9). The agreements "
        "span food security, green energy and nickel processing. Bilateral trade stood at roughly "
        "US$127 billion in 2023, Chinese customs data show.\n"
        "Advertisement\n"
        "The Chinese market takes nearly a quarter of Indonesia's exports, mostly coal, nickel "
        "and palm oil.",
    ], None),
    _case("trade-T7", "trade", "control: body named in local language and English", False, [
        "SÃO PAULO - China will resume imports of chicken meat from Brazil, the Ministério do "
        "Desenvolvimento, Indústria, Comércio e Serviços (MDIC) said in a note on Tuesday. "
        "Beijing suspended purchases on 16 May after Brazil confirmed its first case of bird flu "
        "on a commercial farm, in Montenegro, Rio Grande do Sul. China bought US$1.3 billion of "
        "Brazilian chicken in 2024, making it the top destination for the product. The ABPA "
        "industry association called the decision \"an important signal of confidence in "
        "Brazilian sanitary controls\".",
        "Brazil's Ministry of Development, Industry, Trade and Services said on Tuesday that "
        "Chinese authorities had agreed to reopen their market to Brazilian poultry, about a "
        "month after the ban. The suspension dated from 16 May, when a bird flu outbreak was "
        "confirmed at a commercial farm in the southern state of Rio Grande do Sul. Last year "
        "Brazil shipped chicken worth $1.3bn to China, its largest buyer. Exporters expect the "
        "first cargoes to leave the ports of Paranaguá and Itajaí within weeks.\n"
        "Related: Brazil's beef exports hit record in May",
    ], ["2025-06-18", "2025-06-18"]),
    _case("trade-T8", "trade", "control: old and new tariff rates", False, [
        "BUSAN, South Korea - The United States will lower the so-called fentanyl tariff on "
        "Chinese imports to 10% from 20% after President Donald Trump met Chinese leader Xi "
        "Jinping on Thursday, Trump told reporters aboard Air Force One. That brings the overall "
        "average tariff on Chinese goods down to about 47%, from 57%, he said. In exchange, China "
        "will resume purchases of American soybeans and pause its new export controls on rare "
        "earths for a year. The meeting in Busan lasted about an hour and 40 minutes.\n"
        "Advertisement",
        "Washington is halving the 20 per cent levy it imposed on Chinese goods over the fentanyl "
        "trade, bringing it to 10 per cent, following the Trump-Xi summit in Busan on Thursday "
        "(Oct 30). Trump said the combined tariff rate on Chinese products would drop to roughly "
        "47 per cent from 57 per cent. The 100-minute meeting was the first between the two "
        "leaders since 2019. Beijing agreed to suspend for one year the rare earth export "
        "controls it announced in October, and to restart buying US soybeans. Chinese state media "
        "described the talks as positive, without mentioning the tariff figures.",
    ], None),
    _case("court-T1", "court", "size of the majority", True, [
        "BRASÍLIA, Brazil - Brazil's Supreme Federal Court ruled by seven votes to four on "
        "Thursday that ride-hailing companies must pay social security contributions on behalf of "
        "their drivers, a decision that could cost the industry billions of reais a year. Justice "
        "Edson Fachin, the court's chief justice, cast the final vote. The case was brought by a "
        "federation of transport workers in 2021. The ruling does not classify drivers as "
        "employees, Justice Flávio Dino wrote for the majority. Uber said in a statement it would "
        "\"analyse the decision\" and remained committed to Brazil.",
        "In an 8-3 decision, the Supremo Tribunal Federal (STF) on Thursday ordered app-based "
        "transport platforms to make social security contributions for their drivers. The lawsuit "
        "was filed in 2021 by a national federation of transport workers. Chief Justice Edson "
        "Fachin was the last to vote. Justice Flávio Dino, who wrote the majority opinion, said "
        "drivers would not be treated as employees under the labour code.\n"
        "Leia mais: Motoristas de aplicativo e a Previdência\n"
        "Platforms such as Uber and 99 are expected to ask the court to clarify how the "
        "contributions will be calculated.",
    ], None,
        r"(?<![\d.])7(?![\d.])|\bseven\b|(?<![\d.])4(?![\d.])|\bfour\b",
        r"(?<![\d.])8(?![\d.])|\beight\b|(?<![\d.])3(?![\d.])|\bthree\b"),
    _case("court-T2", "court", "size of a fine", True, [
        "NAIROBI, Kenya, Mar 19 - The High Court has upheld a KSh 1.2 billion penalty imposed by "
        "the Competition Authority of Kenya (CAK) on Tembo Fresh Dairies for fixing milk prices "
        "with two rivals. Justice Alfred Mabeya dismissed the processor's appeal on Tuesday, "
        "saying the authority had followed due process. The CAK found in 2023 that the three "
        "firms agreed on the prices paid to farmers in the Rift Valley. CAK Director-General "
        "David Kemei welcomed the ruling. \"Cartels hurt both farmers and consumers,\" he told "
        "reporters outside the Milimani Law Courts. The company has 30 days to pay.",
        "A Nairobi judge on Tuesday dismissed an appeal by Tembo Fresh Dairies Limited against a "
        "fine of Sh1.6 billion for price collusion, Kenya News Agency (KNA) reports. Justice "
        "Alfred Mabeya ruled that the Competition Authority of Kenya acted within the law when it "
        "penalised the milk processor. The authority had found in 2023 that Tembo and two other "
        "processors colluded on the prices they paid to farmers in the Rift Valley. The firm was "
        "given 30 days to settle the penalty.\n"
        "Advertisement\n"
        "Dairy farmers' groups in Nyandarua and Nakuru counties welcomed the decision.",
    ], ["2025-03-19", "2025-03-19"],
        r"(?<![\d.])1[.,]2 ?(billion|bn|b\b)|(?<![\d.,])1,?200 ?(million|m\b)",
        r"(?<![\d.])1[.,]6 ?(billion|bn|b\b)|(?<![\d.,])1,?600 ?(million|m\b)"),
    _case("court-T3", "court", "length of prison sentence", True, [
        "JAKARTA (Antara) - The Corruption Court in Central Jakarta on Monday sentenced former "
        "port operator executive Hendra Wijaya to seven years in prison for his role in a "
        "dredging contract that caused state losses of Rp 412 billion. Presiding judge Sri "
        "Wahyuni also ordered him to pay a fine of Rp 500 million or serve six more months in "
        "jail. Prosecutors from the Attorney General's Office had demanded 12 years. Hendra, who "
        "led the state company between 2017 and 2021, told the court he would \"think about\" an "
        "appeal. Three other defendants in the case will hear their verdicts next week.",
        "Indonesia's anti-graft court has handed a nine-year jail term to Hendra Wijaya, a former "
        "executive of a state port company, over a dredging project that the state auditor said "
        "cost taxpayers Rp412 billion (around US$25 million). The verdict was read on Monday at "
        "the Central Jakarta District Court. Besides the prison term, the judges imposed a Rp500 "
        "million fine, replaceable with six months' detention. Prosecutors had sought 12 years. "
        "Hendra said through his lawyer that he was considering his options.\n"
        "---\n"
        "Baca juga: KPK names new suspects in LNG case",
    ], None,
        r"(?<![\d.])(7|seven)[- ]?(years?|yrs?)",
        r"(?<![\d.])(9|nine)[- ]?(years?|yrs?)"),
    _case("court-T4", "court", "title of a person", True, [
        "PRETORIA - The Gauteng High Court in Pretoria on Wednesday set aside the acquittal of "
        "former Emfuleni municipal manager Sipho Radebe and ordered a new trial, in a win for the "
        "National Prosecuting Authority. National Director of Public Prosecutions Nomvula Khumalo "
        "said the judgment \"sends a clear message that nobody is above the law\". Radebe was "
        "acquitted in 2023 of fraud linked to a R48 million water-meter tender. Judge Mandla "
        "Sithole, with two other judges concurring, found that the regional magistrate had "
        "misdirected himself on the evidence. Radebe's lawyers said they were studying the ruling.",
        "A full bench of the Pretoria High Court has overturned the 2023 acquittal of Sipho "
        "Radebe, the former municipal manager of Emfuleni, ordering that he be retried on fraud "
        "charges linked to a R48-million tender for water meters. \"It sends a clear message that "
        "nobody is above the law,\" said Nomvula Khumalo, the deputy national director of public "
        "prosecutions, after Wednesday's ruling. Judge Mandla Sithole wrote the unanimous "
        "judgment.\n"
        "Share this: Facebook X WhatsApp\n"
        "Radebe's legal team said it would study the judgment before deciding on an appeal.",
    ], ["2025-08-14", "2025-08-14"],
        r"(?<!deputy )national director of public prosecutions|(?<!deputy )\bndpp\b",
        r"deputy (national director|ndpp)"),
    _case("court-T5", "court", "weekday vs date", True, [
        "NAIROBI - The Court of Appeal on Tuesday suspended a High Court order that had stopped "
        "the government from rolling out its new system for collecting the housing levy, pending "
        "the hearing of an appeal. A three-judge bench led by Justice Daniel Musinga said the "
        "State had shown that halting the system would cause \"serious disruption\" to payroll "
        "deductions. The levy is charged at 1.5 per cent of gross salary. Activist Okiya Omtatah, "
        "who filed the original petition, said he would push for an early hearing date.\n"
        "Read more: Housing levy - what employers need to know",
        "The Court of Appeal on 9 July lifted the High Court orders which had halted the new "
        "collection system for the housing levy, until the appeal is determined. Justices Daniel "
        "Musinga, Jamila Mohammed and Fatuma Sichale agreed that government would suffer "
        "\"serious disruption\" if the stop order remained. Employees pay 1.5% of their gross "
        "monthly salary towards the levy, and employers match the amount. Petitioner Okiya "
        "Omtatah told journalists outside the court that he will seek to have the appeal heard "
        "quickly.",
    ], ["2025-07-10", "2025-07-10"],
        r"tuesday|2025-07-08|(july|jul)\.? 8\b|\b8(th)? (of )?(july|jul)|07-08\b|\b8/7\b",
        r"wednesday|2025-07-09|(july|jul)\.? 9\b|\b9(th)? (of )?(july|jul)|07-09\b|\b9/7\b"),
    _case("court-T6", "court", "control: court named in Portuguese and English", False, [
        "BRASÍLIA - Brazil's Supreme Federal Court has struck down a Paraná state law that capped "
        "annual fee increases at private schools, ruling that only the federal Congress can "
        "legislate on contracts. The decision, taken by 9 votes to 2 in the court's virtual "
        "plenary, followed the opinion of the rapporteur, Justice Cármen Lúcia. The law, approved "
        "by the state assembly in 2020, limited increases to the official inflation rate. The "
        "national confederation of private schools, Confenen, had challenged it. Families who "
        "already benefited will not have to pay back the difference, the justices said.",
        "The Supremo Tribunal Federal (STF), Brazil's top court, has ruled nine to two that a "
        "Paraná law limiting yearly tuition rises at private schools is unconstitutional, because "
        "contract law is a federal matter. Justice Cármen Lúcia was the rapporteur of the case, "
        "which was brought by the private schools' confederation Confenen. Lawmakers in Paraná "
        "passed the measure in 2020, pegging fee rises to inflation. The STF said parents who "
        "benefited from the cap in past years will not have to refund schools.\n"
        "Advertisement\n"
        "Paraná's education secretariat did not comment.",
    ], None),
    _case("court-T7", "court", "control: two unrelated quotes of one person", False, [
        "NAIROBI, Feb 20 - The Supreme Court on Wednesday unanimously upheld the impeachment of "
        "former Isiolo governor Abdi Hassan Dido, ending a legal battle that began in 2023. "
        "Reading the judgment on behalf of the seven-judge bench, Chief Justice Martha Koome said "
        "county assemblies \"are not rubber stamps, and they must be allowed to hold the "
        "executive to account\". Dido had argued that the Senate did not give him enough time to "
        "defend himself. The court found that he was served with the charges 10 days before the "
        "hearing. His former deputy, who took over as governor, welcomed the ruling.",
        "Kenya's apex court has unanimously affirmed the removal from office of Isiolo's former "
        "governor, Abdi Hassan Dido, bringing to an end a case first filed in 2023. \"Public "
        "participation is not a box to be ticked; it is the heartbeat of devolution,\" Chief "
        "Justice Martha Koome said as she delivered the decision of the seven judges on "
        "Wednesday. The former governor had told the court he was denied a fair hearing by the "
        "Senate. But the judges noted that he received the impeachment charges 10 days ahead of "
        "the Senate sitting.\n"
        "Share this article\n"
        "Dido's lawyer said they would respect the decision.",
    ], ["2025-02-20", "2025-02-20"]),
    _case("cb-T1", "central bank", "policy rate level", True, [
        "ABUJA (NAN) - The Central Bank of Nigeria (CBN) on Tuesday lowered its benchmark "
        "Monetary Policy Rate to 27 per cent, its first cut in five years, citing five straight "
        "months of easing inflation. CBN Governor Olayemi Cardoso, who announced the decision "
        "after the 302nd meeting of the Monetary Policy Committee, said the members were "
        "confident that disinflation would continue. Headline inflation slowed to 20.12 per cent "
        "in August. The committee also cut the cash reserve requirement for commercial banks to "
        "45 per cent from 50 per cent. Analysts said the move would bring some relief to "
        "manufacturers.",
        "Nigeria's central bank has trimmed its key interest rate to 27.5%, ending a long "
        "tightening cycle, as price pressures in Africa's most populous nation continue to ease. "
        "The Monetary Policy Committee, meeting for the 302nd time, also reduced the cash reserve "
        "ratio for deposit money banks to 45% from 50%, Governor Olayemi Cardoso told a news "
        "conference on Tuesday. Annual inflation fell to 20.12% in August, according to the "
        "National Bureau of Statistics. It is the CBN's first rate cut since September 2020.\n"
        "Advertisement\n"
        "The naira was little changed at about N1,490 to the dollar after the announcement.",
    ], ["2025-09-24", "2025-09-24"],
        r"(?<![\d.])27(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])27[.,]50? ?(%|percent|per cent|pct)"),
    _case("cb-T2", "central bank", "size of move: points vs basis points", True, [
        "ISTANBUL (AA) - The Central Bank of the Republic of Türkiye (CBRT) cut its one-week repo "
        "rate by 250 basis points to 40.5 percent on Thursday, as expected by most economists. "
        "The Monetary Policy Committee said in a statement that the underlying trend of inflation "
        "had slowed in recent months. Annual consumer inflation stood at 33.3 percent in August. "
        "Governor Fatih Karahan has said the bank will keep a tight stance until price stability "
        "is achieved. The lira was steady after the announcement.",
        "Turkey's central bank lowered its policy rate by 3 percentage points, to 40.5%, on "
        "Thursday, continuing the easing cycle it resumed in July. The bank, led by Governor "
        "Fatih Karahan, said leading indicators pointed to a slowdown in the main trend of "
        "inflation. Consumer prices rose 33.3% year-on-year in August, official data showed. The "
        "lira was little changed after the decision.\n"
        "Read more: Lira carry trade returns as rates fall",
    ], None,
        r"(?<![\d.])250 ?(basis points?|bps?\b|bp\b)|(?<![\d.])2[.,]5 ?(percentage points?"
        r"|pp\b|points?|pts?\b|%)",
        r"(?<![\d.])3(\.0+)? ?(percentage points?|pp\b|points?|pts?\b|%)"
        r"|three percentage points|(?<![\d.])300 ?(basis points?|bps?\b)"),
    _case("cb-T3", "central bank", "vote split of the committee", True, [
        "PRETORIA - The South African Reserve Bank cut its repo rate by 25 basis points to 7.00% "
        "on Thursday and said it would now aim for inflation at the bottom of its 3%-6% target "
        "range. Governor Lesetja Kganyago said four of the six members of the Monetary Policy "
        "Committee voted for the cut, while two preferred to hold. The prime lending rate of "
        "commercial banks will fall to 10.50%. \"We want inflation to settle closer to 3%,\" "
        "Kganyago told a news conference. The rand firmed slightly after the announcement.",
        "JOHANNESBURG - The Reserve Bank has lowered interest rates again, trimming the repo rate "
        "by a quarter of a percentage point to 7%, with five members of the six-member MPC in "
        "favour and one member voting for no change. The prime lending rate drops to 10.5%. "
        "Governor Lesetja Kganyago also signalled that the bank now prefers inflation of 3%, the "
        "lower end of the current 3-6% target band.\n"
        "Advertisement\n"
        "Homeowners with a R1.5 million bond will save roughly R250 a month, according to bond "
        "originator ooba.",
        "South Africa: SARB cuts rates to 7% in split vote. The Reserve Bank's MPC voted 4-2 to "
        "reduce the repo rate by 25bps on Thursday, 31 July, Governor Lesetja Kganyago announced. "
        "Two members wanted rates left unchanged. The move takes the prime rate to 10.5%. "
        "Economists at Nedbank had expected the cut.",
    ], ["2025-07-31", "2025-07-31", "2025-07-31"],
        r"\b4\b|\bfour\b|\btwo\b|\b2\b",
        r"\b5\b|\bfive\b|\bone\b|\b1\b"),
    _case("cb-T4", "central bank", "date of next meeting", True, [
        "MEXICO CITY - Mexico's central bank cut its benchmark interest rate by 50 basis points "
        "to 8.50% on Thursday, its third half-point reduction in a row, and said it could keep "
        "easing at a similar pace. The Bank of Mexico's five-member board voted four to one, with "
        "Deputy Governor Jonathan Heath dissenting in favour of a smaller cut. Annual headline "
        "inflation picked up to 3.93% in April. The bank's next monetary policy announcement is "
        "scheduled for June 26. The peso traded near 19.40 per dollar.",
        "Banco de México (Banxico) reduced its key rate by half a percentage point, to 8.5 per "
        "cent, on Thursday 15 May, in a 4-1 vote in which Deputy Governor Jonathan Heath favoured "
        "a 25 basis point move. Inflation in April was 3.93 per cent year-on-year, above the "
        "bank's 3 per cent target. The next decision is due on 25 June. Analysts polled by Citi "
        "expect the rate to end the year at 7.50%.\n"
        "Advertisement",
    ], ["2025-05-16", "2025-05-16"],
        r"\b26(th)? (of )?june|june 26|06-26\b|\b26/0?6\b",
        r"\b25(th)? (of )?june|june 25|06-25\b|\b25/0?6\b"),
    _case("cb-T5", "central bank", "amount of bond purchases", True, [
        "JAKARTA (Antara) - Bank Indonesia (BI) has bought Rp 9.2 trillion of government bonds "
        "(SBN) in the secondary market since the start of the month as part of efforts to "
        "stabilise the rupiah, Governor Perry Warjiyo said on Wednesday. The central bank kept "
        "its benchmark BI-Rate at 4.75 per cent at its monthly Board of Governors meeting, in "
        "line with expectations. The rupiah had weakened past 16,500 per US dollar earlier in the "
        "week amid global risk aversion. \"We are in the market, in spot, DNDF and the bond "
        "market,\" Perry told reporters.",
        "Bank Indonesia said on Wednesday it had purchased 7.4 trillion rupiah worth of "
        "government securities on the secondary market so far this month to support the currency. "
        "Governor Perry Warjiyo said the bank would continue its triple intervention in the spot, "
        "domestic non-deliverable forward and bond markets. The BI-Rate was left unchanged at "
        "4.75%, as most economists had predicted. The rupiah fell beyond 16,500 to the dollar at "
        "the beginning of the week.\n"
        "Share this article\n"
        "BI also held the deposit facility rate at 4.00% and the lending facility rate at 5.50%.",
    ], None,
        r"(?<![\d.])9[.,]2 ?(trillion|tn\b|t\b|trn)|(?<![\d.,])9,?200 ?(billion|bn)",
        r"(?<![\d.])7[.,]4 ?(trillion|tn\b|t\b|trn)|(?<![\d.,])7,?400 ?(billion|bn)"),
    _case("cb-T6", "central bank", "control: local currency next to dollars", False, [
        "SÃO PAULO - Brazil's central bank sold US$1.5 billion in the spot currency market on "
        "Tuesday, its first such intervention this year, after the real slid past 6 per dollar "
        "amid the global tariff turmoil. The bank, led by Gabriel Galípolo, said the auction was "
        "meant to correct \"dysfunctions\" in the market. The Selic benchmark rate stands at "
        "14.25%. The real closed 0.8% stronger after the sale.\n"
        "Advertisement",
        "The Banco Central do Brasil intervened in the spot dollar market on Tuesday, selling "
        "US$1.5bn (about R$8.9bn at the day's rate) to ease pressure on the real, which had "
        "weakened beyond R$6 per dollar. It was the first spot auction of 2025. Governor Gabriel "
        "Galípolo's team described the move as a response to market \"dysfunctions\". With the "
        "Selic at 14.25 per cent, Brazil has one of the world's highest real interest rates. The "
        "real ended the session 0.8% firmer.",
    ], ["2025-04-09", "2025-04-09"]),
    _case("cb-T7", "central bank", "control: basis points vs points, old and new rate", False, [
        "JAKARTA - Bank Indonesia lowered the BI-Rate by 25 basis points to 5.25% on Wednesday, "
        "surprising most economists, who had expected the central bank to hold. Governor Perry "
        "Warjiyo said low inflation, which was 1.87% in June, gave room for easing. The previous "
        "rate of 5.50% had been in place since May. The deposit facility rate was also cut to "
        "4.50% and the lending facility rate to 6.00%. \"We will continue to look for room to "
        "support growth,\" Perry said.",
        "Bank Indonesia (BI) trimmed its policy rate by a quarter of a percentage point, from "
        "5.50 per cent to 5.25 per cent, at the end of its two-day meeting on Wednesday, a move "
        "that few analysts had forecast. Inflation stood at 1.87 per cent in June, well inside "
        "the bank's target band, Governor Perry Warjiyo noted. BI also reduced its deposit "
        "facility rate to 4.50 per cent and its lending facility rate to 6.00 per cent. The "
        "rupiah was little changed after the announcement.\n"
        "Read more: Rupiah steadies after surprise cut",
    ], None),
    _case("cb-T8", "central bank", "control: local time vs GMT, rounding", False, [
        "BANGKOK (TNA) - The Bank of Thailand's Monetary Policy Committee cut the one-day "
        "repurchase rate by 0.25 percentage point to 1.50% on Wednesday, in a decision announced "
        "at 2 p.m. Bangkok time. The vote was unanimous, said Assistant Governor Sakkapop "
        "Panyanukul, the committee's secretary. The committee raised its growth forecast for this "
        "year to 2.2% from 1.8%, citing stronger exports ahead of US tariffs. Headline inflation "
        "is expected at 0.5% this year. \"Monetary policy should remain accommodative,\" Sakkapop "
        "told a briefing.",
        "Thailand's central bank lowered its key rate by 25 basis points to 1.5 per cent in a "
        "unanimous decision announced at 0700 GMT on Wednesday. It now sees the economy growing "
        "about 2% this year, up from a previous projection of 1.8%, and expects inflation of "
        "0.5%. Assistant Governor Sakkapop Panyanukul, who is the MPC's secretary, said policy "
        "should stay accommodative. Economists polled beforehand had widely expected the cut.\n"
        "Read more: Baht hits 10-month high against the dollar",
    ], ["2025-08-13", "2025-08-13"]),
    _case("rocket-T1", "rocket", "name of the satellite", True, [
        "SRIHARIKOTA (PTI) - ISRO's Polar Satellite Launch Vehicle lifted off from the first "
        "launch pad at the Satish Dhawan Space Centre at 6.23 am on Sunday carrying the earth "
        "observation satellite EOS-10, and placed it into a sun-synchronous polar orbit about 19 "
        "minutes later. The 1,710 kg satellite carries a C-band synthetic aperture radar that can "
        "image the Earth in all weather, day and night. ISRO Chairman V Narayanan congratulated "
        "the teams, calling it \"a textbook flight\". This was the 63rd flight of the PSLV.\n"
        "Advertisement",
        "India's space agency successfully launched the EOS-11 radar imaging satellite on Sunday "
        "morning aboard its workhorse PSLV rocket, from Sriharikota on the coast of Andhra "
        "Pradesh. The rocket lifted off at 6:23 a.m. IST and released the 1,710-kilogram "
        "satellite into its planned orbit roughly 19 minutes into the flight. The satellite's "
        "synthetic aperture radar works in the C-band and can see through clouds. \"It was a "
        "textbook flight,\" ISRO chief V. Narayanan said from the mission control centre. The "
        "mission was the PSLV's 63rd.",
    ], None,
        r"eos[- ]?0?10\b",
        r"eos[- ]?0?11\b"),
    _case("rocket-T2", "rocket", "launch time across zones", True, [
        "TOKYO - Japan's H3 rocket successfully launched the Michibiki No. 7 navigation satellite "
        "from the Tanegashima Space Center in Kagoshima Prefecture at 10:20 a.m. on Monday, the "
        "Japan Aerospace Exploration Agency (JAXA) said. The satellite separated from the rocket "
        "about 29 minutes after liftoff. Michibiki is Japan's version of GPS, and the government "
        "aims to have a constellation of seven satellites operating by the end of fiscal 2025. "
        "The H3 was developed by JAXA and Mitsubishi Heavy Industries to replace the H-IIA.",
        "Japan's H3 launcher lofted the Michibiki-7 satellite for the country's regional "
        "navigation system on Monday, lifting off from Tanegashima island at 0132 GMT, JAXA said. "
        "The spacecraft was released into its transfer orbit around 29 minutes after launch. The "
        "satellite will improve positioning accuracy over Japan and the wider Asia-Pacific "
        "region, including India's neighbourhood. Tokyo plans a seven-satellite Michibiki network "
        "by March 2026.\n"
        "Advertisement\n"
        "JAXA and Mitsubishi Heavy Industries jointly developed the H3 to replace the ageing "
        "H-IIA.",
        "MANILA - A Japanese H3 rocket carrying the Michibiki 7 navigation satellite blasted off "
        "at 01:20 UTC (9:20 a.m. Manila time) on 6 October from Tanegashima, according to JAXA's "
        "live broadcast. Satellite separation came about 29 minutes later. The Philippines is "
        "among the countries that can receive Michibiki's augmentation signals. Local surveyors "
        "say the system has made farm mapping in Luzon faster.",
    ], ["2025-10-06", "2025-10-06", "2025-10-07"],
        r"10[:.]20|(?<!\d)01[:.]?20|(?<!\d)0?9[:.]20",
        r"(?<!\d)01[:.]?32|10[:.]32"),
    _case("rocket-T3", "rocket", "time from liftoff to separation", True, [
        "GOHEUNG, South Korea (Yonhap) -- South Korea's homegrown Nuri space rocket lifted off "
        "from the Naro Space Center in the southern county of Goheung early Thursday and placed "
        "the third next-generation medium-sized satellite and 12 cubesats into orbit, the science "
        "ministry said. The main payload separated from the rocket about 13 minutes after "
        "liftoff, at an altitude of around 600 kilometers. It was the fourth launch of the "
        "three-stage rocket and the first led by a private company, Hanwha Aerospace. \"The "
        "launch was a complete success,\" Science Minister Bae Kyung-hoon told a briefing.",
        "Seoul, 27 November - The Korea Aerospace Research Institute (KARI) reported that the "
        "Nuri rocket's fourth flight succeeded in the early hours of Thursday, with the CAS500-3 "
        "satellite separating some 16 minutes after launch at roughly 600 km altitude. Twelve "
        "small cubesats were also deployed. Hanwha Aerospace, which built the rocket, took charge "
        "of the launch operations for the first time. Science minister Bae Kyung-hoon declared "
        "the mission \"a complete success\". Korea aims to carry out two more Nuri launches by "
        "2027.",
    ], ["2025-11-27", "2025-11-27"],
        r"(?<![\d.])13 ?(minutes?|mins?\b|min\b)|(?<![\d.])780 ?s",
        r"(?<![\d.])16 ?(minutes?|mins?\b|min\b)|(?<![\d.])960 ?s"),
    _case("rocket-T4", "rocket", "test site named at different places", True, [
        "BENGALURU - ISRO on Friday successfully carried out a hot test of its CE20 cryogenic "
        "engine at the ISRO Propulsion Complex (IPRC) in Mahendragiri, Tamil Nadu, validating a "
        "new ignition system needed to restart the engine in flight, the space agency said in a "
        "statement. The engine was fired for 100 seconds. The CE20 powers the upper stage of the "
        "LVM3, which will carry the first crewed Gaganyaan mission. ISRO said the engine operated "
        "at a thrust level of 22 tonnes. \"This is a key step for the Gaganyaan programme and "
        "future missions,\" the agency said.",
        "The Indian Space Research Organisation test-fired its CE20 cryogenic engine for 100 "
        "seconds on Friday at its facility in Sriharikota, Andhra Pradesh, proving a "
        "multi-element igniter that lets the engine be restarted in space. The engine, which "
        "drives the cryogenic upper stage of LVM3, ran at 22 tonnes of thrust. LVM3 is the rocket "
        "chosen for Gaganyaan, India's first human spaceflight mission.\n"
        "Share: Facebook | X | LinkedIn\n"
        "Engineers will now run longer-duration tests, officials said.",
    ], None,
        r"mahendragiri|propulsion complex|iprc|tamil nadu",
        r"sriharikota|satish dhawan|andhra pradesh|\bshar\b"),
    _case("rocket-T5", "rocket", "number of satellites", True, [
        "BEIJING - A Kinetica-1 commercial rocket lifted off from the Jiuquan Satellite Launch "
        "Center in northwest China around noon on Sunday and sent six satellites into their "
        "planned orbits, according to the launch centre. The solid-fuel rocket, developed by CAS "
        "Space, a company spun off from the Chinese Academy of Sciences, was making its eighth "
        "flight. The satellites will be used for remote sensing and internet-of-things services, "
        "the company said. The four-stage rocket can lift 2 tonnes to low Earth orbit.",
        "Chinese private firm CAS Space launched its Kinetica-1 rocket from Jiuquan on Sunday, "
        "deploying 7 satellites for commercial customers, including remote sensing and "
        "internet-of-things spacecraft. The flight was the rocket's eighth. The four-stage, "
        "solid-fuelled vehicle can carry up to 2 tonnes to low Earth orbit.\n"
        "Advertisement\n"
        "CAS Space is also developing the larger, partly reusable Kinetica-2, which it hopes to "
        "fly soon.",
    ], ["2025-06-02", "2025-06-02"],
        r"\bsix\b|(?<![\d.])6(?![\d.])",
        r"\bseven\b|(?<![\d.])7(?![\d.])"),
    _case("rocket-T6", "rocket", "control: km vs miles, kg vs pounds, IST vs GMT", False, [
        "SRIHARIKOTA, Andhra Pradesh - India's Small Satellite Launch Vehicle (SSLV) put "
        "Thailand's THEOS-3 earth observation satellite into a 475-km circular orbit on Friday "
        "morning, in the small rocket's first commercial mission for a foreign customer. The "
        "three-stage rocket lifted off at 9.17 am IST and released the 180-kg satellite about 13 "
        "minutes later, NewSpace India Limited (NSIL) said. Thailand's space agency GISTDA will "
        "use the satellite to monitor farmland, floods and forest fires. \"Thailand is proud to "
        "work with India,\" a GISTDA official said.",
        "BANGKOK - A Thai Earth-imaging satellite is in orbit after an Indian SSLV rocket "
        "launched it from Sriharikota on Friday at 0347 GMT. The roughly 400-pound THEOS-3 was "
        "deployed around 13 minutes after liftoff into a circular orbit about 295 miles high, "
        "according to the Geo-Informatics and Space Technology Development Agency (GISTDA). The "
        "satellite will track crops, floods and wildfires across Thailand. The launch contract "
        "was handled by NSIL, the commercial arm of the Indian Space Research Organisation.",
    ], None),
    _case("rocket-T7", "rocket", "control: same moment on different calendar days", False, [
        "WENCHANG, Hainan, May 12 -- China launched a Long March 7A rocket from the Wenchang "
        "Space Launch Site in south China's Hainan Province at 0:35 a.m. Monday (Beijing Time), "
        "sending a communication technology test satellite into its planned orbit. The satellite "
        "will be used mainly for tests of multi-band, high-rate communication technology, "
        "according to the China Aerospace Science and Technology Corporation (CASC). The launch "
        "was the 573rd flight of the Long March rocket series.",
        "China sent a communications technology test satellite into orbit on Sunday, with a Long "
        "March 7A lifting off from the Wenchang spaceport on Hainan island at 12:35 p.m. Eastern "
        "(1635 UTC) on May 11. State media reported the launch as a success about an hour later. "
        "CASC, the main state space contractor, said the mission was the 573rd launch of the Long "
        "March family. Beijing releases few details about this series of test satellites.",
    ], ["2025-05-12", "2025-05-11"]),
    _case("quake-T1", "earthquake", "magnitude", True, [
        "LIMA (Andina) - A magnitude 6.1 earthquake shook the coast of the Ica region on Sunday "
        "morning, the Geophysical Institute of Peru (IGP) reported, causing panic but no "
        "immediate reports of deaths. The quake's epicentre was 38 kilometres south-west of "
        "Paracas, at a depth of 44 kilometres, the IGP said. Residents of Pisco and Ica rushed "
        "into the streets. The National Emergency Operations Centre (COEN) said two adobe houses "
        "collapsed in Pisco and the facade of a church was damaged. The tremor was also felt in "
        "Lima.",
        "Peru: strong quake rattles Ica. A 5.6-magnitude earthquake struck off Peru's southern "
        "coast on Sunday, the Instituto Geofísico del Perú said, with its epicentre located 38 km "
        "southwest of Paracas and 44 km deep. Peru's emergency operations centre, COEN, reported "
        "that two adobe homes had collapsed in Pisco. A church front was also damaged. There were "
        "no immediate reports of fatalities.\n"
        "Advertisement\n"
        "Peru sits on the Pacific 'Ring of Fire' and records around 200 perceptible quakes each "
        "year.",
        "Sismo en Ica (English edition): The IGP registered a magnitude 5.6 tremor on Sunday near "
        "Paracas, in the Ica region. Civil defence teams were checking for damage in Pisco, where "
        "two homes made of adobe fell down. The shaking could be felt in Lima. Schools in Ica "
        "will open normally on Monday, the regional government said.",
    ], None,
        r"(?<![\d.])6[.,]1(?!\d)",
        r"(?<![\d.])5[.,]6(?!\d)"),
    _case("quake-T2", "earthquake", "epicentre town", True, [
        "ANKARA (AA) - A magnitude 6.1 earthquake centred in the Sındırgı district of western "
        "Balıkesir province struck at 19.53 local time on Sunday, the Disaster and Emergency "
        "Management Authority (AFAD) said. One person, an 81-year-old woman, died after being "
        "pulled from the rubble of a collapsed building, Interior Minister Ali Yerlikaya said. At "
        "least 29 people were injured. Sixteen buildings collapsed, most of them already empty. "
        "The quake was felt in Istanbul and Izmir.\n"
        "Share this article",
        "A 6.1-magnitude quake with its epicentre in Bigadiç, a town in Balıkesir province, shook "
        "western Türkiye on Sunday evening, killing an elderly woman and injuring 29 people, "
        "officials said. The tremor hit at 7:53 p.m. (1653 GMT) at a depth of about 11 "
        "kilometres, according to AFAD. Interior Minister Ali Yerlikaya said 16 buildings had "
        "collapsed, though most were unoccupied. Residents of Istanbul also felt the shaking.\n"
        "Read more: Why Türkiye's quake risk remains high",
    ], ["2025-08-11", "2025-08-11"],
        r"s[ıi]nd[ıi]rg[ıi]",
        r"bigadi[çc]"),
    _case("quake-T3", "earthquake", "number of aftershocks", True, [
        "CEBU CITY (PNA) - The Philippine Institute of Volcanology and Seismology (Phivolcs) has "
        "recorded more than 1,200 aftershocks as of 6 a.m. Wednesday following the magnitude 6.9 "
        "earthquake that hit northern Cebu on Tuesday night. Phivolcs Director Teresito Bacolcol "
        "said the aftershocks ranged from magnitude 1.0 to 4.8. The epicenter was traced offshore "
        "near Bogo City. At least 69 people were killed, mostly in Bogo, San Remigio and "
        "Medellin, according to the Office of Civil Defense. Residents were advised to stay away "
        "from damaged structures.",
        "As of 6:00 am on Wednesday, state seismologists had logged over 2,100 aftershocks after "
        "the magnitude 6.9 tremor that struck off Bogo City in northern Cebu on Tuesday night, "
        "the strongest of them reaching magnitude 4.8. The Office of Civil Defense put the death "
        "toll at 69, with Bogo, San Remigio and Medellin the worst hit. Phivolcs chief Teresito "
        "Bacolcol warned that the aftershocks could continue for weeks. Schools in the province "
        "remained closed.\n"
        "---- Advertisement ----",
    ], None,
        r"(?<![\d.,])1,?200(?!\d)",
        r"(?<![\d.,])2,?100(?!\d)"),
    _case("quake-T4", "earthquake", "death toll conflict, same time", True, [
        "JAKARTA (Antara) - The death toll from the magnitude 5.8 earthquake that rocked Poso "
        "regency in Central Sulawesi early on Tuesday has reached 14, the National Disaster "
        "Mitigation Agency (BNPB) said in its latest update on Tuesday night. BNPB spokesperson "
        "Abdul Muhari said 43 people were injured and more than 1,000 houses were damaged. Most "
        "of the victims were crushed when a church and several homes collapsed in Pamona "
        "district. The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake had "
        "no potential to cause a tsunami. Evacuees are staying in tents set up by the regional "
        "disaster agency.",
        "At least 19 people were killed and 43 injured when a 5.8-magnitude quake struck Poso in "
        "Indonesia's Central Sulawesi province before dawn on Tuesday, disaster agency spokesman "
        "Abdul Muhari said in a statement late on Tuesday. More than 1,000 homes were damaged. A "
        "church in Pamona district was among the buildings that collapsed. The geophysics agency "
        "BMKG ruled out a tsunami. Indonesia, which straddles the Pacific 'Ring of Fire', is "
        "frequently hit by earthquakes and volcanic eruptions.\n"
        "Share this article",
    ], ["2025-08-20", "2025-08-20"],
        r"(?<![\d.])14(?![\d.])|\bfourteen\b",
        r"(?<![\d.])19(?![\d.])|\bnineteen\b"),
    _case("quake-T5", "earthquake", "clock time across zones", True, [
        "YANGON - A magnitude 5.5 earthquake jolted Sagaing region in central Myanmar at 12:50 "
        "p.m. local time on Friday, the Department of Meteorology and Hydrology said. The quake "
        "struck at a depth of 10 km, about 16 km north-west of Sagaing town. Residents of "
        "Mandalay, many still repairing homes damaged in March, ran out of buildings. No "
        "casualties had been reported by Friday evening, local authorities said.\n"
        "Advertisement",
        "BANGKOK - A moderate 5.5-magnitude quake struck central Myanmar's Sagaing region on "
        "Friday at 0650 GMT, with its epicentre roughly 16 kilometres northwest of the town of "
        "Sagaing and a shallow depth of 10 km, Myanmar's meteorology department said. It was felt "
        "in Mandalay, the country's second city, where many buildings remain damaged from the "
        "devastating quake in March. There were no immediate reports of casualties. Light shaking "
        "was also reported in northern Thailand.",
    ], None,
        r"12[:.]50|(?<!\d)06[:.]?20",
        r"(?<!\d)06[:.]?50|13[:.]20|(?<!\d)1[:.]20 ?p"),
    _case("quake-T6", "earthquake", "control: toll updated the next day", False, [
        "KABUL, 1 September - At least 610 people were killed and 1,300 injured when a magnitude "
        "6.0 earthquake struck eastern Afghanistan late on Sunday, the Taliban administration's "
        "spokesman Zabihullah Mujahid said on Monday. The quake hit at 11:47 p.m. local time at a "
        "depth of eight kilometres, with its epicentre 27 km north-east of Jalalabad in Nangarhar "
        "province, according to the USGS. Kunar province was the worst affected, with entire "
        "villages of mud-brick houses flattened. Rescue teams struggled to reach remote valleys "
        "because of landslides.\n"
        "Share this article",
        "ISLAMABAD - The death toll from Sunday night's earthquake in eastern Afghanistan has "
        "risen to more than 1,400, with over 3,000 injured, Taliban spokesman Zabihullah Mujahid "
        "said on Tuesday, as rescuers dug through the ruins of villages in Kunar. The "
        "magnitude-6.0 quake struck at 11:47 p.m. on Sunday, 27 km north-east of Jalalabad, at a "
        "shallow depth of 8 km, the US Geological Survey said. Helicopters have been used to "
        "evacuate the wounded from mountain areas cut off by rockfalls. The United Nations said "
        "it had released emergency funds.",
    ], ["2025-09-01", "2025-09-02"]),
    _case("quake-T7", "earthquake", "control: km vs miles, WIB vs GMT", False, [
        "BENGKULU (Antara) - A magnitude 6.2 earthquake struck off the coast of Bengkulu province "
        "at 23:15 WIB on Thursday, BMKG said, with its centre at sea about 130 km south-west of "
        "Bengkulu city at a depth of 10 km. BMKG head Dwikorita Karnawati said the quake did not "
        "have the potential to trigger a tsunami. Residents in Bengkulu city and Kaur regency "
        "felt strong shaking for several seconds and many left their homes. There were no initial "
        "reports of serious damage.",
        "An undersea earthquake of magnitude 6.2 hit off the western coast of Sumatra late on "
        "Thursday at 1615 GMT, Indonesia's geophysics agency said, with the epicentre about 80 "
        "miles southwest of the city of Bengkulu and a depth of six miles. There was no threat of "
        "a tsunami, the agency's chief Dwikorita Karnawati said. Shaking was felt strongly in "
        "Bengkulu and nearby Kaur. No major damage was initially reported.\n"
        "Read more: Indonesia's earthquake early-warning gaps",
    ], None),
    _case("election-T1", "election", "winner's vote share", True, [
        "ACCRA, Dec. 10 (GNA) - The Electoral Commission (EC) has declared former President John "
        "Dramani Mahama of the National Democratic Congress (NDC) winner of the 7 December "
        "presidential election with 56.55 per cent of the valid votes cast. EC Chairperson Jean "
        "Mensa announced on Monday that Mr Mahama obtained 6,328,397 votes, while Vice President "
        "Mahamudu Bawumia of the New Patriotic Party (NPP) polled 41.61 per cent. Dr Bawumia had "
        "already conceded defeat on Sunday. Mr Mahama will be sworn into office on 7 January.",
        "Ghana's opposition leader John Mahama has been officially confirmed as winner of the "
        "presidential election, taking 55.6% of the vote, the country's electoral commission said "
        "on Monday. His main rival, Vice-President Mahamudu Bawumia of the governing NPP, "
        "received 41.61%. Mahama secured 6,328,397 votes, according to the commission. Bawumia "
        "conceded on Sunday, a day after the vote.\n"
        "Advertisement\n"
        "Mahama, who led Ghana from 2012 to 2017, returns to power promising to \"reset\" the "
        "economy. He takes office on 7 January.",
    ], ["2024-12-10", "2024-12-10"],
        r"56[.,]55|(?<![\d.])56[.,]6(?!\d)",
        r"(?<![\d.])55[.,]6(?!\d)"),
    _case("election-T2", "election", "winning margin", True, [
        "LA PAZ - Centre-right senator Rodrigo Paz won Bolivia's presidential run-off on Sunday, "
        "beating former president Jorge 'Tuto' Quiroga by almost nine percentage points, "
        "according to preliminary results from the Supreme Electoral Tribunal (TSE). Quiroga "
        "conceded in a speech to supporters in La Paz on Sunday night. Paz, the son of former "
        "president Jaime Paz Zamora, will take office on 8 November. He has promised to phase out "
        "fuel subsidies and to open the economy. Bolivia is living its worst economic crisis in "
        "decades, with annual inflation above 20%.",
        "Rodrigo Paz has been elected president of Bolivia after defeating Jorge Quiroga by a "
        "margin of about 5 points in Sunday's second round, preliminary figures from the Tribunal "
        "Supremo Electoral showed. Quiroga accepted the result the same night. Paz is the son of "
        "former president Jaime Paz Zamora and will be sworn in on 8 November, ending nearly two "
        "decades of rule by the MAS movement. Fuel shortages and inflation of more than 20% "
        "dominated the campaign.\n"
        "Lea más: Who is Rodrigo Paz?",
    ], None,
        r"(?<![\d.])(9|8[.,]\d+)(\.0+)? ?(percentage points?|points?|pp\b|pts?\b|%)"
        r"|\bnine\b",
        r"(?<![\d.])(5|4[.,]\d+)(\.0+)? ?(percentage points?|points?|pp\b|pts?\b|%)"
        r"|\bfive\b"),
    _case("election-T3", "election", "turnout", True, [
        "BLANTYRE (MANA) - The Malawi Electoral Commission (MEC) on Wednesday declared former "
        "president Peter Mutharika of the Democratic Progressive Party (DPP) winner of the 16 "
        "September presidential election with 56.1 per cent of the vote. Incumbent Lazarus "
        "Chakwera of the Malawi Congress Party (MCP) got 33 per cent. MEC chairperson Justice "
        "Annabel Mtalimanja said turnout was 76.4 per cent of the 7.2 million registered voters. "
        "Chakwera conceded on Tuesday, a day before the official announcement. Mutharika, 85, "
        "previously ruled from 2014 to 2020.",
        "Malawi's electoral body has confirmed Peter Mutharika as the country's next president, "
        "with 56.1% of the vote against 33% for outgoing leader Lazarus Chakwera. Turnout in the "
        "16 September poll was 67.4%, Malawi Electoral Commission chair Annabel Mtalimanja told a "
        "news conference in Blantyre on Wednesday. Some 7.2 million people had registered to "
        "vote. Chakwera had already conceded on Tuesday.\n"
        "Advertisement\n"
        "Mutharika, who is 85, lost to Chakwera in the 2020 re-run after a court annulled the "
        "2019 result.",
        "Malawi: Mutharika wins comeback. The former president won 56.1 per cent, electoral "
        "commission results showed on Wednesday, with about 76 per cent of registered voters "
        "casting ballots. Chakwera took 33 per cent. Markets in Lilongwe were calm as supporters "
        "of the DPP celebrated.",
    ], ["2025-09-24", "2025-09-24", "2025-09-24"],
        r"(?<![\d.])76([.,]4)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])67([.,]4)? ?(%|percent|per cent|pct)"),
    _case("election-T4", "election", "typo in a date's year", True, [
        "VICTORIA, Seychelles (SNA) - Opposition leader Patrick Herminie of United Seychelles has "
        "won the presidential run-off, defeating incumbent Wavel Ramkalawan, the Electoral "
        "Commission announced on Sunday. Herminie received 52.7 per cent of the votes against "
        "47.3 per cent for Ramkalawan. Turnout was 86.6 per cent. The commission said the new "
        "president will be sworn in on 26 October 2025 at State House. Ramkalawan congratulated "
        "his rival in a televised address.",
        "Patrick Herminie will become the next president of the Indian Ocean archipelago after "
        "winning 52.7% in the second round, beating Wavel Ramkalawan's 47.3%, electoral officials "
        "said on Sunday. Turnout was 86.6%. His inauguration is scheduled for 26 October 3025, "
        "the commission said in a statement. Ramkalawan, in power since 2020, conceded in a TV "
        "address and wished his successor well.\n"
        "Share this:",
    ], None,
        r"(?<!\d)2025(?!\d)",
        r"(?<!\d)3025(?!\d)"),
    _case("election-T5", "election", "title of the official announcing", True, [
        "COLOMBO, Nov 16 - President Anura Kumara Dissanayake's National People's Power (NPP) won "
        "159 seats in the 225-member Parliament in Thursday's general election, a two-thirds "
        "majority, Election Commission Chairman R.M.A.L. Rathnayake announced. The NPP secured "
        "61.56 per cent of the votes. The Samagi Jana Balawegaya (SJB) led by Sajith Premadasa "
        "came second with 40 seats. Turnout was around 69 per cent, lower than in the September "
        "presidential election. \"The election was the most peaceful in our history,\" Mr. "
        "Rathnayake told journalists.",
        "Sri Lanka's ruling NPP coalition has won a two-thirds majority in parliament with 159 of "
        "the 225 seats, final results released by Commissioner General of Elections R.M.A.L. "
        "Rathnayake showed. The party took 61.56% of the vote in Thursday's poll. Sajith "
        "Premadasa's SJB, the main opposition, was reduced to 40 seats. Rathnayake described the "
        "poll as \"the most peaceful in our history\". Around 69% of eligible voters cast "
        "ballots.\n"
        "Advertisement\n"
        "The new parliament will meet for the first time on 21 November.",
    ], ["2024-11-16", "2024-11-16"],
        r"chairman|chairperson|\bchair\b",
        r"commissioner[- ]general"),
    _case("election-T6", "election", "control: vote counts of different candidates", False, [
        "WARSAW (PAP) - Conservative historian Karol Nawrocki has won Poland's presidential "
        "run-off with 50.89% of the vote, the National Electoral Commission (PKW) said on Monday, "
        "after counting ballots from all polling stations. Nawrocki, backed by the Law and "
        "Justice (PiS) party, received 10,606,877 votes. His rival, Warsaw mayor Rafał "
        "Trzaskowski of the governing Civic Coalition, took 49.11%. Turnout was 71.63%, a record "
        "for a second round. Nawrocki will be sworn in on 6 August.",
        "Poland's liberal candidate Rafał Trzaskowski narrowly lost Sunday's presidential "
        "run-off, winning 10,237,286 votes, or 49.11 per cent, according to the final count "
        "published by the PKW electoral commission on Monday. The winner, Karol Nawrocki, a "
        "historian supported by PiS, got 50.89 per cent. Turnout reached 71.63 per cent. Prime "
        "Minister Donald Tusk said he would seek a confidence vote in parliament.\n"
        "Read more: What Nawrocki's win means for Tusk's reforms\n"
        "The president-elect takes office in August.",
    ], ["2025-06-02", "2025-06-02"]),
    _case("election-T7", "election", "control: commission named in Indonesian and English", False, [
        "JAKARTA (Antara) - The Komisi Pemilihan Umum (KPU) on Wednesday officially declared "
        "Prabowo Subianto and Gibran Rakabuming Raka the winners of the 14 February presidential "
        "election, with 96,214,691 votes or 58.59 percent. Anies Baswedan and Muhaimin Iskandar "
        "came second with 24.95 percent, while Ganjar Pranowo and Mahfud MD received 16.47 "
        "percent. KPU chairman Hasyim Asy'ari read out the decision at the commission's office in "
        "Jakarta. The losing pairs have three days to file challenges at the Constitutional Court.",
        "Indonesia's General Elections Commission has certified Defence Minister Prabowo Subianto "
        "as the winner of February's presidential vote, with 58.59% of valid ballots, or just "
        "over 96.2 million votes. Former Jakarta governor Anies Baswedan was second on 24.95%, "
        "followed by Ganjar Pranowo on 16.47%. The commission's chairman, Hasyim Asy'ari, "
        "announced the official tally on Wednesday in Jakarta. Prabowo's running mate is Gibran "
        "Rakabuming Raka, the eldest son of outgoing President Joko Widodo. Challenges can be "
        "lodged with the Constitutional Court within three days.",
    ], None),
]
