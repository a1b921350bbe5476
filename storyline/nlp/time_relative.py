"""Grammar rules for deictic and relative expressions, durations, sets and clock times:
"on Tuesday", "yesterday", "last month", "two weeks ago", "90 days", "every week", "3 p.m.".
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.nlp.time_grammar import (
    APPROX,
    EDGE,
    NUM,
    NUM_WORD,
    PARTS_OF_DAY,
    SMALL_VALUES,
    UNIT,
    WEEKDAY,
    WEEKDAY_PLURAL,
    parse_number,
    unit_name,
    weekday_number,
)
from storyline.nlp.time_hits import Ctx, Handler, Hit, new_hit, relative_hit
from storyline.nlp.time_resolve import duration_value, format_at, shift, weekday_date

_UNITS_AT = {"day", "night", "week", "weekend", "fortnight", "month", "quarter", "year",
             "decade", "century"}  # fmt: skip

_NAMED_WEEKDAY = re.compile(r"\b(?:Black|Super|Cyber|Ash|Bloody|Holy|Maundy|Palm|Giving)\s+$")


def _weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if _NAMED_WEEKDAY.search(ctx.before(m.start(), 12)):
        return None  # "Black Monday", "Super Tuesday": a named day, not this week's
    wd = weekday_number(m["wd"])
    rel = " ".join((m["rel"] or "").lower().split()) or None
    rel = {"this past": "last", "this coming": "next", "the previous": "previous",
           "the following": "next"}.get(rel or "", rel)  # fmt: skip
    part = PARTS_OF_DAY.get((m["part"] or "").lower())

    def make(ref: dt.date) -> str:
        day = weekday_date(ref, wd, rel, ctx.tense(m.start(), m.end()))
        return day.isoformat() + (f"T{part}" if part else "")

    hit = relative_hit(m, ctx, "TIME" if part else "DATE", "time" if part else "day", make)
    if m["rel"] and m["rel"].lower().startswith("the ") and not part:
        # "the previous Friday": the one before the day just mentioned, not before today
        hit.anaphor = ("weekday_before" if rel == "previous" else "weekday_after", wd, "day")
    return hit


def _weekday_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    return new_hit(m, "SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "week")


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic(m: re.Match[str], ctx: Ctx) -> Hit | None:
    word = " ".join(m["w"].lower().split())
    if m["w"][0].isupper() and re.search(r"[A-Za-z,]\s+$", ctx.before(m.start(), 3)):
        return None  # "VOA Today", "USA Today": a name, not the day
    if word.startswith("the day before"):
        delta = -2
    elif word.startswith("the day after"):
        delta = 2
    else:
        delta = _DEICTIC_DAYS[word]
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    if word == "tonight":
        part = "NI"
    make = lambda ref: (ref + dt.timedelta(days=delta)).isoformat() + (  # noqa: E731
        f"T{part}" if part else ""
    )
    return relative_hit(m, ctx, "TIME" if part else "DATE", "time" if part else "day", make)


def _part_of_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    delta = -1 if m["rel"].lower() == "last" else 0
    if delta and part != "NI":
        return None  # "last morning" is not idiomatic news English
    make = lambda ref: f"{(ref + dt.timedelta(days=delta)).isoformat()}T{part}"  # noqa: E731
    return relative_hit(m, ctx, "TIME", "time", make)


_REL_STEP = {"last": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "same": 0,
             "latest": 0, "that": 0, "next": 1, "coming": 1, "following": 1}  # fmt: skip


def _relative_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    words = m["rel"].lower().split()
    rel = "last" if words[:2] == ["this", "past"] else words[-1]  # "this past week"
    unit = unit_name(m["unit"])
    # "the past year", "the last week" name the previous calendar period, as TimeML
    # annotators read them (4 of 5 such mentions in TimeBank/AQUAINT are DATEs)
    step = _REL_STEP.get(rel, -1)
    if unit == "weekend":
        return relative_hit(m, ctx, "DATE", "weekend",
                    lambda ref: format_at(shift(ref, step, "week"), "weekend"))
    anaphor = None
    if rel in ("following", "previous", "prior"):
        anaphor = ("step", step, unit)  # "the following year": after the year just mentioned
    elif rel in ("same", "that", "latest"):
        anaphor = ("latest" if rel == "latest" else "same", 0, unit)
    if rel == "latest" and unit == "quarter":
        step = -1  # "the latest quarter" reported is the last one completed
    hit = relative_hit(m, ctx, "DATE", unit, lambda ref: format_at(shift(ref, step, unit), unit))
    hit.anaphor = anaphor
    return hit


def _ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    unit = unit_name(m["unit"])
    amount = parse_number(m["num"])
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if amount is None:
        return new_hit(m, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", None)
    gran = unit if unit in _UNITS_AT else "day"
    if gran in ("night", "fortnight"):
        gran = "day" if gran == "night" else "week"
    if not float(amount).is_integer():
        return None

    step = int(amount) * sign

    def make(ref: dt.date) -> str:
        moved = shift(ref, step, unit) if unit in _UNITS_AT else ref
        return format_at(moved, gran)

    hit = relative_hit(m, ctx, "DATE", gran, make)
    if unit in _UNITS_AT:
        # "a year earlier" counts from the date just mentioned; "a year ago" from today, but
        # in a report on a quarter it means that quarter a year before
        hit.anaphor = ("quarter" if direction == "ago" else "shift", step, unit)
    return hit


def _vague_ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    return new_hit(m, "DATE", "PAST_REF", None)


def _unit_long(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "a day-long meeting", "decades-long dispute"."""
    unit = unit_name(m["unit"])
    amount = None if m["unit"].lower().endswith("s") else 1
    return new_hit(m, "DURATION", duration_value(amount, unit), unit)


