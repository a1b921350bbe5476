"""A day still to come that each outlet gives once: a deadline or the next step (issue 11).

"The pause now runs until November 10" / "the extension keeps the lower rates in place
until November 12"; "the runoff will be held on June 15" / "the top two candidates will
face each other in a second round on June 22": a story of a truce, a court's stay or an
election has one end date and one next date, and outlets give them in unlike sentences
(``date_conflicts`` compares dates of alike sentences, a day or two apart, and only days
something happened on). Here each independent article's days of the month are read in two
slots (``date_slots.slot_of``): an *end* ("until", "through", "expires", "deadline", "no
later than"), a day *to come* ("will", "is set to", "next") and the day a measure *takes
effect* ("takes effect on", "starting", "effective from"). An article giving exactly one
day in a slot gives the story's one such day; two outlets' lone days of one slot, of one
year (as written, or the articles'), different and within
``ReconcileOptions.deadline_max_apart_days``, disagree — for a day to come only
when the two clauses share a content word (one happening named: "candidates", "vote"),
since a story names several things to come; an end or a start day may also be a month
off or two on the same day of the month (a slip: "until Sept. 14" / "until Oct. 14") or a digit off
in the same month ("until Feb. 8" / "until Feb. 28"). The end of the window in force ("the
current arrangement, which expires on Dec. 9") is kept apart from a new end told beside it,
and is the story's end when none is. Not when
either article gives the other's day anywhere, nor for reports published weeks apart (a
deadline extended).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict

from storyline.records import TimeExpr

from .date_slots import slot_of
from .evidence import Doc, dedupe_citations, named_pairs, outlet_pairs
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .text import MONTH_WORDS, STOP_WORDS, fold, month_number, stem, tokens

_MONTHS = MONTH_WORDS  # ("Nov. 5", "Sept 30")
_DAY = re.compile(
    r"^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:(?P<month>" + _MONTHS + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + _MONTHS + r"))"
    r"(?:,?\s+(?P<year>\d{4}))?$", re.IGNORECASE)
_END_BEFORE = re.compile(r"\b(?:until|till|through|thru|by|no later than|deadline\s+(?:of|is)|"
                         r"expires?(?:\s+on)?|expiring(?:\s+on)?|ends?(?:\s+on)?|"
                         r"runs? out(?:\s+on)?|lapses?(?:\s+on)?)\s+(?:on\s+)?$",
                         re.IGNORECASE)
# A window pushed to a new end: "extends the truce by three months, to 12 November".
_EXTENDED_TO = re.compile(r"\b(?:extend\w*|prolong\w*|push\w* back)\b[^.;]{0,60}\bto\s+$",
                          re.IGNORECASE)
_LEAP = 2000
_CLAUSE_CHARS = 80  # characters either side of a day read for its clause's words


def month_day(t: TimeExpr) -> tuple[int, int] | None:
    """(month, day) of a day of the month ("November 10", "Tuesday, June 3, 2025")."""
    m = _DAY.match(t.text.strip())
    if m is None:
        return None
    month = month_number((m["month"] or m["month2"]).lower())
    day = int(m["day"] or m["day2"])
    return (month, day) if 1 <= day <= calendar.monthrange(_LEAP, month)[1] else None


def days_told(d: Discrepancy) -> frozenset[tuple[int, int]] | None:
    """The (month, day) of each value of a date report, when every value is one written
    day of a month ("22 January", "Jan. 15"); else None."""
    out = set()
    for v in d.values:
        m = _DAY.match(v.value.strip())
        if m is None:
            return None
        day = int(m["day"] or m["day2"])
        out.add((month_number((m["month"] or m["month2"]).lower()), day))
    return frozenset(out)


def new_days(found: list[Discrepancy], known: list[Discrepancy]) -> list[Discrepancy]:
    """The date reports of ``found`` that set no two days already set against each other in
    ``known`` (or earlier in ``found``): one next meeting told by three outlets in two ways
    is one disagreement, whichever rule read which pair."""
    seen = {days for d in known if (days := days_told(d)) is not None}
    out = []
    for d in found:
        days = days_told(d)
        if days is not None and days in seen:
            continue
        if days is not None:
            seen.add(days)
        out.append(d)
    return out


def _year(doc: Doc, t: TimeExpr) -> str:
    """The year the day is written with or resolved to, else its article's year, or ""."""
    m = _DAY.match(t.text.strip())
    if m is not None and m["year"]:
        return m["year"]
    if t.value and len(t.value) == 10 and t.value[:4].isdigit():
        return t.value[:4]
    return str(doc.published_at.year) if doc.published_at else ""


