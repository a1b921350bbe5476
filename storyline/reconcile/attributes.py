"""One thing of a closed class told as two members of it (issue 11, recall of details).

Outlets describe one object differently: "brought a rifle into the building" in one report
and "walked into the office with a shotgun" in another; "found dead in a hotel room" /
"in a motel room"; "a white van" / "a silver van". No number, name or place differs, and
the sentences are too unlike for sentence similarity to pair them. What ties the two words
is their class: each is a member of a small closed class of mutually exclusive kinds (a
long gun is a rifle or a shotgun, not both), so two members told for the story's one thing
are a disagreement, while a word of another class says nothing against them.

Two sub-classes, each strict:

* **Kinds** (``_KINDS``): the firearm (rifle / shotgun / handgun, "pistol" and "revolver"
  being handguns), the blade or tool used to stab or strike (knife / machete / axe /
  screwdriver…), the lodging (hotel / motel / hostel). Synonyms and sub-kinds form one
  member, so "a pistol" / "a handgun" is no conflict; a generic word ("gun", "weapon")
  is not a member.
* **Colours of one head noun**: a colour word right before a noun ("white van", "dark blue
  sedan"): the noun right after it (stemmed) is the thing, the colour its value. Near
  shades form one member (silver/grey, red/maroon, brown/tan/beige); colours of people
  (race), of hair, eyes and clothes (the noun does not say whose) and fixed phrases ("red
  tape", "yellow card", "black box") are not read, nor capitalised names ("the White
  House").

A report needs: two independent outlets each giving exactly ONE member for the thing in
their whole article, the members different, no article of the story giving two members
(a listing, "rifles and shotguns", or a later correction inside one report), and at most
two members in the whole story (three kinds of gun are several weapons, not one told
differently). A sentence that gives two members joined by "or" ("either a shotgun or a
rifle") is the outlet hedging: it is read as giving neither. Occurrences are read in the
article's content sentences only, lower-case words only; a kind word before a noun of
rules, trade or crime ("a handgun permit", "knife crime") names a category, not the thing.

That rule is ``closed_class_conflicts``, shared with the sibling classes that need more
guards: a casualty's condition and place of death (``casualties``), a vote told unanimous
and split (``votes``), one casualty's nationality (``nationalities``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator

from .evidence import Doc, dedupe_citations, outlet_pairs, told_two_ways
from .model import Citation, Discrepancy, DiscrepancyValue
from .text import STOP_WORDS, stem, wordset

# Each closed class: what it is about, and its members (a member: its words, first the name).
_KINDS: dict[str, tuple[str, list[tuple[str, ...]]]] = {
    "firearm": ("the gun used", [
        ("rifle", "rifles", "carbine", "carbines"),
        ("shotgun", "shotguns"),
        ("handgun", "handguns", "pistol", "pistols", "revolver", "revolvers"),
    ]),
    "blade": ("what was used to stab or strike", [
        ("knife", "knives"),
        ("machete", "machetes"),
        ("axe", "hatchet", "hatchets"),
        ("screwdriver", "screwdrivers"),
        ("scissors",),
        ("sword", "swords"),
    ]),
    "lodging": ("the kind of lodging", [
        ("hotel", "hotels"),
        ("motel", "motels"),
        ("hostel", "hostels"),
    ]),
    # what a head of government signed: an order, a memorandum and a proclamation are three
    # instruments (trade measures are proclaimed or ordered; outlets mix them up)
    "instrument": ("the kind of instrument signed", [
        ("executive order", "executive orders"),
        ("memorandum", "memorandums", "memoranda"),
        ("proclamation", "proclamations"),
    ]),
    # the level of a tsunami alert: a warning, an advisory and a watch are three levels
    "tsunami alert": ("the level of the tsunami alert", [
        ("tsunami warning", "tsunami warnings"),
        ("tsunami advisory", "tsunami advisories"),
        ("tsunami watch",),
    ]),
}
# Colour words and the member each belongs to: near shades are one member.
_COLOURS = {
    "white": "white", "black": "black", "silver": "silver", "grey": "silver",
    "gray": "silver", "red": "red", "maroon": "red", "burgundy": "red", "blue": "blue",
    "navy": "blue", "green": "green", "yellow": "yellow", "gold": "yellow",
    "golden": "yellow", "orange": "orange", "brown": "brown", "tan": "brown",
    "beige": "brown", "purple": "purple", "pink": "pink",
}
# Nouns a colour word does not describe as a thing's colour: people (the word tells race),
# and fixed phrases where the colour is part of the name of something else.
_NOT_HEADS = frozenset(stem(w) for w in wordset(
    "man men woman women people person boy boys girl girls child children kid kids teen "
    "teenager youth suspect victim officer resident residents student students family "
    "families community voter voters neighbourhood neighborhood american americans "
    "african africans male female driver motorist leader worker workers player players "
    "house paper list market light lights card cards medal medals belt belts tape collar "
    "collars chip chips carpet flag flags line lines box boxes hole sea friday christmas "
    "magic matter spot eye eyes smoke ribbon zone zones water wine meat alert alerts shirt "
    "shirts jersey jerseys team teams side sides tide dwarf giant star stars blood cell "
    "cells cross and or "
    # a person's hair, eyes or clothes: whose they are is not told by the noun (two people,
    # or one suspect of two incidents); the rules of people compare people
    "hair beard moustache mustache skin eye eyes jacket jackets shirt hoodie hoodies coat "
    "coats trousers pants jeans shoes sweater sweatshirt cap hat dress suit t-shirt"))
# Nouns after a kind word that make it name a category, not the story's thing: rules,
# trades, crimes and pastimes ("a handgun permit", "knife crime", "the hotel industry").
_CATEGORY_HEADS = frozenset(stem(w) for w in wordset(
    "permit permits licence license licenses law laws ban bans control regulation "
    "regulations crime crimes violence owner owners ownership association associations "
    "industry sector sales market chain chains group groups show shows range ranges club "
    "clubs maker makers manufacturer manufacturers dealer dealers store stores shop shops "
    "rights lobby amnesty wedding attack attacks"))
# thing -> member -> (sentence, word as written) where one article gives it
Told = dict[str, dict[str, list[tuple[int, str]]]]
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_OR = re.compile(r"\bor\b")


def _kind_members() -> dict[str, tuple[str, str]]:
    """Each member word -> (class, member name)."""
    out: dict[str, tuple[str, str]] = {}
    for cls, (_about, members) in _KINDS.items():
        for words in members:
            for w in words:
                out[w] = (cls, words[0])
    return out


_MEMBER_OF = _kind_members()
# Members of two words ("executive order"), read as one before the words one by one.
_PHRASE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in _MEMBER_OF if " " in w),
                                                key=len, reverse=True)) + r")\b")


def _shown(word: str) -> str:
    """A member word as a report shows it: the outlet's word, singular."""
    if " " in word:
        return " ".join(_shown(w) for w in word.split())
    return {"knives": "knife", "scissors": "scissors", "memoranda": "memorandum",
            "advisories": "advisory"}.get(word, stem(word))


