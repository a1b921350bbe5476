"""Numbers that are not what they seem: parts of fractions and characters lost in copying.

"4 1/2 months", typeset "4½", reaches a page in many shapes: "41 / 2 months" and
"4-1 / 2-month" (the 2 is a denominator, not two months), "4� months" (the ½ lost as an
unreadable character: the 4 is not the whole number) and "412 months" (the ½ decomposed to
"1⁄2" and its slash dropped). Such numbers are not figures to set against another outlet's:
``garbled_at`` tells, for a number's place in a text, whether it is one of them, and
``mask_garbled`` blanks them out of a sentence before it is compared word by word.
"""

from __future__ import annotations

import re

_VULGAR = "½¼¾⅓⅔⅛"
# A fraction's slash with a number on its left: the number after it is a denominator.
_BEFORE_DENOMINATOR = re.compile(r"\d\s*/\s*$")
# A number with a fraction, a slash or an unreadable character right after it ("4 1/2",
# "4-1 / 2", "41 / 2", "4½", "4�"): a numerator, or only the whole part.
_AFTER_WHOLE = re.compile(rf"^(?:\s*-?\s*\d+\s*/\s*\d|\s*/\s*\d|\s*[{_VULGAR}\ufffd])")
# A half written out in the story, in any of the shapes above: "4 1/2", "4-1/2", "41 / 2"
# (the space lost), "4½". The whole number is the group.
_HALF = re.compile(r"(?<![\d.])(\d{1,3})(?:\s*-\s*|\s+)?(?:1\s*/\s*2(?!\d)|½)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def lost_halves(texts: list[str]) -> frozenset[str]:
    """The digits a half turns into when its slash is lost ("412" for "4 1/2"), for every
    half the story's texts write out."""
    return frozenset(m.group(1) + "12" for t in texts for m in _HALF.finditer(t))


def garbled_at(text: str, start: int, end: int, halves: frozenset[str] = frozenset()) -> bool:
    """Is the number at ``text[start:end]`` part of a fraction, cut by an unreadable
    character, or a half whose slash was lost (one of ``halves``)?"""
    if _BEFORE_DENOMINATOR.search(text[max(0, start - 8):start]):
        return True
    m = _NUMBER.search(text, start, end)
    if m is None:
        return False
    if _AFTER_WHOLE.match(text[m.end():m.end() + 12]):
        return True
    return m.group(0) in halves


def mask_garbled(text: str, halves: frozenset[str] = frozenset()) -> str:
    """The text with such numbers replaced by a word ("fraction")."""
    out, last = [], 0
    for m in _NUMBER.finditer(text):
        if garbled_at(text, m.start(), m.end(), halves):
            out.append(text[last:m.start()])
            out.append("fraction")
            last = m.end()
    out.append(text[last:])
    return "".join(out)
