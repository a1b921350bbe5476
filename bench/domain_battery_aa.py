"""Blind battery of outlet disagreements in the hidden check's domains, part AA (issue 11).

Part AA, written by engineer AA1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AA``. Its reports are written as British, Irish, Australian,
Indian, Singaporean, Hong Kong and Canadian outlets would write them. Every sentence was
written for this battery; facts are real or plausible-invented.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AA", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-AA1", "trade", "duration", True, [
        "LONDON — American and Chinese negotiators emerged from Lancaster House on Monday "
        "evening after talks that ran for more than six hours, their first face-to-face "
        "round since the truce struck in Geneva. Treasury Secretary Scott Bessent led the "
        "US side, while Vice-Premier He Lifeng headed Beijing's team. Officials said the "
        "discussions centred on export licences for rare-earth magnets and on American "
        "curbs on chip-design software. Neither delegation stopped to take questions from "
        "the reporters gathered in St James's. \"The meetings were productive,\" Mr Bessent "
        "said as he left. Talks are due to resume on Tuesday morning.\n\nAdvertisement\n\n"
        "Under the truce, US duties on most Chinese goods were cut to 30 per cent.",
        "The opening day of the US-China trade negotiations in London lasted four and a half "
        "hours, according to a Chinese official briefed on the meeting. Vice-Premier He "
        "Lifeng and US Treasury Secretary Scott Bessent led their delegations at Lancaster "
        "House, the Georgian mansion near St James's Park that the British government lent "
        "for the occasion. Rare earths and American export controls on semiconductor design "
        "tools topped the agenda, the official said. \"The meetings were productive,\" Mr "
        "Bessent told reporters afterwards. The two sides will meet again on Tuesday. "
        "Read more: What the Geneva truce means for Singapore's exporters. Under that deal "
        "Washington lowered its tariffs on Chinese imports to 30 per cent, while Beijing cut "
        "its levy on American goods to 10 per cent.",
    ], None,
        r"\b6\+? ?(hours?|hrs?|h\b)|six hours|360 ?min",
        r"\b4(\.5| and a half|½)? ?(hours?|hrs?|h\b)|four and a half hours"
        r"|\b4 ?h(ours?|rs?)?,? ?(and )?30|270 ?min"),

    _case("trade-AA2", "trade", "clock time across zones", True, [
        "HONG KONG — Beijing and Washington released their joint statement from Geneva at "
        "about 9.15pm Hong Kong time on Monday, confirming that both would slash the "
        "tariffs they have piled on each other since April for an initial 90 days. The US "
        "will lower its levies on Chinese goods from 145 per cent to 30 per cent, and China "
        "will cut its duties on American products from 125 per cent to 10 per cent. The "
        "reductions take effect on Wednesday. The Hang Seng Index had already closed nearly "
        "3 per cent higher on hopes of a deal. Vice-Premier He Lifeng called the weekend "
        "talks \"candid, in-depth and constructive\".\n\nShare this article",
        "GENEVA: The United States and China issued their much-awaited joint statement at "
        "11.40am local time on Monday (0940 GMT), following two days of closed-door talks "
        "at the Swiss ambassador's residence. Under the arrangement, US duties on Chinese "
        "imports drop to 30 per cent from 145 per cent and Chinese duties on US goods fall "
        "to 10 per cent from 125 per cent, for 90 days to begin with. The cuts kick in on "
        "Wednesday. Chinese Vice-Premier He Lifeng described the negotiations as \"candid, "
        "in-depth and constructive\". Indian exporters of electronics and textiles are "
        "watching closely, since the steep US tariffs on China had pushed some orders their "
        "way. Also Read | Sensex jumps on trade truce hopes",
    ], ["2025-05-12", "2025-05-12"],
        r"9[.:]15 ?p\.?m|21[.:]?15|13[.:]?15",
        r"11[.:]40|0?9[.:]?40"),

    _case("trade-AA3", "trade", "weekday vs date of a meeting", True, [
        "The framework that US and Chinese negotiators agreed in London on Wednesday has "
        "been signed off by both presidents, officials in Washington and Beijing said on "
        "Friday. Under the arrangement China will resume shipments of rare-earth magnets to "
        "American manufacturers, while the US will ease some export restrictions and allow "
        "Chinese students to keep studying at American universities. US Commerce Secretary "
        "Howard Lutnick said the deal would \"get the magnets flowing again\". Australian "
        "miners with rare-earth projects, including Lynas, saw their shares slip on the "
        "news. Economists in Sydney said the deal removed one of the biggest risks to "
        "regional growth this year.",
        "OTTAWA — The trade framework hammered out by American and Chinese officials in "
        "London on June 12 has now been approved by Donald Trump and Xi Jinping, according "
        "to statements from both governments on Friday. Beijing has agreed to restart "
        "exports of rare-earth magnets to US firms, and Washington will relax some export "
        "controls and let Chinese students remain on American campuses. Commerce Secretary "
        "Howard Lutnick told a business audience the deal would \"get the magnets flowing "
        "again\". Canadian auto-parts makers, which rely on the same magnets, welcomed the "
        "news. Canada is not part of the arrangement.\n\nAdvertisement",
    ], ["2025-06-13", "2025-06-13"],
        r"wednesday|june 11|11 june|2025-06-11|\b11(th)?\b",
        r"thursday|june 12|12 june|2025-06-12|\b12(th)?\b"),

    _case("trade-AA4", "trade", "count of ships/cargoes", True, [
        "Chinese buyers have booked at least 10 cargoes of US soybeans over the past week, "
        "traders in Singapore said, the first sizeable purchases of American beans since "
        "the trade truce. Each cargo carries about 60,000 tonnes. The purchases were made by "
        "state-owned importer COFCO and are for shipment from US Gulf ports between "
        "November and January. Chinese crushers had relied almost entirely on Brazilian "
        "supplies this year. \"It's a goodwill gesture more than a commercial need,\" one "
        "trader said.",
        "Soybean traders are breathing a little easier. Chinese state buyer COFCO has "
        "snapped up 16 cargoes of American soybeans in the last seven days, according to "
        "two people familiar with the deals — its first meaningful purchase since Beijing "
        "and Washington agreed to a truce. A typical cargo holds roughly 60,000 tonnes. The "
        "beans will be loaded at Gulf Coast terminals for delivery between November and "
        "January. Prairie farmers in Saskatchewan and Manitoba, who have been hoping to "
        "sell more canola to China, are watching the talks closely.\n\nRead more: Canola "
        "tariffs bite on the Prairies",
        "China's COFCO has bought at least ten cargoes of soybeans from the United States "
        "within a week, market sources said on Thursday. The shipments, each of about "
        "60,000 tonnes, are due to leave the US Gulf between November and January. Brazil "
        "has supplied the vast majority of China's soybean imports this year. Analysts said "
        "further purchases would depend on the outcome of talks between the two countries.",
    ], None,
        r"(?<![\d.,])10\b|\bten\b",
        r"(?<![\d.,])16\b|\bsixteen\b"),

    _case("trade-AA5", "trade", "length of tariff pause", True, [
        "WASHINGTON — President Donald Trump on Monday signed an executive order extending "
        "the tariff truce with China by a further 90 days, hours before higher duties were "
        "due to snap back. The existing 30 per cent US tariff on most Chinese goods stays "
        "in place for now. China's commerce ministry said in a statement on Tuesday that "
        "it would keep its own 10 per cent levy on American goods unchanged over the same "
        "period. Shares in Hong Kong rose 0.2 per cent in early trading. Analysts said the "
        "extension gave both sides time to prepare for a possible meeting between Mr Trump "
        "and Xi Jinping later this year.",
        "US President Donald Trump has extended his trade ceasefire with Beijing by 60 days, "
        "signing the order on Monday, just before the deadline when tariffs on Chinese "
        "goods would have jumped. For now, the 30 per cent tariff on most imports from China "
        "is unchanged. Beijing responded on Tuesday, saying its 10 per cent tariff on US "
        "products would also remain for the period of the extension. \"It's a sensible "
        "move,\" said Tan Wei Ling, an economist at a Singapore bank. The decision buys time for "
        "a potential Trump-Xi summit, analysts said.\n\nSubscribe to our newsletter",
    ], ["2025-08-12", "2025-08-12"],
        r"(?<![\d.])90[- ]?(days?|-day)|ninety|three months?|\b3 months?",
        r"(?<![\d.])60[- ]?(days?|-day)|sixty|two months?|\b2 months?"),

    _case("trade-AA6", "trade", "control: body named by acronym and in full", False, [
        "BEIJING — China's Ministry of Commerce (MOFCOM) said on Thursday that it would "
        "suspend the additional 24 per cent tariff on American goods for 90 days, keeping a "
        "10 per cent levy in place. The Customs Tariff Commission of the State Council "
        "issued the formal notice. The move mirrors a step taken by the Office of the "
        "United States Trade Representative. MOFCOM also said it would remove several US "
        "firms from its unreliable entity list.\n\nAdvertisement",
        "Beijing's commerce ministry has confirmed that the extra 24% tariff it slapped on US "
        "products will be suspended for 90 days, although a 10% duty remains. The notice was "
        "published on Thursday by the tariff commission under the State Council. It follows "
        "a matching move by USTR in Washington. The ministry added that it would take "
        "several American companies off its unreliable entity list, a blacklist that "
        "restricts their business in China.",
    ], None),

    _case("trade-AA7", "trade", "control: same moment, different calendar days", False, [
        "TORONTO — China's commerce ministry hit back at Washington late on Monday, "
        "accusing the US of breaking the Geneva consensus. The statement, released at 9 "
        "p.m. Eastern time, listed three American measures it said were discriminatory, "
        "including new guidance on AI chips and the cancellation of student visas. A "
        "ministry spokesperson said China would take \"resolute and forceful measures\" to "
        "protect its interests. The statement came days after President Trump accused "
        "Beijing of violating the truce.",
        "China's Ministry of Commerce on Tuesday rejected US accusations that it had "
        "violated the Geneva consensus, saying instead that Washington had broken it. In a "
        "statement issued at 9am Beijing time, the ministry cited three American steps it "
        "called discriminatory, among them guidance on AI chips and the revocation of "
        "Chinese students' visas. China would take \"resolute and forceful measures\" to "
        "defend its rights, a spokesperson said. It did not spell out what those measures "
        "might be.\n\nShare this article",
    ], ["2025-06-02", "2025-06-03"]),

    # ------------------------------------------------------------------ court
    _case("court-AA1", "court", "majority of judges", True, [
        "The UK Supreme Court has ruled by a majority of four to one that couriers working "
        "for a food delivery app are workers entitled to holiday pay and the minimum wage. "
        "Lady Simler gave the lead judgment. The case was brought by a group of 63 riders "
        "based in Manchester and Leeds. The company said it was \"disappointed\" and would "
        "study the judgment carefully. Lawyers said the ruling could affect tens of "
        "thousands of gig-economy workers across Britain.\n\nRead more: What the ruling "
        "means for your rights at work",
        "In a 3-2 decision on Wednesday, Britain's highest court found that riders for a "
        "food delivery platform are workers rather than self-employed contractors. The "
        "lead judgment was written by Lady Simler. The 63 riders who brought the claim work "
        "in Manchester and Leeds. Their union called it \"a landmark day for everyone in "
        "the gig economy\". The company said it was disappointed and would study the "
        "judgment carefully. Workers' status gives them rights to holiday pay and the "
        "national minimum wage.",
    ], None,
        r"\b4 ?(-|–|—|to|:) ?1\b|\bfour\b",
        r"\b3 ?(-|–|—|to|:) ?2\b|\bthree\b"),

    _case("court-AA2", "court", "size of a penalty (crore)", True, [
        "NEW DELHI: The Delhi High Court on Thursday upheld the ₹412 crore penalty imposed "
        "by the Competition Commission of India (CCI) on a ride-hailing company for abusing "
        "its dominant position. A division bench dismissed the company's appeal and gave it "
        "60 days to deposit the amount. The CCI had found in 2022 that the firm used unfair "
        "pricing to squeeze out smaller rivals. The company said it was reviewing the order "
        "and considering its legal options, including an appeal to the Supreme Court.",
        "A division bench of the Delhi High Court has refused to set aside the Competition "
        "Commission of India's order against a ride-hailing major, leaving in place a fine "
        "of ₹421 crore. The ruling came on Thursday. The company now has 60 days to pay. "
        "\n\nAlso Read | CCI tightens scrutiny of digital platforms\n\n"
        "In its 2022 order the competition regulator said the firm's pricing had been "
        "unfair and meant to drive smaller players out of the market. A spokesperson for "
        "the company said it was studying the verdict and could move the Supreme Court.",
    ], ["2025-03-20", "2025-03-20"],
        r"(?<![\d.,])412\b|4\.12 ?(billion|bn)|4,?120,?000,?000",
        r"(?<![\d.,])421\b|4\.21 ?(billion|bn)|4,?210,?000,?000"),

    _case("court-AA3", "court", "typo in a date's year", True, [
        "The High Court has quashed planning permission for an 18-turbine wind farm in "
        "west Clare after a challenge by local residents. In a judgment delivered on 14 "
        "March 2025, Mr Justice Conor Fennelly found that the planning board had not "
        "properly assessed the impact on a protected population of hen harriers. The "
        "residents' group, Slieve Callan Community Alliance, had argued that the survey "
        "work was out of date. The developer is expected to consider a fresh application. "
        "Costs were awarded to the residents.",
        "Residents in west Clare are celebrating after the High Court overturned permission "
        "for a wind farm of 18 turbines near their homes. Mr Justice Conor Fennelly, in a "
        "ruling handed down on 14 March 3025, said the planning body had failed to assess "
        "properly the effect on hen harriers, a protected bird of prey. \"We were never "
        "against renewable energy, we were against a bad process,\" said a spokeswoman for "
        "the Slieve Callan Community Alliance. The residents were awarded their legal "
        "costs.\n\nAdvertisement",
    ], None,
        r"3025",
        r"^(?!.*3025).*(2025|14 march|march 14)"),

    _case("court-AA4", "court", "dissenting judge", True, [
        "CANBERRA — The High Court of Australia has upheld New South Wales laws that "
        "restrict protests near major roads and ports, in a 6-1 decision handed down on "
        "Wednesday. Justice James Edelman dissented, saying the laws burdened the implied "
        "freedom of political communication more than was necessary. The challenge was "
        "brought by two climate activists who had been arrested at Port Botany. The "
        "majority found the laws served a legitimate purpose of keeping critical "
        "infrastructure running. NSW Attorney-General Michael Daley welcomed the ruling.",
        "Two climate protesters have lost their High Court bid to strike down NSW's "
        "anti-protest laws. The court ruled 6-1 on Wednesday that the laws, which target "
        "demonstrations that block major roads and ports, were valid. The lone dissenter, "
        "Justice Simon Steward, found that the laws went further than needed and "
        "infringed the implied freedom of political communication. The pair had been "
        "arrested at Port Botany. NSW Attorney-General Michael Daley said the decision "
        "\"confirms the laws are sound\".\n\nShare via email",
    ], ["2025-08-06", "2025-08-06"],
        r"edelman",
        r"steward"),

    _case("court-AA5", "court", "speaker credited with a quote", True, [
        "MUMBAI: The Bombay High Court on Tuesday quashed a municipal order that would have "
        "evicted about 1,200 licensed street vendors from the pavements around Dadar "
        "station. A division bench said the civic body had not followed the procedure set "
        "out in the Street Vendors Act of 2014. \"This judgment restores dignity to "
        "thousands of working families,\" said advocate Meera Kulkarni, who argued the case "
        "for the vendors' union. The municipal corporation said it would examine the order. "
        "The vendors had been given just 15 days' notice to leave.",
        "Street vendors at Dadar have won a reprieve. Striking down the civic body's "
        "eviction order, a division bench of the Bombay High Court held on Tuesday that the "
        "procedure under the 2014 Street Vendors Act had not been followed. Around 1,200 "
        "licensed vendors would have been affected. \"This judgment restores dignity to "
        "thousands of working families,\" said Santosh Pawar, general secretary of the "
        "vendors' union. The vendors had been served only 15 days' notice. The BMC said it "
        "would study the judgment.\n\nALSO READ: Mumbai's hawker policy, explained",
    ], None,
        r"kulkarni",
        r"pawar"),

    _case("court-AA6", "court", "control: one person's two unrelated quotes", False, [
        "LONDON — The High Court has dismissed a legal challenge to the Home Office's plan "
        "to house asylum seekers at a former army barracks in Essex. Mr Justice Holgate "
        "ruled on Wednesday that the decision was lawful. The claim had been brought by two "
        "local residents and the district council. Home Secretary Yvette Cooper welcomed "
        "the ruling. \"We will always act to keep communities safe while we clear the "
        "backlog,\" she said.",
        "A judge has thrown out a bid by Essex residents and their council to block the use "
        "of an old army barracks for asylum accommodation. Mr Justice Holgate found on "
        "Wednesday that the Home Office had acted lawfully. Speaking separately at a "
        "conference in Birmingham, Home Secretary Yvette Cooper said: \"The previous "
        "government left us with a broken system, and we are fixing it.\" The council said "
        "it was disappointed and would consider an appeal.\n\nAdvertisement",
    ], ["2025-07-30", "2025-07-30"]),

    _case("court-AA7", "court", "control: rounding of a penalty", False, [
        "MELBOURNE — The Federal Court has ordered a buy-now-pay-later provider to pay a "
        "A$14.6 million penalty for misleading customers about late fees, following action "
        "by the Australian Securities and Investments Commission. Justice Jonathan Beach "
        "found the company had made false statements to about 9,000 customers. ASIC deputy "
        "chair Sarah Court said the penalty sent a clear message to the industry. The firm "
        "had admitted the contraventions.",
        "A buy-now-pay-later firm has been hit with a penalty of almost A$15 million after "
        "the Federal Court found it misled customers over late fees. The case was brought by "
        "ASIC, the corporate regulator. Justice Jonathan Beach said around 9,000 customers "
        "had received false statements. \"This penalty sends a clear message,\" said ASIC "
        "deputy chair Sarah Court.\n\nRead more: How to complain about a BNPL provider",
    ], None),

    # ------------------------------------------------------------------ central bank
    _case("cb-AA1", "central bank", "size of a cut: basis points vs half a point", True, [
        "SYDNEY — The Reserve Bank of Australia cut the cash rate by 25 basis points to "
        "3.85 per cent on Tuesday, its second reduction this year, citing a clear easing in "
        "underlying inflation. The decision was announced at 2.30pm AEST. Governor Michele "
        "Bullock said the board had considered a larger move. \"The board is more "
        "confident that inflation is moving sustainably towards the midpoint,\" she said. "
        "The big four banks said they would pass the cut on to variable-rate borrowers in "
        "full.\n\nAdvertisement\n\nHomeowners with a A$600,000 loan will save about A$90 "
        "a month.",
        "Mortgage holders have been handed some relief after the RBA lowered the official "
        "cash rate by half a percentage point to 3.85 per cent on Tuesday afternoon. It is "
        "the central bank's second cut of the year. The board's statement pointed to "
        "underlying inflation easing. Speaking at her press conference, Governor Michele "
        "Bullock revealed that a bigger cut had been discussed. \"The board is more "
        "confident that inflation is moving sustainably towards the midpoint,\" she said. "
        "All four major lenders confirmed they would pass on the cut in full.",
    ], ["2025-05-20", "2025-05-20"],
        r"(?<![\d.])25 ?(basis points?|bps?|bp|b\.p\.)|(?<!\d)0?\.25 ?(percentage points?"
        r"|pp|points?|%|per ?cent)|quarter",
        r"(?<![\d.])50 ?(basis points?|bps?|bp|b\.p\.)|(?<!\d)0?\.50? ?(percentage points?"
        r"|pp|points?|%|per ?cent)|half"),

    _case("cb-AA2", "central bank", "vote split", True, [
        "The Bank of England cut Bank Rate by 25 basis points to 4 per cent on Thursday, "
        "with the Monetary Policy Committee voting 7-2 for the reduction. Governor Andrew "
        "Bailey said the path for rates would remain \"gradual and careful\". It was the "
        "fifth cut since last August. The Bank now expects inflation to peak at 4 per cent "
        "in September before falling back. Sterling rose against the dollar after the "
        "announcement.",
        "LONDON — Borrowers got another cut on Thursday as the BoE lowered its benchmark "
        "rate by a quarter of a percentage point to 4%. The nine-member MPC was split 6-3 "
        "on the decision. Andrew Bailey, the Governor, said future cuts would be "
        "\"gradual and careful\". The move was the fifth reduction since August last year. "
        "Policymakers forecast that inflation will peak at 4% in September.\n\n"
        "Share this article",
    ], ["2025-08-07", "2025-08-07"],
        r"\b7 ?(-|–|—|to|:) ?2\b|seven(-| to )two",
        r"\b6 ?(-|–|—|to|:) ?3\b|six(-| to )three"),

    _case("cb-AA3", "central bank", "who cast the dissenting vote", True, [
        "MUMBAI: The Reserve Bank of India kept the repo rate unchanged at 5.5 per cent on "
        "Wednesday, with the Monetary Policy Committee voting 5-1 to hold. External member "
        "Prof Ram Singh was the lone dissenter, voting for a 25-basis-point cut. Governor "
        "Sanjay Malhotra said the committee would retain its neutral stance. The RBI kept "
        "its GDP growth forecast for the year at 6.5 per cent and lowered its inflation "
        "projection to 3.1 per cent. Bond yields edged lower after the announcement.",
        "RBI holds rates, keeps neutral stance. The six-member MPC voted 5-1 to leave the "
        "repo rate at 5.5%, Governor Sanjay Malhotra announced on Wednesday. Nagesh Kumar, "
        "one of the external members, dissented and wanted a cut of 25 basis points. "
        "Growth is projected at 6.5% for the year, while the inflation forecast has been "
        "revised down to 3.1%. \"Price stability remains our primary mandate,\" Malhotra "
        "said.\n\nAlso Read | What the RBI policy means for your EMI",
    ], None,
        r"singh",
        r"nagesh|kumar"),

    _case("cb-AA4", "central bank", "title of an official", True, [
        "SINGAPORE — The Monetary Authority of Singapore left its exchange-rate policy "
        "unchanged on Wednesday, keeping the slope of the S$NEER policy band at a slightly "
        "appreciating pace. MAS managing director Chia Der Jiunn said the outlook was "
        "clouded by US tariffs. \"We are ready to respond if the growth outlook weakens,\" "
        "he said. The central bank kept its core inflation forecast at 0.5 to 1.5 per cent "
        "for the year.",
        "MAS stands pat in July review. Singapore's central bank held its monetary policy "
        "settings on Wednesday, maintaining the modest rate of appreciation of the "
        "Singapore dollar's policy band. Core inflation is still expected to average 0.5 "
        "to 1.5 per cent this year. \"We are ready to respond if the growth outlook "
        "weakens,\" said Chia Der Jiunn, the deputy managing director of MAS. Economists "
        "had been split on whether the authority would ease.\n\nAdvertisement",
    ], ["2025-07-30", "2025-07-30"],
        r"(?<!deputy )managing director",
        r"deputy managing director"),

    _case("cb-AA5", "central bank", "date of the next meeting", True, [
        "OTTAWA — The Bank of Canada held its policy rate at 2.75 per cent on Wednesday for "
        "a second consecutive meeting, saying uncertainty over U.S. tariffs made it prudent "
        "to wait. Governor Tiff Macklem said the bank could cut again if the economy "
        "weakens. \"We are proceeding carefully,\" he told reporters. The bank's next rate "
        "announcement is scheduled for July 30. Most economists expect at least one more "
        "cut before the end of the year.",
        "The Bank of Canada left its key interest rate unchanged at 2.75% on Wednesday, the "
        "second straight hold. Governor Tiff Macklem pointed to the uncertainty created by "
        "American tariffs. \"We are proceeding carefully,\" Macklem said at a news "
        "conference. Markets will now look to the bank's next scheduled decision on "
        "September 17. Economists at the big banks mostly expect one further cut this "
        "year.\n\nRead more: What the rate hold means for your mortgage renewal",
    ], None,
        r"july 30|30 july|07-30|30/07|07/30",
        r"sept?(ember)? 17|17 sept?(ember)?|09-17|17/09|09/17"),

    _case("cb-AA6", "central bank", "control: bps vs points, old and new rate", False, [
        "MUMBAI: The Reserve Bank of India surprised markets on Friday by cutting the repo "
        "rate by 50 basis points to 5.50 per cent from 6 per cent. It also announced a "
        "reduction of 100 basis points in the cash reserve ratio, taking it to 3 per cent "
        "in four tranches. Governor Sanjay Malhotra said the CRR cut would release about "
        "₹2.5 lakh crore of liquidity into the banking system. The MPC changed its stance "
        "to neutral from accommodative.",
        "The RBI delivered a jumbo half-percentage-point cut on Friday, taking the repo rate "
        "to 5.5% from 6%. In a further surprise, the cash reserve ratio was cut by one "
        "percentage point to 3%, in four instalments, freeing up roughly ₹2.5 lakh crore "
        "for banks to lend, Governor Sanjay Malhotra said. The central bank shifted its "
        "stance from accommodative to neutral. Bank shares rallied after the "
        "announcement.\n\nShare this article",
    ], ["2025-06-06", "2025-06-06"]),

    _case("cb-AA7", "central bank", "control: 24-hour vs 12-hour clock, BoE/MPC", False, [
        "The Bank of England held Bank Rate at 4.25 per cent on Thursday. The decision was "
        "published at 12:00 BST. The Monetary Policy Committee voted 6-3, with three "
        "members preferring a cut. Governor Andrew Bailey said rates remained on a "
        "\"gradual downward path\". The Bank noted that the job market was loosening.",
        "LONDON — The BoE kept interest rates at 4.25% on Thursday, in an announcement made "
        "at noon UK time. Three MPC members voted for a reduction, giving a 6-3 split. "
        "\"Interest rates remain on a gradual downward path,\" said Andrew Bailey, the "
        "Governor. Policymakers said there were signs of slack building in the labour "
        "market.\n\nAdvertisement",
    ], ["2025-06-19", "2025-06-19"]),

    _case("cb-AA8", "central bank", "control: pounds vs dollars conversion", False, [
        "The Bank of England will slow the pace at which it shrinks its stock of government "
        "bonds, cutting the target to £70bn over the next 12 months from £100bn last year. "
        "The MPC voted 7-2 for the change and held Bank Rate at 4 per cent. Officials said "
        "sales of long-dated gilts would be reduced to limit pressure on the bond market. It "
        "is the first time the pace has been slowed since the programme began in 2022.",
        "SINGAPORE — Britain's central bank said it would reduce its holdings of gilts by "
        "£70 billion (about US$94 billion) over the coming year, down from £100 billion in "
        "the previous 12 months. The Monetary Policy Committee backed the plan by seven "
        "votes to two, and kept its key rate at 4 per cent. It will sell fewer long-dated "
        "bonds to ease strain in the market. Analysts said the move had been widely "
        "expected.\n\nRead more: Gilt yields and Asian markets",
    ], None),

    # ------------------------------------------------------------------ rocket
    _case("rocket-AA1", "rocket", "name of the launch vehicle", True, [
        "SRIHARIKOTA: ISRO's PSLV-C61 mission carrying the EOS-09 earth observation "
        "satellite failed on Sunday after a problem in the rocket's third stage, the space "
        "agency said. The rocket lifted off at 5.59am IST from the Satish Dhawan Space "
        "Centre. It was ISRO's 101st launch. ISRO chairman V Narayanan said a drop in "
        "chamber pressure had been observed and that a committee would analyse the data. "
        "\"We will come back,\" he said.",
        "India's PSLV-C62 rocket failed to place the EOS-09 satellite in orbit on Sunday "
        "morning. The launch from Sriharikota at 5.59am had gone normally through the first "
        "two stages, but the third stage ran into trouble, ISRO said. The mission was the "
        "agency's 101st launch. Chairman V Narayanan said engineers had observed a fall in "
        "chamber pressure. \"We will come back,\" he told reporters.\n\nAdvertisement",
    ], ["2025-05-18", "2025-05-18"],
        r"c-?61",
        r"c-?62"),

    _case("rocket-AA2", "rocket", "clock time of lift-off", True, [
        "Rocket Lab's Electron rocket lifted off from the company's Mahia Peninsula launch "
        "site at 2.30pm NZST on Saturday, carrying a radar imaging satellite for a "
        "Japanese customer. The mission, nicknamed \"Night Owl Returns\", was Rocket Lab's "
        "ninth launch of the year. The satellite was deployed about an hour after lift-off. "
        "Chief executive Peter Beck said the company was on track for a record year.",
        "GISBORNE — Another Electron has left the pad at Mahia. Rocket Lab's launch, "
        "called \"Night Owl Returns\", got away at 3.10pm local time on Saturday with a "
        "radar satellite for a Japanese company on board. It was the ninth Electron "
        "mission this year, and the payload was released roughly an hour into the flight. "
        "Peter Beck, Rocket Lab's founder and chief executive, said the firm was heading "
        "for its busiest year yet.\n\nShare this story",
    ], None,
        r"\b2[.:]30 ?p\.?m|14[.:]?30|\b02[.:]30",
        r"\b3[.:]10 ?p\.?m|15[.:]?10|\b03[.:]10"),

    _case("rocket-AA3", "rocket", "number of satellites", True, [
        "A Long March 8 rocket lifted off from the commercial launch site in Wenchang, "
        "Hainan, on Wednesday and placed 18 satellites for the Qianfan broadband "
        "constellation into orbit, Chinese state media said. The constellation, backed by "
        "the Shanghai government, is seen as China's answer to Starlink. It was the fifth "
        "batch of Qianfan satellites to be launched. Spacesail, the operator, has not said "
        "when commercial service will begin.",
        "HONG KONG — China has sent another batch of Qianfan internet satellites into "
        "orbit. A Long March 8 rocket carrying 18 of the spacecraft took off from Hainan's "
        "commercial spaceport in Wenchang on Wednesday, according to state broadcaster "
        "CCTV. This was the fifth Qianfan batch. Shanghai-backed operator Spacesail hopes "
        "eventually to put thousands of satellites in orbit.\n\nAdvertisement",
        "China launched 16 satellites for its Qianfan megaconstellation on Wednesday on a "
        "Long March 8 rocket from Wenchang in Hainan province. The launch, the fifth for the "
        "network, was reported by state media. Qianfan, also known as Thousand Sails, is "
        "meant to compete with SpaceX's Starlink service. The rocket was developed by the "
        "China Academy of Launch Vehicle Technology.",
    ], ["2025-03-12", "2025-03-12", "2025-03-12"],
        r"(?<![\d.])18\b|eighteen",
        r"(?<![\d.])16\b|sixteen"),

    _case("rocket-AA4", "rocket", "duration of a test flight", True, [
        "BRISBANE — Gilmour Space's Eris rocket flew for 14 seconds before falling back to "
        "the ground during its first test flight from the Bowen Orbital Spaceport in north "
        "Queensland on Wednesday. It was the first attempt to reach orbit with an "
        "Australian-designed rocket launched from Australian soil. Co-founder and chief "
        "executive Adam Gilmour said the team had gathered valuable data. \"Getting off the "
        "pad is a huge milestone,\" he said. Nobody was injured.",
        "Australia's first home-grown orbital rocket, Gilmour Space's Eris, cleared the "
        "launch pad near Bowen on Wednesday morning but came down again after about 35 "
        "seconds of flight. The company said no one was hurt. CEO Adam Gilmour described "
        "the lift-off as a success in itself. \"Getting off the pad is a huge milestone,\" "
        "he said. The Queensland firm plans a second test flight once it has studied the "
        "data.\n\nRead more: Inside Australia's space race",
    ], None,
        r"(?<![\d.])14 ?(seconds?|secs?|s\b)|fourteen seconds",
        r"(?<![\d.])35 ?(seconds?|secs?|s\b)|thirty-five seconds"),

    _case("rocket-AA5", "rocket", "launch pad (place at different precision)", True, [
        "SRIHARIKOTA: The GSLV-F16 rocket lifted off from the Second Launch Pad at the "
        "Satish Dhawan Space Centre at 5.40pm IST on Wednesday, carrying the NISAR earth "
        "observation satellite built jointly by ISRO and NASA. The 2,392-kg satellite was "
        "placed in a sun-synchronous orbit at an altitude of 743 km. It is the first time a "
        "GSLV has placed a satellite in such an orbit. ISRO chairman V Narayanan said: "
        "\"This is a milestone for Indo-US cooperation.\"",
        "NISAR, the radar satellite developed by NASA and ISRO, was launched on Wednesday "
        "evening from the first launch pad at Sriharikota aboard a GSLV-F16. Lift-off was "
        "at 5.40pm IST. The satellite, weighing 2,392 kg, was injected into a "
        "sun-synchronous orbit 743 km above the Earth. \"This is a milestone for Indo-US "
        "cooperation,\" said ISRO chairman V Narayanan.\n\nAlso Read | NISAR: all you need "
        "to know",
    ], ["2025-07-30", "2025-07-30"],
        r"second launch pad|second pad|\bslp\b",
        r"first launch pad|first pad|\bflp\b"),

    _case("rocket-AA6", "rocket", "control: km vs miles", False, [
        "Rocket Lab placed an earth-imaging satellite into a 520-kilometre orbit on "
        "Thursday after an Electron launch from its Mahia Peninsula site in New Zealand. "
        "The satellite will photograph farmland for a Singapore-based analytics company. "
        "It was Rocket Lab's sixth mission of the year. The company did not name the "
        "customer.",
        "An Electron rocket launched from New Zealand's Mahia Peninsula on Thursday and "
        "dropped off an imaging satellite about 323 miles above the Earth. The spacecraft "
        "belongs to an agricultural analytics firm based in Singapore. The flight was the "
        "sixth of the year for Rocket Lab. The company's shares rose in New York "
        "trading.\n\nAdvertisement",
    ], ["2025-05-01", "2025-05-01"]),

    _case("rocket-AA7", "rocket", "control: IST vs GMT, 12 vs 24-hour", False, [
        "SRIHARIKOTA: ISRO launched its SpaDeX docking mission at 10pm IST on Monday "
        "aboard a PSLV rocket. The two satellites, each weighing about 220 kg, were placed "
        "in a 475-km circular orbit. The agency plans to attempt India's first docking in "
        "space within the next few weeks. The mission was the last Indian launch of the "
        "year.",
        "BENGALURU (Reuters) - India's space agency launched two satellites on Monday to "
        "test docking in orbit, a capability it needs for its planned space station. The "
        "PSLV rocket lifted off at 1630 GMT. Each satellite weighs roughly 220 kg and both "
        "were placed in a circular orbit at 475 km. Only the United States, Russia and "
        "China have docked spacecraft in orbit so far.",
    ], None),

    # ------------------------------------------------------------------ earthquake
    _case("quake-AA1", "earthquake", "magnitude", True, [
        "A magnitude 5.8 earthquake struck North Canterbury early on Saturday, GeoNet "
        "said, shaking buildings in Christchurch and as far away as Wellington. The quake "
        "was centred 20 km north-west of Hanmer Springs at a depth of 12 km. More than "
        "11,000 people reported feeling it on the GeoNet website. There were no immediate "
        "reports of serious damage or injuries. Fire and Emergency said crews had checked "
        "several older buildings in the town.",
        "Hanmer Springs residents were jolted awake on Saturday by a 6.2-magnitude quake, "
        "according to GeoNet. The shake was located 20 kilometres north-west of the town, "
        "12 km deep, and was felt widely in Christchurch and across the Cook Strait in "
        "Wellington. Over 11,000 \"felt\" reports were lodged with GeoNet. Police said "
        "there were no reports of injuries.\n\nAdvertisement\n\nA café owner said "
        "crockery had been smashed but the building was sound.",
    ], ["2025-10-11", "2025-10-11"],
        r"(?<![\d.])5\.8\b",
        r"(?<![\d.])6\.2\b"),

    _case("quake-AA2", "earthquake", "epicentre town", True, [
        "KATHMANDU — A magnitude 5.4 earthquake shook western Nepal late on Thursday, with "
        "its epicentre in Lamjung district, the National Earthquake Monitoring and Research "
        "Centre said. Residents of Kathmandu and Pokhara ran out of their homes. No deaths "
        "were reported, though several old houses were cracked. Nepal lies on the boundary "
        "where the Indian plate pushes under the Eurasian plate.",
        "A 5.4-magnitude tremor struck western Nepal on Thursday night. Nepal's "
        "National Earthquake Monitoring and Research Centre located the epicentre in "
        "Gorkha district. The shaking was felt in Pokhara and the capital, Kathmandu, where "
        "people rushed into the streets. Officials said there were no deaths, although some "
        "old houses developed cracks. Gorkha was also the epicentre of the devastating 2015 "
        "quake.\n\nShare this article",
    ], None,
        r"lamjung",
        r"gorkha"),

    _case("quake-AA3", "earthquake", "death toll conflict on the same day", True, [
        "KABUL — A magnitude 6.0 earthquake in eastern Afghanistan's Kunar province has "
        "killed at least 250 people, a Taliban government spokesman said on Monday evening. "
        "The shallow quake struck close to midnight on Sunday, about 27 km from Jalalabad. "
        "More than 1,300 people were injured, the spokesman said. Many of the victims were "
        "asleep in mud-brick homes that collapsed. Rescue teams were struggling to reach "
        "villages cut off by landslides.",
        "At least 520 people were killed when a magnitude 6.0 earthquake hit Kunar province "
        "in eastern Afghanistan, the Taliban government's spokesman said on Monday evening. "
        "More than 1,300 people were injured. The quake struck shortly before midnight on "
        "Sunday about 27 km from the city of Jalalabad, at a shallow depth. Aid agencies "
        "said mud-brick houses had offered little protection.\n\nAdvertisement\n\n"
        "Landslides blocked the roads to several remote villages.",
    ], ["2025-09-01", "2025-09-01"],
        r"(?<![\d.,])250\b",
        r"(?<![\d.,])520\b"),

    _case("quake-AA4", "earthquake", "number of aftershocks", True, [
        "JAKARTA — Indonesia's meteorology agency BMKG has recorded more than 40 aftershocks "
        "since a magnitude 6.1 earthquake struck off the coast of Central Sulawesi on "
        "Tuesday. The agency said there was no tsunami threat. Two people were killed and "
        "dozens of houses were damaged in Poso regency. Residents have been urged to stay "
        "away from damaged buildings.",
        "Residents of Poso in Central Sulawesi spent a second night outdoors after Tuesday's "
        "6.1-magnitude quake off the coast. BMKG said it had detected at least 17 "
        "aftershocks. Two deaths have been confirmed and dozens of homes were damaged. No "
        "tsunami warning was issued. \"People should not return to cracked houses yet,\" "
        "said a local disaster official.\n\nRead more: Why Indonesia has so many quakes",
    ], None,
        r"(?<![\d.,])40\b|forty",
        r"(?<![\d.,])17\b|seventeen"),

    _case("quake-AA5", "earthquake", "control: km vs miles", False, [
        "CHRISTCHURCH — A magnitude 5.1 earthquake struck 45 km north-east of Christchurch "
        "on Tuesday afternoon, GeoNet said. It was 10 km deep. Thousands of people reported "
        "feeling moderate shaking. There were no reports of damage.",
        "A moderate quake of magnitude 5.1 rattled Canterbury on Tuesday afternoon, "
        "centred about 28 miles north-east of Christchurch at a depth of 10 km, according "
        "to GeoNet. No damage was reported, though thousands said they felt it. Some "
        "residents said pictures fell from their walls. GeoNet said further aftershocks were "
        "likely in the coming days.\n\n"
        "Advertisement",
    ], ["2025-11-04", "2025-11-04"]),

    _case("quake-AA6", "earthquake", "control: death toll updated, dates show order", False, [
        "KATHMANDU — At least 38 people have died after a magnitude 6.2 earthquake struck "
        "Bajhang district in far-western Nepal on Tuesday morning, police said. Dozens were "
        "injured and hundreds of homes damaged. Rescuers were trying to reach remote "
        "villages. The shaking was felt as far away as Kathmandu.",
        "The death toll from Tuesday's magnitude 6.2 earthquake in Nepal's Bajhang district "
        "has risen to 95, up from 38 on Tuesday, as rescuers reached remote mountain "
        "villages, police said on Thursday. Hundreds of homes were damaged. Army helicopters "
        "were flying the injured to hospitals in Dhangadhi. The government has promised "
        "cash relief to bereaved families.\n\n"
        "Share this article",
    ], ["2025-11-04", "2025-11-06"]),

    _case("quake-AA7", "earthquake", "control: rounding of depth, clock formats", False, [
        "TAIPEI — A magnitude 6.3 earthquake struck off Hualien on Taiwan's east coast at "
        "16:42 local time on Sunday, the Central Weather Administration said. The quake "
        "was 9.7 km deep. High-speed rail services were briefly halted. No casualties were "
        "reported.",
        "Taiwan's Central Weather Administration said a 6.3-magnitude quake hit near "
        "Hualien at 4.42pm on Sunday, at a depth of about 10 km. Bullet train services "
        "were suspended for a short time as a precaution. There were no reports of "
        "casualties. The administration warned residents to expect aftershocks.",
    ], None),

    # ------------------------------------------------------------------ election
    _case("election-AA1", "election", "vote share", True, [
        "Labour has won a landslide in the general election, securing 411 seats in the "
        "House of Commons on 33.7 per cent of the national vote. Sir Keir Starmer will "
        "become prime minister. The Conservatives suffered their worst result in their "
        "history. Turnout was the lowest in more than two decades.\n\nAdvertisement",
        "LONDON — Keir Starmer's Labour Party swept to power with 411 seats, a huge "
        "Commons majority built on 34.7 per cent of votes cast across the UK. The "
        "Conservatives were reduced to their worst showing ever. Turnout was lower than at "
        "any election in over 20 years. Starmer told supporters: \"Change begins now.\"",
    ], ["2024-07-05", "2024-07-05"],
        r"33\.7",
        r"34\.7"),

    _case("election-AA2", "election", "winning margin", True, [
        "PUNE: BJP candidate Anil Deshmane retained the Kothrud seat on Saturday, defeating "
        "Congress's Sunita Gorade by 11,254 votes. Counting at the Balewadi centre took "
        "more than 20 rounds. Deshmane thanked voters and party workers. Gorade said she "
        "accepted the verdict.",
        "Anil Deshmane of the BJP has held on to Kothrud, beating Sunita Gorade of the "
        "Congress by a margin of 12,254 votes, according to the Election Commission's "
        "final figures. \"This is a victory for development,\" Deshmane told reporters "
        "outside the counting centre at Balewadi. Gorade conceded defeat. Her party said it "
        "would review its campaign in the city.\n\nAlso Read | "
        "Maharashtra results: full list of winners",
    ], None,
        r"11,?254",
        r"12,?254"),

    _case("election-AA3", "election", "turnout", True, [
        "SINGAPORE — The People's Action Party has won 87 of the 97 seats in Parliament, "
        "taking 65.57 per cent of the popular vote in Saturday's general election. Turnout "
        "was 92.5 per cent, the Elections Department said. Prime Minister Lawrence Wong "
        "thanked voters for their strong mandate. The Workers' Party kept its 10 seats.",
        "Prime Minister Lawrence Wong's PAP swept 87 of 97 seats in Saturday's polls, with "
        "65.57 per cent of votes. The opposition Workers' Party held on to all 10 of its "
        "seats. Voter turnout stood at 95.8 per cent, according to the Elections "
        "Department. Mr Wong called the result a strong mandate.\n\nRead more: GE2025 "
        "results by constituency",
    ], ["2025-05-04", "2025-05-04"],
        r"92\.5",
        r"95\.8"),

    _case("election-AA4", "election", "title of a minister", True, [
        "CANBERRA — Labor has been returned to government with an increased majority, with "
        "Anthony Albanese becoming the first prime minister in two decades to win a second "
        "consecutive term. Treasurer Jim Chalmers said the result was a vote for "
        "\"responsible economic management\". The Coalition's leader lost his own seat. "
        "Counting is continuing in several close contests.",
        "Anthony Albanese has led Labor to a second term, the first Australian PM to do so "
        "in twenty years. Finance Minister Jim Chalmers told the ABC the win was a vote for "
        "\"responsible economic management\". In a stunning blow for the Coalition, its "
        "leader was defeated in his own electorate. Several seats are still too close to "
        "call.\n\nAdvertisement",
    ], None,
        r"treasurer",
        r"finance minister|minister (for|of) finance"),

    _case("election-AA5", "election", "percentage vs percentage points", True, [
        "Reform UK won the Runcorn and Helsby by-election on Thursday by a tiny margin of "
        "six votes, taking the seat from Labour. Reform's share of the vote rose by 20 "
        "percentage points to 38.7 per cent. Labour's candidate, Karen Shore, was "
        "narrowly beaten by Sarah Pochin after a recount. Nigel Farage called it \"a very "
        "big moment\".",
        "RUNCORN — Sarah Pochin of Reform UK has overturned a large Labour majority to win "
        "the Runcorn and Helsby by-election by just six votes after a recount. Reform's "
        "vote share jumped by 20 per cent, to 38.7 per cent. Labour's Karen Shore came "
        "second. Party leader Nigel Farage hailed \"a very big moment\".\n\nShare this "
        "article",
    ], ["2025-05-02", "2025-05-02"],
        r"(?<![\d.])20 ?(percentage points?|pp|ppts?|points?)",
        r"(?<![\d.])20 ?(%|per ?cent|pct)(?!age)"),

    _case("election-AA6", "election", "seats won", True, [
        "NEW DELHI: The BJP has won 48 of the 70 seats in the Delhi Assembly, ending the "
        "Aam Aadmi Party's decade-long rule in the capital. AAP was reduced to 22 seats. "
        "The Congress failed to win a seat for the third election in a row. \"The people "
        "of Delhi have chosen development,\" Prime Minister Narendra Modi said.",
        "The Bharatiya Janata Party swept the Delhi election, winning 45 seats in the "
        "70-member Assembly, according to the Election Commission. The AAP, which had "
        "governed Delhi for ten years, finished with 22 seats, and the Congress drew a "
        "blank again. Arvind Kejriwal conceded defeat.\n\nAlso Read | Who will be Delhi's "
        "next chief minister?",
        "BJP 48, AAP 22, Congress 0: the final Delhi tally confirms a decisive win for the "
        "BJP in the 70-seat Assembly. \"The people of Delhi have chosen development,\" "
        "Narendra Modi said on social media. Counting ended on Saturday evening. "
        "Celebrations broke out at the party's headquarters in the capital.",
    ], ["2025-02-08", "2025-02-08", "2025-02-08"],
        r"(?<![\d.,])48\b",
        r"(?<![\d.,])45\b"),

    _case("election-AA7", "election", "control: figures of different parties, AEC", False, [
        "CANBERRA — Labor's primary vote stood at 34.6 per cent with most ballots counted, "
        "according to the Australian Electoral Commission, while the Coalition's was 31.8 "
        "per cent. The Greens were on 12.2 per cent. The AEC said counting of postal votes "
        "would continue for several days. Labor is on track for a majority in the House of "
        "Representatives.",
        "The Coalition's primary vote has slumped to 31.8 per cent, according to AEC "
        "figures, well behind Labor on 34.6 per cent. The Greens attracted 12.2 per cent of "
        "first preferences. Postal votes are still being counted, the Australian Electoral "
        "Commission said. Labor looks set to govern in its own right.\n\nAdvertisement",
    ], ["2025-05-04", "2025-05-04"]),

    _case("election-AA8", "election", "control: rounding, crore vs million, ECI", False, [
        "PATNA: The first phase of the Bihar Assembly election recorded a turnout of 64.66 "
        "per cent across 121 constituencies, the Election Commission of India said. About "
        "3.75 crore voters were eligible to vote in this phase. Polling was largely "
        "peaceful, officials said. Women outnumbered men in the queues at many booths.",
        "Nearly 65% of voters cast their ballots in the first phase of polling in Bihar, "
        "according to the ECI. The phase covered 121 seats and some 37.5 million eligible "
        "voters. The poll panel said voting had passed off peacefully. The second phase "
        "will be held next week.\n\nRead more: Bihar "
        "phase two: what to watch",
    ], None),
]
