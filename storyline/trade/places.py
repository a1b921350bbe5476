"""Jurisdictions found in a sentence: country and bloc names, adjectives, capitals used as
metonyms ("Washington", "Beijing", "Brussels") and institutions, each normalised to one
name by the shared table (``storyline.jurisdictions``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.jurisdictions import LOOKUP, normalise

__all__ = ["Place", "find_places", "normalise"]

_FORMS = sorted(LOOKUP, key=len, reverse=True)
_PATTERN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in _FORMS) + r")(?:['’]s)?(?![\w])"
)
# Upper-case-only short forms must not match inside ordinary words or lower case text.
_CASE_SENSITIVE = {"US", "EU", "UK", "USA", "PRC"}
# "in Washington", "at Brussels": a place, not the government acting.
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|to|from|via|visit(?:ed|s)?)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Place:
    """A jurisdiction named in a sentence."""

    name: str  # canonical
    text: str  # as written
    start: int
    end: int
    kind: str  # "name", "capital", "body"
    possessive: bool = False  # "China's", "Beijing's"
    adjective: bool = False  # "Chinese", "American"


def find_places(sentence: str) -> list[Place]:
    """Every jurisdiction named in the sentence, in order; capitals count as metonyms only
    where they are not the place something happens ("talks in London")."""
    places: list[Place] = []
    for m in _PATTERN.finditer(sentence):
        raw = m.group(0)
        possessive = raw.endswith(("'s", "’s"))
        form = raw[:-2] if possessive else raw
        if form in _CASE_SENSITIVE and not form.isupper():
            continue
        canonical, kind = LOOKUP[form]
        if form == "US" and sentence[m.end():m.end() + 1] == "$":
            continue
        if kind == "capital" and not possessive and _LOCATIVE.search(sentence[: m.start()]):
            continue
        if kind == "body" and form in ("Congress", "Senate") and canonical == "United States":
            # "Mexico's Senate": the body belongs to the country just named.
            before = sentence[max(0, m.start() - 12): m.start()]
            if re.search(r"['’]s\s+$", before):
                continue
        adjective = kind == "name" and _is_adjective(form)
        places.append(Place(canonical, form, m.start(), m.start() + len(form), kind,
                            possessive, adjective))
    return places


def _is_adjective(form: str) -> bool:
    return (form.endswith(("an", "ese", "ish", "ch", "ss", "ian", "i")) and form not in (
        "Taiwan", "Japan", "Iran", "Pakistan", "Oman", "Sudan", "Bhutan", "Mali", "Malawi",
        "Burundi", "Brunei", "Dubai", "Hawaii",
    )) or form in ("Thai", "Saudi", "Swiss")
