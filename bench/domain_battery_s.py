"""Blind battery of disagreements, part S (issue 11).

Part S was written by engineer S1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or the other parts of the battery, and frozen before any run. It is a
held-out part, scored with ``bench/bench_domain_battery.py S``. Its emphasis is on
explainers, analysis pieces and Q&A pages that repeat the news among background and
context, with facts in lists, timelines, captions and pull quotes; its controls include
explainers that mention earlier events with their own numbers and forecasts set against
outcomes. Every text was written for this file.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "S", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # -------------------- trade
    _case(
        "trade-S1", "trade", "duration", True,
        [
            "What happened in Stockholm? An explainer\n"
            "US and Chinese negotiators met behind closed doors at Rosenbad, the Swedish "
            "government's offices in the centre of the capital, on Monday for their third "
            "round of talks this year. The session ran for roughly six hours. Treasury "
            "Secretary Scott Bessent told reporters as he left that the conversations had been "
            "\"very constructive\".\n"
            "Why does it matter? A pause on the steepest tariffs expires on August 12, and "
            "without an extension US duties on many Chinese goods could jump again.\n"
            "What comes next? Officials said a second day of talks would begin on Tuesday "
            "morning.\n"
            "Read more: How the tariff truce works",
            "STOCKHOLM (Reuters) - Top economic officials from the United States and China "
            "held four hours of talks in the Swedish capital on Monday as they sought to "
            "extend a truce that has kept the world's two largest economies from escalating "
            "their tariff war. Bessent and Chinese Vice Premier He Lifeng met at Rosenbad, the "
            "prime minister's office complex. Discussions will resume on Tuesday, a person "
            "familiar with the schedule said. Bessent described the meeting as \"very "
            "constructive\" as he walked out of the building. The current pause on higher "
            "duties is due to lapse on Aug. 12. Stock markets in Asia were little changed on "
            "the news.",
        ],
        None,
        r"\b(6|six) ?(hours?|hrs?|h\b)|360 ?min",
        r"\b(4|four) ?(hours?|hrs?|h\b)|240 ?min",
    ),
    _case(
        "trade-S2", "trade", "length of tariff pause", True,
        [
            "Timeline: how the US-China tariff stand-off cooled\n"
            "April 2 - Washington announces sweeping \"reciprocal\" tariffs on most trading "
            "partners.\n"
            "April 9 - Duties on Chinese imports climb to 125%, on top of earlier fentanyl "
            "levies.\n"
            "May 10-11 - Bessent and He Lifeng meet in Geneva.\n"
            "May 12 - Both sides announce a 90-day pause, during which most of the new levies "
            "are suspended.\n"
            "Under the joint statement, the US rate on Chinese goods falls to 30% and China's "
            "rate on American goods to 10%. Share this article. Analysts said the pause buys "
            "time but settles little about the deeper disputes over chips and subsidies.",
            "GENEVA - The United States and China agreed on Monday to suspend most of the "
            "tariffs they imposed on each other last month, announcing a 60-day pause after "
            "weekend talks in Switzerland. US duties on Chinese imports will come down to 30%, "
            "while Beijing will cut its levy on American goods to 10%, according to a joint "
            "statement released by both governments. Treasury Secretary Scott Bessent told a "
            "news conference that neither side wanted \"a decoupling\". Stock futures rallied on "
            "the announcement. China's commerce ministry called the outcome an important step "
            "toward resolving differences.",
        ],
        ["2025-05-12", "2025-05-12"],
        r"\b90[- ]?days?|ninety[- ]days?|three[- ]months?",
        r"\b60[- ]?days?|sixty[- ]days?|two[- ]months?",
    ),
    _case(
        "trade-S3", "trade", "person's title", True,
        [
            "Analysis | Who sat at the table in London\n"
            "When the two delegations gathered at Lancaster House this week, the American side "
            "of the table was notably crowded. Alongside Treasury Secretary Scott Bessent sat "
            "Jamieson Greer, the US Trade Representative, whose office drafts the actual "
            "tariff schedules. On the Chinese side, Vice Premier He Lifeng was joined by "
            "commerce minister Wang Wentao and negotiator Li Chenggang. The agenda was "
            "dominated by export controls on rare-earth magnets and on American chip-design "
            "software. \"We are making progress,\" Howard Lutnick told reporters during a break.\n"
            "Advertisement\n"
            "Why it matters: the presence of so many export-control officials suggests the "
            "talks have widened well beyond tariffs.",
            "LONDON (AP) - U.S. and Chinese officials met for a second day at Lancaster House "
            "in central London on Tuesday, with rare-earth exports and U.S. restrictions on "
            "chip-design software at the top of the agenda. The American delegation was led by "
            "Treasury Secretary Scott Bessent and included Commerce Secretary Jamieson Greer. "
            "China sent Vice Premier He Lifeng, Commerce Minister Wang Wentao and trade "
            "negotiator Li Chenggang. Talks were expected to run late into the evening. "
            "Neither government released details of the proposals on the table.",
        ],
        None,
        r"trade rep|ustr|representative",
        r"commerce secretary|secretary of commerce",
    ),
    _case(
        "trade-S4", "trade", "venue at different precision", True,
        [
            "Geneva hosts the superpowers for a weekend of tariff talks\n"
            "Delegations from Washington and Beijing spent Saturday at the residence of the "
            "Swiss ambassador to the UN, a lakeside villa in Cologny, in what officials "
            "described as their first face-to-face meeting since tariffs soared in April. "
            "Economy minister Guy Parmelin, who helped broker the meeting, greeted both sides "
            "before withdrawing. The talks continue on Sunday. Police closed the lakeside road "
            "for much of the day and residents reported a heavy security presence.\n"
            "Read more: Why Switzerland? The neutral country has a long record of hosting "
            "delicate negotiations.",
            "GENEVA, May 10 (Reuters) - Senior U.S. and Chinese officials opened talks in "
            "Geneva on Saturday at the Palais des Nations, the European headquarters of the "
            "United Nations, in a bid to de-escalate a trade war that has rattled financial "
            "markets. U.S. Treasury Secretary Scott Bessent and trade envoy Jamieson Greer met "
            "Chinese Vice Premier He Lifeng. Swiss officials had said on Friday that it would "
            "already be a success if the talks simply began. A second day of discussions is "
            "planned for Sunday. Neither side has publicly set out what it hopes to achieve.",
        ],
        ["2025-05-10", "2025-05-10"],
        r"ambassador|residence|villa|cologny",
        r"palais",
    ),
    _case(
        "trade-S5", "trade", "tariff rate", True,
        [
            "Explainer: what's in the Busan trade truce\n"
            "Donald Trump and Xi Jinping met for about 100 minutes at an air base terminal in "
            "Busan on Thursday, their first in-person encounter since 2019.\n"
            "Key numbers:\n"
            "- Fentanyl tariff: down from 20% to 10%\n"
            "- Soybeans: China to resume large purchases this season\n"
            "- Rare earths: Beijing suspends its October export-control regime for one year\n"
            "What did Trump say? He rated the meeting \"a 12\" on a scale of zero to 10.\n"
            "Why it matters: the deal lowers the temperature but leaves most tariffs in place.",
            "BUSAN, South Korea - President Donald Trump said Thursday he would lower the "
            "tariff he imposed on China over fentanyl to 15% from 20%, after talks with "
            "Chinese leader Xi Jinping on the sidelines of the APEC summit. Speaking aboard "
            "Air Force One, Trump said China had agreed to resume buying American soybeans and "
            "to pause its new curbs on rare-earth exports for a year. The two leaders spoke "
            "for roughly an hour and 40 minutes. Trump called the meeting \"amazing\" and said "
            "he planned to visit China in April. Chinese state media described the talks as "
            "candid and in-depth.",
        ],
        None,
        r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)",
    ),
    _case(
        "trade-S6", "trade", "control: earlier round's numbers in explainer", False,
        [
            "US-China talks: how London compares with Geneva\n"
            "What happened? After two days at Lancaster House, negotiators from Washington and "
            "Beijing said on Tuesday night that they had agreed a \"framework\" to put last "
            "month's Geneva consensus into effect.\n"
            "Background: in Geneva on May 12 the two sides agreed to cut their tariffs by 115 "
            "percentage points each for 90 days, bringing US levies on Chinese goods down from "
            "145% to 30%.\n"
            "What's new this time? The London deal is about export controls rather than tariff "
            "levels: China is expected to speed up licences for rare-earth magnets, and "
            "Washington to ease some curbs on chip-design software. Commerce Secretary Howard "
            "Lutnick said the framework still needed the approval of Presidents Trump and Xi.\n"
            "Timeline: June 9 - talks open; June 10 - talks end close to midnight; next - the "
            "leaders' sign-off.",
            "LONDON - U.S. and Chinese officials said late Tuesday they had reached a "
            "framework to implement the consensus from last month's Geneva meeting, after two "
            "days of talks in the British capital. The deal, which must still be signed off by "
            "President Donald Trump and President Xi Jinping, is expected to remove Chinese "
            "restrictions on exports of rare-earth magnets. \"We have reached a framework to "
            "implement the Geneva consensus,\" Commerce Secretary Howard Lutnick told "
            "reporters. China's international trade representative, Li Chenggang, called the "
            "talks professional and candid. No new changes to tariff rates were announced.",
        ],
        ["2025-06-11", "2025-06-11"],
    ),
    _case(
        "trade-S7", "trade", "control: expectation vs outcome; zones", False,
        [
            "Explainer: Trump extends the China tariff truce - what it means\n"
            "What happened? US President Donald Trump signed an executive order on Monday "
            "evening, Washington time, extending the pause on higher tariffs for Chinese goods "
            "by another 90 days, just hours before it was due to lapse. The new deadline is "
            "November 10.\n"
            "Expectations versus outcome: several Wall Street economists had pencilled in a "
            "shorter 30-day extension, or a brief lapse followed by a quick deal, so the full "
            "90 days came as a mild relief.\n"
            "Key numbers: current US tariff on most Chinese imports - 30%; China's rate on US "
            "goods - 10%.\n"
            "Beijing's commerce ministry announced a matching extension on Tuesday morning.\n"
            "Share this article",
            "WASHINGTON - President Donald Trump on Monday extended a tariff truce with China "
            "for another 90 days, averting a sharp rise in duties that had been set to take "
            "effect at 12:01 a.m. Tuesday. The order keeps U.S. tariffs on Chinese goods at "
            "30% and leaves China's 10% retaliatory levies on American products in place until "
            "Nov. 10. The White House did not explain the timing of the signing. China's "
            "Ministry of Commerce was expected to announce its own extension. Retail groups "
            "welcomed the move, saying stores were stocking up for the holiday season.",
        ],
        ["2025-08-12", "2025-08-11"],
    ),
    _case(
        "trade-S8", "trade", "control: one ministry named two ways; same moment, two days", False,
        [
            "BEIJING - China's Ministry of Commerce on Thursday morning announced expanded "
            "export controls on rare-earth technologies, requiring foreign firms to obtain "
            "licences for products that contain even small amounts of Chinese-origin rare "
            "earths. The ministry said the measures, published at around 10 a.m., were meant "
            "to safeguard national security. The rules apply to products in which Chinese rare "
            "earths make up 0.1% or more of the value. A spokesperson said the move was \"not "
            "aimed at any specific country\".\n"
            "Advertisement\n"
            "China produces about 90% of the world's processed rare earths.",
            "Beijing tightens its grip on rare earths ahead of a Trump-Xi meeting\n"
            "China's commerce ministry late Wednesday night, Eastern Time, unveiled sweeping "
            "new controls on exports of rare-earth technology, a move that could complicate a "
            "planned meeting between President Donald Trump and Xi Jinping at the end of the "
            "month. Under the rules, companies abroad will need Beijing's permission to export "
            "goods whose value includes 0.1 percent or more of Chinese-sourced rare earths. "
            "MOFCOM said the curbs protect \"national security and interests\". China accounts "
            "for roughly 90 percent of global rare-earth processing, according to industry "
            "estimates.",
        ],
        ["2025-10-09", "2025-10-08"],
    ),
    # -------------------- court
    _case(
        "court-S1", "court", "vote split", True,
        [
            "What did the Supreme Court decide in Harlan v. FTC?\n"
            "SCOTUS on Friday sided with the White House, ruling 6-3 that the president may "
            "remove members of the Federal Trade Commission without cause.\n"
            "Who wrote the opinion? Chief Justice John Roberts wrote for the majority; Justice "
            "Elena Kagan wrote the principal dissent.\n"
            "Why does it matter? The decision hollows out Humphrey's Executor, a 1935 "
            "precedent that had shielded the leaders of independent agencies from being fired "
            "at will.\n"
            "What happens next? Legal scholars expect fresh fights over the Federal Reserve, "
            "which the majority suggested may be treated differently.\n"
            "Read more: The 1935 case at the heart of the fight",
            "WASHINGTON - The Supreme Court on Friday gave the president broad power to fire "
            "members of independent agencies, ruling 5-4 in a case brought by a former Federal "
            "Trade Commission member who was dismissed before her term ended. Writing for the "
            "court, Chief Justice John Roberts said the Constitution places executive power "
            "\"in a President, not a committee.\" In her dissent, Justice Elena Kagan warned "
            "that the ruling hands one person control over agencies Congress designed to be "
            "bipartisan. The decision did not formally overturn the 1935 Humphrey's Executor "
            "precedent but left it with little force. The opinion signalled that the Federal "
            "Reserve could be treated as an exception.",
        ],
        None,
        r"\b6 ?(-|–|—|to) ?3\b|six[- ]to[- ]three|six-three",
        r"\b5 ?(-|–|—|to) ?4\b|five[- ]to[- ]four|five-four",
    ),
    _case(
        "court-S2", "court", "author of the dissent", True,
        [
            "Justices narrow habeas review in 6-3 ruling\n"
            "The Supreme Court on Friday made it harder for state prisoners to win new "
            "hearings in federal court, ruling 6-3 against a man serving a life sentence in "
            "Ohio for a 2009 shooting in Dayton. Justice Samuel Alito wrote the majority "
            "opinion, joined by the court's other conservatives. Justice Sonia Sotomayor wrote "
            "the dissent for the three liberal justices, calling the outcome \"a door closed on "
            "the innocent.\" Tomas Ruiz, 41, has long maintained that the key witness against "
            "him recanted. His lawyers said they were reviewing their options.",
            "Explainer: Ohio v. Ruiz and the limits of habeas\n"
            "What was the case about? Tomas Ruiz was convicted in 2010 over a shooting in "
            "Dayton the previous year and has spent 15 years in prison. He argues that the "
            "only eyewitness later took back her testimony.\n"
            "The ruling: the justices split 6-3 along ideological lines. Justice Samuel "
            "Alito's majority opinion held that federal judges must defer to state courts' "
            "findings unless they are plainly unreasonable.\n"
            "The dissent: Justice Ketanji Brown Jackson, writing for herself and the court's "
            "two other liberals, said the majority had set the bar so high that almost no "
            "prisoner could clear it.\n"
            "Share this article",
        ],
        ["2025-06-27", "2025-06-27"],
        r"sotomayor",
        r"jackson",
    ),
    _case(
        "court-S3", "court", "size of fine", True,
        [
            "LUXEMBOURG (Reuters) - The European Union's General Court on Wednesday upheld a "
            "€462 million fine imposed on drugmaker Alvora Pharma for paying rivals to delay "
            "cheaper generic versions of its blood-pressure medicine. The Luxembourg-based "
            "court dismissed all of the company's arguments, saying the European Commission "
            "had correctly found that the deals broke EU antitrust rules. The Commission fined "
            "Alvora in 2021 after a six-year investigation. Alvora said it was disappointed "
            "and would consider an appeal to the Court of Justice, the bloc's top court.",
            "Pay-for-delay: EU court backs Commission against Alvora\n"
            "Another win for Brussels. In a judgment handed down on Wednesday, the General "
            "Court confirmed the Commission's 2021 decision against Alvora Pharma in full, "
            "leaving the €426 million penalty untouched.\n"
            "Background: the Commission's investigation, opened in 2015, centred on agreements "
            "under which Alvora paid generic manufacturers to stay out of the market for its "
            "hypertension drug.\n"
            "What the court said: the payments had no plausible explanation other than keeping "
            "competitors away.\n"
            "Advertisement\n"
            "Alvora, in a short statement, said it was disappointed. The firm may still appeal "
            "to the Court of Justice on points of law.",
        ],
        None,
        r"(?<![\d.,])462\b|462,?000,?000|0\.462",
        r"(?<![\d.,])426\b|426,?000,?000|0\.426",
    ),
    _case(
        "court-S4", "court", "date of next hearing", True,
        [
            "NEW YORK (AP) - A federal jury in Manhattan on Thursday convicted a former "
            "cryptocurrency executive of wire fraud and conspiracy, finding that he siphoned "
            "$31 million from customers of a lending platform he ran. Dmitri Valen, 38, showed "
            "no emotion as the verdict was read after about six hours of deliberations. U.S. "
            "District Judge Laura Benitez set sentencing for Feb. 18. The wire fraud count "
            "carries a maximum of 20 years in prison. Valen's lawyer, Arthur Mims, said they "
            "would appeal.",
            "Crypto lender founder found guilty on all counts\n"
            "Jurors needed less than a day to reach their verdict in the case of Dmitri Valen, "
            "the founder of the lending platform CoinHaven, who prosecutors said spent $31m of "
            "customer money on property and a yacht. Judge Laura Benitez scheduled sentencing "
            "for February 25, 2026. Valen faces up to 20 years on the most serious charge. "
            "\"The jury saw through the excuses,\" the US Attorney's office said in a statement.\n"
            "Share this article\n"
            "His attorney, Arthur Mims, said an appeal would follow.",
        ],
        ["2025-11-20", "2025-11-20"],
        r"feb(ruary|\.)? 18\b|\b18 feb|2026-02-18|\b02-18\b",
        r"feb(ruary|\.)? 25\b|\b25 feb|2026-02-25|\b02-25\b",
    ),
    _case(
        "court-S5", "court", "speaker credited with a quote", True,
        [
            "LONDON - The UK Supreme Court ruled unanimously on Wednesday that landlords "
            "cannot rely on a little-known 1977 provision to remove tenants without notice "
            "while renovation work is carried out. The five justices dismissed an appeal by "
            "Castlemere Estates. \"This is a good day for renters right across the country,\" "
            "said Joanne Harper, the tenant who brought the case, speaking outside the court. "
            "Castlemere said it respected the ruling. The decision could affect thousands of "
            "tenancies in England and Wales.",
            "What the Castlemere ruling means for renters\n"
            "Q: What was decided?\n"
            "A: In a unanimous judgment, the Supreme Court held that the 1977 provision does "
            "not let landlords remove tenants without notice to carry out works.\n"
            "Q: Who brought the case?\n"
            "A: A care worker from Croydon, backed by the housing charity Shelterline.\n"
            "Q: What was the reaction?\n"
            "A: \"This is a good day for renters right across the country,\" said Maya Okafor, "
            "Shelterline's chief executive. Castlemere Estates said it respected the court's "
            "decision.\n"
            "Q: Who is affected?\n"
            "A: Potentially thousands of households in England and Wales.",
        ],
        None,
        r"harper",
        r"okafor",
    ),
    _case(
        "court-S6", "court", "control: earlier ruling in explainer; 6-3 in words", False,
        [
            "Explainer: universal injunctions after Trump v. CASA\n"
            "What happened? On Friday the Supreme Court ruled 6-3 that federal judges "
            "generally lack the power to issue \"universal\" injunctions that block a policy for "
            "everyone across the country. Justice Amy Coney Barrett wrote the majority "
            "opinion.\n"
            "What didn't it decide? Whether the president's order limiting birthright "
            "citizenship is itself lawful.\n"
            "Earlier case: in 2018, in Trump v. Hawaii, the justices upheld the travel ban "
            "5-4, and Justice Clarence Thomas used a concurrence to question nationwide "
            "injunctions.\n"
            "What next? The citizenship order cannot take effect for 30 days.",
            "WASHINGTON - The Supreme Court's six conservative justices on Friday curbed the "
            "ability of lower courts to block federal policies nationwide, in a case over "
            "President Donald Trump's order restricting birthright citizenship. Justice Amy "
            "Coney Barrett, writing for the majority, said such sweeping orders go beyond what "
            "Congress has allowed judges to do. The three liberal justices dissented, and "
            "Justice Sonia Sotomayor read her dissent from the bench. The ruling leaves the "
            "legality of the citizenship order itself unresolved. The administration may not "
            "enforce the order for 30 days, the court said.",
        ],
        ["2025-06-28", "2025-06-27"],
    ),
    _case(
        "court-S7", "court", "control: one person's two unrelated quotes", False,
        [
            "WASHINGTON (Reuters) - A U.S. appeals court ruled on Friday that most of "
            "President Donald Trump's sweeping tariffs were imposed illegally under an "
            "emergency-powers law, but allowed them to stay in place until Oct. 14 so the "
            "administration can appeal to the Supreme Court. The 7-4 decision by the U.S. "
            "Court of Appeals for the Federal Circuit upheld a May ruling by the Court of "
            "International Trade. Trump attacked the decision on social media, calling it \"a "
            "terrible, partisan decision that we will overturn.\" The Justice Department is "
            "expected to file its appeal within days. Tariffs on steel and aluminum, which "
            "rest on a different law, are not affected.",
            "Appeals court says Trump overstepped with emergency tariffs - what now?\n"
            "The Federal Circuit, the specialist appeals court for trade cases, voted seven to "
            "four that the International Emergency Economic Powers Act does not give the "
            "president power to impose open-ended import taxes. The duties stay in force until "
            "October 14, giving the Department of Justice time to seek Supreme Court review. "
            "Speaking at the White House earlier in the day, before the ruling was released, "
            "Trump said: \"Our tariffs are bringing in record money, and that is going to "
            "continue.\" Levies on steel, aluminium and cars, imposed under separate "
            "national-security powers, are untouched.\n"
            "Related: How the Court of International Trade ruled in May",
        ],
        None,
    ),
    # -------------------- central bank
    _case(
        "cb-S1", "central bank", "committee vote split", True,
        [
            "Bank of England cuts rates: what it means for your mortgage\n"
            "What happened? The Bank of England's Monetary Policy Committee cut Bank Rate by a "
            "quarter of a percentage point to 4% on Thursday, the lowest level in more than "
            "two years.\n"
            "How did the committee vote? Unusually tightly: the MPC split five votes to four, "
            "with the minority preferring to hold rates at 4.25%.\n"
            "What did the Governor say? Andrew Bailey said any further cuts would be \"gradual "
            "and careful\".\n"
            "What does it mean for borrowers? Lenders are expected to trim tracker and "
            "variable rates within days.",
            "LONDON (Reuters) - The Bank of England lowered interest rates to 4.0% from 4.25% "
            "on Thursday, with policymakers voting 7-2 in favour of the cut as inflation "
            "remains well above target. It was the fifth quarter-point reduction since August "
            "last year. Governor Andrew Bailey told reporters the Bank would take a \"gradual "
            "and careful\" approach to any further easing. Consumer price inflation stood at "
            "3.6% in June.",
            "Mortgage holders get a small lift as BoE trims to 4%\n"
            "Borrowers on trackers will see a modest saving after the Bank of England's "
            "rate-setters voted 5-4 to cut Bank Rate from 4.25 per cent. The Bank's Governor, "
            "Andrew Bailey, stressed a gradual and careful path from here.\n"
            "Advertisement\n"
            "Savers, meanwhile, can expect easy-access rates to drift lower over the summer. "
            "Brokers said fixed-rate deals had already priced in the move.",
        ],
        None,
        r"\b5 ?(-|–|—|to) ?4\b|five[- ](votes )?to[- ]four|five-four",
        r"\b7 ?(-|–|—|to) ?2\b|seven[- ](votes )?to[- ]two|seven-two",
    ),
    _case(
        "cb-S2", "central bank", "names of dissenters", True,
        [
            "WASHINGTON - The Federal Reserve held its benchmark interest rate steady in a "
            "range of 4.25% to 4.50% on Wednesday, but two governors dissented in favor of a "
            "cut, the first time since 1993 that more than one governor has opposed a rate "
            "decision. Governors Christopher Waller and Michelle Bowman wanted a quarter-point "
            "reduction. Chair Jerome Powell said the labor market remained \"solid\" and that no "
            "decision had been made about September. The vote was 9-2. Traders pared bets on a "
            "September move during his press conference.",
            "Fed explainer: why two governors broke ranks\n"
            "The split: the Federal Open Market Committee voted 9-2 on Wednesday to keep rates "
            "at 4.25%-4.5%. The dissenters were Christopher Waller and Adriana Kugler, both "
            "arguing that tariffs would lift prices only briefly.\n"
            "History: it was the first double dissent by governors in more than three decades.\n"
            "What Powell said: the chair described the jobs market as solid and said the "
            "committee had made no decisions about its next meeting.\n"
            "What's next: the FOMC meets again on September 16-17.",
        ],
        ["2025-07-30", "2025-07-31"],
        r"bowman",
        r"kugler",
    ),
    _case(
        "cb-S3", "central bank", "weekday vs date", True,
        [
            "SYDNEY, Aug 12 (Reuters) - Australia's central bank cut its cash rate by 25 basis "
            "points to a two-year low of 3.60% on Tuesday, as inflation settled back inside "
            "its 2-3% target band. The Reserve Bank of Australia's board said the decision was "
            "unanimous. Governor Michele Bullock said further easing might be needed \"over the "
            "coming year\" if the economy evolved as expected. The Australian dollar was little "
            "changed. Markets had fully priced in the move.",
            "RBA cuts again - here's what it means for your home loan\n"
            "The Reserve Bank trimmed the official cash rate to 3.6 per cent on Wednesday, and "
            "the big four banks moved within hours to pass the cut on to variable-rate "
            "borrowers. Board members were unanimous. For a borrower with a $600,000 mortgage, "
            "a quarter-point cut saves roughly $90 a month, according to comparison-site "
            "figures. Bullock told a press conference more cuts could come \"over the coming "
            "year\".\n"
            "Advertisement\n"
            "Underlying inflation has fallen to 2.7 per cent.",
        ],
        ["2025-08-12", "2025-08-12"],
        r"tuesday|aug(ust|\.)? 12\b|\b12 aug|2025-08-12|\b08-12\b",
        r"wednesday|aug(ust|\.)? (6|13)\b|\b(6|13) aug|2025-08-(06|13)|\b08-(06|13)\b",
    ),
    _case(
        "cb-S4", "central bank", "amount of bond purchases", True,
        [
            "TOKYO - The Bank of Japan kept its short-term policy rate at 0.5% on Tuesday and "
            "said it would slow the pace at which it shrinks its government bond buying from "
            "next April. Under the revised plan, the BOJ will trim its monthly purchases by "
            "200 billion yen each quarter from April 2026, half the current pace of 400 "
            "billion yen. Governor Kazuo Ueda said the bank wanted to avoid unnecessary "
            "volatility in the bond market. The decision to hold rates was unanimous.",
            "The BOJ's bond taper, explained\n"
            "Why is the BOJ buying bonds at all? For more than a decade it soaked up "
            "government debt to hold down long-term borrowing costs; it is now slowly stepping "
            "back.\n"
            "Key numbers:\n"
            "Policy rate - 0.5%, unchanged\n"
            "Current quarterly cut in monthly buying - ¥400bn\n"
            "From April 2026 - ¥250bn a quarter\n"
            "What did Ueda say? That the bank wants to avoid unnecessary swings in yields.\n"
            "Vote on rates: unanimous.",
        ],
        None,
        r"(?<![\d.,])200(?![\d.,%])|(?<![\d.,])200,?000,?000,?000|0\.2 ?trillion",
        r"(?<![\d.,])250(?![\d.,%])|(?<![\d.,])250,?000,?000,?000|0\.25 ?trillion",
    ),
    _case(
        "cb-S5", "central bank", "date of next meeting", True,
        [
            "FRANKFURT (Reuters) - The European Central Bank cut its deposit rate by a quarter "
            "point to 2.00% on Thursday, its eighth reduction in a year, and signalled it may "
            "be nearing the end of its easing cycle. ECB President Christine Lagarde told "
            "reporters the bank was \"in a good position\" to handle uncertainty. Staff "
            "projections now see inflation averaging 2.0% this year and 1.6% in 2026. The "
            "ECB's next policy meeting is on July 24. The euro edged higher against the dollar.",
            "ECB cuts to 2%: five things to know\n"
            "1. The cut. The deposit rate falls to 2%, down from a peak of 4% in 2023.\n"
            "2. The count. This is the eighth cut since June 2024.\n"
            "3. Inflation. Euro-zone inflation slipped to 1.9% in May, below target.\n"
            "4. Lagarde's message. She said the ECB was \"in a good position\", a phrase markets "
            "read as a hint of a pause.\n"
            "5. Next stop. Policymakers meet again on July 17, when most economists expect no "
            "change.",
        ],
        ["2025-06-05", "2025-06-05"],
        r"july 24|24 july|2025-07-24|\b07-24\b",
        r"july 17|17 july|2025-07-17|\b07-17\b",
    ),
    _case(
        "cb-S6", "central bank", "control: expected cut vs actual hold", False,
        [
            "SEOUL (Yonhap) - The Bank of Korea kept its benchmark interest rate unchanged at "
            "2.50% on Thursday, surprising economists who had expected a quarter-point cut to "
            "support a slowing economy. Governor Rhee Chang-yong said rising apartment prices "
            "in Seoul and high household debt argued for caution. Of 18 economists polled "
            "before the meeting, 13 had forecast a cut to 2.25%. The central bank stuck to its "
            "growth forecast of 0.8% for this year. The won strengthened slightly after the "
            "announcement.",
            "Why didn't the Bank of Korea cut?\n"
            "What happened? The BOK's monetary policy board left the base rate at 2.5% on "
            "Thursday.\n"
            "What was expected? Most analysts had pencilled in a 25-basis-point reduction to "
            "2.25%, after the bank last cut in May, from 2.75%.\n"
            "Why the pause? Governor Rhee Chang-yong pointed to the housing market in Seoul, "
            "where apartment prices have climbed for weeks, and to household debt.\n"
            "What's the outlook? The bank still sees growth of just 0.8% this year.\n"
            "Share this article",
        ],
        None,
    ),
    _case(
        "cb-S7", "central bank", "control: bp vs points; old and new range; zones", False,
        [
            "WASHINGTON - The Federal Reserve cut interest rates by 25 basis points on "
            "Wednesday, lowering its benchmark range to 4.00%-4.25% from 4.25%-4.50%, its "
            "first reduction since December. The vote was 11-1, with newly appointed governor "
            "Stephen Miran dissenting in favor of a larger, half-point cut. Fed Chair Jerome "
            "Powell called the move a \"risk-management cut\" aimed at a softening labor market. "
            "Officials' median projection pointed to two more cuts this year.",
            "Fed trims rates by a quarter point, signals more to come\n"
            "The US central bank lowered the federal funds rate by 0.25 percentage points in "
            "the early hours of Thursday, Singapore time, to a range of 4 per cent to 4.25 per "
            "cent. Only one member of the Federal Open Market Committee, Stephen Miran, voted "
            "against, preferring a cut of 50 basis points. Chairman Jerome Powell described "
            "the decision as a \"risk-management cut\". The Fed's dot plot showed policymakers "
            "expect two more quarter-point cuts before the end of the year. Asian stocks were "
            "mixed.",
        ],
        ["2025-09-17", "2025-09-18"],
    ),
    _case(
        "cb-S8", "central bank", "control: rounding; earlier moves in explainer", False,
        [
            "Explainer: the BOJ's rate rise in context\n"
            "What happened? The Bank of Japan raised its short-term policy rate to 0.5% from "
            "0.25% on Friday, taking borrowing costs to their highest in 17 years.\n"
            "History: the BOJ ended eight years of negative rates in March 2024, lifting its "
            "rate from -0.1% to a range of 0 to 0.1%, then raised it to 0.25% in July, a move "
            "that helped trigger a global market sell-off in early August.\n"
            "Why now? Core consumer inflation reached 3.0% in December.\n"
            "The vote: 8-1.\n"
            "Pull quote: \"If our outlook is realised, we will keep raising rates\" - Governor "
            "Kazuo Ueda",
            "TOKYO - Japan's central bank lifted interest rates on Friday to 0.5%, their "
            "highest level since 2008, with one of its nine board members voting against. The "
            "quarter-point increase had been widely flagged by Governor Kazuo Ueda and his "
            "deputy. Ueda told reporters the bank would continue to raise rates if its outlook "
            "for the economy and prices was realised. Japan's core inflation rate was about 3% "
            "in December. The yen firmed against the dollar after the decision.",
        ],
        None,
    ),
    # -------------------- rocket
    _case(
        "rocket-S1", "rocket", "name of the spacecraft", True,
        [
            "Starship Flight 10: the run-down\n"
            "After a string of setbacks, SpaceX finally got a clean-looking flight out of "
            "Starbase on Tuesday evening. The Super Heavy booster, B16, flew a planned "
            "landing-burn experiment and came down in the Gulf of Mexico, while the upper "
            "stage, Ship 37, reached space and deployed eight Starlink simulators. The ship "
            "then re-entered over the Indian Ocean and made a controlled splashdown. \"Great "
            "work by the SpaceX team!!\" Elon Musk posted.\n"
            "Advertisement\n"
            "The previous upper stage was destroyed in a ground-test explosion in June.",
            "STARBASE, Texas (AP) - SpaceX's Starship completed its tenth test flight on "
            "Tuesday, releasing a batch of eight dummy satellites and steering its upper stage "
            "to a targeted splashdown in the Indian Ocean. The upper stage, designated Ship "
            "38, also relit one of its Raptor engines in space. The first-stage booster, "
            "Booster 16, splashed into the Gulf of Mexico after testing a new landing "
            "technique. The company had suffered a run of failures earlier this year, "
            "including the loss of a ship on the test stand in June. NASA is counting on "
            "Starship to land astronauts on the Moon later this decade.",
        ],
        None,
        r"ship ?37|\bs37\b",
        r"ship ?38|\bs38\b",
    ),
    _case(
        "rocket-S2", "rocket", "clock time across zones", True,
        [
            "TANEGASHIMA, Japan (Kyodo) - Japan's flagship H3 rocket lifted off from the "
            "Tanegashima Space Center at 2:30 a.m. local time on Sunday, carrying a navigation "
            "satellite that will improve the accuracy of the country's GPS-style positioning "
            "system. The satellite separated as planned about 30 minutes after launch, the "
            "Japan Aerospace Exploration Agency said. It was the sixth flight of the H3, which "
            "failed on its debut in 2023. The launch had been postponed twice because of bad "
            "weather.",
            "Japan's H3 rocket launched a Michibiki navigation satellite early on Sunday local "
            "time, lifting off from the southern island of Tanegashima at 17:50 GMT on "
            "Saturday. JAXA, the country's space agency, confirmed that the spacecraft had "
            "separated from the rocket roughly half an hour into the flight. The H3, built by "
            "Mitsubishi Heavy Industries, is meant to halve launch costs compared with its "
            "predecessor, the H-IIA. After a failed maiden launch in March 2023, the rocket "
            "has now flown successfully five times in a row.\n"
            "Read more: Japan's space ambitions",
        ],
        ["2025-10-26", "2025-10-25"],
        r"\b(0?2:30|17:30|5:30 ?p)",
        r"\b(0?2:50|17:50|5:50 ?p)",
    ),
    _case(
        "rocket-S3", "rocket", "duration of the flight", True,
        [
            "VAN HORN, Texas - Blue Origin's New Shepard carried six people to the edge of "
            "space on Wednesday, the company's 15th crewed flight. The capsule touched down "
            "under parachutes in the West Texas desert after a flight lasting 10 minutes and "
            "21 seconds. The booster landed vertically on its pad about seven minutes after "
            "liftoff. Passengers included a retired schoolteacher from Ohio and a Brazilian "
            "engineer. The capsule climbed to an altitude of about 105 kilometers, above the "
            "Karman line.",
            "Another joyride above the Karman line\n"
            "Six more space tourists can claim their astronaut wings after New Shepard's 15th "
            "human flight on Wednesday. From liftoff to capsule touchdown the trip took 12 "
            "minutes and 4 seconds, Blue Origin said on its webcast. The booster, meanwhile, "
            "was back on the pad in about seven minutes. Among those on board: a Brazilian "
            "engineer and a former Ohio teacher. Peak altitude: roughly 105 km.\n"
            "Share this article",
        ],
        None,
        r"\b10 ?(minutes?|mins?|m)\b|\b10:21\b|\b621 ?s",
        r"\b12 ?(minutes?|mins?|m)\b|\b12:04\b|\b724 ?s",
    ),
    _case(
        "rocket-S4", "rocket", "number of satellites", True,
        [
            "BEIJING, Nov 10 (Reuters) - A Chinese commercial rocket placed six satellites "
            "into orbit on Monday, state media reported. The Kinetica-1 solid-fuel rocket, "
            "developed by CAS Space, a company spun off from the Chinese Academy of Sciences, "
            "lifted off from the Jiuquan Satellite Launch Center at 12:02 p.m. Beijing time. "
            "Its payloads included remote-sensing and weather satellites. It was the rocket's "
            "eighth flight.",
            "China's commercial space sector: another busy week\n"
            "What launched? CAS Space's Kinetica-1, a four-stage solid rocket, flew from "
            "Jiuquan in the Gobi Desert on Monday at 12:02 p.m. local time, carrying seven "
            "satellites.\n"
            "Who is CAS Space? A Beijing start-up backed by the Chinese Academy of Sciences.\n"
            "What were the satellites? A mix of Earth-observation and meteorological payloads.\n"
            "Flight count: this was the rocket's eighth launch; it failed once, in late 2024.",
        ],
        ["2025-11-10", "2025-11-10"],
        r"(?<![\d.,])(6|six)(?![\d.,])",
        r"(?<![\d.,])(7|seven)(?![\d.,])",
    ),
    _case(
        "rocket-S5", "rocket", "launch site", True,
        [
            "China's LandSpace on Wednesday launched its Zhuque-3 rocket on its maiden orbital "
            "flight from the Jiuquan Satellite Launch Center in the north-western Gobi Desert, "
            "reaching orbit but failing to recover the first stage. The stainless-steel "
            "rocket, powered by methane and liquid oxygen, is China's closest equivalent to "
            "SpaceX's Falcon 9. The booster was to attempt a landing on a dedicated pad but "
            "crashed, the company said in a statement. LandSpace said the second stage "
            "performed normally.",
            "Why Zhuque-3 matters\n"
            "LandSpace's new rocket flew for the first time on Wednesday from the Taiyuan "
            "Satellite Launch Center in Shanxi province, putting a test payload into orbit.\n"
            "Reusability: the first stage tried to land on a purpose-built pad but was lost "
            "just before touchdown.\n"
            "Engines: nine methane-fuelled engines on the first stage.\n"
            "Context: China's state-owned rocket makers are also racing to fly reusable "
            "boosters. \"The orbit was exactly as planned,\" a LandSpace engineer said in a "
            "video.",
        ],
        None,
        r"jiuquan",
        r"taiyuan|shanxi",
    ),
    _case(
        "rocket-S6", "rocket", "control: units and same moment on two days", False,
        [
            "STARBASE, Texas - SpaceX launched its Starship megarocket on an 11th test flight "
            "at 6:23 p.m. CDT Monday, closing out the rocket's second-generation design with "
            "what the company called a near-flawless mission. The Super Heavy booster splashed "
            "down in the Gulf of Mexico after a landing-burn test, while Starship reached "
            "space at more than 26,000 km/h, released eight mock Starlink satellites and relit "
            "an engine in space. The upper stage made a controlled splashdown in the Indian "
            "Ocean. The rocket stands about 123 metres (403 feet) tall.",
            "SpaceX's Starship flew again on Tuesday morning Japan time, lifting off from "
            "southern Texas at 8:23 a.m. JST for its 11th test flight. The upper stage "
            "travelled at more than 16,000 mph, deployed eight dummy Starlink satellites and "
            "performed an in-space engine restart before splashing down in the Indian Ocean, "
            "SpaceX said. The booster came down in the Gulf of Mexico as planned. The 403-foot "
            "vehicle is the largest rocket ever flown.\n"
            "Read more: What's next for Starship V3?",
        ],
        ["2025-10-13", "2025-10-14"],
    ),
    _case(
        "rocket-S7", "rocket", "control: timeline of earlier flights", False,
        [
            "Starship's troubled 2025, in dates\n"
            "Jan 16 - Flight 7: the upper stage breaks apart about eight and a half minutes "
            "after launch, raining debris over the Turks and Caicos.\n"
            "Mar 6 - Flight 8: another upper stage is lost, this time after around nine and a "
            "half minutes, forcing flight diversions in Florida.\n"
            "May 27 - Flight 9: the ship reaches space but starts to spin after a leak and "
            "breaks up over the Indian Ocean; the booster, flying for the second time, is lost "
            "during a landing experiment.\n"
            "What's at stake? NASA needs Starship working to land astronauts on the Moon under "
            "the Artemis programme.\n"
            "Caption: The Starship stack on the pad at Starbase before Flight 9.",
            "STARBASE, Texas (AP) - SpaceX's Starship spun out of control and broke apart on "
            "Tuesday, the third failure in a row for Elon Musk's Mars rocket. The rocket "
            "lifted off from Texas in the evening and reached space, but a leak caused the "
            "ship to lose attitude control and tumble. Contact was lost and the ship "
            "disintegrated over the Indian Ocean. The Super Heavy booster, which was being "
            "reused for the first time, also broke apart as it tried a steeper descent toward "
            "the Gulf. Musk said a lot of good data had been gathered.",
        ],
        None,
    ),
    # -------------------- earthquake
    _case(
        "quake-S1", "earthquake", "magnitude", True,
        [
            "PORT MORESBY, July 30 (Reuters) - A magnitude 6.9 earthquake struck off the "
            "island of New Britain in Papua New Guinea early on Wednesday, the U.S. Geological "
            "Survey said, prompting a brief tsunami warning that was later lifted. It was "
            "centred 10 km below the seabed, about 190 km east of the town of Kimbe. Officials "
            "said they had yet to hear of any damage or injuries. The country lies along the "
            "seismically restless Pacific \"Ring of Fire\", and strong tremors are common.",
            "Earthquake off New Britain: what we know\n"
            "What happened? A quake measured by the USGS at magnitude 6.6 shook the Papua New "
            "Guinea island of New Britain on Wednesday morning.\n"
            "Where was it? The epicentre was at sea, 190km east of Kimbe, at a shallow depth "
            "of 10km.\n"
            "Was there a tsunami? The Pacific Tsunami Warning Center briefly warned of "
            "hazardous waves for nearby coasts, then said the threat had passed.\n"
            "Any damage? None reported so far, local officials said.",
        ],
        ["2025-07-30", "2025-07-30"],
        r"(?<![\d.])6\.9(?!\d)",
        r"(?<![\d.])6\.6(?!\d)",
    ),
    _case(
        "quake-S2", "earthquake", "epicentre town", True,
        [
            "ISTANBUL (AP) - A magnitude 6.1 earthquake shook western Turkey on Sunday "
            "evening, killing one person and toppling more than a dozen buildings, officials "
            "said. The epicenter was in Sindirgi, a small town in Balikesir province, "
            "according to Turkey's disaster management agency AFAD. The tremor was felt in "
            "Istanbul and in the coastal city of Izmir. Rescuers pulled 16 people alive from "
            "the rubble. Interior Minister Ali Yerlikaya said an elderly woman had died after "
            "being brought out of a collapsed house.",
            "Why western Turkey shakes so often\n"
            "Sunday's magnitude 6.1 quake, centred in the town of Bigadic in Balikesir "
            "province according to AFAD, was a reminder that the whole Aegean region is slowly "
            "stretching apart.\n"
            "Key facts: deaths - 1; people rescued from collapsed buildings - 16; felt as far "
            "away as Istanbul and Izmir.\n"
            "Background: the region's faults are distinct from the North Anatolian Fault, "
            "which produced the devastating 1999 Izmit quake that killed more than 17,000 "
            "people.\n"
            "Advertisement\n"
            "Seismologists say aftershocks could continue for weeks.",
        ],
        None,
        r"s[iı]nd[iı]rg[iı]",
        r"bigadi[cç]",
    ),
    _case(
        "quake-S3", "earthquake", "number of aftershocks", True,
        [
            "KABUL (Reuters) - A magnitude 6.0 earthquake struck eastern Afghanistan late on "
            "Sunday, killing at least 800 people and injuring more than 2,500, the Taliban "
            "administration said on Monday. The shallow quake, at a depth of 8 km, hit near "
            "the city of Jalalabad just before midnight local time. Worst hit was Kunar "
            "province, where villages of mud-brick homes collapsed on steep slopes. At least "
            "five aftershocks followed the main tremor, the USGS said. Helicopters were "
            "ferrying the injured to hospitals in Jalalabad.",
            "Afghanistan earthquake: why so many died\n"
            "The numbers: magnitude 6.0; depth 8km; at least 800 dead and over 2,500 injured, "
            "according to Taliban officials; 12 aftershocks recorded by the USGS since the "
            "main shock.\n"
            "Why so deadly? The quake struck close to midnight, when families were asleep in "
            "houses of stone and mud.\n"
            "Access: landslides blocked the roads into Kunar's valleys, so rescuers relied on "
            "helicopters.\n"
            "Background: in October 2023 a series of quakes in Herat province killed about "
            "1,500 people.\n"
            "Advertisement",
        ],
        ["2025-09-01", "2025-09-01"],
        r"(?<![\d.,])(5|five)(?![\d.,])",
        r"(?<![\d.,])(12|twelve)(?![\d.,])|dozen",
    ),
    _case(
        "quake-S4", "earthquake", "clock time across zones", True,
        [
            "TOKYO - A strong earthquake with a preliminary magnitude of 6.7 struck off "
            "Japan's north-eastern coast at 11:15 p.m. local time on Monday, the Japan "
            "Meteorological Agency said, triggering a tsunami advisory for Aomori and Iwate "
            "prefectures. Waves of up to 50 centimetres were forecast. Public broadcaster NHK "
            "showed buildings swaying in the city of Hachinohe. The epicentre was off Aomori "
            "at a depth of about 50 km. East Japan Railway briefly halted bullet trains.",
            "Quake rattles northern Japan, tsunami advisory issued\n"
            "The Japan Meteorological Agency put the magnitude at 6.7. The tremor hit at 14:45 "
            "GMT, off the coast of Aomori prefecture, with strong shaking felt in Hachinohe. "
            "Coasts in Aomori and Iwate were told to expect waves of up to half a metre. "
            "Shinkansen services were suspended for a time as a precaution. The JMA said the "
            "quake was around 50km deep.\n"
            "Share this article",
        ],
        None,
        r"\b(11:15|23:15|14:15|2:15 ?p)",
        r"\b(11:45|23:45|14:45|2:45 ?p)",
    ),
    _case(
        "quake-S5", "earthquake", "death toll (same-day conflict)", True,
        [
            "QUITO, April 6 (Reuters) - A magnitude 6.2 earthquake struck northern Ecuador on "
            "Sunday, killing at least 14 people and damaging hundreds of homes in the coastal "
            "province of Esmeraldas, the national risk management agency said on Sunday "
            "evening. The quake struck at 7:40 a.m. local time at a depth of 30 km, according "
            "to Ecuador's Geophysical Institute. President Daniel Noboa declared a state of "
            "emergency in the province.",
            "Esmeraldas earthquake: state of emergency declared\n"
            "Ecuador's risk management secretariat said on Sunday evening that 41 people had "
            "died in the quake that shook the Pacific coast in the morning.\n"
            "Magnitude: 6.2 (Geophysical Institute)\n"
            "Time: 7:40 a.m.\n"
            "Depth: 30 km\n"
            "President Daniel Noboa announced a state of emergency for Esmeraldas province, "
            "where hundreds of houses were damaged. Aid agencies began distributing water and "
            "tents.\n"
            "Share this article",
            "Ecuador quake kills 14 on the Pacific coast\n"
            "Fourteen people lost their lives when a strong earthquake hit Esmeraldas province "
            "on Sunday morning, the country's risk management agency said in its evening "
            "update. Many of the victims were in the provincial capital, where several older "
            "buildings collapsed. President Daniel Noboa declared a state of emergency. Rescue "
            "teams were still searching damaged homes on the outskirts of the city after dark.",
        ],
        ["2025-04-06", "2025-04-06", "2025-04-06"],
        r"(?<![\d.,])14(?![\d.,])|fourteen",
        r"(?<![\d.,])41(?![\d.,])|forty-one",
    ),
    _case(
        "quake-S6", "earthquake", "control: km vs miles; rounding; agency named two ways", False,
        [
            "TAIPEI (AP) - A magnitude 6.2 earthquake shook southern Taiwan shortly after "
            "midnight Tuesday, injuring at least 15 people and damaging several homes. The "
            "quake was centered 38 kilometers (24 miles) northeast of the Chiayi County "
            "government seat at a depth of 9.7 kilometers, Taiwan's Central Weather "
            "Administration said. Residents of nearby Tainan were woken by the shaking. "
            "Taiwan's largest chipmaker said it was checking its factories in the south.",
            "Taiwan quake: key facts\n"
            "Magnitude: 6.2, according to the island's weather agency, the CWA.\n"
            "Time: 12:17 a.m. local time on Tuesday (16:17 GMT on Monday).\n"
            "Location: about 24 miles north-east of the Chiayi County seat.\n"
            "Depth: roughly 10km.\n"
            "Injuries: 15, most of them minor.\n"
            "Why are quakes so common here? Taiwan sits where the Eurasian and Philippine Sea "
            "plates collide; a magnitude 7.4 quake in Hualien in April 2024 killed 18 people.",
        ],
        None,
    ),
    _case(
        "quake-S7", "earthquake", "control: toll updated later, dates show it", False,
        [
            "CEBU, Philippines (Reuters) - A magnitude 6.9 earthquake struck off the central "
            "Philippine province of Cebu late on Tuesday, killing at least 26 people, disaster "
            "officials said on Wednesday. The quake hit at 9:59 p.m. at a shallow depth of "
            "about 10 km, near the northern city of Bogo, according to the Philippine "
            "Institute of Volcanology and Seismology (Phivolcs). Houses collapsed and a church "
            "was damaged in the town of San Remigio. More than 600 aftershocks had been "
            "recorded by early Wednesday.",
            "Cebu earthquake: what we know so far\n"
            "Toll: the number of people killed in Tuesday night's magnitude 6.9 quake has "
            "risen to 72, the Office of Civil Defense said on Friday.\n"
            "Epicentre: offshore, close to Bogo City in northern Cebu, according to Phivolcs, "
            "the state seismology agency.\n"
            "Aftershocks: more than 4,000 have been recorded since the main shock.\n"
            "Background: it was the country's deadliest quake since 2013, when a magnitude 7.2 "
            "tremor on Bohol killed more than 200 people.\n"
            "Read more: How to prepare for an earthquake",
        ],
        ["2025-10-01", "2025-10-03"],
    ),
    # -------------------- election
    _case(
        "elec-S1", "election", "vote share", True,
        [
            "BUCHAREST (Reuters) - Centrist Bucharest mayor Nicusor Dan won Romania's "
            "presidential run-off on Sunday with 53.6% of the vote, defeating hard-right "
            "nationalist George Simion, who took 46.4%, according to near-complete results. "
            "Turnout was 64.7%, higher than in the first round. Dan, a former mathematician, "
            "campaigned on fighting corruption and keeping Romania firmly anchored in the "
            "European Union and NATO. Simion conceded on Monday. The leu firmed sharply in "
            "early trading.",
            "Romania's election, explained\n"
            "Who won? Nicusor Dan, the independent mayor of Bucharest, with 54.3% in Sunday's "
            "second round.\n"
            "Why was there a re-run? The original 2024 vote was annulled by the constitutional "
            "court amid allegations of Russian interference in the campaign.\n"
            "What did Dan promise? To clean up politics and keep Romania on its pro-Western "
            "course.\n"
            "Turnout: about 65%, according to the electoral authority.\n"
            "Read more: Who is George Simion?",
            "Pro-EU mayor wins Romania run-off\n"
            "Nicusor Dan will be Romania's next president. The mathematician-turned-mayor took "
            "53.6 per cent of the vote, with George Simion on 46.4 per cent, according to the "
            "central electoral bureau. Markets cheered: the leu and Romanian bonds rallied on "
            "Monday. Dan has promised to name a prime minister quickly.\n"
            "Advertisement",
        ],
        None,
        r"(?<![\d.])53\.6(?!\d)",
        r"(?<![\d.])54\.3(?!\d)",
    ),
    _case(
        "elec-S2", "election", "winning margin in votes", True,
        [
            "It's Mayor-elect Vance\n"
            "Teresa Vance will be Rockport's next mayor after beating two-term council "
            "president Greg Odum by 2,310 votes in Tuesday's election, according to unofficial "
            "results posted by the county clerk just after 11 p.m. Vance, 46, a former "
            "schoolteacher, ran on fixing the city's water plant. \"Tonight, Rockport chose to "
            "invest in itself,\" she told supporters at the Harbor Grill. Odum conceded by "
            "phone. Turnout was about 38%, the clerk's office said.\n"
            "Advertisement\n"
            "Vance will be sworn in on Jan. 5.",
            "ROCKPORT - City council member Teresa Vance won the race for mayor on Tuesday, "
            "defeating council president Greg Odum by a margin of 1,960 votes, unofficial "
            "county results showed. Vance, a former teacher, made repairs to the aging water "
            "treatment plant the centerpiece of her campaign. Odum called Vance to concede "
            "shortly before midnight. She takes office in January. The clerk estimated turnout "
            "at 38 percent.",
        ],
        ["2025-11-05", "2025-11-05"],
        r"(?<![\d.,])2,?310(?![\d])",
        r"(?<![\d.,])1,?960(?![\d])",
    ),
    _case(
        "elec-S3", "election", "turnout", True,
        [
            "TOKYO (Kyodo) - Prime Minister Shigeru Ishiba's ruling coalition lost its "
            "majority in the House of Councillors in Sunday's election, winning 47 of the 125 "
            "seats contested, short of the 50 it needed. Turnout was 58.5%, up sharply from "
            "the previous upper house vote in 2022. The populist Sanseito party, campaigning "
            "under a \"Japanese First\" slogan, won 14 seats. Ishiba said he would stay on to "
            "handle tariff negotiations with the United States.",
            "Japan's upper house election: Q&A\n"
            "What was at stake? Half of the 248-seat House of Councillors plus one vacancy - "
            "125 seats in all.\n"
            "Who won? The Liberal Democratic Party and its partner Komeito took 47, three "
            "short of keeping their majority in the chamber.\n"
            "Who surged? Sanseito, a right-wing populist party founded in 2020, won 14 seats.\n"
            "How many people voted? Turnout was 56.9%, the internal affairs ministry said.\n"
            "What next for Ishiba? He has said he will remain in office, citing trade talks "
            "with Washington.",
        ],
        None,
        r"(?<![\d.])58\.5(?!\d)",
        r"(?<![\d.])56\.9(?!\d)",
    ),
    _case(
        "elec-S4", "election", "date with an obvious year typo", True,
        [
            "SYDNEY, May 4 (Reuters) - Australia's centre-left Labor government was returned "
            "to power with an increased majority in the election held on Saturday, May 3, "
            "2025, as Prime Minister Anthony Albanese capitalised on voter unease over U.S. "
            "tariffs. Opposition leader Peter Dutton lost his own seat of Dickson to Labor's "
            "Ali France. Albanese is the first Australian prime minister to win a second "
            "consecutive three-year term in more than 20 years. Counting continued in a number "
            "of close seats.",
            "How Labor's landslide unfolded\n"
            "Timeline:\n"
            "March 28 - Albanese calls the election.\n"
            "April 22 - Early voting opens.\n"
            "3 May 2205 - Polling day; Labor is declared the winner within hours of polls "
            "closing.\n"
            "Election night - Dutton concedes and loses Dickson to Ali France.\n"
            "Why it matters: Albanese becomes the first prime minister since John Howard in "
            "2004 to win back-to-back elections.\n"
            "Share this article",
        ],
        ["2025-05-04", "2025-05-04"],
        r"2025",
        r"2205",
    ),
    _case(
        "elec-S5", "election", "person's title", True,
        [
            "OTTAWA (CP) - A record 7.3 million Canadians cast ballots at advance polls ahead "
            "of Monday's federal election, Elections Canada said. Chief Electoral Officer "
            "Stephane Perrault told reporters the agency was ready for long lines on election "
            "day and urged voters to check the location of their polling station on their "
            "voter information card. Advance polls ran over four days, from Good Friday to "
            "Easter Monday. Prime Minister Mark Carney's Liberals are seeking a fourth "
            "consecutive mandate.",
            "Canada votes: a guide for election day\n"
            "When do polls open? Hours vary by time zone, but most polling stations are open "
            "for 12 hours.\n"
            "How many have already voted? About 7.3 million people voted early, a record, "
            "according to Elections Canada.\n"
            "What if I lost my voter card? You can still vote with ID, said Stephane Perrault, "
            "a spokesperson for Elections Canada.\n"
            "Who's running? Liberal leader Mark Carney faces Conservative Pierre Poilievre.",
        ],
        None,
        r"chief electoral officer",
        r"spokes(person|man|woman)",
    ),
    _case(
        "elec-S6", "election", "control: poll forecasts vs result; figures of other parties", False,
        [
            "BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national election "
            "on Sunday with 28.5% of the vote, while the far-right Alternative for Germany "
            "(AfD) came second with 20.8%, its best result ever. Chancellor Olaf Scholz's "
            "Social Democrats slumped to 16.4%, their worst post-war showing. Turnout was "
            "82.5%, the highest since reunification. Merz said he aimed to form a government "
            "by Easter.",
            "German election: the polls versus the result\n"
            "Final polls had put the CDU/CSU on around 30% and the AfD on 20%; on the night "
            "the conservatives got 28.5% and the AfD 20.8%. The SPD, polling at 15%, finished "
            "on 16.4%.\n"
            "The rest: the Greens took 11.6% and Die Linke 8.8%, far above the 3% it was "
            "polling in January. The pro-business FDP, on 4.3%, and Sahra Wagenknecht's BSW, "
            "on 4.97%, fell short of the 5% threshold.\n"
            "Turnout: 82.5%, up from 76.4% in 2021.\n"
            "What next? Merz hopes to have a coalition in place by Easter.",
        ],
        ["2025-02-24", "2025-02-24"],
    ),
    _case(
        "elec-S7", "election", "control: rounding and points; earlier run-off", False,
        [
            "WARSAW, June 2 (Reuters) - Conservative historian Karol Nawrocki narrowly won "
            "Poland's presidential run-off, final results showed on Monday, taking 50.89% of "
            "the vote against 49.11% for Warsaw mayor Rafal Trzaskowski. Turnout was a record "
            "71.63%. The result is a blow to Prime Minister Donald Tusk's pro-EU government, "
            "since the president can veto legislation. Nawrocki, backed by the Law and Justice "
            "party, will be sworn in in August.",
            "Poland's knife-edge vote, in numbers\n"
            "Karol Nawrocki took just under 51% of the vote, beating Rafał Trzaskowski by "
            "about 1.8 percentage points - fewer than 370,000 votes out of more than 20 "
            "million cast.\n"
            "Turnout hit nearly 72%, a record for a presidential run-off.\n"
            "Deja vu for Trzaskowski: in 2020 he lost the run-off to Andrzej Duda by 51.0% to "
            "49.0%.\n"
            "What can the president do? Veto bills - and Tusk's coalition lacks the "
            "three-fifths majority needed to override him.\n"
            "Nawrocki takes office in August.",
        ],
        None,
    ),
]
