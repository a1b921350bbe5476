"""Blind battery of disagreements in the hidden check's domains, part O (issue 11).

Part O, written by engineer O1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py O``. Every text was written for this battery; facts are
real or plausible-invented. Must-report cases plant exactly one disagreement between
outlets (long reports, the disagreeing fact often buried among background figures);
controls tell the same facts differently and must produce no report.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "O", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---- trade ----
    _case("trade-O1", "trade", "duration of talks", True, [
        ("GENEVA (Reuters) - U.S. and Chinese officials wrapped up two days of trade talks in "
         "Geneva on Sunday, with both sides calling the meeting productive but giving away few "
         "details. Treasury Secretary Scott Bessent told reporters outside the venue that "
         "'substantial progress' had been made and that more would be said on Monday. He was "
         "joined at the table by U.S. Trade Representative Jamieson Greer. China's delegation "
         "was led by Vice Premier He Lifeng, Beijing's point man on economic ties with "
         "Washington. The meeting was the first face-to-face encounter between the two sides "
         "since April, when Washington lifted its duties on most Chinese imports to 145% and "
         "Beijing retaliated with 125% levies on American goods. Saturday's opening session ran "
         "late into the evening at a diplomatic residence overlooking Lake Geneva. Sunday's "
         "session lasted nearly ten hours, according to a person briefed on the discussions, "
         "who asked not to be named because the talks were private. Goods trade between the "
         "world's two largest economies totalled about $582 billion last year, U.S. Census "
         "Bureau figures show. 'We understand the importance of this,' Greer said, adding that "
         "the gaps between the two sides were not as wide as many had assumed. Swiss Economy "
         "Minister Guy Parmelin, who helped arrange the meeting, said the fact that the talks "
         "had happened at all was a success. Advertisement. Asian markets will be watched "
         "closely when they open on Monday."),
        ("Trade talks between Washington and Beijing ended in Switzerland on Sunday after a "
         "second long day behind closed doors, and both camps are now promising news. Read "
         "more: What the tariff war means for your weekly shop. The negotiators spent two days "
         "together at the weekend, their first direct meeting since the escalation of April, "
         "when the US raised tariffs on Chinese goods to 145 per cent and China hit back with "
         "duties of 125 per cent on US products. US Treasury Secretary Scott Bessent said "
         "afterwards that the sides had made 'substantial progress', and said details would "
         "follow on Monday. Vice Premier He Lifeng headed the Chinese team. He told Chinese "
         "media that the talks had been 'candid, in-depth and constructive' and had produced "
         "'important consensus'. The Sunday round ran for roughly six and a half hours, Xinhua "
         "reported, citing a member of the Chinese delegation. Economists say a deal to lower "
         "tariffs would ease pressure on factories in Guangdong and Zhejiang, and on American "
         "farmers who once sold China around a quarter of their soybean exports. Container "
         "bookings from Chinese ports to the US West Coast have collapsed since the tariffs "
         "took effect. Share this article. A joint statement is expected later on Monday."),
          ], ["2025-05-11", "2025-05-12"],
          r"\b(10|ten|9\.\d+) ?(hours?|hrs?|h\b)|nearly (10|ten)\b|600 ?min",
          r"six and a half|6\.5 ?(hours?|hrs?|h\b)|\b6 ?(hours?|hrs?),? (and )?30|390 ?min"),
    _case("trade-O2", "trade", "title of a delegate", True, [
        ("LONDON - Senior American and Chinese officials resumed trade negotiations in London "
         "on Monday, seeking to rescue a truce that each side accuses the other of breaking. "
         "The US team was led by Treasury Secretary Scott Bessent and included Commerce "
         "Secretary Howard Lutnick and Trade Representative Jamieson Greer. Lutnick's presence "
         "was seen as a signal that export controls on chips and software would be on the "
         "table. Vice Premier He Lifeng again led the Chinese delegation. The dispute centres "
         "on China's export licences for rare earth magnets, which carmakers in Europe and the "
         "US say have slowed to a trickle. Washington, for its part, has restricted sales of "
         "chip design software to Chinese firms. The Geneva deal reached last month cut US "
         "tariffs on Chinese goods to 30% and China's on US goods to 10% for 90 days. President "
         "Donald Trump said on social media that the talks were 'going well'. The meeting took "
         "place at Lancaster House, a government mansion near Buckingham Palace. British "
         "officials hosted but did not take part. Talks were expected to continue into a second "
         "day."),
        ("Negotiators from the world's two biggest economies sat down in central London on "
         "Monday for a fresh round of talks on trade. Washington's side is headed by Bessent, "
         "the Treasury secretary, alongside Howard Lutnick, the US trade representative, who "
         "has been outspoken about China's slow approval of rare earth exports. Beijing sent "
         "Vice Premier He Lifeng. Manufacturers say shipments of rare earth magnets, used in "
         "everything from electric motors to missile guidance systems, have dwindled since "
         "China added licence requirements in April. The US has meanwhile curbed exports of "
         "chip design software and jet engine parts to China. Last month in Geneva the two "
         "sides agreed a 90-day truce that lowered American duties on Chinese goods to 30 per "
         "cent and Chinese duties on American goods to 10 per cent. Trump wrote online that the "
         "talks with China were 'going well'. The meeting is being held at Lancaster House, "
         "close to Buckingham Palace, with the UK government acting as host. Advertisement. A "
         "second day of negotiations was planned."),
          ], None,
          r"commerce",
          r"trade representative|ustr"),
    _case("trade-O3", "trade", "length of tariff pause", True, [
        ("GENEVA, May 12 (AP) - The United States and China said Monday they would sharply "
         "lower the tariffs they have slapped on each other's goods, pausing most of the "
         "increases while negotiations continue. Under a joint statement released after weekend "
         "talks in Geneva, the US will reduce its duties on Chinese imports to 30% from 145%, "
         "and China will cut its levies on American products to 10% from 125%. The reductions "
         "are to last 90 days, during which officials will keep talking. The new rates take "
         "effect by May 14. Stocks jumped on the news, with the S&P 500 gaining more than 3% by "
         "the close. The tariffs had brought much of the $582 billion in annual trade between "
         "the countries to a standstill. Treasury Secretary Scott Bessent said the two sides "
         "would set up a mechanism for further talks, with the Chinese side represented by Vice "
         "Premier He Lifeng. A 20% tariff linked to fentanyl trafficking remains in place and "
         "is part of the 30% total. 'The consensus from both delegations this weekend is "
         "neither side wants a decoupling,' Bessent told a news conference."),
        ("China and the US have agreed to roll back most of the tariffs imposed since early "
         "April, in a breakthrough that sent markets soaring on Monday. Washington will lower "
         "the levy on Chinese imports from 145 per cent to 30 per cent; Beijing will reduce its "
         "tariff on US goods from 125 per cent to 10 per cent. The cuts apply for a period of "
         "120 days while the two sides negotiate a broader deal, according to the joint "
         "statement issued in Geneva. The 30 per cent figure includes a 20 per cent duty "
         "Washington says is tied to China's role in the fentanyl trade. China's commerce "
         "ministry called the agreement an important step toward resolving differences. The S&P "
         "500 ended more than 3 per cent higher, and Hong Kong's Hang Seng index rose nearly 3 "
         "per cent. Related: Which products are still facing tariffs? Analysts cautioned that "
         "the truce left many issues unresolved, including export controls and China's "
         "industrial subsidies. The changes take effect by 14 May. Trade between the two "
         "countries, worth about $582bn last year, had all but stalled."),
          ], ["2025-05-12", "2025-05-12"],
          r"(?<![\d.])90(?!\d|\.\d)|ninety|three months",
          r"(?<![\d.])120(?!\d|\.\d)|four months"),
    _case("trade-O4", "trade", "venue of talks", True, [
        ("STOCKHOLM - US and Chinese trade negotiators began two days of talks in the Swedish "
         "capital on Monday, hoping to extend a truce that is due to expire on Aug. 12. "
         "Treasury Secretary Scott Bessent and Vice Premier He Lifeng led their delegations "
         "into Rosenbad, the government offices in central Stockholm. It is the third round "
         "since May, after meetings in Geneva and London. Without an extension, US tariffs on "
         "Chinese goods could snap back to triple-digit levels. Bessent told Fox Business "
         "before the trip that he saw 'a very good chance' of a longer pause. Swedish Prime "
         "Minister Ulf Kristersson greeted both teams. China's Ministry of Commerce said the "
         "two sides would continue to make good use of the consultation mechanism. Analysts "
         "expect discussion of China's purchases of Russian and Iranian oil, which Washington "
         "wants reduced. The US goods trade deficit with China was $295.4 billion last year. "
         "The talks are scheduled to end on Tuesday."),
        ("Read more: Beijing's rare-earth lever. American and Chinese officials began the "
         "latest round of tariff talks in Sweden on Monday, their third meeting in three "
         "months. The negotiators gathered at Harpsund, the Swedish prime minister's country "
         "residence, according to people at the venue. US Treasury Secretary Scott Bessent led "
         "Washington's team; Vice Premier He Lifeng represented China. The current tariff truce "
         "ends on 12 August, and if it lapses duties could jump back above 100 per cent. Prime "
         "Minister Ulf Kristersson welcomed the delegations. The earlier rounds took place in "
         "Geneva in May and in London in June. Washington is pressing Beijing to curb its "
         "purchases of sanctioned oil from Russia and Iran. A spokesman for China's commerce "
         "ministry said Beijing hoped the talks would be conducted on the basis of mutual "
         "respect. The negotiations are expected to run until Tuesday."),
          ], None,
          r"rosenbad",
          r"harpsund"),
    _case("trade-O5", "trade", "weekday of talks' end", True, [
        ("LONDON (Reuters) - The United States and China have agreed on a framework to put "
         "their Geneva truce back on track, officials said after talks in London that ended "
         "late on Tuesday. Commerce Secretary Howard Lutnick said the framework would remove "
         "some US export restrictions once China resumes approving rare earth shipments. The "
         "deal still requires approval from President Donald Trump and President Xi Jinping. "
         "Trump wrote afterwards that the deal with China was done, subject to final sign-off, "
         "and said the US would collect tariffs totalling 55% on Chinese goods, a figure that "
         "stacks several existing duties. Chinese Vice Premier He Lifeng said the two sides "
         "should 'enhance consensus'. The London meeting came a month after the Geneva "
         "agreement that cut tariffs for 90 days. The talks took place at Lancaster House over "
         "two days. US officials said no new tariff cuts were agreed. Shares in Asia were "
         "little changed."),
        ("US and Chinese negotiators reached a 'framework' deal in London to ease export curbs "
         "on both sides, after a two-day meeting that wrapped up on Wednesday. The arrangement "
         "is meant to restore the truce reached in Geneva in May, which lowered tariffs for 90 "
         "days. Under it, China would speed up licences for rare earth minerals and magnets, "
         "while Washington would lift some of the restrictions it imposed on chip design "
         "software and ethane. US Commerce Secretary Howard Lutnick told reporters the "
         "framework still needed sign-off from both presidents. Donald Trump later announced on "
         "his Truth Social platform that the deal was done, and said the US would be getting 55 "
         "per cent tariffs on Chinese goods. Analysts noted that the 55 per cent figure "
         "combines several layers of existing duties rather than a new increase. He Lifeng, "
         "China's vice premier, said Beijing and Washington should work to 'enhance consensus'. "
         "Share this article. Markets barely moved on the news."),
          ], ["2025-06-12", "2025-06-12"],
          r"tuesday|june 10|2025-06-10|10 june|06-10",
          r"wednesday|june 11|2025-06-11|11 june|06-11"),
    _case("trade-O6", "trade",
          "control: ministry named two ways, rounding, earlier rounds", False, [
        ("STOCKHOLM - US and Chinese negotiators ended two days of talks in Stockholm on "
         "Tuesday without announcing an extension of their tariff truce, saying the decision "
         "now rests with President Donald Trump. China's Ministry of Commerce said both sides "
         "would keep pushing for a 90-day extension of the pause on higher tariffs. The current "
         "arrangement, agreed in Geneva in May, is due to expire on August 12. Treasury "
         "Secretary Scott Bessent described the meetings as 'very productive' but said nothing "
         "was agreed until he had spoken with the president. The talks were the third round of "
         "negotiations since May. In the earlier rounds, in Geneva and then in London in June, "
         "the sides cut tariffs and agreed to restore rare earth exports. Trade Representative "
         "Jamieson Greer said the US trade deficit with China, which reached $295.4 billion in "
         "2024, was on course to shrink by about $50 billion this year. Chinese negotiator Li "
         "Chenggang told reporters that both sides understood the importance of 'a stable and "
         "sound' relationship. The date of the next meeting has not been set. Advertisement"),
        ("Chinese and American trade officials wrapped up talks in the Swedish capital on "
         "Tuesday, and Beijing says the two sides will work to extend their tariff truce for a "
         "further 90 days. In a statement, the commerce ministry in Beijing said the "
         "negotiations had been 'candid and constructive'. The existing pause, reached in "
         "Geneva in May, expires on 12 August unless it is renewed. US Treasury Secretary Scott "
         "Bessent said the extension still needed the approval of President Trump, adding that "
         "nothing was agreed until then. This was the third meeting of the two delegations in "
         "roughly three months. Li Chenggang, China's international trade representative, said "
         "the two sides would 'maintain close communication'. Greer, the US trade "
         "representative, said the US deficit in goods trade with China, about $295 billion "
         "last year, could fall by some $50bn in 2025. Washington's other concerns include "
         "Chinese purchases of Iranian and Russian oil. Economists in Shanghai expect the truce "
         "to be extended. No date was given for the next round."),
          ], ["2025-07-29", "2025-07-30"]),
    _case("trade-O7", "trade", "control: same moment, different calendar days", False, [
        ("WASHINGTON - The White House said on Sunday that the United States had reached a "
         "trade deal with China after two days of negotiations in Geneva, though it gave no "
         "details of the terms. The statement was released shortly after 9 p.m. on Sunday, "
         "Washington time. It said the agreement would help reduce the US trade deficit in "
         "goods with China, which stood at $295.4 billion last year. Treasury Secretary Scott "
         "Bessent and Trade Representative Jamieson Greer led the American side. Greer said the "
         "speed of the agreement showed how keen China was to find common ground despite the "
         "differences. Full details are to be given on Monday. The talks followed weeks of "
         "escalation that saw US tariffs on Chinese goods rise to 145%. The American delegation "
         "included about a dozen officials from Treasury, Commerce and the National Security "
         "Council. Advertisement. Beijing had not commented by late evening."),
        ("HONG KONG - Asian markets rallied on Monday after Washington said it had struck a "
         "trade deal with Beijing in Geneva, ahead of a full announcement due later in the day. "
         "The White House statement landed around 9 a.m. on Monday, Hong Kong time, just as "
         "traders were arriving at their desks. It said the deal would help shrink America's "
         "$295 billion goods trade deficit with China. The agreement followed two days of talks "
         "between Treasury Secretary Scott Bessent, Trade Representative Jamieson Greer and "
         "Vice Premier He Lifeng. Hong Kong's Hang Seng index opened higher. The US had raised "
         "tariffs on most Chinese goods to 145 per cent in April, and Beijing had responded "
         "with levies of 125 per cent. Chinese state media said the talks had achieved "
         "'substantive progress'. Details were promised later on Monday."),
          ], ["2025-05-11", "2025-05-12"]),
    _case("trade-O8", "trade", "control: old and new rates, percentage points", False, [
        ("Explainer: What the US-China tariff truce actually changes. Under the deal announced "
         "in Geneva, the US will cut its tariff on most Chinese imports from 145% to 30%, a "
         "drop of 115 percentage points. China will lower its duties on American goods from "
         "125% to 10%. The cuts last for 90 days. The US 30% is made up of a 10% baseline "
         "tariff that applies to almost every trading partner, plus a 20% levy tied to "
         "fentanyl. Tariffs on Chinese steel, aluminium and cars imposed under other laws stay "
         "in place, at rates of up to 100% for electric vehicles. Economists at several Wall "
         "Street banks lowered their estimates of the chance of a US recession after the "
         "announcement. Before the escalation in April, the average US tariff on Chinese goods "
         "was around 20%, according to the Peterson Institute. The deal also created a "
         "mechanism for continued talks, led on the Chinese side by Vice Premier He Lifeng. "
         "Consumers are unlikely to see prices fall quickly, retailers warned."),
        ("The tariff truce in numbers. Washington's levy on Chinese goods falls to 30 per cent "
         "from 145 per cent, while Beijing's on US goods falls to 10 per cent from 125 per "
         "cent, both for an initial three months. Of the US rate, 10 per cent is the so-called "
         "reciprocal baseline and 20 per cent is the fentanyl-related duty imposed earlier in "
         "the year. China has also agreed to suspend or remove some of the non-tariff measures "
         "it adopted since 2 April. Sector-specific duties remain untouched: Chinese electric "
         "vehicles still face a 100 per cent US tariff, for example. The reduction of 115 "
         "percentage points on the US side is far larger than most analysts had forecast before "
         "the weekend. Some had expected Washington to settle at around 50 to 60 per cent. Read "
         "more: The exporters who never stopped shipping. Retailers said it would take months "
         "for lower import costs to reach shop shelves."),
          ]),
    # ---- court ----
    _case("court-O1", "court", "size of majority", True, [
        ("WASHINGTON (AP) - The Supreme Court on Friday sharply curtailed the power of federal "
         "judges to block government policies nationwide, handing President Donald Trump a "
         "major victory in a case involving his bid to end birthright citizenship. The court "
         "ruled 6-3, with its conservative majority agreeing that so-called universal "
         "injunctions likely exceed the authority Congress has given federal courts. Justice "
         "Amy Coney Barrett wrote the majority opinion. The justices did not decide whether the "
         "citizenship order itself is constitutional. The order, signed on Trump's first day "
         "back in office, would deny citizenship to children born to parents who are in the "
         "country illegally or temporarily. Lower courts in Maryland, Massachusetts and "
         "Washington state had blocked it across the country. Justice Sonia Sotomayor read part "
         "of her dissent from the bench, a rare step that signals deep disagreement. The ruling "
         "cannot take effect for 30 days, according to the opinion. Attorney General Pam Bondi "
         "said the decision would end what she called an endless stream of injunctions. "
         "Advertisement. Immigrant rights groups filed new class-action lawsuits within hours."),
        ("The US Supreme Court has limited the ability of individual judges to halt federal "
         "policies across the whole country, in a ruling that could let parts of Donald Trump's "
         "birthright citizenship order move forward in some states. In a 5-4 decision released "
         "on Friday, the justices said lower courts had gone too far by issuing universal "
         "injunctions. The opinion was written by Justice Amy Coney Barrett. The court left "
         "open the central question of whether the executive order is lawful under the 14th "
         "Amendment, which has guaranteed citizenship to nearly everyone born on US soil since "
         "1868. The order had been blocked by judges in Maryland, Massachusetts and Washington "
         "state. Sotomayor, in a dissent she partly read aloud in the courtroom, said the "
         "ruling made a mockery of the rule of law. Attorney General Pam Bondi welcomed the "
         "decision. The administration must wait 30 days before the order can take effect. "
         "Civil rights lawyers said they would pursue class actions to protect families."),
          ], ["2025-06-27", "2025-06-27"],
          r"6[-\u2013 ](to[- ])?3|six(-| to )three",
          r"5[-\u2013 ](to[- ])?4|five(-| to )four"),
    _case("court-O2", "court", "size of damages award", True, [
        ("WILMINGTON, Del. - A federal judge on Wednesday ordered Arclight Semiconductor to pay "
         "$1.4 billion to rival Norvane Technologies, ruling that Arclight had knowingly copied "
         "patented memory-chip designs. U.S. District Judge Colm Hartigan found the "
         "infringement willful, which allowed him to increase the damages a jury had set last "
         "year. The jury in Delaware had awarded Norvane $612 million in March 2024 after a "
         "two-week trial. Arclight said it would appeal to the U.S. Court of Appeals for the "
         "Federal Circuit. 'We strongly disagree with the court's findings,' a company "
         "spokeswoman said. Norvane, based in Austin, Texas, sued in 2021, claiming three of "
         "its patents were infringed. Arclight shares fell 4% in after-hours trading. The "
         "company reported revenue of $9.2 billion last year. Patent lawyers said the award was "
         "among the largest of its kind in the past decade."),
        ("Norvane Technologies has won a $1.8bn judgment against Arclight Semiconductor in a "
         "long-running patent battle over memory chip designs, court records show. Judge Colm "
         "Hartigan, sitting in the District of Delaware, said Arclight's infringement had been "
         "deliberate, and enhanced the damages awarded by a jury. That jury verdict, delivered "
         "in March 2024, was for $612m. Norvane, which is based in Austin, Texas, first brought "
         "the case in 2021 over three patents. Arclight had argued at trial that the designs "
         "were developed independently. An Arclight spokeswoman said the chipmaker strongly "
         "disagreed with the findings and would appeal to the Federal Circuit. Read more: Chip "
         "patent fights heat up. Arclight's stock slid about 4 per cent after the bell. The "
         "award is one of the largest in a US patent case in recent years, lawyers said."),
          ], ["2025-09-03", "2025-09-03"],
          r"1\.4 ?(billion|bn)|1,400 ?million",
          r"1\.8 ?(billion|bn)|1,800 ?million"),
    _case("court-O3", "court", "author of the dissent", True, [
        ("WASHINGTON - The Supreme Court on Thursday upheld an Ohio law that shortens the "
         "window for returning mail-in ballots, ruling 6-3 that the state's deadline does not "
         "violate federal election law. Chief Justice John Roberts wrote for the majority, "
         "joined by Justices Clarence Thomas, Samuel Alito, Neil Gorsuch, Brett Kavanaugh and "
         "Amy Coney Barrett. The law requires mail ballots to arrive within four days of "
         "Election Day, down from 10 days under the old rules. Justice Sonia Sotomayor wrote "
         "the principal dissent, joined by Justices Elena Kagan and Ketanji Brown Jackson. "
         "'Today's decision will leave thousands of lawful votes uncounted,' the dissent said. "
         "Ohio Secretary of State Frank LaRose called the ruling a win for clean and timely "
         "elections. Roughly 1.9 million Ohioans voted by mail in 2020. The case was argued in "
         "February. A federal appeals court had sided with the state last year. Share this "
         "article."),
        ("The nation's highest court has sided with Ohio in a dispute over how long election "
         "officials may wait for mail-in ballots. The justices voted 6-3, with the conservative "
         "majority finding that the four-day grace period set by Ohio lawmakers is consistent "
         "with federal statutes. Before the 2023 change, ballots postmarked by Election Day "
         "could arrive up to 10 days later. Roberts authored the majority opinion. In dissent, "
         "Justice Elena Kagan, joined by Justices Sotomayor and Jackson, warned that thousands "
         "of lawful votes would go uncounted. LaRose, Ohio's secretary of state, praised the "
         "outcome. Voting rights groups said the ruling could encourage other states to tighten "
         "their deadlines. About 1.9 million people in the state cast mail ballots in 2020, the "
         "last presidential election before the law changed. The case was heard in February. "
         "Advertisement."),
          ], None,
          r"sotomayor",
          r"kagan"),
    _case("court-O4", "court", "typo in hearing date", True, [
        ("LONDON - The High Court in London ruled on Friday that the government's approval of a "
         "new coal mine in Cumbria was unlawful, quashing planning permission granted in 2022. "
         "Mr Justice Holgate said ministers had failed to consider the emissions from burning "
         "the coal the mine would produce. The mine, near Whitehaven, would have extracted "
         "about 2.8 million tonnes of coking coal a year for steelmaking. Campaign groups South "
         "Lakes Action on Climate Change and Friends of the Earth brought the challenge. The "
         "developer, West Cumbria Mining, said it was disappointed with the ruling. The "
         "judgment follows a Supreme Court decision last June in a case over an oil well in "
         "Surrey, which found that emissions from burning extracted fuel must be assessed. A "
         "hearing on the company's application to appeal has been set for 3 June 2025. The "
         "government withdrew its defence of the decision last year. Local councillors remain "
         "divided on the project, which promised around 500 jobs."),
        ("A judge has ruled that the Cumbria coal mine should never have been approved, in a "
         "major win for climate campaigners. The High Court found on Friday that ministers "
         "acted unlawfully when they granted planning consent for the Whitehaven project in "
         "December 2022, because they did not take account of the greenhouse gases released "
         "when the coal is eventually burned. Mr Justice Holgate relied on last year's Supreme "
         "Court judgment in the Finch case, which concerned oil drilling in Surrey. West "
         "Cumbria Mining had planned to dig around 2.8m tonnes of coal each year for use in "
         "steel plants. Friends of the Earth called the ruling a victory for common sense. The "
         "company said it was disappointed. A hearing on its bid to appeal is scheduled for "
         "June 3, 3025, the court's listing shows. Advertisement. The mine had been promised to "
         "create about 500 jobs in west Cumbria."),
          ], ["2025-03-14", "2025-03-14"],
          r"2025",
          r"3025"),
    _case("court-O5", "court", "length of prison sentence", True, [
        ("A former mayor of the Brazilian city of Campo Verde was sentenced on Tuesday to eight "
         "years in prison for taking bribes from construction firms, a federal court said. "
         "Judge Ana Lucia Prado found that Ricardo Menezes, who ran the city from 2013 to 2020, "
         "accepted payments worth about 4.6 million reais in exchange for public works "
         "contracts. Prosecutors had asked for a longer term. Two former city officials were "
         "also convicted, and a businessman was acquitted. Menezes, 61, denied wrongdoing "
         "throughout the trial, which lasted five months. His lawyer, Paulo Bastos, said he "
         "would appeal to a regional federal court. The court also ordered Menezes to repay the "
         "money and banned him from public office. The case grew out of an investigation by "
         "federal police launched in 2021. Menezes was arrested briefly in 2022 and has since "
         "been free under court restrictions."),
        ("Ricardo Menezes, the ex-mayor of Campo Verde, has been handed a six-year prison term "
         "for corruption. The federal judge in the case, Ana Lucia Prado, ruled that he "
         "pocketed roughly 4.6 million reais in kickbacks tied to road and school construction "
         "contracts during his time in office. Menezes governed the city for two terms, from "
         "2013 to 2020. The sentence was delivered on Tuesday after a trial of five months. "
         "Menezes, who is 61, has always said he is innocent, and his lawyer Paulo Bastos "
         "confirmed an appeal would be filed. He must also return the money and is barred from "
         "holding office. Federal police opened the investigation in 2021 after a tip from a "
         "former contractor. Read more: Brazil's long fight against graft. Two other former "
         "officials were also convicted."),
          ], None,
          r"(?<!\d)(?<!\d[.,])8(?!\d|[.,]\d)|eight",
          r"(?<!\d)(?<!\d[.,])6(?!\d|[.,]\d)|\bsix"),
    _case("court-O6", "court", "control: one person's two quotes, earlier ruling", False, [
        ("MADISON, Wis. - The Wisconsin Supreme Court on Friday struck down the state's "
         "legislative maps, ruling 5-2 that the districts violate a constitutional requirement "
         "that they be contiguous. Justice Jill Karofsky wrote the majority opinion. The court "
         "ordered new maps to be drawn in time for the November 2026 elections. Attorney "
         "General Josh Kaul, who had backed the challenge, said: 'This is a good day for every "
         "voter in Wisconsin.' Republicans, who have held majorities in both chambers of the "
         "Legislature since 2011, said the ruling was partisan. In 2022, a more conservative "
         "version of the court had chosen maps in a 4-3 decision that kept most "
         "Republican-drawn lines intact. Under the current maps, Republicans hold 64 of the 99 "
         "seats in the Assembly. Justice Rebecca Bradley, in dissent, called the decision a "
         "political power grab. Advertisement. Legislative leaders have not said whether they "
         "will appeal."),
        ("Wisconsin's top court has thrown out the Republican-drawn legislative districts, "
         "saying many of them are made up of pieces of territory that do not touch. The "
         "decision, by five justices to two, was released on Friday and requires fresh maps "
         "before the 2026 elections. Justice Jill Karofsky authored the opinion for the "
         "majority, and Justice Rebecca Bradley wrote in dissent. Attorney General Josh Kaul "
         "said his office would 'review the details of the remedy over the coming weeks'. "
         "Democrats have long complained that the maps gave Republicans near-supermajorities in "
         "the Legislature despite close statewide races. Republicans currently control 64 of 99 "
         "Assembly seats and 22 of 33 Senate seats. The court's liberal majority was formed "
         "after Janet Protasiewicz won an April 2023 election by 11 percentage points. Share "
         "this article. Republican leaders said they would consider asking the US Supreme Court "
         "to intervene."),
          ], ["2025-06-20", "2025-06-20"]),
    _case("court-O7", "court", "control: same facts in other words, omissions", False, [
        ("SCOTUS sides with Colorado church in zoning fight. The Supreme Court ruled on Monday "
         "that a Colorado town violated federal law when it refused to let a church expand its "
         "building, siding with the congregation by six justices to three. Justice Neil Gorsuch "
         "wrote the opinion, which said the town of Castle Ridge had placed a 'substantial "
         "burden' on religious exercise without a compelling reason. The church, Mountain View "
         "Fellowship, has about 1,200 members and had sought to add a 300-seat hall. The town "
         "council rejected the plan in 2021, citing traffic and parking. Justice Ketanji Brown "
         "Jackson dissented, joined by Justices Sonia Sotomayor and Elena Kagan. The case was "
         "argued in January. A federal appeals court in Denver had ruled for the town. Lawyers "
         "for the church said the ruling would protect houses of worship of all faiths. Castle "
         "Ridge officials said they would work with the church on a new application."),
        ("In a 6-3 ruling, the US Supreme Court has found that Castle Ridge, Colorado, broke a "
         "federal land-use statute by blocking Mountain View Fellowship's plans for a bigger "
         "sanctuary. The majority opinion, authored by Gorsuch, said local officials imposed a "
         "substantial burden on the congregation's religious practice. The dissent came from "
         "the court's three liberal justices, with Jackson writing for them. Mountain View, "
         "with roughly 1,200 congregants, wanted to build a hall seating 300 people. Town "
         "leaders turned the proposal down in 2021, pointing to traffic concerns. The 10th US "
         "Circuit Court of Appeals had upheld the town's decision. The Religious Land Use and "
         "Institutionalized Persons Act, passed in 2000, bars governments from imposing such "
         "burdens unless they have a compelling interest. Share this article. The church's "
         "lawyers called it a victory for religious freedom."),
          ]),
    # ---- central bank ----
    _case("cb-O1", "central bank", "size of cut: quarter vs half point", True, [
        ("LONDON (Reuters) - The Bank of England cut interest rates by a quarter of a "
         "percentage point to 4% on Thursday, but only after an unprecedented second vote among "
         "its policymakers. The Monetary Policy Committee split 5-4 in favour of the cut, with "
         "four members preferring to keep Bank Rate on hold. Governor Andrew Bailey said the "
         "path of rates would remain 'gradual and careful'. The BoE raised its forecast for "
         "inflation, which it now expects to peak at 4% in September, double its 2% target. "
         "Consumer price inflation stood at 3.6% in June. Sterling rose after the decision as "
         "investors scaled back bets on further easing this year. Economists had widely "
         "expected the reduction. Advertisement. The next decision is due on Sept. 18."),
        ("Borrowers received some relief on Thursday as the Bank of England lowered Bank Rate "
         "by half a percentage point, taking it to 4 per cent. The decision followed a "
         "knife-edge vote: five members of the nine-strong Monetary Policy Committee backed the "
         "move, and four wanted no change. It was the first time the committee had needed two "
         "rounds of voting to reach a majority. Governor Andrew Bailey warned that rates would "
         "come down only gradually and with care. The central bank now sees inflation hitting 4 "
         "per cent in September, up from 3.6 per cent in June and well above the 2 per cent "
         "goal. Mortgage lenders are expected to trim fixed-rate deals in the coming days. The "
         "pound edged higher after the announcement. Most economists had predicted a cut. Read "
         "more: What the rate cut means for savers. The MPC will next announce a decision on 18 "
         "September."),
          ], ["2025-08-07", "2025-08-07"],
          r"(?<![\d.])25 ?(basis points|bps?\b|bp\b)|quarter|"
          r"(?<![\d.])0?\.25 ?(percentage )?(points?|pp|%|pct|per ?cent)",
          r"(?<![\d.])50 ?(basis points|bps?\b|bp\b)|half|"
          r"(?<![\d.])0?\.50? ?(percentage )?(points?|pp|%|pct|per ?cent)"),
    _case("cb-O2", "central bank", "who dissented", True, [
        ("WASHINGTON - The Federal Reserve lowered its benchmark interest rate by a quarter "
         "point on Wednesday, to a range of 3.5% to 3.75%, its third consecutive cut. The "
         "decision drew one dissent, from Governor Christopher Waller, who argued for a larger "
         "half-point reduction. Chair Jerome Powell said the Fed was well positioned to wait "
         "and see how the economy evolves. Officials' projections showed a median of one "
         "further cut in 2026. The unemployment rate has risen to 4.4%, its highest in four "
         "years, while inflation remains near 3%. The Fed also said it would begin buying "
         "short-term Treasury bills to keep money markets functioning smoothly. Stocks rose "
         "after the announcement, with the Dow gaining about 1%. Powell's term as chair ends in "
         "May. The next policy meeting is scheduled for Jan. 27-28."),
        ("The US Federal Reserve cut interest rates for the third meeting in a row, lowering "
         "the federal funds target range by 25 basis points to 3.50-3.75 per cent. The Federal "
         "Open Market Committee voted 11-1, with Governor Stephen Miran the lone dissenter; he "
         "had pushed for a 50 basis point cut. Chair Jerome Powell told reporters the central "
         "bank was now well placed to wait and see. Policymakers' median projection pointed to "
         "just one rate reduction next year. Joblessness has climbed to 4.4 per cent, while "
         "price growth remains close to 3 per cent. Powell, whose term as chair expires in May, "
         "declined to comment on his successor. Wall Street closed higher, the Dow adding "
         "around 1 per cent. Share this article. The FOMC meets next on 27-28 January."),
          ], ["2025-12-10", "2025-12-11"],
          r"waller",
          r"miran"),
    _case("cb-O3", "central bank", "size of bond-holding reduction", True, [
        ("The Bank of England held interest rates at 4% on Thursday and slowed the pace at "
         "which it is shrinking its bond portfolio, in a move aimed at calming the government "
         "bond market. The Monetary Policy Committee voted 7-2 to keep Bank Rate unchanged, "
         "with two members favouring a quarter-point cut. Policymakers also agreed to reduce "
         "the stock of gilts held for monetary policy purposes by 70 billion pounds over the "
         "next 12 months, down from 100 billion pounds in the previous year. Active sales of "
         "longer-dated gilts will be scaled back to limit pressure on long-term borrowing "
         "costs. The yield on 30-year gilts hit its highest level since 1998 earlier this "
         "month. The bank's holdings peaked at 875 billion pounds in 2021. Governor Andrew "
         "Bailey said inflation was expected to peak at 4% in September. Chancellor Rachel "
         "Reeves has come under pressure over rising debt interest costs. Economists said the "
         "slowdown was slightly larger than expected."),
        ("Threadneedle Street kept borrowing costs on hold on Thursday and eased back on its "
         "quantitative tightening programme. Bank Rate stays at 4 per cent after a 7-2 vote, "
         "with the two dissenters backing a cut. The Bank said it would reduce its gilt "
         "holdings by £80bn over the coming year, compared with £100bn over the past 12 months. "
         "It will tilt remaining sales away from long-dated bonds, whose yields have jumped "
         "this year. The QT programme began in 2022 after the Bank's portfolio swelled to a "
         "high of £875bn during the pandemic era. Inflation is forecast to reach 4 per cent in "
         "September, twice the Bank's target. Advertisement. Bailey said the committee remained "
         "focused on getting inflation back to 2 per cent. Markets had expected a slowdown in "
         "QT but were unsure of its size."),
          ], None,
          r"(?<![\d.])70 ?(billion|bn)|\u00a3 ?70(?!\d|\.\d)",
          r"(?<![\d.])80 ?(billion|bn)|\u00a3 ?80(?!\d|\.\d)"),
    _case("cb-O4", "central bank", "date of next meeting", True, [
        ("FRANKFURT - The European Central Bank kept interest rates unchanged on Thursday for a "
         "second consecutive meeting, with its deposit rate at 2%. President Christine Lagarde "
         "said the bank was 'in a good place' as inflation hovers around its 2% target. "
         "Euro-zone inflation was 2.1% in August. New staff projections see growth of 1.2% this "
         "year, up from the 0.9% forecast in June, and inflation of 1.7% in 2027. The ECB cut "
         "rates eight times between June 2024 and June 2025, halving the deposit rate from 4%. "
         "Lagarde declined to say whether the cutting cycle was over. 'We are not on a "
         "predetermined path,' she told reporters. French political turmoil and US tariffs were "
         "cited as risks to the outlook. The bank's next policy meeting is on Oct. 30. Markets "
         "see little chance of another move this year."),
        ("The ECB left its key deposit rate at 2.0 per cent on Thursday, as widely expected, "
         "and signalled no hurry to change course. Christine Lagarde, its president, said the "
         "bank was well placed to respond if the outlook shifted. Consumer prices in the euro "
         "area rose 2.1 per cent in the year to August. The Governing Council now expects the "
         "economy to expand by 1.2 per cent this year, better than the 0.9 per cent it "
         "projected three months ago. Since June last year the bank has lowered rates eight "
         "times. Trade tensions with Washington remain a risk, Lagarde said. Read more: Why the "
         "euro is climbing. Policymakers will meet again on 23 October, the bank confirmed. Few "
         "analysts expect further cuts before the end of the year."),
          ], None,
          r"30 oct|oct(ober|\.)? 30|10-30",
          r"23 oct|oct(ober|\.)? 23|10-23"),
    _case("cb-O5", "central bank", "clock time of announcement", True, [
        ("TOKYO (Reuters) - The Bank of Japan raised interest rates on Friday to their highest "
         "level in 17 years, lifting its short-term policy rate to 0.5% from 0.25%. The "
         "decision was announced at about 11:50 a.m. Tokyo time, earlier than many traders had "
         "expected. Eight of the nine board members voted for the increase; board member "
         "Toyoaki Nakamura dissented. The bank also raised its inflation forecasts, projecting "
         "core consumer prices to rise 2.4% in the fiscal year starting in April. The yen "
         "strengthened slightly against the dollar after the announcement. Japan's core "
         "inflation hit 3% in December, the fastest pace in 16 months. It is the first rate "
         "increase since July last year. Advertisement. The BOJ ended eight years of negative "
         "interest rates in March 2024."),
        ("Japan's central bank has raised its benchmark rate to 0.5 per cent, the highest since "
         "2008, in a widely expected move. The BOJ statement came at 12:35 p.m. local time on "
         "Friday, after a two-day policy meeting. The board voted 8-1, with Toyoaki Nakamura "
         "opposing the change. Officials said wages and prices were rising broadly in line with "
         "their outlook, and lifted their projection for core inflation in the next fiscal year "
         "to 2.4 per cent. Core consumer prices rose 3.0 per cent year on year in December. The "
         "previous increase came in July 2024, when the rate was lifted to 0.25 per cent. "
         "Governor Kazuo Ueda said the bank would continue to raise rates if its forecasts were "
         "met. Share this article. The yen firmed modestly."),
          ], ["2025-01-24", "2025-01-24"],
          r"11[:.]50|02[:.]50|\b2[:.]50",
          r"12[:.]35|03[:.]35|\b3[:.]35"),
    _case("cb-O6", "central bank", "control: basis points vs points, old and new range", False, [
        ("WASHINGTON (AP) - The Federal Reserve cut its key interest rate on Wednesday for the "
         "first time this year, lowering it by 25 basis points to a range of 4% to 4.25%, from "
         "4.25% to 4.5%. The vote was 11-1. Stephen Miran, a Trump adviser who joined the Fed's "
         "board just days earlier, dissented in favor of a half-point cut. Chair Jerome Powell "
         "described the move as a 'risk management cut' in response to a weakening job market. "
         "Employers added just 22,000 jobs in August, and the unemployment rate rose to 4.3%. "
         "Policymakers projected two more cuts this year. The Fed last cut rates in December "
         "2024. Consumer prices rose 2.9% in August from a year earlier. The decision was "
         "announced at 2 p.m. Eastern time. Stocks swung between gains and losses after the "
         "statement."),
        ("The US Federal Reserve has trimmed borrowing costs by a quarter of a percentage "
         "point, taking the federal funds target range down to 4-4.25 per cent. It was the "
         "central bank's first cut since December. Eleven members of the rate-setting committee "
         "backed the move, while newly appointed governor Stephen Miran voted against, "
         "preferring a cut of 50 basis points. Jerome Powell, the Fed chair, said the balance "
         "of risks had shifted, after data showed only 22,000 jobs created last month. "
         "Unemployment has reached 4.3 per cent. The Fed's 'dot plot' suggested two more "
         "reductions before the end of 2025. Inflation, at 2.9 per cent, remains well above the "
         "2 per cent target. The announcement came at 7pm UK time on Wednesday. Read more: What "
         "a Fed cut means for the pound."),
          ], ["2025-09-17", "2025-09-18"]),
    _case("cb-O7", "central bank", "control: time zones, rounding, names", False, [
        ("FRANKFURT (dpa) - The European Central Bank left its key interest rates unchanged on "
         "Thursday, pausing after seven consecutive cuts. The ECB's deposit facility rate stays "
         "at 2.00%. The decision was published at 2:15 p.m. Frankfurt time. President Christine "
         "Lagarde said the euro zone economy had proven resilient despite trade tensions with "
         "the United States. Euro area inflation stood at 1.98% in June, essentially at the "
         "bank's 2% target. The bank's staff in June had forecast growth of 0.9% for this year. "
         "Lagarde said the Governing Council was in a 'wait-and-watch' position. Negotiations "
         "between Brussels and Washington on a trade deal were continuing. The next meeting "
         "takes place on September 11."),
        ("The ECB kept borrowing costs on hold on Thursday, as expected, ending a run of cuts "
         "that began last June. Frankfurt left the deposit rate at 2 per cent, where it has "
         "been since early June. The announcement hit newswires at 8:15 a.m. in New York. "
         "Inflation in the 20-country euro area was about 2 per cent in June, matching the "
         "target. Lagarde told reporters that uncertainty around tariffs remained exceptionally "
         "high. In its June projections the European Central Bank forecast growth of just under "
         "1 per cent this year. Share this article. Policymakers will next gather on 11 "
         "September. Analysts see one more cut at most in 2025."),
          ], ["2025-07-24", "2025-07-24"]),
    # ---- rocket ----
    _case("rocket-O1", "rocket", "booster designation", True, [
        ("STARBASE, Texas (AP) - SpaceX launched its Starship rocket on its tenth test flight "
         "Tuesday evening, and this time the giant vehicle made it through the mission largely "
         "intact. The 403-foot (123-meter) rocket lifted off from the company's launch site at "
         "the southern tip of Texas at 6:30 p.m. local time. The Super Heavy first stage, "
         "designated Booster 16, performed a planned experiment during its descent, "
         "deliberately shutting down one of its landing engines, before splashing into the "
         "Gulf. The upper stage, Ship 37, deployed eight dummy Starlink satellites and relit "
         "one of its engines in space. It then re-entered the atmosphere and splashed down in "
         "the Indian Ocean about an hour after launch. The previous three flights this year had "
         "ended in failures, including an explosion over the Caribbean in January. Elon Musk "
         "congratulated the SpaceX team on social media. NASA is counting on a version of "
         "Starship to land astronauts on the moon later this decade. Advertisement. The Federal "
         "Aviation Administration had cleared the flight last week."),
        ("SpaceX's Starship finally had a clean day. Read more: Inside Starbase. The tenth "
         "flight test lifted off from Starbase on Tuesday at 6:30 p.m. CT, with Super Heavy "
         "Booster 14 powering the first stage. The booster was not recovered; instead it ran a "
         "series of landing burn experiments, including one with an engine intentionally "
         "disabled, before hitting the water in the Gulf as planned. Ship 37 then pushed on to "
         "space, released eight Starlink simulators and completed an in-space Raptor relight. "
         "It splashed down on target in the Indian Ocean roughly an hour into the flight. The "
         "result follows a string of setbacks this year: Flight 7 and Flight 8 both ended with "
         "the upper stage breaking up over the Caribbean, and Flight 9 lost control during its "
         "coast. The full stack stands 123 metres tall. Musk praised the team on X. NASA has "
         "picked a Starship variant as the lunar lander for its Artemis III mission."),
          ], ["2025-08-26", "2025-08-26"],
          r"booster 16|\bb ?16\b|(?<![\d.])16(?!\d|\.\d)",
          r"booster 14|\bb ?14\b|(?<![\d.])14(?!\d|\.\d)"),
    _case("rocket-O2", "rocket", "splashdown clock time", True, [
        ("SpaceX closed out the second version of its Starship design on Monday with what the "
         "company called a textbook test flight. The rocket lifted off from Starbase, Texas, at "
         "6:23 p.m. CT. The Super Heavy booster flew a new landing profile and hovered briefly "
         "above the Gulf before dropping into the water, as planned. The Starship upper stage "
         "deployed eight mock Starlink satellites, relit a Raptor engine in space and then "
         "performed a banking manoeuvre on its way back through the atmosphere. It splashed "
         "down in the Indian Ocean west of Australia at 7:29 p.m. CT, close to its target, and "
         "exploded as it tipped over. It was the 11th Starship flight and the second success in "
         "a row. SpaceX plans to debut a larger, third-generation version of the vehicle in "
         "2026. Musk has said Starship is critical to his goal of sending uncrewed missions to "
         "Mars. The company has launched Starship from the same pad for all its flights so far. "
         "Advertisement"),
        ("STARBASE, Texas - SpaceX's 11th Starship flight ended with another on-target "
         "splashdown Monday evening, wrapping up testing of the rocket's second-generation "
         "design. Liftoff came at 6:23 p.m. Central time. The ship touched down in the Indian "
         "Ocean at 7:05 p.m. Central, according to the company's live broadcast, before tipping "
         "over and bursting into flames as expected. The Super Heavy booster tested a modified "
         "landing burn before its planned splashdown in the Gulf. During the flight, Starship "
         "deployed eight Starlink mass simulators and reignited one of its engines. 'Splashdown "
         "confirmed!' the company posted on X. The flight came seven weeks after Flight 10 in "
         "August, which also met its main objectives. A taller Version 3 Starship is expected "
         "to fly in 2026. NASA is relying on the vehicle to return astronauts to the moon."),
          ], None,
          r"7[:.]29|19[:.]29",
          r"7[:.]05|19[:.]05"),
    _case("rocket-O3", "rocket", "duration of engine test", True, [
        ("BEIJING - China on Friday carried out the first static fire test of the Long March 10 "
         "rocket it plans to use to send astronauts to the moon, the China Manned Space Agency "
         "said. The rocket's first stage, powered by seven YF-100K engines burning kerosene and "
         "liquid oxygen, was held down on the pad at the Wenchang launch site on Hainan island "
         "while the engines fired for 30 seconds. The agency said the test verified the "
         "simultaneous ignition of multiple engines and other key technologies. Long March 10 "
         "stands about 92 metres tall and is designed to send around 27 tonnes towards the "
         "moon. China aims to land two astronauts on the moon before 2030. Earlier this month "
         "the agency tested the Lanyue lunar lander at a site in Hebei province. The crewed "
         "spacecraft Mengzhou completed an escape test in June. Share this article. A first "
         "flight of the rocket is planned for 2026."),
        ("China's moon rocket has roared to life for the first time. In a ground test at the "
         "Wenchang Space Launch Site on Friday, the first stage of the Long March 10 fired its "
         "seven engines for 20 seconds while clamped to the pad, the China Manned Space Agency "
         "(CMSA) said in a statement. The test was the first time a Chinese rocket stage had "
         "fired so many engines at once, and it gathered data on how they work together, the "
         "agency said. Like the Long March 7, the new stage burns kerosene and liquid oxygen. "
         "The full rocket will be around 92 metres tall and capable of sending 27 tonnes "
         "towards the moon. Beijing's plan calls for two taikonauts to walk on the lunar "
         "surface before 2030. The Lanyue lander passed a landing and take-off test in early "
         "August in Hebei. The Mengzhou crew capsule, meanwhile, performed a pad abort test in "
         "June. The maiden launch is targeted for next year."),
          ], ["2025-08-15", "2025-08-15"],
          r"(?<![\d.])30 ?(s\b|secs?\b|seconds?)|thirty seconds|half a minute",
          r"(?<![\d.])20 ?(s\b|secs?\b|seconds?)|twenty seconds"),
    _case("rocket-O4", "rocket", "number of engines running", True, [
        ("SpaceX caught its Super Heavy booster with the launch tower's mechanical arms for the "
         "second time on Thursday, but lost the Starship upper stage minutes later. The seventh "
         "test flight of the 123-metre rocket began at 4:37 p.m. CT from Starbase in South "
         "Texas. During ascent, 32 of the booster's 33 Raptor engines were running, according "
         "to telemetry shown on the company's webcast. About seven minutes after launch the "
         "booster returned to the pad and was caught by the so-called chopsticks. The ship, a "
         "new upgraded version, lost contact roughly eight and a half minutes into flight. "
         "Debris was later seen streaking across the sky over the Turks and Caicos Islands. The "
         "FAA briefly slowed flights at several Florida airports. Musk said a fuel leak was the "
         "likely cause of the failure. The first booster catch took place in October on Flight "
         "5. Advertisement. SpaceX said it would investigate with FAA oversight."),
        ("Starship Flight 7 delivered a spectacular booster catch and a spectacular failure in "
         "one afternoon. The Super Heavy lifted off from Starbase at 4:37 p.m. Central with 30 "
         "of its 33 Raptor engines firing during the climb, based on the engine display in "
         "SpaceX's livestream. Seven minutes later the booster was back, settling into the "
         "tower's arms. The upgraded Starship was not so lucky: contact was lost around eight "
         "and a half minutes after liftoff and the vehicle broke apart. Residents of the Turks "
         "and Caicos filmed burning fragments falling through the evening sky. Air traffic "
         "controllers held some flights bound for Miami and Fort Lauderdale. Musk pointed to a "
         "possible fuel leak above the ship's engine firewall. It was the second time the tower "
         "had caught a booster, after Flight 5 in October. Read more: Why SpaceX catches "
         "rockets."),
          ], None,
          r"(?<![\d.])32(?!\d|\.\d)|thirty-two",
          r"(?<![\d.])30(?!\d|\.\d)|thirty(?!-)"),
    _case("rocket-O5", "rocket", "launch site", True, [
        ("Chinese private rocket maker LandSpace launched its Zhuque-3 rocket for the first "
         "time on Wednesday, reaching orbit but failing to recover the first stage. The "
         "stainless-steel rocket lifted off from the Jiuquan Satellite Launch Center in the "
         "Gobi Desert at noon Beijing time. The 66-metre rocket's second stage placed a test "
         "payload into orbit, the company said. Its first stage, powered by nine TQ-12A methane "
         "engines, attempted a powered landing on a pad several hundred kilometres downrange "
         "but crashed. LandSpace is trying to become the first Chinese company to land and "
         "reuse an orbital booster, a feat SpaceX first achieved in 2015. The Zhuque-3 is "
         "designed to carry up to 21 tonnes to low Earth orbit in expendable mode. LandSpace's "
         "earlier Zhuque-2 became the world's first methane-fuelled rocket to reach orbit in "
         "July 2023. Analysts said the partial success was still a milestone. Share this "
         "article."),
        ("LandSpace's Zhuque-3 made it to orbit on its debut, although the company's hopes of "
         "landing the booster came to nothing. The rocket took off at 12 p.m. on Wednesday from "
         "the Taiyuan Satellite Launch Center in Shanxi province, according to the "
         "Beijing-based firm. The booster, with nine TQ-12A engines, tried to set down on a "
         "landing zone after separating from the upper stage but was lost in the final seconds "
         "of descent. The second stage reached orbit with a mass simulator on board. At 66 "
         "metres, the rocket is among the largest built by a Chinese private company. It can "
         "lift 21 tonnes to low orbit if the booster is not recovered. In July 2023, Zhuque-2 "
         "made history as the first methane rocket to reach orbit. Read more: China's "
         "commercial space race. Analysts called the flight a partial success."),
          ], None,
          r"jiuquan|gobi",
          r"taiyuan|shanxi"),
    _case("rocket-O6", "rocket", "control: km vs miles, earlier flight", False, [
        ("Blue Origin flew its New Shepard rocket on an uncrewed research flight from West "
         "Texas on Friday, carrying 40 experiments from universities and NASA. The booster "
         "lifted off from Launch Site One near Van Horn at 9:15 a.m. local time. The capsule "
         "reached an altitude of 105 kilometres, crossing the internationally recognised "
         "boundary of space at 100 km. The booster landed upright on its pad about seven and a "
         "half minutes after liftoff. The capsule floated down under three parachutes and "
         "touched down in the desert roughly 10 minutes after launch. On its previous flight in "
         "June, the capsule reached 107 km with six people aboard. New Shepard has now flown 34 "
         "missions since 2015. The company's larger New Glenn rocket made its debut in January. "
         "Advertisement. Blue Origin did not say when the next flight would take place."),
        ("Payloads from university labs and NASA's Flight Opportunities program rode to the "
         "edge of space on Friday aboard Blue Origin's New Shepard. The 40 experiments spent "
         "several minutes in microgravity as the capsule coasted to a peak altitude of about 65 "
         "miles. Liftoff from the company's Van Horn, Texas, site came at 9:15 a.m. CDT. The "
         "reusable booster returned to a vertical landing on the pad, while the capsule "
         "parachuted to the ground in the West Texas desert about 10 minutes after launch. The "
         "mission was New Shepard's 34th. The company has been flying the suborbital vehicle "
         "since 2015, and began carrying paying tourists in 2021. Share this article. Blue "
         "Origin's orbital New Glenn rocket flew for the first time in January."),
          ]),
    _case("rocket-O7", "rocket", "control: same moment, different calendar days", False, [
        ("VANDENBERG SPACE FORCE BASE, Calif. - Firefly Aerospace's Alpha rocket returned to "
         "flight on Monday night, nearly four months after a failure grounded the small "
         "launcher. The two-stage rocket lifted off at 11:35 p.m. PDT from Space Launch Complex "
         "2 at Vandenberg, carrying a demonstration satellite. Firefly said the second stage "
         "reached orbit about nine minutes after launch and released the payload roughly 50 "
         "minutes later. In April, an Alpha rocket lost a piece of its first stage during "
         "separation, and its payload failed to reach the planned orbit. The Federal Aviation "
         "Administration closed its review of that mishap earlier this month. Alpha is 29 "
         "metres tall and can carry about 1,000 kg to low Earth orbit. Firefly, based in Cedar "
         "Park, Texas, went public earlier this month. Its Blue Ghost lander touched down on "
         "the moon in March. 'Alpha is back,' chief executive Jason Kim said."),
        ("Firefly Aerospace's Alpha launcher is flying again. The rocket took off from "
         "California's Vandenberg Space Force Base at 06:35 GMT on Tuesday and put its test "
         "satellite into orbit, the company said. It was Alpha's first launch since April, when "
         "a stage-separation problem left a customer's spacecraft short of its intended orbit. "
         "US regulators signed off on Firefly's investigation earlier in August. The 29m rocket "
         "can lift roughly a tonne to low orbit. Firefly's shares have been volatile since the "
         "company listed on the Nasdaq earlier this month. The Texas-based firm also builds the "
         "Blue Ghost lunar lander, which landed successfully in March. Read more: The "
         "small-launch shake-out. Chief executive Jason Kim said the team had earned this one."),
          ], ["2025-08-18", "2025-08-19"]),
    # ---- earthquake ----
    _case("quake-O1", "earthquake", "magnitude", True, [
        ("TOKYO (AP) - A magnitude 6.9 earthquake struck off Japan's northeastern coast on "
         "Sunday, prompting a tsunami advisory for Iwate prefecture, the Japan Meteorological "
         "Agency said. The quake hit at 5:03 p.m. local time at a depth of about 10 kilometers, "
         "the agency said. Waves of up to 20 centimeters were observed at the port of Ofunato "
         "about an hour later. There were no immediate reports of serious damage or injuries. "
         "East Japan Railway briefly suspended some bullet train services in the region. Tohoku "
         "Electric Power said there were no abnormalities at the Onagawa nuclear plant. The "
         "area was devastated by the magnitude 9.0 earthquake and tsunami of March 2011, which "
         "killed more than 18,000 people. The advisory was lifted shortly before 8 p.m. Japan "
         "sits on the Pacific 'Ring of Fire' and experiences about a fifth of the world's "
         "strongest earthquakes."),
        ("Japan's weather agency issued a tsunami advisory for the Iwate coast on Sunday "
         "evening after a powerful offshore earthquake measuring 7.3. Read more: How Japan's "
         "quake alerts work. The tremor struck at 5:03 p.m., its epicentre in the Pacific at a "
         "depth of roughly 10 km, according to the Japan Meteorological Agency. A 20 cm tsunami "
         "was recorded at Ofunato. Shinkansen services were halted for a time as a precaution. "
         "Officials said there were no reports of major damage. The Onagawa nuclear power "
         "station, run by Tohoku Electric, was operating normally. The region still bears the "
         "scars of the 2011 disaster, when a magnitude 9.0 quake triggered tsunamis that killed "
         "more than 18,000 people. The advisory was lifted at 7:50 p.m."),
          ], ["2025-11-09", "2025-11-09"],
          r"(?<![\d.])6\.9(?!\d)",
          r"(?<![\d.])7\.3(?!\d)"),
    _case("quake-O2", "earthquake", "epicentre town", True, [
        ("ISTANBUL (Reuters) - A magnitude 6.1 earthquake shook western Turkey on Sunday "
         "evening, killing one person and collapsing more than a dozen buildings, officials "
         "said. The epicentre was in Sindirgi, a town in Balikesir province, at a depth of "
         "about 11 km, according to the disaster agency AFAD. An 81-year-old woman was pulled "
         "alive from the rubble but later died in hospital. Interior Minister Ali Yerlikaya "
         "said 29 people were injured. The tremor was felt in Istanbul, about 200 km to the "
         "north, and in the resort city of Izmir. Dozens of aftershocks followed, the strongest "
         "measuring 4.6. Turkey lies on major fault lines, and a pair of earthquakes in "
         "February 2023 killed more than 53,000 people in the south of the country. "
         "Advertisement. Residents in the area spent the night outdoors."),
        ("A strong earthquake in western Turkey killed one person and injured 29 others on "
         "Sunday, according to the interior ministry. The 6.1-magnitude quake was centred near "
         "Simav, a district town in the region, AFAD said, and struck at a shallow depth of 11 "
         "kilometres. Rescue teams pulled people from collapsed buildings; one of them, an "
         "elderly woman, died later in hospital. Shaking was felt as far away as Istanbul and "
         "Izmir. Aftershocks continued into the night, one of them of magnitude 4.6. Interior "
         "Minister Ali Yerlikaya urged people to stay away from damaged buildings. More than "
         "53,000 people died in Turkey when twin earthquakes hit the southeast in February "
         "2023. Share this article. Many families in the area slept in their cars or in tents "
         "set up by AFAD."),
          ], None,
          r"s[i\u0131]nd[i\u0131]rg",
          r"simav"),
    _case("quake-O3", "earthquake", "number of aftershocks", True, [
        ("MOSCOW - A magnitude 8.8 earthquake off Russia's Kamchatka Peninsula on Wednesday "
         "triggered tsunami warnings across the Pacific, from Japan to Hawaii and the west "
         "coast of the Americas. The quake, one of the strongest ever recorded, struck about "
         "119 km east-southeast of Petropavlovsk-Kamchatsky at a depth of 20.7 km, the U.S. "
         "Geological Survey said. Waves of up to 4 metres hit parts of Russia's Kuril Islands, "
         "flooding the port of Severo-Kurilsk. Several people were injured in Kamchatka, but no "
         "deaths were reported. Russian scientists recorded more than 40 aftershocks in the "
         "first hours, the largest of magnitude 6.9. In Japan, about 2 million people were told "
         "to evacuate, and waves of 1.3 metres were observed in Iwate prefecture. "
         "Advertisement. The region was hit by a magnitude 9.0 quake in November 1952."),
        ("Tsunami alerts went out around the Pacific Rim after an 8.8-magnitude undersea quake "
         "hit near Kamchatka in Russia's Far East on Wednesday. The US Geological Survey placed "
         "it 119 kilometres from Petropavlovsk-Kamchatsky, the region's main city, at a shallow "
         "depth of 20.7 km. Local officials said a kindergarten was damaged and several "
         "residents sought medical help. No deaths were reported. The Kamchatka branch of the "
         "Russian Academy of Sciences said there had been at least 120 aftershocks so far, with "
         "more expected over the coming weeks. Severo-Kurilsk, on the Kuril Islands, was "
         "inundated by waves reaching 4 metres. Japan ordered evacuations covering roughly 2 "
         "million residents; its highest wave, 1.3 m, was in Iwate. Read more: The world's "
         "biggest earthquakes. The quake was the strongest in the area since the 9.0 event in "
         "1952."),
          ], ["2025-07-30", "2025-07-30"],
          r"(?<!\d)(?<!\d[.,])40(?!\d|[.,]\d)|forty",
          r"(?<!\d)(?<!\d[.,])120(?!\d|[.,]\d)"),
    _case("quake-O4", "earthquake", "death toll conflict (same day)", True, [
        ("KABUL - A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing "
         "at least 622 people and injuring more than 1,500, the Taliban government said on "
         "Monday. The quake hit at 11:47 p.m. local time near the city of Jalalabad in "
         "Nangarhar province, at a shallow depth of 8 km, according to the U.S. Geological "
         "Survey. Most of the deaths were in Kunar province, where villages of mud-brick houses "
         "on steep slopes collapsed. Rescue efforts were hampered by landslides that blocked "
         "mountain roads. Helicopters flew the injured to hospitals in Jalalabad and Kabul. A "
         "spokesman for the Taliban administration, Zabihullah Mujahid, appealed for "
         "international help. In October 2023, a series of quakes in Herat province killed more "
         "than 1,000 people. Share this article."),
        ("The death toll from an earthquake in eastern Afghanistan stands at at least 812, "
         "Taliban officials said on Monday, as rescuers dug through flattened villages in the "
         "mountains near the Pakistan border. The magnitude 6.0 tremor struck shortly before "
         "midnight on Sunday, with its epicentre 27 km from Jalalabad, the USGS said. More than "
         "1,500 people were hurt. Kunar province bore the brunt of the disaster; entire hamlets "
         "built of stone and mud were reduced to rubble. Landslides cut off access to some of "
         "the worst-hit areas, so the injured were airlifted out. The UN said it had deployed "
         "teams to assess needs. Government spokesman Zabihullah Mujahid said all available "
         "resources would be used. Advertisement. Afghanistan, where the Indian and Eurasian "
         "plates meet, has suffered several deadly earthquakes in recent years."),
          ], ["2025-09-01", "2025-09-01"],
          r"(?<!\d)(?<!\d[.,])622(?!\d|[.,]\d)",
          r"(?<!\d)(?<!\d[.,])812(?!\d|[.,]\d)"),
    _case("quake-O5", "earthquake", "clock time across zones", True, [
        ("A magnitude 5.9 earthquake jolted eastern Turkey early on Wednesday, damaging "
         "buildings in Malatya province and sending frightened residents into the streets, the "
         "country's disaster agency said. The quake struck at 4:17 a.m. local time and was "
         "centred in the Kale district, at a depth of 7 km, AFAD said. Health Minister Kemal "
         "Memisoglu said 14 people were treated in hospital, most for injuries sustained while "
         "jumping from windows or balconies. No deaths were reported. Several buildings that "
         "had been damaged in the February 2023 earthquakes collapsed. Schools in the province "
         "were closed for the day. Malatya was among the 11 provinces hit hardest by the 2023 "
         "disaster, which left more than 53,000 people dead in Turkey. Advertisement. "
         "Aftershocks were continuing, AFAD said."),
        ("ANKARA - A 5.9 quake rattled Malatya in eastern Turkey on Wednesday morning, bringing "
         "down several already damaged buildings. The European-Mediterranean Seismological "
         "Centre recorded the quake at 02:17 GMT, with an epicentre in Kale and a depth of 7 "
         "km. Fourteen people were hospitalised, the health minister said, mainly after "
         "panicking and jumping from upper floors. There were no reports of fatalities. Classes "
         "were suspended in Malatya for the day. AFAD said aftershocks were still being "
         "recorded. Footage on social media showed people wrapped in blankets standing in the "
         "street in the dark. The province is still rebuilding after the twin quakes of "
         "February 2023, which devastated 11 provinces. Read more: Turkey's long rebuild."),
          ], None,
          r"4[:.]17|01[:.]17|\b1[:.]17",
          r"02[:.]17|\b2[:.]17|5[:.]17"),
    _case("quake-O6", "earthquake", "control: death toll updated, dates show order", False, [
        ("BANGKOK (AP) - A powerful magnitude 7.7 earthquake struck central Myanmar on Friday "
         "afternoon, killing at least 144 people and injuring 732, the country's military "
         "leader said. The quake hit at 12:50 p.m. local time with its epicentre near Mandalay, "
         "Myanmar's second-largest city, at a shallow depth of 10 km, the USGS said. A strong "
         "aftershock followed about 12 minutes later. In neighbouring Thailand, a 30-storey "
         "building under construction in Bangkok collapsed, trapping dozens of workers. Senior "
         "General Min Aung Hlaing made a rare appeal for international aid. Myanmar has been "
         "torn by civil war since the military seized power in February 2021. The death toll "
         "was expected to rise as rescuers reached remote areas. Advertisement. Thailand's "
         "prime minister declared an emergency in the capital."),
        ("The number of people killed by Friday's earthquake in Myanmar has risen to more than "
         "1,700, the ruling junta said on Monday, with about 3,400 injured and some 300 still "
         "missing. Rescue teams from China, India, Russia and several Southeast Asian countries "
         "are helping to search the rubble in Mandalay and the capital, Naypyitaw. The "
         "magnitude 7.7 quake was centred near Mandalay and struck at a depth of about 10 km. "
         "Many of the dead were in mosques, monasteries and apartment blocks that collapsed. In "
         "Bangkok, hundreds of kilometres away, the collapse of a skyscraper under construction "
         "has left dozens missing. Aid groups warned of a shortage of medical supplies, clean "
         "water and shelter in the heat. The UN said the disaster had hit a country already "
         "facing a humanitarian crisis after four years of conflict. Share this article. A week "
         "of national mourning has been declared."),
          ], ["2025-03-28", "2025-03-31"]),
    _case("quake-O7", "earthquake",
          "control: km vs miles, UTC vs local day, earlier quakes", False, [
        ("A strong earthquake struck off the coast of Aomori prefecture at 7:25 a.m. on "
         "Wednesday local time, the Japan Meteorological Agency said, rattling northern Japan "
         "and briefly halting trains. The quake had a preliminary magnitude of 6.7 and was "
         "centred about 80 km off the coast at a depth of 50 km. A tsunami advisory was issued "
         "for waves of up to 1 metre along the Pacific coast of Aomori and Hokkaido; it was "
         "lifted about two hours later. Several people suffered minor injuries from falling "
         "objects, the Fire and Disaster Management Agency said. The quake comes after a "
         "magnitude 7.5 quake hit the same area on Monday night, injuring dozens of people and "
         "prompting the agency to issue a rare 'megaquake' advisory. Tohoku Electric said the "
         "Higashidori nuclear plant was unaffected. The JMA warned of further strong shaking "
         "over the coming week. Advertisement."),
        ("A magnitude 6.7 earthquake hit off northern Japan at 2225 GMT on Tuesday, a day after "
         "a larger quake in the same region injured dozens of people. The Japan Meteorological "
         "Agency said the epicentre was some 50 miles offshore from Aomori, at a depth of about "
         "31 miles. Authorities warned of tsunami waves of up to about three feet for parts of "
         "the northern Pacific coast, but withdrew the advisory within hours. Only minor "
         "injuries were reported. Bullet train services paused briefly for safety checks. "
         "Tohoku Electric reported no problems at its Higashidori nuclear plant. The region "
         "sits near the Japan Trench, where the magnitude 9.0 earthquake of March 2011 caused a "
         "tsunami that killed more than 18,000 people. Share this article. Officials urged "
         "residents to keep emergency supplies at hand."),
          ], ["2025-12-10", "2025-12-09"]),
    _case("quake-O8", "earthquake", "control: rounding, agency named two ways, omissions", False, [
        ("ISTANBUL - A magnitude 6.2 earthquake shook Istanbul and surrounding provinces on "
         "Wednesday, sending people rushing out of homes and offices. The quake was centred in "
         "the Sea of Marmara off the district of Silivri, at a depth of about 10 km, according "
         "to Turkey's disaster agency AFAD. Interior Minister Ali Yerlikaya said 151 people "
         "were injured, most of them after jumping from buildings in panic. No deaths were "
         "reported. An abandoned building collapsed in the historic Fatih district. More than "
         "100 aftershocks were recorded, the largest of magnitude 5.9. The US Geological Survey "
         "also put the magnitude at 6.2. Istanbul, a city of about 16 million people, has long "
         "been warned to prepare for a major quake on the North Anatolian Fault. In 1999, a "
         "magnitude 7.6 earthquake near Izmit killed more than 17,000 people. Schools were "
         "already closed for a national children's holiday."),
        ("More than 150 people were hurt on Wednesday when a 6.2-magnitude quake struck beneath "
         "the Sea of Marmara, rattling Istanbul, Turkey's biggest city. The USGS said the "
         "shallow tremor was centred near Silivri, about 70 km west of the city centre. Most of "
         "the injured had jumped from windows or balconies, Interior Minister Ali Yerlikaya "
         "said; there were no fatalities. Officials at the Disaster and Emergency Management "
         "Authority said more than a hundred aftershocks followed. An empty building in the old "
         "Fatih district collapsed. Residents spent the night in parks and gardens, fearful of "
         "a bigger earthquake. Experts have long warned that a quake of magnitude 7 or more is "
         "likely to hit the city in the coming decades. Advertisement. Istanbul's population is "
         "estimated at roughly 16 million."),
          ]),
    # ---- election ----
    _case("election-O1", "election", "turnout", True, [
        ("OTTAWA (Reuters) - Prime Minister Mark Carney's Liberals won Canada's federal "
         "election, Elections Canada results showed on Tuesday, completing a dramatic comeback "
         "driven by voter anger at U.S. President Donald Trump's tariffs and annexation "
         "threats. The Liberals were on track to win 169 of the 343 seats in the House of "
         "Commons, a few short of the 172 needed for a majority. Pierre Poilievre's "
         "Conservatives were set to take 144 seats, and Poilievre lost his own Ottawa-area "
         "seat. Turnout was 67.4%, Elections Canada said, among the highest in recent decades. "
         "The Liberals took about 43.7% of the national vote, their best share since 1980. The "
         "Bloc Quebecois won 22 seats and the New Democrats collapsed to seven, prompting "
         "leader Jagmeet Singh to resign. 'We are over the shock of the American betrayal,' "
         "Carney told supporters in Ottawa. Carney, a former central banker, became prime "
         "minister in March after Justin Trudeau stepped down."),
        ("Mark Carney will remain Canada's prime minister after his Liberal Party finished "
         "first in Monday's election, though it looks set to fall just short of an outright "
         "majority. With almost all polls reporting, the Liberals had 169 seats in the "
         "343-member House, three fewer than needed to govern alone, and 43.7 per cent of the "
         "popular vote. The Conservatives won 144 seats. Their leader, Pierre Poilievre, was "
         "defeated in Carleton, a riding he had held for two decades. The NDP was reduced to "
         "seven seats and Jagmeet Singh announced he would step down. Turnout reached 61.2 per "
         "cent of registered electors, according to the elections agency. Read more: What a "
         "minority means for Carney. Carney told a rally that Canadians must look out for each "
         "other in the face of US pressure. He took over from Justin Trudeau in March."),
          ], None,
          r"67\.4",
          r"61\.2"),
    _case("election-O2", "election", "winner's vote share", True, [
        ("SEOUL (AP) - Liberal candidate Lee Jae-myung won South Korea's snap presidential "
         "election and was sworn in on Wednesday, vowing to heal the divisions left by his "
         "conservative predecessor's short-lived imposition of martial law. Lee took 49.4% of "
         "the vote, beating conservative Kim Moon-soo, who received 41.2%, the National "
         "Election Commission said. Turnout was 79.4%, the highest for a presidential election "
         "since 1997. Lee, 61, was inaugurated at the National Assembly in a scaled-down "
         "ceremony. He faces pressure to deal with US tariffs and with North Korea's nuclear "
         "program. The election was called after former President Yoon Suk Yeol was removed "
         "from office in April over his December martial law decree. Kim conceded defeat early "
         "Wednesday. 'I humbly accept the people's choice,' Kim said. Advertisement. Lee "
         "narrowly lost the 2022 election to Yoon by less than 1 percentage point."),
        ("South Korea's new president, Lee Jae-myung, took office on Wednesday after a decisive "
         "victory in Tuesday's election. According to the National Election Commission (NEC), "
         "the Democratic Party candidate won 50.4 per cent of ballots cast, against 41.2 per "
         "cent for Kim Moon-soo of the People Power Party. Some 79.4 per cent of eligible "
         "voters turned out, a 28-year high. The vote was triggered by the impeachment and "
         "removal of Yoon Suk Yeol, whose martial law declaration on 3 December plunged the "
         "country into crisis. Lee's swearing-in at the National Assembly was kept short, "
         "without the usual parade. In his first speech as president, he pledged to pursue "
         "dialogue with Pyongyang. Kim accepted the result in the early hours of Wednesday. "
         "Three years ago, Lee lost to Yoon by 0.73 percentage points, the narrowest margin in "
         "the country's history. Share this article."),
          ], ["2025-06-04", "2025-06-04"],
          r"49\.4",
          r"50\.4"),
    _case("election-O3", "election", "winning margin in votes", True, [
        ("Democrat Elena Marquez won the special election for Arizona's 7th Congressional "
         "District on Tuesday, holding a seat her party has controlled for more than two "
         "decades. Marquez, a former Tucson city council member, defeated Republican Dan "
         "Whitaker by 12,400 votes, according to unofficial results from the Arizona secretary "
         "of state. She will fill the vacancy left by the death of Rep. Raul Grijalva in March. "
         "Her swearing-in will leave the House with 219 Republicans and 214 Democrats. Turnout "
         "was low, at about 28% of registered voters. Marquez, 45, campaigned on protecting "
         "Medicaid and opposing cuts to federal land management agencies. Whitaker, a rancher "
         "and first-time candidate, conceded on Wednesday morning. Advertisement. The district, "
         "which stretches from Tucson to the Mexican border, has been held by Democrats since "
         "it was drawn in its current form."),
        ("Elena Marquez has been elected to Congress, keeping southern Arizona's 7th District "
         "in Democratic hands. In Tuesday's special election she finished 21,400 votes ahead of "
         "Republican Dan Whitaker, the state's unofficial count shows. The seat fell vacant "
         "when longtime congressman Raul Grijalva died in March. Only around 28 per cent of "
         "registered voters cast a ballot. Marquez, who served on the Tucson city council, "
         "focused her campaign on healthcare and public lands. Whitaker conceded the following "
         "morning. Once Marquez is sworn in, Republicans will hold 219 seats to Democrats' 214. "
         "Read more: The next special elections to watch. The district runs along the border "
         "with Mexico and is one of the most reliably Democratic in the state."),
          ], None,
          r"12,?400|12\.4 ?(thousand|k)",
          r"21,?400|21\.4 ?(thousand|k)"),
    _case("election-O4", "election", "seats won by a party", True, [
        ("BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national election on "
         "Sunday, but the far-right Alternative for Germany surged to its best result since its "
         "founding, according to provisional official results released on Monday. The CDU and "
         "its Bavarian sister party, the CSU, took 28.5% of the vote and will have 208 seats in "
         "the 630-seat Bundestag. The AfD doubled its support to 20.8%, giving it 152 seats. "
         "Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst result since "
         "the Second World War, and will have 120 seats. The Greens won 85 seats and the Left "
         "party 64. Turnout was 82.5%, the highest since reunification. Merz said he wanted to "
         "form a government by Easter. The liberal Free Democrats and the new left-wing BSW "
         "both fell below the 5% threshold needed to enter parliament. Advertisement."),
        ("Germany's next chancellor is almost certain to be Friedrich Merz, whose CDU/CSU "
         "alliance came first in Sunday's vote with 28.5 per cent. The big story, though, is "
         "the Alternative fur Deutschland: with 20.8 per cent, the AfD will send 162 members to "
         "the new Bundestag, which has been cut in size to 630 seats under an electoral reform. "
         "The Union will have 208 MPs. Olaf Scholz's SPD fell to 16.4 per cent, a historic low, "
         "and 120 seats. The Greens have 85 and Die Linke 64. Some 82.5 per cent of eligible "
         "voters took part, a level not seen since 1990. Neither the FDP nor Sahra "
         "Wagenknecht's BSW cleared the 5 per cent hurdle. Merz hopes to have a coalition in "
         "place by Easter. Share this article."),
          ], ["2025-02-24", "2025-02-24"],
          r"(?<!\d)(?<!\d[.,])152(?!\d|[.,]\d)",
          r"(?<!\d)(?<!\d[.,])162(?!\d|[.,]\d)"),
    _case("election-O5", "election", "date of run-off", True, [
        ("WARSAW - Liberal Warsaw mayor Rafal Trzaskowski narrowly won the first round of "
         "Poland's presidential election on Sunday, setting up a run-off against conservative "
         "historian Karol Nawrocki, the national electoral commission said on Monday. "
         "Trzaskowski, backed by Prime Minister Donald Tusk's Civic Coalition, won 31.4% of the "
         "vote. Nawrocki, supported by the nationalist Law and Justice party, took 29.5%. "
         "Far-right candidates performed strongly, with Slawomir Mentzen on 14.8% and Grzegorz "
         "Braun on 6.3%. The two leading candidates will meet in a second round on June 1. "
         "Turnout was 67.3%. The outgoing president, Andrzej Duda, has used his veto to block "
         "much of Tusk's reform agenda. Advertisement. Trzaskowski told supporters that a lot "
         "of hard work lay ahead."),
        ("Poland will hold a presidential run-off on Sunday, 8 June, after no candidate won a "
         "majority in the first round. Rafal Trzaskowski, the mayor of Warsaw and the governing "
         "coalition's candidate, came first with 31.4 per cent, according to the State "
         "Electoral Commission (PKW). Karol Nawrocki, head of the Institute of National "
         "Remembrance and backed by PiS, was close behind on 29.5 per cent. Together, far-right "
         "contenders Slawomir Mentzen and Grzegorz Braun won more than a fifth of the vote. "
         "Trzaskowski had the support of Tusk's Civic Coalition. Turnout in the first round was "
         "67.3 per cent. The result is a blow to Prime Minister Donald Tusk, whose government "
         "needs a friendly president to pass its reforms. President Andrzej Duda's second term "
         "ends in August. Read more: Who is Karol Nawrocki?"),
          ], None,
          r"june 1\b|\b1 june|06-01|june 1st",
          r"june 8|\b8 june|06-08|june 8th"),
    _case("election-O6", "election",
          "control: figures of different parties, percentage points", False, [
        ("OSLO (Reuters) - Prime Minister Jonas Gahr Store's Labour Party won Norway's "
         "parliamentary election on Monday, securing a second term for the centre-left bloc, "
         "preliminary results showed. Labour took 28.0% of the vote, up 1.7 percentage points "
         "from 2021, and 53 of the 169 seats in the Storting. The populist Progress Party more "
         "than doubled its share to 23.8%, winning 47 seats. The Conservatives, led by former "
         "prime minister Erna Solberg, fell to 14.6%, their weakest result in two decades. The "
         "centre-left parties together won 88 seats, above the 85 needed for a majority. Store, "
         "65, said he would continue governing as a minority Labour government, seeking support "
         "from other parties. Turnout was about 79%. Advertisement. Norway's $2 trillion "
         "sovereign wealth fund was a major campaign issue."),
        ("Jonas Gahr Støre has secured a second term as Norway's prime minister after Monday's "
         "election. His Labour Party polled 28 per cent, a gain of 1.7 points on four years "
         "ago, and will hold 53 seats. The biggest winner, though, was the right-wing Progress "
         "Party under Sylvi Listhaug, which jumped 12.2 percentage points to 23.8 per cent, its "
         "best result ever, for 47 seats. Erna Solberg's Conservatives lost 5.8 points and "
         "ended on 14.6 per cent. The red-green bloc will have a combined 88 seats in the "
         "169-member parliament, comfortably over the threshold of 85. Støre plans to keep "
         "running a Labour-only cabinet. Roughly 79 per cent of the electorate voted. Share "
         "this article. The campaign was dominated by the cost of living and the future of the "
         "country's oil fund."),
          ], ["2025-09-09", "2025-09-09"]),
    _case("election-O7", "election",
          "control: same moment, different calendar days; rounding", False, [
        ("TOKYO (AP) - Japan's ruling coalition lost its majority in the upper house of "
         "parliament in Sunday's election, dealing another blow to Prime Minister Shigeru "
         "Ishiba. Final results, confirmed on Sunday night, gave the Liberal Democratic Party "
         "and its junior partner Komeito 47 seats, short of the 50 they needed to keep control "
         "of the 248-seat chamber. The populist Sanseito party, which campaigned under a "
         "'Japanese First' slogan, surged to 14 seats from just one. Ishiba told reporters he "
         "intended to stay on to handle tariff negotiations with the United States, which has "
         "threatened a 25% tariff on Japanese goods from Aug. 1. Turnout was 58.51%, according "
         "to the Internal Affairs Ministry. The coalition already lost its majority in the more "
         "powerful lower house in October. Advertisement. Voters were angry about rising "
         "prices, especially of rice."),
        ("Japan's ruling bloc has lost control of the House of Councillors, final results "
         "released on Monday morning showed. The Liberal Democratic Party (LDP) and Komeito "
         "secured 47 seats in the upper chamber, three short of the 50 required to retain a "
         "majority. Prime Minister Shigeru Ishiba said he would remain in office, citing the "
         "need to conclude trade talks with Washington before the US imposes 25 per cent "
         "tariffs on 1 August. 'We must not create a political vacuum,' he said. Sanseito, a "
         "right-wing upstart, won 14 seats, up from one. Voter turnout was about 58.5 per cent, "
         "the interior ministry said. Rising living costs and the price of rice dominated the "
         "campaign. Share this article. Last October, the coalition lost its majority in the "
         "lower house."),
          ], ["2025-07-20", "2025-07-21"]),
]
