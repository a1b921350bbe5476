"""The ledger: measure mentions from every article, of every story, merged into measure
records with a status history (pure).

Two mentions are one measure when the same jurisdiction imposes the same instrument on the
same partners and the products agree (or one side names none). Within a measure, mentions
of the same action on the same date are one event; when outlets give that event different
values, or the same action different dates, every version is kept and flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import (
    Citation,
    EventDetail,
    Ledger,
    MeasureEvent,
    MeasureMention,
    MeasureRecord,
)


@dataclass
class LedgerRow:
    """One article's mentions with where it sits: its ids, outlet, date and story."""

    article_id: str
    external_id: str | None
    outlet: str | None
    published: str | None
    story_id: int | None
    mentions: list[MeasureMention] = field(default_factory=list)
    seq: int = 0  # ingest order: records are numbered by first appearance


@dataclass
class _Item:
    mention: MeasureMention
    row: LedgerRow

    @property
    def when(self) -> str:
        m = self.mention
        return m.date or m.effective or m.period or (self.row.published or "")[:10] or "9999"


@dataclass
class _Group:
    items: list[_Item] = field(default_factory=list)

    @property
    def first(self) -> MeasureMention:
        return self.items[0].mention


_SYNONYMS = [
    (re.compile(r"rare[- ]earth", re.I), "rare-earth"),
    (re.compile(r"\b(?:semiconductors?|chips?|chipmaking)\b", re.I), "chip"),
    (re.compile(r"\b(?:EVs?|electric (?:cars|vehicles)|battery-electric)\b", re.I), "ev"),
    (re.compile(r"\b(?:cars?|autos?|vehicles|automobiles)\b", re.I), "car"),
    (re.compile(r"\balumini?um\b", re.I), "aluminium"),
    (re.compile(r"\b(?:batter(?:y|ies)|cathodes?|anodes?|precursors?)\b", re.I), "battery"),
]
_GENERIC = re.compile(
    r"^(?:goods|products|imports|exports|shipments|items|trade|all goods)$", re.I)
_TRAILING = re.compile(r"(?:\s+(?:exports?|imports?|shipments?|sales|goods|products))+$",
                       re.I)
_PLURAL = {
    "tariff": "tariffs", "export control": "export controls",
    "import restriction": "import restrictions", "licensing": "licensing requirements",
    "sanction": "sanctions", "investigation": "investigation", "subsidy": "subsidies",
    "procurement": "procurement rules", "other": "measures",
}
_STATUS_AFTER = {
    "threatened": "threatened", "announced": "announced", "imposed": "in force",
    "raised": "in force", "cut": "in force", "takes effect": "in force",
    "upheld": "in force", "suspended": "suspended", "deferred": "announced",
    "ruled unlawful": "struck down", "revoked": "removed",
}


def product_keys(products: Iterable[str]) -> set[str]:
    """Comparable product keys: synonyms folded, generic words ("goods") dropped."""
    keys: set[str] = set()
    for p in products:
        p = _TRAILING.sub("", p.strip())
        if not p or _GENERIC.match(p):
            continue
        folded = {key for pattern, key in _SYNONYMS if pattern.search(p)}
        if not folded:
            word = p.lower().split()[-1]
            folded = {word[:-1] if word.endswith("s") and len(word) > 3 else word}
        keys |= folded
    return keys


def _compatible(record: list[_Item], item: _Item) -> float | None:
    """How well a mention fits a record (higher is better), or None."""
    m = item.mention
    head = record[0].mention
    if head.instrument != m.instrument:
        return None
    if head.imposed_by != m.imposed_by and m.imposed_by is not None:
        return None
    mine = product_keys(m.products)
    theirs: set[str] = set().union(*(product_keys(i.mention.products) for i in record))
    aff_r = {a for i in record for a in i.mention.affects}
    aff_m = set(m.affects)
    if aff_r and aff_m and not aff_r & aff_m:
        return None
    overlap = bool(mine & theirs)
    if mine and theirs and not overlap:
        return None
    if bool(aff_r) != bool(aff_m) and not overlap:
        return None  # "all partners" and "China" are one measure only if the goods agree
    if bool(mine) != bool(theirs) and not any(_same_story(i.row, item.row) for i in record):
        return None  # "the tariffs" is a known measure only within the story that names it
    if m.imposed_by is None and not overlap:
        return None
    return 2.0 * overlap + (aff_r == aff_m) + (head.imposed_by == m.imposed_by)


