"""Time expressions: find them in article text and resolve them to calendar values.

A rule-based temporal tagger in the HeidelTime tradition: a regex grammar (``time_rules``
for calendar dates, ``time_relative`` for deictic and relative expressions, durations, sets
and clock times, ``time_anaphora`` for "the following year" and holidays) proposes
candidate mentions; the longest non-overlapping ones win; clock times are joined to their
day; anaphoric ones are resolved against the last date mentioned; "from May to July" becomes
one range. Relative expressions ("on Tuesday", "last month", "two weeks ago") are resolved
against the reference date, normally the publication date; without one they are kept with
``value=None``. Pure Python, no spaCy: about 5 ms per 1,000 characters.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from functools import lru_cache

from storyline.nlp import time_anaphora, time_relative, time_rules
from storyline.nlp.time_anaphora import resolve_anaphora
from storyline.nlp.time_hits import Ctx, Handler, Hit
from storyline.nlp.time_resolve import format_at, valid_date
from storyline.records import Sentence, TimeExpr

log = logging.getLogger(__name__)

__all__ = ["extract_times", "find_times"]

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_CLOCK_DAY_JOIN = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)
# Rule order breaks ties between equally long, equally ranked candidates.
_RULES = time_rules.RULES + time_relative.RULES + time_anaphora.RULES
_COMPILED = [
    (name, re.compile(pattern, re.IGNORECASE), handler, priority)
    for name, pattern, handler, priority in _RULES
]


def _as_date(reference: dt.date | dt.datetime | str | None) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    return dt.date.fromisoformat(str(reference)[:10])


@lru_cache(maxsize=4)
def _matches(text: str) -> list[tuple[str, Handler, int, re.Match[str]]]:
    """Every non-empty match of every rule, in rule order.

    Scanning the text with each rule's regex is most of the tagger's time, and does not
    depend on the reference date: the pipeline tags each article twice (for its time
    expressions, and with no reference for the figures, which skip dates), so the scan is
    kept for the last few texts.
    """
    return [
        (name, handler, priority, m)
        for name, pattern, handler, priority in _COMPILED
        for m in pattern.finditer(text)
        if m.end() != m.start()
    ]


def _candidates(ctx: Ctx) -> list[Hit]:
    hits: list[Hit] = []
    for name, handler, priority, m in _matches(ctx.text):
        hit = handler(m, ctx)
        if hit is None:
            continue
        hit.rule, hit.priority = name, priority
        _trim(hit, ctx.text)
        hits.append(hit)
    return hits


def _trim(hit: Hit, text: str) -> None:
    """Drop trailing/leading spaces and a trailing period a rule swallowed ("Sept." stays)."""
    while hit.end > hit.start and text[hit.end - 1].isspace():
        hit.end -= 1
    while hit.start < hit.end and text[hit.start].isspace():
        hit.start += 1


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest first, then higher priority; keep the ones that overlap nothing kept."""
    chosen: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -h.priority, h.start)):
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        chosen.append(hit)
        taken.append((hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def _join_clock_to_day(hits: list[Hit], text: str) -> list[Hit]:
    """ "3 p.m. Tuesday" is one point in time: the clock time on that day."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and hit.rule in ("clock", "clock24", "clock_word", "noon")
            and nxt.type == "DATE"
            and nxt.granularity == "day"
            and _CLOCK_DAY_JOIN.fullmatch(text, hit.end, nxt.start)
        ):
            clock = hit.value.split("T", 1)[1] if hit.value else None
            value = f"{nxt.value}T{clock}" if (nxt.value and clock) else None
            out.append(
                Hit(hit.start, nxt.end, "TIME", value, "time", relative=nxt.relative,
                    rule="clock_day", priority=hit.priority)
            )
            i += 2
            continue
        out.append(hit)
        i += 1
    return out


def _with_year(hit: Hit, year: int) -> str | None:
    """Re-resolve a year-less date with the year its range partner states."""
    if hit.ymd is None:
        return hit.value
    _, month, day = hit.ymd
    if hit.granularity == "day" and day is not None and valid_date(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    if hit.granularity == "month":
        return format_at(dt.date(year, month, 1), "month")
    return hit.value


def _merge_ranges(hits: list[Hit], text: str) -> list[Hit]:
    """ "from May to July", "between 2019 and 2021", "June 1-5": one DATE with an end."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        join = _RANGE_JOIN.fullmatch(text, a.end, b.start) if b is not None else None
        if (
            b is not None
            and join is not None
            and a.type == b.type == "DATE"
            and a.granularity == b.granularity
            and a.end_value is None
            and b.end_value is None
            and (
                join.group().strip() in ("-", "–", "—")
                or _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
                or (join.group().strip().lower() != "and" and a.ymd and b.ymd)
            )
            and (join.group().strip().lower() != "and"
                 or _RANGE_OPEN.search(text, max(0, a.start - 10), a.start))
        ):
            # "from May to July 2024": a year stated at one end holds for the other
            a_year, b_year = (a.ymd or (None,))[0], (b.ymd or (None,))[0]
            if a_year is None and b_year is not None and a.ymd:
                a.value, a.relative = _with_year(a, b_year), False
            elif b_year is None and a_year is not None and b.ymd:
                end = _with_year(b, a_year)
                if end and a.value and end < a.value:  # "December 2024 to March": 2025
                    end = _with_year(b, a_year + 1)
                b.value, b.relative = end, False
            out.append(
                Hit(a.start, b.end, "DATE", a.value, a.granularity, end_value=b.value,
                    relative=a.relative or b.relative, ymd=a.ymd, rule="range", parts=[a, b])
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def find_times(
    text: str,
    reference: dt.date | None,
    *,
    reference_inferred: bool = False,
    ranges: bool = True,
) -> list[TimeExpr]:
    """Time expressions in ``text`` resolved against ``reference`` (``sentence`` left 0).

    ``ranges=False`` keeps both ends of a range as separate expressions (TimeML style, as
    the TempEval evaluation expects).
    """
    ref = _as_date(reference)
    ctx = Ctx(text, ref)
    hits = _join_clock_to_day(_select(_candidates(ctx)), text)
    if ref is not None:
        resolve_anaphora(hits, text)
    hits = _merge_ranges(hits, text)
    if not ranges:
        hits = [part for h in hits for part in (h.parts or [h])]
    out: list[TimeExpr] = []
    for h in hits:
        note = None
        inferred = False
        if h.relative:
            if ref is None:
                note = "no reference date to resolve against"
            else:
                note = f"relative to publication date {ref.isoformat()}"
                if reference_inferred:
                    note += " (year inferred)"
                    inferred = True
        out.append(
            TimeExpr(
                text=text[h.start : h.end],
                start=h.start,
                end=h.end,
                sentence=0,
                type=h.type,  # type: ignore[arg-type]
                value=h.value,
                granularity=h.granularity,
                end_value=h.end_value,
                inferred=inferred,
                note=note,
            )
        )
    return out


def extract_times(
    text: str,
    sentences: list[Sentence],
    reference: dt.date | None,
    *,
    reference_inferred: bool = False,
) -> list[TimeExpr]:
    """Every time expression in an article, each with the index of its sentence.

    ``reference`` is the date relative expressions are resolved against (the publication
    date); pass ``reference_inferred=True`` when that date was itself inferred, so that every
    value resolved from it says so (``inferred`` and ``note``).
    """
    times = find_times(text, reference, reference_inferred=reference_inferred)
    starts = [s.start for s in sentences]
    for t in times:
        i = bisect.bisect_right(starts, t.start) - 1
        t.sentence = sentences[i].index if i >= 0 and sentences else 0
    log.debug("found %d time expressions", len(times))
    return times
