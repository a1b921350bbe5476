"""Blind battery of disagreements, part Q (issue 11).

Part Q, written by engineer Q1 on 2026-12-06 (eleventh session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py Q``.

Every sentence was written for this battery; facts are real or plausible-invented. A
must-report case plants exactly one disagreement between outlets (``a`` and ``b`` are regexes
on the lower-cased value of each side); a control tells the same facts differently and must
report nothing.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "Q", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-Q1", "trade", "duration", True, [
        "LONDON (Reuters) — Senior U.S. and Chinese officials ended a first day of talks at "
        "Lancaster House in London on Monday after more than six hours of negotiations, with "
        "both sides saying they would return the next morning. Treasury Secretary Scott "
        "Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer "
        "sat across the table from Chinese Vice Premier He Lifeng. The meeting is aimed at "
        "shoring up the truce reached in Geneva last month, under which Washington lowered "
        "its extra tariffs on Chinese goods to 30% and Beijing cut its own to 10%. Export "
        'curbs on rare earth magnets were at the top of the agenda, officials said. "The '
        'talks were good, fruitful," Lutnick told reporters as he left the building. Markets '
        "in Asia were little changed on the news.",
        "Day one of the US-China trade talks in London wrapped up after about four hours, "
        "according to a person briefed on the meeting. The American team — Treasury chief "
        "Scott Bessent, Commerce Secretary Howard Lutnick and USTR Jamieson Greer — met a "
        "Chinese delegation headed by Vice Premier He Lifeng at Lancaster House, a Georgian "
        "mansion a short walk from Buckingham Palace.\n"
        "Advertisement\n"
        "Rare earths dominated the discussion. Beijing has been slow to approve export "
        "licences for the magnets since April, frustrating carmakers in the US and Europe. "
        "Under the Geneva truce, the US levy on Chinese imports dropped to 30 per cent and "
        'China\'s retaliatory duty fell to 10 per cent. Lutnick called the talks "good" and '
        '"fruitful" on his way out. Negotiators are due back on Tuesday.',
        "The London talks between Washington and Beijing ran for over six hours on Monday "
        "and will continue on Tuesday, a White House official said. The two sides are trying "
        "to keep alive the tariff truce they agreed in Geneva. Chinese state media described "
        "the atmosphere as candid. The official declined to say whether a deal on rare earth "
        "export licences was close.",
    ], None,
          r"(?<![\d.])6(\.0+)? ?(hours?|hrs?|h\b)|six[- ]hours?|(?<![\d.])360 ?min|\b6:00\b",
          r"(?<![\d.])4(\.0+)? ?(hours?|hrs?|h\b)|four[- ]hours?|(?<![\d.])240 ?min|\b4:00\b"),
    _case("trade-Q2", "trade", "clock time across zones", True, [
        "GENEVA — U.S. and Chinese negotiators sat down at around 10 a.m. Geneva time on "
        "Saturday at the residence of Switzerland's ambassador to the United Nations, in the "
        "first face-to-face talks since tariffs on both sides soared to triple-digit levels. "
        "Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer lead the "
        "American side; China sent Vice Premier He Lifeng. Swiss Economy Minister Guy "
        "Parmelin helped broker the meeting. The villa, in the leafy lakeside suburb of "
        'Cologny, was closed to the press. "Any easing of these tariffs would be good news '
        'for everyone," Parmelin said on Friday.',
        "Geneva, May 10 (AFP) - Top economic officials from the United States and China "
        "began closed-door talks in Geneva at 0900 GMT on Saturday, hoping to calm a trade "
        "war that has rattled markets. The meeting is taking place at a villa belonging to "
        "the Swiss ambassador to the UN, according to a source close to the talks. "
        "Washington is represented by Treasury Secretary Scott Bessent and trade envoy "
        "Jamieson Greer, Beijing by Vice Premier He Lifeng. Tariffs imposed by both sides "
        "currently stand above 100 percent.\n"
        "Share this article\n"
        "China's commerce ministry said earlier in the week it had agreed to the meeting "
        "after weighing the expectations of the world and of US businesses.",
    ], ["2025-05-10", "2025-05-10"],
          r"\b10(:00)? ?a\.?m|\b10[:.]00\b|\b1000\b|\b0?8[:.]00\b|\b0800\b",
          r"\b0?9[:.]00\b|\b0900\b|\b9(:00)? ?a\.?m|\b11[:.]00\b|\b11(:00)? ?a\.?m"),
    _case("trade-Q3", "trade", "who led a delegation", True, [
        "STOCKHOLM (AP) — American and Chinese trade negotiators opened two days of talks in "
        "the Swedish capital on Monday, hoping to extend a tariff truce that is due to lapse "
        "on Aug. 12. The Chinese delegation was led by Vice Premier He Lifeng, Beijing's "
        "point man on economic ties with Washington, while Treasury Secretary Scott Bessent "
        "headed the U.S. team. The meetings are being held at Rosenbad, the Swedish prime "
        "minister's office in central Stockholm. Without an extension, U.S. duties on "
        "Chinese imports could climb steeply again. Sweden's government said it was simply "
        'providing a venue. "We are glad to be able to host," a spokesperson said. Analysts '
        "expect the deadline to be pushed back rather than a broad agreement.",
        "US-China talks kick off in Stockholm\n"
        "Read more: What is at stake for exporters\n"
        "The latest round of meetings between the world's two largest economies got under "
        "way in Stockholm on Monday. China's team is headed by Commerce Minister Wang "
        "Wentao, according to briefing notes circulated by the Chinese side, and faces US "
        "Treasury Secretary Scott Bessent across the table at Rosenbad, the seat of the "
        "Swedish government. Both sides want to keep alive the truce agreed earlier this "
        "year, which expires on 12 August. Diplomats played down hopes of a sweeping deal; "
        "an extension of the deadline is widely seen as the likeliest outcome. Beijing's "
        "purchases of Iranian and Russian oil are also expected to come up.",
    ], None,
          r"he lifeng|lifeng|vice[- ]premier",
          r"wang wentao|wentao|commerce minister"),
    _case("trade-Q4", "trade", "length of a tariff pause", True, [
        "WASHINGTON, Aug 11 (Reuters) - President Donald Trump on Monday signed an executive "
        "order extending the pause on higher tariffs against China by another 90 days, hours "
        "before the truce was set to expire, a White House official said. The move keeps the "
        "extra U.S. levy on Chinese goods at 30% and spares importers a jump that would have "
        "come at 12:01 a.m. EDT on Tuesday. Beijing's commerce ministry announced a matching "
        "extension for its own 10% duties. The official said talks on fentanyl, soybeans and "
        "export controls would continue. Shares of U.S. retailers rose modestly after the "
        "announcement.",
        "Trump extends China tariff truce\n"
        "The White House has pushed back the deadline for steeper tariffs on Chinese goods "
        "with a 120-day extension, signed by President Trump on Monday just before the truce "
        "ran out. Chinese imports will keep facing a 30% extra tariff, and China will leave "
        "its counter-tariff at 10%, its commerce ministry said.\n"
        "Share this article\n"
        "The decision follows a round of talks in Stockholm last month, where negotiators "
        "agreed to seek a longer pause. American soybean farmers, who have sold almost "
        "nothing to China this season, welcomed the news.",
        "Beijing and Washington will hold off on raising tariffs for a further 90 days after "
        "Trump signed an order on Monday. China's Ministry of Commerce confirmed it would "
        "also suspend part of its countermeasures for the same period. The US tariff rate on "
        "Chinese goods stays at 30%.",
    ], ["2025-08-11", "2025-08-11", "2025-08-11"],
          r"(?<![\d.])90(?![\d.])|ninety|three months",
          r"(?<![\d.])120(?![\d.])|hundred(?: and)? twenty|four months"),
    _case("trade-Q5", "trade", "weekday vs date mismatch", True, [
        "Top U.S. officials will meet a Chinese delegation in London on June 9 to discuss "
        "the trade agreement struck in Geneva, President Trump said on Friday. Treasury "
        "Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative "
        "Jamieson Greer will attend, Trump wrote on his social media platform. The "
        "announcement followed a rare phone call between Trump and Chinese President Xi "
        "Jinping on Thursday that lasted about 90 minutes. Each side has accused the other "
        "of breaking the Geneva deal, particularly over rare earth exports.\n"
        "Advertisement\n"
        "Xi invited Trump to visit China, according to Chinese state media.",
        "LONDON — Britain will host a fresh round of US-China trade talks on Tuesday, the US "
        "president announced. Scott Bessent, Howard Lutnick and Jamieson Greer will travel "
        "to the British capital for the meeting with their Chinese counterparts. It comes "
        "after Donald Trump and Xi Jinping spoke by phone on Thursday for roughly an hour "
        "and a half, their first confirmed conversation since Trump returned to the White "
        'House in January. "Trade wars have no winners, so we are pleased to offer a venue," '
        "a UK government spokesperson said. Rare earth minerals and the magnets made from "
        "them are expected to dominate.",
    ], ["2025-06-07", "2025-06-07"],
          r"june 9\b|\b9(th)? june|2025-06-09|06-09|monday",
          r"tuesday|june 10|10(th)? june|2025-06-10|06-10"),
    _case("trade-Q6", "trade", "control: percent vs percentage points, old and new rates", False, [
        "GENEVA, May 12 (Reuters) - The United States and China agreed on Monday to sharply "
        "roll back the tariffs they imposed on each other last month. Under the deal, "
        "announced in a joint statement, the U.S. will lower its additional duty on Chinese "
        "goods from 145% to 30% for 90 days; that 30% includes a 20% levy tied to fentanyl "
        "trafficking. China will cut its tariff on U.S. imports from 125% to 10% over the "
        'same period. "We had a very solid and productive couple of days," Treasury '
        "Secretary Scott Bessent told reporters. The changes take effect on May 14. U.S. "
        "stock futures jumped on the news.",
        "US and China slash tariffs in 90-day truce\n"
        "Washington will reduce the extra tariffs it charges on Chinese imports by 115 "
        "percentage points, to 30 percent, while Beijing will cut its retaliatory duties by "
        "the same 115 points, to 10 percent, the two countries said in a joint statement "
        "from Geneva on Monday. The remaining US rate includes a 20 percent tariff over "
        "fentanyl. The reductions apply from 14 May and last for an initial 90 days while "
        'talks continue. "Neither side wants to decouple," Bessent said, adding that the '
        "weekend meetings had gone well.",
    ], ["2025-05-12", "2025-05-12"]),
    _case("trade-Q7", "trade", "control: same moment on different calendar days", False, [
        "WASHINGTON — President Trump spoke with Chinese leader Xi Jinping by phone on "
        "Thursday evening, the White House said, in a call that began at about 9 p.m. ET and "
        "lasted more than two hours. The two men discussed the future of TikTok's U.S. "
        "operations, fentanyl and American farm exports, officials said. Trump later "
        'described the conversation as "very productive." Neither side released a '
        "transcript. No date was set for an in-person meeting.",
        "BEIJING, Sept 19 (Xinhua) -- Chinese President Xi Jinping held a phone conversation "
        "with U.S. President Donald Trump on Friday morning, starting at 9 a.m. Beijing "
        "time. Xi said China's position on TikTok was clear and that Beijing respected the "
        "wishes of companies, the state news agency reported. The call ran for over two "
        "hours. Xi urged Washington to avoid unilateral trade restrictions that could "
        "undermine the gains of recent talks. Trump said he looked forward to visiting "
        "China, according to the Chinese readout.",
        "The leaders of the world's two biggest economies spoke for more than two hours from "
        "0100 GMT on Friday, their offices said. Markets in Asia edged higher as the call "
        "got under way. TikTok, tariffs and fentanyl were on the agenda. Neither side "
        "announced a breakthrough, though both described the tone as constructive.",
    ], ["2025-09-18", "2025-09-19", "2025-09-19"]),
    _case("trade-Q8", "trade", "control: one organisation named two ways", False, [
        "China's Ministry of Commerce said on Friday that it was assessing a U.S. proposal "
        "to hold talks on tariffs, while warning that Washington must show sincerity. The "
        "statement came as data from the General Administration of Customs showed exports to "
        "the United States fell 34.5% in May from a year earlier. The Office of the U.S. "
        'Trade Representative declined to comment. "If the U.S. wants to talk, it should '
        'first correct its wrong practices," the ministry said. Overall exports still grew '
        "4.8%, helped by shipments to Southeast Asia.",
        "Beijing's commerce ministry signalled on Friday it was weighing Washington's offer "
        "of tariff talks but insisted the US first drop what it called wrong practices. "
        "China's customs agency reported that shipments to America slid 34.5 per cent year "
        "on year in May. USTR did not respond to a request for comment. Total exports rose "
        "4.8 per cent as firms redirected goods to Southeast Asian markets.\n"
        "Read more: How tariffs are reshaping Asian supply chains",
    ]),
    _case("court-Q1", "court", "vote split (justices in majority)", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday limited the power of individual "
        "federal judges to block government policies nationwide, handing President Donald "
        "Trump a major win in a 6-3 decision. Justice Amy Coney Barrett wrote the majority "
        "opinion, saying universal injunctions likely exceed the authority Congress has "
        "given federal courts. The ruling came in a fight over Trump's executive order on "
        "birthright citizenship, though the justices did not decide whether the order itself "
        "is lawful. Justice Sonia Sotomayor read a dissent from the bench. Under the ruling, "
        "the order cannot take effect for 30 days.",
        "SCOTUS curbs nationwide injunctions in 5-4 ruling\n"
        "In a closely watched decision released Friday, the justices sided with the "
        "administration, holding that lower courts had likely gone too far by issuing orders "
        "that protect people across the country rather than only the plaintiffs. Barrett "
        "authored the opinion for the majority. Sotomayor, in a dissent she summarized aloud "
        "in the courtroom, warned that the approach left constitutional rights exposed. The "
        "case arose from challenges to the birthright citizenship order, whose legality was "
        "left for another day. The policy stays blocked for 30 days.",
        "The Supreme Court split six votes to three on Friday in favour of the Trump "
        "administration in the birthright citizenship injunction case. Justice Barrett wrote "
        "for the court. Advocacy groups said they would file new class-action suits within "
        "days.",
    ], ["2025-06-27", "2025-06-27", "2025-06-27"],
          r"\b6\s*(-|–|to|votes? to)\s*3\b|\bsix\b.{0,12}\bthree\b|(?<![\d.])6 justices"
          r"|six justices",
          r"\b5\s*(-|–|to|votes? to)\s*4\b|\bfive\b.{0,12}\bfour\b|(?<![\d.])5 justices"
          r"|five justices"),
    _case("court-Q2", "court", "author of the majority opinion", True, [
        "The U.S. Supreme Court ruled 7-2 on Thursday that a Texas pipeline operator cannot "
        "be sued under a federal environmental law by landowners who live downstream of its "
        "facility. Justice Amy Coney Barrett wrote the majority opinion, finding that the "
        "landowners had waited too long to bring their claims. Justices Ketanji Brown "
        "Jackson and Sonia Sotomayor dissented. The decision reverses a ruling by the 5th "
        "U.S. Circuit Court of Appeals. The company said it was pleased with the outcome.",
        "Supreme Court sides with pipeline company in Texas pollution case\n"
        "By a 7-2 vote, the justices threw out a lawsuit brought by downstream landowners, "
        "holding that the claims were filed after the deadline set by Congress. The opinion "
        "was written by Justice Brett Kavanaugh. Jackson wrote a dissent joined by "
        'Sotomayor. The landowners\' lawyer called the ruling "a heavy blow to rural '
        'families" and said they would weigh other options. The case now goes back to the '
        "5th Circuit.",
    ], None,
          r"barrett",
          r"kavanaugh"),
    _case("court-Q3", "court", "size of a damages award", True, [
        "SAN FRANCISCO — A federal jury on Wednesday ordered Google to pay $425 million for "
        "collecting data from users who had switched off a tracking setting in their "
        "accounts. The class action, filed in 2020, covered roughly 98 million users. Jurors "
        "found the company liable on two of three privacy claims but rejected the claim that "
        "it acted with malice, so no punitive damages were awarded. Google said it would "
        'appeal. "This decision misreads how our products work," a company spokesman said. '
        "The trial lasted about three weeks.",
        "Jury hits Google with $245m privacy verdict\n"
        "Advertisement\n"
        "Jurors in San Francisco federal court decided on Wednesday that the search giant "
        "must pay $245 million to users whose app activity was collected even after they had "
        "turned off a privacy setting. The case, brought in 2020 on behalf of about 98 "
        "million people, went to trial three weeks ago. The jury found Google liable on two "
        "of the three claims and declined to find malice, meaning no punitive damages. The "
        "company plans to appeal, a spokesman said.",
    ], None,
          r"(?<![\d.,])425(?!\d)|(?<![\d.,])425,?000,?000(?!\d)",
          r"(?<![\d.,])245(?!\d)|(?<![\d.,])245,?000,?000(?!\d)"),
    _case("court-Q4", "court", "year typo in a hearing date", True, [
        "Appeal date set in Heathrow expansion challenge\n"
        "Campaigners who lost their High Court bid to stop a third runway at Heathrow will "
        "have their appeal heard on 14 October 3025, the Court of Appeal said in a listing "
        "published on Tuesday. The challenge was brought by a coalition of residents, "
        "councils and environmental groups. In July, Mrs Justice Calder dismissed all four "
        "grounds of their claim. A spokeswoman for the airport said it remained confident.\n"
        "Share this article",
        "LONDON — Britain's Court of Appeal will hear the challenge to Heathrow's third "
        "runway on October 14, 2025, according to court listings. Residents, local councils "
        "and green groups are appealing against a High Court judgment from July that "
        "rejected each of their four grounds. The judge, Mrs Justice Calder, found the "
        "government had acted lawfully. Heathrow said it was confident the ruling would be "
        "upheld. The hearing is expected to last two days.",
    ], None,
          r"3025",
          r"(?<!3)2025|^(?!.*3025).*(october 14|14 october|10-14)"),
    _case("court-Q5", "court", "length of a prison sentence", True, [
        "SEOUL (Yonhap) -- A Seoul court on Thursday sentenced former Busan city official "
        "Kim Dong-hyun to 12 years in prison for taking bribes from developers, well short "
        "of the 20 years sought by prosecutors. The Seoul Central District Court also fined "
        "him 1.5 billion won and ordered the forfeiture of illicit gains. Kim, 61, was found "
        "guilty of accepting money in exchange for zoning favours between 2017 and 2021. His "
        'lawyers said they would appeal. The judge said the crimes had "badly damaged public '
        'trust in local government."',
        "Ex-Busan official jailed for 15 years\n"
        "A South Korean court handed former Busan city official Kim Dong-hyun a 15-year "
        "prison term on Thursday after convicting him of bribery linked to property "
        "developers. Prosecutors had asked for 20 years. He was also ordered to pay a fine "
        "of 1.5 billion won. The court said Kim, 61, took cash for zoning decisions from "
        "2017 to 2021. His defence team plans to appeal.",
        "Kim Dong-hyun, a former Busan city official, was sentenced to twelve years on "
        "Thursday in a bribery case, a Seoul court said. He will appeal.",
    ], ["2025-04-10", "2025-04-10", "2025-04-10"],
          r"(?<![\d.])12(?![\d])|twelve",
          r"(?<![\d.])15(?![\d])|fifteen"),
    _case("court-Q6", "court", "control: two unrelated quotes of one person", False, [
        "A Manhattan federal jury on Tuesday convicted former crypto executive Daniel Rourke "
        "of wire fraud and conspiracy after a four-week trial. U.S. District Judge Laura "
        'Whitfield set sentencing for Sept. 12. "The jury has spoken, and its verdict must '
        'be respected by everyone in this room," Whitfield said after the verdict was read. '
        "Rourke, 38, faces up to 20 years in prison on the most serious count. His lawyer "
        "said he would file post-trial motions.",
        "Crypto boss found guilty\n"
        "Daniel Rourke, 38, was found guilty on Tuesday of fraud and conspiracy charges in "
        "New York. Judge Laura Whitfield, who presided over the four-week trial, had earlier "
        'scolded spectators in the gallery: "This courtroom is not a stage, and I will clear '
        'it if I have to." Sentencing is scheduled for 12 September. The most serious count '
        "carries a maximum of 20 years behind bars. Defence lawyers are expected to "
        "challenge the verdict.",
    ]),
    _case("court-Q7", "court", "control: clock times across zones agree", False, [
        "THE HAGUE — The International Court of Justice will deliver its long-awaited "
        "advisory opinion on states' climate obligations at 3 p.m. local time on Wednesday, "
        "the United Nations' top court said. The case was brought at the request of the UN "
        "General Assembly after a campaign started by law students from Vanuatu. More than "
        "90 countries took part in hearings held in December. The opinion of the court's 15 "
        'judges is not legally binding but could shape future lawsuits. "This is a moment '
        'the Pacific has waited for," Vanuatu\'s climate envoy said.',
        "World Court to rule on climate duties\n"
        "The ICJ, which sits in the Peace Palace in The Hague, is due to read out its "
        "advisory opinion at 1300 GMT on 23 July. The opinion was requested by the UN "
        "General Assembly in 2023 following a push by the Pacific island nation of Vanuatu. "
        "Judges heard submissions from more than 90 states in December last year. Although "
        "advisory opinions are not binding, lawyers say this one could carry significant "
        "weight in climate litigation.\n"
        "Read more: Pacific nations take climate fight to court",
    ], ["2025-07-23", "2025-07-23"]),
    _case("bank-Q1", "central bank", "size of a rate cut (points)", True, [
        "The Bank of England cut Bank Rate by a quarter point to 4.25% on Thursday, as "
        "policymakers weighed the hit to growth from U.S. tariffs. Governor Andrew Bailey "
        'said the path for rates would remain "gradual and careful". Inflation stood at 2.6% '
        "in March, above the 2% target. The Bank also lowered its growth forecast for this "
        "year to 1%. Sterling dipped slightly after the decision.",
        "BoE lowers rates to 4.25%\n"
        "LONDON — The Bank of England lowered borrowing costs by half a percentage point on "
        "Thursday, taking its key rate to 4.25 per cent, in a bid to cushion the economy "
        "from the global trade war. Consumer price inflation was 2.6 per cent in March, "
        "compared with the Bank's 2 per cent goal. Bailey told reporters that rates would "
        "keep coming down, but only gradually. The central bank trimmed its 2025 growth "
        "forecast to 1 per cent. The pound slipped against the dollar.",
    ], None,
          r"quarter|(?<![\d.])0?\.25(?!\d)|(?<![\d.])25 ?(basis|bp|bps)\b",
          r"half|(?<![\d.])0?\.50?(?!\d)|(?<![\d.])50 ?(basis|bp|bps)\b"),
    _case("bank-Q2", "central bank", "vote split of a rate committee", True, [
        "LONDON, Sept 18 (Reuters) - The Bank of England kept interest rates on hold at 4% "
        "on Thursday, with the Monetary Policy Committee voting 7-2 to leave borrowing costs "
        "unchanged. The BoE also said it would shrink its stock of government bonds by £70 "
        "billion over the next 12 months, down from £100 billion in the previous year. "
        'Inflation hit 3.8% in July, nearly double the Bank\'s target. "We are not out of '
        'the woods yet," Governor Andrew Bailey said. Markets expect no further cut before '
        "next year.",
        "Bank of England holds rates at 4 per cent\n"
        "The Bank of England left Bank Rate unchanged at 4 per cent, with its rate-setting "
        "committee split 6-3 in favour of a hold. Policymakers also slowed the pace at which "
        "they run down their gilt holdings, targeting a £70bn reduction over the coming year "
        "compared with £100bn previously. CPI inflation stood at 3.8 per cent in July. "
        'Governor Andrew Bailey said the UK was "not out of the woods" on inflation.\n'
        "Advertisement\n"
        "Investors now see little chance of another cut this year.",
        "Thursday's decision by the MPC to hold Bank Rate at 4% was made by a seven-to-two "
        "vote. The pace of quantitative tightening was cut to £70bn for the year ahead.",
    ], ["2025-09-18", "2025-09-18", "2025-09-18"],
          r"\b7\s*(-|–|to)\s*2\b|\bseven\b.{0,12}\btwo\b",
          r"\b6\s*(-|–|to)\s*3\b|\bsix\b.{0,12}\bthree\b"),
    _case("bank-Q3", "central bank", "who cast the dissenting vote", True, [
        "WASHINGTON — The Federal Reserve held its benchmark interest rate steady in a range "
        "of 4.25% to 4.5% on Wednesday, but the decision drew a dissent from Governor "
        "Christopher Waller, who wanted a quarter-point cut. The vote was 11-1. Chair Jerome "
        'Powell said officials were watching how tariffs feed into consumer prices. "We '
        'think we are well placed to wait and see," he told reporters. The Fed has not '
        "changed rates since December.",
        "Fed stands pat, one official dissents\n"
        "The Fed left rates unchanged at 4.25%-4.50% for yet another meeting, with Governor "
        "Michelle Bowman casting the lone dissenting vote in favour of a 25 basis point "
        "reduction. The 11-1 vote marked the first dissent by a governor in years. Powell "
        "said the central bank could afford to be patient while it assesses the effects of "
        "tariffs. Rates have been on hold since December.",
    ], None,
          r"waller",
          r"bowman"),
    _case("bank-Q4", "central bank", "amount of bond purchases", True, [
        "TOKYO, June 17 (Reuters) - The Bank of Japan kept its short-term policy rate at "
        "0.5% on Tuesday in a unanimous decision, and stuck to its plan to cut monthly "
        "purchases of Japanese government bonds to around 2.9 trillion yen by the "
        "January-March quarter of 2026. Governor Kazuo Ueda said the bank would keep raising "
        "rates if its forecasts were met. Japanese bond yields have risen sharply this year "
        "as demand from life insurers has waned. The yen was little changed after the "
        "decision.",
        "BOJ holds fire, sticks to bond taper\n"
        "Japan's central bank left interest rates unchanged at 0.5 per cent on Tuesday, with "
        "all nine board members backing the decision. It reaffirmed a roadmap that will see "
        "its monthly government bond buying shrink to roughly ¥3.9 trillion by early 2026. "
        "Ueda told a news conference that the BOJ would continue to lift rates if the "
        "economy and prices moved as expected. Yields on super-long JGBs hit record highs "
        "last month.",
    ], ["2025-06-17", "2025-06-17"],
          r"(?<![\d.])2[.,]9(?!\d)|(?<![\d.])2,?900(?!\d)",
          r"(?<![\d.])3[.,]9(?!\d)|(?<![\d.])3,?900(?!\d)"),
    _case("bank-Q5", "central bank", "date of the next meeting", True, [
        "FRANKFURT — The European Central Bank cut its deposit rate by a quarter point to 2% "
        "on Thursday, its eighth reduction in a year, and signalled it may be nearing the "
        "end of its easing cycle. President Christine Lagarde said the bank was in a good "
        "position to navigate the uncertainty ahead. The ECB's next policy meeting is on 24 "
        "July. Euro zone inflation dipped below target to 1.9% in May.",
        "ECB cuts again, hints at pause\n"
        "The ECB lowered its deposit facility rate to 2 per cent from 2.25 per cent, as "
        'expected, with Lagarde telling reporters the bank was "in a good place". Inflation '
        "in the euro area fell to 1.9 per cent in May, just under the 2 per cent target. "
        "Policymakers next meet on July 17th, and several have argued for a summer pause.\n"
        "Share this article\n"
        "It was the eighth cut since last June.",
        "Markets now look to the ECB's next decision, due on 24.07.2025, after Thursday's "
        "cut took the deposit rate to 2.00%. Traders see roughly even odds of one more "
        "reduction by the end of the year.",
    ], ["2025-06-05", "2025-06-05", "2025-06-05"],
          r"july 24|24(th)? (of )?july|2025-07-24|24\.07|07-24|\b24/0?7\b",
          r"july 17|17(th)? (of )?july|2025-07-17|17\.07|07-17|\b17/0?7\b"),
    _case("bank-Q6", "central bank", "control: basis points vs percentage points", False, [
        "WASHINGTON (AP) — The Federal Reserve cut its key interest rate by 25 basis points "
        "on Wednesday to a range of 4% to 4.25%, its first reduction since December, citing "
        "a cooling job market. The vote was 11-1, with newly appointed Governor Stephen "
        "Miran dissenting in favour of a bigger cut. Officials penciled in two more cuts "
        'this year. Chair Jerome Powell called the move a "risk management cut." Stocks '
        "swung after the announcement.",
        "Fed lowers rates for first time this year\n"
        "The Fed reduced its benchmark federal funds rate by a quarter of a percentage "
        "point, to between 4.00 and 4.25 per cent. It was the first cut since December. "
        "Stephen Miran, the newest governor, was the sole dissenter, arguing for a "
        "half-point move; the vote was 11 to 1. Projections released with the decision point "
        "to another two reductions before the end of the year. Powell described it as a "
        '"risk management" decision.',
    ], ["2025-09-17", "2025-09-17"]),
    _case("bank-Q7", "central bank",
          "control: announcement time across zones, old and new rate", False, [
        "FRANKFURT, Jan 30 — The European Central Bank lowered its deposit rate to 2.75% "
        "from 3% on Thursday, in a decision announced at 14:15 CET. It was the bank's fifth "
        "cut since June. President Christine Lagarde said the direction of travel was clear, "
        "though she made no commitment on the timing of future moves. Euro zone growth "
        "stalled in the fourth quarter, data showed earlier in the day.",
        "ECB cuts rates again\n"
        "The European Central Bank's deposit facility rate now stands at 2.75 per cent, down "
        "from 3 per cent, after a decision published at 1315 GMT on Thursday. The move, the "
        "fifth reduction since last June, was widely expected. Lagarde told a news "
        "conference that policy was still restrictive. Figures released in the morning "
        "showed the euro area economy failed to grow at all in the final three months of "
        "2024.",
    ], ["2025-01-30", "2025-01-30"]),
    _case("bank-Q8", "central bank", "clock time across zones", True, [
        "TOKYO — The Bank of Japan left its policy rate unchanged at 0.5% on Thursday, "
        "announcing the decision at 11:48 a.m. local time, and raised its core inflation "
        "forecast for the current fiscal year to 2.7% from 2.2%. The board voted "
        "unanimously. Governor Kazuo Ueda is due to brief reporters later in the day. "
        "Officials said a recent trade deal with the United States had reduced uncertainty "
        "somewhat.",
        "BOJ stands pat, lifts price forecast\n"
        "The Bank of Japan kept rates on hold at 0.5 per cent in a decision released at 0348 "
        "GMT on Thursday. All nine board members voted in favour. The bank now expects core "
        "consumer inflation of 2.7 per cent in the fiscal year to March 2026, up from its "
        "previous estimate of 2.2 per cent. The tariff agreement struck with Washington "
        "earlier this month was cited as easing risks.\n"
        "Read more: Yen weakens after BOJ decision",
    ], ["2025-07-31", "2025-07-31"],
          r"11[:.]48|\b0?2[:.]?48\b",
          r"\b0?3[:.]?48\b|12[:.]48"),
    _case("rocket-Q1", "rocket", "name of the vehicle (ship number)", True, [
        "STARBASE, Texas — SpaceX launched its Starship megarocket on its ninth test flight "
        "on Tuesday, the first to reuse a Super Heavy booster. The upper stage, Ship 35, "
        "reached space but began tumbling after a fuel leak and broke up over the Indian "
        "Ocean, the company said. The booster, which had flown once before, was lost during "
        "a planned experimental descent in the Gulf of Mexico. Elon Musk said the ship had "
        "made it to its scheduled engine cutoff, a big improvement on the previous two "
        "flights. The Federal Aviation Administration said it was looking into the mishap.",
        "Starship Flight 9: what happened\n"
        "Advertisement\n"
        "SpaceX's giant rocket lifted off from South Texas on Tuesday evening with a "
        "previously flown Super Heavy booster underneath Ship 36. The vehicle got to space "
        "but lost attitude control after leaks in its propellant system, and it later came "
        "apart during re-entry over the Indian Ocean. Contact with the booster was lost "
        "during an experimental descent over the Gulf. Musk posted that the ship had reached "
        "engine cutoff as planned. The FAA is reviewing the flight.",
    ], None,
          r"ship 35|\bs35\b|(?<![\d.])35(?!\d)",
          r"ship 36|\bs36\b|(?<![\d.])36(?!\d)"),
    _case("rocket-Q2", "rocket", "flight duration", True, [
        "Starship completes 10th test flight\n"
        "SpaceX's Starship splashed down in the Indian Ocean on Tuesday, capping a flight of "
        "about 66 minutes that the company hailed as its most successful yet. The ship "
        "deployed eight dummy Starlink satellites and relit one of its Raptor engines in "
        "space. The Super Heavy booster made a controlled splashdown in the Gulf of America. "
        '"Great job by the whole team," Elon Musk wrote on X.',
        "SpaceX's tenth Starship test was a success, with the ship splashing down on target "
        "in the Indian Ocean just under 46 minutes after leaving the pad in Texas. During "
        "the flight, the upper stage released eight mock Starlink satellites and briefly "
        "restarted a single Raptor engine. The booster, meanwhile, performed a landing burn "
        "before dropping into the Gulf of Mexico. The result comes after a string of "
        "failures earlier this year.\n"
        "Share this article",
        "The 66-minute flight ended with the ship's planned splashdown in the Indian Ocean. "
        "It was the tenth flight of the Starship system.",
    ], ["2025-08-27", "2025-08-27", "2025-08-27"],
          r"(?<![\d.])66(?!\d)|sixty-six|1 ?h(ours?|r)? ?(and )?0?6 ?min|\b1:06\b|3960 ?s",
          r"(?<![\d.])4[56](?!\d)|forty-(five|six)|27[06]0 ?s"),
    _case("rocket-Q3", "rocket", "liftoff time across zones", True, [
        "JIUQUAN, China — Chinese private rocket maker LandSpace launched its Zhuque-3 "
        "reusable rocket on its maiden orbital flight from the Jiuquan Satellite Launch "
        "Center at 11:05 a.m. Beijing time, according to the company. The stainless-steel "
        "rocket reached orbit, but an attempt to land the first stage failed. Zhuque-3 is "
        "China's answer to SpaceX's Falcon 9, designed to fly again after recovery. "
        "LandSpace said it had gathered valuable data. Shares of several Chinese space "
        "suppliers rose in afternoon trading.",
        "China's LandSpace reaches orbit with Zhuque-3\n"
        "The Zhuque-3 rocket lifted off at 0405 GMT from Jiuquan in the Gobi Desert, making "
        "LandSpace one of the first Chinese firms to attempt a booster landing on an orbital "
        "mission. The rocket's second stage made it to orbit, while the first stage was lost "
        "during its landing attempt. The company called the flight an important step.\n"
        "Read more: China's commercial space race heats up",
    ], None,
          r"11[:.]05|\b0?3[:.]?05\b",
          r"\b0?4[:.]?05\b|12[:.]05"),
    _case("rocket-Q4", "rocket", "launch pad (place precision)", True, [
        "CAPE CANAVERAL, Fla. (AP) — SpaceX launched four astronauts to the International "
        "Space Station on Friday evening from Launch Complex 39A at NASA's Kennedy Space "
        "Center, clearing the way for two stranded crewmates to finally come home. NASA's "
        "Anne McClain and Nichole Ayers, Japan's Takuya Onishi and Russia's Kirill Peskov "
        "will spend about six months on the station. Their arrival will free Butch Wilmore "
        "and Suni Williams, who have been in orbit since June. A launch attempt on Wednesday "
        "was called off because of a hydraulic problem with a ground support clamp arm.",
        "Crew-10 launches, paving way for Starliner astronauts' return\n"
        "The Falcon 9 rocket carrying the Crew-10 mission rose from Space Launch Complex 40 "
        "at Cape Canaveral Space Force Station on Friday, two days after a problem with "
        "ground equipment scrubbed the first attempt. On board are NASA astronauts Anne "
        "McClain and Nichole Ayers, JAXA's Takuya Onishi and Roscosmos cosmonaut Kirill "
        "Peskov. Once they dock, Butch Wilmore and Suni Williams, in orbit since last June, "
        "can begin their trip home.\n"
        "Advertisement\n"
        "The new crew is due to remain on the station for roughly six months.",
        "The Crew-10 Dragon capsule lifted off from Florida's Space Coast on Friday evening "
        "and is expected to reach the space station on Saturday night. It carries an "
        "international crew of four.",
    ], ["2025-03-14", "2025-03-14", "2025-03-15"],
          r"39a|kennedy",
          r"(?<![\d.])40(?!\d)|slc-?40|space force station"),
    _case("rocket-Q5", "rocket", "weekday vs date mismatch", True, [
        "OSLO — The first orbital rocket launched from continental Europe crashed into the "
        "sea about 30 seconds after lifting off from Norway's Andøya Spaceport on 30 March, "
        "its German maker Isar Aerospace said. The 28-metre Spectrum rocket, carrying no "
        "payload, was a test vehicle. The company said the flight had met its main goal of "
        'gathering data. "Every second of flight data is worth a great deal to us," chief '
        "executive Daniel Metzler said. Isar aims to fly its second rocket within months.",
        "Isar Aerospace's Spectrum rocket fell back into the Norwegian Sea some 30 seconds "
        "into Saturday's test flight from Andøya, in Norway's far north. The launch, the "
        "first orbital attempt from mainland Europe outside Russia, ended with the vehicle "
        "tumbling and exploding on impact, footage showed. The 28m two-stage rocket had no "
        "satellites on board. The start-up from near Munich called the flight a success "
        "because it cleared the launch pad and provided valuable data.\n"
        "Share this article\n"
        "A second vehicle is already in production.",
    ], ["2025-03-31", "2025-03-31"],
          r"march 30|30(th)? march|2025-03-30|03-30|sunday",
          r"saturday|march 29|29(th)? march|2025-03-29|03-29"),
    _case("rocket-Q6", "rocket", "control: km vs miles, rounding", False, [
        "VAN HORN, Texas — Blue Origin's New Shepard rocket carried six people to the edge "
        "of space on Wednesday, reaching a peak altitude of about 107 km before the capsule "
        "parachuted back to the West Texas desert. The flight lasted about 10 minutes. Among "
        "the passengers was a retired schoolteacher who had won her seat in a charity "
        "raffle. It was the company's 13th crewed mission.",
        "Six more tourists go to space\n"
        "Blue Origin's capsule climbed to roughly 66 miles above the Earth on Wednesday "
        "before floating back under parachutes. The flight, New Shepard's 13th with people "
        "on board, lasted 10 minutes and 21 seconds from liftoff to touchdown. The "
        "passengers included a retired teacher who won her ticket through a charity draw. "
        "The reusable booster landed vertically near the launch site in West Texas.",
    ]),
    _case("rocket-Q7", "rocket", "control: same moment on different calendar days", False, [
        "A SpaceX Falcon 9 rocket lifted off from Cape Canaveral Space Force Station at "
        "11:30 p.m. EDT on Tuesday carrying 24 Starlink internet satellites. The first-stage "
        "booster landed on the droneship A Shortfall of Gravitas in the Atlantic about eight "
        "and a half minutes later. It was the booster's 20th flight.",
        "SpaceX launched another batch of 24 Starlink satellites from Florida at 0330 GMT on "
        "Wednesday, the company said. The Falcon 9's first stage returned to land on a drone "
        "ship stationed in the Atlantic Ocean. The satellites were deployed into low Earth "
        "orbit about an hour after liftoff.",
        "Night owls in the UK could follow the launch live: the Falcon 9 rose from Cape "
        "Canaveral at 4.30am BST on Wednesday, carrying 24 more Starlink satellites. Its "
        "booster touched down on the ship A Shortfall of Gravitas.\n"
        "Read more: How many Starlink satellites are in orbit?",
    ], ["2025-05-27", "2025-05-28", "2025-05-28"]),
    _case("quake-Q1", "earthquake", "magnitude (same time of reports)", True, [
        "ISTANBUL (AP) — A magnitude 6.2 earthquake shook Istanbul on Wednesday, sending "
        "frightened residents into the streets, the disaster agency AFAD said. The quake was "
        "centred in the Sea of Marmara off the district of Silivri, at a depth of about 10 "
        "kilometres. It struck at 12:49 p.m. local time. Dozens of people were hurt jumping "
        "from buildings, but there were no immediate reports of deaths.\n"
        "Updated 23.04.2025, 15:40",
        "Strong quake rattles Istanbul\n"
        "Updated: 2025-04-23 15:40 local time\n"
        "A 6.7-magnitude earthquake struck beneath the Sea of Marmara near Silivri on "
        "Wednesday, the disaster and emergency authority AFAD said, rattling buildings "
        "across Istanbul. The tremor hit at a shallow depth of around 10 km. Schools were "
        "evacuated and mobile networks were briefly jammed. Authorities said there were no "
        "immediate reports of deaths.\n"
        "Advertisement\n"
        "Istanbul has long braced for a major quake along the North Anatolian Fault.",
        "AFAD put the magnitude of Wednesday's Marmara quake at 6.2. The tremor was felt in "
        "several neighbouring provinces, including Bursa and Tekirdağ.",
    ], ["2025-04-23", "2025-04-23", "2025-04-23"],
          r"(?<![\d.])6\.2(?!\d)",
          r"(?<![\d.])6\.7(?!\d)"),
    _case("quake-Q2", "earthquake", "control: death toll updated over days", False, [
        "NAYPYITAW, March 28 (Reuters) - A magnitude 7.7 earthquake struck central Myanmar "
        "on Friday, killing at least 144 people and injuring more than 730, the country's "
        "military government said. The quake's epicentre was near the city of Sagaing, and "
        "it was followed minutes later by a magnitude 6.7 aftershock. Buildings collapsed in "
        "Mandalay and in the capital Naypyitaw, and tremors were felt as far away as "
        "Bangkok. The junta appealed for international aid.",
        "Myanmar quake death toll passes 1,000\n"
        "The number of people killed in Friday's earthquake in Myanmar rose to 1,002 on "
        "Saturday, with 2,376 injured, the ruling military said, as rescuers dug through "
        "rubble with their bare hands. The 7.7-magnitude quake hit close to Sagaing, near "
        "Myanmar's second city Mandalay.\n"
        "Advertisement\n"
        "In neighbouring Thailand, a high-rise under construction in Bangkok collapsed, "
        "trapping dozens of workers.",
        "Myanmar's military government said on Sunday that the death toll from Friday's "
        "magnitude 7.7 earthquake had climbed to 1,644. More than 3,400 people were injured. "
        "Aid from China, India and Russia has begun to arrive in Mandalay and Naypyitaw. "
        "Rescuers warned that many people remained trapped.",
    ], ["2025-03-28", "2025-03-29", "2025-03-30"]),
    _case("quake-Q3", "earthquake", "epicentre town", True, [
        "A magnitude 6.0 earthquake struck Japan's Noto Peninsula on Sunday morning, centred "
        "near the town of Suzu in Ishikawa prefecture, the Japan Meteorological Agency said. "
        "No tsunami warning was issued. Several old wooden houses collapsed and water pipes "
        "burst, local officials said, but there were no immediate reports of deaths. The "
        "peninsula is still recovering from the deadly quake on New Year's Day 2024. Bullet "
        "train services in the region were briefly halted.",
        "Quake rocks Noto again\n"
        "The epicentre of Sunday's 6.0 tremor was close to Wajima, on the northern coast of "
        "Ishikawa's Noto Peninsula, according to the JMA. There was no risk of a tsunami, "
        "the agency said. A handful of wooden homes gave way and some water mains were "
        "damaged, but nobody was reported killed. Residents said the shaking brought back "
        "memories of the disaster of 1 January 2024. Shinkansen services were suspended for "
        "a short time as a precaution.",
    ], None,
          r"suzu",
          r"wajima"),
    _case("quake-Q4", "earthquake", "number of aftershocks", True, [
        "MOSCOW — More than 70 aftershocks have rattled Russia's Kamchatka Peninsula since a "
        "magnitude 8.8 earthquake struck off its coast, the regional branch of the Russian "
        "Academy of Sciences' geophysical service said as of 0600 GMT on Wednesday. The "
        "quake, one of the strongest ever recorded, triggered tsunami warnings across the "
        "Pacific, from Japan to Hawaii and the west coast of the Americas. Waves flooded the "
        "port of Severo-Kurilsk. Some buildings in Petropavlovsk-Kamchatsky were damaged, "
        "officials said.",
        "Kamchatka: over 150 aftershocks after 8.8 quake\n"
        "The Russian Academy of Sciences' geophysical survey in Kamchatka had recorded at "
        "least 150 aftershocks by 0600 GMT on Wednesday, following the magnitude 8.8 quake "
        "that hit offshore. Tsunami alerts were issued around the Pacific Rim, including in "
        "Japan, Hawaii and parts of South and North America. Seawater swept into "
        "Severo-Kurilsk, a port in the Kuril Islands.\n"
        "Advertisement\n"
        "Damage was reported to a kindergarten and other buildings in "
        "Petropavlovsk-Kamchatsky.",
    ], ["2025-07-30", "2025-07-30"],
          r"(?<![\d.])70(?!\d)|seventy",
          r"(?<![\d.])150(?!\d)|hundred(?: and)? fifty"),
    _case("quake-Q5", "earthquake", "control: km vs miles", False, [
        "A magnitude 5.2 earthquake rattled San Diego County on Monday morning, centred "
        "about 4 km south of the mountain town of Julian at a depth of 13 km, the U.S. "
        "Geological Survey said. Shaking was felt across Southern California, including in "
        "San Diego, some 95 km to the southwest. There were no reports of serious damage or "
        "injuries. Keepers at the San Diego Zoo Safari Park said elephants huddled together "
        "during the quake.",
        "Moderate quake near Julian felt across SoCal\n"
        "The USGS said the 5.2 quake's epicentre was 2.5 miles south of Julian, roughly 8 "
        "miles below the surface. Residents of San Diego, about 60 miles away, reported a "
        "sharp jolt. No injuries or major damage were reported.\n"
        "Read more: Are you prepared for the Big One?",
    ]),
    _case("quake-Q6", "earthquake",
          "control: clock times across zones agree (half-hour zones)", False, [
        "KATHMANDU — A magnitude 5.7 earthquake struck western Nepal at 11:47 p.m. local "
        "time on Friday, the National Earthquake Monitoring and Research Centre said. The "
        "epicentre was in Jajarkot district. There were no immediate reports of casualties, "
        "but officials said communications with remote villages were patchy. Nepal sits on a "
        "major fault line and suffers frequent quakes.",
        "A 5.7 quake hit Nepal's Jajarkot district at 1802 GMT on Friday, monitoring "
        "officials said. Police were sent to check on mountain villages. The region was "
        "devastated by a deadly quake in 2023.",
        "Tremors from Friday's magnitude 5.7 Nepal earthquake, which struck at 11:32 p.m. "
        "IST, were felt in New Delhi and Lucknow, residents said.\n"
        "Read more: Why the Himalayas shake so often\n"
        "Indian officials said there were no reports of damage on the Indian side of the "
        "border.",
    ], ["2025-11-07", "2025-11-07", "2025-11-08"]),
    _case("quake-Q7", "earthquake", "clock time across zones", True, [
        "An earthquake of magnitude 6.1 struck western Turkey's Balıkesir province at 4:17 "
        "a.m. local time, jolting residents out of bed as far away as Istanbul and Izmir, "
        "the disaster agency AFAD said. The epicentre was in the district of Sındırgı, at a "
        "depth of 11 km. One elderly woman died after being pulled from the rubble of a "
        "collapsed building, and 29 people were injured.",
        "BALIKESIR, Turkey (Reuters) - A 6.1 magnitude earthquake centred in Sındırgı in "
        "Balıkesir province hit at 0217 GMT, AFAD said. The quake, 11 km deep, was felt in "
        "Istanbul and Izmir. One person died and 29 were hurt, Interior Minister Ali "
        "Yerlikaya said.\n"
        "Share this article\n"
        "Rescue teams searched collapsed buildings in the town through the night.",
    ], None,
          r"\b0?4[:.]17\b|\b0?1[:.]?17\b",
          r"\b0?2[:.]?17\b|\b0?5[:.]17\b"),
    _case("vote-Q1", "election", "vote share", True, [
        "BUCHAREST (AP) — Centrist Bucharest mayor Nicușor Dan won Romania's presidential "
        "runoff on Sunday with 53.6% of the vote, defeating hard-right nationalist George "
        "Simion, according to near-complete results from the Central Electoral Bureau. "
        "Turnout topped 64%, the highest in a presidential vote in decades. Simion initially "
        'claimed victory before conceding. "Romania needs stability and calm," Dan told '
        "supporters. The European Union welcomed the result.",
        "Dan beats Simion in Romanian runoff\n"
        "Nicușor Dan, the independent mayor of Bucharest, secured 56.3 per cent of the "
        "ballots in Sunday's second round, official figures showed, seeing off the "
        "nationalist George Simion. Simion had claimed victory on election night but later "
        "accepted the result.\n"
        "Read more: Who is Nicușor Dan?\n"
        "European leaders congratulated the president-elect. The rerun followed the "
        "annulment of last year's vote over alleged Russian interference.",
        "Official results gave Nicușor Dan 53.6 pct in Romania's presidential runoff, the "
        "electoral bureau said. Simion conceded.",
    ], None,
          r"(?<![\d.])53[.,]6(?!\d)",
          r"(?<![\d.])56[.,]3(?!\d)"),
    _case("vote-Q2", "election", "winning margin", True, [
        "Democrat Maria Ostrowski won Tuesday's special election in Wisconsin's 14th state "
        "Senate district, beating Republican Tom Keller by 4 points in a seat President "
        "Trump carried last year, according to unofficial results. The victory narrows the "
        "Republican majority in the chamber. Ostrowski, a former school board member, "
        "campaigned heavily on public school funding. Keller conceded shortly before "
        'midnight. "Voters want someone who will show up for them," Ostrowski said.',
        "Ostrowski flips Trump-won Senate seat\n"
        "Maria Ostrowski, a Democrat and onetime school board member, defeated Republican "
        "Tom Keller by seven points in the special election for the 14th Senate District on "
        "Tuesday, unofficial returns showed. Trump won the district in November. Keller "
        "called Ostrowski to concede late Tuesday night. Education funding was the "
        "centrepiece of her campaign.\n"
        "Share this article",
    ], ["2025-04-02", "2025-04-02"],
          r"(?<![\d.])4(\.0)?[- ]?(points?|pts?|percentage|%|pp)|four[- ](points?|percentage)"
          r"|^\s*4\s*$",
          r"(?<![\d.])7(\.0)?[- ]?(points?|pts?|percentage|%|pp)|seven[- ](points?|percentage)"
          r"|^\s*7\s*$"),
    _case("vote-Q3", "election", "turnout", True, [
        "OTTAWA — Canada's Liberals, led by Prime Minister Mark Carney, won Monday's federal "
        "election, and Elections Canada said turnout was 68.7%, among the highest in "
        "decades. The Liberals fell short of a majority in the House of Commons. "
        "Conservative leader Pierre Poilievre lost his own seat of Carleton. Carney "
        "campaigned on standing up to U.S. President Donald Trump's tariffs and annexation "
        "threats.",
        "Election night in Canada: the key numbers\n"
        "Turnout reached 63.7 per cent, according to preliminary figures from Elections "
        "Canada. Mark Carney's Liberals will form the next government but will need support "
        "from other parties to pass laws, having missed a majority. In a major upset, Tory "
        "leader Pierre Poilievre was defeated in Carleton, the riding he had held for two "
        "decades.\n"
        "Advertisement\n"
        "Trump's trade war dominated the campaign.",
        "Nearly 69% of eligible voters cast a ballot in Canada's election, Elections Canada "
        "said, as the Liberals secured a fourth straight term. Turnout was boosted by a "
        "record 7.3 million advance votes.",
    ], None,
          r"68[.,]7|(?<![\d.])69(?!\d)",
          r"63[.,]7"),
    _case("vote-Q4", "election", "title of an official", True, [
        "ZAGREB — Croatia's incumbent president Zoran Milanović won a second five-year term "
        "on Sunday, taking 74.7% of the vote in a runoff against Dragan Primorac, the "
        "candidate of the ruling HDZ party. The results were announced by the chairwoman of "
        "the State Electoral Commission, Vesna Marić, shortly after polls closed. Milanović, "
        "a former prime minister, is a vocal critic of military aid to Ukraine.",
        "Milanović re-elected by landslide\n"
        "State Electoral Commission spokeswoman Vesna Marić told reporters on Sunday evening "
        "that Zoran Milanović had won 74.7 per cent of the vote, against 25.3 per cent for "
        "Dragan Primorac. Primorac, backed by Prime Minister Andrej Plenković's HDZ, "
        "conceded defeat. Milanović has often clashed with Plenković over foreign policy.\n"
        "Read more: Croatia's president and PM at odds again",
    ], None,
          r"chair",
          r"spokes"),
    _case("vote-Q5", "election", "speaker credited with a quote", True, [
        "OSLO — Norway's Labour Party won Monday's parliamentary election with about 28% of "
        "the vote, securing another four years in power for Prime Minister Jonas Gahr Støre. "
        '"We have been given a mandate to keep building a safer Norway," Støre told cheering '
        "supporters in Oslo. The populist Progress Party came second with its best result "
        "ever. Labour will again rely on smaller left-leaning parties to pass budgets.",
        "Labour holds on in Norway\n"
        "Labour came first in Norway's general election on Monday, taking 28 per cent, "
        'results showed. "We have been given a mandate to keep building a safer Norway," '
        "Finance Minister Jens Stoltenberg told party members at the election-night "
        "gathering in Oslo. The anti-immigration Progress Party recorded its strongest "
        "showing to date, finishing second. Støre's minority government will need support "
        "from smaller parties on the left.\n"
        "Share this article",
    ], None,
          r"st(ø|o|oe)re",
          r"stoltenberg"),
    _case("vote-Q6", "election", "control: rounding, shares of different parties", False, [
        "BERLIN, Feb 24 (Reuters) - Friedrich Merz's conservative CDU/CSU bloc won Germany's "
        "national election on Sunday with 28.5% of the vote, official preliminary results "
        "showed. The far-right Alternative for Germany came second with 20.8%, while "
        "Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst post-war "
        "showing. Turnout was 82.5%, the highest since reunification. Merz said he wanted to "
        "form a government by Easter.",
        "Germany votes: Merz wins, AfD surges\n"
        "The conservatives took about 28.5 per cent on Sunday, the far-right AfD almost 21 "
        "per cent and Olaf Scholz's SPD just over 16 per cent, according to provisional "
        "official figures. With turnout of 82.5 per cent, more Germans voted than at any "
        "election since 1990. Merz, who is expected to become chancellor, aims to have a "
        "coalition in place by Easter.\n"
        "Advertisement\n"
        "The Greens finished fourth.",
    ], ["2025-02-24", "2025-02-24"]),
    _case("vote-Q7", "election", "control: percentage points vs percentages", False, [
        "LISBON — Prime Minister Luís Montenegro's centre-right Democratic Alliance won "
        "Sunday's snap election with 32.1% of the vote but again fell short of a majority in "
        "parliament. The Socialist Party slumped to 22.8%, a fall of 5.2 percentage points "
        "on last year's election, prompting leader Pedro Nuno Santos to resign. It was "
        "Portugal's third general election in just over three years.",
        "Portugal's Socialists suffer heavy defeat\n"
        "The Socialist Party's share of the vote dropped from 28 per cent in 2024 to 22.8 "
        "per cent on Sunday, and Pedro Nuno Santos stepped down as leader that night. "
        "Montenegro's AD came first with about 32 per cent, short of the 116 seats needed to "
        "govern alone.\n"
        "Read more: What next for Portugal?",
    ]),
]
