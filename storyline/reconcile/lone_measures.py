"""One measure each article gives once: a span of hours or a length (issue 11, recall).

Outlets tell the main numbers of one happening in unlike sentences: "the two leaders met
for about two hours" / "the summit ended after nearly three hours of talks", "reached an
altitude of about 150 km" / "climbed to roughly 210 km". Sentence similarity does
not align them. What does is that each article gives one number of that kind and unit in
all its text: a span of minutes or hours, a length in kilometres told once is the
article's one such measure, and two independent articles' lone measures of one unit,
within ``ReconcileOptions.lone_measure_ratio`` of each other, are one quantity told two
ways. Counts of things are left to ``figures.lone_counts`` (two teams' wins, two towns'
houses are told with the same unit), distances from a place to ``one_distance``, weights
(a person's, rounded) to sentence similarity; every other check of ``figures`` (two happenings,
two countries' tariffs, series, people, rates, sorts) still applies to the pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from storyline.records import Figure

from .evidence import Doc
from .figure_items import BRACKET_AFTER, converted_at
from .figure_values import MEASURE
from .happening_lengths import EARLIER_FLIGHT
from .text import fold
from .units import LENGTHS, unit_class

# Spans of one happening: minutes and hours (a flight, a meeting, a hearing). Not days,
# weeks or years (a deadline's window, a tenure, a term, an age: an article's one span of
# years is often another thing than another article's), nor sums of money (an article's
# one sum may be a country's share where another's is the savings planned: ECB+ dev5).
_SPANS = frozenset({"second", "minute", "hour"})
# "6-foot-4": feet and inches, a person's height, told of many people.
_HEIGHT_AFTER = re.compile(r"\s*-\s*\d")


# "1,500 kilometers south of Tehran", "40 km from the coast": a distance locating a place,
# compared only as one (``same_happening.one_distance``).
_DISTANCE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:(?:north|south)(?:east|west)?|east|west|away|"
                             r"from|of|off|outside|inland|downrange|offshore|"
                             # ... or marking a reference ("the 100km line", "the 80 km
                             # boundary of space"): no measure of the happening either
                             r"line|mark|boundary|threshold)\b", re.IGNORECASE)


def locates(doc: Doc, f: Figure) -> bool:
    """Is the figure a length placing something ("40km from the coast", "some 400 km (250
    miles) downrange") or marking a reference ("the 100km line"), not a length of the
    happening?"""
    if f.kind != "count" or unit_class(f.unit) not in LENGTHS:
        return False
    text = doc.article.text
    end = f.end
    bracket = BRACKET_AFTER.match(text[end:end + 40])
    if bracket:  # "some 400 km (250 miles) downrange", and the 250 miles of it
        end += bracket.end()
    return _DISTANCE_AFTER.match(text, end) is not None


def _measure(doc: Doc, f: Figure) -> bool:
    if f.kind == "duration":
        return unit_class(f.unit) in _SPANS
    # lengths only: a weight told once is a person's, rounded ("about 135 pounds")
    return (f.kind == "count" and unit_class(f.unit) in LENGTHS
            and bool(MEASURE.fullmatch(fold(f.unit)))
            and not _DISTANCE_AFTER.match(doc.article.text, f.end))


def lone_measures(items: Sequence[tuple[Doc, bool, Figure]]) -> set[int]:
    """Indices of ``items`` (article, eligible, figure) that are their article's only value
    of their kind and unit class, a single number (not a range), when another article also
    gives a lone value of that kind and unit. Eligible: a plain number (not a compound
    modifier, nor feet and inches: "the 6-foot-9 senior" / "7-foot-7 Kenny George" are two
    men's heights) of an independent article."""
    def told_apart(doc: Doc, f: Figure) -> bool:
        """A place's distance, a length converted or one of an earlier flight ("The second,
        in April, broke up … at an altitude of about 11 km"): no second length told."""
        return (locates(doc, f) or EARLIER_FLIGHT.search(doc.sentence_text(f.sentence))
                is not None or (f.kind == "count" and unit_class(f.unit) in LENGTHS
                                and converted_at(doc.article.text, f.start)))

    values: dict[tuple[int, str, str], set[float]] = defaultdict(set)
    for doc, _, f in items:
        if not told_apart(doc, f):
            values[(doc.order, f.kind, unit_class(f.unit))].add(f.value)
    lone = [n for n, (doc, eligible, f) in enumerate(items)
            if eligible and not told_apart(doc, f) and _measure(doc, f)
            and f.value_max is None and f.value > 0
            and not _HEIGHT_AFTER.match(doc.article.text, f.end)
            and len(values[(doc.order, f.kind, unit_class(f.unit))]) == 1]
    docs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for n in lone:
        doc, _, f = items[n]
        docs[(f.kind, unit_class(f.unit))].add(doc.order)
    return {n for n in lone
            if len(docs[(items[n][2].kind, unit_class(items[n][2].unit))]) >= 2}
