"""Held-out domain battery, part AH.

Written by engineer AH1 on 2026-12-06 (twelfth session) without reading the reconcile
rules or other parts, before any run. A held-out part scored with
`bench/bench_domain_battery.py AH`.

Emphasis: disagreements that are not plain numbers (titles, delegation leaders, judges who
wrote or dissented, rocket/payload names, launch sites, epicentre towns, weekdays, parties,
decisions, quote speakers), written as English-language outlets of Asia, Africa and Latin
America would publish them.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AH", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ trade
    _case("trade-AH1", "trade", "venue city of talks", True, [
        "KUALA LUMPUR, Oct 25 (Bernama) -- Senior economic officials from the United States "
        "and China opened a fresh round of trade consultations on Saturday at the Merdeka 118 "
        "tower in Kuala Lumpur, on the sidelines of the regional summit week. "
        "The American side was led by Treasury Secretary Scott Bessent and Trade "
        "Representative Jamieson Greer, while Vice Premier He Lifeng headed the Chinese team. "
        "The meeting comes after Washington threatened an extra 100 per cent duty on Chinese "
        "goods from Nov 1 in response to Beijing's widened curbs on rare-earth exports. "
        "Advertisement "
        "Neither delegation spoke to reporters on the way in. "
        "Analysts at a local brokerage said a truce would lift sentiment across Southeast "
        "Asian export markets.",
        "PUTRAJAYA: Washington and Beijing resumed their tariff dialogue on Saturday inside "
        "the Perdana Putra complex in Putrajaya, Malaysia's administrative capital, according "
        "to officials familiar with the arrangements. "
        "Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer sat across "
        "from a Chinese delegation under Vice-Premier He Lifeng. "
        "Read more: Ringgit firms as trade talk hopes build "
        "The stakes are high. President Donald Trump has warned of an additional 100% tariff "
        "on imports from China starting November 1, after Beijing tightened export controls "
        "on rare earths. "
        "The host government has described its role as that of a facilitator rather than a "
        "mediator. "
        "Exporters across the country are watching the outcome closely, a manufacturers' "
        "federation official said.",
        "Officials from the world's two largest economies sat down in the Malaysian capital, "
        "Kuala Lumpur, on Saturday for another attempt at easing their trade war. "
        "Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer are facing "
        "Vice Premier He Lifeng at the Merdeka 118 skyscraper. "
        "Washington has threatened to add a 100% tariff on Chinese imports from November 1 "
        "over Beijing's new rare-earth export rules. "
        "Malaysia, this year's chair of the regional bloc, offered to host the meeting. "
        "Share this article",
    ], None, r"kuala lumpur|merdeka", r"putrajaya|perdana putra"),

    _case("trade-AH2", "trade", "who led a delegation", True, [
        "STOCKHOLM, July 29 (APP): China and the United States concluded two days of economic "
        "and trade talks in the Swedish capital on Tuesday, with both sides agreeing to keep "
        "working towards an extension of their tariff truce. "
        "The Chinese delegation was led by Vice Premier He Lifeng, who was joined by Li "
        "Chenggang, China's international trade representative. "
        "The US team was headed by Treasury Secretary Scott Bessent. "
        "The talks were held at Rosenbad, the Swedish prime minister's office. "
        "According to a statement carried by Xinhua, the two sides held 'candid, in-depth and "
        "constructive exchanges'. "
        "The current 90-day pause on steep reciprocal tariffs is due to expire on August 12.",
        "Beijing and Washington wrapped up their latest round of trade negotiations in "
        "Stockholm on Tuesday without announcing a breakthrough, but pledged to keep talking "
        "about extending the tariff pause. "
        "Commerce Minister Wang Wentao led China's side at the talks, held at Rosenbad, the "
        "seat of the Swedish government, with international trade representative Li Chenggang "
        "also in the room. "
        "Across the table sat US Treasury Secretary Scott Bessent. "
        "Share this article "
        "Xinhua described the exchanges as candid, in-depth and constructive. "
        "Without an extension, the current 90-day suspension of the higher tariffs lapses on "
        "12 August, a prospect that has unsettled exporters across the region.",
    ], ["2025-07-29", "2025-07-29"], r"he lifeng", r"wang wentao"),

    _case("trade-AH3", "trade", "person's title", True, [
        "BEIJING, Sept 18 -- Li Chenggang, vice minister of commerce, held working-level "
        "consultations with US officials in Washington this week, the Ministry of Commerce "
        "said on Thursday. "
        "The two sides discussed implementation of the consensus reached by the two heads of "
        "state during their recent phone call, the ministry said in a short statement. "
        "Li's visit came days after the Madrid round, which produced a framework deal on the "
        "TikTok app. "
        "Advertisement "
        "'Both teams agreed to maintain close communication,' the statement said. "
        "No date was given for the next in-person meeting.",
        "Li Chenggang, China's assistant minister of commerce, spent time in Washington this "
        "week for lower-level talks with American trade officials, Beijing's commerce "
        "ministry said on Thursday. "
        "According to the ministry, the discussions focused on putting into practice what the "
        "two presidents agreed during their recent phone call. "
        "The trip followed the Madrid round, at which negotiators reached a framework "
        "agreement over TikTok. "
        "Both sides agreed to 'maintain close communication', the ministry added, without "
        "saying when negotiators would next meet face to face. "
        "Read more: What the TikTok framework means for users in Asia "
        "Markets in Hong Kong were little changed on the news.",
    ], None, r"vice[- ]minister", r"assistant"),

    _case("trade-AH4", "trade", "weekday of a call", True, [
        "BEIJING, Nov 7 -- Chinese Vice Premier He Lifeng held a video call with US Treasury "
        "Secretary Scott Bessent and Trade Representative Jamieson Greer on Thursday, the two "
        "sides said. "
        "They exchanged views on implementing the outcomes of the Busan meeting between the "
        "two heads of state, including the one-year suspension of some export control "
        "measures. "
        "He called on both teams to 'properly handle differences through equal "
        "consultation'. "
        "Bessent wrote on social media that the call had been productive. "
        "Follow us on WhatsApp for more updates",
        "Chinese Vice-Premier He Lifeng spoke with US Treasury Secretary Scott Bessent and "
        "Trade Representative Jamieson Greer by video link on Wednesday, according to "
        "statements from both governments. "
        "The call focused on following through on the agreements struck when Presidents Xi "
        "Jinping and Donald Trump met in Busan, South Korea, among them a one-year pause on "
        "certain export controls. "
        "He urged both sides to manage their differences through equal consultation, Xinhua "
        "reported. "
        "Bessent described the conversation as productive in a post on X. "
        "Indian exporters are watching whether the thaw sends orders back to Chinese "
        "suppliers.",
    ], ["2025-11-07", "2025-11-07"],
        r"thursday|nov(ember)?\.? 6\b|\b6(th)? nov|11-06",
        r"wednesday|nov(ember)?\.? 5\b|\b5(th)? nov|11-05"),

    _case("trade-AH5", "trade", "length of a tariff suspension", True, [
        "China will keep suspending the additional 24 per cent tariff on American goods for "
        "one year, retaining only a 10 per cent levy, the Customs Tariff Commission of the "
        "State Council said on Wednesday. "
        "The move, effective from Nov 10, implements the consensus reached by President Xi "
        "Jinping and US President Donald Trump in Busan. "
        "Beijing will also lift some of the duties of up to 15 per cent it imposed in March "
        "on US farm products, including soybeans. "
        "Share this article "
        "African commodity exporters, who gained market share in China during the dispute, "
        "may face renewed competition from US growers, analysts in Nairobi said.",
        "BEIJING (Xinhua) -- The Customs Tariff Commission of the State Council announced on "
        "Wednesday that the extra 24 percent tariff on US imports would stay suspended for "
        "another 90 days, while a 10 percent tariff remains in place. "
        "The adjustment takes effect on November 10 and follows the meeting between the "
        "Chinese and US heads of state in Busan, the commission said. "
        "It will also remove part of the tariffs of up to 15 percent that were imposed in "
        "March on American agricultural goods such as soybeans. "
        "The commission urged the US side to work with China to 'meet each other halfway'.",
    ], None, r"one year|1[- ]year|12 months|365 days|\ba year",
        r"(?<!\d)90[- ]?days?|ninety days|three months|3 months"),

    _case("trade-AH6", "trade", "duration of talks", True, [
        "MADRID: US and Chinese negotiators met for about five and a half hours on Sunday at "
        "the Palacio de Santa Cruz, home of Spain's foreign ministry, in the fourth round of "
        "talks since May. "
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng led the delegations, with "
        "Trade Representative Jamieson Greer also attending. "
        "Talks were scheduled to resume on Monday. "
        "Topics included the future of the TikTok short-video app, US export controls on "
        "chips and China's purchases of American soybeans. "
        "Also Read: Rupee opens flat ahead of Fed meeting "
        "A Spanish government spokesperson said Madrid was 'honoured' to host the meeting.",
        "Delegations from Washington and Beijing spent three hours and 40 minutes at the "
        "negotiating table in Madrid on Sunday, according to a Spanish official, before "
        "breaking for the night. "
        "The meeting, the fourth such round since May, took place in the Palacio de Santa "
        "Cruz, which houses the Spanish foreign ministry. "
        "US Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng headed the two "
        "sides; Trade Representative Jamieson Greer joined them. "
        "Negotiators were due back at the table on Monday. "
        "On the agenda were TikTok's ownership, chip export restrictions and soybean "
        "purchases, issues that matter to Latin American farm exporters who have gained "
        "from the dispute.",
    ], ["2025-09-15", "2025-09-15"],
        r"five and a half|5\.5 ?h|5 ?h\w* ?(and )?30|330 ?min|5½",
        r"three hours and 40|3 ?h\w* ?(and )?40|220 ?min|3:40|3\.67"),

    _case("trade-AH7", "trade", "control: organisation named two ways", False, [
        "BEIJING, Nov 5 (Xinhua) -- The Ministry of Commerce (MOFCOM) announced on Wednesday "
        "that it will suspend, for one year, measures placing 15 US entities on its export "
        "control list, effective Nov 10. "
        "A MOFCOM spokesperson said the step implements the consensus reached by the two "
        "heads of state in Busan. "
        "The Office of the United States Trade Representative has separately suspended for "
        "one year its Section 301 measures targeting China's maritime, logistics and "
        "shipbuilding sectors. "
        "The spokesperson said China welcomed the US move and hoped both sides would keep up "
        "the momentum.",
        "China's commerce ministry on Wednesday said it would pause for a year the "
        "restrictions it placed on 15 American companies under its export control list, with "
        "the change taking effect on 10 November. "
        "The decision carries out what Chinese President Xi Jinping and US President Donald "
        "Trump agreed at their meeting in Busan, South Korea, a ministry spokesperson said. "
        "Washington has taken a matching step: USTR suspended its Section 301 actions against "
        "Chinese shipbuilding, logistics and maritime industries for one year. "
        "Advertisement "
        "Nigerian shippers have paid higher freight rates on some Asia routes since the "
        "port-fee row began in October, according to industry figures.",
    ], ["2025-11-05", "2025-11-05"]),

    _case("trade-AH8", "trade", "control: same moment on different calendar days", False, [
        "WASHINGTON -- Senior US and Chinese trade officials finished a two-hour video "
        "conference at around 9 p.m. Washington time on Sunday, focused on the timetable for "
        "the soybean purchases agreed last month. "
        "Trade Representative Jamieson Greer and Li Chenggang, China's international trade "
        "representative, led the call. "
        "Under the arrangement, China is to buy 12 million metric tons of US soybeans by the "
        "end of the year. "
        "Mexican grain importers, who buy much of their soy from the US, have been tracking "
        "the talks for signs of price moves.",
        "BEIJING, Nov 17 -- Chinese and American trade negotiators wrapped up a video "
        "conference at around 10 a.m. Beijing time on Monday after two hours of discussion on "
        "the soybean purchase schedule, officials said. "
        "Li Chenggang, China's international trade representative, and US Trade "
        "Representative Jamieson Greer led their respective teams. "
        "China has committed to buying 12 million tonnes of American soybeans before the end "
        "of this year under last month's understanding. "
        "Neither side released a joint statement.",
    ], ["2025-11-16", "2025-11-17"]),

    # ------------------------------------------------------------------ court
    _case("court-AH1", "court", "author of the judgment", True, [
        "The Constitutional Court has declared unconstitutional a Home Affairs regulation that "
        "blocked the late registration of births of children whose parents lack identity "
        "documents. "
        "In a unanimous judgment handed down in Braamfontein on Thursday, Justice Mbuyiseli "
        "Madlanga wrote that the rule left children invisible to the State that is obliged "
        "to protect them. "
        "The court gave Parliament 24 months to fix the defect. "
        "The case was brought by the Legal Resources Centre on behalf of four mothers from "
        "the Eastern Cape. "
        "The department said it would study the judgment.",
        "Children born to undocumented parents can no longer be shut out of birth "
        "registration, after the Concourt on Thursday struck down the Home Affairs rule that "
        "kept them off the population register. "
        "Justice Steven Majiedt, writing for a unanimous court, found the regulation violated "
        "children's rights to a name and a nationality from birth. "
        "Parliament has 24 months to remedy the defect, the court ordered. "
        "Advertisement "
        "The Legal Resources Centre brought the challenge for four women from the Eastern Cape "
        "whose children could not get birth certificates. "
        "Home Affairs said it was studying the ruling.",
    ], None, r"madlanga", r"majiedt"),

    _case("court-AH2", "court", "decision: struck down vs upheld", True, [
        "JAKARTA (ANTARA) - The Constitutional Court (MK) on Thursday struck down a provision "
        "of the National Police Law that allowed active officers to take up civilian posts in "
        "ministries and agencies without resigning from the force. "
        "Chief Justice Suhartoyo read out the verdict at the court building in Central "
        "Jakarta. "
        "The petition was filed by a law student and an advocate, who argued that the "
        "provision undermined civilian supremacy. "
        "Read also: House to begin deliberating police bill next month "
        "The ruling is final and binding, as the court's decisions cannot be appealed. "
        "Around 4,300 police officers currently hold positions outside the force, according "
        "to data cited during the hearing.",
        "Indonesia's Constitutional Court has upheld the article of the Police Law that lets "
        "serving officers hold civilian jobs in government, dismissing a challenge brought by "
        "a law student and a lawyer. "
        "Chief Justice Suhartoyo announced the decision on Thursday in Jakarta. "
        "The petitioners had argued that allowing active police to fill civilian posts eroded "
        "civilian control of the state. "
        "Some 4,300 officers are currently seconded to posts outside the police, figures "
        "presented in court showed. "
        "Rulings of the court are final and cannot be appealed.",
    ], ["2026-01-15", "2026-01-15"],
        r"struck|strike|annul|unconstitutional|invalid",
        r"upheld|uphold|dismiss|reject|\bvalid"),

    _case("court-AH3", "court", "who dissented", True, [
        "NEW DELHI (PTI) A five-judge Constitution Bench of the Supreme Court on Tuesday ruled "
        "by a 4:1 majority that states have the power to levy electricity duty on power "
        "generated by captive plants for self-consumption. "
        "Chief Justice of India Surya Kant, who authored the majority verdict, said the entry "
        "in the State List must be read 'broadly and purposively'. "
        "Justice B V Nagarathna dissented, holding that the levy amounted to a tax on "
        "production, which only Parliament could impose. "
        "The ruling affects over 120 pending appeals filed by industrial units in several "
        "states.",
        "States can tax electricity that industries generate in their own captive plants, "
        "the Supreme Court held on Tuesday in a 4-1 split verdict. "
        "Writing for the majority, CJI Surya Kant said the relevant State List entry deserved "
        "a broad and purposive reading. "
        "In his dissent, Justice Ujjal Bhuyan said the duty was in effect a levy on "
        "production and lay within Parliament's domain. "
        "More than 120 appeals by industrial units had been pending on the question, lawyers "
        "said. "
        "Share",
        "Advertisement "
        "Captive power users lost a long-running battle in the apex court on Tuesday. "
        "By four votes to one, the Constitution Bench allowed states to impose electricity "
        "duty on self-generated power; Justice Nagarathna wrote the lone dissent. "
        "Chief Justice Surya Kant's majority opinion called for a broad reading of the State "
        "List entry. "
        "Industry bodies said more than 120 appeals would now be decided in line with the "
        "ruling.",
    ], None, r"nagarathna", r"bhuyan"),

    _case("court-AH4", "court", "size of a fine", True, [
        "ABUJA (NAN) - The Competition and Consumer Protection Tribunal in Abuja has upheld "
        "the fine imposed on Meta Platforms Inc. by the Federal Competition and Consumer "
        "Protection Commission (FCCPC), ruling that the company abused its dominant position. "
        "The three-member panel, led by Thomas Okosun, affirmed the $220 million penalty and "
        "ordered Meta to pay the commission's $35,000 costs of investigation. "
        "The FCCPC had accused the firm of discriminatory data practices against Nigerian "
        "users of WhatsApp and Facebook. "
        "Meta said it was reviewing the judgment.",
        "Meta has lost its appeal in Nigeria. "
        "A three-person panel of the Competition and Consumer Protection Tribunal, chaired by "
        "Thomas Okosun, confirmed the $290m fine that the FCCPC slapped on the Facebook and "
        "WhatsApp owner for abusing its market dominance and exploiting users' data. "
        "The tribunal also told Meta to refund the $35,000 the commission spent investigating "
        "the case. "
        "Advertisement "
        "A Meta spokesperson said the company was studying the ruling and considering its "
        "options.",
    ], ["2025-05-01", "2025-05-01"],
        r"(?<![\d.])220 ?(m\b|mn|million)|220,000,000|\$ ?220(?!\d)",
        r"(?<![\d.])290 ?(m\b|mn|million)|290,000,000|\$ ?290(?!\d)"),

    _case("court-AH5", "court", "which court decided", True, [
        "PUTRAJAYA, March 18 (Bernama) -- The Court of Appeal today acquitted former Sabah "
        "state minister Datuk Rosli Majimbun of four counts of accepting bribes totalling "
        "RM2.4 million linked to timber concessions. "
        "The bench, led by Justice Datuk Hadhariah Syed Ismail, ruled that the prosecution "
        "had failed to prove the charges beyond reasonable doubt. "
        "Rosli had been sentenced by the High Court in Kota Kinabalu to six years in jail and "
        "fined RM12 million. "
        "Deputy public prosecutor Datuk Wan Shaharuddin Wan Ladin said the prosecution would "
        "study the grounds of judgment.",
        "A former Sabah minister walked free at the Palace of Justice in Putrajaya on "
        "Wednesday after the Federal Court overturned his graft conviction. "
        "Datuk Rosli Majimbun had been found guilty by the Kota Kinabalu High Court on four "
        "bribery charges involving RM2.4 million in timber concession payments, and jailed "
        "six years with a RM12 million fine. "
        "Justice Datuk Hadhariah Syed Ismail, who led the panel, said the prosecution's case "
        "had gaps that could not be bridged. "
        "Read more: Sabah timber licences under review "
        "The prosecution, represented by Datuk Wan Shaharuddin Wan Ladin, said it would look "
        "at the full grounds before deciding on its next step.",
    ], None, r"court of appeal|appeals? court|appellate", r"federal court"),

    _case("court-AH6", "court", "control: person named two ways", False, [
        "NAIROBI, Aug 22 (KNA) - The Supreme Court has dismissed a petition challenging the "
        "appointment of six commissioners to the Independent Electoral and Boundaries "
        "Commission (IEBC), clearing the way for preparations for the 2027 General Election. "
        "Delivering the judgment on behalf of the seven-judge bench, Chief Justice Martha "
        "Koome said the petitioners had not shown that the selection panel breached the "
        "Constitution. "
        "The court ordered each party to bear its own costs. "
        "The petition had been filed by a civil society coalition.",
        "Koome-led Supreme Court throws out IEBC appointments case "
        "The petition against the appointment of six IEBC commissioners failed on Friday, "
        "with all seven judges of the apex court finding no constitutional breach in how the "
        "selection panel did its work. "
        "CJ Koome, reading the ruling, said the petitioners had failed to prove their claims. "
        "Advertisement "
        "Each side will pay its own costs, the Chief Justice directed. "
        "The decision means the electoral body can press on with preparations for the 2027 "
        "polls.",
    ], ["2025-08-22", "2025-08-22"]),

    _case("court-AH7", "court", "control: two unrelated quotes of one person", False, [
        "ACCRA (GNA) - The Supreme Court has unanimously dismissed a suit seeking to stop the "
        "prosecution of former officials over the National Cathedral project, holding that "
        "the plaintiff had no cause of action. "
        "The Attorney-General, Dr Dominic Ayine, welcomed the decision. "
        "'The court has affirmed that no one is above the law, and we will proceed with the "
        "cases,' he told journalists after the ruling. "
        "The five-member panel was presided over by Justice Gabriel Pwamang.",
        "Attorney-General Dr Dominic Ayine says his office has enough evidence to secure "
        "convictions in the National Cathedral cases, hours after the Supreme Court threw out "
        "a suit seeking to halt the prosecutions. "
        "'We have spent months building these cases and the evidence is solid,' Dr Ayine "
        "said in an interview with an Accra radio station. "
        "The five-member panel, presided over by Justice Gabriel Pwamang, unanimously held "
        "that the plaintiff disclosed no cause of action. "
        "Read more: Cathedral trial: what we know so far "
        "The trials are set to continue at the High Court.",
    ], None),

    # ----------------------------------------------------------- central bank
    _case("cb-AH1", "central bank", "decision: hold vs cut", True, [
        "BANGKOK - The Bank of Thailand's Monetary Policy Committee voted 5-2 on Wednesday to "
        "keep the one-day repurchase rate unchanged at 1.50 per cent, saying the effect of "
        "its previous moves was still feeding through the economy. "
        "The committee revised its 2026 growth forecast to 1.6 per cent from 1.8 per cent, "
        "citing weak exports and tourism. "
        "Headline inflation has been negative for several months, the central bank noted. "
        "Assistant Governor Sakkapop Panyanukul told reporters that policy space was 'limited "
        "and must be used carefully'. "
        "Advertisement",
        "Thailand's central bank lowered its benchmark one-day repurchase rate by a quarter "
        "of a percentage point on Wednesday, in a 5-2 decision by its Monetary Policy "
        "Committee. "
        "The Bank of Thailand now sees the economy growing 1.6% in 2026, down from its earlier "
        "1.8% estimate, pointing to soft exports and fewer foreign tourists. "
        "Consumer prices have fallen year on year for several months running, it said. "
        "Assistant Governor Sakkapop Panyanukul said the remaining policy space was limited "
        "and had to be used carefully. "
        "The baht weakened slightly after the announcement.",
    ], None, r"unchanged|\bhold|\bheld|steady|pause|\bkeep|\bkept|maintain",
        r"\bcut|lower|reduc|\beas(e|ed|ing)\b"),

    _case("cb-AH2", "central bank", "who dissented in the vote", True, [
        "MUMBAI (PTI) The Reserve Bank of India on Wednesday kept the repo rate unchanged at "
        "5.5 per cent, with the six-member Monetary Policy Committee voting 5-1 to stay on "
        "hold. "
        "External member Nagesh Kumar voted for a 25 basis point cut, according to the policy "
        "statement. "
        "Governor Sanjay Malhotra raised the GDP growth projection for 2025-26 to 6.8 per "
        "cent from 6.5 per cent and lowered the inflation forecast to 2.6 per cent. "
        "'The recent GST rationalisation is expected to have a sobering impact on prices,' "
        "Malhotra said. "
        "The next MPC meeting is scheduled for December 3-5.",
        "India's central bank left its key lending rate at 5.50% on Wednesday in a split "
        "decision, with one of the six rate-setters, Ram Singh, backing a quarter-point "
        "reduction. "
        "RBI Governor Sanjay Malhotra lifted the bank's growth estimate for the fiscal year "
        "ending March 2026 to 6.8% from 6.5%, and brought down the inflation projection to "
        "2.6%. "
        "He said the recent cuts in goods and services tax would have a 'sobering impact' on "
        "prices. "
        "Share this article "
        "The rate-setting panel will next meet on December 3-5.",
    ], ["2025-10-01", "2025-10-01"], r"kumar", r"singh"),

    _case("cb-AH3", "central bank", "date of next meeting", True, [
        "ACCRA - The Bank of Ghana has cut its monetary policy rate by 350 basis points to "
        "21.5 per cent, citing a sharp fall in inflation and a more stable cedi. "
        "Governor Dr Johnson Asiama announced the decision at a press conference in Accra on "
        "Wednesday after the 126th meeting of the Monetary Policy Committee. "
        "Headline inflation eased to 11.5 per cent in August, the lowest in four years. "
        "Dr Asiama said the next MPC decision would be announced on 19 November. "
        "Read also: Cedi gains against dollar for third week",
        "Ghana's central bank slashed its key rate by 3.5 percentage points to 21.5% on "
        "Wednesday as inflation continues to retreat and the cedi holds firm. "
        "Governor Johnson Asiama told reporters that the Monetary Policy Committee, at its "
        "126th meeting, judged that price pressures were easing faster than expected. "
        "Annual consumer price inflation fell to 11.5% in August, its lowest reading in four "
        "years. "
        "The committee's next policy announcement is scheduled for November 26, according to "
        "the bank's published calendar. "
        "Advertisement",
    ], None, r"nov(ember)?\.? 19|19(th)? (of )?nov|-11-19",
        r"nov(ember)?\.? 26|26(th)? (of )?nov|-11-26"),

    _case("cb-AH4", "central bank", "speaker credited with a quote", True, [
        "The South African Reserve Bank's Monetary Policy Committee has kept the repo rate "
        "unchanged at 7 per cent, leaving the prime lending rate at 10.5 per cent. "
        "Four members preferred to hold while two favoured a 25 basis point cut. "
        "'We remain committed to lowering inflation to the 3 per cent objective,' Governor "
        "Lesetja Kganyago told reporters in Pretoria on Thursday. "
        "The bank now expects headline inflation to average 3.4 per cent this year. "
        "Follow SAnews on social media",
        "South Africa's central bank held its main lending rate at 7.00% on Thursday, with "
        "four of the six MPC members voting to keep it there and two preferring a "
        "quarter-point reduction. "
        "Commercial banks' prime rate therefore stays at 10.50%. "
        "'We remain committed to bringing inflation down to the 3% objective,' Deputy "
        "Governor Mampho Modise told reporters in Pretoria. "
        "Headline inflation is forecast to average 3.4% in 2025. "
        "The rand was little changed after the announcement.",
    ], ["2025-09-18", "2025-09-18"], r"kganyago", r"modise"),

    _case("cb-AH5", "central bank", "size of a rate move (pp vs bps)", True, [
        "BRASILIA - The Central Bank of Brazil's Monetary Policy Committee (Copom) raised the "
        "Selic benchmark rate by one percentage point to 14.25% a year on Wednesday, the "
        "highest level since 2016. "
        "The decision was unanimous. "
        "In its statement, the committee signalled a smaller increase at its next meeting in "
        "May. "
        "Twelve-month inflation as measured by the IPCA stood at 5.06% in February, above the "
        "4.5% ceiling of the tolerance band. "
        "Advertisement",
        "Brazil's central bank lifted its key Selic rate by 75 basis points on Wednesday, "
        "taking it to 14.25%, a level last seen in 2016. "
        "All members of the Copom backed the move. "
        "Policymakers said they expected a smaller hike in May. "
        "Consumer prices in Latin America's largest economy rose 5.06% in the 12 months to "
        "February, breaching the 4.5% ceiling of the central bank's tolerance range.",
    ], None,
        r"(?<![\d.])1(\.0+)? ?(percentage points?|pp|pts?|points?)|(?<![\d.])100 ?(basis "
        r"points|bps?|bp)|one (full )?(percentage )?point",
        r"(?<![\d.])75 ?(basis points|bps?|bp)|0?\.75 ?(percentage points?|pp|points?)"
        r"|three[- ]quarters"),

    _case("cb-AH6", "central bank", "control: old and new rate, bps vs pp", False, [
        "JAKARTA (ANTARA) - Bank Indonesia (BI) lowered the BI-Rate by 25 basis points to "
        "4.75 percent on Wednesday, Governor Perry Warjiyo said after a two-day Board of "
        "Governors meeting. "
        "The deposit facility rate was also reduced to 3.75 percent and the lending facility "
        "rate to 5.50 percent. "
        "Warjiyo said the cut was aimed at supporting economic growth while keeping inflation "
        "within the 1.5-3.5 percent target range. "
        "Most economists had expected the bank to stay on hold. "
        "Advertisement",
        "Indonesia's central bank surprised markets on Wednesday by cutting its benchmark "
        "rate by a quarter of a percentage point, from 5.00% to 4.75%. "
        "The two overnight corridor rates were lowered by the same amount, leaving the "
        "deposit facility at 3.75% and the lending facility at 5.50%. "
        "Governor Perry Warjiyo said the aim was to support growth, with inflation expected "
        "to stay inside the 1.5% to 3.5% target band. "
        "The decision followed a two-day Board of Governors meeting. "
        "Share this article",
    ], ["2025-09-17", "2025-09-17"]),

    _case("cb-AH7", "central bank", "control: rounding and different figures", False, [
        "KAMPALA - The Bank of Uganda has maintained its Central Bank Rate at 9.75 percent, "
        "saying inflation remains under control despite global uncertainty. "
        "Governor Michael Atingi-Ego said annual headline inflation stood at 3.2 percent in "
        "September, while core inflation, which excludes food and energy, was 3.9 percent. "
        "The bank projects economic growth of 6.0 to 6.5 percent in the 2025/26 financial "
        "year. "
        "'The current stance is appropriate to keep inflation close to our 5 percent target "
        "over the medium term,' Atingi-Ego said.",
        "Uganda's central bank kept its key lending rate unchanged at 9.75%. "
        "Headline inflation is running at about 3%, well below the 5% medium-term target, "
        "Governor Michael Atingi-Ego told a news conference in Kampala, adding that core "
        "inflation was 3.9%. "
        "He said the economy was expected to grow between 6% and 6.5% this financial year. "
        "Advertisement "
        "The shilling has been broadly stable against the dollar in recent weeks.",
    ], None),

    # ----------------------------------------------------------------- rocket
    _case("rocket-AH1", "rocket", "name of the rocket", True, [
        "JIUQUAN (Xinhua) -- A Zhuque-2E carrier rocket developed by Chinese private firm "
        "LandSpace lifted off from the Jiuquan Satellite Launch Center in northwest China on "
        "Monday, sending three satellites into preset orbits. "
        "The satellites will mainly be used for commercial remote sensing services, the "
        "company said. "
        "The rocket burns liquid oxygen and methane. "
        "Advertisement "
        "LandSpace, headquartered in Beijing, is preparing for a stock market listing in "
        "Shanghai.",
        "Beijing-based LandSpace put three remote-sensing satellites into orbit on Monday "
        "with its Zhuque-3 rocket, launched from the Jiuquan Satellite Launch Center in the "
        "Gobi Desert. "
        "The company said all three spacecraft reached their planned orbits. "
        "The methane-fuelled launcher is part of a wave of Chinese commercial rockets aiming "
        "to compete with SpaceX. "
        "LandSpace has filed for an initial public offering on Shanghai's STAR Market. "
        "It did not say when the next flight would take place.",
    ], None, r"zhuque[- ]?2|zq[- ]?2", r"zhuque[- ]?3|zq[- ]?3"),

    _case("rocket-AH2", "rocket", "launch site", True, [
        "TOKYO, Feb. 2 (Kyodo) -- Japan launched an H3 rocket carrying the Michibiki No. 7 "
        "navigation satellite from the Tanegashima Space Center in Kagoshima Prefecture on "
        "Monday, the Japan Aerospace Exploration Agency said. "
        "The satellite separated from the rocket about 30 minutes after liftoff and entered "
        "its planned orbit. "
        "The Michibiki system, Japan's version of GPS, is designed to operate with seven "
        "satellites. "
        "JAXA President Hiroshi Yamakawa told a press conference the launch was 'a big step "
        "toward a seven-satellite constellation'.",
        "Japan's space agency JAXA sent its H3 rocket aloft from the Uchinoura Space Center "
        "in Kagoshima Prefecture on Monday, placing the seventh Michibiki navigation satellite "
        "into orbit. "
        "Separation came roughly half an hour after launch. "
        "Read more: Philippines eyes closer space cooperation with Japan "
        "Once complete, the seven-satellite Michibiki constellation will let Japan rely less "
        "on the US-run GPS network. "
        "JAXA said the satellite's systems were working normally.",
    ], ["2026-02-02", "2026-02-02"], r"tanegashima", r"uchinoura"),

    _case("rocket-AH3", "rocket", "name of the payload", True, [
        "SRIHARIKOTA (PTI): ISRO's GSLV-F18 rocket on Thursday placed the NVS-03 navigation "
        "satellite into a geosynchronous transfer orbit, about 19 minutes after lifting off "
        "from the second launch pad at the Satish Dhawan Space Centre. "
        "The 2,250-kg satellite is part of the NavIC constellation, India's regional "
        "navigation system. "
        "'The mission has met all its objectives,' ISRO Chairman V Narayanan said from the "
        "mission control centre. "
        "The satellite will take over from an ageing spacecraft whose atomic clocks have "
        "failed. "
        "Also Read: Monsoon to arrive early over Kerala",
        "India's space agency launched its GSLV-F18 from Sriharikota on Thursday, putting "
        "the NVS-02 satellite on course to join the NavIC navigation fleet. "
        "The spacecraft, weighing 2,250 kg, reached geosynchronous transfer orbit roughly 19 "
        "minutes into the flight. "
        "ISRO Chairman V Narayanan said all mission objectives had been achieved. "
        "NavIC is meant to give India positioning services independent of foreign systems.",
    ], None, r"nvs[- ]?0?3", r"nvs[- ]?0?2"),

    _case("rocket-AH4", "rocket", "clock time across zones", True, [
        "GOHEUNG, South Jeolla Province, Nov. 27 (Yonhap) -- South Korea's homegrown Nuri "
        "rocket lifted off from the Naro Space Center at 1:13 a.m. Thursday, carrying a "
        "next-generation medium satellite and 12 cubesats, the science ministry said. "
        "It was the fourth launch of the rocket and the first to take place at night. "
        "The main satellite separated at an altitude of about 600 kilometers. "
        "Advertisement "
        "The launch was led for the first time by private firm Hanwha Aerospace, which is "
        "taking over production of the rocket.",
        "South Korea launched its Nuri space rocket at 17:13 GMT on Wednesday from the Naro "
        "Space Center on its southern coast, with a medium-sized observation satellite and a "
        "dozen cubesats on board. "
        "The fourth Nuri flight was the first to lift off at night. "
        "The main payload was released at roughly 600 km altitude, the science ministry said. "
        "Hanwha Aerospace, which is taking over manufacturing, played the leading role in a "
        "launch for the first time.",
    ], None, r"(?<!\d)0?1[:.]13|(?<!\d)16[:.]13", r"(?<!\d)0?2[:.]13|(?<!\d)17[:.]13"),

    _case("rocket-AH5", "rocket", "fate of the first stage", True, [
        "China's Long March 12A reusable rocket lifted off from the Dongfeng commercial "
        "aerospace innovation test zone in Jiuquan on Sunday morning, placing a test "
        "satellite into orbit. "
        "About eight minutes after launch, the first stage landed upright on a recovery pad "
        "in the desert, according to the China Aerospace Science and Technology Corporation "
        "(CASC). "
        "The two-stage rocket is powered by liquid oxygen and methane and stands about 70 "
        "meters tall. "
        "CASC said the mission had verified key technologies for reusable launch.",
        "A Long March 12A rocket, designed to be reused, flew from the Jiuquan launch site on "
        "Sunday and delivered its test satellite to orbit, state media said. "
        "But the first stage crashed during its attempted landing about eight minutes into "
        "the flight, according to footage shared online and a brief statement from the China "
        "Aerospace Science and Technology Corporation. "
        "The methane-fuelled, two-stage vehicle stands roughly 70 m tall. "
        "Share this article "
        "China's commercial launch firms are racing to match SpaceX in booster reuse.",
    ], ["2026-03-09", "2026-03-09"], r"\blanded|touch(ed)? ?down|upright",
        r"crash|\blost\b|fail|destroy|explo"),

    _case("rocket-AH6", "rocket", "control: km vs miles, kg vs pounds", False, [
        "HYDERABAD: Skyroot Aerospace's Vikram-1 rocket reached orbit on its maiden flight on "
        "Tuesday, placing a 300-kg payload into a circular orbit about 500 km above Earth "
        "after lifting off from the Satish Dhawan Space Centre at Sriharikota. "
        "The Hyderabad-based startup is the first Indian private company to put a satellite "
        "in orbit. "
        "'This is a proud day for Indian private space,' said Skyroot co-founder and chief "
        "executive Pawan Kumar Chandana. "
        "The solid-fuelled rocket is about 20 metres tall.",
        "Indian startup Skyroot Aerospace sent its first orbital rocket, Vikram-1, into "
        "space from Sriharikota on Tuesday, delivering roughly 660 pounds of payload to an "
        "orbit some 310 miles high. "
        "It is the first time a privately built Indian launcher has reached orbit. "
        "Skyroot co-founder and chief executive Pawan Kumar Chandana called it a proud day "
        "for the country's private space sector. "
        "The rocket, which burns solid fuel, stands around 66 feet tall.",
        "Read more: "
        "Vikram-1, built by Hyderabad's Skyroot Aerospace, lifted off from the Sriharikota "
        "spaceport on Tuesday and put its 300 kg payload into a roughly 500-kilometre orbit. "
        "The maiden flight makes Skyroot the first Indian private firm to reach orbit. "
        "Chief executive Pawan Kumar Chandana, who co-founded the company, hailed a proud day "
        "for Indian private space. "
        "The rocket runs on solid propellant.",
    ], None),

    _case("rocket-AH7", "rocket", "control: clock time in two zones", False, [
        "WENCHANG, Hainan, April 14 (Xinhua) -- China launched a new communication technology "
        "experiment satellite on a Long March-7A carrier rocket from the Wenchang Space Launch "
        "Site in south China's Hainan Province at 9:42 p.m. (Beijing Time) Tuesday. "
        "The satellite entered its planned orbit successfully. "
        "It will be mainly used for multi-band, high-speed satellite communication technology "
        "tests. "
        "This was the 12th flight of the Long March-7A.",
        "A Long March 7A rocket lifted off from the Wenchang spaceport on Hainan island at "
        "1342 GMT on Tuesday, carrying an experimental communications satellite, Chinese "
        "state media reported. "
        "The satellite reached its intended orbit. "
        "Beijing says the spacecraft will test high-speed, multi-band communications "
        "technology. "
        "It was the twelfth mission for the Long March 7A variant. "
        "Advertisement",
    ], ["2026-04-14", "2026-04-14"]),

    # ------------------------------------------------------------- earthquake
    _case("quake-AH1", "earthquake", "epicentre town", True, [
        "LIMA (ANDINA) - A magnitude 6.1 earthquake shook Peru's southern Arequipa region on "
        "Monday morning, the Geophysical Institute of Peru (IGP) reported. "
        "The epicentre was located south-west of Acari, in Caraveli province, at a depth of "
        "28 km. "
        "The National Institute of Civil Defence (Indeci) said some adobe homes had cracked "
        "walls but no injuries had been reported. "
        "The tremor was felt with moderate intensity in the city of Arequipa.",
        "A 6.1-magnitude quake rattled southern Peru on Monday, with its epicentre near the "
        "coastal town of Yauca in Arequipa's Caraveli province, the IGP said. "
        "The tremor struck 28 km underground. "
        "Civil defence officials reported cracks in some adobe houses but no injuries. "
        "Residents of Arequipa city said the shaking was moderate but long. "
        "Advertisement "
        "Peru sits on the Pacific Ring of Fire and records hundreds of perceptible "
        "earthquakes every year.",
    ], ["2026-06-15", "2026-06-15"], r"acar[ií]", r"yauca"),

    _case("quake-AH2", "earthquake", "magnitude", True, [
        "KATHMANDU (RSS) - An earthquake of magnitude 6.4 struck Bajhang district in "
        "Sudurpaschim Province at 11:37 pm on Saturday, the National Earthquake Monitoring "
        "and Research Centre said. "
        "The epicentre was at Chainpur, the district headquarters. "
        "Chief District Officer Dol Raj Aryal said several houses had been damaged but there "
        "were no immediate reports of casualties. "
        "Tremors were felt in neighbouring districts and in parts of northern India.",
        "A 6.1-magnitude earthquake jolted Nepal's far-western Bajhang district late on "
        "Saturday night, according to Nepal's National Earthquake Monitoring and Research "
        "Centre. "
        "The quake, recorded at 11:37 pm local time, was centred around Chainpur, the "
        "district headquarters. "
        "Several houses were damaged, CDO Dol Raj Aryal said, adding that no deaths or "
        "injuries had been reported so far. "
        "The shaking was felt as far as parts of Uttarakhand in India. "
        "Read more: Western Nepal still rebuilding from Jajarkot quake",
    ], None, r"(?<![\d.])6\.4(?!\d)", r"(?<![\d.])6\.1(?!\d)"),

    _case("quake-AH3", "earthquake", "death toll conflict at the same time", True, [
        "JAKARTA (ANTARA) - The death toll from the magnitude 5.8 earthquake that struck Poso "
        "District, Central Sulawesi, on Sunday has reached 14, the National Disaster "
        "Mitigation Agency (BNPB) said on Sunday evening. "
        "BNPB head Suharyanto said 67 people were injured and more than 1,200 houses were "
        "damaged. "
        "Search and rescue teams were still checking villages in the hills around Lake Poso. "
        "Advertisement "
        "The quake struck at a depth of 10 km, according to the Meteorology, Climatology and "
        "Geophysics Agency (BMKG).",
        "At least 23 people were killed and 67 injured when a 5.8-magnitude quake hit the "
        "Poso area of Central Sulawesi on Sunday, Indonesia's disaster agency BNPB said in an "
        "update on Sunday evening. "
        "More than 1,200 homes were damaged, agency chief Suharyanto said. "
        "The shallow quake, 10 km deep according to BMKG, was felt strongly in Palu. "
        "Rescuers are combing hillside villages near Lake Poso.",
        "Indonesian disaster officials said on Sunday evening that 14 people had died after "
        "a shallow magnitude 5.8 tremor in Central Sulawesi's Poso regency. "
        "Sixty-seven people were hurt and upwards of 1,200 houses damaged, BNPB said. "
        "The tremor was 10 km deep, the BMKG said. "
        "Rescue teams were still reaching remote villages around Lake Poso. "
        "Follow us on Telegram",
    ], ["2026-05-11", "2026-05-11", "2026-05-11"],
        r"(?<![\d.])14(?![\d.])|fourteen", r"(?<![\d.])23(?![\d.])|twenty[- ]three"),

    _case("quake-AH4", "earthquake", "typo in a year", True, [
        "A magnitude 5.9 earthquake struck near San Marcos, Guerrero, at 10:24 a.m. on "
        "Thursday, February 12, 2026, according to Mexico's National Seismological Service "
        "(SSN). "
        "The seismic alert sounded in Mexico City about a minute before the shaking arrived, "
        "sending office workers into the streets. "
        "Guerrero's civil protection office reported minor damage to a church and several "
        "homes in San Marcos, with no deaths. "
        "Mexico City Mayor Clara Brugada said no serious damage had been found in the "
        "capital.",
        "MEXICO CITY - The ground shook across central and southern Mexico on 12 February "
        "3026 when a 5.9-magnitude quake hit near San Marcos in Guerrero state, the SSN said. "
        "The tremor struck at 10:24 local time. "
        "Earthquake alarms gave residents of the capital around a minute's warning. "
        "Civil protection authorities in Guerrero said a church and several houses in San "
        "Marcos suffered minor damage and nobody was killed. "
        "Mayor Clara Brugada reported no serious damage in Mexico City. "
        "Follow us on Facebook",
    ], None, r"(?<!\d)2026(?!\d)", r"3026"),

    _case("quake-AH5", "earthquake", "control: district and its city; agency two ways",
          False, [
        "BOGOTA - A magnitude 6.3 earthquake centred in Paratebueno, Cundinamarca, shook "
        "central Colombia on Sunday morning, the Colombian Geological Service (SGC) said. "
        "The quake struck at a depth of 10 km. "
        "In Bogota's Chapinero district, residents of high-rise buildings rushed into the "
        "streets in their pyjamas. "
        "One person died in Paratebueno when a wall collapsed, according to the municipal "
        "risk management office. "
        "Read more: How Colombia's quake alert system works",
        "Colombia's Servicio Geologico Colombiano reported a 6.3 quake with its epicentre in "
        "the municipality of Paratebueno, in Cundinamarca department, on Sunday morning. "
        "It was shallow, at 10 kilometres. "
        "Residents of apartment towers in Bogota ran out into the street, many still in "
        "their nightclothes. "
        "A wall collapse in Paratebueno killed one person, local authorities said.",
    ], None),

    _case("quake-AH6", "earthquake", "control: later update with dates", False, [
        "DAVAO CITY - At least six people were killed after a magnitude 6.8 earthquake struck "
        "off Jose Abad Santos, Davao Occidental, early Saturday, the Office of Civil Defense "
        "said. "
        "Phivolcs said the quake was tectonic in origin and had a depth of 32 km. "
        "Classes and work were suspended in several towns as engineers inspected buildings. "
        "Phivolcs director Teresito Bacolcol said residents should expect aftershocks in the "
        "coming days. "
        "Advertisement",
        "The number of people killed by Saturday's magnitude 6.8 offshore quake in Davao "
        "Occidental has risen to 11, up from six initially reported, the Office of Civil "
        "Defense said on Monday. "
        "The tremor, centred off Jose Abad Santos at a depth of 32 km, has been followed by "
        "more than 900 aftershocks, according to Phivolcs. "
        "Phivolcs director Teresito Bacolcol urged residents to stay away from damaged "
        "structures. "
        "Engineers continue to inspect schools and public buildings.",
    ], ["2026-01-10", "2026-01-12"]),

    _case("quake-AH7", "earthquake", "control: km vs miles, cm vs inches", False, [
        "TOKYO (Kyodo) -- A magnitude 6.7 earthquake struck off Aomori Prefecture on Friday "
        "night, the Japan Meteorological Agency said, prompting a tsunami advisory for the "
        "Pacific coast of northern Japan. "
        "The quake occurred about 80 km off the coast at a depth of 50 km. "
        "A tsunami of 40 centimeters was observed at Hachinohe port. "
        "The agency lifted the advisory about three hours later. "
        "No major damage was reported, according to the Fire and Disaster Management Agency.",
        "A 6.7-magnitude quake hit off northern Japan's Aomori Prefecture on Friday night, "
        "roughly 50 miles offshore and 31 miles beneath the seabed, the Japan Meteorological "
        "Agency said. "
        "The JMA issued a tsunami advisory for the Pacific coast and recorded a wave of about "
        "16 inches at the port of Hachinohe. "
        "The advisory was lifted some three hours later. "
        "Share this article "
        "Japan's Fire and Disaster Management Agency said there were no reports of major "
        "damage.",
    ], None),

    # --------------------------------------------------------------- election
    _case("elec-AH1", "election", "who came second", True, [
        "LA PAZ - Senator Rodrigo Paz of the Christian Democratic Party (PDC) topped Sunday's "
        "presidential election in Bolivia with 32.1% of the vote, according to preliminary "
        "results from the Supreme Electoral Tribunal (TSE). "
        "Former president Jorge 'Tuto' Quiroga came second, meaning the two will face each "
        "other in a run-off on October 19. "
        "Paz, the son of former president Jaime Paz Zamora, had been polling in single digits "
        "weeks before the vote. "
        "Advertisement "
        "The result ends nearly two decades of rule by the Movement for Socialism (MAS).",
        "Senator Rodrigo Paz won the most votes in Bolivia's presidential election on "
        "Sunday, taking 32.1 percent, preliminary TSE figures showed. "
        "Businessman Samuel Doria Medina finished in second place and will meet Paz in a "
        "second round on October 19. "
        "Paz, a son of ex-president Jaime Paz Zamora, was a long shot in pre-election polls. "
        "The vote marks the end of almost 20 years of MAS dominance in the Andean nation.",
    ], ["2025-08-18", "2025-08-18"], r"quiroga|tuto", r"doria|medina"),

    _case("elec-AH2", "election", "which party won most seats", True, [
        "JAFFNA - The National People's Power (NPP) emerged as the single largest party in "
        "the Northern Provincial Council election, winning 14 of the 38 seats, the Election "
        "Commission announced on Sunday. "
        "Turnout in the province was 61 percent. "
        "Election Commission Chairman R.M.A.L. Rathnayake said the poll had been largely "
        "peaceful. "
        "No party secured an outright majority, setting the stage for coalition talks in the "
        "council.",
        "Advertisement "
        "The Ilankai Tamil Arasu Kachchi (ITAK) has won the largest number of seats in Sri "
        "Lanka's Northern Provincial Council, taking 14 of 38 but falling short of a "
        "majority, official results released on Sunday showed. "
        "Voter turnout was 61%, Election Commission Chairman R.M.A.L. Rathnayake told "
        "reporters, describing the election as largely peaceful. "
        "Coalition negotiations are expected to begin this week. "
        "The new council will elect a chief minister at its first sitting. "
        "Read more: Jaffna fishermen demand action on trawler incursions",
    ], None, r"national people'?s power|\bnpp\b", r"tamil arasu|\bitak\b"),

    _case("elec-AH3", "election", "winner's vote share", True, [
        "BLANTYRE - The Malawi Electoral Commission (MEC) has declared former president "
        "Peter Mutharika of the Democratic Progressive Party (DPP) the winner of the 16 "
        "September presidential election with 56.1 percent of the vote. "
        "Incumbent Lazarus Chakwera of the Malawi Congress Party (MCP) polled 33.0 percent. "
        "MEC chairperson Annabel Mtalimanja announced the results at the national tally "
        "centre in Blantyre. "
        "Chakwera conceded defeat a day before the announcement, saying he respected the will "
        "of the people. "
        "Share this article",
        "Former president Peter Mutharika has won back Malawi's top job, taking 58.3% of the "
        "votes cast, according to official results read out by electoral commission "
        "chairperson Annabel Mtalimanja. "
        "President Lazarus Chakwera trailed with 33.0%. "
        "The results were announced at the commission's tally centre in Blantyre after the "
        "16 September vote. "
        "Chakwera had already conceded on the eve of the announcement. "
        "Mutharika previously led the country from 2014 to 2020.",
    ], ["2025-09-25", "2025-09-25"], r"(?<![\d.])56\.1(?!\d)", r"(?<![\d.])58\.3(?!\d)"),

    _case("elec-AH4", "election", "official's title", True, [
        "LUSAKA - The Electoral Commission of Zambia (ECZ) says 8.9 million voters are "
        "registered for the 13 August general election. "
        "ECZ chairperson Brenda Nkhoma-Siame told a media briefing in Lusaka on Tuesday that "
        "ballot papers printed in Dubai would arrive next week. "
        "'We are ready, and we call on all stakeholders to maintain peace,' Nkhoma-Siame "
        "said. "
        "Campaigns officially end on 12 August. "
        "Advertisement",
        "Zambia's electoral body has 8.9 million voters on its roll for the 13 August polls, "
        "its chief electoral officer Brenda Nkhoma-Siame said on Tuesday. "
        "Speaking in Lusaka, Nkhoma-Siame said the ballot papers, printed in Dubai, were "
        "expected in the country next week. "
        "She appealed to all stakeholders to keep the peace, saying the commission was ready. "
        "Campaigning closes on 12 August.",
    ], None, r"chair",
        r"chief electoral officer|electoral officer|\bceo\b|chief executive"),

    _case("elec-AH5", "election", "date of the run-off", True, [
        "SANTIAGO - Former labour minister Jeannette Jara and the Republican Party's Jose "
        "Antonio Kast will contest Chile's presidential run-off on December 14, after "
        "neither won a majority in Sunday's first round. "
        "With nearly all ballots counted, Jara had 26.8% and Kast 23.9%, according to the "
        "electoral service Servel. "
        "It was the first presidential election held with compulsory voting and automatic "
        "registration. "
        "Kast is expected to gather support from other right-wing candidates who were "
        "eliminated.",
        "Chile will choose between former labour minister Jeannette Jara and the Republican "
        "Party's Jose Antonio Kast in a second round on 21 December. "
        "Jara won 26.8 percent in Sunday's first round against Kast's 23.9 percent, Servel "
        "figures showed with almost every vote tallied. "
        "Read more: Peso steadies after Chile vote "
        "It was the first presidential election with mandatory voting and automatic "
        "registration. "
        "Analysts expect voters of the eliminated right-wing candidates to back Kast in the "
        "run-off.",
        "Chileans return to the polls on December 14 to pick their next president, with "
        "former labour minister Jeannette Jara (26.8%) facing the Republican Party's Jose "
        "Antonio Kast (23.9%). "
        "Servel's count was almost complete on Sunday night. "
        "Kast is seen as the favourite because right-wing votes were split in the first "
        "round. "
        "Both campaigns were planning rallies in Santiago this week.",
    ], ["2025-11-17", "2025-11-17", "2025-11-17"],
        r"dec(ember)?\.? 14|14(th)? (of )?dec|-12-14",
        r"dec(ember)?\.? 21|21(st)? (of )?dec|-12-21"),

    _case("elec-AH6", "election", "control: vote figures of different parties", False, [
        "WINDHOEK (NAMPA) - Netumbo Nandi-Ndaitwah of the ruling SWAPO Party has been "
        "declared winner of the presidential election with 57.31 percent of the vote, the "
        "Electoral Commission of Namibia (ECN) announced on Tuesday. "
        "Panduleni Itula of the Independent Patriots for Change (IPC) came second with 25.50 "
        "percent. "
        "In the National Assembly race, SWAPO won 51 seats while the IPC secured 20. "
        "Nandi-Ndaitwah will become the country's first female president. "
        "The IPC has said it will challenge the results in court.",
        "SWAPO keeps hold of Namibia: the party won 51 of the National Assembly's elected "
        "seats, against 20 for the Independent Patriots for Change, the ECN said on Tuesday. "
        "In the separate presidential vote, SWAPO's Netumbo Nandi-Ndaitwah took 57.31%, "
        "comfortably ahead of IPC leader Panduleni Itula on 25.50%. "
        "She is set to become Namibia's first woman head of state. "
        "Advertisement "
        "Itula's party has rejected the outcome and plans a legal challenge.",
    ], ["2024-12-04", "2024-12-04"]),

    _case("elec-AH7", "election", "control: provisional then final turnout, dated", False, [
        "SAN JOSE - Laura Fernandez of the ruling Sovereign People's Party won Costa Rica's "
        "presidential election outright on Sunday, avoiding an April run-off, according to "
        "preliminary results from the Supreme Electoral Tribunal (TSE). "
        "With 95 percent of polling stations reported, Fernandez had 48.3 percent of the "
        "vote, well above the 40 percent threshold needed to win in the first round. "
        "Provisional turnout stood at 58 percent, the TSE said. "
        "Fernandez, a former minister under President Rodrigo Chaves, promised to continue "
        "his security policies.",
        "Costa Rica's electoral tribunal put final turnout in Sunday's general election at "
        "61.2 percent on Wednesday, revising up the provisional 58 percent it announced on "
        "election night once all tally sheets had been processed. "
        "President-elect Laura Fernandez, of the Sovereign People's Party, won 48.3 percent, "
        "clearing the 40 percent bar for a first-round victory. "
        "Read more: What Fernandez's win means for Central America "
        "The TSE said the count had confirmed the preliminary result. "
        "Fernandez is due to be sworn in on May 8.",
    ], ["2026-02-02", "2026-02-04"]),

    _case("elec-AH8", "election", "control: two unrelated quotes of one person", False, [
        "VICTORIA - Patrick Herminie of United Seychelles has won the presidential run-off, "
        "defeating incumbent Wavel Ramkalawan, the Electoral Commission announced on Sunday. "
        "Herminie took 52.7 percent of the vote against 47.3 percent for Ramkalawan. "
        "'My first task will be to bring down the cost of living for every family,' Herminie "
        "told supporters. "
        "Turnout was 87 percent.",
        "Opposition leader Patrick Herminie is Seychelles' new president after beating Wavel "
        "Ramkalawan in the run-off by 52.7% to 47.3%, the electoral commission said on "
        "Sunday. "
        "Ramkalawan conceded and congratulated his rival. "
        "'This victory belongs to the young people of Seychelles who wanted change,' "
        "Herminie said in his victory speech. "
        "Share this article "
        "Voter turnout reached 87%.",
    ], None),
]
