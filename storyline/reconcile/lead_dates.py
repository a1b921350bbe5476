"""The day each outlet gives the story's main happening, compared across outlets.

A news report says in its opening sentences what happened and when ("The appeals court
ruled on Thursday, March 13, that …"). Outlets word that sentence differently ("voted on 12
March to leave rates unchanged" / "reached the decision at their meeting on March 13th"),
so the word evidence ``date_conflicts`` asks for is often missing; what ties the two days is
their place: each outlet's first event day in its lead (``lead_date_sentences``), in a
sentence stating no other day, or else the only day the article gives. Two such days of
different independent outlets, one or two days apart (``lead_date_max_gap_days``), conflict
when

- their sentences are alike (``lead_date_same_event``), or
- each is its article's only event day near that time (an article giving "12 March" and
  "13 March" tells two happenings) and neither sentence tells its happening as the sequel
  of another ("arrested … in connection with the shooting");

but when one day falls after the other report's own day (that report could not tell its
happening: a hearing, then the ruling; a quake, then a rescue) only sentences alike as one
claim (``date_same_claim``) tie them; and never when an article of the story gives both
days (two happenings: an announcement and its taking effect, a quake and an aftershock),
nor when each sentence names a person the other article never names.

An event day is a day-level date an outlet states for something that happened: not a
dateline, a quoted day, a day in the possessive ("Tuesday's vote"), the report's own day
("officials said Saturday"), a bound ("by", "until", "effective"), a day of something still
to come ("will", "is set to", "takes effect", a day after the report's own), a happening
going on ("continued on Wednesday"), a day this stage guessed for an undated article
(``date_slots``); a beginning ("talks opened on Monday") is not compared with an end.

A year the reader guessed (an article dated from its own text, a date written without its
year, a year picked to fit a weekday) is no evidence: such a day is compared in the other
side's year, a weekday alone read again against the report's own day in that year. Days that
may be one moment (time zones far apart, around midnight, two zones written) are
``date_slots.one_moment``'s. In undated articles a weekday alone ("on Thursday") is compared
with the other articles' weekdays, alone or written with their day ("Wednesday, May 28"):
adjacent days, alike sentences sharing a word near the weekdays (``weekdays``), and neither
naming a person or place the other never names (undated reports of one story may be years
apart: a killing on a Friday, the sentencing on a Thursday). A day of the month no year was
found for ("on June 1" in an undated article) is compared with the other side's days in its
year, or, both yearless, only in sentences alike as one claim (``date_same_claim``) with the
same word governing each day ("ruled on May 28" / "ruled on May 29"; not "killed … on March
3" / "convicted … on March 4").
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.records import TimeExpr

from .date_conflicts import event_date_skipped, governing_word, no_day_stated
from .date_slots import (
    comparable_slots,
    converted_day,
    later_than_other,
    one_moment,
    report_day,
    slot_of,
)
from .dates import BORROWED, Dated, calendar_value, shown_day
from .evidence import Doc, UnionFind, dedupe_citations, outlet_pairs
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import clip, fold
from .weekdays import clause_words

_YEAR = re.compile(r"\b\d{4}\b")
_DIGIT = re.compile(r"\d")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday alone ("on Thursday", "late Friday", "Tuesday night"): in an undated article it
# stays a weekday, compared with the other undated articles' weekdays.
_WEEKDAY_ONLY = re.compile(r"^(?:(?:early|late|on)\s+)?(" + "|".join(_WEEKDAYS) + r")"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
# A weekday opening a date ("Thursday, May 29").
_WEEKDAY_FIRST = re.compile(r"^(?:(?:early|late|on)\s+)?(" + "|".join(_WEEKDAYS) + r")\b",
                            re.IGNORECASE)
_LEAP_YEAR = 2000  # a yearless day of the month is kept in a leap year (29 February too)
_MONTH_DAY = re.compile(
    r"^(?:on\s+)?(?:(?P<month>" + "|".join(calendar.month_name[1:]) + r")\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month2>" + "|".join(calendar.month_name[1:]) + r"))$", re.IGNORECASE)


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a day of the month written without a year ("June 1", "1st of
    June"), or None."""
    m = _MONTH_DAY.match(text.strip())
    if m is None:
        return None
    month = [n.lower() for n in calendar.month_name].index((m["month"] or m["month2"]).lower())
    day = int(m["day"] or m["day2"])
    return (month, day) if 1 <= day <= calendar.monthrange(_LEAP_YEAR, month)[1] else None


_MONDAY = dt.date(2001, 1, 1)  # a Monday: weekdays alone are kept as days of its week


