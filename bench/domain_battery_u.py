"""Blind battery of disagreements in the hidden check's domains, part U (issue 11).

Part U, written by engineer U1 on 2026-12-06 (eleventh session) without reading the reconcile
rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py U``. Its emphasis is live blogs and updating pages:
timestamped entries, headline lines, "Key points" boxes, pages that carry an early and a
later figure with their times, corrections noted inside one page, and final summaries.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "U", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-U1", "trade", "duration (live entry vs wire)", True, [
        "US-China trade talks in Geneva: as it happened\n"
        "Key points: Chinese team led by Vice Premier He Lifeng; Bessent cites "
        "'substantial progress'; joint statement due Monday.\n"
        "19:12 CEST - Day two is over. The delegations sat down together for nearly eight "
        "hours today, a US official told reporters waiting at the gates of the villa.\n"
        "18:55 CEST - A convoy carrying the Chinese side has just pulled out of the compound.\n"
        "17:30 CEST - Treasury Secretary Scott Bessent says there has been 'substantial "
        "progress' and promises more detail on Monday.\n"
        "Advertisement\n"
        "16:02 CEST - A reminder of the stakes: Washington charges 145% on most Chinese "
        "imports and Beijing has hit back with 125% on American goods.",
        "GENEVA, May 11 (Wire) - Senior economic officials from the United States and China "
        "wrapped up a second day of closed-door negotiations on Sunday after five hours and "
        "40 minutes at the table, according to a person briefed on the schedule. "
        "U.S. Treasury Secretary Scott Bessent told reporters afterwards that the two sides "
        "had made \"substantial progress\" and that he would give more details on Monday. "
        "China's delegation was headed by Vice Premier He Lifeng. "
        "The meeting is the first face-to-face encounter since the two economies began "
        "raising duties on each other's goods in April. "
        "Washington's levies on most Chinese products currently stand at 145 percent, while "
        "Beijing has retaliated with duties of 125 percent on U.S. goods.\n"
        "Share this article",
    ], None,
        r"\b(eight|8) ?(hours?|hrs?|h\b)|480 ?min",
        r"\b(five|5) ?(hours?|hrs?|h)\b.{0,8}(40|forty)|\b5 ?h ?40|\b5:40\b|340 ?min"
        r"|5\.67 ?h"),

    _case("trade-U2", "trade", "who led a delegation", True, [
        "LONDON (Wire) - Trade negotiators from Washington and Beijing returned to Lancaster "
        "House on Tuesday for a second day of talks aimed at rescuing the truce they struck "
        "in Geneva last month. "
        "China's delegation, headed by Vice Premier He Lifeng, arrived shortly before "
        "the morning session. "
        "The American side is made up of Treasury Secretary Scott Bessent, Commerce "
        "Secretary Howard Lutnick and trade representative Jamieson Greer. "
        "Washington accuses Beijing of dragging its feet on licences for rare earth magnets, "
        "while China objects to new US limits on chip-design software. "
        "Monday's session ran late into the evening, officials said.",
        "Day two in London: what we know so far\n"
        "The American and Chinese teams are back inside Lancaster House, the Georgian "
        "mansion a short walk from Buckingham Palace, for another round of haggling. "
        "Beijing's team is led by Commerce Minister Wang Wentao, who has spent much of the "
        "past month trading barbs with Washington over export controls. "
        "Across the table sit Treasury Secretary Scott Bessent, Commerce Secretary Howard "
        "Lutnick and US Trade Representative Jamieson Greer. "
        "At the heart of the row are Chinese curbs on rare earth exports and American "
        "restrictions on software used to design semiconductors.\n"
        "Read more: Why the world runs on Chinese rare earths",
    ], None, r"he lifeng|\blifeng", r"wang wentao|wentao"),

    _case("trade-U3", "trade", "length of a tariff pause (live entries)", True, [
        "Tariff truce - live\n"
        "08:40 GMT - The joint statement is out. Washington will suspend 24 percentage points "
        "of its 34% 'reciprocal' tariff on Chinese goods for 90 days, leaving a 10% levy in "
        "place. China mirrors the move on US products.\n"
        "08:52 GMT - Hong Kong stocks are surging on the news.\n"
        "08:58 GMT - Bessent, speaking in Geneva: 'Neither side wants a decoupling.'",
        "US and China agree to pause most tariffs for 60 days\n"
        "Geneva, Monday - The United States and China will put the bulk of their recent "
        "tariffs on hold after a weekend of talks in Switzerland. "
        "In a joint statement released on Monday, the two governments said they would "
        "remove 24 percentage points of the 34 per cent reciprocal duty for a period of "
        "60 days, with a 10 per cent rate remaining in force. "
        "US Treasury Secretary Scott Bessent told a news conference: \"Neither side wants a "
        "decoupling.\" "
        "Markets in Asia and Europe rose sharply.",
        "BEIJING (Wire) - China's commerce ministry on Monday welcomed the outcome of the "
        "Geneva talks, saying the 90-day suspension of most tariffs was in the interest of "
        "both countries and of the wider world. "
        "Under the deal each side drops 24 percentage points of its extra duties while a "
        "10% rate stays. "
        "The ministry urged Washington to 'keep meeting China halfway'. "
        "Officials in Beijing said working-level contacts would continue.",
    ], ["2025-05-12", "2025-05-12", "2025-05-12"],
        r"\b90[- ]?days?|ninety[- ]days?|three months|\b3 months",
        r"\b60[- ]?days?|sixty[- ]days?|two months|\b2 months"),

    _case("trade-U4", "trade", "tariff rate in final summaries", True, [
        "What was agreed in Geneva - our summary\n"
        "• US tariffs on most Chinese imports fall from 145% to 30%, a figure that includes "
        "the 20% 'fentanyl' levy.\n"
        "• China cuts its retaliatory duties on American goods from 125% to 10%.\n"
        "• The reductions take effect on Wednesday.\n"
        "• Both sides set up a channel for further talks, led by Bessent and He Lifeng.\n"
        "Sign up for our morning newsletter",
        "Explainer: after Geneva, what do U.S. tariffs on Chinese goods look like?\n"
        "Under the agreement, the combined U.S. tariff on most Chinese goods drops to 35 "
        "percent, down from 145 percent, a level that still includes the 20 percent duty "
        "President Trump imposed over fentanyl trafficking. "
        "Beijing, for its part, is lowering its counter-tariffs on American products to 10 "
        "percent from 125 percent. "
        "The cuts take effect on Wednesday. "
        "\"It is a truce, not a peace treaty,\" said a Washington trade lawyer who advises "
        "importers. "
        "Follow-up negotiations will be led by Treasury Secretary Scott Bessent and Chinese "
        "Vice Premier He Lifeng.",
    ], None,
        r"(?<![\d.])30(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])35(\.0+)? ?(%|percent|per cent|pct)"),

    _case("trade-U5", "trade", "venue at different precision", True, [
        "GENEVA (Wire) - The first high-level trade talks between the United States and China "
        "since the tariff war began got under way on Saturday at Villa Saladin, the hillside "
        "residence of Switzerland's ambassador to the United Nations in the suburb of "
        "Cologny, Swiss officials said. "
        "Treasury Secretary Scott Bessent and trade representative Jamieson Greer lead the US "
        "side, facing Chinese Vice Premier He Lifeng. "
        "Swiss Economy Minister Guy Parmelin, who helped arrange the meeting, greeted the "
        "delegations. "
        "Neither side briefed reporters as the session began.",
        "Talks begin in Geneva\n"
        "American and Chinese negotiators met on Saturday at the Palais des Nations, the "
        "UN's European headquarters on the shore of Lake Geneva, in the first serious attempt "
        "to cool a trade war that has rattled markets. "
        "US Treasury Secretary Scott Bessent and trade envoy Jamieson Greer sat down with "
        "Vice Premier He Lifeng, Beijing's top economic official. "
        "Swiss economy minister Guy Parmelin played host. "
        "\"The fact that they are talking is already a success,\" Parmelin said. "
        "Advertisement",
    ], None, r"saladin|cologny", r"palais"),

    _case("trade-U6", "trade", "control: ministry named two ways, old vs new rate, rounding",
          False, [
        "BEIJING (Wire) - China's Ministry of Commerce said on Monday that it would lower its "
        "additional tariffs on US goods to 10% from 125% for an initial 90 days. "
        "'This is an important step toward resolving differences through dialogue,' ministry "
        "spokeswoman Lin Qiao said in a statement. "
        "Bilateral goods trade was worth about $580 billion last year. "
        "Advertisement\n"
        "The move matches the suspension announced by Washington.",
        "China's commerce ministry (MOFCOM) will trim its extra duties on American products "
        "from 125 per cent to 10 per cent, the ministry announced on Monday, with the pause "
        "lasting 90 days. "
        "In a separate remark, spokeswoman Lin Qiao said Beijing would \"keep a close eye\" on "
        "US export controls on advanced chips. "
        "Goods trade between the world's two largest economies totalled $582.5 billion in "
        "2024. "
        "The United States is taking a parallel step on its own tariffs.",
    ], ["2025-05-12", "2025-05-12"]),

    _case("trade-U7", "trade", "control: same call on different calendar days across zones",
          False, [
        "WASHINGTON - President Donald Trump and Chinese President Xi Jinping spoke by phone on "
        "Thursday night for about an hour and a half, the White House said, their first "
        "confirmed conversation since Trump returned to office. "
        "The call began at 10 p.m. Eastern time, an official said. "
        "Trump wrote on social media that the call had been \"very good\" and that the two "
        "countries' trade teams would meet again shortly. "
        "Markets in Asia edged higher on the news.",
        "Xi and Trump hold phone call\n"
        "BEIJING, June 6 - Chinese President Xi Jinping held a telephone call with US "
        "President Donald Trump on Friday morning, state media reported. "
        "The call, which began at 10 a.m. Beijing time, lasted 90 minutes. "
        "Xi told Trump the two sides should \"correct the course\" of relations and avoid "
        "actions that cause friction. "
        "The leaders agreed that their trade teams would hold a new round of talks.",
    ], ["2025-06-05", "2025-06-06"]),

    _case("trade-U8", "trade", "control: correction noted inside one live page", False, [
        "Tariff truce extended - live updates\n"
        "Correction, 19:15 ET: An earlier version of the 18:40 entry gave the length of the "
        "extension as 60 days. The order extends the pause by 90 days.\n"
        "18:40 ET - Trump has signed the executive order. The suspension of higher tariffs on "
        "Chinese goods is extended by another 90 days, until November 10, according to the "
        "text released by the White House.\n"
        "17:55 ET - The existing truce had been due to lapse at 12:01 a.m. on Tuesday.\n"
        "Share this article",
        "HONG KONG - China said on Tuesday it would also extend its own suspension of extra "
        "tariffs on American goods for 90 days, after President Donald Trump signed an order "
        "late Monday that keeps the trade truce in place until Nov. 10. "
        "The commerce ministry in Beijing said the move followed talks in Stockholm last "
        "month. "
        "Without the extension, the pause would have ended at 12:01 a.m. Washington time on "
        "Tuesday. "
        "Investors had widely expected the decision.",
    ], ["2025-08-11", "2025-08-12"]),

    # ------------------------------------------------------------------ court
    _case("court-U1", "court", "vote split of the justices", True, [
        "WASHINGTON (Wire) - The U.S. Supreme Court on Friday upheld a Texas law that requires "
        "pornographic websites to verify the ages of their visitors, ruling 6-3 that the "
        "measure does not violate the First Amendment. "
        "Justice Clarence Thomas wrote for the court's majority that states have a legitimate "
        "interest in shielding children from sexual material online. "
        "Justice Elena Kagan wrote a dissent. "
        "The challenge was brought by the Free Speech Coalition, an adult-industry trade "
        "group. About two dozen states have passed similar laws.",
        "Supreme Court backs Texas age-check law in 5-4 decision\n"
        "The Supreme Court sided with Texas on Friday in a closely watched dispute over "
        "online age verification. "
        "Writing for the majority, Justice Clarence Thomas said the state could require "
        "adult sites to check that users are over 18. "
        "In dissent, Justice Elena Kagan argued the law burdens speech that adults have a "
        "right to see. "
        "The Free Speech Coalition, which represents the adult entertainment industry, had "
        "challenged the statute. "
        "Roughly two dozen states have similar rules on the books.\n"
        "Related: What the ruling means for your phone",
    ], None,
        r"\b6 ?(-|–|to) ?3\b|six[- ]to[- ]three|six-three",
        r"\b5 ?(-|–|to) ?4\b|five[- ]to[- ]four|five-four"),

    _case("court-U2", "court", "author of the majority opinion", True, [
        "WASHINGTON - The Supreme Court on Friday curbed the power of individual federal "
        "judges to block government policies nationwide, handing President Trump a major "
        "procedural win. "
        "Justice Amy Coney Barrett, writing for the 6-3 majority, said universal injunctions "
        "likely exceed the authority Congress has given the federal courts. "
        "Justice Sonia Sotomayor read her dissent from the bench. "
        "The ruling arose from challenges to the president's order on birthright "
        "citizenship, whose legality the court did not decide.",
        "SCOTUS limits nationwide injunctions\n"
        "In an opinion by Justice Brett Kavanaugh, the court's six conservatives agreed on "
        "Friday that lower courts had gone too far by blocking federal policies for the "
        "whole country. "
        "The vote was 6-3, with the three liberal justices dissenting; Justice Sonia "
        "Sotomayor wrote the main dissent. "
        "The cases concerned Trump's executive order on birthright citizenship, but the "
        "justices left the order's constitutionality for another day. "
        "Advertisement",
    ], ["2025-06-27", "2025-06-27"], r"barrett", r"kavanaugh"),

    _case("court-U3", "court", "size of a fine", True, [
        "LUXEMBOURG (Wire) - The EU's General Court on Wednesday upheld a 1.49 billion euro "
        "antitrust fine imposed on Arctis Logistics, rejecting the freight group's claim that "
        "the European Commission had misread the market. "
        "The Commission penalised the company in 2021 for squeezing rival carriers out of "
        "port terminals it controlled in northern Europe. "
        "Arctis said it was studying the judgment and could appeal to the Court of Justice. "
        "Its shares fell 3% in Stockholm.",
        "Arctis loses appeal against EU fine\n"
        "Judges in Luxembourg have confirmed the €1.94bn penalty handed to Arctis Logistics "
        "for abusing its grip on container terminals in northern European ports. "
        "The General Court found that the Commission's 2021 decision was sound in law and in "
        "its economic analysis. "
        "\"We will study the ruling carefully,\" an Arctis spokesperson said, adding that a "
        "further appeal to the EU's top court remained possible. "
        "The company's stock slid 3 per cent.\n"
        "Read more: Brussels steps up scrutiny of shipping",
    ], None,
        r"1[.,]49 ?(billion|bn|b\b)|1,?490 ?(million|m\b)",
        r"1[.,]94 ?(billion|bn|b\b)|1,?940 ?(million|m\b)"),

    _case("court-U4", "court", "weekday of a ruling", True, [
        "The UK Supreme Court ruled on Thursday that a water company must pay for damage "
        "caused when one of its sewers flooded a row of houses in Kent, overturning a Court of "
        "Appeal decision. "
        "The five justices were unanimous. "
        "Lord Reed, the court's president, said the company could not rely on its statutory "
        "powers to escape liability. "
        "Residents had fought the case for nine years. "
        "Share this article",
        "LONDON - Britain's highest court ruled on Wednesday that Southvale Water is liable for "
        "the flooding of homes in Kent by one of its overloaded sewers. "
        "In a unanimous judgment of five justices, delivered by Lord Reed, the Supreme Court "
        "held that the firm's statutory duties did not shield it from a claim in nuisance. "
        "The homeowners, who began legal action nine years ago, welcomed the decision. "
        "The company said it would review its drainage investment plans.",
    ], ["2025-07-24", "2025-07-24"],
        r"thursday|july 24|24 july|2025-07-24|jul 24",
        r"wednesday|july 23|23 july|2025-07-23|jul 23"),

    _case("court-U5", "court", "length of a sentence", True, [
        "A former finance director who siphoned £2.3 million from a Leeds housing charity has "
        "been jailed for seven years and six months. "
        "Graham Pettifer, 54, moved the money into his own accounts over almost a decade, "
        "Leeds Crown Court heard during a six-week trial. "
        "Judge Helen Marsh told him he had \"betrayed people who trusted you completely\". "
        "Pettifer was convicted of fraud by abuse of position.",
        "LEEDS - Graham Pettifer, the ex-finance chief of a Leeds homelessness charity, was "
        "sentenced to eight years in prison on Friday for stealing £2.3m. "
        "The 54-year-old diverted donations into personal accounts for nearly ten years, a "
        "jury at Leeds Crown Court was told during the six-week trial. "
        "Judge Helen Marsh said he had betrayed the trust of colleagues and donors. "
        "Advertisement\n"
        "The charity said it had since overhauled its financial controls.",
    ], None,
        r"\b(seven|7) (years? )?and (a half|six months|6 months)|7\.5 ?(years?|yrs?)"
        r"|seven and a half|90 ?months|\b7 ?(years?|yrs?)\b.{0,6}\b6 ?m",
        r"\b(eight|8)[- ]?(years?|yrs?)\b|96 ?months"),

    _case("court-U6", "court", "control: two unrelated quotes of one justice", False, [
        "WASHINGTON (Wire) - The U.S. Supreme Court ruled 6-3 on Friday that the U.S. Fish "
        "and Wildlife Service overstepped its authority when it barred grazing on a stretch "
        "of federal land in Nevada. "
        "Chief Justice John Roberts wrote for the majority: \"Congress knows how to grant "
        "such power when it wants to.\" "
        "Justice Elena Kagan dissented, joined by the court's two other liberals. "
        "The Justice Department had defended the ban.",
        "SCOTUS sides with Nevada ranchers in six-to-three decision\n"
        "The justices on Friday struck down a grazing ban imposed by federal wildlife "
        "officials, saying the agency lacked the power to impose it. "
        "\"The words of the statute do the work here,\" Chief Justice John Roberts wrote for "
        "the majority. "
        "Justice Elena Kagan wrote the dissent. "
        "The DOJ, which argued for the government, did not comment.\n"
        "Read more: The Roberts court and federal agencies",
    ], None),

    _case("court-U7", "court", "control: jury award vs reduced award, rounding", False, [
        "NEW ORLEANS - A federal appeals court on Thursday slashed a $48.5 million jury "
        "verdict against a Texas trucking company to about $12 million, saying the damages "
        "for pain and suffering were excessive. "
        "The 2-1 ruling by the 5th U.S. Circuit Court of Appeals leaves in place the finding "
        "that the company's driver was negligent. "
        "A jury in Houston awarded the larger sum in 2023 to the family of a motorcyclist "
        "killed in a crash on Interstate 10.",
        "Appeals court cuts trucking verdict\n"
        "A divided 5th Circuit panel ruled 2-1 on Thursday to cut the award in a fatal "
        "highway crash case from $48.5m to $12.1m. "
        "The Houston jury's 2023 verdict had been one of the largest against a trucking firm "
        "in Texas that year. "
        "The judges agreed the driver was negligent but found the pain-and-suffering damages "
        "out of line with similar cases. "
        "Lawyers for the family said they were weighing their options.",
    ], ["2025-03-14", "2025-03-15"]),

    # ------------------------------------------------------------------ central bank
    _case("cb-U1", "central bank", "size of a rate cut (live entries)", True, [
        "Fed decision - live\n"
        "14:00 ET - It's a cut. The FOMC lowers the federal funds rate by a quarter point to a "
        "target range of 4.00%-4.25%, its first move since December.\n"
        "13:45 ET - Chair Jerome Powell's press conference is due at 2:30 p.m.\n"
        "Advertisement\n"
        "13:20 ET - Futures markets put the odds of a move today close to 100%.",
        "LIVE: Federal Reserve decision\n"
        "2:00 p.m. - The Federal Reserve has lowered its benchmark interest rate by half a "
        "percentage point, bringing the target range to 4%-4.25%. "
        "It is the central bank's first rate cut since December. "
        "Chair Jerome Powell will take questions from reporters at 2:30 p.m.\n"
        "1:40 p.m. - Traders are all but certain of a cut this afternoon.",
    ], ["2025-09-17", "2025-09-17"],
        r"quarter|(?<![\d.])25 ?(basis|bp|bps)|(?<![\d.])0\.25 ?(pp|percentage|point|%)",
        r"half|(?<![\d.])50 ?(basis|bp|bps)|(?<![\d.])0\.50? ?(pp|percentage|point|%)"),

    _case("cb-U2", "central bank", "who cast the dissenting votes", True, [
        "WASHINGTON (Wire) - The Federal Reserve held interest rates steady on Wednesday in a "
        "range of 4.25%-4.50%, but two governors, Christopher Waller and Michelle Bowman, "
        "dissented in favour of a quarter-point cut. "
        "The 9-2 vote marked the first time since 1993 that two governors had dissented from "
        "a policy decision. "
        "Chair Jerome Powell said the economy remained in a solid position. "
        "Stock indexes were little changed after the statement.\n"
        "Advertisement",
        "Fed holds rates; two governors break ranks\n"
        "The Federal Open Market Committee kept the federal funds rate at 4.25 to 4.5 percent "
        "on Wednesday. "
        "Governors Christopher Waller and Adriana Kugler dissented, preferring to lower "
        "rates by 25 basis points - the first double dissent by governors since 1993. "
        "The decision passed 9-2. "
        "Powell told reporters that policy was \"well positioned\" while the Fed waited for "
        "more data on the effect of tariffs.",
    ], ["2025-07-30", "2025-07-30"], r"bowman", r"kugler"),

    _case("cb-U3", "central bank", "vote split of a rate committee", True, [
        "The Bank of England cut Bank Rate to 4% on Thursday, its lowest level since March "
        "2023, after the Monetary Policy Committee voted 5-4 in favour of a reduction. "
        "Governor Andrew Bailey said rates remained on a \"gradual and careful\" downward path. "
        "Inflation stood at 3.6% in June, well above the 2% target. "
        "Sterling rose after the announcement.\n"
        "Read more: What the cut means for mortgages",
        "LONDON (Wire) - Britain's central bank lowered interest rates by a quarter point to "
        "4 percent on Thursday, the lowest since March 2023. "
        "The BoE's rate-setters backed the move by a 7-2 majority. "
        "Governor Andrew Bailey said the path for rates would be \"gradual and careful\". "
        "Consumer price inflation was 3.6% in June, nearly twice the Bank's 2% goal.",
    ], None,
        r"\b5 ?(-|–|to) ?4\b|five[- ]to[- ]four|five-four",
        r"\b7 ?(-|–|to) ?2\b|seven[- ]to[- ]two|seven-two"),

    _case("cb-U4", "central bank", "date of the next meeting", True, [
        "FRANKFURT (Wire) - The European Central Bank kept its deposit rate at 2% on Thursday, "
        "pausing after eight consecutive cuts as it assesses the impact of US tariffs on the "
        "euro zone. "
        "President Christine Lagarde said the bank was \"in a good place\". "
        "The next policy meeting is on 11 September. "
        "Euro zone inflation was 2% in June, in line with the ECB's target.",
        "ECB on hold - key points\n"
        "• Deposit facility rate unchanged at 2.00%\n"
        "• First pause after eight straight cuts\n"
        "• Lagarde: the ECB is \"in a good place\" to watch trade developments\n"
        "Policymakers next meet on Sept. 18, when fresh staff projections will be published. "
        "Inflation in the 20-nation bloc stood at 2.0% in June.\n"
        "Share this article",
    ], ["2025-07-24", "2025-07-24"],
        r"(september|sept?\.?) 11\b|\b11(th)? (of )?(september|sept?)|2025-09-11|\b09-11",
        r"(september|sept?\.?) 18\b|\b18(th)? (of )?(september|sept?)|2025-09-18|\b09-18"),

    _case("cb-U5", "central bank", "amount of a bond-purchase taper", True, [
        "TOKYO - The Bank of Japan kept its short-term policy rate at 0.5% on Tuesday and laid "
        "out a slower path for shrinking its bond buying. "
        "From April 2026 it will reduce purchases of Japanese government bonds by ¥200 billion "
        "each quarter, the central bank said. "
        "Governor Kazuo Ueda told reporters the plan would avoid jolting a bond market that "
        "has become volatile. "
        "Monthly purchases are expected to fall to around ¥2 trillion by early 2027.",
        "BoJ holds rates at 0.5%, sets out taper plan\n"
        "The Bank of Japan left borrowing costs unchanged on Tuesday. "
        "It said it would cut its monthly JGB purchases by ¥400 billion a quarter from April "
        "2026, bringing monthly buying to roughly ¥2 trillion in early 2027. "
        "\"We want to avoid any sudden moves in long-term yields,\" Governor Kazuo Ueda said. "
        "Advertisement\n"
        "The yen weakened slightly after the decision.",
    ], None,
        r"(?<![\d.])200 ?(billion|bn)|(?<![\d.])0\.2 ?trillion",
        r"(?<![\d.])400 ?(billion|bn)|(?<![\d.])0\.4 ?trillion"),

    _case("cb-U6", "central bank", "control: basis points vs percentage points, old/new rate",
          False, [
        "LONDON (Wire) - The Bank of England cut Bank Rate by 25 basis points to 4% on "
        "Thursday after an unusually close 5-4 vote of its Monetary Policy Committee. "
        "Governor Andrew Bailey said future cuts would be \"gradual and careful\". "
        "Inflation was 3.6% in June. "
        "The decision was announced at noon.",
        "The BoE has lowered interest rates by a quarter of a percentage point, from 4.25 per "
        "cent to 4 per cent. "
        "The MPC split five to four, with the minority preferring to keep rates on hold. "
        "Consumer prices rose 3.6 per cent in the year to June, the latest figures show. "
        "Sign up to our money newsletter",
    ], ["2025-08-07", "2025-08-07"]),

    _case("cb-U7", "central bank", "control: market figures at different times of the day",
          False, [
        "Fed day - live markets\n"
        "14:40 ET - The S&P 500 is up 0.4% as Powell begins speaking.\n"
        "14:05 ET - The two-year Treasury yield slips to 3.51% straight after the statement.\n"
        "14:00 ET - The Fed cuts by 25 basis points to 4.00%-4.25%. The vote was 11-1: newly "
        "installed Governor Stephen Miran dissented in favour of a 50 basis point cut.\n"
        "Advertisement",
        "NEW YORK (Wire) - U.S. stocks ended little changed on Wednesday after the Federal "
        "Reserve lowered interest rates by a quarter of a percentage point, to a range of 4% "
        "to 4.25%. "
        "The S&P 500 closed 0.1% lower at 4 p.m. after swinging between gains and losses "
        "during Chair Jerome Powell's news conference. "
        "The two-year yield stood at 3.55% late in the session. "
        "Stephen Miran, who joined the Fed board this week, was the lone dissenter, "
        "preferring a half-point cut.",
    ], ["2025-09-17", "2025-09-17"]),

    _case("cb-U8", "central bank", "control: clock time across zones, names two ways", False, [
        "FRANKFURT - The European Central Bank left its deposit facility rate at 2.00% on "
        "Thursday, as markets had expected. "
        "The decision was published at 14:15 Frankfurt time, and President Christine Lagarde's "
        "news conference followed at 14:45. "
        "Euro area inflation is running at 2.0%. "
        "Lagarde said policy was well placed to handle the uncertainty from US tariffs.",
        "The ECB held its key rate at 2% in a statement released at 8:15 a.m. in New York on "
        "Thursday. "
        "ECB chief Christine Lagarde was due to brief reporters half an hour later. "
        "Inflation in the euro zone is at 2 per cent, matching the bank's target. "
        "Read more: Why the ECB stopped cutting",
    ], None),

    # ------------------------------------------------------------------ rocket
    _case("rocket-U1", "rocket", "booster number", True, [
        "STARBASE, Texas - SpaceX launched its ninth Starship test flight on Tuesday evening, "
        "sending the giant rocket up from its South Texas base for the first time on a "
        "previously flown booster. "
        "Booster 14, flying for the second time, lit all 33 of its Raptor engines on the pad. "
        "The upper stage, Ship 35, reached space but later began to tumble. "
        "SpaceX said it would review the data before the next flight.",
        "Starship Flight 9: the reused booster flies again\n"
        "The reused Super Heavy, B16, thundered off the pad at Starbase with all 33 Raptors "
        "firing. "
        "It was the first time SpaceX has reflown one of its giant first stages. "
        "Ship 35 made it to space before losing attitude control, SpaceX said on X. "
        "Share this article\n"
        "The company says it will study the data before flying again.",
    ], None,
        r"\b(booster|b)[ -]?14\b",
        r"\b(booster|b)[ -]?16\b"),

    _case("rocket-U2", "rocket", "splashdown time across zones", True, [
        "Starship Flight 10 - live\n"
        "19:58 CDT - Splashdown! The ship has come down in the Indian Ocean at 7:58 p.m. "
        "Central, right on target, and the webcast erupts in cheers.\n"
        "18:38 CDT - The booster has splashed down in the Gulf as planned.\n"
        "18:30 CDT - Liftoff! Starship leaves Starbase at 6:30 p.m. Central.",
        "SpaceX's Starship completes test flight\n"
        "Starship lifted off from Texas at 23:30 GMT on Tuesday and its upper stage splashed "
        "down in the Indian Ocean at 00:28 GMT on Wednesday, completing the flight's main "
        "objectives. "
        "The Super Heavy booster came down in the Gulf of Mexico a few minutes after launch. "
        "Engineers were cheering in the control room as the ship landed. "
        "Advertisement",
    ], ["2025-08-26", "2025-08-27"],
        r"\b7:58|19:58|\b00:58|\b0:58",
        r"\b00:28|\b0:28|\b7:28|19:28"),

    _case("rocket-U3", "rocket", "launch pad at different precision", True, [
        "A Long March 8A rocket lifted off at 7:50 p.m. Beijing time from the No. 2 pad of the "
        "Hainan commercial spacecraft launch site in Wenchang, carrying a batch of low-orbit "
        "internet satellites for the Guowang constellation. "
        "The satellites entered their planned orbit, the China Aerospace Science and "
        "Technology Corporation said. "
        "It was the rocket's third flight. "
        "Guowang is one of two state-backed broadband networks China is building in low "
        "orbit.",
        "BEIJING (Wire) - China launched a Long March 8A rocket from the Wenchang Space Launch "
        "Site on Hainan island at 11:50 GMT, placing a new group of Guowang broadband "
        "satellites into orbit. "
        "The launch, the third for this version of the Long March 8, was declared a success "
        "by the state-owned rocket maker. "
        "China is racing to build its own network of satellites to rival Starlink. "
        "Hainan has become the country's main hub for heavy and medium-sized launches.",
    ], None, r"commercial", r"^(?!.*commercial).*wenchang"),

    _case("rocket-U4", "rocket", "count of payloads deployed", True, [
        "Starship finally delivers\n"
        "Forty minutes into the flight the ship's payload door swung open and it released "
        "eight dummy Starlink satellites, a first for the programme. "
        "The vehicle then relit one of its Raptor engines in space before re-entering over "
        "the Indian Ocean. "
        "The Super Heavy booster, meanwhile, performed a controlled splashdown in the Gulf. "
        "Read more: SpaceX's year of Starship setbacks",
        "STARBASE (Wire) - SpaceX's Starship deployed four mock Starlink satellites and "
        "reignited a Raptor engine in space on Tuesday, ticking off goals that earlier flights "
        "had missed. "
        "The booster made a controlled descent into the Gulf, as planned. "
        "The ship later came down in the Indian Ocean. "
        "\"Great work by the team,\" chief executive Elon Musk posted.",
    ], None, r"\b(eight|8)\b", r"\b(four|4)\b"),

    _case("rocket-U5", "rocket", "speaker credited with a quote", True, [
        "Halvard Aerospace's Kestrel-1 rocket broke apart about 90 seconds after lifting off "
        "from SaxaVord Spaceport in Shetland on Sunday, ending the first attempt to reach "
        "orbit from British soil. "
        "Nobody was hurt, the spaceport said. "
        "\"We learned more in those ninety seconds than in two years on the test stand,\" said "
        "chief executive Ingrid Solheim. "
        "The company plans a second flight next year.",
        "UNST, Shetland - The maiden flight of the Kestrel-1 ended in failure on Sunday when "
        "the rocket disintegrated around a minute and a half into its ascent. "
        "There were no injuries. "
        "\"We learned more in those ninety seconds than in two years on the test stand,\" "
        "said Tomas Brekke, Halvard Aerospace's chief engineer. "
        "It was the first orbital launch attempt from the UK. "
        "Advertisement",
    ], ["2025-03-30", "2025-03-30"], r"solheim", r"brekke"),

    _case("rocket-U6", "rocket", "control: launch time across zones, km vs miles", False, [
        "SpaceX launched Starship on its ninth test flight at 6:36 p.m. CDT on Tuesday from "
        "Starbase in South Texas. "
        "The ship reached an altitude of about 190 kilometres (118 miles) before beginning to "
        "spin. "
        "The booster was flying for the second time. "
        "The company had grounded the vehicle for two months after its previous mission.\n"
        "Advertisement",
        "Starship soared from Texas at 23:36 GMT on Tuesday, climbing some 118 miles above the "
        "Earth on Flight 9. "
        "Its Super Heavy booster was a veteran of an earlier flight. "
        "The upper stage later lost control. "
        "SpaceX chief executive Elon Musk called the flight \"a big improvement\". "
        "The Federal Aviation Administration is reviewing the mission.",
        "SpaceX's Starship lifted off at 7:36 a.m. Wednesday Beijing time on its ninth test "
        "flight, reaching a height of about 190 km. "
        "It used a previously flown first stage. "
        "The launch took place from SpaceX's Starbase site in Texas. "
        "Chinese rocket firms are developing reusable boosters of their own.\n"
        "Share this article",
    ], ["2025-05-27", "2025-05-27", "2025-05-28"]),

    _case("rocket-U7", "rocket", "control: early and corrected figure within one live page",
          False, [
        "Starship launch - live\n"
        "11:05 - SpaceX has now confirmed that four of the booster's 33 engines shut down "
        "during ascent. (Our 10:32 post said three; the company's figure is four.)\n"
        "10:32 - Three of the Raptors appear to have gone dark on the booster's engine "
        "diagram.\n"
        "10:28 - Liftoff!\n"
        "Advertisement",
        "SpaceX said four of the 33 Raptor engines on its Super Heavy booster shut down early "
        "during the climb on Thursday, though the Starship upper stage still reached space. "
        "Engineers will examine why the engines failed, the company said. "
        "The flight was the latest in a series of tests before Starship carries real payloads. "
        "SpaceX did not say when the next test would take place.",
    ], None),

    # ------------------------------------------------------------------ earthquake
    _case("quake-U1", "earthquake", "magnitude (live entries)", True, [
        "Myanmar earthquake - live updates\n"
        "14:05 - The USGS now gives the magnitude as 7.7. The quake was centred near Mandalay "
        "at a shallow depth of 10 km.\n"
        "13:58 - Buildings have been seen swaying in Bangkok, more than 1,000 km away.\n"
        "Share this article",
        "A powerful earthquake of magnitude 7.4 struck central Myanmar on Friday, the U.S. "
        "Geological Survey said, with its epicentre near the city of Mandalay. "
        "The tremor, at a depth of 10 kilometres, shook buildings as far away as Bangkok. "
        "There was no immediate word on casualties.",
        "NAYPYITAW (Wire) - A 7.7-magnitude quake hit near Mandalay on Friday, according to "
        "the USGS, which put its depth at 10 km. "
        "High-rise blocks swayed in the Thai capital. "
        "Myanmar's military government declared a state of emergency in several regions. "
        "Communications with the worst-hit areas were patchy.",
    ], None, r"(?<![\d.])7\.7(?!\d)", r"(?<![\d.])7\.4(?!\d)"),

    _case("quake-U2", "earthquake", "epicentre town", True, [
        "ISTANBUL - A magnitude 6.1 earthquake centred in Sındırgı, in Balıkesir province, "
        "shook western Turkey on Sunday evening, the disaster agency AFAD said. "
        "One elderly woman died after being pulled from a collapsed building, and 29 people "
        "were injured. "
        "The quake struck at a depth of about 11 km and was felt in Istanbul. "
        "Interior Minister Ali Yerlikaya said search teams were working through the night.",
        "Turkey quake: what we know\n"
        "The epicentre was near the town of Bigadiç in Balikesir province, according to AFAD, "
        "and the tremor measured 6.1. "
        "One person was killed and 29 hurt. "
        "AFAD put the depth at roughly 11 kilometres. "
        "Shaking was reported as far away as Istanbul and Izmir.\n"
        "Advertisement",
    ], None, r"s[iı]nd[iı]rg[iı]", r"bigadi[cç]"),

    _case("quake-U3", "earthquake", "death toll from one briefing", True, [
        "KABUL (Wire) - At least 812 people were killed and about 2,800 injured when a "
        "magnitude 6.0 earthquake struck eastern Afghanistan near the Pakistan border, a "
        "Taliban government spokesman said at a briefing on Monday afternoon. "
        "Most of the deaths were in Kunar province, where mud-brick homes collapsed on "
        "sleeping families. "
        "Rescuers were struggling to reach remote valleys cut off by landslides. "
        "The United Nations said it was rushing medical supplies to the region.",
        "Afghanistan earthquake\n"
        "The Taliban administration's spokesman told reporters on Monday afternoon that 821 "
        "people had died and around 2,800 had been injured. "
        "The 6.0 quake hit Kunar province late on Sunday night. "
        "Aid agencies said landslides had blocked roads into the worst-hit villages. "
        "Read more: Why Afghan homes are so vulnerable",
    ], ["2025-09-01", "2025-09-01"],
        r"(?<![\d,.])812(?!\d)", r"(?<![\d,.])821(?!\d)"),

    _case("quake-U4", "earthquake", "number of aftershocks", True, [
        "PETROPAVLOVSK-KAMCHATSKY - By Wednesday evening, seismologists had counted 312 "
        "aftershocks following the magnitude 8.8 earthquake off Russia's Kamchatka peninsula, "
        "the regional branch of the Russian Academy of Sciences said. "
        "Tsunami warnings issued across the Pacific, including in Japan and Hawaii, were "
        "gradually lifted. "
        "Several buildings in the regional capital were damaged. "
        "Officials reported no deaths, though several people were treated for minor injuries.",
        "Kamchatka quake - key points\n"
        "• Magnitude 8.8, one of the strongest ever recorded\n"
        "• Tsunami alerts from Japan to Hawaii, later eased\n"
        "• 87 aftershocks recorded by Wednesday evening, according to Russian scientists\n"
        "Damage in Petropavlovsk-Kamchatsky was described as moderate.",
    ], None, r"(?<![\d,.])312(?!\d)", r"(?<![\d,.])87(?!\d)"),

    _case("quake-U5", "earthquake", "clock time across zones", True, [
        "TAIPEI (Wire) - Taiwan's strongest earthquake in 25 years struck the eastern county "
        "of Hualien at 7:58 a.m. local time on Wednesday (2358 GMT Tuesday), collapsing "
        "buildings and triggering landslides. "
        "The U.S. Geological Survey measured it at magnitude 7.4. "
        "Rail services across the island were halted for inspections.",
        "Taiwan quake felt across the strait\n"
        "The tremor hit at around 8:58 a.m. Hong Kong time on Wednesday, the USGS said, "
        "putting its magnitude at 7.4. "
        "It was centred off Hualien on Taiwan's east coast. "
        "Some residents in Hong Kong and Fujian reported feeling the shaking. "
        "Share this article",
    ], ["2024-04-03", "2024-04-03"],
        r"\b7:58|07:58|23:58|\b2358",
        r"\b8:58|08:58|00:58|\b0058"),

    _case("quake-U6", "earthquake", "control: km vs miles, time zones, publish days", False, [
        "AOMORI - A magnitude 7.5 earthquake struck off the coast of Aomori prefecture at "
        "11:15 p.m. local time on Monday, the Japan Meteorological Agency said. "
        "It was centred about 80 km offshore at a depth of 50 km. "
        "Tsunami waves of up to 70 centimetres reached the coast, and at least 30 people were "
        "hurt, mostly by falling objects.",
        "A powerful 7.5-magnitude quake hit northern Japan at 9:15 a.m. ET on Monday (2315 "
        "local time), Japanese officials said. "
        "The epicentre lay roughly 50 miles offshore, about 31 miles deep. "
        "Tsunami waves of about 2.3 feet were observed. "
        "At least 30 people suffered injuries.",
    ], ["2025-12-09", "2025-12-08"]),

    _case("quake-U7", "earthquake", "control: toll updated across dated reports", False, [
        "YANGON - Myanmar's military government said on Friday evening that at least 144 people "
        "had been killed and 732 injured after a magnitude 7.7 earthquake struck near "
        "Mandalay. "
        "The toll was expected to rise as rescuers reached collapsed buildings. "
        "The junta's leader made a rare appeal for international help. "
        "Tremors were felt in neighbouring Thailand and China.",
        "Myanmar quake: death toll passes 2,000\n"
        "The number of people killed in Friday's 7.7 earthquake rose to 2,056 on Monday, with "
        "more than 3,900 injured and 270 missing, the junta said. "
        "Rescuers in Mandalay were still pulling survivors from the rubble. "
        "Aid teams from China, India and Russia have arrived in the country.\n"
        "Advertisement",
    ], ["2025-03-28", "2025-03-31"]),

    # ------------------------------------------------------------------ election
    _case("elec-U1", "election", "vote share of the winner", True, [
        "Poland presidential run-off - live\n"
        "10:00 CEST - Final results from the State Electoral Commission: Karol Nawrocki "
        "50.89%, Rafał Trzaskowski 49.11%. Turnout 71.63%, a record for a run-off.\n"
        "08:15 CEST - Trzaskowski's camp says it will wait for the official count.\n"
        "Advertisement",
        "WARSAW (Wire) - Conservative historian Karol Nawrocki won Poland's presidential "
        "election with 51.89% of the vote, the State Electoral Commission said on Monday. "
        "Turnout was 71.63%. "
        "Nawrocki, backed by the Law and Justice party, beat Warsaw mayor Rafał Trzaskowski. "
        "Prime Minister Donald Tusk said he would seek a confidence vote in parliament.",
    ], None,
        r"50[.,]89|(?<![\d.])50[.,]9(?!\d)",
        r"51[.,]89|(?<![\d.])51[.,]9(?!\d)"),

    _case("elec-U2", "election", "margin in percentage points", True, [
        "Ortiz wins Ashford County executive race\n"
        "Democrat Lena Ortiz defeated Republican Mark Delaney by 4.6 percentage points on "
        "Tuesday, according to unofficial results posted by the county elections board. "
        "About 212,000 ballots were cast. "
        "Ortiz becomes the first Latina to lead the county. "
        "\"This is a win for every neighbourhood,\" she told supporters.",
        "Ashford County: Ortiz beats Delaney\n"
        "Lena Ortiz, a Democrat and former school board member, won the county executive "
        "contest by a 6.4-point margin over Republican Mark Delaney, unofficial returns "
        "showed on Wednesday morning. "
        "Roughly 212,000 votes were cast. "
        "Delaney conceded in a short statement.\n"
        "Read more: Full election results",
    ], ["2025-11-05", "2025-11-05"],
        r"(?<![\d.])4[.,]6(?!\d)", r"(?<![\d.])6[.,]4(?!\d)"),

    _case("elec-U3", "election", "turnout", True, [
        "BERLIN (Wire) - Turnout in Germany's federal election reached 82.5%, the highest "
        "since reunification, the federal returning officer said on Monday. "
        "Friedrich Merz's CDU/CSU bloc came first with 28.5%, while the far-right AfD doubled "
        "its share to 20.8%. "
        "In 2021 turnout had been 76.4%. "
        "Chancellor Olaf Scholz's Social Democrats fell to third place.",
        "German election: key numbers\n"
        "• CDU/CSU: 28.5%\n"
        "• AfD: 20.8%, its best ever result\n"
        "• Turnout: 85.2%, up from 76.4% in 2021 and the highest since 1990\n"
        "Merz is expected to open coalition talks with the Social Democrats.\n"
        "Share this article",
    ], ["2025-02-24", "2025-02-24"],
        r"(?<![\d.])82[.,]5(?!\d)", r"(?<![\d.])85[.,]2(?!\d)"),

    _case("elec-U4", "election", "seat count in final summaries", True, [
        "Dutch election: the final tally\n"
        "D66 and the PVV both won 26 seats in the 150-seat lower house, with the VVD on 22, "
        "GroenLinks-PvdA on 20 and the CDA on 18. "
        "Frans Timmermans has stepped down as leader of GroenLinks-PvdA. "
        "Coalition talks are expected to take months.",
        "THE HAGUE (Wire) - Final results confirmed on Friday gave D66 26 seats, the same as "
        "Geert Wilders's PVV. "
        "The liberal VVD took 22 seats, the CDA 18, and the GroenLinks-PvdA alliance 21. "
        "Frans Timmermans resigned as GroenLinks-PvdA leader after the result. "
        "A majority requires 76 of the 150 seats.",
        "Key points\n"
        "• D66: 26 seats • PVV: 26 • VVD: 22 • GroenLinks-PvdA: 20 • CDA: 18\n"
        "• Timmermans quits as leader of the left-wing alliance\n"
        "Rob Jetten's D66 is expected to lead the first round of coalition talks. "
        "Wilders has said he will stay on as PVV leader.",
    ], None, r"(?<![\d.])20(?![\d.%])", r"(?<![\d.])21(?![\d.%])"),

    _case("elec-U5", "election", "title of the official announcing results", True, [
        "LILONGWE - Electoral Commission chair Grace Mtambo declared Peter Mutharika the "
        "winner of Malawi's presidential election on Wednesday, with 56.1% of the vote. "
        "Incumbent Lazarus Chakwera took 33.0%. "
        "Chakwera conceded in a televised address before the formal announcement. "
        "Observers from the African Union said the vote had been largely peaceful.",
        "Mutharika returns to power in Malawi\n"
        "Interior Minister Grace Mtambo announced the official result at a ceremony in "
        "Lilongwe, giving former president Peter Mutharika 56.1% against about 33% for "
        "Lazarus Chakwera. "
        "Chakwera had already admitted defeat on national television. "
        "Supporters celebrated in the streets of Blantyre, Mutharika's home city.\n"
        "Advertisement",
    ], None,
        r"commission|chair", r"interior|home affairs"),

    _case("elec-U6", "election", "typo in a date's year", True, [
        "SANTIAGO (Wire) - Leftist Jeannette Jara and far-right José Antonio Kast will face "
        "each other in Chile's presidential run-off on 14 December 2025 after neither won a "
        "majority in Sunday's first round. "
        "Jara took 26.8% and Kast 23.9%. "
        "Kast is expected to gather most of the right-wing vote. "
        "Compulsory voting pushed turnout to record levels.",
        "Chile heads to a runoff\n"
        "Voters will return to the polls on December 14, 3025, to choose between Jeannette "
        "Jara, on 26.8 percent, and José Antonio Kast, on 23.9 percent. "
        "Polls suggest Kast is the favourite. "
        "Read more: Who is José Antonio Kast?",
    ], ["2025-11-17", "2025-11-17"], r"2025", r"3025"),

    _case("elec-U7", "election", "control: rounding, shares of different candidates", False, [
        "SANTIAGO - With 99.9% of ballots counted, communist Jeannette Jara had 26.8% of the "
        "vote and José Antonio Kast 23.9%, setting up a run-off. "
        "Populist Franco Parisi came a surprise third with 19.7%. "
        "Voting was compulsory for the first time in a presidential election. "
        "Jara served as labour minister under President Gabriel Boric.",
        "Chile's first round: Jara took nearly 27 percent, Kast about 24 percent and Franco "
        "Parisi close to 20 percent. "
        "Jara and Kast now advance to the second round. "
        "It was the first presidential vote held under Chile's compulsory voting rules. "
        "Kast quickly won the backing of other right-wing candidates.\n"
        "Share this article",
    ], None),

    _case("elec-U8", "election", "control: early and final count across dated reports",
          False, [
        "Romania presidential run-off - live\n"
        "23:50 EEST - With 98% of votes counted, Nicușor Dan has 53.6% to George Simion's "
        "46.4%.\n"
        "22:10 EEST - First partial results, with about 55% of polling stations counted, put "
        "Simion ahead on 51.4%.\n"
        "21:00 EEST - Polls have closed. Turnout stands at 64.7%.\n"
        "Advertisement",
        "BUCHAREST (Wire) - Centrist Bucharest mayor Nicușor Dan won Romania's presidential "
        "run-off on Sunday with 53.6% of the vote, defeating nationalist George Simion on "
        "46.4%. "
        "Early partial counts on Sunday night had shown Simion in front. "
        "Turnout was nearly 65%. "
        "The vote was a rerun of an election that was annulled last year.",
    ], ["2025-05-18", "2025-05-19"]),
]
