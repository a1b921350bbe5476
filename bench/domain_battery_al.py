"""Blind battery of disagreements in the hidden check's domains, part AL (issue 11).

Part AL was written by engineer AL1 on 2026-12-06 (twenty-first session) without reading
the reconcile rules or other parts of the battery, before any run. Every text was written
for this part. It is a training part, scored with ``bench/bench_domain_battery.py AL``.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AL", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-AL1", "trade",
          "control: minister title two ways, weekday vs date, quote cut", False, [
        (
            "OTTAWA (Northline Wire) - Trade Minister Helena Vasquez-Roy said on Tuesday "
            "that Canada and Norway have concluded a tariff agreement on seafood and "
            "machinery after eleven rounds of talks.\n"
            "\"This deal removes duties on nine out of ten lines we trade, and it does so "
            "without touching supply management,\" Vasquez-Roy told reporters in the foyer "
            "of the House of Commons.\n"
            "The agreement cuts the duty on Norwegian salmon fillets from 11% to zero over "
            "five years and scraps the 6.5% levy on Canadian forestry equipment as soon as "
            "it enters into force. Officials expect the text to be signed in Oslo early "
            "next year.\n"
            "Two-way trade between the countries reached C$4.1 billion last year.\n"
            "Share this article"
        ),
        (
            "Canada and Norway seal tariff deal\n"
            "By Marit Olsen | Fjordposten\n"
            "Canada's Minister of International Trade, Helena Vasquez-Roy, announced on "
            "Oct. 14 that negotiators had wrapped up a tariff agreement covering seafood "
            "and heavy machinery.\n"
            "\"This deal removes duties on nine out of ten lines we trade,\" the minister "
            "said in Ottawa.\n"
            "Under the text, Norwegian salmon fillets will enter Canada duty-free once the "
            "current 11 per cent tariff is phased out over five years, while Canadian "
            "forestry machinery loses its 6.5 per cent duty on the day the pact takes "
            "effect. The deal followed eleven negotiating rounds that began in 2023.\n"
            "Advertisement\n"
            "Bilateral trade was worth about C$4 billion in 2024, according to Statistics "
            "Canada."
        ),
    ], ["2025-10-14", "2025-10-14"]),
    _case("trade-AL2", "trade",
          "control: deadline vs effect date, rounded tonnage, expected rate", False, [
        (
            "Jakarta given until July 31 to answer steel quota offer\n"
            "CANBERRA - Australia has given Indonesia until July 31 to respond to its "
            "proposed quota on flat-rolled steel, Trade Minister Daniel Okafor said.\n"
            "If no agreement is reached, a 15% safeguard duty will apply from August 1 to "
            "imports above the quota. Indonesian mills shipped 1,284,000 tonnes of flat "
            "steel to Australia last year, up from 1.1 million tonnes the year before. The "
            "proposed quota would cap duty-free volumes at 1 million tonnes a year.\n"
            "Okafor said the deadline was \"firm but fair\". Indonesia's trade ministry said "
            "it was studying the offer.\n"
            "Read more: Steel prices edge higher"
        ),
        (
            "Australia threatens steel safeguard\n"
            "Indonesia has until the end of July to accept a quota on flat steel exports to "
            "Australia or face a 15 per cent safeguard tariff on shipments above the cap, "
            "beginning on 1 August.\n"
            "The quota would let roughly one million tonnes a year enter duty-free, well "
            "below the nearly 1.3 million tonnes Indonesian producers sold into Australia "
            "last year.\n"
            "\"The deadline is firm but fair,\" Minister for Trade and Tourism Daniel Okafor "
            "told reporters in Canberra. Analysts had expected a steeper duty of 20% to "
            "25%, citing a draft circulated in May.\n"
            "Indonesia's trade ministry said it would study the proposal before responding.\n"
            "Advertisement"
        ),
    ]),
    _case("trade-AL3", "trade",
          "control: end of talks in three zones, product list, tariff ranges", False, [
        (
            "GENEVA (Alpine Dispatch) - Negotiators from the European Union and Japan ended "
            "two days of tariff talks at 11:40 p.m. local time on Wednesday with an outline "
            "deal covering wine, cheese, pork and auto parts.\n"
            "Under the outline, EU duties on Japanese auto parts would fall to between 0% "
            "and 3%, from a current range of 3% to 4.5%. Japan would cut its tariff on hard "
            "cheeses in stages over seven years.\n"
            "EU Trade Commissioner Anneli Korhonen called the outcome \"a solid floor to "
            "build on\". A further round is set for May in Tokyo.\n"
            "Share this article"
        ),
        (
            "Japan, EU reach outline on farm and auto tariffs\n"
            "Talks in Geneva wrapped up at 7:40 a.m. Tokyo time on Thursday, producing a "
            "framework on tariffs for four product groups: pork, cheese, wine and "
            "automotive parts.\n"
            "Japan agreed to phase out its duty on hard cheeses over seven years, while the "
            "EU would lower tariffs on Japanese auto components, now 3%-4.5%, to a 0-3% "
            "band.\n"
            "Economy, Trade and Industry Minister Kenji Arakawa said both sides had \"moved "
            "a long way in a short time\". The next round is planned for May in Tokyo.\n"
            "Related: Yen steadies ahead of central bank meeting"
        ),
        (
            "EU-Japan outline deal reached late on March 18\n"
            "By TradeWire staff\n"
            "The European Union and Japan reached an outline tariff deal in Geneva late on "
            "March 18, at 22:40 GMT, covering wine, cheese, pork and car parts, officials "
            "said.\n"
            "The European Commissioner for Trade, Anneli Korhonen, described the outline as "
            "\"a solid floor to build on.\" Auto-parts duties would be trimmed into a range "
            "of zero to 3 per cent, and Japan's cheese tariff would be phased out over "
            "seven years.\n"
            "Negotiators will meet again in Tokyo in May to work on rules of origin and a "
            "dispute-settlement chapter."
        ),
    ], ["2026-03-19", "2026-03-19", None]),
    _case("trade-AL4", "trade", "new tariff rate", True, [
        (
            "WASHINGTON (Commerce Beat) - The United States will raise its tariff on "
            "upholstered furniture from Vietnam to 18% from 10%, U.S. Trade Representative "
            "Marcia Delaney said on Friday, citing a surge in shipments routed through "
            "third countries.\n"
            "The higher rate takes effect on Sept. 1 and applies to sofas, armchairs and "
            "padded bed frames. Imports of those goods from Vietnam were worth $6.2 billion "
            "last year.\n"
            "\"We are not closing the door, we are pricing the detour,\" Delaney said.\n"
            "Vietnam's Ministry of Industry and Trade said it regretted the decision and "
            "would seek consultations.\n"
            "Advertisement"
        ),
        (
            "US lifts duty on Vietnamese sofas\n"
            "Saigon Business Times\n"
            "Washington is raising its duty on upholstered furniture made in Vietnam to 28% "
            "from 10%, effective September 1, the office of U.S. Trade Representative "
            "Marcia Delaney announced.\n"
            "The measure covers sofas, armchairs and padded bed frames, a trade worth about "
            "$6 billion a year. Delaney said the move targeted goods \"routed through third "
            "countries\" to avoid earlier duties.\n"
            "\"We are not closing the door, we are pricing the detour,\" she said in a "
            "statement.\n"
            "The Ministry of Industry and Trade in Hanoi expressed regret and said it would "
            "request consultations. Furniture makers in Binh Duong province warned of job "
            "losses."
        ),
    ], None,
        r"(?<![\d.])18(?:\.0)?\s*(?:%|per\s?cent)",
        r"(?<![\d.])28(?:\.0)?\s*(?:%|per\s?cent)"),
    _case("court-AL5", "court", "control: fine vs damages, dissenters named by one only", False, [
        (
            "The state Supreme Court on Thursday upheld, by a 7-2 vote, a jury's award of "
            "$4.2 million in damages to residents of Millbrook whose wells were "
            "contaminated by solvent from the Keller Coatings plant.\n"
            "The justices also let stand a separate $4.5 million civil fine imposed by the "
            "Department of Environmental Quality.\n"
            "Writing for the majority, Justice Amara Lind said the company \"knew, or "
            "plainly should have known,\" that its storage tanks were leaking. Justices "
            "Rowena Park and Ilya Grant dissented, arguing that the trial judge wrongly "
            "admitted expert testimony.\n"
            "Keller Coatings said it was reviewing the decision.\n"
            "Capitol Courier"
        ),
        (
            "Court backs Millbrook well families\n"
            "By Jonah Teller, Valley Legal News\n"
            "In a 7-2 ruling, the state's highest court affirmed the $4.2 million damages "
            "verdict against Keller Coatings, the paint maker whose solvent seeped into "
            "private wells in Millbrook.\n"
            "The company must also pay the $4.5 million penalty levied by environmental "
            "regulators, which the court declined to disturb.\n"
            "The company \"knew, or plainly should have known\" about the leaks, Justice Lind "
            "wrote. Two justices dissented over the admission of expert evidence.\n"
            "Keller had argued that the damages were excessive because the 2019 cleanup "
            "cost only $1.9 million.\n"
            "Advertisement"
        ),
    ], ["2026-02-05", "2026-02-05"]),
    _case("court-AL6", "court",
          "control: sentence in months vs years, weekday vs date, judge title", False, [
        (
            "A former mayor of Harrowfield was jailed for 18 months at Leeds Crown Court on "
            "Wednesday for accepting bribes from a property developer.\n"
            "Colin Ashdown, 61, admitted taking £40,000 in cash and holidays in exchange "
            "for backing planning applications between 2019 and 2021.\n"
            "Judge Miriam Osei told him he had \"sold the trust of the town\". Prosecutors "
            "had asked for a sentence of around two and a half years.\n"
            "Ashdown was also ordered to pay £25,000 within 90 days. The developer, Stephen "
            "Vale, 58, will be sentenced next month.\n"
            "Share this article"
        ),
        (
            "Ex-mayor jailed over planning bribes\n"
            "Colin Ashdown, the former Harrowfield mayor who pocketed £40,000 in cash and "
            "holiday trips from a developer, was sentenced on April 22 to a year and a half "
            "in prison.\n"
            "Sentencing him at Leeds Crown Court, Her Honour Judge Osei told Ashdown, 61, "
            "that he had \"sold the trust of the town for a holiday and an envelope\".\n"
            "He must pay £25,000 within three months or serve extra time. The Crown had "
            "sought 30 months.\n"
            "Developer Stephen Vale, 58, who admitted offering the bribes, is due to be "
            "sentenced in May.\n"
            "Advertisement"
        ),
    ], ["2026-04-22", "2026-04-23"]),
    _case("court-AL7", "court",
          "control: quote reworded, earlier award, rehearing deadline vs effect", False, [
        (
            "Appeals court slashes Brightline patent award\n"
            "A federal appeals court on Monday cut a jury's patent award against Sunvale "
            "Devices to $96 million from $212 million, ruling that jurors were given a "
            "flawed damages instruction.\n"
            "\"The jury was asked the wrong question, and it gave a very expensive answer,\" "
            "Judge Carla Whitmore wrote for the unanimous three-judge panel.\n"
            "Brightline Optics, which sued over a lens-coating patent, has until June 25 to "
            "ask the full court to rehear the case. If it does not, the ruling takes effect "
            "on June 30.\n"
            "In a separate 2021 case, Brightline won $40 million from another rival.\n"
            "Advertisement"
        ),
        (
            "Sunvale wins cut in Brightline damages\n"
            "By Priya Raman\n"
            "A three-judge appellate panel has reduced the damages Sunvale Devices owes "
            "Brightline Optics from $212 million to $96 million.\n"
            "The jury \"was asked the wrong question,\" Judge Carla Whitmore wrote, \"and gave "
            "a very expensive answer.\" The other two judges joined her opinion in full.\n"
            "The original verdict, handed down in 2024, was one of the largest ever in the "
            "optics industry. The appeals decision becomes effective June 30 unless "
            "Brightline seeks rehearing by June 25.\n"
            "Sunvale shares rose 4% on the news. Brightline said it was weighing its "
            "options.\n"
            "Share"
        ),
    ]),
    _case("court-AL8", "court", "vote split", True, [
        (
            "The Constitutional Court ruled 6-3 on Thursday that the government's emergency "
            "decree freezing rents for two years was unconstitutional because parliament "
            "never approved it.\n"
            "Chief Justice Leonor Batista, writing for the majority, said the executive "
            "\"cannot legislate by decree on property rights\" beyond the 60 days allowed by "
            "the constitution.\n"
            "The three dissenting judges said the housing emergency justified the measure. "
            "The ruling strikes down the decree with effect from July 1, giving lawmakers "
            "three weeks to pass replacement legislation.\n"
            "Tenant groups protested outside the court.\n"
            "Advertisement"
        ),
        (
            "Top court voids rent freeze\n"
            "By Tiago Mendes, Diario do Centro\n"
            "The Constitutional Court struck down the two-year rent freeze imposed by "
            "government decree, in a 5-4 decision delivered on Thursday.\n"
            "Chief Justice Leonor Batista wrote that the executive \"cannot legislate by "
            "decree on property rights\" past the 60-day limit in the constitution.\n"
            "Four judges dissented, saying the housing emergency justified swift action. "
            "The decree lapses on July 1, so parliament has three weeks to pass a "
            "replacement law.\n"
            "Landlords' associations welcomed the ruling, while tenant groups gathered "
            "outside the court building in protest."
        ),
    ], ["2026-06-11", "2026-06-11"],
        r"(?<!\d)6\s*(?:-|to)\s*3(?!\d)",
        r"(?<!\d)5\s*(?:-|to)\s*4(?!\d)"),
    _case("cb-AL9", "central bank",
          "control: expected cut vs actual hold, two time zones, titles", False, [
        (
            "SANTIAGO (Andes Wire) - Chile's central bank left its benchmark interest rate "
            "unchanged at 4.50% on Wednesday, surprising most economists, who had expected "
            "a quarter-point cut to 4.25%.\n"
            "The board, led by Governor Paula Errazuriz, said in a statement released at 6 "
            "p.m. that inflation, at 3.6% in December, remained above the 3% target.\n"
            "Of 27 economists polled by Andes Markets, 21 had forecast a cut.\n"
            "The peso strengthened 0.8% against the dollar after the announcement. The "
            "bank's next policy meeting is in March.\n"
            "Share this article"
        ),
        (
            "Chile holds rates, defies cut bets\n"
            "By Laura Medina, Southern Cone Finance\n"
            "Banco Central de Chile kept its policy rate at 4.5% in a decision released at "
            "4 p.m. New York time on Jan. 28, wrong-footing a market that had priced a 25 "
            "basis point reduction.\n"
            "Twenty-one of 27 economists in an Andes Markets survey had predicted a move to "
            "4.25%.\n"
            "Consumer prices rose 3.6% in the year to December, above the bank's 3% goal, "
            "the board led by central bank president Paula Errazuriz noted.\n"
            "The peso gained almost 1% in late trading.\n"
            "Related: Copper rallies on China data"
        ),
    ], ["2026-01-29", "2026-01-29"]),
    _case("cb-AL10", "central bank",
          "control: quarter point vs 25 bp, dissenters named once, later day", False, [
        (
            "LONDON (Meridian Wire) - The Bank of England cut interest rates by a quarter "
            "point to 3.75% on Thursday, its first move since May, as inflation eased "
            "toward the 2% target.\n"
            "The Monetary Policy Committee voted 7-2, with Ruth Adeyemi and Martin Sallis "
            "preferring to hold Bank Rate at 4%.\n"
            "Governor Alistair Penrose said further cuts would be \"gradual and careful\". "
            "CPI inflation was 2.4% in August.\n"
            "Markets had fully priced the move, and sterling was little changed. The next "
            "decision is due on Nov. 5.\n"
            "Advertisement"
        ),
        (
            "BoE trims Bank Rate to 3.75%\n"
            "The Bank of England lowered Bank Rate by 25 basis points, from 4.00% to 3.75%, "
            "in a 7-2 split vote. Two members of the nine-strong committee wanted no "
            "change.\n"
            "The Governor of the Bank of England, Alistair Penrose, told a press conference "
            "that the path ahead would be \"gradual and careful\", adding that the Bank was "
            "\"not on autopilot\".\n"
            "Annual inflation slowed to 2.4% in August from 2.7% in July, official figures "
            "showed last week.\n"
            "Share\n"
            "Advertisement"
        ),
        (
            "Lenders trim mortgage rates after BoE cut\n"
            "Several high-street lenders cut fixed-rate mortgage prices on Friday after "
            "Thursday's quarter-point reduction in Bank Rate to 3.75%.\n"
            "The decision, carried by seven votes to two, was the first cut since May, when "
            "the rate fell to 4%.\n"
            "Harbourside Building Society lowered its two-year fix by 0.2 percentage points "
            "to 4.19%, while Crestline Bank cut selected five-year deals by up to 0.15 "
            "points.\n"
            "BoE governor Alistair Penrose has said any further easing will be gradual. "
            "Brokers said demand from first-time buyers was picking up."
        ),
    ], ["2026-09-10", None, "2026-09-11"]),
    _case("cb-AL11", "central bank",
          "control: forecast lists and ranges, rounded FX, effect date", False, [
        (
            "ZURICH - The Swiss National Bank cut its policy rate by 0.25 percentage points "
            "to 0% on Thursday, saying the strong franc was holding inflation near the "
            "bottom of its range.\n"
            "The new rate applies from Friday. The SNB's conditional inflation forecast now "
            "stands at 0.1% for 2026, 0.4% for 2027 and 0.6% for 2028. It expects the "
            "economy to grow by between 1% and 1.5% this year.\n"
            "The central bank bought foreign currency worth 5.1 billion francs in the first "
            "quarter, Chairman Thomas Reutlinger said, adding that it remained \"willing to "
            "intervene as necessary\".\n"
            "Advertisement"
        ),
        (
            "SNB takes rates to zero\n"
            "By Claire Amsler, Helvetic Markets\n"
            "The Swiss National Bank lowered its key rate by 25 basis points to zero on "
            "June 18, effective June 19.\n"
            "Updated projections see inflation of 0.1 per cent this year, 0.4 per cent next "
            "year and 0.6 per cent in 2028. Growth is seen between 1 and 1.5 percent in "
            "2026.\n"
            "Chairman of the Governing Board Thomas Reutlinger said the bank stood \"willing "
            "to intervene as necessary\" in currency markets, having bought roughly 5 "
            "billion francs of foreign exchange in the first three months of the year.\n"
            "Economists had been split between a cut and a hold."
        ),
    ]),
    _case("cb-AL12", "central bank", "who said the quote", True, [
        (
            "PRAGUE (Vltava Press) - The Czech National Bank kept its two-week repo rate at "
            "3.50% on Wednesday, citing sticky services inflation and strong wage growth.\n"
            "\"We are not yet done with inflation, and the koruna will not do the work for "
            "us,\" Governor Ivana Kralova told reporters after the meeting.\n"
            "The board voted unanimously. Headline inflation stood at 2.8% in February, "
            "above the bank's 2% target, while wages grew 7.1% in the fourth quarter.\n"
            "Analysts said a cut was unlikely before the summer.\n"
            "Advertisement"
        ),
        (
            "Czech central bank stays on hold\n"
            "The Czech National Bank left interest rates unchanged on Wednesday, with the "
            "repo rate staying at 3.50%.\n"
            "\"We are not yet done with inflation,\" Vice-Governor Tomas Brezina told a news "
            "conference following the unanimous decision, pointing to services prices and "
            "pay growth of 7.1% late last year.\n"
            "Inflation was 2.8% in February against the 2% target. Most economists see the "
            "next reduction coming after the summer.\n"
            "The koruna was steady at 24.6 per euro.\n"
            "Share this article"
        ),
    ], ["2026-03-18", None],
        r"kr[aá]lov[aá]",
        r"b[rř]ezin"),
    _case("rocket-AL13", "rocket", "control: EDT evening vs next-day UTC, km vs miles", False, [
        (
            "CAPE CANAVERAL, Fla. (Space Coast Sentinel) - A Kestrel rocket carrying the "
            "Aurora-3 ocean-monitoring satellite lifted off from Launch Complex 20 at 9:14 "
            "p.m. EDT on Tuesday.\n"
            "The satellite separated from the upper stage 32 minutes after liftoff and will "
            "operate from a 550-kilometer sun-synchronous orbit, Meridian Launch said. The "
            "first stage landed on the droneship Quiet Reach about eight minutes into the "
            "flight.\n"
            "It was the company's 11th launch this year.\n"
            "Aurora-3 will measure sea-surface height and wave conditions for ten years.\n"
            "Advertisement"
        ),
        (
            "Aurora-3 reaches orbit\n"
            "OrbitWatch | Launch log\n"
            "Vehicle: Kestrel | Payload: Aurora-3 | Liftoff: 01:14 UTC, 8 July 2026 | Site: "
            "LC-20, Cape Canaveral\n"
            "The ocean-monitoring satellite Aurora-3 reached orbit after a nominal ascent. "
            "Spacecraft separation came about half an hour after launch, and the satellite "
            "is headed for a sun-synchronous orbit roughly 340 miles (550 km) above Earth.\n"
            "The booster touched down on the droneship Quiet Reach.\n"
            "Meridian Launch has now flown 11 missions in 2026, compared with 7 in all of "
            "2025. The satellite is designed for a ten-year mission."
        ),
    ], ["2026-07-07", "2026-07-08"]),
    _case("rocket-AL14", "rocket",
          "control: weather forecast, earlier scrub, payload kg vs tonnes", False, [
        (
            "TOKYO (Kanto Press Service) - Japan's H3 rocket launched the Michibiki-8 "
            "navigation satellite from the Tanegashima Space Center at 10:30 a.m. on "
            "Wednesday, two days after an attempt was called off because of high "
            "upper-level winds.\n"
            "JAXA said the 4,870-kilogram satellite separated about 29 minutes after "
            "liftoff. Forecasters had given a 70% chance of acceptable weather for the "
            "launch window.\n"
            "The previous H3 flight, in February, carried a 3.9-tonne radar satellite.\n"
            "Michibiki-8 joins Japan's regional positioning system, which supplements GPS "
            "over the Asia-Pacific.\n"
            "Share this article"
        ),
        (
            "H3 lofts Michibiki-8 after Monday scrub\n"
            "By Aiko Tanaka / Rising Orbit News\n"
            "Japan's H3 rocket finally flew on May 27, sending the nearly five-tonne "
            "Michibiki-8 spacecraft toward orbit. Monday's attempt had been scrubbed "
            "because of strong winds aloft.\n"
            "Liftoff came at 10:30 a.m. JST (0130 GMT) from Tanegashima, and the satellite "
            "was released roughly half an hour later. Weather officers had forecast a 70 "
            "percent chance of favourable conditions.\n"
            "The navigation satellite will improve positioning accuracy in Japan's "
            "mountainous regions and cities.\n"
            "Advertisement"
        ),
    ], ["2026-05-27", "2026-05-27"]),
    _case("rocket-AL15", "rocket",
          "control: payload lists reordered, 105 minutes vs 1h45, title", False, [
        (
            "KOUROU, French Guiana - A Vega-C rocket placed three European satellites into "
            "orbit on Saturday night after lifting off at 21:09 local time from the Guiana "
            "Space Centre.\n"
            "The payloads, the Sentinel-7 climate satellite, the Lumen-2 laser "
            "communications demonstrator and the university-built CubeSat Orla, were "
            "released over a mission lasting 1 hour 45 minutes.\n"
            "\"Three for three tonight,\" said Marta Iglesias, the European Space Agency's "
            "Director of Space Transportation.\n"
            "It was the rocket's second flight this year. Arianespace, which markets the "
            "launcher, said the next Vega-C mission is planned for the autumn.\n"
            "Advertisement"
        ),
        (
            "Vega-C delivers trio of satellites\n"
            "A Vega-C launched from Kourou at 9:09 p.m. local time carried the student "
            "CubeSat Orla, the laser-link testbed Lumen-2 and the climate mission "
            "Sentinel-7 to orbit.\n"
            "The final separation came 105 minutes after liftoff, ending the mission. "
            "Sentinel-7 will track greenhouse gases from a polar orbit.\n"
            "\"Three for three tonight,\" ESA's space transportation director Marta Iglesias "
            "said from the control room. The flight was Vega-C's second of the year and "
            "followed a one-week delay to replace a faulty sensor.\n"
            "Share this story"
        ),
    ]),
    _case("rocket-AL16", "rocket", "launch clock time", True, [
        (
            "BEIJING (Orient Space News) - China launched a Long March 2D rocket carrying "
            "the Yaogan-48 remote-sensing satellite from the Jiuquan Satellite Launch "
            "Center at 2:32 p.m. Beijing time on Thursday.\n"
            "The satellite entered its planned orbit, the China Aerospace Science and "
            "Technology Corporation said. It will be used for land surveys, crop yield "
            "estimates and disaster prevention.\n"
            "The mission was the Long March family's 39th flight of the year. The Long "
            "March 2D was developed by the Shanghai Academy of Spaceflight Technology.\n"
            "Advertisement"
        ),
        (
            "Long March 2D orbits Yaogan-48\n"
            "A Long March 2D lifted off from the Jiuquan Satellite Launch Center in "
            "northwest China at 4:32 p.m. Beijing time on Thursday, placing the Yaogan-48 "
            "satellite into its intended orbit.\n"
            "State media said the spacecraft would support land surveys, crop estimates and "
            "disaster relief. China Aerospace Science and Technology Corporation, the main "
            "state space contractor, confirmed that the launch was a success.\n"
            "It was the 39th flight of a Long March rocket so far this year.\n"
            "Share"
        ),
    ], ["2026-08-13", "2026-08-13"],
        r"(?<![\d:])(?:2[:.]32\s*p|14[:.h]32)",
        r"(?<![\d:])(?:4[:.]32\s*p|16[:.h]32)"),
    _case("quake-AL17", "earthquake", "control: toll rose to, local vs GMT time", False, [
        (
            "ANKARA (Anatolia Line) - A magnitude 6.2 earthquake struck Malatya province in "
            "eastern Turkey at 3:52 a.m. local time on Sunday, killing at least 12 people "
            "and injuring more than 150, the disaster agency AFAD said.\n"
            "The quake was centred near the town of Yesilyurt at a depth of 9 km. Several "
            "older buildings collapsed, and rescuers were searching the rubble.\n"
            "Interior Minister Kemal Aydin said 42 aftershocks had been recorded, the "
            "strongest of magnitude 4.7.\n"
            "Schools in the province will be closed on Monday.\n"
            "Advertisement"
        ),
        (
            "Death toll in Turkey quake rises to 19\n"
            "The death toll from Sunday's magnitude 6.2 earthquake in Malatya province rose "
            "to 19 by the evening, up from 12 reported in the morning, and 241 people were "
            "injured, AFAD said.\n"
            "The quake hit at 00:52 GMT at a depth of 9 km near Yesilyurt. Rescue teams "
            "pulled a 7-year-old girl alive from a collapsed building late in the day.\n"
            "More than 60 aftershocks have now been recorded, Interior Minister Kemal Aydin "
            "said. Tents were being set up for about 2,000 people afraid to return home.\n"
            "Share this article"
        ),
    ], ["2026-10-04T08:10:00+00:00", "2026-10-04T19:45:00+00:00"]),
    _case("quake-AL18", "earthquake",
          "control: 2009 quake figures beside this one, km vs miles, Sunday", False, [
        (
            "ROME (Tiber News) - A magnitude 5.8 earthquake shook the Abruzzo region of "
            "central Italy on Sunday, killing two people and injuring about 40, civil "
            "protection officials said.\n"
            "The quake struck at a depth of 10 km near the village of Colle San Vito, some "
            "15 km northwest of L'Aquila.\n"
            "The city was devastated in 2009 by a magnitude 6.3 quake that killed 309 "
            "people. Officials said buildings reinforced after that disaster had largely "
            "held up.\n"
            "Rail services between Rome and Pescara were suspended for inspections.\n"
            "Advertisement"
        ),
        (
            "Abruzzo quake kills two\n"
            "By Giulia Ferri, Adriatic Herald\n"
            "A 5.8-magnitude earthquake hit central Italy on Oct. 25, leaving two people "
            "dead and around 40 injured.\n"
            "The epicentre was about 9 miles northwest of L'Aquila, near Colle San Vito, at "
            "a shallow depth of about 6 miles, according to the national geophysics "
            "institute.\n"
            "Residents recalled the April 2009 earthquake, magnitude 6.3, which killed 309 "
            "people and left tens of thousands homeless.\n"
            "Trains on the Rome-Pescara line were halted while engineers checked the "
            "tracks.\n"
            "Share"
        ),
    ], ["2026-10-25", "2026-10-26"]),
    _case("quake-AL19", "earthquake",
          "control: rounded vs exact homes, aftershock range, km vs miles", False, [
        (
            "LIMA - A magnitude 6.6 earthquake struck southern Peru, killing four people "
            "and damaging 2,987 homes, the National Civil Defence Institute said.\n"
            "The epicentre was 80 km southwest of Arequipa, at a depth of 35 km. Between 40 "
            "and 50 aftershocks were recorded in the first 24 hours, the largest of "
            "magnitude 4.9.\n"
            "President of the Council of Ministers Rosa Quispe announced a 60-day state of "
            "emergency for eleven districts.\n"
            "Landslides blocked a section of the Pan-American Highway. Power was restored "
            "to most of Arequipa by the evening, the energy ministry said.\n"
            "Advertisement"
        ),
        (
            "Southern Peru quake leaves four dead\n"
            "A strong 6.6-magnitude quake centred about 50 miles southwest of Arequipa "
            "killed four people and damaged about 3,000 homes, according to civil defence "
            "officials.\n"
            "The tremor struck 35 km below the surface and was followed by more than 40 "
            "aftershocks in its first day.\n"
            "The government declared a two-month emergency in 11 districts, Prime Minister "
            "Rosa Quispe said. A landslide cut part of the Pan-American Highway, stranding "
            "trucks.\n"
            "Peru sits on the Pacific Ring of Fire and records hundreds of quakes each "
            "year.\n"
            "Share this article"
        ),
    ]),
    _case("quake-AL20", "earthquake", "quake depth", True, [
        (
            "JAKARTA (Archipelago Wire) - A magnitude 5.9 earthquake shook Central Sulawesi "
            "on Thursday, damaging dozens of houses and a mosque, Indonesia's meteorology "
            "and geophysics agency BMKG said.\n"
            "The quake was centred 27 km north of Poso at a depth of 12 kilometres. BMKG "
            "said it did not have the potential to trigger a tsunami.\n"
            "Three people were injured by falling debris, the local disaster agency said. "
            "Residents of coastal villages spent the night in the open. The region was "
            "devastated in 2018 by a quake and tsunami around Palu that killed more than "
            "4,000 people.\n"
            "Advertisement"
        ),
        (
            "Sulawesi quake damages homes\n"
            "A 5.9-magnitude earthquake hit Central Sulawesi, damaging dozens of homes and "
            "a mosque and injuring three people, officials said.\n"
            "According to BMKG, the quake's epicentre lay 27 km north of Poso, at a depth "
            "of 40 km, and there was no tsunami threat.\n"
            "Many residents of villages along the coast slept outside for fear of "
            "aftershocks. The region was hit in 2018 by a magnitude 7.5 quake and tsunami "
            "that killed more than 4,000 people around Palu.\n"
            "Share this article"
        ),
    ], ["2026-03-05", None],
        r"(?<![\d.])12\s*(?:km|kilomet)",
        r"(?<![\d.])40\s*(?:km|kilomet)"),
    _case("election-AL21", "election",
          "control: turnout vs vote share, previous race, rounded votes", False, [
        (
            "EASTVALE (Metro Ledger) - Denise Ogunbanjo won Sunday's mayoral runoff with "
            "56.4% of the vote, defeating city councillor Carl Hendry, who took 43.6%.\n"
            "Ogunbanjo received 148,512 votes to Hendry's 114,820, according to final "
            "unofficial results. Turnout was 55.8%, up sharply from 41.2% in the 2022 "
            "runoff, when outgoing mayor Paul Strand won with 51.9%.\n"
            "\"This city chose to show up,\" Ogunbanjo told supporters. She will be sworn in "
            "on Jan. 2. Hendry conceded shortly before midnight and pledged to work with "
            "the new administration.\n"
            "Advertisement"
        ),
        (
            "Ogunbanjo elected Eastvale mayor\n"
            "By Renee Castillo\n"
            "Denise Ogunbanjo will be Eastvale's next mayor after beating Carl Hendry in "
            "the runoff, taking about 148,500 votes, or 56.4 per cent, to his 114,800.\n"
            "Almost 56 per cent of the roughly 472,000 registered voters cast a ballot, the "
            "highest turnout in a city election in two decades. Four years ago only 41.2 "
            "per cent voted, and Paul Strand won narrowly with 51.9 per cent.\n"
            "\"This city chose to show up,\" Ogunbanjo said in her victory speech.\n"
            "Share this article"
        ),
    ], ["2026-10-05", "2026-10-05"]),
    _case("election-AL22", "election",
          "control: governor-elect titles, certification deadline vs inauguration", False, [
        (
            "CARSON CITY, Nev. (Silver State Wire) - Democrat Elena Marquez was elected "
            "governor of Nevada on Tuesday, defeating Republican Brent Tolliver by 3.1 "
            "percentage points, according to unofficial returns.\n"
            "Marquez had 51.2% of the vote to Tolliver's 48.1%, with minor candidates "
            "taking the rest. Counties must certify their results by Nov. 13, and the "
            "governor-elect will be sworn in on Jan. 4.\n"
            "Tolliver conceded in a phone call on Wednesday morning. Nevada law allows a "
            "recount if requested, regardless of the margin, but the loser must pay for it.\n"
            "Advertisement"
        ),
        (
            "Marquez wins Nevada governorship\n"
            "By Dale Whitaker\n"
            "Elena Marquez, a former state treasurer, won the Nov. 3 election for governor, "
            "beating Brent Tolliver 51.2 percent to 48.1 percent.\n"
            "Incoming Gov. Marquez will take the oath of office on Monday, Jan. 4, 2027. "
            "County canvasses are due by Nov. 13, after which the state Supreme Court will "
            "certify the statewide result.\n"
            "Tolliver, a Republican, called Marquez to concede the morning after the vote. "
            "Marquez, the Democrat, thanked voters for \"a clear and decent result\".\n"
            "Share this article"
        ),
    ], ["2026-11-04", "2026-11-05"]),
    _case("election-AL23", "election",
          "control: 50% threshold vs result, runoff date two ways, quote cut", False, [
        (
            "Valdora heads for presidential runoff\n"
            "Former central banker Ana Sofia Reyes will face labour leader Mateo Cruz in a "
            "presidential runoff on April 26 after neither candidate won an outright "
            "majority on Sunday.\n"
            "With 99% of ballots counted, Reyes had 31.4% and Cruz 24.9%. A candidate needs "
            "more than 50% to win in the first round. The other contenders, Julio Benitez, "
            "Carla Ortiz and Ramon Vidal, shared the rest.\n"
            "\"The country asked for a second conversation, and we will have it with "
            "respect,\" Reyes told supporters.\n"
            "Advertisement"
        ),
        (
            "Reyes, Cruz advance in Valdora vote\n"
            "By Lucia Ferrer, Southern Post\n"
            "Ana Sofia Reyes and Mateo Cruz will meet in a runoff on Sunday, April 26, "
            "after Sunday's first round produced no winner with more than half the vote.\n"
            "Reyes led with 31.4 per cent to Cruz's 24.9 per cent with nearly all ballots "
            "counted. Carla Ortiz, Ramon Vidal and Julio Benitez were eliminated.\n"
            "\"The country asked for a second conversation,\" Reyes said at her campaign "
            "headquarters. Cruz promised \"a campaign of ideas\".\n"
            "Turnout figures are expected on Tuesday.\n"
            "Share this article"
        ),
    ], [None, "2026-04-13"]),
    _case("election-AL24", "election", "turnout", True, [
        (
            "Nordmark regional vote: Greens surge\n"
            "Voters in the region of Nordmark re-elected the Civic Alliance on Sunday, but "
            "the Greens more than doubled their share to 18.5%, final results showed.\n"
            "The Civic Alliance won 34.2% of the vote, the Social Democrats 22.7%, and the "
            "Liberal Union 9.8%. Turnout was 61.2%, the regional electoral office said.\n"
            "The Heimat list fell short of the 5% threshold with 4.1%.\n"
            "Premier Jonas Ekberg said he would open coalition talks with the Greens on "
            "Tuesday. Greens leader Maja Lind called the result \"a mandate for the coast "
            "and the climate\".\n"
            "Advertisement"
        ),
        (
            "Civic Alliance holds Nordmark\n"
            "By Ingrid Sorensen, Baltic Courier\n"
            "The Civic Alliance remained the strongest party in Sunday's Nordmark regional "
            "election with 34.2 per cent, ahead of the Social Democrats on 22.7 per cent.\n"
            "The Greens jumped to 18.5 per cent, while the Liberal Union took 9.8 per cent. "
            "According to the regional electoral office, turnout reached 67.4 per cent.\n"
            "The Heimat list, on 4.1 per cent, missed the 5 per cent hurdle for seats.\n"
            "Premier Jonas Ekberg plans to start coalition talks on Tuesday with the "
            "Greens, whose leader, Maja Lind, hailed \"a mandate for the coast and the "
            "climate\".\n"
            "Share this article"
        ),
    ], ["2026-06-08", None],
        r"(?<![\d.])61[.,]2\s*(?:%|per\s?cent)",
        r"(?<![\d.])67[.,]4\s*(?:%|per\s?cent)"),
]
