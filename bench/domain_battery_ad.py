"""Blind battery of disagreements between outlets, part AD (issue 11).

Part AD, written by engineer AD1 on 2026-12-06 (twelfth session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AD``.

Emphasis: coverage as British, Irish, Australian, Indian, Singaporean, Hong Kong and Canadian
outlets write it (their spelling, date styles, titles, currencies and clocks), of events in and
around those countries and of US-China trade seen from there.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AD", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------------------- trade
    _case("trade-AD1", "trade", "duration", True, [
        "LONDON — Senior US and Chinese officials wrapped up the second day of their trade "
        "talks at Lancaster House on Tuesday after nearly six hours of discussions, with both "
        "sides saying they had agreed a framework to put last month's truce back on track. "
        "The American team was led by the Treasury Secretary, Scott Bessent, while Beijing "
        "sent Vice-Premier He Lifeng. "
        "Speaking outside the Georgian mansion, the Commerce Secretary, Howard Lutnick, said "
        "the framework would now go to both presidents for approval. "
        "Advertisement "
        "The talks follow the Geneva agreement in May, under which Washington lowered its "
        "tariffs on Chinese goods to 30 per cent and Beijing cut its levies on American goods "
        "to 10 per cent. "
        "Export curbs on rare earth magnets, which have hit car factories in Europe, were the "
        "main sticking point, officials said. "
        "The FTSE 100 closed 0.3 per cent higher on Tuesday.",
        "US and Chinese negotiators said on Tuesday they had reached a framework to revive "
        "their Geneva truce, after a second-day session in London that ran for four and a half "
        "hours. "
        "Treasury Secretary Scott Bessent headed the US delegation and Vice-Premier He Lifeng "
        "led China's. "
        "Commerce Secretary Howard Lutnick told reporters at Lancaster House that the plan "
        "still needed sign-off from the two leaders. "
        "Read more: What the Geneva deal means for British exporters "
        "Under the May deal, US duties on Chinese imports fell to 30% and China's duties on US "
        "products fell to 10%. "
        "People familiar with the talks said China's restrictions on exports of rare earth "
        "magnets had dominated the agenda. "
        "In the City, the FTSE 100 ended the day up 0.3%.",
        "Trade talks between Washington and Beijing at London's Lancaster House ended on "
        "Tuesday after almost six hours on the second day, and both delegations said a "
        "framework deal had been reached. "
        "Scott Bessent, the US Treasury Secretary, and China's Vice-Premier He Lifeng led "
        "the two sides. "
        "The deal will be put to Donald Trump and Xi Jinping, Commerce Secretary Howard "
        "Lutnick said. "
        "Rare earth export controls were at the centre of the discussions.",
    ], ["2025-06-11", "2025-06-11", "2025-06-11"],
        r"\b6 ?(hours?|hrs?|h\b)|six[- ]hours?|360 ?min",
        r"4\.5 ?(hours?|hrs?|h\b)|four and a half|four-and-a-half|270 ?min"
        r"|\b4 ?(h|hrs?|hours?),? (and )?30"),
    _case("trade-AD2", "trade", "clock time across zones", True, [
        "SINGAPORE – Washington and Beijing issued a joint statement on their tariff truce at "
        "10.30pm Singapore time on Monday, hours after their negotiators left Stockholm. "
        "The statement said both sides would keep current tariff levels in place while talks "
        "continued. "
        "Deputy Prime Minister Gan Kim Yong, who is also Minister for Trade and Industry, said "
        "the Republic welcomed any step that reduced uncertainty for regional supply chains. "
        "'Small and open economies like ours feel every swing in US-China relations,' he "
        "wrote in a Facebook post. "
        "The benchmark Straits Times Index had closed 0.4 per cent higher earlier on Monday. "
        "Share this article",
        "LONDON (Reuters) - The United States and China published a joint statement on Monday "
        "confirming that their tariff truce would stay in place, releasing the text at 16:45 "
        "BST. "
        "The statement followed talks in the Swedish capital. "
        "Both governments said existing tariff rates would remain unchanged while negotiations "
        "went on. "
        "In Singapore, Deputy Prime Minister Gan Kim Yong, who also holds the trade and "
        "industry portfolio, said in a Facebook post: \"Small and open economies like ours "
        "feel every swing in US-China relations.\" "
        "Singapore's Straits Times Index finished Monday's session up 0.4%.",
    ], None,
        r"10[.:]30 ?p\.?m|22[.:]30|14[.:]30",
        r"16[.:]45|4[.:]45 ?p\.?m|15[.:]45"),
    _case("trade-AD3", "trade", "person's title", True, [
        "Hong Kong's Financial Secretary Paul Chan Mo-po on Monday welcomed the truce agreed "
        "by Washington and Beijing in Geneva, saying it would give the city's exporters "
        "'much-needed breathing room'. "
        "Under the deal, the US will cut its levies on Chinese goods from 145 per cent to 30 "
        "per cent for 90 days, while China will reduce its tariffs on American products from "
        "125 per cent to 10 per cent. "
        "Chan, speaking to lawmakers at the Legislative Council, said the government would "
        "keep helping firms diversify into Asean and Middle Eastern markets. "
        "Advertisement "
        "The Hang Seng Index jumped 3 per cent, led by technology and export stocks. "
        "Logistics operators at Kwai Tsing said they expected a rush of orders for the US "
        "before the 90-day window closes.",
        "HONG KONG — Chief Secretary Paul Chan said on Monday that the tariff ceasefire struck "
        "by the US and China in Geneva would ease pressure on local exporters, but warned that "
        "the city must keep diversifying. "
        "Washington agreed to lower tariffs on Chinese imports to 30% from 145%, and Beijing "
        "will cut duties on US goods to 10% from 125%, for an initial 90 days. "
        "\"This gives our traders much-needed breathing room,\" Chan told Legco members. "
        "Hong Kong stocks rallied, with the Hang Seng closing 3% higher. "
        "Container terminal operators in Kwai Tsing expect a burst of US-bound shipments "
        "during the 90-day window.",
    ], ["2025-05-13", "2025-05-13"],
        r"financial secretary", r"chief secretary"),
    _case("trade-AD4", "trade", "length of tariff pause", True, [
        "NEW DELHI: The US and China have agreed to extend their tariff truce by 90 days, a "
        "move Indian exporters said could blunt their hopes of winning orders diverted from "
        "Chinese factories. "
        "The extension keeps American duties on Chinese goods at 30 per cent and Chinese "
        "levies on US products at 10 per cent. "
        "'Buyers who were shifting orders to India may now wait and watch,' said Ajay Sahai, "
        "director general of the Federation of Indian Export Organisations (FIEO). "
        "India is negotiating its own bilateral trade agreement with Washington, and Commerce "
        "and Industry Minister Piyush Goyal has said talks are progressing well. "
        "The rupee ended flat against the dollar on Tuesday.",
        "Mumbai — Washington and Beijing have pushed back their tariff deadline, agreeing to a "
        "60-day extension of a truce that had been due to expire this week. "
        "US tariffs on Chinese imports will stay at 30% and China's retaliatory duties at 10% "
        "during the pause. "
        "Exporters' body FIEO said the move might slow the shift of sourcing from China to "
        "India; its director general, Ajay Sahai, said buyers 'may now wait and watch'. "
        "Textile and electronics shippers in Tiruppur and Noida had been counting on a lapse "
        "in the truce to win new business, analysts said. "
        "Commerce and Industry Minister Piyush Goyal has said the India-US negotiations are "
        "progressing well.",
    ], None,
        r"\b90[- ]?days?|ninety[- ]days?|three months",
        r"\b60[- ]?days?|sixty[- ]days?|two months"),
    _case("trade-AD5", "trade", "count of cargoes", True, [
        "China has bought about 10 cargoes of US soybeans since last week's meeting between "
        "Donald Trump and Xi Jinping in Busan, traders say, raising concern among Australian "
        "grain growers who had profited from Beijing's boycott of American crops. "
        "Each cargo carries roughly 60,000 tonnes. "
        "Beijing agreed at the summit to buy 12 million tonnes of US soybeans by the end of "
        "the year. "
        "GrainGrowers chief executive Shona Gawel said farmers were 'watching closely'. "
        "Australia shipped record volumes of canola and barley to China this year. "
        "Related: Barley prices slip at Port Adelaide",
        "Chinese importers have snapped up at least 18 cargoes of American soybeans in the "
        "days since the Busan summit, according to trading sources, in a sign that Beijing is "
        "following through on its pledge to resume purchases. "
        "Under the agreement reached by the two presidents, China committed to buying 12 "
        "million tonnes of US soybeans before the end of 2025. "
        "A typical Panamax cargo holds about 60,000 tonnes. "
        "Australian exporters, who sent record amounts of barley and canola to China this "
        "year, fear losing market share. "
        "GrainGrowers' Shona Gawel said the industry was \"watching closely\" how Chinese "
        "demand evolved.",
    ], ["2025-11-04", "2025-11-04"],
        r"(?<![\d.,])10(?![\d.,])|\bten\b",
        r"(?<![\d.,])18(?![\d.,])|eighteen"),
    _case("trade-AD6", "trade", "control: pounds vs dollars", False, [
        "British exports to China fell to £1.6 billion in April, official figures showed on "
        "Thursday, as the tariff war between Washington and Beijing hit Chinese demand for "
        "machinery and cars. "
        "The Office for National Statistics said imports from China were broadly unchanged "
        "over the month. "
        "Business and Trade Secretary Jonathan Reynolds said the government would 'keep "
        "talking to both sides'. "
        "Economists at Capital Economics said the fall largely reflected weaker orders from "
        "Chinese factories. "
        "Sterling traded at $1.33.",
        "Britain's shipments of goods to mainland China dropped to about US$2.1 billion in "
        "April, according to data released in London on Thursday, as the US-China tariff fight "
        "weighed on orders for British cars and machinery. "
        "Imports from China were little changed, the UK's Office for National Statistics "
        "(ONS) said. "
        "Britain's Business and Trade Secretary, Jonathan Reynolds, said London would \"keep "
        "talking to both sides\". "
        "Capital Economics attributed most of the drop to weaker orders from Chinese "
        "manufacturers.",
    ], ["2025-06-12", "2025-06-12"]),
    _case("trade-AD7", "trade", "control: acronym and full name, 24h vs 12h", False, [
        "HONG KONG – China's Ministry of Commerce said on Thursday it would suspend some of "
        "its export controls on rare earths for one year, in a statement posted on its website "
        "at 4pm Hong Kong time. "
        "The move follows last week's meeting between Xi Jinping and Donald Trump in South "
        "Korea. "
        "The Office of the United States Trade Representative welcomed the step in a brief "
        "statement. "
        "Hang Seng Index futures edged 0.5 per cent higher in after-hours trade. "
        "Analysts at Nomura said the suspension eased a key risk for European and Asian "
        "carmakers.",
        "Beijing's commerce ministry announced at 16:00 HKT on Thursday that it would put some "
        "rare-earth export controls on hold for a year, following the Xi-Trump summit in "
        "South Korea last week. "
        "MOFCOM posted the notice on its website. "
        "USTR welcomed the decision. "
        "Hang Seng futures rose 0.5% after hours. "
        "Nomura analysts said the suspension removed a major risk for carmakers in Europe and "
        "Asia.",
    ], None),
    _case("trade-AD8", "trade", "control: old and new rate, rounding", False, [
        "SINGAPORE – Asian markets rallied on Monday after the United States and China agreed "
        "to slash reciprocal tariffs for 90 days. "
        "Washington will cut its levy on Chinese goods to 30 per cent from 145 per cent, while "
        "Beijing will lower its duty on US goods to 10 per cent from 125 per cent. "
        "Hong Kong's Hang Seng Index closed up 2.98 per cent. "
        "Singapore's Straits Times Index gained 0.7 per cent. "
        "'This is better than the market expected,' said Lim Wei Ling, an economist at a local "
        "bank.",
        "Australian shares followed Wall Street higher on Tuesday after the US and China "
        "agreed on Monday to slash tariffs for 90 days. "
        "The US will reduce tariffs on Chinese imports to 30 per cent, with China cutting its "
        "levies on American goods to 10 per cent. "
        "In Hong Kong, the Hang Seng had jumped nearly 3 per cent on Monday. "
        "The S&P/ASX 200 rose 0.8 per cent by the close in Sydney. "
        "\"This is better than the market expected,\" said Lim Wei Ling, an economist in "
        "Singapore.",
    ], ["2025-05-12", "2025-05-13"]),
    # ----------------------------------------------------------------------------- court
    _case("court-AD1", "court", "size of majority", True, [
        "NEW DELHI: A five-judge Constitution Bench of the Supreme Court on Thursday held by a "
        "4:1 majority that access to the internet for schooling is part of the right to life "
        "under Article 21. "
        "Justice R. Venkataraman wrote the lead judgment, while Justice Meera Khanna "
        "dissented, saying the question was one for Parliament to decide. "
        "The case arose from a 2021 petition filed by parents in Jharkhand during the Covid-19 "
        "school closures. "
        "The Bench directed the Centre to file a compliance report within 12 weeks. "
        "Senior Advocate Gopal Iyer, appearing for the petitioners, called the verdict 'a "
        "landmark for every child without a smartphone'. "
        "ALSO READ | Centre to frame rules on school connectivity",
        "The Supreme Court ruled 3-2 on Thursday that internet access for education is "
        "protected under Article 21 of the Constitution. "
        "Justice Meera Khanna wrote a dissenting opinion, holding that Parliament rather than "
        "the courts should decide the matter; the lead opinion was written by Justice R. "
        "Venkataraman. "
        "The petition was filed in 2021 by a group of Jharkhand parents whose children lost "
        "months of classes during pandemic school closures. "
        "The Centre has been given 12 weeks to report compliance. "
        "Gopal Iyer, the senior advocate for the parents, described the ruling as \"a "
        "landmark for every child without a smartphone\".",
    ], None,
        r"(?<![\d.])4 ?(:|-|–|to) ?1(?!\d)|four[- ](to[- ])?one|\b(four|4) judges",
        r"(?<![\d.])3 ?(:|-|–|to) ?2(?!\d)|three[- ](to[- ])?two|\b(three|3) judges"),
    _case("court-AD2", "court", "size of penalty", True, [
        "SYDNEY — The Federal Court has ordered budget carrier Coral Air to pay a A$45 million "
        "penalty for misleading customers about flights it had already cancelled. "
        "Justice Helen Partridge found the airline kept selling tickets on more than 8,000 "
        "cancelled flights over two years. "
        "The Australian Competition and Consumer Commission (ACCC) brought the case in 2023. "
        "Coral Air must also pay A$2 million towards the regulator's legal costs. "
        "'This penalty sends a clear message to the whole industry,' ACCC deputy chair Tom "
        "Whitfield said. "
        "The airline said it accepted the ruling and had changed its booking systems.",
        "Coral Air has been hit with a $54 million fine after the Federal Court found it sold "
        "seats on thousands of flights that had already been scrapped. "
        "Justice Helen Partridge said the low-cost airline misled consumers on more than 8,000 "
        "flights across two years. "
        "Advertisement "
        "The consumer watchdog, which launched proceedings in 2023, will also receive $2 "
        "million in costs. "
        "ACCC deputy chair Tom Whitfield said: \"This penalty sends a clear message to the "
        "whole industry.\" "
        "In a statement, Coral Air said it accepted the judgment and had overhauled its "
        "booking systems.",
    ], ["2025-08-20", "2025-08-20"],
        r"(?<![\d.])45 ?(m\b|million|mn)|45,000,000|45000000(?!\d)",
        r"(?<![\d.])54 ?(m\b|million|mn)|54,000,000|54000000(?!\d)"),
    _case("court-AD3", "court", "weekday vs date of ruling", True, [
        "The High Court on Wednesday quashed planning permission for a €900 million data "
        "centre campus at Clonee, Co Meath, ruling that the planning authority had failed to "
        "properly assess its impact on the national electricity grid. "
        "Mr Justice Declan Moran said the decision-makers had 'closed their eyes' to evidence "
        "from the grid operator, EirGrid. "
        "The challenge was taken by a local residents' group, Clonee Community Voice. "
        "The developer, a US technology firm, can appeal to the Court of Appeal. "
        "Data centres now use more than a fifth of Ireland's electricity.",
        "A High Court judge on Thursday overturned permission for a €900m data centre "
        "development at Clonee in Co Meath. "
        "Mr Justice Declan Moran found that the grid impact had not been properly assessed, "
        "saying those who granted permission had 'closed their eyes' to EirGrid's evidence. "
        "Residents' group Clonee Community Voice brought the judicial review. "
        "Share this article "
        "The American tech company behind the project may appeal. "
        "Data centres account for more than a fifth of electricity demand in Ireland.",
    ], ["2025-07-10", "2025-07-10"],
        r"wednesday|july 9\b|9 july|2025-07-09|9th july|july 9th",
        r"thursday|july 10|10 july|2025-07-10|10th july"),
    _case("court-AD4", "court", "sentence length", True, [
        "LONDON — The Court of Appeal has increased the jail term of a former financial "
        "adviser who defrauded pensioners of £3.2 million, raising his sentence to nine years "
        "after the Solicitor General argued it was unduly lenient. "
        "Graham Pettifer, 58, of Guildford, had originally been jailed for six years at "
        "Guildford Crown Court in March. "
        "He took money from 41 clients, most of them retired teachers, over seven years. "
        "Lady Justice Whitcombe said the original term 'failed to reflect the devastation' caused "
        "to his victims.",
        "A Surrey financial adviser who stole £3.2m from pensioners has had his prison "
        "sentence raised to eight years by the Court of Appeal. "
        "Graham Pettifer, 58, was first given six years at Guildford Crown Court in March, but "
        "the Solicitor General referred the case as unduly lenient. "
        "Pettifer took money from 41 clients, most of them retired teachers, over a period of "
        "seven years. "
        "Giving judgment, Lady Justice Whitcombe said the original sentence \"failed to reflect "
        "the devastation\" he caused. "
        "Read more: How to check your financial adviser is registered",
    ], None,
        r"(?<![\d.])9[- ]?(years?|yrs?)|nine[- ]years?",
        r"(?<![\d.])8[- ]?(years?|yrs?)|eight[- ]years?"),
    _case("court-AD5", "court", "dissenting judge", True, [
        "CANBERRA — The High Court has ruled 6-1 that Commonwealth laws allowing electronic "
        "monitoring of people released from immigration detention are valid. "
        "Justice Anna Kerridge was the sole dissenter, finding the ankle-bracelet regime "
        "amounted to punishment that only a court could impose. "
        "The challenge was brought by a stateless man released in 2023. "
        "About 150 people remain subject to the monitoring conditions, the Home Affairs "
        "department says. "
        "Home Affairs Minister Tony Burke welcomed the decision.",
        "Australia's High Court has upheld, by six votes to one, federal laws that let the "
        "government fit ankle monitors to people freed from immigration detention. "
        "Justice Paul Vasquez dissented, holding the regime was punitive and could only be "
        "imposed by a court. "
        "The case was brought by a stateless man who was released in 2023. "
        "Around 150 people are still on the monitoring regime, according to the Department of "
        "Home Affairs. "
        "Home Affairs Minister Tony Burke said he welcomed the ruling.",
    ], ["2025-10-08", "2025-10-08"],
        r"kerridge", r"vasquez"),
    _case("court-AD6", "court", "control: same moment, different days across zones", False, [
        "Hong Kong's Court of Final Appeal on Tuesday dismissed an appeal by the liquidators "
        "of property developer Evergreen Crest Holdings, ending a four-year fight over HK$7.8 "
        "billion in offshore assets. "
        "The judgment was handed down at 10am. "
        "The five judges were unanimous. "
        "Chief Justice Andrew Cheung said the liquidators had 'no standing' to pursue the "
        "claims in Hong Kong. "
        "Evergreen Crest's shares have been suspended since 2021.",
        "Hong Kong's top court late on Monday, New York time, rejected an appeal by the "
        "liquidators of Chinese developer Evergreen Crest Holdings over about US$1 billion of "
        "offshore assets. "
        "The ruling by the Court of Final Appeal came at 10 p.m. EDT. "
        "All five judges agreed. "
        "Chief Justice Andrew Cheung wrote that the liquidators had \"no standing\" to pursue "
        "the claims in the city. "
        "Trading in Evergreen Crest's shares has been suspended since 2021.",
        "SINGAPORE – Hong Kong's Court of Final Appeal (CFA) on Tuesday morning dismissed the "
        "liquidators' appeal in the Evergreen Crest case, a ruling closely watched by "
        "creditors in Singapore. "
        "The unanimous decision of the five-judge panel ends a four-year dispute. "
        "Evergreen Crest's stock has been suspended since 2021. "
        "Chief Justice Andrew Cheung, giving the judgment, said the liquidators had 'no "
        "standing' to bring the claims in Hong Kong. "
        "Several Singapore banks are among the developer's creditors.",
    ], ["2025-09-02", "2025-09-01", "2025-09-02"]),
    _case("court-AD7", "court", "control: two quotes of one judge, rounding", False, [
        "A businesswoman has won £2.47 million in libel damages from the Daily Courier over "
        "articles that falsely accused her of running a visa scam. "
        "Priya Sandhu, 44, who runs a chain of nurseries in Leicester, sued over four "
        "articles published in 2022. "
        "Mrs Justice Ellison said at the High Court in London that the newspaper's conduct had "
        "been 'reckless and cruel'. "
        "The paper said it would consider an appeal. "
        "Advertisement",
        "Nursery owner Priya Sandhu has been awarded nearly £2.5m in damages after the High "
        "Court ruled that the Daily Courier libelled her in four 2022 articles. "
        "The 44-year-old from Leicester had been falsely accused of running a visa scam. "
        "Mrs Justice Ellison said Ms Sandhu 'had been forced to rebuild her life in the public "
        "eye'. "
        "The Courier said it was considering whether to appeal.",
    ], None),
    # ----------------------------------------------------------------------- central bank
    _case("cb-AD1", "central bank", "size of cut in percentage points", True, [
        "The Reserve Bank has cut the cash rate by 0.25 percentage points to 3.60 per cent, "
        "its third reduction this year, saying inflation is now comfortably within its 2 to "
        "3 per cent target band. "
        "Governor Michele Bullock told reporters the board had judged that 'a further "
        "easing was appropriate' given the softer labour market. "
        "The decision was announced at 2.30pm AEST. "
        "The ASX 200 rose 0.4 per cent by the close. "
        "Advertisement "
        "For a borrower with a $600,000 mortgage, the change could cut repayments by roughly "
        "$90 a month, according to Canstar.",
        "Australia's central bank lowered its cash rate by 0.5 percentage points to 3.60% on "
        "Tuesday, its third move this year, with inflation back inside the RBA's 2-3% target "
        "range. "
        "Governor Michele Bullock said the board had decided that \"a further easing was "
        "appropriate\" as the jobs market cooled. "
        "The statement came at 2.30pm Sydney time. "
        "Shares gained 0.4% on the ASX 200. "
        "Comparison site Canstar said a typical $600,000 home loan would be about $90 a month "
        "cheaper.",
    ], None,
        r"(?<![\d.])0?\.25 ?(%|percentage|pp|ppt|points?|pct)|(?<![\d.])25 ?(basis|bps?|bp)"
        r"|quarter",
        r"(?<![\d.])0?\.50? ?(%|percentage|pp|ppt|points?|pct)|(?<![\d.])50 ?(basis|bps?|bp)"
        r"|half"),
    _case("cb-AD2", "central bank", "vote split", True, [
        "MUMBAI: The Reserve Bank of India on Friday cut the repo rate by 50 basis points to "
        "5.50 per cent, a bigger reduction than most economists had expected. "
        "The six-member Monetary Policy Committee voted 5-1 for the cut. "
        "The RBI also lowered the cash reserve ratio by 100 basis points to 3 per cent, to be "
        "carried out in four tranches. "
        "Governor Sanjay Malhotra said the stance had been changed to 'neutral' from "
        "'accommodative'. "
        "The central bank kept its GDP growth forecast for this year at 6.5 per cent and cut "
        "its inflation projection to 3.7 per cent. "
        "The Sensex rose 747 points after the announcement.",
        "The RBI's Monetary Policy Committee voted 4-2 on Friday to cut the policy repo rate "
        "by half a percentage point to 5.5%. "
        "Announcing the decision, the Governor of the RBI, Sanjay Malhotra, said the policy "
        "stance was moving to neutral from accommodative. "
        "Banks' cash reserve ratio will also fall by 100 bps, to 3%, in four tranches. "
        "ALSO READ: What the repo cut means for your home loan EMI "
        "The growth projection for the year was left at 6.5%, while the inflation forecast "
        "was lowered to 3.7%. "
        "The BSE Sensex gained 747 points on the day.",
    ], None,
        r"(?<![\d.])5 ?(:|-|–|to) ?1(?!\d)|five[- ](to[- ])?one|\b(five|5) members",
        r"(?<![\d.])4 ?(:|-|–|to) ?2(?!\d)|four[- ](to[- ])?two|\b(four|4) members"),
    _case("cb-AD3", "central bank", "date of next meeting", True, [
        "OTTAWA — The Bank of Canada cut its key policy rate by 25 basis points to 2.5 per "
        "cent on Wednesday, its first move since March, citing a weakening labour market and "
        "the drag from U.S. tariffs. "
        "Governor Tiff Macklem said the risks had shifted and that 'a reduction in the policy "
        "rate is appropriate to better balance the risks'. "
        "The bank's next scheduled rate announcement is on Oct. 29. "
        "The loonie weakened slightly to 72.4 U.S. cents after the decision. "
        "Canada's unemployment rate rose to 7.1 per cent in August.",
        "The Bank of Canada lowered its overnight rate by a quarter of a percentage point to "
        "2.5 per cent on Wednesday, the first cut since March, pointing to job losses and the "
        "hit from American tariffs. "
        "\"A reduction in the policy rate is appropriate to better balance the risks,\" "
        "Governor Tiff Macklem told reporters. "
        "Unemployment climbed to 7.1 per cent in August. "
        "The Canadian dollar slipped to 72.4 cents US. "
        "Policymakers will announce their next decision on October 22.",
    ], None,
        r"oct(ober)?\.? 29|29(th)? oct|2025-10-29|10-29",
        r"oct(ober)?\.? 22|22(nd)? oct|2025-10-22|10-22"),
    _case("cb-AD4", "central bank", "size of bond purchase", True, [
        "MUMBAI: The Reserve Bank of India on Monday announced a set of measures to inject "
        "liquidity into the banking system, including open market purchases of government "
        "securities worth ₹60,000 crore. "
        "It will also hold a 56-day variable rate repo auction for ₹50,000 crore and a "
        "US$5 billion dollar-rupee buy/sell swap. "
        "The banking system's liquidity deficit had widened to more than ₹2 lakh crore in "
        "January, the highest in over a decade. "
        "Bond yields fell after the announcement, with the 10-year benchmark easing to 6.67 "
        "per cent.",
        "The RBI will buy government bonds worth Rs 80,000 crore through open market "
        "operations, it said on Monday, as part of a package to ease a cash crunch in the "
        "banking system. "
        "The central bank will also conduct a 56-day VRR auction of Rs 50,000 crore and a $5 "
        "billion USD/INR swap. "
        "Liquidity in the system had slipped into a deficit of over Rs 2 lakh crore this "
        "month, the deepest in more than 10 years. "
        "The yield on the benchmark 10-year government bond eased to 6.67%. "
        "Read more: Banks welcome RBI's liquidity steps",
    ], ["2025-01-28", "2025-01-28"],
        r"60,?000 ?(crore|cr)|60 ?thousand crore|(?<![\d.])600 ?(billion|bn)"
        r"|600,000,000,000|(?<!\d)600000000000(?!\d)|6e\+?11",
        r"80,?000 ?(crore|cr)|80 ?thousand crore|(?<![\d.])800 ?(billion|bn)"
        r"|800,000,000,000|(?<!\d)800000000000(?!\d)|8e\+?11"),
    _case("cb-AD5", "central bank", "who dissented", True, [
        "The Bank of England held interest rates at 4 per cent on Thursday, with the Monetary "
        "Policy Committee voting 8-1 to leave Bank Rate unchanged. "
        "External member Swati Dhingra was the lone dissenter, voting for a quarter-point "
        "cut. "
        "Governor Andrew Bailey said the Bank still expected rates to fall gradually. "
        "Inflation stood at 3.8 per cent in the latest figures, almost twice the 2 per cent "
        "target. "
        "Sterling rose 0.2 per cent against the dollar.",
        "LONDON (Reuters) - The BoE kept Bank Rate at 4% on Thursday in an 8-1 vote. "
        "The only policymaker to vote for a 25 basis point cut was external MPC member Alan "
        "Taylor. "
        "Governor Andrew Bailey said rates were still likely to come down gradually. "
        "Consumer price inflation was last reported at 3.8%, close to double the BoE's 2% "
        "target. "
        "The pound was up 0.2% against the U.S. dollar.",
    ], None,
        r"dhingra", r"taylor"),
    _case("cb-AD6", "central bank", "control: basis points vs points, 24h vs 12h, acronym",
          False, [
        "The Reserve Bank of Australia cut the cash rate by 25 basis points to 4.10 per cent "
        "on Tuesday, its first reduction since November 2020. "
        "The decision was announced at 2.30pm AEDT. "
        "The rate had been held at 4.35 per cent for more than a year. "
        "Governor Michele Bullock said the board remained cautious about further cuts. "
        "The ASX 200 closed little changed.",
        "SINGAPORE – The RBA lowered its cash rate by 0.25 percentage points to 4.1% on "
        "Tuesday, from 4.35%, in its first cut since late 2020. "
        "The central bank announced the move at 14:30 Sydney time (AEDT). "
        "Governor Michele Bullock said the board was still cautious about further easing. "
        "Australian shares ended the session little changed.",
    ], ["2025-02-18", "2025-02-18"]),
    _case("cb-AD7", "central bank", "control: rate vs inflation vs target", False, [
        "The Bank of England cut Bank Rate by a quarter point to 4 per cent on Thursday. "
        "The Monetary Policy Committee voted 5-4 for the reduction. "
        "CPI inflation was 3.6 per cent in June. "
        "Governor Andrew Bailey said rates remained on 'a gradual and careful downward path'. "
        "Advertisement "
        "Mortgage lenders are expected to trim their tracker rates in the coming days.",
        "The BoE lowered interest rates to 4% from 4.25% on Thursday after a narrow 5-4 vote "
        "of the MPC. "
        "Consumer price inflation, currently 3.6%, is expected to reach 4% in September, "
        "twice the Bank's 2% target. "
        "Governor Andrew Bailey said the path for rates was \"gradual and careful\" and "
        "downward. "
        "Tracker mortgage rates will fall in line with the cut.",
        "Rate-setters at the Bank of England voted by five to four on Thursday to reduce "
        "borrowing costs to 4 per cent, the lowest since early 2023. "
        "Inflation, at 3.6 per cent, is forecast to peak at 4 per cent in September. "
        "Governor Andrew Bailey said the Bank remained on a gradual and careful path. "
        "Lenders with tracker mortgages are expected to pass on the reduction. "
        "Share this article",
    ], ["2025-08-07", "2025-08-07", "2025-08-07"]),
    # ---------------------------------------------------------------------------- rocket
    _case("rocket-AD1", "rocket", "name of launch vehicle", True, [
        "SRIHARIKOTA: ISRO's PSLV-C61 mission failed to place the EOS-09 earth observation "
        "satellite in orbit on Sunday after a problem in the rocket's third stage. "
        "The vehicle lifted off at 5.59am from the Satish Dhawan Space Centre. "
        "It was ISRO's 101st launch from Sriharikota. "
        "'We observed a fall in chamber pressure in the third stage and the mission could not "
        "be accomplished,' ISRO chairman V. Narayanan said. "
        "The 1,696 kg radar imaging satellite was meant to support all-weather surveillance. "
        "A failure analysis committee has been set up.",
        "Isro's PSLV-C62 rocket failed on Sunday morning, losing the EOS-09 radar imaging "
        "satellite after a fault in its third stage, the space agency said. "
        "The launch, at 5.59am from Sriharikota, was the agency's 101st from the spaceport. "
        "Chairman V. Narayanan said a drop in chamber pressure had been seen in the third "
        "stage and \"the mission could not be accomplished\". "
        "EOS-09 weighed 1,696 kg. "
        "Isro has formed a committee to analyse the failure. "
        "Subscribe to our space newsletter",
        "The Indian Space Research Organisation's PSLV-C61 flight ended in failure on Sunday "
        "when the third stage of the rocket lost chamber pressure. "
        "The polar satellite launch vehicle had taken off at 5.59am IST carrying EOS-09. "
        "A committee will study what went wrong, chairman V. Narayanan said.",
    ], None,
        r"c-?61\b", r"c-?62\b"),
    _case("rocket-AD2", "rocket", "clock time across zones", True, [
        "Gold Coast company Gilmour Space's Eris rocket lifted off from the Bowen Orbital "
        "Spaceport in north Queensland at 8.35am AEST on Wednesday, the first launch of an "
        "Australian-made orbital rocket from Australian soil. "
        "The 23-metre vehicle flew for about 14 seconds before losing thrust and falling "
        "back near the pad. "
        "Co-founder Adam Gilmour said the test was 'a huge step' even though orbit was not "
        "reached. "
        "No one was injured. "
        "The company has received A$52 million in government support.",
        "SINGAPORE – An Australian-built orbital rocket lifted off for the first time at 23:35 "
        "GMT on Tuesday, but came down after around 14 seconds of flight. "
        "Gilmour Space Technologies launched its 23-metre Eris vehicle from its spaceport at "
        "Bowen in Queensland. "
        "\"This was a huge step,\" co-founder Adam Gilmour said, adding that the company had "
        "gathered valuable data. "
        "There were no injuries. "
        "The firm has received A$52 million of government support.",
    ], ["2025-07-30", "2025-07-30"],
        r"8[.:]35 ?a\.?m|08[.:]35|22[.:]35",
        r"23[.:]35|9[.:]35 ?a\.?m|09[.:]35|11[.:]35 ?p\.?m"),
    _case("rocket-AD3", "rocket", "flight duration", True, [
        "SpaceX's Starship splashed down in the Indian Ocean about 66 minutes after launching "
        "from Starbase in south Texas on Monday evening, completing its eleventh test flight. "
        "The Super Heavy booster separated as planned and came down in the Gulf of Mexico. "
        "During the flight the ship released eight dummy Starlink satellites. "
        "Elon Musk praised the team on X. "
        "The next version of the vehicle is due to fly next year.",
        "Starship's eleventh test flight ended with the upper stage touching down in the "
        "Indian Ocean one hour and 26 minutes after lifting off from Starbase, Texas, on "
        "Monday evening. "
        "The Super Heavy booster separated on time and splashed down in the Gulf of Mexico. "
        "Eight mock Starlink satellites were deployed during the mission. "
        "ALSO READ | ISRO's heavy-lift plans for 2026 "
        "SpaceX chief Elon Musk congratulated the team. "
        "An upgraded version is expected to fly next year.",
    ], None,
        r"(?<![\d.])66 ?(min|mins?|minutes?)|1 ?(h|hr|hour)\w* (and )?6 ?min|one hour and six",
        r"(?<![\d.])86 ?(min|mins?|minutes?)|1 ?(h|hr|hour)\w* (and )?26 ?min"
        r"|one hour and (26|twenty-six)"),
    _case("rocket-AD4", "rocket", "landing place", True, [
        "ADELAIDE — A reusable test capsule built by Adelaide start-up Aquila Aerospace was "
        "recovered at the Woomera range in outback South Australia on Tuesday after a "
        "suborbital flight that reached 85 kilometres. "
        "The capsule was launched from the Whalers Way Orbital Launch Complex near Port "
        "Lincoln. "
        "Chief executive Laura Penhall said the parachutes had deployed 'exactly as "
        "designed'. "
        "The flight carried three university experiments. "
        "The company hopes to fly a second capsule before Christmas.",
        "Aquila Aerospace's test capsule has landed at the Koonibba Test Range west of Ceduna "
        "after a suborbital flight from Whalers Way, on South Australia's Eyre Peninsula. "
        "The capsule reached an altitude of 85 km on Tuesday's flight. "
        "Its parachutes opened \"exactly as designed\", chief executive Laura Penhall said. "
        "Three university experiments were on board. "
        "Advertisement "
        "A second capsule could fly before Christmas, the Adelaide company said.",
    ], ["2025-04-15", "2025-04-15"],
        r"woomera", r"koonibba|ceduna"),
    _case("rocket-AD5", "rocket", "typo in year", True, [
        "BENGALURU: ISRO said on Monday that the GSLV-F16 rocket carrying NISAR, the "
        "earth-observation satellite built jointly with NASA, will lift off on 30 July 2025 "
        "at 5.40pm from Sriharikota. "
        "The 2,392 kg satellite carries two radars and will map the planet's land and ice "
        "every 12 days. "
        "The mission costs about $1.5 billion, making it one of the most expensive earth "
        "observation satellites ever built. "
        "Chairman V. Narayanan said all checks had been completed.",
        "The NISAR satellite, a joint project of NASA and ISRO, is scheduled to launch on July "
        "30, 3025 aboard a GSLV-F16 rocket from Sriharikota at 5:40 pm IST, the Indian space "
        "agency announced on Monday. "
        "Weighing 2,392 kg, NISAR will scan the Earth's land and ice surfaces every 12 days "
        "with two radars. "
        "At about $1.5 billion, it is among the costliest earth observation missions. "
        "ISRO chairman V. Narayanan said preparations were complete.",
    ], None,
        r"(?<!\d)2025(?!\d)", r"3025"),
    _case("rocket-AD6", "rocket", "control: km vs miles, different days across zones", False, [
        "SpaceX's Starship lifted off from Starbase in Texas at 9.30am AEST on Wednesday on "
        "its tenth test flight, reaching a peak altitude of about 190 kilometres. "
        "The ship deployed eight dummy Starlink satellites and later splashed down in the "
        "Indian Ocean, north-west of Perth. "
        "The Super Heavy booster came down in the Gulf of Mexico as planned. "
        "SpaceX had scrubbed two earlier attempts because of ground equipment and weather "
        "problems.",
        "Starship launched on its tenth test flight at 6:30 p.m. CDT on Tuesday from Starbase, "
        "Texas, climbing to roughly 118 miles. "
        "The ship released eight mock Starlink satellites before splashing down in the Indian "
        "Ocean off Western Australia. "
        "The Super Heavy booster splashed down in the Gulf of Mexico, as planned. "
        "Two previous attempts had been called off because of a ground systems issue and "
        "weather.",
    ], ["2025-08-27", "2025-08-26"]),
    _case("rocket-AD7", "rocket", "control: agency named two ways, 24h vs 12h, rounding",
          False, [
        "The Indian Space Research Organisation (ISRO) on Sunday launched CMS-03, the "
        "heaviest communication satellite ever sent up from Indian soil, aboard its LVM3-M5 "
        "rocket. "
        "The 4,410 kg satellite lifted off at 5.26pm IST from the Satish Dhawan Space Centre "
        "in Sriharikota. "
        "It will provide communication services over the Indian Ocean region for the Navy. "
        "'The satellite has been placed precisely in its intended orbit,' chairman V. "
        "Narayanan said.",
        "Isro's LVM3-M5 rocket placed the CMS-03 communication satellite in orbit on Sunday "
        "after lifting off at 17:26 IST from SDSC-SHAR, Sriharikota. "
        "At about 4.4 tonnes, the satellite is the heaviest communication satellite launched "
        "from India. "
        "It will serve the Navy across the Indian Ocean region. "
        "Chairman V. Narayanan said the satellite had been \"placed precisely in its intended "
        "orbit\".",
    ], None),
    # ------------------------------------------------------------------------ earthquake
    _case("quake-AD1", "earthquake", "magnitude", True, [
        "A magnitude 6.2 earthquake struck off the coast of Fiordland at 7.43pm on Tuesday, "
        "GeoNet says, shaking much of the lower South Island. "
        "The quake was centred about 160 km west of Invercargill at a depth of 33 km. "
        "More than 5,000 people reported feeling it on GeoNet's website within an hour. "
        "The National Emergency Management Agency said there was no tsunami threat to New "
        "Zealand. "
        "There were no immediate reports of damage. "
        "Advertisement",
        "Southland residents were rattled on Tuesday night by a magnitude 5.8 quake off "
        "Fiordland, according to GeoNet. "
        "It hit at 7.43pm, 160km west of Invercargill, 33km deep. "
        "Within the hour, more than 5,000 people had filed felt reports with GeoNet. "
        "NEMA said the quake posed no tsunami threat to New Zealand. "
        "Police said they had not received reports of damage or injuries.",
    ], ["2025-03-25", "2025-03-25"],
        r"(?<![\d.])6\.2(?!\d)", r"(?<![\d.])5\.8(?!\d)"),
    _case("quake-AD2", "earthquake", "epicentre town", True, [
        "KATHMANDU: A 5.6-magnitude earthquake jolted western Nepal early on Saturday, with "
        "its epicentre at Bhulbhule in Lamjung district, the National Earthquake Monitoring "
        "and Research Centre said. "
        "The quake struck at 4:17am and was felt in Kathmandu and Pokhara. "
        "Two people were injured when a stone wall collapsed, police said. "
        "About 30 houses were partially damaged. "
        "Chief District Officer Hari Prasad Pokharel said search teams had reached all "
        "affected wards.",
        "An earthquake of magnitude 5.6 hit Nepal at 4.17am on Saturday, with tremors felt in "
        "Kathmandu, Pokhara and parts of Bihar. "
        "Nepal's National Earthquake Monitoring and Research Centre located the epicentre near "
        "Barpak in Gorkha district. "
        "Police said two people were hurt by a falling wall and around 30 houses were partly "
        "damaged. "
        "The region was devastated by the 2015 earthquake, which killed nearly 9,000 people. "
        "Related: How India's NCS monitors Himalayan quakes",
    ], None,
        r"bhulbhule|lamjung", r"barpak|gorkha"),
    _case("quake-AD3", "earthquake", "number of aftershocks", True, [
        "A magnitude 6.6 earthquake struck off Haida Gwaii on Sunday evening, and Natural "
        "Resources Canada has since recorded more than 40 aftershocks. "
        "The quake hit about 180 km south-west of Daajing Giids at a depth of 10 km. "
        "Emergency Management BC said there was no tsunami threat to the B.C. coast. "
        "Residents in Masset and Daajing Giids reported dishes falling from shelves. "
        "Seismologist Alison Bird said aftershocks could continue for weeks.",
        "More than 70 aftershocks have followed Sunday night's magnitude 6.6 earthquake off "
        "Haida Gwaii, according to Natural Resources Canada. "
        "The main shock was centred roughly 180 kilometres south-west of Daajing Giids, 10 "
        "kilometres deep. "
        "No tsunami was expected, provincial emergency officials said. "
        "Some residents of Masset reported items knocked off shelves. "
        "NRCan seismologist Alison Bird warned that aftershocks could go on for weeks.",
    ], ["2025-11-10", "2025-11-10"],
        r"(?<![\d.,])40(?![\d.,])|forty", r"(?<![\d.,])70(?![\d.,])|seventy"),
    _case("quake-AD4", "earthquake", "death toll conflict, same time", True, [
        "PESHAWAR: At least 12 people were killed and more than 150 injured when a 5.9 "
        "magnitude earthquake struck the Swat valley on Monday afternoon, the Provincial "
        "Disaster Management Authority (PDMA) said. "
        "The quake hit at 2:38pm at a depth of 15 km. "
        "Most of the deaths were in Shangla and Swat districts, where mud-brick houses "
        "collapsed. "
        "Rescue 1122 teams were working through the evening to clear debris.",
        "At least 21 people died and over 150 were hurt after a magnitude 5.9 quake shook "
        "Pakistan's Khyber Pakhtunkhwa province on Monday, the PDMA said. "
        "The tremor was recorded at 2.38pm, 15 km underground, with its centre in the Swat "
        "valley. "
        "Houses built of mud brick collapsed in Swat and Shangla. "
        "Rescue 1122 crews continued clearing rubble into the night.",
        "ISLAMABAD – A 5.9-magnitude earthquake in Swat killed at least 21 people on Monday, "
        "provincial disaster officials said. "
        "More than 150 were injured, most of them in Shangla and Swat. "
        "The tremor struck at 2:38pm at a depth of 15 km, the PDMA said. "
        "Many of the victims were inside mud-brick homes that caved in. "
        "Share this article",
    ], ["2025-09-01", "2025-09-01", "2025-09-01"],
        r"(?<![\d.,])12(?![\d.,])|twelve", r"(?<![\d.,])21(?![\d.,])|twenty-one"),
    _case("quake-AD5", "earthquake", "depth", True, [
        "HONG KONG – A magnitude 5.5 earthquake struck off Taiwan's east coast near Hualien "
        "at 11.05am on Thursday, at a depth of 10 kilometres, according to Taiwan's Central "
        "Weather Administration. "
        "Buildings swayed in Taipei, and train services along the east coast were briefly "
        "suspended. "
        "The Hong Kong Observatory said it received no reports of shaking in the city. "
        "No casualties were reported.",
        "A 5.5-magnitude quake hit waters off Hualien, eastern Taiwan, at 11:05 a.m. on "
        "Thursday, Taiwan's weather agency said. "
        "The quake was about 24 miles deep. "
        "It shook buildings in Taipei, and rail services on the east coast were halted for a "
        "short time. "
        "There were no reports of injuries. "
        "Advertisement "
        "Hualien was hit by a magnitude 7.4 quake in April 2024.",
    ], None,
        r"(?<![\d.])10 ?(km|kilomet|kms)|(?<![\d.])6\.2 ?mi",
        r"(?<![\d.])24 ?(mi|miles)|(?<![\d.])3[89](\.\d+)? ?(km|kilomet|kms)"),
    _case("quake-AD6", "earthquake", "control: later update with dates", False, [
        "KATHMANDU: At least nine people were killed and 34 injured when a 6.4-magnitude "
        "earthquake struck Bajhang district in far-western Nepal late on Sunday night, "
        "officials said on Monday. "
        "The quake was recorded at 11:47pm. "
        "Home Ministry spokesperson Ram Bahadur Thapa said rescue teams were still trying to "
        "reach remote villages. "
        "More than 200 houses were destroyed.",
        "The death toll from Sunday's 6.4-magnitude earthquake in Nepal's Bajhang district "
        "rose to 17 on Tuesday, with 52 people injured, as rescuers reached remote villages. "
        "The quake struck at 11.47pm. "
        "Home Ministry spokesperson Ram Bahadur Thapa said relief supplies were being flown "
        "in by helicopter. "
        "More than 200 homes were destroyed.",
    ], ["2025-04-07", "2025-04-08"]),
    _case("quake-AD7", "earthquake", "control: km vs miles, time zones", False, [
        "A magnitude 6.1 earthquake struck 35 km north-east of Seddon at 3.14am on Tuesday, "
        "GeoNet said, waking thousands of people across Marlborough and Wellington. "
        "The quake was 20 km deep. "
        "Minor damage was reported in Blenheim, where shop windows were broken. "
        "There was no tsunami threat, the National Emergency Management Agency said.",
        "WELLINGTON (Reuters) - A magnitude 6.1 earthquake hit New Zealand's South Island at "
        "15:14 GMT on Monday, about 22 miles north-east of the town of Seddon, according to "
        "GeoNet. "
        "It was about 12 miles deep. "
        "Shop windows were broken in Blenheim, but there were no reports of serious damage. "
        "Officials said there was no tsunami threat.",
    ], ["2025-07-15", "2025-07-14"]),
    # -------------------------------------------------------------------------- election
    _case("elec-AD1", "election", "vote share", True, [
        "Labour held Ashdown and Fellside in Thursday's by-election, with candidate Helen "
        "Marsh winning 38.7 per cent of the vote. "
        "Reform UK came second and the Conservatives third. "
        "Turnout was 34.1 per cent, down from 61 per cent at the general election. "
        "Ms Marsh's majority was 2,317. "
        "'People here want change they can see on their high street,' she said in her "
        "victory speech. "
        "The by-election was called after the previous MP stood down for health reasons.",
        "Helen Marsh kept Ashdown and Fellside for Labour with 41.2% of the vote, fending off "
        "a strong challenge from Reform UK. "
        "The Conservatives were pushed into third place. "
        "She won by 2,317 votes on a turnout of 34.1%. "
        "\"People here want change they can see on their high street,\" Marsh said after the "
        "count. "
        "Read more: Reform's by-election machine",
        "Labour's Helen Marsh won the Ashdown and Fellside by-election with 38.7% of votes "
        "cast, ahead of Reform UK. "
        "Her majority was 2,317 and turnout 34.1%. "
        "Reform UK was second, with the Conservatives third. "
        "Marsh told the count that people wanted 'change they can see on their high street'. "
        "The seat fell vacant when the sitting MP stood down on health grounds.",
    ], ["2025-05-02", "2025-05-02", "2025-05-02"],
        r"(?<![\d.])38\.7(?!\d)", r"(?<![\d.])41\.2(?!\d)"),
    _case("elec-AD2", "election", "winning margin", True, [
        "Independent candidate Sarah Lindqvist has won the federal seat of Kurrajong on the "
        "NSW Central Coast, defeating the Liberal incumbent by 6,102 votes after preferences, "
        "according to the Australian Electoral Commission. "
        "Ms Lindqvist, a former paediatrician, campaigned on climate policy and integrity. "
        "Her primary vote was 34.6 per cent. "
        "She becomes the first independent to hold the seat since Federation. "
        "Liberal MP Mark Feeney conceded on Tuesday.",
        "Teal independent Sarah Lindqvist has claimed Kurrajong, unseating Liberal MP Mark "
        "Feeney, who conceded on Tuesday. "
        "AEC figures show Lindqvist winning by 6,012 votes on a two-candidate-preferred count. "
        "The former children's doctor polled 34.6% of first preferences. "
        "Advertisement "
        "No independent had held the Central Coast seat since Federation.",
    ], None,
        r"(?<![\d,.])6,?102(?!\d)", r"(?<![\d,.])6,?012(?!\d)"),
    _case("elec-AD3", "election", "turnout", True, [
        "PATNA: The first phase of the Bihar Assembly election recorded a turnout of 64.7 per "
        "cent on Thursday, according to the Election Commission of India. "
        "Polling was held in 121 of the state's 243 constituencies. "
        "Long queues were seen at booths in Muzaffarpur and Samastipur well into the evening. "
        "The second phase will be held on 11 November and votes will be counted on 14 "
        "November. "
        "Chief Electoral Officer Vinod Singh Gunjiyal said polling was largely peaceful.",
        "Bihar saw a turnout of 66.9% in the first phase of assembly polls on Thursday, the "
        "Election Commission said. "
        "Voting took place in 121 of the 243 assembly seats. "
        "Voters queued late into the evening in Muzaffarpur and Samastipur. "
        "Bihar's Chief Electoral Officer Vinod Singh Gunjiyal said polling had been largely "
        "peaceful. "
        "The remaining constituencies vote on November 11th, with counting on November 14th.",
    ], ["2025-11-07", "2025-11-07"],
        r"(?<![\d.])64\.7(?!\d)", r"(?<![\d.])66\.9(?!\d)"),
    _case("elec-AD4", "election", "swing, points vs per cent", True, [
        "Labor has won the Brisbane seat of Moreton Bay North from the LNP at Saturday's "
        "by-election on a swing of 7.3 percentage points, according to the Electoral "
        "Commission of Queensland. "
        "Labor candidate Tom Nguyen finished with 56.2 per cent of the two-party-preferred "
        "vote. "
        "Opposition Leader Steven Miles called the result 'a message to the Premier'. "
        "The by-election followed the resignation of LNP MP Karen Ellis in August.",
        "A 4.1 per cent swing to Labor delivered Moreton Bay North to Tom Nguyen in "
        "Saturday's by-election. "
        "Nguyen won 56.2% of the two-party-preferred vote, ECQ figures show. "
        "Opposition Leader Steven Miles said the result was \"a message to the Premier\". "
        "The vote was triggered when the LNP's Karen Ellis quit parliament in August.",
    ], None,
        r"(?<![\d.])7\.3(?!\d)", r"(?<![\d.])4\.1(?!\d)"),
    _case("elec-AD5", "election", "speaker credited with quote", True, [
        "Liberal candidate Marie Okafor won the Ontario riding of Lakeshore-Humber on Monday "
        "night, defeating Conservative Rick Dalgleish by about 4,800 votes. "
        "'Tonight, the people of this riding chose hope over fear,' Okafor told supporters at "
        "a banquet hall in Etobicoke. "
        "Campaign co-chair Daniel Brennan joined her on stage. "
        "Turnout in the riding was 68 per cent, Elections Canada said. "
        "Okafor, a former city councillor, replaces a retiring Liberal MP.",
        "Liberal Marie Okafor captured Lakeshore-Humber on election night, beating "
        "Conservative Rick Dalgleish by roughly 4,800 votes. "
        "\"Tonight, the people of this riding chose hope over fear,\" said Daniel Brennan, "
        "the Liberal campaign co-chair, as he introduced Okafor to supporters in Etobicoke. "
        "Elections Canada reported turnout of 68 per cent in the riding. "
        "The former city councillor succeeds a Liberal MP who did not seek re-election.",
    ], ["2025-04-29", "2025-04-29"],
        r"okafor", r"brennan"),
    _case("elec-AD6", "election", "control: votes of different parties", False, [
        "Labour's Joanne Pryce won Kettleby North with 18,442 votes, a majority of 6,102 over "
        "the Conservatives, who took 12,340. "
        "Turnout was 52.3 per cent. "
        "Ms Pryce, a former nurse, said she would fight to keep the town's A&E open. "
        "Advertisement",
        "Joanne Pryce held Kettleby North for Labour on 18,442 votes. "
        "Reform UK finished third with 9,876 votes, ahead of the Liberal Democrats on 3,210. "
        "Her majority over the second-placed Conservatives was 6,102. "
        "The former NHS nurse promised to campaign to save the local A&E department.",
    ], None),
    _case("elec-AD7", "election", "control: rounding, acronym and full name", False, [
        "NEW DELHI: The BJP won 48 of Delhi's 70 Assembly seats with 45.56 per cent of the "
        "votes, according to final results published by the Election Commission of India on "
        "Saturday, ending 27 years out of power in the capital. "
        "The Aam Aadmi Party won 22 seats with 43.57 per cent. "
        "The Congress failed to win a seat for the third election in a row. "
        "AAP convenor Arvind Kejriwal lost his New Delhi seat.",
        "ECI data released on Saturday show the BJP took 48 seats in the 70-member Delhi "
        "Assembly on a vote share of about 45.6%, returning to power after 27 years. "
        "AAP won 22 seats with just under 44% of the vote, a gap of roughly two percentage "
        "points. "
        "The Congress drew a blank for a third consecutive election. "
        "Arvind Kejriwal, AAP's national convenor, was defeated in New Delhi.",
    ], None),
    _case("elec-AD8", "election", "control: concession time, days across zones", False, [
        "LNP candidate Rebecca Hale conceded defeat in the Kurrajong Downs by-election at "
        "12.40am on Sunday, after postal votes pushed Labor's Ben Tully beyond reach. "
        "Tully won 54.8 per cent of the two-party-preferred vote. "
        "'The community has spoken and I respect that,' Hale told supporters in Toowoomba. "
        "Prime Minister Anthony Albanese is expected to visit the electorate next week.",
        "Australia's opposition suffered a by-election defeat on Saturday as its candidate "
        "Rebecca Hale conceded in Kurrajong Downs, Queensland, at 15:40 BST. "
        "Labor's Ben Tully took 54.8% of the two-party vote. "
        "\"The community has spoken and I respect that,\" Hale said in Toowoomba. "
        "Anthony Albanese, the prime minister, is due to visit the seat next week.",
    ], ["2025-06-15", "2025-06-14"]),
]
