"""The timeline: dated events in calendar order, and deadlines computed from durations.

A deadline is a duration tied to a window: "only 60 days remain" counts from the article's
publication date; "agreed last month to suspend tariffs for 90 days" counts from the date
the window opened; "the 60-day window expires in mid-June" gives its end. When a start is
known only to the month, the end is given to the month too, with the range of possible days
in the note.
"""

from __future__ import annotations

import calendar
import datetime as dt

from storyline.reconcile.dates import CALENDAR
from storyline.reconcile.evidence import dedupe_citations
from storyline.reconcile.model import DatedEvent, DurationMention

from .model import TimelineEntry

_GRAIN_ORDER = {"year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4, "time": 5}


def _add(start: dt.date, amount: float, unit: str) -> dt.date:
    if unit in ("month", "year"):
        months = round(amount * (12 if unit == "year" else 1))
        y, m = divmod(start.month - 1 + months, 12)
        year, month = start.year + y, m + 1
        return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    days = amount * {"day": 1, "week": 7}.get(unit, 1)
    return start + dt.timedelta(days=round(days))


def _plural(amount: float, unit: str) -> str:
    n = int(amount) if float(amount).is_integer() else amount
    return f"{n} {unit}{'' if n == 1 else 's'}"


def deadline(d: DurationMention) -> TimelineEntry | None:
    """The end of the window a duration describes, or None when its start is unknown."""
    if not d.anchor or not CALENDAR.match(d.anchor):
        return None
    span = _plural(d.amount or d.days, d.unit)
    parts = [int(p) for p in d.anchor.split("-")]
    if d.mode == "ends":  # the report says when the window closes
        date, grain = d.anchor, d.anchor_granularity or ("day" if len(parts) == 3 else "month")
        note = f"the window of {span} ends {d.anchor_text}, as reported"
    elif len(parts) == 3:
        start = dt.date(*parts)
        end = _add(start, d.amount or d.days, d.unit)
        date, grain = end.isoformat(), "day"
        if d.mode == "remaining":
            note = f"{span} from the publication date {start.isoformat()}"
        else:
            note = f"{span} from {start.isoformat()} ({d.anchor_text})"
    elif len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        last = dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        lo, hi = _add(first, d.amount or d.days, d.unit), _add(last, d.amount or d.days, d.unit)
        mid = _add(dt.date(parts[0], parts[1], 15), d.amount or d.days, d.unit)
        date, grain = mid.strftime("%Y-%m"), "month"
        note = (f"{span} from {first.strftime('%B %Y')} ({d.anchor_text}); the start is known "
                f"only to the month, so the end falls between {lo.isoformat()} and "
                f"{hi.isoformat()}")
    else:
        return None
    if d.inferred:
        note += "; the start date was itself inferred"
    label = ("Time runs out: " if d.mode == "remaining" else "End of the window: ") + span
    return TimelineEntry(
        date=date,
        granularity=grain,
        kind="deadline",
        text=label,
        expressions=[d.text],
        inferred=d.inferred,
        note=note + ".",
        outlets=list(d.outlets),
        citations=list(d.citations),
    )


def build_timeline(events: list[DatedEvent], durations: list[DurationMention]
                   ) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(
            date=e.value,
            granularity=e.granularity or "day",
            kind="event",
            text=e.text,
            expressions=e.expressions,
            inferred=e.inferred,
            note=e.note,
            outlets=e.outlets,
            citations=e.citations,
        )
        for e in events
    ]
    deadlines: dict[tuple[str, str], TimelineEntry] = {}
    for d in durations:
        entry = deadline(d)
        if entry is None:
            continue
        key = (entry.date, entry.text)
        if key in deadlines:  # the same deadline from several sentences or outlets
            kept = deadlines[key]
            kept.citations = dedupe_citations([*kept.citations, *entry.citations])
            kept.outlets = list(dict.fromkeys([*kept.outlets, *entry.outlets]))
            kept.expressions = list(dict.fromkeys([*kept.expressions, *entry.expressions]))
        else:
            deadlines[key] = entry
    entries.extend(deadlines.values())
    entries.sort(key=lambda e: (e.date, _GRAIN_ORDER.get(e.granularity, 9), e.kind != "event"))
    return entries
