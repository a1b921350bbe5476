"""Blind test battery, part Z, for the disagreements of the hidden check's domains (issue 11).

Part Z, written by engineer Z1 on 2026-12-06 (twelfth session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py Z``.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "Z", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-Z1", "trade", "delegation leader", True, [
        "LONDON (Reuters) - Senior U.S. and Chinese officials sat down in London on Tuesday "
        "for a fresh round of talks meant to keep a shaky tariff truce from unravelling. "
        "Beijing's delegation was led by Vice Premier He Lifeng, China's top economic envoy, "
        "while Treasury Secretary Scott Bessent headed the American team. Two people briefed "
        "on the agenda said Chinese export licences for rare-earth magnets and U.S. curbs on "
        "chip-design software would dominate the day. Advertisement "
        "The meeting follows last month's accord in Geneva, under which Washington lowered its "
        "extra levies on Chinese goods to 30% and Beijing cut its own to 10%. Neither side "
        "issued a statement when the session broke up in the evening. \"We are here to get "
        "things moving again,\" Bessent told reporters on his way in.",
        "The world's two biggest economies went back to the negotiating table in the British "
        "capital on Tuesday. China sent a team headed by Li Chenggang, a senior commerce "
        "official who has handled the file for years, and the U.S. side was led by Treasury "
        "Secretary Scott Bessent. Rare earths topped the list of grievances: licences for the "
        "minerals, and for the magnets made from them, have slowed to a trickle since April, "
        "leaving car plants in Europe and America short of parts.\n\nUnder the Geneva "
        "arrangement, American tariffs on Chinese imports fell to 30 per cent and Chinese "
        "duties on American products to 10 per cent. Share this article. Economists at a "
        "Singapore bank said they expected little more than a promise to keep talking.",
    ], None, r"lifeng|vice[- ]premier", r"chenggang|commerce official"),

    _case("trade-Z2", "trade", "venue at different precision", True, [
        "GENEVA, May 11 (Reuters) - U.S. and Chinese negotiators met for a second day on "
        "Sunday at the Swiss ambassador's residence in Cologny, a leafy lakeside suburb of "
        "Geneva, in their first face-to-face talks since the two countries hit each other's "
        "goods with triple-digit tariffs. Treasury Secretary Scott Bessent and U.S. Trade "
        "Representative Jamieson Greer sat across from a Chinese team under Vice Premier He "
        "Lifeng. The Swiss hosts said little about the arrangements, and police closed the "
        "road up to the villa for most of the day. Switzerland's economy minister, Guy "
        "Parmelin, said he was glad the two sides had chosen neutral ground.",
        "Washington-Beijing talks went into a second day on Sunday inside the Palais des "
        "Nations, the sprawling complex that houses the UN's European headquarters, officials "
        "said. Bessent, the U.S. Treasury secretary, was joined again by Trade Representative "
        "Jamieson Greer; across the table sat Vice Premier He Lifeng. Read more: What two "
        "months of tariffs have cost exporters\n\nNeither delegation briefed on substance. "
        "Before flying out, Bessent had told a television interviewer that the aim was to "
        "bring the temperature down rather than sign a sweeping agreement. U.S. duties on "
        "most Chinese goods currently stand at 145%.",
        "Here's where the weekend's big meeting actually happened: not at a hotel or a UN "
        "building but at the Swiss envoy's residence in Cologny, just outside Geneva. The two "
        "sides spent Saturday and Sunday there. America's 145 percent tariff on Chinese goods "
        "was the elephant in the room, and Vice Premier He Lifeng led Beijing's side. "
        "Treasury Secretary Scott Bessent did most of the talking for Washington. Nobody "
        "expects a grand bargain yet.",
    ], ["2025-05-11", "2025-05-11", "2025-05-12"],
        r"residence|cologny|villa", r"palais|nations"),

    _case("trade-Z3", "trade", "title of a person", True, [
        "BEIJING - China's Commerce Minister Wang Wentao told U.S. Trade Representative "
        "Jamieson Greer in a video call on Thursday that new American port fees on "
        "Chinese-built ships were \"poisoning the atmosphere\" for talks, according to a "
        "readout published by Beijing. The two sides agreed to stay in contact, the statement "
        "said, without giving a date for another meeting. The fees, charged per net ton each "
        "time a Chinese-built vessel calls at a U.S. port, took effect this week. China's "
        "exports to the United States fell 27% in the previous month, customs data show.",
        "Chinese Vice Commerce Minister Wang Wentao held a video call with Jamieson Greer, the "
        "U.S. trade representative, on Thursday, Beijing said. In its account of the "
        "conversation the ministry said Wang had complained that the port charges levied on "
        "ships built in China were \"poisoning the atmosphere\". Advertisement\n\n"
        "Washington says the charges are meant to revive American shipbuilding. Both sides "
        "agreed to keep communicating, the readout added. Shipping analysts expect carriers "
        "to reshuffle their fleets so that fewer Chinese-built vessels call at U.S. ports.",
    ], None, r"^(?!.*vice).*(commerce minister|minister of commerce|\bminister\b)", r"vice"),

    _case("trade-Z4", "trade", "length of tariff pause", True, [
        "WASHINGTON (AP) - President Donald Trump on Monday signed an executive order "
        "extending the pause on steeper tariffs against Chinese imports by another 90 days, "
        "hours before the truce was due to lapse. The additional duty on most Chinese goods "
        "stays at 30%, the White House said. Beijing's commerce ministry announced a matching "
        "step soon afterwards, keeping its own 10% levy on American products in place. "
        "Without the order, U.S. rates would have climbed back to levels that business groups "
        "had likened to an embargo. The U.S.-China Business Council welcomed the decision.",
        "Washington and Beijing have bought themselves more time. Trump put his signature on "
        "Monday to an order that keeps the higher tariff rates on hold for a further 60 days, "
        "the White House confirmed.\n\nImports from China will go on facing an extra 30 "
        "percent duty in the meantime, and the commerce ministry in Beijing mirrored the "
        "move, leaving its 10 percent levy on U.S. goods unchanged. Sign up for our "
        "newsletter. Analysts said the extension gives negotiators room to tackle soybeans, "
        "fentanyl and chips.",
    ], ["2025-08-12", "2025-08-12"],
        r"(?<!\d)90[- ]?days?|ninety|three[- ]months?",
        r"(?<!\d)60[- ]?days?|sixty|two[- ]months?"),

    _case("trade-Z5", "trade", "which body decided", True, [
        "BEIJING, May 14 - The Customs Tariff Commission of the State Council said on "
        "Wednesday that additional tariffs on goods from the United States would be lowered "
        "to 10%, carrying out its side of the deal reached in Geneva at the weekend. The "
        "commission also said it would suspend for 90 days the countermeasures announced in "
        "early April. Importers of American soybeans and aircraft parts were among the first "
        "to welcome the notice. The U.S. cut its own extra levy on Chinese goods to 30% on the "
        "same day.",
        "China's Ministry of Commerce announced on Wednesday that extra duties on American "
        "products would fall to 10 percent, as agreed with Washington in Switzerland. The "
        "90-day suspension of Beijing's April countermeasures began at once. Related: "
        "Soybean traders rush to book U.S. cargoes\n\nOn the American side, the 30 percent "
        "rate on Chinese imports also took effect on Wednesday. Traders said freight bookings "
        "across the Pacific had jumped since the weekend.",
    ], ["2025-05-14", "2025-05-14"],
        r"tariff commission|state council", r"ministry of commerce|commerce ministry|mofcom"),

    _case("trade-Z6", "trade", "speaker credited with a quote", True, [
        "GENEVA - U.S. officials spoke of \"substantial progress\" after two days of talks with "
        "China ended on Sunday. \"We had very productive meetings, and we narrowed our "
        "differences more than I expected,\" Treasury Secretary Scott Bessent told reporters "
        "outside the venue, with Trade Representative Jamieson Greer beside him. Details of "
        "the arrangement would be released on Monday, he said. The Chinese side, led by Vice "
        "Premier He Lifeng, called the talks candid and constructive. Advertisement",
        "Two days of closed-door negotiations between the U.S. and China wrapped up on Sunday "
        "with upbeat words but few specifics. \"We had very productive meetings, and we "
        "narrowed our differences more than I expected,\" said Trade Representative Jamieson "
        "Greer, standing next to Treasury Secretary Scott Bessent.\n\nBeijing's delegation, "
        "headed by Vice Premier He Lifeng, described the discussions as candid and "
        "constructive. A fuller statement is due on Monday. Markets in Asia are expected to "
        "open higher.",
    ], None, r"bessent", r"greer"),

    _case("trade-Z7", "trade", "control: organisation named two ways", False, [
        "BEIJING (Reuters) - China's Ministry of Commerce said on Thursday it had approved a "
        "batch of export licences for rare earths, the first clear sign that Beijing is "
        "honouring its side of a preliminary agreement with Washington. Ministry spokesperson "
        "He Yadong told a regular briefing that applications were being reviewed \"in "
        "accordance with the law\". Exports of rare-earth magnets fell 74% in May from a year "
        "earlier, customs figures show. Treasury Secretary Scott Bessent said last week that "
        "deliveries had to resume quickly for the truce to hold.",
        "Beijing's commerce ministry (MOFCOM) says it has signed off on some rare-earth export "
        "licences, a gesture U.S. officials had been waiting for. He Yadong, the ministry's "
        "spokesperson, told reporters on Thursday that requests were being handled \"in "
        "accordance with the law\".\n\nShipments of rare-earth magnets were down 74 per cent "
        "in May compared with the same month of 2024. Bessent, the U.S. Treasury secretary, "
        "had warned that the deal depended on supplies flowing again. Share this article",
    ], ["2025-06-12", "2025-06-12"]),

    _case("trade-Z8", "trade", "control: old rate and new rate", False, [
        "GENEVA (Reuters) - The United States and China agreed on Monday to slash the tariffs "
        "they had imposed on each other for an initial 90 days. U.S. duties on Chinese goods "
        "will fall from 145% to 30%, while Chinese levies on American products will drop from "
        "125% to 10%, according to a joint statement. The 30% U.S. rate includes a 20% levy "
        "tied to fentanyl trafficking, which stays in place. Stocks rallied on the news, with "
        "Wall Street's main indexes up sharply by midday.",
        "Tariff truce: what changes\n\nWashington's extra duties on imports from China drop to "
        "30 percent, down from 145 percent. Beijing's retaliatory tariffs fall to 10 percent "
        "from 125 percent. The reductions last 90 days while the two governments keep "
        "talking. Sign up for our newsletter. Officials announced the arrangement on Monday "
        "after a weekend of negotiations in Geneva.",
    ], ["2025-05-12", "2025-05-12"]),

    # ------------------------------------------------------------------ court
    _case("court-Z1", "court", "author of the majority opinion", True, [
        "WASHINGTON - The Supreme Court on Thursday sided with a group of Montana ranchers in a "
        "fight over federal grazing fees, ruling 6-3 that the Interior Department overstepped "
        "its authority when it doubled the charges. Justice Elena Kagan wrote the majority "
        "opinion. Justice Clarence Thomas dissented, joined by Justices Samuel Alito and Neil "
        "Gorsuch. \"This is a win for every family that runs cattle on public land,\" said Dana "
        "Whitfield, president of the Pryor Creek Grazing Association, which brought the case. "
        "The department said it was studying the decision.",
        "Ranchers won at the Supreme Court on Thursday. Writing for a six-justice majority, "
        "Justice Amy Coney Barrett said the Interior Department had reached \"well beyond "
        "what Congress allowed\" when it doubled grazing fees on federal land.\n\nAdvertisement"
        "\n\nThe three dissenters - Justices Thomas, Alito and Gorsuch - argued that the "
        "statute gave the department broad discretion. The Pryor Creek Grazing Association, "
        "a Montana group, had challenged the increase in 2023. Interior officials said they "
        "were reviewing the opinion.",
        "Big news for folks out here: the grazing fee hike is dead. Justice Barrett's opinion "
        "for the 6-3 court says Interior went too far. Thomas, Alito and Gorsuch dissented. "
        "Dana Whitfield of the Pryor Creek association called it a win for every family that "
        "runs cattle on public land.",
    ], None, r"kagan", r"barrett"),

    _case("court-Z2", "court", "upheld vs struck down", True, [
        "NEW ORLEANS (AP) - A federal appeals court on Friday upheld a Louisiana law that "
        "requires social media platforms to verify the age of users and obtain parental "
        "consent for anyone under 16. A divided panel of the 5th U.S. Circuit Court of "
        "Appeals ruled 2-1; Judge Carl Whitmore wrote the opinion and Judge Ana Delgado "
        "dissented. NetChoice, the tech industry group that brought the lawsuit, said it was "
        "reviewing the decision. Louisiana Attorney General Liz Murrill's office did not "
        "immediately respond to a request for comment.",
        "The 5th Circuit on Friday struck down Louisiana's age-verification law for social "
        "media, which requires parental consent for users under 16. The 2-1 ruling was "
        "written by Judge Carl Whitmore, with Judge Ana Delgado dissenting.\n\nRead more: "
        "States race to regulate teens' screen time\n\nNetChoice, the trade group behind the "
        "challenge, said it was still reading the opinion. Several other states have passed "
        "similar laws in the past two years.",
    ], ["2025-03-08", "2025-03-08"], r"uph[eo]ld|affirm|sustain",
        r"struck|strike|invalidat|overturn|unconstitutional"),

    _case("court-Z3", "court", "vote split of the justices", True, [
        "WASHINGTON (Reuters) - The U.S. Supreme Court ruled 6-3 on Tuesday that federal "
        "prosecutors may use evidence gathered by a private contractor who searched a "
        "defendant's rented storage unit, rejecting a Fourth Amendment challenge. Justice "
        "Brett Kavanaugh wrote for the majority. Justice Sonia Sotomayor wrote the main "
        "dissent, warning that the decision \"opens a side door\" around the warrant "
        "requirement. The defendant, Marcus Ellery, was convicted of drug trafficking in "
        "Ohio in 2022 and is serving a 12-year sentence.",
        "In a 5-4 decision on Tuesday, the Supreme Court held that evidence a private "
        "contractor found in a rented storage unit can be used against the man who rented "
        "it. Kavanaugh's majority opinion said the contractor was not acting as an agent of "
        "the government.\n\nSotomayor, in the principal dissent, said the ruling \"opens a "
        "side door\" around the need for a warrant. Marcus Ellery, who is serving 12 years for "
        "drug trafficking, had asked the justices to throw out the evidence. Share this",
    ], None, r"\b6 ?(-|–|—|to) ?3\b|six[- ]to[- ]three|\bsix\b",
        r"\b5 ?(-|–|—|to) ?4\b|five[- ]to[- ]four|\bfive\b"),

    _case("court-Z4", "court", "size of a fine", True, [
        "LONDON - The Court of Appeal on Thursday dismissed Brightwell Energy's challenge to "
        "an £8.7 million penalty imposed by Ofgem for overcharging prepayment customers. Lord "
        "Justice Henley, giving the leading judgment, said the regulator had acted "
        "\"squarely within its powers\". About 40,000 households were affected between 2021 "
        "and 2023, according to the regulator. Brightwell said it was disappointed and would "
        "consider its options.",
        "Brightwell Energy has lost its appeal against a £7.8m fine from the energy "
        "regulator, Ofgem. Judges at the Court of Appeal ruled on Thursday that the watchdog "
        "had been \"squarely within its powers\" when it penalised the supplier over charges "
        "to prepayment meter customers.\n\nSome 40,000 households were overcharged between "
        "2021 and 2023. Advertisement\n\nThe supplier said it was disappointed by the ruling.",
    ], ["2025-09-19", "2025-09-19"],
        r"(?<![\d.])8[.,]7 ?(million|mn|m\b)|8,?700,?000",
        r"(?<![\d.])7[.,]8 ?(million|mn|m\b)|7,?800,?000"),

    _case("court-Z5", "court", "who dissented", True, [
        "COLUMBUS, Ohio - The Ohio Supreme Court ruled 6-1 on Wednesday that a city income tax "
        "on remote workers who never set foot in the city was unconstitutional. Justice "
        "Miriam Okafor wrote for the majority, and the lone dissent came from Justice Harold "
        "Brennecke, who said the legislature, not the court, should fix the problem. The "
        "ruling could force refunds running into the tens of millions of dollars, city "
        "officials said. Several cities had kept taxing commuters who switched to working "
        "from home during the pandemic.",
        "Remote workers who were taxed by a city they never worked in are owed relief, Ohio's "
        "top court said on Wednesday in a 6-1 decision. The majority opinion was written by "
        "Justice Miriam Okafor. Justice Lorna Whitcombe was the only member of the court to "
        "dissent, arguing that lawmakers rather than judges should sort out the issue.\n\n"
        "Related: What the ruling means for your tax return\n\nCity officials warned that "
        "refunds could reach tens of millions of dollars.",
    ], None, r"brennecke", r"whitcombe"),

    _case("court-Z6", "court", "control: person named two ways", False, [
        "WASHINGTON (AP) - The Supreme Court ruled 6-3 on Friday that federal judges cannot "
        "issue nationwide injunctions to block a policy for everyone in the country. Chief "
        "Justice John Roberts assigned the opinion and joined the majority; Justice Ketanji "
        "Brown Jackson wrote a sharp dissent. Solicitor General D. John Sauer had argued that "
        "such orders let a single judge freeze the federal government. Advertisement",
        "By a 6-3 vote on Friday the justices sharply limited the power of lower courts to "
        "block federal policies nationwide. Roberts, the chief justice, assigned the opinion "
        "and sided with the majority. Jackson wrote a pointed dissent.\n\nSauer, the "
        "solicitor general, had told the court that universal injunctions allow one judge to "
        "halt the executive branch. Read more: The cases still left this term",
    ], ["2025-06-27", "2025-06-27"]),

    _case("court-Z7", "court", "control: 18 months vs a year and a half", False, [
        "A former city building inspector was sentenced on Tuesday to 18 months in federal "
        "prison for taking bribes from developers, the U.S. Attorney's Office said. U.S. "
        "District Judge Renata Solis also ordered Gerald Pike, 58, to pay $250,000 in "
        "restitution and serve three years of supervised release. Pike pleaded guilty in March "
        "to accepting cash in exchange for approving permits. His lawyer said he accepted "
        "responsibility.",
        "Gerald Pike, the ex-building inspector who pleaded guilty in March to a bribery "
        "scheme, will spend a year and a half behind bars. Judge Renata Solis handed down the "
        "sentence on Tuesday in federal court and ordered Pike to repay a quarter of a "
        "million dollars.\n\nShare this article\n\nPike, 58, will also be on supervised "
        "release for three years once he is out. Prosecutors said he took cash from "
        "developers in exchange for permits.",
    ], None),

    # ------------------------------------------------------------------ central bank
    _case("cb-Z1", "central bank", "held vs cut", True, [
        "LONDON (Reuters) - The Bank of England held Bank Rate at 4% on Thursday and said it "
        "would slow the pace at which it shrinks its holdings of government bonds to £70 "
        "billion over the next year. Governor Andrew Bailey said the Bank was \"not out of the "
        "woods\" on inflation, which stood at 3.8% in August. Sterling was little changed "
        "after the announcement. The decision had been widely expected in the City.",
        "The Bank of England cut Bank Rate to 4% on Thursday. Threadneedle Street also "
        "announced that it would reduce its stock of gilts by £70bn over the coming 12 "
        "months, a slower pace than before.\n\nAdvertisement\n\nInflation, at 3.8% in "
        "August, remains well above the 2% target. \"We are not out of the woods,\" Governor "
        "Andrew Bailey said. The pound barely moved.",
    ], ["2025-09-18", "2025-09-18"],
        r"held|hold|kept|keep|unchanged|steady|paus|maintain",
        r"\bcut|lower|reduc|trim"),

    _case("cb-Z2", "central bank", "who dissented", True, [
        "WASHINGTON (Reuters) - The Federal Reserve kept its benchmark interest rate in the "
        "4.25%-4.50% range on Wednesday. The decision was 11-1, with Governor Christopher "
        "Waller dissenting in favour of a quarter-point cut. Fed Chair Jerome Powell told "
        "reporters the labour market remained solid and that the central bank could afford "
        "to wait. Markets had priced in little chance of a move at this meeting.",
        "The Fed stood pat again on Wednesday, leaving rates at 4.25 to 4.5 percent. The lone "
        "dissent came from Governor Stephen Miran, who wanted a quarter-point reduction. "
        "Read more: What a rate cut would mean for mortgages\n\nChair Jerome Powell said the "
        "job market was in good shape, giving policymakers time to watch how tariffs feed "
        "into prices. Traders now see a cut in September as more likely than not.",
        "Eleven votes to one: that was the tally as the FOMC held steady at 4.25%-4.50%. The "
        "holdout was Christopher Waller, who argued for trimming rates by a quarter point. "
        "Powell struck a patient tone at his press conference. He said the committee would "
        "take its decisions one meeting at a time. Stocks ended the day slightly lower.",
    ], None, r"waller", r"miran"),

    _case("cb-Z3", "central bank", "basis points vs percentage points", True, [
        "TOKYO - The Bank of Japan raised its short-term policy rate by 25 basis points to "
        "0.75% on Friday, taking borrowing costs to their highest in three decades. Governor "
        "Kazuo Ueda said real interest rates remained deeply negative and that further "
        "increases were possible if the economy performed as expected. The yen firmed "
        "slightly after the decision, which was unanimous. Analysts had expected the move "
        "after strong results from spring wage talks.",
        "The BOJ lifted borrowing costs by half a percentage point to 0.75 percent on "
        "Friday, the highest level in 30 years. The nine-member board voted unanimously.\n\n"
        "Governor Kazuo Ueda said that real rates were still deeply negative and the bank "
        "would keep raising rates if its outlook was realised. Economists had largely "
        "anticipated the increase. Sign up for our newsletter",
    ], None,
        r"(?<![\d.])25 ?(basis|bps?\b|bp\b)|(?<!\d)0?\.25 ?(percentage|pp\b|points?|%)"
        r"|quarter",
        r"half|(?<!\d)0?\.5 ?(percentage|pp\b|points?|%)|(?<![\d.])50 ?(basis|bps?\b|bp\b)"),

    _case("cb-Z4", "central bank", "title of a person", True, [
        "FRANKFURT (Reuters) - The European Central Bank cut its deposit rate by a quarter "
        "point to 2.25% on Thursday, its seventh reduction in a year, as U.S. tariffs clouded "
        "the outlook for euro zone exporters. ECB Vice-President Luis de Guindos told "
        "reporters that \"trade tensions have made the path ahead much harder to read\". "
        "President Christine Lagarde said the decision was unanimous.",
        "The ECB lowered its deposit facility rate by 25 basis points to 2.25% on Thursday, "
        "the seventh cut in twelve months. \"Trade tensions have made the path ahead much "
        "harder to read,\" ECB chief economist Luis de Guindos said at the press conference "
        "in Frankfurt.\n\nAdvertisement\n\nChristine Lagarde, the bank's president, said "
        "all Governing Council members had backed the move. Markets had fully priced in "
        "the cut.",
    ], ["2025-04-17", "2025-04-17"], r"vice[- ]?president", r"chief economist"),

    _case("cb-Z5", "central bank", "weekday of a meeting", True, [
        "OTTAWA - The Bank of Canada held its key overnight rate at 2.75% on Wednesday for a "
        "third straight meeting, pointing to uncertainty over U.S. tariffs. Governor Tiff "
        "Macklem said the economy was showing \"some resilience\" but that the trade war was "
        "weighing on exports. The bank's next decision is due in September.",
        "The Bank of Canada left its policy rate unchanged at 2.75 per cent on Tuesday, its "
        "third hold in a row. Governor Tiff Macklem said Canada's economy had shown \"some "
        "resilience\" even as tariffs hit exporters.\n\nRelated: Loonie edges lower after "
        "rate decision\n\nEconomists expect the central bank to resume cutting in September. "
        "The decision surprised few analysts.",
    ], ["2025-07-30", "2025-07-31"],
        r"wednesday|july 30|30 july|07-30|jul\.? 30",
        r"tuesday|july 29|29 july|07-29|jul\.? 29"),

    _case("cb-Z6", "central bank", "control: basis points vs points; old and new range",
          False, [
        "WASHINGTON (Reuters) - The Federal Reserve cut interest rates by 25 basis points on "
        "Wednesday, lowering the federal funds rate to a range of 4.00%-4.25% from "
        "4.25%-4.50%. Policymakers pencilled in two more reductions before the end of the "
        "year. The vote was 11-1; Governor Stephen Miran dissented in favour of a "
        "50-basis-point cut. Chair Jerome Powell described the move as a way of managing "
        "risks to the job market.",
        "The Fed trimmed its benchmark rate by a quarter of a percentage point on Wednesday, "
        "to a target range of 4 to 4.25 percent. It had been at 4.25 to 4.5 percent since "
        "December.\n\nShare this article\n\nOfficials signalled two more cuts this year. "
        "Stephen Miran, the newest governor, was the only dissenter; he wanted a half-point "
        "move.",
    ], ["2025-09-17", "2025-09-18"]),

    _case("cb-Z7", "central bank", "control: rounding and the bank named two ways", False, [
        "LONDON - The Bank of England's Monetary Policy Committee voted 7-2 to keep Bank Rate "
        "at 4% on Thursday. Consumer price inflation stood at 3.8% in July, close to double "
        "the BoE's 2% target, and policymakers said they expected it to peak in September. "
        "Two members voted for a quarter-point cut. Governor Andrew Bailey said the path "
        "for rates was still downward but would be gradual.",
        "Threadneedle Street kept borrowing costs on hold at 4 per cent, with seven of the "
        "nine MPC members in favour and two preferring a quarter-point reduction. With "
        "inflation running at close to 4 per cent, the Bank said a peak was likely in "
        "September.\n\nAdvertisement\n\nMortgage lenders had already priced in a pause. "
        "Bailey said borrowing costs remained on a gradual downward path.",
    ], None),

    # ------------------------------------------------------------------ rocket
    _case("rocket-Z1", "rocket", "name of the rocket", True, [
        "BEIJING - Chinese private launch company LandSpace on Monday flew its Zhuque-3 "
        "rocket for the first time from the Jiuquan Satellite Launch Center in the Gobi "
        "Desert. The stainless-steel, methane-fuelled launcher carried a dummy payload and "
        "reached orbit about ten minutes after liftoff, the company said. LandSpace is racing "
        "several domestic rivals to field a reusable rocket. It has not said when a second "
        "flight will take place.",
        "LandSpace's Zhuque-2E lifted off on Monday from Jiuquan, in north-west China, on its "
        "maiden mission. The company said the methane-fuelled rocket, built with a "
        "stainless-steel body, put a mass simulator into orbit roughly ten minutes into the "
        "flight.\n\nRead more: China's commercial space race heats up\n\nLandSpace is one of "
        "several Chinese firms trying to build a rocket whose first stage can be reused. "
        "No date was given for a second launch.",
    ], None, r"zhuque[- ]?3|zq[- ]?3", r"zhuque[- ]?2|zq[- ]?2"),

    _case("rocket-Z2", "rocket", "launch site", True, [
        "KENNEDY SPACE CENTER, Fla. (AP) - A SpaceX Falcon 9 rocket carrying four astronauts "
        "lifted off on Friday from Launch Complex 39A at NASA's Kennedy Space Center, bound "
        "for the International Space Station. The crew, riding in the Dragon capsule "
        "Endeavour, is due to dock about 15 hours later. The first-stage booster landed on a "
        "pad a few miles south of the launch site. The four will spend roughly six months in "
        "orbit.",
        "Four astronauts are on their way to the ISS after a Falcon 9 launch on Friday from "
        "Space Launch Complex 40 at Cape Canaveral Space Force Station. Their Dragon, named "
        "Endeavour, should reach the station about 15 hours after liftoff.\n\nAdvertisement"
        "\n\nSpaceX brought the booster back to a landing pad on the coast. The crew expects "
        "to stay aboard for about six months.",
    ], ["2025-08-02", "2025-08-02"], r"39a|kennedy", r"(?<!\d)40\b|slc|space force"),

    _case("rocket-Z3", "rocket", "clock time across zones", True, [
        "STARBASE, Texas - SpaceX's Starship lifted off at 6:30 p.m. CDT on Tuesday from the "
        "company's site at the southern tip of Texas, the latest test of the giant rocket. "
        "The upper stage released a batch of dummy satellites and later came down in the "
        "Indian Ocean as planned. Elon Musk called the flight \"a big step\" toward orbital "
        "refuelling.",
        "SpaceX launched its Starship megarocket at 7:50 p.m. EDT on Tuesday from Starbase, "
        "near Brownsville. The vehicle deployed several mock Starlink satellites before "
        "splashing down in the Indian Ocean, in line with the flight plan.\n\nShare this "
        "article\n\nMusk described the mission as \"a big step\" toward refuelling in orbit.",
        "Starship flew again on Tuesday: liftoff came at 23:30 UTC from Starbase, Texas, and "
        "the ship dropped its dummy satellites before an Indian Ocean splashdown. Musk "
        "called it \"a big step\" toward orbital refuelling. SpaceX wants to fly again "
        "within weeks. The company did not give a date.",
    ], None,
        r"(?<!\d)6:30|(?<!\d)18:30|(?<!\d)23:?30|(?<!\d)7:30",
        r"(?<!\d)7:50|(?<!\d)19:50|(?<!\d)23:?50|(?<!\d)6:50|(?<!\d)18:50"),

    _case("rocket-Z4", "rocket", "fate of the booster", True, [
        "SpaceX launched its Starship rocket from South Texas on Thursday evening. The Super "
        "Heavy booster flew back to Starbase and was caught by the launch tower's mechanical "
        "arms about seven minutes after liftoff. The Starship upper stage, however, lost "
        "several engines and broke apart over the Caribbean, forcing flights in the area to "
        "hold. The Federal Aviation Administration said it would oversee a mishap "
        "investigation.",
        "Thursday's Starship test ended in another loss of the upper stage, which shed "
        "several engines and disintegrated over the Caribbean. Its Super Heavy booster "
        "performed its landing burn and splashed down in the Gulf of Mexico a few minutes "
        "after stage separation.\n\nRelated: FAA reroutes airliners after debris warning\n\n"
        "The FAA said SpaceX must carry out a mishap investigation before flying again. "
        "The company said it would study the data.",
    ], ["2025-03-07", "2025-03-07"],
        r"caught|catch|snag|chopstick|tower|mechanical arms", r"splash|gulf|sea\b|ocean|water"),

    _case("rocket-Z5", "rocket", "duration of a flight", True, [
        "VAN HORN, Texas - Blue Origin's New Shepard carried six passengers past the edge of "
        "space on Sunday, reaching an altitude of about 105 km. The flight lasted 10 minutes "
        "and 21 seconds from liftoff to capsule touchdown. Among those on board were a retired "
        "teacher and a Brazilian engineer. The booster landed on its pad near the launch "
        "site.",
        "Six more space tourists have earned their astronaut wings. Blue Origin's New Shepard "
        "climbed to roughly 65 miles on Sunday, and the whole trip, from liftoff to the "
        "capsule's parachute landing in the West Texas desert, took just under 12 minutes.\n\n"
        "Sign up for our newsletter\n\nThe passengers included a retired schoolteacher and an "
        "engineer from Brazil. As usual, the booster touched down vertically near the pad.",
    ], None,
        r"(?<!\d)10 ?(minutes?|mins?|m\b)|(?<!\d)10:21|(?<!\d)621 ?s",
        r"(?<!\d)12 ?(minutes?|mins?|m\b)|twelve|(?<!\d)11:[3-5]\d|(?<!\d)7[0-2]\d ?s"),

    _case("rocket-Z6", "rocket", "control: km vs miles, kg vs pounds", False, [
        "Rocket Lab's Electron lifted off from Launch Complex 1 on New Zealand's Mahia "
        "Peninsula on Wednesday and placed a 100 kg Earth-observation satellite into a 520 km "
        "orbit, the company said. It was Rocket Lab's 12th launch of the year. The satellite "
        "belongs to a Finnish radar imaging start-up. Electron's first stage was not "
        "recovered on this mission.",
        "An Electron rocket launched on Wednesday from Mahia, on the east coast of New "
        "Zealand's North Island, and dropped off a radar satellite weighing about 220 pounds "
        "roughly 323 miles above the Earth.\n\nAdvertisement\n\nThe mission, Rocket Lab's "
        "twelfth this year, was flown for a Finnish imaging company. The company said the "
        "satellite had made contact with ground stations. It will join a small fleet "
        "of radar imagers already in orbit.",
    ], None),

    _case("rocket-Z7", "rocket", "control: same moment on different calendar days", False, [
        "JIUQUAN, Oct. 17 - CAS Space's Kinetica-2, a new liquid-fuelled rocket, made its "
        "maiden flight at 7:30 a.m. Beijing time on Friday from the Jiuquan Satellite Launch "
        "Center, placing a test satellite into orbit. The company said all stages performed "
        "normally. Kinetica-2 is designed to carry up to 12 tonnes to low Earth orbit.",
        "China's CAS Space launched its Kinetica-2 rocket for the first time at 23:30 GMT on "
        "Thursday, Oct. 16, from the Jiuquan Satellite Launch Center in the Gobi Desert. The "
        "company said the test satellite on board reached its planned orbit.\n\nRead more: "
        "China's launch cadence hits a record\n\nThe rocket can lift up to 12 tonnes to low "
        "Earth orbit, according to its maker.",
    ], ["2025-10-17", "2025-10-16"]),

    # ------------------------------------------------------------------ earthquake
    _case("quake-Z1", "earthquake", "epicentre town", True, [
        "ISTANBUL (Reuters) - A magnitude 6.1 earthquake struck western Turkey on Sunday "
        "evening, with its epicentre in Sındırgı in Balıkesir province, the disaster agency "
        "AFAD said. One elderly woman was pulled dead from the rubble of a collapsed building "
        "and 29 people were injured. The quake, at a depth of about 10 km, was felt in "
        "Istanbul, Izmir and Bursa. Interior Minister Ali Yerlikaya said search teams had "
        "been sent to the area.",
        "A 6.1-magnitude tremor rocked Balıkesir province on Sunday, centred on the town of "
        "Bigadiç, according to AFAD. One person died and 29 were hurt.\n\nAdvertisement\n\n"
        "Shaking was reported as far away as Istanbul, Izmir and Bursa; the quake struck "
        "roughly 10 kilometres below the surface. Interior Minister Ali Yerlikaya said "
        "rescue crews were on the scene.",
    ], ["2025-08-11", "2025-08-11"], r"s[ıi]nd[ıi]rg[ıi]", r"bigadi[çc]"),

    _case("quake-Z2", "earthquake", "magnitude", True, [
        "TOKYO - A strong earthquake struck off Miyazaki prefecture on the southern island of "
        "Kyushu on Monday night, the Japan Meteorological Agency said, putting its magnitude "
        "at 6.9. A tsunami advisory was issued for Miyazaki and Kochi and lifted about two "
        "hours later. There were no immediate reports of serious damage, and Kyushu Electric "
        "said its nuclear plants were operating normally. Residents in Miyazaki city "
        "said the shaking rattled windows for several seconds.",
        "Japan's weather agency said a magnitude 7.1 quake hit off the coast of Miyazaki on "
        "Monday night. Authorities issued a tsunami advisory for Miyazaki and Kochi "
        "prefectures, which was lifted around two hours later.\n\nShare this article\n\n"
        "No major damage was reported. Kyushu Electric Power said its reactors had not been "
        "affected.",
    ], None, r"(?<![\d.])6\.9(?!\d)", r"(?<![\d.])7\.1(?!\d)"),

    _case("quake-Z3", "earthquake", "death toll in conflict, same day", True, [
        "JALALABAD, Afghanistan - The earthquake that struck eastern Afghanistan late on "
        "Sunday has killed at least 147 people, the Kunar provincial disaster authority said "
        "on Tuesday. More than 300 people were injured. Rescuers were still digging through "
        "mud-brick homes in remote valleys that can only be reached on foot. The United "
        "Nations said it was sending tents and medical supplies.",
        "At least 174 people have been killed by Sunday night's earthquake in Afghanistan's "
        "Kunar province, the provincial disaster authority said on Tuesday, with more than "
        "300 others injured.\n\nRelated: Aid groups appeal for funds\n\nMany villages in the "
        "mountainous area are accessible only on foot, slowing rescue work. Most houses "
        "there are built of mud brick. The United Nations said it was sending tents and "
        "medical supplies.",
        "Officials in Kunar said on Tuesday that the death toll had reached at least 147, "
        "with over 300 injured, after the quake that hit late Sunday. Rescuers were "
        "walking into valleys that vehicles cannot reach. Mud-brick homes collapsed "
        "across the area. Aid agencies have appealed for money.",
    ], ["2025-09-02", "2025-09-02", "2025-09-02"],
        r"(?<![\d,.])147(?!\d)", r"(?<![\d,.])174(?!\d)"),

    _case("quake-Z4", "earthquake", "title of an official", True, [
        "MANILA - A magnitude 6.9 earthquake struck off the central Philippine province of "
        "Cebu late on Tuesday, toppling houses and a church bell tower. Phivolcs director "
        "Teresito Bacolcol said the quake was caused by a previously unmapped offshore fault "
        "and urged residents to expect strong aftershocks. The town of Bogo was among the "
        "worst hit. Power was cut in several towns overnight.",
        "Science Secretary Teresito Bacolcol told a briefing that Tuesday night's magnitude "
        "6.9 earthquake off Cebu was generated by an offshore fault that had not been mapped "
        "before. He warned of strong aftershocks.\n\nAdvertisement\n\nHomes and an old bell "
        "tower collapsed, with Bogo among the hardest-hit towns, according to Phivolcs. "
        "Several towns lost power during the night.",
    ], None, r"director", r"secretary"),

    _case("quake-Z5", "earthquake", "clock time across zones", True, [
        "TAIPEI - A strong earthquake shook eastern Taiwan at 7:58 a.m. local time on "
        "Thursday, the Central Weather Administration said, with a magnitude of 6.4. It was "
        "centred off the coast of Hualien county. Trains were halted briefly for inspections "
        "and several schools were evacuated.",
        "The magnitude 6.4 tremor hit off Hualien at 00:58 GMT on Thursday, according to "
        "Taiwan's Central Weather Administration.\n\nRead more: How Taiwan builds for "
        "quakes\n\nRail services were stopped for checks and some schools sent pupils "
        "outside. The quake was centred off the east coast. No deaths were reported.",
    ], ["2025-04-03", "2025-04-03"],
        r"(?<!\d)7:58|(?<!\d)23:?58", r"(?<!\d)0?0:?58|(?<!\d)8:58"),

    _case("quake-Z6", "earthquake", "control: district and its city", False, [
        "ISTANBUL - A magnitude 6.2 earthquake struck off Silivri, a district on the western "
        "edge of Istanbul, at 12:49 p.m. on Wednesday, Turkey's AFAD said. At least 151 people "
        "were injured, most of them after jumping from buildings in panic. The quake's focus "
        "was about 10 km deep.",
        "A 6.2-magnitude quake hit the Sea of Marmara off Istanbul at 12:49 local time (0949 "
        "GMT) on Wednesday, according to AFAD. 151 people were hurt, many while leaping from "
        "windows or balconies.\n\nShare this article\n\nThe tremor originated roughly 10 "
        "kilometres below the seabed. Many residents spent the night outdoors.",
    ], ["2025-04-23", "2025-04-23"]),

    _case("quake-Z7", "earthquake", "control: toll updated on later dates", False, [
        "YANGON - A magnitude 7.7 earthquake struck central Myanmar at 12:50 p.m. local time "
        "on Friday, centred near Mandalay. The military government said at least 144 people "
        "had been killed and 732 injured, and declared a state of emergency in six regions. "
        "Buildings collapsed in Mandalay "
        "and in the capital, Naypyitaw. The shaking was felt in Bangkok.",
        "The death toll from Friday's 7.7-magnitude earthquake near Mandalay has risen to "
        "1,002, Myanmar's junta said on Saturday, with 2,376 people injured. Rescue teams from "
        "China and India have arrived.\n\nAdvertisement\n\nThe epicentre was close to "
        "Mandalay, the country's second-largest city. Many survivors are sleeping in the "
        "streets.",
        "Myanmar's military said on Sunday the number of people killed by Friday's quake had "
        "climbed to 1,644, and 3,408 were injured. The magnitude 7.7 quake was centred near "
        "Mandalay. Hopes of finding more survivors were fading. Aid flights continued "
        "to land in Yangon.",
    ], ["2025-03-28", "2025-03-29", "2025-03-30"]),

    _case("quake-Z8", "earthquake", "control: main shock, aftershock and a past quake",
          False, [
        "ATHENS - A magnitude 6.0 earthquake struck off the Greek island of Crete early on "
        "Wednesday at a depth of about 60 km, the Athens geodynamic institute said. The "
        "strongest aftershock, measuring 4.6, came about an hour later. No damage or injuries "
        "were reported, though residents of Heraklion said the shaking woke them. The "
        "region sits where the African plate dives beneath the Aegean.",
        "Crete was jolted before dawn on Wednesday by a 6.0 quake centred some 60 kilometres "
        "under the sea floor. The largest of about a dozen aftershocks measured 4.6.\n\n"
        "Related: Greece's most destructive earthquakes\n\nThe Aegean's deadliest quake in "
        "modern times was the magnitude 7.7 event near Amorgos in 1956. This time, officials "
        "said, there was no damage.",
    ], None),

    # ------------------------------------------------------------------ election
    _case("election-Z1", "election", "which party came second", True, [
        "LISBON (Reuters) - Prime Minister Luís Montenegro's centre-right Democratic Alliance "
        "won Sunday's snap election but again fell short of a majority, while the far-right "
        "Chega came second, pushing the Socialists into third place. Chega leader André "
        "Ventura told supporters the two-party system was finished. Turnout was about 64%. "
        "It was Portugal's third general election in just over three years.",
        "Portugal's Democratic Alliance, led by Luís Montenegro, topped Sunday's vote without "
        "winning a majority. The Socialist Party held on to second place, narrowly ahead of "
        "André Ventura's Chega.\n\nSign up for our newsletter\n\nAround 64 per cent of "
        "voters cast a ballot. Ventura said the old two-party order had ended.",
        "Montenegro's AD won again on Sunday. The story of the night, though, was Chega "
        "finishing second and the Socialists slipping to third, their worst result in "
        "decades. Ventura was jubilant. Montenegro now has to find partners to govern. "
        "Voters were going to the polls for the third time in just over three years.",
    ], ["2025-05-19", "2025-05-19", "2025-05-19"], r"chega|ventura", r"socialist|\bps\b"),

    _case("election-Z2", "election", "margin in percentage points", True, [
        "COLUMBUS, Ohio (AP) - Republican Dana Mercer won Tuesday's special election for "
        "Ohio's 9th Congressional District, defeating Democrat Luis Ortega by 4.6 percentage "
        "points. The seat fell vacant when the incumbent resigned in the spring. Trump carried "
        "the district by 18 points last year, and Democrats hailed the tighter result as a "
        "warning sign for Republicans. Mercer thanked voters in a brief speech.",
        "Dana Mercer, the Republican, held the 9th District for her party on Tuesday, beating "
        "Democrat Luis Ortega by a 6.4-point margin.\n\nAdvertisement\n\nThe district backed "
        "Trump by 18 points in 2024, so Democrats argued the narrower gap showed their "
        "momentum. Mercer will be sworn in next week. The seat had been empty since the "
        "previous congressman resigned in the spring.",
    ], None, r"(?<![\d.])4\.6(?!\d)", r"(?<![\d.])6\.4(?!\d)"),

    _case("election-Z3", "election", "year typed wrong", True, [
        "PARAMARIBO - Suriname's newly elected National Assembly will hold its first sitting "
        "on June 30, 3025, when lawmakers are expected to begin the process of choosing a "
        "president. The National Democratic Party won 18 of the 51 seats in the May 25 "
        "vote, one more than the VHP of outgoing President Chan Santokhi. A two-thirds "
        "majority is needed to elect a president. Coalition talks are under way.",
        "The 51-member National Assembly elected on May 25 will convene on June 30, 2025, and "
        "will then start electing the country's next president. The NDP took 18 seats, "
        "edging out President Chan Santokhi's VHP by one.\n\nShare this article\n\nParties "
        "are negotiating to build a coalition. A president needs the backing of two "
        "thirds of the assembly.",
    ], ["2025-06-03", "2025-06-03"],
        r"3025", r"(?<!\d)2025|^(?!.*3025).*(june 30|30 june|06-30)"),

    _case("election-Z4", "election", "date of a runoff", True, [
        "BUCHAREST - Hard-right leader George Simion topped the first round of Romania's "
        "presidential election with nearly 41% of the vote and will face Bucharest mayor "
        "Nicușor Dan in a runoff on May 18. Simion, who leads the AUR party, has campaigned "
        "against military aid to Ukraine. Dan, a centrist, ran as an independent. The "
        "leu fell against the euro on Monday.",
        "Romanians will return to the polls on May 25 to choose between George Simion of the "
        "nationalist AUR, who won about 41 percent in the first round, and Nicușor Dan, the "
        "independent mayor of Bucharest.\n\nRead more: Who is George Simion?\n\nSimion "
        "opposes sending weapons to Ukraine; Dan is a pro-European centrist. The result "
        "rattled investors. Romania's currency weakened on Monday.",
    ], None, r"may 18|18 may|05-18|\b18(th)?\b", r"may 25|25 may|05-25|\b25(th)?\b"),

    _case("election-Z5", "election", "control: figures of different parties", False, [
        "BERLIN (Reuters) - Friedrich Merz's conservative CDU/CSU bloc won Germany's federal "
        "election on Sunday with 28.5% of the vote, final results showed. The far-right AfD "
        "came second with 20.8%, its best result, while Chancellor Olaf Scholz's Social "
        "Democrats fell to 16.4%. The Greens took 11.6%. Turnout was 82.5%.",
        "Merz's CDU/CSU will have 208 of the 630 seats in the new Bundestag after winning "
        "28.5 percent on Sunday. The AfD doubled its support to 20.8 percent and gets 152 "
        "seats.\n\nAdvertisement\n\nThe SPD, on 16.4 percent, will have 120 seats, and the "
        "Greens 85 seats after taking 11.6 percent. Some 82.5 percent of eligible voters "
        "turned out.",
    ], ["2025-02-24", "2025-02-24"]),

    _case("election-Z6", "election", "control: two unrelated quotes of one person", False, [
        "SANTA FE - Democrat Maria Castell was elected governor on Tuesday, winning 54.1% of "
        "the vote to Republican Tom Reyes's 45.9%. \"Tonight this state chose to look forward "
        "instead of back,\" Castell told cheering supporters at a downtown hotel. Reyes "
        "conceded shortly before midnight. Castell will be the state's second woman "
        "governor.",
        "Governor-elect Maria Castell said on Tuesday night that her first act in office would "
        "be to sign an order on water conservation. \"Our rivers cannot wait another year,\" "
        "Castell said after her victory over Republican Tom Reyes.\n\nShare this article\n\n"
        "Castell took 54.1 percent to Reyes's 45.9 percent. Reyes conceded before midnight.",
    ], None),

    _case("election-Z7", "election", "control: points change vs old and new share", False, [
        "The Social Democrats won Sunday's state election with 31.2% of the vote. The Greens "
        "raised their share by 3.1 percentage points to 14.8%, their best result in the "
        "state. Turnout was 71%. The conservatives came second. Coalition talks are "
        "expected to start next week.",
        "Sunday's state vote went to the Social Democrats, on 31.2 percent. The Greens climbed "
        "from 11.7 percent to 14.8 percent, a record for them in the state.\n\nAdvertisement"
        "\n\nSeventy-one percent of registered voters took part. The conservatives were "
        "runners-up, and coalition talks should begin next week.",
    ], None),
]