def build_ledger(rows: Iterable[LedgerRow]) -> Ledger:
    """Merge every article's mentions into measure records, numbered by first appearance."""
    items = [_Item(m, row) for row in rows for m in row.mentions]
    items.sort(key=lambda i: (i.when, i.row.seq))
    groups: list[list[_Item]] = []
    for item in items:
        scored = [(s, g) for g in groups if (s := _compatible(g, item)) is not None]
        if scored:
            max(scored, key=lambda sg: sg[0])[1].append(item)
        elif item.mention.imposed_by is not None or item.mention.products:
            groups.append([item])
    groups.sort(key=lambda g: min(i.row.seq for i in g))
    ledger = Ledger()
    for number, group in enumerate(groups, 1):
        record, details = _record(number, group)
        ledger.records.append(record)
        ledger.details[str(number)] = details
    return ledger


def _common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _title(imposed_by: str | None, instrument: str, products: list[str],
           affects: list[str]) -> str:
    specific = [p for p in products if not _GENERIC.match(p)][:2]
    what = " and ".join(specific) or "goods"
    title = f"{imposed_by or 'Unattributed'} {_PLURAL.get(instrument, instrument)} on {what}"
    if affects:
        joiner = "to" if instrument in ("export control", "licensing") else "from"
        title += f" {joiner} {', '.join(affects)}"
    return title


def _record(number: int, group: list[_Item]) -> tuple[MeasureRecord, list[EventDetail]]:
    mentions = [i.mention for i in group]
    imposed_by = _common(m.imposed_by for m in mentions)
    affects = sorted({a for m in mentions for a in m.affects} - {imposed_by})
    products = [p for p, _ in Counter(p for m in mentions for p in m.products).most_common(4)]
    instrument = mentions[0].instrument
    events, details = _events(group)
    record = MeasureRecord(
        id=number, title=_title(imposed_by, instrument, products, affects),
        imposed_by=imposed_by, affects=affects, instrument=instrument,
        mast=_common(m.mast for m in mentions), products=products,
        legal_basis=_common(m.legal_basis for m in mentions),
        status=_status(events, details), events=events,
        stories=sorted({i.row.story_id for i in group if i.row.story_id is not None}),
    )
    return record, details


def _events(group: list[_Item]) -> tuple[list[MeasureEvent], list[EventDetail]]:
    buckets: list[list[_Item]] = []
    for item in group:  # already in time order
        m = item.mention
        same = [b for b in buckets if b[0].mention.action == m.action and (
            (b[0].mention.date == m.date and m.date is not None)
            or ((m.date is None or b[0].mention.date is None) and _near(b[0], item)))]
        if same:
            same[0].append(item)
        else:
            buckets.append([item])
    events: list[MeasureEvent] = []
    details: list[EventDetail] = []
    untils: list[tuple[str | None, list[Citation]]] = []
    order: list[str] = []  # when each event happened, or else when it was first reported
    for bucket in buckets:
        by_value: dict[str | None, list[_Item]] = {}
        for item in bucket:
            key = _rate_key(item.mention.value)
            by_value.setdefault(key, []).append(item)
        valued = [k for k in by_value if k is not None]
        if valued and None in by_value:  # an unvalued report joins the first value
            by_value[valued[0]].extend(by_value.pop(None))
        conflict = None
        if len(by_value) > 1:
            shown = [by_value[k][0].mention.value or "no value" for k in by_value]
            conflict = f"outlets report {len(shown)} values for this event: " + " vs ".join(
                shown)
        for part in by_value.values():
            event, detail = _event(part)
            order.append(min(i.when for i in part))
            detail.conflict = conflict
            events.append(event)
            details.append(detail)
            until = _common(i.mention.until for i in part)
            untils.append((until, [c for c in event.citations if any(
                i.mention.until == until and i.mention.text == c.sentence for i in part)]))
    _flag_date_conflicts(group, events, details)
    _add_deadlines(events, details, untils, order)
    ranked = sorted(range(len(events)), key=lambda k: order[k])
    return [events[k] for k in ranked], [details[k] for k in ranked]


