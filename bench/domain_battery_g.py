"""Blind battery of disagreements in the hidden check's domains, part G (issue 11).

Part G, written by engineer G1 on 2026-12-05 (tenth session) without reading the reconcile
rules, the NLP code, the tests or the other parts of the battery, and before any run of
Storyline on these cases: a held-out part, scored with ``bench/bench_domain_battery.py G``.
Every report is written from scratch in the style of scraped web news (datelines, debris
lines, background paragraphs, agreeing distractor figures). A must-report case plants exactly
one genuine disagreement between outlets; ``a`` and ``b`` are regexes searched in the
lower-cased value Storyline reports for each side. A control tells the same facts two ways
and must yield no discrepancy at all.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "G", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-G1", "trade", "duration", True, [
        "GENEVA, May 11 (Reuters) - Senior U.S. and Chinese economic officials wrapped up a "
        "second day of trade negotiations in Geneva on Sunday, with U.S. Treasury Secretary Scott "
        "Bessent telling reporters that \"substantial progress\" had been made.\n\n"
        "Sunday's session ran for nearly six hours at the lakeside residence of Switzerland's "
        "ambassador to the United Nations, according to two people briefed on the meeting. "
        "Bessent was accompanied by U.S. Trade Representative Jamieson Greer, while Vice Premier "
        "He Lifeng headed the Chinese team.\n\n"
        "Neither side disclosed what had been agreed. Washington currently levies tariffs of 145% "
        "on most Chinese imports, and Beijing has hit back with duties of 125% on American "
        "goods.\n\n"
        "Greer said the two delegations had reached \"a deal\" aimed at shrinking the U.S. goods "
        "trade deficit with China, which stood at $295 billion last year. He did not "
        "elaborate.\n\n"
        "A fuller account of the outcome is expected on Monday, officials from both countries "
        "said. Swiss Economy Minister Guy Parmelin, who helped arrange the meeting, called it a "
        "success in itself.\n\n"
        "(Reporting by Dan Ostrowski; Editing by Claire Mendes)",
        "Well, that was quite a weekend by Lake Geneva. China and the US have finished their "
        "tariff talks in Switzerland and, for once, both camps sound pleased with themselves.\n\n"
        "Vice Premier He Lifeng, who led Beijing's side, called the discussions \"candid, "
        "in-depth and constructive\". According to Xinhua, the Sunday round went on for four "
        "hours and 40 minutes.\n\n"
        "Advertisement\n\n"
        "This was the first time the two economic teams had met face to face since the tariff war "
        "flared up in April, a spiral that left American levies on Chinese goods at 145 per cent "
        "and Chinese levies on US goods at 125 per cent. Treasury Secretary Scott Bessent has "
        "promised more detail on Monday, so expect a lively open in Asia.",
        "US and Chinese negotiators held close to six hours of talks in Geneva on Sunday, the "
        "second day of their meeting. Both sides said details would be released on Monday.",
    ], None,
       r"(?<![\d.])6 ?(hours?|hrs?|h\b)|six hours|360 ?min|(?<![\d.])5\.\d+ ?h",
       r"(?<![\d.])4 ?(hours?|hrs?|h)\b.{0,8}40|four hours,? and (40|forty)|4h ?40|280 ?min"
       r"|(?<![\d.])4:40|(?<![\d.])4\.6\d* ?h"),
    _case("trade-G2", "trade", "who led a delegation", True, [
        "LONDON (AP) — A Chinese delegation led by Vice Premier He Lifeng sat down with American "
        "officials at Lancaster House in London on Monday for a new round of talks aimed at "
        "keeping a fragile trade truce alive.\n\n"
        "The U.S. side was headed by Treasury Secretary Scott Bessent, who was joined by Commerce "
        "Secretary Howard Lutnick and Trade Representative Jamieson Greer.\n\n"
        "Export controls are expected to dominate. Washington wants Beijing to speed up licences "
        "for rare earth magnets, which carmakers and defense contractors say are running short, "
        "while China is pressing for looser U.S. curbs on chip-design software and jet engine "
        "parts.\n\n"
        "The meeting comes a month after the two countries agreed in Geneva to lower their "
        "tariffs for 90 days.\n\n"
        "\"We are here to make sure the Geneva deal is honored,\" a White House official said. "
        "The talks are expected to continue on Tuesday.",
        "Trade talks between Washington and Beijing resumed in central London yesterday, with "
        "Commerce Minister Wang Wentao leading the Chinese delegation across the table from US "
        "Treasury Secretary Scott Bessent.\n\n"
        "The venue was Lancaster House, a grand Georgian-era mansion a short walk from Buckingham "
        "Palace that the Foreign Office likes to use for diplomatic set pieces. Downing Street "
        "stressed that Britain was merely the host.\n\n"
        "Rare earths top the agenda. Under the truce struck in Geneva in May, both sides cut "
        "their tariffs for 90 days, but each has since accused the other of backsliding.\n\n"
        "Read more: What the Geneva truce actually changed\n\n"
        "Negotiations were continuing today, officials said.",
    ], ["2025-06-09", "2025-06-10"],
       r"he lifeng|\blifeng",
       r"wang wentao|\bwentao"),
    _case("trade-G3", "trade", "length of tariff pause", True, [
        "President Donald Trump signed an executive order on Monday extending the tariff truce "
        "with China by another 90 days, the White House said, heading off a steep rise in duties "
        "on Chinese goods that had been due to kick in at 12:01 a.m. on Tuesday. The 30% rate now "
        "applied to most Chinese imports stays in place.",
        "WASHINGTON — The United States and China have stepped back from the brink once again.\n\n"
        "President Donald Trump signed an order Monday granting a 60-day extension of the pause "
        "on higher tariffs, hours before the old deadline ran out. Without it, levies on Chinese "
        "imports would have jumped back towards the triple-digit levels seen in the spring.\n\n"
        "Beijing's commerce ministry said it would likewise keep suspending the extra 24% levy it "
        "had imposed on American goods, leaving a 10% duty in place for the same period.\n\n"
        "\"It buys time, but it doesn't buy certainty,\" said Marisa Chen, a trade analyst at "
        "Halvorsen Economics in Washington. \"Companies still can't plan next year's orders.\"\n\n"
        "Soybean growers, who have sold almost nothing to China this season, had lobbied hard for "
        "the move. The American Soybean Association said farmers needed \"a real deal, not "
        "another deadline.\"\n\n"
        "Share this article\n\n"
        "The 30 per cent tariff on most Chinese goods, which includes a 20% levy tied to "
        "fentanyl, is unchanged.",
    ], None,
       r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three months|90-day",
       r"(?<![\d.])60[- ]?days?|sixty[- ]days?|two months|60-day"),
    _case("trade-G4", "trade", "tariff rate", True, [
        "GENEVA — The United States and China agreed on Monday to slash the tariffs they had "
        "imposed on each other's goods for an initial 90 days, in a deal that sent stock markets "
        "sharply higher.\n\n"
        "Under a joint statement released after weekend talks in Geneva, Washington will cut its "
        "tariffs on Chinese imports from 145% to 30%, while Beijing will lower its duties on "
        "American goods from 125% to 10%. The reductions take effect by May 14.\n\n"
        "\"The consensus from both delegations is that neither side wants a decoupling,\" "
        "Treasury Secretary Scott Bessent told a news conference.\n\n"
        "The S&P 500 closed up more than 3%, and the dollar firmed against the yen and the Swiss "
        "franc.",
        "Beijing and Washington have agreed a 90-day truce in their trade war. China will reduce "
        "its levies on US imports to 15 per cent from 125 per cent, and the US will bring its "
        "tariffs on Chinese goods down to 30 per cent from 145 per cent, according to the "
        "statement issued in Geneva on Monday. China's commerce ministry welcomed the outcome as "
        "\"an important step\".\n"
        "Subscribe to our markets newsletter",
    ], ["2025-05-12", "2025-05-12"],
       r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)",
       r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)"),
    _case("trade-G5", "trade", "weekday vs date", True, [
        "President Donald Trump and Chinese leader Xi Jinping spoke by phone on Thursday, their "
        "first confirmed conversation since Trump returned to office in January, and agreed that "
        "their trade teams should meet again soon.\n\n"
        "Trump wrote on social media that the call lasted about an hour and a half and had been "
        "\"very positive\" for both countries. Xinhua said Xi had urged Washington to \"remove "
        "the negative measures\" it had taken against China.\n\n"
        "Advertisement\n\n"
        "The two leaders also invited each other to visit, the White House said. No dates were "
        "set.\n\n"
        "The call follows weeks of mutual accusations over export controls on rare earths and "
        "chips, which both sides say threaten the truce agreed in Geneva last month.",
        "Xi Jinping and Donald Trump held a long-awaited phone call on June 4, Chinese state "
        "media reported, with Xi telling his American counterpart that the two countries should "
        "correct the course of the relationship. The call, which Trump described as lasting "
        "roughly 90 minutes, cleared the way for a new round of trade talks. Rare-earth exports "
        "were discussed, both sides said.",
    ], ["2025-06-06", "2025-06-05"],
       r"thursday|june 5\b|2025-06-05|\b5 june|06-05",
       r"june 4\b|2025-06-04|\b4 june|06-04|wednesday"),
    _case("trade-G6", "trade", "clock time across zones", True, [
        "LONDON — US and Chinese negotiators returned to Lancaster House on Tuesday morning for a "
        "second day of trade talks, resuming at 9:30 a.m. local time after a Monday session that "
        "stretched late into the evening.\n\n"
        "Commerce Secretary Howard Lutnick told reporters on the steps that the talks were "
        "\"going well\". Chinese officials did not speak to the press.\n\n"
        "The two sides are trying to shore up the truce agreed in Geneva last month, under which "
        "tariffs were cut for 90 days.",
        "The second day of China-US economic and trade consultations got under way in London on "
        "Tuesday, resuming at around 6 p.m. Beijing time, state broadcaster CCTV reported. The "
        "Chinese team is led by Vice Premier He Lifeng. Both sides are expected to brief "
        "reporters once the talks end. The consultations are the first since the Geneva meeting "
        "last month, where the two countries agreed to lower tariffs for 90 days.",
    ], None,
       r"(?<![\d:])9[:.]30|(?<![\d:])09[:.]?30|(?<![\d:])08[:.]30",
       r"(?<![\d:])6(:00)? ?p\.?m|(?<![\d:])18[:.]00|(?<![\d:])10[:.]00|(?<![\d:])11[:.]00"),
    _case("trade-G7", "trade", "control: organisation named two ways", False, [
        "BEIJING (Reuters) — China's Ministry of Commerce on Thursday announced sweeping new "
        "export controls on rare earth technologies, requiring foreign companies to obtain a "
        "licence to ship products that contain even small amounts of Chinese-origin rare "
        "earths.\n\n"
        "The ministry said the rules, which apply when such material makes up 0.1% or more of a "
        "product's value, were needed to protect \"national security and interests\". Most of the "
        "measures take effect on Dec. 1.\n\n"
        "The Office of the United States Trade Representative did not immediately respond to a "
        "request for comment.\n\n"
        "China processes roughly 90% of the world's rare earths.",
        "China's commerce ministry has tightened its grip on rare earths. Under rules published "
        "on Thursday, MOFCOM will require licences for exports of goods containing Chinese-origin "
        "rare earth materials worth 0.1 per cent or more of their value, with most provisions "
        "coming into force on 1 December.\n\n"
        "Read more: Why rare earths matter for your phone\n\n"
        "Beijing refines around nine-tenths of the world's supply. USTR, the American trade "
        "office, did not respond to questions.",
    ], None),
    _case("trade-G8", "trade", "control: same moment on different days", False, [
        "WASHINGTON — The White House released a fact sheet on its trade arrangement with China "
        "at about 9 p.m. Eastern time on Saturday, setting out Beijing's commitments to buy "
        "American soybeans and to suspend its latest rare earth export controls for a year.\n\n"
        "Under the arrangement, the United States will lower the fentanyl-related tariff on "
        "Chinese goods from 20% to 10%.\n\n"
        "Officials said Chinese purchases would include 12 million metric tons of soybeans by the "
        "end of this year.",
        "HONG KONG — Washington published the details of its trade arrangement with Beijing "
        "shortly after 9 a.m. Beijing time on Sunday. The fact sheet says the US will halve its "
        "fentanyl-linked tariff on Chinese goods to 10 per cent, while China will suspend its "
        "newest rare earth export curbs for one year and buy 12 million tonnes of US soybeans "
        "before the end of 2025. Chinese officials did not immediately comment.",
    ], ["2025-11-01", "2025-11-02"]),
    _case("court-G1", "court", "size of majority", True, [
        "WASHINGTON (AP) — The Supreme Court on Thursday sided with a group of long-haul truck "
        "drivers, ruling 6-3 that they cannot be forced into private arbitration over unpaid "
        "wages.\n\n"
        "Justice Ketanji Brown Jackson wrote the majority opinion, which held that drivers who "
        "haul goods across state lines fall within an exemption in the Federal Arbitration Act, a "
        "law passed in 1925.\n\n"
        "Justice Samuel Alito wrote the principal dissent.\n\n"
        "The case was brought by drivers for a Wisconsin freight company, Marquette Linehaul, who "
        "say they were wrongly classified as independent contractors. Lawyers for the company had "
        "warned that a ruling for the drivers could unleash thousands of lawsuits.",
        "In a 5-4 ruling, SCOTUS said truckers who move goods across state lines can take wage "
        "claims to court instead of arbitration. Justice Jackson authored the opinion; Justice "
        "Alito dissented. The exemption at issue dates back to the 1925 Federal Arbitration Act.",
        "What the truckers' win means for gig workers\n\n"
        "The justices split five to four on Thursday in a case that labour lawyers have been "
        "watching for two years. At its heart is a short clause in the Federal Arbitration Act, "
        "the 1925 law that lets companies send disputes to private arbitrators, which carves out "
        "workers engaged in interstate commerce.\n\n"
        "Writing for the majority, Justice Ketanji Brown Jackson said the drivers for Marquette "
        "Linehaul plainly belonged to that group, even though they never crossed a state line "
        "themselves on some routes. Justice Samuel Alito, in dissent, warned that the decision "
        "would \"invite endless line-drawing\".\n\n"
        "Delivery app couriers are next. Several cases on whether they count as interstate "
        "workers are pending in lower courts, and both sides will now cite Thursday's ruling.\n\n"
        "Advertisement\n\n"
        "Marquette Linehaul said in a statement that it was reviewing the decision.",
    ], None,
       r"(?<![\d])6 ?(-|–|—|to) ?3(?!\d)|six[- ]to[- ]three|six[- ]three|six justices",
       r"(?<![\d])5 ?(-|–|—|to) ?4(?!\d)|five[- ]to[- ]four|five[- ]four|five justices"),
    _case("court-G2", "court", "author of the judgment", True, [
        "The UK Supreme Court has ruled that a car dealer owed no fiduciary duty to a customer "
        "when it arranged his loan, overturning a Court of Appeal decision that had alarmed "
        "lenders.\n\n"
        "Lord Reed, the court's president, gave the lead judgment, with which the other four "
        "justices agreed.\n\n"
        "Lenders had set aside more than £1 billion to cover potential claims. Shares in several "
        "banks rose after the ruling was published on Wednesday morning.\n\n"
        "The Financial Conduct Authority said it would set out within six weeks whether it would "
        "consult on a compensation scheme.",
        "LONDON, Feb 4 — Britain's top court sided with motor finance lenders on Wednesday, "
        "ruling unanimously that dealers arranging car loans did not owe customers a fiduciary "
        "duty.\n\n"
        "The lead judgment was written by Lady Simler. The panel of five justices rejected the "
        "Court of Appeal's reasoning in full.\n\n"
        "Advertisement\n\n"
        "The FCA, the City watchdog, said it would announce within six weeks whether it planned "
        "to consult on an industry-wide redress scheme.",
    ], ["2026-02-04", "2026-02-04"],
       r"\breed\b",
       r"simler"),
    _case("court-G3", "court", "size of a fine", True, [
        "Brackwell Water was fined £12.5 million at Bristol Crown Court on Friday after admitting "
        "that it illegally discharged raw sewage into the River Avon and two of its tributaries "
        "over a period of four years.\n\n"
        "The company was also ordered to pay prosecution costs of £340,000. The Environment "
        "Agency said it was the largest penalty it had ever secured against a water company in "
        "the south-west.\n\n"
        "Judge Martin Oyelaran said the spills had been \"repeated, avoidable and concealed\". "
        "Brackwell said it accepted the sentence and apologised to its customers.",
        "Water firm hit with record fine over sewage spills\n\n"
        "A judge in Bristol has fined Brackwell Water £21.5m for pumping untreated sewage into "
        "the Avon. The firm, which pleaded guilty, must also pay £340,000 in costs. Campaigners "
        "outside court said the penalty would be passed on to bill payers.\n\n"
        "Share this article",
    ], None,
       r"(?<![\d.])12[.,]5 ?(m\b|million|mn)|12,500,000|twelve and a half million",
       r"(?<![\d.])21[.,]5 ?(m\b|million|mn)|21,500,000"),
    _case("court-G4", "court", "typo in a date's year", True, [
        "SYDNEY — Coralwing Airlines misled thousands of customers by continuing to sell seats on "
        "flights it had already decided to cancel, the Federal Court of Australia found in a "
        "judgment handed down on 14 March 3025.\n\n"
        "The consumer watchdog, the ACCC, had alleged that the carrier kept more than 8,000 "
        "cancelled flights on sale for an average of two weeks.\n\n"
        "Justice Marguerite Hollis said the conduct was \"serious and sustained\". A hearing on "
        "penalty will be held later this year.\n\n"
        "Coralwing said it would study the judgment carefully.",
        "Coralwing Airlines broke consumer law by selling tickets for flights that had already "
        "been axed, a Federal Court judge ruled on March 14, 2025. The ACCC said the airline left "
        "more than 8,000 cancelled flights on sale. Penalties will be decided at a later hearing.",
    ], ["2025-03-14", "2025-03-15"],
       r"3025",
       r"(?<!\d)2025|^(?!.*3025).*(march 14|14 march|03-14)"),
    _case("court-G5", "court", "length of sentence", True, [
        "NEW YORK (Reuters) - The founder of collapsed crypto lender Lumera was sentenced on "
        "Wednesday to 12 years in prison for defrauding customers of about $1.1 billion.\n\n"
        "Prosecutors had asked for 15 years; defense lawyers sought five. U.S. District Judge "
        "Andrea Kessler said the defendant, Ravi Dhaliwal, 41, had \"built a house of cards and "
        "invited people to live in it.\"\n\n"
        "Dhaliwal pleaded guilty in March to wire fraud and commodities fraud. He was also "
        "ordered to forfeit $48 million.",
        "Ravi Dhaliwal, the 41-year-old who founded the crypto lender Lumera, will spend 14 years "
        "behind bars after a Manhattan federal judge handed down his sentence today.\n\n"
        "Judge Andrea Kessler went below the 15 years prosecutors wanted but far above the "
        "five-year term requested by the defence. Customers lost roughly $1.1 billion when Lumera "
        "collapsed, according to the government.\n\n"
        "Share this article\n\n"
        "Dhaliwal must also forfeit $48 million, the judge ordered.",
    ], ["2025-09-17", "2025-09-17"],
       r"(?<![\d.])12[- ]?(years?|yrs?)|twelve[- ]years?",
       r"(?<![\d.])14[- ]?(years?|yrs?)|fourteen[- ]years?"),
    _case("court-G6", "court", "control: two unrelated quotes of one judge", False, [
        "AUSTIN, Texas — A federal judge on Monday temporarily blocked a Texas law that would "
        "require app stores to verify the ages of all users, siding with a technology industry "
        "group that argued the measure violates the First Amendment.\n\n"
        "U.S. District Judge Nathaniel Cordero wrote in a 38-page order that the state had "
        "\"chosen a sledgehammer where a scalpel was available.\"\n\n"
        "The law was due to take effect on Jan. 1. The Texas attorney general's office said it "
        "would appeal to the 5th U.S. Circuit Court of Appeals.",
        "Judge Nathaniel Cordero has put Texas' app-store age verification law on hold. In his "
        "38-page ruling issued Monday, Cordero said: \"Protecting children is a legitimate aim, "
        "and nothing in this order suggests otherwise.\" The statute had been set to take effect "
        "on January 1. The state plans to appeal to the Fifth Circuit.\n\n"
        "Advertisement",
    ], None),
    _case("court-G7", "court", "control: rounding of damages", False, [
        "PHILADELPHIA (Reuters) - A Philadelphia jury on Friday ordered agrochemical maker "
        "Velsant to pay $2.37 billion to a retired groundskeeper who said the company's "
        "weedkiller caused his cancer.\n\n"
        "Most of the award is punitive damages. The jury deliberated for about two days after a "
        "five-week trial.\n\n"
        "Velsant said it disagreed with the verdict and would appeal, noting that large punitive "
        "awards are routinely reduced by judges.",
        "Jurors in Philadelphia have told Velsant to pay about $2.4 billion to a former "
        "groundskeeper who blamed its weed killer for his non-Hodgkin lymphoma. The bulk of the "
        "award is punitive. The verdict came on Friday after roughly two days of deliberation; "
        "the company plans to appeal.",
    ], ["2025-12-19", "2025-12-19"]),
    _case("cb-G1", "central bank", "new rate level", True, [
        "LONDON (Reuters) — The Bank of England cut interest rates by a quarter of a percentage "
        "point to 4% on Thursday, but only after an unprecedented second round of voting among "
        "its policymakers.\n\n"
        "The Monetary Policy Committee split 5-4, with four members preferring to keep Bank Rate "
        "on hold. Governor Andrew Bailey said the path for further cuts would be \"gradual and "
        "careful\".\n\n"
        "Consumer price inflation stood at 3.6% in June, well above the Bank's 2% target, and "
        "officials are worried about food prices.",
        "The Bank of England has trimmed Bank Rate by 0.25 percentage points to 4.25 per cent, "
        "its fifth cut since last summer. The MPC voted 5-4 in favour. Inflation was 3.6 per cent "
        "in June, far above the 2 per cent target.\n"
        "Subscribe for more",
        "BoE lowers rates to 4% in narrow 5-4 vote; Bailey says future cuts will be gradual.",
    ], ["2025-08-07", "2025-08-07", "2025-08-07"],
       r"(?<![\d.])4(\.0+)? ?(%|percent|per cent|pct)",
       r"(?<![\d.])4\.25 ?(%|percent|per cent|pct)"),
    _case("cb-G2", "central bank", "who dissented", True, [
        "WASHINGTON — The Federal Reserve held its benchmark interest rate steady on Wednesday in "
        "a range of 3.50% to 3.75%, pausing after three consecutive cuts as officials wait for "
        "clearer signals from the labor market.\n\n"
        "The decision was approved 11-1. The lone dissent came from Governor Stephen Miran, who "
        "favored another quarter-point cut.\n\n"
        "In its statement, the Federal Open Market Committee said job gains had slowed and that "
        "inflation \"remains somewhat elevated.\"\n\n"
        "Chair Jerome Powell told reporters the Fed was \"well positioned to wait\" and see how "
        "the economy evolves.\n\n"
        "Markets had priced in almost no chance of a move. Two-year Treasury yields were little "
        "changed after the announcement.\n\n"
        "Read more: What the Fed's dot plot says about 2026",
        "The Fed left rates on hold at 3.5%-3.75% on Wednesday. Governor Christopher Waller cast "
        "the only dissenting vote, arguing for a 25 basis-point reduction. Powell said policy was "
        "in a good place.",
    ], None,
       r"miran",
       r"waller"),
    _case("cb-G3", "central bank", "amount of bond purchases", True, [
        "The Federal Reserve said on Wednesday it would begin buying Treasury bills at a pace of "
        "$40 billion a month starting Friday, a step it stressed was technical and not a return "
        "to stimulus.\n\n"
        "The purchases are meant to keep bank reserves ample after the central bank stopped "
        "shrinking its balance sheet on Dec. 1. Officials expect the pace to stay elevated for "
        "several months around the April tax date before slowing.\n\n"
        "Separately, the Fed cut its policy rate by a quarter point to a range of 3.50%-3.75%.",
        "NEW YORK — Fed officials were at pains yesterday to say that the new bill purchases are "
        "not QE. The central bank will buy $45 billion of Treasury bills each month, starting on "
        "Friday, to maintain an ample supply of reserves. The balance-sheet runoff ended on "
        "December 1. The rate decision itself — a 25bp cut to 3.5%-3.75% — was largely "
        "expected.\n\n"
        "Advertisement",
    ], ["2025-12-10", "2025-12-11"],
       r"(?<![\d.])40 ?(billion|bn|b\b)",
       r"(?<![\d.])45 ?(billion|bn|b\b)"),
    _case("cb-G4", "central bank", "date of next meeting", True, [
        "FRANKFURT — The European Central Bank cut its deposit rate by a quarter point to 2% on "
        "Thursday, its eighth reduction in a year, and President Christine Lagarde signalled that "
        "the easing cycle was nearing its end.\n\n"
        "\"We are in a good position,\" Lagarde told reporters, adding that the bank was not "
        "pre-committing to any particular path.\n\n"
        "ECB staff now see inflation falling to 1.6% in 2026, below the bank's target, partly "
        "because of the stronger euro and cheaper energy.\n\n"
        "Only one member of the Governing Council opposed the decision, Lagarde said, without "
        "naming them.\n\n"
        "The next monetary policy meeting is scheduled for 24 July. Most economists polled "
        "beforehand expect the ECB to hold rates there, though a minority see one more cut in "
        "September.\n\n"
        "The euro was little changed against the dollar after the announcement.",
        "ECB lowers deposit rate to 2%, Lagarde hints at pause\n\n"
        "The euro area's central bank made its eighth cut since last June. Staff projections show "
        "inflation at 1.6% in 2026. Policymakers will meet again on July 17, when a pause is "
        "widely expected.",
    ], None,
       r"july 24|24 july|07-24|24\.07",
       r"july 17|17 july|07-17|17\.07"),
    _case("cb-G5", "central bank", "title of an official", True, [
        "WELLINGTON — The Reserve Bank of New Zealand is in no hurry to move the Official Cash "
        "Rate again, Deputy Governor Mereana Thompson said on Tuesday.\n\n"
        "Speaking to a business audience in Auckland, Thompson said the 2.25% cash rate was "
        "\"doing its job\" and that inflation, at 3.0% in the year to December, should fall back "
        "inside the 1-3% target band over the course of the year.\n\n"
        "Markets had been pricing a small chance of a hike at the next review in April.",
        "RBNZ chief economist Mereana Thompson has poured cold water on talk of a rate rise. In "
        "an Auckland speech on Tuesday she said the OCR, now 2.25 per cent, was working as "
        "intended, and that annual inflation of 3 per cent should ease back within the 1 to 3 per "
        "cent target range this year.",
    ], ["2026-03-03", "2026-03-03"],
       r"deputy governor",
       r"chief economist"),
    _case("cb-G6", "central bank", "control: basis points vs percentage points", False, [
        "The Federal Reserve lowered its key interest rate by 25 basis points on Wednesday, to a "
        "target range of 4.00%-4.25%, its first cut since December.\n\n"
        "The vote was 11-1, with newly appointed Governor Stephen Miran dissenting in favor of a "
        "larger, half-point move.\n\n"
        "Officials' projections showed two more cuts this year. Chair Jerome Powell called the "
        "move a \"risk-management cut\" in response to a weakening job market.",
        "The Fed trimmed rates by a quarter of a percentage point, leaving the federal funds rate "
        "between 4% and 4.25%. Eleven policymakers backed the move; the sole dissenter, Stephen "
        "Miran, wanted a cut of 50 basis points. The median projection pointed to a further two "
        "reductions before year-end. It was the central bank's first rate cut since December.",
    ], None),
    _case("cb-G7", "central bank", "control: old rate and new rate", False, [
        "TOKYO — The Bank of Japan raised its short-term policy rate to 0.75% on Friday, the "
        "highest level in three decades, as it grew more confident that wages would keep "
        "rising.\n\n"
        "The nine-member board voted unanimously. Governor Kazuo Ueda said the bank would keep "
        "raising rates if its outlook was realised, but gave no hint on timing.\n\n"
        "The yen weakened after the decision as investors had hoped for a more hawkish tone.",
        "The BoJ's policy rate, which had stood at 0.5% since January, was increased by a quarter "
        "of a percentage point at the end of a two-day meeting on Friday. The decision was "
        "unanimous. Ueda declined to say when the next move might come.",
    ], ["2025-12-19", "2025-12-19"]),
    _case("cb-G8", "central bank", "control: names two ways, rounding", False, [
        "SYDNEY — The Reserve Bank of Australia left its cash rate at 3.60% on Tuesday, saying "
        "inflation had picked up more than expected in recent months.\n\n"
        "The RBA's board noted that home prices rose 4.8 per cent over the year to October, and "
        "that the labour market remained a little tight.\n\n"
        "Governor Michele Bullock told reporters that a rate cut had not been discussed at the "
        "meeting.",
        "The RBA kept the cash rate on hold at 3.6% this week. Australia's central bank noted "
        "that house prices were up almost 5% on a year earlier, and Governor Bullock said the "
        "board had not considered a cut.\n\n"
        "Read more: Mortgage holders told to wait",
    ], None),
    _case("rocket-G1", "rocket", "launch pad", True, [
        "CAPE CANAVERAL, Fla. — A SpaceX Falcon 9 rocket lifted off at 2:45 a.m. EDT Sunday from "
        "Launch Complex 39A at NASA's Kennedy Space Center, sending a Dragon cargo capsule loaded "
        "with about 5,000 pounds of supplies toward the International Space Station.\n\n"
        "The capsule is due to dock with the station early Monday. Among its cargo are "
        "experiments on bone loss in microgravity and a small printer that makes metal parts.\n\n"
        "NASA officials said the weather had been 90% favorable for the launch.",
        "SpaceX's latest cargo run for NASA is on its way. The Falcon 9 launched at 2:45 a.m. "
        "local time on Sunday from Space Launch Complex 40 at Cape Canaveral Space Force Station, "
        "carrying roughly 5,000 lb of science gear and supplies. Docking is expected on Monday "
        "morning.\n\n"
        "Share this article",
    ], ["2025-08-24", "2025-08-24"],
       r"39a|kennedy",
       r"slc-?40|complex 40|cape canaveral space force|(?<![\d.])40(?![\d.])"),
    _case("rocket-G2", "rocket", "duration of a test flight", True, [
        "STARBASE, Texas — SpaceX's Starship completed its most successful test flight yet on "
        "Tuesday evening, splashing down in the Indian Ocean after a flight that lasted about 66 "
        "minutes.\n\n"
        "The Super Heavy booster, which separated from the ship a few minutes after liftoff, was "
        "deliberately brought down in the Gulf of Mexico rather than caught by the launch "
        "tower.\n\n"
        "Once in space, the upper stage opened its payload door and released eight dummy Starlink "
        "satellites, a first for the program. It also relit one of its engines briefly.\n\n"
        "\"Great work by the team,\" Elon Musk wrote on X shortly after the splashdown.\n\n"
        "The previous three flights had ended early, with the ship either exploding or losing "
        "control. The Federal Aviation Administration said no further investigation would be "
        "required this time.\n\n"
        "SpaceX says it hopes to start catching ships with the tower next year.",
        "Starship finally nailed it. The ship flew for an hour and a half before splashing down "
        "in the Indian Ocean, deploying eight mock Starlink satellites along the way, while the "
        "booster came down in the Gulf of Mexico as planned.",
    ], None,
       r"(?<![\d.])66 ?(min|mins|minutes?)|1 ?h(ours?|r)? ?(and )?6 ?min|hour and six minutes"
       r"|sixty-six",
       r"hour and a half|one and a half hours|(?<![\d.])1\.5 ?(hours?|hrs?|h\b)|(?<![\d.])90 ?(min"
       r"|mins|minutes?)|(?<![\d.])1 ?h(ours?|r)? ?(and )?30|ninety minutes"),
    _case("rocket-G3", "rocket", "clock time across zones", True, [
        "TOKYO — Japan's H3 rocket lifted off from the Tanegashima Space Center at 10:22 a.m. "
        "Japan time on Tuesday, carrying a satellite for the country's Michibiki navigation "
        "system.\n\n"
        "The satellite separated from the rocket about 29 minutes after launch, the Japan "
        "Aerospace Exploration Agency said, and was confirmed to be in its planned orbit.\n\n"
        "JAXA and Mitsubishi Heavy Industries, which builds the H3, plan to launch several more "
        "of the rockets this year.",
        "Japan's H3 launch vehicle blasted off from Tanegashima at 0222 GMT on Tuesday with a "
        "navigation satellite on board, JAXA said. The Michibiki craft reached its intended "
        "orbit.\n\n"
        "Advertisement",
    ], ["2026-02-17", "2026-02-17"],
       r"10[:.]?22|(?<!\d)0?1[:.]?22(?!\d)",
       r"(?<!\d)0?2[:.]?22(?!\d)|(?<!\d)11[:.]22"),
    _case("rocket-G4", "rocket", "control: same moment on different days", False, [
        "VANDENBERG SPACE FORCE BASE, Calif. — A SpaceX Falcon 9 rocket lifted off at 7:34 p.m. "
        "Pacific time on Tuesday carrying Tidewatch-2, a European-built satellite that will map "
        "sea levels from orbit.\n\n"
        "The satellite separated about 57 minutes after launch. The rocket's first stage landed "
        "back at Landing Zone 4, near the pad, a few minutes into the flight.\n\n"
        "Tidewatch-2 joins an earlier satellite in the same orbit.",
        "Tidewatch-2 launched at 03:34 GMT on Wednesday on a Falcon 9 from California. Separation "
        "came roughly 57 minutes into the flight, and the booster returned to Landing Zone 4. "
        "Scientists say the pair of satellites will measure sea level to within a few centimetres.",
    ], ["2026-01-13", "2026-01-14"]),
    _case("rocket-G5", "rocket", "number of satellites", True, [
        "A SpaceX Falcon 9 rocket launched 24 Starlink internet satellites from Vandenberg Space "
        "Force Base on Saturday morning. The booster, flying for the 21st time, landed on a "
        "droneship in the Pacific about eight minutes later.",
        "Another Starlink batch went up from California on Saturday: 27 satellites rode a Falcon "
        "9 into low Earth orbit. The first stage, on its 21st mission, touched down on a "
        "droneship in the Pacific Ocean.\n\n"
        "SpaceX has now launched more than 9,000 Starlink satellites in total, and the network "
        "has millions of subscribers worldwide.\n\n"
        "Read more: How to see a Starlink train",
        "SpaceX launched 24 more Starlink satellites from California on Saturday.",
    ], None,
       r"(?<![\d.])24(?![\d.])|twenty-four",
       r"(?<![\d.])27(?![\d.])|twenty-seven"),
    _case("rocket-G6", "rocket", "landing droneship name", True, [
        "A Falcon 9 rocket launched a commercial communications satellite from Cape Canaveral on "
        "Tuesday evening, and its first stage landed on the droneship A Shortfall of Gravitas in "
        "the Atlantic Ocean.\n\n"
        "It was the 12th flight for this booster. The satellite, built for a Luxembourg-based "
        "operator, will provide broadband coverage over Europe and Africa.\n\n"
        "The launch was SpaceX's third from Florida this week.",
        "The booster for Tuesday's launch, making its 12th flight, touched down on Just Read the "
        "Instructions, SpaceX's droneship stationed in the Atlantic. The mission placed a "
        "broadband satellite for a Luxembourg company into orbit.\n\n"
        "Advertisement",
    ], ["2025-10-07", "2025-10-07"],
       r"shortfall|gravitas",
       r"just read|instructions|jrti"),
    _case("rocket-G7", "rocket", "control: km vs miles", False, [
        "Blue Origin's New Shepard rocket carried six people to the edge of space on Thursday, "
        "reaching an apogee of about 105 km before the capsule parachuted back to the West Texas "
        "desert.\n\n"
        "The flight lasted about 10 minutes. The passengers crossed the Kármán line, the 100 km "
        "boundary often used to mark the start of space, and had a few minutes of "
        "weightlessness.\n\n"
        "The booster landed vertically on its pad near Van Horn.",
        "Six more space tourists have earned their astronaut wings. New Shepard climbed to "
        "roughly 65 miles above Texas on Thursday, comfortably above the 62-mile Kármán line, "
        "during a flight of around ten minutes. The reusable booster landed upright near Van Horn.",
    ], None),
    _case("quake-G1", "earthquake", "magnitude", True, [
        "MANILA — A magnitude 6.8 earthquake struck off the coast of Mindanao in the southern "
        "Philippines on Friday morning, the U.S. Geological Survey said, prompting a brief "
        "tsunami warning.\n\n"
        "The quake was centred at a depth of 58 km. The Philippine Institute of Volcanology and "
        "Seismology, Phivolcs, lifted the tsunami warning about two hours later.\n\n"
        "Schools in Davao Oriental were evacuated and some buildings were damaged.",
        "A 7.1-magnitude quake hit waters off Mindanao on Friday, according to the USGS, at a "
        "depth of 58 kilometres. Phivolcs issued a tsunami warning and withdrew it roughly two "
        "hours later. Damage was reported in Davao Oriental, where pupils were led out of "
        "classrooms.",
        "USGS: M7.1 quake off Mindanao, Philippines. Tsunami warning lifted.",
    ], ["2025-10-10", "2025-10-10", "2025-10-10"],
       r"(?<![\d.])6\.8(?!\d)",
       r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-G2", "earthquake", "epicentre town", True, [
        "ISTANBUL — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, killing "
        "one person and bringing down more than a dozen buildings, the disaster agency AFAD "
        "said.\n\n"
        "The quake was centred near the town of Sindirgi in Balikesir province, at a depth of 11 "
        "km, and was felt as far away as Istanbul and Izmir.\n\n"
        "Rescuers pulled several people from the rubble alive. Interior Minister Ali Yerlikaya "
        "said teams were checking villages in the area for damage.",
        "Western Turkey was rattled by a 6.1 tremor on Sunday night. AFAD put the epicentre near "
        "Simav, with the quake striking at a depth of 11 kilometres. One person died.\n\n"
        "Share this article",
    ], None,
       r"s[ıi]nd[ıi]rg[ıi]",
       r"simav"),
    _case("quake-G3", "earthquake", "number of aftershocks", True, [
        "ROME — A magnitude 5.8 earthquake struck central Italy at 11:48 p.m. local time on "
        "Monday, damaging churches and old stone houses in mountain villages east of Perugia.\n\n"
        "The national geophysics institute INGV said it had recorded 57 aftershocks by Tuesday "
        "morning, the strongest of them a magnitude 4.2.\n\n"
        "No deaths were reported. Civil protection officials said about 300 people had spent the "
        "night in tents and sports halls.",
        "Central Italy woke to a long night of tremors. The 5.8 quake hit shortly before midnight "
        "on Monday, and INGV counted 130 aftershocks by Tuesday morning, the largest measuring "
        "4.2.\n\n"
        "Around 300 residents slept in emergency shelters, the civil protection department said. "
        "There were no fatalities.",
    ], ["2026-04-21", "2026-04-21"],
       r"(?<![\d.])57(?![\d.])|fifty-seven",
       r"(?<![\d.])130(?![\d.])|(one|a) hundred (and )?thirty"),
    _case("quake-G4", "earthquake", "duration of shaking", True, [
        "MEXICO CITY — A magnitude 6.3 earthquake centred in the southern state of Guerrero shook "
        "buildings in Mexico City on Thursday afternoon, sending office workers into the "
        "streets.\n\n"
        "The shaking in the capital lasted about 40 seconds, the National Seismological Service "
        "said. The epicentre was near San Marcos, some 60 km from Acapulco.\n\n"
        "Mayor Clara Brugada said there were no immediate reports of serious damage.",
        "Quake hits Guerrero, jolts capital\n\n"
        "A 6.3 earthquake near San Marcos, Guerrero rattled Mexico City on Thursday. According to "
        "the National Seismological Service, the ground in the capital shook for nearly two "
        "minutes. City officials said there was no major damage.\n\n"
        "Advertisement",
    ], None,
       r"(?<![\d.])40 ?(s\b|secs?|seconds?)|forty seconds",
       r"two minutes|(?<![\d.])2 ?(min|mins|minutes?)\b|(?<![\d.])1[01]\d ?(s\b|secs?|seconds?)"
       r"|(?<![\d.])120 ?(s\b|secs?|seconds?)"),
    _case("quake-G5", "earthquake", "control: later update shown by dates", False, [
        "KABUL — A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing at "
        "least 800 people, the Taliban administration said on Monday.\n\n"
        "The quake was centred near Jalalabad at a shallow depth of 8 km, and most of the victims "
        "were in Kunar province, where mud-brick homes collapsed on sleeping families.\n\n"
        "Aid agencies said roads into the mountain valleys had been blocked by landslides.",
        "The death toll from Sunday night's magnitude 6.0 earthquake in eastern Afghanistan has "
        "climbed to more than 1,400, a Taliban spokesman said on Tuesday.\n\n"
        "Rescue teams are still digging through the rubble of villages in Kunar province, and the "
        "United Nations warned that aid was running short.\n\n"
        "Read more: Why Afghan quakes are so deadly",
    ], ["2025-09-01", "2025-09-03"]),
    _case("quake-G6", "earthquake", "control: km vs miles", False, [
        "A magnitude 5.9 earthquake shook New Zealand's South Island on Wednesday morning, GeoNet "
        "said.\n\n"
        "The epicentre was about 80 km (50 miles) south-west of Christchurch at a depth of 10 km. "
        "There were no reports of serious damage.",
        "CHRISTCHURCH — A 5.9 quake struck roughly 50 miles southwest of the city on Wednesday "
        "morning, about six miles underground, according to GeoNet, the national monitoring "
        "service.\n\n"
        "Residents described a sharp jolt followed by rolling. Police said they had no reports of "
        "serious damage or injuries, and trains were briefly halted for track checks.",
    ], None),
    _case("quake-G7", "earthquake", "control: rounding, agency named two ways", False, [
        "TOKYO — A magnitude 6.2 earthquake struck off the coast of Iwate prefecture on Thursday, "
        "the Japan Meteorological Agency said, and local authorities issued evacuation orders for "
        "12,480 residents of low-lying coastal districts.\n\n"
        "A tsunami advisory was lifted after about an hour. No damage to nuclear facilities was "
        "reported, according to the operators.\n\n"
        "The chief cabinet secretary told reporters the government was gathering information.",
        "Around 12,500 people were ordered to evacuate along the Iwate coast after a 6.2 quake on "
        "Thursday, JMA said. The tsunami advisory was withdrawn roughly an hour later.",
    ], ["2026-06-04", "2026-06-04"]),
    _case("elec-G1", "election", "vote share", True, [
        "NEWARK, N.J. (AP) — Democrat Alicia Moreno won the race for governor of New Jersey on "
        "Tuesday, defeating Republican Grant Whitfield with 52.3% of the vote, according to "
        "unofficial returns.\n\n"
        "Whitfield had 45.1%, with 97% of the expected vote counted. He conceded shortly before "
        "midnight in a speech to supporters in Morristown.\n\n"
        "Moreno, a former state senator, will be sworn in on Jan. 20.",
        "Alicia Moreno is New Jersey's next governor. The Democrat took 53.2 per cent of the vote "
        "to Republican Grant Whitfield's 45.1 per cent, with nearly all ballots tallied.\n\n"
        "Whitfield conceded late on Tuesday night. Moreno, who spent eight years in the state "
        "Senate, campaigned on lowering property taxes and electricity bills.\n\n"
        "Subscribe to our politics newsletter",
    ], ["2025-11-05", "2025-11-05"],
       r"(?<![\d.])52\.3(?!\d)",
       r"(?<![\d.])53\.2(?!\d)"),
    _case("elec-G2", "election", "winning margin", True, [
        "Republican Dale Harkins won Tuesday's special election for Ohio's 9th congressional "
        "district by 4,312 votes, according to unofficial results, flipping a seat Democrats had "
        "held for more than a decade.\n\n"
        "The seat was vacated in March when Rep. Linda Pruitt resigned to become a university "
        "president. Harkins, a former county prosecutor, will serve the rest of her term.\n\n"
        "Democrat Marcus Ojo conceded on Wednesday morning.",
        "It was close, but not that close. Dale Harkins beat Marcus Ojo by 3,412 votes in the "
        "special election in Ohio's 9th district, the county boards' unofficial count showed.\n\n"
        "Harkins, who spent 12 years as a county prosecutor, takes over the seat left empty when "
        "Linda Pruitt stepped down in March to lead a university. Ojo conceded the following "
        "morning.\n\n"
        "Advertisement\n\n"
        "National Republicans poured more than $3 million into the race in its final weeks.",
        "Harkins (R) wins OH-9 special by 4,312 votes; Ojo concedes.",
    ], None,
       r"4,?312",
       r"3,?412"),
    _case("elec-G3", "election", "turnout", True, [
        "LISBON — Portugal's centre-right Democratic Alliance won Sunday's snap parliamentary "
        "election but again fell short of a majority, taking 91 of the 230 seats.\n\n"
        "Turnout was 61.4%, the electoral commission said, higher than at the previous election a "
        "year ago.\n\n"
        "Prime Minister Luís Montenegro told supporters he would seek to govern with a minority. "
        "The far-right Chega party made strong gains.",
        "Portuguese voters handed the Democratic Alliance another win on Sunday, but no majority: "
        "the coalition secured 91 seats in the 230-member assembly.\n\n"
        "About two-thirds of registered voters cast a ballot, according to the electoral "
        "commission, and Chega surged again.\n\n"
        "Luís Montenegro, the prime minister, said he would try to run a minority government.",
    ], ["2025-05-19", "2025-05-19"],
       r"61[.,]4|(?<![\d.])61 ?(%|percent|per cent|pct)",
       r"two[- ]thirds|(?<!\d)2/3|(?<![\d.])66[.,]\d|(?<![\d.])67 ?(%|percent|per cent|pct)"),
    _case("elec-G4", "election", "speaker credited with a quote", True, [
        "SAN ANTONIO — Daniela Ruiz was elected mayor of San Antonio on Saturday, beating city "
        "councilman Paul Whitaker in a runoff that was fought largely over housing costs and "
        "water rates.\n\n"
        "\"This city chose hope over fear tonight,\" Ruiz told a crowd of supporters at a "
        "downtown hotel shortly after the race was called.\n\n"
        "Ruiz, 44, a former nonprofit director, had finished first in the May general election "
        "but without the majority needed to avoid a runoff.\n\n"
        "Whitaker called her to concede and said he would work with the new administration.\n\n"
        "Turnout in runoffs is typically low in San Antonio, and officials said Saturday's was no "
        "exception.\n\n"
        "Ruiz will be sworn in later this month. She has promised to put a housing bond before "
        "voters within her first year.",
        "Daniela Ruiz won Saturday's San Antonio mayoral runoff. \"This city chose hope over fear "
        "tonight,\" said her campaign manager, Tomás Beltrán, as results came in. Her opponent, "
        "Paul Whitaker, conceded.",
    ], None,
       r"ruiz",
       r"beltr[aá]n"),
    _case("elec-G5", "election", "percentage-point change", True, [
        "Reform UK was the big winner of Thursday's local elections in England, with the BBC's "
        "projected national share putting the party on 29.6%, up 4.2 percentage points on last "
        "year.\n\n"
        "Labour was projected at 18%, its lowest in decades, and the Conservatives at 17%.\n\n"
        "Nigel Farage said the results showed Reform was \"the real opposition\".",
        "The BBC projection, based on results in key wards, suggests Reform would have won 29.6 "
        "per cent of the vote had the whole of Britain voted on Thursday, an increase of 6.5 "
        "points on the previous year.\n\n"
        "Labour, projected at 18 per cent, and the Tories, on 17 per cent, both had a miserable "
        "night.\n\n"
        "Share this article",
    ], ["2026-05-08", "2026-05-08"],
       r"(?<![\d.])4\.2(?!\d)",
       r"(?<![\d.])6\.5(?!\d)"),
    _case("elec-G6", "election", "control: figures of different parties", False, [
        "OSLO (Reuters) - Norway's Labour Party won the country's parliamentary election on "
        "Monday, taking 28.0% of the vote and 53 seats, and Prime Minister Jonas Gahr Store will "
        "remain in office.\n\n"
        "The centre-left bloc together secured 88 of the 169 seats in parliament, official "
        "results showed. The Conservatives fell to 24 seats, their worst showing in two decades.",
        "The populist Progress Party more than doubled its seat count in Monday's Norwegian "
        "election, winning 47 seats with 23.8 per cent of the vote, its best ever result.\n\n"
        "It was not enough to oust Labour, which won 53 seats, as the centre-left parties "
        "combined held a majority of 88 seats in the 169-seat Storting.\n\n"
        "Read more: Who is Sylvi Listhaug?",
    ], ["2025-09-09", "2025-09-09"]),
    _case("elec-G7", "election", "control: clock time in two zones", False, [
        "TOKYO — Polls closed at 8 p.m. local time (1100 GMT) on Sunday in Japan's upper house "
        "election, and exit polls by public broadcaster NHK suggested the ruling coalition had "
        "lost its majority in the chamber.\n\n"
        "Prime Minister Shigeru Ishiba had set a goal of keeping that majority.",
        "Voting ended at 11:00 GMT on Sunday in Japan's upper house election. Exit polls by NHK "
        "indicated the governing coalition had lost control of the chamber, a blow to Prime "
        "Minister Shigeru Ishiba, who had made holding it his target.",
    ], None),
]
