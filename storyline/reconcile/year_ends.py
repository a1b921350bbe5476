"""A percentage given for the end of a year, told differently by two outlets.

"the median official putting the rate at 3.1 percent at the end of 2026 and 2.9 percent at
the end of 2027" / "For the end of 2027 the median is 2.6%": a central bank's projections (or
a forecast of inflation, growth, unemployment) are one number per year, and outlets list
them in sentences of several years, which ``figures`` keeps apart as a series. Here each
percentage is keyed by the year whose end it is given for ("at the end of 2027", "for the
end of 2027", "by end-2027") and by what it measures (inflation, growth, unemployment or the
rate, read from its clause); two independent outlets each giving one value for a key, the
values further apart than ``ReconcileOptions.year_end_slack`` points, disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .evidence import Doc, one_each, outlet_pairs, two_outlets
from .model import Discrepancy
from .options import DEFAULT_OPTIONS, ReconcileOptions

_PCT = r"(?P<value>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent|per\s+cent)"
_END = r"(?:at|by|for)\s+(?:the\s+)?end(?:\s+of|-)\s*(?P<year>20\d\d)"
# "2.9 percent at the end of 2027"; "for the end of 2027 the median is 2.6%"
_AFTER = re.compile(_PCT + r"\s+" + _END + r"\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?end(?:\s+of|-)\s*(?P<year2>20\d\d),?\s+"
                     r"(?:[^.;%,]{0,40}?)" + _PCT.replace("?P<value>", "?P<value2>"),
                     re.IGNORECASE)
# What the percentage measures, from the words around it.
_MEASURES = (("inflation", re.compile(r"\binflation|\bprices\b|\bcpi\b|\bpce\b", re.I)),
             ("unemployment", re.compile(r"\bunemployment|\bjobless", re.I)),
             ("growth", re.compile(r"\bgrowth|\bgdp\b|\beconomy\b", re.I)),
             ("rate", re.compile(r"\brates?\b|\bfunds\b|\bdots?\b|\bmedian\b", re.I)))
_CLAUSE_CHARS = 90  # characters before a value read for what it measures


def _measure(text: str) -> str:
    # the measure named nearest before the value
    best, at = "", -1
    for name, pattern in _MEASURES:
        for m in pattern.finditer(text):
            if m.start() > at:
                best, at = name, m.start()
    return best


def year_end_values(doc: Doc) -> dict[tuple[str, str], list[tuple[float, int, str]]]:
    """(measure, year) -> [(value, sentence, text)] of the article's content sentences."""
    out: dict[tuple[str, str], list[tuple[float, int, str]]] = defaultdict(list)
    for i in doc.content:
        text = doc.sentence_text(i)
        for m in _AFTER.finditer(text):
            measure = _measure(text[max(0, m.start() - _CLAUSE_CHARS):m.start()])
            if measure:
                out[(measure, m["year"])].append((float(m["value"]), i, m.group(0)))
        for m in _BEFORE.finditer(text):
            measure = _measure(text[max(0, m.start() - _CLAUSE_CHARS):m.end()])
            if measure:
                out[(measure, m["year2"])].append((float(m["value2"]), i, m.group(0)))
    return out


def year_end_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                       ) -> list[Discrepancy]:
    told = {d.order: year_end_values(d) for d in docs if d.independent and not d.language}
    out: list[Discrepancy] = []
    seen: set[tuple[str, str]] = set()
    for da, db in outlet_pairs(docs):
        if da.order not in told or db.order not in told:
            continue
        for key in sorted(set(told[da.order]) & set(told[db.order])):
            pair = one_each(told[da.order][key], told[db.order][key])
            if key in seen or pair is None:
                continue
            (va, sa, ta), (vb, sb, tb) = pair
            if abs(va - vb) <= options.year_end_slack:
                continue
            seen.add(key)
            measure, year = key
            out.append(two_outlets(
                "figure", f"the {measure} given for the end of {year}", (da, sa, ta),
                (db, sb, tb),
                f"Outlets give the {measure} for the end of {year} differently: {ta} vs {tb}."))
    return out