# "a quarter of the market" is a share; "three quarters of losses" and "the first two
# quarters of 1990" are times.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:fiscal\s+)?(?:year|\d{4})\b)"
    r"(?:(?i:the|its|their|his|her|our|all|this|that|these|those|total)\b|[A-Z$\d])"
)


def _duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    unit = unit_name(m["unit"])
    amount = parse_number(m["num"])
    if m["num"].lower() in ("a", "an") and m["unit"].lower().endswith("s"):
        return None
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", m["num"]) and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter": a year, not 1,988 quarters
    if unit == "second" and m["num"].lower() in ("a", "an") and re.match(
        r"\s+(?!(?:and|or|of|later|earlier|ago|to|in)\b)[a-z]", ctx.text[m.end() :]
    ):
        return None  # "a second term", "a second consecutive day": an ordinal
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "three-quarters of its food" is a share, not nine months
    if m["half"] and amount is not None:
        amount += 0.5  # "a year and a half": P1Y6M
    end_value = None
    if m["num2"]:
        amount2 = parse_number(m["num2"])
        end_value = duration_value(amount2, unit)
    if unit == "weekend" or m["old"] or re.match(r"\s+old\b", ctx.text[m.end() :]):
        return None  # "a 52-year-old", "six years old": an age, not a time expression
    return new_hit(m, "DURATION", duration_value(amount, unit), unit, end_value=end_value)


def _vague_duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if m["lead"].lower() == "the" and not (
        m["ahead"] or re.search(r"\bover\s+$", ctx.before(m.start(), 6), re.IGNORECASE)
    ):
        return None  # not "the days" alone; "the weeks ahead" and "over the years" are
    unit = unit_name(m["unit"])
    hit = new_hit(m, "DURATION", duration_value(None, unit), unit)
    if m["lead"].lower() in ("for", "in", "over", "within"):
        hit.start = m.start("unit")
    return hit


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:dollars?|euros?|pounds?|yuan|cents?|times|once|twice|hours?|minutes?|"
    r"[bm]illion|trillion|bn|m|people|barrels?|tons?|tonnes?|units?))\s*$",
    re.IGNORECASE,
)


def _set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    q = m["q"].lower()
    if q in ("a", "an") and not m["freq"] and not _RATE_BEFORE.search(ctx.before(m.start())):
        return None
    word = m["unit"]
    if re.fullmatch(WEEKDAY, word):
        return new_hit(m, "SET", f"XXXX-WXX-{weekday_number(word) + 1}", "week")
    if word.lower() in PARTS_OF_DAY:
        return new_hit(m, "SET", "P1D", "day")  # "every morning": daily, at that part of day
    unit = unit_name(word)
    amount = 2.0 if (m["num"] or "").lower() == "other" else parse_number(m["num"] or "one")
    return new_hit(m, "SET", duration_value(amount, unit), unit)


