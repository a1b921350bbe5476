"""Blind domain battery, part R (issue 11).

Part R, written by engineer R1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or other parts, before any run. A held-out part: score it with
``bench/bench_domain_battery.py R``. Texts imitate short coverage from local and
regional sites, brief wire updates and press-release rewrites; every sentence was
written for this battery (facts are real or plausible-invented).
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "R", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---- trade ----
    _case("trade-R1", "trade", "duration of talks", True, [
        "US, China wrap up second day of Geneva trade talks\n"
        "GENEVA (Reuters) - Senior U.S. and Chinese officials ended a second day of talks on "
        "tariffs on Sunday after a session that ran for about six hours, according to a person "
        "briefed on the meeting. Treasury Secretary Scott Bessent told reporters the discussions "
        "had been \"productive\" and that a joint statement would follow on Monday. Washington "
        "currently charges a 145% tariff on most Chinese imports, while Beijing's retaliatory "
        "duty stands at 125%. Neither side gave details of what had been agreed.",
        "Geneva talks end with promise of joint statement\n"
        "American and Chinese negotiators met for just under four hours on Sunday at the "
        "residence of Switzerland's ambassador to the UN, a Swiss official said. Bessent, the US "
        "treasury secretary, called the talks productive and said a statement was due on Monday.\n"
        "Advertisement\n"
        "US levies on most goods from China are at 145 per cent; China's counter-tariffs are 125 "
        "per cent.",
    ], None,
          r"\bsix hours|(?<![\d.])6 ?(hours?|hrs?|h\b)|360 ?min",
          r"four hours|(?<![\d.])4 ?(hours?|hrs?|h\b)|240 ?min|\b3 ?(hours?|hrs?"
          r"|h)\b.{0,6}\d+ ?min"),
    _case("trade-R2", "trade", "length of tariff pause", True, [
        "Tariff truce extended\n"
        "BEIJING - China and the United States have agreed to extend their pause on higher "
        "tariffs by 90 days, China's Ministry of Commerce said in a statement on Tuesday. The "
        "pause keeps a 10% baseline duty in place while talks continue. The ministry said it "
        "\"welcomes the constructive outcome\" and urged Washington to meet Beijing halfway.",
        "Washington and Beijing push back tariff deadline\n"
        "The White House said on Tuesday that the suspension of steeper tariffs on Chinese goods "
        "would run for another 60 days. A baseline levy of 10 percent stays in force. Stocks in "
        "Shanghai rose 0.8% on the news.",
        "Key facts:\n"
        "- Pause extended by: ninety days\n"
        "- Baseline tariff: 10%\n"
        "- Announced: Tuesday, by the commerce ministry in Beijing and the White House\n"
        "Share this article",
    ], ["2025-08-12", "2025-08-12", "2025-08-13"],
          r"(?<![\d.])90(-| )?days?|ninety|three months",
          r"(?<![\d.])60(-| )?days?|sixty|two months"),
    _case("trade-R3", "trade", "person's title", True, [
        "Lutnick says chip export curbs are not on the table\n"
        "Commerce Secretary Howard Lutnick said on Thursday that U.S. restrictions on advanced "
        "chip exports would not be traded away in talks with China. \"National security is not "
        "for sale,\" he told CNBC. He added that a framework deal on rare-earth magnets was "
        "\"basically done.\"",
        "WASHINGTON - Treasury Secretary Howard Lutnick said Thursday that chip export controls "
        "would stay off the negotiating table with Beijing. In a television interview he said the "
        "rare-earths framework was \"basically done\" and that shipments of magnets should pick "
        "up within weeks.\n"
        "Share this article",
    ], None,
          r"commerce",
          r"treasury"),
    _case("trade-R4", "trade", "weekday vs date mismatch", True, [
        "Trump and Xi hold call on trade\n"
        "President Donald Trump and Chinese leader Xi Jinping spoke by phone on Thursday, their "
        "first confirmed conversation since January, the White House said. The call lasted about "
        "an hour and a half and focused \"almost entirely on trade,\" Trump wrote on social "
        "media. Both sides said their teams would meet again soon.",
        "Xi, Trump talk trade, rare earths in 90-minute call\n"
        "The two presidents held a 90-minute phone call on Wednesday, Chinese state media said. "
        "Xi told Trump the two countries should \"correct the course\" of relations, according to "
        "the Xinhua account. It was their first known call since January.",
    ], ["2025-06-06", "2025-06-06"],
          r"thursday|june 5\b|2025-06-05|(?<!\d)5 june|jun\.? 5\b",
          r"wednesday|june 4\b|2025-06-04|(?<!\d)4 june|jun\.? 4\b"),
    _case("trade-R5", "trade", "who led the delegation", True, [
        "STOCKHOLM, July 28 (AP) - Chinese Vice Premier He Lifeng led Beijing's team into a fresh "
        "round of trade talks with U.S. officials in the Swedish capital on Monday. The meeting, "
        "at Rosenbad, the prime minister's office, is expected to last two days. An Aug. 12 "
        "deadline for the tariff truce is looming.",
        "China sends top trade negotiator to Stockholm\n"
        "Beijing's delegation at this week's talks in Sweden is headed by Commerce Minister Wang "
        "Wentao, state broadcaster CCTV said. The two-day round opened on Monday at the Swedish "
        "government offices in central Stockholm. The current truce runs out on 12 August.",
    ], ["2025-07-28", "2025-07-28"],
          r"lifeng",
          r"wentao"),
    _case("trade-C1", "trade",
          "control: ministry named two ways; short report omits facts", False, [
        "China's Ministry of Commerce said on Friday it would suspend its ban on exports of "
        "gallium and germanium to the United States until Nov. 27, 2026. The ministry said the "
        "move followed the \"important consensus\" reached by the two heads of state. A "
        "spokesperson added that licences for other critical minerals would be reviewed case by "
        "case.",
        "Beijing pauses gallium curbs\n"
        "The commerce ministry in Beijing will lift its ban on gallium and germanium shipments to "
        "the US until 27 November 2026, according to a notice posted on Friday.\n"
        "Read more: What are critical minerals and why do they matter?",
    ], None),
    _case("trade-C2", "trade", "control: same moment on different calendar days", False, [
        "White House halves fentanyl tariff on China\n"
        "WASHINGTON - The White House announced late Sunday that it would cut the so-called "
        "fentanyl tariff on Chinese goods to 10% from 20%, following last week's meeting between "
        "the two leaders. The change takes effect Nov. 10, officials said.",
        "HONG KONG - Washington said on Monday morning, Hong Kong time, that it would halve the "
        "fentanyl-linked tariff on Chinese imports to 10 per cent. The reduction applies from 10 "
        "November. The Hang Seng index gained 1.1% in early trade.",
    ], ["2025-11-02", "2025-11-03"]),
    _case("trade-C3", "trade", "control: old and new tariff rates; rounding", False, [
        "US cuts tariffs on Chinese goods to 30% from 145%\n"
        "The United States will lower its tariffs on most Chinese imports to 30% from 145% for an "
        "initial 90 days, the two countries said in a joint statement on Monday. China will cut "
        "its duties on U.S. goods to 10% from 125% over the same period. S&P 500 futures jumped "
        "2.6% on the announcement.",
        "Tariff truce: what changes\n"
        "- US levy on Chinese goods: now 30 percent\n"
        "- China's levy on US goods: now 10 percent\n"
        "- How long: 90 days\n"
        "Wall Street futures rallied almost 3 per cent after the statement was released.",
    ], ["2025-05-12", "2025-05-12"]),
    # ---- court ----
    _case("court-R1", "court", "vote split of justices", True, [
        "SCOTUS rules against emergency tariffs\n"
        "WASHINGTON (AP) - The Supreme Court on Wednesday ruled 6-3 that the president exceeded "
        "his authority under a 1977 emergency-powers law when he imposed sweeping import tariffs. "
        "Chief Justice John Roberts wrote for the majority. Importers may now seek refunds, the "
        "court indicated.",
        "In a 5-4 decision handed down Wednesday, the justices held that the International "
        "Emergency Economic Powers Act does not let the president impose tariffs. Roberts "
        "authored the opinion. Trade lawyers said the ruling could open the door to refunds for "
        "importers.\n"
        "Advertisement",
    ], None,
          r"\b6\s*(-|–|—|to)\s*3\b|\bsix\b",
          r"\b5\s*(-|–|—|to)\s*4\b|\bfive\b"),
    _case("court-R2", "court", "size of fine", True, [
        "Judge orders Crestline to pay $310 million over price-fixing\n"
        "SEATTLE - A federal judge on Thursday ordered freight company Crestline Logistics to pay "
        "a $310 million civil penalty after finding it had coordinated shipping rates with two "
        "rivals. U.S. District Judge Laura Ortiz said the conduct ran from 2019 to 2023. "
        "Crestline said it would appeal.",
        "Crestline hit with $130m penalty\n"
        "A judge in Seattle has fined Crestline Logistics $130 million for colluding with "
        "competitors on freight prices between 2019 and 2023, court records show. The company, "
        "which employs about 4,000 people in Washington state, plans to appeal.",
        "Seattle court: Crestline must pay $310M\n"
        "Judge Laura Ortiz's ruling (filed Thursday) follows a three-week bench trial. Crestline "
        "said it intends to appeal.",
    ], ["2025-09-05", "2025-09-05", "2025-09-06"],
          r"(?<![\d.,])310 ?(m\b|million|mln)|310,000,000|(?<!\d)0?\.31 ?(bn|billion)",
          r"(?<![\d.,])130 ?(m\b|million|mln)|130,000,000|(?<!\d)0?\.13 ?(bn|billion)"),
    _case("court-R3", "court", "author of majority opinion", True, [
        "Supreme Court limits EPA's power over wetlands permits\n"
        "The U.S. Supreme Court on Friday ruled 7-2 that the Environmental Protection Agency "
        "overstepped when it blocked a permit for an Idaho housing project. Justice Amy Coney "
        "Barrett wrote for the majority, saying the agency had \"read the statute far beyond its "
        "words.\" Justices Sotomayor and Jackson dissented.",
        "WASHINGTON - In a 7-2 ruling, the justices sided with an Idaho developer in its dispute "
        "with the EPA over a wetlands permit. Justice Neil Gorsuch wrote the majority opinion; "
        "Sotomayor and Jackson were in dissent. The developer's lawyer called the decision \"a "
        "win for property owners everywhere.\"",
    ], None,
          r"barrett",
          r"gorsuch"),
    _case("court-R4", "court", "who dissented", True, [
        "RICHMOND, Va. - A divided panel of the 4th U.S. Circuit Court of Appeals on Tuesday "
        "reinstated Virginia's new congressional map, ruling 2-1 that a lower court had erred. "
        "Judge Marcus Hale wrote the majority opinion. Judge Paul Whitcomb dissented, warning "
        "that the decision would \"invite mischief.\"",
        "Appeals court revives Virginia map\n"
        "The 2-1 ruling by a three-judge panel of the Richmond-based 4th Circuit overturns an "
        "injunction issued over the summer. In dissent, Judge Irene Castro wrote that the "
        "majority's approach would \"invite mischief.\" Virginia's attorney general welcomed the "
        "decision.",
    ], ["2025-10-14", "2025-10-14"],
          r"whitcomb",
          r"castro"),
    _case("court-R5", "court", "date of next hearing", True, [
        "Sentencing for ex-mayor set for March 3\n"
        "A federal jury in Providence found former Cranston mayor Dale Rourke guilty on four "
        "counts of wire fraud on Monday. U.S. District Judge Mary Ellison scheduled sentencing "
        "for March 3. Rourke faces up to 20 years in prison on each count.",
        "Former Cranston mayor convicted\n"
        "Rourke, 61, was convicted on all four wire fraud counts after a two-week trial. "
        "Sentencing is scheduled for March 13, according to the court docket. His lawyer said "
        "they were \"weighing all options.\"\n"
        "Advertisement",
    ], None,
          r"march 3\b|(?<!\d)3 march|-03-03|mar\.? 3\b",
          r"march 13|13 march|-03-13|mar\.? 13"),
    _case("court-C1", "court", "control: two unrelated quotes of one person", False, [
        "Judge blocks Education Department layoffs\n"
        "A federal judge in Boston on Thursday temporarily blocked the firing of about 1,300 "
        "Education Department employees. Massachusetts Attorney General Andrea Joy Campbell said "
        "the order \"protects students and families across the country.\" The Justice Department "
        "is expected to appeal.",
        "BOSTON - Speaking outside the Moakley courthouse, Massachusetts AG Andrea Campbell said: "
        "\"We will keep going to court for as long as it takes.\" The preliminary injunction "
        "halts the dismissal of roughly 1,300 staff at the U.S. Department of Education. The DOJ "
        "has signalled it will ask the 1st Circuit to step in.",
    ], None),
    _case("court-C2", "court", "control: rounding; short report omits facts", False, [
        "LONDON - The High Court in London on Tuesday ordered mining group Varnstone to pay £1.46 "
        "billion in damages to Zambian villagers affected by a 2019 tailings dam spill. Mrs "
        "Justice Clare Whitby said the company had \"ignored repeated warnings.\" Varnstone "
        "shares fell 4.3% in London. The firm said it was studying the judgment.",
        "Varnstone told to pay nearly £1.5bn over Zambia spill\n"
        "The award, handed down in London, is among the largest of its kind in an English court. "
        "The company said it would review the ruling.",
    ], ["2025-04-22", "2025-04-22"]),
    # ---- central bank ----
    _case("cb-R1", "central bank", "size of rate cut (bp)", True, [
        "Fed cuts rates for first time this year\n"
        "WASHINGTON (Reuters) - The Federal Reserve lowered its policy rate by 25 basis points on "
        "Wednesday, citing a cooling labour market. Chair Jerome Powell said further cuts were "
        "possible. The decision was approved 11-1.",
        "Fed delivers half-point cut\n"
        "The US central bank cut interest rates by 50 basis points on Wednesday in an 11-1 vote. "
        "Powell told reporters that the economy remained \"in a good place\" overall.\n"
        "Read more: What a rate cut means for your mortgage",
    ], ["2025-09-17", "2025-09-17"],
          r"(?<![\d.])25 ?(basis|bps?\b|b\.p)|quarter|(?<!\d)0?\.25 ?(percentage"
          r"|pp|%|per ?cent|pct)",
          r"(?<![\d.])50 ?(basis|bps?\b|b\.p)|half|(?<!\d)0?\.50? ?(percentage|pp"
          r"|%|per ?cent|pct)"),
    _case("cb-R2", "central bank", "who dissented", True, [
        "Fed holds rates steady; Waller dissents\n"
        "The Federal Open Market Committee kept its key rate in a range of 4.25% to 4.5% on "
        "Wednesday. Governor Christopher Waller was the lone dissenter, preferring a "
        "quarter-point cut. The statement said uncertainty about the outlook \"remains elevated.\"",
        "Fed stands pat\n"
        "Policymakers left the federal funds rate unchanged at 4.25%-4.50%. The only dissent came "
        "from Governor Michelle Bowman, who favoured a 25bp reduction.",
    ], None,
          r"waller",
          r"bowman"),
    _case("cb-R3", "central bank", "amount of bond sales (QT)", True, [
        "LONDON (Reuters) - The Bank of England kept Bank Rate at 4% on Thursday and said it "
        "would shrink its holdings of government bonds by £70 billion over the next 12 months. "
        "Seven of the nine Monetary Policy Committee members voted to hold rates. Governor Andrew "
        "Bailey said: \"We are not out of the woods yet.\"",
        "BoE holds at 4pc, slows QT\n"
        "The Bank's Monetary Policy Committee voted 7-2 to leave rates unchanged. It will reduce "
        "its gilt stock by £100bn in the year from October, it said.\n"
        "Advertisement\n"
        "UK consumer price inflation was 3.8 per cent in August.",
        "Key facts:\n"
        "- Bank Rate: 4% (unchanged)\n"
        "- Vote: 7–2\n"
        "- Gilt stock reduction: £100bn over 12 months",
    ], ["2025-09-18", "2025-09-18", "2025-09-18"],
          r"(?<![\d.])70 ?(bn|billion|b\b)|seventy billion",
          r"(?<![\d.])100 ?(bn|billion|b\b)|hundred billion"),
    _case("cb-R4", "central bank", "date of next meeting", True, [
        "RBA holds cash rate at 3.6%\n"
        "SYDNEY - The Reserve Bank of Australia left its cash rate unchanged at 3.60% on Tuesday, "
        "as economists had expected. Governor Michele Bullock said the board would \"remain "
        "cautious.\" The next policy decision is due on Nov. 4.",
        "Aussie central bank keeps rates on hold\n"
        "The RBA's monetary policy board kept borrowing costs at 3.6 per cent. Bullock said "
        "inflation in the September quarter was likely to come in \"a bit higher\" than forecast. "
        "The board next meets on 11 November.",
    ], None,
          r"nov(ember|\.)? 4\b|(?<!\d)4 nov|-11-04",
          r"nov(ember|\.)? 11\b|(?<!\d)11 nov|-11-11"),
    _case("cb-R5", "central bank", "clock time across zones", True, [
        "TOKYO - The Bank of Japan kept its short-term policy rate at 0.5% on Thursday, releasing "
        "its decision at 11:52 a.m. Tokyo time. Governor Kazuo Ueda will hold a news conference "
        "later in the afternoon. The bank raised its core inflation forecast for this fiscal year "
        "to 2.7%.",
        "BoJ stands pat, lifts price outlook\n"
        "The Bank of Japan held rates at 0.5 per cent in a decision published at 04:10 GMT on "
        "Thursday. It now sees core inflation at 2.7% in the current fiscal year.\n"
        "Share this article",
    ], ["2025-07-31", "2025-07-31"],
          r"11[:.]52|0?2[:.]52|(?<!\d)2:52",
          r"(?<!\d)0?4[:.]10|13[:.]10|(?<!\d)1:10"),
    _case("cb-C1", "central bank", "control: basis points vs percentage point", False, [
        "ECB cuts deposit rate by 25 basis points to 2.25%\n"
        "FRANKFURT - The European Central Bank lowered its deposit facility rate by 25 basis "
        "points to 2.25% on Thursday, its seventh cut since June 2024. President Christine "
        "Lagarde said the euro zone economy had become \"more resilient.\"",
        "Euro area borrowing costs fall again\n"
        "The ECB trimmed its key deposit rate by a quarter of a percentage point, to 2.25 per "
        "cent. It was the bank's seventh reduction since the middle of last year.",
    ], None),
    _case("cb-C2", "central bank",
          "control: old and new rate; votes for different options", False, [
        "Bank of England cuts to 4.25%\n"
        "The Bank of England reduced Bank Rate from 4.5% to 4.25% on Thursday. The Monetary "
        "Policy Committee split three ways: five members backed a quarter-point cut, two wanted a "
        "half-point reduction and two voted to hold.",
        "BoE lowers rates\n"
        "- New Bank Rate: 4.25 per cent\n"
        "- Previous rate: 4.5 per cent\n"
        "- Decided: Thursday 8 May",
    ], ["2025-05-08", "2025-05-08"]),
    _case("cb-C3", "central bank", "control: same moment on different calendar days", False, [
        "Fed cuts rates again\n"
        "WASHINGTON - The Federal Reserve on Wednesday lowered the federal funds rate by a "
        "quarter point to a range of 3.5% to 3.75%. Chair Jerome Powell said the central bank was "
        "\"well positioned to wait and see\" how the economy evolves.",
        "SINGAPORE - Asian shares rose on Thursday after the US Federal Reserve cut interest "
        "rates by 25 basis points overnight, to a 3.50-3.75 per cent range. The decision was "
        "announced early on Thursday, Singapore time. The Straits Times Index added 0.6% in "
        "morning trade.",
    ], ["2025-12-10", "2025-12-11"]),
    # ---- rocket ----
    _case("rocket-R1", "rocket", "booster designation", True, [
        "SpaceX's Starship flies again\n"
        "STARBASE, Texas - SpaceX launched Starship on its eleventh test flight on Monday "
        "evening, with Super Heavy Booster 15 lifting off at 6:23 p.m. CT. The booster made a "
        "planned splashdown in the Gulf of Mexico a few minutes later.",
        "Starship Flight 11: recap\n"
        "The Super Heavy booster (designated B17) lifted off at 6:23 p.m. local time and later "
        "splashed down in the Gulf as planned. The upper stage reached space and deployed eight "
        "mock Starlink satellites.",
    ], None,
          r"booster 15|\bb-?15\b",
          r"booster 17|\bb-?17\b"),
    _case("rocket-R2", "rocket", "flight duration", True, [
        "Ship completes test flight\n"
        "The Starship upper stage splashed down in the Indian Ocean about 66 minutes after "
        "liftoff, SpaceX said. It was the tenth flight test of the vehicle. Engineers will now "
        "review data from the reentry.",
        "Starship's 10th test ends in Indian Ocean\n"
        "After a flight lasting roughly 48 minutes, the ship came down on target in the Indian "
        "Ocean, SpaceX said in a post on X.\n"
        "Read more: Starship explained",
    ], ["2025-08-27", "2025-08-27"],
          r"(?<![\d.])66 ?(min|minutes|mins)|\b1 ?h(ou)?r?s?,? (and )?6 ?min|sixty-six",
          r"(?<![\d.])48 ?(min|minutes|mins)|forty-eight"),
    _case("rocket-R3", "rocket", "landing time across zones", True, [
        "Blue Origin's New Glenn booster lands on ship\n"
        "CAPE CANAVERAL, Fla. - The first stage of Blue Origin's New Glenn rocket landed on the "
        "company's recovery vessel Jacklyn in the Atlantic at 3:58 p.m. EST on Thursday, Blue "
        "Origin said. It was the first successful booster recovery for the heavy-lift rocket.",
        "Touchdown! New Glenn booster recovered at sea\n"
        "The booster set down on the landing ship Jacklyn at 20:28 UTC, the company said, a first "
        "for New Glenn.",
    ], None,
          r"(?<!\d)3[:.]58|15[:.]58|20[:.]58",
          r"20[:.]28|(?<!\d)3[:.]28|15[:.]28"),
    _case("rocket-R4", "rocket", "date typo (year)", True, [
        "Starship test set for Tuesday\n"
        "SpaceX is targeting Tuesday, May 27, 3025 for the ninth flight of Starship, according to "
        "an FAA notice. The launch window opens at 6:30 p.m. CT.",
        "The ninth Starship flight is scheduled for May 27, 2025, with the window opening at 7:30 "
        "p.m. ET (6:30 p.m. CT), per the Federal Aviation Administration.",
    ], ["2025-05-26", "2025-05-26"],
          r"3025",
          r"2025|^(?!.*3025).*may 27"),
    _case("rocket-R5", "rocket", "launch pad", True, [
        "Falcon 9 launches Crew-11\n"
        "CAPE CANAVERAL - A SpaceX Falcon 9 rocket carrying four astronauts lifted off from "
        "Launch Complex 39A at NASA's Kennedy Space Center early Friday. The Crew Dragon "
        "Endeavour is due to dock with the International Space Station about 15 hours later.",
        "Four astronauts head to ISS\n"
        "The mission launched from Space Launch Complex 40 at Cape Canaveral Space Force Station, "
        "NASA said. Endeavour is expected to reach the station in roughly 15 hours.",
        "Crew-11 lifts off (from pad 39A) - docking expected about fifteen hours after launch.",
    ], None,
          r"39-?a|complex 39|kennedy",
          r"(?<![\d.])40\b|slc-?40|space force station"),
    _case("rocket-C1", "rocket", "control: km vs miles; rounding", False, [
        "VAN HORN, Texas - Blue Origin's New Shepard rocket carried six passengers to an altitude "
        "of 105.8 km on Saturday, above the Kármán line at 100 km. The flight lasted 10 minutes "
        "and 10 seconds from liftoff to capsule touchdown.",
        "Six more tourists go to space\n"
        "The New Shepard capsule topped out at roughly 66 miles before parachuting back to the "
        "West Texas desert about ten minutes after launch.",
    ], ["2025-10-11", "2025-10-11"]),
    _case("rocket-C2", "rocket", "control: short report omits facts; names two ways", False, [
        "Rocket Lab launched an Electron rocket from its Launch Complex 1 on New Zealand's Mahia "
        "Peninsula on Wednesday, placing a radar imaging satellite for Japanese company iQPS into "
        "orbit. It was the company's 15th Electron mission of the year. Chief executive Peter "
        "Beck said the launch cadence was \"exactly where we want it.\"",
        "NZ launch success\n"
        "The Electron lifted off from Mahia and deployed the iQPS satellite as planned, Rocket "
        "Lab said.",
    ], None),
    # ---- earthquake ----
    _case("quake-R1", "earthquake", "magnitude", True, [
        "Strong quake shakes northern Chile\n"
        "SANTIAGO (AP) - A magnitude 6.8 earthquake struck off the coast of northern Chile on "
        "Friday, the U.S. Geological Survey said. There were no immediate reports of damage. "
        "Chile's navy said there was no tsunami threat.",
        "7.1 quake hits off Chile; no tsunami\n"
        "The tremor, centred in the Pacific west of Antofagasta, was felt in several northern "
        "cities on Friday, the USGS said. The navy ruled out a tsunami.\n"
        "Advertisement",
    ], None,
          r"(?<![\d.])6\.8(?!\d)",
          r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-R2", "earthquake", "epicentre town", True, [
        "Magnitude 5.9 earthquake jolts central Italy\n"
        "ROME - An earthquake of magnitude 5.9 struck central Italy early Sunday, with its "
        "epicentre near the town of Norcia in Umbria, the national geophysics institute INGV "
        "said. Some old buildings were damaged but no injuries were reported.",
        "Quake rattles Umbria and Marche\n"
        "The 5.9-magnitude tremor was centred close to Visso, INGV said, at a depth of 9 "
        "kilometres. Firefighters were checking damaged churches on Sunday.",
    ], None,
          r"norcia",
          r"visso"),
    _case("quake-R3", "earthquake", "number of aftershocks", True, [
        "Tibet earthquake: aftershocks continue\n"
        "More than 40 aftershocks had been recorded by 8 a.m. on Wednesday following Tuesday's "
        "magnitude 7.1 quake in Dingri county, Tibet, the China Earthquake Networks Center said. "
        "The largest measured 4.4.",
        "Rescuers search rubble in Tibet\n"
        "Chinese seismologists had logged over 150 aftershocks as of 8 a.m. Wednesday since the "
        "magnitude-7.1 earthquake in Dingri county a day earlier, the strongest of them a 4.4. "
        "Overnight temperatures fell below minus 15C.",
    ], ["2025-01-08", "2025-01-08"],
          r"(?<![\d.,])40\b|forty",
          r"(?<![\d.,])150\b|hundred and fifty"),
    _case("quake-R4", "earthquake", "death toll conflict at same time", True, [
        "ANKARA - A magnitude 6.1 earthquake in Malatya province killed at least 14 people, "
        "Turkey's disaster agency AFAD said on Saturday evening. Dozens of buildings collapsed in "
        "the district of Yesilyurt. Interior Minister Ali Yerlikaya said 212 people were injured.",
        "Turkey quake: death toll at 23\n"
        "The magnitude-6.1 tremor that struck Malatya on Saturday has killed 23 people, AFAD said "
        "in its Saturday evening update. More than 200 were injured, the interior minister said.\n"
        "Share this article",
    ], ["2025-03-29", "2025-03-29"],
          r"(?<![\d.,])14\b|fourteen",
          r"(?<![\d.,])23\b|twenty-three"),
    _case("quake-R5", "earthquake", "clock time across zones", True, [
        "TAIPEI - A magnitude 6.3 earthquake struck off Taiwan's east coast at 11:08 p.m. local "
        "time on Saturday, the Central Weather Administration said. Buildings swayed in Taipei, "
        "but there were no reports of serious damage. The epicentre was about 30 km off Hualien.",
        "Quake off Hualien\n"
        "The 6.3-magnitude tremor hit at 14:08 GMT on Saturday, about 30 kilometres from Hualien, "
        "according to Taiwan's weather agency. Train services were briefly halted.",
    ], None,
          r"11[:.]08|23[:.]08|15[:.]08",
          r"14[:.]08|(?<!\d)2[:.]08|22[:.]08|10[:.]08"),
    _case("quake-C1", "earthquake", "control: km vs miles; rounding", False, [
        "Magnitude 5.2 quake rattles San Diego area\n"
        "A magnitude 5.2 earthquake struck near Julian, California, on Monday morning, about 60 "
        "miles northeast of San Diego, the USGS said. It was about 8 miles deep. No major damage "
        "was reported.",
        "SAN DIEGO - The 5.2 temblor, centred close to Julian roughly 97 kilometres from San "
        "Diego, was felt across Southern California on Monday. Its depth was about 13 km, "
        "according to the U.S. Geological Survey.",
    ], ["2025-04-14", "2025-04-14"]),
    _case("quake-C2", "earthquake", "control: later update of death toll (dates show it)", False, [
        "Afghanistan quake kills at least 800\n"
        "JALALABAD - A magnitude 6.0 earthquake struck eastern Afghanistan late Sunday, killing "
        "at least 800 people and injuring more than 2,500, the Taliban government said on Monday.",
        "Afghan quake toll climbs past 1,400\n"
        "The death toll from Sunday night's magnitude-6.0 earthquake in Kunar province has risen "
        "to more than 1,400, a government spokesman said on Tuesday. Over 3,100 people are now "
        "known to have been injured.",
    ], ["2025-09-01", "2025-09-02"]),
    # ---- election ----
    _case("election-R1", "election", "vote share", True, [
        "DAYTON, Ohio - Mayor Carla Brooks won a second term on Tuesday, taking 58.3% of the vote "
        "against City Commissioner Luis Herrera, according to unofficial results from the "
        "Montgomery County Board of Elections. Brooks thanked volunteers at a downtown rally.",
        "Brooks re-elected in Dayton\n"
        "Brooks received 53.8 percent of ballots cast, unofficial county results show. Herrera "
        "conceded shortly after 10 p.m.",
    ], None,
          r"58\.3",
          r"53\.8"),
    _case("election-R2", "election", "winning margin", True, [
        "Virginia House seat flips\n"
        "Democrat Anita Sheldon defeated Republican incumbent Greg Talley by about 1,200 votes in "
        "the 41st District, according to unofficial results. Talley had held the seat since 2019.",
        "Sheldon edges Talley\n"
        "Sheldon won the district by 2,100 votes, the state elections department's website showed "
        "on Wednesday. Talley said he would not seek a recount.",
    ], ["2025-11-05", "2025-11-05"],
          r"(?<![\d,.])1,?200\b|(?<![\d.])1\.2 ?(k|thousand)|twelve hundred",
          r"(?<![\d,.])2,?100\b|(?<![\d.])2\.1 ?(k|thousand)|twenty-one hundred"),
    _case("election-R3", "election", "turnout", True, [
        "Polish runoff turnout hits record\n"
        "Turnout in Sunday's presidential runoff reached 71.6%, the highest since the fall of "
        "communism, the National Electoral Commission said on Monday.",
        "WARSAW - Some 67.3 per cent of eligible voters cast ballots in the second round, the "
        "electoral commission said on Monday. Karol Nawrocki won with 50.89% of the vote.",
        "Nawrocki takes 50.9% (turnout: 71.6%) - full results, PKW.",
    ], None,
          r"71\.6",
          r"67\.3"),
    _case("election-R4", "election", "percent vs percentage points", True, [
        "Germany: SPD slumps to worst result\n"
        "The Social Democrats won 16.4% of the vote in Sunday's federal election, a drop of 9.3 "
        "percentage points from 2021, according to preliminary official results.",
        "BERLIN - Chancellor Olaf Scholz's SPD took 16.4 per cent on Sunday, down 9.3 per cent on "
        "its result four years ago, the federal returning officer said.",
    ], ["2025-02-24", "2025-02-24"],
          r"9\.3 ?(percentage|pp\b|points?|pts?\b|%-?points?)",
          r"9\.3 ?(%(?! ?-?points?)|per ?cent\b|pct)"),
    _case("election-R5", "election", "speaker credited with a quote", True, [
        "Liberals hold Kingston in by-election\n"
        "\"This is a win for every family that felt ignored,\" said Meredith Osei, who took the "
        "riding for the Liberals on Monday with 47 per cent of the vote. Turnout was low, at "
        "about 38%.",
        "KINGSTON, Ont. - Liberal Meredith Osei won Monday's by-election with 47% support. \"This "
        "is a win for every family that felt ignored,\" her campaign manager, Daniel Fry, told "
        "supporters at a local brewery. About 38 per cent of voters turned out.",
    ], None,
          r"osei",
          r"\bfry\b"),
    _case("election-C1", "election",
          "control: vote counts of different candidates; rounding", False, [
        "Reyes elected Kingsbury mayor\n"
        "Alma Reyes won the Kingsbury mayoral race on Saturday with 48,211 votes, ahead of Tom "
        "Pike on 39,870, according to the city clerk. Independent candidate June Marsh received "
        "2,310 votes. Turnout was 41%.",
        "Kingsbury: Reyes wins\n"
        "Reyes finished with about 48,200 votes to Pike's roughly 39,900. Some 41 per cent of "
        "registered voters took part.",
    ], ["2025-05-04", "2025-05-04"]),
    _case("election-C2", "election", "control: two unrelated quotes; body named two ways", False, [
        "The Malawi Electoral Commission on Wednesday declared Peter Mutharika the winner of the "
        "presidential election with 56.1% of the vote. Commission chair Annabel Mtalimanja said "
        "the count had been \"credible and transparent.\"",
        "Malawi poll body names Mutharika president-elect\n"
        "The MEC announced the result in Lilongwe. Its chairwoman, Annabel Mtalimanja, urged "
        "supporters of all candidates to \"keep the peace.\"\n"
        "Advertisement",
    ], None),
]
