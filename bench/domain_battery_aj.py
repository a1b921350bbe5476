"""Blind battery of disagreements in the hidden check's domains, part AJ (issue 11).

Part AJ was written by engineer AJ1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts of the battery, before any run. Every text was written for
this part; facts are real or plausible-invented. It is a held-out part, scored with
``bench/bench_domain_battery.py AJ``.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AJ", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-AJ1", "trade", "duration", True, [
        "STOCKHOLM, July 28 (Reuters) - Senior U.S. and Chinese economic officials held about "
        "five hours of talks in the Swedish capital on Monday, seeking to extend a tariff "
        "truce that expires on Aug. 12, according to people briefed on the meeting.\n"
        "Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng met at Rosenbad, "
        "the government building overlooking the Norrstrom, and are due to resume on Tuesday "
        "morning.\n"
        "Advertisement\n"
        "Neither delegation briefed reporters in detail. A Treasury spokesperson described "
        "the session as \"substantive\" and said both sides had agreed to keep talking.\n"
        "Under the current truce Washington's extra duties on most Chinese goods stand at "
        "30%, while China's retaliatory levy on American products is 10%.\n"
        "(Reporting by the Stockholm bureau; Editing by the Europe desk)",
        "US-China trade talks: first day in Stockholm ends after eight hours | The Nordic "
        "Ledger\n"
        "Skip to content\n"
        "Share on Facebook\n"
        "American and Chinese negotiators spent eight hours behind closed doors at Rosenbad, "
        "the Swedish prime minister's office, on Monday as they tried to stop their tariff "
        "truce from running out next month.\n"
        "The current pause ends on 12 August. If it lapses, duties could shoot back up to the "
        "triple-digit levels seen in the spring.\n"
        "The US side was led by Treasury Secretary Scott Bessent; China sent Vice Premier He "
        "Lifeng, its chief economic envoy.\n"
        "Today the US imposes an extra 30 per cent on most Chinese imports and Beijing "
        "charges 10 per cent on American goods.\n"
        "\"Sweden is glad to host,\" a foreign ministry official told the Ledger. The talks "
        "continue on Tuesday.\n"
        "Read more: What the truce means for Nordic exporters",
        "Stockholm round opens with 5-hour session\n"
        "Photo: Courtesy Swedish Government Offices\n"
        "Day one of the US-China trade talks in Stockholm lasted 5 hrs, officials said on "
        "Monday. Bessent and He met at Rosenbad and will sit down again on Tuesday. The "
        "tariff truce expires Aug. 12. Markets in Asia were little changed.",
    ], ["2025-07-28", "2025-07-28", "2025-07-28"],
        r"(?<![\d.])5 ?(hours?|hrs?\b|h\b)|five hours|300 ?min",
        r"(?<![\d.])8 ?(hours?|hrs?\b|h\b)|eight hours|480 ?min"),

    _case("trade-AJ2", "trade", "title of a person", True, [
        "Greer tells Iowa growers China soybean deal 'will be enforced' - Prairie Farm Report\n"
        "By Staff | Advertisement\n"
        "U.S. Trade Representative Jamieson Greer told a room of soybean growers in Ankeny on "
        "Thursday that Washington would hold Beijing to its promise to buy 12 million metric "
        "tons of U.S. soybeans this year. "
        "He spoke at the Iowa Soybean Association's winter meeting. "
        "\"We will be watching every cargo,\" Greer said. "
        "Farmers in the room said prices at local elevators had improved since the autumn.\n"
        "Share this article",
        "Ankeny | Central Iowa Today\n"
        "Commerce Secretary Jamieson Greer came to Ankeny on Thursday to reassure farmers that "
        "China will follow through on purchases of American soybeans. "
        "Speaking at the Iowa Soybean Association winter meeting, he pointed to Beijing's "
        "pledge of 12 million tonnes this year. "
        "\"We will be watching every cargo,\" he told the crowd. "
        "About 300 growers attended, organisers said.\n"
        "Read more: County fair board names new director",
    ], None, r"trade representative|\bustr\b|trade rep\b", r"commerce secretary"),

    _case("trade-AJ3", "trade", "percent vs percentage points", True, [
        "WASHINGTON (AP) — The United States on Monday lowered the tariff it charges on "
        "Chinese goods over fentanyl trafficking by 10 percentage points, putting into effect "
        "part of the deal reached by Presidents Donald Trump and Xi Jinping in South Korea "
        "last month.\n"
        "Beijing, for its part, suspended its extra 24% tariff on U.S. goods for another "
        "year, the White House said.\n"
        "Advertisement\n"
        "\"This is the first concrete step,\" a senior administration official told "
        "reporters on a call. China's commerce ministry said it would also lift retaliatory "
        "duties on some American farm goods.\n"
        "Importers cautioned that many Chinese products still face layered duties from "
        "earlier rounds.",
        "Explainer: What changes for US-China tariffs from today - MarketPulse Asia\n"
        "Share on Facebook | Share on X\n"
        "Washington's tariff tied to fentanyl trafficking has been cut by 10 percent as of "
        "Monday, the first visible result of the Trump-Xi meeting in Busan.\n"
        "Why does it matter? The fentanyl levy sits on top of other duties, so any change "
        "feeds straight into the price of Chinese-made goods on American shelves.\n"
        "China has in turn paused its additional 24 per cent tariff on US products for a "
        "further 12 months, its commerce ministry said.\n"
        "Beijing also agreed to resume buying US soybeans and to hold off on new export "
        "controls on rare earths.\n"
        "\"Step by step, the temperature is coming down,\" said Tan Wei Ling, a trade "
        "economist in Singapore.\n"
        "Advertisement",
        "Fentanyl tariff on China drops 10 points - Gulf Coast Shipper\n"
        "The extra US duty on Chinese goods linked to fentanyl fell by 10 points on Monday. "
        "Customs brokers in Houston said they had updated entry filings overnight. "
        "The change follows the leaders' meeting in South Korea in late October. "
        "China has also suspended its additional 24% duty on American goods for a year.",
    ], ["2025-11-10", "2025-11-10", "2025-11-10"],
        r"(?<![\d.])10(\.0+)? ?(percentage[- ]points?|pp\b|pts?\b|points?)",
        r"(?<![\d.])10(\.0+)? ?(%|per ?cent(?!age)|pct)"),

    _case("trade-AJ4", "trade", "length of a pause (ships' port fees)", True, [
        "HONG KONG — China and the United States have agreed to keep special port charges on "
        "each other's ships on hold, sparing shipping lines large sums on every voyage, the "
        "two governments said in matching statements.\n"
        "The fees, introduced last autumn in a fight over shipbuilding, had been suspended "
        "under the truce negotiated in Kuala Lumpur.\n"
        "Container lines had warned that the charges would be passed on to their customers. "
        "Shares of Cosco Shipping rose 3.1% in Hong Kong.\n"
        "Under the new arrangement the suspension is extended for 180 days, according to the "
        "statement from China's Ministry of Transport, after which both sides will review "
        "it.\n"
        "\"It gives the industry room to plan,\" said Henrik Dahl, a shipping consultant in "
        "Copenhagen.\n"
        "Advertisement\n"
        "The U.S. Trade Representative's office said talks on shipbuilding would continue.",
        "WASHINGTON — The United States and China will extend a suspension of tit-for-tat "
        "port fees on each other's vessels, the Office of the U.S. Trade Representative said, "
        "in another sign that the trade truce between the world's two largest economies is "
        "holding.\n"
        "The charges, levied per net ton on ships built or operated by the other country, "
        "were first imposed in October and later paused.\n"
        "Shipping stocks rallied on the news, with Cosco Shipping up 3.1% in Hong Kong "
        "trading.\n"
        "Read more: Why shipbuilding became the new front in the trade war\n"
        "USTR said the suspension would now run for another 90 days, and that officials would "
        "meet again before it expires to discuss U.S. concerns about Chinese dominance of "
        "shipbuilding.\n"
        "\"Our goal remains a level playing field,\" a USTR spokesperson said. Beijing's "
        "transport ministry issued a parallel notice.",
    ], None,
        r"(?<![\d.])180(?![\d.])|six[- ]months?|half a year",
        r"(?<![\d.])90(?![\d.])|ninety|three[- ]months?"),

    _case("trade-AJ5", "trade", "who led a delegation", True, [
        "KUALA LUMPUR, March 24 — Chinese and American trade officials opened two days of "
        "working-level talks in the Malaysian capital on Tuesday to prepare for a meeting of "
        "their leaders later this spring, Malaysia's trade ministry said.\n"
        "China's delegation was led by Li Chenggang, its international trade representative "
        "and a vice minister of commerce, who has been Beijing's point man in earlier "
        "rounds.\n"
        "The talks focus on carrying out last year's deal, including soybean purchases and "
        "the suspension of rare-earth export controls.\n"
        "Advertisement\n"
        "Malaysia has hosted three previous rounds. \"We are happy to provide a neutral "
        "venue,\" a trade ministry spokeswoman told reporters.\n"
        "The US team included officials from the Treasury and the Office of the US Trade "
        "Representative.",
        "US, China officials meet in KL ahead of leaders' summit | KL Business Daily\n"
        "Skip to content\n"
        "Officials from China and the United States began two days of talks in Kuala Lumpur "
        "on Tuesday. "
        "Vice Commerce Minister Ling Ji headed the Chinese side, according to a statement from "
        "Beijing. "
        "The meeting will prepare the ground for a leaders' summit later this spring. "
        "Malaysia's trade ministry said it was pleased to host the round, its fourth.\n"
        "Advertisement",
        "China sends veteran negotiator Li Chenggang to KL talks\n"
        "By our correspondent\n"
        "Li Chenggang arrived in Kuala Lumpur on Tuesday to lead the Chinese side in two days "
        "of talks with US officials. The meeting is meant to clear the way for a leaders' "
        "summit. Items on the agenda include soybean purchases and rare-earth export "
        "controls. Malaysia has now hosted four rounds.\n"
        "Share this article",
    ], ["2026-03-24", "2026-03-24", "2026-03-24"], r"chenggang", r"ling ji"),

    _case("trade-AJ6", "trade", "place at different precision", True, [
        "ANCHORAGE, Alaska — U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He "
        "Lifeng held an unscheduled two-hour meeting in Anchorage on Sunday while both were "
        "travelling to and from Asia, officials said.\n"
        "The two men met in a VIP lounge at Ted Stevens Anchorage International Airport, a "
        "Treasury official said, in what was described as a stock-taking session on last "
        "year's trade agreement.\n"
        "Alaska has hosted US-China encounters before: in March 2021 the two countries' top "
        "diplomats traded barbs in front of cameras at a downtown hotel.\n"
        "Advertisement\n"
        "\"It was a useful conversation,\" Bessent wrote on X afterwards. China's commerce "
        "ministry said the sides had \"exchanged views on implementation\".\n"
        "No new measures were announced.",
        "Bessent, He meet in Alaska stopover | Pacific Rim Wire\n"
        "ANCHORAGE — The top economic officials of the United States and China sat down for "
        "two hours on Sunday at Joint Base Elmendorf-Richardson, the military base on the "
        "northern edge of Anchorage, according to two people familiar with the "
        "arrangements.\n"
        "The meeting between Treasury Secretary Scott Bessent and Vice Premier He Lifeng was "
        "not on either side's public schedule.\n"
        "Share on Facebook\n"
        "China's commerce ministry said afterwards that the two had \"exchanged views on "
        "implementation\" of the agreement reached last year. Bessent posted on X that it had "
        "been \"a useful conversation\".\n"
        "There were no announcements.",
    ], None, r"airport|ted stevens|lounge|terminal",
        r"elmendorf|joint base|air ?base|military"),

    _case("trade-AJ7", "trade", "control: organisation named two ways, rounding", False, [
        "BEIJING, Nov 7 — China's exports unexpectedly shrank in October, with shipments to "
        "the United States down 25.2% from a year earlier, data from the General "
        "Administration of Customs showed on Friday.\n"
        "Overall exports slipped 1.1% in dollar terms. Imports rose 1.0%.\n"
        "The Ministry of Commerce said in a separate statement that the trade arrangements "
        "agreed with Washington would \"create conditions\" for steadier trade in the months "
        "ahead.\n"
        "Advertisement\n"
        "Economists said front-loading earlier in the year had pulled orders forward. "
        "\"The base effect is brutal,\" said Zhou Min, an economist at a Shanghai "
        "brokerage.",
        "China's October exports fall; US-bound shipments down about 25% | Asia Markets "
        "Today\n"
        "Skip to content\n"
        "Shipments from China to the US fell by about 25 per cent last month compared with "
        "October 2024, China's customs agency said on Friday, as tariffs kept weighing on "
        "trade between the two.\n"
        "Total exports were down 1.1 per cent year on year. Imports edged up 1 per cent.\n"
        "MOFCOM, the commerce ministry, said the deal with Washington would \"create "
        "conditions\" for steadier trade.\n"
        "Read more: Yuan steadies after data\n"
        "Share on Facebook",
    ], ["2025-11-07", "2025-11-07"]),

    _case("trade-AJ8", "trade", "control: same moment on different calendar days", False, [
        "White House confirms China tariff changes - Capitol Brief\n"
        "The White House announced at 8 p.m. Washington time on Tuesday that the cut to the "
        "fentanyl tariff on Chinese goods will take effect on Nov. 10. "
        "The order was signed by President Trump earlier in the day. "
        "Officials said China had been informed in advance. "
        "Retailers' groups welcomed the move.\n"
        "Advertisement",
        "US confirms tariff cut start date | Greater Bay Post\n"
        "Photo: Courtesy Xinhua\n"
        "Washington announced at 9 a.m. Beijing time on Wednesday that its reduced fentanyl "
        "tariff on Chinese goods will apply from November 10. "
        "The executive order was signed in Washington on Tuesday. "
        "Beijing had been told beforehand, US officials said. "
        "Exporters in Guangdong welcomed the news.\n"
        "Share this article",
    ], ["2025-11-04", "2025-11-05"]),

    # ------------------------------------------------------------------ court
    _case("court-AJ1", "court", "justices in the majority", True, [
        "JOHANNESBURG — South Africa's Constitutional Court on Tuesday ruled that "
        "municipalities may not switch off electricity to whole neighbourhoods because some "
        "residents have not paid their bills, in a judgment hailed by community groups.\n"
        "Eight of the court's 11 justices backed the majority judgment written by Justice "
        "Thandeka Mlambo, which gave Parliament 24 months to amend the law.\n"
        "Advertisement\n"
        "The case was brought by residents of a township near Pretoria after their area was "
        "disconnected for almost three weeks in 2024.\n"
        "\"Collective punishment has no place in our constitutional order,\" Mlambo wrote.\n"
        "The national energy regulator said it was studying the judgment.",
        "ConCourt rules against blanket power cuts | Gauteng Voice\n"
        "Share on WhatsApp\n"
        "Residents who pay their electricity bills can no longer be left in the dark because "
        "their neighbours do not, the Constitutional Court ruled on Tuesday.\n"
        "The judgment, by Justice Thandeka Mlambo, was supported by seven of the 11 judges. "
        "Parliament has two years to fix the law.\n"
        "The application was brought by residents of a township outside Pretoria whose supply "
        "was cut for nearly three weeks in 2024.\n"
        "\"Collective punishment has no place in our constitutional order,\" Mlambo wrote.\n"
        "Read more: Electricity tariff hike explained",
        "SA's top court bars area-wide electricity disconnections\n"
        "By Legal Correspondent\n"
        "Eight justices of the Constitutional Court found on Tuesday that cutting power to an "
        "entire area over some residents' arrears is unconstitutional. Parliament was given "
        "24 months to amend the legislation. Justice Thandeka Mlambo wrote for the majority. "
        "Community groups in Gauteng welcomed the ruling.",
    ], ["2026-05-19", "2026-05-19", "2026-05-19"],
        r"(?<![\d.])8(?![\d.])|eight", r"(?<![\d.])7(?![\d.])|seven"),

    _case("court-AJ2", "court", "size of a fine", True, [
        "Appeals court upholds cement cartel fine - Portugal Business Post\n"
        "The Lisbon Court of Appeal has upheld a €4.2 million fine imposed on a cement maker "
        "for taking part in a price-fixing cartel in the Algarve. "
        "The competition authority had sanctioned the company in 2024. "
        "Judges rejected the firm's argument that the investigation had been unlawful. "
        "The company said it would consider an appeal to the Supreme Court.\n"
        "Advertisement",
        "Algarve cement cartel: fine stands | Algarve Daily News\n"
        "Skip to content\n"
        "A cement producer found to have fixed prices in the Algarve must pay its €2.4m fine, "
        "the Lisbon Court of Appeal ruled. "
        "The penalty was first handed down by Portugal's Competition Authority in 2024. "
        "The court said the evidence had been gathered lawfully. "
        "The firm is weighing whether to go to the Supreme Court.\n"
        "Share on Facebook",
    ], None, r"(?<![\d.,])4[.,]2(?!\d)|4,?200,?000", r"(?<![\d.,])2[.,]4(?!\d)|2,?400,?000"),

    _case("court-AJ3", "court", "weekday vs date", True, [
        "Court halts Nairobi parking fee hike | Nairobi Metro News\n"
        "The High Court in Nairobi on Thursday suspended a steep increase in parking fees in "
        "the city centre. "
        "Justice Peter Omondi said the county had not consulted the public as the law "
        "requires. "
        "The fee was to rise from 300 to 500 shillings a day. "
        "The matter will be mentioned again in April.\n"
        "Advertisement",
        "Nairobi parking hike suspended - Kenya Daily Brief\n"
        "Skip to content\n"
        "Motorists in Nairobi will not pay more to park for now after the High Court "
        "suspended the county's new charges on March 11. "
        "Justice Peter Omondi found there had been no proper public participation. "
        "The daily fee was to go up to 500 shillings from 300. "
        "The case returns to court in April.\n"
        "Share this article",
    ], ["2026-03-13", "2026-03-13"],
        r"thursday|march 12|mar\.? 12|12 march|2026-03-12|03-12",
        r"wednesday|march 11|mar\.? 11|11 march|2026-03-11|03-11"),

    _case("court-AJ4", "court", "title of a person", True, [
        "ACCRA — Ghana's Supreme Court has thrown out a suit that sought to block a 1.5% levy "
        "on mobile money transfers, ruling that Parliament followed the proper procedure when "
        "it passed the tax.\n"
        "The seven-member panel was presided over by Acting Chief Justice Kwabena "
        "Asare-Mensah, who read a summary of the unanimous decision.\n"
        "Advertisement\n"
        "The plaintiffs, a group of small traders in Kumasi, had argued that the levy was "
        "approved without a quorum. The court said the official record showed otherwise.\n"
        "\"The record of Parliament speaks for itself,\" the ruling said.\n"
        "Full reasons will be filed at the registry later.",
        "Supreme Court dismisses MoMo levy suit - Kumasi Express\n"
        "Chief Justice Kwabena Asare-Mensah led a seven-member panel that unanimously threw "
        "out the traders' case against the mobile money levy. "
        "The court held that Parliament had a quorum when it passed the 1.5 per cent tax. "
        "The traders, based in Kumasi, said they were disappointed. "
        "Full reasons will be published later.\n"
        "Share on Facebook",
        "Ghana top court upholds mobile money levy\n"
        "Photo: Courtesy Judicial Service\n"
        "A unanimous Supreme Court, presided over by Acting Chief Justice Kwabena "
        "Asare-Mensah, ruled that the levy was validly passed. "
        "The seven justices rejected claims that Parliament lacked a quorum. "
        "The plaintiffs were traders from Kumasi. "
        "The levy is 1.5% on each transfer.\n"
        "Read more: Cedi holds steady",
    ], None, r"acting chief justice|acting cj",
        r"(?<!acting )chief justice|(?<!acting )\bcj\b"),

    _case("court-AJ5", "court", "typo in a date's year", True, [
        "MANILA — The Sandiganbayan on Wednesday found a former town mayor in Batangas guilty "
        "of graft over a P38-million road contract awarded to a company owned by his "
        "brother-in-law.\n"
        "The anti-graft court's Fourth Division said the contract was awarded without public "
        "bidding.\n"
        "Advertisement\n"
        "The former mayor, who was present in court, was allowed to remain free on bail. His "
        "lawyer said they would file a motion for reconsideration.\n"
        "The court set a hearing on the penalty for May 28, 3026, and ordered the prosecution "
        "to submit its recommendation before then.",
        "Ex-Batangas mayor convicted of graft | Southern Luzon Today\n"
        "Skip to content\n"
        "A former Batangas town mayor was convicted by the Sandiganbayan on Wednesday over a "
        "P38-million road project given without bidding to his brother-in-law's firm.\n"
        "The Fourth Division allowed him to stay free on his existing bail.\n"
        "\"We respect the decision but we will seek reconsideration,\" his lawyer told "
        "reporters.\n"
        "A hearing on the penalty will be held on May 28, 2026, the court said.\n"
        "Share this article",
    ], ["2026-04-22", "2026-04-22"], r"3026",
        r"2026|^(?!.*3026).*(may 28|28 may)"),

    _case("court-AJ6", "court", "control: two unrelated quotes of one person", False, [
        "High Court rejects ex-miner boss appeal | Pilbara Pulse\n"
        "Skip to content\n"
        "The High Court has dismissed an appeal by former mining executive Graham Tolley "
        "against his conviction for misleading investors. "
        "The five judges were unanimous. "
        "His barrister, Sarah Whitlock, said outside court: \"My client is deeply "
        "disappointed.\" "
        "Tolley is serving a sentence of four years and six months.\n"
        "Advertisement\n"
        "Subscribe to our newsletter",
        "Tolley loses final appeal - WA Courts Roundup\n"
        "Share on Facebook | Share on X\n"
        "Graham Tolley, the former mining executive convicted of misleading investors, has "
        "lost his appeal in the High Court. "
        "All five justices rejected his case. "
        "\"We will now focus on his parole application,\" barrister Sarah Whitlock said. "
        "He is serving four and a half years.\n"
        "Read more: Perth magistrate retires after 30 years",
    ]),

    _case("court-AJ7", "court", "control: figures about different things", False, [
        "SEOUL — A Seoul court on Tuesday sentenced the founder of collapsed crypto lender "
        "Bluefin Lending to 12 years in prison for defrauding about 16,000 customers, and "
        "gave his co-founder eight years.\n"
        "The Seoul Southern District Court said founder Kang Min-jae had used new deposits to "
        "pay returns to earlier customers. Co-founder Oh Ji-hoon was found to have falsified "
        "the firm's reserve reports.\n"
        "Advertisement\n"
        "Losses are estimated at 640 billion won.\n"
        "Both men had denied the charges and are expected to appeal.",
        "Bluefin founders jailed: 12 and 8 years | Korea Fintech Watch\n"
        "Share on Facebook\n"
        "Kang Min-jae, who founded the failed crypto lending platform Bluefin Lending, was "
        "jailed for 12 years on Tuesday. The court gave co-founder Oh Ji-hoon 8 years.\n"
        "About 16,000 customers lost a combined 640 billion won when the platform froze "
        "withdrawals.\n"
        "Judges at the Seoul Southern District Court said Oh had falsified reserve reports, "
        "while Kang ran what amounted to a Ponzi scheme.\n"
        "Read more: Regulators tighten rules on virtual asset lenders",
        "Crypto lender co-founder gets eight years\n"
        "Oh Ji-hoon, co-founder of Bluefin Lending, was sentenced to eight years in prison in "
        "Seoul on Tuesday for falsifying reserve reports. "
        "His partner Kang Min-jae received 12 years. "
        "Some 16,000 customers lost money when the lender collapsed. "
        "Both are expected to appeal.",
    ], ["2026-06-30", "2026-06-30", "2026-06-30"]),

    # ----------------------------------------------------------- central bank
    _case("cb-AJ1", "central bank", "who cast the dissenting votes", True, [
        "PRAGUE, April 29 — The Czech National Bank kept its main interest rate at 3.50% on "
        "Wednesday, as expected, but two of the seven board members voted for a quarter-point "
        "cut, the bank said.\n"
        "Jan Frait and Karina Kubelková backed a reduction, while Governor Aleš Michl and the "
        "four other members voted to hold.\n"
        "Advertisement\n"
        "Inflation eased to 2.3% in March, close to the bank's 2% target, but Michl has "
        "warned repeatedly that services prices remain sticky.\n"
        "\"We are not in a hurry,\" Michl told a news conference.\n"
        "The crown was little changed at 24.60 per euro.",
        "ČNB holds at 3.5%, two dissent | Central Europe FX Daily\n"
        "Skip to content\n"
        "The Czech central bank left its two-week repo rate unchanged at 3.5 per cent on "
        "Wednesday in a 5-2 vote.\n"
        "The minority — board members Jan Frait and Jan Kubíček — wanted a 25 basis point "
        "cut.\n"
        "Annual inflation was 2.3 per cent in March, against a 2 per cent target.\n"
        "Governor Aleš Michl said the bank was \"not in a hurry\".\n"
        "EUR/CZK traded at 24.60 after the decision.\n"
        "Share on LinkedIn",
        "Two CNB members vote for cut\n"
        "Frait and Kubelková were the two members who voted to lower rates at Wednesday's "
        "meeting of the Czech National Bank board. The majority kept the rate at 3.50%. "
        "Inflation stood at 2.3% in March. The next meeting is in June.",
    ], ["2026-04-29", "2026-04-29", "2026-04-29"], r"kubelkov", r"kub[ií][cč]ek"),

    _case("cb-AJ2", "central bank", "date of the next meeting", True, [
        "Bank of Canada holds rate at 2.25% - Saskatoon Business Journal\n"
        "The Bank of Canada kept its key interest rate at 2.25 per cent on Wednesday. "
        "Governor Tiff Macklem said the economy was adjusting to U.S. tariffs and that "
        "inflation was close to target. "
        "Prairie economists had widely expected the hold. "
        "The bank's next rate announcement is scheduled for Oct. 28.\n"
        "Advertisement",
        "Rates unchanged, says BoC | Halifax Harbour News\n"
        "Skip to content\n"
        "Canada's central bank left its policy rate unchanged at 2.25% on Wednesday. "
        "Macklem said tariffs were still weighing on exporters, but price growth was near the "
        "2% goal. "
        "The next decision is due on October 21. "
        "Mortgage brokers in Halifax said borrowers were in wait-and-see mode.\n"
        "Share on Facebook",
    ], None, r"oct(ober|\.)? ?28|28 oct|-10-28", r"oct(ober|\.)? ?21|21 oct|-10-21"),

    _case("cb-AJ3", "central bank", "amount of bond purchases", True, [
        "JAKARTA — Bank Indonesia held its benchmark rate at 4.75% on Wednesday and said it "
        "would keep buying government bonds in the secondary market to support the rupiah "
        "and the government's financing needs.\n"
        "Governor Perry Warjiyo told a news conference that the central bank had bought 95 "
        "trillion rupiah of government bonds so far this year.\n"
        "Advertisement\n"
        "The rupiah traded at around 16,500 per dollar after the decision. Economists polled "
        "before the meeting had been split between a hold and a cut.\n"
        "\"Stability remains our priority,\" Warjiyo said.",
        "BI stands pat at 4.75%, keeps buying bonds | Jakarta Economic Review\n"
        "Share on X\n"
        "Indonesia's central bank kept its BI-Rate unchanged at 4.75 per cent on Wednesday, "
        "defying some analysts who had pencilled in a cut.\n"
        "Bank Indonesia's board said the rupiah, which hovered near 16,500 to the US dollar, "
        "needed support amid global volatility.\n"
        "Read more: Rupiah outlook for the second half\n"
        "In the year to date, BI has purchased Rp59 trillion of government securities on the "
        "secondary market, Governor Perry Warjiyo said, adding that purchases would "
        "continue.\n"
        "\"Stability remains our priority,\" he said.",
    ], None, r"(?<![\d.])95(?![\d.])", r"(?<![\d.])59(?![\d.])"),

    _case("cb-AJ4", "central bank", "size of a rate cut", True, [
        "MEXICO CITY — Mexico's central bank cut its benchmark interest rate by 25 basis "
        "points to 7.25% on Thursday, extending an easing cycle that began in early 2024, "
        "and signalled that it could pause at its next meeting.\n"
        "The Banco de México board's decision was split, with one deputy governor voting to "
        "keep the rate unchanged.\n"
        "Advertisement\n"
        "Headline inflation stood at 3.7% in the first half of the month, within the bank's "
        "tolerance range of 2% to 4%.\n"
        "The peso weakened slightly after the announcement.",
        "Banxico lowers key rate to 7.25% | LatAm Rates Monitor\n"
        "Skip to content\n"
        "The Bank of Mexico lowered its overnight interbank rate target by 50 basis points to "
        "7.25 per cent on Thursday in a four-to-one vote.\n"
        "Inflation of 3.7 per cent in the first half of the month gave the board room to "
        "move, analysts said.\n"
        "Banxico said future decisions would depend on incoming data.\n"
        "Share on LinkedIn",
        "Peso dips as Banxico trims rates\n"
        "Banxico's quarter-point cut on Thursday brought its key rate to 7.25%. "
        "The peso slipped against the dollar. "
        "One board member dissented. "
        "Inflation was 3.7% in the first half of the month.",
    ], None,
        r"(?<![\d.])25 ?(basis|bps?\b|bp\b|b\.p)|(?<![\d.])0\.25|quarter",
        r"(?<![\d.])50 ?(basis|bps?\b|bp\b|b\.p)|(?<![\d.])0\.50?(?!\d)|half[- ]point"),

    _case("cb-AJ5", "central bank",
          "control: basis points vs percentage points, old and new rate", False, [
        "MUMBAI — The Reserve Bank of India cut its key repo rate by 25 basis points to 5.25% "
        "on Friday, as inflation stayed well below target and growth proved stronger than "
        "expected.\n"
        "The six-member Monetary Policy Committee voted unanimously for the reduction, "
        "Governor Sanjay Malhotra said.\n"
        "Advertisement\n"
        "The RBI also announced open market purchases of government bonds worth 1 trillion "
        "rupees this month.\n"
        "\"Price pressures have eased more than we expected,\" Malhotra said.",
        "RBI trims repo rate to 5.25% | Pune Money Matters\n"
        "Share on WhatsApp\n"
        "The repo rate is now 5.25 per cent, down from 5.5 per cent, after the Reserve Bank's "
        "Monetary Policy Committee voted 6-0 for a quarter percentage point reduction on "
        "Friday.\n"
        "RBI Governor Sanjay Malhotra also said the central bank would buy government bonds "
        "worth ₹1 lakh crore through open market operations in December.\n"
        "Home loan borrowers in Pune can expect lower EMIs, bankers said.\n"
        "\"Price pressures have eased more than we expected,\" Malhotra said.",
    ], ["2025-12-05", "2025-12-05"]),

    _case("cb-AJ6", "central bank", "control: organisation named two ways, rounding", False, [
        "OSLO — Norges Bank kept its policy rate at 4.0% on Thursday and said it still "
        "expected to lower it once more in the coming year, as underlying inflation remained "
        "above target.\n"
        "Core inflation was 3.1% in the latest reading, against the bank's 2% goal.\n"
        "\"The policy rate will likely be reduced further, but we will proceed with "
        "caution,\" the bank's governor said in a statement.\n"
        "Advertisement\n"
        "The crown weakened slightly against the euro after the decision.",
        "Norway's central bank holds at 4 per cent | Nordic Rates Blog\n"
        "Skip to content\n"
        "The Norwegian central bank left rates on hold at 4 per cent.\n"
        "With core prices still rising at about 3 per cent a year — well above the 2 per "
        "cent target — the bank signalled only one further cut over the next 12 months.\n"
        "The governor said the bank would \"proceed with caution\".\n"
        "The krone dipped against the euro.\n"
        "Read more: Housing market cools in Oslo\n"
        "Share on Facebook",
    ]),

    _case("cb-AJ7", "central bank", "control: same moment on different calendar days", False, [
        "RBA holds rates; Aussie dollar slips - Midwest Markets Desk\n"
        "The Reserve Bank of Australia kept its cash rate at 3.60% in a decision released at "
        "10:30 p.m. Eastern time on Monday. "
        "Governor Michele Bullock said inflation was moving back toward the target band. "
        "The Australian dollar eased in late New York trade. "
        "Futures traders had priced in a hold.\n"
        "Advertisement",
        "RBA leaves cash rate at 3.6 per cent | Sunshine Coast Daily Brief\n"
        "Skip to content\n"
        "The Reserve Bank held the cash rate at 3.6 per cent at 2.30pm AEDT on Tuesday. "
        "Governor Michele Bullock said inflation was heading back towards the target band. "
        "Markets had expected no change. "
        "Mortgage holders on the coast will have to wait for relief.\n"
        "Share on Facebook",
    ], ["2026-02-02", "2026-02-03"]),

    # ----------------------------------------------------------------- rocket
    _case("rocket-AJ1", "rocket", "name of a test vehicle", True, [
        "SRIHARIKOTA, India — The Indian Space Research Organisation on Wednesday carried out "
        "the second test of the crew escape system for its Gaganyaan human spaceflight "
        "programme, using a single-stage test vehicle designated TV-D2.\n"
        "The rocket lifted off from the first launch pad at the Satish Dhawan Space Centre "
        "at 10 a.m., and the crew module splashed down in the Bay of Bengal about 10 km off "
        "the coast, where the Indian Navy recovered it.\n"
        "Advertisement\n"
        "ISRO chairman V. Narayanan said: \"It worked exactly as planned.\"\n"
        "An uncrewed orbital flight, G1, is planned later this year.",
        "ISRO tests Gaganyaan abort system again | Chennai Tech Desk\n"
        "Share on X\n"
        "ISRO's TV-D1 test vehicle lifted off at 10 a.m. on Wednesday from Sriharikota to "
        "check the Gaganyaan crew escape system, the agency's second such trial.\n"
        "The crew module parachuted into the Bay of Bengal roughly 10 km from shore and was "
        "retrieved by a Navy ship.\n"
        "Read more: Inside ISRO's astronaut training centre\n"
        "\"It worked exactly as planned,\" said ISRO chairman V. Narayanan.\n"
        "The first uncrewed orbital mission, G1, is due later this year.",
    ], ["2026-01-21", "2026-01-21"], r"tv-?d ?2\b|\bd2\b", r"tv-?d ?1\b|\bd1\b"),

    _case("rocket-AJ2", "rocket", "clock time across zones", True, [
        "TOKYO — Japan launched an H3 rocket carrying a government information-gathering "
        "satellite from the Tanegashima Space Center at 10:42 a.m. local time (0142 GMT) on "
        "Sunday, the Japan Aerospace Exploration Agency said.\n"
        "The satellite separated from the rocket about 20 minutes after liftoff, JAXA said.\n"
        "Advertisement\n"
        "The H3 is meant to replace the H-IIA, which has been retired. Mitsubishi Heavy "
        "Industries builds and operates the rocket.\n"
        "\"We are relieved,\" a JAXA project manager told reporters.",
        "H3 puts spy satellite into orbit | Kyushu Space Watch\n"
        "Skip to content\n"
        "An H3 rocket lifted off from Tanegashima, Kagoshima Prefecture, at 11:20 a.m. JST on "
        "Sunday with an intelligence-gathering satellite for the Cabinet Secretariat.\n"
        "JAXA confirmed that the satellite separated roughly 20 minutes into the flight.\n"
        "The rocket is built by Mitsubishi Heavy Industries and succeeds the H-IIA.\n"
        "Share on Facebook",
        "Japan's H3 launches reconnaissance satellite\n"
        "Liftoff from Tanegashima came at 01:42 GMT on Sunday. "
        "The satellite separated about 20 minutes later. "
        "It was the latest flight of the H3, the successor to the H-IIA. "
        "JAXA said the mission was a success.",
    ], None, r"10[:.]?42|01[:.]?42|\b1[:.]42", r"11[:.]?20|02[:.]?20|\b2[:.]20"),

    _case("rocket-AJ3", "rocket", "duration of a flight", True, [
        "Spectrum rocket reaches space on second try - Arctic Coast News\n"
        "Isar Aerospace's Spectrum rocket lifted off from Andøya Spaceport on Saturday and "
        "flew for about 11 minutes before its upper stage shut down early. "
        "The company said the first stage had performed flawlessly. "
        "No satellites reached their planned orbit. "
        "Local residents watched from the beaches near Nordmela.\n"
        "Advertisement",
        "Isar's second Spectrum flight ends early | Munich Startup Journal\n"
        "Skip to content\n"
        "The second flight of Isar Aerospace's Spectrum launcher lasted just under eight "
        "minutes on Saturday, the Munich-based company said. "
        "The rocket took off from Andøya in northern Norway. "
        "Its first stage worked as designed, but the second stage cut out early. "
        "The satellites on board did not reach orbit.\n"
        "Share on LinkedIn",
    ], None,
        r"(?<![\d.])11 ?(minutes?|mins?\b|m\b)|eleven minutes|660 ?s",
        r"(?<![\d.])[78](\.\d+)? ?(minutes?|mins?\b|m\b)|eight minutes|4[5-8]\d ?s"),

    _case("rocket-AJ4", "rocket", "launch site", True, [
        "LONG BEACH, Calif. — Rocket Lab launched another radar-imaging satellite for "
        "Japanese company iQPS on Thursday, its 12th Electron mission of the year.\n"
        "The Electron lifted off from Launch Complex 1 on New Zealand's Mahia Peninsula and "
        "released the QPS-SAR satellite into a 575 km orbit about an hour later.\n"
        "Advertisement\n"
        "\"Another flawless mission for a returning customer,\" Rocket Lab founder and chief "
        "executive Peter Beck said in a statement.\n"
        "iQPS aims to build a constellation of 36 satellites able to image the same spot on "
        "Earth every few minutes.",
        "Electron launches iQPS radar sat from Virginia | Space Coast Insider\n"
        "Share on Facebook | Share on X\n"
        "Rocket Lab's Electron rocket flew from Launch Complex 2 at Wallops Island, Virginia "
        "on Thursday, placing a synthetic-aperture radar satellite for Japan's iQPS into a "
        "575 km orbit.\n"
        "It was the company's 12th Electron launch this year.\n"
        "Peter Beck, Rocket Lab's chief executive, called it \"another flawless mission for a "
        "returning customer\".\n"
        "Read more: Neutron rocket update",
        "Rocket Lab flies iQPS satellite from Mahia\n"
        "Rocket Lab's Electron lifted off from Mahia on Thursday with a radar satellite for "
        "iQPS. It was the 12th Electron flight this year. The satellite was released into a "
        "575 km orbit. Gisborne residents reported seeing the rocket's trail.",
    ], ["2026-05-07", "2026-05-07", "2026-05-07"],
        r"mahia|new zealand|complex 1\b|lc-?1\b", r"wallops|virginia|complex 2\b|lc-?2\b"),

    _case("rocket-AJ5", "rocket", "time of a landing", True, [
        "Lihong-1 capsule lands safely in Gobi - Orbital Asia Notes\n"
        "The Lihong-1 suborbital vehicle's return capsule touched down by parachute in the "
        "Gobi desert at 4:07 p.m. Beijing time on Friday, CAS Space said. "
        "The rocket had launched from the Jiuquan Satellite Launch Center. "
        "The capsule carried biology and materials experiments from several universities. "
        "The company plans to offer the service commercially from next year.\n"
        "Advertisement",
        "CAS Space recovers Lihong-1 capsule | Beijing Tech Wire\n"
        "Skip to content\n"
        "CAS Space said its Lihong-1 return capsule landed in the Gobi desert at 3:41 p.m. "
        "Beijing time on Friday after a suborbital flight from Jiuquan. "
        "Experiments from several universities were on board. "
        "Commercial flights are planned from next year.\n"
        "Share on WeChat",
    ], None, r"4[:.]07|16[:.]?07|08[:.]?07", r"3[:.]41|15[:.]?41|07[:.]?41"),

    _case("rocket-AJ6", "rocket", "control: km vs miles", False, [
        "Esrange sounding rocket reaches 105 km - Norrbotten News\n"
        "A sounding rocket carrying microgravity experiments climbed to an altitude of 105 km "
        "after launching from Esrange Space Center near Kiruna on Friday. "
        "The payload experienced about six minutes of weightlessness, the Swedish Space "
        "Corporation said. "
        "It landed by parachute some 70 km north of the launch site and was recovered by "
        "helicopter. "
        "The experiments came from universities in Germany and Sweden.\n"
        "Advertisement",
        "Swedish rocket carries experiments to edge of space | Space Explorers Blog\n"
        "Share on Facebook\n"
        "SSC's sounding rocket soared to about 65 miles above Lapland on Friday. "
        "Researchers got six minutes of microgravity for their experiments. "
        "The payload parachuted back to earth roughly 43 miles north of Esrange, near "
        "Kiruna, and a helicopter picked it up. "
        "German and Swedish universities supplied the experiments.\n"
        "Read more: Why Esrange matters for Europe",
    ], ["2026-08-14", "2026-08-14"]),

    _case("rocket-AJ7", "rocket", "control: one person's two unrelated quotes", False, [
        "HYDERABAD — Skyroot Aerospace said on Tuesday that its Vikram-1 rocket had reached "
        "orbit on its first flight, making the Hyderabad start-up the first private Indian "
        "company to put satellites into orbit on its own launcher.\n"
        "The four-stage rocket lifted off from Sriharikota and released two small "
        "satellites, the company said.\n"
        "Advertisement\n"
        "\"This is the day our team has worked toward for seven years,\" said Pawan Kumar "
        "Chandana, Skyroot's co-founder and chief executive.\n"
        "The Indian National Space Promotion and Authorisation Centre (IN-SPACe) authorised "
        "the launch.\n"
        "Subscribe for updates",
        "Vikram-1 makes it to orbit | Deccan Startup News\n"
        "Skip to content\n"
        "Hyderabad-based Skyroot's Vikram-1 launcher reached orbit on its maiden mission on "
        "Tuesday, carrying two small satellites from Sriharikota.\n"
        "The four-stage vehicle was cleared by IN-SPACe, India's space regulator.\n"
        "Asked about the next flight, Skyroot CEO Pawan Kumar Chandana said: \"We want to fly "
        "again within six months.\"\n"
        "Share on WhatsApp\n"
        "Read more: Telangana's space policy explained",
    ]),

    # ------------------------------------------------------------- earthquake
    _case("quake-AJ1", "earthquake", "magnitude", True, [
        "LIMA — A magnitude 6.1 earthquake shook southern Peru on Monday, damaging adobe "
        "homes in the highlands of the Arequipa region and briefly cutting power to parts of "
        "the city of Arequipa, authorities said.\n"
        "The quake struck at a depth of 40 km, about 60 km north of the town of Chivay, "
        "according to Peru's Geophysical Institute (IGP), which measured its magnitude.\n"
        "Advertisement\n"
        "Civil defence officials reported 14 people injured and no deaths. Several roads into "
        "the Colca Canyon were blocked by landslides.\n"
        "\"We are assessing the damage house by house,\" a regional official told local "
        "radio.",
        "Strong quake rattles Arequipa; 14 hurt | Andes Report\n"
        "Skip to content\n"
        "Photo: Courtesy INDECI\n"
        "A strong earthquake hit the Arequipa region on Monday, injuring 14 people and "
        "damaging dozens of adobe houses in the Colca valley.\n"
        "Peru's Geophysical Institute (IGP) put the magnitude at 6.4 and located the "
        "epicentre 60 km north of Chivay, at a depth of 40 km.\n"
        "Landslides blocked several roads into the Colca Canyon. No deaths were reported.\n"
        "Read more: How to prepare an emergency kit",
        "Arequipa quake: 14 injured\n"
        "Monday's magnitude 6.4 earthquake in southern Peru injured 14 people, civil defence "
        "officials said. The epicentre was 60 km north of Chivay. Power was briefly cut in "
        "Arequipa city. No one was killed.",
    ], ["2026-02-09", "2026-02-09", "2026-02-09"],
        r"(?<![\d.])6\.1(?!\d)", r"(?<![\d.])6\.4(?!\d)"),

    _case("quake-AJ2", "earthquake", "epicentre town", True, [
        "5.6 quake shakes Malatya - Anatolia Local News\n"
        "A magnitude 5.6 earthquake centred in the Pütürge district of Malatya shook eastern "
        "Türkiye early on Thursday, the disaster agency AFAD said. "
        "Some already-damaged buildings collapsed, but they had been empty since 2023. "
        "Three people were slightly hurt while fleeing their homes. "
        "Tremors were felt in Elazığ and Adıyaman.\n"
        "Advertisement",
        "Malatya earthquake: epicentre in Doğanyol | Eastern Türkiye Today\n"
        "Skip to content\n"
        "AFAD said the magnitude 5.6 tremor early on Thursday had its epicentre in Doğanyol, "
        "a small district of Malatya province. "
        "Three people suffered minor injuries as they ran outside. "
        "A few vacant buildings damaged in 2023 fell down. "
        "The quake was also felt in Elazığ and Adıyaman.\n"
        "Share on Facebook",
    ], None, r"p[uü]t[uü]rge", r"do[gğ]anyol"),

    _case("quake-AJ3", "earthquake", "death toll conflict on the same day", True, [
        "KATHMANDU — At least 23 people were killed and dozens injured when a magnitude 6.0 "
        "earthquake struck Nepal's far-western Bajhang district late on Tuesday, officials "
        "said on Wednesday.\n"
        "Most of the dead were in villages near Chainpur, the district headquarters, where "
        "stone houses collapsed, the home ministry said.\n"
        "Advertisement\n"
        "Army helicopters flew the injured to hospitals in Dhangadhi. Rescue work was "
        "hampered by landslides on the only road into the district.\n"
        "\"We are still trying to reach the remote wards,\" a district official said.",
        "Bajhang earthquake death toll rises to 32 | Far-West Online\n"
        "Skip to content\n"
        "Share on Facebook\n"
        "Thirty-two people have died in the earthquake that hit Bajhang late on Tuesday, the "
        "Ministry of Home Affairs said on Wednesday.\n"
        "The magnitude 6.0 quake flattened stone houses in villages around Chainpur.\n"
        "Injured people were airlifted to Dhangadhi by Nepal Army helicopters, and landslides "
        "blocked the main road.\n"
        "Read more: Relief collection points in Kathmandu",
        "Nepal quake kills 23 in far west\n"
        "The earthquake in Bajhang district has killed at least 23 people, Nepal's home "
        "ministry said on Wednesday. The quake, of magnitude 6.0, struck late on Tuesday. "
        "Helicopters carried the injured to Dhangadhi. Landslides cut the district's main "
        "road.",
    ], ["2026-06-03", "2026-06-03", "2026-06-03"],
        r"(?<![\d.])23(?![\d.])|twenty-three", r"(?<![\d.])32(?![\d.])|thirty-two"),

    _case("quake-AJ4", "earthquake", "number of aftershocks", True, [
        "ATHENS — A magnitude 5.9 earthquake struck off the Greek island of Kasos early on "
        "Wednesday, rattling buildings on Crete and Rhodes but causing no serious damage, "
        "officials said.\n"
        "The quake was centred at sea about 30 km south of Kasos, according to the "
        "Geodynamic Institute in Athens.\n"
        "Advertisement\n"
        "Seismologists recorded more than 120 aftershocks, the largest of magnitude 4.3.\n"
        "\"There is no reason for alarm, but people should stay away from old buildings,\" "
        "said Nikos Karalis, a seismologist at the institute.\n"
        "Schools on Kasos stayed closed on Thursday as a precaution.",
        "Quake off Kasos felt across Dodecanese | Aegean Island Times\n"
        "Share on Facebook | Share on X\n"
        "Residents of Crete and Rhodes said they felt strong shaking when a magnitude 5.9 "
        "earthquake struck at sea south of Kasos on Wednesday, but there were no reports of "
        "injuries or serious damage.\n"
        "The epicentre was some 30 km south of the island, the Geodynamic Institute said.\n"
        "Read more: Ferry schedules for the Dodecanese\n"
        "The institute counted about 40 aftershocks, the strongest measuring 4.3.\n"
        "Kasos schools were closed on Thursday as a precaution.",
    ], ["2025-09-18", "2025-09-18"],
        r"(?<![\d.])120(?![\d.])|hundred and twenty", r"(?<![\d.])40(?![\d.])|forty"),

    _case("quake-AJ5", "earthquake", "clock time across zones", True, [
        "JAKARTA — A magnitude 5.8 earthquake struck Central Sulawesi at 9:59 p.m. local time "
        "(1359 GMT) on Sunday, damaging a church and several houses in Poso regency, "
        "Indonesia's meteorology and geophysics agency BMKG said.\n"
        "The agency said the quake, at a depth of 10 km, did not have the potential to "
        "trigger a tsunami.\n"
        "Advertisement\n"
        "At least 29 people were treated for injuries, most of them cuts from falling glass, "
        "the local disaster agency said.\n"
        "\"People panicked and ran out of their houses,\" a resident of Poso told a local "
        "radio station.",
        "Poso quake injures 29 | Sulawesi Today\n"
        "Skip to content\n"
        "Residents of Poso spent the night outdoors after a 5.8-magnitude earthquake hit at "
        "10:39 p.m. local time on Sunday.\n"
        "BMKG said the shallow quake, 10 km deep, posed no tsunami threat.\n"
        "A church and several homes were damaged and 29 people were hurt, mostly by broken "
        "glass, according to the regional disaster management agency (BPBD).\n"
        "Share on Facebook\n"
        "Read more: Central Sulawesi's history of earthquakes",
    ], None, r"9[:.]59|13[:.]?59|21[:.]?59", r"10[:.]39|14[:.]?39|22[:.]?39"),

    _case("quake-AJ6", "earthquake", "control: km vs miles", False, [
        "Quake rattles Humboldt County - North Coast Gazette\n"
        "A magnitude 4.9 earthquake struck about 16 miles southwest of Ferndale on Tuesday "
        "morning, according to the USGS. "
        "The quake was centred roughly 12 miles beneath the seafloor. "
        "No damage was reported, though residents of Eureka said dishes rattled. "
        "A few small aftershocks followed.\n"
        "Advertisement",
        "M4.9 earthquake off northern California | Pacific Seismic Blog\n"
        "Skip to content\n"
        "The USGS recorded a magnitude 4.9 quake on Tuesday morning, 26 km southwest of "
        "Ferndale, California. "
        "Its depth was about 19 km. "
        "There were no reports of damage, and shaking in Eureka was described as light. "
        "Some small aftershocks followed.\n"
        "Share on Facebook",
    ]),

    _case("quake-AJ7", "earthquake", "control: toll updated later, dates show it", False, [
        "QUITO — A magnitude 6.0 earthquake on Tuesday killed at least nine people in "
        "Ecuador's northern Esmeraldas province and injured about 70, the national risk "
        "management secretariat said on Wednesday.\n"
        "The quake struck at 6:12 p.m. local time, about 20 km from the port city of "
        "Esmeraldas, collapsing houses in neighbourhoods along the river.\n"
        "Advertisement\n"
        "President Daniel Noboa declared a 60-day state of emergency in the province.\n"
        "Rescuers were still searching for people believed trapped under rubble, officials "
        "said.",
        "Esmeraldas quake toll climbs to 17 | Ecuador Coast News\n"
        "Skip to content\n"
        "The number of people killed by Tuesday's magnitude 6.0 earthquake in Esmeraldas has "
        "risen to 17, Ecuador's risk management secretariat said on Friday, after rescuers "
        "pulled more bodies from collapsed homes.\n"
        "Some 85 people were injured. The quake hit at 6:12 p.m. about 20 km from the city of "
        "Esmeraldas.\n"
        "President Daniel Noboa has declared a state of emergency in the province for 60 "
        "days.\n"
        "Read more: How to donate to quake victims",
    ], ["2026-01-14", "2026-01-16"]),

    _case("quake-AJ8", "earthquake", "control: same moment on different calendar days",
          False, [
        "Strong quake shakes northern Japan - Seattle Pacific Report\n"
        "A magnitude 6.6 earthquake struck off Japan's Iwate Prefecture at 11:10 a.m. "
        "Eastern time on Saturday, the U.S. Geological Survey said. "
        "The Japan Meteorological Agency issued a tsunami advisory for the Pacific coast that "
        "was later lifted. "
        "There were no immediate reports of serious damage. "
        "East Japan Railway briefly halted bullet trains.\n"
        "Advertisement",
        "M6.6 quake off Iwate; tsunami advisory lifted | Tohoku English Post\n"
        "Skip to content\n"
        "An earthquake of magnitude 6.6 occurred off Iwate Prefecture at 1:10 a.m. on "
        "Sunday. "
        "The Japan Meteorological Agency briefly issued a tsunami advisory for the Pacific "
        "coast. "
        "No major damage has been reported. "
        "JR East suspended Shinkansen services for a time.\n"
        "Share on Facebook",
    ], ["2026-01-24", "2026-01-25"]),

    # --------------------------------------------------------------- election
    _case("elec-AJ1", "election", "vote share", True, [
        "LILONGWE — Former president Peter Mutharika won Malawi's presidential election with "
        "56.1% of the vote, the electoral commission announced on Wednesday, unseating "
        "incumbent Lazarus Chakwera amid anger over high prices and fuel shortages.\n"
        "Chakwera took 33.0%, the Malawi Electoral Commission said. Turnout was 76%.\n"
        "Advertisement\n"
        "Chakwera conceded a day earlier, saying he respected the will of the people.\n"
        "Mutharika, 85, previously led the country from 2014 to 2020.",
        "Mutharika wins Malawi vote | Southern Africa Monitor\n"
        "Share on Facebook\n"
        "Peter Mutharika has been declared the winner of Malawi's presidential election after "
        "securing 51.6 per cent of the votes cast.\n"
        "Outgoing president Lazarus Chakwera, who had already conceded, got 33 per cent, "
        "according to the Malawi Electoral Commission (MEC).\n"
        "Turnout stood at 76 per cent.\n"
        "The 85-year-old Mutharika was president between 2014 and 2020.\n"
        "Read more: Kwacha under pressure",
        "Malawi: Mutharika returns with 56.1%\n"
        "Mutharika won 56.1 per cent in the presidential race, the MEC announced on "
        "Wednesday. Chakwera got 33 per cent. Turnout was 76 per cent. Chakwera had conceded "
        "on Tuesday.",
    ], ["2025-09-24", "2025-09-24", "2025-09-24"],
        r"(?<![\d.])56\.1(?!\d)", r"(?<![\d.])51\.6(?!\d)"),

    _case("elec-AJ2", "election", "winning margin", True, [
        "Hamilton has a new mayor - Waikato Weekly\n"
        "Councillor Maria Tane has been elected mayor of Hamilton, beating the incumbent by "
        "1,214 votes on preliminary results. "
        "Turnout was 39 per cent. "
        "Tane said she would focus on rates and roading. "
        "Final results are due on Thursday.\n"
        "Advertisement",
        "Tane wins Hamilton mayoralty | NZ Local Democracy Blog\n"
        "Skip to content\n"
        "Maria Tane is Hamilton's mayor-elect after finishing 1,412 votes ahead of the "
        "sitting mayor in preliminary counting. "
        "Voter turnout reached 39%. "
        "She campaigned on keeping rates down and fixing roads. "
        "Official results will be declared on Thursday.\n"
        "Share on Facebook",
    ], None, r"(?<![\d.,])1,?214(?!\d)", r"(?<![\d.,])1,?412(?!\d)"),

    _case("elec-AJ3", "election", "turnout", True, [
        "LISBON — Portugal's centre-right Social Democrats won the most town halls in "
        "Sunday's local elections, while the far-right Chega party failed to win control of "
        "any of the largest cities, official results showed on Monday.\n"
        "Turnout was 59.3%, the highest in a local vote since 2001, according to the "
        "Ministry of Internal Administration.\n"
        "Advertisement\n"
        "In Lisbon, incumbent mayor Carlos Moedas was re-elected.\n"
        "The Socialists held on to a string of councils in the south.",
        "Portugal local elections: PSD on top, Chega short of big cities | Iberia Politics "
        "Weekly\n"
        "Skip to content\n"
        "The Social Democrats (PSD) came first in Sunday's municipal elections, results "
        "published on Monday showed.\n"
        "Chega made gains in smaller councils but won none of the biggest cities. Carlos "
        "Moedas kept his job as mayor of Lisbon.\n"
        "Read more: Who is Carlos Moedas?\n"
        "Turnout reached 53.9 per cent, the interior ministry said, the best for a local "
        "election since 2001.\n"
        "The Socialist Party kept several municipalities in the Alentejo and Algarve.",
        "Portugal turnout 53.9% in local vote\n"
        "Some 53.9% of registered voters cast ballots in Sunday's local elections, according "
        "to the interior ministry. The PSD won the most councils. Chega failed to take any "
        "large city. Moedas was re-elected in Lisbon.",
    ], None, r"(?<![\d.])59[.,]3(?!\d)", r"(?<![\d.])53[.,]9(?!\d)"),

    _case("elec-AJ4", "election", "percent vs percentage points", True, [
        "MUNICH — Bavaria's conservative Christian Social Union remained the strongest force "
        "in Sunday's local elections across the state, while the Greens lost ground in "
        "Munich, preliminary results showed on Monday.\n"
        "In the Munich city council vote, the Greens' share fell by 6 percentage points "
        "compared with 2020, leaving them second behind the CSU.\n"
        "Advertisement\n"
        "Mayor Dieter Reiter of the Social Democrats faces a run-off against the CSU "
        "candidate on March 22, as no candidate won an outright majority.\n"
        "The far-right AfD gained seats on several rural district councils.",
        "Bavarian local elections: CSU ahead, Munich Greens slip | Isar Post English\n"
        "Share on Facebook\n"
        "The CSU came out on top in Bavaria's municipal elections on Sunday.\n"
        "In Munich, the Greens' vote share was down 6 percent on the last city council "
        "election in 2020, though they remain the second-largest group behind the CSU.\n"
        "SPD mayor Dieter Reiter will face the CSU's challenger in a run-off on March 22.\n"
        "Read more: How Bavaria's complicated ballot works",
    ], ["2026-03-09", "2026-03-09"],
        r"(?<![\d.])6(\.0+)? ?(percentage[- ]points?|pp\b|pts?\b|points?)",
        r"(?<![\d.])6(\.0+)? ?(%|per ?cent(?!age)|pct)"),

    _case("elec-AJ5", "election", "speaker credited with a quote", True, [
        "CHISINAU — Moldova's pro-European Party of Action and Solidarity (PAS) kept its "
        "parliamentary majority in Sunday's election, winning 50.2% of the vote with nearly "
        "all ballots counted, the Central Electoral Commission said on Monday.\n"
        "The pro-Russian Patriotic Electoral Bloc came second with 24.2%.\n"
        "Advertisement\n"
        "\"Moldovans have chosen their road, and it leads to Europe,\" PAS spokeswoman Elena "
        "Rusu told reporters at the party's headquarters.\n"
        "Observers from the OSCE are due to present their preliminary findings on Tuesday.",
        "PAS holds on to majority in Moldova | Eastern Europe Election Watch\n"
        "Skip to content\n"
        "The ruling PAS won 50.2 per cent in Moldova's parliamentary election, according to "
        "the CEC's preliminary count, ahead of the Patriotic Bloc on 24.2 per cent.\n"
        "\"Moldovans have chosen their road, and it leads to Europe,\" said Victor Moraru, who "
        "ran the PAS campaign.\n"
        "OSCE observers will give their first assessment on Tuesday.\n"
        "Share on X",
        "Moldova's PAS keeps majority\n"
        "PAS took 50.2% in Sunday's vote, the electoral commission said. The Patriotic Bloc "
        "got 24.2%. \"Moldovans have chosen their road, and it leads to Europe,\" said party "
        "spokeswoman Elena Rusu. OSCE observers report on Tuesday.",
    ], None, r"rusu", r"moraru"),

    _case("elec-AJ6", "election", "control: vote counts of different parties", False, [
        "Latvia election: New Unity first - Baltic Morning\n"
        "New Unity won 182,400 votes in Saturday's parliamentary election, the Central "
        "Election Commission said on Monday. "
        "The National Alliance came second with 97,600 votes. "
        "Turnout was 58.1%. "
        "Coalition talks are expected to begin this week.\n"
        "Advertisement",
        "Final count: New Unity ahead of National Alliance | Riga Local Politics\n"
        "Skip to content\n"
        "According to the CVK, Latvia's election commission, the National Alliance received "
        "97,600 votes on Saturday, well behind New Unity's 182,400. "
        "Some 58.1 per cent of voters took part. "
        "Smaller parties split the rest of the vote. "
        "Parties will start coalition negotiations this week.\n"
        "Share on Facebook",
    ], ["2026-10-05", "2026-10-05"]),

    _case("elec-AJ7", "election", "control: rounding, site boilerplate", False, [
        "KOTA KINABALU — Gabungan Rakyat Sabah (GRS), the coalition led by Chief Minister "
        "Hajiji Noor, won 29 of the 73 seats in the Sabah state election, the Election "
        "Commission said early on Sunday, short of a majority but enough to lead talks on "
        "forming the next government.\n"
        "Turnout was 64.3%, the commission said.\n"
        "Advertisement\n"
        "Warisan won 25 seats, while the remainder were split among smaller parties and "
        "independents.\n"
        "Share this article",
        "Sabah polls: GRS largest, no majority | Borneo Evening News\n"
        "Skip to content\n"
        "Share on Facebook | Share on X | Share on WhatsApp\n"
        "Hajiji Noor's GRS emerged as the biggest bloc in the 73-seat Sabah assembly with 29 "
        "seats, the EC announced early Sunday.\n"
        "Warisan secured 25 seats, with smaller parties and independents taking the rest.\n"
        "About 64 per cent of eligible voters turned out.\n"
        "Subscribe to our newsletter | Terms of use | © 2025 Borneo Evening News",
    ]),
]