_ADVERB_SET = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "bimonthly": "P2M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "semiannually": "P6M", "biannually": "P6M",
}  # fmt: skip


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|for|from|by|with|through|until|as|than|"
                         r"since|basis|rate)\b)[a-z]{3,}")


def _adverb_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if _NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "the quarterly dividend", "a daily newspaper": an adjective, not a time
    return new_hit(m, "SET", _ADVERB_SET[m["w"].lower()], None)


_HOURS = {w: SMALL_VALUES[w] for w in list(SMALL_VALUES)[:12]}  # "four o'clock"
_POD = r"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))"

def _clock(m: re.Match[str], ctx: Ctx) -> Hit | None:
    gd = m.groupdict()
    if gd.get("w"):
        if gd["w"][0].isupper() and not re.search(
            r"\b(?:at|by|until|before|after|around|about|since|from|till)\s+$",
            ctx.before(m.start()), re.IGNORECASE,
        ):
            return None  # "High Noon"
        hour, minute = (12, 0) if gd["w"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour = _HOURS.get(gd["h"].lower()) or int(gd["h"])
        minute = int(gd.get("m") or 0)
        ap = (gd.get("ap") or "").lower().replace(".", "")
        if not (ap or gd.get("tz") or gd.get("oclock")) and not re.search(
            r"\b(?:at|by|until|from|before|after|around|about|since)\s+$", ctx.before(m.start()),
            re.IGNORECASE,
        ):
            return None  # "the 10:30 train" may be a time, "ten in the morning shift" is not
        pod = (gd.get("pod") or "").lower()
        if not ap and pod:  # "3:30 in the afternoon", "4 in the morning"
            ap = "am" if "morning" in pod or (pod.endswith("night") and hour < 6) else "pm"
        if hour > 12:
            ap = ""  # "15:30 in the afternoon" says it twice
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if (gd.get("tz") or "").upper() in ("UTC", "GMT"):
        clock += "Z"  # TIMEX3 marks UTC times with Z
    return relative_hit(m, ctx, "TIME", "time", lambda ref: ref.isoformat() + clock)


def _clock_dot(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "21.30 local time": the pattern's marker already says it is a clock time."""
    clock = f"T{int(m['h']):02d}:{m['m']}"
    if (m["tz"] or "").upper() in ("UTC", "GMT"):
        clock += "Z"
    return relative_hit(m, ctx, "TIME", "time", lambda ref: ref.isoformat() + clock)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
         "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
         "the past": "PAST_REF", "the future": "FUTURE_REF",
         "the near future": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
         "current": "PRESENT_REF"}  # fmt: skip


def _reference_word(m: re.Match[str], ctx: Ctx) -> Hit | None:
    return new_hit(m, "DATE", _REFS[" ".join(m["w"].lower().split())], None)


_REL_WORDS = (
    r"last|this|next|the\s+coming|the\s+following|the\s+previous|the\s+past|the\s+same|"
    r"the\s+current|the\s+latest|the\s+prior|the\s+last|the\s+next|coming|following|previous|"
    r"past|current|prior|that|this\s+past|this\s+coming"
)

RULES: list[tuple[str, str, Handler, int]] = [
    # "last" ending one line does not modify a weekday starting the next
    ("weekday", rf"\b(?:(?P<rel>last|this|next|coming|past|the\s+previous|the\s+following|"
     rf"previous|this\s+past|this\s+coming)[^\S\n]+)?(?P<wd>{WEEKDAY})"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?", _weekday, 3),
    ("weekday_set", rf"\b(?:on\s+)?(?P<wd>{WEEKDAY_PLURAL})", _weekday_set, 3),
    ("deictic", r"\b(?:(?:earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+"
     r"after\s+tomorrow|today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|"
     r"evening|night))?\b", _deictic, 4),
    ("part_of_day", r"\b(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
     _part_of_day, 4),
    ("relative_unit", rf"\b(?:(?P<edge>{EDGE}|earlier|later)[-\s]+)?(?P<rel>{_REL_WORDS})\s+"
     r"(?P<unit>week|weekend|month|quarter|year|decade|century)\b", _relative_unit, 3),
    ("ago", rf"\b(?:(?:{APPROX})\s+)?(?P<num>{NUM})[-\s]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
     r"(?P<dir>ago|earlier|later|from\s+now|hence|back)\b", _ago, 5),
    ("vague_ago", r"\b(?:days|weeks|months|years|decades)\s+ago\b", _vague_ago, 5),
    ("unit_long", r"\b(?P<unit>day|week|month|year|decade|century|days|weeks|months|years|decades|"
     r"centuries)-long\b", _unit_long, 2),
    ("duration", rf"\b(?:the\s+)?(?:(?:past|last|next|first|previous|coming|following|final|"
     rf"latest|remaining|initial|other)\s+)?(?:(?:{APPROX})\s+)?(?P<num>{NUM})"
     rf"(?:\s*(?:-|–|to|or)\s*(?P<num2>{NUM}))?[-\s]+(?:(?:more|additional|consecutive|straight|"
     r"successive|full|trading|business|working|calendar|long|short)\s+)?"
     rf"(?P<unit>{UNIT})(?:-long|(?P<old>-old)|(?P<half>\s+and\s+a\s+half\b))?",
     _duration, 2),
    ("vague_duration", r"\b(?P<lead>recent|the\s+past|the\s+last|the\s+coming|the\s+next|"
     r"coming|several|many|few|a\s+few|for|over|within|the|(?<=time\s)in)\s+(?P<unit>days|weeks|months|"
     r"years|decades|centuries|hours|minutes)\b(?P<ahead>\s+ahead\b)?", _vague_duration, 2),
    ("set", rf"\b(?:(?P<freq>once|twice|thrice|(?:{NUM_WORD}|\d+)\s+times)\s+)?(?P<q>every|"
     rf"each|per|a|an)\s+(?:(?P<num>other|{NUM_WORD}|\d+)\s+)?(?P<unit>{UNIT}|{WEEKDAY}|"
     r"morning|afternoon|evening|night)", _set, 6),
    ("adverb_set", r"\b(?P<w>daily|nightly|weekly|biweekly|monthly|bimonthly|quarterly|"
     r"annually|yearly|hourly|semiannually|biannually)\b", _adverb_set, 3),
    ("clock", r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|"
     r"[ap]\.m\b)(?:\s+(?P<tz>(?-i:[A-Z]{1,2}[SD]?T|GMT|UTC)\b))?", _clock, 5),
    ("clock24", r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b(?:\s+(?P<tz>(?-i:[A-Z]{1,2}[SD]?T|"
     rf"GMT|UTC)\b)|{_POD})?", _clock, 4),
    # "21.30 local time", "19.45 GMT", "0600 hrs" is not read: a dotted 24-hour time only
    # with a marker that no price, score or decimal carries (a zone, "local time", "hrs").
    ("clock_dot", r"(?<![\d.,])(?P<h>[01]\d|2[0-3]|[1-9])\.(?P<m>[0-5]\d)(?![\d.,])(?=\s*(?:"
     r"local\s+time\b|hrs\b|(?-i:[A-Z]{1,2}[SD]?T|GMT|UTC)\b)(?!-))(?:\s+(?P<tz>(?-i:[A-Z]{1,2}"
     r"[SD]?T|GMT|UTC)\b))?", _clock_dot, 4),
    ("clock_word", r"\b(?P<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|"
     r"eleven|twelve)(?=\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))"
     rf"(?:\s+(?P<oclock>o['’]clock))?{_POD}?", _clock, 4),
    ("noon", r"\b(?P<w>noon|midnight|midday)\b", _clock, 4),
    ("reference_word", r"\b(?P<w>now|currently|nowadays|at\s+present|these\s+days|"
     r"the\s+present|recently|lately|the\s+past|the\s+(?:near\s+)?future|"
     r"as\s+soon\s+as\s+possible|current)\b", _reference_word, 1),
]
