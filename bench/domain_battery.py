"""Blind battery of cross-outlet disagreements in the hidden check's six domains (issue 11),
written on 2026-12-05 (eighth session) by engineer B, who had not read the reconcile rules,
and frozen before the system was first run on it. Each case: 2-3 short reports by different
outlets. Must-report cases carry exactly one planted disagreement (regexes a / b on
lower-cased reported values); controls (report False) tell the same facts with none.

Part A (30 cases) was run, read and used to write rules: a TRAINING part. Part B (30
cases, other classes of the same domains) was run once on the session's final rules: its
held-out score (docs/benchmarks.md, "A blind battery in the hidden check's domains").
Score it with ``bench/bench_domain_battery.py``.
"""
from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = [
    # ================================================================ US-China trade
    {
        "id": "trade-A1", "part": "A", "domain": "trade", "class": "tariff_rate", "report": True,
        "published": None,
        "texts": [
            "GENEVA — The United States and China agreed on Monday to slash the tariffs they "
            "impose on each other's goods for 90 days, a truce that sent stock markets sharply "
            "higher. Under the deal, U.S. duties on Chinese imports will fall from 145% to 30%, "
            "while Beijing will lower its levies on American products to 10%. Treasury "
            "Secretary Scott Bessent said neither side wanted a decoupling.",
            "Washington will cut the levy it charges on most Chinese goods to 40 percent from "
            "145 percent, according to a joint statement issued after weekend talks in "
            "Switzerland. China, for its part, is bringing its retaliatory tariff on U.S. "
            "products down to 10 percent. The pause lasts 90 days. Container bookings from "
            "Chinese ports rose sharply after the announcement.",
            "Beijing and Washington said they would each reduce tariffs by 115 percentage "
            "points for an initial 90 days. That brings the American rate on Chinese goods to "
            "30% and China's rate on U.S. goods to 10%, according to the joint statement. "
            "Shares in Hong Kong jumped 3% on the news.",
        ],
        "a": r"\b30\b", "b": r"\b40\b",
    },
    {
        "id": "trade-A2", "part": "A", "domain": "trade", "class": "duration", "report": True,
        "published": ["2025-06-11", "2025-06-11"],
        "texts": [
            "LONDON (Reuters) - U.S. and Chinese officials wrapped up two days of talks in "
            "London late on Tuesday, agreeing on a framework to put their trade truce back on "
            "track. Commerce Secretary Howard Lutnick told reporters that Tuesday's session had "
            "run for nearly 12 hours. The framework still needs the approval of Presidents "
            "Donald Trump and Xi Jinping.",
            "After a marathon session of roughly eight hours on Tuesday, negotiators from "
            "Washington and Beijing emerged with what they called a framework deal. The "
            "agreement is meant to restart shipments of rare-earth magnets that Chinese "
            "exporters had held back. \"We have reached a framework,\" Lutnick said. Markets in "
            "Asia edged higher on Wednesday morning.",
        ],
        "a": r"\b12\b|twelve", "b": r"\b8\b|eight",
    },
    {
        "id": "trade-A3", "part": "A", "domain": "trade", "class": "place_venue", "report": True,
        "published": None,
        "texts": [
            "Trade negotiators from the world's two largest economies met on Monday at "
            "Lancaster House, the 19th-century mansion near Buckingham Palace that the British "
            "government uses for diplomatic gatherings. Vice Premier He Lifeng led the Chinese "
            "team. Britain is not a party to the talks but offered to host them.",
            "The U.S. and Chinese delegations gathered in London on Monday at Winfield House, "
            "the residence of the American ambassador in Regent's Park, for a fresh round of "
            "talks. He Lifeng, China's vice premier, had arrived the day before. The meeting "
            "comes a month after a deal in Geneva lowered tariffs on both sides.",
        ],
        "a": r"lancaster", "b": r"winfield",
    },
    {
        "id": "trade-A4", "part": "A", "domain": "trade", "class": "title", "report": True,
        "published": None,
        "texts": [
            "Treasury Secretary Scott Bessent said on Sunday that the talks in Kuala Lumpur had "
            "produced \"a very substantial framework\" for the two leaders to consider. Bessent "
            "told CBS that the threat of a 100% tariff on Chinese goods was effectively off the "
            "table. The two presidents are due to meet in South Korea later this week.",
            "Commerce Secretary Scott Bessent, who led Washington's delegation in the Malaysian "
            "capital, said the framework was ready for Donald Trump and Xi Jinping to review. In "
            "a television interview he added that the extra 100 percent tariff was unlikely to "
            "go ahead. China's negotiator Li Chenggang described the discussions as candid and "
            "constructive.",
        ],
        "a": r"treasury", "b": r"commerce",
    },
    {
        "id": "trade-A5", "part": "A", "domain": "trade", "class": "ctrl_timezone", "report": False,
        "published": None,
        "texts": [
            "China's commerce ministry published its summary of the Stockholm talks at 9 a.m. "
            "Hong Kong time on Wednesday, saying both sides would push to extend the pause on "
            "higher tariffs. The two delegations had met for two days in the Swedish capital. "
            "No new tariff cuts were announced.",
            "Beijing's account of the negotiations came out at 9 p.m. Eastern time on Tuesday, "
            "with the commerce ministry saying the two countries would work to prolong the "
            "90-day truce. The U.S. side has not confirmed an extension. Bessent said the "
            "final decision rested with the president.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "trade-B1", "part": "B", "domain": "trade", "class": "deadline", "report": True,
        "published": ["2025-08-11", "2025-08-11"],
        "texts": [
            "The tariff truce between Washington and Beijing is set to expire on Aug. 12, and "
            "traders are watching for a White House order extending it. Without an extension, "
            "U.S. duties on Chinese goods could climb back above 100%. Officials on both sides "
            "said after last month's Stockholm talks that they expected the pause to be renewed.",
            "Investors are bracing for the end of the 90-day pause, which runs out on August 14 "
            "unless President Trump signs an extension. Chinese officials have signalled that "
            "they want the truce prolonged. Shipping companies say their bookings for the "
            "autumn depend on the outcome.",
        ],
        "a": r"\b12\b", "b": r"\b14\b",
    },
    {
        "id": "trade-B2", "part": "B", "domain": "trade", "class": "count_quantity", "report": True,
        "published": None,
        "texts": [
            "China has agreed to buy 12 million metric tons of U.S. soybeans before the end of "
            "this year, the White House said in a fact sheet on Saturday. The purchases are "
            "part of the deal reached by Presidents Trump and Xi in Busan. American farmers had "
            "sold almost nothing to China since the spring.",
            "Under the agreement struck in South Korea, Beijing committed to purchasing 8 "
            "million tonnes of American soybeans by year-end, according to the administration. "
            "It also pledged to buy at least 25 million tonnes a year over the following three "
            "years. Soybean futures in Chicago rose 1% on the news.",
        ],
        "a": r"\b12\b|twelve", "b": r"\b8\b|eight",
    },
    {
        "id": "trade-B3", "part": "B", "domain": "trade", "class": "weekday_date", "report": True,
        "published": None,
        "texts": [
            "BUSAN, South Korea — President Donald Trump and Chinese leader Xi Jinping met on "
            "Thursday, Oct. 30, at an air base next to Busan's airport, their first face-to-face "
            "talks since 2019. The meeting lasted about an hour and 40 minutes. Trump afterwards "
            "called it amazing and said tariffs on Chinese goods linked to fentanyl would be "
            "halved.",
            "Xi and Trump sat down together on Wednesday on the sidelines of the APEC summit in "
            "South Korea, in a meeting that ran for roughly 100 minutes. The U.S. president said "
            "he would cut the fentanyl-related levy from 20% to 10%. Beijing agreed to pause "
            "its new export controls on rare earths for a year.",
        ],
        "a": r"thu|10-30|oct\w*\.? 30", "b": r"wed|10-29|oct\w*\.? 29",
    },
    {
        "id": "trade-B4", "part": "B", "domain": "trade", "class": "ctrl_rounding", "report": False,
        "published": None,
        "texts": [
            "The meeting in Busan lasted 1 hour and 55 minutes, according to the White House "
            "pool report. Trump described the talks as a great success. The two leaders shook "
            "hands in front of reporters before the session began.",
            "Xi and Trump talked for about two hours at the air base, officials said, before the "
            "U.S. president flew back to Washington. Chinese state media said the leaders had "
            "reached consensus on a range of trade issues.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "trade-B5", "part": "B", "domain": "trade", "class": "ctrl_update", "report": False,
        "published": ["2025-05-12", "2025-05-13"],
        "texts": [
            "U.S. stocks jumped on Monday after Washington and Beijing announced a steep cut in "
            "tariffs. In midday trading the S&P 500 was up 2.6%, while the Nasdaq had gained "
            "nearly 3.5%. Analysts said the truce reduced the risk of a recession.",
            "The S&P 500 finished Monday's session 3.3% higher, its best day in a month, as "
            "investors cheered the tariff truce between the United States and China. The "
            "Nasdaq Composite closed up 4.4% by the end of trading. Oil prices also climbed.",
        ],
        "a": None, "b": None,
    },
    # ================================================================ court rulings
    {
        "id": "court-A1", "part": "A", "domain": "court", "class": "vote_split", "report": True,
        "published": None,
        "texts": [
            "WASHINGTON — The Supreme Court on Friday ruled 6-3 that the president lacked the "
            "authority under an emergency-powers law to impose sweeping tariffs. Chief Justice "
            "John Roberts wrote the majority opinion. Importers could now seek refunds of "
            "duties they had already paid.",
            "In a 7-2 decision, the justices struck down the tariffs the administration had "
            "imposed under the International Emergency Economic Powers Act. Roberts, writing "
            "for the court, said the power to regulate importation did not include a power to "
            "tax it. Justices Clarence Thomas and Samuel Alito dissented.",
        ],
        "a": r"6.{1,5}3|six", "b": r"7.{1,5}2|seven",
    },
    {
        "id": "court-A2", "part": "A", "domain": "court", "class": "hearing_date", "report": True,
        "published": None,
        "texts": [
            "The Supreme Court agreed to hear the administration's appeal on an expedited basis "
            "and set oral arguments for Nov. 5. A federal appeals court had ruled in August that "
            "most of the tariffs were illegal. The tariffs remain in effect while the case is "
            "pending.",
            "Arguments before the justices will take place on November 15, the court said in a "
            "brief order, an unusually fast schedule for a case of this size. The case pits "
            "small importers and a group of states against the administration. The lower "
            "court's ruling has been put on hold.",
        ],
        "a": r"11-05|\b5\b", "b": r"11-15|\b15\b",
    },
    {
        "id": "court-A3", "part": "A", "domain": "court", "class": "title", "report": True,
        "published": None,
        "texts": [
            "U.S. District Judge Maria Delgado ruled on Wednesday that the company had illegally "
            "maintained a monopoly over online search advertising. The judge will decide on "
            "remedies at a later hearing. The company said it would appeal.",
            "A federal magistrate judge, Maria Delgado, found that the search giant broke "
            "antitrust law by locking up advertising deals, according to a 115-page opinion "
            "released Wednesday. Delgado wrote that the company's conduct had harmed "
            "advertisers. Its shares fell 2% in after-hours trading.",
        ],
        "a": r"district", "b": r"magistrate",
    },
    {
        "id": "court-A4", "part": "A", "domain": "court", "class": "count_money", "report": True,
        "published": ["2025-03-20", "2025-03-20"],
        "texts": [
            "A jury in Mandan, North Dakota, ordered the environmental group to pay $660 million "
            "in damages to the pipeline company on Wednesday. The verdict came after a "
            "three-week trial. The group said it would appeal and called the case an attempt "
            "to silence protest.",
            "Jurors found the organization liable for defamation and trespass and awarded the "
            "pipeline operator $560 million, lawyers in the case said. Attorneys for the group "
            "described the verdict as an attack on free speech. The trial was held in a small "
            "courthouse in Morton County.",
        ],
        "a": r"660", "b": r"560",
    },
    {
        "id": "court-A5", "part": "A", "domain": "court", "class": "ctrl_two_events",
        "report": False, "published": None,
        "texts": [
            "The Court of International Trade ruled unanimously in May that the tariffs exceeded "
            "the president's authority. On Friday the Federal Circuit upheld that decision by a "
            "7-4 vote. The administration said it would take the case to the Supreme Court.",
            "A divided appeals court agreed 7-4 with a three-judge trade court panel that had "
            "struck down the levies in a 3-0 ruling earlier this year. The appeals judges, "
            "however, left the tariffs in place until mid-October. The White House called the "
            "decision partisan.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "court-B1", "part": "B", "domain": "court", "class": "duration", "report": True,
        "published": None,
        "texts": [
            "The jury deliberated for about three hours before finding the former mayor guilty "
            "on all counts. Sentencing was set for January. The defendant showed no emotion as "
            "the verdict was read.",
            "After nearly six hours of deliberations, jurors convicted the ex-mayor of bribery "
            "and wire fraud. His lawyer said he would file an appeal. Prosecutors had called 23 "
            "witnesses over two weeks of testimony.",
        ],
        "a": r"three|\b3\b", "b": r"six|\b6\b",
    },
    {
        "id": "court-B2", "part": "B", "domain": "court", "class": "date_typo", "report": True,
        "published": ["2025-05-29", "2025-05-29"],
        "texts": [
            "The trade court's decision, issued on May 28, 2025, blocked most of the tariffs the "
            "president had imposed on imports. The three-judge panel gave the administration 10 "
            "days to comply. The government filed a notice of appeal within minutes.",
            "In a ruling dated May 28, 2052, the Court of International Trade said the emergency "
            "law did not give the president unlimited power over tariffs. The judges ordered "
            "the administration to halt collection of the levies. An appeal was filed the same "
            "day.",
        ],
        "a": r"2025", "b": r"2052",
    },
    {
        "id": "court-B3", "part": "B", "domain": "court", "class": "place_city", "report": True,
        "published": None,
        "texts": [
            "A federal judge in Boston on Thursday blocked the administration from cutting "
            "research grants to the university, saying the cuts violated the First Amendment. "
            "The judge ordered the funding restored. The government plans to appeal to the 1st "
            "Circuit.",
            "Ruling from the bench in Springfield, Massachusetts, U.S. District Judge Allison "
            "Burroughs said the grant terminations were unlawful retaliation against the "
            "university. The school had sued in April. The decision restores more than $2 "
            "billion in research funding.",
        ],
        "a": r"boston", "b": r"springfield",
    },
    {
        "id": "court-B4", "part": "B", "domain": "court", "class": "ctrl_unit_conversion",
        "report": False, "published": None,
        "texts": [
            "The European Commission fined the search company 2.95 billion euros on Friday for "
            "abusing its dominance in advertising technology. The company said it would appeal. "
            "It was the fourth large EU antitrust penalty against the firm.",
            "Brussels imposed a penalty of about $3.5 billion on the company, saying it had "
            "favoured its own ad exchange over rivals. The firm has 60 days to propose how it "
            "will end the conflicts of interest.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "court-B5", "part": "B", "domain": "court", "class": "ctrl_weekday_date",
        "report": False, "published": ["2025-08-30", "2025-08-31"],
        "texts": [
            "A federal appeals court ruled on Friday that most of the tariffs are illegal, but "
            "allowed them to remain in place while the administration appeals. The decision "
            "was 7-4. Trade groups welcomed the ruling.",
            "In its Aug. 29 opinion, the U.S. Court of Appeals for the Federal Circuit said the "
            "emergency law did not authorise the levies. Seven of the court's eleven judges "
            "joined the majority. The White House vowed to fight on.",
        ],
        "a": None, "b": None,
    },
    # ================================================================ central banks
    {
        "id": "cb-A1", "part": "A", "domain": "central_bank", "class": "rate_cut_size",
        "report": True, "published": ["2025-09-17", "2025-09-17"],
        "texts": [
            "The Federal Reserve cut interest rates by a quarter of a percentage point on "
            "Wednesday, its first reduction since December. Chair Jerome Powell described the "
            "move as a risk-management cut in response to a weakening labor market. Officials "
            "signalled more cuts before the end of the year.",
            "WASHINGTON — The Fed lowered borrowing costs by half a percentage point on "
            "Wednesday, citing rising risks to employment. Policymakers penciled in further "
            "easing in the months ahead. Stocks were little changed after the announcement.",
        ],
        "a": r"quarter|\b25\b|0\.25", "b": r"half|\b50\b|0\.5\b",
    },
    {
        "id": "cb-A2", "part": "A", "domain": "central_bank", "class": "target_range",
        "report": True, "published": None,
        "texts": [
            "The Federal Open Market Committee voted to lower the federal funds rate to a range "
            "of 4% to 4.25%. It was the committee's first cut of the year. Powell said the labor "
            "market had become less dynamic.",
            "After Wednesday's decision, the Fed's benchmark rate now sits in a target range of "
            "3.75%-4.00%. The central bank had held rates steady since December. Traders expect "
            "another reduction at the next meeting.",
        ],
        "a": r"4\.25", "b": r"3\.75",
    },
    {
        "id": "cb-A3", "part": "A", "domain": "central_bank", "class": "vote_split",
        "report": True, "published": ["2025-10-30", "2025-10-30"],
        "texts": [
            "The Federal Reserve lowered its key rate by a quarter point on Wednesday for the "
            "second meeting in a row. The decision was approved 10-2: Governor Stephen Miran "
            "dissented in favour of a larger cut, while Kansas City Fed President Jeffrey Schmid "
            "preferred no change. The Fed also said it would stop shrinking its balance sheet "
            "on Dec. 1.",
            "Policymakers voted 11-1 to cut, with Miran again the lone dissenter pushing for a "
            "half-point reduction. Powell warned that a further cut in December was not a "
            "foregone conclusion. The runoff of the central bank's bond holdings will end on "
            "December 1.",
        ],
        "a": r"10.{1,5}2|\bten\b", "b": r"11.{1,5}1|eleven",
    },
    {
        "id": "cb-A4", "part": "A", "domain": "central_bank", "class": "pct_vs_points",
        "report": True, "published": None,
        "texts": [
            "Annual inflation climbed 0.2 percentage point to 2.9% in August, the highest since "
            "January, according to government data released on Thursday. Economists said "
            "tariffs were pushing up the prices of goods. The central bank is still expected to "
            "cut rates next week.",
            "The yearly rate of consumer price inflation rose 0.2% to 2.9% last month, official "
            "figures showed. Gasoline and food prices led the increase. Fed officials meet "
            "next Tuesday and Wednesday.",
        ],
        "a": r"point", "b": r"0\.2 ?(%|per ?cent\b)",
    },
    {
        "id": "cb-A5", "part": "A", "domain": "central_bank", "class": "ctrl_rounding",
        "report": False, "published": None,
        "texts": [
            "Powell's news conference after the decision lasted 58 minutes. He was asked "
            "repeatedly about pressure from the White House and said the Fed would do what it "
            "thought was right.",
            "During a press conference of roughly an hour, the Fed chair sidestepped questions "
            "about his own future at the central bank. Powell said the economy remained in a "
            "solid position.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "cb-B1", "part": "B", "domain": "central_bank", "class": "clock_time",
        "report": True, "published": ["2025-01-24", "2025-01-24"],
        "texts": [
            "TOKYO — The Bank of Japan raised its short-term interest rate to 0.5% on Friday, "
            "the highest level in 17 years. The decision was announced at 11:45 a.m. Tokyo "
            "time, at the end of a two-day meeting. The yen strengthened against the dollar.",
            "Japan's central bank announced its decision at 12:30 p.m. local time, lifting its "
            "policy rate by a quarter point to 0.5%. Governor Kazuo Ueda said real interest "
            "rates remained deeply negative. One board member voted against the move.",
        ],
        "a": r"11:45|11\.45", "b": r"12:30|12\.30",
    },
    {
        "id": "cb-B2", "part": "B", "domain": "central_bank", "class": "weekday_date",
        "report": True, "published": None,
        "texts": [
            "The Federal Reserve will announce its final rate decision of the year on "
            "Wednesday, Dec. 10, at 2 p.m. Futures markets put the chance of a quarter-point "
            "cut at about 85%. It would be the third reduction in a row.",
            "Investors are watching Thursday's Fed decision, the last of the year, for clues "
            "about the pace of cuts in 2026. Several officials have said they would prefer to "
            "pause. Powell will hold a press conference after the statement is released.",
        ],
        "a": r"wed|12-10|dec\w*\.? 10", "b": r"thu|12-11|dec\w*\.? 11",
    },
    {
        "id": "cb-B3", "part": "B", "domain": "central_bank", "class": "title", "report": True,
        "published": None,
        "texts": [
            "Bank of England chief economist Huw Pill said on Tuesday that the pace of rate cuts "
            "should slow, warning that inflation pressures remained sticky. Pill was one of "
            "four members who voted to hold rates at 4.25% in August. The bank lowered its rate "
            "to 4% at that meeting.",
            "Huw Pill, a deputy governor at the Bank of England, told an audience in Wales that "
            "he saw a risk of inflation becoming embedded. He voted against last month's cut to "
            "4%. Markets trimmed their bets on another reduction this year.",
        ],
        "a": r"economist", "b": r"deputy",
    },
    {
        "id": "cb-B4", "part": "B", "domain": "central_bank", "class": "ctrl_two_events",
        "report": False, "published": None,
        "texts": [
            "The European Central Bank held its deposit rate at 2% on Thursday, leaving it "
            "unchanged for a third straight meeting. The bank last cut in June, by a quarter of "
            "a percentage point. President Christine Lagarde said the economy was in a good "
            "place.",
            "Euro zone policymakers kept borrowing costs on hold, with the deposit facility rate "
            "staying at 2.00%. Their last move was a 25 basis point cut in June, the eighth "
            "since the middle of 2024.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "cb-B5", "part": "B", "domain": "central_bank", "class": "ctrl_timezone",
        "report": False, "published": ["2025-12-10", "2025-12-10"],
        "texts": [
            "The Fed's statement was released at 2 p.m. in Washington, and the central bank "
            "lowered its benchmark rate by a quarter point to a range of 3.50% to 3.75%. Three "
            "officials dissented.",
            "At 19:00 GMT on Wednesday the U.S. central bank announced its third straight cut, "
            "taking the federal funds target range down to 3.5%-3.75%. Powell signalled that "
            "officials could now wait before moving again.",
        ],
        "a": None, "b": None,
    },
    # ================================================================ rocket test flights
    {
        "id": "rocket-A1", "part": "A", "domain": "rocket", "class": "flight_number",
        "report": True, "published": ["2025-08-27", "2025-08-27"],
        "texts": [
            "SpaceX's Starship completed its 10th test flight on Tuesday evening, deploying mock "
            "satellites and splashing down in the Indian Ocean. The mission followed three "
            "failures earlier this year. Elon Musk praised the team on social media.",
            "The giant rocket lifted off from Starbase in South Texas on Tuesday for Flight 9, "
            "the ninth time the fully stacked vehicle has flown. Engineers had postponed the "
            "launch twice because of weather and a problem with ground equipment. The booster "
            "was steered to a controlled splashdown offshore.",
        ],
        "a": r"\b10\b|tenth", "b": r"\b9\b|ninth",
    },
    {
        "id": "rocket-A2", "part": "A", "domain": "rocket", "class": "duration", "report": True,
        "published": None,
        "texts": [
            "The flight lasted about 66 minutes from liftoff to splashdown, according to "
            "SpaceX. The ship's heat shield held up despite some missing tiles. It was the first "
            "time the vehicle had released any payload.",
            "Starship's upper stage splashed down in the Indian Ocean one hour and 26 minutes "
            "after leaving the launch pad. Cameras on a buoy captured the ship flipping and "
            "firing its engines before touching the water. SpaceX has not said when the next "
            "flight will take place.",
        ],
        "a": r"66", "b": r"26|86|1 ?h",
    },
    {
        "id": "rocket-A3", "part": "A", "domain": "rocket", "class": "altitude_units",
        "report": True, "published": None,
        "texts": [
            "During its coast phase the ship climbed to roughly 190 kilometres above the Earth "
            "before beginning its descent over the Indian Ocean. Flight controllers cheered as "
            "live video showed the vehicle re-entering the atmosphere.",
            "The vehicle reached a peak altitude of about 150 miles on its suborbital path, "
            "SpaceX said in a post after the flight. The company wants to start catching the "
            "ship with the launch tower next year.",
        ],
        "a": r"190", "b": r"150|24\d",
    },
    {
        "id": "rocket-A4", "part": "A", "domain": "rocket", "class": "clock_time", "report": True,
        "published": None,
        "texts": [
            "Starship lifted off at 6:30 p.m. CT on Tuesday from the company's Starbase site "
            "near Boca Chica, Texas. Thousands of spectators lined the beach to watch. The "
            "Super Heavy booster separated a few minutes after launch.",
            "The launch came at 7:30 p.m. local time at the South Texas site, at the opening of "
            "an hour-long window. Weather had forced the company to stand down a day earlier. "
            "It was the rocket's first flight since a ship exploded during a ground test.",
        ],
        "a": r"6:30|18:30", "b": r"7:30|19:30",
    },
    {
        "id": "rocket-A5", "part": "A", "domain": "rocket", "class": "ctrl_timezone",
        "report": False, "published": None,
        "texts": [
            "A Falcon 9 rocket lifted off from Cape Canaveral at 8:30 p.m. EDT on Tuesday "
            "carrying 28 Starlink satellites. The first-stage booster landed on a drone ship in "
            "the Atlantic about eight minutes later.",
            "The Falcon 9 launched at 0030 GMT on Wednesday with 28 internet satellites, SpaceX "
            "said. It was the booster's 20th flight. The company has launched more than 100 "
            "missions this year.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "rocket-B1", "part": "B", "domain": "rocket", "class": "place_pad", "report": True,
        "published": None,
        "texts": [
            "A Falcon 9 rocket launched four astronauts toward the International Space Station "
            "early on Friday from Launch Complex 39A at NASA's Kennedy Space Center. The Crew "
            "Dragon capsule is due to dock about 15 hours later.",
            "The crew blasted off from Space Launch Complex 40 at Cape Canaveral Space Force "
            "Station, a pad SpaceX has adapted for astronaut flights. The mission carries "
            "astronauts from the United States, Japan and Russia for a six-month stay.",
        ],
        "a": r"39a|kennedy", "b": r"\b40\b|space force",
    },
    {
        "id": "rocket-B2", "part": "B", "domain": "rocket", "class": "count_payloads",
        "report": True, "published": ["2025-08-27", None],
        "texts": [
            "During the hour-long flight, the ship opened a slot-like door and released eight "
            "Starlink simulators, a first for the programme. The dummy satellites were "
            "designed to burn up in the atmosphere. SpaceX said nearly all the test objectives "
            "had been met.",
            "Starship deployed six mock satellites on its suborbital trajectory, each about the "
            "size of the next-generation Starlink spacecraft. The upper stage also relit one of "
            "its engines in space before re-entry. Musk said the ship performed well.",
        ],
        "a": r"eight|\b8\b", "b": r"six|\b6\b",
    },
    {
        "id": "rocket-B3", "part": "B", "domain": "rocket", "class": "mass", "report": True,
        "published": None,
        "texts": [
            "India's LVM3 rocket placed a 6,100-kilogram communications satellite into orbit on "
            "Wednesday, the heaviest payload the launcher has carried. The space agency chief "
            "said the launch showed the rocket was ready for commercial customers.",
            "The satellite, weighing about 4,400 kg, separated from the rocket's upper stage 16 "
            "minutes after liftoff from Sriharikota. The launch was the rocket's eighth "
            "consecutive success. Officials said the spacecraft was in good health.",
        ],
        "a": r"6,?100", "b": r"4,?400",
    },
    {
        "id": "rocket-B4", "part": "B", "domain": "rocket", "class": "ctrl_unit_conversion",
        "report": False, "published": None,
        "texts": [
            "The booster separated from the upper stage at an altitude of 67 kilometers, less "
            "than three minutes into the flight. It then turned back toward the coast.",
            "Stage separation happened roughly 42 miles up, company commentators said on the "
            "livestream. The booster was later caught by the launch tower's arms.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "rocket-B5", "part": "B", "domain": "rocket", "class": "ctrl_update",
        "report": False, "published": ["2025-08-25", "2025-08-27"],
        "texts": [
            "SpaceX called off Sunday's Starship launch attempt because of a ground-system "
            "issue and said it would try again on Monday at 6:30 p.m. local time. The company "
            "has a one-hour launch window each evening this week.",
            "Starship finally lifted off on Tuesday evening after Monday's attempt was scrubbed "
            "because of clouds and rain near the launch site. The rocket had also been held on "
            "Sunday. The flight went largely to plan.",
        ],
        "a": None, "b": None,
    },
    # ================================================================ earthquakes
    {
        "id": "quake-A1", "part": "A", "domain": "quake", "class": "magnitude", "report": True,
        "published": ["2025-10-10", "2025-10-10"],
        "texts": [
            "A magnitude 6.8 earthquake struck off the coast of the southern Philippines on "
            "Friday morning, the U.S. Geological Survey said, prompting tsunami warnings for "
            "nearby coastal areas. Residents fled schools and offices in Davao.",
            "The U.S. Geological Survey measured Friday's quake at 7.1 and said it was centred "
            "in the sea east of Mindanao. Authorities ordered people living near the shore to "
            "move to higher ground. Power was cut in several towns.",
        ],
        "a": r"6\.8", "b": r"7\.1",
    },
    {
        "id": "quake-A2", "part": "A", "domain": "quake", "class": "depth", "report": True,
        "published": None,
        "texts": [
            "The earthquake hit at a depth of 10 km, according to the European-Mediterranean "
            "Seismological Centre, which makes shaking at the surface stronger. It was felt in "
            "the capital and in neighbouring countries.",
            "Seismologists said the quake was relatively deep, about 35 kilometers below the "
            "surface, which may have limited the damage. Several old houses collapsed in "
            "villages near the epicentre, officials said.",
        ],
        "a": r"\b10\b", "b": r"35",
    },
    {
        "id": "quake-A3", "part": "A", "domain": "quake", "class": "casualties", "report": True,
        "published": ["2025-09-01", "2025-09-01"],
        "texts": [
            "At least 622 people were killed and more than 1,500 injured, a spokesman for the "
            "health ministry said on Monday. Rescuers were digging through mud-brick homes by "
            "hand in the remote mountain villages.",
            "The health ministry put the death toll at 812, with rescue teams still struggling "
            "to reach villages cut off by landslides. Aid agencies said the number of victims "
            "was likely to rise. The region had been hit by floods earlier this year.",
        ],
        "a": r"622", "b": r"812",
    },
    {
        "id": "quake-A4", "part": "A", "domain": "quake", "class": "clock_time", "report": True,
        "published": None,
        "texts": [
            "The magnitude 6.0 quake struck at 11:47 p.m. local time (1917 GMT) on Sunday, when "
            "most people were asleep, according to the U.S. Geological Survey. Its epicentre was "
            "27 km east-northeast of Jalalabad.",
            "Residents were jolted awake when the earthquake hit at 10:47 p.m. local time near "
            "the city of Jalalabad. Many homes in the area are built of mud and stone. Aftershocks "
            "continued through the night.",
        ],
        "a": r"11:47|23:47|19:?17", "b": r"10:47|22:47",
    },
    {
        "id": "quake-A5", "part": "A", "domain": "quake", "class": "ctrl_two_events",
        "report": False, "published": None,
        "texts": [
            "A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, and a "
            "magnitude 5.2 aftershock followed about 20 minutes later. The first quake was "
            "centred at a depth of 8 km.",
            "The aftershock, measured at 5.2, hit as people were already fleeing their homes, "
            "adding to the panic. The main shock, magnitude 6.0, was shallow, only 8 kilometres "
            "below the surface.",
            "Seismologists recorded a 6.0 main shock at a shallow depth of about 8 km, "
            "followed by at least five aftershocks, the strongest of magnitude 5.2. Most of the "
            "damage was in Kunar province.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "quake-B1", "part": "B", "domain": "quake", "class": "place_epicentre",
        "report": True,
        "published": None,
        "texts": [
            "The magnitude 6.1 earthquake was centred in the town of Sindirgi in Balikesir "
            "province, Turkey's disaster agency AFAD said. It was felt in Istanbul and Izmir. "
            "One elderly woman died after being pulled from the rubble.",
            "Turkey's AFAD said the epicentre of the 6.1 tremor was in Simav, a district of "
            "Kutahya province in the west of the country. Buildings damaged in an earlier quake "
            "were among those that collapsed.",
        ],
        "a": r"sindirgi|balikesir", "b": r"simav|kutahya",
    },
    {
        "id": "quake-B2", "part": "B", "domain": "quake", "class": "duration", "report": True,
        "published": None,
        "texts": [
            "The shaking lasted about 40 seconds, residents said, sending furniture crashing to "
            "the floor. Electricity was cut across much of the city.",
            "People ran into the streets as the ground shook for nearly two minutes. Tall "
            "buildings in the capital swayed, and cracks appeared in several roads. There were "
            "no immediate reports of deaths.",
        ],
        "a": r"40", "b": r"two|\b2\b|120",
    },
    {
        "id": "quake-B3", "part": "B", "domain": "quake", "class": "count_buildings",
        "report": True, "published": ["2025-08-11", "2025-08-11"],
        "texts": [
            "Sixteen buildings collapsed in the town, most of them already empty after being "
            "damaged by an earlier tremor, the interior minister said. Rescuers pulled four "
            "people alive from the rubble.",
            "The interior minister told reporters that 24 buildings had come down, many of them "
            "old and already abandoned. Search-and-rescue teams were working through the night "
            "in the main square.",
        ],
        "a": r"sixteen|\b16\b", "b": r"\b24\b|twenty.?four",
    },
    {
        "id": "quake-B4", "part": "B", "domain": "quake", "class": "ctrl_unit_conversion",
        "report": False, "published": None,
        "texts": [
            "The quake struck 10 kilometers deep, the U.S. Geological Survey said. "
            "Shallow earthquakes tend to cause more damage.",
            "It originated about six miles underground, according to U.S. seismologists, close "
            "enough to the surface to shake buildings hard across the region.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "quake-B5", "part": "B", "domain": "quake", "class": "ctrl_update",
        "report": False, "published": ["2025-09-01", "2025-09-03"],
        "texts": [
            "The earthquake killed at least 250 people and injured about 500, a government "
            "spokesman said on Monday morning. He warned that the toll could rise as rescuers "
            "reached remote areas.",
            "The death toll from Sunday night's quake has risen to more than 1,400, officials "
            "said on Wednesday, as rescuers recovered more bodies from flattened villages. "
            "More than 3,000 people were injured.",
        ],
        "a": None, "b": None,
    },
    # ================================================================ elections
    {
        "id": "elect-A1", "part": "A", "domain": "election", "class": "vote_share", "report": True,
        "published": None,
        "texts": [
            "The incumbent won 52.4% of the vote in Sunday's presidential election, the "
            "electoral commission said, avoiding a runoff. His main challenger, a former "
            "mayor of the capital, conceded late on Sunday night.",
            "With all ballots counted, the president secured a second term with 54.2 percent "
            "support, official results showed. Opposition parties said they would not challenge "
            "the outcome in court.",
        ],
        "a": r"52\.4", "b": r"54\.2",
    },
    {
        "id": "elect-A2", "part": "A", "domain": "election", "class": "margin", "report": True,
        "published": None,
        "texts": [
            "The Democrat won the governor's race by about 8 points, a wider margin than "
            "pre-election polls had suggested. She will take office in January.",
            "Voters handed the Democratic candidate a 12-point victory over her Republican "
            "rival, according to unofficial returns. Turnout was the highest for a governor's "
            "race in the state in decades.",
        ],
        "a": r"\b8\b|eight", "b": r"\b12\b|twelve",
    },
    {
        "id": "elect-A3", "part": "A", "domain": "election", "class": "seats", "report": True,
        "published": ["2025-10-27", "2025-10-27", None],
        "texts": [
            "The ruling party won 196 of the 331 seats in the lower house, giving it a clear "
            "majority, the election authority said on Monday. The main opposition party came "
            "second.",
            "Final results gave the governing party 186 seats in the national assembly, "
            "comfortably above the 166 needed to govern alone. Its leader thanked voters in a "
            "speech at party headquarters.",
            "The governing party secured a majority with 196 seats, up from 180 in the "
            "outgoing parliament, according to the count released on Monday. Opposition "
            "leaders accused it of using state resources in the campaign.",
        ],
        "a": r"196", "b": r"186",
    },
    {
        "id": "elect-A4", "part": "A", "domain": "election", "class": "turnout", "report": True,
        "published": None,
        "texts": [
            "Turnout reached 68%, the election commission said, up from the last national "
            "vote. Long queues formed outside polling stations in the capital.",
            "Some 72 percent of registered voters cast a ballot, according to the electoral "
            "body, a figure analysts said reflected the high stakes of the contest. Voting was "
            "extended by an hour in several districts.",
        ],
        "a": r"68", "b": r"72",
    },
    {
        "id": "elect-A5", "part": "A", "domain": "election", "class": "ctrl_update",
        "report": False, "published": ["2025-11-04", "2025-11-05"],
        "texts": [
            "With about 60% of the expected vote counted late on Tuesday, the Democratic "
            "candidate led with 51% of the vote. Her campaign said it was confident but not "
            "declaring victory yet.",
            "The Democratic candidate won the mayoral race with 56% of the vote after the "
            "count was completed overnight, according to final unofficial results published "
            "on Wednesday. Her opponent conceded.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "elect-B1", "part": "B", "domain": "election", "class": "pct_vs_points",
        "report": True, "published": None,
        "texts": [
            "The party's share of the vote rose 3 percentage points to 43.7%, its best result "
            "since 2008. Its leader called it a mandate for change.",
            "Support for the party climbed 3% to 43.7% of the national vote, according to "
            "official figures. The result leaves it a few seats short of a majority.",
        ],
        "a": r"point", "b": r"\b3 ?(%|per ?cent\b)",
    },
    {
        "id": "elect-B2", "part": "B", "domain": "election", "class": "runoff_date", "report": True,
        "published": None,
        "texts": [
            "Because no candidate cleared 50%, the top two will face each other in a runoff on "
            "Nov. 30, the electoral court said. Campaigning resumes next week.",
            "A second round between the two leading candidates is scheduled for December 7, "
            "according to the election authority. Both candidates have promised debates before "
            "the vote.",
        ],
        "a": r"11-30|nov\w*\.? 30|30 nov", "b": r"12-0?7|dec\w*\.? 0?7|7 dec",
    },
    {
        "id": "elect-B3", "part": "B", "domain": "election", "class": "clock_time", "report": True,
        "published": None,
        "texts": [
            "Polls closed at 8 p.m. local time, and the first exit polls were published "
            "immediately afterwards. They showed the conservatives ahead.",
            "Voting ended at 7 p.m. local time on Sunday, after which election officials began "
            "counting paper ballots by hand. Preliminary results are expected overnight.",
        ],
        "a": r"\b8\b|20:00|eight", "b": r"\b7\b|19:00|seven",
    },
    {
        "id": "elect-B4", "part": "B", "domain": "election", "class": "ctrl_timezone",
        "report": False, "published": None,
        "texts": [
            "The Republican candidate conceded shortly after 11 p.m. ET on Tuesday, telling "
            "supporters in Richmond that the voters had spoken. She had trailed in every poll "
            "since the summer.",
            "The defeated candidate gave her concession speech at about 0400 GMT on Wednesday. "
            "She congratulated her rival and called for unity in the state.",
        ],
        "a": None, "b": None,
    },
    {
        "id": "elect-B5", "part": "B", "domain": "election", "class": "ctrl_rounding",
        "report": False, "published": None,
        "texts": [
            "The centre-left alliance took 61.8% of the vote in the referendum on the new "
            "constitution, the electoral commission said. The text will now go to the "
            "president for signature.",
            "About 62 percent of voters backed the new constitution, according to official "
            "results. It is a win for the centre-left alliance that proposed it, and a blow to "
            "the opposition, which had urged a boycott.",
        ],
        "a": None, "b": None,
    },
]

# Part C (engineer B2's, written apart and held out): scored with the same command.
from domain_battery_c import CASES as _PART_C  # noqa: E402

CASES += _PART_C

# Parts D and E (engineers D1's and E1's, ninth session: each written apart, held out).
from domain_battery_d import CASES as _PART_D  # noqa: E402
from domain_battery_e import CASES as _PART_E  # noqa: E402

CASES += _PART_D + _PART_E

# Parts F and G (engineers F1's and G1's, tenth session: each written apart, held out).
from domain_battery_f import CASES as _PART_F  # noqa: E402
from domain_battery_g import CASES as _PART_G  # noqa: E402

CASES += _PART_F + _PART_G

# Parts H and I (engineers H1's and I1's, tenth session, written while F and G were read:
# each apart, held out).
from domain_battery_h import CASES as _PART_H  # noqa: E402
from domain_battery_i import CASES as _PART_I  # noqa: E402

CASES += _PART_H + _PART_I

# Parts J and K (engineers J1's and K1's, tenth session, each apart): J read after its first
# scoring (training), K held out.
from domain_battery_j import CASES as _PART_J  # noqa: E402
from domain_battery_k import CASES as _PART_K  # noqa: E402

CASES += _PART_J + _PART_K

# Parts L and M (engineers L1's and M1's, tenth session, each apart): read after their first
# scoring (training).
from domain_battery_l import CASES as _PART_L  # noqa: E402
from domain_battery_m import CASES as _PART_M  # noqa: E402

CASES += _PART_L + _PART_M

# Parts N, O, P and Q (engineers N1's to Q1's, eleventh session, each apart, frozen before
# any run): O and Q read after their first scoring (training), N and P held out.
from domain_battery_n import CASES as _PART_N  # noqa: E402
from domain_battery_o import CASES as _PART_O  # noqa: E402
from domain_battery_p import CASES as _PART_P  # noqa: E402
from domain_battery_q import CASES as _PART_Q  # noqa: E402

CASES += _PART_N + _PART_O + _PART_P + _PART_Q

# Parts R, S, T and U (engineers R1's to U1's, eleventh session, each apart, frozen before
# any run): R and S read after their first scoring (training), T and U held out.
from domain_battery_r import CASES as _PART_R  # noqa: E402
from domain_battery_s import CASES as _PART_S  # noqa: E402
from domain_battery_t import CASES as _PART_T  # noqa: E402
from domain_battery_u import CASES as _PART_U  # noqa: E402

CASES += _PART_R + _PART_S + _PART_T + _PART_U

# Parts V, W and X (engineers V1's to X1's, eleventh session, each apart, frozen before any
# run; written in the styles of the held-out parts P, N and T): read after their first
# scoring (training).
from domain_battery_v import CASES as _PART_V  # noqa: E402
from domain_battery_w import CASES as _PART_W  # noqa: E402
from domain_battery_x import CASES as _PART_X  # noqa: E402

CASES += _PART_V + _PART_W + _PART_X

# Parts Y, Z, AA and AB (engineers Y1's to AB1's, twelfth session, each apart, frozen before
# any run): Z and AB read after their first scoring (training), Y and AA held out.
from domain_battery_aa import CASES as _PART_AA  # noqa: E402
from domain_battery_ab import CASES as _PART_AB  # noqa: E402
from domain_battery_y import CASES as _PART_Y  # noqa: E402
from domain_battery_z import CASES as _PART_Z  # noqa: E402

CASES += _PART_Y + _PART_Z + _PART_AA + _PART_AB

# Parts AC, AD, AE and AF (engineers AC1's to AF1's, twelfth session, each apart, frozen
# before any run): AD and AF read after their first scoring (training), AC and AE held out.
from domain_battery_ac import CASES as _PART_AC  # noqa: E402
from domain_battery_ad import CASES as _PART_AD  # noqa: E402
from domain_battery_ae import CASES as _PART_AE  # noqa: E402
from domain_battery_af import CASES as _PART_AF  # noqa: E402

CASES += _PART_AC + _PART_AD + _PART_AE + _PART_AF

# Parts AG, AH, AI and AJ (engineers AG1's to AJ1's, twelfth session, each apart, frozen
# before any run): AH and AJ read after their first scoring (training), AG and AI held out.
from domain_battery_ag import CASES as _PART_AG  # noqa: E402
from domain_battery_ah import CASES as _PART_AH  # noqa: E402
from domain_battery_ai import CASES as _PART_AI  # noqa: E402
from domain_battery_aj import CASES as _PART_AJ  # noqa: E402

CASES += _PART_AG + _PART_AH + _PART_AI + _PART_AJ

# Parts AK and AL (engineers AK1 and AL1, twenty-first session, each apart, frozen before any
# run): mostly controls with traps, written to find false alarms; training parts.
from domain_battery_ak import CASES as _PART_AK  # noqa: E402
from domain_battery_al import CASES as _PART_AL  # noqa: E402

CASES += _PART_AK + _PART_AL
