"""The date of a story's next meeting, as each outlet gives it (issue 11, recall: dates).

"The next rate-setting meeting is on 11 September" / "The Governing Council meets next on
September 18"; "the two sides will meet again on Nov. 5" / "another round is set for Nov.
12"; "will meet … on Monday for a third round" / "talks set to begin on Tuesday" (weekdays
resolved by the report's date). A central bank's, a court's or a negotiation's next date is
one of a story's facts that outlets copy wrongly, told in sentences that share few words.
What ties them is what the date is: the day of the next meeting, decision or round, named by
a closed class of words in the date's sentence.

A report needs two independent outlets that each give exactly one such day (month and day
of month), the two different.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.nlp.time_grammar import MONTHS

from .evidence import Doc, one_each, outlet_pairs, two_outlets
from .model import Discrepancy

_NEXT = re.compile(
    r"\bnext\b[^.;]{0,40}?\b(?:meeting|decision|announcement|round|session|hearing|"
    r"policy statement)\b|\b(?:meets?|convenes?|decides?|announces?)\s+(?:again\s+)?next\b|"
    r"\bnext\s+(?:meets?|convenes?|decides?|gathers?)\b|\b(?:meets?|convenes?)\s+again\b|"
    r"\bwill (?:meet|convene|reconvene) again\b|\b(?:another|a new|the next) round\b[^.;]{0,30}"
    r"\b(?:set|scheduled|planned|due)\b|"
    # a round to come: "will meet … on Monday for a third round of talks", "talks set to
    # begin on Tuesday", "the third round of talks, opening Monday"
    r"\b(?:will|set to|due to|scheduled to|expected to)\s+(?:meet|begin|open|start|resume|"
    r"hold|host)\b[^.;]{0,60}\b(?:round|talks|meeting|negotiations)\b|"
    # a vote to come: "setting up a runoff on June 1" / "will face each other again in a
    # second round on 8 June"
    r"\b(?:setting up|set up|sets up|heads? for|heading for|face each other again in|"
    r"will face)\b[^.;]{0,60}\b(?:runoff|run-off|second[- ]round)\b|"
    r"\b(?:runoff|run-off|second[- ]round(?:(?:\s+\w+)?\s+(?:vote|ballot))?)\s+(?:\w+\s+){0,2}?"
    r"(?:on|set for|scheduled for|due on)\b|\breturn to the polls\b|"
    # "would try again on Thursday" / "is now aiming for no earlier than June 6"
    r"\b(?:try|attempt|fly) again\b|\b(?:aiming for|targeting|no earlier than)\b|"
    # leaders to meet: "will meet Xi on Thursday in Busan" / "are due to sit down together
    # in Busan on Wednesday"
    r"\b(?:will|set to|due to|scheduled to|expected to)\s+(?:meet|sit down)\b|"
    # a launch scrubbed and moved: "the next attempt would be no earlier than Thursday, Nov.
    # 13" / "the launch has been moved to Friday, November 14"
    r"\b(?:next|new)\s+(?:launch\s+)?(?:attempt|try|launch date|target date)\b|"
    r"\b(?:launch|attempt|liftoff|meeting|hearing|talks|vote|summit)\b[^.;]{0,60}\b(?:moved|"
    r"rescheduled|pushed|postponed|delayed|slipped|reset)\s+(?:back\s+)?(?:to|for|until)\b|"
    r"\b(?:round|talks|negotiations)\b[^.;]{0,40}\b(?:set to|due to|scheduled to|will)\s+"
    r"(?:begin|open|start|resume)\b|\bround\b[^.;]{0,60}\b(?:opening|beginning|starting)\b",
    re.IGNORECASE)
_MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$")


# A day things are due by ("the deadline is January 29", "a July 9 deadline").
_DEADLINE_BEFORE = re.compile(r"\b(?:deadline|applications?\s+(?:close|are\s+due))\s+"
                              r"(?:is\s+|was\s+|of\s+|on\s+|falls\s+on\s+)?$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s+deadline\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
_HELD_VOTE = re.compile(r"(?:runoff|run-off|second[- ]round)\b", re.IGNORECASE)
_RESULT = re.compile(r"\b(?:won|wins|winning|lost|loses|losing|defeated|held|conceded)\b",
                     re.IGNORECASE)


def _next_days(doc: Doc) -> list[tuple[str, int, str]]:
    """(month-day, sentence, text) of each day the article gives its next meeting."""
    out = []
    for t in doc.times:
        if t.type != "DATE" or t.sentence not in doc.content:
            continue
        day = _month_day(t.value or "", t.text)
        sentence = doc.sentence(t.sentence)
        cue = _NEXT.search(doc.sentence_text(t.sentence))
        if not day or cue is None or sentence is None:
            continue
        text = doc.article.text
        if (_DEADLINE_BEFORE.search(text, max(sentence.start, t.start - 30), t.start)
                or _DEADLINE_AFTER.match(text, t.end) or _POSSESSIVE.match(text, t.end)):
            continue  # "its next round of funding …; the deadline is January 29": a day
            # things are due by, not a meeting's; "Thursday's try was scrubbed": a day past
        if _HELD_VOTE.match(cue.group(0)) and _RESULT.search(
                doc.sentence_text(t.sentence)[max(0, cue.start() - 60):cue.start()]):
            continue  # a vote held: "won the city's mayoral runoff on Saturday"
        # Days told before the cue are other moments ("forced a scrub on Sunday, and NASA
        # said on Monday that the launch has been moved to Friday"), when one follows it.
        after = [u for u in doc.times if u.sentence == t.sentence and u.type == "DATE"
                 and u.start - sentence.start >= cue.start()]
        if after and t is not min(after, key=lambda u: u.start):
            continue  # (and only the first after it: "due on 24.07.2025, after Thursday's
            # cut")
        out.append((day, t.sentence, t.text))
    return out


def _month_day(value: str, text: str) -> str | None:
    """"09-11" for a date resolved or written with its month and day ("11 September",
    "Sept. 18", unresolved in an undated report); None otherwise."""
    m = _MONTH_DAY.match(value)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = _WRITTEN.search(text)
    if m is None:
        return None
    month = MONTHS.get((m.group("m1") or m.group("m2")).lower()[:3])
    day = int(m.group("d1") or m.group("d2"))
    return f"{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WRITTEN = re.compile(r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH
                      + r")|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b",
                      re.IGNORECASE)


_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})\b")


def _covers(day: str, text: str, other: str, other_text: str) -> bool:
    """Does a span of days written "February 4-6" ("02-04") hold the other day ("02-06"),
    itself written as one day?"""
    m = _DAY_RANGE.search(text)
    if m is None or day[:2] != other[:2] or _DAY_RANGE.search(other_text):
        return False  # (two spans of days, "6 to 8" / "7-9", are two meetings' days)
    return int(m.group(1)) <= int(other[3:]) <= int(m.group(2))


def next_date_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets giving the next meeting different days; see the module's rules."""
    told: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    for d in docs:
        if d.independent:
            told[d.order] = _next_days(d)
    for da, db in outlet_pairs(docs):
        pair = one_each(told.get(da.order, []), told.get(db.order, []))
        if pair is None or pair[0][0] == pair[1][0]:
            continue
        a, b = pair
        if _covers(a[0], a[2], b[0], b[2]) or _covers(b[0], b[2], a[0], a[2]):
            continue  # "February 4-6" / "February 6": a meeting of days, and its last
        return [two_outlets("date", "the date of the next meeting", (da, a[1], a[2]),
                            (db, b[1], b[2]),
                            f"Outlets give the next meeting different dates: {a[2]} vs {b[2]}.")]
    return []
