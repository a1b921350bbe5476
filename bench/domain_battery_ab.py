"""Blind battery of disagreements between outlets, part AB (issue 11).

Part AB, written by engineer AB1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AB``. Its emphasis is time: clock times in different zones,
weekdays against dates, mistyped dates, deadlines and next-meeting dates, durations told as
clock spans, and updated figures against conflicting ones, with a quarter of non-time classes.
Every text was written for this battery; facts are real or plausible-invented.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AB", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case(
        "trade-AB1", "trade", "clock time across zones", True,
        [
            "LONDON (Reuters) - Senior U.S. and Chinese officials opened a fresh round of trade "
            "talks in London on Monday, seeking to shore up a fragile truce over tariffs and "
            "export curbs on rare earth minerals. The delegations sat down at Lancaster House at "
            "10 a.m. local time, according to a British government official who asked not to be "
            "named. Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and U.S. "
            "Trade Representative Jamieson Greer represent Washington, while Vice Premier He "
            "Lifeng leads the Chinese side. Britain is hosting the meeting but is not taking part "
            "in it. \"We are here to listen and to make sure the Geneva understanding holds,\" a "
            "U.S. official told reporters outside. Markets in Asia rose modestly on hopes of "
            "progress, with the Hang Seng up 0.8% by the close.",
            "Trade talks between the United States and China got under way in London on Monday, "
            "the second face-to-face meeting since the two sides agreed in Geneva last month to "
            "pull back from triple-digit tariffs. The session began at 3 a.m. Eastern time, well "
            "before most of Washington was awake, in an ornate Georgian mansion near St James's "
            "Park.\nAdvertisement\nThe American team includes Treasury Secretary Scott Bessent, "
            "Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer; "
            "Beijing sent Vice Premier He Lifeng. Sticking points include Chinese export licences "
            "for rare earth magnets and US controls on chip design software. President Trump said "
            "after his call with Xi Jinping last week that things were going well with China.",
        ],
        ["2025-06-09", "2025-06-09"],
        r"\b10(:00)? ?a\.?m|\b10[:.]00|\b0?9[:.]00|\b0?5(:00)? ?a\.?m|\b05[:.]00",
        r"\b0?3(:00)? ?a\.?m|\b03[:.]00|\b0?7[:.]00|\b0?8(:00)? ?a\.?m|\b08[:.]00",
    ),
    _case(
        "trade-AB2", "trade", "duration vs clock span", True,
        [
            "LONDON — U.S. and Chinese negotiators wrapped up two days of talks in London late on "
            "Tuesday, saying they had agreed on a framework to put the Geneva consensus into "
            "effect. Tuesday's session ran from 10 a.m. until just before 8 p.m., with short "
            "breaks for lunch and for calls back to the two capitals. U.S. Commerce Secretary "
            "Howard Lutnick told reporters the framework would now be taken to President Donald "
            "Trump and President Xi Jinping for approval. China's international trade "
            "representative, Li Chenggang, said the discussions had been frank and thorough. "
            "Neither side gave details of how quickly Beijing would resume licences for rare "
            "earth exports.",
            "Negotiators from Washington and Beijing say they have a plan to implement the trade "
            "truce they struck in Geneva last month, after roughly six hours of talks on Tuesday "
            "in the British capital.\nShare this article\nThe deal still needs sign-off from both "
            "presidents, Commerce Secretary Howard Lutnick said as he left the venue. Li "
            "Chenggang, China's international trade representative, described the meetings as "
            "frank. Analysts said the absence of detail on rare-earth licences would keep markets "
            "cautious. US stock futures were little changed in evening trade.",
        ],
        ["2025-06-11", "2025-06-11"],
        r"\b10(:00)? ?a\.?m|\b10[:.]00|\b0?8(:00)? ?p\.?m|\b20[:.]00|\b19[:.]\d\d|\b(9|"
        r"10)(\.\d+)? ?(hours?|hrs?|h)\b|\b(nine|ten) hours|\b(5[4-9]\d|600) ?min",
        r"(?<![\d.])6 ?(hours?|hrs?|h)\b|\bsix hours|\b360 ?min",
    ),
    _case(
        "trade-AB3", "trade", "weekday vs date", True,
        [
            "GENEVA (AP) — The United States and China agreed to slash the steep tariffs they "
            "have imposed on each other's goods for 90 days, according to a joint statement "
            "released on Monday after weekend negotiations in Switzerland. Under the arrangement, "
            "the U.S. will lower its extra duties on Chinese imports from 145% to 30%, and China "
            "will cut its levies on American goods from 125% to 10%. The reductions take effect "
            "by May 14. \"Neither delegation wants the two economies to come apart,\" Treasury "
            "Secretary Scott Bessent told a news conference. Stock markets in Asia and Europe "
            "rallied on the news.\nAdvertisement",
            "Beijing and Washington have agreed a 90-day truce in their tariff war. In a joint "
            "statement issued on May 11, the two governments said Washington would bring its "
            "additional tariffs on Chinese products down to 30 per cent from 145 per cent, while "
            "China's duties on US goods would fall to 10 per cent from 125 per cent. The cuts are "
            "to be in place by 14 May. Vice Premier He Lifeng, who led China's team after the "
            "weekend talks, said the two sides had reached important common ground. The statement "
            "also set up a mechanism for continued consultations, with Mr Bessent and Mr He as "
            "lead representatives. The yuan firmed against the dollar.",
        ],
        ["2025-05-13", "2025-05-13"],
        r"monday|may 12\b|12 may|2025-05-12|05-12",
        r"sunday|may 11\b|11 may|2025-05-11|05-11",
    ),
    _case(
        "trade-AB4", "trade", "deadline: end of tariff pause", True,
        [
            "WASHINGTON (Bloomberg) — President Donald Trump signed an executive order extending "
            "the pause on higher tariffs on Chinese goods for another 90 days, hours before the "
            "earlier truce was set to lapse. The extension keeps the extra U.S. levy at 30% and "
            "now runs until Nov. 10, giving negotiators more time to work on a broader agreement. "
            "China's Commerce Ministry said in a statement that Beijing would likewise hold its "
            "own tariffs on U.S. goods at 10% over the same period. The decision had been widely "
            "expected after talks in Stockholm last month. Shares of exporters in Shanghai edged "
            "higher.\nRead more: What's in the U.S.-China trade framework",
            "Washington and Beijing have again put off a return to punishing tariffs. A new "
            "executive order from the White House extends the trade truce by three months, to 12 "
            "November, leaving the additional 30 per cent duty on Chinese imports unchanged. The "
            "Ministry of Commerce in Beijing said China would match the move and keep its 10 per "
            "cent levies for the same 90 days. Officials from both countries met in the Swedish "
            "capital late last month and had signalled an extension was likely. Soybean farmers "
            "in the US Midwest, who have seen Chinese orders dry up, said the delay offered "
            "little comfort.",
        ],
        ["2025-08-12", "2025-08-12"],
        r"nov\w*\.? 10\b|\b10 nov|11-10\b",
        r"nov\w*\.? 12\b|\b12 nov|11-12\b",
    ),
    _case(
        "trade-AB5", "trade",
        "control: same moment, different day across zones; ministry named two ways",
        False,
        [
            "BEIJING, May 14 -- China's Ministry of Commerce (MOFCOM) announced at 7 a.m. Beijing "
            "time on Wednesday that it would suspend for 90 days the export control measures it "
            "had placed on 28 U.S. entities in April. The move follows the joint statement "
            "reached by the two sides in Geneva. A MOFCOM spokesperson said China was willing to "
            "work with the United States to strengthen communication and manage differences. The "
            "measures had restricted the export of dual-use items to the companies, several of "
            "them defence contractors. The suspension takes effect immediately.",
            "China's commerce ministry said on Tuesday evening that it was pausing the export "
            "curbs it slapped last month on 28 American companies, a further sign that the truce "
            "agreed in Switzerland is holding. The announcement came at 7 p.m. Eastern time, "
            "which was early Wednesday morning in Beijing. The restrictions, which covered "
            "so-called dual-use goods, will be lifted for 90 days, the ministry said. Many of the "
            "affected firms make military hardware and had little direct business in China. "
            "\"This is a gesture that costs Beijing very little,\" said a trade lawyer in "
            "Washington.\nAdvertisement",
        ],
        ["2025-05-14", "2025-05-13"],
    ),
    _case(
        "trade-AB6", "trade", "title of delegation leader", True,
        [
            "A Chinese delegation led by Li Chenggang, vice minister of commerce and China's "
            "international trade representative, arrived in Washington on Sunday for "
            "working-level talks ahead of a planned meeting between the two countries' leaders. "
            "The talks are expected to focus on soybean purchases, fentanyl-related tariffs and "
            "port fees on each other's ships. Li last visited the U.S. capital in September. A "
            "spokesperson for the Office of the U.S. Trade Representative confirmed the meetings "
            "but gave no schedule. Soybean futures in Chicago rose 1.2% on the news.",
            "Li Chenggang, China's vice minister of foreign affairs, is heading Beijing's team at "
            "the latest round of trade discussions in Washington, which opened after his arrival "
            "on Sunday. Issues on the table include soybean sales, the fentanyl tariffs and "
            "tit-for-tat port charges on vessels. Li was in Washington in September as well. The "
            "USTR's office said meetings were taking place but did not say when they would end.\n"
            "Read more: Farmers still waiting for Chinese orders",
        ],
        None,
        r"commerce",
        r"foreign",
    ),
    _case(
        "trade-AB7", "trade", "control: rounding; old and new tariff rate", False,
        [
            "WASHINGTON (AP) — President Donald Trump on Wednesday raised the tariff on Chinese "
            "imports to 125%, up from 104%, while announcing a 90-day pause on the higher duties "
            "he had imposed on dozens of other countries. Those countries will instead face a "
            "baseline tariff of 10%. The U.S. ran a goods trade deficit of $295.4 billion with "
            "China last year, according to Commerce Department data. Stocks soared after the "
            "announcement, with the S&P 500 closing up 9.5%. China has not yet responded to the "
            "latest increase.",
            "Donald Trump has lifted the US tariff on goods from China to 125 per cent from 104 "
            "per cent, even as he gave other trading partners a 90-day reprieve during which they "
            "will pay a flat 10 per cent. America's trade gap in goods with China came to nearly "
            "$300bn in 2024. Wall Street's benchmark S&P 500 index jumped by about 9.5 per cent "
            "on Wednesday, its biggest one-day gain since 2008. The White House accused Beijing "
            "of disrespecting global markets.",
        ],
        ["2025-04-10", "2025-04-10"],
    ),
    _case(
        "court-AB1", "court", "weekday vs date", True,
        [
            "LONDON (PA) — A High Court judge ruled on Thursday that ministers acted unlawfully "
            "when they approved a new oilfield west of Shetland without weighing the emissions "
            "from burning its oil. Mrs Justice Harding said the decision on the Corrie field must "
            "be taken again, but stopped short of halting the work already under way. The case "
            "was brought by a climate campaign group and a Shetland residents' association. A "
            "spokesperson for the Department for Energy Security and Net Zero said the government "
            "would \"study the judgment carefully\". The field's developers have already spent "
            "about £1.1bn on the project.",
            "Campaigners have won a High Court challenge against the approval of the Corrie "
            "oilfield west of Shetland. In her ruling on 14 March, Mrs Justice Harding found that "
            "ministers had failed to consider the so-called scope 3 emissions that would result "
            "when the oil is burned. The consent will now have to be reconsidered, although work "
            "at the site can carry on in the meantime. The energy department said it was "
            "reviewing the judgment. The developers say they have invested roughly £1.1 billion "
            "so far.\nShare this article",
        ],
        ["2025-03-14", "2025-03-14"],
        r"thursday|march 13\b|13 march|2025-03-13|03-13",
        r"friday|march 14\b|14 march|2025-03-14|03-14",
    ),
    _case(
        "court-AB2", "court", "date typo: wrong year", True,
        [
            "A federal judge in San Francisco on Wednesday ordered the ride-hailing company Zipp "
            "to pay $38 million to drivers it had wrongly classed as contractors, and gave the "
            "company until Jan. 15, 3026, to file any objections to the terms. U.S. District "
            "Judge Elena Marsh said the company had \"plainly\" misled drivers about how they "
            "would be paid. About 14,000 drivers in California are covered by the ruling. Zipp "
            "said it disagreed with the decision and was weighing its options. Lawyers for the "
            "drivers called it a landmark.",
            "Zipp must pay $38m to around 14,000 Californian drivers after a federal court found "
            "they had been misclassified as independent contractors. Judge Elena Marsh of the "
            "Northern District of California set a deadline of 15 January 2026 for the firm to "
            "lodge objections.\nAdvertisement\nIn a statement, Zipp said it \"respectfully "
            "disagrees\" and would review the order. The drivers' lawyers said the decision "
            "should prompt other app-based companies to revisit their contracts. Shares in Zipp "
            "fell 3% in after-hours trading.",
        ],
        ["2025-11-20", "2025-11-20"],
        r"3026",
        r"(?<!\d)2026(?!\d)|^(?!.*3026).*(jan\w*\.? 15\b|\b15 jan)",
    ),
    _case(
        "court-AB3", "court", "duration vs clock span", True,
        [
            "LANSING, Mich. (AP) — The Michigan Supreme Court on Wednesday weighed whether the "
            "state can force the shutdown of an oil pipeline that runs beneath the Straits of "
            "Mackinac, in a hearing that ran from 9:30 a.m. to just after 1 p.m. Lawyers for the "
            "state argued that a 1953 easement allowing the line could be revoked to protect the "
            "Great Lakes. The pipeline's operator countered that the question belongs in federal "
            "court. Justices pressed both sides on how much risk of a spill the law should "
            "tolerate. A decision is not expected before next spring.",
            "Michigan's top court spent nearly two hours on Wednesday hearing the state's bid to "
            "close a 72-year-old pipeline under the waterway linking Lake Michigan and Lake "
            "Huron. The state's attorneys told the seven justices that an easement granted in "
            "1953 can be withdrawn. The operator's lawyers said federal law governs pipeline "
            "safety and that state courts should stay out. Several justices asked how likely a "
            "rupture really was. A ruling could take months. Environmental groups rallied outside "
            "the Hall of Justice.",
        ],
        ["2025-10-09", "2025-10-08"],
        r"9[:.]30|\b0?1(:0\d)? ?p\.?m|\b13[:.]0\d|\b3(\.5)? ?(hours?|hrs?|h)\b|three and a half|"
        r"\bthree hours|\b2[01]\d ?min",
        r"(?<![\d.])2 ?(hours?|hrs?|h)\b|\btwo hours|\b120 ?min",
    ),
    _case(
        "court-AB4", "court", "size of majority", True,
        [
            "WASHINGTON — The Supreme Court on Friday sided with a group of Texas ranchers who "
            "challenged federal restrictions on grazing near protected wetlands, ruling 6-3 that "
            "the agency overstepped the authority Congress gave it. Justice Neil Gorsuch wrote "
            "the majority opinion. Justice Elena Kagan wrote the principal dissent, warning that "
            "the decision would leave the wetlands \"to fend for themselves.\" The ruling is the "
            "latest in a line of decisions narrowing the reach of federal regulators. The "
            "Interior Department said it was reviewing the opinion.",
            "SCOTUS has handed a win to Texas ranchers in their fight with federal regulators "
            "over grazing limits near wetlands. In a 5-4 decision authored by Justice Gorsuch, "
            "the court found the agency had gone beyond the powers granted by Congress. Justice "
            "Kagan led the dissenters. Environmental groups said the ruling would make it harder "
            "to protect fragile habitats across the West.\nAdvertisement\nThe Department of the "
            "Interior said it would study the decision. The case was argued in January.",
        ],
        None,
        r"\b6\s?[-–—‑]\s?3\b|\b6 to 3\b|six[- ]to[- ]three|\bsix justices|\b6 justices|"
        r"(?<![\d.])6(?![\d.])",
        r"\b5\s?[-–—‑]\s?4\b|\b5 to 4\b|five[- ]to[- ]four|\bfive justices|\b5 justices|"
        r"(?<![\d.])5(?![\d.])",
    ),
    _case(
        "court-AB5", "court", "date of next hearing", True,
        [
            "A former bank manager accused of stealing more than £600,000 from elderly customers "
            "has been remanded in custody. Daniel Royce, 47, of Harrogate, appeared before Leeds "
            "Magistrates' Court on Wednesday charged with 14 counts of fraud by abuse of "
            "position. He did not enter pleas. The case was sent to Leeds Crown Court, where he "
            "will next appear on 16 April. Prosecutors said the offences took place over six "
            "years. North Yorkshire Police said more victims might come forward.",
            "Daniel Royce, a 47-year-old former branch manager from Harrogate, faces 14 fraud "
            "charges over the alleged theft of more than £600k from older customers. He spoke "
            "only to confirm his name, age and address during a brief hearing at Leeds "
            "magistrates on Wednesday. Magistrates sent the case to the crown court and remanded "
            "him in custody until his next appearance there on 23 April. Detectives believe the "
            "alleged fraud went on for six years. Anyone with information has been urged to call "
            "101.",
        ],
        ["2025-04-02", "2025-04-02"],
        r"\b16 apr|apr\w*\.? 16\b|04-16\b",
        r"\b23 apr|apr\w*\.? 23\b|04-23\b",
    ),
    _case(
        "court-AB6", "court",
        "control: same moment, different day across zones; two quotes of one person",
        False,
        [
            "WASHINGTON (Reuters) - The U.S. Supreme Court on Thursday revived a patent lawsuit "
            "brought by Australian hearing-implant maker SonaMed against a California rival, "
            "ruling 7-2 that a lower court had applied the wrong test. The decision was released "
            "shortly after 10 a.m. in Washington. Justice Amy Coney Barrett wrote for the "
            "majority. SonaMed chief executive Claire Dunstan said: \"We have always believed in "
            "the strength of our inventions, and today's outcome bears that out.\" The case now "
            "returns to the U.S. Court of Appeals for the Federal Circuit. The U.S. Patent and "
            "Trademark Office was not a party.",
            "Sydney-based SonaMed has won a key round in its long-running American patent fight, "
            "with the US Supreme Court ruling 7-2 in its favour. The judgment was handed down "
            "just after midnight on Friday, Sydney time. Writing for the majority, Justice "
            "Barrett said the appeals court had used the wrong standard. Chief executive Claire "
            "Dunstan told investors she expected the dispute to take \"at least another year\" to "
            "resolve. SonaMed shares are expected to open higher. The USPTO did not take part in "
            "the case.\nRead more: How SonaMed grew out of a university lab",
        ],
        ["2025-06-26", "2025-06-27"],
    ),
    _case(
        "court-AB7", "court", "control: dates and amounts written differently", False,
        [
            "A drug gang leader who ran a cocaine supply line from Liverpool into north Wales was "
            "jailed for 14 years at Mold Crown Court on Wednesday. Connor Vale, 31, had admitted "
            "conspiracy to supply class A drugs. Judge Rhys Howell said Vale had \"treated young "
            "people as disposable\". Police seized cash and vehicles worth £1.2m during the "
            "investigation. A hearing to confiscate his assets is listed for Monday, 12 May. Four "
            "other men were sentenced alongside him.",
            "Liverpool man Connor Vale was sentenced on 16 April to fourteen years in prison for "
            "running a county lines operation into north Wales. The 31-year-old pleaded guilty to "
            "conspiring to supply cocaine. Officers recovered about 1.2 million pounds in cash "
            "and cars, North Wales Police said. Proceeds of crime proceedings will follow on 12 "
            "May. \"This sentence sends a clear message,\" a detective inspector said outside "
            "court.\nAdvertisement",
        ],
        ["2025-04-16", "2025-04-17"],
    ),
    _case(
        "court-AB8", "court", "control: old and new fine; court named two ways", False,
        [
            "LUXEMBOURG (Reuters) - The EU's second-highest court on Wednesday cut the antitrust "
            "fine on U.S. chipmaker Voltrix to 320 million euros from the 870 million euros "
            "imposed by the European Commission in 2019, saying regulators had got part of their "
            "analysis wrong. The General Court upheld the finding that Voltrix abused its "
            "dominance through exclusive rebates to PC makers between 2009 and 2014. The "
            "Commission said it would study the judgment. Voltrix said it welcomed the reduction.",
            "Voltrix has won a partial reprieve in Luxembourg, where the General Court reduced "
            "its EU competition fine from €870m to €320m. Judges agreed with the European "
            "Commission that the company had abused a dominant position with rebates to computer "
            "manufacturers from 2009 to 2014, but found flaws in how the penalty was calculated. "
            "The EU executive said it took note of the ruling. \"We are pleased the court "
            "recognised the errors,\" a Voltrix spokesperson said. An appeal to the EU's top "
            "court remains possible.",
        ],
        None,
    ),
    _case(
        "cb-AB1", "central bank", "clock time across zones", True,
        [
            "TOKYO (Reuters) - The Bank of Japan kept interest rates unchanged at 0.5% on "
            "Thursday and raised its inflation forecasts, signalling it remains on track to "
            "resume tightening if the economy holds up. The decision was announced at around "
            "12:10 p.m. Tokyo time, at the end of a two-day meeting. The board voted unanimously. "
            "Governor Kazuo Ueda will hold a news conference later in the afternoon. The yen "
            "weakened slightly against the dollar after the announcement.\nAdvertisement",
            "The BOJ left its short-term policy rate at 0.5 per cent, as expected, in a unanimous "
            "decision released at 0140 GMT on Thursday. The central bank now sees core consumer "
            "inflation at 2.7 per cent for the current fiscal year, up from its previous estimate "
            "of 2.2 per cent. Economists said a rate hike could come as early as October if trade "
            "tensions ease. Governor Kazuo Ueda is due to brief reporters in the afternoon. "
            "Japanese shares were subdued.",
        ],
        ["2025-07-31", "2025-07-31"],
        r"\b12[:.]10|\b0?3[:.]10|\b11[:.]10 ?p|\b23[:.]10",
        r"\b0?1[:.]?40\b|\b10[:.]40|\b21[:.]40|\b9[:.]40 ?p",
    ),
    _case(
        "cb-AB2", "central bank", "control: clock times agree across zones", False,
        [
            "WASHINGTON (AP) — The Federal Reserve kept its key interest rate unchanged on "
            "Wednesday in a range of 4.25% to 4.5%, the fourth straight meeting without a move, "
            "as officials wait to see how tariffs feed into prices. The decision, released at 2 "
            "p.m. Eastern time, was unanimous. Policymakers still pencilled in two quarter-point "
            "cuts before the end of the year. Chair Jerome Powell said at a news conference that "
            "the Fed was in no hurry to act. Stocks were little changed.",
            "The US central bank held borrowing costs steady in a range of 4.25 to 4.5 per cent, "
            "announcing its decision at 7pm UK time on Wednesday. All members of the Federal Open "
            "Market Committee backed the move. Officials' projections still show two reductions "
            "of 0.25 percentage points this year. Fed chair Jerome Powell told reporters the bank "
            "could afford to be patient while the effects of import duties became clearer. The "
            "dollar edged up against sterling after the statement.",
        ],
        ["2025-06-18", "2025-06-18"],
    ),
    _case(
        "cb-AB3", "central bank",
        "control: basis points vs points; old and new rate; rounding",
        False,
        [
            "LONDON (Reuters) - The Bank of England cut interest rates by 25 basis points to 4.0% "
            "on Thursday, but only after an unprecedented second round of voting left its "
            "policymakers split 5-4. Governor Andrew Bailey said the path for rates remained "
            "downward but that any further cuts would need to be gradual and careful. The BoE now "
            "expects inflation to peak at 4.0% in September, twice its 2% target. Sterling rose "
            "0.3% to $1.3405 after the decision.\nAdvertisement",
            "Borrowers got some relief on Thursday as the Bank of England reduced Bank Rate by a "
            "quarter of a percentage point, from 4.25 per cent to 4 per cent. The nine-member "
            "Monetary Policy Committee was so divided that it had to vote twice, finally backing "
            "the cut by five votes to four. The Bank's forecasters see inflation hitting 4 per "
            "cent in September, double the official goal of 2 per cent. Mr Bailey said rates "
            "would keep falling, but \"gradually and carefully\". The pound climbed to about "
            "$1.34. Mortgage lenders are expected to pass on the cut within days.",
        ],
        ["2025-08-07", "2025-08-07"],
    ),
    _case(
        "cb-AB4", "central bank", "clock time, same zone (press conference)", True,
        [
            "FRANKFURT (Reuters) - The European Central Bank left its deposit rate at 2.0% on "
            "Thursday, pausing after eight straight cuts as policymakers waited for clarity on "
            "trade talks with Washington. The decision was published at 14:15 local time, and "
            "President Christine Lagarde begins her press conference at 14:45 local time. The ECB "
            "said inflation was at its 2% target. Economists polled by Reuters expect one more "
            "cut later this year. The euro was flat at $1.1760.",
            "The ECB held borrowing costs steady for the first time in more than a year, keeping "
            "its deposit facility rate at 2 per cent. The pause had been widely flagged by "
            "policymakers in recent weeks. Christine Lagarde's news conference starts at 2:30 "
            "p.m. Frankfurt time, and investors will look for hints on whether a September cut is "
            "still possible.\nShare this article\nThe bank said inflation was running at its 2 "
            "per cent goal and that US tariffs were a source of uncertainty. The euro traded at "
            "$1.176.",
        ],
        ["2025-07-24", "2025-07-24"],
        r"\b14[:.]45|\b0?2[:.]45|quarter to three|\b12[:.]45",
        r"\b14[:.]30|\b0?2[:.]30|half past two|\b12[:.]30",
    ),
    _case(
        "cb-AB5", "central bank", "who dissented", True,
        [
            "The Federal Reserve held its benchmark rate in a range of 3.75% to 4% on Wednesday, "
            "with an 11-1 vote. Governor Christopher Waller dissented, saying he would have "
            "preferred a quarter-point cut given signs of weakness in hiring. Chair Jerome Powell "
            "said policy was in a good place to respond to incoming data. The statement noted "
            "that job gains had slowed. Treasury yields fell slightly after the release.",
            "Fed policymakers voted 11 to 1 on Wednesday to keep rates on hold in the 3.75%-4% "
            "range. The lone dissent came from Governor Michelle Bowman, who favoured lowering "
            "rates by 25 basis points because of a cooling labour market.\nAdvertisement\nPowell "
            "told reporters that the central bank was well placed to react to whatever the data "
            "showed. The post-meeting statement acknowledged slower job growth. Two-year Treasury "
            "yields dipped.",
        ],
        None,
        r"waller",
        r"bowman",
    ),
    _case(
        "cb-AB6", "central bank", "date of next meeting", True,
        [
            "SYDNEY (Reuters) - Australia's central bank cut its cash rate by a quarter point to "
            "3.60% on Tuesday, its third reduction this year, as inflation eased back into its "
            "2-3% target band. The Reserve Bank of Australia said the decision was unanimous. "
            "Governor Michele Bullock said further easing might be needed but the board would "
            "take a cautious approach. The RBA board next meets on 30 September. The Australian "
            "dollar slipped 0.2% to 65.1 US cents.",
            "The RBA has delivered a widely expected 25 basis point cut, taking the cash rate to "
            "3.6 per cent. All board members supported the move. Bullock said the bank would be "
            "careful about how far and how fast rates came down. Underlying inflation has "
            "returned to the target range of 2 to 3 per cent. The next rate decision is due on 7 "
            "October.\nRead more: What the cut means for your mortgage",
        ],
        ["2025-08-12", "2025-08-12"],
        r"\b30 sep|sep\w*\.? 30\b|09-30\b",
        r"\b7 oct|oct\w*\.? 7\b|10-07\b",
    ),
    _case(
        "cb-AB7", "central bank", "size of bond-purchase taper", True,
        [
            "TOKYO — The Bank of Japan will slow the pace at which it scales back its government "
            "bond buying, trimming monthly purchases by 300 billion yen each quarter from next "
            "April. Policymakers kept the short-term interest rate at 0.5% in a unanimous vote. "
            "Governor Kazuo Ueda said the central bank wanted to avoid sudden swings in long-term "
            "yields. Super-long bond yields have risen sharply this year amid worries about "
            "Japan's fiscal position. The plan will be reviewed at next June's meeting.",
            "The BOJ said it would cut its monthly JGB purchases by ¥500bn every quarter from "
            "April, a gentler taper than the one now in place. The policy rate was left unchanged "
            "at 0.5%, with all nine board members in favour. Ueda told a news conference the bank "
            "wanted long-term rates to move in a stable way. Yields on 30-year bonds have hit "
            "record highs in recent weeks. The board will take stock of the plan in June next "
            "year.\nAdvertisement",
        ],
        None,
        r"(?<![\d.,])300 ?(billion|bn|b\b)|¥ ?300(?!\d)|\b0\.3 ?(trillion|tn)|300,000,000,000|"
        r"300000000000",
        r"(?<![\d.,])500 ?(billion|bn|b\b)|¥ ?500(?!\d)|\b0\.5 ?(trillion|tn)|500,000,000,000|"
        r"500000000000",
    ),
    _case(
        "rocket-AB1", "rocket", "clock time across zones", True,
        [
            "WALLOPS ISLAND, Va. (AP) — Rocket Lab's new Neutron rocket blasted off on its first "
            "test flight Tuesday, lifting off at 7:25 a.m. EDT from the company's pad on "
            "Virginia's Eastern Shore. The 140-foot rocket reached orbit about nine minutes "
            "later, the company said, though its first stage did not survive an attempted landing "
            "on an ocean barge. Chief executive Peter Beck called the flight \"a huge step\" for "
            "the company. Neutron is designed to carry up to 13 tonnes to low Earth orbit. The "
            "company has been working on the rocket since 2021.",
            "Rocket Lab has flown its Neutron launcher for the first time. The medium-lift "
            "vehicle launched at 12:25 GMT on Tuesday from Launch Complex 3 at NASA's Wallops "
            "Flight Facility and reached orbit roughly nine minutes into the mission. Efforts to "
            "recover the first stage at sea were unsuccessful. Chief executive Peter Beck said "
            "the team had learned more in one flight than in a year of ground testing. The rocket "
            "can lift about 13 metric tons to low Earth orbit.\nAdvertisement",
        ],
        ["2025-09-23", "2025-09-23"],
        r"\b0?7[:.]25|\b11[:.]25",
        r"\b12[:.]25|\b0?8[:.]25",
    ),
    _case(
        "rocket-AB2", "rocket", "control: same moment, different day across zones", False,
        [
            "STARBASE, Texas — SpaceX launched its Starship megarocket on its ninth test flight "
            "Tuesday evening, lifting off at 6:36 p.m. CDT from the company's base near "
            "Brownsville. It was the first time the company had reflown a Super Heavy booster. "
            "The upper stage reached space but began spinning out of control after a fuel leak, "
            "and contact was lost before it could attempt a controlled splashdown in the Indian "
            "Ocean. Elon Musk said on X that the flight had still produced plenty of good data. "
            "The Federal Aviation Administration said it would require a mishap investigation.",
            "SpaceX's Starship rocket lost control on its ninth test flight after blasting off "
            "from south Texas at 00:36 BST on Wednesday. The launch used a Super Heavy booster "
            "that had flown before, a first for the programme. The ship reached space, but a leak "
            "sent it tumbling and engineers lost contact before the planned splashdown in the "
            "Indian Ocean.\nRead more: Why Starship matters for Nasa's Moon plans\nAmerica's "
            "aviation regulator, the FAA, said a mishap inquiry would be needed. Musk said the "
            "team had gathered a lot of useful information.",
        ],
        ["2025-05-27", "2025-05-28"],
    ),
    _case(
        "rocket-AB3", "rocket", "duration vs clock span", True,
        [
            "SpaceX's Starship completed its eleventh test flight on Monday, flying from liftoff "
            "at 6:23 p.m. CDT to a splashdown in the Indian Ocean at 7:29 p.m. CDT. The ship "
            "deployed eight dummy Starlink satellites and relit one of its Raptor engines in "
            "space. The Super Heavy booster, which was flying for the second time, performed a "
            "planned landing burn over the Gulf of Mexico before splashing down. It was the last "
            "flight of the current version of the vehicle.",
            "Starship's final flight in its current configuration ended with the upper stage "
            "dropping into the Indian Ocean after a flight lasting about 45 minutes. During the "
            "mission the ship released eight Starlink mass simulators and restarted a Raptor "
            "engine in orbit. The booster, on its second flight, carried out a landing burn over "
            "the Gulf before hitting the water as planned.\nShare this article\nThe next version "
            "of the rocket is due to fly early next year, SpaceX said.",
        ],
        None,
        r"\b66 ?min|\b1 ?(h|hr|hour)\w* (and )?6 ?min|\b6[:.]23|\b7[:.]29|\b18[:.]23|\b19[:.]29|"
        r"\b23[:.]23|\b00[:.]29",
        r"\b45 ?min|three[- ]quarters of an hour|forty[- ]five minutes",
    ),
    _case(
        "rocket-AB4", "rocket", "booster designation", True,
        [
            "SpaceX caught its Super Heavy booster with the launch tower's mechanical arms for "
            "the third time on Thursday, but lost the Starship upper stage minutes later over the "
            "Caribbean. The booster, designated Booster 15, was flying for the first time. The "
            "upper stage, Ship 34, shut down several engines and began tumbling about eight and a "
            "half minutes into flight. Debris was seen streaking across the sky over the Bahamas "
            "and the Turks and Caicos. Flights at several Florida airports were briefly halted.",
            "For the second flight in a row, SpaceX's Starship upper stage broke apart during its "
            "climb, even as the company again snagged the returning booster at its Texas pad on "
            "Thursday. Booster 14 made a smooth return to the tower's \"chopstick\" arms. Ship "
            "34, though, lost several Raptor engines and spun out of control. Residents in the "
            "Bahamas posted videos of glowing fragments. The FAA briefly stopped departures at "
            "airports including Miami and Orlando.",
        ],
        ["2025-03-07", "2025-03-07"],
        r"booster 15\b|\bb15\b|\bb-15\b",
        r"booster 14\b|\bb14\b|\bb-14\b",
    ),
    _case(
        "rocket-AB5", "rocket", "weekday vs date of next attempt", True,
        [
            "Gilmour Space has called off its second attempt to launch Australia's first "
            "home-grown orbital rocket after a problem with a ground umbilical was found during "
            "the countdown. The company said the Eris rocket would try again on Thursday, weather "
            "permitting, from its Bowen Orbital Spaceport in north Queensland. The 23-metre "
            "rocket is carrying a small test payload. Chief executive Adam Gilmour said the team "
            "was \"disappointed but not discouraged\". The launch window opens at 10 a.m. AEST "
            "and lasts three hours.",
            "Australia will have to wait a little longer for its first locally built rocket to "
            "reach orbit. Launch firm Gilmour Space scrubbed Monday's attempt at its Bowen site "
            "after detecting an issue with an umbilical connection, and is now aiming for no "
            "earlier than June 6.\nAdvertisement\nThe three-stage Eris vehicle stands 23 metres "
            "tall. Each attempt has a three-hour window opening at 10am local time. Chief "
            "executive Adam Gilmour said setbacks were part of building a new rocket.",
        ],
        ["2025-06-02", "2025-06-02"],
        r"thursday|june 5\b|\b5 june|06-05\b",
        r"friday|june 6\b|\b6 june|06-06\b",
    ),
    _case(
        "rocket-AB6", "rocket", "landing time: local vs Beijing time", True,
        [
            "JIUQUAN, China (Reuters) - Chinese private rocket maker LandSpace carried out a "
            "vertical takeoff and landing test of a reusable booster prototype on Wednesday, the "
            "company said, a key step toward cutting launch costs. The test vehicle climbed to "
            "about 12 kilometres before returning to a landing pad at the Jiuquan Satellite "
            "Launch Center, touching down at 3:52 p.m. local time. The flight lasted just over "
            "four minutes. LandSpace said its engines had performed as planned. The company aims "
            "to fly an orbital mission with booster recovery next year.",
            "LandSpace's reusable rocket test article has completed a 12 km hop in northwest "
            "China. According to a company statement, the vehicle landed at 4:52 p.m. Beijing "
            "time on Wednesday after a flight of a little over four minutes at the Jiuquan launch "
            "base in the Gobi Desert. The firm said its engines had worked normally throughout. "
            "China's private launch companies are racing to master booster recovery, a technique "
            "pioneered by SpaceX.\nRead more: Inside China's commercial space boom",
        ],
        ["2025-09-11", "2025-09-11"],
        r"\b0?3[:.]52|\b15[:.]52|\b0?7[:.]52",
        r"\b0?4[:.]52|\b16[:.]52|\b0?8[:.]52",
    ),
    _case(
        "rocket-AB7", "rocket", "control: km vs miles, km/h vs mph, two quotes", False,
        [
            "SpaceX's tenth Starship test flight went largely to plan on Tuesday evening, with "
            "the upper stage splashing down on target in the Indian Ocean. The ship climbed to an "
            "altitude of about 190 km and hit a top speed of some 26,000 km/h before re-entering "
            "the atmosphere. It also released eight mock Starlink satellites. The Super Heavy "
            "booster was not caught and instead made a controlled splashdown in the Gulf of "
            "Mexico as planned. SpaceX president Gwynne Shotwell said the results were \"exactly "
            "what we needed\".",
            "After a string of failures, Starship finally had a good day. The rocket's second "
            "stage soared to roughly 118 miles above Earth and reached about 16,000 mph, then "
            "came back through the atmosphere to a precise splashdown in the Indian Ocean. Along "
            "the way it deployed eight dummy Starlink satellites.\nAdvertisement\nThe booster, "
            "which SpaceX had chosen not to catch this time, came down in the Gulf of Mexico as "
            "planned. \"This is a huge relief for the whole team,\" Shotwell told staff, "
            "according to a person present.",
        ],
        None,
    ),
    _case(
        "quake-AB1", "earthquake", "clock time across zones", True,
        [
            "YANGON (Reuters) - A powerful earthquake struck central Myanmar on Friday, toppling "
            "buildings and a bridge and sending people fleeing into the streets in Mandalay and "
            "as far away as Bangkok. The quake hit at 12:50 p.m. local time with its epicentre "
            "near the city of Sagaing, the U.S. Geological Survey said. The USGS put its "
            "magnitude at 7.7 and said it was shallow, at a depth of 10 km. The military "
            "government declared a state of emergency in six regions. There was no immediate word "
            "on casualties.\nAdvertisement",
            "A 7.7-magnitude earthquake has shaken Myanmar and neighbouring Thailand. It struck "
            "at 07:20 GMT close to Sagaing, at a depth of 10 km, according to the USGS. In "
            "Bangkok, a high-rise building under construction collapsed, trapping workers. "
            "Myanmar's junta has declared an emergency across six regions. Aid agencies said "
            "communications with the worst-hit areas were patchy.",
        ],
        ["2025-03-28", "2025-03-28"],
        r"\b12[:.]50|\b0?6[:.]20",
        r"\b0?7[:.]20|\b13[:.]50",
    ),
    _case(
        "quake-AB2", "earthquake",
        "control: same moment, different day across zones; km vs miles",
        False,
        [
            "A magnitude 6.2 earthquake jolted much of the lower North Island at 1:30 a.m. on "
            "Wednesday, waking thousands of people from Wellington to Palmerston North. GeoNet "
            "said the quake was centred 20 km east of Levin at a depth of 30 km. There were no "
            "immediate reports of serious damage, though some residents reported items falling "
            "from shelves. Fire and Emergency said it had received a handful of calls. More than "
            "25,000 people filed \"felt\" reports within an hour.",
            "New Zealand's North Island was rattled by a 6.2-magnitude earthquake at 13:30 GMT on "
            "Tuesday, according to the country's geological hazard agency, GeoNet. The tremor's "
            "epicentre was about 12 miles east of the town of Levin, roughly 19 miles "
            "underground. Shaking was felt strongly in the capital, Wellington, but early reports "
            "suggested damage was minor.\nShare this article\nNo tsunami threat was issued.",
        ],
        ["2025-06-11", "2025-06-10"],
    ),
    _case(
        "quake-AB3", "earthquake", "control: death toll updated, dates show the order", False,
        [
            "NAYPYITAW, Myanmar (AP) — At least 144 people were killed and 732 injured in Myanmar "
            "after a magnitude 7.7 earthquake struck near Mandalay on Friday, the head of the "
            "military government said in a televised address. Senior Gen. Min Aung Hlaing warned "
            "that the number of dead and injured was likely to rise. Rescue teams were searching "
            "rubble through the night. The junta made a rare appeal for international aid.",
            "Myanmar's military government said on Saturday that the death toll from Friday's "
            "earthquake had climbed to 1,644, with 3,408 people injured, as rescuers dug through "
            "collapsed buildings in Mandalay and the capital, Naypyitaw.\nRead more: Maps of the "
            "quake zone\nDozens of aftershocks have rattled the region since the main shock. "
            "China, India and Russia have sent rescue teams. Aid groups warned that damaged roads "
            "and power cuts were slowing relief efforts.",
        ],
        ["2025-03-28", "2025-03-29"],
    ),
    _case(
        "quake-AB4", "earthquake", "casualty count at the same moment", True,
        [
            "LIMA (Reuters) - A magnitude 6.6 earthquake struck southern Peru on Monday, killing "
            "23 people and damaging hundreds of adobe homes in the Arequipa region, officials "
            "said. The figure was given by the national emergency institute, INDECI, in a "
            "bulletin at 6 p.m. local time. The quake's epicentre was about 40 km south of the "
            "town of Chala, at a depth of 28 km, according to Peru's Geophysical Institute. "
            "President Dina Boluarte said she would travel to the area. Several stretches of the "
            "Pan-American Highway were blocked by landslides.",
            "Thirty-two people lost their lives when a strong earthquake shook the Arequipa "
            "region in the south of Peru on Monday, according to the emergency agency INDECI's 6 "
            "p.m. bulletin. The 6.6-magnitude tremor, centred some 40 km south of Chala, "
            "collapsed adobe houses in several villages. Landslides cut parts of the Pan-American "
            "Highway.\nAdvertisement\nPeru's Geophysical Institute (IGP) put the depth at 28 km. "
            "Boluarte is expected to visit the affected districts.",
        ],
        ["2025-02-10", "2025-02-10"],
        r"(?<![\d.,])23(?![\d.,])|twenty[- ]three",
        r"(?<![\d.,])32(?![\d.,])|thirty[- ]two",
    ),
    _case(
        "quake-AB5", "earthquake", "magnitude (same agency)", True,
        [
            "ATHENS — An earthquake of magnitude 6.1 struck off the island of Crete early on "
            "Wednesday, the U.S. Geological Survey said, shaking buildings in Heraklion and as "
            "far away as Cairo. The quake was centred in the sea about 58 km north-east of the "
            "town of Elounda, at a depth of 70 km. Greek authorities said there were no reports "
            "of injuries. A brief tsunami warning for nearby coasts was lifted after about an "
            "hour. Schools on the island opened as normal.",
            "Crete was shaken by a magnitude 6.4 earthquake early on Wednesday, according to the "
            "USGS. The epicentre lay offshore, 58 km north-east of Elounda, and the tremor "
            "originated 70 km beneath the seabed. Tourists in Heraklion reported beds and lamps "
            "shaking. Greece's civil protection agency issued, then cancelled, a tsunami alert. "
            "No injuries were reported.\nRead more: Why Greece has so many earthquakes",
        ],
        None,
        r"(?<![\d.])6\.1(?!\d)",
        r"(?<![\d.])6\.4(?!\d)",
    ),
    _case(
        "quake-AB6", "earthquake", "epicentre town", True,
        [
            "ISTANBUL (AP) — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, "
            "collapsing more than a dozen buildings and killing one person, officials said. The "
            "quake was centred in the town of Sindirgi in Balikesir province, according to the "
            "disaster agency AFAD, and was felt in Istanbul and Izmir. Interior Minister Ali "
            "Yerlikaya said rescuers pulled four people alive from the rubble. Many residents "
            "spent the night outdoors, fearing aftershocks.\nAdvertisement",
            "One person died and over a dozen buildings collapsed after a 6.1-magnitude "
            "earthquake struck Balikesir province in western Turkey late on Sunday. Turkey's AFAD "
            "said the epicentre was in Bigadic district. Tremors were felt across the Marmara "
            "region, including Istanbul. Four people were rescued from under debris, according to "
            "the interior minister. Emergency tents were set up in school yards.",
        ],
        ["2025-08-10", "2025-08-11"],
        r"s[ıi]nd[ıi]rg[ıi]",
        r"b[ıi]gad[ıi][cç]",
    ),
    _case(
        "quake-AB7", "earthquake", "aftershock count at the same moment", True,
        [
            "TOKYO (Kyodo) -- Japan's weather agency said Tuesday it had recorded 87 aftershocks "
            "by 6 a.m. following the magnitude 6.9 earthquake off Iwate Prefecture the previous "
            "evening, and warned of more strong shaking over the coming week. The Japan "
            "Meteorological Agency said the main quake registered upper 5 on the country's "
            "seismic intensity scale in the town of Kuji. A tsunami advisory was lifted overnight "
            "after waves of up to 40 centimetres were observed. Seven people suffered minor "
            "injuries.",
            "Aftershocks continued to rattle northeastern Japan on Tuesday after Monday night's "
            "magnitude 6.9 quake off the Pacific coast of Iwate. As of 6 a.m., the JMA had "
            "counted 187 aftershocks. The agency cautioned residents to be alert for "
            "similar-sized tremors for about a week. Shaking of upper 5 was recorded in Kuji, and "
            "tsunami waves of 40 cm reached the coast before an advisory was cancelled. Seven "
            "people were slightly hurt, the fire and disaster management agency said.",
        ],
        ["2025-12-09", "2025-12-09"],
        r"(?<![\d.,])87(?![\d.,])|eighty[- ]seven",
        r"(?<![\d.,])187(?![\d.,])|hundred (and )?eighty[- ]seven",
    ),
    _case(
        "quake-AB8", "earthquake", "weekday vs date", True,
        [
            "A magnitude 6.6 earthquake struck off the coast of Miyazaki Prefecture in "
            "southwestern Japan on Monday evening, prompting a tsunami advisory that was later "
            "lifted. The Japan Meteorological Agency said the quake occurred in the Hyuga-nada "
            "sea area at a depth of about 36 km. Waves of up to 20 centimetres were observed at "
            "Miyazaki port. A few people were slightly injured. The agency held a special meeting "
            "to assess whether the quake raised the risk of a larger Nankai Trough earthquake.",
            "Japan's weather agency convened an expert panel after a magnitude 6.6 tremor hit the "
            "Hyuga-nada sea off Miyazaki on 12 January. The quake, about 36 km deep, generated "
            "small tsunami waves of 20 cm at Miyazaki port, and a tsunami advisory was cancelled "
            "hours later. A few minor injuries were reported.\nShare this article\nOfficials "
            "concluded there was no need to issue a Nankai Trough \"megaquake\" advisory this "
            "time.",
        ],
        ["2025-01-14", "2025-01-14"],
        r"monday|jan\w*\.? 13\b|\b13 jan|01-13\b",
        r"sunday|jan\w*\.? 12\b|\b12 jan|01-12\b",
    ),
    _case(
        "elec-AB1", "election", "poll closing time across zones", True,
        [
            "BUCHAREST (Reuters) - Romanians voted on Sunday in a tense presidential run-off "
            "between nationalist George Simion and centrist Bucharest mayor Nicusor Dan, a "
            "contest seen as a test of the country's pro-Western course. Polls closed at 9 p.m. "
            "local time, and exit polls were due to be published immediately afterwards. Simion "
            "had won the first round two weeks ago with about 41% of the vote. Dan has campaigned "
            "on fighting corruption and keeping Romania firmly anchored in the EU and NATO.\nRead "
            "more: Who is George Simion?",
            "Voting has ended in Romania's presidential runoff, with polling stations shutting at "
            "1900 GMT on Sunday. The contest pits hard-right AUR leader George Simion against "
            "Nicusor Dan, the independent mayor of the capital. Simion topped the first round "
            "with around 41 per cent. Dan, a mathematician by training, has promised to keep the "
            "country closely aligned with Brussels. Officials said participation looked higher "
            "than in the first round.",
        ],
        ["2025-05-18", "2025-05-18"],
        r"\b0?9(:00)? ?p\.?m|\b21[:.]?00|\b18[:.]?00|\b0?6(:00)? ?p\.?m",
        r"\b19[:.]?00|\b0?7(:00)? ?p\.?m|\b22[:.]?00|\b10(:00)? ?p\.?m",
    ),
    _case(
        "elec-AB2", "election", "vote share", True,
        [
            "Incumbent Mayor Teresa Alvarado won a second term on Tuesday, taking 52.4% of the "
            "vote against city councilman Mark Hensley, according to unofficial results posted by "
            "the county elections office. Turnout was low, as is typical for off-year municipal "
            "races. Alvarado thanked volunteers at a downtown hotel, saying the city had \"chosen "
            "to keep moving forward\". Hensley conceded shortly before midnight. The results will "
            "be certified later this month.",
            "Teresa Alvarado cruised to re-election as mayor, winning 54.2 percent of the ballots "
            "cast in Tuesday's contest with Councilman Mark Hensley.\nAdvertisement\nHensley "
            "called Alvarado to concede just before midnight, his campaign said. Speaking to "
            "supporters, Alvarado promised to focus on housing and public safety in her second "
            "term. The county will certify the results in the coming weeks.",
        ],
        None,
        r"(?<![\d.])52\.4(?!\d)",
        r"(?<![\d.])54\.2(?!\d)",
    ),
    _case(
        "elec-AB3", "election", "control: vote count updated, dates show the order", False,
        [
            "RICHMOND, Va. — Democrat Ellen Carver held a narrow lead in Virginia's race for "
            "governor early Wednesday, with about 80% of the expected vote counted. Carver had "
            "51.2% to 48.8% for Republican Dale Whitfield, according to the state elections "
            "department. Neither candidate had declared victory by 1 a.m. Whitfield told "
            "supporters the race was \"far from over\". Several large northern Virginia counties "
            "were still counting mail ballots.",
            "Ellen Carver has been elected governor of Virginia after a count that stretched into "
            "Wednesday afternoon. With all precincts reporting, the Democrat won 50.6 percent of "
            "the vote to Republican Dale Whitfield's 49.4 percent, the Virginia Department of "
            "Elections said. Whitfield conceded in a brief statement, congratulating Carver. "
            "Ballots counted later in the day narrowed the gap. Carver will be sworn in in "
            "January.",
        ],
        ["2025-11-05", "2025-11-06"],
    ),
    _case(
        "elec-AB4", "election", "turnout", True,
        [
            "LA PAZ (AP) — Centre-right senator Rodrigo Paz won Bolivia's presidential run-off on "
            "Sunday, defeating former president Jorge Quiroga, according to preliminary results "
            "from the electoral tribunal. Turnout was 86.2%, the tribunal said. Paz, the son of a "
            "former president, campaigned on promises to pull the country out of its worst "
            "economic crisis in decades. Quiroga accepted defeat late on Sunday. Paz will take "
            "office on Nov. 8.",
            "Rodrigo Paz is Bolivia's president-elect after beating Jorge Quiroga in Sunday's "
            "second round, preliminary figures from the Supreme Electoral Tribunal showed. The "
            "TSE put turnout at 82.6 per cent in a country where voting is compulsory. Quiroga "
            "conceded on Sunday night. Paz promised to reopen the economy and tackle shortages of "
            "fuel and dollars. He is due to be sworn in on 8 November.\nShare this article",
        ],
        ["2025-10-20", "2025-10-20"],
        r"(?<![\d.])86\.2(?!\d)",
        r"(?<![\d.])82\.6(?!\d)",
    ),
    _case(
        "elec-AB5", "election", "date of run-off", True,
        [
            "WARSAW (Reuters) - Liberal Warsaw mayor Rafal Trzaskowski narrowly won the first "
            "round of Poland's presidential election on Sunday and will face nationalist "
            "historian Karol Nawrocki in a run-off on June 1, official results showed. "
            "Trzaskowski took 31.4% of the vote and Nawrocki 29.5%. Far-right candidate Slawomir "
            "Mentzen came third. Turnout was 67.3%, a record for a first round. The outcome will "
            "determine whether the government of Prime Minister Donald Tusk can push through its "
            "reform agenda.",
            "Poland heads for a second-round presidential vote on 8 June after no candidate "
            "cleared 50 per cent. Rafal Trzaskowski of the governing Civic Coalition won 31.4 per "
            "cent, ahead of the PiS-backed Karol Nawrocki on 29.5 per cent, the National "
            "Electoral Commission said.\nAdvertisement\nSlawomir Mentzen finished third. Turnout "
            "of 67.3 per cent was the highest ever in a first round. Analysts said Mentzen's "
            "voters would decide the run-off.",
        ],
        ["2025-05-19", "2025-05-19"],
        r"june 1\b|\b1 june|06-01\b",
        r"june 8\b|\b8 june|06-08\b",
    ),
    _case(
        "elec-AB6", "election", "control: figures of different parties; share vs points", False,
        [
            "The SNP has held the Hamilton West seat in a Holyrood by-election, with candidate "
            "Anna Reid taking 8,412 votes. Labour's Iain Brodie came second on 7,050, and Reform "
            "UK's candidate, Gary Muir, was third with 4,231. The SNP's share of the vote rose by "
            "3.4 percentage points to 36.1%. Turnout was 44.2%. The result was declared by the "
            "returning officer at about 2.30am on Friday.\nAdvertisement",
            "Anna Reid of the Scottish National Party won the Hamilton West by-election with "
            "8,412 votes, a majority of 1,362 over Labour's Iain Brodie, who polled 7,050. Reform "
            "UK came third with 4,231 votes for Gary Muir. The SNP's vote share climbed to 36.1 "
            "per cent, up 3.4 points on the last election, on a turnout of 44.2 per cent. The "
            "count ended in the early hours of Friday. First Minister John Swinney called it \"a "
            "great night for the whole SNP team\".",
        ],
        None,
    ),
    _case(
        "elec-AB7", "election",
        "control: clock times agree across zones; two quotes of one person",
        False,
        [
            "SYDNEY (AAP) - Prime Minister Anthony Albanese has won a second term, with Labor "
            "projected to increase its majority in the House of Representatives. Opposition "
            "leader Peter Dutton conceded defeat shortly after 9.30pm AEST on Saturday, and also "
            "lost his own seat of Dickson. \"Tonight is not the result we hoped for,\" he told "
            "party members in Brisbane. Albanese is the first Australian prime minister in more "
            "than two decades to win back-to-back elections.",
            "Australia's Labor government has been returned to office in a landslide. Liberal "
            "leader Peter Dutton admitted defeat at about 11.30 GMT on Saturday in a speech to "
            "supporters in Brisbane, having also been beaten in his own constituency of Dickson. "
            "\"We owe the country a better offer, and we will find it,\" he said. Anthony "
            "Albanese becomes the first prime minister in over 20 years to secure a second "
            "consecutive term.\nRead more: Five takeaways from Australia's vote",
        ],
        ["2025-05-03", "2025-05-03"],
    ),
]
