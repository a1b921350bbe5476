"""Street addresses told differently: "the 12000 block of East 223rd Street" in one report
and "the 12200 block of 223rd Street" in another is a ``place`` discrepancy.

An address is a house number or a block ("the 4500 block of") before a street name ending
in a street word (Street, Ave., Road, Boulevard…). Addresses on one street (its name folded:
directions dropped, "Ave." read as "avenue") given by independent outlets in alike sentences
(TF-IDF cosine at least ``address_same_place``) disagree when their numbers cannot be one
place: two blocks, two house numbers, or a house number outside the other's block. Not a
conflict: an article that itself gives two numbers on that street (two places on it, as when
a suspect lived up the road from the scene), and streets more than ``address_max_numbers``
numbers are given for (a long street of many happenings).

Corners told differently: "Roosevelt Boulevard, at Woodhaven Road" in one report and
"Roosevelt Boulevard and Byberry Road" in another put one happening at two corners of one
street (``cross_street_conflicts``). Not a conflict: an article that names two corners of the
street (it tells of two places on it), one that names the other outlet's cross street
anywhere (a route from one to the other), and streets given more than
``address_max_numbers`` corners.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from .evidence import Doc, dedupe_citations
from .model import Discrepancy, DiscrepancyValue, told_by_several
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import wordset

log = logging.getLogger(__name__)

_STREET_WORDS = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue",
    "road": "road", "rd": "road", "boulevard": "boulevard", "blvd": "boulevard",
    "drive": "drive", "dr": "drive", "lane": "lane", "ln": "lane", "way": "way",
    "place": "place", "pl": "place", "court": "court", "ct": "court",
    "highway": "highway", "hwy": "highway", "parkway": "parkway", "pkwy": "parkway",
    "terrace": "terrace", "circle": "circle",
}
_DIRECTIONS = wordset("n s e w north south east west ne nw se sw")
_STREET_WORD = "|".join(sorted((w.capitalize() for w in _STREET_WORDS), key=len, reverse=True))
_STREET = (r"(?:(?:[NSEW]\.|North|South|East|West)\s+)?"
           r"(?:(?:[A-Z][a-z'’]+|\d+(?:st|nd|rd|th))\s+){1,3}"
           rf"(?:{_STREET_WORD})\b\.?")
_ADDRESS = re.compile(
    r"(?<![\d,.])\b(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?P<block>\s+block\s+of)?\s+"
    rf"(?P<street>{_STREET})"
)
# Two streets joined as a corner: "Roosevelt Boulevard and Byberry Road", "… Boulevard, at
# Woodhaven Road", "Church Ave. & E. 31st St.".
_CORNER = re.compile(rf"(?P<a>{_STREET})(?:\s*,)?\s+(?:and|at|&)\s+(?P<b>{_STREET})")
_ANY_STREET = re.compile(_STREET)


@dataclass(frozen=True)
class Address:
    """One house number or block on a street, as an article states it."""

    doc: Doc
    sentence: int
    street: str  # folded key: "223rd street"
    low: int  # the house number, or the block's first number
    high: int  # the same, or the block's last number (12000 block: 12000-12099)
    text: str


def street_key(street: str) -> str:
    """A street's name folded: case, directions and abbreviations ("E. Dahlia Ave.")."""
    words = [w for w in re.findall(r"[a-z0-9]+", street.lower()) if w not in _DIRECTIONS]
    if words and words[0] == "the":
        words = words[1:]
    if words:
        words[-1] = _STREET_WORDS.get(words[-1], words[-1])
    return " ".join(words)


def addresses(doc: Doc) -> list[Address]:
    """The house numbers and blocks of the article's content sentences."""
    out = []
    for index in doc.content:
        text = doc.sentence_text(index)
        for m in _ADDRESS.finditer(text):
            number = int(m.group("num").replace(",", ""))
            key = street_key(m.group("street"))
            if not key or len(key.split()) < 2:
                continue
            high = number + 99 if m.group("block") and number % 100 == 0 else number
            out.append(Address(doc, index, key, number, high,
                               re.sub(r"\s+", " ", m.group(0)).strip(" .")))
    return out


def _one_place(a: Address, b: Address) -> bool:
    return a.low <= b.high and b.low <= a.high


