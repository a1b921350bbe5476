"""Where a person is from, as each outlet says it: "Anthony Reed, 36, of Northfield" in one
report and "Anthony Reed, 36, of Eastvale" in another is a ``place`` discrepancy.

Only the appositive that news style uses for it counts: the person's name, optionally an
age, then "of" or "from" and a place the tagger also marks as a place (GPE, LOC or FAC).
Two places of one (merged) person from different independent outlets disagree unless one
name contains the other ("Queens" / "Queens, New York").
"""

from __future__ import annotations

import logging
import re

from .evidence import Doc, dedupe_citations
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson
from .people import person_index
from .text import fold

log = logging.getLogger(__name__)

_HOME = re.compile(
    r"^,?\s*(?:(?:aged\s+)?\d{1,3},\s*)?(?:of|from)\s+"
    r"(?P<place>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})"  # never over a line break
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _homes(doc: Doc, index: dict[tuple[str, str], MergedPerson]
           ) -> list[tuple[MergedPerson, str, Citation]]:
    text = doc.article.text
    places = [(e.start, e.end) for e in doc.analysis.entities if e.label in _PLACE_LABELS]
    out = []
    for person in doc.analysis.people:
        merged = index.get((doc.id, person.name))
        if merged is None or person.kind != "person":
            continue
        for m in person.mentions:
            hit = _HOME.match(text[m.end : m.end + 80])
            if not hit:
                continue
            start = m.end + hit.start("place")
            end = m.end + hit.end("place")
            if not any(s <= start < e or start <= s < end for s, e in places):
                continue
            out.append((merged, hit.group("place").strip(" .,"), doc.cite(m.sentence)))
    return out


def _same_place(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or fa in fb or fb in fa


def place_conflicts(docs: list[Doc], people: list[MergedPerson]) -> list[Discrepancy]:
    """Independent outlets saying a person is from different places."""
    index = person_index(people)
    by_person: dict[str, dict[str, list[Citation]]] = {}
    names: dict[str, str] = {}
    for doc in docs:
        if not doc.independent:
            continue
        for merged, place, cite in _homes(doc, index):
            names[merged.id] = merged.name
            places = by_person.setdefault(merged.id, {})
            key = next((p for p in places if _same_place(p, place)), place)
            places.setdefault(key, []).append(cite)
    out = []
    for pid, places in by_person.items():
        outlets = [{c.outlet for c in cites} for cites in places.values()]
        if len(places) < 2 or len(set().union(*outlets)) < 2:
            continue
        out.append(Discrepancy(
            kind="place",
            about=f"where {names[pid]} is from",
            values=[DiscrepancyValue(p, dedupe_citations(c)) for p, c in places.items()],
            note=f"The outlets give {names[pid]} different home places.",
        ))
    return out
