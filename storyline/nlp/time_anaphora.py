"""Time expressions that point back at a date already mentioned, and named days.

"the following year", "a year earlier", "that day", "the quarter", "the year-ago period"
are resolved against the last calendar date the text mentioned before them (HeidelTime's
rule for narrative references), falling back to the reference date when there is none.
Holidays ("Thanksgiving", "Christmas Eve") are resolved to their date in the year the
tense points to. Rules here extend the grammar; ``resolve_anaphora`` runs after the
candidates are chosen.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from storyline.nlp.time_grammar import YEAR
from storyline.nlp.time_hits import Ctx, Handler, Hit, new_hit, relative_hit
from storyline.nlp.time_resolve import (
    finer_or_equal,
    format_at,
    parse_value,
    shift,
    weekday_date,
    year_for_month,
)


def _latest_quarter(ref: dt.date) -> str:
    return format_at(shift(ref, -1, "quarter"), "quarter")


def _the_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the quarter", "the year-ago quarter", "the year-earlier period"."""
    year_back = bool(m["ago"])
    if m["unit"].lower() == "period" and not (year_back or m["adj"]):
        return None  # "the period" alone is too vague to place
    step = -4 if year_back else 0
    hit = relative_hit(m, ctx, "DATE", "quarter",
               lambda ref: format_at(shift(ref, step - 1, "quarter"), "quarter"))  # fmt: skip
    mode = "latest" if (m["adj"] or "").lower() in ("latest", "most recent") else "same"
    hit.anaphor = (mode, 0, "quarter") if not year_back else ("shift", -1, "year")
    return hit


def _year_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the 1988 quarter", "the 1989 period": the quarter being reported, in that year."""
    year = int(m["year"])
    hit = new_hit(m, "DATE", f"{year:04d}", "quarter")
    hit.anaphor = ("year", year, "quarter")
    return hit


def _year_earlier(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "Year-earlier results": the period a year before the one being reported."""
    hit = relative_hit(m, ctx, "DATE", "year", lambda ref: f"{ref.year - 1:04d}")
    hit.anaphor = ("shift", -1, "year")
    return hit


def _the_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() :]):
        return new_hit(m, "DURATION", "P1Y", "year")  # "the year ended March 31": a fiscal year
    if re.match(r"\s+(?:to|through|before|after|in\s+which|two\s+thousand)\b",
                ctx.text[m.end() :]):  # fmt: skip
        return None
    return relative_hit(m, ctx, "DATE", "year", lambda ref: f"{ref.year:04d}")


def _period_end(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "year-end", "by year's end", "the end of the month": that period of the reference."""
    unit = "month" if "month" in m.group().lower() else "year"
    return relative_hit(m, ctx, "DATE", unit, lambda ref: format_at(ref, unit))


def _the_weekend(m: re.Match[str], ctx: Ctx) -> Hit | None:
    def make(ref: dt.date) -> str:
        saturday = weekday_date(ref, 5, None, ctx.tense(m.start(), m.end()))
        return format_at(saturday, "weekend")

    return relative_hit(m, ctx, "DATE", "weekend", make)


_DAY_STEPS = {"that": 0, "same": 0, "that same": 0, "next": 1, "following": 1,
              "previous": -1, "prior": -1}  # fmt: skip


def _that_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    which = " ".join(m["which"].lower().split())
    step = _DAY_STEPS.get(which.replace("the ", ""), 0)
    if m["rel"]:
        step = -1 if m["rel"].lower() == "before" else 1
    hit = relative_hit(
        m, ctx, "DATE", "day", lambda ref: (ref + dt.timedelta(days=step)).isoformat()
    )
    hit.anaphor = ("step", step, "day")
    return hit


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift(dt.date(year, month, 1), 1, "month") - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lat = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lat) // 451
    month, day = divmod(h + lat - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


HOLIDAYS = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's": lambda y: dt.date(y, 1, 1),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
}


def _holiday_key(name: str) -> str:
    key = " ".join(name.lower().replace("’", "'").split())
    if key.startswith(("christmas", "new year's", "thanksgiving", "easter")) and not key.endswith(
        "eve"
    ):
        key = re.sub(r"\s+(?:day|sunday)$", "", key)  # "Christmas Day" is "Christmas"
    return key


def _holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    key = _holiday_key(m["h"])
    if key not in HOLIDAYS:
        return None
    date_of = HOLIDAYS[key]
    if m["year"]:
        return new_hit(m, "DATE", date_of(int(m["year"])).isoformat(), "day")
    rel = (m["rel"] or "").lower()

    def make(ref: dt.date) -> str:
        this_year = date_of(ref.year)
        if rel == "last":
            year = ref.year if this_year < ref else ref.year - 1
        elif rel == "next":
            year = ref.year if this_year > ref else ref.year + 1
        elif rel == "this":
            year = ref.year
        else:
            tense = ctx.tense(m.start(), m.end())
            year = year_for_month(ref, this_year.month, this_year.day, tense)
        return date_of(year).isoformat()

    return relative_hit(m, ctx, "DATE", "day", make)


_HOLIDAY_NAMES = (
    r"(?-i:Christmas\s+Eve|Christmas(?:\s+Day)?|Boxing\s+Day|New\s+Year['’]s\s+Eve|"
    r"New\s+Year['’]s(?:\s+Day)?|Independence\s+Day|the\s+Fourth\s+of\s+July|July\s+Fourth|"
    r"Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Bastille\s+Day|Thanksgiving(?:\s+Day)?|"
    r"Labor\s+Day|Memorial\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Election\s+Day|"
    r"Easter(?:\s+Sunday)?|Good\s+Friday)"
)

