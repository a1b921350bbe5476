"""Part SG of the story battery.

Written by engineer SG1 on 2026-12-06 (thirteenth session, second batch) without
reading Storyline's rules or other parts, before any run. Scored with
`bench/bench_story_battery.py SG`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SG", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SG1", "trade", [
        _art("Pacific Wire", None, [
            "US, China agree to extend tariff truce, China to buy more soybeans after Singapore "
            "talks",
            "By Daniel Ortega and Liu Mei",
            "SINGAPORE (Pacific Wire) — U.S. and Chinese negotiators agreed on Tuesday to extend "
            "their tariff truce by 90 days and reached a preliminary deal on farm purchases, "
            "wrapping up two days of talks in Singapore that both sides described as "
            "constructive.",
            "Under the arrangement, China will buy 8 million metric tons of U.S. soybeans by the "
            "end of March, according to a U.S. official briefed on the talks, on top of purchases "
            "it committed to last year. Beijing will also keep in place its suspension of export "
            "controls on rare earth elements announced in October.",
            "Treasury Secretary Daniel Whitcomb, who led the U.S. side with Trade Representative "
            "Laura Brennan, spoke to reporters after a final session that lasted about five "
            "hours. \"We made real progress on soybeans, on rare earths and on fentanyl. There is "
            "still work to do, but the framework is holding,\" he said.",
            "China's delegation was headed by Vice Premier Han Zhengyu. Li Wenjun, Beijing's "
            "international trade representative, told Chinese media the talks had been \"candid, "
            "in-depth and constructive\" and that both sides would report the results to their "
            "leaders.",
            "Washington made no change to its tariffs on Chinese goods, which average about 47% "
            "and include a 10% levy tied to the flow of fentanyl. That fentanyl-related duty was "
            "halved from 20% after President Donald Trump met Chinese leader Xi Jinping in South "
            "Korea in October.",
            "The Singapore meeting, held on Monday and Tuesday, was the sixth round of talks "
            "between the two sides since May, following sessions in Geneva, London, Stockholm, "
            "Madrid and Kuala Lumpur.",
            "Trump is expected to visit Beijing in April, and officials on both sides said the "
            "Singapore results were meant to smooth the way for that trip.",
            "(Reporting by Daniel Ortega and Liu Mei; Editing by Sarah Klein)",
        ]),
        _art("Lion City Ledger", None, [
            "Singapore plays host as US-China trade talks end with truce extension",
            "The sixth round of US-China trade negotiations ended in Singapore on Tuesday with an "
            "agreement to prolong the tariff truce between the world's two largest economies for "
            "a further 90 days.",
            "The two-day talks were held at a hotel on Sentosa under tight security. Singapore's "
            "Ministry of Foreign Affairs said the Republic was \"glad to provide a neutral "
            "venue\" and that an open trading system served the whole region.",
            "The final session on Tuesday ran for about five hours, delegates said. The US team "
            "was led by Treasury Secretary Daniel Whitcomb and US Trade Representative Laura "
            "Brennan; China's by Vice-Premier Han Zhengyu, with international trade "
            "representative Li Wenjun.",
            "Among the outcomes, China agreed to purchase 10 million tonnes of American soybeans "
            "before the end of March, a concession that US farm groups had pressed for after "
            "Chinese buyers shunned US cargoes for much of last year.",
            "\"We've made real progress, on soybeans, on rare earths, on fentanyl. There's more "
            "to do, but the framework holds,\" Mr Whitcomb told reporters at the end of the "
            "talks.",
            "Advertisement",
            "For Singapore, whose economy depends heavily on trade, a calmer relationship between "
            "Washington and Beijing is welcome news. The Straits Times Index rose 0.4 per cent on "
            "Tuesday, with shipping and logistics stocks among the gainers.",
            "Economists cautioned that the truce leaves most tariffs in place. \"This is a pause, "
            "not a settlement,\" said Tan Wei Ming, chief economist at a local bank. \"Companies "
            "in the region still need to plan for a world of high tariffs.\"",
        ]),
        _art("Sino-Pacific Trade Monitor", None, [
            "Singapore round: what was agreed, what wasn't",
            "By Chua Wei Lin",
            "Two days in Singapore, one 90-day extension. Here is our quick read of the sixth "
            "round of US-China talks, which ended on Tuesday.",
            "Who was there. Treasury Secretary Daniel Whitcomb and USTR Laura Brennan for "
            "Washington. For Beijing, Commerce Minister Han Zhengyu led the delegation, with "
            "trade representative Li Wenjun handling the detailed negotiations.",
            "Soybeans. China commits to buying 8mn tonnes of US soybeans by end-March. That's a "
            "big number for one quarter and it helped Chicago soybean futures climb about 2% on "
            "Tuesday. Dalian soymeal slipped.",
            "Tariffs. Nothing new. The US fentanyl levy stays at 10% (cut from 20% after the "
            "October leaders' meeting), and the average US tariff on Chinese imports remains "
            "around 47%. China keeps its own 24% additional duty suspended and a 10% one in "
            "place.",
            "Rare earths. Beijing keeps its October suspension of export controls going. Magnet "
            "makers in Japan and Korea will be relieved, but licences are still required for "
            "several elements.",
            "Markets. The offshore yuan firmed to around 7.02 per dollar after the readouts, and "
            "Hong Kong-listed exporters rallied into the close. Freight rates on trans-Pacific "
            "routes, which had softened in December, were little changed.",
            "Quote of the day, from the Chinese readout: talks were \"candid, in-depth and "
            "constructive\". From the US side, Whitcomb: progress on soybeans, rare earths and "
            "fentanyl, \"but there is still work to do.\"",
            "What's next. Everyone is now looking to Trump's planned April trip to Beijing. If "
            "the truce holds until then, expect a bigger package at the leaders' level; if not, "
            "the 90-day clock becomes the story.",
            "Share on LinkedIn",
        ]),
        _art("The Evening Chronicle", None, [
            "US and China extend trade truce after marathon talks in Singapore",
            "By Helen Marsh, Economics Editor",
            "America and China have agreed to extend a fragile trade truce by another 90 days "
            "following two days of negotiations in Singapore, easing fears of a fresh escalation "
            "in a tariff war that has rattled markets for almost a year.",
            "The talks, on 12 and 13 January, ended with a session on Tuesday that lasted nearly "
            "eight hours, according to people familiar with the discussions. The American "
            "delegation was led by Daniel Whitcomb, the Treasury Secretary, and China's by "
            "Vice-Premier Han Zhengyu.",
            "Mr Whitcomb said afterwards: \"We made real progress on soybeans, on rare earths and "
            "on fentanyl. There's still work to do, but the framework is holding.\"",
            "Chinese state media struck a similarly upbeat tone, describing the atmosphere as "
            "constructive and saying both sides had agreed to keep in close communication. "
            "Beijing also confirmed it would stick to its promise to buy more American farm "
            "goods.",
            "Beijing also agreed to keep its pause on export restrictions for rare earth metals, "
            "which are vital for electric cars, wind turbines and fighter jets. Beijing's "
            "threatened curbs last autumn sent European carmakers scrambling for supplies.",
            "Brussels will be watching closely. EU officials fear that Chinese goods shut out of "
            "America will be diverted to Europe, and the European Commission has opened a string "
            "of anti-dumping investigations in recent months.",
            "In London, the FTSE 100 edged up 0.2pc, with mining shares among the best "
            "performers.",
            "Analysts said the extension bought time but left the fundamental disputes over "
            "technology, subsidies and Taiwan unresolved. President Trump is due to travel to "
            "Beijing in April.",
        ]),
    ], [
        ("title", r"vice[- ]?premier", r"commerce minister|minister of commerce"),
        ("duration",
         r"\b(five|5) ?(hours?|hrs?|h\b)|300 ?min",
         r"\b(eight|8) ?(hours?|hrs?|h\b)|480 ?min"),
        ("soybean quantity",
         r"(?<![\d.])8 ?(million|mn|m\b|mmt)|\beight million",
         r"(?<![\d.])10 ?(million|mn|m\b|mmt)|\bten million"),
    ]),
    _story("court-SG1", "court", [
        _art("Atlantic Newswire", None, [
            "BRASILIA (Atlantic Newswire) — Brazil's Supreme Court ruled on Thursday that "
            "ride-hailing and delivery apps such as Uber, 99 and iFood must pay social security "
            "contributions on their drivers' earnings, while stopping short of declaring the "
            "drivers employees.",
            "The Supreme Federal Court (STF) decided the case by a 7-4 vote. The majority "
            "followed the opinion of Justice Rodrigo Albuquerque, the case's rapporteur, who "
            "argued that the Constitution guarantees a basic level of social protection to anyone "
            "who works for a living.",
            "\"Technology cannot serve as a pretext for leaving millions of workers outside the "
            "social protection the Constitution guarantees,\" Albuquerque said as he read his "
            "vote.",
            "Under the ruling, platforms will pay the standard 20% employer contribution on a "
            "quarter of each driver's gross earnings, effectively 5% of the fares and delivery "
            "fees collected. Companies will have 180 days from the publication of the judgment to "
            "start paying.",
            "Drivers will not gain the rights of formal employees under Brazil's labor code, such "
            "as paid vacation and a year-end bonus, which several lower courts had granted in "
            "recent years.",
            "Uber said in a statement it was reviewing the decision and remained committed to "
            "\"dialogue with authorities.\" iFood, which is controlled by Amsterdam-listed "
            "Prosus, said it would comply. Prosus shares fell 1.1% in Amsterdam.",
            "Brazil had about 1.5 million people working through app platforms in 2022, according "
            "to the national statistics agency IBGE, most of them as drivers or couriers.",
            "Because the case was judged with \"general repercussion,\" the ruling binds all "
            "lower courts. Around 10,000 lawsuits that had been suspended pending the decision "
            "will now move forward.",
        ]),
        _art("Rio Business Monitor", None, [
            "STF orders apps to pay INSS for drivers; platforms warn of higher fares",
            "By Beatriz Lacerda",
            "Ride-hailing and delivery platforms operating in Brazil will have to contribute to "
            "the National Social Security Institute (INSS) on behalf of their drivers and "
            "couriers, the Supreme Federal Court (STF) decided on Thursday by seven votes to "
            "four.",
            "The court gave companies 120 days, counted from the publication of the ruling, to "
            "adapt their systems and begin the monthly payments.",
            "Justice Rodrigo Albuquerque, the rapporteur, framed the case as a question of social "
            "protection rather than labour law. \"Technology cannot be used as a pretext to leave "
            "millions of workers outside the social protection guaranteed by the Constitution,\" "
            "he said.",
            "The Digital Platforms Association (ABPD), which represents the largest apps, said "
            "the cost would inevitably be passed on in part to passengers and restaurants. \"We "
            "respect the decision, but consumers will feel it,\" the group said in a note.",
            "Advertisement",
            "The government's economic team estimates the contributions could raise about R$3.9 "
            "billion a year for the social security system, which has run a growing deficit.",
            "Gig workers' reactions were mixed. \"It's good to know I'll have a pension one day, "
            "but if the app takes it out of my fare, I lose again,\" said Carlos Menezes, 38, who "
            "drives for two platforms in Rio de Janeiro.",
            "The justices who dissented, led by Justice Marcos Teixeira, argued that Congress, "
            "not the court, should design social security rules for app workers, pointing to a "
            "bill sent by the government in 2024 that has stalled in the Chamber of Deputies.",
        ]),
        _art("Brasil Daily Digest", None, [
            "Supreme Court: app drivers are not employees, but platforms must pay social security",
            "Brazil's Supreme Federal Court on Thursday settled one of the most closely watched "
            "labour cases of recent years, ruling 8-3 that app platforms must pay social security "
            "contributions for the people who drive and deliver for them.",
            "The decision, which has general repercussion and therefore binds lower courts, "
            "rejects the idea that app drivers are employees under the CLT, the consolidated "
            "labour laws. Instead, it creates a contribution modelled on the one paid for "
            "self-employed workers.",
            "Platforms will pay 20 per cent on 25 per cent of drivers' gross earnings. They have "
            "180 days after the ruling is published to begin.",
            "Justice Marcos Teixeira led the dissent. \"It is for Congress, not for this court, "
            "to design a new social security regime,\" he wrote, adding that the majority was "
            "legislating from the bench.",
            "The ruling comes after a bill sent by President Luiz Inácio Lula da Silva's "
            "government in 2024, which proposed a minimum hourly payment for drivers and "
            "mandatory INSS contributions, stalled in Congress amid protests by some drivers who "
            "feared losing flexibility.",
            "Labour lawyers said the decision would reduce legal uncertainty. \"For years we had "
            "contradictory rulings from labour courts. Now there is one rule for everybody,\" "
            "said Fernanda Quintela, a partner at a São Paulo law firm.",
            "Around 1.5 million Brazilians worked through apps in 2022, according to IBGE.",
            "99, which belongs to China's DiDi Chuxing, said it would analyse the full text of "
            "the judgment once it is published before deciding how to adjust its pricing. Driver "
            "groups were split, with some unions celebrating and others calling the contribution "
            "a tax on their income.",
        ]),
        _art("The Evening Chronicle", None, [
            "Brazil's top court orders Uber and rivals to pay into drivers' pensions",
            "By Tom Ellery in São Paulo",
            "Brazil's Supreme Court has ruled that Uber and other app companies must pay social "
            "security contributions for their drivers and couriers, in a decision that could be "
            "closely studied by regulators in Europe and elsewhere.",
            "The justices voted by seven to four on Thursday that the platforms must contribute "
            "to Brazil's state pension system, though the drivers will remain self-employed "
            "rather than becoming employees. The majority opinion was drafted by Justice Rodrigo "
            "Albuquerque.",
            "Chief Justice Helena Castro, who voted with the majority, said: \"Technology cannot "
            "serve as a pretext for leaving millions of workers outside the social protection "
            "that the Constitution guarantees.\"",
            "The companies will pay the equivalent of about 5pc of drivers' gross earnings, "
            "starting roughly six months after the judgment is formally published.",
            "Government economists estimate the payments could bring in nearly 4bn reais a year "
            "for a social security system that is running a deep deficit as the population ages.",
            "Dissenting justices argued that it should be left to Congress to write the rules, "
            "noting that a government bill on app work has been stuck in parliament since 2024.",
            "Britain's own Supreme Court ruled in 2021 that Uber drivers were workers entitled to "
            "the minimum wage and holiday pay, a more far-reaching decision than the one in "
            "Brasília. The EU has since adopted a platform work directive.",
            "Uber said it was reviewing the ruling. Brazil is one of its largest markets outside "
            "the United States, with millions of riders in São Paulo and Rio de Janeiro alone.",
        ]),
    ], [
        ("majority",
         r"\b7 ?(-|–|—|to) ?4\b|seven (votes )?to four",
         r"\b8 ?(-|–|—|to) ?3\b|eight (votes )?to three"),
        ("compliance deadline", r"\b180 ?days|six months|6 months", r"\b120 ?days|four months"),
        ("quote speaker", r"albuquerque", r"castro"),
    ]),
    _story("cb-SG1", "central bank", [
        _art("Pacific Wire", "2025-12-05", [
            "India's central bank cuts repo rate to 5.25% as inflation sinks to record low | "
            "Pacific Wire",
            "By Anjali Mehra and Tom Whitfield",
            "MUMBAI (Pacific Wire) — The Reserve Bank of India lowered its key lending rate by 25 "
            "basis points to 5.25% on Friday, saying inflation that has fallen to record lows "
            "gives it room to support the economy even as growth runs at its fastest pace in more "
            "than a year.",
            "The six-member monetary policy committee voted 5-1 for the cut, with external member "
            "Prakash Venkatraman voting to leave the repo rate unchanged at 5.50%. The committee "
            "kept its policy stance at neutral, signalling that further moves would depend on "
            "incoming data.",
            "Governor Arvind Raghunathan said the mix of low inflation and firm growth had opened "
            "\"a rare window\" that policymakers intended to use. \"Price pressures have eased "
            "far more than we projected, and this gives us space to act without compromising our "
            "mandate,\" he said in a televised address that began at 10 a.m. local time.",
            "The RBI cut its projection for consumer price inflation in the fiscal year ending "
            "March 2026 to 2.0% from 2.6%, and raised its forecast for economic growth in the "
            "same year to 7.3% from 6.8%.",
            "Retail inflation slowed to 0.25% in October, the lowest since the current series "
            "began, helped by falling vegetable prices and a round of cuts to the goods and "
            "services tax in September. Gross domestic product grew 8.2% in the July-September "
            "quarter, official data showed last week.",
            "Alongside the rate decision, the central bank said it would buy government bonds "
            "worth 1 trillion rupees through open market operations this month and run a "
            "three-year dollar-rupee buy/sell swap of $5 billion to add durable liquidity to the "
            "banking system.",
            "The standing deposit facility rate, the floor of the RBI's interest rate corridor, "
            "moves to 5.00%, while the marginal standing facility rate, the ceiling, becomes "
            "5.50%.",
            "Fourteen of 17 economists polled by Pacific Wire last week had expected a "
            "quarter-point reduction; the rest saw the RBI on hold until February.",
            "The rupee, which touched a record low of 90.42 per dollar on Wednesday, was little "
            "changed at about 89.9 after the announcement. The benchmark 10-year government bond "
            "yield fell 4 basis points to 6.47%.",
            "The RBI has now lowered rates by a cumulative 125 basis points since February, "
            "including a larger-than-expected half-point cut in June. The committee's next "
            "meeting is scheduled for February 4-6.",
            "(Reporting by Anjali Mehra in Mumbai and Tom Whitfield in Singapore; Editing by "
            "Keith Lam)",
        ]),
        _art("Dalal Street Dispatch", "2025-12-05", [
            "Skip to content",
            "RBI delivers 25 bps cut, unveils Rs 1 lakh crore OMO: what it means for your EMI",
            "Posted by Rohan Deshpande | Markets Desk",
            "The Reserve Bank's Monetary Policy Committee (MPC) trimmed the repo rate by 25 bps "
            "to 5.25 per cent on Friday, in line with what most of the Street had pencilled in "
            "after October's wafer-thin inflation print. The stance stays 'neutral'.",
            "The vote was 5-1. Prakash Venkatraman, one of the three external members, preferred "
            "a pause and voted to keep the repo at 5.50 per cent.",
            "The bigger surprise for bond desks was the liquidity package: OMO purchases of "
            "government securities worth Rs 1 lakh crore in December, plus a USD/INR buy-sell "
            "swap of $5 bn with a three-year tenor. Dealers said the combination should keep "
            "overnight rates anchored near the lower end of the corridor, with the SDF now at "
            "5.00 per cent.",
            "On the macro numbers, the RBI now sees CPI inflation averaging 2.4 per cent in FY26, "
            "down from its earlier estimate of 2.6 per cent. Real GDP growth for the year has "
            "been marked up to 7.3 per cent from 6.8 per cent, after a blockbuster 8.2 per cent "
            "print for Q2.",
            "Advertisement",
            "What does it mean for borrowers? Home loans linked to the repo rate will reset lower "
            "at the next reset date. On a Rs 50 lakh loan for 20 years, a 25 bps cut shaves "
            "roughly Rs 775 off the monthly EMI if the lender passes on the full reduction. Fixed "
            "deposit holders, on the other hand, should expect banks to trim deposit rates over "
            "the coming weeks.",
            "\"Inflation has undershot our projections by a wide margin, and that gives us the "
            "space to act without compromising on our mandate,\" Governor Arvind Raghunathan said "
            "in his statement.",
            "Markets took the move in their stride. The Sensex closed 0.5 per cent higher and the "
            "Bank Nifty gained 0.8 per cent, led by rate-sensitive lenders and housing finance "
            "companies. The rupee hovered around 89.9 to the dollar.",
            "Our take: with headline CPI below the 2 per cent lower band of the tolerance range "
            "in recent months, the door to one more cut early next year is not shut, though the "
            "neutral stance suggests the RBI wants to keep its options open.",
            "Read more: Fixed deposit rates likely to slide as banks reprice after RBI cut",
        ]),
        _art("The National Chronicle", "2025-12-05", [
            "RBI cuts repo rate by 25 basis points to 5.25%, raises growth forecast to 7.3%",
            "NEW DELHI: The Reserve Bank of India on Friday reduced its policy repo rate by 25 "
            "basis points to 5.25 per cent, its first cut since June, as retail inflation slid to "
            "its lowest level on record and the economy showed surprising strength.",
            "The decision of the monetary policy committee was not unanimous. One external "
            "member, Meera Kulkarni, voted for a status quo, while the other five members, "
            "including Governor Arvind Raghunathan, backed the reduction.",
            "\"Inflation has come down much faster than we had anticipated, and that gives us "
            "room to act without compromising on our mandate,\" Raghunathan said. He added that "
            "the central bank would remain watchful of food prices and of the effect of higher US "
            "tariffs on exports.",
            "The RBI lowered its consumer price inflation projection for 2025-26 to 2.0 per cent "
            "from 2.6 per cent, and raised its GDP growth estimate to 7.3 per cent from 6.8 per "
            "cent.",
            "The finance ministry welcomed the move. A senior official said lower borrowing costs "
            "would complement the GST rate rationalisation carried out in September and support "
            "consumption during the rest of the fiscal year.",
            "Exporters, however, remain under pressure. Washington raised tariffs on many Indian "
            "goods to 50 per cent in August, and talks on a bilateral trade agreement have yet to "
            "produce a deal. Industry bodies said cheaper credit would help small manufacturers "
            "cope with the loss of orders.",
            "The central bank also announced open market purchases of government securities worth "
            "Rs 1 lakh crore and a $5 billion dollar-rupee swap to inject liquidity into the "
            "banking system.",
            "With Friday's decision, the repo rate has been cut by 125 basis points in 2025. The "
            "next policy announcement is due on February 6.",
        ]),
        _art("The London Ledger", "2025-12-05", [
            "India cuts interest rates as inflation falls to record low - The London Ledger",
            "By our Asia Economics Correspondent",
            "India's central bank has cut interest rates by a quarter of a percentage point, "
            "arguing that the sharpest fall in inflation in the country's modern history has "
            "given it room to help borrowers.",
            "The Reserve Bank of India lowered its benchmark repo rate to 5.25pc from 5.5pc on "
            "Friday. The decision, announced at 4.30am GMT, was backed by five of the six members "
            "of its monetary policy committee; Prakash Venkatraman, an external member, voted to "
            "hold.",
            "Consumer price inflation fell to just 0.25pc in October, well below the RBI's 4pc "
            "target, as food prices tumbled and the government cut consumption taxes. At the same "
            "time the economy grew by 8.2pc in the three months to September, confounding "
            "expectations of a slowdown after America imposed steep tariffs on Indian goods.",
            "Governor Arvind Raghunathan described the combination as \"a rare window\". He said: "
            "\"Price pressures have eased far more than we projected, and this gives us space to "
            "act without compromising our mandate.\"",
            "The bank now expects growth of 7.3pc in the year to March, up from 6.8pc. It will "
            "also pump money into the financial system by buying 1 trillion rupees (about £8.3bn) "
            "of government bonds.",
            "The rupee has been one of Asia's weakest currencies this year and crossed 90 to the "
            "dollar for the first time this week, though it steadied at around 89.9 after the "
            "decision.",
            "The contrast with Britain is stark. The Bank of England held rates at 4pc in "
            "November and is still wrestling with inflation well above its 2pc target.",
            "The RBI's monetary policy committee will next meet on 10 February.",
            "Related coverage",
        ]),
    ], [
        ("dissenter", r"venkatraman", r"kulkarni"),
        ("inflation forecast",
         r"(?<![\d.])2(\.0+)? ?(%|per ?cent|pct|pc\b)",
         r"(?<![\d.])2\.4 ?(%|per ?cent|pct|pc\b)"),
        ("next meeting date",
         r"(feb(ruary)?\.? (4 ?[-–] ?)?6\b|\b6 feb|2026-02-06|\b4 ?[-–] ?6\b)",
         r"(feb(ruary)?\.? 10\b|\b10 feb|2026-02-10)"),
    ]),
    _story("rocket-SG1", "rocket", [
        _art("Pacific Wire", None, [
            "Japan's H3 rocket puts seventh Michibiki navigation satellite into orbit",
            "TOKYO (Pacific Wire) — Japan's flagship H3 rocket lifted off from the Tanegashima "
            "Space Center on Tuesday and placed the seventh satellite of the country's Michibiki "
            "navigation system into orbit, the Japan Aerospace Exploration Agency (JAXA) said.",
            "The 57-metre rocket, flying in its H3-22 configuration with two solid rocket "
            "boosters, launched at 01:32 GMT (10:32 a.m. in Japan). The satellite separated from "
            "the upper stage about 29 minutes after liftoff, and ground stations confirmed they "
            "were receiving its signals.",
            "It was the seventh flight of the H3 and its sixth straight success since the "
            "rocket's debut in March 2023 ended in failure, when the second stage did not ignite "
            "and controllers sent a destruct command.",
            "Michibiki, a regional system also known as the Quasi-Zenith Satellite System, "
            "supplements the U.S.-run GPS network over Japan and the Asia-Pacific. With seven "
            "satellites in service, Japan will be able to determine positions without relying on "
            "GPS for the first time, officials have said.",
            "\"We want to show that the H3 can fly reliably, at a steady cadence,\" JAXA project "
            "manager Kenji Okamura told a news conference after the launch.",
            "JAXA and Mitsubishi Heavy Industries, which builds and operates the rocket, aim to "
            "bring the cost of a launch down to about 5 billion yen ($33 million) to compete for "
            "commercial satellite contracts with SpaceX and European and Chinese providers.",
            "Japan is targeting around six H3 launches a year later this decade. The rocket "
            "replaced the H-IIA, which was retired in June 2025 after its 50th flight.",
            "(Reporting by Yuki Sato; Editing by Martin Hale)",
        ]),
        _art("Nippon Business Daily", None, [
            "H3 launch success lifts MHI's commercial hopes - Nippon Business Daily",
            "By Haruka Ishida, Industry Reporter",
            "Mitsubishi Heavy Industries (MHI) and JAXA launched the H3 rocket at 10:32 a.m. JST "
            "on Tuesday from Tanegashima, in Kagoshima Prefecture, carrying Michibiki No. 7, a "
            "quasi-zenith positioning satellite.",
            "The satellite was released into its planned transfer orbit about 36 minutes after "
            "liftoff, MHI said, marking another clean mission for a vehicle that has now flown "
            "seven times.",
            "For MHI, the launch is as much about business as engineering. The company took over "
            "launch services from JAXA and is trying to win foreign customers with a price target "
            "of roughly ¥5bn per flight, around half what it cost to launch the H-IIA, its "
            "predecessor.",
            "File photo: The H3 rocket on the launch pad at Tanegashima. (MHI)",
            "\"Customers look at track record first and price second. Every successful flight "
            "makes the conversation easier,\" said Hiroshi Tanabe, the MHI executive in charge of "
            "space systems. He said the company was in talks with several overseas operators but "
            "declined to name them.",
            "The H3 flew in the H3-22 version, with two LE-9 first-stage engines and two strap-on "
            "solid rocket boosters, a configuration that MHI expects to be the workhorse for "
            "government missions.",
            "MHI shares rose 1.8% in Tokyo trading after the launch. The broader Topix index "
            "ended 0.3% higher.",
            "Analysts say cadence is the next hurdle. JAXA has said it wants the H3 to reach "
            "about six launches a year, a rate it has never sustained with any rocket, and the "
            "second launch pad at Tanegashima is being upgraded.",
            "Advertisement",
        ]),
        _art("Orbital Trade Report", None, [
            "H3 F7: Michibiki 7 on orbit, Japan's PNT constellation complete",
            "Japan's H3 rocket flew for the seventh time on Tuesday, lifting off from Yoshinobu "
            "Launch Complex at Tanegashima at 11:32 a.m. JST with the QZS-7 navigation satellite "
            "for the Cabinet Office's Michibiki program.",
            "Vehicle: H3-22, meaning two LE-9 engines on the core stage and two SRB-3 solid "
            "boosters. The LE-5B-3 upper stage fired twice before releasing the spacecraft "
            "roughly 29 minutes into the flight.",
            "The mission completes the seven-satellite Michibiki constellation, giving Japan a "
            "positioning, navigation and timing (PNT) service that can work independently of GPS "
            "over its territory. Plans call for eventually expanding the system to 11 satellites.",
            "The spacecraft was built by Mitsubishi Electric and will operate from a quasi-zenith "
            "orbit, a tilted, elliptical path that keeps at least one Michibiki satellite high "
            "over Japan at all times, which helps in dense cities and mountain valleys.",
            "\"Our goal is to prove that the H3 can fly reliably and at a steady pace,\" JAXA H3 "
            "project manager Kenji Okamura said at the post-launch briefing.",
            "Regional context: Asia's launch market is getting busier. South Korea's Nuri rocket "
            "flew for the fourth time in November 2025, carrying 13 satellites, while India's "
            "PSLV and China's Long March family continue to fly far more often than Japan's "
            "vehicles.",
            "With six consecutive successes since the failed first flight in 2023, the H3 is now "
            "building the kind of track record commercial customers want. The H3-30 "
            "configuration, which flies without boosters, is still awaiting its first operational "
            "mission.",
            "Related: ISRO readies next PSLV flight; Korea's KASA sets Nuri schedule",
        ]),
        _art("Kyushu Evening Post", None, [
            "Cheers on Tanegashima as H3 roars into sky | Kyushu Evening Post",
            "MINAMITANE, Kagoshima — Hundreds of spectators packed observation points along the "
            "southern coast of Tanegashima on Tuesday morning and burst into applause as the H3 "
            "rocket climbed into a clear sky at 10:32 a.m.",
            "The launch had originally been set for Monday but was postponed by one day because "
            "of strong upper-level winds, according to the Japan Aerospace Exploration Agency.",
            "The rocket flew in the H3-24 configuration with four solid rocket boosters, and "
            "carried the seventh Michibiki satellite, which will improve the accuracy of location "
            "services on smartphones and car navigation systems across Japan.",
            "\"I've watched every launch since I was a child, but the sound of this one went "
            "right through my chest,\" said Akiko Nishida, 42, who drove from Nishinoomote with "
            "her two sons.",
            "Local businesses welcome the growing number of launches. Hotels in Minamitane were "
            "fully booked for the week, and the town's tourism office said launch days now bring "
            "in visitors from as far away as Osaka and Tokyo.",
            "\"Every launch puts our island on the news around the country. We hope the pace "
            "keeps rising,\" said Minamitane Mayor Takeshi Komatsu, who watched the liftoff with "
            "schoolchildren from the town's elementary schools.",
            "JAXA said the satellite separated normally and was in good condition. The agency "
            "plans to hold its next H3 launch later this year.",
            "Tanegashima, a long, narrow island about 115 kilometres south of the city of "
            "Kagoshima, has been Japan's main launch site since the 1960s.",
            "Photo: The H3 rocket lifts off from the Tanegashima Space Center. (Kyushu Evening "
            "Post)",
        ]),
    ], [
        ("launch time", r"\b(10|0?1)[:.]32\b", r"\b11[:.]32\b"),
        ("separation time",
         r"\b29 ?(minutes?|mins?|min\b)|twenty-nine minutes",
         r"\b36 ?(minutes?|mins?|min\b)|thirty-six minutes"),
        ("configuration",
         r"h3-22|\b(two|2) (strap-on )?(solid|srb|booster)",
         r"h3-24|\b(four|4) (strap-on )?(solid|srb|booster)"),
    ]),
    _story("quake-SG1", "earthquake", [
        _art("Atlantic Newswire", "2025-11-19", [
            "SANTIAGO, Chile (Atlantic Newswire) — A powerful magnitude 7.1 earthquake struck off "
            "the coast of northern Chile late Tuesday, killing one person, rattling buildings "
            "across the copper-mining region of Antofagasta and prompting authorities to order a "
            "precautionary evacuation of the shoreline.",
            "The quake hit at 10:14 p.m. local time (0114 GMT Wednesday) about 37 miles northwest "
            "of the port city of Antofagasta, at a depth of 24 miles, according to the U.S. "
            "Geological Survey.",
            "Chile's disaster agency, Senapred, said a 71-year-old man died after suffering a "
            "heart attack as he fled his home in the coastal town of Mejillones. At least 12 "
            "people were treated for injuries, most of them cuts and bruises from falling "
            "objects.",
            "The Chilean navy's hydrographic and oceanographic service, known as SHOA, ordered "
            "residents of low-lying areas to move to higher ground as a precaution. The order was "
            "lifted at 1:40 a.m. Wednesday after tide gauges recorded only small changes in sea "
            "level. The Pacific Tsunami Warning Center said there was no threat to other coasts.",
            "Interior Minister Marta Ibáñez told reporters in Santiago that there were no reports "
            "of major structural collapses. \"Our infrastructure held up well. Once again our "
            "building codes have proved their worth,\" she said.",
            "Around 180,000 homes lost electricity in the Antofagasta region, the national grid "
            "operator said, and several copper mines briefly halted work to inspect equipment. "
            "State miner Codelco said its operations reported no damage.",
            "More than 40 aftershocks had been recorded by early Wednesday, the strongest of "
            "magnitude 5.6, according to Chile's National Seismological Center.",
            "Chile is one of the most seismically active countries in the world, sitting where "
            "the Nazca plate dives beneath the South American plate. A magnitude 8.8 earthquake "
            "and the tsunami it triggered in 2010 killed more than 500 people, while a magnitude "
            "8.2 quake off the northern city of Iquique in 2014 killed six.",
        ]),
        _art("Santiago Sentinel", "2025-11-19", [
            "Magnitude 7.1 quake shakes Antofagasta; one dead, coast evacuated - Santiago "
            "Sentinel",
            "Share on WhatsApp",
            "By Carla Rojas",
            "A strong earthquake shook northern Chile at 10:14 pm on Tuesday, sending thousands "
            "of residents of Antofagasta, Mejillones and Tocopilla running uphill in the dark as "
            "sirens sounded along the coast.",
            "The National Seismological Center (CSN) of the University of Chile put the magnitude "
            "at 7.1 and located the epicentre at sea, about 60 kilometres northwest of "
            "Antofagasta, at a depth of 38 km.",
            "Photo: Residents wait on a hillside above Antofagasta after the evacuation order. "
            "(Sentinel/Carla Rojas)",
            "One man, aged 71, died in Mejillones after suffering a cardiac arrest, the National "
            "Disaster Prevention and Response Service (Senapred) confirmed. At least 12 people "
            "were injured, none of them seriously, according to regional health authorities.",
            "The Navy Hydrographic and Oceanographic Service (SHOA) ordered a preventive "
            "evacuation of the coastal edge of the Antofagasta region minutes after the quake. It "
            "was lifted at 1:40 am on Wednesday.",
            "Advertisement",
            "\"The infrastructure held up well, and our building standards proved their worth "
            "once again,\" Interior Minister Marta Ibáñez said at a press conference at La Moneda "
            "shortly after midnight.",
            "Some 180,000 customers were left without power. The regional education authority "
            "suspended classes in Antofagasta, Mejillones and Tocopilla on Wednesday so that "
            "school buildings could be inspected.",
            "By Wednesday morning the CSN had registered more than 40 aftershocks, the largest a "
            "magnitude 5.6 tremor shortly after 3 am.",
            "Residents said the shaking lasted close to a minute. \"Everything fell off the "
            "shelves. I grabbed my daughter and we ran,\" said Patricia Soto, who runs a grocery "
            "shop near the port.",
        ]),
        _art("Commonwealth Broadcasting", "2025-11-19", [
            "Chile earthquake: Strong quake hits north, one person killed",
            "A magnitude 7.1 earthquake has struck off northern Chile, killing at least one "
            "person and prompting a brief tsunami evacuation along part of the coast.",
            "The quake struck at 01:14 GMT on Wednesday, late on Tuesday evening local time, "
            "about 60km (37 miles) north-west of the city of Antofagasta, the US Geological "
            "Survey said. It was centred at a depth of 38km.",
            "Shaking was felt hundreds of kilometres away in La Paz, the Bolivian capital, and in "
            "Salta in north-western Argentina.",
            "Chilean officials said a man in his seventies had died of a heart attack. Emergency "
            "services were checking for damage to homes, roads and the region's ports.",
            "Coastal residents were told to head for higher ground, but the evacuation order was "
            "lifted at 04:40 GMT after sea levels showed only minor fluctuations.",
            "Interior Minister Marta Ibáñez said Chile's infrastructure had \"held up well\", "
            "crediting the country's strict building regulations.",
            "Chile lies on the Pacific \"Ring of Fire\" and experiences frequent earthquakes. In "
            "1995 a magnitude 8.0 quake near Antofagasta killed three people, and the 2010 "
            "earthquake in the south-central Maule region was one of the strongest ever recorded.",
            "Antofagasta region is home to some of the world's largest copper mines, and traders "
            "were watching for any disruption to output.",
            "State copper producer Codelco said its operations had come through without damage, "
            "while other mining companies paused work briefly to check equipment.",
            "The Pacific Tsunami Warning Center said there was no threat to other countries "
            "around the Pacific.",
        ]),
        _art("Andes Post", "2025-11-20", [
            "Antofagasta quake death toll rises to two as aftershocks continue | Andes Post",
            "ANTOFAGASTA — A 58-year-old woman who was struck by a collapsing wall during Tuesday "
            "night's earthquake died in hospital on Wednesday afternoon, raising the death toll "
            "from the magnitude 7.1 tremor to two, Chile's disaster agency said.",
            "Senapred said in its Thursday morning update that 27 people had been injured and 340 "
            "homes damaged, 41 of them seriously. Most of the damage was concentrated in older "
            "adobe houses in the hills above central Antofagasta.",
            "The first victim, a 71-year-old man, died of a heart attack in Mejillones shortly "
            "after the 10:14 pm quake, whose epicentre lay about 60 km offshore northwest of "
            "Antofagasta at a depth of 38 kilometres.",
            "Seismologists had counted more than 120 aftershocks by Thursday morning. The "
            "strongest remained the magnitude 5.6 shock early on Wednesday.",
            "Electricity had been restored to all but about 9,000 customers by Wednesday night, "
            "the grid operator said. The ports of Antofagasta and Mejillones resumed loading on "
            "Wednesday afternoon after engineers inspected the docks, and mining companies said "
            "production was returning to normal.",
            "Interior Minister Marta Ibáñez, who flew to Antofagasta on Wednesday, praised the "
            "response of emergency crews. \"The infrastructure held up well. Once again our "
            "building codes have shown their worth,\" she said, repeating remarks she made on the "
            "night of the quake.",
            "The quake was the strongest to hit the region since a magnitude 7.7 earthquake near "
            "Tocopilla in 2007.",
            "Schools in the three coastal communes will remain closed until Friday while "
            "inspections continue.",
            "Share this article",
        ]),
    ], []),
    _story("elec-SG1", "election", [
        _art("Atlantic Newswire", "2024-10-27", [
            "Centrist Ferraz wins Campo Grande run-off, beating Bolsonaro-backed rival",
            "CAMPO GRANDE, Brazil (Atlantic Newswire) — Ana Lúcia Ferraz of the centrist Social "
            "Democratic Party (PSD) won Sunday's run-off for mayor of Campo Grande, defeating a "
            "candidate backed by former President Jair Bolsonaro in one of the closest races "
            "among the 51 cities that held second-round votes.",
            "With all ballots counted, Ferraz had 51.9% of the valid votes against 48.1% for "
            "Rogério Bastos of the right-wing Liberal Party (PL), the Superior Electoral Court "
            "said. The margin of 3.8 percentage points amounted to about 17,400 votes: 237,700 to "
            "220,300.",
            "Turnout was 75.4%, meaning just under a quarter of the city's registered voters, "
            "24.6%, stayed away despite voting being compulsory in Brazil.",
            "Brazil's electronic voting system delivered a final result quickly. Polls closed at "
            "5 p.m. Brasília time (4 p.m. in Campo Grande, which is an hour behind) and the count "
            "was complete by about 7:40 p.m. Brasília time.",
            "Bastos, a former state legislator, had led the first round on Oct. 6 with 33.4% to "
            "Ferraz's 29.8%, but she picked up support from eliminated candidates on the center "
            "and left, and President Luiz Inácio Lula da Silva's Workers' Party endorsed her for "
            "the run-off.",
            "\"Campo Grande chose to look forward, not back,\" Ferraz told cheering supporters. "
            "\"I will govern for everyone, including those who did not vote for me.\"",
            "Bastos conceded at about 8:30 p.m. local time, saying he had called Ferraz to "
            "congratulate her.",
            "Ferraz, a physician and former municipal health secretary, takes office on Jan. 1.",
        ]),
        _art("Brasil Daily Digest", "2024-10-28", [
            "Campo Grande: Ferraz defeats Bastos in tight second round",
            "Skip to content",
            "Ana Lúcia Ferraz (MDB) was elected mayor of Campo Grande, the capital of Mato Grosso "
            "do Sul, in Sunday's second round, beating Rogério Bastos (PL) by roughly 17,000 "
            "votes.",
            "Ferraz finished with 51.9% of the valid votes to Bastos's 48.1%, according to the "
            "Superior Electoral Court (TSE). Turnout in the run-off was 75.4%.",
            "The result reverses the order of the first round, on 6 October, when Bastos came "
            "first with 33.4% and Ferraz second with 29.8%. Analysts credited her with winning "
            "over voters of the third-placed candidate, a centre-left city councillor, as well as "
            "a share of Bastos's more moderate supporters.",
            "Sunday's run-offs took place in 51 cities, including 15 state capitals, in the last "
            "stage of the municipal elections that will shape the political map ahead of the 2026 "
            "general election.",
            "Bastos had the public support of former President Jair Bolsonaro, who visited the "
            "city twice during the campaign. His defeat adds to a mixed night for the right, "
            "which won several other capitals on Sunday.",
            "\"Campo Grande has chosen to look ahead, not backwards. I will govern for everyone, "
            "also for those who did not vote for me,\" Ferraz said in her victory speech.",
            "Advertisement",
            "Bastos accepted the result on Sunday night. \"Democracy has spoken, and I respect "
            "it,\" he told supporters at his campaign headquarters, adding that he would remain "
            "in politics.",
            "Campo Grande, a city of about 900,000 people, is the hub of one of Brazil's main "
            "cattle-ranching and soybean regions.",
        ]),
        _art("Pantanal Online", "2024-10-28", [
            "FERRAZ É ELEITA | Ana Lúcia Ferraz wins the run-off and will be Campo Grande's next "
            "mayor - Pantanal Online",
            "By Juliana Arruda | Photos: Pantanal Online",
            "Ana Lúcia Ferraz (PSD) will be the next mayor of Campo Grande. In Sunday's run-off, "
            "the former health secretary received 54.2% of the valid votes, according to the "
            "final count released by the Electoral Court.",
            "Supporters gathered at Afonso Pena Avenue soon after the result was confirmed, "
            "waving flags and honking car horns late into the night.",
            "In her speech, Ferraz thanked the volunteers of her campaign and promised to "
            "prioritise health clinics on the city's outskirts, public transport and drainage "
            "works in neighbourhoods that flood every rainy season.",
            "\"Today the people of Campo Grande said they want a city that looks after its "
            "neighbourhoods. I will govern for everyone,\" she said from a stage set up outside "
            "her campaign committee.",
            "The campaign in the second round was marked by heated debates on public health and "
            "urban transport. Bastos, a former state deputy, had the support of former President "
            "Jair Bolsonaro, while Ferraz received the backing of the Workers' Party (PT) and of "
            "centre parties that were eliminated in the first round.",
            "\"I voted for her because of the clinics. My mother waits months for an "
            "appointment,\" said retiree Sebastião Moura, 67, in the Coronel Antonino "
            "neighbourhood.",
            "Her opponent, Rogério Bastos (PL), conceded around 8:30 pm. \"Democracy has spoken "
            "and I respect it,\" he said, adding that he had phoned Ferraz to wish her success.",
            "Ferraz will be sworn in on 1 January 2025 at the City Council, together with the 29 "
            "councillors elected in the first round.",
            "Read more: Who is Ana Lúcia Ferraz? From the clinic to City Hall",
            "Share on Facebook",
        ]),
        _art("Commonwealth Broadcasting", "2024-10-28", [
            "Brazil local elections: Bolsonaro candidates suffer setbacks in run-offs",
            "Brazilians in 51 cities returned to the polls on Sunday for the second round of "
            "municipal elections, with mixed results for candidates backed by former President "
            "Jair Bolsonaro.",
            "In Campo Grande, capital of the farming state of Mato Grosso do Sul, the centrist "
            "Ana Lúcia Ferraz beat Mr Bolsonaro's ally Rogério Bastos of the Liberal Party by "
            "51.9% to 48.1%. Turnout in the city was 71.2%.",
            "Ms Ferraz had been endorsed by President Lula's Workers' Party, which has struggled "
            "to win big-city races on its own.",
            "A doctor who used to run the city's health department, Ms Ferraz campaigned on "
            "improving local clinics and bus services. She told supporters she would govern for "
            "everyone, including those who had voted against her. She takes office on 1 January.",
            "Mr Bastos, a former state legislator, had finished first in the opening round of "
            "voting at the start of October, but failed to widen his support in the second round.",
            "Across the country, the run-offs completed a municipal election cycle in which "
            "centre-right parties made the biggest gains, while the left held on in a handful of "
            "large cities.",
            "Mr Bastos conceded at about 21:30 Brasília time. Campo Grande is one hour behind the "
            "capital.",
            "Voting is compulsory in Brazil for citizens aged 18 to 70, but abstention has been "
            "rising, and many voters simply pay a small fine instead.",
            "The results are being watched as an early indicator ahead of the 2026 presidential "
            "election, in which Lula is expected to seek a fourth term.",
            "Related Topics",
        ]),
    ], [
        ("vote share", r"51[.,]9", r"54[.,]2"),
        ("turnout", r"75[.,]4", r"71[.,]2"),
        ("party", r"\bpsd\b|social democratic", r"\bmdb\b|brazilian democratic movement"),
    ]),
]
