"""Blind battery of disagreements in the hidden check's domains, part N (issue 11).

Part N, written by engineer N1 on 2026-12-06 (eleventh session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py N``. The reports imitate non-US English-language outlets
(Indian, British, Irish, Australian, Singaporean, Hong Kong, South African, Canadian).
Must-report cases plant exactly one genuine disagreement between outlets; controls tell
the same facts differently (rounding, units, time zones, names written two ways, later
updates with dates showing the order, figures about different things).
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "N", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # --- trade ---
    _case("trade-N1", "trade", "duration", True, [
        ("LONDON — Chinese and American negotiators wrapped up a second day of trade "
         "talks in London on Tuesday, with both sides saying they had agreed on a "
         "framework to put last month's Geneva truce back on track. The delegations sat "
         "down at Lancaster House at 10:00 local time and did not break up until about "
         "21:00, close to eleven hours later. Vice-Premier He Lifeng led the Chinese "
         "side, while US Treasury Secretary Scott Bessent headed the American team. "
         "Beijing's commerce ministry said the framework would now be taken back to both "
         "leaders for approval. Advertisement The talks centred on Chinese export "
         "licences for rare-earth magnets and American curbs on chip-design software. "
         "Markets in Hong Kong were little changed, with the Hang Seng closing 0.1 per "
         "cent lower."),
        ("US and Chinese officials have agreed a 'framework' to implement the consensus "
         "reached in Geneva, US Commerce Secretary Howard Lutnick told reporters after a "
         "second day of negotiations in the British capital. Tuesday's session ran for "
         "six and a half hours, according to a US official briefed on the meetings. 'We "
         "have reached a framework,' Mr Lutnick said, adding that he expected the "
         "dispute over rare-earth exports to be settled. He Lifeng, China's "
         "vice-premier, led Beijing's delegation. The framework will be presented to "
         "presidents Donald Trump and Xi Jinping for sign-off. Share this article. The "
         "first round of talks, held in Geneva in May, produced a 90-day reduction in "
         "tariffs."),
    ], None,
        (r"\b1[01](\.\d+)? ?(hours?|hrs?|h\b)|eleven|ten and a half"
         r"|\b6[3-6]\d ?min"),
        (r"\b6(\.5)? ?(hours?|hrs?|h\b)|six and a half|six-and-a-half|\b390 ?min"
         r"|\b6 ?h(ours?|rs?)? ?(and )?30")),
    _case("trade-N2", "trade", "clock time across zones", True, [
        ("STOCKHOLM — US and Chinese trade negotiators resumed their talks in the "
         "Swedish capital on Tuesday morning, seeking to extend a tariff truce that is "
         "due to lapse on 12 August. The second day of discussions got under way at "
         "10:00 local time at Rosenbad, the prime minister's office, Swedish officials "
         "said. Treasury Secretary Scott Bessent is leading the American side, and "
         "China's team is headed by Vice-Premier He Lifeng. The two delegations met for "
         "about five hours on Monday. Read more: What the Geneva deal changed for "
         "Singapore exporters. Analysts at DBS said a further extension of the truce was "
         "the most likely outcome."),
        ("Sino-US trade talks in Stockholm went into a second day on Tuesday, with the "
         "session restarting at around 3pm Hong Kong time. The meetings are being held "
         "at the Swedish government's Rosenbad offices in the centre of the city. "
         "Beijing's delegation, led by He Lifeng, includes Li Chenggang, the commerce "
         "ministry's chief trade negotiator. Washington's 30 per cent levy on most "
         "Chinese goods and Beijing's 10 per cent counter-tariff stay in place for as "
         "long as the truce lasts, which is currently until 12 August. The Hang Seng "
         "Index added 0.5 per cent by the close."),
    ], ["2025-07-29", "2025-07-29"],
        r"\b10[:.]00|\b10 ?a\.?m|\b16[:.]00|\b4 ?p\.?m|\b08[:.]00|\b8 ?a\.?m",
        r"\b15[:.]00|\b3 ?p\.?m|\b09[:.]00|\b9 ?a\.?m|\b07[:.]00|\b7 ?a\.?m"),
    _case("trade-N3", "trade", "person's title", True, [
        ("GENEVA — The United States and China said on Sunday they had made 'substantial "
         "progress' after two days of closed-door talks at the residence of the Swiss "
         "ambassador to the UN. US Trade Representative Jamieson Greer told reporters "
         "the gap between the two sides was 'not as large as thought'. Treasury "
         "Secretary Scott Bessent said details would be released on Monday. China's "
         "delegation was led by Vice-Premier He Lifeng. Advertisement The meeting was "
         "the first face-to-face encounter between senior officials since tariffs on "
         "both sides climbed above 100 per cent in April."),
        ("US-China talks in Geneva ended on a positive note on Sunday, with Washington "
         "saying a deal had been reached to narrow the trade deficit. Commerce Secretary "
         "Jamieson Greer, who sat in on both days alongside Treasury chief Scott "
         "Bessent, said a joint statement would follow. The two-day meeting at the Swiss "
         "envoy's villa was the first high-level contact since the tariff war escalated "
         "this spring. He Lifeng, China's vice-premier, described the discussions as "
         "candid and constructive. Indian exporters are watching closely, as a US-China "
         "thaw could erode the advantage some of them had gained in the American market."),
    ], None,
        r"trade representative|\bustr\b",
        r"commerce secretary|secretary of commerce"),
    _case("trade-N4", "trade", "length of tariff pause", True, [
        ("BEIJING/WASHINGTON — Washington and Beijing have agreed to extend their tariff "
         "truce by another 90 days, averting a return to triple-digit duties just hours "
         "before the pause was due to expire. The executive order was signed late on "
         "Monday, US time. Without it, the US levy on most Chinese goods would have "
         "jumped back to 145 per cent. China's commerce ministry confirmed that it would "
         "likewise keep its own suspension in place. Canadian canola growers, already "
         "hit by Chinese anti-dumping duties, said the news offered little relief. Share "
         "this article"),
        ("The US and China have once again stepped back from the brink, agreeing to keep "
         "their trade truce alive for a further two months. President Donald Trump "
         "signed the order on Monday, the White House said. Beijing said in a statement "
         "that it too would prolong the suspension of its additional levies on American "
         "goods. South African citrus and wine exporters, who have been squeezed by "
         "Washington's own tariffs on Pretoria, will be watching the outcome closely. "
         "The truce was first agreed in Geneva in May and was later discussed again in "
         "Stockholm."),
    ], None,
        r"\b90[- ]?days?|ninety days|three months|\b3 months|\b13 weeks",
        r"\b60[- ]?days?|sixty days|two months|\b2 months|\b8 weeks"),
    _case("trade-N5", "trade", "venue (place) differs", True, [
        ("KUALA LUMPUR — US and Chinese trade negotiators met for a second day on Sunday "
         "on the sidelines of the ASEAN summit, holding their talks on an upper floor of "
         "the Merdeka 118 skyscraper. Scott Bessent, the US Treasury Secretary, said the "
         "two sides had arrived at a 'very successful framework' for their leaders to "
         "consider. The meeting came days before a planned encounter between Donald "
         "Trump and Xi Jinping in South Korea. China's side was led by Vice-Premier He "
         "Lifeng. Read more: ASEAN leaders sign upgraded trade pact with China"),
        ("He Lifeng and Scott Bessent wrapped up two days of talks in the Malaysian "
         "capital on Sunday, meeting at the Kuala Lumpur Convention Centre, where ASEAN "
         "leaders were gathering for their annual summit. Li Chenggang, Beijing's top "
         "trade negotiator, told reporters afterwards that the two sides had reached a "
         "'preliminary consensus'. The agenda covered export controls, fentanyl-related "
         "tariffs and port fees on each other's ships. The talks set the stage for a "
         "Trump-Xi meeting in South Korea later in the week."),
    ], ["2025-10-26", "2025-10-26"],
        r"merdeka",
        r"convention cent|klcc"),
    _case("trade-N6", "trade", "control: organisation named two ways, rounding", False, [
        ("BEIJING (Reuters) - China's Ministry of Commerce said on Wednesday it would "
         "suspend for one year a set of export controls on rare earths that it had "
         "announced in October, following the meeting between Presidents Xi Jinping and "
         "Donald Trump in Busan. The ministry also said it would lift retaliatory "
         "tariffs of up to 15 per cent on some US farm goods from 10 November. Beijing "
         "has committed to buying 12 million tonnes of US soybeans before the end of the "
         "year, according to the White House. US soybean exports to China were worth "
         "about US$12.6 billion last year."),
        ("Beijing has confirmed it will put its October rare-earth export restrictions "
         "on hold for a year. The commerce ministry, known as MOFCOM, said tariffs of as "
         "much as 15% on American agricultural products will be removed from November "
         "10. Advertisement China has agreed to purchase 12 million metric tons of "
         "American soybeans by year's end, the White House says. Last year's US soybean "
         "shipments to China were worth roughly $13 billion. Australian grain traders "
         "expect Chinese buyers to shift some orders away from Brazil."),
    ], None),
    _case("trade-N7", "trade", "control: same moment, different calendar day", False, [
        ("BUSAN — Chinese President Xi Jinping and US President Donald Trump met on "
         "Thursday morning at an air base in Busan, their first face-to-face talks since "
         "2019. The meeting lasted 100 minutes. Afterwards Mr Trump said he would reduce "
         "the so-called fentanyl tariff on Chinese goods from 20 per cent to 10 per "
         "cent, bringing the overall rate down to about 47 per cent. Beijing agreed to "
         "pause its new rare-earth export controls for a year. Advertisement The two "
         "leaders did not discuss Taiwan, Mr Trump told reporters on board Air Force "
         "One."),
        ("Donald Trump and Xi Jinping sat down together in South Korea late Wednesday "
         "evening, Eastern time, for talks lasting an hour and 40 minutes at an air base "
         "in Busan. Trump said afterwards that the 20 per cent tariff tied to fentanyl "
         "would be halved to 10 per cent, which he said would leave the combined levy on "
         "Chinese imports at 47 per cent, down from 57 per cent. China, for its part, "
         "will hold off for one year on the sweeping rare-earth export restrictions it "
         "unveiled earlier this month. Share this article. Canadian officials have been "
         "seeking a meeting of their own with Xi at the APEC summit in Gyeongju."),
    ], ["2025-10-30", "2025-10-29"]),
    _case("trade-N8", "trade", "control: old rate and new rate", False, [
        ("The US and China have agreed to slash the tariffs they imposed on each other's "
         "goods for an initial 90 days, in a breakthrough that sent stock markets "
         "sharply higher. Under the deal unveiled in Geneva on Monday, American duties "
         "on Chinese imports will fall from 145 per cent to 30 per cent, while China's "
         "levies on US goods will drop from 125 per cent to 10 per cent. The FTSE 100 "
         "closed 0.6 per cent up. 'Neither side wants a decoupling,' Treasury Secretary "
         "Scott Bessent said."),
        ("In a joint statement issued on 12 May, Washington and Beijing said they would "
         "keep a 30 per cent tariff on Chinese goods and a 10 per cent Chinese duty on "
         "US products for 90 days while negotiations continue. The Sensex jumped nearly "
         "3 per cent on the day, its biggest single-day gain in four years. Also Read: "
         "Will the truce hurt India's China-plus-one pitch? Exporters in Tiruppur and "
         "Noida fear the pause could blunt the edge they had gained over Chinese rivals. "
         "Scott Bessent, the US Treasury Secretary, told reporters: 'Neither side wants "
         "a decoupling.'"),
    ], ["2025-05-12", "2025-05-13"]),
    # --- court ---
    _case("court-N1", "court", "size of the majority", True, [
        ("NEW DELHI: A seven-judge Constitution Bench of the Supreme Court on Thursday "
         "held, by a 6:1 majority, that states may sub-classify Scheduled Castes for the "
         "purpose of reservation in jobs and education. Chief Justice D.Y. Chandrachud "
         "wrote the lead opinion. Justice Bela M. Trivedi dissented, holding that only "
         "Parliament could alter the Presidential list of Scheduled Castes. The ruling "
         "overturns the court's 2004 judgment in E.V. Chinnaiah. Also Read: What the "
         "sub-classification verdict means for Punjab's Valmiki quota."),
        ("The Supreme Court's seven-judge bench split five to two on Thursday, allowing "
         "states to create sub-quotas within the Scheduled Castes so that the most "
         "backward groups get a larger share of reserved posts. Justice Bela Trivedi "
         "wrote a dissent. The verdict overrules the 2004 decision in the E.V. Chinnaiah "
         "case, which had treated the Scheduled Castes as a single homogeneous class. "
         "Several state governments, including Punjab and Tamil Nadu, had argued in "
         "favour of sub-classification."),
    ], None,
        r"\b6 ?(:|-|–|to) ?1\b|\bsix\b|\b6\b",
        r"\b5 ?(:|-|–|to) ?2\b|\bfive\b|\b5\b"),
    _case("court-N2", "court", "size of a penalty", True, [
        ("The National Company Law Appellate Tribunal (NCLAT) on Tuesday upheld the "
         "₹213.14 crore penalty imposed on Meta by the Competition Commission of India "
         "over WhatsApp's 2021 privacy policy, but set aside a five-year ban on WhatsApp "
         "sharing user data with other Meta companies for advertising. A two-member "
         "bench said the CCI's finding of abuse of dominance stood. Meta had deposited "
         "25 per cent of the penalty when it filed its appeal. Advertisement WhatsApp "
         "has more than 500 million users in India, its largest market."),
        ("Meta Platforms must pay the Rs 231 crore fine levied by India's competition "
         "regulator, the appellate tribunal ruled on Tuesday, although it lifted the "
         "five-year restriction on WhatsApp passing user data to Facebook and Instagram "
         "for advertising purposes. The tribunal agreed with the CCI that Meta had "
         "abused its dominant position in the messaging market. A Meta spokesperson said "
         "the company was reviewing the order. The case concerns the app's 2021 update "
         "to its privacy terms, which users had to accept to keep using the service."),
    ], ["2025-11-04", "2025-11-04"],
        r"\b213(\.14)?\b|2\.13\d* ?(billion|bn)|2,?131,?4",
        r"\b231\b|2\.31 ?(billion|bn)|2,?310,?000,?000"),
    _case("court-N3", "court", "date of next hearing", True, [
        ("The Delhi High Court on Tuesday continued hearing news agency ANI's copyright "
         "suit against OpenAI, with the ChatGPT maker arguing that Indian courts lack "
         "jurisdiction because its servers are located abroad. Justice Amit Bansal heard "
         "submissions from both sides before adjourning the case to 28 January. The "
         "court has appointed two amici curiae to assist it on questions of copyright "
         "law. Several publishers, among them members of the Digital News Publishers "
         "Association, have sought to join the suit. Read more: What the ANI case means "
         "for AI training in India"),
        ("OpenAI told the Delhi HC that keeping its training data outside India places "
         "it beyond the court's reach, as arguments resumed in the lawsuit filed by "
         "Asian News International. ANI alleges that ChatGPT was trained on its news "
         "content without permission and has at times attributed made-up stories to the "
         "agency. OpenAI denies any wrongdoing. The matter will next be heard on 18 "
         "February, Justice Amit Bansal ordered."),
    ], None,
        r"28 jan|jan\w* 28|-01-28|28/0?1",
        r"18 feb|feb\w* 18|-02-18|18/0?2"),
    _case("court-N4", "court", "weekday vs date mismatch", True, [
        ("The UK Supreme Court ruled on Wednesday that the terms 'woman' and 'sex' in "
         "the Equality Act 2010 refer to biological sex. Five justices gave a unanimous "
         "judgment in the case brought by the campaign group For Women Scotland against "
         "the Scottish Government. 'This is not a victory for one side over another,' "
         "Lord Hodge told a packed courtroom, adding that trans people kept their "
         "protection against discrimination. The litigation began in 2018. Share this "
         "article"),
        ("Campaigners outside the Supreme Court in London cheered on Thursday as the "
         "UK's highest court found that a woman, for the purposes of the Equality Act, "
         "means a biological woman. The judgment was unanimous. For Women Scotland had "
         "challenged Scottish Government guidance saying a trans woman with a gender "
         "recognition certificate counted as a woman. The Scottish Government said it "
         "accepted the ruling and would study its implications for public bodies."),
    ], ["2025-04-17", "2025-04-17"],
        r"wednesday|16 apr|apr\w* 16|-04-16",
        r"thursday|17 apr|apr\w* 17|-04-17"),
    _case("court-N5", "court", "who dissented", True, [
        ("CANBERRA — The High Court has upheld the federal government's power to strip "
         "visas from non-citizens on character grounds, dismissing a challenge brought "
         "by a New Zealand man who had lived in Australia since childhood. The court "
         "split six to one. Justice Michelle Gordon, the only dissenting judge, said the "
         "law gave the minister 'a power without any real limit'. The man, who cannot be "
         "named, was detained in 2023 after serving a prison sentence for assault. Home "
         "Affairs Minister Tony Burke welcomed the decision."),
        ("Australia's highest court has ruled by a 6-1 majority that the cancellation of "
         "a New Zealander's visa was lawful, a decision that could affect hundreds of "
         "Kiwis facing deportation across the Tasman. Justice James Edelman dissented. "
         "The man, whose identity is suppressed, moved to Australia as a child and was "
         "taken into immigration detention in 2023 after finishing a jail term for "
         "assault. Home Affairs Minister Tony Burke said the government would keep using "
         "the powers 'to protect the community'."),
    ], None,
        r"gordon",
        r"edelman"),
    _case("court-N6", "court", "control: two unrelated quotes of one person", False, [
        ("JOHANNESBURG — The Constitutional Court on Thursday declared invalid a section "
         "of the Electoral Act that required independent candidates for the National "
         "Assembly to collect thousands of supporters' signatures, and gave Parliament "
         "24 months to cure the defect. 'Standing for public office cannot be reserved "
         "for those with the means to gather thousands of signatures,' Chief Justice "
         "Mandisa Maya said when handing down the unanimous judgment. The case was "
         "brought by the Independent Candidate Association. Read more: IEC gears up for "
         "next year's local elections. Parliament's home affairs committee said it would "
         "study the judgment before drafting amendments."),
        ("South Africa's apex court has given lawmakers two years to amend the Electoral "
         "Act after finding the signature threshold for independent candidates unfair. "
         "In another passage of the ruling, Chief Justice Mandisa Maya said the "
         "Electoral Commission 'should not be left to clean up after Parliament'. All "
         "the judges concurred. The Independent Candidate Association, which launched "
         "the challenge, described the judgment as a win for ordinary voters."),
    ], None),
    _case("court-N7", "court", "control: months vs years, names two ways", False, [
        ("A former private banker was sentenced to 18 months' jail in the State Courts "
         "on Friday for helping to launder S$2.4 million linked to an overseas online "
         "gambling syndicate. Tan Wei Jie, 41, had pleaded guilty to three charges under "
         "the Corruption, Drug Trafficking and Other Serious Crimes Act. Deputy Public "
         "Prosecutor Lim Shu Min, from the Attorney-General's Chambers, had asked for 20 "
         "to 24 months. Advertisement The case is linked to Singapore's largest "
         "money-laundering investigation."),
        ("Tan Wei Jie, 41, who worked as a relationship manager at a private bank, was "
         "jailed for a year and a half on Friday after admitting that he helped to move "
         "$2.4m of illicit funds tied to an illegal gambling ring abroad. The "
         "prosecution, from the AGC, had sought between 20 and 24 months' imprisonment. "
         "District Judge Ong Kai Min said the sums involved were substantial and the "
         "offences had been committed over several months. Tan's lawyer had asked for "
         "leniency, citing his cooperation with investigators."),
    ], ["2025-03-14", "2025-03-14"]),
    # --- central bank ---
    _case("cb-N1", "central bank", "size of the cut (basis points)", True, [
        ("MUMBAI: The Reserve Bank of India on Friday cut the repo rate by 50 basis "
         "points to 5.5 per cent, a bigger move than most economists had expected, and "
         "changed its policy stance from 'accommodative' to 'neutral'. Governor Sanjay "
         "Malhotra also announced a 100-basis-point reduction in the cash reserve ratio, "
         "to 3 per cent, to be phased in from September, releasing about ₹2.5 lakh crore "
         "into the banking system. The RBI lowered its inflation forecast for FY26 to "
         "3.7 per cent from 4 per cent. Also Read: How much will your home loan EMI "
         "fall?"),
        ("India's central bank lowered its benchmark repurchase rate by a quarter of a "
         "percentage point to 5.50% on Friday and shifted to a neutral stance. The "
         "Reserve Bank of India also reduced the share of deposits that lenders must "
         "keep as reserves by one percentage point to 3%, which it said would free up "
         "2.5 trillion rupees of liquidity. The RBI now expects inflation of 3.7% in the "
         "fiscal year ending March 2026. Governor Sanjay Malhotra said monetary policy "
         "had 'very limited space' left to support growth."),
    ], ["2025-06-06", "2025-06-06"],
        (r"(?<![\d.])50 ?(basis[- ]points?|bps?)\b"
         r"|(?<![\d.])0\.50? ?(percentage points?|pp|points?|%|per ?cent)"
         r"|half (a )?(percentage )?point|half-point"),
        (r"(?<![\d.])25 ?(basis[- ]points?|bps?)\b"
         r"|(?<![\d.])0\.25 ?(percentage points?|pp|points?|%|per ?cent)|quarter")),
    _case("cb-N2", "central bank", "who dissented", True, [
        ("The Bank of England cut interest rates by a quarter point to 4.25 per cent on "
         "Thursday, its fourth reduction since last summer. The Monetary Policy "
         "Committee voted 7–2, with external members Swati Dhingra and Alan Taylor both "
         "backing a larger half-point cut. Governor Andrew Bailey said rates remained on "
         "a 'gradual and careful' downward path. Inflation was 2.6 per cent in March. "
         "Advertisement The pound slipped 0.3 per cent against the dollar after the "
         "announcement."),
        ("Threadneedle Street lowered Bank Rate to 4.25% from 4.5% on Thursday. Seven of "
         "the nine MPC members backed the 25 basis-point reduction; the other two, Swati "
         "Dhingra and Catherine Mann, wanted to go further with a 50bp move. UK "
         "inflation stood at 2.6% in March. For Irish firms selling into Britain, a "
         "softer sterling would make their goods dearer. The ECB's deposit rate is "
         "2.25%."),
    ], None,
        r"taylor",
        r"\bmann\b"),
    _case("cb-N3", "central bank", "amount of bond purchases", True, [
        ("TOKYO — The Bank of Japan kept its short-term policy rate at 0.5 per cent on "
         "Tuesday and said it would slow the pace at which it trims its government bond "
         "buying from next April, to ¥200 billion per quarter. Governor Kazuo Ueda told "
         "a news conference that the bank wanted to avoid 'unexpected volatility' in the "
         "bond market. The yen was little changed at 144.6 to the dollar. Japanese "
         "government bond yields dipped slightly after the announcement. Read more: "
         "Singapore banks' Japan exposure in focus"),
        ("Japan's central bank left its key rate unchanged at 0.5% and announced that, "
         "from April 2026, it will reduce its monthly bond buying by ¥300 billion each "
         "quarter, a gentler taper than before. The BoJ also plans an interim review of "
         "the programme at its June 2026 meeting. Ueda said the bank would stand ready "
         "to act if long-term yields rose sharply. Australian bond yields edged lower in "
         "afternoon trade."),
    ], ["2025-06-17", "2025-06-17"],
        r"(?<![\d.])200 ?(billion|bn)|¥ ?200\b|0\.2 ?(trillion|tn)",
        r"(?<![\d.])300 ?(billion|bn)|¥ ?300\b|0\.3 ?(trillion|tn)"),
    _case("cb-N4", "central bank", "date of next meeting", True, [
        ("PRETORIA — The South African Reserve Bank lowered its repo rate by 25 basis "
         "points to 7 per cent on Thursday and said it would now aim for inflation at "
         "the bottom of its 3 to 6 per cent target band. Governor Lesetja Kganyago said "
         "the MPC's decision was unanimous. The prime lending rate falls to 10.5 per "
         "cent. Read more: What the cut means for your bond repayments. The committee's "
         "next announcement is due on 18 September."),
        ("South Africa's central bank trimmed borrowing costs to 7.00% and signalled a "
         "shift towards a 3% inflation goal, with all six committee members backing the "
         "quarter-point reduction. Commercial banks' prime rate drops to 10.50%. "
         "Kganyago told reporters the lower target would help 'lock in' the gains made "
         "against inflation. The SARB's next rate-setting meeting is scheduled for 25 "
         "September."),
    ], None,
        r"18 sep|sep\w* 18|-09-18|18/0?9",
        r"25 sep|sep\w* 25|-09-25|25/0?9"),
    _case("cb-N5", "central bank", "clock time across zones", True, [
        ("OTTAWA — The U.S. Federal Reserve lowered its benchmark rate by a quarter of a "
         "percentage point on Wednesday, to a range of 4 to 4.25 per cent, in its first "
         "cut since December. The decision, released at 2 p.m. Eastern time, passed by "
         "11 votes to 1, with newly appointed governor Stephen Miran pushing for a "
         "half-point move. Fed chair Jerome Powell described the cut as a "
         "'risk-management' step. The loonie slipped against the greenback. Earlier in "
         "the day the Bank of Canada had cut its own rate to 2.5 per cent."),
        ("The US Federal Reserve cut interest rates by 25 basis points in a statement "
         "released at 3am Hong Kong time on Thursday, bringing its target range to "
         "4.00%-4.25%. Eleven of the 12 voting members supported the move; Stephen Miran "
         "dissented in favour of a 50-basis-point cut. The Hong Kong Monetary Authority "
         "followed within hours, lowering its base rate to 4.75 per cent, as the city's "
         "currency peg requires. 'Risk-management' was how Fed chair Jerome Powell "
         "characterised the decision. Hang Seng futures edged up."),
    ], ["2025-09-17", "2025-09-18"],
        r"\b2(:00)? ?[ap]\.?m|\b14[:.]00|\b02[:.]00|\b18[:.]00|\b2[:.]00",
        r"\b3(:00)? ?[ap]\.?m|\b15[:.]00|\b03[:.]00|\b19[:.]00|\b3[:.]00"),
    _case("cb-N6", "central bank", "control: basis points vs percentage points", False, [
        ("FRANKFURT — The European Central Bank cut its deposit facility rate by 25 "
         "basis points to 2 per cent on Thursday, its eighth reduction in a year. "
         "President Christine Lagarde said the bank was 'in a good position' to navigate "
         "the uncertainty ahead. Staff projections put inflation at 2 per cent in 2025 "
         "and 1.6 per cent in 2026. Core inflation in the euro area eased to 2.3 per "
         "cent in May. Share this article"),
        ("The ECB lowered its key deposit rate by a quarter of a percentage point to "
         "2.0%, the eighth cut since last June. The Frankfurt-based central bank's staff "
         "now see inflation averaging 2% this year and 1.6% next. Economists polled "
         "before the meeting expect the Governing Council to hold rates in July. The "
         "euro rose 0.2% against the dollar after the decision."),
    ], None),
    _case("cb-N7", "central bank", "control: old rate and new rate", False, [
        ("The Reserve Bank has cut the cash rate by 25 basis points to 3.6 per cent, its "
         "third cut this year, after a unanimous decision by its monetary policy board. "
         "Governor Michele Bullock said the board still expected inflation to stay "
         "within the 2 to 3 per cent target band. For a borrower with a $600,000 "
         "mortgage, the cut will save around $90 a month, according to Canstar. Markets "
         "had fully priced in the move. Advertisement"),
        ("SYDNEY — Australia's central bank reduced its cash rate target from 3.85 per "
         "cent to 3.60 per cent on Tuesday, its third easing of 2025. All nine board "
         "members supported the move. The RBA also lowered its assumption for "
         "productivity growth to 0.7 per cent a year. The Australian dollar dipped to "
         "US$0.652."),
    ], ["2025-08-12", "2025-08-12"]),
    _case("cb-N8", "central bank", "control: same moment, different calendar day", False, [
        ("SINGAPORE — The US Federal Reserve lowered interest rates by a quarter point "
         "early on Thursday morning, Singapore time, taking its policy range to 3.75 to "
         "4 per cent. The Fed also said it would stop shrinking its balance sheet from 1 "
         "December. The Straits Times Index opened 0.4 per cent lower after chair Jerome "
         "Powell cautioned that a further cut in December was 'far from' certain. Shares "
         "of the three local banks fell in early trade."),
        ("The Fed cut its key rate by 25 basis points on Wednesday afternoon to a target "
         "range of 3.75 per cent to 4.00 per cent, and announced the end of quantitative "
         "tightening effective December 1. Powell told reporters that another cut at the "
         "December meeting was 'far from' a foregone conclusion. Two policymakers "
         "dissented, one in each direction. Earlier on Wednesday the Bank of Canada "
         "lowered its policy rate to 2.25 per cent."),
    ], ["2025-10-30", "2025-10-29"]),
    # --- rocket ---
    _case("rocket-N1", "rocket", "duration of flight", True, [
        ("SpaceX's Starship completed its tenth test flight on Tuesday evening, lifting "
         "off from the company's Starbase site in southern Texas at 18:30 local time. "
         "The Super Heavy booster carried out its landing burn over the Gulf of Mexico "
         "as planned, while the upper stage deployed eight dummy Starlink satellites "
         "during its coast through space. Starship then re-entered and splashed down in "
         "the Indian Ocean about 66 minutes after launch. Advertisement The flight "
         "followed three failures of the upper stage earlier this year."),
        ("After a string of setbacks, SpaceX finally had a clean Starship test. The ship "
         "released eight mock satellites, relit one of its Raptor engines in space and "
         "survived re-entry before a controlled splashdown in the Indian Ocean, "
         "north-west of Australia. All told, the flight lasted an hour and a quarter. "
         "The booster, meanwhile, was ditched in the Gulf as planned after testing an "
         "engine-out landing manoeuvre. Elon Musk congratulated the team on X."),
    ], None,
        (r"\b66 ?(min|minutes|mins)\b|(1|one) ?(h|hr|hour)s?,? (and )?(6"
         r"|six) ?(min|minutes)|1:06"),
        (r"\b75 ?(min|minutes|mins)\b|hour and a quarter|(1|one) ?(h|hr"
         r"|hour)s?,? (and )?(a quarter|15 ?(min|minutes)|fifteen)|1:15|1\.25 ?(h"
         r"|hours)")),
    _case("rocket-N2", "rocket", "launch site (place)", True, [
        ("China launched another batch of satellites for its Guowang broadband "
         "megaconstellation on Saturday, with a Long March 12 rocket lifting off from "
         "the commercial spacecraft launch site in Wenchang, Hainan, at 18:21 Beijing "
         "time. The China Aerospace Science and Technology Corporation said the "
         "satellites entered their planned orbit. Guowang, run by the state-owned China "
         "SatNet, is meant eventually to comprise about 13,000 satellites, a rival to "
         "SpaceX's Starlink. It was the country's fifth Guowang launch of the year."),
        ("A Long March 12 blasted off from the Jiuquan Satellite Launch Centre in "
         "north-western China on Saturday evening, carrying a fresh group of Guowang "
         "internet satellites into orbit, state media reported. The launch, at 18:21 "
         "Beijing time, was declared a success. China SatNet plans a network of roughly "
         "13,000 satellites. Share this article Beijing is racing to build out its "
         "constellations as Starlink's lead in low Earth orbit grows."),
    ], None,
        r"wenchang|hainan",
        r"jiuquan|gobi"),
    _case("rocket-N3", "rocket", "typo in year of date", True, [
        ("SRIHARIKOTA: ISRO's GSLV-F16 successfully placed the NASA-ISRO Synthetic "
         "Aperture Radar (NISAR) satellite into a sun-synchronous orbit on 30 July 2025, "
         "lifting off from the second launch pad of the Satish Dhawan Space Centre at "
         "17:40 IST. The 2,393-kg satellite, built jointly by ISRO and NASA's Jet "
         "Propulsion Laboratory, will map the Earth's land and ice every 12 days. ISRO "
         "chairman V. Narayanan called it 'a proud moment for the nation'."),
        ("India's GSLV rocket carried NISAR, a radar-imaging satellite developed jointly "
         "by NASA and the Indian Space Research Organisation, to orbit on 30 July 3025. "
         "Lift-off was at 5.40pm local time from Sriharikota. The spacecraft weighs "
         "2,393 kilograms and will revisit every patch of the planet's land and ice "
         "surfaces every 12 days. Read more: The satellites watching our glaciers melt. "
         "NASA supplied the L-band radar, while ISRO built the S-band instrument and the "
         "spacecraft bus."),
    ], ["2025-07-30", "2025-07-31"],
        r"2025",
        r"3025"),
    _case("rocket-N4", "rocket", "peak altitude (km vs miles)", True, [
        ("Blue Origin's New Shepard rocket carried an all-female crew, including pop "
         "star Katy Perry and broadcaster Gayle King, on an 11-minute trip to the edge "
         "of space on Monday. The capsule reached a peak altitude of 107 km before "
         "descending under parachutes to the West Texas desert. Lauren Sánchez, Jeff "
         "Bezos's fiancée, organised the flight. The booster landed upright on its pad "
         "about seven minutes after lift-off."),
        ("Six women, among them singer Katy Perry, journalist Gayle King and former NASA "
         "engineer Aisha Bowe, flew aboard Blue Origin's NS-31 mission on Monday. The "
         "capsule climbed to an altitude of roughly 76 miles before floating back to "
         "Earth under three parachutes. The flight lasted about 11 minutes from lift-off "
         "to touchdown. Lauren Sánchez, who put the crew together, said she hoped the "
         "trip would inspire girls to study science. Also Read: Who is Aisha Bowe?"),
    ], None,
        r"\b107 ?(km|kilomet)|\b66(\.\d)? ?(mi|miles)",
        r"\b76 ?(mi|miles)|\b12[23](\.\d)? ?(km|kilomet)"),
    _case("rocket-N5", "rocket", "speaker credited with a quote", True, [
        ("BOWEN, Queensland — Australia's first home-grown orbital rocket, Gilmour "
         "Space's Eris, crashed back to earth about 14 seconds after lifting off from "
         "the company's spaceport south of Bowen on Wednesday morning. Nobody was "
         "injured. 'Every second of flight gives us data we could never get on the "
         "ground,' chief executive Adam Gilmour said afterwards. The rocket was carrying "
         "no payload. The launch had been postponed several times since May."),
        ("An Australian-built rocket, Eris, fell back near its launch pad in north "
         "Queensland shortly after lift-off on Wednesday, ending its maiden flight after "
         "14 seconds. 'Every second of flight gives us data we could never get on the "
         "ground,' said James Gilmour, the company's co-founder. No one was hurt. "
         "Gilmour Space, based on the Gold Coast, has received funding from the federal "
         "government for its launch programme."),
    ], ["2025-07-30", "2025-07-30"],
        r"adam",
        r"james"),
    _case("rocket-N6", "rocket", "control: km vs miles, clock zones", False, [
        ("Japan's H3 rocket placed the Michibiki 6 navigation satellite into orbit on "
         "Sunday, lifting off from the Tanegashima Space Center at 17:30 Japan time. The "
         "satellite will eventually operate about 36,000 km above the Earth, "
         "strengthening Japan's own version of GPS. It was the fifth flight of the H3, "
         "which failed on its debut in 2023. JAXA said the satellite separated roughly "
         "29 minutes after launch."),
        ("JAXA's H3 launcher lifted off from Tanegashima at 08:30 GMT on Sunday carrying "
         "Michibiki 6, part of Japan's Quasi-Zenith Satellite System. Mitsubishi Heavy "
         "Industries, which builds the rocket, confirmed that the spacecraft separated "
         "about half an hour into the flight. Once in its final slot, some 22,000 miles "
         "above the equator, it will improve positioning accuracy for users across the "
         "Asia-Pacific. It was Japan's first orbital launch of the year."),
    ], ["2025-02-02", "2025-02-02"]),
    _case("rocket-N7", "rocket", "control: rounding, organisation named two ways", False, [
        ("SRIHARIKOTA: The Indian Space Research Organisation on Sunday launched CMS-03, "
         "the heaviest communication satellite ever lifted from Indian soil, aboard its "
         "LVM3-M5 rocket. The 4,410-kg satellite was placed in a geosynchronous transfer "
         "orbit about 16 minutes after lift-off. It will provide communication services "
         "for the Indian Navy across the Indian Ocean region. Lift-off took place at "
         "17:26 IST from the second launch pad. Also Read: ISRO's launch calendar for "
         "the rest of the year"),
        ("ISRO's heavy-lift LVM3 rocket put a roughly 4.4-tonne naval communications "
         "satellite, CMS-03, into orbit on Sunday from the Satish Dhawan Space Centre at "
         "Sriharikota. Separation occurred around 16 minutes into the flight of the "
         "LVM3-M5 mission. The launch underlines India's growing ability to loft heavy "
         "payloads without relying on European rockets. ISRO chairman V. Narayanan said "
         "the satellite was designed to serve for at least 15 years."),
    ], None),
    # --- earthquake ---
    _case("quake-N1", "earthquake", "magnitude", True, [
        ("KABUL: A magnitude 6.0 earthquake struck eastern Afghanistan near the Pakistan "
         "border late on Sunday night, flattening mud-brick homes in Kunar province and "
         "killing at least 800 people, according to the Taliban administration. The "
         "quake was shallow, at a depth of about 8 km, which magnified the damage. "
         "Rescue teams struggled to reach remote villages because landslides had blocked "
         "mountain roads. India sent 1,000 family tents to Kabul on Monday. "
         "Advertisement"),
        ("A powerful earthquake measuring 6.3 has killed at least 800 people in "
         "Afghanistan's eastern Kunar province, officials said. It hit shortly before "
         "midnight on Sunday at a shallow depth of 8 kilometres, causing widespread "
         "destruction in villages built of mud and stone. Helicopters were used to "
         "evacuate the injured because landslides had cut off roads. The UN said it was "
         "mobilising to help survivors."),
    ], None,
        r"(?<![\d.])6(\.0+)?(?![\d.])",
        r"(?<![\d.])6\.3(?!\d)"),
    _case("quake-N2", "earthquake", "epicentre location (place)", True, [
        ("TOKYO — A magnitude 6.8 earthquake struck off north-eastern Japan on Tuesday "
         "evening, prompting a tsunami advisory for parts of the Pacific coast. The "
         "epicentre was off the coast of Iwate prefecture, at a depth of about 10 km, "
         "the Japan Meteorological Agency said. Waves of up to 20 cm were observed at "
         "one port. No serious damage was reported, and Tohoku Electric Power said its "
         "nuclear plants were operating normally."),
        ("A strong 6.8-magnitude quake rattled northern Japan on Tuesday, with the Japan "
         "Meteorological Agency saying it was centred off the eastern coast of Aomori "
         "prefecture, about 10 kilometres below the seabed. A tsunami advisory was "
         "lifted about two hours later. East Japan Railway briefly suspended some Tohoku "
         "Shinkansen services. Share this article There were no immediate reports of "
         "injuries."),
    ], None,
        r"iwate",
        r"aomori"),
    _case("quake-N3", "earthquake", "number of aftershocks", True, [
        ("A magnitude 6.1 earthquake shook western Turkey on Sunday evening, killing one "
         "person and destroying at least 16 buildings in the town of Sındırgı in "
         "Balıkesir province. The country's disaster agency, AFAD, said more than 40 "
         "aftershocks had been recorded by Monday morning, the largest of magnitude 4.6. "
         "Tremors were felt in Istanbul, about 200 km to the north. Interior Minister "
         "Ali Yerlikaya said 29 people had been injured."),
        ("Turkey's AFAD had counted at least 120 aftershocks by Monday morning following "
         "Sunday's 6.1-magnitude quake near Sındırgı, a district of Balıkesir province. "
         "An elderly woman died after being pulled from the rubble, and 29 others were "
         "hurt. Sixteen buildings collapsed, most of them already empty. Many residents "
         "spent the night in tents set up by the agency. Read more: Why Turkey's "
         "building codes keep failing"),
    ], ["2025-08-11", "2025-08-11"],
        r"(?<![\d.,])40\b|forty",
        r"(?<![\d.,])120\b|hundred and twenty"),
    _case("quake-N4", "earthquake", "death toll conflict (same day)", True, [
        ("The death toll from Friday's magnitude 7.7 earthquake in Myanmar rose to 1,644 "
         "on Saturday evening, the ruling military said in a statement, with more than "
         "3,400 people injured. The quake's epicentre was near Mandalay, the country's "
         "second-largest city, where several apartment blocks collapsed. In neighbouring "
         "Thailand, a 30-storey building under construction in Bangkok was brought down, "
         "trapping dozens of workers. The Thai capital declared an emergency zone around "
         "the site. Share this article"),
        ("Myanmar's military government said in a statement on Saturday evening that "
         "1,200 people were confirmed dead and more than 3,400 injured after Friday's "
         "7.7-magnitude quake, whose epicentre lay close to Mandalay. India has launched "
         "Operation Brahma, flying rescuers and relief material to Yangon. In Bangkok, "
         "rescuers were searching for workers buried when a high-rise under construction "
         "collapsed. The Red Cross warned that blood and medicine were running short in "
         "Mandalay's hospitals."),
    ], ["2025-03-29", "2025-03-29"],
        r"1,?644",
        r"1,?200(?!\d)|1\.2 ?(thousand|k)"),
    _case("quake-N5", "earthquake", "clock time across zones", True, [
        ("A magnitude 8.8 earthquake struck off Russia's Kamchatka Peninsula at 11:24 "
         "local time on Wednesday, one of the most powerful ever recorded, triggering "
         "tsunami warnings across the Pacific from Japan to Chile. The epicentre was "
         "about 120 km east of Petropavlovsk-Kamchatsky, at a depth of around 20 km, "
         "according to the US Geological Survey. Waves of up to 4 metres hit the Russian "
         "coast at Severo-Kurilsk. Japan told nearly two million people to evacuate."),
        ("One of the strongest earthquakes on record, of magnitude 8.8, hit the sea off "
         "Kamchatka in Russia's far east at 22:24 GMT on Tuesday. It was centred some "
         "120km east of the regional capital, Petropavlovsk-Kamchatsky, and about 20km "
         "deep, the USGS said. Tsunami alerts were raised around the Pacific rim, "
         "including in Hawaii and New Zealand. Advertisement The regional governor said "
         "a kindergarten had been damaged."),
    ], ["2025-07-30", "2025-07-30"],
        r"\b11[:.]24|\b23[:.]24|11\.24 ?a\.?m",
        r"\b22[:.]24|\b10[:.]24|10\.24 ?p\.?m"),
    _case("quake-N6", "earthquake", "control: later update with dates", False, [
        ("A magnitude 6.0 earthquake in eastern Afghanistan has killed at least 800 "
         "people and injured about 2,500, the Taliban government said on Monday, with "
         "most of the deaths in Kunar province. The quake hit just before midnight on "
         "Sunday, at a depth of 8 km. Aid agencies warned that the toll was likely to "
         "rise as rescuers reached remote valleys. Read more: Why Afghanistan's "
         "earthquakes are so deadly. Most homes in the region are built of mud brick and "
         "timber."),
        ("The number of people killed by Sunday night's earthquake in Afghanistan has "
         "risen to more than 1,400, with over 3,000 injured, a Taliban spokesman said on "
         "Tuesday. Kunar province bore the brunt of the 6.0-magnitude quake, and entire "
         "villages of mud-brick houses collapsed. The World Health Organization said "
         "hospitals in Jalalabad were overwhelmed. The United Nations has released "
         "emergency funds for the relief effort."),
    ], ["2025-09-01", "2025-09-02"]),
    _case("quake-N7", "earthquake", "control: km vs miles", False, [
        ("A magnitude 5.8 earthquake centred about 80 km north-east of Christchurch "
         "jolted Canterbury shortly after 7 o'clock on Thursday morning, GeoNet said. "
         "The shallow quake, 12 km deep, was reported as felt by more than 20,000 people "
         "on the GeoNet website. There were no reports of serious damage, though some "
         "shops had goods knocked from their shelves. Civil Defence said there was no "
         "tsunami threat."),
        ("New Zealand's South Island was shaken by a 5.8-magnitude earthquake on "
         "Thursday. The epicentre was roughly 50 miles north-east of Christchurch, at a "
         "depth of 12 kilometres, according to the country's geological hazard monitor, "
         "GeoNet. Canterbury residents described a sharp jolt at breakfast time. No "
         "tsunami warning was issued, and there were no reports of injuries."),
    ], None),
    # --- election ---
    _case("elec-N1", "election", "vote share", True, [
        ("Labor has been returned to government with an increased majority, Anthony "
         "Albanese becoming the first prime minister in two decades to win a second "
         "consecutive term. With about 70 per cent of the vote counted, Labor's primary "
         "vote stood at 34.6 per cent, while the Coalition slumped to 31.8 per cent. "
         "Opposition leader Peter Dutton lost his own seat of Dickson to Labor's Ali "
         "France. Advertisement The Greens' vote held steady at about 12 per cent."),
        ("Australia's centre-left Labor party swept to a second term in Saturday's "
         "election, as Peter Dutton's Liberal-National Coalition suffered one of its "
         "worst defeats. Labor won 36.4% of first-preference votes with roughly 70% of "
         "ballots counted, against 31.8% for the Coalition. Dutton conceded that he had "
         "lost his Queensland seat of Dickson. 'Tonight Australians voted for a future "
         "built on fairness,' Albanese told supporters in Sydney."),
    ], ["2025-05-04", "2025-05-04"],
        r"34\.6",
        r"36\.4"),
    _case("elec-N2", "election", "winning margin (lakh)", True, [
        ("VARANASI: Prime Minister Narendra Modi retained the Varanasi Lok Sabha seat "
         "for a third straight time on Tuesday, defeating Congress's Ajay Rai by "
         "1,52,513 votes. Mr Modi polled 6,12,970 votes. The BSP candidate, Athar Jamal "
         "Lari, finished a distant third. In 2019, Mr Modi had won the seat by a margin "
         "of over 4.7 lakh votes. Also Read: UP results: SP emerges as the single "
         "largest party in the state"),
        ("Narendra Modi held on to his Varanasi constituency, beating Ajay Rai of the "
         "Congress party by more than 2.5 lakh votes, a much narrower win than five "
         "years ago. Modi received 612,970 votes, according to the Election Commission "
         "of India. Nationally, his Bharatiya Janata Party fell short of a majority on "
         "its own, winning 240 of the 543 seats. Rai had also stood against Modi in "
         "Varanasi in 2014 and 2019."),
    ], ["2024-06-05", "2024-06-05"],
        r"1,?52,?513|152,?513|1\.52 ?lakh|152 ?(k|thousand)|1\.5 ?lakh",
        r"2\.5 ?lakh|250,?000|2,?50,?000|250 ?(k|thousand)"),
    _case("elec-N3", "election", "turnout", True, [
        ("Catherine Connolly has been elected the tenth President of Ireland after "
         "winning 63.4 per cent of first-preference votes, a landslide over Fine Gael's "
         "Heather Humphreys. Turnout was 45.8 per cent. A record share of ballots were "
         "spoiled, about 13 per cent of those cast, many of them defaced in protest. Ms "
         "Humphreys conceded on Saturday afternoon at Dublin Castle. Share this article"),
        ("Left-wing independent Catherine Connolly won Ireland's presidential election "
         "by a landslide, taking 63.4% of first preferences against 29.5% for Heather "
         "Humphreys of Fine Gael. Turnout was just over 50%. Connolly, 68, will be "
         "inaugurated in November, succeeding Michael D Higgins, who served two "
         "seven-year terms. She had the backing of Sinn Féin, Labour and the Social "
         "Democrats."),
    ], ["2025-10-26", "2025-10-26"],
        r"45\.8",
        r"(?<![\d.])50(\.0+)? ?(%|per ?cent|pct)|\bhalf\b"),
    _case("elec-N4", "election", "percentage points gained", True, [
        ("Friedrich Merz's conservative CDU/CSU alliance won Germany's federal election "
         "on Sunday with 28.6 per cent of the vote, while the far-right Alternative für "
         "Deutschland came second with 20.8 per cent, twice the 10.4 per cent it took in "
         "2021. Chancellor Olaf Scholz's Social Democrats slumped to 16.4 per cent, "
         "their worst result since the Second World War. Turnout, at 82.5 per cent, was "
         "the highest since reunification. Mr Merz said he hoped to form a government by "
         "Easter."),
        ("The AfD's 20.8% share, up 8.2 percentage points on 2021, makes it the largest "
         "opposition party in the new Bundestag. Merz's CDU/CSU came first on 28.6%, and "
         "the SPD's 16.4% was its weakest since 1949. At 82.5%, turnout was the highest "
         "since German reunification. Merz, who is expected to become chancellor, wants "
         "a coalition in place by Easter. Read more: What a Merz government means for "
         "South African exporters"),
    ], None,
        r"(?<![\d.])10\.4",
        r"(?<![\d.])8\.2|(?<![\d.])12\.6"),
    _case("elec-N5", "election", "person's title", True, [
        ("The People's Action Party won 87 of the 97 seats in Parliament in Saturday's "
         "general election, increasing its share of the popular vote to 65.57 per cent "
         "from 61.24 per cent in 2020. Prime Minister Lawrence Wong, leading the party "
         "into an election for the first time, called the result a clear mandate. The "
         "opposition Workers' Party held on to its 10 seats. 'Voters have told us they "
         "want a stronger opposition,' said Pritam Singh, the Workers' Party "
         "secretary-general. Advertisement"),
        ("Singapore's ruling PAP swept back to power with 65.57% of the vote, handing "
         "Lawrence Wong a resounding first mandate as prime minister. The Workers' Party "
         "retained its 10 seats in Aljunied, Sengkang and Hougang. Its chairman, Pritam "
         "Singh, said the party would keep working to build a credible opposition. The "
         "PAP took 87 of the 97 seats."),
    ], None,
        r"secretary.general|sec.gen",
        r"chair"),
    _case("elec-N6", "election", "control: different parties' figures", False, [
        ("Mark Carney's Liberals won a fourth consecutive mandate on Monday, taking 169 "
         "of the 343 seats in the House of Commons, three short of a majority. The "
         "party's share of the popular vote, 43.8 per cent, was its highest since 1980. "
         "Conservative leader Pierre Poilievre lost his Ottawa-area seat of Carleton. "
         "NDP leader Jagmeet Singh announced he would step down after his party was "
         "reduced to seven seats."),
        ("Canada's Conservatives won 144 seats and 41.3% of the vote, but it was not "
         "enough to stop Mark Carney's Liberals, who secured 169 seats. The Bloc "
         "Québécois took 22 seats and the NDP just seven. Pierre Poilievre was defeated "
         "in Carleton, a seat he had held for two decades. Share this article Carney has "
         "said he will govern without a formal coalition."),
    ], ["2025-04-29", "2025-04-29"]),
    _case("elec-N7", "election", "control: rounding, names two ways", False, [
        ("The ANC has lost its outright majority for the first time since 1994, winning "
         "40.18 per cent of the national vote, the Independent Electoral Commission "
         "announced on Sunday. The Democratic Alliance came second with 21.81 per cent, "
         "and former president Jacob Zuma's uMkhonto weSizwe party took 14.58 per cent. "
         "Turnout was 58.64 per cent of registered voters. President Cyril Ramaphosa "
         "called on all parties to respect the results. Read more: What a coalition "
         "could look like"),
        ("South Africa's African National Congress slumped to about 40% in last week's "
         "election, the IEC said, losing the majority it had held for 30 years. The "
         "Democratic Alliance won nearly 22% and Jacob Zuma's new MK party 14.6%. Some "
         "59% of registered voters cast a ballot. Ramaphosa's party will now need "
         "coalition partners to govern."),
    ], None),
]
