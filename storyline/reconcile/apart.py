"""Two values of two happenings, shown by any pair of their tellings (issue 11, precision).

A value is usually told by several articles, and ``figures`` groups those tellings as one
quantity. When two groups' values differ, only some pairs of tellings may carry what shows
that they are of two happenings: "killing at least seven people … in September" / "on
Sunday, killing at least 10", while other outlets giving 7 and 10 name no day. One such pair
is enough: the tellings of one value are one quantity, so the two values are two
happenings' and none of their pairs is a conflict (``groups_apart``).

The evidence, strong enough to carry over a whole group:

* ``days_apart``: the sentences are dated clearly apart (days more than a week apart, a
  month alone against a weekday, "last winter" against a day). Two weekdays are not: one
  happening's talks and announcement fall on two days of a week.
* ``other_scorelines``: each sentence gives a game's score or a fighter's record ("a 13-3
  halftime lead", "tied 24-24", "58-3 with 51 knockouts", "(52-3, 46 knockouts)") and they
  share none: two moments of a game or a career, whose other numbers (a field goal's
  length, a count of knockouts) are two facts, not one told two ways.

``told_apart`` applies both to two alike sentences (``statements``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from storyline.nlp.time_grammar import MONTH_FULL
from storyline.records import Figure

from .evidence import Doc
from .same_happening import PAST_PERIOD, dated_apart
from .text import fold

# A score or a record: two or three numbers joined by hyphens, the first not smaller than
# the second ("13-3", "24-24", "58-3", "45-7-2"). A range is written smallest first ("20-30
# people"); dates, model numbers ("AK-47") and ages ("10-year-old") are not matched.
_SCORELINE = re.compile(
    r"(?<![\w.,/:-])(\d{1,3}) ?- ?(\d{1,3})(?: ?- ?(\d{1,3}))?(?![\w/:-]|[.,]\d)")


def scorelines(text: str, skip: tuple[int, int] | None = None) -> frozenset[str]:
    """The scores and records a sentence gives ("13-3", "58-3"), less one span (the figure
    being compared, when it is itself a score)."""
    out = set()
    for m in _SCORELINE.finditer(text):
        if skip is not None and m.start() < skip[1] and skip[0] < m.end():
            continue
        numbers = [int(g) for g in m.groups() if g is not None]
        if numbers[0] >= numbers[1]:
            out.add("-".join(str(n) for n in numbers))
    return frozenset(out)


def _scorelines_around(doc: Doc, f: Figure) -> frozenset[str]:
    """The scores and records of the figure's sentence, other than the figure itself."""
    sentence = doc.sentence(f.sentence)
    if sentence is None:
        return frozenset()
    text = doc.article.text[sentence.start:sentence.end]
    own = (f.start - sentence.start, f.end - sentence.start) if f.end > f.start else None
    return scorelines(text, own)


def other_scorelines(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """Does each figure's sentence give a score or record, none in common ("a 13-3 halftime
    lead" / "tied 24-24")? Then they tell two moments of a game or a career."""
    sa = _scorelines_around(a_doc, a)
    if not sa:
        return False
    sb = _scorelines_around(b_doc, b)
    return bool(sb) and not sa & sb


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_NAMES = re.compile(r"\b(?:" + "|".join(_WEEKDAYS + _MONTHS) + r")\b")
_ISO = re.compile(r"^(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$")
_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")
_THIS_WEEK = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|"
                        r"afternoon|evening))\b")
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|from|by|starting|beginning|effective|"
                           r"as\s+of)\s+(?:on\s+)?(?:late\s+|early\s+)?$", re.IGNORECASE)


