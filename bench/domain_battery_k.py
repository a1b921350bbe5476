"""Domain battery, part K: held-out discrepancy cases for issue 11.

Part K, written by engineer K1 on 2026-12-05 (tenth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
`bench/bench_domain_battery.py K`.

Six domains (US-China trade, court rulings, central-bank decisions, rocket test
flights, earthquakes, elections). Must-report cases plant exactly one genuine
disagreement between outlets; controls tell the same facts in different words and
must produce no discrepancy at all. All text was written for this file.
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "K", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-K1", "trade", "duration", True, [
        ("GENEVA (Reuters) - U.S. and Chinese negotiators ended a second day of "
         "closed-door trade talks in Geneva on Sunday after a session that ran for "
         "roughly eight hours, two people briefed on the meeting said. Treasury Secretary "
         "Scott Bessent and U.S. Trade Representative Jamieson Greer sat down with "
         "Chinese Vice Premier He Lifeng at a villa belonging to Switzerland's envoy to "
         "the United Nations. Saturday's opening round had lasted about 10 hours. Bessent "
         "told reporters outside the villa that there had been \"substantial progress\" "
         "but declined to give details, saying a fuller briefing would come on Monday. "
         "The talks are the first face-to-face meeting since Washington raised duties on "
         "most Chinese imports to 145% and Beijing answered with a 125% levy on American "
         "goods. Trade between the two economies was worth about $582 billion last year, "
         "according to U.S. Census Bureau data. Advertisement Swiss Economy Minister Guy "
         "Parmelin, who helped broker the meeting, said both delegations had asked for "
         "the venue to stay discreet. Markets in Asia are expected to react when they "
         "open on Monday."),
        ("Talks between Washington and Beijing stretched into a second day on Sunday, "
         "with the two delegations meeting for about five hours at the Swiss ambassador's "
         "lakeside residence in Geneva, officials said. The American side was led by "
         "Treasury chief Scott Bessent, joined by trade representative Jamieson Greer; "
         "China sent Vice Premier He Lifeng, Xi Jinping's point man on economic affairs. "
         "The first day of meetings, on Saturday, went on for some ten hours. \"We've "
         "made substantial progress,\" Bessent said as he left, adding that details would "
         "follow on Monday. Read more: What the 145% tariff means for US shoppers. The "
         "negotiations follow weeks of escalation that left US duties on most Chinese "
         "products at 145 per cent and Chinese duties on US goods at 125 per cent. "
         "Two-way trade in goods reached roughly $582bn in 2024. Switzerland's economy "
         "minister, Guy Parmelin, said the hosts had been asked to keep the location "
         "low-profile."),
    ], None,
        r"(?<![\d.])8 ?(-| )?(hours?|hrs?|h\b)|eight(-| )hours?|480 ?min",
        r"(?<![\d.])5 ?(-| )?(hours?|hrs?|h\b)|five(-| )hours?|300 ?min"),
    _case("trade-K2", "trade", "tariff rate", True, [
        ("US and China agree to slash tariffs for 90 days. WASHINGTON - The United States "
         "will cut its tariffs on Chinese imports to 30% from 145% for an initial 90 "
         "days, under a deal struck in Geneva over the weekend, the two governments said "
         "in a joint statement on Monday. China, for its part, will lower its duties on "
         "American goods to 10% from 125%. The new US figure includes a 20% levy tied to "
         "fentanyl trafficking, which stays in place alongside a 10% baseline tariff. "
         "Treasury Secretary Scott Bessent told a news conference that neither side "
         "wanted \"a decoupling\". Stocks rallied on the news, with the S&P 500 up 3.3% "
         "by the close. The cuts take effect on Wednesday, May 14. Beijing also said it "
         "would suspend some non-tariff countermeasures it had imposed since early April. "
         "Share this article. Officials said a mechanism for further talks would be set "
         "up, led on the US side by Bessent and US Trade Representative Jamieson Greer."),
        ("Markets cheer as the 145% levy is shelved. Beijing and Washington have agreed "
         "to pull back from their tariff standoff for three months, with American duties "
         "on Chinese goods falling to 40 per cent, according to the joint statement "
         "released in Geneva on Monday. In return China will cut its retaliatory rate on "
         "US products from 125 per cent to 10 per cent. The reductions start on 14 May "
         "and run for 90 days while negotiations continue. US Treasury Secretary Scott "
         "Bessent said at a briefing that both sides had shown \"great respect\" and that "
         "nobody wanted to decouple the two economies. Wall Street's S&P 500 closed 3.3 "
         "per cent higher. China's commerce ministry said it would also lift some of the "
         "non-tariff measures it had taken against US firms since 2 April. The two sides "
         "will keep talking through a new consultation mechanism, which on the American "
         "side will be run by Bessent and trade representative Jamieson Greer. "
         "Advertisement"),
    ], ["2025-05-12", "2025-05-12"],
        r"(?<![\d.])30(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])40(\.0+)? ?(%|percent|per cent|pct)"),
    _case("trade-K3", "trade", "who led a delegation", True, [
        ("LONDON - A fresh round of US-China trade talks opened at Lancaster House in "
         "London on Monday, with the Chinese delegation led by Vice Premier He Lifeng. On "
         "the American side, Treasury Secretary Scott Bessent was joined by Commerce "
         "Secretary Howard Lutnick and US Trade Representative Jamieson Greer. The "
         "meeting comes a month after the two countries agreed in Geneva to a 90-day "
         "truce that cut their tariffs on each other's goods by 115 percentage points. "
         "Export controls on rare earth magnets, which China restricted in April, were "
         "expected to dominate the agenda. A British government spokesperson said the UK "
         "was \"pleased to host\" the talks but was not taking part in them. The session "
         "began at about 10 a.m. and ran into the evening. Car makers in Europe and the "
         "US have warned that their stocks of the magnets could run out within weeks. "
         "Talks are set to continue on Tuesday."),
        ("The second round of trade negotiations between the world's two largest "
         "economies got under way on Monday in Lancaster House, a 19th-century mansion in "
         "central London. Commerce Minister Wang Wentao, who headed Beijing's team, "
         "arrived shortly before the 10 a.m. start. Washington sent three cabinet-level "
         "officials: Treasury's Scott Bessent, Commerce chief Howard Lutnick and trade "
         "envoy Jamieson Greer. Both sides are trying to build on last month's Geneva "
         "truce, under which each cut tariffs by 115 points for 90 days. China's curbs on "
         "rare-earth magnets, introduced in April, are the main sticking point, analysts "
         "say. \"The UK is pleased to host these talks,\" a spokesperson for the British "
         "government said, stressing London was not a party to them. Meetings were "
         "scheduled to resume on Tuesday. Related: Why rare earths matter for your car."),
    ], None,
        r"he lifeng|lifeng",
        r"wang wentao|wentao"),
    _case("trade-K4", "trade", "clock time across zones", True, [
        ("The text of the joint statement was posted around 9 a.m. Geneva time on Monday, "
         "shortly before Bessent and Greer took questions from journalists at 10:30 a.m. "
         "local time. The statement said the 90-day reductions would begin by May 14. It "
         "also set up a mechanism for continued consultations between the two "
         "governments. Gold slipped about 3% in the hours after the release as investors "
         "moved back into riskier assets. Greer, the US Trade Representative, said the "
         "deal had been reached in \"just two days\" of talks. Hong Kong's Hang Seng "
         "index closed up 3%. Analysts at one Swiss bank said the outcome was better than "
         "expected. The statement was also posted on the website of China's Ministry of "
         "Commerce."),
        ("WASHINGTON, May 12 - The White House released the joint US-China statement at "
         "5:40 a.m. Eastern time on Monday, before most Americans were awake. Treasury "
         "Secretary Scott Bessent and trade representative Jamieson Greer then held a "
         "news conference in Geneva at 4:30 a.m. ET. The document commits both countries "
         "to tariff cuts for 90 days starting no later than May 14 and creates a channel "
         "for further talks. Greer said the agreement came together over \"just two "
         "days\". In Asia, Hong Kong's benchmark Hang Seng ended the day 3% higher. Gold "
         "fell about 3% as investors moved back into riskier assets. China's commerce "
         "ministry published the same text on its website. Advertisement The statement "
         "did not mention fentanyl, which Washington has cited as the reason for part of "
         "its tariffs."),
    ], ["2025-05-12", "2025-05-12"],
        (r"(?<![\d:])0?9(:00)? ?a\.?m|(?<![\d:])0?9:00|(?<![\d:])0?7:00|"
         r"(?<![\d:])0?3(:00)? ?a\.?m|(?<![\d:])0?3:00"),
        r"(?<![\d:])0?5:40|(?<![\d:])0?9:40|(?<![\d:])11:40"),
    _case("trade-K5", "trade", "length of tariff pause", True, [
        ("WASHINGTON (AP) - President Donald Trump on Monday signed an executive order "
         "extending the tariff truce with China by another 90 days, hours before higher "
         "duties were due to snap back at 12:01 a.m. Tuesday. The extension keeps US "
         "tariffs on Chinese goods at 30% and China's on US goods at 10% until November "
         "10. Without it, US rates would have jumped back toward the 145% reached in "
         "April. The White House said talks on fentanyl, soybeans and export controls "
         "would continue. China's commerce ministry confirmed the move in a statement on "
         "Tuesday morning Beijing time, saying it would also keep its suspension of an "
         "extra 24% levy for the same period. US retailers, who are stocking up for the "
         "holiday season, welcomed the decision. The National Retail Federation said the "
         "extension gave businesses \"some certainty\". Trade talks were last held in "
         "Stockholm in late July."),
        ("Trump extends China tariff pause for a further three months. The President "
         "signed the order late on Monday, the White House said, shortly before a "
         "deadline that would have let tariffs climb again. American levies on Chinese "
         "imports stay at 30 per cent and Beijing's duties on US products at 10 per cent. "
         "The new cut-off date is 10 November. In Beijing, the Ministry of Commerce said "
         "on Tuesday it would keep suspending a 24 per cent additional tariff on US goods "
         "for 90 days as well. The last round of negotiations took place in Stockholm at "
         "the end of July, following earlier meetings in Geneva and London. Retailers "
         "said the pause offered a measure of certainty ahead of the Christmas shopping "
         "season. Share: Facebook | X | Email. Beijing is pressing Washington to ease "
         "curbs on chip exports."),
        ("Tariff truce extended - again. The US and China have rolled over their trade "
         "ceasefire, with the White House announcing a 60-day extension signed by "
         "President Trump on Monday evening. It means the 30% tariff on Chinese products "
         "and the 10% tariff on American products stay in place instead of reverting to "
         "the triple-digit rates of the spring. Advertisement. Officials in Beijing "
         "welcomed the decision on Tuesday, and the commerce ministry said it would "
         "continue to hold off on a 24% surcharge. Negotiators from both sides met most "
         "recently in Stockholm, in late July. Soybean farmers, who have lost their "
         "biggest export market, hope the extra time will lead to a purchase deal. The "
         "National Retail Federation called the move a source of \"some certainty\" for "
         "importers."),
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
        r"(?<![\d.])90(-| )?days?|ninety(-| )days?|three months|(?<![\d.])3 months",
        r"(?<![\d.])60(-| )?days?|sixty(-| )days?|two months|(?<![\d.])2 months"),
    _case("trade-K6", "trade", "control: two right titles, ministry named two ways", False, [
        ("STOCKHOLM - US and Chinese officials ended two days of talks in the Swedish "
         "capital on Tuesday without announcing an extension of their tariff truce, which "
         "expires on August 12. Treasury Secretary Scott Bessent said the decision on "
         "whether to extend it rested with President Donald Trump. China's delegation was "
         "headed by Vice Premier He Lifeng, with Li Chenggang, China's international "
         "trade representative, also at the table. The talks took place at Rosenbad, the "
         "Swedish prime minister's office. Under the truce agreed in May, US tariffs on "
         "Chinese goods were cut from 145% to 30%, and Chinese tariffs on US goods from "
         "125% to 10%. Li told reporters the two sides would \"keep in close "
         "communication\". The Ministry of Commerce in Beijing later issued a statement "
         "calling the talks \"candid, in-depth and constructive\". This was the third "
         "round since May, after Geneva and London."),
        ("The third round of US-China trade negotiations wrapped up in Stockholm on "
         "Tuesday, 29 July, with no formal extension of the three-month tariff pause that "
         "runs until 12 August. Scott Bessent, who has led Washington's side in the talks "
         "with Beijing, said it was \"up to the president\" to decide. Across the table "
         "sat China's economic point man, He Lifeng, and Beijing's chief trade "
         "negotiator, Li Chenggang. The meetings were held in the Rosenbad building, "
         "which houses the Swedish government's offices. The May truce lowered US duties "
         "by 115 percentage points and Chinese duties by the same amount, leaving them at "
         "30 per cent and 10 per cent respectively. \"We will keep in close "
         "communication,\" Li said after the talks. MOFCOM, China's commerce ministry, "
         "described the discussions as \"candid, in-depth and constructive\". Earlier "
         "rounds were held in Geneva in May and London in June."),
    ], None),
    _case("trade-K7", "trade", "control: old and new rates, rounding", False, [
        ("Stocks soar as tariffs fall. Wall Street's main indexes jumped on Monday after "
         "the United States said it would lower its tariff on Chinese goods from 145% to "
         "30%. China will reduce its own duties on US imports from 125% to 10%. The S&P "
         "500 rose 3.26% and the tech-heavy Nasdaq gained 4.35%, its best day in weeks. "
         "Under the deal, China keeps a 10% tariff while suspending 24 percentage points "
         "of the 34% levy it announced in April. The cuts last for 90 days. Shares of "
         "Apple climbed 6.3% and Amazon 8.1%. Oil prices also rose, with Brent crude up "
         "about 1.5% to $64.96 a barrel. Analysts said the outcome was more generous than "
         "many had expected."),
        ("Investors piled back into stocks after Washington and Beijing announced a sharp "
         "de-escalation of their trade war, with the S&P 500 closing about 3.3 per cent "
         "higher on Monday and the Nasdaq adding more than 4 per cent. The US will drop "
         "its tariff on Chinese imports to 30 per cent, down from 145 per cent, while "
         "China's rate on US goods falls to 10 per cent from 125 per cent. The truce "
         "lasts 90 days. Beijing kept only 10 points of its 34 per cent retaliatory levy "
         "and put the other 24 points on hold. Apple gained more than 6 per cent. Brent "
         "crude rose to just under $65 a barrel. \"This is better than the best case most "
         "of us had pencilled in,\" one strategist said in a note. Markets in Europe also "
         "closed higher."),
    ], ["2025-05-12", "2025-05-13"]),
    _case("trade-K8", "trade",
          "control: same moment on different calendar days; yuan vs dollars", False, [
        ("WASHINGTON - China said late Monday, Washington time, that it would suspend for "
         "one year the special port fees it had imposed on US-owned and US-built ships, "
         "following a similar move by the United States. The announcement from Beijing's "
         "commerce ministry came at about 8:30 p.m. Eastern time. The fees, introduced in "
         "October, had been as high as $56 per net ton. The US Trade Representative's "
         "office paused its own fees on Chinese-linked vessels earlier in the day. "
         "Shipping analysts said the suspension would ease costs for carriers on "
         "trans-Pacific routes. China also confirmed it would keep a 10% tariff on US "
         "goods while holding off on a further 24% for a year. Soybean futures in Chicago "
         "rose 1.2% in overnight trading. The steps follow a meeting between Presidents "
         "Trump and Xi in South Korea late last month."),
        ("BEIJING, Nov 11 - China will suspend for a year the special port charges levied "
         "on vessels owned, operated or built by US entities, the Ministry of Commerce "
         "announced at 9:30 a.m. on Tuesday. The charges, which started in mid-October, "
         "had reached 400 yuan per net ton. Washington had earlier halted its own port "
         "fees targeting Chinese ships. The ministry also said the extra 24% tariff on "
         "American goods would remain suspended for one year, with a 10% rate retained. "
         "The decisions implement the consensus reached when Chinese President Xi Jinping "
         "and US President Donald Trump met in Busan on Oct 30. Container lines welcomed "
         "the news. Advertisement Chicago soybean futures edged up after the announcement."),
    ], ["2025-11-10", "2025-11-11"]),
    _case("court-K9", "court", "vote split", True, [
        ("WASHINGTON (Reuters) - The U.S. Supreme Court on Friday upheld a Texas law "
         "requiring pornography websites to verify the age of their users, ruling 6-3 "
         "that the measure does not violate the free-speech protections of the First "
         "Amendment. Justice Clarence Thomas wrote the majority opinion. Justice Elena "
         "Kagan wrote a dissent. The law, passed in 2023, can bring fines of up to "
         "$10,000 per day for sites that fail to check ages. A trade group for the adult "
         "entertainment industry, the Free Speech Coalition, had challenged it. About two "
         "dozen states have passed similar laws. The court said Texas's interest in "
         "shielding children was \"important\" and that the law only incidentally "
         "burdened adults' speech. The ruling came on the last day of the court's term. "
         "Advertisement Lower courts had been split on how strictly such laws should be "
         "reviewed."),
        ("The Supreme Court has sided with Texas in a closely watched fight over online "
         "age checks, with a 5-4 majority holding that a state law forcing adult websites "
         "to confirm users are over 18 survives First Amendment scrutiny. Writing for the "
         "court, Justice Clarence Thomas said the state had an important interest in "
         "protecting minors and that any burden on adults' speech was incidental. Justice "
         "Elena Kagan dissented. The Free Speech Coalition, which represents the adult "
         "industry, brought the case. Texas's 2023 statute allows penalties of as much as "
         "$10,000 a day. Roughly two dozen states have enacted similar rules, according "
         "to the coalition. Related: What the ruling means for your privacy online. The "
         "decision was issued on the final day of the term."),
    ], None,
        r"6\s?(-|–|to)\s?3|six(-| to )three|(?<![\d.])6(?![\d.])",
        r"5\s?(-|–|to)\s?4|five(-| to )four"),
    _case("court-K10", "court", "author of the majority opinion", True, [
        ("WASHINGTON - The Supreme Court ruled 7-2 on Friday that long-haul truck drivers "
         "hired through staffing agencies fall under an exemption from federal overtime "
         "rules, siding with the trucking company Carver Logistics. Justice Brett "
         "Kavanaugh wrote the opinion for the court. Justices Sonia Sotomayor and Ketanji "
         "Brown Jackson dissented. The case was brought by about 1,400 drivers in Ohio "
         "and Indiana who said they were owed back pay for weeks in which they worked "
         "more than 40 hours. A federal appeals court in Cincinnati had ruled for the "
         "drivers in 2024, and Friday's decision reverses it. The drivers' lawyer, Marisa "
         "Tolland, called the ruling \"a blow to everyone who sits behind a wheel for a "
         "living\". The Labor Department estimates that some 90,000 drivers nationwide "
         "work through agencies. Carver, based in Columbus, employs about 3,000 people."),
        ("Truckers lose overtime fight at SCOTUS. In an opinion by Justice Amy Coney "
         "Barrett, the justices held 7-2 that drivers placed with carriers by staffing "
         "firms are covered by the motor-carrier exemption and so are not owed "
         "time-and-a-half. The two dissenters were Justices Sotomayor and Jackson. "
         "Roughly 1,400 drivers from Ohio and Indiana had sued Columbus-based Carver "
         "Logistics, arguing they were owed overtime for work beyond 40 hours a week. The "
         "6th U.S. Circuit Court of Appeals had sided with them last year. \"This is a "
         "blow to everyone who sits behind a wheel for a living,\" said Marisa Tolland, "
         "who represents the drivers. Advertisement According to Labor Department "
         "figures, about 90,000 drivers are placed through agencies. A spokesperson for "
         "Carver said the company was pleased."),
    ], ["2025-06-20", "2025-06-20"],
        r"kavanaugh",
        r"barrett"),
    _case("court-K11", "court", "size of a fine", True, [
        ("LUXEMBOURG (Reuters) - Europe's second-highest court on Wednesday upheld a €376 "
         "million fine imposed on Dutch chip-equipment maker Veldhoven Systems for "
         "abusing its dominant position, dismissing the company's appeal. The European "
         "Commission had penalised the firm in 2021, saying it used exclusivity rebates "
         "between 2014 and 2019 to shut out rivals. The General Court said the Commission "
         "had correctly assessed the market and rejected all five of the company's pleas. "
         "Veldhoven can appeal to the Court of Justice of the European Union on points of "
         "law within two months and ten days. Its shares fell 1.8% in Amsterdam. The "
         "company, which employs about 11,000 people, said it would study the judgment. "
         "The EU's competition chief at the time of the decision had called the rebates "
         "illegal. The ruling is the latest in a series of EU court wins for the "
         "Commission in antitrust cases."),
        ("Veldhoven Systems has lost its challenge to an EU antitrust penalty, after the "
         "General Court in Luxembourg confirmed the 367 million euro fine on Wednesday. "
         "Brussels found in 2021 that the Dutch maker of semiconductor equipment had "
         "offered rebates to customers between 2014 and 2019 on condition that they buy "
         "almost exclusively from it. Judges threw out each of the five grounds of "
         "appeal. The firm has two months and ten days to take the case to the EU's top "
         "court, the Court of Justice. Shares in Veldhoven closed 1.8 per cent lower. "
         "\"We will study the judgment carefully,\" a spokesman said. Read more: EU "
         "antitrust fines in 2025. The company has around 11,000 staff worldwide."),
    ], None,
        r"(?<![\d.,])376(?![\d])",
        r"(?<![\d.,])367(?![\d])"),
    _case("court-K12", "court", "weekday vs date", True, [
        ("BOSTON - A federal judge on Thursday blocked the administration from cancelling "
         "about $2.2 billion in research grants to Northfield University, ruling that the "
         "cuts were unlawful retaliation for the school's refusal to change its "
         "admissions policies. U.S. District Judge Ramona Feld said in a 64-page opinion "
         "that the government had violated the First Amendment and skipped procedures "
         "required by civil rights law. The grants fund some 900 projects, from cancer "
         "studies to work on tuberculosis. The university sued in April. A Justice "
         "Department spokesperson said the government would appeal to the 1st U.S. "
         "Circuit Court of Appeals. Northfield's president, Daniel Osei, said in a "
         "statement that the ruling \"affirms the university's right to govern itself\". "
         "The school has an endowment of about $53 billion. Several other universities "
         "are watching the case closely."),
        ("Judge rules Northfield grant freeze unlawful. In Wednesday's ruling, U.S. "
         "District Judge Ramona Feld found that the federal government broke the law when "
         "it terminated roughly $2.2 billion in grants to Northfield University. Her "
         "64-page decision said the cuts amounted to retaliation barred by the First "
         "Amendment and ignored steps required under Title VI. About 900 research "
         "projects were affected. Northfield filed suit in April. The Justice Department "
         "said it would take the case to the 1st Circuit. University president Daniel "
         "Osei welcomed the decision, saying it \"affirms the university's right to "
         "govern itself\". Share this article Northfield, which has an endowment of "
         "roughly $53 billion, had been under pressure for months."),
    ], ["2025-09-18", "2025-09-18"],
        r"thursday|sep(tember|t)?\.? 18|18 sep|-09-18",
        r"wednesday|sep(tember|t)?\.? 17|17 sep|-09-17"),
    _case("court-K13", "court", "typo in a date (year)", True, [
        ("A former mayor of Elmhurst Falls was found guilty on Thursday of taking bribes "
         "from a developer in exchange for zoning approvals, after a jury deliberated for "
         "about six hours. The jury convicted Thomas Brandt, 61, on four counts of "
         "bribery and one count of conspiracy, and acquitted him of a fifth bribery "
         "charge. Prosecutors said Brandt accepted about $85,000 in cash and home "
         "renovations between 2019 and 2021. U.S. District Judge Karen Whitlow set "
         "sentencing for June 12, 2025. Each bribery count carries a maximum sentence of "
         "10 years in prison. Brandt's lawyer, Michael Reyes, said his client would "
         "appeal. Brandt served two terms as mayor before losing his re-election bid in "
         "2022. The developer, who pleaded guilty last year, testified against him."),
        ("Ex-mayor Brandt convicted. Jurors in federal court found former Elmhurst Falls "
         "mayor Thomas Brandt guilty of four bribery counts and a conspiracy count on "
         "Thursday, while clearing him on one other bribery count. Brandt, 61, was "
         "accused of pocketing roughly $85,000 in cash and free work on his house in "
         "return for favourable zoning decisions between 2019 and 2021. Sentencing is "
         "scheduled for June 12, 3025, before Judge Karen Whitlow. He faces up to a "
         "decade behind bars on each bribery count. \"We will appeal,\" his attorney "
         "Michael Reyes told reporters outside the courthouse. The jury reached its "
         "verdict after roughly six hours of deliberations. Advertisement The developer "
         "at the centre of the case pleaded guilty in 2024 and was the government's key "
         "witness."),
    ], ["2025-03-21", "2025-03-21"],
        r"(?<!\d)2025|june 12(?!,? ?3025)|12 june(?!,? ?3025)",
        r"3025"),
    _case("court-K14", "court",
          "control: one person's two unrelated quotes; DOJ named two ways", False, [
        ("NEW YORK - A federal appeals court on Tuesday upheld the fraud conviction of "
         "Kestrel Exchange founder Adrian Vole, rejecting his argument that the trial "
         "judge had wrongly kept evidence from the jury. A three-judge panel of the 2nd "
         "U.S. Circuit Court of Appeals ruled unanimously. Vole, 34, is serving a 25-year "
         "prison sentence after a jury found him guilty in 2023 of stealing about $8 "
         "billion from customers. Attorney General Laura Whitcomb said in a statement "
         "that the ruling showed \"no one is too rich or too clever to answer to a "
         "jury\". The Department of Justice has recovered more than $6 billion for "
         "victims, officials said. Vole's lawyers said they were considering asking the "
         "full court to rehear the case. Advertisement The exchange collapsed in November "
         "2022. Separately, Whitcomb told reporters at an unrelated event in Chicago that "
         "her office would add 40 prosecutors to its violent crime unit."),
        ("Vole loses appeal. The conviction of the disgraced crypto founder Adrian Vole "
         "will stand after the 2nd Circuit ruled 3-0 against him on Tuesday. The judges "
         "found no error in the trial court's decision to exclude evidence about his "
         "reliance on lawyers' advice. Vole was sentenced to 25 years after being "
         "convicted of a scheme that drained roughly $8bn in customer funds from Kestrel "
         "Exchange, which failed in late 2022. The Justice Department said more than $6bn "
         "had been returned to victims so far. \"We are reviewing our options, including "
         "rehearing en banc,\" his appellate lawyer said. The nation's top law "
         "enforcement officer, Laura Whitcomb, also weighed in, saying \"crypto is not a "
         "loophole\" and that fraud cases would remain a priority. Vole is being held at "
         "a low-security prison in California."),
    ], None),
    _case("court-K15", "court",
          "control: jury award vs reduced award (different figures)", False, [
        ("PHILADELPHIA - A Pennsylvania appeals court on Wednesday reduced a $140 million "
         "jury verdict against chemical maker Arden Polymers to $35 million, finding the "
         "punitive portion of the award excessive. A jury in Philadelphia had awarded the "
         "money in 2023 to a former plant worker, Gloria Mendes, who said exposure to a "
         "solvent at the company's factory caused her bone-marrow disease. Of the "
         "original award, $120 million was punitive damages. The Superior Court panel "
         "voted 2-1 to cut it. Arden said it was \"disappointed that any award remains\" "
         "and was weighing an appeal to the state Supreme Court. Mendes, 58, worked at "
         "the plant for 17 years. Her lawyers said they were pleased that the finding of "
         "liability had been upheld. The company faces about 300 similar lawsuits."),
        ("Superior Court trims Arden verdict. In a split 2-1 decision, a three-judge "
         "panel left intact $20 million in compensatory damages awarded to former Arden "
         "Polymers employee Gloria Mendes but reduced the punitive damages from $120 "
         "million to $15 million, bringing the total down from $140m to $35m. Mendes, who "
         "spent 17 years at the company's plant, blamed a solvent used there for her "
         "illness. The verdict was returned by a Philadelphia jury two years ago. The "
         "ruling came on Wednesday. Related: Chemical exposure lawsuits on the rise. "
         "Arden, which is defending roughly 300 similar claims, said it might take the "
         "case to the Pennsylvania Supreme Court. \"The core finding stands,\" said "
         "Mendes's attorney, Paul Okafor."),
    ], ["2025-04-02", "2025-04-03"]),
    _case("cb-K16", "central bank", "policy rate level", True, [
        ("LONDON (Reuters) - The Bank of England kept interest rates on hold at 4.25% on "
         "Thursday, with three of its nine policymakers voting for a quarter-point cut, "
         "and said borrowing costs would keep falling gradually. The Monetary Policy "
         "Committee voted 6-3. Governor Andrew Bailey said the outlook was \"highly "
         "uncertain\" because of global trade tensions and rising oil prices after the "
         "conflict in the Middle East. Consumer price inflation stood at 3.4% in May, "
         "well above the BoE's 2% target, and the Bank expects it to peak at 3.7% in "
         "September. The labour market has softened, with payrolled employment falling "
         "for several months in a row. Sterling was little changed at $1.35. The BoE has "
         "cut rates four times since August 2024. Its next decision is due on Aug. 7."),
        ("Bank of England holds - the 4.5% Bank Rate stays for now. Threadneedle Street "
         "left borrowing costs unchanged at lunchtime on Thursday, although the vote was "
         "closer than expected: six members backed a hold and three wanted a 25 basis "
         "point reduction. Governor Andrew Bailey called the outlook \"highly "
         "uncertain\", adding that rates remained on a \"gradual and careful\" downward "
         "path. Inflation was 3.4 per cent last month and is forecast to hit 3.7 per cent "
         "in September. The jobs market is cooling. Advertisement. Four cuts have been "
         "made since last summer. The pound held steady around $1.35. The MPC's next "
         "announcement is on 7 August."),
    ], None,
        r"(?<![\d.])4\.25 ?(%|percent|per cent|pct)",
        r"(?<![\d.])4\.50? ?(%|percent|per cent|pct)"),
    _case("cb-K17", "central bank", "who dissented", True, [
        ("WASHINGTON - The Federal Reserve held its benchmark interest rate steady in a "
         "range of 4.25% to 4.50% on Wednesday for a fifth straight meeting, but two "
         "policymakers broke ranks in favour of a cut. Governors Christopher Waller and "
         "Michelle Bowman dissented, preferring a quarter-point reduction - the first "
         "time since 1993 that two governors have dissented at one meeting. Fed Chair "
         "Jerome Powell told reporters that the economy remained \"in a solid position\" "
         "and that no decision had been made about September. Inflation by the Fed's "
         "preferred measure is running at about 2.3%, above the 2% target. The "
         "unemployment rate was 4.1% in June. Powell also said tariffs were beginning to "
         "show up in the prices of some goods. The vote was 9-2. Treasury yields rose "
         "after the press conference, with the two-year note at 3.94%."),
        ("Fed stands pat, two dissent. The Federal Open Market Committee left the federal "
         "funds rate target unchanged at 4.25-4.5 per cent at the end of its two-day "
         "meeting on Wednesday. Two members of the Board of Governors (Christopher Waller "
         "and Adriana Kugler) voted against the decision and would have lowered rates by "
         "25 basis points. It was the first double dissent by governors in more than "
         "three decades. Chair Jerome Powell said at his news conference that the economy "
         "was \"in a solid position\" and that the committee had made no decisions about "
         "its September meeting. Joblessness stands at 4.1 per cent. Advertisement Read "
         "more: How tariffs are feeding into prices. The final tally was 9-2. Two-year "
         "Treasury yields climbed to 3.94 per cent."),
    ], ["2025-07-30", "2025-07-30"],
        r"bowman",
        r"kugler"),
    _case("cb-K18", "central bank", "size of bond-purchase reduction", True, [
        ("TOKYO - The Bank of Japan kept short-term interest rates at 0.5% on Tuesday and "
         "said it would slow the pace at which it trims its government bond purchases "
         "from next April. Under the existing plan, the BOJ has been cutting its monthly "
         "buying by about ¥400 billion every quarter. From April 2026, the quarterly "
         "reductions will shrink to ¥200 billion, the central bank said after a two-day "
         "meeting. Governor Kazuo Ueda told a news conference that a sharp rise in "
         "super-long yields had been one of the factors the board considered. The "
         "decision on rates was unanimous. The yen weakened slightly to 144.9 per dollar. "
         "The BOJ will carry out an interim review of the bond plan in June next year. "
         "Japan's core consumer inflation was 3.5% in April."),
        ("BOJ eases the brakes on its bond taper. The Bank of Japan left its policy rate "
         "unchanged at 0.5 per cent on 17 June and unveiled a gentler path for shrinking "
         "its JGB buying: starting in April 2026, it will reduce monthly purchases by "
         "¥250 billion each quarter, compared with reductions of ¥400 billion per quarter "
         "under the current schedule. Governor Kazuo Ueda pointed to volatility in "
         "long-dated bonds as one reason. All nine board members backed the rate "
         "decision. The central bank plans a mid-term review of the programme in June "
         "2026. Share this article The yen eased to about 145 to the dollar. Core CPI in "
         "Japan rose 3.5 per cent year on year in April, the fastest in more than two "
         "years."),
    ], None,
        r"(?<![\d.,])200 ?(billion|bn|b\b)|¥ ?200(?![\d])|(?<![\d.])0\.2 ?trillion",
        r"(?<![\d.,])250 ?(billion|bn|b\b)|¥ ?250(?![\d])|(?<![\d.])0\.25 ?trillion"),
    _case("cb-K19", "central bank", "date of next meeting", True, [
        ("FRANKFURT (Reuters) - The European Central Bank left interest rates unchanged "
         "on Thursday, ending a run of seven straight cuts, as policymakers waited to see "
         "how a trade deal with the United States would turn out. The ECB kept its "
         "deposit rate at 2.00%. President Christine Lagarde said the bank was \"in a "
         "good place\" and in a \"wait-and-watch\" mode. Euro zone inflation was 2.0% in "
         "June, exactly at the ECB's target. The euro traded around $1.17. Lagarde "
         "declined to say whether rates had bottomed out. Policymakers will next meet on "
         "Sept. 11, when they will also have fresh staff projections. Advertisement The "
         "decision was unanimous, Lagarde said."),
        ("ECB keeps rates on hold, Lagarde says 'good place'. The Governing Council of "
         "the European Central Bank held its key rates on Thursday, pausing after seven "
         "consecutive reductions. The deposit facility rate stays at 2 per cent, down "
         "from a peak of 4 per cent. Speaking in Frankfurt, Christine Lagarde said the "
         "ECB was \"in a good place\" and would watch how trade negotiations with "
         "Washington unfolded. June's inflation came in at 2 per cent, in line with the "
         "goal. The Governing Council's next monetary policy meeting is scheduled for 18 "
         "September, when new macroeconomic projections will be published. Lagarde would "
         "not be drawn on whether the easing cycle was over. The euro stood at about "
         "$1.17. All members backed the decision."),
    ], ["2025-07-24", "2025-07-24"],
        r"sep(tember|t)?\.? 11(?!\d)|(?<!\d)11 sep|-09-11",
        r"sep(tember|t)?\.? 18(?!\d)|(?<!\d)18 sep|-09-18"),
    _case("cb-K20", "central bank", "size of cut: basis points vs fraction of a point", True, [
        ("WASHINGTON - The Federal Reserve cut interest rates by 50 basis points on "
         "Wednesday, its first reduction in more than four years, lowering the federal "
         "funds rate to a range of 4.75% to 5.00%. Policymakers said in their statement "
         "that they had gained \"greater confidence\" that inflation was moving "
         "sustainably toward 2%. Governor Michelle Bowman dissented in favour of a "
         "smaller move, the first dissent by a Fed governor since 2005. New quarterly "
         "projections showed officials expect another half point of cuts by the end of "
         "the year. Chair Jerome Powell told reporters the Fed was \"not on a preset "
         "course\". The unemployment rate rose to 4.2% in August. Stocks initially "
         "rallied before closing slightly lower. Advertisement The decision came seven "
         "weeks before the presidential election."),
        ("Fed kicks off easing cycle. The US central bank has lowered its policy rate for "
         "the first time since 2020, announcing a quarter-point reduction at the close of "
         "its September meeting on Wednesday. The Federal Open Market Committee said it "
         "had \"gained greater confidence\" that price growth was heading sustainably to "
         "its 2 per cent target. Powell, at his press conference, insisted the committee "
         "was \"not on a preset course\". Unemployment stood at 4.2 per cent last month, "
         "having climbed steadily this year. Wall Street gave up early gains to finish a "
         "touch lower. Related: What a Fed cut means for mortgages. Officials' median "
         "forecast pencils in a further 50 basis points of easing before year-end."),
        ("Mortgage watchers cheered on Wednesday as the Fed delivered a "
         "half-percentage-point cut, the first since the pandemic, taking the target "
         "range for the federal funds rate to 4.75%-5%. In its statement, the Federal "
         "Open Market Committee said it had \"gained greater confidence\" that inflation, "
         "now running well below its peak, was heading back to 2 percent. Fed chief "
         "Jerome Powell said the central bank was \"not on a preset course\" and would "
         "decide meeting by meeting. Joblessness was 4.2% in August. The median "
         "projection shows another 50 bp of cuts by December. The 30-year mortgage rate "
         "has already fallen to around 6.1% in anticipation. Share this story"),
    ], None,
        (r"(?<![\d.])50 ?(bp|bps|basis)|half(-| a | )(percentage(-| ))?point|"
         r"(?<![\d])0?\.50? ?(percentage|pp|point|%)"),
        (r"(?<![\d.])25 ?(bp|bps|basis)|quarter(-| )(percentage(-| ))?point|"
         r"(?<![\d])0?\.25 ?(percentage|pp|point|%)")),
    _case("cb-K21", "central bank", "control: bp vs points, old and new rate, rounding", False, [
        ("LONDON - The Bank of England cut interest rates by 25 basis points to 4.5% on "
         "Thursday, its third reduction since last August, and halved its forecast for "
         "economic growth this year to 0.75%. Seven of the nine members of the Monetary "
         "Policy Committee voted for the quarter-point cut, while Catherine Mann and "
         "Swati Dhingra backed a larger, half-point move. The Bank now expects inflation, "
         "which was 2.5% in December, to climb to 3.7% in the third quarter because of "
         "higher energy costs. Governor Andrew Bailey said the Bank would take a "
         "\"gradual and careful\" approach to further cuts. Two-year gilt yields fell "
         "about 0.1 percentage point. Sterling slipped 0.6% against the dollar to "
         "$1.2405. Advertisement"),
        ("Bank Rate down to 4.5 per cent. The MPC lowered the UK benchmark from 4.75 per "
         "cent by a quarter of a percentage point on Thursday, 6 February, in a 7-2 vote "
         "in which the two dissenters, Dr Catherine Mann and Dr Swati Dhingra, wanted a "
         "50bp reduction. Officials slashed their 2025 GDP growth projection from 1.5 per "
         "cent to 0.75 per cent. CPI inflation, 2.5 per cent in December, is now seen "
         "peaking at about 3.7 per cent later this year. \"We will be gradual and "
         "careful,\" said Andrew Bailey. The pound dropped roughly 0.6 per cent to $1.24, "
         "while two-year gilt yields eased by around 10 basis points. It was the Bank's "
         "third cut in the current cycle."),
    ], ["2025-02-06", "2025-02-06"]),
    _case("cb-K22", "central bank",
          "control: ECB named several ways, three different rates", False, [
        ("FRANKFURT - The European Central Bank lowered its three key interest rates by "
         "25 basis points on Thursday, bringing the deposit facility rate to 2.00%, the "
         "rate on the main refinancing operations to 2.15% and the marginal lending "
         "facility rate to 2.40%. It was the eighth cut in a year. ECB President "
         "Christine Lagarde said the bank was \"getting to the end\" of a monetary policy "
         "cycle. New staff projections see headline inflation averaging 2.0% in 2025 and "
         "1.6% in 2026, while growth is expected at 0.9% this year and 1.1% next year. "
         "Lagarde said one member of the Governing Council had opposed the decision. The "
         "cuts take effect on June 11. The euro rose slightly to $1.144."),
        ("Lagarde signals pause after eighth cut. The Frankfurt-based central bank for "
         "the 20 euro countries trimmed borrowing costs by a quarter point on Thursday, "
         "its eighth reduction since June last year. Its benchmark deposit rate now "
         "stands at 2 per cent; the refinancing rate is 2.15 per cent and the marginal "
         "lending rate 2.4 per cent. The ECB chief, Christine Lagarde, told reporters "
         "that the bank was \"getting to the end\" of the cycle. Staff now project "
         "inflation of 2 per cent this year, slowing to 1.6 per cent in 2026; GDP is "
         "forecast to grow 0.9 per cent in 2025 and 1.1 per cent in 2026. Lagarde said "
         "the vote was not unanimous, with one policymaker dissenting. Read more: What "
         "lower ECB rates mean for savers. The changes apply from 11 June."),
    ], None),
    _case("cb-K23", "central bank",
          "control: one person's two unrelated quotes, different projections", False, [
        ("WASHINGTON - Federal Reserve officials held interest rates steady in a "
         "4.25%-4.50% range on Wednesday and said they still expect to cut twice this "
         "year, though they see higher inflation and weaker growth ahead as tariffs take "
         "hold. In updated projections, policymakers marked up their forecast for "
         "headline PCE inflation at the end of 2025 to 3.0% and cut their growth estimate "
         "to 1.4%. \"We can afford to be patient while we learn more about how the "
         "economy is evolving,\" Fed Chair Jerome Powell told reporters. The decision was "
         "unanimous. Seven of the 19 officials now see no cuts at all this year. The S&P "
         "500 ended little changed. President Trump has repeatedly called on the Fed to "
         "lower rates sharply."),
        ("The Fed stayed put on Wednesday, leaving the federal funds rate at 4.25 to 4.5 "
         "per cent, and officials' dot plot still points to two reductions before "
         "year-end. The Summary of Economic Projections lifts the unemployment forecast "
         "for the fourth quarter to 4.5 per cent and sees core PCE inflation at 3.1 per "
         "cent. Chair Jerome Powell also had a message for shoppers about trade policy: "
         "\"Somebody has to pay for the tariffs, and part of that bill will land on "
         "consumers.\" All voting members backed the decision. Seven policymakers "
         "pencilled in no rate cuts in 2025. Advertisement Stocks finished the session "
         "roughly flat. The White House has been pressing for much lower borrowing costs."),
    ], ["2025-06-18", "2025-06-19"]),
    _case("rocket-K24", "rocket", "name of landing ship", True, [
        ("CAPE CANAVERAL, Fla. - A SpaceX Falcon 9 rocket lifted off from Cape Canaveral "
         "Space Force Station at 4:15 a.m. EDT on Thursday carrying 28 Starlink internet "
         "satellites to low Earth orbit. The first-stage booster, flying for a record "
         "30th time, touched down about eight and a half minutes later on the drone ship "
         "A Shortfall of Gravitas, stationed in the Atlantic Ocean. The satellites were "
         "deployed roughly an hour after launch. It was SpaceX's 70th Falcon 9 mission of "
         "the year. The booster, known as B1067, first flew in June 2021. Advertisement "
         "SpaceX now has more than 7,000 Starlink satellites in orbit. Another launch is "
         "planned from California later in the week. Weather was 90% favourable ahead of "
         "the launch, according to the 45th Weather Squadron."),
        ("Record-setting booster nails 30th landing. SpaceX's veteran Falcon 9 first "
         "stage B1067 completed its 30th flight early Thursday, sending up a batch of 28 "
         "Starlink spacecraft before settling onto the deck of Just Read the Instructions "
         "some 600 km downrange. Liftoff from Space Launch Complex 40 was at 4:15 a.m. "
         "Eastern. The booster debuted almost four years ago, in June 2021. Deployment of "
         "the satellites was confirmed about an hour into the flight. This was the "
         "company's 70th Falcon 9 launch so far this year, and the Starlink network now "
         "counts over 7,000 active satellites. Forecasters at the 45th Weather Squadron "
         "had predicted a 90% chance of good weather."),
        ("Falcon 9 flies again: Thursday's pre-dawn Starlink launch from Florida ended "
         "with the booster landing on A Shortfall of Gravitas, the SpaceX droneship, "
         "roughly 8.5 minutes after the 4:15 a.m. liftoff. It was the 30th trip to space "
         "for this particular first stage. The rocket carried 28 satellites. Share this "
         "post. Fans on the Space Coast beaches could hear the sonic boom of the ascent, "
         "though not the landing, which took place far offshore in the Atlantic. SpaceX "
         "says more than 7,000 Starlink satellites are now operating."),
    ], None,
        r"shortfall|gravitas|asog",
        r"just read|instructions|jrti"),
    _case("rocket-K25", "rocket", "launch pad (neighbouring sites)", True, [
        ("A SpaceX Falcon 9 rocket launched a Dragon cargo capsule toward the "
         "International Space Station early Sunday from Launch Complex 39A at NASA's "
         "Kennedy Space Center in Florida. Liftoff came at 2:45 a.m. EDT. The capsule is "
         "carrying about 5,000 pounds of supplies, experiments and equipment for the "
         "seven people living on the station. It is due to dock autonomously at about "
         "7:30 a.m. Monday. This Dragon, on its sixth flight, also carries a \"boost "
         "trunk\" that will be used to raise the station's orbit. The first stage landed "
         "on a drone ship in the Atlantic about eight minutes after launch. NASA said the "
         "capsule would stay at the station for about a month before returning with "
         "research samples. Weather conditions had been forecast as 95% favourable."),
        ("SpaceX CRS mission lifts off. The uncrewed cargo Dragon left Florida at 2:45 "
         "a.m. Eastern on Sunday atop a Falcon 9 from Space Launch Complex 40 at Cape "
         "Canaveral Space Force Station, bound for the ISS. On board: roughly 5,000 lb of "
         "food, science gear and hardware for the station's crew of seven. The capsule, "
         "making its sixth trip to orbit, will dock on its own on Monday at around 7:30 "
         "a.m. A propulsion package in its trunk will be used to nudge the station to a "
         "higher orbit. About eight minutes after launch the booster came down on a "
         "droneship offshore. The spacecraft will spend roughly a month attached to the "
         "station. Read more: How cargo missions keep the ISS running."),
    ], ["2025-08-24", "2025-08-24"],
        r"39a|kennedy",
        r"(?<![\d])40(?![\d])|slc-?40|space force station|cape canaveral"),
    _case("rocket-K26", "rocket", "duration to splashdown", True, [
        ("STARBASE, Texas - SpaceX's Starship completed its 10th test flight on Tuesday, "
         "with the upper stage splashing down in the Indian Ocean about 66 minutes after "
         "lifting off from the company's launch site in South Texas. The 403-foot "
         "(123-meter) rocket launched at 6:30 p.m. CDT. Its Super Heavy booster, powered "
         "by 33 Raptor engines, performed a planned experiment and came down in the Gulf "
         "of Mexico roughly seven minutes into the flight. The ship deployed eight dummy "
         "Starlink satellites and relit one of its six engines in space. Elon Musk wrote "
         "on X that the flight was \"great work by the SpaceX team\". The previous three "
         "flights had ended in failures. NASA plans to use a version of Starship to land "
         "astronauts on the moon. The Federal Aviation Administration said no public "
         "injuries or damage had been reported."),
        ("Starship Flight 10 succeeds. After a run of setbacks, SpaceX finally got the "
         "flight it wanted on Tuesday evening: the 123 m vehicle left Starbase at 6:30 "
         "p.m. local time, released eight Starlink mass simulators, restarted a Raptor "
         "engine in orbit and made a controlled splashdown in the Indian Ocean around 90 "
         "minutes after launch. The Super Heavy booster (33 engines) had earlier dropped "
         "into the Gulf about seven minutes after liftoff as part of a landing-burn test. "
         "Musk praised the team's \"great work\". Three consecutive flights before this "
         "one had failed. Advertisement NASA is counting on the ship as the lander for "
         "its Artemis III mission. The FAA reported no injuries to the public."),
    ], None,
        (r"(?<![\d.])66 ?(-| )?(min|minutes?)|an hour and six|1 ?h(ours?|"
         r"rs?)? ?(and )?6 ?min|(?<![\d:])1:06"),
        (r"(?<![\d.])90 ?(-| )?(min|minutes?)|an hour and a half|(?<![\d.])1\.5 ?(hours?|"
         r"hrs?|h\b)|one and a half hours|(?<![\d:])1:30")),
    _case("rocket-K27", "rocket", "number of satellites", True, [
        ("BEIJING (Reuters) - China launched 18 satellites for its Qianfan broadband "
         "constellation on Wednesday aboard a Long March 8 rocket from the commercial "
         "spaceport in Wenchang on the southern island of Hainan, state media reported. "
         "It was the sixth batch of Qianfan satellites, bringing the number in orbit to "
         "108, Xinhua said. The network, also known as Thousand Sails, is run by Shanghai "
         "Spacecom Satellite Technology and is seen as a rival to SpaceX's Starlink. The "
         "operator aims to have about 648 satellites in service by the end of 2025 and as "
         "many as 15,000 by 2030. The rocket lifted off at 7:30 a.m. local time. China "
         "carried out 68 orbital launches last year. Advertisement The satellites entered "
         "their planned orbits, according to the China Aerospace Science and Technology "
         "Corporation."),
        ("Qianfan adds another batch. A Long March 8 lifted off from Hainan's commercial "
         "launch site at Wenchang at 7:30 a.m. Beijing time on Wednesday, placing 16 "
         "Qianfan satellites into orbit, according to the China Aerospace Science and "
         "Technology Corporation. Spacecom, the Shanghai-based operator, hopes to have "
         "roughly 648 satellites working by the end of the year and up to 15,000 by the "
         "end of the decade. The constellation, whose name translates as \"Thousand "
         "Sails\", is China's answer to Starlink. China conducted 68 orbital launch "
         "attempts in 2024. Related: China's race to build a satellite internet. "
         "Officials said all the satellites reached their intended orbits."),
    ], ["2025-03-12", "2025-03-12"],
        r"(?<![\d.])18(?![\d.])|eighteen",
        r"(?<![\d.])16(?![\d.])|sixteen"),
    _case("rocket-K28", "rocket", "speaker credited with a quote", True, [
        ("CAPE CANAVERAL, Fla. - Blue Origin's New Glenn rocket launched NASA's twin "
         "ESCAPADE spacecraft toward Mars on Thursday and, for the first time, landed its "
         "first-stage booster on a barge in the Atlantic. Liftoff from Launch Complex 36 "
         "came at 3:55 p.m. EST after several days of delays caused by weather and a "
         "solar storm. The 321-foot rocket's booster touched down on the landing platform "
         "Jacklyn about 10 minutes after launch. \"Next stop, Mars - and we brought the "
         "booster home,\" Blue Origin chief executive Dave Limp said after the landing. "
         "The two small orbiters, built by Rocket Lab, will study how the solar wind "
         "strips away the Martian atmosphere. They are due to reach Mars in 2027. The "
         "mission cost NASA less than $80 million. It was New Glenn's second flight; on "
         "the first, in January, the booster was lost."),
        ("New Glenn sticks the landing. Blue Origin recovered a New Glenn first stage for "
         "the first time on Thursday, bringing it down on the ship Jacklyn off the "
         "Florida coast roughly 10 minutes after liftoff from Cape Canaveral's LC-36. The "
         "rocket carried ESCAPADE, a pair of NASA probes that will investigate how the "
         "solar wind erodes Mars's upper atmosphere. \"Next stop, Mars - and we brought "
         "the booster home,\" Jeff Bezos said in a post on X. Launch was at 3:55 p.m. "
         "Eastern after days of postponements due to weather and space weather. The "
         "spacecraft, made by Rocket Lab, are expected to arrive at Mars in 2027. NASA "
         "spent under $80 million on the mission. On the rocket's maiden flight in "
         "January, the booster was lost during its descent."),
    ], None,
        r"limp",
        r"bezos"),
    _case("rocket-K29", "rocket",
          "control: km vs miles, clock times in different zones, rounding", False, [
        ("SpaceX's ninth Starship test flight lifted off from Starbase, Texas, at 6:36 "
         "p.m. CDT on Tuesday, but the upper stage began spinning out of control after a "
         "fuel leak and was lost over the Indian Ocean. The ship reached a peak altitude "
         "of about 190 kilometres before the leak. Contact was lost roughly 46 minutes "
         "after launch. The Super Heavy booster, which had already flown once on the "
         "seventh flight in January, broke apart during a descent test over the Gulf of "
         "Mexico. A payload door failed to open, so eight dummy Starlink satellites were "
         "not released. Elon Musk said on X that the flight had gathered \"a lot of good "
         "data\". The Federal Aviation Administration later required a mishap "
         "investigation. The rocket stands about 123 metres tall."),
        ("Starship Flight 9 ends early. Liftoff came at 7:36 p.m. Eastern time (23:36 "
         "UTC) from SpaceX's Starbase facility near Brownsville. The 403-ft rocket "
         "climbed to an altitude of roughly 118 miles before a propellant leak sent the "
         "ship into a spin; telemetry stopped some three-quarters of an hour into the "
         "mission. This was the first reuse of a Super Heavy booster, the same one that "
         "flew in January on Flight 7, and it was lost in the Gulf during an experimental "
         "descent. The ship's payload bay door stayed shut, keeping all eight mock "
         "Starlinks on board. Musk said SpaceX had collected \"a lot of good data\". The "
         "FAA ordered an investigation into the mishap. Share this article"),
    ], None),
    _case("rocket-K30", "rocket",
          "control: one official with two right titles, agency and site named two ways", False, [
        ("SRIHARIKOTA, India - The Indian Space Research Organisation on Saturday carried "
         "out a second abort test for its Gaganyaan human spaceflight programme, "
         "launching a single-stage test vehicle from the Satish Dhawan Space Centre at "
         "10:00 a.m. IST. About 60 seconds into the flight, at an altitude of roughly 17 "
         "km, the crew escape system pulled the crew module away from the rocket. The "
         "module descended under parachutes and splashed down in the Bay of Bengal around "
         "10 km off the coast, where it was recovered by an Indian Navy ship. The whole "
         "flight lasted just under nine minutes. \"Every system worked as we planned,\" "
         "said ISRO chairman V. Narayanan. India hopes to fly its first astronauts in "
         "2027. The first uncrewed orbital Gaganyaan mission is expected later this year."),
        ("Gaganyaan escape test a success. India's space agency ISRO launched test "
         "vehicle TV-D2 from Sriharikota's spaceport, SHAR, at 04:30 GMT on Saturday to "
         "check the crew module's emergency escape system. The abort was triggered around "
         "a minute after liftoff, when the vehicle was some 10.5 miles up. Parachutes "
         "lowered the module into the sea roughly six miles from the shore, and navy "
         "divers recovered it. The test took a little under nine minutes from launch to "
         "splashdown. V. Narayanan, secretary of the Department of Space, said every "
         "system had \"worked as we planned\". An uncrewed orbital flight is expected "
         "later in the year, with a first crewed mission targeted for 2027. Advertisement"),
    ], ["2025-11-08", "2025-11-08"]),
    _case("quake-K31", "earthquake", "magnitude", True, [
        ("LIMA (AP) - A strong earthquake shook southern Peru early Sunday, damaging "
         "homes and a colonial-era church and injuring at least 23 people, authorities "
         "said. The U.S. Geological Survey measured the quake at magnitude 6.8 and said "
         "it was centered about 45 kilometers (28 miles) south of the city of Arequipa at "
         "a depth of 64 km. It struck at 3:12 a.m. local time. Peru's civil defense "
         "institute said 140 homes had been damaged, mostly old adobe buildings. Mining "
         "company Southern Copper said operations at one of its mines were briefly "
         "suspended as a precaution. President Dina Boluarte said she would travel to the "
         "area. There were no reports of deaths. Advertisement Peru sits on the Pacific "
         "\"Ring of Fire\" and is frequently hit by earthquakes."),
        ("Quake rattles Arequipa. A magnitude 7.1 earthquake, according to the USGS, hit "
         "the Arequipa region in southern Peru at 3:12 in the morning on Sunday, leaving "
         "23 people hurt. The epicentre was around 45 km south of Arequipa city and about "
         "64 km underground. Emergency officials counted some 140 damaged houses, many of "
         "them built of adobe, and cracks in the walls of a colonial church. No "
         "fatalities had been reported. Southern Copper halted work at one mine for a few "
         "hours as a precaution. President Boluarte announced a visit to the affected "
         "area. Related: Why Peru has so many earthquakes. The Andean country lies on the "
         "Pacific Ring of Fire."),
    ], None,
        r"(?<![\d.])6\.8(?!\d)",
        r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-K32", "earthquake", "epicentre town", True, [
        ("ISTANBUL (Reuters) - A magnitude 6.2 earthquake struck off Istanbul on "
         "Wednesday, sending residents of Turkey's largest city rushing into the streets "
         "and injuring 151 people, most of whom jumped from buildings in panic, officials "
         "said. The quake was centred in the Sea of Marmara off the town of Silivri, at a "
         "depth of about 7 km, Turkey's disaster agency AFAD said. It hit at 12:49 p.m. "
         "local time, on a national holiday when many children were out of school. Dozens "
         "of aftershocks followed, the largest of magnitude 5.9. Interior Minister Ali "
         "Yerlikaya said no buildings had collapsed in the city. Experts have long warned "
         "that a major quake is likely to hit Istanbul. Advertisement"),
        ("Istanbul shaken by 6.2 quake. The tremor, which AFAD located in the Marmara Sea "
         "near Marmaraereğlisi, was felt across the city of 16 million at 12:49 on "
         "Wednesday afternoon. It was shallow, around 7 km deep. A total of 151 people "
         "were injured, most after jumping from windows or balconies, the governor's "
         "office said. A 5.9 aftershock followed within minutes. \"There is no collapse "
         "of buildings reported so far,\" Interior Minister Ali Yerlikaya wrote on social "
         "media. The quake came on National Sovereignty and Children's Day, a public "
         "holiday. Seismologists have warned for years that a larger quake on the North "
         "Anatolian Fault could devastate the city."),
    ], ["2025-04-23", "2025-04-23"],
        r"silivri",
        r"ere[gğ]li"),
    _case("quake-K33", "earthquake", "depth", True, [
        ("TOKYO - A magnitude 6.9 earthquake struck off the coast of northeastern Japan "
         "on Monday night, prompting a tsunami advisory and briefly halting bullet "
         "trains, the Japan Meteorological Agency said. The quake hit at 9:18 p.m. at a "
         "depth of about 10 kilometres (6 miles) beneath the Pacific seabed, roughly 80 "
         "km east of the port of Hachinohe in Aomori prefecture. Waves of up to 20 "
         "centimetres were observed at two ports before the advisory was lifted shortly "
         "after midnight. Tohoku Electric Power said it had found no abnormalities at the "
         "Higashidori nuclear plant. At least three people suffered minor injuries. Chief "
         "Cabinet Secretary Yoshimasa Hayashi urged residents to stay alert for strong "
         "aftershocks over the next week. The JMA measured the shaking at \"lower 5\" on "
         "Japan's seven-point intensity scale."),
        ("Tsunami advisory lifted after Aomori quake. The earthquake that rattled Aomori "
         "and Iwate prefectures on Monday evening had its focus about 50 km below the sea "
         "floor, according to the JMA, which put its magnitude at 6.9. The epicentre was "
         "some 80 km off Hachinohe. The tremor struck at 9:18 p.m. local time and "
         "registered lower 5 on the Japanese scale in parts of Aomori. Tide gauges "
         "recorded waves of 20 cm at two locations. The advisory was cancelled just after "
         "midnight. Three people were slightly hurt. \"Please remain vigilant for strong "
         "shaking in the coming week,\" top government spokesman Yoshimasa Hayashi said. "
         "Tohoku Electric reported no problems at its Higashidori plant. Share"),
    ], None,
        r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?(mi\b|miles)",
        r"(?<![\d.])50 ?(km|kilomet)|(?<![\d.])31 ?(mi\b|miles)"),
    _case("quake-K34", "earthquake", "clock time across zones", True, [
        ("ANKARA - A magnitude 5.6 earthquake struck the eastern Turkish province of "
         "Malatya at 1:54 a.m. GMT on Friday, damaging dozens of buildings that had "
         "already been weakened by the devastating quakes of 2023, the disaster agency "
         "AFAD said. The quake was centred in the Kale district at a depth of 8 km. "
         "Twelve people were slightly injured, mostly while fleeing their homes. Schools "
         "in the province were closed for the day. AFAD said 47 aftershocks had been "
         "recorded by mid-morning. Interior Minister Ali Yerlikaya said teams had "
         "inspected 300 buildings. Malatya was among 11 provinces hit by the February "
         "2023 earthquakes that killed more than 53,000 people in Turkey. Advertisement "
         "Residents spent the rest of the night in cars and parks."),
        ("5.6 quake jolts Malatya. The tremor hit at 3:54 a.m. local time on Friday with "
         "its epicentre in the Kale district and a focal depth of 8 kilometres, AFAD "
         "reported. Twelve people suffered minor injuries. Schools across the province "
         "stayed shut. By mid-morning 47 aftershocks had been logged. The interior "
         "minister, Ali Yerlikaya, said on X that 300 buildings had been checked. Many "
         "families chose to sleep outdoors. The region is still rebuilding after the twin "
         "February 2023 quakes, which killed more than 53,000 people in Turkey and "
         "thousands more in Syria."),
    ], ["2025-10-17", "2025-10-17"],
        r"(?<![\d])0?1:54|(?<![\d])0?4:54",
        r"(?<![\d])0?3:54|(?<![\d])00?:54|(?<![\d])12:54"),
    _case("quake-K35", "earthquake", "number of aftershocks", True, [
        ("MANILA - The Philippine Institute of Volcanology and Seismology (Phivolcs) said "
         "on Thursday morning it had recorded more than 1,200 aftershocks since a "
         "magnitude 6.9 earthquake struck off the central province of Cebu late on "
         "Tuesday. The quake, one of the strongest to hit the area in decades, was "
         "centred about 20 km northeast of the town of Bogo at a shallow depth of 10 km. "
         "Officials said 72 people had been confirmed killed, a figure unchanged since "
         "Wednesday evening. The largest aftershock measured magnitude 4.8. Phivolcs "
         "director Teresito Bacolcol warned that aftershocks could continue for weeks. "
         "Power had been restored to most of northern Cebu. Hundreds of families remained "
         "in evacuation centres. Advertisement"),
        ("Cebu aftershocks continue. As of Thursday morning, state seismologists had "
         "logged over 2,100 aftershocks following Tuesday night's magnitude 6.9 quake in "
         "northern Cebu, the biggest of them a magnitude 4.8 tremor. The main shock was "
         "centred about 20 km northeast of Bogo and was shallow, at 10 km. The death toll "
         "stood at 72, the Office of Civil Defense said; it has not changed since "
         "Wednesday night. \"Aftershocks may go on for weeks,\" said Teresito Bacolcol, "
         "who heads Phivolcs. Most of northern Cebu has its electricity back, though "
         "hundreds of families are still staying in evacuation centres. Read more: How to "
         "prepare for an earthquake"),
    ], None,
        r"(?<![\d.,])1,?200(?![\d])|(?<![\d.])1\.2 ?(k\b|thousand)",
        r"(?<![\d.,])2,?100(?![\d])|(?<![\d.])2\.1 ?(k\b|thousand)"),
    _case("quake-K36", "earthquake", "control: death toll updated, dates show the order", False, [
        ("YANGON - The death toll from Friday's magnitude 7.7 earthquake in central "
         "Myanmar rose to 1,002 on Saturday, the ruling military government said, as "
         "rescuers dug through rubble with their bare hands in Mandalay, the country's "
         "second-largest city. The quake struck at 12:50 p.m. local time, with its "
         "epicentre near Sagaing and a shallow depth of 10 km, according to the USGS. "
         "Strong shaking was felt as far away as Bangkok, where a 30-storey building "
         "under construction collapsed. Junta leader Min Aung Hlaing made a rare appeal "
         "for international aid. The USGS estimated that the final toll could exceed "
         "10,000. A magnitude 6.4 aftershock hit about 12 minutes after the main shock. "
         "Roads and bridges were damaged, and Mandalay's airport was closed."),
        ("Myanmar quake: deaths pass 1,600. The number of people confirmed dead in "
         "Myanmar climbed to 1,644 on Sunday, two days after the 7.7-magnitude "
         "earthquake, state media said. Rescue teams from China, India and Russia have "
         "arrived in Mandalay and the capital, Naypyitaw. The shallow quake, just 10 km "
         "deep, was centred close to Sagaing and hit shortly before 1 p.m. on Friday. In "
         "neighbouring Thailand, workers continued searching the ruins of a high-rise "
         "building that fell in Bangkok. Share this article. Aid agencies warned of "
         "shortages of medical supplies and clean water. A 6.4 aftershock struck minutes "
         "after the main quake."),
        ("The toll from Myanmar's earthquake has reached 2,065, the military government "
         "announced on Monday, with more than 3,900 people injured and about 270 missing. "
         "The magnitude-7.7 quake struck near Sagaing in the early afternoon of Friday, "
         "28 March. Many of the dead were in Mandalay, where apartment blocks, "
         "monasteries and a mosque collapsed. Rescue workers pulled a woman alive from a "
         "hotel in the capital after more than 60 hours. Advertisement The junta has "
         "announced a week of national mourning. In Bangkok, the death toll from the "
         "collapsed tower under construction stands at 18, Thai officials said."),
    ], ["2025-03-29", "2025-03-30", "2025-03-31"]),
    _case("quake-K37", "earthquake", "control: km vs miles, clock time in UTC, rounding", False, [
        ("SAN DIEGO - A magnitude 5.2 earthquake struck near the mountain town of Julian "
         "on Monday morning, shaking much of Southern California, the U.S. Geological "
         "Survey said. The quake hit at 10:08 a.m. PDT about 60 miles (95 km) northeast "
         "of downtown San Diego, at a depth of about 8 miles. More than 100 aftershocks "
         "followed, the largest of them a magnitude 3.9. There were no immediate reports "
         "of serious damage or injuries, though some rocks fell onto roads near Julian. "
         "The shaking was felt as far away as Los Angeles, about 120 miles to the "
         "northwest. Residents submitted more than 40,000 reports to the USGS \"Did You "
         "Feel It?\" website. Advertisement Caltech seismologist Dana Whitfield said the "
         "quake was on the Elsinore fault zone."),
        ("Julian quake felt across SoCal. The 5.2-magnitude tremor struck at 17:08 UTC on "
         "Monday, with its epicentre roughly 95 kilometres northeast of San Diego and "
         "about 13 km below the surface, according to the USGS. Over 100 aftershocks have "
         "been recorded, topping out at 3.9. No serious injuries or damage were reported, "
         "although falling rocks partly blocked some roads around Julian. People in Los "
         "Angeles, roughly 190 km away, felt it too. The USGS received upwards of 40,000 "
         "\"felt\" reports. Caltech seismologist Dana Whitfield said the quake appeared "
         "to have occurred in the Elsinore fault zone. Read more: Are you ready for the "
         "Big One?"),
    ], None),
    _case("elect-K38", "election", "vote share", True, [
        ("SEOUL (Reuters) - South Korea's liberal candidate Lee Jae-myung won Tuesday's "
         "snap presidential election with 49.4% of the vote, final results from the "
         "National Election Commission showed on Wednesday, and was sworn in hours later. "
         "His conservative rival Kim Moon-soo took 41.2%. Turnout was 79.4%, the highest "
         "for a presidential vote since 1997. The election was called after former "
         "President Yoon Suk Yeol was removed from office over his short-lived "
         "declaration of martial law in December. Lee, 61, takes office immediately for a "
         "five-year term without the usual two-month transition. \"I will be a president "
         "who serves all the people,\" Lee said. Advertisement Kim conceded defeat early "
         "on Wednesday. The Korean won strengthened 0.8% against the dollar."),
        ("Lee Jae-myung, the Democratic Party nominee, is South Korea's new president "
         "after taking 47.9 per cent of ballots cast in Tuesday's vote, according to the "
         "election commission's final count. Kim Moon-soo of the People Power Party "
         "finished second with 41.2 per cent and admitted defeat in the early hours of "
         "Wednesday. Some 79.4 per cent of eligible voters cast ballots. The snap poll "
         "followed the impeachment and removal of Yoon Suk Yeol, whose December "
         "martial-law decree plunged the country into crisis. Because the post had been "
         "vacant, Lee was inaugurated on Wednesday with no transition period. He pledged "
         "to be \"a president who serves all the people\". The won gained against the "
         "dollar."),
        ("Voters in South Korea handed the presidency to Lee Jae-myung, 61, who secured "
         "about 49.4% of the vote (the National Election Commission's final tally) "
         "against 41.2% for Kim Moon-soo. Lee was sworn in on Wednesday. Nearly four in "
         "five voters turned out, 79.4%, the most in a presidential election since 1997. "
         "Read more: Who is Lee Jae-myung? The new president has promised to heal "
         "divisions after months of turmoil caused by Yoon Suk Yeol's martial-law "
         "attempt. He serves a single five-year term."),
    ], ["2025-06-04", "2025-06-04", "2025-06-04"],
        r"(?<![\d.])49\.4(?!\d)",
        r"(?<![\d.])47\.9(?!\d)"),
    _case("elect-K39", "election", "winning margin", True, [
        ("TRENTON, N.J. (AP) - Democrat Mikie Sherrill won the race for New Jersey "
         "governor on Tuesday, defeating Republican Jack Ciattarelli by about 13 "
         "percentage points in a contest that had been expected to be close. Sherrill, a "
         "four-term congresswoman and former Navy helicopter pilot, will succeed "
         "Democratic Gov. Phil Murphy, who was barred by term limits from seeking a third "
         "term. Turnout topped 3 million voters, according to state officials, the "
         "highest for a governor's race in more than three decades. Ciattarelli, who was "
         "making his third run for the office, conceded shortly after 11 p.m. Sherrill "
         "campaigned heavily on lowering electricity bills, which have risen by about 20% "
         "this year. Advertisement She will be sworn in on Jan. 20. Democrats also "
         "expanded their majority in the state Assembly."),
        ("Sherrill wins NJ by 6 points. Democratic congresswoman Mikie Sherrill will be "
         "New Jersey's next governor after beating Republican Jack Ciattarelli by a "
         "margin of roughly six points, according to the unofficial count on Wednesday. "
         "Ciattarelli, in his third bid for the governorship, conceded just after 11 p.m. "
         "on election night. More than 3 million New Jerseyans voted, a record for a "
         "gubernatorial contest in over 30 years. A former Navy pilot, Sherrill made "
         "rising utility costs, up about 20 per cent this year, the centrepiece of her "
         "campaign. She takes over from Phil Murphy, who is term-limited, on 20 January. "
         "Democrats grew their Assembly majority too. Related: What Sherrill's win means "
         "for 2026"),
    ], None,
        r"(?<![\d.])13 ?(-| )?(percentage )?(points?|pts?|pp\b|%)|thirteen",
        r"(?<![\d.])6 ?(-| )?(percentage )?(points?|pts?|pp\b|%)|\bsix\b"),
    _case("elect-K40", "election", "seat count", True, [
        ("OTTAWA - Prime Minister Mark Carney's Liberals won Canada's federal election on "
         "Monday but fell short of a majority, winning 169 of the 343 seats in the House "
         "of Commons, according to preliminary results on Tuesday. A party needs 172 "
         "seats for a majority. Pierre Poilievre's Conservatives won 144 seats and "
         "increased their share of the popular vote to about 41%, their best since 1988, "
         "but Poilievre lost his own Ottawa-area seat. The Bloc Quebecois took 22 seats "
         "and the New Democrats just seven, costing the NDP official party status. "
         "Carney, a former central banker who became prime minister in March, campaigned "
         "on standing up to US tariffs. \"The old relationship with the United States is "
         "over, and we will build something new,\" Carney told supporters. Turnout was "
         "about 69%. Advertisement"),
        ("Carney's Liberals secure minority. Mark Carney will stay on as prime minister "
         "after the Liberal Party captured 164 ridings, leaving it short of the 172 "
         "required to govern alone. The Conservatives under Pierre Poilievre won 144, and "
         "Poilievre himself was defeated in Carleton, the suburban Ottawa riding he had "
         "held for two decades. The Bloc won 22 seats in Quebec, and the NDP's collapse "
         "to seven seats means it loses official party status in the 343-seat Commons. "
         "Roughly 69 per cent of eligible voters took part. Carney, who replaced Justin "
         "Trudeau in March, made Canada's response to Donald Trump's tariffs the "
         "centrepiece of his campaign. \"The old relationship with the United States is "
         "over, and we will build something new,\" he told supporters in Ottawa. Read "
         "more:"),
    ], ["2025-04-29", "2025-04-29"],
        r"(?<![\d.])169(?![\d])",
        r"(?<![\d.])164(?![\d])"),
    _case("elect-K41", "election", "turnout", True, [
        ("BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national "
         "election on Sunday, taking 28.5% of the vote, while the far-right Alternative "
         "for Germany came second with 20.8%, its best result ever, according to "
         "provisional official results. Chancellor Olaf Scholz's Social Democrats slumped "
         "to 16.4%, their worst showing in a federal election since World War Two. The "
         "Greens won 11.6%. Turnout was 82.5%, the highest since reunification. Merz, 69, "
         "said he wanted to form a government by Easter. The Free Democrats, with 4.3%, "
         "failed to clear the 5% threshold needed to enter parliament. In a televised "
         "debate after the results, Merz said Europe must \"become independent from the "
         "United States\". Advertisement The new Bundestag has 630 seats."),
        ("Merz set to be chancellor. The CDU/CSU bloc led by Friedrich Merz came first in "
         "Sunday's Bundestag election with 28.5 per cent, the provisional result shows. "
         "The AfD doubled its support to 20.8 per cent. Olaf Scholz's SPD fell to 16.4 "
         "per cent, its weakest post-war result, and the Greens got 11.6 per cent. "
         "Turnout reached 76.6 per cent. The FDP (4.3 per cent) dropped out of parliament "
         "after missing the 5 per cent hurdle. Merz, who is 69, hopes to have a coalition "
         "in place by Easter. In a post-election debate he said Europe must \"become "
         "independent from the United States\". The reformed Bundestag now has 630 "
         "members. Share this story"),
    ], None,
        r"(?<![\d.])82\.5(?!\d)",
        r"(?<![\d.])76\.6(?!\d)"),
    _case("elect-K42", "election", "title of the official announcing results", True, [
        ("BUCHAREST - Centrist Bucharest mayor Nicusor Dan won Romania's presidential "
         "runoff on Sunday with 53.6% of the vote, defeating nationalist George Simion, "
         "who took 46.4%, according to near-complete results. The figures were announced "
         "early on Monday by Lucian Marin, president of the Central Electoral Bureau, "
         "with 99.9% of polling stations counted. Turnout was 64.7%, sharply up from the "
         "first round two weeks earlier. Simion, who had led the first round with 41%, "
         "initially refused to concede but later congratulated Dan. The election was a "
         "rerun of last November's vote, which was annulled by the Constitutional Court "
         "over allegations of Russian interference. The leu strengthened about 3% against "
         "the euro. \"This is a victory for all Romanians who want a European Romania,\" "
         "Dan told supporters."),
        ("Dan beats Simion in Romania. Nicusor Dan, the independent mayor of Bucharest, "
         "has been elected president with 53.6 per cent against 46.4 per cent for George "
         "Simion of the hard-right AUR, Interior Minister Lucian Marin told a news "
         "conference on Monday. Almost 65 per cent of voters took part, 64.7 per cent, "
         "far more than in the first round. Simion, who topped that first ballot with 41 "
         "per cent, at first claimed victory before accepting defeat. The contest "
         "repeated the November 2024 election that the Constitutional Court cancelled "
         "amid claims of Russian meddling. \"This is a victory for all Romanians who want "
         "a European Romania,\" Dan said. Romania's currency, the leu, rose around 3% "
         "against the euro. Advertisement"),
    ], ["2025-05-19", "2025-05-19"],
        r"electoral bureau",
        r"interior minister"),
    _case("elect-K43", "election",
          "control: different candidates and rounds (figures about different things)", False, [
        ("WARSAW (Reuters) - Conservative historian Karol Nawrocki won Poland's "
         "presidential runoff on Sunday with 50.89% of the vote, beating liberal Warsaw "
         "mayor Rafal Trzaskowski, who took 49.11%, the state electoral commission said "
         "on Monday. Turnout was 71.63%, a record for a presidential runoff. In the first "
         "round two weeks earlier, Trzaskowski had come first with 31.4%, ahead of "
         "Nawrocki on 29.5%. Nawrocki, 42, was backed by the nationalist Law and Justice "
         "party. His victory is a blow to Prime Minister Donald Tusk, whose government "
         "has struggled to pass reforms over the vetoes of outgoing President Andrzej "
         "Duda. The zloty weakened about 1% against the euro. Nawrocki will be sworn in "
         "on August 6."),
        ("Nawrocki edges Trzaskowski. Poland's next president will be Karol Nawrocki, who "
         "took 50.9 per cent in Sunday's second round against 49.1 per cent for Rafał "
         "Trzaskowski, final figures from the National Electoral Commission show. Just "
         "over 71.6 per cent of those eligible voted, up from 67.3 per cent in the first "
         "round on 18 May. Trzaskowski, the mayor of Warsaw, had narrowly won that first "
         "ballot. Nawrocki, who is 42 and ran with the support of Law and Justice (PiS), "
         "takes office on 6 August, succeeding Andrzej Duda. Markets reacted nervously, "
         "with the złoty down about 1 per cent versus the euro. Tusk's coalition faces "
         "continued gridlock, analysts said. Advertisement"),
    ], None),
    _case("elect-K44", "election",
          "control: count updated, dates and share counted show the order", False, [
        ("PORT ALDER - City council member Renata Solis held a narrow lead over incumbent "
         "Mayor Gary Whitcombe on Wednesday as counting continued in the mayoral race, "
         "with Solis on 51.2% and Whitcombe on 48.8% after about 78% of ballots had been "
         "tallied. The county elections office said it expected to release another update "
         "on Thursday afternoon. About 212,000 ballots had been counted so far. "
         "Whitcombe, who is seeking a second four-year term, told supporters he was "
         "\"confident the late ballots will break our way\". Solis, 38, campaigned on "
         "building 10,000 affordable homes. A ballot measure to raise the city's sales "
         "tax by half a cent was failing, with 44% in favour. Advertisement Turnout is "
         "expected to end up near 55%."),
        ("Solis wins Port Alder mayor's race. Renata Solis will be Port Alder's next "
         "mayor after Thursday's ballot update left her with 50.6 per cent of the vote to "
         "49.4 per cent for Mayor Gary Whitcombe, who conceded on Thursday evening. With "
         "about 99 per cent of ballots now counted, some 270,000 in all, her lead stands "
         "at roughly 3,200 votes. Solis, a 38-year-old council member, ran on a promise "
         "of 10,000 affordable homes. Whitcombe had been seeking a second term. \"The "
         "voters have spoken and I respect their decision,\" he said. The proposed "
         "half-cent sales tax increase was defeated, with 44 per cent voting yes. Turnout "
         "was close to 55 per cent."),
    ], ["2025-11-05", "2025-11-06"]),
]
