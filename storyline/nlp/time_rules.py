"""Grammar rules for calendar dates: "June 11, 2025", "11 June", "May 2025", "in April",
"2024", "the 1990s", "this summer", "the third quarter", "June 1-5".

Each rule is a regex and a resolver that turns a match into a ``Hit`` (TIMEX3 type, value,
granularity), using the reference date for the year when the text gives none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from storyline.nlp.time_grammar import (
    DAY,
    EDGE,
    MONTH,
    MONTH_FULL,
    NUM_WORD,
    ORDINALS,
    SEASONS,
    WEEKDAY,
    YEAR,
    month_number,
    parse_number,
    weekday_number,
)
from storyline.nlp.time_hits import Ctx, Handler, Hit, new_hit, relative_hit
from storyline.nlp.time_resolve import (
    format_at,
    valid_date,
    year_for_month,
    year_matching_weekday,
)

# Prepositions that say which way a year-less date lies.
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[-\s]+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:(?:early|late|mid)[-\s]+)?$", re.IGNORECASE)


def _year_of(ref: dt.date, month: int, day: int | None, m: re.Match[str], ctx: Ctx) -> int:
    """The year of a year-less month (and day): the nearest one, unless "since" sends it back,
    or "by", a deadline "until" or a future verb send a date more than two months gone to
    next year (a future clause may still name a month just gone: "will revise May's data")."""
    before = ctx.before(m.start(), 20)
    if _SINCE.search(before):
        return year_for_month(ref, month, day, "past")
    year = year_for_month(ref, month, day, None)
    ahead = (_BY.search(before) and not ctx.perfect(m.start(), m.end())) or ctx.tense(
        m.start(), m.end()) == "future"
    last = calendar.monthrange(year, month)[1]
    if ahead and (dt.date(year, month, min(day or 15, last)) - ref).days < -60:
        year += 1
    return year


def _day_date(m: re.Match[str], ctx: Ctx) -> Hit | None:
    month = month_number(m["mon"])
    day = int(re.sub(r"\D", "", m["day"]))
    wd = weekday_number(m["wd"]) if m["wd"] else None
    if m.groupdict().get("comma") and not wd and not m.groupdict().get("par"):
        return None  # "in May, 12 people died" is not May 12
    if m["year"]:
        year = int(m["year"])
        if not valid_date(year, month, day):
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}"
        return new_hit(m, "DATE", value, "day", ymd=(year, month, day))
    if not valid_date(2024, month, day):  # 2024 is a leap year: Feb 29 stays valid
        return None

    def make(ref: dt.date) -> str | None:
        year = year_matching_weekday(ref, month, day, wd) if wd is not None else None
        if year is None:
            # the nearest such date unless a future verb or "by"/"since" says which way:
            # past-tense verbs mislead ("declared a dividend, payable Dec. 1")
            year = _year_of(ref, month, day, m, ctx)
        return f"{year:04d}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None

    return relative_hit(m, ctx, "DATE", "day", make, ymd=(None, month, day))


def _week_of(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the week of March 6": the calendar week that holds that day."""
    day = _day_date(m, ctx)
    if day is None:
        return None
    day.value = format_at(dt.date.fromisoformat(day.value), "week") if day.value else None
    day.granularity, day.ymd = "week", None
    return day


