"""Where a statement was made, as each outlet says it (issue 11, recall: a place told two
ways).

"Speaking to supporters at the Toronto Congress Centre in Etobicoke, Mr Ford said: “We now
have the mandate …”" / "“We have a mandate now …,” Ford told a cheering crowd at an event
hall in Woodbridge": one statement (``quotes`` aligns its two wordings to one speaker),
made in one place, which two outlets name differently. The place of a quotation is a place
the tagger marks (GPE, LOC, FAC) in its sentence, outside the quotation marks, right after
"in" or "at". An outlet naming exactly one such place for an aligned statement gives the
statement's place; two outlets' places disagree unless one name holds the other's words
("Etobicoke" / "Etobicoke, Toronto") or either article names the other place anywhere (a
speech in one town about another, a tour through both).
"""

from __future__ import annotations

import re

from .evidence import Doc, two_outlets
from .model import AlignedQuote, Discrepancy
from .statements import PLACES, names_place, place_words

_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_MARKS = re.compile(r"[“\"][^”\"]*[”\"]")


def _quoted_spans(doc: Doc, sentence: int) -> list[tuple[int, int]]:
    s = doc.sentence(sentence)
    if s is None:
        return []
    return [m.span() for m in _MARKS.finditer(doc.article.text, s.start, s.end)]


def _places(doc: Doc, sentence: int) -> set[str]:
    """The places named right after "in" or "at" in the sentence, outside its quotations."""
    text = doc.article.text
    quoted = _quoted_spans(doc, sentence)
    return {e.text.strip() for e in doc.analysis.entities
            if e.sentence == sentence and e.label in PLACES
            and not any(a <= e.start < b for a, b in quoted)
            and _IN_AT.search(text[max(0, e.start - 12):e.start])}


def statement_place_conflicts(docs: list[Doc], quotes: list[AlignedQuote]) -> list[Discrepancy]:
    """Two outlets placing one aligned statement in places that do not hold each other."""
    by_id = {d.id: d for d in docs}
    out: list[Discrepancy] = []
    for q in quotes:
        if len(set(q.outlets)) < 2:
            continue
        told: dict[str, tuple[Doc, int, str]] = {}
        several: set[str] = set()
        for v in q.variants:
            if v.kind != "direct":
                continue
            for c in v.citations:
                doc = by_id.get(c.article_id)
                if doc is None or not doc.independent or doc.language:
                    continue
                places = _places(doc, c.sentence_index)
                if len(places) > 1 or (doc.outlet in told and places
                                       and told[doc.outlet][2] not in places):
                    several.add(doc.outlet)
                elif places and doc.outlet not in told:
                    told[doc.outlet] = (doc, c.sentence_index, places.pop())
        given = [t for outlet, t in told.items() if outlet not in several]
        pair = _first_apart(given)
        if pair is not None:
            (da, sa, pa), (db, sb, pb) = pair
            who = q.speaker or "the speaker"
            out.append(two_outlets("place", f"where {who} said it", (da, sa, pa), (db, sb, pb),
                                   f"Outlets place {who}'s statement differently: {pa} vs {pb}."))
    return out


Told = tuple[Doc, int, str]


def _first_apart(given: list[Told]) -> tuple[Told, Told] | None:
    """The first two outlets' places that neither hold each other nor are named by the other
    article."""
    for n, (da, sa, pa) in enumerate(given):
        for db, sb, pb in given[n + 1:]:
            wa, wb = set(place_words(pa)), set(place_words(pb))
            if wa and wb and not (wa <= wb or wb <= wa) and not (names_place(da, pb)
                                                                  or names_place(db, pa)):
                return (da, sa, pa), (db, sb, pb)
    return None