def address_conflicts(docs: list[Doc], space: SentenceSpace,
                      options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Independent outlets placing one happening at different numbers of one street (or
    at different corners of it, ``cross_street_conflicts``)."""
    by_street: dict[str, list[Address]] = defaultdict(list)
    for doc in docs:
        if doc.independent:
            for a in addresses(doc):
                by_street[a.street].append(a)
    out = []
    for found in by_street.values():
        per_doc: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for a in found:
            per_doc[a.doc.order].add((a.low, a.high))
        # An article naming two places on the street tells of two places: leave the street.
        if any(len(spans) > 1 for spans in per_doc.values()):
            continue
        spans = {(a.low, a.high) for a in found}
        if not 2 <= len(spans) <= options.address_max_numbers:
            continue
        linked = False
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if (a.doc.outlet != b.doc.outlet and not _one_place(a, b)
                        and space.sim(a.doc, a.sentence, b.doc, b.sentence)
                        >= options.address_same_place):
                    linked = True
        if not linked:
            continue
        groups: dict[tuple[int, int], list[Address]] = defaultdict(list)
        for a in sorted(found, key=lambda x: (x.low, x.high)):
            groups[(a.low, a.high)].append(a)
        values = [DiscrepancyValue(g[0].text, dedupe_citations([x.doc.cite(x.sentence)
                                                                for x in g]))
                  for g in groups.values()]
        if not told_by_several(values):
            continue
        out.append(Discrepancy(
            kind="place",
            about=f"where on {found[0].text.split(maxsplit=1)[1].removeprefix('block of ')}",
            values=values,
            note="The outlets give different numbers on this street for where it happened.",
        ))
    return out + cross_street_conflicts(docs, options)


@dataclass(frozen=True)
class _Corner:
    doc: Doc
    sentence: int
    street: str  # folded key of the street both outlets name
    cross: str  # folded key of the cross street
    text: str  # the corner as written


def _corners(doc: Doc) -> list[_Corner]:
    out = []
    for index in doc.content:
        text = doc.sentence_text(index)
        for m in _CORNER.finditer(text):
            a, b = street_key(m.group("a")), street_key(m.group("b"))
            if len(a.split()) < 2 or len(b.split()) < 2 or a == b:
                continue
            written = re.sub(r"\s+", " ", m.group(0)).strip(" .,")
            out.append(_Corner(doc, index, a, b, written))
            out.append(_Corner(doc, index, b, a, written))
    return out


def _streets_named(doc: Doc, seen: dict[int, set[str]]) -> set[str]:
    """Every street the article names anywhere (made once per article)."""
    if doc.order not in seen:
        seen[doc.order] = {street_key(m.group(0))
                           for m in _ANY_STREET.finditer(doc.article.text)}
    return seen[doc.order]


def cross_street_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                           ) -> list[Discrepancy]:
    """Independent outlets placing one happening at different corners of one street."""
    by_street: dict[str, list[_Corner]] = defaultdict(list)
    for doc in docs:
        if doc.independent:
            for c in _corners(doc):
                by_street[c.street].append(c)
    named: dict[int, set[str]] = {}
    out = []
    reported: set[frozenset[str]] = set()
    for street, found in by_street.items():
        per_doc: dict[int, set[str]] = defaultdict(set)
        for c in found:
            per_doc[c.doc.order].add(c.cross)
        # An article naming two corners of the street tells of two places on it.
        found = [c for c in found if len(per_doc[c.doc.order]) == 1]
        crosses = {c.cross for c in found}
        if not 2 <= len(crosses) <= options.address_max_numbers:
            continue
        linked = any(
            a.doc.outlet != b.doc.outlet and a.cross != b.cross
            and b.cross not in _streets_named(a.doc, named)
            and a.cross not in _streets_named(b.doc, named)
            for i, a in enumerate(found) for b in found[i + 1:])
        key = frozenset({street, *crosses})
        if not linked or key in reported:
            continue
        reported.add(key)
        groups: dict[str, list[_Corner]] = defaultdict(list)
        for c in found:
            groups[c.cross].append(c)
        values = [DiscrepancyValue(g[0].text, dedupe_citations(
            [x.doc.cite(x.sentence) for x in g])) for g in groups.values()]
        if not told_by_several(values):
            continue
        out.append(Discrepancy(
            kind="place",
            about=f"which corner of {street.title()}",
            values=values,
            note="The outlets put it at different corners of this street.",
        ))
    return out
