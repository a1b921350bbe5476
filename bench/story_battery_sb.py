"""Part SB of the story battery.

Written by engineer SB1 on 2026-12-06 (thirteenth session) without reading Storyline's
rules or other parts, before any run; scored with `bench/bench_story_battery.py SB`.

Six stories (one per domain) told by four outlets each, with an emphasis on British,
Australian, Indian, Singaporean and Nepali outlets beside US wire copy. One story
(cb-SB3) is a control with no planted disagreement. Every sentence was written for
this battery; people, firms and outlets are invented or used in invented events.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SB", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("trade-SB1", "trade", [
        _art("Meridian Wire", "2026-03-10", [
            "LONDON (Meridian Wire) — The United States and China agreed on Tuesday to a framework "
            "that would extend their tariff truce by another 90 days, senior officials from both "
            "sides said after nearly 20 hours of talks spread over two days at Lancaster House in "
            "central London.",
            "Treasury Secretary Scott Bessent, who led the American delegation, told reporters "
            "outside the venue at about 10 p.m. London time (6 p.m. EDT) that the two sides had "
            "settled \"the most pressing issues\" around export controls and rare earths, but that "
            "details would be released only once both leaders had approved them.",
            "\"We have a framework that both presidents can sign off on,\" Commerce Secretary "
            "Howard Lutnick said, standing beside Bessent and U.S. Trade Representative "
            "Jamieson Greer. \"Now it goes to them.\"",
            "China's delegation was headed by Vice Premier He Lifeng, Beijing's top economic "
            "official, with Li Chenggang, the country's international trade representative, at his "
            "side. The state news agency Xinhua quoted He as describing the discussions as "
            "\"candid, in-depth and constructive.\"",
            "Under the arrangement as officials described it, U.S. tariffs on most Chinese goods "
            "would stay at 30%, and China's duties on American products at 10%, rather than "
            "snapping back toward the far higher levels that were briefly in force last spring, "
            "when U.S. rates on Chinese imports peaked at 145%.",
            "Beijing is expected to speed up approval of export licenses for rare-earth magnets, "
            "which American automakers and defense contractors say have been slow to arrive for "
            "months. Washington, for its part, would loosen some restrictions on sales of "
            "chip-design software and jet-engine parts to China, according to two people familiar "
            "with the matter who asked not to be named because the terms are not yet public.",
            "The London meeting was the latest in a series of rounds that began in Geneva last "
            "year. Officials said the negotiators would meet again in Geneva, though no date had "
            "been set.",
            "Markets reacted cautiously. Futures on the S&P 500 rose 0.4% in evening trading in "
            "New York after the announcement, while the yuan was little changed offshore.",
            "Analysts said the truce bought time but left the hardest questions untouched. \"This "
            "is a pause button, not a peace treaty,\" said Margaret Olufemi, a trade economist at "
            "the Harwell Institute in Washington. \"Neither side has given up the tools it used "
            "last year, and both know it.\"",
            "The White House did not immediately respond to a request for comment on when "
            "President Donald Trump would review the framework. China's Commerce Ministry said in "
            "a brief statement that the two teams would \"report to their respective leaders.\"",
        ]),
        _art("The London Ledger", "2026-03-11", [
            "US and China agree to extend tariff truce after marathon London talks | The London "
            "Ledger",
            "By Harriet Quayle, Economics Correspondent",
            "American and Chinese negotiators emerged from Lancaster House late on Tuesday evening "
            "with an agreement to keep their tariff ceasefire in place for a further three months, "
            "ending some 14 hours of talks that had stretched across two days.",
            "The deal, which still needs the blessing of Donald Trump and Xi Jinping, would leave "
            "American levies on most Chinese imports at 30 per cent. Beijing's retaliatory tariffs "
            "on US goods would remain at 10 per cent. At the height of the trade war in April last "
            "year, Washington's duties on Chinese products reached 145 per cent.",
            "Scott Bessent, the US Treasury Secretary, led Washington's team. He was joined by the "
            "Commerce Secretary, Howard Lutnick, and the US Trade Representative, Jamieson Greer. "
            "China sent its Vice-Premier, He Lifeng, and its chief trade negotiator, Li Chenggang.",
            "Speaking on the steps of the Georgian mansion, a short walk from St James's Palace, "
            "Mr Lutnick said: \"We now have a framework both presidents can sign off on.\" Mr "
            "Bessent added that he expected the two leaders to give their verdict \"within days\".",
            "Advertisement",
            "Officials on both sides were guarded about the detail. People briefed on the talks "
            "said China had agreed to speed up the licensing of rare-earth magnets, the shortage "
            "of which forced several European and American car plants to pause production last "
            "year, while the US would relax controls on certain chip-design software.",
            "The choice of London reflected the Government's efforts to present Britain as a "
            "neutral host. The Chancellor, Rachel Reeves, greeted both delegations briefly on "
            "Monday morning but did not take part in the negotiations, the Treasury said.",
            "The next round will again be held in Geneva, where the two sides first agreed to cut "
            "tariffs last May. No date has been announced.",
            "In Asia, investors took the news calmly. Hong Kong's Hang Seng index rose 1.1 per "
            "cent in Wednesday morning trading, and the Shanghai Composite gained 0.3 per cent.",
            "Economists in the City were sceptical that the truce would hold for long. \"It is a "
            "breather rather than a settlement,\" said Tom Ridley, chief economist at Aldgate "
            "Capital. \"The underlying quarrels over technology and subsidies are exactly where "
            "they were a year ago, and British exporters caught in the middle should plan "
            "accordingly.\"",
            "Read more: What the US-China tariff war means for British manufacturers",
        ]),
        _art("Straits Commerce Review", "2026-03-11", [
            "US-China truce extended: what traders need to know - Straits Commerce Review",
            "Skip to content",
            "SINGAPORE — Washington and Beijing have agreed in principle to roll their tariff "
            "truce forward by 90 days, after what officials described as around twenty hours of "
            "negotiations in London on Monday and Tuesday.",
            "For exporters in the region, the headline numbers are unchanged: US duties on most "
            "Chinese goods stay at 30 pct and China keeps a 10 pct tariff on US products. The "
            "bigger news, in our view, is on rare earths.",
            "According to people familiar with the discussions, Beijing will speed up export "
            "licences for rare-earth magnets. That matters well beyond China: electronics "
            "assemblers and motor makers in Malaysia, Vietnam and Thailand have spent months "
            "rationing magnets, and several told us they had been paying spot premiums that wiped "
            "out their margins.",
            "\"We have a framework that both presidents can sign off on,\" US Commerce Secretary "
            "Howard Lutnick told reporters late on Tuesday, London time. Chinese Vice Premier He "
            "Lifeng was quoted by Xinhua as saying the talks had been \"candid and constructive\".",
            "The US side, led by Treasury Secretary Scott Bessent, is said to have offered to "
            "loosen some export restrictions on chip-design software. Details remain thin, and "
            "neither government has published a text.",
            "Regional equities edged higher on Wednesday, led by Hong Kong, where the Hang Seng "
            "added about 1 pct. Container lines serving the transpacific trade were flat.",
            "What to watch: the framework still needs sign-off from President Donald Trump and "
            "President Xi Jinping. Until then, we would treat the rare-earth commitments as "
            "provisional. Traders should also keep an eye on Washington's separate investigations "
            "into Chinese shipbuilding and legacy chips, which sit outside this truce and could "
            "produce new duties at short notice.",
            "Our take: a 90-day extension removes the immediate cliff but does little for planning "
            "horizons. Clients with Chinese inputs should keep their dual-sourcing projects "
            "running rather than pause them.",
            "Share this article",
        ]),
        _art("Hindustan Business Daily", "2026-03-11", [
            "NEW DELHI: The United States and China on Tuesday agreed on a framework to extend "
            "their tariff truce for another 90 days after two days of negotiations in London, a "
            "development that Indian exporters and policymakers are watching closely.",
            "The US delegation was led by Treasury Secretary Scott Bessent and included Commerce "
            "Secretary Howard Lutnick and Trade Representative Jamieson Greer. China was "
            "represented by Vice Premier He Lifeng.",
            "\"We have a framework that both presidents can sign off on,\" Greer told reporters "
            "after the talks ended at Lancaster House in the British capital.",
            "According to the Chinese side, the talks were \"frank, in-depth and constructive\". "
            "China's commerce ministry said both teams would now report to their leaders.",
            "Under the current truce, US tariffs on most Chinese goods stand at 30%, while China "
            "levies 10% on American imports. These rates will continue for the extended period, "
            "officials said.",
            "The two sides will reconvene in Stockholm for the next round of talks, according to a "
            "statement from China's Ministry of Commerce.",
            "For India, which is negotiating its own trade agreement with Washington, the "
            "extension is a mixed blessing. Indian manufacturers of electronics, textiles and "
            "engineering goods have won orders from American buyers seeking alternatives to "
            "Chinese suppliers while Chinese goods faced higher duties. A longer truce keeps that "
            "window open, but also signals that Washington and Beijing could yet reach a broader "
            "deal.",
            "\"Every month of uncertainty between the US and China is a month in which buyers look "
            "at India more seriously,\" said Rakesh Bhandari, president of the Indian Electronics "
            "Exporters' Council. \"But we cannot build a strategy on somebody else's quarrel.\"",
            "Officials in the commerce department said India's merchandise exports to the US rose "
            "11.6% in the April-January period from a year earlier, led by smartphones and "
            "pharmaceuticals.",
            "The rare-earth question is also relevant for Indian industry. China controls close to "
            "90% of global production of rare-earth magnets, and Indian makers of electric "
            "two-wheelers have struggled to secure supplies since Beijing tightened licensing last "
            "year.",
            "Also read: Rupee steady as oil prices ease",
        ]),
    ], [
        ("duration",
         r"(?<![\d.])20 ?(hours?|hrs?|h\b)|twenty hours",
         r"(?<![\d.])14 ?(hours?|hrs?|h\b)|fourteen hours"),
        ("next meeting venue", r"geneva", r"stockholm"),
        ("quote speaker", r"lutnick", r"greer"),
    ]),
    _story("court-SB2", "court", [
        _art("Albion Newswire", None, [
            "LONDON, Oct 14 (Albion Newswire) - Britain's Supreme Court on Wednesday upheld a "
            "record 122.7 million pound penalty imposed on Thameside Water by the industry "
            "regulator over sewage discharges, dismissing the company's final appeal by a majority "
            "of four to one.",
            "The five-justice panel ruled that Ofwat, the water regulator for England and Wales, "
            "had acted within its powers under the Water Industry Act 1991 when it fined the "
            "company in 2024 for failing to operate and maintain its treatment works properly.",
            "Lady Rose, giving the lead judgment, said the regulator was entitled to set the "
            "penalty by reference to the seriousness of the harm and the company's financial "
            "position, and that the lower courts had been right to reject Thameside's argument "
            "that the fine was \"arbitrary and disproportionate\".",
            "Lord Sales dissented, saying he would have sent the penalty back to the regulator for "
            "reconsideration because of the way Ofwat had calculated the company's turnover.",
            "Thameside, which supplies water and sewerage services to about 1.9 million "
            "customers in Kent and Essex, said it was \"disappointed\" and would study the "
            "judgment carefully. It has said previously that the fine will be met by "
            "shareholders and not added to customer bills.",
            "Ofwat's chief executive, Helen Markby, said the ruling sent \"a clear message "
            "to every water company that the law means what it says\".",
            "The case is the first in which the Supreme Court has ruled on the size of an Ofwat "
            "penalty. Under the 1991 Act, the regulator can fine a company up to 10% of its annual "
            "turnover.",
            "A High Court judge and then the Court of Appeal had both upheld the penalty last "
            "year.",
            "Shares in Thameside's London-listed parent, Estuary Holdings, fell 2.3% in afternoon "
            "trading. Analysts at two brokers said the fine had already been provided for in the "
            "group's accounts, limiting the impact on its balance sheet.",
            "The ruling comes as the government prepares legislation to replace Ofwat with a new "
            "single regulator for the water sector, a change ministers have said will take several "
            "years to complete.",
        ]),
        _art("Estuary Echo", None, [
            "Thameside Water loses Supreme Court fight over record sewage fine | Estuary Echo",
            "By Dan Pettifer, Local Democracy Reporter",
            "Share on Facebook",
            "Thameside Water has lost its last-ditch legal battle against a record fine for "
            "pumping sewage into rivers and the sea off the Kent and Essex coast.",
            "The UK's highest court today (Wednesday, 14 October) dismissed the firm's appeal "
            "against the £122.7m penalty handed down by the regulator Ofwat, meaning the company "
            "must now pay in full.",
            "Three of the five justices sided with Ofwat, with two dissenting. The lead judgment "
            "was given by Lady Rose.",
            "Campaigners who have spent years logging spills at beaches including Whitstable, "
            "Herne Bay and Southend gathered outside the court in Parliament Square to hear the "
            "result, some holding placards reading \"Our sea is not a sewer\".",
            "\"This is the day we have waited for,\" said Sue Ambrose, of the Swale Clean Water "
            "Group. \"Families here have had summer after summer of closed beaches and sick "
            "children. Today the country's top judges have said that enough is enough.\"",
            "The fine relates to failings at more than a dozen of the company's treatment works "
            "between 2019 and 2022, which an Ofwat investigation found had led to excessive "
            "discharges of untreated sewage.",
            "Thameside, which has about 1.9 million customers across the two counties, has "
            "promised that bills will not rise to pay for the penalty and that the money will come "
            "from shareholders.",
            "Kent county councillor Mark Dunlop, who chairs the council's environment committee, "
            "said: \"I hope the company now stops spending money on lawyers and starts spending it "
            "on pipes.\"",
            "Advertisement",
            "The firm said it was disappointed by the decision but would respect it, and pointed "
            "to a £1.4bn investment programme it says will cut spills by half by 2030.",
            "Related coverage",
            "Read more: Which Kent beaches had the most sewage alerts this summer?",
        ]),
        _art("Utility Insider", None, [
            "Supreme Court backs Ofwat on Thameside penalty - Utility Insider",
            "The Supreme Court has upheld Ofwat's £127.2m penalty against Thameside Water, in a "
            "4-1 judgment that regulatory lawyers say will strengthen the watchdog's hand in its "
            "open enforcement cases against other companies.",
            "Handing down judgment on Wednesday, Lady Rose, with whom Lord Reed, Lord Stephens and "
            "Lady Simler agreed, held that Ofwat had been entitled to have regard to the financial "
            "resources of the wider group when deciding how large a penalty would be needed to "
            "deter future breaches.",
            "The central question was one of turnover. Under the Water Industry Act 1991, a "
            "penalty may not exceed 10 per cent of the appointee's turnover. Thameside argued that "
            "Ofwat had inflated the relevant figure by including income from non-regulated "
            "activities. The majority found that the regulator's approach was lawful; Lord Sales, "
            "dissenting, considered that Ofwat should have used the turnover of the licensed "
            "business alone.",
            "Having lost before the Court of Appeal last year, the company had been granted "
            "permission to appeal on that single point.",
            "\"This is a significant win for the regulator,\" said Rebecca Oduya, a partner at "
            "regulatory law firm Pellham Stone. \"Companies facing investigation can no longer "
            "expect to argue the penalty down by pointing to a narrow definition of turnover.\"",
            "Ofwat currently has at least six further enforcement investigations open into "
            "wastewater operations, and several companies have set aside provisions for possible "
            "penalties.",
            "For Thameside, the immediate financial effect is limited: the company made provision "
            "for the fine in its last annual accounts and has undertaken that the cost will not be "
            "passed on to customers.",
            "Investors will be watching the company's next regulatory submission closely. "
            "Thameside has asked for a significant increase in allowed spending to tackle storm "
            "overflows, and the Supreme Court's comments on the company's record may not help its "
            "case.",
            "The judgment also contains guidance on how regulators should explain the link between "
            "a breach and the size of a penalty, which practitioners expect to be cited well "
            "beyond the water sector.",
        ]),
        _art("Atlantic Legal Post", None, [
            "U.K. Top Court Upholds Record Sewage Fine Against Thameside Water",
            "By Marcus Feld",
            "The U.K. Supreme Court on Wednesday rejected Thameside Water's challenge to a £122.7 "
            "million ($163 million) fine imposed by the water regulator for England and Wales, in "
            "a decision that lawyers said could embolden regulators across Britain's privatized "
            "utilities.",
            "Lord Stephens wrote the lead judgment for the majority, holding that the regulator, "
            "known as Ofwat, did not exceed its statutory powers when it set the penalty. The "
            "panel split 4-1, with Lord Sales dissenting on the question of how the company's "
            "turnover should be measured.",
            "Under the Water Industry Act 1991, Ofwat can fine a water company up to 10% of its "
            "turnover for breaching its obligations. The regulator concluded in 2024 that "
            "Thameside had failed to run its sewage treatment works properly, leading to repeated "
            "discharges of untreated waste into rivers and coastal waters in southeast England.",
            "Thameside, which serves about 1.9 million customers, had argued that the penalty was "
            "arbitrary and far larger than any previous fine for comparable failings. The Court of "
            "Appeal rejected those arguments last year.",
            "England's water industry, privatized in 1989, has faced mounting public anger over "
            "sewage spills, rising bills and the debts built up by several companies. Ofwat itself "
            "is due to be abolished and replaced by a new regulator under government plans.",
            "The ruling has drawn interest in the United States, where utilities face "
            "penalties under the Clean Water Act that are calculated on a per-day basis "
            "rather than as a share of revenue. \"The British approach ties the fine to the "
            "size of the company, not just the size of the spill,\" said Daniel Okafor, an "
            "environmental law professor at Georgetown University. \"That is a very "
            "different incentive.\"",
            "Thameside said it was disappointed but would comply with the ruling. Ofwat said the "
            "judgment confirmed that its enforcement approach was \"robust and lawful.\"",
            "The company's parent, Estuary Holdings, is listed on the London Stock Exchange.",
        ]),
    ], [
        ("fine amount", r"122\.7|122,700,000", r"127\.2|127,200,000"),
        ("majority size",
         r"\b4 ?(-|–|to) ?1\b|four (to|-) one|four of the five|four justices",
         r"\b3 ?(-|–|to) ?2\b|three (to|-) two|three of the five|three justices|two dissent"),
        ("lead judgment author", r"\brose\b", r"stephens"),
    ]),
    _story("cb-SB3", "central bank", [
        _art("Harbour City Herald", "2026-11-03", [
            "Reserve Bank cuts on Cup Day as cash rate falls to 3.35 per cent | Harbour City "
            "Herald",
            "By Sophie Landers, Economics Editor",
            "Mortgage holders have been handed a modest Melbourne Cup Day win, with the Reserve "
            "Bank of Australia cutting the official cash rate by 25 basis points to 3.35 per cent.",
            "The decision, announced at 2.30pm AEDT on Tuesday, was the Reserve Bank's first move "
            "since August last year, when it cut to 3.6 per cent, and takes the cash rate to its "
            "lowest level in more than three and a half years.",
            "The Monetary Policy Board's decision was unanimous, the RBA said in its statement.",
            "Governor Michele Bullock told her press conference an hour later that the board had "
            "been encouraged by a run of softer price data. \"The board judged that it was "
            "appropriate to ease policy a little further, given that inflation is now sitting "
            "comfortably within the target band,\" Ms Bullock said. She declined to say whether "
            "more cuts would follow.",
            "Underlying inflation, as measured by the trimmed mean, eased to 2.6 per cent over the "
            "year to the September quarter, inside the RBA's 2 to 3 per cent target band. "
            "Unemployment rose to 4.4 per cent in September, its highest level in four years.",
            "For a borrower with a $600,000 mortgage, the cut would shave roughly $90 off monthly "
            "repayments if passed on in full, according to calculations by comparison site "
            "RateFinder.",
            "Within two hours of the announcement, all four major banks said they would pass the "
            "cut on in full to variable-rate home loan customers, with the changes taking effect "
            "from next week.",
            "Treasurer Jim Chalmers welcomed the decision, saying it was \"further evidence that "
            "the hard yards on inflation are paying off\", but cautioned that many households were "
            "still under pressure.",
            "Opposition treasury spokesman Ted O'Brien said the cut was overdue and that families "
            "had \"waited more than a year for relief that should have come sooner\".",
            "The board next meets on 7 and 8 December.",
        ]),
        _art("Southern Cross Broadcasting", "2026-11-03", [
            "The Reserve Bank has lowered interest rates for the first time in more than a year, "
            "trimming the cash rate by a quarter of a percentage point to 3.35 per cent.",
            "The decision of the nine-member Monetary Policy Board was unanimous, and came half an "
            "hour before the running of the Melbourne Cup.",
            "\"It was appropriate to ease a little further, with inflation now comfortably inside "
            "the target band,\" Governor Michele Bullock told reporters in Sydney.",
            "Financial markets had put the chance of a cut at about 80 per cent going into the "
            "meeting, after figures last week showed underlying inflation had slowed to 2.6 per "
            "cent.",
            "The Australian dollar slipped a fraction of a cent after the announcement to 65.1 US "
            "cents, while the ASX 200 finished the day 0.6 per cent higher, led by banks and "
            "property developers.",
            "Coral Sea Bank chief economist Tom Garrity said the Reserve Bank had been right to "
            "move, and that he expected one more cut in February. \"The labour market is clearly "
            "cooling, and the board has room to act without risking its inflation target,\" he "
            "said.",
            "Others were less sure. Independent economist Ruth Kavanagh said the board's statement "
            "was more cautious than markets had hoped, and pointed to persistent price rises in "
            "services such as insurance and rents.",
            "The cash rate peaked at 4.35 per cent in late 2023 and was held there until February "
            "2025, when the Reserve Bank began its easing cycle. Tuesday's cut is the fourth of "
            "that cycle, bringing the total reduction to one percentage point.",
            "Property groups welcomed the move, saying it would help first-home buyers, although "
            "some economists warned that cheaper credit could push house prices higher in Sydney "
            "and Brisbane.",
            "The board's next decision is due on 8 December.",
        ]),
        _art("Global Rates Wire", "2026-11-02", [
            "SYDNEY (Global Rates Wire) — Australia's central bank cut its benchmark interest rate "
            "by a quarter point on Tuesday, its first reduction since August 2025, citing a "
            "cooling labor market and inflation that has settled within its target range.",
            "The Reserve Bank of Australia lowered the cash rate target to 3.35% from 3.60%, as "
            "most economists polled by Global Rates Wire had expected. The decision was released "
            "at 2:30 p.m. in Sydney (10:30 p.m. EST on Monday in New York).",
            "It is the RBA's fourth cut since it began easing in February 2025, lowering the rate "
            "by 100 basis points in all from a peak of 4.35%.",
            "Governor Michele Bullock said the board considered it appropriate to ease a little "
            "further because inflation was now comfortably within the 2%-3% band. The trimmed mean "
            "measure of underlying inflation rose 2.6% in the year to the third quarter, while "
            "unemployment climbed to 4.4% in September.",
            "The Australian dollar fell about 0.2% to $0.651 after the decision. Yields on "
            "three-year Australian government bonds dropped 4 basis points.",
            "The RBA joins several central banks that have eased policy this autumn. The Reserve "
            "Bank of New Zealand cut its official cash rate to 2.25% last month, and the Bank of "
            "Canada lowered rates in October.",
            "Traders are now pricing about a 40% chance of a further cut at the RBA's February "
            "meeting, according to swaps data.",
            "The central bank's Monetary Policy Board, which replaced the old Reserve Bank board "
            "in March 2025, voted unanimously, the RBA said.",
            "The next policy decision is scheduled for Dec. 8.",
        ]),
        _art("Antipodean Rates Desk", None, [
            "RBA: 25bp cut to 3.35%, unanimous, mildly dovish – Antipodean Rates Desk",
            "As expected (by us, and by roughly 80% of the OIS curve going in), the RBA cut 25bps "
            "today, taking the cash rate to 3.35%. That is the lowest since early 2023.",
            "Vote: unanimous. The board now publishes unattributed vote counts, so a split would "
            "have been visible; there was none.",
            "Statement changes: the phrase about being \"cautious\" survives, but the board "
            "dropped its line about remaining \"alert to upside risks\" to inflation. We read "
            "that as a modest dovish shift.",
            "Data the board had in hand: Q3 trimmed mean 2.6% y/y, inside the 2–3% band; "
            "unemployment 4.4% in September, up from 4.3%; wages growth slowing.",
            "Cycle so far: four cuts, 100bps cumulative from the 4.35% peak. Real cash rate now "
            "about 0.75ppt on trimmed-mean terms, which the RBA itself would describe as only "
            "mildly restrictive.",
            "Presser (3.30pm AEDT): Bullock stuck to the script. Asked twice whether this was the "
            "last cut, she said the board was \"not on a pre-set course\". She noted services "
            "inflation was still too high and said productivity growth remained the economy's weak "
            "point.",
            "Market reaction: AUD dipped to 0.651; 3-year yields down 4bps on the day; ASX banks "
            "outperformed.",
            "Next meeting: 7–8 Dec. Our call: hold in December, then one more 25bp cut in Feb 2027 "
            "taking the cash rate to 3.10%, conditional on Q4 CPI. Risks skewed to fewer cuts, not "
            "more.",
            "Not investment advice. Subscribers can download the full note and charts from the "
            "members' area.",
        ]),
    ], []),
    _story("rocket-SB4", "rocket", [
        _art("Caledonian Post", None, [
            "Kestrel rocket reaches space from Shetland on third attempt | Caledonian Post",
            "By Ewan MacRae, Science Correspondent",
            "File photo: The Kestrel-2 on the pad at SaxaVord. Courtesy Kestrel Aerospace",
            "A methane-fuelled rocket built by the Edinburgh company Kestrel Aerospace has reached "
            "space for the first time, climbing to a peak altitude of 112km after lifting off from "
            "the SaxaVord Spaceport on Unst, Shetland, on Thursday.",
            "The Kestrel-2 vehicle, flying with booster K2-B4, left the pad at 10.42am BST after a "
            "morning of weather holds caused by low cloud and gusting winds over the island.",
            "It was the third test flight of the rocket. The first, in October last year, ended "
            "when the vehicle broke apart 40 seconds after lift-off. The second, in February, "
            "reached 64km, but the booster broke up when it hit the sea.",
            "This time the whole flight, from lift-off to the booster's splashdown under "
            "parachutes in the sea north of Unst, lasted just over nine minutes. A recovery "
            "vessel, the Skerry Lass, had the booster on deck by mid-afternoon.",
            "\"Today we went to space from Scotland, and we brought our booster home,\" said Fiona "
            "Gault, Kestrel's chief executive and co-founder. \"That is the sentence we have been "
            "waiting three years to say.\"",
            "The rocket is powered by seven of the company's Osprey engines, which burn liquid "
            "methane and liquid oxygen. Kestrel argues that methane, which leaves little soot, "
            "makes engines easier to clean and reuse than kerosene-fuelled designs.",
            "The company, which employs about 240 people at its Edinburgh headquarters and its "
            "engine test site in the Borders, hopes to begin commercial orbital launches in 2028 "
            "with a larger two-stage version of the vehicle.",
            "The flight was licensed by the Civil Aviation Authority. The UK Space Agency, which "
            "has put £5.5m of grant funding into the company, called the launch \"a landmark for "
            "the British space sector\".",
            "The Scottish Government's business minister, who watched from a viewing area "
            "at Lamba Ness, said the success would bring \"well-paid, highly skilled jobs to "
            "the very top of Scotland\".",
        ]),
        _art("The Shetland Beacon", None, [
            "Skip to content",
            "Unst made history on Thursday morning as the Kestrel-2 rocket roared off the pad at "
            "SaxaVord at 10.42am and climbed to 121 kilometres above the North Atlantic.",
            "Hundreds of islanders and visitors gathered at viewpoints around Haroldswick and "
            "Norwick, many of them having waited since dawn. The launch had been planned for 9am "
            "but was held for more than an hour and a half because of low cloud.",
            "When the engines lit, the roar rolled across the hills and set off a car alarm in the "
            "Haroldswick car park. \"I have lived on Unst all my life and I never thought I would "
            "see something like that from my own front door,\" said retired fisherman Magnus "
            "Sinclair, 74.",
            "This was the third test flight from SaxaVord and the first to reach space, following "
            "an explosion shortly after lift-off last October and a flight in February that "
            "reached 64km, after which the booster broke up on hitting the sea.",
            "The booster, known as K2-B4, came down under parachutes in the sea north of the "
            "island and was lifted aboard the recovery ship Skerry Lass.",
            "Kestrel Aerospace chief executive Fiona Gault thanked the island for its patience. "
            "\"Today we went to space from Scotland, and we brought our booster home,\" she said.",
            "SaxaVord chief executive Morag Tulloch said the spaceport had shown it could support "
            "\"a proper launch campaign\" and that further flights were planned before the end of "
            "the year.",
            "Not everyone is delighted. Some residents have raised concerns about noise, road "
            "closures on the A968 on launch days and the effect on nesting seabirds at Lamba Ness. "
            "Shetland Islands Council said it would review traffic arrangements before the next "
            "launch.",
            "Advertisement",
            "Share on Facebook",
            "Share on X",
        ]),
        _art("SpaceBiz Weekly", None, [
            "Kestrel-2 Flight 3: booster recovered after 112 km hop - SpaceBiz Weekly",
            "Kestrel Aerospace's third Kestrel-2 test flight lifted off from SaxaVord Spaceport at "
            "08:42 GMT on Thursday, reaching an apogee of 112 km and recovering its booster, "
            "K2-B4, after a 9 min 12 s flight.",
            "The vehicle's seven Osprey methalox engines produced about 620 kN of combined "
            "sea-level thrust. Main engine cut-off came at T+2:31, after which the vehicle coasted "
            "to apogee before the booster turned, deployed drogue and main parachutes and splashed "
            "down in the sea north of Unst.",
            "The payload was a 150 kg instrumented mass simulator carrying a small radiation "
            "experiment from the University of Strathclyde.",
            "The result is a marked improvement on Kestrel's first two attempts. Flight 1, in "
            "October 2025, was lost at T+40 s after a propellant-line failure. Flight 2, in "
            "February 2026, reached 64 km but the booster was destroyed on impact with the water "
            "when a main parachute failed to open.",
            "For Kestrel, the recovered booster is the bigger prize. The company's business case "
            "rests on reusing boosters at least ten times, and engineers will now inspect the "
            "airframe and engines for heat and saltwater damage.",
            "Kestrel raised £38m in a Series B round in 2025, led by a consortium of European "
            "venture funds, and has a launch agreement with SaxaVord covering up to 10 flights a "
            "year.",
            "The flight was carried out under a Civil Aviation Authority launch licence. UK "
            "regulators have been criticised in the past for slow licensing, but the CAA approved "
            "this flight profile within six weeks of the application.",
            "Next up: Flight 4, targeted for late 2026, will attempt a faster turnaround using the "
            "same booster.",
            "Analysis: methane engines are now the default choice for new European small-launch "
            "entrants, and a recovered booster gives Kestrel a credible claim to reusability ahead "
            "of its competitors.",
        ]),
        _art("Orbital Dispatch", None, [
            "By Kyle Brennan",
            "A Scottish startup's methane-fueled rocket reached space for the first time Thursday, "
            "marking a milestone for Britain's long-delayed effort to launch vertically from its "
            "own soil.",
            "The Kestrel-2, built by Edinburgh-based Kestrel Aerospace, lifted off at 5:42 a.m. "
            "EDT (10:42 a.m. local time) from SaxaVord Spaceport on Unst, the northernmost "
            "inhabited island in the United Kingdom, and climbed to about 70 miles before falling "
            "back toward the ocean.",
            "Booster K2-B6 then deployed parachutes and splashed down in the North Atlantic, where "
            "a recovery ship hauled it aboard. The flight lasted about nine minutes.",
            "Kestrel Chief Executive Fiona Gault said in a statement that the company had "
            "\"gone to space from Scotland and brought the booster home.\"",
            "It was the rocket's third flight. The first ended in an explosion 40 seconds after "
            "liftoff last October, and the second reached 64 kilometers in February but the "
            "booster broke apart on hitting the water.",
            "Kestrel-2 uses seven Osprey engines burning liquid methane and liquid oxygen, the "
            "same propellant combination used by SpaceX's Starship and several Chinese commercial "
            "rockets.",
            "The company is one of a handful of European startups racing to offer dedicated "
            "small-satellite launches. Germany's Rocket Factory Augsburg also plans to fly from "
            "SaxaVord, while Scotland's Orbex is developing its own vehicle.",
            "The U.K. has had a troubled history with launch: in 2023, Virgin Orbit's attempt to "
            "reach orbit from Cornwall using a modified Boeing 747 ended in failure, and the "
            "company later went bankrupt.",
            "Kestrel says it plans to begin commercial orbital launches in 2028 with a bigger "
            "two-stage rocket. For now, Gault said, the priority is to refly the recovered "
            "booster.",
            "Related: Europe's launch crunch, explained",
        ]),
    ], [
        ("booster designation", r"b-? ?4\b", r"b-? ?6\b"),
        ("lift-off clock time", r"10[:.]42|09[:.]42|\b5[:.]42", r"\b0?8[:.]42"),
        ("peak altitude",
         r"(?<![\d.])112(\.\d+)? ?(km|kilomet)|(?<![\d.])70 ?(miles|mi\b)",
         r"(?<![\d.])121(\.\d+)? ?(km|kilomet)"),
    ]),
    _story("quake-SB5", "earthquake", [
        _art("Associated Global News", "2026-03-22", [
            "KATHMANDU, Nepal (AGN) — A strong earthquake struck a remote mountain district in "
            "far-western Nepal late Saturday, killing at least 14 people and injuring more than "
            "60, officials said Sunday, as rescuers struggled to reach villages cut off by "
            "landslides.",
            "The magnitude 6.1 quake hit at 11:47 p.m. local time (1802 GMT) near Khalanga, the "
            "administrative headquarters of Darchula district, close to Nepal's border with India, "
            "according to Nepal's National Earthquake Monitoring and Research Center. The center "
            "said the rupture began about 10 kilometers (6 miles) underground.",
            "Most of the dead were in hillside villages where houses built of stone and mud "
            "collapsed while families slept, said Keshav Raj Bhatt, Darchula's chief district "
            "officer. \"Many people were buried under their own roofs,\" Bhatt told AGN by phone. "
            "\"We are still counting.\"",
            "Home Minister Prakash Adhikari flew to Darchula by helicopter on Sunday morning with "
            "a team of officials, his ministry said, and Nepal Army helicopters began ferrying the "
            "seriously injured to hospitals in Dhangadhi and Kathmandu.",
            "Landslides blocked several stretches of the only main road into the district, and "
            "officials said teams were walking to some villages that had not been reached by "
            "nightfall on Sunday.",
            "Shaking was felt as far away as New Delhi, about 350 kilometers (220 miles) to the "
            "southwest, and in several cities in northern India. At least a dozen aftershocks "
            "followed the main quake, the strongest measuring 4.8.",
            "Hundreds of houses were damaged or destroyed, according to preliminary reports, and "
            "many residents spent the night in the open in near-freezing temperatures.",
            "Nepal sits on one of the world's most active seismic zones, where the Indian tectonic "
            "plate pushes northward into the Eurasian plate. A magnitude 7.8 earthquake in 2015 "
            "killed nearly 9,000 people and destroyed hundreds of thousands of homes.",
            "The United Nations said it was in contact with Nepali authorities and that relief "
            "supplies, including tents and blankets, were being moved toward the area from "
            "stockpiles in the west of the country.",
        ]),
        _art("The Deccan Ledger", "2026-03-23", [
            "Nepal quake toll rises to 27; tremors felt across north India | The Deccan Ledger",
            "New Delhi: The death toll from Saturday night's earthquake in far-western Nepal rose "
            "to 27 on Monday, with more than 140 people injured, as rescue teams reached remote "
            "villages in Darchula district for the first time.",
            "The quake, of magnitude 6.1, struck at 11.32 pm IST (11.47 pm Nepal time) on "
            "Saturday. Its epicentre was near Khalanga in Darchula, at a depth of 18 km, according "
            "to Nepal's National Earthquake Monitoring and Research Centre.",
            "Strong tremors were felt across Uttarakhand and in Delhi-NCR, Lucknow and Dehradun, "
            "sending residents rushing out of their homes and high-rise apartments. No casualties "
            "were reported in the national capital.",
            "In Pithoragarh district, just across the Mahakali river, cracks appeared in dozens of "
            "houses in Dharchula town, and three people were injured by falling debris, the "
            "district magistrate said. Teams from the State Disaster Response Force were sent to "
            "border villages as a precaution.",
            "Prime Minister Narendra Modi said India stood ready to help. \"Deeply saddened by the "
            "loss of lives in Nepal. India is ready to extend all possible assistance to our "
            "friends,\" he posted on X. Officials said a National Disaster Response Force team and "
            "relief material were on standby.",
            "Nepal's Home Minister Prakash Adhikari, who visited Darchula on Sunday, told "
            "reporters that relief would reach every affected ward \"within days\" and that the "
            "government would rebuild destroyed homes.",
            "Landslides triggered by the quake blocked the Mahakali highway at several points, "
            "slowing the movement of relief trucks. Dozens of aftershocks have rattled the region "
            "since Saturday.",
            "Experts said the Himalayan region remained overdue for a very large earthquake. \"The "
            "central Himalaya has accumulated strain for centuries,\" said a seismologist at the "
            "Wadia Institute of Himalayan Geology in Dehradun. \"Events like this are a reminder "
            "that building codes in hill towns must be enforced.\"",
            "Related: How prepared is Uttarakhand for a major earthquake?",
        ]),
        _art("Commonwealth Broadcasting Service", "2026-03-23", [
            "Nepal earthquake: Death toll reaches 27 in remote Darchula",
            "At least 27 people have been killed and more than 140 injured after a magnitude 6.1 "
            "earthquake struck a remote corner of far-western Nepal, officials say.",
            "The quake hit at 23:47 local time on Saturday (18:02 GMT). Its epicentre was near the "
            "village of Gokuleshwar in Darchula district, about 10 kilometres below the surface.",
            "Rescuers have had to walk for hours along mountain tracks to reach some of the "
            "worst-hit villages, after landslides closed roads. Nepal Army helicopters have been "
            "flying the injured to hospitals in the lowland city of Dhangadhi.",
            "\"The house fell on us in the dark,\" said Janaki Dhami, 34, speaking from a hospital "
            "bed in Dhangadhi, where she was being treated for a broken leg. Her mother-in-law was "
            "among those killed.",
            "More than 40 aftershocks have been recorded since the main tremor, the strongest of "
            "magnitude 4.8, and many families have refused to go back indoors.",
            "Aid agencies say the most urgent needs are tents, blankets and clean water. "
            "Night-time temperatures in the hills are close to freezing at this time of year.",
            "The UK government said it would provide £1m in humanitarian aid through partner "
            "organisations already working in the region. The Foreign Office said it had no "
            "reports of British nationals being affected.",
            "Nepal is one of the most earthquake-prone countries in the world. In 2015, a "
            "magnitude 7.8 earthquake near Kathmandu killed nearly 9,000 people and flattened "
            "whole villages.",
            "Darchula, which borders both India and China, is among the poorest and least "
            "accessible districts in the country, and many of its young men work as labourers in "
            "India.",
        ]),
        _art("Kathmandu Evening Post", "2026-03-23", [
            "Darchula quake: 27 dead, over 1,800 houses damaged",
            "DARCHULA — The death toll from Saturday night's earthquake in Darchula has reached "
            "27, the National Disaster Risk Reduction and Management Authority said on Monday. A "
            "total of 143 people have been injured, 38 of them seriously.",
            "According to the authority, more than 1,800 houses have been fully or partially "
            "damaged, most of them in the villages of the district's northern wards. Several "
            "schools and health posts have also been damaged.",
            "Defence Minister Prakash Adhikari, who reached Khalanga on Sunday, directed security "
            "agencies to speed up search and rescue and to set up temporary shelters before the "
            "weather worsens.",
            "The magnitude 6.1 earthquake, with its epicentre at Khalanga, struck at 11:47 pm on "
            "Saturday. Since then, more than 40 aftershocks have been recorded, the largest "
            "measuring 4.8, according to the National Earthquake Monitoring and Research Centre.",
            "Chief District Officer Keshav Raj Bhatt said the most urgent need was tarpaulins and "
            "food for families sleeping in the open. \"People are afraid to go inside even the "
            "houses that are still standing,\" he said.",
            "The Mahakali highway remained blocked at three places on Monday, and the Nepal Army "
            "was using helicopters to deliver food and medicine to villages that cannot be reached "
            "by road.",
            "Local residents complained that relief had been slow to arrive in upper "
            "villages. \"We have received nothing except some noodles from a neighbour,\" "
            "said Hari Singh Bohara of a ward in the district's north.",
            "This is the deadliest quake in Nepal since November 2023, when a tremor in Jajarkot "
            "and Rukum West killed 153 people. Experts have repeatedly warned that the country's "
            "far west, which has not had a major earthquake for centuries, is at high risk.",
            "The government has announced immediate relief of Rs 50,000 for the family of each "
            "person killed.",
        ]),
    ], [
        ("epicentre", r"khalanga", r"gokuleshwar"),
        ("depth",
         r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?(miles|mi\b)",
         r"(?<![\d.])18 ?(km|kilomet)"),
        ("minister's title",
         r"home minister|home ministry|minister (for|of) home",
         r"defen[cs]e minister|minister (for|of) defen[cs]e"),
    ]),
    _story("elec-SB6", "election", [
        _art("Ashby Vale Gazette", None, [
            "Reform UK takes Ashby Vale from Labour in by-election upset | Ashby Vale Gazette",
            "By Lorna Hebden, Political Reporter",
            "Reform UK has won the Ashby Vale by-election, overturning a large Labour majority in "
            "a seat the party had held for most of the past half-century.",
            "Daniel Ashworth, a 41-year-old haulage firm owner and former district councillor, was "
            "declared the winner by the acting returning officer at 3.12am on Friday at the count "
            "at Ashby Vale Leisure Centre. He polled 14,362 votes, 37.4 per cent of those cast.",
            "Labour's Priya Naidu came second with 11,415 votes (29.7 per cent), giving Mr "
            "Ashworth a majority of 2,947. The Conservative candidate, Hugh Fenwick, was third "
            "with 6,108 votes, ahead of the Liberal Democrat Clare Whitlock on 3,227 and the Green "
            "Party's Tamsin Reed on 2,641. Three other candidates shared 649 votes between them.",
            "Turnout was 38.2 per cent, with 38,402 of the constituency's 100,530 registered "
            "voters casting a ballot, well down on the general election.",
            "In his victory speech, Mr Ashworth said: \"Ashby Vale has sent a message to "
            "Westminster tonight. People here have been taken for granted for too long, and they "
            "are not going to put up with it any more.\"",
            "Ms Naidu, a local GP, congratulated the winner and said Labour had \"a lot of "
            "listening to do\".",
            "The by-election was called after the sitting Labour MP, Gareth Molloy, stood down on "
            "health grounds in the summer. At the 2024 general election Mr Molloy won with 46.1 "
            "per cent of the vote, while Reform took 19.8 per cent.",
            "Polling day was marked by heavy rain across the constituency, and party workers said "
            "it had kept some older voters at home. Postal votes made up almost a third of the "
            "ballots counted.",
            "Advertisement",
            "Read more: Meet Ashby Vale's new MP",
        ]),
        _art("The Albion Times", None, [
            "Starmer under pressure after Reform wins Ashby Vale by-election",
            "Keir Starmer faces renewed questions about Labour's electoral strategy after Reform "
            "UK captured the East Midlands seat of Ashby Vale in the early hours of Friday, "
            "winning by 2,497 votes.",
            "The result is Reform's second by-election gain from Labour this parliament and will "
            "alarm Labour MPs in similar seats across the Midlands and the North, many of whom are "
            "defending majorities that look far less secure than they did on the night of the "
            "general election.",
            "Labour's vote share fell by 16.4 points, to 29.7 per cent, while Reform's rose from "
            "19.8 per cent to 37.4 per cent. Polling experts said the swing from Labour to Reform, "
            "of 17 points, would, if repeated at a general election, put dozens of Labour seats at "
            "risk.",
            "The winning candidate, Daniel Ashworth, runs a haulage business and sat on the "
            "district council until last year. He campaigned heavily on the cost of living, "
            "immigration and the closure of the town's hospital maternity unit.",
            "Labour sources blamed a low turnout and the unpopularity of the government's winter "
            "fuel and welfare decisions. One minister said privately that the party had \"run a "
            "decent candidate in a terrible week\".",
            "Nigel Farage, the Reform leader, who visited the constituency four times during the "
            "campaign, said the result showed his party was \"now the real opposition in Labour's "
            "heartlands\".",
            "The Conservatives, who came third, suffered their own setback. Their candidate, Hugh "
            "Fenwick, won 15.9 per cent, and Kemi Badenoch's party was pushed into third place in "
            "a seat where it finished second as recently as 2019.",
            "A Downing Street spokesman said the Prime Minister congratulated Mr Ashworth and that "
            "by-elections were \"always difficult for governing parties\".",
            "Labour's candidate, Priya Naidu, is expected to remain on the party's list of "
            "approved candidates for the next general election.",
        ]),
        _art("Westminster Briefing", None, [
            "Ashby Vale: the numbers behind Reform's win - Westminster Briefing",
            "Reform UK gained Ashby Vale from Labour on Thursday with a majority of 2,947 on a "
            "turnout of 33.8 per cent. Here is what the result does and does not tell us.",
            "1. The swing was large but not unprecedented. Labour's share fell from 46.1 per cent "
            "at the 2024 general election to 29.7 per cent, down 16.4 percentage points. Reform's "
            "rose 17.6 points to 37.4 per cent. That is a Labour-to-Reform swing of 17 points, in "
            "line with the swings Reform has recorded in other recent by-elections.",
            "2. Turnout matters. By-election turnouts are almost always lower than at general "
            "elections, and Labour voters appear to have stayed home in greater numbers than "
            "Reform's. Canvass returns shared by both parties suggest Reform's voters were "
            "markedly more motivated.",
            "3. The Conservatives are squeezed. Hugh Fenwick's 15.9 per cent is the party's worst "
            "result in the seat since it was created. Tactical unwinding works against the Tories "
            "in this kind of contest: anti-Labour voters who want to send a message now have a "
            "more attractive vehicle.",
            "4. The progressive vote split. The Liberal Democrats (8.4 per cent) and Greens (6.9 "
            "per cent) together took more than 15 per cent. If even a third of those voters had "
            "backed Labour, Priya Naidu would have come much closer, though she would still have "
            "lost.",
            "5. Postal votes were a large share of the total, a pattern that has helped Reform in "
            "older, semi-rural constituencies where its support is concentrated.",
            "What next? Expect Labour to argue this was a low-turnout protest vote in a midterm "
            "slump. Expect Reform to argue it is the start of a realignment. Both will be partly "
            "right. The better test will come in next May's local elections, when dozens of "
            "Labour-run councils in the Midlands are up for grabs.",
            "Subscribe to Westminster Briefing for our weekly seat-by-seat analysis.",
        ]),
        _art("Continental Press", None, [
            "LONDON (Continental Press) — Britain's insurgent Reform UK party won a special "
            "election for a Labour-held seat in Parliament on Thursday, deepening the troubles of "
            "Prime Minister Keir Starmer's government and boosting Nigel Farage's claim to lead "
            "the main challenge to Labour.",
            "Reform candidate Daniel Ashworth won the Ashby Vale constituency in central England "
            "by nearly 3,000 votes, taking 37.4% of the vote to 29.7% for Labour's Priya Naidu, "
            "according to results announced early Friday. Turnout was about 38%.",
            "Labour had won the seat comfortably in the 2024 general election, when it swept to "
            "power with a huge parliamentary majority.",
            "The vote, known in Britain as a by-election, was triggered by the resignation of "
            "Labour lawmaker Gareth Molloy for health reasons.",
            "Reform, which campaigns for sharp cuts in immigration, has led many national opinion "
            "polls in the past year. Its success in Ashby Vale, a former mining and manufacturing "
            "area, suggests it can win Labour seats as well as Conservative ones.",
            "\"This is what the future of British politics looks like,\" Farage told "
            "supporters at a rally after the count. \"Labour thought these voters belonged "
            "to them. They were wrong.\"",
            "Starmer's office said the prime minister congratulated the winner and that the "
            "government would continue to focus on the cost of living and public services.",
            "The Conservative Party, which governed Britain from 2010 to 2024, finished a distant "
            "third, another sign of its struggles under leader Kemi Badenoch.",
            "The result does not change the balance of power in the House of Commons, where Labour "
            "holds a large majority. The next general election is not due until 2029.",
        ]),
    ], [
        ("winning majority",
         r"(?<![\d,.])2,?947(?!\d)|nearly 3,?000|almost 3,?000",
         r"(?<![\d,.])2,?497(?!\d)"),
        ("turnout",
         r"(?<![\d.])38(\.2)? ?(%|percent|per cent|pct)|(?<![\d.])38\.2(?!\d)",
         r"(?<![\d.])33\.8(?!\d)"),
    ]),
]
