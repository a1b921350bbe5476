"""Weekday conflicts: one happening put on different weekdays by different outlets.

"The navy on Thursday thwarted an attack" / "A warship foiled an attack on Friday": when a
weekday cannot be resolved to a calendar date (the article has no publication date), the
date conflicts of ``date_conflicts`` cannot see it. Two weekday mentions of different
outlets conflict when they are adjacent days, their sentences are alike (one happening) and
each sentence names one weekday. A weekday that dates a statement ("an officer said here
Friday") dates the report, not the happening, and is skipped, as are weekdays in quotes;
a day told around midnight ("ruled late Wednesday" / "ruled on Thursday") may be one moment
on either day (``date_slots.around_midnight``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from storyline.records import TimeExpr

from .date_slots import around_midnight, two_zones
from .datelines import dates_dateline
from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import MONTH_WORDS, month_number

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b", re.IGNORECASE)
WEEKDAY = _WEEKDAY  # a weekday named, for other rules
# "said here Friday", "told reporters on Monday", "announced Tuesday": the report's day.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|saying|told|telling|announced|reported|added|stated|confirmed)\b"
    r"(?:\s+\w+){0,2}\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


# "had all returned by Saturday evening", "until Monday", "could run into Tuesday": a bound
# of a state, not the day something happened.
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|before|since|into)\s+(?:late\s+|early\s+)?$",
                           re.IGNORECASE)
# Another day named in the sentence ("today", "yesterday", a date): two days, two happenings.
_OTHER_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)

# "Saturday's semifinal", "Friday ’ s vote": a weekday naming another event, not a date.
_POSSESSIVE_AFTER = re.compile(r"^\s?['’]\s?s\b")
# Where a clause ends: punctuation, or a word opening another clause ("charged Saturday
# after a shooting Friday": two happenings, two days).
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\b(?:after|before|when|while|but|and|because|since|until|"
    r"which|who|whom|where|as)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z]+")
# A time of day after "before" or "after": no clause of another happening ("shook … before
# dawn on Saturday").
_PART_OF_DAY = re.compile(r"\s+(?:dawn|dusk|daybreak|sunrise|sunset|midnight|noon|first light)\b",
                          re.IGNORECASE)
# Words of time around a weekday ("Friday night", "early Saturday"): they name no happening.
_TIME_WORDS = frozenset((
    "morning", "afternoon", "evening", "night", "early", "late", "last", "next", "this",
    "today", "yesterday", "week", "weekend", "day", "days", "hours", "dawn", "dusk",
    "daybreak", "sunrise", "sunset", "midnight", "noon", "before", "after"))
# Function words of four letters or more: they tell no happening ("have been", "with").
_FUNCTION_WORDS = frozenset((
    "they", "them", "their", "there", "have", "been", "were", "with", "that", "from", "into",
    "would", "could", "should", "will", "what", "when", "then", "than", "also", "some"))
# How many of the words nearest a weekday tell its happening ("was charged Saturday with
# one count", "a shooting at an office party Friday"): farther words of a long clause belong
# to its other happenings.
_NEAR_WORDS = 5


def _only_time_words(span: str) -> bool:
    return all(w.lower() in _TIME_WORDS for w in _WORD.findall(span))


def _clause_words(doc: Doc, sentence: int, start: int, end: int) -> frozenset[str]:
    """The lower-case words (no names, no function words) of the clause holding a weekday
    nearest to it, stems of 5 letters: what happened that day. A clause of time words
    alone ("Wednesday afternoon, …") reads the next clause."""
    sent = doc.sentence(sentence)
    if sent is None:
        return frozenset()
    text = doc.article.text
    quoted = [(q.start, q.end) for q in doc.analysis.quotes
              if q.kind == "direct" and q.start < sent.end and q.end > sent.start]
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, start)
                     if not _PART_OF_DAY.match(text, m.end())]  # ("before dawn on Saturday")
    lo = breaks_before[-1] if breaks_before else sent.start
    words: list[tuple[int, str]] = []
    pos = end
    for _ in range(2):
        nxt = _CLAUSE_BREAK.search(text, pos, sent.end)
        if nxt and nxt.group(0).lower() == "when" and _only_time_words(text[end:nxt.start()]):
            nxt = _CLAUSE_BREAK.search(text, nxt.end(), sent.end)  # "on Thursday morning
            # when a quake struck": the clause after "when" tells what happened that day
        hi = nxt.start() if nxt else sent.end
        for m in _WORD.finditer(text, lo, hi):
            w = m.group(0)
            if any(a <= m.start() < b for a, b in quoted):
                continue  # a speaker's words tell no happening of the day
            if (w.islower() and len(w) >= 4 and w not in _TIME_WORDS and w not in _DAYS
                    and w not in _FUNCTION_WORDS):
                words.append((min(abs(m.start() - end), abs(start - m.end())), w[:5]))
        if words or nxt is None:
            break
        lo, pos = nxt.end(), nxt.end()
    return frozenset(w for _, w in sorted(words)[:_NEAR_WORDS])


def clause_words(doc: Doc, sentence: int, start: int, end: int) -> frozenset[str]:
    """``_clause_words`` for other rules: what happened on the day at ``start``-``end``."""
    return _clause_words(doc, sentence, start, end)


# The day a happening was planned for, not the day it happened.
_PLANNED = re.compile(r"\b(?:originally|initially|first)\s+(?:been\s+)?(?:set|scheduled|planned|"
                      r"due)\b|\b(?:had been|was|were)\s+(?:set(?:\s+down)?|scheduled|planned|"
                      r"due)\s+for\b|"
                      r"\b(?:postponed|delayed|scrubbed|pushed back)\s+from\b", re.IGNORECASE)


def event_weekdays(doc: Doc, resolved: bool = False
                   ) -> list[tuple[int, int, TimeExpr, frozenset[str]]]:
    """(sentence, weekday number, the expression, clause words) of the article's event
    weekdays left unresolved or written with their date ("Thursday, Oct. 30") — or, with
    ``resolved``, of its bare weekdays resolved to dates instead: not a report's day ("said
    Friday"), a bound ("by Friday"), a weekday next to another day in its sentence, another
    event's ("Friday's vote") or in a quote."""
    out = []
    per_sentence: dict[int, set[int]] = {}
    for t in doc.times:
        m = _WEEKDAY.search(t.text)
        if m is None or bool(t.value and not re.search(r"\d", t.text)) != resolved:
            continue  # a bare weekday resolved to a date is left to ``date_conflicts``; one
            # written with its date ("on Thursday, Oct. 30") is still the outlet's weekday
        day = _DAYS.index(m.group(1).lower())
        per_sentence.setdefault(t.sentence, set()).add(day)
        if not _happening_day(doc, t):
            continue
        out.append((t.sentence, day, t, _clause_words(doc, t.sentence, t.start, t.end)))
    return [m for m in out if len(per_sentence[m[0]]) == 1]


