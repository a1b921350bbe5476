"""Part SW of the story battery.

Written by engineer SW1 on 2026-12-06 (fourteenth session, fourth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py SW`.

Six whole stories (two court rulings, two US-China trade stories, two elections), each
told by three to five outlets in long articles; one control story (trade-SW2) carries no
planted disagreement. Every sentence was written for this battery.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "SW", "domain": domain, "articles": articles,
            "planted": planted}


def _art(outlet: str, published: str | None, paragraphs: list[str]) -> dict[str, Any]:
    return {"outlet": outlet, "published": published, "text": "\n\n".join(paragraphs)}


STORIES: list[dict[str, Any]] = [
    _story("court-SW1", "court", [
        _art("Capitol Wire Service", "2026-03-13", [
            "WASHINGTON (Capitol Wire) — A divided federal appeals court on Friday struck "
            "down the import surcharges President Donald Trump imposed last autumn under a "
            "Depression-era trade law, ruling 7-4 that the statute does not let the White "
            "House set duties of up to 50% on goods from nine countries.",
            "The full U.S. Court of Appeals for the Federal Circuit, sitting en banc, upheld "
            "a December decision by the Court of International Trade that found the "
            "surcharges unlawful. The duties will stay in force until April 24 so that the "
            "administration can ask the Supreme Court to step in, the court said in a brief "
            "order accompanying its 64-page opinion.",
            "At issue is Section 338 of the Tariff Act of 1930, which allows a president to "
            "raise duties on imports from countries that \"discriminate\" against American "
            "commerce. No president had invoked the provision until Trump did so in a "
            "proclamation that took effect on Oct. 1, 2025.",
            "\"Section 338 is a shield against discrimination, not a blank check for raising "
            "general revenue,\" Judge Miriam Castellano wrote for the majority. \"Congress did "
            "not hide an unlimited taxing power in a provision that sat unused for "
            "ninety-five years.\"",
            "In the principal dissent, Judge Theodore Brandt said courts had no business "
            "second-guessing a president's judgment about which trading partners treat U.S. "
            "exporters unfairly. \"The statute commits that finding to the President, and to "
            "him alone,\" Brandt wrote. Three other judges joined his opinion.",
            "The surcharges range from 15% to 50% and apply to goods from China, Brazil, "
            "India and six other countries. Importers had paid about $38.2 billion under the "
            "measure through the end of February, according to U.S. Customs and Border "
            "Protection figures cited in court filings.",
            "White House deputy press secretary Alana Reyes said the administration would "
            "seek review immediately. \"The President's authority to protect American workers "
            "from rigged foreign markets is clear, and we will take this fight to the Supreme "
            "Court,\" she said in a statement.",
            "The challenge was brought by five small importers, led by Vinterra Imports, an "
            "Albany, New York, wine distributor, and separately by a coalition of 12 states "
            "led by Oregon. The cases were consolidated on appeal.",
            "A three-judge panel of the trade court ruled unanimously on Dec. 19 that the "
            "proclamation went beyond the president's powers. The government appealed, and "
            "the Federal Circuit took the unusual step of hearing the case with all 11 of its "
            "active judges rather than a panel. Arguments were held on Feb. 3.",
            "The majority sent the question of refunds back to the trade court. Lawyers for "
            "the importers said they would seek repayment of the duties, with interest, once "
            "the ruling becomes final.",
            "The Section 338 surcharges are separate from the tariffs the administration has "
            "imposed on steel, aluminum and autos under Section 232 of the Trade Expansion "
            "Act of 1962, which the ruling does not affect. They are also distinct from the "
            "\"reciprocal\" duties announced in April 2025, which have been challenged in other "
            "litigation.",
            "Retail stocks rose after the decision was released shortly after 11 a.m. Eastern "
            "time, and the S&P 500 closed 0.6% higher.",
            "(Reporting by Lena Albrecht; editing by Tom Reyna)",
        ]),
        _art("Albany Evening Star", "2026-03-13", [
            "Albany wine importer wins tariff fight at federal appeals court | Albany Evening "
            "Star",
            "By Kevin Duarte, Staff Writer",
            "File photo: Celia Marchetti in the Vinterra Imports warehouse on Broadway in "
            "Albany.",
            "ALBANY — For Celia Marchetti, the news arrived as a text message from her lawyer "
            "at a quarter past eleven on Friday morning: \"We won. Seven to four.\"",
            "Marchetti's company, Vinterra Imports, a family-run wine distributor with 14 "
            "employees in Albany's warehouse district, was the lead plaintiff in the case "
            "that persuaded a federal appeals court to strike down the import surcharges "
            "President Donald Trump imposed last fall.",
            "The U.S. Court of Appeals for the Federal Circuit, hearing the case with all 11 "
            "of its active judges, ruled seven to four that Section 338 of the Tariff Act of "
            "1930 does not give the president power to impose the duties, which range from 15 "
            "to 50 percent on goods from nine countries.",
            "\"We are a small company. We were paying a tax that Congress never voted for, and "
            "today the court said so,\" Marchetti, 52, said in an interview at the warehouse, "
            "where pallets of Malbec from Argentina and Chenin Blanc from South Africa, two "
            "of the nine countries covered, were stacked almost to the ceiling.",
            "Since the surcharges took effect on Oct. 1, Vinterra has paid about $2.1 million "
            "in extra duties, Marchetti said, more than the company earned in profit in the "
            "previous three years combined. She froze hiring in November and dropped two "
            "South African producers from her catalog.",
            "Advertisement",
            "The ruling does not take effect right away. The court put it on hold until April "
            "24 to give the administration time to appeal to the U.S. Supreme Court, which "
            "the White House has said it will do.",
            "Judge Richard Halvorsen, who wrote the main dissent, argued that Congress had "
            "left it to the president to decide which countries discriminate against American "
            "goods, and that judges should not overrule that finding.",
            "Nationwide, importers have paid more than $38 billion under the surcharges, "
            "according to government figures. New York was one of 12 states, led by Oregon, "
            "that filed a parallel lawsuit; the two cases were combined on appeal.",
            "Marchetti's case started small. Her attorney, Jonah Pell of the Albany firm Pell "
            "& Ruiz, filed the complaint at the Court of International Trade in Manhattan in "
            "October, days after the first bills arrived. The trade court's three judges "
            "sided with the importers in December.",
            "\"Nobody thought a wine business from Albany would end up in front of eleven "
            "federal judges,\" Pell said. \"But the law is the law, whoever you are.\"",
            "Local business groups cheered the decision. Ramona Sills, president of the "
            "Capital Region Chamber of Commerce, said at least 40 member companies had been "
            "hit by the surcharges. \"This gives them a little room to breathe, even if it "
            "isn't over yet,\" she said.",
            "Marchetti said she was not celebrating yet. If the ruling stands, the trade "
            "court will decide how refunds are paid. \"I'll open the good bottle when the "
            "money is back in the account,\" she said.",
            "Read more: Capital Region manufacturers brace for higher steel costs",
            "Share on Facebook",
        ]),
        _art("The Northern Ledger", "2026-03-14", [
            "Appeals court rejects Section 338 surcharges, setting up Supreme Court showdown",
            "By Priya Raman and Douglas Whitcombe",
            "WASHINGTON — A federal appeals court on Friday dealt the most serious legal blow "
            "yet to the administration's newest tariff program, ruling that a 1930 statute "
            "used to impose surcharges on nine countries gives the president no such power.",
            "The decision by the U.S. Court of Appeals for the Federal Circuit, which heard "
            "the case en banc, sets up a likely confrontation at the Supreme Court this "
            "spring. A majority of seven judges agreed with the Court of International Trade, "
            "which had found in December that the surcharges were unlawful; four judges "
            "dissented.",
            "The appeals court said its ruling would not take effect until April 17, leaving "
            "the duties in place while the Justice Department prepares an emergency petition "
            "to the justices.",
            "The surcharges, of between 15% and 50%, were imposed under Section 338 of the "
            "Tariff Act of 1930 — the same Smoot-Hawley legislation that economists have long "
            "blamed for deepening the Great Depression. The provision lets a president "
            "retaliate against countries that \"discriminate\" against U.S. commerce, but it "
            "had never been used before Trump's proclamation last autumn.",
            "Writing for the majority, Judge Miriam Castellano called the provision \"a shield "
            "against discrimination, not a blank check for general revenue,\" and noted that "
            "administration officials had pointed to the money raised by the surcharges as a "
            "reason to keep them.",
            "Judge Theodore Brandt, in the principal dissent, accused the majority of "
            "substituting its own view of foreign trade practices for the president's. \"The "
            "statute commits that finding to the President, and to him alone,\" he wrote.",
            "The ruling does not touch the steel, aluminum and auto tariffs imposed under "
            "Section 232 of a 1962 law, which rest on national-security findings.",
            "The stakes are large. Importers had paid about $38 billion under the Section 338 "
            "measure by the end of February, and the Tax Policy Institute, a Washington "
            "research group, estimates that the surcharges cost the average household about "
            "$310 a year.",
            "\"The majority has drawn a line around the one tariff power that looked limitless "
            "on paper,\" said Nadia Feld, who teaches international trade law at Georgetown "
            "University. \"If the Supreme Court agrees, the administration's fallback options "
            "get much narrower.\"",
            "Administration officials argue the opposite. A White House spokeswoman, Alana "
            "Reyes, said on Friday that the president's authority \"to protect American "
            "workers from rigged foreign markets is clear\" and that the administration would "
            "\"take this fight to the Supreme Court.\"",
            "The plaintiffs — five small businesses led by an Albany, N.Y., wine importer, "
            "Vinterra Imports, and 12 states led by Oregon — argued that Section 338 was "
            "meant to allow targeted responses to specific discriminatory practices, not "
            "across-the-board duties of the kind imposed in October.",
            "The court did not decide how refunds should be handled, sending that question "
            "back to the trade court. Customs lawyers said the process could take many "
            "months, because most entries made since October have not yet been finally "
            "assessed.",
            "The Supreme Court's calendar is crowded. If the justices agree to hear the case "
            "quickly, arguments could come in late April or May, with a decision before the "
            "term ends in early summer.",
            "For now, businesses face a familiar limbo. \"Our members have been paying these "
            "surcharges for five and a half months,\" said Allen Ostrowski of the National "
            "Association of Import Retailers. \"They need to know whether they are getting "
            "that money back.\"",
        ]),
        _art("TradeDesk Insider", "2026-03-16", [
            "Section 338 struck down: what Friday's Federal Circuit ruling means for your "
            "entries - TradeDesk Insider",
            "Skip to content",
            "Posted by Marisol Tran, Customs & Compliance Editor",
            "If you import from any of the nine countries hit by the Section 338 surcharges, "
            "Friday's ruling from the Court of Appeals for the Federal Circuit (CAFC) is the "
            "most important trade-law development of the year so far. Here is what it does, "
            "and what it does not do.",
            "The short version: the CAFC, sitting en banc, affirmed the Court of "
            "International Trade (CIT) and held that Section 338 of the Tariff Act of 1930 "
            "does not authorize the surcharges proclaimed last year. But the ruling is stayed "
            "until April 24, and until then nothing changes at the border. Keep paying.",
            "The vote: this was close. The en banc court split 6-5, with Judge Miriam "
            "Castellano writing for the majority and Judge Theodore Brandt writing the lead "
            "dissent. A one-vote margin is one reason practitioners expect the Supreme Court "
            "to take the case.",
            "Rates and scope: the surcharges run from 15% on most covered goods to 50% on a "
            "list of products from three of the nine countries, and they stack on top of any "
            "Section 232 or Section 301 duties. CBP has collected roughly $38.2bn since the "
            "October 1, 2025 start date.",
            "What happens to refunds? The CAFC remanded the refund question to the CIT. "
            "Importantly, it did not limit relief to the named plaintiffs (Vinterra Imports "
            "and four other small importers, plus 12 states led by Oregon). But don't assume "
            "refunds will be automatic. Our advice:",
            "- File protests. If any of your Section 338 entries liquidate before a final "
            "decision, file a protest within 180 days of liquidation to preserve your claim.",
            "- Track entries. Pull an ACE report of every entry filed under the Chapter 99 "
            "surcharge heading since October 1.",
            "- Talk to your broker about post-summary corrections for entries that have not "
            "yet liquidated.",
            "Timeline recap: the surcharges took effect on October 1, 2025. Vinterra filed "
            "suit at the CIT in October; a three-judge CIT panel ruled against the government "
            "3-0 on December 19. The government appealed, the CAFC agreed to hear the case en "
            "banc, and oral argument took place February 3. Friday's opinion came just under "
            "six weeks later.",
            "What the government says: the White House has said it will seek Supreme Court "
            "review right away. Deputy press secretary Alana Reyes called the president's "
            "power to protect American workers from \"rigged foreign markets\" clear.",
            "What about other tariffs? The ruling is limited to Section 338. Section 232 "
            "tariffs on steel, aluminum, autos and parts, and Section 301 duties on Chinese "
            "goods, are unaffected.",
            "Our take: with a one-vote margin and a question of first impression, we think "
            "there is a real chance the Supreme Court grants a stay of its own and keeps the "
            "surcharges in force past April 24. Budget for that scenario, and keep your "
            "documentation tidy either way.",
            "Related coverage",
            "CIT panel rules Section 338 surcharges unlawful (Dec. 19, 2025)",
            "Section 338 FAQ for brokers",
        ]),
    ], [
        ("judges in majority", r"(?<![\d.])7(?![\d.])|\bseven\b", r"(?<![\d.])6(?![\d.])"),
        ("date stay lifted",
         r"april 24|24 april|apr\.? 24|2026-04-24",
         r"april 17|17 april|apr\.? 17|2026-04-17"),
        ("author of main dissent", r"brandt", r"halvorsen"),
    ]),
    _story("court-SW2", "court", [
        _art("Continental Press Agency", None, [
            "LUXEMBOURG (CPA) - The European Union's General Court on Wednesday upheld the "
            "bulk of a landmark antitrust decision against US software group Kestrel Systems "
            "but cut the fine imposed by the European Commission to €2.45bn from €3.2bn, "
            "saying Brussels had failed to prove one of the three practices it condemned.",
            "The Luxembourg-based court, the EU's second-highest, confirmed that Kestrel "
            "abused its dominant position in the distribution of apps on its Kestrel OS "
            "mobile platform between June 2017 and March 2022, by forcing developers to use "
            "its own in-app payment system and by barring them from telling users about "
            "cheaper offers elsewhere.",
            "However, the judges found that the Commission had not shown that a third "
            "practice — a clause that made Kestrel's own wallet the default payment method on "
            "new devices — was abusive, and they recalculated the penalty themselves, "
            "reducing it by €750mn.",
            "\"Today's judgment confirms that a platform that controls the door cannot also "
            "decide who pays to walk through it,\" EU competition commissioner Lucia Varga "
            "said in a statement. \"The core of our decision stands.\"",
            "Kestrel said it would study the ruling and \"consider all options, including an "
            "appeal\". A spokesman added that the company had \"already changed its practices "
            "in Europe to comply with the Digital Markets Act\".",
            "The case, registered as T-512/23, began with a complaint filed in March 2020 by "
            "the Swedish music-streaming service Tundra Audio, later joined by the Open Apps "
            "Alliance, a group that says it represents some 900 developers. The Commission "
            "opened a formal investigation in 2021 and adopted its decision in July 2023, "
            "when the €3.2bn penalty was among the largest it had ever imposed for an abuse "
            "of dominance.",
            "Tundra Audio welcomed the judgment. \"Developers have waited six years for this,\" "
            "chief executive Jonas Ekdahl said. \"We hope it finally ends the debate.\"",
            "Either side can appeal on points of law to the Court of Justice, the EU's top "
            "court, within two months and ten days.",
            "Kestrel, which reported revenue of about $390bn last year, was designated a "
            "\"gatekeeper\" under the Digital Markets Act in September 2023, and the law's "
            "obligations took effect in March 2024. The Commission is separately examining "
            "whether the company's new fee structure for developers in the EU complies with "
            "the DMA.",
            "Wednesday's ruling is the latest in a series of mixed results for the Commission "
            "in Luxembourg. Over the past five years the General Court has both confirmed "
            "multi-billion-euro penalties against large technology companies and annulled "
            "others outright for lack of evidence.",
            "Lawyers said the court's decision to set the new fine itself, rather than send "
            "the case back to the Commission, was significant. \"It gives everyone certainty "
            "on the number, which is unusual in cases of this size,\" said Pieter Vanlommel, a "
            "competition partner at a Brussels law firm who was not involved in the case.",
            "Shares in Kestrel were little changed in early trading in New York.",
        ]),
        _art("Brussels Insight", None, [
            "Kestrel ruling: General Court trims the fine, keeps the core of the case",
            "Brussels Insight | Competition",
            "The Commission can claim a solid, if not complete, victory. In a judgment handed "
            "down on Wednesday morning in Luxembourg, the General Court confirmed that "
            "Kestrel Systems abused its dominance on the Kestrel OS app platform, but found "
            "that Brussels had not made its case on one of the three practices it condemned "
            "in 2023. The fine falls accordingly, from €3.2 billion to €2.45 billion.",
            "What the court upheld",
            "Two of the three abuses survive intact. Between June 2017 and March 2022, the "
            "judges said, Kestrel unlawfully required developers of paid apps and in-app "
            "content to use its proprietary payment system, on which it charged a commission "
            "of up to 30%, and contractually prevented them from steering users to cheaper "
            "purchase options outside the app. The court agreed with the Commission that both "
            "practices harmed competition between music and e-book services in particular.",
            "What it struck down",
            "The Commission had also argued that Kestrel's practice of pre-setting its own "
            "wallet as the default payment method on new devices was abusive. The court "
            "disagreed, saying the decision relied on \"assertions rather than evidence\" about "
            "how many users actually switched. Because the Commission had calculated the fine "
            "on all three practices together, the judges recalculated it themselves — a power "
            "they use only occasionally — cutting roughly 23% off the original amount.",
            "The reaction",
            "A Commission spokesperson, Arianna Podestà, said the ruling showed \"that a "
            "platform that controls the door cannot also decide who pays to walk through it\", "
            "adding: \"The core of our decision stands.\" Kestrel said it would consider an "
            "appeal. The complainants, led by the Swedish streaming service Tundra Audio and "
            "the Open Apps Alliance, hailed the result as vindication after a case that has "
            "run for six years.",
            "Why it matters",
            "The judgment lands as the Commission shifts from classic antitrust enforcement "
            "towards the Digital Markets Act, which since March 2024 has imposed ex-ante "
            "obligations on gatekeepers, including Kestrel. Officials have argued that DMA "
            "proceedings are faster, but cases such as this one show that the older tools "
            "still have teeth. Several other Article 102 cases against large platforms are "
            "pending in Luxembourg.",
            "It also matters for the money. Fines go into the EU budget and reduce member "
            "states' contributions. Companies usually provide a bank guarantee or pay "
            "provisionally while they litigate, so the €750 million difference will only be "
            "released once any appeal is resolved.",
            "Next steps",
            "Both parties have two months and ten days to appeal to the Court of Justice on "
            "points of law. Given the amount at stake and the novelty of the court's "
            "reasoning on default settings, an appeal by at least one side seems likely. A "
            "ruling from the Court of Justice would probably not come before 2028.",
            "Our view",
            "The court's insistence on evidence about user behaviour is a warning for DMA "
            "enforcement too, where the Commission is currently assessing choice screens and "
            "default settings on several platforms. Expect Kestrel's lawyers to cite this "
            "judgment in those proceedings, and expect the Commission to invest more in "
            "consumer surveys before its next decision of this kind.",
            "Subscribe to Brussels Insight for weekly analysis of EU competition policy.",
        ]),
        _art("The Tech Ledger", None, [
            "EU court cuts Kestrel's antitrust fine but upholds app store ruling",
            "By Marcus Lindqvist",
            "Kestrel Systems | Policy | Europe",
            "Share on X   Share on LinkedIn",
            "Europe's second-highest court handed Kestrel Systems a partial win on Wednesday, "
            "lowering the fine the company must pay for abusing its control over the Kestrel "
            "OS app store but leaving the heart of the European Commission's 2023 case in "
            "place.",
            "The General Court in Luxembourg reduced the penalty to €2.54 billion (about $2.9 "
            "billion), from the €3.2 billion the Commission imposed in July 2023. The judges "
            "agreed that Kestrel broke EU competition law by making developers use its in-app "
            "payment system, which takes a cut of up to 30% of each purchase, and by gagging "
            "them from pointing users to cheaper deals on the web. They threw out a third "
            "finding, about Kestrel's wallet being set as the default payment option on new "
            "phones, for lack of evidence.",
            "In a statement, Kestrel said it was \"reviewing the decision carefully\" and would "
            "weigh \"all options, including an appeal to the Court of Justice.\" The company "
            "noted that it has already overhauled its European app store rules to comply with "
            "the Digital Markets Act, the EU's newer tech competition law.",
            "EU competition chief Lucia Varga welcomed the outcome, saying the \"core of our "
            "decision stands.\"",
            "The ruling matters beyond Europe. Regulators in the UK, Japan, South Korea and "
            "several US states have challenged similar app store rules, and Kestrel's "
            "competitors have pointed to the Commission's case in their own lawsuits. In the "
            "US, a federal judge in California ordered Kestrel last year to let developers "
            "link to outside payment options, a ruling the company is appealing.",
            "For developers, not much changes right away. Kestrel's current EU terms, "
            "introduced in March 2024 when the DMA's obligations kicked in, already let "
            "developers use alternative payment processors, although critics say the fees "
            "attached make that option unattractive.",
            "\"This is the right outcome, but it's six years late,\" said Jonas Ekdahl, chief "
            "executive of the Swedish music-streaming service Tundra Audio, whose 2020 "
            "complaint started the case. \"A whole generation of startups paid Kestrel's tax "
            "in the meantime.\"",
            "Kestrel, among the world's most valuable companies, brought in about $390 "
            "billion in revenue last year. Even the reduced fine amounts to less than half a "
            "week of sales.",
            "The company's shares barely moved on the news. Analysts at several brokerages "
            "said investors had expected a cut and were more focused on the Commission's "
            "pending DMA investigation into Kestrel's developer fees, which could lead to "
            "penalties of up to 10% of global turnover.",
            "Both Kestrel and the Commission can appeal to the EU's top court, the Court of "
            "Justice, within two months and ten days.",
            "Read more: Kestrel faces new DMA probe over developer fees",
            "Advertisement",
        ]),
        _art("Daily Meridian", None, [
            "EU court slashes Kestrel fine but rules tech giant did abuse app dominance | "
            "Daily Meridian",
            "By Helen Carver, Technology Correspondent",
            "Kestrel Systems has had its €3.2bn European fine cut by three-quarters of a "
            "billion euros — but lost its attempt to overturn the finding that it bullied app "
            "developers.",
            "The General Court of the European Union, sitting in Luxembourg, said on "
            "Wednesday that the European Commission had been right to conclude that the "
            "American tech company abused its dominant position on its Kestrel OS mobile "
            "platform between 2019 and 2022.",
            "But the court said officials in Brussels had failed to prove that a third "
            "practice, setting Kestrel's own wallet as the default way to pay on new "
            "smartphones, broke the rules. It reduced the fine from €3.2bn to €2.45bn, about "
            "£2.1bn.",
            "\"Today's judgment confirms that a platform that controls the door cannot also "
            "decide who pays to walk through it,\" said Lucia Varga, the EU's competition "
            "commissioner.",
            "The decision is likely to be studied closely in London, where the Competition "
            "and Markets Authority has designated Kestrel as having \"strategic market status\" "
            "in mobile platforms under the new digital competition regime, giving the "
            "regulator power to impose conduct requirements on the company.",
            "Kestrel said: \"We will review the judgment carefully and consider our options, "
            "including an appeal.\" It pointed out that it had changed its app store rules in "
            "Europe in 2024.",
            "The case was brought by the Swedish music-streaming firm Tundra Audio, which "
            "complained that Kestrel charged rivals a commission of up to 30 per cent on "
            "subscriptions sold through its app store while promoting its own music service, "
            "Kestrel Tunes, free of such charges.",
            "Jonas Ekdahl, Tundra's chief executive, said: \"Developers have waited six years "
            "for this. We hope it finally ends the argument.\"",
            "Analysts said the ruling removed some uncertainty for Kestrel investors. \"The "
            "market had priced in a reduction, and this is roughly what it expected,\" said "
            "Fiona Mackie of the City brokerage Ashdown Partners. Shares in Kestrel were "
            "little changed in New York.",
            "The company has two months and ten days to lodge an appeal with the Court of "
            "Justice, the EU's highest court. The Commission can also appeal.",
            "It is the latest in a long series of legal battles between Brussels and Silicon "
            "Valley. The Commission has imposed more than €10bn in antitrust fines on large "
            "US technology companies over the past decade, with mixed success in the courts, "
            "and now has the Digital Markets Act as a second weapon.",
            "British developers said they hoped the CMA would move faster than Brussels. \"We "
            "cannot wait another six years for a British version of this,\" said Tom Ashworth "
            "of the UK App Makers Association, which represents about 300 small studios.",
        ]),
    ], [
        ("fine amount",
         r"(?<![\d.])2[.,]45(?!\d)|2,450|2450",
         r"(?<![\d.])2[.,]54(?!\d)|2,540|2540"),
        ("start year of abuse", r"2017", r"2019"),
        ("quote speaker", r"varga", r"podest"),
    ]),
    _story("trade-SW1", "trade", [
        _art("Eurasia Newswire", None, [
            "VIENNA (Eurasia Newswire) — The United States and China agreed in principle on "
            "Tuesday to extend for another year the trade truce struck by their leaders in "
            "Busan in October 2025, after two days of talks in Vienna that officials on both "
            "sides described as long but productive.",
            "The extension, which still needs the approval of Presidents Donald Trump and Xi "
            "Jinping, would keep in place until November 10, 2027 the suspension of a 24% "
            "additional U.S. tariff on Chinese goods and Beijing's suspension of sweeping "
            "export controls on rare earths, both of which are due to expire on November 10.",
            "U.S. Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer "
            "led the American side. China's delegation was headed by Vice Premier He Lifeng, "
            "accompanied by the country's international trade representative, Li Chenggang.",
            "The talks, held at a conference centre in the Hofburg palace, ran for more than "
            "11 hours over Monday and Tuesday, according to a U.S. official, with a Monday "
            "session of about seven hours followed by a shorter meeting on Tuesday morning.",
            "\"We had long, candid and productive discussions, and I believe we have the basis "
            "for a recommendation to our two presidents,\" Bessent told reporters after the "
            "talks ended. Li said the discussions had been \"in-depth, frank and "
            "constructive.\"",
            "The two sides released a joint statement at 7 p.m. Vienna time (1 p.m. in "
            "Washington; 1 a.m. Wednesday in Beijing), saying they would \"continue to "
            "implement in good faith\" the commitments made in Busan, including China's pledge "
            "to buy at least 25 million tonnes of U.S. soybeans a year through 2028.",
            "The next round of talks will be held in Washington in January, the statement "
            "said.",
            "Under current arrangements, the United States applies additional tariffs of 20% "
            "on most Chinese goods — a 10% \"reciprocal\" duty and a 10% levy linked to "
            "fentanyl — on top of duties that predate 2025. China applies a 10% additional "
            "tariff on U.S. goods.",
            "The Vienna meeting was the sixth round of talks between the two economic teams "
            "since May 2025, when a meeting in Geneva brought U.S. tariffs on Chinese goods "
            "down from 145% to 30% and ended a spiral of tit-for-tat increases. Later rounds "
            "took place in London, Stockholm, Madrid and Kuala Lumpur, the last of which "
            "prepared the Busan summit.",
            "Officials said the Vienna talks also covered U.S. export licences for "
            "semiconductors, Chinese purchases of Boeing aircraft and the port fees the two "
            "countries imposed on each other's ships in 2025 before suspending them. No "
            "agreement was announced on those issues.",
            "Financial markets reacted calmly. The yuan was little changed and U.S. stocks "
            "edged higher after the statement.",
            "Business groups welcomed the outcome but said a rolling series of one-year "
            "extensions was no substitute for a durable agreement. \"Companies make investment "
            "decisions on a five- or ten-year horizon,\" said Carla Mendes of the US-China "
            "Business Forum. \"A truce that has to be renewed every autumn is better than a "
            "trade war, but it is not a strategy.\"",
        ]),
        _art("Harbour Times", None, [
            "Vienna talks: Beijing and Washington agree to roll over trade truce for a year | "
            "Harbour Times",
            "China and the United States have agreed in principle to extend their trade truce "
            "by a further 12 months, the two sides said early on Wednesday Hong Kong time, "
            "following two days of negotiations in the Austrian capital.",
            "Vice-Premier He Lifeng, China's top economic official, led Beijing's team, while "
            "US Treasury Secretary Scott Bessent and US Trade Representative Jamieson Greer "
            "headed the American delegation. The negotiators met for roughly eight hours in "
            "total on Monday and Tuesday, according to people briefed on the talks.",
            "In a joint statement issued at 1am Beijing time, the two sides said they would "
            "recommend to their presidents that the arrangements reached at the Busan summit "
            "in October last year be extended until 10 November 2027. Those arrangements "
            "include Washington's suspension of a 24 per cent additional \"reciprocal\" tariff "
            "on Chinese goods and Beijing's pause of export controls on rare earths and "
            "related technologies announced in October 2025.",
            "Xinhua, the state news agency, quoted He as saying that both sides should "
            "\"cherish the hard-won stability\" in economic and trade relations and \"meet each "
            "other halfway\" on the remaining disputes. Li Chenggang, China's international "
            "trade representative and a vice-minister of commerce, described the talks as "
            "\"in-depth, candid and constructive\".",
            "Analysts in Hong Kong said the outcome was largely expected. \"Neither side wants "
            "a return to triple-digit tariffs,\" said Winnie Cheung, chief Greater China "
            "economist at Lantau Capital. \"The question was always whether they would roll it "
            "over for six months or a year, and a year is the better result for markets.\"",
            "The Hang Seng Index rose 0.8 per cent in morning trade on Wednesday, led by "
            "exporters and chip stocks, while the offshore yuan was steady at about 7.08 per "
            "US dollar.",
            "The talks did not produce agreement on American export restrictions on advanced "
            "semiconductors, a key Chinese demand, or on Washington's call for Beijing to act "
            "more aggressively against exports of chemicals used to make fentanyl. Officials "
            "said those issues would be taken up at the next round, to be held in Washington "
            "in January.",
            "At present the US charges an extra 20 per cent on most Chinese imports, made up "
            "of a 10 per cent reciprocal levy and a further 10 per cent tied to fentanyl, "
            "while China imposes an additional 10 per cent on American goods.",
            "Relations have steadied markedly since the spring of 2025, when tariffs on both "
            "sides exceeded 100 per cent and trade between the world's two biggest economies "
            "briefly slumped. A meeting in Geneva in May that year lowered US duties on "
            "Chinese goods from 145 per cent to 30 per cent, and four more rounds — in "
            "London, Stockholm, Madrid and Kuala Lumpur — followed before President Xi "
            "Jinping and President Donald Trump met in the South Korean city of Busan on 30 "
            "October 2025.",
            "Trump made a state visit to Beijing in April this year, and Xi is expected to "
            "travel to the United States before the end of next year. The Vienna meeting was "
            "the sixth round of talks between the two economic teams.",
            "For Hong Kong's traders, the extension offers a reprieve before the busy "
            "pre-Christmas shipping season. \"Our customers had been asking whether to "
            "front-load orders again,\" said Raymond Tsang, who runs a toy export business in "
            "Kwun Tong. \"Now we can tell them to relax, at least for this year.\"",
            "Additional reporting by Kelvin Ng",
        ]),
        _art("Midwest Farm Report", None, [
            "US, China agree to extend trade truce; soybean commitments stay in place",
            "Farmers across the Corn Belt got a measure of reassurance this week as U.S. and "
            "Chinese negotiators agreed to extend for another year the trade truce that "
            "reopened China's market to American soybeans.",
            "After two days of meetings in Vienna, Austria, Treasury Secretary Scott Bessent "
            "and U.S. Trade Representative Jamieson Greer reached an agreement in principle "
            "with China's Vice Premier He Lifeng to roll over the deal the two countries' "
            "leaders struck in Busan, South Korea, last October. Presidents Trump and Xi "
            "still have to sign off.",
            "The key point for growers: China reaffirmed its commitment to buy at least 25 "
            "million metric tons of U.S. soybeans a year through 2028. That is roughly 919 "
            "million bushels, a figure that would put China back near the top of the customer "
            "list for U.S. beans.",
            "Through early October, Chinese buyers had purchased about 19 million tons of "
            "U.S. soybeans for the 2026 calendar year, according to USDA export sales data, "
            "leaving a gap that traders expect to close during the peak shipping months from "
            "Gulf and Pacific Northwest ports.",
            "\"We spent most of 2025 wondering if we'd have a buyer at all,\" said Dale "
            "Kinsella, who farms 2,400 acres of corn and soybeans near Fort Dodge, Iowa. \"A "
            "one-year extension isn't forever, but it lets me plan for next spring.\"",
            "The agreement also keeps in place the suspension of a 24% U.S. tariff on Chinese "
            "goods, part of what the administration calls reciprocal tariffs. China, in turn, "
            "keeps on hold export controls on rare-earth minerals that U.S. makers of "
            "tractors, motors and electronics rely on. Both suspensions had been due to lapse "
            "Nov. 10.",
            "China still charges an extra 10% tariff on U.S. goods generally, and the United "
            "States charges 20% on most Chinese imports.",
            "Soybean futures on the Chicago Board of Trade rose about 9 cents a bushel on the "
            "news, with the November contract settling near $10.62.",
            "Bessent called the talks \"long, candid and productive\" and said negotiators "
            "would meet again in Beijing in January to work on remaining issues, including "
            "Chinese purchases of other farm goods such as sorghum and wheat.",
            "Farm groups welcomed the news but urged the administration to make the purchase "
            "commitments more durable. \"Our members need more than twelve months of "
            "certainty,\" said Renee Albright, president of the Iowa Soybean Producers "
            "Council. \"We'd like to see these targets written into a longer-term agreement.\"",
            "Background: U.S. soybean exports to China collapsed in 2025 as Chinese buyers "
            "shifted purchases to Brazil during the tariff fight. China bought almost no "
            "soybeans from the 2025 U.S. harvest until the Busan deal at the end of October "
            "2025, when it agreed to buy 12 million tons before the end of that year.",
            "Market analysts cautioned that the purchase pledge has never been written into a "
            "formal, published agreement, and that China's actual buying has tended to follow "
            "price. \"When Brazilian beans are cheaper, the pace slows,\" said Tom Brandvold, a "
            "grain marketing adviser in Mankato, Minnesota. \"Farmers shouldn't take the 25 "
            "million as a floor.\"",
            "Related: Harvest 2026 — yields, basis and storage outlook",
        ]),
        _art("MarketPulse Daily", None, [
            "US-China truce extension: what it means for markets - MarketPulse Daily",
            "By Ethan Cole | Macro",
            "Advertisement",
            "Markets got the outcome they wanted from Vienna. The U.S. and China said they'll "
            "recommend extending their tariff truce for another 12 months, to Nov. 10, 2027, "
            "removing the biggest near-term tail risk for China-exposed equities.",
            "The headline numbers: nothing changes in tariff rates, which is the point. The "
            "U.S. keeps its additional levy on most Chinese goods at 20% (10% reciprocal + "
            "10% fentanyl-related), and the 24% reciprocal layer stays suspended. China keeps "
            "its 10% extra tariff on U.S. goods and its pause on rare-earth export controls.",
            "Who was in the room: Treasury Sec. Scott Bessent and USTR Jamieson Greer led for "
            "Washington. On the Chinese side, Commerce Minister Wang Wentao led the "
            "delegation, with trade negotiator Li Chenggang alongside.",
            "The talks ran more than 11 hours over two days, per a U.S. official, which tells "
            "you the sides had plenty to argue about even if the outcome was a rollover.",
            "Timing: the joint statement hit at 1 p.m. ET on Tuesday, during the U.S. "
            "session. The S&P 500 ticked up 0.3% in the following hour, and the Philadelphia "
            "Semiconductor Index gained 1.1% by the close.",
            "What was not agreed: no movement on chip export controls. Beijing wants "
            "relaxation of U.S. restrictions on advanced AI processors; Washington wants more "
            "action on fentanyl precursors. Both sides said those topics go to the next "
            "round, in Washington in January.",
            "Our read:",
            "- Rates: a one-year rollover removes a November cliff. We had put 25% odds on a "
            "lapse; that risk is now close to zero, pending leader sign-off.",
            "- FX: the yuan was stable; we see USD/CNY range-bound near 7.08 into year-end.",
            "- Equities: China-exposed U.S. industrials and agriculture names (think farm "
            "equipment makers and grain traders) are the biggest beneficiaries. Soybean "
            "futures rose on the news.",
            "- Risks: the truce is a pause, not a deal. Port fees, chip licences and Boeing "
            "orders remain open, and any new U.S. export-control action could sour the mood "
            "quickly.",
            "Context: this was the sixth meeting of the two economic teams since Geneva in "
            "May 2025, where the U.S. cut tariffs on Chinese goods from 145% to 30%. Trump's "
            "April visit to Beijing kept relations stable through the summer, and the Busan "
            "arrangements have largely held, with China resuming soybean purchases and the "
            "U.S. keeping its entity-list affiliates rule on ice.",
            "Bottom line: we stay overweight China-exposed cyclicals into year-end, but would "
            "trim into any rally above last month's highs.",
            "Not investment advice.",
            "Related: Soybean futures jump on truce extension",
        ]),
    ], [
        ("head of chinese delegation",
         r"he lifeng|vice[- ]premier",
         r"wang wentao|commerce minister"),
        ("talks duration",
         r"(?<![\d.])11 ?(hours?|hrs?|h\b)|eleven hours",
         r"(?<![\d.])8 ?(hours?|hrs?|h\b)|eight hours"),
        ("venue of next round", r"washington", r"beijing"),
    ]),
    _story("trade-SW2", "trade", [
        _art("Atlantic Wire", "2026-05-19", [
            "WASHINGTON (Atlantic Wire) — The U.S. Commerce Department on Tuesday tightened "
            "export controls on chipmaking technology bound for China, adding 24 Chinese "
            "companies to a trade blacklist and requiring licenses for shipments of key "
            "components used in advanced manufacturing tools.",
            "The department's Bureau of Industry and Security said the new rules target "
            "\"subsystems and components\" — including specialized vacuum, laser and "
            "precision-motion modules — that Chinese firms have been importing to build or "
            "repair equipment they can no longer buy whole from U.S. suppliers.",
            "\"We will not allow American technology to be used to build the military "
            "capabilities of our adversaries,\" the department said in a statement released at "
            "about 4 p.m. Washington time.",
            "The companies added to the Entity List include two subsidiaries of Semiconductor "
            "Manufacturing International Corp., China's largest contract chipmaker, and a "
            "Shanghai-based developer of lithography systems, according to the announcement. "
            "Suppliers will need a license to ship any U.S.-regulated items to them, and "
            "applications will be reviewed under a presumption of denial.",
            "The rule will take effect when it is published in the Federal Register, which is "
            "expected on Thursday. Shipments already in transit will have 30 days to reach "
            "their destination under the old rules.",
            "A senior department official, briefing reporters on condition of anonymity, said "
            "the measures did not affect existing licenses that allow U.S. companies to sell "
            "certain less advanced artificial-intelligence chips to China in exchange for "
            "paying 15% of the revenue to the U.S. government.",
            "The official also said the action was \"narrowly targeted\" and was not intended "
            "to undermine the trade truce agreed between President Donald Trump and Chinese "
            "President Xi Jinping in October 2025. Under that arrangement, Washington "
            "suspended for one year a rule extending blacklist restrictions to companies 50% "
            "or more owned by listed firms, and Beijing paused sweeping controls on "
            "rare-earth exports.",
            "There was no immediate response from the Chinese Embassy in Washington. It was "
            "already early Wednesday morning in Beijing when the rules were announced.",
            "Export controls on semiconductors have been a central front in the technology "
            "rivalry between the two countries since October 2022, when the Biden "
            "administration first restricted sales of advanced chips and chipmaking equipment "
            "to China. Those rules were expanded in October 2023 and again in December 2024, "
            "when 140 entities were added to the blacklist in a single action.",
            "Chinese imports of chipmaking equipment have nonetheless remained high, as "
            "companies stockpiled tools ahead of expected restrictions and domestic suppliers "
            "expanded. Industry analysts estimate that Chinese firms spent about $41 billion "
            "on such equipment last year.",
            "Lawmakers on the House select committee on China, who have pressed the "
            "department for months to act on the trade in parts, welcomed the move but said "
            "it came late. \"Every month we waited, more of these components crossed the "
            "Pacific,\" one committee aide said.",
        ]),
        _art("The Pacific Standard", "2026-05-20", [
            "U.S. targets chip-tool parts in new China export curbs; Beijing vows response",
            "By Adrienne Cho and Samuel Ortiz",
            "WASHINGTON — The Trump administration has opened a new front in its effort to "
            "slow China's semiconductor industry, going after the spare parts and modules "
            "that keep Chinese chip factories running rather than the finished machines "
            "themselves.",
            "The rules, announced by the Commerce Department at 4 p.m. EDT on Tuesday, "
            "require suppliers to obtain licenses before shipping certain subsystems for "
            "chipmaking tools to China, and add 24 Chinese companies to the department's "
            "Entity List.",
            "Beijing responded on Wednesday. China's Ministry of Commerce said in a statement "
            "that it \"firmly opposes\" what it called Washington's \"abuse of export control "
            "measures\" and would \"take necessary measures to safeguard the legitimate rights "
            "and interests of Chinese enterprises.\" A ministry spokeswoman, Lin Shuyan, said "
            "at a regular briefing that the move \"runs counter to the consensus\" reached by "
            "the two countries' leaders.",
            "Officials and industry executives said the target was a workaround that had "
            "become increasingly important to Chinese chipmakers. Since the first sweeping "
            "U.S. controls in October 2022, Chinese companies have found it hard to buy "
            "complete advanced tools from American firms, but have continued to import "
            "components such as precision stages, lasers and vacuum modules, which local "
            "engineers use to maintain or assemble equipment.",
            "\"This is about closing the back door,\" said Gregory Lam, a former Commerce "
            "Department official now at the Center for Technology Policy in Washington. \"The "
            "front door was shut years ago, but the parts kept flowing.\"",
            "Among the companies added to the list are two subsidiaries of SMIC, the "
            "country's leading chip foundry. Shares of SMIC fell about 4% in Hong Kong on "
            "Wednesday.",
            "The timing is delicate. Trump and Xi agreed in October 2025 in Busan, South "
            "Korea, to a one-year truce under which the United States suspended some export "
            "restrictions and China paused its own controls on rare earths. Administration "
            "officials insisted that the new rules are consistent with that deal, which did "
            "not cover additions to the Entity List.",
            "Some in the chip industry worry about retaliation. China controls most of the "
            "world's processing of rare earths and gallium, and it has in the past responded "
            "to U.S. chip controls with export restrictions on critical minerals.",
            "The new rules do not change the arrangement under which some American chip "
            "designers sell lower-end AI processors to China under license and pay 15 percent "
            "of the revenue to the federal government, a Commerce official said.",
            "Industry groups were cautious. The Semiconductor Equipment Alliance, which "
            "represents toolmakers, said it was studying the rule and warned that \"unilateral "
            "controls risk handing market share to competitors in Japan and the Netherlands.\"",
            "The rule takes effect upon publication in the Federal Register, which the "
            "department said would come later this week, with a 30-day grace period for "
            "shipments already on their way.",
            "For the companies named, the practical effect may be limited in the short term. "
            "Several have spent the past two years building inventories of spare parts, "
            "according to two people who advise Chinese chipmakers on procurement. \"They knew "
            "this was coming,\" one of them said. \"The question is how long the stockpiles "
            "last.\"",
        ]),
        _art("Orient Business Post", "2026-05-20", [
            "Beijing vows 'necessary measures' after new US chip curbs | Orient Business Post",
            "BEIJING — China's commerce ministry said on Wednesday it would take \"necessary "
            "measures\" to protect Chinese companies after the United States added 24 Chinese "
            "entities to its export blacklist and tightened controls on parts for "
            "semiconductor equipment.",
            "The US measures were announced in Washington on Tuesday afternoon, at about 4am "
            "on Wednesday Beijing time.",
            "\"China firmly opposes the US side's abuse of export controls and its repeated "
            "overstretching of the concept of national security,\" the Ministry of Commerce "
            "(MOFCOM) said, adding that it would \"resolutely safeguard the legitimate rights "
            "and interests of Chinese enterprises\". Spokesperson Lin Shuyan told a press "
            "conference in the afternoon that the action \"runs counter to the important "
            "consensus reached by the two heads of state\".",
            "Shares of Semiconductor Manufacturing International Corporation dropped 4.1 per "
            "cent in Hong Kong, while its peer Hua Hong Semiconductor fell 2.7 per cent. The "
            "Hang Seng Tech index ended 1.3 per cent lower.",
            "Among the entities listed are two SMIC subsidiaries and a Shanghai company "
            "developing lithography machines, a technology in which China has been racing to "
            "reduce its dependence on Dutch and Japanese suppliers.",
            "Analysts in Beijing said the response had so far been measured. \"MOFCOM's "
            "language is strong but standard. There is no announcement of countermeasures "
            "yet, which suggests Beijing wants to protect the truce,\" said Zhou Lan, a "
            "researcher at the Huaxin Trade Research Centre.",
            "The truce, agreed by President Xi Jinping and President Donald Trump in Busan in "
            "October 2025, suspended for a year China's expanded export controls on rare "
            "earths, as well as a US rule that would have extended entity-list restrictions "
            "to subsidiaries at least 50 per cent owned by listed companies.",
            "China has in recent years built up its own export-control regime, including an "
            "export control law that took effect in December 2020 and licence requirements "
            "for gallium, germanium, graphite and several rare-earth elements. Any "
            "retaliation could draw on those tools.",
            "Chinese purchases of chipmaking equipment reached about US$41 billion last year, "
            "according to industry estimates, as domestic chipmakers stockpiled tools.",
            "US officials have described the measures as \"narrowly targeted\". The new licence "
            "requirement covers subsystems and components for advanced semiconductor "
            "manufacturing equipment, and applications for exports to the listed firms will "
            "be reviewed under a presumption of denial.",
            "Existing arrangements under which some US chip companies sell less advanced AI "
            "chips to China while paying 15 per cent of the revenue to the US government are "
            "unaffected, according to US officials.",
            "Domestic equipment makers rose on expectations of more orders. Naura Technology "
            "and AMEC both gained in Shanghai trading, as investors bet that Chinese fabs "
            "would turn further to local suppliers for parts now harder to obtain from the "
            "US.",
            "Read more: China's chip equipment makers race to fill the gap",
        ]),
        _art("ChipTrade Monitor", "2026-05-21", [
            "Federal Register notice: BIS entity listing grows to 27 Chinese firms; parts "
            "rule in force - ChipTrade Monitor",
            "By Ravi Menon, Export Controls Analyst",
            "The Bureau of Industry and Security's new China rules were formally published in "
            "the Federal Register this morning (Thursday, May 21), and there is one notable "
            "change from Tuesday's announcement: the final notice adds 27 Chinese entities to "
            "the Entity List, three more than the 24 that BIS announced on Tuesday. The three "
            "late additions are subsidiaries of one of the originally named firms, a "
            "lithography developer based in Shanghai.",
            "Timeline for compliance teams:",
            "- Tuesday, May 19, 20:00 GMT (4 p.m. EDT): BIS press release and fact sheet.",
            "- Wednesday, May 20, afternoon Beijing time: MOFCOM statement opposing the "
            "measures.",
            "- Thursday, May 21: Federal Register publication; the rule is effective on "
            "publication.",
            "- A 30-day grace period applies to items already in transit on publication.",
            "What the rule covers: the headline is a new licence requirement for exports, "
            "re-exports and in-country transfers to China of subsystems and components "
            "\"specially designed\" for advanced chipmaking tools — think wafer-stage modules, "
            "light-source assemblies and high-precision vacuum components. Licence "
            "applications will be reviewed case by case for most end users, but under a "
            "presumption of denial for listed entities.",
            "The Entity List additions: beyond the lithography developer and its three "
            "subsidiaries, the 27 names include two SMIC subsidiaries, several "
            "equipment-servicing companies, and a handful of trading firms that BIS says "
            "acted as procurement fronts.",
            "What's not changing: the 50% \"affiliates rule\" remains suspended under the "
            "October 2025 truce terms, and the existing licences for lower-end AI "
            "accelerators — under which sellers remit 15% of China revenue to the U.S. "
            "government — are untouched.",
            "Market reaction: SMIC fell 4.1% in Hong Kong on Wednesday and Hua Hong lost "
            "2.7%. U.S. toolmakers ended Wednesday's session mostly flat.",
            "Context: this is the fourth major round of China-focused semiconductor controls "
            "since the October 7, 2022 rules, following the October 17, 2023 update and the "
            "December 2, 2024 package, which added 140 entities. Chinese fabs spent an "
            "estimated $41bn on equipment in 2025.",
            "Our take: BIS is going after the maintenance pipeline, which matters more than "
            "new tool sales for fabs already running at scale. Expect Beijing's response to "
            "lean on the rare-earth licensing tools that are still in place despite the "
            "truce. Compliance teams should check distributor networks for any of the three "
            "newly added subsidiaries, which were not on Tuesday's list.",
            "We'll update this post as BIS publishes FAQs.",
            "Advertisement",
        ]),
    ], []),
    _story("elec-SW1", "election", [
        _art("National Press Wire", "2026-12-01", [
            "EASTBROOK (National Press Wire) — City Council President Dana Whitfield was "
            "elected mayor of Eastbrook on Tuesday, defeating former state Sen. Marcus "
            "Oyelaran in a run-off that capped a costly and often bitter campaign to lead the "
            "state's fourth-largest city.",
            "With 96% of precincts reporting, Whitfield had 52.8% of the vote to Oyelaran's "
            "47.2%, a lead of about 4,500 votes, according to unofficial returns from the "
            "Eastbrook County Board of Elections. National Press Wire declared her the winner "
            "at 10:25 p.m.",
            "Oyelaran conceded in a phone call to Whitfield at about 10:40 p.m. and told "
            "supporters at a downtown hotel that he would \"help her succeed, because this "
            "city needs her to succeed.\"",
            "Whitfield, 47, will succeed Mayor Gloria Banks, who was barred by term limits "
            "from seeking a third term. She will be sworn in on Jan. 4.",
            "\"Eastbrook voted tonight to build, not to tear down,\" Whitfield told a cheering "
            "crowd at the Union Hall on Mercer Street. \"We are going to fix the housing "
            "crisis, we are going to put more officers on the street, and we are going to do "
            "it together.\"",
            "The run-off was required because no candidate won a majority in the Nov. 3 first "
            "round, in which Whitfield led a field of six with 38.2% and Oyelaran finished "
            "second with 29.5%. The Rev. Alton Pierce, a pastor and housing activist who came "
            "third with 18.9%, endorsed Whitfield a week later.",
            "Oyelaran, 58, who served three terms in the state Senate, ran as a fiscal "
            "moderate, promising to freeze property taxes and revive a stalled riverfront "
            "stadium project. Whitfield, a former public-school teacher who has led the "
            "council since 2023, focused on housing and public safety.",
            "The race was the most expensive in the city's history. Oyelaran's campaign "
            "committee spent about $2.3 million, compared with about $1.6 million for "
            "Whitfield's, according to filings with the city's campaign finance board. "
            "Outside groups spent at least $900,000 more, most of it on television "
            "advertising in the final two weeks.",
            "Turnout appeared to be lower than in the first round, when 44% of registered "
            "voters cast ballots. Final turnout figures were not immediately available.",
            "Banks, who won her two terms in 2018 and 2022, did not endorse a candidate in "
            "the run-off. In a statement late Tuesday she congratulated Whitfield and "
            "promised \"a smooth and professional transition.\"",
            "The new mayor inherits a city that has gained residents for the first time in "
            "decades but faces a shortage of affordable housing, a police department well "
            "below its authorized strength and a budget squeezed by the end of federal "
            "pandemic aid.",
            "Eastbrook, which sits on the river about 90 miles from the state capital, has "
            "about 410,000 residents.",
        ]),
        _art("Eastbrook Gazette", "2026-12-02", [
            "Whitfield wins Eastbrook mayor's race by 4,315 votes as final count comes in | "
            "Eastbrook Gazette",
            "By Tanya Moreland and Luis Serrano, Gazette Staff",
            "Photo: Mayor-elect Dana Whitfield greets supporters at the Union Hall on Mercer "
            "Street on Tuesday night. (Gazette photo by Ari Stein)",
            "Dana Whitfield will be Eastbrook's next mayor after winning Tuesday's run-off by "
            "4,315 votes, according to complete unofficial results released by the county "
            "Board of Elections on Wednesday afternoon.",
            "Whitfield, the City Council president, received 43,812 votes, or 52.6%, to "
            "39,497, or 47.4%, for former state Sen. Marcus Oyelaran. Her lead narrowed "
            "slightly from election night as the last mail and provisional ballots were "
            "counted, but not nearly enough to change the outcome. The board is scheduled to "
            "certify the results on Dec. 15.",
            "Turnout was 31.1%, with 83,309 of the city's roughly 268,000 registered voters "
            "casting ballots — well below the 44% who voted in the Nov. 3 first round, and "
            "the lowest for a mayoral run-off in at least two decades.",
            "At the Union Hall on Tuesday night, Whitfield thanked volunteers who she said "
            "had knocked on 210,000 doors. \"This was a campaign for every neighborhood, and "
            "I'm going to be a mayor for every neighborhood,\" she said.",
            "Whitfield, 47, a former middle-school science teacher, grew up in the North End "
            "and was first elected to the council in 2015. Her colleagues chose her as "
            "council president in 2023.",
            "She will take office Jan. 4, becoming the city's 54th mayor and succeeding "
            "Gloria Banks, who could not run again after two terms.",
            "Oyelaran, 58, conceded shortly before 11 p.m. \"The voters have spoken, and I "
            "respect their decision,\" he said at the Grandview Hotel downtown. \"I called Dana "
            "to congratulate her, and I told her I'll help her succeed.\"",
            "Advertisement",
            "The results showed a city divided largely along geographic lines. Whitfield won "
            "17 of the city's 24 wards, running up big margins in the North End and East Side "
            "neighborhoods, where the Rev. Alton Pierce — who finished third in the first "
            "round and then endorsed her — had done well. Oyelaran carried the southern and "
            "western wards, home to many of the city's homeowners, where his promise to "
            "freeze property taxes resonated.",
            "A Gazette analysis of precinct results found that about two in three voters who "
            "backed Pierce in November and returned for the run-off voted for Whitfield.",
            "Whitfield's transition team will be led by former city manager Harold Quist and "
            "Banks's chief of staff, Nina Petrakis, her campaign said Wednesday. Whitfield "
            "said she would name her choice for police chief within 60 days.",
            "The campaign was the most expensive mayoral race in Eastbrook history, with the "
            "two candidates' committees spending a combined $3.9 million, according to "
            "campaign finance reports.",
            "Read more: Who's who on Whitfield's transition team",
            "Read more: Ward-by-ward map of the run-off results",
        ]),
        _art("Statewide Public Radio", "2026-12-02", [
            "Whitfield elected Eastbrook mayor in low-turnout runoff",
            "Statewide Public Radio | By Jerome Ackley",
            "Listen · 4:12",
            "Eastbrook voters have chosen City Council President Dana Whitfield as their next "
            "mayor. Whitfield won about 54.6 percent of the vote in Tuesday's runoff against "
            "former state Senator Marcus Oyelaran, according to unofficial results.",
            "Only about 31 percent of registered voters cast ballots, down from the first "
            "round in November, when 44 percent turned out. Election officials said cold "
            "weather and fatigue after a long campaign season likely played a role.",
            "\"People were tired,\" said Monica Varela, the county's elections director. \"They "
            "voted in November, and four weeks later we asked them to come back in the cold.\"",
            "Whitfield, who has represented the city's North End on the council for more than "
            "a decade, will replace Mayor Gloria Banks in January. Banks was limited to two "
            "terms.",
            "In an interview with Statewide Public Radio on Wednesday morning, Whitfield said "
            "her first priority would be housing. The city has a waiting list of more than "
            "11,000 households for subsidized units, and rents have risen about 30 percent in "
            "five years.",
            "\"We have people who work full time in this city and sleep in their cars,\" she "
            "said. \"That's not a statistic. That's a neighbor.\"",
            "She also pledged to hire 120 police officers over two years, bringing the "
            "department closer to its authorized strength, and to review the city's contract "
            "for the riverfront stadium, a project Oyelaran championed.",
            "Oyelaran, a three-term state senator, conceded Tuesday night. He told supporters "
            "he would help Whitfield succeed and did not rule out another run for office.",
            "Political scientist Carmen Oduya of Eastbrook State University said the result "
            "showed the strength of Whitfield's coalition in the city's older, denser "
            "neighborhoods. \"She put together Banks voters, Pierce voters and a lot of "
            "younger renters,\" Oduya said. \"That is a hard coalition to beat in a low-turnout "
            "election.\"",
            "The Rev. Alton Pierce, a pastor who placed third in November's first round, "
            "endorsed Whitfield after that vote and campaigned with her in the final weeks of "
            "the race.",
            "Whitfield will be sworn in on January 4 at City Hall. The county is expected to "
            "certify the results later this month.",
            "Whitfield's win caps a steady rise. First elected to the council in 2015, she "
            "was chosen by her colleagues as council president in 2023 and built her citywide "
            "profile during a long fight over the city's rental inspection ordinance. Banks "
            "stayed neutral in the runoff, but several of the outgoing mayor's senior aides "
            "worked on Whitfield's campaign.",
            "Oyelaran's campaign had hoped that lower turnout would favor his base of older "
            "homeowners in the southern and western wards. Instead, Whitfield's field "
            "operation kept her neighborhoods voting, and she carried most of the city's "
            "wards.",
            "Statewide Public Radio's Dana Kim contributed to this report.",
        ]),
        _art("The Civic Ledger", None, [
            "What Whitfield's win tells us about Eastbrook politics",
            "The Civic Ledger — local politics, data and analysis",
            "Posted in Elections",
            "Deputy Mayor Dana Whitfield's win in Tuesday's run-off was not a surprise to "
            "anyone who looked at the first-round numbers. She led the six-candidate field on "
            "Nov. 3 with 38.2%, and the third-place finisher, the Rev. Alton Pierce (18.9%), "
            "endorsed her within a week. Add even half of Pierce's voters to her first-round "
            "share and she was already close to a majority.",
            "The complete unofficial count gave her 52.6% to 47.4% for former state Sen. "
            "Marcus Oyelaran. Three observations.",
            "1. Turnout collapsed, but not evenly. Roughly 37% of registered voters took part "
            "in the run-off, against 44% in the first round. The drop was steepest in the "
            "southern wards that Oyelaran needed most: where he won big in November, fewer of "
            "his voters came back.",
            "2. Money didn't decide it. Oyelaran's committee outspent Whitfield's by roughly "
            "$700,000 ($2.3 million to $1.6 million), and he had the backing of the chamber "
            "of commerce's political action committee and the police union. It didn't matter "
            "much. Renters, who make up a majority of Eastbrook households, broke heavily for "
            "Whitfield.",
            "3. The stadium was a loser. Oyelaran's pledge to revive the riverfront stadium "
            "polled poorly in every survey we saw. He doubled down on it in October anyway, "
            "and his closing ads barely mentioned property taxes, the issue that had carried "
            "him through the first round.",
            "What comes next. Whitfield takes office on Jan. 4 with a City Council that is "
            "friendlier to her agenda than it was to Banks's, and with a budget gap the "
            "finance department puts at $48 million for next year. Her first big test will be "
            "the spring budget, not the stadium.",
            "A note on the numbers: the election-night figures (52.8% with 96% of precincts "
            "in) moved slightly as mail and provisional ballots were added. We use the "
            "board's complete unofficial results, released Wednesday afternoon.",
            "The map. Whitfield carried 17 of the 24 wards. Oyelaran's seven were all in the "
            "south and west, the part of the city where owner-occupied housing dominates and "
            "where his property-tax freeze was the whole pitch. If you want one number that "
            "explains the race, it is the renter share of each ward: the higher it is, the "
            "better Whitfield did, almost without exception.",
            "Banks's shadow. Outgoing Mayor Gloria Banks, elected in 2018 and re-elected in "
            "2022, stayed neutral in the run-off, but her former staff were all over "
            "Whitfield's field operation. Expect a lot of continuity at City Hall, starting "
            "with the transition team.",
            "Our model, for what it's worth, had Whitfield at 53% going into election day. "
            "Not bad.",
            "Comments (14)",
        ]),
    ], [
        ("winner vote share", r"(?<![\d.])52[.,][68](?!\d)", r"(?<![\d.])54[.,]6(?!\d)"),
        ("turnout", r"(?<![\d.])31([.,]1)?(?![\d.])", r"(?<![\d.])37(?![\d.])"),
        ("winner title", r"council president|president of the (city )?council", r"deputy mayor"),
    ]),
    _story("elec-SW2", "election", [
        _art("Euro Wire Service", None, [
            "BERLIN (Euro Wire) - Berlin's conservative Christian Democrats (CDU) remained "
            "the largest party in the German capital's state election on Sunday but lost "
            "their governing majority with the Social Democrats, as the socialist Left party "
            "surged into second place, preliminary official results showed on Monday.",
            "The CDU of Governing Mayor Kai Wegner won 26.4% of the vote, down 1.8 percentage "
            "points from the 2023 election, according to the state returning officer. Die "
            "Linke took 17.9%, up 5.7 percentage points and its strongest showing in the city "
            "in more than two decades.",
            "The Greens fell to 15.1% and the SPD, Wegner's junior coalition partner, slumped "
            "to 14.2%, its worst result in Berlin since the Second World War. The far-right "
            "Alternative for Germany (AfD) gained 4.5 points to reach 13.6%.",
            "Two smaller parties, the Sahra Wagenknecht Alliance (BSW) with 4.1% and the Free "
            "Democrats (FDP) with 3.2%, failed to clear the 5% threshold needed to win seats.",
            "Turnout was 68.2%.",
            "In the new 140-seat Abgeordnetenhaus, the CDU will have 42 seats, the Left 29, "
            "the Greens 24, the SPD 23 and the AfD 22, the returning officer said. Wegner's "
            "outgoing CDU-SPD coalition will have only 65 seats, six short of the 71 needed "
            "for a majority.",
            "That leaves Wegner with one obvious option, a three-way coalition with the "
            "Greens and the SPD, which would command 89 seats. But the arithmetic also allows "
            "a left-wing alliance of Die Linke, the Greens and the SPD, with 76 seats, an "
            "option the Left's lead candidate, Elena Marwitz, said she would pursue.",
            "\"Berliners have given us a clear mandate to lead the next government,\" Wegner "
            "told supporters at the CDU's election party. \"I will talk to all democratic "
            "parties, quickly and seriously.\"",
            "Marwitz said the result was a vote against rising rents. \"This city has decided "
            "that housing is not a commodity,\" she said. \"We are ready to govern.\"",
            "The SPD's lead candidate, Sabine Kroll, said her party would \"take a few days\" "
            "to analyse the defeat before deciding whom to talk to. All mainstream parties "
            "have ruled out working with the AfD.",
            "The vote was the first regular election in Berlin since 2021. That election was "
            "annulled by the city's constitutional court because of widespread "
            "irregularities, including long queues and missing ballot papers, and repeated in "
            "February 2023, when the CDU won 28.2% and 52 seats in a larger parliament.",
            "The result is likely to be read in part as a verdict on Chancellor Friedrich "
            "Merz's federal coalition of conservatives and Social Democrats, which has "
            "struggled to revive a stagnant economy. Both governing parties lost ground in "
            "the capital, while parties on the left and right fringes gained.",
            "The returning officer said the count had gone smoothly and that the final "
            "official result would be confirmed in about two weeks.",
        ]),
        _art("The Continental Observer", None, [
            "Berlin election: Left surge leaves Wegner hunting for partners | The Continental "
            "Observer",
            "By Oliver Hastings in Berlin",
            "Kai Wegner woke up on Monday as the winner of Berlin's election and the loser of "
            "his majority.",
            "His Christian Democrats finished first in Sunday's vote for the city-state's "
            "parliament, with 26.4 per cent, but their coalition with the Social Democrats no "
            "longer commands a majority in the Abgeordnetenhaus, where the CDU will hold 45 "
            "of the 140 seats.",
            "The story of the night was Die Linke. The Left party, written off as a spent "
            "force only a few years ago, won 17.9 per cent in the capital, 5.7 points more "
            "than in 2023, on the back of a campaign devoted almost entirely to rents. Its "
            "lead candidate, Elena Marwitz, a 41-year-old former tenants' union organiser, "
            "filled a beer hall in Friedrichshain on Sunday night with supporters chanting "
            "\"Mieten runter\" — bring the rents down.",
            "\"This city has decided that housing is not a commodity,\" she told them to loud "
            "cheers.",
            "Rents for new contracts in Berlin have roughly doubled over the past decade, and "
            "a 2021 referendum in which 59 per cent of voters backed the expropriation of "
            "large landlords was never implemented — a grievance that Ms Marwitz made the "
            "centrepiece of her campaign.",
            "The Social Democrats, who have been in every Berlin government since 2001, "
            "suffered a humiliating night, falling to 14.2 per cent, behind the Greens on "
            "15.1 per cent. The Alternative für Deutschland climbed to 13.6 per cent. Turnout "
            "was 68.2 per cent.",
            "Mr Wegner now faces weeks of negotiations. The most likely outcome, according to "
            "party officials, is a so-called \"Kenya coalition\" of CDU, SPD and Greens, named "
            "after the black, red and green of the Kenyan flag. The alternative, a left-wing "
            "government of Die Linke, Greens and SPD, would have a majority on paper, but "
            "would oblige the SPD to serve as junior partner to the Left for the first time "
            "in the capital.",
            "\"Berliners have given us a clear mandate to lead the next government,\" Mr Wegner "
            "said on Sunday night, promising talks with \"all democratic parties\".",
            "For Friedrich Merz, the chancellor, the result is an uncomfortable reminder of "
            "how fragile the centre has become. His CDU and its Bavarian sister party govern "
            "nationally with the SPD, and both partners lost ground in Berlin, while the AfD "
            "on the right and the Left on the left gained.",
            "The 2023 vote was itself a rerun: Berlin's constitutional court annulled the "
            "2021 election after a day of chaos at polling stations, with missing ballot "
            "papers and queues that stretched long after polls should have closed.",
            "Neither the Sahra Wagenknecht Alliance, on 4.1 per cent, nor the liberal FDP, on "
            "3.2 per cent, cleared the 5 per cent hurdle for representation.",
            "Diplomats in the capital were watching with interest. \"Berlin is not Germany,\" "
            "said one European ambassador. \"But Berlin has a habit of telling you where "
            "Germany is going a few years early.\"",
        ]),
        _art("Berlin Bulletin", None, [
            "Berlin votes: the results at a glance, and what happens next - Berlin Bulletin",
            "Skip to content",
            "Berlin has voted, and the city's political map looks very different this Monday "
            "morning. Here are the preliminary official results for the Abgeordnetenhaus "
            "(House of Representatives), published overnight by the state returning officer, "
            "and what they mean for the city.",
            "The results",
            "- CDU: 26.4% (42 seats)",
            "- Die Linke: 17.9% (29 seats)",
            "- Greens: 15.1% (24 seats)",
            "- SPD: 14.2% (23 seats)",
            "- AfD: 13.6% (22 seats)",
            "- BSW: 4.1% (no seats)",
            "- FDP: 3.2% (no seats)",
            "- Turnout: 68.2%",
            "The Left's big night. Die Linke increased its vote share by 5.7 per cent "
            "compared with the 2023 repeat election, more than any other party. It came first "
            "in Friedrichshain-Kreuzberg, Neukölln and Lichtenberg, and its lead candidate, "
            "Elena Marwitz, 41, now has a realistic claim to a place in government.",
            "Who governs? With 140 seats, a majority needs 71. The outgoing coalition of CDU "
            "and SPD has only 65. The options:",
            "- CDU + Greens + SPD (the \"Kenya\" coalition): 89 seats",
            "- Die Linke + Greens + SPD: 76 seats",
            "- CDU + Die Linke: 71 seats, a bare majority, but both parties have ruled it "
            "out.",
            "What the leaders said. Governing Mayor Kai Wegner (CDU): \"Berliners have given "
            "us a clear mandate to lead the next government.\" Elena Marwitz (Die Linke): "
            "\"This city has decided that housing is not a commodity. We are ready to govern.\" "
            "Sabine Kroll (SPD) said her party needed a few days to digest the result.",
            "What happens next. Wegner said on Sunday night he would invite all parties "
            "except the AfD to exploratory talks this week. The SPD's state executive meets "
            "on Wednesday to decide its strategy, and the Greens hold a members' meeting at "
            "the weekend. The new parliament is expected to hold its first session in late "
            "October.",
            "Exit polls vs reality. The first exit polls at 6 p.m. had put the CDU on 27% and "
            "Die Linke on 17%, so the picture shifted only slightly during the count.",
            "A smooth count, this time. The returning officer reported no significant "
            "problems at polling stations, a relief after the 2021 fiasco of missing ballot "
            "papers and hours-long queues that forced the 2023 rerun.",
            "The map. The AfD came first in Marzahn-Hellersdorf and ran close to the CDU in "
            "parts of Treptow-Köpenick, while the CDU dominated the western outer districts, "
            "from Spandau to Steglitz-Zehlendorf. The Greens held on in parts of Pankow and "
            "Charlottenburg-Wilmersdorf but lost ground to Die Linke almost everywhere in the "
            "inner city.",
            "Read more: Our guide to Berlin's 12 districts after the vote",
            "Share on Facebook   Share on X",
        ]),
        _art("Europa Public Radio", None, [
            "Berlin election: CDU first, Left surges, and coalition arithmetic gets harder",
            "Europa Public Radio | English Service",
            "Polls closed at 6 p.m. local time on Sunday (16:00 GMT, noon in New York), and "
            "the first exit polls immediately told the story of the night: the CDU of "
            "Governing Mayor Kai Wegner in first place at around 27 percent, and Die Linke, "
            "the Left party, far ahead of its 2023 result at around 17 percent.",
            "By early Monday the state returning officer had published the preliminary "
            "official result. The CDU won 26.4 percent and the Left 17.9 percent, a gain of "
            "5.7 percentage points. The Greens took 15.1 percent, the Social Democrats 14.2 "
            "percent and the far-right AfD 13.6 percent, up 4.5 points. About 68 percent of "
            "eligible voters took part.",
            "In the 140-member House of Representatives, the CDU will have 42 seats. Its "
            "current coalition with the SPD falls short of a majority.",
            "\"This is a bitter evening for the SPD, and I will not pretend otherwise,\" the "
            "party's lead candidate, Sabine Kroll, told supporters. The SPD has governed the "
            "city, alone or in coalitions, for a quarter of a century, and until 2023 always "
            "provided the mayor.",
            "Professor Anke Lorenz, a political scientist at the Free University of Berlin, "
            "told Europa Public Radio that the Left's success was built on a single issue. "
            "\"Housing decided this election,\" she said. \"Die Linke talked about almost "
            "nothing else, and in a city where most people rent, that was enough.\"",
            "Lorenz said the most likely result was a three-party coalition led by Wegner "
            "with the Greens and the SPD, but that the SPD's internal debate could take "
            "weeks. \"The SPD has to decide whether it can stomach another term as junior "
            "partner to the CDU, or whether it prefers an experiment with the Left,\" she "
            "said.",
            "The AfD, whose lead candidate Dirk Hollmann called the result \"a historic "
            "success for Berlin,\" will remain in opposition. Every other party in the new "
            "parliament has ruled out cooperating with it.",
            "The CDU won 28.2 percent in the February 2023 election, which was a rerun of the "
            "2021 vote annulled by the state's constitutional court over organisational "
            "failures.",
            "Two smaller parties will not be represented. The Sahra Wagenknecht Alliance won "
            "4.1 percent and the liberal FDP 3.2 percent, both below the five percent "
            "threshold.",
            "For the CDU, the result is a qualified success. It remains comfortably the "
            "largest party and has held the mayor's office since 2023, but it lost ground and "
            "its preferred partner, the SPD, has shrunk to its weakest level in the city. "
            "Local party officials said the campaign had underestimated how much rents would "
            "dominate the final weeks.",
            "Wegner said he had a clear mandate to lead the next government. The first "
            "exploratory talks are expected later this week.",
        ]),
    ], [
        ("seats of largest party", r"(?<![\d.])42(?![\d.])", r"(?<![\d.])45(?![\d.])"),
        ("percentage points vs percent",
         r"5[.,]7 ?(percentage[- ]?points?|points?|pp|pts?)\b",
         r"5[.,]7 ?(%|per ?cent(?!age))"),
    ]),
]
