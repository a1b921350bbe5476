"""Part SQ of the story battery.

Written by engineer SQ1 on 2026-12-06 (thirteenth session, third batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SQ`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SQ", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SQ1", "trade", [
        _art("Meridian Newswire", None, [
            "COPENHAGEN, Nov 16 (Meridian Newswire) — The United States and China agreed on "
            "Sunday to extend their tariff truce by another 12 months and to halve a "
            "fentanyl-linked levy on Chinese goods, after a session in the Danish capital that "
            "lasted roughly five hours, officials from both sides said.",
            "Treasury Secretary Scott Bessent, who led the U.S. delegation alongside U.S. Trade "
            "Representative Jamieson Greer, spoke to reporters on the steps of the Eigtveds "
            "Pakhus conference center shortly after the meeting broke up.",
            "\"We have a very substantial framework, and both sides leave this room with "
            "something to show,\" Bessent said. He declined to say whether the text had been "
            "signed.",
            "Under the arrangement, Washington will lower the tariff it imposed over fentanyl "
            "flows from 20% to 10%. By Meridian's calculations that brings the average U.S. "
            "tariff on Chinese imports down to about 47% from roughly 57%.",
            "The Chinese side was headed by Vice Premier He Lifeng. Li Chenggang, China's "
            "international trade representative and vice minister of commerce, described the "
            "discussions as \"candid, in-depth and constructive\" and said the two teams had "
            "reached a basic consensus on the remaining points.",
            "Beijing will suspend for one year the sweeping rare earth export controls it "
            "announced on Oct. 9, and will buy 12 million metric tons of U.S. soybeans before the "
            "end of this year, followed by at least 25 million tons a year in 2026, 2027 and "
            "2028, according to a fact sheet circulated by the White House.",
            "The truce, first struck in Geneva in May, will now run until Nov. 10, 2026.",
            "Sunday's meeting was the sixth face-to-face round since the spring, after Geneva, "
            "London, Stockholm, Madrid and Kuala Lumpur. The U.S. goods trade deficit with China "
            "stood at $295.4 billion last year, official data show.",
            "U.S. stock futures rose 0.6% in early Asian trading on Monday, while Chicago soybean "
            "futures touched their highest level in more than a year.",
            "President Donald Trump is expected to travel to Beijing in April, with Chinese "
            "President Xi Jinping making a return visit to the United States later in 2026.",
            "\"This is a truce with a longer fuse, not a peace treaty,\" said Mara Lindqvist, a "
            "trade fellow at the Atlantic Policy Forum in Washington. \"The structural complaints "
            "on both sides have not gone anywhere.\"",
            "(Reporting by Daniel Osei in Copenhagen; additional reporting by Wen Liu in Beijing; "
            "editing by Paul Hart)",
        ]),
        _art("The Sydney Ledger", None, [
            "Skip to content",
            "US and China stretch trade truce to a year, soybean deal a worry for growers | The "
            "Sydney Ledger",
            "By Fiona McAllister, Economics Correspondent",
            "Share on Facebook   Share on X   Email",
            "Washington and Beijing have extended their fragile trade ceasefire until November "
            "10, 2026, after a meeting in Copenhagen on Sunday that negotiators said ran for five "
            "hours and 10 minutes.",
            "US Treasury Secretary Scott Bessent and China's Vice-Premier He Lifeng led the "
            "talks, which were held at a waterside conference centre run by Denmark's Ministry of "
            "Foreign Affairs.",
            "\"We have a very substantial framework, and both sides leave this room with "
            "something to show,\" Mr Bessent told reporters afterwards.",
            "The US will cut the so-called fentanyl tariff on Chinese imports from 20 per cent to "
            "10 per cent, a reduction of 10 percentage points that trims the average American "
            "duty on Chinese goods to around 47 per cent, from about 57 per cent.",
            "Advertisement",
            "For Australia, the bigger story may be agricultural. China has committed to buying "
            "12 million tonnes of American soybeans by the end of 2025 and 25 million tonnes a "
            "year over the following three years, a pledge that locks in a large slice of Chinese "
            "demand for one supplier.",
            "\"Soybeans aren't our crop, but any deal that hard-wires purchases from one country "
            "changes the shape of the whole market,\" said Tom Barrett, chief executive of the "
            "Southern Grains Alliance. \"Our members will be looking closely at what else Beijing "
            "has promised to buy.\"",
            "Beijing also agreed to pause for 12 months the expanded rare earth export controls "
            "it unveiled on October 9. Shares in ASX-listed rare earths producers, which had "
            "rallied on hopes that Western buyers would turn to non-Chinese supply, slid in early "
            "trade on Monday.",
            "Both countries will also suspend, for a year, the special port fees they began "
            "charging each other's ships in October.",
            "The agreement clears the way for US President Donald Trump to visit Beijing in "
            "April, the first trip by an American president to China since 2017.",
            "Read more: Reserve Bank keeps cash rate on hold as inflation lingers",
            "Related coverage\nIron ore slips as Chinese steel output falls for fifth month\nWhat "
            "the US-China truce means for your super",
            "Fiona McAllister is the Ledger's economics correspondent. She previously reported "
            "from Hong Kong and Singapore.",
        ]),
        _art("The Bombay Chronicle Online", None, [
            "We use cookies to improve your experience. By continuing to browse, you agree to our "
            "Cookie Policy. Accept",
            "US, China extend trade truce by a year after Copenhagen talks - The Bombay Chronicle",
            "Written by Chronicle Business Desk",
            "The United States and China on Sunday agreed to extend their trade truce for another "
            "year, following talks in Copenhagen between a US team led by Treasury Secretary "
            "Scott Bessent and a Chinese delegation headed by Vice Premier He Lifeng.",
            "\"We have a very substantial framework, and both sides leave this room with "
            "something to show,\" US Trade Representative Jamieson Greer told reporters after the "
            "meeting.",
            "China's Commerce Minister Li Chenggang, who was part of the Chinese team, called the "
            "discussions \"candid, in-depth and constructive\".",
            "Under the deal, Washington will reduce its fentanyl-related tariff on Chinese "
            "imports from 20% to 10%. China, in turn, will suspend for one year the export curbs "
            "on rare earth elements that it announced on October 9, and will buy 12 million "
            "tonnes of US soybeans this year.",
            "The two sides had last met in Kuala Lumpur in late October, days before US President "
            "Donald Trump and Chinese President Xi Jinping held their meeting in Busan, South "
            "Korea, on October 30. Sunday's session was meant to turn the understanding reached "
            "there into written commitments.",
            "Also read: Sensex ends 310 points higher as IT stocks gain",
            "The outcome will be watched closely in New Delhi. Indian exporters still face a 50% "
            "US tariff on a wide range of goods, made up of a 25% reciprocal duty and a further "
            "25% penalty linked to India's purchases of Russian oil. Textile and gem exporters in "
            "Surat and Tiruppur have complained that Chinese rivals now enjoy a lower overall "
            "rate.",
            "\"If China gets a one-year runway and we are still negotiating, our exporters lose "
            "orders they may never get back,\" said Ravi Sethuraman, president of the Federation "
            "of Textile Exporters of South India.",
            "India's commerce ministry said last week that negotiations on the first tranche of a "
            "bilateral trade agreement with the United States were \"at an advanced stage\". "
            "Officials have not given a date for the next round.",
            "Trade economists said the extension would reduce volatility in global shipping rates "
            "and in prices of electronic components, which many Indian assemblers import from "
            "China.",
            "Advertisement",
            "The Chronicle Business Desk tracks markets, trade policy and the economy. Follow us "
            "on X and LinkedIn.",
        ]),
        _art("Hibernian Business Post", None, [
            "US and China agree to keep tariff truce for another year",
            "By Ciarán Dempsey",
            "File photo: Containers stacked at the port of Qingdao in eastern China. Photograph: "
            "Getty Images",
            "Negotiators from the world's two largest economies emerged from more than seven "
            "hours of talks in Copenhagen on Sunday with an agreement to keep their tariff truce "
            "in place for a further year.",
            "The US side was led by Treasury Secretary Scott Bessent; Beijing's by Vice-Premier "
            "He Lifeng. China's international trade representative, Li Chenggang, said afterwards "
            "that the discussions had been \"candid, in-depth and constructive\".",
            "The truce, which had been due to lapse, will now run to 10 November 2026. As part of "
            "the package, Washington is halving its 20 per cent \"fentanyl\" tariff on Chinese "
            "goods to 10 per cent, while Beijing is shelving for a year the rare earth export "
            "controls it announced in October.",
            "Sign up to our Business Briefing newsletter",
            "For Irish exporters the direct effect is modest. Most Irish goods going to the "
            "United States fall under the EU-US framework agreed in July, which set a 15 per cent "
            "ceiling on tariffs for the majority of European products, including pharmaceuticals.",
            "But the indirect effects could be significant. Irish-based multinationals in medical "
            "devices and electronics rely on Chinese components, and the rare earth controls had "
            "already caused delays for several manufacturers in the midlands and the west.",
            "\"A year is an eternity in this trade war, and that is exactly why it matters,\" "
            "said Dr Niamh Kearney, chief economist at Liffey Economics. \"Companies can now plan "
            "orders beyond Christmas, which they could not do a month ago.\"",
            "Not everyone is convinced the calm will last. Officials in Brussels privately worry "
            "that Chinese goods diverted from the American market will be pushed into Europe at "
            "lower prices, and the European Commission has opened several anti-dumping cases this "
            "year.",
            "The Copenhagen meeting was the latest in a series of rounds that began in Geneva in "
            "May. Danish officials, who hosted the talks, said they had been asked to provide the "
            "venue less than a fortnight ago.",
            "Advertisement",
            "Ciarán Dempsey is Business Post's international economics editor.",
        ]),
    ], [
        ("duration",
         r"\b5 ?(hours?|hrs?|h\b)|five[- ]hours?|\b5h\d|310 ?min",
         r"\b7 ?(hours?|hrs?|h\b)|seven[- ]hours?"),
        ("title",
         r"vice[- ]minister|vice commerce minister|international trade representative",
         r"(?<!vice )(?<!vice-)\b(commerce minister|minister of commerce)"),
        ("quote_speaker",
         r"bessent",
         r"greer"),
    ]),
    _story("court-SQ2", "court", [
        _art("Albion Press Association", None, [
            "LONDON (APA) – The UK Supreme Court on Wednesday upheld a £48.5 million penalty "
            "imposed on Thameside Water by the regulator Ofwat, rejecting by a majority of four "
            "to one the company's argument that the fine had been calculated unlawfully.",
            "Five justices heard the appeal over two days in November. Lady Ashworth gave the "
            "lead judgment, with which Lord Pemberton, Lady Okafor and Lord Brannigan agreed. "
            "Lord Carrow dissented.",
            "\"Parliament plainly intended the regulator to have a penalty power with teeth, and "
            "it is not for the courts to blunt it,\" Lady Ashworth wrote.",
            "Ofwat imposed the penalty in August 2024 after an investigation found that Thameside "
            "had failed to operate 67 wastewater treatment works properly between 2017 and 2021, "
            "leading to unpermitted discharges of sewage into rivers and coastal waters in Kent "
            "and Essex.",
            "The company did not contest the findings of fact. Its appeal turned on a narrower "
            "point: whether Ofwat had been entitled to include revenue from Thameside's "
            "unregulated subsidiaries when working out the maximum fine, which is capped at 10% "
            "of a company's relevant turnover.",
            "The majority held that the regulator's reading of the statute was correct. In his "
            "dissent, Lord Carrow said he would have sent the penalty back to Ofwat to be "
            "recalculated, arguing that its approach \"strains the statutory language beyond what "
            "it can bear\".",
            "Thameside must now pay the penalty within 28 days. Ofwat has ruled that the cost "
            "must be met by shareholders and may not be passed on to customers through bills.",
            "Mairead Quinlan, Ofwat's chief executive, said: \"Today's judgment ends years of "
            "delay. Companies that pollute our rivers should expect to pay, and they should not "
            "expect to litigate their way out of it.\"",
            "A spokesperson for Thameside said: \"We accept the court's decision and have already "
            "made full provision for the penalty in our accounts. We are investing record sums to "
            "improve our treatment works.\"",
            "Thameside, which supplies water and wastewater services to about 2.1 million "
            "customers, is owned by a consortium of pension funds and infrastructure investors. "
            "It has been under pressure from ratings agencies over its debt levels since last "
            "year.",
            "The ruling is the first time the Supreme Court has considered how Ofwat's fining "
            "powers should be applied to a company with significant unregulated business.",
            "APA jt/mk",
        ]),
        _art("The Medway Messenger Online", None, [
            "Menu   Home   News   Sport   What's On   Jobs   Property   Subscribe",
            "Thameside Water loses Supreme Court fight over £48.5m sewage fine | Medway Messenger",
            "By Rachel Tomkins, Local Democracy Reporter",
            "Thameside Water has lost its final legal bid to overturn a £48.5 million fine for "
            "sewage failures that campaigners say blighted the Medway and other Kent rivers for "
            "years.",
            "Britain's highest court ruled against the company by a majority of three to two on "
            "Wednesday, bringing to an end a legal battle that has run since the regulator first "
            "announced the penalty.",
            "Campaigners at a protest outside Thameside's Maidstone offices last year. Picture: "
            "Medway Messenger",
            "The regulator's investigation covered 67 treatment works, including sites at Strood "
            "and Aylesford, where residents have long complained of foul smells and brown water "
            "in the river after heavy rain.",
            "Sue Hollingsworth, who founded the campaign group Medway River Watch, said she cried "
            "when she heard the news.",
            "\"This money should be spent fixing the pipes, not paying lawyers,\" she said. \"We "
            "have been taking water samples off Rochester Bridge every week for four years. Today "
            "somebody finally listened.\"",
            "Advertisement",
            "Ofwat has said the fine must not be added to customers' bills, a point welcomed by "
            "local councillors. Bills for Thameside's household customers rose by an average of "
            "24% in April 2025, one of the steepest increases in the country.",
            "Cllr Martin Adebayo, Medway Council's cabinet member for the environment, said: "
            "\"People in Chatham and Gillingham have been paying more and more for a worse and "
            "worse service. I hope this judgment changes that.\"",
            "Thameside, which serves around two million homes and businesses across Kent and "
            "Essex, said it accepted the court's decision and had already set aside the money.",
            "A company spokesperson added that it was spending more than ever on upgrades, "
            "including a new storm tank at Aylesford which is due to be finished next spring.",
            "The Environment Agency said it was continuing a separate criminal investigation into "
            "discharges from two of the company's sites.",
            "Most read\n1. Rochester Bridge lane closure extended until summer\n2. Gillingham "
            "boss praises 'outstanding' second half\n3. Plans for 400 homes near Hoo approved",
            "Cookie settings   Privacy   Contact us",
        ]),
        _art("Utility Insider", None, [
            "Supreme Court backs Ofwat on Thameside penalty - Utility Insider",
            "Analysis | Regulation | Water",
            "The Supreme Court has dismissed Thameside Water's appeal against the £45.8m penalty "
            "imposed by the Water Services Regulation Authority in August 2024, handing the "
            "regulator a significant win on how it calculates fines.",
            "Four of the five justices sided with Ofwat. Lord Carrow dissented.",
            "The case centred on the definition of \"relevant turnover\", the figure used to set "
            "the statutory cap on penalties at 10% of turnover. Thameside argued that income from "
            "its non-appointed activities, including a property arm and a laboratory testing "
            "business, should have been left out of the calculation. Had it succeeded, the "
            "ceiling on the fine would have fallen substantially.",
            "In the lead judgment, Lady Ashworth wrote that Parliament \"clearly intended the "
            "regulator to have a penalty power with teeth\". She added that a narrow reading "
            "would allow groups to reduce their exposure simply by moving activities into "
            "separate companies.",
            "Thameside has also been ordered to pay Ofwat's legal costs, which are estimated at "
            "£2.3m.",
            "The judgment caps a run of defeats for the company. The High Court dismissed its "
            "challenge in February 2025 and the Court of Appeal did the same in July 2025, before "
            "the Supreme Court heard the case over two days in November.",
            "What it means for the sector",
            "Lawyers said the decision would strengthen Ofwat's hand in several pending "
            "enforcement cases, and in the hands of whatever body eventually replaces it. The "
            "government has said it intends to merge the economic and environmental regulation of "
            "water into a single new regulator, following the Independent Water Commission's "
            "review last summer.",
            "\"Companies hoping to ring-fence non-regulated revenue from penalty calculations "
            "will need to think again,\" said Harriet Vane, a regulatory partner at Coyle & "
            "Marsh. \"The court has closed that door quite firmly.\"",
            "Analysts at Fenwick Ratings said the penalty was manageable for Thameside but that "
            "the costs order and the loss of the argument on turnover added to pressure on its "
            "credit profile.",
            "Related: Ofwat consults on new performance commitments for 2030-35 | Storm overflow "
            "spills fell 8% last year, data show",
            "Subscribe to Utility Insider Daily for the latest on water, energy and telecoms "
            "regulation.",
        ]),
        _art("Essex Riverside Gazette", None, [
            "Supreme Court rules Thameside must pay £48.5m sewage fine",
            "By Tom Beckwith",
            "Photo: The River Chelmer near Maldon, one of the waterways affected. Courtesy Essex "
            "Rivers Trust",
            "A £48.5m fine for sewage pollution handed to Thameside Water must stand, the Supreme "
            "Court has ruled.",
            "In a 4-1 decision delivered on Wednesday 11 March, the court rejected the company's "
            "claim that Ofwat had miscalculated the penalty by counting money earned by other "
            "parts of its business.",
            "Lord Hadley, the only justice to dissent, said he would have asked the regulator to "
            "look at the figure again.",
            "For anglers and paddlers on the Chelmer and the Blackwater, the ruling is a "
            "vindication. Several Essex treatment works were among those named in the regulator's "
            "investigation.",
            "\"We've had dead fish, we've had algae, we've had warnings not to let dogs in the "
            "water,\" said Graham Pryce, chair of the Maldon Angling Association. \"A fine "
            "doesn't clean a river, but it tells the company that somebody is keeping score.\"",
            "Advertisement",
            "Ofwat's chief executive, Mairead Quinlan, said the judgment ended \"years of delay\" "
            "and sent a message that polluters \"should not expect to litigate their way out\" of "
            "penalties.",
            "The company, which lost earlier appeals in the High Court and the Court of Appeal, "
            "now has 28 days to pay. It said it accepted the decision.",
            "The money will go to the Treasury rather than to river restoration, something local "
            "campaigners say should change. Essex Rivers Trust has written to the environment "
            "secretary asking for penalty income to be ring-fenced for clean-up work in the areas "
            "affected.",
            "Share this article   Facebook   X   WhatsApp",
            "Tom Beckwith covers environment and local government for the Gazette. Got a story? "
            "Email newsdesk@riversidegazette.example",
        ]),
    ], [
        ("majority",
         r"\b4 ?(-|–|to) ?1\b|four[- ]to[- ]one|four of (the )?five|four justices",
         r"\b3 ?(-|–|to) ?2\b|three[- ]to[- ]two|three of (the )?five|three justices"),
        ("fine",
         r"48\.5 ?(m\b|mn|million)|48,500,000",
         r"45\.8 ?(m\b|mn|million)|45,800,000"),
        ("dissenter",
         r"carrow",
         r"hadley"),
    ]),
    _story("cb-SQ3", "central bank", [
        _art("Transoceanic Wire", "2026-02-06", [
            "MUMBAI, Feb 6 (Transoceanic) - The Reserve Bank of India cut its key repo rate by 25 "
            "basis points to 5.00% on Friday, citing inflation running well below its target, and "
            "kept its neutral policy stance, leaving the door open to further easing.",
            "All six members of the monetary policy committee (MPC) voted for the cut, Governor "
            "Sanjay Malhotra said in a statement announced at 10 a.m. (0430 GMT).",
            "The RBI lowered its forecast for consumer price inflation in the fiscal year ending "
            "in March to 1.8% from 2.0%, and raised its estimate for economic growth in the same "
            "year to 7.4% from 7.3%.",
            "With the move, the standing deposit facility rate adjusts to 4.75%, while the "
            "marginal standing facility rate and the bank rate move to 5.25%.",
            "The central bank has now lowered rates by a cumulative 150 basis points since "
            "February 2025, when it began its easing cycle from 6.50%.",
            "\"The growth-inflation balance continues to offer policy space, and we have chosen "
            "to use it,\" Malhotra said, adding that the committee would remain \"watchful\" of "
            "food prices and of the rupee.",
            "Retail inflation was 1.1% in December, below the lower end of the RBI's tolerance "
            "band of 2% to 6% around its 4% medium-term target. It has stayed under 2% for six "
            "straight months, largely because of falling vegetable and pulse prices.",
            "Thirty-eight of 52 economists polled by Transoceanic last week had expected a cut, "
            "with the rest predicting a pause.",
            "India's benchmark 10-year bond yield fell 4 basis points to 6.48% after the "
            "decision, while the rupee was little changed at 90.35 per dollar. The blue-chip "
            "Nifty 50 index edged up 0.3%.",
            "\"The RBI has front-loaded easing, and this may well be the last cut of the cycle "
            "unless growth disappoints sharply,\" said Kunal Desai, chief India economist at "
            "Harbourline Securities in Mumbai.",
            "The MPC's next meeting is scheduled for April 6-8.",
            "(Reporting by Meera Iyer and Sahil Batra; Editing by Janet Crowe)",
        ]),
        _art("The Deccan Ledger", "2026-02-06", [
            "RBI cuts repo rate to 5%, loan EMIs set to fall | The Deccan Ledger",
            "By Arjun Menon | Mumbai",
            "Follow us on WhatsApp for the latest business news",
            "Borrowers have reason to cheer. The Reserve Bank of India on Friday lowered the repo "
            "rate by 25 bps to 5 per cent, the fifth reduction in a year, as inflation stays at "
            "record lows.",
            "The decision of the six-member Monetary Policy Committee was unanimous, Governor "
            "Sanjay Malhotra said while announcing the policy at 10 am. The committee also kept "
            "its stance neutral.",
            "The RBI cut its CPI inflation projection for 2025-26 to 1.8 per cent, from 2 per "
            "cent earlier. For the first quarter of 2026-27, inflation is now projected at 3.9 "
            "per cent, as the favourable base effect from last year's falling food prices wears "
            "off.",
            "\"The growth-inflation balance continues to provide policy space and we have used "
            "it,\" Malhotra said in his address.",
            "Advertisement",
            "What it means for your home loan",
            "Loans linked to the repo rate, which now make up the bulk of new home loans, will "
            "reprice at the next reset date. On a ₹50 lakh loan over 20 years, a cut of 25 bps "
            "from 8 per cent to 7.75 per cent lowers the monthly instalment by roughly ₹775, "
            "according to the Ledger's calculations.",
            "Bankers said they expected most large lenders to pass on the cut within weeks. "
            "\"Deposit rates have already come down, so the margin pressure is manageable,\" said "
            "a senior executive at a public sector bank, who asked not to be named.",
            "Depositors, on the other hand, may see fixed deposit rates slip further. Senior "
            "citizens who rely on interest income have seen one-year FD rates fall by nearly a "
            "percentage point since early 2025.",
            "Also Read: Budget 2026: Fiscal deficit target set at 4.3% of GDP",
            "Real estate developers welcomed the move. The Confederation of Real Estate "
            "Developers' Associations of India said lower rates would support demand in the "
            "affordable housing segment, where sales have been weak.",
            "The MPC will next meet from April 6 to 8.",
            "Arjun Menon is a senior correspondent covering banking and monetary policy.",
        ]),
        _art("Gilt Edge Blog", "2026-02-06", [
            "RBI cuts again: what it means for rupee bonds – Gilt Edge",
            "Posted by Hugh Farrant",
            "The Reserve Bank of India trimmed its policy repo rate by a quarter of a percentage "
            "point to 5% this morning, with the decision released at 06:30 GMT. The vote was "
            "unanimous and the stance stays neutral.",
            "That takes the total easing since February 2025 to 1.5 percentage points, which is a "
            "lot of ground for a central bank that spent most of 2024 warning about sticky food "
            "inflation.",
            "The growth numbers explain why Mint Road felt able to move. The RBI raised its GDP "
            "growth forecast for this fiscal year to 7.4%, from 7.3%, and Governor Sanjay "
            "Malhotra sounded relaxed about the outlook.",
            "For bond investors, the reaction was orderly. The 10-year government bond yield fell "
            "4bp to 6.48%, and the curve steepened a touch as the market priced in a longer pause "
            "from here. Foreign holdings of index-eligible bonds, which have grown steadily since "
            "JPMorgan added Indian debt to its flagship emerging markets index in June 2024, rose "
            "again in January.",
            "Compare that with the Bank of England, which left Bank Rate at 3.75% on Thursday. "
            "The gap between Indian and UK policy rates has narrowed to 1.25 percentage points, "
            "the smallest since the early 2010s.",
            "\"The carry is thinner, but the direction of travel is friendly,\" said Priya "
            "Raghunathan, emerging markets strategist at Cheapside Capital in London. \"If you "
            "believe inflation stays below 4% this year, the long end still looks good value.\"",
            "Three things to watch:",
            "1. Food prices. Vegetable inflation has been deeply negative, and a poor spring "
            "harvest could flip it quickly.\n2. The rupee. It has been managed tightly around 90 "
            "per dollar; a weaker currency would limit further cuts.\n3. Government borrowing. "
            "The budget set a larger gross borrowing figure than the market had expected.",
            "The MPC next meets on 7–9 April.",
            "Hugh Farrant writes about emerging-market debt. He holds no positions in the "
            "securities mentioned.",
            "Comments (4)   Share   Print",
        ]),
        _art("Marine Drive Money", "2026-02-07", [
            "Explained: Why the RBI cut rates with inflation at 1.1%",
            "Marine Drive Money | Economy",
            "Photo: The Reserve Bank of India headquarters on Mint Road, Mumbai. File photo",
            "Friday's 25 bps cut took the repo rate to 5.00%, and the Reserve Bank's own "
            "projections show why the Monetary Policy Committee felt it had room to act.",
            "The central bank now sees CPI inflation averaging 1.3 per cent in 2025-26, far below "
            "its 4 per cent target. December's reading was 1.1 per cent, and inflation has spent "
            "half a year below the lower edge of the tolerance band.",
            "At the same time, growth is holding up. The RBI raised its GDP growth forecast for "
            "the year to 7.4 per cent from 7.3 per cent, citing strong rural consumption and a "
            "pick-up in private investment.",
            "The corridor moves with the repo: the standing deposit facility rate is now 4.75 per "
            "cent, and the marginal standing facility rate 5.25 per cent.",
            "Advertisement",
            "At the post-policy press conference, Governor Sanjay Malhotra pushed back against "
            "the idea that low inflation was permanent. \"Low inflation is not a reason for "
            "complacency. Food prices can turn quickly, and we have seen that many times,\" he "
            "said.",
            "The RBI also announced open market purchases of government bonds worth ₹1 lakh "
            "crore, spread over four tranches, to keep banking system liquidity in surplus.",
            "Equity markets took the decision in their stride. The Sensex gained 0.4 per cent on "
            "Friday, led by banks and real estate stocks, while rate-sensitive auto shares also "
            "rose.",
            "Economists are split on whether the RBI will go again. \"With real rates still "
            "positive and growth strong, the bar for another cut is now higher,\" said Anjali "
            "Kulkarni, an economist at Western Coast Bank.",
            "Read next: Gold prices in Mumbai today | Top 5 fixed deposit rates for senior "
            "citizens",
        ]),
    ], [
        ("clock_time",
         r"\b10(:00|\.00)? ?a\.?\s?m|\b10:00\b|04:?30|\b0430\b|4:30",
         r"06:?30|\b6:30|\b6\.30|\b0630\b"),
        ("forecast",
         r"(?<![\d.])1\.8 ?(%|per ?cent|pct|percent)",
         r"(?<![\d.])1\.3 ?(%|per ?cent|pct|percent)"),
        ("next_meeting",
         r"april 6|2026-04-0[68]|\b6(th)? april|\b6 ?(-|–|to) ?8\b|april 8|\b8(th)? april",
         r"april 7|2026-04-0[79]|\b7(th)? april|\b7 ?(-|–|to) ?9\b|april 9|\b9(th)? april"),
    ]),
    _story("rocket-SQ4", "rocket", [
        _art("Gulf Coast Wire", None, [
            "STARBASE, Texas (Gulf Coast Wire) — SpaceX launched the first of its upgraded "
            "Starship rockets on Tuesday evening, sending the giant vehicle halfway around the "
            "world on a suborbital test flight that ended with the ship splashing down in the "
            "Indian Ocean some 66 minutes after liftoff.",
            "The rocket lifted off at 6:28 p.m. CDT (2328 GMT) from the company's launch site "
            "near Boca Chica Beach, on the southern tip of Texas. It was the 12th flight of the "
            "Starship system and the first of the taller \"Version 3\" design, which SpaceX says "
            "will eventually carry crews and cargo to the moon for NASA.",
            "The Super Heavy first stage, Booster 18, fired its 33 Raptor engines for about two "
            "and a half minutes before separating from the upper stage. Instead of returning to "
            "be caught by the launch tower's mechanical arms, it performed a planned splashdown "
            "in the Gulf of America, a short distance off the coast.",
            "The upper stage, Ship 39, continued into space, released eight dummy Starlink "
            "satellites from a slot-shaped door in its side, and briefly relit one of its Raptor "
            "engines, a maneuver SpaceX must master before it can bring ships back to land.",
            "\"Splashdown confirmed — what a way to open the V3 era,\" Lena Ortiz, a SpaceX "
            "engineer, said on the company's live webcast as cheers broke out in the control room.",
            "Elon Musk, SpaceX's chief executive, wrote on his social media platform X that the "
            "next flight would attempt to catch the booster again.",
            "The V3 stack stands about 124 meters tall and carries more propellant than earlier "
            "versions. The Federal Aviation Administration issued the launch license on April 2.",
            "The previous flight, in October 2025, was the last of the second-generation vehicles "
            "and also ended with a controlled splashdown after a series of failures earlier in "
            "the year.",
            "NASA has paid SpaceX billions of dollars under its lunar lander contract and is "
            "watching the program's pace closely. The agency's acting administrator has said he "
            "wants the lander ready for a crewed moon landing before the end of the decade.",
            "SpaceX did not say when Flight 13 would fly.",
        ]),
        _art("The Brisbane Examiner", None, [
            "Musk's bigger Starship nails its debut flight | The Brisbane Examiner",
            "By Chloe Nguyen, Science Reporter",
            "Loading...",
            "SpaceX's new-generation Starship has completed its first test flight, lifting off "
            "from south Texas at 9.28am AEST on Wednesday and splashing down in the Indian Ocean, "
            "west of Australia, just over 75 minutes after lift-off.",
            "The world's most powerful rocket, now about 124 metres tall in its upgraded form, "
            "flew a path similar to previous tests but carried new engines and a redesigned "
            "propellant system.",
            "Its first stage, known as Booster 18, separated from the ship minutes after launch "
            "and came down in the ocean off Texas as planned.",
            "The upper stage went on to release eight dummy Starlink satellites and relight one "
            "of its six Raptor engines in space before plunging back through the atmosphere, with "
            "cameras on board capturing the glow of superheated plasma around its heat shield.",
            "Advertisement",
            "Dr Imogen Walsh, a space engineer at UNSW Canberra, said the flight was an important "
            "step for a vehicle that had a difficult 2025.",
            "\"What you want from a debut of a new version is a boring flight, and this was as "
            "boring as a 124-metre rocket can be,\" she said. \"That's high praise.\"",
            "The test is being watched closely in Australia, where a small but growing launch "
            "industry is trying to get off the ground.",
            "Gold Coast-based Gilmour Space's Eris rocket, the first Australian-designed orbital "
            "rocket launched from home soil, lifted off from its Bowen spaceport in north "
            "Queensland in July 2025 but fell back to the ground about 14 seconds after launch. "
            "The company is preparing a second attempt.",
            "\"Starship is on a completely different scale, but the lesson is the same: you fly, "
            "you learn, you fly again,\" Dr Walsh said.",
            "Share   Facebook   X   Email",
            "More in Science\nRare marsupial spotted in Lamington National Park for first time in "
            "decades\nWhy the Brisbane River is getting warmer",
        ]),
        _art("Orbital Ledger", None, [
            "Flight 12 recap: the V3 Starship's debut, minute by minute — Orbital Ledger",
            "Monday's launch from Starbase marked the debut of Starship V3, and by almost any "
            "measure SpaceX got the clean test it was looking for. Here is how the flight "
            "unfolded.",
            "Liftoff and ascent. Booster 18 lit all 33 of its Raptor 3 engines and cleared the "
            "tower at full thrust. Main engine cutoff came at roughly T+2:40, followed by hot "
            "staging, in which Ship 39 ignites its own engines while still attached to the "
            "booster.",
            "Booster return. After a boostback burn, the booster headed back toward the coast and "
            "splashed down in the Gulf of Mexico at about T+7 minutes. SpaceX had said before the "
            "flight that it would not attempt a tower catch with the first V3 booster.",
            "Ship in space. The ship's engines shut down at about T+8:50. Around T+19 minutes it "
            "opened its payload door and deployed eight Starlink simulators, which are roughly "
            "the size and weight of the next generation of satellites and burn up on reentry. At "
            "about T+37 minutes, one sea-level Raptor was relit for a short burn.",
            "Reentry and splashdown. Entry interface came at about T+47 minutes. Heat shield "
            "tiles appeared to hold up well, although some flap edges showed scorching on the "
            "onboard video. The ship flipped and landed in the Indian Ocean about an hour and six "
            "minutes after liftoff, then tipped over and exploded as expected.",
            "\"Splashdown confirmed. What a way to kick off the V3 era,\" SpaceX engineer Lena "
            "Ortiz said on the webcast.",
            "What changed in V3",
            "The new booster uses grid fins that have been moved lower and reduced from four to "
            "three, a redesigned hot-staging ring that is now part of the booster, and Raptor 3 "
            "engines, which need less external plumbing and heat shielding.",
            "What's next",
            "SpaceX wants to attempt a booster catch on the next flight, and to begin orbital "
            "flights with ship recovery later this year. Propellant transfer between two ships in "
            "orbit, a key milestone for NASA's Artemis program, is unlikely before 2027.",
            "Related coverage: Blue Origin's New Glenn readies third launch | ESA picks two firms "
            "for cargo return study",
            "Subscribe to the Orbital Ledger newsletter — no spam, just launches.",
        ]),
        _art("Caledonian Broadcasting", None, [
            "SpaceX's upgraded Starship completes first test flight - Caledonian Broadcasting News",
            "By Ewan Strachan, Science correspondent",
            "The latest version of SpaceX's Starship, the most powerful rocket ever built, has "
            "completed its first test flight.",
            "It lifted off from Starbase in Texas at 00:28 BST on Wednesday (18:28 local time on "
            "Tuesday), and its upper stage later came down as planned in the Indian Ocean.",
            "The Super Heavy first stage, Booster 19, separated as planned and splashed down off "
            "the Texas coast rather than being caught by the launch tower.",
            "The upgraded rocket is some 124m (407ft) tall. Along the way the ship released eight "
            "dummy satellites, mock-ups of the Starlink internet satellites that SpaceX hopes one "
            "day to launch in large numbers on Starship.",
            "Image caption: Starship rising from the launch pad at Starbase, Texas. Credit: SpaceX",
            "The company has had a mixed record with the system. Three test flights in the first "
            "half of 2025 ended with the loss of the ship, and one vehicle exploded on a test "
            "stand in June of that year. The last two flights of the older design, in August and "
            "October, were successful.",
            "Prof Alasdair Munro, an aerospace engineer at the University of Strathclyde, said "
            "the flight showed that SpaceX had learned from those failures.",
            "\"The V2 ships had problems with leaks and engine bay fires. If this one has sorted "
            "those out, the programme can move much faster,\" he said.",
            "The test will also be followed closely in Scotland. SaxaVord Spaceport, on the "
            "island of Unst in Shetland, is preparing for what it hopes will be the first "
            "vertical orbital launch from UK soil, by the German company Rocket Factory Augsburg.",
            "Starship is far larger than anything planned for Shetland, but Prof Munro said its "
            "progress affected the whole industry by pushing down launch prices.",
            "Related Internet Links\nSpaceX\nFederal Aviation Administration",
        ]),
    ], [
        ("booster",
         r"booster 18\b|\bb18\b|booster-18\b",
         r"booster 19\b|\bb19\b|booster-19\b"),
        ("weekday",
         r"tuesday|april 7|7 april|2026-04-07",
         r"monday"),
        ("splashdown_time",
         r"(?<![\d.])66 ?(min|minutes)|hour and (six|6) min|1 ?h(ou)?r?s? ?(and )?(6|six) ?min|"
         r"1:06",
         r"(?<![\d.])75 ?(min|minutes)|hour and (a quarter|15|fifteen)|1 ?h(ou)?r?s? ?(and )?(15|"
         r"fifteen) ?min|1:15"),
    ]),
    _story("quake-SQ5", "earthquake", [
        _art("Continental Press", "2026-01-18", [
            "KATHMANDU, Nepal (CP) — A strong earthquake shook central Nepal before dawn on "
            "Sunday, killing at least 23 people, injuring about 140 and flattening hundreds of "
            "houses in hill villages, officials said.",
            "The magnitude 6.4 quake struck at 4:52 a.m. local time (2307 GMT Saturday) near the "
            "town of Besisahar in Lamjung district, about 120 kilometers (75 miles) northwest of "
            "the capital, Kathmandu, according to the U.S. Geological Survey. It was centered at "
            "a depth of 10 kilometers.",
            "Most of the dead were in Lamjung and neighboring Gorkha district, where many "
            "families live in stone-and-mud homes that offer little protection in strong shaking.",
            "\"Rescue teams are walking to some villages because landslides have blocked the "
            "roads,\" Home Ministry spokesperson Ramesh Adhikari told Continental Press by phone. "
            "\"We expect the number of casualties to rise.\"",
            "The army and armed police deployed helicopters from Pokhara to carry the injured to "
            "hospitals. Television footage showed residents sifting through rubble with their "
            "bare hands and sheltering in tents in the cold.",
            "A magnitude 5.1 aftershock rattled the same area about two hours after the main "
            "quake, sending people who had returned to their homes running into the streets again.",
            "The shaking was felt strongly in Kathmandu and Pokhara, and as far away as Lucknow "
            "and Patna in neighboring India, where residents in high-rise buildings reported "
            "swaying.",
            "Nepal sits on the boundary where the Indian tectonic plate pushes beneath the "
            "Eurasian plate, which has built the Himalayas and makes the country one of the most "
            "earthquake-prone in the world.",
            "In 2015, a magnitude 7.8 earthquake centered in Gorkha district killed nearly 9,000 "
            "people and destroyed or damaged more than half a million homes. Many buildings in "
            "the region were rebuilt under stricter codes, but engineers say enforcement in "
            "remote districts remains patchy.",
            "Officials said the international airport in Kathmandu was operating normally and "
            "that there were no reports of damage to major hydropower dams on the Marsyangdi "
            "river.",
        ]),
        _art("The Lucknow Sentinel", "2026-01-18", [
            "Nepal earthquake: Tremors felt in Lucknow, Patna; 23 dead across border | The "
            "Lucknow Sentinel",
            "Sentinel News Service | Lucknow",
            "Advertisement",
            "Residents of Lucknow were jolted awake early on Sunday as a powerful earthquake in "
            "central Nepal sent tremors across large parts of Uttar Pradesh and Bihar.",
            "The quake, of magnitude 6.4, struck at 4.37 am IST with its epicentre near Besisahar "
            "in Nepal's Lamjung district, at a depth of 35 km, the United States Geological "
            "Survey (USGS) said. At least 23 people have been killed in Nepal, according to "
            "officials in Kathmandu.",
            "In Lucknow, residents of apartment towers in Gomti Nagar and Aliganj rushed down the "
            "stairs in their night clothes. \"The fan was swinging and the water in the bucket "
            "was moving. We ran out with the children,\" said Sunita Verma, a schoolteacher who "
            "lives on the ninth floor of a building in Gomti Nagar.",
            "No damage or injuries were reported in Uttar Pradesh, the state relief "
            "commissioner's office said. In Bihar, the disaster management department said it was "
            "checking reports of cracks in a few old buildings in Patna and in districts along "
            "the border.",
            "Prime Minister Narendra Modi said India stood ready to help. \"Deeply saddened by "
            "the loss of lives due to the earthquake in Nepal. India is ready to extend all "
            "possible assistance to our friends in Nepal,\" he posted on X.",
            "Officials said the National Disaster Response Force had put teams on standby in "
            "Gorakhpur and at the Raxaul border crossing.",
            "The region has a history of devastating quakes. The 2015 earthquake in Nepal, of "
            "magnitude 7.8, killed nearly 9,000 people and was felt across north India.",
            "Also Read: Cold wave tightens grip on UP; Lucknow records 4.8°C",
            "Experts say the Himalayan belt remains under strain. \"Large parts of the central "
            "Himalaya have not released their stored energy for centuries. Moderate quakes like "
            "this one are a reminder, not a release,\" said Prof Ashok Pandey, a seismologist at "
            "a Lucknow university.",
            "Download the Sentinel app for breaking news alerts.",
        ]),
        _art("Antipodean Public Radio", "2026-01-19", [
            "Death toll in Nepal earthquake rises to 41 as rescuers reach remote villages",
            "Posted Mon 19 Jan 2026",
            "Listen to this article   4 minutes",
            "The death toll from Sunday's earthquake in central Nepal has risen to 41, with more "
            "than 300 people injured, as rescue teams reach mountain villages cut off by "
            "landslides.",
            "The magnitude 6.4 quake struck just before 5am local time on Sunday, around 10am "
            "AEDT, with its epicentre near Chame, according to the US Geological Survey.",
            "Nepal's Home Ministry said more than 1,800 houses had been damaged or destroyed, "
            "most of them traditional stone buildings.",
            "The area is popular with trekkers, and lies on the Annapurna Circuit, one of the "
            "world's best known multi-day walks.",
            "Australia's Department of Foreign Affairs and Trade said it was not aware of any "
            "Australians among the dead or injured but was trying to contact a small number of "
            "travellers believed to be in the region.",
            "\"If you have friends or family trekking in Nepal, please encourage them to get in "
            "touch,\" a DFAT spokesperson said. Australians in need of help can call the 24-hour "
            "Consular Emergency Centre.",
            "Image: Villagers search through the rubble of a collapsed house in Lamjung district. "
            "(Supplied)",
            "Sydney-based trekking operator Kate Holloway said her company had accounted for all "
            "14 clients it had on the circuit.",
            "\"Our guides walked them down to a safe village and they're all okay, just shaken,\" "
            "she said. \"The trails above there are closed for now.\"",
            "Nepal's government has asked trekking agencies to suspend new departures to the area "
            "for at least a week while geologists assess the risk of further landslides.",
            "Relief agencies say the greatest need is for tents and blankets, with overnight "
            "temperatures in the hills dropping below freezing.",
            "Related stories\nWhy Nepal's quakes are so deadly\nAustralians urged to check travel "
            "insurance before trekking",
        ]),
        _art("The Himalayan Morning Star", "2026-01-19", [
            "Quake toll reaches 41, Lamjung worst hit",
            "By Sabitri Gurung, Lamjung",
            "BESISAHAR — Shopkeepers on the main road of this district headquarters spent Monday "
            "clearing broken glass and cracked plaster, a day after a magnitude 6.4 earthquake "
            "centred near the town killed 41 people across central Nepal.",
            "The Home Ministry said on Monday that 312 people had been injured and that more than "
            "1,800 houses had been damaged or destroyed. Lamjung accounts for 26 of the deaths, "
            "with most of the rest in Gorkha and Tanahun.",
            "The quake struck at 4:52 am on Sunday, at a depth of 10 km according to the US "
            "Geological Survey. A 5.1-magnitude aftershock followed roughly two hours later, and "
            "more than 60 smaller aftershocks had been recorded by Monday morning.",
            "In Bhulbhule, a village a few hours' walk north of Besisahar, nearly every house has "
            "cracks, residents said. Families slept outdoors for a second night, lighting fires "
            "to keep warm.",
            "\"We have rice for maybe three days. After that, we don't know,\" said Dil Bahadur "
            "Gurung, 63, standing beside what remained of his family's two-storey house.",
            "Home Ministry spokesperson Ramesh Adhikari said relief materials, including tents, "
            "blankets and dry food, had been sent from Kathmandu and Pokhara, and that the army "
            "had opened the blocked road to Bhulbhule on Monday afternoon.",
            "Advertisement",
            "Local officials complained that the rebuilding programme after the 2015 earthquake "
            "had bypassed many households here. \"People built back with the same stones because "
            "the grant did not reach them,\" said the chair of a rural municipality in the "
            "district.",
            "The district hospital in Besisahar has set up tents in its courtyard to treat "
            "patients, as staff are afraid to use cracked wards.",
            "Most read   |   Opinion   |   E-paper",
        ]),
    ], [
        ("epicentre",
         r"besisahar",
         r"chame"),
        ("depth",
         r"(?<![\d.])10 ?(km\b|kilomet)|6(\.2)? miles",
         r"(?<![\d.])35 ?(km\b|kilomet)|2[12](\.\d)? miles"),
    ]),
    _story("election-SQ6", "election", [
        _art("Australian Associated Wire", "2026-03-14", [
            "SYDNEY, March 14 (AAW) - Labor has held the New South Wales state seat of Kestrel "
            "Bay at Saturday's by-election, with former paramedic Priya Raman defeating Liberal "
            "candidate Tom Callister on a 3.1-point swing towards the government.",
            "On the two-candidate preferred count, Ms Raman led with 56.4 per cent of the vote to "
            "Mr Callister's 43.6 per cent late on Saturday, according to NSW Electoral Commission "
            "figures. Labor won the seat with 53.3 per cent on a two-party basis at the 2023 "
            "state election.",
            "Mr Callister conceded shortly before 10pm, telling supporters at a surf club in the "
            "town that the Liberals had \"run a positive campaign in a tough seat\".",
            "On primary votes, Ms Raman, 38, received 41.2 per cent, Mr Callister 33.5 per cent, "
            "the Greens' Ada Whitlow 12.9 per cent and independent Graham Osei 8.1 per cent. "
            "Other candidates shared the remaining 4.3 per cent.",
            "The by-election was triggered by the retirement in January of Labor MP Michael "
            "Dunne, who had held the seat since 2015 and stepped down for health reasons.",
            "Polls closed at 6pm AEDT (0700 GMT). Counting of postal and pre-poll votes will "
            "continue next week, but the commission's computer projection gave Labor an "
            "unassailable lead within two hours.",
            "Kestrel Bay, on the NSW South Coast about 90 kilometres south of Sydney, has nearly "
            "58,000 enrolled voters.",
            "Premier Chris Minns, who campaigned in the seat three times in the final fortnight, "
            "said: \"Kestrel Bay has backed a local champion, and she will be a fierce voice for "
            "the coast in Macquarie Street.\"",
            "The result is a relief for the government, which had been trailing in statewide "
            "opinion polls amid criticism over housing costs and hospital waiting times. A swing "
            "against Labor of more than five points had been considered possible.",
            "Political analysts said the Liberal campaign, which focused on local roads and the "
            "cost of living, had failed to attract voters from the Greens and independents, who "
            "preferenced Labor more heavily than at the last election.",
            "The new member is expected to be sworn in when parliament sits later this month.",
        ]),
        _art("The Kestrel Bay Bulletin", "2026-03-14", [
            "Skip to main content",
            "News   Sport   Community   Obituaries   Classifieds   Weather: 22°C, light showers",
            "BY-ELECTION: Raman wins Kestrel Bay for Labor | Kestrel Bay Bulletin",
            "By Lachlan Price",
            "Priya Raman will be Kestrel Bay's new state MP after Labor comfortably held the seat "
            "in Saturday's by-election.",
            "The 38-year-old former paramedic, who grew up in Bayview and went to Kestrel Bay "
            "High, was greeted by cheers at the Surf Life Saving Club hall as the results rolled "
            "in.",
            "\"Tonight is not about me. It's about the nurses, the tradies, the small business "
            "owners and the families who told me what they need, and I promise I will keep "
            "listening,\" she said.",
            "With counting well advanced, Ms Raman had about 56 per cent of the two-candidate "
            "vote against Liberal Tom Callister. Her primary vote sat at just over 41 per cent.",
            "Mr Callister conceded at 9.40pm, and thanked his volunteers.",
            "\"We didn't get there tonight, but we put the coast on the map, and I'm proud of "
            "every conversation we had at every street stall,\" he said. \"I've rung Priya to "
            "congratulate her.\"",
            "Advertisement",
            "Greens candidate Ada Whitlow, who won almost 13 per cent of first preferences, said "
            "her result showed strong support for protecting the Kestrel Lagoon wetlands from the "
            "proposed marina development.",
            "Independent Graham Osei, a local vet, said he would consider running again at next "
            "year's state election.",
            "The by-election followed the retirement of long-serving MP Michael Dunne, who had "
            "represented the area since 2015. Mr Dunne, who was at the Labor function, said he "
            "was \"thrilled\" for his successor.",
            "Voters the Bulletin spoke to outside the Bayview Public School booth named the "
            "hospital, the Princes Highway and housing costs as their main concerns.",
            "Photo: Priya Raman with supporters at the Surf Club on Saturday night. Picture: "
            "Lachlan Price",
            "Read more:\nCouncil confirms lagoon marina consultation extended\nBayview Bulldogs "
            "go down in grand final rematch",
            "Like the Kestrel Bay Bulletin on Facebook   |   Subscribe from $2 a week",
        ]),
        _art("Harbour City Herald", "2026-03-16", [
            "Kestrel Bay result gives Minns a breather, but warning signs remain",
            "By Sophie Karalis, State Political Editor",
            "Premier Chris Minns can take some comfort from Saturday's Kestrel Bay by-election. "
            "Labor's Priya Raman not only held the seat but increased the party's margin, winning "
            "56.4 per cent of the two-candidate preferred vote against the Liberals' Tom "
            "Callister.",
            "That represents a swing to Labor of 3.1 percentage points, a rare result for a "
            "government in its third year, and a far better outcome than the party's internal "
            "research had predicted as recently as a fortnight ago.",
            "With postal votes now being counted, turnout had climbed to 78.5 per cent by Monday, "
            "slightly below the level at the 2023 state election.",
            "Mr Minns said on Saturday night that voters had \"backed a local champion\". He "
            "spent the final fortnight of the campaign visiting the electorate repeatedly, a sign "
            "of how nervous Labor strategists had become.",
            "Yet the primary vote tells a more complicated story. Ms Raman's 41.2 per cent is "
            "solid, but she relied heavily on preferences from the Greens, whose candidate Ada "
            "Whitlow polled 12.9 per cent, and from independent Graham Osei, who received 8.1 per "
            "cent.",
            "The Liberals' 33.5 per cent primary will disappoint the party's state executive. "
            "Opposition figures had hoped that local anger over the stalled upgrade of the "
            "Princes Highway and the closure of the Kestrel Bay maternity unit would deliver a "
            "protest vote.",
            "A senior Liberal said on Sunday that the party needed to \"stop talking about the "
            "government and start talking about what we would do\".",
            "Advertisement",
            "The by-election was caused by the retirement of Michael Dunne, who held Kestrel Bay "
            "for Labor for more than a decade. The electorate, home to almost 58,000 voters, has "
            "been in Labor hands since 2015.",
            "The next state election is due in March 2027. If the Kestrel Bay swing were repeated "
            "across the state, Labor would pick up at least four seats, though strategists on "
            "both sides caution that by-elections are a poor guide.",
            "Sophie Karalis is the Herald's state political editor.",
        ]),
        _art("Antipodean Public Radio", "2026-03-15", [
            "Labor claims Kestrel Bay by-election as Liberal vote slides",
            "Posted Sun 15 Mar 2026",
            "Labor's Priya Raman has won the Kestrel Bay by-election on the NSW South Coast, with "
            "the party increasing its two-party margin in the seat.",
            "With most votes counted, Ms Raman holds 56.4 per cent of the two-candidate preferred "
            "vote against Liberal Tom Callister, a swing of about three percentage points to "
            "Labor.",
            "The NSW Electoral Commission said turnout stood at 74.2 per cent on Sunday "
            "afternoon, with several thousand postal votes still to be received.",
            "Mr Callister conceded on Saturday night. The Liberal primary vote of 33.5 per cent "
            "was down 2.4 points on the 2023 state election.",
            "Image: Priya Raman, a former paramedic, campaigned on health services and housing. "
            "(Supplied)",
            "Electoral analyst Dr Marcus Feeney said the result was \"a solid but not spectacular "
            "win\" for Labor.",
            "\"Governments usually lose ground at by-elections, so holding steady or gaining is a "
            "good night. But more than one in five voters backed someone other than the two major "
            "parties, and that's a trend both sides need to take seriously,\" he said.",
            "The seat became vacant when Labor MP Michael Dunne retired in January on health "
            "grounds.",
            "Ms Raman, who grew up in the electorate, said her first priority would be the future "
            "of the local maternity unit, which was closed last year.",
            "She is expected to be sworn in before the end of March.",
            "Listen to the full interview on Sunday Politics Weekend.",
            "Related stories\nNSW Liberals face questions over campaign spending\nWhat is a "
            "by-election and why does it matter?",
        ]),
    ], []),
]
