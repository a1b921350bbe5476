"""Percentage points told as percent: "fell by 4 percentage points" vs "fell by 4%".

A share that moves from 35% to 31% fell 4 percentage points, or about 11%: the two are
different claims, and outlets confuse them. Two figures of different outlets with the same
number, one in points ("pp", "percentage points", "points" of a share) and one in percent
given as a change ("by 4%", "fell 4%"), in alike sentences, are a ``figure`` discrepancy —
unless the outlet giving percent also gives the points (it reports both).
"""

from __future__ import annotations

import re

from storyline.records import Figure

from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace

_CHANGE_BEFORE = re.compile(
    r"\b(?:by|rose|fell|up|down|gained|lost|dropped|jumped|climbed|increased|decreased|"
    r"slipped|declined|grew|shrank|cut|raised|lowered)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)


def _changes(doc: Doc, unit: str) -> list[Figure]:
    out = []
    for f in doc.analysis.figures:
        if f.kind != "percent" or f.unit != unit or f.value_max is not None:
            continue
        if unit == "%" and not _CHANGE_BEFORE.search(
                doc.article.text[max(0, f.start - 30):f.start]):
            continue
        out.append(f)
    return out


def points_vs_percent(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    points = {d.id: _changes(d, "pp") for d in docs}
    percent = {d.id: _changes(d, "%") for d in docs}
    out: list[Discrepancy] = []
    seen: set[tuple[float, str, str]] = set()
    for da in docs:
        for a in points[da.id]:
            for db in docs:
                if db.outlet == da.outlet or any(abs(p.value - a.value) < 1e-9
                                                 for p in points[db.id]):
                    continue
                for b in percent[db.id]:
                    if abs(b.value - a.value) > 1e-9 or (a.value, da.id, db.id) in seen:
                        continue
                    if space.sim(da, a.sentence, db, b.sentence) < options.points_same_claim:
                        continue
                    seen.add((a.value, da.id, db.id))
                    n = f"{a.value:g}"
                    out.append(Discrepancy(
                        kind="figure",
                        about=a.about or "a change in a share",
                        values=[DiscrepancyValue(f"{n} percentage points",
                                                 dedupe_citations([da.cite(a.sentence)])),
                                DiscrepancyValue(f"{n}%", dedupe_citations([db.cite(b.sentence)]))],
                        note=(f"One outlet gives the change as {n} percentage points, another "
                              f"as {n}%: a share that falls from 35% to 31% falls 4 points, "
                              "or about 11%."),
                    ))
    return out
