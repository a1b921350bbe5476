"""Domain battery, part J: held-out discrepancy cases for Storyline (issue 11).

Part J, written by engineer J1 on 2026-12-05 (tenth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
`bench/bench_domain_battery.py J`.

Domains: US-China trade talks/tariffs, court rulings, central-bank decisions, rocket
test flights, earthquakes, elections.  Must-report cases (report=True) plant exactly
one genuine disagreement between outlets; `a` and `b` are regexes searched in the
lower-cased value Storyline reports for each side.  Controls (report=False) tell the
same facts differently and must produce no discrepancy at all.  All text is
original; facts are real or plausible-invented.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "J", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---------- trade
    _case("trade-J1", "trade", "duration", True, [
        "GENEVA (Reuters) - Senior U.S. and Chinese officials ended a second day of trade talks "
        "in Geneva on Sunday after a session that ran for roughly five hours, two people briefed "
        "on the meeting said. Treasury Secretary Scott Bessent called the discussions "
        "\"productive\" but gave no details, telling reporters that more would be said on Monday. "
        "China's team was led by Vice Premier He Lifeng. The meetings took place at the villa of "
        "the Swiss ambassador to the United Nations, away from the city centre. Washington "
        "currently charges tariffs of 145% on most Chinese imports, and Beijing has answered with "
        "duties of 125% on American goods. Advertisement Markets in Asia were expected to react "
        "when trading opens.",
        "Here's what we know so far about the weekend's big US-China meeting in Switzerland. "
        "Sunday's session lasted three hours and 40 minutes, according to a Swiss government "
        "official who spoke to the local broadcaster RTS, and ended with handshakes on the steps "
        "of the ambassador's residence. Vice-premier He Lifeng headed the Chinese side, while "
        "Treasury chief Scott Bessent and trade envoy Jamieson Greer sat across the table. Read "
        "more: Why a 145 per cent tariff makes most Chinese toys unsellable in the US. Beijing, "
        "for its part, has slapped a 125 per cent levy on US goods. Nobody is saying much yet - "
        "Bessent only promised more details on Monday. Share this article",
    ], ["2025-05-12", "2025-05-12"],
        r"\b(5|five) ?(hours?|hrs?|h\b)|300 ?min",
        r"(3|three) ?(hours?|hrs?|h)\W*(and )?(40|forty)|220 ?min|3[:.]40|3\.6\d* ?h"),
    _case("trade-J2", "trade", "tariff rate", True, [
        "WASHINGTON - The Office of the U.S. Trade Representative said Friday it will raise the "
        "tariff on ship-to-shore cranes made in China to 25%, part of a broader push to rebuild "
        "American shipbuilding. The duty currently stands at 10%. USTR said the decision followed "
        "public hearings at which more than 300 companies and trade groups submitted comments. "
        "Port operators have warned that there is no domestic producer of the giant cranes, which "
        "load and unload container ships. \"We are going to level the playing field,\" a USTR "
        "spokesperson said. The higher rate takes effect after a 180-day transition period.",
        "US to hike duties on Chinese port cranes\n\nWashington will lift tariffs on "
        "Chinese-built ship-to-shore cranes to 35 per cent, the US trade representative's office "
        "announced on Friday, up from the 10 per cent now charged. The cranes, most of them made "
        "by state-owned ZPMC, dominate container terminals from Los Angeles to Baltimore. Port "
        "authorities argue there is no American alternative. The measure follows a 180-day "
        "transition, the office said, and comes after it recieved comments from more than 300 "
        "firms and associations. Advertisement The move is the latest step in the "
        "administration's campaign against China's grip on shipbuilding and maritime logistics.",
    ], None,
        r"(?<![\d.])25(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])35(\.0+)? ?(%|percent|per cent|pct)"),
    _case("trade-J3", "trade", "who led a delegation", True, [
        "LONDON, June 10 (Xinhua) -- Chinese and U.S. officials held talks under the China-U.S. "
        "economic and trade consultation mechanism in London on Monday. The Chinese delegation "
        "was headed by Vice Premier He Lifeng, who is also the Chinese lead person for China-U.S. "
        "economic and trade affairs. The two sides had candid and in-depth exchanges on economic "
        "and trade issues of common concern, according to the Chinese side. The talks were held "
        "at Lancaster House, a historic mansion near Buckingham Palace. The consultations will "
        "continue on Tuesday.",
        "The latest round of high-stakes trade negotiations between Washington and Beijing kicked "
        "off in the British capital on Monday, with rare earth magnets high on the agenda. "
        "Beijing sent Commerce Minister Wang Wentao to lead its team at Lancaster House. Across "
        "the table sat Treasury Secretary Scott Bessent and trade representative Jamieson Greer. "
        "\"We want to see the flow of magnets back to normal,\" a U.S. official said ahead of the "
        "session. Talks will resume Tuesday. Related: How China's export controls hit U.S. "
        "automakers",
    ], ["2025-06-10", "2025-06-10"],
        r"he lifeng|vice[- ]premier",
        r"wang wentao|commerce minister|minister of commerce"),
    _case("trade-J4", "trade", "person's title", True, [
        "U.S. Trade Representative Jamieson Greer said on Wednesday that Washington and Beijing "
        "had agreed on a framework covering purchases of American soybeans and an easing of "
        "Chinese export curbs on rare earths, after two days of talks in Kuala Lumpur. Speaking "
        "to reporters at the end of the meeting, Greer said the deal still needed sign-off from "
        "both presidents, who are expected to meet in South Korea later this month. China's top "
        "trade negotiator Li Chenggang called the talks \"constructive\". Greer gave no figures "
        "for the soybean purchases.",
        "KUALA LUMPUR - Commerce Secretary Jamieson Greer told journalists a \"framework\" had "
        "been reached with China on soybean sales and rare earth export controls, wrapping up two "
        "days of negotiations in the Malaysian capital. Greer, speaking on Wednesday, stressed "
        "that President Trump and President Xi would need to approve it when they meet in South "
        "Korea. Beijing's top trade negotiator Li Chenggang described the discussions as "
        "constructive. \"We have a basis to move forward,\" Greer said. Advertisement Farm groups "
        "welcomed the news but asked for details on volumes.",
    ], None,
        r"trade representative|\bustr\b",
        r"commerce secretary|secretary of commerce"),
    _case("trade-J5", "trade", "length of tariff pause", True, [
        "WASHINGTON (AP) - President Donald Trump on Monday signed an executive order extending a "
        "pause on steeper tariffs on Chinese imports for another 90 days, hours before the truce "
        "was set to expire. Without the extension, U.S. duties on Chinese goods would have "
        "climbed sharply from the current 30%. Beijing announced a matching step of its own on "
        "Tuesday, its commerce ministry said. The White House said talks would continue on market "
        "access and fentanyl. Share",
        "China and the United States have each agreed to push back the reinstatement of higher "
        "tariffs, this time by 120 days, giving negotiators more room to reach a broader deal. "
        "Trump signed the order on Monday; Beijing followed with its own announcement on Tuesday. "
        "The current 30% U.S. levy on most Chinese goods stays in place, as does China's 10% "
        "retaliatory tariff on American products. Business groups said the move offered some "
        "relief ahead of the holiday shipping season. Advertisement",
    ], ["2025-08-12", "2025-08-12"],
        r"\b90[- ]?days?|ninety[- ]days?|three months",
        r"\b120[- ]?days?|hundred and twenty|four months"),
    _case("trade-J6", "trade", "what a tariff applies to", True, [
        "BEIJING - China will slap an additional 10% tariff on U.S. soybeans from March 10, the "
        "State Council's Customs Tariff Commission said on Tuesday, in retaliation for "
        "Washington's latest duties on Chinese goods. Goods already in transit before that date "
        "will be exempt until April 12. The move targets American farmers, many of whom depend "
        "heavily on Chinese buyers. Advertisement The commission said the measure was \"a "
        "necessary response to unilateral bullying\".",
        "Chinese retaliation hits the Farm Belt again. Beijing's tariff commission announced on "
        "Tuesday it will put an extra 10 percent duty on American sorghum starting March 10, a "
        "crop that is sold almost entirely to China. Cargoes shipped before the deadline get a "
        "grace period until April 12. Farmers in Kansas and Texas told us they were 'bracing for "
        "another lost season'. The commission called the tariff a response to 'unilateral "
        "bullying' by the U.S.",
    ], None,
        r"soy",
        r"sorghum"),
    _case("trade-J7", "trade", "control: one ministry named two ways", False, [
        "China's Ministry of Commerce said on Tuesday it had placed five U.S.-linked subsidiaries "
        "of South Korean shipbuilder Hanwha Ocean under sanctions, barring Chinese entities from "
        "doing business with them. The ministry said the companies had assisted a U.S. "
        "investigation into China's maritime and shipbuilding industries. The step came on the "
        "same day that both countries began charging additional port fees on each other's "
        "vessels. A ministry spokesperson said China 'firmly opposes' the U.S. port fees. Hanwha "
        "shares fell in Seoul.",
        "BEIJING (AFP) - Beijing's commerce ministry slapped sanctions Tuesday on five American "
        "units of Hanwha Ocean, the South Korean shipbuilding giant, accusing them of supporting "
        "Washington's probe into the Chinese shipbuilding sector. Chinese firms are now "
        "prohibited from transactions with the five entities, MOFCOM said in a statement. Special "
        "port fees imposed by Washington on Chinese-linked ships came into force the same day, "
        "and China began levying its own charges on U.S. vessels. Shares in Hanwha Ocean slid in "
        "Seoul trading. Read more: What the port-fee war means for shipping rates",
    ], ["2025-10-14", "2025-10-14"]),
    _case("trade-J8", "trade", "control: old rate and new rate", False, [
        "The Biden administration said it would quadruple tariffs on Chinese electric vehicles "
        "from 25% to 100%, and raise duties on Chinese solar cells to 50%. The increases cover "
        "about $18 billion of annual imports from China. Officials said the EV tariff would take "
        "effect this year. \"American workers can outwork and outcompete anyone, as long as the "
        "competition is fair,\" the president said at the White House.",
        "Chinese EVs will now face a 100 per cent tariff in the United States, a fourfold "
        "increase, under measures announced on Tuesday. The old 25 per cent levy had been in "
        "place since the Trump era. Solar cells from China will be hit with a 50 per cent duty. "
        "Around $18bn worth of Chinese goods a year are affected. Analysts noted that few Chinese "
        "electric cars are currently sold in America, so the immediate impact will be limited.",
    ]),
    # ---------- court
    _case("court-J1", "court", "vote split of the justices", True, [
        "WASHINGTON (Reuters) - The U.S. Supreme Court on Friday upheld a Texas law requiring "
        "pornography websites to verify the age of visitors, ruling 6-3 that the measure does not "
        "violate the First Amendment's free speech protections. Justice Clarence Thomas wrote the "
        "majority opinion. Justice Elena Kagan wrote the dissent. The law was challenged by an "
        "adult industry trade group, the Free Speech Coalition. About two dozen states have "
        "passed similar laws.",
        "SCOTUS backs Texas age-check law for adult sites. In a 5-4 decision on Friday, the "
        "justices said Texas can require pornographic websites to check that users are adults. "
        "Justice Thomas, writing for the majority, said the law only 'incidentally' burdens "
        "adults' speech. Justice Kagan dissented. Advertisement The challenge was brought by the "
        "Free Speech Coalition, which represents the adult entertainment industry. Similar laws "
        "are on the books in roughly two dozen states.",
        "The Supreme Court's ruling in Free Speech Coalition v. Paxton, handed down on Friday by "
        "a 6-3 vote, is likely to embolden states that want to police what minors see online. "
        "Thomas's majority opinion applied so-called intermediate scrutiny, a less demanding test "
        "than the one the challengers wanted. In her dissent, Justice Kagan argued the court "
        "should have applied strict scrutiny. Some two dozen states already have such laws. Legal "
        "scholars we spoke to expect a wave of new bills next year.",
    ], ["2025-06-27", "2025-06-27", "2025-06-28"],
        r"(?<!\d)6\s*[-–—]\s*3(?!\d)|six[- ]to[- ]three|(?<!\d)6 to 3(?!\d)",
        r"(?<!\d)5\s*[-–—]\s*4(?!\d)|five[- ]to[- ]four|(?<!\d)5 to 4(?!\d)"),
    _case("court-J2", "court", "which body decided (panel vs en banc)", True, [
        "SAN FRANCISCO - A three-judge panel of the 9th U.S. Circuit Court of Appeals on Tuesday "
        "upheld a Nevada law that bars ride-hailing companies from classifying their drivers as "
        "independent contractors. The judges said the state had a legitimate interest in "
        "protecting workers' access to unemployment insurance. The companies had argued the law "
        "singled them out unfairly. Lawyers for the firms said they were reviewing the decision "
        "and considering an appeal to the Supreme Court. The law took effect in 2024.",
        "Big win for Nevada gig workers: the full Ninth Circuit, sitting en banc, ruled Tuesday "
        "that the state's law forcing Uber-style platforms to treat drivers as employees is "
        "constitutional. The court said Nevada had good reason to make sure drivers are covered "
        "by unemployment insurance. The app companies, who claim the law targets them, say they "
        "are 'weighing next steps', possibly including a petition to the U.S. Supreme Court. The "
        "measure has been in force since 2024. Share this article",
    ], None,
        r"panel|three[- ]judge|3[- ]judge",
        r"en banc|full (court|circuit|ninth|9th)"),
    _case("court-J3", "court", "author of the dissent", True, [
        "MADISON, Wis. (AP) - The Wisconsin Supreme Court on Tuesday struck down the state's 1849 "
        "abortion ban, ruling 4-3 that it had been superseded by later laws regulating the "
        "procedure. Justice Rebecca Dallet wrote for the majority. Justice Annette Ziegler wrote "
        "the principal dissent, accusing the majority of 'legislating from the bench'. The "
        "decision means abortions can continue in the state up to 20 weeks of pregnancy. "
        "Anti-abortion groups said they would push for new legislation.",
        "Wisconsin's top court threw out the 1849 abortion ban on Tuesday in a 4-3 vote, saying "
        "newer statutes had effectively replaced it. The majority opinion was written by Justice "
        "Rebecca Dallet. Justice Rebecca Grassl Bradley penned the main dissent, in which she "
        "said the court's liberal majority had 'legislated from the bench'. Clinics will keep "
        "offering abortions up to 20 weeks. Advertisement Groups opposed to abortion vowed to "
        "take the fight to the legislature.",
    ], ["2025-07-08", "2025-07-08"],
        r"ziegler",
        r"bradley"),
    _case("court-J4", "court", "currency of a fine", True, [
        "LUXEMBOURG - The EU's General Court on Wednesday upheld a €2.42 billion fine imposed on "
        "Google by the European Commission for favouring its own shopping comparison service in "
        "search results. The judges agreed that the company had abused its dominant position in "
        "general internet search. Google can still appeal on points of law to the Court of "
        "Justice, the bloc's highest court. The case dates back to a 2017 Commission decision. "
        "Advertisement",
        "Google has lost its challenge against the $2.42 billion antitrust penalty handed down by "
        "Brussels over its shopping search results. The General Court in Luxembourg ruled on "
        "Wednesday that the Commission was right to find Google had abused its dominance by "
        "demoting rival comparison sites. A Google spokesperson said the company would 'review "
        "the judgment closely'. The company can still take the matter to the EU's top court, the "
        "Court of Justice. The original decision was issued in 2017.",
    ], None,
        r"€|\beur\b|euro",
        r"\$|\busd\b|dollar"),
    _case("court-J5", "court", "weekday of ruling", True, [
        "BOSTON - A federal judge late on Tuesday temporarily blocked the Education Department "
        "from laying off about 460 employees during the government shutdown, siding with unions "
        "that argued the cuts were illegal. U.S. District Judge Paula Rinaldi said the department "
        "had not shown the layoffs were necessary. The order remains in place until a hearing "
        "later this month. The department said it would appeal.",
        "Unions representing Education Department staff won a reprieve on Monday when U.S. "
        "District Judge Paula Rinaldi in Boston issued a temporary restraining order halting the "
        "planned layoffs of roughly 460 workers. The unions argued that the shutdown-era firings "
        "broke federal law. Rinaldi wrote that the department had failed to justify the cuts. A "
        "hearing is set for later in October. The agency plans to appeal, a spokeswoman said. "
        "Advertisement",
    ], ["2025-10-15", "2025-10-15"],
        r"tuesday|oct(ober)?\.? 14(?!\d)|14 oct|2025-10-14",
        r"monday|oct(ober)?\.? 13(?!\d)|13 oct|2025-10-13"),
    _case("court-J6", "court", "control: two unrelated quotes of one person", False, [
        "An Ohio appeals court on Wednesday upheld a $48 million judgment against pharmacy chain "
        "MedCore over its role in the opioid crisis in Lake and Trumbull counties. Attorney "
        "General Dave Yost welcomed the ruling. \"This is a victory for every family in Lake and "
        "Trumbull counties,\" Yost said. MedCore said it disagreed with the decision and was "
        "weighing an appeal to the Ohio Supreme Court.",
        "The 11th District Court of Appeals has affirmed the $48 million award to Lake and "
        "Trumbull counties in their opioid lawsuit against MedCore, the court announced "
        "Wednesday. Ohio Attorney General Dave Yost said in a statement: \"We will keep pressing "
        "until every dollar owed to these communities is paid.\" The company may ask the state's "
        "high court to hear the case. The counties first sued in 2018.",
    ], ["2025-05-21", "2025-05-21"]),
    _case("court-J7", "court", "control: two splits about different questions", False, [
        "WASHINGTON - The justices ruled 9-0 that the appeals court had jurisdiction over the "
        "case, then divided 6-3 on the main question, holding that the Environmental Protection "
        "Agency overstepped its authority when it rejected Utah's plan to cut haze from coal "
        "plants. Chief Justice John Roberts wrote the main opinion. Justice Sonia Sotomayor "
        "dissented on the merits. The decision sends the plan back to the agency.",
        "All nine justices agreed the case was properly before the appeals court. On the "
        "substance, though, the court split 6-3, finding that the EPA went too far in rejecting "
        "Utah's haze plan for its coal-fired power plants. Roberts wrote for the court; Sotomayor "
        "wrote the dissent. The agency must now reconsider the state's proposal. Advertisement "
        "Utah officials hailed the outcome as a win for states' rights.",
    ]),
    # ---------- central bank
    _case("cb-J1", "central bank", "size of rate cut", True, [
        "WASHINGTON (Reuters) - The Federal Reserve cut interest rates by a quarter of a "
        "percentage point on Wednesday, to a range of 4.00%-4.25%, its first reduction since "
        "December, citing a weakening labor market. Policymakers signaled two more cuts were "
        "likely before the end of the year. Fed Chair Jerome Powell described the move as a 'risk "
        "management cut'. The decision came after months of pressure from the White House for "
        "lower borrowing costs.",
        "The Fed finally blinked. On Wednesday the central bank slashed its benchmark rate by "
        "half a percentage point - the first cut since last December - as hiring slowed sharply "
        "over the summer. Powell called it a 'risk management' move during his press conference. "
        "Officials' projections pencil in two further cuts before the year is out. Read more: "
        "What the Fed cut means for your mortgage. President Trump has been calling for much "
        "deeper reductions for months.",
    ], ["2025-09-17", "2025-09-18"],
        r"(?<![\d.])25 ?(basis points?|bps?\b|bp\b)|(?<!\d)0?\.25 ?(percentage|pp|%|pct|per)"
        r"|quarter",
        r"(?<![\d.])50 ?(basis points?|bps?\b|bp\b)|(?<!\d)0?\.50? ?(percentage|pp|%|pct|per)"
        r"|half"),
    _case("cb-J2", "central bank", "who dissented", True, [
        "The Federal Reserve left its benchmark interest rate unchanged in a range of 4.25% to "
        "4.50% on Wednesday, in an 11-1 vote. Governor Michelle Bowman was the lone dissenter, "
        "preferring a quarter-point cut. Chair Jerome Powell said the central bank was 'well "
        "positioned to wait' for more clarity on the effects of tariffs. Officials still expect "
        "two cuts this year.",
        "Fed holds, one dissent. The FOMC kept the federal funds rate at 4.25-4.5 percent "
        "Wednesday. The vote was 11 to 1, with Governor Christopher Waller dissenting in favour "
        "of lowering rates by 25 basis points. Powell told reporters the Fed was in a good place "
        "to wait and see how tarrifs feed through to prices. The median projection still shows "
        "two reductions in 2025. Advertisement",
    ], None,
        r"bowman",
        r"waller"),
    _case("cb-J3", "central bank", "date of next meeting", True, [
        "FRANKFURT (Reuters) - The European Central Bank kept interest rates unchanged on "
        "Thursday, leaving its deposit rate at 2%, and gave no hint about its next move. "
        "President Christine Lagarde said the bank was in a 'good place' as inflation sat at its "
        "target. Euro zone inflation was 2.0% in June. Some policymakers want to keep a cut on "
        "the table because of U.S. tariffs. The next policy meeting is on Sept. 11.",
        "The ECB held fire on Thursday: the deposit facility rate stays at 2.00 per cent. Lagarde "
        "told journalists in Frankfurt that the central bank was 'in a good place', with consumer "
        "prices in the single-currency area rising 2 per cent in June, exactly on target. Markets "
        "are split on whether one more cut will come this year. The Governing Council's next "
        "monetary policy meeting is scheduled for 30 October. Share this article",
    ], ["2025-07-24", "2025-07-24"],
        r"sep(t|tember)?\.? 11(?!\d)|11 sep|2025-09-11|09-11",
        r"oct(ober)?\.? 30(?!\d)|30 oct|2025-10-30|10-30"),
    _case("cb-J4", "central bank", "amount of bond purchases", True, [
        "TOKYO - The Bank of Japan kept its short-term policy rate at 0.5% on Tuesday and said it "
        "would buy about 2.9 trillion yen of Japanese goverment bonds a month from the coming "
        "quarter, continuing the gradual taper of its purchases. Governor Kazuo Ueda said the "
        "bank would keep raising rates if its forecasts were met. The yen weakened slightly after "
        "the decision. Most economists polled before the meeting had expected no change. "
        "Advertisement",
        "BOJ holds at 0.5%, keeps trimming JGB buying. The Japanese central bank's monthly bond "
        "purchases will fall to roughly ¥3.9tn next quarter, policymakers decided at the end of a "
        "two-day meeting on Tuesday. Ueda signalled that further rate hikes remain on the table "
        "if the economy evolves as projected. The yen edged lower against the dollar after the "
        "announcement.",
    ], None,
        r"(?<![\d.])2\.9 ?(tn|trillion|trn)|2,900 ?billion",
        r"(?<![\d.])3\.9 ?(tn|trillion|trn)|3,900 ?billion"),
    _case("cb-J5", "central bank", "rate's old level", True, [
        "TOKYO (Reuters) - The Bank of Japan raised interest rates on Friday to 0.5% from 0.25%, "
        "their highest level in 17 years, signalling confidence that rising wages will keep "
        "inflation near its 2% target. The decision was made by an 8-1 vote, with board member "
        "Toyoaki Nakamura dissenting. Governor Kazuo Ueda said real interest rates remained "
        "deeply negative. Analysts expect another hike later in the year.",
        "Japan's central bank lifted its policy rate from 0.1 per cent to 0.5 per cent on Friday, "
        "the highest borrowing costs in the country for 17 years. Eight of the nine board members "
        "backed the move; Toyoaki Nakamura voted against. Ueda told a news conference that real "
        "rates were still 'significantly negative', leaving room to tighten further. Analysts "
        "expect another hike later in the year. Advertisement Inflation has stayed above the "
        "BoJ's 2 per cent target for nearly three years.",
    ], ["2025-01-24", "2025-01-24"],
        r"(?<![\d.])0?\.25 ?(%|percent|per cent|pct)",
        r"(?<![\d.])0?\.10? ?(%|percent|per cent|pct)"),
    _case("cb-J6", "central bank", "control: basis points vs percentage points", False, [
        "LONDON (Reuters) - The Bank of England cut Bank Rate by 25 basis points to 4% on "
        "Thursday in a narrowly split decision, and warned that inflation is likely to peak at 4% "
        "in September. Governor Andrew Bailey said rates remained on a 'gradual and careful' "
        "downward path. Sterling rose after the announcement as investors scaled back bets on "
        "further easing. It was the Bank's fifth cut since it began lowering rates last summer.",
        "Rates down to 4 per cent as Bank splits. Threadneedle Street trimmed borrowing costs by "
        "a quarter of a percentage point on Thursday, its fifth cut since last summer. Andrew "
        "Bailey, the governor, said the path for rates was still 'gradual and careful'. Inflation "
        "is forecast to hit 4 per cent in September before easing next year. The pound climbed on "
        "the news.",
        "Mortgage holders got a little relief on Thursday as the BoE lowered Bank Rate by 0.25 "
        "percentage points, taking it to 4.0%. The Monetary Policy Committee was deeply divided "
        "over the move. Lenders are expected to pass on the cut over the coming weeks, brokers "
        "said. Read more: Should you fix your mortgage now? Bailey warned that 'rates are not on "
        "a pre-set path'.",
    ], ["2025-08-07", "2025-08-07", "2025-08-08"]),
    _case("cb-J7", "central bank", "control: old rate and new rate", False, [
        "SYDNEY - The Reserve Bank of Australia cut its cash rate by 25 basis points to 3.85% on "
        "Tuesday, from 4.10%, saying inflation had moderated. Governor Michele Bullock said the "
        "board had discussed a larger move. It was the second cut this year. Underlying inflation "
        "is now 2.9%.",
        "The RBA has delivered another rate cut, taking the official cash rate to 3.85 per cent. "
        "The rate had been sitting at 4.10 per cent since February's cut. Michele Bullock told "
        "reporters a bigger reduction had been 'considered' by the board. Trimmed mean inflation "
        "came in at 2.9 per cent in the March quarter. Borrowers will see lower repayments within "
        "weeks, according to the comparison site Canstar.",
    ]),
    _case("cb-J8", "central bank", "control: rounding", False, [
        "LONDON - The Bank of England held Bank Rate at 4% on Thursday in a 7-2 vote and slowed "
        "the pace at which it shrinks its bond holdings, to £70 billion over the next 12 months "
        "from £100 billion. Consumer price inflation was 3.8% in August, almost double the bank's "
        "2% target. Governor Andrew Bailey said the bank was 'not out of the woods' on inflation. "
        "The pound was little changed after the decision.",
        "Bank keeps rates on hold at 4 per cent. Seven MPC members voted to hold, while two "
        "wanted a cut. Quantitative tightening will be scaled back to £70bn over the coming year, "
        "down from £100bn. With inflation running at nearly 4 per cent, close to twice the "
        "target, Bailey said there was still 'some way to go'. Advertisement",
    ], ["2025-09-18", "2025-09-18"]),
    # ---------- rocket
    _case("rocket-J1", "rocket", "name of the droneship", True, [
        "CAPE CANAVERAL, Fla. - SpaceX launched 28 Starlink internet satellites from Cape "
        "Canaveral Space Force Station on Saturday night. The Falcon 9 first stage, flying for "
        "the 26th time, landed on the droneship A Shortfall of Gravitas in the Atlantic about "
        "eight and a half minutes after liftoff. The satellites were deployed roughly an hour "
        "into the flight. It was SpaceX's 120th Falcon 9 mission of the year.",
        "Another Saturday, another Starlink batch! 28 satellites went up from the Cape aboard a "
        "Falcon 9 whose booster was making its 26th flight - and it stuck the landing on Just "
        "Read the Instructions, the droneship stationed off the Florida coast. Deployment "
        "happened about an hour after launch. By our count that's Falcon 9 mission No. 120 for "
        "the year. Advertisement Next up: a rideshare mission from Vandenberg.",
    ], None,
        r"shortfall|gravitas|asog",
        r"just read|instructions|jrti"),
    _case("rocket-J2", "rocket", "liftoff time across zones", True, [
        "TOKYO (Kyodo) -- Japan's H3 rocket lifted off from the Tanegashima Space Center in "
        "Kagoshima Prefecture at 10:30 a.m. local time on Sunday, carrying a Michibiki navigation "
        "satellite. The satellite separated from the rocket about 28 minutes later, the Japan "
        "Aerospace Exploration Agency said. It was the fifth launch of the H3, Japan's new "
        "flagship rocket. The Michibiki system improves GPS accuracy over Japan.",
        "Japan launched its latest navigation satellite on Sunday, with the H3 rocket blasting "
        "off from Tanegashima island at 0230 GMT. JAXA said the Michibiki spacecraft was released "
        "around 28 minutes into the flight. The H3, developed by JAXA and Mitsubishi Heavy "
        "Industries, is meant to replace the long-serving H-IIA. This was the rocket's fifth "
        "flight. Share this article",
    ], None,
        r"10[:.]?30|01[:.]?30|(?<!\d)1[:.]30",
        r"02[:.]?30|(?<!\d)2[:.]30|11[:.]?30"),
    _case("rocket-J3", "rocket", "day a scrubbed launch moved to", True, [
        "CAPE CANAVERAL - Blue Origin called off Sunday's launch attempt of its New Glenn rocket, "
        "which is to carry NASA's twin ESCAPADE probes to Mars, because of cumulus clouds near "
        "the pad. The company said the next attempt would be no earlier than Thursday, Nov. 13. "
        "The 321-foot rocket is making only its second flight. Blue Origin also hopes to land the "
        "first stage on a ship in the Atlantic. Share this",
        "Blue Origin stands down on New Glenn's second launch. Bad weather over Cape Canaveral "
        "forced a scrub on Sunday, and NASA said in an update on Monday that the launch has been "
        "moved to Friday, November 14, with a window opening in the afternoon. ESCAPADE consists "
        "of two small spacecraft that will study how the solar wind strips away the atmosphere of "
        "Mars. The company will again try to recover the booster on its landing ship, Jacklyn, "
        "stationed in the Atlantic.",
    ], ["2025-11-10", "2025-11-10"],
        r"thursday|nov(ember)?\.? 13(?!\d)|13 nov|2025-11-13",
        r"friday|nov(ember)?\.? 14(?!\d)|14 nov|2025-11-14"),
    _case("rocket-J4", "rocket", "time to payload separation", True, [
        "KOUROU, French Guiana - Europe's Ariane 6 rocket lifted off on Tuesday evening carrying "
        "the CSO-3 military reconnaissance satellite for France. The satellite was released about "
        "2 hours 50 minutes after liftoff, Arianespace said. It was the third operational Ariane "
        "6 mission after months of delays to the programme. The French defence ministry called "
        "the launch 'a major step for our sovereignty in space'.",
        "Arianespace's Ariane 6 delivered France's CSO-3 spy satellite to orbit on Tuesday, with "
        "separation confirmed 1 hour and 56 minutes into the mission. The launch from the Guiana "
        "Space Centre marked the heavy-lift rocket's third operational flight. Advertisement The "
        "satellite joins two earlier CSO spacecraft that give the French military high-resolution "
        "images of the ground, day and night. Arianespace's chief executive said the team had "
        "'delivered again'.",
    ], None,
        r"(2|two) ?(hours?|hrs?|h)\W*(and )?(50|fifty)|170 ?min|2[:.]50|2\.8\d* ?h",
        r"(1|one) ?(hours?|hrs?|h)\W*(and )?(56|fifty-six)|116 ?min|1[:.]56|1\.9\d* ?h"),
    _case("rocket-J5", "rocket", "count of mock satellites", True, [
        "STARBASE, Texas (Reuters) - SpaceX's Starship rocket flew its latest test mission on "
        "Tuesday evening, deploying eight mock Starlink satellites and reigniting a Raptor engine "
        "in space before splashing down in the Indian Ocean. The Super Heavy booster made a "
        "controlled descent into the Gulf of Mexico as planned. The flight followed three "
        "failures earlier in the year. Elon Musk called it 'a great day'.",
        "Starship finally delivered. On Tuesday the giant vehicle lifted off from South Texas, "
        "released 10 dummy Starlink satellites through its 'Pez dispenser' door, relit one of its "
        "Raptor engines in space and made a controlled splashdown in the Indian Ocean. The "
        "booster came down in the Gulf, as intended, after testing a landing burn. Three earlier "
        "flights this year ended in failure. Advertisement",
    ], ["2025-08-27", "2025-08-27"],
        r"(?<![\d.])8(?![\d.])|\beight\b",
        r"(?<![\d.])10(?![\d.])|\bten\b"),
    _case("rocket-J6", "rocket", "control: km vs miles", False, [
        "SpaceX's Starship reached a peak altitude of about 190 kilometres on Monday's test "
        "flight before splashing down in the Indian Ocean around 66 minutes after liftoff from "
        "Starbase in Texas. The ship released mock satellites and relit an engine in space. The "
        "Super Heavy booster came down in the Gulf of Mexico. It was the final flight of the "
        "current version of the rocket.",
        "Starship soared to roughly 118 miles above Earth during Monday evening's test from South "
        "Texas and came down in the Indian Ocean about an hour and six minutes after launch. The "
        "booster ditched in the Gulf as planned. SpaceX says this was the last flight of the "
        "present generation of Starship before an upgraded design debuts. Along the way the ship "
        "released a batch of dummy satellites and relit a Raptor engine in space. Advertisement",
    ], ["2025-10-14", "2025-10-14"]),
    _case("rocket-J7", "rocket", "control: same liftoff time in two zones", False, [
        "JIUQUAN, Dec. 3 (Xinhua) -- China's Zhuque-3 reusable carrier rocket made its maiden "
        "flight at 12:00 noon Beijing time Wednesday from the Dongfeng commercial aerospace "
        "innovation pilot zone, and entered the planned orbit. The attempt to recover the first "
        "stage was not succesful, the developer LandSpace said. The rocket is 66.1 meters long.",
        "LandSpace's Zhuque-3 reached orbit on its first flight, launching at 0400 GMT on "
        "Wednesday from the Jiuquan area in northwest China. The company's attempt to land the "
        "booster, which would have been a first for China, failed. The stainless-steel rocket "
        "stands 66.1 m tall and burns methane. LandSpace is one of several Chinese firms racing "
        "to match SpaceX's reusable boosters. Read more: China's race to reusable rockets",
    ]),
    # ---------- earthquake
    _case("quake-J1", "earthquake", "magnitude", True, [
        "TAIPEI (Reuters) - A strong earthquake struck off Taiwan's eastern county of Hualien "
        "late on Monday, shaking buildings in Taipei, but there were no immediate reports of "
        "serious damage. The U.S. Geological Survey said the quake had a magnitude of 6.8 and a "
        "depth of 10 km. Train services on the east coast were briefly suspended for safety "
        "checks. Taiwan's Central Weather Administration warned of aftershocks.",
        "Taiwan rattled by magnitude 7.1 quake. A powerful tremor hit waters off Hualien on "
        "Monday night, sending people rushing out of their homes in the eastern county. Buildings "
        "swayed in the capital. No serious damage has been reported so far, authorities say. Rail "
        "operators halted some east coast trains for inspections. Advertisement Aftershocks are "
        "expected over the coming days.",
        "Taiwanese officials said on Tuesday that Monday night's magnitude-6.8 earthquake off "
        "Hualien caused only minor damage, with a handful of people treated for light injuries. "
        "The shallow quake, about 10 km deep, was felt across the island. Hualien is still "
        "rebuilding from the powerful quake of April 2024. Engineers were inspecting bridges and "
        "tunnels along the coastal highway.",
    ], ["2025-12-09", "2025-12-09", "2025-12-10"],
        r"(?<![\d.])6\.8(?!\d)",
        r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-J2", "earthquake", "epicentre town", True, [
        "A magnitude 6.4 earthquake struck off the coast of Iwate Prefecture in northeastern "
        "Japan on Friday morning, with its epicentre off the city of Kamaishi, the Japan "
        "Meteorological Agency said. The quake occurred at a depth of about 50 kilometres. A "
        "tsunami advisory was issued and then lifted about two hours later. No deaths were "
        "reported. Advertisement Shinkansen services were briefly halted.",
        "Quake jolts Iwate, tsunami advisory lifted. The JMA said the 6.4-magnitude tremor was "
        "centred off Miyako, a port city in Iwate, at a depth of 50 km. It hit on Friday morning. "
        "Bullet trains were temporarily stopped. There have been no reports of fatalities. The "
        "advisory was withdrawn after roughly two hours.",
    ], None,
        r"kamaishi",
        r"miyako"),
    _case("quake-J3", "earthquake", "death toll conflict (same day)", True, [
        "ANKARA - A magnitude 6.1 earthquake that struck Malatya province in eastern Turkey on "
        "Sunday night killed 14 people and injured more than 300, the country's disaster agency "
        "AFAD said on Monday. Several buildings that had been damaged in the 2023 earthquakes "
        "collapsed. Interior Minister Ali Yerlikaya said search and rescue work had been "
        "completed. Television footage showed rescuers working through the rubble of an apartment "
        "block in the city centre.",
        "According to AFAD statement made on Monday, at least 23 citizens lost their lives in the "
        "earthquake of 6.1 magnitude which occured in Malatya on Sunday night, and over 300 "
        "citizens were injured. Most of the collapsed buildings were already weakened in the "
        "February 2023 earthquakes. Interior Minister Ali Yerlikaya informed that search and "
        "rescue operations are finished. Tents were set up in the parks for citizens who are "
        "afraid to return their homes. Share this article",
    ], ["2025-10-20", "2025-10-20"],
        r"(?<![\d,.])14(?!\d)|fourteen",
        r"(?<![\d,.])23(?!\d)|twenty-three"),
    _case("quake-J4", "earthquake", "number of aftershocks", True, [
        "ATHENS - Greek seismologists had recorded 126 aftershocks by Sunday evening following "
        "Saturday's magnitude 5.9 earthquake on the island of Evia, the largest measuring 4.6. "
        "Dozens of old homes were damaged in villages near Mantoudi, but no one was seriously "
        "hurt. Schools in the area will remain closed on Monday for inspections. 'The sequence is "
        "evolving normally,' said Professor Nikos Vlachos of the University of Athens.",
        "Evia is still shaking after Saturday's 5.9 tremor: 42 aftershocks had been logged as of "
        "Sunday evening, the strongest a magnitude 4.6, according to the Geodynamic Institute. "
        "Old stone houses in villages around Mantoudi were damaged. No serious injuries have been "
        "reported. Local schools stay shut Monday for safety checks. Advertisement Read more: Is "
        "Greece overdue for a big one?",
    ], None,
        r"(?<![\d,.])126(?!\d)",
        r"(?<![\d,.])42(?!\d)|forty-two"),
    _case("quake-J5", "earthquake", "control: same moment on different calendar days", False, [
        "A magnitude 6.1 earthquake struck off the coast of Ibaraki Prefecture at 8:15 a.m. on "
        "Tuesday, the Meteorological Agency said, shaking buildings in Tokyo during the morning "
        "commute. No tsunami warning was issued. Some train lines, including parts of the Joban "
        "Line, suspended service for about an hour. There were no immediate reports of injuries. "
        "The quake was centred at a depth of about 40 km.",
        "A 6.1-magnitude earthquake rattled eastern Japan on Monday evening U.S. time, hitting "
        "off Ibaraki prefecture northeast of Tokyo at 23:15 GMT Monday. Japan's weather agency "
        "said there was no tsunami threat. The temblor, about 40 kilometers deep, disrupted "
        "morning rush-hour trains around the Japanese capital. No injuries were reported.",
    ], ["2025-03-04", "2025-03-03"]),
    _case("quake-J6", "earthquake", "control: later update of the toll (dates show it)", False, [
        "JALALABAD, Afghanistan (AP) - A magnitude 6.0 earthquake struck eastern Afghanistan late "
        "Sunday, killing at least 250 people and injuring more than 500, Taliban officials said "
        "on Monday. The quake hit near Jalalabad in Nangarhar province at a shallow depth of 8 "
        "kilometers (5 miles). Most of the deaths were in neighbouring Kunar province, where "
        "mud-brick homes collapsed. Officials warned the toll was expected to rise.",
        "The death toll from Sunday night's earthquake in eastern Afghanistan has risen to more "
        "than 1,400, a Taliban government spokesman said on Tuesday, as rescuers reached remote "
        "villages in Kunar province. The magnitude 6.0 quake, only 8 km deep, flattened entire "
        "hamlets of mud-brick houses. Aid agencies warned of a shortage of tents and medicine. "
        "The United Nations said it was sending emergency teams to the area. Read more:",
    ], ["2025-09-01", "2025-09-03"]),
    # ---------- election
    _case("election-J1", "election", "vote share", True, [
        "LA PAZ (Reuters) - Centrist senator Rodrigo Paz won Bolivia's presidential runoff on "
        "Sunday with 54.5% of the vote, according to preliminary results from the electoral "
        "tribunal, ending nearly two decades of leftist rule. His rival, former president Jorge "
        "'Tuto' Quiroga, conceded defeat. Paz will take office on Nov. 8. He has promised to "
        "tackle fuel shortages and a dollar crisis.",
        "Rodrigo Paz is Bolivia's next president. The senator took 52.5 per cent in Sunday's "
        "second round, the Supreme Electoral Tribunal's preliminary count showed, beating "
        "ex-president Jorge Quiroga, who accepted the result. Paz, the son of a former president, "
        "will be sworn in on 8 November. His in-tray: empty petrol stations and a scarcity of US "
        "dollars. Advertisement",
    ], ["2025-10-20", "2025-10-20"],
        r"(?<![\d.])54\.5 ?(%|percent|per cent|pct)",
        r"(?<![\d.])52\.5 ?(%|percent|per cent|pct)"),
    _case("election-J2", "election", "winning margin", True, [
        "Democrat Angela Ruiz won the special election for Pennsylvania's 36th state Senate "
        "district on Tuesday by 1,204 votes, flipping a seat that Republicans had held for "
        "decades. About 38,000 ballots were cast. Ruiz, a school board member, campaigned on "
        "property tax relief. Her opponent, Republican Mark Heller, conceded Wednesday morning.",
        "Ruiz takes Senate seat. Angela Ruiz (D) defeated Mark Heller (R) by 2,104 votes in "
        "Tuesday's special election in the 36th District, according to unofficial county returns. "
        "Turnout was light, with roughly 38,000 voters. Heller conceded on Wednesday. The seat "
        "had been in Republican hands for decades. Advertisement",
        "OK, so this one has both parties talking. School board member Angela Ruiz won a "
        "long-time GOP state Senate seat on Tuesday by a margin of 1,204 votes, in a district "
        "where around 38,000 people voted. Heller called her to concede on Wednesday morning. "
        "Ruiz ran almost entirely on property taxes. Whether it means anything for next year's "
        "midterms is another question.",
    ], None,
        r"(?<![\d,.])1,?204(?!\d)",
        r"(?<![\d,.])2,?104(?!\d)"),
    _case("election-J3", "election", "typo in year of runoff date", True, [
        "SANTIAGO (AFP) - Communist candidate Jeannette Jara and far-right leader Jose Antonio "
        "Kast will face each other in a runoff on 14 December 2025 after neither won a majority "
        "in Sunday's first round of Chile's presidential election. With nearly all votes counted, "
        "Jara had 26.8% and Kast 23.9%. Voting was compulsory. Kast is expected to gather most of "
        "the votes of the other right-wing candidates.",
        "Chile heads to a second round. Jeannette Jara (26.8%) and José Antonio Kast (23.9%) "
        "advance to the runoff, which the electoral service Servel has set for December 14, 3025. "
        "The right-wing vote was split between several candidates in Sunday's first round, and "
        "analysts expect most of it to go to Kast. Voting was mandatory for all registered "
        "citizens. Advertisement",
    ], ["2025-11-17", "2025-11-17"],
        r"2025|(?<!\d)14 dec(?![a-z]*,? ?3025)|dec(ember)?\.? 14(?!\d)(?!,? ?3025)",
        r"3025"),
    _case("election-J4", "election", "turnout", True, [
        "THE HAGUE - Turnout in Wednesday's Dutch general election was 78.4%, the Electoral "
        "Council said. The centrist D66 party and Geert Wilders' Freedom Party each won 26 seats "
        "in the 150-seat parliament. D66 leader Rob Jetten is expected to lead coalition talks. "
        "Final results are due next week. Advertisement",
        "Dutch voters turned out in force: 74.8 percent of those eligible cast a ballot on "
        "Wednesday, according to the Kiesraad. D66 and the PVV tied on 26 seats apiece, a "
        "stunning comeback for Rob Jetten's liberals. Coalition negotiations, which could take "
        "months, are likely to be led by D66. The council will certify the final result next week.",
    ], None,
        r"(?<![\d.])78\.4(?!\d)",
        r"(?<![\d.])74\.8(?!\d)"),
    _case("election-J5", "election", "speaker credited with a quote", True, [
        "Dana Whitcomb was elected mayor of Fairhaven on Tuesday, defeating two-term incumbent "
        "Roger Pell. 'This city voted for change, and change is what it is going to get,' "
        "Whitcomb told cheering supporters at the Harbor Street union hall. Whitcomb won 56% of "
        "the vote. She takes office on Jan. 1.",
        "FAIRHAVEN - Challenger Dana Whitcomb unseated Mayor Roger Pell in Tuesday's election, "
        "taking 56 percent of the vote. 'This city voted for change, and change is what it is "
        "going to get,' campaign manager Luis Ortega told the crowd at the union hall on Harbor "
        "Street. Pell, who served two terms, conceded late in the evening. The mayor-elect will "
        "be sworn in on January 1.",
    ], ["2025-11-05", "2025-11-05"],
        r"whitcomb",
        r"ortega"),
    _case("election-J6", "election", "control: vote counts of different candidates", False, [
        "Republican Tom Brandt won the race for Hamilton County commissioner on Tuesday, "
        "receiving 18,402 votes to Democrat Alicia Moreno's 16,977, according to unofficial "
        "results. Turnout was 41%. Brandt, a former sheriff's deputy, said he would focus on road "
        "repairs. He will be sworn in next month.",
        "Alicia Moreno came up short in her bid for county commissioner, finishing with 16,977 "
        "votes. The winner, Tom Brandt, collected 18,402, a margin of 1,425, unofficial results "
        "posted Tuesday night show. Roughly 41 percent of registered voters cast ballots. Moreno "
        "thanked her volunteers and said she would 'stay in the fight'.",
    ], ["2025-11-05", "2025-11-05"]),
    _case("election-J7", "election", "control: percentage points vs percent", False, [
        "HANOVER - The Greens increased their share of the vote by 4.2 percentage points to 13.1% "
        "in Sunday's state election in Lower Saxony, their best result in the state. The Social "
        "Democrats remained the strongest party with 28.4%. Green leaders said voters had "
        "rewarded their focus on housing costs. The conservative CDU finished second.",
        "The Greens climbed from 8.9 per cent at the last state election to 13.1 per cent on "
        "Sunday, a record in Lower Saxony. The SPD came first on 28.4 per cent. 'People want "
        "affordable homes,' the Green candidate said at the party's election night event in "
        "Hanover. Coalition talks are expected to start next week.",
    ]),
    _case("election-J8", "election", "control: rounding and commission named two ways", False, [
        "WARSAW (Reuters) - Conservative historian Karol Nawrocki won Poland's presidential "
        "runoff on Sunday with 50.89% of the vote, the National Electoral Commission (PKW) said "
        "on Monday, defeating Warsaw mayor Rafal Trzaskowski. Turnout was 71.63%, a record for a "
        "presidential election. Nawrocki was backed by the Law and Justice party. Trzaskowski "
        "conceded on Monday morning.",
        "Nawrocki edges out Trzaskowski. The official count released by Poland's electoral "
        "commission on Monday gives the opposition-backed historian nearly 51% in Sunday's second "
        "round. Almost 72% of voters took part, the highest turnout ever in a Polish presidential "
        "vote. The result is a blow to Prime Minister Donald Tusk's government. Advertisement",
    ], ["2025-06-02", "2025-06-02"]),
]
