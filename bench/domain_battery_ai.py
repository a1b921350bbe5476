"""Blind domain battery, part AI.

Written by engineer AI1 on 2026-12-06 (twelfth session) without reading the reconcile
rules or other parts, before any run. A held-out part scored with
`bench/bench_domain_battery.py AI`. Every text was written for this file; the facts are
real or plausible-invented. Emphasis: English-language outlets in Britain, Ireland,
Australia, New Zealand, India, Singapore, Hong Kong and Canada.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AI", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ---- trade ---------------------------------------------------------------------------
    _case(
        "trade-AI1", "trade", "duration", True,
        [
            (
                "SINGAPORE – Senior American and Chinese trade officials met behind closed doors "
                "at a government guest house off Orchard Road on Sunday, in a session that ran for "
                "nearly five hours, according to two people briefed on the meeting. It was the "
                "fourth round of talks since the two sides agreed a tariff truce in the spring. "
                "China's delegation was led by Vice-Premier He Lifeng, while US Treasury Secretary "
                "Scott Bessent headed the American team. Neither side released a joint statement "
                "afterwards. \"The discussions were candid and constructive,\" China's Ministry of "
                "Commerce said in a brief note posted on its website late on Sunday. Singapore's "
                "Ministry of Trade and Industry said it had provided the venue at the request of "
                "both parties.\n\nShare this article\n\nAnalysts in the city-state said the fact "
                "that the meeting happened at all showed both capitals wanted to keep the truce "
                "alive."
            ),
            (
                "Chinese and US negotiators wrapped up a fresh round of trade talks in Singapore "
                "on Sunday after three and a half hours, with Beijing describing the exchange as "
                "\"candid and constructive\". Vice-Premier He Lifeng led the mainland side; the US "
                "team was headed by Treasury Secretary Scott Bessent. It was the fourth such "
                "meeting since the truce was struck earlier this year. The venue, a state guest "
                "house near Orchard Road, was offered by the Singapore government. No joint "
                "communique was issued.\n\nRead more: What the tariff truce means for Hong Kong "
                "exporters\n\nTraders in Hong Kong said they would watch for any sign of movement "
                "on chip export controls, which were not on the formal agenda, according to a "
                "person familiar with the matter."
            ),
        ],
        None,
        r"(?<![\d.])5 ?(hours?|hrs?)\b|five hours|five-hour|300 ?min",
        (
            r"3\.5 ?(hours?|hrs?|h\b)|three and a half|three-and-a-half|210 ?min"
            r"|3 ?(hours?|hrs?|h) (and )?30"
        ),
    ),
    _case(
        "trade-AI2", "trade", "clock time across zones", True,
        [
            (
                "China and the United States will hold off on any further tariff increases while "
                "negotiations continue, according to a joint statement issued simultaneously in "
                "both capitals at 10.15pm Beijing time on Tuesday. The statement said the two "
                "sides had agreed to keep the current 10 per cent baseline duty on each other's "
                "goods in place. Ministry of Commerce spokesman He Yadong said the understanding "
                "reflected \"the spirit of mutual respect\". Hong Kong's Hang Seng Index had "
                "already closed by the time the statement appeared.\n\nAdvertisement\n\nThe truce, "
                "first agreed last year, had been due to lapse at the end of the month. Exporters "
                "in the Pearl River Delta have been waiting for clarity before placing orders for "
                "the summer season."
            ),
            (
                "WASHINGTON — The United States and China said Tuesday they would refrain from "
                "raising tariffs on each other while talks go on, in a joint statement released at "
                "the same time in Washington and Beijing at 8:15 a.m. Eastern time. Both "
                "governments confirmed that a 10% baseline tariff would stay in place. The White "
                "House said the arrangement would be reviewed \"at the appropriate time.\" U.S. "
                "stock futures edged higher after the announcement. The truce had been set to "
                "expire at the end of February. Canadian officials, who are in separate talks with "
                "Washington, said they were studying the text."
            ),
        ],
        ["2026-02-17", "2026-02-17"],
        r"10[:.]15 ?p\.?m|22[:.]15|14[:.]15",
        r"(?<!\d)8[:.]15 ?a\.?m|08[:.]15|13[:.]15|21[:.]15|9[:.]15 ?p",
    ),
    _case(
        "trade-AI3", "trade", "length of tariff pause", True,
        [
            (
                "Beijing will keep its additional 24 per cent tariff on American goods suspended "
                "for another 90 days, the Customs Tariff Commission of the State Council said on "
                "Wednesday, extending a pause that was due to run out this week. A 10 per cent "
                "levy will remain in force during the period. Indian exporters of engineering "
                "goods have been watching the US-China truce closely, since a breakdown could "
                "divert cheap Chinese steel into South Asian markets. \"A stable US-China "
                "relationship is good for everyone,\" said an official of the Engineering Export "
                "Promotion Council, who asked not to be named. The commission also said it would "
                "continue to exclude some American farm products from retaliatory duties."
            ),
            (
                "China has extended its suspension of a 24 per cent extra tariff on US imports by "
                "60 days, buying time for negotiators after a round of talks last month ended "
                "without a deal. The Customs Tariff Commission said a 10 per cent duty would "
                "continue to apply. Australian barley and wine producers, who were once hit by "
                "Chinese trade measures of their own, say a longer truce between the two giants "
                "would help steady prices. The announcement came on Wednesday afternoon Beijing "
                "time. Economists at a Sydney investment bank said markets had largely expected "
                "the move.\n\nAdvertisement"
            ),
            (
                "Beijing has granted a 90-day extension to its pause on a 24% additional levy on "
                "American goods, the country's tariff commission announced on Wednesday. The 10% "
                "baseline stays. The decision keeps alive a fragile ceasefire in the trade war "
                "between the world's two largest economies. British manufacturers that source "
                "components from China said the extension offered some breathing space. Sterling "
                "was little changed against the dollar."
            ),
        ],
        None,
        r"(?<!\d)90[- ]?days?|ninety[- ]days?|three months|three-month",
        r"(?<!\d)60[- ]?days?|sixty[- ]days?|two months|two-month",
    ),
    _case(
        "trade-AI4", "trade", "percentage vs percentage points", True,
        [
            (
                "NEW DELHI: The Directorate General of Trade Remedies (DGTR) has recommended "
                "raising the safeguard duty on imports of certain flat-rolled steel products by 8 "
                "percentage points from the current 12 per cent, in a move aimed largely at "
                "shipments from China. The finance ministry has three months to accept or reject "
                "the recommendation. Steel imports from China rose to 1.9 million tonnes in the "
                "April-September period, according to figures compiled by the Joint Plant "
                "Committee. \"Domestic producers have been under severe pressure from dumped "
                "material,\" said a senior official at the Indian Steel Association. Shares of "
                "steelmakers rose on the news, with JSW Steel gaining 2.1 per cent in Mumbai "
                "trade. The DGTR said the higher duty should apply for three years."
            ),
            (
                "India's trade remedies authority wants to lift a safeguard duty on some Chinese "
                "flat steel by 8 per cent from 12 per cent, according to a notification published "
                "this week. The Directorate General of Trade Remedies proposed that the increase "
                "run for three years; New Delhi's Ministry of Finance must decide within three "
                "months whether to impose it. Chinese mills shipped about 1.9 million tonnes of "
                "steel to India between April and September, industry data show. Beijing's "
                "commerce ministry did not immediately respond to a request for comment. JSW Steel "
                "shares closed 2.1% higher in Mumbai.\n\nRead more: Asian steel prices slide as "
                "Chinese output stays high"
            ),
        ],
        None,
        r"(?<![\d.])8 ?(percentage points?|pp|ppts?|points?)",
        r"(?<![\d.])8 ?(%|per ?cent|pct)(?!age| ?points?)",
    ),
    _case(
        "trade-AI5", "trade", "speaker credited with a quote", True,
        [
            (
                "US and Chinese negotiators ended a first day of talks in Seoul on Thursday "
                "without announcing progress on soybeans or rare earths. \"We are not going to "
                "accept a deal that leaves American farmers behind,\" US Trade Representative "
                "Jamieson Greer told reporters outside the hotel. Chinese Vice-Premier He Lifeng, "
                "who leads Beijing's team, did not speak to the press. The talks are due to resume "
                "on Friday morning. Irish beef exporters, who compete with US producers in several "
                "Asian markets, are following the negotiations closely. China bought no US "
                "soybeans from the new harvest in September, according to its customs data."
            ),
            (
                "Soybeans and rare earth magnets dominated the agenda as American and Chinese "
                "officials met in Seoul on Thursday for a first day of negotiations. \"We are not "
                "going to accept a deal that leaves American farmers behind,\" Commerce Secretary "
                "Howard Lutnick told reporters as he left the venue. China's side is led by "
                "Vice-Premier He Lifeng. The delegations are set to meet again on Friday. "
                "Australian grain growers could lose market share in China if Beijing agrees to "
                "resume large purchases of US soybeans, analysts say.\n\nAdvertisement"
            ),
        ],
        None,
        r"greer",
        r"lutnick",
    ),
    _case(
        "trade-AI6", "trade", "control: dollars vs pounds, acronym and full name", False,
        [
            (
                "China has committed to buying $10.7bn (£8bn) of American agricultural products "
                "before the end of the year, its Ministry of Commerce (MOFCOM) said on Monday, as "
                "part of the truce agreed between the two countries. The purchases will include 12 "
                "million tonnes of soybeans, the ministry said. MOFCOM also confirmed it would "
                "suspend for one year the export controls on rare earths that it announced in "
                "October. British farming groups said they did not expect the arrangement to "
                "affect UK exports. The US Department of Agriculture welcomed the announcement."
            ),
            (
                "Beijing will buy US$10.7 billion worth of US farm goods by December 31, the "
                "commerce ministry announced on Monday, including 12 million tonnes of soybeans. "
                "The Ministry of Commerce said the purchases formed part of the framework reached "
                "with Washington. It also said rare-earth export controls unveiled in October "
                "would be suspended for a year. The United States Department of Agriculture (USDA) "
                "said it welcomed the commitment. Soybean futures in Chicago rose 1.4 per cent.\n\n"
                "Share this article"
            ),
        ],
        ["2025-11-03", "2025-11-03"],
    ),
    _case(
        "trade-AI7", "trade", "control: same moment on different calendar days", False,
        [
            (
                "WASHINGTON — U.S. President Donald Trump signed an executive order on Tuesday "
                "evening cutting the so-called fentanyl tariff on Chinese imports to 10 per cent "
                "from 20 per cent, the White House said. The order was signed at about 9 p.m. ET, "
                "according to a White House official. The reduction takes effect on November 10. "
                "Canada, which faces its own fentanyl-related duties, was not mentioned in the "
                "order. \"This is a good-faith step,\" a White House spokesperson said in a "
                "statement."
            ),
            (
                "US President Donald Trump has signed an order lowering the fentanyl-related "
                "tariff on mainland goods from 20 per cent to 10 per cent. He put his signature to "
                "it at around 10am Hong Kong time on Wednesday, late on Tuesday evening in "
                "Washington. The cut will apply from November 10, according to the White House, "
                "which called the move \"a good-faith step\". Hong Kong exporters said it offered "
                "modest relief. The Hang Seng Index rose 0.8 per cent in morning trade.\n\n"
                "Advertisement"
            ),
        ],
        ["2025-11-04", "2025-11-05"],
    ),
    _case(
        "trade-AI8", "trade", "control: old and new rates, different figures", False,
        [
            (
                "The average US tariff on Chinese goods will fall to about 47 per cent from 57 per "
                "cent under the agreement, according to calculations by a Washington-based think "
                "tank. China's average tariff on American products stands at roughly 32 per cent "
                "and will not change, the same analysis found. Beijing has agreed to resume "
                "purchases of US soybeans and to pause its new rare-earth export rules. For "
                "British importers of Chinese components, the lower US rate could mean fewer goods "
                "being diverted to Europe at cut prices, a London trade consultant said."
            ),
            (
                "Under the deal the average levy on Chinese imports into the US drops by 10 "
                "percentage points, to 47%, from 57% before, think-tank estimates show. Beijing's "
                "average duty on American goods remains at around 32%. In exchange, China will "
                "start buying US soybeans again and suspend its latest export controls on rare "
                "earths. Markets in Singapore and Sydney rose modestly on the news.\n\nRelated: "
                "Who wins and who loses from the truce"
            ),
        ],
        None,
    ),
    # ---- court ---------------------------------------------------------------------------
    _case(
        "court-AI1", "court", "majority size", True,
        [
            (
                "The Supreme Court has ruled by a majority of four to one that leaseholders in a "
                "Salford tower block cannot be made to pay for the removal of flammable cladding, "
                "in a judgment handed down on Thursday. Lord Reed, the court's president, gave the "
                "lead judgment. The case concerned 212 flats in Lowry Heights, a 19-storey block "
                "completed in 2011. The freeholder had sought to recover £4.6m in remediation "
                "costs through service charges. \"Parliament plainly intended that leaseholders "
                "should be protected,\" Lord Reed said. The Building Safety Act 2022 was at the "
                "heart of the dispute.\n\nAdvertisement\n\nCampaigners gathered outside the court "
                "in Parliament Square cheered when the decision was announced."
            ),
            (
                "Leaseholders at Lowry Heights in Salford are celebrating after the UK's highest "
                "court ruled in their favour on Thursday. Five justices heard the appeal, and the "
                "decision went three to two against the freeholder, which had wanted to pass on "
                "£4.6 million of cladding repair bills through service charges. Residents of the "
                "block's 212 flats had faced bills of up to £21,000 each. Lord Reed delivered the "
                "leading judgment, saying Parliament \"plainly intended that leaseholders should "
                "be protected\". The 19-storey building was finished in 2011. \"We can finally "
                "sleep at night,\" said one resident, who has lived there since it opened."
            ),
        ],
        ["2025-07-24", "2025-07-24"],
        r"(?<!\d)4 ?(-|–|to) ?1(?!\d)|four(-| )to(-| )one|four votes to one",
        r"(?<!\d)3 ?(-|–|to) ?2(?!\d)|three(-| )to(-| )two|three votes to two",
    ),
    _case(
        "court-AI2", "court", "size of penalty", True,
        [
            (
                "The Federal Court has ordered Coastline Energy to pay a A$100 million penalty for "
                "misleading about 300,000 customers over so-called \"pay on time\" discounts, in a "
                "case brought by the Australian Competition and Consumer Commission. Justice Helen "
                "Moran said the conduct had continued for more than four years. \"This was not a "
                "momentary lapse,\" she said in her judgment, delivered in Melbourne. The retailer "
                "had admitted breaching the Australian Consumer Law. ACCC chair Gina Cass-Gottlieb "
                "said the penalty sent a clear message to the energy sector.\n\nRead more: How to "
                "check whether your power bill discount is real"
            ),
            (
                "Energy retailer Coastline Energy will pay $110 million in penalties after the "
                "Federal Court of Australia found it misled some 300,000 customers with discounts "
                "that depended on paying bills on time. The ACCC brought the proceedings. In her "
                "judgment, Justice Helen Moran said the conduct, which went on for more than four "
                "years, was \"not a momentary lapse\". Coastline admitted the breaches of consumer "
                "law. Consumer advocates in Queensland said customers who lost discounts should "
                "check whether they are owed refunds. The company said it had since changed its "
                "billing practices."
            ),
            (
                "Coastline Energy penalised A$100m by Federal Court\n\nMELBOURNE: An Australian "
                "power retailer has been hit with a A$100m penalty over discounts that about "
                "300,000 households could lose by paying their bill a day late. The consumer "
                "watchdog, the ACCC, took the company to court. Justice Helen Moran found the "
                "conduct spanned more than four years. Coastline had admitted the contraventions."
            ),
        ],
        None,
        r"(?<![\d.,])100 ?(m\b|million|mn)",
        r"(?<![\d.,])110 ?(m\b|million|mn)",
    ),
    _case(
        "court-AI3", "court", "weekday mismatch for the same ruling", True,
        [
            (
                "The High Court will deliver its judgment on Thursday in a challenge by residents "
                "of Clonee, Co Meath, to planning permission for a 120-megawatt data centre, Ms "
                "Justice Aoife Brennan said on Tuesday. The residents' group, Clonee Says No, "
                "argues that An Coimisiún Pleanála failed to properly assess the project's demand "
                "on the electricity grid. The developer, Lumen Park Data Ltd, denies this. Counsel "
                "for the residents told the court the site was 2.3km from a special area of "
                "conservation. The hearing lasted four days.\n\nAdvertisement\n\nData centres "
                "consumed 22 per cent of Ireland's metered electricity last year, according to the "
                "Central Statistics Office."
            ),
            (
                "A ruling on the Clonee data centre judicial review is expected on Wednesday, "
                "after Ms Justice Aoife Brennan reserved judgment at the end of a four-day hearing "
                "in the Four Courts. Local group Clonee Says No is challenging the decision of An "
                "Coimisiún Pleanála to grant permission for the 120MW facility, which is to be "
                "built by Lumen Park Data Ltd. The group says the planning body did not properly "
                "examine the impact on the national grid. The site lies 2.3 kilometres from a "
                "protected conservation area, the court heard. \"We have done everything we can,\" "
                "a spokeswoman for the group said outside court. Data centres used 22% of the "
                "country's metered electricity in 2024, CSO figures show."
            ),
        ],
        ["2025-10-14", "2025-10-14"],
        r"thursday|oct(ober)?\.? 16|16(th)? oct|2025-10-16|16/10",
        r"wednesday|oct(ober)?\.? 15|15(th)? oct|2025-10-15|15/10",
    ),
    _case(
        "court-AI4", "court", "judge's title", True,
        [
            (
                "SINGAPORE – A former private banker who cheated three elderly clients of S$2.4 "
                "million was on Friday sentenced to six years and four months' jail by the High "
                "Court. Judicial Commissioner Teo Wei Ling said the offences involved \"a "
                "calculated betrayal of trust\". Marcus Lim Kok Heng, 47, had pleaded guilty to "
                "four charges of cheating, with nine other charges taken into consideration. He "
                "forged transfer instructions over a period of 26 months, the court heard. He has "
                "made restitution of about S$310,000. The prosecution had asked for a sentence of "
                "at least seven years."
            ),
            (
                "A Singapore High Court judge has jailed an ex-relationship manager for six years "
                "and four months for cheating elderly clients of S$2.4 million (US$1.87 million). "
                "Justice Teo Wei Ling described the scheme as \"a calculated betrayal of trust\". "
                "Marcus Lim Kok Heng, 47, admitted four cheating charges, while nine more were "
                "considered in sentencing. Over 26 months he forged instructions to move money out "
                "of the victims' accounts. About S$310,000 has been repaid.\n\nShare this "
                "article\n\nSingapore's banks have tightened checks on transfers by elderly "
                "customers since the case came to light."
            ),
        ],
        None,
        r"judicial commissioner",
        r"^(?!.*judicial commissioner).*\bjustice\b",
    ),
    _case(
        "court-AI5", "court", "dissenting judge", True,
        [
            (
                "NEW DELHI: A five-judge Constitution Bench of the Supreme Court on Tuesday held, "
                "by a 4:1 majority, that online real-money gaming platforms are liable to pay 28 "
                "per cent GST on the full face value of bets placed. Justice Arvind Kulkarni wrote "
                "the lone dissent, holding that the tax should apply only to platform fees. The "
                "majority opinion was authored by the Chief Justice of India. The ruling affects "
                "tax demands of over ₹1.12 lakh crore raised against gaming companies. \"The "
                "legislature was entitled to treat the activity as a whole,\" the majority said. "
                "Shares of listed gaming firms fell up to 9 per cent after the verdict."
            ),
            (
                "India's top court has sided with tax authorities in a long-running dispute over "
                "how online gaming companies should be taxed. By a majority of four to one, the "
                "Supreme Court ruled on Tuesday that 28% GST is payable on the entire value of "
                "bets placed on real-money platforms. Justice Nandita Bose dissented, saying the "
                "levy should be confined to platform fees. The majority judgment was written by "
                "the Chief Justice. Gaming companies face tax demands totalling more than Rs 1.12 "
                "lakh crore.\n\nAdvertisement\n\n\"The legislature was entitled to treat the "
                "activity as a whole,\" the majority said."
            ),
        ],
        ["2025-09-30", "2025-09-30"],
        r"kulkarni",
        r"\bbose\b",
    ),
    _case(
        "court-AI6", "court", "control: acronym and full name, crore vs billion", False,
        [
            (
                "NEW DELHI: The Delhi High Court on Wednesday refused bail to industrialist Rakesh "
                "Malhotra, who is accused by the Central Bureau of Investigation (CBI) of "
                "defrauding a consortium of banks led by State Bank of India of ₹500 crore. "
                "Justice Sunil Chawla said the investigation was at a \"crucial stage\" and the "
                "accused could influence witnesses. Malhotra, 58, was arrested in November. The "
                "CBI alleges the loans were diverted through 14 shell companies. His lawyers said "
                "they would approach the Supreme Court."
            ),
            (
                "An Indian court has denied bail to a businessman accused of a Rs 5 billion loan "
                "fraud against an SBI-led lending group. The Delhi HC said on Wednesday that the "
                "probe by the federal investigating agency, the CBI, was at a \"crucial stage\". "
                "Rakesh Malhotra, 58, who was detained in November, is alleged to have routed the "
                "borrowed money through 14 shell firms. Justice Sunil Chawla also said there was a "
                "risk he could influence witnesses. His legal team plans to appeal to the Supreme "
                "Court.\n\nRead more: India's biggest bank fraud cases"
            ),
        ],
        ["2025-03-19", "2025-03-19"],
    ),
    _case(
        "court-AI7", "court", "control: two quotes of one person, rounding", False,
        [
            (
                "CANBERRA — The High Court has ruled that the Commonwealth cannot keep people in "
                "immigration detention indefinitely after their visas are cancelled on character "
                "grounds when there is no real prospect of removing them from Australia. The "
                "decision of the seven-member bench was unanimous. Government lawyers had told the "
                "court that 82 people were in that position. Attorney-General Michelle Rowland "
                "said: \"We will study the judgment carefully and respond in a way that keeps the "
                "community safe.\" The case was brought by a stateless man who had been held for "
                "more than six years."
            ),
            (
                "All seven High Court justices agreed on Wednesday that indefinite detention of "
                "non-citizens who cannot be deported is unlawful, a ruling affecting more than 80 "
                "people. The applicant, a stateless man, had been detained for over six years "
                "after his visa was cancelled on character grounds. \"Community safety remains "
                "this government's highest priority,\" Attorney-General Michelle Rowland told "
                "reporters in Parliament House. Refugee advocates welcomed the decision.\n\n"
                "Advertisement"
            ),
        ],
        None,
    ),
    # ---- central bank --------------------------------------------------------------------
    _case(
        "cb-AI1", "central bank", "vote split", True,
        [
            (
                "The Bank of England held interest rates at 3.75 per cent on Thursday, with the "
                "Monetary Policy Committee voting 7–2 to keep borrowing costs on hold. Those in "
                "the minority favoured a quarter-point cut. Governor Andrew Bailey said inflation, "
                "which stood at 3.1 per cent in February, was \"moving in the right direction but "
                "not yet where we need it to be\". Mortgage lenders have been trimming fixed-rate "
                "deals in anticipation of cuts later in the year. The pound rose slightly against "
                "the euro after the announcement.\n\nAdvertisement\n\nThe Chancellor, Rachel "
                "Reeves, said the government's priority remained bringing down the cost of living."
            ),
            (
                "LONDON — Bank of England policymakers voted six to three to leave Bank Rate "
                "unchanged at 3.75%, the central bank said on Thursday. The minority backed a 25 "
                "basis point reduction. UK consumer price inflation was 3.1% in February. "
                "\"Inflation is moving in the right direction but not yet where we need it to "
                "be,\" Governor Andrew Bailey said. Traders in money markets still expect at least "
                "one cut before the summer."
            ),
            (
                "BoE keeps rates on hold\n\nThe Bank of England's rate-setters split six-three in "
                "favour of holding Bank Rate at 3.75 per cent on Thursday. Dissenters wanted a "
                "quarter-point reduction. Andrew Bailey, the Governor, said inflation was heading "
                "in the right direction. Homeowners on tracker mortgages will see no change to "
                "their monthly payments."
            ),
        ],
        ["2026-03-19", "2026-03-19", "2026-03-19"],
        r"(?<!\d)7 ?(-|–|to) ?2(?!\d)|seven(-| )to(-| )two|seven votes to two|seven-two",
        r"(?<!\d)6 ?(-|–|to) ?3(?!\d)|six(-| )to(-| )three|six votes to three|six-three",
    ),
    _case(
        "cb-AI2", "central bank", "name of dissenting member", True,
        [
            (
                "MUMBAI: The Reserve Bank of India's Monetary Policy Committee on Friday cut the "
                "repo rate by 25 basis points to 5.25 per cent, with five of its six members "
                "voting in favour. External member Kavita Rao was the lone dissenter, voting to "
                "keep the rate unchanged. Governor Sanjay Malhotra said the central bank would "
                "retain its \"neutral\" stance. The RBI raised its GDP growth projection for "
                "2025-26 to 7.3 per cent from 6.8 per cent. The standing deposit facility rate now "
                "stands at 5 per cent and the marginal standing facility rate at 5.5 per cent."
            ),
            (
                "India's central bank lowered its key lending rate by a quarter of a percentage "
                "point to 5.25% on Friday in a 5-1 vote, with Anil Deshmukh, one of the "
                "committee's three external members, opposing the move and preferring a pause. RBI "
                "Governor Sanjay Malhotra said the policy stance would stay neutral. The bank now "
                "expects the economy to grow 7.3% in the fiscal year ending March 2026, up from "
                "its earlier forecast of 6.8%. The 10-year government bond yield fell 4 basis "
                "points after the decision.\n\nShare this article"
            ),
        ],
        ["2025-12-05", "2025-12-05"],
        r"\brao\b",
        r"deshmukh",
    ),
    _case(
        "cb-AI3", "central bank", "amount of bond purchase", True,
        [
            (
                "The Reserve Bank of India will buy government securities worth ₹1 lakh crore "
                "through open market operations this month to ease tight liquidity in the banking "
                "system, the central bank said in a statement on Tuesday. The purchases will be "
                "conducted in four tranches. Liquidity has slipped into deficit after advance tax "
                "outflows and the RBI's dollar sales to support the rupee, which hit a record low "
                "of 90.42 against the US currency last week. \"The Reserve Bank will continue to "
                "monitor liquidity conditions,\" the statement said. Bond traders said the "
                "announcement was larger than they had expected."
            ),
            (
                "MUMBAI — India's central bank said on Tuesday it would purchase 500 billion "
                "rupees of government bonds through open market operations in four tranches this "
                "month, in an effort to relieve a cash squeeze in the banking system. Banking "
                "system liquidity turned negative after companies paid advance taxes and the "
                "central bank sold dollars to prop up the rupee, which touched an all-time low of "
                "90.42 per dollar last week. The RBI said it would keep monitoring liquidity. "
                "Benchmark bond yields eased after the announcement.\n\nAdvertisement"
            ),
        ],
        None,
        (
            r"(?<![\d.,])1 ?lakh ?(crore|cr)|1,00,000 ?crore|100,000 ?crore"
            r"|(?<![\d.])1 ?(trillion|tn)|1,000 ?(billion|bn)"
        ),
        r"50,?000 ?(crore|cr)|(?<![\d.])500 ?(billion|bn)|0\.5 ?lakh ?crore",
    ),
    _case(
        "cb-AI4", "central bank", "date of next meeting", True,
        [
            (
                "The Reserve Bank of New Zealand has left the official cash rate unchanged at 2.25 "
                "per cent in Governor Anna Breman's first decision since taking up the role. The "
                "Monetary Policy Committee said annual inflation of 3 per cent was expected to "
                "ease back towards the 2 per cent midpoint of its target band over the coming "
                "year. \"The committee remains prepared to lower the OCR further if needed,\" the "
                "bank said in its statement, released at 2pm. The next OCR announcement is "
                "scheduled for 8 April. Mortgage rates have already fallen sharply over the past "
                "year, and economists said borrowers should not expect much more relief."
            ),
            (
                "New Zealand's central bank kept its benchmark rate on hold at 2.25% on Wednesday, "
                "saying it stood ready to cut again if the economy needed it. The decision, "
                "released at 2pm Wellington time (12pm AEDT), was the first under Governor Anna "
                "Breman. Consumer prices rose 3% in the year to December, at the top of the RBNZ's "
                "1-3% target range. The next decision is due on 15 April. The New Zealand dollar "
                "edged lower against the Australian dollar after the announcement.\n\nRead more: "
                "Why the RBNZ and RBA are moving in different directions"
            ),
        ],
        ["2026-02-18", "2026-02-18"],
        r"(?<!\d)8(th)? apr|apr(il)?\.? 8(?!\d)|2026-04-08|08/04",
        r"(?<!\d)15(th)? apr|apr(il)?\.? 15|2026-04-15|15/04",
    ),
    _case(
        "cb-AI5", "central bank", "size of rate cut", True,
        [
            (
                "OTTAWA — The Bank of Canada cut its key interest rate by 25 basis points to 2.25 "
                "per cent on Wednesday, saying the economy was adjusting to U.S. tariffs but that "
                "unemployment remained elevated. Governor Tiff Macklem told reporters the current "
                "rate was \"about the right level\" to keep inflation close to 2 per cent. The "
                "jobless rate stood at 7.1 per cent in September. The bank also said it expected "
                "growth of 1.2 per cent this year. Economists at several big banks had predicted "
                "the move."
            ),
            (
                "The Bank of Canada delivered a half-percentage-point reduction in its policy rate "
                "on Wednesday, bringing it to 2.25%. BoC Governor Tiff Macklem said the rate was "
                "now at \"about the right level\" to keep inflation near the 2% target. Canada's "
                "unemployment rate was 7.1% in September, and the central bank forecasts 1.2% "
                "growth for 2025. Variable-rate mortgage holders should see their payments fall "
                "within weeks.\n\nAdvertisement"
            ),
        ],
        None,
        (
            r"(?<![\d.])25 ?(basis points?|bps?|bp)|0\.25 ?(percentage points?|pp|points?|%)"
            r"|quarter"
        ),
        r"(?<![\d.])50 ?(basis points?|bps?|bp)|0\.5 ?(percentage points?|pp|points?|%)|half",
    ),
    _case(
        "cb-AI6", "central bank",
        "control: bp vs pp, 24h vs 12h, MPC acronym, old vs new rate", False,
        [
            (
                "The Bank of England's Monetary Policy Committee (MPC) cut Bank Rate by 25 basis "
                "points to 3.75 per cent from 4 per cent on Thursday, in a 5–4 vote. The decision "
                "was published at 12:00 GMT. Governor Andrew Bailey, who cast the deciding vote, "
                "said: \"We still think rates are on a gradually declining path.\" CPI inflation "
                "fell to 3.2 per cent in November. The four members who voted against wanted to "
                "hold rates at 4 per cent."
            ),
            (
                "Borrowers got an early Christmas present on Thursday as the Bank of England "
                "trimmed interest rates by a quarter of a percentage point. The MPC's five-to-four "
                "vote took Bank Rate down to 3.75%, the lowest level since early 2023. The "
                "announcement came at noon. Inflation eased to 3.2% last month, official figures "
                "showed on Wednesday. \"We still think rates are on a gradually declining path,\" "
                "Bailey said.\n\nShare this article"
            ),
            (
                "UK rates cut to 3.75%\n\nThe Monetary Policy Committee narrowly voted for a 0.25 "
                "percentage point cut in Bank Rate, from 4% to 3.75%. The vote was 5-4. Savers "
                "with variable-rate accounts are likely to see lower returns in the new year. It "
                "was the Bank's fourth reduction this year."
            ),
        ],
        ["2025-12-18", "2025-12-18", "2025-12-18"],
    ),
    _case(
        "cb-AI7", "central bank",
        "control: 12h vs 24h clock, acronym, two quotes of one person", False,
        [
            (
                "SYDNEY — The Reserve Bank of Australia (RBA) left the cash rate target unchanged "
                "at 3.60 per cent on Tuesday, as widely expected. The Monetary Policy Board's "
                "decision was released at 2.30pm AEST. Governor Michele Bullock said: \"Inflation "
                "has come down a long way, but the last mile is proving harder.\" Trimmed mean "
                "inflation was 2.7 per cent in the June quarter, while unemployment was 4.3 per "
                "cent in August. The Australian dollar was little changed at US66 cents after the "
                "announcement."
            ),
            (
                "Australia's central bank kept its key rate steady at 3.6% on Tuesday, in a "
                "statement published at 14:30 Sydney time. The RBA said underlying inflation of "
                "2.7% in the second quarter was within its 2-3% target band, but flagged some "
                "upside risks. Speaking at a press conference later in the afternoon, Michele "
                "Bullock said: \"The board does not think it needs to do anything right now.\" The "
                "jobless rate was 4.3% in August.\n\nAdvertisement"
            ),
        ],
        ["2025-09-30", "2025-09-30"],
    ),
    # ---- rocket --------------------------------------------------------------------------
    _case(
        "rocket-AI1", "rocket", "lift-off time across zones", True,
        [
            (
                "SRIHARIKOTA: The Indian Space Research Organisation's Polar Satellite Launch "
                "Vehicle lifted off from the first launch pad of the Satish Dhawan Space Centre at "
                "6.23 am IST on Wednesday, placing the EOS-11 earth observation satellite in a "
                "sun-synchronous orbit about 19 minutes later. ISRO chairman V. Narayanan said the "
                "mission had been \"a textbook flight\". The 1,480-kg satellite carries a "
                "synthetic aperture radar for all-weather imaging, which will be used for crop "
                "monitoring and flood mapping. It was the PSLV's third flight this financial year."
            ),
            (
                "India launched a radar imaging satellite on Wednesday aboard its workhorse PSLV "
                "rocket, which left the pad at Sriharikota on the country's south-east coast at "
                "01:53 UTC. The EOS-11 spacecraft, weighing 1,480kg, separated from the upper "
                "stage roughly 19 minutes into the flight and entered a sun-synchronous orbit. "
                "Indian Space Research Organisation chief V. Narayanan described it as \"a "
                "textbook flight\". The satellite's radar can see through cloud, making it useful "
                "during the monsoon.\n\nRelated: India's private launch firms eye a bigger share "
                "of the market"
            ),
        ],
        ["2026-01-21", "2026-01-21"],
        r"(?<!\d)6[:.]23|06[:.]23|00[:.]53|12[:.]53 ?a",
        r"(?<!\d)1[:.]53|01[:.]53|(?<!\d)7[:.]23|07[:.]23",
    ),
    _case(
        "rocket-AI2", "rocket", "rocket name", True,
        [
            (
                "Beijing-based LandSpace launched its Zhuque-3 rocket from the Jiuquan Satellite "
                "Launch Centre in the Gobi Desert on Saturday, reaching orbit on the "
                "stainless-steel launcher's second flight. The company's attempt to land the first "
                "stage on a pad near the launch site did not succeed, according to a statement on "
                "its WeChat account. The rocket stands 66 metres tall and burns liquid methane and "
                "liquid oxygen. \"Recovery is a process of trial and learning,\" the company said. "
                "LandSpace is one of several Chinese start-ups racing to build reusable rockets to "
                "serve the country's planned satellite mega-constellations."
            ),
            (
                "Chinese private launch company LandSpace put its Zhuque-2E vehicle into orbit on "
                "Saturday from Jiuquan in north-west China, although an effort to bring the "
                "booster back for a vertical landing failed. The 66-metre, methane-fuelled rocket "
                "was making its second flight. In a WeChat post, the firm said recovery was \"a "
                "process of trial and learning\". Reusable boosters are seen as key to cutting the "
                "cost of deploying the Guowang and Qianfan internet constellations.\n\n"
                "Advertisement"
            ),
        ],
        None,
        r"zhuque-?3|\bzq-?3",
        r"zhuque-?2e|\bzq-?2e",
    ),
    _case(
        "rocket-AI3", "rocket", "flight duration", True,
        [
            (
                "Gold Coast company Gilmour Space says the second test flight of its Eris rocket "
                "delivered \"a huge amount of data\", despite the vehicle falling back to earth 23 "
                "seconds after lift-off from the Bowen Orbital Spaceport in north Queensland. The "
                "25-metre rocket cleared the launch tower before one of its four first-stage "
                "hybrid engines shut down, according to the company. Chief executive Adam Gilmour "
                "said the team was already working on a third vehicle. \"Every flight gets us "
                "closer to orbit,\" he said. No one was injured and the debris fell within the "
                "designated hazard area. The launch took place at 7.05am AEST on Tuesday."
            ),
            (
                "The Eris rocket stayed in the air for just 14 seconds on Tuesday morning before "
                "coming down near the pad at Bowen, in what Gilmour Space nonetheless called a "
                "successful test. One of the four engines on the 25m rocket's first stage cut out "
                "shortly after it cleared the tower, the company said. Lift-off was at 7.05am "
                "local time. \"Every flight gets us closer to orbit,\" chief executive Adam "
                "Gilmour told reporters. The Bowen Orbital Spaceport is Australia's first licensed "
                "orbital launch site.\n\nShare this article"
            ),
        ],
        ["2026-03-10", "2026-03-10"],
        r"(?<!\d)23 ?(seconds?|secs?|s\b)|twenty-three seconds",
        r"(?<!\d)14 ?(seconds?|secs?|s\b)|fourteen seconds",
    ),
    _case(
        "rocket-AI4", "rocket", "launch site", True,
        [
            (
                "TOKYO — The Japan Aerospace Exploration Agency's new Epsilon S solid-fuel rocket "
                "made its debut flight from the Uchinoura Space Center in Kagoshima prefecture on "
                "Thursday, carrying an earth-observation satellite built for Vietnam. JAXA said "
                "the satellite separated as planned about 12 minutes after lift-off. The launch "
                "had been delayed for more than two years after an explosion during a ground test "
                "of the rocket's second-stage motor. \"We are relieved and proud,\" project "
                "manager Hiroshi Mori told a press conference. The LOTUSat-1 satellite carries a "
                "radar to monitor floods and land use."
            ),
            (
                "Japan's Epsilon S rocket lifted off for the first time on Thursday from the "
                "Tanegashima Space Center in Kagoshima, delivering Vietnam's LOTUSat-1 radar "
                "satellite to orbit. The satellite separated around 12 minutes into the flight, "
                "JAXA said. The small launcher's debut was pushed back by more than two years "
                "following a motor explosion during ground testing. \"We are relieved and proud,\" "
                "said Hiroshi Mori, who manages the project.\n\nRead more: Vietnam's space "
                "ambitions take shape"
            ),
        ],
        None,
        r"uchinoura",
        r"tanegashima",
    ),
    _case(
        "rocket-AI5", "rocket", "number of satellites deployed", True,
        [
            (
                "Rocket Lab has launched another Electron mission from Launch Complex 1 on the "
                "Māhia Peninsula, deploying five satellites for Japanese Earth-imaging company "
                "Kumo Imaging. The rocket lifted off at 3.10pm NZDT on Tuesday, and all payloads "
                "were released into a 540-kilometre orbit about an hour later, the company said. "
                "It was Rocket Lab's 21st Electron launch of the year. Chief executive Peter Beck "
                "said the company was \"proud to keep delivering for Kumo\". Hawke's Bay tourism "
                "operators say launch days now draw visitors to the region."
            ),
            (
                "Rocket Lab's Electron put eight satellites into orbit for Kumo Imaging of Japan "
                "on Tuesday afternoon, lifting off from its launch site on the Māhia Peninsula at "
                "3.10pm. All the spacecraft were released into a 540km orbit around an hour after "
                "launch. The mission was the company's 21st Electron flight this year. \"We're "
                "proud to keep delivering for Kumo,\" chief executive Peter Beck said.\n\n"
                "Advertisement\n\nKumo Imaging plans a constellation of dozens of satellites by "
                "the end of the decade."
            ),
        ],
        ["2025-12-02", "2025-12-02"],
        r"(?<![\d.])5(?![\d.])|\bfive\b",
        r"(?<![\d.])8(?![\d.])|\beight\b",
    ),
    _case(
        "rocket-AI6", "rocket", "control: km vs miles, 24h vs 12h clock, ISRO acronym", False,
        [
            (
                "ISRO successfully carried out the second test vehicle flight for its Gaganyaan "
                "human spaceflight programme on Saturday, with the crew module splashing down in "
                "the Bay of Bengal about 10 km off the Sriharikota coast. The Indian Space "
                "Research Organisation said the single-stage test vehicle lifted off at 10:00 IST "
                "and the crew escape system pulled the module away at an altitude of about 17 km. "
                "The whole flight lasted roughly nine minutes. The Indian Navy recovered the "
                "module. \"This brings us a step closer to sending Indians into space from Indian "
                "soil,\" ISRO chairman V. Narayanan said."
            ),
            (
                "India's space agency Isro tested the escape system of its future astronaut "
                "capsule on Saturday, firing a test vehicle from Sriharikota at 10am IST. At a "
                "height of roughly 17 kilometres (10.5 miles) the escape motors pulled the "
                "uncrewed crew module clear, and it parachuted into the sea around six miles off "
                "the coast, where a navy ship picked it up. The flight took about nine minutes "
                "from launch to splashdown. The test is part of the Gaganyaan programme.\n\nShare "
                "this article"
            ),
        ],
        None,
    ),
    _case(
        "rocket-AI7", "rocket", "control: later update of a count, dates show order", False,
        [
            (
                "Hyderabad start-up Skyroot Aerospace said its Vikram-1 rocket had placed three "
                "small satellites in orbit on its maiden flight from Sriharikota on Wednesday. "
                "Signals had been received from two of the three satellites by late evening, the "
                "company said, while efforts to contact the third, a student-built cubesat, were "
                "continuing. \"The rocket performed exactly as designed,\" co-founder Pawan Kumar "
                "Chandana said. Vikram-1 is the first privately developed Indian rocket to attempt "
                "an orbital launch."
            ),
            (
                "All three satellites carried by Skyroot Aerospace's Vikram-1 rocket are now "
                "talking to ground stations, the company confirmed on Thursday, after engineers "
                "made contact overnight with a student-built cubesat that had been silent since "
                "Wednesday's launch. The rocket lifted off from Sriharikota on its first flight. "
                "Skyroot is the first private Indian company to attempt an orbital launch. The "
                "cubesat was built by engineering students in Chennai.\n\nAdvertisement"
            ),
        ],
        ["2026-01-14", "2026-01-15"],
    ),
    # ---- earthquake ----------------------------------------------------------------------
    _case(
        "quake-AI1", "earthquake", "magnitude", True,
        [
            (
                "KATHMANDU: An earthquake of magnitude 6.1 struck Sindhupalchok district in "
                "central Nepal at 4.32am, sending residents of the capital running into the "
                "streets, the National Earthquake Monitoring and Research Centre said. The "
                "epicentre was at Jalbire, about 75 km north-east of Kathmandu. At least three "
                "people were killed in landslides triggered by the tremor, and 46 houses were "
                "damaged, according to the district police office. Home Minister Ramesh Lekhak "
                "said security forces had been deployed for rescue work. Sindhupalchok was among "
                "the districts worst hit in the 2015 earthquake."
            ),
            (
                "A 5.6-magnitude quake jolted central Nepal before dawn, the country's National "
                "Earthquake Monitoring and Research Centre said, with its epicentre at Jalbire in "
                "Sindhupalchok, some 75 kilometres north-east of Kathmandu. The tremor hit at 4:32 "
                "a.m. local time. Police said three people died when landslides buried their "
                "homes, while 46 houses suffered damage. \"Rescue teams from the Nepal Army and "
                "Armed Police Force have reached the area,\" a district official said by phone.\n\n"
                "Advertisement\n\nShaking was also felt in parts of Tibet and in the Indian state "
                "of Bihar."
            ),
        ],
        None,
        r"(?<![\d.])6\.1(?!\d)",
        r"(?<![\d.])5\.6(?!\d)",
    ),
    _case(
        "quake-AI2", "earthquake", "epicentre town", True,
        [
            (
                "A magnitude 5.9 earthquake rattled much of the South Island late on Tuesday, with "
                "GeoNet putting its epicentre 15 km north of Te Anau at a depth of 12 km. The "
                "quake struck at 11.46pm and was felt as far away as Christchurch and Dunedin. "
                "More than 11,000 people reported feeling it on the GeoNet website. Southland "
                "civil defence said there were no immediate reports of serious damage, although "
                "some rockfalls had closed State Highway 94 overnight. \"It was a long, rolling "
                "one,\" said a Te Anau motel owner. The Alpine Fault runs through the region."
            ),
            (
                "Southland was shaken by a moderate-to-strong quake at 11.46pm on Tuesday, centred "
                "10km south of Milford Sound, GeoNet said. The 5.9-magnitude tremor was 12km deep "
                "and was felt across the South Island, with over 11,000 felt reports lodged. "
                "Rockfalls closed State Highway 94 overnight, Southland Emergency Management said, "
                "but there were no reports of injuries. GeoNet said aftershocks were likely over "
                "the coming days.\n\nRead more: What the Alpine Fault means for the South Island"
            ),
        ],
        ["2025-05-07", "2025-05-07"],
        r"te anau",
        r"milford",
    ),
    _case(
        "quake-AI3", "earthquake", "death toll (same time, conflicting)", True,
        [
            (
                "MANILA — At least 27 people were killed and more than 140 injured after a "
                "magnitude 6.8 earthquake struck off Surigao del Sur in the southern Philippines, "
                "the Office of Civil Defense said in a report issued at 6pm on Saturday. The quake "
                "hit at 10.14am on Friday at a depth of 20km, according to the Philippine "
                "Institute of Volcanology and Seismology (Phivolcs). Most deaths were in the town "
                "of Lianga, where a church and a market collapsed. President Ferdinand Marcos Jr "
                "said relief supplies were on the way."
            ),
            (
                "The death toll from Friday's strong earthquake in Mindanao stood at 37 as of 6pm "
                "on Saturday, with more than 140 people hurt, the Office of Civil Defense (OCD) "
                "said. Phivolcs measured the quake, which struck at 10:14 a.m. off the coast of "
                "Surigao del Sur, at magnitude 6.8 and a depth of 20 kilometres. Lianga town "
                "suffered the worst damage, including the collapse of a church. \"Relief supplies "
                "are on the way,\" Marcos said.\n\nShare this article"
            ),
            (
                "Philippine quake kills 27\n\nMANILA: Twenty-seven people have died in the "
                "magnitude 6.8 quake in Surigao del Sur, according to the Office of Civil "
                "Defense's 6pm Saturday update. More than 140 were injured. Rescuers in Lianga "
                "were still searching collapsed buildings. Phivolcs warned that aftershocks were "
                "expected."
            ),
        ],
        ["2026-02-21", "2026-02-21", "2026-02-21"],
        r"(?<!\d)27(?!\d)|twenty-seven",
        r"(?<!\d)37(?!\d)|thirty-seven",
    ),
    _case(
        "quake-AI4", "earthquake", "number of aftershocks", True,
        [
            (
                "TAIPEI — More than 40 aftershocks had been recorded by Thursday afternoon "
                "following Wednesday night's magnitude 6.3 earthquake off Hualien, Taiwan's "
                "Central Weather Administration said. The main quake struck at a depth of 15 km. "
                "Two people were injured by falling objects and train services on the east coast "
                "were briefly suspended. \"People should stay away from mountain areas because of "
                "the risk of landslides,\" a CWA official said. Taiwan's semiconductor plants said "
                "operations were unaffected."
            ),
            (
                "Taiwan's weather agency has logged more than 140 aftershocks since Wednesday "
                "night's 6.3-magnitude quake near Hualien, it said on Thursday afternoon. The "
                "Central Weather Administration said the main shock was 15 kilometres deep. Two "
                "people suffered minor injuries and east coast rail services were halted for a "
                "short time. Chipmaker TSMC said its facilities had not been affected.\n\n"
                "Advertisement\n\nHualien was the centre of a deadly magnitude 7.4 quake in April "
                "2024."
            ),
        ],
        ["2026-04-23", "2026-04-23"],
        r"(?<!\d)40(?!\d)|\bforty\b",
        r"(?<!\d)140(?!\d)|hundred and forty",
    ),
    _case(
        "quake-AI5", "earthquake", "clock time across zones", True,
        [
            (
                "A magnitude 6.9 earthquake struck off the Pacific coast of Hokkaido at 10:42pm "
                "local time, prompting the Japan Meteorological Agency to issue a tsunami advisory "
                "for parts of the northern island. Waves of up to 40cm were observed at Erimo. The "
                "quake was centred at a depth of about 50km. Chief Cabinet Secretary Minoru Kihara "
                "said there were no immediate reports of major damage. The advisory was lifted "
                "early the next morning."
            ),
            (
                "A strong offshore earthquake shook northern Japan at 13:12 GMT, according to the "
                "Japan Meteorological Agency, which put its magnitude at 6.9. The JMA issued a "
                "tsunami advisory for the Pacific coast of Hokkaido, and a 40-centimetre wave "
                "reached the port of Erimo. The quake's depth was estimated at 50 kilometres. "
                "\"There are no reports of major damage at present,\" Chief Cabinet Secretary "
                "Minoru Kihara, the government's top spokesman, told reporters.\n\nRelated: How "
                "Japan's tsunami warnings work"
            ),
        ],
        None,
        r"10[:.]42 ?p|22[:.]42|13[:.]42",
        r"13[:.]12|22[:.]12|10[:.]12 ?p",
    ),
    _case(
        "quake-AI6", "earthquake", "control: km vs miles, rounding", False,
        [
            (
                "A magnitude 5.2 earthquake shook Marlborough on Sunday afternoon, GeoNet said. "
                "The quake was centred 20 km north-west of Seddon at a depth of 15 km. More than "
                "8,000 people reported feeling it. There were no reports of damage, Marlborough "
                "District Council said. The area was badly affected by the 2013 Seddon and Lake "
                "Grassmere quakes."
            ),
            (
                "Seddon residents got a jolt on Sunday when a 5.2-magnitude earthquake struck "
                "about 12 miles north-west of the town, about 9 miles below the surface, according "
                "to New Zealand's GeoNet. Some 8,300 people lodged felt reports. The local council "
                "said there was no damage. \"It was a sharp bang and then a bit of a roll,\" one "
                "resident said.\n\nAdvertisement"
            ),
        ],
        None,
    ),
    _case(
        "quake-AI7", "earthquake", "control: same moment on different calendar days", False,
        [
            (
                "A magnitude 6.6 earthquake struck off the island of New Britain in Papua New "
                "Guinea at 22:30 GMT on Tuesday, the US Geological Survey said. The quake was 50km "
                "deep and centred about 90km from the town of Kimbe. The Pacific Tsunami Warning "
                "Center said there was no tsunami threat. There were no immediate reports of "
                "casualties. Papua New Guinea sits on the Pacific \"Ring of Fire\"."
            ),
            (
                "A strong earthquake rattled Papua New Guinea's West New Britain province at "
                "8.30am local time on Wednesday. The USGS measured it at magnitude 6.6, with a "
                "depth of 50 kilometres and an epicentre roughly 90 kilometres from Kimbe. The "
                "Bureau of Meteorology said there was no tsunami threat to Australia. Local "
                "officials were assessing damage to gardens and houses in nearby villages.\n\n"
                "Share this article"
            ),
        ],
        ["2025-12-02", "2025-12-03"],
    ),
    _case(
        "quake-AI8", "earthquake", "control: death toll updated, dates show order", False,
        [
            (
                "JAKARTA: At least 12 people were killed when a magnitude 6.2 earthquake struck "
                "Central Sulawesi on Thursday, Indonesia's National Disaster Management Agency "
                "(BNPB) said. The quake hit at 2.05pm local time near the town of Poso at a depth "
                "of 10 km. Dozens of houses collapsed and rescuers were searching for people "
                "believed to be trapped. The Meteorology, Climatology and Geophysical Agency "
                "(BMKG) said there was no tsunami risk."
            ),
            (
                "The number of people killed by Thursday's earthquake in Central Sulawesi has "
                "risen to 31, the BNPB disaster agency said on Saturday, as rescuers recovered "
                "more bodies from collapsed homes near Poso. The 6.2-magnitude quake struck at a "
                "shallow depth of 10 kilometres. \"The search will continue until everyone is "
                "found,\" a BNPB spokesman said. Indonesia's geophysics agency BMKG had ruled out "
                "a tsunami.\n\nAdvertisement"
            ),
        ],
        ["2026-02-19", "2026-02-21"],
    ),
    # ---- election ------------------------------------------------------------------------
    _case(
        "elec-AI1", "election", "vote share", True,
        [
            (
                "Reform UK has won the Haltonbrook by-election, taking the seat from Labour for "
                "the first time. Reform candidate Dean Marsh received 47.3 per cent of the vote, "
                "with Labour's Priya Sandhu second and the Conservatives a distant third. Turnout "
                "was 33.1 per cent, down from 58 per cent at the general election. The by-election "
                "was triggered by the resignation of the former Labour MP in January. \"Tonight "
                "the people of Haltonbrook have sent a message to Westminster,\" Mr Marsh said in "
                "his victory speech at the count, held at the town's leisure centre in the early "
                "hours of Friday.\n\nAdvertisement"
            ),
            (
                "Labour suffered a heavy defeat in Haltonbrook overnight, with Reform UK's Dean "
                "Marsh winning 43.7% of the votes cast. Labour's Priya Sandhu came second. Only "
                "33.1% of registered voters turned out, compared with 58% at the last general "
                "election. Marsh said voters had \"sent a message to Westminster\". The Liberal "
                "Democrats and Greens both lost their deposits. Labour's chair said the party "
                "would \"listen and learn\"."
            ),
            (
                "By-election: Reform gain Haltonbrook\n\nDean Marsh (Reform UK) was elected MP for "
                "Haltonbrook with 43.7 per cent of the vote. Turnout: 33.1 per cent. The Labour "
                "candidate, Priya Sandhu, finished second. Reform gain from Labour."
            ),
        ],
        None,
        r"47\.3",
        r"43\.7",
    ),
    _case(
        "elec-AI2", "election", "margin after recount", True,
        [
            (
                "The Conservatives have held the Ontario riding of Kawartha East by just 77 votes "
                "after a judicial recount, Elections Canada confirmed on Friday. Incumbent MP "
                "Sarah Whitlock defeated Liberal challenger Daniel Okafor. On election night the "
                "gap had been 104 votes, prompting the automatic recount. The judge overseeing the "
                "process found a number of ballots had been wrongly rejected at two polling "
                "stations in Lindsay. \"Every vote really does count,\" Whitlock told supporters. "
                "The result leaves the Liberals two seats short of a majority in the House of "
                "Commons."
            ),
            (
                "Kawartha East will stay blue. Conservative Sarah Whitlock has kept her seat by a "
                "margin of 87 votes following a judicial recount, according to Elections Canada. "
                "Liberal Daniel Okafor had asked for nothing more than a fair count, his campaign "
                "said. The election-night margin was 104, small enough to trigger an automatic "
                "recount under the Canada Elections Act.\n\nRead more: The closest ridings of the "
                "federal election\n\nThe Liberals remain two seats shy of a majority government."
            ),
        ],
        None,
        r"(?<![\d,.])77(?![\d,.])",
        r"(?<![\d,.])87(?![\d,.])",
    ),
    _case(
        "elec-AI3", "election", "turnout", True,
        [
            (
                "THIRUVANANTHAPURAM: The second and final phase of the local body elections in "
                "Kerala recorded a turnout of 73.69 per cent, the State Election Commission said "
                "on Friday. Polling was held in seven northern districts, including Kozhikode and "
                "Kannur. Voting was largely peaceful, though minor clashes were reported in two "
                "wards of Kannur. Counting of votes in all 14 districts will take place on 13 "
                "December. State Election Commissioner A. Shajahan said electronic voting machines "
                "had functioned smoothly."
            ),
            (
                "Kerala's second-phase local body polls saw 70.91% of voters cast their ballots on "
                "Thursday, according to final figures released by the State Election Commission on "
                "Friday. Seven districts in the north of the state, among them Kannur and "
                "Kozhikode, voted in this phase. Results for all 14 districts will be announced on "
                "December 13. The ruling LDF and the opposition UDF both claimed the turnout "
                "favoured them.\n\nShare this article"
            ),
        ],
        ["2025-12-12", "2025-12-12"],
        r"73\.(69|7)(?!\d)",
        r"70\.(91|9)(?!\d)",
    ),
    _case(
        "elec-AI4", "election", "typo in year of a date", True,
        [
            (
                "PATNA: The Election Commission of India has announced that votes in the Bihar "
                "Assembly election will be counted on 14 November 2025. Polling for the 243 seats "
                "will take place in two phases, on 6 and 11 November. About 7.4 crore electors are "
                "eligible to vote, including some 14 lakh first-time voters. Chief Election "
                "Commissioner Gyanesh Kumar said every polling station would have webcasting. The "
                "model code of conduct came into force immediately."
            ),
            (
                "Bihar will vote in two phases on November 6 and November 11, with counting on 14 "
                "November 3025, the Election Commission said at a press conference in New Delhi. "
                "The state has 243 assembly constituencies and roughly 7.4 crore registered "
                "voters, of whom about 14 lakh will be voting for the first time. Chief Election "
                "Commissioner Gyanesh Kumar said all booths would be webcast. The model code of "
                "conduct is now in effect.\n\nAdvertisement"
            ),
        ],
        None,
        r"^(?!.*3025).*(2025|14(th)? nov|nov(ember)?\.? 14)",
        r"3025",
    ),
    _case(
        "elec-AI5", "election", "official's title", True,
        [
            (
                "Turnout at the federal election was 90.7 per cent, the lowest since compulsory "
                "voting was introduced in 1924, Australian Electoral Commissioner Jeff Pope said "
                "on Monday. Mr Pope said informal voting had also risen, to 5.6 per cent in the "
                "House of Representatives. \"We need to make sure every Australian knows how to "
                "cast a formal vote,\" he said. The AEC will examine whether the rise in pre-poll "
                "voting has affected turnout."
            ),
            (
                "Fewer Australians turned out to vote at this year's federal election than at any "
                "point since 1924, when voting became compulsory. Deputy Electoral Commissioner "
                "Jeff Pope said turnout was 90.7%. The informal vote for the lower house climbed "
                "to 5.6%. \"We need to make sure every Australian knows how to cast a formal "
                "vote,\" Pope told a Senate estimates hearing.\n\nAdvertisement"
            ),
        ],
        None,
        r"(?<!deputy )electoral commissioner",
        r"deputy electoral commissioner",
    ),
    _case(
        "elec-AI6", "election", "control: different parties' figures, rounding, pp", False,
        [
            (
                "ADELAIDE — Labor has won a third term in South Australia with an increased "
                "majority, taking 31 of the 47 seats in the House of Assembly, the Electoral "
                "Commission of South Australia (ECSA) said on Sunday. Labor's primary vote rose "
                "6.2 percentage points to 46.2 per cent, while the Liberals slumped to 28.9 per "
                "cent and won 12 seats. Independents took the remaining four seats. Premier Peter "
                "Malinauskas said the result was \"a humbling vote of confidence\"."
            ),
            (
                "Peter Malinauskas's Labor government has been returned in SA with 31 seats to the "
                "Liberals' 12, with independents holding four. Labor's primary vote was just over "
                "46%, up 6.2 points, according to Electoral Commission SA figures, against 28.9% "
                "for the Liberal Party. Malinauskas described the win as \"a humbling vote of "
                "confidence\".\n\nShare this article\n\nThe Liberals will now choose a new leader."
            ),
        ],
        None,
    ),
    _case(
        "elec-AI7", "election", "control: seat count updated, dates show order", False,
        [
            (
                "CARDIFF — Plaid Cymru was on course to be the largest party in the Senedd on "
                "Friday, with 22 seats won so far and results from six of the 16 constituencies "
                "still to come. Reform UK had 17 seats and Labour 11 at the same stage. Plaid "
                "leader Rhun ap Iorwerth said: \"Wales has voted for change.\" It is the first "
                "election to the enlarged 96-member Senedd, with six members elected in each "
                "constituency."
            ),
            (
                "Plaid Cymru finished as the largest party in the Senedd with 36 of the 96 seats, "
                "final results published on Saturday showed. Reform UK won 30 seats, Labour 18, "
                "the Conservatives seven, the Greens three and the Liberal Democrats two. Labour "
                "had governed Wales for more than 25 years. Rhun ap Iorwerth is expected to seek "
                "to form a minority government.\n\nAdvertisement"
            ),
        ],
        ["2026-05-08", "2026-05-09"],
    ),
]
