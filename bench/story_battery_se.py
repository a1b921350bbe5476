"""Part SE of the story battery.

Written by engineer SE1 on 2026-12-06 (thirteenth session) without reading
Storyline's rules or other parts, before any run. Six whole stories of long,
messy scraped articles (site menus, cookie notices, adverts, newsletter prompts,
captions, author bios, repeated headlines, one cut-short page); one control story
with no planted disagreement. Scored with `bench/bench_story_battery.py SE`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SE", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SE1", "trade", [
        _art("Transatlantic Newswire", "2025-10-14", [
            "US, China agree to extend tariff truce after long day of talks in Copenhagen",
            "COPENHAGEN, Oct 14 (Transatlantic Newswire) - The United States and China agreed on "
            "Tuesday to extend a pause on steep tariffs for another 90 days and to roll back some "
            "of the measures that have rattled markets since the spring, officials from both "
            "sides said after two days of talks in the Danish capital.",
            "The arrangement, which still needs the approval of both presidents, would push back "
            "the deadline for the higher tariffs from Nov. 10 to Feb. 8, U.S. Treasury Secretary "
            "Daniel Whitacre told reporters at about 6:30 p.m. local time.",
            "\"We had very substantive, very candid conversations, and we now have a framework "
            "that both leaders can look at,\" Whitacre said. Tuesday's session ran for about nine "
            "hours, he said, with the negotiators breaking only briefly for lunch.",
            "Under the framework, Washington would keep a 10% baseline duty on most Chinese goods "
            "but leave the additional 24% portion of its so-called reciprocal tariff suspended. "
            "It would also halve a separate levy tied to fentanyl trafficking, to 10% from 20%.",
            "Beijing, for its part, agreed to suspend for one year the sweeping export controls "
            "on rare earth elements and magnets that its Ministry of Commerce announced on Oct. "
            "9, and to resume large purchases of U.S. soybeans, according to a U.S. official who "
            "briefed reporters on condition of anonymity because the details had not been "
            "finalised.",
            "The Chinese delegation was led by Vice Premier Liu Wenhai and included Commerce "
            "Minister Wang Jiancheng and the international trade representative, Zhao Mingyuan. "
            "The official Xinhua news agency quoted Liu as calling the discussions \"in-depth, "
            "candid and constructive.\"",
            "It was the fifth round of talks between the two sides since May. U.S. Trade "
            "Representative Marian Colebrook said the next round was expected to take place in "
            "Washington on Dec. 9.",
            "\"Nothing is final until the two presidents say it is final,\" Colebrook said, "
            "adding that both delegations would report back to their capitals overnight.",
            "President Donald Trump and Chinese President Xi Jinping are expected to meet on Oct. "
            "30 in Gyeongju, South Korea, on the sidelines of the Asia-Pacific Economic "
            "Cooperation summit. Both sides described the Copenhagen framework as groundwork for "
            "that meeting.",
            "Soybean futures in Chicago rose about 2% on the news, while U.S. stock index futures "
            "edged higher. Analysts said the rare-earth concession mattered more to manufacturers "
            "than any change to the tariff rates themselves.",
            "\"The soybeans get the headlines, but the magnets are what keep auto plants "
            "running,\" said Priya Natarajan, a trade analyst at Halden Advisory in Washington.",
            "(Reporting by Tomas Lindqvist in Copenhagen and Greg Abara in Washington; Editing by "
            "Ruth Callan)",
        ]),
        _art("AgriMarkets Daily", "2025-10-14", [
            "Skip to main content",
            "AgriMarkets Daily | Grains | Livestock | Policy | Weather | Podcasts | Subscribe",
            "Soybeans rally as Copenhagen talks yield 12-million-ton China pledge",
            "By Kyle Brandt, Markets Editor",
            "We use cookies to improve your experience on our site. By continuing to browse you "
            "agree to our use of cookies. Accept | Manage settings",
            "Soybean futures jumped Tuesday after U.S. and Chinese negotiators wrapped up two "
            "days of talks in Copenhagen with a framework that includes a Chinese commitment to "
            "buy at least 12 million metric tons of U.S. soybeans before the end of February. "
            "That works out to roughly 441 million bushels.",
            "November soybeans settled up 21 1/2 cents, or 2.1%, at $10.38 a bushel on the "
            "Chicago Board of Trade, the biggest one-day gain since early summer. Soymeal and "
            "soyoil followed the beans higher.",
            "After six hours at the table on Tuesday, Treasury Secretary Daniel Whitacre said the "
            "two sides had a \"framework\" for President Donald Trump and Xi Jinping to consider "
            "when they meet in South Korea on Oct. 30.",
            "Advertisement | Remove ads",
            "The headline numbers for the rest of the economy: the 24% \"reciprocal\" tariff on "
            "Chinese goods stays on ice for another 90 days, until Feb. 8, while the 10% baseline "
            "stays put. The fentanyl tariff is cut from 20% to 10%. China pauses its new "
            "rare-earth export controls for a year.",
            "For farmers, though, the beans are the story. China had not booked a single cargo of "
            "new-crop U.S. soybeans since harvest began, and growers across the Midwest have been "
            "storing grain on the farm in the hope of a deal.",
            "\"It's a start, but 12 million tons doesn't make us whole,\" said Marla Voss, who "
            "farms 2,400 acres of corn and soybeans near Ames, Iowa. \"We'll believe it when we "
            "see the boats loading in New Orleans.\"",
            "Brazil has filled most of the gap this season, shipping record volumes to Chinese "
            "crushers, and some traders warned that Chinese buyers could spread the purchases out "
            "over several months to avoid disrupting those contracts.",
            "U.S. Trade Representative Marian Colebrook told reporters the next round of talks is "
            "set for Washington on December 9, where negotiators are expected to work on the "
            "details of the purchase schedule.",
            "Related coverage:",
            "- Basis levels firm along the Mississippi as export hopes rise - What a China deal "
            "would mean for your 2026 planting decisions - Farm groups urge faster payments under "
            "bridge program",
            "Get the AgriMarkets morning brief in your inbox. Sign up now",
            "About the author: Kyle Brandt covers grain and oilseed markets from Des Moines. He "
            "grew up on a dairy farm in Wisconsin.",
            "(c) 2025 AgriMarkets Daily. All rights reserved.",
        ]),
        _art("The Harbour Ledger", "2025-10-14", [
            "US and China strike deal to prolong tariff ceasefire | The Harbour Ledger",
            "Home > World > Business > Trade",
            "By Eleanor Pryce, Economics Correspondent, in Copenhagen",
            "File photo: Shipping containers stacked at the port of Shanghai. Photograph: Harbour "
            "Ledger archive",
            "America and China have agreed to prolong their uneasy tariff ceasefire by three "
            "months after nine hours of talks on Tuesday in Copenhagen, averting a return to the "
            "punishing levies that briefly choked trade between the world's two largest economies "
            "in the spring.",
            "China's commerce minister, Liu Wenhai, who led Beijing's delegation, said little in "
            "public beyond a short statement carried by state media. His American counterparts "
            "were more forthcoming.",
            "The US Treasury secretary, Daniel Whitacre, said the two sides had settled on \"a "
            "framework\" to put before their leaders. \"We had very candid, very substantive "
            "conversations, and there is now a framework the two leaders can look at,\" he said "
            "outside the conference centre on the harbourfront.",
            "Under the arrangement, the extra 24% tariff that Washington imposed on Chinese goods "
            "in April and then suspended will stay suspended until 8 February, while a 10% levy "
            "remains in force. A separate tariff that the White House linked to the flow of "
            "fentanyl is to be halved, to 10%.",
            "Advertisement",
            "In return, Beijing would pause for a year the rare-earth export regime it unveiled "
            "on 9 October, a move that had alarmed carmakers and defence contractors in Europe as "
            "well as in the US. It would also return to the market for American soybeans.",
            "This was the fifth round of negotiations since the two sides first met in May. Each "
            "has ended with a partial truce rather than a settlement, and diplomats in Copenhagen "
            "cautioned that the same could happen again.",
            "\"Nothing is final until the two presidents say it is final,\" said the US trade "
            "representative, Marian Colebrook.",
            "The stakes are high for Europe too. The EU, which accepted a 15% ceiling on most of "
            "its exports to the US over the summer, has watched nervously as Chinese goods "
            "diverted from American ports found their way into European markets at lower prices.",
            "Sign up to Business Today, our free morning email",
            "Most viewed",
            "1. Pension funds pile into gilts as yields climb 2. The small Danish town that "
            "hosted the world's trade war 3. Why your energy bill could rise again in January",
        ]),
        _art("Eastern Horizon Post", "2025-10-15", [
            "EASTERN HORIZON POST",
            "Menu | Search | Log in | Subscribe",
            "China, US agree to extend tariff pause; next round in Washington in December",
            "China, US agree to extend tariff pause; next round in Washington in December",
            "Beijing and Washington have agreed to extend their suspension of higher tariffs for "
            "a further 90 days, after talks in Copenhagen that ended on Tuesday evening local "
            "time, or early on Wednesday in Beijing.",
            "Vice-Premier Liu Wenhai, who led the Chinese side, described the two days of talks "
            "as \"in-depth, candid and constructive\", according to Xinhua. He said the two teams "
            "had reached a \"basic consensus\" on addressing each side's main concerns.",
            "US Treasury Secretary Daniel Whitacre briefed reporters at about 12.30am Beijing "
            "time on Wednesday. He said the framework would be presented to both presidents ahead "
            "of their planned meeting at the Apec summit in South Korea at the end of the month.",
            "Share on Facebook | Share on X | Copy link",
            "Commerce Minister Wang Jiancheng, who also took part in the talks, said China would "
            "suspend the rare-earth export control measures announced on October 9 for one year "
            "\"while studying and refining the specific arrangements\". The measures had been "
            "criticised by manufacturers in the United States, Japan and Europe.",
            "Washington, for its part, will keep the 24 per cent additional tariff on Chinese "
            "goods suspended and lower the fentanyl-related tariff to 10 per cent from 20 per "
            "cent, according to a statement from China's Ministry of Commerce. The 10 per cent "
            "baseline tariff remains.",
            "China also agreed to buy 12 million tonnes of American soybeans, a significant step "
            "for US farmers, who lost their largest customer during the dispute.",
            "The two sides will meet again in Washington on December 16, the commerce ministry "
            "said, to work out the details of the arrangement.",
            "Exporters in the Pearl River Delta greeted the news with relief. \"We have orders "
            "for the spring that we could not price because nobody knew what the tariff would "
            "be,\" said Chen Haoran, who runs a furniture factory in Dongguan. \"Now at least we "
            "have until February.\"",
            "China's exports to the US fell 27 per cent year on year in September, customs data "
            "showed on Monday, although overall exports rose as shipments to Southeast Asia, "
            "Africa and Europe increased.",
            "Read more: How Dongguan's factories learned to live with tariffs",
            "This article appeared in the print edition of the Eastern Horizon Post as: Truce "
            "extended as",
        ]),
    ], [
        ("duration",
            r"\b9 ?(hours?|hrs?|h\b)|\bnine[- ]hours?|540 ?min|\b9-hour|\bnine-hour",
            r"\b6 ?(hours?|hrs?|h\b)|\bsix[- ]hours?|360 ?min|\b6-hour|\bsix-hour"),
        ("title",
            r"vice[- ]?premier",
            r"commerce minister|minister of commerce"),
        ("date",
            r"dec(ember|\.)? 9(?!\d)|2025-12-09|(?<!\d)9 dec|12/9(?!\d)",
            r"dec(ember|\.)? 16|2025-12-16|(?<!\d)16 dec|12/16"),
    ]),
    _story("court-SE2", "court", [
        _art("Capitol Ledger Wire", None, [
            "Appeals court rules most of Trump's tariffs illegal, leaves them in place for now",
            "WASHINGTON (Capitol Ledger Wire) - A federal appeals court ruled on Friday that most "
            "of the sweeping tariffs imposed by President Donald Trump under an emergency-powers "
            "law were illegal, but allowed them to remain in effect while the administration "
            "takes the fight to the Supreme Court.",
            "In a 7-4 decision, the full U.S. Court of Appeals for the Federal Circuit agreed "
            "with a lower trade court that the International Emergency Economic Powers Act, a "
            "1977 law meant for national emergencies, does not give the president the power to "
            "impose tariffs of the scope he has ordered since February.",
            "\"The statute bestows significant authority on the President to undertake a number "
            "of actions in response to a declared national emergency, but none of these actions "
            "explicitly include the power to impose tariffs, duties, or the like,\" the unsigned "
            "majority opinion said.",
            "The ruling covers the so-called reciprocal tariffs, including a 10% baseline levy on "
            "imports from most countries, as well as separate tariffs on goods from Canada, "
            "Mexico and China that the White House tied to the flow of fentanyl. It does not "
            "affect tariffs on steel, aluminum and cars imposed under a different law, Section "
            "232 of the Trade Expansion Act.",
            "The court put its decision on hold until Oct. 14 to give the government time to ask "
            "the Supreme Court to hear the case.",
            "Judge Raymond Ostrander, joined by three colleagues, wrote the principal dissent, "
            "arguing that Congress had delegated broad power to regulate imports in an emergency "
            "and that courts should not second-guess the president's judgment on what the "
            "emergency required. Judge Arturo Mendes filed a separate concurring opinion.",
            "The appeals court also sent part of the case back to the U.S. Court of International "
            "Trade, asking it to reconsider whether its order should protect all importers or "
            "only the businesses and states that sued.",
            "Trump attacked the decision within hours. \"ALL TARIFFS ARE STILL IN EFFECT!\" he "
            "wrote on social media, calling the appeals court \"highly partisan\" and saying he "
            "would win at the Supreme Court.",
            "White House spokeswoman Dana Whitfield said the tariffs \"remain in effect, and we "
            "look forward to ultimate victory on this matter.\"",
            "The challenge was brought by five small businesses, led by the New York wine "
            "importer Harbor Lane Wines, and by 12 states led by Oregon. The trade court had "
            "sided with them in May.",
            "\"This ruling confirms that the president is not a king who can tax Americans by "
            "decree,\" said Marisa Kohl, a lawyer for the businesses at the Liberty Legal "
            "Foundation.",
        ]),
        _art("The Midwest Sentinel", None, [
            "Skip to content",
            "THE MIDWEST SENTINEL | News | Business | Sports | Opinion | Obituaries | E-Edition",
            "Court strikes down tariffs, but area manufacturers say relief is far off",
            "By Dale Kominsky | dkominsky@midwestsentinel.example",
            "Courtesy photo: Steel coils wait for shipment at a warehouse in Toledo.",
            "A divided federal appeals court on Friday struck down most of the tariffs President "
            "Donald Trump has imposed on imports since February, ruling 8-3 that the emergency "
            "law he relied on does not allow the president to set import taxes on his own.",
            "But for manufacturers in northwest Ohio and southern Michigan, the decision changes "
            "little for now. The tariffs stay in place until Oct. 14 while the administration "
            "appeals, and the levies that hit the region's metal shops hardest - on steel and "
            "aluminum - were never part of the case.",
            "\"Our biggest cost is steel, and that tariff isn't going anywhere,\" said Jenna "
            "Marsh, who runs a 40-employee fabrication shop in Findlay. \"If the other ones go "
            "away, it helps with some of the parts we bring in from Asia, but I'm not planning "
            "around it.\"",
            "Advertisement",
            "The decision by the U.S. Court of Appeals for the Federal Circuit upheld a ruling "
            "from the Court of International Trade in May. Both courts found that the "
            "International Emergency Economic Powers Act, passed in 1977, lets a president freeze "
            "assets or block transactions in a crisis, but does not mention tariffs.",
            "The appeals court's majority said the power to tax belongs to Congress. In dissent, "
            "Judge Raymond Ostrander wrote that the law's language allowing the president to "
            "\"regulate importation\" was broad enough to include tariffs.",
            "Trump said on social media that he would take the case to the Supreme Court and "
            "called the ruling \"highly partisan.\"",
            "Local importers are watching another question closely: whether they could get their "
            "money back. Ohio businesses have paid millions in the disputed duties since spring, "
            "and trade lawyers say refunds are possible if the Supreme Court agrees with the "
            "lower courts, but far from certain.",
            "\"Keep every entry record,\" said Toledo customs broker Alan Petrosky. \"If there's "
            "a refund process, it will be paperwork-heavy and it will favor the people who kept "
            "their files in order.\"",
            "Northwest Ohio exported about $4 billion in goods last year, according to the "
            "regional chamber of commerce, much of it to Canada and Mexico, two countries hit by "
            "the fentanyl-related tariffs the court also ruled on.",
            "Share this story: Facebook | X | Email",
            "Sign up for our Business Morning newsletter",
            "Dale Kominsky covers business and the economy for the Sentinel. Reach him at "
            "419-555-0143.",
        ]),
        _art("TradeCompliance Insider", None, [
            "TradeCompliance Insider - Customs, tariffs and supply-chain law for professionals",
            "Members | Webinars | Tariff Tracker | Contact",
            "Federal Circuit affirms CIT in IEEPA tariff case: what importers need to know",
            "Posted in Tariffs, Litigation",
            "The Federal Circuit, sitting en banc, affirmed on Friday the Court of International "
            "Trade's May decision holding that the IEEPA tariffs exceed the president's "
            "authority. The vote was 7-4. Here is our quick guide for compliance teams.",
            "What the court held. The majority, in an unsigned (per curiam) opinion, found that "
            "IEEPA's authority to \"regulate importation\" does not reach the kind of open-ended, "
            "worldwide tariffs at issue. It pointed to the major questions doctrine and to the "
            "absence of the words \"tariff\" or \"duty\" anywhere in the statute.",
            "What the dissent said. Judge Ostrander's dissent argued that the text is broad "
            "enough and that tariffs were historically one of the tools used to regulate trade in "
            "an emergency. Expect the government's Supreme Court petition to lean heavily on it.",
            "Which tariffs are covered. The reciprocal tariffs (the 10% baseline and the higher "
            "country-specific rates) and the fentanyl-related tariffs on Canada, Mexico and "
            "China. Not covered: Section 232 tariffs on steel, aluminum, copper, autos and auto "
            "parts, and Section 301 tariffs on Chinese goods that date back to 2018.",
            "Timing. The mandate is stayed until October 24 so the government can seek Supreme "
            "Court review. Until then, and quite possibly much longer, CBP will continue to "
            "collect the duties. Do not stop paying.",
            "Refunds. Customs had collected roughly $159 billion in IEEPA duties by the end of "
            "July, by our estimate. The court did not order refunds. We recommend that importers "
            "track every affected entry and consider protective protests where liquidation "
            "deadlines are approaching.",
            "Scope of relief. The court returned the case to the CIT to decide whether relief "
            "should run to all importers or only to the plaintiffs, five businesses and 12 states.",
            "Our view: the government is very likely to ask the Supreme Court to hear the case "
            "this term, and the justices may act quickly given the sums involved.",
            "Members can download our IEEPA entry-tracking template here. Not a member? Join today",
            "Webinar: Preparing for IEEPA refunds - register now",
            "This post is for general information and is not legal advice.",
        ]),
        _art("Northgate Public Radio", None, [
            "Northgate Public Radio",
            "Listen Live | Donate",
            "Appeals court says Trump's emergency tariffs overstep the law",
            "Appeals court says Trump's emergency tariffs overstep the law",
            "By Simone Achterberg",
            "A federal appeals court has ruled that President Trump went beyond his legal "
            "authority when he used an emergency-powers law to impose tariffs on goods from "
            "almost every country in the world.",
            "Seven of the 11 judges on the U.S. Court of Appeals for the Federal Circuit joined "
            "Friday's opinion, which said the power to impose tariffs belongs to Congress under "
            "the Constitution. The court left the tariffs in place until Oct. 14, giving the "
            "administration time to appeal.",
            "The case turns on the International Emergency Economic Powers Act, a law from the "
            "1970s that presidents have used to impose sanctions on countries such as Iran and "
            "North Korea. No president before Trump had used it to impose tariffs.",
            "Judge Helena Kwiatkowski wrote the main dissent. She argued that the law allows the "
            "president to \"regulate\" imports during an emergency and that tariffs are a common "
            "way of doing so.",
            "Trump responded on social media that all tariffs were still in effect and that he "
            "expected to win at the Supreme Court, calling the appeals court \"highly partisan.\"",
            "The plaintiffs - a group of small businesses and a dozen states - welcomed the "
            "ruling. \"The president is not a king who can tax Americans by decree, and this "
            "decision confirms it,\" said Marisa Kohl, a lawyer at the Liberty Legal Foundation "
            "who represents the businesses.",
            "Economists say the tariffs at issue account for a large share of the roughly $30 "
            "billion a month the government has recently been collecting in customs duties. If "
            "the Supreme Court ultimately agrees with the lower courts, the administration could "
            "try to rebuild some of the tariffs using other laws, which are narrower and slower "
            "to use.",
            "Support for Northgate Public Radio comes from listeners like you and from the "
            "Fenwick Family Foundation.",
            "Related stories",
            "What the tariff ruling means for your grocery bill",
            "Supreme Court's term opens in October with a crowded docket",
            "Copyright 2025 Northgate Public Radio",
        ]),
    ], [
        ("vote split",
            r"(?<![\d.])7(?![\d.])|\bseven\b",
            r"(?<![\d.])8(?![\d.])|\beight\b"),
        ("date",
            r"oct(ober|\.)? 14|2025-10-14|(?<!\d)14 oct|10/14",
            r"oct(ober|\.)? 24|2025-10-24|(?<!\d)24 oct|10/24"),
        ("name",
            r"ostrander",
            r"kwiatkowski"),
    ]),
    _story("cb-SE3", "central bank", [
        _art("Albion Financial Wire", "2025-12-18", [
            "Bank of England cuts rates to 3.75% in knife-edge 5-4 vote",
            "LONDON, Dec 18 (Albion Financial Wire) - The Bank of England cut interest rates by a "
            "quarter of a percentage point to 3.75% on Thursday, but only by the narrowest of "
            "margins, as policymakers remained split over how quickly inflation will return to "
            "target.",
            "The Monetary Policy Committee voted 5-4 to lower Bank Rate from 4%. Chief Economist "
            "Huw Pill, external members Megan Greene and Catherine Mann, and Deputy Governor "
            "Clare Lombardelli voted to keep rates on hold.",
            "It was the sixth cut since the Bank began easing policy in August 2024, when Bank "
            "Rate stood at 5.25%, and it took borrowing costs to their lowest level since early "
            "2023.",
            "\"We still think rates are on a gradual path downward, but with each cut the "
            "decision on further easing becomes a closer call,\" Governor Andrew Bailey said in a "
            "statement accompanying the decision.",
            "Data published on Wednesday showed consumer price inflation fell to 3.6% in November "
            "from 3.8% in October, a bigger drop than most economists had expected, helped by "
            "cheaper food and a smaller rise in household energy bills.",
            "Inflation remains well above the Bank's 2% target, however, and the minutes of the "
            "meeting showed the members who voted to hold were worried that wage growth, still "
            "running at around 4.5%, would keep services prices high into next year.",
            "The labour market has weakened. Unemployment rose to 5.1% in the three months to "
            "October, the highest rate in more than four years, and the number of job vacancies "
            "has fallen for more than three years in a row.",
            "Sterling slipped against the dollar after the announcement as traders bet on at "
            "least one more cut in the first half of 2026. Money markets priced around a 40% "
            "chance of a further move at the next meeting on Feb. 5.",
            "\"The split tells you the bar for the next cut is high,\" said Nadia Rahman, chief "
            "UK economist at Thornbury Capital. \"February is possible, but the more likely "
            "timing is spring.\"",
            "(Reporting by Owen Farrant; Editing by Lucy Marr)",
        ]),
        _art("The Northern Chronicle", "2025-12-18", [
            "The Northern Chronicle",
            "News | Sport | Business | What's On | Property | Jobs",
            "Homeowners in Yorkshire welcome early Christmas present as Bank cuts rates",
            "Homeowners in Yorkshire welcome early Christmas present as Bank cuts rates",
            "By Harriet Cobbold, Business Reporter",
            "Published: 18 December 2025, 12:41",
            "Hundreds of thousands of homeowners across Yorkshire will see their monthly payments "
            "fall in the new year after the Bank of England cut interest rates to 3.75 per cent.",
            "The decision, announced at noon, brings Bank Rate down from 4 per cent and will feed "
            "through immediately to tracker mortgages. Around one in ten mortgage holders in the "
            "region is on a tracker or standard variable rate deal.",
            "For someone with a typical £200,000 tracker mortgage, the quarter-point cut should "
            "knock around £30 a month off repayments, according to the broker Halewood Finance in "
            "Leeds.",
            "Advertisement",
            "The vote among the nine members of the Bank's Monetary Policy Committee was tight. "
            "Five voted for the cut, while four - Huw Pill, Megan Greene, Catherine Mann and "
            "Clare Lombardelli - wanted to wait for more evidence that inflation was under "
            "control.",
            "Chancellor Rachel Reeves called the cut \"welcome news for families with mortgages "
            "and businesses that want to invest\".",
            "The average two-year fixed mortgage rate is 4.83 per cent, according to Moneyfacts, "
            "down from more than 5.5 per cent a year ago. Lenders have been trimming their fixed "
            "rates for several weeks in anticipation of the decision.",
            "Savers, though, are likely to see the rates on easy-access accounts fall again. "
            "\"It's been a good couple of years for savers, and that is coming to an end,\" said "
            "Keith Armitage, a financial adviser in Harrogate.",
            "Leeds businesses also welcomed the move. Sunita Kaur, who owns two bakeries in "
            "Headingley, said her business overdraft had become \"eye-wateringly expensive\" and "
            "that every cut helped.",
            "Inflation fell to 3.6 per cent last month, figures showed on Wednesday, but remains "
            "almost twice the Bank's 2 per cent target.",
            "Do you have a story for us? Email newsdesk@northernchronicle.example",
            "Most read",
            "Fire crews tackle blaze at former mill in Halifax",
            "Road closures planned for Boxing Day fun run",
            "More from Business",
        ]),
        _art("Gilt Edge", "2025-12-18", [
            "GILT EDGE - rates, gilts and the BoE, without the jargon (mostly)",
            "Subscribe | Archive | About",
            "BoE: 25bps cut, 5-4 split, and a very hawkish-sounding dovish decision",
            "Posted by Martin Oyelaran",
            "So the BoE has cut Bank Rate by 25bps to 3.75%, as most of us expected, but with "
            "four members of the MPC voting to hold at 4%. Here's the quick read.",
            "The vote. 5-4. The holdouts were Pill, Greene, Mann and Breeden. Nobody voted for a "
            "bigger cut. If you were hoping for a clear signal that the easing cycle has a long "
            "way to run, this is not it.",
            "The guidance. The statement keeps the \"gradual and careful\" language, but the "
            "Governor's line that each further cut is \"a closer call\" is the key phrase. Bailey "
            "is telling us that the committee is close to the point where it stops.",
            "\"We still think rates are on a gradual path downward, but with each cut the "
            "decision on further easing becomes a closer call,\" Bailey said. Read that twice.",
            "The data. November CPI at 3.6% (from 3.8%) gave the doves the cover they needed. "
            "Services inflation is still above 4%, though, which is what the hawks keep pointing "
            "at.",
            "Markets. Sterling dipped about 0.2% to $1.3380 right after the release. Two-year "
            "gilt yields fell 3bps to 3.72%, ten-year yields barely moved. The market still "
            "prices roughly 50bps of further cuts by the end of 2026.",
            "Advertisement | Remove ads",
            "Our take. We think the next cut comes in the spring, not February, and that Bank "
            "Rate ends 2026 somewhere around 3.25%. The risk is that the labour market cracks "
            "faster than the MPC expects, in which case the hawks will fold quickly.",
            "Cumulatively the Bank has now taken 150bps off Bank Rate since August 2024. That's a "
            "lot of easing for an economy where inflation has not come back to target.",
            "Comments (14)",
            "Newsletter: get Gilt Edge in your inbox every Thursday",
            "Tags: Bank of England, MPC, gilts, inflation",
        ]),
        _art("Britannia Broadcasting News", "2025-12-18", [
            "Interest rates cut to 3.75% - what it means for you - Britannia Broadcasting News",
            "Accessibility links | Skip to content | BBN Home | News | Sport | Weather | iPlayer",
            "Interest rates cut to 3.75% - what it means for you",
            "By Fiona Macrae, Economics reporter",
            "Image caption: The Bank of England in the City of London. Getty Images",
            "UK interest rates have been cut from 4% to 3.75%, the lowest level for almost three "
            "years, but the Bank of England has signalled that future cuts are not guaranteed.",
            "Four of the nine members of the Bank's rate-setting committee, including chief "
            "economist Huw Pill, wanted to keep rates unchanged. Governor Andrew Bailey sided "
            "with the majority.",
            "Deputy Governor Dave Ramsden said rates were still \"on a gradual path downwards\" "
            "but warned that \"with each cut, the decision to ease further becomes a closer "
            "call\".",
            "Why have interest rates been cut?",
            "The Bank raises rates to try to bring down inflation, which measures how quickly "
            "prices are rising. Inflation fell to 3.6% in November, official figures showed on "
            "Wednesday. That is still well above the Bank's target of 2%, but the Bank expects it "
            "to fall sharply next year as big rises in energy and water bills from this year drop "
            "out of the calculation.",
            "The jobs market has also weakened, with unemployment rising to 5.1%.",
            "What does it mean for mortgages?",
            "About 600,000 homeowners have tracker mortgages, which move in line with Bank Rate, "
            "and they will see their payments fall almost immediately. Most borrowers have "
            "fixed-rate deals and will not see a change until their deal ends.",
            "What about savers?",
            "Banks and building societies are likely to lower the interest they pay on savings "
            "accounts.",
            "When is the next decision?",
            "The Bank's next rate announcement is on 5 February 2026.",
            "Related topics: Interest rates | Bank of England | Personal finance | UK economy",
            "More on this story",
        ]),
    ], [
        ("name",
            r"lombardelli",
            r"breeden"),
        ("quote speaker",
            r"bailey",
            r"ramsden"),
    ]),
    _story("rocket-SE4", "rocket", [
        _art("Orbital Brief", None, [
            "Orbital Brief | Launch | Industry | Policy | Newsletter",
            "Meridian flight 3: Aurigen finally gets a full flight out of its methane rocket",
            "By Lena Haraldsen",
            "Aurigen Space's Meridian rocket completed its third test flight on Tuesday evening, "
            "and for the first time the company can say the vehicle did essentially what it was "
            "designed to do: reach space, release a payload, relight an engine and come home in a "
            "controlled way.",
            "Meridian lifted off from Aurigen's Sabal Point launch site in Cameron County, Texas, "
            "at 23:42 UTC (6:42 p.m. CDT). The 64-meter rocket burns liquid methane and liquid "
            "oxygen in nine Vireo engines on the booster and two on the upper stage.",
            "Timeline, as called out on the company webcast:",
            "T+2:40 - Stage separation. Booster 7 begins its boostback burn.",
            "T+7:00 - Booster 7 performs its landing burn and splashes down softly in the Gulf of "
            "Mexico. There was no attempt to catch or recover it this time.",
            "T+9:10 - Upper stage engine cutoff.",
            "T+14:30 - Release of two dummy satellites, each roughly the mass of a small "
            "communications satellite.",
            "T+38 - Single-engine relight in space, lasting about six seconds. This was the big "
            "one: the second flight never got this far.",
            "Peak altitude was about 190 km, according to the telemetry shown on the webcast.",
            "The upper stage re-entered over the Indian Ocean and splashed down on target at "
            "00:47 UTC on Wednesday, some 65 minutes after launch. Aurigen said it lost a handful "
            "of heat-shield tiles near the engine section, which it will look at before the next "
            "flight.",
            "Advertisement",
            "Context: the first Meridian flight, in March, ended when the vehicle exploded about "
            "three minutes after liftoff. The second, in June, reached space but lost the upper "
            "stage roughly eight minutes into flight after a propellant leak.",
            "\"Today Meridian did almost everything we asked of it, and the one thing it didn't, "
            "we'll learn from,\" Aurigen chief executive Dana Okafor said on the webcast.",
            "The FAA said in a statement that the flight appeared to have gone as planned and "
            "that no mishap investigation would be required.",
            "Subscribe to the Orbital Brief newsletter for launch coverage every weekday morning.",
        ]),
        _art("Gulf Coast Times", None, [
            "Gulf Coast Times",
            "Home | Local | Valley | Space | Sports | Obituaries | Classifieds",
            "Thousands watch as Aurigen rocket soars on third try",
            "By Marisol Treviño | Staff Writer",
            "Photo: The Meridian rocket lifts off from Sabal Point on Tuesday evening. (Gulf "
            "Coast Times / Ruben Garza)",
            "Thousands of spectators lined the beaches and causeways of the Lower Rio Grande "
            "Valley on Tuesday evening to watch Aurigen Space launch its Meridian rocket for a "
            "third time, and this time the show lasted all the way into space.",
            "The rocket lifted off from the company's Sabal Point site at 6:42 p.m., lighting up "
            "the sky over the Laguna Madre as the sun set. Families who had parked along the "
            "highway since mid-afternoon cheered as the exhaust plume turned pink and orange.",
            "\"My kids have been asking about this for weeks,\" said Hector Saldana of Harlingen, "
            "who watched from the causeway with his three children. \"The first one blew up. This "
            "one just kept going.\"",
            "The rocket's first stage, which the company calls Booster 9, separated and fell back "
            "into the Gulf of Mexico about seven minutes after launch, landing softly in the "
            "water as planned, according to Aurigen.",
            "The upper stage continued to space, released two test satellites and splashed down "
            "in the Indian Ocean at 7:47 p.m. local time, the company said, completing a flight "
            "of just over an hour.",
            "Advertisement",
            "Highway 48 and parts of the beach road were closed for about five hours for the "
            "launch, and Cameron County sheriff's deputies said traffic was heavy but there were "
            "no serious problems.",
            "Aurigen employs about 900 people at Sabal Point and its factory near Brownsville. "
            "County Judge Ernesto Villarreal called the flight \"a proud night for the Valley\" "
            "and said the company's growth had brought hundreds of well-paid jobs to the area.",
            "Not everyone is pleased. Environmental groups have said the launches disturb nesting "
            "birds in the nearby wildlife refuge, and some residents complain about the road "
            "closures.",
            "The company has said it hopes to fly Meridian a fourth time before the end of the "
            "year.",
            "Related: Aurigen's second launch ends early after upper stage failure",
            "Related: County approves new road closure rules for launch days",
            "Get local news delivered: sign up for our daily newsletter",
        ]),
        _art("Newsline Wire", None, [
            "Methane rocket reaches space on third test flight",
            "HOUSTON (Newsline Wire) - Aurigen Space's Meridian rocket reached space and returned "
            "its upper stage to a planned splashdown on Tuesday, a successful third test flight "
            "for a vehicle that the company hopes will one day compete with established launch "
            "providers.",
            "The two-stage rocket, powered by liquid methane, lifted off at 6:42 p.m. CDT from "
            "the company's launch site on the Texas Gulf Coast. Its upper stage climbed to a peak "
            "altitude of about 118 miles before deploying two dummy satellites.",
            "The upper stage later relit one of its engines in space for the first time, a key "
            "step toward the kind of precise maneuvers needed to place satellites into their "
            "intended orbits, and then reentered the atmosphere. It splashed down in the Indian "
            "Ocean at 8:05 p.m. CDT, the company said.",
            "The booster, known as Booster 7, flew back toward the coast and made a controlled "
            "splashdown in the Gulf of Mexico.",
            "\"Today Meridian did almost everything we asked of it,\" Chief Executive Dana Okafor "
            "said during the company's live broadcast. \"The one thing it didn't, we'll learn "
            "from.\"",
            "Austin-based Aurigen, founded in 2019, has raised more than $1.6 billion from "
            "investors and holds a contract to launch small satellites for the U.S. Space Force "
            "beginning in 2027.",
            "Its first two flights this year ended early: the first in an explosion about three "
            "minutes after liftoff in March, and the second in June, when the upper stage was "
            "lost after reaching space.",
            "Aurigen said it hoped to fly the rocket a fourth time before the end of the year and "
            "to attempt to recover a booster on land in 2026.",
            "(Reporting by Carla Whitmore; Editing by Jon Pate)",
        ]),
        _art("The Continental", None, [
            "The Continental",
            "Science | Space",
            "Texan start-up's methane rocket clears a hurdle on third attempt",
            "Image: The Meridian rocket on the launch pad at Sabal Point, Texas. Courtesy Aurigen "
            "Space",
            "A privately built American rocket fuelled by liquid methane has flown to space and "
            "back on its third attempt, giving its maker, Aurigen Space, a much-needed success "
            "after two failures earlier this year.",
            "The 64-metre Meridian rocket took off at 23:42 GMT on Tuesday from south Texas. Its "
            "booster, designated Booster 7, separated less than three minutes into the flight and "
            "made a controlled descent into the Gulf of Mexico.",
            "The upper stage reached a peak altitude of about 230 km (143 miles) before releasing "
            "two dummy satellites and relighting an engine, something the rocket had never done "
            "before.",
            "Methane is seen by many engineers as the fuel of the future for reusable rockets. It "
            "burns more cleanly than kerosene, leaving less soot inside the engines, and it could "
            "in theory be made on Mars from carbon dioxide and water ice. Several American and "
            "Chinese companies are now racing to fly methane-fuelled boosters that can be landed "
            "and reused.",
            "Dr Amelia Rourke, a space-policy researcher at the University of Leicester, said the "
            "flight was \"a real milestone for a company that needed one\". She added: \"Reaching "
            "space is hard, but restarting an engine in space and bringing the stage down where "
            "you said you would is harder.\"",
            "Aurigen's first flight, in March, ended in an explosion about three minutes after "
            "lift-off. On its second, in June, the upper stage was lost about eight minutes into "
            "the flight.",
            "Cookie settings | Privacy | Terms",
            "The company, which is based in Austin, Texas, plans to recover a booster on land "
            "next year.",
        ]),
    ], [
        ("name",
            r"booster ?7(?!\d)|\bb-?7(?!\d)|booster seven",
            r"booster ?9(?!\d)|\bb-?9(?!\d)|booster nine"),
        ("altitude",
            r"(?<![\d.])190 ?(km|kilomet)|(?<![\d.])118 ?mi",
            r"(?<![\d.])230 ?(km|kilomet)|(?<![\d.])143 ?mi"),
        ("time",
            r"7:47|00:47|(?<!\d)0047|12:47",
            r"8:05|01:05|(?<!\d)0105"),
    ]),
    _story("quake-SE5", "earthquake", [
        _art("Mindanao Daybreak", "2025-11-16", [
            "MINDANAO DAYBREAK",
            "Home | Davao | Region | Nation | Business | Opinion | Sports",
            "BREAKING: Strong quake rocks Davao Oriental; 4 dead, tsunami warning lifted",
            "By Jerome Alcantara",
            "A magnitude 6.8 earthquake struck off the coast of Davao Oriental at 7:35 a.m. on "
            "Sunday, killing at least four people, injuring 60 others and sending thousands of "
            "coastal residents running to higher ground.",
            "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the epicenter "
            "was located in the sea about 24 kilometers east-southeast of the town of Manay, at a "
            "depth of 10 kilometers.",
            "Phivolcs raised a tsunami warning minutes after the quake and advised people living "
            "along the coasts of Davao Oriental and Surigao del Sur to move inland. The warning "
            "was lifted at 10:40 a.m. after only minor sea-level changes were recorded.",
            "Three of the fatalities were in Manay, where a concrete wall and part of a "
            "two-storey house collapsed, according to the municipal disaster office. A fourth "
            "victim, a 67-year-old man, died after being hit by falling debris in the neighboring "
            "town of Tarragona.",
            "Advertisement",
            "Patients at the provincial hospital in Mati City were moved outside as a precaution "
            "while engineers checked the building for cracks. Power was cut across much of the "
            "province and was being restored by the Davao Oriental Electric Cooperative on Sunday "
            "afternoon.",
            "Phivolcs recorded more than 300 aftershocks by Sunday afternoon, the strongest a "
            "magnitude 5.9 tremor shortly after 9 a.m. The agency warned that more aftershocks, "
            "some of them strong, could be expected over the coming days.",
            "The provincial government announced that classes at all levels in Davao Oriental "
            "would be suspended on Monday so that school buildings could be inspected.",
            "\"It felt like the whole house was being thrown from side to side,\" said Lorna "
            "Dagohoy, a fish vendor in Manay. \"We took the children and ran up the hill without "
            "even closing the door.\"",
            "PHOTOS: Residents of Manay gather on higher ground after the quake (Mindanao "
            "Daybreak / Arnel Sison)",
            "Follow Mindanao Daybreak on Facebook for updates on this developing story.",
        ]),
        _art("AsiaPac Newswire", "2025-11-16", [
            "MANILA (AsiaPac Newswire) - A strong earthquake struck off the southern Philippines "
            "on Sunday morning, killing four people and prompting a tsunami warning that was "
            "lifted about three hours later, officials said.",
            "The magnitude 6.8 quake hit at 7:35 a.m. local time (2335 GMT Saturday) off the "
            "coast of Davao Oriental province on the island of Mindanao, the state seismology "
            "agency said. It was centered roughly 24 km from the town of Manay at a shallow depth "
            "of 10 km.",
            "The National Disaster Risk Reduction and Management Council said four people had "
            "been killed and dozens injured, mostly by falling debris and collapsing walls. "
            "Several buildings, including a church and a school, were damaged.",
            "Residents along the eastern coast of Mindanao fled to higher ground after the "
            "tsunami warning was issued. Small waves were recorded at two coastal monitoring "
            "stations but caused no damage, the Philippine Institute of Volcanology and "
            "Seismology said.",
            "The quake was felt strongly in Davao City, the largest city on Mindanao, where "
            "shoppers rushed out of malls and some office workers spent the morning outside.",
            "President Ferdinand Marcos Jr. ordered government agencies to send relief goods and "
            "engineers to the affected areas, his office said.",
            "The archipelago straddles several grinding tectonic plates along the so-called "
            "\"Ring of Fire\" and is shaken by tremors often. A magnitude 6.9 quake off Cebu at "
            "the end of September killed dozens of people and damaged thousands of homes.",
            "(Reporting by Marco dela Rosa; Editing by Helen Ashby)",
        ]),
        _art("The Meridian Herald", "2025-11-17", [
            "Philippines earthquake: death toll rises to nine as aftershocks rattle Mindanao | "
            "The Meridian Herald",
            "The Meridian Herald | World | Asia",
            "By Claire Whitcombe, Asia Correspondent",
            "Accept cookies | Reject non-essential cookies | Cookie settings",
            "The death toll from the powerful earthquake that struck the southern Philippines on "
            "Sunday has risen to nine, disaster officials said on Monday, as hundreds of "
            "aftershocks kept frightened residents sleeping outdoors.",
            "The National Disaster Risk Reduction and Management Council (NDRRMC) said 152 people "
            "had been injured, up from the 60 reported on Sunday, and that more than 1,200 houses "
            "had been damaged, most of them in the towns of Manay and Tarragona.",
            "The quake, which Phivolcs measured at magnitude 6.8 and the United States Geological "
            "Survey put at 6.7, struck at 7.35am local time on Sunday, or 11.35pm GMT on "
            "Saturday. Its epicentre was about 15 miles off the coast of Davao Oriental province, "
            "at a depth of about six miles.",
            "More than 800 aftershocks had been recorded by Monday morning, Phivolcs said.",
            "Advertisement",
            "Rescue teams spent Monday checking damaged buildings in Manay, where five of the "
            "victims lived. The church in the town's main square, built in the 1950s, lost part "
            "of its facade, and several classrooms were left with large cracks in their walls.",
            "\"The people are afraid to go back into their houses,\" said the town's mayor, "
            "Rogelio Almario. \"Every time there is an aftershock, they run out again.\"",
            "The Philippines lies on the Pacific Ring of Fire and is hit by hundreds of "
            "earthquakes a year, most of them too weak to be felt. In December 2023, a magnitude "
            "7.4 earthquake off Surigao del Sur, just north of Davao Oriental, forced tens of "
            "thousands of people from their homes.",
            "Share this article | Facebook | X | WhatsApp | Email",
            "More on this story",
            "Why the Philippines is so prone to earthquakes",
            "Aid agencies warn of shortages of clean water in quake-hit towns",
        ]),
        _art("Pacific Public Broadcasting", "2025-11-17", [
            "Pacific Public Broadcasting - News",
            "Watch | Listen | News | Asia Pacific",
            "Mindanao quake toll reaches nine; schools closed in Davao Oriental",
            "Mindanao quake toll reaches nine; schools closed in Davao Oriental",
            "Nine people have now died as a result of Sunday's magnitude 6.8 earthquake in the "
            "southern Philippines, the country's national disaster agency says.",
            "The quake struck off the east coast of Mindanao early on Sunday morning local time, "
            "about 15 miles from the town of Manay in Davao Oriental province.",
            "Schools across the province were closed on Monday while engineers inspected "
            "buildings for damage. Provincial officials said more than 1,200 homes had been "
            "damaged and some families were staying in tents set up on school grounds and "
            "basketball courts.",
            "The Philippine Institute of Volcanology and Seismology, known as Phivolcs, said the "
            "strongest aftershock so far had a magnitude of 5.9. It warned that aftershocks could "
            "continue for weeks.",
            "Phivolcs issued a tsunami warning shortly after the main quake but lifted it about "
            "three hours later. No significant waves were recorded.",
            "Teodoro Ramos, a retired teacher in Manay, told us his family had spent the night in "
            "the open. \"The ground keeps moving. We do not trust the walls any more.\"",
            "Aid groups including the Philippine Red Cross have sent water, food packs and "
            "hygiene kits to the area, and the Department of Social Welfare and Development says "
            "it has pre-positioned thousands of family food packs in the region.",
            "Photo caption: File photo: Residents of a coastal town in Davao Oriental after an "
            "earlier earthquake.",
            "This story will be updated.",
        ]),
    ], [
    ]),
    _story("elect-SE6", "election", [
        _art("Harlow Springs Gazette", None, [
            "Villanueva wins Harlow Springs mayoral runoff | Harlow Springs Gazette",
            "HARLOW SPRINGS GAZETTE",
            "News | Politics | Schools | Sports | Opinion | Obituaries | Subscribe: $1 for 3 "
            "months",
            "By Nathan Okoro, City Hall Reporter",
            "City Council member Teresa Villanueva was elected mayor of Harlow Springs on "
            "Saturday, defeating businessman Grant Holloway in a runoff that turned on water "
            "rates, property taxes and a proposed downtown stadium.",
            "Villanueva received 31,204 votes, or 52.8%, to Holloway's 27,896, or 47.2%, "
            "according to unofficial results posted by the Hidalgo County elections office "
            "shortly before midnight. The margin was 3,308 votes, or 5.6 percentage points.",
            "Turnout was 21.4%, typical for a December runoff with no other major races on the "
            "ballot.",
            "Villanueva, a former schoolteacher who has represented District 3 on the council "
            "since 2017, will be the first Latina to lead the city. She will be sworn in on Jan. "
            "5, replacing Mayor Dale Prentiss, who could not run again after serving two "
            "four-year terms.",
            "\"Tonight this city chose to believe in itself,\" Villanueva told supporters at the "
            "El Mirador ballroom, where a mariachi band played as the results came in. \"We are "
            "going to fix the water system, we are going to keep taxes fair, and we are going to "
            "do it together.\"",
            "Advertisement",
            "Holloway, who owns the Holloway Supply chain of hardware stores, conceded shortly "
            "after 10 p.m. in a phone call to Villanueva.",
            "\"I called Teresa to congratulate her. I ran because I love this city, and I still "
            "do,\" he told supporters at his campaign headquarters on Commerce Street. \"She has "
            "my support.\"",
            "The two candidates finished first and second in the Nov. 4 election, when none of "
            "the five candidates on the ballot won a majority. Villanueva led that race with "
            "38.1% of the vote to Holloway's 29.4%.",
            "The campaign was one of the most expensive in the city's history. Holloway, who put "
            "more than $1 million of his own money into the race, had promised to cut the city's "
            "property tax rate and to bring a minor-league baseball team downtown. Villanueva "
            "opposed spending public money on the stadium and said the city's first priority "
            "should be replacing aging water mains.",
            "The results will become official when the City Council canvasses the vote on Dec. 22.",
            "Related: Our voter guide to the mayoral runoff | Where the candidates stand on water "
            "rates",
            "Nathan Okoro covers City Hall for the Gazette. Contact him at "
            "nokoro@hsgazette.example.",
        ]),
        _art("KHSP News 7", None, [
            "KHSP NEWS 7 - Harlow Springs | Weather | Traffic | Watch Live",
            "ELECTION RESULTS: Villanueva elected mayor",
            "Advertisement",
            "Teresa Villanueva will be the next mayor of Harlow Springs.",
            "The District 3 council member won Tuesday's runoff against Grant Holloway by a "
            "margin of about 3,300 votes, according to unofficial results from the county "
            "elections office.",
            "Villanueva finished with 52.8 percent of the vote. Holloway had 47.2 percent.",
            "Supporters packed the El Mirador ballroom on the city's east side to celebrate. "
            "\"Tonight this city chose to believe in itself,\" Villanueva said in her victory "
            "speech.",
            "Holloway conceded the race late in the evening. He told supporters he had called "
            "Villanueva to congratulate her and that \"she has my support.\"",
            "Villanueva will take office in January. She replaces Mayor Dale Prentiss, who was "
            "term-limited.",
            "Villanueva led the five-candidate field in the Nov. 4 election but fell short of a "
            "majority, which forced the runoff. Holloway, a first-time candidate, edged out two "
            "former council members to claim the second spot on the runoff ballot.",
            "WEATHER ALERT: Dense fog advisory in effect until 10 a.m. Download the KHSP Weather "
            "app.",
            "The runoff capped a long and expensive campaign. Both candidates agreed the city's "
            "water system needed major repairs, but they disagreed over how to pay for it, and "
            "over Holloway's plan to use city money to help build a stadium downtown.",
            "Villanueva said her first priority in office would be to present a plan to replace "
            "the water mains in the city's older neighborhoods, some of which date back to the "
            "1950s.",
            "KHSP News 7 will have full coverage of the results tonight at 6 and 10.",
            "Copyright 2025 KHSP-TV. All rights reserved.",
        ]),
        _art("Texas Statehouse Report", None, [
            "Texas Statehouse Report - Politics and policy from Austin and beyond",
            "Elections | Legislature | Campaign Finance | Newsletter",
            "Harlow Springs runoff: Villanueva wins, and a warning sign for self-funders",
            "Harlow Springs voters chose Teresa Villanueva as their next mayor in Saturday's "
            "runoff, Dec. 13, handing a clear defeat to Grant Holloway, the hardware-store owner "
            "who poured more than $1 million of his own money into the race.",
            "The numbers, per unofficial county results: Villanueva 31,204 votes (52.8%), "
            "Holloway 27,896 (45.2%). Villanueva won by 3,308 votes.",
            "Turnout was 18.4% of the city's roughly 321,000 registered voters, down from 24.6% "
            "in the first round on Nov. 4. Runoffs almost always draw fewer voters, and December "
            "runoffs, held in the middle of the holiday shopping season, draw fewer still.",
            "Villanueva, a council member since 2017, ran a campaign built on neighborhood "
            "canvassing and endorsements from the firefighters' and teachers' unions. Holloway "
            "was endorsed by the outgoing mayor, Dale Prentiss, and by the local chamber of "
            "commerce.",
            "Campaign finance reports show Holloway spent about $1.9 million through the end of "
            "November, compared with about $870,000 for Villanueva, a spending edge of more than "
            "two to one.",
            "Advertisement | Remove ads",
            "What it means: Harlow Springs is one of several mid-sized Texas cities where local "
            "races are nominally nonpartisan but have become proxies for state politics. "
            "Villanueva is a Democrat; Holloway is a Republican who has given to statewide GOP "
            "candidates. Democrats will read her win as a sign that they can still compete in "
            "South Texas after losing ground there in recent years. Republicans will point to the "
            "low turnout.",
            "Villanueva will be the city's first Latina mayor. She is expected to take office in "
            "January.",
            "Subscribe to the Statehouse Report newsletter for election results and analysis "
            "every Friday.",
            "Filed under: Elections, Local government, South Texas",
        ]),
    ], [
        ("turnout",
            r"(?<![\d.])21\.4(?!\d)",
            r"(?<![\d.])18\.4(?!\d)"),
        ("weekday",
            r"saturday|dec(ember|\.)? 13(?!\d)|2025-12-13|(?<!\d)13 dec",
            r"tuesday"),
        ("vote share",
            r"(?<![\d.])47\.2(?!\d)",
            r"(?<![\d.])45\.2(?!\d)"),
    ]),
]
