"""Part SI of the story battery.

Written by engineer SI1 on 2026-12-06 (thirteenth session, second batch) without reading
Storyline's rules or other parts, before any run. Scored with
`bench/bench_story_battery.py SI`.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SI", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SI1", "trade", [
        _art("Nordic Wire Service", "2025-07-29", [
            "US, China agree to seek extension of tariff truce after Stockholm talks",
            "STOCKHOLM, July 29 (Nordic Wire Service) — Negotiators from the United States and "
            "China wrapped up two days of talks in the Swedish capital on Tuesday with an "
            "agreement to work towards extending their 90-day tariff truce, although US officials "
            "stressed that the final call belonged to President Donald Trump.",
            "The pause, struck in Geneva in May, is due to expire on August 12. Without an "
            "extension, US duties on Chinese imports could snap back towards the levels seen in "
            "April, when they briefly reached 145%, and Beijing's retaliatory tariffs could "
            "return to 125%.",
            "Treasury Secretary Scott Bessent and US Trade Representative Jamieson Greer met "
            "Chinese Vice Premier He Lifeng at Rosenbad, the Swedish government's offices in "
            "central Stockholm, for about five hours on Tuesday, following a lengthy opening "
            "session on Monday.",
            "\"The meetings were very constructive,\" Bessent told reporters at a news conference "
            "that began at 18:30 CEST. \"We just haven't given the sign-off. Nothing is agreed "
            "until we speak with President Trump.\"",
            "Greer said the two sides were \"not quite there yet, but we are very close\" on the "
            "extension, adding that technical teams would keep talking by video link in the "
            "coming days.",
            "China's commerce ministry said in a statement that the delegations had held "
            "\"candid, in-depth and constructive exchanges\" and would continue to push for the "
            "suspended portion of the tariffs to stay suspended.",
            "Under the current arrangement, an additional 30% US tariff applies to most Chinese "
            "goods, including a 20% levy that Washington ties to fentanyl trafficking, while "
            "China applies a 10% duty to American products.",
            "The Stockholm meeting was the third round since May, after sessions in Geneva and "
            "London. Issues on the table included Chinese exports of rare earth magnets, US "
            "export controls on advanced chips, and China's purchases of Russian and Iranian oil, "
            "which Bessent said Washington would keep raising.",
            "The US goods trade deficit with China stood at about $295 billion last year, "
            "according to Census Bureau data, and has narrowed this year as tariffs squeezed "
            "shipments.",
            "Market reaction was muted. The offshore yuan was little changed in late Asian "
            "trading, and traders said an extension had largely been expected.",
            "Bessent is due to brief Trump after returning to Washington on Wednesday.",
            "(Reporting by Nordic Wire Service staff; editing by Karl Ostberg)",
        ]),
        _art("The Dublin Ledger", "2025-07-30", [
            "Trade truce extension 'very close' after Stockholm round | The Dublin Ledger",
            "By Aoife Brennan, Economics Correspondent",
            "Washington and Beijing are edging towards a further pause in their tariff war after "
            "two days of negotiations in Stockholm ended without a formal deal but with both "
            "sides signalling that another 90-day extension is likely.",
            "The existing truce, brokered in Geneva in May, runs out on 12 August. Officials on "
            "both sides said they would recommend that it be rolled over, although the American "
            "delegation, led by Treasury Secretary Scott Bessent, made clear that President "
            "Donald Trump would have the last word.",
            "\"We are not quite there yet,\" US Trade Representative Jamieson Greer told "
            "journalists in the Swedish capital. \"But we're very close.\"",
            "The Chinese side was led by Vice Premier He Lifeng, Beijing's chief economic "
            "negotiator, who has now faced Mr Bessent across the table in all three rounds so "
            "far: Geneva, London and Stockholm.",
            "Mr Bessent, speaking at a press conference that got under way at 12.30pm Eastern "
            "Time (5.30pm Irish time), described the meetings as \"very constructive\" but "
            "cautioned that \"nothing is agreed until we speak with the President\".",
            "Advertisement",
            "Under the truce, US levies on Chinese goods stand at 30 per cent, down from a peak "
            "of 145 per cent in April, while China's retaliatory tariff on American imports is 10 "
            "per cent.",
            "For Irish exporters, the US-China dispute matters less directly than Washington's "
            "separate arrangement with the European Union, agreed on Sunday in Scotland, which "
            "sets a 15 per cent ceiling on most EU goods entering the United States. "
            "Pharmaceutical firms with large Irish operations are still waiting for detail on how "
            "that ceiling will apply to them.",
            "Economists at Liffey Capital said in a note to clients that a collapse of the "
            "US-China truce was \"a tail risk rather than a base case\", but warned that the "
            "longer the uncertainty dragged on, the more global supply chains would be rerouted.",
            "Among the thornier issues in Stockholm were China's purchases of Russian and Iranian "
            "oil, which Washington has threatened to penalise with secondary tariffs, and "
            "Beijing's licensing regime for exports of rare earths, which Western manufacturers "
            "say remains slow and opaque.",
            "China's commerce ministry described the talks as \"candid and in-depth\".",
            "Mr Bessent was expected to brief Mr Trump later this week.",
            "Related coverage: EU-US deal: what the 15% tariff ceiling means for Irish jobs",
        ]),
        _art("Main Street Markets Blog", "2025-07-29", [
            "Skip to content",
            "Stockholm talks: truce likely extended, but Trump holds the pen - Main Street Markets",
            "Posted by Dan Whitcomb",
            "If you were hoping for a grand bargain out of Stockholm, temper your expectations. "
            "What came out of two days of US-China negotiations in the Swedish capital is, at "
            "best, more time.",
            "Here's the short version. Treasury Secretary Scott Bessent, USTR Jamieson Greer and "
            "Chinese Vice Premier He Lifeng agreed to go back to their bosses and recommend "
            "another 90 days of the tariff pause that began after the Geneva meeting in May. The "
            "current pause runs out on August 14.",
            "Tuesday's session alone ran for seven and a half hours, according to a US official, "
            "which tells you something about how hard the two sides are still haggling over the "
            "fine print.",
            "The numbers that matter: the US is charging an extra 30% on most Chinese imports, "
            "and China is charging 10% on American goods. Those are a long way down from the 145% "
            "and 125% we saw in April, when the trade war briefly looked like a trade embargo.",
            "What's at stake if the truce lapses? Start with roughly $295 billion, the US goods "
            "deficit with China in 2024. The two-way flow behind that figure is far larger, and a "
            "lot of it runs through the retailers and component makers our readers own.",
            "Bessent called the talks \"very constructive\" but said nothing had been signed off: "
            "\"We just haven't given the sign-off. Nothing is agreed until we speak with "
            "President Trump.\"",
            "On the Chinese side, trade negotiator Li Chenggang told reporters that both sides "
            "had \"agreed to keep pushing\" for the extension.",
            "Our take: markets have largely priced in a rollover, so the immediate downside from "
            "Stockholm is small. The bigger risk is the laundry list still open: chip export "
            "controls, rare earth magnets, fentanyl, and China's purchases of Russian and Iranian "
            "oil. Any one of those can blow up a truce that, so far, has held mostly because "
            "neither side wants to go back to triple-digit tariffs.",
            "We'll update this post if the White House says anything tonight.",
            "Read more: What the EU's 15% deal means for your portfolio",
            "Share on Facebook | Share on X | Email",
        ]),
        _art("Helvetic Herald", "2025-07-30", [
            "GENEVA — The process that began in Geneva in May took another step forward this "
            "week, as American and Chinese negotiators agreed in Stockholm to press for a further "
            "extension of the tariff truce first agreed on Swiss soil.",
            "File photo: The Rosenbad government building in Stockholm. Courtesy Swedish "
            "Government Offices",
            "The two delegations, headed by US Treasury Secretary Scott Bessent and Chinese "
            "Commerce Minister He Lifeng, met at Rosenbad, the seat of the Swedish government, on "
            "Monday and Tuesday. Tuesday's round lasted roughly five hours.",
            "Neither side announced a deal. Bessent said the final decision on extending the "
            "pause by 90 days rested with President Donald Trump, describing the meetings as "
            "\"very constructive\". The truce is due to lapse in the middle of August unless it "
            "is renewed.",
            "At present, Washington levies an extra 30 percent on most imports from China and "
            "Beijing charges 10 percent on US goods. At the height of the escalation in April the "
            "rates stood at 145 percent and 125 percent respectively.",
            "Switzerland, which hosted the first round at the residence of its ambassador to the "
            "United Nations in Geneva, has followed the process closely. A spokesperson for the "
            "State Secretariat for Economic Affairs (SECO) said Bern welcomed \"every sign that "
            "the two largest economies are keeping the channel open\" and that Switzerland "
            "remained ready to host further meetings if asked.",
            "For Swiss exporters the stakes are indirect but real. Machinery, precision "
            "instruments and chemicals from Switzerland are often built into goods that are "
            "assembled in China and shipped to the United States, so a renewed spiral of tariffs "
            "would hit Swiss order books as well.",
            "Swiss industry is also watching its own negotiations with Washington, which have yet "
            "to produce an agreement comparable to the one the European Union reached at the "
            "weekend.",
            "Economists in Zurich said the Stockholm outcome was in line with expectations. "
            "\"Nobody expected a breakthrough in Sweden,\" said one strategist at a private bank. "
            "\"An extension buys time, and time is what both sides want right now.\"",
            "The US team also included Trade Representative Jamieson Greer, who told reporters "
            "the sides were \"very close\" to agreeing the extension.",
        ]),
    ], [
        ("duration",
         r"(?<![\w.])(five|5) ?(hours?|hrs?|h\b)|300 ?min",
         r"(seven and a half|seven-and-a-half|7\.5|7½) ?(hours?|hrs?|h\b)|\b7 ?(hours?|hrs?|"
         r"h) ?(and )?30|450 ?min"),
        ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
        ("date",
         r"aug(ust)?\.? 12(?!\d)|(?<!\d)12 aug|2025-08-12",
         r"aug(ust)?\.? 14(?!\d)|(?<!\d)14 aug|2025-08-14"),
    ]),
    _story("court-SI2", "court", [
        _art("Grand Duchy Courier", None, [
            "EU top court revives part of Veltrix antitrust fine",
            "By Claire Weber",
            "The Court of Justice of the European Union on Thursday reinstated part of the "
            "European Commission's competition fine against Dutch chipmaker Veltrix "
            "Semiconductors, ordering the company to pay €376 million and ending a legal fight "
            "that began more than six years ago.",
            "Sitting as a Grand Chamber of 15 judges, the Luxembourg court set aside a 2023 "
            "ruling by the EU's General Court, which had annulled the Commission's original "
            "penalty of €1.06 billion in its entirety.",
            "The judges found that the General Court had been wrong to throw out the whole "
            "decision. Rebates that Veltrix paid to two large PC makers on condition that they "
            "source almost all of their processors from it had been correctly classed as an abuse "
            "of a dominant position, the court said. However, it agreed that the Commission had "
            "not proved its case on a second set of payments, and cut the fine accordingly.",
            "The judgment, delivered on 4 December, departs from the opinion of Advocate General "
            "Tomasz Wierzbicki, who had advised the court in March to dismiss the Commission's "
            "appeal.",
            "\"Today's judgment confirms that dominant companies cannot buy their way out of "
            "competition,\" said Commission spokeswoman Arianna Podestà. \"The rebate system at "
            "the heart of this case shut rivals out of the market for years.\"",
            "Veltrix, which is headquartered in Eindhoven, said it was \"disappointed\" and was "
            "studying the 58-page ruling. There is no further appeal against a judgment of the "
            "Court of Justice.",
            "The Commission had accused Veltrix of granting the conditional rebates between 2009 "
            "and 2017. The case was one of a series brought in the last decade against technology "
            "companies over loyalty discounts, and lawyers in Luxembourg said the ruling would be "
            "read closely by firms negotiating exclusive supply deals.",
            "\"The court has drawn a line,\" said Marc Hoffmann, a competition lawyer at a "
            "Luxembourg firm. \"Conditional rebates by a dominant supplier are not automatically "
            "unlawful, but if the Commission does the economic work, they will be caught.\"",
            "The fine goes into the EU's general budget, reducing the contributions that member "
            "states pay.",
        ]),
        _art("EU Law Monitor", None, [
            "Veltrix (C-214/24 P): Court of Justice partly restores €1.06bn rebate fine - EU Law "
            "Monitor",
            "Case note",
            "In a judgment handed down on Thursday, the Court of Justice has allowed the "
            "Commission's appeal in Veltrix in part, set aside the General Court's 2023 judgment, "
            "and, giving final judgment itself, imposed a fine of €376m on the Eindhoven-based "
            "chipmaker.",
            "The background is familiar. In 2019 the Commission found that Veltrix Semiconductors "
            "had abused its dominant position in the market for PC processors by granting rebates "
            "conditional on near-exclusive purchasing, and imposed a fine of €1.06bn. The General "
            "Court annulled the decision in full in 2023, holding that the Commission's "
            "as-efficient-competitor analysis was flawed.",
            "The Grand Chamber, composed of 13 judges, took a different view of part of that "
            "analysis. It held that the General Court had erred in law in treating a defect in "
            "the assessment of one group of rebates as fatal to the entire decision. For the "
            "rebates granted to two original equipment manufacturers, the Commission's findings "
            "stand.",
            "For a third customer the Court agreed with the General Court: the evidence of "
            "exclusivity was too thin. The fine has been recalculated on that narrower basis.",
            "Three points stand out.",
            "First, the Court did not follow Advocate General Wierzbicki, whose March opinion "
            "proposed dismissing the appeal outright. Departures of this kind remain unusual in "
            "competition cases.",
            "Second, the judgment confirms that the General Court must examine severable parts of "
            "a decision separately rather than annul it wholesale.",
            "Third, the Commission gets a win but not the win it wanted. The new figure is "
            "roughly a third of the original penalty.",
            "Commission spokeswoman Arianna Podestà said the judgment \"confirms that dominant "
            "companies cannot buy their way out of competition\". Veltrix said it was "
            "disappointed.",
            "The case is final; no further appeal lies against a Court of Justice judgment. "
            "Expect the reasoning on severability to be cited in the pending rebate appeals "
            "before the General Court.",
            "Tags: Article 102 TFEU, rebates, Grand Chamber, fines",
        ]),
        _art("Amsterdam Business Daily", None, [
            "Veltrix shares slip as EU court restores fine",
            "Shares in Veltrix Semiconductors fell almost 2 percent in Amsterdam on Thursday "
            "after the European Union's highest court ruled that the chipmaker must pay a fine of "
            "€412 million for abusing its market power, partly overturning a 2023 victory for the "
            "company.",
            "The Court of Justice of the European Union, sitting in Luxembourg as a Grand Chamber "
            "of 15 judges, found that Veltrix had illegally used loyalty rebates to keep rivals "
            "out of the market for computer processors.",
            "The ruling is a partial comeback for the European Commission, which in 2019 fined "
            "the Eindhoven company €1.06 billion. The General Court, the EU's second-highest "
            "court, scrapped that fine in 2023, a decision that was hailed at the time as a "
            "landmark defeat for Brussels' competition enforcers.",
            "\"Today's judgment confirms that dominant companies cannot buy their way out of "
            "competition,\" Commission spokeswoman Arianna Podestà said in Brussels.",
            "Veltrix said in a short statement that it was disappointed with the outcome and "
            "would study the judgment. The company employs around 9,000 people worldwide, about a "
            "third of them in the Netherlands, and had set aside a provision for the case in its "
            "accounts.",
            "Analysts said the financial impact was manageable. \"The amount is well below the "
            "worst case,\" said Sanne de Groot, an analyst at an Amsterdam brokerage. \"What "
            "matters more is that the court has given the Commission a path to go after rebate "
            "schemes again.\"",
            "The judgment cannot be appealed.",
            "Veltrix reports full-year results in February.",
        ]),
        _art("Atlantic Newswire", None, [
            "LUXEMBOURG (Atlantic Newswire) — Europe's top court on Thursday ordered Dutch "
            "chipmaker Veltrix Semiconductors to pay a €376 million ($438 million) antitrust "
            "fine, partially reinstating a penalty that a lower court had scrapped two years ago.",
            "The Court of Justice of the European Union said Veltrix had abused its dominance of "
            "the PC processor market by offering rebates to computer makers that agreed to buy "
            "almost all their chips from it, a practice the European Commission first penalized "
            "in 2019 with a fine of €1.06 billion.",
            "The lower General Court annulled that decision in full in 2023. On appeal, the Court "
            "of Justice found that the lower court had gone too far and restored the Commission's "
            "findings for two of the three customers concerned, while reducing the fine.",
            "The ruling is final.",
            "\"Today's ruling shows that dominant firms cannot buy their way out of "
            "competition,\" Commission spokesman Johan Vermeulen told reporters.",
            "Veltrix, based in Eindhoven, said it was \"disappointed\" and was reviewing the "
            "decision. Its shares closed down 1.8% in Amsterdam.",
            "The case is being watched by US technology companies, several of which face EU "
            "scrutiny over exclusive dealing and bundling. Washington has criticized EU fines on "
            "American firms as discriminatory, although Veltrix is a European company.",
            "The judgment went against the advice of the court's Advocate General, Tomasz "
            "Wierzbicki, who had recommended in March that the Commission's appeal be dismissed. "
            "The court follows such opinions in most cases but is not bound by them.",
            "Veltrix had argued that its rebates were a normal commercial practice that lowered "
            "prices for customers. The Commission countered that they were designed to exclude a "
            "smaller rival at a time when it was winning orders from PC makers.",
            "(Reporting by Atlantic Newswire Brussels bureau)",
        ]),
    ], [
        ("fine", r"(?<![\d.,])376(?![\d])|0[.,]376 ?b", r"(?<![\d.,])412(?![\d])|0[.,]412 ?b"),
        ("count", r"(?<![\d.,])15(?![\d.,])|fifteen", r"(?<![\d.,])13(?![\d.,])|thirteen"),
        ("speaker", r"podest", r"vermeulen"),
    ]),
    _story("cb-SI3", "central bank", [
        _art("Baltic Sea Wire", None, [
            "STOCKHOLM (Baltic Sea Wire) — Sweden's Riksbank cut its policy rate by a quarter of "
            "a percentage point to 1.75% on Tuesday, saying the economy needed more support even "
            "though inflation remained above target over the summer.",
            "The decision, announced at 9.30am CEST, was taken by a majority of the executive "
            "board. Deputy Governor Karin Lindqvist entered a reservation, arguing that the rate "
            "should be held at 2% until there was clearer evidence that price pressures were "
            "easing.",
            "The central bank said its assessment was that the policy rate would probably remain "
            "at the new level for some time, but it did not rule out a further move if the "
            "recovery faltered.",
            "\"Economic activity has been weaker than we expected, and unemployment is still "
            "high,\" Governor Henrik Sjöberg told a news conference. \"At the same time, we judge "
            "that the recent rise in inflation is temporary.\"",
            "CPIF inflation, the Riksbank's target measure, was 3.2% in August, well above the 2% "
            "target, driven largely by food prices. The bank said it expected inflation to fall "
            "back towards target next year as food and energy effects fade.",
            "The krona strengthened slightly after the announcement, trading at about 10.99 per "
            "euro, as some investors had positioned for a larger move in the bank's guidance.",
            "The Riksbank has now lowered borrowing costs by 2.25 percentage points from a peak "
            "of 4% in 2024. Its previous cut came in June, when it reduced the rate to 2%.",
            "The next monetary policy decision is due on 5 November.",
            "Economists were split ahead of the meeting. A poll of 14 analysts showed nine "
            "expecting a cut and five a hold.",
            "The European Central Bank left its deposit rate at 2% earlier this month.",
        ]),
        _art("Oslo Finance Review", None, [
            "Riksbank trims rate to 1.75%, signals pause | Oslo Finance Review",
            "Sweden's central bank lowered its benchmark rate by 25 basis points on Tuesday, "
            "diverging from Norway's Norges Bank only in degree: both have now eased this month "
            "as growth in the Nordics disappoints.",
            "The Riksbank's policy rate now stands at 1.75 per cent, down from 2 per cent. The "
            "move was announced at 9.30 local time in Stockholm.",
            "The vote was not unanimous. Deputy Governor Maria Ahlström dissented, preferring to "
            "leave the rate unchanged because of the recent pick-up in inflation. CPIF inflation "
            "rose to 3.2 per cent in August, the Riksbank said.",
            "Governor Henrik Sjöberg said the economy had been \"weaker than we expected\" and "
            "that unemployment remained high, while the inflation spike was likely to prove "
            "temporary.",
            "Advertisement",
            "Norges Bank, which cut its own policy rate to 4.0 per cent last Thursday, moves from "
            "a much higher level than its Swedish neighbour because Norwegian inflation has been "
            "stickier. Its governor said last week that one or two more cuts were possible in "
            "2026.",
            "For Norwegian investors the Swedish decision matters mainly through the currency. "
            "The Norwegian krone was little changed against the Swedish krona after the "
            "announcement.",
            "The Riksbank said the rate was likely to stay at 1.75 per cent for some time. Its "
            "forecast path implies a small probability of another cut over the next year, which "
            "several economists in Oslo described as a clear signal that the easing cycle is "
            "close to its end.",
            "\"This is a pause, not a pivot,\" said Eirik Nygaard, chief economist at an Oslo "
            "fund manager. \"The Riksbank has done most of its work. The question now is how "
            "quickly Swedish households start spending again.\"",
            "The Swedish central bank's next rate announcement is scheduled for 5 November.",
        ]),
        _art("The Transatlantic Ledger", None, [
            "Sweden Cuts Rates Again as Growth Stalls",
            "By Michael Tran",
            "Sweden's central bank cut interest rates again on Tuesday, betting that weak growth "
            "and rising unemployment pose a bigger threat than a bump in inflation.",
            "The Riksbank lowered its policy rate by a quarter point, to 1.75 percent, in a "
            "decision released at 08:30 GMT. Most analysts had expected the move, though a "
            "sizable minority had predicted a hold.",
            "Deputy Governor Karin Lindqvist dissented in favor of keeping the rate at 2 percent, "
            "citing the recent rise in consumer prices.",
            "The Riksbank, the world's oldest central bank, has cut rates more aggressively than "
            "the Federal Reserve, which lowered its benchmark by a quarter point last week to a "
            "range of 4 percent to 4.25 percent. Swedish households, most of whom hold "
            "variable-rate mortgages, feel changes in the policy rate quickly.",
            "\"Economic activity has been weaker than we expected,\" Governor Henrik Sjöberg "
            "said, adding that the central bank judged the recent rise in inflation to be "
            "temporary.",
            "The bank signaled that it expected to hold the rate at 1.75 percent for some time.",
            "The Swedish krona edged higher against the euro and the dollar after the decision.",
            "Sweden's economy has struggled since the pandemic, with the housing market and "
            "consumer spending hit hard by the rate increases of 2022 and 2023. The Riksbank "
            "raised its policy rate to a peak of 4 percent before it began cutting in May 2024.",
            "Economists said the bank's guidance suggested the easing cycle was nearly over. "
            "\"Unless the labor market takes another turn for the worse, this is probably the "
            "last cut for a while,\" said Anders Berg, an economist at a Stockholm bank.",
            "The next rate decision is due Nov. 5.",
        ]),
        _art("Øresund Business Journal", None, [
            "Riksbank cuts to 1.75% despite food-driven inflation",
            "COPENHAGEN — The Riksbank cut its policy rate by 0.25 percentage points to 1.75% on "
            "Tuesday, leaving Swedish borrowing costs below the euro-area deposit rate for the "
            "first time in several years.",
            "The decision underlines how differently the two sides of the Øresund are run. "
            "Danmarks Nationalbank, which keeps the krone pegged to the euro, follows the "
            "European Central Bank, which has kept its deposit rate at 2% since June. Denmark's "
            "own current-account rate is 1.60%.",
            "Sweden, by contrast, has a floating currency and an inflation target, and the "
            "Riksbank has used that freedom to cut more quickly. Its decision was not unanimous: "
            "Deputy Governor Karin Lindqvist wanted to keep the rate on hold.",
            "The main argument against a cut was inflation. CPIF inflation stood at 2.9% in "
            "August, above the 2% target, pushed up by food prices that have risen sharply over "
            "the past year.",
            "Governor Henrik Sjöberg told reporters in Stockholm that activity had been \"weaker "
            "than we expected\" and that unemployment was still high. He said the bank saw the "
            "rise in inflation as temporary.",
            "For the thousands of people who commute across the Øresund Bridge between Malmö and "
            "Copenhagen, the decision will be felt in a slightly weaker krona over time, analysts "
            "said, although the immediate market reaction was small.",
            "Danish exporters, who sell heavily into Sweden, watch the krona closely. A weaker "
            "Swedish currency makes Danish goods dearer for Swedish buyers, and several Danish "
            "food and furniture companies have reported softer sales across the sound this year.",
            "The Riksbank said it expected to keep the rate at its new level for some time.",
            "Share this article",
        ]),
    ], [
        ("person", r"lindqvist", r"ahlstr"),
        ("time",
         r"(?<![\d.:])0?9[:.]?30|(?<!\d)9 ?h ?30|(?<![\d.:])0?7[:.]30 ?(utc|gmt|z)",
         r"(?<![\d.:])0?8[:.]?30|(?<!\d)8 ?h ?30|(?<![\d.:])10[:.]30 ?(cest|cet|local)"),
        ("inflation", r"(?<![\d.])3[.,]2(?!\d)", r"(?<![\d.])2[.,]9(?!\d)"),
    ]),
    _story("rocket-SI4", "rocket", [
        _art("Euro Space Wire", "2025-12-10", [
            "KOUROU, French Guiana (Euro Space Wire) — An Ariane 6 rocket placed two Galileo "
            "navigation satellites into orbit early on Wednesday European time, adding to the "
            "constellation that gives Europe its own alternative to GPS.",
            "The rocket lifted off from the ELA-4 launch pad at Europe's Spaceport at 21:24 local "
            "time on Tuesday, which was 01:24 CET on Wednesday. The mission, designated VA266, "
            "was the fifth Ariane 6 launch of the year.",
            "The rocket flew in its Ariane 62 configuration, with two P120C solid-fuel boosters "
            "strapped to the core stage. The Vinci upper-stage engine was ignited several times "
            "to carry the satellites to medium Earth orbit.",
            "The two satellites separated from the upper stage three hours and 55 minutes after "
            "liftoff, at an altitude of about 23,222 kilometres. Ground stations picked up "
            "signals from both shortly afterwards.",
            "\"Ariane 6 has once again delivered for Europe,\" said Arianespace chief executive "
            "Mathilde Roussel. \"Tonight's success shows that our launcher is now in a steady "
            "rhythm.\"",
            "The satellites, each weighing about 715 kg, were built by OHB in Bremen with "
            "navigation payloads from Surrey Satellite Technology. They will now undergo several "
            "months of testing before entering service.",
            "Galileo is owned by the European Union and operated on its behalf by the EU Agency "
            "for the Space Programme. The European Space Agency oversees the design and "
            "procurement of the satellites.",
            "Ilse Marquardt, ESA's director of navigation, said the two spacecraft would "
            "\"strengthen the robustness of a system that hundreds of millions of people already "
            "use every day\".",
            "Europe turned to Ariane 6 for the Galileo launches after the retirement of Ariane 5 "
            "and the grounding of Russia's Soyuz launches from Kourou in 2022.",
        ]),
        _art("France Space Daily (English edition)", "2025-12-10", [
            "Galileo: Ariane 6 réussit — two more satellites for Europe's navigation system",
            "By Julien Marchand",
            "Europe's heavy launcher Ariane 6 completed another mission overnight, delivering a "
            "pair of Galileo satellites to their target orbit after a flight lasting almost four "
            "hours.",
            "Flight VA266 took off from Kourou on Tuesday evening local time, at 21:24, or 01:24 "
            "in Paris on Wednesday. The launcher used the Ariane 62 version, with two P160C "
            "boosters, which is the lighter of the two configurations.",
            "Separation of the two satellites took place three hours and 55 minutes after "
            "lift-off. Arianespace confirmed the success a few minutes later from the Jupiter "
            "control room.",
            "\"Ariane 6 has once again delivered for Europe,\" chief executive Mathilde Roussel "
            "told the team in Kourou.",
            "For the French space sector, the launch is a welcome sign of stability. Ariane 6 "
            "suffered a long series of delays before its first flight in July 2024, and its early "
            "missions were closely scrutinised by governments that had paid for its development.",
            "The two satellites were built in Germany by OHB and will join a constellation that "
            "already provides positioning services to smartphones, cars and emergency services "
            "across the world.",
            "The European Commission, which owns the Galileo system, said the new satellites "
            "would improve the precision and resilience of the service. The EU Agency for the "
            "Space Programme will take over operations once in-orbit tests are complete.",
            "CNES, the French space agency, which operates the Guiana Space Centre, said the "
            "range had supported the launch without incident.",
            "Arianespace has several more Ariane 6 missions planned for next year, including the "
            "first flight of the more powerful Ariane 64.",
        ]),
        _art("Kourou & Beyond", "2025-12-10", [
            "VA267 recap: Ariane 62 lofts Galileo pair - Kourou & Beyond",
            "Another night, another Ariane 6. Flight VA267 lifted off right on time at 21:24 "
            "local from ELA-4, with the two P120C solids lighting up the jungle as the Vulcain "
            "2.1 core engine climbed away.",
            "This was the sixth Ariane 6 since the debut in July 2024, and the second carrying "
            "Galileo satellites. The Ariane 62 configuration is more than enough for two Galileo "
            "spacecraft heading to medium Earth orbit.",
            "The profile is long. After the boosters and the core stage dropped away, the Vinci "
            "upper stage did the heavy lifting, coasting and relighting before releasing the two "
            "satellites at about 23,222 km (roughly 14,430 miles). Both separated cleanly, and "
            "the first signals came in shortly afterwards.",
            "A few observations from the webcast:",
            "The boosters separated a little over two minutes into flight, right on the timeline.",
            "Fairing separation came at about three and a half minutes.",
            "The Vinci relight, the feature that gives Ariane 6 its flexibility, worked exactly "
            "as planned. That matters for the constellation and ride-share missions Arianespace "
            "is pitching for 2026 and 2027.",
            "Arianespace boss Mathilde Roussel said afterwards that Ariane 6 had \"once again "
            "delivered for Europe\".",
            "The Galileo pair, built by OHB at about 715 kg apiece, will spend the next months in "
            "commissioning.",
            "Next up for Arianespace is a busy 2026 manifest, with the first Ariane 64 and more "
            "institutional missions in the queue. We'll post a full preview closer to the date. "
            "If you missed the stream, the replay is on Arianespace's channel, and the liftoff is "
            "worth a watch for the booster plume alone.",
            "Comments (12)",
        ]),
        _art("The Rhineland Observer", None, [
            "Ariane 6 carries German-built Galileo satellites into orbit",
            "BREMEN — Two navigation satellites built in Bremen are in orbit after an Ariane 6 "
            "launch from French Guiana, a success that engineers at OHB celebrated in the early "
            "hours of Wednesday.",
            "Courtesy ESA / CNES / Arianespace",
            "The rocket, on flight VA266, lifted off at 01:24 CET with the two Galileo satellites "
            "on board. It used two P120C boosters in the Ariane 62 configuration. The satellites "
            "were released three hours and 35 minutes later, at an altitude of around 23,200 km "
            "above the Earth.",
            "OHB, the Bremen-based space company, has built the large majority of Galileo's "
            "operational satellites. Staff at its headquarters watched the launch on a big screen "
            "in the company's canteen and cheered when separation was confirmed.",
            "\"Every Galileo satellite that reaches orbit is a piece of European sovereignty,\" "
            "said OHB board member Katrin Schaller. \"Our people in Bremen can be very proud "
            "tonight.\"",
            "The German Aerospace Center (DLR) runs one of the two Galileo control centres, in "
            "Oberpfaffenhofen near Munich, which will help to manage the new satellites during "
            "their in-orbit tests.",
            "ESA's navigation director Ilse Marquardt said the spacecraft would make the system "
            "more robust. Galileo now serves hundreds of millions of users worldwide.",
            "The launch came as Europe debates how to keep an independent access to space after "
            "years of problems with its rockets. Ariane 6 has now flown several times without a "
            "major failure, and Germany is backing smaller launchers being developed by start-ups "
            "in Bavaria and Baden-Württemberg.",
            "Read more: Isar Aerospace prepares next Spectrum flight",
        ]),
    ], [
        ("designation", r"va ?-?266", r"va ?-?267"),
        ("duration",
         r"(?<!\d)55 ?(min|minutes|m\b)|\b3 ?h(ours?|rs?)?,? ?(and )?55|3:55|235 ?min",
         r"(?<!\d)35 ?(min|minutes|m\b)|\b3 ?h(ours?|rs?)?,? ?(and )?35|3:35|215 ?min"),
        ("name", r"p ?-?120", r"p ?-?160"),
    ]),
    _story("quake-SI5", "earthquake", [
        _art("Hellenic Wire", "2026-03-14", [
            "ATHENS (Hellenic Wire) — A magnitude 6.1 earthquake struck off the western "
            "Peloponnese before dawn on Saturday, killing two people and injuring about 40, "
            "damaging hundreds of old stone houses and sending residents into the streets in the "
            "dark.",
            "The quake hit at 03:17 local time (01:17 GMT), according to the Geodynamic Institute "
            "of the National Observatory of Athens. Its epicentre was in the Ionian Sea about 12 "
            "kilometres southwest of the coastal town of Kyparissia, at a depth of 10 kilometres.",
            "The two victims, an elderly couple, died when the roof of their house collapsed in "
            "the village of Kalo Nero, the fire service said. Most of the injured were treated "
            "for cuts and fractures at the hospitals in Kyparissia and Kalamata.",
            "Civil Protection Minister Giorgos Kalafatis travelled to the area in the morning and "
            "a state of emergency was declared for the municipality of Trifylia, which includes "
            "Kyparissia.",
            "\"We have damage to old stone houses in almost every village,\" said Panagiotis "
            "Drakos, the mayor of Trifylia. \"Our priority now is to check every building and to "
            "make sure nobody sleeps under a cracked roof.\"",
            "More than 30 aftershocks had been recorded by midday, the strongest of magnitude 4.7 "
            "at 05:40 local time.",
            "The bell tower of a church in the centre of Kyparissia partly collapsed, and a "
            "section of the coastal road to the north was closed because of rockfalls.",
            "Greece sits on several active fault lines and is one of the most seismically active "
            "countries in Europe, although most earthquakes cause little or no damage.",
        ]),
        _art("The Adriatic Times", "2026-03-14", [
            "Deadly earthquake shakes western Greece | The Adriatic Times",
            "By Ivana Petrić",
            "Two people have died after a strong earthquake hit the west coast of Greece's "
            "Peloponnese peninsula early on Saturday, the Greek authorities said.",
            "The 6.1-magnitude tremor struck at 02:17 CET, centred under the sea some 7.5 miles "
            "southwest of Kyparissia, a town of a few thousand people in the region of Messinia. "
            "It was shallow, at a depth of about six miles, which made the shaking stronger at "
            "the surface.",
            "Around forty people were hurt. Most of the injuries were light, but several elderly "
            "residents were taken to hospital in Kalamata with broken bones.",
            "The shaking was felt in Athens, some 200 km away, and on the Ionian islands, where "
            "ferry operators briefly delayed morning departures while ports were inspected.",
            "\"A shallow quake of this size close to old villages is exactly the scenario we "
            "worry about,\" said Dimitra Karali, a seismologist at the National Observatory of "
            "Athens. \"Modern buildings behaved well. The problem is the traditional stone "
            "houses, many of them empty for part of the year.\"",
            "Share on Facebook",
            "The region is popular with tourists from across Europe, including a growing number "
            "of visitors from Croatia and Slovenia, but the season has not yet started and most "
            "hotels were closed.",
            "Greek officials said there was no risk of a tsunami. A state of emergency was "
            "declared for the municipality of Trifylia.",
            "The Croatian embassy in Athens said it had no information about Croatian citizens "
            "among the injured.",
            "Related: Why the Balkans and Greece are so prone to earthquakes",
        ]),
        _art("Continental Broadcast News", "2026-03-15", [
            "Greece quake: death toll rises to four as search ends",
            "The number of people killed by Saturday's earthquake in the western Peloponnese has "
            "risen to four, after rescuers recovered two more bodies from the ruins of a "
            "farmhouse near Gargalianoi late on Saturday.",
            "Officials said on Sunday that 63 people had been injured, up from about 40 reported "
            "on Saturday morning, as more residents came forward for treatment. The search for "
            "survivors has now ended.",
            "The magnitude 6.1 quake struck at 03:17 local time on Saturday, with its epicentre "
            "in the sea roughly 12 km southwest of Kyparissia. More than 80 aftershocks have "
            "since been recorded, the largest of magnitude 4.7.",
            "Prime Minister Kyriakos Mitsotakis visited the area on Sunday and promised rapid "
            "compensation for families whose homes were destroyed. Engineers have so far "
            "inspected more than 1,200 buildings, and about a fifth were found unsafe to live in.",
            "Some 350 people spent Saturday night in tents and in a sports hall in Kyparissia. "
            "The Ministry for Climate Crisis and Civil Protection said more tents and "
            "prefabricated units were on their way.",
            "The mayor of Trifylia, Panagiotis Drakos, said there was damage to old stone houses "
            "\"in practically every village\" in the municipality, where a state of emergency "
            "remains in force.",
            "Schools in the area will stay closed on Monday while buildings are checked.",
            "The earthquake was felt as far away as Athens, about 200 kilometres from the "
            "epicentre.",
            "Seismologists say the aftershocks could continue for weeks and have urged people not "
            "to return to damaged houses.",
        ]),
        _art("Aegean Observer", "2026-03-15", [
            "Four dead in Peloponnese quake; PM tours damaged villages",
            "KYPARISSIA — Rescue teams ended their search on Sunday as the toll from Saturday's "
            "earthquake in Messinia rose to four dead and more than 60 injured.",
            "Prime Minister Kyriakos Mitsotakis toured Kyparissia and nearby villages on Sunday "
            "with Giorgos Kalafatis, the Minister for Climate Crisis and Civil Protection, and "
            "met families who had lost their homes.",
            "The 6.1 quake, which struck at 3.17am on Saturday, was the strongest in the region "
            "since a magnitude 6.8 earthquake off Zakynthos in October 2018, which caused damage "
            "but no deaths.",
            "Its epicentre lay in the Ionian Sea around 12 km southwest of Kyparissia, at a "
            "shallow depth of 10 km, according to the National Observatory of Athens.",
            "The two latest victims were found in a collapsed farmhouse near Gargalianoi. An "
            "elderly couple had died on Saturday morning in Kalo Nero.",
            "Advertisement",
            "Across the area, the damage is concentrated in older buildings made of stone and mud "
            "mortar. In Kalo Nero, whole rows of houses along the main street were cordoned off, "
            "and residents queued at a temporary aid point for water and blankets.",
            "\"We were sleeping and the house started jumping,\" said Eleni Marinou, 67, who "
            "spent the night in her car with her husband. \"When we got outside we could hear the "
            "walls falling.\"",
            "Schools in the affected area will remain closed on Monday. The aftershocks continued "
            "through Sunday, including one of magnitude 4.7, the strongest so far, which had "
            "struck early on Saturday.",
            "The government said it would announce a support package for the area next week.",
        ]),
    ], []),
    _story("election-SI6", "election", [
        _art("Scandinavian Press Agency", None, [
            "COPENHAGEN (Scandinavian Press Agency) — Denmark's Social Democrats remained the "
            "largest party in Tuesday's general election but lost ground sharply, leaving Prime "
            "Minister Birgitte Kjær dependent on a resurgent Green Left to stay in power.",
            "With all votes counted shortly after midnight, the Social Democrats had 41 of the "
            "179 seats in the Folketing, down from 50 at the last election in 2022, on 21.9 "
            "percent of the vote.",
            "The Green Left, led by Jonas Vestergaard, was the big winner, taking 24 seats and "
            "13.6 percent of the vote, up from 8.3 percent three years ago.",
            "Parties of the centre-left won 89 of the 175 seats elected in Denmark proper, one "
            "short of the 90 needed for a majority. The four seats from Greenland and the Faroe "
            "Islands, two each, could therefore decide who governs.",
            "\"Danes have asked us to build bridges, not walls,\" Kjær told supporters at the "
            "party's election night event in Copenhagen. \"I will now talk to every party that "
            "wants to take Denmark forward.\"",
            "The opposition Liberals, or Venstre, won 19 seats, and their leader Troels Munk "
            "conceded that the centre-right had failed to win a majority.",
            "Turnout was 83.7 percent, slightly below the 84.2 percent recorded in 2022, "
            "according to the Interior Ministry.",
            "Kjær is due to meet King Frederik X on Wednesday to begin the formal consultations "
            "with party leaders, known as the royal round, that precede the formation of a new "
            "government.",
            "The centrist Moderates, with nine seats, could also play a role as kingmakers.",
        ]),
        _art("The Copenhagen Chronicle", None, [
            "Election 2026: Kjær clings on as Green Left surges - The Copenhagen Chronicle",
            "Birgitte Kjær looks set to stay on as prime minister, but she will need more help "
            "than before.",
            "Her Social Democrats finished first in Tuesday's vote with 41 seats, a loss of nine, "
            "and a share of 21.9 percent, their weakest showing in more than a century. Speaking "
            "to a packed hall in Copenhagen as the last results came in, she said voters had "
            "asked politicians \"to build bridges and not walls\".",
            "The big story of the night was the Green Left (SF). Jonas Vestergaard's party won 24 "
            "seats and 13.6 percent, a rise of 5.3 percentage points, its best result since 2007. "
            "Vestergaard told the Chronicle his party would demand \"real green investment\" in "
            "return for its support.",
            "Turnout came in at 81.6 percent.",
            "What happens next? Kjær will go to Amalienborg on Wednesday for the royal round, "
            "where each party tells King Frederik X whom it recommends as the person to lead "
            "negotiations. That is likely to be Kjær herself, but the numbers are tight.",
            "Advertisement",
            "The centre-left parties are one seat short of a majority on their own, which makes "
            "the four North Atlantic seats, two from Greenland and two from the Faroe Islands, "
            "more important than ever.",
            "On the right, the Liberals won 19 seats, the Liberal Alliance 17 and the Denmark "
            "Democrats 16. The Conservatives took 12.",
            "For the thousands of international residents reading this who could not vote in a "
            "general election: most of you could vote in last year's local elections, and will be "
            "able to again in 2029.",
            "Read more: A beginner's guide to Danish coalition politics",
        ]),
        _art("Northfield Daily Tribune", None, [
            "Denmark's Governing Party Slips but Stays on Top",
            "By Rachel Lindgren",
            "COPENHAGEN — Denmark's Social Democratic Party won the most seats in a general "
            "election on Tuesday but suffered heavy losses, as voters turned to a left-wing "
            "environmentalist party and a crowded field on the right.",
            "The Social Democrats, led by Prime Minister Birgitte Kjær, took 43 seats in the "
            "179-member Parliament, down from 50, according to official results. The Green Left "
            "party, which campaigned on climate investment and housing, won 24.",
            "Turnout was 83.7 percent.",
            "Ms. Kjær, 52, has kept a tough line on immigration while pressing for higher defense "
            "spending as the war in Ukraine continues and tensions with the United States over "
            "Greenland persist.",
            "Greenland, a semiautonomous Danish territory, sends two lawmakers to Copenhagen, as "
            "do the Faroe Islands, and those four seats could prove decisive in forming a "
            "government.",
            "The center-right Liberal Party, known as Venstre, won 19 seats. Its leader, Troels "
            "Munk, acknowledged defeat late on Tuesday night.",
            "Support for the Social Democrats has eroded since 2022, when the party went into "
            "government with rivals from the center-right, a partnership that many of its "
            "traditional voters disliked.",
            "Analysts said the result reflected frustration with high food prices and housing "
            "costs rather than a shift in Denmark's broad political consensus.",
            "\"Danish voters are not angry in the way voters are in some other European "
            "countries,\" said Lene Holst, a political scientist at Aarhus University. \"They are "
            "impatient.\"",
            "Danish coalition talks can take weeks. After the last election, in 2022, it took "
            "more than a month to form a government.",
        ]),
        _art("The Low Countries Post", None, [
            "Danish voters reward Greens, punish Social Democrats",
            "THE HAGUE — Danish voters on Tuesday delivered a result that will look familiar to "
            "anyone who followed recent elections in the Netherlands: a fragmented parliament, a "
            "weakened governing party and weeks of coalition talks ahead.",
            "The Social Democrats of Prime Minister Birgitte Kjær won 41 seats, still the largest "
            "group but nine fewer than in 2022. Their share of the vote fell to 21.9%.",
            "\"Danes have asked us to build bridges, not walls,\" said Jonas Vestergaard, leader "
            "of the Green Left, whose party won 24 seats and 13.6% of the vote, up from 8.3% at "
            "the previous election.",
            "The Liberals won 19 seats and the Moderates nine.",
            "Unlike the Netherlands, where the largest party does not always lead the government, "
            "Denmark has a tradition of minority governments that rely on shifting majorities in "
            "parliament. Kjær is expected to try to form a centre-left government, possibly with "
            "the Green Left and the Social Liberals, rather than the cross-bloc coalition that "
            "has governed since 2022.",
            "The four seats from Greenland and the Faroe Islands may tip the balance.",
            "Dutch officials in Brussels said they expected little change in Denmark's positions "
            "on the EU budget, where both countries belong to the group of net contributors that "
            "want to limit spending.",
            "In The Hague, where coalition building has its own long history, diplomats said they "
            "would watch whether Copenhagen keeps its hard line on asylum, which several Dutch "
            "parties have held up as a model for their own country.",
            "Danish voters also elected a record number of women to the Folketing, according to "
            "preliminary figures.",
        ]),
    ], [
        ("seats", r"(?<![\d.])41(?![\d.])|forty-one", r"(?<![\d.])43(?![\d.])|forty-three"),
        ("turnout", r"83[.,]7", r"81[.,]6"),
        ("speaker", r"kj(æ|ae|e)r", r"vestergaard"),
    ]),
]
