"""An outlet's house style: the opening and closing lines, rubrics and bylines that recur
across many of one outlet's articles ("10 Things to Know for Today", "BYLINE: …", "The
Latest:", "ABSTRACT.", a daily column's fixed first sentence) are no evidence that two of
its articles report one event.

Each article's title, first body lines and last body line are cut into *segments* at the
marks that end a rubric or a sentence (``:``, a dash, ``|``, brackets, ``.``), each
normalised (case, digits, punctuation) and fingerprinted with a stable hash. A segment
found in at least ``ClusterOptions.house_min_articles`` articles of one outlet (among the
index's recent articles, copies not counted) is that outlet's house style: when two of its
articles are compared in the repair, the terms of such segments are left out of both
(``repair.py``). Frequency only, never a word list: what recurs is learnt per outlet from
what it publishes. The index keeps, per recent article, each segment's fingerprint and
the hashed terms it holds (:class:`HouseLines`), saved with the article's evidence.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from storyline.records import Analysis, Article

from .features import SPECIFIC_LABELS, normalise_name, outlet_names, strip_names
from .hashing import TermHasher, word_terms

OPENING_LINES = 3  # body lines read from the top (a dateline, a rubric, a fixed opening)
CLOSING_LINES = 1  # ... and from the end (a sign-off, "Follow us on …")
MAX_SEGMENT_WORDS = 30  # longer segments are prose, not a formula
MAX_SEGMENTS = 24  # per article: bounds the memory the index keeps (~0.5 KB an article)

# Marks that close a rubric or a sentence: "The Latest:", "BYLINE:", "WASHINGTON (AP) —";
# a full stop only after three lower-case letters or digits ("today. ", not "Sen. ",
# "N.H. ", "p.m. "): abbreviations do not end a segment.
_CUT = re.compile(r"[:|()\[\]]|\s[—–-]\s|—|(?<=[a-z0-9]{3}[.!?])[\"”’]?\s+|[.!?]$")
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class HouseLines:
    """An article's segments: ``fingerprints[k]``'s terms are
    ``terms[offsets[k]:offsets[k + 1]]`` (hashed columns of the feature space)."""

    fingerprints: np.ndarray  # int64
    offsets: np.ndarray  # int32, len(fingerprints) + 1
    terms: np.ndarray  # int32

    def terms_of(self, keep: np.ndarray) -> np.ndarray:
        """The terms of the segments whose position is in ``keep`` (a boolean mask)."""
        parts = [self.terms[self.offsets[k]:self.offsets[k + 1]]
                 for k in np.flatnonzero(keep)]
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.int32)

    def to_json(self) -> list:
        return [[int(fp), self.terms[self.offsets[k]:self.offsets[k + 1]].tolist()]
                for k, fp in enumerate(self.fingerprints.tolist())]

    @classmethod
    def from_json(cls, value: object) -> HouseLines:
        """The inverse of :meth:`to_json`; anything unreadable: no segments."""
        try:
            pairs = [(int(fp), [int(t) for t in terms]) for fp, terms in value]  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            return NO_LINES
        return build([fp for fp, _ in pairs], [terms for _, terms in pairs])


def build(fingerprints: list[int], terms: list[list[int]]) -> HouseLines:
    sizes = [len(t) for t in terms]
    offsets = np.zeros(len(sizes) + 1, np.int32)
    offsets[1:] = np.cumsum(sizes, dtype=np.int64)
    flat = np.array([t for ts in terms for t in ts], np.int32)
    return HouseLines(np.array(fingerprints, np.int64), offsets, flat)


NO_LINES = HouseLines(np.zeros(0, np.int64), np.zeros(1, np.int32), np.zeros(0, np.int32))


def segments(title: str | None, text: str) -> list[str]:
    """The normalised segments of the title, the first and the last body lines."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    chosen = ([title] if title else []) + lines[:OPENING_LINES]
    if len(lines) > OPENING_LINES:
        chosen += lines[-CLOSING_LINES:]
    out: list[str] = []
    for line in chosen:
        for part in _CUT.split(line):
            norm = " ".join(_NON_WORD.sub(" ", _DIGITS.sub("0", part.casefold())).split())
            if norm and len(norm.split()) <= MAX_SEGMENT_WORDS and norm not in out:
                out.append(norm)
    return out[:MAX_SEGMENTS]


def fingerprint(segment: str) -> int:
    """A stable 63-bit fingerprint (the same in every process: it is saved)."""
    digest = hashlib.blake2b(segment.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def house_lines(article: Article, analysis: Analysis | None, hasher: TermHasher,
                ngram_max: int = 1) -> HouseLines:
    """The article's segments with the feature terms each holds: its words (as the words
    block hashes them) and the names found in it (as the entities block does)."""
    own = outlet_names(article)
    names = [normalise_name(e.text) for e in (analysis.entities if analysis else [])
             if e.label in SPECIFIC_LABELS]
    fps, terms = [], []
    for seg in segments(article.title, article.text):
        words = word_terms(strip_names(seg, own), ngram_max)
        named = {"e:" + n for n in names if len(n) >= 2 and f" {n} " in f" {seg} "}
        named |= {"e:" + n.rsplit(" ", 1)[1] for n in names if " " in n
                  and f" {n} " in f" {seg} "}
        idx, _ = hasher.counts([*words, *sorted(named)])
        fps.append(fingerprint(seg))
        terms.append(sorted(set(idx.tolist())))
    return build(fps, terms) if fps else NO_LINES


class HouseCounts:
    """How many recent articles of each outlet hold each segment, by publication day
    (copies not counted)."""

    def __init__(self) -> None:
        self._counts: dict[str, dict[int, Counter[int | None]]] = {}

    def add(self, outlet: str | None, lines: HouseLines, day: int | None,
            sign: int = 1) -> None:
        if outlet is None or not len(lines.fingerprints):
            return
        counts = self._counts.setdefault(outlet, {})
        for fp in lines.fingerprints.tolist():
            days = counts.setdefault(fp, Counter())
            days[day] += sign
            if days[day] <= 0:
                del days[day]
                if not days:
                    del counts[fp]

    def house_terms(self, outlet: str | None, lines: HouseLines, min_articles: int,
                    min_one_day: int) -> np.ndarray:
        """The terms of the article's segments that at least ``min_articles`` recent
        articles of its outlet hold (its own included) on two days or more, or at least
        ``min_one_day`` on any days (one day's two items sharing a deck are more often one
        story updated than a house formula)."""
        if outlet is None or min_articles <= 0 or not len(lines.fingerprints):
            return np.zeros(0, np.int32)
        counts = self._counts.get(outlet, {})
        keep = []
        for fp in lines.fingerprints.tolist():
            days = counts.get(fp)
            total = sum(days.values()) if days else 0
            keep.append(total >= min_one_day
                        or (days is not None and total >= min_articles and len(days) > 1))
        return lines.terms_of(np.array(keep, bool))


__all__ = ["NO_LINES", "HouseCounts", "HouseLines", "fingerprint",
           "house_lines", "segments"]