def _happening_day(doc: Doc, t: TimeExpr) -> bool:
    """Does the weekday ``t`` date a happening of its sentence: not a report's day ("said
    Friday"), a bound ("by Friday", "could run into Tuesday"), a weekday next to another day
    in its sentence, another event's ("Friday's vote"), a day first planned, one of two
    calendars, or in a quote?"""
    before = doc.article.text[max(0, t.start - 40):t.start]
    if _SPEECH_BEFORE.search(before) or _BOUND_BEFORE.search(before):
        return False
    if any(o is not t and o.sentence == t.sentence and o.type == "DATE" and (
            _OTHER_DAY.search(o.text) or (len(o.value or "") == 10
                                          and re.search(r"\d", o.text)))
           and not dates_dateline(doc, o.sentence, o)
           for o in doc.times):
        return False  # "signed Wynn on Tuesday and Bell today": which day is whose? (not
        # the dateline's day: "ATHENS, May 21 - … struck early on Wednesday")
    if _POSSESSIVE_AFTER.match(doc.article.text[t.end:t.end + 4]):
        return False
    sent = doc.sentence(t.sentence)
    if sent is not None and _PLANNED.search(doc.article.text, sent.start, t.start):
        return False  # "The launch had originally been set for Monday but was postponed"
    if sent is not None and len({w.lower() for w in _WEEKDAY.findall(
            doc.article.text, sent.start, sent.end)}) > 1:
        return False  # "at 01:14 GMT on Wednesday, late on Tuesday evening local time": one
        # moment on two calendars (a day the time tagger did not read counts too)
    return not any(q.start <= t.start < q.end for q in doc.analysis.quotes
                   if q.kind == "direct")


