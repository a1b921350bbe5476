"""One quantity told in unlike sentences: numbers that share a measure key (issue 11, recall).

Outlets tell one number in different words ("the tremor lasted 30 seconds" / "sensing a
definite tremor for one minute"; "the stricken ferry drifted for 40 minutes until two tugs
reached it" / "the vessel drifted helplessly for 75 minutes"), so their sentences are too
unlike for sentence similarity to align them. What the two numbers share is what they
measure: the kind and unit of the number and a content word next to it, within its clause
(``key_window_words`` either side: the noun counted, the verb or noun the number belongs
to: "tremor", "drifted"). That is a *measure key*. Crowds ("people") and shares
(percentages) have none: a crowd of another day or place, a share of another whole, is
told with the same words.

A key is only evidence when it is unambiguous: an article that gives two different values
with one key (a running count, two sentences of one man, several players' games) tells
several things by it, so its numbers are never aligned through that key. Two figures of two
articles are one measure when some key is held by each of them alone in its article (one
value per article for that key), the two values are within ``key_ratio`` of each other
and the story gives no third value with that key near either of them.
The people each sentence names (not its sources: "…, said pilot Jon Reyes") must be the
same, and neither sentence may name a place the other article never mentions. Every other
check of ``figures.py`` (two happenings, two people, rates, series, sorts of count, wholes
and parts) still applies to the pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from storyline.records import Figure

from .evidence import Doc
from .figure_items import BRACKET_AFTER
from .figure_values import neighbours_swapped
from .same_happening import unshared_places
from .same_measure import is_person
from .text import NUMBER_WORDS, STOP_WORDS, fold, stem, wordset


def root(word: str) -> str:
    """A word without its plural or verb ending: "lasted", "lasting", "lasts" -> "last"."""
    for end, keep in (("ing", 6), ("ed", 5)):
        if len(word) >= keep and word.endswith(end):
            return word[:-len(end)]
    return stem(word)


_WORD = re.compile(r"[a-z]+")
# Words next to a number that say nothing about what it measures: units and periods,
# bounds and approximations, reporting and linking verbs, times of day and week.
_NOT_KEYS = frozenset(root(w) for w in wordset(
    "about around nearly almost roughly approximately some estimated least most more less "
    "than over under just only another further additional other total whole "
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades time times old aged age percent per cent number numbers lot dozen "
    "dozens hundred hundreds thousand thousands million millions billion billions "
    "said says say told tell tells according report reports reported reporting "
    "people person police official officials authorities "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "morning afternoon evening night january february march april may june july august "
    "september october november december "
    "mr mrs ms dr new news story also including include includes "
    # the units a price is quoted in ("$11.42 a bushel" of futures / of a local cash bid)
    "bushel bushels barrel barrels ounce ounces tonne tonnes ton tons gallon gallons litre "
    "litres liter liters kilogram kilograms share shares"))
# Sentence punctuation that ends the clause a number belongs to.
_CLAUSE_END = re.compile(r"[;:()\"“”]|,\s+(?:and|but|while|who|which|where)\b|\s[-–—]\s")


def _clause(text: str, start: int, end: int, width: int) -> tuple[list[str], list[str]]:
    """Up to ``width`` words either side of the number, not past a clause break."""
    # (the clause goes on past a bracketed conversion: "$41.2bn (£30.6bn) in US imports")
    before, after = text[:start], BRACKET_AFTER.sub("", text[end:], count=1)
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    m = _CLAUSE_END.search(after)
    if m:
        after = after[:m.start()]
    return (_WORD.findall(fold(before))[-width:], _WORD.findall(fold(after))[:width])


def measure_words(doc: Doc, fig: Figure, width: int) -> frozenset[str]:
    """The content words (stemmed) next to a figure that may say what it measures."""
    s = doc.sentence(fig.sentence)
    if s is None:
        return frozenset()
    text = doc.article.text
    lo, hi = max(s.start, 0), min(s.end, len(text))
    if not lo <= fig.start <= fig.end <= hi:
        return frozenset()
    before, after = _clause(text[lo:hi], fig.start - lo, fig.end - lo, width)
    unit = stem(fold(fig.unit))
    out = set()
    for w in (*before, *after):
        if (len(w) < 3 or w in STOP_WORDS or w in NUMBER_WORDS):
            continue
        st = root(w)
        if st in _NOT_KEYS or st == unit:
            continue
        out.add(st)
    return frozenset(out)


class KeyIndex:
    """The measure keys of a story's figures: which each figure holds alone in its article
    (keys (kind, unit class, word) for which its article gives no other value), and the
    values the whole story gives with each key. ``items`` are (article, figure, unit class,
    the names of the people the figure is credited to); unit classes in ``skip`` hold no
    key."""

    def __init__(self, items: Sequence[tuple[Doc, Figure, str, frozenset[str]]], width: int,
                 skip: frozenset[str] = frozenset()) -> None:
        self.items = items
        words = [frozenset() if cls in skip else measure_words(d, f, width)
                 for d, f, cls, _ in items]
        per_doc: dict[tuple[int, str, str, str], set[float]] = defaultdict(set)
        self.values: dict[tuple[str, str, str], set[float]] = defaultdict(set)
        for (d, f, cls, _), ws in zip(items, words, strict=True):
            for w in ws:
                per_doc[(d.order, f.kind, cls, w)].add(f.value)
                self.values[(f.kind, cls, w)].add(f.value)
        self.held = [frozenset((f.kind, cls, w) for w in ws
                               if len(per_doc[(d.order, f.kind, cls, w)]) == 1)
                     for (d, f, cls, _), ws in zip(items, words, strict=True)]

    def aligns(self, i: int, j: int, ratio: float) -> bool:
        """Are figures ``i`` and ``j`` one quantity told in unlike sentences? Both of
        independent articles, single values (no ranges), not credited to different people,
        within ``ratio`` of each other, sharing a key each holds alone with no third value
        of the story near either of them, and ``keyed`` (not shares, ages or people's)."""
        (da, fa, _, sa), (db, fb, _, sb) = self.items[i], self.items[j]
        if not (self.held[i] & self.held[j] and da.independent and db.independent
                and fa.value_max is None and fb.value_max is None
                and not (sa and sb and not sa & sb)
                and (_near(fa.value, fb.value, ratio) or neighbours_swapped(fa.value, fb.value))):
            return False  # ("$14.2 billion" / "$41.2bn": one sum, two digits swapped)
        return self._lone(i, j, ratio) and keyed(da, fa, db, fb)

    def _lone(self, i: int, j: int, ratio: float) -> bool:
        """Is there a key the two share with no third value near either ("$108 million",
        "$136 million", "$137 million" are several sums told with one word, or two events
        merged in one story; "10 seconds" where a quake struck is far from another city's
        "30 seconds" and "one minute")?"""
        a, b = self.items[i][1].value, self.items[j][1].value
        for key in self.held[i] & self.held[j]:
            others = [v for v in self.values[key] if v not in (a, b)]
            if not any(_near(v, a, ratio) or _near(v, b, ratio) for v in others):
                return True
        return False


def _near(x: float, y: float, ratio: float) -> bool:
    lo, hi = sorted((abs(x), abs(y)))
    return lo > 0 and hi / lo <= ratio


# A reporting verb right before or after a name: the name is the source, not the holder.
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|tells|according to)\s+(?:[a-z.]+\s+){0,3}$")
_SAYS_AFTER = re.compile(r"^\W{0,3}\s*(?:\w+\s+)?(?:said|says|told|tells|reported)\b")


