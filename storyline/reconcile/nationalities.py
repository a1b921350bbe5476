"""The one casualty's nationality told two ways (issue 11, recall of details).

"A 36-year-old Scottish hiker died after a fall" in one report and "a Canadian hiker who
fell on Friday" in another: a nationality is a member of a closed class (the countries),
and one person has one (a dual nationality is written "British-Canadian" and not read).
A mention is a demonym right before a lower-case person noun of the kind casualty news
names ("climber", "tourist", "driver", "man"; not "official", whose nationality says
whose side spoke) in a sentence about harm (died, killed, injured, missing, rescued,
arrested…). "Scottish" and "English" are read as British: outlets name the country or
its nation, and that is one answer, not two.

Several people of one role are the risk: "a French tourist" in one report and "a German
tourist" in another are, in a quake, two victims. So besides the rules of
``attributes.closed_class_conflicts`` (each article one nationality for the noun, the story
two), a story that speaks of several of them ("tourists" in a sentence about harm, "two
climbers", "another climber", "the second tourist", "an Australian and an English
climber") is skipped for that noun, and two sentences giving different ages ("36-year-old",
"a climber, 41,") or different people's names are about two people.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .attributes import Told, closed_class_conflicts
from .evidence import Doc
from .model import Discrepancy
from .text import wordset

# Country -> its demonyms (and the country's name used as one: "a New Zealand climber").
_COUNTRIES = {
    "US": "American|US|U.S.", "UK": "British|English|Scottish|Welsh|Briton",
    "Ireland": "Irish", "Australia": "Australian", "New Zealand": "New Zealand|New Zealander",
    "Canada": "Canadian", "France": "French", "Germany": "German", "Italy": "Italian",
    "Spain": "Spanish", "Portugal": "Portuguese", "Netherlands": "Dutch",
    "Belgium": "Belgian", "Switzerland": "Swiss", "Austria": "Austrian",
    "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish", "Finland": "Finnish",
    "Poland": "Polish", "Czechia": "Czech", "Hungary": "Hungarian", "Romania": "Romanian",
    "Bulgaria": "Bulgarian", "Greece": "Greek", "Turkey": "Turkish", "Russia": "Russian",
    "Ukraine": "Ukrainian", "Israel": "Israeli", "Lebanon": "Lebanese", "Syria": "Syrian",
    "Iraq": "Iraqi", "Iran": "Iranian", "Afghanistan": "Afghan", "Pakistan": "Pakistani",
    "India": "Indian", "Bangladesh": "Bangladeshi", "Nepal": "Nepalese|Nepali",
    "Sri Lanka": "Sri Lankan", "China": "Chinese", "Japan": "Japanese",
    "South Korea": "South Korean", "North Korea": "North Korean", "Taiwan": "Taiwanese",
    "Vietnam": "Vietnamese", "Thailand": "Thai", "Philippines": "Filipino",
    "Indonesia": "Indonesian", "Malaysia": "Malaysian", "Singapore": "Singaporean",
    "Mexico": "Mexican", "Brazil": "Brazilian", "Argentina": "Argentine|Argentinian",
    "Chile": "Chilean", "Colombia": "Colombian", "Peru": "Peruvian",
    "Venezuela": "Venezuelan", "Cuba": "Cuban", "Egypt": "Egyptian", "Morocco": "Moroccan",
    "Nigeria": "Nigerian", "Kenya": "Kenyan", "Ethiopia": "Ethiopian", "Somalia": "Somali",
    "South Africa": "South African", "Saudi Arabia": "Saudi", "Jordan": "Jordanian",
}
_COUNTRY_OF = {w: c for c, words in _COUNTRIES.items() for w in words.split("|")}
_DEMONYM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _COUNTRY_OF), key=len,
                                              reverse=True)) + r")\b")


def demonym_countries(text: str) -> frozenset[str]:
    """The countries a text names by their demonyms ("Italian HICP inflation" -> Italy)."""
    return frozenset(_COUNTRY_OF[m.group(1)] for m in _DEMONYM.finditer(text))


# Person nouns of casualty news, singular -> plural.
_NOUNS = {w: w + "s" for w in wordset(
    "climber mountaineer hiker skier snowboarder tourist backpacker traveller traveler "
    "visitor passenger pilot driver cyclist motorcyclist pedestrian sailor diver swimmer "
    "surfer kayaker student teacher nurse doctor journalist reporter photographer worker "
    "engineer soldier teenager teen girl boy hostage volunteer missionary priest athlete "
    "runner jockey national citizen resident victim")}
_NOUNS.update({"man": "men", "woman": "women", "fisherman": "fishermen", "child": "children"})
_DEM = "|".join(sorted((re.escape(w) for w in _COUNTRY_OF), key=len, reverse=True))
_MENTION = re.compile(
    r"(?<![A-Za-z-])(?P<dems>(?:" + _DEM + r")(?:\s*(?:,|and|or)\s+(?:(?:an?|one|the)\s+)?(?:"
    + _DEM + r"))*)\s+(?P<noun>[a-z]+)\b")
_ONE_DEM = re.compile(r"(?<![A-Za-z])(?:" + _DEM + r")(?![A-Za-z])")
_HARM = re.compile(r"\b(died|dies|dead|death|deaths|killed|body|fell|falling|fall|injured|"
                   r"wounded|hurt|missing|rescued|drowned|kidnapped|abducted|arrested|"
                   r"detained|shot|stabbed|attacked|survived|hospitali[sz]ed)\b", re.I)
_SEVERAL_BEFORE = re.compile(r"\b(?:two|three|four|five|several|many|other|another|second|"
                             r"third|both|\d+)\s+(?:[\w-]+\s+){0,2}$", re.I)
_OTHER = re.compile(r"\b(?:another|other|second|third|fourth)((?:\s+[\w-]+){1,3})", re.I)
_AGE = re.compile(r"\b(\d{1,3})-year-old\b|,\s*(\d{1,3})\s*,")
# A capitalised word before the demonym makes a compound ("African American", "Native").
_DETERMINER = {"A", "An", "The", "One", "This", "That"}


def _nationalities(doc: Doc, several: set[str]) -> Told:
    out: Told = defaultdict(lambda: defaultdict(list))
    plurals = {p: n for n, p in _NOUNS.items()}
    for index in doc.content:
        text = doc.sentence_text(index)
        if not _HARM.search(text):
            continue
        for word in re.findall(r"[a-z]+", text):
            if word in plurals:
                several.add(plurals[word])  # "tourists" in a sentence about harm
        for m in _OTHER.finditer(text):  # "another tourist", "the second Dutch climber"
            several.update(w for w in m.group(1).split() if w in _NOUNS)
        for m in _MENTION.finditer(text):
            noun = m.group("noun")
            if noun not in _NOUNS:
                continue
            before = text[:m.start()].split()
            if before and before[-1][:1].isupper() and before[-1] not in _DETERMINER:
                continue  # "African American man", "Foreign Office"
            if _SEVERAL_BEFORE.search(text[:m.start()]):
                several.add(noun)
                continue
            dems = _ONE_DEM.findall(m.group("dems"))
            countries = {_COUNTRY_OF[d] for d in dems}
            if len(countries) > 1 and re.search(r"\bor\b", m.group("dems")):
                continue  # "a British or Irish climber": hedging
            for d in dems:
                out[noun][_COUNTRY_OF[d]].append((index, f"{d} {noun}"))
    return out


def _ages(text: str) -> set[str]:
    return {a or b for a, b in _AGE.findall(text)}


def _names(doc: Doc, index: int) -> set[str]:
    return {w.lower() for e in doc.analysis.entities
            if e.label == "PERSON" and e.sentence == index for w in e.text.split()}


def _one_person(da: Doc, ia: int, db: Doc, ib: int) -> bool:
    aa, ab = _ages(da.sentence_text(ia)), _ages(db.sentence_text(ib))
    if aa and ab and not aa & ab:
        return False
    na, nb = _names(da, ia), _names(db, ib)
    return not (na and nb and not na & nb)


def nationality_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """The story's one casualty of a role given two nationalities by independent outlets
    (see the module's rules)."""
    several: set[str] = set()
    told = {d.order: _nationalities(d, several) for d in docs if d.independent}

    def told_of(doc: Doc) -> Told:
        return {noun: by for noun, by in told.get(doc.order, {}).items()
                if noun not in several}

    return closed_class_conflicts(
        docs, told_of, lambda noun: f"the nationality of the {noun}",
        "The outlets give one person two nationalities.", pair_ok=_one_person)