Mentions = dict[int, list[tuple[int, int, TimeExpr, frozenset[str]]]]


def weekday_mentions(docs: list[Doc]) -> Mentions:
    """``event_weekdays`` of each article, by its order: read once for every weekday rule."""
    return {d.order: event_weekdays(d) for d in docs}


def weekday_conflicts(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS,
                      mentions: Mentions | None = None) -> list[Discrepancy]:
    mentions = mentions if mentions is not None else weekday_mentions(docs)
    nodes = [(d, s, day, words, t) for d in docs for s, day, t, words in mentions[d.order]]
    uf = UnionFind(len(nodes))
    linked: set[int] = set()
    for i, (da, sa, wa, ca, ta) in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            db, sb, wb, cb, tb = nodes[j]
            if da.outlet == db.outlet or wa == wb or min((wa - wb) % 7, (wb - wa) % 7) != 1:
                continue
            if not ca & cb:
                continue  # the clauses of the two weekdays tell different happenings
            first, then = ((da, ta), (db, tb)) if (wb - wa) % 7 == 1 else ((db, tb), (da, ta))
            if around_midnight(*first, *then) or two_zones(da, ta, db, tb):
                continue  # "ruled late Wednesday" / "ruled on Thursday", or a day in each of
                # two named zones: one moment
            if space.sim(da, sa, db, sb) >= options.weekday_same_event:
                uf.union(i, j)
                linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(uf.find(i), []).append(i)
    out = []
    for members in groups.values():
        by_day: dict[int, list[int]] = {}
        for i in members:
            by_day.setdefault(nodes[i][2], []).append(i)
        if len(by_day) < 2:
            continue
        ranked = sorted(by_day.items(), key=lambda kv: -len({nodes[i][0].outlet for i in kv[1]}))
        values = [DiscrepancyValue(_DAYS[day].capitalize(),
                                   dedupe_citations(nodes[i][0].cite(nodes[i][1]) for i in ids))
                  for day, ids in ranked]
        shown = " vs ".join(v.value for v in values)
        out.append(Discrepancy(
            kind="date", about="weekday of one happening", values=values,
            note=f"Outlets put the same happening on different weekdays: {shown}.",
        ))
    return out


