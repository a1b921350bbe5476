"""The day a report was made is not the day its happening took place.

"Nawrocki won Sunday's runoff with 50.9% of the vote" and "Nawrocki took 52.9% of the vote,
according to official results published on Monday" tell one vote: Monday is when the
results were published. A day written right after a verb of telling or publishing
("officials said on Tuesday", "told reporters Monday", "results released on Friday",
"data showed on Thursday") dates the telling, so it does not set two outlets' numbers
apart as two happenings (``same_happening.dated_apart``). "Announced" is not among the
verbs: a central bank's announcement is its decision.
"""

from __future__ import annotations

import re

from storyline.records import TimeExpr

from .evidence import Doc

_TELLING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|reported|published|released|showed|shows)"
    r"(?:\s+(?:reporters|journalists|here|in\s+a\s+statement|in\s+an\s+interview))?"
    r"\s+(?:on\s+)?(?:late\s+|early\s+)?$", re.IGNORECASE)
_CHARS = 45  # characters before a day read for a verb of telling


def telling_day(doc: Doc, t: TimeExpr) -> bool:
    """Is ``t`` the day of a telling ("said on Monday"), not of a happening?"""
    text = doc.article.text
    return bool(_TELLING_BEFORE.search(text[max(0, t.start - _CHARS):t.start]))
