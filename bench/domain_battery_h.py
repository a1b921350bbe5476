"""Domain battery, part H: held-out discrepancy cases for issue 11.

Part H, written by engineer H1 on 2026-12-05 (tenth session) without reading the
reconcile rules or other parts, before any run. A held-out part, scored with
``bench/bench_domain_battery.py H``.

Domains: US-China trade talks/tariffs, court rulings, central-bank decisions, rocket
test flights, earthquakes, elections. Must-report cases (report=True) plant exactly one
genuine disagreement between outlets; ``a``/``b`` are regexes for the lower-cased side
values. Controls (report=False) tell the same facts differently and must produce no
discrepancy at all. All texts were written for this battery; facts are real or
plausible-invented.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "H", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---- US-China trade ------------------------------------------------------------------
    _case("trade-H1", "trade", "duration", True, [
        "GENEVA (Reuters) — Senior U.S. and Chinese officials ended a first day of trade talks in "
        "Geneva on Sunday after close to six hours of closed-door discussions at the residence of "
        "the Swiss ambassador to the United Nations, according to two people briefed on the "
        "meeting. The session was the first face-to-face contact between the two sides since "
        "Washington raised duties on Chinese imports earlier in the spring. Neither delegation "
        "spoke to reporters waiting outside the villa. A Swiss foreign ministry spokesman said "
        "the host country was \"pleased to offer a discreet venue.\" The talks are expected to "
        "resume on Monday morning. Chinese exports to the United States fell 21% in April from a "
        "year earlier, customs data showed last week.",
        "Trade talks between Washington and Beijing wrapped up for the day in Geneva on Sunday. "
        "The meeting, held behind closed doors at the Swiss UN ambassador's residence, went on "
        "for three and a half hours, a person familiar with the matter said. It marked the first "
        "time officials from both countries had sat down together since the latest round of "
        "tariff increases. Advertisement Reporters camped outside the villa got no comment from "
        "either team. Discussions are due to continue Monday. Official Chinese customs figures "
        "released last week showed shipments to the U.S. down 21 per cent year on year in April.",
    ], ["2025-05-11", "2025-05-11"],
        r"\b(six|6) ?(hours?|hrs?|h\b)|(?<![\d.])360 ?min",
        r"three and a half hours|(?<![\d.])3\.5 ?(hours?|hrs?|h\b)"
        r"|(?<![\d.])3 ?h(ou)?rs? ?(and )?30|(?<![\d.])210 ?min"),
    _case("trade-H2", "trade", "clock time across zones", True, [
        "KUALA LUMPUR, Oct 25 — American and Chinese negotiators opened a fresh round of trade "
        "talks in the Malaysian capital on Saturday, with the meeting starting at 9:30 a.m. local "
        "time at the Merdeka 118 tower, officials said. Treasury Secretary Scott Bessent and Vice "
        "Premier He Lifeng are leading the two delegations. The talks come days before a planned "
        "meeting between the two countries' leaders on the sidelines of the APEC summit in South "
        "Korea. Malaysia, which holds the rotating ASEAN chair this year, is hosting the talks as "
        "a courtesy. \"We expect frank discussions,\" a Malaysian trade ministry official told "
        "reporters.",
        "Washington and Beijing sat down again late Friday U.S. time, with the session in Kuala "
        "Lumpur getting under way at 11:30 p.m. Eastern, according to a schedule shared with "
        "reporters travelling with the American delegation. U.S. Treasury chief Scott Bessent "
        "heads the American side; China is represented by Vice Premier He Lifeng. Malaysia, this "
        "year's chair of ASEAN, offered the venue. The round is meant to clear the ground before "
        "the presidents meet at the APEC gathering in South Korea. Share this article",
    ], None,
        r"(?<![\d:])9:30|09:30|(?<!\d)0930|21:30|(?<![\d:])01:30|(?<!\d)0130",
        r"(?<![\d:])11:30|23:30|(?<![\d:])03:30|(?<!\d)0330"),
    _case("trade-H3", "trade", "who led a delegation", True, [
        "LONDON (AP) — Officials from the United States and China met at Lancaster House in "
        "central London on Monday for a new round of negotiations aimed at shoring up a fragile "
        "tariff truce. China's delegation was led by Vice Premier He Lifeng, Beijing's point man "
        "on economic affairs. The American side included Treasury Secretary Scott Bessent and "
        "Commerce Secretary Howard Lutnick. Export controls on rare earth magnets were expected "
        "to dominate the agenda. The British government is not taking part in the talks, a "
        "Downing Street spokesperson said. Related: What the Geneva truce did and did not settle",
        "Monday's meeting in London brought the world's two largest economies back to the table. "
        "Beijing's team was headed by Commerce Minister Wang Wentao, according to the state news "
        "agency Xinhua, while Washington sent Treasury Secretary Scott Bessent and Commerce "
        "Secretary Howard Lutnick. The venue, Lancaster House, is a historic government mansion "
        "near St James's Park. Rare earths, and the magnets made from them, are understood to be "
        "top of the list. Britain is hosting but is not a participant. The talks may run into a "
        "second day, officials indicated.",
    ], ["2025-06-09", "2025-06-09"],
        r"lifeng|vice premier",
        r"wentao|commerce minister"),
    _case("trade-H4", "trade", "person's title", True, [
        "WASHINGTON — U.S. Trade Representative Jamieson Greer said Thursday that Washington and "
        "Beijing had agreed on a process for monitoring China's purchases of American soybeans, "
        "describing the arrangement as \"a floor, not a ceiling.\" Speaking at a think-tank "
        "event, Greer said the two sides would review the purchases every quarter. China bought "
        "no U.S. soybeans from this autumn's harvest until late October, according to trade data. "
        "Farm groups welcomed the news but said they wanted to see signed contracts. Greer did "
        "not say how large the first tranche would be.",
        "Farmers got a rare piece of good news on Thursday when Deputy Commerce Secretary "
        "Jamieson Greer told an audience in Washington that the U.S. and China have settled on a "
        "way to track Chinese soybean buying. \"Think of it as a floor, not a ceiling,\" Greer "
        "said. Under the plan, purchases are to be reviewed on a quarterly basis. Until late "
        "October, China had not bought a single bushel of this season's American crop. The Iowa "
        "Soybean Association said in a statement that growers want to see contracts signed. "
        "Photo: Soybeans are loaded onto a truck at a grain elevator in Illinois.",
    ], ["2025-11-13", "2025-11-13"],
        r"trade representative|ustr",
        r"commerce"),
    _case("trade-H5", "trade", "length of tariff pause", True, [
        "WASHINGTON (Reuters) — President Donald Trump on Monday signed an executive order "
        "extending a pause on steeper tariffs on Chinese imports by 90 days, hours before the "
        "previous truce was due to lapse. The extension keeps a baseline duty in place while "
        "negotiators continue to work on a broader deal. China's commerce ministry said in a "
        "statement that Beijing would extend its own suspension for the same period. Retailers, "
        "who are stocking up ahead of the holiday season, had lobbied hard for the delay.",
        "TRADE BRIEFING: The White House has bought itself more time. A 60-day extension of the "
        "tariff truce with Beijing was signed by the president on Monday, just before the old one "
        "ran out. Beijing matched the move, the Ministry of Commerce said. For importers, the "
        "practical effect is that the current baseline rates stay put for now. Read more: How the "
        "holiday shipping season is shaping up",
        "The tariff truce between the United States and China will run for another 90 days after "
        "Mr Trump put his signature to an order on Monday. The previous pause had been due to end "
        "at 12:01 a.m. on Tuesday. China's Ministry of Commerce said Beijing would do likewise. "
        "US retailers had urged the administration to avoid a sudden jump in import costs in the "
        "run-up to Christmas.",
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
        r"(?<![\d.])90[- ]?days?|ninety|(?<![\d.])90\b|three months",
        r"(?<![\d.])60[- ]?days?|sixty|(?<![\d.])60\b|two months"),
    _case("trade-H6", "trade", "speaker credited with a quote", True, [
        "WASHINGTON — \"We are not going to be rushed into a bad deal,\" Commerce Secretary "
        "Howard Lutnick told CNBC on Tuesday, as friction between Washington and Beijing over "
        "chip export curbs and rare earth restrictions showed no sign of easing. U.S. stocks "
        "dipped on the remarks before recovering much of the lost ground, and the S&P 500 closed "
        "0.3% lower. Officials on both sides have accused each other of breaking the spirit of "
        "the truce agreed in the spring. No date has been set for the next round of talks.",
        "Markets wobbled on Tuesday after a top administration official signalled that the U.S. "
        "is in no hurry to strike a deal with China. \"We are not going to be rushed into a bad "
        "deal,\" Treasury Secretary Scott Bessent said in an interview with CNBC. The S&P 500 "
        "finished down 0.3 per cent, having been lower earlier in the session. Relations have "
        "soured in recent weeks over American limits on advanced chip sales and China's controls "
        "on rare earth exports. A date for further talks has yet to be set.",
    ], None,
        r"lutnick|commerce secretary",
        r"bessent|treasury secretary"),
    _case("trade-H7", "trade", "control: ministry named two ways, rounding", False, [
        "BEIJING — China's Ministry of Commerce said on Thursday it would suspend for one year "
        "the ban on exports of gallium, germanium and antimony to the United States that it "
        "announced last December, following the leaders' meeting in South Korea. The ministry "
        "said the decision would take effect immediately. Chinese exports of rare earths rose "
        "4.2% in October from a year earlier, separate customs data showed. Analysts said the "
        "move signalled a thaw.",
        "Beijing will lift its curbs on shipments of gallium, germanium and antimony to the U.S. "
        "for a year, the commerce ministry announced Thursday, with immediate effect. The "
        "restrictions had been imposed last December. Analysts said the step had been expected "
        "after the two presidents met in South Korea, and saw it as a sign of warming ties. "
        "Separately, China's rare earth exports were up roughly 4 per cent on the year in "
        "October, according to customs figures. Advertisement",
    ], None),
    _case("trade-H8", "trade",
          "control: same moment, different calendar days (time zones)",
          False, [
        "GENEVA — U.S. and Chinese negotiators wrapped up two days of talks in Geneva late on "
        "Sunday, with both sides describing the discussions as productive. The meeting broke up "
        "at about 8 p.m. local time, according to a U.S. official. Treasury Secretary Scott "
        "Bessent told reporters that \"substantial progress\" had been made and that details "
        "would follow. A joint statement is expected. Markets in Asia will be the first to react.",
        "China and the United States concluded their high-level economic and trade talks in "
        "Geneva at around 2 a.m. on Monday, Beijing time, after two days of meetings that both "
        "delegations called productive. Vice Premier He Lifeng told reporters the exchanges had "
        "been \"candid, in-depth and constructive.\" A joint statement would be released, he "
        "said. Investors in Shanghai and Hong Kong are watching closely as trading opens on "
        "Monday.",
    ], ["2025-05-11", "2025-05-12"]),
    _case("trade-H9", "trade", "control: old and new tariff rates are different figures", False, [
        "BEIJING/WASHINGTON — The United States and China agreed on Monday to slash the tariffs "
        "they had imposed on each other's goods for an initial 90 days, a deal that sent stock "
        "markets sharply higher. Under the arrangement, U.S. duties on most Chinese imports will "
        "fall from 145% to 30%, while China's levies on American products will drop from 125% to "
        "10%. The reductions take effect on May 14. \"This is a good first step,\" Treasury "
        "Secretary Scott Bessent said in Geneva.",
        "Washington will lower the extra duty on Chinese imports to 30 per cent and Beijing will "
        "cut its retaliatory tariff on US goods to 10 per cent for an initial period of 90 days, "
        "starting May 14, the two governments announced on Monday. Before the agreement the "
        "American levy stood at 145 per cent. Markets in Asia, Europe and the US rallied on the "
        "news. Talks on a longer-term arrangement will continue, officials said.",
    ], None),
    # ---- court rulings -------------------------------------------------------------------
    _case("court-H1", "court", "vote split of justices", True, [
        "WASHINGTON — The Supreme Court on Friday ruled 6-3 that federal district judges lack the "
        "power to issue nationwide injunctions blocking government policies, a major win for the "
        "administration. Justice Amy Coney Barrett wrote the majority opinion. Justice Sonia "
        "Sotomayor read a dissent from the bench. The case arose from challenges to an executive "
        "order on birthright citizenship, though the court did not rule on whether the order "
        "itself is lawful. Lower courts will now have to revisit the injunctions they issued.",
        "In a 5-4 decision handed down on Friday, SCOTUS curtailed the ability of individual "
        "district judges to freeze federal policies across the whole country. Writing for the "
        "majority, Justice Amy Coney Barrett said such sweeping orders go beyond what judges are "
        "allowed to do. Justice Sonia Sotomayor read her dissent aloud in the courtroom. The "
        "justices did not decide whether the underlying birthright citizenship order is "
        "constitutional. Advertisement The cases now return to the lower courts.",
    ], ["2025-06-27", "2025-06-27"],
        r"(?<![\d.])6 ?[-–‑]? ?(to )?3(?![\d.])|six[- ]to[- ]three|six[- ]three|(?<![\d.])6\b",
        r"(?<![\d.])5 ?[-–‑]? ?(to )?4(?![\d.])|five[- ]to[- ]four|five[- ]four|(?<![\d.])5\b"),
    _case("court-H2", "court", "author of majority opinion", True, [
        "The Supreme Court on Thursday unanimously threw out Mexico's $10 billion lawsuit against "
        "American gun manufacturers, ruling that a 2005 federal law shields the companies from "
        "such claims. Justice Elena Kagan wrote the opinion for the court. Mexico had argued that "
        "the manufacturers' marketing practices helped arm drug cartels. The Mexican government "
        "said it would keep pursuing other legal avenues.",
        "Mexico's attempt to hold U.S. gunmakers liable for cartel violence failed at the Supreme "
        "Court on Thursday. In an opinion by Justice Neil Gorsuch, all nine justices agreed that "
        "the lawsuit, which sought $10 billion in damages, was barred by the Protection of Lawful "
        "Commerce in Arms Act, passed in 2005. Mexico's foreign ministry said it would explore "
        "other options. Related: The long fight over gun industry immunity",
    ], None,
        r"kagan",
        r"gorsuch"),
    _case("court-H3", "court", "size of a fine", True, [
        "LUXEMBOURG — The European Union's General Court on Wednesday upheld a €1.84 billion fine "
        "imposed on Apple for restricting music-streaming rivals on its App Store, rejecting the "
        "company's appeal on all grounds. The European Commission had issued the penalty in March "
        "2024 after a complaint from Spotify. Apple said it would appeal to the Court of Justice, "
        "the bloc's highest court. Under EU rules the company has two months and ten days to "
        "lodge that appeal.",
        "Apple has lost its challenge against a €1.38bn penalty from Brussels over its treatment "
        "of music-streaming apps, after judges at the EU General Court in Luxembourg dismissed "
        "the appeal on Wednesday. The fine dates back to March 2024 and followed a complaint by "
        "Swedish streaming firm Spotify. An Apple spokesperson said the company would take the "
        "case to the Court of Justice of the EU. Photo: The Apple logo outside a store in "
        "Brussels.",
    ], None,
        r"(?<![\d.])1[.,]84(?!\d)|(?<![\d.])1[.,]8 ?(billion|bn)|(?<![\d.,])1,?84\d ?(million|m\b)",
        r"(?<![\d.])1[.,]38(?!\d)|(?<![\d.,])1,?38\d ?(million|m\b)"),
    _case("court-H4", "court", "weekday mismatch for one ruling", True, [
        "A Pennsylvania appeals court on Thursday upheld a lower court's ruling that the state's "
        "congressional map can remain in place for next year's elections, rejecting a challenge "
        "brought by a group of voters. The three-judge panel said the plaintiffs had waited too "
        "long to file their suit. Lawyers for the voters said they were reviewing the decision. "
        "Pennsylvania has 17 congressional districts.",
        "The state's congressional map survives, for now. A three-judge panel of a Pennsylvania "
        "appeals court decided Wednesday to keep the current district lines in place for 2026, "
        "finding that the voters who sued had delayed too long. The voters' attorneys said they "
        "were \"studying the opinion.\" Pennsylvania sends 17 members to the U.S. House. Read "
        "more: Redistricting fights in other states",
    ], ["2025-06-13", "2025-06-13"],
        r"thursday|june 12|2025-06-12|12 june|jun\.? 12",
        r"wednesday|june 11|2025-06-11|11 june|jun\.? 11"),
    _case("court-H5", "court", "what was decided (upheld vs overturned)", True, [
        "MADRID — Spain's Supreme Court on Monday upheld the conviction of Lucía Ferrán, a former "
        "regional transport chief in Valencia, for awarding public contracts worth millions of "
        "euros to a company run by her brother-in-law. Ferrán was sentenced in 2023 by a Valencia "
        "court to four years in prison. Her lawyer, Tomás Roig, said she would take the case to "
        "the Constitutional Court. The ruling cannot be appealed within the ordinary court system.",
        "Spain's top court on Monday overturned the conviction of Lucía Ferrán, the former head "
        "of transport in the Valencia regional government, who had been found guilty of steering "
        "public contracts to a firm owned by her brother-in-law. A Valencia court had sentenced "
        "her to four years in prison in 2023. \"Justice has been done,\" her lawyer Tomás Roig "
        "told reporters outside the Supreme Court in Madrid. The case had become a symbol of "
        "patronage in regional politics. Share this article",
    ], None,
        r"uph[eo]ld|affirm|confirm",
        r"overturn|overrul|revers|quash|annul|threw out|acquit"),
    _case("court-H6", "court", "control: two unrelated quotes of one person", False, [
        "SAN FRANCISCO — A divided panel of the 9th U.S. Circuit Court of Appeals on Thursday "
        "blocked Nevada from enforcing a 2023 law that requires social media platforms to verify "
        "the ages of users younger than 16, ruling 2-1 that it likely violates the First "
        "Amendment. The law had been challenged by a technology industry group. Nevada Attorney "
        "General Helen Marsh said her office would seek a rehearing before a larger panel. \"We "
        "will keep fighting to protect Nevada's children online,\" Marsh said in a statement.",
        "Nevada's social media age-check law stays on hold after the 9th Circuit ruled two to one "
        "on Thursday that it probably runs afoul of free-speech protections. The 2023 statute "
        "would have required platforms to confirm the age of anyone under 16. An industry trade "
        "group brought the lawsuit. Attorney General Helen Marsh, appearing at an unrelated news "
        "conference in Carson City about wildfire funding, said: \"Every rural county in this "
        "state has asked us for more help this summer.\" Advertisement",
    ], ["2025-07-31", "2025-07-31"]),
    _case("court-H7", "court", "control: court named two ways, rounding", False, [
        "WASHINGTON — The U.S. Court of Appeals for the Federal Circuit ruled 7-4 on Friday that "
        "most of President Trump's sweeping import tariffs were imposed illegally under an "
        "emergency-powers law, but allowed them to remain in effect until Oct. 14 so the "
        "administration can appeal. Customs data show the government had collected $89.4 billion "
        "under the challenged tariffs through mid-August. The White House said it would take the "
        "case to the Supreme Court.",
        "A federal appeals court has sided with the small businesses that challenged the "
        "president's global tariffs. By seven votes to four, the Federal Circuit found on Friday "
        "that the emergency law Trump relied on did not give him the power to impose the duties. "
        "The ruling does not take effect until Oct. 14, leaving time for an appeal to SCOTUS, "
        "which the White House says it will pursue. Roughly $89 billion had been collected under "
        "the levies by mid-August, per customs figures.",
    ], None),
    # ---- central banks -------------------------------------------------------------------
    _case("cb-H1", "central bank", "policy rate level", True, [
        "LONDON (Reuters) — The Bank of England kept interest rates on hold at 4% on Thursday, "
        "with the Monetary Policy Committee voting 7-2 to leave borrowing costs unchanged. Two "
        "members backed a quarter-point cut. The central bank also said it would slow the pace at "
        "which it shrinks its government bond holdings, to £70 billion over the next 12 months. "
        "Governor Andrew Bailey said inflation, at 3.8%, was expected to peak soon. Sterling was "
        "little changed.",
        "Mortgage holders hoping for relief will have to wait: the BoE left Bank Rate at 4.25 per "
        "cent. Seven of the nine MPC members voted to hold, with two preferring a 25 basis point "
        "reduction. Threadneedle Street will reduce its stock of gilts by £70bn over the coming "
        "year, a slower pace than before. \"We are not out of the woods yet,\" Governor Andrew "
        "Bailey told reporters. Consumer price inflation currently stands at 3.8 per cent.",
    ], ["2025-09-18", "2025-09-18"],
        r"(?<![\d.])4(\.0+)? ?(%|percent|per cent|pct)",
        r"(?<![\d.])4\.25"),
    _case("cb-H2", "central bank", "who dissented", True, [
        "WASHINGTON — The Federal Reserve cut its benchmark interest rate by a quarter of a "
        "percentage point on Wednesday, to a range of 4% to 4.25%, its first reduction since "
        "December. The decision was 11-1. Governor Stephen Miran, who joined the board only this "
        "week, dissented in favor of a larger half-point cut. Fed officials also penciled in two "
        "more cuts before the end of the year. Chair Jerome Powell described the move as a \"risk "
        "management\" cut.",
        "The Fed lowered rates by 25 basis points on Wednesday, bringing the federal funds rate "
        "to 4.00%-4.25%. Eleven policymakers voted for the move; the lone dissent came from "
        "Governor Christopher Waller, who wanted a bigger, 50-basis-point reduction. It was the "
        "central bank's first cut since last December. Projections released with the statement "
        "point to two further cuts this year. Advertisement Powell told reporters the labour "
        "market had softened \"notably\".",
    ], None,
        r"miran",
        r"waller"),
    _case("cb-H3", "central bank", "size of bond purchases", True, [
        "TOKYO — The Bank of Japan kept its short-term policy rate at 0.5% on Tuesday and said it "
        "would slow the pace at which it trims its purchases of Japanese government bonds from "
        "next April. Under the plan, the quarterly reduction in bond buying will be halved to 200 "
        "billion yen, bringing monthly purchases to about 2.1 trillion yen by March 2027. "
        "Governor Kazuo Ueda said the bank wanted to avoid jolting a bond market already "
        "unsettled by a surge in super-long yields. The decision was unanimous.",
        "The BOJ held rates steady at 0.5 per cent and unveiled a gentler taper. From April 2026 "
        "the central bank will cut its JGB buying by ¥200bn each quarter, half the current pace, "
        "and monthly purchases are expected to fall to roughly ¥3.1 trillion by March 2027. "
        "\"Stability in the bond market is important,\" Ueda said at his news conference. All "
        "nine board members backed the decision.",
    ], ["2025-06-17", "2025-06-17"],
        r"(?<![\d.])2[.,]1 ?(trillion|tn|tr|t\b)|(?<![\d.,])2,?100 ?(billion|bn)",
        r"(?<![\d.])3[.,]1 ?(trillion|tn|tr|t\b)|(?<![\d.,])3,?100 ?(billion|bn)"),
    _case("cb-H4", "central bank", "date of next meeting", True, [
        "FRANKFURT — The European Central Bank left its deposit rate at 2% on Thursday for a "
        "second straight meeting, saying the euro zone economy had proved more resilient than "
        "feared. President Christine Lagarde said the disinflation process was \"over\" for now. "
        "Staff projections see inflation at 2.1% this year. The ECB's next policy meeting is "
        "scheduled for Oct. 30.",
        "No change from Frankfurt. The ECB held its deposit facility rate at 2.0 per cent, as "
        "economists had widely expected. \"We are in a good place,\" Lagarde told a press "
        "conference, adding that the economy had held up better than feared. Inflation is "
        "forecast at 2.1 per cent this year, according to the bank's own staff. Policymakers meet "
        "next on 18 December, when a fresh set of projections will be published.",
    ], None,
        r"oct(ober|\.)? ?30|30 oct|-10-30",
        r"dec(ember|\.)? ?18|18 dec|-12-18"),
    _case("cb-H5", "central bank", "year typo in a date", True, [
        "MUMBAI — The Reserve Bank of India on Friday cut its key repo rate by 50 basis points to "
        "5.50%, a bigger move than most economists had expected, and lowered the cash reserve "
        "ratio for banks by a full percentage point to 3%. The CRR reduction will be carried out "
        "in four equal tranches beginning Sept. 6, 2025, the central bank said. Governor Sanjay "
        "Malhotra said the step would release about 2.5 trillion rupees of liquidity into the "
        "banking system. The RBI also changed its stance to \"neutral\" from \"accommodative\".",
        "RBI surprises with jumbo cut. The Reserve Bank of India slashed the repo rate by half a "
        "percentage point to 5.5 per cent on Friday. Banks will also have to keep less cash with "
        "the central bank: the CRR drops 100 bps to 3 per cent, to be phased in over four "
        "tranches starting 6 September 3025. The move frees up roughly ₹2.5 trillion for lending, "
        "according to Governor Sanjay Malhotra. The policy stance was shifted to neutral.",
    ], ["2025-06-06", "2025-06-06"],
        r"(?<!\d)2025(?!\d)",
        r"(?<!\d)3025(?!\d)"),
    _case("cb-H6", "central bank", "control: basis points vs points; old and new rate", False, [
        "OTTAWA — The Bank of Canada lowered its policy interest rate by 25 basis points to 2.5% "
        "on Wednesday, citing a weaker labour market and the drag from U.S. tariffs. It was the "
        "bank's first cut since March. Governor Tiff Macklem said the bank was \"proceeding "
        "carefully\". The next decision is due Oct. 29.",
        "Canada's central bank trimmed its benchmark rate by a quarter of a percentage point on "
        "Wednesday, taking it from 2.75% to 2.5%. The Bank of Canada had held the rate steady "
        "since March. A softening jobs market and the impact of American tariffs drove the "
        "decision, Macklem told reporters. The bank next sets rates on Oct. 29.",
    ], None),
    _case("cb-H7", "central bank", "control: bank named two ways, rounding", False, [
        "SYDNEY — The Reserve Bank of Australia cut its cash rate by 25 basis points to 3.60% on "
        "Tuesday, its third reduction this year, as inflation eased back into its target band. "
        "Governor Michele Bullock said further cuts might be needed if the economy evolved as "
        "expected. Underlying inflation slowed to 2.7% in the June quarter. Unemployment stands "
        "at 4.3%. The decision was unanimous.",
        "Home owners are set for some relief after the RBA trimmed the official cash rate to 3.6 "
        "per cent. It is the central bank's third cut of 2025. Michele Bullock, the governor, "
        "told a press conference the board's decision had been unanimous. Trimmed mean inflation "
        "came in at about 2.7 per cent for the June quarter, and the jobless rate is a little "
        "over 4 per cent. Related: What the rate cut means for your mortgage repayments",
    ], ["2025-08-12", "2025-08-12"]),
    _case("cb-H8", "central bank",
          "control: same moment, different calendar days (time zones)",
          False, [
        "WASHINGTON — The Federal Reserve lowered its policy rate by a quarter of a percentage "
        "point on Wednesday, to a target range of 3.50% to 3.75%, in a decision released at 2 "
        "p.m. Eastern time. It was the Fed's third straight cut. Chair Jerome Powell said the "
        "central bank was now \"well positioned to wait and see\" how the economy evolves. "
        "Treasury yields fell after the announcement.",
        "TOKYO — The U.S. Federal Reserve cut interest rates by 0.25 percentage point, to "
        "3.5%-3.75%, in an announcement that came at 4 a.m. on Thursday, Japan time. The move, "
        "the third consecutive reduction, pushed the dollar lower against the yen in early Tokyo "
        "trading. Analysts said the Bank of Japan, which meets next week, was still expected to "
        "raise its own rate.",
    ], ["2025-12-10", "2025-12-11"]),
    # ---- rocket test flights -------------------------------------------------------------
    _case("rocket-H1", "rocket", "name of the rocket", True, [
        "BEIJING — Chinese private launch company LandSpace sent its Zhuque-3 rocket to orbit for "
        "the first time on Wednesday from the Jiuquan Satellite Launch Center in the Gobi Desert, "
        "though an attempt to land the first stage failed. The stainless-steel rocket, powered by "
        "methane and liquid oxygen, is designed to be reused. State broadcaster CCTV said the "
        "upper stage placed its payload into the planned orbit. The booster was lost shortly "
        "before touchdown, the company said.",
        "Another step for China's commercial space sector: LandSpace's Zhuque-2E reached orbit on "
        "its debut flight on Wednesday, lifting off from Jiuquan in northwest China. The first "
        "stage tried to come back for a landing but did not survive, according to the "
        "Beijing-based firm. The upper stage performed as planned, CCTV reported. LandSpace is "
        "one of several Chinese companies racing to build a reusable, methane-fuelled launcher.",
    ], None,
        r"zhuque[- ]?3|zq-3",
        r"zhuque[- ]?2 ?e|zq-2e"),
    _case("rocket-H2", "rocket", "splashdown time across zones", True, [
        "STARBASE, Texas — SpaceX's Starship lifted off from South Texas at 6:30 p.m. CDT on "
        "Tuesday and completed its suborbital test flight, with the upper stage splashing down on "
        "target in the Indian Ocean at 7:36 p.m. CDT. The Super Heavy booster made a controlled "
        "descent into the Gulf, as planned. The ship deployed eight dummy Starlink satellites "
        "during its coast phase. It was the first fully successful flight after three failures "
        "earlier in the year.",
        "SpaceX finally got the flight it wanted. Starship left the pad at 23:30 GMT and, after "
        "releasing eight mock Starlink satellites, the ship made a controlled splashdown in the "
        "Indian Ocean at 00:58 GMT, according to the company's webcast. The booster came down in "
        "the Gulf off the Texas coast as planned. The previous three Starship flights this year "
        "all ended early. Photo: Starship rises from the launch pad at Starbase.",
    ], None,
        r"(?<![\d:])7:36|19:36|(?<![\d:])00:36|(?<!\d)0036|(?<![\d:])12:36",
        r"(?<![\d:])00:58|(?<!\d)0058|(?<![\d:])12:58|(?<![\d:])7:58|19:58"),
    _case("rocket-H3", "rocket", "launch site", True, [
        "TOKYO — Japan's H3 rocket lifted off from the Tanegashima Space Center in Kagoshima "
        "prefecture at 5:30 p.m. on Sunday, carrying a satellite for the country's Michibiki "
        "navigation system, the Japan Aerospace Exploration Agency said. The satellite separated "
        "from the rocket about 29 minutes after launch. JAXA said the flight went as planned. The "
        "Michibiki network is designed to improve the accuracy of GPS positioning in the region.",
        "JAXA launched its H3 rocket on Sunday evening, sending up the latest Michibiki "
        "navigation satellite. Liftoff came at 5:30 p.m. local time from the Uchinoura Space "
        "Center in southern Japan. Around 29 minutes into the flight, the satellite was released "
        "into orbit. The agency described the mission as a success. The Michibiki constellation "
        "supplements GPS signals over Japan and the wider Asia-Pacific.",
    ], ["2025-02-02", "2025-02-02"],
        r"tanegashima",
        r"uchinoura"),
    _case("rocket-H4", "rocket", "number of engines that failed", True, [
        "BOCA CHICA, Texas — SpaceX launched its Starship megarocket on Thursday evening on "
        "another test flight, but the upper stage broke apart during re-entry about 45 minutes "
        "after liftoff, the company said. Earlier, six of the 33 Raptor engines on the Super "
        "Heavy booster shut down during ascent, though the remaining engines compensated. The "
        "Federal Aviation Administration said it was requiring a mishap investigation. Nobody was "
        "hurt.",
        "Starship's latest outing ended with the ship breaking up on its way back through the "
        "atmosphere, some 45 minutes into the mission. The Super Heavy booster was not flawless "
        "either: SpaceX commentators said three of its 33 engines went out during the climb. The "
        "FAA has ordered a mishap investigation. No injuries were reported. Advertisement Read "
        "more: Why Starship keeps failing at re-entry",
    ], None,
        r"\bsix\b|(?<![\d.])6\b",
        r"\bthree\b|(?<![\d.])3\b"),
    _case("rocket-H5", "rocket", "peak altitude (3 reports, km and miles)", True, [
        "ANDØYA, Norway — A Norwegian start-up's sounding rocket reached an altitude of about 190 "
        "kilometres on Thursday in its first test flight from Andøya Spaceport, the company said. "
        "The Borealis-2 rocket, built by Nordvik Launch, carried three university experiments. "
        "Its payload section parachuted into the Norwegian Sea about 14 minutes after liftoff and "
        "was recovered by a ship. \"Everything worked,\" chief executive Ingrid Haugen said.",
        "Nordvik Launch's Borealis-2 sounding rocket flew to a peak altitude of roughly 118 miles "
        "during Thursday's test from Andøya Spaceport in northern Norway. Three experiments from "
        "universities were on board. The payload came down under parachute in the Norwegian Sea "
        "some 14 minutes after launch and was fished out by a recovery vessel. The company called "
        "the flight a success.",
        "A small rocket made by Norway's Nordvik Launch hit an altitude of 140 km during a test "
        "flight from Andøya on Thursday, the company said in a statement. The Borealis-2 carried "
        "experiments from three universities. Fourteen minutes after launch, its payload splashed "
        "down under a parachute in the Norwegian Sea, where it was recovered. Nordvik Launch was "
        "founded in 2021 by former engineers from the Andøya range.",
    ], ["2025-09-18", "2025-09-18", "2025-09-18"],
        r"(?<![\d.])190 ?(km|kilomet)|(?<![\d.])118 ?(mi|miles)|(?<![\d.])190\b|(?<![\d.])118\b",
        r"(?<![\d.])140 ?(km|kilomet)|(?<![\d.])140\b|(?<![\d.])87 ?mi"),
    _case("rocket-H6", "rocket",
          "control: launch time in two zones across midnight, lb vs kg",
          False, [
        "CAPE CANAVERAL, Fla. — A SpaceX Falcon 9 rocket lifted off from NASA's Kennedy Space "
        "Center at 11:30 p.m. EDT on Tuesday, sending a Dragon cargo capsule loaded with about "
        "6,700 pounds of supplies toward the International Space Station. The first-stage booster "
        "landed on a drone ship in the Atlantic about eight minutes after launch. Dragon is "
        "scheduled to dock with the station on Thursday.",
        "A Dragon cargo ship is on its way to the ISS after a Falcon 9 launch from Kennedy Space "
        "Center at 03:30 GMT on Wednesday. The capsule is carrying roughly 3,000 kg of food, "
        "equipment and science experiments. About eight minutes into the flight, the first stage "
        "touched down on an autonomous droneship in the Atlantic Ocean. Arrival at the station is "
        "planned for Thursday.",
    ], ["2025-04-22", "2025-04-23"]),
    _case("rocket-H7", "rocket",
          "control: one person's two unrelated quotes, agency named two ways",
          False, [
        "The Federal Aviation Administration has approved an increase in the number of Starship "
        "launches SpaceX may conduct from its Starbase site in South Texas to 25 a year, up from "
        "five. The agency said its environmental review found no significant impact. Elon Musk, "
        "speaking at a company event, said the next goal was to catch the ship itself with the "
        "launch tower. \"We want to bring the ship back to the tower, just like the booster,\" he "
        "said.",
        "SpaceX can now fly Starship up to 25 times a year from Boca Chica, after the FAA signed "
        "off on the company's request; the previous cap was five. Regulators concluded that the "
        "extra flights would not significantly harm the environment. In a separate post on X, "
        "Musk wrote that the first uncrewed Starships could head for Mars \"at the end of next "
        "year, if things go well.\" Environmental groups had opposed the increase. Share this "
        "article",
    ], None),
    # ---- earthquakes ---------------------------------------------------------------------
    _case("quake-H1", "earthquake", "magnitude", True, [
        "MANILA (AP) — A powerful earthquake struck off the central Philippine province of Cebu "
        "late on Tuesday, killing at least 26 people and collapsing several old churches, "
        "officials said. The U.S. Geological Survey put the magnitude at 6.9 and said the quake "
        "was shallow. Power was knocked out across much of northern Cebu. Rescuers were searching "
        "collapsed houses in Bogo, where many of the deaths occurred. The state seismology agency "
        "did not issue a tsunami warning.",
        "At least 26 people are dead after a strong quake rocked Cebu on Tuesday night. The USGS "
        "said the tremor measured magnitude 6.4 and was centred at a shallow depth off the "
        "island's northern coast. Most of the victims were in Bogo City, where homes and a sports "
        "complex were damaged. Electricity was cut in several northern towns. No tsunami warning "
        "was issued by Phivolcs, the state seismology agency.",
    ], None,
        r"(?<![\d.])6\.9(?!\d)",
        r"(?<![\d.])6\.4(?!\d)"),
    _case("quake-H2", "earthquake", "epicentre town", True, [
        "ISTANBUL (Reuters) — A magnitude 6.1 earthquake struck western Turkey on Sunday evening, "
        "killing one person and bringing down more than a dozen buildings, the country's disaster "
        "agency AFAD said. The epicentre was in the Sindirgi district of Balikesir province, and "
        "the tremor was felt as far away as Istanbul and Izmir. Sixteen people were rescued from "
        "the rubble. Interior Minister Ali Yerlikaya said teams were checking for further damage.",
        "A 6.1-magnitude quake hit Balikesir province in western Türkiye on Sunday, according to "
        "AFAD. The epicentre was located in Bigadic, the disaster authority said. One person died "
        "and 16 were pulled alive from collapsed buildings. Residents of Istanbul and Izmir also "
        "felt the shaking. Yerlikaya, the interior minister, said damage assessments were "
        "continuing. Photo: Rescuers search a collapsed building in Balikesir.",
    ], ["2025-08-10", "2025-08-10"],
        r"s[iı]nd[iı]rg[iı]",
        r"bigadi[cç]"),
    _case("quake-H3", "earthquake", "depth", True, [
        "TOKYO — A magnitude 6.7 earthquake struck off the coast of Aomori prefecture in northern "
        "Japan on Friday morning, the Japan Meteorological Agency said, prompting a brief tsunami "
        "advisory. The quake hit at a depth of about 10 km. Bullet train services in the region "
        "were halted temporarily. There were no immediate reports of serious damage, public "
        "broadcaster NHK said. The advisory was lifted about two hours later.",
        "Northern Japan was jolted on Friday by a 6.7-magnitude quake off Aomori. According to "
        "the JMA, the quake was centred 50 kilometres (31 miles) below the seabed. A tsunami "
        "advisory was issued and then withdrawn roughly two hours later. Shinkansen services were "
        "suspended for a time. NHK said there were no immediate reports of major damage. "
        "Advertisement",
    ], None,
        r"(?<![\d.])10 ?(km|kilomet)|six miles|(?<![\d.])6(\.2)? ?mi",
        r"(?<![\d.])50 ?(km|kilomet)|(?<![\d.])31 ?mi"),
    _case("quake-H4", "earthquake", "number of aftershocks", True, [
        "KABUL — Rescue teams struggled on Monday to reach remote villages in eastern "
        "Afghanistan's Kunar province after a magnitude 6.0 earthquake killed at least 800 "
        "people, the Taliban government said. Some 40 aftershocks have rattled the region since "
        "the quake struck late on Sunday, according to the U.S. Geological Survey. Landslides "
        "blocked mountain roads, forcing the use of helicopters. The United Nations said it was "
        "sending medical supplies.",
        "The death toll from the earthquake that hit eastern Afghanistan has reached at least "
        "800, a government spokesman said on Monday. Kunar province was the worst hit. The USGS "
        "has recorded about 120 aftershocks since the 6.0 quake late on Sunday. Helicopters are "
        "being used to ferry the injured because landslides have cut off mountain roads. U.N. "
        "agencies said aid was on its way.",
    ], None,
        r"(?<![\d.,])40\b|forty",
        r"(?<![\d.,])120\b|hundred and twenty"),
    _case("quake-H5", "earthquake", "death toll conflict on the same day (3 reports)", True, [
        "LIMA — A magnitude 6.3 earthquake shook southern Peru late on Wednesday, killing 12 "
        "people and damaging hundreds of adobe homes in the Arequipa region, civil defence "
        "officials said on Thursday. The quake was centred near the coastal town of Chala. "
        "Landslides blocked a stretch of the Pan-American Highway. Schools in the affected "
        "provinces were closed for the day.",
        "Peru: 21 dead after magnitude-6.3 quake. The tremor struck the Arequipa region on "
        "Wednesday night, Peru's civil defence institute INDECI said on Thursday, flattening "
        "adobe houses in several villages near Chala. A section of the Pan-American Highway was "
        "cut by landslides. Classes were suspended in the worst-hit provinces.",
        "Twelve people lost their lives when a 6.3 earthquake hit the south of Peru on Wednesday "
        "night, according to civil defence authorities. The epicentre was close to Chala, in "
        "Arequipa. Hundreds of homes built of adobe were damaged, and landslides blocked parts of "
        "the Pan-American Highway. Peru lies on the Pacific Ring of Fire and is shaken by "
        "earthquakes often. Related: Peru's long history of deadly quakes",
    ], ["2025-02-06", "2025-02-06", "2025-02-06"],
        r"(?<![\d.,])12\b|twelve",
        r"(?<![\d.,])21\b|twenty[- ]one"),
    _case("quake-H6", "earthquake",
          "control: later update of death toll, dates show order",
          False, [
        "BEIJING — A magnitude 6.8 earthquake struck a remote part of Tibet near the Nepal border "
        "on Tuesday morning, killing at least 95 people, Chinese state media reported. The quake "
        "was centred in Dingri county, about 80 km from Mount Everest, the China Earthquake "
        "Networks Center said. More than 1,000 homes collapsed. Temperatures in the area fall "
        "well below freezing at night, complicating rescue work.",
        "The death toll from Tuesday's earthquake in Tibet has risen to 126, Chinese authorities "
        "said on Thursday, as rescuers wound down the search for survivors. The magnitude 6.8 "
        "quake was centred in Dingri county near Mount Everest. Over 1,000 houses were destroyed. "
        "Survivors are sheltering in tents in sub-zero temperatures.",
    ], ["2025-01-07", "2025-01-09"]),
    _case("quake-H7", "earthquake", "control: km vs miles, agency named two ways", False, [
        "SAN DIEGO — A magnitude 5.2 earthquake struck about 6 kilometres south of Julian in San "
        "Diego County at 10:08 a.m. on Monday, the U.S. Geological Survey said. The quake was "
        "centred at a depth of 13 km. Shaking was felt from Los Angeles to Tijuana, but there "
        "were no immediate reports of injuries or major damage. Several smaller aftershocks "
        "followed, the agency said.",
        "Did you feel it? A 5.2 quake centred roughly 4 miles south of the mountain town of "
        "Julian shook much of Southern California on Monday morning, at 10:08 a.m. PDT. The USGS "
        "put its depth at about 8 miles. The San Diego County Sheriff's Office said it had no "
        "reports of injuries or serious damage. People reported feeling it as far away as Los "
        "Angeles and Tijuana. A handful of smaller aftershocks have been recorded.",
    ], None),
    # ---- elections -----------------------------------------------------------------------
    _case("elec-H1", "election", "vote share", True, [
        "DUBLIN (Reuters) — Left-wing independent Catherine Connolly was elected Ireland's "
        "president on Saturday, winning 63.4% of first-preference votes in a landslide over her "
        "sole rival, Heather Humphreys of Fine Gael. Humphreys conceded before the count was "
        "complete. Turnout was 45.8%, and a record number of ballots were spoiled. Connolly, 68, "
        "will serve a seven-year term.",
        "Catherine Connolly is Ireland's new president-elect after taking 64.3 per cent of the "
        "first-preference vote. Fine Gael's Heather Humphreys conceded defeat on Saturday "
        "afternoon, before the final figures were in. Turnout came in at about 46 per cent. An "
        "unusually high number of spoilt votes was recorded. The presidency is a largely "
        "ceremonial post with a seven-year term.",
    ], None,
        r"(?<![\d.])63\.4(?!\d)",
        r"(?<![\d.])64\.3(?!\d)"),
    _case("elec-H2", "election", "winning margin", True, [
        "HARBORVIEW — Incumbent Mayor Denise Alvarado won a third term on Tuesday, defeating city "
        "councilman Mark Pettibone by 1,870 votes, according to unofficial results posted by the "
        "county elections office. Alvarado thanked volunteers at a rally downtown. Pettibone "
        "conceded shortly before midnight. Voters also approved a $48 million bond measure for "
        "new fire stations.",
        "It's four more years for Denise Alvarado. The two-term mayor held off a challenge from "
        "Councilman Mark Pettibone on Tuesday, finishing 2,310 votes ahead in unofficial county "
        "returns. Pettibone called Alvarado to concede late Tuesday night. Elsewhere on the "
        "ballot, a $48 million bond for fire stations passed comfortably. Related: Full "
        "Harborview election results",
    ], ["2025-11-05", "2025-11-05"],
        r"(?<![\d.,])1,?870(?!\d)",
        r"(?<![\d.,])2,?310(?!\d)"),
    _case("elec-H3", "election", "percentage points vs per cent", True, [
        "MAINZ — Germany's conservative CDU won Sunday's state election in Rhineland-Palatinate "
        "with 34% of the vote, ending more than three decades of Social Democrat rule in the "
        "region, preliminary official results showed. The SPD's share fell by 6 percentage points "
        "to 21%. The far-right AfD came third with 17%. Turnout was 64%.",
        "A historic defeat for the SPD in Rhineland-Palatinate: the Social Democrats, who have "
        "governed the state since 1991, slipped 6 per cent to 21 per cent, according to "
        "preliminary figures. The Christian Democrats took first place on 34 per cent. The "
        "Alternative for Germany finished third with 17 per cent, and 64 per cent of eligible "
        "voters cast a ballot. Party leaders in Berlin called the result a wake-up call.",
    ], None,
        r"percentage points?|(?<![\d.])6 ?(pp|points?|pts?)\b",
        r"(?<![\d.])6 ?(%|per ?cent(?!age)|pct)"),
    _case("elec-H4", "election", "official's title", True, [
        "LILONGWE (Reuters) — Former president Peter Mutharika has won Malawi's presidential "
        "election with 56% of the vote, unseating incumbent Lazarus Chakwera, the electoral "
        "commission said on Wednesday. The results were announced at a tally centre in Blantyre "
        "by the commission's chairperson, Ruth Kaphiri. Chakwera, who took 33%, conceded in a "
        "televised address. Mutharika, 85, previously led the country from 2014 to 2020.",
        "Malawi has a new, and familiar, president. Peter Mutharika secured 56 per cent of the "
        "ballots cast, Malawi Electoral Commission chief elections officer Ruth Kaphiri told a "
        "packed tally centre in Blantyre on Wednesday. Outgoing president Lazarus Chakwera won 33 "
        "per cent and has accepted defeat. Mutharika governed Malawi between 2014 and 2020. Share "
        "this article",
    ], None,
        r"chair",
        r"chief elections officer|chief executive|elections officer|\bceo\b"),
    _case("elec-H5", "election", "date of runoff", True, [
        "SANTIAGO — Leftist Jeannette Jara and far-right José Antonio Kast will face each other "
        "in a runoff for Chile's presidency on Dec. 14 after neither won a majority in Sunday's "
        "first round. With nearly all ballots counted, Jara had 26.8% and Kast 23.9%, the "
        "electoral service said. Voting was compulsory in a presidential election for the first "
        "time since 2012. Kast is widely seen as the favourite because right-wing candidates "
        "together won more than half the vote.",
        "Chile heads to a second round. Communist Party member Jeannette Jara topped Sunday's "
        "vote with 26.8 per cent, ahead of Republican Party leader José Antonio Kast on 23.9 per "
        "cent, with almost all polling stations reporting, according to Servel. The two will meet "
        "in a runoff on 7 December. Analysts give Kast the edge: combined, the right-wing "
        "candidates took more than 50 per cent. Advertisement",
    ], ["2025-11-17", "2025-11-17"],
        r"dec(ember|\.)? ?14|14 dec|-12-14",
        r"dec(ember|\.)? ?0?7\b|(?<!\d)0?7(th)? (of )?dec|-12-07"),
    _case("elec-H6", "election", "control: seat counts of different parties, rounding", False, [
        "LISBON (AP) — Prime Minister Luís Montenegro's centre-right Democratic Alliance won "
        "Sunday's snap election in Portugal with 32.1% of the vote but again fell short of a "
        "majority. The alliance will have 91 seats in the 230-seat Assembly of the Republic. The "
        "far-right Chega party won 60 seats, overtaking the Socialist Party, which took 58, to "
        "become the main opposition force. Socialist leader Pedro Nuno Santos resigned on "
        "election night.",
        "Montenegro's AD coalition came first with roughly 32 per cent, securing 91 of the 230 "
        "seats in parliament, still well short of the 116 needed to govern alone. André Ventura's "
        "Chega is now the second-largest party with 60 seats, pushing the Socialists (PS), on 58, "
        "into third place. PS leader Pedro Nuno Santos stepped down on Sunday night. Coalition "
        "talks are expected to take weeks.",
    ], None),
    _case("elec-H7", "election",
          "control: partial count then final result, dates show order",
          False, [
        "LA PAZ — Centrist senator Rodrigo Paz was heading for victory in Bolivia's presidential "
        "runoff on Sunday. With 70% of tally sheets counted, Paz had 53.9% of valid votes against "
        "46.1% for former president Jorge Quiroga, according to preliminary figures from the "
        "electoral tribunal. Quiroga conceded late on Sunday. Paz is due to be sworn in on Nov. 8.",
        "Bolivia's electoral tribunal on Tuesday released the final official results of Sunday's "
        "presidential runoff, confirming that Rodrigo Paz won with 54.5% of valid votes. Former "
        "president Jorge Quiroga received 45.5%. Quiroga had conceded on Sunday night. Paz takes "
        "office on Nov. 8, ending nearly two decades of rule by the Movement Toward Socialism.",
    ], ["2025-10-19", "2025-10-21"]),
]