_MONTHS = MONTH_WORDS  # (in full or shortened: "Thursday, Dec. 11", "Wed 11 Sept")
# A weekday written with its date: "Thursday, March 12", "Wednesday 12th March, 2025",
# "Tuesday (April 15)".
_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>" + "|".join(_DAYS) + r")\s*[,(]?\s*(?:the\s+)?(?:"
    r"(?P<month>" + _MONTHS + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + _MONTHS + r"))"
    r"\)?(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE)


def weekday_of_date_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """One date given two weekdays by two outlets ("Thursday, March 12" / "Wednesday,
    March 12"): whatever each tells of that day, one of the weekdays is wrong. Dates with
    two different years written are two days."""
    told: dict[tuple[str, int], dict[str, list[tuple[Doc, int, str, str]]]] = {}
    for d in docs:
        if not d.independent:
            continue
        for i in d.content:
            for m in _WEEKDAY_DATE.finditer(d.sentence_text(i)):
                # ("Dec." is December)
                month = calendar.month_name[month_number((m["month"] or m["month2"]).lower())]
                day = int(m["day"] or m["day2"])
                told.setdefault((month, day), {}).setdefault(m["weekday"].lower(), []).append(
                    (d, i, m.group(0), m["year"] or ""))
    out = []
    for (month, day), by_weekday in told.items():
        outlets = [{x[0].outlet for x in xs} for xs in by_weekday.values()]
        if len(by_weekday) != 2 or outlets[0] & outlets[1]:
            continue  # one weekday, or an outlet giving both: no two outlets disagreeing
        years = {x[3] for xs in by_weekday.values() for x in xs} - {""}
        if len(years) > 1:
            continue
        values = [DiscrepancyValue(xs[0][2], dedupe_citations(x[0].cite(x[1]) for x in xs))
                  for _, xs in sorted(by_weekday.items(), key=lambda kv: -len(kv[1]))]
        shown = " vs ".join(v.value for v in values)
        out.append(Discrepancy(
            kind="date", about=f"the weekday of {month} {day}", values=values,
            note=f"The outlets give {month} {day} two weekdays: {shown}.",
        ))
    return out


def weekday_against_calendar(docs: list[Doc]) -> list[Discrepancy]:
    """A weekday written with a date that the calendar puts on another weekday, where
    another outlet names the right one for the same happening ("On Wednesday 18 September
    the Bank of Japan's policy board raised …" / "… raised rates … on Friday", 18 September
    2026 a Friday). The year is the one written, else the year the other outlet was
    published in (a weekday alone must not move the date back years: the outlet's
    year-less "Wednesday 18 September" would read as 2024). The right weekday must be told
    by another independent outlet in a sentence sharing a content word with the date's
    (one happening), and that outlet published on the date or within ``_STORY_DAYS``
    after it."""
    out: list[Discrepancy] = []
    seen: set[tuple[str, int]] = set()
    for d in docs:
        if not d.independent:
            continue
        for i in d.content:
            said = d.sentence_text(i)
            for m in _WEEKDAY_DATE.finditer(said):
                month = month_number((m["month"] or m["month2"]).lower())
                day = int(m["day"] or m["day2"])
                told = _DAYS.index(m["weekday"].lower())
                found = _right_weekday(d, said, month, day, told, m["year"], docs)
                if found is None or (calendar.month_name[month], day) in seen:
                    continue
                other, j, right = found
                seen.add((calendar.month_name[month], day))
                values = [DiscrepancyValue(m.group(0), [d.cite(i)]),
                          DiscrepancyValue(right.capitalize(), [other.cite(j)])]
                out.append(Discrepancy(
                    kind="date", about=f"the weekday of {calendar.month_name[month]} {day}",
                    values=values,
                    note=f"{d.outlet} writes {m.group(0)}, which the calendar puts on a "
                         f"{right.capitalize()}, the day {other.outlet} gives."))
    return out


_STORY_DAYS = 10  # a date this close to another outlet's publication is of its story
_CONTENT = re.compile(r"[A-Za-z]{5,}")


def _right_weekday(d: Doc, said: str, month: int, day: int, told: int, year: str | None,
                   docs: list[Doc]) -> tuple[Doc, int, str] | None:
    """Another outlet naming the calendar's weekday of the date for the same happening."""
    words = {w.lower() for w in _CONTENT.findall(said)} - set(_DAYS) - {
        calendar.month_name[month].lower()}
    for other in docs:
        if other is d or not other.independent or other.outlet == d.outlet:
            continue
        at = other.published_at
        if at is None:
            continue
        try:
            date = dt.date(int(year) if year else at.year, month, day)
        except ValueError:
            continue
        if date.weekday() == told or not 0 <= (at.date() - date).days <= _STORY_DAYS:
            continue
        right = _DAYS[date.weekday()]
        for j in other.content:
            text = other.sentence_text(j)
            if (re.search(rf"\b{right}\b", text, re.IGNORECASE)
                    and words & {w.lower() for w in _CONTENT.findall(text)}):
                return other, j, right
    return None
