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
_INTERIM = re.compile(
    r"\b(?:temporar(?:y|ily)|block(?:s|ed)?|barred|injunction|restraining order|pending)\b",
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


class _Group:
    """A measure being built: its mentions and what new mentions are compared against."""

    def __init__(self, item: _Item) -> None:
        self.items = [item]
        self.instrument = item.mention.instrument
        self.imposed_by = item.mention.imposed_by
        self.products: set[str] = set()
        self.affects: set[str] = set()
        self.stories: set[int] = set()
        self.articles: set[str] = set()
        self._note(item)

    def _note(self, item: _Item) -> None:
        self.products |= product_keys(item.mention.products)
        self.affects |= set(item.mention.affects)
        self.articles.add(item.row.article_id)
        if item.row.story_id is not None:
            self.stories.add(item.row.story_id)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self._note(item)

    def fit(self, item: _Item) -> float | None:
        """How well a mention fits (higher is better), or None."""
        m = item.mention
        if m.imposed_by is not None and m.imposed_by != self.imposed_by:
            return None
        mine, aff_m = product_keys(m.products), set(m.affects)
        same_story = item.row.article_id in self.articles or (
            item.row.story_id is not None and item.row.story_id in self.stories)
        if not mine and not aff_m and same_story:
            return 1.0 + 2.0  # "the tariffs" in a story that has named them
        if self.affects and aff_m and not self.affects & aff_m:
            return None
        overlap = bool(mine & self.products)
        if mine and self.products and not overlap:
            return None
        if bool(self.affects) != bool(aff_m) and not overlap:
            return None  # "all partners" and "China" are one measure only if the goods agree
        if bool(mine) != bool(self.products) and not same_story:
            return None  # "the tariffs" is a known measure only within the story that names it
        if m.imposed_by is None and not overlap:
            return None
        return (2.0 * overlap + (self.affects == aff_m) + (self.imposed_by == m.imposed_by)
                + 2.0 * same_story)


def build_ledger(rows: Iterable[LedgerRow]) -> Ledger:
    """Merge every article's mentions into measure records, numbered by first appearance."""
    items = [_Item(m, row) for row in rows for m in row.mentions]
    # Mentions naming products first, then those naming only partners, then the rest, so
    # that "the duties on China" and "the tariffs" find the measure their story named; each
    # group in time order.
    items.sort(key=lambda i: (0 if i.mention.products else 1 if i.mention.affects else 2,
                              i.when, i.row.seq))
    groups: list[_Group] = []
    by_key: dict[tuple[str, str | None], list[_Group]] = {}
    by_instrument: dict[str, list[_Group]] = {}
    for item in items:
        m = item.mention
        candidates = (by_key.get((m.instrument, m.imposed_by), []) if m.imposed_by
                      else by_instrument.get(m.instrument, []))
        scored = [(s, g) for g in candidates if (s := g.fit(item)) is not None]
        if scored:
            max(scored, key=lambda sg: sg[0])[1].add(item)
        elif m.imposed_by is not None:  # an unattributed mention only joins a known measure
            group = _Group(item)
            groups.append(group)
            by_key.setdefault((m.instrument, m.imposed_by), []).append(group)
            by_instrument.setdefault(m.instrument, []).append(group)
    groups.sort(key=lambda g: min(i.row.seq for i in g.items))
    ledger = Ledger()
    for number, group in enumerate(groups, 1):
        record, details = _record(number, group.items)
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
    products: list[str] = []
    seen: set[frozenset[str]] = set()
    for p, _ in Counter(p for m in mentions for p in m.products).most_common():
        key = frozenset(product_keys([p])) or frozenset([p.lower()])
        if key not in seen and len(products) < 4:  # "chip" and "chips" are one product
            seen.add(key)
            products.append(p)
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
    dated: dict[tuple[str, str], list[_Item]] = {}  # (action, date)
    nearby: dict[tuple[str, Any], list[list[_Item]]] = {}  # (action, story or day)
    for item in group:  # already in time order
        m = item.mention
        place = _place(item)
        bucket = dated.get((m.action, m.date)) if m.date else None
        if bucket is None:  # an undated report joins its story's report of the action
            bucket = next((b for b in nearby.get((m.action, place), [])
                           if m.date is None or b[0].mention.date is None), None)
        if bucket is None:
            bucket = []
            buckets.append(bucket)
            nearby.setdefault((m.action, place), []).append(bucket)
        bucket.append(item)
        if m.date:
            dated.setdefault((m.action, m.date), bucket)
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


def _place(item: _Item) -> Any:
    """Undated reports of one action are one event within a story (or a publication day)."""
    if item.row.story_id is not None:
        return item.row.story_id
    return (item.row.published or "")[:10] or item.row.article_id


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
    story_of = {i.row.article_id: i.row.story_id for i in group}
    stories = [{story_of.get(c.article_id) for c in e.citations} - {None} for e in events]
    by_action: dict[str, list[int]] = {}
    for k, e in enumerate(events):
        if e.date:
            by_action.setdefault(e.action, []).append(k)
    for ks in by_action.values():
        for n, k in enumerate(ks):
            for j in ks[n + 1:]:
                a, b = events[k], events[j]
                if a.date != b.date and stories[k] & stories[j]:
                    note = f"outlets date this {a.action} differently: {a.date} vs {b.date}"
                    for d in (details[k], details[j]):
                        d.conflict = d.conflict or note


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
        if new in ("threatened", "announced") and status not in (
                None, "threatened", "announced", "removed"):
            continue  # talk of a measure in force does not make it "announced" again
        status = new
    if status == "struck down" and _INTERIM.search(" ".join(
            c.sentence for e in events if e.action == "ruled unlawful" for c in e.citations)):
        status = "enjoined"  # a court's temporary block, not a final ruling
    if status is None:  # only tentative talk so far
        return "threatened" if any(e.action == "threatened" for e in events) else "announced"
    return status


def ledger_dicts(ledger: Ledger) -> list[dict[str, Any]]:
    """The ``measures --json`` contract: one dict per record."""
    return [r.to_dict() for r in ledger.records]