def _when(doc: Doc, s: int, skip: set[str],
          ) -> tuple[set[int], set[int], set[tuple[int, int]], bool]:
    """The weekdays (-1 for "yesterday", "today"…), the months named without a day, the
    calendar days (month, day) and whether an earlier season or year ("last winter") a
    sentence's time expressions give, leaving out those holding a number of ``skip`` and
    the bounds of spans ("since September", "starting March 1")."""
    weekdays: set[int] = set()
    months: set[int] = set()
    days: set[tuple[int, int]] = set()
    earlier = False
    for t in doc.times:
        if t.sentence != s or (skip and set(re.findall(r"\d+", t.text)) & skip):
            continue
        if _BOUND_BEFORE.search(doc.article.text[max(0, t.start - 12):t.start]):
            continue  # "since September": where a span starts, not when this happened
        earlier = earlier or bool(PAST_PERIOD.search(fold(t.text)))
        if _THIS_WEEK.search(fold(t.text)):
            weekdays.add(-1)  # "yesterday", "last night": a day of this week, unnamed
        m = _ISO.match(t.value or "")
        if m and m.group(3):
            days.add((int(m.group(2)), int(m.group(3))))
            continue
        for name in _NAMES.findall(fold(t.text)):
            if name in _WEEKDAYS:
                weekdays.add(_WEEKDAYS.index(name))
            elif not _DAY_NUMBER.search(t.text):
                months.add(_MONTHS.index(name))
    return weekdays, months, days, earlier


def days_apart(da: Doc, sa: int, db: Doc, sb: int, skip: Iterable[str] = ()) -> bool:
    """The two sentences are dated clearly apart: calendar days more than a week apart, a
    month named alone against a weekday ("in September" / "on Sunday": a weekday is this
    week's news) or against another month, an earlier season or year against a day or
    weekday ("last winter" / "on Friday"). Two weekdays say nothing: one happening's parts
    fall on several days of a week ("met on Saturday" / "the deal announced on Monday"), and
    days a day apart may be one moment in two time zones or a date conflict."""
    skip_set = set(skip)
    wa, ma, xa, ea = _when(da, sa, skip_set)
    wb, mb, xb, eb = _when(db, sb, skip_set)
    if (ea and not (wa or xa) and (wb or xb)) or (eb and not (wb or xb) and (wa or xa)):
        return True  # "last winter" / "on Friday": a season or year before this week's news
    if not dated_apart(da, sa, db, sb, skip_set):
        return False  # neither sentence dated, the same day named, or "the night before"
    if xa and xb:
        return all(abs(_ordinal(x) - _ordinal(y)) > _WEEK for x in xa for y in xb)
    if ma and mb:
        return not ma & mb
    alone_a, alone_b = ma and not (wa or xa), mb and not (wb or xb)  # a month, no day
    return bool((alone_a and wb and not mb) or (alone_b and wa and not ma))


# Days further apart than this are two happenings' (a week holds one happening's parts).
_WEEK = 7


