"""How long before something another thing happened, told differently: "he had married two
weeks before the shooting" in one report and "who married him three weeks before he was
murdered" in another is a ``figure`` discrepancy.

An offset is a number of days, weeks, months or years followed by "before", "earlier" or
"prior" (counted back from the story's happening) or by "ago" (counted back from the
report's own date), with the past-tense verb it times standing within a few words before
it ("married … two weeks before"). Two offsets of different independent outlets disagree
when they time the same verb (the same stem), count back from the same kind of point, their
sentences are alike (TF-IDF cosine at least ``offset_same_event``), and the spans differ by
more than their wording allows ("about two weeks" covers a few days either way). Spans
counted from the reports' own dates ("ago") are compared only when both reports are dated,
with the days between the reports taken off. Not a conflict: an article that gives both
spans for that verb.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from .evidence import Doc, UnionFind, dedupe_citations
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import STOP_WORDS, clip, fold, spell_numbers

log = logging.getLogger(__name__)

_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_OFFSET = re.compile(
    r"(?P<cue>\b(?:about|around|nearly|almost|roughly|some|approximately|just over|"
    r"just under|more than|less than)\s+)?"
    r"\b(?P<num>\d+(?:\.\d+)?|an?)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<rel>ago|before|earlier|prior)\b"
)
_LOOSE = re.compile(r"about|around|nearly|almost|roughly|some|approximately|just|than")
_VERB_WINDOW = 6  # words before the span searched for the verb it times
_PAST = re.compile(r"[a-z]{2,}(?:ed|en)$")


@dataclass(frozen=True)
class Offset:
    """One span counted back, as an article states it."""

    doc: Doc
    sentence: int
    verb: str  # the verb it times, lightly stemmed ("married" -> "marri")
    counted_from: str  # "event" (before, earlier, prior) or "report" (ago)
    days: float
    loose: bool
    text: str


def _verb(before: str) -> str:
    """The nearest past-tense verb (an -ed or -en form) in the words before the span."""
    words = re.findall(r"[a-z]+", before)[-_VERB_WINDOW:]
    for word in reversed(words):
        if word not in STOP_WORDS and _PAST.fullmatch(word):
            return word[:-2] if word.endswith("ed") else word
    return ""


def offsets(doc: Doc) -> list[Offset]:
    """The spans counted back in the article's content sentences."""
    out = []
    for index in doc.content:
        text = spell_numbers(fold(doc.sentence_text(index)))
        for m in _OFFSET.finditer(text):
            verb = _verb(text[max(0, m.start() - 80):m.start()])
            if not verb:
                continue
            num = m.group("num")
            amount = 1.0 if num in ("a", "an") else float(num)
            out.append(Offset(
                doc, index, verb, "report" if m.group("rel") == "ago" else "event",
                amount * _UNIT_DAYS[m.group("unit")], bool(_LOOSE.search(m.group("cue") or "")),
                m.group(0).strip()))
    return out


def _report_day(doc: Doc) -> dt.date | None:
    when = doc.published_at
    if when is not None:
        return when.date()
    ref = doc.analysis.reference_date
    if ref and doc.analysis.reference_from not in ("unknown", "assumed"):
        try:
            return dt.date.fromisoformat(ref[:10])
        except ValueError:
            return None
    return None


def _differ(a: Offset, b: Offset) -> bool:
    """The two spans cannot be one: apart by more than their wording allows."""
    gap = abs(a.days - b.days)
    if a.counted_from == "report":
        da, db = _report_day(a.doc), _report_day(b.doc)
        if da is None or db is None:
            return False
        # The same moment counted back from two report dates: take the reports' gap off.
        gap = abs((da - dt.timedelta(days=a.days)) - (db - dt.timedelta(days=b.days))).days
    slack = 0.25 * max(a.days, b.days) if (a.loose or b.loose) else 0.0
    return gap > max(slack, 1.0)


def offset_conflicts(docs: list[Doc], space: SentenceSpace,
                     options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Independent outlets timing one thing a different span before the happening."""
    found = [o for d in docs if d.independent for o in offsets(d)]
    given: dict[tuple[int, str, str], set[float]] = defaultdict(set)
    for o in found:
        given[(o.doc.order, o.verb, o.counted_from)].add(o.days)
    uf = UnionFind(len(found))
    linked = False
    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if (a.doc.outlet == b.doc.outlet or a.verb != b.verb
                    or a.counted_from != b.counted_from or not _differ(a, b)
                    or b.days in given[(a.doc.order, a.verb, a.counted_from)]
                    or a.days in given[(b.doc.order, b.verb, b.counted_from)]
                    or space.sim(a.doc, a.sentence, b.doc, b.sentence)
                    < options.offset_same_event):
                continue
            uf.union(i, j)
            linked = True
    if not linked:
        return []
    out = []
    for group in ([found[i] for i in members] for members in uf.groups()):
        by_days: dict[float, list[Offset]] = defaultdict(list)
        for o in group:
            by_days[o.days].append(o)
        if len(by_days) < 2:
            continue
        first = group[0]
        about = first.doc.sentence_text(first.sentence)
        out.append(Discrepancy(
            kind="figure",
            about=clip(about),
            values=[DiscrepancyValue(os[0].text, dedupe_citations(
                [o.doc.cite(o.sentence) for o in os])) for _, os in sorted(by_days.items())],
            note="The outlets count a different span back for this.",
        ))
    return out
