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
_FISCAL = re.compile(r"\b20\d\d\s*[-/–]\s*\d\d\b|\bFY\s?\d\d(?:\d\d)?\b|\bfiscal\b", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"\b(this|next)\s+year\b", re.IGNORECASE)
_NEW_VALUE = re.compile(r"\b(?:to|at)\s+(?:just\s+|only\s+|about\s+|around\s+)?"
                        r"(?P<v>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


_FORECASTERS = {"economist": "economists", "analyst": "analysts", "market": "markets",
                "trader": "markets", "investor": "markets", "imf": "the IMF",
                "international monetary fund": "the IMF", "world bank": "the World Bank",
                "oecd": "the OECD", "consensus": "economists", "poll": "a poll",
                "survey": "a poll"}


def forecasters(text: str) -> frozenset[str]:
    """Who forecasts in a sentence of forecasting, besides the bank or government the story
    is about: economists, markets, the IMF… (empty when the sentence forecasts nothing)."""
    if not _FORECASTING.search(text):
        return frozenset()
    out = set()
    for m in _OTHERS.finditer(text):
        word = m.group(0).lower()
        word = word[:-1] if word.endswith("s") and word[:-1] in _FORECASTERS else word
        out.add(_FORECASTERS.get(word, word))
    return frozenset(out)


def other_forecasters(a_text: str, b_text: str) -> bool:
    """Two sentences' forecasts by different forecasters ("The IMF expects growth of 1.3%" /
    "Economists expect growth of just 1%"; or one the bank's own): two forecasts."""
    return forecasters(a_text) != forecasters(b_text)


def forecast_year(text: str, year_now: int | None) -> str:
    """The one year a forecast is of ("in 2026", "for this year", "next year" read against
    the report's year), "" when none or several."""
    if _FISCAL.search(text):
        return ""  # ("for 2025-26" / "in FY26", "the fiscal year": written too many ways)
    years = {y for y in _YEAR.findall(text)}
    for r in _RELATIVE_YEAR.findall(text):
        years.add(str(year_now + (1 if r.lower() == "next" else 0)) if year_now else r.lower())
    return years.pop() if len(years) == 1 else ""


_YEAR_WORDS = re.compile(r"\b(?:20\d\d|(?:this|next)\s+year)\b", re.IGNORECASE)


def figure_year(text: str, start: int, end: int, lo: int, hi: int, year_now: int | None) -> str:
    """The year a forecast figure is of, read beside it within ``lo``..``hi`` (its sentence):
    right after it ("1.0% in 2026") or, failing that, the last one just before it ("for this
    year to 1.2pc"); "" when none is near."""
    if _FISCAL.search(text, lo, hi):
        return ""  # (fiscal years are written too many ways to tell apart: see forecast_year)
    after = _YEAR_WORDS.search(text, end, min(hi, end + 25))
    before = list(_YEAR_WORDS.finditer(text, max(lo, start - 45), start))
    m = after or (before[-1] if before else None)
    return forecast_year(m.group(0), year_now) if m is not None else ""


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
        year = forecast_year(said, year_now)
        values = list(_NEW_VALUE.finditer(said))
        if not year.isdigit() or len(values) != 1:
            continue
        m = values[0]
        out.setdefault((measures[0], int(year)), []).append(
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
