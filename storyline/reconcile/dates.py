"""Dated events, date conflicts and durations across a story's articles.

Each content sentence with a time expression resolved to the calendar is an event; events of
different articles with the same date and the same claim (or alike sentences) are one. Two
alike sentences from different outlets each carrying one date, the dates incompatible
("2025-06-10" vs "2025-06-09"; "2025-06" and "2025-06-10" are compatible), are a ``date``
discrepancy. Durations tied to a window ("suspend tariffs for 90 days", "only 60 days
remain") are kept with the date they count from, for the brief's deadlines.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.records import TimeExpr

from .claims import ClaimIndex
from .evidence import Doc, dedupe_citations, outlets_of
from .model import DatedEvent, Discrepancy, DiscrepancyValue, DurationMention
from .space import SentenceSpace

log = logging.getLogger(__name__)

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SAME_EVENT = 0.2  # similarity for one event (same date) when no claim links them
_SAME_DATE_CLAIM = 0.35
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_UNIT_NAMES = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_FIGURE_UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M",
                 "months": "M", "year": "Y", "years": "Y"}
_REMAINING = re.compile(r"\b(remain(s|ing)?|left|leaving|to go|still have)\b", re.I)
_WINDOW = re.compile(
    r"\b(for|within|suspen\w*|suspend\w*|paus\w*|truce|deadline|window|extend\w*|extension|"
    r"moratorium|ceasefire|grace|expir\w*|until|reprieve|delay\w*)\b", re.I)
_BORROWED = "this article has no date;"
_PAST = re.compile(r"\b(ago|after|past|last|over the)\b", re.I)


@dataclass
class _Dated:
    doc: Doc
    sentence: int
    times: list[TimeExpr]


def calendar_value(t: TimeExpr) -> str | None:
    """The calendar part of a DATE/TIME value ("2025-06-10T15:00" -> "2025-06-10")."""
    if t.type not in ("DATE", "TIME") or not t.value:
        return None
    value = t.value.split("T")[0]
    return value if CALENDAR.match(value) else None


def compatible(a: str, b: str) -> bool:
    """Same date at the coarser of the two granularities."""
    return a.startswith(b) or b.startswith(a)


def _expression_key(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(w for w in words if w not in {"on", "in", "the", "of", "since", "by"})


def borrow_dates(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex) -> int:
    """Resolve an undated article's "Tuesday" from another outlet's report of the same event.

    An article without a reference date leaves relative expressions unresolved. When an
    aligned sentence of another article (same claim, or alike) has the same expression
    resolved, its value is borrowed, marked inferred, with a note naming the source.
    Returns how many values were borrowed.
    """
    resolved: dict[str, list[tuple[Doc, TimeExpr]]] = defaultdict(list)
    for d in docs:
        for t in d.times:
            if calendar_value(t):
                resolved[_expression_key(t.text)].append((d, t))
    borrowed = 0
    for d in docs:
        for k, t in enumerate(d.times):
            if t.type != "DATE" or t.value:
                continue
            cid = claim_of.get((d.order, t.sentence))
            best: tuple[float, Doc, TimeExpr] | None = None
            for od, ot in resolved.get(_expression_key(t.text), []):
                if od is d:
                    continue
                same = cid is not None and claim_of.get((od.order, ot.sentence)) == cid
                sim = 1.0 if same else space.sim(d, t.sentence, od, ot.sentence)
                if sim >= _SAME_DATE_CLAIM and (best is None or sim > best[0]):
                    best = (sim, od, ot)
            if best is None:
                continue
            _, od, ot = best
            d.times[k] = dataclasses.replace(
                t, value=ot.value, granularity=ot.granularity, inferred=True,
                note=f"{_BORROWED} resolved as in {od.outlet}'s report of the "
                     f"same event ({ot.text!r} = {ot.value})",
            )
            borrowed += 1
    return borrowed


def resolve_undated(docs: list[Doc]) -> int:
    """Resolve what is still unresolved in undated articles against the story's date.

    The articles of one story are reported within days of each other, so an article without
    a date is read as of the median date of the others. Every value resolved so is marked
    inferred, with a note saying so. Returns how many values were resolved.
    """
    dates = sorted(d.analysis.reference_date or d.article.published_date or "" for d in docs)
    dates = [x[:10] for x in dates if x]
    if not dates:
        return 0
    story_date = dates[len(dates) // 2]
    resolved = 0
    for d in docs:
        if d.analysis.reference_date or d.article.published_date:
            continue
        d.assumed_date = story_date
        pending = [k for k, t in enumerate(d.times) if t.type == "DATE" and not t.value]
        if not pending:
            continue
        try:
            from storyline.nlp.time import extract_times

            fresh = extract_times(d.article.text, d.analysis.sentences,
                                  dt.date.fromisoformat(story_date), reference_inferred=True)
        except Exception:  # the NLP stage's resolver is optional here, never fatal
            log.exception("could not resolve the times of undated article %s", d.id)
            continue
        by_span = {(t.start, t.end): t for t in fresh if calendar_value(t)}
        for k in pending:
            t = d.times[k]
            new = by_span.get((t.start, t.end))
            if new is None:
                continue
            d.times[k] = dataclasses.replace(
                t, value=new.value, granularity=new.granularity, inferred=True,
                note=f"{_BORROWED} resolved against {story_date}, the date of the story's "
                     "other reports",
            )
            resolved += 1
    return resolved


def _dated_sentences(docs: list[Doc]) -> list[_Dated]:
    out = []
    for d in docs:
        by_sentence: dict[int, list[TimeExpr]] = defaultdict(list)
        for t in d.times:
            if calendar_value(t) and t.sentence in d.content:
                by_sentence[t.sentence].append(t)
        out.extend(_Dated(d, s, ts) for s, ts in sorted(by_sentence.items()))
    # Events are told in the words of an article that dated them itself, when there is one.
    out.sort(key=lambda x: (any((t.note or "").startswith(_BORROWED) for t in x.times),
                            x.doc.order, x.sentence))
    return out


def dated_events(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex
                 ) -> tuple[list[DatedEvent], list[Discrepancy]]:
    dated = _dated_sentences(docs)
    events: list[tuple[DatedEvent, list[_Dated]]] = []
    for item in dated:
        for t in item.times:
            value = calendar_value(t) or ""
            cid = claim_of.get((item.doc.order, item.sentence))
            for ev, members in events:
                if ev.value != value or any(m.doc is item.doc for m in members):
                    continue
                if (cid and cid == ev.claim_id) or any(
                    space.sim(m.doc, m.sentence, item.doc, item.sentence) >= _SAME_EVENT
                    for m in members
                ):
                    members.append(item)
                    ev.citations.append(item.doc.cite(item.sentence))
                    ev.expressions = list(dict.fromkeys([*ev.expressions, t.text]))
                    ev.inferred = ev.inferred or t.inferred
                    ev.outlets = outlets_of(m.doc for m in members)
                    break
            else:
                ev = DatedEvent(
                    value=value,
                    granularity=t.granularity or _granularity(value),
                    text=item.doc.sentence_text(item.sentence),
                    expressions=[t.text],
                    inferred=t.inferred,
                    note=t.note,
                    claim_id=cid,
                    outlets=[item.doc.outlet],
                    citations=dedupe_citations([item.doc.cite(item.sentence)]),
                )
                events.append((ev, [item]))
    for ev, _ in events:
        ev.citations = dedupe_citations(ev.citations)
    return [ev for ev, _ in events], _date_conflicts(dated, space, claim_of)


def _granularity(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


def _interval(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


# How far apart two dates of one event may plausibly be reported, by the coarser grain.
_MAX_GAP_DAYS = {10: 31, 7: 186, 4: 731}


def _close(a: str, b: str) -> bool:
    """Dates near enough to be two reports of one event rather than two events."""
    try:
        (a0, a1), (b0, b1) = _interval(a), _interval(b)
    except ValueError:
        return False
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap <= _MAX_GAP_DAYS.get(min(len(a), len(b)), 31)


def _date_conflicts(dated: list[_Dated], space: SentenceSpace, claim_of: ClaimIndex
                    ) -> list[Discrepancy]:
    """Per claim: outlets dating alike sentences differently (one date per sentence)."""
    by_claim: dict[str, list[_Dated]] = defaultdict(list)
    for d in dated:
        cid = claim_of.get((d.doc.order, d.sentence))
        if cid and len({calendar_value(t) for t in d.times}) == 1:
            by_claim[cid].append(d)
    out: list[Discrepancy] = []
    for group in by_claim.values():
        involved: list[_Dated] = []
        for n, a in enumerate(group):
            for b in group[n + 1 :]:
                va, vb = calendar_value(a.times[0]) or "", calendar_value(b.times[0]) or ""
                if (a.doc.outlet == b.doc.outlet or compatible(va, vb) or not _close(va, vb)
                        or (len(va) == 4) != (len(vb) == 4)  # a year says little of a day
                        or space.sim(a.doc, a.sentence, b.doc, b.sentence) < _SAME_DATE_CLAIM):
                    continue
                involved.extend(x for x in (a, b) if x not in involved)
        if not involved:
            continue
        by_value: dict[str, list[_Dated]] = defaultdict(list)
        for x in involved:
            by_value[calendar_value(x.times[0]) or ""].append(x)
        about = involved[0].doc.sentence_text(involved[0].sentence)
        out.append(Discrepancy(
            kind="date",
            about=about if len(about) <= 120 else about[:117] + "...",
            values=[
                DiscrepancyValue(
                    f"{value} ({', '.join(dict.fromkeys(x.times[0].text for x in xs))})",
                    dedupe_citations(x.doc.cite(x.sentence) for x in xs),
                )
                for value, xs in sorted(by_value.items())
            ],
            note="The outlets date what looks like the same event differently.",
        ))
    return out


def _durations_in(doc: Doc) -> list[tuple[int, int, float, str, str]]:
    """(sentence, start, amount, unit letter, text) for each duration, deduplicated."""
    found: dict[tuple[int, float, str], tuple[int, int, float, str, str]] = {}
    for t in doc.times:
        m = _DURATION.match(t.value or "") if t.type == "DURATION" else None
        if m:
            key = (t.sentence, float(m.group(1)), m.group(2))
            found.setdefault(key, (t.sentence, t.start, float(m.group(1)), m.group(2), t.text))
    for f in doc.analysis.figures:
        letter = _FIGURE_UNITS.get((f.unit or "").lower())
        if letter and f.bound in ("=", "~"):
            key = (f.sentence, float(f.value), letter)
            found.setdefault(key, (f.sentence, f.start, float(f.value), letter, f.text))
    return sorted(found.values())


def _window_text(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - 60) : start], text[end : end + 60]


def find_durations(docs: list[Doc], claim_of: ClaimIndex) -> list[DurationMention]:
    """Durations that bound a window: counted from publication or from an anchor date."""
    anchors_by_claim: dict[str, list[tuple[Doc, TimeExpr]]] = defaultdict(list)
    for d in docs:
        for t in d.times:
            cid = claim_of.get((d.order, t.sentence))
            if cid and calendar_value(t):
                anchors_by_claim[cid].append((d, t))
    out: list[DurationMention] = []
    for d in docs:
        for sent, start, amount, letter, text in _durations_in(d):
            s = d.analysis.sentences[sent] if sent < len(d.analysis.sentences) else None
            if s is None or sent not in d.content:
                continue
            full = d.article.text
            before, after = _window_text(full, start, start + len(text))
            sentence = d.sentence_text(sent)
            days = amount * _UNIT_DAYS[letter]
            unit = _UNIT_NAMES[letter]
            base = dict(days=days, text=text, sentence=sentence, outlets=[d.outlet],
                        citations=dedupe_citations([d.cite(sent)]))
            near = f"{before[-12:]} {text} {after[:20]}"
            if _REMAINING.search(near) and not _PAST.search(before[-12:]):
                ref = d.analysis.reference_date or d.article.published_date
                inferred = d.source_article().reference_inferred
                if not ref and d.assumed_date:
                    ref, inferred = d.assumed_date, True
                if ref:
                    out.append(DurationMention(
                        mode="remaining", anchor=ref[:10], anchor_granularity="day",
                        anchor_text="publication", inferred=inferred,
                        unit=unit, amount=amount, **base))
                continue
            if _PAST.search(before[-20:]) or not _WINDOW.search(sentence):
                continue
            anchor = _anchor(d, sent, start, anchors_by_claim.get(
                claim_of.get((d.order, sent), ""), []))
            if anchor:
                t = anchor
                out.append(DurationMention(
                    mode="window", anchor=calendar_value(t), anchor_granularity=t.granularity
                    or _granularity(calendar_value(t) or ""), anchor_text=t.text,
                    inferred=t.inferred, unit=unit, amount=amount, **base))
    return out


def _anchor(doc: Doc, sent: int, start: int, claim_anchors: list[tuple[Doc, TimeExpr]]
            ) -> TimeExpr | None:
    """The date a window counts from: in the same sentence, else in the same claim."""
    own = [t for t in doc.times if t.sentence == sent and calendar_value(t)]
    if own:
        return min(own, key=lambda t: abs(t.start - start))
    return claim_anchors[0][1] if claim_anchors else None

