"""Percentage points told as percent: "fell by 4 percentage points" vs "fell by 4%".

A share that moves from 35% to 31% fell 4 percentage points, or about 11%: the two are
different claims, and outlets confuse them. Two figures of different outlets with the same
number, one in points ("pp", "percentage points", "points" of a share) and one in percent
given as a change ("by 4%", "fell 4%", "a 4% drop"), in alike sentences or taking the share
to the same level ("to 2.9%"), are a ``figure`` discrepancy — unless the outlet giving
percent also gives the points (it reports both), or the percent moves a central bank's
policy rate ("cut its key rate by 0.25%": outlets write such moves so and mean points).
"""

from __future__ import annotations

import dataclasses
import re

from storyline.records import Figure

from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import STOP_WORDS, stem, tokens

_CHANGE_BEFORE = re.compile(
    r"\b(?:by|up|down|(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|gain|"
    r"gained|gaining|lost|losing|drop|dropped|dropping|jump|jumped|jumping|climb|climbed|"
    r"climbing|increase|increased|increasing|decrease|decreased|decreasing|slip|slipped|"
    r"slipping|decline|declined|declining|grew|grow|growing|shrank|shrinking|cut|cutting|"
    r"raise|raised|raising|lower|lowered|lowering|trim|trimmed|trims|trimming))\s+"
    # ("an increase of 2.5 per cent", "a fall of 4%")
    r"(?:by\s+|of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE)


# ... or a change named after it: "a 24.3% increase in the party's share", "a 4% drop".
_CHANGE_AFTER = re.compile(r"\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease|climb|"
                           r"swing|surge|slide)\b", re.IGNORECASE)


# A central bank's policy rate: outlets write its moves as "0.25%" and mean points.
_POLICY_RATE = re.compile(
    r"\b(?:(?:key|policy|benchmark|main|cash|bank|base|repo|deposit|lending|overnight|"
    r"interest)\s+(?:interest\s+)?rates?|interest\s+rates?|borrowing\s+costs|federal\s+"
    r"funds|fed\s+funds|policy\s+rate)\b", re.IGNORECASE)


def _changes(doc: Doc, unit: str) -> list[Figure]:
    out = []
    for f in doc.analysis.figures:
        if f.kind != "percent" or f.unit != unit or f.value_max is not None:
            continue
        text = doc.article.text
        if unit == "%" and not (_CHANGE_BEFORE.search(text[max(0, f.start - 30):f.start])
                                or _CHANGE_AFTER.match(text, f.end)):
            continue
        if unit == "%" and _POLICY_RATE.search(doc.sentence_text(f.sentence)):
            continue  # "cut its key rate by 0.25%": a policy rate's move, told in points
            # however written
        if unit == "%" and _to_amount(doc, f):
            continue  # "exports up 6.2% to $4.32bn": an amount's growth, never points
        out.append(f)
    return out


_TO = re.compile(r"\s+(?:(?:year[- ]on[- ]year|y/y|from a year earlier),?\s+)?to\s+"
                 r"(?:a\s+(?:record\s+)?)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
                 re.IGNORECASE)


def _to_amount(doc: Doc, f: Figure) -> bool:
    """A change that takes an amount of money to its new level ("rose 6.2% to $4.32bn")."""
    text = doc.article.text
    return any(g.kind == "money" and f.end < g.start <= f.end + 40
               and _TO.fullmatch(text[f.end:g.start]) for g in doc.analysis.figures)


def points_vs_percent(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    points = {d.id: _changes(d, "pp") for d in docs}
    percent = {d.id: _changes(d, "%") for d in docs}
    out: list[Discrepancy] = []
    # one report per percent told (its value and sentence): every outlet giving the points
    # is cited on the other side
    found: dict[tuple[float, str, int], Discrepancy] = {}
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
                    if (space.sim(da, a.sentence, db, b.sentence) < options.points_same_claim
                            and not same_level(da, a, db, b)
                            and not _same_object(da, a, db, b, options.points_object_words)):
                        continue
                    seen.add((a.value, da.id, db.id))
                    told = found.get((b.value, db.id, b.sentence))
                    if told is not None:
                        points_side = told.values[0]
                        points_side.citations = dedupe_citations(
                            [*points_side.citations, da.cite(a.sentence)])
                        continue
                    n = f"{a.value:g}"
                    found[(b.value, db.id, b.sentence)] = report = Discrepancy(
                        kind="figure",
                        about=a.about or "a change in a share",
                        values=[DiscrepancyValue(f"{n} percentage points",
                                                 dedupe_citations([da.cite(a.sentence)])),
                                DiscrepancyValue(f"{n}%", dedupe_citations([db.cite(b.sentence)]))],
                        note=(f"One outlet gives the change as {n} percentage points, another "
                              f"as {n}%: a share that falls from 35% to 31% falls 4 points, "
                              "or about 11%."),
                    )
                    out.append(report)
    return out


def same_level(da: Doc, a: Figure, db: Doc, b: Figure) -> bool:
    """Both sentences take the share to, or from, the same level besides the change
    ("climbed 0.2 percentage point to 2.9%" / "rose 0.2% to 2.9%"): one change, however
    unlike the rest of the sentences."""
    def levels(d: Doc, f: Figure) -> set[float]:
        return {g.value for g in d.analysis.figures if g.sentence == f.sentence
                and g is not f and g.kind == "percent" and g.unit == "%"
                and g.value_max is None}
    return bool(levels(da, a) & levels(db, b))


def _object_words(doc: Doc, f: Figure) -> set[str]:
    """The content words of what a change moved: up to eight words before the number,
    within its sentence ("trims the average U.S. tariff on Chinese imports by")."""
    s = doc.sentence(f.sentence)
    start = max(s.start, f.start - 90) if s is not None else max(0, f.start - 90)
    words = tokens(doc.article.text[start:f.start])[-8:]
    return {stem(w) for w in words if w not in STOP_WORDS and len(w) > 2 and not w.isdigit()}


def _same_object(da: Doc, a: Figure, db: Doc, b: Figure, least: int) -> bool:
    """Both changes move what is named with at least ``least`` of the same words ("cut the
    average U.S. tariff on Chinese goods by 10%" / "trims the average U.S. tariff on
    Chinese imports by 10 percentage points"): one change, however unlike the sentences."""
    return len(_object_words(da, a) & _object_words(db, b)) >= least


# A sentence about a share: a percentage, or a word for a share of a whole or of voters.
_SHARE_WORDS = re.compile(
    r"%|\bper\s?cent\b|\b(?:polls?|polling|survey|share|approval|turnout|unemployment|"
    r"inflation|yields?|interest rates?|vote share)\b", re.IGNORECASE)
_POINTS = frozenset({"point", "points"})


def as_points(doc: Doc, f: Figure, story_points: bool = False) -> Figure:
    """A count of "points" in a sentence about a share ("the party's share fell 6 points to
    31%", "her lead in the poll narrowed to 3 points"), or in a story whose outlets speak of
    percentage points (``story_points``: "won by 12 percentage points" / "a 10-point
    margin"), is a change in percentage points, compared with "4 percentage points"; points
    of a game or an index stay counts."""
    if (f.kind != "count" or f.unit.lower() not in _POINTS or f.value > 100
            or not (story_points or _SHARE_WORDS.search(doc.sentence_text(f.sentence)))):
        return f
    return dataclasses.replace(f, kind="percent", unit="pp")
