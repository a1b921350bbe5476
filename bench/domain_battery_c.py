"""Blind battery of cross-outlet disagreements in six news domains (issue 11), part "C".

Written on 2026-12-05 (eighth session) by engineer B2 without reading the reconcile rules
or parts A and B (``domain_battery.py``), before the system was run on any of these cases,
and run once by the coordinator on the session's final rules: held out then (its score in
docs/benchmarks.md, "A blind battery in the hidden check's domains"; scored with
``bench/bench_domain_battery.py C``), read in the ninth session and a training part since.
Each must-report case plants exactly one disagreement between outlets; each control tells
the same facts differently with no disagreement. ``a``/``b`` are lower-case regexes that the
two sides' reported values must match (None for controls).
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "C", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ US–China trade
    _case("trade-C1", "trade", "duration", True, [
        "U.S. and Chinese negotiators wrapped up a second day of talks in Stockholm on "
        "Tuesday after a session that ran for more than 11 hours, officials said. "
        "Treasury Secretary Scott Bessent described the discussions as “constructive” but "
        "said no agreement had been reached on extending the tariff truce. "
        "China's delegation was led by Vice Premier He Lifeng.",
        "Tuesday's round in the Swedish capital lasted about seven hours, according to a "
        "person familiar with the talks. "
        "Vice Premier He Lifeng headed the Chinese team, while Bessent led the American side. "
        "Beijing's commerce ministry said both sides would keep pushing for an extension of "
        "the pause in tariff increases. "
        "Markets in Asia were little changed.",
    ], None,
        r"\b11 ?(hours|hrs|h\b)|eleven hours|660 ?min",
        r"(?<!\d)7 ?(hours|hrs|h\b)|seven hours|420 ?min"),

    _case("trade-C2", "trade", "rate", True, [
        "Washington will lower its tariffs on Chinese imports from 145% to 30% for 90 days "
        "under the deal announced in Geneva on Monday, the two governments said in a joint "
        "statement. "
        "China agreed to cut its own levies on American goods from 125% to 10% over the same "
        "period. Stocks rallied on the news.",
        "Under the agreement, the extra duties the United States charges on Chinese goods "
        "will drop to 40 percent from 145 percent, while Beijing's retaliatory tariffs fall to "
        "10 percent from 125 percent. "
        "The reductions last 90 days. "
        "The joint statement was released in Geneva on Monday after a weekend of "
        "negotiations.",
        "Beijing and Washington agreed in Geneva to a 90-day truce, with China's tariffs on "
        "U.S. products reduced to 10%. "
        "Officials at the Ministry of Commerce called the deal a substantial step forward.",
    ], None,
        r"(?<![\d.])30(\.0+)? ?(%|percent|per cent|pc)",
        r"(?<![\d.])40(\.0+)? ?(%|percent|per cent|pc)"),

    _case("trade-C3", "trade", "place", True, [
        "Senior trade officials from China and the United States will meet in Madrid this "
        "weekend for a new round of talks, China's commerce ministry said on Thursday. "
        "Vice Premier He Lifeng will lead the Chinese delegation. "
        "The talks are expected to cover tariffs, export controls and the future of TikTok.",
        "The next round of U.S.-China trade negotiations will be held this weekend in London, "
        "a Treasury Department spokesperson said. "
        "Treasury Secretary Scott Bessent is expected to lead the American team, with He "
        "Lifeng heading Beijing's delegation. "
        "Export controls on chips and rare-earth magnets are likely to top the agenda, "
        "analysts said.",
    ], None, r"madrid", r"london"),

    _case("trade-C4", "trade", "title", True, [
        "U.S. Trade Representative Jamieson Greer said on Friday that the Chinese side had "
        "agreed to resume purchases of American soybeans. "
        "Greer spoke to reporters after the talks in Kuala Lumpur ended. "
        "The two sides will now prepare a framework for their leaders to review.",
        "Commerce Secretary Jamieson Greer told the network that the Chinese delegation had "
        "committed to buying U.S. soybeans again. "
        "The talks in the Malaysian capital wrapped up on Friday. "
        "A summit between the two leaders is planned for later this month in South Korea, "
        "where the framework could be signed.",
    ], None,
        r"trade representative|\bustr\b",
        r"commerce secretary|secretary of commerce"),

    _case("trade-C5", "trade", "weekday", True, [
        "Chinese and American negotiators will sit down again on Wednesday, the Ministry of "
        "Commerce in Beijing said in a brief statement. "
        "The ministry gave no details about where the meeting would take place. "
        "It will be the sixth round of talks since the spring.",
        "The next session between U.S. and Chinese trade negotiators is set for Thursday, "
        "according to two officials briefed on the schedule. "
        "Both delegations are expected to discuss fentanyl-related tariffs and export "
        "licences. "
        "Neither government has said where the sixth round will be held.",
    ], None, r"wednesday|\bwed\b", r"thursday|\bthu(rs)?\b"),

    _case("trade-C6", "trade", "control: rounding + organisation named two ways", False, [
        "China's Ministry of Commerce said on Monday that the talks with Washington had been "
        "“candid, in-depth and constructive”. "
        "Two-way trade in goods between the countries totalled $582.4 billion last year, "
        "according to U.S. Census Bureau data. "
        "The ministry did not say when the next round would be held.",
        "Beijing's commerce ministry described the negotiations as candid and constructive in "
        "a statement issued on Monday. "
        "The United States and China traded about $580 billion worth of goods last year. "
        "No date has been set for further talks.",
    ]),

    _case("trade-C7", "trade", "control: one moment in two time zones", False, [
        "Talks between the U.S. and Chinese delegations began at 9 a.m. local time at the "
        "Swiss ambassador's residence in Geneva, according to Swiss officials. "
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng greeted each other "
        "briefly before the doors closed. "
        "Switzerland has offered to host further rounds.",
        "The negotiations in Geneva got under way at 3 a.m. Washington time on Saturday. "
        "Bessent leads the U.S. team, and He Lifeng heads China's. "
        "The meeting is the first face-to-face encounter since tariffs between the two "
        "countries soared above 100%.",
    ]),

    # ------------------------------------------------------------------ court rulings
    _case("court-C1", "court", "vote split", True, [
        "The Supreme Court ruled 6-3 on Friday that the president lacked the authority to "
        "impose sweeping tariffs under an emergency powers law. "
        "Chief Justice John Roberts wrote the majority opinion. "
        "Justice Brett Kavanaugh wrote the main dissent.",
        "In a 7-2 decision, the justices struck down the tariffs imposed under the "
        "International Emergency Economic Powers Act. "
        "Roberts, writing for the court, said the statute does not mention tariffs at all. "
        "The administration has said it will look for other legal routes to keep the duties "
        "in place.",
    ], None,
        r"\b6 ?(-|–|to|:) ?3\b|six[- ]to[- ]three",
        r"\b7 ?(-|–|to|:) ?2\b|seven[- ]to[- ]two"),

    _case("court-C2", "court", "date", True, [
        "A federal judge in Washington ruled on Sept. 2 that Google must share some search "
        "data with rivals but does not have to sell its Chrome browser. "
        "Judge Amit Mehta said forcing a sale would be “incredibly messy”. "
        "Google said it would appeal parts of the decision.",
        "U.S. District Judge Amit Mehta issued his remedies decision in the search monopoly "
        "case on September 3, rejecting the government's request for a breakup. "
        "Alphabet shares jumped in after-hours trading. "
        "The Justice Department had asked the court to order a divestiture of Chrome.",
    ], None,
        r"sep(t|tember)?\.? 2\b|-09-02\b|\b0?2 sep",
        r"sep(t|tember)?\.? 3\b|-09-03\b|\b0?3 sep"),

    _case("court-C3", "court", "sentence length", True, [
        "Former Hartsville mayor Dennis Crowe was sentenced on Thursday to 12 years in federal "
        "prison for steering city contracts to companies owned by his relatives. "
        "Judge Maria Ellison said the scheme had betrayed the trust of every taxpayer in the "
        "city. "
        "Crowe was also ordered to pay $1.3 million in restitution.",
        "Ex-mayor Dennis Crowe will spend 15 years behind bars after a federal judge in "
        "Columbia sentenced him on Thursday in a bribery and kickback case. "
        "Crowe, 61, showed no reaction as the sentence was read. "
        "He must also repay $1.3 million to the city.",
    ], None,
        r"\b12 ?(years|yrs|-year)|twelve[- ]years?|144 months",
        r"\b15 ?(years|yrs|-year)|fifteen[- ]years?|180 months"),

    _case("court-C4", "court", "name spelling", True, [
        "U.S. District Judge Kathleen Whitmore blocked the state's new voting law on Monday, "
        "finding that it likely violates the Constitution. "
        "Whitmore wrote that the ID requirements placed an undue burden on elderly voters. "
        "The state attorney general said he would appeal to the 5th Circuit.",
        "A federal judge has put the state's voter identification law on hold. "
        "In a 48-page order issued Monday, Judge Kathleen Whitmoore said the rules would "
        "likely keep eligible residents from casting ballots. "
        "State officials plan to appeal.",
    ], None, r"whitmore", r"whitmoore"),

    _case("court-C5", "court", "who said what", True, [
        "The appeals court upheld a $4.7 million verdict against the chemical company on "
        "Tuesday. "
        "“This decision sends a message that no company is above accountability,” said Laura "
        "Benitez, a lawyer for the families. "
        "The company said it was reviewing its options.",
        "A three-judge panel let stand a $4.7 million jury award to families who blamed the "
        "company's plant for contaminating their wells. "
        "“This decision sends a message that no company is above accountability,” said Mark "
        "Ostrowski, the families' lead attorney. "
        "The company could still ask the full court to rehear the case.",
    ], None, r"benitez", r"ostrowski"),

    _case("court-C6", "court", "control: unit of money + place at two precisions", False, [
        "A jury in Delaware ordered the drugmaker to pay $1.2 billion to a rival for patent "
        "infringement, the company said Wednesday. "
        "The verdict followed a two-week trial. "
        "The drugmaker said it would ask the judge to overturn it.",
        "Jurors in Wilmington found that the pharmaceutical firm had infringed three patents "
        "and awarded damages of $1,200 million. "
        "The trial lasted two weeks. "
        "Lawyers for the company called the award excessive and said they would challenge "
        "it.",
    ]),

    _case("court-C7", "court", "control: two different rulings' numbers", False, [
        "The Supreme Court heard arguments on Wednesday over whether the president could "
        "impose tariffs under an emergency law. "
        "In August, the Federal Circuit had ruled 7-4 that most of the tariffs were illegal. "
        "Several justices appeared skeptical of the government's case.",
        "Justices pressed the Justice Department's lawyer during Wednesday's argument. "
        "The appeals court below had found the duties unlawful by a 7-4 vote. "
        "Earlier this year the high court decided a separate immigration case 6-3. "
        "A ruling on the tariffs could come within weeks.",
    ]),

    # ------------------------------------------------------------------ central banks
    _case("cb-C1", "central bank", "target range", True, [
        "The Federal Reserve cut its benchmark interest rate by a quarter point on Wednesday, "
        "lowering the federal funds rate to a range of 4% to 4.25%. "
        "It was the first cut since December. "
        "Fed Chair Jerome Powell called the move a “risk management” step as the labor "
        "market cools.",
        "The Fed trimmed rates by 25 basis points, setting its target range at 3.75%-4.00%, "
        "the central bank said in a statement after its two-day meeting. "
        "Governor Stephen Miran dissented in favour of a larger half-point cut. "
        "Stocks swung after the announcement.",
    ], None, r"4\.25", r"3\.75"),

    _case("cb-C2", "central bank", "size of cut (points)", True, [
        "The Bank of England lowered Bank Rate by 0.25 percentage points to 4% on Thursday. "
        "Governor Andrew Bailey said rates remained on a gradual and careful downward path. "
        "The Monetary Policy Committee's next decision is due in September.",
        "Britain's central bank cut its key interest rate by half a percentage point on "
        "Thursday, to 4%. "
        "Inflation stood at 3.6% in June, well above the bank's 2% target. "
        "Mortgage lenders are expected to pass on the cut within days.",
    ], None,
        r"(?<![\d.])0?\.25\b|\b25 ?(bp|bps|basis)|quarter",
        r"(?<![\d.])0?\.50?\b|\b50 ?(bp|bps|basis)|half"),

    _case("cb-C3", "central bank", "vote split", True, [
        "Fed policymakers voted 10-2 to hold interest rates steady at 4.25% to 4.5% on "
        "Wednesday. "
        "Governors Christopher Waller and Michelle Bowman dissented, preferring a cut. "
        "It was the first time since 1993 that two governors had dissented.",
        "The Federal Open Market Committee kept the federal funds rate in a 4.25%-4.50% "
        "range by an 11-1 vote. "
        "Powell told reporters that the committee had made no decisions about September. "
        "Treasury yields edged higher.",
    ], None,
        r"\b10 ?(-|–|to|:) ?2\b|ten[- ]to[- ]two",
        r"\b11 ?(-|–|to|:) ?1\b|eleven[- ]to[- ]one"),

    _case("cb-C4", "central bank", "clock time", True, [
        "The Reserve Bank of Australia left its cash rate unchanged at 3.6% at 2:30 p.m. "
        "Sydney time on Tuesday. "
        "Governor Michele Bullock will hold a press conference an hour later. "
        "Markets had priced in a small chance of a cut.",
        "The RBA said at 3:30 p.m. local time that it would hold the cash rate at 3.6 per "
        "cent. "
        "The board noted that inflation had eased but said it remained cautious about the "
        "outlook. "
        "The Australian dollar rose slightly after the decision.",
    ], None,
        r"(?<!\d)2[:.]30|14[:.]?30",
        r"(?<!\d)3[:.]30|15[:.]?30"),

    _case("cb-C5", "central bank", "year typo", True, [
        "The Bank of Canada held its policy rate at 2.75% on Wednesday, citing uncertainty "
        "from U.S. tariffs. "
        "Governor Tiff Macklem said the bank was ready to act if the economy weakened. "
        "The next rate announcement is scheduled for July 30, 2025.",
        "Canada's central bank kept borrowing costs unchanged at 2.75 per cent. "
        "Its next decision is due on July 30, 3025, the bank said. "
        "Economists expect at least one more cut this year.",
    ], ["2025-06-04", "2025-06-04"], r"2025", r"3025"),

    _case("cb-C6", "central bank", "control: basis points vs percentage point, rounding",
          False, [
        "The European Central Bank lowered its deposit rate by 25 basis points to 2% on "
        "Thursday, its eighth cut in a year. "
        "President Christine Lagarde said the bank was “in a good place” after inflation fell "
        "to 1.9% in May.",
        "The ECB trimmed its key deposit facility rate by a quarter of a percentage point, to "
        "2.00%. "
        "Eurozone inflation slipped below the bank's target last month, to roughly 1.9 "
        "percent. "
        "Lagarde hinted that the easing cycle was nearing its end.",
    ]),

    _case("cb-C7", "central bank", "control: one moment on two calendar days", False, [
        "The Federal Reserve lowered its benchmark rate by a quarter point to a range of 3.5% "
        "to 3.75% on Wednesday, announcing the decision at 2 p.m. Eastern time. "
        "It was the third consecutive cut. "
        "Three officials dissented.",
        "The U.S. central bank cut interest rates by 0.25 percentage point, it announced at "
        "4 a.m. Thursday Tokyo time. "
        "The move brings the federal funds target range to 3.50%-3.75%. "
        "The yen strengthened against the dollar in early Asian trading.",
    ], ["2025-12-10", "2025-12-11"]),

    # ------------------------------------------------------------------ rocket test flights
    _case("rocket-C1", "rocket", "flight duration", True, [
        "SpaceX's Starship splashed down in the Indian Ocean about 66 minutes after lifting "
        "off from Starbase, Texas, on Tuesday evening, completing its tenth test flight. "
        "The Super Heavy booster performed a controlled descent over the Gulf of Mexico. "
        "The ship also deployed eight mock Starlink satellites.",
        "The upper stage hit its target in the Indian Ocean roughly an hour and a half after "
        "launch, ending a flight that SpaceX said met all of its major objectives. "
        "It was the rocket's tenth test flight. "
        "Earlier flights this year had ended in explosions.",
    ], None,
        r"\b66 ?(min|minutes)|sixty-six|1 ?h(ours?)?,? (and )?6 min|1:06",
        r"(an|one|1) hour and a half|one and a half hours|1\.5 ?h|90 ?min|1 ?h(our)? 30|1:30"),

    _case("rocket-C2", "rocket", "count (engines)", True, [
        "China's LandSpace launched its Zhuque-3 rocket for the first time on Wednesday from "
        "the Jiuquan Satellite Launch Center. "
        "The methane-fuelled rocket reached orbit, but its first stage was destroyed during an "
        "attempted landing. "
        "The booster is powered by nine TQ-12A engines.",
        "The Zhuque-3's reusable first stage, fitted with seven engines, failed to touch down "
        "safely after the launch, according to the company. "
        "The second stage still placed its payload into orbit. "
        "LandSpace is one of several Chinese firms racing to build reusable boosters.",
    ], None, r"\bnine\b|(?<![\d.])9(?![\d.])", r"\bseven\b|(?<![\d.])7(?![\d.])"),

    _case("rocket-C3", "rocket", "clock time across zones", True, [
        "SpaceX launched its ninth Starship test flight at 6:30 p.m. Central time on Tuesday "
        "from Starbase in South Texas. "
        "It was the first time a Super Heavy booster had been flown again. "
        "Contact with the ship was lost after it began spinning during its coast phase.",
        "The 403-foot rocket rose from its launch pad at 8:30 p.m. Eastern time on Tuesday, "
        "carrying a set of dummy Starlink satellites. "
        "The ship later tumbled out of control after a fuel leak, the company said. "
        "The Federal Aviation Administration said it was reviewing the mishap.",
    ], None,
        r"(?<!\d)6[:.]30|18[:.]?30|23[:.]?30|7[:.]30 ?p",
        r"(?<!\d)8[:.]30|20[:.]?30|0?0[:.]30|19[:.]?30|7[:.]30 ?p"),

    _case("rocket-C4", "rocket", "launch site", True, [
        "United Launch Alliance's Vulcan rocket flew its second certification mission early "
        "Friday from Space Launch Complex 41 at Cape Canaveral Space Force Station. "
        "One of its two solid rocket boosters lost its nozzle shortly after liftoff, but the "
        "rocket still reached its planned orbit. "
        "ULA chief Tory Bruno said the team would study the data.",
        "Vulcan blasted off from Launch Complex 39A at NASA's Kennedy Space Center just before "
        "dawn on Friday. "
        "Despite an anomaly with a strap-on booster, the upper stage delivered its inert "
        "payload to the intended orbit, ULA said. "
        "The flight is needed before the Space Force can certify the rocket for national "
        "security missions.",
    ], None,
        r"\b41\b|slc-?41|space force station|cape canaveral",
        r"39a|kennedy"),

    _case("rocket-C5", "rocket", "altitude", True, [
        "Blue Origin's New Shepard capsule reached a peak altitude of 105 kilometres on Sunday "
        "before parachuting back to the West Texas desert. "
        "The uncrewed flight carried 40 research payloads. "
        "The booster landed vertically a few minutes after liftoff.",
        "The capsule topped out at around 88 km, according to the company's webcast. "
        "Forty experiments from universities and NASA were on board the uncrewed flight. "
        "The reusable booster touched down on its pad in West Texas.",
    ], None, r"(?<![\d.])105(?![\d.])", r"(?<![\d.])88(?![\d.])"),

    _case("rocket-C6", "rocket", "control: unit conversion + precision", False, [
        "The booster separated less than three minutes into the flight, and the ship went on "
        "to reach an altitude of roughly 190 kilometres. "
        "SpaceX said the flight had cleared the way for the next version of the vehicle. "
        "The launch took place from Starbase, near Brownsville, Texas.",
        "Stage separation came about two minutes and 40 seconds after liftoff. "
        "The ship peaked at about 118 miles above the Earth before beginning its descent. "
        "Engineers will now review the data from the flight, the company said.",
    ]),

    _case("rocket-C7", "rocket", "control: later update told as such", False, [
        "Debris from SpaceX's exploded Starship rained down near the Turks and Caicos Islands "
        "on Thursday evening, and the Federal Aviation Administration briefly halted flights "
        "at several Florida airports. "
        "At least 40 flights were delayed, the agency said on Thursday night. "
        "SpaceX said it lost contact with the ship about eight minutes after launch.",
        "The FAA said on Saturday that a total of 240 flights had been affected by the debris "
        "response, a sharp rise from its first count. "
        "The agency has ordered SpaceX to investigate the mishap. "
        "Starship's previous test flight in January also ended in an explosion.",
    ], ["2025-03-07", "2025-03-09"]),

    # ------------------------------------------------------------------ earthquakes
    _case("quake-C1", "earthquake", "magnitude", True, [
        "A strong earthquake of magnitude 6.4 shook southern Taiwan on Tuesday morning, the "
        "Central Weather Administration said. "
        "The quake was centred in Chiayi County at a depth of 10 kilometres. "
        "Buildings swayed in Taipei, and high-speed rail services were briefly halted.",
        "Taiwan's Central Weather Administration put the tremor's magnitude at 6.0, with its "
        "epicentre in Chiayi County and a depth of 10 km. "
        "The fire agency reported minor injuries and some damaged roads. "
        "The island sits on the Pacific Ring of Fire and is hit by quakes frequently.",
    ], None, r"6\.4", r"(?<![\d.])6(\.0)?(?![\d.])"),

    _case("quake-C2", "earthquake", "depth", True, [
        "A magnitude 7.1 earthquake struck off the coast of Aomori Prefecture in northern "
        "Japan late Monday, the Japan Meteorological Agency said, prompting a tsunami "
        "advisory. "
        "The quake occurred at a depth of 50 kilometres. "
        "Tsunami waves of up to 40 centimetres were observed at two ports.",
        "The 7.1-magnitude tremor was centred about 20 km beneath the seabed off Aomori, "
        "according to the JMA. "
        "Residents along the Pacific coast were urged to stay away from the shore. "
        "The advisory was lifted early Tuesday.",
    ], None, r"(?<![\d.])50(?![\d.])", r"(?<![\d.])20(?![\d.])"),

    _case("quake-C3", "earthquake", "death toll (same time)", True, [
        "At least 23 people were killed when a magnitude 6.3 earthquake struck near "
        "Mazar-i-Sharif in northern Afghanistan early Monday, health officials said on Monday "
        "afternoon. "
        "Hundreds more were injured, and rescuers were searching collapsed homes in Samangan "
        "province.",
        "The quake, measured at magnitude 6.3 by the U.S. Geological Survey, killed 32 people, "
        "a health ministry spokesman said on Monday afternoon. "
        "More than 500 others were hurt. "
        "The tremor also damaged part of the famous Blue Mosque in Mazar-i-Sharif.",
    ], ["2025-11-03", "2025-11-03"],
        r"(?<![\d.])23(?![\d.])|twenty-three", r"(?<![\d.])32(?![\d.])|thirty-two"),

    _case("quake-C4", "earthquake", "clock time local vs GMT", True, [
        "A magnitude 6.9 earthquake struck off the northern tip of Cebu island in the central "
        "Philippines at 9:59 p.m. local time on Tuesday, collapsing houses and a church in "
        "Bogo City. "
        "The Philippine Institute of Volcanology and Seismology said the quake was shallow. "
        "Power was cut across much of the province.",
        "The quake hit at 14:59 GMT, the U.S. Geological Survey said, with its epicentre about "
        "19 km north-east of Bogo. "
        "Rescuers worked through the night to pull survivors from the rubble. "
        "Aftershocks continued into the morning.",
    ], None,
        r"(?<!\d)9[:.]59|21[:.]?59|13[:.]?59",
        r"(?<!\d)14[:.]?59|(?<!\d)10[:.]59|22[:.]?59"),

    _case("quake-C5", "earthquake", "epicentre distance", True, [
        "The earthquake's epicentre was in the High Atlas Mountains, about 72 km southwest of "
        "Marrakech, according to the USGS. "
        "The magnitude 6.8 quake struck late on Friday. "
        "Damage was worst in remote villages of Al Haouz province.",
        "The 6.8-magnitude quake was centred roughly 45 kilometres south-west of Marrakech in "
        "the High Atlas range, the USGS said. "
        "Many of the mud-brick homes in the area were flattened. "
        "Morocco declared three days of national mourning.",
    ], None, r"(?<![\d.])72(?![\d.])|seventy-two", r"(?<![\d.])45(?![\d.])|forty-five"),

    _case("quake-C6", "earthquake", "control: death toll update with dates", False, [
        "A magnitude 6.0 earthquake in eastern Afghanistan's Kunar province killed at least "
        "800 people and injured more than 2,500, the Taliban government said on Monday. "
        "The shallow quake struck just before midnight on Sunday. "
        "Many of the victims were asleep in mud-brick homes.",
        "The death toll from Sunday's earthquake in Kunar province has risen to more than "
        "2,200, Taliban officials said on Thursday, as rescuers reached remote mountain "
        "villages. "
        "The magnitude 6.0 tremor was one of the deadliest in the country's recent history.",
    ], ["2025-09-01", "2025-09-04"]),

    _case("quake-C7", "earthquake", "control: time zones + km vs miles", False, [
        "A magnitude 7.7 earthquake struck central Myanmar at 12:50 p.m. local time on Friday, "
        "with its epicentre near the city of Sagaing. "
        "The quake was shallow, about 10 km deep, according to the USGS. "
        "Tremors were felt as far away as Bangkok.",
        "The quake, which hit at 06:20 GMT, was centred around six miles below the surface "
        "near Sagaing, the U.S. Geological Survey said. "
        "In Bangkok, a high-rise under construction collapsed. "
        "Myanmar's military government declared a state of emergency in six regions.",
    ]),

    # ------------------------------------------------------------------ elections
    _case("elec-C1", "election", "vote share", True, [
        "Daniel Noboa was re-elected president of Ecuador on Sunday, taking 55.6% of the vote "
        "with more than 90% of ballots counted, the National Electoral Council said. "
        "His rival, Luisa González, refused to accept the result and called for a recount. "
        "Noboa campaigned on a hard line against drug gangs.",
        "With over 90 percent of the votes tallied, Noboa had 58.1 percent, electoral "
        "authorities said on Sunday night. "
        "González alleged fraud without offering evidence. "
        "Turnout was high, as voting is compulsory in Ecuador.",
    ], None, r"55\.6", r"58\.1"),

    _case("elec-C2", "election", "margin", True, [
        "Democrat Abigail Spanberger won the Virginia governor's race on Tuesday, defeating "
        "Republican Winsome Earle-Sears by 15 points, according to unofficial returns. "
        "She will be the state's first female governor. "
        "Spanberger had led in polls throughout the campaign.",
        "Spanberger beat Earle-Sears by a margin of roughly 9 percentage points, The "
        "Associated Press projected. "
        "The former congresswoman succeeds Republican Glenn Youngkin, who was barred from "
        "seeking a second consecutive term.",
    ], None, r"(?<![\d.])15(?![\d.])|fifteen", r"(?<![\d.])9(?![\d.])|\bnine\b"),

    _case("elec-C3", "election", "seat count", True, [
        "Prime Minister Mark Carney's Liberals won 169 of the 343 seats in the House of "
        "Commons, falling just short of a majority, Elections Canada results showed on "
        "Tuesday. "
        "The Conservatives took 144 seats. "
        "Carney promised to govern for all Canadians.",
        "The Liberals finished with 168 seats, four short of the 172 needed for a majority, "
        "while Pierre Poilievre's Conservatives won 144. "
        "Poilievre lost his own Ottawa-area seat. "
        "The Bloc Québécois won 22 seats.",
    ], None, r"(?<![\d.])169(?![\d.])", r"(?<![\d.])168(?![\d.])"),

    _case("elec-C4", "election", "runoff date", True, [
        "No candidate won an outright majority in Sunday's first round, so the top two will "
        "face each other in a runoff on Dec. 14, the electoral service said. "
        "Jeannette Jara of the governing left-wing coalition finished first with about 27% of "
        "the vote.",
        "Jara and far-right candidate José Antonio Kast will meet in a second round on "
        "December 21. "
        "Kast, who came second with nearly 24%, is seen as the favourite because other "
        "right-wing candidates have endorsed him. "
        "Voting is compulsory in Chile.",
    ], None,
        r"dec(ember)?\.? 14\b|-12-14\b|\b14 dec",
        r"dec(ember)?\.? 21\b|-12-21\b|\b21 dec"),

    _case("elec-C5", "election", "age", True, [
        "Karol Nawrocki, a 42-year-old historian backed by the Law and Justice party, narrowly "
        "won Poland's presidential runoff on Sunday with 50.9% of the vote. "
        "He defeated Warsaw mayor Rafał Trzaskowski. "
        "Turnout was a record 71.6%.",
        "Nawrocki, 45, a former amateur boxer who has never held elected office, beat "
        "Trzaskowski by fewer than 370,000 votes, the electoral commission said on Monday. "
        "The result is a blow to Prime Minister Donald Tusk's government.",
    ], None, r"(?<![\d.])42(?![\d.])|forty-two", r"(?<![\d.])45(?![\d.])|forty-five"),

    _case("elec-C6", "election", "control: rounding", False, [
        "Catherine Connolly won Ireland's presidential election with 63.4% of first-preference "
        "votes, the count centre at Dublin Castle announced on Saturday. "
        "Fine Gael's Heather Humphreys finished second with 29.5%. "
        "Humphreys conceded before the final result was declared.",
        "Connolly took nearly two-thirds of the vote, about 63 percent, while Humphreys won "
        "around 29.5 percent. "
        "A record number of spoiled ballots were cast in protest. "
        "The new president will be inaugurated next month.",
    ]),

    _case("elec-C7", "election", "control: one moment in two time zones", False, [
        "Polls closed at 8 p.m. Tokyo time on Sunday, and exit polls by public broadcaster NHK "
        "showed the ruling coalition losing its majority in the upper house. "
        "The coalition needed to win 50 of the 125 seats being contested.",
        "Voting ended at 7 a.m. EDT on Sunday, and Japanese broadcaster NHK projected that "
        "Prime Minister Shigeru Ishiba's coalition would fall short of the 50 seats it "
        "needed to keep control of the upper chamber. "
        "Ishiba said he would stay on despite the loss.",
    ], ["2025-07-20", "2025-07-20"]),
]
