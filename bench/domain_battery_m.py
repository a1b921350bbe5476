"""Blind battery of disagreements in the hidden check's domains, part M (issue 11).

Part M was written by engineer M1 on 2026-12-05 (tenth session) without reading the
reconcile rules or the other parts of the battery, and frozen before any run. It is a
held-out part, scored with ``bench/bench_domain_battery.py M``. Every text was written
for this battery; facts are real or plausible-invented. A must-report case plants
exactly one disagreement between outlets (regexes ``a`` and ``b`` match the two sides'
lower-cased values); a control (``report`` False) tells the same facts differently and
must produce no report.
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "M", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case(
        "trade-M1", "trade", "duration", True,
        [
            "LONDON (Reuters) - Senior U.S. and Chinese officials ended the first day of trade "
            "talks in London on Monday after about six and a half hours of discussions at "
            "Lancaster House, according to two people briefed on the meeting. Treasury Secretary "
            "Scott Bessent led the American team, joined by Commerce Secretary Howard Lutnick and "
            "U.S. Trade Representative Jamieson Greer, while Vice Premier He Lifeng headed "
            "Beijing's delegation. The meeting is meant to shore up a truce reached in Geneva "
            "last month, under which both countries lowered their triple-digit tariffs for 90 "
            "days. Neither side spoke to reporters on leaving the building. Export licences for "
            "rare earth magnets were expected to dominate the agenda, a U.S. official said. The "
            "talks resume on Tuesday morning.",
            "US-China trade talks in London: what we know so far\n"
            "By Priya Nair, Business Desk\nShare this article\nThe world's two biggest economies "
            "spent nearly nine hours behind closed doors at Lancaster House on Monday as "
            "Washington and Beijing tried to keep their tariff ceasefire from falling apart. US "
            "Treasury Secretary Scott Bessent fronted the American side; China sent Vice Premier "
            "He Lifeng. The sticking point is rare earths: Chinese exporters have been slow to "
            "issue licences for the magnets that carmakers and defence firms depend on.\n"
            "Advertisement\nThe White House described the day as productive but gave no detail. "
            "Both teams are due back at the table on Tuesday. The ceasefire agreed in Geneva in "
            "May runs for 90 days.",
            "Trade talks: day one ends in London\nUpdated 10 June 2025\n"
            "Negotiators from Washington and Beijing talked for 6.5 hours on Monday in their "
            "first London session, a person familiar with the schedule said. Vice Premier He "
            "Lifeng and Treasury Secretary Scott Bessent led the two delegations at Lancaster "
            "House, a Georgian mansion near St James's Palace that the British government uses "
            "for conferences. Rare earth export licences and U.S. curbs on chip design software "
            "were both on the table.\nRelated: What the Geneva truce did to tariffs\n"
            "The talks continued on Tuesday.",
        ],
        ["2025-06-09", "2025-06-09", "2025-06-10"],
        r"six(-| )and(-| )a(-| )half|(?<![\d.])6\.5 ?(hours?|hrs?|h\b)"
        r"|(?<![\d.])6 ?(hours?|hrs?|h) ?(and )?30|(?<!\d)390 ?min",
        r"\bnine(-| )hours?|(?<![\d.])9(\.0)? ?(hours?|hrs?|h\b)|(?<!\d)540 ?min",
    ),
    _case(
        "trade-M2", "trade", "clock time across zones", True,
        [
            "BEIJING (AP) — China said Friday it will impose an additional 34% tariff on all "
            "imports from the United States starting April 10, hitting back at the sweeping "
            "duties announced by President Donald Trump earlier in the week. The notice, issued "
            "by the State Council Tariff Commission, was posted on the Finance Ministry's website "
            "at 5 p.m. Beijing time. Beijing also said it would restrict exports of seven rare "
            "earth elements and added 11 U.S. companies to its unreliable entity list. The "
            "ministry said the American measures broke international trade rules and amounted to "
            "bullying. U.S. stock futures fell sharply after the announcement.",
            "China strikes back with 34% tariff on all US goods\n"
            "By Tom Whitcombe | Markets\nPhoto: Containers stacked at the port of Qingdao. "
            "(File)\nBeijing's extra 34 percent levy on every American import kicks in on April "
            "10, matching the rate Washington slapped on Chinese goods this week. The tariff "
            "commission's notice went up on the finance ministry's website at about 7 a.m. "
            "Eastern time on Friday, and Dow futures slid by more than 1,000 points before the "
            "opening bell. China is also putting export controls on seven rare earths and has "
            "placed 11 American firms on its unreliable entity list.\n"
            "Read more: How the 'Liberation Day' tariffs work\nAnalysts said the response showed "
            "Beijing was ready for a long fight.",
        ],
        None,
        r"(?<![\d:])5(:00)? ?p\.?m|(?<![\d:])17:00|(?<![\d:])0?9:00 ?(utc|gmt|z\b)"
        r"|(?<![\d:])9(:00)? ?a\.?m\.? ?(utc|gmt)|(?<![\d:])5(:00)? ?a\.?m\.? ?(et|edt|eastern)",
        r"(?<![\d:])7(:00)? ?a\.?m|(?<![\d:])0?7:00(?! ?p)|(?<![\d:])19:00"
        r"|(?<![\d:])11:00 ?(utc|gmt|z\b)|(?<![\d:])11(:00)? ?a\.?m\.? ?(utc|gmt)",
    ),
    _case(
        "trade-M3", "trade", "who led a delegation", True,
        [
            "STOCKHOLM, July 28 (Reuters) - U.S. and Chinese negotiators met for more than five "
            "hours in Stockholm on Monday in a bid to extend a tariff truce that expires on Aug. "
            "12. Treasury Secretary Scott Bessent led the U.S. side, while China's delegation was "
            "headed by Vice Premier He Lifeng. The talks took place at Rosenbad, the Swedish "
            "prime minister's office in central Stockholm. Li Chenggang, China's international "
            "trade representative, also attended. Both sides are expected to meet again on "
            "Tuesday. Without a deal, U.S. tariffs on Chinese goods could snap back to "
            "triple-digit levels.",
            "Sweden hosts the latest round of US-China trade talks\n"
            "Updated 18:32 CEST, 28 July 2025\nAmerican and Chinese officials sat down at "
            "Rosenbad, the seat of Sweden's government, on Monday for talks that went on for more "
            "than five hours. China's team was led by Commerce Minister Wang Wentao, with "
            "international trade representative Li Chenggang at his side, while Treasury "
            "Secretary Scott Bessent headed the US delegation. The current pause on higher "
            "tariffs runs out on 12 August.\nShare\nSwedish police closed several streets around "
            "the building. A second day of talks is set for Tuesday.",
        ],
        ["2025-07-28", "2025-07-28"],
        r"he lifeng|lifeng",
        r"wang wentao|wentao",
    ),
    _case(
        "trade-M4", "trade", "length of a tariff pause", True,
        [
            "Trump extends China tariff truce\nBy Maria Delgado, Staff Writer\n"
            "President Donald Trump signed an executive order on Monday extending the pause on "
            "higher tariffs on Chinese goods for another 90 days, hours before the previous truce "
            "was due to lapse. Without the extension, U.S. duties on Chinese imports would have "
            "climbed back toward 145%. China's Commerce Ministry announced a matching extension "
            "of its own pause. 'We'll see what happens,' Trump told reporters at the White House. "
            "Retailers stocking up for the holiday season welcomed the move.",
            "WASHINGTON — The White House on Monday pushed back the return of steep tariffs on "
            "Chinese goods with a 60-day extension of the truce, according to an executive order "
            "signed by President Trump. The earlier pause had been set to expire at 12:01 a.m. on "
            "Tuesday. Beijing said it would extend its own suspension of retaliatory duties by "
            "the same length of time. Advertisement Business groups, especially retailers heading "
            "into the holiday shopping season, had lobbied hard for the extension. Tariffs on "
            "Chinese imports would otherwise have jumped back toward 145 percent.",
        ],
        None,
        r"(?<![\d.])90(-| )?days?|ninety(-| )days?|three months",
        r"(?<![\d.])60(-| )?days?|sixty(-| )days?|two months",
    ),
    _case(
        "trade-M5", "trade", "weekday vs date", True,
        [
            "KUALA LUMPUR (AFP) - US President Donald Trump will meet Chinese President Xi "
            "Jinping on Thursday in the South Korean city of Busan, the White House said, after "
            "negotiators from both countries agreed a framework in Kuala Lumpur over the weekend. "
            "Treasury Secretary Scott Bessent said the framework would avert the 100 percent "
            "tariff Trump had threatened to impose from November 1. China is expected to delay "
            "its sweeping rare earth export controls for a year. The meeting will take place on "
            "the sidelines of the Asia-Pacific Economic Cooperation summit. 'I think we'll come "
            "away with something very good,' Trump told reporters aboard Air Force One.",
            "Trump-Xi meeting set for Busan\nPosted Monday 27 October 2025\n"
            "Donald Trump and Xi Jinping are due to sit down together in Busan on Wednesday, "
            "their first face-to-face meeting since Trump returned to the White House. The "
            "encounter, on the margins of the APEC summit in South Korea, follows two days of "
            "talks between the two sides' trade negotiators in Malaysia. Scott Bessent told US "
            "television that the threatened 100% tariff due on 1 November was now 'effectively "
            "off the table'. Beijing is expected to push back its new rare earth licensing rules "
            "by a year.\nRelated: Timeline of the US-China trade war",
        ],
        ["2025-10-27", "2025-10-27"],
        r"thursday|oct(ober|\.)? 30|2025-10-30|\b30 oct",
        r"wednesday|oct(ober|\.)? 29|2025-10-29|\b29 oct",
    ),
    _case(
        "trade-C1", "trade", "control: organisation named two ways", False,
        [
            "China's Ministry of Commerce said on Thursday it had added 12 American companies to "
            "its export control list, barring them from receiving dual-use items from China. The "
            "ministry said the firms, most of them defence contractors, had harmed China's "
            "national security. The measure takes effect immediately. Six other U.S. firms were "
            "placed on the unreliable entity list. The Office of the United States Trade "
            "Representative did not immediately respond to a request for comment.",
            "Beijing blacklists a dozen US defence firms\nBy Wei Chen\n"
            "The commerce ministry in Beijing on Thursday put 12 US companies on its export "
            "control list, cutting them off from Chinese dual-use goods with immediate effect. "
            "MOFCOM accused the companies of threatening national security. Separately, six US "
            "firms were added to the so-called unreliable entity list. USTR, the American trade "
            "agency, had not commented by late Thursday.\nShare this article\n"
            "Most of the companies named make aircraft parts or military electronics.",
        ],
        None,
    ),
    _case(
        "trade-C2", "trade", "control: old and new rate", False,
        [
            "GENEVA (Reuters) - The United States and China agreed on Monday to slash the tariffs "
            "they had placed on each other's goods for 90 days, a surprise de-escalation after "
            "talks in Geneva over the weekend. U.S. duties on Chinese imports will fall to 30% "
            "from 145%, while China's levies on American goods will drop to 10% from 125%, "
            "according to a joint statement. The cuts take effect on May 14. Treasury Secretary "
            "Scott Bessent told a news conference that the two days of talks had been "
            "constructive. Stock markets rallied on the news.",
            "US and China agree 90-day tariff truce\nUpdated 12 May 2025, 10:41 BST\n"
            "Washington and Beijing have agreed to cut their tit-for-tat tariffs sharply for 90 "
            "days. The 145 per cent US rate on Chinese goods will be reduced to 30 per cent, and "
            "China's 125 per cent rate on American imports will come down to 10 per cent, from "
            "Wednesday 14 May. The agreement followed weekend talks in the Swiss city led by US "
            "Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng.\n"
            "Advertisement\nShares in Hong Kong jumped on the announcement. Mr Bessent said "
            "neither side wanted to cut its economy off from the other.",
        ],
        ["2025-05-12", "2025-05-12"],
    ),
    _case(
        "court-M1", "court", "size of a court majority", True,
        [
            "WASHINGTON (AP) — The Supreme Court on Friday upheld a Texas law that requires "
            "pornography websites to verify the ages of their visitors, ruling 6-3 that the "
            "measure does not violate the First Amendment. Justice Clarence Thomas wrote the "
            "majority opinion, saying the state has a legitimate interest in shielding children "
            "from sexual content. About two dozen states have passed similar laws. The Free "
            "Speech Coalition, an adult industry trade group, had argued the law burdened adults' "
            "right to view legal material. Justice Elena Kagan wrote the dissent.",
            "SCOTUS backs Texas age-check law for adult sites\nBy Rachel Kim, Legal Affairs "
            "Reporter\nUpdated 1:12 PM EDT, Fri June 27, 2025\nA divided Supreme Court let Texas "
            "keep its age-verification rule for pornographic websites, with the justices "
            "splitting 5-4. Writing for the majority, Justice Clarence Thomas said the law only "
            "incidentally burdens adults' speech. The challenge was brought by the Free Speech "
            "Coalition, which represents the adult entertainment industry. Roughly two dozen "
            "states have enacted similar requirements.\nRelated: The biggest cases left on the "
            "court's docket\nIn dissent, Justice Elena Kagan warned that the ruling weakens "
            "protections for speech.",
        ],
        None,
        r"(?<![\d.])6 ?(-|–|—|to) ?3(?![\d.])|six(-| )to(-| )three|\bsix\b",
        r"(?<![\d.])5 ?(-|–|—|to) ?4(?![\d.])|five(-| )to(-| )four|\bfive\b",
    ),
    _case(
        "court-M2", "court", "author of the dissent", True,
        [
            "WASHINGTON (Reuters) - The U.S. Supreme Court on Friday limited the power of federal "
            "judges to block government policies nationwide, siding 6-3 with President Donald "
            "Trump in a fight over his order restricting birthright citizenship. Justice Amy "
            "Coney Barrett wrote for the conservative majority that such sweeping orders probably "
            "go beyond the powers Congress gave federal courts. Justice Sonia Sotomayor wrote the "
            "main dissent and read part of it aloud from the bench. The ruling did not decide "
            "whether the citizenship order itself is lawful. The order cannot take effect for 30 "
            "days, the court said.",
            "Supreme Court curbs nationwide injunctions in birthright citizenship case\n"
            "Share on Facebook | Share on X\nThe justices ruled 6-3 on Friday that lower-court "
            "judges went too far when they blocked President Trump's birthright citizenship order "
            "across the whole country. Justice Amy Coney Barrett authored the majority opinion. "
            "In a dissent written by Justice Elena Kagan, the court's liberals said the decision "
            "invited the government to ignore the Constitution. The merits of the executive order "
            "were left for another day. The policy will stay on hold for 30 days under the "
            "ruling.\nPhoto: Demonstrators outside the court on Friday morning.",
        ],
        ["2025-06-27", "2025-06-27"],
        r"sotomayor",
        r"kagan",
    ),
    _case(
        "court-M3", "court", "size of a fine", True,
        [
            "NEW YORK — A federal judge in Manhattan on Tuesday ordered crypto lender Veltrix "
            "Capital to pay a $4.2 million civil penalty for misleading customers about the "
            "safety of their deposits, ending a two-year case brought by the Securities and "
            "Exchange Commission. U.S. District Judge Miriam Kessler also barred the company's "
            "founder, Aaron Pryce, from serving as an officer of a public company for five years. "
            "The SEC had sought $9 million. Veltrix, which froze withdrawals in 2023, did not "
            "admit wrongdoing. Its lawyers said the firm was 'pleased to put this matter behind "
            "it.'",
            "Judge fines crypto lender Veltrix over deposit claims\n"
            "By Owen Marsh\nAdvertisement\nVeltrix Capital has been ordered to pay a $2.4 million "
            "penalty after a judge found it misled depositors, the Securities and Exchange "
            "Commission said in a statement. The ruling by U.S. District Judge Miriam Kessler in "
            "Manhattan on Tuesday also includes a five-year officer-and-director bar for founder "
            "Aaron Pryce. The regulator had asked for $9 million. Veltrix halted withdrawals in "
            "2023 and has neither admitted nor denied the allegations.\n"
            "Read more: Crypto lenders face a reckoning",
        ],
        None,
        r"(?<![\d.])4\.2 ?(m\b|mln|million)|4,200,000",
        r"(?<![\d.])2\.4 ?(m\b|mln|million)|2,400,000",
    ),
    _case(
        "court-M4", "court", "judge's title", True,
        [
            "DENVER (AP) — Chief U.S. District Judge Harold Brenner on Monday temporarily blocked "
            "a Colorado law that would have required ride-hailing companies to record every trip "
            "on in-car cameras, saying the rule likely violates drivers' privacy. The law was set "
            "to take effect on April 1. Uber and Lyft, along with a drivers' group, filed the "
            "lawsuit in January. Brenner's order will remain in place until a full hearing "
            "scheduled for May 12. A spokesperson for the Colorado attorney general's office said "
            "the state was reviewing the decision.",
            "Judge halts Colorado rideshare camera law\nPosted Mar 18, 2025\n"
            "By Lucy Ferraro, Denver Metro\nA Colorado requirement for cameras in every Uber and "
            "Lyft car is on hold after Senior U.S. District Judge Harold Brenner granted a "
            "preliminary injunction in Denver federal court Monday. The measure was due to kick "
            "in April 1. Brenner wrote that drivers had shown a strong chance of winning their "
            "privacy claims. The companies and a drivers' association sued in January; a hearing "
            "on the merits is set for May 12.\nShare this story\n"
            "The attorney general's office said it was studying the ruling.",
        ],
        ["2025-03-18", "2025-03-18"],
        r"\bchief\b",
        r"\bsenior\b",
    ),
    _case(
        "court-M5", "court", "typo in a date's year", True,
        [
            "Ex-Millbrook treasurer pleads guilty to stealing $1.3M\n"
            "By Dana Whitfield, Courts Reporter\nThe former treasurer of Millbrook, Ohio, pleaded "
            "guilty Wednesday in federal court in Columbus to wire fraud, admitting she diverted "
            "more than $1.3 million in village funds to her own accounts over six years. Karen "
            "Lutz, 58, faces up to 20 years in prison, though prosecutors expect to seek far less "
            "under the plea deal. U.S. District Judge Samuel Okafor set sentencing for Jan. 15, "
            "2026. Lutz has agreed to repay the money. Village officials discovered the losses "
            "during an audit in 2024.",
            "COLUMBUS, Ohio — Karen Lutz, 58, who served as Millbrook's treasurer, admitted on "
            "Wednesday that she siphoned more than $1.3 million of public money into personal "
            "accounts across six years. She pleaded guilty to one count of wire fraud before U.S. "
            "District Judge Samuel Okafor, who scheduled sentencing for January 15, 3026. The "
            "charge carries a maximum of 20 years. Under the plea agreement, she will pay full "
            "restitution. The theft came to light in a 2024 audit.\n"
            "Advertisement",
        ],
        ["2025-10-02", "2025-10-02"],
        r"(?<!\d)2026(?!\d)",
        r"(?<!\d)3026(?!\d)",
    ),
    _case(
        "court-C1", "court", "control: one person's two quotes", False,
        [
            "HELENA, Mont. (AP) — A federal appeals court on Thursday upheld Montana's ban on "
            "cellphones in public school classrooms, rejecting a challenge brought by a group of "
            "parents. The three-judge panel of the 9th U.S. Circuit Court of Appeals ruled "
            "unanimously that the state had a reasonable interest in limiting distractions during "
            "lessons. 'This is a win for every teacher who just wants to teach,' Attorney General "
            "Ellen Marsh said in a statement. The law, passed in 2024, applies from kindergarten "
            "through 12th grade. The parents' lawyer said they were weighing an appeal to the "
            "full court.",
            "Appeals court sides with Montana on classroom phone ban\n"
            "By Greg Tolliver\nMontana can keep its ban on phones in K-12 classrooms, a unanimous "
            "three-judge panel of the 9th Circuit decided Thursday. Parents who sued argued the "
            "2024 law kept them from reaching their children in emergencies. Attorney General "
            "Ellen Marsh, speaking to reporters in Helena later in the day, said her office had "
            "'never lost sleep over this one.' The judges noted that schools may still let "
            "students call home from the front office.\nRelated: States that have restricted "
            "phones in schools\nAn attorney for the families said they may ask the full court to "
            "rehear the case.",
        ],
        None,
    ),
    _case(
        "court-C2", "court", "control: later update, dates show it", False,
        [
            "Warehouse workers' wage suit gains steam\nBy Tessa Brandt, Staff Writer\n"
            "Updated 4:05 PM CDT, Wed April 23, 2025\nMore than 300 former employees have now "
            "joined a lawsuit accusing Ridgeline Logistics of failing to pay overtime at its "
            "distribution centers in Illinois, their lawyers said on Wednesday. The suit, filed "
            "in federal court in Chicago in February, seeks back pay and damages. U.S. District "
            "Judge Carla Mendes allowed it to proceed as a collective action last month. "
            "Ridgeline has denied the claims. A status hearing is set for June 3.",
            "Ridgeline wage suit tops 1,100 plaintiffs\nBy Tessa Brandt, Staff Writer\n"
            "Updated 11:20 AM CDT, Wed May 7, 2025\nThe number of former Ridgeline Logistics "
            "workers taking part in an overtime lawsuit against the company has climbed to more "
            "than 1,100, up from about 300 two weeks ago, according to a court filing on Tuesday. "
            "The opt-in period ordered by U.S. District Judge Carla Mendes closes at the end of "
            "May. Workers say the company did not pay them for time spent in security screening "
            "at its Illinois warehouses. Ridgeline, which denies wrongdoing, declined to comment. "
            "The next status hearing remains set for June 3.",
        ],
        ["2025-04-23", "2025-05-07"],
    ),
    _case(
        "cb-M1", "central bank", "size of a rate move (bp vs quarter point)", True,
        [
            "SYDNEY (Reuters) - Australia's central bank cut its cash rate by 50 basis points on "
            "Tuesday, its second easing this year, citing a sharp slowdown in inflation and "
            "mounting global risks from U.S. tariffs. The Reserve Bank of Australia said "
            "underlying inflation had fallen to 2.9% in the March quarter, back inside its 2-3% "
            "target band. Governor Michele Bullock told reporters the outlook for the world "
            "economy had darkened. The Australian dollar slipped after the decision. Markets now "
            "expect further cuts by the end of the year.",
            "RBA cuts rates: what it means for your mortgage\nBy Sophie Tran, Personal Finance\n"
            "Updated 2:58pm AEST, 20 May 2025\nThe Reserve Bank has delivered a quarter-point "
            "cut, taking the cash rate to 3.85 per cent. It is the second reduction this year. "
            "Trimmed mean inflation, the bank's preferred gauge, eased to 2.9 per cent in the "
            "March quarter, back within the 2 to 3 per cent target range. For a borrower with a "
            "$600,000 loan, the cut could save around $90 a month, according to a comparison "
            "site.\nAdvertisement\nGovernor Michele Bullock said the board would be 'cautious' "
            "about further moves.",
        ],
        None,
        r"(?<![\d.])50 ?(basis points?|bps?\b|bp\b)|half(-| )(a )?(percentage )?point"
        r"|(?<![\d.])0?\.50? ?(percentage points?|pp\b|points?|%)",
        r"(?<![\d.])25 ?(basis points?|bps?\b|bp\b)|quarter(-| )(of a )?(percentage )?point"
        r"|(?<![\d.])0?\.25 ?(percentage points?|pp\b|points?|%)",
    ),
    _case(
        "cb-M2", "central bank", "who dissented", True,
        [
            "WASHINGTON (Reuters) - The Federal Reserve held its benchmark interest rate steady "
            "in the 4.25%-4.50% range on Wednesday, with policymakers split over how soon to "
            "resume cuts. The decision passed 11-1, with Kansas City Fed President Jeffrey Schmid "
            "dissenting in favor of a quarter-point reduction. Fed Chair Jerome Powell said at a "
            "news conference that tariffs were starting to show up in the prices of some goods. "
            "New projections showed officials still expect two cuts this year. Stocks edged lower "
            "after the statement.",
            "Fed stands pat; one policymaker wanted a cut\nBy Alan Boyd\n"
            "The Fed kept its policy rate unchanged at 4.25 to 4.5 percent on Wednesday in an "
            "11-1 vote. Governor Stephen Miran was the lone dissenter, arguing for a "
            "25-basis-point cut. Chair Jerome Powell told reporters that the effect of tariffs on "
            "consumer prices was becoming visible. The median projection still points to two rate "
            "reductions before the end of the year.\nShare this article",
            "Markets wrap: Fed on hold\nUS stocks drifted lower after the Federal Reserve left "
            "rates in a range of 4.25%-4.50%. Only one of the 12 voting members, Governor Stephen "
            "Miran, opposed the decision, preferring to lower rates by a quarter point. Powell "
            "said tariffs were beginning to feed through to some prices. Treasury yields were "
            "little changed. Policymakers' projections continue to show two cuts this year.",
        ],
        None,
        r"schmid",
        r"miran",
    ),
    _case(
        "cb-M3", "central bank", "vote split", True,
        [
            "LONDON (Reuters) - The Bank of England cut interest rates to 4% on Thursday, but "
            "only after its Monetary Policy Committee voted 5-4, a split that underlined worries "
            "about stubborn inflation. Four members wanted to keep Bank Rate at 4.25%. Governor "
            "Andrew Bailey said future cuts would need to be 'gradual and careful'. The BoE now "
            "expects inflation to peak at 4% in September, twice its target. Sterling rose "
            "against the dollar after the announcement.",
            "Bank of England cuts rates to 4% in a close vote\nUpdated 12:47 BST, 7 August 2025\n"
            "By Harriet Cole, Economics Correspondent\nThe Bank of England lowered Bank Rate by a "
            "quarter point to 4 per cent, its lowest level in more than two years. The "
            "nine-member Monetary Policy Committee split 6-3, with three members voting to hold "
            "rates at 4.25 per cent. Governor Andrew Bailey said future reductions would need to "
            "be 'gradual and careful'. Inflation is forecast to peak at 4 per cent in September, "
            "double the 2 per cent goal.\nRelated: What the rate cut means for mortgages",
        ],
        ["2025-08-07", "2025-08-07"],
        r"(?<![\d.])5 ?(-|–|—|to) ?4(?![\d.])|five(-| )to(-| )four|\bfour (members|policymakers)",
        r"(?<![\d.])6 ?(-|–|—|to) ?3(?![\d.])|six(-| )to(-| )three|\bthree (members|policymakers)",
    ),
    _case(
        "cb-M4", "central bank", "amount of bond sales", True,
        [
            "LONDON — The Bank of England said on Thursday it would shrink its stock of "
            "government bonds by £70bn over the next 12 months, down from £100bn in the past "
            "year, as it tries to limit pressure on long-dated gilt yields. The bank held "
            "interest rates at 4% in a 7-2 vote. It will also reduce active sales of the "
            "longest-dated gilts. Governor Andrew Bailey said inflation was still too high but "
            "expected to fall. Gilt yields dipped slightly after the news.",
            "BoE slows pace of bond sales, keeps rates on hold\nBy Nikhil Rao\n"
            "Share\nThe Bank of England will run down its gilt holdings by £80bn over the coming "
            "year, compared with £100bn previously, the Monetary Policy Committee announced "
            "alongside its rate decision. Rates were left at 4 per cent, with seven members "
            "voting to hold and two preferring a cut. Sales of long gilts will be scaled back. Mr "
            "Bailey said that although inflation remained above target, it should come down.\n"
            "Advertisement\nLong-dated yields edged lower.",
        ],
        None,
        r"(?<![\d.,])70 ?(bn|billion|b\b)|£ ?70(?![\d.,])|70,000,000,000",
        r"(?<![\d.,])80 ?(bn|billion|b\b)|£ ?80(?![\d.,])|80,000,000,000",
    ),
    _case(
        "cb-M5", "central bank", "date of the next meeting", True,
        [
            "OTTAWA (Reuters) - The Bank of Canada cut its key overnight rate by 25 basis points "
            "to 2.5% on Wednesday, resuming its easing cycle as the economy weakened under the "
            "weight of U.S. tariffs. Governor Tiff Macklem said a softer labour market and fading "
            "inflation pressures had tipped the balance. Canada's economy shrank at an annualized "
            "1.6% in the second quarter. The next rate announcement is scheduled for Oct. 29. The "
            "Canadian dollar was little changed.",
            "What the Bank of Canada's cut means for you\nBy Claire Dubois\n"
            "The central bank trimmed its policy rate by a quarter of a percentage point to 2.5 "
            "per cent on Wednesday, the first cut since March. Tiff Macklem pointed to a weaker "
            "job market and easing price pressures. GDP contracted by 1.6 per cent at an "
            "annualized rate in the April-to-June quarter. The bank's next decision is due on "
            "Oct. 22.\nPhoto: The Bank of Canada building in Ottawa.\n"
            "Variable-rate borrowers should see relief within weeks.",
        ],
        ["2025-09-17", "2025-09-17"],
        r"oct(ober|\.)? 29|2025-10-29|\b29 oct",
        r"oct(ober|\.)? 22|2025-10-22|\b22 oct",
    ),
    _case(
        "cb-C1", "central bank", "control: basis points vs percentage points", False,
        [
            "TOKYO (Reuters) - The Bank of Japan raised short-term interest rates by 25 basis "
            "points to 0.5% on Friday, the highest level in 17 years, and signalled further "
            "increases if the economy performs as expected. The decision was taken by an 8-1 "
            "vote. Governor Kazuo Ueda said wage gains were spreading across the economy. The yen "
            "strengthened after the announcement. The bank also raised its core inflation "
            "forecast for the fiscal year starting in April to 2.4%.",
            "Bank of Japan lifts rates to highest since 2008\nBy Kenji Mori, Asia Markets\n"
            "Japan's central bank has increased its policy rate by a quarter of a percentage "
            "point, to 0.5 per cent. Eight of the nine board members backed the move. Governor "
            "Kazuo Ueda pointed to broadening pay rises as a reason for the hike.\n"
            "Read more: Yen jumps after BoJ decision\nThe BoJ now sees core inflation at 2.4 per "
            "cent in the next fiscal year, up from its previous estimate.",
        ],
        None,
    ),
    _case(
        "cb-C2", "central bank", "control: same moment, different calendar days", False,
        [
            "WASHINGTON (AP) — The Federal Reserve kept its key interest rate unchanged on "
            "Wednesday for the fifth straight meeting, resisting pressure from President Donald "
            "Trump to cut borrowing costs. The decision, announced at 2 p.m. Eastern time, left "
            "the benchmark rate in a range of 4.25% to 4.5%. Two Fed governors, Christopher "
            "Waller and Michelle Bowman, dissented in favor of a quarter-point cut, the first "
            "time two governors have dissented together since 1993. Chair Jerome Powell said the "
            "economy remained in a solid position. Trump has repeatedly called on Powell to lower "
            "rates.",
            "Fed holds rates, two governors dissent\nPublished 31 July 2025\n"
            "The US Federal Reserve left interest rates on hold at 4.25 to 4.5 per cent at 4am "
            "AEST on Thursday, keeping borrowing costs steady for a fifth consecutive meeting. "
            "Governors Christopher Waller and Michelle Bowman voted against the decision, wanting "
            "a 25 basis point reduction, the first double dissent by governors in more than three "
            "decades. Jerome Powell said the US economy was in 'a solid position'. The ASX 200 "
            "opened slightly lower on Thursday morning.",
        ],
        ["2025-07-30", "2025-07-31"],
    ),
    _case(
        "cb-C3", "central bank", "control: rounding", False,
        [
            "OTTAWA (Reuters) - The Bank of Canada held its key policy rate at 2.75% on Wednesday "
            "for a second consecutive meeting, saying it wanted more clarity on U.S. trade policy "
            "before moving again. Governor Tiff Macklem said underlying inflation had been firmer "
            "than expected, with the bank's preferred core measures running at about 3%. Canada's "
            "economy grew at an annualized 2.2% in the first quarter, helped by exporters rushing "
            "shipments ahead of tariffs. The bank said it could still cut if the economy weakened.",
            "Bank of Canada stands pat at 2.75%\nBy Marc Leblanc\n"
            "Updated 10:22 AM ET\nCanada's central bank left borrowing costs unchanged at 2.75 "
            "per cent, the second hold in a row. Its two favoured core inflation gauges averaged "
            "3.2 per cent, a touch higher than policymakers had anticipated. First-quarter growth "
            "came in at 2.2 per cent annualized as companies front-loaded exports to the United "
            "States.\nShare this article\nMacklem said there could be room for a cut should the "
            "economy soften.",
        ],
        None,
    ),
    _case(
        "rocket-M1", "rocket", "name of the booster", True,
        [
            "CAPE CANAVERAL, Fla. (AP) — Blue Origin launched its New Glenn rocket for the second "
            "time on Thursday, sending NASA's twin ESCAPADE spacecraft on a roundabout path to "
            "Mars and landing its first-stage booster on a barge in the Atlantic for the first "
            "time. The booster, which the company named 'Never Tell Me The Odds,' touched down on "
            "the ship Jacklyn about 10 minutes after liftoff from Launch Complex 36. The two "
            "small satellites will study how the solar wind strips away the Martian atmosphere. "
            "Jeff Bezos's company lost its first booster during a landing attempt in January.",
            "New Glenn nails booster landing on second flight\nBy Jordan Pike, Space Reporter\n"
            "Updated 5:14 PM EST, Thu Nov 13, 2025\nBlue Origin finally stuck the landing. The "
            "first stage of its New Glenn rocket, nicknamed 'So You're Telling Me There's a "
            "Chance,' settled onto the recovery vessel Jacklyn in the Atlantic roughly 10 minutes "
            "after lifting off from Cape Canaveral's Launch Complex 36. Up top, the rocket "
            "carried NASA's two ESCAPADE probes, which are bound for Mars to investigate how the "
            "solar wind erodes the planet's atmosphere.\nPhoto: New Glenn rises from the pad on "
            "Thursday afternoon.\nThe company's first attempt to recover a booster, in January, "
            "ended with the stage lost at sea.",
        ],
        ["2025-11-13", "2025-11-13"],
        r"never tell me",
        r"telling me there|there'?s a chance",
    ),
    _case(
        "rocket-M2", "rocket", "landing time across zones", True,
        [
            "JIUQUAN, China (Reuters) - Three Chinese astronauts returned to Earth on Wednesday "
            "after six months aboard the Tiangong space station, their Shenzhou-19 capsule "
            "landing at the Dongfeng site in the Inner Mongolia region at 1:08 p.m. Beijing time. "
            "Commander Cai Xuzhe and crewmates Song Lingdong and Wang Haoze were reported to be "
            "in good health. The return had been delayed by a day because of strong winds at the "
            "landing zone. During their mission the crew carried out several spacewalks and "
            "dozens of experiments. China plans to land astronauts on the moon before 2030.",
            "Shenzhou-19 crew back on Earth after weather delay\n"
            "By Ian Marsh\nShare | Tweet | Email\nChina's Shenzhou-19 astronauts are home. Their "
            "return capsule parachuted down at the Dongfeng landing site in Inner Mongolia at "
            "06:20 GMT on Wednesday, a day later than first planned because of high winds. Cai "
            "Xuzhe, the mission commander, Song Lingdong and Wang Haoze spent about six months on "
            "the Tiangong station. State television showed the three smiling and waving after "
            "being helped out of the capsule.\nRelated: China's crewed lunar programme explained",
        ],
        None,
        r"(?<![\d:])(0?1:08|13:08|0?5:08)(?!\d)",
        r"(?<![\d:])(0?6:20|14:20|0?2:20)(?!\d)",
    ),
    _case(
        "rocket-M3", "rocket", "launch site at different precision", True,
        [
            "CAPE CANAVERAL, Fla. — A SpaceX Falcon 9 rocket lifted off at 2:45 a.m. EDT on "
            "Sunday from Launch Complex 39A at NASA's Kennedy Space Center, sending a Dragon "
            "cargo capsule loaded with more than 5,000 pounds of supplies and experiments toward "
            "the International Space Station. The first-stage booster landed on a drone ship in "
            "the Atlantic about eight minutes later. Dragon is due to dock with the station early "
            "Monday. The capsule also carries a small thruster kit that NASA will use to test "
            "boosting the station's orbit.",
            "Dragon cargo ship on its way to ISS\nPosted Sunday 24 August\n"
            "A Falcon 9 carrying a robotic Dragon capsule climbed away from Space Launch Complex "
            "40 at Cape Canaveral Space Force Station at 2:45 a.m. EDT Sunday, bound for the "
            "International Space Station with more than 5,000 pounds of cargo. Minutes after "
            "launch, the booster came down on a drone ship stationed in the Atlantic. The capsule "
            "is scheduled to arrive at the orbiting lab early Monday.\n"
            "Advertisement\nAmong the payloads is hardware to test nudging the station into a "
            "higher orbit using Dragon's own thrusters.",
        ],
        None,
        r"39 ?-?a\b|complex 39|kennedy",
        r"slc ?-?40|complex 40|space force station",
    ),
    _case(
        "rocket-M4", "rocket", "flight duration", True,
        [
            "VAN HORN, Texas (AP) — Blue Origin flew six people to the edge of space and back on "
            "Wednesday from its launch site in West Texas, the company's latest suborbital "
            "tourism trip. The New Shepard capsule reached an altitude of about 105 kilometers "
            "before parachuting back to the desert. The flight lasted 10 minutes and 21 seconds, "
            "the company said. The passengers included a retired schoolteacher from Ohio and an "
            "entrepreneur from Singapore. Blue Origin has now flown dozens of people on New "
            "Shepard.",
            "Blue Origin's latest space tourism hop\nBy Rita Vance\n"
            "Updated 12:03 PM CDT, Oct 8, 2025\nSix more paying customers have floated weightless "
            "above West Texas. Blue Origin's New Shepard capsule climbed roughly 65 miles before "
            "descending under parachutes to land near the company's Launch Site One, north of Van "
            "Horn. From liftoff to touchdown, the trip took about 11 and a half minutes, "
            "according to the company's webcast. Among the crew were a retired Ohio teacher and a "
            "tech founder from Singapore.\nShare this article",
        ],
        ["2025-10-08", "2025-10-08"],
        r"(?<![\d.])10 ?(minutes?|mins?|m\b)[, ]*(and )?21|(?<![\d:])10:21|(?<![\d.])10\.35"
        r"|(?<!\d)621 ?s",
        r"(?<![\d.])11(\.5)?( and a half)? ?(minutes?|mins?|m\b)|eleven and a half|(?<![\d:])11:30"
        r"|(?<!\d)690 ?s|11 1/2",
    ),
    _case(
        "rocket-M5", "rocket", "speaker credited with a quote", True,
        [
            "WALLOPS ISLAND, Va. — Pinnacle Aerospace's first Ascent-1 rocket broke apart about "
            "four minutes after liftoff from Virginia's Eastern Shore on Tuesday, ending the "
            "startup's debut test flight before it could reach orbit. The company said the first "
            "stage performed normally but the second-stage engine shut down early. 'We learned "
            "more in four minutes today than in four years of ground testing,' said chief "
            "executive Lena Ortiz. No one was injured, and debris fell into the Atlantic Ocean "
            "inside the cleared hazard area. The Federal Aviation Administration said it would "
            "oversee the mishap investigation.",
            "Startup rocket fails on first test flight\nBy Sam Okoro\n"
            "Advertisement\nThe maiden flight of Pinnacle Aerospace's Ascent-1 ended in failure "
            "on Tuesday when the vehicle broke up around four minutes into its climb from Wallops "
            "Island, Virginia. According to the company, the booster stage did its job before the "
            "upper-stage engine cut out prematurely. Debris landed in the ocean within the "
            "designated hazard zone, and there were no injuries. 'We learned more in four minutes "
            "today than in four years of ground testing,' flight director Mark Halvorsen told "
            "reporters. The FAA is overseeing an investigation into the mishap.",
        ],
        None,
        r"ortiz",
        r"halvorsen",
    ),
    _case(
        "rocket-C1", "rocket", "control: km vs miles", False,
        [
            "STARBASE, Texas (Reuters) - SpaceX's Starship completed its tenth test flight on "
            "Tuesday, deploying eight dummy Starlink satellites and splashing down in the Indian "
            "Ocean about 66 minutes after liftoff. The upper stage climbed to a peak altitude of "
            "about 190 km, the company said. The Super Heavy booster performed a controlled "
            "splashdown in the Gulf of Mexico. The flight followed three straight failures of the "
            "upper stage earlier this year. Elon Musk praised the SpaceX team in a post on X.",
            "Starship finally has a good day\nBy Leah Brandt\nShare this article\n"
            "After three upper-stage failures in a row, SpaceX's giant Starship flew the mission "
            "it wanted on its tenth test on Tuesday. The ship rose to around 118 miles, released "
            "eight mock Starlink satellites, and came down in the Indian Ocean an hour and six "
            "minutes after launch. Its Super Heavy booster splashed down in the Gulf of Mexico as "
            "planned.\nRelated: Inside SpaceX's Starbase\nElon Musk congratulated the team on X.",
        ],
        None,
    ),
    _case(
        "rocket-C2", "rocket", "control: later update, dates show it", False,
        [
            "Chinese rocket stage breaks up in orbit\nBy Nora Quinn, Space Desk\n"
            "Updated 9:15 AM EDT, Thu Aug 7, 2025\nThe upper stage of a Chinese Long March 6A "
            "rocket has broken apart in low Earth orbit, the U.S. Space Force said, days after it "
            "helped place a batch of internet satellites into orbit. At least 50 pieces of debris "
            "have been catalogued so far, according to a Space Force statement. The rocket "
            "launched from the Taiyuan Satellite Launch Center. Experts said the fragments pose a "
            "long-term hazard because they are at an altitude where debris can remain for years.",
            "Debris count from Chinese rocket breakup passes 300\n"
            "By Nora Quinn, Space Desk\nUpdated 2:40 PM EDT, Sat Aug 9, 2025\n"
            "The U.S. Space Force is now tracking more than 300 fragments from the Long March 6A "
            "upper stage that broke apart this week, up from about 50 when the breakup was first "
            "reported. The stage had lifted off from the Taiyuan Satellite Launch Center carrying "
            "internet satellites. Tracking firms said the number could rise further as smaller "
            "pieces are identified. The debris sits in an orbit where fragments can linger for "
            "years.\nShare this article",
        ],
        ["2025-08-07", "2025-08-09"],
    ),
    _case(
        "quake-M1", "earthquake", "magnitude", True,
        [
            "LIMA (AP) — A powerful earthquake shook northern Peru early Sunday, damaging homes "
            "and churches in the Amazonas region and cutting power to several towns. The U.S. "
            "Geological Survey said the quake had a magnitude of 6.8 and was centered about 40 "
            "kilometers east of the town of Bagua Grande. Peru's civil defense agency reported 14 "
            "people injured and no deaths. The tremor was felt as far away as the coastal city of "
            "Trujillo. Authorities said they were checking roads for landslides.",
            "Strong quake rattles northern Peru\nBy Lucía Fernández\n"
            "A 7.1-magnitude earthquake struck the Amazonas region of northern Peru early on "
            "Sunday, according to the US Geological Survey, leaving 14 people hurt. There were no "
            "reports of deaths. The quake's epicentre lay roughly 40 km east of Bagua Grande, and "
            "shaking was felt on the coast in Trujillo.\nPhoto: A damaged church facade in "
            "Amazonas.\nCivil defence officials said teams were inspecting mountain roads for "
            "landslides, and electricity had been cut in several towns.",
        ],
        None,
        r"(?<![\d.])6\.8(?!\d)",
        r"(?<![\d.])7\.1(?!\d)",
    ),
    _case(
        "quake-M2", "earthquake", "epicentre town", True,
        [
            "ISTANBUL (Reuters) - A magnitude 6.1 earthquake struck western Turkey on Sunday "
            "evening, killing one person and injuring 29, the disaster agency AFAD said. The "
            "quake was centred in the Sindirgi district of Balikesir province at a depth of about "
            "11 km. Sixteen buildings collapsed, most of them already empty, Interior Minister "
            "Ali Yerlikaya said. The tremor was felt in Istanbul and Izmir. An elderly woman "
            "pulled from the rubble later died in hospital.",
            "6.1 quake hits Balikesir: what we know\nUpdated 11 August 2025\n"
            "One person has died and 29 were injured after a magnitude-6.1 earthquake hit "
            "Balikesir province in western Türkiye on Sunday evening. AFAD located the epicentre "
            "in Bigadic, at a depth of around 11 km. Sixteen buildings came down, Interior "
            "Minister Ali Yerlikaya said, though most had been evacuated earlier. Residents in "
            "Istanbul and Izmir reported feeling the shaking.\nRead more: Why Turkey is so prone "
            "to earthquakes",
        ],
        ["2025-08-11", "2025-08-11"],
        r"s[iı]nd[iı]rg[iı]",
        r"bigadi[cç]",
    ),
    _case(
        "quake-M3", "earthquake", "depth", True,
        [
            "ATHENS (AP) — A magnitude 6.1 earthquake struck in the sea off the Greek island of "
            "Kasos early Wednesday, shaking Crete and Rhodes and sending tourists into the "
            "streets, but causing no serious damage. The Athens Geodynamic Institute said the "
            "quake's epicenter was about 60 kilometers north of Kasos, at a depth of 10 "
            "kilometers. It was also felt in Egypt, Israel and Turkey. A precautionary tsunami "
            "warning for nearby coasts was lifted about an hour later. No injuries were reported.",
            "Crete, Rhodes shaken by undersea quake\nBy Eleni Papas\n"
            "Advertisement\nA 6.1-magnitude earthquake in the Aegean, north of Kasos, jolted "
            "holidaymakers on Crete and Rhodes in the early hours of Wednesday. According to the "
            "Athens Geodynamic Institute, the quake originated 26 km below the seabed, about 60 "
            "km from the island. A tsunami advisory was withdrawn after roughly an hour. Shaking "
            "was reported as far away as Cairo and Tel Aviv. Authorities said there were no "
            "injuries or major damage.",
        ],
        None,
        r"(?<![\d.])10(\.0+)? ?(km|kilomet)|(?<![\d.])6(\.\d+)? ?mi(les?)?\b",
        r"(?<![\d.])26(\.0+)? ?(km|kilomet)|(?<![\d.])16(\.\d+)? ?mi(les?)?\b",
    ),
    _case(
        "quake-M4", "earthquake", "death toll conflict at the same time", True,
        [
            "Indonesia quake kills at least 23 on Sulawesi\nBy Ahmad Rizal\n"
            "Updated 21:10 WITA, Sunday 14 September 2025\nAt least 23 people were killed when a "
            "magnitude 6.2 earthquake struck West Sulawesi before dawn on Sunday, the national "
            "disaster agency BNPB said in its evening update. Hundreds of homes were damaged in "
            "Mamuju and Majene, and a hospital in Mamuju was evacuated. The quake was centred on "
            "land about 6 km north-east of Majene at a shallow depth. Rescuers were still "
            "searching collapsed buildings, the agency said.\nShare this article",
            "JAKARTA (AFP) - A shallow 6.2-magnitude earthquake that hit Indonesia's West "
            "Sulawesi province early Sunday killed 31 people, according to the evening tally from "
            "the national disaster mitigation agency (BNPB). The quake, centred around 6 "
            "kilometres northeast of Majene, damaged hundreds of houses in Majene and the "
            "provincial capital Mamuju. Patients were moved out of a hospital in Mamuju. Search "
            "teams continued to dig through rubble after nightfall.",
            "31 dead after earthquake in West Sulawesi\nThe death toll from Sunday's magnitude "
            "6.2 earthquake in West Sulawesi stands at 31, Indonesia's disaster management agency "
            "said on Sunday evening. The tremor struck before dawn near Majene. Hundreds of homes "
            "were damaged in Majene and Mamuju, where a hospital had to be evacuated. Officials "
            "warned of possible aftershocks.\nRelated: Indonesia's deadliest earthquakes",
        ],
        ["2025-09-14", "2025-09-14", "2025-09-14"],
        r"(?<![\d.,])23(?!\d)|twenty(-| )three",
        r"(?<![\d.,])31(?!\d)|thirty(-| )one",
    ),
    _case(
        "quake-M5", "earthquake", "number of aftershocks", True,
        [
            "KABUL (AP) — Aftershocks kept rattling eastern Afghanistan on Tuesday, two days "
            "after a magnitude 6.0 earthquake killed more than 1,400 people in Kunar province. "
            "The U.S. Geological Survey had recorded more than 40 aftershocks by Tuesday morning, "
            "the strongest of them a magnitude 5.5. Taliban officials said rescuers were "
            "struggling to reach remote mountain villages where roads were blocked by rockslides. "
            "The World Health Organization said clinics in the area were overwhelmed. Aid groups "
            "warned that the coming cold season would worsen the crisis.",
            "Afghanistan earthquake: aftershocks hamper rescue\nBy Farid Ahmadi\n"
            "Seismologists at the USGS had logged at least 120 aftershocks by Tuesday morning "
            "following Sunday night's magnitude 6.0 quake in Kunar, the largest of them measuring "
            "5.5. The death toll has passed 1,400, Taliban authorities said. Rockslides have cut "
            "mountain roads, leaving many villages reachable only on foot.\n"
            "Advertisement\nThe WHO said health facilities in the province were overwhelmed, and "
            "aid agencies fear the onset of colder weather.",
        ],
        None,
        r"(?<![\d.,])40(?!\d)|\bforty\b",
        r"(?<![\d.,])120(?!\d)|hundred and twenty",
    ),
    _case(
        "quake-C1", "earthquake", "control: km vs miles", False,
        [
            "MEXICO CITY (Reuters) - A magnitude 6.0 earthquake struck the southern Mexican state "
            "of Guerrero on Friday morning, swaying buildings in Mexico City and prompting "
            "thousands to evacuate offices. The National Seismological Service said the quake was "
            "centered 70 km southwest of the town of Ayutla at a depth of 10 km. There were no "
            "immediate reports of deaths. Seismic alarms sounded in the capital before the "
            "shaking arrived. City officials said no serious damage had been found.",
            "Quake sways Mexico City high-rises\nBy Daniel Ortega, Staff Writer\n"
            "Sirens blared across Mexico City on Friday morning as a magnitude 6.0 earthquake hit "
            "Guerrero state, about 43 miles southwest of Ayutla. Mexico's National Seismological "
            "Service put the depth at six miles. Office workers streamed into the streets, but "
            "city officials reported no major damage and there were no immediate reports of "
            "deaths.\nShare this article\nPhoto: Office workers wait outside a tower on Paseo de "
            "la Reforma.",
        ],
        None,
    ),
    _case(
        "quake-C2", "earthquake", "control: death toll updated, dates show it", False,
        [
            "Myanmar earthquake: at least 144 dead\nBy Grace Lin, Asia Desk\n"
            "Updated 6:30 PM ICT, Fri March 28, 2025\nA magnitude 7.7 earthquake struck central "
            "Myanmar on Friday afternoon, killing at least 144 people and injuring 732, the "
            "military government said. The quake was centred near Mandalay, the country's "
            "second-largest city, at a shallow depth. In neighbouring Thailand, a high-rise under "
            "construction in Bangkok collapsed, trapping dozens of workers. Junta leader Min Aung "
            "Hlaing made a rare appeal for international help.",
            "Myanmar quake death toll passes 1,600\nBy Grace Lin, Asia Desk\n"
            "Updated 4:05 PM ICT, Sat March 29, 2025\nThe number of people killed by Friday's "
            "magnitude 7.7 earthquake in Myanmar has risen to more than 1,600, with about 3,400 "
            "injured, the ruling military said on Saturday. Rescuers in Mandalay were digging "
            "through collapsed apartment blocks and monasteries, often with their bare hands. "
            "Several countries, including China and India, have sent rescue teams. Communications "
            "with many areas remain patchy.",
            "Myanmar earthquake toll climbs above 2,000\nBy Grace Lin, Asia Desk\n"
            "Updated 11:50 AM ICT, Mon March 31, 2025\nMyanmar's military government said on "
            "Monday that 2,056 people had died in Friday's 7.7-magnitude earthquake and more than "
            "3,900 had been injured. Hopes of finding survivors in Mandalay are fading. Aid "
            "groups say shortages of fuel, water and medicine are hampering relief efforts. In "
            "Bangkok, the search of the collapsed tower block was continuing.\n"
            "Read more: How the quake unfolded",
        ],
        ["2025-03-28", "2025-03-29", "2025-03-31"],
    ),
    _case(
        "quake-C3", "earthquake", "control: same moment, different calendar days", False,
        [
            "Magnitude 8.8 quake off Russia triggers Pacific tsunami warnings\n"
            "By Kevin Ashford\nUpdated 10:02 PM EDT, Tue July 29, 2025\n"
            "One of the strongest earthquakes ever recorded struck off Russia's Kamchatka "
            "Peninsula on Tuesday evening Eastern time, prompting tsunami warnings from Japan to "
            "Hawaii. The quake, which the U.S. Geological Survey measured at magnitude 8.8, hit "
            "at 7:24 p.m. EDT about 119 kilometers east-southeast of Petropavlovsk-Kamchatsky, at "
            "a depth of about 21 kilometers. Hawaii ordered evacuations of some coastal areas. "
            "Russian officials reported some injuries but no deaths.",
            "PETROPAVLOVSK-KAMCHATSKY, July 30 — A magnitude 8.8 earthquake struck off the coast "
            "of Kamchatka at 11:24 a.m. local time on Wednesday, the USGS said, shaking buildings "
            "in the regional capital and sending tsunami waves into the port of Severo-Kurilsk. "
            "The epicentre was about 119 km east-southeast of Petropavlovsk-Kamchatsky, at a "
            "depth of roughly 21 km. Several people were hurt, but no deaths were reported. Japan "
            "evacuated coastal residents, and warnings were issued as far away as Hawaii.",
        ],
        ["2025-07-29", "2025-07-30"],
    ),
    _case(
        "election-M1", "election", "vote share", True,
        [
            "QUITO (Reuters) - Ecuador's President Daniel Noboa won re-election by a wide margin "
            "on Sunday, taking 55.6% of the vote against 44.4% for leftist Luisa Gonzalez with "
            "more than 90% of ballots counted, according to the electoral council. Gonzalez said "
            "she would not recognise the result and demanded a recount. Noboa, 37, has promised a "
            "hard line against the gangs behind a surge in violence. Turnout was 83.8%. The "
            "president is due to begin his new term in May.",
            "Noboa wins second term in Ecuador\nBy Andrés Salazar\n"
            "Updated 8:15 AM EDT, Mon April 14, 2025\nDaniel Noboa secured another term as "
            "Ecuador's president, winning 56.5 per cent in Sunday's runoff with more than 90 per "
            "cent of votes counted, the National Electoral Council said. His rival, Luisa "
            "González of the Citizen Revolution movement, refused to accept the outcome and "
            "called for a recount. Turnout stood at 83.8 per cent.\n"
            "Photo: Supporters celebrate in Guayaquil.\nThe 37-year-old has pledged to keep up "
            "his crackdown on criminal gangs.",
            "Ecuador election result: Noboa re-elected\nPresident Daniel Noboa has been "
            "re-elected with 55.6 per cent of the vote, according to results with more than 90 "
            "per cent of ballots counted, beating Luisa González, who received 44.4 per cent. "
            "González alleged fraud and said she would seek a recount. Nearly 84 per cent of "
            "eligible voters took part. Noboa's supporters celebrated in the streets of Guayaquil "
            "late into the night.\nShare this article",
        ],
        ["2025-04-14", "2025-04-14", "2025-04-14"],
        r"(?<![\d.])55\.6(?!\d)",
        r"(?<![\d.])56\.5(?!\d)",
    ),
    _case(
        "election-M2", "election", "percentage vs percentage points", True,
        [
            "TOKYO (AP) — Japan's ruling coalition lost its majority in the upper house of "
            "parliament in Sunday's election, dealing a heavy blow to Prime Minister Shigeru "
            "Ishiba. Turnout was 58.51%, up about 6.5 percentage points from the previous upper "
            "house vote in 2022, according to the internal affairs ministry. The Liberal "
            "Democratic Party and its partner Komeito won 47 seats, short of the 50 they needed. "
            "The populist Sanseito party, which campaigned on a 'Japanese first' platform, won 14 "
            "seats. Ishiba said he would stay on as prime minister.",
            "Japan election: Ishiba's coalition loses upper house majority\n"
            "By Yuki Tanaka\nAdvertisement\nVoters turned out in greater numbers than three years "
            "ago, with turnout rising 6.5% to 58.51%, the internal affairs ministry said. The LDP "
            "and Komeito together took 47 of the 125 seats contested, three short of what they "
            "needed to keep control of the chamber. Sanseito, a right-wing newcomer, won 14 "
            "seats. Prime Minister Shigeru Ishiba told reporters he intended to remain in office.",
        ],
        None,
        r"(?<![\d.])6\.5 ?(percentage points?|pp\b|points?|pts?\b)",
        r"(?<![\d.])6\.5 ?(%|percent(?!age)|per cent|pct)",
    ),
    _case(
        "election-M3", "election", "turnout", True,
        [
            "LISBON (Reuters) - Portugal's centre-right Democratic Alliance won Sunday's snap "
            "election but again fell short of a majority, while the far-right Chega party surged "
            "to tie the Socialists for second place. Prime Minister Luis Montenegro's alliance "
            "took 89 seats in the 230-seat parliament. Turnout was 61.2%. Socialist leader Pedro "
            "Nuno Santos resigned after his party's worst result in decades. It was Portugal's "
            "third general election in just over three years.",
            "Portugal votes: Montenegro wins, Chega surges\nPublished 19 May 2025\n"
            "By Inês Carvalho\nLuís Montenegro's Democratic Alliance came first in Portugal's "
            "third general election in about three years, winning 89 of parliament's 230 seats, "
            "short of the 116 needed to govern alone. Chega drew level with the Socialist Party "
            "for second place. Some 58.4 per cent of registered voters cast a ballot.\n"
            "Related: Who is André Ventura?\nSocialist leader Pedro Nuno Santos stepped down on "
            "election night.",
        ],
        ["2025-05-19", "2025-05-19"],
        r"(?<![\d.])61\.2(?!\d)",
        r"(?<![\d.])58\.4(?!\d)",
    ),
    _case(
        "election-M4", "election", "person's title", True,
        [
            "OSLO (Reuters) - Norway's Labour Party won Monday's parliamentary election, giving "
            "Prime Minister Jonas Gahr Store a second term at the head of a centre-left majority. "
            "Labour took about 28% of the vote, its best showing since 2013. Finance Minister "
            "Jens Stoltenberg, the former NATO secretary-general who joined the government in "
            "February, was widely credited with the party's revival. The populist Progress Party "
            "came second with nearly 24%, its best result ever. Store will need support from "
            "several smaller parties to pass budgets.",
            "Norway election: Labour returns to power\nBy Ingrid Solberg\n"
            "Share | Email | Print\nJonas Gahr Støre's Labour Party has won Norway's general "
            "election with around 28 per cent of the vote, the party's strongest performance "
            "since 2013. The Progress Party finished second on almost 24 per cent, a record for "
            "the populists. Much of the credit went to Foreign Minister Jens Stoltenberg, the "
            "former head of NATO, whose arrival in the cabinet in February lifted Labour in the "
            "polls. Støre will rely on a group of smaller parties to get budgets through "
            "parliament.",
        ],
        None,
        r"finance",
        r"foreign",
    ),
    _case(
        "election-M5", "election", "date of the runoff", True,
        [
            "WARSAW (AP) — Warsaw Mayor Rafał Trzaskowski narrowly led the first round of "
            "Poland's presidential election on Sunday with 31.4% of the vote, setting up a runoff "
            "on June 1 against conservative historian Karol Nawrocki, who took 29.5%. Far-right "
            "candidates together won more than a fifth of the vote, official results showed. The "
            "outcome of the runoff will determine whether Prime Minister Donald Tusk's government "
            "can push through its reform agenda. Turnout was 67.3%.",
            "Poland heads for presidential runoff\nBy Marta Zielinska\n"
            "Updated 19 May 2025\nTrzaskowski and Nawrocki will face each other again in a second "
            "round on 8 June after neither came close to 50 per cent on Sunday. The liberal "
            "Warsaw mayor won 31.4 per cent to 29.5 per cent for Nawrocki, who is backed by the "
            "Law and Justice party. Turnout reached 67.3 per cent. Candidates from the far right "
            "collectively took more than 20 per cent.\nAdvertisement\n"
            "The result of the runoff will shape whether Donald Tusk's coalition can deliver its "
            "promised reforms.",
        ],
        None,
        r"june 1(?!\d)|(?<!\d)1 june|2025-06-01|june 1st|1st june",
        r"june 8|(?<!\d)8 june|2025-06-08|june 8th|8th june",
    ),
    _case(
        "election-C1", "election", "control: different parties' figures", False,
        [
            "BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national election on "
            "Sunday with 28.5% of the vote, while the far-right Alternative for Germany surged to "
            "second place with 20.8%, its best ever result. Chancellor Olaf Scholz's Social "
            "Democrats slumped to 16.4%, their worst showing since World War Two. The Greens took "
            "11.6% and the Left party 8.8%. Turnout was 82.5%, the highest since reunification. "
            "Merz said he wanted to form a government by Easter.",
            "German election 2025: the results in full\nBy Anna Becker\n"
            "Updated 24 February 2025\nCDU/CSU: 28.5 per cent, 208 seats. AfD: 20.8 per cent, 152 "
            "seats. SPD: 16.4 per cent, 120 seats. Greens: 11.6 per cent, 85 seats. Die Linke: "
            "8.8 per cent, 64 seats.\nThe conservative alliance led by Friedrich Merz is the "
            "clear winner, but will need a coalition partner; the most likely option is the SPD, "
            "whose result was its weakest in the post-war era. Turnout of 82.5 per cent was a "
            "record for a reunified Germany.\nShare this article",
        ],
        ["2025-02-24", "2025-02-24"],
    ),
    _case(
        "election-C2", "election", "control: rounding", False,
        [
            "WARSAW (Reuters) - Conservative historian Karol Nawrocki won Poland's presidential "
            "runoff with 50.89% of the vote, official results showed on Monday, narrowly "
            "defeating Warsaw Mayor Rafal Trzaskowski, who took 49.11%. Turnout was a record "
            "71.63%. Nawrocki, backed by the nationalist Law and Justice party, is expected to "
            "use his veto to block legislation from Prime Minister Donald Tusk's government. He "
            "will be sworn in on Aug. 6.",
            "Nawrocki edges out Trzaskowski in Poland\nBy Piotr Nowak\n"
            "Karol Nawrocki is Poland's next president after taking nearly 51 per cent of the "
            "vote in Sunday's runoff, against just over 49 per cent for Rafał Trzaskowski. More "
            "than 71 per cent of voters turned out, the highest figure ever recorded for a "
            "presidential election. Trzaskowski conceded on Monday morning.\n"
            "Related: What a Nawrocki presidency means for Tusk\n"
            "The Law and Justice-backed historian takes office on 6 August.",
        ],
        None,
    ),
]
