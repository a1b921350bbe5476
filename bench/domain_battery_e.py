"""Blind battery of disagreements between outlets, part E (issue 11).

Part E, written by engineer E1 on 2026-12-05 (ninth session) without reading the reconcile
rules or other parts of the battery, before any run. A held-out part: score it with
``bench/bench_domain_battery.py E``. Every text was written for this file; facts are real or
plausible-invented. Must-report cases plant exactly one genuine disagreement between outlets;
controls tell the same facts differently (rounding, units, time zones, names written two ways,
dated updates, figures about different things) and should report nothing.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "E", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-E1", "trade", "duration", True, [
        "KUALA LUMPUR (Reuters) - Senior U.S. and Chinese trade negotiators met for nearly five "
        "hours on Saturday in the Malaysian capital, trying to head off a new round of tariffs "
        "before President Donald Trump and Xi Jinping meet. The American team was led by "
        "Treasury Secretary Scott Bessent, while Vice Premier He Lifeng headed the Chinese "
        "side. Neither delegation stopped to speak to the press as they left the venue, a "
        "convention centre close to the Petronas Towers. Washington has threatened an extra "
        "100% levy on Chinese goods from Nov. 1 unless Beijing eases its new licensing rules "
        "for rare-earth exports. \"We had a very constructive discussion,\" Bessent told "
        "reporters later in the evening, adding that the talks would continue on Sunday. "
        "Advertisement Soybean purchases, port fees on ships and fentanyl-related duties were "
        "also on the agenda, officials said.",
        "US and Chinese officials wrapped up the first day of their latest round of trade talks "
        "in Kuala Lumpur on Saturday after a session that ran for roughly three hours, "
        "according to a person briefed on the meeting.\n\n"
        "Treasury chief Scott Bessent and China's Vice Premier He Lifeng sat across the table "
        "at a conference venue in the city centre. The meeting comes as the clock ticks toward "
        "November 1, when Trump has said a 100 percent tariff on Chinese imports would take "
        "effect.\n\n"
        "Beijing's recent curbs on rare earth exports are at the heart of the row. Bessent "
        "called the discussion \"very constructive\" and said both sides would reconvene "
        "Sunday. Other items on the table included American soybeans and the port fees the two "
        "countries have slapped on each other's vessels.\n\n"
        "Read more: Why rare earths matter so much to carmakers",
    ], ["2025-10-26", "2025-10-26"],
        r"five hours|(?<![\d.])5 ?(hours?|hrs?|h\b)|300 ?min",
        r"three hours|(?<![\d.])3 ?(hours?|hrs?|h\b)|180 ?min"),
    _case("trade-E2", "trade", "clock time across zones", True, [
        "Chinese and American negotiators returned to the table in Geneva for a second day of "
        "talks on Sunday, with the session getting under way at around 4pm Hong Kong time. "
        "Vice-Premier He Lifeng is leading Beijing's delegation, while the US team is headed by "
        "Treasury Secretary Scott Bessent and trade representative Jamieson Greer. The meetings "
        "are being held at the residence of Switzerland's ambassador to the United Nations, a "
        "villa on the shore of Lake Geneva. The two countries have imposed tit-for-tat tariffs "
        "that now stand at 145 per cent on Chinese goods entering the US and 125 per cent on "
        "American goods entering China. Analysts said a full agreement was unlikely this "
        "weekend, but a framework for further negotiations could emerge. Share this article "
        "Hong Kong stocks will reopen on Monday with investors watching for any joint "
        "statement.",
        "GENEVA, May 11 (AP) - Top economic officials from the United States and China began a "
        "second day of closed-door talks in Switzerland on Sunday, resuming at 11:30 a.m. local "
        "time at a diplomatic villa overlooking Lake Geneva. Treasury Secretary Scott Bessent "
        "and U.S. Trade Representative Jamieson Greer sat down again with Chinese Vice Premier "
        "He Lifeng. Saturday's first round ended late in the evening without any public comment "
        "from either side. U.S. tariffs on most Chinese imports stand at 145%, while China's "
        "retaliatory duties on American goods are 125%. President Donald Trump said on social "
        "media that the first day had gone \"very well\". Neither side has said when an outcome "
        "might be announced.",
    ], None,
        r"(?<![\d:])4(:00)? ?p\.?m|(?<![\d:])16[:.]?00|(?<![\d:])10(:00)? ?a\.?m"
        r"|(?<![\d:])08[:.]?00",
        r"11[:.]30|(?<![\d:])0?9[:.]30|half past eleven"),
    _case("trade-E3", "trade", "who led a delegation", True, [
        "STOCKHOLM (Reuters) - The United States and China on Tuesday wrapped up two days of "
        "trade talks in the Swedish capital without announcing an extension of their tariff "
        "truce, which is due to expire on Aug. 12. The Chinese delegation was led by Vice "
        "Premier He Lifeng, who met U.S. Treasury Secretary Scott Bessent and Trade "
        "Representative Jamieson Greer at Rosenbad, the prime minister's office. Greer told "
        "reporters that any extension would have to be approved by President Donald Trump. The "
        "truce agreed in Geneva in May cut U.S. duties on Chinese goods to 30% and Chinese "
        "duties on U.S. goods to 10%. Chinese state media described the talks as \"candid, "
        "in-depth and constructive\". Both sides said they would stay in close contact.",
        "Stockholm talks end with no deal on truce extension\n\n"
        "Beijing sent Commerce Minister Wang Wentao to head its team at two days of "
        "negotiations with Washington in Stockholm, which finished on Tuesday. Across the table "
        "sat Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer.\n\n"
        "The pause on steep tariffs runs out on August 12, and companies on both sides are "
        "nervous. Under the current arrangement Chinese imports face a 30 percent US levy, "
        "while American goods face 10 percent in China.\n\nAdvertisement\n\n"
        "Greer said the final call on extending the truce rests with Trump. The talks were held "
        "at Rosenbad, the seat of the Swedish government in central Stockholm.",
        "What happened in Stockholm? For two days this week, Chinese Vice-Premier He Lifeng and "
        "his team met American negotiators led by Treasury Secretary Scott Bessent in Sweden. "
        "The talks ended on Tuesday without a formal extension of the truce, which lapses on "
        "12 August. Both delegations called the discussions constructive. The present "
        "arrangement keeps US tariffs on Chinese goods at 30% and Chinese tariffs on US goods at "
        "10%. According to Jamieson Greer, the US trade representative, Donald Trump will make "
        "the final decision. Investors in Asia took the news calmly, with the Shanghai "
        "Composite little changed.",
    ], ["2025-07-29", "2025-07-29", "2025-07-29"],
        r"lifeng", r"wang wentao|wentao"),
    _case("trade-E4", "trade", "length of a tariff pause", True, [
        "WASHINGTON - President Donald Trump signed an executive order on Monday extending the "
        "tariff truce with China for another 90 days, hours before higher duties were due to "
        "snap back. The move keeps the American levy on most Chinese imports at 30 per cent "
        "instead of letting it jump back above 100 per cent. Beijing's commerce ministry "
        "confirmed that it would keep its own suspension in place, holding its duties on US "
        "goods at 10 per cent. Retailers had warned that the return of triple-digit tariffs "
        "would hit holiday-season shipments, many of which are already at sea. \"We're getting "
        "along very well with China,\" Mr Trump told reporters at the White House. The order "
        "was published on the White House website late in the afternoon.",
        "Trump extends China tariff pause by 60 days\n"
        "The White House on Monday pushed back the return of steep tariffs on Chinese goods, "
        "with President Trump ordering a 60-day extension of the truce agreed earlier this "
        "year. Without the order, duties on many Chinese products would have climbed back into "
        "triple digits at 12:01 a.m. Tuesday. For now the U.S. tariff stays at 30%, and China "
        "said its 10% retaliatory rate would also remain unchanged. The National Retail "
        "Federation welcomed the decision, saying importers were stocking up for the holidays. "
        "China's Ministry of Commerce said it hoped the two sides would keep working toward a "
        "lasting solution.\n\nShare this article",
    ], None,
        r"(?<![\d.])90(?![\d.])|ninety[- ]days?|three months",
        r"(?<![\d.])60(?![\d.])|sixty[- ]days?|two months"),
    _case("trade-E5", "trade", "person's title", True, [
        "LONDON (Reuters) - U.S. and Chinese officials extended their talks into a second day on "
        "Tuesday at Lancaster House, the grand mansion near Buckingham Palace, as they tried to "
        "rescue a fragile truce on tariffs and export controls. Commerce Secretary Howard "
        "Lutnick said the talks were \"going well\". Across the table was Li Chenggang, China's "
        "vice commerce minister and international trade representative, who arrived alongside "
        "Vice Premier He Lifeng. Treasury Secretary Scott Bessent also took part. The dispute "
        "has shifted towards rare-earth magnets, which China has been slow to license for "
        "export, and U.S. curbs on chip design software. British officials hosted the meeting "
        "but did not sit in on it.",
        "The London round\n\nTalks between Washington and Beijing stretched into Tuesday in the "
        "British capital. Vice Premier He Lifeng led China's team, accompanied by Vice Foreign "
        "Minister Li Chenggang, while the American side included Treasury Secretary Scott "
        "Bessent and Commerce Secretary Howard Lutnick.\n\n"
        "The venue was Lancaster House, a 19th-century mansion in St James's. Lutnick told "
        "reporters outside that things were \"going well\".\n\n"
        "Rare earths were the top issue: Beijing's export licensing regime has left carmakers in "
        "Europe and America short of magnets. Washington, for its part, has restricted sales of "
        "chip design software and jet engine parts to China.\n\nAdvertisement",
    ], ["2025-06-10", "2025-06-10"],
        r"commerce minister|trade representative", r"foreign minister"),
    _case("trade-E6", "trade", "control: one organisation named two ways", False, [
        "BEIJING (Reuters) - China's Ministry of Commerce on Thursday announced sweeping new "
        "controls on exports of rare-earth technologies and on foreign-made products that "
        "contain Chinese rare earths, in a move likely to raise tensions with Washington. Under "
        "the rules, overseas companies will need a licence to export items whose value includes "
        "0.1% or more of rare earths sourced from China. The measures take effect on Dec. 1. "
        "The ministry said the steps were needed to safeguard national security and to stop the "
        "materials being used in military applications. The U.S. Department of Commerce did not "
        "immediately respond to a request for comment. China refines about 90% of the world's "
        "rare earths.",
        "Beijing tightens its grip on rare earths\n\n"
        "China's commerce ministry said on Thursday it would require foreign firms to obtain "
        "permission before shipping products containing Chinese-origin rare earths worth at "
        "least 0.1 per cent of the goods' value. MOFCOM also added a range of processing and "
        "magnet-making technologies to its export control list.\n\n"
        "The new regime kicks in on 1 December, according to the notice posted on the "
        "ministry's website. Officials cited national security and concerns about military end "
        "use.\n\nRead more: Who controls the world's rare earth supply?\n\n"
        "There was no immediate reaction from the US Commerce Department. China accounts for "
        "roughly 90 per cent of global rare-earth refining.",
    ], ["2025-10-10", "2025-10-10"]),
    _case("trade-E7", "trade", "control: same moment on different calendar days", False, [
        "WASHINGTON - President Donald Trump and Chinese leader Xi Jinping spoke by telephone on "
        "Thursday evening, the White House said, in their first conversation since June. The "
        "call began at about 9 p.m. Eastern time and lasted roughly 90 minutes. Trump said on "
        "social media that the two leaders had made progress on a deal over the ownership of "
        "TikTok and had also discussed fentanyl and trade. \"It was a very good call,\" he "
        "wrote. A White House official said the two men agreed to meet in person at the APEC "
        "summit in South Korea next month. Advertisement U.S. stock futures were little "
        "changed after the call.",
        "BEIJING, Sept 19 - Xi Jinping held a phone call with US President Donald Trump on "
        "Friday morning, state broadcaster CCTV reported. The conversation, which began at "
        "9 a.m. Beijing time, lasted about an hour and a half, according to Chinese officials. "
        "Xi told Trump that the two countries should settle their differences through dialogue "
        "on an equal footing, CCTV said. The leaders discussed the future of the TikTok app and "
        "trade issues. They agreed to meet on the sidelines of the APEC summit in South Korea "
        "next month. It was the first call between the two presidents since June.",
    ], ["2025-09-18", "2025-09-19"]),
    # ------------------------------------------------------------------ court
    _case("court-E8", "court", "size of a majority (vote split)", True, [
        "WASHINGTON (AP) - The Supreme Court on Thursday ruled 6-3 that sheriff's deputies in a "
        "Maryland county did not violate the Constitution when they flew a drone over a man's "
        "fenced backyard without a warrant. Justice Amy Coney Barrett wrote the majority opinion "
        "in Ostrowski v. Frederick County, holding that the flight took place in public airspace "
        "at a height of about 400 feet. \"What any passenger in a small plane could see, the "
        "police may see too,\" Barrett wrote. Justice Sonia Sotomayor wrote the main dissent. "
        "The case began in 2021, when deputies spotted marijuana plants growing behind the home "
        "of Peter Ostrowski. Civil liberties groups had urged the justices to set limits on "
        "aerial surveillance.",
        "Supreme Court OKs warrantless drone flight over backyard\n\n"
        "By a 5-4 vote, the justices decided on Thursday that Frederick County sheriff's "
        "deputies acted lawfully when they sent a drone over Peter Ostrowski's yard in 2021 and "
        "spotted cannabis plants. The drone flew at roughly 400 feet, in airspace open to the "
        "public, the majority said.\n\n"
        "Justice Amy Coney Barrett authored the opinion. In dissent, Justice Sonia Sotomayor "
        "warned that the decision \"leaves no backyard in America out of the government's "
        "sight.\"\n\n"
        "The American Civil Liberties Union, which backed Ostrowski, called the ruling a setback "
        "for privacy.\n\nAdvertisement",
        "The Supreme Court has handed police a win on drones. In a six-to-three decision "
        "released Thursday, the court held that a drone flight over a Maryland man's backyard "
        "was not a search that required a warrant. Barrett wrote for the majority and Sotomayor "
        "dissented. Legal experts said the ruling, in Ostrowski v. Frederick County, could "
        "encourage more police departments to buy drones. The aircraft was flying at about 400 "
        "feet. Ostrowski's lawyers said they were disappointed.",
    ], None,
        r"(?<!\d)6 ?(-|–|to) ?3(?!\d)|six[- ]?(to[- ])?three",
        r"(?<!\d)5 ?(-|–|to) ?4(?!\d)|five[- ]?(to[- ])?four"),
    _case("court-E9", "court", "who cast the dissent", True, [
        "WASHINGTON (Reuters) - The U.S. Supreme Court on Friday ruled 8-1 that federal judges "
        "may not extend a defendant's supervised release to punish conduct that occurred after "
        "the term had formally ended. Chief Justice John Roberts wrote the opinion for the court "
        "in Tran v. United States. Justice Neil Gorsuch was the lone dissenter. The case "
        "involved Minh Tran, a Texas man whose release term was lengthened by two years after a "
        "2022 drug arrest. The Justice Department had argued that courts have broad power to "
        "respond to such violations. Tran's lawyers said he would now be freed from "
        "supervision.",
        "Supreme Court sides with Texas man in supervised-release case\n\n"
        "The justices on Friday handed Minh Tran a victory, ruling 8 to 1 that his supervised "
        "release could not be extended over conduct that happened after it had expired. Chief "
        "Justice John Roberts wrote for the majority.\n\n"
        "The only justice to dissent was Ketanji Brown Jackson, who said the decision would "
        "make it harder for courts to manage people leaving prison.\n\n"
        "Tran's term had been lengthened by two years following a drug arrest in 2022, prompting "
        "the appeal. The Justice Department had defended the extension. Share this article",
    ], ["2025-06-27", "2025-06-27"],
        r"gorsuch", r"jackson"),
    _case("court-E10", "court", "size of a fine", True, [
        "LUXEMBOURG - The European Union's General Court on Wednesday upheld a €1.49 billion "
        "fine imposed on Dutch chipmaker Veltrion Semiconductors for abusing its dominance in "
        "the market for automotive microcontrollers. The European Commission had accused the "
        "company of offering carmakers rebates on condition that they buy almost all their "
        "chips from it between 2014 and 2019. Judges rejected all five grounds of appeal raised "
        "by Veltrion, the court said in a statement. The company can still appeal to the Court "
        "of Justice on points of law. \"We are disappointed and will study the judgment "
        "carefully,\" a Veltrion spokesperson said. Shares in the Eindhoven-based firm fell 3% "
        "in Amsterdam.",
        "EU court backs fine on Veltrion\n\n"
        "Veltrion Semiconductors has lost its challenge against a €1.94bn antitrust penalty, "
        "after the General Court in Luxembourg sided with the European Commission on "
        "Wednesday.\n\n"
        "Brussels found that the Eindhoven group used conditional rebates between 2014 and 2019 "
        "to lock carmakers into buying its microcontrollers. The court dismissed each of the "
        "five arguments in the company's appeal.\n\n"
        "A final appeal to the EU's top court, the Court of Justice, is still possible. "
        "Veltrion said it was disappointed and would study the ruling. Its shares were down "
        "3 per cent by mid-afternoon.",
    ], None,
        r"(?<![\d.])1[.,]49 ?(billion|bn|b\b)|1,?490 ?(million|m\b)",
        r"(?<![\d.])1[.,]94 ?(billion|bn|b\b)|1,?940 ?(million|m\b)"),
    _case("court-E11", "court", "weekday vs date mismatch", True, [
        "NAIROBI - Kenya's High Court on Thursday suspended new rules that would have required "
        "digital platforms to withhold a 5% tax from payments to gig workers, pending the "
        "hearing of a petition filed by a drivers' association. Justice Miriam Otieno said the "
        "petitioners had raised serious questions about whether parliament had consulted the "
        "public. The rules were due to take effect on December 1. The full case will be heard "
        "on December 4, the judge ordered. The Kenya Revenue Authority said it would comply "
        "with the order. An estimated 120,000 people earn a living through ride-hailing and "
        "delivery apps in Kenya.",
        "Court blocks tax on gig workers' pay\n\n"
        "A judge in Nairobi on Wednesday halted the rollout of a 5 per cent withholding tax on "
        "earnings made through apps such as ride-hailing and delivery platforms. Justice Miriam "
        "Otieno of the High Court granted conservatory orders to a group of drivers who argue "
        "the measure was passed without proper public participation.\n\nAdvertisement\n\n"
        "The tax was supposed to start on 1 December. Hearing of the petition has been set for "
        "4 December. KRA, the tax authority, said it would abide by the ruling. Kenya's gig "
        "economy supports around 120,000 workers, according to industry estimates.",
    ], ["2025-11-14", "2025-11-14"],
        r"thursday|nov(ember|\.)? ?13\b|\b13(th)? nov|2025-11-13",
        r"wednesday|nov(ember|\.)? ?12\b|\b12(th)? nov|2025-11-12"),
    _case("court-E12", "court", "speaker credited with a quote", True, [
        "SAN FRANCISCO - A federal appeals court on Monday struck down a California county "
        "ordinance that barred app-based delivery workers from forming a union, ruling that it "
        "was pre-empted by federal labor law. A three-judge panel of the 9th U.S. Circuit Court "
        "of Appeals voted unanimously to reverse a lower-court decision. \"This ruling restores "
        "a basic freedom that was taken from our members,\" said Daniel Okafor, the lawyer who "
        "argued the case for the workers. The ordinance, adopted by Sacramento County in 2023, "
        "had been challenged by about 2,000 couriers. County officials said they were reviewing "
        "the decision.",
        "Couriers win appeal over Sacramento County union ban\n\n"
        "Delivery drivers in Sacramento County scored a win on Monday when the 9th Circuit threw "
        "out a local ordinance that prohibited them from unionizing. The three judges on the "
        "panel were unanimous, finding that the 2023 rule conflicted with federal labor law.\n\n"
        "\"This ruling restores a basic freedom that was taken from our members,\" said Rachel "
        "Imbert, president of the couriers' association that brought the case on behalf of "
        "roughly 2,000 drivers.\n\n"
        "The county said it was studying the judgment. Read more: The fight over gig work in "
        "California",
    ], None,
        r"okafor", r"imbert"),
    _case("court-E13", "court", "control: two unrelated quotes of one person", False, [
        "NEW YORK (Reuters) - A federal judge in Manhattan on Thursday sentenced Martin Ebbe, "
        "the founder of collapsed crypto lender Northvault, to eight years in prison for "
        "defrauding customers of about $140 million. U.S. District Judge Paula Rennick also "
        "ordered Ebbe to forfeit $14.2 million. \"The people who trusted you with their savings "
        "were not sophisticated investors; they were nurses, teachers and retirees,\" Rennick "
        "said from the bench. Ebbe, 41, was convicted by a jury in November on wire fraud and "
        "conspiracy charges. His lawyers had asked for a sentence of three years. He is due to "
        "report to prison in May.",
        "Northvault founder gets 8 years\n\n"
        "Martin Ebbe, who started the crypto lending platform Northvault, was sentenced on "
        "Thursday to eight years behind bars. Judge Paula Rennick said she had weighed his "
        "apology but found it came late: \"Remorse that arrives after the verdict counts for "
        "less than remorse that arrives before it.\"\n\nAdvertisement\n\n"
        "Jurors found Ebbe guilty of wire fraud and conspiracy last November over a scheme that "
        "cost customers roughly $140 million. He was also ordered to forfeit $14.2 million. The "
        "defence had sought three years. Ebbe must surrender to the Bureau of Prisons in May.",
    ], ["2025-03-21", "2025-03-21"]),
    _case("court-E14", "court", "control: old award and reduced award", False, [
        "A state appeals court has cut a $48 million jury award against a Houston chemical "
        "company to $12 million, finding that the original verdict included punitive damages "
        "above the limit set by Texas law. The 14th Court of Appeals upheld the jury's finding "
        "that Delmar Chemical was negligent in a 2019 storage-tank fire that forced thousands "
        "of residents to shelter in place. The case was brought by 86 residents of the Pasadena "
        "area. \"We are pleased the court recognized the law's cap,\" Delmar said in a "
        "statement. Lawyers for the residents said they would ask the Texas Supreme Court to "
        "review the decision.",
        "Appeals court slashes Delmar fire verdict\n\n"
        "The jury said $48 million. The appeals court says $12 million.\n\n"
        "Texas's 14th Court of Appeals has reduced the award won by 86 Pasadena-area residents "
        "over the 2019 tank fire at Delmar Chemical, ruling that the punitive part of the "
        "verdict broke the state's statutory cap. The court left the negligence finding "
        "intact.\n\n"
        "The plaintiffs' attorneys plan to take the case to the Texas Supreme Court. Delmar "
        "welcomed the ruling.",
    ]),
    # ------------------------------------------------------------------ central bank
    _case("cb-E15", "central bank", "size of a rate cut (basis points)", True, [
        "OTTAWA (Reuters) - The Bank of Canada cut its key overnight rate by 25 basis points to "
        "2.5% on Wednesday, its first move since March, citing a weakening labour market and "
        "fading upward pressure on inflation. Governor Tiff Macklem said the decision was "
        "unanimous. \"With the economy softer and less upside risk to inflation, we judged that "
        "a cut was appropriate,\" Macklem told reporters. The unemployment rate rose to 7.1% in "
        "August. Headline inflation was 1.9% in August. The bank's next decision is due on "
        "Oct. 29.",
        "Bank of Canada trims rates as job losses mount\n\n"
        "Canada's central bank lowered borrowing costs by 50 basis points on Wednesday, "
        "resuming its easing cycle after holding steady since March.\n\n"
        "Governor Tiff Macklem pointed to a softening job market, with unemployment climbing to "
        "7.1 per cent last month, and to inflation of 1.9 per cent. The Governing Council "
        "reached the decision by consensus.\n\n"
        "The next rate announcement is scheduled for October 29.\n\nAdvertisement",
    ], ["2025-09-18", "2025-09-18"],
        r"(?<![\d.])25 ?(basis points?|bps?\b)|quarter[- ](of a )?(percentage[- ])?point"
        r"|(?<![\d.])0?\.25 ?(percentage points?|pp\b|%|points?)",
        r"(?<![\d.])50 ?(basis points?|bps?\b)|half[- ](a )?(percentage[- ])?point"
        r"|(?<![\d.])0?\.50? ?(percentage points?|pp\b|%|points?)"),
    _case("cb-E16", "central bank", "vote split", True, [
        "LONDON - The Bank of England cut Bank Rate by a quarter point to 4% on Thursday, with "
        "the Monetary Policy Committee split 7-2 on the decision. Governor Andrew Bailey said "
        "rates were likely to keep falling, but only gradually. Inflation stood at 3.6% in June "
        "and the Bank expects it to peak at 4% in September. Advertisement The cut was the "
        "fifth since August last year. Sterling fell slightly against the dollar after the "
        "announcement. Mortgage lenders are expected to trim their fixed-rate deals in the "
        "coming days.",
        "Bank of England lowers rates to 4 per cent\n\n"
        "The Monetary Policy Committee voted 6-3 to reduce Bank Rate from 4.25 per cent to 4 per "
        "cent, the Bank said on Thursday. It was the fifth reduction since the easing cycle "
        "began last August.\n\n"
        "Andrew Bailey, the Governor, said future cuts would be \"gradual and careful\". "
        "Consumer price inflation was 3.6 per cent in June and is forecast to reach 4 per cent "
        "in September before easing.\n\n"
        "The pound dipped against the dollar following the decision.",
    ], None,
        r"(?<!\d)7 ?(-|–|to) ?2(?!\d)|seven[- ]?(to[- ])?two",
        r"(?<!\d)6 ?(-|–|to) ?3(?!\d)|six[- ]?(to[- ])?three"),
    _case("cb-E17", "central bank", "who dissented", True, [
        "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, "
        "keeping its benchmark rate in the 4.25%-4.50% range for a fifth straight meeting, as "
        "officials waited to see how tariffs feed into prices. The decision drew a single "
        "dissent, from Governor Christopher Waller, who favoured a quarter-point cut. Fed Chair "
        "Jerome Powell told reporters that no decision had been made about September. The vote "
        "was 10-1. Economic growth slowed in the first half of the year, the Fed's statement "
        "said. U.S. stocks ended lower.",
        "Fed stands pat again, with one dissent\n\n"
        "The Federal Open Market Committee left the federal funds rate unchanged at 4.25 to 4.5 "
        "percent on Wednesday. Governor Michelle Bowman was the lone dissenter, arguing for a "
        "25 basis point reduction.\n\n"
        "Jerome Powell said at his press conference that the committee had not made any "
        "decisions about its September meeting. The statement noted that growth had moderated "
        "in the first half of 2025.\n\n"
        "The vote was 10-1. Share this article",
    ], ["2025-07-31", "2025-07-31"],
        r"waller", r"bowman"),
    _case("cb-E18", "central bank", "amount of a bond purchase", True, [
        "TOKYO - The Bank of Japan said on Friday it would buy an extra ¥500 billion of "
        "long-dated government bonds in an unscheduled operation, after the 30-year yield "
        "jumped to a record 3.2%. The central bank said the purchases, covering bonds with "
        "maturities of 10 to 25 years, were aimed at curbing excessive volatility. The 10-year "
        "yield, which had risen to 1.6%, fell back after the announcement. Governor Kazuo Ueda "
        "has said the bank will step in only in exceptional circumstances. Advertisement "
        "Finance Minister Katsunobu Kato said the government was watching markets \"with a "
        "strong sense of urgency\".",
        "BOJ steps in as super-long yields soar\n\n"
        "Japan's central bank announced an emergency purchase of ¥800 billion in government "
        "debt on Friday, targeting maturities between 10 and 25 years, as the 30-year JGB yield "
        "hit an all-time high of 3.2 per cent.\n\n"
        "The Bank of Japan said it wanted to rein in abnormal swings in the market. The "
        "benchmark 10-year yield, which had touched 1.6 per cent, eased after the move.\n\n"
        "Finance Minister Katsunobu Kato told reporters the government was monitoring markets "
        "\"with a strong sense of urgency\".",
    ], None,
        r"(?<![\d.,])500 ?(billion|bn)|¥ ?500(?!\d)|(?<![\d.])0\.5 ?trillion",
        r"(?<![\d.,])800 ?(billion|bn)|¥ ?800(?!\d)|(?<![\d.])0\.8 ?trillion"),
    _case("cb-E19", "central bank", "date of the next meeting", True, [
        "FRANKFURT (Reuters) - The European Central Bank cut its deposit rate by a quarter point "
        "to 2.0% on Thursday, its eighth reduction in a year, and signalled it may be close to "
        "the end of its easing cycle. President Christine Lagarde said the bank was \"in a good "
        "place\" after inflation fell to 1.9% in May. Staff projections see inflation averaging "
        "2.0% this year. The ECB's next policy meeting is on July 24. The euro was steady at "
        "about $1.14.",
        "ECB cuts to 2% and hints at a pause\n\n"
        "The European Central Bank lowered its deposit facility rate to 2 per cent from 2.25 per "
        "cent on Thursday, the eighth cut since last June.\n\n"
        "Christine Lagarde told reporters the ECB was \"in a good place\" with eurozone "
        "inflation at 1.9 per cent in May. New staff forecasts put average inflation at 2 per "
        "cent for 2025.\n\nAdvertisement\n\n"
        "Policymakers meet next on July 17, when most analysts expect rates to be left "
        "unchanged.",
        "Eurozone rate cut explained: the ECB has now reduced its key rate eight times in a "
        "year, and Thursday's quarter-point move takes the deposit rate to 2%. Lagarde also "
        "said the bank was well positioned to handle uncertainty from US tariffs. Inflation "
        "dropped to 1.9% last month. Markets now price at most one more cut this year. The next "
        "decision is due on 24 July. Borrowers on variable-rate mortgages will see a small fall "
        "in repayments.",
    ], ["2025-06-06", "2025-06-06", "2025-06-06"],
        r"july 24|24(th)? july|2025-07-24|jul\.? 24",
        r"july 17|17(th)? july|2025-07-17|jul\.? 17"),
    _case("cb-E20", "central bank", "control: basis points vs percentage points", False, [
        "SYDNEY - The Reserve Bank of Australia raised its cash rate by 25 basis points to "
        "4.35% on Tuesday, its first increase since June, as it warned that inflation was "
        "proving more persistent than expected. Governor Michele Bullock said the board wanted "
        "to be more confident that inflation would return to its 2-3% target range in a "
        "reasonable time. Annual inflation was 5.4% in the September quarter. Advertisement The "
        "decision was the 13th increase since May 2022. The Australian dollar slipped after the "
        "statement.",
        "RBA lifts rates to 4.35 per cent\n\n"
        "The Reserve Bank of Australia increased the cash rate by a quarter of a percentage "
        "point on Tuesday, to 4.35 per cent, its first move since June.\n\n"
        "Michele Bullock said the board needed greater confidence that inflation, which was 5.4 "
        "per cent in the year to September, would return to the 2 to 3 per cent target band "
        "within a reasonable period. It is the 13th rate rise since May 2022.\n\n"
        "The Aussie dollar fell after the announcement.",
    ]),
    _case("cb-E21", "central bank", "control: rounding", False, [
        "WELLINGTON - The Reserve Bank of New Zealand cut its official cash rate by 50 basis "
        "points to 2.5% on Wednesday, a bigger move than most economists had expected, as the "
        "economy struggled to recover from a contraction in the June quarter. Annual inflation "
        "was 2.9%, near the top of the bank's 1-3% target band. GDP shrank 0.9% in the three "
        "months to June. \"The committee agreed that a larger cut was warranted,\" the bank "
        "said in its statement. The New Zealand dollar fell about 1% against the US dollar.",
        "RBNZ goes big with 50-point cut\n\n"
        "New Zealand's central bank lowered the OCR by 50 basis points to 2.5 per cent on "
        "Wednesday. Inflation is running at just under 3 per cent, but the Reserve Bank said "
        "spare capacity in the economy should bring it back down over the coming year.\n\n"
        "The economy contracted by 0.9 per cent in the June quarter. The kiwi dropped around "
        "1 per cent after the announcement.\n\n"
        "Read more: What the OCR cut means for your mortgage",
    ], ["2025-10-09", "2025-10-09"]),
    _case("cb-E22", "central bank", "control: old rate and new rate", False, [
        "WASHINGTON - The Federal Reserve lowered its benchmark interest rate by a quarter "
        "percentage point on Wednesday, to a range of 4.00%-4.25% from 4.25%-4.50%, its first "
        "cut since December. The vote was 11-1, with newly appointed Governor Stephen Miran "
        "dissenting in favor of a larger half-point cut. Policymakers' projections showed two "
        "more reductions this year. Chair Jerome Powell said the move was meant to manage the "
        "risks from a softening labor market. Advertisement Stocks rose after the announcement "
        "before closing mixed.",
        "Fed delivers first cut of 2025\n\n"
        "The Federal Open Market Committee cut the federal funds rate by 25 basis points, "
        "setting a new target range of 4 to 4.25 percent. The old range of 4.25 to 4.5 percent "
        "had been in place since December.\n\n"
        "Stephen Miran, who joined the Board of Governors days before the meeting, was the only "
        "dissenter; he wanted a 50 basis point reduction. The vote was 11 to 1.\n\n"
        "Officials penciled in two further quarter-point cuts before the end of the year, "
        "according to the median projection. Powell said the labor market was cooling.",
    ]),
    # ------------------------------------------------------------------ rocket
    _case("rocket-E23", "rocket", "name of the booster", True, [
        "STARBASE, Texas (Reuters) - SpaceX's Starship flew its tenth test flight on Tuesday, "
        "deploying eight dummy Starlink satellites and splashing down in the Indian Ocean in "
        "what the company called a largely successful mission. The Super Heavy first stage, "
        "Booster 16, performed a planned landing-burn experiment before hitting the water in "
        "the Gulf. The rocket lifted off at 6:30 p.m. CT from Starbase. "
        "The upper stage relit one of its Raptor engines in space, a key test "
        "before orbital flights. The flight followed three failures earlier this year. Elon Musk "
        "praised the team on X.",
        "Starship Flight 10 recap\n\n"
        "After months of setbacks, Starship finally had a good day. The giant rocket launched "
        "from Starbase at 6:30 p.m. Central time on Tuesday, with Booster 14 powering the first "
        "few minutes of flight before peeling away for a controlled descent into the Gulf.\n\n"
        "The ship then released eight Starlink mass simulators, relit a Raptor engine in space "
        "and came down in the Indian Ocean on target.\n\n"
        "It was the first Starship flight of 2025 not to end in failure. Share this article",
    ], ["2025-08-27", "2025-08-27"],
        r"booster 16|\bb-?16\b|(?<![\d:.])16(?![\d:.])",
        r"booster 14|\bb-?14\b|(?<![\d:.])14(?![\d:.])"),
    _case("rocket-E24", "rocket", "flight duration", True, [
        "OSLO - German start-up Isar Aerospace's Spectrum rocket crashed shortly after lifting "
        "off on its first test flight from Norway's Andøya Spaceport on Sunday, falling into "
        "the sea about 30 seconds into the flight. The company said it was nonetheless pleased "
        "with the data gathered. \"We had a clean lift-off, and our flight termination system "
        "worked as planned,\" chief executive Daniel Metzler said. Spectrum is designed to carry "
        "up to 1,000 kg to low Earth orbit. No payload was on board. Isar is one of several "
        "European firms racing to develop small launchers.",
        "Spectrum goes down in maiden launch\n\n"
        "Isar Aerospace's first orbital attempt ended after roughly 18 seconds on Sunday when "
        "the Spectrum rocket lost control and plunged into the sea near the Andøya launch "
        "site.\n\n"
        "The company stressed that its aim had been to collect as much flight data as possible. "
        "Chief executive Daniel Metzler said the lift-off had been clean and the termination "
        "system had done its job.\n\n"
        "No satellites were aboard. The two-stage rocket is meant to lift payloads of up to "
        "1,000 kilograms into low Earth orbit.\n\nAdvertisement",
    ], None,
        r"(?<![\d.])30 ?(seconds?|secs?|s\b)|thirty seconds|half a minute|(?<![\d.])30(?![\d.])",
        r"(?<![\d.])18 ?(seconds?|secs?|s\b)|eighteen seconds|(?<![\d.])18(?![\d.])"),
    _case("rocket-E25", "rocket", "clock time across zones", True, [
        "SpaceX's ninth Starship test flight ended prematurely on Tuesday when the upper stage "
        "lost attitude control and broke apart over the Indian Ocean. The rocket lifted off from "
        "Starbase in South Texas at 6:36 p.m. CDT (2336 GMT), flying with a reused Super Heavy "
        "booster for the first time. The booster was lost during an experimental descent over "
        "the Gulf. Fuel leaks left the ship unable to deploy its dummy satellites, SpaceX said. "
        "The Federal Aviation Administration said it was working with the company on a mishap "
        "investigation. Elon Musk said on X that the team had gathered plenty of good data.",
        "Starship breaks up on ninth flight\n\n"
        "Starship took off from Starbase, Texas, at 8:36 p.m. EDT on Tuesday, the first time "
        "SpaceX had reflown a Super Heavy booster. That booster was destroyed while testing a "
        "new descent profile over the Gulf.\n\n"
        "The ship reached space but sprang leaks, could not release its mock Starlink "
        "satellites and tumbled before breaking up over the Indian Ocean.\n\n"
        "The FAA said a mishap investigation would be required. Musk posted that there was a "
        "lot of good data to review. Read more: Starship's record so far",
    ], ["2025-05-28", "2025-05-28"],
        r"(?<!\d)6:36|18:36|23:?36",
        r"(?<!\d)8:36|20:36|(?<!\d)00:?36|(?<!\d)7:36"),
    _case("rocket-E26", "rocket", "launch site at different precision (really differs)", True, [
        "CAPE CANAVERAL, Fla. (AP) - Blue Origin's New Glenn rocket launched a pair of NASA "
        "spacecraft bound for Mars on Thursday and, on its second try, landed its booster on a "
        "barge in the Atlantic. The 321-foot rocket lifted off from Launch Complex 36 at Cape "
        "Canaveral Space Force Station shortly after 3:55 p.m. The twin ESCAPADE probes will "
        "study how the solar wind strips away the Martian atmosphere. Founder Jeff Bezos watched "
        "from the launch control center. The booster touched down on the landing ship Jacklyn "
        "about nine minutes after launch. The company's first New Glenn flight in January "
        "reached orbit but lost its booster.",
        "New Glenn sticks the landing\n\n"
        "Blue Origin's second New Glenn mission thundered away from Launch Complex 39A at NASA's "
        "Kennedy Space Center on Thursday afternoon, carrying two small NASA probes on a journey "
        "to Mars.\n\n"
        "Roughly nine minutes later, the reusable first stage settled onto the company's landing "
        "vessel, Jacklyn, in the Atlantic - a first for Blue Origin, whose booster was lost on "
        "the rocket's debut in January.\n\n"
        "The ESCAPADE mission will examine how the solar wind erodes the Martian atmosphere. "
        "Jeff Bezos was in the control room for the launch.",
    ], None,
        r"(complex|lc-?) ?36|space force station|ccsfs",
        r"39 ?a\b|kennedy"),
    _case("rocket-E27", "rocket", "altitude reached", True, [
        "BEIJING - Chinese private rocket maker LandSpace said on Tuesday that a test vehicle for "
        "its reusable Zhuque-3 rocket climbed to an altitude of about 10 kilometres before "
        "returning to land upright on its pad at the Jiuquan Satellite Launch Center. The "
        "flight lasted 60 seconds, the company said in a statement. It is the highest vertical "
        "take-off and landing test by a Chinese commercial firm so far. LandSpace plans the "
        "first orbital launch of the stainless-steel Zhuque-3 later this year. Advertisement "
        "The company has raised money from state-backed funds.",
        "LandSpace hop test reaches new heights\n\n"
        "A Zhuque-3 test article flew to 12 km on Tuesday and touched back down on the pad at "
        "Jiuquan in north-west China, LandSpace announced.\n\n"
        "The vertical take-off, vertical landing flight lasted 60 seconds in total. Chinese "
        "commercial launch companies are racing to master booster reuse, something SpaceX has "
        "done routinely for years.\n\n"
        "LandSpace intends to attempt the first orbital flight of the full-size, stainless-steel "
        "Zhuque-3 later this year.",
    ], ["2025-04-02", "2025-04-02"],
        r"(?<![\d.])10 ?(km|kilomet(er|re)s?)|(?<![\d.])10,?000 ?(m\b|met)|ten kilomet"
        r"|(?<![\d.])6\.2 ?mi",
        r"(?<![\d.])12 ?(km|kilomet(er|re)s?)|(?<![\d.])12,?000 ?(m\b|met)|twelve kilomet"
        r"|(?<![\d.])7\.[45] ?mi"),
    _case("rocket-E28", "rocket", "control: km vs miles", False, [
        "VAN HORN, Texas - Blue Origin's New Shepard rocket carried six people to the edge of "
        "space on Saturday, with the capsule reaching a peak altitude of 105 kilometres before "
        "parachuting back to the West Texas desert. The flight, the company's 12th with a crew, "
        "lasted 10 minutes and 21 seconds from lift-off to touchdown. The passengers included a "
        "retired schoolteacher and an engineer from Kenya. The reusable booster landed on its "
        "pad about seven minutes after launch. \"Seeing the curve of the Earth changes you,\" one "
        "passenger said after climbing out of the capsule. Blue Origin did not disclose how much "
        "the tickets cost.",
        "Six more tourists pass the Karman line\n\n"
        "New Shepard's capsule topped out at about 65 miles above the Earth on Saturday, "
        "comfortably beyond the 62-mile line often used to mark where space begins.\n\n"
        "The 10-minute, 21-second trip began and ended at Blue Origin's Launch Site One near Van "
        "Horn. The booster returned to a vertical landing roughly seven minutes into the "
        "flight, while the six passengers floated back under parachutes.\n\n"
        "It was the twelfth crewed New Shepard mission. Ticket prices were not disclosed.\n\n"
        "Advertisement",
    ]),
    _case("rocket-E29", "rocket", "control: count updated later, dates show it", False, [
        "TOKYO - Japan's H3 rocket lifted off from the Tanegashima Space Center on Thursday "
        "morning on a test flight carrying five small satellites built by universities and "
        "start-ups, the Japan Aerospace Exploration Agency said. All five were released into "
        "orbit about 20 minutes after launch. By Thursday evening, ground stations had received "
        "signals from three of the satellites, JAXA said, and teams were still trying to contact "
        "the other two. The flight tested a new version of the rocket with no solid boosters. "
        "\"The rocket itself performed exactly as designed,\" project manager Masashi Okada told "
        "a news conference.",
        "JAXA: all five H3 rideshare satellites now in contact\n\n"
        "The Japan Aerospace Exploration Agency said on Friday that it had now heard from all "
        "five small satellites launched on Thursday's H3 test flight from Tanegashima.\n\n"
        "The last two spacecraft checked in overnight, JAXA said, after their operators adjusted "
        "ground-station schedules. The satellites separated from the rocket around 20 minutes "
        "into the flight.\n\n"
        "The mission was the first to use the version of the H3 without solid rocket boosters. "
        "Share this article",
    ], ["2025-11-20", "2025-11-21"]),
    # ------------------------------------------------------------------ earthquake
    _case("quake-E30", "earthquake", "magnitude", True, [
        "MANILA (Reuters) - A magnitude 6.8 earthquake struck off the southern Philippine island "
        "of Mindanao on Friday, the U.S. Geological Survey said, shaking buildings and prompting "
        "a brief tsunami warning. The quake was centred at sea off the coast of Davao Oriental "
        "province at a depth of 20 km. At least seven people were killed, mostly by falling "
        "debris, provincial officials said. Offices and schools were evacuated in Davao City. "
        "The Philippine Institute of Volcanology and Seismology lifted its tsunami warning about "
        "two hours later. Power was cut in several towns along the coast.",
        "Strong quake rocks Mindanao, at least 7 dead\n\n"
        "A 7.1-magnitude earthquake hit the sea off Davao Oriental on Friday, according to the "
        "USGS, sending people running into the streets across eastern Mindanao.\n\n"
        "The tremor was 20 kilometres deep. Provincial disaster officials said at least seven "
        "people died, many of them hit by collapsing walls. Phivolcs, the country's seismology "
        "agency, issued a tsunami warning that it withdrew around two hours later.\n\n"
        "Advertisement\n\nElectricity was knocked out in a number of coastal towns.",
        "Davao Oriental quake: what we know\n\n"
        "The USGS measured Friday's offshore earthquake at magnitude 6.8. It was relatively "
        "shallow, at 20 km. Officials have confirmed at least seven deaths. A tsunami warning "
        "was issued and later cancelled. Several coastal municipalities lost power, and engineers "
        "were inspecting school buildings before classes resume.",
    ], None,
        r"(?<![\d.])6\.8(?!\d)", r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-E31", "earthquake", "name of the epicentre town", True, [
        "MEXICO CITY (AP) - A magnitude 6.0 earthquake shook southern Mexico on Friday "
        "afternoon, setting off the seismic alarm in the capital and sending office workers "
        "into the streets. Mexico's National Seismological Service said the epicenter was near "
        "San Marcos, in Guerrero state, at a depth of 16 km. There were no immediate reports of "
        "deaths or serious damage, Guerrero's civil protection agency said. President Claudia "
        "Sheinbaum wrote on social media that authorities were assessing the situation. The "
        "region sits on one of the most active faults in the country. Hotels in Acapulco "
        "reported only minor cracks.",
        "Guerrero earthquake: no deaths reported\n\n"
        "Friday's magnitude 6.0 quake was centred near Tecpan de Galeana, in Guerrero, the "
        "National Seismological Service reported. It struck at a depth of 16 kilometres.\n\n"
        "Alarms sounded in Mexico City, where thousands left their buildings. State civil "
        "protection officials said they had no reports of fatalities or major damage.\n\n"
        "President Claudia Sheinbaum said on X that teams were checking for damage. Read more: "
        "How Mexico's earthquake early-warning system works",
    ], ["2025-02-08", "2025-02-08"],
        r"san marcos", r"tecpan"),
    _case("quake-E32", "earthquake", "number of aftershocks", True, [
        "TAIPEI (Reuters) - A magnitude 6.4 earthquake struck off Taiwan's east coast late on "
        "Friday, shaking buildings in Taipei and briefly halting high-speed trains. The Central "
        "Weather Administration said the quake was centred in the sea about 20 km east of "
        "Hualien County Hall at a depth of 15 km. By 10 a.m. on Saturday it had recorded 83 "
        "aftershocks, the strongest of magnitude 5.1. Eleven people were treated for minor "
        "injuries. Chipmaker TSMC said it had briefly evacuated some staff but operations were "
        "normal. Hualien was hit by a much stronger quake in April 2024.",
        "Hualien shaken again\n\n"
        "Taiwan's weather agency counted 142 aftershocks as of 10 a.m. Saturday following Friday "
        "night's magnitude 6.4 quake off Hualien.\n\n"
        "The main shock was centred about 20 kilometres east of Hualien County Hall, 15 km "
        "deep, according to the Central Weather Administration. The largest aftershock measured "
        "5.1.\n\nAdvertisement\n\n"
        "Eleven minor injuries were reported. TSMC said staff had been moved out of some "
        "buildings for a short time but production was unaffected.",
    ], ["2025-12-20", "2025-12-20"],
        r"(?<![\d.])83(?![\d.])", r"(?<![\d.])142(?![\d.])"),
    _case("quake-E33", "earthquake", "casualty count conflict (same day)", True, [
        "KABUL - An earthquake of magnitude 6.0 struck eastern Afghanistan late on Sunday, "
        "killing at least 46 people in Kunar province and injuring more than 300, a provincial "
        "spokesman said on Monday. The quake hit shortly before midnight at a shallow depth of "
        "8 km, the U.S. Geological Survey said. Many of the victims were asleep in mud-brick "
        "houses that collapsed. Rescue teams were struggling to reach remote valleys because "
        "landslides had blocked roads. The Taliban administration appealed for international "
        "aid. Helicopters were being used to evacuate the injured to Jalalabad.",
        "Afghanistan earthquake: dozens killed in Kunar\n\n"
        "At least 64 people were killed and more than 300 injured when a magnitude 6.0 "
        "earthquake hit eastern Afghanistan just before midnight on Sunday, officials in Kunar "
        "province said on Monday.\n\n"
        "The quake was shallow, about 8 km deep according to the USGS, and flattened houses made "
        "of mud and stone.\n\n"
        "Landslides have cut off roads to several villages, hampering rescuers. Injured people "
        "were being flown by helicopter to hospitals in Jalalabad. Share this article",
        "The death toll in Kunar stands at 46, the provincial information department said on "
        "Monday, with over 300 people hurt. The magnitude 6.0 quake struck at 11:47 p.m. local "
        "time on Sunday. Aid agencies warned that the figures could rise as teams reach isolated "
        "areas. The authorities in Kabul asked foreign donors for help.",
    ], ["2025-09-01", "2025-09-01", "2025-09-01"],
        r"(?<![\d.])46(?![\d.])|forty-six", r"(?<![\d.])64(?![\d.])|sixty-four"),
    _case("quake-E34", "earthquake", "clock time across zones", True, [
        "TOKYO - A magnitude 7.5 earthquake struck off Japan's northeastern coast at 11:14 p.m. "
        "local time on Monday, December 8, prompting tsunami warnings for waves of up to 3 "
        "metres along the Pacific coast of Aomori, Iwate and Hokkaido. The Japan Meteorological "
        "Agency said the quake was centred about 80 km off Aomori prefecture at a depth of 50 "
        "km. Waves of up to 70 cm were later observed at several ports. Around 30 people were "
        "hurt, mostly by falling objects. The government set up an emergency task force. No "
        "abnormalities were reported at nuclear plants in the region.",
        "Strong quake off northern Japan triggers tsunami alerts\n\n"
        "The magnitude 7.5 earthquake hit at 8:14 a.m. ET on Monday, December 8, in the Pacific "
        "off Aomori prefecture, according to the Japan Meteorological Agency, which warned of "
        "tsunami waves as high as 3 meters.\n\n"
        "Tide gauges recorded waves of up to 70 centimeters at several ports. Authorities said "
        "about 30 people were injured.\n\n"
        "The quake struck 50 kilometers deep, roughly 80 km off the Aomori coast. Japan's "
        "nuclear regulator said it had found no problems at plants in the area.\n\n"
        "Advertisement",
    ], None,
        r"11:14|23:14|(?<!\d)14:?14|(?<![\d:])9:14",
        r"(?<![\d:])8:14|(?<!\d)13:?14|(?<!\d)22:14|(?<![\d:])10:14"),
    _case("quake-E35", "earthquake", "control: death toll updated, dates show it", False, [
        "BEIJING (Reuters) - A powerful earthquake struck a remote part of Tibet near the Nepal "
        "border on Tuesday morning, killing at least 53 people and injuring 62, Chinese state "
        "media reported. The U.S. Geological Survey put the magnitude at 7.1 and said the quake "
        "was shallow, at a depth of 10 km. The epicentre was in Tingri county, about 80 km north "
        "of Mount Everest. More than 1,000 houses were damaged, Xinhua said. Tremors were felt "
        "in Kathmandu and parts of northern India. Rescuers were battling temperatures well "
        "below freezing.",
        "Tibet quake death toll climbs to 126\n\n"
        "Chinese authorities said on Thursday that 126 people had died in Tuesday's magnitude "
        "7.1 earthquake in Tingri county, Tibet, and 188 had been injured.\n\n"
        "The USGS said the quake struck at a depth of 10 km, roughly 80 kilometres north of "
        "Everest. More than 3,600 homes were damaged or destroyed, and tens of thousands of "
        "people spent the nights in tents in temperatures as low as minus 18C.\n\n"
        "Search and rescue operations have ended, officials said, and the focus has shifted to "
        "shelter for survivors.",
    ], ["2025-01-07", "2025-01-09"]),
    _case("quake-E36", "earthquake", "control: km vs miles", False, [
        "ISTANBUL - A magnitude 6.1 earthquake struck western Turkey on Sunday evening, toppling "
        "several buildings in the town of Sındırgı in Balıkesir province and killing one "
        "person, the disaster agency AFAD said. The quake hit at a depth of 11 km, about 200 km "
        "south of Istanbul, where it was also felt. Interior Minister Ali Yerlikaya said 29 "
        "people had been injured. Sixteen buildings collapsed, most of them already empty after "
        "an earlier quake in August. Schools in the district will stay shut on Monday.",
        "Deadly quake hits Balıkesir\n\n"
        "A 6.1-magnitude earthquake rattled western Turkey on Sunday night, centred on the town "
        "of Sindirgi, roughly 125 miles south of Istanbul.\n\n"
        "It was about 7 miles deep, according to Turkey's disaster management authority. One "
        "person died and 29 were injured, Interior Minister Ali Yerlikaya said.\n\n"
        "Advertisement\n\n"
        "16 buildings came down, many of which had been evacuated after an August tremor. "
        "Classes in Sındırgı are suspended for Monday.",
    ]),
    _case("quake-E37", "earthquake", "control: same moment on different calendar days", False, [
        "LOS ANGELES (AP) - One of the strongest earthquakes ever recorded struck off Russia's "
        "Kamchatka Peninsula on Tuesday, sending tsunami waves across the Pacific and prompting "
        "evacuation orders from Hawaii to Japan. The magnitude 8.8 quake hit at 4:24 p.m. "
        "Pacific time, about 20 km below the sea floor, the U.S. Geological Survey said. Waves "
        "of up to 4 meters struck the Kamchatka coast, Russian officials said. In Hawaii, sirens "
        "sounded and residents of low-lying areas moved to higher ground. Advertisement The "
        "quake was the strongest anywhere in the world since the 2011 disaster in Japan.",
        "Kamchatka earthquake: magnitude 8.8 quake triggers Pacific-wide tsunami alerts\n\n"
        "PETROPAVLOVSK-KAMCHATSKY, July 30 - A magnitude 8.8 earthquake struck off the east coast "
        "of Kamchatka at 11:24 a.m. local time on Wednesday, shaking buildings in the regional "
        "capital and sending waves of up to 4 metres onto the coast.\n\n"
        "The USGS said the quake's focus was about 20 km deep. Tsunami warnings were issued in "
        "Japan, Hawaii and along the US west coast.\n\n"
        "It was the most powerful earthquake anywhere in the world since March 2011, when a "
        "quake off Japan set off the Fukushima disaster.",
    ], ["2025-07-29", "2025-07-30"]),
    # ------------------------------------------------------------------ election
    _case("elect-E38", "election", "vote share", True, [
        "LA PAZ (Reuters) - Centrist senator Rodrigo Paz won Bolivia's presidential runoff on "
        "Sunday with 54.5% of the valid votes, according to the preliminary count, ending "
        "nearly two decades of rule by the leftist MAS party. His rival, former president Jorge "
        "\"Tuto\" Quiroga, conceded on Sunday night. Paz, the son of a former president, "
        "campaigned on a promise of capitalism for all. He will be sworn in on Nov. 8. Bolivia "
        "is facing its worst economic crisis in decades, with fuel shortages and inflation "
        "above 20%.",
        "Paz wins Bolivia runoff\n\n"
        "Rodrigo Paz has been elected president of Bolivia after taking 51.8 per cent of the "
        "valid vote in Sunday's second round, the electoral tribunal's preliminary results "
        "showed.\n\n"
        "Jorge Quiroga, a former president, accepted defeat late on Sunday.\n\n"
        "The centrist senator takes office on 8 November and inherits an economy hit by fuel "
        "shortages and inflation running above 20 per cent.\n\nAdvertisement\n\n"
        "The result brings to an end almost 20 years of governments led by the Movement Towards "
        "Socialism.",
        "Rodrigo Paz won 54.5% of the vote in Bolivia's runoff, official preliminary figures "
        "show. Quiroga conceded. Paz takes office on November 8. Analysts say his first test "
        "will be securing enough fuel imports to end the queues at petrol stations. The MAS "
        "movement, which had governed almost without a break since 2006, did not reach the "
        "runoff.",
    ], None,
        r"(?<![\d.])54[.,]5(?!\d)", r"(?<![\d.])51[.,]8(?!\d)"),
    _case("elect-E39", "election", "winning margin in percentage points", True, [
        "RICHMOND, Va. (AP) - Democrat Abigail Spanberger was elected Virginia's first female "
        "governor on Tuesday, defeating Republican Lt. Gov. Winsome Earle-Sears by roughly 15 "
        "percentage points. The former congresswoman and CIA officer flipped a governorship that "
        "had been held by Republican Glenn Youngkin, who could not seek a second consecutive "
        "term. Spanberger focused her campaign on the cost of living and federal job cuts in "
        "northern Virginia. \"Virginians picked steadiness over drama,\" she told supporters in "
        "Richmond. Democrats also won the races for lieutenant governor and attorney general.",
        "Spanberger wins Virginia governor's race\n\n"
        "Abigail Spanberger beat Winsome Earle-Sears by nine points on Tuesday to become the "
        "first woman to lead Virginia, according to unofficial returns.\n\n"
        "The Democrat, a former CIA officer who served three terms in Congress, replaces "
        "Republican Glenn Youngkin, who was barred by state law from running for a consecutive "
        "term.\n\n"
        "She ran on affordability and the impact of federal layoffs on the D.C. suburbs.\n\n"
        "Democrats swept the other two statewide offices.",
    ], ["2025-11-05", "2025-11-05"],
        r"(?<![\d.])15(?![\d.])|fifteen", r"(?<![\d.])9(?![\d.])|\bnine\b"),
    _case("elect-E40", "election", "turnout", True, [
        "BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national election on "
        "Sunday, taking 28.6% of the vote, while the far-right Alternative for Germany came "
        "second with 20.8%, its best result ever. Chancellor Olaf Scholz's Social Democrats "
        "slumped to 16.4%, their worst showing in the post-war era. Turnout was 82.5%, the "
        "highest since reunification in 1990. Merz said he aimed to form a government by "
        "Easter. \"Europe is waiting for us,\" he told supporters at party headquarters. The "
        "Greens won 11.6%.",
        "Merz heads for chancellery after German vote\n\n"
        "The CDU/CSU bloc of Friedrich Merz finished first in Sunday's Bundestag election with "
        "28.6 per cent, ahead of the AfD on 20.8 per cent.\n\n"
        "Olaf Scholz's SPD fell to 16.4 per cent, and the Greens took 11.6 per cent.\n\n"
        "Turnout rose to 78.4 per cent, up sharply on the previous election.\n\n"
        "Advertisement\n\n"
        "Merz said he wanted a new coalition in place by Easter. Coalition talks are expected "
        "to begin with the SPD.",
    ], None,
        r"(?<![\d.])82[.,]5(?!\d)", r"(?<![\d.])78[.,]4(?!\d)"),
    _case("elect-E41", "election", "seat count", True, [
        "SYDNEY (Reuters) - Australian Prime Minister Anthony Albanese's Labor government was "
        "re-elected on Saturday with an increased majority, with broadcaster ABC projecting that "
        "Labor would win 86 seats in the 150-seat House of Representatives. Opposition leader "
        "Peter Dutton lost his own seat of Dickson in Queensland. \"Australians have chosen to "
        "keep building,\" Albanese told cheering supporters in Sydney. A party needs 76 seats "
        "to govern in its own right. Counting is continuing in about a dozen close contests.",
        "Labor landslide: Albanese returned with bigger majority\n\n"
        "Labor is on track to hold 92 seats in the House of Representatives, according to the "
        "ABC's election computer, well above the 76 needed for a majority in the 150-member "
        "chamber.\n\n"
        "In a stunning blow to the Coalition, Peter Dutton was defeated in Dickson, the "
        "Brisbane-area seat he had held since 2001.\n\n"
        "Albanese thanked voters at a rally in Sydney, promising to govern for all "
        "Australians. Counting continues in around 12 undecided seats. Read more: The seats "
        "that changed hands",
        "Australia election result: Anthony Albanese secured a second term on Saturday. ABC "
        "projections give Labor 92 seats, while the Liberal-National Coalition is heading for "
        "its worst result in decades. Dutton conceded defeat after losing his own seat. "
        "Albanese is the first prime minister since John Howard in 2004 to win back-to-back "
        "elections.",
    ], ["2025-05-04", "2025-05-04", "2025-05-04"],
        r"(?<![\d.])86(?![\d.])", r"(?<![\d.])92(?![\d.])"),
    _case("elect-E42", "election", "obvious typo in a date's year", True, [
        "SANTIAGO - Chilean voters will choose between communist Jeannette Jara and far-right "
        "Republican José Antonio Kast in a presidential runoff scheduled for December 14, 3025, "
        "after neither won a majority in Sunday's first round. Jara, a former labour minister, "
        "took 26.8% of the vote, while Kast won 23.9%. Kast is seen as the favourite because "
        "most votes for other right-wing candidates are expected to flow to him. \"Chile needs "
        "order,\" Kast told supporters. Voting is compulsory in Chile. Advertisement The new "
        "president will take office on March 11.",
        "Jara and Kast head to Chile's second round\n\n"
        "Communist Party candidate Jeannette Jara finished first in Sunday's presidential "
        "election with 26.8 per cent, edging José Antonio Kast, who received 23.9 per cent.\n\n"
        "The pair will face each other in a runoff on December 14, 2025.\n\n"
        "Kast, who lost the 2021 runoff to Gabriel Boric, is expected to gather support from "
        "the other right-wing candidates. Jara served as labour minister under Boric. Voting is "
        "mandatory. The winner will be sworn in on 11 March.",
    ], None,
        r"3025", r"2025"),
    _case("elect-E43", "election", "control: figures of different parties", False, [
        "PRAGUE (Reuters) - Billionaire Andrej Babiš's ANO movement won the Czech parliamentary "
        "election with 34.5% of the vote, results showed on Saturday, giving it 80 of the 200 "
        "seats in the lower house. The centre-right Spolu coalition of outgoing Prime Minister "
        "Petr Fiala came second with 23.4% and 52 seats. Babiš will need partners to form a "
        "majority government. Turnout was 68.9%, the highest since 1998. \"We will be a "
        "government for all citizens,\" Babiš told reporters. President Petr Pavel is expected "
        "to begin consultations next week.",
        "Babiš triumphs, but still short of majority\n\n"
        "ANO took 80 seats in the 200-member Chamber of Deputies, 21 short of a majority, after "
        "winning 34.5 per cent of votes.\n\n"
        "The Mayors and Independents (STAN) won 22 seats, the Pirates 18 and the "
        "anti-immigration SPD 15. The Motorists, a new party allied with Babiš, cleared the "
        "threshold with 6.8 per cent and 13 seats.\n\n"
        "Turnout reached 68.9 per cent. Babiš is expected to seek a coalition with the SPD and "
        "the Motorists.\n\nAdvertisement",
    ], ["2025-10-05", "2025-10-05"]),
    _case("elect-E44", "election", "control: rounding", False, [
        "NEW YORK (AP) - Zohran Mamdani, a 34-year-old democratic socialist and state "
        "assemblyman, was elected mayor of New York City on Tuesday, winning 50.4% of the "
        "vote. Former Gov. Andrew Cuomo, running as an independent, finished second with "
        "41.6%, and Republican Curtis Sliwa took 7.1%. More than 2 million New Yorkers cast "
        "ballots, the most in a mayoral race since 1969. Mamdani will be the city's first Muslim "
        "mayor. He takes office on Jan. 1.",
        "Mamdani wins NYC mayor's race\n\n"
        "State Assemblyman Zohran Mamdani captured about 50 percent of the vote on Tuesday, "
        "defeating former Governor Andrew Cuomo, an independent, who had roughly 42 percent. "
        "Republican Curtis Sliwa trailed with around 7 percent.\n\n"
        "Over two million votes were cast, a level not seen in a New York mayoral contest since "
        "1969.\n\n"
        "Mamdani, 34, becomes the first Muslim to lead the city when he is sworn in on January "
        "1.\n\nShare this article",
    ]),
]
