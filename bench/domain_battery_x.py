"""Blind battery of disagreements in the hidden check's domains, part X (issue 11).

Part X, written by engineer X1 on 2026-12-06 (eleventh session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py X``. Emphasis: English-language outlets from Latin America,
Africa, the Middle East, Eastern Europe and Southeast Asia, and events in those regions.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "X", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # trade ---------------------------------------------------------------------------
    _case("trade-X1", "trade", "duration", True, [
        ("KUALA LUMPUR, 26 Oct (Bernama) -- Senior economic officials of the United States and "
         "China wrapped up a second day of trade consultations here on Sunday, with both sides "
         "describing the atmosphere as 'constructive'. The closed-door session, held at a hotel "
         "near the Kuala Lumpur Convention Centre, lasted nearly five hours, a Malaysian official "
         "familiar with the arrangements told Bernama. US Treasury Secretary Scott Bessent led "
         "the American side while Vice Premier He Lifeng headed the Chinese team. The meeting "
         "took place on the margins of the ASEAN Summit, which Malaysia is hosting as this year's "
         "chair. Washington has threatened an additional 100 per cent tariff on Chinese goods "
         "from 1 November if no deal is reached. Advertisement Malaysia's Investment, Trade and "
         "Industry Minister Tengku Zafrul Aziz said the country was honoured to provide a neutral "
         "venue for both parties. Analysts in the capital expect the leaders to review the "
         "outcome later this week."),
        ("Trade negotiators from Washington and Beijing spent three hours and 20 minutes behind "
         "closed doors in the Malaysian capital on Sunday, according to a Chinese delegation "
         "source quoted by Xinhua, in what is seen as the last round before a possible leaders' "
         "meeting. It was the second straight day of talks between the team of Mr. Bessent, the "
         "US Treasury chief, and Chinese Vice-Premier He Lifeng. Both camps said progress was "
         "made on export controls for rare earths and on purchases of American soybeans. Read "
         "more: ASEAN leaders sign regional digital pact The threat of a further 100% levy on "
         "Chinese imports, due to kick in on November 1, hangs over the process. 'We had very "
         "substantive discussions,' Mr. Bessent told reporters after leaving the venue. Manila "
         "and Hanoi are watching closely, since any truce would ease pressure on supply chains "
         "that run through South-East Asia."),
    ], ["2025-10-26", "2025-10-26"],
        r"five hours|(?<![\d.])5 ?(hours?|hrs?|h)\b|(?<![\d.])300 ?min|(?<![\d.])5(\.0+)? ?h",
        r"three hours|(?<![\d.])3 ?(hours?|hrs?|h)\b|(?<![\d.])200 ?min|(?<![\d.])3[.,]3"),
    _case("trade-X2", "trade", "clock time across zones", True, [
        ("GENEVA, 10 May -- Top economic officials from the United States and China opened their "
         "first in-person negotiations since the start of the tariff war on Saturday, at the "
         "residence of Switzerland's ambassador to the United Nations. The first session began at "
         "10 a.m. local time, a spokesperson for the Swiss foreign ministry said. Treasury "
         "Secretary Scott Bessent and Trade Representative Jamieson Greer faced a Chinese team "
         "headed by Vice Premier He Lifeng. Washington currently charges 145% on most Chinese "
         "goods, while Beijing retaliated with a 125% levy on American products. Swiss Economy "
         "Minister Guy Parmelin, who helped to arrange the meeting, said it was already a success "
         "that the two sides were sitting at one table. No joint statement was expected before "
         "Sunday."),
        ("Beijing and Washington start talks in Geneva. The meeting between Chinese Vice-Premier "
         "He Lifeng and the American delegation led by Treasury chief Scott Bessent began at 5 "
         "p.m. Beijing time on Saturday, Xinhua news agency reported. Advertisement The talks, "
         "held at the Swiss ambassador's residence, are the first high-level contact since "
         "President Trump raised duties on Chinese imports to 145 percent. China answered with "
         "tariffs of 125 percent on US goods. A commerce ministry spokesman had said earlier in "
         "the week that Beijing's door 'remains open' if Washington shows sincerity. Exporters in "
         "Guangdong and Zhejiang hope for quick relief. US trade representative Jamieson Greer "
         "also joined the American side."),
    ], None,
        (r"(?<![\d.:])10(:00)? ?a\.?m|(?<![\d.:])10:?00\b|(?<![\d.:])0?8:?00\b|"
         r"(?<![\d.:])8(:00)? ?a\.?m|(?<![\d.:])16:?00\b|(?<![\d.:])4(:00)? ?p\.?m"),
        (r"(?<![\d.:])5(:00)? ?p\.?m|(?<![\d.:])17:?00\b|(?<![\d.:])0?9:?00\b|"
         r"(?<![\d.:])9(:00)? ?a\.?m|(?<![\d.:])11(:00)? ?a\.?m|(?<![\d.:])11:?00\b")),
    _case("trade-X3", "trade", "who led the delegation", True, [
        ("JAKARTA (Antara) - Indonesia and China have agreed to speed up the review of their "
         "bilateral trade arrangement, after a meeting held in Beijing on Tuesday. The Indonesian "
         "delegation was led by Coordinating Minister for Economic Affairs Airlangga Hartarto, "
         "who met with Chinese Commerce Minister Wang Wentao. Both sides discussed about nickel "
         "downstreaming, access for palm oil and the tariff on Indonesian fresh durian. Bilateral "
         "trade reached around US$135 billion in 2024, according to data of the Central "
         "Statistics Agency (BPS). 'China remains our biggest trading partner and we want the "
         "relationship to be more balanced,' Airlangga said to journalists. The two ministers "
         "also agreed to meet again in Jakarta before end of this year."),
        ("Indonesia sends team to Beijing to rebalance trade. Indonesia's delegation, headed by "
         "Trade Minister Budi Santoso, held talks with China's Commerce Minister Wang Wentao in "
         "Beijing on Tuesday, officials said. The meeting covered market access for palm oil and "
         "fresh durian as well as Chinese investment in nickel smelting. Two-way trade between "
         "the countries stood at about $135 billion in 2024. Share this article Jakarta is "
         "seeking to narrow a deficit in non-oil trade with Beijing. The ministers agreed to hold "
         "the next round in Jakarta before the year closes."),
    ], None,
        r"airlangga|hartarto|coordinating minister",
        r"budi|santoso|trade minister"),
    _case("trade-X4", "trade", "length of tariff pause", True, [
        ("MANILA -- The United States and China have agreed to extend their tariff truce by "
         "another 90 days, a relief for Southeast Asian manufacturers plugged into Chinese supply "
         "chains. The pause had been set to lapse on Tuesday. Under the arrangement, US duties on "
         "Chinese goods stay at 30 percent and Beijing's retaliatory tariff at 10 percent. Read "
         "more: Peso weakens as investors watch Fed signals. The Philippine Exporters "
         "Confederation said in a statement that the decision gives breathing room for orders "
         "already placed for the Christmas season. The White House confirmed the extension in an "
         "executive order signed on Monday. Economists say the longer-term issues, including "
         "fentanyl-related duties and chip export controls, remain open."),
        ("Washington and Beijing extended for 60 days the suspension of the higher tariffs that "
         "they imposed one on the other, according to official sources of both countries. The "
         "previous pause expired this Tuesday. With the decision, the 30% tariff that the United "
         "States applies to Chinese products and the 10% that China applies to American goods "
         "remain without change. For Chile and Peru, whose copper and fruit exports depend "
         "strongly on the Chinese demand, the news was received with relief in the markets. The "
         "Chinese Ministry of Commerce said the extension was a result of the consultations held "
         "in Stockholm in July. President Trump signed the executive order on Monday, the White "
         "House informed."),
        ("HANOI -- Vietnamese exporters welcomed news that the United States and China pushed "
         "back the deadline of their tariff truce by 90 days. The White House executive order, "
         "signed on Monday, keeps the 30% US tariff on Chinese goods in place, while China holds "
         "its counter-duty at 10%. Textile and electronics firms in Binh Duong and Bac Ninh said "
         "the pause reduces the risk of sudden shifts of orders. 'Stability is what our customers "
         "need now,' said the vice-chairman of a garment association in Ho Chi Minh City. The "
         "truce was due to expire on Tuesday."),
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
        r"(?<![\d.])90[- ]?days?|ninety|three months|(?<![\d.])90(?![\d.])",
        r"(?<![\d.])60[- ]?days?|sixty|two months|(?<![\d.])60(?![\d.])"),
    _case("trade-X5", "trade", "percentage points of tariff rise", True, [
        ("MEXICO CITY -- Mexico's Ministry of Economy will ask Congress to raise the import duty "
         "on cars from countries without a trade agreement, a measure aimed mainly at China, by "
         "30 percentage points. Chinese-made vehicles currently pay 20 percent at the border. The "
         "proposal covers 1,463 tariff lines in sectors including steel, textiles, plastics and "
         "auto parts, Economy Minister Marcelo Ebrard told a press conference. 'We are not acting "
         "against any country, we are protecting jobs,' he said, putting the number of jobs at "
         "risk at 325,000. China's commerce ministry said it firmly opposes unilateral measures "
         "and will evaluate the plan. The bill must pass both chambers before taking effect."),
        ("Mexico plans a big jump in tariffs for Chinese cars. The government of President "
         "Claudia Sheinbaum sent to the Congress a package that lifts the duty for light vehicles "
         "coming from China and other countries with which Mexico has no free trade treaty by 25 "
         "percentage points, from the 20% applied today. In total 1,463 tariff categories would "
         "be affected. Share this article Minister Ebrard said the aim is to defend some 325,000 "
         "jobs in industries exposed to cheap imports. Beijing answered that it opposes such "
         "measures. Analysts at local bank Banorte expect car prices to go up if the law is "
         "approved."),
    ], None,
        r"(?<![\d.])30(\.0+)? ?(percentage points?|pp\b|points?|pts?\b|%|percent|per cent|pct)",
        r"(?<![\d.])25(\.0+)? ?(percentage points?|pp\b|points?|pts?\b|%|percent|per cent|pct)"),
    _case("trade-X6", "trade", "control: local currency and dollars", False, [
        ("PRETORIA -- South Africa and China have signed a protocol allowing exports of South "
         "African avocados and fresh beef to the Chinese market, in a deal the Department of "
         "Agriculture values at R9.1 billion (about US$500 million) a year in new sales. Minister "
         "John Steenhuisen said the agreement followed almost five years of technical "
         "negotiations. 'This is a big day for farmers in Limpopo and Mpumalanga,' he told "
         "reporters. The deal is expected to support about 2,000 jobs in the avocado value chain. "
         "China is already South Africa's largest single trading partner. Advertisement Exports "
         "could begin before the end of the year once inspections of packhouses are completed."),
        ("China, South Africa ink farm trade deal. Beijing has opened its market to South African "
         "avocados and beef under an agreement signed this week, with Pretoria estimating the "
         "annual new exports at $500 million. South Africa's agriculture minister, John "
         "Steenhuisen, said talks on the protocol took nearly five years. The avocado sector "
         "alone could sustain some 2,000 jobs, industry body Subtrop said. First shipments are "
         "expected before year-end, after Chinese inspectors visit the packhouses."),
    ], ["2025-06-05", "2025-06-05"]),
    _case("trade-X7", "trade", "control: local-language name, rounding", False, [
        ("BRASILIA -- Brazil's exports to China reached US$94.4 billion in 2024, according to the "
         "Ministério do Desenvolvimento, Indústria, Comércio e Serviços (MDIC), keeping the Asian "
         "country as the first destination of Brazilian products for the 16th consecutive year. "
         "Soybeans, iron ore and crude oil led the shipments. Vice-President Geraldo Alckmin, who "
         "also heads the ministry, said Brazil wants to 'add more value' to what it sells to the "
         "Chinese. The data were released ahead of a business mission to Beijing planned for next "
         "week. Leia também: Dólar fecha em alta Officials expect the mission to sign memoranda "
         "in agribusiness and green hydrogen."),
        ("Brazil's Ministry of Development, Industry, Trade and Services said sales to China "
         "totalled about $94 billion in 2024, with soy, iron ore and oil at the top of the list. "
         "China has been Brazil's biggest export market for 16 years in a row. 'We are preparing "
         "the ground for a new phase of investment, including in electric vehicles,' Vice "
         "President Geraldo Alckmin said at an event in Sao Paulo. A delegation of Brazilian "
         "business leaders travels to Beijing next week. Read more:"),
    ], None),
    _case("trade-X8", "trade", "control: days across zones", False, [
        ("WASHINGTON -- Treasury Secretary Scott Bessent held a video call with Chinese Vice "
         "Premier He Lifeng on Thursday evening, the Treasury Department said, in the first "
         "direct contact between the two since the latest round of tariff increases. The call "
         "began at 8 p.m. Washington time and lasted about 90 minutes. Both sides agreed to "
         "maintain communication, according to a Treasury readout. Bessent told a television "
         "interviewer earlier in the day that he expected the talks to be 'a slog'. Markets in "
         "Asia will open with the news."),
        ("SINGAPORE -- China's Vice-Premier He Lifeng and US Treasury Secretary Scott Bessent "
         "spoke by video link on Friday morning, China's official Xinhua news agency reported. "
         "The conversation started at 8 a.m. Beijing time and ran for an hour and a half. The two "
         "sides agreed to keep channels of communication open, Xinhua said, without giving "
         "details. Regional bourses edged up after the report, with the Straits Times Index "
         "adding 0.4 per cent by midday."),
    ], ["2025-04-17", "2025-04-18"]),
    # court ---------------------------------------------------------------------------
    _case("court-X1", "court", "size of the bench", True, [
        ("NAIROBI, Kenya -- A three-judge bench of the High Court on Friday declared "
         "unconstitutional several sections of the Finance Act, 2023, in a petition filed by a "
         "group of activists and the Law Society of Kenya. The judges said Parliament failed to "
         "carry out adequate public participation before passing the amendments. The ruling does "
         "not affect the 1.5 per cent housing levy, which was addressed in a separate case. "
         "Attorney-General Dorcas Oduor said the government would study the judgment. Share this "
         "article Lawyers for the petitioners called the decision a win for every taxpayer. The "
         "State has 14 days to file a notice of appeal."),
        ("The High Court has nullified sections of the Finance Act 2023 after a five-judge bench "
         "found that public participation was not meaningful, the Kenya News Agency (KNA) "
         "reports. The judgment was delivered on Friday at the Milimani Law Courts. Petitioners, "
         "among them the Law Society of Kenya, had argued that MPs introduced new clauses after "
         "the public hearings were closed. The judges clarified that the housing levy of 1.5 per "
         "cent was not part of this case. Attorney General Dorcas Oduor told journalists her "
         "office will study the ruling before deciding the next steps. Under the rules, the "
         "government can lodge a notice of appeal within 14 days."),
    ], None,
        r"(?<![\d.])3(?![\d.])|three",
        r"(?<![\d.])5(?![\d.])|five"),
    _case("court-X2", "court", "number of justices in the majority", True, [
        ("BRASILIA (Agência Brasil) -- Brazil's Supreme Federal Court (STF) ruled on Thursday "
         "that internet platforms can be held liable for illegal content posted by users even "
         "without a prior court order, in a landmark decision for the country's digital rules. "
         "Eight of the court's 11 justices voted to declare Article 19 of the Marco Civil da "
         "Internet partially unconstitutional. The judgment sets out that companies must remove "
         "posts involving hate speech, terrorism and attacks on democracy after being notified. "
         "Chief Justice Luís Roberto Barroso, who presides over the court, said the ruling does "
         "not create censorship. Big tech companies said they were analysing the decision. "
         "Advertisement The new rules apply until Congress approves a specific law."),
        ("Brazil's top court has decided that social media companies must answer for harmful "
         "posts by their users, in a judgment concluded on Thursday with seven of the 11 justices "
         "in favour. The STF found Article 19 of the internet framework law, known as the Marco "
         "Civil, partly unconstitutional. Platforms will need to act on notifications about "
         "content such as hate speech or anti-democratic attacks. Chief Justice Luís Roberto "
         "Barroso rejected claims that the court was opening the door to censorship. Google said "
         "in a statement it was concerned about the impact on free expression. The regime will be "
         "valid until lawmakers pass new legislation."),
    ], ["2025-06-26", "2025-06-26"],
        r"(?<![\d.])8(?![\d.])|eight",
        r"(?<![\d.])7(?![\d.])|seven"),
    _case("court-X3", "court", "size of the fine", True, [
        ("ABUJA -- The Competition and Consumer Protection Tribunal has upheld a $220 million "
         "fine imposed on Meta Platforms by the Federal Competition and Consumer Protection "
         "Commission (FCCPC), dismissing the company's appeal. The tribunal, chaired by Thomas "
         "Okosun, ruled that the commission had acted within its powers. Meta was also ordered to "
         "pay $35,000 to cover the commission's costs of investigation. The FCCPC had accused the "
         "company of abusive data practices and discriminatory treatment of Nigerian users. A "
         "spokesperson for Meta said the firm disagreed with the decision and was considering its "
         "options. In the lead-up to the ruling, Meta had warned it might withdraw Facebook and "
         "Instagram from Nigeria."),
        ("Nigeria tribunal backs regulator against Meta. The tribunal in Abuja on Friday "
         "confirmed a penalty of $250 million against the owner of Facebook, WhatsApp and "
         "Instagram, and also ordered it to refund $35,000 in investigation costs to the FCCPC. "
         "Chairman Thomas Okosun said the consumer protection agency followed due process. Meta "
         "had argued that the investigation was unfair. Read more: Naira steadies at official "
         "window The company said it will review the judgment. Digital rights groups in Lagos "
         "welcomed the outcome as a signal to other multinationals."),
    ], None,
        r"(?<![\d.,])220(?![\d.,])",
        r"(?<![\d.,])250(?![\d.,])"),
    _case("court-X4", "court", "weekday vs date of ruling", True, [
        ("JAKARTA (ANTARA) - The Constitutional Court (MK) on Thursday (14/8) rejected a judicial "
         "review petition against the Regional Election Law which asked to lower the minimum age "
         "of candidates for governor to 25 years. Chief Justice Suhartoyo read the verdict in the "
         "plenary room of the court. The court considered that age requirement is an open legal "
         "policy that belongs to lawmakers. 'The petition of the petitioners is rejected in its "
         "entirety,' Suhartoyo said. The petition was filed by two university students from "
         "Yogyakarta. The current law sets the minimum age at 30 years for governor candidates."),
        ("Indonesia's Constitutional Court on Wednesday threw out a request from two students to "
         "cut the minimum age for provincial governor candidates to 25. The court, led by Chief "
         "Justice Suhartoyo, said setting age limits is a matter for the House of Representatives "
         "and the government. The law currently requires governor hopefuls to be at least 30 "
         "years old. The students, from Yogyakarta, argued the rule discriminated against young "
         "politicians. Advertisement Activists said the ruling was expected after a similar "
         "decision last year."),
    ], ["2025-08-14", "2025-08-14"],
        r"thursday|aug(ust)? 14|14 aug|14/8|-08-14",
        r"wednesday|aug(ust)? 13|13 aug|13/8|-08-13"),
    _case("court-X5", "court", "length of prison sentence", True, [
        ("GUATEMALA CITY -- A Guatemalan court on Tuesday sentenced former communications "
         "minister Héctor Arriola Pazos to 12 years in prison for fraud in the contracting of a "
         "highway that was never finished. The First Sentencing Court also ordered him to pay a "
         "fine of 500,000 quetzales. Prosecutors from the Public Ministry said the contract had "
         "cost the state more than 40 million quetzales. Two former ministry officials received "
         "shorter sentences. Arriola's lawyer said they will appeal. The case is one of several "
         "linked to the road programme of the previous government."),
        ("Former minister Héctor Arriola Pazos will spend 10 years behind bars, after judges in "
         "Guatemala City found him guilty of fraud over an unfinished highway contract. He must "
         "also pay Q500,000, the court ruled on Tuesday. According to the Ministerio Público, the "
         "damage to public finances exceeded Q40 million. Two other former officials were also "
         "convicted. The defence announced an appeal. Share this article"),
    ], ["2025-03-11", "2025-03-11"],
        r"(?<![\d.,])12(?![\d.,])|twelve",
        r"(?<![\d.,])10(?![\d.,])|\bten\b"),
    _case("court-X6", "court", "control: two quotes, Swahili name", False, [
        ("NAIROBI -- The Supreme Court (Mahakama ya Juu) on Monday dismissed an appeal by the Law "
         "Society of Kenya over the appointment of commissioners of the electoral body, in a "
         "unanimous decision of the seven judges. Chief Justice Martha Koome, who presided, said "
         "the appellant had failed to show that the selection panel broke the law. Speaking after "
         "the ruling, Koome said: 'The independence of this court is not negotiable, and we will "
         "continue to decide cases on the law and the evidence alone.' The appellant was ordered "
         "to pay costs of Sh5 million. Advertisement Supporters of the commissioners gathered "
         "outside the court precinct."),
        ("Kenya's Supreme Court has dismissed an appeal over the appointment of commissioners of "
         "the Independent Electoral and Boundaries Commission, with all seven judges agreeing. CJ "
         "Martha Koome read the judgment on Monday. In a separate remark at a function for new "
         "magistrates later the same day, she said: 'Case backlog remains our biggest enemy, and "
         "we are hiring to defeat it.' The appellant will pay costs of Sh5 million, the court "
         "directed."),
    ], None),
    _case("court-X7", "court", "control: days across zones", False, [
        ("MANILA -- The Supreme Court on Friday declared unconstitutional the impeachment "
         "complaint against Vice President Sara Duterte, saying it was barred by the one-year "
         "rule. The decision was announced at 10 a.m. Manila time by court spokesperson Camille "
         "Ting. The ruling was unanimous. The House of Representatives said it would file a "
         "motion for reconsideration. Senators were divided over whether the impeachment trial "
         "can still go on."),
        ("The Philippine Supreme Court late Thursday night, US Eastern time, struck down the "
         "impeachment of Vice President Sara Duterte. The ruling was handed down at 10 p.m. EDT, "
         "which was Friday morning in Manila. The justices ruled unanimously that the complaint "
         "violated the constitutional ban on more than one impeachment proceeding within a year. "
         "Court spokesperson Camille Ting announced the decision. House leaders signalled they "
         "would seek reconsideration. The Filipino American community in New Jersey followed the "
         "news closely."),
    ], ["2025-07-25", "2025-07-24"]),
    # central bank --------------------------------------------------------------------
    _case("cb-X1", "central bank", "new policy rate", True, [
        ("SAO PAULO -- The Central Bank of Brazil's Monetary Policy Committee (Copom) raised the "
         "Selic rate to 14.25% a year on Wednesday, from 13.25%, in a unanimous decision. It was "
         "the first meeting with all members appointed by President Luiz Inácio Lula da Silva. "
         "Governor Gabriel Galípolo's board signalled a smaller adjustment at the next meeting in "
         "May. Annual inflation measured by the IPCA stood at 5.06% in February. The committee "
         "said in its statement that the scenario remains challenging. Exporters and industry "
         "groups criticised the decision."),
        ("Brazil hikes Selic again. Brazil's central bank lifted its benchmark interest rate to "
         "14.75 per cent, the committee announced after its two-day meeting, citing persistent "
         "inflation and a heated labour market. The Selic was at 13.25 per cent before the "
         "decision. All members voted in favour. Consumer prices rose 5.06 per cent in the 12 "
         "months to February, above the ceiling of the tolerance band. Read more: Real gains "
         "against dollar Policymakers said the next move, in May, should be of smaller size. The "
         "National Confederation of Industry (CNI) called the decision excessive."),
        ("Brazil: Selic goes to 14.25%. The Central Bank of Brazil increased the Selic to 14.25% "
         "per year, from 13.25%, taking borrowing costs to the highest level since 2016. The "
         "decision of the committee, chaired by Gabriel Galípolo, was unanimous. The bank "
         "indicated a hike of smaller size in May. Inflation in 12 months reached 5.06% in "
         "February, IBGE data show. Leia mais: Ibovespa fecha em queda"),
    ], None,
        r"(?<![\d.])14[.,]25(?!\d)",
        r"(?<![\d.])14[.,]75(?!\d)"),
    _case("cb-X2", "central bank", "number of dissenting votes", True, [
        ("PRETORIA -- The South African Reserve Bank (SARB) cut its repo rate by 25 basis points "
         "to 7.25% on Thursday, Governor Lesetja Kganyago announced. Four members of the Monetary "
         "Policy Committee voted for the cut, while two preferred to keep rates unchanged. The "
         "prime lending rate of commercial banks falls to 10.75%. Kganyago said the bank now "
         "forecasts headline inflation to average 3.2% this year. 'We see room to ease, but we "
         "remain vigilant,' he said. Advertisement Homeowners with a R1 million bond will save "
         "roughly R170 a month, according to estimates by a property group."),
        ("South Africa's central bank reduced the repurchase rate by a quarter of a percentage "
         "point to 7.25 per cent, in a decision that was not unanimous: one member of the "
         "six-member MPC wanted no change, Governor Lesetja Kganyago told a media briefing. The "
         "prime rate will now be 10.75 per cent. The bank lowered its inflation forecast for 2025 "
         "to an average of 3.2 per cent. The rand firmed slightly after the announcement. "
         "Economists at Investec had expected the cut."),
    ], ["2025-05-29", "2025-05-29"],
        r"(?<![\d.])2(?![\d.])|\btwo\b",
        r"(?<![\d.])1(?![\d.])|\bone\b"),
    _case("cb-X3", "central bank", "amount of bond purchases", True, [
        ("JAKARTA (ANTARA) - Bank Indonesia (BI) has purchased government securities (SBN) worth "
         "Rp25 trillion in the secondary market since the start of this month, Governor Perry "
         "Warjiyo said on Wednesday. The purchases were part of efforts to support liquidity and "
         "bring down bond yields, he explained. At the same meeting, the Board of Governors held "
         "the BI-Rate at 5.50 percent. Perry informed that the rupiah was relatively stable at "
         "around Rp16,300 per US dollar. 'BI will continue to buy SBN in a measured way,' he "
         "said. The deposit facility rate was maintained at 4.75 percent and the lending facility "
         "at 6.25 percent."),
        ("Indonesia's central bank said it bought Rp35 trillion ($2.1 billion) of government "
         "bonds from the secondary market so far this month to support the market, as it kept its "
         "policy rate unchanged at 5.50%. Governor Perry Warjiyo told reporters the rupiah, "
         "trading near 16,300 per dollar, remained stable. BI also left its deposit facility rate "
         "at 4.75% and lending facility rate at 6.25%. Share this article Analysts expect a cut "
         "later in the year if inflation stays inside the target range."),
    ], None,
        r"(?<![\d.,])25(?![\d.,])|(?<![\d.,])25[ ,.]?000",
        r"(?<![\d.,])35(?![\d.,])|(?<![\d.,])35[ ,.]?000|2[.,]1 ?(bn|billion)"),
    _case("cb-X4", "central bank", "date of next meeting", True, [
        ("ABUJA -- The Central Bank of Nigeria (CBN) on Tuesday cut the Monetary Policy Rate by "
         "50 basis points to 27 per cent, its first reduction in more than five years. Governor "
         "Olayemi Cardoso told journalists after the two-day Monetary Policy Committee meeting "
         "that all 12 members voted for the decision. The committee also adjusted the cash "
         "reserve requirement for commercial banks to 45 per cent. Cardoso said headline "
         "inflation had moderated for five months in a row to 20.12 per cent in August. The next "
         "MPC meeting is scheduled for 24 and 25 November 2025, the bank said."),
        ("Nigeria's apex bank reduced its benchmark rate to 27% from 27.5%, in a unanimous vote "
         "of the MPC. CBN Governor Olayemi Cardoso said falling inflation, which eased to 20.12% "
         "in August, gave room to begin easing. Banks' cash reserve ratio was revised to 45%. "
         "Advertisement The MPC will next meet on 17-18 November, according to the communique. "
         "Analysts at Lagos-based Cordros Capital said more cuts may follow if the naira remains "
         "stable."),
    ], ["2025-09-23", "2025-09-23"],
        r"(?<![\d.])2[45](?![\d.])",
        r"(?<![\d.])1[78](?![\d.])"),
    _case("cb-X5", "central bank", "title of the speaker", True, [
        ("MEXICO CITY -- Banco de México (Banxico) lowered its benchmark interest rate by 50 "
         "basis points to 9.00% on Thursday, in a four-to-one vote of its board. Governor "
         "Victoria Rodríguez Ceja said in a radio interview that the board will consider further "
         "cuts of similar magnitude. Headline inflation was 3.77% in the first half of February. "
         "The peso traded at around 20.3 per dollar after the announcement. Banxico also noted "
         "uncertainty coming from US trade policy."),
        ("Mexico's central bank cut rates by half a percentage point to 9 per cent, with one "
         "board member dissenting. Deputy Governor Victoria Rodríguez Ceja told reporters the "
         "central bank has room to keep lowering borrowing costs. Inflation stood at 3.77 per "
         "cent in early February, within the target range. Exporters in Monterrey welcomed the "
         "decision. Read more: Remittances to Mexico dip in January"),
    ], None,
        r"(?<!deputy )(?<!vice )(?<!vice-)governor",
        r"deputy|vice[- ]?governor|subgobernador"),
    _case("cb-X6", "central bank", "control: bp vs points, local name", False, [
        ("ANKARA (Anadolu) -- Türkiye Cumhuriyet Merkez Bankası (TCMB) reduced its one-week repo "
         "rate by 350 basis points to 42.5 percent on Thursday, exceeding market expectations. "
         "The Monetary Policy Committee said the tight stance will be maintained until price "
         "stability is achieved. The policy rate had been at 46 percent before the decision. "
         "Annual consumer inflation fell to 35.05 percent in June. Governor Fatih Karahan is due "
         "to present the quarterly inflation report next month."),
        ("The Central Bank of the Republic of Türkiye cut its policy rate by 3.5 percentage "
         "points, from 46% to 42.5%, the bank said in a statement from Ankara. Inflation slowed "
         "to 35.05% in June, the lowest since late 2021. The central bank, led by Fatih Karahan, "
         "said it would keep a tight policy stance. Share this article The lira was little "
         "changed after the announcement."),
        ("Turkish central bank surprises with 350 bps cut. The TCMB lowered the one-week repo "
         "rate to 42.5% from 46%, the Monetary Policy Committee said in Ankara on Thursday. "
         "Markets had priced in a smaller move. Annual inflation was 35.05% in June. Share this "
         "article Economists said further easing will depend on the path of inflation."),
    ], ["2025-07-24", "2025-07-24", "2025-07-24"]),
    _case("cb-X7", "central bank", "control: local time vs GMT, rounding, two quotes", False, [
        ("MANILA -- The Bangko Sentral ng Pilipinas (BSP) cut its key policy rate by 25 basis "
         "points to 5.25 percent on Thursday, the announcement coming at 4 p.m. Manila time. BSP "
         "Governor Eli Remolona Jr. said inflation of 1.4 percent in June gave the Monetary Board "
         "room to ease. 'We are now near the end of the easing cycle,' Remolona said. The "
         "overnight deposit and lending rates were cut to 4.75 percent and 5.75 percent. The peso "
         "closed at P56.42 to the dollar."),
        ("Philippine central bank lowers rates by a quarter point. The BSP's Monetary Board "
         "reduced the target reverse repurchase rate to 5.25% in a decision published at 08:00 "
         "GMT. Governor Eli Remolona said separately at a forum that the bank 'remains ready to "
         "act should growth slow sharply'. Inflation was 1.4% in June, below the target band. The "
         "peso was little changed at around 56.4 per dollar."),
    ], None),
    # rocket --------------------------------------------------------------------------
    _case("rocket-X1", "rocket", "name of the launch vehicle", True, [
        ("SRIHARIKOTA -- The Indian Space Research Organisation's PSLV-C61 mission carrying the "
         "EOS-09 earth observation satellite failed on Sunday after a problem in the third stage, "
         "ISRO chairman V. Narayanan said. The rocket lifted off from the Satish Dhawan Space "
         "Centre at 5:59 a.m. IST. 'The first two stages performed normally, but we saw a "
         "pressure drop in the third stage,' Narayanan told reporters. The 1,696-kg satellite was "
         "meant for all-weather imaging of the country. It was the 101st launch from Sriharikota. "
         "A failure analysis committee has been formed."),
        ("India's PSLV-C62 rocket fails to put EOS-09 in orbit. An ISRO launch from Sriharikota "
         "ended in failure early Sunday when the third stage of the Polar Satellite Launch "
         "Vehicle underperformed, the space agency said. Lift-off was at 5:59 a.m. It was the "
         "101st launch from India's spaceport. ISRO chief V. Narayanan said a committee would "
         "study the data. The EOS-09 radar satellite weighed 1,696 kg. Read more:"),
    ], ["2025-05-18", "2025-05-18"],
        r"c[- ]?61\b",
        r"c[- ]?62\b"),
    _case("rocket-X2", "rocket", "launch time across zones", True, [
        ("TOKYO (Kyodo) -- Japan's H3 rocket No. 5 lifted off from the Tanegashima Space Center "
         "in Kagoshima Prefecture at 10:22 a.m. Japan time on Sunday, carrying the Michibiki No. "
         "6 navigation satellite. The Japan Aerospace Exploration Agency (JAXA) said the "
         "satellite separated as planned about 29 minutes after launch. The launch had been "
         "postponed once because of bad weather. JAXA President Hiroshi Yamakawa said the agency "
         "hopes to raise the launch frequency of the H3. The Michibiki system aims to provide "
         "high-accuracy positioning across the Asia-Pacific."),
        ("Japan successfully launched its flagship H3 rocket from Tanegashima, putting a new "
         "satellite of the Michibiki positioning constellation into orbit. Lift-off took place at "
         "01:52 GMT on Sunday, JAXA said. Separation of the satellite came roughly 29 minutes "
         "into the flight. The launch had been delayed one time due to weather. The H3 is "
         "replacing the older H-IIA, which flew its final mission earlier this year. "
         "Advertisement"),
    ], None,
        r"10[:.]22|(?<![\d.:])0?1[:.]22",
        r"10[:.]52|(?<![\d.:])0?1[:.]52"),
    _case("rocket-X3", "rocket", "flight duration", True, [
        ("SRIHARIKOTA -- ISRO on Saturday successfully carried out the first test flight of the "
         "Gaganyaan crew escape system, with the crew module splashing down in the Bay of Bengal "
         "about 10 km off the Sriharikota coast. The whole mission, from lift-off to splashdown, "
         "lasted about nine minutes. The single-stage test vehicle lifted off at 10 a.m. after an "
         "earlier attempt was put on hold because of an engine ignition issue. The crew module "
         "was recovered by the Indian Navy. 'The escape system worked exactly as it was designed "
         "to,' ISRO chairman S. Somanath said."),
        ("India's space agency tested the abort system for its human spaceflight programme on "
         "Saturday, in a flight that lasted 17 minutes from launch until the capsule touched the "
         "water. The TV-D1 vehicle took off at 10 a.m. from Sriharikota, after a morning hold. "
         "The crew module came down under parachutes roughly 10 km from the coast and was picked "
         "up by navy divers. Chairman S. Somanath called it a key milestone toward sending "
         "astronauts. Share this article The first uncrewed orbital Gaganyaan flight is planned "
         "next."),
    ], ["2023-10-21", "2023-10-21"],
        r"\bnine min|(?<![\d.:])9 ?(min|mins|minutes)\b|(?<![\d.])540 ?s",
        r"seventeen|(?<![\d.:])17 ?(min|mins|minutes)\b|(?<![\d.])1,?020 ?s"),
    _case("rocket-X4", "rocket", "launch pad (place precision)", True, [
        ("The GSLV-F16 rocket lifted off from the second launch pad of the Satish Dhawan Space "
         "Centre in Sriharikota at 5:40 p.m. IST on Wednesday, carrying the NASA-ISRO Synthetic "
         "Aperture Radar (NISAR) satellite. About 19 minutes after launch, the 2,393-kg satellite "
         "was placed into a sun-synchronous orbit. NISAR is the first joint Earth observation "
         "mission of the two agencies. ISRO chairman V. Narayanan congratulated the teams. The "
         "satellite will map the planet's land and ice surfaces every 12 days."),
        ("NISAR launched: The joint US-Indian radar satellite rode a GSLV-F16 from the first "
         "launch pad at Sriharikota at 5:40 p.m. local time on Wednesday. The satellite, weighing "
         "2,393 kg, reached its planned orbit roughly 19 minutes later. NASA officials called it "
         "a new chapter in space cooperation. The spacecraft will scan nearly all of Earth's land "
         "and ice every 12 days. Advertisement"),
    ], None,
        r"second|2nd|\bslp\b",
        r"first|1st|\bflp\b"),
    _case("rocket-X5", "rocket", "speaker credited with a quote", True, [
        ("HYDERABAD -- Skyroot Aerospace's Vikram-S, India's first privately developed rocket, "
         "flew a suborbital test flight from ISRO's spaceport in Sriharikota on Friday, reaching "
         "an altitude of 89.5 km. 'Today the door has opened for every young engineer in this "
         "country who dreams of building rockets,' said Pawan Kumar Chandana, co-founder and "
         "chief executive of Skyroot. The 6-metre rocket carried three payloads, including one "
         "from a foreign customer. The flight, named Prarambh, lasted just under five minutes. "
         "Skyroot said it will use the data for its orbital vehicle, Vikram-1."),
        ("The Vikram-S rocket built by Hyderabad start-up Skyroot reached 89.5 km altitude in its "
         "maiden suborbital flight on Friday. 'Today the door has opened for every young engineer "
         "in this country who dreams of building rockets,' IN-SPACe chairman Pawan Goenka said "
         "after the launch. The vehicle, six metres tall, carried three payloads. The mission, "
         "dubbed Prarambh, lasted a little less than five minutes. Read more: ISRO plans more "
         "launches in the coming months"),
    ], ["2022-11-18", "2022-11-18"],
        r"chandana|co-?founder|chief executive|\bceo\b",
        r"goenka|in-?space|chairman"),
    _case("rocket-X6", "rocket", "control: later update", False, [
        ("JIUQUAN, China -- A Ceres-1 rocket built by Beijing-based Galactic Energy lifted off "
         "from the Jiuquan Satellite Launch Center on Friday, carrying nine small satellites, "
         "including two for an Egyptian university. By Friday evening, ground stations had "
         "confirmed contact with seven of the nine spacecraft, the company said, adding that "
         "efforts to reach the other two were continuing. It was the 22nd flight of the "
         "solid-fuel Ceres-1. Officials of the Egyptian Space Agency said they were optimistic."),
        ("Galactic Energy said on Saturday that all nine satellites launched on its Ceres-1 "
         "rocket from Jiuquan on Friday are in contact with ground stations and in good health. "
         "The company had initially reported signals from seven of them. The payload included two "
         "satellites built with students in Egypt. The launch was the 22nd for the Ceres-1 "
         "vehicle. Advertisement"),
    ], ["2025-11-07", "2025-11-08"]),
    _case("rocket-X7", "rocket", "control: IST vs GMT, km vs miles", False, [
        ("SRIHARIKOTA -- ISRO's PSLV lifted off at 6:23 a.m. IST on Monday and placed an earth "
         "observation satellite in a sun-synchronous orbit about 500 km above the Earth. The "
         "launch, from the first launch pad of the Satish Dhawan Space Centre, was the 62nd "
         "flight of the PSLV. The satellite weighs around 1,450 kg. ISRO said the satellite's "
         "solar panels deployed as planned."),
        ("India launched a new imaging satellite early Monday, with liftoff at 00:53 GMT from "
         "Sriharikota on the country's east coast. The satellite was placed into an orbit roughly "
         "310 miles high, the space agency said. The Polar Satellite Launch Vehicle has now flown "
         "62 times. The spacecraft, weighing about 1,450 kilograms, deployed its solar arrays "
         "successfully."),
    ], None),
    # earthquake ----------------------------------------------------------------------
    _case("quake-X1", "earthquake", "magnitude", True, [
        ("LIMA (Andina) -- An earthquake of magnitude 7.0 shook the coast of Lima and Callao at "
         "12:35 p.m. on Sunday, the Geophysical Institute of Peru (IGP) reported. The epicentre "
         "was located 30 km southwest of Callao at a depth of 28 km. The National Emergency "
         "Operations Centre (COEN) reported one death and several damaged houses in the districts "
         "of Chorrillos and Villa El Salvador. The Navy's Directorate of Hydrography ruled out a "
         "tsunami alert. President Dina Boluarte called the population to remain calm."),
        ("A strong quake of magnitude 7.2 struck off central Peru on Sunday afternoon, according "
         "to the IGP, sending residents of the capital running into the streets. It hit at 12:35 "
         "local time, with its epicentre about 30 kilometres southwest of the port of Callao and "
         "28 km deep. One person died, emergency officials said, and houses were damaged in the "
         "southern Lima districts of Chorrillos and Villa El Salvador. No tsunami warning was "
         "issued for the Peruvian coast. Share this article"),
    ], ["2025-06-15", "2025-06-15"],
        r"(?<![\d.])7([.,]0+)?(?![\d.,])|\bseven\b",
        r"(?<![\d.])7[.,]2(?!\d)"),
    _case("quake-X2", "earthquake", "epicentre town", True, [
        ("ANKARA -- A magnitude 6.1 earthquake centred in Sındırgı, a district of western "
         "Balikesir province, shook a wide area of western Türkiye late on Sunday, the Disaster "
         "and Emergency Management Authority (AFAD) said. It struck at 22:48 local time at a "
         "depth of 11 km. Interior Minister Ali Yerlikaya said 16 buildings had collapsed, most "
         "of them already empty. Tremors were felt in Istanbul, Izmir and Bursa. Search teams "
         "were sent from neighbouring provinces."),
        ("Turkey quake: Buildings collapse in Balikesir. The 6.1-magnitude tremor's epicentre was "
         "in the town of Bigadiç, AFAD reported, with the shaking felt as far away as Istanbul "
         "and Izmir. The quake hit at 22:48 at a depth of about 11 kilometres. Sixteen buildings "
         "collapsed, according to Interior Minister Ali Yerlikaya, who said that many had been "
         "evacuated after earlier quakes. Read more: AFAD lists safe gathering points"),
    ], ["2025-08-10", "2025-08-10"],
        r"s[ıi]nd[ıi]rg[ıi]",
        r"bigadi[çc]"),
    _case("quake-X3", "earthquake", "death toll conflict at the same time", True, [
        ("CEBU CITY -- The death toll from the magnitude 6.9 earthquake that struck northern Cebu "
         "on Tuesday night has risen to 69, the Office of Civil Defense (OCD) in Central Visayas "
         "said in its 6 a.m. update on Thursday. Most of the fatalities were recorded in Bogo "
         "City and the towns of San Remigio and Medellin. Phivolcs said the quake was tectonic, "
         "with its epicentre offshore near Bogo. More than 600 aftershocks have been recorded so "
         "far. 'Our priority is the people in evacuation centres,' Cebu Governor Pam Baricuatro "
         "said."),
        ("Death toll in Cebu quake reaches 72, says civil defense. The Office of Civil Defense in "
         "Region 7 said in its 6 a.m. report on Thursday that 72 people were confirmed dead after "
         "the 6.9-magnitude earthquake on Tuesday night. Bogo City, San Remigio and Medellin "
         "accounted for most of the deaths. Phivolcs has logged over 600 aftershocks. Governor "
         "Pam Baricuatro has declared a state of calamity in the province."),
        ("BOGO CITY, Cebu -- Rescuers in northern Cebu kept clearing debris on Thursday as the "
         "Office of Civil Defense raised the number of confirmed deaths to 72 in its 6 a.m. "
         "report. The magnitude 6.9 quake hit on Tuesday night, with its epicentre in the sea "
         "near this city. Phivolcs said more than 600 aftershocks have followed. Classes remain "
         "suspended in Bogo, San Remigio and Medellin. Advertisement Relief goods from Manila "
         "arrived by military aircraft on Wednesday."),
    ], ["2025-10-02", "2025-10-02", "2025-10-02"],
        r"(?<![\d.])69(?![\d.])|sixty-nine",
        r"(?<![\d.])72(?![\d.])|seventy-two"),
    _case("quake-X4", "earthquake", "number of aftershocks", True, [
        ("ADDIS ABABA -- A magnitude 5.8 earthquake hit the Awash Fentale area of the Afar region "
         "in the early hours of Saturday, the strongest in a swarm that has rattled the area for "
         "weeks, according to the Institute of Geophysics, Space Science and Astronomy at Addis "
         "Ababa University. The institute said it has recorded more than 300 aftershocks since "
         "the main shock. Residents said cracks opened in roads near the town of Awash. The "
         "government has moved thousands of residents away from the area. Advertisement "
         "Scientists are monitoring the nearby Dofen volcano for signs of activity."),
        ("Ethiopia: strong tremor hits Afar. A 5.8-magnitude quake struck the Awash Fentale "
         "district early on Saturday, the latest in a series of seismic events in the Afar "
         "region. Seismologists at Addis Ababa University counted over 200 aftershocks following "
         "the main event. Cracks appeared on roads around Awash town, locals told the Ethiopian "
         "News Agency (ENA). Authorities have relocated thousands of people, and experts are "
         "watching the Dofen volcano closely."),
    ], None,
        r"(?<![\d.,])300(?![\d.,])|three hundred",
        r"(?<![\d.,])200(?![\d.,])|two hundred"),
    _case("quake-X5", "earthquake", "clock time local vs GMT", True, [
        ("JAKARTA (ANTARA) - A magnitude 6.2 earthquake jolted the waters off Bengkulu province "
         "early Wednesday at 02:17 WIB, the Meteorology, Climatology and Geophysical Agency "
         "(BMKG) reported. The epicentre was 95 km southwest of Bengkulu city at a depth of 10 "
         "km. BMKG head Dwikorita Karnawati said the quake did not have potential to trigger a "
         "tsunami. Residents in Bengkulu city ran out of their houses in panic, a witness told "
         "ANTARA. The regional disaster agency (BPBD) is still collecting data on damages."),
        ("Indonesia quake: A 6.2-magnitude earthquake struck off the western coast of Sumatra at "
         "03:17 a.m. local time (20:17 GMT Tuesday), the BMKG geophysics agency said. It was "
         "centred 95 kilometres southwest of the city of Bengkulu, 10 km under the sea. No "
         "tsunami warning was issued. Local disaster officials said they were assessing damage."),
    ], None,
        r"(?<![\d.:])0?2[:.]17|(?<![\d.:])19[:.]17",
        r"(?<![\d.:])0?3[:.]17|(?<![\d.:])20[:.]17"),
    _case("quake-X6", "earthquake", "control: zones and miles", False, [
        ("SANTIAGO -- A magnitude 5.8 earthquake shook the Antofagasta region late on Friday, the "
         "Centro Sismológico Nacional (CSN) of the University of Chile reported. The quake struck "
         "at 23:40 local time, 60 km north-east of the port of Tocopilla, at a depth of 45 km. "
         "SENAPRED said there were no reports of injuries or damage to basic services. The Navy's "
         "Hydrographic and Oceanographic Service (SHOA) said conditions did not exist for a "
         "tsunami on the Chilean coast. Mining companies in the area reported normal operations."),
        ("An earthquake measuring 5.8 struck northern Chile at 02:40 GMT on Saturday, Chile's "
         "National Seismological Center said. The epicentre was about 37 miles northeast of "
         "Tocopilla, at a depth of 28 miles. There were no immediate reports of casualties or "
         "damage, according to the national disaster agency. No tsunami threat was declared. "
         "Share this article"),
    ], ["2025-01-25", "2025-01-25"]),
    _case("quake-X7", "earthquake", "control: rounding, local name", False, [
        ("MALATYA -- A magnitude 5.3 earthquake struck the Kale district of Malatya province on "
         "Wednesday morning, Afet ve Acil Durum Yönetimi Başkanlığı (AFAD) announced. Twenty-nine "
         "people were injured, mostly while trying to leave buildings in panic, Health Minister "
         "Kemal Memişoğlu said. The quake occurred at 10:04 local time at a depth of 8.3 km. "
         "Schools in the district were closed for two days. The minister said none of the injured "
         "was in a life-threatening condition."),
        ("Nearly 30 hurt as 5.3 quake shakes eastern Turkey. Turkey's Disaster and Emergency "
         "Management Presidency said the tremor hit Malatya's Kale district at 10:04 on "
         "Wednesday, some 8 km below ground. Most of the injured were hurt jumping from windows "
         "or rushing down stairs, officials said. Classes were suspended for two days in the "
         "area. Advertisement The region was among those devastated by the February 2023 "
         "earthquakes."),
    ], None),
    _case("quake-X8", "earthquake", "control: death toll updated next day", False, [
        ("GUAYAQUIL -- At least 12 people died after a magnitude 6.5 earthquake hit southern "
         "Ecuador on Thursday afternoon, the Secretariat for Risk Management said in a report "
         "published at 8 p.m. The quake was centred near the town of Balao in Guayas province, at "
         "a depth of 66 km, according to the Geophysical Institute (IG-EPN). Houses collapsed in "
         "El Oro and Azuay. 'We are sending rescue teams to all affected areas,' President Daniel "
         "Noboa wrote on X. Rescue work continued through the night."),
        ("The number of dead from Thursday's 6.5-magnitude earthquake in southern Ecuador rose to "
         "19 on Friday, as rescuers found more bodies under the rubble in El Oro province, the "
         "risk management agency said in its morning update. The epicentre was close to Balao, in "
         "Guayas, at 66 km depth, the Geophysical Institute said. On Thursday evening the agency "
         "had reported 12 deaths. President Daniel Noboa toured the city of Machala on Friday. "
         "Read more: How to prepare an emergency kit"),
    ], ["2025-02-20", "2025-02-21"]),
    # election ------------------------------------------------------------------------
    _case("election-X1", "election", "vote share of the winner", True, [
        ("ACCRA (GNA) -- The Electoral Commission has declared former President John Dramani "
         "Mahama of the National Democratic Congress (NDC) winner of the 7 December presidential "
         "election with 56.55 per cent of valid votes cast. EC Chairperson Jean Mensa announced "
         "the results in Accra on Monday. The New Patriotic Party (NPP) candidate, Vice President "
         "Mahamudu Bawumia, obtained 41.61 per cent. Dr Bawumia had already conceded defeat on "
         "Sunday. Mr Mahama will be sworn in on 7 January 2025."),
        ("Mahama officially declared Ghana's president-elect. John Mahama won 55.6% of the vote, "
         "the EC said on Monday, ending eight years of NPP rule. His main rival, Mahamudu "
         "Bawumia, got 41.61%. Bawumia conceded on Sunday, before the official results were out. "
         "Advertisement The inauguration is set for 7 January."),
    ], None,
        r"56[.,]55|56[.,]6(?!\d)",
        r"55[.,]6(?!\d)"),
    _case("election-X2", "election", "margin in percentage points", True, [
        ("LA PAZ -- Senator Rodrigo Paz of the Christian Democratic Party won Bolivia's "
         "presidential run-off on Sunday, defeating former president Jorge 'Tuto' Quiroga by a "
         "margin of nine percentage points, according to the preliminary count of the Supreme "
         "Electoral Tribunal (TSE). Paz, 58, the son of former president Jaime Paz Zamora, "
         "promised to open Bolivia to the world. Quiroga conceded late on Sunday. Paz will take "
         "office on 8 November, ending almost two decades of MAS governments. Advertisement"),
        ("Bolivia elects centrist Paz. Rodrigo Paz beat Jorge Quiroga in Sunday's second round by "
         "about six points, the TSE's quick count showed, marking the end of nearly 20 years of "
         "rule by the Movement for Socialism. Quiroga accepted the result the same night. The new "
         "president, aged 58, will be inaugurated on November 8. Economists in Santa Cruz expect "
         "a quick move to ease fuel shortages."),
    ], ["2025-10-20", "2025-10-20"],
        r"(?<![\d.])9(\.0+)?(?![\d.])|\bnine\b",
        r"(?<![\d.])6(\.0+)?(?![\d.])|\bsix\b"),
    _case("election-X3", "election", "turnout", True, [
        ("SANTIAGO -- Turnout in Chile's presidential first round reached 85.3 percent, according "
         "to the Electoral Service (Servel), in the first presidential election with compulsory "
         "voting since 2012. Communist candidate Jeannette Jara and far-right José Antonio Kast "
         "advanced to the run-off scheduled for 14 December. Some 15.7 million people were "
         "registered to vote. Servel president Pamela Figueroa said the count was completed "
         "without major incidents."),
        ("Chile's first round drew 83.5% of registered voters to the polls, Servel said, as "
         "mandatory voting returned for the presidential race. Jeannette Jara, backed by the "
         "governing left, and José Antonio Kast will meet in the second round on December 14. "
         "About 15.7 million Chileans were on the electoral roll. Voting in presidential contests "
         "had been voluntary since 2012. Read more: Markets rally on Kast's showing"),
    ], None,
        r"85[.,]3",
        r"83[.,]5"),
    _case("election-X4", "election", "seats won", True, [
        ("COLOMBO -- President Anura Kumara Dissanayake's National People's Power (NPP) won 159 "
         "seats in the 225-member Parliament in Thursday's general election, securing a "
         "two-thirds majority for the first time for any party under the proportional system. The "
         "Election Commission said the NPP obtained 61.56 percent of the votes. Sajith "
         "Premadasa's Samagi Jana Balawegaya (SJB) came second with 40 seats. 'This is a victory "
         "for all Sri Lankans,' Dissanayake said."),
        ("Sri Lanka's ruling NPP has captured 156 of the 225 parliamentary seats, the Election "
         "Commission announced on Friday, a landslide that gives President Dissanayake a "
         "two-thirds majority. The alliance received 61.56% of the vote. The main opposition SJB, "
         "led by Sajith Premadasa, won 40 seats. Advertisement Turnout was lower than in "
         "September's presidential vote."),
        ("COLOMBO (Xinhua) -- Sri Lanka's National People's Power secured 159 seats in the new "
         "225-seat Parliament, giving the alliance of President Anura Kumara Dissanayake a "
         "two-thirds majority, official results showed. It won 61.56 percent of the popular vote. "
         "The Samagi Jana Balawegaya, led by Sajith Premadasa, finished second with 40 seats. The "
         "new Parliament is to convene later this month. Observers said the polling was largely "
         "peaceful."),
    ], None,
        r"(?<![\d.])159(?![\d.])",
        r"(?<![\d.])156(?![\d.])"),
    _case("election-X5", "election", "typo in year of declaration date", True, [
        ("LILONGWE (MANA) -- The Malawi Electoral Commission (MEC) on 24 September 2025 declared "
         "former President Peter Mutharika the winner of the 16 September presidential election. "
         "MEC chairperson Justice Annabel Mtalimanja announced that Mutharika of the Democratic "
         "Progressive Party (DPP) obtained 56 percent of the votes. Incumbent Lazarus Chakwera of "
         "the Malawi Congress Party had conceded a day earlier. Mutharika, 85, is expected to be "
         "sworn in within days."),
        ("Malawi: Mutharika declared president. The results were formally announced by the "
         "electoral commission on 24 September 3025, eight days after the vote, with Mutharika "
         "receiving 56% of ballots cast. Chakwera, who conceded the previous day, congratulated "
         "his rival. Justice Annabel Mtalimanja, who chairs the MEC, urged calm. The 85-year-old "
         "DPP leader is returning to power after losing in 2020."),
    ], None,
        r"(?<!\d)2025",
        r"3025"),
    _case("election-X6", "election", "control: different candidates, rounding", False, [
        ("JAKARTA (ANTARA) - The Komisi Pemilihan Umum (KPU) on Wednesday named Prabowo Subianto "
         "and Gibran Rakabuming Raka the winners of the 2024 presidential election with "
         "96,214,691 votes, or 58.59 percent. Anies Baswedan and Muhaimin Iskandar got 40,971,906 "
         "votes, while Ganjar Pranowo and Mahfud MD received 27,040,878 votes. KPU chairman "
         "Hasyim Asy'ari read the decision at the commission's office in Central Jakarta. The "
         "candidates have three days to file disputes to the Constitutional Court."),
        ("Indonesia's General Elections Commission confirmed Prabowo Subianto as president-elect "
         "on Wednesday, with about 96.2 million votes, or nearly 58.6% of the total. Anies "
         "Baswedan came second with roughly 41 million votes, and Ganjar Pranowo third with 27 "
         "million. Share this article Both losing camps have signalled they could challenge the "
         "result at the Constitutional Court. Prabowo's running mate, Gibran Rakabuming Raka, is "
         "the eldest son of outgoing President Joko Widodo."),
    ], ["2024-03-20", "2024-03-20"]),
    _case("election-X7", "election", "control: local time vs GMT, quotes", False, [
        ("CHISINAU -- President Maia Sandu's Party of Action and Solidarity (PAS) won 50.2 "
         "percent of the vote in Sunday's parliamentary election, according to preliminary "
         "results published by the Comisia Electorală Centrală (CEC) at 2 a.m. Chisinau time on "
         "Monday, with nearly all ballots counted. The Patriotic Electoral Bloc, seen as "
         "pro-Russian, was second with 24.2 percent. Turnout was 52.2 percent. 'Moldova has "
         "chosen Europe, despite an interference without precedent,' Sandu said at the party "
         "headquarters."),
        ("Moldova's ruling pro-EU party held on to its majority in Sunday's vote, the Central "
         "Electoral Commission said, publishing near-final figures at 23:00 GMT on Sunday. PAS "
         "took 50.2% of the ballots, ahead of the Patriotic Electoral Bloc on 24.2%, with turnout "
         "at 52.2%. Earlier in the day, after casting her ballot, Sandu urged citizens not to let "
         "anyone buy their vote. Brussels welcomed the result."),
    ], ["2025-09-29", "2025-09-28"]),
]
