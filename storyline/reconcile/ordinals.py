"""Which one of a series: "the seventh test flight" / "the eighth test flight", "the fifth
round of talks" / "the sixth round" (issue 11, figures).

A rocket's test flights, a negotiation's rounds, a court's hearings are numbered, and
outlets number them differently. An ordinal ("seventh", "8th") after a determiner or a
possessive ("the", "its", "Starship's") numbers the noun phrase that follows it ("test
flight", "round"). Two independent articles whose only ordinal of one noun phrase differ by
one or two (a misnumbering, not another member of the series told in the background: "the
booster's 20th flight" / "the rocket's 300th"), in sentences alike at
``ordinal_same_event`` and not dated apart, are a ``figure`` discrepancy. "First" and
"last" are left alone ("the first flight since …", "for the first time"), and so are names
("the Fifth Circuit", "Seventh Avenue"), places in a ranking ("the third largest"),
times ("the third day", "the second quarter") and members counted as they come ("the
third suspect", "the second victim": each outlet tells the latest it knows of).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .apart import days_apart
from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import fold, stem, wordset
from .updates import two_days

_WORDS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_VALUE = {w: n for n, w in enumerate(_WORDS, 2)}
# "the seventh test flight", "its 8th round", "Starship's ninth flight"
_ORDINAL = re.compile(
    r"(?:\b(?i:the|its|their|his|her|this|that)|['’]s)\s+(?P<ord>" + "|".join(_WORDS)
    + r"|\d{1,3}(?:st|nd|rd|th))(?:[\s-]+(?P<words>[a-z]+(?:[\s-]+[a-z]+)?))",
)
# Words that end the numbered noun phrase.
_PHRASE_END = wordset(
    "of in on at for with to from by as and or but that which who when after before than "
    "since this next last is was were are has had have be been will would since into over")
# Numbered things that are times, places in a ranking or parts of a whole, not members of
# a series a story is about; and members counted as they come (a second suspect, a third
# victim), where two outlets' numbers are two moments.
_NOT_SERIES = wordset(
    "time times day days week weeks month months year years quarter quarters half halves "
    "hour hours minute minutes place places floor floors stage stages period periods grade "
    "century centuries anniversary birthday straight consecutive successive row largest "
    "biggest highest lowest worst best most least time-zone person people child children "
    "son sons daughter daughters wife husband generation generations game games inning "
    "innings set sets lap laps leg legs amendment edition term terms seed spot tier "
    # members counted as they come, each outlet telling the latest it knows of
    "suspect suspects victim victims body bodies arrest arrests case cases casualty death "
    "deaths")


@dataclass(frozen=True)
class _Ordinal:
    doc: Doc
    sentence: int
    value: int
    phrase: str  # the numbered noun phrase, folded and stemmed ("test flight")
    text: str  # as written ("seventh test flight")
    streak: str = ""  # a streak's unit ("months"), "" for another ordinal
    of: str = ""  # what the streak is of, when told ("rise", "fall")

    @property
    def series(self) -> str:
        """The phrase, a streak's without what it is of (a streak is one, told so or not)."""
        return f"streak of {self.streak}" if self.streak else self.phrase


def _phrase(words: str) -> str:
    kept: list[str] = []
    for w in re.split(r"[\s-]+", words):
        if w in _PHRASE_END or (kept and w.endswith("ly")):
            break  # (an adverb after the noun: "the sixth count shortly before midnight")
        kept.append(w)
    return " ".join(stem(w) for w in kept)


