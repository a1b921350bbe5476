"""Clock-time conflicts: outlets timing one happening differently ("about 2:30 a.m." /
"shortly after 2 a.m.").

Clock times are read from each content sentence with the time zone written next to them
("Hong Kong time", "local time", "GMT"). Two times of different independent outlets conflict
when their sentences say the same thing (TF-IDF similarity, or one claim) and the times are
further apart than the looseness of their wording allows. Two times in different stated
zones that differ by whole hours are one moment told in two zones, not a conflict.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .claims import ClaimIndex
from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import ReconcileOptions
from .space import SentenceSpace

log = logging.getLogger(__name__)

_CLOCK = re.compile(
    r"(?P<cue>\b(?i:about|around|approximately|roughly|nearly|almost|shortly (?:after|before)|"
    r"just (?:after|before|past)|soon after|after|before|by|at)\s+)?"
    r"\b(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[aApP])\.?\s?[mM]\b\.?"
    r"(?:\s+(?P<zone>(?:[A-Z][a-z]+\s){0,2}time\b|local time|[A-Z]{1,4}T\b|GMT|UTC))?"
)
_LOOSE = re.compile(r"about|around|approximately|roughly|nearly|almost|shortly|just|soon", re.I)


@dataclass(frozen=True)
class ClockTime:
    """One clock time as an article states it."""

    doc: Doc
    sentence: int
    minutes: int  # since midnight
    text: str
    zone: str  # "" when none is written; "local time", "hong kong time", "gmt"
    loose: bool  # "about", "shortly after": the time is approximate

    def shown(self) -> str:
        return self.text.strip()


def clock_times(doc: Doc) -> list[ClockTime]:
    """The clock times in the article's content sentences."""
    out = []
    for index in doc.content:
        text = doc.sentence_text(index)
        for m in _CLOCK.finditer(text):
            hour = int(m.group("h"))
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = hour * 60 + int(m.group("m") or 0)
            cue = m.group("cue") or ""
            out.append(ClockTime(doc, index, minutes, m.group(0).strip(),
                                 (m.group("zone") or "").lower(), bool(_LOOSE.search(cue))))
    return out


def _conflict(a: ClockTime, b: ClockTime, options: ReconcileOptions) -> bool:
    gap = abs(a.minutes - b.minutes)
    gap = min(gap, 24 * 60 - gap)
    if a.zone and b.zone and a.zone != b.zone:
        off = gap % 60
        if min(off, 60 - off) <= options.clock_zone_slack_minutes:
            return False  # one moment in two time zones
    slack = options.clock_slack_minutes
    if a.loose or b.loose:
        slack = options.clock_loose_slack_minutes
    return gap > slack


def clock_conflicts(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex,
                    options: ReconcileOptions) -> list[Discrepancy]:
    """Independent outlets giving one happening different clock times."""
    times = [t for d in docs if d.independent for t in clock_times(d)]
    uf = UnionFind(len(times))
    linked = False
    for i, a in enumerate(times):
        for j in range(i + 1, len(times)):
            b = times[j]
            if a.doc.outlet == b.doc.outlet or not _conflict(a, b, options):
                continue
            same_claim = (claim_of.get((a.doc.order, a.sentence)) is not None
                          and claim_of.get((a.doc.order, a.sentence))
                          == claim_of.get((b.doc.order, b.sentence)))
            if same_claim or space.sim(a.doc, a.sentence, b.doc, b.sentence) \
                    >= options.clock_same_event:
                uf.union(i, j)
                linked = True
    if not linked:
        return []
    groups: dict[int, list[ClockTime]] = {}
    for i, t in enumerate(times):
        groups.setdefault(uf.find(i), []).append(t)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        by_value: dict[int, list[ClockTime]] = {}
        for t in group:
            by_value.setdefault(t.minutes, []).append(t)
        if len(by_value) < 2:
            continue
        values = [DiscrepancyValue(ts[0].shown(), dedupe_citations(
            [t.doc.cite(t.sentence) for t in ts])) for _, ts in sorted(by_value.items())]
        first = group[0]
        about = first.doc.sentence_text(first.sentence)
        out.append(Discrepancy(
            kind="time",
            about=about if len(about) <= 120 else about[:117] + "...",
            values=values,
            note="The outlets give different clock times for this.",
        ))
    return out
