"""Domain battery, part AG: held-out cases for reporting disagreements between outlets.

Part AG, written by engineer AG1 on 2026-12-06 (twelfth session) without reading the
reconcile rules or other parts, before any run; a held-out part scored with
``bench/bench_domain_battery.py AG``.

Domains: US-China trade talks and tariffs, court rulings, central-bank decisions, rocket
test flights, earthquakes and elections. Texts mimic scraped pages of small and large
news sites (title lines with site names, bylines, captions, web debris). Must-report
cases plant exactly one genuine disagreement; controls tell the same facts differently.
"""

from __future__ import annotations

from typing import Any


def _case(id: str, domain: str, cls: str, report: bool, texts: list[str],
          published: list[str] | None = None, a: str | None = None,
          b: str | None = None) -> dict[str, Any]:
    return {"id": id, "part": "AG", "domain": domain, "class": cls, "report": report,
            "texts": texts, "published": published, "a": a, "b": b}


CASES: list[dict[str, Any]] = [
    _case("trade-AG1", "trade", "duration", True, [
        (
            "KUALA LUMPUR (Reuters) — Senior U.S. and Chinese trade officials wrapped up a first "
            "day of talks in the Malaysian capital on Saturday after a session that ran for "
            "nearly six hours, according to a person briefed on the meeting.\n"
            "Treasury Secretary Scott Bessent and Vice Premier He Lifeng met at the Merdeka 118 "
            "tower, the city's tallest building, on the sidelines of the ASEAN summit.\n"
            "The two sides discussed export controls on rare earth magnets, port fees on ships "
            "and the 100% tariff that President Donald Trump has threatened to impose on Chinese "
            "goods.\n"
            "\"We had very constructive discussions,\" Bessent told reporters as he left the "
            "building.\n"
            "Talks are set to resume on Sunday morning.\n"
            "Advertisement\n"
            "Trade between the world's two largest economies has fallen sharply this year as "
            "tariffs on both sides bite."
        ),
        (
            "US-China talks in KL end day one with no breakthrough | Asia Markets Daily\n"
            "Skip to content\n"
            "Negotiators from Washington and Beijing spent four and a half hours behind closed "
            "doors in Kuala Lumpur on Saturday, the opening day of what both sides describe as a "
            "working-level round.\n"
            "The US team was headed by Treasury Secretary Scott Bessent, while China sent Vice "
            "Premier He Lifeng, its top economic official.\n"
            "On the table: Beijing's sweeping new licensing rules for rare earths, American port "
            "fees, and Trump's threat to slap an extra 100 percent duty on Chinese imports.\n"
            "Neither delegation gave details afterwards, although Bessent called the discussions "
            "\"very constructive\".\n"
            "Analysts at a Singapore brokerage said markets would be watching for any sign that "
            "a meeting between Trump and Xi Jinping is back on track.\n"
            "Share on Facebook"
        ),
        (
            "Day one of US-China trade talks ends after marathon session\n"
            "By staff writer\n"
            "The first day of trade negotiations between the United States and China in Kuala "
            "Lumpur lasted five hours and 50 minutes, Chinese state broadcaster CCTV reported, "
            "describing the exchanges as \"candid, in-depth and constructive\".\n"
            "He Lifeng, China's vice premier, led Beijing's team; Scott Bessent, the US Treasury "
            "Secretary, headed Washington's.\n"
            "The meeting took place in the Merdeka 118 skyscraper.\n"
            "Read more: What the rare-earth export rules mean for carmakers\n"
            "The talks continue on Sunday."
        ),
    ], None,
        r"\b6 ?(hours?|hrs?|h\b)|six hours|(5|five) ?(hours?|hrs?|h) ?(and )?50|350 ?min",
        r"four and a half|4\.5 ?(hours?|hrs?|h\b)|(4|four) ?(hours?|hrs?|h) ?(and )?30|270 ?min"),
    _case("trade-AG2", "trade", "clock time across zones", True, [
        (
            "China suspends rare-earth curbs for a year, commerce ministry says - HK Business "
            "Wire\n"
            "HONG KONG — China's Ministry of Commerce said on Monday it would suspend for one "
            "year the sweeping export controls on rare earths that it announced in October, a "
            "key concession agreed with Washington.\n"
            "The notice was posted on the ministry's website at around 9 a.m. Hong Kong time, "
            "before the stock market opened.\n"
            "The curbs, which covered rare-earth magnets and processing technology, had rattled "
            "carmakers and chipmakers around the world.\n"
            "In return, the United States will halve the so-called fentanyl tariff on Chinese "
            "goods to 10%, the ministry said.\n"
            "Shares of Chinese rare-earth miners fell in early trade.\n"
            "Advertisement"
        ),
        (
            "China pauses rare earth export rules as truce takes shape\n"
            "WASHINGTON — Beijing late on Sunday suspended for 12 months the rare earth export "
            "restrictions it unveiled in October, clearing one of the biggest obstacles to a "
            "trade truce with the Trump administration.\n"
            "China's commerce ministry posted the notice at 10:30 p.m. Eastern time, late in the "
            "morning in Beijing.\n"
            "Under the deal, Washington cuts the fentanyl-related levy on Chinese imports from "
            "20% to 10%.\n"
            "\"This is a significant step,\" a White House official said, speaking on condition "
            "of anonymity.\n"
            "The controls had threatened supplies of magnets used in everything from electric "
            "cars to fighter jets.\n"
            "Read more: Trade truce timeline"
        ),
    ], ["2025-11-10", "2025-11-09"],
        r"\b9(:00)? ?a\.?m|09:00|\b9\b",
        r"10:30 ?p\.?m|22:30|10\.30 ?p"),
    _case("trade-AG3", "trade", "title of a person", True, [
        (
            "BEIJING (AP) — Li Chenggang, China's international trade representative, said on "
            "Tuesday that new U.S. port fees on Chinese-built ships were \"a serious violation\" "
            "of the spirit of recent talks, and warned that Beijing would respond.\n"
            "Li spoke at a briefing in the Chinese capital, where he also confirmed that he had "
            "held a video call with U.S. Treasury officials last week.\n"
            "The fees, which started on Oct. 14, charge $50 per net ton for vessels owned or "
            "operated by Chinese companies.\n"
            "China imposed matching charges on U.S.-linked ships on the same day.\n"
            "\"The door to dialogue remains open,\" Li said.\n"
            "Shipping analysts say the tit-for-tat fees could add millions of dollars to the "
            "cost of each voyage."
        ),
        (
            "China's Li says US port fees breach spirit of trade talks\n"
            "Courtesy photo: container ships at the port of Qingdao.\n"
            "Beijing on Tuesday hit out at Washington's new levies on Chinese-built and "
            "Chinese-operated ships.\n"
            "\"The door to dialogue remains open,\" said Li Chenggang, China's assistant "
            "minister of foreign affairs, who described the charges as \"a serious violation\" "
            "of recent understandings.\n"
            "The U.S. fees of $50 per net ton took effect on October 14, and China answered with "
            "its own charges on American-linked vessels that same day.\n"
            "Li also confirmed that he had held a video call with U.S. Treasury officials last "
            "week.\n"
            "Advertisement\n"
            "The spat comes weeks before a planned meeting between the two countries' leaders."
        ),
    ], None,
        r"trade representative|negotiator",
        r"foreign affairs|foreign minist"),
    _case("trade-AG4", "trade", "tariff pause length (deep)", True, [
        (
            "Trump signs order keeping China tariffs on hold | The Ledger\n"
            "By Maria Costa\n"
            "WASHINGTON — President Donald Trump on Monday signed an executive order that keeps "
            "higher tariffs on Chinese goods on hold, hours before the current truce was due to "
            "lapse.\n"
            "Without the order, U.S. duties on Chinese imports would have jumped back to levels "
            "well above 100%.\n"
            "China's commerce ministry issued a parallel statement keeping its own retaliatory "
            "duties suspended.\n"
            "The order extends the pause by 90 days, giving negotiators more room to work on a "
            "broader deal.\n"
            "Retailers, who have been stocking up ahead of the holiday season, welcomed the "
            "decision.\n"
            "Share this article"
        ),
        (
            "Tariff truce extended again as deadline nears\n"
            "Advertisement\n"
            "The United States and China stepped back from a renewed escalation after Washington "
            "extended the suspension of steep duties on Chinese products on Monday.\n"
            "The White House announcement came late in the day, just before the previous pause "
            "was set to expire at midnight.\n"
            "Beijing's Ministry of Commerce mirrored the move, saying China would also keep its "
            "counter-tariffs frozen.\n"
            "Under the new order the truce runs for another 120 days, according to a fact sheet "
            "released by the administration.\n"
            "Had it expired, tariffs on Chinese goods would have climbed back above 100 per "
            "cent.\n"
            "Read more: Holiday imports surge as retailers front-load orders"
        ),
        (
            "EXPLAINER: What the latest US-China tariff extension means\n"
            "Monday's executive order from President Trump stops US duties on Chinese goods from "
            "snapping back above 100%.\n"
            "Talks in Stockholm last month had produced an agreement in principle to prolong the "
            "ceasefire, but it needed the president's signature.\n"
            "China's commerce ministry said in a statement it would do the same for its "
            "retaliatory tariffs.\n"
            "The extension lasts 90 days.\n"
            "What happens next? Officials from both sides are expected to meet again before the "
            "new deadline."
        ),
    ], ["2025-08-12", "2025-08-12", "2025-08-12"],
        r"(?<![\d.])90[- ]?days?|ninety days|three months",
        r"(?<![\d.])120[- ]?days?|four months|hundred and twenty days"),
    _case("trade-AG5", "trade", "venue at different precision", True, [
        (
            "STOCKHOLM (Bloomberg) — U.S. and Chinese officials began two days of trade talks in "
            "the Swedish capital on Monday, meeting at Rosenbad, the government office building "
            "that houses the prime minister's office.\n"
            "Treasury Secretary Scott Bessent and Vice Premier He Lifeng are leading the "
            "delegations.\n"
            "The talks are aimed at extending a tariff truce that expires on Aug. 12.\n"
            "Swedish police cordoned off the area around the waterfront building in central "
            "Stockholm, and a small group of protesters gathered nearby.\n"
            "Advertisement\n"
            "Neither side spoke to reporters on arrival."
        ),
        (
            "Bessent, He open Stockholm talks at PM's residence\n"
            "Skip to content\n"
            "Delegations from Washington and Beijing sat down on Monday at Sager House, the "
            "Swedish prime minister's official residence in central Stockholm, for talks "
            "scheduled to run for two days.\n"
            "The US side is led by Treasury Secretary Scott Bessent; China's by Vice Premier He "
            "Lifeng.\n"
            "The main goal is to prolong a tariff ceasefire due to expire on 12 August.\n"
            "Police closed streets around the building and a handful of demonstrators waved "
            "flags.\n"
            "Neither delegation made comments as it arrived.\n"
            "Share on X"
        ),
    ], None,
        r"rosenbad|government office",
        r"sager|residence"),
    _case("trade-AG6", "trade", "delegation leader", True, [
        (
            "US, China open trade talks in Madrid with TikTok on agenda — World Business "
            "Journal\n"
            "MADRID — Senior U.S. and Chinese officials opened a new round of economic talks in "
            "the Spanish capital on Sunday, with the future of the video app TikTok expected to "
            "top the agenda.\n"
            "The American delegation was led by Commerce Secretary Howard Lutnick, with Trade "
            "Representative Jamieson Greer also in the room. Vice Premier He Lifeng headed the "
            "Chinese side.\n"
            "The meeting is being held at the Palacio de Santa Cruz, home of Spain's foreign "
            "ministry.\n"
            "A deadline for TikTok's Chinese owner ByteDance to sell the app's U.S. operations "
            "falls on Wednesday.\n"
            "Advertisement\n"
            "Spain's economy minister, Carlos Cuerpo, welcomed the delegations on arrival."
        ),
        (
            "Madrid hosts latest round of US-China talks\n"
            "By Elena Ruiz\n"
            "The United States and China began talks in Madrid on Sunday, the latest "
            "face-to-face round since the spring.\n"
            "Treasury Secretary Scott Bessent headed the US team, accompanied by US Trade "
            "Representative Jamieson Greer, while Chinese Vice Premier He Lifeng led Beijing's "
            "delegation.\n"
            "Officials met at the Santa Cruz Palace, the seat of the Spanish foreign ministry, "
            "in the old town.\n"
            "TikTok, whose US business must be sold by ByteDance by Wednesday under current "
            "rules, is expected to be discussed along with export controls.\n"
            "Spanish Economy Minister Carlos Cuerpo greeted both sides.\n"
            "Share on X"
        ),
        (
            "Madrid talks end day one; TikTok framework in sight, US says\n"
            "Read more: Our US-China trade coverage\n"
            "Talks in Madrid between the world's two biggest economies ended their first day "
            "late on Sunday, a US official said on Monday.\n"
            "The American side, headed by Scott Bessent, the Treasury Secretary, and including "
            "USTR Jamieson Greer, said progress had been made towards a framework on TikTok.\n"
            "China's team was led by He Lifeng.\n"
            "The discussions at the Spanish foreign ministry resume on Monday."
        ),
    ], ["2025-09-14", "2025-09-14", "2025-09-15"],
        r"lutnick|commerce secretary",
        r"bessent|treasury secretary"),
    _case("trade-AG7", "trade", "control: organisation named two ways, site boilerplate", False, [
        (
            "China adds 15 US firms to export control list | Daily Courier\n"
            "Skip to content\n"
            "BEIJING — China's Ministry of Commerce said on Tuesday it had placed 15 American "
            "companies, most of them defence contractors, on its export control list, barring "
            "them from receiving dual-use items from China.\n"
            "The ministry said the firms had \"harmed China's national security and "
            "interests\".\n"
            "The move came a day after the Office of the U.S. Trade Representative announced new "
            "fees on Chinese-built ships.\n"
            "Advertisement\n"
            "Beijing has increasingly used the list as a lever in its trade dispute with "
            "Washington.\n"
            "© 2025 Daily Courier. All rights reserved."
        ),
        (
            "Beijing blacklists fifteen American companies\n"
            "Posted in World | Leave a comment\n"
            "The Chinese commerce ministry (MOFCOM) on Tuesday put fifteen US companies on its "
            "export control list, cutting them off from Chinese dual-use goods.\n"
            "According to MOFCOM, the companies had harmed \"China's national security and "
            "interests\". Most of them work in the defence sector.\n"
            "The decision follows Monday's announcement by USTR of port fees targeting vessels "
            "built in China.\n"
            "Share on Facebook | Share on X | Email\n"
            "Related stories\n"
            "Sign up for our newsletter"
        ),
    ], None),
    _case("trade-AG8", "trade", "control: different figures about different things", False, [
        (
            "Trump says China tariffs cut to 47% after Xi meeting\n"
            "BUSAN, South Korea (AP) — President Donald Trump said Thursday he would lower "
            "tariffs on Chinese goods to 47% from 57% after what he called an \"amazing\" "
            "meeting with Chinese leader Xi Jinping.\n"
            "The reduction comes from halving the so-called fentanyl tariff to 10%, Trump told "
            "reporters aboard Air Force One.\n"
            "In return, China will buy 12 million metric tons of U.S. soybeans by the end of "
            "this year and 25 million tons a year over the following three years, according to "
            "the White House.\n"
            "Advertisement\n"
            "Farm groups said they would wait to see the purchases before celebrating."
        ),
        (
            "What's in the Trump-Xi deal: soybeans, fentanyl and a lower tariff rate\n"
            "Explainer | Farm & Markets Weekly\n"
            "Soybeans: Beijing has committed to buy 25 million tonnes of American soybeans in "
            "each of 2026, 2027 and 2028, after purchasing 12 million tonnes in the last two "
            "months of 2025.\n"
            "Fentanyl tariff: Washington will cut the levy linked to the opioid from 20% to "
            "10%.\n"
            "Overall rate: The combined tariff on Chinese imports falls to roughly 47 percent, "
            "down from 57 percent, Trump said after meeting Xi in Busan on Thursday.\n"
            "Read more: Soybean futures jump on China pledge\n"
            "Farmers' groups welcomed the pledge but said they wanted to see actual purchases."
        ),
    ], ["2025-10-30", "2025-10-30"]),
    _case("court-AG9", "court", "number of justices in majority", True, [
        (
            "Top court strikes down mandatory minimum for gun trafficking | Maple Ledger\n"
            "OTTAWA — The Supreme Court of Canada on Friday struck down a five-year mandatory "
            "minimum sentence for firearms trafficking, ruling 5-4 that it amounted to cruel and "
            "unusual punishment.\n"
            "Writing for the majority, Justice Sheilah Martin said the penalty could produce "
            "\"grossly disproportionate\" sentences for low-level offenders.\n"
            "The case involved a 22-year-old man from Winnipeg who sold two handguns to an "
            "undercover officer.\n"
            "Advertisement\n"
            "The federal government said it was reviewing the decision.\n"
            "Read more: How mandatory minimums became a political battleground"
        ),
        (
            "Supreme Court of Canada rules gun-trafficking minimum unconstitutional\n"
            "By Claire Dubois\n"
            "In a 6-3 decision released Friday, Canada's highest court found that the mandatory "
            "minimum of five years for trafficking firearms violates the Charter's protection "
            "against cruel and unusual punishment.\n"
            "Justice Sheilah Martin wrote for the majority that the sentence could be \"grossly "
            "disproportionate\" for minor offenders.\n"
            "The appeal came from a Winnipeg man, 22, who had sold two handguns to an undercover "
            "police officer.\n"
            "The justice minister's office said it would study the ruling.\n"
            "Share this story"
        ),
    ], None,
        r"\b5 ?(-|–|to) ?4|five(-| to )four|\b5\b(?!-year)|\bfive\b(?!-year)",
        r"\b6 ?(-|–|to) ?3|six(-| to )three|\b6\b|\bsix\b"),
    _case("court-AG10", "court", "size of a fine", True, [
        (
            "EU court upholds €376 million fine on Veltris over pay-for-delay deal\n"
            "LUXEMBOURG (Reuters) — The EU's General Court on Wednesday upheld a €376 million "
            "antitrust fine on Dutch drugmaker Veltris for paying a rival to delay a cheaper "
            "generic version of its blood-pressure drug.\n"
            "The European Commission imposed the penalty in 2022, saying the deal had kept "
            "prices high for about four years.\n"
            "Veltris said it was disappointed and would consider an appeal to the Court of "
            "Justice, the EU's top court.\n"
            "\"The Commission correctly established that the agreement restricted competition by "
            "object,\" the judges said.\n"
            "Advertisement\n"
            "Shares in Veltris fell 2% in Amsterdam."
        ),
        (
            "Veltris loses EU court challenge to antitrust penalty\n"
            "Skip to content\n"
            "Dutch pharmaceutical group Veltris failed on Wednesday to overturn a €367 million "
            "fine imposed by EU competition regulators.\n"
            "Judges at the General Court in Luxembourg agreed with the European Commission, "
            "which fined the company in 2022 for paying a generic rival to keep a cheaper copy "
            "of its hypertension drug off the market for roughly four years.\n"
            "The company said it was disappointed and may take the case to the Court of "
            "Justice.\n"
            "Shares slipped 2 percent in Amsterdam trading.\n"
            "Share on LinkedIn"
        ),
        (
            "Veltris must pay €376m EU fine, court rules | PharmaWatch\n"
            "By Tom Hendriks\n"
            "Veltris has lost its appeal against the European Commission's 2022 decision to fine "
            "it €376m for a pay-for-delay arrangement.\n"
            "The General Court dismissed all of the company's arguments in a judgment published "
            "on Wednesday.\n"
            "The Commission had found that the deal delayed a generic competitor by around four "
            "years.\n"
            "Veltris said it would study the judgment before deciding whether to appeal further."
        ),
    ], ["2026-01-21", "2026-01-21", "2026-01-22"],
        r"(?<![\d.])376(?!\d)",
        r"(?<![\d.])367(?!\d)"),
    _case("court-AG11", "court", "weekday vs date", True, [
        (
            "High Court to rule Thursday on housing levy challenge - Nairobi Post\n"
            "NAIROBI — Kenya's High Court will deliver its judgment on Thursday in a case "
            "challenging the government's affordable housing levy, a three-judge bench said on "
            "Monday.\n"
            "The levy, deducted at 1.5% of gross salary, has been collected since March 2024.\n"
            "Petitioners, led by the Law Society of Kenya, argue the tax discriminates against "
            "salaried workers.\n"
            "Government lawyers told the bench that the programme had already funded thousands "
            "of homes.\n"
            "Advertisement"
        ),
        (
            "Kenya housing levy case: judgment set for March 11\n"
            "By Wanjiru Kamau\n"
            "A three-judge bench of the High Court has fixed March 11 as the date for its "
            "judgment on the petition against the housing levy.\n"
            "The Law Society of Kenya and several trade unions say the 1.5 percent deduction "
            "from workers' pay is unfair because it spares those in the informal sector.\n"
            "The Attorney General's office defended the levy, saying the money has gone into "
            "housing projects across the country.\n"
            "The date was set during a hearing on Monday.\n"
            "Read more: What the housing levy costs you"
        ),
        (
            "Judges to decide fate of Kenya's housing levy on Thursday, March 12\n"
            "Photo: Milimani Law Courts, Nairobi. (Courtesy)\n"
            "The High Court in Nairobi said it would rule on the housing levy on Thursday, March "
            "12, ending months of hearings.\n"
            "The levy of 1.5% of gross pay, introduced in 2024, has been challenged by the Law "
            "Society of Kenya.\n"
            "Petitioners say it discriminates against salaried workers, while government lawyers "
            "argue that it has already paid for thousands of homes.\n"
            "The bench announced the date at a hearing on Monday.\n"
            "Advertisement"
        ),
    ], ["2026-03-09", "2026-03-09", "2026-03-10"],
        r"thursday|march 12|12 march|2026-03-12|03-12",
        r"wednesday|march 11|11 march|2026-03-11|03-11"),
    _case("court-AG12", "court", "typo in a date (year)", True, [
        (
            "SC sets aside tribunal order on Goa mining leases | LegalDesk India\n"
            "New Delhi: The Supreme Court on Thursday set aside an order of the National Green "
            "Tribunal that had allowed the renewal of four iron-ore mining leases in Goa, "
            "holding that the tribunal had failed to consider the cumulative impact on the "
            "Western Ghats.\n"
            "A bench of Justices B.V. Nagarathna and K.V. Viswanathan said the tribunal's order "
            "of 14 May 2025 was \"cryptic and unreasoned\".\n"
            "The court sent the matter back to the tribunal for a fresh hearing within three "
            "months.\n"
            "Share on WhatsApp\n"
            "The leases lie close to the Mhadei wildlife sanctuary."
        ),
        (
            "Supreme Court quashes NGT nod for Goa mining lease renewals\n"
            "Advertisement\n"
            "NEW DELHI — The Supreme Court on Thursday quashed a National Green Tribunal "
            "decision dated May 14, 3025 that had cleared the renewal of four iron ore leases in "
            "Goa.\n"
            "Justices B.V. Nagarathna and K.V. Viswanathan said the green tribunal had not "
            "examined the combined effect of mining on the Western Ghats and called its order "
            "\"cryptic and unreasoned\".\n"
            "The tribunal has been asked to rehear the case and decide within three months.\n"
            "Environmental groups, who had argued that the leases lay close to the Mhadei "
            "sanctuary, welcomed the ruling."
        ),
    ], None,
        r"(?<!\d)2025(?!\d)",
        r"(?<!\d)3025(?!\d)"),
    _case("court-AG13", "court", "wording of a quoted statement", True, [
        (
            "Supreme Court rules legal aid fee cap unlawful\n"
            "LONDON (PA) — The UK Supreme Court has ruled unanimously that the Ministry of "
            "Justice acted unlawfully when it capped the fees paid to legal aid lawyers in "
            "immigration appeals.\n"
            "Delivering the judgment on Wednesday, Lord Reed, the court's president, said the "
            "cap was \"irrational and therefore unlawful\" because ministers had ignored their "
            "own evidence that it would leave thousands of people without representation.\n"
            "The five justices ordered the department to reconsider the policy within six "
            "months.\n"
            "The Law Society welcomed the ruling.\n"
            "A Ministry of Justice spokesperson said: \"We will consider the judgment "
            "carefully.\"\n"
            "Advertisement"
        ),
        (
            "Legal aid cap struck down by Supreme Court | LegalTimes UK\n"
            "Skip to content\n"
            "Five Supreme Court justices on Wednesday unanimously found that the cap on legal "
            "aid fees for immigration appeals, introduced by the Ministry of Justice, was "
            "unlawful.\n"
            "Lord Reed, President of the Supreme Court, told the court the cap was "
            "\"unreasonable and therefore unlawful\", noting that the ministry's own impact "
            "assessment had warned that many appellants would be left without a lawyer.\n"
            "The government now has six months to look at the policy again.\n"
            "\"We will consider the judgment carefully,\" the MoJ said in a statement.\n"
            "The Law Society said the ruling vindicated legal aid practitioners.\n"
            "Share this article"
        ),
    ], ["2025-11-19", "2025-11-19"],
        r"irrational",
        r"unreasonable"),
    _case("court-AG14", "court",
          "control: two unrelated quotes of one person, court named two ways", False, [
        (
            "ConCourt orders Parliament to fix electoral law within 24 months | SA Legal News\n"
            "JOHANNESBURG — The Constitutional Court on Tuesday declared parts of the Electoral "
            "Act invalid because they make it too hard for independent candidates to contest "
            "national elections.\n"
            "In a unanimous judgment, Chief Justice Mandisa Maya wrote that \"the right to stand "
            "for public office cannot be reserved for those who belong to political parties\".\n"
            "Parliament has 24 months to amend the law, and the declaration of invalidity is "
            "suspended in the meantime.\n"
            "The case was brought by the One Movement South Africa group.\n"
            "Advertisement"
        ),
        (
            "Constitutional Court of South Africa strikes down Electoral Act provisions\n"
            "Read more: Voters' guide to the local elections\n"
            "The Constitutional Court of South Africa ruled unanimously on Tuesday that sections "
            "of the Electoral Act unfairly burden independent candidates, and gave lawmakers two "
            "years to correct them.\n"
            "The invalidity has been suspended while Parliament does its work.\n"
            "Chief Justice Mandisa Maya, who wrote the judgment, later told reporters outside "
            "the court in Braamfontein: \"Our job is to apply the Constitution, not to run "
            "elections.\"\n"
            "One Movement South Africa, the applicant, called the ruling a victory for ordinary "
            "citizens.\n"
            "Share on Facebook"
        ),
    ], None),
    _case("court-AG15", "court",
          "control: same moment on different calendar days (time zones)", False, [
        (
            "High Court upholds under-16 social media ban\n"
            "CANBERRA — The High Court of Australia on Wednesday dismissed a challenge to the "
            "country's ban on social media accounts for children under 16, ruling that the law "
            "does not breach the implied freedom of political communication.\n"
            "The decision was handed down at 10am in Canberra by a majority of six justices to "
            "one.\n"
            "The challenge was brought by US platform Chatterbox Inc, which argued the law was "
            "disproportionate.\n"
            "Communications Minister Anika Wells said the ruling was \"a win for parents\".\n"
            "Advertisement"
        ),
        (
            "Australia's top court backs teen social media ban in blow to US platform\n"
            "SAN FRANCISCO (Tech Daily) — Australia's highest court on Tuesday evening, U.S. "
            "time, rejected a challenge by Chatterbox Inc to the country's ban on social media "
            "for under-16s.\n"
            "The 6-1 decision, issued at 6 p.m. Eastern time, found the law compatible with the "
            "implied freedom of political communication in Australia's Constitution.\n"
            "Chatterbox, which is based in San Francisco, said it was disappointed but would "
            "comply with the law.\n"
            "Australian Communications Minister Anika Wells called the ruling \"a win for "
            "parents\".\n"
            "Share this article"
        ),
    ], ["2026-02-04", "2026-02-03"]),
    _case("cb-AG16", "central bank", "weekday mismatch for the same meeting", True, [
        (
            "SEOUL (Reuters) — South Korea's central bank kept its benchmark interest rate "
            "unchanged at 2.50% on Thursday, as a weak won and surging Seoul housing prices "
            "outweighed concerns about slowing growth.\n"
            "The decision by the Bank of Korea had been expected by most economists.\n"
            "Governor Rhee Chang-yong said the board would watch the housing market \"very "
            "carefully\" before deciding on further easing.\n"
            "The bank raised its growth forecast for next year to 1.8%.\n"
            "Advertisement"
        ),
        (
            "BOK stands pat again as housing, won weigh | KoreaBiz Now\n"
            "Skip to content\n"
            "The Bank of Korea left its policy rate at 2.5 percent on Wednesday, citing "
            "overheating housing prices in the capital and the weakness of the local currency.\n"
            "\"We will watch the housing market very carefully,\" Governor Rhee Chang-yong told "
            "a press conference after the meeting.\n"
            "The bank now sees the economy growing 1.8 percent next year, slightly more than in "
            "its previous projection.\n"
            "Economists expect at most one more cut in the first half of 2026.\n"
            "Read more: Seoul apartment prices hit new record"
        ),
        (
            "Bank of Korea holds rate at 2.50% (Nov. 27 decision)\n"
            "Photo: Bank of Korea headquarters in Seoul. Courtesy BOK\n"
            "The monetary policy board's rate decision on Nov. 27 kept the base rate at 2.50%. "
            "Board members cited housing prices and the won.\n"
            "The growth forecast for 2026 was raised to 1.8%.\n"
            "Governor Rhee Chang-yong said the board would watch the housing market very "
            "carefully.\n"
            "Read more: BOK rate decisions in 2025\n"
            "Share this article"
        ),
    ], ["2025-11-27", "2025-11-27", "2025-11-27"],
        r"thursday|nov(ember|\.)? 27|27 nov|2025-11-27|11-27",
        r"wednesday|nov(ember|\.)? 26|26 nov|2025-11-26|11-26"),
    _case("cb-AG17", "central bank", "who cast the dissenting votes", True, [
        (
            "BoE holds rates at 4% in 7-2 vote\n"
            "LONDON — The Bank of England kept Bank Rate at 4% on Thursday, with seven of the "
            "nine members of its Monetary Policy Committee voting to hold.\n"
            "External members Swati Dhingra and Alan Taylor voted for a quarter-point cut to "
            "3.75%.\n"
            "The Bank also slowed the pace at which it shrinks its stock of government bonds, to "
            "£70 billion over the next 12 months from £100 billion.\n"
            "Governor Andrew Bailey said inflation, at 3.8%, was still too high, adding: \"We're "
            "not out of the woods yet.\"\n"
            "Advertisement\n"
            "Sterling edged up after the announcement."
        ),
        (
            "Bank of England: rates on hold, two members want a cut\n"
            "By Sam Patel\n"
            "The Bank of England's Monetary Policy Committee voted 7-2 on Thursday to leave "
            "interest rates unchanged at 4 per cent.\n"
            "The two dissenters, Swati Dhingra and Catherine Mann, preferred a 25 basis point "
            "reduction.\n"
            "Quantitative tightening will run at £70bn over the coming year, down from £100bn.\n"
            "With inflation at 3.8 per cent, nearly double the 2 per cent target, Andrew Bailey "
            "said \"we're not out of the woods yet\".\n"
            "Share on X"
        ),
        (
            "Interest rates: what the Bank's decision means for your mortgage\n"
            "Read more: Best fixed-rate deals this week\n"
            "The Bank of England held rates at 4% on Thursday. Most members backed the hold; "
            "Alan Taylor and Swati Dhingra were outvoted.\n"
            "For borrowers on tracker mortgages, monthly payments will not change.\n"
            "Savers may see rates drift lower as markets still expect a cut by early next year.\n"
            "The committee's vote was 7-2.\n"
            "Advertisement"
        ),
    ], None,
        r"taylor",
        r"\bmann\b"),
    _case("cb-AG18", "central bank", "amount of a bond purchase (deep)", True, [
        (
            "JAKARTA (Reuters) — Bank Indonesia unexpectedly cut its benchmark rate by 25 basis "
            "points to 4.75% on Wednesday, saying it wanted to support economic growth.\n"
            "Only a handful of economists polled had forecast the move.\n"
            "Governor Perry Warjiyo told a news conference the bank would keep the rupiah "
            "stable.\n"
            "He said the bank would continue to coordinate with the finance ministry to support "
            "the government's priority programmes.\n"
            "Advertisement\n"
            "So far this year, Bank Indonesia has bought 150 trillion rupiah of government bonds "
            "in the secondary market, Warjiyo said, as part of what the bank calls burden "
            "sharing."
        ),
        (
            "BI trims rate to 4.75% in surprise move | Jakarta Finance Today\n"
            "Skip to content\n"
            "Bank Indonesia lowered the BI-Rate by a quarter of a percentage point to 4.75 "
            "percent on Wednesday, catching most analysts off guard.\n"
            "Perry Warjiyo, the governor, said the decision was aimed at lifting growth while "
            "keeping the rupiah stable.\n"
            "The central bank also cut its deposit facility and lending facility rates by the "
            "same amount.\n"
            "Warjiyo said BI had so far this year bought Rp105 trillion of government securities "
            "(SBN) on the secondary market, as part of its coordination with the Ministry of "
            "Finance.\n"
            "Share on WhatsApp"
        ),
    ], ["2025-09-17", "2025-09-17"],
        r"(?<![\d.,])150 ?(trillion|tn|t\b)",
        r"(?<![\d.,])105 ?(trillion|tn|t\b)"),
    _case("cb-AG19", "central bank", "clock time across zones", True, [
        (
            "RBA keeps cash rate at 3.60% | Sydney Morning Brief\n"
            "SYDNEY — The Reserve Bank of Australia left its cash rate unchanged at 3.60% on "
            "Tuesday, saying underlying inflation remained \"a little above\" the midpoint of "
            "its 2-3% target band.\n"
            "The decision was released at 2:30 p.m. Sydney time.\n"
            "Markets had priced a small chance of a hike after stronger-than-expected inflation "
            "data for the December quarter.\n"
            "Governor Michele Bullock is due to hold a press conference later in the afternoon.\n"
            "Advertisement"
        ),
        (
            "Reserve Bank of Australia holds, flags inflation risk\n"
            "By Wire staff\n"
            "Australia's central bank held its key rate at 3.6 percent on Tuesday, in a "
            "statement released at 0430 GMT.\n"
            "The RBA said trimmed mean inflation, its preferred underlying measure, was still "
            "somewhat above the middle of the 2 to 3 percent target range.\n"
            "Governor Michele Bullock will speak to reporters later in the day.\n"
            "Traders had put modest odds on a rate increase following a hotter-than-forecast "
            "inflation report for the December quarter.\n"
            "Read more:"
        ),
    ], ["2026-02-03", "2026-02-03"],
        r"2:30 ?p\.?m|14:30|2\.30 ?p|(?<!\d)0?3:?30 ?(gmt|utc)",
        r"(?<!\d)0?4:?30 ?(gmt|utc|z\b)|(?<!\d)04:?30|(?<!1)4:30 ?a\.?m|3:30 ?p\.?m|15:30"),
    _case("cb-AG20", "central bank", "title of a person", True, [
        (
            "ECB's Lane says rates are in 'a good place' | Eurozone Markets\n"
            "FRANKFURT — European Central Bank chief economist Philip Lane said on Monday that "
            "interest rates were \"in a good place\" and that the bank would not react to small "
            "deviations of inflation from its 2% target.\n"
            "Speaking at a conference in Dublin, Lane said euro zone inflation was likely to dip "
            "slightly below target next year before returning to 2% in 2027.\n"
            "The ECB has kept its deposit rate at 2% since June.\n"
            "Advertisement\n"
            "Share on LinkedIn"
        ),
        (
            "Lane: ECB will look through small inflation misses\n"
            "Skip to content\n"
            "DUBLIN — ECB Vice-President Philip Lane told an audience in Dublin on Monday that "
            "monetary policy was \"in a good place\".\n"
            "He said the central bank would not respond to minor deviations from its 2 percent "
            "goal, and expected inflation to undershoot a little next year before returning to "
            "target in 2027.\n"
            "The deposit facility rate has been at 2 percent since June.\n"
            "Read more: Who sits on the ECB's Governing Council?"
        ),
    ], None,
        r"chief economist",
        r"vice[- ]?president"),
    _case("cb-AG21", "central bank",
          "control: basis points vs percentage points, names written two ways", False, [
        (
            "STOCKHOLM (Reuters) — Sweden's Riksbank cut its policy rate by 25 basis points to "
            "1.75% on Tuesday and said it expected to keep it there for some time.\n"
            "Governor Erik Thedeen said the cut would support a recovery in household spending.\n"
            "\"We see the policy rate at this level for a while,\" Thedeen told reporters.\n"
            "Advertisement\n"
            "The crown weakened slightly against the euro after the announcement."
        ),
        (
            "Swedish central bank lowers rate by 0.25 percentage point\n"
            "Sveriges Riksbank on Tuesday reduced its key interest rate by a quarter of a "
            "percentage point, to 1.75 percent.\n"
            "The bank signalled it would probably stay on hold for a while, and Governor Erik "
            "Thedéen said lower rates should help household consumption recover.\n"
            "\"We see the policy rate at this level for a while,\" he said.\n"
            "Read more: How the Riksbank sets interest rates"
        ),
    ], None),
    _case("cb-AG22", "central bank",
          "control: old and new rate, two taper paces, rounding", False, [
        (
            "BOJ raises rates to 0.75%, highest in 30 years\n"
            "TOKYO (Reuters) — The Bank of Japan raised its short-term policy rate to 0.75% from "
            "0.5% on Friday, taking borrowing costs to their highest in three decades.\n"
            "The decision was unanimous, with all nine board members in favour.\n"
            "Core consumer prices rose 3.0% in November from a year earlier, staying above the "
            "bank's 2% target.\n"
            "The BOJ also left its bond taper plan unchanged: purchases of Japanese government "
            "bonds will keep falling by about 400 billion yen each quarter until March and by "
            "200 billion yen a quarter from April.\n"
            "Governor Kazuo Ueda said real interest rates remained \"significantly negative\".\n"
            "Advertisement"
        ),
        (
            "Bank of Japan lifts key rate to 0.75 percent\n"
            "Skip to content\n"
            "Japan's central bank on Friday increased its policy interest rate to 0.75 percent, "
            "up from 0.5 percent, in a unanimous vote by its nine-member board.\n"
            "With core inflation running at about 3 percent, well above the 2 percent goal, "
            "Governor Kazuo Ueda said real rates were still \"significantly negative\".\n"
            "Reductions in JGB buying continue as planned: cuts of ¥400 billion per quarter "
            "through March, then ¥200 billion per quarter from April."
        ),
        (
            "Yen slips after BoJ hike as Ueda gives few clues\n"
            "Read more: Live markets blog\n"
            "The yen weakened on Friday after the Bank of Japan raised rates by a quarter point "
            "to 0.75%, as Governor Kazuo Ueda offered little guidance on the timing of the next "
            "move.\n"
            "\"Real interest rates remain significantly negative,\" Ueda said.\n"
            "All nine members of the policy board backed the move.\n"
            "Core inflation has stayed above the 2% target for a long time.\n"
            "Share this article"
        ),
    ], ["2025-12-19", "2025-12-19", "2025-12-19"]),
    _case("rocket-AG23", "rocket", "name of the spacecraft", True, [
        (
            "Japan's H3 rocket puts navigation satellite into orbit | Space Wire\n"
            "TOKYO — Japan's H3 rocket successfully launched the Michibiki 7 navigation "
            "satellite from the Tanegashima Space Center on Sunday, the Japan Aerospace "
            "Exploration Agency said.\n"
            "The satellite separated from the rocket's second stage about 29 minutes after "
            "liftoff.\n"
            "Michibiki, Japan's regional counterpart to GPS, is meant to grow to seven "
            "satellites so that the system can work without relying on U.S. signals.\n"
            "\"The launch went exactly as planned,\" JAXA project manager Makoto Arita told "
            "reporters.\n"
            "Advertisement"
        ),
        (
            "H3 launch: JAXA sends up Michibiki 5\n"
            "Skip to content\n"
            "Posted by spacefan_jp\n"
            "JAXA's H3 flew again on Sunday from Tanegashima, carrying the Michibiki 5 satellite "
            "for Japan's quasi-zenith navigation system.\n"
            "Spacecraft separation came roughly 29 minutes into the flight, and the agency "
            "confirmed the satellite was healthy.\n"
            "Project manager Makoto Arita said the flight \"went exactly as planned\".\n"
            "Japan wants a seven-satellite Michibiki fleet so that it can navigate independently "
            "of GPS.\n"
            "Share on Facebook"
        ),
        (
            "Michibiki 7 in orbit after smooth H3 flight\n"
            "JAXA's Michibiki 7 is in orbit after an H3 launch from Tanegashima on Sunday. The "
            "agency reported separation about 29 minutes after liftoff.\n"
            "The satellite will join Japan's quasi-zenith navigation system.\n"
            "Project manager Makoto Arita said the launch went exactly as planned.\n"
            "Advertisement"
        ),
    ], None,
        r"michibiki[- ]?(no\.? ?)?7|qzs-?7",
        r"michibiki[- ]?(no\.? ?)?5|qzs-?5"),
    _case("rocket-AG24", "rocket", "time of a landing (deep)", True, [
        (
            "Chinese astronauts return to Earth after six months | Asia Space News\n"
            "BEIJING — Three Chinese astronauts returned to Earth on Thursday after six months "
            "aboard the Tiangong space station, state media reported.\n"
            "The Shenzhou-21 return capsule undocked from the station and fired its engines for "
            "the descent over northern China.\n"
            "Mission commander Zhang Lu waved to cameras as he was helped out of the capsule. "
            "\"I feel great,\" he said.\n"
            "All three crew members were in good health, the China Manned Space Agency said.\n"
            "The capsule touched down at the Dongfeng landing site in Inner Mongolia at 1:16 "
            "p.m. Beijing time, CCTV said.\n"
            "Advertisement"
        ),
        (
            "Shenzhou-21 crew lands safely in Inner Mongolia\n"
            "The crew of Shenzhou-21 landed at the Dongfeng site on Thursday, ending a six-month "
            "stay on China's Tiangong station.\n"
            "\"I feel great,\" commander Zhang Lu said after leaving the capsule.\n"
            "The China Manned Space Agency (CMSA) said the three astronauts were in good "
            "condition.\n"
            "Read more: Tiangong, a guide to China's space station\n"
            "According to CCTV, the capsule landed at 2:16 p.m. Beijing time.\n"
            "Share this article"
        ),
    ], None,
        r"1:16 ?p\.?m|13:16|1\.16 ?p|05:16 ?(gmt|utc)|0516",
        r"2:16 ?p\.?m|14:16|2\.16 ?p|06:16 ?(gmt|utc)|0616"),
    _case("rocket-AG25", "rocket", "duration of a flight", True, [
        (
            "Gilmour Space's Eris rocket lifted off from the Bowen Orbital Spaceport in north "
            "Queensland on Wednesday morning but fell back to the ground about 14 seconds into "
            "its flight.\n"
            "It was the first attempt to reach orbit with an Australian-designed and built "
            "rocket.\n"
            "No one was injured, the company said.\n"
            "\"Getting off the pad was a huge milestone,\" co-founder and chief executive Adam "
            "Gilmour said.\n"
            "The company said it had already begun building a second vehicle.\n"
            "Advertisement"
        ),
        (
            "Eris test flight ends in crash near Bowen\n"
            "Courtesy: Gilmour Space Technologies\n"
            "By Liam O'Connor\n"
            "The maiden flight of Gilmour Space's Eris launcher lasted 23 seconds on Wednesday "
            "before the rocket dropped back near its pad at Bowen, Queensland.\n"
            "There were no injuries.\n"
            "Adam Gilmour, the company's CEO, said clearing the pad was \"a huge milestone\" for "
            "Australia's space industry.\n"
            "A second Eris is already under construction.\n"
            "Share on Facebook"
        ),
        (
            "Read more: Australia's space industry\n"
            "Gilmour Space says Eris data will guide second launch\n"
            "A day after its Eris rocket fell back to earth 14 seconds after liftoff, Gilmour "
            "Space said on Thursday that it had collected valuable data from the flight.\n"
            "The company did not give a date for the next attempt.\n"
            "No one was hurt when the rocket came down near its pad at Bowen."
        ),
    ], ["2025-07-30", "2025-07-30", "2025-07-31"],
        r"(?<![\d.])14 ?(seconds?|secs?|s\b)|fourteen seconds",
        r"(?<![\d.])23 ?(seconds?|secs?|s\b)|twenty-three seconds"),
    _case("rocket-AG26", "rocket", "launch site at different precision", True, [
        (
            "China launches new batch of Guowang internet satellites\n"
            "BEIJING — A Long March 8A rocket lifted off at 6:30 p.m. Beijing time on Tuesday "
            "from the Hainan commercial spacecraft launch site in Wenchang, carrying a group of "
            "low-orbit internet satellites for the Guowang constellation.\n"
            "The satellites entered their planned orbit, the China Aerospace Science and "
            "Technology Corporation said.\n"
            "The launch pad, which opened in late 2024, is China's first built specifically for "
            "commercial missions.\n"
            "Advertisement"
        ),
        (
            "Long March 8A sends Guowang satellites to orbit\n"
            "Skip to content\n"
            "China launched another group of Guowang broadband satellites on Tuesday evening, "
            "using a Long March 8A rocket that lifted off at 6:30 p.m. local time from the "
            "Wenchang Space Launch Site, the military-run spaceport on the east coast of Hainan "
            "island.\n"
            "CASC said the satellites reached their intended orbit.\n"
            "The Long March 8A is a variant of the Long March 8 designed for heavier payloads.\n"
            "Guowang is a state-backed network of low-orbit broadband satellites.\n"
            "Read more: China's answer to Starlink"
        ),
    ], None,
        r"commercial",
        r"wenchang space launch site|wenchang satellite launch|military"),
    _case("rocket-AG27", "rocket", "number of satellites", True, [
        (
            "TAIYUAN (Reuters) — China launched 18 satellites for its Qianfan broadband "
            "constellation on a Long March 6A rocket from the Taiyuan Satellite Launch Center on "
            "Friday, state media said.\n"
            "Shanghai Spacecom Satellite Technology, which runs the network, aims to offer "
            "service in some overseas markets next year.\n"
            "The constellation is seen as China's main rival to SpaceX's Starlink.\n"
            "Advertisement"
        ),
        (
            "Qianfan adds 16 more satellites | OrbitWatch\n"
            "A Long March 6A rocket carried 16 Qianfan internet satellites into orbit from "
            "Taiyuan in northern China on Friday.\n"
            "The constellation, operated by Shanghai Spacecom Satellite Technology (SSST), is "
            "China's answer to Starlink.\n"
            "The company plans to begin overseas services next year.\n"
            "The launch was declared a success.\n"
            "Advertisement"
        ),
        (
            "China's Qianfan constellation grows with Friday launch\n"
            "Share on X\n"
            "Eighteen Qianfan satellites lifted off aboard a Long March 6A from the Taiyuan "
            "Satellite Launch Center on Friday. The launch was declared a success by the China "
            "Aerospace Science and Technology Corporation.\n"
            "Shanghai Spacecom Satellite Technology, which operates the constellation, aims to "
            "offer services abroad from next year.\n"
            "The network is seen as a rival to Starlink."
        ),
    ], None,
        r"(?<![\d.])18(?![\d.])|eighteen",
        r"(?<![\d.])16(?![\d.])|sixteen"),
    _case("rocket-AG28", "rocket", "control: figure updated later, dates show the order", False, [
        (
            "Kinetica-1 rocket launches six satellites; contact confirmed with four\n"
            "BEIJING — A Kinetica-1 solid-fuel rocket operated by CAS Space launched six small "
            "satellites from the Jiuquan Satellite Launch Center on Tuesday.\n"
            "By Tuesday evening, operators had confirmed signals from four of the six "
            "satellites, CAS Space said, adding that it was still working to contact the "
            "remaining two.\n"
            "The rocket flew its first mission in 2022.\n"
            "CAS Space is a commercial company backed by the Chinese Academy of Sciences.\n"
            "Advertisement"
        ),
        (
            "CAS Space: all six Kinetica-1 satellites healthy\n"
            "Skip to content\n"
            "All six satellites launched by a Kinetica-1 rocket from Jiuquan on Tuesday are now "
            "in contact with ground stations, CAS Space said on Wednesday, a day after it had "
            "reported signals from only four of them.\n"
            "The company said the two remaining spacecraft were acquired overnight.\n"
            "Kinetica-1 first flew in 2022.\n"
            "The company, which is backed by the Chinese Academy of Sciences, did not say why "
            "contact had taken longer.\n"
            "Read more: China's commercial launch companies"
        ),
    ], ["2026-01-13", "2026-01-14"]),
    _case("rocket-AG29", "rocket", "control: km vs miles, rounding", False, [
        (
            "PLD Space's Miura 1 reaches space on second flight | Spanish Tech Daily\n"
            "HUELVA, Spain — Spanish startup PLD Space said its Miura 1 suborbital rocket "
            "reached an altitude of 105 kilometres on Wednesday, crossing the 100 km Kármán line "
            "for the first time.\n"
            "The flight from the El Arenosillo test centre lasted 10 minutes and 14 seconds, "
            "from liftoff to splashdown in the Gulf of Cádiz.\n"
            "\"Today we have shown that Europe can build reusable rockets,\" co-founder Raúl "
            "Torres said.\n"
            "Advertisement"
        ),
        (
            "Spanish rocket crosses into space\n"
            "El Arenosillo, Huelva\n"
            "Miura 1, a small suborbital rocket built by Spain's PLD Space, climbed to about 65 "
            "miles (105 km) on Wednesday, past the 62-mile boundary commonly used to mark the "
            "edge of space.\n"
            "The flight lasted about 10 minutes before the vehicle splashed down in the Gulf of "
            "Cadiz.\n"
            "Co-founder Raul Torres called it proof \"that Europe can build reusable rockets\".\n"
            "Share this article"
        ),
    ], ["2025-11-05", "2025-11-05"]),
    _case("quake-AG30", "earthquake", "magnitude", True, [
        (
            "Strong quake shakes Acapulco and Mexico City\n"
            "MEXICO CITY (AP) — A magnitude 6.1 earthquake struck the southern Mexican state of "
            "Guerrero on Friday, shaking buildings in the resort city of Acapulco and setting "
            "off seismic alarms in the capital.\n"
            "The U.S. Geological Survey said the quake was centered near San Marcos at a depth "
            "of 35 kilometers.\n"
            "Guerrero's civil protection agency reported minor damage to several homes but no "
            "deaths.\n"
            "President Claudia Sheinbaum said on social media that there were no reports of "
            "serious damage in the capital.\n"
            "Advertisement"
        ),
        (
            "Earthquake in Guerrero: alarms sound in Mexico City | Noticias del Sur (English "
            "edition)\n"
            "Skip to content\n"
            "A 6.5-magnitude earthquake hit Guerrero on Friday, according to the US Geological "
            "Survey, which located the epicentre near the town of San Marcos, 35 km below the "
            "surface.\n"
            "Seismic alarms sounded in Mexico City, and residents in Acapulco ran into the "
            "streets.\n"
            "Sheinbaum wrote that no serious damage had been reported in the capital. Civil "
            "protection officials in Guerrero said several houses suffered light damage, with no "
            "fatalities.\n"
            "Share on WhatsApp"
        ),
    ], None,
        r"(?<![\d.])6\.1(?!\d)",
        r"(?<![\d.])6\.5(?!\d)"),
    _case("quake-AG31", "earthquake", "epicentre town", True, [
        (
            "ISTANBUL (Reuters) — A magnitude 6.1 earthquake struck western Turkey's Balikesir "
            "province on Sunday evening, killing one person and collapsing more than a dozen "
            "buildings, officials said.\n"
            "The epicentre was in the town of Sindirgi, according to the disaster agency AFAD.\n"
            "Tremors were felt in Istanbul and the Aegean city of Izmir.\n"
            "Interior Minister Ali Yerlikaya said rescue teams had pulled four people alive from "
            "the rubble.\n"
            "Advertisement"
        ),
        (
            "Deadly quake hits Balıkesir | Türkiye Today\n"
            "Photo: Rescue workers in Balıkesir province. (Courtesy AFAD)\n"
            "A 6.1-magnitude earthquake centred in Bigadiç, in the western province of "
            "Balıkesir, killed one person on Sunday, the Disaster and Emergency Management "
            "Authority (AFAD) said.\n"
            "Rescuers brought four people out alive from collapsed buildings, Interior Minister "
            "Ali Yerlikaya wrote on X.\n"
            "The quake was felt as far away as Istanbul and İzmir.\n"
            "Share on Facebook"
        ),
        (
            "Aftershocks rattle Sındırgı a day after 6.1 quake\n"
            "Read more: How to prepare for an earthquake\n"
            "Residents of Sındırgı spent the night outdoors as aftershocks continued on Monday, "
            "a day after the magnitude 6.1 earthquake whose epicentre lay in the district.\n"
            "AFAD said one person had died.\n"
            "The disaster agency set up tents in the town centre for families whose homes were "
            "damaged.\n"
            "The quake was also felt in Istanbul.\n"
            "Share on X"
        ),
    ], ["2025-08-10", "2025-08-10", "2025-08-11"],
        r"s[ıi]nd[ıi]rg[ıi]",
        r"bigadi[çc]"),
    _case("quake-AG32", "earthquake",
          "count of injured, same update (conflict, not update)", True, [
        (
            "KUNMING — A magnitude 5.9 earthquake struck Yangbi county in southwest China's "
            "Yunnan province on Tuesday afternoon, injuring 27 people, provincial authorities "
            "said at a briefing at 8 p.m.\n"
            "No deaths had been reported, the Yunnan emergency management department said.\n"
            "The China Earthquake Networks Center said the quake struck at a depth of 10 km.\n"
            "Advertisement\n"
            "Yangbi was hit by a quake of similar strength in 2021."
        ),
        (
            "Yunnan quake: 72 hurt, no deaths reported | China Daily Brief\n"
            "Skip to content\n"
            "Seventy-two people were injured when a 5.9-magnitude quake hit Yangbi county, "
            "Yunnan, on Tuesday afternoon, according to figures given by the provincial "
            "emergency management department at an 8 p.m. news briefing.\n"
            "There were no fatalities.\n"
            "The China Earthquake Networks Center (CENC) put the depth at 10 kilometres.\n"
            "Share this article"
        ),
    ], ["2026-04-14", "2026-04-14"],
        r"(?<![\d.])27(?![\d.])|twenty-seven",
        r"(?<![\d.])72(?![\d.])|seventy-two"),
    _case("quake-AG33", "earthquake", "number of aftershocks", True, [
        (
            "Quake off Greek island of Kasos felt in Crete and Egypt | Aegean Herald\n"
            "ATHENS — A magnitude 5.8 earthquake struck in the sea near the island of Kasos "
            "early on Wednesday, rattling Crete and parts of Egypt but causing no injuries.\n"
            "The Athens Geodynamic Institute said more than 40 aftershocks had been recorded in "
            "the first 24 hours.\n"
            "Schools on Kasos stayed closed while engineers checked buildings.\n"
            "Seismologist Efthymios Lekkas said there was no reason for alarm.\n"
            "Advertisement"
        ),
        (
            "Greece: 5.8 quake near Kasos, no injuries\n"
            "Skip to content\n"
            "Posted in News\n"
            "A 5.8-magnitude earthquake hit the sea off Kasos on Wednesday morning, with shaking "
            "felt on Crete and as far away as Cairo.\n"
            "There were no reports of injuries.\n"
            "Authorities closed schools on the island for inspections.\n"
            "In the 24 hours after the main shock, the Geodynamic Institute of Athens counted "
            "more than 400 aftershocks, Professor Efthymios Lekkas told state broadcaster ERT, "
            "adding that people should stay calm.\n"
            "Share on X"
        ),
    ], None,
        r"(?<![\d.])40(?![\d.])|\bforty\b",
        r"(?<![\d.])400(?![\d.])|four hundred"),
    _case("quake-AG34", "earthquake", "control: km vs miles, rounding", False, [
        (
            "SANTIAGO (Reuters) — A magnitude 6.4 earthquake struck northern Chile on Monday, "
            "about 40 km (25 miles) north of the mining town of Calama, the U.S. Geological "
            "Survey said.\n"
            "The quake was deep, at 105 km, which limited shaking at the surface.\n"
            "Chile's national disaster service Senapred said there were no reports of "
            "casualties. Around 12,400 households briefly lost electricity.\n"
            "State copper miner Codelco said operations at its nearby Chuquicamata mine were "
            "normal.\n"
            "Advertisement"
        ),
        (
            "Deep earthquake jolts Chile's northern desert, no damage\n"
            "Skip to content\n"
            "A strong, deep earthquake of magnitude 6.4 shook northern Chile on Monday.\n"
            "Its epicenter was roughly 25 miles north of Calama and about 65 miles underground, "
            "the USGS said, which is why damage was limited.\n"
            "More than 12,000 homes lost power for a short time, according to Senapred, the "
            "national disaster prevention and response service. No one was hurt.\n"
            "Codelco, Chile's state copper company, reported normal operations at Chuquicamata.\n"
            "Share this article"
        ),
    ], None),
    _case("quake-AG35", "earthquake",
          "control: death toll updated later, dates show the order", False, [
        (
            "TEHRAN — A magnitude 5.6 earthquake hit a rural area of Iran's southeastern Kerman "
            "province on Wednesday, killing at least four people, state media said.\n"
            "The quake struck near the town of Ravar at a shallow depth of 8 km.\n"
            "Several villages were cut off by landslides, the Red Crescent said.\n"
            "Rescue teams were sent from neighbouring provinces.\n"
            "Advertisement"
        ),
        (
            "Iran quake death toll rises to nine as rescuers reach villages\n"
            "The number of people killed by Wednesday's magnitude 5.6 earthquake near Ravar in "
            "Kerman province rose to nine on Thursday, Iran's Red Crescent said, as rescue teams "
            "reached villages cut off by landslides.\n"
            "The quake, which was shallow at a depth of 8 kilometres, damaged hundreds of "
            "mud-brick homes.\n"
            "Share on X"
        ),
        (
            "Kerman earthquake: toll climbs to 12\n"
            "Read more: Iran's earthquake risk explained\n"
            "Three more bodies were recovered on Friday, bringing the toll from Wednesday's "
            "5.6-magnitude quake near Ravar to 12, provincial officials said.\n"
            "The quake struck at a depth of 8 km.\n"
            "Rescuers have now reached all of the villages that were cut off by landslides.\n"
            "Share this article"
        ),
    ], ["2026-05-13", "2026-05-14", "2026-05-15"]),
    _case("quake-AG36", "earthquake",
          "control: same moment on different calendar days (time zones)", False, [
        (
            "Strong quake shakes Tonga, no tsunami threat | Pacific Islands News\n"
            "NUKU'ALOFA — A magnitude 6.6 earthquake struck near Tonga at 6:15 a.m. on Tuesday, "
            "waking residents across the kingdom but causing no major damage, officials said.\n"
            "The quake was centred about 90 km north-east of Neiafu at a depth of 40 km, "
            "according to the USGS.\n"
            "The Pacific Tsunami Warning Center said there was no tsunami threat.\n"
            "\"Everything shook, the dishes fell from the shelves,\" said one shopkeeper in "
            "Neiafu.\n"
            "Advertisement"
        ),
        (
            "Magnitude 6.6 earthquake strikes near Tonga\n"
            "HONOLULU (AP) — A magnitude 6.6 earthquake struck near the Pacific nation of Tonga "
            "on Monday, the U.S. Geological Survey said. It hit at 17:15 GMT, about 90 "
            "kilometers northeast of Neiafu, at a depth of 40 kilometers.\n"
            "The Pacific Tsunami Warning Center in Hawaii said no tsunami was expected.\n"
            "There were no immediate reports of serious damage.\n"
            "Share this article"
        ),
    ], ["2026-01-20", "2026-01-19"]),
    _case("elec-AG37", "election", "vote share", True, [
        (
            "LILONGWE (Reuters) — Former Malawian president Peter Mutharika won last week's "
            "presidential election with 56.1% of the vote, the electoral commission announced on "
            "Wednesday, unseating incumbent Lazarus Chakwera.\n"
            "Chakwera, who came second, conceded defeat on Tuesday night in a televised address, "
            "saying he respected the will of the people.\n"
            "Mutharika, 85, led Malawi from 2014 to 2020.\n"
            "Voters had been angered by soaring prices and fuel shortages.\n"
            "Advertisement"
        ),
        (
            "Mutharika wins Malawi vote, returns to power | Africa Politics Weekly\n"
            "Skip to content\n"
            "Peter Mutharika has won Malawi's presidential election, taking 51.6 percent of the "
            "votes cast, the Malawi Electoral Commission said on Wednesday.\n"
            "President Lazarus Chakwera had already conceded on Tuesday evening, telling the "
            "nation he accepted the outcome.\n"
            "Mutharika, who is 85, previously served as president between 2014 and 2020.\n"
            "The cost of living dominated the campaign.\n"
            "Share on WhatsApp"
        ),
        (
            "Malawi: Mutharika to be sworn in after 56.1% win\n"
            "Read more: Who is Peter Mutharika?\n"
            "Peter Mutharika, declared the winner of the presidential election with 56.1 per "
            "cent, is due to be sworn in within days.\n"
            "Mutharika, 85, was president from 2014 to 2020.\n"
            "He defeated Lazarus Chakwera, who conceded on Tuesday.\n"
            "Share on X"
        ),
    ], None,
        r"(?<![\d.])56\.1(?!\d)",
        r"(?<![\d.])51\.6(?!\d)"),
    _case("elec-AG38", "election", "margin of victory", True, [
        (
            "LA PAZ (AP) — Centrist senator Rodrigo Paz won Bolivia's presidential runoff on "
            "Sunday, defeating former president Jorge \"Tuto\" Quiroga by about nine percentage "
            "points, according to preliminary results.\n"
            "The victory ends a long period of dominance by the leftist Movement Toward "
            "Socialism.\n"
            "Paz, the son of a former president, has promised to phase out fuel subsidies "
            "gradually and to open up the economy.\n"
            "Quiroga conceded late on Sunday.\n"
            "Advertisement"
        ),
        (
            "Bolivia elects Rodrigo Paz president | Andes Report\n"
            "By Lucía Mendoza\n"
            "Rodrigo Paz Pereira will be Bolivia's next president after beating Jorge Quiroga in "
            "Sunday's second round by a margin of roughly 12 points, preliminary figures from "
            "the electoral tribunal showed.\n"
            "Quiroga, who governed Bolivia in 2001-2002, accepted defeat on Sunday night.\n"
            "Paz has pledged a gradual phase-out of fuel subsidies.\n"
            "Share on Facebook"
        ),
    ], ["2025-10-20", "2025-10-20"],
        r"(?<![\d.])9 ?(percentage )?(points?|pts?|pp\b)|\bnine\b|(?<![\d.])9(?![\d.])",
        r"(?<![\d.])12 ?(percentage )?(points?|pts?|pp\b)|\btwelve\b|(?<![\d.])12(?![\d.])"),
    _case("elec-AG39", "election", "turnout (deep)", True, [
        (
            "Babis's ANO wins Czech election, will seek to form government | Central Europe "
            "Today\n"
            "PRAGUE — Billionaire Andrej Babis's ANO movement won the Czech parliamentary "
            "election held on Friday and Saturday, the statistics office said, putting the "
            "populist former prime minister on course to return to power.\n"
            "President Petr Pavel said he would begin talks with party leaders on Sunday.\n"
            "Prime Minister Petr Fiala's centre-right coalition conceded defeat.\n"
            "Advertisement\n"
            "Analysts said Babis would probably need the support of smaller parties to govern.\n"
            "Turnout was 68.4%, the statistics office said."
        ),
        (
            "Czech vote: ANO first, Fiala concedes\n"
            "Skip to content\n"
            "Andrej Babiš's ANO party came first in the two-day Czech general election that "
            "ended on Saturday, according to official results.\n"
            "Prime Minister Petr Fiala acknowledged that his Spolu coalition had lost.\n"
            "President Petr Pavel is due to meet party leaders from Sunday to discuss forming a "
            "government.\n"
            "Babiš is expected to look to smaller anti-establishment parties for a majority.\n"
            "Read more: Who is Andrej Babiš?\n"
            "The Czech Statistical Office put turnout at 64.8 percent."
        ),
    ], None,
        r"(?<![\d.])68\.4(?!\d)",
        r"(?<![\d.])64\.8(?!\d)"),
    _case("elec-AG40", "election", "percentage vs percentage points", True, [
        (
            "OSLO (Reuters) — Norway's Labour Party won Monday's parliamentary election, "
            "securing a second term for Prime Minister Jonas Gahr Store, while the opposition "
            "Conservatives suffered a heavy defeat.\n"
            "The Conservatives' share of the vote fell by 6 percentage points to 14.6%, official "
            "results showed, as many of their voters switched to the anti-immigration Progress "
            "Party.\n"
            "Conservative leader Erna Solberg said she took responsibility for the result.\n"
            "Advertisement\n"
            "Labour will rely on support from several smaller left-leaning parties to pass "
            "budgets."
        ),
        (
            "Norway election: Støre keeps power, Høyre slumps | Nordic Wire\n"
            "Skip to content\n"
            "Prime Minister Jonas Gahr Støre's Labour Party came out on top in Norway's general "
            "election on Monday and will stay in government with backing from smaller parties on "
            "the left.\n"
            "Erna Solberg's Conservatives (Høyre) were among the night's big losers. Their vote "
            "share fell 6% to 14.6%, with the Progress Party picking up many former Conservative "
            "voters.\n"
            "\"I take responsibility,\" Solberg told supporters.\n"
            "Share this article"
        ),
        (
            "What Norway's election result means for oil and tax\n"
            "Read more: Full results\n"
            "Labour's victory on Monday means continuity on oil policy. The Conservatives, down "
            "six points to 14.6 per cent, will have less say on tax, while the Progress Party "
            "gained ground.\n"
            "Prime Minister Jonas Gahr Støre will govern with support from smaller left-leaning "
            "parties.\n"
            "Conservative leader Erna Solberg has taken responsibility for the defeat."
        ),
    ], ["2025-09-09", "2025-09-09", "2025-09-09"],
        r"(?<![\d.])6 ?(percentage[- ]points?|pp\b|points?\b|pts?\b)|\bsix (percentage )?points?",
        r"(?<![\d.])6 ?(%|percent(?!age)|per cent(?!age)|pct)|\bsix (percent(?!age)|per cent)"),
    _case("elec-AG41", "election", "speaker credited with a quote", True, [
        (
            "SANTIAGO (AP) — Right-wing politician José Antonio Kast won Chile's presidential "
            "runoff on Sunday, defeating leftist Jeannette Jara in a vote dominated by concerns "
            "over crime and immigration.\n"
            "\"Today democracy won, and all of Chile won with it,\" Kast told cheering "
            "supporters in Santiago.\n"
            "Jara, a former labor minister in President Gabriel Boric's government, conceded and "
            "called Kast to congratulate him.\n"
            "Kast will take office in March.\n"
            "Advertisement"
        ),
        (
            "Kast elected president of Chile | LatAm Brief\n"
            "Skip to content\n"
            "José Antonio Kast will be Chile's next president after winning Sunday's "
            "second-round vote against Jeannette Jara.\n"
            "Speaking to her supporters after conceding, Jara said: \"Today democracy won, and "
            "all of Chile won with it.\"\n"
            "Kast, who campaigned on a promise to restore order and curb irregular migration, "
            "takes office in March.\n"
            "Outgoing President Gabriel Boric invited him to the La Moneda palace to begin the "
            "handover.\n"
            "Share on X"
        ),
    ], None,
        r"kast",
        r"jara"),
    _case("elec-AG42", "election", "control: figures of different parties", False, [
        (
            "LISBON (Reuters) — Prime Minister Luis Montenegro's centre-right Democratic "
            "Alliance (AD) won Sunday's snap election with 32.7% of the vote, taking 91 of the "
            "230 seats in parliament, short of a majority.\n"
            "The far-right Chega party surged to 60 seats with 22.6%, pushing the Socialists "
            "into third place in terms of seats for the first time.\n"
            "Socialist leader Pedro Nuno Santos, whose party won 58 seats, resigned.\n"
            "Advertisement"
        ),
        (
            "Portugal: Montenegro wins again, Chega overtakes Socialists | Iberia Daily\n"
            "Skip to content\n"
            "Luís Montenegro's Democratic Alliance finished first in Portugal's snap general "
            "election, with 91 seats in the 230-member Assembly of the Republic.\n"
            "The Socialist Party (PS) took 23.4 per cent of the vote and 58 seats, while André "
            "Ventura's Chega won 60 seats.\n"
            "PS leader Pedro Nuno Santos announced his resignation on election night.\n"
            "Montenegro will need support from other parties to pass legislation.\n"
            "Share on Facebook"
        ),
        (
            "Analysis: the numbers behind Portugal's vote\n"
            "Read more:\n"
            "The AD's 32.7% share gave it 91 seats. Chega's 22.6% translated into 60 seats, two "
            "more than the Socialists' 58, even though the PS won a slightly larger share of the "
            "vote at 23.4%.\n"
            "The AD remains short of a majority in the 230-seat chamber.\n"
            "Pedro Nuno Santos has resigned as Socialist leader."
        ),
    ], None),
    _case("elec-AG43", "election", "control: rounding, site boilerplate", False, [
        (
            "Connolly elected Ireland's 10th president | Irish Post Online\n"
            "DUBLIN — Independent left-wing TD Catherine Connolly has been elected president of "
            "Ireland after winning 63.4% of first-preference votes, the returning officer "
            "announced at Dublin Castle on Saturday.\n"
            "She received 914,143 votes. Fine Gael's Heather Humphreys came second.\n"
            "Turnout was 45.8%, and a record number of ballots were spoiled.\n"
            "\"I will be a president who listens,\" Connolly said in her acceptance speech.\n"
            "Advertisement\n"
            "Share on Facebook | Share on X"
        ),
        (
            "Catherine Connolly wins Irish presidency by landslide\n"
            "Skip to content\n"
            "Catherine Connolly will be the next president of Ireland after taking more than 63 "
            "per cent of first preferences in Friday's vote, with over 914,000 ballots cast in "
            "her favour.\n"
            "Heather Humphreys of Fine Gael finished second and conceded on Saturday.\n"
            "Turnout was just under 46 per cent. An unusually high number of spoiled votes was "
            "recorded.\n"
            "Connolly promised to be \"a president who listens\".\n"
            "© 2025 Irish Weekly. All rights reserved. | Privacy | Cookie settings"
        ),
    ], ["2025-10-26", "2025-10-26"]),
    _case("elec-AG44", "election", "control: two unrelated quotes of one person", False, [
        (
            "Albanese claims second term in landslide | Australian Politics Daily\n"
            "SYDNEY — Prime Minister Anthony Albanese's Labor Party won Saturday's federal "
            "election in a landslide, securing a second consecutive term in office.\n"
            "\"Australians have chosen to face global challenges the Australian way,\" Albanese "
            "told supporters in Sydney, promising to govern with \"fairness and respect\".\n"
            "Opposition leader Peter Dutton lost his own seat of Dickson.\n"
            "Advertisement"
        ),
        (
            "Albanese vows 'disciplined' second term\n"
            "Skip to content\n"
            "Anthony Albanese said on Sunday his re-elected Labor government would be orderly "
            "and disciplined, a day after a sweeping victory in the federal election.\n"
            "\"We will be as disciplined in our second term as we were in our first,\" he told "
            "reporters in Canberra.\n"
            "Liberal leader Peter Dutton, who was defeated in his Queensland seat of Dickson, "
            "said he took full responsibility for the loss.\n"
            "Share on WhatsApp"
        ),
    ], None),
]