RULES: list[tuple[str, str, Handler, int]] = [
    ("the_quarter", r"\bthe\s+(?:(?P<ago>year-ago|year-earlier|year\s+earlier)\s+|(?P<adj>latest|"
     r"most\s+recent|comparable)\s+)?(?P<unit>quarter|period)\b", _the_quarter, 3),
    ("year_quarter", rf"\bthe\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b",
     _year_quarter, 3),
    ("year_earlier", r"\b(?:year-earlier|year-ago)\b(?!\s+(?:quarter|period)\b)", _year_earlier, 2),
    ("the_year", r"\bthe\s+(?P<adj>full|current|fiscal|current\s+fiscal|calendar)?\s*year\b",
     _the_year, 2),
    ("the_weekend", r"\bthe\s+weekend\b", _the_weekend, 3),
    ("period_end", r"\b(?:year[-\s]end|year['’]s\s+end|the\s+end\s+of\s+the\s+(?:year|month)|"
     r"month[-\s]end)\b", _period_end, 4),
    ("that_day", r"\b(?:(?:earlier|later)\s+)?(?P<which>that|that\s+same|the\s+same|the\s+next|"
     r"the\s+following|the\s+previous|the\s+prior)\s+day\b(?:\s+(?P<rel>before|after)\b"
     r"(?!\s+(?:yesterday|tomorrow)))?", _that_day, 4),
    ("holiday", rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>{_HOLIDAY_NAMES})(?![A-Za-z])"
     rf"(?:,?\s+(?P<year>{YEAR})\b)?", _holiday, 4),
]


_ENDED = re.compile(r"\s+end(?:ed|ing)\s+(?:on\s+)?", re.IGNORECASE)


def resolve_anaphora(hits: list[Hit], text: str = "") -> None:
    """Re-resolve anaphoric hits (in text order) against the last calendar date before them,
    after pinning "the quarter ended <date>" to its date."""
    _quarter_ended(hits, text)
    anchor: tuple[dt.date, str] | None = None
    quarter: tuple[dt.date, str] | None = None  # "the 1988 quarter" looks back for a quarter
    for hit in hits:
        if hit.anaphor is not None:
            base = quarter if hit.anaphor[0] == "year" else anchor
            if base is not None and hit.value is not None:
                try:
                    value = _from_anchor(base, *hit.anaphor, at_least=hit.granularity)
                except (ValueError, OverflowError):  # beyond year 1 or 9999
                    value = None
                # "the latest quarter" is a completed one: never later than the one before
                # the reference date, whatever day was mentioned last
                if value is not None and not (hit.anaphor[0] == "latest" and value > hit.value):
                    hit.value = value
            continue  # an anaphor is not itself an anchor: "a year earlier" twice is not two
        if hit.type == "DATE" and hit.end_value is None:
            parsed = parse_value(hit.value)
            if parsed is not None:
                anchor = parsed
                quarter = parsed if parsed[1] == "quarter" else quarter


def _from_anchor(
    anchor: tuple[dt.date, str], mode: str, step: int, unit: str, at_least: str | None = None
) -> str | None:
    day, gran = anchor
    if at_least in ("quarter", "month", "week", "day") and finer_or_equal(gran, at_least):
        gran = at_least  # "the year-ago quarter" after "Sept. 30" is a quarter, not a day
    if mode in ("weekday_before", "weekday_after"):  # step is the weekday (Monday = 0)
        if gran != "day":
            return None
        if mode == "weekday_before":
            return (day - dt.timedelta(days=(day.weekday() - step) % 7 or 7)).isoformat()
        return (day + dt.timedelta(days=(step - day.weekday()) % 7 or 7)).isoformat()
    if unit not in ("day", "week", "month", "quarter", "year"):
        return None
    if mode == "year":  # "the 1988 quarter" after "the third quarter": 1988-Q3
        q = (day.month - 1) // 3 + 1
        return f"{step:04d}-Q{q}" if gran == "quarter" else None
    if mode == "quarter":
        if gran != "quarter":
            return None
        return format_at(shift(day, step, unit), "quarter")
    if not finer_or_equal(gran, unit):
        return None  # "two months later" after "in 1998": the month is unknown
    if mode in ("same", "latest"):
        if unit == "quarter" and gran != "quarter":
            return None  # "the latest quarter" after "Oct. 26" is not the quarter of Oct. 26
        return format_at(day, unit)
    if mode == "step":  # "the following year": a year, whatever the anchor's precision
        return format_at(shift(day, step, unit), unit)
    return format_at(shift(day, step, unit), gran)  # "a year earlier": as precise as the anchor


def _quarter_ended(hits: list[Hit], text: str) -> None:
    """ "the quarter ended July 31" is the three months up to that day: its value is the
    calendar quarter holding most of them (May-July: Q2), not the last date mentioned."""
    for hit, nxt in itertools.pairwise(hits):
        if (hit.rule == "the_quarter" and hit.anaphor and hit.anaphor[0] == "same"
                and nxt.granularity == "day" and nxt.value
                and _ENDED.fullmatch(text, hit.end, nxt.start)):
            parsed = parse_value(nxt.value)
            if parsed is not None:
                hit.value = format_at(parsed[0] - dt.timedelta(days=45), "quarter")
                hit.anaphor = None