@dataclass(frozen=True)
class _Day:
    doc: Doc
    sentence: int
    time: TimeExpr
    day: dt.date
    slot: str  # "event", "start" or "end" (``date_slots``)
    year_sure: bool  # the year is written, or the article's own date is not a guess
    weekday_only: bool = False  # an undated article's weekday: ``day`` is in _MONDAY's week
    yearless: bool = False  # a day of the month the article could not date ("on June 1"):
    # ``day`` is in _LEAP_YEAR, put in the other report's year where that is sure


def _year_sure(doc: Doc, t: TimeExpr) -> bool:
    """Is the day's year stated? Written out, or resolved against a publication date the
    article's metadata gives, in the report's own year or the one before (a year the reader
    picked to fit a weekday, "Thursday, March 12" read as 2026, is a guess)."""
    if _YEAR.search(t.text):
        return True
    if _year_guessed(doc):
        return False
    ref = report_day(doc)
    value = calendar_value(t) or ""
    return ref is None or not value[:4].isdigit() or int(value[:4]) in (ref.year, ref.year - 1)


def _guessed(t: TimeExpr) -> bool:
    """A value this stage gave an undated article (the story's date, another report's)."""
    return bool(t.note and t.note.startswith(BORROWED))


def _weekday_only(doc: Doc, t: TimeExpr) -> int | None:
    """The weekday (Monday = 0) of a weekday alone that the article could not date, or of
    one written with a day the article could not date either ("Thursday, May 29")."""
    m = _WEEKDAY_ONLY.match(t.text.strip()) or (
        None if t.value else _WEEKDAY_FIRST.match(t.text.strip()))
    if m is None or t.type != "DATE" or (t.value and not _guessed(t)):
        return None
    return _WEEKDAYS.index(m.group(1).lower())


def _event_day(doc: Doc, sentence: int, t: TimeExpr) -> tuple[dt.date, str, bool] | None:
    """The day ``t`` states for something that happened, its slot and whether it is a
    weekday alone, or None (see the module doc)."""
    if sentence not in doc.content:
        return None
    value = calendar_value(t)
    weekday = _weekday_only(doc, t)
    if weekday is None and not value and t.type == "DATE":
        month_day = _month_day(t.text)
        if month_day is not None and not event_date_skipped(Dated(doc, sentence, [t]), t):
            slot = slot_of(doc, t)
            if slot in ("event", "start", "end"):
                return dt.date(_LEAP_YEAR, *month_day), slot, False
        return None
    if weekday is None and (not value or len(value) != 10
                            or (_guessed(t) and not _DIGIT.search(t.text))):
        return None  # no day, or a weekday resolved against a date guessed for the article
    if event_date_skipped(Dated(doc, sentence, [t]), t):
        return None
    slot = slot_of(doc, t)
    if slot not in ("event", "start", "end"):
        return None
    if weekday is not None:
        return _MONDAY + dt.timedelta(days=weekday), slot, True
    day = dt.date.fromisoformat(value or "")
    ref = report_day(doc)
    if ref is not None and day > ref:
        return None  # a day after the report's own: something still to come
    return day, slot, False


def _days(doc: Doc) -> list[_Day]:
    out = []
    for t in doc.times:
        if converted_day(doc, t):
            continue  # "(0417 GMT Saturday)": the moment on another zone's calendar
        found = _event_day(doc, t.sentence, t)
        if found is not None:
            day, slot, weekday = found
            out.append(_Day(doc, t.sentence, t, day, slot, weekday or _year_sure(doc, t),
                            weekday, yearless=not weekday and not t.value))
    return sorted(out, key=lambda x: (doc.content.index(x.sentence), x.time.start))


def _day_keys(doc: Doc, sentence: int | None = None) -> set[tuple[str, int, int]]:
    """("date", month, day) of every day-level date and ("weekday", n, 0) of every weekday
    alone in the article's content sentences (or in one of them), whatever its slot: the
    days the article tells happenings of."""
    out = set()
    for t in doc.times:
        if t.sentence not in doc.content or sentence not in (None, t.sentence):
            continue
        weekday = _weekday_only(doc, t)
        value = calendar_value(t)
        if no_day_stated(t):
            continue  # "2 p.m.": no day of its own
        if weekday is not None:
            out.add(("weekday", weekday, 0))
        elif value and len(value) == 10:
            out.add(("date", int(value[5:7]), int(value[8:10])))
        elif not value and t.type == "DATE" and (month_day := _month_day(t.text)):
            out.add(("date", *month_day))  # "on June 1" in an undated article
    return out


def _key(x: _Day, day: dt.date) -> tuple[str, int, int]:
    return ("weekday", day.weekday(), 0) if x.weekday_only else ("date", day.month, day.day)


