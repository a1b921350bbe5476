"""Part ST of the story battery.

Written by engineer ST1 on 2026-12-06 (fourteenth session, fourth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py ST`.

Six whole stories (two rocket test flights, two earthquakes, two elections), each told by
three or four outlets in articles of roughly 250-600 words. One story (quake-ST4) is a
control story with no planted disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ST", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("rocket-ST1", "rocket", [
        _art("Nordic Space Wire", "2026-03-17", [
            "Skarv rocket reaches space on second test flight but falls short of orbit | Nordic "
            "Space Wire",
            "ANDØYA, Norway (Nordic Space Wire) - The Skarv launcher built by Norwegian start-up "
            "Nordlys Rocketry climbed into space on its second test flight on Tuesday, but its "
            "upper stage shut down early and the vehicle did not reach orbit, the company said.",
            "The 28-metre rocket lifted off from Andøya Spaceport at 12:04 local time (11:04 GMT) "
            "after a hold of roughly 40 minutes caused by strong upper-level winds. Its nine "
            "Fjell engines, which burn liquid oxygen and methane, fired for about two and a half "
            "minutes before the first stage separated as planned.",
            "The second stage then ignited and carried the vehicle to a peak altitude of 212 "
            "kilometres, according to preliminary figures released by the company. Telemetry was "
            "lost 7 minutes and 12 seconds after liftoff, and the stage and its dummy payload are "
            "believed to have fallen into the Norwegian Sea well inside the cleared hazard area.",
            "\"We went much further than last time, and every second of data is worth its weight "
            "in gold,\" Nordlys chief executive Ingrid Halvorsen told reporters at the spaceport. "
            "\"We reached space with a rocket that was designed and built in Norway. Now we have "
            "to find out why the upper stage stopped early.\"",
            "The flight was a marked improvement on the vehicle's debut last August, which ended "
            "28 seconds after liftoff when the rocket lost control and was brought down by its "
            "flight termination system.",
            "Skarv is designed to place up to 1,000 kg in low Earth orbit. For Tuesday's test it "
            "carried no customer satellites, only a 150 kg steel mass simulator bolted to the "
            "upper stage.",
            "Nordlys, which is headquartered in Trondheim and employs around 320 people, is one "
            "of several European companies racing to offer small-launch services from the "
            "continent. It has raised about 210 million euros from private investors and "
            "state-backed funds since it was founded in 2019.",
            "Halvorsen said engineers would go through the data over the coming weeks and that "
            "the company aimed to fly again before the end of the year. She declined to say "
            "whether the cause was linked to the engine itself or to the propellant system "
            "feeding it.",
            "Andøya Spaceport said no one was hurt and that the range was reopened to shipping "
            "and air traffic shortly after 13:00 local time.",
            "(Reporting by Mats Eriksen; editing by Clare Dunmore)",
        ]),
        _art("The Orbital Ledger", "2026-03-17", [
            "Skip to content",
            "Nordlys' Skarv makes it to space on flight two - The Orbital Ledger",
            "By Dana Whitfield",
            "Flight two of Nordlys Rocketry's Skarv small launcher did a lot of what flight one "
            "didn't: it cleared the pad, got through max-Q, staged cleanly and crossed the Karman "
            "line. What it didn't do was reach orbit.",
            "Skarv lifted off from Andøya Spaceport, on an island above the Arctic Circle in "
            "northern Norway, at 11:04 UTC on Tuesday, March 17. The nine-engine first stage "
            "burned for roughly 150 seconds before separating, and the single-engine upper stage "
            "then lit and began its push toward orbital velocity.",
            "That push ended too soon. Nordlys says the upper-stage engine shut down ahead of "
            "schedule, and the vehicle coasted to an apogee of roughly 132 miles (212 km) before "
            "falling back. The company lost telemetry about seven minutes into the flight.",
            "The numbers that matter:",
            "• Vehicle height: 28 m (about 92 ft)",
            "• Propellants: liquid oxygen and methane",
            "• First-stage engines: nine Fjell engines",
            "• Payload to LEO: up to 1,000 kg (about 2,200 lb)",
            "• Flight one (August 2025): lasted 28 seconds",
            "CEO Ingrid Halvorsen struck an upbeat tone at a post-flight briefing. \"Every second "
            "of data is worth its weight in gold,\" she said, adding that the team had gone "
            "\"much further than last time.\"",
            "For a brand-new vehicle, getting through staging on the second attempt is a genuine "
            "milestone. Plenty of small launchers, American, European and Asian alike, have "
            "needed three or four tries to get that far, and several never did.",
            "The upper-stage shutdown will now be the focus of the investigation. Halvorsen did "
            "not speculate on a cause, but the usual suspects on a young methane upper stage are "
            "propellant feed, ignition stability and engine-control software. The company hopes "
            "to fly a third Skarv before year's end.",
            "Nordlys is one of a handful of European outfits chasing institutional launch "
            "contracts, and a reasonably clean second flight should help its case with both "
            "customers and investors.",
            "Read more: Europe's small-launch crowd - who's next to fly?",
            "Share on X | Share on LinkedIn",
        ]),
        _art("Arctic Coast Herald", "2026-03-18", [
            "Advertisement",
            "Hundreds watch from Andenes as Skarv roars into space",
            "By Siri Johansen",
            "File photo: The Skarv rocket on the launch pad at Andøya Spaceport. Courtesy Nordlys "
            "Rocketry",
            "Residents of Andenes and visitors who had driven up from as far away as Tromsø lined "
            "the beach and the harbour wall on Tuesday to watch Nordlys Rocketry's Skarv rocket "
            "launch from the spaceport just north of town.",
            "This time they were not disappointed. Last August many of the same spectators saw "
            "the rocket's first attempt end less than half a minute after liftoff, when it tipped "
            "over and came down in the sea.",
            "On Tuesday the rocket rose steadily into a pale blue sky just after noon, and within "
            "a couple of minutes it was only a bright dot trailing a thin white line. The first "
            "stage separated and the second stage continued into space before its engine stopped "
            "earlier than planned. The company said contact with the vehicle was lost eight "
            "minutes and 12 seconds after liftoff.",
            "\"We have come much further than last time,\" said Ingrid Halvorsen, the company's "
            "chief operating officer, who also thanked the people of Andøy for their patience "
            "with road closures and fishing restrictions on launch days.",
            "The rocket did not reach orbit, and the dummy payload it carried fell into the sea "
            "together with the second stage, the company said. Nobody was injured.",
            "Fishermen had been asked to keep clear of a large zone off the coast from early "
            "morning. The Coastal Administration said the zone was lifted again in the early "
            "afternoon.",
            "Andøy mayor Knut Arne Hansen called it a proud day for the municipality. \"Andøya "
            "has been part of space history since the sounding rockets of the 1960s, and now we "
            "are part of the new chapter,\" he said.",
            "The spaceport employs around 90 people locally, and the municipality hopes more "
            "launch companies will follow Nordlys to the island. Hotels in Andenes were fully "
            "booked for the launch window, according to the local tourist office.",
            "Nordlys says it hopes to fly Skarv again before the end of the year.",
            "Related coverage",
            "Road closures: what to expect on launch days",
        ]),
        _art("The Northern Chronicle", "2026-03-18", [
            "Norway's Skarv rocket reaches space but misses orbit - The Northern Chronicle",
            "By Tom Ashby, Science Correspondent",
            "A Norwegian-built orbital rocket has reached space for the first time, lifting off "
            "from an island in the Arctic on Tuesday in a test that its makers called a big step "
            "forward, even though it failed to reach orbit.",
            "The Skarv vehicle, built by Trondheim-based Nordlys Rocketry, climbed to about 250 "
            "kilometres before its second stage fell back towards the Norwegian Sea, the company "
            "said. Its engine had shut down earlier than planned.",
            "The company's chief executive, Ingrid Halvorsen, said every second of data from the "
            "flight was \"worth its weight in gold\". The vehicle stayed in contact with ground "
            "controllers for seven minutes and 12 seconds.",
            "Europe has long relied on a small family of large government-backed rockets, and its "
            "small-launch start-ups have struggled to get off the ground. Skarv's first flight, "
            "in August last year, lasted only 28 seconds, and other European debut flights have "
            "also ended early.",
            "In Britain, the vertical launch sites planned in Shetland and Sutherland are still "
            "waiting for their first orbital attempts, and ministers have been urged to speed up "
            "licensing.",
            "Skarv stands 28 metres tall and uses nine engines on its first stage, burning liquid "
            "oxygen and methane, a fuel combination favoured by a new generation of reusable "
            "rockets. Nordlys eventually wants to recover and reuse the first stage, though it "
            "has not yet tried to do so.",
            "Analysts said the second flight would help the company win customers. \"Investors "
            "and customers want to see progress between flights, and this was clear progress,\" "
            "said Helen Marsh, a space industry analyst at the consultancy Orbit Advisory. \"The "
            "question now is how quickly they can turn the data into a fix.\"",
            "Nordlys said the rocket had carried a 150kg dummy payload and that it hoped to "
            "launch again later this year.",
        ]),
    ], [
        ("duration",
         r"\b7 ?(min|minutes?)\b[ ,and]*12|(?<!\d)7:12|(?<!\d)432 ?(s\b|sec)|seven minutes",
         r"\b8 ?(min|minutes?)\b[ ,and]*12|(?<!\d)8:12|(?<!\d)492 ?(s\b|sec)|eight minutes"),
        ("altitude",
         r"(?<![\d.])212 ?(km|kilomet)|(?<![\d.])132 ?mi",
         r"(?<![\d.])250 ?(km|kilomet)"),
        ("title", r"chief executive|\bceo\b", r"chief operating|\bcoo\b"),
    ]),
    _story("rocket-ST2", "rocket", [
        _art("China Commercial Space News", "2026-01-17", [
            "JIUQUAN, Jan. 17 (CCSN) -- Chinese private rocket company Lanxing Space on Saturday "
            "completed a 10-kilometer vertical takeoff and landing test of a reusable rocket "
            "stage, bringing the company a step closer to recovering boosters after orbital "
            "launches.",
            "The test vehicle, designated LX-T2, lifted off at 19:40 Beijing time from a test pad "
            "near the Jiuquan Satellite Launch Center in northwest China. It climbed to an "
            "altitude of 10 km, descended with the help of four grid fins and reignited its "
            "center engine for the landing burn before touching down on the pad. The whole flight "
            "lasted 4 minutes and 5 seconds.",
            "According to the company, the stage landed 2.1 meters from the center of the landing "
            "pad, and its landing legs and engines were found to be in good condition after the "
            "flight.",
            "\"This is the highest and most complex hop test carried out by a Chinese commercial "
            "company so far,\" said Zhou Minghao, founder and chief executive of Lanxing Space. "
            "\"It proves that our engines can be restarted reliably in flight, which is the "
            "foundation for recovering the first stage.\"",
            "The test vehicle is powered by three Tianlang-30 engines fueled by liquid oxygen and "
            "methane. The company said it was the first time the engines had been restarted "
            "during a flight.",
            "Lanxing Space carried out a 1-km hop test in October last year. Data from both tests "
            "will support the maiden flight of its Lanxing-1 orbital rocket, planned for 2027, on "
            "which the company aims to recover the first stage.",
            "Founded in 2018 and headquartered in Beijing, Lanxing Space is one of more than a "
            "dozen private launch companies that have emerged since China opened the space sector "
            "to private capital in 2014.",
            "China's commercial space industry has grown rapidly in recent years, and reusable "
            "rockets are widely seen as the key to lowering the cost of putting satellites into "
            "orbit, including for the large internet constellations now being deployed by Chinese "
            "operators.",
            "Industry observers expect several Chinese companies to attempt booster recovery on "
            "orbital missions within the next two years.",
        ]),
        _art("Asia Launch Report", "2026-01-18", [
            "Lanxing Space nails 10 km hop-and-land test | Asia Launch Report",
            "Posted by Wei Ling Tan",
            "Beijing-based Lanxing Space flew its LX-T3 test stage to 10 km and back on Saturday "
            "evening, touching down on its pad in the Gobi after a flight of 245 seconds. It is "
            "the highest hop yet by a Chinese private company, and another sign that the "
            "country's reusability push is moving from slide decks to launch pads.",
            "Liftoff came at 11:40 GMT (19:40 Beijing time). Company video showed the stage "
            "climbing on three methane-fuelled Tianlang-30 engines, arcing slightly downrange, "
            "then dropping back with its grid fins deployed before the centre engine relit for "
            "the landing burn.",
            "Key figures:",
            "Apogee: 10 km (roughly 6.2 miles)",
            "Flight time: 4 min 5 s",
            "Landing accuracy: 2.1 m from pad centre",
            "In October, Lanxing flew a 1 km hop. Going from 1 km to 10 km in three months is a "
            "big jump: at 10 km the stage goes through transonic speeds on the way up and again "
            "on the way down, and has to cope with real aerodynamic loads as it falls back.",
            "Lanxing chief designer Liu Qian said in a statement that the engine restart was "
            "\"the point of the whole exercise\". \"Relighting a methane engine after a long "
            "coast, in a falling stage, is the hardest thing we have to master before we try to "
            "bring a booster back from an orbital flight,\" she said.",
            "The company's orbital vehicle, Lanxing-1, is due to debut in 2027, and CEO Zhou "
            "Minghao has said it will try to land its first stage on that very first flight. That "
            "is ambitious, but not unheard of these days.",
            "Lanxing is not alone. Several other Chinese firms have flown hop tests of methane "
            "stages, and the state-owned giant CASC has its own reusable programme. But 10 km "
            "puts Lanxing near the front of the pack.",
            "Related: China's 2026 launch manifest - who's flying what",
        ]),
        _art("Coastline Tribune", None, [
            "China's Lanxing Space lands rocket after 10-kilometer test flight",
            "By Mark Delaney, Tribune Staff Writer",
            "A Chinese startup flew a rocket stage about six miles into the sky on Friday and "
            "landed it back on the ground, a test that puts the company a step closer to the kind "
            "of reusable boosters that have transformed the U.S. launch market.",
            "The test vehicle, called LX-T2, lifted off from a site in the Gobi Desert at 12:40 "
            "GMT, or 7:40 a.m. Eastern time, and landed about four minutes later, according to "
            "Lanxing Space, the Beijing company that built it.",
            "The rocket came down about 7 feet from the center of its landing pad, the company "
            "said, in a video that showed the stage descending through the dusk and settling onto "
            "its four legs in a cloud of dust.",
            "SpaceX first landed a Falcon 9 booster in December 2015 and has since done so "
            "hundreds of times, allowing it to fly far more often and more cheaply than any "
            "rival. Chinese companies, both state-owned and private, have been racing to catch up.",
            "\"The gap is closing faster than many people in Washington expected,\" said Carla "
            "Menendez, a senior fellow who studies China's space program at a Washington research "
            "group. \"A year ago these companies were doing hops of a few hundred meters. Now "
            "they are flying to airliner altitudes and landing on target.\"",
            "Lanxing founder Zhou Minghao called the test the most complex hop yet by a Chinese "
            "commercial company. The stage is powered by three engines burning liquid methane and "
            "liquid oxygen, the same propellant combination SpaceX uses on its Starship vehicle.",
            "Lanxing's previous hop, in October, reached about 3,300 feet. The company wants to "
            "launch its first orbital rocket, Lanxing-1, in 2027 and to recover the first stage "
            "on that first flight.",
            "U.S. officials have warned that reusable rockets could let China deploy satellite "
            "constellations much faster, with both commercial and military uses.",
        ]),
        _art("Bharat Space Monitor", None, [
            "Lanxing Space completes 10 km VTVL test - Bharat Space Monitor",
            "NEW DELHI: Chinese private launch firm Lanxing Space has completed a 10 km vertical "
            "take-off and vertical landing (VTVL) test of a reusable rocket stage, the company "
            "said on 17 January.",
            "The LX-T2 vehicle lifted off at 17:10 IST (19:40 Beijing time) on 17 January from a "
            "pad near the Jiuquan launch centre and landed back on the pad 245 seconds later, "
            "coming to rest 2.1 metres from the pad centre.",
            "The stage is powered by three Tianlang-30 engines running on liquid oxygen and "
            "methane, each producing about 30 tonnes of thrust. The centre engine was reignited "
            "during the descent for the landing burn, which the company described as the main "
            "objective of the test.",
            "The test is part of the development of the company's Lanxing-1 rocket, whose first "
            "orbital flight is planned for 2027.",
            "Reusability has become a major theme in the global launch industry. In India, ISRO "
            "carried out a series of autonomous landing experiments with its winged Reusable "
            "Launch Vehicle (RLV) technology demonstrator between 2023 and 2024, and several "
            "Indian start-ups have announced plans for reusable first stages.",
            "Experts said Indian companies would need to move quickly. \"Chinese firms are "
            "iterating every few months, with large private funding behind them. Our start-ups "
            "have excellent engineers, but test infrastructure and capital remain bottlenecks,\" "
            "said Arvind Rao, a former ISRO propulsion engineer who now advises private launch "
            "companies.",
            "Lanxing Space, founded in 2018, is based in Beijing. The company raised fresh "
            "funding last year, though it has not disclosed the amount.",
            "India's space regulator IN-SPACe has authorised several private companies to build "
            "and operate launch vehicles, and Skyroot Aerospace flew the country's first "
            "privately built rocket, Vikram-S, on a suborbital flight in November 2022.",
        ]),
    ], [
        ("date",
         r"saturday|jan(uary)?\.? 17|17 jan|2026-01-17",
         r"friday|jan(uary)?\.? 16|16 jan|2026-01-16"),
        ("clock time",
         r"(?<!\d)11[:.]40|(?<!\d)19[:.]40|(?<!\d)7[:.]40 ?p\.?m|(?<!\d)17[:.]10",
         r"(?<!\d)12[:.]40|(?<!\d)7[:.]40 ?a\.?m"),
        ("vehicle", r"lx-? ?t-? ?2\b", r"lx-? ?t-? ?3\b"),
    ]),
    _story("quake-ST3", "earthquake", [
        _art("Andes Press Agency", None, [
            "LIMA (Andes Press Agency) - A strong earthquake struck off the coast of southern "
            "Peru before dawn on Thursday, killing four people, injuring 61 and damaging hundreds "
            "of homes in the Arequipa region, officials said.",
            "The U.S. Geological Survey put the magnitude at 6.7 and said the quake hit at 3:18 "
            "a.m. local time (0818 GMT) about 28 km (17 miles) southwest of Acarí, a farming town "
            "in Caravelí province, at a depth of 35 km. Peru's Geophysical Institute (IGP) "
            "measured it at 7.0.",
            "Two of the dead were an elderly couple whose adobe house collapsed in Acarí, the "
            "National Civil Defence Institute (Indeci) said. A woman died in the nearby town of "
            "Yauca, and a truck driver was killed when falling rocks struck his vehicle on the "
            "Pan-American Highway.",
            "Indeci said about 800 homes had been damaged, many of them old adobe buildings, "
            "along with several schools and health posts. Teams were still assessing outlying "
            "villages in the afternoon.",
            "\"Our teams are in Acarí and Yauca checking every house,\" said Rosa Huamán, "
            "Indeci's coordinator for Arequipa. \"The priority today is drinking water, tents and "
            "inspecting the schools before the children go back.\"",
            "The navy's hydrography service said there was no tsunami threat to the Peruvian "
            "coast.",
            "The quake was felt strongly in the city of Arequipa and as far away as Lima, about "
            "450 km (280 miles) to the northwest, where some residents ran out into the streets "
            "in their night clothes.",
            "IGP recorded more than 30 aftershocks in the first hours after the main shock, the "
            "strongest of magnitude 5.2.",
            "Southern Peru sits above the boundary where the Nazca plate slides beneath the South "
            "American plate, one of the most seismically active zones in the world. In January "
            "2018, a magnitude 7.1 quake centred near the same stretch of coast killed two people "
            "and damaged more than a thousand homes.",
            "The government said it would send food, tents and engineers to the affected "
            "districts on military aircraft on Thursday evening.",
        ]),
        _art("Arequipa Today", None, [
            "Skip to content",
            "Four dead as pre-dawn quake shakes Caravelí province",
            "By Luis Ccama",
            "Photo: Residents clear rubble from a street in Acarí on Thursday morning. (Arequipa "
            "Today)",
            "Residents of Caravelí province spent Thursday clearing rubble and checking damaged "
            "adobe homes after a powerful earthquake centred in the sea near Chala shook the "
            "southern coast at 3:18 in the morning.",
            "Four people were killed, two in Acarí, one in Yauca and one on the Panamericana Sur, "
            "and at least 60 were injured, according to the civil defence institute, Indeci.",
            "In Acarí the bell tower of the town's church came down, and the walls of the "
            "municipal market were badly cracked. \"Everything started to jump, the walls, the "
            "roof. I grabbed my grandson and ran out,\" said Juana Quispe, 67, whose house lost "
            "its front wall.",
            "The Geophysical Institute of Peru (IGP), whose readings are the official reference "
            "in the country, registered the quake at magnitude 7.0 and said it had been followed "
            "by dozens of aftershocks.",
            "Rockfalls closed the Panamericana Sur for several hours near Chala, leaving long "
            "lines of lorries and buses on both sides. The road was reopened to one lane by "
            "midday, the transport ministry said.",
            "The regional government asked Lima to declare a state of emergency in the affected "
            "districts so that funds can be released quickly for repairs and temporary shelter.",
            "Officials said schools in Acarí, Yauca and Chala would stay closed until engineers "
            "have inspected them. Many families slept outdoors on Thursday night, afraid of "
            "further shocks.",
            "Many older residents remember the quake of January 2018, which also struck near "
            "Acarí and left dozens of families in the province without a home for months.",
            "\"We rebuilt after the last one, and now we have to start again,\" said Acarí "
            "resident Mario Huarcaya, a farmer who grows olives and rice in the valley.",
            "Share this article",
        ]),
        _art("Global Hazards Monitor", None, [
            "Southern Peru earthquake: what we know so far | Global Hazards Monitor",
            "The US Geological Survey has assessed Thursday's earthquake off southern Peru at "
            "magnitude 6.9, with the rupture occurring at a depth of about 53 km on or near the "
            "interface between the subducting Nazca plate and the overriding South American plate.",
            "Event summary",
            "Origin time: 08:18 UTC, 12 February 2026 (03:18 local)",
            "Location: offshore Arequipa region, roughly 28 km south-west of Acarí",
            "Deaths: 4 (Indeci)",
            "Injuries: 61 (Indeci)",
            "The focal mechanism shows thrust faulting, consistent with slip on the megathrust "
            "rather than within the crust of either plate. That matters for tsunami potential, "
            "but in this case Peru's navy quickly ruled out any threat to the coast.",
            "This segment of the margin has a busy history. It produced a magnitude 7.1 event in "
            "January 2018, and the great Nazca earthquake of November 1996, magnitude 7.7, "
            "ruptured a stretch of the plate boundary just to the north-west.",
            "The USGS PAGER system issued a yellow alert for economic losses and a green alert "
            "for fatalities, meaning limited casualties were expected. The observed toll so far "
            "is in line with that estimate.",
            "Damage reports point to the usual vulnerability in the region: older adobe houses, "
            "many of them built without any reinforcement, suffered most. Modern reinforced "
            "concrete buildings in the area appear to have come through with little more than "
            "cracked plaster.",
            "Aftershocks should be expected for weeks. Based on typical sequences, the chance of "
            "an aftershock larger than the main shock is small, around 2 to 5 per cent over the "
            "coming week, but people in damaged buildings should stay out of them until they have "
            "been inspected.",
            "We will update this page as more information becomes available.",
        ]),
        _art("The Morning Ledger", None, [
            "Deadly earthquake rattles Peru's southern coast",
            "By Andrea Solis",
            "A magnitude 6.7 earthquake struck off the coast of southern Peru early Thursday, "
            "killing four people and damaging about 800 homes, authorities said.",
            "The quake hit at 3:18 a.m. local time, which was also 3:18 a.m. Eastern time, and "
            "was centered offshore near the town of Acarí at a depth of about 22 miles, according "
            "to the U.S. Geological Survey. Peru's own geophysical institute gave a magnitude of "
            "7.0.",
            "Shaking was felt hundreds of miles away in the capital, Lima, where some people left "
            "their apartments and waited in the streets until dawn.",
            "The victims included an elderly couple whose adobe home collapsed on them as they "
            "slept, according to Peru's civil defense agency.",
            "Peru lies on the Pacific \"Ring of Fire,\" where the Nazca plate dives beneath South "
            "America. The deadliest quake in the country in recent decades, the magnitude 8.0 "
            "Pisco earthquake of August 2007, killed more than 500 people.",
            "The area hit on Thursday was also close to the epicenter of a magnitude 7.1 quake in "
            "2018.",
            "Experts say traditional adobe construction remains the biggest danger. \"The heavy "
            "earth walls fail suddenly and they fall inward, onto the people inside,\" said "
            "Carlos Benavides, a structural engineer at a university in Lima. \"A quake of this "
            "size should not kill anyone in a well-built house.\"",
            "The U.S. Embassy in Lima said it had no reports of American citizens among the dead "
            "or injured.",
            "Peru's government said it would send aid on military flights, and the country's "
            "president was expected to visit the area on Friday.",
            "Travelers with plans to visit the Nazca Lines, which lie north of the affected area, "
            "were advised to check road conditions, since rockfalls had closed a stretch of the "
            "Pan-American Highway for several hours.",
        ]),
    ], [
        ("magnitude", r"(?<![\d.])6\.7(?!\d)", r"(?<![\d.])6\.9(?!\d)"),
        ("depth", r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi", r"(?<![\d.])53 ?(km|kilomet)"),
        ("place", r"acar[ií]", r"chala"),
    ]),
    _story("quake-ST4", "earthquake", [
        _art("Jakarta Wire Service", "2026-04-21", [
            "CIANJUR, Indonesia (JWS) - A shallow magnitude-5.9 earthquake struck West Java "
            "province early on Tuesday, killing at least 12 people and injuring 87 as walls and "
            "roofs fell on sleeping families, officials said.",
            "The quake hit at 01:12 Western Indonesia Time (WIB) at a depth of 10 km, with its "
            "epicentre on land about 14 km southwest of the town of Cianjur, according to the "
            "Meteorology, Climatology and Geophysical Agency (BMKG).",
            "The National Disaster Management Agency (BNPB) said more than 1,000 houses had been "
            "damaged in an initial count, along with a mosque and three schools. A landslide cut "
            "the road between Cianjur and Sukabumi, slowing the arrival of heavy equipment.",
            "BNPB spokeswoman Rini Handayani said most of the victims were killed by falling "
            "walls and roof tiles. \"Many people were asleep when it happened, that is why the "
            "numbers are high for a quake of this size,\" she said. \"Search teams are still "
            "checking the villages in the hills, where access is difficult.\"",
            "BMKG said the quake had no potential to trigger a tsunami. It recorded 47 "
            "aftershocks by 9 a.m. on Tuesday, the strongest of magnitude 4.2.",
            "Shaking was felt in Jakarta, about 85 km to the north, where some residents of "
            "high-rise apartments said they were woken by swaying buildings and rattling windows.",
            "The area was devastated in November 2022 by a magnitude-5.6 earthquake that killed "
            "more than 600 people, many of them children whose schools collapsed.",
            "Since then the government has rebuilt thousands of homes in the regency using simple "
            "quake-resistant designs, but many older buildings in remote villages were never "
            "strengthened, local officials said.",
            "The archipelago straddles the restless \"Ring of Fire\" that circles the Pacific, "
            "and earthquakes there are frequent. West Java, home to about 50 million people, is "
            "crossed by several active faults, some of which were only mapped in detail after the "
            "2022 disaster.",
            "Hospitals in Cianjur set up tents in their car parks to treat the injured, as many "
            "patients were afraid to stay inside the buildings while aftershocks continued.",
        ]),
        _art("Radio Nusantara International", "2026-04-22", [
            "Death toll from West Java quake rises to 19",
            "The number of people killed by Tuesday's earthquake in Cianjur regency, West Java, "
            "has risen to 19, the disaster management agency BNPB said on Wednesday, after "
            "rescuers recovered more bodies from collapsed homes in hillside villages.",
            "More than 140 people were injured, up from 87 reported on Tuesday, and 2,341 houses "
            "were damaged, according to BNPB's latest figures. Around 5,000 residents are staying "
            "in tents and in the courtyards of mosques and government offices.",
            "The magnitude-5.9 earthquake struck at 01:12 local time on Tuesday (18:12 GMT on "
            "Monday). BMKG, the meteorology, climatology and geophysics agency, said it was only "
            "10 kilometres deep, which is why the shaking was so strong close to the epicentre.",
            "BNPB spokeswoman Rini Handayani said the search phase was almost complete. \"Our "
            "focus is now moving to shelter, clean water and medical care for the injured,\" she "
            "told Radio Nusantara.",
            "In the village of Sukamulya, teacher Siti Rahmawati said the school that had been "
            "rebuilt after the 2022 disaster was still standing. \"There are only small cracks. "
            "The old houses around it are the ones that fell,\" she said. \"The children are "
            "frightened, so we will hold lessons outside for now.\"",
            "Volunteers from neighbouring regencies arrived on Wednesday with food, blankets and "
            "water purification units. The Indonesian Red Cross said it had sent ambulances and "
            "two field kitchens.",
            "The regional government has declared a 14-day emergency response period, allowing "
            "funds to be released quickly for shelters and repairs.",
            "Listen: Morning news bulletin, 22 April",
            "Radio Nusantara International - News in English",
        ]),
        _art("Asia-Pacific Daily", "2026-04-22", [
            "Indonesia quake toll climbs as survivors shelter in tents - Asia-Pacific Daily",
            "By Jess McAllister, South-East Asia correspondent",
            "At least 19 people have died after an earthquake struck Indonesia's most populous "
            "province, West Java, in the early hours of Tuesday local time, about 4.12am AEST.",
            "Indonesia's disaster agency said on Wednesday that 146 people had been injured and "
            "more than 2,300 homes damaged. Nearly 5,000 people have been displaced, many of them "
            "sleeping in tents or in the open.",
            "The shallow quake measured magnitude 5.9 and struck roughly 14 kilometres south-west "
            "of Cianjur at a depth of just 10 kilometres, according to the country's geophysics "
            "agency, BMKG. It said there was no risk of a tsunami.",
            "BMKG has recorded 112 aftershocks as of Wednesday morning, most of them too weak to "
            "be felt, but several strong enough to send residents running from their homes again.",
            "The region is still recovering from a 2022 quake that killed more than 600 people, a "
            "disaster that exposed how poorly many homes and schools in the area had been built.",
            "\"Shallow earthquakes on land are the most dangerous kind in Indonesia, because the "
            "energy is released right under people's homes,\" said Dr Ahmad Fauzi, a seismologist "
            "who studies Java's faults at an Australian university. \"Even a moderate magnitude "
            "can cause serious damage if the buildings are weak.\"",
            "The Department of Foreign Affairs and Trade said it was not aware of any Australians "
            "among the casualties. Australians in the area are advised to follow the instructions "
            "of local authorities and to contact their families.",
            "The Australian government said it stood ready to help if Indonesia asked for "
            "assistance, and Australian aid groups with partners in West Java have begun "
            "fundraising appeals.",
            "Cianjur, a farming regency famous for its rice, lies in the hills between Jakarta "
            "and Bandung and is popular with weekend visitors from the capital.",
        ]),
    ], [
    ]),
    _story("elect-ST5", "election", [
        _art("Balkan Wire", None, [
            "SOFIA, May 11 (Balkan Wire) - Independent candidate Elena Petrova won Sunday's "
            "mayoral run-off in Plovdiv, Bulgaria's second-largest city, with 51.8% of the vote, "
            "defeating Georgi Stoyanov of the nationalist National Renewal party, the municipal "
            "election commission said on Monday.",
            "With all protocols processed, Petrova received 56,462 votes and Stoyanov 52,538, or "
            "48.2%, a margin of 3,924 votes. Turnout was 38.4%, up 3.3 percentage points from the "
            "first round a week earlier.",
            "\"Plovdiv has chosen to move forward, not backward,\" Petrova, 44, an architect and "
            "former deputy mayor for urban planning, told supporters at her campaign headquarters "
            "shortly after midnight.",
            "The partial election was called after the previous mayor resigned in February, "
            "citing health reasons. Petrova will serve until the regular nationwide local "
            "elections in the autumn of 2027.",
            "Stoyanov, 58, a businessman and former regional governor, said he would not contest "
            "the result and wished the new mayor success.",
            "Backed by a coalition of centre-right and liberal parties running under the name "
            "Civic Plovdiv, Petrova led the first round on May 3 with 34.6% to Stoyanov's 31.9% "
            "in a field of five candidates.",
            "Analysts said the result was a setback for National Renewal, which had hoped to use "
            "a win in Plovdiv as a springboard ahead of a possible early parliamentary election. "
            "The party won the mayoralties of several smaller towns in the autumn of 2023 but has "
            "never governed a large city.",
            "\"National Renewal mobilised its core voters very well, but Petrova picked up almost "
            "all of the votes of the eliminated candidates,\" said Daniela Koleva, a political "
            "scientist at Plovdiv University. \"Higher turnout in the second round helped her, "
            "not him.\"",
            "Petrova has promised to review the city's public transport contracts, speed up the "
            "construction of new kindergartens and publish all municipal spending online.",
        ]),
        _art("Plovdiv Now", None, [
            "Petrova is Plovdiv's new mayor",
            "Share on Facebook",
            "Elena Petrova will be the next mayor of Plovdiv after winning Sunday's run-off with "
            "51.8% of the vote, according to the final results from the municipal election "
            "commission (OIK).",
            "Turnout in the second round was 41.4%, the commission said, higher than in the first "
            "round, when barely more than a third of registered voters cast a ballot.",
            "Petrova's campaign headquarters in the Kapana district erupted in cheers shortly "
            "before midnight, when a parallel vote count by volunteers showed her holding a "
            "narrow but steady lead.",
            "\"Plovdiv has chosen to move forward, not backward,\" the mayor-elect told the "
            "crowd. \"Tomorrow morning we start work on the things people in every district have "
            "asked us for: buses that come on time, places in kindergartens and clean streets.\"",
            "Georgi Stoyanov conceded on Monday morning. \"The people have spoken and I respect "
            "their choice,\" he said in a video posted on social media, adding that he would not "
            "challenge the result.",
            "Petrova won clearly in the Central, Trakia and Yuzhen districts, while Stoyanov was "
            "strongest in Severen and Zapaden. Iztochen was almost evenly split, with fewer than "
            "300 votes between the two candidates.",
            "The mayor-elect is expected to take the oath of office at an extraordinary session "
            "of the municipal council once the result has been formally announced and any appeal "
            "period has passed.",
            "Readers who spoke to Plovdiv Now outside polling stations on Sunday said traffic, "
            "the state of the city's roads and the lack of kindergarten places were the issues "
            "that mattered most to them.",
            "\"I voted for her because she knows how the city works from the inside,\" said "
            "Todor, 36, a software developer who lives in Trakia. \"But I will be watching "
            "whether the promises about the buses are kept.\"",
            "Related: How the first round went - results by district",
        ]),
        _art("Central European Observer", None, [
            "Liberal independent takes Plovdiv in blow to nationalists",
            "By Rupert Hale",
            "Bulgarian voters in Plovdiv handed the mayoralty to a liberal-leaning independent on "
            "Sunday, rebuffing a nationalist challenger in a run-off that had been seen as a test "
            "of the far right's strength outside the capital.",
            "Elena Petrova, an architect who previously served as the city's deputy mayor for "
            "urban planning, took 53.8 per cent of the vote, according to the municipal election "
            "commission.",
            "Turnout was just over 38 per cent, low by European standards but higher than in the "
            "first round.",
            "\"Plovdiv has chosen to move forward, not backward,\" said Nikolai Vasilev, "
            "Petrova's campaign chief, as the results came in at her headquarters.",
            "Her opponent, Georgi Stoyanov of National Renewal, had campaigned on a platform of "
            "lower local taxes, more police on the streets and opposition to what he called "
            "\"Brussels-style\" planning rules. His party has been gaining ground in opinion "
            "polls across the country.",
            "Bulgaria has been through a long period of political instability, with seven "
            "parliamentary elections held between 2021 and 2024, and local races have become a "
            "barometer of the national mood.",
            "Plovdiv, a city of around 340,000 people and a European Capital of Culture in 2019, "
            "has a reputation as a more liberal place than much of the country, but nationalist "
            "parties have made inroads in its outer districts in recent years.",
            "Diplomats in Sofia said the result would be watched closely by Bulgaria's European "
            "partners. \"It shows the nationalists can be beaten when voters have a credible "
            "alternative,\" said one western diplomat, who asked not to be named.",
            "Petrova has said she will govern without party labels and will offer posts in the "
            "city administration to people from across the political spectrum.",
        ]),
        _art("Sofia Evening Post", None, [
            "Petrova wins Plovdiv run-off | Sofia Evening Post",
            "Independent Elena Petrova has won the mayoral run-off in Plovdiv with 51.8% against "
            "48.2% for Georgi Stoyanov of National Renewal, according to the results published by "
            "the municipal election commission on Monday.",
            "Turnout reached 38.4%, the commission said.",
            "\"Plovdiv has chosen to move forward, not backward,\" Petrova told supporters on "
            "election night, thanking volunteers who had knocked on doors in every district of "
            "the city.",
            "Stoyanov thanked his voters and said he would not dispute the outcome. National "
            "Renewal's leadership in Sofia said the party had nonetheless \"more than doubled\" "
            "its support in the city compared with the last regular local election.",
            "Leaders of the parties that backed Petrova called the result a signal ahead of the "
            "next parliamentary election. The parties of the governing coalition in Sofia did not "
            "endorse either candidate in the run-off.",
            "The partial election was triggered by the resignation of the previous mayor in "
            "February. Petrova's term will run until the regular local elections in 2027.",
            "Plovdiv's municipal budget for this year, worth about 360 million euros, was adopted "
            "by the council in March and will be one of the first tests of the new mayor's "
            "relations with the council, where no group holds a majority.",
            "Political analysts said Petrova would need to build working majorities issue by "
            "issue. \"She has a mandate, but the council can block her on almost anything,\" said "
            "Ivan Dimitrov of the Sofia-based Centre for Political Analysis. \"The first hundred "
            "days will show whether she can make deals.\"",
        ]),
    ], [
        ("vote share", r"(?<![\d.])51[.,]8(?!\d)", r"(?<![\d.])53[.,]8(?!\d)"),
        ("turnout",
         r"(?<![\d.])38[.,]4(?!\d)|(?<![\d.])38 ?(%|percent|per cent|pct)",
         r"(?<![\d.])41[.,]4(?!\d)"),
        ("quote speaker", r"petrova", r"vasilev"),
    ]),
    _story("elect-ST6", "election", [
        _art("Baltic News Wire", "2026-10-04", [
            "RIGA (Baltic News Wire) - The opposition Renewal Party won Latvia's parliamentary "
            "election on Saturday, taking 31 of the 100 seats in the Saeima, preliminary results "
            "from the Central Election Commission showed on Sunday.",
            "With all polling stations counted, Renewal had 24.6% of the vote, ahead of Prime "
            "Minister Ilze Bērziņa's People's Alliance on 18.3%. Turnout was 58.7%, slightly "
            "lower than the 59.4% recorded at the previous election in 2022.",
            "Renewal leader Kristaps Ozols, a 47-year-old former finance minister, told cheering "
            "supporters in Riga: \"Latvians voted for change, and change is what they will get.\"",
            "Five parties cleared the 5% threshold needed to enter parliament. The Green-Rural "
            "Union took 18 seats, the Left Alliance 15 and the Freedom Party 14, while People's "
            "Alliance fell to 22 seats.",
            "Ozols will need at least two partners to reach the 51 seats required for a majority. "
            "He said he would open talks with the Green-Rural Union first, and did not rule out "
            "working with either the Left Alliance or the Freedom Party.",
            "Bērziņa conceded defeat shortly after midnight. \"The voters have given their "
            "verdict, and we will respect it,\" she said, adding that her party was ready to act "
            "as a responsible opposition.",
            "The campaign was dominated by the cost of living, energy prices and defence "
            "spending, with all the main parties pledging to keep military spending well above "
            "NATO targets.",
            "Founded three years ago, Renewal was contesting its first parliamentary election. It "
            "has drawn support from younger urban voters and from disillusioned supporters of the "
            "outgoing coalition parties.",
            "The president is expected to begin consultations with party leaders next week before "
            "nominating a candidate for prime minister.",
        ]),
        _art("Riga Herald", "2026-10-04", [
            "Renewal wins Saeima election; Ozols eyes coalition | Riga Herald",
            "By Anna Kalniņa",
            "Photo: Kristaps Ozols speaks to supporters at the Renewal Party's election night "
            "event in Riga. (Riga Herald)",
            "Kristaps Ozols's Renewal Party has come first in the election to the 15th Saeima, "
            "winning 31 seats and almost a quarter of the vote in its first national contest, "
            "according to preliminary results published by the Central Election Commission (CVK) "
            "on Sunday morning.",
            "Preliminary seat distribution",
            "Renewal Party: 31 seats (24.6%)",
            "People's Alliance: 22 seats (18.3%)",
            "Green-Rural Union: 18 seats (14.9%)",
            "Left Alliance: 15 seats (12.4%)",
            "Freedom Party: 14 seats (11.7%)",
            "Turnout: 58.7%",
            "Ozols, who was finance minister before leaving his former party to set up Renewal, "
            "said talks on forming a government would begin on Monday. \"Latvians voted for "
            "change, and change is what they will get,\" he said, repeating the line that had "
            "closed every one of his campaign rallies.",
            "The outgoing prime minister, Ilze Bērziņa, said her People's Alliance would respect "
            "the voters' decision. Her party lost ground in Riga and in Latgale, where the Left "
            "Alliance and the Freedom Party both did well.",
            "Renewal and the Green-Rural Union together would hold 49 seats, two short of a "
            "majority, so any coalition is likely to need a third partner. Both the Left Alliance "
            "and the Freedom Party have said they are open to talks, but they disagree sharply "
            "with each other on taxes and on language policy.",
            "Several smaller parties, including Progress Latvia with 4.6%, fell just short of the "
            "threshold and will not be represented.",
            "The CVK said final results would be confirmed after all ballots from polling "
            "stations abroad had been checked, which usually takes about a week.",
            "Advertisement",
            "Latest news: Riga city council approves new tram line",
        ]),
        _art("EuroPolitics Daily", "2026-10-05", [
            "Latvia: newcomer Renewal tops the poll as voters punish government | EuroPolitics "
            "Daily",
            "Latvian voters turned against the outgoing government on Saturday, making the "
            "three-year-old Renewal Party the largest force in parliament with 33 seats and "
            "nearly a quarter of the vote.",
            "Kristaps Ozols, who served as finance minister before founding Renewal, now has the "
            "first shot at building a coalition. He will need partners to reach the 51 seats "
            "required for a majority in the 100-member Saeima.",
            "The result is another sign of the anti-incumbent mood that has swept several EU "
            "member states in the past two years. Prime Minister Ilze Bērziņa's People's Alliance "
            "dropped to 22 seats and will almost certainly go into opposition.",
            "In Brussels, officials will be watching Renewal's positions closely. The party is "
            "firmly pro-EU and pro-NATO, but Ozols has criticised the European Commission's "
            "fiscal rules and has called for defence spending to be exempted from deficit limits, "
            "a demand shared by several other eastern member states.",
            "\"Renewal is not a populist party in the usual sense, but it has learned to talk "
            "like one,\" said Marta Zieliński, a senior analyst at a Brussels think tank. \"The "
            "real test will be the coalition arithmetic and whether Ozols can keep his promises "
            "on energy prices.\"",
            "Turnout was 58.7 per cent, broadly in line with 2022.",
            "Latvia is due to take part in the next round of EU budget negotiations, where the "
            "Baltic states have pushed for more money for border security and military mobility. "
            "A new government is unlikely to be in place before November.",
            "Subscribe to our Baltic briefing",
        ]),
        _art("Nordic Public Radio English Service", "2026-10-04", [
            "Latvia's Renewal Party wins election",
            "Latvia's Renewal Party has won Saturday's parliamentary election, taking 31 seats in "
            "the 100-seat Saeima, according to preliminary results.",
            "The party is led by Kristaps Ozols, a former foreign minister, who founded it three "
            "years ago after a dispute with the leadership of his previous party.",
            "Speaking to supporters in Riga early on Sunday, Ozols said Latvians had voted for "
            "change and would get it.",
            "The outgoing prime minister, Ilze Bērziņa, admitted defeat. Her People's Alliance "
            "won 22 seats.",
            "Turnout was just under 59 percent.",
            "Ozols is expected to start coalition talks with the Green-Rural Union, which won 18 "
            "seats. Together the two parties would still be short of a majority.",
            "Relations with the Nordic countries were hardly discussed during the campaign, but "
            "all the main parties support close cooperation in the Nordic-Baltic Eight format, "
            "especially on defence and energy.",
            "Latvia, a country of about 1.8 million people, borders Russia and Belarus and has "
            "been one of the strongest supporters of Ukraine within the EU and NATO. Security and "
            "the cost of living were the main issues for voters.",
            "Analysts in Riga said the new government was likely to keep defence spending high "
            "but could change course on energy taxes, which Renewal has promised to cut.",
            "Our correspondent in Riga says the coalition talks could take several weeks, with "
            "the Green-Rural Union likely to demand the agriculture and regional development "
            "ministries in any deal.",
            "The Latvian parliament will hold its first session in early November, when the newly "
            "elected members are sworn in.",
        ]),
    ], [
        ("seats", r"(?<![\d.])31(?![\d.])", r"(?<![\d.])33(?![\d.])"),
        ("title", r"financ", r"foreign"),
    ]),
]