def _ordinal(month_day: tuple[int, int]) -> int:
    """A day's place in a (leap) year, for distances between days of one year."""
    month, day = month_day
    return sum((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[:month - 1]) + day


def told_apart(da: Doc, sa: int, db: Doc, sb: int, values: Iterable[str] = ()) -> bool:
    """Two alike sentences of two happenings: dated far apart (``days_apart``: "On Friday,
    Reyes signed …" / "Last winter the club re-signed Brandt …"), or each giving a score
    or record, none in common, leaving out those holding one of ``values`` (the numbers
    compared)."""
    skip = set(values)
    if days_apart(da, sa, db, sb, skip):
        return True

    def lines(doc: Doc, s: int) -> frozenset[str]:
        return frozenset(x for x in scorelines(doc.sentence_text(s))
                         if not skip & set(x.split("-")))

    la = lines(da, sa)
    if not la:
        return False
    lb = lines(db, sb)
    return bool(lb) and not la & lb


def groups_apart(pairs: Iterable[tuple[int, int]], group_of: Callable[[int], int],
                 members: Sequence[int], apart: Callable[[int, int], bool],
                 ) -> set[frozenset[int]]:
    """The pairs of groups (of ``group_of``) between which some telling of one and some
    telling of the other are of two happenings (``apart``), among the groups that ``pairs``
    set against each other. ``members`` are the items to look at."""
    by_group: dict[int, list[int]] = defaultdict(list)
    for i in members:
        by_group[group_of(i)].append(i)
    out: set[frozenset[int]] = set()
    seen: set[frozenset[int]] = set()
    for i, j in pairs:
        key = frozenset((group_of(i), group_of(j)))
        if key in seen or len(key) < 2:
            continue
        seen.add(key)
        gi, gj = (by_group[g] for g in key)
        if any(apart(p, q) for p in gi for q in gj):
            out.add(key)
    return out


# How far before the report a named month or day dates an earlier happening: a day, or the
# end of a month, more than a fortnight back ("in December" or "in early February" in a
# report of 26 March).
_EARLIER_DAYS = 14
_POSSESSIVE = re.compile(r"\s?['’]s\b")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")


def told_of_earlier(doc: Doc, s: int, before: int | None = None) -> bool:
    """Does the sentence tell an earlier happening: each date it gives (at least one) well
    before the report's own day ("Lagos voted with the majority in December, when the board
    unanimously …" in a report of March; "last hit in March 2023, when … caused no
    deaths")? A sentence giving a day of this week as well tells this week's news. With
    ``before``, only the dates written before that offset count (the clause a number is in,
    not a later one's "began collecting in March of last year")."""
    ref = (doc.published_at.date() if doc.published_at
           else dt.date.fromisoformat(doc.assumed_date[:10]) if doc.assumed_date else None)
    if ref is None:
        return False
    seen = False
    for t in doc.times:
        if t.sentence != s or t.type != "DATE" or not t.value or (
                before is not None and t.end > before):
            continue  # (with ``before``, only the dates before that offset)
        if (_BOUND_BEFORE.search(doc.article.text[max(0, t.start - 12):t.start])
                and not _POSSESSIVE.match(doc.article.text, t.end)):
            continue  # "since last July": where a span starts, not when this happened (but
            # "since last July's cut from 7% to 6.75%" dates that cut)
        m = _MONTH_VALUE.match(t.value)
        if m is None:
            if re.fullmatch(r"\d{4}", t.value):
                continue  # a year alone ("the 2023 fire", "for 2025-26"): background, or a
                # forecast's year, no happening's day
            return False  # "this week", a season, a value unread: not surely earlier
        year, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if (ref - dt.date(year, month, int(m.group(3)))).days <= _EARLIER_DAYS:
                return False
        elif (ref - dt.date(year, month, calendar.monthrange(year, month)[1])).days \
                <= _EARLIER_DAYS:
            return False  # a month that ended within a fortnight of the report ("in February"
            # in a report of 3 March) may be this happening's
        seen = True
    return seen


# A number told of an earlier decision, in the clause after "January, when" or "the previous
# meeting, when" ("Compare January, when the committee held at 11% by four votes to three").
_EARLIER_DECISION = re.compile(r"(?:(?:\b" + MONTH_FULL + r"|\b(?:previous|last|earlier)\s+"
                               r"(?:meeting|decision|vote))\b[^.;]{0,20},?\s+when\b|"
                               # "At its previous meeting on Jan. 30, the board left …"
                               r"\b(?:previous|prior|earlier)\s+(?:policy\s+)?meeting\b)"
                               r"(?:[^.;]|\.(?=\s?\d))*$",  # ("on Jan. 30": no sentence's end)
                               re.IGNORECASE)


def earlier_decision(doc: Doc, f: Figure) -> bool:
    """Is the number told of an earlier decision ("… in January, when the board held by four
    votes to three")?"""
    sent = doc.sentence(f.sentence)
    return (bool(_EARLIER_DECISION.search(doc.article.text[sent.start if sent else 0:f.start]))
            or told_of_earlier(doc, f.sentence, f.start))  # ("In January the board voted
    # five to two"; not "In a 5-4 decision, … began collecting in March of last year")
