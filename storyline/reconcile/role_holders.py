"""Who held one of a story's roles, as each outlet names them (issue 11, recall): the place
a quake was centred, the city talks are to be held in, the city of the court ("a federal
judge in Manhattan" / "a federal court in Brooklyn"), a booster's name in quotes, the
justice who wrote the dissent or the majority opinion (or gave the lead judgment), the lone
dissenter of a vote ("was the lone dissenter", "a single dissent, from Governor Waller",
"with X dissenting", "drew a dissent from"), and of a split committee's dissenters the one
who would not move and the one who wanted a bigger step (each pair of people reported once,
whichever roles set them apart), the ship a booster landed on, the person who
led one side's delegation (also "Beijing sent Commerce Minister Wang to head its team"),
which court ruled ("the Court of Appeal today acquitted" / "the Federal Court overturned"),
a flight's main payload ("its main payload, Lyngen-1" / "The main customer payload,
Lofoten-1").

"The quake's epicentre was near Sindirgi" / "centred near the town of Bigadic"; "Justice
Holloway wrote the dissent" / "Justice Okafor penned the dissenting opinion"; "The Chinese
delegation was led by Vice Premier Liu" / "Vice Premier Zhao, who led Beijing's negotiating
team". The sentences share few words, so neither sentence similarity nor the word-by-word
slots (``place_slots``, ``role_names``) set them against each other; what ties them is the
role, named by a closed class of words around the name, the same in any story of that kind.

A report needs, for one role (and one side, for a delegation): two independent outlets that
each name exactly one holder; the two names different (neither holds the other's words: "Liu"
/ "Liu Wenbo" is one person, "Balikesir province" / "Balikesir" one place); and neither
article naming the other's holder anywhere, by surname (an article naming both may tell both
roles: a town and its province; "Rebecca Dallet" does not name "Rebecca Grassl Bradley"),
unless that article names them only as joining the opinion its own holder wrote ("Sotomayor
wrote the dissent, joined by Kagan" / "In dissent, Kagan, joined by Sotomayor"), or the role
is a place in a race (who won, who finished second: every report names the others). Names in
quotes (a booster's) are two holders unless one holds the other whole.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline import gazetteer

from .evidence import Doc, outlet_pairs, past_year_sentences, two_outlets
from .model import Discrepancy
from .text import CAPITALS, fold

_TITLE = (r"(?:(?:Vice|Deputy|Chief|Associate|Senior|Coordinating|Circuit|District|Presiding)"
          r"[\s-]+)?(?:(?:Commerce|Trade|"
          r"Finance|Foreign|Treasury|Economy|Economic|Prime)\s+)?(?:Premier|Justice|Judge|"
          r"Minister|Secretary|Governor|President|Representative|Envoy|Ambassador|Commissioner|"
          r"Lord|Lady|Dame|Sir)\s+(?:(?:for|of)\s+(?:[A-Z][a-z]+\s+(?:and\s+)?"
          # (each word of the portfolio leaves two capitalised words for the name)
          r"(?=[A-Z][\w'’.-]+\s+[A-Z])){1,3})?")
# (a pronoun opening a sentence is no name: "She led the U.S. side"; "He Lifeng" is one)
_NAME = (r"(?!(?:He|She|They|It|We|This|That|These|Those|Who|Which)\b(?!\s+[A-Z]))"
         r"(?P<name>[" + CAPITALS + r"][\w'’.-]+(?:\s+[" + CAPITALS + r"][\w'’.-]+){0,2})")
# "in", "at a ceremony in", "at the presidential palace in" before a signing's city
_SIGNED_IN = r"(?:at\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:ceremony|palace|hall|ministry)\s+)?in\s+"
_SITE_KIND = (r"(?:(?:the|a)\s+(?:[a-z]+\s+)?(?:town|city|village|district|county|province|"
              r"region|area|municipality)\s+of\s+)?")
# Read only in a sentence the patterns above name no epicentre in: "Its epicentre lay under
# the Gulf of Finland about 20 km north of the Estonian town of Paldiski", "said the epicentre
# was in Iran, near the town of Khalkhal" (the town past the sea or the country; not the
# town a named district lies near, "in Machaze district, about 30 km north-west of Chitobe").
_EPICENTRE_PAST_NAME = re.compile(
    r"\bepicent(?:re|er)\b[^.;]{0,80}?(?:\b[\d.,]+\s*(?:km|kilomet(?:re|er)s?|miles?)"
    r"(?:\s*\([^()]{1,24}\))?\s+(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|,\s+near)"
    r"\s+(?:the\s+)?(?:(?:[A-Z]?[a-z]+\s+){0,2}(?:town|city|village|port)\s+of\s+)?" + _NAME)
# A ship's name: capitalised words with the small words of a phrase between them ("A
# Shortfall of Gravitas", "Just Read the Instructions", "Of Course I Still Love You").
_SHIP = r"(?P<name>[A-Z][\w'’]*(?:\s+(?:(?:of|the|a|an|to)\s+){0,2}[A-Z][\w'’]*)*)"
_SIDE_WORDS = {
    "china": "China's", "chinese": "China's", "beijing": "China's",
    "u.s.": "the U.S.'s", "us": "the U.S.'s", "american": "the U.S.'s",
    "washington": "the U.S.'s", "united states": "the U.S.'s",
}
_SIDE = (r"(?P<side>China's|Chinese|Beijing's|U\.S\.|US|American|Washington's|the United "
         r"States'|[A-Z][a-z]{3,}(?:n|an|ian|ese|ish|i)|[A-Z][a-z]{3,}['’]s)")
_SENDER = r"(?P<side>Beijing|China|Washington|the United States|the U\.S\.)"
_TEAM = r"(?:delegation|team|negotiating team|side|negotiators)"
# A vote for no move: "to vote for keeping rates unchanged", "to vote to hold".
_VOTE_TO_HOLD = (r"vote\s+(?:to\s+(?:keep|hold|leave|maintain)|for\s+(?:keeping|holding|"
                 r"leaving|maintaining|no\s+change|a\s+hold))")
# Words before "dissent" in "In a dissent," ("lone", "sharply worded", "scathing"): up to
# two, none of them a name.
_DISSENT_ADJ = r"(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"

# A distance from a place and its bearing ("about 45 km (28 miles) southwest of"), shared by
# the epicentre's pattern told after the quake's verb and ``_OFFSET``.
_UNIT = r"(?:km|kilomet(?:re|er)s?|miles?)"
_CONVERTED = r"(?:\s*\([^()]{1,24}\))?"
_BEARING = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"

# (role, pattern): each pattern names the holder in its group "name" (and a side in "side").
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("where the quake was centred", re.compile(
        r"\b(?:epicent(?:re|er)\b[^;]{0,40}?\b(?:was|lay|lies|is)(?:\s+located)?|"
        # ("centred off the coast near the town of Yauca")
        r"(?:centred|centered)(?:\s+(?:at\s+sea|offshore|off\s+the\s+coast))?|"
        r"epicent(?:re|er))"
        # ("lay about 22 kilometers southwest of Chala")
        r"(?:\s+(?:(?:about|some|roughly|around|nearly)\s+)?[\d.,]+\s*(?:km|kilomet(?:re|er)s?|"
        r"miles?)(?:\s*\([^()]{1,24}\))?(?=\s+(?:north|south|east|west)))?"
        r"\s+(?:(?:north|south|east|west)(?:[- ]?(?:east|"
        r"west))?\s+of|near|in|at|on|under|beneath|close to|outside|off)\s+"
        r"(?:the\s+(?=[A-Z]))?" + _SITE_KIND
        + _NAME)),
    # "The epicentre was at sea, about 26 km east of the town of Hinatuan" / "with its
    # epicenter in the sea off the coast of Lingig"
    ("where the quake was centred", re.compile(
        r"\bepicent(?:re|er)\b(?:\s+(?:was|lay|lies|is)(?:\s+located)?)?\s+(?:at|in)\s+"
        r"(?:the\s+)?(?:sea|ocean|Pacific(?:\s+Ocean)?|Atlantic(?:\s+Ocean)?|[A-Z]\w+\s+(?:Sea|"
        r"Ocean)),?\s+(?:(?:about|some|roughly|around|nearly)\s+)?(?:[\d.,]+\s*(?:km|"
        # (a conversion in brackets: "38 km (24 miles) southwest of")
        r"kilomet(?:re|er)s?|miles?)(?:\s*\([^()]{1,24}\))?\s+)?(?:(?:north|south|east|west)"
        r"(?:[- ]?(?:east|west))?\s+"
        r"of|off\s+the\s+coast\s+of|off|near)\s+" + _SITE_KIND + _NAME)),
    # "The quake hit at 0247 GMT on Sunday near the coastal town of Atico" / "hit at 10:42
    # p.m. (1442 GMT) about 20 km (12 miles) east of the coastal town of Hinatuan" / "near
    # the Estonian coastal town of Haapsalu"
    ("where the quake was centred", re.compile(
        r"\b(?:quake|earthquake|tremor)\s+(?:struck|hit|jolted|shook|occurred)\b"
        r"(?:[^.;]|(?<=[ap])\.(?=m)|(?<=[ap]\.m)\.){0,90}?"
        r"\b(?:near|(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of)\s+(?:the\s+)?"
        r"(?:[A-Z]?[a-z]+\s+){0,2}(?:town|city|village|port)\s+of\s+" + _NAME)),
    # "The quake hit at 3:42 a.m. PST (1142 GMT) about 45 km southwest of Tofino", "a
    # magnitude 6.9 earthquake ruptured about 45 kilometres southwest of Port Hardy": a
    # distance and bearing right after the quake's verb, no "town of" needed
    ("where the quake was centred", re.compile(
        r"\b(?:quake|earthquake|tremor)\b.{0,120}?\b(?:struck|hit|ruptured|occurred|jolted|"
        r"shook)\b(?:[^.;]|(?<=[ap])\.(?=m)|(?<=[ap]\.m)\.){0,60}?\b[\d.,]+\s*" + _UNIT
        + _CONVERTED + r"\s+" + _BEARING + r"\s+of\s+(?:the\s+)?" + _SITE_KIND + _NAME
        # (not a people's word before a place: "south-west of the Ghanaian capital")
        + r"(?![\w'’.-])(?!\s+(?:capital|coast|border|city|town|port|village|mainland)\b)")),
    # "The quake struck before dawn near Pedernales, a coastal town in Manabí province"
    ("where the quake was centred", re.compile(
        r"\b(?:quake|earthquake|tremor)\s+(?:struck|hit|jolted|shook|occurred)\b"
        r"(?:[^.;]|(?<=[ap])\.(?=m)|(?<=[ap]\.m)\.){0,60}?\bnear\s+" + _NAME
        + r",\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}(?:town|city|village|port)\b")),
    # "was centered at sea off the coast of Hinatuan"
    ("where the quake was centred", re.compile(
        r"\b(?:centred|centered|epicent(?:re|er)\b[^.;]{0,30}?)\s+(?:at\s+sea\s+|offshore\s+)?"
        r"off\s+the\s+coast\s+(?:of|near)\s+" + _SITE_KIND + _NAME)),
    # "landed on the droneship A Shortfall of Gravitas" / "stuck the landing on Just Read the
    # Instructions, the droneship stationed off Florida"
    ("which ship the booster landed on", re.compile(
        r"\b(?:drone ?ship|landing (?:ship|vessel)|recovery (?:ship|vessel)|barge),?\s+"
        r"(?:named\s+)?" + _SHIP)),
    ("which ship the booster landed on", re.compile(
        r"\bon\s+(?:the\s+)?" + _SHIP + r",\s+(?:the|a|SpaceX's|its|the company's)\s+"
        r"(?:\w+\s+)?(?:drone ?ship|landing (?:ship|vessel)|recovery (?:ship|vessel)|barge)\b")),
    # "The booster, named 'Never Tell Me The Odds,'" / "the first stage, nicknamed 'So
    # You're Telling Me There's a Chance'": a vehicle's name, in quotes
    ("what the booster is called", re.compile(
        r"\b(?:booster|first stage|core stage|capsule|spacecraft)\b[^.;]{0,40}?\b(?:named|"
        r"nicknamed|dubbed|christened|called)\s+['‘\"“](?P<name>[^\"”]{3,60}?),?['’\"”](?![a-z])")),
    # A one-word name, not in quotes: "its booster, named Tenacity," / "The booster, which the
    # company named Resolute," / "Its Equinox booster, Tenacity, flew back"
    ("what the booster is called", re.compile(
        r"\b(?:booster|first stage)\b,\s+(?:(?:which|that)\s+(?:the\s+)?[a-z]+\s+)?"
        r"(?:(?:named|nicknamed|dubbed|christened|called)\s+)?(?P<name>[A-Z][a-z]{2,})\b"
        r"(?=,|\s+(?:flew|landed|touched|returned|came)\b)")),
    # "released its main payload, Lyngen-1," / "The main customer payload, Lofoten-1, …":
    # a flight carries one main payload
    ("which is the main payload", re.compile(
        r"\b(?:main|primary|lead)\s+(?:customer\s+|commercial\s+)?payload,\s+"
        r"(?:the\s+)?(?P<name>[A-Z][\w]*(?:[- ]\d+[A-Z]?)?)\b")),
    ("which is the main payload", re.compile(
        r"(?P<name>\b[A-Z][\w]*(?:[- ]\d+[A-Z]?)?),\s+(?:the|its)\s+(?:main|primary|lead)\s+"
        r"(?:customer\s+|commercial\s+)?payload\b")),
    # "the 9th U.S. Circuit Court of Appeals" / "a panel of the Fifth Circuit"
    ("which appeals court ruled", re.compile(
        r"\b(?:the\s+)?(?P<name>\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|"
        r"Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.)\s+(?:U\.S\.\s+)?Circuit\b")),
    # "The Liberal Democrats won the Hexley by-election" / "Reform UK has won the …
    # by-election": who won the seat or race
    # "The Court of Appeal today acquitted …" / "after the Federal Court overturned …"
    ("which court ruled", re.compile(
        r"\b(?:[Tt]he|[Aa])\s+(?P<name>(?:[A-Z][a-z]+\s+){0,2}(?:Court(?:\s+of\s+(?:Final\s+)?"
        r"Appeals?)?|Concourt|Tribunal))\s+(?:(?:today|on\s+\w+|unanimously)\s+)?"
        r"(?:acquitted|overturned|quashed|upheld|struck down|overruled|set aside|reversed|"
        r"affirmed|convicted|declared)\b")),
    ("who won the election", re.compile(
        r"(?:^|[.;]\s+|\b[Tt]he\s+)" + _NAME + r"\s+(?:has\s+|have\s+)?won\s+(?:the|a)\s+"
        r"(?:[\w'’-]+\s+){0,4}(?:by-election|election|seat|race|run-?off|vote|contest)\b")),
    # "Carlos Mendes, the centre-right candidate, finished second" / "Rui Tavares came in
    # second place"
    ("who finished second", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+(?:[^,.;]{1,50},\s+)?(?:finished|finishing|came|"
        r"coming|placed|ended|was|took|held on to|holding on to|secured)\s+(?:in\s+)?"
        r"(?:a\s+)?(?:distant\s+|close\s+)?second\b")),
    # "a federal judge in Manhattan" / "a federal court in Brooklyn"
    # (not a case's name: "The jury in United States v. Ames")
    ("where the court sat", re.compile(
        r"\b(?:judge|court|jury|magistrate|bench)\s+in\s+(?:the\s+)?" + _NAME
        + r"(?![\w'’.-])(?!\s+[A-Z])(?!\s+v(?:s)?\.?\s)")),
    # "built by Fukuoka-based Genkai Space" / "Kumamoto-based startup Genkai Space": where
    # a named company is based
    ("where the company is based", re.compile(
        r"(?P<name>\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\s+(?:(?:[a-z-]+\s+)?(?:startup|"
        r"start-up|company|firm|developer|maker|manufacturer|group|lender|insurer|operator|"
        r"carrier|chipmaker|miner|retailer|exporter|producer|airline|shipper)\s+)?"
        r"(?P<side>(?!(?:[A-Z][\w&'’-]+\s+){0,3}(?:Court|Tribunal)\b)[A-Z][\w&'’-]+"
        r"(?:\s+[A-Z][\w&'’-]+){0,3})")),
    # "The Luxembourg-based court upheld …" / "The Strasbourg-based court said …"
    ("where the court is based", re.compile(
        r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\s+(?:[a-z]+\s+)?(?:court|tribunal)\b")),
    ("where the talks are held", re.compile(
        r"\b(?:will|to|would)\s+(?:meet|hold (?:talks|a (?:new |fresh )?round))\s+"
        r"(?:again\s+)?in\s+" + _NAME)),
    ("where the talks are held", re.compile(
        r"\b(?:talks|round|negotiations|meeting)\b[^.;]{0,50}?\b(?:will|to|would)\s+be\s+"
        r"held\s+(?:[a-z]+\s+){0,3}?in\s+" + _NAME)),
    # "reviewed at a further round of talks in Washington" / "the next round, pencilled in
    # for Washington" / "The next round is expected in Oslo"
    ("where the talks are held", re.compile(
        r"\b(?i:further|next|new|another|fresh)\s+round(?:\s+of\s+(?:talks|negotiations))?"
        # (", pencilled in for" / " is expected in" / " is pencilled in for")
        r"(?:(?:,|\s+(?:is|was|will\s+be|would\s+be))\s+(?:pencilled|penciled|scheduled|set|"
        r"planned|slated|expected|due)(?:\s+to\s+(?:take\s+place|be\s+held))?(?:\s+in)?)?"
        r"\s+(?:in|for)\s+"
        r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Early|Late|Mid)\b)"
        + _NAME)),
    # "The agreement was signed in Astana", "Under the deal, signed in Baku", "signed at a
    # ceremony in Corriverton", "signed the agreement in Baku on Wednesday": where this
    # agreement was signed (not an earlier one: "A memorandum signed in 2024")
    ("where the agreement was signed", re.compile(
        r"(?<!\bearlier )(?<!\bprevious )(?<!\blast )(?<!\bfirst )\b(?:agreements?|deals?|"
        r"pacts?|accords?|treat(?:y|ies))\b,?\s+(?:(?:was|were|had\s+been|is|are)\s+)?"
        r"signed\s+(?:(?:on\s+)?\w+day\s+)?" + _SIGNED_IN + _NAME)),
    ("where the agreement was signed", re.compile(
        r"\bsigned\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|deals?|"
        r"pacts?|accords?|treat(?:y|ies))\s+(?:(?:on\s+)?\w+day\s+)?" + _SIGNED_IN + _NAME)),
    # "The U.S.-China talks in Prague wrapped up Monday" / "a negotiating session in Vienna":
    # the city of this round, not of an earlier or a next one ("earlier talks in Geneva",
    # "the next round in Madrid", "talks in London last month")
    ("where the talks were held", re.compile(
        r"(?<!\bnext )(?<!earlier )(?<!\blast )(?<!\bfirst )(?<!\bprior )(?<!future )"
        r"(?<!previous )(?<!upcoming )(?<!further )(?<!planned )\b(?:talks|negotiations|"
        r"negotiating session|session|summit)\s+(?:held\s+)?in\s+(?:the\s+)?" + _NAME
        + r"(?![\w'’-])(?!\s+(?:capital|city|town|port|border|side|government|delegation|"
        r"officials?)\b)(?!,?\s+(?:last|earlier|(?:in|on)\s+(?:January|February|March|April|May|June|"
        r"July|August|September|October|November|December)|this\s+(?:spring|summer|year))\b)")),
    ("who wrote the dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r"(?:,\s+who)?\s+(?:wrote|penned|authored|delivered)\s+"
        r"(?:the|a|her|his)\s+(?:main\s+|principal\s+|lone\s+|sole\s+|only\s+)?"
        r"dissent(?:ing opinion)?\b")),
    # "The main dissent came from Judge Alan Whitfield"
    ("who wrote the dissent", re.compile(
        r"\b[Tt]he\s+(?:main|principal|lead)\s+dissent\s+came\s+from\s+(?:" + _TITLE + r")?"
        + _NAME)),
    ("who wrote the dissent", re.compile(
        r"\bdissent(?:ing opinion)?\s+(?:was\s+)?(?:written|penned|authored)\s+by\s+"
        r"(?:" + _TITLE + r")?" + _NAME)),
    # "The dissent, by Judge Okafor and joined by two colleagues"; "Judge Okafor, joined by
    # three colleagues, dissented"
    ("who wrote the dissent", re.compile(
        r"\b[Tt]he\s+dissent,?\s+(?:written\s+|penned\s+|authored\s+)?by\s+(?:" + _TITLE
        + r")?" + _NAME)),
    ("who wrote the dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",\s+joined\s+by\s+[^,.;]{1,60},\s+dissented\b")),
    # "The dissent: Justice Jackson, writing for herself and …"; "Dissenting, Justice Kagan
    # wrote"; "Justice Kagan, writing in dissent"
    ("who wrote the dissent", re.compile(
        r"(?:\b[Tt]he\s+(?:(?:main|principal|lead)\s+)?dissent:|\bDissenting,)\s+"
        r"(?:" + _TITLE + r")?" + _NAME)),
    ("who wrote the dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",\s+writing\s+(?:in\s+dissent|for\s+the\s+"
        r"(?:[a-z]+\s+)?dissent(?:ers|ing justices|ing judges)?)\b")),
    # "In dissent, Justice Kagan, joined by …"; "In a sharply worded dissent, Judge Brenner"
    ("who wrote the dissent", re.compile(
        r"\bIn\s+(?:(?:her|his|a|the|its)\s+)?" + _DISSENT_ADJ
        + r"dissent(?:ing\s+(?:judg(?:e)?ment|opinion))?,\s+"
        r"(?:" + _TITLE + r")?" + _NAME)),
    # One dissenter told as such ("Justice Gorsuch was the lone dissenter", "the only
    # justice to dissent was Jackson", "Pill cast the sole dissenting vote").
    ("who cast the lone dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+(?:(?:was|is|as)\s+)?the\s+(?:lone|only|"
        r"sole)\s+dissenter\b")),
    # "The vote was 11 to 1, with Governor Waller dissenting"
    ("who cast the lone dissent", re.compile(
        r"\bwith\s+(?:[A-Z][\w.]*\s+){0,4}?(?:" + _TITLE + r")?" + _NAME
        + r"\s+dissenting\b")),
    # "Lord Hadley, the only justice to dissent, said …"
    ("who cast the lone dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",\s+the\s+(?:lone|only|sole)\s+(?:justice|judge|"
        r"member|policymaker|official|one)\s+(?:of\s+the\s+\w+\s+)?to\s+(?:dissent|vote "
        r"against|" + _VOTE_TO_HOLD + r")\b")),
    # "Justice Whitcombe was the only member of the court to dissent"
    ("who cast the lone dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+(?:was|is)\s+the\s+(?:lone|only|sole)\s+"
        r"(?:justice|judge|member|policymaker|official|one)\s+(?:of\s+the\s+\w+\s+)?to\s+"
        r"(?:dissent|vote against|" + _VOTE_TO_HOLD + r")\b")),
    ("who cast the lone dissent", re.compile(
        r"\b(?:lone|only|sole)\s+(?:justice|judge|member|policymaker|official|one)\s+to\s+"
        r"(?:dissent|vote against|vote for\s+[^.;,]{1,40}?)\s+was\s+"
        # ("was external MPC member Alan Taylor")
        r"(?:(?:[a-z]+\s+){0,2}(?:[A-Z]{2,5}\s+)?(?:member|governor|policymaker)\s+)?"
        r"(?:" + _TITLE + r")?" + _NAME)),
    # "board member Hajime Takata voted against it": one who voted against (an article
    # naming two gives no lone dissenter)
    ("who cast the lone dissent", re.compile(
        r"(?<!and )(?<!, )\b(?:(?:board |committee )?member\s+|" + _TITLE + r")?" + _NAME
        + r"\s+voted\s+against\b")),
    # "Gylfi Arnarson, one of its two external members, voted to keep rates at 7.5%";
    # "Herdís Steingrímsdóttir … preferred to keep the rate"; "with external member Herdís
    # Steingrímsdóttir voting to hold": the one who would not move (an article naming two
    # gives no lone dissenter)
    ("who cast the lone dissent", re.compile(
        r"(?<!and )(?<!, )\b(?:" + _TITLE + r")?" + _NAME + r"(?:,\s+[^,.;]{1,60},)?\s+"
        r"(?:voted|preferred|wanted)\s+to\s+(?:keep|hold|leave|maintain)\b")),
    ("who cast the lone dissent", re.compile(
        r"\bwith\s+(?:[a-z]+\s+){0,3}(?:member\s+)?(?:" + _TITLE + r")?" + _NAME
        + r"\s+(?:voting\s+to\s+(?:keep|hold|leave|maintain)|(?:favou?ring|preferring|"
        r"backing)\s+(?:keeping|holding|leaving|maintaining|no\s+change|a\s+hold))\b")),
    # "one member of the seven-strong board, Yoo Sang-dae, voted to keep rates unchanged"
    ("who cast the lone dissent", re.compile(
        r"\b(?:[Oo]ne|[Aa]|[Tt]he\s+only)\s+(?:member|governor|policymaker|official)\b"
        r"[^.;,]{0,50},\s+(?:" + _TITLE + r")?" + _NAME
        + r",\s+(?:voted|preferred|wanted)\s+to\s+(?:keep|hold|leave|maintain)\b")),
    # "Judge Paul Whitcomb dissented" (a title, so not the last of a list: "Justices Jackson
    # and Sotomayor dissented"); "In dissent, Judge Castro wrote" (no one joined); "board
    # member Kwon Tae-seok had dissented"
    ("who cast the lone dissent", re.compile(
        r"(?<!and )(?<!, )\b(?:" + _TITLE + r"|(?:[Bb]oard|[Cc]ommittee|[Cc]ouncil)\s+member\s+)"
        + _NAME + r"\s+(?:had\s+)?dissented\b")),
    ("who cast the lone dissent", re.compile(
        r"\bIn\s+(?:(?:her|his|a|the|its)\s+)?" + _DISSENT_ADJ
        + r"dissent(?:ing\s+(?:judg(?:e)?ment|opinion))?,\s+"
        r"(?:" + _TITLE + r")?" + _NAME
        + r"(?![\w'’.-]|,?\s+(?:joined|along with|with|writing for)\b)")),
    # "Judge Ashby, in dissent, said …" (no one joined)
    ("who cast the lone dissent", re.compile(
        r"(?<!and )(?<!, )\b" + _TITLE + _NAME + r",\s+in\s+(?:(?:her|his|a)\s+)?dissent,"
        r"(?!\s+joined)")),
    ("who cast the lone dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+cast(?:ing)?\s+the\s+(?:lone|only|sole)\s+"
        r"dissenting\s+vote\b")),
    ("who cast the lone dissent", re.compile(
        r"(?:\b(?:lone|only|sole|single|one|(?:drew|drawing|drawn)\s+a)\s+dissent(?:ing vote)?"
        r"(?:,?\s+(?:came\s+)?from|:)|\b[Tt]he\s+dissent\s+came\s+from)"
        # ("The dissent came from Judge Harold Brenner": the one dissent)
        # ("came from external member Miriam Okafor")
        r"\s+(?:(?:[a-z]+\s+){0,2}(?:[A-Z]{2,5}\s+)?(?:member|governor|policymaker)\s+)?"
        # ("from Fed Governor Stephen Hale": the bank's short name before the title)
        r"(?:[A-Z][A-Za-z]{1,4}\s+(?=(?:Deputy\s+|Vice\s+)?Governor\b))?"
        r"(?:" + _TITLE + r")?" + _NAME)),
    # "The lone dissenter, board member Park Jae-min, wanted to stay on hold"
    ("who cast the lone dissent", re.compile(
        r"\b(?:lone|only|sole)\s+dissenter,\s+(?:(?:[a-z]+\s+){0,3})?(?:" + _TITLE + r")?"
        + _NAME)),
    # "Jonathan Reeve, one of the committee's external members, was the lone voice against"
    ("who cast the lone dissent", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r"(?:,\s+[^,.;]{3,60},)?\s+(?:was|is)\s+the\s+"
        r"(?:lone|only|sole|single)\s+(?:voice|vote)\s+(?:against|of dissent|for\s+a\s+"
        r"(?:hold|cut|rise|hike))\b")),
    # "with external member Prakash Venkatraman voting to leave the repo rate unchanged"
    ("who cast the lone dissent", re.compile(
        r"\bwith\s+(?:(?:[a-z]+\s+){0,2}(?:member|governor)\s+)?(?:" + _TITLE + r")?" + _NAME
        + r"\s+voting\s+(?:to\s+(?:keep|hold|leave)|against|for\s+(?:a\s+)?(?:hold|pause|"
        r"status quo))\b")),
    # Of a split committee's dissenters, the one who would not move ("Kansas City Fed
    # President Jeffrey Schmid preferred to leave rates unchanged" / "Austan Goolsbee voted
    # against any cut at all"; "Schmid for no move") and the one who wanted a bigger step
    # ("Miran dissented in favour of a half-point cut"): one holder each, however many
    # dissented.
    ("who dissented for no move", re.compile(
        r"(?<!and )(?<!, )\b(?:" + _TITLE + r")?" + _NAME + r"(?:,\s+[^,.;]{1,60},)?\s+"
        r"(?:(?:voted|preferred|wanted)\s+to\s+(?:keep|hold|leave|maintain|stay)\b|"
        r"voted\s+against\s+(?:any|a|the)\s+(?:rate\s+)?(?:cut|reduction|increase|hike|"
        r"move)|dissented\s+(?:in\s+favou?r\s+of|for)\s+(?:holding|keeping|leaving|no\s+"
        r"(?:move|change|cut)|a\s+(?:hold|pause))|(?:dissented\s+)?for\s+no\s+(?:move|change|"
        r"cut)\b)")),
    ("who dissented for a bigger move", re.compile(
        r"(?<!and )(?<!, )\b(?:" + _TITLE + r")?" + _NAME + r"(?:,\s+[^,.;]{1,60},)?\s+"
        r"(?:dissented\s+(?:in\s+favou?r\s+of|for)\s+(?:a\s+)?(?:bigger|larger|deeper|"
        r"half-point|half\s+point|50[\s-]*(?:basis[\s-]*points?|bp)|jumbo)|"
        r"(?:wanted|preferred|favou?red|pushed\s+for)\s+a\s+(?:bigger|larger|deeper)\b)")),
    # "One external member, Meera Kulkarni, voted for a status quo"
    ("who cast the lone dissent", re.compile(
        r"\b(?:[Oo]ne|[Tt]he\s+(?:lone|only|sole))\s+(?:[a-z]+\s+)?member,\s+" + _NAME
        + r",\s+voted\s+(?:to\s+(?:keep|hold|leave)|against|for\s+(?:a\s+)?(?:hold|pause|"
        r"status quo))\b")),
    # "Eight of the nine members backed the cut. Miriam Okafor voted to keep rates unchanged"
    ("who cast the lone dissent", re.compile(
        # (not the last of a list, "Mann, Pill and Clare Lombardelli voted to keep", nor a
        # body, "members of the Monetary Policy Committee voted to keep")
        r"(?<![\w,] )\b(?:(?:board |committee |external |MPC )?member\s+|" + _TITLE
        + r")?(?!(?:[A-Z][\w'’.-]+\s+){0,2}(?:Committee|Board|Council|Bank)\b)" + _NAME
        + r"\s+voted\s+to\s+(?:keep|hold|leave)\b")),
    ("who wrote for the majority", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r"\s+(?:wrote|authored|penned|delivered)\s+(?:for "
        r"the majority|the majority opinion|the court's opinion)")),
    # "In an opinion by Justice Kagan, the court held …"
    ("who wrote for the majority", re.compile(
        r"\b[Ii]n\s+(?:an|the|its)\s+(?:majority\s+)?opinion\s+(?:written\s+)?by\s+(?:"
        + _TITLE + r")?" + _NAME)),
    # "The opinion was written by Justice Kavanaugh": a ruling's opinion is the majority's
    ("who wrote for the majority", re.compile(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]he court's)\s+opinion\s+was\s+(?:written|authored|penned)\s+"
        r"by\s+(?:" + _TITLE + r")?" + _NAME)),
    ("who wrote for the majority", re.compile(
        r"\b(?:majority opinion|lead(?:ing)? judgment),?\s+(?:was\s+)?(?:written|authored|"
        r"penned|given|delivered)\s+by\s+(?:" + _TITLE + r")?" + _NAME)),
    # "Writing for the majority, Justice Barrett said"; "Lord Reed, the court's president,
    # gave the lead judgment"
    ("who wrote for the majority", re.compile(
        r"\bWriting for (?:the|a) (?:[\w-]+\s+)?majority,\s+(?:" + _TITLE + r")?" + _NAME)),
    # "Justice Majiedt, writing for a unanimous court"; "In a unanimous judgment handed down
    # on Thursday, Justice Madlanga wrote that …"
    ("who wrote for the majority", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",\s+writing\s+for\s+(?:a|the)\s+(?:unanimous\s+|"
        r"[\w-]+-(?:member|justice|judge)\s+|[\w-]+\s+)?(?:court|majority|bench)\b")),
    ("who wrote for the majority", re.compile(
        r"\bIn\s+(?:a|the|its)\s+(?:unanimous\s+|majority\s+)?(?:judgment|opinion|ruling)\b"
        r"[^.;]{0,80}?,\s+(?:" + _TITLE + r")?" + _NAME + r"\s+wrote\b")),
    # "Justice Barrett's opinion for the 6-3 court"
    ("who wrote for the majority", re.compile(
        r"(?:" + _TITLE + r")" + _NAME + r"['’]s\s+(?:majority\s+)?opinion\s+for\s+the\s+"
        r"(?:[\w-]+\s+)?(?:court|majority)\b")),
    ("who wrote for the majority", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+(?:[^,.;]{1,50},\s+)?(?:gave|delivered|wrote)"
        r"\s+the\s+lead(?:ing)?\s+judgment\b")),
    ("who led the delegation", re.compile(
        r"\b(?:[Tt]he\s+|[Aa]n?\s+)?" + _SIDE + r"\s+" + _TEAM
        + r"\b(?:[^.;,]{0,50}?\s(?:was|is|will be))?,?\s+(?:(?:was|is|will be)\s+)?"
        r"(?:led|headed)\s+by\s+(?:" + _TITLE + r")?" + _NAME)),
    ("who led the delegation", re.compile(
        r"(?:" + _TITLE + r")?" + _NAME + r",?\s+(?:who\s+)?(?:(?:is|was)\s+)?(?:led|headed|"
        r"leads|heads|leading|heading)\s+(?:the\s+)?" + _SIDE + r"\s+(?:\w+\s+)?" + _TEAM
        + r"\b")),
    # "China's top negotiator at the Geneva meetings, Commerce Minister Wang Wentao, …"
    ("who led the delegation", re.compile(
        r"\b" + _SIDE + r"\s+(?:top|chief|lead)\s+(?:trade\s+)?negotiator\b[^,.;]{0,40},\s+"
        r"(?:" + _TITLE + r")?" + _NAME)),
    # "China sent a team headed by Li Chenggang"
    ("who led the delegation", re.compile(
        r"\b" + _SENDER + r"\s+(?:sent|dispatched|fielded)\s+(?:a|an|its)\s+(?:\w+\s+)?" + _TEAM
        + r"\s+(?:led|headed)\s+by\s+(?:" + _TITLE + r")?" + _NAME)),
    # "Beijing sent Commerce Minister Wang to head its team"
    ("who led the delegation", re.compile(
        r"\b" + _SENDER + r"\s+(?:sent|dispatched|named|picked|chose|tapped)\s+(?:" + _TITLE
        + r")?" + _NAME + r"\s+to\s+(?:head|lead)\s+(?:its|the)\s+(?:\w+\s+)?" + _TEAM
        + r"\b")),
)
_CIRCUITS = {w: f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
             for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "eleventh"), 1)}
# Roles whose holders are phrases in quotes: two share words ("me", "the") by chance.
_QUOTED_ROLES = frozenset({"what the booster is called"})
# Places in a race: every report names the other contenders too, so an article naming the
# other's holder says nothing of who held the place.
_RANKS = frozenset({"who won the election", "who finished second"})
# A court's state is its city at a lower precision ("a federal judge in California" / "a
# court in San Francisco"): a state names no city to set against another.
_STATES = frozenset(fold(x) for x in (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin", "Wyoming",
)) | {"new hampshire", "new jersey", "new mexico", "north carolina", "north dakota",
              "rhode island", "south carolina", "south dakota", "west virginia"}
# Words of a name that say its kind, not which one ("Balikesir province").
_KIND_WORDS = frozenset({"province", "district", "county", "region", "town", "city", "village",
                         "prefecture", "state", "area", "circuit", "court", "of",
                         # a title left on a name ("Lady Justice Ashworth" read as "Justice
                         # Ashworth") names no one
                         "justice", "judge", "lord", "lady", "dame", "sir", "governor",
                         "president", "minister", "premier", "secretary", "vice", "deputy"})


def _key(name: str) -> frozenset[str]:
    words = re.sub(r"[\W_]+", " ", fold(name)).split()
    # (a serial number is no word of the name: "Lyngen-1" / "Lofoten-1" share none)
    return frozenset(w for w in words if w not in _KIND_WORDS and not w.isdigit())


# A sea is where a quake struck, not the town it is placed by.
_SEA = re.compile(r"^(?:Pacific|Atlantic|Indian|Arctic|Mediterranean|Caribbean|Aegean|Adriatic|"
                  r"Ionian|Baltic)\b|\b(?:Ocean|Sea|Gulf|Bay|Strait|Channel)\b")


# Roles a past year in the sentence does not make another happening's: a court is based
# where it was ("The Luxembourg-based court annulled the larger part of the 2019 decision").
_TIMELESS = frozenset({"where the court is based", "where the company is based"})


def _holders(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    """Role (with its side) -> the holders the article names, with their sentences."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    past = past_year_sentences(doc)
    for s in doc.analysis.sentences:
        if s.index not in doc.content:
            continue
        text = doc.sentence_text(s.index)
        centred = False  # (an epicentre named by the patterns, in this sentence)
        for role, pattern in (*_PATTERNS, (_CENTRED, _EPICENTRE_PAST_NAME)):
            if pattern is _EPICENTRE_PAST_NAME and centred:
                continue
            if s.index in past and role not in _TIMELESS:
                continue  # ("In 2015, a magnitude 7.8 earthquake centered in Gorkha …")
            for m in pattern.finditer(text):
                name = m.group("name").strip(" .,'’")
                name = re.sub(r"['’]s$", "", name).removeprefix("The ")
                side = m.groupdict().get("side")
                if side:
                    word = (fold(side).removesuffix("'s").removesuffix("’s").removesuffix("'")
                            .removeprefix("the ").strip())
                    # another country's side: "Indonesian" and "Indonesia's" by their stem
                    key = _SIDE_WORDS.get(word) or (f"{word[:5].title()}'s"
                                                    if len(word) >= 4 else None)
                    if key is None:
                        continue
                    role_key = f"{role}|{key}"
                else:
                    role_key = role
                if role.startswith("where the court") and fold(name) in _STATES:
                    continue
                if role == "where the quake was centred" and (
                        _SEA.search(name) or gazetteer.country_code(name)):
                    continue  # "placed the epicentre in the Pacific roughly 18 km off Atico";
                    # "the epicentre was in Iran, near the town of Khalkhal"
                if role.startswith(("who dissented", "who cast")) and set(
                        fold(name).split()) & _ORG_WORDS:
                    continue  # "the Monetary Policy Committee voted to keep": a body voting
                if role in _RANKS and _LED_BY.search(text, 0, m.start("name")):
                    continue  # "Latvia First Bloc led by Māris Ozols was second": the bloc's
                if role == "which appeals court ruled":
                    name = _CIRCUITS.get(fold(name), name) + " Circuit"  # "Ninth" is "9th"
                if _key(name):
                    out[role_key].append((name, s.index))
                    centred = centred or role_key == _CENTRED
    return out


