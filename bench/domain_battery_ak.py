"""Blind battery of disagreements in the hidden check's domains, part AK (issue 11).

Part AK was written by engineer AK1 on 2026-12-06 (twenty-first session) without reading
the reconcile rules or other parts of the battery, before any run. Every text was written
for this part. It is a training part, scored with ``bench/bench_domain_battery.py AK``.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AK", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case(
        "trade-AK1", "trade",
        "control: same moment in two zones",
        False,
        [
            ("GENEVA, March 19 (Meridian Wire) - Trade negotiators from Valmora and Kestria "
             "wrapped up a fourth round of talks on a tariff-reduction pact at 6 p.m. local "
             "time on Thursday, the Valmoran delegation said, after three days of meetings in "
             "the Swiss city.\n"
             "Valmora's chief negotiator, Deputy Trade Minister Oren Halloway, told reporters "
             "the two sides had agreed to cut duties on farm machinery from 12% to 4% over "
             "five years. \"We are closer than we have ever been,\" Halloway said.\n"
             "Kestria's delegation confirmed the outcome in a brief written statement but took "
             "no questions. A fifth round is pencilled in for May in the Kestrian capital, "
             "Tarnow.\n"
             "Bilateral trade between the two countries reached $31.6 billion last year, "
             "official figures show.\n"
             "(Reporting by Lena Sato; Editing by Mark Dunne)"),
            ("Share this article\n"
             "Valmora, Kestria end Geneva round with farm-machinery deal\n"
             "By Priya Raman | The Harbor Ledger\n"
             "Trade talks between Valmora and Kestria ended at 1 p.m. Eastern time on Thursday "
             "(1700 GMT), closing a three-day round in Geneva with an agreement to phase down "
             "tariffs on tractors, harvesters and other farm machinery.\n"
             "Under the deal the duty falls from 12 percent to 4 percent over five years, "
             "according to Oren Halloway, the deputy trade minister who leads Valmora's team. "
             "\"We are closer than we have ever been\" to a full agreement, Halloway said.\n"
             "Officials said the next round would be held in May in Tarnow. The two economies "
             "traded goods worth about $32 billion in 2025. Kestrian farm groups welcomed the "
             "outcome but said they would study the fine print.\n"
             "Advertisement"),
        ],
        ["2026-03-19", "2026-03-19"],
    ),
    _case(
        "trade-AK2", "trade",
        "tariff rate",
        True,
        [
            ("Ostrava Herald - Staff reporter\n"
             "Published 08:15\n"
             "The government of Kestria will impose a 15% tariff on imported steel coil from "
             "Valmora starting April 1, Minister of Trade Selin Dagher announced on Monday, "
             "escalating a dispute that has simmered since the autumn.\n"
             "The duty applies to hot- and cold-rolled coil and will be reviewed after six "
             "months, Dagher told a news conference in Tarnow.\n"
             "Valmora's foreign ministry called the step \"regrettable and unnecessary\" and "
             "said it was weighing a complaint at the World Trade Organization.\n"
             "Kestria imported roughly 2.4 million tonnes of Valmoran steel coil last year. "
             "Shares in Valmoran steelmakers fell about 3% on the news.\n"
             "Advertisement"),
            ("TARNOW (Baltline News) - Kestria said on Monday it would slap an 18 percent "
             "tariff on steel coil imported from Valmora from April 1, in a move Trade "
             "Minister Selin Dagher said was needed to protect \"thousands of mill jobs\".\n"
             "The levy covers both hot-rolled and cold-rolled products and will come up for "
             "review in six months. Valmora called the decision \"regrettable and "
             "unnecessary\" and said it could take the matter to the WTO.\n"
             "Kestrian mills have lost market share to cheaper Valmoran coil, with imports "
             "reaching some 2.4 million tonnes in 2025. Dagher did not say whether other "
             "products could be targeted later.\n"
             "Share this article"),
        ],
        ["2026-02-09", None],
        r"(?<![\d.])15(?:\.0+)?\s*(?:%|percent|per cent|pct)",
        r"(?<![\d.])18(?:\.0+)?\s*(?:%|percent|per cent|pct)",
    ),
    _case(
        "trade-AK3", "trade",
        "control: rounded vs exact, forecast beside actual, previous month",
        False,
        [
            ("Valmora posted a goods trade deficit of 2,987 million crowns in October, the "
             "national statistics office said on Tuesday, narrower than the 3,410 million "
             "crowns recorded in September and smaller than the 3,150 million economists had "
             "forecast.\n"
             "Exports rose 4.2% from October 2025, helped by stronger machinery sales to "
             "Kestria, while imports fell 1.1%. October was the first full month in which "
             "Valmora's 10% tariff on Kestrian fertiliser, introduced on Sept. 15, was in "
             "force.\n"
             "\"The tariff has clearly had an effect on the import bill,\" said Hana Rusk, an "
             "economist at Lindau Bank.\n"
             "Share this article"),
            ("By Marco Dillard, Valmora Business Daily\n"
             "Advertisement\n"
             "Valmora's trade gap narrowed to just under 3 billion crowns in October from "
             "about 3.4 billion a month earlier, beating analysts' expectations of a shortfall "
             "of roughly 3.15 billion, data released Tuesday showed.\n"
             "Exports were up 4.2 percent year on year and imports down 1.1 percent. "
             "Economists pointed to the fertiliser tariff of 10 percent that took effect in "
             "mid-September.\n"
             "\"The tariff has clearly had an effect,\" Lindau Bank economist Hana Rusk said."),
        ],
        ["2026-11-10", "2026-11-10"],
    ),
    _case(
        "trade-AK4", "trade",
        "control: title two ways, comment deadline vs effect date, 90 days vs three months",
        False,
        [
            ("Advertisement\n"
             "Kestria to levy provisional duties on Valmoran solar panels\n"
             "By Tomas Okri\n"
             "Kestria will impose provisional anti-dumping duties of 31.5% on solar panels "
             "from Valmora, Minister of Trade Selin Dagher said on Wednesday.\n"
             "Importers and foreign producers have until Jan. 15 to submit comments, and the "
             "duties will take effect on Feb. 1 for an initial period of 90 days, after which "
             "the ministry will decide whether to make them permanent.\n"
             "\"We will not allow our solar industry to be undercut by dumped products,\" "
             "Dagher said.\n"
             "Valmora's panel exports to Kestria were worth about 740 million dollars last year."),
            ("TARNOW, Dec. 17 - Kestrian Trade Minister Selin Dagher announced provisional "
             "anti-dumping duties of 31.5 percent on Valmoran solar panels, saying the country "
             "would not let its solar manufacturers \"be undercut by dumped products.\"\n"
             "The measure enters into force on February 1 and will run for three months before "
             "a final determination. Interested parties must file comments by January 15.\n"
             "An industry group representing Valmoran manufacturers said the duties were "
             "\"without foundation\" and urged its government to respond. Kestria bought $738 "
             "million worth of Valmoran panels in 2024."),
        ],
        ["2025-12-17", "2025-12-17"],
    ),
    _case(
        "court-AK5", "court",
        "control: vote split in words and digits, dissenters named by one, earlier ruling",
        False,
        [
            ("The Supreme Court of Valmora ruled 6-3 on Thursday that a ban on online "
             "political advertising in the final week of election campaigns violated the "
             "constitution's guarantee of free expression.\n"
             "Chief Justice Irena Maas wrote for the majority that the ban was \"broader than "
             "any legitimate aim could justify.\" Justices Paul Endre, Mirela Koss and Tobias "
             "Wren dissented, arguing that parliament was entitled to protect voters from "
             "last-minute disinformation.\n"
             "The ruling strikes down a 2023 law that a three-judge appeals panel had upheld "
             "unanimously in 2024. The justice ministry said it would study the judgment before "
             "deciding whether to draft a narrower rule."),
            ("Share this article\n"
             "Top court strikes down political ad blackout\n"
             "By Hanne Vik\n"
             "Valmora's highest court on Thursday struck down a law banning online political "
             "ads during the last seven days of election campaigns, in a six-to-three decision.\n"
             "Writing for the majority, Chief Justice Irena Maas said the blackout was "
             "\"broader than any legitimate aim could justify\" and therefore "
             "unconstitutional. Three justices dissented.\n"
             "An appeals panel had unanimously upheld the law last year. Digital-rights groups "
             "hailed the decision, while the government said it would study it.\n"
             "Advertisement"),
        ],
        ["2025-06-12", None],
    ),
    _case(
        "court-AK6", "court",
        "control: fine vs damages, rounded total, sought vs imposed",
        False,
        [
            ("A district court in Tarnow on Tuesday ordered chemical maker Orvex to pay a fine "
             "of 4.2 million crowns for polluting the River Lenn in 2023, and a further 4.5 "
             "million crowns in damages to 312 riverside farmers whose crops were ruined.\n"
             "Prosecutors had sought a fine of 6 million crowns. Presiding Judge Ana Petrov "
             "said the company had \"failed for months to act on clear warnings\" from its own "
             "engineers.\n"
             "Orvex said it would appeal. The company has 30 days to file."),
            ("Advertisement\n"
             "Orvex hit with nearly 9 million crowns in penalties over river spill\n"
             "Chemical group Orvex must pay close to 9 million crowns, including a 4.2 million "
             "crown fine, after a Tarnow court found it responsible for the 2023 contamination "
             "of the Lenn. The rest of the sum goes to more than 300 farmers as compensation.\n"
             "Judge Ana Petrov, who presided, said Orvex had failed \"to act on clear "
             "warnings.\" Prosecutors had asked for a 6 million crown fine.\n"
             "The company, which has a month to appeal, said it would do so.\n"
             "Share this article"),
        ],
        ["2025-10-14", "2025-10-15"],
    ),
    _case(
        "court-AK7", "court",
        "who wrote the majority opinion",
        True,
        [
            ("TARNOW (Baltline News) - Kestria's Supreme Court upheld the government's pension "
             "reform on Tuesday in a 5-2 ruling, clearing the way for the retirement age to "
             "rise gradually from 64 to 66.\n"
             "Justice Ama Boateng wrote for the majority that parliament had \"acted within "
             "its broad discretion over social policy.\" Two justices dissented, saying the "
             "change broke promises made to older workers.\n"
             "Unions, which staged three national strikes against the reform last year, said "
             "they would keep protesting. The first increase takes effect on Jan. 1."),
            ("Pension reform survives court challenge\n"
             "By Olga Stein | Kestria Today\n"
             "The Supreme Court on Tuesday rejected a challenge to the pension overhaul by "
             "five votes to two, allowing the retirement age to climb step by step to 66 from "
             "64.\n"
             "Justice Carl Reinholt wrote the majority opinion, finding that parliament had "
             "\"acted within its broad discretion\" on social policy. The two dissenting "
             "justices argued the reform broke faith with older workers.\n"
             "Unions vowed to continue their campaign. The first step of the increase comes "
             "into force on January 1.\n"
             "Advertisement"),
        ],
        ["2026-05-05", "2026-05-05"],
        r"boateng",
        r"reinholt",
    ),
    _case(
        "court-AK8", "court",
        "control: weekday vs date, three months vs 90 days, sought vs imposed",
        False,
        [
            ("LINDAU - A court here on Friday sentenced former port director Viktor Aas to "
             "three months in prison for accepting bribes from a shipping agent, and fined him "
             "50,000 crowns.\n"
             "Aas, 58, had faced up to five years. Prosecutors had asked for 18 months, but "
             "the judge cited his guilty plea and his cooperation with investigators.\n"
             "\"I am ashamed of what I did,\" Aas told the court before sentencing. His lawyer "
             "said he would not appeal. Aas resigned from the port authority last spring, "
             "shortly after his arrest, and has repaid part of the money, the court heard."),
            ("By Greta Holm\n"
             "The Lindau district court on March 6 handed former port chief Viktor Aas a "
             "90-day prison sentence and a 50,000-crown fine for taking bribes.\n"
             "Prosecutors had sought a year and a half behind bars. The court said Aas's "
             "guilty plea and his help to investigators weighed in his favour. The offence "
             "carries a maximum of five years.\n"
             "\"I am ashamed,\" Aas said in court. His defence lawyer said there would be no "
             "appeal.\n"
             "The shipping agent who paid the bribes is due to be tried separately in the "
             "autumn.\n"
             "Share this article"),
        ],
        ["2026-03-06", "2026-03-07"],
    ),
    _case(
        "cb-AK9", "central bank",
        "board vote split",
        True,
        [
            ("Advertisement\n"
             "Kestria's central bank cuts rates on split vote\n"
             "By Jonas Ferro | Tarnow Daily\n"
             "The National Bank of Kestria lowered its key policy rate by 25 basis points to "
             "3.50% on Thursday, its second cut this year, as inflation eased toward its 2% "
             "target.\n"
             "The nine-member monetary policy board voted 7-2 for the move, with the two "
             "dissenters preferring to hold rates steady, according to a statement released "
             "after the meeting.\n"
             "Governor Malin Osei said the bank would \"proceed carefully\" and that further "
             "cuts were not guaranteed. Annual inflation slowed to 2.6% in October.\n"
             "The next rate decision is due on Dec. 18.\n"
             "Share this article"),
            ("TARNOW, Nov 6 (Baltline News) - Kestria's central bank cut its main interest "
             "rate by a quarter of a percentage point to 3.5% on Thursday in a 6-3 vote of its "
             "nine-member board, with three members arguing for no change.\n"
             "Governor Malin Osei told reporters the bank would proceed carefully and gave no "
             "commitment on further easing. Inflation, which stood at 2.6% in October, is "
             "approaching the bank's 2% goal. Most economists polled by Baltline had expected "
             "the cut.\n"
             "The board meets next on December 18."),
        ],
        ["2025-11-06", "2025-11-06"],
        r"(?<![\d.])7\s*(?:-|–|to)\s*2(?![\d.])|seven[- ]to[- ]two|seven votes to two",
        r"(?<![\d.])6\s*(?:-|–|to)\s*3(?![\d.])|six[- ]to[- ]three|six votes to three",
    ),
    _case(
        "cb-AK10", "central bank",
        "control: forecast vs actual, quarter point vs 25bp, dissenters named by one",
        False,
        [
            ("The Reserve Bank of Valmora raised its benchmark rate by a quarter point to "
             "4.25% on Tuesday, surprising most economists, who had forecast no change. The "
             "bank had held the rate at 4.00% since March.\n"
             "Two of the seven board members, Deputy Governor Lars Fenwick and external member "
             "Ruth Amadi, voted against the increase. Governor Edith Sorensen said price "
             "pressures in services \"have proved more stubborn than we hoped.\"\n"
             "Core inflation ran at 3.4% in August, above the bank's 2-3% target band. A "
             "Meridian poll last week found only 4 of 22 economists expecting a hike."),
            ("Web desk | Updated 14:05\n"
             "Valmora hikes rates in surprise move\n"
             "The Reserve Bank of Valmora increased its policy rate by 25 basis points to 4.25 "
             "percent, ending a six-month pause during which it sat at 4 percent.\n"
             "The decision, announced Tuesday, was backed by five of the board's seven "
             "members; two voted to keep rates on hold. Markets had priced in a hold, and most "
             "analysts had expected the rate to stay at 4 percent until next year.\n"
             "Governor Edith Sorensen said services price pressures had \"proved more "
             "stubborn\" than expected. Core inflation was 3.4 percent in August, above the 2 "
             "to 3 percent target range.\n"
             "Advertisement"),
        ],
        ["2025-09-23", None],
    ),
    _case(
        "cb-AK11", "central bank",
        "control: same moment in two zones, inflation vs policy rate, projection",
        False,
        [
            ("TARNOW, Jan. 28 - The National Bank of Kestria held its key rate at 3.25% on "
             "Wednesday, announcing the decision at 2 p.m. local time (1200 GMT).\n"
             "Annual inflation, at 3.1% in December, remains above the bank's 2% target, "
             "Governor Malin Osei said, adding that the board needed \"more evidence\" that "
             "price growth was slowing before it could cut. The decision was unanimous.\n"
             "The bank's own forecast sees inflation falling to 2.4% by the end of 2026. The "
             "crown was little changed against the euro after the announcement."),
            ("Kestria keeps rates on hold\n"
             "By Dana Whitlock, Global Markets Brief\n"
             "Kestria's central bank left borrowing costs unchanged on Wednesday, with its "
             "benchmark rate remaining at 3.25 percent. The decision came at 7 a.m. New York "
             "time.\n"
             "Inflation edged down to 3.1 percent in December but is still well above the 2 "
             "percent goal, and Governor Malin Osei said policymakers wanted more evidence of "
             "easing price pressures before lowering rates. All board members backed the hold.\n"
             "Staff projections show inflation easing to 2.4 percent by late 2026. Analysts at "
             "two Tarnow brokerages said a cut could come in the spring.\n"
             "Share this article"),
        ],
        ["2026-01-28", "2026-01-28"],
    ),
    _case(
        "cb-AK12", "central bank",
        "control: governor title two ways, weekday vs date, quote cut differently",
        False,
        [
            ("Valmora's central bank keeps rates at 4% for third meeting\n"
             "The Reserve Bank of Valmora kept its benchmark rate at 4% on Wednesday, the "
             "third consecutive meeting without a change.\n"
             "\"We are in a good position to wait and see how the trade tensions play out,\" "
             "said the Governor of the Reserve Bank, Edith Sorensen.\n"
             "The bank trimmed its 2025 growth forecast to 1.2% from 1.6%, citing weaker "
             "export orders. Board members will next meet on June 11, when the bank will also "
             "publish new inflation projections.\n"
             "Advertisement"),
            ("Advertisement\n"
             "By Kofi Lund\n"
             "Central bank governor Edith Sorensen said on April 30 that Valmora was \"in a "
             "good position to wait\" to see how trade tensions develop, as the Reserve Bank "
             "left its main rate unchanged at 4.00 percent for a third straight meeting.\n"
             "The bank now expects the economy to grow 1.2 percent this year, down from a "
             "previous forecast of 1.6 percent. Inflation was 2.7 percent in March.\n"
             "The next policy meeting is scheduled for Wednesday, June 11.\n"
             "Share this article"),
        ],
        ["2025-04-30", None],
    ),
    _case(
        "rocket-AK13", "rocket",
        "control: evening launch in EDT is next day in GMT, km vs miles",
        False,
        [
            ("CAPE CANAVERAL, Fla. - A Halcyon Aerospace Vela rocket lifted off at 9:42 p.m. "
             "EDT Tuesday carrying the Tern-4 weather satellite for the Valmoran "
             "Meteorological Service.\n"
             "The first stage landed on a drone ship in the Atlantic about eight and a half "
             "minutes after liftoff, and the satellite separated roughly 32 minutes into the "
             "flight, the company said.\n"
             "Tern-4 will settle into a geostationary orbit some 22,236 miles above the equator. "
             "It was Halcyon's seventh launch of the year, and the first of two Tern satellites "
             "it is due to fly for Valmora."),
            ("Halcyon launches Tern-4 weather satellite\n"
             "Halcyon's Vela rocket launched the Tern-4 weather satellite from Florida at "
             "01:42 GMT on Wednesday, July 16.\n"
             "The booster touched down on an ocean platform 8 minutes 31 seconds after launch, "
             "and Tern-4 was released about 32 minutes into the mission. The spacecraft is "
             "headed for geostationary orbit, 35,786 km above the equator, where it will watch "
             "storms over the southern Atlantic for Valmora's weather service.\n"
             "This was the company's seventh mission in 2025.\n"
             "Share this article"),
        ],
        ["2025-07-15", "2025-07-16"],
    ),
    _case(
        "rocket-AK14", "rocket",
        "control: km vs miles, rounded time, previous flight's payload",
        False,
        [
            ("Kestrian startup Orbis Dynamics placed 22 small satellites into a 550-kilometer "
             "orbit on May 3 with its Falka-2 rocket, the vehicle's second flight.\n"
             "The first Falka-2 launch, last November, carried 24 satellites but failed to "
             "reach orbit after its upper stage shut down early. This time all 22 spacecraft "
             "were deployed, the last of them 58 minutes after liftoff from the Sorvik "
             "spaceport.\n"
             "\"Today we became an orbital launch company,\" chief executive Mira Tollan said. "
             "The satellites belong to five customers, most of them universities and small "
             "Earth-observation firms. Orbis plans two more Falka-2 flights before the end of "
             "the year."),
            ("Advertisement\n"
             "Orbis reaches orbit on second try\n"
             "By Ben Achterberg\n"
             "Orbis Dynamics' Falka-2 rocket delivered 22 satellites to an orbit roughly 340 "
             "miles high on Sunday, six months after its debut flight with 24 satellites ended "
             "in failure.\n"
             "The final satellite was released about an hour after launch from Sorvik, the "
             "company said. \"Today we became an orbital launch company,\" said CEO Mira "
             "Tollan.\n"
             "The small satellites belong to five customers, chiefly universities and "
             "Earth-observation start-ups. The company intends to fly the Falka-2 twice more "
             "this year as it competes for government contracts.\n"
             "Share this article"),
        ],
        [None, "2026-05-04"],
    ),
    _case(
        "rocket-AK15", "rocket",
        "control: scrubbed attempt beside launch, weather forecast, six days vs nearly a week",
        False,
        [
            ("HALVIK SPACE CENTER, Kestria - After a scrub on Thursday because of high winds "
             "aloft, the Tarvos rocket finally launched on Saturday at 11:05 a.m. local time, "
             "two days late, carrying the Lumen crew capsule on its uncrewed test flight.\n"
             "Forecasters had given only a 60% chance of acceptable weather, but conditions "
             "improved through the morning. The capsule is due to spend six days in orbit "
             "before splashing down off the western coast.\n"
             "\"Two days of waiting were worth it,\" mission director Ivo Salk said."),
            ("The Lumen capsule is in orbit after the Tarvos rocket launched at 11:05 a.m. on "
             "Aug. 23 from Halvik, two days after its first attempt on Aug. 21 was called off "
             "because of strong upper-level winds.\n"
             "No one is aboard for this test. The capsule will remain in orbit for nearly a "
             "week and then splash down in the sea off Kestria's west coast, Kestria's space "
             "agency said.\n"
             "Mission director Ivo Salk said the wait had been \"worth it\".\n"
             "Advertisement"),
        ],
        ["2025-08-23", None],
    ),
    _case(
        "rocket-AK16", "rocket",
        "liftoff clock time",
        True,
        [
            ("Advertisement\n"
             "Vela rocket launches navigation satellite\n"
             "By Marisol Grant\n"
             "Halcyon Aerospace launched a navigation satellite for the Valmoran Space Agency "
             "at 6:14 a.m. local time Thursday from the Tessaly Launch Site, the company said.\n"
             "The Vela rocket's upper stage released the 1,900-kilogram satellite into a "
             "transfer orbit about 34 minutes after liftoff. It is the fourth of six "
             "satellites planned for Valmora's regional navigation system, which officials "
             "hope to complete by 2027.\n"
             "The launch had been delayed by a week because of a faulty valve on the first "
             "stage.\n"
             "Share this article"),
            ("TESSALY, Valmora (Meridian Wire) - A Vela rocket lifted off at 6:41 a.m. on "
             "Thursday from the Tessaly Launch Site carrying Valmora's fourth regional "
             "navigation satellite, Halcyon Aerospace said.\n"
             "The satellite, weighing about 1.9 tonnes, separated from the upper stage some 34 "
             "minutes into the flight and is heading for its final orbit.\n"
             "The launch had slipped by a week after engineers replaced a faulty valve. Two more "
             "satellites are to follow before the system is completed in 2027. Officials say the "
             "network will give Valmoran users positioning independent of foreign systems."),
        ],
        ["2026-02-12", "2026-02-12"],
        r"(?<![\d:.])0?6[:.]14(?!\d)",
        r"(?<![\d:.])0?6[:.]41(?!\d)",
    ),
    _case(
        "quake-AK17", "earthquake",
        "control: toll rises across dated reports, previous quake's figures",
        False,
        [
            ("BREAKING\n"
             "A magnitude 6.4 earthquake struck the mountainous province of Dravia in western "
             "Kestria early on Sunday, killing at least 12 people and damaging hundreds of "
             "homes, officials said.\n"
             "The quake hit at 4:52 a.m. at a depth of 10 kilometers, the National Seismic "
             "Institute said. Rescue teams and army units were heading to the worst-hit "
             "villages.\n"
             "The region was devastated in 2009 by a magnitude 7.1 quake that killed more than "
             "300 people.\n"
             "Television footage showed collapsed stone houses and a damaged bridge on the "
             "road into the province.\n"
             "This story will be updated."),
            ("The death toll from Sunday's magnitude 6.4 earthquake in Dravia province rose to "
             "31 by evening, with 140 people injured, the interior ministry said.\n"
             "Rescuers were still searching collapsed buildings for at least nine people "
             "reported missing. The 4:52 a.m. quake was the strongest in the region since a "
             "7.1 tremor in 2009 that killed more than 300.\n"
             "\"We are working through the night,\" said provincial governor Emil Radu. Field "
             "hospitals were set up in two towns, and the army flew in tents and blankets for "
             "families who had lost their homes.\n"
             "Advertisement"),
            ("Rescuers in Dravia pulled the bodies of three more people from the rubble on "
             "Monday, bringing the death toll from Sunday's earthquake to 34, officials said. "
             "Six people remain missing.\n"
             "Thousands spent the night in tents as aftershocks rattled the province. The "
             "government declared three days of national mourning. Engineers have begun "
             "checking schools and hospitals, and the main road into the province, closed "
             "after a bridge was damaged, reopened to emergency traffic on Monday afternoon. "
             "Neighbouring countries have offered rescue dogs and medical teams.\n"
             "Share this article"),
        ],
        ["2025-10-05T06:30:00", "2025-10-05T19:00:00", "2025-10-06T12:00:00"],
    ),
    _case(
        "quake-AK18", "earthquake",
        "magnitude from the same agency",
        True,
        [
            ("A strong earthquake of magnitude 6.2 shook the coastal city of Port Alvar in "
             "southern Valmora on Saturday afternoon, the Valmoran Geological Survey said, "
             "cracking walls and sending residents into the streets.\n"
             "There were no immediate reports of deaths. The quake struck at 2:26 p.m. at a "
             "depth of 35 km, about 20 km southwest of the city. Several aftershocks followed.\n"
             "Schools will remain closed on Monday while engineers inspect buildings, the mayor "
             "said. Port Alvar's harbour was briefly closed as a precaution but reopened by "
             "evening."),
            ("Advertisement\n"
             "By Ines Carvalho\n"
             "A magnitude 6.7 earthquake hit southern Valmora on Saturday, according to the "
             "Valmoran Geological Survey. The quake struck at 2:26 p.m., centered about 20 "
             "kilometers southwest of Port Alvar at a depth of 35 kilometers.\n"
             "No deaths were reported, though several people were treated for minor injuries "
             "and falling debris damaged cars in the old town. Port Alvar's schools will stay "
             "shut on Monday for safety checks. The harbour was shut for a few hours as a "
             "precaution and reopened in the evening.\n"
             "Share this article"),
        ],
        ["2026-02-14", "2026-02-14"],
        r"(?<![\d.])6\.2(?![\d])",
        r"(?<![\d.])6\.7(?![\d])",
    ),
    _case(
        "quake-AK19", "earthquake",
        "control: local vs UTC across midnight, preliminary magnitude revised, km vs miles",
        False,
        [
            ("A magnitude 5.9 earthquake struck off the coast of Sarnia Island at 3:17 a.m. on "
             "Sunday, jolting residents awake and knocking out power in several villages.\n"
             "The quake, initially measured at 5.8 by the Regional Seismic Centre before being "
             "revised upward, was centred 16 kilometres below the seabed. No tsunami warning "
             "was issued.\n"
             "Local officials said two people were hurt by falling objects. Sarnia Island, home "
             "to about 40,000 people, sits on an active fault zone and feels several moderate "
             "quakes each year. Ferry services to the mainland ran normally later in the day."),
            ("Share this article\n"
             "A magnitude 5.9 quake struck near Sarnia Island at 20:17 UTC on Saturday (3:17 "
             "a.m. Sunday local time), the Regional Seismic Centre said.\n"
             "The quake was about 10 miles deep, and the centre said there was no tsunami "
             "threat. Two minor injuries and scattered power cuts were reported.\n"
             "The centre's first estimate had put the magnitude at 5.8 before it was revised "
             "upward. The island, with a population of roughly 40,000, lies in one of the "
             "region's most seismically active zones.\n"
             "Advertisement"),
        ],
        ["2025-09-14", "2025-09-13"],
    ),
    _case(
        "quake-AK20", "earthquake",
        "control: rounded vs exact count, range beside maximum, km vs miles, earlier quake",
        False,
        [
            ("Nearly 200 aftershocks have rattled the Lenn valley since Wednesday's magnitude "
             "5.6 earthquake, seismologists said on Friday. Five of them measured between 4.0 "
             "and 4.6.\n"
             "The main shock's epicenter lay 40 km north of the city of Ostrel. Four people "
             "were slightly hurt and about 60 buildings were damaged.\n"
             "The valley's last comparable quake, a magnitude 5.4 in 1998, was followed by "
             "aftershocks for several months, the observatory noted. Residents of villages near "
             "the epicenter have been sleeping in cars and community halls, and the regional "
             "government has promised grants for repairs."),
            ("The Lenn Valley Seismic Observatory has recorded 187 aftershocks since "
             "Wednesday's magnitude 5.6 quake, which was centered about 25 miles north of "
             "Ostrel.\n"
             "The largest aftershock measured 4.6. Four people suffered minor injuries in the "
             "main shock, officials said.\n"
             "Seismologists warned residents that further aftershocks were likely for weeks, "
             "possibly months, as happened after the valley's magnitude 5.4 quake in 1998. "
             "About 60 buildings were damaged, and repair grants have been promised by the "
             "regional government.\n"
             "The observatory said the sequence was typical for a shallow quake of this size.\n"
             "Share this article"),
        ],
        None,
    ),
    _case(
        "election-AK21", "election",
        "control: turnout vs vote share, previous turnout, quote cut differently",
        False,
        [
            ("Incumbent president Tomasz Brel won re-election in Valmora on Sunday with 52.3% "
             "of the vote, according to final results from the Central Electoral Commission, "
             "defeating challenger Ada Lisowska, who took 47.7%.\n"
             "Turnout was 61.4%, up from 58.9% at the previous presidential election in 2020.\n"
             "Lisowska conceded shortly before midnight. \"The voters have spoken, and I respect "
             "their decision,\" she told supporters in Lindau. Brel, 61, a former mayor of the "
             "capital, promised to \"govern for every citizen\" and said his first priority "
             "would be a pension bill stalled in parliament."),
            ("Advertisement\n"
             "Brel wins second term\n"
             "By Karin Holt\n"
             "Tomasz Brel secured a second term as Valmora's president, taking 52.3 percent of "
             "votes cast against 47.7 percent for Ada Lisowska.\n"
             "Just over 61 percent of eligible voters went to the polls, the election "
             "commission said, compared with under 59 percent five years ago.\n"
             "Brel promised to \"govern for every citizen\" in his second term and named a "
             "stalled pension bill as his first priority. Lisowska, a lawyer making her first "
             "run for national office, conceded late on Sunday.\n"
             "Share this article"),
            ("Lisowska concedes\n"
             "Opposition candidate Ada Lisowska accepted defeat late on Sunday. \"I respect "
             "their decision,\" she said of the voters, urging her supporters to stay engaged "
             "ahead of next year's local elections. She won 47.7% of the vote.\n"
             "Speaking in Lindau shortly before midnight, the 44-year-old lawyer thanked "
             "volunteers and said her movement would \"not disappear.\" She did not say whether "
             "she would run again. Her campaign team said she would meet party leaders in the "
             "coming days to discuss the future of the opposition alliance that backed her "
             "candidacy."),
        ],
        ["2025-10-27", "2025-10-27", "2025-10-26"],
    ),
    _case(
        "election-AK22", "election",
        "control: seats vs majority threshold vs previous seats, premier vs prime minister",
        False,
        [
            ("Prime Minister Elin Marsh's Progress Party won 87 of the 150 seats in Kestria's "
             "parliament in Sunday's election, final results showed, comfortably above the 76 "
             "needed for a majority.\n"
             "The party held 79 seats in the outgoing chamber. The opposition National Union "
             "fell to 41 seats from 52, with the remaining 22 seats shared among four smaller "
             "parties.\n"
             "\"Kestria has chosen stability,\" Marsh told cheering supporters in Tarnow. "
             "National Union leader Piotr Anders said his party would \"reflect deeply\" on the "
             "result but ruled out resigning. The new parliament meets for the first time on May "
             "4."),
            ("Share this article\n"
             "Premier Elin Marsh secured an outright majority in the April 12 election, with "
             "her Progress Party taking 87 seats in the 150-member assembly - 11 more than "
             "required to govern alone and eight more than in the last parliament.\n"
             "The National Union dropped 11 seats to 41. Four smaller parties split the rest.\n"
             "\"Kestria has chosen stability,\" Marsh said. Opposition leader Piotr Anders "
             "promised to \"reflect deeply\" but said he would stay on. The incoming "
             "parliament will hold its first sitting on May 4, when Marsh is expected to be "
             "confirmed for another term.\n"
             "Advertisement"),
        ],
        ["2026-04-13", None],
    ),
    _case(
        "election-AK23", "election",
        "winning margin in votes",
        True,
        [
            ("Councillor Jana Pell won the Ostrel mayoral race on Sunday by 4,112 votes, "
             "defeating two-term incumbent Bruno Saari, according to the city's election "
             "office.\n"
             "Pell, who ran on a promise to expand the tram network, took 51.8% of the vote. "
             "Saari conceded on Sunday night and congratulated her.\n"
             "Pell will be sworn in on Dec. 1. She will be the first woman to lead the city of "
             "about 210,000 people. Her party also gained three seats on the city council, the "
             "election office said.\n"
             "Advertisement"),
            ("By Tariq Mendel | Ostrel Evening Post\n"
             "Jana Pell is Ostrel's next mayor after beating incumbent Bruno Saari by 1,412 "
             "votes in Sunday's election, final figures from the election office showed.\n"
             "Saari, who had led the city for eight years, congratulated Pell in a short "
             "speech at his campaign headquarters. Pell made extending the tram lines the "
             "centrepiece of her campaign. She takes office on December 1, becoming the first "
             "woman to run the city. Her party also picked up three council seats.\n"
             "Share this article"),
        ],
        ["2025-11-03", None],
        r"(?<![\d,.])4,?112(?!,?\d)",
        r"(?<![\d,.])1,?412(?!,?\d)",
    ),
    _case(
        "election-AK24", "election",
        "control: partial count vs final, runoff date vs confirmation deadline, weekday vs date",
        False,
        [
            ("With 98% of ballots counted, Senator Ruth Okoye led the first round of Kestria's "
             "presidential election on Sunday with 38.4% of the vote, ahead of former finance "
             "minister Pavel Drozd on 29.1%, the electoral commission said.\n"
             "Since no candidate won a majority, the two will face each other in a runoff on "
             "Nov. 30. Candidates must confirm their participation by Nov. 20.\n"
             "Turnout was about 57%. Okoye, 52, a former public prosecutor, has campaigned on "
             "fighting corruption, while Drozd has promised tax cuts for small businesses.\n"
             "Advertisement"),
            ("Final results published on Monday gave Ruth Okoye 38.6 percent in the first "
             "round of the presidential election and Pavel Drozd 29.0 percent, the electoral "
             "commission said. With 98 percent of ballots counted on Sunday night, Okoye had "
             "stood at 38.4 percent and Drozd at 29.1 percent.\n"
             "The two will meet in a runoff on Sunday, November 30. They have until Thursday "
             "to confirm that they will take part.\n"
             "Okoye said she would campaign \"in every town\" over the next two weeks. Drozd, "
             "Kestria's finance minister until 2023, said the race was \"wide open.\" Five "
             "other candidates were eliminated.\n"
             "Share this article"),
        ],
        ["2025-11-16T23:00:00", "2025-11-17T15:00:00"],
    ),
]
