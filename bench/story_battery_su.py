"""Part SU of the story battery.

Written by engineer SU1 on 2026-12-06 (fourteenth session, fourth batch) without reading
Storyline's rules or other parts, before any run. Six whole stories (two rocket test
flights, two earthquakes, two elections; one election story is a control with no
planted disagreement). Scored with `bench/bench_story_battery.py SU`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SU", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("rocket-SU1", "rocket", [
        _art("Asia Pacific Newswire", "2025-11-18", [
            "JIUQUAN, China (Asia Pacific Newswire) — A privately built Chinese rocket brought "
            "its first stage back to Earth intact for the first time on Tuesday, a milestone "
            "that moves Beijing Starcloud Space Technology closer to the reusable launch model "
            "pioneered by SpaceX.",
            "The 66-metre Feiyun-2, which burns liquid methane and liquid oxygen, lifted off "
            "from the Jiuquan Satellite Launch Center in north-western China at 10:32 a.m. "
            "Beijing time. Its first stage separated about two and a half minutes into the "
            "flight, flipped around and touched down on a concrete landing zone at 10:40 a.m., "
            "roughly eight minutes after liftoff, the company said.",
            "The upper stage continued to orbit and released six small remote-sensing "
            "satellites into a sun-synchronous orbit about 500 kilometres above the Earth, "
            "according to a Starcloud statement.",
            "It was the third flight of the Feiyun-2. The first, in December 2024, reached "
            "orbit but made no attempt to recover the booster. On the second, in June, the "
            "stage reached the landing site but hit the ground too hard and was destroyed.",
            "“Today the rocket came home,” Starcloud founder and chief executive Zhou Minghao "
            "told staff in the company's Beijing control room, according to a video released by"
            " the firm. “That changes the economics of everything we do.”",
            "State media described the landing as a first for the country's commercial space "
            "sector, which has grown quickly since the government opened launch services to "
            "private capital in 2014. Several state-owned and private groups are developing "
            "reusable rockets, but none had previously recovered an orbital booster intact.",
            "The company did not say when the recovered stage would fly again. Engineers will "
            "inspect its nine methane engines before deciding whether it can be reused, a "
            "spokeswoman said.",
            "Starcloud, founded in 2016, has raised money from state-backed funds and private "
            "investors. It has said it wants to fly a recovered booster on a paying mission "
            "within two years.",
            "Beijing is building large satellite constellations, including the Guowang "
            "broadband network, and officials have said cheaper, reusable launchers are needed "
            "to put thousands of spacecraft into orbit.",
            "(Reporting by Lin Yue in Jiuquan and Tom Hadley in Beijing; Editing by Sara Munro)",
        ]),
        _art("Orbital Dispatch", "2025-11-18", [
            "Skip to content",
            "Starcloud sticks the landing on third Feiyun-2 flight | Orbital Dispatch",
            "By Marcus Lindqvist, Launch Industry Editor",
            "Third time was the charm for Beijing Starcloud Space Technology. The Feiyun-2 "
            "first stage settled onto its pad at Jiuquan at 10:46 a.m. Beijing time on Tuesday,"
            " the first clean recovery of an orbital-class booster by any Chinese company, "
            "state-owned or private.",
            "For those keeping score: the vehicle is a two-stage methane/LOX launcher standing "
            "66 m tall, with nine engines on the first stage and a single vacuum-optimised "
            "engine on the second. The methane choice puts it in the same family as Starship "
            "and New Glenn rather than the kerosene-burning Falcon 9.",
            "The upper stage delivered six remote-sensing smallsats to a roughly 500 km sun-"
            "synchronous orbit, per the company, which has not named the customer.",
            "Flight two, back in June, came close. The booster made it back to the pad but "
            "arrived too fast and broke apart on touchdown. Starcloud later blamed a throttle "
            "valve that responded late during the landing burn and says the part was redesigned"
            " for this mission.",
            "Advertisement",
            "Not everyone is ready to call it a revolution. “Landing once is a demonstration. "
            "Landing, refurbishing and refuelling on a schedule is a business,” said Helen Cho,"
            " a space-industry analyst at Tidewater Research in Hong Kong. “The question now is"
            " turnaround time, and we won't know that for months.”",
            "CEO Zhou Minghao was more upbeat in a short clip the company posted to social "
            "media, saying the rocket had “come home today” and that this “changes the "
            "economics of everything we do.”",
            "Why it matters: China's two big low-orbit constellations, Guowang and Qianfan, "
            "need launch capacity that the country's expendable fleet cannot supply cheaply. "
            "China flew 68 orbital launch attempts in 2024, a record, yet still well short of "
            "the American total.",
            "Starcloud is not alone. At least four other Chinese firms are testing methane "
            "engines and landing legs, and several have flown hop tests of a few kilometres. "
            "None had landed a stage coming back from an orbital flight until Tuesday.",
            "Read more: Inside China's race for a reusable rocket",
            "Related coverage",
        ]),
        _art("The Morning Ledger", "2025-11-19", [
            "Chinese start-up lands rocket booster in challenge to SpaceX",
            "By Eleanor Whitcombe, Science Correspondent",
            "A Chinese private company has become the first in the country to land the first "
            "stage of an orbital rocket, in a test flight that analysts say narrows the gap "
            "with Elon Musk's SpaceX.",
            "The Feiyun-2, built by Beijing Starcloud Space Technology, took off from the "
            "Jiuquan launch centre on the edge of the Gobi Desert on Tuesday morning at 02:32 "
            "GMT. About eight minutes after launch, its first stage came down under the power "
            "of its own engines onto a landing pad a few miles from the launch site.",
            "The rocket, which at 66 metres stands taller than Nelson's Column, carried eight "
            "small Earth-observation satellites into orbit, the company said.",
            "It was the vehicle's third flight. On its second outing, in June, the booster "
            "reached the pad but was wrecked by a heavy landing.",
            "Zhou Minghao, Starcloud's chief executive, said the landing “changes the economics"
            " of everything we do”.",
            "SpaceX first landed a Falcon 9 booster in December 2015 and now routinely flies "
            "individual boosters more than 20 times, a feat that has driven down launch prices "
            "and allowed it to build its Starlink network of internet satellites.",
            "Western analysts cautioned against reading too much into a single success. “This "
            "is an important step, but reuse is about doing it again and again without "
            "rebuilding the stage each time,” said Dr Priya Raman of the Institute for Orbital "
            "Studies. “SpaceX needed several years to get from its first landing to routine "
            "reflights.”",
            "Beijing has made reusable rockets a national priority. The Guowang and Qianfan "
            "constellations together plan more than 25,000 satellites, far more than China's "
            "current launch fleet could carry at present prices.",
            "Starcloud chose methane, rather than the kerosene used by most Chinese rockets, "
            "partly because it burns more cleanly and leaves less soot inside engines, which "
            "should make refurbishment quicker.",
            "The company has not said when the recovered stage will fly again.",
        ]),
        _art("Straits Evening Post", "2025-11-18", [
            "China private rocket lands booster, eyes Asian satellite market - Straits Evening "
            "Post",
            "BEIJING — A Chinese start-up landed the first stage of its Feiyun-2 rocket on "
            "Tuesday, a result that could eventually bring cheaper launches within reach of "
            "satellite makers across Asia, including several in Singapore.",
            "The rocket lifted off from Jiuquan at 10.32am Beijing time, which is also 10.32am "
            "in Singapore, and its booster touched down on a landing pad about eight minutes "
            "later.",
            "Founder Zhou Minghui said in a video released by Beijing Starcloud Space "
            "Technology that the landing would change “the economics of everything we do”.",
            "The upper stage placed six remote-sensing satellites into orbit.",
            "The methane-fuelled Feiyun-2 first flew in December 2024, reaching orbit without "
            "trying to recover its booster. A landing attempt on its second flight in June "
            "ended with the stage destroyed.",
            "Regional satellite operators currently rely mostly on SpaceX rideshare missions, "
            "Indian rockets and a handful of Chinese launches. Local firms say prices and "
            "waiting lists have been a constant headache.",
            "“If a second supplier of reusable launches appears in the region, our customers "
            "will have real bargaining power for the first time,” said Mr Daniel Goh, chief "
            "executive of Singapore-based small-satellite builder Lumen Orbital. “Today is a "
            "good day for everyone who builds satellites in Asia.”",
            "Export rules may limit how far that goes. United States regulations restrict "
            "putting satellites containing American components on Chinese rockets, and many "
            "Asian spacecraft use such parts.",
            "Analysts also noted that a single landing does not prove a booster can be reflown "
            "quickly and cheaply. Starcloud has said it aims to fly a recovered booster on a "
            "commercial mission within two years.",
            "Photo: The Feiyun-2 rocket on the pad at Jiuquan. Courtesy Beijing Starcloud Space"
            " Technology",
        ]),
    ], [
        ("landing time",
         r"10[:.]40|0?2[:.]40",
         r"10[:.]46|0?2[:.]46"),
        ("satellite count",
         r"(?<![\d.])6(?![\d.])|\bsix\b",
         r"(?<![\d.])8(?![\d.])|\beight\b"),
        ("name",
         r"minghao",
         r"minghui"),
    ]),
    _story("rocket-SU2", "rocket", [
        _art("Nordic Space Review", None, [
            "Heron-1 maiden flight ends early off Andøya",
            "By Kari Solberg",
            "The first Heron-1 rocket built by Trondheim start-up Nordvik Launch lifted off "
            "from Andøya Spaceport in northern Norway on Wednesday, 12 March, but its flight "
            "was cut short 38 seconds after liftoff when the vehicle began to tumble and the "
            "range safety system terminated it.",
            "The 24-metre, two-stage rocket climbed cleanly off the pad at 11:05 local time. "
            "Video from the company's livestream shows it beginning to pitch over more sharply "
            "than planned about half a minute into the climb before the signal was lost. Debris"
            " fell into the Norwegian Sea inside the closed hazard area, and nobody was hurt.",
            "Nordvik said the first stage's five engines appeared to perform normally until the"
            " end of the flight and that early data pointed to a problem with the rocket's "
            "attitude control, which steers the vehicle by swivelling its engines.",
            "“Every second of flight is data we did not have this morning,” chief executive "
            "Ingrid Halvorsen said in a statement. “We have learned more today than in a year "
            "of ground testing.”",
            "The Heron-1 is designed to carry up to 400 kilograms to low Earth orbit, aimed at "
            "operators of small satellites who currently share rides on larger rockets. No "
            "payload was on board for the test.",
            "The flight was the first orbital launch attempt by a Norwegian company. Nordvik "
            "has received funding from the European Space Agency's launcher support programme "
            "and from Norwegian state investment funds, alongside private backers.",
            "European start-ups have been racing to field small launchers as the continent "
            "looks to reduce its reliance on American and other foreign rockets. Several "
            "German, British and Spanish companies are preparing their own first flights.",
            "Nordvik said it had a second vehicle in production and would publish a preliminary"
            " report on the failure within weeks. The company did not give a date for the next "
            "attempt.",
        ]),
        _art("Arctic Broadcasting Service", None, [
            "Norwegian rocket crashes into sea shortly after launch",
            "Share on Facebook",
            "Share on X",
            "A rocket built by the Norwegian company Nordvik Launch crashed into the sea off "
            "Andøya on Wednesday after flying for 52 seconds. It was the first time a "
            "Norwegian-made rocket has attempted to reach orbit.",
            "Hundreds of spectators gathered on the beaches and hillsides near Andenes to watch"
            " the launch, which took place at five past eleven in the morning in clear, cold "
            "weather.",
            "The Heron-1 rose steadily at first, but then began to veer off course. The "
            "rocket's flight was then ended by the safety system, and the wreckage fell into "
            "the sea in an area that had been closed to ships and aircraft.",
            "“Of course we hoped it would go further, but this is how rocket development "
            "works,” Nordvik chief executive Ingrid Halvorsen told ABS at the spaceport. “Every"
            " second of flight gives us data that we did not have this morning.”",
            "Trade and Industry Minister Erik Fossum said the government remained committed to "
            "Andøya. “A test flight is a test. Norway is building a space industry for the long"
            " term, and one difficult day will not change that,” he said.",
            "Andøya Spaceport opened its orbital launch pad in 2023 after years of planning. "
            "The facility, which is owned by the state company Andøya Space, hopes to host "
            "several launches a year for European companies.",
            "Local business owners said the launch had filled hotels and cafés in the middle of"
            " the quiet winter season. “We would like them to come back soon, and the next time"
            " it can go all the way,” said café owner Marit Jensen in Andenes.",
            "The coast guard said it would help collect floating debris over the coming days. "
            "The rocket was 24 metres tall and carried no satellites.",
            "Nordvik says it will publish a preliminary analysis within a few weeks.",
        ]),
        _art("European Business Daily", None, [
            "Nordvik Launch's first rocket fails in test, shares of backers steady",
            "OSLO — Norwegian rocket start-up Nordvik Launch lost its first Heron-1 rocket 38 "
            "seconds into its debut flight from Andøya Spaceport on Thursday, a setback for "
            "Europe's push to build independent small-launch capacity but one the company and "
            "its investors described as expected for a maiden test.",
            "The rocket began to deviate from its planned path during the early climb and was "
            "destroyed by its flight termination system, the company said. There was no payload"
            " aboard.",
            "Chief executive Ingrid Halvorsen told analysts on a call that the company had "
            "enough cash to build and fly at least two more vehicles and that the second "
            "Heron-1 was already about 70 percent complete.",
            "“The investors we have are people who understand that maiden flights fail more "
            "often than they succeed,” she said. “Nobody on our board expected perfection.”",
            "Nordvik is privately held, but two of its backers are listed on the Oslo stock "
            "exchange. Shares in both closed little changed.",
            "The company raised 640 million Norwegian kroner, or about 55 million euros, in a "
            "funding round last year, according to filings, and is also supported by contracts "
            "under the European Space Agency's launcher programme.",
            "The Heron-1 is designed to lift up to 400 kg to low orbit. Nordvik has said it "
            "hopes to charge less per kilogram than larger rideshare rockets for customers who "
            "want a dedicated launch at a time of their choosing.",
            "Competition is intense. At least five European companies are working on small "
            "launchers, and the European Space Agency has said it will buy launch services from"
            " the most successful of them later in the decade.",
            "Analysts at Fjord Capital said the failure would likely push Nordvik's first "
            "commercial mission into next year but did not change their view of the company's "
            "prospects. “Roughly half of maiden flights of new rockets have failed "
            "historically,” they wrote in a note.",
        ]),
    ], [
        ("weekday",
         r"wednesday|march 12|12 march|2025-03-12",
         r"thursday"),
        ("flight duration",
         r"(?<![\d.])38 ?(s\b|secs?\b|seconds?)|thirty-eight",
         r"(?<![\d.])52 ?(s\b|secs?\b|seconds?)|fifty-two"),
    ]),
    _story("quake-SU1", "earthquake", [
        _art("Andes Wire Service", None, [
            "QUITO (Andes Wire Service) — A magnitude 6.5 earthquake struck off Ecuador's "
            "northern Pacific coast on Sunday afternoon, killing 17 people, injuring more than "
            "300 and damaging hundreds of homes in Esmeraldas province, officials said.",
            "The quake hit at 4:52 p.m. local time (2152 GMT) with its epicentre in the sea "
            "close to the fishing town of Muisne, at a depth of 22 kilometres, according to the"
            " Geophysical Institute of the National Polytechnic School. The U.S. Geological "
            "Survey also put the magnitude at 6.5.",
            "Most of the deaths occurred in Muisne and in the provincial capital Esmeraldas, "
            "where several older buildings and a market roof collapsed, the national risk "
            "management secretariat said. About 1,100 homes were damaged, some 140 of them "
            "beyond repair.",
            "President Daniel Noboa declared a 60-day state of emergency in Esmeraldas and "
            "Manabí provinces and flew to the area on Sunday night. “The state is present, and "
            "no family will be left alone,” he said in a message on social media.",
            "The shaking was felt strongly in Quito and in Guayaquil, the country's largest "
            "city, where people ran into the streets. The navy's oceanographic institute said "
            "there was no risk of a tsunami.",
            "Rescuers with dogs searched the rubble of a collapsed hotel in Muisne through the "
            "night. Electricity was cut across much of the province and was being restored "
            "gradually on Monday, the state power company said.",
            "The country lies above a subduction zone in which the oceanic Nazca plate is "
            "pushed under the South American plate. In April 2016, a magnitude 7.8 earthquake "
            "centred further south near Pedernales killed more than 600 people.",
        ]),
        _art("Pacific Coast Herald", None, [
            "Deadly 6.5 quake rattles Ecuador's coast",
            "By Daniel Ortega Reyes | Herald Staff Writer",
            "A powerful magnitude 6.5 earthquake struck off Ecuador's northern coast Sunday "
            "afternoon, toppling buildings, killing at least 17 people and injuring more than "
            "300, authorities said.",
            "The quake hit at 4:52 p.m. local time, or 2:52 p.m. Pacific time, near the small "
            "coastal town of Muisne in Esmeraldas province. Ecuador's Geophysical Institute "
            "said it was centered offshore at a depth of about 35 kilometers, a relatively "
            "shallow depth that tends to produce stronger shaking at the surface. The U.S. "
            "Geological Survey put the magnitude at 6.5 as well.",
            "Video shared on social media showed a church bell tower crumbling in Esmeraldas "
            "city and fishing boats rocking in the harbor as residents fled toward higher "
            "ground, fearing a tsunami. Ecuador's navy quickly said no tsunami was expected.",
            "The State Department said it was not aware of any U.S. citizens among the victims."
            " Several Southern California groups with ties to Ecuador said they were collecting"
            " donations of water, tarps and medicine.",
            "“My mother called me crying. The whole house moved like a boat,” said Carla "
            "Quiñónez, a nurse in Inglewood whose family lives in Esmeraldas. “They are "
            "sleeping outside tonight because they are afraid of the aftershocks.”",
            "Ecuador lies along a boundary where the Nazca plate of the Pacific Ocean floor "
            "pushes beneath the South American continent by a few inches each year. The same "
            "fault zone produced a magnitude 7.8 earthquake in 2016 that devastated the coastal"
            " town of Pedernales.",
            "President Daniel Noboa declared a state of emergency in the affected provinces, "
            "freeing up funds for rescue work and reconstruction.",
            "Advertisement",
            "Seismologists said aftershocks were likely to continue for days and could damage "
            "buildings already weakened by Sunday's quake.",
        ]),
        _art("Guayaquil Today", None, [
            "Earthquake in Esmeraldas: what we know",
            "Guayaquil Today newsroom",
            "Twelve people died and dozens of buildings collapsed after the magnitude 6.5 "
            "earthquake that shook the coast of Esmeraldas on Sunday at 4:52pm, according to "
            "the national risk management secretariat.",
            "The epicentre was located offshore near Muisne, at a depth of 22 km, the "
            "Geophysical Institute reported. The tremor was also felt here in Guayaquil, more "
            "than 300 km to the south, where residents of tall buildings in the city centre "
            "hurried down the stairs and gathered on the Malecón.",
            "No serious damage was reported in Guayaquil. The municipality said engineers "
            "inspected two bridges and several schools as a precaution, and classes would go "
            "ahead normally on Monday.",
            "In Esmeraldas province, the picture was very different. Residents of Muisne, a "
            "town of narrow streets and wooden houses on an island at the mouth of a river, "
            "described walls falling in seconds. “I was cooking and suddenly everything was on "
            "the floor. We ran to the beach road,” said fisherman Wilson Cortez.",
            "President Daniel Noboa declared a state of emergency for 60 days in Esmeraldas and"
            " Manabí. The government said soldiers, firefighters and Red Cross teams had been "
            "sent from Quito and Guayaquil, and the navy was using boats to reach communities "
            "cut off by landslides on the coast road.",
            "How to help: The Ecuadorian Red Cross is accepting donations of bottled water, "
            "non-perishable food and hygiene kits at its offices in Guayaquil.",
            "What to do in an aftershock: stay away from windows, protect your head, and do not"
            " use lifts. Authorities ask residents not to spread unverified messages about new "
            "earthquakes or tsunamis.",
            "Share this article",
        ]),
        _art("Global Disaster Monitor", None, [
            "M6.5 earthquake, coastal Ecuador, 3 August 2025 – situation summary",
            "Event: A magnitude 6.5 earthquake occurred at 21:52 UTC on Sunday off the coast of"
            " Esmeraldas province, north-western Ecuador. The epicentre was placed offshore "
            "near Atacames, at a depth of 22 km (14 miles), by Ecuador's Geophysical Institute "
            "(IG-EPN). The USGS reports the same magnitude.",
            "Impact: National authorities report 17 deaths and more than 300 people injured. "
            "Damage is concentrated in coastal towns of Esmeraldas province and in the "
            "provincial capital. Landslides have blocked sections of the coastal highway, and "
            "power and water supplies are disrupted in several districts.",
            "Tectonic setting: The earthquake occurred on or near the subduction interface "
            "between the Nazca and South American plates. This margin has hosted several large "
            "earthquakes over the past century, including a magnitude 8.8 event in 1906 and the"
            " magnitude 7.8 Pedernales earthquake of April 2016, which ruptured a segment to "
            "the south of Sunday's event.",
            "Aftershocks: More than 40 aftershocks had been recorded by Monday morning, the "
            "largest of magnitude 5.1. Shallow aftershocks of this size can cause further "
            "damage to structures already weakened by the main shock.",
            "Tsunami: The navy's Oceanographic Institute (INOCAR) ruled out a tsunami threat "
            "shortly after the event. Small sea-level fluctuations were not reported at coastal"
            " tide gauges.",
            "Response: A 60-day state of emergency covers Esmeraldas and Manabí provinces. "
            "Search and rescue teams are working in collapsed structures, and shelters have "
            "been opened in schools and sports halls. The government has not yet requested "
            "international assistance.",
            "Outlook: Heavy rain is not forecast for the coming days, which reduces the risk of"
            " further landslides. Needs are expected to include emergency shelter, clean water "
            "and repairs to health facilities.",
            "This summary will be updated as more information becomes available.",
        ]),
    ], [
        ("death toll",
         r"(?<![\d.])17(?![\d.])|seventeen",
         r"(?<![\d.])12(?![\d.])|twelve"),
        ("epicentre town",
         r"muisne",
         r"atacames"),
        ("depth",
         r"(?<![\d.])22 ?(km|kilomet)|(?<![\d.])14 ?mi",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi"),
    ]),
    _story("quake-SU2", "earthquake", [
        _art("Kanto Daily News", "2025-10-21", [
            "M6.1 quake off Iwate injures 23, brief tsunami advisory issued",
            "A magnitude 6.1 earthquake struck off the Pacific coast of Iwate Prefecture at "
            "5:47 a.m. Tuesday, injuring 23 people and prompting a tsunami advisory for parts "
            "of the Tohoku region, the Japan Meteorological Agency said.",
            "The quake, centered at a depth of 40 kilometers, registered upper 5 on Japan's "
            "seismic intensity scale to 7 in the city of Miyako. Lower 5 was observed in "
            "several other municipalities in Iwate and in southern Aomori Prefecture.",
            "The agency issued a tsunami advisory for the coasts of Iwate and Aomori "
            "prefectures. A wave of 20 centimeters was observed at Kuji port, and the advisory "
            "was lifted at 8:30 a.m.",
            "According to the Fire and Disaster Management Agency, most of those injured were "
            "hurt by falling furniture or fell while evacuating. None of the injuries was life-"
            "threatening.",
            "At a press conference, Chief Cabinet Secretary Kenji Morita said no abnormalities "
            "had been found at the Onagawa nuclear power plant in Miyagi Prefecture or the "
            "Higashidori plant in Aomori Prefecture. “We will do everything possible to "
            "understand the damage and support those affected,” he said.",
            "East Japan Railway Co. suspended Tohoku Shinkansen services between Sendai and "
            "Shin-Aomori stations for about three hours while tracks were inspected. Some 9,000"
            " households in Iwate lost power, according to Tohoku Electric Power Co.",
            "The meteorological agency said at least 18 aftershocks had been recorded by noon "
            "and warned that an earthquake of similar strength could occur over the next week "
            "or so.",
            "The area was among those hit hardest by the magnitude 9.0 earthquake and tsunami "
            "of March 2011, which left more than 18,000 people dead or missing. Many residents "
            "of Miyako said they evacuated to higher ground out of habit. “After 2011, the body"
            " moves on its own,” said a 72-year-old woman at an evacuation center.",
        ]),
        _art("Pacific Rim Wire", "2025-10-21", [
            "TOKYO, Oct 21 (Pacific Rim Wire) — A magnitude 6.1 earthquake shook north-eastern "
            "Japan early on Tuesday, injuring 32 people and briefly triggering a tsunami "
            "advisory, but no major damage was reported at nuclear plants, the government said.",
            "The quake struck at 5:47 a.m. (2047 GMT Monday) off the coast of Iwate prefecture "
            "at a depth of 40 km (25 miles), the Japan Meteorological Agency (JMA) said.",
            "Chief Cabinet Secretary Kenji Morita told reporters there were no irregularities "
            "at nuclear power plants in the region. “We will make every effort to grasp the "
            "extent of the damage and to support those affected,” he said.",
            "A tsunami advisory for the Iwate and Aomori coasts was lifted later in the "
            "morning. Waves of 20 cm were recorded.",
            "Japan sits at the junction of four tectonic plates and experiences about a fifth "
            "of the world's most powerful earthquakes.",
            "The yen was little changed against the dollar in early Tokyo trade, and Nikkei "
            "share average futures were steady. Shares of Tohoku Electric Power were flat at "
            "the open.",
            "Toyota Motor Corp said it had halted one production line at a plant in Iwate for "
            "inspections but expected to resume operations later in the day.",
            "Tohoku, the north-eastern region of Japan's main island of Honshu, was devastated "
            "by a 9.0-magnitude quake and tsunami in March 2011 that triggered meltdowns at the"
            " Fukushima Daiichi nuclear power station.",
            "The JMA said residents should remain alert for aftershocks of similar strength "
            "over the coming days.",
            "(Reporting by Aya Tanaka; Editing by Peter Blount)",
        ]),
        _art("The Northern Chronicle", "2025-10-21", [
            "Japan earthquake: strong quake off Iwate coast sparks tsunami alert",
            "File photo: Fishing boats in Miyako harbour, Iwate Prefecture",
            "A strong earthquake has struck off the north-east coast of Japan, injuring 23 "
            "people and prompting a brief tsunami alert for parts of the coastline.",
            "The magnitude 6.1 tremor hit at 21:17 GMT on Monday, in the early hours of Tuesday"
            " morning local time, the Japan Meteorological Agency said. It was centred under "
            "the sea off Iwate prefecture, about 25 miles beneath the seabed.",
            "Residents in the coastal city of Miyako described furniture toppling and windows "
            "rattling. Footage broadcast on Japanese television showed shelves emptied in a "
            "convenience store and a road cracked near a harbour.",
            "The meteorological agency issued a tsunami advisory, its lowest level of tsunami "
            "alert, for the coasts of Iwate and Aomori. A wave of 20cm was recorded at one port"
            " before the advisory was lifted.",
            "Japan's Chief Cabinet Secretary, Kenji Morita, said no problems had been detected "
            "at nuclear plants in the area.",
            "The Foreign, Commonwealth and Development Office said it was in contact with "
            "Japanese authorities and was not aware of any British nationals among the injured."
            " British travellers in the region were advised to follow local instructions.",
            "The region is still rebuilding from the magnitude 9.0 earthquake and tsunami of "
            "March 2011, which left more than 18,000 people dead or missing and caused a "
            "nuclear disaster at Fukushima.",
            "Japan records roughly a fifth of the world's strongest quakes. Strict building "
            "codes mean that quakes of this size rarely cause major damage.",
            "Related Topics: Japan, Earthquakes",
        ]),
        _art("QuakeWatch Asia", "2025-10-22", [
            "Iwate offshore M6.1: aftershock count climbs to 41",
            "Posted by the QuakeWatch Asia team",
            "Update, Wednesday morning: The Japan Meteorological Agency had recorded 41 "
            "aftershocks by 9 a.m. JST on Wednesday following Tuesday's M6.1 event off Iwate. "
            "The largest so far was M4.8, felt at intensity 3 in Miyako.",
            "Recap: The main shock occurred at 20:47 UTC on 20 October, which was 05:47 JST on "
            "21 October. JMA placed the hypocentre at 40 km depth off the Iwate coast. Maximum "
            "intensity was upper 5 in Miyako. A tsunami advisory for Iwate and Aomori was "
            "issued and later lifted after a 20 cm wave at Kuji.",
            "Injuries: The Fire and Disaster Management Agency reported 23 people injured, all "
            "non-life-threatening. No deaths have been reported.",
            "Defence Minister Kenji Morita said on Tuesday that no abnormalities had been found"
            " at nearby nuclear facilities.",
            "Mechanism: Preliminary moment tensor solutions show thrust faulting, consistent "
            "with slip on the boundary where the Pacific plate subducts beneath northern "
            "Honshu. The location lies within the northern part of the area that ruptured in "
            "the 2011 Tohoku-oki earthquake, and events of this size there are not unusual.",
            "Advisories: JMA continues to advise caution for about a week. It has not issued a "
            "Hokkaido/Sanriku-oki subsequent earthquake advisory, which is reserved for events "
            "of magnitude 7 or larger in that zone.",
            "Local officials in Miyako reported minor damage to a seawall and several older "
            "wooden houses, and a few roads along the coast were briefly closed for inspection.",
            "Aftershock rates typically decay over days to weeks; a larger earthquake remains "
            "possible but is less likely than not. We will post further updates if a "
            "significant aftershock occurs.",
        ]),
    ], [
        ("clock time",
         r"0?5:47|20:?47",
         r"21:?17"),
        ("injured count",
         r"(?<![\d.])23(?![\d.])|twenty-three",
         r"(?<![\d.])32(?![\d.])|thirty-two"),
        ("title",
         r"chief cabinet secretary",
         r"defen[cs]e minister"),
    ]),
    _story("election-SU1", "election", [
        _art("Brazil Wire", None, [
            "SÃO PAULO (Brazil Wire) — Centre-right candidate Helena Marques won the run-off "
            "for mayor of Campinas on Sunday, defeating Workers' Party (PT) congressman Rodrigo"
            " Tavares in one of the most closely watched municipal races in São Paulo state.",
            "With all ballots counted, Marques, of the Social Democratic Party (PSD), had 54.6%"
            " of valid votes against 45.4% for Tavares, a margin of 9.2 percentage points, "
            "according to the Superior Electoral Court (TSE). Turnout was 71.3%.",
            "Marques, 51, a physician and former municipal health secretary, had the backing of"
            " outgoing mayor Paulo Bertoni, who was barred from seeking a third consecutive "
            "term. She will take office on Jan. 1.",
            "“I will be the mayor of all of Campinas, of those who voted for me and of those "
            "who did not,” Marques told supporters at a hotel in the city centre, where the "
            "crowd chanted her name.",
            "Tavares conceded shortly after the result became clear. “The city has spoken, and "
            "we respect its voice. We will be a firm and honest opposition,” he said.",
            "Campinas, a technology and university hub of about 1.1 million people around 100 "
            "km north-west of São Paulo, is seen by both camps as a test of strength ahead of "
            "the 2026 state and national elections.",
            "Marques led the first round on Oct. 6 with 38.2% to Tavares' 31.5%. Third-placed "
            "Júlio Andrade of the Novo party, who took 17.4%, endorsed Marques for the second "
            "round.",
            "Run-offs were held in 51 cities across Brazil on Sunday. The PT won in four state "
            "capitals, fewer than party leaders had hoped, while centre-right parties made "
            "gains in the southeast.",
            "Analysts said Marques benefited from the popularity of the outgoing administration"
            " and from voters' concerns about public safety and waiting times in the health "
            "system, themes she stressed throughout the campaign.",
        ]),
        _art("South American Observer", None, [
            "Campinas elects Helena Marques as mayor in blow to Workers' Party",
            "By Thomas Whitfield, Brazil Correspondent",
            "Voters in Campinas, one of Brazil's most prosperous cities, handed the mayoralty "
            "to the centre-right on Sunday, rejecting the left-wing challenger backed by "
            "President Luiz Inácio Lula da Silva.",
            "Helena Marques, a doctor who ran the city's health department until last year, won"
            " 56.4 per cent of the valid votes in the run-off, according to the electoral "
            "authorities. Her opponent, Rodrigo Tavares of the Workers' Party, had campaigned "
            "with Lula at his side in the final week.",
            "Turnout was 71.3 per cent. Voting is compulsory in Brazil for citizens aged 18 to "
            "70, but fines for abstaining are small and many voters choose to stay away, "
            "particularly in second rounds.",
            "The result is a setback for the Workers' Party, which had hoped that Campinas, an "
            "industrial and university city some 60 miles from São Paulo, would show its "
            "strength in the state ahead of the 2026 general election.",
            "“The city has spoken and we respect what it has said. We will be a firm, honest "
            "opposition,” Tavares said in a brief speech to supporters.",
            "Ms Marques, who was backed by the outgoing mayor, Paulo Bertoni, promised to cut "
            "queues for specialist appointments in public clinics and to put more municipal "
            "guards on the streets. She also pledged to govern “for everybody in Campinas, "
            "including those who did not vote for me”.",
            "Across Brazil, the centre and right strengthened their grip on city halls in this "
            "year's municipal elections, continuing a trend that began in the first round three"
            " weeks ago. The PT, which governs nationally, holds few large cities in the "
            "southeast.",
            "Political scientists cautioned against reading local results as a verdict on Lula,"
            " noting that municipal races in Brazil often turn on local issues and personal "
            "reputations.",
            "Ms Marques will take office on 1 January.",
        ]),
        _art("Metro Politics Blog", None, [
            "Campinas run-off: the numbers behind Marques' win",
            "Helena Marques (PSD) is Campinas' next mayor. She took 54.6% of valid votes to "
            "Rodrigo Tavares' 45.4%, a gap of nearly 70,000 votes. A few quick observations "
            "from the results released by the TSE.",
            "1. Turnout held up. 76.1% of registered voters cast a ballot, a strong figure for "
            "a second round, when abstention usually rises. Both campaigns invested heavily in "
            "getting their voters to the polls with free transport on election day.",
            "2. The first-round math worked for her. Marques finished first on Oct. 6 with "
            "38.2%, Tavares second with 31.5%. Novo's Júlio Andrade (17.4%) endorsed Marques, "
            "and the run-off result suggests that most of his voters followed.",
            "3. Geography. Tavares won the working-class districts in the south-west of the "
            "city, around the airport road, by comfortable margins. Marques won the centre, the"
            " northern neighbourhoods around the universities, and the fast-growing condominium"
            " districts in the east.",
            "4. Blank and null votes were low. Voters were clearly motivated by a polarised "
            "race, and few chose to annul their ballots.",
            "What's next: Marques takes office on Jan. 1 with a city council where parties "
            "supporting her won 19 of the 33 seats in the first round, which should give her a "
            "comfortable working majority.",
            "For the PT, losing a city of about 1.1 million people that it had targeted as a "
            "priority is a blow. The party will look at whether Tavares' close association with"
            " the national government helped or hurt him in a region where Lula has "
            "historically struggled.",
            "For 2026: the centre-right will read this as confirmation that it remains "
            "competitive in the interior of São Paulo state. But municipal races are not "
            "national ones, and local factors, including the outgoing mayor's approval ratings,"
            " mattered a lot here.",
            "Filed under: Brazil, Municipal elections, Campinas",
        ]),
        _art("Campinas Hoje English Edition", None, [
            "Marques wins second round and will be Campinas' first woman mayor",
            "Helena Marques (PSD) was elected mayor of Campinas this Sunday with 412,870 votes,"
            " or 54.6% of valid votes. Rodrigo Tavares (PT) received 343,277 votes, or 45.4%. "
            "Abstention reached 28.7% of the electorate.",
            "Marques will be the first woman to govern the city. The result was confirmed by "
            "the electoral court a little over two hours after polls closed at 5 p.m.",
            "At the PT's headquarters on Avenida Francisco Glicério, the mood was quiet. "
            "Shortly after the result, the party's municipal president, Marta Coelho, spoke to "
            "activists: “The city has spoken, and we respect its voice. We will be a firm and "
            "honest opposition.” Tavares phoned Marques to congratulate her, his campaign said.",
            "At the PSD celebration, Marques thanked her family, her campaign team and outgoing"
            " mayor Paulo Bertoni. She promised to announce her transition team this week. “I "
            "will be mayor for all of Campinas, for those who voted for me and for those who "
            "did not,” she said.",
            "Among her main promises are the construction of two new emergency care units, the "
            "hiring of 300 municipal guards and a review of bus fares.",
            "Marques' running mate, businessman Otávio Lemos, will be vice mayor. Lemos ran the"
            " city's commercial association for eight years.",
            "Tavares, a federal deputy, returns to the Chamber of Deputies in Brasília, where "
            "his term runs until early 2027.",
            "The new mayor, vice mayor and the 33 city councillors elected in the first round "
            "take office on 1 January 2025.",
            "Read also: Who are the 33 councillors elected in Campinas",
            "Advertisement",
        ]),
    ], [
        ("vote share",
         r"54[.,]6",
         r"56[.,]4"),
        ("turnout",
         r"71[.,]3",
         r"76[.,]1"),
        ("quote speaker",
         r"tavares",
         r"coelho"),
    ]),
    _story("election-SU2", "election", [
        _art("Atlantic Canada Press", "2025-10-06", [
            "CHARLOTTETOWN (ACP) — Prince Edward Island's Progressive Conservatives won a third"
            " straight term on Monday, but with a reduced majority as the Liberals doubled "
            "their seat count.",
            "With all polls reporting, the Tories were elected or leading in 17 of the "
            "legislature's 27 seats, comfortably above the 14 needed for a majority. The "
            "Liberals under Sarah Doucette were elected or leading in six, and the Greens took "
            "four.",
            "The PCs won 22 seats in the 2023 election.",
            "“Islanders have given us their trust again, and we won't take that for granted,” "
            "Premier Gordon Ashby told cheering supporters at a Charlottetown hotel shortly "
            "after 9 p.m.",
            "The Conservatives took about 48 per cent of the popular vote, with the Liberals "
            "near 29 per cent and the Greens around 19 per cent, according to preliminary "
            "results from Elections PEI.",
            "The closest race of the night was in Charlottetown-Belvedere, where Liberal Anne "
            "Gallant led Progressive Conservative incumbent Mark Hennessey by 12 votes with all"
            " polls counted. Mail-in ballots are to be counted Tuesday.",
            "Green Leader Karen Lowther held her own seat and her party doubled its "
            "representation, from two seats to four, despite a dip in its share of the vote.",
            "Ashby, who became premier in 2024, ran on the province's strong population growth "
            "and a promise to build 4,000 new homes over four years. Doucette focused on long "
            "waits for family doctors and emergency room closures.",
            "Polls closed at 7 p.m. local time, or 6 p.m. Eastern. Results came in quickly, and"
            " media declared a Conservative majority within the hour.",
            "It was the first PEI election held under the province's fixed-date law since the "
            "legislature moved the vote to the fall.",
        ]),
        _art("Island Guardian Online", "2025-10-07", [
            "Gallant holds Charlottetown-Belvedere by 19 votes as final count wraps up",
            "By Jenna Arsenault",
            "Liberal Anne Gallant has won Charlottetown-Belvedere by 19 votes after mail-in "
            "ballots were counted Tuesday, Elections PEI said, confirming the final seat count "
            "from Monday's provincial election.",
            "Gallant had led PC incumbent Mark Hennessey by a dozen votes on election night. "
            "Hennessey said he would not seek a judicial recount. “The voters have decided, and"
            " I congratulate Anne,” he said.",
            "The final result leaves the Progressive Conservatives with 17 seats, the Liberals "
            "with six and the Greens with four in the 27-seat legislature.",
            "Final figures from the province's elections agency put the PCs at 48.2 per cent of"
            " the popular vote, down from 55.9 per cent in 2023. The Liberals rose to 28.9 per "
            "cent from 17.2 per cent, while the Greens slipped to 19.1 per cent from 21.6 per "
            "cent. The NDP took 2.6 per cent.",
            "Turnout was 64.8 per cent, down from 68.5 per cent two and a half years ago. "
            "Officials said it was the lowest turnout for a PEI general election in decades, "
            "though still high by national standards.",
            "Premier Gordon Ashby, speaking to reporters in Charlottetown on Tuesday morning, "
            "repeated his election-night message. “Islanders have trusted us again. We are not "
            "going to take that for granted,” he said. He said his cabinet would be sworn in "
            "within two weeks.",
            "Liberal Leader Sarah Doucette, who will lead the Official Opposition, said her "
            "caucus would hold the government to account on health care. “Six seats is a "
            "foundation. We are going to build on it,” she said.",
            "The new legislature is expected to sit for the first time in November.",
            "Share on Facebook",
        ]),
        _art("Maple Public Radio", "2025-10-07", [
            "PEI election: what the results tell us",
            "Prince Edward Island voters re-elected Premier Gordon Ashby's Progressive "
            "Conservatives on Monday, but the results point to a more competitive political "
            "landscape than at the last election in 2023.",
            "The PCs won 17 of 27 seats, five fewer than in 2023. Their share of the popular "
            "vote fell almost eight percentage points, to 48.2 per cent. The Liberals gained "
            "the most, rising nearly 12 points to 28.9 per cent and winning six seats, double "
            "their previous total.",
            "The Greens, led by Karen Lowther, won four seats with 19.1 per cent of the vote. "
            "The party has been a significant force on the Island since 2019, when it briefly "
            "formed the Official Opposition.",
            "The last seat to be decided, Charlottetown-Belvedere, went to Liberal Anne Gallant"
            " by 19 votes after mail-in ballots were counted on Tuesday.",
            "Voter turnout was nearly 65 per cent, according to Elections PEI. That is high "
            "compared with provincial elections elsewhere in Canada, but lower than the "
            "Island's historical average of more than 75 per cent.",
            "Political scientist Don Desserud of the University of Prince Edward Island said "
            "health care was the dominant issue. “People are frustrated with waiting times, and"
            " the Liberals gave them somewhere to put that frustration,” he said.",
            "Liberal Leader Sarah Doucette said on Tuesday that her party had been “written off"
            " after the last election” and was now back as the Official Opposition.",
            "Ashby told supporters on election night that Islanders had given his government "
            "their trust again and that he would not take it for granted. He has promised to "
            "name his new cabinet within two weeks.",
            "Photo: Premier Gordon Ashby speaks to supporters in Charlottetown on election "
            "night. (Maple Public Radio)",
        ]),
    ], [
    ]),
]