_CENTRED = "where the quake was centred"


# A leader named inside the phrase of the body holding the role.
_LED_BY = re.compile(r"\b(?:led|headed|chaired|founded|fronted)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,2}$")


# Justices who joined an opinion: "joined by Justices Elena Kagan and Ketanji Brown
# Jackson", "Thomas and Alito joined".
_JOINED_BY = re.compile(r"\b(?:joined\s+by|(?:which|that|who)\s+(?:also\s+)?included)\s+"
                        r"(?:Justices?\s+|Judges?\s+)?([^.;:()]{3,120})")
_JOINED = re.compile(r"((?:[A-Z][\w'’-]+,?\s+(?:and\s+)?){1,6})joined\b")


def _joiners(doc: Doc) -> frozenset[str]:
    """The surnames an article names as joining an opinion (the words of "joined by …"
    lists and of "X and Y joined")."""
    out: set[str] = set()
    text = doc.article.text
    for m in (*_JOINED_BY.finditer(text), *_JOINED.finditer(text)):
        out |= {w for w in re.findall(r"\w+", fold(m.group(1)))
                if w not in {"and", "justice", "justices", "judge", "judges", "chief"}}
    return frozenset(out)


def _last(name: str) -> str:
    """The name's last word, folded (a surname, a town's name)."""
    key = _key(name)
    words = [w for w in re.sub(r"[\W_]+", " ", fold(name)).split() if w in key]
    return words[-1] if words else ""


