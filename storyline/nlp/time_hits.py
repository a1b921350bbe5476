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

from storyline.nlp.time_resolve import Tense

# Verbs and phrases that put a clause in the future or in the past. Future alternatives come
# first so that "expected to" is read as future before "-ed" is read as past.
_CUES = re.compile(
    r"(?P<f>\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|set\s+to|due\s+to|scheduled|"
    r"slated|expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|upcoming|would|"
    r"as\s+(?:soon|early)\s+as)\b|'ll\b)"
    r"|(?P<p>\b(?:said|says|told|was|were|had|did|has|have|been|ago|\w{3,}ed|rose|fell|grew|"
    r"shrank|sank|won|lost|paid|held|met|began|spent|sold|bought|left|brought|kept|led|ran|got|"
    r"became|found|took|gave|came|went|saw|made|thought|sent|built|stood|wrote|spoke|broke|"
    r"struck|chose|drew|drove|knew|meant|fought|caught|taught|sought|withdrew|overtook)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


@dataclass
class Ctx:
    """What a rule needs besides its match: the whole text and the reference date."""

    text: str
    ref: dt.date | None

    def tense(self, start: int, end: int) -> Tense:
        """Future or past, from the nearest tense cue in the same sentence, else None."""
        lo = max(0, start - 90)
        left = self.text[lo:start]
        cut = [m.end() for m in _CLAUSE_END.finditer(left)]
        if cut:
            lo += cut[-1]
        hi = min(len(self.text), end + 70)
        right = _CLAUSE_END.search(self.text, end, hi)
        if right:
            hi = right.start()
        best: tuple[int, Tense] | None = None
        for m in _CUES.finditer(self.text, lo, hi):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end + 5
            if best is None or dist < best[0]:
                best = (dist, "future" if m.group("f") else "past")
        return best[1] if best else None

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
    # one: ("same" | "step" | "shift" | "quarter", step, unit); see time_anaphora.
    anaphor: tuple[str, int, str] | None = None
    parts: list[Hit] | None = None  # both ends of a range, for TimeML-style output


Handler = Callable[[re.Match[str], Ctx], Hit | None]


def new_hit(m: re.Match[str], type_: str, value: str | None, gran: str | None, **kw) -> Hit:
    return Hit(m.start(), m.end(), type_, value, gran, **kw)


def relative_hit(m: re.Match[str], ctx: Ctx, type_: str, gran: str | None, make, **kw) -> Hit:
    """A hit whose value needs the reference date; value None when there is none, or when
    the arithmetic leaves the calendar ("30 centuries ago" from 2000)."""
    value = None
    if ctx.ref is not None:
        try:
            value = make(ctx.ref)
        except (ValueError, OverflowError):
            value = None
    return new_hit(m, type_, value, gran, relative=True, **kw)
