"""Blind battery of disagreements in the hidden check's domains, part AF (issue 11).

Part AF, written by engineer AF1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AF``. Its emphasis is time: clock times in different
zones (UTC/GMT against named local zones), weekday against date, mistyped dates,
deadlines and next dates, durations told as clock spans, and updates told apart from
conflicts by the articles' dates; about a quarter of the cases are other classes.
Every text was written for this battery; facts are real or plausibly invented.
"""
from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AF", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-AF1", "trade", "clock time across zones", True, [
          "GENEVA (Reuters) — Senior U.S. and Chinese officials opened closed-door trade "
          "talks in Geneva on Saturday, their first face-to-face meeting since tit-for-tat "
          "tariffs climbed above 100%. The session began at 10 a.m. local time at the "
          "residence of Switzerland's ambassador to the United Nations, a Swiss government "
          "official said. Treasury Secretary Scott Bessent and U.S. Trade Representative "
          "Jamieson Greer faced a Chinese team headed by Vice Premier He Lifeng. Neither "
          "delegation spoke to reporters on arrival. Swiss Economy Minister Guy Parmelin, who "
          "helped broker the meeting, said on Friday it would already be a success if the two "
          "sides agreed on a road map. U.S. duties on most Chinese imports currently stand at "
          "145%, while Beijing charges 125% on American goods. The talks are expected to "
          "continue on Sunday.",
          "Trade negotiators from Washington and Beijing sat down on Saturday in the Geneva "
          "residence of the Swiss UN ambassador, hoping to cool a tariff fight that has all "
          "but frozen commerce between the world's two largest economies.\nAdvertisement\nThe "
          "meeting got under way at 11:00 GMT, according to a schedule shared with "
          "journalists, and was expected to run into the evening. Treasury chief Scott "
          "Bessent leads the American side alongside trade envoy Jamieson Greer; China sent "
          "He Lifeng, the vice premier in charge of economic policy. Washington currently "
          "levies 145 per cent on most Chinese products, and China has answered with 125 per "
          "cent duties of its own. 'Both sides have come with a willingness to listen,' a "
          "Chinese commerce ministry statement said. A second day of talks is planned for "
          "Sunday.",
          "Talks between the United States and China began in Geneva at 10:00 local time "
          "(0800 GMT) on Saturday, according to a person briefed on the arrangements. Bessent "
          "and Greer are meeting Chinese Vice Premier He Lifeng at the Swiss UN ambassador's "
          "residence. The two countries' tariffs of 145% and 125% have brought much of their "
          "bilateral trade to a halt. Swiss President Karin Keller-Sutter welcomed the "
          "delegations on Friday. Investors are hoping for a sign of de-escalation before "
          "markets open next week.",
          ], ["2025-05-10", "2025-05-10", "2025-05-10"],
          r"\b10(:00)? ?a\.? ?m|\b10:00|\b08:00|\b0800\b|\b8(:00)? ?a\.? ?m",
          r"\b11:00|\b1100\b|\b1(:00)? ?p\.? ?m|\b13:00"),
    _case("trade-AF2", "trade", "control: clock time across zones (Beijing time vs GMT)", False, [
          "BEIJING — China's Ministry of Commerce said on Tuesday that it had approved a "
          "batch of export licence applications for rare earth magnets, a key demand of "
          "Washington, as trade talks in London entered a second day. The statement was "
          "posted on the ministry's website at 3 p.m. Beijing time. It did not say how many "
          "licences had been granted or to which firms. 'China is willing to strengthen "
          "communication and dialogue with relevant countries,' the ministry said. The London "
          "meeting at Lancaster House brings together Vice Premier He Lifeng and a U.S. team "
          "that includes Commerce Secretary Howard Lutnick.\nShare this article",
          "LONDON, June 10 — Beijing has signed off on more export permits for rare-earth "
          "magnets, the Chinese commerce ministry (MOFCOM) said in a statement released at "
          "0700 GMT on Tuesday, as U.S. and Chinese negotiators met for a second straight day "
          "in the British capital.\nRead more: Why rare earths have become Beijing's trump "
          "card\nThe ministry gave no figure for the approvals and named no companies. The "
          "talks are being held at Lancaster House, a 19th-century mansion close to "
          "Buckingham Palace. U.S. Commerce Secretary Howard Lutnick told reporters outside "
          "the venue that the discussions were 'going well'. China's delegation is led by He "
          "Lifeng, the vice premier who also headed Beijing's team in Geneva last month.",
          ], ["2025-06-10", "2025-06-10"]),
    _case("trade-AF3", "trade", "weekday vs date", True, [
          "LONDON (AP) — The United States and China said they had agreed on a framework to "
          "put their Geneva tariff truce back on track, after negotiators finished two days "
          "of talks in London late on Tuesday. Commerce Secretary Howard Lutnick told "
          "reporters the framework would settle disputes over rare earth exports and some "
          "U.S. technology curbs. The deal still needs the approval of Presidents Donald "
          "Trump and Xi Jinping, Lutnick said. China's international trade representative Li "
          "Chenggang described the talks as frank and detailed. No new tariff figures were "
          "announced. Stock futures barely moved on the news.",
          "U.S. and Chinese officials have agreed a 'framework' to implement the consensus "
          "their leaders reached in a phone call last week, the two sides said after the "
          "London talks wrapped up on June 11. The two days of negotiations at Lancaster "
          "House focused on rare earth magnets, which China had restricted, and U.S. export "
          "controls on chip design software and other goods. 'We now have a way to make the "
          "Geneva deal work,' Commerce Secretary Howard Lutnick said, adding that it must "
          "still be signed off by President Trump. Li Chenggang, China's international trade "
          "representative, said Beijing would report the framework to its "
          "leadership.\nAdvertisement\nAnalysts said the agreement restores the status quo of "
          "mid-May rather than resolving deeper disputes.",
          ], ["2025-06-11", "2025-06-11"],
          r"tuesday|june 10\b|jun\.? 10\b|2025-06-10|\b10 june",
          r"wednesday|june 11\b|jun\.? 11\b|2025-06-11|\b11 june"),
    _case("trade-AF4", "trade", "duration: clock span vs hours", True, [
          "STOCKHOLM — U.S. and Chinese trade officials held a first day of talks in the "
          "Swedish capital on Monday, meeting at Rosenbad, the prime minister's office, in an "
          "effort to extend a truce that expires on Aug. 12. The session ran from about 10 "
          "a.m. to 6 p.m. local time, according to a Swedish government spokesperson. "
          "Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer "
          "represented Washington, while Vice Premier He Lifeng led China's team. Neither "
          "side briefed reporters afterwards. The talks are set to resume on Tuesday. Without "
          "an extension, U.S. tariffs on Chinese goods could snap back to much higher levels.",
          "Negotiators from the world's two biggest economies spent more than five hours "
          "behind closed doors in Stockholm on Monday, the first of two scheduled days of "
          "talks. The meeting at Rosenbad, the seat of the Swedish government, was the third "
          "round since May, following Geneva and London. Bessent and Greer sat across from "
          "China's He Lifeng; no statements were issued at the end of the day. The current "
          "pause on the steepest tariffs runs until August 12. 'We are working toward an "
          "extension,' a person familiar with the U.S. side said. The delegations will meet "
          "again on Tuesday.",
          ], ["2025-07-29", "2025-07-29"],
          r"10 ?a\.? ?m.{0,40}6 ?p\.? ?m|10:00.{0,30}18:00|\b8 ?(hours?|hrs?|h)\b"
          r"|eight hours|480 ?min",
          r"\b5 ?(hours?|hrs?|h)\b|five hours|300 ?min"),
    _case("trade-AF5", "trade", "deadline date", True, [
          "WASHINGTON — President Donald Trump signed an executive order on Monday extending "
          "the pause on higher tariffs on Chinese goods by another 90 days, hours before the "
          "truce was due to lapse. The extension keeps the additional U.S. duty at 30% and "
          "China's retaliatory levy at 10%. The truce now runs until Nov. 10, the White House "
          "said. China's commerce ministry said in a statement on Tuesday that it would "
          "likewise suspend its higher tariffs for 90 days. Retailers had warned that a "
          "collapse of the pause would hit holiday-season imports. 'We'll see how it goes,' "
          "Trump told reporters when asked about a summit with Xi Jinping.",
          "The United States and China have again stepped back from the brink. President "
          "Trump on Monday ordered a further 90-day suspension of steeper tariffs on Chinese "
          "imports, and Beijing followed with a matching step on Tuesday. Under the "
          "extension, the truce lasts until November 12. Tariff rates stay where they have "
          "been since May: an extra 30 per cent on Chinese goods entering the U.S. and 10 per "
          "cent on American goods going the other way.\nRead more: A timeline of the US-China "
          "tariff war\nBusiness groups welcomed the decision but said uncertainty remained "
          "over chips and fentanyl-related tariffs.",
          ], ["2025-08-12", "2025-08-12"],
          r"nov(ember|\.)? 10\b|2025-11-10|\b10 nov",
          r"nov(ember|\.)? 12\b|2025-11-12|\b12 nov"),
    _case("trade-AF6", "trade", "who led the delegation", True, [
          "KUALA LUMPUR — Chinese and American trade officials opened a working-level round "
          "of talks in the Malaysian capital on Friday, laying the groundwork for a possible "
          "meeting between the two countries' leaders later this month. China's delegation "
          "was led by Li Chenggang, the commerce ministry's chief trade negotiator, according "
          "to a notice from Beijing. The talks focused on port fees on ships, export controls "
          "and soybean purchases, officials said. Malaysia, which chairs ASEAN this year, is "
          "hosting a regional summit. 'Both sides had candid and in-depth exchanges,' the "
          "Chinese delegation said in a brief statement. No timeline for an agreement was "
          "given.",
          "Trade officials from Beijing and Washington met in Kuala Lumpur on Friday for "
          "preparatory talks ahead of a regional summit later this month. Beijing's team was "
          "headed by Liao Min, a vice minister of finance, a Malaysian official told "
          "reporters. On the table: new U.S. port fees on Chinese-built vessels, Chinese "
          "export controls on rare earths, and American farm purchases.\nSubscribe to our "
          "newsletter\nMalaysia currently holds the rotating chair of the Association of "
          "Southeast Asian Nations. Neither side set a date for a deal.",
          ], None,
          r"chenggang",
          r"liao"),
    _case("trade-AF7", "trade", "control: same moment on different calendar days", False, [
          "WASHINGTON — The White House said late Sunday that U.S. negotiators had struck a "
          "trade deal with China after two days of talks in Geneva, though it gave no "
          "details. The statement, issued at about 9 p.m. ET, said the agreement would help "
          "reduce the U.S. trade deficit. Treasury Secretary Scott Bessent had earlier told "
          "reporters in Geneva that 'substantial progress' had been made. Full details are to "
          "be released on Monday, the statement said.\nAdvertisement\nMarkets will be "
          "watching whether the deal lowers the 145% tariff on Chinese goods.",
          "BEIJING, May 12 — The United States has described its weekend talks with China in "
          "Geneva as a success, in a White House statement carried by Chinese state media "
          "early on Monday. The statement came out at around 9 a.m. Beijing time. U.S. "
          "Treasury Secretary Scott Bessent said the two sides had made 'substantial "
          "progress'. Chinese Vice Premier He Lifeng called the talks an important first "
          "step. Details of the deal are to be published later on Monday. U.S. tariffs on "
          "most Chinese imports remain at 145 per cent for now.",
          ], ["2025-05-11", "2025-05-12"]),
    _case("trade-AF8", "trade", "control: old and new rate, percentage points, rounding", False, [
          "GENEVA (Reuters) — The United States and China agreed on Monday to slash the "
          "sweeping tariffs they imposed on each other in April, for an initial period of 90 "
          "days. U.S. duties on Chinese goods will fall from 145% to 30%, while Chinese "
          "levies on U.S. imports drop from 125% to 10%, according to a joint statement. That "
          "is a cut of 115 percentage points on each side. The reductions take effect by May "
          "14. 'Neither delegation wants the two economies to decouple,' Treasury Secretary "
          "Scott Bessent told reporters. U.S. stocks surged on the news, with the S&P 500 "
          "closing 3.3% higher.",
          "Washington and Beijing have called a 90-day truce in their trade war. Under the "
          "deal announced in Geneva, the US tariff on most Chinese imports comes down to 30 "
          "per cent, from 145 per cent, and China's tariff on American goods falls to 10 per "
          "cent, from 125 per cent. Both cuts take effect by 14 May. Commerce ministry "
          "officials in Beijing said the outcome was in the interests of both countries and "
          "of the world. Wall Street rallied, the S&P 500 ending the day up more than 3 per "
          "cent. Analysts cautioned that the 30 per cent rate includes a 20 per cent "
          "'fentanyl' tariff that remains in place.",
          ], ["2025-05-12", "2025-05-12"]),
    _case("court-AF1", "court", "weekday vs date", True, [
          "WASHINGTON (AP) — The Supreme Court on Friday curtailed the power of individual "
          "federal judges to block presidential policies nationwide, handing President Donald "
          "Trump a major victory. The decision, by a 6-3 vote along ideological lines, came "
          "in a case over Trump's order restricting birthright citizenship. Justice Amy Coney "
          "Barrett wrote for the conservative majority that a single district judge cannot "
          "set policy for the whole country. Justice Sonia Sotomayor, in a dissent joined by "
          "the two other liberal justices, read part of her opinion aloud in the courtroom. "
          "The ruling does not decide whether the citizenship order itself is lawful. The "
          "order cannot take effect for 30 days, the court said.",
          "In its June 26 ruling, the U.S. Supreme Court sharply limited the use of "
          "nationwide injunctions by lower courts, a practice that had repeatedly stalled the "
          "Trump administration's agenda. The justices split 6-3, with Amy Coney Barrett "
          "writing the majority opinion. The case arose from lawsuits challenging an "
          "executive order that would deny citizenship to some children born on U.S. soil. In "
          "dissent, Justice Sotomayor warned that the majority had handed the executive a "
          "blank cheque.\nShare this article\nLegal experts expect a rush of class-action "
          "suits as challengers look for other routes to block the order. The court did not "
          "rule on the order's constitutionality.",
          ], ["2025-06-27", "2025-06-28"],
          r"friday|june 27\b|jun\.? 27\b|2025-06-27|\b27 june",
          r"thursday|june 26\b|jun\.? 26\b|2025-06-26|\b26 june"),
    _case("court-AF2", "court", "vote split", True, [
          "COLUMBUS, Ohio — The Ohio Supreme Court on Tuesday upheld a state law that bars "
          "cities from banning gas-powered leaf blowers, siding with landscaping companies in "
          "a 4-3 decision. Writing for the majority, Justice Pat Fischer said the General "
          "Assembly had acted within its power to set uniform rules for businesses across the "
          "state. The case began when the city of Upper Arlington passed an ordinance in "
          "2022. Justice Jennifer Brunner wrote the main dissent, arguing that the law "
          "trampled on home rule. 'Local voters should decide how loud their streets are,' "
          "she wrote. The ordinance was never enforced while the case was pending.",
          "Ohio's highest court has sided with the state in a dispute over local noise rules, "
          "ruling 5-2 that cities cannot outlaw gas leaf blowers when state law says "
          "otherwise. Justice Pat Fischer wrote the opinion for the court. Justice Jennifer "
          "Brunner dissented, saying the decision hollows out the home-rule protections in "
          "the Ohio Constitution. Upper Arlington, a Columbus suburb, adopted its ban in 2022 "
          "but agreed not to enforce it during the litigation.\nAdvertisement\nLandscaping "
          "trade groups called the decision a win for small businesses. The city said it was "
          "reviewing the ruling.",
          ], None,
          r"\b4 ?(-|–|to) ?3\b|four(-| )to(-| )three|\b(4|four) justices|^\D*4\D*$",
          r"\b5 ?(-|–|to) ?2\b|five(-| )to(-| )two|\b(5|five) justices|^\D*5\D*$"),
    _case("court-AF3", "court", "duration of jury deliberation", True, [
          "NEWARK, N.J. — A federal jury on Thursday convicted former state Sen. Raymond "
          "Okafor of bribery and honest-services fraud, finding that he took cash and a "
          "luxury watch in exchange for steering state contracts. Jurors deliberated for "
          "about six hours before returning their verdict on all five counts. Okafor, 61, "
          "showed no reaction as the verdict was read. His lawyer, Dana Whitfield, said they "
          "would appeal. Prosecutors said the scheme ran from 2017 to 2021 and involved more "
          "than $300,000 in payments. U.S. District Judge Carla Mendoza did not set a "
          "sentencing date.",
          "Ex-New Jersey lawmaker Raymond Okafor was found guilty Thursday on five corruption "
          "counts after nearly nine hours of jury deliberations. The panel concluded that the "
          "former Democratic state senator accepted cash and a high-end wristwatch from a "
          "contractor who sought state work. 'We respect the jury, but we think it got this "
          "one wrong,' defense attorney Dana Whitfield said outside the courthouse. Okafor "
          "faces up to 20 years in prison on the most serious count.\nRead more: Inside the "
          "trial of Raymond Okafor\nThe trial lasted three weeks.",
          ], ["2025-03-14", "2025-03-14"],
          r"\b6 ?(hours?|hrs?|h)\b|six hours|360 ?min",
          r"\b9 ?(hours?|hrs?|h)\b|nine hours|540 ?min"),
    _case("court-AF4", "court", "sentencing date", True, [
          "NEW YORK (Reuters) — The founder of failed crypto lender Vaultline was convicted "
          "on Wednesday of defrauding customers out of roughly $1.1 billion, a Manhattan "
          "federal jury found. Marco Lindqvist, 39, was found guilty on all seven counts, "
          "including securities fraud and wire fraud. U.S. District Judge Naomi Reiss set "
          "sentencing for Sept. 18. Prosecutors said Lindqvist told customers their deposits "
          "were safe while secretly moving funds into risky trades. 'The jury saw through the "
          "story he told his customers,' a spokesperson for the U.S. Attorney's Office said. "
          "Lindqvist remains free on a $5 million bond.",
          "Crypto entrepreneur Marco Lindqvist faces decades in prison after a jury in "
          "Manhattan convicted him of fraud over the collapse of his lending platform, "
          "Vaultline. The verdict came on Wednesday after a four-week trial. Sentencing is "
          "scheduled for September 28, according to the court docket. Lindqvist's lawyers "
          "said they were deeply disappointed and would consider all "
          "options.\nAdvertisement\nSome 230,000 customers lost money when Vaultline froze "
          "withdrawals in 2022. Prosecutors had described the case as one of the largest "
          "crypto frauds since FTX.",
          ], ["2025-06-05", "2025-06-05"],
          r"sep(t(ember)?)?\.? 18\b|2025-09-18|\b18 sep",
          r"sep(t(ember)?)?\.? 28\b|2025-09-28|\b28 sep"),
    _case("court-AF5", "court", "date typo (wrong year)", True, [
          "NAIROBI — Kenya's High Court has halted a government plan to lease the country's "
          "main airport to a foreign investor, pending a full hearing. In an order dated "
          "March 4, 2025, Justice Mary Wambugu said the lease raised serious questions about "
          "public participation. The Law Society of Kenya and a human rights group had filed "
          "the petition. The order bars the transport ministry from signing any agreement "
          "until the case is decided. 'The public had a right to be heard before this deal "
          "went ahead,' the judge said. The next hearing is set for April 8.",
          "A court in Kenya has temporarily stopped the proposed lease of Jomo Kenyatta "
          "International Airport. Justice Mary Wambugu issued the conservatory order on March "
          "4, 3025, according to a copy seen by this site. The petitioners, including the Law "
          "Society of Kenya, argue that the deal was negotiated in secret. The Ministry of "
          "Roads and Transport has not commented.\nRead more: Why the airport deal sparked "
          "protests\nThe matter will return to court on April 8.",
          ], ["2025-03-05", "2025-03-05"],
          r"(?<!\d)2025(?!\d)",
          r"3025"),
    _case("court-AF6", "court", "control: two quotes of one justice, names two ways", False, [
          "WASHINGTON (Reuters) — The U.S. Supreme Court on Thursday threw out Mexico's $10 "
          "billion lawsuit accusing American gunmakers of fuelling cartel violence, ruling "
          "9-0 that the companies are shielded by a 2005 federal law. Justice Elena Kagan "
          "wrote the opinion for the court. 'The complaint describes an industry, not a "
          "crime,' Kagan wrote. The suit named Smith & Wesson and several other companies. "
          "Mexico's foreign ministry said it would keep pursuing other legal avenues. The "
          "ruling reverses a decision by the Boston-based 1st U.S. Circuit Court of Appeals.",
          "SCOTUS has unanimously sided with U.S. firearms manufacturers, dismissing a "
          "lawsuit brought by the Mexican government that sought some $10bn in damages. "
          "Writing for all nine justices, Kagan said the protections Congress gave the gun "
          "industry in 2005 barred the claim. 'Nothing in the complaint ties these companies "
          "to any particular illegal sale,' she wrote. The First Circuit had allowed the case "
          "to go forward.\nShare this article\nMexico's Foreign Ministry said it regretted "
          "the decision. Gun-control groups called it a setback for victims of cross-border "
          "trafficking.",
          ], ["2025-06-05", "2025-06-05"]),
    _case("court-AF7", "court",
          "control: fine before and after appeal, currency conversion", False, [
          "LUXEMBOURG — The EU's General Court on Wednesday cut the antitrust fine imposed on "
          "U.S. chipmaker Qorvex to €410 million from the €1.2 billion originally levied by "
          "the European Commission in 2019. The judges agreed with the Commission that Qorvex "
          "had abused its dominant position by paying rebates to computer makers, but found "
          "that the original penalty was miscalculated. The Commission can appeal to the "
          "Court of Justice within two months and ten days. 'We are pleased the court "
          "recognised the errors in the original decision,' a Qorvex spokesperson said. The "
          "case has been running for more than six years.",
          "Europe's second-highest court has slashed a competition fine on Qorvex by roughly "
          "two-thirds, to about €410m ($445m). The European Commission had fined the company "
          "€1.2bn in 2019 for illegal rebates. The General Court upheld the finding of abuse "
          "but said Brussels had overstated the harm.\nAdvertisement\nThe Commission said it "
          "would study the judgment carefully before deciding on next steps. Qorvex shares "
          "rose 1.4% in pre-market trading in New York.",
          ], ["2025-09-10", "2025-09-10"]),
    _case("cb-AF1", "central bank", "clock time across zones (ET vs GMT)", True, [
          "WASHINGTON (AP) — The Federal Reserve cut its benchmark interest rate by a quarter "
          "point on Wednesday, its first reduction of the year, as signs of a cooling job "
          "market outweighed worries about inflation. The decision, announced at 2 p.m. ET, "
          "lowers the federal funds rate to a range of 4% to 4.25%. Officials also signalled "
          "two more cuts before the end of the year. Newly appointed Governor Stephen Miran "
          "dissented in favour of a larger cut. 'We thought it was the right moment to act,' "
          "Chair Jerome Powell told reporters. Stocks swung between gains and losses after "
          "the announcement.",
          "The Fed lowered rates by 25 basis points, to a 4.00-4.25% target range, in a "
          "decision released at 1900 GMT. It was the first cut since December. Stephen Miran, "
          "who joined the Board of Governors this week, was the lone dissenter, preferring a "
          "half-point move. The central bank's projections point to two further quarter-point "
          "cuts this year.\nRead more: What a Fed cut means for your mortgage\nTreasury "
          "yields edged lower and the dollar weakened after the statement.",
          ], ["2025-09-17", "2025-09-17"],
          r"\b2(:00)? ?p\.? ?m|\b14:00|\b18:00|\b1800\b",
          r"\b19:00|\b1900\b|\b3(:00)? ?p\.? ?m|\b15:00|\b7(:00)? ?p\.? ?m"),
    _case("cb-AF2", "central bank", "control: noon London (BST) vs 1100 GMT, bp vs pp", False, [
          "LONDON — The Bank of England cut interest rates by a quarter of a percentage point "
          "to 4% on Thursday, but only after a knife-edge vote that needed an unprecedented "
          "second round. The decision was published at noon London time. Five of the nine "
          "members of the Monetary Policy Committee backed the cut, while four wanted to hold "
          "rates at 4.25%. Governor Andrew Bailey said the path of rates would have to be "
          "gradual and careful. Consumer price inflation stood at 3.6% in June, well above "
          "the 2% target. It was the fifth cut since August last year.",
          "BoE trims Bank Rate to 4.0%\nThe Bank of England reduced its main rate by 25 basis "
          "points from 4.25 per cent, in an announcement at 1100 GMT. The Monetary Policy "
          "Committee split 5-4, with four policymakers preferring no change. 'Rates are still "
          "heading lower, just not in a hurry,' Bailey said.\nShare this article\nMarkets had "
          "priced in a cut but not such a close vote.",
          ], ["2025-08-07", "2025-08-07"]),
    _case("cb-AF3", "central bank", "size of cut: basis points vs percentage points", True, [
          "WELLINGTON (Reuters) — The Reserve Bank of New Zealand cut its official cash rate "
          "by 50 basis points to 2.5% on Wednesday, a bigger move than most economists had "
          "expected, and left the door open to further easing. The bank said the economy had "
          "stalled in the middle of the year and that spare capacity was growing. 'The "
          "committee remains open to further reductions,' the RBNZ said in its statement. The "
          "New Zealand dollar fell sharply after the announcement. The next review is due in "
          "November.",
          "New Zealand's central bank trimmed rates again on Wednesday, lowering the OCR by a "
          "quarter of a percentage point as growth stalls. The Reserve Bank said weak "
          "activity and rising unemployment meant more support was "
          "needed.\nAdvertisement\nThe kiwi dollar slipped against the greenback. Economists "
          "expect at least one more cut before Christmas.",
          ], None,
          r"(?<![\d.])50 ?(basis points?|bps?|bp)\b"
          r"|(?<![\d.])0?\.5 ?(percentage points?|pp|points?)|half(-"
          r"| )(a )?(percentage )?point",
          r"(?<![\d.])25 ?(basis points?|bps?|bp)\b"
          r"|(?<![\d.])0?\.25 ?(percentage points?|pp|points?)|quarter(-"
          r"| )(of a )?(percentage )?point"),
    _case("cb-AF4", "central bank", "who dissented", True, [
          "WASHINGTON — The Federal Reserve left interest rates unchanged on Wednesday for a "
          "fifth straight meeting, keeping its benchmark rate in a range of 4.25% to 4.5%, "
          "but two governors broke ranks in favour of a cut. Governors Christopher Waller and "
          "Michelle Bowman dissented, the first time two governors have done so since 1993. "
          "Chair Jerome Powell said the committee was well placed to wait for more data. "
          "President Donald Trump has repeatedly called for lower rates. The vote was 9-2.",
          "TOKYO — The U.S. central bank held its policy rate steady at 4.25-4.50% on "
          "Wednesday in Washington, in a 9-2 decision that exposed divisions at the top of "
          "the Fed. The two dissenters, governors Christopher Waller and Adriana Kugler, "
          "argued that a quarter-point cut was warranted now. Asian stocks were mixed on "
          "Thursday as investors digested Powell's remarks. 'Nothing has been decided about "
          "the next meeting,' Powell said at his news conference.\nRead more: Yen weakens "
          "past 149 per dollar",
          ], ["2025-07-30", "2025-07-31"],
          r"bowman",
          r"kugler"),
    _case("cb-AF5", "central bank", "date of next meeting", True, [
          "FRANKFURT (Reuters) — The European Central Bank kept interest rates unchanged on "
          "Thursday, pausing after eight consecutive cuts as policymakers waited to see how "
          "U.S. tariffs would affect the euro zone. The deposit rate stays at 2%. President "
          "Christine Lagarde said the bank was in a good place and declined to commit to any "
          "future move. Inflation in the euro area is at the ECB's 2% target. The next policy "
          "meeting is on Sept. 11. Economists are split over whether one more cut will come "
          "this year.",
          "The ECB left its key rates on hold, as expected, ending a year-long run of "
          "reductions. Its deposit facility rate remains at 2.00 per cent. 'We are watching "
          "and waiting,' Lagarde told reporters in Frankfurt, stressing that trade "
          "uncertainty remained high.\nAdvertisement\nMarkets trimmed bets on a further cut. "
          "Policymakers will next meet on 18 September, when new staff projections will be "
          "published. Euro-zone inflation was 2.0 per cent in June.",
          ], ["2025-07-24", "2025-07-24"],
          r"sep(t(ember)?)?\.? 11\b|2025-09-11|\b11 sep",
          r"sep(t(ember)?)?\.? 18\b|2025-09-18|\b18 sep"),
    _case("cb-AF6", "central bank", "weekday vs date", True, [
          "MUMBAI — The Reserve Bank of India on Friday delivered a bigger-than-expected cut "
          "to its key repo rate, lowering it by 50 basis points to 5.5%, and slashed the cash "
          "reserve ratio for banks by 100 basis points. The six-member Monetary Policy "
          "Committee voted unanimously for the rate cut. Governor Sanjay Malhotra said the "
          "move was front-loaded to support growth as inflation cools. The central bank also "
          "changed its stance to neutral from accommodative. Retail inflation eased to 3.16% "
          "in April. Bank stocks rallied in Mumbai after the announcement.",
          "In its June 5 policy announcement, the RBI surprised markets with a "
          "half-percentage-point cut in the repo rate, now 5.50 per cent, alongside a "
          "one-percentage-point reduction in the CRR to 3 per cent. All six MPC members voted "
          "for the repo cut. Malhotra told reporters that monetary policy could only do so "
          "much and that the economy needed growth.\nSubscribe for daily market updates\nThe "
          "stance was shifted to neutral. The Nifty Bank index jumped more than 1 per cent.",
          ], ["2025-06-06", "2025-06-06"],
          r"friday|june 6\b|jun\.? 6\b|2025-06-06|\b6 june",
          r"thursday|june 5\b|jun\.? 5\b|2025-06-05|\b5 june"),
    _case("cb-AF7", "central bank", "control: JST vs GMT, bp vs pp, names two ways", False, [
          "TOKYO (Reuters) — The Bank of Japan raised its short-term policy rate to 0.5% from "
          "0.25% on Friday, the highest level in 17 years, and signalled more increases if "
          "the economy performs as expected. The decision was announced at around 12:20 p.m. "
          "Tokyo time. The board voted 8-1, with member Toyoaki Nakamura dissenting. Governor "
          "Kazuo Ueda said wage increases were spreading across a wide range of industries. "
          "The yen briefly strengthened against the dollar. It was the BOJ's first hike since "
          "July.",
          "The BOJ hiked its key rate by 25 basis points to 0.5 per cent, the central bank "
          "said in a statement released at around 0320 GMT. The quarter-point increase takes "
          "borrowing costs to their highest since 2008. One of the nine board members, "
          "Toyoaki Nakamura, voted against. 'If our outlook holds, we will keep lifting "
          "rates,' Ueda said at a news conference later in the day.\nAdvertisement\nJapan's "
          "core consumer inflation rose to 3% in December.",
          ], ["2025-01-24", "2025-01-24"]),
    _case("rocket-AF1", "rocket", "launch time across zones (CDT vs UTC)", True, [
          "STARBASE, Texas — SpaceX launched its Starship megarocket on its tenth test flight "
          "on Tuesday evening, after scrubbing two earlier attempts because of a "
          "ground-system problem and weather. The 403-foot rocket lifted off from the "
          "company's site near Brownsville at 6:30 p.m. CDT. The Super Heavy booster "
          "performed a planned landing burn over the Gulf of Mexico before falling into the "
          "water. The Starship upper stage deployed eight dummy Starlink satellites, a first "
          "for the programme. 'Splashdown confirmed,' a SpaceX commentator said as the ship "
          "reached the Indian Ocean. NASA plans to use a version of the vehicle to land "
          "astronauts on the Moon.",
          "SpaceX's Starship flew for the tenth time on Tuesday, launching from Starbase in "
          "south Texas at 23:45 UTC after two scrubbed attempts earlier in the week.\nRead "
          "more: Starship explained in five charts\nThe ship released eight mock Starlink "
          "satellites from its payload door and later made a controlled splashdown in the "
          "Indian Ocean. The booster carried out a series of engine tests before ditching in "
          "the Gulf. Elon Musk congratulated the team in a post on X after the flight. At "
          "about 123 metres tall (403 ft), Starship is the largest rocket ever flown.",
          ], ["2025-08-26", "2025-08-27"],
          r"\b6:30|\b18:30|\b23:30|\b2330\b",
          r"\b23:45|\b2345\b|\b6:45|\b18:45"),
    _case("rocket-AF2", "rocket", "control: launch time JST vs GMT, rounding", False, [
          "TOKYO — Japan's H3 rocket lifted off from the Tanegashima Space Center on Sunday "
          "at 5:30 p.m. Japan Standard Time, carrying the Michibiki No. 6 navigation "
          "satellite into orbit, the Japan Aerospace Exploration Agency said. The satellite "
          "separated from the rocket about 29 minutes after launch. It was the fifth flight "
          "of the H3, which failed on its debut in 2023. JAXA and Mitsubishi Heavy Industries "
          "hope to fly the rocket more often from next year. 'It was a clean flight and we "
          "are relieved,' an MHI engineer told public broadcaster NHK.",
          "Japan's H3 rocket has placed a new satellite for the country's home-grown "
          "positioning system into orbit. The launch took place at 0830 GMT from the "
          "Tanegashima spaceport in southern Japan. JAXA said the Michibiki 6 satellite, also "
          "known as QZS-6, separated roughly half an hour into the flight. Japan wants seven "
          "Michibiki satellites in service, reducing its reliance on America's GPS.\nShare "
          "this article\nThe H3 is replacing the older H-IIA rocket, which is being retired.",
          ], ["2025-02-02", "2025-02-02"]),
    _case("rocket-AF3", "rocket", "booster name", True, [
          "SpaceX flew Starship for the ninth time on Tuesday, and for the first time reused "
          "a Super Heavy booster that had already been to space. The rocket, Booster 14, had "
          "launched on Flight 7 in January and was caught by the tower's chopstick arms. This "
          "time the company did not attempt a catch; instead the booster tested steeper "
          "descent angles and was lost shortly before splashdown in the Gulf. The upper "
          "stage, Ship 35, reached space but began leaking and tumbling, and broke up over "
          "the Indian Ocean. Elon Musk wrote on X that the team had plenty of good data to "
          "review. The Federal Aviation Administration said no injuries were reported.",
          "Flight 9 of Starship marked a milestone: the first reflight of a Super Heavy. "
          "SpaceX says the booster for this mission, Booster 16, first flew in January when "
          "it was caught back at the launch tower. The company chose to experiment with the "
          "booster's return profile rather than recover it, and it broke apart just before "
          "reaching the water. The Starship upper stage, Ship 35, made it to space but a leak "
          "sent it into an uncontrolled spin.\nAdvertisement\nSpaceX said the vehicle came "
          "apart over the Indian Ocean. Musk said future flights would come at a faster pace.",
          ], None,
          r"booster ?14\b|\bb-?14\b",
          r"booster ?16\b|\bb-?16\b"),
    _case("rocket-AF4", "rocket", "flight duration", True, [
          "STARBASE, Texas (AP) — SpaceX closed out the current version of its Starship "
          "rocket with an 11th test flight on Monday that went largely to plan. The flight "
          "lasted about 66 minutes, from liftoff to the ship's splashdown in the Indian "
          "Ocean. Starship again deployed eight Starlink mock-up satellites and relit one of "
          "its Raptor engines in space. The Super Heavy booster, which had flown before, "
          "hovered briefly over the Gulf of Mexico before dropping into the sea. 'What a way "
          "to finish version two,' a SpaceX engineer said on the livestream. The next "
          "Starship will be a larger, upgraded model.",
          "Starship's eleventh flight was another clean run for SpaceX. About an hour and a "
          "half after launch from south Texas on Monday evening, the ship splashed down as "
          "planned in the Indian Ocean, lighting up the night in footage from a buoy camera. "
          "It released eight dummy Starlink satellites and performed an in-space Raptor "
          "relight.\nRead more: SpaceX's next Starship will be taller\nThe reused Super Heavy "
          "booster made a controlled descent to the Gulf. NASA's acting administrator, Sean "
          "Duffy, congratulated the company on X.",
          ], ["2025-10-14", "2025-10-14"],
          r"(?<![\d.])66 ?(minutes?|mins?)|1 ?h(ours?|r)?,? ?(and )?6 ?min"
          r"|\b1:06\b|sixty-six",
          r"hour and a half|(?<![\d.])90 ?(minutes?|mins?)|\b1\.5 ?(hours?|hrs?"
          r"|h)\b|one and a half hours|\b1:30\b"),
    _case("rocket-AF5", "rocket", "weekday vs date", True, [
          "CAPE CANAVERAL, Fla. (Reuters) — Blue Origin's New Glenn rocket lifted off on "
          "Thursday afternoon carrying NASA's twin ESCAPADE probes to Mars, and the company "
          "landed the first-stage booster on a ship at sea for the first time. The launch, "
          "the second for the 98-metre rocket, came after several days of delays caused by "
          "weather and a solar storm. The booster touched down on the recovery vessel Jacklyn "
          "in the Atlantic about ten minutes after liftoff. Blue Origin chief executive Dave "
          "Limp called it a historic day for the company. The two small spacecraft will first "
          "loiter near Earth before heading to Mars next year.",
          "Blue Origin has finally nailed a booster landing. Its New Glenn rocket, launched "
          "on Nov. 12 from Cape Canaveral Space Force Station, sent NASA's ESCAPADE mission "
          "on its way and brought its first stage back down onto a barge in the Atlantic. The "
          "mission had been pushed back several times by bad weather and a powerful solar "
          "storm.\nSubscribe to our space newsletter\nESCAPADE, two identical spacecraft "
          "nicknamed Blue and Gold, will study how the solar wind strips away the Martian "
          "atmosphere. The landing came roughly 10 minutes into the flight.",
          ], ["2025-11-14", "2025-11-14"],
          r"thursday|nov(ember|\.)? 13\b|2025-11-13|\b13 nov",
          r"wednesday|nov(ember|\.)? 12\b|2025-11-12|\b12 nov"),
    _case("rocket-AF6", "rocket", "date of next attempt", True, [
          "BRISBANE — Australian company Gilmour Space scrubbed the maiden launch of its Eris "
          "rocket on Thursday after a problem with a ground valve was detected during "
          "fuelling, the company said. The 25-metre rocket had been due to lift off from the "
          "Bowen Orbital Spaceport in north Queensland. Chief executive Adam Gilmour said the "
          "team would take whatever time was needed to get it right. The company said it "
          "would try again no earlier than May 19. Eris would be the first Australian-made "
          "rocket to attempt to reach orbit from Australian soil. The flight is not carrying "
          "a customer payload.",
          "Gilmour Space's first orbital attempt has been called off for now. A valve fault "
          "on the ground support equipment showed up during propellant loading, forcing the "
          "scrub, the Gold Coast-based company said.\nAdvertisement\nA new attempt is "
          "pencilled in for May 21, subject to weather and range approvals. If it succeeds, "
          "Eris will become the first home-grown rocket to reach orbit from Australia. "
          "'Getting off the pad would already be a win,' Adam Gilmour said in a video posted "
          "online.",
          ], ["2025-05-15", "2025-05-15"],
          r"may 19\b|2025-05-19|\b19 may",
          r"may 21\b|2025-05-21|\b21 may"),
    _case("rocket-AF7", "rocket", "control: PT vs UTC across midnight, km vs miles", False, [
          "VANDENBERG SPACE FORCE BASE, Calif. — A SpaceX Falcon 9 rocket launched 24 "
          "Starlink internet satellites from California on Thursday night, lifting off at "
          "9:45 p.m. PT. The first-stage booster landed on the droneship Of Course I Still "
          "Love You in the Pacific Ocean about eight and a half minutes after liftoff, "
          "completing its 20th flight. The satellites are headed for an orbit roughly 550 "
          "kilometers (340 miles) above Earth. Residents across Southern California reported "
          "seeing the rocket's glowing plume in the night sky.",
          "SpaceX sent another 24 Starlink satellites into low Earth orbit early on Friday, "
          "launching from Vandenberg in California at 04:45 UTC. The Falcon 9 booster, on its "
          "twentieth mission, came down on a drone ship in the Pacific roughly 8.5 minutes "
          "into the flight.\nShare this article\nThe satellites will operate at an altitude "
          "of about 340 miles. Starlink now has more than 7,000 satellites in orbit.",
          ], ["2025-03-13", "2025-03-14"]),
    _case("quake-AF1", "earthquake", "clock time across zones (JST vs GMT)", True, [
          "TOKYO — A magnitude 6.6 earthquake struck off Japan's southwestern island of "
          "Kyushu on Monday night, prompting a tsunami advisory for Miyazaki and Kochi "
          "prefectures, the Japan Meteorological Agency said. The quake hit at 9:19 p.m. JST "
          "at a depth of about 36 kilometres, centred in the Hyuganada Sea. Small waves were "
          "observed at Miyazaki port. There were no immediate reports of serious damage, and "
          "the Nuclear Regulation Authority said no abnormalities were found at nuclear "
          "plants in the region. The advisory was later lifted.",
          "A strong earthquake of magnitude 6.6 shook southern Japan on Monday, the country's "
          "weather agency said. The quake struck at 13:19 GMT in the Hyuganada Sea off "
          "Miyazaki, at a depth of 36 km.\nRead more: How Japan's megaquake advisory "
          "works\nAuthorities issued a tsunami advisory for coastal areas of Miyazaki and "
          "Kochi, later lifting it. Local media reported a few minor injuries but no deaths. "
          "'Please stay away from the coast,' a JMA official urged at a late-night news "
          "conference.",
          ], ["2025-01-13", "2025-01-13"],
          r"\b9:19|\b21:19|\b12:19|\b1219\b",
          r"\b13:19|\b1319\b|\b10:19|\b22:19"),
    _case("quake-AF2", "earthquake", "death toll at the same moment", True, [
          "TEHRAN — At least 127 people were killed and more than 400 injured when a "
          "magnitude 6.1 earthquake struck north-eastern Iran, the provincial crisis "
          "management office said in its update at 6 p.m. local time on Tuesday. The quake "
          "hit near the town of Kashmar in Razavi Khorasan province shortly before dawn, "
          "flattening mud-brick homes in several villages. Rescue teams from the Red Crescent "
          "were still searching for survivors under the rubble. 'Many villages are cut off "
          "because of landslides,' a provincial official told state television. The U.S. "
          "Geological Survey put the depth at 10 kilometres.",
          "The death toll from the earthquake in Iran's Razavi Khorasan province stood at 95 "
          "on Tuesday evening, according to the provincial crisis management office's 6 p.m. "
          "figures. More than 400 people were hurt. The 6.1-magnitude tremor struck before "
          "sunrise near Kashmar, destroying many traditional homes.\nAdvertisement\nRed "
          "Crescent rescuers were digging through collapsed buildings in remote villages. The "
          "USGS said the quake was shallow, at 10 km.",
          "Iranian state media, citing the Razavi Khorasan crisis management office, said 95 "
          "people had died as of 6 p.m. Tuesday. The magnitude 6.1 earthquake destroyed "
          "hundreds of rural homes around Kashmar. More than 400 injured people were taken to "
          "hospitals in Kashmar and the provincial capital, Mashhad.\nShare this "
          "article\nIran sits on several major fault lines and suffers frequent earthquakes.",
          ], ["2025-09-02", "2025-09-02", "2025-09-02"],
          r"(?<![\d.,])127(?!\d|[.,]\d)",
          r"(?<![\d.,])95(?!\d|[.,]\d)"),
    _case("quake-AF3", "earthquake", "control: death toll updated, dates show order", False, [
          "YANGON/BANGKOK (Reuters) — A magnitude 7.7 earthquake struck central Myanmar on "
          "Friday, killing at least 144 people and injuring 732, the country's military "
          "government said. The quake hit at 12:50 p.m. local time, with its epicentre near "
          "the city of Sagaing, close to Mandalay, at a shallow depth of 10 km. In "
          "neighbouring Thailand, a high-rise under construction in Bangkok collapsed, "
          "killing at least 10 people. Junta chief Min Aung Hlaing made a rare appeal for "
          "international aid. Hospitals in Naypyitaw were overwhelmed.",
          "The number of people killed by Friday's magnitude 7.7 earthquake in Myanmar rose "
          "to 1,002 on Saturday, with 2,376 injured, the military government said. Rescuers "
          "in Mandalay were digging by hand through the rubble of collapsed apartment blocks. "
          "In Bangkok, the search went on at the fallen tower, where dozens of workers are "
          "still missing.\nAdvertisement\nThe quake's epicentre was near Sagaing, at a depth "
          "of 10 km.",
          "Myanmar's death toll from Friday's earthquake has risen to 1,700, with about 3,400 "
          "people injured and some 300 still missing, the junta said on Sunday. The "
          "7.7-magnitude quake, centred near Sagaing at a depth of 10 kilometres, struck at "
          "lunchtime, toppling pagodas and bridges. In Thailand, the number of deaths rose to "
          "18, most of them at the site of the collapsed tower in Bangkok.\nRead more: Why "
          "the Sagaing fault is so dangerous\nAid teams from China, India and Russia have "
          "arrived in Mandalay.",
          ], ["2025-03-28", "2025-03-29", "2025-03-30"]),
    _case("quake-AF4", "earthquake", "number of aftershocks", True, [
          "ISTANBUL — A magnitude 6.2 earthquake rattled Istanbul on Wednesday, sending "
          "frightened residents into the streets and injuring dozens who jumped from "
          "buildings, officials said. The quake was centred in the Sea of Marmara off the "
          "district of Silivri at a depth of about 7 km, according to Turkey's disaster "
          "agency AFAD. AFAD said it had recorded more than 40 aftershocks by the evening, "
          "the largest of magnitude 5.9. Interior Minister Ali Yerlikaya said 151 people were "
          "being treated in hospital. There were no reports of collapsed buildings.\nShare "
          "this article\nWednesday was a public holiday in Turkey, and schools were closed.",
          "Istanbul was shaken by a magnitude 6.2 tremor on Wednesday, the strongest to hit "
          "the city in years. The epicentre lay under the Sea of Marmara, off Silivri, about "
          "7 kilometres deep, AFAD said. By Wednesday evening, at least 70 aftershocks had "
          "followed, one of them measuring 5.9. More than 150 people were hurt, mostly while "
          "trying to flee, according to the interior minister. 'Thankfully no building has "
          "come down,' a city official said on television. Seismologists have long warned "
          "that a much larger quake is due in the region.",
          ], ["2025-04-23", "2025-04-23"],
          r"(?<![\d.,])40(?!\d|[.,]\d)|forty",
          r"(?<![\d.,])70(?!\d|[.,]\d)|seventy"),
    _case("quake-AF5", "earthquake", "epicentre town", True, [
          "A magnitude 6.1 earthquake hit western Turkey on Sunday evening, killing one "
          "person and injuring 29, the disaster agency AFAD said. The quake was centred in "
          "Sindirgi, a district of Balikesir province, at a depth of about 11 km. An "
          "81-year-old woman was pulled alive from the rubble but later died in hospital. "
          "Around a dozen buildings collapsed, most of them already empty. Tremors were felt "
          "as far away as Istanbul and Izmir. 'Our teams are working in the field,' Interior "
          "Minister Ali Yerlikaya said.",
          "At least one person died and 29 were injured after a 6.1-magnitude quake shook "
          "Balikesir province on Sunday. The epicentre was near the town of Bigadic, "
          "according to AFAD, and the quake struck about 11 kilometres below "
          "ground.\nAdvertisement\nRescuers worked through the night in the worst-hit "
          "villages, where several old buildings gave way. The shaking was felt in Istanbul "
          "and in the Aegean city of Izmir. Officials said an elderly woman who had been "
          "rescued from a collapsed house died later.",
          ], None,
          r"s[iı]nd[iı]rg[iı]",
          r"b[iı]gad[iı]"),
    _case("quake-AF6", "earthquake", "duration of shaking", True, [
          "NEW DELHI — A magnitude 4.0 earthquake jolted Delhi and surrounding areas early on "
          "Monday, waking residents and sending some running out of their homes. The tremor "
          "struck at 5:36 a.m. IST with its epicentre near Dhaula Kuan in south-west Delhi, "
          "at a shallow depth of 5 km, the National Centre for Seismology said. Residents "
          "described shaking that lasted around 20 seconds, accompanied by a loud rumbling. "
          "Prime Minister Narendra Modi urged people to stay calm and watch for possible "
          "aftershocks. There were no reports of damage.",
          "Delhi woke up to a jolt on Monday morning. The National Centre for Seismology said "
          "the 4.0-magnitude quake struck at 0006 GMT, with the epicentre in the Dhaula Kuan "
          "area at a depth of 5 kilometres. Because it was so shallow, the shaking felt "
          "unusually strong and lasted nearly a minute, several residents told this site. 'It "
          "was like a train running right under the building,' said a shopkeeper in Karol "
          "Bagh.\nAdvertisement\nOfficials reported no injuries or damage.",
          ], ["2025-02-17", "2025-02-17"],
          r"(?<![\d.])20 ?(seconds?|secs?|s)\b|twenty seconds",
          r"\bminute\b|\b1 ?min\b|(?<![\d.])[56]\d ?(seconds?|secs?|s)\b"),
    _case("quake-AF7", "earthquake",
          "control: local time vs ET/GMT across midnight, km vs miles", False, [
          "PETROPAVLOVSK-KAMCHATSKY, Russia — A magnitude 8.8 earthquake, one of the "
          "strongest ever recorded, struck off Russia's Kamchatka Peninsula at 11:24 a.m. "
          "local time on Wednesday, triggering tsunami warnings across the Pacific. The quake "
          "was centred about 119 km east-southeast of Petropavlovsk-Kamchatsky at a depth of "
          "20.7 km, according to the U.S. Geological Survey. Waves flooded the port of "
          "Severo-Kurilsk, regional officials said. Several people were injured, but no "
          "deaths were reported. The regional governor told residents in a video message that "
          "everyone was safe.",
          "A massive magnitude 8.8 earthquake hit off Russia's far east at 7:24 p.m. ET on "
          "Tuesday (2324 GMT), the USGS said, setting off tsunami alerts from Japan to Hawaii "
          "and the U.S. West Coast. The epicentre was roughly 74 miles east-southeast of "
          "Petropavlovsk-Kamchatsky, about 13 miles below the seabed.\nRead more: What to do "
          "if a tsunami warning is issued where you are\nIn the Russian port town of "
          "Severo-Kurilsk, water surged into the streets. Russian officials reported injuries "
          "but no fatalities.",
          ], ["2025-07-30", "2025-07-29"]),
    _case("elec-AF1", "election", "vote share", True, [
          "WARSAW (Reuters) — Conservative historian Karol Nawrocki won Poland's presidential "
          "runoff with 50.89% of the vote, narrowly beating liberal Warsaw mayor Rafal "
          "Trzaskowski, final results from the National Electoral Commission showed on "
          "Monday. Turnout was a record 71.63%. The result is a blow to Prime Minister Donald "
          "Tusk's pro-EU government, which had hoped a Trzaskowski win would end presidential "
          "vetoes of its reforms. Nawrocki, backed by the nationalist Law and Justice party, "
          "will be sworn in on Aug. 6. 'Tonight belongs to everyone who believed,' he told "
          "supporters on Sunday night.",
          "Karol Nawrocki will be Poland's next president. The PKW electoral commission said "
          "on Monday that the 42-year-old had taken 52.89 per cent in Sunday's second round "
          "against Rafał Trzaskowski, the Civic Coalition candidate. Turnout reached 71.63 "
          "per cent, the highest ever in a Polish presidential vote.\nSubscribe to our Europe "
          "briefing\nNawrocki's victory means Donald Tusk's coalition will have to keep "
          "working with a hostile head of state. He takes office in August.",
          ], ["2025-06-02", "2025-06-02"],
          r"50[.,]89|50[.,]9(?!\d)",
          r"52[.,]89|52[.,]9(?!\d)"),
    _case("elec-AF2", "election", "winning margin in points", True, [
          "TRENTON, N.J. (AP) — Democrat Mikie Sherrill was elected governor of New Jersey on "
          "Tuesday, defeating Republican Jack Ciattarelli by about 13 percentage points in a "
          "race that had been expected to be close. Sherrill, a former Navy helicopter pilot "
          "and four-term congresswoman, will succeed fellow Democrat Phil Murphy in January. "
          "She ran on a promise to freeze utility rates. 'New Jersey chose to move forward "
          "tonight,' she told supporters. Ciattarelli conceded late Tuesday night.",
          "Mikie Sherrill's nine-point win over Jack Ciattarelli in the New Jersey governor's "
          "race was wider than almost any pre-election poll "
          "suggested.\nAdvertisement\nDemocrats also held the Virginia governorship, where "
          "Abigail Spanberger won comfortably. Sherrill, who represents a north Jersey "
          "district in Congress, focused her campaign on electricity prices. Ciattarelli, "
          "making his third run for governor, called Sherrill to concede. She will be sworn "
          "in early next year.",
          ], ["2025-11-05", "2025-11-05"],
          r"(?<![\d.])13 ?-?(percentage[- ]points?|points?|pts?|pp)\b|thirteen"
          r"|^\D*13\D*$",
          r"(?<![\d.])9 ?-?(percentage[- ]points?|points?|pts?|pp)\b|\bnine\b"
          r"|^\D*9\D*$"),
    _case("elec-AF3", "election", "poll closing time across zones (AEST vs GMT)", True, [
          "SYDNEY — Polls closed at 6 p.m. AEST on Saturday in Australia's eastern states, "
          "and early counting showed Prime Minister Anthony Albanese's Labor Party on course "
          "for a second term. Voting is compulsory in Australia, and more than 18 million "
          "people were enrolled. Opposition leader Peter Dutton, whose Liberal-National "
          "coalition had led in polls earlier in the year, faced a possible loss of his own "
          "seat of Dickson. Voters in Western Australia, two hours behind, were still casting "
          "ballots. 'Thank you for trusting us again,' Albanese later told supporters.",
          "Australians voted on Saturday in a federal election dominated by cost-of-living "
          "worries and the fallout from U.S. tariffs. Voting ended at 0900 GMT along the "
          "populous east coast, and the Australian Broadcasting Corporation soon projected "
          "that Labor would be returned to government.\nShare this article\nMore than 18 "
          "million Australians were on the electoral roll. Liberal leader Peter Dutton was "
          "fighting to hold Dickson, his Brisbane-area seat. Western Australia's polling "
          "stations closed two hours later.",
          ], ["2025-05-03", "2025-05-03"],
          r"\b6(:00)? ?p\.? ?m|\b18:00|\b08:00|\b0800\b|\b8(:00)? ?a\.? ?m",
          r"\b09:00|\b0900\b|\b7(:00)? ?p\.? ?m|\b19:00|\b9(:00)? ?a\.? ?m"),
    _case("elec-AF4", "election", "control: vote count updated, dates show order", False, [
          "LAS VEGAS — Republican Mark Halvorsen held a lead of 3,112 votes over Democrat "
          "Lena Ortiz in the race for Nevada's 3rd Congressional District on Thursday, with "
          "about 85% of ballots counted, according to the secretary of state's office. Mail "
          "ballots postmarked by Election Day can still arrive until Saturday. Ortiz's "
          "campaign said it was confident the remaining votes would favour her. 'Every vote "
          "deserves to be counted,' she said in a statement. The Associated Press has not "
          "called the race.",
          "Republican Mark Halvorsen's lead over Democrat Lena Ortiz in Nevada's 3rd District "
          "has narrowed to 1,840 votes as of Monday night, with roughly 98% of the vote "
          "counted, state election officials said. Late-arriving mail ballots broke heavily "
          "in Ortiz's favour over the weekend.\nRead more: The House races still too close to "
          "call\nHalvorsen said he would wait for every legal ballot to be counted before "
          "commenting further. The seat is one of a handful that will decide the size of the "
          "House majority.",
          ], ["2024-11-07", "2024-11-12"]),
    _case("elec-AF5", "election", "turnout", True, [
          "TOKYO (Reuters) — Japan's ruling coalition lost its majority in the upper house of "
          "parliament in Sunday's election, piling pressure on Prime Minister Shigeru Ishiba. "
          "The Liberal Democratic Party and its junior partner Komeito won 47 seats, short of "
          "the 50 they needed to keep control of the chamber, according to public broadcaster "
          "NHK. Turnout was 58.51%, the internal affairs ministry said. The populist Sanseito "
          "party, which campaigned on a 'Japanese first' platform, won 14 seats. Ishiba said "
          "he would stay on to deal with U.S. tariff negotiations.",
          "Voters dealt Japan's governing bloc a heavy blow on Sunday, stripping the LDP and "
          "Komeito of their upper-house majority. The coalition ended with 47 seats, three "
          "fewer than it needed. Turnout stood at 52.1 per cent, according to the Ministry of "
          "Internal Affairs and Communications.\nAdvertisement\nThe anti-immigration Sanseito "
          "party was the big winner, taking 14 seats. 'As leader of the largest party, I have "
          "a duty to carry on,' Ishiba said.",
          "TOKYO — Final figures from the internal affairs ministry put turnout in Sunday's "
          "House of Councillors election at 58.51 percent, up more than six points from the "
          "previous upper house vote. Prime Minister Shigeru Ishiba's coalition won 47 seats, "
          "leaving it without a majority in either chamber of the Diet. Sanseito's 14 seats "
          "made it one of the biggest winners of the night. Ishiba told a news conference he "
          "had no plans to resign.",
          ], ["2025-07-21", "2025-07-21", "2025-07-22"],
          r"58[.,]5",
          r"52[.,]1(?!\d)"),
    _case("elec-AF6", "election", "runoff date", True, [
          "SANTIAGO (AP) — Communist Party member Jeannette Jara and far-right former "
          "congressman José Antonio Kast will face each other in a presidential runoff on "
          "Dec. 14 after neither won a majority in Chile's first round on Sunday. With nearly "
          "all votes counted, Jara had 26.8% and Kast 23.9%, the electoral service Servel "
          "said. Populist economist Franco Parisi came a surprise third. Kast is widely seen "
          "as the favourite in the second round, since most right-wing voters are expected to "
          "back him. 'Chile needs order and security,' Kast told cheering supporters.",
          "Chile is heading for a left-right showdown. Jeannette Jara, the governing "
          "coalition's candidate, topped Sunday's first round with 26.8 per cent, ahead of "
          "the Republican Party's José Antonio Kast with 23.9 per cent, according to Servel. "
          "The two will meet again in a runoff on December 21.\nSubscribe to our Latin "
          "America newsletter\nFranco Parisi of the Party of the People finished third, ahead "
          "of libertarian Johannes Kaiser and conservative Evelyn Matthei.",
          ], None,
          r"dec(ember|\.)? 14\b|2025-12-14|\b14 dec",
          r"dec(ember|\.)? 21\b|2025-12-21|\b21 dec"),
    _case("elec-AF7", "election", "control: KST vs ET across midnight, rounding", False, [
          "SEOUL — Liberal Lee Jae-myung was confirmed as South Korea's new president at 6:21 "
          "a.m. on Wednesday, when the National Election Commission formally declared him the "
          "winner of the snap election. Lee won 49.42% of the vote, defeating conservative "
          "Kim Moon-soo, who took 41.15%. Turnout was 79.4%, the highest for a presidential "
          "election since 1997. Lee took office hours later without the usual transition, "
          "because the post had been vacant since Yoon Suk Yeol's removal. 'I will serve "
          "those who voted against me as well,' Lee said.",
          "South Korea's election commission certified Lee Jae-myung's victory at 5:21 p.m. "
          "ET on Tuesday, capping a campaign triggered by the impeachment of former President "
          "Yoon Suk Yeol over his brief declaration of martial law. Lee, of the Democratic "
          "Party, received about 49.4% of the vote to 41.2% for Kim Moon-soo of the People "
          "Power Party, according to the NEC. Turnout came in at 79.4%.\nRead more: Who is "
          "Lee Jae-myung?\nLee is expected to be sworn in within hours, on Wednesday local "
          "time. Kim conceded defeat and congratulated Lee.",
          ], ["2025-06-04", "2025-06-03"]),
    _case("elec-AF8", "election",
          "control: shares of different candidates, two quotes, rounding", False, [
          "NEW YORK — Democrat Zohran Mamdani was elected mayor of New York City on Tuesday, "
          "winning 50.4% of the vote to 41.6% for former Governor Andrew Cuomo, who ran as an "
          "independent. Republican Curtis Sliwa trailed with 7.1%. More than 2 million New "
          "Yorkers cast ballots, the most in a mayoral race in decades. 'New York will be a "
          "city people can afford again,' Mamdani told a crowd in Brooklyn. The 34-year-old "
          "state assemblyman will take office on Jan. 1.",
          "Zohran Mamdani, a democratic socialist from Queens, won New York's mayoral "
          "election with just over 50 per cent of the vote. Andrew Cuomo received about 42 "
          "per cent and Curtis Sliwa about 7 per cent, according to unofficial returns. 'This "
          "city belongs to the people who keep it running,' Mamdani said in his victory "
          "speech.\nShare this article\nTurnout topped two million voters. Mamdani becomes "
          "the city's first Muslim mayor.",
          ], ["2025-11-05", "2025-11-05"]),
]
