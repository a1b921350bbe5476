"""Names swapped: "Karen Liu beat Omar Haddad" in one outlet, "Omar Haddad beat Karen Liu"
in another.

Two alike sentences of different outlets that name the same two (merged) people on either
side of the same one-way verb (beat, defeated, replaced, sued, shot…), in opposite order,
tell opposite things. Passive voice ("was beaten by") reverses the order back, so a
sentence with a "by" between the two names is read the other way round.
"""

from __future__ import annotations

import re

from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue, MergedPerson
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import person_index
from .space import SentenceSpace
from .text import fold

# Verbs whose subject and object cannot trade places without changing what happened.
_ONE_WAY = re.compile(
    r"\b(beat|beats|defeated|defeats|edged|ousted|replaced|replaces|succeeded|succeeds|"
    r"sued|sues|shot|stabbed|killed|attacked|hit|fired|sacked|hired|appointed|nominated|"
    r"endorsed|interviewed|arrested|accused|overtook|outpolled|unseated|knocked out|"
    r"eliminated|hosted|visited)\b")
_PASSIVE = re.compile(r"\bby\b")


def _pairs(doc: Doc, index: dict[tuple[str, str], MergedPerson]
           ) -> dict[tuple[int, str, str, str], None]:
    """(sentence, first person id, verb, second person id) for one-way verbs."""
    spots: dict[int, list[tuple[int, int, str]]] = {}
    for p in doc.analysis.people:
        merged = index.get((doc.id, p.name))
        if merged is None or merged.kind != "person":
            continue
        for m in p.mentions:
            spots.setdefault(m.sentence, []).append((m.start, m.end, merged.id))
    out: dict[tuple[int, str, str, str], None] = {}
    for sentence, found in spots.items():
        found.sort()
        ids = {pid for _, _, pid in found}
        if len(ids) != 2:
            continue
        first, second = found[0], next(f for f in found if f[2] != found[0][2])
        between = fold(doc.article.text[first[1]:second[0]])
        verb = _ONE_WAY.search(between)
        if verb is None or len(between) > 60:
            continue
        a, b = first[2], second[2]
        if _PASSIVE.search(between[verb.end():]):
            a, b = b, a
        out[(sentence, a, verb.group(1), b)] = None
    return out


def swapped_names(docs: list[Doc], people: list[MergedPerson], space: SentenceSpace,
                  options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    index = person_index(people)
    name = {p.id: p.name for p in people}
    found = {d.id: _pairs(d, index) for d in docs}
    out = []
    seen: set[frozenset[str]] = set()
    for i, da in enumerate(docs):
        for db in docs[i + 1:]:
            if da.outlet == db.outlet:
                continue
            for sa, a1, verb, a2 in found[da.id]:
                for sb, b1, _, b2 in found[db.id]:
                    if (a1, a2) != (b2, b1) or frozenset((a1, a2)) in seen:
                        continue
                    if space.sim(da, sa, db, sb) < options.swapped_same_claim:
                        continue
                    seen.add(frozenset((a1, a2)))
                    va = f"{name[a1]} {verb} {name[a2]}"
                    vb = f"{name[b1]} {verb} {name[b2]}"
                    out.append(Discrepancy(
                        kind="name",
                        about=f"who {verb} whom: {name[a1]} and {name[a2]}",
                        values=[DiscrepancyValue(va, dedupe_citations([da.cite(sa)])),
                                DiscrepancyValue(vb, dedupe_citations([db.cite(sb)]))],
                        note=f"Outlets swap the two names: {va!r} vs {vb!r}.",
                    ))
    return out