# The old end of a window since moved: "the truce that was due to run out on 12 November
# will now stay in place until 12 February".
_OLD_END = re.compile(r"\b(?:was|were|had been)\s+(?:due|set|scheduled)\s+to\s+(?:expire|run out|"
                      r"end|lapse|close)\s+(?:on\s+)?$", re.IGNORECASE)


# The day a measure starts to apply: "takes effect on Jan. 1", "starting January 15",
# "beginning March 10", "effective from 1 June", "comes into force on …", "enters into
# force on …", "duties apply to goods from 20 November" (one such day per measure; read in
# the 40 characters before the day).
_EFFECT_BEFORE = re.compile(
    r"(?:\b(?:takes?|took|taking|comes?|came|coming|goes?|went|going|enters?|entered|"
    r"entering)\s+(?:into\s+)?"
    r"(?:effect|force)(?:\s+in\s+[\w-]+\s+(?:days|weeks|months),?)?|\beffective|\bstarting|"
    r"\bbeginning|\bin\s+(?:effect|force)\s+(?:from|as\s+of)|\bentry\s+into\s+force"
    # ("Entry into force is scheduled for July 1, 2027")
    r"(?:\s+(?:is|was)\s+(?:scheduled|set|planned|expected|due)\s+for)?)"
    r"\s+(?:on\s+|from\s+|as\s+of\s+)?$|"
    r"\b(?:apply|applies|applied|applying)\b[^.;:]{0,25}?\bfrom\s+$", re.IGNORECASE)


# ... or told as the day a rate or a tariff moves: "the tariff would fall to 10 percent from
# 20 percent on June 10", "duties will be halved on 1 June".
_CHANGE_BEFORE = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:fall|drop|rise|"
    r"climb|go\s+(?:up|down)|be\s+(?:cut|lowered|raised|halved|reduced|increased|doubled))\b"
    r"[^.;:]{0,45}?\s+on\s+$", re.IGNORECASE)


# ... or the end of the window now in force, which the new one replaces: "Under the current
# arrangement, which expires on Dec. 9", "The current truce is due to expire on 9 December".
_CURRENT_END = re.compile(r"\b(?:current|existing|present)\s+(?:\w+\s+){0,2}?(?:arrangement|"
                          r"truce|pause|deadline|suspension|agreement|window|extension|reprieve)\b"
                          r"[^.;]{0,40}$", re.IGNORECASE)


def _slot(doc: Doc, t: TimeExpr) -> str:
    if _OLD_END.search(doc.article.text[max(0, t.start - 50):t.start]):
        return ""
    if _CURRENT_END.search(doc.article.text[max(0, t.start - 80):t.start]):
        return "current"  # beside a new end, compared only with another window in force
    if (_EFFECT_BEFORE.search(doc.article.text[max(0, t.start - 40):t.start])
            or _CHANGE_BEFORE.search(doc.article.text[max(0, t.start - 80):t.start])):
        return "effect"
    slot = slot_of(doc, t)
    if slot == "bound":
        before = doc.article.text[max(0, t.start - 30):t.start]
        return "end" if _END_BEFORE.search(before) else ""
    if _EXTENDED_TO.search(doc.article.text[max(0, t.start - 90):t.start]):
        return "end"  # "extends the trade truce by three months, to 12 November"
    return "later" if slot == "later" else ""


def _clause_words(doc: Doc, t: TimeExpr) -> set[str]:
    s = doc.sentence(t.sentence)
    lo = max(s.start if s else 0, t.start - _CLAUSE_CHARS)
    hi = min(s.end if s else len(doc.article.text), t.end + _CLAUSE_CHARS)
    text = doc.article.text[lo:t.start] + " " + doc.article.text[t.end:hi]
    return {stem(w) for w in tokens(fold(text)) if w.isalpha() and len(w) > 2
            and w not in STOP_WORDS}


def _named_pair(da: Doc, db: Doc, xs: list[TimeExpr], ys: list[TimeExpr]
                ) -> tuple[TimeExpr | None, TimeExpr | None]:
    """Of two articles' days to come, where one gives several ("sworn in on Jan. 12" among
    "certified on Dec. 18"), the two whose clauses share a word no other day to come of
    either article has beside it: one happening named ("sworn"), one day each."""
    if len(xs) < 2 and len(ys) < 2:
        return None, None
    pairs = named_pairs([_clause_words(da, x) for x in xs], [_clause_words(db, y) for y in ys])
    return (xs[pairs[0][0]], ys[pairs[0][1]]) if len(pairs) == 1 else (None, None)


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    da, db = dt.date(_LEAP, *a), dt.date(_LEAP, *b)
    gap = abs((da - db).days)
    return min(gap, 366 - gap)  # December 30 / January 2


