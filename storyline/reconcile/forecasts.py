"""A forecast a bank or a government publishes, as each outlet gives it (issue 11, recall:
central-bank decisions).

"The bank also lowered its forecast for economic growth in 2026 to 1.6% from 1.8%" / "The
bank now sees 2026 GDP growth at just 1.4%, against 1.8% previously": one forecast, told in
unlike sentences. A content sentence with a word of forecasting (forecast, projection,
outlook, sees, expects, projects, predicts) names one measure (growth, core inflation,
inflation, unemployment) and one year ("in 2026", "this year", "next year", read against the
report's year); its forecast is the share written after "to" or "at" (not after "from" or
"against": the old one). An article giving one such value for a (measure, year) gives the
story's; two independent outlets' values that differ disagree. Not when the sentence gives
another forecaster's view (economists, analysts, markets, the IMF, a poll), which the
bank's own forecast need not match.
"""

from __future__ import annotations

import re

from .evidence import Doc, one_each, outlet_pairs, two_outlets
from .model import Discrepancy

_FORECASTING = re.compile(r"\b(?:forecasts?|projections?|projected|projects?|outlook|sees|saw|"
                          r"expects?|expected|predicts?|predicted|estimates?)\b", re.IGNORECASE)
_MEASURES = (("core inflation", re.compile(r"\bcore\s+(?:consumer[- ]price\s+)?inflation\b", re.I)),
             ("inflation", re.compile(r"\b(?<!core )(?:consumer[- ]price\s+)?inflation\b", re.I)),
             ("growth", re.compile(r"\b(?:economic\s+growth|GDP(?:\s+growth)?|growth)\b", re.I)),
             ("unemployment", re.compile(r"\b(?:unemployment|jobless)(?:\s+rate)?\b", re.I)))
_OTHERS = re.compile(r"\b(?:economists?|analysts?|markets?|traders?|investors?|IMF|International "
                     r"Monetary Fund|World Bank|OECD|consensus|polls?|surveys?)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in\s+|for\s+)?(20\d\d)\b")
_RELATIVE_YEAR = re.compile(r"\b(this|next)\s+year\b", re.IGNORECASE)
_NEW_VALUE = re.compile(r"\b(?:to|at)\s+(?:just\s+|only\s+|about\s+|around\s+)?"
                        r"(?P<v>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _forecasts(doc: Doc) -> dict[tuple[str, int], list[tuple[float, int, str]]]:
    """(measure, year) -> (value, sentence, text) of each forecast the article gives."""
    out: dict[tuple[str, int], list[tuple[float, int, str]]] = {}
    year_now = doc.published_at.year if doc.published_at else None
    for index in doc.content:
        said = doc.sentence_text(index)
        if not _FORECASTING.search(said) or _OTHERS.search(said):
            continue
        measures = [name for name, pattern in _MEASURES if pattern.search(said)]
        if len(measures) != 1:
            continue
        years = {int(y) for y in _YEAR.findall(said)}
        relative = {m.lower() for m in _RELATIVE_YEAR.findall(said)}
        if year_now is not None:
            years |= {year_now + (1 if r == "next" else 0) for r in relative}
        elif relative:
            continue
        values = list(_NEW_VALUE.finditer(said))
        if len(years) != 1 or len(values) != 1:
            continue
        m = values[0]
        out.setdefault((measures[0], years.pop()), []).append(
            (float(m.group("v")), index, said[m.start("v"):m.end()].strip()))
    return out


def forecast_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets giving one published forecast different values."""
    told = {d.order: _forecasts(d) for d in docs if d.independent and not d.language}
    out: list[Discrepancy] = []
    reported: set[tuple[str, int]] = set()
    for da, db in outlet_pairs(docs):
        fa, fb = told.get(da.order, {}), told.get(db.order, {})
        for key in sorted(fa.keys() & fb.keys()):
            pair = one_each([(str(v), i, t) for v, i, t in fa[key]],
                            [(str(v), i, t) for v, i, t in fb[key]])
            if key in reported or pair is None or float(pair[0][0]) == float(pair[1][0]):
                continue
            reported.add(key)
            (_, ia, ta), (_, ib, tb) = pair
            what = f"the {key[0]} forecast for {key[1]}"
            out.append(two_outlets("figure", what, (da, ia, ta), (db, ib, tb),
                                   f"Outlets give {what} differently: {ta} vs {tb}."))
    return out