# A streak: "a third consecutive month of growth", "the fifth straight month" (one phrase
# however the streak is worded, and what it is of when told: growth and declines are two
# streaks).
_STREAK = re.compile(
    r"\b(?i:a|an|the|its|their|this)\s+(?P<ord>" + "|".join(_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
    r"\s+(?:consecutive|straight|successive)\s+(?P<unit>day|week|month|quarter|year|session|"
    r"meeting)s?\b(?:\s+of\s+(?P<what>[a-z]+))?")
_STREAK_OF = {"growth": "rise", "gains": "rise", "increase": "rise", "increases": "rise",
              "rises": "rise", "declines": "fall", "decline": "fall", "falls": "fall",
              "contraction": "fall", "losses": "fall"}


def _streaks(doc: Doc, s: int, sentence: str) -> list[_Ordinal]:
    out = []
    for m in _STREAK.finditer(sentence):
        word = fold(m.group("ord"))
        value = _VALUE.get(word) or int(re.sub(r"\D", "", word) or 0)
        if value < 2:
            continue
        what = _STREAK_OF.get(m.group("what") or "", "")
        unit = m.group("unit") + "s"
        phrase = f"streak of {unit}" + (f" ({what})" if what else "")
        out.append(_Ordinal(doc, s, value, phrase, m.group(0).split(None, 1)[1], unit, what))
    return out


def ordinals_in(doc: Doc) -> list[_Ordinal]:
    """The article's ordinals of a series, with the noun phrase each numbers, and of its
    streaks ("the fifth straight month")."""
    out = []
    for s in doc.content:
        sentence = doc.sentence_text(s)
        out.extend(_streaks(doc, s, sentence))
        for m in _ORDINAL.finditer(sentence):
            if m.group("ord")[:1].isupper() or not m.group("words"):
                continue
            if any(w[:1].isupper() for w in m.group("words").split()):
                continue  # a name: "the Fifth Circuit", "Seventh Avenue"
            phrase = _phrase(fold(m.group("words")))
            if not phrase or set(phrase.split()) & _NOT_SERIES or any(
                    w in _NOT_SERIES for w in fold(m.group("words")).split()[:1]):
                continue
            word = fold(m.group("ord"))
            value = _VALUE.get(word) or int(re.sub(r"\D", "", word))
            if value < 2:
                continue
            shown = m.group("ord") + " " + " ".join(m.group("words").split()[:len(
                phrase.split())])
            out.append(_Ordinal(doc, s, value, phrase, shown))
    return out


_DAILY = frozenset({"days", "sessions"})


def _same_day(a: Doc, b: Doc) -> bool:
    """Were both reports published, on one calendar day?"""
    return bool(a.article.published and b.article.published) and not two_days(a, b)


def ordinal_conflicts(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Independent outlets numbering one member of a series differently."""
    found = [o for d in docs if d.independent for o in ordinals_in(d)]
    per_doc: dict[tuple[str, str], set[int]] = defaultdict(set)
    for o in found:
        per_doc[(o.doc.id, o.phrase)].add(o.value)
    lone = [o for o in found if len(per_doc[(o.doc.id, o.phrase)]) == 1]
    pairs: dict[tuple[str, int, int], list[tuple[_Ordinal, _Ordinal]]] = defaultdict(list)
    for n, a in enumerate(lone):
        for b in lone[n + 1:]:
            if (a.streak != b.streak or (a.phrase != b.phrase and not (
                    a.streak and (not a.of or not b.of)))
                    or a.doc.outlet == b.doc.outlet or a.value == b.value
                    or abs(a.value - b.value) > options.ordinal_max_apart):
                continue  # (a streak told of nothing is the one of the same unit)
            if a.streak in _DAILY and not _same_day(a.doc, b.doc):
                continue  # "a sixth straight day" / "a seventh straight day" of riots: a
                # streak of days grows a day a report
            # (a story's one streak of a unit, however unlike the sentences telling it)
            if ((space.sim(a.doc, a.sentence, b.doc, b.sentence) < options.ordinal_same_event
                 and not a.streak)
                    or days_apart(a.doc, a.sentence, b.doc, b.sentence)):
                continue
            lo, hi = sorted((a, b), key=lambda o: o.value)
            pairs[(a.series, lo.value, hi.value)].append((lo, hi))
    out = []
    for (phrase, _, _), links in pairs.items():
        sides = [[lo for lo, _ in links], [hi for _, hi in links]]
        shown = [side[0].text for side in sides]
        out.append(Discrepancy(
            kind="figure",
            about=phrase,
            values=[DiscrepancyValue(text, dedupe_citations(o.doc.cite(o.sentence) for o in side))
                    for text, side in zip(shown, sides, strict=True)],
            note=f"Outlets number the {phrase} differently: " + " vs ".join(shown) + ".",
        ))
    return out
