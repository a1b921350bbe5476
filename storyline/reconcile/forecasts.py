"""Who made a forecast, and for which year (issue 11: central-bank decisions).

A bank's forecast is one of a story's key numbers (``key_numbers``: "lowered its forecast
for economic growth in 2026 to 1.6% from 1.8%" / "now sees 2026 GDP growth at just 1.4%,
against 1.8% previously"). Two outlets' forecasts are one only when they are of one year and
by one forecaster: the bank's own, economists', markets', the IMF's… (``forecasters``,
``other_forecasters``); the year is the one written beside the figure ("1.0% in 2026", "for
this year to 1.2pc": ``figure_year``) or the sentence's one year (``forecast_year``), "this
year" and "next year" read against the report's year; fiscal years are written too many ways
("2025-26", "FY26") to tell apart.
"""

from __future__ import annotations

import re

_FORECASTING = re.compile(r"\b(?:forecasts?|projections?|projected|projects?|outlook|sees|saw|"
                          r"expects?|expected|predicts?|predicted|estimates?)\b", re.IGNORECASE)
# A forecast's verb in the words before a figure ("She expects the rate to end the year at
# 7.25%", "…, who sees a further cut taking the policy rate to 4.50%", "our view of … 7.25%").
_FORECAST_VERB = re.compile(r"\b(?:expects?|expected|sees|forecasts?|predicts?|projects?|"
                            r"anticipates?|(?:our|their|its|his|her)\s+view)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:economists?|analysts?|markets?|traders?|investors?|IMF|International "
                     r"Monetary Fund|World Bank|OECD|consensus|polls?|surveys?|"
                     # a business body's own forecast, or the writer's ("our full-year
                     # estimate is 7.4%")
                     r"council|association|federation|chamber|our|we)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
_FISCAL = re.compile(r"\b20\d\d\s*[-/–]\s*\d\d\b|\bFY\s?\d\d(?:\d\d)?\b|\bfiscal\b", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"\b(this|next)\s+year\b", re.IGNORECASE)


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


def forecast_verb(text: str) -> bool:
    """Do the words before a figure make it someone's forecast?"""
    return _FORECAST_VERB.search(text) is not None


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
