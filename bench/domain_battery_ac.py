"""Blind test battery, part AC, for issue 11 (disagreements in the hidden check's domains).

Written by engineer AC1 on 2026-12-06 (twelfth session) without reading the reconcile rules or
other parts of the battery, before any run. A held-out part, scored with
``bench/bench_domain_battery.py AC``. Every sentence was written for this part; facts are real
or plausible-invented. Must-report cases plant exactly one disagreement between outlets
(regexes ``a``/``b`` match the two sides' lower-cased values); controls tell the same facts
differently and must report nothing.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AC", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-AC1", "trade", "duration", True, [
        ("GENEVA (Reuters) — Senior US and Chinese officials wrapped up a second day of trade "
         "talks in Geneva on Sunday after a session that ran for about six hours, both sides "
         "said, with Washington describing 'substantial progress' toward easing tariffs.\n"
         "The meeting, held at the residence of the Swiss ambassador to the United Nations, "
         "brought together US Treasury Secretary Scott Bessent and Chinese Vice Premier He "
         "Lifeng.\n"
         "US tariffs on most Chinese imports currently stand at 145%, while Beijing has "
         "imposed duties of 125% on American goods.\n"
         "'We had productive talks,' Bessent told reporters as he left the villa, adding that "
         "details would be released on Monday.\n"
         "Advertisement\n"
         "China's official Xinhua news agency said the talks were 'candid, in-depth and "
         "constructive' and that the two sides had agreed to set up a consultation "
         "mechanism.\n"
         "Neither side gave figures for any tariff reduction."),
        ("US-China talks end with 'progress' claim, few details - MarketLine Asia\n"
         "Share this article\n"
         "Negotiators from Washington and Beijing ended two days of closed-door meetings in "
         "Switzerland on Sunday, with the American side saying it had made 'substantial "
         "progress'.\n"
         "Sunday's round, at the Swiss envoy's villa on the shore of Lake Geneva, lasted "
         "roughly four hours, according to a person briefed on the schedule.\n"
         "Treasury chief Scott Bessent led the US team; Beijing sent Vice Premier He Lifeng, "
         "its top economic official.\n"
         "The stakes are high: American duties on Chinese goods stand at 145 per cent and "
         "Chinese levies on US products at 125 per cent, levels that have choked off much of "
         "the trade between the two economies.\n"
         "Xinhua, China's state news agency, called the discussions candid and constructive.\n"
         "Read more: What the tariff war means for your shopping basket"),
        ("Geneva talks: six hours on Sunday, 'progress' but no numbers\n"
         "By Staff Writer\n"
         "The top trade officials of the United States and China met for six hours in Geneva "
         "on Sunday, their second straight day of talks.\n"
         "Bessent said afterwards the sides had made substantial progress; Vice Premier He "
         "Lifeng's delegation did not speak to reporters, but Xinhua later described the "
         "meeting as constructive.\n"
         "Tariffs of 145% on Chinese goods and 125% on American goods remain in place for now."),
    ], ["2025-05-12", "2025-05-12", "2025-05-13"],
        r"(?<![\d.])6 ?(hours?|hrs?\b|h\b)|six[- ]hours?|360 ?min",
        r"(?<![\d.])4 ?(hours?|hrs?\b|h\b)|four[- ]hours?|240 ?min"),
    _case("trade-AC2", "trade", "clock time across zones", True, [
        ("LONDON (AP) — Trade negotiators from the United States and China resumed talks in "
         "London on Tuesday, sitting down again at about 10 a.m. London time at Lancaster "
         "House, the 19th-century mansion near Buckingham Palace.\n"
         "The second day of meetings is aimed at rescuing a truce struck last month in Geneva "
         "that both sides accuse the other of breaking, in particular over exports of rare "
         "earth magnets.\n"
         "Commerce Secretary Howard Lutnick joined Treasury Secretary Scott Bessent and Trade "
         "Representative Jamieson Greer at the table. China's team is led by Vice Premier He "
         "Lifeng.\n"
         "'The talks are going well,' Lutnick told reporters on his way in. He did not take "
         "questions.\n"
         "Share on Facebook Share on X\n"
         "Markets in Asia ended the day mixed, with traders awaiting any sign of a deal."),
        ("China, US hold second day of London consultations\n"
         "Asia Business Desk\n"
         "Chinese and American officials returned to the negotiating table in the British "
         "capital on Tuesday, with the session starting at 1 p.m. Beijing time, according to "
         "a Chinese official familiar with the arrangements.\n"
         "Vice Premier He Lifeng heads the Chinese side, which is meeting a US team of Scott "
         "Bessent, Howard Lutnick and Jamieson Greer at Lancaster House.\n"
         "The consultations follow a phone call between the two presidents last week and "
         "focus on implementing the consensus reached in Geneva in May.\n"
         "Beijing has tightened licensing for rare earth exports since April, a move US "
         "officials say has slowed shipments to carmakers.\n"
         "Advertisement"),
    ], None,
        r"\b10(:00)? ?(a\.?m|o'clock)|\b10:00|\b09:00|\b9:00 ?(gmt|utc)",
        r"\b1(:00)? ?p\.?m|\b13:00|\b05:00|\b5:00 ?(gmt|utc)"),
    _case("trade-AC3", "trade", "delegation leader (deep, once)", True, [
        ("MADRID, Sept 14 (Reuters) - US and Chinese officials opened a fresh round of trade "
         "and economic talks in Madrid on Sunday, with the fate of the short-video app TikTok "
         "and Washington's tariffs on Chinese goods at the top of the agenda.\n"
         "The meeting at the Palacio de Santa Cruz, home of Spain's foreign ministry, is the "
         "fourth such round since May and comes weeks before a tariff truce between the two "
         "countries is due to be reviewed.\n"
         "Spain's government said it was happy to host the talks and hoped they would help "
         "'global trade stability'.\n"
         "The American delegation is headed by Treasury Secretary Scott Bessent, while the "
         "Chinese delegation is led by Vice Premier He Lifeng, according to a statement from "
         "Beijing.\n"
         "Analysts said expectations for a breakthrough were low. 'This is maintenance work, "
         "not deal-making,' said one Washington-based trade lawyer.\n"
         "Read more: Spanish exporters eye Asian markets"),
        ("TikTok, tariffs on table as US-China talks open in Spain | The Ledger Daily\n"
         "Skip to content\n"
         "Officials from Washington and Beijing began two days of discussions in the Spanish "
         "capital on Sunday.\n"
         "The venue, the foreign ministry's Santa Cruz palace in the old city, was sealed off "
         "by police from early morning.\n"
         "TikTok's future in the United States, export controls and the tariff truce agreed "
         "earlier this year are expected to dominate the agenda, people familiar with the "
         "plans said.\n"
         "Madrid is the fourth stop in a series of meetings that began in Geneva in May and "
         "continued in London and Stockholm.\n"
         "Beijing's team is led by Commerce Minister Wang Wentao, state media reported; "
         "Treasury Secretary Scott Bessent heads the US side."),
    ], ["2025-09-14", "2025-09-14"],
        r"he lifeng|\blifeng",
        r"wang wentao|\bwentao"),
    _case("trade-AC4", "trade", "percentage points vs percent", True, [
        ("WASHINGTON (Reuters) — The United States on Tuesday raised its tariff on imports "
         "from China by 10 percentage points, to 20%, as a 30-day reprieve for Canada and "
         "Mexico expired and 25% duties on those two neighbours took effect.\n"
         "The White House said Beijing had not done enough to stop the flow of fentanyl and "
         "its chemical precursors into the United States.\n"
         "China's commerce ministry responded within hours, announcing extra duties of up to "
         "15% on US farm goods including chicken, wheat and corn, starting March 10.\n"
         "'China will take all necessary countermeasures to safeguard its rights,' a ministry "
         "spokesperson said.\n"
         "Stock markets fell in New York, with the S&P 500 down more than 1% by midday."),
        ("Tariff war escalates: Washington lifts China levy again - Business Review Online\n"
         "Advertisement\n"
         "The Trump administration increased its fentanyl-linked tariff on Chinese goods by "
         "10 percent on Tuesday, the second such step in a month.\n"
         "At the same time, 25 percent duties on most goods from Canada and Mexico came into "
         "force after a one-month delay ran out.\n"
         "Beijing hit back with levies of as much as 15 percent on American agricultural "
         "products, from soybeans to pork, due to begin on March 10, its commerce ministry "
         "said.\n"
         "Economists warn the measures could add to US inflation later this year.\n"
         "Share this article"),
        ("Farm groups brace as China hits back on tariffs\n"
         "Posted by the Prairie Ag Journal newsroom\n"
         "Tuesday's US move added 10 percentage points to the tariff on Chinese imports, "
         "bringing it to 20%.\n"
         "China answered with duties of up to 15% on American farm goods from March 10, and "
         "state growers' associations said soybean and corn exporters would feel it first.\n"
         "'We're the ones who always pay for these fights,' said a grain farmer from the "
         "county."),
    ], None,
        r"(?<![\d.])10(\.0+)? ?(percentage[- ]points?|pp\b|pts?\b|points?\b)",
        r"(?<![\d.])10(\.0+)? ?(%|per ?cent(?!age)|pct)"),
    _case("trade-AC5", "trade", "place at different precision (venue)", True, [
        ("STOCKHOLM (AP) — Top US and Chinese economic officials met for a third round of "
         "trade talks on Monday at Rosenbad, the Swedish prime minister's office in central "
         "Stockholm, hoping to extend a truce that has held tariffs below their spring "
         "peaks.\n"
         "Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng shook hands for "
         "cameras before going behind closed doors.\n"
         "The truce, agreed in May, expires in mid-August unless both sides agree to prolong "
         "it.\n"
         "Sweden's government said it was honoured to host and would not take part in the "
         "discussions.\n"
         "Advertisement\n"
         "Bessent said before the meeting that he expected Chinese purchases of Russian oil "
         "to come up."),
        ("US, China negotiators meet near Stockholm airport\n"
         "Nordic Wire | Updated\n"
         "American and Chinese trade negotiators gathered on Monday at a conference hotel "
         "beside Arlanda airport, north of Stockholm, for a new round of talks on their "
         "tariff truce.\n"
         "Scott Bessent leads the US side and Vice Premier He Lifeng the Chinese.\n"
         "The truce runs out in mid-August; both sides say they want to prolong it.\n"
         "Sweden is not taking part in the talks."),
    ], None,
        r"rosenbad",
        r"arlanda"),
    _case("trade-AC6", "trade", "length of tariff pause", True, [
        ("WASHINGTON, Aug 11 (Reuters) - President Donald Trump signed an order on Monday "
         "extending the tariff truce with China for another 90 days, hours before higher "
         "duties on Chinese goods were due to snap back.\n"
         "The extension keeps US tariffs on most Chinese imports at 30% and China's levies on "
         "American goods at 10%, the White House said.\n"
         "Without the order, US duties would have climbed back to the triple-digit rates "
         "reached in April.\n"
         "China's commerce ministry said in a statement early on Tuesday that Beijing would "
         "also keep its suspension of extra duties in place.\n"
         "'Both sides have shown that they can manage their differences,' the ministry said.\n"
         "US retailers welcomed the move ahead of the holiday shopping season."),
        ("Tariff truce gets a reprieve — for now\n"
         "by Dana Whitlock | Trade Notes blog\n"
         "Skip to content\n"
         "So the deadline came and went without fireworks. On Monday the White House extended "
         "the US-China tariff pause by 60 days, so the 30% rate on most Chinese goods stays "
         "where it is, and Beijing's 10% counter-levy stays too.\n"
         "Had the pause lapsed, we'd be back at the absurd triple-digit rates of April.\n"
         "China's commerce ministry confirmed on Tuesday that it would match the move and "
         "keep its own extra duties suspended.\n"
         "Retail lobby groups, unsurprisingly, are relieved.\n"
         "Share on Facebook"),
    ], ["2025-08-12", "2025-08-12"],
        r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three months|90-day",
        r"(?<![\d.])60[- ]?days?|sixty[- ]days?|two months|60-day"),
    _case("trade-AC7", "trade", "control: one organisation named two ways", False, [
        ("BEIJING (Reuters) — China's Ministry of Commerce said on Wednesday it had added 12 "
         "US companies, most of them defence contractors, to its export control list, barring "
         "them from receiving dual-use items from China.\n"
         "The ministry also placed six other American firms on its 'unreliable entity list', "
         "which can bar them from trading with or investing in China.\n"
         "The measures take effect immediately, it said in a statement.\n"
         "The Office of the US Trade Representative did not immediately respond to a request "
         "for comment.\n"
         "Beijing has used both lists increasingly this year as trade tensions with "
         "Washington have deepened."),
        ("Beijing blacklists more US firms | Asia Markets Today\n"
         "China's commerce ministry on Wednesday put a dozen American companies on an "
         "export-control list and six more on its unreliable entity list, in its latest "
         "retaliation against Washington.\n"
         "The export-control listing bars the 12 firms, mainly defence suppliers, from "
         "obtaining Chinese dual-use goods, MOFCOM said.\n"
         "The steps are effective at once.\n"
         "USTR did not reply to an email seeking comment.\n"
         "Advertisement"),
        ("MOFCOM expands export-control list\n"
         "China's Ministry of Commerce (MOFCOM) has added 12 US firms to its export control "
         "list and six to the unreliable entity list, effective immediately.\n"
         "The Office of the United States Trade Representative had not commented by "
         "publication time.\n"
         "Beijing has turned to both lists more often this year.\n"
         "Read more: How China's export-control regime works"),
    ]),
    _case("trade-AC8", "trade", "control: same moment, different calendar days", False, [
        ("WASHINGTON (AP) — The US Commerce Department on Wednesday evening told the three "
         "biggest makers of chip design software that they could resume sales to China, "
         "lifting licence requirements imposed in late May.\n"
         "Synopsys, Cadence and Siemens said in statements issued at about 9 p.m. EDT that "
         "they had been notified and were restoring access for Chinese customers.\n"
         "The move follows a framework deal under which Beijing agreed to speed up exports of "
         "rare earth magnets to US manufacturers.\n"
         "'This is what implementation looks like,' a Commerce Department official said.\n"
         "Advertisement"),
        ("US lifts chip-software curbs as trade framework takes shape\n"
         "Asia Tech Daily\n"
         "Three leading suppliers of electronic design automation (EDA) software — Synopsys, "
         "Cadence and Siemens EDA — said early on Thursday Beijing time that Washington had "
         "lifted the licence requirements it imposed on their China business in late May.\n"
         "The companies' notices came at around 9 a.m. in Beijing.\n"
         "The decision is part of a wider framework under which China will speed up approvals "
         "of rare earth magnet exports.\n"
         "Chinese chipmakers' shares rose in Shanghai trading."),
    ], ["2025-07-02", "2025-07-03"]),
    _case("court-AC1", "court", "size of majority (6-3 vs 5-4)", True, [
        ("WASHINGTON (Reuters) - The U.S. Supreme Court on Friday ruled 6-3 that a Labor "
         "Department rule on overtime pay may be enforced while legal challenges continue, "
         "handing the regulation a reprieve.\n"
         "Justice Amy Coney Barrett wrote the majority opinion, saying the lower court had "
         "gone too far in blocking the rule nationwide.\n"
         "The rule raises the salary threshold below which workers automatically qualify for "
         "overtime to $58,656 a year.\n"
         "'Universal relief of this kind is disfavored,' Barrett wrote.\n"
         "Business groups that brought the challenge said they would press on in the lower "
         "courts.\n"
         "Advertisement\n"
         "The case is Harlan Freight Association v. Department of Labor."),
        ("SCOTUS lets overtime rule stand for now - Courtside Notes\n"
         "In a 5-4 decision released Friday, the justices sided with the Labor Department in "
         "Harlan Freight Association v. Department of Labor, lifting a nationwide block on "
         "its overtime regulation.\n"
         "Writing for the majority, Justice Barrett said the district judge's order swept far "
         "more broadly than needed to protect the plaintiffs.\n"
         "Under the rule, salaried workers earning less than $58,656 a year are generally "
         "entitled to overtime.\n"
         "The trade associations behind the lawsuit said the fight was far from over.\n"
         "Share this post"),
    ], None,
        r"\b6 ?(-|–|—|to) ?3\b|six[- ]to[- ]three|six-three|\b6 justices|six justices",
        r"\b5 ?(-|–|—|to) ?4\b|five[- ]to[- ]four|five-four|\b5 justices|five justices"),
    _case("court-AC2", "court", "size of a fine", True, [
        ("LUXEMBOURG (Reuters) - Europe's General Court on Wednesday upheld a €312 million "
         "antitrust fine imposed on Danish shipping software firm Kettering Maritime, "
         "rejecting the company's argument that EU regulators had misread the market for "
         "port-logistics systems.\n"
         "The European Commission fined the company in 2022 for tying its vessel-tracking "
         "service to its scheduling software, a practice it said shut rivals out of more than "
         "40 European ports.\n"
         "'The Commission did not err in its assessment,' the judges said.\n"
         "Kettering can appeal to the Court of Justice of the European Union, Europe's "
         "highest court, on points of law.\n"
         "A company spokesperson said it was studying the judgment.\n"
         "Read more: EU antitrust chief signals tougher line on software bundling"),
        ("EU court backs €213m fine on Danish port software maker | Shipping Ledger\n"
         "Advertisement\n"
         "Kettering Maritime has lost its challenge against the European Commission's 2022 "
         "antitrust decision, after the General Court in Luxembourg on Wednesday confirmed "
         "the €213 million penalty in full.\n"
         "Brussels had found that the Copenhagen-based group bundled its ship-tracking tool "
         "with its berth-scheduling software, locking competitors out of more than 40 ports "
         "across Europe.\n"
         "The company said it would study the ruling before deciding whether to take the case "
         "to the EU's top court.\n"
         "Share on LinkedIn"),
        ("Court upholds shipping-software fine\n"
         "Kettering Maritime must pay the €312 million fine set by the European Commission in "
         "2022, the EU General Court ruled on Wednesday.\n"
         "The firm bundled its tracking and scheduling software, the Commission had found.\n"
         "It may still appeal to the Court of Justice."),
    ], ["2025-09-10", "2025-09-10", "2025-09-11"],
        r"(?<![\d.,])312 ?(m\b|mn\b|mln|million)|312,000,000|(?<![\d.])0?\.312 ?(bn|billion)",
        r"(?<![\d.,])213 ?(m\b|mn\b|mln|million)|213,000,000|(?<![\d.])0?\.213 ?(bn|billion)"),
    _case("court-AC3", "court", "speaker credited with a quote", True, [
        ("Judge sides with county in landfill dispute\n"
         "Valley Tribune staff\n"
         "A Marion County circuit judge on Thursday rejected a waste company's bid to expand "
         "the Pine Ridge landfill by 40 acres, ruling the county had followed its own zoning "
         "rules when it denied the permit.\n"
         "Judge Teresa Lowell said the company had had 'ample opportunity' to make its case "
         "at public hearings.\n"
         "'We will appeal this decision immediately,' said Maren Holt, general counsel for "
         "Greenway Disposal.\n"
         "Neighbours who packed the courtroom applauded when the ruling was read."),
        ("Greenway Disposal loses court bid to expand Pine Ridge landfill\n"
         "By Carl Mendes | Regional News Network\n"
         "Skip to content\n"
         "A judge has upheld Marion County's refusal to let Greenway Disposal grow its Pine "
         "Ridge landfill by 40 acres.\n"
         "Circuit Judge Teresa Lowell ruled on Thursday that commissioners acted within their "
         "authority, noting the company had been given 'ample opportunity' to be heard.\n"
         "Residents near the site have complained for years about odour and truck traffic.\n"
         "'We will appeal this decision immediately,' Greenway chief executive Daniel Ruiz "
         "said outside the courthouse.\n"
         "County officials said they were pleased and would keep monitoring the existing "
         "site.\n"
         "Share on Facebook"),
    ], None,
        r"\bholt\b|maren",
        r"\bruiz\b|daniel"),
    _case("court-AC4", "court", "weekday vs date mismatch", True, [
        ("BOSTON (AP) — A federal judge on Monday ordered Harbor Health and Atlantic Care to "
         "hold off on closing their $4.2 billion merger until she hears arguments on Thursday "
         "over a request by state regulators to block the deal.\n"
         "U.S. District Judge Naomi Sterling issued the temporary order after the "
         "Massachusetts attorney general's office argued the combination would raise prices "
         "for patients in the eastern half of the state.\n"
         "The hospital groups say the merger would save about $150 million a year in "
         "administrative costs.\n"
         "'We're confident the court will see the benefits for patients,' Harbor Health said "
         "in a statement.\n"
         "Advertisement\n"
         "The two systems together run 11 hospitals."),
        ("Judge pauses Harbor Health–Atlantic Care merger - Bay State Business Journal\n"
         "A federal judge has temporarily barred Harbor Health and Atlantic Care from "
         "completing their $4.2 billion tie-up.\n"
         "Judge Naomi Sterling set a hearing for June 4 on the attorney general's motion for "
         "a preliminary injunction, according to a court filing on Monday.\n"
         "State officials argue the deal, which would combine 11 hospitals, would push up "
         "prices; the companies say it would cut administrative costs by about $150 million a "
         "year.\n"
         "Read more: Hospital mergers face tougher scrutiny"),
    ], ["2025-06-02", "2025-06-02"],
        r"thursday|june 5\b|jun\.? 5\b|2025-06-05|\b5 june|06-05",
        r"wednesday|june 4\b|jun\.? 4\b|2025-06-04|\b4 june|06-04"),
    _case("court-AC5", "court", "prison term (duration)", True, [
        ("Former credit union manager gets 12 years for embezzlement\n"
         "Lakeshore Courier\n"
         "A former branch manager at Northshore Community Credit Union was sentenced on "
         "Friday to 12 years in prison for stealing about $2.3 million from members' accounts "
         "over six years.\n"
         "Judge Ellen Park also ordered Kevin Dunmore, 52, to repay the money.\n"
         "'You betrayed people who trusted you with their savings,' Park told him.\n"
         "Dunmore was led from the courtroom in handcuffs."),
        ("Ex-credit union manager sentenced for $2.3 million theft\n"
         "By Jo Whitaker\n"
         "Photo: Courtesy Lakeshore County Sheriff's Office\n"
         "Kevin Dunmore, the 52-year-old former manager of a Northshore Community Credit "
         "Union branch, will spend 14 years in prison, a judge ruled Friday.\n"
         "Prosecutors said Dunmore siphoned roughly $2.3 million from customer accounts over "
         "a six-year period, much of it from elderly members.\n"
         "Circuit Judge Ellen Park ordered full restitution.\n"
         "Dunmore apologised in court, saying he had 'no excuse'.\n"
         "Share this article"),
    ], ["2025-02-21", "2025-02-21"],
        r"(?<![\d.])12 ?(years?|yrs?\b|y\b)|twelve[- ]years?|12-year",
        r"(?<![\d.])14 ?(years?|yrs?\b|y\b)|fourteen[- ]years?|14-year"),
    _case("court-AC6", "court", "control: two unrelated quotes of one person", False, [
        ("LONDON (PA) — The UK Supreme Court has ruled unanimously that a housing association "
         "breached its duty to a tenant whose flat was left riddled with mould for more than "
         "three years.\n"
         "Five justices dismissed the appeal by Eastbrook Homes, upholding an award of "
         "£48,000 in damages to Ms Amira Hassan and her two children.\n"
         "Lord Reed, the court's president, said landlords could not rely on tenants' "
         "lifestyle to excuse structural defects.\n"
         "Outside the court, Ms Hassan's solicitor, Gareth Pryce, said: 'This is a landmark "
         "day for every tenant living with damp.'\n"
         "Eastbrook Homes said it accepted the judgment and had already begun a review of its "
         "properties."),
        ("Supreme Court backs tenant in mould case | Housing Today\n"
         "Skip to content\n"
         "Eastbrook Homes has lost its final appeal over a mould-infested flat in east "
         "London, after the Supreme Court ruled against it 5-0.\n"
         "The court upheld the £48,000 damages awarded to tenant Amira Hassan, who lived in "
         "the property with her two children for more than three years while the damp "
         "worsened.\n"
         "Her solicitor Gareth Pryce said the association 'had years to fix the damp and "
         "chose not to'.\n"
         "Eastbrook Homes said it accepted the ruling.\n"
         "Advertisement"),
        ("Mould ruling: tenant wins at Supreme Court\n"
         "The Supreme Court unanimously rejected Eastbrook Homes' appeal, leaving in place "
         "£48,000 in damages for tenant Amira Hassan.\n"
         "'This is a landmark day for every tenant living with damp,' said her solicitor, "
         "Gareth Pryce, who added that the ruling should 'put every landlord on notice'.\n"
         "Eastbrook Homes said it accepted the decision.\n"
         "Read more: What the ruling means for renters"),
    ]),
    _case("court-AC7", "court", "control: rounding", False, [
        ("LOS ANGELES (Reuters) - A Los Angeles jury on Thursday ordered cosmetics maker "
         "Lumen Beauty to pay $3.2 million to a former chemist who said she was fired after "
         "raising safety concerns about a skin cream.\n"
         "Jurors found that the company retaliated against Dr. Priya Natarajan, who had "
         "worked in its product-safety lab for eight years.\n"
         "The award includes $1.1 million in lost wages.\n"
         "Lumen Beauty said it disagreed with the verdict and was considering its options.\n"
         "Advertisement"),
        ("Jury awards ex-Lumen chemist about $3 million\n"
         "Eastside Gazette\n"
         "A former Lumen Beauty chemist who said she was fired for flagging safety problems "
         "with a skin cream won roughly $3 million from the company on Thursday.\n"
         "Priya Natarajan worked in the firm's safety lab for eight years; the jury found she "
         "was let go in retaliation.\n"
         "Lumen said it disagreed with the verdict."),
    ], ["2025-10-17", "2025-10-17"]),
    _case("cb-AC1", "central bank", "dissenter's name", True, [
        ("WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, "
         "keeping its benchmark in the 4.25%-4.50% range, as officials said the risks of both "
         "higher unemployment and higher inflation had risen.\n"
         "The decision was made on an 11-1 vote, with Governor Michelle Bowman dissenting in "
         "favour of a quarter-point cut.\n"
         "Fed Chair Jerome Powell told reporters the central bank was 'well positioned to "
         "wait' for more clarity on the effects of tariffs.\n"
         "Policymakers noted that the labour market remained solid and that inflation was "
         "'somewhat elevated'.\n"
         "Advertisement\n"
         "Futures markets still price in cuts later in the year."),
        ("Fed stands pat, one dissent: what it means for your mortgage - MoneyWise Daily\n"
         "Share on Facebook Share on X\n"
         "The Fed left its policy rate in a range of 4.25% to 4.5% on Wednesday.\n"
         "It was not unanimous: Governor Christopher Waller voted against the decision, "
         "preferring to lower rates by 25 basis points, making the tally 11 to 1.\n"
         "Chair Jerome Powell said the Fed was 'well positioned to wait' while the economic "
         "picture clears.\n"
         "For borrowers, that means mortgage rates are likely to stay near current levels for "
         "now.\n"
         "Read more: Should you lock your mortgage rate?"),
        ("Fed on hold; Bowman dissents\n"
         "The Federal Open Market Committee voted 11-1 on Wednesday to keep the federal funds "
         "target at 4.25-4.50%.\n"
         "Governor Michelle Bowman dissented, preferring a 25 basis point cut.\n"
         "Chair Powell said officials could afford to wait."),
    ], None,
        r"bowman",
        r"waller"),
    _case("cb-AC2", "central bank", "amount of a bond purchase", True, [
        ("TOKYO (Reuters) - The Bank of Japan stepped into the bond market on Thursday with "
         "an unscheduled operation to buy ¥500 billion of Japanese government bonds with "
         "maturities of five to 10 years, after the 10-year yield jumped to its highest since "
         "2008.\n"
         "The yield had climbed as high as 1.62% in morning trade before easing after the "
         "announcement.\n"
         "The central bank said the operation was aimed at curbing 'abrupt' moves in "
         "long-term rates.\n"
         "Governor Kazuo Ueda has said the BOJ would respond nimbly if yields rose sharply "
         "out of line with fundamentals.\n"
         "Advertisement\n"
         "The yen weakened slightly against the dollar."),
        ("BOJ steps in as JGB yields spike | Asia FX Monitor\n"
         "Skip to content\n"
         "Japan's central bank announced an emergency bond purchase on Thursday, offering to "
         "buy 300 billion yen of five-to-10-year government debt.\n"
         "The move came after the benchmark 10-year yield touched 1.62%, a level last seen in "
         "2008.\n"
         "The BOJ cited the need to counter 'abrupt' rises in long-term interest rates, in "
         "line with Governor Kazuo Ueda's pledge to act flexibly."),
    ], None,
        r"(?<![\d.,])500 ?(bn\b|billion|b\b)|(?<![\d.])0?\.5 ?(tn\b|trillion)|500,000,000,000",
        r"(?<![\d.,])300 ?(bn\b|billion|b\b)|(?<![\d.])0?\.3 ?(tn\b|trillion)|300,000,000,000"),
    _case("cb-AC3", "central bank", "date of next meeting (deep, once)", True, [
        ("FRANKFURT (Reuters) - The European Central Bank cut interest rates for the eighth "
         "time in a year on Thursday, lowering its deposit rate by a quarter point to 2.0%, "
         "and signalled it may be near the end of its easing cycle.\n"
         "ECB President Christine Lagarde said the bank was 'in a good position' to navigate "
         "uncertainty created by US trade policy.\n"
         "New staff projections showed inflation averaging 2.0% this year and 1.6% in 2026.\n"
         "The euro was little changed at around $1.14.\n"
         "Share this article\n"
         "One policymaker, Austrian central bank governor Robert Holzmann, voted against the "
         "cut, Lagarde said.\n"
         "The next policy meeting is on July 24."),
        ("ECB trims again, hints at a pause\n"
         "Euro Money Watch | by Lena Brandt\n"
         "Advertisement\n"
         "Another quarter-point cut from Frankfurt on Thursday takes the ECB's deposit rate "
         "down to 2%, the eighth reduction since last June.\n"
         "Christine Lagarde said the ECB was 'in a good position' given the uncertainty "
         "around tariffs, which markets read as a signal that the bank may now sit tight.\n"
         "Austria's Robert Holzmann was the sole dissenter.\n"
         "The single currency held near $1.14.\n"
         "Policymakers meet next on September 11, and few analysts expect another move before "
         "then."),
    ], ["2025-06-05", "2025-06-05"],
        r"july 24|24 july|jul\.? 24|2025-07-24|07-24",
        r"september 11|11 september|sept?\.? 11|2025-09-11|09-11"),
    _case("cb-AC4", "central bank", "clock time across zones", True, [
        ("SEOUL (Yonhap) -- The Bank of Korea cut its benchmark interest rate by 25 basis "
         "points to 2.50 percent on Thursday, its first move since February, as exports "
         "slowed under the weight of US tariffs.\n"
         "The decision, announced at 9:50 a.m. Seoul time, was unanimous among the six board "
         "members who voted, the central bank said.\n"
         "The BOK also lowered its growth forecast for this year to 0.8 percent from 1.5 "
         "percent.\n"
         "'Downside risks to growth have clearly increased,' Governor Rhee Chang-yong told a "
         "news conference.\n"
         "The won was little changed against the dollar after the announcement."),
        ("Bank of Korea cuts rate to 2.5%\n"
         "Asia Rates Brief\n"
         "South Korea's central bank lowered its policy rate by a quarter point to 2.5% on "
         "Thursday, announcing the unanimous decision at 0250 GMT.\n"
         "It cut its growth forecast for this year to 0.8% from 1.5%.\n"
         "Governor Rhee Chang-yong said downside risks to growth had increased."),
    ], None,
        r"\b0?9:50|\b0950\b|\b00:50|\b0050\b",
        r"\b0?2:50|\b0250\b|\b11:50|\b1150\b"),
    _case("cb-AC5", "central bank", "size of rate cut", True, [
        ("WELLINGTON (Reuters) - New Zealand's central bank cut its official cash rate by 50 "
         "basis points to 3.75% on Wednesday, and said further easing was likely if the "
         "economy evolved as expected.\n"
         "The Reserve Bank of New Zealand said annual inflation, at 2.2%, was now near the "
         "midpoint of its 1%-3% target band.\n"
         "Governor Adrian Orr told reporters the committee saw room for further cuts this "
         "year.\n"
         "The New Zealand dollar rose slightly after the decision.\n"
         "Advertisement"),
        ("Reserve Bank cuts OCR to 3.75% - what it means for borrowers\n"
         "Kiwi Money Hub\n"
         "Skip to content\n"
         "The Reserve Bank trimmed the official cash rate by a quarter of a percentage point "
         "to 3.75% on Wednesday.\n"
         "Inflation is running at 2.2%, comfortably within the bank's 1-3% target range.\n"
         "Governor Adrian Orr said there was room for further cuts this year if the economy "
         "developed as expected.\n"
         "Banks are expected to pass on at least part of the cut to mortgage holders within "
         "days."),
    ], ["2025-02-19", "2025-02-19"],
        (r"(?<![\d.])50 ?(basis points?|bps?\b)|(?<![\d.])0?\.50? ?(percentage points?|pp\b|"
         r"points?|%)|half[- ](a )?(percentage )?point"),
        (r"(?<![\d.])25 ?(basis points?|bps?\b)|(?<![\d.])0?\.25 ?(percentage points?|pp\b|points?|"
         r"%)|quarter[- ]((of )?a )?(percentage )?point")),
    _case("cb-AC6", "central bank", "control: bp vs pp, old and new rate", False, [
        ("LONDON (Reuters) - The Bank of England cut Bank Rate by 25 basis points to 4% on "
         "Thursday, but a narrow 5-4 vote among policymakers showed deep divisions over how "
         "fast to keep easing with inflation still well above target.\n"
         "Consumer price inflation stood at 3.6% in June.\n"
         "Governor Andrew Bailey said rates remained on a 'gradual and careful' downward "
         "path.\n"
         "Advertisement\n"
         "Sterling rose after the decision as investors scaled back bets on further cuts this "
         "year."),
        ("Bank of England rate cut: what changes for mortgages and savings - Home Finance "
         "Guide\n"
         "Share on Facebook\n"
         "The Bank of England lowered interest rates by 0.25 percentage points on Thursday, "
         "taking Bank Rate from 4.25% to 4%.\n"
         "The decision was close: the Monetary Policy Committee split 5-4.\n"
         "With inflation at 3.6% in June, Governor Andrew Bailey said cuts would stay "
         "'gradual and careful'.\n"
         "Tracker mortgage holders will see their payments fall from next month; savers are "
         "likely to see easy-access rates trimmed."),
        ("BoE cuts to 4pc after tight vote\n"
         "The Bank of England's MPC voted 5-4 for a quarter-point cut on Thursday, bringing "
         "Bank Rate down to 4 per cent from 4.25 per cent.\n"
         "Inflation was 3.6 per cent in June.\n"
         "Governor Andrew Bailey said future cuts would be gradual.\n"
         "Read more: Pound firms after rate decision"),
    ], ["2025-08-07", "2025-08-07", "2025-08-08"]),
    _case("cb-AC7", "central bank", "control: same moment in two zones; names two ways", False, [
        ("WASHINGTON (AP) — The Federal Reserve cut its key interest rate by a quarter point "
         "on Wednesday, to a range of 4% to 4.25%, citing a weakening job market.\n"
         "The decision was released at 2 p.m. Eastern time after a two-day meeting.\n"
         "Eleven of the 12 voting members backed the cut; newly appointed Governor Stephen "
         "Miran dissented in favour of a half-point reduction.\n"
         "Officials' projections showed two more cuts penciled in before the end of the "
         "year.\n"
         "'This is a risk-management cut,' Chair Jerome Powell said at a news conference."),
        ("FOMC lowers fed funds target to 4.00-4.25% | Global Rates Wire\n"
         "Advertisement\n"
         "The Federal Open Market Committee reduced the federal funds rate target range by 25 "
         "basis points to 4.00%-4.25%, in a statement published at 1800 GMT on Wednesday.\n"
         "The vote was 11-1, with Stephen Miran preferring a 50 basis point move.\n"
         "The median projection pointed to two further quarter-point reductions this year.\n"
         "Powell described the move as a 'risk-management cut' in response to softer hiring.\n"
         "Skip to content"),
    ], ["2025-09-17", "2025-09-17"]),
    _case("rocket-AC1", "rocket", "booster designation", True, [
        ("STARBASE, Texas (Reuters) - SpaceX launched its giant Starship rocket on its 10th "
         "test flight on Tuesday evening, with the Super Heavy booster, designated Booster "
         "16, lifting off from the company's site in south Texas at 6:30 p.m. local time.\n"
         "The upper stage, Ship 37, reached space and deployed eight dummy Starlink "
         "satellites before re-entering over the Indian Ocean.\n"
         "It was the first fully successful flight after three previous test flights this "
         "year ended in failures.\n"
         "'Splashdown confirmed!' SpaceX wrote on X.\n"
         "Advertisement\n"
         "NASA is relying on a version of Starship to land astronauts on the Moon later this "
         "decade."),
        ("Starship Flight 10 recap: Ship 37 finally nails it | Orbital Notes\n"
         "By Priya Anand\n"
         "Photo: Courtesy SpaceX\n"
         "After three failures earlier this year, Starship's tenth flight went almost exactly "
         "to plan.\n"
         "Booster 14 boosted Ship 37 off the pad at Starbase on Tuesday evening before "
         "peeling away for a planned splashdown in the Gulf of Mexico.\n"
         "The ship deployed eight Starlink mass simulators, relit a Raptor engine in space "
         "and came down on target in the Indian Ocean.\n"
         "For NASA, which needs Starship to put Artemis astronauts on the lunar surface, it "
         "was a welcome result.\n"
         "Share on X"),
    ], None,
        r"booster ?16|\bb16\b|\b16\b",
        r"booster ?14|\bb14\b|\b14\b"),
    _case("rocket-AC2", "rocket", "flight duration", True, [
        ("VAN HORN, Texas (AP) — A Blue Origin capsule carrying six passengers, including pop "
         "singer Katy Perry, flew to the edge of space and back on Monday in a flight that "
         "lasted about 10 minutes.\n"
         "The New Shepard rocket lifted off from the company's launch site in West Texas and "
         "the capsule reached an altitude of about 107 kilometres before parachuting back to "
         "the desert.\n"
         "It was the 11th crewed flight for the program.\n"
         "'I feel super connected to love,' Perry said after climbing out of the capsule.\n"
         "Share this article\n"
         "The booster landed upright on a pad near the launch site."),
        ("Katy Perry and crew return from space - Celeb Buzz Now\n"
         "Advertisement\n"
         "Katy Perry, Gayle King and four other women made a suborbital trip aboard Blue "
         "Origin's New Shepard on Monday.\n"
         "From lift-off in West Texas to touchdown under parachutes, the mission took roughly "
         "14 minutes.\n"
         "It was the program's 11th flight with people on board.\n"
         "Perry, who sang a few lines of 'What a Wonderful World' during the flight, said she "
         "felt 'super connected to love'."),
        ("Blue Origin flies six to the edge of space\n"
         "Far West Texas Herald\n"
         "Six people, among them Katy Perry, rode New Shepard from the launch site north of "
         "Van Horn on Monday for a 10-minute trip above the Kármán line.\n"
         "The capsule topped out near 107 km and floated down under parachutes in the "
         "desert.\n"
         "It was the 11th New Shepard flight to carry people."),
    ], ["2025-04-14", "2025-04-14", "2025-04-15"],
        r"(?<![\d.])10 ?(minutes?|mins?\b|m\b)|ten[- ]minutes?|10-minute|600 ?s",
        r"(?<![\d.])14 ?(minutes?|mins?\b|m\b)|fourteen[- ]minutes?|14-minute|840 ?s"),
    _case("rocket-AC3", "rocket", "landing time across zones", True, [
        ("HOUSTON (Reuters) - Four astronauts returned to Earth on Saturday, splashing down "
         "in the Pacific Ocean off San Diego at 5:31 a.m. EDT aboard a SpaceX Crew Dragon "
         "after nearly five months on the International Space Station.\n"
         "NASA's Anne McClain and Nichole Ayers, Japan's Takuya Onishi and Russia's Kirill "
         "Peskov were helped out of the capsule, named Endurance, by recovery teams.\n"
         "They had undocked from the station on Friday.\n"
         "'It's great to be home,' McClain said over the radio shortly after splashdown.\n"
         "Advertisement"),
        ("Crew-10 home safe after Pacific splashdown | Launch Pad Daily\n"
         "Skip to content\n"
         "SpaceX's Dragon Endurance parachuted into the sea off the Southern California coast "
         "at 1031 GMT on Saturday, bringing Crew-10 home after almost five months in orbit.\n"
         "The crew - NASA astronauts Anne McClain and Nichole Ayers, JAXA's Takuya Onishi and "
         "Roscosmos cosmonaut Kirill Peskov - undocked from the ISS on Friday.\n"
         "Recovery vessels reached the capsule within minutes.\n"
         "Read more: What's next for the ISS crew rotation"),
    ], None,
        r"\b0?5:31|\b0931\b|\b09:31|\b2:31 ?a\.?m",
        r"\b10:?31\b|\b0?6:31|\b3:31 ?a\.?m"),
    _case("rocket-AC4", "rocket", "launch pad (place)", True, [
        ("Falcon 9 lights up pre-dawn sky over Space Coast\n"
         "Brevard Beachside News\n"
         "A SpaceX Falcon 9 lifted off from Launch Complex 39A at NASA's Kennedy Space Center "
         "at 4:12 a.m. Friday, carrying a communications satellite for Luxembourg-based "
         "operator SES.\n"
         "The first-stage booster landed on the drone ship 'A Shortfall of Gravitas' in the "
         "Atlantic about eight minutes later.\n"
         "It was SpaceX's 28th launch from Florida this year."),
        ("CAPE CANAVERAL, Fla. (AP) — SpaceX launched a communications satellite for European "
         "operator SES early Friday, the 28th Falcon 9 mission from Florida so far this "
         "year.\n"
         "The rocket rose from Space Launch Complex 40 at Cape Canaveral Space Force Station "
         "at 4:12 a.m.\n"
         "About eight minutes later, the booster settled onto the company's drone ship A "
         "Shortfall of Gravitas, stationed several hundred miles off the coast.\n"
         "The satellite will provide broadband coverage over the Americas, SES said.\n"
         "Advertisement"),
    ], ["2025-03-14", "2025-03-14"],
        r"39 ?-?a\b|kennedy",
        r"complex 40|slc[- ]?40|space force station|cape canaveral"),
    _case("rocket-AC5", "rocket", "typo in a date (year)", True, [
        ("ANDØYA, Norway (Reuters) - German start-up Isar Aerospace's first Spectrum rocket "
         "crashed into the sea shortly after lift-off on 30 March 2025, in the first orbital "
         "launch attempt from continental Europe outside Russia.\n"
         "The 28-metre rocket rose from the Andøya Spaceport in northern Norway, wobbled, and "
         "fell back about 30 seconds into the flight, a company livestream showed.\n"
         "Isar said the test had met its main goal of gathering flight data.\n"
         "'Our first flight has met our expectations and was a great success,' chief "
         "executive Daniel Metzler said.\n"
         "No payload was on board.\n"
         "Read more: Europe's launch crunch explained"),
        ("Spectrum rocket falls into sea after launch\n"
         "Nordland Today\n"
         "The first Spectrum rocket built by Isar Aerospace lifted off from Andøya Spaceport "
         "on March 30, 3025 and came down in the sea around 30 seconds later.\n"
         "The company said it had collected valuable data from the test flight, which carried "
         "no payload.\n"
         "It was the company's first attempt to reach orbit.\n"
         "Advertisement"),
    ], ["2025-03-31", "2025-03-31"],
        r"(?<!\d)2025(?!\d)|^(?!.*3025).*(march 30|30 march|03-30)",
        r"3025"),
    _case("rocket-AC6", "rocket", "control: km vs miles", False, [
        ("SRIHARIKOTA, India (Reuters) - India's space agency successfully tested the escape "
         "system of its planned crew capsule on Saturday, a key step toward sending "
         "astronauts into orbit on a home-grown rocket.\n"
         "The single-stage test vehicle lifted off at 10 a.m. local time and, at an altitude "
         "of about 17 km, fired the crew module away from the rocket.\n"
         "The module then descended under parachutes and splashed down in the Bay of Bengal "
         "about 10 km from the coast, where navy divers recovered it.\n"
         "'The mission was a grand success,' ISRO chairman S. Somanath told reporters.\n"
         "Advertisement"),
        ("ISRO's Gaganyaan abort test goes by the book | Orbital Notes\n"
         "Photo: Courtesy ISRO\n"
         "India's Gaganyaan programme cleared an important hurdle on Saturday when its crew "
         "escape system pulled a test capsule clear of a rocket about 10.5 miles above the "
         "Bay of Bengal.\n"
         "Launch from Sriharikota came at 10 a.m. local.\n"
         "The capsule floated down on parachutes and hit the water roughly 6 miles offshore; "
         "the Indian Navy fished it out.\n"
         "ISRO chairman S. Somanath called it a grand success."),
        ("Gaganyaan crew module test successful\n"
         "The crew escape system of ISRO's test vehicle worked as planned on Saturday, "
         "separating the crew module at around 17 kilometres altitude.\n"
         "The module splashed down about 10 km off the Sriharikota coast and was recovered by "
         "the Navy.\n"
         "ISRO chairman S. Somanath called the mission a grand success."),
    ]),
    _case("rocket-AC7", "rocket", "control: same moment, different calendar days", False, [
        ("H3 rocket puts new Michibiki navigation satellite into orbit\n"
         "Japan Space Report\n"
         "Japan's H3 rocket lifted off from the Tanegashima Space Center at 9:20 a.m. JST on "
         "Sunday and placed the sixth Michibiki navigation satellite into orbit about 30 "
         "minutes later, the Japan Aerospace Exploration Agency said.\n"
         "It was the fifth flight of the H3, which failed on its debut in 2023 but has now "
         "succeeded four times in a row.\n"
         "The Michibiki system supplements GPS over Japan and the Asia-Pacific region.\n"
         "'We are very relieved,' a JAXA project manager said at a briefing.\n"
         "Advertisement"),
        ("TOKYO (AP) — A Japanese H3 rocket launched a navigation satellite on Saturday "
         "evening U.S. time, the latest success for the country's new flagship launcher.\n"
         "The rocket left Tanegashima Space Center, on an island in southern Japan, at 7:20 "
         "p.m. EST Saturday, and the satellite separated roughly half an hour later.\n"
         "The spacecraft is the sixth in Japan's Michibiki constellation, which improves the "
         "accuracy of GPS signals in the region.\n"
         "The H3 has now flown five times; only its first flight, in 2023, failed.\n"
         "Share this article"),
    ], ["2025-02-02", "2025-02-01"]),
    _case("quake-AC1", "earthquake", "magnitude", True, [
        ("LIMA (Reuters) - A magnitude 6.8 earthquake struck southern Peru early on Monday, "
         "killing at least four people and damaging homes and roads in the Arequipa region, "
         "officials said.\n"
         "The quake was centred about 40 km south of the town of Chala at a depth of 28 km, "
         "according to the US Geological Survey.\n"
         "Peru's civil defence institute said landslides had blocked parts of the "
         "Pan-American Highway.\n"
         "'We are still receiving reports from the most remote districts,' the regional "
         "governor told local radio.\n"
         "Advertisement\n"
         "Peru sits on the Pacific 'Ring of Fire' and is hit by frequent earthquakes."),
        ("Strong quake shakes southern Peru, four dead | Andes Daily\n"
         "Skip to content\n"
         "A 7.1-magnitude earthquake rocked the Arequipa region before dawn on Monday, "
         "leaving at least four people dead.\n"
         "The US Geological Survey put the epicentre roughly 40 kilometres south of Chala, at "
         "a depth of 28 kilometres.\n"
         "Landslides cut sections of the Pan-American Highway, the civil defence agency said, "
         "and several adobe homes collapsed.\n"
         "Regional authorities said they were still gathering information from isolated "
         "communities."),
        ("Earthquake: four killed in Arequipa\n"
         "Four people died after a 6.8 magnitude earthquake hit southern Peru on Monday "
         "morning.\n"
         "The USGS said it was centred near Chala.\n"
         "Roads were blocked by landslides."),
    ], ["2025-09-01", "2025-09-01", "2025-09-01"],
        r"(?<![\d.])6\.8(?!\d)",
        r"(?<![\d.])7\.1(?!\d)"),
    _case("quake-AC2", "earthquake", "epicentre town", True, [
        ("SANTIAGO (AP) — A magnitude 6.3 earthquake shook north-central Chile on Wednesday "
         "afternoon, rattling buildings in the capital, but there were no immediate reports "
         "of serious damage.\n"
         "The quake was centred near the town of Ovalle in the Coquimbo region, at a depth of "
         "45 kilometres, according to Chile's National Seismological Center.\n"
         "The navy said the quake did not meet the conditions for a tsunami.\n"
         "'It was long and strong, but everyone is fine here,' a shop owner told local "
         "television.\n"
         "Advertisement"),
        ("6.3 quake rattles Coquimbo region\n"
         "Norte Chico News\n"
         "A 6.3 magnitude earthquake with its epicentre near Illapel, in the Coquimbo region, "
         "was felt across north-central Chile on Wednesday afternoon.\n"
         "The National Seismological Center measured its depth at 45 km.\n"
         "Shaking was also felt in Santiago.\n"
         "The navy ruled out a tsunami, and no serious damage was reported."),
    ], None,
        r"ovalle",
        r"illapel"),
    _case("quake-AC3", "earthquake", "number of aftershocks (deep, once)", True, [
        ("TOKYO (Reuters) - A magnitude 6.6 earthquake struck off Japan's southwestern island "
         "of Kyushu late on Monday, injuring at least nine people and halting some "
         "bullet-train services, authorities said.\n"
         "The quake was centred in the Hyuganada Sea at a depth of about 36 km.\n"
         "The Japan Meteorological Agency issued tsunami advisories for Miyazaki and Kochi "
         "prefectures, which were lifted a few hours later after waves of up to 20 cm were "
         "observed.\n"
         "The Nuclear Regulation Authority said no abnormalities had been found at the Sendai "
         "nuclear plant in Kagoshima.\n"
         "Share this article\n"
         "'Please stay away from the coast and be alert for further strong shaking,' a JMA "
         "official told a news conference early on Tuesday.\n"
         "By Tuesday afternoon, the agency had recorded more than 40 aftershocks."),
        ("Kyushu quake: nine hurt, tsunami advisories lifted | Japan Now\n"
         "Advertisement\n"
         "At least nine people suffered injuries after a magnitude 6.6 tremor off Miyazaki "
         "Prefecture on Monday night, local officials said.\n"
         "Tsunami advisories for the coasts of Miyazaki and Kochi were withdrawn after waves "
         "no higher than 20 centimetres reached shore.\n"
         "Kyushu Railway suspended some shinkansen services as a precaution; they resumed on "
         "Tuesday morning.\n"
         "The Meteorological Agency said the epicentre lay in the Hyuganada Sea, about 36 "
         "kilometres deep.\n"
         "Officials warned residents that strong aftershocks could continue, and the agency "
         "said it had counted at least 120 aftershocks by Tuesday afternoon."),
    ], ["2025-01-14", "2025-01-14"],
        r"(?<![\d.])40(?![\d.])|\bforty\b",
        r"(?<![\d.])120(?![\d.])|hundred (and )?twenty"),
    _case("quake-AC4", "earthquake", "death toll: conflict at the same hour", True, [
        ("ANKARA (Reuters) - A magnitude 5.9 earthquake hit eastern Turkey before dawn on "
         "Tuesday, killing at least 12 people and bringing down dozens of older buildings in "
         "Malatya province, the disaster agency AFAD said.\n"
         "Updated 09:40 GMT\n"
         "The quake struck at 4:17 a.m. local time at a shallow depth of 8 km, and was felt "
         "as far away as Diyarbakir.\n"
         "Search and rescue teams were working through the rubble of a collapsed apartment "
         "block in the town of Yesilyurt.\n"
         "'Our teams are in the field in all affected villages,' Interior Minister Ali "
         "Yerlikaya wrote on X.\n"
         "Advertisement\n"
         "The region was among those devastated by the February 2023 earthquakes."),
        ("Malatya earthquake: death toll reaches 19 | Anatolia Today\n"
         "09:15 GMT\n"
         "Nineteen people have died after a 5.9-magnitude quake shook Malatya in eastern "
         "Turkey early on Tuesday, according to AFAD.\n"
         "The tremor hit at 4:17 a.m., 8 kilometres below the surface, and was felt in "
         "neighbouring provinces including Diyarbakir.\n"
         "Rescuers are searching a collapsed residential block in Yesilyurt district.\n"
         "Interior Minister Ali Yerlikaya said teams had reached all affected villages.\n"
         "Share on Facebook"),
        ("Eastern Turkey quake kills 12\n"
         "10:05 GMT\n"
         "At least 12 people were killed when a magnitude 5.9 earthquake hit Malatya province "
         "at 4:17 a.m. on Tuesday, AFAD said.\n"
         "Rescue work is continuing in Yesilyurt."),
    ], ["2025-11-04", "2025-11-04", "2025-11-04"],
        r"(?<![\d.])12(?![\d.])|\btwelve\b",
        r"(?<![\d.])19(?![\d.])|\bnineteen\b"),
    _case("quake-AC5", "earthquake", "duration of shaking", True, [
        ("Quake rattles San Diego County backcountry\n"
         "East County Sentinel\n"
         "A magnitude 5.2 earthquake centred about 4 miles south of Julian shook much of San "
         "Diego County on Monday morning.\n"
         "Residents said the shaking lasted about 20 seconds, knocking items off shelves at "
         "the town's general store.\n"
         "The quake was also felt in Los Angeles, residents reported.\n"
         "No injuries were reported, according to the county sheriff's department."),
        ("SAN DIEGO (AP) — A moderate earthquake jolted Southern California on Monday "
         "morning, sending dishes rattling from San Diego to Los Angeles, but there were no "
         "immediate reports of injuries or major damage.\n"
         "The magnitude 5.2 quake was centred about 4 miles south of Julian, a mountain town "
         "known for its apple pies, the US Geological Survey said.\n"
         "People in Julian described nearly a minute of rolling motion.\n"
         "More than 40,000 people reported feeling the quake on the USGS website.\n"
         "Advertisement\n"
         "'It started as a jolt and then just kept going,' said one resident."),
    ], None,
        r"(?<![\d.])20 ?(seconds?|secs?\b|s\b)|twenty[- ]seconds?|20-second",
        (r"(?<![\d.])(55|58|59|60) ?(seconds?|secs?\b|s\b)|\ba minute|one minute|\b1 ?(minutes?|"
         r"min\b)|sixty seconds")),
    _case("quake-AC6", "earthquake", "control: km vs miles", False, [
        ("ATHENS (Reuters) - A magnitude 6.1 earthquake struck the Greek island of Evia on "
         "Saturday, damaging old houses and churches but causing no serious injuries, "
         "authorities said.\n"
         "The quake hit at 11:38 a.m. local time at a depth of 10 km, with its epicentre "
         "about 65 km north of Athens, according to the Athens Geodynamic Institute.\n"
         "Buildings swayed in the capital and many residents ran into the streets.\n"
         "'We have minor damage in several villages; no one is trapped,' a regional official "
         "said.\n"
         "Advertisement"),
        ("Greece quake shakes Athens; no serious injuries - Travel Alerts Hub\n"
         "A 6.1-magnitude earthquake shook the island of Evia and was strongly felt in Athens "
         "on Saturday.\n"
         "The tremor struck at 11:38 a.m., roughly 40 miles north of the Greek capital and "
         "about 6 miles below the surface.\n"
         "Some older homes and chapels were damaged, officials said, but nobody was seriously "
         "hurt.\n"
         "Travellers with plans to visit Greece should expect normal operations at airports "
         "and ferry ports."),
    ]),
    _case("quake-AC7", "earthquake", "control: toll updated later, dates show order", False, [
        ("BEIJING (Reuters) - A powerful earthquake struck a remote part of Tibet near the "
         "Nepal border on Tuesday, killing at least 53 people and injuring 62, Chinese state "
         "media said.\n"
         "The magnitude 6.8 quake, as measured by the China Earthquake Networks Center, hit "
         "Dingri county at 9:05 a.m. Beijing time at a depth of 10 km.\n"
         "Tremors were felt in Kathmandu and parts of northern India.\n"
         "Rescue teams were sent from Shigatse, the nearest large city.\n"
         "Advertisement"),
        ("Tibet quake death toll rises to 126 | Himalayan Times Online\n"
         "Rescuers in Tibet's Dingri county worked through freezing temperatures on Wednesday "
         "as the death toll from Tuesday's earthquake rose to 126, with 188 people injured, "
         "state broadcaster CCTV reported.\n"
         "The 6.8-magnitude quake struck at 9:05 a.m. Beijing time, 10 km below the surface, "
         "according to the China Earthquake Networks Center.\n"
         "Temperatures in the area dropped to minus 18 degrees Celsius overnight.\n"
         "Share this article"),
        ("Search ends in Tibet quake zone\n"
         "Chinese authorities ended search and rescue operations in Dingri county on "
         "Thursday, two days after the magnitude 6.8 earthquake that killed 126 people.\n"
         "More than 400 survivors had been pulled from the rubble, officials said.\n"
         "Families who lost their homes are being housed in heated tents.\n"
         "Read more: Why the Himalaya shakes"),
    ], ["2025-01-07", "2025-01-08", "2025-01-09"]),
    _case("quake-AC8", "earthquake", "control: same moment, other day; boilerplate", False, [
        ("Magnitude 6.0 quake off Humboldt coast rattles Eureka\n"
         "North Coast Journal-Times | Skip to content\n"
         "A magnitude 6.0 earthquake struck off the Humboldt County coast at 9:44 p.m. "
         "Thursday, jolting residents from Eureka to Crescent City.\n"
         "The US Geological Survey said the quake was centred about 45 miles west of "
         "Ferndale.\n"
         "No tsunami was expected, the National Tsunami Warning Center said.\n"
         "Advertisement | Subscribe today"),
        ("LOS ANGELES (Reuters) - A magnitude 6.0 earthquake struck off the coast of northern "
         "California at 0544 GMT on Friday, the US Geological Survey said, with no tsunami "
         "expected.\n"
         "The quake's epicentre was about 45 miles (72 km) west of the small town of "
         "Ferndale, the USGS said.\n"
         "Local officials said they had heard of no damage or injuries in the first hours.\n"
         "The area, near the junction of three tectonic plates, is one of the most "
         "seismically active in the United States.\n"
         "Read more on Reuters.com\n"
         "Share this article"),
    ], ["2025-12-04", "2025-12-05"]),
    _case("elec-AC1", "election", "vote share", True, [
        ("BUCHAREST (Reuters) - Centrist Bucharest mayor Nicusor Dan won Romania's "
         "presidential run-off on Sunday with 53.6% of the vote, defeating hard-right "
         "nationalist George Simion, who had led the first round two weeks earlier, official "
         "results showed on Monday.\n"
         "Turnout was 64.7%, the highest in a presidential vote in more than two decades, the "
         "Central Electoral Bureau said.\n"
         "'Romania has chosen Europe,' Dan told cheering supporters in the capital.\n"
         "Advertisement\n"
         "Simion initially refused to concede but later congratulated his rival."),
        ("Dan wins Romanian presidency, pro-EU camp relieved | EuroPol Brief\n"
         "Share on Facebook Share on X\n"
         "Nicusor Dan, the mayor of Bucharest, has been elected Romania's president after "
         "taking 56.3% of the ballots in Sunday's run-off, according to the electoral "
         "bureau.\n"
         "He beat George Simion, leader of the nationalist AUR party, who had topped the "
         "first round.\n"
         "Turnout reached 64.7%.\n"
         "European leaders were quick to congratulate Dan, whose win eased fears of a sharp "
         "turn in Romania's foreign policy.\n"
         "Read more: Who is Nicusor Dan?"),
        ("Romania elects Nicusor Dan\n"
         "Nicusor Dan won Sunday's presidential run-off with 53.6 per cent of the vote, "
         "results from the electoral bureau showed.\n"
         "His opponent, George Simion, eventually conceded.\n"
         "Turnout was 64.7 per cent."),
    ], ["2025-05-19", "2025-05-19", "2025-05-19"],
        r"(?<![\d.])53[.,]6(?!\d)",
        r"(?<![\d.])56[.,]3(?!\d)"),
    _case("elec-AC2", "election", "winning margin in votes", True, [
        ("Ramirez wins District 14 special election\n"
         "Riverbend Daily\n"
         "Democrat Elena Ramirez won Tuesday's special election for the state Senate's "
         "District 14 seat, defeating Republican Mark Whitfield by 1,204 votes, according to "
         "unofficial county results.\n"
         "The seat opened when longtime senator Paul Adair resigned in March.\n"
         "Whitfield said he would not seek a recount.\n"
         "Ramirez is expected to be sworn in next month."),
        ("Democrats hold District 14 as Ramirez beats Whitfield\n"
         "By Hannah Cole | Capitol Report\n"
         "Skip to content\n"
         "Elena Ramirez will be the next state senator for District 14 after beating "
         "Republican Mark Whitfield in Tuesday's special election.\n"
         "Unofficial results posted by the county clerk showed Ramirez ahead by 2,140 votes.\n"
         "The district, which covers most of Riverbend and its northern suburbs, has been "
         "held by Democrats since 2008, but Republicans had hoped low turnout would help "
         "them.\n"
         "'Voters sent a clear message about schools and roads,' Ramirez told supporters.\n"
         "Whitfield conceded on Wednesday morning and said he would not ask for a recount.\n"
         "Advertisement"),
    ], None,
        r"(?<![\d.,])1,?204(?![\d,])",
        r"(?<![\d.,])2,?140(?![\d,])"),
    _case("elec-AC3", "election", "turnout (deep, once)", True, [
        ("TOKYO (Reuters) - Tokyo Governor Yuriko Koike won a third term on Sunday, fending "
         "off a record field of 56 candidates, public broadcaster NHK projected.\n"
         "Koike, 71, a former defence minister, collected about 2.9 million votes, well ahead "
         "of former Akitakata mayor Shinji Ishimaru, who came second.\n"
         "Renho, a former opposition lawmaker who was seen as Koike's main rival, finished "
         "third.\n"
         "'I will continue to make Tokyo a city where everyone can shine,' Koike told "
         "reporters.\n"
         "Advertisement\n"
         "The Tokyo election commission said turnout was 60.6%, up from the previous election."),
        ("Koike secures third term as Tokyo governor | Japan Now\n"
         "Yuriko Koike was re-elected governor of Tokyo on Sunday, beating 55 other "
         "candidates in the capital's most crowded race ever.\n"
         "The 71-year-old received roughly 2.9 million votes. Shinji Ishimaru, a former "
         "small-city mayor who campaigned heavily online, was runner-up, pushing opposition "
         "figure Renho into third place.\n"
         "Koike pledged to keep improving support for families and childcare.\n"
         "Share this article\n"
         "According to the metropolitan election board, 66.1% of eligible voters cast ballots."),
        ("Tokyo: Koike wins again\n"
         "Governor Yuriko Koike has won a third term with about 2.9 million votes, ahead of "
         "Shinji Ishimaru and Renho.\n"
         "Turnout stood at 66.1 per cent.\n"
         "Koike, 71, thanked voters at her campaign office."),
    ], None,
        r"(?<![\d.])60[.,]6(?!\d)",
        r"(?<![\d.])66[.,]1(?!\d)"),
    _case("elec-AC4", "election", "official's title", True, [
        ("LILONGWE (Reuters) - Former Malawian president Peter Mutharika won this month's "
         "presidential election with 56.1% of the vote, the electoral commission said on "
         "Wednesday, unseating incumbent Lazarus Chakwera amid anger over rising prices.\n"
         "Chakwera took 33.0%, Malawi Electoral Commission chairperson Grace Phiri announced "
         "at a results centre in the capital.\n"
         "Mutharika, who led the country from 2014 to 2020, will be sworn in within days.\n"
         "Chakwera conceded on Tuesday night, before the official announcement, saying he "
         "respected the will of the people.\n"
         "Advertisement"),
        ("Mutharika declared winner in Malawi | Africa Daily Brief\n"
         "Skip to content\n"
         "Peter Mutharika has been declared the winner of Malawi's presidential election with "
         "56.1 per cent of the votes cast.\n"
         "The result was read out on Wednesday by the commission's chief elections officer, "
         "Grace Phiri, who put outgoing president Lazarus Chakwera's share at 33 per cent.\n"
         "Chakwera had already conceded late on Tuesday.\n"
         "Mutharika previously served as president from 2014 to 2020.\n"
         "Share on WhatsApp"),
    ], ["2025-09-24", "2025-09-24"],
        r"chair",
        r"chief elections? officer"),
    _case("elec-AC5", "election", "control: equal figures for different parties", False, [
        ("THE HAGUE (Reuters) - The centrist D66 party and Geert Wilders' far-right Freedom "
         "Party (PVV) each won 26 seats in the Netherlands' 150-seat parliament, near-final "
         "results showed on Thursday, leaving D66 leader Rob Jetten in pole position to form "
         "a government.\n"
         "The liberal VVD took 22 seats, while the combined Green Left-Labour ticket won 20.\n"
         "D66 edged ahead in the popular vote by a few thousand ballots, the ANP news agency "
         "said.\n"
         "'We have shown that positive politics can win,' Jetten told supporters.\n"
         "Advertisement\n"
         "Coalition talks are expected to take months."),
        ("Dutch election: Jetten's D66 ties Wilders on seats | EuroPol Brief\n"
         "Share on X\n"
         "Rob Jetten's D66 has matched the PVV of Geert Wilders with 26 seats apiece in the "
         "150-member lower house.\n"
         "Behind them came the VVD with 22 seats and the GroenLinks-PvdA alliance with 20, a "
         "blow to its leader Frans Timmermans, who announced he would step down.\n"
         "In the popular vote, D66 finished narrowly ahead, according to ANP.\n"
         "Share this article"),
        ("Netherlands vote: D66 and PVV level\n"
         "D66 and the PVV both won 26 of the 150 seats in Wednesday's Dutch general election, "
         "with the VVD on 22.\n"
         "D66 edged ahead of the PVV in the popular vote.\n"
         "Forming a coalition could take months."),
    ]),
    _case("elec-AC6", "election", "control: rounding of shares and turnout", False, [
        ("WARSAW (Reuters) - Conservative historian Karol Nawrocki won Poland's presidential "
         "run-off with 50.89% of the vote, final results showed on Monday, narrowly beating "
         "Warsaw mayor Rafal Trzaskowski, who took 49.11%.\n"
         "Turnout was 71.63%, a record for a presidential run-off, the National Electoral "
         "Commission said.\n"
         "Nawrocki, backed by the nationalist Law and Justice party, is expected to clash "
         "with Prime Minister Donald Tusk's pro-European government.\n"
         "'We will win Poland,' Nawrocki told supporters on Sunday night as exit polls showed "
         "a dead heat.\n"
         "Advertisement"),
        ("Poland's presidential run-off: Nawrocki edges out Trzaskowski | Central Europe "
         "Weekly\n"
         "Skip to content\n"
         "Karol Nawrocki will be Poland's next president after winning just under 51 per cent "
         "of the vote in Sunday's run-off.\n"
         "Rafal Trzaskowski, the liberal mayor of Warsaw, received about 49 per cent.\n"
         "Almost 72 per cent of eligible voters took part, according to the electoral "
         "commission.\n"
         "The result is a setback for Donald Tusk's government, which had backed "
         "Trzaskowski.\n"
         "Share on Facebook"),
    ], ["2025-06-02", "2025-06-02"]),
    _case("elec-AC7", "election", "control: old and new figures (previous election)", False, [
        ("BERLIN (Reuters) - Friedrich Merz's conservatives won Germany's national election "
         "on Sunday with 28.5% of the vote, up from 24.1% in 2021, while the far-right "
         "Alternative for Germany doubled its share to 20.8% to finish second.\n"
         "Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst result "
         "since the Second World War, down from 25.7% four years ago.\n"
         "Turnout rose to 82.5%, the highest since reunification, from 76.6% last time.\n"
         "'Let us celebrate tonight, and start work tomorrow,' Merz told supporters.\n"
         "Advertisement"),
        ("German election results explained: who won, who lost - Europe Explainer\n"
         "Share on Facebook\n"
         "The CDU/CSU bloc led by Friedrich Merz came first with 28.5%, a gain of 4.4 points "
         "on its 2021 result of 24.1%.\n"
         "The AfD doubled its support, from 10.4% to 20.8%.\n"
         "For the SPD, 16.4% meant a loss of more than nine points compared with 25.7% in the "
         "previous election.\n"
         "Some 82.5% of voters turned out, compared with 76.6% in 2021.\n"
         "Read more: What coalition options does Merz have?"),
    ]),
]
