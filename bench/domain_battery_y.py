"""Blind test battery, part Y (issue 11): disagreements between outlets in the hidden check's
domains (trade talks and tariffs, court rulings, central banks, rocket test flights,
earthquakes, elections).

Written by engineer Y1 on 2026-12-06 (twelfth session) without reading the reconcile rules or
the other parts of the battery, before any run. A held-out part, scored with
``bench/bench_domain_battery.py Y``. Every text was written for this file; facts are real or
plausibly invented. Must-report cases plant exactly one disagreement (regexes ``a``/``b`` on
the lower-cased values); controls (``report=False``) tell the same facts differently.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "Y", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-Y1", "trade", "duration", True, [
        "US and Chinese negotiators end second day of London talks\n"
        "LONDON (Reuters) - Senior U.S. and Chinese officials wrapped up a second day of trade "
        "negotiations in London on Tuesday after a session that ran for more than five hours, "
        "according to two people briefed on the meeting. The talks at Lancaster House, a "
        "Georgian mansion a short walk from Buckingham Palace, focused on Chinese curbs on "
        "rare-earth magnets and U.S. export controls on chip-design software. Vice Premier He "
        "Lifeng led the Chinese team. U.S. Commerce Secretary Howard Lutnick told reporters the "
        "discussions had been \"fruitful\" but would not say whether a deal was close. Asian "
        "shares edged up on hopes of progress and the yuan was little changed. Neither "
        "government released a statement after the session.",
        "China, US wrap up Tuesday round in London - Asia Markets Desk\n"
        "Skip to content\n"
        "By our markets correspondent\n"
        "Trade officials from Beijing and Washington ended Tuesday's round of negotiations in "
        "the British capital after three and a half hours at Lancaster House, a Chinese "
        "delegate told reporters.\n"
        "Advertisement\n"
        "The agenda covered Beijing's licensing of rare earth exports and American "
        "restrictions on chip design tools. Vice Premier He Lifeng headed the Chinese side; the "
        "US team included Commerce Secretary Howard Lutnick, who called the talks "
        "'fruitful'. Regional stocks rose modestly and the yuan held steady. No joint "
        "statement was issued.\n"
        "Share this article",
        "Explainer: what we know about the US-China talks in London\n"
        "Tuesday's session of the US-China trade talks in London lasted over five hours, "
        "officials said, as the two delegations tried to shore up the truce they reached in "
        "Geneva last month. Beijing's team was led by Vice Premier He Lifeng. Washington wants "
        "faster approvals for shipments of rare-earth magnets, which carmakers say are running "
        "short. China, for its part, wants the US to relax its export controls on chip-design "
        "software. Commerce Secretary Howard Lutnick described the discussions as fruitful.\n"
        "Read more: How rare earths became Beijing's bargaining chip",
    ], ["2025-06-10", "2025-06-10", "2025-06-11"],
        r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|300 ?min|(?<![\d.:])5:00",
        r"3[.,]5 ?(hours?|hrs?|h\b)|three and a half|three-and-a-half|3 ?(hours?|hrs?|h) ?(and )?"
        r"30|210 ?min|3:30|3½"),
    _case("trade-Y2", "trade", "person's title", True, [
        "GENEVA, May 11 (AFP) - Treasury Secretary Scott Bessent said on Sunday that the United "
        "States and China had made \"substantial progress\" after two days of closed-door talks "
        "in Geneva. Bessent, who met Chinese Vice Premier He Lifeng at the residence of "
        "Switzerland's ambassador to the United Nations, said details would be released on "
        "Monday. Trade Representative Jamieson Greer said the two sides had agreed to set up a "
        "consultation mechanism. The meeting was the first face-to-face contact between senior "
        "officials since Washington raised duties on Chinese imports to 145 percent in April. "
        "China answered with tariffs of 125 percent on American goods. \"The talks were "
        "productive,\" Bessent told reporters outside the villa.",
        "US says 'substantial progress' in Geneva talks with China | The Ledger Online\n"
        "Posted 4:12 pm\n"
        "Commerce Secretary Scott Bessent said Sunday that two days of talks with Chinese "
        "officials in Geneva produced substantial progress, with more details to follow on "
        "Monday.\n"
        "Advertisement\n"
        "The talks took place at the residence of the Swiss ambassador to the UN, where Bessent "
        "sat down with Vice Premier He Lifeng. Trade Representative Jamieson Greer told "
        "reporters the sides would create a mechanism for regular consultations. The US has "
        "been charging 145% tariffs on most Chinese goods since April, and Beijing hit back "
        "with a 125% levy of its own. Bessent called the sessions productive.\n"
        "Share on Facebook",
    ], None, r"treasury", r"commerce"),
    _case("trade-Y3", "trade", "length of tariff pause", True, [
        "Washington and Beijing agree to slash tariffs for 90 days\n"
        "GENEVA (AP) — The United States and China said Monday they will temporarily lower the "
        "steep tariffs they imposed on each other, pausing the increases for 90 days while "
        "negotiations continue. Under a joint statement, US duties on Chinese goods will fall "
        "to 30% from 145%, and China's levies on American products will drop to 10% from "
        "125%. The reductions take effect by May 14. Stock futures jumped on the news. "
        "\"Neither side wants a decoupling,\" Treasury Secretary Scott Bessent said.",
        "US, China strike tariff truce after Geneva talks - Pacific Business Times\n"
        "Share on Facebook   Share on X\n"
        "The world's two largest economies agreed on Monday to roll back most of the tariffs "
        "they piled on each other in April. Washington will cut its duties on Chinese imports "
        "from 145 percent to 30 percent, and Beijing will reduce its tariffs on US goods from "
        "125 percent to 10 percent, starting May 14. Wall Street futures surged. "
        "\"Neither side wants a decoupling,\" Treasury Secretary Scott Bessent told reporters "
        "in Geneva. Analysts noted that farm exporters stand to gain the most. The truce will "
        "last 60 days, during which negotiators are expected to keep talking.\n"
        "Read more: What the tariff war has cost American farmers",
        "Geneva deal brings a 90-day pause and deep tariff cuts\n"
        "By Lena Hartmann, Trade Correspondent\n"
        "After a weekend of talks in Geneva, the US and China agreed on Monday to a 90-day "
        "pause in most of the tariff increases they imposed in April. The American rate on "
        "Chinese goods falls to 30 per cent and China's rate on US goods to 10 per cent from "
        "May 14. Markets rallied on the announcement. Economists cautioned that the deal buys "
        "time rather than settling the underlying disputes over subsidies and technology.",
    ], None,
        r"(?<!\d)90[- ]?days?|ninety[- ]days?|three months|3 months",
        r"(?<!\d)60[- ]?days?|sixty[- ]days?|two months|2 months"),
    _case("trade-Y4", "trade", "percent vs percentage points", True, [
        "WASHINGTON (Reuters) - The Office of the U.S. Trade Representative said on Tuesday it "
        "would raise the Section 301 duty on Chinese-made solar wafers and polysilicon by 15 "
        "percentage points from August 1, citing what it called persistent overcapacity in "
        "China's solar industry. Imports of the products were worth about $1.2 billion last "
        "year, the office said. Domestic manufacturers welcomed the step, while installers "
        "warned of higher panel prices. China's commerce ministry said it firmly opposed the "
        "move and would take \"necessary measures\" to protect its companies. The decision "
        "follows a public comment period that drew more than 400 submissions.",
        "New US tariff hike on Chinese solar materials | SolarBiz Weekly\n"
        "Skip to content\n"
        "The US Trade Representative's office will increase the tariff on solar wafers and "
        "polysilicon from China by 15% starting August 1, it announced on Tuesday. "
        "Washington says Chinese producers are flooding the world with cheap supply. "
        "Advertisement\n"
        "Some $1.2 billion of such goods entered the US in the past year. Beijing's commerce "
        "ministry voiced firm opposition and warned of \"necessary measures\". Installers "
        "fear the levy will raise costs for rooftop and utility-scale projects, but US wafer "
        "makers cheered. The agency received more than 400 comments before deciding.",
    ], ["2025-07-08", "2025-07-08"],
        r"(?<![\d.])15 ?(percentage|pct\.?|%)? ?(points?|pts?)|(?<![\d.])15 ?p\.?p\b",
        r"(?<![\d.])15 ?(%|per ?cent|pct)(?!age| ?(points?|pts?))"),
    _case("trade-Y5", "trade", "clock time across zones", True, [
        "Stockholm talks resume for second day | Nordic Wire\n"
        "STOCKHOLM — American and Chinese negotiators resumed their talks at Rosenbad, the "
        "Swedish government's headquarters, at 10 a.m. local time on Tuesday, hoping to extend "
        "a tariff truce that expires on August 12. Treasury Secretary Scott Bessent and Vice "
        "Premier He Lifeng met for five hours on Monday. Swedish police closed several streets "
        "around the building. \"We are working constructively,\" a Chinese official said.\n"
        "Advertisement",
        "China-US economic and trade talks continue in Stockholm\n"
        "STOCKHOLM, July 29 (Xinhua) -- The second day of China-US economic and trade talks got "
        "under way in Stockholm at 7 p.m. Beijing time on Tuesday, with Vice Premier He Lifeng "
        "leading the Chinese delegation. The two sides held candid and in-depth exchanges on "
        "Monday in a session lasting five hours, according to the delegation. The truce "
        "reached in Geneva in May expires on Aug. 12. U.S. Treasury Secretary Scott Bessent "
        "heads the American side.",
        "Bessent, He meet again in Stockholm as truce deadline looms\n"
        "By Dana Whitfield\n"
        "Talks between Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng "
        "resumed at 4 a.m. Eastern time Tuesday at the Swedish prime minister's office in "
        "Stockholm. The two sides met for five hours on Monday without announcing a result. The "
        "current tariff truce runs out on August 12, and businesses on both sides of the "
        "Pacific are pressing for an extension. Few details have leaked from the room.\n"
        "Read more: The tariff truce, explained",
    ], ["2025-07-29", "2025-07-29", "2025-07-29"],
        r"\b10(:00)? ?a\.?m|\b10:00|\b10h\b|08:00|\b8(:00)? ?a\.?m|\b4(:00)? ?a\.?m|04:00",
        r"\b7(:00)? ?p\.?m|19:00|\b11:00|\b11(:00)? ?a\.?m|\b1(:00)? ?p\.?m|13:00"),
    _case("trade-Y6", "trade", "control: ministry named two ways, boilerplate", False, [
        "China approves more rare-earth export licences, ministry says\n"
        "BEIJING (Reuters) - China's Ministry of Commerce said on Thursday it had approved a "
        "number of applications to export rare earths and would keep processing compliant "
        "requests. Ministry spokesperson He Yadong told a regular news briefing that Beijing "
        "was willing to step up communication with the countries concerned. China added seven "
        "medium and heavy rare earths to its export control list on April 4. He did not say "
        "how many licences had been granted.",
        "Beijing says it is approving rare earth export permits - TechTrade Asia\n"
        "Skip to content\n"
        "Sign in | Subscribe\n"
        "The commerce ministry in Beijing has signed off on some rare earth export "
        "applications, spokesman He Yadong said at the ministry's weekly press conference on "
        "Thursday. The controls, imposed on April 4, cover seven kinds of medium and heavy "
        "rare earths used in magnets for cars and drones. He said the ministry would keep "
        "reviewing applications that comply with the rules and was ready to talk with other "
        "governments. He gave no figures.\n"
        "© 2025 TechTrade Asia. All rights reserved.",
        "MOFCOM: compliant rare-earth export requests are being approved\n"
        "Photo: Courtesy of MOFCOM\n"
        "China's MOFCOM said Thursday it has approved certain export applications for rare "
        "earths and will continue to handle compliant requests. Speaking at the regular "
        "briefing, spokesperson He Yadong said China was willing to strengthen dialogue with "
        "relevant countries. The seven elements were placed under export control on April 4. "
        "Automakers in Europe and the US have reported shortages of magnets since then.\n"
        "Share on Facebook   Tweet   Email",
    ]),
    _case("trade-Y7", "trade", "control: different figures, different things", False, [
        "US and China cut tariffs sharply in 90-day truce\n"
        "GENEVA (Reuters) - The United States and China agreed on Monday to slash the tariffs "
        "they had imposed on each other for 90 days, in a joint statement issued after talks "
        "in Geneva. US duties on Chinese goods will drop to 30% from 145%, while China's "
        "tariffs on US goods fall to 10% from 125%. The 30% US rate includes a 20% levy linked "
        "to fentanyl trafficking. Treasury Secretary Scott Bessent said neither side wanted to "
        "decouple. Stock futures jumped on the announcement.",
        "China to lower retaliatory levy to 10 per cent under Geneva deal - Global Trade Brief\n"
        "Advertisement\n"
        "Beijing will cut its retaliatory tariff on American products to 10 per cent, from 125 "
        "per cent, under the deal announced in Geneva on Monday, while Washington brings its "
        "own rate on Chinese imports down to 30 per cent from 145 per cent. The American figure "
        "still contains a 20 per cent duty tied to fentanyl. The arrangement lasts 90 days. "
        "\"We have reached an agreement on a 90-day pause,\" said US Treasury Secretary Scott "
        "Bessent. Equity markets rallied.",
    ], ["2025-05-12", "2025-05-12"]),
    _case("trade-Y8", "trade", "control: same moment, different calendar days", False, [
        "Trump extends China tariff truce by 90 days\n"
        "WASHINGTON — President Donald Trump signed an executive order late Sunday extending "
        "the pause on higher tariffs on Chinese goods by another 90 days, the White House said "
        "shortly before 10 p.m. Eastern time. The truce, which had been due to lapse on August "
        "12, now runs until November 10. Officials said talks with Beijing on soybeans and "
        "fentanyl would continue. Tariffs on most Chinese imports stay at 30%.",
        "US extends tariff truce with China for 90 days - HK Business Now\n"
        "HONG KONG — Washington has extended its tariff truce with Beijing by 90 days, the "
        "White House said at about 10 a.m. Hong Kong time on Monday, removing the risk of a "
        "sharp rise in duties. The pause had been set to expire on August 12 and will now last "
        "until November 10. US tariffs on most Chinese goods remain at 30%. Hong Kong shares "
        "opened slightly higher.\n"
        "Related: China's exports beat forecasts in July",
    ], ["2025-08-10", "2025-08-11"]),
    # ------------------------------------------------------------------ court
    _case("court-Y1", "court", "weekday vs date", True, [
        "Michigan Supreme Court strikes down township's short-term rental ban | Great Lakes "
        "Ledger\n"
        "LANSING — The Michigan Supreme Court on Thursday, June 26, struck down a lakeside "
        "township's ban on short-term rentals, ruling 5-2 that the ordinance conflicted with "
        "state zoning law. Justice Megan Cavanagh wrote for the majority. The township board "
        "adopted the ban in 2021 after residents complained about noise, trash and parking. "
        "Two homeowners who rent out cottages on the lake sued, and lower courts had sided with "
        "the township. \"Zoning authority is broad, but it is not unlimited,\" Cavanagh wrote.\n"
        "Advertisement",
        "State high court sides with cottage owners in rental fight\n"
        "By Jenna Marsh, Staff Writer\n"
        "Photo: Courtesy of the Michigan Supreme Court\n"
        "Michigan's highest court ruled on Wednesday that a township could not outlaw short-term "
        "rentals through its zoning ordinance, overturning two lower-court decisions. The vote "
        "was 5-2, with Justice Megan Cavanagh writing the majority opinion. The case was "
        "brought by two lakefront homeowners who rent their cottages to summer visitors. The "
        "township had enacted the ban in 2021. \"Zoning authority is broad, but it is not "
        "unlimited,\" Cavanagh wrote. Township officials said they were reviewing the decision.",
    ], ["2025-06-27", "2025-06-27"],
        r"thursday|june 26|jun\.? 26|26 june|2025-06-26|06-26",
        r"wednesday|june 25|jun\.? 25|25 june|2025-06-25|06-25"),
    _case("court-Y2", "court", "size of majority", True, [
        "WASHINGTON (AP) — The Supreme Court on Friday upheld a Texas law requiring "
        "pornographic websites to verify the ages of their visitors, in a 6-3 decision that "
        "could shape similar laws in other states. Justice Clarence Thomas wrote for the "
        "majority that the law only incidentally burdens adults' speech. Justice Elena Kagan "
        "wrote the main dissent. The Free Speech Coalition, a trade group for the adult "
        "industry, had challenged the measure. About two dozen states have passed similar "
        "requirements.",
        "SCOTUS upholds Texas age-check law for adult sites - Digital Rights Review\n"
        "Share this article\n"
        "The justices, ruling 5-4 on Friday, let Texas enforce its law forcing adult websites "
        "to check users' ages. Writing for the court, Justice Clarence Thomas said the "
        "requirement was a legitimate way to shield minors and only incidentally affected "
        "adults. Justice Elena Kagan penned the dissent. The trade group Free Speech "
        "Coalition brought the challenge. Digital rights advocates warned the ruling would "
        "spread ID checks across the internet.\n"
        "Read more: Which states require age verification online?",
        "Texas age verification law survives Supreme Court challenge\n"
        "Court watchers had expected a close vote, and the justices split 6 to 3 on Friday in "
        "upholding the Texas statute. Justice Clarence Thomas authored the majority opinion; "
        "Justice Elena Kagan dissented. The Free Speech Coalition argued that the law chilled "
        "lawful speech by adults. Roughly two dozen states have adopted comparable laws, "
        "according to the group.",
    ], None,
        r"(?<!\d)6 ?[-–‑/]? ?(to )?3(?!\d)|six[- ](to[- ])?three|six justices|(?<!\d)6 justices"
        r"|^\s*6\s*$",
        r"(?<!\d)5 ?[-–‑/]? ?(to )?4(?!\d)|five[- ](to[- ])?four|five justices|(?<!\d)5 justices"
        r"|^\s*5\s*$"),
    _case("court-Y3", "court", "size of fine", True, [
        "EU court backs Commission in chip rebate case\n"
        "LUXEMBOURG, Sept 10 — The European Union's General Court on Wednesday dismissed an "
        "appeal by Dutch chip designer Veltrix against an antitrust decision, handing a win to "
        "the bloc's competition enforcers. The judges said the Commission had been right to "
        "find that Veltrix tied discounts to exclusive supply deals with smartphone makers "
        "between 2014 and 2019. The company said it was studying the judgment and could take "
        "the case to the Court of Justice. The fine at stake, €1.49 billion, is one of the "
        "largest the Commission has imposed on a chipmaker. Competition commissioner Teresa "
        "Ribera said the ruling confirmed that dominant firms must compete on merit.",
        "Veltrix loses EU court fight over exclusivity rebates - Chip Monitor\n"
        "Advertisement\n"
        "Europe's second-highest court sided with Brussels on Wednesday, rejecting Veltrix's "
        "challenge to an antitrust decision against the Dutch chip designer. Judges found that "
        "rebates granted to handset makers from 2014 to 2019 were conditional on exclusivity. "
        "Veltrix can still appeal to the Court of Justice on points of law. Teresa Ribera, the "
        "EU's competition commissioner, welcomed the outcome. The penalty, which the company "
        "has already provisionally paid, amounts to €1.94 billion.\n"
        "Sign up for our semiconductor newsletter",
    ], ["2025-09-10", "2025-09-10"],
        r"(?<![\d.,])1[.,]49(?!\d)|1[.,]?490 ?(million|mn|m\b)",
        r"(?<![\d.,])1[.,]94(?!\d)|1[.,]?940 ?(million|mn|m\b)"),
    _case("court-Y4", "court", "date typo (year)", True, [
        "High Court orders new clean air plan | The Northern Post\n"
        "LONDON — The High Court has ruled that the government's plan to cut nitrogen dioxide "
        "pollution in 14 English cities is unlawful and ordered ministers to publish a revised "
        "plan by June 30, 2026. Mr Justice Hollis said the existing measures relied on "
        "\"optimistic assumptions\" about how quickly drivers would switch to cleaner cars. "
        "The case was brought by the environmental law charity ClientEarth. The Department for "
        "Environment said it would study the judgment carefully.",
        "Ministers lose clean air case in High Court\n"
        "Skip to main content\n"
        "By Priya Anand, Environment Reporter\n"
        "Campaigners have won a High Court challenge against the government's air quality "
        "plan, which a judge found unlawful. Mr Justice Hollis ruled that the plan, covering 14 "
        "cities in England, rested on \"optimistic assumptions\" about the uptake of cleaner "
        "vehicles. ClientEarth, which brought the claim, called the judgment a victory for "
        "children's health. The government must now produce a new plan by 30 June 3026. Defra "
        "said it was considering the ruling.\n"
        "Advertisement",
        "Judge rules air pollution plan unlawful\n"
        "A High Court judge has told ministers to rewrite their plan to tackle illegal levels "
        "of nitrogen dioxide in 14 English cities by 30 June 2026. ClientEarth argued the plan "
        "was built on optimistic assumptions, and Mr Justice Hollis agreed. Environmental "
        "groups say roadside pollution still breaches legal limits in several city centres. "
        "The environment department said it would respond in due course.",
    ], ["2025-03-05", "2025-03-05", "2025-03-06"], r"2026", r"3026"),
    _case("court-Y5", "court", "author credited with the opinion", True, [
        "Supreme Court throws out Mexico's lawsuit against US gunmakers\n"
        "WASHINGTON (Reuters) - The U.S. Supreme Court unanimously threw out Mexico's $10 "
        "billion lawsuit against American gun manufacturers on Thursday, ruling that a federal "
        "law shields the companies from the claims. Writing for the court, Justice Elena Kagan "
        "said Mexico had not plausibly shown that the manufacturers aided and abetted illegal "
        "gun sales to cartels. \"Mexico's complaint does not plausibly allege such pervasive, "
        "systemic, and culpable assistance,\" the opinion said. Mexico argued that the "
        "companies' marketing fueled violence south of the border. Smith & Wesson was among the "
        "defendants.",
        "Justices side with gun makers in Mexico case | Border Report Daily\n"
        "Advertisement\n"
        "All nine justices agreed on Thursday that Mexico cannot pursue its $10 billion suit "
        "against US firearms companies. Justice Amy Coney Barrett, writing for the court, "
        "said the complaint fell short of showing that the gunmakers aided and abetted "
        "traffickers. \"Mexico's complaint does not plausibly allege such pervasive, systemic, "
        "and culpable assistance,\" the opinion reads. Mexico had blamed the industry's "
        "marketing for cartel violence. Defendants included Smith & Wesson.\n"
        "Share on Facebook   Share on X",
    ], None, r"kagan", r"barrett"),
    _case("court-Y6", "court", "control: one judge, two unrelated quotes", False, [
        "Federal judge blocks cuts to Oregon transit grants\n"
        "PORTLAND, Ore. (AP) — A federal judge on Tuesday blocked the administration from "
        "withholding transit grants from Oregon while a lawsuit over the cuts goes forward. "
        "U.S. District Judge Maria Okafor issued a preliminary injunction in a 31-page opinion. "
        "\"The government has not shown that the harm it fears is anything more than "
        "speculative,\" Okafor wrote. The Justice Department said it would appeal to the 9th "
        "U.S. Circuit Court of Appeals. Oregon's attorney general called the ruling a relief "
        "for bus riders across the state.",
        "Judge Okafor halts transit funding freeze - Willamette Weekly Online\n"
        "Skip to content\n"
        "Oregon won an early round in its fight over frozen federal transit money on Tuesday, "
        "when US District Judge Maria Okafor granted a preliminary injunction. In the 31-page "
        "ruling, Okafor wrote: \"A court cannot simply defer to the executive whenever it "
        "invokes an emergency.\" Federal lawyers plan to take the case to the 9th Circuit. "
        "State officials said the grants pay for bus service in dozens of small towns.\n"
        "Advertisement\n"
        "Read more: Portland's transit budget explained",
    ], ["2025-10-14", "2025-10-14"]),
    _case("court-Y7", "court", "control: rounding", False, [
        "WILMINGTON, Del. (Reuters) - A federal judge on Monday ordered Meridia Pharma to "
        "pay $1.27 billion in damages to rival drugmaker Castellan Bio for infringing two "
        "patents on a cholesterol drug. U.S. District Judge Colm Connolly issued a 213-page "
        "ruling after a bench trial last year. Meridia said it would appeal to the Federal "
        "Circuit. Castellan's shares rose in after-hours trading.",
        "Meridia hit with $1.3B patent award - BioPharma Dispatch\n"
        "Advertisement\n"
        "A judge in Delaware has ordered Meridia Pharma to pay Castellan Bio about $1.3 billion "
        "for infringing patents on its cholesterol treatment. Judge Colm Connolly's opinion, "
        "which runs to more than 200 pages, followed a trial without a jury. Meridia plans an "
        "appeal to the US Court of Appeals for the Federal Circuit. \"We are pleased the court "
        "recognised our innovation,\" a Castellan spokeswoman said.\n"
        "Related stories",
        "Castellan wins $1.27bn in cholesterol patent case\n"
        "Meridia Pharma must pay $1.27bn to Castellan Bio, a US district judge in Delaware "
        "ruled on Monday, finding that Meridia infringed two Castellan patents. Meridia said it "
        "disagreed with the decision and would appeal. The damages are among the largest ever "
        "awarded in a pharmaceutical patent dispute. Lawyers for Castellan said the ruling sent "
        "a message to the industry.",
    ]),
    # ------------------------------------------------------------------ central bank
    _case("cb-Y1", "central bank", "who dissented", True, [
        "WASHINGTON (Reuters) - The Federal Reserve cut interest rates by a quarter of a "
        "percentage point on Wednesday, to a range of 4.00%-4.25%, and signalled that more "
        "reductions were likely this year as the labor market cools. The decision was 11-1, "
        "with Governor Stephen Miran dissenting in favour of a larger, half-point cut. Fed "
        "Chair Jerome Powell told reporters the move was a \"risk management cut\". "
        "Policymakers' median projection shows two more quarter-point cuts before the end of "
        "2025. The dollar briefly fell after the statement was released at 2 p.m. EDT.",
        "Fed trims rates, signals more cuts ahead | MoneyWatch Daily\n"
        "By Carla Benton\n"
        "Advertisement\n"
        "The Fed lowered its benchmark rate by 25 basis points on Wednesday to a target range "
        "of 4% to 4.25%, its first cut of the year. Chair Jerome Powell described the decision "
        "as a \"risk management cut\" aimed at supporting a softening job market. Officials "
        "now pencil in two additional quarter-point reductions in 2025. The vote was 11 to 1. "
        "Governor Michelle Bowman dissented, saying she would have preferred a half-point "
        "reduction. The statement came out at 2 p.m. Eastern time.\n"
        "Read more: What a Fed cut means for your mortgage",
    ], ["2025-09-17", "2025-09-17"], r"miran", r"bowman"),
    _case("cb-Y2", "central bank", "size of bond sales (QT)", True, [
        "BoE holds rates at 4%, slows pace of bond sales\n"
        "LONDON (Reuters) - The Bank of England kept Bank Rate at 4% on Thursday and said it "
        "would reduce its stock of government bonds by £70 billion over the next 12 months. "
        "The Monetary Policy Committee voted 7-2 to hold rates, with Swati Dhingra and Alan "
        "Taylor backing a cut to 3.75%. Governor Andrew Bailey said inflation, at 3.8%, was "
        "still too high. The Bank will also tilt its sales away from long-dated gilts, where "
        "yields have risen sharply.",
        "Bank of England keeps rates on hold - City & Finance\n"
        "Skip to content\n"
        "Share on Facebook   Share on LinkedIn\n"
        "Threadneedle Street left borrowing costs at 4 per cent on Thursday, with seven of the "
        "nine MPC members voting for no change. The two dissenters, Swati Dhingra and Alan "
        "Taylor, wanted a quarter-point cut to 3.75 per cent. With inflation at 3.8 per cent, "
        "Governor Andrew Bailey said the Bank was not yet out of the woods. The Bank also set "
        "its quantitative tightening target for the coming year: gilt holdings will shrink by "
        "£100bn, with fewer sales of long-dated bonds.\n"
        "Photo: Courtesy Bank of England",
        "Explainer: why the BoE's gilt sales matter\n"
        "The Bank of England said on Thursday it would cut its gilt holdings by £70 billion in "
        "the year ahead, while keeping interest rates at 4%. Fewer of those sales will come "
        "from long-dated bonds, whose yields have climbed to levels not seen since the late "
        "1990s. Two MPC members, Swati Dhingra and Alan Taylor, voted for a rate cut. "
        "Inflation stands at 3.8%, nearly double the 2% target.",
    ], None,
        r"(?<![\d.])70 ?(billion|bn|b\b)|£ ?70(?![\d.])|70,000 ?(million|m\b)",
        r"(?<![\d.])100 ?(billion|bn|b\b)|£ ?100(?![\d.])|100,000 ?(million|m\b)"),
    _case("cb-Y3", "central bank", "date of next meeting", True, [
        "ECB keeps rates unchanged, Lagarde says policy 'in a good place'\n"
        "FRANKFURT (Reuters) - The European Central Bank left its deposit rate at 2% on "
        "Thursday, as expected, for a second meeting in a row. ECB staff now see inflation at "
        "2.1% this year, 1.7% in 2026 and 1.9% in 2027, and raised their growth forecast for "
        "this year to 1.2%. President Christine Lagarde said the bank was \"in a good place\" "
        "but would not pre-commit to any path. Markets trimmed bets on a further cut. "
        "The Governing Council's next policy meeting is on October 30.",
        "ECB on hold again as growth outlook brightens - EuroMarkets Today\n"
        "Advertisement\n"
        "Frankfurt – Euro zone interest rates stay where they are: the ECB held its deposit "
        "facility rate at 2.0 per cent on Thursday. Updated staff projections put inflation at "
        "2.1 per cent in 2025, 1.7 per cent in 2026 and 1.9 per cent in 2027, while growth "
        "this year is now expected at 1.2 per cent. \"We are in a good place,\" Christine "
        "Lagarde told journalists. Traders pared expectations of another cut this year. Some "
        "economists say the undershoot in 2026 could still prompt one more move. Policymakers "
        "meet next on October 23.\n"
        "Newsletter: Sign up for our morning briefing",
    ], ["2025-09-11", "2025-09-11"],
        r"oct(ober)?\.? 30|30 oct|2025-10-30|10-30",
        r"oct(ober)?\.? 23|23 oct|2025-10-23|10-23"),
    _case("cb-Y4", "central bank", "person's title", True, [
        "RBI keeps repo rate at 5.5%, stance neutral\n"
        "MUMBAI (Reuters) - The Reserve Bank of India left its key repo rate unchanged at 5.50% "
        "on Wednesday, with all six members of the monetary policy committee voting to hold. "
        "Governor Sanjay Malhotra said the central bank would keep a neutral stance. The RBI "
        "projected inflation of 3.1% for the fiscal year and kept its growth forecast at 6.5%. "
        "Bond yields rose slightly after the announcement.",
        "RBI holds fire on rates | Mumbai Money Matters\n"
        "Advertisement\n"
        "Home loan borrowers will see no change in their EMIs for now: the Reserve Bank of India "
        "kept the repo rate at 5.5 per cent on Wednesday. The six-member MPC was unanimous. "
        "Deputy Governor Sanjay Malhotra, announcing the decision, said the stance stays "
        "neutral. Inflation for 2025-26 is now projected at 3.1 per cent, and GDP growth at 6.5 "
        "per cent.\n"
        "Share on WhatsApp   Share on Facebook\n"
        "Read more: Should you lock in a fixed deposit now?",
        "Repo rate unchanged at 5.5%: key takeaways from the RBI policy\n"
        "The RBI's monetary policy committee voted 6-0 on Wednesday to keep the repo rate at "
        "5.50%. RBI Governor Sanjay Malhotra retained the neutral stance. The central bank sees "
        "inflation averaging 3.1% this fiscal year, with growth at 6.5%. Economists said a "
        "cut later in the year remains possible if food prices keep easing.",
    ], None, r"^(?!.*deputy).*\bgovernor", r"deputy"),
    _case("cb-Y5", "central bank", "weekday vs date", True, [
        "Bank of England cuts rates to 3.75% in knife-edge vote\n"
        "LONDON (AP) — The Bank of England cut its main interest rate to 3.75% from 4% on "
        "Thursday, with Governor Andrew Bailey casting the deciding vote in a 5-4 split. "
        "Inflation fell to 3.2% in November, lower than the bank had forecast. Bailey said "
        "future cuts would be a \"closer call\". The pound slipped against the dollar after "
        "the announcement.",
        "BoE trims Bank Rate to 3.75pc | Yorkshire Business Insider\n"
        "Skip to content\n"
        "The Bank of England lowered Bank Rate by a quarter point to 3.75pc on Wednesday, "
        "the narrowest of majorities on the Monetary Policy Committee backing the move. The "
        "vote was 5-4, and Governor Andrew Bailey's vote tipped the balance. Consumer price "
        "inflation dropped to 3.2pc last month, below the Bank's own projection. Mr Bailey "
        "warned that further reductions would be a \"closer call\". Sterling edged down.\n"
        "Advertisement",
    ], ["2025-12-18", "2025-12-18"],
        r"thursday|dec(ember)?\.? 18|18 dec|2025-12-18|12-18",
        r"wednesday|dec(ember)?\.? 17|17 dec|2025-12-17|12-17"),
    _case("cb-Y6", "central bank", "control: basis points vs percentage points", False, [
        "WASHINGTON (Reuters) - The Federal Reserve lowered its benchmark interest rate by 25 "
        "basis points on Wednesday to a target range of 4%-4.25%, its first cut since "
        "December. Policymakers cited a slowdown in hiring. \"The labor market is really "
        "cooling off,\" Chair Jerome Powell said at his press conference. The dollar "
        "weakened slightly.",
        "Fed cuts rates by a quarter point - The Main Street Economist\n"
        "Advertisement\n"
        "The Federal Reserve on Wednesday cut interest rates by a quarter of a percentage "
        "point, bringing the federal funds target range to 4.00 to 4.25 per cent. It was the "
        "central bank's first reduction since last December. \"There are no risk-free paths "
        "now,\" Powell told reporters. Mortgage rates had already fallen in anticipation.\n"
        "Share this article",
        "What Wednesday's Fed cut means for savers\n"
        "Wednesday's 0.25 percentage point cut, which brought the Fed's target range to "
        "4%-4.25%, was the first since December. Banks are expected to lower rates on savings "
        "accounts within weeks. Powell said officials would move carefully, meeting by meeting. "
        "Borrowers carrying credit card balances will notice only a small difference.",
    ], ["2025-09-17", "2025-09-17", "2025-09-18"]),
    _case("cb-Y7", "central bank", "control: old vs new rate; BoE named three ways", False, [
        "LONDON (Reuters) - The Bank of England cut Bank Rate to 4% from 4.25% on Thursday "
        "after its Monetary Policy Committee split 5-4, with four members preferring to hold. "
        "Governor Andrew Bailey said the path for further cuts was uncertain. The Bank now "
        "expects inflation to peak at 4% in September before easing. Markets pared bets on "
        "another cut this year.",
        "Threadneedle Street lowers borrowing costs to 4 per cent - City Journal\n"
        "Photo: Courtesy of the BoE\n"
        "The BoE reduced interest rates from 4.25 per cent to 4 per cent on Thursday, the fifth "
        "cut since last summer. Its nine-member rate-setting committee voted 5-4 for the move; "
        "the other four wanted rates left unchanged. Consumer price inflation is now forecast "
        "to peak at 4 per cent in September, double the Bank's 2 per cent target. Andrew "
        "Bailey, the Governor, said policy was \"not on a pre-set path\".\n"
        "Advertisement\n"
        "Sign up to City Journal's free newsletter",
    ]),
    _case("cb-Y8", "central bank", "control: rounding, site boilerplate", False, [
        "SYDNEY (AAP) — The Reserve Bank of Australia has left the cash rate unchanged at 3.60 "
        "per cent after inflation picked up more than expected. Headline consumer prices rose "
        "3.2 per cent over the year to the September quarter, figures released last week "
        "showed. The unemployment rate is 4.5 per cent. Governor Michele Bullock said the "
        "board would remain cautious. Most economists do not expect another cut until next "
        "year.",
        "RBA keeps rates on hold as inflation bumps up | Money & Markets\n"
        "Skip to content\n"
        "Share on Facebook   Share on X   Email\n"
        "Australia's central bank held its cash rate at 3.6% on Tuesday. Annual inflation "
        "came in at about 3% in the September quarter, higher than the RBA had hoped. With "
        "unemployment at 4.5%, Michele Bullock, the RBA's governor, said the board would stay "
        "cautious. Economists have pushed back their forecasts for the next cut into next "
        "year.\n"
        "Sign up to our newsletter\n"
        "© 2025 Money & Markets Pty Ltd",
    ]),
    # ------------------------------------------------------------------ rocket
    _case("rocket-Y1", "rocket", "spacecraft name", True, [
        "SpaceX's Starship completes tenth test flight | Gulf Coast Tribune\n"
        "STARBASE, Texas — SpaceX's Starship flew its tenth test flight on Tuesday evening, "
        "with the upper stage, Ship 37, releasing eight mock Starlink satellites before "
        "splashing down in the Indian Ocean. The Super Heavy booster performed a controlled "
        "descent into the Gulf of Mexico as planned. Two earlier attempts this year had ended "
        "with the ship breaking apart. \"Splashdown confirmed,\" a SpaceX commentator said to "
        "cheers from the team. Elon Musk called it a great day for the program.\n"
        "Advertisement",
        "Starship finally nails a test flight - Orbital Notes\n"
        "By Sam Kettering\n"
        "After a string of failures, SpaceX got the flight it needed on Tuesday. Ship 36, the "
        "vehicle's upper stage, deployed eight dummy Starlink satellites in space and came down "
        "on target in the Indian Ocean. The booster had already splashed into the Gulf of Mexico "
        "after a planned descent. \"Splashdown confirmed,\" the company's webcast host "
        "announced. The ship's heat shield showed some damage but held up through reentry.\n"
        "Share on X",
    ], None, r"ship ?-?37|\bs37\b", r"ship ?-?36|\bs36\b"),
    _case("rocket-Y2", "rocket", "duration of flight", True, [
        "SpaceX wraps up Starship's second-generation era with 11th test flight\n"
        "STARBASE, Texas (AP) — SpaceX launched its giant Starship rocket on Monday evening on "
        "the last flight of the current design, and the upper stage splashed down in the "
        "Indian Ocean about 66 minutes after liftoff. Liftoff came at 6:23 p.m. local time. "
        "The Super Heavy booster fell into the Gulf of Mexico as planned after testing a new "
        "engine configuration. The ship also released eight simulated Starlink satellites. "
        "SpaceX plans to debut a larger version of the vehicle next year.",
        "Starship Flight 11: a clean finale - SpaceFlight Insider Blog\n"
        "Skip to content\n"
        "Monday's launch from Starbase closed the book on the second-generation Starship. The "
        "rocket lifted off at 6:23 p.m. CDT, the booster ran its landing-burn experiment before "
        "dropping into the Gulf, and the upper stage deployed eight Starlink simulators. The "
        "48-minute flight ended with the ship tipping over and exploding in the Indian Ocean "
        "just after splashdown, which was expected. A bigger, upgraded Starship is due to fly "
        "next year.\n"
        "Advertisement",
    ], ["2025-10-14", "2025-10-14"],
        r"(?<![\d.])66[- ]?(minutes?|mins?|m\b)|\b1 ?(hours?|hrs?|h\b) ?(and )?6 ?"
        r"(minutes?|mins?|m\b)|sixty-six|3,?960 ?s",
        r"(?<![\d.])48[- ]?(minutes?|mins?|m\b)|forty-eight|2,?880 ?s"),
    _case("rocket-Y3", "rocket", "landing time across zones", True, [
        "Mengzhou capsule returns after first orbital test\n"
        "BEIJING, March 20 (Xinhua) -- The return capsule of China's new-generation crewed "
        "spacecraft Mengzhou touched down at the Dongfeng landing site in Inner Mongolia at "
        "1:24 a.m. Beijing time on Friday, completing an uncrewed orbital test flight. The "
        "spacecraft spent six days in orbit. The China Manned Space Agency said the capsule's "
        "parachutes and airbags worked normally. Mengzhou is designed to carry astronauts to "
        "the moon before 2030.",
        "China's moon-capable capsule lands after uncrewed test - Space Policy Wire\n"
        "Advertisement\n"
        "China's Mengzhou spacecraft ended its first orbital test flight on Thursday, its "
        "capsule landing at about 19:50 GMT at the Dongfeng site in the Inner Mongolia region, "
        "state media said. The uncrewed vehicle had been in orbit for six days. Officials said "
        "the parachute and airbag systems performed normally. Beijing aims to land astronauts "
        "on the moon by 2030, and Mengzhou would ferry them to lunar orbit.\n"
        "Read more: China's lunar programme in five charts",
    ], ["2026-03-20", "2026-03-19"],
        r"\b1:24|01:24|17:24|5:24 ?p",
        r"19:50|7:50 ?p|03:50|\b3:50 ?a"),
    _case("rocket-Y4", "rocket", "launch site (adjacent places)", True, [
        "New Glenn launches NASA Mars probes, booster sticks landing\n"
        "CAPE CANAVERAL, Fla. (Reuters) - Blue Origin's New Glenn rocket lifted off from Launch "
        "Complex 36 at Cape Canaveral Space Force Station on Thursday, sending NASA's twin "
        "ESCAPADE probes on their way to Mars. Minutes later the rocket's first-stage booster "
        "landed on the recovery ship Jacklyn in the Atlantic, a first for the company. Launch "
        "came at 3:55 p.m. EST, after two earlier attempts were called off. Jeff Bezos "
        "congratulated the team on social media.",
        "Blue Origin lands New Glenn booster on second flight | Space Coast Gazette\n"
        "Photo: Courtesy Blue Origin\n"
        "Blue Origin's heavy-lift New Glenn thundered away from NASA's Kennedy Space Center at "
        "3:55 p.m. EST Thursday with two small NASA spacecraft bound for Mars. The mission, "
        "called ESCAPADE, will study how the solar wind strips away the Martian atmosphere. "
        "The booster then touched down on the company's landing vessel Jacklyn out in the "
        "Atlantic. Two previous launch attempts had been scrubbed.\n"
        "Advertisement\n"
        "Share on Facebook",
    ], None,
        r"complex 36|lc-? ?36|slc-? ?36|cape canaveral|space force station",
        r"kennedy|ksc"),
    _case("rocket-Y5", "rocket", "count of engines", True, [
        "LandSpace's Zhuque-3 reaches orbit on debut, booster landing fails\n"
        "BEIJING (Reuters) - Chinese private rocket maker LandSpace put its Zhuque-3 rocket "
        "into orbit on its first flight on Wednesday, but the reusable first stage was lost "
        "during an attempted landing. The stainless-steel rocket, powered by nine TQ-12A "
        "methane engines on its first stage, lifted off from the Jiuquan Satellite Launch "
        "Center. The company said it would study data from the landing attempt. China is "
        "racing to master booster reuse, which SpaceX pioneered.",
        "Zhuque-3 maiden flight: orbit yes, landing no - China Space Watch\n"
        "Skip to content\n"
        "LandSpace's Zhuque-3 made it to orbit on Wednesday on its maiden flight from Jiuquan "
        "in the Gobi desert. The booster, which uses seven TQ-12A engines burning methane and "
        "liquid oxygen, failed to land on its pad after descent. Still, reaching orbit "
        "on a first try is a milestone for a private company. LandSpace said data from the "
        "landing attempt would help future flights.\n"
        "Advertisement",
        "China's first stainless-steel rocket reaches orbit\n"
        "The Zhuque-3, built by Beijing-based LandSpace, reached orbit on its first launch on "
        "Wednesday from the Jiuquan Satellite Launch Center. Its first stage is driven by seven "
        "methane-fuelled TQ-12A engines and was meant to land for reuse, but the landing "
        "attempt failed. Analysts said the outcome still put LandSpace ahead of most rivals. "
        "The company plans another flight once the landing data have been reviewed.",
    ], ["2025-12-03", "2025-12-03", "2025-12-03"],
        r"(?<![\d.])9(?![\d.])|\bnine\b",
        r"(?<![\d.])7(?![\d.])|\bseven\b"),
    _case("rocket-Y6", "rocket", "control: km vs miles, duration formats", False, [
        "Starship flight ten goes to plan - Houston Star Online\n"
        "Advertisement\n"
        "SpaceX's Starship lifted off from Starbase at 6:30 p.m. local time on Tuesday and "
        "reached a peak altitude of about 190 kilometres before the ship splashed down in the "
        "Indian Ocean roughly an hour and six minutes after launch. The booster came down in "
        "the Gulf of Mexico. Engineers had fixed a leak that doomed the previous flight. "
        "\"This was the test we needed,\" a SpaceX engineer said.",
        "STARBASE, Texas (AP) — SpaceX's Starship soared to roughly 118 miles on Tuesday after "
        "launching at 6:30 p.m. CDT, and the ship made a controlled splashdown in the Indian "
        "Ocean, ending a 66-minute test flight. The Super Heavy booster splashed down in the "
        "Gulf of Mexico. The company said it had fixed the leak behind the last failure.\n"
        "Share on Facebook   Share on X",
    ]),
    _case("rocket-Y7", "rocket", "control: count updated later (dates show order)", False, [
        "Spectrum's second flight reaches orbit from Andøya | Nordic Space News\n"
        "ANDØYA, Norway — Isar Aerospace's Spectrum rocket reached orbit on its second test "
        "flight on Tuesday, releasing 18 small satellites from Andøya Spaceport. By Tuesday "
        "evening, operators had made contact with 14 of the 18 satellites, the company said. "
        "The rocket's first flight in March ended seconds after liftoff. \"Today we proved the "
        "vehicle,\" chief executive Daniel Metzler said.\n"
        "Advertisement",
        "Isar Aerospace: 17 of 18 satellites now in contact after Spectrum flight\n"
        "Two days after the second Spectrum launch from Andøya Spaceport, 17 of the 18 "
        "satellites it carried are communicating with their operators, Isar Aerospace said on "
        "Thursday. Teams are still trying to reach the last one. The Munich-based company's "
        "first launch attempt, in March, ended in a crash shortly after liftoff. Europe is "
        "counting on new small launchers to regain independent access to space.",
    ], ["2025-06-24", "2025-06-26"]),
    # ------------------------------------------------------------------ earthquake
    _case("quake-Y1", "earthquake", "magnitude", True, [
        "Strong quake shakes southern Peru, no tsunami threat\n"
        "LIMA (Reuters) - A magnitude 6.8 earthquake struck off the coast of Peru's Arequipa "
        "region shortly after 8 a.m. local time on Saturday, shaking buildings as far away as "
        "Lima. The quake was centred at a depth of 28 km, and Peru's navy ruled out a tsunami "
        "on the coast. Local authorities reported cracked walls in several towns but no "
        "deaths. President José Jerí urged residents to stay calm.",
        "Sismo de fuerte intensidad: what we know about Saturday's Peru quake | Andes Report\n"
        "Skip to content\n"
        "Advertisement\n"
        "The tremor that rattled southern Peru on Saturday morning measured 7.1, according to "
        "seismologists. It hit offshore from Arequipa at a depth of 28 kilometres just after "
        "8 a.m. Peru's navy said there was no tsunami risk. Residents in the capital, Lima, "
        "also felt the shaking. Authorities said some walls cracked but no one was killed.\n"
        "Share on Facebook   Share on WhatsApp",
        "A 7.1-magnitude earthquake jolted the coast of southern Peru on Saturday morning, the "
        "U.S. Geological Survey said. The quake's depth was 28 km. Peru's navy said no tsunami "
        "was expected, and officials reported minor damage and no fatalities. \"The important "
        "thing is that there are no victims,\" President José Jerí said.",
    ], None,
        r"(?<![\d.])6[.,]8(?!\d)",
        r"(?<![\d.])7[.,]1(?!\d)"),
    _case("quake-Y2", "earthquake", "epicentre town", True, [
        "Magnitude 6.1 quake hits western Turkey, one dead\n"
        "ISTANBUL (AP) — A magnitude 6.1 earthquake shook western Turkey on Sunday evening, "
        "killing one person and injuring 29, officials said. The quake was centred in the town "
        "of Sındırgı in Balıkesir province and struck at 7:53 p.m. local time, according to "
        "Turkey's disaster agency AFAD. Sixteen buildings collapsed, most of them already "
        "empty. The tremor was felt in Istanbul, about 200 kilometres to the north. Interior "
        "Minister Ali Yerlikaya said search teams had pulled several people from the rubble.",
        "Balıkesir earthquake: 1 killed, 29 hurt | Aegean Daily News\n"
        "Photo: Courtesy AFAD\n"
        "One person died and 29 were injured when a 6.1 magnitude earthquake struck Balıkesir "
        "province at 7.53pm on Sunday, AFAD said. Rescuers searched through the rubble of 16 "
        "buildings that came down, most of which had been evacuated after earlier tremors. "
        "People in Istanbul, 200 km away, also felt the quake. According to AFAD, the "
        "epicentre was in Bigadiç district. Interior Minister Ali Yerlikaya said rescuers had "
        "brought several people out alive.\n"
        "Advertisement",
    ], None, r"s[ıi]nd[ıi]rg[ıi]", r"bigadi[çc]"),
    _case("quake-Y3", "earthquake", "count of aftershocks", True, [
        "Kamchatka hit by aftershocks after massive quake\n"
        "PETROPAVLOVSK-KAMCHATSKY (Reuters) - Russia's Kamchatka peninsula was still shaking "
        "on Wednesday after a magnitude 8.8 earthquake struck off its coast, one of the "
        "strongest ever recorded. Tsunami waves of up to 4 metres flooded parts of the port of "
        "Severo-Kurilsk. Several people were hurt, but no deaths were reported. The Russian "
        "Academy of Sciences' geophysical service said it had recorded 143 aftershocks by "
        "Wednesday evening, the strongest of magnitude 6.9. Scientists warned that strong "
        "aftershocks could continue for weeks.",
        "Russia's Far East counts damage after 8.8 quake - Pacific Rim Monitor\n"
        "Advertisement\n"
        "Authorities in Kamchatka assessed damage on Wednesday after the magnitude 8.8 "
        "undersea earthquake. A tsunami up to 4 metres high swept into Severo-Kurilsk, forcing "
        "residents to higher ground. Several people sought medical help for injuries; nobody "
        "died. Kindergarten buildings in Petropavlovsk-Kamchatsky were among those damaged. "
        "Geophysicists had logged 97 aftershocks by Wednesday evening, with the largest "
        "reaching 6.9. More strong tremors are possible for weeks, they said.\n"
        "Read more: Why the Kuril-Kamchatka trench produces giant quakes",
    ], None, r"(?<![\d.,])143(?!\d)", r"(?<![\d.,])97(?!\d)"),
    _case("quake-Y4", "earthquake", "death toll conflict (same day)", True, [
        "Afghanistan quake kills at least 812, Taliban say\n"
        "KABUL (Reuters) - A magnitude 6.0 earthquake struck eastern Afghanistan late on "
        "Sunday, killing at least 812 people, Taliban government spokesman Zabihullah Mujahid "
        "said on Monday. Most of the deaths were in Kunar province, where mud-brick homes "
        "collapsed on sleeping families. The quake was shallow, at a depth of 8 km, and hit "
        "near the city of Jalalabad. Rescuers used helicopters to reach villages cut off by "
        "landslides.",
        "Afghanistan earthquake: hundreds dead in Kunar | South Asia Today\n"
        "Skip to content\n"
        "At least 610 people were killed when a 6.0-magnitude earthquake hit eastern "
        "Afghanistan late on Sunday, Taliban spokesman Zabihullah Mujahid told reporters on "
        "Monday. The shallow quake, just 8 km deep, struck near Jalalabad. Kunar province was "
        "worst affected, with entire villages of mud-brick houses flattened. Helicopters were "
        "used to reach areas blocked by landslides. Aid agencies warned the toll would rise.\n"
        "Advertisement",
        "Rescuers dig through rubble in Kunar after deadly quake\n"
        "The Taliban administration's chief spokesman, Zabihullah Mujahid, said on Monday that "
        "812 people were confirmed dead after the magnitude 6.0 quake that struck late on "
        "Sunday near Jalalabad. Villages in Kunar suffered the heaviest losses. The quake was "
        "8 km deep, which amplified the shaking. Aid groups appealed for tents, blankets and "
        "medicine.",
    ], ["2025-09-01", "2025-09-01", "2025-09-01"],
        r"(?<![\d,.])812(?!\d)", r"(?<![\d,.])610(?!\d)"),
    _case("quake-Y5", "earthquake", "clock time across zones", True, [
        "Magnitude 7.5 quake strikes off northern Japan, tsunami advisory issued\n"
        "TOKYO (Kyodo) — A magnitude 7.5 earthquake struck off Aomori Prefecture at 11:15 p.m. "
        "local time on Monday, the Japan Meteorological Agency said, triggering tsunami "
        "warnings along the Pacific coast. Waves of up to 70 centimetres were observed. At "
        "least 30 people were injured, mostly by falling objects. The agency later issued a "
        "special advisory about the risk of a larger quake in the coming week.",
        "Japan quake: what we know | Euro World Desk\n"
        "Advertisement\n"
        "A powerful magnitude 7.5 earthquake hit off the coast of Aomori in northern Japan at "
        "15:45 GMT on Monday, according to the JMA. Tsunami waves measuring up to 70cm reached "
        "the coast. Japanese media said at least 30 people had been hurt. Authorities asked "
        "residents along the coast to stay alert for a possible bigger quake over the next "
        "week.\n"
        "Share this article",
    ], ["2025-12-08", "2025-12-08"],
        r"11:15|23:15|14:15|11\.15|2:15 ?p",
        r"15:45|3:45 ?p|00:45|12:45 ?a|15\.45"),
    _case("quake-Y6", "earthquake", "control: death toll updated (dates show order)", False, [
        "Powerful quake hits Myanmar, at least 144 dead\n"
        "YANGON (AP) — A magnitude 7.7 earthquake struck central Myanmar at 12:50 p.m. local "
        "time on Friday, killing at least 144 people and injuring 732, the military government "
        "said. The quake's epicentre was near the city of Sagaing, at a depth of 10 km. In "
        "neighbouring Thailand, a high-rise under construction collapsed in Bangkok. Junta "
        "leader Min Aung Hlaing made a rare appeal for international aid.",
        "Myanmar earthquake death toll passes 1,000 - Mekong Times\n"
        "Advertisement\n"
        "The number of people killed in Friday's magnitude 7.7 earthquake in Myanmar has "
        "risen to 1,002, with 2,376 injured, the military government said on Saturday. The "
        "quake struck at 12:50 p.m. near Sagaing, 10 km below the surface. Rescue teams from "
        "China and India arrived in Mandalay. In Bangkok, workers kept searching the ruins of "
        "a tower that fell while under construction.",
        "Myanmar quake toll climbs to 2,056 as rescuers race against time\n"
        "By Thet Naing\n"
        "Skip to content\n"
        "Myanmar's junta said on Monday that 2,056 people had died in the magnitude 7.7 quake "
        "that struck near Sagaing on Friday, and about 3,900 were injured. The quake hit at "
        "12:50 p.m. local time at a depth of 10 km. Survivors in Mandalay are sleeping in the "
        "streets for fear of aftershocks.\n"
        "Share on Facebook",
    ], ["2025-03-28", "2025-03-29", "2025-03-31"]),
    _case("quake-Y7", "earthquake", "control: km vs miles; same moment on two days", False, [
        "Magnitude 6.3 quake jolts Davao Oriental | Mindanao Express\n"
        "A magnitude 6.3 earthquake jolted Davao Oriental at 1:40 a.m. on Wednesday, the "
        "Philippine Institute of Volcanology and Seismology (Phivolcs) said. The quake was "
        "tectonic in origin and struck at a depth of 10 kilometres, about 80 km southeast of "
        "the town of Manay. Phivolcs said there was no tsunami threat but warned of "
        "aftershocks. Residents rushed out of their homes in the dark.\n"
        "Advertisement",
        "MANILA (Reuters) - A 6.3-magnitude earthquake struck off the southern Philippines at "
        "17:40 GMT on Tuesday, Phivolcs said. The quake was centred about 50 miles southeast "
        "of Manay in Davao Oriental province, at a depth of roughly 6 miles. No tsunami "
        "warning was issued, but aftershocks were expected. There were no immediate reports of "
        "damage.",
    ], ["2025-10-15", "2025-10-14"]),
    # ------------------------------------------------------------------ election
    _case("elec-Y1", "election", "vote share", True, [
        "Rodrigo Paz wins Bolivia's presidential runoff\n"
        "LA PAZ (Reuters) - Centrist senator Rodrigo Paz won Bolivia's presidential runoff on "
        "Sunday with 54.6% of the vote, ending two decades of rule by the leftist MAS party, "
        "according to preliminary results with nearly all ballots counted. His rival, former "
        "president Jorge \"Tuto\" Quiroga, received 45.4% and conceded defeat. Paz takes office "
        "on November 8 amid a severe fuel and dollar shortage. \"Bolivia is returning to the "
        "world,\" he told supporters.",
        "Bolivia elects Paz in historic runoff | Altiplano Post\n"
        "Skip to content\n"
        "Advertisement\n"
        "Rodrigo Paz will be Bolivia's next president after taking 56.4% of valid votes in "
        "Sunday's second round, the electoral tribunal's preliminary count showed with almost "
        "every ballot tallied. Quiroga accepted the result. The senator will be sworn in on "
        "November 8. He inherits an economy short of fuel and foreign currency.\n"
        "Share on Facebook   Share on WhatsApp",
        "Paz's runoff win ends MAS era in Bolivia\n"
        "Photo: Courtesy of Reuters\n"
        "With nearly all votes counted, Rodrigo Paz secured 54.6 per cent in Sunday's runoff, "
        "defeating Jorge Quiroga, who conceded. The result brings down the curtain on nearly 20 "
        "years of MAS governments. Paz, the son of a former president, will be inaugurated on "
        "November 8. Bolivian bonds rallied on the outcome.",
    ], None, r"54[.,]6", r"56[.,]4"),
    _case("elec-Y2", "election", "winning margin", True, [
        "Alvarez wins Port Ellery mayor's race | Port Ellery Gazette\n"
        "By Tom Riordan, Gazette staff\n"
        "Advertisement\n"
        "City council member Rosa Alvarez was elected mayor of Port Ellery on Tuesday, "
        "defeating two-term incumbent Greg Haskell. Alvarez campaigned on housing costs and "
        "promised to freeze parking fees downtown. Turnout was about 41%, the county clerk's "
        "office said. Haskell called Alvarez to concede shortly before midnight. According to "
        "unofficial results, Alvarez won by about 17,000 votes. She will be sworn in on "
        "January 2.\n"
        "Read more: Full election results",
        "Port Ellery voters oust Mayor Haskell - Coastal Politics Blog\n"
        "Tuesday night belonged to Rosa Alvarez. The council member unseated Mayor Greg "
        "Haskell after an expensive campaign dominated by rents and parking. About 41 percent "
        "of registered voters cast ballots. Haskell conceded by phone just before midnight. "
        "Alvarez's margin in the unofficial count was 7,100 votes, a wider gap than polls had "
        "suggested. Her inauguration is set for Jan. 2.\n"
        "Share this post",
    ], ["2025-11-05", "2025-11-05"],
        r"17,?000|17 ?(thousand|k\b)|seventeen thousand",
        r"(?<![\d,.])7,?100(?!\d)|7\.1 ?(thousand|k\b)"),
    _case("elec-Y3", "election", "turnout", True, [
        "Babiš's ANO wins Czech election\n"
        "PRAGUE (AP) — Billionaire Andrej Babiš's ANO movement won the Czech Republic's "
        "parliamentary election with 34.5% of the vote, final results showed on Saturday. The "
        "centre-right Spolu coalition of Prime Minister Petr Fiala came second with 23.4%. ANO "
        "will have 80 of the 200 seats in the lower house, short of a majority. Turnout was "
        "68.9%, the highest since 1998. Babiš said he would seek to govern alone with outside "
        "support.",
        "Czech vote: ANO first, Fiala concedes | Central Europe Weekly\n"
        "Advertisement\n"
        "Andrej Babiš's populist ANO finished first in the Czech general election with 34.5 "
        "per cent, ahead of Petr Fiala's Spolu alliance on 23.4 per cent. The statistics "
        "office put turnout at 63.9 per cent. ANO secured 80 seats in the 200-member "
        "Chamber of Deputies, so it will need partners or tacit backing. Fiala conceded "
        "defeat on Saturday evening.\n"
        "Read more: Who is Andrej Babiš?",
        "ANO takes 80 seats as Czechs swing to Babiš\n"
        "Voters handed Andrej Babiš a clear win on Saturday: ANO took 34.5% and 80 of the 200 "
        "seats. Prime Minister Petr Fiala's Spolu coalition got 23.4%. Turnout reached "
        "63.9%, according to the Czech Statistical Office. Babiš must now find a way to a "
        "majority.",
    ], None, r"68[.,]9", r"63[.,]9"),
    _case("elec-Y4", "election", "person's title", True, [
        "Jara and Kast head to Chile runoff\n"
        "SANTIAGO (Reuters) - Former Labor Minister Jeannette Jara, the Communist Party "
        "candidate, won the first round of Chile's presidential election on Sunday with 26.8% "
        "of the vote, setting up a December 14 runoff against far-right leader José Antonio "
        "Kast, who took 23.9%. Crime and immigration dominated the campaign. Voting was "
        "compulsory for the first time in a presidential race. Kast is widely seen as the "
        "favourite in the second round because right-wing candidates together won a majority "
        "of votes.",
        "Chile: Jara edges Kast in first round - LatAm Politics Now\n"
        "Skip to content\n"
        "Former Economy Minister Jeannette Jara topped Sunday's first round in Chile with 26.8 "
        "per cent, ahead of José Antonio Kast on 23.9 per cent. The two will meet in a runoff "
        "on December 14. Compulsory voting drew millions of new voters to the polls. Analysts "
        "say Kast starts the runoff with the advantage, since the combined right-wing vote "
        "topped 50 per cent.\n"
        "Advertisement",
    ], ["2025-11-17", "2025-11-17"], r"labou?r", r"econom"),
    _case("elec-Y5", "election", "date typo (year)", True, [
        "Portugal presidential race heads to runoff | Iberia Today\n"
        "LISBON — Socialist António José Seguro and far-right leader André Ventura will face "
        "each other in a runoff on February 8, 2026, after neither won a majority in Sunday's "
        "first round. Seguro took 31.1% of the vote and Ventura 23.5%, official results "
        "showed. Turnout was just over 52%. The president has limited executive power but can "
        "dissolve parliament.",
        "Seguro and Ventura go through to second round - Lusa English Digest\n"
        "Advertisement\n"
        "Portugal's presidential election will be decided in a second round, with the "
        "Socialist António José Seguro (31.1 per cent) facing Chega's André Ventura (23.5 per "
        "cent). The runoff is scheduled for 8 February 3026. About 52 per cent of voters took "
        "part in Sunday's ballot. Seguro urged moderate voters to unite behind him.\n"
        "Share this article",
    ], None, r"2026", r"3026"),
    _case("elec-Y6", "election", "control: different parties' seats and votes", False, [
        "Dutch election: D66 and PVV tie on seats\n"
        "THE HAGUE (Reuters) - Rob Jetten's centrist D66 and Geert Wilders' far-right PVV both "
        "won 26 of the 150 seats in the Dutch lower house, final results showed, but D66 "
        "finished about 29,000 votes ahead. The liberal VVD took 22 seats, the GreenLeft-Labour "
        "alliance 20 and the Christian Democrats (CDA) 18. A majority requires 76 seats, so "
        "weeks of coalition talks lie ahead. Jetten is in line to become prime minister.",
        "Jetten claims victory as D66 edges PVV - Lowlands Report\n"
        "Photo: Courtesy ANP\n"
        "D66 and the PVV each secured 26 seats in the House of Representatives, yet Jetten's "
        "party received roughly 29,000 more votes than Wilders'. GroenLinks-PvdA fell to 20 "
        "seats, prompting Frans Timmermans to step down as leader. The VVD won 22 and the CDA "
        "18. With 76 seats needed for a majority in the 150-seat chamber, at least four "
        "parties will have to cooperate.\n"
        "Advertisement",
    ]),
    _case("elec-Y7", "election", "control: one winner, two unrelated quotes; rounding", False, [
        "Nawrocki wins Polish presidency in tight runoff\n"
        "WARSAW (AP) — Conservative historian Karol Nawrocki won Poland's presidential runoff "
        "with 50.89% of the vote, the National Electoral Commission said on Monday. Warsaw "
        "mayor Rafał Trzaskowski received 49.11%. Turnout was 71.6%. \"We will win Poland,\" "
        "Nawrocki told supporters, thanking them for their trust.",
        "Poland's new president: Nawrocki edges Trzaskowski | Vistula Voice\n"
        "Skip to content\n"
        "Karol Nawrocki, backed by the Law and Justice party, took nearly 51 per cent of the "
        "runoff vote, the electoral commission announced on Monday. \"I will be the voice of "
        "those who were not heard,\" he said in a statement. Rafał Trzaskowski, the mayor of "
        "Warsaw, conceded. The new president takes office in August.\n"
        "Advertisement",
        "PKW: Nawrocki wins with 50.9%\n"
        "Poland's PKW declared Karol Nawrocki the winner of the presidential runoff on Monday "
        "with 50.9% of the vote against 49.1% for Rafał Trzaskowski. Turnout was 71.6 per "
        "cent, among the highest since 1989. Nawrocki will be sworn in in August. "
        "Trzaskowski congratulated his rival.",
    ]),
]
