"""The brief: what a reader sees about one story, every item with its citations.

``Brief.to_dict()`` is the JSON contract of ``storyline brief --format json``: exactly the
keys ``story``, ``key_points``, ``people``, ``quotes``, ``figures``, ``timeline``,
``discrepancies``, ``single_source``, ``coverage`` and ``measures``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.reconcile.model import (
    Citation,
    DiscrepancyValue,
    FigureValue,
    NameVariant,
    OutletCoverage,
    QuoteVariant,
    RoleEvidence,
)
from storyline.records import Record, Story


@dataclass
class KeyPoint(Record):
    text: str
    status: str  # corroborated, single-source, conflicting
    outlets: list[str] = field(default_factory=list)
    independent_outlets: int = 0
    claim_id: str = ""
    citations: list[Citation] = field(default_factory=list)


@dataclass
class BriefPerson(Record):
    id: str
    name: str
    kind: str
    variants: list[NameVariant] = field(default_factory=list)
    roles: list[RoleEvidence] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    mentions: int = 0
    note: str | None = None
    citations: list[Citation] = field(default_factory=list)


@dataclass
class BriefQuote(Record):
    id: str
    speaker: str | None
    speaker_id: str | None = None
    kind: str = "direct"  # "direct", "indirect", or "mixed" (quoted by some, reported by others)
    kinds: list[str] = field(default_factory=list)  # "direct", "indirect"
    variance: bool = False
    variants: list[QuoteVariant] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class BriefFigure(Record):
    id: str
    about: str
    display: str  # "more than 100%"
    value: float
    unit: str
    kind: str
    bound: str = "="
    value_max: float | None = None
    agreement: bool = True
    corroboration: int = 0
    values: list[FigureValue] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    note: str | None = None  # e.g. a count that rose in later reports (an update)


@dataclass
class TimelineEntry(Record):
    date: str  # "2025-06-10", "2025-05", "2025-08"
    granularity: str
    kind: str  # "event" or "deadline"
    text: str
    expressions: list[str] = field(default_factory=list)
    inferred: bool = False
    note: str | None = None
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class BriefDiscrepancy(Record):
    kind: str
    about: str
    values: list[DiscrepancyValue] = field(default_factory=list)
    note: str = ""
    citations: list[Citation] = field(default_factory=list)
    confidence: float | None = None  # the chance it is real, by reconcile's model


@dataclass
class SingleSourceItem(Record):
    """A claim one outlet alone makes, or (``detail``) the specifics one outlet alone adds
    to a claim others share."""

    text: str
    outlet: str
    claim_id: str = ""
    copies: int = 0
    detail: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


# Coverage rows are reconcile's per-outlet records, shown as they are.
CoverageRow = OutletCoverage


@dataclass
class Brief(Record):
    story: Story
    key_points: list[KeyPoint] = field(default_factory=list)
    people: list[BriefPerson] = field(default_factory=list)
    quotes: list[BriefQuote] = field(default_factory=list)
    figures: list[BriefFigure] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    discrepancies: list[BriefDiscrepancy] = field(default_factory=list)
    # candidates the confidence model holds back: shown apart, as possible only
    possible_discrepancies: list[BriefDiscrepancy] = field(default_factory=list)
    single_source: list[SingleSourceItem] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)