def _mentions(text: str) -> Iterator[tuple[str, str, str, int]]:
    """(thing, member, word, offset) for each closed-class word of a sentence: ("firearm",
    "handgun", "pistol", …) for a kind, ("colour:van", "silver", "grey", …) for a colour
    right before a noun."""
    words = list(_WORD.finditer(text))
    phrases = list(_PHRASE.finditer(text))
    for p in phrases:
        rest = text[p.end():].split(maxsplit=1)
        if rest and stem(rest[0].lower().strip(".,;:")) in _CATEGORY_HEADS:
            continue
        cls, member = _MEMBER_OF[p.group()]
        yield cls, member, _shown(p.group()), p.start()
    for n, m in enumerate(words):
        w = m.group()
        if not w.islower():  # a capitalised word names something ("the White House")
            continue
        if any(p.start() <= m.start() < p.end() for p in phrases):
            continue  # a word of a two-word member
        if w in _MEMBER_OF:
            after = words[n + 1].group().lower() if n + 1 < len(words) else ""
            if stem(after) in _CATEGORY_HEADS:  # "a handgun permit": the kind, not the thing
                continue
            if w.startswith("memorand") and after == "of":
                continue  # "a memorandum of understanding": an agreement, not an order
            cls, member = _MEMBER_OF[w]
            yield cls, member, _shown(w), m.start()
        elif w in _COLOURS:
            # The noun right after it, nothing but a space between ("white van"; not
            # "in black, …", "black-and-white", "black and white").
            if n + 1 >= len(words) or text[m.end():words[n + 1].start()] != " ":
                continue
            head = words[n + 1].group()
            if (not head.isalpha() or not head.islower() or head in _COLOURS
                    or head in _MEMBER_OF or head in STOP_WORDS):
                continue
            head = stem(head)
            if len(head) > 2 and head not in _NOT_HEADS:
                yield f"colour:{head}", _COLOURS[w], w, m.start()