def _day_range(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "June 1-5", "April 24 and 25", "27-28 January": one range of days in a month."""
    month = month_number(m["mon"])
    d1, d2 = (int(re.sub(r"\D", "", m[g])) for g in ("d1", "d2"))
    if not (d1 < d2 and valid_date(2024, month, d2)):
        return None
    explicit = int(m["year"]) if m["year"] else None

    def value(ref: dt.date | None, day: int) -> str | None:
        year = explicit or (_year_of(ref, month, d1, m, ctx) if ref else None)
        if year and valid_date(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None

    relative = explicit is None
    first, second = value(ctx.ref, d1), value(ctx.ref, d2)
    spans = ((m.start(), m.end("d1")), (m.start("d2"), m.end()))
    parts = [
        Hit(s, e, "DATE", v, "day", relative=relative, ymd=(explicit, month, d), rule="day_range")
        for (s, e), v, d in zip(spans, (first, second), (d1, d2), strict=True)
    ]
    return new_hit(m, "DATE", first, "day", end_value=second, relative=relative,
                ymd=(explicit, month, d1), parts=parts)


def _iso(m: re.Match[str], ctx: Ctx) -> Hit | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not valid_date(y, mo, d):
        return None
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"]:
        return new_hit(m, "TIME", f"{value}T{m['H']}:{m['M']}", "time", ymd=(y, mo, d))
    return new_hit(m, "DATE", value, "day", ymd=(y, mo, d))


def _numeric(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "10/26/89" (US order); "22/03/2013" when the first number cannot be a month."""
    mo, d, y = int(m["mo"]), int(m["d"]), int(m["y"])
    if mo > 12:
        mo, d = d, mo
    if len(m["y"]) == 2:
        century = (ctx.ref.year // 100) * 100 if ctx.ref else 1900 if y >= 50 else 2000
        y += century
        if ctx.ref and y > ctx.ref.year + 10:
            y -= 100
    if not valid_date(y, mo, d):
        return None
    return new_hit(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", "day", ymd=(y, mo, d))


def _numeric_dotted(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "24.07.2025": a day-first date with dots, as European outlets write it."""
    d, mo, y = int(m["d"]), int(m["mo"]), int(m["y"])
    if not valid_date(y, mo, d):
        return None
    return new_hit(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", "day", ymd=(y, mo, d))


def _month_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    year, month = int(m["year"]), month_number(m["mon"])
    return new_hit(m, "DATE", f"{year:04d}-{month:02d}", "month", ymd=(year, month, None))


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|"
    r"for|early|late|mid|end|last|next|this|that|each|every|on|as|than|until|at|the)\s+|mid-)$",
    re.IGNORECASE,
)


def _month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    month = month_number(m["mon"])
    rel = (m["rel"] or "").lower()
    cued = rel or m["edge"] or m["yrel"] or _MONTH_CONTEXT.search(ctx.before(m.start()))
    if not cued and not ctx.text.startswith("'s", m.end()):
        return None  # "Theresa May said": a bare month name needs a cue

    def make(ref: dt.date) -> str:
        if m["yrel"]:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        elif rel in ("last", "past", "previous"):
            year = ref.year if month < ref.month else ref.year - 1
        elif rel in ("next", "coming"):
            year = ref.year if month > ref.month else ref.year + 1
        elif rel == "this":
            year = ref.year
        else:
            year = _year_of(ref, month, None, m, ctx)
        return f"{year:04d}-{month:02d}"

    return relative_hit(m, ctx, "DATE", "month", make, ymd=(None, month, None))


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|[a-z]+s\b(?<!years)(?<!'s)(?<![su]s)(?<!\bwas)(?<!\bhas)"
    r"(?<!\bis)(?<!\bits)(?<!\bthis)|-?(?:ton|tonne|barrel|share|"
    r"point|mile|kilomet|meter|metre|foot|feet|pound|dollar|euro|yuan|[km]m\b))",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£¥#]|\b(?:No|Nos|no|number|route|flight|page|room|version|model|about|some|nearly|"
    r"almost|than|top|Dow|index|S&P|at|to|from|by|of)\.?)\s*$"
)
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|year|"
    r"fiscal|FY|early|late|mid|end|summer|spring|winter|fall|autumn|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|the|around|circa|c\.)"
    r"[-\s]*$",
    re.IGNORECASE,
)


def _year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    year = int(m["year"])
    before = ctx.before(m.start(), 20)
    if not (m["edge"] or m["fy"]):
        after = _NOT_YEAR_AFTER.match(ctx.text, m.end())
        if after and (not re.search(r"(?:\b(?:the|in|of|since)|['’]s)\s+$", before, re.IGNORECASE)
                      or re.match(r"\s*(?:%|percent|per\s+cent)", after.group(), re.IGNORECASE)):
            return None  # "1999 workers" is a count; "the 2012 elections" is a year
        if _NOT_YEAR_BEFORE.search(before) and not _YEAR_CUE_BEFORE.search(before):
            return None
        if not (1800 <= year <= 2099):
            return None
    # "fiscal 2024" is written as the calendar year, as TimeML annotators do
    return new_hit(m, "DATE", f"{year:04d}", "year", ymd=(year, 1, None) if not m["fy"] else None)


_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"]  # fmt: skip


def _spoken_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    if m["millennium"]:
        year = 2000 + int(parse_number(m["rest2"]) or 0) if m["rest2"] else 2000
    else:
        rest = parse_number(m["rest"])
        if rest is None or rest >= 100:
            return None
        year = 100 * (19 if m["century"].lower() == "nineteen" else 20) + int(rest)
    # "nineteen ninety-six" reads as nothing but a year; "twenty twelve" needs a cue
    spoken = m["century"] and m["century"].lower() == "nineteen" and year % 100 >= 10
    if not (m["lead"] or spoken or _YEAR_CUE_BEFORE.search(ctx.before(m.start(), 20))):
        return None
    return new_hit(m, "DATE", f"{year:04d}", "year", ymd=(year, 1, None))


def _decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if m["dec"]:
        decade = int(m["dec"]) // 10
    elif m["word"]:
        decade = 190 + _DECADE_WORDS.index(m["word"].lower()) + 2  # "the nineties": 199
    else:
        short = int(m["short"])
        base = ctx.ref.year if ctx.ref else 2000
        decade = (base // 100) * 10 + short // 10
        if decade * 10 > base:
            decade -= 10
    return new_hit(m, "DATE", f"{decade:03d}", "decade")


def _century(m: re.Match[str], ctx: Ctx) -> Hit | None:
    word = m["ord"].lower().replace("-", " ")
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty first": 21}
    number = words.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 22:
        return None
    return new_hit(m, "DATE", f"{number - 1:02d}", "century")


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_SEASON_CONTEXT = re.compile(r"\b(?:in|during|by|since|until|over|through|this|of)\s+$", re.I)


def _season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    code = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    if m["year"]:
        return new_hit(m, "DATE", f"{m['year']}-{code}", "season")
    if not (rel or m["edge"] or _SEASON_CONTEXT.search(ctx.before(m.start()))):
        return None

    def make(ref: dt.date) -> str:
        current = {12: "WI", 1: "WI", 2: "WI"}.get(ref.month) or (
            "SP" if ref.month <= 5 else "SU" if ref.month <= 8 else "FA"
        )
        order = ["WI", "SP", "SU", "FA"]
        ahead = order.index(code) > order.index(current)
        behind = order.index(code) < order.index(current)
        year = ref.year
        if rel == "last":
            year -= 0 if behind else 1
        elif rel == "next":
            year += 0 if ahead else 1
        elif rel != "this":
            tense = ctx.tense(m.start(), m.end())
            if tense == "past" and ahead:
                year -= 1
            elif tense == "future" and behind:
                year += 1
        return f"{year:04d}-{code}"

    return relative_hit(m, ctx, "DATE", "season", make)


def _quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    gd = m.groupdict()
    q = int(gd["q"]) if gd.get("q") else ORDINALS[gd["ord"].lower()]
    year = gd.get("year") or gd.get("yr")
    if year:
        return new_hit(m, "DATE", f"{year}-Q{q}", "quarter")
    yrel = (gd.get("yrel") or gd.get("yrel2") or "").lower()
    rel = (gd.get("rel") or "").lower()

    def make(ref: dt.date) -> str:
        if "last" in yrel:
            y = ref.year - 1
        elif "next" in yrel:
            y = ref.year + 1
        elif yrel:
            y = ref.year
        elif rel in ("year-earlier", "year-ago"):
            y = ref.year - 1
        else:
            # a quarter named without a year is this year's, unless it is still to come and
            # the verb is past ("fourth-quarter profit rose", said in February)
            current = (ref.month - 1) // 3 + 1
            past = ctx.tense(m.start(), m.end()) == "past"
            y = ref.year - 1 if (q > current and past) else ref.year
        return f"{y:04d}-Q{q}"

    return relative_hit(m, ctx, "DATE", "quarter", make)


def _half(m: re.Match[str], ctx: Ctx) -> Hit | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["year"]:
        return new_hit(m, "DATE", f"{m['year']}-H{h}", "half")
    if not (m["yrel"] or m["fy"]):
        return None
    delta = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()] if m["yrel"] else 0
    return relative_hit(m, ctx, "DATE", "half", lambda ref: f"{ref.year + delta:04d}-H{h}")



# What says a yearless "25/3" is a day (besides a weekday before it): a preposition of
# dates, or a numeric date it ends a range with ("from 30/6 to 15/7").
_DAY_CUE = re.compile(
    r"(?:\b(?:on|since|until|till|by|from|before|after|dated)|\d/\d\d?\s*(?:to|-|–|and))\s*$",
    re.IGNORECASE,
)


def _numeric_day_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "on 25/3", "Tuesday 3/25": a yearless numeric date, read only when a day over 12 says
    which number is the month and a date cue stands before it (not a ratio or a score)."""
    a, b = int(m["a"]), int(m["b"])
    if (a > 12) == (b > 12):
        return None  # "3/12" could be 3 December or March 12; "25/30" is no date
    if not (m["wd"] or _DAY_CUE.search(ctx.before(m.start(), 20))):
        return None
    day, month = (a, b) if a > 12 else (b, a)
    if not valid_date(2024, month, day):
        return None
    wd = weekday_number(m["wd"]) if m["wd"] else None

    def make(ref: dt.date) -> str | None:
        year = year_matching_weekday(ref, month, day, wd) if wd is not None else None
        year = year or _year_of(ref, month, day, m, ctx)
        return f"{year:04d}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None

    return relative_hit(m, ctx, "DATE", "day", make, ymd=(None, month, day))


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY})\s*,?\s*)?"

RULES: list[tuple[str, str, Handler, int]] = [
    ("date_mdy",
     rf"\b{_WD_PREFIX}(?P<par>\()?\s*(?P<mon>{MONTH})\s*(?P<comma>,)?\s*(?P<day>{DAY})\b"
     rf"(?(par)\s*\))(?:\s*,?\s*(?P<year>{YEAR})\b)?", _day_date, 5),
    ("date_dmy",
     rf"\b{_WD_PREFIX}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
     rf"(?:\s*,?\s*(?P<year>{YEAR})\b)?", _day_date, 5),
    ("week_of", rf"\b(?:the\s+)?week\s+of\s+(?P<wd>)(?P<mon>{MONTH})\s*(?P<day>{DAY})\b"
     rf"(?:\s*,?\s*(?P<year>{YEAR})\b)?", _week_of, 5),
    ("day_range", rf"\b(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|to|through|and)\s*"
     rf"(?P<d2>{DAY})\b(?!\s*(?:%|percent|per\s+cent|[ap]\.?m\b))(?:\s*,?\s*(?P<year>{YEAR})\b)?",
     _day_range, 6),
    # "27-28 January", "10 and 11 June 2025": a day-first range (British and wire style)
    ("day_range", rf"(?<![\d/.,-])\b(?P<d1>{DAY})\s*(?:-|–|to|and)\s*(?P<d2>{DAY})(?:\s+of)?\s+"
     rf"(?P<mon>{MONTH})(?:\s*,?\s*(?P<year>{YEAR})\b)?", _day_range, 6),
    ("iso", r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)"
     r"(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b", _iso, 6),
    ("numeric", r"(?<![\d/])(?P<mo>3[01]|[12]\d|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
     r"(?P<y>\d{4}|\d\d)(?![\d/])", _numeric, 6),
    ("numeric_dotted", r"(?<![\d.,])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mo>1[0-2]|0?[1-9])\."
     r"(?P<y>(?:19|20)\d\d)(?![\d.]\d)", _numeric_dotted, 6),
    ("numeric_dm", rf"(?:\b(?P<wd>{WEEKDAY})\s*,?\s*)?(?<![\d/.,])(?P<a>3[01]|[12]\d|0?[1-9])/"
     r"(?P<b>3[01]|[12]\d|0?[1-9])"
     r"(?![\d/%]|[.,]\d|\s*(?:percent|per\s+cent)\b)", _numeric_day_month, 6),
    ("month_year", rf"\b(?:(?P<edge>{EDGE})[-\s]+)?(?P<mon>{MONTH})(?:\s+of)?\s*,?\s+"
     rf"(?P<year>{YEAR})\b", _month_year, 4),
    ("month", rf"\b(?:(?P<edge>{EDGE})[-\s]+)?(?:(?P<rel>last|next|this|past|coming|previous)"
     rf"\s+)?(?P<mon>{MONTH_FULL})(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?", _month, 3),
    ("year", rf"\b(?:(?P<edge>{EDGE})[-\s]+)?(?:(?P<fy>fiscal(?:\s+year)?|FY)\s*)?"
     rf"(?P<year>{YEAR})\b", _year, 2),
    ("spoken_year", rf"\b(?P<lead>the\s+year\s+)?(?:(?P<century>nineteen|twenty)[-\s]+"
     rf"(?P<rest>{NUM_WORD})|(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>"
     r"one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?![-\s]+(?:years?|months?|days?|"
     r"weeks?|hours?|minutes?|people|percent)\b)", _spoken_year, 3),
    ("decade", r"\b(?:the\s+)?(?:(?P<edge>early|late|mid)[-\s]+)?(?:(?P<dec>1[6-9]\d0|20\d0)"
     r"'?s|'(?P<short>\d0)s)\b|\bthe\s+(?:(?P<edge2>early|late|mid)[-\s]+)?(?P<word>twenties|"
     r"thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _decade, 4),
    ("century", r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|"
     r"twenty[-\s]first)\s+century\b", _century, 4),
    ("season", rf"\b(?:(?P<edge>{EDGE})[-\s]+)?(?:(?P<rel>last|this|next|the)\s+)?"
     rf"(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<year>{YEAR})\b)?",
     _season, 3),
    ("quarter", rf"\b(?:(?P<yrel2>this|last|next)\s+year['’]s\s+|the\s+)?(?:(?P<yr>{YEAR})\s+)?"
     r"(?:(?P<rel>last|this|next|latest|"
     r"current|previous|year-earlier|year-ago|same)\s+)?(?:fiscal\s+)?(?P<ord>first|second|"
     r"third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:"
     rf"(?:fiscal\s+)?(?P<year>{YEAR})\b|(?P<yrel>this\s+year|last\s+year|next\s+year|the\s+"
     r"year|the\s+current\s+year|the\s+fiscal\s+year)))?", _quarter, 4),
    ("quarter_q", rf"\b(?-i:Q)(?P<q>[1-4])(?:\s*(?P<year>{YEAR}))?\b", _quarter, 4),
    ("half", rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)[-\s]+half\b(?:\s+of\s+(?:"
     rf"(?P<year>{YEAR})\b|(?P<yrel>this|last|next)\s+year|(?P<fy>the\s+year)))?", _half, 3),
]