def _gap(a: _Day, b: _Day, da: dt.date, db: dt.date) -> int:
    gap = abs((da - db).days)
    return min(gap, 7 - gap) if a.weekday_only else gap


def _lead(doc: Doc, days: list[_Day], lead_sentences: int) -> _Day | None:
    """The first event day in the article's lead, in a sentence stating no other day; else
    the article's only day, wherever it is told (a report opening on the reactions and
    dating the happening further down)."""
    lead = set(doc.content[:lead_sentences])
    for x in days:
        if x.sentence in lead and len(_day_keys(doc, x.sentence)) == 1:
            return x
    if len(days) == 1 and len(_day_keys(doc)) == 1:
        return days[0]
    return None


def _year_guessed(doc: Doc) -> bool:
    """The article's own date is a guess: read from its text (a dateline), or none."""
    return doc.article.published_from == "text" or not (
        doc.article.published or doc.analysis.reference_date)


def _aligned(a: _Day, b: _Day) -> tuple[dt.date, dt.date]:
    """The two days, a guessed year put in the year of the other report's own date, when
    that date is not a guess."""
    da, db = a.day, b.day
    if a.weekday_only or b.weekday_only:
        return da, db
    ra, rb = report_day(a.doc), report_day(b.doc)
    if not b.year_sure and a.year_sure and ra is not None and not _year_guessed(a.doc):
        db = _in_year(b, ra.year)
    elif not a.year_sure and b.year_sure and rb is not None and not _year_guessed(b.doc):
        da = _in_year(a, rb.year)
    return da, db