_SLIP_MONTHS = 2  # months apart a day of the month may be mistyped by


def _month_slip(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One day of the month in months one or two apart ("until Sept. 14" / "until Oct. 14",
    "by 27 May" / "by 27 July"): the month mistyped, like a mistyped year, not two steps (an
    end or a start is one day)."""
    return a[1] == b[1] and 1 <= min((a[0] - b[0]) % 12, (b[0] - a[0]) % 12) <= _SLIP_MONTHS


def digit_slip(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One month's days written one digit apart ("until Feb. 8" / "until Feb. 28", "12" /
    "21"): a digit dropped, mistyped or swapped, like a mistyped year (an end or a start is
    one day)."""
    if a[0] != b[0]:
        return False
    x, y = sorted((str(a[1]), str(b[1])), key=len)
    if len(x) < len(y):
        return any(y[:i] + y[i + 1:] == x for i in range(len(y)))
    return sum(p != q for p, q in zip(x, y, strict=True)) == 1 or x == y[::-1]


def deadline_conflicts(docs: list[Doc],
                       options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Two outlets' lone end days, or lone days to come of one happening, that differ."""
    lone: dict[tuple[int, str], TimeExpr] = {}
    given: dict[int, set[tuple[int, int]]] = defaultdict(set)
    to_come: dict[int, list[TimeExpr]] = {}  # articles giving several days to come
    for d in docs:
        if not d.independent or d.language:
            continue
        by_slot: dict[str, dict[tuple[int, int], TimeExpr]] = defaultdict(dict)
        quotes = [(q.start, q.end) for q in d.analysis.quotes if q.kind == "direct"]
        for t in d.times:
            md = month_day(t) if t.type == "DATE" else None
            if md is None:
                continue
            given[d.order].add(md)
            slot = _slot(d, t)
            if slot and not any(a <= t.start < b for a, b in quotes):
                by_slot[slot].setdefault(md, t)
        if "current" in by_slot and "end" not in by_slot:
            # the window in force is the story's end when no new one is told ("The current
            # pause runs out on August 14")
            by_slot["end"] = by_slot.pop("current")
        for slot, days in by_slot.items():
            if len(days) == 1:
                lone[(d.order, slot)] = next(iter(days.values()))
        if len(by_slot.get("later", {})) > 1:
            to_come[d.order] = list(by_slot["later"].values())
    out: list[Discrepancy] = []
    seen: set[frozenset[tuple[int, int]]] = set()
    for da, db in outlet_pairs(docs):
        ta, tb = da.published_at, db.published_at
        if ta and tb and abs((ta - tb).total_seconds()) > options.statement_apart_days * 86400:
            continue
        for slot in ("end", "current", "later", "effect"):
            xa, xb = lone.get((da.order, slot)), lone.get((db.order, slot))
            if slot == "later" and (xa is None or xb is None):
                xa, xb = _named_pair(da, db, to_come.get(da.order) or ([xa] if xa else []),
                                     to_come.get(db.order) or ([xb] if xb else []))
            if xa is None or xb is None:
                continue
            ma, mb = month_day(xa), month_day(xb)
            if (ma is None or mb is None or ma == mb or mb in given[da.order]
                    or ma in given[db.order]
                    or (_apart(ma, mb) > options.deadline_max_apart_days
                        and not (slot != "later" and (_month_slip(ma, mb)
                                                      or digit_slip(ma, mb)))
                        and not (slot == "effect"
                                 and _apart(ma, mb) <= options.effect_max_apart_days
                                 and _clause_words(da, xa) & _clause_words(db, xb)))
                    or frozenset((ma, mb)) in seen):
                continue
            if slot == "later" and not _clause_words(da, xa) & _clause_words(db, xb):
                continue
            if _year(da, xa) != _year(db, xb):
                continue  # "November 20, 2009" / "November 22, 2013": two years' days (and
                # a yearless day of an undated article against a year: not known to be one)
            seen.add(frozenset((ma, mb)))
            what = {"end": "the end date", "current": "the end of the window in force",
                    "later": "the day to come", "effect": "the day it takes effect"}[slot]
            out.append(Discrepancy(
                kind="date", about=f"{what}: {da.sentence_text(xa.sentence)[:100]}",
                values=[DiscrepancyValue(xa.text, dedupe_citations([da.cite(xa.sentence)])),
                        DiscrepancyValue(xb.text, dedupe_citations([db.cite(xb.sentence)]))],
                note=f"Outlets give {what} differently: {xa.text} vs {xb.text}."))
    return out
