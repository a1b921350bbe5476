"""Named people's ages: "Tomas Ferrer, 32, was wounded", "Ferrer (32)", "a 34-year-old
man, Tomas Ferrer,", "34-year-old Tomas Ferrer" or "Tomas Ferrer, a 34-year-old teacher".

A named person has one age in a story, however unlike the sentences that give it: two
outlets' ages of one person are compared wherever they are told, and ages of two different
people never are. The extractor reads "34-year-old" as an age but not the bare number of an
appositive ("Ferrer, 32,"), which news uses for nearly every victim, suspect and witness:
those are added here as age figures. Each age is tied to the person it belongs to by the
article's own merged mentions (``Analysis.people``), so "Ferrer, 32," late in a report is the
"Tomas Ferrer" named before.
"""

from __future__ import annotations

import re

from storyline.records import Figure

from .evidence import Doc
from .text import fold

# "Ferrer, 32," / "Ferrer, aged 32," / "Ferrer (32)": a number right after a name, closed by
# a comma, bracket or the end of the clause ("…and Ferrer, 32." is rare but "Ferrer, 32, of
# Elm Street" is the rule).
_AFTER_NAME = re.compile(r"^(?:,\s*(?:aged?\s+)?|\s*\(\s*(?:aged?\s+)?)(\d{1,3})(?=\s*[,)])",
                         re.IGNORECASE)
# "a 34-year-old man, Tomas Ferrer," / "34-year-old Englishman Tomas Ferrer": the person
# named right after the age's noun.
_NAME_AFTER_AGE = re.compile(r"^-old(?:\s+[a-z]+\s*,|(?:\s+[A-Za-z]+)?)\s+$")
# "Tomas Ferrer, a 34-year-old teacher": the name right before the age.
_NAME_BEFORE_AGE = re.compile(r"^\s*,\s*(?:a|an|the)\s+$", re.IGNORECASE)
_OLDEST = 110  # no one's age is above it: a bigger number after a name is something else


def is_age(f: Figure) -> bool:
    """An age: "34-year-old", or an appositive age added here ("Ferrer, 32,")."""
    return f.unit == "year" and fold(f.about or "").startswith("old") and f.value_max is None


def age_text(f: Figure) -> str | None:
    """How an age is shown: "aged 32" (not "32 years", a span)."""
    return f"aged {f.value:g}" if is_age(f) and f.bound == "=" else None


def ages(doc: Doc, figures: list[Figure]) -> tuple[list[Figure], dict[tuple[int, int], str]]:
    """The figures with appositive ages added, and the full name (as the article gives it)
    of the person of each age told of a named person, by (start, end) of the figure."""
    text = doc.article.text
    taken = [(f.start, f.end) for f in figures]
    added: list[Figure] = []
    owner: dict[tuple[int, int], str] = {}
    mentions = sorted(((m, p.name) for p in doc.analysis.people if p.kind == "person"
                       for m in p.mentions), key=lambda mp: mp[0].start)
    for m, name in mentions:
        hit = _AFTER_NAME.match(text[m.end:m.end + 16])
        if hit is None:
            continue
        start, end = m.end + hit.start(1), m.end + hit.end(1)
        value = int(hit.group(1))
        if not 0 < value <= _OLDEST:
            continue
        owner[(start, end)] = name
        if any(s < end and start < e for s, e in taken):
            continue
        added.append(Figure(text=hit.group(1), start=start, end=end, sentence=m.sentence,
                            value=float(value), unit="year", kind="duration", about="old"))
    for f in figures:
        if not is_age(f):
            continue
        for m, name in mentions:
            if m.sentence != f.sentence:
                continue
            if ((m.start >= f.end and _NAME_AFTER_AGE.match(text[f.end:m.start]))
                    or (m.end <= f.start and _NAME_BEFORE_AGE.match(text[m.end:f.start]))):
                owner[(f.start, f.end)] = name
                break
    return figures + added, owner


def name_words(name: str) -> frozenset[str]:
    """The words of a folded name, initials' dots dropped."""
    return frozenset(w for w in name.replace(".", " ").split() if len(w) > 1)


def one_person(a: str, b: str) -> bool:
    """Two names of one person: the same, or one a part of the other ending with it
    ("Ferrer" / "Tomas Ferrer", "Tomas Ferrer" / "Spaniard Tomas Ferrer" as tagged)."""
    short, full = sorted((fold(a).split(), fold(b).split()), key=len)
    return bool(short) and short[-1] == full[-1] and set(short) <= set(full)