def _in_year(x: _Day, year: int) -> dt.date:
    """``x``'s day in ``year``: a date keeps its month and day; a weekday alone ("on
    Monday") is read again against the report's own day in that year (a dateline's "March
    4" put in 2024 to fit "Monday" is, in 2025, a Tuesday: its "Monday" is March 3)."""
    m = _WEEKDAY_ONLY.match(x.time.text.strip())
    ref = report_day(x.doc)
    if m is None or ref is None:
        return _with_year(x.day, year)
    ref = _with_year(ref, year)
    back = (ref.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
    return ref - dt.timedelta(days=back)


def _with_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day


_NAMED = ("PERSON", "GPE", "LOC", "FAC")


def _unknown_names(x: _Day, other: Doc) -> bool:
    """Does ``x``'s sentence name a person the other article never names (or, between
    undated reports, a place)? Reports of one happening in longer articles name places at
    different precision ("off Texas", "over the Indian Ocean"), but rarely other people."""
    text = other.folded_text
    labels = _NAMED if x.weekday_only else ("PERSON",)
    for e in x.doc.analysis.entities:
        if e.sentence != x.sentence or e.label not in labels:
            continue
        words = re.findall(r"[a-z]{3,}", fold(e.text))
        if words and not any(re.search(rf"\b{w}\b", text) for w in words):
            return True
    return False


# A happening told as the sequel of another ("arrested … in connection with the shooting",
# "in the wake of the quake"): its day is not the day of the happening it names.
_SEQUEL = re.compile(r"\b(?:in connection with|in the wake of|following|after|in response "
                     r"to|as a result of)\s+(?:the|a|an|this|that|last|his|her|their|its)\b",
                     re.IGNORECASE)


def _as_weekday(x: _Day) -> _Day | None:
    """A day written with its weekday ("Thursday, May 29") as that weekday alone, to be
    compared with an undated report's weekday; None for a day written without one."""
    if x.weekday_only:
        return x
    m = _WEEKDAY_FIRST.match(x.time.text.strip())
    if m is None:
        return None
    weekday = _WEEKDAYS.index(m.group(1).lower())
    return dataclasses.replace(x, day=_MONDAY + dt.timedelta(days=weekday), weekday_only=True)


def _consequence(x: _Day) -> bool:
    return bool(_SEQUEL.search(x.doc.sentence_text(x.sentence)))


def _follow_up(a: _Day, b: _Day, da: dt.date, db: dt.date) -> bool:
    """``date_slots.after_other_report``, a report's guessed year put in the other's."""
    if a.weekday_only:
        return False
    ra, rb = report_day(a.doc), report_day(b.doc)
    if ra is not None and not a.year_sure:
        ra = _with_year(ra, da.year)
    if rb is not None and not b.year_sure:
        rb = _with_year(rb, db.year)
    return later_than_other(ra, da, rb, db)


def lead_date_conflicts(docs: list[Doc], space: SentenceSpace,
                        options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Outlets giving the story's main happening different days (see the module doc)."""
    days = {d.order: _days(d) for d in docs if d.independent and not d.language}
    leads_by_order = {d.order: _lead(d, days[d.order], options.lead_date_sentences)
                      for d in docs if d.order in days}
    told = [_day_keys(d) for d in docs]
    pairs: list[tuple[_Day, _Day]] = []
    for da_doc, db_doc in outlet_pairs(docs):
        a, b = leads_by_order.get(da_doc.order), leads_by_order.get(db_doc.order)
        if a is not None and b is not None and a.weekday_only != b.weekday_only:
            a, b = _as_weekday(a), _as_weekday(b)  # "on Wednesday" / "Thursday, May 29"
        if (a is None or b is None or not comparable_slots(a.slot, b.slot)
                or a.weekday_only != b.weekday_only):
            continue
        da, db = _aligned(a, b)
        gap = _gap(a, b, da, db)
        if not 1 <= gap <= (1 if a.weekday_only else options.lead_date_max_gap_days):
            continue
        if any({_key(a, da), _key(b, db)} <= t for t in told):
            continue  # an article telling both days: two happenings
        if one_moment(a.doc, a.time, da, b.doc, b.time, db, options.zone_apart_hours):
            continue
        if _unknown_names(a, b.doc) and _unknown_names(b, a.doc):
            continue  # each names people or places the other never does: two happenings
        if a.weekday_only and not (
                clause_words(a.doc, a.sentence, a.time.start, a.time.end)
                & clause_words(b.doc, b.sentence, b.time.start, b.time.end)):
            continue  # as ``weekdays``: the words nearest each weekday tell two happenings
        sim = space.sim(a.doc, a.sentence, b.doc, b.sentence)
        follow_up = _follow_up(a, b, da, db)
        # Days of the month no year was found for, as one claim: with no year nor report
        # day, a later step of the story (a conviction, an appeal) cannot be told apart.
        yearless = a.yearless and b.yearless and not (a.year_sure or b.year_sure)
        if yearless and governing_word(a.doc, a.sentence, a.time) != governing_word(
                b.doc, b.sentence, b.time):
            continue  # "killed … on March 3" / "convicted … on March 4": two steps
        strict = follow_up or yearless
        alike = sim >= (options.date_same_claim if strict else options.lead_date_same_event)
        lone = all(not any(x.day != y.day and _gap(x, y, x.day, y.day) <= 3
                           for x in days[y.doc.order] if x.weekday_only == y.weekday_only)
                   for y in (a, b))
        # Undated reports may be years apart (a killing, then the sentencing): weekdays
        # alone and days of the month neither could date are tied by alike sentences only.
        undated = a.weekday_only or (a.yearless and b.yearless)
        if alike or (lone and not follow_up and not undated
                     and not _consequence(a) and not _consequence(b)):
            # Shown as compared: a guessed year put in the other report's.
            pairs.append((dataclasses.replace(a, day=da), dataclasses.replace(b, day=db)))
    return _grouped(pairs)


def _no_year(x: _Day) -> bool:
    """A day of the month left in _LEAP_YEAR: no year known on either side."""
    return x.yearless and x.day.year == _LEAP_YEAR


def _shown_day(x: _Day) -> str:
    if x.weekday_only:
        return _WEEKDAYS[x.day.weekday()].capitalize()
    if _no_year(x):
        return f"{calendar.month_name[x.day.month]} {x.day.day}"
    return x.day.isoformat()


def _grouped(pairs: list[tuple[_Day, _Day]]) -> list[Discrepancy]:
    nodes: list[_Day] = []
    index: dict[tuple[int, int, int], int] = {}

    def node(x: _Day) -> int:
        key = (x.doc.order, x.sentence, x.time.start)
        if key not in index:
            index[key] = len(nodes)
            nodes.append(x)
        return index[key]

    links = [(node(a), node(b)) for a, b in pairs]
    uf = UnionFind(len(nodes))
    for i, j in links:
        uf.union(i, j)
    out = []
    for members in uf.groups():
        by_value: dict[str, list[_Day]] = defaultdict(list)
        for i in members:
            x = nodes[i]
            by_value[_shown_day(x)].append(x)
        if len(by_value) < 2:
            continue
        first = nodes[min(members)]
        about = first.doc.sentence_text(first.sentence)
        out.append(Discrepancy(
            kind="date",
            about=clip(about),
            values=[
                DiscrepancyValue(
                    # A weekday alone is shown as itself ("Friday"), a day of the month
                    # no year was found for as "June 1", a day with its words.
                    value if xs[0].weekday_only or _no_year(xs[0]) else
                    shown_day(value, [x.time.text for x in xs]),
                    dedupe_citations(x.doc.cite(x.sentence) for x in xs),
                )
                for value, xs in sorted(by_value.items())
            ],
            note="The outlets' leads put the story's main happening on different days.",
        ))
    return out