def _one(names: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The one holder named (a name and its longer form count once), else None."""
    keys = [_key(n) for n, _ in names]
    longest = max(range(len(names)), key=lambda i: len(keys[i]))
    if all(k <= keys[longest] for k in keys):
        return names[longest]
    return None


# A vote's dissenters: a sentence telling of voting against, naming the people who did.
_DISSENT = re.compile(r"\b(?:dissent(?:s|ed|ers?|ing)?|holdouts?|entered (?:a )?reservations?|"
                      r"voted (?:against|to (?:keep|hold|leave))|"
                      r"opposed|preferred (?:to (?:hold|keep|leave)|no change))\b",
                      re.IGNORECASE)


# The sentence after a dissent naming who wanted otherwise ("two governors dissented in
# favor of a cut. Governors Waller and Bowman wanted a quarter-point reduction.").
# Members listed as wanting no move ("Four members — Greene, Lombardelli, Mann and Pill —
# wanted to keep Bank Rate at 4.25%"): dissent when read after the names, not a dissent a
# sentence after it refers back to.
_HELD_FOR = re.compile(r"\b(?:wanted|preferred) to (?:keep|hold|leave|wait)\b", re.IGNORECASE)
_WANTED = re.compile(r"\b(?:wanted|favou?red|preferred|argued for|pushed for|sought|backed)\b",
                     re.IGNORECASE)


_PERSONAL = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")
_ORG_WORDS = frozenset({"bank", "committee", "council", "party", "ministry", "board", "court",
                        "fed", "group", "fund", "reserve", "rate", "commission", "union", "agency",
                        "office", "house", "senate", "assembly"})


_LIST_CUE = re.compile(r"\b(?:holdouts|dissenters|dissenting members)(?:\s+(?:were|included)\s+|"
                       r",\s+(?=[A-Z]))|"
                       r"\b(?:dissent(?:ed|ing)|(?:wanted|preferred) to (?:keep|hold|leave|wait))"
                       r"\b[^.;]{0,40}?,?\s+along with\s+", re.IGNORECASE)
_DISSENT_AFTER = 150  # characters after a name where its word of dissent stands
_SPOKE = re.compile(r"\b(?:said|says|told|suggested|added|noted)\b", re.IGNORECASE)
# ("The holdouts were Pill, Greene, Mann and Breeden", "The two dissenters, governors
# Christopher Waller and Adriana Kugler, argued …")
_LISTED = re.compile(r"\b(?:(?:holdouts|dissenters|dissenting members|those against)(?:\s+(?:were|"
                     r"was|included|are)\b|,)|who\s+(?:voted|wanted)\s+to\s+(?:hold|keep|leave)"
                     r"[^.;]{0,30}?\s+were\b)[^.;]{0,80}$", re.IGNORECASE)
# ("The three who voted to hold rates were Megan Greene, Catherine Mann and …")


def _dissenters(doc: Doc, persons: set[str]) -> tuple[frozenset[str], int] | None:
    """The people the article names as dissenting (surnames), and a sentence saying so
    (a name the tagger read as an organisation here counts when another article of the
    story reads it as a person's: ``persons``)."""
    names: set[str] = set()
    first = -1
    with_person = {m.sentence for p in doc.analysis.people if p.kind == "person"
                   for m in p.mentions}
    for person in doc.analysis.people:
        # "Ines Marlow (an organisation?) and Piet Oduya voted …": a two-word name without
        # an organisation's word, listed where the tagger found a person, is one too
        personal = person.kind == "person" or fold(person.name) in persons
        maybe = _PERSONAL.fullmatch(person.name) is not None and not (
            set(fold(person.name).split()) & _ORG_WORDS)
        if not personal and not maybe:
            continue
        text = doc.article.text
        for m in person.mentions:
            if m.sentence not in doc.content or not (personal or m.sentence in with_person):
                continue
            # the name listed as dissenting: the word of dissent just after it ("Greene and
            # Mann voted to hold"), or a list of the holdouts or dissenters it stands in
            # ("The holdouts were Pill, Greene, Mann and Breeden"), not a speaker ("Howard
            # said … the three holdouts refused")
            sent = doc.sentence(m.sentence)
            after = text[m.end:min(m.end + _DISSENT_AFTER, sent.end if sent else len(text))]
            before = text[sent.start if sent else 0:m.start]
            word = _DISSENT.search(after) or _HELD_FOR.search(after)
            if ((word is not None and not _SPOKE.search(after[:word.start()]))
                    or _LISTED.search(before)
                    or (_WANTED.search(after)
                        and _DISSENT.search(doc.sentence_text(m.sentence - 1)))):
                names.add(fold(person.name).split()[-1])
                first = m.sentence if first < 0 else min(first, m.sentence)
    # names in a list of holdouts, also those the tagger did not take for people ("The four
    # holdouts were Huw Pill, Catherine Mann, Megan Greene and Swati Dhingra"; "… was among
    # the four who preferred to wait, along with Mann, Greene and Lombardelli")
    for s in doc.content:
        sent = doc.sentence(s)
        cue = _LIST_CUE.search(sent.text) if sent is not None else None
        if sent is None or cue is None:
            continue
        for listed in _PERSONAL.finditer(sent.text, cue.end()):
            if not set(fold(listed.group(0)).split()) & _ORG_WORDS:
                names.add(fold(listed.group(0)).split()[-1])
                first = s if first < 0 else min(first, s)
    # two names joined before the word of dissent, whatever the tagger made of them
    # ("Catherine Mann and Huw Pill voted to keep rates unchanged")
    for s in doc.content:
        for pm in _PAIR_DISSENT.finditer(doc.sentence_text(s)):
            pair = {fold(pm[k]).split()[-1] for k in ("a", "b")}
            if not {w for k in ("a", "b") for w in fold(pm[k]).split()} & _ORG_WORDS:
                names |= pair
                first = s if first < 0 else min(first, s)
    return (frozenset(names), first) if names else None


_PAIR_DISSENT = re.compile(
    r"(?<!and )(?<!, )\b(?P<a>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s+and\s+"
    r"(?P<b>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)(?:,\s+[^,.;]{3,60},)?\s+(?:voted\s+(?:against|"
    r"to\s+(?:keep|hold|leave))|dissented|(?:wanted|preferred)\s+to\s+(?:keep|hold|leave))\b")


def _unknown_to(names: frozenset[str], doc: Doc) -> bool:
    """Is one of the surnames nowhere in the article?"""
    return bool(names - set(re.findall(r"\w+", doc.folded_text)))


def _dissent_difference(d: Discrepancy) -> set[str]:
    """The surnames only one of a dissenter report's two lists holds."""
    a, b = ({fold(n.strip()) for n in v.value.split(",")} for v in d.values[:2])
    return a ^ b


def dissenter_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets naming as many dissenters of one vote, not the same ones ("Marwick and
    Brennan" / "Marwick and Castell"): lists of one length sharing a name but not all.
    (Lists of other lengths may each name some of them.)"""
    persons = {fold(p.name) for d in docs for p in d.analysis.people if p.kind == "person"}
    told = {d.order: _dissenters(d, persons) for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        a, b = told.get(da.order), told.get(db.order)
        if (a is None or b is None or min(len(a[0]), len(b[0])) < 2
                or not a[0] & b[0] or a[0] == b[0]):
            continue
        if len(a[0]) != len(b[0]) and not (_unknown_to(a[0] - b[0], db)
                                           and _unknown_to(b[0] - a[0], da)):
            continue  # (a list may name some of them, unless each names one the other
            # article never mentions: "Pill, Greene, Mann and Lombardelli" / "Greene,
            # Mann and Breeden")
        shown = [", ".join(sorted(n.title() for n in x[0])) for x in (a, b)]
        return [two_outlets("name", "who dissented", (da, a[1], shown[0]), (db, b[1], shown[1]),
                            f"Outlets name different dissenters: {shown[0]} vs {shown[1]}.")]
    return []


_DELEGATION = "who led the delegation"
_LEADING = re.compile(r"\b(?:co-?)?(?:led|leads|leading|headed|heads|heading|chaired|"
                      r"(?:chief|lead|top)\s+negotiator)\b", re.IGNORECASE)


def _leads(doc: Doc, surname: str) -> bool:
    """Does the article name ``surname`` in a sentence telling someone leading?"""
    word = re.compile(rf"\b{re.escape(surname)}\b")
    return bool(surname) and any(word.search(fold(s.text)) and _LEADING.search(s.text)
                                 for s in doc.analysis.sentences)


def _named_there(role: str, doc: Doc, name: str) -> bool:
    """Does the article name ``name`` as a holder could be named? A city of the next round
    only as a place ("after the last one in Vienna"), not as its government ("Beijing
    halved its tariff"); an agreement's city only where it tells the signing (its holders)."""
    if role == "where the agreement was signed":
        return False  # one signing, one place: the other city named elsewhere ("after
        # talks in Astana in March") signed nothing
    if role != "where the talks are held":
        return True
    return re.search(rf"\b(?:in|at)\s+{re.escape(name)}\b", doc.article.text) is not None


# A distance and bearing from a named place ("about 14 kilometers northwest of Avenal").
_OFFSET = (r"([\d.,]+)\s*(" + _UNIT + ")" + _CONVERTED + r"\s+(" + _BEARING
           + r")\s+of\s+(?:the\s+)?(?:[a-z]+\s+)*")


def _offset(doc: Doc, held: tuple[str, int]) -> tuple[str, str, str] | None:
    """The distance and bearing the holder's sentence puts the epicentre at from it."""
    name, index = held
    m = re.search(_OFFSET + re.escape(name), doc.sentence_text(index), re.IGNORECASE)
    if m is None:
        return None
    return m.group(1).replace(",", ""), m.group(2)[:2].lower(), fold(m.group(3)).replace("-", "")


def _same_offset(role: str, da: Doc, a: tuple[str, int], db: Doc, b: tuple[str, int]) -> bool:
    """Two outlets put the epicentre at the same distance and bearing from two places: one
    of them has the place wrong, whatever else each article names ("14 kilometers
    northwest of Coalinga" / "14 kilometers northwest of Avenal"; "near Coalinga" and
    "20 km east of Avenal" may both hold)."""
    if role != _CENTRED:
        return False
    oa, ob = _offset(da, a), _offset(db, b)
    return oa is not None and oa == ob


def role_holder_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets naming different holders of one of the story's roles."""
    held = {d.order: _holders(d) for d in docs if d.independent}
    words = {d.order: set(re.findall(r"\w+", d.folded_text)) for d in docs if d.independent}
    joined: dict[int, frozenset[str]] = {}  # read only for articles naming both holders

    def joiners(doc: Doc) -> frozenset[str]:
        if doc.order not in joined:
            joined[doc.order] = _joiners(doc)
        return joined[doc.order]

    out: list[Discrepancy] = []
    seen: set[str] = set()
    told: set[frozenset[str]] = set()  # the surnames of each pair reported
    for da, db in outlet_pairs(docs):
        ha, hb = held.get(da.order, {}), held.get(db.order, {})
        for role in sorted(ha.keys() & hb.keys()):
            a, b = _one(ha[role]), _one(hb[role])
            if a is None or b is None or role in seen:
                continue
            ka, kb = _key(a[0]), _key(b[0])
            quoted = role in _QUOTED_ROLES  # names of several common words ("… Tell Me …")
            two_people = (len(ka) >= 2 and len(kb) >= 2 and _last(a[0]) != _last(b[0])
                          and not role.startswith("where"))
            if ka <= kb or kb <= ka or (ka & kb and not quoted and not two_people):
                continue  # one holder, named more or less fully (not two full names that
                # share a given name only: "Alan Whitcombe" / "Alan Whitfield")
            if role.startswith(_DELEGATION):
                if _leads(da, _last(b[0])) or _leads(db, _last(a[0])):
                    continue  # the other's holder told as leading too: a team led jointly
                    # (a holder named only as speaking or attending leads nothing here)
            elif role not in _RANKS and not _same_offset(role, da, a, db, b) and (
                    (_last(b[0]) in words[da.order] and _last(b[0]) not in joiners(da)
                     and _named_there(role, da, b[0]))
                    or (_last(a[0]) in words[db.order] and _last(a[0]) not in joiners(db)
                        and _named_there(role, db, a[0]))):
                continue  # each article names the other's holder: both may hold a role
                # (by surname: "Rebecca Dallet" shares no more than a given name with
                # "Rebecca Grassl Bradley"), unless it names them as joining the opinion
                # its own holder wrote ("Sotomayor wrote the dissent, joined by Kagan" /
                # "In dissent, Kagan, joined by Sotomayor"); a capital named as its
                # government ("Beijing halved its tariff") does not host the next round
            pair = frozenset({_last(a[0]), _last(b[0])})
            if pair in told:
                continue  # the same two people already set apart in another role ("the lone
                # dissent" / "who dissented for no move")
            seen.add(role)
            told.add(pair)
            what, _, side = role.partition("|")
            about = what.replace("the delegation", f"{side} delegation") if side else what
            out.append(two_outlets(
                "place" if what.startswith("where") else "name", about,
                (da, a[1], a[0]), (db, b[1], b[0]),
                f"Outlets name different holders of one role ({about}): {a[0]} vs {b[0]}."))
    # (a list of dissenters that differs only by a pair already told apart adds nothing)
    return out + [d for d in dissenter_conflicts(docs)
                  if frozenset(_dissent_difference(d)) not in told]
