"""Weekday conflicts: one happening put on different weekdays by different outlets.

"The navy on Thursday thwarted an attack" / "A warship foiled an attack on Friday": when a
weekday cannot be resolved to a calendar date (the article has no publication date), the
date conflicts of ``date_conflicts`` cannot see it. Two weekday mentions of different
outlets conflict when they are adjacent days, their sentences are alike (one happening) and
each sentence names one weekday. A weekday that dates a statement ("an officer said here
Friday") dates the report, not the happening, and is skipped, as are weekdays in quotes.
"""

from __future__ import annotations

import re

from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b", re.IGNORECASE)
# "said here Friday", "told reporters on Monday", "announced Tuesday": the report's day.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed)\b"
    r"(?:\s+\w+){0,2}\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _mentions(doc: Doc) -> list[tuple[int, int, int]]:
    """(sentence, weekday number, start) of the article's unresolved event weekdays."""
    out = []
    per_sentence: dict[int, set[int]] = {}
    for t in doc.times:
        m = _WEEKDAY.search(t.text)
        if m is None or t.value:
            continue
        day = _DAYS.index(m.group(1).lower())
        per_sentence.setdefault(t.sentence, set()).add(day)
        before = doc.article.text[max(0, t.start - 40):t.start]
        if _SPEECH_BEFORE.search(before):
            continue
        if any(q.start <= t.start < q.end for q in doc.analysis.quotes if q.kind == "direct"):
            continue
        out.append((t.sentence, day, t.start))
    return [m for m in out if len(per_sentence[m[0]]) == 1]


def weekday_conflicts(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    nodes = [(d, s, day) for d in docs for s, day, _ in _mentions(d)]
    uf = UnionFind(len(nodes))
    linked: set[int] = set()
    for i, (da, sa, wa) in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            db, sb, wb = nodes[j]
            if da.outlet == db.outlet or wa == wb or min((wa - wb) % 7, (wb - wa) % 7) != 1:
                continue
            if space.sim(da, sa, db, sb) >= options.weekday_same_event:
                uf.union(i, j)
                linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(uf.find(i), []).append(i)
    out = []
    for members in groups.values():
        by_day: dict[int, list[int]] = {}
        for i in members:
            by_day.setdefault(nodes[i][2], []).append(i)
        if len(by_day) < 2:
            continue
        ranked = sorted(by_day.items(), key=lambda kv: -len({nodes[i][0].outlet for i in kv[1]}))
        values = [DiscrepancyValue(_DAYS[day].capitalize(),
                                   dedupe_citations(nodes[i][0].cite(nodes[i][1]) for i in ids))
                  for day, ids in ranked]
        shown = " vs ".join(v.value for v in values)
        out.append(Discrepancy(
            kind="date", about="weekday of one happening", values=values,
            note=f"Outlets put the same happening on different weekdays: {shown}.",
        ))
    return out
