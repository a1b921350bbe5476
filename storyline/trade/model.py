"""The trade lens's records: a measure mention (one sentence), and the measure record the
ledger builds from many mentions, with its events.

``MeasureRecord.to_dict()`` is the ``storyline measures --json`` contract: exactly
``id, title, imposed_by, affects, instrument, mast, products, legal_basis, status, events,
stories``; each event exactly ``date, action, value, previous, effective, citations`` and each
citation exactly ``article_id, external_id, sentence``. What the contract does not carry
(conflicts, outlets, month-level dates) is kept beside it and shown by ``measure ID``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.records import Record

# Instruments, with the UNCTAD MAST chapter that fits where one does (tariffs are not
# non-tariff measures, except the contingent trade-protective duties of chapter D).
INSTRUMENTS = (
    "tariff", "export control", "import restriction", "licensing", "sanction",
    "investigation", "subsidy", "procurement", "other",
)
ACTIONS = (
    "announced", "imposed", "raised", "cut", "suspended", "extended", "deferred",
    "threatened", "ruled unlawful", "upheld", "revoked", "expires", "takes effect", "other",
)
STATUSES = (
    "threatened", "announced", "in force", "suspended", "modified", "enjoined",
    "struck down", "expired", "removed",
)


@dataclass
class MeasureMention(Record):
    """One trade measure as one sentence of one article states it."""

    sentence: int  # index into Analysis.sentences
    text: str  # the sentence
    instrument: str
    action: str
    imposed_by: str | None = None
    affects: list[str] = field(default_factory=list)  # empty: all partners
    mast: str | None = None
    products: list[str] = field(default_factory=list)
    legal_basis: str | None = None
    value: str | None = None  # the rate or amount as reported: "10%", "$100 billion"
    previous: str | None = None
    date: str | None = None  # YYYY-MM-DD: when the action happened / happens
    effective: str | None = None  # YYYY-MM-DD: from when it applies
    until: str | None = None  # YYYY-MM-DD: when it runs out (a truce window, a court's stay)
    period: str | None = None  # a coarser date as resolved ("2025-04"), when no day is given
    tentative: bool = False  # may, could, ready to, once …: does not change the status
    mutual: bool = False  # "both sides", "each other's": applies in both directions


@dataclass
class Citation(Record):
    article_id: str
    external_id: str | None
    sentence: str


@dataclass
class MeasureEvent(Record):
    date: str | None
    action: str
    value: str | None = None
    previous: str | None = None
    effective: str | None = None
    citations: list[Citation] = field(default_factory=list)


@dataclass
class MeasureRecord(Record):
    id: int
    title: str
    imposed_by: str | None
    affects: list[str] = field(default_factory=list)
    instrument: str = "other"
    mast: str | None = None
    products: list[str] = field(default_factory=list)
    legal_basis: str | None = None
    status: str = "announced"
    events: list[MeasureEvent] = field(default_factory=list)
    stories: list[int] = field(default_factory=list)


@dataclass
class EventDetail(Record):
    """What the contract leaves out of an event: who said it, coarser dates, conflicts."""

    outlets: list[str] = field(default_factory=list)
    period: str | None = None
    tentative: bool = False
    conflict: str | None = None  # "2 values for this event: 10% vs 15%"


@dataclass
class Ledger(Record):
    """Measure records and, per record id, the details of its events (same order)."""

    records: list[MeasureRecord] = field(default_factory=list)
    details: dict[str, list[EventDetail]] = field(default_factory=dict)

    def record(self, measure_id: int) -> MeasureRecord | None:
        return next((r for r in self.records if r.id == measure_id), None)

    def full(self, record: MeasureRecord) -> dict[str, Any]:
        """The record's contract dict plus ``conflicts`` and per-event ``detail``."""
        data = record.to_dict()
        details = self.details.get(str(record.id), [])
        for event, detail in zip(data["events"], details, strict=False):
            event["detail"] = detail.to_dict()
        data["conflicts"] = [d.conflict for d in details if d.conflict]
        return data
