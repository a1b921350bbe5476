"""A wire dateline opening an article ("BEIJING, April 4 (Reuters) -", "WASHINGTON (AP) —")
says where and when the report was filed, not what happened: two outlets' datelines, or one
outlet's on two days, differ in their day as a matter of course and are no disagreement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import fold

if TYPE_CHECKING:
    from storyline.records import TimeExpr

    from .evidence import Doc

# An ALL-CAPS place, up to two ", <region or date>" parts (a month may be abbreviated:
# "GOHEUNG, South Jeolla Province, Nov. 27 (Yonhap) --") and an optional "(Outlet)", then a
# dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’/-]{1,40}?(?:,\s*(?:[^()\n.]|(?<=[A-Z][a-z]{2})\.|(?<=Sept)\.){1,40}?)"
    r"{0,2}\s*(?:\([^()\n]{1,40}\))?\s*[-—–_]+\s+")
_WORD = re.compile(r"[\w.:,]+")


def dateline(text: str) -> str:
    """The dateline opening ``text`` (a sentence or an article), or ""."""
    m = _DATELINE.match(text)
    if not m or not any(c.isupper() for c in m.group(0)[:3]):
        return ""
    return m.group(0)


def dateline_words(text: str, words: list[str]) -> int:
    """How many of ``words`` (the folded words of ``text``, in order) belong to its opening
    dateline: the index of the first word after it."""
    lead = dateline(text)
    if not lead:
        return 0
    folded = fold(lead)
    n = 0
    pos = 0
    for w in words:
        at = folded.find(w, pos)
        if at < 0:
            break
        pos = at + len(w)
        n += 1
    return n


def dates_dateline(doc: Doc, sentence: int, t: TimeExpr) -> bool:
    """Is the date expression the dateline's ("BRUSSELS, May 28 (Wire) -", "TAIKI, Japan,
    Aug 18 (Wire) -": the report's date, not an event's)? Only a place in capitals, with a
    country or state after it, and punctuation stand before it in its sentence."""
    s = doc.sentence(sentence)
    if s is None:
        return False
    lead = doc.article.text[s.start:t.start]
    return t.start - s.start < 60 and bool(_DATELINE_LEAD.fullmatch(lead.strip()))


_DATELINE_LEAD = re.compile(r"[A-Z][A-Z .,/'’-]*(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)"
                            r"{0,2}){0,2},?")