def _told(doc: Doc) -> Told:
    """thing -> member -> (sentence, word as written) where the article gives it. A
    sentence giving two members of one thing joined by "or" is hedging and gives neither."""
    out: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for index in doc.content:
        text = doc.sentence_text(index)
        found: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for thing, member, word, at in _mentions(text):
            found[thing].append((member, word, at))
        for thing, hits in found.items():
            if len({m for m, _, _ in hits}) > 1:
                first, last = min(a for *_, a in hits), max(a for *_, a in hits)
                if _OR.search(text[first:last].lower()):
                    continue
            for member, word, at in hits:
                if _DENIED.search(text[max(0, at - 30):at]):
                    continue  # "issued no tsunami advisory", "no tsunami warning was issued":
                    # a member said not to be, of a thing no outlet gives
                out[thing][member].append((index, word))
    return out


# A member said not to be: "no", "not a", "without a", "nor any" right before it.
_DENIED = re.compile(r"\b(?:no|not an?|not any|without an?|without any|nor an?|nor any|"
                     r"never an?)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _about(thing: str) -> str:
    if thing.startswith("colour:"):
        return f"the colour of the {thing.split(':', 1)[1]}"
    return _KINDS[thing][0]


def closed_class_conflicts(
    docs: list[Doc],
    told_of: Callable[[Doc], Told],
    about: Callable[[str], str],
    note: str,
    *,
    pair_ok: Callable[[Doc, int, Doc, int], bool] | None = None,
    clash: Callable[[str, str], bool] | None = None,
) -> list[Discrepancy]:
    """The rule every closed class shares: independent outlets each giving the thing
    exactly one member, the story exactly two, the two members different (``clash`` says
    which two members contradict, by default any two), and ``pair_ok`` accepting the two
    articles' sentences (one person, close in time)."""
    told = {d.order: told_of(d) for d in docs if d.independent}
    two_ways = told_two_ways({thing: set(by_member) for thing, by_member in by_thing.items()}
                             for by_thing in told.values())
    found: dict[str, dict[str, list[tuple[str, Citation]]]] = defaultdict(dict)
    for da, db in outlet_pairs(docs):
        ta, tb = told.get(da.order, {}), told.get(db.order, {})
        for thing in set(ta) & set(tb):
            if thing not in two_ways:
                continue
            (ma, sa), = ta[thing].items()
            (mb, sb), = tb[thing].items()
            if ma == mb or (clash is not None and not clash(ma, mb)):
                continue
            (ia, wa), (ib, wb) = sa[0], sb[0]
            if pair_ok is not None and not pair_ok(da, ia, db, ib):
                continue
            found[thing].setdefault(ma, []).append((wa, da.cite(ia)))
            found[thing].setdefault(mb, []).append((wb, db.cite(ib)))
    return [
        Discrepancy(
            kind="detail",
            about=about(thing),
            values=[DiscrepancyValue(told_as[0][0], dedupe_citations(c for _, c in told_as))
                    for told_as in values.values()],
            note=note,
        )
        for thing, values in found.items() if len(values) == 2
    ]


def attribute_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Independent outlets giving one thing two members of a closed class: the gun, the
    blade, the lodging, the colour of one noun (see the module's rules)."""
    return closed_class_conflicts(docs, _told, _about,
                                  "The outlets name different kinds of one thing.")
