"""Text helpers for pages: title slugs, word-level differences between two sentences, and
an article's text cut into marked segments (quotes, people, dates, figures).

Everything returns plain strings and flags; templates escape them. No HTML is built here.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..records import Analysis

_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


@lru_cache(maxsize=8192)  # every listed story's URL carries one: computed once per title
def slugify(title: str, max_len: int = 60) -> str:
    """A URL slug from a title: ascii letters and digits joined by hyphens."""
    words = re.sub(r"[\W_]+", " ", title)  # dashes and apostrophes separate words
    ascii_ = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug[:max_len].rstrip("-") or "story"


@dataclass
class Token:
    text: str
    changed: bool
    space: bool  # a space precedes this token


def _tokens(sentence: str) -> list[tuple[str, bool]]:
    out = []
    pos = 0
    for m in _WORD.finditer(sentence):
        out.append((m.group(), m.start() > pos))
        pos = m.end()
    return out


# Two sentences this alike are rewordings of one another: their differing words are the
# point. Less alike, they are different sentences, and only the disputed value is marked.
REWORDING_RATIO = 0.5
_STOP = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
    "vs", "with", "about",
})


def word_diff(sentence: str, other: str, value: str = "") -> list[Token]:
    """``sentence`` as tokens, the differences flagged: the words not matched in ``other``
    when the two are rewordings of each other, else the words that state ``value``."""
    mine, theirs = _tokens(sentence), _tokens(other)
    matcher = difflib.SequenceMatcher(
        a=[t.lower() for t, _ in mine], b=[t.lower() for t, _ in theirs], autojunk=False
    )
    if matcher.ratio() >= REWORDING_RATIO or not value:
        same = [False] * len(mine)
        for block in matcher.get_matching_blocks():
            for i in range(block.a, block.a + block.size):
                same[i] = True
        return [Token(t, not s, sp) for (t, sp), s in zip(mine, same, strict=True)]
    wanted = {w.lower() for w, _ in _tokens(value) if w.lower() not in _STOP}
    tokens = [Token(t, t.lower() in wanted and t[0].isalnum(), sp) for t, sp in mine]
    for i, tok in enumerate(tokens):  # a currency or percent sign goes with its number
        if tok.text in "€$£¥" and i + 1 < len(tokens) and not tokens[i + 1].space:
            tok.changed = tokens[i + 1].changed
        elif tok.text == "%" and i and not tok.space:
            tok.changed = tokens[i - 1].changed
    return tokens


@dataclass
class Segment:
    text: str
    kind: str | None = None  # "quote", "person", "date", "figure"
    note: str | None = None  # a tooltip: speaker, resolved date, value


def marked_segments(text: str, analysis: Analysis) -> list[Segment]:
    """The article text cut into plain and marked pieces; overlapping marks keep the
    first (quotes win over the names and dates inside them only where they start first)."""
    spans: list[tuple[int, int, str, str | None]] = []
    for q in analysis.quotes:
        spans.append((q.start, q.end, "quote", f"{q.kind} quote, speaker: {q.speaker or '?'}"))
    for p in analysis.people:
        for m in p.mentions:
            spans.append((m.start, m.end, "person", p.name))
    for t in analysis.times:
        spans.append((t.start, t.end, "date", t.value))
    for f in analysis.figures:
        spans.append((f.start, f.end, "figure", f"{f.value:g} {f.unit}".strip()))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[Segment] = []
    pos = 0
    for start, end, kind, note in spans:
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], kind, note))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
