"""Candidate time expressions and what every grammar rule shares.

``Hit`` is one candidate mention with its resolved TIMEX3 attributes; ``Ctx`` gives a rule
the whole text, the reference date and the tense around a mention. The rules live in
``time_rules`` (calendar dates), ``time_relative`` (deictic, relative, durations, sets,
clock times) and ``time_anaphora``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storyline.nlp.time_resolve import Tense

# Verbs and phrases that put a clause in the future or in the past. Future alternatives come
# first so that "expected to" is read as future before "-ed" is read as past ("starting
# Friday", "effective Monday" set a day ahead); a plan that
# "had been due to" happen is past; "until" points at a deadline, unless the clause is in the
# past perfect ("until Monday, they had not...") or tells how long something lasted. "-ed"
# words are lower-case only ("United" is a name).
_CUES = re.compile(
    r"(?P<f>\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|set\s+to|due\s+to|scheduled|"
    r"slated|expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|upcoming|would|"
    r"as\s+(?:soon|early)\s+as|until|till|starting|effective)\b|'ll\b)"
    r"|(?P<p>\b(?:had\s+been\s+(?:due|scheduled|set|slated|expected|planned)\s+to|said|says|"
    r"told|was|were|had|did|has|have|been|ago|(?-i:[a-z]{3,}ed)(?<!indeed)(?<!hundred)(?<!speed)"
    r"(?<!ceed)|rose|fell|grew|"
    r"shrank|sank|won|lost|paid|held|met|began|spent|sold|bought|left|brought|kept|led|ran|got|"
    r"became|found|took|gave|came|went|saw|made|thought|sent|built|stood|wrote|spoke|broke|"
    r"struck|chose|drew|drove|knew|meant|fought|caught|taught|sought|withdrew|overtook)\b)",
    re.IGNORECASE,
)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
# "remained calm until Saturday" tells a past stretch; "extended the deadline until Friday"
# sets one ahead.
_DURATIVE = re.compile(r"\b(?:remained|stayed|lasted|continued|waited|lingered|persisted|"
                       r"survived|held|kept|sat|worked|lived|served|ran|went\s+on)\b",
                       re.IGNORECASE)
# A verb of saying after the expression dates the report, not the event: "the ministers will
# meet on Friday, officials said" is a future Friday. It counts only when nothing else does.
_REPORTING = re.compile(r"said|says|told", re.IGNORECASE)
# Clause ends, but not the periods of "a.m.", "U.S." or "Sept.".
_CLAUSE_END = re.compile(
    r"[!?;\n]|(?<!\b[A-Za-z])(?<!\b(?:Mr|Dr|Ms|St|Co|Jr|Sr|Lt))"
    r"(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"(?<!\b(?:Corp|Sept))\."
)


# A relative clause opening between a day and a later tense cue ("… on Thursday that will …").
_RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)


@dataclass
class Ctx:
    """What a rule needs besides its match: the whole text and the reference date."""

    text: str
    ref: dt.date | None

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the sentence around a mention where its tense cues are looked for."""
        lo = max(0, start - 90)
        cut = [m.end() for m in _CLAUSE_END.finditer(self.text, lo, start)]
        if cut:
            lo = cut[-1]
        hi = min(len(self.text), end + 70)
        right = _CLAUSE_END.search(self.text, end, hi)
        return lo, right.start() if right else hi

    def perfect(self, start: int, end: int) -> bool:
        """Is the clause in the past perfect ("by then, they had left")?"""
        return _HAD.search(self.text, *self.clause(start, end)) is not None

    def tense(self, start: int, end: int) -> Tense:
        """Future or past, from the nearest tense cue in the same clause, else None."""
        lo, hi = self.clause(start, end)
        best: tuple[int, Tense] | None = None
        fallback: Tense = None
        deadline = False
        for m in _CUES.finditer(self.text, lo, hi):
            if start <= m.start() < end:
                continue
            tense: Tense = "future" if m.group("f") else "past"
            if m.start() >= end and _RELATIVE.search(self.text, end, m.start()):
                continue  # "signed a pact on Thursday that will scrap duties": the cue
                # is a relative clause's, of the noun, not the day's
            if m.start() >= end and _REPORTING.fullmatch(m.group()):
                fallback = fallback or tense
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end + 5
            if best is None or dist < best[0]:
                best = (dist, tense)
                deadline = m.group().lower() in ("until", "till")
        if deadline and (self.perfect(start, end) or _DURATIVE.search(self.text, lo, hi)):
            return "past"
        return best[1] if best else fallback

    def before(self, start: int, n: int = 25) -> str:
        return self.text[max(0, start - n) : start]


@dataclass
class Hit:
    """One candidate time expression with its resolved TIMEX3 attributes."""

    start: int
    end: int
    type: str
    value: str | None
    granularity: str | None
    end_value: str | None = None
    relative: bool = False  # resolved against the reference date
    ymd: tuple[int | None, int, int | None] | None = None  # calendar fields as written
    rule: str = ""
    priority: int = 0
    # Resolve against the last date mentioned rather than the reference date, when there is
    # one: ("same" | "latest" | "step" | "shift" | "quarter" | "year" | "weekday_before" |
    # "weekday_after", step, unit); see time_anaphora.
    anaphor: tuple[str, int, str] | None = None
    parts: list[Hit] | None = None  # both ends of a range, for TimeML-style output


Handler = Callable[[re.Match[str], Ctx], Hit | None]


def new_hit(
    m: re.Match[str], type_: str, value: str | None, gran: str | None, **kw: Any
) -> Hit:
    return Hit(m.start(), m.end(), type_, value, gran, **kw)


def relative_hit(
    m: re.Match[str],
    ctx: Ctx,
    type_: str,
    gran: str | None,
    make: Callable[[dt.date], str | None],
    **kw: Any,
) -> Hit:
    """A hit whose value needs the reference date; value None when there is none, or when
    the arithmetic leaves the calendar ("30 centuries ago" from 2000)."""
    value = None
    if ctx.ref is not None:
        try:
            value = make(ctx.ref)
        except (ValueError, OverflowError):
            value = None
    return new_hit(m, type_, value, gran, relative=True, **kw)