def _same_story(a: LedgerRow, b: LedgerRow) -> bool:
    return a.article_id == b.article_id or (
        a.story_id is not None and a.story_id == b.story_id)


def _near(a: _Item, b: _Item) -> bool:
    """Undated reports of one action are one event within a story (or a publication day)."""
    if a.row.story_id is not None and a.row.story_id == b.row.story_id:
        return True
    return bool(a.row.published) and (a.row.published or "")[:10] == (
        b.row.published or "")[:10]


def _rate_key(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"\d+(?:\.\d+)?", value.replace(",", ""))
    return m.group(0) if m else value


def _event(items: list[_Item]) -> tuple[MeasureEvent, EventDetail]:
    ms = [i.mention for i in items]
    citations: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for i in items:
        key = (i.row.article_id, i.mention.text)
        if key not in seen:
            seen.add(key)
            citations.append(Citation(i.row.article_id, i.row.external_id, i.mention.text))
    event = MeasureEvent(
        date=_common(m.date for m in ms), action=ms[0].action,
        value=_common(m.value for m in ms), previous=_common(m.previous for m in ms),
        effective=_common(m.effective for m in ms), citations=citations,
    )
    detail = EventDetail(
        outlets=sorted({i.row.outlet for i in items if i.row.outlet}),
        period=_common(m.period for m in ms),
        tentative=all(m.tentative for m in ms),
    )
    return event, detail


def _flag_date_conflicts(group: list[_Item], events: list[MeasureEvent],
                         details: list[EventDetail]) -> None:
    """The same action given two different dates in one story: keep both, flag both."""
    for k, a in enumerate(events):
        for j in range(k + 1, len(events)):
            b = events[j]
            if a.action != b.action or not a.date or not b.date or a.date == b.date:
                continue
            if _story_of(group, a) & _story_of(group, b):
                note = f"outlets date this {a.action} differently: {a.date} vs {b.date}"
                for d in (details[k], details[j]):
                    d.conflict = d.conflict or note


def _story_of(group: list[_Item], event: MeasureEvent) -> set[int]:
    cited = {c.article_id for c in event.citations}
    return {i.row.story_id for i in group if i.row.article_id in cited
            and i.row.story_id is not None}


def _add_deadlines(events: list[MeasureEvent], details: list[EventDetail],
                   untils: list[tuple[str | None, list[Citation]]], order: list[str]) -> None:
    """A stated end ("for 90 days from May 14", "until July 31") becomes an expiry event,
    citing the sentences that state it."""
    for k, (until, cited) in enumerate(untils):
        if not until or any(e.action == "expires" and e.date == until for e in events):
            continue
        events.append(MeasureEvent(date=until, action="expires", citations=cited))
        details.append(EventDetail(outlets=list(details[k].outlets),
                                   tentative=details[k].tentative))
        order.append(until)


def _status(events: list[MeasureEvent], details: list[EventDetail]) -> str:
    status: str | None = None
    for event, detail in zip(events, details, strict=True):
        if detail.tentative or event.action in ("expires", "other"):
            continue
        if event.action == "extended":
            status = "suspended" if status == "suspended" else "in force"
            continue
        new = _STATUS_AFTER.get(event.action)
        if new is None:
            continue
        if new in ("threatened", "announced") and status not in (None, "threatened",
                                                                   "announced"):
            continue
        status = new
    if status is None:  # only tentative talk so far
        return "threatened" if any(e.action == "threatened" for e in events) else "announced"
    return status


def ledger_dicts(ledger: Ledger) -> list[dict[str, Any]]:
    """The ``measures --json`` contract: one dict per record."""
    return [r.to_dict() for r in ledger.records]
