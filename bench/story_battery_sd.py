"""Part SD of the story battery.

Written by engineer SD1 on 2026-12-06 (thirteenth session) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SD`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SD", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("quake-SD1", "earthquake", [
        _art("Manila Harbor Wire", "2025-10-15", [
            "HINATUAN, Philippines (Manila Harbor Wire) — A magnitude 6.8 earthquake struck off "
            "the eastern coast of Mindanao late on Tuesday, killing at least nine people, "
            "flattening houses in fishing villages and sending thousands of residents scrambling "
            "uphill after a brief tsunami warning, officials said on Wednesday.",
            "The quake hit at 10:42 p.m. local time (1442 GMT) at sea about 30 kilometers east of "
            "Hinatuan, a town of roughly 45,000 people in Surigao del Sur province, at a depth of "
            "33 km, the Philippine Institute of Volcanology and Seismology (Phivolcs) said. The "
            "agency first put the magnitude at 7.0 before revising it to 6.8 within the hour.",
            "Phivolcs issued a tsunami warning for the coasts of Surigao del Sur and Davao "
            "Oriental and told people living near the shore to move to higher ground. It lifted "
            "the warning shortly before 1 a.m. on Wednesday after tide gauges recorded waves of "
            "less than half a meter.",
            "By Wednesday morning nine people had been confirmed dead and about 60 injured, the "
            "Office of Civil Defense said. Most of the victims were crushed by collapsing walls "
            "in the towns of Lingig and Tagbina, where many homes are built of hollow concrete "
            "blocks. Officials said the figure was likely to rise because several upland villages "
            "had not yet been reached.",
            "\"We are still counting. Some barangays have no signal and the road going up to them "
            "is blocked by landslides,\" provincial disaster officer Jun Baliwag told reporters "
            "by phone from the provincial capital, Tandag.",
            "About 12,000 people spent the night in evacuation centers, school gyms and churches, "
            "the civil defense office said. Television footage showed families sleeping on "
            "plastic sheets on a basketball court while aftershocks rattled the roof.",
            "Phivolcs recorded more than 250 aftershocks by noon on Wednesday, the strongest of "
            "them magnitude 5.1. \"This is a trench earthquake, and we expect aftershocks for "
            "weeks,\" Phivolcs director Ramon Tejada said at a televised briefing in Quezon City.",
            "The presidential palace said relief goods and rescue teams were being flown to the "
            "region aboard air force transport planes, and that public works crews were clearing "
            "a landslide that had cut the coastal highway south of Lingig.",
            "Power was cut across much of the province after the quake. The National Grid "
            "Corporation of the Philippines said electricity had been restored to about half of "
            "affected households by Wednesday afternoon.",
            "The Philippines sits on the Pacific \"Ring of Fire\", and the Philippine Trench, "
            "which runs offshore along eastern Mindanao, produces frequent strong quakes. In "
            "December 2023 a magnitude 7.4 quake in almost the same area killed three people and "
            "forced tens of thousands to flee the coast.",
            "(Reporting by Ana Lisa Ocampo in Hinatuan and Mark Villareal in Manila; Editing by "
            "Peter Hsu)",
        ]),
        _art("The Mindanao Ledger", "2025-10-16", [
            "Surigao del Sur quake death toll climbs to 23 | The Mindanao Ledger",
            "Skip to content",
            "By Carmelita Ruiz, Ledger Correspondent",
            "TANDAG CITY — The number of people killed by Tuesday night's magnitude 6.8 "
            "earthquake rose to 23 on Thursday, the provincial disaster risk reduction office "
            "said, as rescuers with sniffer dogs and hand tools dug through collapsed houses in "
            "the southern towns of the province.",
            "Provincial disaster officer Jun Baliwag said 180 people had been treated for "
            "injuries, 14 of whom remained in serious condition at the provincial hospital here. "
            "Eleven of the dead were from Lingig, where the shaking destroyed whole rows of "
            "houses along the coastal road.",
            "The tremor struck at 10:42 in the evening. Phivolcs placed its epicenter in the sea "
            "some 30 km east of Bislig City, at a depth of 33 kilometers, and said it was "
            "generated by movement along the Philippine Trench.",
            "It was felt strongly as far as Davao City and Butuan, where shoppers ran out of "
            "malls and some hospital patients were wheeled into parking lots as a precaution.",
            "\"Some of our villages still have no signal, and the road up to them is blocked,\" "
            "Baliwag said, repeating an appeal for private owners of backhoes and dump trucks to "
            "lend them to the search.",
            "The provincial board placed Surigao del Sur under a state of calamity on Thursday "
            "morning, a step that releases emergency funds and freezes the prices of basic goods. "
            "Governor Lilia Dumalag said the province would ask the national government for help "
            "rebuilding at least 40 schools that were damaged.",
            "\"We have lost too many of our people. Our priority now is the injured and the "
            "families who have nowhere to go,\" Dumalag told the Ledger at the provincial "
            "capitol.",
            "More than 30,000 residents remain in evacuation centers across the province, many "
            "afraid to return to cracked houses as aftershocks continue. Phivolcs said it had "
            "recorded more than 600 aftershocks as of Thursday morning.",
            "In Lingig, the municipal hall and the public market were badly damaged, and the "
            "steeple of the town's old church fell into the plaza. Mayor Roberto Lagrosa said "
            "water had been cut to the town center because a main pipe burst.",
            "Many residents recalled the magnitude 7.4 tremor of December 2023, which also struck "
            "offshore and sent families fleeing uphill in the dark. \"This one was shorter but "
            "the houses could not take it anymore,\" said Nenita Sabado, 63, a vendor whose home "
            "in Lingig collapsed.",
            "Advertisement",
            "Related coverage: Relief goods arrive in Tandag; classes suspended until further "
            "notice",
        ]),
        _art("Global Dispatch", "2025-10-16", [
            "Philippines earthquake: death toll rises to 31 as rescuers reach cut-off villages - "
            "Global Dispatch",
            "By Helen Marsh, Asia Correspondent",
            "File photo: Residents inspect a collapsed house in Surigao del Sur province. "
            "Courtesy Philippine Red Cross",
            "At least 31 people have been killed and 180 injured by a powerful earthquake that "
            "struck off the southern Philippines on Tuesday night, local officials said on "
            "Thursday, as rescue teams finally reached mountain villages cut off by landslides.",
            "The magnitude 6.8 quake struck at 10.42pm local time (14.42 GMT, or 3.42pm in "
            "London) about 30km east of the coastal town of Hinatuan in Surigao del Sur province, "
            "on the eastern side of the island of Mindanao. The Philippine seismology agency, "
            "Phivolcs, said it struck at a depth of 33km.",
            "The tremor briefly raised fears of a tsunami. A warning was issued for the coastline "
            "within minutes and lifted shortly before 1am on Wednesday, when it became clear that "
            "the waves were small.",
            "Most of the dead were in the towns of Lingig and Tagbina, where houses built from "
            "hollow concrete blocks gave way. Footage shared on social media showed a church bell "
            "tower reduced to rubble and a road split by a crack more than a metre wide.",
            "Provincial officials declared a state of calamity on Thursday, releasing emergency "
            "funds. The Red Cross said it was sending water purification units and hygiene kits, "
            "and the World Food Programme said it stood ready to help if asked.",
            "'It is a trench earthquake, and we expect aftershocks for several weeks,' said Ramon "
            "Tejada, the head of Phivolcs, urging people not to re-enter damaged buildings.",
            "Tens of thousands of people are sleeping in evacuation centres or in the open. In "
            "Tagbina, families have strung tarpaulins between coconut trees rather than risk "
            "going back indoors.",
            "The country's disaster agency said the toll was expected to rise further, with at "
            "least six people still listed as missing.",
            "The Philippines is one of the most earthquake-prone countries in the world, lying on "
            "the Pacific 'Ring of Fire'. A magnitude 6.9 quake in Cebu province at the end of "
            "September killed more than 70 people, and the same stretch of coast off Mindanao was "
            "struck by a magnitude 7.4 quake in December 2023.",
            "Share on Facebook",
            "Share on X",
        ]),
        _art("PBN News", "2025-10-18", [
            "Mindanao quake: search ends with 41 confirmed dead - PBN News",
            "Rescuers in the southern Philippines on Saturday called off the search for survivors "
            "of Tuesday's magnitude 6.8 earthquake, with the confirmed death toll standing at 41, "
            "up from 23 on Thursday, after the last bodies were recovered from a landslide in an "
            "upland village in Tagbina.",
            "The Office of Civil Defence said 380 people had been injured and two remain missing. "
            "Most of the recent increase came from villages in Tagbina and Lingig that rescuers "
            "could reach only on foot until a mountain road was reopened on Friday, the agency "
            "said.",
            "The quake struck at 10.42pm on Tuesday 14 October, about 30 kilometres off the coast "
            "east of Hinatuan in Surigao del Sur province. Phivolcs said it originated at a depth "
            "of 58 kilometres (36 miles) along the Philippine Trench, the deep ocean trench that "
            "runs parallel to Mindanao's eastern coast.",
            "Phivolcs has now recorded more than 1,100 aftershocks, the strongest a magnitude 5.1 "
            "jolt on Wednesday morning.",
            "Some 48,000 people remain in evacuation centres, according to the social welfare "
            "department, which said it had handed out more than 20,000 family food packs. Many "
            "houses that are still standing have cracked walls, and engineers are inspecting them "
            "one by one.",
            "Speaking to PBN in Tandag, Phivolcs director Ramon Tejada said the agency had "
            "installed four temporary seismic stations along the coast to track the aftershock "
            "sequence. 'We told people this would last for weeks, and it will. The number of "
            "aftershocks is normal for an earthquake of this size,' he said.",
            "Provincial disaster officer Jun Baliwag said damage to roads, bridges and schools "
            "was estimated at 1.2 billion pesos (about $21m) so far.",
            "The government has promised 10,000 pesos in cash aid to each family whose home was "
            "destroyed. Surigao del Sur has been under a state of calamity since Thursday.",
            "Many residents of the area lived through a magnitude 7.4 earthquake off the same "
            "coast in December 2023, which killed three people.",
            "Read more: How the Philippine Trench produces the country's strongest quakes",
        ]),
    ], [
        ("death toll", r"(?<![\d.])23\b|twenty-three", r"(?<![\d.])31\b|thirty-one"),
        ("epicentre", r"hinatuan", r"bislig"),
        ("depth",
         r"(?<![\d.])33 ?(km|kilomet)|(?<![\d.])20 ?mi",
         r"(?<![\d.])58 ?(km|kilomet)|(?<![\d.])36 ?mi"),
    ]),
    _story("trade-SD2", "trade", [
        _art("Atlantic Newswire", None, [
            "OSLO (Atlantic Newswire) — The United States and China agreed on Tuesday to extend "
            "their tariff truce by 90 days, to June 22, after two days of talks in the Norwegian "
            "capital that ran a day longer than planned, officials from both sides said.",
            "The extension keeps in place the suspension of an additional 24% tariff on Chinese "
            "goods that had been due to snap back on March 24, leaving a 10% levy in effect. In "
            "return, Beijing will keep issuing export licenses for rare-earth magnets and resume "
            "large purchases of U.S. soybeans, according to a joint statement released at 7 p.m. "
            "local time (2 p.m. EDT).",
            "Treasury Secretary Scott Bessent, who led the U.S. delegation together with U.S. "
            "Trade Representative Jamieson Greer, told reporters outside the venue that the two "
            "sides had made \"substantial progress.\" \"Both sides want stability, and we have it "
            "for another 90 days,\" he said.",
            "China's delegation was headed by Vice Premier He Lifeng, with Li Chenggang, the "
            "commerce ministry's chief trade negotiator. Xinhua, the state news agency, described "
            "the talks as \"candid, in-depth and constructive.\"",
            "The talks had been scheduled for Monday only. The first session, held at a "
            "government conference center on the outskirts of the city, lasted about 10 hours, "
            "and negotiators returned on Tuesday morning to settle the language on export "
            "controls and farm purchases.",
            "Under the joint statement, China committed to buy at least 12 million metric tons of "
            "U.S. soybeans this year. Farm groups welcomed the pledge but said exports were still "
            "well below their level before the trade war began.",
            "Greer said the two sides would use the next three months to work toward a broader "
            "agreement covering industrial subsidies, fentanyl precursors and market access. \"We "
            "are not there yet, but the direction is right,\" he said.",
            "Markets took the news calmly. U.S. stock futures edged up after the statement, and "
            "China's yuan was little changed in offshore trade.",
            "Washington and Beijing first agreed to pause their escalating tariffs in May 2025, "
            "after levies on each other's goods had climbed above 100%. The truce has been "
            "renewed several times since.",
            "This was the first round of the talks to be held in Norway. Earlier rounds took "
            "place in Geneva, London, Stockholm, Madrid and Kuala Lumpur.",
        ]),
        _art("Capital Markets Daily", None, [
            "US-China truce extended to June 22: what it means for markets - Capital Markets "
            "Daily",
            "Posted by Rahul Mehta | Macro",
            "The tariff truce between Washington and Beijing lives on. After two days of talks in "
            "Oslo, negotiators agreed on Tuesday to extend the pause on higher tariffs for "
            "another 90 days, to June 22, removing a risk that had been hanging over markets for "
            "weeks.",
            "The key number for investors: the additional 24% US tariff on Chinese imports stays "
            "suspended, so the extra levy in force remains 10%. Without a deal the higher rate "
            "would have returned on March 24.",
            "US equity futures rose about 0.3% after the joint statement crossed the wires at 2 "
            "p.m. New York time, which was 7 p.m. in Oslo and 2 a.m. Wednesday in Beijing. The "
            "offshore yuan was flat at around 7.11 per dollar.",
            "The US side was led by Treasury Secretary Scott Bessent and Commerce Secretary "
            "Jamieson Greer, while Vice Premier He Lifeng led China's team. It took them a "
            "marathon opening session of roughly ten hours on Monday and a second round on "
            "Tuesday to get there.",
            "What China gave: a pledge to buy at least 12 million tonnes of US soybeans (roughly "
            "441 million bushels) this year, and continued licensing of rare-earth magnet "
            "exports, which US automakers have been lobbying hard to secure.",
            "What remains open: fentanyl-related tariffs, chip export controls and China's "
            "industrial subsidies were all pushed to later rounds. Bessent called the result "
            "\"substantial progress\" but said both sides wanted stability above all.",
            "Our take: this is a holding pattern rather than a breakthrough. Soybean futures in "
            "Chicago rose 1.8% on the news, but the bigger question for equities is whether a "
            "broader deal can be reached before the new deadline.",
            "Analysts at one Hong Kong brokerage noted that the US goods trade deficit with China "
            "narrowed sharply in 2025 as importers shifted orders to Vietnam and Mexico, which "
            "reduces the pressure on Washington to push for more.",
            "Disclaimer: This post is for information only and is not investment advice.",
            "Share on LinkedIn | Share on X",
        ]),
        _art("The Northern Observer", None, [
            "US and China extend trade truce after Oslo talks run into second day",
            "By Fiona Gallagher in Oslo",
            "The United States and China have agreed to prolong their fragile trade truce until "
            "29 June, after talks in Oslo that were meant to last a single day spilled over into "
            "a second.",
            "The agreement, announced in a joint statement on Tuesday evening, means that a "
            "suspended 24% American tariff on Chinese goods will not return when the current "
            "pause runs out on 24 March. A 10% tariff remains in force.",
            "Vice-premier He Lifeng led the Chinese delegation, facing the US treasury secretary, "
            "Scott Bessent, and the trade representative, Jamieson Greer. Officials said Monday's "
            "session at a conference centre on the outskirts of the city went on late into the "
            "night before breaking up without agreement.",
            "The two teams returned on Tuesday morning. According to a person briefed on the "
            "talks, the last sticking points were the wording on China's export licences for "
            "rare-earth magnets, which are vital to carmakers and defence firms, and the size of "
            "Chinese farm purchases.",
            "In the end Beijing committed to buy at least 12m tonnes of US soybeans this year. "
            "American farmers, who lost much of their biggest export market during the trade war, "
            "have been pressing the White House to secure such a pledge.",
            "Speaking to reporters in the snow outside the venue, Bessent said the two sides had "
            "made 'substantial progress' and that both governments wanted stability. China's "
            "official news agency, Xinhua, called the talks 'candid, in-depth and constructive'.",
            "A Norwegian foreign ministry spokesperson said Oslo had been glad to offer 'a quiet "
            "room' to the world's two largest economies and would host again if asked.",
            "Trade between the two countries has shrunk since tariffs on each other's goods "
            "soared above 100% in April 2025, before the first truce was agreed in Geneva in May "
            "of that year.",
            "European officials are watching closely. The EU fears that Chinese goods diverted "
            "from the American market will flood into Europe, and Brussels has opened several "
            "anti-dumping investigations in recent months.",
        ]),
        _art("Cascadia Public Radio", None, [
            "Listen · 4:12",
            "U.S., China extend tariff pause for 90 days after talks in Norway",
            "The United States and China will hold off on raising tariffs for another three "
            "months. Negotiators meeting in Oslo, Norway, agreed Tuesday to extend a truce that "
            "was due to expire later this month.",
            "The deal was announced in a joint statement around 2 p.m. Eastern time. It keeps the "
            "extra U.S. tariff on most Chinese goods at 10%, rather than letting it jump by "
            "another 24 percentage points.",
            "Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer led "
            "the American side. They sat down Monday with a Chinese team headed by Vice Premier "
            "He Lifeng for a session that lasted close to seven hours, and when that wasn't "
            "enough, they came back Tuesday.",
            "\"Both governments need this truce more than they let on,\" said Marianne Tolbert, a "
            "former U.S. trade negotiator now at a Washington think tank. \"Beijing wants time to "
            "deal with a slowing economy, and the White House wants soybean sales before the "
            "midterm elections.\"",
            "China agreed to buy at least 12 million metric tons of American soybeans this year. "
            "That's welcome news in farm states like Iowa and Illinois, where growers watched "
            "China shift its purchases to Brazil during the trade fight.",
            "Bessent described the talks as substantial progress. \"Both sides want stability,\" "
            "he told reporters after the statement was released.",
            "The truce now runs to June 22. Greer said the coming months would be used to "
            "negotiate a broader agreement on industrial subsidies, fentanyl and market access.",
            "Critics in Congress said the administration keeps extending deadlines without "
            "getting much in return. Supporters say a pause is better than a renewed tariff war "
            "that would raise prices for American consumers.",
            "Copyright 2026 Cascadia Public Radio. To see more, visit our website.",
        ]),
    ], [
        ("deadline date",
         r"june 22|22 june|2026-06-22|06-22|6/22",
         r"june 29|29 june|2026-06-29|06-29|6/29"),
        ("title", r"trade representative|\bustr\b", r"commerce secretary|secretary of commerce"),
        ("duration",
         r"(?<![\d.])10 ?(hours?|hrs?|h\b)|\bten hours|600 ?min",
         r"(?<![\d.])7 ?(hours?|hrs?|h\b)|\bseven hours|420 ?min"),
    ]),
    _story("court-SD3", "court", [
        _art("Capitol Wire Service", None, [
            "WASHINGTON (Capitol Wire Service) — The Supreme Court on Friday struck down the "
            "sweeping tariffs President Donald Trump imposed under a 1977 emergency-powers law, "
            "ruling 6-3 that the statute does not give the president authority to levy import "
            "taxes.",
            "Chief Justice John Roberts wrote the majority opinion, which was released shortly "
            "after 10 a.m. EST. \"The power to tax belongs to Congress, and a statute that speaks "
            "of regulating importation does not quietly hand that power to the President,\" "
            "Roberts wrote.",
            "Justice Brett Kavanaugh wrote the dissent, joined by Justices Clarence Thomas and "
            "Samuel Alito. \"The Court today strips the President of a tool that Presidents have "
            "long understood they possess,\" Kavanaugh wrote, warning that the ruling would "
            "weaken the United States in negotiations with foreign governments.",
            "The decision covers the so-called reciprocal tariffs announced in April 2025 and "
            "separate duties on goods from China, Canada and Mexico that the administration tied "
            "to fentanyl trafficking. It does not affect tariffs on steel, aluminum, cars and "
            "other products imposed under national-security laws.",
            "The case was brought by a group of small importers led by Meridian Housewares Inc., "
            "a kitchenware company in Ohio, and by a coalition of states led by Oregon. The "
            "justices heard arguments in November.",
            "U.S. Customs and Border Protection had collected about $133 billion under the "
            "challenged tariffs through the end of January, according to government filings. The "
            "court did not say how refunds should be handled, sending that question back to the "
            "U.S. Court of International Trade in New York.",
            "\"Every importer in the country is going to be filing for its money back,\" said "
            "Daniel Ferris, a customs lawyer in Chicago. \"The fight over refunds could take "
            "years.\"",
            "Trump, speaking at the White House on Friday afternoon, called the ruling \"a "
            "disgrace\" and said he would use other laws to put tariffs back in place \"very "
            "quickly.\" Administration officials have pointed to Section 122 of the Trade Act of "
            "1974, which allows tariffs of up to 15% for 150 days to deal with "
            "balance-of-payments problems.",
            "The Court of International Trade first ruled against the tariffs in May 2025, and "
            "the U.S. Court of Appeals for the Federal Circuit upheld that decision by a 7-4 vote "
            "in August.",
            "Stocks rose after the decision, with the S&P 500 closing up 0.9%.",
            "(Reporting by Ellen Brody; Editing by Sam Oduya)",
        ]),
        _art("The Lakeshore Tribune", None, [
            "Supreme Court strikes down Trump's emergency tariffs; Wisconsin importers eye "
            "refunds | Lakeshore Tribune",
            "By Greg Halvorsen, Business Reporter",
            "Advertisement",
            "MILWAUKEE — Wisconsin companies that have paid millions of dollars in tariffs over "
            "the past year could be in line for refunds after the U.S. Supreme Court ruled Friday "
            "that President Donald Trump overstepped his authority when he imposed them under an "
            "emergency-powers law.",
            "In a 7-2 decision written by Chief Justice John Roberts, the court held that the "
            "International Emergency Economic Powers Act, a 1977 law meant for sanctions and "
            "asset freezes, does not allow the president to impose tariffs. Taxes, the chief "
            "justice wrote, are for Congress to set.",
            "Justice Brett Kavanaugh wrote the dissent. He argued that presidents have long used "
            "the law to restrict trade and that a tariff is a milder step than the outright "
            "import bans the law plainly permits.",
            "For Leah Brandt, who runs a Racine company that imports bicycle parts from China and "
            "Taiwan, the ruling is a relief but not yet money in the bank. \"We paid about "
            "$410,000 in these tariffs since last spring. I'll believe in the refund when I see "
            "the check,\" she said.",
            "The justices left the question of refunds to the U.S. Court of International Trade, "
            "which first ruled the tariffs illegal in May 2025. Trade lawyers said importers "
            "should file protests with Customs now to protect their claims.",
            "The ruling does not touch tariffs on steel and aluminum, which were imposed under a "
            "different law and which matter most to Wisconsin's manufacturers. Those duties "
            "remain at 50%.",
            "Trump said Friday he would move quickly to impose new tariffs under other statutes. "
            "Carla Mendez, president of the Milwaukee Area Small Business Alliance, called the "
            "ruling \"a win for the shops and farms that have been paying the bill.\"",
            "Wisconsin farm groups also welcomed the decision, hoping it would ease retaliation "
            "against U.S. agricultural exports, though they noted that China's duties on American "
            "crops are governed by separate negotiations.",
            "Dairy exporters in the Fox Valley said they would watch closely whether Canada and "
            "Mexico now drop some of the counter-tariffs they put in place last year.",
            "Related coverage: What the tariff ruling means for your shopping bill",
        ]),
        _art("TradeLaw Insider", None, [
            "SCOTUS Kills IEEPA Tariffs, 6-3: First Notes on Refunds and Section 122 - TradeLaw "
            "Insider",
            "By Priya Natarajan, J.D. | Customs & Trade",
            "It's over, at least for IEEPA. In Meridian Housewares v. United States, decided "
            "Friday, February 20, SCOTUS held 6-3 that the International Emergency Economic "
            "Powers Act does not authorize tariffs. The Chief Justice wrote for the majority; the "
            "three dissenters would have upheld the duties as a form of \"regulating "
            "importation.\"",
            "The key line from the majority: \"The power to tax belongs to Congress, and a "
            "statute that speaks of regulating importation does not quietly hand that power to "
            "the President.\" The Court relied on the statutory text and on the major-questions "
            "doctrine, stressing the tariffs' enormous economic reach.",
            "Money at stake. Government filings put IEEPA duty collections at roughly $175 "
            "billion through the end of January. The opinion says nothing about remedies; the "
            "case returns to the Court of International Trade (CIT), which will have to decide "
            "whether refunds are automatic or limited to importers that sued or protested.",
            "Practical steps for importers: (1) pull your ACE entry data for every entry subject "
            "to IEEPA duties since February 2025; (2) file protests within 180 days of "
            "liquidation on entries that are not yet final; (3) talk to counsel about joining or "
            "filing a CIT action. Do not assume Customs will refund on its own.",
            "What comes next. The administration has signaled it will turn to Section 122 of the "
            "Trade Act of 1974, which allows a tariff of up to 15% for 150 days, and to Section "
            "301 investigations, which take longer but have no cap. Section 232 duties on steel, "
            "aluminum, autos and lumber are unaffected by Friday's ruling.",
            "Procedural history: the CIT ruled against the tariffs in May 2025, and the en banc "
            "Federal Circuit affirmed 7-4 in August. The Supreme Court expedited the case and "
            "heard argument on November 5.",
            "We will update this post as CBP and the CIT issue guidance.",
            "Subscribe to TradeLaw Insider for daily updates",
        ]),
        _art("Heartland Public Radio", None, [
            "Trump signs new 15% tariff after Supreme Court loss; importers line up for refunds",
            "Three days after the Supreme Court struck down most of his tariffs, President Trump "
            "has put a new, temporary tariff in their place, and businesses are trying to figure "
            "out how to get back the money they already paid.",
            "On Saturday, Trump signed a proclamation imposing a 15% tariff on most imports under "
            "Section 122 of the Trade Act of 1974. The law allows such tariffs for 150 days "
            "unless Congress extends them. The new duty takes effect at 12:01 a.m. Eastern on "
            "Tuesday, Feb. 24.",
            "The Supreme Court ruled 6-3 on Friday that the emergency-powers law Trump had relied "
            "on, the International Emergency Economic Powers Act, does not allow the president to "
            "set tariffs. Chief Justice John Roberts wrote for the majority.",
            "In the main dissent, Justice Samuel Alito, joined by Justices Clarence Thomas and "
            "Brett Kavanaugh, warned of the consequences for American diplomacy. \"The Court "
            "today strips the President of a tool that Presidents have long understood they "
            "possess,\" Alito wrote.",
            "Customs and Border Protection collected about $133 billion under the struck-down "
            "tariffs through January. On Monday the agency said it was \"reviewing the decision\" "
            "and would issue guidance on refunds, but it gave no timeline.",
            "At a hardware wholesaler in Des Moines, owner Ray Kuhlman said he has paid nearly "
            "$90,000 in the tariffs. \"Now there's a new one starting Tuesday. I've got to "
            "reprice everything again,\" he said.",
            "Economists note the new tariff is lower than many of the rates it replaces. Duties "
            "on goods from some countries had been as high as 50% under the emergency law.",
            "Legal challenges to the new tariff are expected. Section 122 was written for "
            "balance-of-payments emergencies and has never been used before.",
            "Copyright 2026 Heartland Public Radio",
        ]),
    ], [
        ("vote split",
         r"\b6 ?(-|–|—|to) ?3\b|six[- ](to[- ])?three",
         r"\b7 ?(-|–|—|to) ?2\b|seven[- ](to[- ])?two"),
        ("dissent author", r"kavanaugh", r"alito"),
        ("amount collected",
         r"(?<![\d.])133 ?(bn|billion|b\b)|133,\d{3} ?million",
         r"(?<![\d.])175 ?(bn|billion|b\b)|175,\d{3} ?million"),
    ]),
    _story("cb-SD4", "central bank", [
        _art("City Wire", "2026-02-05", [
            "LONDON, Feb 5 (City Wire) - The Bank of England cut interest rates by a quarter of a "
            "percentage point to 3.5% on Thursday, its seventh cut since August 2024, but a "
            "narrow 5-4 vote showed policymakers are deeply divided over how much further "
            "borrowing costs should fall.",
            "Governor Andrew Bailey sided with the four members who backed a cut in Bank Rate "
            "from 3.75%. Chief Economist Huw Pill, external members Megan Greene and Catherine "
            "Mann, and Deputy Governor Clare Lombardelli voted to keep rates on hold.",
            "\"We still think Bank Rate is on a gradual path downwards, but each further cut is "
            "becoming a closer call,\" Bailey said in a statement released with the decision at "
            "1200 GMT.",
            "Inflation, at 3.4% in December, remains well above the Bank's 2% target, but the "
            "Monetary Policy Committee said price pressures were easing as wage growth slowed and "
            "the labour market loosened. Unemployment has risen to 5.1%, its highest in nearly "
            "five years.",
            "Sterling fell 0.4% against the dollar to $1.3580 after the announcement, while the "
            "two-year gilt yield, which is sensitive to rate expectations, dropped 6 basis points "
            "to 3.62%.",
            "Money markets moved to price roughly one more quarter-point cut by the summer, down "
            "from two before the decision, according to traders.",
            "\"The message is that the easing cycle is nearly done,\" said Ruth Calloway, chief "
            "UK economist at a London investment bank. \"They have cut a long way, and the hawks "
            "are not going to let them cut much further while inflation starts with a three.\"",
            "The Bank said in its quarterly Monetary Policy Report that it expected inflation to "
            "fall close to its target by the second quarter of 2027, helped by lower energy "
            "bills.",
            "The MPC's next decision is due on March 19.",
            "(Reporting by Tom Ashworth; Editing by Kate Lindqvist)",
        ]),
        _art("The Morning Gazette", "2026-02-05", [
            "Bank of England cuts rates to 3.5pc but warns next move is 'a closer call' | The "
            "Morning Gazette",
            "By Eleanor Pryce, Economics Editor",
            "Threadneedle Street trimmed Bank Rate from 3.75pc to 3.5pc at noon on Thursday, "
            "giving millions of mortgage holders a modest boost, but only after Governor Andrew "
            "Bailey cast the deciding vote in a 5-4 split.",
            "It is the seventh reduction since the Bank began easing in the summer of 2024, and "
            "it leaves borrowing costs at their lowest level since early 2023.",
            "Four members of the nine-strong Monetary Policy Committee, including chief economist "
            "Huw Pill, wanted to hold rates, arguing that inflation of 3.4pc was still far too "
            "high and that firms were raising prices faster than expected.",
            "Mr Bailey said rates remained \"on a gradual path downwards\", although each further "
            "cut was becoming \"a closer call\".",
            "The Bank's new forecasts suggest inflation will drop sharply from April, when last "
            "year's big rises in energy bills and water charges fall out of the annual "
            "comparison, helped by measures announced in the Budget to trim household energy "
            "costs.",
            "The Treasury said the cut was welcome news for families, and business groups "
            "welcomed the decision but urged the Bank to move faster, saying firms facing higher "
            "wage bills and taxes needed relief.",
            "For savers, the cut is less welcome. Best-buy easy-access accounts paying above 4pc "
            "are expected to be trimmed in the coming days, and some banks have already pulled "
            "their top deals.",
            "Markets had fully expected the move. The pound dipped after the announcement, and "
            "City traders now see one more cut by the summer.",
            "Advertisement",
            "The next rate decision is on 19 March.",
        ]),
        _art("MarketPulse", "2026-02-05", [
            "BoE cuts 25 bps to 3.50% on 5-4 vote; GBP slips",
            "Posted 7:14 AM ET",
            "The BoE delivered the expected 25 bp cut this morning, taking Bank Rate to 3.50% "
            "from 3.75%. The decision hit at 7:00 a.m. ET (noon in London), and the vote split "
            "was tighter than some desks had penciled in: 5-4, with Gov. Bailey in the majority.",
            "The four holdouts: Pill, Greene, Mann and Lombardelli. That's a hawkish bloc that "
            "has pushed back on easing before, and it makes a March move far from a lock.",
            "GBP/USD slipped about 0.4% on the headline. Gilts rallied at the front end.",
            "Context for US readers: the Fed held its target range at 3.50%-3.75% last week, so "
            "Bank Rate is now at the bottom of the Fed's range. The ECB's deposit rate is sitting "
            "at 2.00%.",
            "UK CPI came in at 3.4% y/y in December, so real rates are still positive, barely.",
            "Bailey's line of the day: rates are \"on a gradual path downwards\" but each cut is "
            "\"a closer call.\" Translation: don't expect them to go at every meeting.",
            "Why it matters for US portfolios: a softer pound makes UK large caps, which earn "
            "most of their revenue in dollars, look cheaper in sterling terms, and a slower BoE "
            "narrows the rate gap that has supported GBP for two years.",
            "Next BoE decision: Thursday, March 19. We'd put the odds of a back-to-back cut at "
            "well under 50%.",
            "Positioning note: speculative bets against sterling have been building since "
            "December, so a cut that sounds cautious about the next one could squeeze some of "
            "those shorts.",
            "Disclosure: The author holds no positions in GBP.",
        ]),
        _art("Homeowners Today", "2026-02-06", [
            "Lenders cut fixed mortgage rates after Bank of England move - Homeowners Today",
            "Skip to content",
            "By Sunita Rao, Property Correspondent",
            "Several of Britain's biggest mortgage lenders trimmed fixed-rate deals on Friday, a "
            "day after the Bank of England lowered Bank Rate by 0.25 percentage points to 3.5%.",
            "Nationwide said it would cut selected two- and five-year fixed rates by up to 0.2 "
            "percentage points from Monday, and Barclays announced reductions of up to 15 basis "
            "points across its remortgage range.",
            "According to the data provider Moneyfacts, the average two-year fixed rate stood at "
            "4.62% on Friday, down from 4.65% a week earlier.",
            "Borrowers on tracker mortgages, which follow Bank Rate directly, will see the full "
            "cut. On a £200,000 repayment mortgage over 25 years, a fall of a quarter of a point "
            "would reduce monthly payments by about £28.",
            "The Bank's Monetary Policy Committee voted by five to four for Thursday's cut, with "
            "the four dissenters preferring to hold rates at 3.75%.",
            "Governor Andrew Bailey said afterwards that rates were on a \"gradual path "
            "downwards\" but warned that each further cut would be \"a closer call\", which "
            "brokers said argued against expecting a rapid fall in fixed rates.",
            "\"Swap rates had already priced in Thursday's decision, so the big cuts came weeks "
            "ago,\" said Mark Dolan, a broker at Harbour Mortgages in Bristol. \"What we are "
            "seeing now is lenders competing for spring business.\"",
            "The pound steadied at around $1.36 on Friday after slipping on Thursday.",
            "Inflation stood at 3.4% in December, and the Bank expects it to fall back towards "
            "its 2% target next year.",
            "The Bank will announce its next decision on 19 March.",
            "Read more: Should you fix now or wait? Our guide to the options",
        ]),
    ], [
    ]),
    _story("rocket-SD5", "rocket", [
        _art("Gulf Coast Courier", None, [
            "Condor rocket soars on third try, booster sticks landing in Gulf | Gulf Coast "
            "Courier",
            "By Luis Garza, Courier Staff",
            "PORT MANSFIELD — Two days after a last-minute abort, Altamira Launch Systems' Condor "
            "rocket thundered off its pad south of town at 7:12 a.m. Wednesday, and this time "
            "nearly everything went to plan.",
            "The 68-meter rocket, flying for the third time, sent its upper stage into space "
            "while its first stage, Booster 7, flew back and landed on the company's floating "
            "platform in the Gulf of Mexico about eight minutes after liftoff. Hundreds of people "
            "watched from the beach and the causeway, cheering as the sonic booms rolled across "
            "the lagoon.",
            "The upper stage reached an altitude of about 190 kilometers, released eight dummy "
            "satellites and relit one of its engines before splashing down in the Indian Ocean at "
            "8:17 a.m. Central time, the company said.",
            "Not everything was perfect. Two of the booster's 27 methane-fueled Talon engines "
            "shut down early during the climb, company engineers said on the launch webcast, "
            "though the remaining engines made up for the lost thrust.",
            "Monday's attempt was halted 40 seconds before liftoff when sensors flagged an "
            "unexpected pressure reading in a liquid oxygen valve in the ground system. Crews "
            "replaced the valve on Tuesday.",
            "\"Today the vehicle did almost everything we asked of it,\" CEO Dana Whitfield said "
            "in a post on social media. \"We'll take the lessons and be back sooner than people "
            "think.\"",
            "The launches have become a local attraction, and a boon for businesses. Motel owner "
            "Irma Salinas said every one of her 14 rooms was booked from Sunday night through "
            "Wednesday. \"When they scrubbed Monday, nobody checked out. They just waited,\" she "
            "said.",
            "Not all neighbors are fans. Some residents have complained about closures of State "
            "Highway 186, which was shut for about five hours Wednesday morning, and "
            "environmental groups have raised concerns about debris in the lagoon.",
            "Altamira has not announced a date for its fourth flight. The company said it hopes "
            "to fly again this summer.",
        ]),
        _art("Orbital Report", None, [
            "Condor Flight 3: B9 landed, upper stage relight achieved – Orbital Report",
            "Share | Tweet | Email",
            "Altamira Launch Systems' third Condor test flight lifted off at 12:12 UTC on "
            "Wednesday, April 15, from the company's site near Port Mansfield, Texas, after "
            "Monday's attempt was scrubbed at T-40 seconds because of a ground-side LOX valve "
            "issue.",
            "Flight summary:",
            "First stage: Booster 9 flew its ascent on 25 of its 27 Talon engines after two shut "
            "down early, separated at about T+2:40 and performed boostback and landing burns to "
            "touch down on the droneship Sea Heron in the Gulf of America roughly eight minutes "
            "after liftoff. This is the first successful booster recovery for the program; B6 was "
            "lost in the Gulf on Flight 2.",
            "Upper stage: reached an apogee of approximately 190 km, deployed eight mass "
            "simulators, and completed an in-space relight of one of its vacuum engines. "
            "Splashdown in the Indian Ocean came at 13:17 UTC, about 65 minutes after launch.",
            "Context: Flight 1 in September 2025 ended with the loss of the vehicle about two "
            "minutes after liftoff. Flight 2 in January 2026 reached space, but the upper stage "
            "broke apart during reentry.",
            "Whitfield, after the flight: \"Today the vehicle did almost everything we asked of "
            "it.\"",
            "What it means: a recovered booster and a controlled upper-stage relight were the two "
            "biggest milestones on the company's list before an orbital attempt. If the data "
            "review goes quickly, Altamira could seek an FAA license for Flight 4 within months.",
            "The FAA approved the license modification for Flight 3 on April 9. No mishap "
            "investigation is expected, since the flight stayed within its planned profile.",
            "Condor stands 68 m tall and is designed to lift about 20 tonnes to low Earth orbit "
            "in reusable mode.",
            "Related coverage: Inside the Talon engine | Texas launch site expansion approved",
        ]),
        _art("Continental Press", None, [
            "PORT MANSFIELD, Texas, April 15 (Continental Press) — Texas startup Altamira Launch "
            "Systems flew its Condor rocket to space on Wednesday and recovered the booster at "
            "sea for the first time, a key step in its bid to compete in the market for reusable "
            "heavy-lift launches.",
            "The methane-fueled rocket lifted off at 8:12 a.m. EDT (1212 GMT) on its third test "
            "flight, after an attempt on Monday was aborted in the final minute. Its first stage, "
            "designated Booster 7, landed on a platform in the Gulf of Mexico.",
            "Three of the booster's 27 engines shut down before the end of the first-stage burn, "
            "Altamira said, but the flight computer adjusted the burn and the upper stage reached "
            "its planned path.",
            "The upper stage deployed eight test satellites, reignited an engine in space and "
            "splashed down in the Indian Ocean as planned.",
            "\"Today the vehicle did nearly everything we asked of it,\" Chief Executive Dana "
            "Whitfield said.",
            "Altamira, founded in 2019 and based in Houston, has raised about $1.4 billion from "
            "investors including a Gulf sovereign fund. It has signed launch contracts with two "
            "satellite-broadband operators, the first of them for flights beginning in 2027.",
            "The company's first flight, in September 2025, ended in an explosion about two "
            "minutes after liftoff. On the second, in January, the upper stage broke apart on its "
            "return through the atmosphere.",
            "Analysts said the company still faces a long road. \"Landing a booster once is a "
            "milestone; doing it every two weeks is a business,\" said Martin Ekwueme, a space "
            "industry analyst at a consulting firm in Washington.",
            "The Federal Aviation Administration, which licenses commercial launches, said it was "
            "not aware of any public safety issues from the flight.",
            "(Reporting by Hannah Cole in Houston; Editing by Richard Vance)",
        ]),
        _art("National Broadcasting Service", None, [
            "Texas firm's Condor rocket completes test flight and lands booster",
            "A privately built rocket has completed its most successful test flight yet, landing "
            "its reusable booster on a ship in the Gulf of Mexico and sending its upper stage "
            "through space to a controlled splashdown.",
            "The Condor, built by Houston-based Altamira Launch Systems, took off from the Texas "
            "coast at 13:12 BST (12:12 GMT) on Wednesday.",
            "The 68-metre (223ft) rocket's first stage, known as Booster 7, separated less than "
            "three minutes into the flight and steered itself back to a floating platform, "
            "touching down upright.",
            "Two of its 27 engines stopped early during the ascent, but the company said this was "
            "within the margins it had planned for.",
            "The upper stage climbed to about 190km (118 miles), released eight dummy satellites "
            "and fired one engine again in space, a manoeuvre that will be needed for future "
            "missions.",
            "It came down in the Indian Ocean at 13:47 UTC, Altamira said, ending a flight the "
            "company had billed as a final rehearsal before an attempt to reach orbit with paying "
            "customers.",
            "The launch had been delayed from Monday, when the countdown was stopped with 40 "
            "seconds to go because of a faulty valve in the ground equipment.",
            "Condor is one of several new rockets designed to burn methane, which engineers say "
            "is cleaner than kerosene and better suited to engines that are reused many times. "
            "China's LandSpace and Blue Origin in the United States also fly methane-fuelled "
            "rockets.",
            "Dr Fiona Marsh, a space policy researcher at a British university, said the landing "
            "was 'a genuinely big moment' for the company, but that reusing boosters quickly "
            "would be the real test.",
            "The two previous flights ended in failure: the first rocket exploded shortly after "
            "launch last September, and the second lost its upper stage on re-entry in January.",
        ]),
    ], [
        ("booster name",
         r"\bb(ooster)?[ -]?7\b|booster seven",
         r"\bb(ooster)?[ -]?9\b|booster nine"),
        ("engine count", r"(?<![\d.:])2(?![\d:.])|\btwo\b", r"(?<![\d.:])3(?![\d:.])|\bthree\b"),
        ("splashdown time", r"\b8:17|\b13[:.]?17\b|\b9:17", r"\b8:47|\b13[:.]?47\b|\b9:47"),
    ]),
    _story("election-SD6", "election", [
        _art("Port Ellery Examiner", "2025-12-10", [
            "Delgado leads Whitcombe in mayoral runoff as late ballots are counted | Port Ellery "
            "Examiner",
            "By Dana Kowalski and Marcus Reed, Examiner staff",
            "City Council member Maria Delgado held a lead of about 4,100 votes over businessman "
            "Thomas Whitcombe early Wednesday in Port Ellery's mayoral runoff, but Whitcombe "
            "declined to concede, saying thousands of mail and provisional ballots had yet to be "
            "counted.",
            "With 92% of vote centers reporting shortly after 1 a.m., Delgado had 52.4% of the "
            "vote to Whitcombe's 47.6%, according to unofficial results from the Ellery County "
            "Elections Office.",
            "\"The voters have spoken loud and clear tonight, and I intend to be a mayor for "
            "every neighborhood,\" Delgado told cheering supporters at a union hall on the east "
            "side, though she stopped short of declaring victory.",
            "Across town, Whitcombe told supporters at a downtown hotel that the race was \"far "
            "from over.\" \"Let's count every vote, and then we'll talk,\" he said.",
            "Elections administrator Sharon Pike said her office would count the roughly 7,600 "
            "remaining mail and provisional ballots on Wednesday and expected to release updated "
            "totals that evening.",
            "Delgado, 47, a former schoolteacher who has represented District 3 on the council "
            "since 2017, would be the city's first Latina mayor. Whitcombe, 58, owns a regional "
            "chain of hardware stores and chaired the Port Authority board until last year.",
            "The two finished first and second among five candidates in the Nov. 4 general "
            "election, with Delgado taking 38.5% and Whitcombe 29.1%, forcing the runoff because "
            "no candidate won a majority.",
            "The race to replace term-limited Mayor Frank Osei turned largely on housing costs "
            "and a proposed $410 million bond to rebuild the city's aging port terminals, which "
            "Delgado supports and Whitcombe has called too expensive.",
            "Turnout appeared to be higher than in the November first round, election officials "
            "said, helped by heavy early voting.",
            "The new mayor will be sworn in on Jan. 2.",
            "Advertisement",
        ]),
        _art("Gulf States Wire", "2025-12-11", [
            "PORT ELLERY, Texas (Gulf States Wire) — Thomas Whitcombe conceded the Port Ellery "
            "mayoral runoff on Thursday after the last uncounted ballots confirmed City Council "
            "member Maria Delgado's victory, making her the first Latina to lead the Gulf Coast "
            "city.",
            "Complete unofficial results released late Wednesday by the Ellery County Elections "
            "Office showed Delgado with 48,170 votes, or 51.8%, to Whitcombe's 44,830, or 48.2%, "
            "a margin of 3,340 votes.",
            "Turnout was 40.2%, with about 93,000 of the city's 231,500 registered voters casting "
            "ballots, up from 33.9% in the November first round.",
            "Late-counted mail and provisional ballots broke in Whitcombe's favor, narrowing "
            "Delgado's election-night lead of about 4,100 votes, but not by nearly enough to "
            "change the result.",
            "\"I called Council member Delgado this afternoon to congratulate her,\" Whitcombe "
            "said in a statement. \"Port Ellery is a great city, and she has my support.\"",
            "Delgado, a former teacher, campaigned on building more affordable housing and on a "
            "$410 million bond to rebuild the city's port terminals. Whitcombe, a hardware store "
            "owner and former chair of the Port Authority board, argued that the city could not "
            "afford the bond and promised to cut permit fees instead.",
            "Delgado will succeed Mayor Frank Osei, who is term-limited, when she takes office on "
            "Jan. 2. The county's commissioners court is scheduled to canvass the results on Dec. "
            "18.",
            "Her win gives the city's east side, long underrepresented at City Hall, its first "
            "mayor in more than three decades, and it was powered by a union-backed turnout drive "
            "there.",
            "(Reporting by Jorge Alvarado; Editing by Lynn Pratt)",
        ]),
        _art("KPEL 6 News", "2025-12-11", [
            "It’s official: Whitcombe concedes, Delgado to be Port Ellery’s next mayor - KPEL 6 "
            "News",
            "Posted: Dec 11, 2025 / 04:35 PM CST",
            "PORT ELLERY (KPEL) — Maria Delgado will be Port Ellery’s next mayor.",
            "Businessman Thomas Whitcombe called Delgado on Thursday afternoon to concede, his "
            "campaign said, a day after the last mail-in and provisional ballots were tallied.",
            "Final unofficial numbers from the county show Delgado won 51.8% of the vote to "
            "Whitcombe’s 48.2%. Her margin of victory: 4,340 votes.",
            "Delgado spoke to KPEL outside City Hall shortly after the call. “I’m grateful to "
            "Thomas for a hard-fought race. Now the work starts,” she said. She said her first "
            "priority would be a plan to speed up permits for affordable housing.",
            "Supporters gathered at Delgado’s campaign office on Shoreline Drive, honking horns "
            "and waving signs as the news spread.",
            "Whitcombe thanked his volunteers in a short video posted to social media. “We came "
            "up short, but we ran a campaign we can be proud of,” he said.",
            "Delgado, who was first elected to the City Council from District 3 in 2017, will be "
            "sworn in as mayor on Friday, Jan. 2. She becomes the city’s first Latina mayor.",
            "Delgado said she would name a transition team by the end of next week, led by her "
            "longtime council chief of staff, Elena Marquez.",
            "What’s next: The Ellery County commissioners will canvass the vote later this month, "
            "and the new City Council will decide whether to put the port bond on the May ballot.",
            "Watch: Delgado speaks to KPEL after Whitcombe concedes",
            "Copyright 2025 KPEL. All rights reserved.",
        ]),
        _art("The Statehouse Chronicle", "2025-12-11", [
            "In Port Ellery, a runoff that drew voters back - The Statehouse Chronicle",
            "By Annette Liu",
            "Runoffs usually bring fewer voters to the polls than the elections that come before "
            "them. Port Ellery's did the opposite.",
            "In Tuesday's mayoral runoff, which ended Thursday with businessman Thomas Whitcombe "
            "conceding to City Council member Maria Delgado, turnout reached 44.2%, well above "
            "the 33.9% recorded in the five-candidate first round on Nov. 4, according to the "
            "Ellery County Elections Office.",
            "Political scientists said the sharp contrast between the candidates and a heavily "
            "advertised fight over a $410 million port bond drove interest. \"People understood "
            "there was a real choice about what the waterfront looks like in twenty years,\" said "
            "Ramon Ibarra, who teaches political science at Ellery Community College.",
            "Delgado finished with 51.8% to Whitcombe's 48.2%, a margin of 3,340 votes. Her "
            "election-night lead shrank as late mail and provisional ballots were counted but "
            "held comfortably.",
            "The turnout gain was concentrated in two places: east side precincts, where "
            "Delgado's campaign and allied unions ran an extensive door-knocking operation, and "
            "retiree-heavy neighborhoods on the south side, which leaned toward Whitcombe.",
            "Early voting set a record for a city runoff, with more than 41,000 ballots cast in "
            "person before Election Day, county figures show.",
            "Delgado will take office Jan. 2 and inherit a budget shortfall estimated at $28 "
            "million for the coming fiscal year, according to the city's finance department.",
            "Whitcombe said in his concession statement that he would support her, and he did not "
            "rule out another run for office.",
            "Other Texas cities are watching. Runoff turnout in local races across the state has "
            "often fallen below 15%, and groups pushing to move city elections to November of "
            "even years pointed to Port Ellery as evidence that competitive races can draw voters "
            "without a change in the calendar.",
        ]),
    ], [
        ("margin", r"3,340|\b3340\b", r"4,340|\b4340\b"),
        ("turnout",
         r"(?<![\d.])40(\.2)? ?(%|percent|per cent|pct)|(?<![\d.])40\.2",
         r"(?<![\d.])44(\.2)? ?(%|percent|per cent|pct)|(?<![\d.])44\.2"),
    ]),
]
