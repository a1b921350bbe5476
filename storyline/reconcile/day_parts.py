"""One moment given two parts of one day: "on Tuesday morning" / "on Tuesday afternoon"
(issue 11, recall of details, round R5).

The part of a day is a closed class (morning / afternoon / evening or night), read only
right after a weekday ("Tuesday morning", "late Tuesday night"). A moment told by two
independent outlets as two parts of one weekday is a disagreement when:

* each article gives exactly one part for that weekday in the whole article, no article of
  the story gives two (a day told part by part is several happenings) and the story gives
  at most two;
* the parts are not neighbours with a hedge between them: "late afternoon" / "evening",
  "afternoon" / "early evening" may be one hour told two ways;
* the two sentences are alike: sentence similarity at least ``weekday_same_event`` (the
  threshold for two weekdays of one happening). A shared word is not enough: the part of
  the day is often when something else happened (a slaying "on Friday afternoon", the
  search "Friday night"; a call "on Friday morning", the blast "Friday afternoon"; on ECB+
  such false pairs stood at cosine 0.07-0.14 and the one annotated real pair at 0.17, too
  close to tell, so the threshold was not lowered for it);
* the part is not a deadline ("restored by Saturday afternoon", "until Tuesday night"):
  the time a step is expected by is no moment of the happening; nor the time a statement
  was made ("the agency said on Sunday evening");
* the articles are published within six days of each other (otherwise the
  weekdays are of two weeks) and not in time zones ``zone_apart_hours`` apart ("Tuesday
  morning" in New York is Tuesday afternoon in Europe).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .date_slots import utc_offset_hours
from .evidence import Doc, dedupe_citations, outlet_pairs, told_two_ways
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import fold

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_PARTS = {"morning": 0, "afternoon": 1, "evening": 2, "night": 2}
_DAY_PART = re.compile(
    rf"\b(?:(early|late)\s+)?({_WEEKDAYS.replace(' ', '|')})\s+(?:(early|late)\s+)?"
    r"(morning|afternoon|evening|night)\b")
_DEADLINE = re.compile(r"\b(?:by|until|till|before|after)\s+(?:the\s+)?$")
# A day part right after a verb of saying dates the statement, not the happening.
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|reported|confirmed|added)"
                            r"\b(?:\s+\w+){0,2}\s+(?:on\s+|late\s+|early\s+)?$")
_WINDOW_SECONDS = 6 * 86400  # weekdays of articles published further apart: two weeks


@dataclass(frozen=True)
class _Told:
    sentence: int
    text: str  # as written: "Tuesday morning"
    part: int  # 0 morning, 1 afternoon, 2 evening or night
    hedge: str  # "early" / "late" / ""


def _told(doc: Doc) -> dict[str, list[_Told]]:
    """weekday -> the parts of it the article gives."""
    out: dict[str, list[_Told]] = defaultdict(list)
    for index in doc.content:
        sentence = doc.sentence_text(index)
        text = fold(sentence)
        for m in _DAY_PART.finditer(text):
            if _DEADLINE.search(text[max(0, m.start() - 12):m.start()]):
                continue
            if _SPEECH_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "the agency said on Sunday evening": when it was said
            out[m.group(2)].append(_Told(index, sentence[m.start():m.end()].strip(),
                                         _PARTS[m.group(4)], m.group(1) or m.group(3) or ""))
    return out


def _hedged_neighbours(a: _Told, b: _Told) -> bool:
    """Neighbouring parts with a hedge at the boundary ("late afternoon" / "evening")."""
    first, second = (a, b) if a.part < b.part else (b, a)
    return second.part - first.part == 1 and (first.hedge == "late" or second.hedge == "early")


def _apart(da: Doc, db: Doc, options: ReconcileOptions) -> bool:
    """Published over a week apart or in time zones far apart (see the module)."""
    pa, pb = da.published_at, db.published_at
    if pa is not None and pb is not None and abs((pa - pb).total_seconds()) > _WINDOW_SECONDS:
        return True
    oa, ob = utc_offset_hours(da.article.published), utc_offset_hours(db.article.published)
    return oa is not None and ob is not None and abs(oa - ob) >= options.zone_apart_hours


def day_part_conflicts(docs: list[Doc], space: SentenceSpace,
                       options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Independent outlets giving one weekday's moment two parts of the day."""
    told = {d.order: _told(d) for d in docs if d.independent}
    two_ways = told_two_ways({day: {t.part for t in items} for day, items in by_day.items()}
                             for by_day in told.values())
    found: dict[str, dict[int, list[tuple[str, Citation]]]] = defaultdict(dict)
    for da, db in outlet_pairs(docs):
        ta, tb = told.get(da.order, {}), told.get(db.order, {})
        for day in set(ta) & set(tb):
            if day not in two_ways or _apart(da, db, options):
                continue
            a, b = ta[day][0], tb[day][0]
            if (a.part == b.part or _hedged_neighbours(a, b) or space.sim(
                    da, a.sentence, db, b.sentence) < options.weekday_same_event):
                continue
            found[day].setdefault(a.part, []).append((a.text, da.cite(a.sentence)))
            found[day].setdefault(b.part, []).append((b.text, db.cite(b.sentence)))
    return [
        Discrepancy(
            kind="time",
            about=f"the part of the day ({day.capitalize()})",
            values=[DiscrepancyValue(told_as[0][0], dedupe_citations(c for _, c in told_as))
                    for told_as in by_part.values()],
            note="The outlets put one moment in different parts of the day.",
        )
        for day, by_part in found.items()
    ]

