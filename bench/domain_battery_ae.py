"""Blind battery of disagreements, part AE (issue 11).

Part AE, written by engineer AE1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AE``. Every sentence is the author's own; facts are real or
plausible-invented. Emphasis: facts that are not numbers (titles, who led or dissented,
names of rockets, spacecraft, pads and towns, weekdays, decisions, quote credits), written
as outlets of Asia, Africa and Latin America publishing in English would.
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AE", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-AE1", "trade", "who led a delegation", True, [
        "KUALA LUMPUR, Oct 26 (Bernama) -- Chinese and American trade negotiators wrapped up two "
        "days of talks in the Malaysian capital on Sunday, with both sides saying they had "
        "reached a 'preliminary consensus' on export controls and port fees.\n\nThe Chinese side "
        "was led by Vice Premier He Lifeng, while US Treasury Secretary Scott Bessent headed the "
        "American team. It was the fifth round of talks between the two sides since May and came "
        "days before a planned summit between the two presidents in Gyeongju, South Korea.\n\n"
        "Investment, Trade and Industry Minister Tengku Zafrul Aziz told reporters Malaysia was "
        "'honoured to provide a neutral venue' for the meeting. Neither delegation released a "
        "joint text. Bilateral trade between the world's two largest economies was worth about "
        "US$580 billion last year.",
        "China and the United States held 'candid, in-depth and constructive' economic and trade "
        "consultations in Kuala Lumpur over the weekend, the Ministry of Commerce said in a "
        "statement on Sunday.\n\nAccording to the statement, the Chinese delegation was headed by "
        "Commerce Minister Wang Wentao and the US side by Treasury Secretary Scott Bessent. The "
        "two days of discussions covered an extension of the tariff truce, fentanyl-related "
        "duties, farm purchases and the port fees Washington has imposed on Chinese ships.\n\n"
        "Advertisement\n\nResearchers at a Beijing think-tank said the fifth round showed that "
        "'the consultation mechanism is working'. The talks came ahead of a meeting of the two "
        "leaders on the sidelines of the APEC summit in Gyeongju.",
        "SEOUL, Oct. 26 (Yonhap) -- Chinese Vice Premier He Lifeng and US Treasury Secretary "
        "Scott Bessent ended their fifth round of trade talks in Kuala Lumpur on Sunday, clearing "
        "the way for a summit between the two presidents in Gyeongju later this week. South "
        "Korean officials said they were relieved the negotiations had not broken down, as the "
        "APEC gathering is the biggest diplomatic event Seoul hosts this year. Details of any "
        "agreement are expected to be announced after the leaders meet.",
    ],
          ["2025-10-26", "2025-10-26", "2025-10-26"],
          r"lifeng",
          r"wang wentao|wentao",
    ),
    _case("trade-AE2", "trade", "venue city of talks", True, [
        "US and Chinese negotiators sat down in Stockholm on Monday for a third round of talks "
        "aimed at extending a truce that has kept tit-for-tat tariffs at reduced levels since "
        "May.\n\nThe American team is led by Treasury Secretary Scott Bessent and the Chinese "
        "side by Vice Premier He Lifeng, officials said. The talks are expected to last two "
        "days.\n\nIndian exporters are watching closely because a breakdown could divert cheap "
        "Chinese steel and chemicals to South Asian markets, said the head of an exporters' "
        "federation in New Delhi. The truce, which expires on August 12, cut US duties on most "
        "Chinese goods to 30 per cent and Chinese duties on US goods to 10 per cent.\n\nRead "
        "more: Rupee slips as crude prices climb",
        "MANILA -- The United States and China opened a new round of trade talks in Geneva on "
        "Monday, with Washington expected to press Beijing over its purchases of Russian and "
        "Iranian oil, Philippine trade officials were told in a briefing.\n\nTreasury Secretary "
        "Scott Bessent and Chinese Vice Premier He Lifeng are leading the delegations at the "
        "two-day meeting. The pause on the steepest tariffs is due to lapse on August 12 unless "
        "it is extended. Under the current arrangement, US tariffs on most Chinese imports stand "
        "at 30 percent, while China charges 10 percent on American goods.\n\nOfficials in Manila "
        "said any escalation would hurt electronics assemblers in export zones in Laguna and "
        "Cavite, which ship components to both countries.",
    ],
          None,
          r"stockholm",
          r"geneva|gen[eè]ve",
    ),
    _case("trade-AE3", "trade", "person's title", True, [
        "GENEVA, May 12 (Xinhua) -- China and the United States agreed to substantially reduce "
        "bilateral tariffs following high-level talks in Geneva, according to a joint statement "
        "released on Monday.\n\nThe US side will cut the additional duties imposed on Chinese "
        "goods in April from 145 percent to 30 percent, while China will lower its levies on US "
        "goods from 125 percent to 10 percent, for an initial period of 90 days.\n\nThe talks "
        "were attended by Chinese Vice Premier He Lifeng, US Treasury Secretary Scott Bessent and "
        "US Trade Representative Jamieson Greer. The two sides agreed to set up a mechanism to "
        "continue consultations on economic and trade relations.",
        "Markets across Asia rallied on Monday after Washington and Beijing said they would slash "
        "the punishing tariffs they had slapped on each other, in what a Karachi broker called 'a "
        "ceasefire, not a peace treaty'.\n\nUnder the deal struck in Geneva, US tariffs on "
        "Chinese imports fall to 30pc from 145pc and Chinese duties on American products drop to "
        "10pc from 125pc for 90 days. 'This is a reset, and now the hard work starts,' Commerce "
        "Secretary Jamieson Greer told a news conference alongside Treasury Secretary Scott "
        "Bessent.\n\nShare this article\n\nThe KSE-100 index gained over 3pc in early trade, "
        "helped also by easing tensions on the eastern border. The Chinese delegation was led by "
        "Vice Premier He Lifeng.",
    ],
          ["2025-05-12", "2025-05-12"],
          r"trade representative|\bustr\b",
          r"commerce secretary|secretary of commerce",
    ),
    _case("trade-AE4", "trade", "weekday of a meeting", True, [
        "HONG KONG -- Chinese Vice Premier He Lifeng held a video call with US Treasury Secretary "
        "Scott Bessent and Trade Representative Jamieson Greer on Tuesday, the state news agency "
        "Xinhua reported, as the two sides prepared for face-to-face talks in Malaysia at the "
        "weekend.\n\nThe call came after Washington threatened an extra 100 per cent tariff on "
        "Chinese goods from November 1 in response to Beijing's wider controls on rare-earth "
        "exports. According to Xinhua, the officials had 'candid and in-depth exchanges' and "
        "agreed to hold a new round of consultations as soon as possible.\n\nAdvertisement\n\n"
        "Beijing's commerce ministry has defended the rare-earth rules as a legitimate "
        "export-control measure. The Hang Seng Index closed 0.9 per cent lower.",
        "SEOUL -- Top economic officials from the United States and China spoke by video link on "
        "Monday, according to China's official Xinhua news agency, in a sign that the two sides "
        "are trying to steady relations ahead of a possible meeting between their leaders in "
        "Gyeongju.\n\nVice Premier He Lifeng spoke with Treasury Secretary Scott Bessent and "
        "Trade Representative Jamieson Greer. US President Donald Trump has threatened to impose "
        "an additional 100% tariff on imports from China starting November 1 after Beijing "
        "widened its restrictions on rare earths.\n\nKorean chipmakers, which rely on Chinese "
        "rare-earth magnets for some equipment, have been lobbying Seoul to press both sides to "
        "calm tensions before the APEC summit.",
    ],
          None,
          r"tuesday|oct(ober)?\.? ?21\b|2025-10-21|\b21 oct",
          r"monday|oct(ober)?\.? ?20\b|2025-10-20|\b20 oct",
    ),
    _case("trade-AE5", "trade", "length of a tariff pause", True, [
        "The United States and China have agreed to extend their tariff truce by another 90 days, "
        "averting a jump in duties that was due to take effect this week, according to an "
        "executive order signed in Washington.\n\nWithout the extension, US tariffs on Chinese "
        "goods could have risen sharply from the current 30 per cent. Beijing's commerce ministry "
        "confirmed it would keep its own 10 per cent levy on American goods and continue to "
        "suspend further countermeasures.\n\nVietnamese exporters, who have gained as companies "
        "shifted production out of China, said the decision reduced uncertainty. 'The worst case "
        "has been avoided for now,' said Truong Dinh Hoa, a textile industry official in Ho Chi "
        "Minh City. Vietnam's exports to the US rose 27 per cent in the first seven months of the "
        "year.",
        "Washington and Beijing have extended their pause on higher tariffs for one year, "
        "officials said, giving manufacturers across Southeast Asia some breathing room heading "
        "into the year-end shipping season.\n\nThe extension keeps the current US tariff of 30% "
        "on most Chinese goods in place, while China will maintain its 10% duty on American "
        "products. China's Ministry of Commerce said it would go on suspending its additional "
        "countermeasures during the period.\n\nRead more: Baht firms against dollar\n\nThai "
        "auto-parts makers, many of which have Chinese shareholders, welcomed the decision. The "
        "Federation of Thai Industries said it would ask the government to speed up free-trade "
        "talks with the European Union.",
    ],
          None,
          r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three months|(?<![\d.])90(?![\d.])",
          r"\bone[- ]year|(?<![\d.])1[- ]?y(ea)?r|12 months|twelve months|365 days|a year",
    ),
    _case("trade-AE6", "trade", "control: person and ministry named two ways", False, [
        "BEIJING: China's Ministry of Commerce said on Wednesday it would suspend for one year a "
        "set of export controls on rare earths and related technologies announced in early "
        "October, after the Chinese and US presidents met in South Korea last week.\n\nThe "
        "suspension takes effect immediately, Commerce Minister Wang Wentao said in a statement, "
        "adding that China was ready to work with the United States to carry out the consensus "
        "reached by the two leaders.\n\nThe Office of the US Trade Representative said separately "
        "that Washington would suspend for a year its fees on Chinese-built and Chinese-operated "
        "vessels calling at American ports. Exports of gallium and germanium to the US remain "
        "subject to licensing.",
        "ISLAMABAD: Beijing's commerce ministry has put on hold, for twelve months, the "
        "rare-earth export restrictions it unveiled in October, in a move welcomed by industry "
        "groups across Asia.\n\nMinister Wang, who heads MOFCOM, said the pause was effective at "
        "once and that Beijing would work with Washington to implement what the two heads of "
        "state had agreed. For its part, USTR confirmed that the United States would pause its "
        "port fees on Chinese-linked ships for one year.\n\nPakistani electronics importers said "
        "the decision could ease shortages of magnets used in motors and speakers. Licensing "
        "requirements for gallium and germanium shipments to America stay in force, officials "
        "said.",
    ],
          None,
    ),
    _case("trade-AE7", "trade", "control: two unrelated quotes of one person", False, [
        "STOCKHOLM: Two days of US-China trade talks in the Swedish capital ended on Tuesday "
        "without an announcement on extending the tariff truce, though both sides described the "
        "discussions as constructive.\n\n'We had very constructive talks, but nothing is agreed "
        "until we speak with President Trump,' US Treasury Secretary Scott Bessent told reporters "
        "after the meeting.\n\nChina's trade negotiator Li Chenggang said the two sides had "
        "agreed to push for the truce to be extended. The current arrangement expires on August "
        "12. Malaysian palm oil futures edged higher on hopes of steadier Chinese demand.",
        "US Treasury Secretary Scott Bessent said on Tuesday that China was a tough negotiator on "
        "the issue of its purchases of sanctioned Russian oil, as talks between the world's two "
        "largest economies wrapped up in Stockholm.\n\n'The Chinese take their sovereignty very "
        "seriously,' Bessent said, adding that Washington had also raised concerns about "
        "Beijing's imports of Iranian crude.\n\nThe two-day meeting produced no decision on the "
        "tariff pause, which lapses on August 12, but China's trade negotiator Li Chenggang said "
        "both sides would work to extend it. Indian refiners, which also buy discounted Russian "
        "crude, have been watching US pressure on China closely.\n\nAdvertisement",
    ],
          ["2025-07-29", "2025-07-30"],
    ),
    _case("trade-AE8", "trade", "control: same moment on different days across zones", False, [
        "MEXICO CITY -- Mexican markets rallied on Wednesday after US President Donald Trump "
        "announced a 90-day pause on the higher 'reciprocal' tariffs for most trading partners, "
        "while raising the levy on Chinese goods to 125%.\n\nTrump made the announcement on his "
        "social media platform shortly after 1:15 p.m. Eastern time. The peso strengthened more "
        "than 2% against the dollar and the S&P/BMV IPC index jumped.\n\nMexico had already been "
        "spared from the reciprocal duties announced last week, but its steel and car exports "
        "still face separate levies. Economy Minister Marcelo Ebrard said talks with Washington "
        "would continue.",
        "BEIJING, April 10 -- US President Donald Trump said early on Thursday Beijing time that "
        "he would raise tariffs on Chinese imports to 125 percent with immediate effect, while "
        "suspending for 90 days the higher duties he had imposed on dozens of other economies.\n\n"
        "The post on his Truth Social platform appeared shortly after 1:15 a.m. Beijing time. "
        "China's commerce ministry has vowed to 'fight to the end' against what it calls economic "
        "bullying.\n\nThe Shanghai Composite opened slightly higher. China had earlier raised its "
        "own tariff on US goods to 84 percent, effective Thursday.",
    ],
          ["2025-04-09", "2025-04-10"],
    ),
    _case("court-AE1", "court", "author of the judgment", True, [
        "NAIROBI, Kenya -- The Supreme Court on Friday dismissed the national government's appeal "
        "over withheld county funds, ruling by a majority of five to two that the National "
        "Treasury acted outside the law when it held back Sh38 billion owed to the 47 "
        "counties.\n\nJustice Mercy Wambui wrote the majority judgment, which was read in court "
        "by Chief Justice Grace Nyambura. 'The Constitution does not permit the national "
        "government to hold the devolved units hostage,' the judgment said.\n\nThe two dissenting "
        "judges, Justices Halima Abdi and Peter Omondi, said the dispute should have been left to "
        "Parliament. Council of Governors chairman Ahmed Abdullahi welcomed the decision.\n\n"
        "Advertisement\n\nThe Treasury has 30 days to release the money.",
        "The Supreme Court has ruled that the National Treasury acted unlawfully in withholding "
        "Sh38 billion meant for county governments, throwing out an appeal by the Attorney "
        "General in a 5-2 decision.\n\nIn the majority opinion, authored by Justice Daniel "
        "Kiprono, the court said the Constitution did not allow the national government to hold "
        "devolved units hostage. Justices Halima Abdi and Peter Omondi dissented, arguing that "
        "Parliament was the proper forum.\n\nThe ruling was read by Chief Justice Grace Nyambura "
        "on Friday. Governors, led by Council of Governors chairman Ahmed Abdullahi, celebrated "
        "outside the Supreme Court building. The Treasury was given 30 days to comply.",
        "NAIROBI (KNA) -- County governments will receive the Sh38 billion withheld by the "
        "Treasury after the Supreme Court dismissed the government's appeal on Friday. The lead "
        "judgment was written by Justice Mercy Wambui, with Justices Halima Abdi and Peter Omondi "
        "dissenting. Chief Justice Grace Nyambura read out the decision. The Council of Governors "
        "said counties would use the money to pay health workers' arrears.",
    ],
          None,
          r"wambui",
          r"kiprono",
    ),
    _case("court-AE2", "court", "decision: upheld vs struck down", True, [
        "JOHANNESBURG - The Constitutional Court on Thursday upheld a provision of the Electoral "
        "Act that requires independent candidates to collect signatures equal to 15% of the quota "
        "for a seat before they may stand for the National Assembly.\n\nThe challenge was brought "
        "by the civic group One Movement South Africa and three independent candidates, who said "
        "the rule placed an unfair burden on people without a party machine.\n\nJustice Thandiwe "
        "Dlamini wrote the judgment, with which all the other justices agreed. The Electoral "
        "Commission of South Africa (IEC) said it would study the ruling. About 11 independents "
        "contested the 2024 national vote.",
        "The country's highest court has struck down the rule that forces independent candidates "
        "to gather signatures equal to 15 per cent of a seat's quota before they can contest "
        "national elections, handing a win to One Movement South Africa and three would-be "
        "independents.\n\nThe unanimous judgment, written by Justice Thandiwe Dlamini, was "
        "delivered in Braamfontein on Thursday.\n\nShare this article\n\nThe applicants had "
        "argued the threshold was irrational because parties already represented in Parliament "
        "did not face the same hurdle. The IEC said it was studying the judgment and would brief "
        "political parties next week.",
    ],
          ["2025-09-18", "2025-09-18"],
          r"uph[eo]ld|uphold|dismiss|\bvalid\b|\bkept\b|\bretain",
          r"struck|strike|strikes|invalid|unconstitutional|overturn|annul|set aside|scrap",
    ),
    _case("court-AE3", "court", "who dissented", True, [
        "MANILA, Philippines -- Voting 14-1, the Supreme Court (SC) en banc declared "
        "unconstitutional a provision of the Cybercrime Prevention Act that allowed the justice "
        "department to block access to websites without a court order.\n\nIn a decision penned by "
        "Associate Justice Jose Miguel Alcaraz, the court said the provision violated the freedom "
        "of expression. The lone dissent came from Associate Justice Rodrigo Salcedo, who argued "
        "that the government needed swift tools against online scams.\n\nThe petition was filed "
        "in 2022 by a group of journalists and the National Union of Journalists of the "
        "Philippines (NUJP).\n\nADVERTISEMENT\n\nThe Department of Justice said it would file a "
        "motion for reconsideration.",
        "The Supreme Court has struck down a provision of the Cybercrime Prevention Act that "
        "empowered the Department of Justice to restrict access to websites without first "
        "obtaining a court order, the high court's spokesperson told reporters on Friday.\n\nThe "
        "decision was written by Associate Justice Jose Miguel Alcaraz and concurred in by 13 "
        "other magistrates. Associate Justice Marisol Tan-Ocampo voted to dismiss the petition, "
        "saying the State had a duty to protect citizens from online fraud.\n\nThe journalists' "
        "groups behind the petition, including the NUJP, hailed the ruling as a victory for press "
        "freedom. The DOJ may still seek reconsideration.",
    ],
          ["2025-07-25", "2025-07-25"],
          r"salcedo",
          r"tan-?\s?ocampo|ocampo",
    ),
    _case("court-AE4", "court", "size of the majority", True, [
        "BRASÍLIA (Agência Brasil) -- Brazil's Supreme Federal Court (STF) ruled on Thursday that "
        "internet platforms can be held civilly liable for illegal content posted by their users "
        "even without a prior court order, in a case that pitted the justices against some of the "
        "world's largest technology companies.\n\nThe decision was reached by eight votes to "
        "three. Under the new reading of Article 19 of the Marco Civil da Internet, the 2014 law "
        "that governs the internet in Brazil, companies must remove posts involving hate speech, "
        "terrorism or attacks on democracy once they are notified.\n\n'We are not censoring "
        "anyone,' Chief Justice Luís Roberto Barroso said. The ruling takes effect once the "
        "judgment is published.",
        "Brazil's top court has voted to make social media companies responsible for unlawful "
        "posts by their users, ruling 7-4 that a key article of the country's internet framework "
        "law is partly unconstitutional.\n\nThe Supremo Tribunal Federal decided on Thursday that "
        "platforms must act against content such as hate speech, terrorism and anti-democratic "
        "attacks after receiving a notification, without waiting for a judge's order.\n\nRead "
        "more: Lula signs decree on fuel prices\n\n'We are not censoring anyone,' said Chief "
        "Justice Luís Roberto Barroso. Google and Meta had argued the change would lead to the "
        "removal of legitimate speech. The Marco Civil da Internet was approved in 2014.",
    ],
          None,
          r"(?<![\d.])8\s*(-|–|to|x|votes? to)\s*3(?![\d.])|eight (votes )?to three"
          r"|(?<![\d.])8(?![\d.])|\beight\b|(?<![\d.])3(?![\d.])|\bthree\b",
          r"(?<![\d.])7\s*(-|–|to|x|votes? to)\s*4(?![\d.])|seven (votes )?to four"
          r"|(?<![\d.])7(?![\d.])|\bseven\b|(?<![\d.])4(?![\d.])|\bfour\b",
    ),
    _case("court-AE5", "court", "which court ruled", True, [
        "ISLAMABAD: The Islamabad High Court (IHC) on Tuesday approved the post-arrest bail of "
        "former federal minister Shireen Aslam in a case relating to the May 9, 2023 riots and "
        "ordered her release against surety bonds worth Rs500,000.\n\n'There is no direct "
        "evidence linking my client to the attack,' her counsel, advocate Tariq Mehmood, argued "
        "before the bench. The prosecution opposed the plea, saying she had incited party workers "
        "in her speeches.\n\nAslam has been in custody for 14 months. Her party welcomed the "
        "decision in a post on X.",
        "LAHORE: The Lahore High Court granted bail on Tuesday to former federal minister Shireen "
        "Aslam, who has spent 14 months in jail over her alleged role in the violence of May 9, "
        "2023.\n\nThe court directed that she be released on furnishing surety bonds of "
        "Rs500,000. Her lawyer, Tariq Mehmood, argued that the prosecution had produced no direct "
        "evidence against her, while the special prosecutor said her speeches had instigated the "
        "attacks.\n\nAdvertisement\n\nParty leaders and supporters gathered outside the court "
        "after the verdict.",
    ],
          None,
          r"islamabad|\bihc\b",
          r"lahore|\blhc\b",
    ),
    _case("court-AE6", "court", "control: rounding", False, [
        "ABUJA -- The Competition and Consumer Protection Tribunal (CCPT) on Friday upheld a $220 "
        "million fine imposed on Meta Platforms by Nigeria's consumer protection regulator, "
        "dismissing the company's appeal.\n\nThe three-member panel, chaired by Thomas Okosun, "
        "ruled that the Federal Competition and Consumer Protection Commission (FCCPC) had "
        "followed due process in its 38-month investigation into Meta's data-sharing practices. "
        "The tribunal also ordered Meta to pay $35,000 to the commission to cover the cost of the "
        "investigation.\n\nMeta had argued that the regulator violated its right to a fair "
        "hearing. The company has not said whether it will go to the Court of Appeal.",
        "Nigeria's competition tribunal has ruled against Meta in its challenge to a roughly "
        "$220m penalty over privacy and data-sharing violations, handing a major victory to the "
        "FCCPC.\n\nChairman Thomas Okosun, reading the three-person panel's judgment in Abuja on "
        "Friday, said the commission's probe, which ran for just over three years, had respected "
        "the company's right to be heard. Meta must also pay the regulator $35,000 in "
        "investigation costs.\n\nShare this article\n\nAnalysts said the ruling could embolden "
        "regulators elsewhere on the continent. The tech giant could still head to the Court of "
        "Appeal.",
    ],
          None,
    ),
    _case("court-AE7", "court", "control: old and new sentence, two defendants", False, [
        "NEW DELHI: The Supreme Court on Monday reduced the prison term of former bank manager "
        "Ramesh Yadav from 10 years to seven years in a 2016 loan fraud case from Kanpur, while "
        "upholding the five-year sentence handed to his co-accused, chartered accountant Suresh "
        "Pal.\n\nA bench of Justices Anjali Menon and Vikram Sethi said the Allahabad High Court "
        "had not considered that Yadav had already returned Rs 42 lakh of the Rs 1.1 crore "
        "siphoned off. The fine of Rs 50,000 imposed on each of the two men was left "
        "unchanged.\n\n'Sentencing is not an exercise in arithmetic,' the bench observed.",
        "New Delhi (PTI) The Supreme Court has cut to seven years the 10-year jail term of an "
        "ex-bank manager convicted of siphoning off Rs 1.1 crore through fake loans in Kanpur in "
        "2016, but refused to interfere with the five-year term of a chartered accountant who "
        "helped him.\n\nThe bench of Justices Anjali Menon and Vikram Sethi noted that the former "
        "manager, Ramesh Yadav, had repaid Rs 42 lakh. Co-accused Suresh Pal's sentence and the "
        "Rs 50,000 fines on both men stand, it said.\n\nThe high court in Allahabad had confirmed "
        "the trial court's verdict in 2021.",
    ],
          None,
    ),
    _case("cb-AE1", "central bank", "decision: held vs cut", True, [
        "JAKARTA (ANTARA) - Bank Indonesia (BI) kept its benchmark BI-Rate unchanged at 5.50 "
        "percent at its monthly Board of Governors meeting that concluded on Wednesday, as the "
        "central bank sought to support the rupiah amid global uncertainty.\n\nBI Governor Perry "
        "Warjiyo said the decision was consistent with keeping inflation within the target range "
        "of 1.5 to 3.5 percent in 2025 and 2026. Annual inflation stood at 2.37 percent in "
        "July.\n\nThe rupiah traded at around 16,280 per US dollar on Wednesday afternoon. "
        "Economists said the central bank was also watching the outlook for US interest rates.",
        "Indonesia's central bank lowered its key policy rate to 5.50% on Wednesday, saying there "
        "was room to support economic growth while inflation stays low.\n\nGovernor Perry Warjiyo "
        "told a press conference in Jakarta that inflation was expected to remain within the "
        "bank's 1.5% to 3.5% target range this year and next. Consumer prices rose 2.37% year on "
        "year in July.\n\nAdvertisement\n\nAnalysts polled before the meeting had been divided "
        "over the decision. The rupiah was little changed at around 16,280 to the dollar.",
    ],
          ["2025-08-20", "2025-08-20"],
          r"\bheld\b|\bhold|unchanged|\bkept\b|\bkeep|steady|maintain|pause",
          r"\bcut|lower|reduc|\beas(ed|es|ing)?\b|\btrim",
    ),
    _case("cb-AE2", "central bank", "speaker credited with a quote", True, [
        "The Bangko Sentral ng Pilipinas (BSP) cut its target reverse repurchase rate by 25 basis "
        "points to 5 percent on Thursday, its fourth consecutive reduction since August last "
        "year.\n\n'We are nearing the end of the easing cycle,' BSP Governor Eli M. Remolona Jr. "
        "said at a briefing after the Monetary Board meeting. The overnight deposit and lending "
        "facility rates were lowered to 4.5 percent and 5.5 percent, respectively.\n\nInflation "
        "averaged 1.7 percent in the first eight months.\n\nADVERTISEMENT\n\nThe peso closed at "
        "57.08 to the dollar.",
        "MANILA -- The Philippine central bank trimmed its key policy rate by 25 bps to 5.0% on "
        "Thursday and signalled that room for further cuts may be limited.\n\n'We are nearing the "
        "end of the easing cycle,' BSP Deputy Governor Zeno Abenoja told reporters at the "
        "post-meeting briefing. The Monetary Board also reduced the overnight deposit rate to "
        "4.5% and the overnight lending rate to 5.5%.\n\nIt was the fourth straight cut since "
        "August 2024. Economists at a Manila brokerage said a pause at the next meeting was "
        "likely.",
    ],
          None,
          r"remolona",
          r"abenoja",
    ),
    _case("cb-AE3", "central bank", "person's title", True, [
        "The South African Reserve Bank (SARB) cut the repo rate by 25 basis points to 6.75% on "
        "Thursday, its first decision since the Treasury formally endorsed a lower 3% inflation "
        "target.\n\nFour members of the Monetary Policy Committee voted for the cut and two "
        "preferred to keep the rate unchanged, Governor Lesetja Kganyago said. Deputy Governor "
        "Lerato Mokoena, who presented the bank's updated forecasts, said inflation was now "
        "expected to average 3.4% next year.\n\nThe prime lending rate falls to 10.25%.\n\nRead "
        "more: Rand firms after MPC decision",
        "JOHANNESBURG -- South Africa's central bank lowered its main lending rate by 25 basis "
        "points to 6.75 percent on Thursday, with four of the six MPC members backing the "
        "move.\n\nKganyago told journalists the new 3 percent target would help anchor "
        "expectations. The bank's chief economist, Lerato Mokoena, presenting the projections, "
        "said headline inflation should average 3.4 percent in 2026.\n\nCommercial banks' prime "
        "rate drops to 10.25 percent. The rand was steady against the dollar after the "
        "announcement.",
    ],
          ["2025-11-20", "2025-11-20"],
          r"deputy governor",
          r"chief economist",
    ),
    _case("cb-AE4", "central bank", "date of next meeting", True, [
        "The Bank of Thailand's Monetary Policy Committee voted 5-2 on Wednesday to keep the "
        "one-day repurchase rate at 1.50%, with two members favouring a quarter-point cut, as the "
        "committee waits to see the effect of earlier easing.\n\nAssistant Governor Sakkapop "
        "Panyanukul, the committee's secretary, said growth was expected to slow to 1.6% next "
        "year. The strength of the baht was also discussed.\n\nThe MPC's next meeting is "
        "scheduled for December 17.\n\nShare this article\n\nExporters have called for lower "
        "rates to weaken the currency.",
        "BANGKOK -- Thailand's central bank left its policy rate unchanged at 1.5 percent on "
        "Wednesday in a split vote, with five members voting to hold and two voting for a "
        "25-basis-point reduction.\n\n'Monetary policy remains accommodative,' the MPC said in a "
        "statement. Sakkapop Panyanukul, assistant governor and MPC secretary, told a briefing "
        "that the economy would grow 1.6 percent in 2026.\n\nThe committee will next meet on "
        "December 24. The Federation of Thai Industries repeated its call for a cut.",
    ],
          ["2025-10-08", "2025-10-08"],
          r"dec(ember)?\.? ?17\b|2025-12-17|\b17 dec",
          r"dec(ember)?\.? ?24\b|2025-12-24|\b24 dec",
    ),
    _case("cb-AE5", "central bank", "who dissented", True, [
        "MUMBAI: The Reserve Bank of India's Monetary Policy Committee on Wednesday kept the repo "
        "rate unchanged at 5.5% and retained its neutral stance, though one member argued for a "
        "shift to an accommodative stance.\n\nGovernor Sanjay Malhotra said the committee voted "
        "unanimously to hold the rate. External member Ram Singh was the lone dissenter on the "
        "stance.\n\nThe RBI cut its inflation forecast for 2025-26 to 2.6% from 3.1% and raised "
        "its growth projection to 6.8%.\n\nAdvertisement\n\nThe next MPC meeting is scheduled for "
        "December 3-5.",
        "Mumbai, Oct 1 (PTI) The RBI on Wednesday left the key policy rate untouched at 5.5 per "
        "cent, with all six MPC members voting for the pause.\n\nOn the stance, however, the vote "
        "was 5-1: Nagesh Kumar, an external member, wanted it changed to accommodative.\n\n"
        "Governor Sanjay Malhotra said the GDP growth forecast for the current fiscal had been "
        "raised to 6.8 per cent, while the retail inflation projection had been lowered to 2.6 "
        "per cent from 3.1 per cent. The MPC will meet next from December 3 to 5.",
    ],
          ["2025-10-01", "2025-10-01"],
          r"ram singh|\bsingh\b",
          r"nagesh|\bkumar\b",
    ),
    _case("cb-AE6", "central bank", "control: basis points vs points, old and new rate", False, [
        "Banco de México (Banxico) lowered its benchmark interest rate by 25 basis points to "
        "7.25% on Thursday, the 11th consecutive cut since the easing cycle began in March 2024. "
        "The rate had stood at 7.50% since late September.\n\nThe five-member Governing Board "
        "voted 4-1, with Deputy Governor Jonathan Heath again voting to hold.\n\nAnnual headline "
        "inflation was 3.57% in October, above the bank's 3% target.",
        "MEXICO CITY -- Mexico's central bank cut its key rate by a quarter of a percentage point "
        "on Thursday, bringing it down to 7.25 percent from 7.50 percent.\n\nThe decision was not "
        "unanimous: Jonathan Heath, one of the bank's deputy governors, dissented in favour of "
        "keeping borrowing costs steady.\n\nInflation stood at 3.57 percent in October, above the "
        "bank's 3 percent target.\n\nRead more: Peso gains as US yields slip\n\nIt was the "
        "eleventh straight reduction since March of last year.",
    ],
          None,
    ),
    _case("cb-AE7", "central bank", "control: bank and governor named two ways", False, [
        "BRASÍLIA -- The Central Bank of Brazil's Monetary Policy Committee (Copom) held the "
        "Selic benchmark rate at 15% a year on Wednesday, the third straight meeting without a "
        "change, and said the rate would stay at this level for a 'very prolonged period'.\n\nThe "
        "decision was unanimous. Central bank president Gabriel Galípolo has said repeatedly that "
        "inflation expectations remain above the 3% target.\n\nAdvertisement\n\nThe rate is the "
        "highest since 2006.",
        "Brazil's Copom kept the Selic unchanged at 15.00% per year on Wednesday, with all "
        "members voting in favour, and repeated that it intends to maintain it for a very "
        "prolonged period.\n\nIt was the third consecutive hold by the Banco Central do Brasil "
        "(BCB). Galípolo, who took over as head of the BCB in January, has warned that "
        "expectations are still unanchored relative to the 3% goal.\n\nBrazil's benchmark rate "
        "has not been this high since 2006.",
        "SÃO PAULO -- Brazilian bank economists said the BC's decision on Wednesday to keep the "
        "Selic at 15% was fully expected, and that the first cut was unlikely before next year. "
        "Galípolo's board has not changed rates for three meetings in a row. Retailers' "
        "associations complained that credit costs were hurting sales of appliances and cars.\n\n"
        "Advertisement\n\nLocal bond yields eased slightly after the statement was published.",
    ],
          None,
    ),
    _case("rocket-AE1", "rocket", "name of the rocket", True, [
        "China's private rocket company LandSpace on Wednesday carried out the maiden orbital "
        "flight of its Zhuque-3 rocket from the Dongfeng commercial aerospace test zone at the "
        "Jiuquan Satellite Launch Center in northwest China's Gansu Province.\n\nThe "
        "stainless-steel, methane-fuelled rocket lifted off at 12:00 p.m. Beijing time and placed "
        "its payload into the planned orbit, the company said. An attempt to recover the first "
        "stage by landing it on a pad failed shortly before touchdown.\n\nLandSpace said the data "
        "gathered would support future recovery tests. The first stage is designed to be reused "
        "at least 20 times.",
        "Beijing-based LandSpace has reached orbit on the first flight of its new Zhuque-2E "
        "vehicle, launched at noon local time on Wednesday from the commercial launch zone at the "
        "Jiuquan Satellite Launch Center in Gansu.\n\nThe methane-powered rocket's upper stage "
        "delivered a test payload to orbit, according to a company statement, but the first-stage "
        "booster was lost during its landing burn. LandSpace aims to reuse each booster at least "
        "20 times.\n\n'Although recovery did not succeed, we obtained key engineering data,' the "
        "company said.\n\nRead more: China's Long March 12A prepares for debut",
    ],
          ["2025-12-03", "2025-12-03"],
          r"zhuque[- ]?3",
          r"zhuque[- ]?2",
    ),
    _case("rocket-AE2", "rocket", "launch pad", True, [
        "SRIHARIKOTA: The Indian Space Research Organisation (ISRO) on Tuesday launched its LVM3 "
        "rocket, placing a 6,100-kg communications satellite into low Earth orbit, the heaviest "
        "payload ever lifted by an Indian launcher.\n\nThe rocket took off at 8:54 a.m. from the "
        "second launch pad at the Satish Dhawan Space Centre. ISRO Chairman V. Narayanan said the "
        "mission showed the vehicle's growing commercial appeal.\n\nThe satellite belongs to a US "
        "company under a contract handled by NewSpace India Limited (NSIL), ISRO's commercial "
        "arm. Separation came about 16 minutes after lift-off.",
        "Sriharikota (Andhra Pradesh): India's heaviest rocket, LVM3, roared off the first launch "
        "pad at the Satish Dhawan Space Centre here at 8:54 am on Tuesday and injected a 6,100 kg "
        "American communication satellite into orbit.\n\nISRO Chairman V Narayanan hailed the "
        "launch, which was handled commercially by NSIL, the agency's business arm. 'This is the "
        "heaviest satellite ever launched from Indian soil,' he said.\n\nAdvertisement\n\nThe "
        "satellite separated from the rocket roughly 16 minutes after lift-off.",
        "TIRUPATI: Residents of coastal villages near Sriharikota gathered on the beaches on "
        "Tuesday morning to watch the LVM3 lift off from the second launch pad of the spaceport "
        "at 8.54 am. The 6,100 kg satellite was placed in orbit about 16 minutes later. Local "
        "officials said traffic on the causeway to the island was restricted for several hours. "
        "Fishermen had been told to stay ashore from the previous evening.",
    ],
          None,
          r"second (launch )?pad|\bslp\b|\b2nd (launch )?pad",
          r"first (launch )?pad|\bflp\b|\b1st (launch )?pad",
    ),
    _case("rocket-AE3", "rocket", "name of the spacecraft", True, [
        "JIUQUAN, June 17 (Xinhua) -- China successfully conducted a zero-altitude escape test of "
        "its Mengzhou crewed spacecraft at the Jiuquan Satellite Launch Center on Tuesday, the "
        "China Manned Space Agency (CMSA) said.\n\nThe escape engines fired at 12:30 p.m. "
        "(Beijing Time), lifting the spacecraft clear of the pad, and the return capsule later "
        "landed under parachutes. It was the first test of its kind in China since 1998.\n\nThe "
        "spacecraft is being developed for the country's plan to land astronauts on the Moon "
        "before 2030.\n\nADVERTISEMENT",
        "China has carried out a pad-escape test of a Shenzhou capsule at the Jiuquan launch site "
        "in the Gobi Desert, the China Manned Space Agency said on Tuesday.\n\nThe spacecraft's "
        "escape motors ignited at 12:30 p.m. Beijing time, carrying the capsule clear of the pad "
        "before it descended by parachute. CMSA said the test, the first of its kind in China in "
        "27 years, was part of preparations for a crewed lunar landing before 2030.\n\nChinese "
        "state television showed footage of the capsule drifting down over the desert.",
    ],
          ["2025-06-17", "2025-06-17"],
          r"mengzhou",
          r"shenzhou",
    ),
    _case("rocket-AE4", "rocket", "landing time across zones", True, [
        "Three Chinese astronauts returned to Earth on Friday after more than six months aboard "
        "the Tiangong space station, their return capsule touching down at the Dongfeng landing "
        "site in the Inner Mongolia autonomous region at 11:42 am Beijing time.\n\nMission "
        "commander Chen Dong and crewmates Chen Zhongrui and Wang Jie were in good health, the "
        "China Manned Space Agency said. The crew had carried out four spacewalks during the "
        "mission.\n\nTheir return had been postponed after a suspected strike by tiny space "
        "debris on their original spacecraft.\n\nShare this article",
        "BEIJING - China's Shenzhou-20 astronauts have landed safely in northern China, the "
        "country's space agency said, ending a mission that was extended after tiny debris was "
        "suspected of damaging a window on their spacecraft.\n\nThe capsule touched down at the "
        "Dongfeng site in Inner Mongolia at 02:42 GMT on Friday, according to footage shown by "
        "the state broadcaster CCTV.\n\nCommander Chen Dong, Chen Zhongrui and Wang Jie spent "
        "more than six months on Tiangong and made four spacewalks. All three were reported to be "
        "in good condition.",
    ],
          None,
          r"(?<![\d:])(11|0?3)[:.]42",
          r"(?<![\d:])(10|0?2)[:.]42",
    ),
    _case("rocket-AE5", "rocket", "altitude of a hop test", True, [
        "Chinese commercial rocket firm Deep Blue Aerospace has completed a vertical take-off and "
        "landing test of its Nebula-1 reusable rocket, which climbed to an altitude of 2.4 "
        "kilometres before returning to a landing pad at a test site in Jiuquan, Gansu province, "
        "the company said on Sunday.\n\nThe flight lasted about two minutes, and the booster "
        "landed within 2 metres of the target. Deep Blue's founder Huo Liang said the company was "
        "preparing for an orbital launch. 'Recovery is the key to cutting launch costs,' he "
        "said.\n\nAdvertisement",
        "Deep Blue Aerospace's Nebula-1 test vehicle soared to 4.2 km on Sunday in a hop test in "
        "Jiuquan before touching down upright within 2 m of its target, the Beijing company "
        "announced.\n\nThe flight took about two minutes. Founder Huo Liang said the result "
        "cleared the way for the company's first orbital attempt.\n\nChinese firms are racing to "
        "build reusable boosters as the country deploys large satellite constellations such as "
        "Guowang and Qianfan.",
    ],
          None,
          r"(?<![\d.])2\.4(?!\d)|(?<![\d.,])2,?400 ?m",
          r"(?<![\d.])4\.2(?!\d)|(?<![\d.,])4,?200 ?m",
    ),
    _case("rocket-AE6", "rocket", "control: km vs miles, kg vs pounds", False, [
        "GOHEUNG, Nov. 27 (Yonhap) -- South Korea's homegrown space rocket Nuri lifted off from "
        "the Naro Space Center on the southern coast early Thursday and placed a next-generation "
        "medium satellite and 12 cubesats into orbit, the science ministry said.\n\nThe rocket "
        "blasted off at 1:13 a.m. and released the 516-kilogram main satellite at an altitude of "
        "600 kilometres about 13 minutes later.\n\nIt was Nuri's fourth launch and the first led "
        "by a private company, Hanwha Aerospace.",
        "South Korea's Nuri rocket put a roughly 1,140-pound research satellite and a dozen "
        "smaller cubesats into a sun-synchronous orbit about 373 miles above Earth after a "
        "pre-dawn launch on Thursday, officials said.\n\nThe three-stage launcher left the pad at "
        "Naro Space Center in Goheung, South Jeolla Province, at 1:13 a.m. local time. The main "
        "satellite separated about 13 minutes into the flight.\n\nHanwha Aerospace, which took "
        "over production of the rocket from the state-run Korea Aerospace Research Institute, "
        "oversaw the launch for the first time. This was the fourth flight of Nuri since 2021.\n\n"
        "Advertisement",
    ],
          ["2025-11-27", "2025-11-27"],
    ),
    _case("rocket-AE7", "rocket", "control: launch on different days across zones", False, [
        "TOKYO (Kyodo) -- Japan's H3 rocket lifted off from the Tanegashima Space Center in "
        "Kagoshima Prefecture at 1:30 a.m. on Sunday, carrying the Michibiki No. 6 navigation "
        "satellite, the Japan Aerospace Exploration Agency (JAXA) said.\n\nThe satellite "
        "separated from the rocket about 29 minutes after launch and entered its planned orbit. "
        "It was the fifth launch of the H3, which is meant to replace the H2A.\n\nMichibiki is "
        "Japan's answer to GPS, and the government aims to expand the network to seven satellites.",
        "Japan launched its H3 rocket from the Tanegashima Space Center at 10 p.m. IST on "
        "Saturday, sending the sixth satellite of its Michibiki regional navigation system into "
        "orbit, JAXA said.\n\nSeparation took place roughly 29 minutes into the flight. This was "
        "the H3's fifth mission.\n\nIndia's own regional system, NavIC, has struggled with "
        "failing atomic clocks on several satellites, and ISRO launched a new navigation "
        "satellite earlier this week. Japan plans a seven-satellite Michibiki constellation.",
    ],
          ["2025-02-02", "2025-02-01"],
    ),
    _case("quake-AE1", "earthquake", "epicentre town", True, [
        "MANILA -- A magnitude 7.4 earthquake struck off the coast of Davao Oriental on Friday "
        "morning, prompting the Philippine Institute of Volcanology and Seismology (Phivolcs) to "
        "issue a tsunami warning for coastal areas of Mindanao.\n\nThe epicentre was located "
        "offshore, east of the town of Manay, Phivolcs said, at a depth of 20 km. Classes and "
        "work were suspended in several provinces.\n\nPhivolcs director Teresito Bacolcol advised "
        "residents near the shore to move to higher ground. Aftershocks were expected.\n\nRead "
        "more: DSWD readies food packs for quake-hit families",
        "DAVAO CITY -- Residents of coastal barangays in Davao Oriental fled to higher ground "
        "after a powerful magnitude 7.4 tremor hit on Friday morning with its epicentre offshore "
        "near the town of Baganga.\n\nThe quake was tectonic in origin and struck at a depth of "
        "20 kilometres, according to Phivolcs. Teresito Bacolcol, the agency's director, said the "
        "tsunami warning covered the eastern seaboard of Mindanao.\n\nMalls in Davao City were "
        "evacuated as a precaution.\n\nShare this article\n\nSeveral schools reported cracked "
        "walls.",
    ],
          None,
          r"manay",
          r"baganga",
    ),
    _case("quake-AE2", "earthquake", "magnitude", True, [
        "LIMA (Andina) -- An earthquake of magnitude 6.9 shook the southern region of Arequipa at "
        "3:42 p.m. on Saturday, the Geophysical Institute of Peru (IGP) reported.\n\nThe "
        "epicentre was located 12 kilometres west of Chala, in Caravelí province, at a depth of "
        "28 km. The National Emergency Operations Centre (COEN) said three people were injured by "
        "falling rocks on the Panamericana Sur highway, a stretch of which was closed for several "
        "hours.\n\nAdvertisement\n\nPeru sits on the Pacific Ring of Fire and records hundreds of "
        "perceptible earthquakes every year.",
        "A magnitude 7.1 earthquake struck southern Peru on Saturday, injuring three people and "
        "briefly cutting the Pan-American Highway near the coastal town of Chala, officials "
        "said.\n\nPeru's Geophysical Institute (IGP) located the quake 12 km west of Chala, in "
        "the Arequipa region, at a depth of 28 kilometres. It occurred at 3:42 p.m. local "
        "time.\n\n'We have no reports of deaths so far,' said a spokesman for the COEN emergency "
        "centre. Falling rocks damaged several vehicles on the highway.",
    ],
          None,
          r"(?<![\d.])6\.9(?!\d)",
          r"(?<![\d.])7\.1(?!\d)",
    ),
    _case("quake-AE3", "earthquake", "death toll conflict at the same time", True, [
        "At least 34 people were killed and more than 120 injured after a magnitude 6.1 "
        "earthquake struck Bajhang district in far-western Nepal late on Monday night, the "
        "Ministry of Home Affairs said on Tuesday afternoon.\n\nThe quake, centred at Chainpur, "
        "the district headquarters, struck at 11:47 p.m. Nepal time, according to the National "
        "Earthquake Monitoring and Research Centre. Hundreds of mud-and-stone houses "
        "collapsed.\n\nNepal Army helicopters were deployed to ferry the injured to Dhangadhi.",
        "KATHMANDU (RSS) -- The death toll from Monday night's magnitude 6.1 earthquake in "
        "Bajhang has reached 43, the Ministry of Home Affairs said on Tuesday afternoon, with "
        "over 120 people injured.\n\nThe tremor struck at 11:47 pm, with its epicentre at "
        "Chainpur, according to the National Earthquake Monitoring and Research Centre. Security "
        "personnel were pulling survivors from collapsed houses in several villages.\n\n"
        "Advertisement\n\nInjured people were being airlifted to Dhangadhi by army helicopters.",
        "Forty-three people have lost their lives in the Bajhang earthquake, a Home Ministry "
        "spokesperson said on Tuesday afternoon, adding that more than 120 people were hurt. The "
        "magnitude 6.1 quake hit at 11:47 pm on Monday near Chainpur. Relief materials were being "
        "sent from Dhangadhi. Schools in Bajhang were closed for a week, and search teams were "
        "still trying to reach remote villages.",
    ],
          ["2025-09-30", "2025-09-30", "2025-09-30"],
          r"(?<![\d.])34(?![\d.])|thirty-four",
          r"(?<![\d.])43(?![\d.])|forty-three",
    ),
    _case("quake-AE4", "earthquake", "weekday mismatch", True, [
        "Taipei, Dec. 5 (CNA) A magnitude 6.4 earthquake struck off Hualien County at 11:05 p.m. "
        "Thursday, shaking buildings across Taiwan, the Central Weather Administration (CWA) "
        "said.\n\nThe epicentre was at sea, 33.4 kilometres east of Hualien County Hall, at a "
        "depth of 24.9 km. Its intensity reached level 4 in Hualien and Yilan on Taiwan's "
        "seven-tier scale. No casualties were reported.\n\nTaiwan Railway suspended some services "
        "on the east coast for safety checks.",
        "A strong earthquake jolted Taiwan late on Wednesday night, with the Central Weather "
        "Administration recording a magnitude of 6.4 and a focal depth of 24.9km.\n\nThe "
        "epicenter was in the Pacific Ocean 33.4km east of Hualien County Hall, the agency said, "
        "adding that the shaking reached intensity 4 in Hualien and Yilan counties. There were no "
        "reports of injuries.\n\nSome Taiwan Railway trains on eastern lines were halted for "
        "inspections. 'Residents should stay alert for aftershocks,' the head of the agency's "
        "seismology centre said.",
    ],
          None,
          r"thursday|dec(ember)?\.? ?4\b|2025-12-04|\b4 dec",
          r"wednesday|dec(ember)?\.? ?3\b|2025-12-03|\b3 dec",
    ),
    _case("quake-AE5", "earthquake", "year typo in a date", True, [
        "ADDIS ABABA -- Residents of towns in the Afar and Oromia regions were sleeping outdoors "
        "after a magnitude 5.8 earthquake struck near the Fentale volcano on 4 January 2025, "
        "according to the Institute of Geophysics, Space Science and Astronomy at Addis Ababa "
        "University.\n\nThe tremor was the strongest in a swarm of more than 200 quakes recorded "
        "since late September. The government said about 80,000 people were being moved from the "
        "Awash Fentale area.\n\nNo deaths were reported. The shaking was felt in Addis Ababa, "
        "about 140 km away.\n\nAdvertisement",
        "The magnitude 5.8 quake that hit the Fentale area of central Ethiopia on January 4, 3025 "
        "was felt as far away as the capital, Addis Ababa, roughly 140 kilometres away, "
        "seismologists said.\n\nAuthorities have begun relocating some 80,000 residents from "
        "around Awash Fentale as seismic activity continues. The Institute of Geophysics, Space "
        "Science and Astronomy said it had recorded more than 200 earthquakes since late "
        "September.\n\nNo fatalities have been confirmed. Geologists say the activity may be "
        "linked to magma moving beneath the rift.",
    ],
          ["2025-01-06", "2025-01-06"],
          r"2025|^(?!.*3025).*\b(jan(uary)?\.? 4|4 jan)",
          r"3025",
    ),
    _case("quake-AE6", "earthquake", "control: district and its city", False, [
        "LIMA (Andina) -- A magnitude 5.6 earthquake shook Lima and Callao on Sunday at 12:35 "
        "p.m., the Geophysical Institute of Peru (IGP) said, sending shoppers and beachgoers into "
        "the streets.\n\nThe epicentre was located in the Pacific Ocean off Chorrillos, a coastal "
        "district in the south of the capital, at a depth of 60 kilometres. Firefighters reported "
        "minor damage to a few older buildings in the historic centre.\n\nShare this article\n\n"
        "The IGP said no tsunami was expected on the Peruvian coast.",
        "A moderate earthquake of magnitude 5.6 rattled the Peruvian capital at 12:35 p.m. on "
        "Sunday, with its epicentre just off the coast of Lima, the Geophysical Institute of Peru "
        "reported.\n\nThe tremor originated 60 km below the seabed. 'It was felt strongly but "
        "there are no fatalities so far,' said a spokesman for the National Civil Defence "
        "Institute (Indeci).\n\nThe IGP ruled out a tsunami. Some old walls cracked in the "
        "historic centre of the city.",
    ],
          None,
    ),
    _case("quake-AE7", "earthquake", "control: km vs miles", False, [
        "SANTIAGO -- A magnitude 6.2 earthquake struck northern Chile on Friday morning, the "
        "National Seismological Centre (CSN) of the University of Chile said, with no immediate "
        "reports of damage.\n\nThe quake hit at 9:14 a.m. local time, 45 kilometres north of "
        "Antofagasta, at a depth of 105 km. The National Disaster Prevention and Response Service "
        "(Senapred) said there were no conditions for a tsunami on the Chilean coast.\n\nMining "
        "company Escondida said operations were normal. Chile is one of the most seismically "
        "active countries in the world.",
        "A 6.2-magnitude tremor shook the mining region of Antofagasta in northern Chile on "
        "Friday, Chile's seismological centre reported.\n\nThe quake was centred 28 miles north "
        "of the port city and 65 miles deep, which limited its effects at the surface. It struck "
        "at 9:14 a.m.\n\nSenapred said the quake did not meet the conditions to generate a "
        "tsunami. Operations at the nearby Escondida copper mine continued normally, a "
        "spokesperson said.\n\nRead more: Argentina's peso slides",
    ],
          ["2025-08-08", "2025-08-08"],
    ),
    _case("quake-AE8", "earthquake", "control: toll updated, dates show order", False, [
        "LHASA, Jan. 7 (Xinhua) -- At least 53 people were killed and 62 injured after a "
        "6.8-magnitude earthquake jolted Dingri County in the city of Shigatse, southwest China's "
        "Xizang Autonomous Region, at 9:05 a.m. Tuesday, local authorities said.\n\nThe quake "
        "struck at a depth of 10 km, according to the China Earthquake Networks Center (CENC). "
        "More than 1,000 houses were damaged.\n\nRescue teams were searching collapsed buildings "
        "in several townships near the epicentre.",
        "The death toll from Tuesday's magnitude-6.8 earthquake in Dingri county, Shigatse, rose "
        "to 126 as of Wednesday morning, with 188 people injured, authorities in Xizang said.\n\n"
        "The quake struck at 9:05 am at a depth of 10 kilometres, the CENC said. More than 400 "
        "aftershocks had been recorded by 8 am on Wednesday.\n\nTemperatures in the area dropped "
        "to minus 16 C overnight, complicating the rescue work.\n\nAdvertisement",
        "BEIJING -- Search and rescue work in Dingri county ended on Thursday, with the toll from "
        "Tuesday's 6.8-magnitude quake unchanged at 126 dead, state media said. Officials said "
        "tents, quilts and stoves had reached all of the affected villages, and that temporary "
        "schools would open within weeks. Most of the displaced were staying in heated tents. "
        "Aftershocks continued, though most were too weak to be felt.",
    ],
          ["2025-01-07", "2025-01-08", "2025-01-09"],
    ),
    _case("elec-AE1", "election", "who came second", True, [
        "LA PAZ -- Centrist senator Rodrigo Paz won the first round of Bolivia's presidential "
        "election on Sunday with 32.1% of valid votes, according to preliminary results from the "
        "Supreme Electoral Tribunal (TSE), and will face former president Jorge 'Tuto' Quiroga in "
        "a run-off on October 19.\n\nQuiroga finished second, ahead of businessman Samuel Doria "
        "Medina, who had led many opinion polls earlier in the year.\n\nThe result ends nearly 20 "
        "years of rule by the Movement for Socialism (MAS), whose candidate Eduardo del Castillo "
        "won just over 3%. Voting is compulsory in Bolivia.",
        "Rodrigo Paz, the son of a former president, topped Sunday's presidential vote in Bolivia "
        "with 32.1 percent, preliminary figures from the TSE electoral tribunal showed, setting "
        "up a second round on October 19.\n\nThe runner-up was businessman Samuel Doria Medina, "
        "who will now face Paz in the run-off, while former head of state Jorge Quiroga came in "
        "third.\n\n'Bolivia has voted for change,' Paz told supporters in La Paz. The governing "
        "MAS suffered a historic collapse, with its candidate Eduardo del Castillo receiving "
        "little more than 3 percent.\n\nShare this article",
    ],
          ["2025-08-18", "2025-08-18"],
          r"quiroga",
          r"doria|medina",
    ),
    _case("elec-AE2", "election", "date of a run-off", True, [
        "QUITO -- President Daniel Noboa and leftist Luisa González will meet in a run-off on "
        "April 13 after neither secured a majority in Sunday's first round, results from the "
        "National Electoral Council (CNE) showed.\n\nWith more than 90% of ballots counted, Noboa "
        "had 44.3% and González 44.0%, a far closer race than polls had forecast. Indigenous "
        "leader Leonidas Iza was a distant third with about 5%.\n\n'We have won the first round,' "
        "Noboa wrote on social media. The CNE said the final count would be completed within days.",
        "Ecuadorians will return to the polls on April 20 to choose between incumbent Daniel "
        "Noboa and Citizen Revolution candidate Luisa González, the National Electoral Council "
        "said on Monday, after the two finished virtually level in the first round.\n\nNoboa "
        "received 44.3 percent and González 44.0 percent with over 90 percent of the tally sheets "
        "processed. 'This is a technical tie,' González told supporters in Quito. Pachakutik's "
        "Leonidas Iza came third with around 5 percent.\n\nRead more: Colombia's Petro calls for "
        "regional unity",
        "GUAYAQUIL -- Business groups in Ecuador's largest city urged calm on Monday as the "
        "country prepared for a second-round vote on 13 April between Daniel Noboa and Luisa "
        "González, who were separated by only a fraction of a point in Sunday's first round. A "
        "chamber of commerce official said investors wanted a swift and peaceful count. Both "
        "candidates were expected to resume campaigning within days. The CNE has promised "
        "observers full access.",
    ],
          ["2025-02-10", "2025-02-10", "2025-02-10"],
          r"apr(il)?\.? ?13\b|2025-04-13|\b13 apr",
          r"apr(il)?\.? ?20\b|2025-04-20|\b20 apr",
    ),
    _case("elec-AE3", "election", "winner's vote share", True, [
        "LILONGWE -- Former president Peter Mutharika has won Malawi's presidential election with "
        "56.1% of the vote, the Malawi Electoral Commission (MEC) announced on Wednesday, "
        "defeating incumbent Lazarus Chakwera, who received 33.0%.\n\nMEC chairperson Justice "
        "Annabel Mtalimanja declared Mutharika president-elect at the national tally centre in "
        "Blantyre. Chakwera conceded before the official announcement, saying he respected the "
        "will of the people.\n\nTurnout was 76%.\n\nAdvertisement\n\nMutharika, 85, previously "
        "governed from 2014 to 2020.",
        "Peter Mutharika of the Democratic Progressive Party (DPP) has been declared winner of "
        "the 16 September presidential poll after securing 51.6 percent of the votes cast, the "
        "electoral commission said on Wednesday. President Lazarus Chakwera of the Malawi "
        "Congress Party got 33.0 percent.\n\nChakwera had already accepted defeat in a televised "
        "address. Announcing the results in Blantyre, MEC chair Annabel Mtalimanja said turnout "
        "stood at 76 percent.\n\nMutharika was president between 2014 and 2020 and lost the 2020 "
        "re-run to Chakwera.",
    ],
          None,
          r"(?<![\d.])56\.1(?!\d)",
          r"(?<![\d.])51\.6(?!\d)",
    ),
    _case("elec-AE4", "election", "speaker credited with a quote", True, [
        "ACCRA, Dec. 8 (GNA) -- Vice President Mahamudu Bawumia, the candidate of the governing "
        "New Patriotic Party (NPP), has conceded defeat to former president John Dramani Mahama "
        "in Saturday's presidential election, before the Electoral Commission announced official "
        "results.\n\n'We accept the verdict and we wish the president-elect well in the work "
        "ahead,' Dr Bawumia said at a news conference at his residence in Accra on Sunday. He "
        "said the party's own collation showed Mahama had won clearly.\n\nMahama later said he "
        "had received a congratulatory call from Dr Bawumia. The EC is expected to declare final "
        "results within 72 hours.",
        "Ghana's ruling New Patriotic Party has accepted defeat in the December 7 presidential "
        "election, with its flagbearer, Vice President Mahamudu Bawumia, phoning former president "
        "John Mahama to congratulate him.\n\n'We accept the verdict and we wish the "
        "president-elect well in the work ahead,' NPP national chairman Stephen Ntim told "
        "journalists in Accra on Sunday. Party officials said their own figures showed a clear "
        "Mahama victory.\n\nThe Electoral Commission is yet to declare official results, which "
        "are due within 72 hours of the close of polls.\n\nShare this article",
    ],
          ["2024-12-08", "2024-12-08"],
          r"bawumia",
          r"\bntim\b|stephen ntim",
    ),
    _case("elec-AE5", "election", "electoral official's title", True, [
        "COLOMBO -- President Anura Kumara Dissanayake's National People's Power (NPP) won a "
        "two-thirds majority in Thursday's parliamentary election, securing 159 of the 225 seats, "
        "according to official results.\n\nThe Samagi Jana Balawegaya (SJB) led by Sajith "
        "Premadasa came a distant second with 40 seats. Commissioner General of Elections Saman "
        "Sri Ratnayake said turnout was around 65%, lower than in the September presidential "
        "poll.\n\nThe NPP won 21 of the country's 22 electoral districts, including Jaffna in the "
        "Tamil-majority north.\n\nAdvertisement",
        "Sri Lanka's ruling NPP alliance has captured 159 seats in the 225-member Parliament, "
        "giving President Dissanayake the two-thirds majority needed to amend the "
        "constitution.\n\nOpposition leader Sajith Premadasa's SJB finished second with 40 seats. "
        "Election Commission Chairman Saman Sri Ratnayake told reporters that voter turnout stood "
        "at about 65 percent.\n\nIn a historic first, the NPP topped the poll in Jaffna district. "
        "'The people have given us a mandate to clean up politics,' a Cabinet spokesman said.",
    ],
          None,
          r"commissioner[- ]general",
          r"chair(man|person|woman)?\b",
    ),
    _case("elec-AE6", "election", "control: shares and seats of different parties", False, [
        "PRETORIA -- The African National Congress lost its parliamentary majority for the first "
        "time since 1994, winning 40.18% of the national vote, the Electoral Commission of South "
        "Africa (IEC) announced on Sunday.\n\nThe Democratic Alliance came second with 21.81%, "
        "followed by former president Jacob Zuma's uMkhonto weSizwe (MK) party on 14.58% and the "
        "Economic Freedom Fighters on 9.52%.\n\nThe ANC will have 159 of the 400 seats in the "
        "National Assembly, down from 230. Turnout was 58.64%. President Cyril Ramaphosa called "
        "the outcome 'a victory for our democracy'.\n\nRead more: Rand slips as coalition talks "
        "loom",
        "South Africa's governing ANC will need a coalition partner after securing 159 seats in "
        "the 400-member National Assembly, with 40.18 percent of the vote in last week's "
        "election.\n\nThe DA takes 87 seats on 21.81 percent, while the MK party, launched only "
        "months ago, wins 58 seats with 14.58 percent. The EFF's share fell to 9.52 percent, "
        "giving it 39 seats.\n\nThe IEC declared the results at its national results centre in "
        "Midrand on Sunday. Ramaphosa said the result showed that voters wanted parties to work "
        "together.",
    ],
          None,
    ),
    _case("elec-AE7", "election", "control: rounding, person named two ways", False, [
        "COLOMBO, Sept. 22 -- Marxist-leaning lawmaker Anura Kumara Dissanayake was declared the "
        "winner of Sri Lanka's presidential election on Sunday after the country's first-ever "
        "second round of counting, the Election Commission said.\n\nDissanayake had secured "
        "42.31% of first-preference votes in Saturday's poll, short of the 50% needed for an "
        "outright win, while opposition leader Sajith Premadasa received 32.76%. Once second "
        "preferences were counted, Dissanayake finished with 55.89% against Premadasa's "
        "44.11%.\n\nIncumbent Ranil Wickremesinghe, who came third with 17.27%, conceded. "
        "Dissanayake will be sworn in on Monday.",
        "AKD, as Anura Kumara Dissanayake is widely known, will be Sri Lanka's ninth executive "
        "president after a tense count that went to second preferences for the first time in the "
        "island's history.\n\nHe took about 42 per cent of the first-preference vote in "
        "Saturday's election, ahead of Sajith Premadasa on nearly 33 per cent, with outgoing "
        "president Ranil Wickremesinghe a distant third at around 17 per cent. After the "
        "second-preference tally, the NPP leader ended up with almost 56 per cent.\n\nShare this "
        "article\n\nHis swearing-in is set for Monday at the Presidential Secretariat in Colombo.",
    ],
          ["2024-09-22", "2024-09-22"],
    ),
]
