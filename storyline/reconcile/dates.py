"""Dated events across a story's articles, and dates for articles that have none.

Each content sentence with a time expression resolved to the calendar is an event; events of
different articles with the same date and the same claim (or alike sentences) are one. An
undated article borrows the date another outlet gives the same happening ("on Tuesday" in
an aligned sentence), else is read as of the story's date; both are marked inferred.
Conflicting dates are ``date_conflicts.py``'s; durations and deadlines ``durations.py``'s.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.records import TimeExpr

from .claims import ClaimIndex
from .evidence import Doc, dedupe_citations, outlets_of
from .model import DatedEvent
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace

log = logging.getLogger(__name__)

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BORROWED = "this article has no date;"


@dataclass
class Dated:
    doc: Doc
    sentence: int
    times: list[TimeExpr]


def calendar_value(t: TimeExpr) -> str | None:
    """The calendar part of a DATE/TIME value ("2025-06-10T15:00" -> "2025-06-10")."""
    if t.type not in ("DATE", "TIME") or not t.value:
        return None
    value = t.value.split("T")[0]
    return value if CALENDAR.match(value) else None


# A day told relative to the report's ("yesterday", "this morning"): shown with its weekday,
# which the reader of the value cannot see otherwise.
_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|"
                           r"this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
# A weekday named ("Thursday", "on Tuesday morning").
NAMES_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def shown_day(value: str, told: list[str]) -> str:
    """A calendar value with the words each outlet told it in ("2026-09-10 (yesterday,
    Thursday)": a relative day gets its weekday)."""
    words = list(dict.fromkeys(told))
    if (len(value) == 10 and CALENDAR.match(value) and any(map(_RELATIVE_DAY.search, words))
            and not any(map(NAMES_WEEKDAY.search, words))):
        with contextlib.suppress(ValueError):  # (a day the calendar has not: "2026-02-30")
            words.append(dt.date.fromisoformat(value).strftime("%A"))
    return f"{value} ({', '.join(words)})"


def compatible(a: str, b: str) -> bool:
    """Same date at the coarser of the two granularities."""
    return a.startswith(b) or b.startswith(a)


def _expression_key(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(w for w in words if w not in {"on", "in", "the", "of", "since", "by"})


def borrow_dates(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex,
                 options: ReconcileOptions = DEFAULT_OPTIONS) -> int:
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
                if sim >= options.date_same_claim and (best is None or sim > best[0]):
                    best = (sim, od, ot)
            if best is None:
                continue
            _, od, ot = best
            d.times[k] = dataclasses.replace(
                t, value=ot.value, granularity=ot.granularity, inferred=True,
                note=f"{BORROWED} resolved as in {od.outlet}'s report of the "
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
                note=f"{BORROWED} resolved against {story_date}, the date of the story's "
                     "other reports",
            )
            resolved += 1
    return resolved


def dated_sentences(docs: list[Doc]) -> list[Dated]:
    out: list[Dated] = []
    for d in docs:
        by_sentence: dict[int, list[TimeExpr]] = defaultdict(list)
        for t in d.times:
            if calendar_value(t) and t.sentence in d.content:
                by_sentence[t.sentence].append(t)
        out.extend(Dated(d, s, ts) for s, ts in sorted(by_sentence.items()))
    # Events are told in the words of an article that dated them itself, when there is one.
    out.sort(key=lambda x: (any((t.note or "").startswith(BORROWED) for t in x.times),
                            x.doc.order, x.sentence))
    return out


def dated_events(docs: list[Doc], space: SentenceSpace, claim_of: ClaimIndex,
                 options: ReconcileOptions = DEFAULT_OPTIONS) -> list[DatedEvent]:
    """Each content sentence's calendar dates as events, one event per date and happening
    across articles (same claim, or alike sentences)."""
    dated = dated_sentences(docs)
    events: list[tuple[DatedEvent, list[Dated]]] = []
    for item in dated:
        by_value: dict[str, list[TimeExpr]] = defaultdict(list)
        for t in item.times:
            value = calendar_value(t) or ""
            # "earlier this year" says nothing a timeline can use; "in 2019" does.
            if len(value) == 4 and not any(ch.isdigit() for ch in t.text):
                continue
            by_value[value].append(t)
        for value, same in by_value.items():
            t = same[0]
            cid = claim_of.get((item.doc.order, item.sentence))
            for ev, members in events:
                if ev.value != value or any(m.doc is item.doc for m in members):
                    continue
                if (cid and cid == ev.claim_id) or any(
                    space.sim(m.doc, m.sentence, item.doc, item.sentence) >= options.date_same_event
                    for m in members
                ):
                    members.append(item)
                    ev.citations.append(item.doc.cite(item.sentence))
                    ev.expressions = list(dict.fromkeys([*ev.expressions,
                                                         *(x.text for x in same)]))
                    ev.inferred = ev.inferred or any(x.inferred for x in same)
                    ev.outlets = outlets_of(m.doc for m in members)
                    break
            else:
                ev = DatedEvent(
                    value=value,
                    granularity=t.granularity or granularity_of(value),
                    text=item.doc.sentence_text(item.sentence),
                    expressions=list(dict.fromkeys(x.text for x in same)),
                    inferred=any(x.inferred for x in same),
                    note=t.note,
                    claim_id=cid,
                    outlets=[item.doc.outlet],
                    citations=dedupe_citations([item.doc.cite(item.sentence)]),
                )
                events.append((ev, [item]))
    for ev, _ in events:
        ev.citations = dedupe_citations(ev.citations)
    return [ev for ev, _ in events]


def granularity_of(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


