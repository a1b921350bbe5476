"""Calendar arithmetic for time expressions.

Shifting a reference date by calendar units, formatting a date at a granularity as a TIMEX3
value ("2025-06", "2025-W24", "2025-Q2"), choosing the year of a year-less date and the date
of a bare weekday from the tense around it. Pure functions, no text handling.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Tense = Literal["past", "future"] | None

# TIMEX3 duration letters; hours and smaller go after a "T".
DURATION_UNIT = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS = {"second", "minute", "hour"}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: (90, "day") -> "P90D", (3, "hour") -> "PT3H", (None, ..) -> "PXD"."""
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit in ("decade", "century"):
        if amount is None:
            return "PXE" if unit == "decade" else "PXC"
        amount, unit = amount * (10 if unit == "decade" else 100), "year"  # "two decades": P20Y
    letter = DURATION_UNIT[unit]
    if amount is not None and not float(amount).is_integer():
        whole, part = int(amount), amount - int(amount)
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, as TimeML writes them
        if unit == "year" and (part * 12).is_integer():
            return f"P{whole}Y{int(part * 12)}M" if whole else f"P{int(part * 12)}M"
        if unit == "hour" and (part * 60).is_integer():
            return f"PT{whole}H{int(part * 60)}M" if whole else f"PT{int(part * 60)}M"
        if unit == "minute" and (part * 60).is_integer():
            return f"PT{whole}M{int(part * 60)}S" if whole else f"PT{int(part * 60)}S"
        if unit == "day" and (part * 24).is_integer():
            return f"P{whole}DT{int(part * 24)}H" if whole else f"PT{int(part * 24)}H"
    if amount is None:
        qty = "X"
    elif float(amount).is_integer():
        qty = str(int(amount))
    else:
        qty = f"{amount:g}"
    return ("PT" if unit in TIME_UNITS else "P") + qty + letter


def add_months(d: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def shift(d: dt.date, amount: int, unit: str) -> dt.date:
    """Shift a date by ``amount`` calendar units (negative = into the past)."""
    if unit in ("day", "night"):
        return d + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(d, amount)
    if unit == "quarter":
        return add_months(d, 3 * amount)
    if unit == "year":
        return add_months(d, 12 * amount)
    if unit == "decade":
        return add_months(d, 120 * amount)
    if unit == "century":
        return add_months(d, 1200 * amount)
    raise ValueError(f"unknown calendar unit {unit!r}")


def format_at(d: dt.date, granularity: str) -> str:
    """A date written at a granularity as a TIMEX3 value."""
    if granularity == "day":
        return d.isoformat()
    if granularity in ("week", "weekend"):
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def weekday_date(ref: dt.date, weekday: int, relation: str | None, tense: Tense) -> dt.date:
    """The date a weekday name refers to, seen from ``ref``.

    News convention: a bare weekday is the most recent such day (today included), or the
    coming one (today included) when the verb is future. "last" is strictly before today,
    "next" strictly after, "this" the day of the reference's week (Monday to Sunday), or the
    coming one when the verb is future.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if relation in ("last", "past", "previous"):
        return ref - dt.timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if tense == "future":
        return ref + dt.timedelta(days=ahead)
    if relation == "this":
        # the day of the report's own week (Monday to Sunday), whatever the clause's tense:
        # "setting up a second round this Saturday" in Monday's paper is five days on
        return ref + dt.timedelta(days=weekday - ref.weekday())
    return ref - dt.timedelta(days=back)


def year_for_month(ref: dt.date, month: int, day: int | None, tense: Tense) -> int:
    """The year of a year-less month (and day): the most recent for past tense, the coming
    one for future tense, otherwise the nearest to the reference date, counting the future
    as twice as far (news mostly reports what has happened; on TimeBank this choice scores
    best)."""
    this = (month, day or 1)
    now = (ref.month, ref.day if day else 1)
    if tense == "past":
        return ref.year if this <= now else ref.year - 1
    if tense == "future":
        return ref.year if this >= now else ref.year + 1
    best = ref.year
    best_cost = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        last = calendar.monthrange(year, month)[1]
        gap = (dt.date(year, month, min(day or 15, last)) - ref).days
        cost = 2 * gap if gap > 0 else -gap
        if best_cost is None or cost < best_cost:
            best, best_cost = year, cost
    return best


def year_matching_weekday(ref: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year near ``ref`` in which month/day falls on ``weekday`` (for "Wednesday, June 11")."""
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_GRAN_ORDER = ["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade",
               "century"]  # fmt: skip


def finer_or_equal(a: str, b: str) -> bool:
    """Is granularity ``a`` at least as fine as ``b`` ("day" vs "year" -> True)?"""
    return _GRAN_ORDER.index(a) <= _GRAN_ORDER.index(b)


def parse_value(value: str | None) -> tuple[dt.date, str] | None:
    """A calendar TIMEX3 value back to (first day, granularity): "2025-Q2" -> (Apr 1, quarter)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-Q([1-4])|-H([12]))?", value)
    if m is None:
        return None
    year = int(m[1])
    if m[3]:
        return (dt.date(year, int(m[2]), int(m[3])), "day") if valid_date(
            year, int(m[2]), int(m[3])) else None  # fmt: skip
    if m[2]:
        return (dt.date(year, int(m[2]), 1), "month") if 1 <= int(m[2]) <= 12 else None
    if m[4]:
        try:
            return dt.date.fromisocalendar(year, int(m[4]), 1), "week"
        except ValueError:
            return None
    if m[5]:
        return dt.date(year, 3 * int(m[5]) - 2, 1), "quarter"
    if m[6]:
        return dt.date(year, 1 if m[6] == "1" else 7, 1), "half"
    return dt.date(year, 1, 1), "year"