def named_people(doc: Doc, sentence: int) -> frozenset[str]:
    """Name words of the people a sentence names, except its sources ("…, said public
    relations executive Bina Mathews", "Lt. Frank Vanore said")."""
    text = doc.article.text
    return frozenset(w for e in doc.analysis.entities
                     if e.sentence == sentence and is_person(doc, e)
                     and not _SAYS_BEFORE.search(fold(text[max(0, e.start - 40):e.start]))
                     and not _SAYS_AFTER.match(fold(text[e.end:e.end + 30]))
                     for w in fold(e.text).replace(".", " ").split() if len(w) > 1)


def keyed(a_doc: Doc, a_fig: Figure, b_doc: Doc, b_fig: Figure) -> bool:
    """May two figures be aligned by a shared key? Not shares (percentages), not ages (the
    age is of whoever the sentence describes: "a 38-year-old Troy resident" / "the
    39-year-old Troy man" compare through the person, ``figures._age``), and not when both
    sentences name people and none in common ("Dorsey has been at the plant for 37 years" /
    "Ryan, who has worked at the plant for nearly 30 years": two people's spans), nor when
    only one does; nor when a sentence names a place the other article never mentions."""
    if any(f.unit == "year" and fold(f.about or "").startswith("old") for f in (a_fig, b_fig)):
        return False
    if a_fig.kind == "percent":
        return False  # a share of a whole the key does not name ("65% of traffic to India")
    if unshared_places(a_doc, a_fig, b_doc, "") or unshared_places(b_doc, b_fig, a_doc, ""):
        return False  # it may be of a place the other article never names ("Zarand, 1,150
        # km southeast of Tehran" / "Qeshm, 1,500 km south of Tehran")
    pa, pb = named_people(a_doc, a_fig.sentence), named_people(b_doc, b_fig.sentence)
    # One sentence naming people the other does not: its number may be theirs ("the $90
    # million deal that Hunter got" / "the deal is worth at least $160 million").
    return bool(pa & pb) if pa or pb else True
